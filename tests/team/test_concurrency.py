"""Many users at once on one server: nothing is lost, a stale edit is refused (exit 4), and
everybody sees everybody's changes without reopening."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from haart_archive.archive import Archive
from haart_archive.cli import main
from haart_archive.errors import EditConflict
from haart_archive.types.testimonies import TestimonyDraft
from tests import fastkdf
from tests.conftest import PASSPHRASES, USER_NAMES


def _draft(title: str, text: str = "A fictional account of recruitment.") -> TestimonyDraft:
    return TestimonyDraft(title=title, text=text, county="kilifi")


@pytest.fixture
def team_archive(pg_url, team_cache):
    archive, _ = Archive.create(pg_url, USER_NAMES["custodian"], PASSPHRASES["custodian"])
    archive.users.add(USER_NAMES["editor"], "editor", PASSPHRASES["editor"])
    archive.users.add(USER_NAMES["advocate"], "advocate", PASSPHRASES["advocate"])
    archive.lock()
    return pg_url


def _open(url: str, role: str = "editor") -> Archive:
    return Archive.open(url, USER_NAMES[role], PASSPHRASES[role])


def test_a_stale_edit_is_refused_and_says_what_differs(team_archive):
    with _open(team_archive) as first, _open(team_archive, "custodian") as second:
        testimony_id = first.testimonies.add(_draft("First title"))
        opened = first.testimonies.get(testimony_id)
        second.testimonies.update(testimony_id, _draft("Changed by the custodian"), expected_revision=1)
        with pytest.raises(EditConflict) as refused:
            first.testimonies.update(testimony_id, _draft("First title", "My own new text."),
                                     expected_revision=opened.revision)
        assert refused.value.current_revision == 2
        assert set(refused.value.changed) == {"title", "text"}
        assert first.testimonies.get(testimony_id).title == "Changed by the custodian"  # nothing merged


def test_the_command_line_exits_4_on_a_conflict(team_archive, monkeypatch, capsys, tmp_path):
    with _open(team_archive) as editor:
        testimony_id = editor.testimonies.add(_draft("A title"))
        editor.testimonies.update(testimony_id, _draft("A newer title"), expected_revision=1)
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["editor"])
    code = main(["edit", team_archive, testimony_id, "--user", USER_NAMES["editor"], "--title", "Mine",
                 "--revision", "1"])
    assert code == 4
    assert "Someone else saved this testimony" in capsys.readouterr().err
    assert main(["edit", team_archive, testimony_id, "--user", USER_NAMES["editor"], "--title", "Mine"]) == 0


@pytest.mark.parametrize("count", [2, 10])
def test_clients_adding_and_editing_at_once_lose_nothing(team_archive, count):
    clients = [_open(team_archive) for _ in range(count)]
    try:
        shared = clients[0].testimonies.add(_draft("Shared"))

        def work(n: int) -> tuple[list[str], int]:
            archive = clients[n]
            ids = [archive.testimonies.add(_draft(f"Client {n} number {i}")) for i in range(5)]
            saved = 0
            for _attempt in range(3):  # everyone edits the same testimony: each save is kept or refused
                revision = archive.testimonies.revision(shared)
                try:
                    archive.testimonies.update(shared, _draft(f"Edited by {n}"), expected_revision=revision)
                    saved += 1
                except EditConflict:
                    pass
            return ids, saved

        with ThreadPoolExecutor(count) as pool:
            results = list(pool.map(work, range(count)))
        added = [tid for ids, _ in results for tid in ids]
        saves = sum(saved for _, saved in results)
        listed = {row.id for row in clients[-1].testimonies.list()}
        assert set(added) | {shared} == listed and len(added) == 5 * count
        assert clients[1].testimonies.revision(shared) == 1 + saves  # every save that succeeded counted once
        with _open(team_archive, "custodian") as custodian:
            assert custodian.verify_audit().ok  # the hash chain stayed one chain
    finally:
        for archive in clients:
            archive.lock()


def test_two_clients_see_each_others_changes_without_reopening(team_archive):
    with _open(team_archive) as editor, _open(team_archive, "custodian") as other:
        assert other.search.search("marimba").total == 0
        seen = []
        other.on_change(lambda testimony_id, kind: seen.append((testimony_id, kind)))
        other.poll_changes()
        testimony_id = editor.testimonies.add(_draft("Arrival", "They played a marimba at the border post."))
        assert testimony_id in {row.id for row in other.testimonies.list()}
        assert other.search.search("marimba").total == 1  # the other desktop's index caught up
        assert other.poll_changes() == [(testimony_id, "added")]
        assert seen == [(testimony_id, "added")]
        editor.testimonies.update(testimony_id, _draft("Arrival", "Nothing about music now."), expected_revision=1)
        assert other.search.search("marimba").total == 0


CHILD = """
import sys, time
from haart_archive.archive import Archive
from haart_archive.store.models import new_id
from haart_archive.types.testimonies import TestimonyDraft
archive = Archive.open(sys.argv[1], sys.argv[2], sys.argv[3])
with archive._ctx.transaction() as session:
    archive.testimonies._insert(session, TestimonyDraft(title="Never committed", text="Half done."), new_id())
    session.flush()
    print("inside", flush=True)
    time.sleep(60)
"""


def test_a_client_killed_mid_transaction_leaves_nothing_and_blocks_nobody(team_archive, tmp_path):
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, team_archive, USER_NAMES["editor"], PASSPHRASES["editor"]],
        stdout=subprocess.PIPE, text=True, env=fastkdf.child_env(),
    )
    try:
        assert child.stdout.readline().strip() == "inside"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    started = time.monotonic()
    with _open(team_archive, "custodian") as archive:  # the server let go of the dead client's lock
        testimony_id = archive.testimonies.add(_draft("After the crash"))
        titles = [row.title for row in archive.testimonies.list()]
        assert titles == ["After the crash"] and testimony_id
        assert archive.verify_audit().ok
    assert time.monotonic() - started < 30


def test_two_custodians_changing_users_at_once_cannot_overwrite_each_other(team_archive):
    first, second = _open(team_archive, "custodian"), _open(team_archive, "custodian")
    try:
        first.users.add("Fictional Comms One", "communications", PASSPHRASES["communications"])
        with pytest.raises(EditConflict):
            second.users.add("Fictional Comms Two", "communications", PASSPHRASES["communications"])
        assert "Fictional Comms Two" not in {member.name for member in first.users.list()}
    finally:
        first.lock()
        second.lock()
    with _open(team_archive, "custodian") as again:
        again.users.add("Fictional Comms Two", "communications", PASSPHRASES["communications"])
    for name in ("Fictional Comms One", "Fictional Comms Two"):  # both slots survived
        Archive.open(team_archive, name, PASSPHRASES["communications"]).lock()
