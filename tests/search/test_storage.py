"""The sealed storage on its own: names, re-sealing, temp files, locks, index operations."""

from __future__ import annotations

import dataclasses
import marshal

import pytest
from whoosh.writing import LockError

from haart_archive.search import IndexTampered, SealedStorage, SearchIndex
from haart_archive.search.storage import SealedTempStorage

from .conftest import STORY_ID, corpus


def test_names_on_disk_are_opaque(tmp_path, key):
    storage = SealedStorage(tmp_path, key, "ix").create()
    with storage.create_file("_MAIN_1.toc") as handle:
        handle.write(b"table of contents")
    (disk,) = [p.name for p in tmp_path.iterdir()]
    assert "MAIN" not in disk.upper() and "toc" not in disk
    assert storage.list() == ["_MAIN_1.toc"]
    assert storage.file_length("_MAIN_1.toc") == len(b"table of contents")


def test_rename_re_seals_under_the_new_name(tmp_path, key):
    storage = SealedStorage(tmp_path, key, "ix").create()
    with storage.create_file("a") as handle:
        handle.write(b"contents")
    sealed_a = (tmp_path / storage.disk_name("a")).read_bytes()
    storage.rename_file("a", "b")
    assert storage.list() == ["b"]
    fresh = SealedStorage(tmp_path, key, "ix")
    assert fresh.open_file("b").read() == b"contents"
    # The old ciphertext placed under the new name does not open.
    (tmp_path / storage.disk_name("b")).write_bytes(sealed_a)
    with pytest.raises(IndexTampered):
        SealedStorage(tmp_path, key, "ix").read_plaintext("b")


def test_spill_runs_go_to_disk_sealed_and_are_removed(tmp_path, key):
    temp = SealedStorage(tmp_path, key, "ix").temp_storage()
    assert isinstance(temp, SealedTempStorage)
    raw = temp.create_file("run").raw_file()
    items = [("body_en", f"spilledword{n}".encode(), n, 1.0, None) for n in range(20_000)]
    for item in items:  # as Whoosh's posting pool writes its runs
        marshal.dump(item, raw, 2)
    raw.close()
    (spill,) = list(tmp_path.iterdir())
    assert spill.name.endswith(".spill")
    assert b"spilledword" not in spill.read_bytes()
    assert spill.stat().st_size > 64 * 1024  # several chunks, streamed to disk
    reader = temp.open_file("run").raw_file()
    assert [marshal.load(reader) for _ in items] == items
    reader.close()
    temp.destroy()
    assert list(tmp_path.iterdir()) == []


def test_column_buffer_is_written_then_read_back_at_random(tmp_path, key):
    temp = SealedStorage(tmp_path, key, "ix").temp_storage()
    scratch = temp.create_file("cols", mode="w+b")
    scratch.write(b"a" * 70_000 + b"column bytes" + b"z" * 10)
    assert scratch.tell() == 70_022
    scratch.seek(70_000)
    assert scratch.read(12) == b"column bytes"
    scratch.close()
    temp.destroy()


def test_writer_lock_is_exclusive_across_storages_of_one_folder(tmp_path, key):
    first = SealedStorage(tmp_path, key, "ix").lock("WRITELOCK")
    second = SealedStorage(tmp_path, key, "ix").lock("WRITELOCK")
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


def test_second_whoosh_writer_is_refused_while_one_is_open(story):
    writer = story._ix.writer()
    try:
        with pytest.raises(LockError):
            story._ix.writer(timeout=0.1)
    finally:
        writer.cancel()


def test_add_update_delete_follow_the_store(story):
    assert story.doc_count == 5
    changed = dataclasses.replace(corpus()[0], body="The madam kept my phone.")
    story.update(changed)
    assert story.search("passport").total == 0
    assert story.search("phone").total == 1
    story.delete("T1")
    assert story.search("phone").total == 0
    assert story.doc_count == 4
    story.add(corpus()[0])
    assert story.document_ids() == {"T1", "T2", "T3", "T4", "T5"}


def test_reopened_index_answers_the_same(story, story_dir, key):
    before = [h.id for h in story.search("debt OR wakala").hits]
    story.close()
    again = SearchIndex.open(story_dir, key, "story", STORY_ID)
    assert [h.id for h in again.search("debt OR wakala").hits] == before
    again.close()
