"""Attack: flip, truncate, delete, swap and replace index files; then rebuild."""

from __future__ import annotations

import json
import shutil

import pytest

from haart_archive.search import (
    IndexNeedsRebuild,
    IndexTampered,
    RebuildCancelled,
    RebuildReason,
    SealedStorage,
    SearchIndex,
    segment_writer,
)
from haart_archive.search.index import MARKER

from .conftest import STORY_ID, corpus

QUERIES = ("passport", "wakala", "county:mombasa", '"the debt kept growing"', "recruit*")


def answers(index) -> list[list[str]]:
    return [[hit.id for hit in index.search(q).hits] for q in QUERIES]


def files(folder):
    return sorted(p for p in folder.iterdir() if p.is_file())


def test_every_flipped_byte_is_a_clear_error_naming_the_index(story, story_dir, key):
    before = answers(story)
    story.close()
    for path in files(story_dir):
        original = path.read_bytes()
        for offset in (0, len(original) // 2, len(original) - 1):
            damaged = bytearray(original)
            damaged[offset] ^= 0x01
            path.write_bytes(bytes(damaged))
            with pytest.raises(IndexNeedsRebuild) as caught:
                SearchIndex.open(story_dir, key, "story", STORY_ID)
            assert STORY_ID in str(caught.value)
            assert caught.value.reason in (RebuildReason.TAMPERED, RebuildReason.DAMAGED)
        path.write_bytes(original)
    reopened = SearchIndex.open(story_dir, key, "story", STORY_ID)
    assert answers(reopened) == before
    reopened.close()


def test_tampered_index_is_rebuilt_with_the_same_results(story, story_dir, key):
    before = answers(story)
    story.close()
    largest = max(files(story_dir), key=lambda p: p.stat().st_size)
    data = bytearray(largest.read_bytes())
    data[len(data) // 3] ^= 0xFF
    largest.write_bytes(bytes(data))
    with pytest.raises(IndexTampered) as caught:
        SearchIndex.open(story_dir, key, "story", STORY_ID)
    assert caught.value.reason is RebuildReason.TAMPERED
    assert "changed or damaged" in caught.value.message
    rebuilt, why = SearchIndex.open_or_rebuild(story_dir, key, "story", STORY_ID, corpus)
    assert why is not None and why.reason is RebuildReason.TAMPERED
    assert answers(rebuilt) == before
    rebuilt.close()


def test_truncated_file(story, story_dir, key):
    story.close()
    path = files(story_dir)[0]
    path.write_bytes(path.read_bytes()[:20])
    with pytest.raises(IndexTampered):
        SearchIndex.open(story_dir, key, "story", STORY_ID)


def test_ciphertext_moved_to_another_name_fails(story, story_dir, key):
    story.close()
    first, second = files(story_dir)[:2]
    first.write_bytes(second.read_bytes())
    with pytest.raises(IndexTampered):
        SearchIndex.open(story_dir, key, "story", STORY_ID)


def test_deleted_file_is_damage(story, story_dir, key):
    story.close()
    storage = SealedStorage(story_dir, key, STORY_ID)
    segment = next(
        name for name in storage.list() if name != MARKER and not name.startswith("_MAIN_")
    )
    storage.delete_file(segment)
    with pytest.raises(IndexNeedsRebuild) as caught:
        SearchIndex.open(story_dir, key, "story", STORY_ID)
    assert caught.value.reason is RebuildReason.DAMAGED


def test_missing_index(tmp_path, key):
    with pytest.raises(IndexNeedsRebuild) as caught:
        SearchIndex.open(tmp_path / "nothing", key, "story", STORY_ID)
    assert caught.value.reason is RebuildReason.MISSING
    assert "rebuilt" in caught.value.message


def test_older_schema_asks_for_a_rebuild(story, story_dir, key):
    story.close()
    storage = SealedStorage(story_dir, key, STORY_ID)
    with storage.create_file(MARKER) as handle:
        handle.write(json.dumps({"schema_version": 0, "tier": "story"}).encode())
    with pytest.raises(IndexNeedsRebuild) as caught:
        SearchIndex.open(story_dir, key, "story", STORY_ID)
    assert caught.value.reason is RebuildReason.OLD_SCHEMA


def test_cancelled_rebuild_leaves_the_previous_index(story, story_dir, key, tmp_path):
    before = answers(story)
    seen = []
    cancel_after = iter(range(3, -1, -1))
    with pytest.raises(RebuildCancelled):
        story.rebuild(corpus() * 40, cancelled=lambda: next(cancel_after, 0) == 0)
    assert answers(story) == before
    story.rebuild(corpus() * 60, total=300, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (375, 375)  # a step per document, and a quarter more for writing
    assert seen == sorted(seen) and (300, 375) in seen
    assert story.doc_count == 300
    assert not list(tmp_path.glob(".*rebuilding*"))
    shutil.rmtree(story_dir)


def test_cancel_while_the_index_is_written_leaves_the_previous_index(story, tmp_path, monkeypatch):
    monkeypatch.setattr(segment_writer, "REPORT_EVERY", 10)
    before = answers(story)
    all_added = []
    with pytest.raises(RebuildCancelled):
        story.rebuild(
            corpus() * 60, total=300,
            progress=lambda done, total: all_added.append(done >= 300),
            cancelled=lambda: any(all_added),
        )
    assert any(all_added)  # the cancel came after every document was in, while writing
    assert answers(story) == before
    assert not list(tmp_path.glob(".*rebuilding*"))
    story.rebuild(corpus())  # the writer's lock was released
    assert answers(story) == before
