"""Names that are not written as names: a nickname in quotes after "known as" or "also", initials
that sign a statement, bare capital initials that do what people do ("DK alinyang'anya simu").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from haart_archive.redaction.gazetteer import fold, gazetteer
from haart_archive.redaction.names import REPORT_VERBS
from haart_archive.redaction.types import EntityType, Suggestion

# 'known as "the Professor"', 'also "Mkubwa"', "anaitwa 'Kadogo'": a nickname is a name whatever
# word it is made of.
_QUOTED = re.compile(r"[\"“‘'](?:[Tt]he[ \t]+)?(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})[\"”’']")
# What comes before the quotes (found from the quote back, because quotes are rarer than commas).
_QUOTED_CUE = re.compile(
    r"(?:\b(?:(?:known|knew|know|knows)\s+(?:him\s+|her\s+|them\s+)?(?:only\s+)?as|called|call\s+him|call\s+her|"
    r"nicknamed|alias|aka|a\.k\.a\.?|also|or|anaitwa|wanamwita|tunamwita|walimwita|aliitwa|jina\s+la\s+utani)|\)|,)"
    r"[ \t]*[,:]?[ \t]*\Z"
)
# "Sahihi: M.M.M.", "Signed: J.K.", "Sgd. Wanjiru K.": who signs is a person.
_SIGNED = re.compile(
    r"(?m)^[ \t]*(?i:sahihi|signature|signed|sgd\.?|sign|alama\s+ya\s+kidole)[ \t]*[:.-][ \t]*"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev|Sr|Hon|Dkt|Bw|Bi|PC|Sgt|Insp)\.?[ \t]+)?"
    r"(?P<name>(?:[A-Z]\.?[ \t]?){1,4}(?![\w])|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]*){0,3})"
)
# Kinship words make a teknonym with the name ("Mama Brian" is one name); other titles stay out.
_KIN = frozenset(["mama", "baba", "bibi", "babu", "cucu", "guka", "nyanya"])


def _without_title(start: int, name: str) -> tuple[int, str]:
    """The name without a leading title ("Madam Dorcas" -> "Dorcas"), when a name is left."""
    titles = gazetteer().titles
    words = name.split()
    while len(words) > 1 and fold(words[0].rstrip(".")) in titles and fold(words[0]) not in _KIN:
        cut = name.index(words[1], len(words[0]))
        start, name, words = start + cut, name[cut:], words[1:]
    return start, name


# Two capitals standing for a person (three are mostly a body's acronym: ICC, VOA, IGP), known by
# what they do after: a Swahili verb with a third-person subject ("DK alinyang'anya", "SK ameenda")
# or a reporting verb ("JM said").
_CAPITALS = re.compile(
    r"(?<![\w.&/-])(?P<name>[A-Z]{2})[ \t]+(?P<verb>a(?:li|me|na|ta|ki|ka|nge)[a-z'’]{3,}|[a-z]+)\b"
)
# Capitals that stand for things, not people (offices, documents, units).
_NOT_INITIALS = frozenset([
    "ID", "OB", "PC", "TV", "UN", "US", "UK", "EU", "OK", "PS", "NB", "HQ", "CV", "DC", "AM", "PM", "MP", "DJ", "IT",
    "KRA", "DCI", "NGO", "CEO", "USA", "UAE", "CID", "OCS", "OCPD", "GBV", "HIV", "ICT", "IOM", "PDF", "SMS", "ATM",
    "KCB", "NHIF", "NSSF", "KCPE", "KCSE", "NTSA", "DPP", "ODPP", "CPU", "AIDS", "FGM", "MCA", "ICU", "OPD", "GP",
    "ARV", "ARVS", "PEP", "PRC", "GVRC", "KES", "KSH", "USD", "SIM", "PIN", "IDP", "CBO", "FBO", "HR", "PR", "PA",
    "CT", "DNA", "GPS", "NO", "RE", "CC", "BCC", "PO", "TSC", "KDF", "AP", "GSU", "OCS", "MPESA", "ATM", "WHO",
])


def nickname_suggestions(text: str) -> Iterator[Suggestion]:
    """Nicknames in quotes, initials that sign, capitals that act like a person."""
    for m in _QUOTED.finditer(text):
        if not _QUOTED_CUE.search(text, max(0, m.start() - 40), m.start()):
            continue
        start, name = _without_title(m.start("name"), m.group("name"))
        yield Suggestion(start, start + len(name), EntityType.PERSON, 0.7, "a nickname in quotes", name)
    for m in _SIGNED.finditer(text):
        start, name = _without_title(m.start("name"), m.group("name").rstrip())
        yield Suggestion(start, start + len(name), EntityType.PERSON, 0.75, "who signs a statement", name)
    for m in _CAPITALS.finditer(text):
        verb = m.group("verb")
        if m.group("name") in _NOT_INITIALS or not (verb[0] == "a" and len(verb) > 5 or verb in REPORT_VERBS):
            continue
        if verb in ("is", "was", "and", "na", "ni"):
            continue  # "KRA is", "DCI na polisi": too weak for capitals
        yield Suggestion(m.start("name"), m.end("name"), EntityType.PERSON, 0.6, "capitals standing for a person",
                         m.group("name"))
