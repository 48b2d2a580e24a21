"""Import checks: each kind of good file is described, each bad file refused in one sentence."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from haart_archive.errors import InvalidInput
from haart_archive.media.audio import audio_duration
from haart_archive.media.probe import MediaKind, probe
from tests.media import fixtures

LIMIT = 10 * 1024 * 1024


@pytest.mark.parametrize(
    ("name", "make", "fmt", "seconds"),
    [
        ("memo.wav", fixtures.wav_bytes, "WAV", 2.0),
        ("call.amr", fixtures.amr_bytes, "AMR", 3.0),
        ("call.awb", lambda: fixtures.amr_bytes(wideband=True), "AMR", 3.0),
        ("memo.mp3", fixtures.mp3_bytes, "MP3", 2.606),
        ("memo.ogg", fixtures.ogg_vorbis_bytes, "OGG", 3.0),
        ("memo.m4a", fixtures.m4a_bytes, "M4A", 4.0),
    ],
)
def test_recordings_are_described_with_duration(name, make, fmt, seconds):
    found = probe(make(), name, LIMIT)
    assert (found.kind, found.format) == (MediaKind.AUDIO, fmt)
    assert found.duration_seconds == pytest.approx(seconds, abs=0.01)


def test_images_report_the_upright_size():
    found = probe(fixtures.tagged_jpeg(64, 48, orientation=6), "photo.JPG", LIMIT)
    assert (found.kind, found.format, found.mime) == (MediaKind.IMAGE, "JPEG", "image/jpeg")
    assert (found.width, found.height) == (48, 64)


def test_a_path_and_a_stream_work_like_bytes(tmp_path: Path):
    path = tmp_path / "memo.wav"
    path.write_bytes(fixtures.wav_bytes())
    assert probe(path, "memo.wav", LIMIT).duration_seconds == 2.0
    assert probe(io.BytesIO(fixtures.wav_bytes()), "memo.wav", LIMIT).size == path.stat().st_size


def refused(data: bytes, name: str, limit: int = LIMIT) -> str:
    with pytest.raises(InvalidInput) as caught:
        probe(data, name, limit)
    message = str(caught.value)
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message
    assert name.rsplit(".", 1)[0] not in message  # file names may name people
    return message


def test_empty_file_is_refused():
    assert "empty" in refused(b"", "Akinyi-consent.jpg")


def test_file_over_the_limit_is_refused():
    assert "more than the limit" in refused(fixtures.wav_bytes(), "memo.wav", limit=1000)


def test_name_that_lies_about_the_contents_is_refused():
    assert "says JPEG but its contents are a PNG" in refused(fixtures.texty_png(), "photo.jpg")
    assert "says MP3" in refused(fixtures.wav_bytes(), "memo.mp3")
    assert "not any format" in refused(b"MZ\x90\x00 this is a program", "photo.png")


def test_unknown_extension_is_refused():
    assert "cannot be imported" in refused(b"hello", "notes.exe")
    assert "no extension" in refused(b"hello", "README")


def test_truncated_image_is_refused():
    data = fixtures.encoded(fixtures.gradient(200, 200), "PNG")
    assert "damaged or cut short" in refused(data[: len(data) // 2], "scan.png")


def test_corrupt_image_is_refused():
    data = bytearray(fixtures.encoded(fixtures.gradient(50, 50), "JPEG"))
    data[200:260] = b"\xff\xd9" * 30  # garbage markers over the tables and scan
    refused(bytes(data), "photo.jpg")


def test_decompression_bomb_is_refused(monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 10_000)
    bomb = fixtures.encoded(Image.new("L", (200, 200)), "PNG")  # 40,000 pixels, 200-odd bytes
    assert "decompression bomb" in refused(bomb, "photo.png")


def test_real_sized_bomb_header_is_refused():
    """A PNG header claiming 100,000 x 100,000 pixels is refused before any decoding."""
    import struct
    import zlib

    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    data = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1000))
        + chunk(b"IEND", b"")
    )
    assert "decompression bomb" in refused(data, "photo.png")


def test_truncated_pdf_is_refused():
    pdf = minimal_pdf()
    assert probe(pdf, "consent.pdf", LIMIT).pages == 1
    assert "cut short" in refused(pdf[: len(pdf) - 30], "consent.pdf")


def test_pdf_with_broken_page_tree_is_refused():
    pdf = minimal_pdf().replace(b"/Type /Pages", b"/Type /Junk!")
    refused(pdf, "consent.pdf")


def test_truncated_amr_is_refused():
    assert "cut short" in refused(fixtures.amr_bytes()[:-5], "call.amr")


def test_amr_with_a_reserved_frame_type_is_refused():
    bad = fixtures.amr_bytes() + bytes([12 << 3]) + b"\x00" * 10
    assert "frame header" in refused(bad, "call.amr")


def test_recording_with_no_sound_is_refused():
    assert "holds no sound" in refused(b"#!AMR\n", "call.amr")
    assert "holds no sound" in refused(fixtures.wav_bytes(seconds=0), "memo.wav")


def test_damaged_recording_is_refused():
    refused(b"OggS" + b"\x00" * 200, "memo.ogg")
    refused(b"\x00\x00\x00\x18ftypM4A " + b"\x00" * 100, "memo.m4a")


def test_a_stream_is_left_at_its_start():
    stream = io.BytesIO(fixtures.amr_bytes())
    audio_duration(stream, "AMR")
    assert stream.tell() == 0


def minimal_pdf() -> bytes:
    """A one-page PDF with correct cross-reference offsets."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
