"""The held-out evaluation sets are well formed, up to date with their sources, and scored right.

Nothing here depends on how good the detectors are: the scorers are checked with a detector that
returns the gold answer and with one that returns nothing.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "bench" / "eval"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


compile_sets = _load("bench_eval_compile_sets", EVAL / "compile_sets.py")
redaction_eval = _load("bench_redaction_eval", ROOT / "bench" / "redaction_eval.py")
screening_eval = _load("bench_screening_eval", ROOT / "bench" / "screening_eval.py")


@pytest.fixture(scope="module")
def redaction_set() -> dict:
    return json.loads((EVAL / "redaction" / "heldout.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def redaction_set2() -> dict:
    return json.loads((EVAL / "redaction" / "heldout2.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def redaction_set3() -> dict:
    return json.loads((EVAL / "redaction" / "heldout3.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def redaction_set4() -> dict:
    return json.loads((EVAL / "redaction" / "heldout4.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def screening_set() -> dict:
    return json.loads((EVAL / "screening" / "heldout.json").read_text(encoding="utf-8"))


def test_json_files_match_their_annotated_sources(
    redaction_set, redaction_set2, redaction_set3, redaction_set4, screening_set
):
    assert compile_sets.build_redaction() == redaction_set
    assert compile_sets.build_redaction("src2") == redaction_set2
    assert compile_sets.build_redaction("src3") == redaction_set3
    assert compile_sets.build_redaction("src4") == redaction_set4
    assert compile_sets.build_screening() == screening_set


@pytest.mark.parametrize("name", ["redaction_set", "redaction_set2", "redaction_set3", "redaction_set4"])
def test_every_redaction_span_matches_its_text_without_overlap(name, request):
    data = request.getfixturevalue(name)
    assert data["version"] == 1
    for doc in data["documents"]:
        assert compile_sets.validate_redaction_document(doc) == [], doc["id"]
        assert doc["text"].strip(), doc["id"]


def test_the_redaction_sets_share_no_document_or_text(
    redaction_set, redaction_set2, redaction_set3, redaction_set4
):
    sets = [redaction_set, redaction_set2, redaction_set3, redaction_set4]
    for i, earlier in enumerate(sets):
        for later in sets[i + 1 :]:
            assert not {d["id"] for d in earlier["documents"]} & {d["id"] for d in later["documents"]}
            texts = {d["text"] for d in earlier["documents"]}
            assert not any(d["text"] in texts for d in later["documents"])


def test_redaction_set_has_the_size_and_mix_the_issue_asks_for(redaction_set):
    docs = redaction_set["documents"]
    counts = Counter(s["type"] for d in docs for s in d["spans"])
    assert len(docs) >= 24
    assert sum(counts.values()) >= 700
    minimum = {
        "QUASI_IDENTIFIER": 40,
        "AGE": 60,
        "NUMBER": 60,
        "DATE": 60,
        "PERSON": 200,
        "LOCATION": 150,
        "ORGANIZATION": 60,
    }
    for entity_type, least in minimum.items():
        assert counts[entity_type] >= least, entity_type
    assert {d["language"] for d in docs} == {"en", "sw", "mixed"}
    assert {"whatsapp", "sms", "police_statement", "gulf", "coast", "sheng"} <= {
        d["style"] for d in docs
    }


def test_second_redaction_set_has_the_size_and_mix_it_was_written_for(redaction_set2):
    docs = redaction_set2["documents"]
    counts = Counter(s["type"] for d in docs for s in d["spans"])
    assert len(docs) >= 26
    assert sum(counts.values()) >= 1100
    minimum = {
        "PERSON": 400,
        "LOCATION": 220,
        "ORGANIZATION": 80,
        "NUMBER": 110,
        "DATE": 110,
        "AGE": 70,
        "QUASI_IDENTIFIER": 50,
    }
    for entity_type, least in minimum.items():
        assert counts[entity_type] >= least, entity_type
    assert {d["language"] for d in docs} == {"en", "sw", "mixed"}
    styles = Counter(d["style"] for d in docs)
    assert styles["whatsapp"] >= 2
    assert {"telegram", "messenger", "ob_extract", "radio", "email", "medical"} <= set(styles)
    texts = "\n".join(d["text"] for d in docs)
    assert "\u200b" in texts and "\u00ad" in texts  # invisible characters inside numbers
    assert any(s["type"] == "PERSON" and "\n" in s["text"] for d in docs for s in d["spans"])


def test_third_redaction_set_has_the_size_and_mix_it_was_written_for(redaction_set3):
    docs = redaction_set3["documents"]
    counts = Counter(s["type"] for d in docs for s in d["spans"])
    assert len(docs) >= 30
    assert sum(counts.values()) >= 1500
    minimum = {
        "PERSON": 500,
        "LOCATION": 250,
        "ORGANIZATION": 100,
        "NUMBER": 150,
        "DATE": 150,
        "AGE": 90,
        "QUASI_IDENTIFIER": 60,
    }
    for entity_type, least in minimum.items():
        assert counts[entity_type] >= least, entity_type
    assert {d["language"] for d in docs} == {"en", "sw", "mixed"}
    styles = Counter(d["style"] for d in docs)
    assert styles["whatsapp"] >= 2 and styles["sms"] >= 2 and styles["gulf"] >= 3
    assert {"code_switched", "labour_story", "ob_extract", "medical", "email", "court_summary"} <= set(styles)
    texts = "\n".join(d["text"] for d in docs)
    assert "\u200b" in texts and "\u00ad" in texts  # invisible characters inside numbers
    assert any("\uff10" <= ch <= "\uff19" for ch in texts)  # full-width digits
    assert any(s["type"] == "PERSON" and "\n" in s["text"] for d in docs for s in d["spans"])
    assert sum(len(d["people"]) for d in docs) >= 60


def test_fourth_redaction_set_has_the_size_and_mix_it_was_written_for(redaction_set4):
    docs = redaction_set4["documents"]
    counts = Counter(s["type"] for d in docs for s in d["spans"])
    assert len(docs) >= 20
    assert sum(counts.values()) >= 900
    minimum = {
        "PERSON": 300,
        "LOCATION": 120,
        "ORGANIZATION": 50,
        "NUMBER": 100,
        "DATE": 80,
        "AGE": 80,
        "QUASI_IDENTIFIER": 50,
    }
    for entity_type, least in minimum.items():
        assert counts[entity_type] >= least, entity_type
    assert {d["language"] for d in docs} == {"en", "sw", "mixed"}
    styles = Counter(d["style"] for d in docs)
    assert styles["whatsapp"] >= 2 and styles["sms"] >= 2 and styles["police_statement"] >= 2
    assert {"gulf", "coast", "sheng", "labour_report", "referral", "school", "religious_letter"} <= set(styles)
    texts = "\n".join(d["text"] for d in docs)
    assert "\u200b" in texts and "\u00ad" in texts  # invisible characters inside numbers
    assert any("\uff10" <= ch <= "\uff19" for ch in texts)  # full-width digits
    assert any(s["type"] == "PERSON" and "\n" in s["text"] for d in docs for s in d["spans"])


@pytest.mark.parametrize("name", ["redaction_set", "redaction_set2", "redaction_set3", "redaction_set4"])
def test_every_linked_person_is_mentioned_and_fully_annotated(name, request):
    for doc in request.getfixturevalue(name)["documents"]:
        mentioned = {s.get("person") for s in doc["spans"]}
        for person in doc["people"]:
            assert person["names"], (doc["id"], person["key"])
            assert person["key"] in mentioned, (doc["id"], person["key"])
        assert compile_sets.unannotated_mentions(doc) == []


def test_screening_notes_are_consistent(screening_set):
    notes = screening_set["notes"]
    for note in notes:
        assert compile_sets.validate_screening_note(note) == [], note["id"]
        for ind in note["indicators"]:
            assert note["text"][ind["start"] : ind["end"]].strip(), (note["id"], ind["code"])
    assert len(notes) >= 48
    positives = sum(n["verdict"] != "none" for n in notes)
    assert positives * 2 == len(notes)
    assert sum(n["group"] == "disguised" for n in notes) * 3 >= len(notes)
    assert {n["language"] for n in notes} == {"en", "sw", "mixed"}
    assert any(
        n["is_child"] and n["verdict"] == "strong" and not n["elements"]["means"] for n in notes
    )


class _Found:
    def __init__(self, start: int, end: int, type_: str) -> None:
        self.start, self.end, self.type = start, end, type_


@pytest.mark.parametrize("name", ["redaction_set", "redaction_set2", "redaction_set3", "redaction_set4"])
def test_redaction_scorer_gives_full_marks_to_the_gold_and_none_to_nothing(
    name, request, monkeypatch
):
    docs = request.getfixturevalue(name)["documents"]
    by_text = {d["text"]: d for d in docs}
    monkeypatch.setattr(
        redaction_eval,
        "detect",
        lambda text, known=(): [
            _Found(s["start"], s["end"], s["type"]) for s in by_text[text]["spans"]
        ],
    )
    perfect = redaction_eval.score(docs, with_people=True)
    assert all(t.found == t.total == t.typed for t in perfect.by_type.values())
    assert perfect.known.found == perfect.known.total > 0
    assert perfect.precision() == 1.0
    monkeypatch.setattr(redaction_eval, "detect", lambda text, known=(): [])
    empty = redaction_eval.score(docs, with_people=False)
    assert sum(t.found for t in empty.by_type.values()) == 0
    assert len(empty.misses) == sum(len(d["spans"]) for d in docs)


def test_redaction_scorer_needs_every_letter_and_digit_covered(monkeypatch):
    doc = {
        "id": "t",
        "style": "sms",
        "language": "en",
        "people": [],
        "text": "Call Mary Wanjiku.",
        "spans": [{"start": 5, "end": 17, "type": "PERSON", "text": "Mary Wanjiku"}],
    }
    monkeypatch.setattr(redaction_eval, "detect", lambda text, known=(): [_Found(5, 9, "PERSON")])
    assert redaction_eval.score([doc], with_people=False).by_type["PERSON"].found == 0
    monkeypatch.setattr(
        redaction_eval,
        "detect",
        lambda text, known=(): [_Found(5, 9, "PERSON"), _Found(10, 18, "LOCATION")],
    )
    result = redaction_eval.score([doc], with_people=False)
    assert result.by_type["PERSON"].found == 1 and result.by_type["PERSON"].typed == 0


def test_screening_scorer_gives_full_marks_to_the_gold(screening_set):
    notes = screening_set["notes"]
    gold = [
        {"verdict": n["verdict"], "elements": n["elements"], "indicators": n["indicators"]}
        for n in notes
    ]
    figures = screening_eval.evaluate(notes, gold)
    assert figures["trafficking"]["precision"] == figures["trafficking"]["recall"] == 1.0
    assert figures["indicator_recall_all"] == 1.0
    assert all(f["false_positive_notes"] == 0 for f in figures["indicators"].values())
    silent = screening_eval.evaluate(notes, [{"verdict": "none", "indicators": []} for _ in notes])
    assert silent["trafficking"]["recall"] == 0.0
    assert silent["indicator_recall_all"] == 0.0


def test_screening_scorer_exits_2_without_a_detector(capsys):
    assert screening_eval.main(["--detector", "haart_archive.no_such_screening:screen"]) == 2
    assert "cannot import" in capsys.readouterr().err
