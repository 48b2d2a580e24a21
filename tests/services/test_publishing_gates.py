"""Nothing may leave that consent does not allow or that still identifies someone: each
gate refuses on its own and in combination, in the core, before anything is written."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from haart_archive.errors import PublicationRefused
from haart_archive.publishing import extract_pdf_text, pdf_images
from haart_archive.types.publishing import PublicationSpec
from haart_archive.types.testimonies import TestimonyDraft
from tests.services.helpers import approved_version, consent_form, photo

SURVIVOR = "Zuhura Kadzo Fictional"
RECRUITER = "Jabari Mwinyi"


def spec(version_id, channel="web", **changes):
    data = {"title": "Voices from the coast", "channel": channel, "framing_text": "Shared with consent.",
            "items": [{"version": version_id, "caption": "In her own words"}]}
    data.update(changes)
    return PublicationSpec.from_dict(data)


@pytest.fixture()
def ready(archive_copy):
    """An editor's session on a testimony with consent and an approved redacted version."""
    archive = archive_copy.open("editor")
    testimony_id = archive_copy.testimony_ids[0]
    archive.consent.grant(testimony_id, consent_form())
    version_id = approved_version(archive, testimony_id)
    yield archive, testimony_id, version_id
    archive.lock()


def reasons(archive, publication_spec) -> str:
    report = archive.publishing.check(publication_spec)
    assert not report.ok
    return " | ".join(report.reasons())


def test_a_consented_approved_version_is_published_and_its_pdf_holds_no_identifier(ready, tmp_path):
    archive, testimony_id, version_id = ready
    publication_id, paths = archive.publishing.build(spec(version_id), tmp_path / "out")
    pdf = next(p for p in paths if p.suffix == ".pdf").read_bytes()
    text = extract_pdf_text(pdf)
    assert "Voices from the coast" in text and "passport" in text
    for identifier in (SURVIVOR, "Zuhura", "Kadzo", RECRUITER, "Jabari", "0712 345 678", "Kaloleni"):
        assert identifier not in text
    metadata = PdfReader(str(next(p for p in paths if p.suffix == ".pdf"))).metadata
    assert all(SURVIVOR not in str(value) for value in metadata.values())
    assert archive.publishing.get(publication_id).items[0]["version"] == version_id


def test_withdrawn_consent_refuses(ready):
    archive, testimony_id, version_id = ready
    archive.consent.withdraw(testimony_id)
    assert "withdrawn" in reasons(archive, spec(version_id))


def test_expired_consent_refuses_on_the_release_date(archive_copy):
    with archive_copy.open("editor") as archive:
        testimony_id = archive_copy.testimony_ids[1]
        archive.consent.grant(testimony_id, consent_form(on=dt.date(2020, 1, 1), expires=dt.date(2023, 1, 1)))
        version_id = archive.redaction.create_version(testimony_id, archive.redaction.default_plan(testimony_id))
        archive.redaction.approve(version_id)
        assert "expired" in reasons(archive, spec(version_id))
        # Before the expiry the same publication would have passed the consent gate.
        assert "expired" not in " ".join(
            archive.publishing.check(spec(version_id, planned_date="2022-06-01")).reasons()
        )


def test_a_channel_the_survivor_did_not_allow_refuses(ready):
    archive, testimony_id, version_id = ready
    assert "donor" in reasons(archive, spec(version_id, channel="donor_report")).lower()


def test_a_minor_never_appears_with_a_visible_face(ready):
    archive, testimony_id, _ = ready
    archive.consent.grant(testimony_id, consent_form(media=("text", "photo_hidden_face", "photo_visible_face")),
                          amend=True)
    media_id = archive.media.add(testimony_id, photo(), file_name="portrait.jpg")
    image_id = archive.media.redact(media_id, [], shows_face=True)
    archive.media.approve(image_id)  # an adult who allowed a visible face
    archive.consent.grant(testimony_id, consent_form(minor=True, anonymity="anonymous",
                                                     media=("text", "photo_hidden_face")), amend=True)
    publication = PublicationSpec.from_dict(
        {
            "title": "Portraits",
            "channel": "web",
            "items": [{"kind": "image", "version": image_id, "alt_text": "A portrait"}],
        }
    )
    text = reasons(archive, publication).lower()
    assert "minor's face is never published" in text and "confirm that no face" in text
    with pytest.raises(PublicationRefused) as refused:
        archive.media.approve(image_id, no_face_confirmed=True)
    assert "minor's face is never published" in " ".join(refused.value.reasons)


def test_an_unapproved_or_stale_version_refuses(ready):
    archive, testimony_id, _ = ready
    draft = archive.redaction.create_version(testimony_id, archive.redaction.default_plan(testimony_id))
    assert "not approved" in reasons(archive, spec(draft))
    approved = approved_version(archive, testimony_id)
    archive.testimonies.update(
        testimony_id, TestimonyDraft(title="Edited", text="The original changed.", county="kilifi")
    )
    assert "stale" in reasons(archive, spec(approved))


def test_a_relatives_name_in_a_caption_is_a_leak(ready):
    archive, _, version_id = ready
    leaky = spec(version_id, items=[{"version": version_id, "caption": f"Told to us by {RECRUITER}"}])
    assert "leak" in reasons(archive, leaky).lower() or "recruiter" in reasons(archive, leaky).lower()


def test_a_name_in_the_title_is_refused_naming_the_field(ready):
    archive, _, version_id = ready
    assert f'the title: "{SURVIVOR}"' in reasons(archive, spec(version_id, title=f"The story of {SURVIVOR}"))


def test_every_reason_is_listed_when_several_gates_fail(ready):
    archive, testimony_id, version_id = ready
    archive.consent.withdraw(testimony_id)
    draft = archive.redaction.create_version(testimony_id, archive.redaction.default_plan(testimony_id))
    both = spec(version_id, items=[{"version": version_id}, {"version": draft}])
    text = reasons(archive, both)
    assert "Item 1" in text and "Item 2" in text and "not approved" in text and "withdrawn" in text


def test_a_refused_build_writes_nothing(ready, tmp_path):
    archive, testimony_id, version_id = ready
    archive.consent.withdraw(testimony_id)
    with pytest.raises(PublicationRefused) as refusal:
        archive.publishing.build(spec(version_id), tmp_path / "out")
    assert refusal.value.reasons
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_survivor_review_is_required_when_consent_asked_for_it(ready):
    archive, testimony_id, version_id = ready
    archive.consent.grant(testimony_id, consent_form(review=True), amend=True)
    assert "review" in reasons(archive, spec(version_id))
    archive.publishing.record_survivor_review(version_id, "Read back on the phone (fictional)")
    assert archive.publishing.check(spec(version_id)).ok


def test_withdrawal_lists_exactly_the_publications_that_used_the_testimony(archive_copy, tmp_path):
    with archive_copy.open("editor") as archive:
        first, second = archive_copy.testimony_ids
        for testimony_id in (first, second):
            archive.consent.grant(testimony_id, consent_form())
        v1, v2 = approved_version(archive, first), approved_version(archive, second)
        used_first, _ = archive.publishing.build(spec(v1, title="One"), tmp_path / "a")
        used_both, _ = archive.publishing.build(
            spec(v1, title="Both", items=[{"version": v1}, {"version": v2}]), tmp_path / "b"
        )
        other, _ = archive.publishing.build(spec(v2, title="Other"), tmp_path / "c")
        notices = archive.consent.withdraw(first)
        assert {n.release_id for n in notices} == {used_first, used_both}
        assert {p.id for p in archive.publishing.takedown_list()} == {used_first, used_both}
        archive.publishing.record_takedown(used_first, "Removed from the website")
        assert {p.id for p in archive.publishing.takedown_list()} == {used_both}
        assert other not in {n.release_id for n in notices}


def test_communications_staff_need_an_editors_clearance_for_the_leak_check(archive_copy, tmp_path):
    with archive_copy.open("editor") as archive:
        testimony_id = archive_copy.testimony_ids[0]
        archive.consent.grant(testimony_id, consent_form())
        version_id = approved_version(archive, testimony_id)
    publication = spec(version_id)
    with archive_copy.open("communications") as archive:
        assert "needs an editor" in reasons(archive, publication)
    with archive_copy.open("editor") as archive:
        archive.publishing.clear(publication)
    with archive_copy.open("communications") as archive:
        publication_id, paths = archive.publishing.build(publication, tmp_path / "out")
        changed = spec(version_id, framing_text="Different framing, not cleared.")
        assert "needs an editor" in reasons(archive, changed)
    assert publication_id and paths


def test_images_inside_the_pdf_carry_no_metadata(ready, tmp_path):
    archive, testimony_id, version_id = ready
    import io

    from PIL import Image

    image = Image.new("RGB", (64, 48), (30, 160, 90))
    exif = Image.Exif()
    exif[0x013B] = "Fictional Owner Name"
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    media_id = archive.media.add(testimony_id, buffer.getvalue(), file_name="scene.jpg")
    image_id = archive.media.redact(media_id, [])
    archive.media.approve(image_id)
    publication = spec(
        version_id, items=[{"version": version_id}, {"kind": "image", "version": image_id, "alt_text": "A road"}]
    )
    _, paths = archive.publishing.build(publication, tmp_path / "out")
    pdf = next(p for p in paths if p.suffix == ".pdf").read_bytes()
    images = pdf_images(pdf)
    assert images and all(b"Fictional Owner Name" not in image.data for image in images)
    assert b"Fictional Owner Name" not in pdf
