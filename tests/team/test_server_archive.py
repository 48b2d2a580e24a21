"""The same archive on a server: the command line takes a URL wherever it takes a folder,
and the server (its data folder, its log, a pg_dump of it) never holds a typed value."""

from __future__ import annotations

import pytest

from haart_archive.archive import Archive
from haart_archive.cli import main
from haart_archive.errors import WrongPassphrase
from tests.conftest import PASSPHRASES
from tests.core.test_leaks import CANARIES, _api_workflow, _cli_workflow
from tests.leakscan import scan


def test_the_command_line_takes_a_server_url(pg_url, team_cache, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["custodian"])
    assert main(["init", pg_url, "--user", "Amina Custodian"]) == 0
    assert "Recovery key" in capsys.readouterr().out
    text = tmp_path / "story.txt"
    text.write_text("Fictional: she was promised work in a hotel and kept in a house instead.")
    assert main(["add", pg_url, "--title", "A fictional account", "--text-file", str(text),
                 "--county", "kilifi", "--tag", "exploitation:domestic_servitude"]) == 0
    testimony_id = capsys.readouterr().out.strip()
    assert main(["list", pg_url]) == 0
    assert "A fictional account" in capsys.readouterr().out
    assert main(["search", pg_url, "hotel"]) == 0
    assert testimony_id in capsys.readouterr().out
    assert main(["show", pg_url, testimony_id]) == 0
    assert "kept in a house" in capsys.readouterr().out
    assert main(["show", pg_url, "Fictional Name Typed By Mistake"]) == 2  # never sent to the server
    assert "not a record id" in capsys.readouterr().err
    assert main(["init", pg_url, "--user", "Someone Else"]) == 2  # one archive per database
    assert "already holds an archive" in capsys.readouterr().err


def test_a_wrong_passphrase_is_refused_and_audited(pg_url, team_cache):
    archive, _ = Archive.create(pg_url, "Amina Custodian", PASSPHRASES["custodian"])
    archive.lock()
    with pytest.raises(WrongPassphrase):
        Archive.open(pg_url, "Amina Custodian", "not the passphrase at all, no")
    with Archive.open(pg_url, "Amina Custodian", PASSPHRASES["custodian"]) as archive:
        actions = [entry.action for entry in archive.audit_entries()]
        assert "failed unlock" in actions
        assert archive.verify_audit().ok


def test_no_canary_reaches_the_server(pg_cluster, pg_url, team_cache, tmp_path, private_tmpdir, monkeypatch, capsys):
    testimony_id = _api_workflow(pg_url)
    _cli_workflow(pg_url, tmp_path, monkeypatch, testimony_id)
    assert CANARIES["cli_title"] in capsys.readouterr().out  # the workflow really showed the text
    database = pg_url.rsplit("/", 1)[1]
    pg_cluster.sql("CHECKPOINT")
    dump = tmp_path / "dump" / "archive.sql"
    dump.parent.mkdir()
    dump.write_bytes(pg_cluster.pg_dump(database))
    assert b"blob_chunk" in dump.read_bytes()  # the dump holds the archive ...
    log = pg_cluster.log_file.read_bytes()
    assert b"blob_chunk" in log and b"parameters:" in log  # every statement is logged, with its values
    hits = scan([pg_cluster.root, dump.parent, team_cache, private_tmpdir], CANARIES.values())
    assert hits == []  # ... and no plaintext anywhere: tables, WAL, log, dump, local cache
