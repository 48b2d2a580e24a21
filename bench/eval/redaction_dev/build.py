"""Builds dev.json and fresh.json from the annotated sources in source/ and fresh/ (one fictional
testimony a file).

    .venv/bin/python bench/eval/redaction_dev/build.py

A source file starts with header lines, then a line `---`, then the text:

    id: dev01
    style: case_notes
    language: en
    person: p1 | survivor | Legal Name; Other Name | Alias; Mama X | Village | 0712 345 678

Inline markup in the text: `{TYPE|text}` or `{TYPE@key|text}` (a mention of person `key`).
TYPE is PER, LOC, ORG, NUM, DATE, AGE or QI. `<ZW>` stands for a zero-width space and `<SHY>`
for a soft hyphen, which cannot be seen in a source file. Everything here is fictional.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION", "NUM": "NUMBER", "DATE": "DATE",
         "AGE": "AGE", "QI": "QUASI_IDENTIFIER"}
MARK = re.compile(r"\{([A-Z]+)(?:@([\w-]+))?\|([^{}]*)\}")
INVISIBLE = {"<ZW>": "\u200b", "<SHY>": "\u00ad"}


def _visible(text: str) -> str:
    for token, char in INVISIBLE.items():
        text = text.replace(token, char)
    return text


def _person(line: str) -> dict:
    fields = [f.strip() for f in line.split("|")]
    fields += [""] * (6 - len(fields))
    key, role, names, aliases, places, identifiers = fields[:6]

    def items(value: str) -> list[str]:
        return [v.strip() for v in value.split(";") if v.strip()]

    return {"key": key, "role": role, "names": items(names), "aliases": items(aliases),
            "places": items(places), "identifiers": items(identifiers)}


def build_document(source: str, name: str) -> dict:
    """One document from its source text."""
    header, _, body = source.partition("\n---\n")
    meta: dict = {"people": []}
    for line in header.splitlines():
        field, _, value = line.partition(":")
        if field == "person":
            meta["people"].append(_person(value))
        elif field.strip():
            meta[field.strip()] = value.strip()
    body = _visible(body.rstrip("\n") + "\n")
    keys = {p["key"] for p in meta["people"]}
    out: list[str] = []
    spans = []
    pos = length = 0
    for m in MARK.finditer(body):
        kind, key, value = m.groups()
        if kind not in TYPES:
            raise SystemExit(f"{name}: unknown type {kind!r}")
        if key and key not in keys:
            raise SystemExit(f"{name}: unknown person {key!r}")
        out.append(body[pos:m.start()])
        length += m.start() - pos
        span = {"start": length, "end": length + len(value), "type": TYPES[kind], "text": value}
        if key:
            span["person"] = key
        spans.append(span)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "{" in text or "}" in text:
        raise SystemExit(f"{name}: unbalanced markup")
    return {"id": meta["id"], "style": meta["style"], "language": meta["language"], "text": text,
            "people": meta["people"], "spans": spans}


# Each source folder and the set it builds: source/ is the first development set; fresh/ was
# written later, in styles the rules had not seen (Telegram, iPhone exports, radio call-ins,
# P3 forms, school and chief's letters, court judgments, e-mails), to check generalisation.
SETS = (("source", "dev.json"), ("fresh", "fresh.json"), ("round3", "round3.json"))


def main() -> int:
    for folder, target in SETS:
        documents = [build_document(p.read_text("utf-8"), p.name) for p in sorted((HERE / folder).glob("*.txt"))]
        (HERE / target).write_text(json.dumps({"version": 1, "documents": documents}, ensure_ascii=False, indent=1)
                                   + "\n", "utf-8")
        count = sum(len(d["spans"]) for d in documents)
        print(f"{len(documents)} documents, {count} spans -> {HERE / target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
