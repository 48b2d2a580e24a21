"""Images: opening untrusted files safely, redaction for publication, and clean previews.

Every derived image (redacted version, preview, thumbnail) is built from the pixels alone
and returned as bytes: nothing is written to disk here. Pillow copies some metadata when it
re-saves an image (TIFF captions, GIF and JPEG comments, PNG ICC profiles) and pillow-heif
copies everything, so instead of re-saving the opened image we make a new one from its raw
pixels, then check the encoded result with `assert_clean`.

PDF scans are refused for image redaction: no PDF renderer ships with the app, and
covering a page's live content with boxes does not remove it (design rule 8). A consent
form scan that must be published is redacted from a photo or image export of the page.
"""

from __future__ import annotations

import io
import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import pillow_heif
from PIL import Image, ImageCms, ImageDraw, ImageOps, UnidentifiedImageError

from haart_archive.errors import InvalidInput
from haart_archive.media.cleanliness import MetadataSurvived, assert_clean
from haart_archive.messages import Message

pillow_heif.register_heif_opener()

__all__ = [
    "IMAGE_FORMATS",
    "MetadataSurvived",
    "Polygon",
    "Rect",
    "RedactionStyle",
    "Region",
    "assert_clean",
    "open_image",
    "preview_image",
    "redact_image",
]

# Pillow decoders the archive lets loose on imported files; everything else is refused.
IMAGE_FORMATS = ("JPEG", "PNG", "WEBP", "TIFF", "GIF", "HEIF")
OUTPUT_FORMATS = ("PNG", "JPEG")
JPEG_QUALITY = 90
PDF_REFUSAL = Message(
    "A PDF cannot be redacted as an image: export the page as a picture (JPEG or PNG) "
    "and redact that instead."
)

Colour = tuple[int, int, int]


@dataclass(frozen=True)
class Rect:
    """A box in the upright image's pixel coordinates: left, top, width, height."""

    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class Polygon:
    """A freehand shape: its corner points, in the upright image's pixel coordinates."""

    points: tuple[tuple[float, float], ...]


Region = Rect | Polygon


class RedactionStyle(StrEnum):
    """How a redacted area looks. Every style is an opaque fill first.

    `MOSAIC` only draws a block pattern made from the fill colour over the fill, for
    editors who want the familiar pixelated look; it carries nothing of the original pixels
    (real pixelation and blur can be reversed, so they are never offered).
    """

    SOLID = "solid"
    MOSAIC = "mosaic"


# -- opening ---------------------------------------------------------------------------------


def open_image(data: bytes) -> Image.Image:
    """Decode an untrusted image (first frame only) or raise `InvalidInput` with one sentence.

    Refuses empty data, PDFs, formats outside `IMAGE_FORMATS`, images larger than Pillow's
    pixel limit (decompression bombs) and truncated or corrupt files.
    """
    if not data:
        raise InvalidInput(Message("The image is empty (0 bytes): there is nothing to open."))
    if data.lstrip()[:5] == b"%PDF-":
        raise InvalidInput(PDF_REFUSAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=IMAGE_FORMATS)
            _check_pixel_count(image.size)
            image.seek(0)
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InvalidInput(_too_many_pixels()) from None
    except UnidentifiedImageError:
        raise InvalidInput(Message("The file is not an image the archive can read.")) from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError):
        raise InvalidInput(Message("The image is damaged or cut short: it could not be decoded.")) from None
    return image


def _check_pixel_count(size: tuple[int, int]) -> None:
    limit = Image.MAX_IMAGE_PIXELS
    if size[0] <= 0 or size[1] <= 0:
        raise InvalidInput(Message("The image has no pixels: it is damaged."))
    if limit and size[0] * size[1] > limit:
        raise InvalidInput(_too_many_pixels())


def _too_many_pixels() -> str:
    limit = Image.MAX_IMAGE_PIXELS or 0
    return Message(
        "The image is too large to open safely (more than {millions} million pixels): "
        "it may be a decompression bomb.",
        millions=limit // 1_000_000,
    )


# -- redaction -------------------------------------------------------------------------------


def redact_image(
    data: bytes,
    regions: Sequence[Region],
    *,
    fill: Colour = (0, 0, 0),
    output_format: str = "PNG",
    max_size: int | tuple[int, int] | None = None,
    crop: Rect | None = None,
    style: RedactionStyle = RedactionStyle.SOLID,
) -> bytes:
    """A publishable copy of an image: upright, regions filled opaquely, no metadata.

    Steps, in this order: apply the EXIF (or XMP) orientation, so regions match what the
    editor saw; fill every region; crop (`crop`, upright coordinates); shrink to fit
    `max_size` (longest side, or a width/height box); rebuild from pixels alone; encode as
    PNG or JPEG; re-open the result and check that it carries no metadata.
    Transparency is flattened onto white, since fully transparent pixels still hold colours.
    """
    if output_format not in OUTPUT_FORMATS:
        raise InvalidInput(Message("A redacted image can only be saved as PNG or JPEG."))
    image = upright_pixels(open_image(data))
    _fill_regions(image, regions, fill, style)
    image = _resize(_crop(image, crop), max_size)
    output = _encode(image, output_format)
    assert_clean(output)
    return output


def preview_image(data: bytes, max_side: int = 512, output_format: str = "JPEG") -> bytes:
    """An in-memory preview or thumbnail: upright, shrunk, without metadata. Never written."""
    return redact_image(data, [], output_format=output_format, max_size=max_side)


def upright_pixels(image: Image.Image) -> Image.Image:
    """A new RGB image holding only the upright pixels of `image` (no info, no EXIF, no ICC)."""
    rotated = ImageOps.exif_transpose(image) or image
    rgb = _flatten_to_rgb(_to_srgb(rotated))
    return Image.frombytes("RGB", rgb.size, rgb.tobytes())


def _to_srgb(image: Image.Image) -> Image.Image:
    """Convert colours from an embedded profile (Display P3, Adobe RGB) before it is dropped."""
    profile = image.info.get("icc_profile")
    if not profile or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        target = ImageCms.createProfile("sRGB")
        mode = "RGBA" if image.mode == "RGBA" else "RGB"
        return ImageCms.profileToProfile(image, source, target, outputMode=mode) or image
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # a broken profile only costs colour accuracy


def _flatten_to_rgb(image: Image.Image) -> Image.Image:
    if not image.has_transparency_data:
        return image.convert("RGB")
    rgba = image.convert("RGBA")
    background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    return Image.alpha_composite(background, rgba).convert("RGB")


def _fill_regions(
    image: Image.Image, regions: Sequence[Region], fill: Colour, style: RedactionStyle
) -> None:
    fill = _colour(fill)
    mask = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(mask)
    for region in regions:
        _draw_region(draw, region, image.size)
    image.paste(fill, (0, 0, *image.size), mask)
    if style == RedactionStyle.MOSAIC:
        image.paste(_mosaic(image.size, fill), (0, 0), mask)


def _draw_region(draw: ImageDraw.ImageDraw, region: Region, size: tuple[int, int]) -> None:
    if isinstance(region, Rect):
        left, top, right, bottom = _box(region, size, "redaction box")
        draw.rectangle((left, top, right - 1, bottom - 1), fill=255)
    elif isinstance(region, Polygon):
        points = [(float(x), float(y)) for x, y in region.points]
        if len(points) < 3:
            raise InvalidInput(Message("A redaction shape needs at least three points."))
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        _box(Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)), size, "redaction shape")
        draw.polygon(points, fill=255, outline=255)
    else:
        raise InvalidInput(Message("A redaction region must be a box or a shape."))


def _box(rect: Rect, size: tuple[int, int], what: str) -> tuple[int, int, int, int]:
    """Whole-pixel box covering `rect` (rounded outwards), clipped to the image."""
    values = (rect.x, rect.y, rect.w, rect.h)
    if not all(math.isfinite(v) for v in values) or rect.w <= 0 or rect.h <= 0:
        raise InvalidInput(Message("A {what} has no area: draw it again.", what=what))
    left, top = max(0, math.floor(rect.x)), max(0, math.floor(rect.y))
    right = min(size[0], math.ceil(rect.x + rect.w))
    bottom = min(size[1], math.ceil(rect.y + rect.h))
    if right <= left or bottom <= top:
        raise InvalidInput(Message(
            "A {what} lies outside the image: draw it again on the upright image.",
            what=what,
        ))
    return left, top, right, bottom


def _colour(fill: Colour) -> Colour:
    if len(fill) != 3 or not all(isinstance(c, int) and 0 <= c <= 255 for c in fill):
        raise InvalidInput(Message("The fill colour must be three whole numbers from 0 to 255."))
    return tuple(fill)  # type: ignore[return-value]


def _mosaic(size: tuple[int, int], fill: Colour) -> Image.Image:
    """A block pattern made only from the fill colour: looks pixelated, reveals nothing."""
    block = max(8, min(size) // 40)
    shade = tuple(min(255, c + 24) if sum(fill) < 384 else max(0, c - 24) for c in fill)
    pattern = Image.new("RGB", size, fill)
    draw = ImageDraw.Draw(pattern)
    for top in range(0, size[1], block):
        for left in range((top // block) % 2 * block, size[0], 2 * block):
            draw.rectangle((left, top, left + block - 1, top + block - 1), fill=shade)
    return pattern


def _crop(image: Image.Image, crop: Rect | None) -> Image.Image:
    if crop is None:
        return image
    return image.crop(_box(crop, image.size, "crop box"))


def _resize(image: Image.Image, max_size: int | tuple[int, int] | None) -> Image.Image:
    if max_size is None:
        return image
    box = (max_size, max_size) if isinstance(max_size, int) else tuple(max_size)
    if min(box) < 1:
        raise InvalidInput(Message(
            "The largest size of a derived image must be at least one pixel.",
        ))
    image.thumbnail(box, Image.Resampling.LANCZOS)
    return image


def _encode(image: Image.Image, output_format: str) -> bytes:
    buffer = io.BytesIO()
    clean = Image.frombytes("RGB", image.size, image.tobytes())  # drop anything picked up
    if output_format == "JPEG":
        clean.save(buffer, "JPEG", quality=JPEG_QUALITY)
    else:
        clean.save(buffer, "PNG")
    return buffer.getvalue()
