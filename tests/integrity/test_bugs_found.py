"""The bugs issue 13 found in the same pass, each shown fixed."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

from haart_archive.archive import Archive
from haart_archive.cli import main
from haart_archive.errors import DamagedFile, InvalidInput, WrongPassphrase
from haart_archive.types.testimonies import TestimonyDraft
from tests import fastkdf
from tests.conftest import PASSPHRASES, USER_NAMES
from tests.consent.builders import form


def _cli(monkeypatch, role: str, *argv: str) -> int:
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES[role])
    return main([*argv, "--user", USER_NAMES[role]])


def test_consent_show_prints_a_history(archive_copy, monkeypatch, capsys, tmp_path):
    from haart_archive.consent import ConsentGrant

    testimony_id = archive_copy.testimony_ids[0]
    with archive_copy.open("editor") as editor:
        editor.consent.grant(testimony_id, ConsentGrant.from_dict(form()))
        editor.consent.withdraw(testimony_id)
    assert _cli(monkeypatch, "editor", "consent", "show", str(archive_copy.path), testimony_id) == 0
    out = capsys.readouterr().out
    assert "consent granted" in out and "consent withdrawn" in out


@pytest.mark.parametrize("bad", [{"event_years": [99999]}, {"told_on": "9999-12-31"}, {"event_years": [1200]}])
def test_add_refuses_impossible_dates_and_stores_nothing(archive_copy, monkeypatch, capsys, tmp_path, bad):
    source = tmp_path / "t.json"
    source.write_text(json.dumps({"title": "Fictional", "text": "A fictional account.", **bad}))
    with archive_copy.open("editor") as editor:
        before = editor.testimonies.ids()
    assert _cli(monkeypatch, "editor", "add", str(archive_copy.path), "--json", str(source)) == 2
    err = capsys.readouterr().err
    assert "between" in err
    with archive_copy.open("editor") as editor:
        assert editor.testimonies.ids() == before
        editor.search.rebuild()  # and the archive keeps working for everyone
        assert editor.search.search("fictional") is not None


def test_an_index_failure_after_a_commit_says_the_change_was_saved(archive_copy, monkeypatch):
    with archive_copy.open("editor") as editor:
        def broken(_record_id, _kind):
            raise ValueError("year out of range")

        editor.on_change(broken)
        with pytest.raises(DamagedFile, match="was saved") as raised:
            editor.testimonies.add(TestimonyDraft(title="Fictional", text="A fictional account."))
        assert "nothing was changed" not in raised.value.message
        assert len(editor.testimonies.ids()) == 3


def test_consent_dates_must_be_plausible(archive_copy):
    from haart_archive.consent import ConsentGrant

    for changes in ({"consented_on": "1985-05-01"}, {"expires_on": "2099-01-01"}):
        with pytest.raises(InvalidInput, match="plausible"):
            ConsentGrant.from_dict(form(**changes))


def test_a_file_or_a_read_only_folder_as_path_gives_a_sentence(archive_copy, monkeypatch, capsys, tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not an archive")
    assert _cli(monkeypatch, "editor", "list", str(a_file)) == 2
    assert "is a file" in capsys.readouterr().err

    real_open = os.open

    def read_only(path, flags, *args):
        if str(path).endswith("archive.lock"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", read_only)
    assert _cli(monkeypatch, "editor", "list", str(archive_copy.path)) == 4
    assert "cannot be written" in capsys.readouterr().err


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="permissions do not bind root")
def test_a_really_read_only_folder_gives_a_sentence(archive_copy, monkeypatch, capsys):
    os.chmod(archive_copy.path, 0o500)
    try:
        assert _cli(monkeypatch, "editor", "list", str(archive_copy.path)) == 4
        assert "cannot be written" in capsys.readouterr().err
    finally:
        os.chmod(archive_copy.path, 0o700)


def test_control_characters_in_titles_are_escaped_in_cli_output(archive_copy, monkeypatch, capsys):
    title = "Evil\x1b[2J\x07\x00 title \u202eedoc"
    with archive_copy.open("editor") as editor:
        testimony_id = editor.testimonies.add(TestimonyDraft(title=title, text="A fictional account."))
        assert editor.testimonies.get(testimony_id).title == title  # stored as typed
    for argv in (("list",), ("list", "--json")):
        assert _cli(monkeypatch, "editor", argv[0], str(archive_copy.path), *argv[1:]) == 0
        out = capsys.readouterr().out
        assert not any(c in out for c in "\x1b\x07\x00\u202e")
        assert "Evil" in out
    assert _cli(monkeypatch, "editor", "show", str(archive_copy.path), testimony_id) == 0
    assert "\x1b" not in capsys.readouterr().out


def test_every_archive_file_is_private(tmp_path):
    folder = tmp_path / "archive"
    archive, _ = Archive.create(folder, USER_NAMES["custodian"], PASSPHRASES["custodian"])
    with archive:
        archive.testimonies.add(TestimonyDraft(title="Fictional", text="A fictional account of work in Doha."))
        archive.search.rebuild()
        archive.search.search("Doha")
        archive.make_backup(tmp_path / "b.hbk")
    with pytest.raises(WrongPassphrase):  # leaves a sealed note in the folder
        Archive.open(folder, "nobody", "wrong passphrase here")
    assert list(folder.rglob("*index*")) or list(folder.rglob("*search*"))
    loose = [p for p in folder.rglob("*") if p.is_file() and stat.S_IMODE(p.stat().st_mode) & 0o077]
    assert not loose, [f"{p.name} {oct(p.stat().st_mode)}" for p in loose]


def test_an_old_header_after_a_rotation_says_so(archive_copy, anchor_home):
    import shutil

    old = (archive_copy.path / "vault.header").read_bytes()
    with archive_copy.open("custodian") as custodian:
        custodian.users.remove(USER_NAMES["advocate"])
    (archive_copy.path / "vault.header").write_bytes(old)
    shutil.rmtree(anchor_home / "haart-archive")  # even on a machine that never saw the newer one
    with pytest.raises(DamagedFile, match="older than the archive's keys"):
        archive_copy.open("editor")


def test_the_cli_waits_longer_after_repeated_failed_unlocks_and_the_audit_says_so(archive_copy, monkeypatch, capsys):
    import time

    waits = []
    monkeypatch.setattr(time, "sleep", waits.append)
    for _ in range(7):
        monkeypatch.setenv("HAART_PASSPHRASE", "not the passphrase at all")
        assert main(["list", str(archive_copy.path), "--user", USER_NAMES["editor"]]) == 3
    assert waits == [5, 10]
    assert "waiting 10 s" in capsys.readouterr().err
    with archive_copy.open("custodian") as custodian:
        failed = [e for e in custodian.audit_entries() if e.action == "failed unlock"]
    assert len(failed) == 7
    assert any("delayed" in e.detail["reason"] for e in failed)


IMPORT_AND_DIE = """
import os, signal, sys
from haart_archive.archive import Archive, plan_import
plan = plan_import(sys.argv[2])
archive = Archive.open(sys.argv[1], sys.argv[3], os.environ["HAART_PASSPHRASE"])
def progress(done, total):
    if done == int(sys.argv[4]):
        os.kill(os.getpid(), signal.SIGKILL)
archive.run_import(plan, progress=progress)
"""


@pytest.mark.parametrize("die_at", [1, 2, 3])
def test_an_import_killed_midway_is_rolled_back_and_a_reimport_is_refused(archive_copy, tmp_path, die_at):
    from tests.importing.test_run import _folder_source

    source = _folder_source(tmp_path)
    with archive_copy.open("editor") as editor:
        before = sorted(editor.testimonies.ids())
    env = fastkdf.child_env(HAART_PASSPHRASE=PASSPHRASES["editor"])
    run = subprocess.run([sys.executable, "-c", IMPORT_AND_DIE, str(archive_copy.path), str(source),
                          USER_NAMES["editor"], str(die_at)], env=env, capture_output=True, timeout=300)
    assert run.returncode == -9, run.stderr.decode()
    from haart_archive.importing import plan_import

    with archive_copy.open("editor") as editor:
        assert sorted(editor.testimonies.ids()) == before  # the next unlock rolled it back
        editor.run_import(plan_import(source))
        assert len(editor.testimonies.ids()) == len(before) + 3
        with pytest.raises(InvalidInput, match="imported before"):
            editor.run_import(plan_import(source))
