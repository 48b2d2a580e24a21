"""SIGKILL at seeded random moments during indexing, key rotation and backup.

Each run copies a small archive, starts the operation in a real child process, kills it
with SIGKILL after a seeded delay within the operation's measured duration, then checks
that the archive opens, passes verify and check, and holds the whole operation or none.
50 runs in all here; `bench/crash.py` runs as many as asked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from haart_archive.vault.header import read_header
from tests.conftest import PASSPHRASES, USER_NAMES, ArchiveFixture
from tests.crash.harness import Zygote, fresh_copy, seeded_delays, timed
from tests.crash.judges import (
    build_crash_template,
    judge_backup,
    judge_rebuild,
    judge_rotation,
    search_totals,
)

RUNS = {"rebuild": 15, "remove": 20, "backup": 15}
SEED = 20240610


@pytest.fixture(scope="module")
def crash_template(template_archive: ArchiveFixture, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_crash_template(template_archive.path, tmp_path_factory.mktemp("crash") / "template")


@pytest.fixture(scope="module")
def zygote() -> Iterator[Zygote]:
    process = Zygote()
    yield process
    process.close()


def _custodian(path: Path, **extra: object) -> dict:
    return {"path": str(path), "user": USER_NAMES["custodian"], "passphrase": PASSPHRASES["custodian"], **extra}


def _calibrate(
    zygote: Zygote,
    crash_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    command_for: Callable[[Path, Path], dict],
) -> float:
    folder = tmp_path_factory.mktemp("calibrate")
    path = fresh_copy(crash_template, folder / "archive")
    return timed(zygote, command_for(path, folder))


@pytest.fixture(scope="module")
def durations(zygote: Zygote, crash_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return {
        "rebuild": _calibrate(zygote, crash_template, tmp_path_factory, lambda p, f: _custodian(p, op="rebuild")),
        "remove": _calibrate(zygote, crash_template, tmp_path_factory,
                             lambda p, f: _custodian(p, op="remove", target=USER_NAMES["editor"])),
        "backup": _calibrate(zygote, crash_template, tmp_path_factory,
                             lambda p, f: _custodian(p, op="backup", out=str(f / "b.hbk"))),
    }


@pytest.fixture(scope="module")
def expected_search(crash_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    return search_totals(fresh_copy(crash_template, tmp_path_factory.mktemp("expected") / "archive"))


def _delay(op: str, run: int, durations: dict) -> float:
    return seeded_delays(SEED + run, 1, durations[op])[0]


@pytest.mark.parametrize("run", range(RUNS["rebuild"]))
def test_sigkill_during_search_rebuild(zygote, crash_template, durations, expected_search, tmp_path, run):
    path = fresh_copy(crash_template, tmp_path / "archive")
    outcome = zygote.run(_custodian(path, op="rebuild"), _delay("rebuild", run, durations))
    assert outcome.error is None, outcome.error
    assert judge_rebuild(path, expected_search) in ("whole", "none")


@pytest.mark.parametrize("run", range(RUNS["remove"]))
def test_sigkill_during_key_rotation(zygote, crash_template, durations, tmp_path, run):
    path = fresh_copy(crash_template, tmp_path / "archive")
    original = read_header(path)
    outcome = zygote.run(_custodian(path, op="remove", target=USER_NAMES["editor"]), _delay("remove", run, durations))
    assert outcome.error is None, outcome.error
    result = judge_rotation(path, "editor", original)
    assert result == "whole" or not outcome.finished


@pytest.mark.parametrize("run", range(RUNS["backup"]))
def test_sigkill_during_backup(zygote, crash_template, durations, tmp_path, run):
    path = fresh_copy(crash_template, tmp_path / "archive")
    out = tmp_path / "backup.hbk"
    outcome = zygote.run(_custodian(path, op="backup", out=str(out)), _delay("backup", run, durations))
    assert outcome.error is None, outcome.error
    result = judge_backup(path, out)
    assert result == "whole" or not outcome.finished
