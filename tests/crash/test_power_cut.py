"""A power cut while the vault header is rewritten: the archive opens with the old header
or the new one, never with neither."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from haart_archive import fileutil
from haart_archive.archive import Archive
from haart_archive.errors import WrongPassphrase
from tests.conftest import PASSPHRASES, USER_NAMES
from tests.crash.harness import Zygote

NEW_PASSPHRASE = "a brand new passphrase for dalila"


@pytest.fixture(scope="module")
def zygote() -> Iterator[Zygote]:
    process = Zygote()
    yield process
    process.close()


def _which_header(path: Path) -> str:
    opens = {}
    for label, passphrase in (("old", PASSPHRASES["advocate"]), ("new", NEW_PASSPHRASE)):
        try:
            Archive.open(path, USER_NAMES["advocate"], passphrase).lock()
            opens[label] = True
        except WrongPassphrase:
            opens[label] = False
    assert sum(opens.values()) == 1, opens
    with Archive.open(path, USER_NAMES["custodian"], PASSPHRASES["custodian"]) as archive:
        assert archive.check().ok and archive.verify_audit().ok
    return "old" if opens["old"] else "new"


@pytest.mark.parametrize(("moment", "expected"), [
    ("before-fsync", "old"), ("before-replace", "old"), ("after-replace", "new"),
])
def test_killed_inside_the_header_write(zygote, archive_copy, moment, expected):
    outcome = zygote.run({
        "path": str(archive_copy.path), "user": USER_NAMES["custodian"], "passphrase": PASSPHRASES["custodian"],
        "op": "header", "target": USER_NAMES["advocate"], "new_passphrase": NEW_PASSPHRASE, "die_at": moment,
    }, None)
    assert outcome.killed
    assert _which_header(archive_copy.path) == expected


def test_a_write_that_fails_midway_leaves_the_old_header(archive_copy, monkeypatch):
    real_replace = fileutil.os.replace

    def half_written(source: str | Path, target: str | Path) -> None:
        # The temp file is cut in half, then the "power" fails before the rename.
        with open(source, "r+b") as handle:
            handle.truncate(handle.seek(0, 2) // 2)
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(fileutil.os, "replace", half_written)
    with archive_copy.open("custodian") as archive, pytest.raises(OSError):
        archive.users.reset_passphrase(USER_NAMES["advocate"], NEW_PASSPHRASE)
    monkeypatch.setattr(fileutil.os, "replace", real_replace)
    assert _which_header(archive_copy.path) == "old"
    assert not list(archive_copy.path.glob(".vault.header.*"))
