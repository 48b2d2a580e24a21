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
from haart_archive.redaction.normalise import case_insensitive, lowered
from haart_archive.redaction.types import EntityType, Suggestion
from haart_archive.redaction.windows import around, digit_spans, word_windows

PLACE_HEADS = (
    "street|st|avenue|ave|road|rd|lane|drive|way|highway|close|crescent|estate|mall|plaza|house|chambers|towers|"
    "tower|building|centre|center|complex|arcade|stage|market|beach|creek|stadium|grounds|airport|terminal|"
    "border post|one stop border post|police station|police post|station|post office|lodge|bus park|bus station|"
    "bus stop|village|district|area|park|junction|roundabout|bridge|flats|apartments|court|gardens|heights|"
    "springs|hill|valley|camp|quarry|farm|ranch|barracks|petrol station|shopping centre|ward|"
    "location|sub-location|slum|cathedral|parish|church|chapel|mosque|masjid|temple|monastery|shrine|prison|"
    "remand|children's home|rescue centre|safe house|hostel|hotel|resort|club|bar|restaurant|cafe|salon|"
    "supermarket|shop|godown|warehouse|factory|garage|market centre|works|saltworks|water point|borehole|dumpsite|"
    "dump site|landing site|landing beach|jetty|pier|ferry|crossing|checkpoint|roadblock|terminus|depot|yard|kiosk|"
    "compound|villa|plantation|mine|mines|dam|showground|showgrounds|dock|docks|port|harbour|border|lodging|"
    "lodgings|guest house|guesthouse|inn|motel|stall|cinema|hall|gate|square|trading centre|deportation centre|"
    "detention centre|rescue home|safe haven|shelter|refuge|drop-in centre|orphanage|care centre|"
    "rehabilitation centre|island|islands|ground|sports ground|playground|parking|car park|parking lot"
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
    "community|communities|diaspora|welfare|church|club|fm|radio|tv|television|rescue home|safe haven|shelter|"
    "refuge|drop-in centre|orphanage|care centre|rehabilitation centre|children's home|helpline|hotline|helpdesk|"
    "call centre|primary|secondary|rights|justice|relief|watch|advocates|defenders|volunteers"
)
# Words between a name and its head that say which one of a place's kind ("Nakuru main stage",
# "Shanzu fish landing site", "Bamburi cement works", "Kosovo water point").
_MODIFIERS = (
    "main|central|old|new|big|open-air|open air|municipal|county|bus|matatu|boda|fish|cattle|livestock|mitumba|"
    "water|salt|cement|railway|petrol|industrial|shopping|general|public|wholesale|retail|night|upper|lower|"
    "north|south|east|west|landing|sisal|tea|coffee|flower|quarry|stone|sand|timber|charcoal|sugar|rice|"
    "international|regional|district"
)
_HEAD_FIRST_EN = (
    "embassy|consulate|high commission|ministry|university|bank|church|republic|office|department|kingdom|state|"
    "directorate|commission|council|authority|federation|association|society|institute|bureau|federation|union"
)
SW_HEADS = (
    "shule|chuo|hospitali|zahanati|kliniki|kanisa|msikiti|soko|kituo|shirika|kampuni|ubalozi|wizara|idara|ofisi|"
    "barabara|mtaa|kijiji|stage|steji|stendi|benki|chama|taasisi|hoteli|baa|klabu|mahakama|jumuiya|muungano|"
    "kikundi|kiwanda|gereza|kambi|hifadhi|uwanja|bandari|mamlaka|tume|baraza|halmashauri|mfuko|kanisani|sacco|"
    "jeti|gati|feri|kivuko|daraja|bustani|ukumbi|duka|ploti|machimbo|mgodi|kiwanja|ghala|stesheni|posta|lango|"
    "makao|kituo cha polisi|nyumba ya wageni|lojing"
)
# Swahili heads of places (the rest name organisations).
_SW_PLACE_HEADS = frozenset([
    "soko", "barabara", "mtaa", "kijiji", "stage", "steji", "stendi", "msikiti", "kanisa", "uwanja", "bandari",
    "kambi", "jeti", "gati", "feri", "kivuko", "daraja", "bustani", "duka", "ploti", "machimbo", "mgodi",
    "kiwanja", "ghala", "stesheni", "posta", "lango", "nyumba ya wageni", "lojing", "ubalozi",
])
# Heads of public offices, named by ordinary words ("County Labour Office", "Sub-County
# Children's Office", "Child Protection Unit"): two capitalised words before them are a name.
_OFFICE_HEADS = frozenset([
    "office", "department", "directorate", "unit", "ministry", "service", "services", "commission", "authority",
    "secretariat", "council", "board", "bureau", "desk", "rights", "justice", "relief", "watch", "advocates",
    "defenders",
])
SW_MODIFIERS = (
    "msingi|upili|sekondari|wasichana|wavulana|rufaa|polisi|kaunti|ndogo|kuu|taifa|kitaifa|kimataifa|haki|kulinda|"
    "msaada|watoto|wanawake|wahamiaji|ajira|upelelezi|jinai|serikali|umma|jamii|afya|elimu|kilimo|biashara|"
    "mabasi|magari|usafiri|maendeleo|vijana|akina|mama|katoliki|kianglikana|kiislamu|kilutheri|mtakatifu|mt|"
    "ndogo|kubwa|mpya|la|wa|ya|cha|za|vya|na|kwa|mdogo|ndege|mifugo|samaki|mboga|matunda|nguo|mitumba|ng'ombe|"
    "mabasi|magari|reli|wilaya|mkoa"
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
    return "(?:" + "|".join(sorted(out, key=len, reverse=True)).replace(" ", r"(?:[ \t]+|[ \t]*\n[ \t]*)") + ")"


_HEADS = _any_case(f"{ORG_HEADS}|{PLACE_HEADS}")
_MODS = _any_case(_MODIFIERS)
_SW_HEADS = _any_case(SW_HEADS)
_SW_MODS = _any_case(SW_MODIFIERS)
_SW_LINK = _any_case("ya|la|cha|wa|za|vya")
_ESTATE_PARTS = _any_case("phase|section|sector|stage|block|zone|ext|extension")
_CAP = r"(?:[A-Z][\w'’-]*|[A-Z]\.|St\.|Mt\.)"
_NUM = r"(?:\d{1,4}(?:st|nd|rd|th|[A-Z])?|[IVX]{1,4})"
_PART = rf"(?:{_CAP}|{_NUM}|&|\((?:[A-Z]{{1,5}}|E\.A\.|Kenya|Ke)\))"
_JOIN = (r"(?:[ \t]+(?:and|&|of|for|de|la|el|al|the|wa|ya|na|AND|OF|FOR|THE|YA|WA|NA|LA)[ \t]+|[ \t]*&[ \t]*|"
         r"[ \t]+|-)")
_NAME = rf"{_CAP}(?:{_JOIN}{_PART})*"
# "Kanyamwa Primary School in Class 7": a class or form is not where a school is.
_IN = (rf"(?:[ \t]+(?:in|at|mjini|jijini|nchini|ya|of)[ \t]+(?!(?:Class|Form|Grade|Standard|Darasa|Std)\b)"
       rf"{_CAP}(?:[ \t]+{_CAP})*)")
_FOR = rf"(?:[ \t]+for[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+(?:and|&)[ \t]+{_CAP})?)"

HEAD_LAST = re.compile(
    rf"(?P<name>{_NAME})(?:[ \t]+{_MODS}){{0,2}}[ \t]+(?P<head>{_HEADS}"
    rf"(?:(?:[ \t]+|[ \t]+(?:and|&)[ \t]+|[ \t]*&[ \t]*){_HEADS})*)\b"
    rf"(?P<num>[ \t]+\d{{1,4}}[A-Z]?\b)?{_FOR}?{_IN}?"
)
HEAD_FIRST_EN = re.compile(rf"\b{_any_case(_HEAD_FIRST_EN)}[ \t]+(?:of|OF)[ \t]+(?:the[ \t]+|THE[ \t]+)?{_NAME}{_IN}?")
# "12th Street", "First Avenue"; an estate's part on its own after its estate ("Eastleigh,
# Section 3", "Dandora Phase 4"), but not a section of a law ("Section 3 of the Act").
NUMBERED_STREET = re.compile(
    r"\b(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|"
    r"Twelfth)[ \t]+(?:Street|Avenue|Road|Lane|Close|Crescent|Drive|St|Ave|Rd)\b"
)
ESTATE_PART = re.compile(
    r"\b(?:Phase|Section|Sector|Block|Zone|Extension|Ext\.?|Plot|Stall|Stage)[ \t]+(?:No\.?[ \t]*)?"
    r"(?:\d{1,3}[A-Z]?|[IVX]{1,4}|[A-H])\b(?![ \t]*(?:of\b|\(|and\s+\d|to\s+\d))", re.IGNORECASE
)
HEAD_FIRST_SW = re.compile(
    rf"\b(?P<head>{_SW_HEADS})(?:[ \t]+{_SW_MODS})*[ \t]+{_SW_LINK}[ \t]+"
    rf"(?P<name>{_CAP}(?:[ \t]+(?:{_SW_MODS}[ \t]+)*(?:{_CAP}|{_NUM}))*)"
    rf"(?:[ \t]+(?:mjini|jijini|nchini|katika|huko)[ \t]+{_CAP})?"
)
ESTATE_NUMBER = re.compile(
    rf"\b(?P<name>{_CAP}(?:[ \t]+{_CAP})?)[ \t]+(?:{_ESTATE_PARTS}\.?[ \t]+)?"
    rf"(?P<num>\d{{1,3}}[A-Z]?|[IVX]{{1,4}}|[A-H]|[\"“'][A-H][\"”'])(?![\w\"”'])"
    rf"(?![ \t]*(?:%|years?|yrs|km|kg|am|pm|hrs|:\d|,\d|\.\d|/))"
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


# Capitalised words that open a sentence before a name without belonging to it.
_OPENERS = frozenset([
    "the", "a", "an", "our", "my", "his", "her", "their", "your", "its", "this", "that", "these", "those", "every",
    "each", "some", "any", "no", "at", "in", "from", "to", "for", "with", "on", "by", "and", "but", "or", "when",
    "after", "before", "then", "also", "so", "yesterday", "today", "later", "both", "all", "only", "even", "via",
    "near", "into", "inside", "outside", "behind", "opposite", "beside", "since", "until", "while", "where",
])


def _trim_start(text: str, start: int, end: int) -> int:
    """Drop ordinary words and verbs that open the name ('The', 'Our', 'At', 'Every',
    'Nilikulia Dandora Phase 4')."""
    gaz = gazetteer()
    for m in re.finditer(r"\S+", text[start:end]):
        word = m.group().rstrip(".,")
        key = fold(word)
        if (key in gaz.common and key not in gaz.names and key not in gaz.places and len(word) > 1
                and (word.islower() or key in _OPENERS or key not in gaz.english)) or key in ("at",):
            continue  # "the", "Our", "At", "Every"; not "Lake" in "Lake Region Child Rights Network"
        if key not in gaz.places and key not in gaz.names and _VERB.match(key):
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
    if head.lower() in _PLACE_HEAD_SET:
        return EntityType.ORGANIZATION if head.lower() in ORG_HEAD_SET else EntityType.LOCATION
    words = head.lower().split()
    return EntityType.LOCATION if words and words[-1] in _PLACE_HEAD_SET and words[-1] not in ORG_HEAD_SET \
        else EntityType.ORGANIZATION


def _office_name(name: str, head: str) -> bool:
    """'County Labour Office', "Sub-County Children's Office": ordinary capitalised words before
    the head of a public office are its name when there are two of them."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w not in ("for", "of", "and")]
    return (head.lower().split()[-1] in _OFFICE_HEADS and len(words) >= 2
            and all(w[0].isupper() for w in words) and not name.isupper())


def _swahili_name(name: str, head: str) -> bool:
    """'Haki Sasa Centre', 'Tumaini Jipya Initiative': two capitalised Swahili words or more
    before the English head of a body are its name."""
    gaz = gazetteer()
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    return (head.lower().split()[-1] in ORG_HEAD_SET and len(words) >= 2 and not name.isupper()
            and all(w[0].isupper() and fold(w) not in gaz.english and fold(w) not in _OPENERS for w in words))


def _last_words(alternatives: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", head)[-1] for head in alternatives.split("|"))


def _first_words(alternatives: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", head)[0] for head in alternatives.split("|"))


# The words each rule needs, to run it only around them (see windows.py).
_HEAD_LAST_WORDS = _last_words(f"{ORG_HEADS}|{PLACE_HEADS}")
_HEAD_FIRST_WORDS = _first_words(_HEAD_FIRST_EN)
_SW_HEAD_WORDS = _first_words(SW_HEADS)
_ESTATE_MARK = re.compile(r"(?<![\w\"“'])(?:[A-H]|[IVX]{1,4}|[\"“'][A-H][\"”'])(?![\w\"”'])")
_STREET_WORDS = frozenset(["street", "avenue", "road", "lane", "close", "crescent", "drive", "st", "ave", "rd"])
_PART_WORDS = frozenset(["phase", "section", "sector", "block", "zone", "extension", "ext", "plot", "stall", "stage"])
_SUFFIX_WORDS = frozenset(["north", "south", "east", "west", "central", "mashariki", "magharibi"])


def _in(pattern: re.Pattern, text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match]:
    for lo, hi in windows:
        yield from pattern.finditer(text, lo, hi)


def phrase_suggestions(text: str) -> Iterator[Suggestion]:
    """Named places and organisations with their head words."""
    low = lowered(text)
    yield from _head_last(text, word_windows(text, low, _HEAD_LAST_WORDS, 90, 60))
    for m in _in(HEAD_FIRST_EN, text, word_windows(text, low, _HEAD_FIRST_WORDS, 0, 160)):
        yield Suggestion(m.start(), m.end(), EntityType.ORGANIZATION, 0.8, "name of an institution",
                         m.group())
    yield from _head_first_sw(text, word_windows(text, low, _SW_HEAD_WORDS, 0, 160))
    gaz = gazetteer()
    marks = around([*digit_spans(text), *(m.span() for m in _ESTATE_MARK.finditer(text))], 40, 4, text)
    for m in _in(ESTATE_NUMBER, text, marks):
        name = m.group("name")
        if not any(fold(w) in gaz.places for w in name.split()) and not _looks_like_place_name(name):
            continue
        start = _trim_start(text, m.start(), m.end("name"))
        if start < m.end("name"):
            yield Suggestion(start, m.end(), EntityType.LOCATION, 0.75, "estate or area with its number",
                             text[start:m.end()])
    for m in _in(PLACE_SUFFIX, text, word_windows(text, low, _SUFFIX_WORDS, 40, 2)):
        if fold(m.group("name")) in gaz.places:
            yield Suggestion(m.start(), m.end(), EntityType.LOCATION, 0.75, "place in the gazetteer", m.group())
    for m in _in(NUMBERED_STREET, text, word_windows(text, low, _STREET_WORDS, 24, 2)):
        yield Suggestion(m.start(), m.end(), EntityType.LOCATION, 0.8, "numbered street or avenue", m.group())
    for m in _in(ESTATE_PART, text, word_windows(text, low, _PART_WORDS, 2, 14)):
        yield Suggestion(m.start(), m.end(), EntityType.LOCATION, 0.6, "part of an estate with its number",
                         m.group())
    yield from _kwa_places(text, low, word_windows(text, low, ("kwa",), 40, 60))
    for m in _in(_STATION, text, word_windows(text, low, ("fm",), 60, 2)):
        yield Suggestion(m.start(), m.end(), EntityType.ORGANIZATION, 0.8, "radio station with its frequency",
                         m.group())
    yield from _letterheads(text)
    yield from _lowercase_places(text, word_windows(text, low, _LOWER_HEAD_WORDS, 60, 4))


# "RADIO SAUTI YA JAMII 98.4 FM", "Radio Maisha 102.7 FM".
_STATION = re.compile(rf"{_NAME}[ \t]+\d{{2,3}}(?:\.\d)?[ \t]*(?:FM|fm|Fm)\b")


def _head_last(text: str, windows: list[tuple[int, int]]) -> Iterator[Suggestion]:
    for m in _in(HEAD_LAST, text, windows):
        numbered = _ORDINAL.match(text[m.start():m.start("head")].strip()) is not None
        start = m.start() if numbered else _trim_start(text, m.start(), m.start("head"))
        start = _after_person_of(text, start, m.start("head"))
        name = text[start:m.start("head")]
        head = " ".join(m.group("head").split())
        if start >= m.start("head"):
            continue
        full = text[m.start():m.start("head")]
        if start > m.start() and re.search(r"[ \t]for[ \t]", full) and _office_name(full, head):
            start, name = m.start(), full  # "Wanawake for Legal Rights": capitalised words joined by "for"
        elif (not _has_proper_word(name + " " + text[m.end("head"):m.end()]) and not _office_name(name, head)
                and not _swahili_name(name, head)):
            continue
        if name.rstrip().endswith(("'s", "’s")) and head[0].islower():
            continue  # "Kadzo's village", "Mary's house": a person's place, not a place's name
        kind = _type_of(head)
        yield Suggestion(start, m.end(), kind, 0.8, f"name of a {head.lower()}", text[start:m.end()])


def _head_first_sw(text: str, windows: list[tuple[int, int]]) -> Iterator[Suggestion]:
    for m in _in(HEAD_FIRST_SW, text, windows):
        head = " ".join(m.group("head").lower().split())
        name = m.group("name")
        place = head in _SW_PLACE_HEADS
        # "Shirika la Msaada kwa Watoto wa Mpakani": a body named by capitalised ordinary words
        after_head = text[m.end("head"):m.end()]
        named_body = not place and len(_CAPITALISED.findall(after_head)) >= 2
        if not _has_proper_word(name) and not named_body:
            continue
        kind = EntityType.LOCATION if place else EntityType.ORGANIZATION
        start = m.start("name") if head in _ADMINISTRATIVE else m.start()
        yield Suggestion(start, m.end(), kind, 0.8, f"name of a place or body ({head} ...)", text[start:m.end()])


# "kijiji cha Ikutha", "mtaa wa Bondeni": the administrative word is not part of the place's name.
_ADMINISTRATIVE = frozenset(["kijiji", "mtaa", "kaunti", "wilaya", "mji", "jiji", "kata", "tarafa"])


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
# A Swahili verb with its subject and tense ("Nilikulia", "Alifanya kazi"), as names.py reads it.
_VERB = re.compile(r"^(?:ha|si)?(?:ni|u|a|tu|m|wa)(?:li|me|na|ta|ki|nge|ka|sha|mesha)[a-z]{3,}$")
# "Kwa Maina", "kwa bi zuhura", "Kwa Chief": a place called after a person ("at Maina's"). A
# capitalised Kwa inside a sentence names a place; a lower-case one does after words of place
# ("nyuma ya", "karibu na", "behind", "near") or of going and staying, when a name or a kinship
# word follows it.
_KWA_CAPITAL = re.compile(r"(?<=[^\W\d_][ \t])Kwa[ \t]+(?:(?:Bi|Mama|Mzee|Baba|Bw|Mze)\.?[ \t]+)?[A-Z][\w'’-]+")
_KWA_AFTER_PLACE_WORD = case_insensitive(
    r"\b(?:nyuma\s+ya|karibu\s+na|mbele\s+ya|kando\s+ya|pale|hapo|hadi|mpaka|kutoka|plot\s+ya|ploti\s+ya|"
    r"duka\s+la|stage\s+ya|behind|near|at|from|to|opposite|next\s+to|nikae|kukaa|anakaa|nakaa|alikimbia|"
    r"alitorokea|ran\s+away\s+to|niko|yuko|tuko|ako|iko)\s+(kwa\s+(?:(?:bi|mama|mzee|baba|bw|shosh|cucu|"
    r"mze)\.?\s+)?([a-z][\w'-]+)(?:\s+(?:wake|wangu|yake|yangu|wetu|yetu|wao|yao))?)"
)
_KIN_PLACES = frozenset(["mjomba", "shangazi", "shosh", "cucu", "bibi", "babu", "dada", "kaka", "chief", "chifu",
                         "mama", "baba", "auntie", "aunty", "uncle", "grandma", "shemeji", "binamu"])


def _kwa_places(text: str, low: str, windows: list[tuple[int, int]]) -> Iterator[Suggestion]:
    for m in _in(_KWA_CAPITAL, text, windows):
        yield Suggestion(m.start(), m.end(), EntityType.LOCATION, 0.75, "a place called after a person (Kwa ...)",
                         m.group())
    gaz = gazetteer()
    for m in _in(_KWA_AFTER_PLACE_WORD, low, windows):
        word = m.group(2)
        if word in gaz.common or (word in gaz.nouns and word not in _KIN_PLACES):
            continue  # "kwa sababu", "kwa gari", "kwa simu"
        start, end = m.span(1)
        yield Suggestion(start, end, EntityType.LOCATION, 0.6, "a place called after a person (kwa ...)",
                         text[start:end])


# Letterheads in capitals name the body that wrote them ("MINISTRY OF LABOUR AND SOCIAL
# PROTECTION", "HUDUMA YA POLISI YA KENYA", "OFISI YA WATOTO, KAUNTI NDOGO YA TESO KASKAZINI").
_CAPS_LINE = re.compile(r"^[ \t]*([A-Z][A-Z'’ .,&()/-]*[A-Z)])[ \t]*$", re.MULTILINE)
_CAPS_HEADS = frozenset([
    "MINISTRY", "WIZARA", "OFFICE", "OFISI", "HUDUMA", "SERVICE", "SERVICES", "DEPARTMENT", "IDARA", "DIRECTORATE",
    "POLICE", "POLISI", "HOSPITAL", "HOSPITALI", "SCHOOL", "SHULE", "ACADEMY", "COLLEGE", "UNIVERSITY", "CHUO",
    "CHURCH", "KANISA", "COUNCIL", "BARAZA", "COMMISSION", "TUME", "AUTHORITY", "MAMLAKA", "AGENCY", "BUREAU",
    "FOUNDATION", "TRUST", "NETWORK", "INITIATIVE", "SOCIETY", "ASSOCIATION", "CENTRE", "CENTER", "KITUO",
    "SHIRIKA", "JUMUIYA", "HOME", "SHELTER", "UNIT", "SACCO", "LTD", "LIMITED", "CLINIC", "ZAHANATI", "TAASISI",
    "SECRETARIAT", "PROGRAMME", "PROJECT", "MISSION", "EMBASSY", "UBALOZI",
])
_CAPS_TITLES = frozenset([
    "REPORT", "STATEMENT", "FORM", "LOG", "REFERRAL", "JUDGMENT", "JUDGEMENT", "TRANSCRIPT", "SUMMARY",
    "MUHTASARI", "TAARIFA", "RE", "YAH", "EXAMINATION", "FILE", "NOTES", "MINUTES", "RUFAA", "APPEAL", "CASE",
])


def _letterheads(text: str) -> Iterator[Suggestion]:
    for line in _CAPS_LINE.finditer(text):
        pos = line.start(1)
        for piece in re.split(r"([ \t]+[-–|][ \t]+)", line.group(1)):
            words = set(re.findall(r"[A-Z]+", piece))
            if len(words) >= 2 and words & _CAPS_HEADS and not words & _CAPS_TITLES:
                yield Suggestion(pos, pos + len(piece), EntityType.ORGANIZATION, 0.75,
                                 "name of the body in a letterhead", piece)
            pos += len(piece)


# In chats places are written in lower case ("near city mall", "kenyatta avenue", "mtwapa
# police"): a lower-case name with the head of a place is one when it holds a place or a name
# from the gazetteer or a word that is not ordinary, or when a word of place comes before it.
_LOWER_HEADS = (
    "mall|centre|center|avenue|street|road|junction|stage|market|estate|airport|police station|police post|police|"
    "station|plaza|hotel|lodge|bus park|bus station|terminus|hospital|clinic|supermarket|club|bridge|roundabout|"
    "ferry|jetty|beach|mosque|border|deportation centre|towers|flats|apartments|hostel|lodging|stadium|"
    "sports ground|grounds|island|district|parking"
)
_LOWER_HEAD_WORDS = _last_words(_LOWER_HEADS)
_LOWER_PLACE = re.compile(
    rf"\b(?P<name>[a-z][\w'-]+(?:[ \t]+[a-z][\w'-]+){{0,2}}?)[ \t]+(?P<head>{_LOWER_HEADS})\b"
)
_PLACE_CUE = re.compile(
    r"(?:\b(?:near|at|opposite|to|from|in|karibu\s+na|nyuma\s+ya|mbele\s+ya|pale|hapo|kwa|next\s+to|niko|yuko|"
    r"tuko|ako|iko|hadi|mpaka|kutoka|kuja|tukutane|nitatua|nimetua|wakienda|tuende|twende)[ \t]+)$"
)
_DETERMINERS = frozenset(["the", "a", "an", "my", "our", "his", "her", "their", "this", "that", "these", "those",
                          "hiyo", "ile", "hii", "yetu", "yangu", "yake", "every", "some", "any", "no", "each",
                          "which", "what", "your", "its"])


# Words that end what comes before a lower-case place name ("nyali near city mall", "sgt wambua
# wa mtwapa police").
_BEFORE_PLACE = frozenset([
    "near", "at", "opposite", "to", "from", "in", "na", "ya", "wa", "la", "kwa", "of", "on", "by", "pale", "hapo",
    "niko", "yuko", "tuko", "ako", "iko", "hadi", "mpaka", "kutoka", "kuja", "tukutane", "nitatua", "nimetua",
    "wakienda", "tuende", "twende", "and", "or", "with", "karibu", "nyuma", "mbele", "next", "via", "into",
])


def _lowercase_places(text: str, windows: list[tuple[int, int]]) -> Iterator[Suggestion]:
    gaz = gazetteer()
    for m in _in(_LOWER_PLACE, text, windows):
        words = m.group("name").split()
        cut = max((k + 1 for k, w in enumerate(words) if w in _BEFORE_PLACE), default=0)
        words = words[cut:]
        while words and (words[0] in _DETERMINERS or words[0] in gaz.common and words[0] not in gaz.places):
            words.pop(0)
        if not words or words[-1] in _DETERMINERS:
            continue
        start = m.start("name") + m.group("name").rindex(words[0] + (" " + words[1] if len(words) > 1 else ""))
        known = any(w in gaz.places or w in gaz.names for w in words)
        unusual = any(w not in gaz.common and w not in gaz.nouns for w in words)
        if known or unusual or _PLACE_CUE.search(text, max(0, start - 20), start):
            yield Suggestion(start, m.end(), EntityType.LOCATION, 0.6, f"name of a {m.group('head')} in lower case",
                             text[start:m.end()])


def _looks_like_place_name(name: str) -> bool:
    return bool(re.search(r"(?i)(?:ville|town|estate|ni)$", name))
