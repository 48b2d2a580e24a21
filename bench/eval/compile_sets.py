"""Compile the held-out evaluation sets from their annotated sources into JSON.

    .venv/bin/python bench/eval/compile_sets.py [--check]

Redaction sources (`redaction/src/*.txt`, compiled to `heldout.json`, `redaction/src2/*.txt`, the
second held-out set, compiled to `heldout2.json`, `redaction/src3/*.txt`, the third, compiled to
`heldout3.json`, and `redaction/src4/*.txt`, the fourth, compiled to `heldout4.json`): a JSON
header (id, style, language, people), a line `---`, then the text with inline spans
`[[T:covered text]]` or `[[T:covered text|p0]]`, where T is P (PERSON), L (LOCATION),
O (ORGANIZATION), N (NUMBER), D (DATE), A (AGE) or Q (QUASI_IDENTIFIER) and `p0` is the key
of a linked person. A span may cross a line break.

Screening sources (`screening/src/*.txt`): notes separated by header lines
`### {json}`; evidence is marked `{{codes|sentence}}` (codes comma-separated, short forms below),
and evidence spans may nest. The JSON header carries id, language, verdict, is_child, elements
(letters a, m, p for act, means, purpose), group and kind.

`--check` compiles in memory and exits 1 when the JSON files differ from their sources.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REDACTION_DIR = HERE / "redaction"
SCREENING_DIR = HERE / "screening"

SPAN_TYPES = {
    "P": "PERSON",
    "L": "LOCATION",
    "O": "ORGANIZATION",
    "N": "NUMBER",
    "D": "DATE",
    "A": "AGE",
    "Q": "QUASI_IDENTIFIER",
}
PERSON_LINKED_TYPES = {"PERSON", "NUMBER", "LOCATION"}
STYLES = {
    "intake",
    "narrative",
    "swahili_narrative",
    "sheng",
    "whatsapp",
    "sms",
    "police_statement",
    "gulf",
    "coast",
    "labour_report",
    "court_summary",
    "referral",
    "hotline_log",
    # styles added by the second held-out set (src2)
    "telegram",
    "messenger",
    "ob_extract",
    "medical",
    "school",
    "religious_letter",
    "border",
    "northern",
    "estates",
    "radio",
    "email",
    # styles added by the third held-out set (src3)
    "code_switched",
    "labour_story",
}
LANGUAGES = {"en", "sw", "mixed"}
# Words of aliases that are titles or kinship terms, not names (the annotation aid skips them).
TITLE_WORDS = {
    "mama",
    "baba",
    "madam",
    "auntie",
    "uncle",
    "mzee",
    "dr",
    "mrs",
    "mr",
    "bi",
    "bw",
    "sister",
}

INDICATOR_CODES = {
    "abv": "abuse_of_vulnerability",
    "dec": "deception",
    "mov": "restriction_of_movement",
    "iso": "isolation",
    "vio": "physical_sexual_violence",
    "thr": "intimidation_threats",
    "doc": "retention_of_documents",
    "wag": "withholding_wages",
    "debt": "debt_bondage",
    "cond": "abusive_conditions",
    "ot": "excessive_overtime",
}
VERDICTS = {"strong", "some", "none"}
GROUPS = {"disguised", "hard_negative", "plain"}

SPAN_RE = re.compile(r"\[\[([A-Z]):(.+?)(?:\|(p\d+))?\]\]", re.DOTALL)


class SourceError(ValueError):
    """An annotated source that cannot be compiled, with the file and the reason."""


def compile_redaction_source(path: Path) -> dict:
    """One redaction document from its source file."""
    raw = path.read_text(encoding="utf-8")
    header, sep, body = raw.partition("\n---\n")
    if not sep:
        raise SourceError(f"{path.name}: no '---' line after the header")
    meta = json.loads(header)
    body = body.rstrip("\n")
    text_parts: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in SPAN_RE.finditer(body):
        before = body[pos : m.start()]
        text_parts.append(before)
        length += len(before)
        code, covered, key = m.group(1), m.group(2), m.group(3)
        if code not in SPAN_TYPES:
            raise SourceError(f"{path.name}: unknown span type {code!r} at {covered!r}")
        span = {
            "start": length,
            "end": length + len(covered),
            "type": SPAN_TYPES[code],
            "text": covered,
        }
        if key:
            span["person"] = key
        spans.append(span)
        text_parts.append(covered)
        length += len(covered)
        pos = m.end()
    text_parts.append(body[pos:])
    text = "".join(text_parts)
    if "[[" in text or "]]" in text:
        raise SourceError(
            f"{path.name}: unbalanced span markup near {text[text.find('[[') :][:40]!r}"
        )
    doc = {
        "id": meta["id"],
        "style": meta["style"],
        "language": meta["language"],
        "text": text,
        "people": meta.get("people", []),
        "spans": spans,
    }
    problems = validate_redaction_document(doc)
    if problems:
        raise SourceError(f"{path.name}: " + "; ".join(problems))
    return doc


def validate_redaction_document(doc: dict) -> list[str]:
    """Schema and offset problems of one redaction document (empty when it is sound)."""
    problems: list[str] = []
    for field in ("id", "style", "language", "text", "people", "spans"):
        if field not in doc:
            problems.append(f"missing field {field}")
    if problems:
        return problems
    if doc["style"] not in STYLES:
        problems.append(f"unknown style {doc['style']}")
    if doc["language"] not in LANGUAGES:
        problems.append(f"unknown language {doc['language']}")
    keys = set()
    places: dict[str, set[str]] = {}
    for person in doc["people"]:
        for field in ("key", "role", "names", "aliases", "places", "identifiers"):
            if field not in person:
                problems.append(f"person without {field}")
        keys.add(person.get("key"))
        places[person.get("key")] = {_squash(p) for p in person.get("places", ())}
    text = doc["text"]
    last_end = 0
    for span in sorted(doc["spans"], key=lambda s: s["start"]):
        if span["type"] not in SPAN_TYPES.values():
            problems.append(f"unknown type {span['type']}")
        if text[span["start"] : span["end"]] != span["text"]:
            problems.append(f"offsets of {span['text']!r} do not match the text")
        if span["start"] < last_end:
            problems.append(f"span {span['text']!r} overlaps the one before it")
        if span["start"] >= span["end"]:
            problems.append(f"empty span at {span['start']}")
        last_end = max(last_end, span["end"])
        key = span.get("person")
        if key is not None:
            if key not in keys:
                problems.append(f"span {span['text']!r} names unknown person {key}")
            if span["type"] not in PERSON_LINKED_TYPES:
                problems.append(
                    f"span {span['text']!r} of type {span['type']} cannot carry a person"
                )
            if (
                span["type"] == "LOCATION"
                and key in places
                and _squash(span["text"]) not in places[key]
            ):
                problems.append(f"place {span['text']!r} is not one of {key}'s places")
    return problems


def _squash(text: str) -> str:
    """Lower case with runs of white space as one space: how a place is compared."""
    return " ".join(text.lower().split())


def unannotated_mentions(doc: dict) -> list[str]:
    """Words of a linked person's names, aliases and identifiers found outside every span.

    An annotation aid: a linked person's name that appears in the text but is not annotated is
    almost always an oversight.
    """
    covered = [False] * len(doc["text"])
    for span in doc["spans"]:
        for i in range(span["start"], span["end"]):
            covered[i] = True
    misses = []
    for person in doc["people"]:
        words = set()
        for name in (*person["names"], *person["aliases"]):
            words.update(
                w
                for w in re.split(r"[\s.]+", name)
                if len(w) >= 3 and w[0].isupper() and w.lower() not in TITLE_WORDS
            )
        words.update(person["identifiers"])
        for word in words:
            for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", doc["text"], re.IGNORECASE):
                if not all(covered[m.start() : m.end()]):
                    misses.append(f"{doc['id']}: {person['key']} {word!r} at {m.start()}")
    return misses


def compile_screening_source(path: Path) -> list[dict]:
    """The screening notes of one source file."""
    raw = path.read_text(encoding="utf-8")
    chunks = re.split(r"^### ", raw, flags=re.MULTILINE)
    notes = []
    for chunk in chunks:
        if not chunk.strip():
            continue
        header, _, body = chunk.partition("\n")
        meta = json.loads(header)
        text, indicators = _strip_evidence(body.strip(), f"{path.name}:{meta['id']}")
        elements = meta["elements"]
        note = {
            "id": meta["id"],
            "language": meta["language"],
            "group": meta["group"],
            "kind": meta["kind"],
            "verdict": meta["verdict"],
            "is_child": meta["is_child"],
            "elements": {
                "act": "a" in elements,
                "means": "m" in elements,
                "purpose": "p" in elements,
            },
            "text": text,
            "indicators": indicators,
        }
        problems = validate_screening_note(note)
        if problems:
            raise SourceError(f"{path.name}:{meta['id']}: " + "; ".join(problems))
        notes.append(note)
    return notes


def _strip_evidence(body: str, where: str) -> tuple[str, list[dict]]:
    out: list[str] = []
    stack: list[tuple[list[str], int]] = []
    indicators: list[dict] = []
    length = 0
    i = 0
    while i < len(body):
        if body.startswith("{{", i):
            bar = body.find("|", i)
            if bar < 0:
                raise SourceError(f"{where}: '{{{{' without '|'")
            codes = [c.strip() for c in body[i + 2 : bar].split(",")]
            for code in codes:
                if code not in INDICATOR_CODES:
                    raise SourceError(f"{where}: unknown indicator {code!r}")
            stack.append((codes, length))
            i = bar + 1
        elif body.startswith("}}", i):
            if not stack:
                raise SourceError(f"{where}: '}}}}' without '{{{{'")
            codes, start = stack.pop()
            for code in codes:
                indicators.append({"code": INDICATOR_CODES[code], "start": start, "end": length})
            i += 2
        else:
            out.append(body[i])
            length += 1
            i += 1
    if stack:
        raise SourceError(f"{where}: evidence left open")
    indicators.sort(key=lambda d: (d["start"], d["code"]))
    return "".join(out), indicators


def validate_screening_note(note: dict) -> list[str]:
    """Schema, offset and consistency problems of one screening note (empty when sound)."""
    problems: list[str] = []
    for field in (
        "id",
        "language",
        "group",
        "kind",
        "verdict",
        "is_child",
        "elements",
        "text",
        "indicators",
    ):
        if field not in note:
            problems.append(f"missing field {field}")
    if problems:
        return problems
    if note["language"] not in LANGUAGES:
        problems.append(f"unknown language {note['language']}")
    if note["group"] not in GROUPS:
        problems.append(f"unknown group {note['group']}")
    if note["verdict"] not in VERDICTS:
        problems.append(f"unknown verdict {note['verdict']}")
    el = note["elements"]
    if set(el) != {"act", "means", "purpose"}:
        problems.append("elements must be act, means, purpose")
    complete = el.get("act") and el.get("purpose") and (el.get("means") or note["is_child"])
    if (note["verdict"] == "strong") != bool(complete):
        problems.append(
            "verdict strong must go with act + means + purpose (act + purpose for a child)"
        )
    if note["verdict"] == "none" and note["indicators"]:
        problems.append("a note without trafficking indicators cannot list evidence")
    if note["verdict"] != "none" and not note["indicators"]:
        problems.append("a note with indicators must show their evidence")
    text = note["text"]
    words = len(text.split())
    if not 60 <= words <= 250:
        problems.append(f"{words} words (60-250 expected)")
    for ind in note["indicators"]:
        if ind["code"] not in INDICATOR_CODES.values():
            problems.append(f"unknown indicator {ind['code']}")
        if not 0 <= ind["start"] < ind["end"] <= len(text):
            problems.append(f"evidence of {ind['code']} out of the text")
    return problems


def build_redaction(source_dir: str = "src") -> dict:
    """The redaction set compiled from `redaction/<source_dir>/*.txt` ("src", "src2", "src3", "src4")."""
    sources = sorted((REDACTION_DIR / source_dir).glob("*.txt"))
    docs = [compile_redaction_source(p) for p in sources]
    ids = [d["id"] for d in docs]
    if len(set(ids)) != len(ids):
        raise SourceError("duplicate document ids")
    return {"version": 1, "documents": docs}


def build_screening() -> dict:
    notes = [
        n
        for p in sorted((SCREENING_DIR / "src").glob("*.txt"))
        for n in compile_screening_source(p)
    ]
    ids = [n["id"] for n in notes]
    if len(set(ids)) != len(ids):
        raise SourceError("duplicate note ids")
    return {"version": 1, "notes": notes}


def _dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the JSON is out of date")
    args = parser.parse_args(argv)
    outputs = {
        REDACTION_DIR / "heldout.json": build_redaction(),
        REDACTION_DIR / "heldout2.json": build_redaction("src2"),
        REDACTION_DIR / "heldout3.json": build_redaction("src3"),
        REDACTION_DIR / "heldout4.json": build_redaction("src4"),
        SCREENING_DIR / "heldout.json": build_screening(),
    }
    stale = False
    for path, data in outputs.items():
        text = _dump(data)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"{path.relative_to(HERE)} is out of date: run compile_sets.py")
                stale = True
        else:
            path.write_text(text, encoding="utf-8")
    redaction_docs = [
        *outputs[REDACTION_DIR / "heldout.json"]["documents"],
        *outputs[REDACTION_DIR / "heldout2.json"]["documents"],
        *outputs[REDACTION_DIR / "heldout3.json"]["documents"],
        *outputs[REDACTION_DIR / "heldout4.json"]["documents"],
    ]
    for doc in redaction_docs:
        for miss in unannotated_mentions(doc):
            print("unannotated linked mention:", miss)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
