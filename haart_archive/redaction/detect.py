"""The detector: suggestions of what to redact in a testimony, strongest source first.

    detect(text, known=people_of_the_testimony) -> [Suggestion, ...]

Sources (DESIGN section 6): the testimony's own people, Kenyan identifier patterns, ages,
named places and organisations, quasi-identifiers, the shipped gazetteers and heuristics for
unknown proper nouns. Every source reads the text in normal form (`normalise`: look-alike
letters, wide digits, invisible characters undone) and its spans are mapped back to the
original. Detection is recall-first: each suggestion says how sure it is (`confidence`) and why
(`reason`). Overlapping suggestions are merged into one covering them all, carrying the type and
reason of the most confident; a quasi-identifier's clause keeps the names and numbers in it as
suggestions of their own. Fast enough to run as the editor types (see
bench/redaction_dev_eval.py).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from haart_archive.redaction.ages import age_suggestions
from haart_archive.redaction.chat import addressed_names, chat_context_names, repeated_names, sender_suggestions
from haart_archive.redaction.fields import field_suggestions
from haart_archive.redaction.known import known_suggestions, strings_as_people
from haart_archive.redaction.names import name_suggestions
from haart_archive.redaction.nicknames import nickname_suggestions
from haart_archive.redaction.normalise import normalise
from haart_archive.redaction.patterns import identifier_suggestions
from haart_archive.redaction.phrases import phrase_suggestions
from haart_archive.redaction.quasi import quasi_suggestions
from haart_archive.redaction.types import EntityType, KnownPerson, Suggestion

# ner_eval's labels: PERSON, LOCATION, ORGANIZATION map onto its gold types; DATE too.
_EVAL_LABELS = {EntityType.DATE: "DATE"}


def detect(
    text: str,
    known: Sequence[KnownPerson] = (),
    known_strings: Sequence[str] = (),
) -> list[Suggestion]:
    """Suggestions for `text`, sorted by position and not overlapping.

    `known` are the people linked to the testimony (their names, aliases, places and
    identifiers are found in every form, confidence 0.99); `known_strings` are further known
    identifier strings without a person (names, aliases, places, numbers).
    """
    people = tuple(known) + strings_as_people(known_strings)
    found: list[Suggestion] = []
    if people:
        found.extend(known_suggestions(text, people))
    normal = normalise(text)
    plain = normal.text
    sources: list[Suggestion] = []
    sources.extend(identifier_suggestions(plain))
    sources.extend(age_suggestions(plain))
    sources.extend(phrase_suggestions(plain))
    sources.extend(quasi_suggestions(plain))
    sources.extend(name_suggestions(plain))
    sources.extend(sender_suggestions(plain))
    sources.extend(addressed_names(plain))
    sources.extend(chat_context_names(plain))
    sources.extend(field_suggestions(plain))
    sources.extend(nickname_suggestions(plain))
    sources.extend(repeated_names(plain, sources))
    if normal.changed:
        for s in sources:
            start, end = normal.to_original_span(s.start, s.end)
            found.append(Suggestion(start, end, s.type, s.confidence, s.reason, text[start:end], s.person_key))
    else:
        found.extend(sources)
    return merge(found, text)


def detect_identifiers(text: str) -> list[Suggestion]:
    """Only the identifier and date patterns (no names), merged."""
    return merge(identifier_suggestions(text), text)


def merge(found: Iterable[Suggestion], text: str) -> list[Suggestion]:
    """Overlapping suggestions become one covering them all, typed by the most confident.

    A quasi-identifier's clause is merged with other clauses only; the names, places and
    numbers inside it stay suggestions of their own, and the clause keeps the pieces between
    them, so an editor who keeps a distinctive detail still removes the name in it.
    """
    quasi, other = [], []
    for s in found:
        (quasi if s.type == EntityType.QUASI_IDENTIFIER else other).append(s)
    merged = _merge_overlapping(other, text)
    if not quasi:
        return merged
    ends = [s.end for s in merged]  # merged suggestions are disjoint and sorted, so their ends are too
    pieces = [piece for clause in _merge_overlapping(quasi, text)
              for piece in _outside(clause, merged[bisect.bisect_right(ends, clause.start):], text)]
    return sorted(merged + pieces, key=lambda s: s.start)


def _merge_overlapping(found: Iterable[Suggestion], text: str) -> list[Suggestion]:
    ordered = sorted(found, key=lambda s: (s.start, -s.end))
    out: list[Suggestion] = []
    cluster: list[Suggestion] = []
    end = -1
    for s in ordered:
        if cluster and s.start >= end:
            out.append(_combine(cluster, text))
            cluster = []
        cluster.append(s)
        end = max(end, s.end) if len(cluster) > 1 else s.end
    if cluster:
        out.append(_combine(cluster, text))
    return out


def _combine(cluster: list[Suggestion], text: str) -> Suggestion:
    if len(cluster) == 1:
        return cluster[0]
    start = min(s.start for s in cluster)
    end = max(s.end for s in cluster)
    best = max(cluster, key=lambda s: (s.confidence, s.end - s.start))
    return Suggestion(start, end, best.type, best.confidence, best.reason, text[start:end], best.person_key)


def _outside(clause: Suggestion, others: list[Suggestion], text: str) -> list[Suggestion]:
    """The parts of a clause not covered by other suggestions (with letters or digits in them)."""
    pieces = []
    pos = clause.start
    for s in others:
        if s.start >= clause.end:
            break
        if s.end <= pos:
            continue
        pieces.append((pos, s.start))
        pos = max(pos, s.end)
    pieces.append((pos, clause.end))
    out = []
    for start, end in pieces:
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if end > start:
            out.append(Suggestion(start, end, clause.type, clause.confidence, clause.reason, text[start:end]))
    return out


def spans(text: str) -> list[tuple[int, int, str, float]]:
    """Detector for /work/shared/tools/ner_eval.py: text -> [(start, end, label, score)]."""
    return [
        (s.start, s.end, _EVAL_LABELS.get(s.type, str(s.type)), s.confidence)
        for s in detect(text)
    ]
