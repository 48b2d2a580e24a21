"""The testimony's own people, found in every form (source 1 of DESIGN section 6).

Text and names are compared in a normal form: `normalise()` first (look-alike letters, wide
digits, invisible characters), then lower case, apostrophes dropped (Ochieng' = Ochieng,
Achieng's = Achiengs), hyphens read as spaces and a word broken by a hyphen at the end of a
line joined again. Each person gets one regular expression over that form covering full names,
parts of names, initials with or without dots and spaces ("P.K.", "PK", "P. K.", "J. Kamau",
"M. A. Ouma"), a title or teknonym before any of them as one span ("Mama Wanjiru", "Bwana
Khamis", "Mama wa Kim"), and possessives. Identifiers match with any spacing or punctuation
between their characters, with O and l standing for 0 and 1, and spelled out digit by digit
in English or Swahili.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import phonenumbers

from haart_archive.redaction.gazetteer import gazetteer, place
from haart_archive.redaction.normalise import normalise
from haart_archive.redaction.patterns import identifier_type
from haart_archive.redaction.types import EntityType, KnownPerson, Suggestion

_REMOVED = re.compile(r"['`]|-[ \t]*\r?\n[ \t]*|-")
# "Mother of X", "father of X": the X of a teknonym is another person, so its parts are not
# this person's name.
TEKNONYMS = frozenset(["mama", "baba", "abu", "umm", "ummu", "nyar", "wuod", "mamake", "babake"])
# Words of a place name that say what kind of place it is, not which one.
_PLACE_GENERIC = frozenset([
    "phase", "section", "sector", "stage", "estate", "block", "zone", "extension", "north", "south", "east",
    "west", "central", "road", "street", "avenue", "lane", "village", "town", "market", "upper", "lower",
    "new", "old", "kati", "juu", "chini", "mashariki", "magharibi", "kaskazini", "kusini",
])
_ROMAN = re.compile(r"^[ivx]+$")
_B = r"(?<![^\W\d_])"
_E = r"(?![^\W\d_])"
_SEP = r"[\s().,/\-]*"
_DIGIT_FORMS = {
    "0": ("0", "o", "zero", "oh", "sifuri", "sufuri"), "1": ("1", "l", "i", "one", "moja"),
    "2": ("2", "two", "mbili"), "3": ("3", "three", "tatu"), "4": ("4", "four", "nne"),
    "5": ("5", "s", "five", "tano"), "6": ("6", "six", "sita"), "7": ("7", "seven", "saba"),
    "8": ("8", "eight", "nane"), "9": ("9", "nine", "tisa"),
}


@dataclass(frozen=True)
class KnownForm:
    """One way a known identifier was found: whose, which kind, and the form matched."""

    person_key: str
    role: str
    kind: str  # name, alias, place or identifier
    entity: EntityType
    needs_capital: bool = False  # an ordinary word used as a name: a name only with a capital
    bare_initials: bool = False  # initials made from the name: only in capitals or with dots


@dataclass(frozen=True)
class KnownMatch:
    """A known identifier found in a text, with original offsets. `lowercase_word` is set when
    the match is a name that is also an ordinary word ("hope", "baraka") written in lower case:
    most likely the word, possibly the person."""

    start: int
    end: int
    form: KnownForm
    text: str
    lowercase_word: bool = False


class NormalText:
    """A text in lower case without apostrophes and hyphens, with a map back to its offsets."""

    def __init__(self, text: str) -> None:
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
        """Original span of a normal-form span."""
        return self.original(start), self.original(end - 1) + 1


def _words(value: str) -> list[str]:
    text = NormalText(normalise(value).text).text
    return [w for w in re.split(r"[\s.]+", text) if w]


@cache
def _title_prefix() -> str:
    """An optional title or teknonym before a name: 'Mama ', 'Bw. ', 'Mama wa ', 'Pastor '."""
    titles = sorted(gazetteer().titles | TEKNONYMS | {"auntie", "aunty", "madame", "bro", "sis", "cucu", "guka",
                                                         "nyanya", "ustadh", "cpl", "sgt", "pc", "insp"},
                    key=len, reverse=True)
    return rf"(?:(?:{'|'.join(map(re.escape, titles))})\.?\s+(?:wa\s+)?)?"


def _ordinary(word: str) -> bool:
    gaz = gazetteer()
    return word in gaz.common or word in gaz.nouns or word in gaz.ambiguous or word in gaz.titles


def _dictionary(word: str) -> bool:
    gaz = gazetteer()
    return _ordinary(word) or word in gaz.english or word in gaz.swahili


def _short_forms(content: Sequence[str], kind: str) -> list[str]:
    """A given name or an alias cut short, as friends and chats write it ("Bless" for Blessing or
    Blessy, "Pete" for Peter): its first four letters or more, at most three fewer than the whole."""
    words = content if kind == "alias" else content[:1]
    titles = gazetteer().titles
    out = []
    for word in words:
        for length in range(max(4, len(word) - 3), len(word)):
            short = word[:length]
            if short not in titles and short not in content and short not in out:
                out.append(short)
    return out


def _initials(letters: Sequence[str]) -> str:
    return r"\.?\s*".join(re.escape(c) for c in letters) + r"\.?"


def _name_forms(value: str, form: KnownForm, parts: bool = True) -> list[tuple[str, KnownForm]]:
    """(pattern, form) for a name or alias: the whole, its parts, initials and their mixes."""
    words = _words(value)
    if not words:
        return []
    if len(words) == 1 and value.strip().isalpha() and value.strip().isupper() and 2 <= len(words[0]) <= 4:
        words = list(words[0])  # "JK", "DKM": initials written without dots
    if all(len(w) == 1 for w in words):  # an alias that is itself initials: "P.K.", "JK"
        return [(_initials(words), form)] if len(words) > 1 else []
    lead = words[0]
    if lead in TEKNONYMS and len(words) > 1:  # "Mama Kim" is a whole: Kim is someone else
        return [(rf"{re.escape(lead)}\s+(?:wa\s+)?" + r"\s+".join(map(re.escape, words[1:])), form)]
    titles = gazetteer().titles
    while len(words) > 1 and words[0] in titles:
        words = words[1:]
    out = [(r"(?:\.?\s*|\s+)".join(re.escape(w) for w in words), form)]
    content = [w for w in words if len(w) >= 3 and not _ROMAN.match(w)]
    if not parts:
        return out
    capital_only = KnownForm(**{**form.__dict__, "needs_capital": True})
    out.extend((re.escape(w), capital_only if _ordinary(w) else form) for w in content)
    out.extend((re.escape(w), capital_only if _dictionary(w) else form) for w in _short_forms(content, form.kind))
    if len(content) < 2:
        return out
    letters = [w[0] for w in content]
    bare = KnownForm(**{**form.__dict__, "bare_initials": True})
    for mask in range(1, 1 << len(letters)):  # every ordered choice of two or more initials
        chosen = [letters[i] for i in range(len(letters)) if mask >> i & 1]
        if len(chosen) >= 2:
            out.append((_initials(chosen), bare))
    for k in range(1, len(content)):
        for mask in range(1, 1 << k):
            chosen = [letters[i] for i in range(k) if mask >> i & 1]
            out.append((r"\.?\s*".join(chosen) + rf"(?:\.\s*|\s+){re.escape(content[k])}", form))
        out.append((rf"{re.escape(content[0])}\s+{letters[k]}\.?", form))
    for a in content:
        for b in content:
            if a != b:
                out.append((rf"{re.escape(a)}\s+{re.escape(b)}", form))
    return out


def _place_forms(value: str, form: KnownForm) -> list[tuple[str, KnownForm]]:
    words = _words(value)
    if not words:
        return []
    out = [(r"\s+".join(map(re.escape, words)), form)]
    if place(value) is None and len(words) > 1:
        capital_only = KnownForm(**{**form.__dict__, "needs_capital": True})
        for w in words:
            if len(w) >= 3 and w not in _PLACE_GENERIC and not _ROMAN.match(w) and not w.isdigit():
                out.append((re.escape(w), capital_only if _ordinary(w) else form))
    return out


def _digits(chars: Sequence[str]) -> str:
    return _SEP.join("(?:" + "|".join(_DIGIT_FORMS[c]) + ")" if c in _DIGIT_FORMS else re.escape(c) for c in chars)


def _identifier_forms(identifier: str) -> list[str]:
    chars = [c for c in normalise(identifier).text.lower() if c.isalnum()]
    if len(chars) < 4:
        return []
    if any(c.isalpha() for c in chars):
        return [rf"(?<!\w){_digits(chars)}(?!\w)"]
    forms = [_digits(chars)]
    try:
        number = phonenumbers.parse(identifier, "KE")
        if phonenumbers.is_possible_number(number):
            prefix = rf"(?:(?:\+|00)?\s*{number.country_code}{_SEP}|0{_SEP})?"
            forms.append(prefix + _digits(str(number.national_number)))
    except phonenumbers.NumberParseException:
        pass
    return [rf"(?<!\w){f}(?!\w)" for f in forms]


@dataclass(frozen=True)
class _PersonMatcher:
    pattern: re.Pattern
    forms: tuple[tuple[re.Pattern, KnownForm], ...]


def _compile(person: KnownPerson, key: str) -> _PersonMatcher | None:
    entries: list[tuple[str, KnownForm]] = []
    prefix = _title_prefix()
    for kind, values in (("name", person.names), ("alias", person.aliases)):
        form = KnownForm(key, person.role, kind, EntityType.PERSON)
        for value in values:
            entries.extend((rf"{prefix}{p}s?", f) for p, f in _name_forms(value, form))
    for value in person.places:
        form = KnownForm(key, person.role, "place", EntityType.LOCATION)
        entries.extend((rf"{p}s?", f) for p, f in _place_forms(value, form))
    for value in person.identifiers:
        form = KnownForm(key, person.role, "identifier", identifier_type(value))
        entries.extend((p, form) for p in _identifier_forms(value))
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


def _lowercase_word(form: KnownForm, written: str) -> bool:
    """Whether a match is an ordinary word used as a name, written without a capital."""
    return form.needs_capital and not any(w[0].isupper() for w in re.findall(r"[^\W\d_]+", written))


def _acceptable(form: KnownForm, written: str, any_case: bool) -> bool:
    """Whether a match stands as written: ordinary words need a capital unless `any_case`, bare
    initials need capitals or dots ("am" is a word, "A.M." or "AM" may be initials)."""
    if not any_case and _lowercase_word(form, written):
        return False
    return not (form.bare_initials and "." not in written and not written.replace(" ", "").isupper())


def find_known(text: str, people: Sequence[KnownPerson], any_case: bool = False) -> Iterator[KnownMatch]:
    """Every occurrence of any known identifier of any of the people, in any form.

    A name that is also an ordinary word ("Hope", "Baraka") counts in lower case only with
    `any_case` (detection asks for it, recall first; the leak check does not, or every "we hope"
    would stop a publication)."""
    matchers = _matchers(tuple(people))
    if not matchers:
        return
    normal = normalise(text)
    lowered = NormalText(normal.text)
    for matcher in matchers:
        for m in matcher.pattern.finditer(lowered.text):
            start, end = normal.to_original_span(*lowered.original_span(m.start(), m.end()))
            written = text[start:end]
            form = next((f for p, f in matcher.forms if p.match(m.group()) and _acceptable(f, written, any_case)),
                        None)
            if form is not None:
                yield KnownMatch(start, end, form, written, _lowercase_word(form, written))


_ROLE_WORDS = {"person": "a known person"}


# A linked person's name that is also an ordinary word, found in lower case ("we hope", "hope
# called"): suggested, recall first, but below the confidence that must be reviewed.
LOWERCASE_WORD_CONFIDENCE = 0.55


def known_suggestions(text: str, people: Sequence[KnownPerson]) -> list[Suggestion]:
    """Suggestions for the testimony's own people (confidence 0.99).

    A name that is also an ordinary word, written in lower case, is suggested at 0.55 with a
    reason that says so, and is not tied to the person (no `person_key`): it is as likely the
    word as the name, so it gets no pseudonym of that person until an editor says it is theirs.
    """
    out = []
    for match in find_known(text, people, any_case=True):
        who = _ROLE_WORDS.get(match.form.role, f"the {match.form.role}")
        if match.lowercase_word:
            reason = (f"may be the {match.form.kind} of {who} linked to this testimony (an ordinary word "
                      "in lower case: check that it is the name)")
            out.append(Suggestion(match.start, match.end, match.form.entity, LOWERCASE_WORD_CONFIDENCE, reason,
                                  match.text))
            continue
        reason = f"{match.form.kind} of {who} linked to this testimony"
        out.append(Suggestion(match.start, match.end, match.form.entity, 0.99, reason,
                              match.text, match.form.person_key))
    return out
