"""A full disk (a file size limit in the child process): a clear typed error, and the
archive as it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from haart_archive.archive import Archive
from tests.conftest import PASSPHRASES, USER_NAMES, ArchiveFixture
from tests.crash.harness import Zygote, fresh_copy
from tests.crash.judges import build_crash_template


@pytest.fixture(scope="module")
def crash_template(template_archive: ArchiveFixture, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_crash_template(template_archive.path, tmp_path_factory.mktemp("disk-full") / "template")


@pytest.fixture(scope="module")
def zygote() -> Iterator[Zygote]:
    process = Zygote()
    yield process
    process.close()


def _command(path: Path, op: str, limit: int, **extra: object) -> dict:
    return {"path": str(path), "user": USER_NAMES["custodian"], "passphrase": PASSPHRASES["custodian"],
            "op": op, "file_size_limit": limit, **extra}


def _state(path: Path) -> tuple:
    with Archive.open(path, USER_NAMES["custodian"], PASSPHRASES["custodian"]) as archive:
        assert archive.check().ok and archive.verify_audit().ok
        titles = sorted(t.title for t in archive.testimonies.list())
        users = sorted(m.name for m in archive.users.list())
    return titles, users


@pytest.mark.parametrize("limit", [64 * 1024, 600 * 1024])  # fails in the snapshot / in the output
def test_backup_on_a_full_disk(zygote, crash_template, tmp_path, limit):
    path = fresh_copy(crash_template, tmp_path / "archive")
    before = _state(path)
    out = tmp_path / "full.hbk"
    outcome = zygote.run(_command(path, "backup", limit, out=str(out)), None)
    assert outcome.error is not None and outcome.error.startswith(
        "DamagedFile: The disk is full or could not be written"
    ), outcome.error
    assert not out.exists() and not list(tmp_path.glob(".full.hbk.*"))
    assert not list(path.glob(".backup-snapshot-*"))
    assert _state(path) == before


def test_restore_on_a_full_disk(zygote, crash_template, tmp_path):
    path = fresh_copy(crash_template, tmp_path / "archive")
    with Archive.open(path, USER_NAMES["custodian"], PASSPHRASES["custodian"]) as archive:
        archive.make_backup(tmp_path / "b.hbk")
    target = tmp_path / "restored"
    outcome = zygote.run(_command(path, "restore", 100 * 1024, backup=str(tmp_path / "b.hbk"), out=str(target)), None)
    assert outcome.error is not None and "disk is full" in outcome.error, outcome.error
    assert not target.exists() and not [p for p in tmp_path.iterdir() if "restoring" in p.name]


def test_adding_a_testimony_on_a_full_disk(zygote, crash_template, tmp_path):
    path = fresh_copy(crash_template, tmp_path / "archive")
    before = _state(path)
    outcome = zygote.run(_command(path, "add", 256 * 1024), None)
    assert outcome.error is not None and outcome.error.startswith("DamagedFile: The d"), outcome.error
    assert _state(path) == before


def test_a_passphrase_reset_on_a_full_disk(zygote, crash_template, tmp_path):
    path = fresh_copy(crash_template, tmp_path / "archive")
    outcome = zygote.run(_command(path, "header", 1024, target=USER_NAMES["advocate"],
                                  new_passphrase="a brand new passphrase for dalila"), None)
    assert outcome.error is not None and outcome.error.startswith("DamagedFile"), outcome.error
    Archive.open(path, USER_NAMES["advocate"], PASSPHRASES["advocate"]).lock()
    _state(path)
