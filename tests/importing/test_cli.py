"""`haart-archive import`: the dry run asks for nothing and changes nothing; the import
creates what the dry run announced and lists the source files the user may delete."""

from __future__ import annotations

import json

from haart_archive.cli import main
from tests.conftest import PASSPHRASES, USER_NAMES
from tests.importing.sources import csv_file, intake_sheet_rows, photo, xlsx_file


def test_dry_run_then_import(archive_copy, tmp_path, capsys, monkeypatch):
    sheet = xlsx_file(tmp_path / "intake.xlsx", intake_sheet_rows())
    photo(tmp_path / "amina.jpg")
    photo(tmp_path / "juma.png")
    monkeypatch.delenv("HAART_PASSPHRASE", raising=False)

    assert main(["import", str(archive_copy.path), str(sheet), "--dry-run", "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["dry_run"] and dry["will_create"] == 3 and dry["mapping_guessed"]
    assert [(p["where"], "counties" in p["reason"]) for p in dry["problems"]][0] == ("row 4", True)

    assert main(["import", str(archive_copy.path), str(sheet), "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert "row 5:" in text and "nothing was imported" in text

    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["editor"])
    monkeypatch.setenv("HAART_USER", USER_NAMES["editor"])
    assert main(["import", str(archive_copy.path), str(sheet), "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert len(done["result"]["created"]) == dry["will_create"]
    assert done["result"]["source_files_you_may_delete"] == [str(tmp_path / "amina.jpg"), str(tmp_path / "juma.png")]
    assert sheet.exists()  # listed for the user to delete; never deleted by the archive

    assert main(["list", str(archive_copy.path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == len(archive_copy.testimony_ids) + 3


def test_mapping_file_and_plain_report(archive_copy, tmp_path, capsys, monkeypatch):
    sheet = csv_file(tmp_path / "intake.csv", [["Ref", "Body"], ["K-1", "The agent kept my passport."]],
                     encoding="cp1252")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"title": "Ref", "text": "Body"}))
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["editor"])
    monkeypatch.setenv("HAART_USER", USER_NAMES["editor"])
    assert main(["import", str(archive_copy.path), str(sheet), "--mapping", str(mapping)]) == 0
    out = capsys.readouterr().out
    assert "Imported 1 testimony" in out and str(sheet) in out


def test_bad_input_exits_2_with_one_sentence(archive_copy, tmp_path, capsys):
    sheet = csv_file(tmp_path / "intake.csv", [["Ref", "Body"], ["K-1", "text"]])
    assert main(["import", str(archive_copy.path), str(sheet), "--dry-run"]) == 2
    error = capsys.readouterr().err
    assert "--mapping" in error and "Traceback" not in error
