"""Redaction plans, pseudonyms and the operators that turn a testimony into a redacted version.

A plan belongs to one testimony: the detector's suggestions accepted or rejected, spans added
by hand, and "apply to every occurrence". `apply_plan` destroys: it writes a new text and
records, for each replaced span, where it was and where its replacement now is.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.redaction.gazetteer import fold, place
from haart_archive.redaction.generalise import generalise
from haart_archive.redaction.placeholders import language_of, placeholder
from haart_archive.redaction.types import EntityType, KnownPerson, Suggestion

ANONYMITY_LEVELS = ("anonymous", "pseudonym", "first_name", "full_name")
IDENTIFIER_TYPES = frozenset({
    EntityType.PHONE, EntityType.NATIONAL_ID, EntityType.PASSPORT, EntityType.KRA_PIN,
    EntityType.MPESA_CODE, EntityType.EMAIL, EntityType.ACCOUNT_NUMBER, EntityType.VEHICLE_PLATE,
    EntityType.QUASI_IDENTIFIER,
})
MASK = "█████"
# Suggestions below this confidence wait for the editor instead of being accepted by default.
ACCEPT_FROM = 0.5


class Operator(StrEnum):
    """What happens to a span."""

    MASK = "mask"
    LABEL = "label"
    PSEUDONYM = "pseudonym"
    GENERALISE = "generalise"
    KEEP = "keep"


class Status(StrEnum):
    """Where a decision stands with the editor."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    MANUAL = "manual"


@dataclass(frozen=True)
class Decision:
    """One span of the plan and what to do with it.

    `text` is the original string (sensitive: plans are sealed in the identity tier);
    `replacement`, when set, overrides the operator's own output (used for "first name only").
    """

    start: int
    end: int
    type: EntityType
    operator: Operator
    status: Status = Status.PENDING
    text: str = ""
    reason: str = ""
    confidence: float = 1.0
    person_key: str | None = None
    every_occurrence: bool = False
    replacement: str | None = None

    @property
    def applies(self) -> bool:
        return self.status in (Status.ACCEPTED, Status.MANUAL)


@dataclass
class RedactionPlan:
    """The decisions for one testimony; JSON round-trips with to_json()/from_json()."""

    testimony_id: str = ""
    anonymity: str = "anonymous"
    decisions: list[Decision] = field(default_factory=list)

    def accept(self, index: int, operator: Operator | None = None, every_occurrence: bool = False) -> None:
        """Accept suggestion `index`, optionally with another operator or for every occurrence."""
        d = self.decisions[index]
        self.decisions[index] = replace(d, status=Status.ACCEPTED, operator=operator or d.operator,
                                        every_occurrence=every_occurrence or d.every_occurrence)

    def reject(self, index: int) -> None:
        """The editor says this span is not sensitive."""
        self.decisions[index] = replace(self.decisions[index], status=Status.REJECTED)

    def add(self, text: str, start: int, end: int, entity: EntityType,
            operator: Operator = Operator.LABEL, every_occurrence: bool = False) -> Decision:
        """A span marked by hand in `text` (the original)."""
        if not 0 <= start < end <= len(text):
            raise InvalidInput(Message("The marked span lies outside the text."))
        decision = Decision(start, end, EntityType(entity), Operator(operator), Status.MANUAL,
                            text[start:end], "marked by hand", 1.0, None, every_occurrence)
        self.decisions.append(decision)
        return decision

    def undecided_quasi_identifiers(self) -> list[Decision]:
        """Quasi-identifiers nobody decided on yet: these block approval."""
        return [d for d in self.decisions if d.type == EntityType.QUASI_IDENTIFIER and d.status == Status.PENDING]

    def reviewed_strings(self) -> list[str]:
        """Texts the editor looked at and left in (rejected or kept): not leaks for the check."""
        return [d.text for d in self.decisions
                if d.status == Status.REJECTED or (d.applies and d.operator == Operator.KEEP)]

    def to_json(self) -> str:
        return json.dumps({
            "version": 1, "testimony_id": self.testimony_id, "anonymity": self.anonymity,
            "decisions": [asdict(d) for d in self.decisions],
        }, ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str) -> RedactionPlan:
        try:
            raw = json.loads(data)
            decisions = [
                Decision(**{**d, "type": EntityType(d["type"]), "operator": Operator(d["operator"]),
                            "status": Status(d["status"])})
                for d in raw["decisions"]
            ]
            return cls(raw.get("testimony_id", ""), raw.get("anonymity", "anonymous"), decisions)
        except (ValueError, KeyError, TypeError) as exc:
            raise InvalidInput(Message("The redaction plan is not a valid plan file.")) from exc


_ROLE_WORDS = {
    "survivor": "Survivor", "relative": "Relative", "recruiter": "Recruiter",
    "employer": "Employer", "witness": "Witness", "officer": "Officer",
}


def _letters(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("A") + rem) + out
    return out


@dataclass
class AliasTable:
    """Pseudonyms of one testimony: person key -> alias ("Survivor A", "Employer B").

    Sealed in the identity tier by the archive layer; aliases never repeat across testimonies
    because `allocate` skips every alias in `used_elsewhere`.
    """

    aliases: dict[str, str] = field(default_factory=dict)

    def allocate(self, person_key: str, role: str = "person", used_elsewhere: Iterable[str] = ()) -> str:
        """The alias of `person_key`, allocating the next free one for a new person."""
        if person_key in self.aliases:
            return self.aliases[person_key]
        taken = set(self.aliases.values()) | set(used_elsewhere)
        word = _ROLE_WORDS.get(role, "Person")
        n = len(self.aliases)
        while f"{word} {_letters(n)}" in taken:
            n += 1
        self.aliases[person_key] = f"{word} {_letters(n)}"
        return self.aliases[person_key]

    def to_json(self) -> str:
        return json.dumps({"version": 1, "aliases": self.aliases}, ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str) -> AliasTable:
        try:
            return cls(dict(json.loads(data)["aliases"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise InvalidInput(Message("The alias table is not a valid alias file.")) from exc


def _person(known: Sequence[KnownPerson], key: str | None) -> KnownPerson | None:
    for index, person in enumerate(known):
        if key in (person.key, f"p{index}"):
            return person
    return None


def _operator_for(s: Suggestion, anonymity: str, known: Sequence[KnownPerson]) -> tuple[Operator, str | None]:
    if s.type in IDENTIFIER_TYPES or s.type == EntityType.ORGANIZATION and anonymity != "full_name":
        return Operator.LABEL, None
    if s.type in (EntityType.DATE, EntityType.AGE):
        return Operator.GENERALISE, None
    if s.type == EntityType.LOCATION:
        found = place(s.text) if s.person_key is None else None
        if found and found[1] in ("county", "country", "city"):
            return Operator.KEEP, None
        return Operator.GENERALISE, None
    if s.type == EntityType.PERSON:
        return _person_operator(s, anonymity, known)
    return Operator.KEEP if anonymity == "full_name" else Operator.LABEL, None


def _person_operator(s: Suggestion, anonymity: str, known: Sequence[KnownPerson]) -> tuple[Operator, str | None]:
    if anonymity == "full_name":
        return Operator.KEEP, None
    if anonymity == "anonymous":
        return Operator.LABEL, None
    person = _person(known, s.person_key)
    if anonymity == "first_name" and person is not None and person.role == "survivor":
        first = person.first_name()
        if first and fold(first) in {fold(w) for w in s.text.split()}:
            return Operator.KEEP, first
        return Operator.LABEL, None
    return Operator.PSEUDONYM, None


def default_plan(text: str, suggestions: Sequence[Suggestion], known: Sequence[KnownPerson] = (),
                 anonymity: str = "anonymous", testimony_id: str = "") -> RedactionPlan:
    """The plan the consent's anonymity level implies, before the editor changes anything.

    anonymous: people labelled, places below county generalised to their county;
    pseudonym: people replaced by consistent pseudonyms; first_name: the survivor keeps
    the first name, the rest of their name is removed, others get pseudonyms; full_name:
    people keep their names. Identifiers are labelled, dates and ages (in figures or in words)
    generalised, at every level. Quasi-identifiers (a scar, "the only girl in her village who
    ...") are removed at `anonymous`; at the other levels they wait for the editor, and an
    undecided one blocks approval. Suggestions below ACCEPT_FROM confidence stay pending too.
    """
    if anonymity not in ANONYMITY_LEVELS:
        raise InvalidInput(Message(
            "The anonymity level must be one of {anonymity_levels}.",
            anonymity_levels=', '.join(ANONYMITY_LEVELS),
        ))
    decisions = []
    for s in suggestions:
        operator, replacement = _operator_for(s, anonymity, known)
        status = Status.ACCEPTED if s.confidence >= ACCEPT_FROM else Status.PENDING
        if s.type == EntityType.QUASI_IDENTIFIER and anonymity != "anonymous":
            status = Status.PENDING
        decisions.append(Decision(s.start, s.end, s.type, operator, status, s.text or text[s.start:s.end],
                                  s.reason, s.confidence, s.person_key, False, replacement))
    return RedactionPlan(testimony_id, anonymity, decisions)


@dataclass(frozen=True)
class Replacement:
    """Where a span was in the original and where its replacement is in the redacted text."""

    original_start: int
    original_end: int
    redacted_start: int
    redacted_end: int
    type: EntityType
    operator: Operator


@dataclass(frozen=True)
class RedactedText:
    """A redacted version: the new text, its replaced spans and its provenance."""

    text: str
    replacements: tuple[Replacement, ...]
    provenance: dict

    def reviewed(self) -> list[str]:
        """Strings the plan put into the text on purpose, for `leak_check(reviewed=...)`."""
        return sorted({self.text[r.redacted_start:r.redacted_end] for r in self.replacements
                       if r.redacted_end > r.redacted_start})


def _occurrences(text: str, decisions: list[Decision]) -> list[tuple[int, int, Decision]]:
    """(start, end, decision) of every span to replace: each decision's own span, and for
    "apply to every occurrence" each other place its text stands as a whole word. Plain
    tuples, because the preview redoes this on every key press at the redaction desk."""
    spans = [(d.start, d.end, d) for d in decisions]
    for d in decisions:
        if not (d.every_occurrence and d.text.strip()):
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(d.text)}(?!\w)", re.IGNORECASE)
        spans.extend((m.start(), m.end(), d) for m in pattern.finditer(text))
    return spans


def _without_overlaps(spans: list[tuple[int, int, Decision]]) -> list[tuple[int, int, Decision]]:
    chosen: list[tuple[int, int, Decision]] = []
    for span in sorted(spans, key=lambda span: (span[0], span[0] - span[1])):
        if not chosen or span[0] >= chosen[-1][1]:
            chosen.append(span)
    return chosen


def _with_details_joined(text: str, spans: list[tuple[int, int, Decision]]) -> list[tuple[int, int, Decision]]:
    """A removed distinctive detail swallows the replaced spans right beside it, so that "Esther is
    the only woman in Kanduyi who ..." becomes one "[identifying detail removed]", not a row of
    placeholders."""
    out: list[tuple[int, int, Decision]] = []
    for span in spans:
        if out and not text[out[-1][1]:span[0]].strip():
            prev = out[-1]
            quasi = [d for d in (prev[2], span[2])
                     if d.type == EntityType.QUASI_IDENTIFIER and d.operator != Operator.KEEP]
            if quasi and Operator.KEEP not in (prev[2].operator, span[2].operator):
                out[-1] = (prev[0], span[1], quasi[0])
                continue
        out.append(span)
    return out


def _render(d: Decision, original: str, aliases: AliasTable, known: Sequence[KnownPerson],
            used_elsewhere: Iterable[str], language: str) -> str:
    if d.replacement is not None:
        return d.replacement + ("'s" if re.search(r"['’]s$", original) else "")
    if d.operator == Operator.KEEP:
        return original
    if d.operator == Operator.MASK:
        return MASK
    if d.operator == Operator.PSEUDONYM:
        person = _person(known, d.person_key)
        key = d.person_key or "name:" + " ".join(fold(w) for w in original.split())
        alias = aliases.allocate(key, person.role if person else "person", used_elsewhere)
        return alias + ("'s" if re.search(r"['’]s$", original) else "")
    if d.operator == Operator.GENERALISE:
        coarse = generalise(original, d.type)
        if coarse is not None:
            return coarse
    return placeholder(d.type, language)


def apply_plan(text: str, plan: RedactionPlan, aliases: AliasTable | None = None,
               known: Sequence[KnownPerson] = (), used_elsewhere: Iterable[str] = (),
               language: str | None = None) -> RedactedText:
    """Apply the accepted and hand-made decisions of `plan` to `text`: a new, redacted text.

    `aliases` is the testimony's alias table (updated in place with any new pseudonym);
    `used_elsewhere` are aliases of other testimonies, never reused. Placeholders are written
    in `language` ('en' or 'sw'; guessed from the text when not given).
    """
    language = language or language_of(text)
    aliases = aliases if aliases is not None else AliasTable()
    used_elsewhere = frozenset(used_elsewhere)
    spans = _with_details_joined(text, _without_overlaps(_occurrences(text, [d for d in plan.decisions if d.applies])))
    pieces: list[str] = []
    replacements: list[Replacement] = []
    pos = out_len = 0
    for start, end, d in spans:
        pieces.append(text[pos:start])
        out_len += start - pos
        new = _render(d, text[start:end], aliases, known, used_elsewhere, language)
        pieces.append(new)
        replacements.append(Replacement(start, end, out_len, out_len + len(new), d.type, d.operator))
        out_len += len(new)
        pos = end
    pieces.append(text[pos:])
    provenance = {
        "source_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "plan_sha256": hashlib.sha256(plan.to_json().encode("utf-8")).hexdigest(),
        "testimony_id": plan.testimony_id,
        "anonymity": plan.anonymity,
        "operators": dict(Counter(str(d.operator) for _start, _end, d in spans)),
    }
    return RedactedText("".join(pieces), tuple(replacements), provenance)
