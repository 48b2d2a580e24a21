"""Attack the chunked format: flip, cut, reorder and swap chunks and files; expect a
clear `IndexTampered` naming the index, and a rebuild that answers as before."""

from __future__ import annotations

import dataclasses
import os
import random
from pathlib import Path

import pytest

from haart_archive.media.blobs import HEADER_BYTES, SEALED_CHUNK_SIZE
from haart_archive.search import IndexTampered, RebuildReason, SealedStorage, SearchIndex

from .conftest import STORY_ID, corpus

QUERIES = ("passport", "wakala", '"the debt kept growing"', "recruit*", "county:mombasa", "told:[2019 to 2022]")


def long_corpus() -> list:
    """The test corpus, each testimony copied with made-up words added (seeded, so the
    same every time) until the postings and stored-text files span several 64 KiB chunks."""
    words = random.Random(20)
    syllables = ["ka", "mi", "to", "zu", "re", "na", "po", "li", "shi", "wa"]
    docs = []
    for copy in range(12):
        for doc in corpus():
            made_up = " ".join(
                "".join(words.choice(syllables) for _ in range(words.randint(2, 3))) for _ in range(1500)
            )
            docs.append(dataclasses.replace(doc, id=f"{doc.id}-{copy}", body=f"{doc.body} {made_up}"))
    return docs


def answers(index: SearchIndex) -> list:
    return [(r.total, [hit.id for hit in r.hits]) for r in (index.search(q) for q in QUERIES)]


def chunk_count(path: Path) -> int:
    return -(-(path.stat().st_size - HEADER_BYTES) // SEALED_CHUNK_SIZE)


def chunk_bounds(index: int) -> tuple[int, int]:
    start = HEADER_BYTES + index * SEALED_CHUNK_SIZE
    return start, start + SEALED_CHUNK_SIZE


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, bytes, list]:
    """One long index, built once; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("chunks") / "index"
    key = os.urandom(32)
    index = SearchIndex.build(folder, key, "story", STORY_ID, long_corpus())
    expected = answers(index)
    index.close()
    return folder, key, expected


@pytest.fixture
def copy(built, tmp_path) -> tuple[Path, bytes, list]:
    folder, key, expected = built
    target = tmp_path / "index"
    target.mkdir()
    for path in folder.iterdir():
        (target / path.name).write_bytes(path.read_bytes())
    return target, key, expected


def multi_chunk_files(folder: Path) -> list[Path]:
    files = sorted((p for p in folder.iterdir() if chunk_count(p) >= 3), key=lambda p: p.stat().st_size)
    assert len(files) >= 2, "the long corpus makes at least two files of three chunks or more"
    return files


def expect_tampered_then_rebuilt(folder: Path, key: bytes, expected: list, *, at_open: bool) -> None:
    """Damage shows as IndexTampered (at open, or when read); a rebuild answers as before."""
    if at_open:
        with pytest.raises(IndexTampered) as caught:
            SearchIndex.open(folder, key, "story", STORY_ID)
    else:
        index = SearchIndex.open(folder, key, "story", STORY_ID)  # opening stays cheap
        with pytest.raises(IndexTampered) as caught:
            index.verify()
        index.close()
    assert caught.value.reason is RebuildReason.TAMPERED
    assert STORY_ID in caught.value.message and "changed or damaged" in caught.value.message
    rebuilt, why = SearchIndex.open_or_rebuild(folder, key, "story", STORY_ID, long_corpus)
    if at_open:
        assert why is not None and why.reason is RebuildReason.TAMPERED
    else:
        rebuilt.close()
        rebuilt = SearchIndex.build(folder, key, "story", STORY_ID, long_corpus())
    assert answers(rebuilt) == expected
    rebuilt.verify()
    rebuilt.close()


def test_the_untouched_copy_verifies_and_answers(copy):
    folder, key, expected = copy
    index = SearchIndex.open(folder, key, "story", STORY_ID)
    index.verify()
    assert answers(index) == expected
    index.close()


def test_flipped_byte_in_a_middle_chunk_fails_when_that_chunk_is_read(copy):
    folder, key, expected = copy
    largest = multi_chunk_files(folder)[-1]
    data = bytearray(largest.read_bytes())
    start, end = chunk_bounds(1)
    data[(start + end) // 2] ^= 0x01
    largest.write_bytes(bytes(data))
    # Reading every chunk (the background check, or searches that reach it) fails.
    expect_tampered_then_rebuilt(folder, key, expected, at_open=False)


def test_a_search_that_reads_a_damaged_chunk_raises_instead_of_answering(copy):
    folder, key, expected = copy
    storage = SealedStorage(folder, key, STORY_ID)
    (postings,) = [p for p in folder.iterdir() if storage.logical_name(p.name).endswith(".pst")]
    assert chunk_count(postings) >= 3
    data = bytearray(postings.read_bytes())
    for index in range(chunk_count(postings) - 1):
        start, _end = chunk_bounds(index)
        data[start + 100] ^= 0x80  # every chunk but the final one
    postings.write_bytes(bytes(data))
    index = SearchIndex.open(folder, key, "story", STORY_ID)
    with pytest.raises(IndexTampered):
        for text in QUERIES:
            index.search(text)
    index.close()


@pytest.mark.parametrize("cut", ["final chunk", "inside a chunk", "header"])
def test_truncated_file_is_refused_at_open(copy, cut):
    folder, key, expected = copy
    path = multi_chunk_files(folder)[-1]
    data = path.read_bytes()
    last_start = HEADER_BYTES + (chunk_count(path) - 1) * SEALED_CHUNK_SIZE
    cut_at = {"final chunk": last_start, "inside a chunk": last_start - 1000, "header": 20}[cut]
    path.write_bytes(data[:cut_at])
    expect_tampered_then_rebuilt(folder, key, expected, at_open=True)


def test_data_appended_after_the_final_chunk_is_refused(copy):
    folder, key, expected = copy
    path = multi_chunk_files(folder)[0]
    path.write_bytes(path.read_bytes() + os.urandom(40))
    expect_tampered_then_rebuilt(folder, key, expected, at_open=True)


def test_chunks_reordered_within_a_file_fail(copy):
    folder, key, expected = copy
    path = multi_chunk_files(folder)[-1]
    data = bytearray(path.read_bytes())
    first, second = chunk_bounds(0), chunk_bounds(1)
    chunk0, chunk1 = data[slice(*first)], data[slice(*second)]
    data[slice(*first)], data[slice(*second)] = chunk1, chunk0
    path.write_bytes(bytes(data))
    expect_tampered_then_rebuilt(folder, key, expected, at_open=False)


def test_chunk_swapped_between_two_files_fails(copy):
    folder, key, expected = copy
    one, two = multi_chunk_files(folder)[-2:]
    data_one, data_two = bytearray(one.read_bytes()), bytearray(two.read_bytes())
    bounds = slice(*chunk_bounds(1))
    data_one[bounds], data_two[bounds] = data_two[bounds], data_one[bounds]
    one.write_bytes(bytes(data_one))
    two.write_bytes(bytes(data_two))
    expect_tampered_then_rebuilt(folder, key, expected, at_open=False)


def test_whole_files_swapped_by_renaming_fail_at_open(copy):
    folder, key, expected = copy
    one, two = multi_chunk_files(folder)[-2:]
    parked = one.with_name("parked")
    os.rename(one, parked)
    os.rename(two, one)
    os.rename(parked, two)
    expect_tampered_then_rebuilt(folder, key, expected, at_open=True)


def test_final_chunk_replaced_by_another_files_final_chunk_fails_at_open(copy):
    folder, key, expected = copy
    one, two = multi_chunk_files(folder)[-2:]
    tail_two = two.read_bytes()[HEADER_BYTES + (chunk_count(two) - 1) * SEALED_CHUNK_SIZE :]
    data_one = one.read_bytes()
    one.write_bytes(data_one[: HEADER_BYTES + (chunk_count(one) - 1) * SEALED_CHUNK_SIZE] + tail_two)
    expect_tampered_then_rebuilt(folder, key, expected, at_open=True)


def test_names_and_contents_on_disk_say_nothing(copy):
    folder, key, _expected = copy
    storage = SealedStorage(folder, key, STORY_ID)
    for path in folder.iterdir():
        assert path.name.endswith(".hx") and path.name.count(".") == 1
        assert "main_" not in path.name.lower()
        content = path.read_bytes()
        for word in (b"passport", b"Kilifi", b"kilifi", b"recruiter", b"_MAIN_"):
            assert word not in content
    assert len(storage.list()) == len(list(folder.iterdir()))
