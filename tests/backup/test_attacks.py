"""Attacks on backup files: every change, cut or swap ends in a typed error that names the
part, and a restore that fails leaves nothing behind."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from haart_archive.backup_format import (
    LENGTH_BYTES,
    MAGIC,
    PREFIX,
    SEALED_CHUNK_SIZE,
    STREAM_HEADER_BYTES,
)
from haart_archive.errors import ArchiveError, DamagedFile, TamperedRecord
from haart_archive.services.backup import restore_backup, verify_backup
from tests.backup.helpers import BackedUp, backed_up, user
from tests.conftest import ArchiveFixture


@pytest.fixture()
def backup(archive_copy: ArchiveFixture, tmp_path: Path) -> BackedUp:
    return backed_up(archive_copy, tmp_path)


def _layout(data: bytes) -> tuple[int, int]:
    """Offsets where the vault header and the sealed chunks start."""
    header_length = struct.unpack_from(">I", data, len(MAGIC) + 1)[0]
    header_start = len(MAGIC) + PREFIX.size
    return header_start, header_start + header_length + STREAM_HEADER_BYTES + LENGTH_BYTES


def _flip(path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x20
    path.write_bytes(bytes(data))


def _restore_fails_cleanly(backup: BackedUp, tmp_path: Path, error_type: type[Exception]) -> None:
    target = tmp_path / "restore-target"
    with pytest.raises(error_type):
        restore_backup(backup.backup, target, user("custodian"))
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if "restoring" in p.name]


def test_a_flipped_byte_in_the_embedded_vault_header_names_the_header(backup, tmp_path):
    header_start, _ = _layout(backup.backup.read_bytes())
    _flip(backup.backup, header_start + 200)
    with pytest.raises(DamagedFile, match="vault header inside the backup"):
        verify_backup(backup.backup, user("editor"))
    _restore_fails_cleanly(backup, tmp_path, DamagedFile)


def test_a_flipped_byte_in_the_stream_header_fails_at_the_first_part(backup, tmp_path):
    _, chunks = _layout(backup.backup.read_bytes())
    _flip(backup.backup, chunks - LENGTH_BYTES - 5)  # inside the salt
    with pytest.raises(TamperedRecord, match="first part"):
        verify_backup(backup.backup, user("editor"))
    _restore_fails_cleanly(backup, tmp_path, TamperedRecord)


def test_a_flipped_byte_in_the_database_part_names_part_and_database(backup, tmp_path):
    _, chunks = _layout(backup.backup.read_bytes())
    _flip(backup.backup, chunks + SEALED_CHUNK_SIZE + 100)  # the second chunk: database pages
    with pytest.raises(TamperedRecord, match=r"Part 2 of the backup file .*the database"):
        verify_backup(backup.backup, user("editor"))
    _restore_fails_cleanly(backup, tmp_path, TamperedRecord)


def test_a_flipped_byte_in_the_media_part_names_the_media_file(backup, tmp_path):
    data = backup.backup.read_bytes()
    _, chunks = _layout(data)
    last_full = (len(data) - chunks) // SEALED_CHUNK_SIZE - 1  # inside the recording
    _flip(backup.backup, chunks + last_full * SEALED_CHUNK_SIZE + 7)
    with pytest.raises(TamperedRecord, match=rf"Part {last_full + 1} .*media file [0-9a-f]{{32}}"):
        verify_backup(backup.backup, user("editor"))


def test_a_flipped_byte_in_the_last_part_is_caught(backup):
    size = backup.backup.stat().st_size
    _flip(backup.backup, size - 3)  # the final chunk's tag
    with pytest.raises(TamperedRecord, match="could not be decrypted"):
        verify_backup(backup.backup, user("editor"))


@pytest.mark.parametrize("where", ["magic", "prefix", "header", "stream", "boundary", "mid-chunk", "last-byte"])
def test_a_truncated_backup_is_damaged_not_garbage(backup, tmp_path, where):
    data = backup.backup.read_bytes()
    header_start, chunks = _layout(data)
    cut = {
        "magic": 5, "prefix": len(MAGIC) + 2, "header": header_start + 50, "stream": chunks - LENGTH_BYTES - 10,
        "boundary": chunks + 2 * SEALED_CHUNK_SIZE, "mid-chunk": chunks + SEALED_CHUNK_SIZE + 999,
        "last-byte": len(data) - 1,
    }[where]
    backup.backup.write_bytes(data[:cut])
    with pytest.raises(DamagedFile, match="cut short|incomplete"):
        verify_backup(backup.backup, user("custodian"))
    _restore_fails_cleanly(backup, tmp_path, DamagedFile)


def test_data_appended_after_the_final_part_is_detected(backup):
    data = backup.backup.read_bytes()
    _, chunks = _layout(data)
    backup.backup.write_bytes(data + data[chunks : chunks + SEALED_CHUNK_SIZE])
    with pytest.raises(ArchiveError):
        verify_backup(backup.backup, user("custodian"))


def test_chunks_swapped_within_the_file_fail(backup):
    data = bytearray(backup.backup.read_bytes())
    _, chunks = _layout(bytes(data))
    first = data[chunks + SEALED_CHUNK_SIZE : chunks + 2 * SEALED_CHUNK_SIZE]
    second = data[chunks + 2 * SEALED_CHUNK_SIZE : chunks + 3 * SEALED_CHUNK_SIZE]
    data[chunks + SEALED_CHUNK_SIZE : chunks + 2 * SEALED_CHUNK_SIZE] = second
    data[chunks + 2 * SEALED_CHUNK_SIZE : chunks + 3 * SEALED_CHUNK_SIZE] = first
    backup.backup.write_bytes(bytes(data))
    with pytest.raises(TamperedRecord, match="Part 2"):
        verify_backup(backup.backup, user("custodian"))


def test_a_vault_header_from_another_backup_does_not_fit(archive_copy, tmp_path):
    one = backed_up(archive_copy, tmp_path)
    other_dir = tmp_path / "other"
    other_dir.mkdir()

    with archive_copy.open("custodian") as archive:
        archive.make_backup(other_dir / "later.hbk")
    a, b = one.backup.read_bytes(), (other_dir / "later.hbk").read_bytes()
    _, chunks_a = _layout(a)
    _, chunks_b = _layout(b)
    # The later backup's header and stream header, with the earlier backup's chunks.
    (tmp_path / "spliced.hbk").write_bytes(b[:chunks_b] + a[chunks_a:])
    with pytest.raises(TamperedRecord):
        verify_backup(tmp_path / "spliced.hbk", user("custodian"))


def test_a_backup_whose_writing_was_interrupted_is_incomplete(backup):
    data = bytearray(backup.backup.read_bytes())
    _, chunks = _layout(bytes(data))
    data[chunks - LENGTH_BYTES : chunks] = bytes(LENGTH_BYTES)
    backup.backup.write_bytes(bytes(data))
    with pytest.raises(DamagedFile, match="interrupted"):
        verify_backup(backup.backup, user("custodian"))


def test_not_a_backup_at_all(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    with pytest.raises(DamagedFile, match="not a HAART Archive backup"):
        verify_backup(tmp_path / "photo.jpg", user("custodian"))
