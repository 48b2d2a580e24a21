"""Redaction of 16 real files (cameras, phones, editors): no listed string survives.

The files and `expected.json` live in ../shared (see its README); the test skips when they
are absent, and skips the exiftool half, with the reason, when exiftool is not installed.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageOps, ImageStat

from haart_archive.errors import InvalidInput
from haart_archive.media.images import Rect, redact_image
from tests.shared_data import shared_path

ALLOWED_GROUPS = {
    "JPEG": {"System", "File", "Composite", "JFIF", "ExifTool"},
    "PNG": {"System", "File", "Composite", "PNG", "ExifTool"},
}
PNG_FIELDS = {
    "ImageWidth",
    "ImageHeight",
    "BitDepth",
    "ColorType",
    "Compression",
    "Filter",
    "Interlace",
}
COMPOSITE_FIELDS = {"ImageSize", "Megapixels"}
OTHER_TURNS = (
    Image.Transpose.ROTATE_90,
    Image.Transpose.ROTATE_180,
    Image.Transpose.ROTATE_270,
    Image.Transpose.FLIP_LEFT_RIGHT,
    Image.Transpose.FLIP_TOP_BOTTOM,
)


def expectations() -> list[dict]:
    return json.loads(shared_path("data", "images", "expected.json").read_text())


def exiftool_lines(path: Path) -> list[tuple[str, str, str]]:
    text = subprocess.run(
        ["exiftool", "-a", "-G1", "-s", str(path)], capture_output=True, text=True, check=True
    ).stdout
    rows = []
    for line in text.split("\n"):  # not splitlines(): a comment may hold U+2028
        if line.startswith("[") and not line.startswith(("[System]", "[ExifTool]")):
            group, rest = line[1:].split("]", 1)
            name, _, value = rest.strip().partition(":")
            rows.append((group, name.strip(), value.strip()))
    return rows


def output_format(name: str) -> str:
    return "JPEG" if name.lower().endswith((".jpg", ".heic")) else "PNG"


@pytest.fixture(scope="module")
def redacted(tmp_path_factory) -> dict[str, tuple[dict, bytes, Path]]:
    folder = tmp_path_factory.mktemp("redacted")
    results = {}
    for item in expectations():
        if item["file"].endswith(".pdf"):
            continue
        original = shared_path("data", "images", item["file"]).read_bytes()
        output = redact_image(
            original, [Rect(1, 1, 3, 3)], output_format=output_format(item["file"])
        )
        path = folder / f"output-{len(results)}.{output_format(item['file']).lower()}"
        path.write_bytes(output)  # a redacted output: pixels only, nothing sensitive
        results[item["file"]] = (item, original, path)
    return results


def test_no_listed_string_survives_in_the_bytes(redacted):
    for name, (item, _, path) in redacted.items():
        data = path.read_bytes()
        leaked = [s for s in item["must_not_survive"] if s.encode("utf-8") in data]
        assert not leaked, (name, leaked)
        if path.suffix == ".jpeg":
            assert data.count(b"\xff\xd8") == 1, name


def test_images_come_out_upright(redacted):
    for name, (item, original, path) in redacted.items():
        expected = flattened(ImageOps.exif_transpose(Image.open(io.BytesIO(original))))
        output = Image.open(path).convert("RGB")
        assert output.size == expected.size, name
        if item["orientation"] in (5, 6, 7, 8):
            assert output.size == Image.open(io.BytesIO(original)).size[::-1]
        # colour profiles (Display P3, ColorMatch) are converted to sRGB, so allow some
        # difference, but the upright picture must match better than any other turn
        upright = mean_difference(output, expected, skip=(1, 1, 4, 4))
        assert upright < 20, name
        for turn in OTHER_TURNS:
            turned = expected.transpose(turn)
            if turned.size == output.size and turned.tobytes() != expected.tobytes():
                assert upright < mean_difference(output, turned, skip=(1, 1, 4, 4)), (name, turn)


def flattened(image: Image.Image) -> Image.Image:
    """Transparent pictures come out on white: compare with the same."""
    if not image.has_transparency_data:
        return image.convert("RGB")
    white = Image.new("RGBA", image.size, (255, 255, 255, 255))
    return Image.alpha_composite(white, image.convert("RGBA")).convert("RGB")


def mean_difference(a: Image.Image, b: Image.Image, skip: tuple[int, int, int, int]) -> float:
    """Mean absolute difference per channel (0-255), ignoring the redacted box."""
    a, b = a.copy(), b.copy()
    for image in (a, b):
        image.paste((0, 0, 0), skip)
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


def test_exiftool_finds_only_structure(redacted):
    if shutil.which("exiftool") is None:
        pytest.skip("exiftool is not installed (apt-get install libimage-exiftool-perl)")
    for name, (item, _, path) in redacted.items():
        rows = exiftool_lines(path)
        text = "\n".join(f"[{g}] {n}: {v}" for g, n, v in rows)
        leaked = [s for s in item["must_not_survive"] if s in text]
        assert not leaked, (name, leaked)
        groups = {group for group, _, _ in rows}
        allowed = ALLOWED_GROUPS[output_format(name)]
        assert groups <= allowed, (name, groups - allowed)
        assert ("File", "Comment") not in {(g, n) for g, n, _ in rows}, name
        assert {n for g, n, _ in rows if g == "Composite"} <= COMPOSITE_FIELDS, name
        assert {n for g, n, _ in rows if g == "PNG"} <= PNG_FIELDS, name
        assert "Orientation" not in {n for _, n, _ in rows}, name


def test_pdf_is_refused_for_image_redaction():
    pdf = shared_path("data", "images", "PDF.pdf").read_bytes()
    with pytest.raises(InvalidInput, match="PDF cannot be redacted as an image"):
        redact_image(pdf, [Rect(0, 0, 2, 2)])
