"""The command line: scriptable, plain one-sentence errors, and the documented exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from haart_archive.cli import main
from tests.conftest import PASSPHRASES, USER_NAMES
from tests.services.helpers import approved_version, consent_form

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def as_editor(monkeypatch):
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["editor"])
    monkeypatch.setenv("HAART_USER", USER_NAMES["editor"])


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_init_prints_the_recovery_key_once_and_users_can_be_added(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["custodian"])
    code, out, _ = run(capsys, "init", tmp_path / "a", "--user", "Cli Custodian")
    assert code == 0
    recovery = out.split("Recovery key")[1].split("\n")[1].strip()
    assert len(recovery.split("-")) == 10
    monkeypatch.setenv("HAART_NEW_PASSPHRASE", PASSPHRASES["advocate"])
    assert run(capsys, "users", "add", tmp_path / "a", "Cli Advocate", "--role", "advocate")[0] == 0
    code, out, _ = run(capsys, "users", "list", tmp_path / "a", "--json")
    assert {u["role"] for u in json.loads(out)} == {"custodian", "advocate"}
    monkeypatch.setenv("HAART_RECOVERY_KEY", recovery)
    monkeypatch.setenv("HAART_NEW_PASSPHRASE", "tangerine bicycle hums beneath stars")
    assert run(capsys, "recover", tmp_path / "a")[0] == 0
    monkeypatch.setenv("HAART_PASSPHRASE", "tangerine bicycle hums beneath stars")
    assert run(capsys, "audit", tmp_path / "a", "--verify")[0] == 0


def test_add_list_and_show_round_trip(archive_copy, as_editor, capsys, tmp_path):
    text = tmp_path / "story.txt"
    text.write_text("Nilipelekwa Muscat na wakala. Fictional.", encoding="utf-8")
    code, out, _ = run(
        capsys,
        "add",
        archive_copy.path,
        "--title",
        "Muscat",
        "--text-file",
        text,
        "--language",
        "sw",
        "--county",
        "kwale",
        "--person",
        "Fictional Person:survivor",
        "--tag",
        "exploitation:forced_labour",
    )
    assert code == 0
    new_id = out.strip().splitlines()[-1]
    code, out, _ = run(capsys, "list", archive_copy.path, "--json")
    assert new_id in {row["id"] for row in json.loads(out)}
    code, out, _ = run(capsys, "show", archive_copy.path, new_id, "--json", "--identities")
    record = json.loads(out)
    assert (
        record["text"].startswith("Nilipelekwa") and record["people"][0]["identity"]["legal_name"] == "Fictional Person"
    )


def test_exit_codes(archive_copy, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("HAART_PASSPHRASE", "not the passphrase of anyone")
    code, _, err = run(capsys, "list", archive_copy.path, "--user", USER_NAMES["editor"])
    assert code == 3 and err.count("\n") == 1 and "Traceback" not in err
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["advocate"])
    code, _, err = run(
        capsys, "show", archive_copy.path, archive_copy.testimony_ids[0], "--user", USER_NAMES["advocate"]
    )
    assert code == 3 and "advocate" in err
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["editor"])
    code, _, err = run(capsys, "show", archive_copy.path, "no-such-id", "--user", USER_NAMES["editor"])
    assert code == 2 and "no testimony" in err
    code, _, _ = run(
        capsys,
        "consent",
        "check",
        archive_copy.path,
        archive_copy.testimony_ids[0],
        "--use",
        "media_press",
        "--user",
        USER_NAMES["editor"],
    )
    assert code == 5
    (archive_copy.path / "vault.header").write_text("{ damaged")
    code, _, err = run(capsys, "list", archive_copy.path, "--user", USER_NAMES["editor"])
    assert code == 4 and "vault header" in err
    with pytest.raises(SystemExit) as usage:
        main(["list"])
    assert usage.value.code == 2


def test_without_user_the_passphrase_finds_its_user(archive_copy, monkeypatch, capsys):
    monkeypatch.delenv("HAART_USER", raising=False)
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["communications"])
    code, out, _ = run(capsys, "list", archive_copy.path)
    assert code == 0 and "title needs the story key" in out


def test_consent_grant_withdraw_and_show(archive_copy, as_editor, capsys):
    testimony_id = archive_copy.testimony_ids[1]
    code, out, _ = run(
        capsys,
        "consent",
        "grant",
        archive_copy.path,
        testimony_id,
        "--uses",
        "case_work,research,anonymous_publication",
        "--anonymity",
        "anonymous",
        "--media",
        "text",
        "--expires",
        "2030-01-01",
    )
    assert code == 0 and "Consent is active" in out
    assert run(capsys, "consent", "check", archive_copy.path, testimony_id, "--use", "research")[0] == 0
    code, out, _ = run(capsys, "consent", "withdraw", archive_copy.path, testimony_id, "--uses", "research")
    assert code == 0
    assert run(capsys, "consent", "check", archive_copy.path, testimony_id, "--use", "research")[0] == 5
    code, out, _ = run(capsys, "consent", "show", archive_copy.path, testimony_id, "--json")
    assert json.loads(out)["state"] == "partly_withdrawn"
    code, _, err = run(capsys, "consent", "grant", archive_copy.path, testimony_id, "--uses", "research", "--anonymity",
                       "anonymous", "--minor")
    assert code == 2 and "guardian" in err


def test_publish_build_refuses_with_reasons_then_passes(archive_copy, as_editor, capsys, tmp_path):
    testimony_id = archive_copy.testimony_ids[0]
    with archive_copy.open("editor") as archive:
        version_id = approved_version(archive, testimony_id)
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({"title": "Coast stories", "channel": "web", "items": [{"version": version_id}]}))
    code, _, err = run(capsys, "publish", "build", archive_copy.path, "--spec", spec, "--out", tmp_path / "out")
    assert code == 5 and "No consent has been recorded" in err
    with archive_copy.open("editor") as archive:
        archive.consent.grant(testimony_id, consent_form())
    code, out, _ = run(
        capsys, "publish", "build", archive_copy.path, "--spec", spec, "--out", tmp_path / "out", "--format", "pdf"
    )
    assert code == 0 and (tmp_path / "out" / "haart-publication.pdf").exists()
    code, out, _ = run(capsys, "publish", "list", archive_copy.path)
    assert "Coast stories" in out and "released" in out


def test_media_add_prints_the_id_last_and_redact_prints_the_version(archive_copy, as_editor, capsys, tmp_path):
    from tests.services.helpers import photo

    image = tmp_path / "photo.jpg"
    image.write_bytes(photo(size=(100, 80)))
    code, out, _ = run(capsys, "media", "add", archive_copy.path, archive_copy.testimony_ids[0], image)
    media_id = out.strip().splitlines()[-1]
    code, out, _ = run(capsys, "media", "redact", archive_copy.path, media_id, "--box", "10,10,30,30", "--out-version")
    version_id = out.strip().splitlines()[-1]
    code, out, _ = run(capsys, "media", "info", archive_copy.path, version_id, "--json")
    assert code == 0 and json.loads(out)["derived_from"] == media_id
    code, _, err = run(capsys, "media", "redact", archive_copy.path, media_id, "--box", "ten,10,30,30")
    assert code == 2 and "X,Y,W,H" in err


def test_the_console_script_runs_as_a_real_process(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "haart_archive.cli", "--version"], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0 and result.stdout.startswith("haart-archive ")
    result = subprocess.run([sys.executable, "-m", "haart_archive.cli", "list", str(tmp_path / "nowhere")],
                            capture_output=True, text=True, env=dict(env, HAART_PASSPHRASE="x"))
    assert result.returncode == 4 and "not a HAART archive" in result.stderr and "Traceback" not in result.stderr


def test_clearance_queue_and_export_text_on_the_command_line(archive_copy, monkeypatch, capsys, tmp_path):
    testimony_id = archive_copy.testimony_ids[0]
    with archive_copy.open("editor") as archive:
        archive.consent.grant(testimony_id, consent_form())
        version_id = approved_version(archive, testimony_id)
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["communications"])
    monkeypatch.setenv("HAART_USER", USER_NAMES["communications"])
    code, _, err = run(capsys, "publish", "export-text", archive_copy.path, version_id, "--format", "docx",
                       "--out", tmp_path / "text.docx")
    assert code == 5 and "editor" in err
    code, out, _ = run(capsys, "publish", "request-clearance", archive_copy.path, "--version", version_id,
                       "--note", "For the donor report")
    assert code == 0
    request_id = out.split()[-1].rstrip(".")
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["editor"])
    monkeypatch.setenv("HAART_USER", USER_NAMES["editor"])
    code, out, _ = run(capsys, "publish", "clearances", archive_copy.path)
    assert code == 0 and request_id in out and "waiting" in out
    code, out, _ = run(capsys, "publish", "answer-clearance", archive_copy.path, request_id, "--clear")
    assert code == 0
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["communications"])
    monkeypatch.setenv("HAART_USER", USER_NAMES["communications"])
    code, out, _ = run(capsys, "publish", "clearances", archive_copy.path, "--mine")
    assert code == 0 and "cleared by Test Editor Baraka" in out
    code, out, _ = run(capsys, "publish", "export-text", archive_copy.path, version_id, "--format", "docx",
                       "--out", tmp_path / "text.docx")
    assert code == 0 and (tmp_path / "text.docx").read_bytes().startswith(b"PK")


def test_audit_in_words_is_newest_first(archive_copy, monkeypatch, capsys):
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["custodian"])
    monkeypatch.setenv("HAART_USER", USER_NAMES["custodian"])
    code, out, _ = run(capsys, "audit", archive_copy.path, "--words")
    numbers = [int(line.split()[0]) for line in out.splitlines()]
    assert code == 0 and numbers == sorted(numbers, reverse=True)
    assert "testimony “A job in Riyadh that was not real”" in out
