"""Images as they go into a publication: pixels only, re-encoded, nothing else.

The media layer already strips metadata from approved derived images. The renderers do
not rely on that: every image is decoded and its pixels written into a fresh PNG, so no
EXIF, XMP, ICC profile, text chunk or embedded thumbnail can ride along into a PDF, an
HTML page or an image file for the web editors.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message

# Big enough for print at A4 width, small enough to keep press packs light.
MAX_SIDE = 2400


@dataclass(frozen=True)
class CleanImage:
    """A PNG holding only pixels, with its size in pixels."""

    png: bytes
    width: int
    height: int
    has_alpha: bool


def clean_image(data: bytes) -> CleanImage:
    """Decode an image and re-encode its pixels alone as PNG.

    The EXIF orientation is applied first so the picture stands the right way up once
    the tag is gone. Raises InvalidInput when the bytes are not an image Pillow can read.
    """
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.load()
            upright = ImageOps.exif_transpose(opened)
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise InvalidInput(Message("An image of the publication could not be read as a picture.")) from exc
    pixels = _plain_pixels(upright)
    pixels.thumbnail((MAX_SIDE, MAX_SIDE))
    out = io.BytesIO()
    # A new image built from raw pixels carries no info dict, so nothing else is written.
    Image.frombytes(pixels.mode, pixels.size, pixels.tobytes()).save(out, format="PNG")
    return CleanImage(out.getvalue(), pixels.width, pixels.height, pixels.mode == "RGBA")


def _plain_pixels(image: Image.Image) -> Image.Image:
    """RGB or RGBA pixels, whatever mode (palette, CMYK, 16-bit) the image came in."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    return image.convert("RGBA" if has_alpha else "RGB")
