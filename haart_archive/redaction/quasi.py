"""Quasi-identifiers: details that point to one person without naming them.

"The only girl in her village who went to university", "msichana pekee kijijini", the best
candidate in KCPE 2009 at a named school, a scar, a burn mark, a tattoo, a missing finger or
limb, albinism, a limp, a stammer, a gold tooth, twins or triplets, a role only one person holds
("chairman of the youth group of ..."). In English and Swahili. Each suggestion covers the clause
the trigger stands in (from the last punctuation or clause word before it to the next
punctuation), because the words around a trait are what make it point to someone; the reason
says which kind of detail it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from haart_archive.redaction.normalise import lowered
from haart_archive.redaction.types import EntityType, Suggestion

_PERSON_SW = r"(?:msichana|mwanamke|mwanamume|mvulana|mtu|mtoto|kijana|mwanafunzi|mama|baba|mzee|binti)"
_BODY = (
    r"(?:fingers?|thumbs?|toes?|hands?|arms?|legs?|foot|feet|eyes?|ears?|teeth|tooth|nose|lips?|limbs?|"
    r"kidole|vidole|mkono|mikono|mguu|miguu|jicho|macho|sikio|masikio|jino|meno|pua)"
)
TRIGGERS: tuple[tuple[str, float, re.Pattern], ...] = tuple(
    (reason, confidence, re.compile(pattern.lower())) for reason, confidence, pattern in (
        ("uniqueness ('the only ...') can point to one person", 0.75,
         r"\bthe\s+only\b(?!\s+(?:way|thing|time|reason|option|choice|hope|food|job|work|money))"),
        ("uniqueness ('pekee') can point to one person", 0.75,
         rf"\b(?:{_PERSON_SW}|mimi|yeye|wao|sisi|wewe|mkenya|mwafrika|mfanyakazi|dereva|mwalimu|nyumba|kanisa|"
         rf"duka|familia|ndiye|ndio|ndie)\b(?:\s+\w+){{0,3}}?\s+pekee\b"),
        ("uniqueness ('the first ...') can point to one person", 0.65,
         r"\b(?:the\s+)?(?:first|last|youngest|oldest|tallest|only)\s+(?:\w+\s+){0,2}?(?:woman|man|girl|boy|"
         r"person|child|student|pupil|kenyan|one|female|male|lady|candidate|member)\b"),
        ("uniqueness ('wa kwanza ...') can point to one person", 0.65, rf"\b{_PERSON_SW}\s+wa\s+kwanza\b"),
        ("first or best in an exam, with its year or school", 0.8,
         r"\b(?:best|top|first|position\s+(?:one|1)|number\s+one|bora|alama\s+za\s+juu)\b[^.\n]{0,50}?"
         r"\b(?:KCPE|KCSE|KCE|CPE|exams?|examinations?|mtihani|candidate)\b"),
        ("first or best in an exam, with its year or school", 0.8,
         r"\b(?:KCPE|KCSE|mtihani)\b[^.\n]{0,40}?\b(?:best|top|first|bora|wa\s+kwanza)\b"),
        ("twins or triplets", 0.7, r"\b(?:twins?|triplets?|quadruplets?|mapacha)\b"),
        ("a distinctive body mark (scar, burn, tattoo, birthmark)", 0.8,
         r"\b(?:scars?|scarred|burn\s+marks?|burn\s+scars?|burns\s+on|burnt\s+(?:on|across)|tattoo(?:s|ed)?|"
         r"birthmark|kovu|makovu|alama\s+ya\s+(?:kuungua|kuchomwa|moto)|chale|tatuu|tattoo)\b"),
        ("a missing finger, limb, eye or ear", 0.8,
         rf"\b(?:missing|lost|without|amputated|cut\s+off|hana|amekatwa|alikatwa|kukatwa|imekatika|"
         rf"kimekatika|vimekatika)\s+(?:(?:the|a|an|one|two|three|her|his|my|their|top|tip|of|little|left|"
         rf"right|middle|index|ring|moja|mbili|\w+)\s+){{0,5}}{_BODY}\b"),
        ("a missing finger, limb, eye or ear", 0.8,
         rf"\b{_BODY}\s+(?:\w+\s+){{0,4}}(?:imekatika|kimekatika|vimekatika|amputated|cut\s+off|missing)\b"),
        ("a missing finger, limb, eye or ear", 0.75,
         r"\b(?:one[- ](?:eyed|armed|legged)|jicho\s+moja|la\s+kioo|glass\s+eye|artificial\s+(?:leg|arm|eye)|"
         r"prosthetic|wheelchair|crutches|kiti\s+cha\s+magurudumu|magongo)\b"),
        ("albinism", 0.85, r"\b(?:albinism|albino|ualbino|zeruzeru)\b"),
        ("a limp or another visible disability", 0.8,
         r"\b(?:limps?|limping|limped|anachechemea|akichechemea|kuchechemea|anachechemea|kilema|kiwete|"
         r"hunchback|hunched|stammers?|stammering|stutters?|stuttering|kigugumizi|deaf|kiziwi|blind\s+in|"
         r"kipofu|cleft\s+lip|mdomo\s+wa\s+sungura|six\s+fingers|vidole\s+sita)\b"),
        ("a gold tooth", 0.85, r"\b(?:gold(?:en)?\s+(?:tooth|teeth)|jino\s+la\s+dhahabu|meno\s+ya\s+dhahabu)\b"),
        ("a role only one person holds", 0.6,
         r"\b(?:chairman|chairlady|chairperson|secretary|treasurer|patron|captain|headteacher|head\s+teacher|"
         r"principal|MCA|councillor|village\s+elder|assistant\s+chief|chief|imam|pastor|priest|bishop|"
         r"mwenyekiti|katibu|mweka\s+hazina|chifu|mwalimu\s+mkuu|mzee\s+wa\s+kijiji)\s+(?:of|wa|ya|at|for)\s+"
         r"(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,3}?(?:group|kikundi|youth|vijana|village|kijiji|estate|mtaa|"
         r"church|kanisa|mosque|msikiti|school|shule|sacco|market|soko|association|women|wanawake|self-help|boda|"
         r"stage|location|sub-location|ward|kata|club|team|timu)\b"),
    )
)
_LEFT = re.compile(
    r"(?:[.;!?\n:()\[\]\"“”]|,|\b(?:because|since|but|and|that|who|kwa\s+sababu|lakini|kwamba|ambaye|ila)\b)\s*",
    re.IGNORECASE,
)
_RIGHT = re.compile(r"[.;!?\n()\"“”,]|\s(?:but|lakini|because|kwa\s+sababu|so\s+that|hivyo|kwa\s+hiyo)\s",
                    re.IGNORECASE)
_WINDOW = 140


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): from the last boundary before it to the next after it."""
    left_from = max(0, start - _WINDOW)
    left = left_from
    for m in _LEFT.finditer(text, left_from, start):
        left = m.end()
    if left == left_from and left_from:
        left = text.find(" ", left_from, start) + 1 or start
    m = _RIGHT.search(text, end, end + _WINDOW)
    right = m.start() if m else min(len(text), end + _WINDOW)
    if not m and right < len(text):
        right = text.rfind(" ", end, right) if text.rfind(" ", end, right) > end else right
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, max(right, end)


# All triggers in one pass over the lower-cased text (so the patterns above are lower-cased and
# must not use upper-case escapes such as \W or \S): group k is trigger k.
_ANY = re.compile("|".join(f"(?P<t{k}>{p.pattern})" for k, (_r, _c, p) in enumerate(TRIGGERS)))


# Every trigger holds one of these words; the triggers run only in windows around them.
KEYWORDS = frozenset([
    "only", "pekee", "kwanza", "first", "last", "youngest", "oldest", "tallest", "kcpe", "kcse", "kce", "cpe",
    "exam", "exams", "examination", "examinations", "mtihani", "candidate", "twin", "twins", "triplet", "triplets",
    "quadruplets", "mapacha", "scar", "scars", "scarred", "burn", "burns", "burnt", "tattoo", "tattoos",
    "tattooed", "birthmark", "kovu", "makovu", "alama", "chale", "tatuu", "missing", "lost", "without",
    "amputated", "cut", "hana", "amekatwa", "alikatwa", "kukatwa", "imekatika", "kimekatika", "vimekatika", "eyed",
    "armed", "legged", "jicho", "kioo", "glass", "artificial", "prosthetic", "wheelchair", "crutches", "kiti",
    "magongo", "albinism", "albino", "ualbino", "zeruzeru", "limp", "limps", "limping", "limped", "anachechemea",
    "akichechemea", "kuchechemea", "kilema", "kiwete", "hunchback", "hunched", "stammer", "stammers", "stammering",
    "stutter", "stutters", "stuttering", "kigugumizi", "deaf", "kiziwi", "blind", "kipofu", "cleft", "mdomo",
    "six", "sita", "gold", "golden", "jino", "meno", "chairman", "chairlady", "chairperson", "secretary",
    "treasurer", "patron", "captain", "headteacher", "head", "principal", "mca", "councillor", "elder", "chief",
    "imam", "pastor", "priest", "bishop", "mwenyekiti", "katibu", "mweka", "chifu", "mwalimu", "mzee", "best",
    "top", "bora", "position", "number",
])
_LETTERS = re.compile(r"[a-z]+")
_REACH = 90


def _windows(low: str) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for m in _LETTERS.finditer(low):
        if m.group() in KEYWORDS:
            lo, hi = max(0, m.start() - _REACH), m.end() + _REACH
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
            else:
                windows.append((lo, hi))
    return windows


def quasi_suggestions(text: str) -> Iterator[Suggestion]:
    """QUASI_IDENTIFIER suggestions, one a clause and trigger, with the reason."""
    low = lowered(text)
    for m in (m for lo, hi in _windows(low) for m in _ANY.finditer(low, lo, hi)):
        reason, confidence, _pattern = TRIGGERS[int(m.lastgroup[1:])]
        start, end = _clause(text, m.start(), m.end())
        yield Suggestion(start, end, EntityType.QUASI_IDENTIFIER, confidence, reason, text[start:end])
