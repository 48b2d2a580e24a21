"""Ages in every form people write them, English and Swahili.

"16 years old", "a 16-year-old", "aged about 9", "turned 14", "14 yrs", "Akinyi, 16, ...",
"(16)", "twenty-two", "miaka kumi na tano", "mtoto wa 14", "nikiwa na miaka 15", "umri: 19",
"nko na 19" (Sheng). A bare number is an age only beside words that say so; the reason says
which.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from haart_archive.redaction.normalise import case_insensitive, lowered
from haart_archive.redaction.types import EntityType, Suggestion
from haart_archive.redaction.windows import around, digit_spans, word_spans, word_windows

_EN_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_EN_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_EN_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
EN_NUMBER = rf"(?:(?:{_EN_TENS})(?:[- ](?:{_EN_UNITS}))?|{_EN_TEENS}|{_EN_UNITS})"
# Units as they agree with "miaka" (years, the mi- class): "miaka mitatu", "kumi na minane".
_SW_UNITS = "moja|mbili|tatu|nne|tano|sita|saba|nane|tisa|miwili|mitatu|minne|mitano|minane"
_SW_TENS = "kumi|ishirini|thelathini|arobaini|hamsini|sitini|sabini|themanini|tisini"
SW_NUMBER = rf"(?:(?:{_SW_TENS})(?:\s+na\s+(?:{_SW_UNITS}))?|{_SW_UNITS})"
_DIGITS = r"(?:[1-9]\d?|1[01]\d)(?!\s*(?:%|am\b|pm\b|hrs\b|h\b|:\d|,\d{3}|\.\d))"
NUMBER = rf"(?:{_DIGITS}|{EN_NUMBER}|{SW_NUMBER})"
_ABOUT = (r"(?:about|around|roughly|approximately|approx\.?|nearly|almost|only|just|barely|maybe|perhaps|probably|"
          r"kama|takriban|karibu)")
_YEARS = r"(?:years?|yrs?\.?|yo|y/o|y\.o\.?)"
_PERSON_NOUN = (
    r"(?:girl|boy|child|kid|daughter|son|woman|man|lady|teen|teenager|sister|brother|niece|nephew|orphan|"
    r"mtoto|msichana|mvulana|binti|kijana|mwanamke|mwanamume|mwanaume|manzi|dem|msee|mtoi|chali|beste|"
    r"mresh|shori|kasupuu)"
)
# Words after a number that make it a count or an amount, not an age ("ana 3 watoto", "nilikuwa
# na 15k", "about 11 girls").
_NOT_AGE_AFTER = (
    r"(?!\s*(?:k\b|000|,\d|thao|bob|elfu|watoto|watu|shilingi|ksh|kes|siku|miezi|wiki|saa|dakika|kg|km|%|"
    r"people|persons|girls|boys|children|days|months|weeks|hours|minutes|times|mara|am\b|pm\b|o'clock|"
    r"hrs|thousand|hundred|mia|of\b|shillings|dollars|usd|riyals?|dirhams?))"
)
# Words before "about 11" that make it a time or a count ("at about 11", "for about two").
_NOT_AGE_BEFORE = re.compile(r"\b(?:at|by|for|in|saa|until|till)\s+\Z")
_I = re.IGNORECASE


def _rule(confidence: float, reason: str, pattern: str, flags: int = _I) -> tuple[float, str, re.Pattern, bool]:
    """One rule; a case-insensitive one runs on the lower-cased text (the last field)."""
    if flags & _I:
        return confidence, reason, case_insensitive(pattern), True
    return confidence, reason, re.compile(pattern, flags), False


# "16 years old", "a 16-year-old", "14 yrs": found from the unit word back to its number, because
# units are rare and numbers are not.
_UNIT = case_insensitive(rf"(?<![^\W\d_]){_YEARS}(?:[- ]old)?(?![^\W\d_])|(?<=\w)-year-old\b")
_NUMBER_BEFORE = case_insensitive(
    rf"(?<![^\W\d_])(?:{_ABOUT}\s+)?(?:{NUMBER}\s*(?:-|–|to|or|au|and)\s*)?{NUMBER}[- ]?\Z")
_LOOK_BACK = 40

RULES = (
    _rule(0.9, "age (aged, age, turned)",
          rf"\b(?:aged|age|ages|turn|turned|turning|turns|at\s+the\s+age\s+of|umri(?:\s+wa)?(?:\s+miaka)?)\s*[:=]?\s*"
          rf"(?:{_ABOUT}\s+|of\s+|(?:as|to|from)\s+)?{NUMBER}(?:\s*(?:and|or|na|au|to|-|–)\s*{NUMBER})?\b"),
    _rule(0.9, "age (miaka)",
          rf"\b(?:(?:mwenye|wa|na|alikuwa\s+na|nilikuwa\s+na|akiwa\s+na|nikiwa\s+na|ana|nina|niko\s+na|nko\s+na|"
          rf"yuko\s+na|umri\s+wa)\s+)?(?:{_ABOUT}\s+)?miaka\s+{NUMBER}\b(?!\s+(?:iliyopita|ijayo|sasa|baadaye))"),
    _rule(0.85, "age (mtoto wa 14, a girl of 15)",
          rf"\b{_PERSON_NOUN}\s+(?:wa|of|aged)\s+(?:{_ABOUT}\s+)?(?:miaka\s+)?{NUMBER}\b"
          r"(?!\s*(?:km|kg|%|shillings|ksh))"),
    _rule(0.8, "age (niko na 19)",
          rf"\b(?:niko|nko|yuko|ako|uko|wako|tuko|mko)\s+(?:na\s+)?{NUMBER}\b{_NOT_AGE_AFTER}"),
    _rule(0.8, "age (nilikuwa na 15, ana 14)",
          rf"\b(?:nilikuwa|alikuwa|ulikuwa|akiwa|nikiwa|nilipokuwa|alipokuwa|nina|ana)\s+((?:na\s+)?{NUMBER})\b"
          rf"{_NOT_AGE_AFTER}"),
    _rule(0.8, "age (when I was fourteen)",
          rf"\bwhen\s+(?:I|she|he|we|they|you)\s+(?:was|were|turned)\s+(?:only\s+|just\s+|about\s+)?({NUMBER})\b"
          rf"{_NOT_AGE_AFTER}"),
    _rule(0.8, "age (about fifteen)",
          rf"\b(?:about|around|roughly|approximately|approx\.?|aged\s+about|takriban|maybe|perhaps|probably)\s+"
          rf"({NUMBER}(?:\s+(?:and|or|na|au|to)\s+{NUMBER})?)\b"
          rf"(?=[ \t]*(?:[,.;:)\"”'’\n]|$)|\s+(?:and|or|na|au|years?|yrs?)\b)"),
    # A person stating an age, as chats write it: "am 17 still", "u r 18", "I'm 19", "mimi ni 19".
    _rule(0.75, "age (am 17, u r 18, mimi ni 19)",
          rf"(?<![^\W\d_])(?:i\s+am|i'm|im|am|u\s+r|ur|you\s+are|you're|she's|he's|mimi\s+ni|yeye\s+ni|"
          rf"wewe\s+ni)\s+(?:{_ABOUT}\s+)?({_DIGITS}|{EN_NUMBER})\b{_NOT_AGE_AFTER}"
          rf"(?=[ \t]*(?:[,.;:!?)\n]|$|still|now|only|tu|na\s+(?!nusu)|si\b|not\b|years?\b|yrs?\b|sasa|bado))"),
    # What someone says or looks their age is: "(says 18, looks about 15)".
    _rule(0.75, "age (says 18, looks about 15)",
          rf"\b(?:says|claims|looks|looked|appears|seems|anasema)\s+(?:{_ABOUT}\s+)?"
          rf"({_DIGITS}|{EN_NUMBER})(?=[ \t]*(?:[,;)]|\.(?!\d)))"),
    # An age in words in brackets after the same age in figures: "miaka 24 (ishirini na nne)".
    # (starts at the bracket, which the engine finds fast; _BEFORE checks the figures)
    _rule(0.85, "age in words after the figures", rf"\(\s*({EN_NUMBER}|{SW_NUMBER})\s*\)"),
    _rule(0.8, "age (now 16)",
          rf"\bnow\s+(?:aged\s+|about\s+)?({NUMBER})\b(?=\s*[,.;:)]|\s+(?:years?|yrs?)\b)"),
    _rule(0.8, "age in brackets (about 18)",
          rf"\(\s*(?:about|aged|age|approx\.?|~|umri|miaka|around)\s*:?\s*({NUMBER})\s*(?:yrs?|years?)?\s*\)"),
    _rule(0.8, "age (wa 13)", rf"\b(?:ni|mmoja\s+ni|mwingine\s+ni)\s+wa\s+{_DIGITS}\b"),
    _rule(0.8, "age (was 16 when)",
          rf"\b(?:I|she|he|they|we|was|were|am|is|are|turned|only|just)\s+(?:was\s+|is\s+|were\s+)?({NUMBER})\b"
          rf"(?=\s*(?:[.,;)]|when|but\b|lakini\b|tu\b|and(?!\s+a\s+half)|at\s+the|then|at\s+that|that\s+year|years?\b|"
          rf"yrs?\b))"),
    _rule(0.8, "age after a name (Akinyi, 16,)",
          rf"(?<=[^\W\d_])\.?,\s+(?:aged\s+)?({_DIGITS})(?=\s*[,);:]|\.\s|\s+[-–]\s|\s+(?:years?|yrs?)\b)"),
    _rule(0.8, "age in brackets after a name", rf"\(({_DIGITS}|{EN_NUMBER}|{SW_NUMBER})\)"),
    _rule(0.75, "age after a name (Brian, 12, ...)",
          rf"(?<=[^\W\d_])\.?,\s+({EN_NUMBER}|(?:{_SW_TENS})(?:\s+na\s+(?:{_SW_UNITS}))?)(?=\s*[,;:)])"),
    # After a nickname in quotes or brackets: 'Samson ("Sam"), 34,', '("Ndush", 22)'.
    _rule(0.8, "age after a nickname (\"Sam\"), 34,)",
          rf"[\"”’'][)]?,\s+(?:aged\s+)?({_DIGITS}|{EN_NUMBER})(?=\s*[,);:]|\.\s|\s+[-–]\s)"),
    # "X ni 16 tu", "aseme ni 18", "she is only 14": a copula, a number, "only".
    _rule(0.8, "age (ni 16 tu, aseme ni 18)",
          rf"\b(?:(?:ni|yuko|ako)\s+({NUMBER})(?=\s+tu\b{_NOT_AGE_AFTER})|(?:aseme|useme|aseme|nseme|seme|sema|anasema|alisema|"
          rf"amesema|tuseme)\s+(?:ni|ana|yuko\s+na|ako\s+na)\s+({_DIGITS}|{EN_NUMBER}|{SW_NUMBER})\b{_NOT_AGE_AFTER})"),
    # "taken there at fourteen": an age in words after "at" (not a clock time).
    _rule(0.75, "age (at fourteen)",
          rf"\bat\s+(?:only\s+|just\s+|about\s+)?((?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
          rf"(?:twenty|thirty|forty)(?:[- ](?:{_EN_UNITS}))?))\b(?!\s*(?:past|to\b|o'clock|am\b|pm\b|hours|minutes|"
          rf"in\s+the\s+(?:morning|evening)|at\s+night|percent|%|people|girls|boys|of\b))"),
    # Siblings listed by their order: "wa pili tisa na mdogo mitatu", "the youngest nine".
    _rule(0.75, "age of a child in a list of siblings",
          rf"\b(?:wa\s+(?:kwanza|pili|tatu|nne|mwisho)|mdogo(?:\s+wake)?|mkubwa|kitinda\s+mimba|"
          rf"the\s+(?:eldest|oldest|youngest|second|third|last)(?:\s+one)?)\s+(?:ni\s+|is\s+)?({NUMBER})"
          rf"(?=\s*(?:[,.;)]|na\b|and\b|tu\b|$))"),
    _rule(0.75, "age (a F/16, M16)", r"\b[MF]\s?/\s?(\d{1,2})\b|\b[MF](\d{1,2})\b", 0),
    _rule(0.8, "age (is five, aged about)", rf"\b(?:is|was|are|were)\s+(?:{_ABOUT}\s+)?({EN_NUMBER})\s*[.;]"),
    _rule(0.7, "age (nineteen then, now I am 23)",
          rf"\b(?:I|she|he)\s+(?:was|am|is)\s+({NUMBER})(?=\s+(?:then|now|today|at\s+the\s+time))"),
    _rule(0.7, "age (now I am 23)", rf"\bnow\s+(?:I|she|he)\s+(?:am|is)\s+({NUMBER})\b"),
    _rule(0.8, "age (Age: 22)", r"\b(?:age|umri)\s*(?:at\s+\w+\s*)?[:=]\s*(\d{1,3}(?:\s*(?:yrs?|years?))?)", _I),
)


# What must come right before a rule's match (the rules start at a bracket, which is fast).
_BEFORE = {
    "age in words after the figures": re.compile(r"\d{1,3}\s*(?:years?|yrs?\.?|miaka)?\s*\Z"),
    # "Akinyi (16)", 'the boy "Kadogo" (11)'
    "age in brackets after a name": re.compile(r"[^\W\d_][\"”’']?\.?\s+\Z"),
}

# Every age holds a number, in digits or in words: the rules run only around one.
_NUMBER_WORDS = frozenset("|".join((_EN_UNITS, _EN_TEENS, _EN_TENS, _SW_UNITS, _SW_TENS)).split("|"))


def _number_windows(text: str, low: str) -> list[tuple[int, int]]:
    spans = list(digit_spans(text)) + word_spans(low, _NUMBER_WORDS)
    return around(spans, 25, 25, text)


# Rules that start with a word of their own run only after it (the word, then up to `after`
# characters); the others run around numbers.
_RULE_WORDS: dict[str, tuple[frozenset[str], int, int]] = {
    "age (aged, age, turned)": (frozenset(["aged", "age", "ages", "turn", "turned", "turning", "turns", "at", "umri"]),
                                1, 60),
    "age (miaka)": (frozenset(["miaka"]), 30, 50),
    "age (mtoto wa 14, a girl of 15)": (frozenset(_PERSON_NOUN.strip("(?:)").split("|")), 1, 50),
    "age (niko na 19)": (frozenset(["niko", "nko", "yuko", "ako", "uko", "wako", "tuko", "mko"]), 1, 40),
    "age (nilikuwa na 15, ana 14)": (frozenset(["nilikuwa", "alikuwa", "ulikuwa", "akiwa", "nikiwa", "nilipokuwa",
                                                "alipokuwa", "nina", "ana"]), 1, 40),
    "age (when I was fourteen)": (frozenset(["when"]), 1, 50),
    "age (about fifteen)": (frozenset(["about", "around", "roughly", "approximately", "approx", "aged", "takriban",
                                       "maybe", "perhaps", "probably"]), 1, 40),
    "age (am 17, u r 18, mimi ni 19)": (frozenset(["am", "im", "m", "r", "ur", "are", "re", "s", "mimi", "yeye",
                                                   "wewe"]), 12, 30),
    "age (says 18, looks about 15)": (frozenset(["says", "claims", "looks", "looked", "appears", "seems", "anasema"]),
                                      1, 40),
    "age (now 16)": (frozenset(["now"]), 1, 40),
    "age (now I am 23)": (frozenset(["now"]), 1, 40),
    "age (Age: 22)": (frozenset(["age", "umri"]), 1, 40),
}
_UNIT_WORDS = frozenset(["year", "years", "yr", "yrs", "yo", "y", "old"])


# Units agreeing with "miaka" make a duration as often as an age: an age only after a word that
# says so ("mwenye miaka mitano", "umri wa miaka kumi na minane").
_MI_UNIT = re.compile(r"mi(?:wili|tatu|nne|tano|nane)\b")
# A second age given with the first: "wako kumi na sita na kumi na nne", "aged 14 and 16".
_AND_ANOTHER = case_insensitive(rf"[ \t]*(?:na|and|or|au|,)[ \t]+({NUMBER})\b{_NOT_AGE_AFTER}")
_AGE_CUE = re.compile(r"(?:mwenye|wa|umri|ana|nina|alikuwa|nilikuwa|akiwa|nikiwa|niko|nko|yuko)\b")


def age_suggestions(text: str) -> Iterator[Suggestion]:
    """Every age rule over the text."""
    low = lowered(text)
    windows = _number_windows(text, low)
    units = word_windows(text, low, _UNIT_WORDS, 2, 8)
    for unit in (m for lo, hi in units for m in _UNIT.finditer(low, lo, hi)):
        number = _NUMBER_BEFORE.search(low, max(0, unit.start() - _LOOK_BACK), unit.start())
        if number:
            yield Suggestion(number.start(), unit.end(), EntityType.AGE, 0.9, "age in years",
                             text[number.start():unit.end()])
    for confidence, reason, pattern, on_lower in RULES:
        spans = word_windows(text, low, *_RULE_WORDS[reason]) if reason in _RULE_WORDS else windows
        for m in (m for lo, hi in spans for m in pattern.finditer(low if on_lower else text, lo, hi)):
            group = next((g for g in range(1, (pattern.groups or 0) + 1) if m.group(g)), 0)
            start, end = m.span(group)
            if reason == "age (about fifteen)" and _NOT_AGE_BEFORE.search(low, max(0, m.start() - 8), m.start()):
                continue
            if reason in _BEFORE and not _BEFORE[reason].search(low, max(0, m.start() - 24), m.start()):
                continue
            if (reason == "age (miaka)" and _MI_UNIT.search(low, m.start(), m.end())
                    and not _AGE_CUE.match(low, m.start())):
                continue  # "miaka mitano" alone is five years; "mwenye miaka mitano" is an age
            if end > start:
                yield Suggestion(start, end, EntityType.AGE, confidence, reason, text[start:end])
                more = _AND_ANOTHER.match(low, end)
                if more:
                    yield Suggestion(more.start(1), more.end(1), EntityType.AGE, confidence - 0.1,
                                     reason + ", a second age", text[more.start(1):more.end(1)])
