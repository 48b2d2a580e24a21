"""Turning whatever image the archive holds into the upright 8-bit RGB pixels a model reads.

Both engines see the picture as a person sees it: EXIF orientation applied first, colour
profile converted, transparency flattened onto white. Boxes they return are therefore in
the upright image's pixel coordinates, the same frame `haart_archive.media.images.Rect` uses.
"""

from __future__ import annotations

import warnings

import numpy as np
from PIL import Image, ImageOps

from haart_archive.errors import InvalidInput
from haart_archive.media.images import open_image, upright_pixels
from haart_archive.messages import Message

# Greyscale modes deeper than 8 bits (16-bit scans, float images): stretched to 0-255
# before colour conversion, since Pillow's own conversion clips them to white.
DEEP_MODES = ("I", "I;16", "I;16B", "I;16L", "I;16N", "F")


def upright_rgb(image: Image.Image | bytes) -> Image.Image:
    """The upright RGB pixels of an image or of encoded image bytes.

    Raises `InvalidInput` with a sentence for empty, corrupt, truncated or too large images
    (the same limits as `images.open_image`: Pillow's decompression-bomb pixel limit).
    """
    if isinstance(image, bytes | bytearray | memoryview):
        image = open_image(bytes(image))
    elif not isinstance(image, Image.Image):
        raise TypeError(f"expected a PIL image or bytes, not {type(image).__name__}")
    _check_size(image.size)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.load()
            if image.mode in DEEP_MODES:
                image = _stretch_to_8_bits(ImageOps.exif_transpose(image) or image)
            return upright_pixels(image)
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, MemoryError):
        raise InvalidInput(Message("The image is damaged or cut short: it could not be decoded.")) from None


def shrink(image: Image.Image, max_side: int) -> tuple[Image.Image, float]:
    """`image` scaled down so its longer side is at most `max_side`, and the scale used (<= 1)."""
    longer = max(image.size)
    if longer <= max_side:
        return image, 1.0
    scale = max_side / longer
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0), scale


def to_bgr_array(image: Image.Image) -> np.ndarray:
    """An RGB image as the contiguous BGR uint8 array OpenCV-trained models expect."""
    return np.ascontiguousarray(np.asarray(image, dtype=np.uint8)[:, :, ::-1])


def _check_size(size: tuple[int, int]) -> None:
    width, height = size
    if width <= 0 or height <= 0:
        raise InvalidInput(Message("The image has no pixels: it is damaged."))
    limit = Image.MAX_IMAGE_PIXELS
    if limit and width * height > limit:
        raise InvalidInput(
            Message(
                "The image is too large to open safely (more than {millions} million pixels): "
                "it may be a decompression bomb.",
                millions=limit // 1_000_000,
            )
        )


def _stretch_to_8_bits(image: Image.Image) -> Image.Image:
    values = np.asarray(image, dtype=np.float64)
    finite = values[np.isfinite(values)]
    low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 0.0)
    span = high - low or 1.0
    scaled = np.clip(np.nan_to_num((values - low) * (255.0 / span), nan=0.0), 0, 255)
    return Image.fromarray(scaled.astype(np.uint8), mode="L")
