"""Identifier and date patterns (source 2 and part of source 4 of DESIGN section 6).

Phone numbers are recognised by `phonenumbers` (region KE): a cheap regular expression only
finds runs of digits worth handing to it. Every rule returns `Suggestion`s with a reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from haart_archive.redaction.normalise import case_insensitive, lowered
from haart_archive.redaction.types import EntityType, Suggestion
from haart_archive.redaction.windows import around, digit_spans, word_windows

_I = re.IGNORECASE

MONTHS_EN = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
MONTHS_SW = "Januari|Februari|Machi|Aprili|Mei|Juni|Julai|Agosti|Septemba|Oktoba|Novemba|Desemba"
MONTH = rf"(?:{MONTHS_SW}|{MONTHS_EN})\.?"
WEEKDAYS = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    "Jumatatu|Jumanne|Jumatano|Alhamisi|Ijumaa|Jumamosi|Jumapili"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# Months of the Islamic calendar, as mosque letters and Gulf papers date ("6 Rajab 1445").
HIJRI_MONTHS = (
    "muharram|safar|rabi[' ]?(?:al|ul)[- ](?:awwal|akhir|thani)|jumad[ae][' ]?(?:al|ul)[- ](?:ula|awwal|akhirah|"
    "akhir|thani)|rajab|sha'?ban|shaaban|ramadh?an|ramadhani|shawwal|dhu?[' ]?l?[- ]?(?:qa'?dah|qi'?dah|"
    "hijjah)|dhul[- ](?:qa'?dah|qi'?dah|hijjah)"
)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DD = r"(?:[12]\d|3[01]|0?[1-9])"
_MM = r"(?:1[0-2]|0?[1-9])"
_EN_ORDINALS = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
    "fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
_DAY_WORD = rf"(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|{_EN_ORDINALS})"
_SW_UNITS = "moja|mbili|tatu|nne|tano|sita|saba|nane|tisa"
_SW_DAY = rf"(?:(?:kumi|ishirini|thelathini)(?:\s+na\s+(?:{_SW_UNITS}))?|{_SW_UNITS})"
_SW_ORDINAL = r"(?:kumi\s+na\s+(?:moja|mbili)|kwanza|pili|tatu|nne|tano|sita|saba|nane|tisa|kumi)"
_HOLIDAYS = (
    "christmas|xmas|krismasi|boxing|new\\s+year'?s?|easter|pasaka|good\\s+friday|madaraka|mashujaa|jamhuri|"
    "labour|utamaduni|idd?(?:[- ]ul[- ](?:fitr?|adha|hajj))?|eid(?:[- ]al[- ](?:fitr?|adha))?|ramadhani?|ramadan"
)



def _rule(entity: EntityType, confidence: float, reason: str, pattern: str, flags: int = 0,
          group: int = 0) -> tuple[EntityType, float, str, re.Pattern, int, bool]:
    """One rule; a case-insensitive one runs on the lower-cased text (the last field)."""
    if flags & re.IGNORECASE:
        return (entity, confidence, reason, case_insensitive(pattern), group, True)
    return (entity, confidence, reason, re.compile(pattern, flags), group, False)


# Context words that turn a bare number into an identifier.
_ID_CUE = (
    r"(?:\bnational\s+id(?:entity)?(?:\s+card)?|\bid(?:entity)?\s*(?:card|no\.?|number|num\.?|#)?|"
    r"\bI\.D\.?|\bkitambulisho(?:\s+cha\s+taifa)?|\bnambari\s+ya\s+kitambulisho|"
    r"\bnamba\s+ya\s+kitambulisho|\bhuduma\s+namba|\bmaisha\s+namba)"
)
_PASSPORT_CUE = r"(?:\bpass(?:port)?\s*(?:no\.?|number|#)?|\bpasipoti|\bpaspoti|\btravel\s+document)"
_ACCOUNT_CUE = (
    r"(?:\baccount|\bacc(?:t)?\.?\s*no\.?|\ba/c|\bakaunti|\bbank|\bbenki|\bpaybill|\btill|"
    r"\biban|\bcard|\bkadi|\bsacco)"
)
_GAP = r"[^\w\n]{0,4}(?:(?:no|number|namba|nambari|yake|yangu|ni|is|was|:|#|of|her|his|my)[^\w\n]{0,4}){0,3}"

RULES = (
    # Machine-readable passport lines (ICAO 9303): two lines of 44 (or 36/30) characters.
    _rule(EntityType.PASSPORT, 0.99, "machine-readable passport line",
          r"^[ \t]*[A-Z0-9<]{5,}<[A-Z0-9<]{20,}[ \t]*$", re.MULTILINE),
    _rule(EntityType.EMAIL, 0.99, "email address",
          r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
    _rule(EntityType.EMAIL, 0.85, "email address written out",
          r"\b[\w.+-]+\s*(?:\[at\]|\(at\)|\s+at\s+)\s*[\w-]+\s*(?:\[dot\]|\(dot\)|\s+dot\s+)\s*"
          r"(?:com|org|net|co\.ke|co\s+dot\s+ke|ke)\b", _I),
    _rule(EntityType.KRA_PIN, 0.97, "KRA PIN (letter, nine digits, letter)",
          r"\b[AP]\d{9}[A-Z]\b", _I),
    _rule(EntityType.PASSPORT, 0.97, "passport number after the word passport",
          rf"{_PASSPORT_CUE}{_GAP}\b([A-Z]{{1,2}}\d{{6,8}})\b", _I, 1),
    _rule(EntityType.PASSPORT, 0.75, "looks like a passport number (letters and seven digits)",
          r"\b[A-Z]{1,2}\d{7,8}\b"),
    _rule(EntityType.NATIONAL_ID, 0.97, "number after the words national ID",
          rf"{_ID_CUE}{_GAP}\b(\d(?:[ -]?\d){{5,8}})\b", _I, 1),
    _rule(EntityType.ACCOUNT_NUMBER, 0.95, "number after a word about a bank or account",
          rf"{_ACCOUNT_CUE}[\w ]{{0,20}}?{_GAP}\b(\d(?:[ -]?\d){{4,24}})\b", _I, 1),
    _rule(EntityType.ACCOUNT_NUMBER, 0.9, "card number (four groups of four digits)",
          r"\b\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}\b"),
    _rule(EntityType.MPESA_CODE, 0.95, "M-Pesa transaction code",
          r"\b(?=[A-Z\d]*\d)(?=(?:[A-Z\d]*[A-Z]){4})[A-Z][A-Z\d]{9}\b"
          r"(?=[^\n]{0,60}(?:confirmed|imethibitishwa|sent|received|paid|umetuma|umepokea))", _I),
    _rule(EntityType.MPESA_CODE, 0.95, "M-Pesa transaction code",
          r"(?:m-?pesa|mpesa|transaction|muamala|code|msimbo)[^\n]{0,40}?"
          r"\b((?=[A-Z\d]*\d)(?=(?:[A-Z\d]*[A-Z]){4})[A-Z][A-Z\d]{9})\b", _I, 1),
    _rule(EntityType.MPESA_CODE, 0.85, "looks like an M-Pesa code (ten capital letters and digits)",
          r"\b(?=[A-Z\d]*\d[A-Z\d]*\d)(?=(?:[A-Z\d]*[A-Z]){4})[A-Z][A-Z\d]{9}\b"),
    _rule(EntityType.VEHICLE_PLATE, 0.95, "Kenyan number plate",
          r"\b(?!KES\b|KSH)(?:K[ \t]?[A-Z][ \t]?[A-Z]|KM[A-Z]{2}|GK[A-Z]?|UN|CD)[ \t]?\d[ \t]?\d[ \t]?\d"
          r"(?:[ \t]?[A-Z])?\b"),
    _rule(EntityType.VEHICLE_PLATE, 0.8, "Kenyan number plate in lower case",
          r"\b(?!kes\b)k[a-d][a-z][ \t]?\d{3}[ \t]?[a-z]\b"),
    # Trailers carry their own Kenyan plates: Z, a letter and three or four digits ("ZF 4412").
    _rule(EntityType.VEHICLE_PLATE, 0.85, "Kenyan trailer plate", r"\bZ[A-Z][ \t]?\d{3,4}\b"),
    _rule(EntityType.VEHICLE_PLATE, 0.9, "East African number plate",
          r"\b(?:U[A-Z]{2}[ \t]?\d{3}[ \t]?[A-Z]|T[ \t]?\d{3}[ \t]?[A-Z]{3})\b"),
    _rule(EntityType.LOCATION, 0.95, "postal address (P.O. Box)",
          r"\b(?:P\.?[ \t]?O\.?[ \t]?Box|Post[ \t]+Office[ \t]+Box|S\.[ \t]?L\.[ \t]?P\.?|SLP|"
          r"Sanduku[ \t]+la[ \t]+Posta)"
          r"[ \t]*\d+(?:[ \t]*[-–][ \t]*\d{5})?(?:,?[ \t]*[A-Z][a-z]+)?", _I),
    _rule(EntityType.LOCATION, 0.85, "house or plot number",
          r"\b(?:house|hse|plot|flat|apartment|room|nyumba|chumba|block)[ \t]+(?:no\.?|number|namba|#)?"
          r"[ \t]*\d+[A-Z]?\b", _I),
    # Dates
    _rule(EntityType.DATE, 0.9, "date",
          rf"\b(?:(?:{WEEKDAYS}),?\s+(?:ya\s+|the\s+)?)?(?:tarehe\s+|the\s+)?{_DAY}"
          rf"(?:\s*(?:-|–|to|and|&|na|hadi|mpaka)\s*{_DAY})?\s+(?:day\s+of\s+|of\s+|ya\s+|mwezi\s+(?:wa\s+)?)?"
          rf"{MONTH}(?:,?\s+(?:mwaka\s+)?{_YEAR})?\b", _I),
    _rule(EntityType.DATE, 0.9, "date",
          rf"\b(?:(?:{WEEKDAYS}),?\s+)?{MONTH}\s+(?:the\s+)?{_DAY}(?:,?\s+{_YEAR})?\b(?!\s*(?:%|kg|km|people|watu))",
          _I),
    _rule(EntityType.DATE, 0.9, "date in words",
          rf"\b(?:the\s+)?{_DAY_WORD}\s+(?:day\s+)?(?:of\s+)?{MONTH}(?:,?\s+{_YEAR})?\b"
          rf"|\b{MONTH}\s+(?:the\s+)?{_DAY_WORD}\b(?:,?\s+{_YEAR})?", _I),
    _rule(EntityType.DATE, 0.85, "date in Swahili words (mwezi wa tano)",
          rf"\b(?:{_SW_DAY}|{_DAY})\s+(?:ya\s+)?mwezi\s+wa\s+{_SW_ORDINAL}\b(?:,?\s+(?:mwaka\s+)?{_YEAR})?"
          rf"|\bmwezi\s+wa\s+{_SW_ORDINAL},?\s+mwaka\s+{_YEAR}",
          _I),
    _rule(EntityType.DATE, 0.85, "date in Swahili words",
          rf"\btarehe\s+({_SW_DAY}(?:\s+(?:ya\s+|mwezi\s+)?{MONTH}(?:,?\s+(?:mwaka\s+)?{_YEAR})?)?)", _I, 1),
    _rule(EntityType.DATE, 0.85, "month and year", rf"\b{MONTH},?\s+(?:mwaka\s+)?{_YEAR}\b"),
    _rule(EntityType.DATE, 0.85, "date in the Islamic calendar",
          rf"\b(?:{_DAY}\s+)?(?:{HIJRI_MONTHS}),?\s+1[34]\d\d\b(?:\s*(?:AH|A\.H\.|H)\b)?", _I),
    _rule(EntityType.DATE, 0.85, "holiday and year",
          rf"\b(?:(?:{_HOLIDAYS})(?:\s+(?:day|eve|holiday|holidays))?|sikukuu\s+ya\s+\w+)\s+(?:ya\s+|of\s+)?"
          rf"(?:mwaka\s+)?{_YEAR}\b", _I),
    # Day and month in either order (12/03/2024, 3/14/23 as iPhone exports write it), one
    # separator throughout.
    _rule(EntityType.DATE, 0.9, "date in figures",
          rf"(?<![\d/.-])(?:{_DD}(?P<sep>[/.-]){_MM}|{_MM}(?P<sep2>[/.-]){_DD})(?:(?P=sep)|(?P=sep2))"
          rf"(?:\d{{4}}|\d{{2}})"
          rf"(?![\d/]|\.\d)"),
    _rule(EntityType.DATE, 0.9, "date in figures", r"\b\d{4}-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])\b"),
    _rule(EntityType.DATE, 0.8, "date (tarehe)",
          rf"\btarehe\s+{_DAY}(?:\s*[/.-]\s*\d{{1,2}}(?:\s*[/.-]\s*\d{{2,4}})?)?", _I),
    _rule(EntityType.DATE, 0.6, "month",
          rf"\b(?:{MONTHS_SW}|January|February|March|April|June|July|August|September|October|November|December)\b"),
    _rule(EntityType.DATE, 0.5, "year", rf"\b{_YEAR}\b(?!\s*(?:shillings|sh|ksh|kes|usd|dollars|km|kg|people|watu))"),
    _rule(EntityType.DATE, 0.4, "day of the week", rf"\b(?:{WEEKDAYS})\b"),
    # Reference numbers people carry: police occurrence book, service and force numbers
    _rule(EntityType.ACCOUNT_NUMBER, 0.9, "police occurrence book (OB) number",
          r"\bOB[ \t]*(?:No\.?|number|namba|nambari)?[ \t]*[:/.]?[ \t]*\d{1,5}(?:[ \t]*/[ \t]*\d{1,4}){1,4}"),
    _rule(EntityType.NATIONAL_ID, 0.85, "service, force or staff number",
          r"\b(?:force|service|staff|personnel|employee|badge|payroll|namba\s+ya\s+kazi)[ \t]+(?:number|no\.?|#)"
          r"[ \t]*[:.]?[ \t]*([A-Z]{0,3}\d{3,10})\b", _I, 1),
    _rule(EntityType.ACCOUNT_NUMBER, 0.6, "reference number (No. ...)",
          r"\b(?:No|Nos|Ref|Namba)\.?[ \t]*[:#]?[ \t]*(\d{4,12})\b", 0, 1),
    _rule(EntityType.ACCOUNT_NUMBER, 0.8, "reference number after No., Ref. or Nambari",
          r"(?<![^\W\d_])(?:no|nos|number|num|nambari|namba|ref|kumb|reg|file|case|entry|receipt|adm|op|ip)\b\.?"
          r"[ \t]*[:#]?[ \t]*((?=[a-z]{0,6}[-/]?\d[\w/-]*\d)[a-z]{0,6}[-/]?\d[\w/-]{1,24}"
          r"(?:[ \t]+(?:of|ya)[ \t]+(?:19|20)\d\d)?)(?![\w/-])", _I, 1),
    # File, case, land and hospital numbers cut by slashes (LAB/NKU/INSP/77/2023, 418730/2011,
    # PUF 118/2023, KCRH/24/01877) or a dash (SGC-0042); fractions and 24/7 are too short.
    _rule(EntityType.ACCOUNT_NUMBER, 0.8, "file or reference number",
          r"(?<![\w/])(?:[A-Z]{2,5}[ \t])?(?=[A-Z\d]*\d|[A-Z\d/.-]*/[A-Z\d.]*\d)[A-Z\d][A-Z\d.-]{0,11}"
          r"(?:[ \t]?/[ \t]?[A-Z\d][A-Z\d.-]{0,11})+(?![\w/])|\b[A-Z]{2,6}-\d{3,10}\b"),
    # Codes of letters and digit groups cut by dashes: hotline call and case references
    # (HL-24-0312-007, SDN-OM-2024-031), with four digits or more.
    _rule(EntityType.ACCOUNT_NUMBER, 0.8, "reference code (letters and numbers cut by dashes)",
          r"(?<![\w-])[A-Z]{1,6}(?:-[A-Z]{1,6})*(?=(?:-\d+)*-\d{2})(?=(?:[-A-Z]*\d){4})(?:-\d{2,10}){1,4}[A-Z]?(?![\w-])"),
    # Kenyan court files: "E2231 of 2024", "Criminal Case No. 417 of 2022", "Petition 12 of 2023".
    _rule(EntityType.ACCOUNT_NUMBER, 0.85, "court file number (E123 of 2024)",
          r"\b(?:[A-Z]{1,3}[ \t]?\d{1,6}|(?<=application[ \t])\d{1,6}|(?<=case[ \t])\d{1,6}|(?<=cause[ \t])\d{1,6}"
          r"|(?<=petition[ \t])\d{1,6}|(?<=appeal[ \t])\d{1,6})[ \t]+of[ \t]+(?:19|20)\d\d\b", _I),
    # A number after its label that starts with a letter or two: a birth certificate "B 7723041".
    _rule(EntityType.NATIONAL_ID, 0.85, "number with a letter prefix after its label",
          r"\b(?i:no|number|nambari|namba)\b\.?[ \t]*[:#]?[ \t]*"
          r"([A-Z]{1,2}[ \t-]?\d{5,10}|[A-Z]{3,5}[ \t-]?\d{3,10})\b", 0, 1),
    # Serials, file and device codes where letters and digits alternate (A3L0QZ7R1, C7T2K90LM).
    _rule(EntityType.ACCOUNT_NUMBER, 0.75, "code of letters and digits mixed",
          r"(?<![\w-])(?=[A-Z\d]{6,14}(?![\w-]))(?=[A-Z]+\d+[A-Z]+\d+[A-Z]|\d+[A-Z]+\d+[A-Z]+\d)[A-Z\d]+"),
    # "Na. 97113": the Swahili abbreviation of nambari before a force or file number.
    _rule(EntityType.NATIONAL_ID, 0.8, "number after Na. (nambari)", r"\bNa\.[ \t]*[:#]?[ \t]*(\d{3,10})\b", 0, 1),
    _rule(EntityType.LOCATION, 0.9, "map coordinates",
          r"(?<![\d.])-?\d{1,2}\.\d{3,8},[ \t]*-?\d{1,3}\.\d{3,8}(?![\d.])"
          r"|\b\d{1,2}°[ \t]*\d{1,2}['′][ \t]*(?:\d{1,2}(?:\.\d+)?[\"″][ \t]*)?[NS],?[ \t]*"
          r"\d{1,3}°[ \t]*\d{1,2}['′][ \t]*(?:\d{1,2}(?:\.\d+)?[\"″][ \t]*)?[EW]\b"),
    _rule(EntityType.PHONE, 0.85, "phone number with hidden digits",
          r"(?<![\w*])(?=[\d+ \t-]{1,8}[xX*#•])(?:\+?254[ \t-]?|0)[17][\dxX*#•.][\dxX*#•. \t-]{5,12}"
          r"[\dxX*#•](?![\w*])"),

)

# Digit runs worth handing to phonenumbers: optional + or 00, then digits with spaces,
# dashes, dots or brackets.
_PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d \t().\-]{5,22}\d(?!\w)")
_DIGIT = re.compile(r"\d")
_LONG_NUMBER = re.compile(r"(?<![\w.,/-])\d(?:[ -]?\d){5,24}(?![\w/]|[.,]\d)")


# Most rules need a digit; they run only in windows around the digits of the text (wide enough
# for the cue words before a number and an M-Pesa message after it), which keeps detection fast
# on long narratives where digits are rare.
_WITHOUT_DIGITS = frozenset({"machine-readable passport line", "email address", "email address written out",
                             "month", "day of the week"})
_DIGIT_RUN = re.compile(r"\d+")
_BEFORE, _AFTER = 70, 30


# How far from its digits each rule may start or end (before, after); the rest use the default.
# Most identifiers are their digits; a cue word comes before an ID or an account; an M-Pesa
# message says "Confirmed" after its code.
_TIGHT = (24, 24)
_REACH = {
    "date in figures": _TIGHT, "file or reference number": _TIGHT, "map coordinates": _TIGHT,
    "looks like a passport number (letters and seven digits)": _TIGHT, "KRA PIN (letter, nine digits, letter)": _TIGHT,
    "card number (four groups of four digits)": _TIGHT, "looks like an M-Pesa code (ten capital letters and digits)":
    _TIGHT, "Kenyan number plate": _TIGHT, "East African number plate": _TIGHT,
    "Kenyan number plate in lower case": _TIGHT, "year": _TIGHT, "phone number with hidden digits": _TIGHT,
    "police occurrence book (OB) number": _TIGHT, "M-Pesa transaction code": (24, 90),
    "reference number (No. ...)": _TIGHT, "Kenyan trailer plate": _TIGHT,
    "reference code (letters and numbers cut by dashes)": _TIGHT, "court file number (E123 of 2024)": (40, 24),
    "number with a letter prefix after its label": (30, 24), "number after Na. (nambari)": (12, 24),
    "code of letters and digits mixed": _TIGHT,
}


def digit_windows(text: str, before: int = _BEFORE, after: int = _AFTER) -> list[tuple[int, int]]:
    """Merged spans of text around its digits, cut at spaces."""
    windows: list[tuple[int, int]] = []
    for start, end in digit_spans(text):
        lo, hi = max(0, start - before), min(len(text), end + after)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    out = []
    for lo, hi in windows:
        if lo:
            space = text.find(" ", lo)
            lo = space if 0 <= space < lo + 20 else lo
        if hi < len(text):
            space = text.rfind(" ", hi - 20, hi)
            hi = space if space > 0 else hi
        out.append((lo, hi))
    return out


_ALNUM = re.compile(r"[^\W_]")


_MONTH_WORDS = frozenset(w.lower() for w in f"{MONTHS_EN}|{MONTHS_SW}".split("|"))
_WEEKDAY_WORDS = frozenset(w.lower() for w in WEEKDAYS.split("|"))
_HOLIDAY_WORDS = frozenset(["christmas", "xmas", "krismasi", "boxing", "year", "years", "easter", "pasaka", "good",
                            "madaraka", "mashujaa", "jamhuri", "labour", "utamaduni", "id", "idd", "eid", "ramadhan",
                            "ramadhani", "ramadan", "sikukuu"])
# Rules that can only match around one of a few words run only there (see windows.py); the
# others run around digits, or over the whole text when they need none.
_RULE_WORDS = {
    "email address written out": (frozenset(["dot"]), 60, 40),
    "month": (_MONTH_WORDS, 1, 1),
    "day of the week": (_WEEKDAY_WORDS, 1, 1),
    "date": (_MONTH_WORDS, 40, 40),
    "date in words": (_MONTH_WORDS, 60, 60),
    "month and year": (_MONTH_WORDS, 2, 12),
    "date in the Islamic calendar": (frozenset(["muharram", "safar", "rabi", "jumada", "jumadi", "rajab", "shaban",
                                                "sha", "shaaban", "ramadan", "ramadhan", "ramadhani", "shawwal",
                                                "dhu", "dhul", "qadah", "hijjah"]), 4, 30),
    "holiday and year": (_HOLIDAY_WORDS, 10, 40),
    "date in Swahili words (mwezi wa tano)": (frozenset(["mwezi"]), 50, 40),
    "date in Swahili words": (frozenset(["tarehe"]), 2, 80),
    "date (tarehe)": (frozenset(["tarehe"]), 2, 40),
}


def _rule_windows(text: str, low: str, reason: str, digits: dict[tuple[int, int], list[tuple[int, int]]],
                  ) -> list[tuple[int, int]]:
    if reason in _RULE_WORDS:
        words, before, after = _RULE_WORDS[reason]
        return word_windows(text, low, words, before, after)
    if reason == "email address":
        return around(((m, m + 1) for m in _positions(text, "@")), 64, 64, text)
    if reason in _WITHOUT_DIGITS:
        return [(0, len(text))]
    reach = _REACH.get(reason, (_BEFORE, _AFTER))
    if reach not in digits:
        digits[reach] = digit_windows(text, *reach)
    return digits[reach]


def _positions(text: str, char: str) -> Iterator[int]:
    at = text.find(char)
    while at >= 0:
        yield at
        at = text.find(char, at + 1)


def rule_matches(text: str) -> Iterator[Suggestion]:
    """Every identifier and date rule over the text."""
    windows: dict[tuple[int, int], list[tuple[int, int]]] = {}
    low = lowered(text)
    for entity, confidence, reason, pattern, group, on_lower in RULES:
        spans = _rule_windows(text, low, reason, windows)
        subject = low if on_lower else text
        for lo, hi in spans:
            for m in pattern.finditer(subject, lo, hi):
                start, end = m.span(group)
                if end > start and (reason != "file or reference number" or _long_enough(m.group())):
                    yield Suggestion(start, end, entity, confidence, reason, text[start:end])


def _long_enough(reference: str) -> bool:
    """A file number has five letters and digits or more; '24/7' and '3/4' are not files."""
    return len(_ALNUM.findall(reference)) >= 5


# A date in figures, perhaps with its time ("04.02.2024 19:12"), is not a phone number.
_DATE_FIRST = re.compile(r"\d{1,2}([./-])\d{1,2}\1\d{2,4}\b")


def phone_matches(text: str) -> Iterator[Suggestion]:
    """Phone numbers in every local and international form, recognised by phonenumbers (KE)."""
    for cand in _PHONE_CANDIDATE.finditer(text):
        chunk = cand.group()
        if len(_DIGIT.findall(chunk)) < 7 or _DATE_FIRST.match(chunk):
            continue
        if chunk.startswith("00"):
            chunk = "+" + chunk[2:]
        shift = cand.start() + (len(cand.group()) - len(chunk))
        found = False
        for m in phonenumbers.PhoneNumberMatcher(chunk, "KE", leniency=phonenumbers.Leniency.VALID):
            found = True
            start = cand.start() if m.start == 0 else shift + m.start
            end = shift + m.end
            yield Suggestion(start, end, EntityType.PHONE, 0.95, "phone number", text[start:end])
        if not found:
            yield from _possible_phone(text, cand, chunk)


def _possible_phone(text: str, cand: re.Match, chunk: str) -> Iterator[Suggestion]:
    """A number that is not a valid phone but has the shape of one (fictional ranges, typos)."""
    digits = "".join(_DIGIT.findall(chunk))
    if not (chunk.startswith("+") or digits.startswith(("07", "01", "254", "02"))):
        return
    try:
        number = phonenumbers.parse(chunk, "KE")
    except phonenumbers.NumberParseException:
        return
    if phonenumbers.is_possible_number(number):
        s = cand.group()
        yield Suggestion(cand.start(), cand.end(), EntityType.PHONE, 0.8,
                         "has the shape of a phone number", s)


def long_numbers(text: str) -> Iterator[Suggestion]:
    """Any other long number: it may be an ID, account or reference number."""
    for m in _LONG_NUMBER.finditer(text):
        if _DATE_FIRST.match(m.group()):
            continue
        digits = len(_DIGIT.findall(m.group()))
        if digits in (7, 8):
            yield Suggestion(m.start(), m.end(), EntityType.NATIONAL_ID, 0.7,
                             "as many digits as a national ID number", m.group())
        elif digits >= 6:
            yield Suggestion(m.start(), m.end(), EntityType.ACCOUNT_NUMBER, 0.7,
                             "long number (possibly an account or reference)", m.group())


# Letters typed for digits inside a number ("07l2 87O 445", "O7O8", "OO4"): a run of three or
# more digits and O, o, l or I with at least one real digit is read with the letters as digits.
_LOOKALIKE_RUN = re.compile(r"(?<![^\W\d_])(?=[\dOolI]*\d)(?=[\dOolI]{3})[\dOolI]*[OolI][\dOolI]*(?![^\W\d_])")
# A short group with a look-alike letter inside a number cut by spaces or dashes ("3l 220 984",
# "3O 447 1l9", "3l-566-207"): the number's other groups are digits.
_LOOKALIKE_GROUP = re.compile(
    r"(?<![^\W\d_])(?:\d[OolI]|[OolI]\d)(?=[ -]\d{3})(?![^\W\d_])"
    r"|(?<=\d{3}[ -])(?:\d[OolI]\d?|[OolI]\d\d?|\d\d[OolI]|\d[OolI])(?![^\W\d_])")
_LOOKALIKE_PAIR = re.compile(r"\d[OolI](?![^\W\d_])|(?<![^\W\d_])[OolI]\d")
_AS_DIGITS = str.maketrans("OolI", "0011")
_WORD_DIGITS = {
    "zero": "0", "oh": "0", "sifuri": "0", "sufuri": "0", "one": "1", "moja": "1", "two": "2", "mbili": "2",
    "three": "3", "tatu": "3", "four": "4", "nne": "4", "five": "5", "tano": "5", "six": "6", "sita": "6",
    "seven": "7", "saba": "7", "eight": "8", "nane": "8", "nine": "9", "tisa": "9",
}
_DIGIT_WORD = "|".join(sorted(_WORD_DIGITS, key=len, reverse=True))
_SPELLED = case_insensitive(rf"\b(?:(?:double|triple|{_DIGIT_WORD})\b[\s,.-]*){{6,}}(?:{_DIGIT_WORD})\b")


def _digit_view(text: str) -> str:
    """The text with letters that stand for digits inside numbers read as digits (same length)."""
    text = _LOOKALIKE_RUN.sub(lambda m: m.group().translate(_AS_DIGITS), text)
    if _LOOKALIKE_PAIR.search(text) is None:
        return text
    return _LOOKALIKE_GROUP.sub(lambda m: m.group().translate(_AS_DIGITS), text)


def spelled_numbers(text: str) -> Iterator[Suggestion]:
    """Phone and ID numbers written digit by digit in English or Swahili words."""
    for m in _SPELLED.finditer(lowered(text)):
        digits = sum(1 for w in re.findall(r"[a-z]+", m.group()) if w in _WORD_DIGITS)
        if digits >= 7:
            yield Suggestion(m.start(), m.end(), EntityType.PHONE, 0.8, "number written out in words",
                             text[m.start():m.end()])


def identifier_suggestions(text: str) -> list[Suggestion]:
    """All pattern-based suggestions (identifiers and dates), overlapping as found."""
    has_digits = any(ch.isdigit() for ch in text)
    view = _digit_view(text) if has_digits else text
    found = list(rule_matches(view))
    if has_digits:
        found.extend(phone_matches(view))
        found.extend(long_numbers(view))
    found.extend(spelled_numbers(text))
    return [s if s.text == text[s.start:s.end] else Suggestion(s.start, s.end, s.type, s.confidence, s.reason,
                                                               text[s.start:s.end]) for s in found]


def identifier_type(identifier: str) -> EntityType:
    """The type of a known identifier string (a phone, an ID, ...), by the patterns above."""
    found = identifier_suggestions(identifier)
    if not found:
        return EntityType.ACCOUNT_NUMBER
    return max(found, key=lambda s: (s.end - s.start, s.confidence)).type
