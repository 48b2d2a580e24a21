"""`haart-archive redact detect`."""

from __future__ import annotations

import argparse
import io
import json

from haart_archive.commands.redaction import register


def _run(argv, stdin: bytes, capsys, monkeypatch):
    parser = argparse.ArgumentParser(prog="haart-archive")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = args.handler(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_detect_prints_json_suggestions(capsys, monkeypatch, tmp_path):
    known = tmp_path / "known.json"
    known.write_text(json.dumps(["Kadzo Mwero"]), encoding="utf-8")
    text = b"Kadzo's phone is 0722 111 333."
    code, out, _ = _run(["redact", "detect", "--known", str(known), "--json"], text, capsys, monkeypatch)
    assert code == 0
    rows = json.loads(out)
    assert [(r["start"], r["end"], r["type"]) for r in rows] == [(0, 7, "PERSON"), (17, 29, "PHONE")]
    assert set(rows[0]) == {"start", "end", "type", "confidence", "reason"}


def test_detect_refuses_bad_input_with_exit_code_2(capsys, monkeypatch, tmp_path):
    code, _, err = _run(["redact", "detect"], b"\xff\xfe bad", capsys, monkeypatch)
    assert code == 2 and err.strip().endswith(".")
    bad = tmp_path / "known.json"
    bad.write_text("{}", encoding="utf-8")
    code, _, err = _run(["redact", "detect", "--known", str(bad)], b"text", capsys, monkeypatch)
    assert code == 2 and "--known" in err
