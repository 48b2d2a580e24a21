"""Attack: read every byte the index and its temp folder ever hold; no canary may appear."""

from __future__ import annotations

import dataclasses
import tempfile
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


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


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
