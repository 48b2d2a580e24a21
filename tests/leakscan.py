"""Scan every byte under some folders for canary strings, in the forms a leak could take."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def canary_forms(canary: str) -> list[bytes]:
    forms = []
    for text in {canary, canary.lower(), canary.upper()}:
        forms += [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    return forms


def scan(folders: Iterable[Path], canaries: Iterable[str]) -> list[str]:
    """Every (file, canary) pair where a canary appears in any form; empty means clean."""
    canaries = list(canaries)
    hits = []
    scanned = 0
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if not path.is_file():
                continue
            data = path.read_bytes()
            scanned += 1
            for canary in canaries:
                if any(form in data for form in canary_forms(canary)):
                    hits.append(f"{path}: {canary}")
                if canary.encode() in str(path).encode():
                    hits.append(f"{path} (file name): {canary}")
    assert scanned > 0, "the leak scan read no file at all"
    return hits
