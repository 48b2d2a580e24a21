"""`haart-archive redact suggest|plan|apply|approve|leakcheck` against a copied fictional archive."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from haart_archive.archive import Archive
from haart_archive.cli import main
from tests.conftest import PASSPHRASES, USER_NAMES, ArchiveFixture

# The first testimony of the template archive names its recruiter.
RECRUITER = "Jabari Mwinyi"


def _run(capsys, monkeypatch, role: str, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES[role])
    code = main(["redact", *argv, "--user", USER_NAMES[role]])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def testimony(archive_copy: ArchiveFixture) -> str:
    return archive_copy.path, archive_copy.testimony_ids[0]


def _plan(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, path: Path, testimony_id: str, out: Path
) -> dict:
    code, stdout, _ = _run(capsys, monkeypatch, "editor", "plan", str(path), testimony_id, "--out", str(out))
    assert code == 0 and "identifying" in stdout
    return json.loads(out.read_text(encoding="utf-8"))


def _apply(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, path: Path, testimony_id: str, plan_file: Path
) -> str:
    code, out, err = _run(capsys, monkeypatch, "editor", "apply", str(path), testimony_id, "--plan", str(plan_file))
    assert code == 0, err
    return out.strip().splitlines()[-1]


def test_suggest_prints_the_json_of_detect_without_the_identifying_text(capsys, monkeypatch, testimony):
    path, testimony_id = testimony
    code, out, _ = _run(capsys, monkeypatch, "editor", "suggest", str(path), testimony_id, "--json")
    assert code == 0
    rows = json.loads(out)
    assert {"PERSON", "PHONE"} <= {r["type"] for r in rows}
    assert all(set(r) == {"start", "end", "type", "confidence", "reason"} for r in rows)
    assert RECRUITER not in out


def test_an_advocate_cannot_see_suggestions(capsys, monkeypatch, testimony):
    path, testimony_id = testimony
    code, out, err = _run(capsys, monkeypatch, "advocate", "suggest", str(path), testimony_id, "--json")
    assert code == 3 and out == "" and RECRUITER not in err


def test_plan_is_written_only_to_the_file_asked_for_and_readable_by_its_owner(capsys, monkeypatch, testimony, tmp_path):
    path, testimony_id = testimony
    out = tmp_path / "plan.json"
    plan = _plan(capsys, monkeypatch, path, testimony_id, out)
    assert plan["testimony_id"] == testimony_id and plan["anonymity"] == "anonymous"
    assert any(d["text"] == RECRUITER for d in plan["decisions"])
    assert out.stat().st_mode & 0o077 == 0
    code, _, _ = _run(capsys, monkeypatch, "editor", "plan", str(path), testimony_id, "--anonymity", "pseudonym",
                      "--out", str(out))
    assert code == 0 and json.loads(out.read_text(encoding="utf-8"))["anonymity"] == "pseudonym"


def test_a_planted_leak_blocks_approval_until_the_plan_is_fixed(capsys, monkeypatch, testimony, tmp_path):
    path, testimony_id = testimony
    plan_file = tmp_path / "plan.json"
    plan = _plan(capsys, monkeypatch, path, testimony_id, plan_file)
    # The editor wrongly keeps the recruiter's name in.
    leaky = json.loads(json.dumps(plan))
    for d in leaky["decisions"]:
        if d["text"] == RECRUITER:
            d["status"] = "rejected"
    plan_file.write_text(json.dumps(leaky), encoding="utf-8")
    version_id = _apply(capsys, monkeypatch, path, testimony_id, plan_file)

    code, out, _ = _run(capsys, monkeypatch, "editor", "leakcheck", str(path), version_id, "--json")
    report = json.loads(out)
    assert code == 5 and report["passed"] is False
    assert all(set(leak) == {"start", "end", "line", "kind", "reason"} for leak in report["leaks"])
    assert any("recruiter" in leak["kind"] for leak in report["leaks"]) and RECRUITER not in out
    code, out, _ = _run(capsys, monkeypatch, "editor", "leakcheck", str(path), version_id, "--json", "--show-forms")
    assert code == 5 and RECRUITER in {leak["form"] for leak in json.loads(out)["leaks"]}

    code, _, err = _run(capsys, monkeypatch, "editor", "approve", str(path), version_id)
    assert code == 5 and "leak check" in err and "recruiter" in err and RECRUITER not in err

    plan_file.write_text(json.dumps(plan), encoding="utf-8")
    fixed_id = _apply(capsys, monkeypatch, path, testimony_id, plan_file)
    code, out, _ = _run(capsys, monkeypatch, "editor", "leakcheck", str(path), fixed_id)
    assert code == 0 and "passed" in out
    code, out, err = _run(capsys, monkeypatch, "editor", "approve", str(path), fixed_id)
    assert code == 0, err
    with _open(path, "editor") as archive:
        version = archive.redaction.version(fixed_id)
        assert version.approved and RECRUITER not in version.text


def test_a_stale_version_cannot_be_approved(capsys, monkeypatch, testimony, tmp_path):
    path, testimony_id = testimony
    plan_file = tmp_path / "plan.json"
    _plan(capsys, monkeypatch, path, testimony_id, plan_file)
    version_id = _apply(capsys, monkeypatch, path, testimony_id, plan_file)
    with _open(path, "custodian") as archive:
        _edit_testimony(archive, testimony_id)
    code, _, err = _run(capsys, monkeypatch, "editor", "approve", str(path), version_id)
    assert code == 5 and "stale" in err


@pytest.mark.parametrize("content", ["{not json", json.dumps({"decisions": [{"start": 1}]}), "\xff"])
def test_a_malformed_plan_is_refused_with_one_sentence(capsys, monkeypatch, testimony, tmp_path, content):
    path, testimony_id = testimony
    plan_file = tmp_path / "plan.json"
    plan_file.write_bytes(content.encode("latin-1") if content == "\xff" else content.encode("utf-8"))
    code, out, err = _run(capsys, monkeypatch, "editor", "apply", str(path), testimony_id, "--plan", str(plan_file))
    lines = err.strip().splitlines()
    assert code == 2 and out == "" and len(lines) == 1 and lines[0].endswith(".")


def test_a_plan_for_another_testimony_or_an_older_text_is_refused(capsys, monkeypatch, archive_copy, tmp_path):
    path, ids = archive_copy.path, archive_copy.testimony_ids
    plan_file = tmp_path / "plan.json"
    _plan(capsys, monkeypatch, path, ids[0], plan_file)
    code, _, err = _run(capsys, monkeypatch, "editor", "apply", str(path), ids[1], "--plan", str(plan_file))
    assert code == 2 and "another testimony" in err
    with _open(path, "custodian") as archive:
        _edit_testimony(archive, ids[0])
    code, _, err = _run(capsys, monkeypatch, "editor", "apply", str(path), ids[0], "--plan", str(plan_file))
    assert code == 2 and "current text" in err


def test_approve_takes_a_redacted_image_id_too(capsys, monkeypatch, testimony):
    from PIL import Image

    from haart_archive.media.images import Rect

    path, testimony_id = testimony
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, "PNG")
    with _open(path, "custodian") as archive:
        media_id = archive.media.add(testimony_id, buffer.getvalue(), file_name="photo.png")
        derived_id = archive.media.redact(media_id, [Rect(0, 0, 10, 10)])
    code, out, err = _run(capsys, monkeypatch, "editor", "approve", str(path), derived_id)
    assert code == 0, err
    assert "image" in out
    with _open(path, "editor") as archive:
        assert archive.media.info(derived_id).state == "approved"
    code, _, err = _run(capsys, monkeypatch, "editor", "approve", str(path), "no-such-id")
    assert code == 2 and "no redacted version or redacted image" in err


def _open(path: Path, role: str) -> Archive:
    from haart_archive.archive import Archive

    return Archive.open(path, USER_NAMES[role], PASSPHRASES[role])


def _edit_testimony(archive: Archive, testimony_id: str) -> None:
    from haart_archive.types.testimonies import TestimonyDraft

    record = archive.testimonies.get(testimony_id)
    draft = TestimonyDraft(title=record.title, text="Read again on intake. " + record.text, language=record.language,
                           county=record.county, tags=record.tags, event_years=record.event_years)
    archive.testimonies.update(testimony_id, draft)
