"""The testimony's own people, found in every form (source 1 of DESIGN section 6).

Text and names are compared in a normal form: lower case, apostrophes dropped (Ochieng' =
Ochieng, Achieng's = Achiengs), hyphens read as spaces and a word broken by a hyphen at the
end of a line joined again. Each person gets one regular expression over that normal form
covering full names, parts of names, initials ("J. Kamau", "J.K."), teknonyms ("Mama Wanjiru")
and possessives; identifiers match with any spacing or punctuation between their characters.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from haart_archive.redaction.gazetteer import gazetteer, place
from haart_archive.redaction.types import EntityType, KnownPerson, Suggestion

_REMOVED = re.compile(r"['’‘`ʼ]|-[ \t]*\r?\n[ \t]*|­|-")
_TEKNONYM = (
    r"(?:(?:mama|baba|mzee|bi|bw|bwana|mr|mrs|ms|miss|dr|dkt|mhe|auntie|aunty|uncle|"
    r"shangazi|mjomba|nyanya|cucu|guka|dada|kaka|madam|sister|brother)\.?\s+(?:wa\s+)?)?"
)
_B = r"(?<![^\W\d_])"
_E = r"(?![^\W\d_])"


@dataclass(frozen=True)
class KnownForm:
    """One way a known identifier was found: whose, which kind, and the form matched."""

    person_key: str
    role: str
    kind: str  # name, alias, place or identifier
    entity: EntityType


@dataclass(frozen=True)
class KnownMatch:
    """A known identifier found in a text, with original offsets."""

    start: int
    end: int
    form: KnownForm
    text: str


class NormalText:
    """A text in normal form, with a map back to original offsets."""

    def __init__(self, text: str):
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = "".join(ch.lower()[0] for ch in text)
        pieces: list[str] = []
        self._norm_starts: list[int] = []
        self._orig_starts: list[int] = []
        pos = norm = 0
        for m in _REMOVED.finditer(lowered):
            self._add(pieces, lowered[pos:m.start()], pos, norm)
            norm += m.start() - pos
            if m.group() == "-":
                self._add(pieces, " ", m.start(), norm)
                norm += 1
            pos = m.end()
        self._add(pieces, lowered[pos:], pos, norm)
        self.text = "".join(pieces)
        self._length = len(text)

    def _add(self, pieces: list[str], piece: str, orig: int, norm: int) -> None:
        if piece:
            pieces.append(piece)
            self._norm_starts.append(norm)
            self._orig_starts.append(orig)

    def original(self, index: int) -> int:
        """Original offset of a normal-form offset (an end offset maps past its last char)."""
        if not self._norm_starts:
            return 0
        k = bisect.bisect_right(self._norm_starts, index) - 1
        return min(self._orig_starts[k] + index - self._norm_starts[k], self._length)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.original(start), self.original(end - 1) + 1


def _norm(s: str) -> str:
    return " ".join(NormalText(s).text.split())


def _word_pattern(words: Sequence[str]) -> str:
    return r"\s+".join(re.escape(w) for w in words)


def _name_forms(full: str, parts: bool) -> list[str]:
    """Regular expressions (normal form) for a full name, its parts and its initials."""
    words = [w for w in _norm(full).replace(".", " ").split() if w]
    if not words:
        return []
    gaz = gazetteer()
    forms = [_word_pattern(words)]
    if not parts:
        return forms
    content = [w for w in words if len(w) >= 3 and w not in gaz.titles and w not in gaz.common]
    forms.extend(re.escape(w) for w in content)
    if len(content) >= 2:
        initials = [w[0] for w in content]
        forms.append(r"\.?\s*".join(initials) + r"\.?")
        for w in content[1:]:
            forms.append(rf"{initials[0]}\.?\s*{re.escape(w)}")
        forms.append(rf"{re.escape(content[0])}\s+{initials[-1]}\.?")
        for a in content:
            for b in content:
                if a != b:
                    forms.append(rf"{re.escape(a)}\s+{re.escape(b)}")
    return forms


def _identifier_forms(identifier: str) -> list[str]:
    chars = [c for c in identifier.lower() if c.isalnum()]
    if len(chars) < 4:
        return []
    forms = [r"[\s().\-/]*".join(re.escape(c) for c in chars)]
    if any(c.isalpha() for c in chars):
        return [rf"(?<!\w){f}(?!\w)" for f in forms]
    try:
        number = phonenumbers.parse(identifier, "KE")
        if phonenumbers.is_possible_number(number):
            national = str(number.national_number)
            forms.append(r"[\s().\-]*".join(national))
    except phonenumbers.NumberParseException:
        pass
    return [rf"(?<!\d){f}(?!\d)" for f in forms]


def _identifier_type(identifier: str) -> EntityType:
    from haart_archive.redaction.detect import detect_identifiers

    found = detect_identifiers(identifier)
    return found[0].type if found else EntityType.ACCOUNT_NUMBER


@dataclass(frozen=True)
class _PersonMatcher:
    pattern: re.Pattern
    forms: tuple[tuple[re.Pattern, KnownForm], ...]


def _compile(person: KnownPerson, key: str) -> _PersonMatcher | None:
    entries: list[tuple[str, KnownForm]] = []
    for kind, values in (("name", person.names), ("alias", person.aliases)):
        form = KnownForm(key, person.role, kind, EntityType.PERSON)
        for value in values:
            entries.extend((rf"{_TEKNONYM}{f}s?", form) for f in _name_forms(value, parts=True))
    for value in person.places:
        found = place(value)
        form = KnownForm(key, person.role, "place", EntityType.LOCATION)
        entries.extend((rf"{f}s?", form) for f in _name_forms(value, parts=found is None))
    for value in person.identifiers:
        form = KnownForm(key, person.role, "identifier", _identifier_type(value))
        entries.extend((f, form) for f in _identifier_forms(value))
    if not entries:
        return None
    entries.sort(key=lambda e: len(e[0]), reverse=True)
    alternation = "|".join(f"(?:{p})" for p, _ in entries)
    pattern = re.compile(rf"{_B}(?:{alternation}){_E}")
    forms = tuple((re.compile(rf"{p}\Z"), f) for p, f in entries)
    return _PersonMatcher(pattern, forms)


@lru_cache(maxsize=64)
def _matchers(people: tuple[KnownPerson, ...]) -> tuple[_PersonMatcher, ...]:
    out = []
    for index, person in enumerate(people):
        matcher = _compile(person, person.key or f"p{index}")
        if matcher:
            out.append(matcher)
    return tuple(out)


def strings_as_people(strings: Sequence[str]) -> tuple[KnownPerson, ...]:
    """Known identifier strings without a person (the CLI's --known file) as one person each."""
    people = []
    for index, value in enumerate(strings):
        value = value.strip()
        if not value:
            continue
        if any(ch.isdigit() for ch in value):
            people.append(KnownPerson(role="person", identifiers=(value,), key=f"k{index}"))
        elif place(value):
            people.append(KnownPerson(role="person", places=(value,), key=f"k{index}"))
        else:
            people.append(KnownPerson(role="person", names=(value,), key=f"k{index}"))
    return tuple(people)


def find_known(text: str, people: Sequence[KnownPerson]) -> Iterator[KnownMatch]:
    """Every occurrence of any known identifier of any of the people, in any form."""
    matchers = _matchers(tuple(people))
    if not matchers:
        return
    normal = NormalText(text)
    for matcher in matchers:
        for m in matcher.pattern.finditer(normal.text):
            form = next((f for p, f in matcher.forms if p.match(m.group())), matcher.forms[0][1])
            start, end = normal.original_span(m.start(), m.end())
            yield KnownMatch(start, end, form, text[start:end])


_ROLE_WORDS = {"person": "a known person"}


def known_suggestions(text: str, people: Sequence[KnownPerson]) -> list[Suggestion]:
    """Suggestions for the testimony's own people (confidence 0.99)."""
    out = []
    for match in find_known(text, people):
        who = _ROLE_WORDS.get(match.form.role, f"the {match.form.role}")
        reason = f"{match.form.kind} of {who} linked to this testimony"
        out.append(Suggestion(match.start, match.end, match.form.entity, 0.99, reason,
                              match.text, match.form.person_key))
    return out
