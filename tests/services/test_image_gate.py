"""The image gate in the core: the text in an image is read again at publication with what
the archive knows then, an editor's review never excuses a known identifier, the boxes the
desk suggests are faces and lines of text, and an engine that cannot run is a refusal."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from haart_archive.errors import DetectorUnavailable, PublicationRefused
from haart_archive.services import media as media_service
from haart_archive.types.publishing import PublicationSpec
from tests.services.helpers import approved_version, consent_form

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


@pytest.fixture(scope="session")
def shop_sign() -> bytes:
    if not FONT.exists():
        pytest.skip("the DejaVu fonts (fonts-dejavu) are needed to draw text on the test images")
    image = Image.new("RGB", (420, 100), (240, 230, 160))
    ImageDraw.Draw(image).text((20, 30), "TUMAINI SHOP", font=ImageFont.truetype(str(FONT), 32), fill=(30, 30, 30))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture()
def editor(archive_copy):
    archive = archive_copy.open("editor")
    testimony_id = archive_copy.testimony_ids[0]
    archive.consent.grant(testimony_id, consent_form())
    yield archive, testimony_id
    archive.lock()


@pytest.mark.slow
def test_text_in_an_image_is_read_again_at_publication_and_known_identifiers_are_never_excused(editor, shop_sign):
    archive, testimony_id = editor
    version_id = approved_version(archive, testimony_id)
    image_id = archive.media.redact(archive.media.add(testimony_id, shop_sign, file_name="shop.png"), [])
    with pytest.raises(PublicationRefused) as refused:
        archive.media.approve(image_id)
    assert 'text read in the image: "TUMAINI SHOP" (LOCATION' in " ".join(refused.value.reasons)
    # The editor judges it an ordinary shop sign and approves.
    archive.media.mark_reviewed(image_id, "Tumaini Shop")
    archive.media.approve(image_id)
    spec = PublicationSpec.from_dict({"title": "Voices from the coast", "channel": "web", "items": [
        {"version": version_id}, {"kind": "image", "version": image_id, "alt_text": "A shop"}]})
    assert archive.publishing.check(spec).ok
    # Later the survivor's nickname is recorded: it is the shop's name. The publication gate
    # reads the image again with what the archive knows now; the review does not excuse it.
    survivor = next(p for p in archive.people.linked(testimony_id, with_identity=True) if p.role == "survivor")
    archive.people.update_identity(survivor.person_id, dataclasses.replace(survivor.identity, aliases=("Tumaini",)))
    reasons = " | ".join(archive.publishing.check(spec).reasons())
    assert f'Item 2 (image {image_id}): text read in the image: "TUMAINI"' in reasons and "alias" in reasons


@pytest.mark.slow
def test_the_desk_gets_face_and_text_boxes_to_cover(editor, shop_sign):
    archive, testimony_id = editor
    portrait = (Path(__file__).resolve().parents[1] / "media" / "data" / "portrait_cc0_001.jpg").read_bytes()
    face_media = archive.media.add(testimony_id, portrait, file_name="portrait.jpg")
    (face,) = [box for box in archive.media.suggested_boxes(face_media) if box.kind == "face"]
    assert face.confidence >= 0.5 and face.rect.w >= 92  # the face (92 px wide), with a margin
    covered = archive.media.redact(face_media, [face.rect])
    assert archive.media.faces(covered) == []
    sign_media = archive.media.add(testimony_id, shop_sign, file_name="shop.png")
    lines = archive.media.suggested_boxes(sign_media)
    assert {line.kind for line in lines} == {"text"} and "".join(line.text for line in lines) == "TUMAINISHOP"
    assert archive.media.read_image_text(archive.media.redact(sign_media, [line.rect for line in lines])) == []


def test_an_engine_that_cannot_run_refuses_approval(editor, monkeypatch):
    archive, testimony_id = editor
    image = Image.new("RGB", (64, 48), (90, 120, 60))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    image_id = archive.media.redact(archive.media.add(testimony_id, buffer.getvalue(), file_name="x.png"), [])

    def broken(_data):
        raise DetectorUnavailable(media_service.Message("The text reader (OCR) could not run."))

    monkeypatch.setattr(media_service, "_text", broken)
    with pytest.raises(PublicationRefused) as refused:
        archive.media.approve(image_id)
    assert "could not run" in " ".join(refused.value.reasons)
    assert archive.media.info(image_id).state == "draft"
