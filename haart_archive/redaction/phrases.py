"""Places and organisations named by what they are: a proper name with a head word.

English puts the head last ("Kondele market", "Moi Avenue", "Kawangware 46 stage", "Coast
General Hospital", "Glory Harvest Ministries", "Bungoma Line Sacco", "Kakamega Level 5
Hospital"), or first with "of" ("Embassy of Kenya in Muscat"); Swahili puts it first with a
connector ("soko la Kibuye", "shule ya msingi ya Makongeni", "Kituo cha Polisi cha Kitengela",
"Shirika la Tumaini Jipya", "msikiti wa Jamia", "Ubalozi wa Kenya mjini Doha"). An estate
with its number or letter is one place ("Mathare 3C", "Githurai 45", "Nyalenda B", "Kayole
Phase 2", "Eastleigh Section III"). The head word decides the type; the name must hold at least
one word that is not an ordinary word, so "The Police Station" or "Every market" are left alone.
Counties ("Kilifi County") are left to the gazetteer: at `anonymous` a county may be published.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from haart_archive.redaction.gazetteer import fold, gazetteer
from haart_archive.redaction.types import EntityType, Suggestion

PLACE_HEADS = (
    "street|st|avenue|ave|road|rd|lane|drive|way|highway|close|crescent|estate|mall|plaza|house|chambers|towers|"
    "tower|building|centre|center|complex|arcade|stage|market|beach|creek|stadium|grounds|airport|terminal|"
    "border post|one stop border post|police station|police post|station|post office|lodge|bus park|bus station|"
    "bus stop|village|district|area|park|junction|roundabout|bridge|flats|apartments|court|gardens|heights|"
    "springs|hill|valley|camp|quarry|farm|ranch|barracks|petrol station|shopping centre|ward|"
    "location|sub-location|slum|cathedral|parish|church|chapel|mosque|masjid|temple|monastery|shrine|prison|"
    "remand|children's home|rescue centre|safe house|hostel|hotel|resort|club|bar|restaurant|cafe|salon|"
    "supermarket|shop|godown|warehouse|factory|garage|market centre"
)
ORG_HEADS = (
    "agency|agencies|bureau|services|service|ministries|ministry|initiative|network|support|sacco|ltd|limited|llc|"
    "inc|plc|co|company|consultants|consultancy|foundation|trust|association|society|group|circle|coalition|"
    "alliance|union|federation|forum|council|commission|authority|board|office|unit|directorate|department|"
    "secretariat|desk|hospital|clinic|dispensary|health centre|medical centre|nursing home|school|academy|college|"
    "university|polytechnic|institute|seminary|primary school|secondary school|high school|girls|boys|coach|"
    "coaches|express|shuttle|shuttles|bus|buses|airways|airlines|air|travel|travels|tours|logistics|transporters|"
    "transport|freight|cargo|movers|manpower|recruitment|recruiters|employment|placement|placements|jobs|maids|"
    "staffing|enterprises|ventures|investments|holdings|solutions|bank|microfinance|insurance|court|courts|"
    "tribunal|embassy|consulate|high commission|mission|ministry|church|fellowship|assembly|tabernacle|"
    "centre|center|project|programme|program|trust fund|youth group|self-help group|women group|chama|cooperative|"
    "community|communities|diaspora|welfare|church|club"
)
_HEAD_FIRST_EN = (
    "embassy|consulate|high commission|ministry|university|bank|church|republic|office|department|kingdom|state"
)
SW_HEADS = (
    "shule|chuo|hospitali|zahanati|kliniki|kanisa|msikiti|soko|kituo|shirika|kampuni|ubalozi|wizara|idara|ofisi|"
    "barabara|mtaa|kijiji|stage|steji|stendi|benki|chama|taasisi|hoteli|baa|klabu|mahakama|jumuiya|muungano|"
    "kikundi|kiwanda|gereza|kambi|hifadhi|uwanja|bandari|mamlaka|tume|baraza|halmashauri|mfuko|kanisani|sacco"
)
SW_MODIFIERS = (
    "msingi|upili|sekondari|wasichana|wavulana|rufaa|polisi|kaunti|ndogo|kuu|taifa|kitaifa|kimataifa|haki|kulinda|"
    "msaada|watoto|wanawake|wahamiaji|ajira|upelelezi|jinai|serikali|umma|jamii|afya|elimu|kilimo|biashara|"
    "mabasi|magari|usafiri|maendeleo|vijana|akina|mama|katoliki|kianglikana|kiislamu|kilutheri|mtakatifu|mt|"
    "ndogo|kubwa|mpya|la|wa|ya|cha|za|vya|na|kwa"
)
_PLACE_HEAD_SET = frozenset(PLACE_HEADS.split("|"))


def _any_case(alternatives: str) -> str:
    """The words in lower case, capitalised, in title case and in capitals: faster in Python's
    engine than an IGNORECASE group, and mixed-case oddities are not names anyway."""
    out: list[str] = []
    for word in alternatives.split("|"):
        for variant in (word, word.capitalize(), word.title(), word.upper()):
            if variant not in out:
                out.append(variant)
    return "(?:" + "|".join(sorted(out, key=len, reverse=True)) + ")"


_HEADS = _any_case(f"{ORG_HEADS}|{PLACE_HEADS}")
_SW_HEADS = _any_case(SW_HEADS)
_SW_MODS = _any_case(SW_MODIFIERS)
_SW_LINK = _any_case("ya|la|cha|wa|za|vya")
_ESTATE_PARTS = _any_case("phase|section|sector|stage|block|zone|ext|extension")
_CAP = r"(?:[A-Z][\w'’-]*|[A-Z]\.|St\.|Mt\.)"
_NUM = r"(?:\d{1,4}(?:st|nd|rd|th|[A-Z])?|[IVX]{1,4})"
_PART = rf"(?:{_CAP}|{_NUM}|&)"
_JOIN = r"(?:[ \t]+(?:and|&|of|for|de|la|el|al|the|wa|ya|na)[ \t]+|[ \t]*&[ \t]*|[ \t]+|-)"
_NAME = rf"{_CAP}(?:{_JOIN}{_PART})*"
_IN = rf"(?:[ \t]+(?:in|at|mjini|jijini|nchini|ya|of)[ \t]+{_CAP}(?:[ \t]+{_CAP})*)"

HEAD_LAST = re.compile(
    rf"(?P<name>{_NAME})[ \t]+(?P<head>{_HEADS}"
    rf"(?:(?:[ \t]+|[ \t]+(?:and|&)[ \t]+|[ \t]*&[ \t]*){_HEADS})*)\b"
    rf"(?P<num>[ \t]+\d{{1,4}}[A-Z]?\b)?{_IN}?"
)
HEAD_FIRST_EN = re.compile(rf"\b(?:{_HEAD_FIRST_EN}|{_HEAD_FIRST_EN.title()})[ \t]+of[ \t]+(?:the[ \t]+)?{_NAME}{_IN}?")
HEAD_FIRST_SW = re.compile(
    rf"\b(?P<head>{_SW_HEADS})(?:[ \t]+{_SW_MODS})*[ \t]+{_SW_LINK}[ \t]+"
    rf"(?P<name>{_CAP}(?:[ \t]+(?:{_SW_MODS}[ \t]+)*(?:{_CAP}|{_NUM}))*)"
    rf"(?:[ \t]+(?:mjini|jijini|nchini|katika|huko)[ \t]+{_CAP})?"
)
ESTATE_NUMBER = re.compile(
    rf"\b(?P<name>{_CAP}(?:[ \t]+{_CAP})?)[ \t]+(?:{_ESTATE_PARTS}\.?[ \t]+)?"
    rf"(?P<num>\d{{1,3}}[A-Z]?|[IVX]{{1,4}}|[A-H])\b(?![ \t]*(?:%|years?|yrs|km|kg|am|pm|hrs|:\d|,\d|\.\d|/))"
)
PLACE_SUFFIX = re.compile(rf"\b(?P<name>{_CAP})[ \t]+(?P<dir>North|South|East|West|Central|Mashariki|Magharibi)\b")


_ORDINAL = re.compile(r"(?i)^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$")


def _has_proper_word(name: str) -> bool:
    """At least one word that is not an ordinary word, a head word or a connector; a numbered
    avenue or street ("First Avenue", "12th Street") is a name too."""
    gaz = gazetteer()
    if _ORDINAL.match(name.strip()):
        return True
    for word in re.findall(r"[^\W\d_][\w'’-]*", name):
        key = fold(word)
        if key in _PLACE_HEAD_SET or key in ORG_HEAD_SET:
            continue
        if key in gaz.places or key in gaz.names:
            return True
        if word[0].isupper() and key not in gaz.common and key not in gaz.nouns:
            return True
    return False


ORG_HEAD_SET = frozenset(ORG_HEADS.split("|"))


def _trim_start(text: str, start: int, end: int) -> int:
    """Drop ordinary words that open the name ('The', 'Our', 'At', 'Every')."""
    gaz = gazetteer()
    for m in re.finditer(r"\S+", text[start:end]):
        word = m.group().rstrip(".,")
        key = fold(word)
        if key in gaz.common and key not in gaz.names and key not in gaz.places and len(word) > 1 or key in ("at",):
            continue
        return start + m.start()
    return end


def _after_person_of(text: str, start: int, head: int) -> int:
    """'Otieno of Bright Star Agency': a person of an organisation is not part of its name."""
    cut = text.find(" of ", start, head)
    if cut < 0:
        return start
    gaz = gazetteer()
    before = text[start:cut].split()
    if before and all(fold(w) in gaz.names for w in before):
        return cut + len(" of ")
    return start


def _type_of(head: str) -> EntityType:
    words = head.lower().split()
    return EntityType.LOCATION if words and words[-1] in _PLACE_HEAD_SET and words[-1] not in ORG_HEAD_SET \
        else EntityType.ORGANIZATION


def phrase_suggestions(text: str) -> Iterator[Suggestion]:
    """Named places and organisations with their head words."""
    for m in HEAD_LAST.finditer(text):
        numbered = _ORDINAL.match(text[m.start():m.start("head")].strip()) is not None
        start = m.start() if numbered else _trim_start(text, m.start(), m.start("head"))
        start = _after_person_of(text, start, m.start("head"))
        name = text[start:m.start("head")]
        if start >= m.start("head") or not _has_proper_word(name + " " + text[m.end("head"):m.end()]):
            continue
        if name.rstrip().endswith(("'s", "’s")) and m.group("head")[0].islower():
            continue  # "Kadzo's village", "Mary's house": a person's place, not a place's name
        kind = _type_of(m.group("head"))
        yield Suggestion(start, m.end(), kind, 0.8, f"name of a {m.group('head').lower()}", text[start:m.end()])
    for m in HEAD_FIRST_EN.finditer(text):
        yield Suggestion(m.start(), m.end(), EntityType.ORGANIZATION, 0.8, "name of an institution",
                         m.group())
    for m in HEAD_FIRST_SW.finditer(text):
        if not _has_proper_word(m.group("name")):
            continue
        head = m.group("head").lower()
        kind = EntityType.LOCATION if head in ("soko", "barabara", "mtaa", "kijiji", "stage", "steji", "stendi",
                                               "msikiti", "kanisa", "uwanja", "bandari", "kambi") \
            else EntityType.ORGANIZATION
        yield Suggestion(m.start(), m.end(), kind, 0.8, f"name of a place or body ({head} ...)", m.group())
    gaz = gazetteer()
    for m in ESTATE_NUMBER.finditer(text):
        name = m.group("name")
        if not any(fold(w) in gaz.places for w in name.split()) and not _looks_like_place_name(name):
            continue
        start = _trim_start(text, m.start(), m.end("name"))
        if start < m.end("name"):
            yield Suggestion(start, m.end(), EntityType.LOCATION, 0.75, "estate or area with its number",
                             text[start:m.end()])
    for m in PLACE_SUFFIX.finditer(text):
        if fold(m.group("name")) in gaz.places:
            yield Suggestion(m.start(), m.end(), EntityType.LOCATION, 0.75, "place in the gazetteer", m.group())


def _looks_like_place_name(name: str) -> bool:
    return bool(re.search(r"(?i)(?:ville|town|estate|ni)$", name))
