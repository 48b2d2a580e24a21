"""`haart-archive screen`: text on stdin with no archive, or a testimony of an archive for
the roles that may read originals (an advocate is refused with exit 3 and sees nothing)."""

from __future__ import annotations

import io
import json

import pytest

from haart_archive.cli import main
from haart_archive.screening import screen
from tests.conftest import PASSPHRASES, USER_NAMES

NOTE = ("Theft case: a house help, 16, says her aunt brought her from Bungoma, the employer took her ID card and "
        "she has never been paid.")


def _stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_stdin_json_is_the_screening(capsys, monkeypatch):
    _stdin(monkeypatch, NOTE)
    assert main(["screen", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == screen(NOTE).to_dict()
    assert data["verdict"] == "strong" and data["child"] is True
    assert {"retention_of_documents", "withholding_wages"} <= {item["code"] for item in data["indicators"]}


def test_stdin_text_shows_verdict_elements_evidence_tags_and_disclaimer(capsys, monkeypatch):
    _stdin(monkeypatch, NOTE)
    assert main(["screen"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Verdict: strong")
    assert "the employer took her ID card and she has never been paid." in out
    assert "Suggested tags" in out and "retention_of_documents" in out
    assert "not a legal finding" in out


def test_the_explanation_in_swahili(capsys, monkeypatch):
    _stdin(monkeypatch, NOTE)
    assert main(["screen", "--language", "sw"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Uamuzi: strong") and "Dalili kubwa" in out and "si uamuzi wa kisheria" in out.lower()


def test_empty_stdin_is_a_usage_error(capsys, monkeypatch):
    _stdin(monkeypatch, "  \n")
    assert main(["screen", "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "Nothing to screen" in captured.err


def test_a_folder_without_an_id_is_a_usage_error(capsys, tmp_path):
    assert main(["screen", str(tmp_path)]) == 2
    assert "testimony id" in capsys.readouterr().err


def _as(monkeypatch, role: str) -> list[str]:
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES[role])
    return ["--user", USER_NAMES[role]]


def test_an_editor_screens_a_testimony(capsys, monkeypatch, archive_copy):
    testimony_id = archive_copy.testimony_ids[0]
    assert main(["screen", str(archive_copy.path), testimony_id, "--json", *_as(monkeypatch, "editor")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"retention_of_documents", "withholding_wages"} <= {item["code"] for item in data["indicators"]}
    assert data["verdict"] in ("strong", "some")


def test_text_output_of_a_testimony_quotes_its_evidence(capsys, monkeypatch, archive_copy):
    testimony_id = archive_copy.testimony_ids[1]  # the Swahili one
    assert main(["screen", str(archive_copy.path), testimony_id, *_as(monkeypatch, "custodian")]) == 0
    out = capsys.readouterr().out
    assert "Wakala alichukua pasipoti yangu" in out


@pytest.mark.parametrize("role", ["advocate", "communications"])
def test_roles_without_the_story_key_are_refused_and_see_nothing(capsys, monkeypatch, archive_copy, role):
    testimony_id = archive_copy.testimony_ids[0]
    code = main(["screen", str(archive_copy.path), testimony_id, "--json", *_as(monkeypatch, role)])
    captured = capsys.readouterr()
    assert code == 3 and captured.out == ""
    assert "not permitted" in captured.err and "passport" not in captured.err


def test_the_facade_refuses_an_advocate_by_key(archive_copy):
    from haart_archive.errors import NotPermitted

    with archive_copy.open("advocate") as archive, pytest.raises(NotPermitted):
        archive.screen(archive_copy.testimony_ids[0])
    with archive_copy.open("editor") as archive:
        assert archive.screen(archive_copy.testimony_ids[1]).indicators
