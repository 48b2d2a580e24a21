"""Issue 15's attacks on the publication gates, through the command line as an editor and a
communications officer would try them: each one makes `publish build` exit 5 with a reason
that names the field or image and what was found, and the fixed input then builds. Last, a
text and an image of the same testimony are not refused for what the editor reviewed.

The images are made here with Pillow (DejaVu fonts) and the CC0 portrait of tests/media/data.
OCR takes a second or more per image, so images are made once per session and the engines'
answers are cached per content (services/media.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from haart_archive.cli import main
from haart_archive.publishing import extract_markdown_text
from tests.conftest import PASSPHRASES, USER_NAMES
from tests.services.helpers import approved_version, consent_form

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
PORTRAIT = Path(__file__).resolve().parents[1] / "media" / "data" / "portrait_cc0_006.jpg"
REFUSED = 5


def _sign(lines: list[str], size: tuple[int, int], background: tuple[int, int, int]) -> Image.Image:
    image = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 30)
    for number, line in enumerate(lines):
        draw.text((20, 25 + 65 * number), line, font=font, fill=(20, 20, 20))
    return image


def _scene(seed: int) -> Image.Image:
    """A small textured picture with neither text nor face (a field, a wall)."""
    noise = np.random.default_rng(seed).normal(0, 12, (96, 128, 3))
    base = np.array([(70, 130, 60), (150, 110, 80)][seed % 2], dtype=float)
    return Image.fromarray((base + noise).clip(0, 255).astype(np.uint8))


@pytest.fixture(scope="session")
def pictures(tmp_path_factory) -> dict[str, Path]:
    if not FONT.exists():
        pytest.skip("the DejaVu fonts (fonts-dejavu) are needed to draw text on the test images")
    folder = tmp_path_factory.mktemp("gate-pictures")
    made = {
        "name_and_phone": _sign(["Zuhura Kadzo", "0712 345 678"], (520, 160), (235, 225, 200)),
        "city_sign": _sign(["RIYADH"], (360, 100), (200, 210, 230)),
        "field": _scene(0),
        "wall": _scene(1),
    }
    paths = {}
    for name, image in made.items():
        paths[name] = folder / f"{name}.png"
        image.save(paths[name])
    paths["portrait"] = folder / "portrait.jpg"
    shutil.copyfile(PORTRAIT, paths["portrait"])
    return paths


class Cli:
    """The command line on one archive, as one role or another."""

    def __init__(self, archive_path: Path, tmp_path: Path, capsys, monkeypatch):
        self.path, self.tmp, self.capsys, self.monkeypatch = archive_path, tmp_path, capsys, monkeypatch
        self.specs = 0

    def __call__(self, *argv, role: str = "editor") -> tuple[int, str, str]:
        self.monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES[role])
        self.monkeypatch.setenv("HAART_USER", USER_NAMES[role])
        code = main([str(a) for a in argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def last(self, *argv, role: str = "editor") -> str:
        """Run a command that must succeed; its last line (an id)."""
        code, out, err = self(*argv, role=role)
        assert code == 0, err
        return out.strip().splitlines()[-1]

    def spec(self, items: list[dict], **fields) -> Path:
        self.specs += 1
        data = {"title": "Voices from the coast", "channel": "web", "framing_text": "Shared with consent.",
                "items": items, **fields}
        path = self.tmp / f"spec-{self.specs}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    def build(self, spec: Path, role: str = "editor") -> tuple[int, str, str]:
        return self("publish", "build", self.path, "--spec", spec, "--out", self.tmp / f"out-{spec.stem}", role=role)

    def image(self, testimony_id: str, picture: Path, *boxes: str, approve: bool = True,
              confirm: bool = False) -> str:
        """Add a picture, redact it with `boxes` and (when asked) approve it; the image id."""
        media_id = self.last("media", "add", self.path, testimony_id, picture)
        image_id = self.last("media", "redact", self.path, media_id, *[arg for box in boxes for arg in ("--box", box)])
        if approve:
            code, _, err = self("redact", "approve", self.path, image_id, *(["--confirm-no-face"] if confirm else []))
            assert code == 0, err
        return image_id

    def suggested(self, media_id: str, kind: str) -> list[str]:
        code, out, err = self("media", "suggest", self.path, media_id, "--json")
        assert code == 0, err
        return [",".join(str(v) for v in box["box"]) for box in json.loads(out) if box["kind"] == kind]


@pytest.fixture()
def cli(archive_copy, tmp_path, capsys, monkeypatch):
    return Cli(archive_copy.path, tmp_path, capsys, monkeypatch)


@pytest.fixture()
def story(archive_copy):
    """The first testimony, with consent to publish text and photos without a face, and an
    approved redacted version ("Riyadh" left in and reviewed by the default plan)."""
    testimony_id = archive_copy.testimony_ids[0]
    with archive_copy.open("editor") as archive:
        archive.consent.grant(testimony_id, consent_form())
        version_id = approved_version(archive, testimony_id)
    return testimony_id, version_id


def test_1_character_references_in_a_caption(cli, story):
    _, version_id = story
    code, _, err = cli.build(cli.spec([{"version": version_id, "caption": "&#90;uhura &#x4B;adzo"}]))
    assert code == REFUSED
    assert 'Item 1: the caption: "Zuhura Kadzo"' in err and "Zuhura Kadzo" in err
    fixed = cli.spec([{"version": version_id, "caption": "In her words &#38; ours <b>&amp;</b>"}])
    code, _, err = cli.build(fixed)
    assert code == 0, err
    shown = extract_markdown_text((cli.tmp / f"out-{fixed.stem}" / "haart-publication.md").read_bytes())
    assert "In her words &#38; ours <b>&amp;</b>" in shown  # literally, as given


@pytest.mark.slow
def test_2_a_name_and_phone_number_in_the_pixels(cli, pictures, story):
    testimony_id, version_id = story
    media_id = cli.last("media", "add", cli.path, testimony_id, pictures["name_and_phone"])
    image_id = cli.last("media", "redact", cli.path, media_id)
    code, _, err = cli("redact", "approve", cli.path, image_id)
    assert code == REFUSED and image_id in err
    assert 'text read in the image: "Zuhura Kadzo"' in err and '"0712 345 678"' in err
    photo = {"kind": "image", "version": image_id, "alt_text": "A sign by the road"}
    code, _, err = cli.build(cli.spec([{"version": version_id}, photo]))
    assert code == REFUSED
    assert f"Item 2 (image {image_id}): text read in the image: \"Zuhura Kadzo\"" in err
    # Fixed: the text boxes the desk suggests are covered.
    boxes = cli.suggested(media_id, "text")
    assert len(boxes) == 2
    covered = cli.image(testimony_id, pictures["name_and_phone"], *boxes)
    code, _, err = cli.build(cli.spec([{"version": version_id}, {**photo, "version": covered}]))
    assert code == 0, err


@pytest.mark.slow
def test_3_a_minors_photo_with_the_face_uncovered(cli, pictures, story, archive_copy):
    testimony_id, _ = story
    with archive_copy.open("editor") as archive:
        archive.consent.grant(testimony_id, consent_form(minor=True, anonymity="anonymous",
                                                         media=("text", "photo_hidden_face")), amend=True)
    portrait = pictures["portrait"]
    media_id = cli.last("media", "add", cli.path, testimony_id, portrait)
    image_id = cli.last("media", "redact", cli.path, media_id)  # the editor forgot the face, and --shows-face
    code, _, err = cli("redact", "approve", cli.path, image_id, "--confirm-no-face")
    assert code == REFUSED and image_id in err and "1 uncovered face" in err and "minor" in err
    photo = {"kind": "image", "version": image_id, "alt_text": "A person outdoors"}
    code, _, err = cli.build(cli.spec([photo]))
    assert code == REFUSED
    assert f"Item 1 (image {image_id}): the face detector found 1 uncovered face(s); a minor's face" in err
    assert "confirm that no face or identifying feature is visible" in err
    # Fixed: the suggested face box is covered; the editor must still confirm.
    (face,) = cli.suggested(media_id, "face")
    covered = cli.image(testimony_id, portrait, face, approve=False)
    code, _, err = cli("redact", "approve", cli.path, covered)
    assert code == REFUSED and "confirm that no face" in err and "uncovered face" not in err
    assert cli("redact", "approve", cli.path, covered, "--confirm-no-face")[0] == 0
    code, _, err = cli.build(cli.spec([{**photo, "version": covered}]))
    assert code == 0, err


def test_4_free_text_fields_block_on_any_detection(cli, pictures, story, archive_copy):
    testimony_id, version_id = story
    field = cli.image(testimony_id, pictures["field"])
    leaky = cli.spec(
        [{"version": version_id, "caption": "Told to us by my friend wanjiru"},
         {"kind": "image", "version": field, "alt_text": "A card with ID 2345678l"}],
        framing_text="Call zero seven one two three four five six seven eight to help.",
    )
    code, _, err = cli.build(leaky)
    assert code == REFUSED
    assert 'Item 1: the caption: "wanjiru" (PERSON' in err
    assert f'Item 2 (image {field}): the alt text: "2345678l" (NATIONAL_ID' in err
    # The survivor's own number, in words: found as her known identifier.
    assert 'The publication: the framing text: "zero seven one two three four five six seven eight" (' in err
    fixed = cli.spec(
        [{"version": version_id, "caption": "Told to us by my friend wanjiru"},
         {"kind": "image", "version": field, "alt_text": "A field"}],
        framing_text="Shared with consent.",
    )
    code, _, err = cli.build(fixed)
    assert code == REFUSED and '"wanjiru"' in err and "alt text" not in err and "framing" not in err
    # An editor reviews that exact string (here: a word of the story, not the friend's name).
    assert cli("redact", "mark-reviewed", cli.path, version_id, "wanjiru")[0] == 0
    code, _, err = cli.build(fixed)
    assert code == 0, err


@pytest.mark.slow
def test_5_a_clearance_covers_the_bytes_not_the_text(cli, pictures, story):
    testimony_id, version_id = story
    first = cli.image(testimony_id, pictures["field"])
    second = cli.image(testimony_id, pictures["wall"])
    photo = {"kind": "image", "alt_text": "A place on the way", "caption": "The road north"}
    cleared = cli.spec([{"version": version_id}, {**photo, "version": first}])
    code, _, err = cli.build(cleared, role="communications")
    assert code == REFUSED and "needs an editor" in err
    assert cli("publish", "clear", cli.path, "--spec", cleared)[0] == 0
    code, _, err = cli.build(cleared, role="communications")
    assert code == 0, err
    # The same text and caption with another image: the clearance does not carry over.
    swapped = cli.spec([{"version": version_id}, {**photo, "version": second}])
    code, _, err = cli.build(swapped, role="communications")
    assert code == REFUSED
    assert "needs a new clearance" in err and "haart-publication-01.png (the image of item 2)" in err
    assert cli("publish", "clear", cli.path, "--spec", swapped)[0] == 0
    code, _, err = cli.build(swapped, role="communications")
    assert code == 0, err


def test_6_unicode_tricks_are_seen_through_by_the_leak_check(cli, story):
    _, version_id = story
    leaky = cli.spec(
        [{"version": version_id, "caption": "Told by \u0396uhur\u0430 \u041aadzo"}],  # Greek Z, Cyrillic a, K
        title="The journey of Zu\u200bhura Ka\u00addzo",  # zero-width space, soft hyphen
        framing_text="Her sister: \uff10\uff17\uff11\uff12 \uff13\uff14\uff15 \uff16\uff17\uff18",  # full-width
    )
    code, _, err = cli.build(leaky)
    assert code == REFUSED
    assert 'The publication: the title: "Zuhura Kadzo"' in err
    assert 'Item 1: the caption: "Zuhura Kadzo"' in err
    assert 'the framing text: "0712 345 678"' in err
    assert "PDF font" not in err  # the leak check saw them, not the font's missing glyphs
    code, _, err = cli.build(cli.spec([{"version": version_id, "caption": "Told by a survivor"}]))
    assert code == 0, err


@pytest.mark.slow
def test_a_text_and_an_image_of_the_same_testimony_share_the_reviewed_strings(cli, pictures, story, archive_copy):
    testimony_id, version_id = story
    # "Riyadh" was reviewed (left in) for the text; the sign in the photo and the caption say it too.
    sign = cli.image(testimony_id, pictures["city_sign"])
    spec = cli.spec([{"version": version_id, "caption": "At the airport in Riyadh"},
                     {"kind": "image", "version": sign, "alt_text": "A sign: Riyadh", "caption": "Riyadh"}])
    code, _, err = cli.build(spec)
    assert code == 0, err
    # The other testimony reviewed no such string: its editor must look at the sign first.
    other = archive_copy.testimony_ids[1]
    with archive_copy.open("editor") as archive:
        archive.consent.grant(other, consent_form())
    unreviewed = cli.image(other, pictures["city_sign"], approve=False)
    code, _, err = cli("redact", "approve", cli.path, unreviewed)
    assert code == REFUSED and 'text read in the image: "RIYADH" (LOCATION' in err
