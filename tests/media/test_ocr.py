"""Text in images: the OCR reads a fictional name and phone number that a photo shows, on this
machine, with models shipped in the install, and refuses bad images with a sentence."""

from __future__ import annotations

import io
import re
import socket
import threading
from pathlib import Path

import pytest
import reportlab
from PIL import Image, ImageDraw, ImageFont

from haart_archive.errors import DetectorUnavailable, InvalidInput
from haart_archive.media.vision import ocr
from haart_archive.media.vision.ocr import TextRegion, read_text, text_in_reading_order

VERA = Path(reportlab.__file__).resolve().parent / "fonts" / "Vera.ttf"
NAME = "Wanjiru Achieng Kamau"  # fictional
PHONE = "0712 345 678"


def normalised(text: str) -> str:
    return re.sub(r"\s+", "", text.casefold())


def poster(size: tuple[int, int] = (640, 480), font_px: int = 30, at: tuple[int, int] = (30, 40),
           mode: str = "RGB") -> Image.Image:
    """A plain picture with the fictional name and phone number on two lines."""
    image = Image.new("RGB", size, (250, 248, 240))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(VERA), font_px)
    draw.text(at, NAME, font=font, fill=(20, 20, 20))
    draw.text((at[0], at[1] + 2 * font_px), f"Tel {PHONE}", font=font, fill=(20, 20, 20))
    return image.convert(mode)


def read(image: Image.Image | bytes, **options) -> str:
    return normalised(text_in_reading_order(read_text(image, **options)))


def test_a_name_and_phone_number_in_a_picture_are_read_with_boxes_around_them():
    image = poster()
    regions = read_text(image)
    text = normalised(text_in_reading_order(regions))
    assert normalised(NAME) in text and normalised(PHONE) in text
    name_region = next(r for r in regions if normalised(NAME) in normalised(r.text))
    left, top, right, bottom = name_region.box
    # The box covers the line where it was drawn (x 30.., y 40..), inside the picture.
    assert 0 <= left <= 35 and 25 <= top <= 45 and 330 <= right <= image.width and 60 <= bottom <= 90
    assert 0.5 < name_region.confidence <= 1.0


def test_a_blank_picture_has_no_text():
    assert read_text(Image.new("RGB", (640, 480), "white")) == []


def test_encoded_bytes_are_read_upright_whatever_the_exif_orientation():
    upright = poster()
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 CW to view": the stored pixels lie on their side
    upright.transpose(Image.Transpose.ROTATE_90).save(buffer, "JPEG", quality=92, exif=exif)
    regions = read_text(buffer.getvalue())
    assert normalised(NAME) in normalised(text_in_reading_order(regions))
    for region in regions:  # boxes are in the upright picture's frame
        assert region.box[2] <= upright.width and region.box[3] <= upright.height


@pytest.mark.parametrize("mode", ["L", "P", "CMYK", "LA", "I;16"])
def test_odd_image_modes_are_read(mode):
    assert normalised(NAME) in read(poster(mode=mode))


def test_large_pictures_are_shrunk_and_boxes_map_back_to_the_original():
    image = poster(size=(1600, 1200), font_px=60, at=(700, 500))
    regions = read_text(image, max_side=800)  # read at half size
    name_region = next(r for r in regions if normalised(NAME) in normalised(r.text))
    left, top, _right, bottom = name_region.box
    assert 670 <= left <= 710 and 470 <= top <= 515 and 550 <= bottom <= 590


@pytest.mark.parametrize(
    "data",
    [b"", b"not an image at all", b"\xff\xd8\xff\xe0" + b"\x00" * 40],
    ids=["empty", "garbage", "broken-jpeg"],
)
def test_bad_image_bytes_are_refused_with_a_sentence(data):
    with pytest.raises(InvalidInput) as refused:
        read_text(data)
    assert str(refused.value).endswith(".")


def test_a_truncated_image_is_refused():
    buffer = io.BytesIO()
    poster().save(buffer, "PNG")
    with pytest.raises(InvalidInput, match="damaged or cut short"):
        read_text(buffer.getvalue()[: len(buffer.getvalue()) // 2])


def test_an_empty_or_too_large_picture_is_refused(monkeypatch):
    with pytest.raises(InvalidInput, match="no pixels"):
        read_text(Image.new("RGB", (0, 0)))
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100_000)
    with pytest.raises(InvalidInput, match="too large"):
        read_text(Image.new("RGB", (400, 400)))


def test_reading_order_is_lines_top_to_bottom_each_left_to_right():
    regions = [
        TextRegion((300, 100, 400, 130), "345 678", 0.9),
        TextRegion((10, 10, 200, 40), "Wanjiru", 0.9),
        TextRegion((210, 12, 380, 42), "Kamau", 0.9),
        TextRegion((10, 100, 290, 128), "Tel 0712", 0.9),
    ]
    assert text_in_reading_order(regions) == "Wanjiru Kamau\nTel 0712 345 678"
    assert text_in_reading_order([]) == ""


def test_the_models_ship_in_the_install_and_nothing_is_downloaded(monkeypatch):
    files = ocr.ocr_model_files()
    assert all(path.is_file() and path.stat().st_size > 500_000 for path in files.values())

    def no_network(*args, **kwargs):
        raise AssertionError("the OCR tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(ocr, "_reader", None)  # load the engine afresh, offline
    assert normalised(NAME) in read(poster())


def test_a_missing_model_refuses_instead_of_downloading(monkeypatch):
    monkeypatch.setattr(ocr, "_reader", None)
    monkeypatch.setitem(ocr.MODEL_FILES, "Rec", "not-shipped.onnx")
    with pytest.raises(DetectorUnavailable, match="text reader"):
        read_text(poster())


def test_several_threads_read_at_once_and_agree():
    image = poster(size=(400, 300), font_px=20, at=(10, 10))
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(read(image))) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 3 and len(set(results)) == 1 and normalised(PHONE) in results[0]


def test_large_pictures_are_read_in_parts_the_detector_can_handle():
    assert ocr.tiles((1000, 1000)) == [(0, 0, 1000, 1000)]
    for size in [(640, 480), (1600, 1200), (2000, 1500), (4000, 3000), (1080, 2340), (3000, 500), (300, 4000)]:
        parts = ocr.tiles(size)
        covered = Image.new("1", size, 0)
        for left, top, right, bottom in parts:
            assert (right - left) * (bottom - top) <= ocr.DETECTOR_MAX_PIXELS
            covered.paste(1, (left, top, right, bottom))
        assert covered.getextrema() == (1, 1), f"{size} not covered"


@pytest.mark.slow
def test_small_print_in_a_big_picture_is_read():
    # 18 px lines in a 2000x1500 picture: missed when the detector sees it whole.
    image = poster(size=(2000, 1500), font_px=18, at=(1300, 900))
    text = read(image)
    assert normalised(NAME) in text and normalised(PHONE) in text


def test_a_line_read_twice_where_parts_overlap_is_kept_once():
    whole = TextRegion((100, 50, 500, 80), "Wanjiru Achieng Kamau", 0.9)
    piece = TextRegion((300, 52, 500, 80), "Kamau", 0.8)
    again = TextRegion((101, 50, 500, 80), "Wanjiru Achieng Kamau", 0.95)
    elsewhere = TextRegion((100, 400, 200, 430), "Kamau", 0.9)
    assert ocr._without_repeats([piece, whole, again, elsewhere]) == [whole, elsewhere]


def test_a_long_line_across_the_seams_of_the_parts_is_read_whole():
    image = poster(size=(1600, 1200), font_px=80, at=(250, 560))  # about 1000 px long
    assert len(ocr.tiles(image.size)) > 1
    assert normalised(NAME) in read(image)
