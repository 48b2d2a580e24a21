"""Attack: read every byte the index and its temp folder ever hold; no canary may appear."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from whoosh.lang.porter import stem

from haart_archive.search import IndexedDocument, SearchIndex
from haart_archive.search import index as index_module

from .conftest import STORY_ID, corpus

CANARIES = (
    "Qwxtitlecanary",
    "Qwxbodycanary",
    "Qwxpersoncanary",
    "Qwxroutecanary",
    "Qwxsectorcanary",
)


def canary_forms(canary: str) -> list[bytes]:
    forms = {canary, canary.lower(), canary.upper(), stem(canary.lower())}
    encoded = []
    for form in forms:
        encoded += [form.encode("utf-8"), form.encode("utf-16-le"), form.encode("utf-16-be")]
    return encoded


def planted(number: int) -> IndexedDocument:
    title, body, person, route, sector = CANARIES
    filler = " ".join(f"word{n} testimony agent passport" for n in range(300))
    return IndexedDocument(
        id=f"C{number}",
        title=f"{title} number {number}",
        body=f"{filler} {body} said the {person} again. {filler}",
        language="en" if number % 2 else "sw",
        people=(f"{person} Kamau",),
        routes=(route,),
        sectors=(sector,),
        exploitation=("forced_labour",),
        county="Kilifi",
    )


def scan(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [
                f"{path.name}: {c}" for c in CANARIES if any(f in data for f in canary_forms(c))
            ]
    return found


def test_no_canary_on_disk_after_index_merge_optimize_delete(
    tmp_path, key, private_tmp, monkeypatch
):
    # A tiny posting pool forces Whoosh to spill runs to its temp storage.
    monkeypatch.setattr(index_module, "WRITER_MEMORY_MB", 0.02)
    folder = tmp_path / "index"
    index = SearchIndex.build(folder, key, "story", STORY_ID, [planted(n) for n in range(6)])
    for number in range(6, 12):  # one commit each: many segments, merged by Whoosh
        index.add(planted(number))
    index.update(dataclasses.replace(planted(3), body="changed"))
    index.delete("C4")
    index.add_many(corpus())
    assert index.search(CANARIES[1]).total == 10
    assert index.search(f"people:{CANARIES[2]}").total == 11
    index.optimize()
    index.close()
    assert scan(folder) == []
    assert scan(private_tmp) == []
    assert all(name.endswith(".hx") for name in (p.name for p in folder.iterdir()))


def test_canary_check_sees_plaintext(tmp_path):
    """The scanner itself finds a canary written plainly (the test can fail)."""
    (tmp_path / "plain").write_bytes(CANARIES[0].lower().encode("utf-16-le"))
    assert scan(tmp_path)


KILLED_CHILD = r"""
import os, sys, time
sys.path.insert(0, os.getcwd())
from pathlib import Path
from haart_archive.search import SearchIndex
from haart_archive.search import index as index_module, segment_writer
from tests.search.conftest import corpus
from tests.search.test_leak import planted

folder, key, phase, parallel = Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), sys.argv[3], sys.argv[4]
SearchIndex.build(folder, key, "story", "test-story", corpus()).close()  # the previous index
index_module.WRITER_MEMORY_MB = 0.05  # spill runs early and often
index_module.PARALLEL_MIN_DOCUMENTS = 1 if parallel == "parallel" else 10**9


def stop_here(what):
    import multiprocessing
    workers = [str(process.pid) for process in multiprocessing.active_children()]
    print(" ".join([what, *workers]), flush=True)
    time.sleep(120)  # the parent kills us here


def progress(done, total):
    if phase == "adding" and done >= 200:
        stop_here("adding")


write_term = segment_writer._BulkFieldWriter._write_term
written = []


def write_term_then_stop(self, *args):
    write_term(self, *args)
    written.append(1)
    if phase == "writing" and len(written) == 400:
        stop_here("writing")


segment_writer._BulkFieldWriter._write_term = write_term_then_stop
SearchIndex.build(folder, key, "story", "test-story", (planted(n) for n in range(400)), 400, progress)
print("finished", flush=True)
"""


def run_until(phase: str, folder: Path, key: bytes, private_tmp: Path, parallel: str = "single") -> list[int]:
    """Start a rebuild in a child process and SIGKILL it when it reaches `phase`; returns
    the process ids of its workers (with `parallel`), which may outlive it."""
    import os
    import select
    import signal
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "TMPDIR": str(private_tmp)}
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_CHILD, str(folder), key.hex(), phase, parallel],
        cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        ready, _, _ = select.select([child.stdout], [], [], 120)
        line = child.stdout.readline().split() if ready else []
        why = "" if ready else child.stderr.read()
        assert line[:1] == [phase], f"the child did not reach {phase!r}: {line!r} {why}"
        os.kill(child.pid, signal.SIGKILL)
        return [int(pid) for pid in line[1:]]
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
        child.stderr.close()


def wait_until_gone(pids: list[int], seconds: float = 120) -> None:
    """Wait for processes (orphaned workers) to end; a zombie counts as ended."""
    import os
    import time

    deadline = time.monotonic() + seconds
    for pid in pids:
        while time.monotonic() < deadline:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except (FileNotFoundError, ProcessLookupError):
                break
            if state == "Z":
                break
            time.sleep(0.1)
        else:
            os.kill(pid, 9)
            raise AssertionError(f"worker {pid} outlived its parent by {seconds} s")


@pytest.mark.slow
@pytest.mark.parametrize("parallel", ["single", "parallel"])
@pytest.mark.parametrize("phase", ["adding", "writing"])
def test_rebuild_killed_halfway_leaves_no_plaintext_and_the_next_open_is_clean(
    tmp_path, key, private_tmp, phase, parallel
):
    folder = tmp_path / "index"
    workers = run_until(phase, folder, key, private_tmp, parallel)
    # A worker whose parent was killed stops by itself (or finishes its sealed segment); while
    # writing, the worker may already have finished its share before the parent is killed.
    if parallel == "single" or phase == "adding":
        assert len(workers) == (1 if parallel == "parallel" else 0)
    else:
        assert len(workers) <= 1
    wait_until_gone(workers)
    staging = folder.with_name(f".{folder.name}.rebuilding")
    left = sorted(p.name.rsplit(".", 1)[-1] for p in staging.iterdir())
    # The kill came while scratch files were on disk (sealed spill runs, a file half written).
    assert "spill" in left
    if phase == "writing":
        assert "partial" in left
    assert scan(tmp_path) == []
    assert scan(private_tmp) == []
    # The previous index opens as it was; the next rebuild clears what the dead one left.
    index = SearchIndex.open(folder, key, "story", STORY_ID)
    assert index.search("wakala").total == 1
    assert index.search(CANARIES[1]).total == 0
    index.rebuild([planted(n) for n in range(20)])
    assert index.search(CANARIES[1]).total == 20
    index.close()
    assert not staging.exists()
    assert scan(tmp_path) == []
