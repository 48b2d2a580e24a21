"""Image redaction: orientation first, opaque fills, pixels only, and nothing else survives."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageOps

from haart_archive.errors import InvalidInput
from haart_archive.media.cleanliness import MetadataSurvived
from haart_archive.media.images import (
    Polygon,
    Rect,
    RedactionStyle,
    assert_clean,
    preview_image,
    redact_image,
)
from haart_archive.media.metadata import Risk, describe_metadata
from tests.media import fixtures

CANARIES = [v for k, v in vars(fixtures).items() if k.startswith("CANARY_")]


def decoded(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("RGB")


def upright_original(data: bytes) -> Image.Image:
    return ImageOps.exif_transpose(Image.open(io.BytesIO(data))).convert("RGB")


def assert_no_canary(output: bytes) -> None:
    for canary in CANARIES:
        for form in (canary.encode(), canary.encode("utf-16-le"), canary.lower().encode()):
            assert form not in output, canary
    for marker in (b"Exif", b"http://ns.adobe.com/xap", b"Photoshop 3.0", b"8BIM", b"ICC_PROFILE"):
        assert marker not in output


@pytest.mark.parametrize("output_format", ["PNG", "JPEG"])
def test_planted_metadata_does_not_survive(output_format):
    original = fixtures.tagged_jpeg()
    output = redact_image(original, [Rect(2, 2, 10, 10)], output_format=output_format)
    assert_no_canary(output)
    if output_format == "JPEG":
        assert output.count(b"\xff\xd8") == 1  # no thumbnail or preview image left
    assert describe_metadata(output) == []


def test_png_text_chunks_and_icc_do_not_survive():
    output = redact_image(fixtures.texty_png(), [Rect(0, 0, 5, 5)])
    assert_no_canary(output)
    for chunk in (b"tEXt", b"iTXt", b"zTXt", b"iCCP", b"eXIf"):
        assert chunk not in output


def test_orientation_is_applied_before_regions():
    original = fixtures.tagged_jpeg(64, 48, orientation=6)
    box = Rect(5, 10, 20, 30)  # in the upright (48 wide, 64 high) picture
    output = decoded(redact_image(original, [box]))
    expected = upright_original(original)
    assert output.size == expected.size == (48, 64)
    for y in range(output.height):
        for x in range(output.width):
            inside = 5 <= x < 25 and 10 <= y < 40
            want = (0, 0, 0) if inside else expected.getpixel((x, y))
            assert output.getpixel((x, y)) == want, (x, y)


def test_polygon_fill_covers_its_inside_and_nothing_far_outside():
    original = fixtures.encoded(fixtures.gradient(60, 60), "PNG")
    triangle = Polygon(((10, 10), (50, 10), (10, 50)))
    output = decoded(redact_image(original, [triangle], fill=(255, 0, 255)))
    source = decoded(original)
    mask = Image.new("L", (60, 60))
    ImageDraw.Draw(mask).polygon(triangle.points, fill=255)
    for y in range(60):
        for x in range(60):
            if mask.getpixel((x, y)):
                assert output.getpixel((x, y)) == (255, 0, 255)
            elif x + y > 62 or x < 9 or y < 9:
                assert output.getpixel((x, y)) == source.getpixel((x, y))


def test_mosaic_style_shows_nothing_of_what_was_under_it():
    box = [Rect(4, 4, 30, 30)]
    first = Image.new("RGB", (40, 40), (200, 10, 10))
    second = fixtures.gradient(40, 40)
    outputs = [
        decoded(redact_image(fixtures.encoded(im, "PNG"), box, style=RedactionStyle.MOSAIC))
        for im in (first, second)
    ]
    inside = (4, 4, 34, 34)
    assert outputs[0].crop(inside).tobytes() == outputs[1].crop(inside).tobytes()
    assert set(outputs[0].crop(inside).tobytes()) == {0, 24}  # two shades of the fill


def test_fills_are_opaque_on_transparent_images():
    rgba = Image.new("RGBA", (20, 20), (10, 200, 30, 0))  # invisible but coloured pixels
    output = decoded(redact_image(fixtures.encoded(rgba, "PNG"), [Rect(0, 0, 5, 5)]))
    assert output.getpixel((1, 1)) == (0, 0, 0)
    assert output.getpixel((10, 10)) == (255, 255, 255)  # flattened: hidden colour gone


def test_crop_and_resize_happen_after_redaction():
    original = fixtures.encoded(fixtures.gradient(100, 80), "PNG")
    output = decoded(
        redact_image(original, [Rect(0, 0, 50, 40)], crop=Rect(0, 0, 60, 40), max_size=30)
    )
    assert output.size == (30, 20)
    assert output.getpixel((2, 2)) == (0, 0, 0)


def test_first_frame_of_an_animated_gif():
    frames = [Image.new("P", (10, 10), colour) for colour in (1, 2)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], comment=b"CANARY-gif")
    output = redact_image(buffer.getvalue(), [])
    assert b"CANARY-gif" not in output
    assert decoded(output).size == (10, 10)


def test_preview_is_small_upright_and_clean():
    preview = preview_image(fixtures.tagged_jpeg(64, 48, orientation=6), max_side=32)
    assert decoded(preview).size == (24, 32)
    assert_no_canary(preview)


@pytest.mark.parametrize(
    "region",
    [
        Rect(500, 500, 10, 10),
        Rect(1, 1, 0, 5),
        Rect(1, 1, float("nan"), 5),
        Polygon(((1, 1), (2, 2))),
    ],
)
def test_bad_regions_are_refused(region):
    with pytest.raises(InvalidInput):
        redact_image(fixtures.encoded(fixtures.gradient(20, 20), "PNG"), [region])


def test_bad_options_are_refused():
    png = fixtures.encoded(fixtures.gradient(20, 20), "PNG")
    with pytest.raises(InvalidInput):
        redact_image(png, [], output_format="TIFF")
    with pytest.raises(InvalidInput):
        redact_image(png, [], fill=(0, 0, 300))
    with pytest.raises(InvalidInput, match="PDF cannot be redacted"):
        redact_image(b"%PDF-1.4\n...", [])
    with pytest.raises(InvalidInput, match="empty"):
        redact_image(b"", [])


# -- assert_clean refuses outputs that carry anything -----------------------------------


def clean_jpeg() -> bytes:
    return fixtures.encoded(fixtures.gradient(16, 16), "JPEG")


def clean_png() -> bytes:
    return fixtures.encoded(fixtures.gradient(16, 16), "PNG")


def test_clean_outputs_pass():
    assert_clean(clean_jpeg())
    assert_clean(clean_png())


@pytest.mark.parametrize(
    "dirty",
    [
        lambda: fixtures.encoded(fixtures.gradient(16, 16), "JPEG", comment=b"x"),
        lambda: fixtures.encoded(
            fixtures.gradient(16, 16), "JPEG", exif=Image.Exif().tobytes() or b"Exif\x00\x00"
        ),
        lambda: fixtures.encoded(fixtures.gradient(16, 16), "JPEG", icc_profile=b"\x00" * 200),
        lambda: fixtures.encoded(fixtures.gradient(16, 16), "JPEG", xmp=b"<x:xmpmeta/>"),
        lambda: clean_jpeg()[:2] + fixtures.iptc_segment("x") + clean_jpeg()[2:],
        lambda: clean_jpeg() + clean_jpeg(),  # a trailing preview image
        lambda: fixtures.texty_png(),
        lambda: fixtures.encoded(fixtures.gradient(16, 16), "PNG", dpi=(72, 72)),
        lambda: clean_png() + b"trailing",
        lambda: fixtures.encoded(fixtures.gradient(16, 16), "GIF"),
    ],
)
def test_dirty_outputs_are_refused(dirty):
    with pytest.raises(MetadataSurvived):
        assert_clean(dirty())


def test_metadata_description_names_the_dangers():
    facts = {fact.label: fact for fact in describe_metadata(fixtures.tagged_jpeg())}
    assert facts["GPS position"].value == "-1.292058, 36.820094"
    assert facts["GPS position"].risk is Risk.HIGH
    assert facts["Camera serial number"].value == fixtures.CANARY_SERIAL
    assert facts["Author (XMP)"].value == fixtures.CANARY_XMP
    assert facts["City"].value == fixtures.CANARY_IPTC_CITY
    assert facts["Embedded thumbnail"].risk is Risk.HIGH
    assert facts["Comment"].value == fixtures.CANARY_COMMENT
    png = {fact.value for fact in describe_metadata(fixtures.texty_png())}
    assert fixtures.CANARY_PNG_TEXT in png


def test_metadata_of_a_non_image_is_refused():
    with pytest.raises(InvalidInput):
        describe_metadata(b"not an image at all")
