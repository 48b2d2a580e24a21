"""A rebuild shared with a worker process: same answers, cancel and failure leave the old
index, no worker left running, no plaintext from either process."""

from __future__ import annotations

import dataclasses
import multiprocessing

import pytest
from whoosh.fields import UnknownFieldError

from haart_archive.search import RebuildCancelled, SearchIndex, segment_writer
from haart_archive.search import index as index_module

from .conftest import STORY_ID, corpus
from .test_leak import CANARIES, planted, scan

QUERIES = (
    "passport", "wakala", '"debt kept growing"', CANARIES[1], f"people:{CANARIES[2]}", "agent AND testimony",
    "word17", "recruit*", "county:kilifi", "told:[2019 to 2022]",
)


def documents() -> list:
    return [*corpus(), *(planted(number) for number in range(120))]


@pytest.fixture
def parallel(monkeypatch):
    monkeypatch.setattr(index_module, "PARALLEL_MIN_DOCUMENTS", 1)
    monkeypatch.setattr(index_module, "WRITER_MEMORY_MB", 0.2)  # spill runs in both processes


def answers(index: SearchIndex) -> dict:
    found = {}
    for query in QUERIES:
        results = index.search(query, page_size=200)
        found[query] = (results.total, sorted(hit.id for hit in results.hits), results.facets)
    return found


def test_parallel_build_answers_as_the_single_process_build(tmp_path, key, monkeypatch):
    single = SearchIndex.build(tmp_path / "single", key, "story", STORY_ID, documents())
    expected = answers(single)
    single.close()
    monkeypatch.setattr(index_module, "PARALLEL_MIN_DOCUMENTS", 1)
    monkeypatch.setattr(index_module, "WRITER_MEMORY_MB", 0.2)
    steps = []
    index = SearchIndex.build(tmp_path / "two", key, "story", STORY_ID, documents(), len(documents()),
                              progress=lambda done, total: steps.append((done, total)))
    assert index.doc_count == len(documents())
    assert len(index._ix._segments()) == 2  # the worker's segment and this process's
    assert answers(index) == expected
    assert steps[-1][0] == steps[-1][1] and [done for done, _ in steps] == sorted(done for done, _ in steps)
    # It stays an ordinary index: updates, deletes and reopening work across both segments.
    index.update(dataclasses.replace(planted(7), body="changed"))
    index.delete("T1")
    assert index.search(CANARIES[1]).total == 119
    assert index.search("passport").total == expected["passport"][0] - 2  # T1 and C7
    index.close()
    reopened = SearchIndex.open(tmp_path / "two", key, "story", STORY_ID)
    assert reopened.doc_count == len(documents()) - 1
    reopened.verify()
    reopened.close()
    assert multiprocessing.active_children() == []


def test_parallel_build_leaves_no_plaintext(tmp_path, key, parallel, private_tmp):
    folder = tmp_path / "index"
    index = SearchIndex.build(folder, key, "story", STORY_ID, documents(), len(documents()))
    assert index.search(CANARIES[1]).total == 120
    index.close()
    assert scan(tmp_path) == []
    assert scan(private_tmp) == []
    assert all(path.name.endswith(".hx") for path in folder.iterdir())


@pytest.mark.parametrize("phase", ["adding", "writing"])
def test_cancel_stops_the_worker_and_keeps_the_old_index(story, story_dir, key, parallel, monkeypatch, phase):
    monkeypatch.setattr(segment_writer, "REPORT_EVERY", 10)  # report (and ask) often while writing
    count = len(documents())
    state = {"writing": False, "asked": 0}

    def progress(done: int, _total: int) -> None:
        state["writing"] = done > count

    def cancelled() -> bool:
        state["asked"] += 1
        return state["writing"] if phase == "writing" else state["asked"] > 60

    with pytest.raises(RebuildCancelled):
        story.rebuild(documents(), count, progress, cancelled)
    assert multiprocessing.active_children() == []
    assert not story_dir.with_name(f".{story_dir.name}.rebuilding").exists()
    assert story.search("wakala").total == 1
    assert story.search(CANARIES[1]).total == 0


def test_a_failure_in_either_process_leaves_the_old_index(story, story_dir, key, parallel, monkeypatch):
    real = index_module.to_fields
    seen = []

    def broken_after_a_while(doc, tier):
        fields = real(doc, tier)
        seen.append(doc.id)
        if len(seen) > 60:  # batches of these reach the worker and this process alike
            fields["no_such_field"] = "x"
        return fields

    monkeypatch.setattr(index_module, "to_fields", broken_after_a_while)
    with pytest.raises(UnknownFieldError):
        story.rebuild(documents(), len(documents()))
    assert multiprocessing.active_children() == []
    assert not story_dir.with_name(f".{story_dir.name}.rebuilding").exists()
    assert story.search("wakala").total == 1


def test_where_no_worker_can_start_the_build_runs_in_one_process(tmp_path, key, parallel, monkeypatch):
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("daemonic processes are not allowed to have children")

    monkeypatch.setattr(index_module.SegmentWorker, "__init__", refuse)
    index = SearchIndex.build(tmp_path / "index", key, "story", STORY_ID, documents(), len(documents()))
    assert len(index._ix._segments()) == 1
    assert index.search(CANARIES[1]).total == 120
    index.close()


def test_a_worker_error_quoting_indexed_text_crosses_as_its_type_alone():
    from haart_archive.errors import InvalidInput
    from haart_archive.messages import Message
    from haart_archive.search.parallel import WorkerFailed, _portable

    leaked = _portable(ValueError("bad term 'Achieng Awino' in field text"))
    assert isinstance(leaked, WorkerFailed) and "Achieng" not in str(leaked) and "ValueError" in str(leaked)
    typed = InvalidInput(Message("The index cannot be written."))
    assert _portable(typed) is typed
