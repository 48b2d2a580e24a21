"""A 200 MB recording goes in and out with flat memory: it never sits whole in memory."""

from __future__ import annotations

import os
import struct
import tracemalloc

import pytest

from tests.services.helpers import consent_form

SIZE = 200 * 1024 * 1024


def _wav_file(path, size: int) -> None:
    """A silent 8 kHz mono WAV of about `size` bytes, written in pieces."""
    data_size = size - 44
    header = (
        b"RIFF"
        + struct.pack("<I", 36 + data_size)
        + b"WAVEfmt "
        + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 16000, 2, 16)
    )
    with open(path, "wb") as handle:
        handle.write(header + b"data" + struct.pack("<I", data_size))
        block = os.urandom(1024 * 1024)
        for _ in range(data_size // len(block)):
            handle.write(block)
        handle.write(block[: data_size % len(block)])


@pytest.mark.slow
def test_a_200_mb_recording_imports_and_exports_with_flat_memory(archive_copy, tmp_path):
    source = tmp_path / "interview.wav"
    _wav_file(source, SIZE)
    testimony_id = archive_copy.testimony_ids[0]
    with archive_copy.open("editor") as archive:
        archive.consent.grant(testimony_id, consent_form(media=("text", "voice"), anonymity="first_name"))
        tracemalloc.start()
        media_id = archive.media.add(testimony_id, source)
        _, import_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        archive.media.export(media_id, tmp_path / "out.wav")
        _, export_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert archive.media.info(media_id).duration_seconds > 6000
    assert (tmp_path / "out.wav").stat().st_size == SIZE
    assert import_peak < 100 * 1024 * 1024, f"import peaked at {import_peak / 1e6:.0f} MB"
    assert export_peak < 100 * 1024 * 1024, f"export peaked at {export_peak / 1e6:.0f} MB"
    with open(source, "rb") as a, open(tmp_path / "out.wav", "rb") as b:
        while chunk := a.read(1 << 20):
            assert chunk == b.read(1 << 20)
