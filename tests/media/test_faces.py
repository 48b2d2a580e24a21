"""Faces in photos: the detector finds the faces of a dark-skinned and a light-skinned person
(CC0 portraits, see data/LICENSE.md), upright whatever the EXIF orientation, small faces in a
group, nothing on textures, and refuses bad images with a sentence."""

from __future__ import annotations

import io
import socket
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from haart_archive.errors import DetectorUnavailable, InvalidInput
from haart_archive.media.vision import faces
from haart_archive.media.vision.faces import detect_faces
from tests.shared_data import shared_path

DATA = Path(__file__).resolve().parent / "data"
# The face in each 256x256 portrait, checked by eye (left, top, right, bottom).
PORTRAITS = {
    "dark skin": ("portrait_cc0_006.jpg", (71, 61, 194, 206)),
    "light skin": ("portrait_cc0_001.jpg", (79, 46, 171, 175)),
}


def portrait(name: str) -> Image.Image:
    with Image.open(DATA / PORTRAITS[name][0]) as opened:
        return opened.convert("RGB")


def iou(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    width = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    height = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = width * height
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter)


@pytest.mark.parametrize("name", PORTRAITS)
def test_the_face_in_a_portrait_is_found(name):
    found = detect_faces(portrait(name))
    assert found, f"no face found ({name})"
    best = found[0]
    assert best.confidence >= 0.5
    assert iou(best.box, PORTRAITS[name][1]) >= 0.5


def test_a_greyscale_photo_and_encoded_bytes_work():
    buffer = io.BytesIO()
    portrait("dark skin").convert("L").save(buffer, "PNG")
    found = detect_faces(buffer.getvalue())
    assert found and iou(found[0].box, PORTRAITS["dark skin"][1]) >= 0.5


@pytest.mark.parametrize("orientation, stored", [(6, Image.Transpose.ROTATE_90), (8, Image.Transpose.ROTATE_270),
                                                 (3, Image.Transpose.ROTATE_180)])
def test_exif_orientation_is_applied_before_looking(orientation, stored):
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = orientation
    portrait("dark skin").transpose(stored).save(buffer, "JPEG", quality=95, exif=exif)
    found = detect_faces(buffer.getvalue())
    assert found and iou(found[0].box, PORTRAITS["dark skin"][1]) >= 0.5  # boxes in the upright frame


def test_small_faces_in_a_group_picture_are_all_found():
    canvas = Image.fromarray(np.random.default_rng(3).normal(128, 30, (900, 1600, 3)).clip(0, 255).astype(np.uint8))
    expected = []
    for index, (name, (_file, box)) in enumerate(PORTRAITS.items()):
        tile = portrait(name).resize((128, 128))  # faces about 45 px wide
        left, top = 300 + index * 700, 400
        canvas.paste(tile, (left, top))
        expected.append(tuple(round(v / 2) + offset for v, offset in zip(box, (left, top, left, top), strict=True)))
    found = detect_faces(canvas)
    for truth in expected:
        assert any(iou(face.box, truth) >= 0.3 for face in found), truth


def test_a_large_photo_is_shrunk_and_boxes_map_back_to_it():
    canvas = Image.new("RGB", (4000, 3000), (200, 190, 170))
    canvas.paste(portrait("light skin").resize((512, 512)), (2500, 1200))
    truth = tuple(v * 2 + offset for v, offset in zip(PORTRAITS["light skin"][1], (2500, 1200, 2500, 1200),
                                                       strict=True))
    found = detect_faces(canvas)
    assert found and iou(found[0].box, truth) >= 0.5


def textures() -> list[Image.Image]:
    rng = np.random.default_rng(7)
    noise = Image.fromarray(rng.normal(128, 50, (600, 800, 3)).clip(0, 255).astype(np.uint8))
    gradient = Image.fromarray(np.tile(np.linspace(0, 255, 800, dtype=np.uint8), (600, 1)), mode="L")
    bricks = Image.new("RGB", (800, 600), (150, 75, 50))
    draw = ImageDraw.Draw(bricks)
    for row, top in enumerate(range(0, 600, 40)):
        draw.line([(0, top), (800, top)], fill=(200, 190, 180), width=4)
        for left in range(-45 * (row % 2), 800, 90):
            draw.line([(left, top), (left, top + 40)], fill=(200, 190, 180), width=4)
    return [Image.new("RGB", (640, 480), "white"), noise, gradient, bricks]


def test_no_faces_on_textures():
    for texture in textures():
        assert detect_faces(texture) == [], texture.mode


def test_no_faces_on_a_real_flower_photo():
    assert detect_faces(shared_path("data", "images", "flower.webp").read_bytes()) == []


@pytest.mark.parametrize("data", [b"", b"GIF89a broken", b"\x89PNG\r\n\x1a\n" + b"\x00" * 30],
                         ids=["empty", "garbage", "broken-png"])
def test_bad_image_bytes_are_refused_with_a_sentence(data):
    with pytest.raises(InvalidInput) as refused:
        detect_faces(data)
    assert str(refused.value).endswith(".")


def test_an_empty_or_too_large_picture_is_refused(monkeypatch):
    with pytest.raises(InvalidInput, match="no pixels"):
        detect_faces(Image.new("RGB", (0, 5)))
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 50_000)
    with pytest.raises(InvalidInput, match="too large"):
        detect_faces(Image.new("RGB", (300, 300)))


def test_the_model_ships_in_the_package_and_loads_offline(monkeypatch):
    model = faces.face_model_file()
    assert model.is_file() and model.stat().st_size > 5_000_000
    assert (model.parent / "README.md").is_file() and (model.parent / "LICENSE-centerface.txt").is_file()

    def no_network(*args, **kwargs):
        raise AssertionError("the face detector tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(faces, "_instance", None)
    assert detect_faces(portrait("dark skin"))


def test_a_missing_model_refuses(monkeypatch, tmp_path):
    class Elsewhere:
        @staticmethod
        def files(package):
            return tmp_path

    monkeypatch.setattr(faces, "_instance", None)
    monkeypatch.setattr(faces, "resources", Elsewhere)
    with pytest.raises(DetectorUnavailable, match="face detector"):
        detect_faces(portrait("light skin"))
