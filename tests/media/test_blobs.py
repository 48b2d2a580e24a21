"""The blob store: round trips, atomic writes, and attacks on sealed files."""

from __future__ import annotations

import io
import os
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from haart_archive.errors import DamagedFile, InvalidInput, NotFound, TamperedRecord
from haart_archive.media.blobs import (
    CHUNK_SIZE,
    HEADER_BYTES,
    SEALED_CHUNK_SIZE,
    BlobStore,
)

KEY_V1 = bytes(range(32))
KEY_V2 = bytes(range(32, 64))
AD = b"media|7f1c0b6e-0000-4000-8000-000000000001|story"
CANARY = b"CANARY-Wanjiru-Otieno-0712345678"


def keys(version: int) -> bytes:
    return {1: KEY_V1, 2: KEY_V2}[version]


@pytest.fixture
def store(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs")


def three_chunk_payload() -> bytes:
    return (CANARY * (3 * CHUNK_SIZE // len(CANARY) + 1))[: 2 * CHUNK_SIZE + 1000]


def blob_path(store: BlobStore, name: str) -> Path:
    return store.directory / f"{name}.blob"


def chunk_offset(index: int) -> int:
    return HEADER_BYTES + index * SEALED_CHUNK_SIZE


# -- round trips --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 3 * CHUNK_SIZE + 7]
)
def test_round_trip_at_chunk_edges(store: BlobStore, size: int):
    data = os.urandom(size)
    info = store.write(io.BytesIO(data), KEY_V1, 1, AD)
    assert info.size == size
    assert store.read_all(info.name, keys, AD) == data
    expected_chunks = max(1, -(-size // CHUNK_SIZE))
    assert blob_path(store, info.name).stat().st_size == HEADER_BYTES + size + 16 * expected_chunks


@settings(max_examples=25, deadline=None)
@given(pieces=st.lists(st.binary(max_size=3000), max_size=8))
def test_any_iterable_of_pieces_round_trips(tmp_path_factory, pieces):
    store = BlobStore(tmp_path_factory.mktemp("b"))
    info = store.write(iter(pieces), KEY_V1, 1, AD)
    assert store.read_all(info.name, keys, AD) == b"".join(pieces)


def test_sha256_and_key_version_are_reported(store: BlobStore):
    import hashlib

    info = store.write([b"abc", b"def"], KEY_V2, 2, AD)
    assert info.sha256 == hashlib.sha256(b"abcdef").hexdigest()
    assert info.key_version == 2 == store.key_version(info.name)


def test_file_holds_no_plaintext_and_names_are_random(store: BlobStore):
    data = three_chunk_payload()
    first = store.write(io.BytesIO(data), KEY_V1, 1, AD)
    second = store.write(io.BytesIO(data), KEY_V1, 1, AD)
    assert first.name != second.name
    raw = blob_path(store, first.name).read_bytes()
    assert CANARY not in raw and CANARY[:12] not in raw
    assert raw != blob_path(store, second.name).read_bytes()  # fresh salt per file
    assert [p.name for p in store.directory.iterdir() if not p.name.endswith(".blob")] == []


def test_failed_source_leaves_nothing_behind(store: BlobStore):
    def broken():
        yield b"x" * CHUNK_SIZE * 2
        raise OSError("phone unplugged")

    with pytest.raises(OSError):
        store.write(broken(), KEY_V1, 1, AD)
    assert list(store.directory.iterdir()) == []


def test_reseal_rotates_key_atomically(store: BlobStore):
    data = three_chunk_payload()
    info = store.write(io.BytesIO(data), KEY_V1, 1, AD)
    new = store.reseal(info.name, keys, AD, KEY_V2, 2)
    assert new.name == info.name and new.key_version == 2 and new.sha256 == info.sha256
    assert store.key_version(info.name) == 2
    assert store.read_all(info.name, keys, AD) == data
    with pytest.raises(TamperedRecord):
        store.read_all(info.name, lambda _v: KEY_V1, AD)


def test_reseal_of_a_tampered_blob_keeps_the_old_file(store: BlobStore):
    info = store.write(io.BytesIO(three_chunk_payload()), KEY_V1, 1, AD)
    path = blob_path(store, info.name)
    flip_byte(path, chunk_offset(2) + 5)
    before = path.read_bytes()
    with pytest.raises(TamperedRecord):
        store.reseal(info.name, keys, AD, KEY_V2, 2)
    assert path.read_bytes() == before
    assert store.names() == [info.name]
    assert len(list(store.directory.iterdir())) == 1


def test_delete_and_names(store: BlobStore):
    info = store.write([b"voice"], KEY_V1, 1, AD)
    assert store.names() == [info.name] and store.exists(info.name)
    store.delete(info.name)
    assert store.names() == [] and not store.exists(info.name)
    with pytest.raises(NotFound):
        store.delete(info.name)


def test_discard_unfinished_removes_temp_files(store: BlobStore):
    (store.directory / ".incoming-deadbeef").write_bytes(b"\x00" * 10)
    assert store.discard_unfinished() == 1
    assert list(store.directory.iterdir()) == []


@pytest.mark.parametrize("name", ["../../etc/passwd", "ABC", "", "0" * 31, "0" * 32 + "/x"])
def test_names_that_are_not_blob_names_are_refused(store: BlobStore, name: str):
    with pytest.raises(InvalidInput):
        store.read_all(name, keys, AD)


# -- attacks ------------------------------------------------------------------------------


def flip_byte(path: Path, offset: int) -> None:
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 0x01
    path.write_bytes(bytes(raw))


def stored(store: BlobStore) -> tuple[str, Path]:
    info = store.write(io.BytesIO(three_chunk_payload()), KEY_V1, 1, AD)
    return info.name, blob_path(store, info.name)


@pytest.mark.parametrize(
    ("offset", "error"),
    [
        (0, DamagedFile),  # format version byte
        (1, KeyError),  # key version: names a key the ring does not hold
        (4, TamperedRecord),  # key version low byte: version 0 is not held either
        (10, TamperedRecord),  # salt
        (chunk_offset(0) + 3, TamperedRecord),  # first chunk
        (chunk_offset(1) + 100, TamperedRecord),  # middle chunk
        (chunk_offset(2) + 10, TamperedRecord),  # last chunk
        (-1, TamperedRecord),  # last tag byte
    ],
)
def test_a_flipped_byte_anywhere_is_refused(store: BlobStore, offset: int, error: type):
    name, path = stored(store)
    flip_byte(path, offset if offset >= 0 else path.stat().st_size + offset)

    def key_ring(version: int) -> bytes:
        return {1: KEY_V1, 0: os.urandom(32)}[version]

    with pytest.raises(error) as caught:
        store.read_all(name, key_ring, AD)
    if error is not KeyError:
        assert name in str(caught.value)


def test_key_version_is_bound_even_when_the_ring_holds_that_version(store: BlobStore):
    name, path = stored(store)
    raw = bytearray(path.read_bytes())
    raw[4] = 2  # claim key version 2; the ring holds it, but the header is authenticated
    path.write_bytes(bytes(raw))
    with pytest.raises(TamperedRecord, match=name):
        store.read_all(name, lambda v: KEY_V1, AD)


def test_truncation_at_a_chunk_boundary_is_detected(store: BlobStore):
    name, path = stored(store)
    path.write_bytes(path.read_bytes()[: chunk_offset(2)])
    with pytest.raises(DamagedFile, match=f"{name} was cut short"):
        store.read_all(name, keys, AD)


def test_truncation_inside_a_chunk_is_detected(store: BlobStore):
    name, path = stored(store)
    path.write_bytes(path.read_bytes()[:-7])
    with pytest.raises(TamperedRecord, match=name):
        store.read_all(name, keys, AD)


@pytest.mark.parametrize("keep", [0, 10, HEADER_BYTES, HEADER_BYTES + 5])
def test_cut_to_the_header_is_detected(store: BlobStore, keep: int):
    name, path = stored(store)
    path.write_bytes(path.read_bytes()[:keep])
    with pytest.raises(DamagedFile, match=name):
        store.read_all(name, keys, AD)


def test_extra_chunk_after_final_is_detected(store: BlobStore):
    name, path = stored(store)
    raw = path.read_bytes()
    path.write_bytes(raw + raw[chunk_offset(0) : chunk_offset(1)])
    # the short final chunk and the appended bytes now read as one part: it fails to open
    with pytest.raises(TamperedRecord, match=name):
        store.read_all(name, keys, AD)


def test_exact_multiple_then_appended_chunk_is_detected(store: BlobStore):
    info = store.write(io.BytesIO(b"a" * 2 * CHUNK_SIZE), KEY_V1, 1, AD)
    path = blob_path(store, info.name)
    raw = path.read_bytes()
    path.write_bytes(raw + raw[chunk_offset(0) : chunk_offset(1)])
    with pytest.raises(TamperedRecord, match="after its final part"):
        store.read_all(info.name, keys, AD)


def test_swapped_chunks_are_detected(store: BlobStore):
    name, path = stored(store)
    raw = path.read_bytes()
    first, second = raw[chunk_offset(0) : chunk_offset(1)], raw[chunk_offset(1) : chunk_offset(2)]
    path.write_bytes(raw[: chunk_offset(0)] + second + first + raw[chunk_offset(2) :])
    with pytest.raises(TamperedRecord, match=name):
        store.read_all(name, keys, AD)


def test_a_chunk_from_another_blob_is_detected(store: BlobStore):
    name, path = stored(store)
    _, other = stored(store)
    raw, foreign = path.read_bytes(), other.read_bytes()
    mixed = (
        raw[: chunk_offset(1)] + foreign[chunk_offset(1) : chunk_offset(2)] + raw[chunk_offset(2) :]
    )
    path.write_bytes(mixed)
    with pytest.raises(TamperedRecord, match=f"Part 2 of the media file {name}"):
        store.read_all(name, keys, AD)


def test_swapped_blob_files_fail_because_their_places_differ(store: BlobStore):
    ad_a, ad_b = b"media|row-a|story", b"media|row-b|story"
    a = store.write([b"testimony A audio"], KEY_V1, 1, ad_a)
    b = store.write([b"testimony B audio"], KEY_V1, 1, ad_b)
    path_a, path_b = blob_path(store, a.name), blob_path(store, b.name)
    raw_a, raw_b = path_a.read_bytes(), path_b.read_bytes()
    path_a.write_bytes(raw_b)
    path_b.write_bytes(raw_a)
    for name, ad in ((a.name, ad_a), (b.name, ad_b)):
        with pytest.raises(TamperedRecord, match=name):
            store.read_all(name, keys, ad)


def test_wrong_key_and_wrong_place_are_refused(store: BlobStore):
    name, _ = stored(store)
    with pytest.raises(TamperedRecord, match="key is wrong"):
        store.read_all(name, lambda _v: KEY_V2, AD)
    with pytest.raises(TamperedRecord):
        store.read_all(name, keys, b"media|another-row|story")


def test_missing_file_is_a_damaged_file(store: BlobStore):
    with pytest.raises(DamagedFile, match="missing"):
        store.read_all("0" * 32, keys, AD)


def test_nothing_is_yielded_from_a_tampered_chunk(store: BlobStore):
    name, path = stored(store)
    flip_byte(path, chunk_offset(1) + 1)
    received = []
    with pytest.raises(TamperedRecord):
        for chunk in store.read(name, keys, AD):
            received.append(chunk)
    assert len(received) == 1  # only the authenticated first chunk


# -- memory -------------------------------------------------------------------------------

BIG = 200 * 1024 * 1024


def random_stream(total: int, piece: int = 1024 * 1024):
    block = os.urandom(piece)  # one random block, varied per piece: fast and not compressible
    for index in range(total // piece):
        yield index.to_bytes(8, "big") + block[8:]


@pytest.mark.slow
def test_200_mb_streams_with_flat_memory(store: BlobStore):
    started = time.perf_counter()
    tracemalloc.start()
    try:
        info = store.write(random_stream(BIG), KEY_V1, 1, AD)
        _, write_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        total = sum(len(chunk) for chunk in store.read(info.name, keys, AD))
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert info.size == total == BIG
    assert max(write_peak, read_peak) < 100 * 1024 * 1024
    assert max(write_peak, read_peak) < 8 * 1024 * 1024  # in fact a few chunks at most
    assert time.perf_counter() - started < 30
