"""The archive's search service: damage found after opening (a chunk in the middle of a
file, read lazily) rebuilds the index from the store, and the search still answers;
opening and warming off the UI thread; a rebuild keeps the old index answering."""

from __future__ import annotations

import random
import threading

import pytest

from haart_archive.media.blobs import HEADER_BYTES, SEALED_CHUNK_SIZE
from haart_archive.search import SealedStorage, SearchIndex
from haart_archive.search.storage import WHOLE_FILE_BYTES
from haart_archive.services.search import INDEX_FOLDER
from haart_archive.types.testimonies import Tags, TestimonyDraft


def long_drafts(count: int) -> list[TestimonyDraft]:
    """Testimonies of made-up words (seeded) long enough for multi-chunk index files."""
    words = random.Random(7)
    syllables = ["ka", "mi", "to", "zu", "re", "na", "po", "li", "shi", "wa", "ge", "bo"]
    drafts = []
    for number in range(count):
        made_up = " ".join("".join(words.choice(syllables) for _ in range(3)) for _ in range(3000))
        drafts.append(TestimonyDraft(
            title=f"Long account {number}",
            text=f"The agent took my passport in Riyadh. {made_up}",
            language="en", county="kilifi", tags=Tags(exploitation=("forced_labour",)),
        ))
    return drafts


def story_files(folder) -> list:
    return [p for p in (folder / INDEX_FOLDER / "story").iterdir() if p.is_file()]


def flip_middle_chunk(path) -> None:
    data = bytearray(path.read_bytes())
    data[HEADER_BYTES + SEALED_CHUNK_SIZE + 100] ^= 0x01  # chunk 1 of at least 3
    path.write_bytes(bytes(data))


@pytest.fixture
def long_archive(archive_copy):
    with archive_copy.open("editor") as archive:
        with archive.bulk():
            archive.testimonies.add_many(long_drafts(40))
        assert archive.search.search("passport").total >= 40
    return archive_copy


def test_damage_in_the_middle_of_a_file_is_found_and_the_index_rebuilt(long_archive):
    biggest = max(story_files(long_archive.path), key=lambda p: p.stat().st_size)
    assert biggest.stat().st_size > HEADER_BYTES + 3 * SEALED_CHUNK_SIZE
    flip_middle_chunk(biggest)
    with long_archive.open("editor") as archive:
        assert archive.search.open_indexes() is None  # opening reads only the ends of files
        assert archive.search.verify_indexes() is False  # the background check finds it
        assert "rebuilt" in (archive.search.rebuild_notice or "")
        assert archive.search.search("passport").total >= 40
        assert archive.search.verify_indexes() is True
    with long_archive.open("custodian") as archive:
        assert "search index rebuilt" in {entry.action for entry in archive.audit_entries()}


def test_a_search_that_runs_into_damage_rebuilds_and_answers(long_archive, monkeypatch):
    with long_archive.open("editor") as archive:
        expected = {hit.id for hit in archive.search.search('"agent took"', page_size=100).hits}
        key = archive.search._key(archive.search.default_tier())
        index_id = archive.search._index_id(archive.search.default_tier())
    folder = long_archive.path / INDEX_FOLDER / "story"
    storage = SealedStorage(folder, key, index_id)
    postings = max(
        (p for p in story_files(long_archive.path) if storage.logical_name(p.name).endswith(".pst")),
        key=lambda p: p.stat().st_size,
    )
    assert postings.stat().st_size > WHOLE_FILE_BYTES  # read chunk by chunk, not whole at open
    data = bytearray(postings.read_bytes())
    for index in range(len(data) // SEALED_CHUNK_SIZE - 1):  # every chunk but the last
        data[HEADER_BYTES + index * SEALED_CHUNK_SIZE + 50] ^= 0x01
    postings.write_bytes(bytes(data))
    with long_archive.open("editor") as archive:
        assert archive.search.open_indexes() is None  # the damage is not seen at opening
        found = {hit.id for hit in archive.search.search('"agent took"', page_size=100).hits}
        assert found == expected
        assert "rebuilt" in (archive.search.rebuild_notice or "")


def test_indexes_open_on_a_worker_thread_and_a_rebuild_keeps_answering(long_archive):
    with long_archive.open("editor") as archive:
        opened = []
        worker = threading.Thread(target=lambda: opened.append(archive.search.open_indexes()))
        worker.start()
        worker.join(60)
        assert opened == [None]
        before = archive.search.search("passport").total
        answers = []
        original_stage = SearchIndex.stage

        def stage_while_searching(*args, **kwargs):  # a search arrives mid-rebuild
            staged = original_stage(*args, **kwargs)
            answers.append(archive.search.search("passport").total)
            return staged

        SearchIndex.stage = stage_while_searching
        try:
            steps = []
            archive.search.rebuild("story", progress=lambda done, total: steps.append((done, total)))
        finally:
            SearchIndex.stage = original_stage
        assert answers == [before]
        assert steps and steps[-1][0] == steps[-1][1]
        assert archive.search.search("passport").total == before
