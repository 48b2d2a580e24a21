"""Losing the server: a typed error and a plain sentence, nothing half-saved, and work goes
on once the server is back, without reopening the archive."""

from __future__ import annotations

import threading
import time

import pytest

from haart_archive.archive import Archive
from haart_archive.cli import main
from haart_archive.errors import ServerUnavailable
from haart_archive.types.testimonies import TestimonyDraft
from tests.conftest import PASSPHRASES, USER_NAMES


def _draft(title: str) -> TestimonyDraft:
    return TestimonyDraft(title=title, text="A fictional account.", county="kilifi")


def test_a_stopped_server_gives_a_typed_error_and_work_resumes_after(pg_cluster, pg_url, team_cache, tmp_path,
                                                                       monkeypatch, capsys):
    archive, _ = Archive.create(pg_url, USER_NAMES["custodian"], PASSPHRASES["custodian"])
    first = archive.testimonies.add(_draft("Before the outage"))
    text = tmp_path / "typed.txt"
    text.write_text("Typed during the outage.")
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["custodian"])
    pg_cluster.stop()
    try:
        with pytest.raises(ServerUnavailable):
            archive.testimonies.add(_draft("During the outage"))
        with pytest.raises(ServerUnavailable):
            archive.testimonies.list()
        assert main(["add", pg_url, "--title", "Typed", "--text-file", str(text)]) == 6
        error = capsys.readouterr().err
        assert "cannot be reached" in error and "Nothing was saved" in error
        assert "Traceback" not in error
    finally:
        pg_cluster.start()
    # The same open session carries on: the pool reconnects by itself.
    assert [row.title for row in archive.testimonies.list()] == ["Before the outage"]
    second = archive.testimonies.add(_draft("After the outage"))
    assert {row.id for row in archive.testimonies.list()} == {first, second}
    archive.lock()


def test_a_server_restart_mid_work_loses_no_committed_work(pg_cluster, pg_url, team_cache):
    archive, _ = Archive.create(pg_url, USER_NAMES["custodian"], PASSPHRASES["custodian"])
    saved: list[str] = []
    failed: list[Exception] = []
    stop = threading.Event()

    def keep_adding() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            try:
                saved.append(archive.testimonies.add(_draft(f"Number {n}")))
            except ServerUnavailable as error:
                failed.append(error)

    def wait_for(count: int) -> None:
        deadline = time.monotonic() + 60
        while len(saved) < count:
            assert worker.is_alive() and time.monotonic() < deadline, "adding stopped"
            stop.wait(0.05)

    worker = threading.Thread(target=keep_adding)
    worker.start()
    try:
        wait_for(5)
        pg_cluster.restart()
        wait_for(len(saved) + 5)
    finally:
        stop.set()
        worker.join(60)
    listed = {row.id for row in archive.testimonies.list()}
    assert listed == set(saved)  # every add that returned is there, and nothing else
    with Archive.open(pg_url, USER_NAMES["custodian"], PASSPHRASES["custodian"]) as again:
        assert again.verify_audit().ok
    archive.lock()


def test_a_refused_login_or_missing_database_is_said_plainly(pg_cluster, team_cache, monkeypatch, capsys):
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["custodian"])
    assert main(["list", pg_cluster.url("postgres", user="nobody_here")]) == 3
    assert "refused this database login" in capsys.readouterr().err
    assert main(["list", pg_cluster.url("no_such_database")]) == 2
    assert "no database of that name" in capsys.readouterr().err
