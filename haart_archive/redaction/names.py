"""Proper nouns: gazetteer names and places, and heuristics for unknown names (sources 3 and 4).

The text is cut into words once; each word gets a class from the gazetteer (title, ordinary
word, given name or surname, place, ambiguous name, unknown) and a decision from its shape
(capitalised, ALL-CAPS, lower case), its place in the sentence and its neighbours. Flagged words
that touch become one suggestion ("Jamhuri ya Kidemokrasia ya Kongo", "George W. Bush").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from haart_archive.redaction.chat import is_chat
from haart_archive.redaction.gazetteer import fold, gazetteer
from haart_archive.redaction.types import EntityType, Suggestion

WORD = re.compile(r"[^\W\d_]+(?:['’`-][^\W\d_]+)*['’]?")

CONNECTORS = frozenset([
    "ya", "wa", "la", "cha", "za", "vya", "es", "de", "da", "al", "el", "bin", "binti", "ole", "of", "van", "von",
    "der", "du", "le", "dos", "ibn", "abu", "bint", "arap", "di", "del", "della", "das", "do", "ben", "ould",
])
# Particles that begin a name even at the start of a sentence ("Ole Sapit", "Bin Laden").
NAME_PARTICLES = frozenset([
    "ole", "bin", "binti", "ibn", "abu", "bint", "arap", "al", "el", "van", "von", "de", "da", "di", "del", "dos",
    "ould",
])
# Currency words and codes: an amount ("KSh 60,000") is never a person, place or organisation.
CURRENCY = frozenset([
    "ksh", "kshs", "kes", "sh", "shs", "shilingi", "shillings", "shilling", "tsh", "tshs", "tzs", "ush", "ushs",
    "ugx", "usd", "eur", "euro", "euros", "gbp", "aed", "sar", "qar", "omr", "kwd", "bhd", "dirham", "dirhams",
    "riyal", "riyals", "rial", "dinar", "dinars", "dollar", "dollars", "dola", "pesa",
])
# Compass words that end a place name ("Sudan Kusini", "Afrika ya Mashariki").
DIRECTIONS = frozenset(["kusini", "kaskazini", "mashariki", "magharibi", "kati", "ya kati"])
# Words before a name that say it is a name, whatever its case.
NAME_CUES = frozenset(
    ["named", "called", "aitwaye", "anaitwa", "aliyeitwa", "wanaitwa", "jina", "nicknamed", "alias", "aka", "known"]
)
# Verbs after a word that say the word was a person.
REPORT_VERBS = frozenset(
    [
        "told", "said", "says", "asked", "called", "came", "went", "took", "gave", "sent", "paid", "hit", "beat",
        "locked", "promised", "brought", "bought", "sold", "married", "phoned", "texted", "introduced",
        "recruited", "arrived", "left", "is", "was", "and", "alisema", "aliniambia", "aliniuliza", "alikuja",
        "alienda", "alinipigia", "alinipeleka", "alinichukua", "alinipa", "alinituma", "alimwambia", "aliondoka",
        "alifika", "alinipiga", "alimpigia", "anasema", "ni", "alikuwa", "na",
    ]
)
LOCATION_CUES = frozenset(
    [
        "in", "from", "to", "at", "near", "towards", "via", "mjini", "huko", "nchini", "kijiji", "kijijini",
        "kaunti", "wilaya", "mkoa", "jimbo", "mji", "eneo", "kutoka", "hadi", "mpaka", "kwenda", "kuelekea",
        "village", "estate", "town", "county", "city", "mtaa", "kata", "tarafa", "lokesheni", "sublocation",
        "location", "slum", "ward",
    ]
)
ORG_WORDS = frozenset(
    [
        "chama", "shirika", "benki", "bank", "ltd", "limited", "agency", "agencies", "company", "kampuni",
        "university", "chuo", "hospital", "hospitali", "church", "kanisa", "ministry", "wizara", "police",
        "polisi", "jeshi", "tume", "baraza", "idara", "mamlaka", "commission", "council", "services",
        "association", "foundation", "trust", "group", "international", "network", "union", "shule", "school",
        "academy", "hotel", "club", "klabu", "party", "fc", "court", "mahakama", "bunge", "parliament", "embassy",
        "ubalozi", "sacco", "bureau", "recruitment", "travel", "travels", "enterprises", "recruiters",
        "recruiting", "placements", "placement", "manpower", "employment", "staffing", "consultants",
        "consultancy", "solutions", "investments", "holdings", "ventures", "logistics", "inc", "plc", "llc",
        "corporation", "corp", "halmashauri", "taasisi", "mfuko", "jumuiya", "mataifa", "shirikisho", "muungano",
        "vuguvugu", "kamisheni", "halmashauri", "tawi", "gazeti", "redio", "radio", "tv", "televisheni", "news",
        "media", "insurance", "bima", "airways", "airlines", "shirika", "mamlaka", "kamati", "idara", "ofisi",
    ]
)
# Titles that are always followed by a name, even one written in lower case.
PERSONAL_TITLES = frozenset(["bw", "bi", "mr", "mrs", "ms", "dr", "dkt", "mama", "baba", "mzee", "bwana", "mhe"])
# Place words that are part of a Swahili place name ("Mlima Kenya", "kaunti ya Kilifi").
PLACE_WORDS = frozenset([
    "kaunti", "wilaya", "mkoa", "jimbo", "mji", "jiji", "kijiji", "mtaa", "eneo", "bahari", "ziwa", "mto", "mlima",
    "milima", "kisiwa", "visiwa", "bonde", "jamhuri", "ufalme", "falme", "pwani", "uwanja", "barabara", "hifadhi",
    "mbuga", "manispaa", "tarafa", "kata", "county", "lake", "mount", "river", "island", "ghuba", "rasi", "ukanda",
    "jangwa", "msitu", "bandari", "kambi", "lokesheni", "mlango", "himaya", "tambarare", "nyanda", "kanda",
    "halmashauri",
])
# Place words that are part of the proper name itself ("Mlima Kenya", "Ziwa Victoria"), taken in
# whatever type the words after them got.
FEATURE_WORDS = frozenset(
    [
        "bahari", "ziwa", "mto", "mlima", "milima", "kisiwa", "visiwa", "bonde", "jamhuri", "ufalme", "falme",
        "ghuba", "rasi", "ukanda", "jangwa", "msitu", "mbuga", "hifadhi", "uwanja", "mlango", "himaya", "lake",
        "mount", "river", "island",
    ]
)
# Capitalised words that begin a place name ("New York", "Upper Hill", "Port Sudan").
PLACE_PREFIXES = frozenset([
    "new", "upper", "lower", "great", "greater", "old", "north", "south", "east", "west", "central", "saint", "st",
    "san", "santa", "port", "fort", "mount", "lake", "cape", "kaskazini", "kusini", "mashariki", "magharibi", "el",
    "al", "abu", "ras", "dar",
])
_SENTENCE_BREAK = frozenset(".!?:;\n\"“”«»()[]•*–—|>")
_VERBISH = re.compile(
    r"^(?:ha|si)?(?:ni|u|a|tu|m|wa|i|zi|ki|vi|li|ya|ku|pa|mu)"
    r"(?:li|me|na|ta|ki|nge|ngeli|ka|sha|mesha)[a-z]{3,}$|^ku[a-z]{3,}$|^kw[aeiou][a-z]{2,}$"
    # negative past and negative subjunctive: "Sikupelekwa", "Hakupewa", "Usiongee", "Tusiende"
    r"|^(?:si|ha|hatu|ham|hawa)ku[a-z]{3,}$|^(?:ni|u|a|tu|m|wa)si[a-z]{3,}$"
)

# Swahili verbs whose subject is one person ("alisema", "amefika"): the word before is a name.
_PERSON_VERB = re.compile(r"^a(?:li|me|na|ta|ki|mesha|ka)[a-z]{2,}$")
# Negative verbs of one person ("hakusema", "hajafika") and words that refer back to one
# person ("ambaye", "naye"): the word before them is a person.
_PERSON_NEGATIVE = re.compile(r"^ha(?:ku|ja|ta|to|ki|wezi|na)[a-z]{2,}$")
PERSON_RELATIVES = frozenset(["ambaye", "naye", "mwenyewe", "mwenye"])
# A verb whose subject is a person or people ("Alisema", "Wamefika"): at the start of a
# sentence it is a verb, not a name, even before another verb.
_PERSONAL_VERB_FORM = re.compile(r"^(?:ha|si)?(?:a|wa|ni|tu|m|u)(?:li|me|na|ta|ki|ka|nge|sha|mesha)[a-z]{2,}$")
# Swahili nouns of the m-/wa- classes (Mwanafunzi, Wabunge, Mkutano, Mradi) open many
# sentences; at the start of a sentence such a word is a name only with more evidence (the
# gazetteer, a name or a verb after it).
_NOUN_CLASS_1 = re.compile(r"^(?:wa|mw|m(?=[bcdfghjklnprstvwyz]))[a-z]{3,}$")
# Kalenjin names: Kip-, Chep-, Jep- before a consonant. Swahili syllables are open, so no
# ordinary Swahili word starts that way ("kipindi", "kipya" do not match).
_KALENJIN = re.compile(r"^(?:kip[bcdfghjklmnprstvwz]|chep[bcdfghjklmnprstvwyz]|jep[bcdfghjklmnprstvwyz])[a-z]{2,}$")


@dataclass(slots=True)
class Token:
    """One word of the text and what the detector decided about it."""

    start: int
    end: int
    word: str
    key: str
    initial: bool  # first word of a sentence
    score: float = 0.0
    type: EntityType = EntityType.PERSON
    reason: str = ""
    gap_after: str = ""  # the characters between this word and the next
    cap: bool = False  # written with a capital
    dictionary: bool = False  # an English dictionary word, flagged only as a possible part of a name


def tokenize(text: str) -> list[Token]:
    """Words with their sentence position."""
    tokens: list[Token] = []
    append = tokens.append
    prev_end = 0
    breaks = _SENTENCE_BREAK
    last: Token | None = None
    for m in WORD.finditer(text):
        start, end = m.span()
        word = m.group()
        gap = text[prev_end:start]
        if last is None:
            initial = True
        else:
            last.gap_after = gap
            initial = not breaks.isdisjoint(gap)
        last = Token(start, end, word, word.lower() if word.isalpha() else fold(word), initial, 0.0,
                     EntityType.PERSON, "", "", word[0].isupper())
        append(last)
        prev_end = end
    return tokens


def name_suggestions(text: str) -> list[Suggestion]:
    """PERSON, LOCATION and ORGANIZATION suggestions from the gazetteer and the heuristics."""
    tokens = tokenize(text)
    chat = is_chat(text)
    _match_multiword_places(tokens)
    plain, context = _plain_words()
    prev_key = ""
    for i, tok in enumerate(tokens):
        key = tok.key
        # most words are ordinary words in lower case after an ordinary word: nothing to decide
        if not (tok.cap or key not in plain or prev_key in context) or tok.score:
            prev_key = key
            continue
        prev_key = key
        if not (tok.start and text[tok.start - 1].isdigit()):  # "1ST", "2nd", "45A"
            _classify(tokens, i, chat)
    _sentence_starts(tokens)
    _title_words_as_names(tokens, text)
    _place_extensions(tokens, text)
    _flag_initials(tokens, text)
    _take_in_titles(tokens, text)
    return _runs(tokens, text) + list(initials(text))


@cache
def _plain_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that in lower case are never part of a name (dictionary and ordinary words that are
    no name, place or particle), and the words after which that may change (titles, cues)."""
    gaz = gazetteer()
    plain = (gaz.english | gaz.swahili | gaz.common | gaz.nouns) - (
        gaz.names | gaz.places.keys() | gaz.ambiguous | CONNECTORS | gaz.titles | CURRENCY | _PLACE_VERBS)
    context = NAME_CUES | gaz.titles | PERSONAL_TITLES | CONNECTORS | frozenset(
        ["kijiji", "mtaa", "estate", "village", "kaunti", "wilaya", "called"]) | _PLACE_VERBS
    return frozenset(plain), frozenset(context)


def _match_multiword_places(tokens: list[Token]) -> None:
    gaz = gazetteer()
    for i, tok in enumerate(tokens):
        candidates = gaz.multiword.get(tok.key)
        if not candidates or not (tok.cap or tok.key not in gaz.common):
            continue
        for words in candidates:
            span = tokens[i:i + len(words)]
            if len(span) == len(words) and all(t.key == w for t, w in zip(span, words, strict=True)):
                _, level, _ = gaz.places[" ".join(words)]
                for t in span:
                    t.score, t.type, t.reason = _place_score(level, True), EntityType.LOCATION, "place in the gazetteer"
                break


def _place_score(level: str, cap: bool) -> float:
    base = {"town": 0.85, "abroad_town": 0.75, "county": 0.65, "city": 0.65}.get(level, 0.5)
    return base if cap else max(base - 0.2, LOWER_PLACE_SCORE)


# Places named by Swahili words the word lists leave out because they are places ("ananionea
# huruma": pity; "Huruma": an estate).
_WORD_PLACES = frozenset(["huruma", "umoja", "amani", "bondeni", "majengo", "mabatini", "matopeni", "tumaini",
                          "baraka", "furaha", "neema", "shauri", "uhuru", "kambi", "mwembe", "soko"])

# A place from the gazetteer written in lower case ("kenya", "dubai") is still suggested.
LOWER_PLACE_SCORE = 0.5

# Noun-class prefixes that make a people or a language of a place: Mkenya, Wakenya,
# Kiingereza (from Uingereza), Mfaransa (Ufaransa), Wachina. These are ordinary nouns.
_PLACE_DERIVED = re.compile(r"^(?:mw|wa|m|ki|vi|u)(?=[a-z]{3,}$)")


def _derived_from_place(key: str) -> bool:
    """Whether a word is a people or language derived from a gazetteer country (not a name)."""
    m = _PLACE_DERIVED.match(key)
    if m is None:
        return False
    gaz = gazetteer()
    if key in gaz.places or key in gaz.names:
        return False
    root = key[m.end():]
    for candidate in (root, "u" + root, root + "ni"):
        found = gaz.places.get(candidate)
        if found and found[1] == "country":
            return True
    return False


# Languages ("in Kiswahili and Lubukusu") and apps ("on WhatsApp") are named with capitals but
# are no one's name, place or organisation (the companies behind Facebook, Twitter or Instagram are
# organisations in news text, so those stay).
NOT_NAMES = frozenset([
    "kiswahili", "swahili", "english", "sheng", "lubukusu", "luluhya", "oluluhya", "kiluhya", "kikamba", "kimeru",
    "kiembu", "ekegusii", "ekegusi", "kikisii", "dholuo", "kiluo", "kimaasai", "kimaasai", "kitaita", "kigiriama",
    "kidigo", "kiduruma", "kipokomo", "kisomali", "kiingereza", "kifaransa", "kinyarwanda", "luganda",
    "lusoga", "kikalenjin", "kisamburu", "kiturkana", "kikuria", "kiborana", "kikikuyu", "gikuyu", "kimijikenda",
    "whatsapp", "messenger", "telegram", "tiktok", "youtube", "gmail", "zoom", "signal", "snapchat", "imo", "skype",
    "viber",
])


def _classify(tokens: list[Token], i: int, chat: bool = False) -> None:
    gaz = gazetteer()
    tok = tokens[i]
    key, word = tok.key, tok.word
    if key in NOT_NAMES:
        return
    prev_key = tokens[i - 1].key if i else ""
    if len(word) < 2 and not (word.isupper() and prev_key in NAME_CUES):
        return
    if (key in gaz.titles and key not in NAME_PARTICLES and prev_key not in NAME_CUES) or key in CURRENCY:
        return
    if tok.cap and not word.isupper() and key not in gaz.common and _in_quotes(tokens, i):
        tok.score, tok.reason = 0.7, "a name or nickname in quotes"  # 'call her "Sikio"', '("Pato")'
        return
    if key in CONNECTORS:
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.cap and not nxt.initial and (
                (tok.cap and not tok.initial) or key in NAME_PARTICLES):
            tok.score, tok.reason = 0.4, "particle of a name"
        return
    lower = word.islower()
    after_title = bool(i) and prev_key in gaz.titles and (tok.cap or prev_key in PERSONAL_TITLES)
    cued = ((prev_key in NAME_CUES or after_title or _calling(tokens, i)) and not _VERBISH.match(key)
            and not (lower and _person_verb(tok)) and key not in _PLACE_VERBS)
    place = gaz.places.get(key)
    ordinary = key in gaz.common or key in gaz.nouns
    if key in gaz.ambiguous or (ordinary and tok.initial and (key in gaz.names or place)):
        if _ambiguous_is_name(tokens, i, cued):
            tok.score, tok.reason = 0.75, "name (the context says so)"
            place = gaz.places.get(key)
            if place and not after_title:
                tok.type = EntityType.LOCATION
        return
    place = gaz.places.get(key)
    if key in gaz.names or place:
        if lower and (key in gaz.common or key in gaz.nouns
                      or (key not in gaz.names and _VERBISH.match(key))):
            return
        if (lower and place and key not in gaz.names and (key in gaz.english or key in gaz.swahili
                                                          or key in _WORD_PLACES)
                and prev_key not in LOCATION_CUES and prev_key not in _PLACE_VERBS):
            return  # "the oil pipeline", "ananionea huruma": the word; "niko huruma", "in pipeline": the place
        if key in gaz.names and (not place or after_title):
            tok.score, tok.reason = (0.85 if not lower else 0.65), "given name or surname in the gazetteer"
        else:
            tok.score, tok.type = _place_score(place[1], not lower), EntityType.LOCATION
            tok.reason = "place in the gazetteer"
        return
    if ((key in gaz.english or key in gaz.swahili) and not ordinary and not cued
            and not (word.isupper() and len(word) <= 5) and _dictionary_word(tokens, i)):
        return
    if key in gaz.common or (tok.cap and _derived_from_place(key)):
        prev = tokens[i - 1] if i else None
        if (tok.cap and not tok.initial and not word.isupper() and len(key) > 3 and prev is not None
                and prev.score >= 0.5 and prev.cap and prev.gap_after == " "):
            # "Neo Kenya Mpya", "Tumaini Jipya": a capitalised word right after a name is part of it
            tok.score, tok.type, tok.reason = 0.3, prev.type, prev.reason
        return
    if key in gaz.nouns:
        if cued and tok.cap and _calling(tokens, i):
            tok.score, tok.reason = 0.7, "word after a title or 'named'"  # "my friends call me Bara"
            return
        if tok.cap and not tok.initial and not word.isupper():
            if prev_key in LOCATION_CUES and prev_key not in PLACE_WORDS:
                tok.score, tok.type = 0.5, EntityType.LOCATION
                tok.reason = "capitalised word after 'in', 'huko', 'kutoka'"
            else:
                tok.score, tok.type = 0.3, EntityType.ORGANIZATION
                tok.reason = "capitalised ordinary word (part of a name?)"
        return
    _unknown(tokens, i, cued, chat)


# "They call me X", "wananiita X", "anajiita X": what a person is called comes next.
_CALL_VERBS = frozenset(["call", "calls", "called", "calling", "name", "named"])
_CALL_OBJECTS = frozenset(["me", "her", "him", "us", "them", "you", "u", "myself", "herself", "himself"])
_CALLS_SW = re.compile(r"^[a-z]*(?:niita|mwita|jiita|tuita|kuita|waita)$")


def _calling(tokens: list[Token], i: int) -> bool:
    if not i:
        return False
    prev = tokens[i - 1].key
    if _CALLS_SW.match(prev):
        return True
    return i > 1 and prev in _CALL_OBJECTS and tokens[i - 2].key in _CALL_VERBS


def _dictionary_word(tokens: list[Token], i: int) -> bool:
    """Decide a word of the English or Swahili dictionary (not a known name); True when done.

    Opening a sentence it is a name only with the evidence an ambiguous name needs ('Kali,
    the driver, ...', 'Kali alisema'): "Charges.", "Sikupelekwa shule", "Mwenzangu Wycliffe"
    are not names. Inside a sentence a capitalised English word may only be part of a name
    ('Golden Crown Hotel'); a Swahili one is left to the heuristics, many names are Swahili words.
    """
    tok = tokens[i]
    gaz = gazetteer()
    after_initial = i > 0 and len(tokens[i - 1].word) == 1 and tokens[i - 1].word.isupper()  # "Hassan M. Bwika"
    if tok.initial and not after_initial:
        if tok.cap and not tok.word.isupper() and _opens_as_name(tokens, i):
            tok.score, tok.reason = 0.6, "word opening a sentence, used as a name"
        return True
    if tok.key in gaz.english and tok.cap and _english_context(tokens, i):
        if not tok.word.isupper():
            tok.score, tok.type = 0.3, EntityType.ORGANIZATION
            tok.reason = "capitalised ordinary word (part of a name?)"
            tok.dictionary = True
        return True
    return False


_OPEN_QUOTES = frozenset("\"“‘'«")
_CLOSE_QUOTES = frozenset("\"”’'»")


def _in_quotes(tokens: list[Token], i: int) -> bool:
    """A capitalised word (or the first of two or three) set in quotes on its own."""
    before = tokens[i - 1].gap_after.rstrip(" \t") if i else ""
    if not before or before[-1] not in _OPEN_QUOTES:
        return False
    for k in range(i, min(i + 3, len(tokens))):
        after = tokens[k].gap_after.lstrip(" \t")
        if after and after[0] in _CLOSE_QUOTES:
            return all(t.cap for t in tokens[i:k + 1])
        if after.strip(" \t"):
            return False
    return False


def _opens_as_name(tokens: list[Token], i: int) -> bool:
    """A dictionary word opening a sentence is a name in apposition ('Kali, the driver'), as a
    possessive ('Kali's child'), before a verb of a person ('Kali alisema', 'Pence hakusema',
    'Lema ambaye') or, when it is not Swahili, before a capitalised word in a Swahili sentence
    ('Roger Stone, mshauri wa ...'). The name beside a Swahili noun is no evidence ('Mwenzangu
    Wycliffe Barasa'), nor is one in English text ('Volunteer Mary')."""
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and _text_after(tok, nxt) == ",":
        return True
    if tok.word.endswith(("'s", "’s")):
        return True
    if nxt is None or nxt.initial:
        return False
    if nxt.key in PERSON_RELATIVES or _PERSON_NEGATIVE.match(nxt.key):
        return True
    if _person_verb(nxt) and nxt.key not in ("is", "was", "and", "na", "ni"):
        return True
    gaz = gazetteer()
    if tok.key not in gaz.swahili and _context_votes(tokens, i) <= -3:
        return True  # an English word opening a Swahili sentence: a foreign name ("Pack hata hivyo ...")
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if nxt.key in NAME_PARTICLES and after is not None and after.cap:
        return True  # "Aya al-Amari"
    if not nxt.cap or nxt.word.isupper():
        return False
    if tok.key not in gaz.swahili and not _english_context(tokens, i):
        return True
    # 'Shura Kitata wa Ethiopia': a given name before a surname that is not an English or common
    # word; a noun with a possessive ('Mwenzangu Wycliffe', 'Dadangu Akinyi') is not a name
    return not _POSSESSIVE_NOUN.search(tok.key) and not any(
        nxt.key in words for words in (gaz.english, gaz.common, gaz.nouns, gaz.titles, gaz.places))


# Swahili nouns with a possessive ending: "mwenzangu", "mamake", "dadako", "rafikiye".
_POSSESSIVE_NOUN = re.compile(r"(?:angu|ako|ake|etu|enu|ao|ye)$")


# English function words: a capitalised dictionary word among them is English text's own word
# ("a grey Land Cruiser"); in a Swahili sentence it is more likely a foreign name ("Rais Trump").
_EN_FUNCTION = frozenset([
    "the", "a", "an", "of", "and", "to", "in", "for", "with", "on", "at", "by", "from", "is", "was", "were", "are",
    "he", "she", "his", "her", "their", "they", "we", "my", "our", "this", "that", "it", "as", "be", "has", "had",
    "have", "will", "would", "not", "but", "or", "who", "which", "as", "into", "under", "your", "its",
])


_INSIDE_NAMES = frozenset(["of", "for", "and", "the", "de", "&", "on"])


def _english_context(tokens: list[Token], i: int) -> bool:
    """Whether most of the nearest lower-case words around the capitalised words at token i are
    English ("a grey Land Cruiser") rather than Swahili ("chama cha National Congress")."""
    return _context_votes(tokens, i) > 0


def _context_votes(tokens: list[Token], i: int) -> int:
    """English minus other words among the three nearest lower-case words on each side."""
    gaz = gazetteer()
    votes = 0
    for step in (-1, 1):
        k, seen = i + step, 0
        while 0 <= k < len(tokens) and seen < 3 and abs(k - i) < 10:
            tok = tokens[k]
            if not (tok.cap or tok.key in _INSIDE_NAMES):
                english = tok.key in _EN_FUNCTION or (tok.key in gaz.english and tok.key not in gaz.swahili)
                votes += 1 if english else -1
                seen += 1
            k += step
    return votes


_CALENDAR_NAMES = frozenset(["sunday", "april", "may", "june", "august", "january", "julai", "juni", "mei"])
_BEFORE_A_DATE = frozenset(["on", "in", "by", "since", "until", "till", "last", "next", "every", "this", "of", "early",
                            "late", "mid", "mwezi", "siku", "ya", "wa", "tarehe", "mnamo", "mpaka", "hadi"])


def _ambiguous_is_name(tokens: list[Token], i: int, cued: bool) -> bool:
    """'Faith told me' is a name; 'I had faith' is not."""
    tok = tokens[i]
    if cued:
        return True
    if not tok.cap:
        # "Mercy and joy": a name in lower case in a list after a name
        return (i > 1 and tokens[i - 1].key in ("and", "na", "&") and tokens[i - 2].score >= 0.5
                and tokens[i - 2].type == EntityType.PERSON and tokens[i - 2].cap and tok.key not in gazetteer().common)
    if tok.key in _CALENDAR_NAMES and i and tokens[i - 1].key in _BEFORE_A_DATE:
        return False  # "on Sunday", "in May", "mwezi wa June": a date, not Sunday or May
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    prev = tokens[i - 1] if i else None
    gaz = gazetteer()
    beside_name = (nxt is not None and nxt.cap and not nxt.initial and nxt.key in gaz.names) or (
        prev is not None and prev.cap and not tok.initial and prev.key in gaz.names)
    if beside_name:
        return True
    if (nxt is not None and len(nxt.word) == 1 and nxt.word.isupper() and nxt.word not in "AI"
            and tok.gap_after == " " and not (nxt.gap_after[:1].isalpha())):
        return True  # "Sammy K", "Joy W.": a name with the initial of a surname
    if tok.initial:
        if nxt is not None and _text_after(tok, nxt) == ",":
            return True  # "Faith, another girl, told me": a name in apposition
        if tok.word.endswith(("'s", "’s")):
            return True  # "Joy's daughter": a possessive
        if nxt is not None and nxt.key in ("and", "na", "&") and i + 2 < len(tokens):
            after = tokens[i + 2]
            if after.cap and not after.initial and (after.key in gaz.names or after.key in gaz.ambiguous):
                return True  # "Gift and Joy are twins"
        return nxt is not None and not nxt.initial and _person_verb(nxt)
    return not (prev is not None and prev.key in ("the", "a", "an", "my", "our", "his", "her", "their"))


# English verbs that follow a person's name at the start of a sentence ("Hope escaped", "Grace
# lives", "Furaha has"): past tenses in -ed are taken by their ending.
PERSON_VERBS_EN = frozenset(
    ["is", "was", "has", "had", "will", "would", "can", "could", "did", "does", "lives", "lived", "works", "worked",
     "says", "said", "told", "tells", "asks", "wants", "knows", "knew", "stays", "sells", "sold", "runs", "ran",
     "went", "goes", "came", "comes", "took", "takes", "gave", "gives", "got", "gets", "left", "leaves", "met",
     "made", "found", "saw", "sees", "heard", "thought", "felt", "kept", "brought", "bought", "became", "wrote",
     "spoke", "speaks", "ran", "fled", "escaped", "added", "agreed", "drove", "drives", "paid", "pays", "sent",
     "remembers", "remembered", "cried", "died", "married", "must", "should", "also", "never", "still", "then",
     "now", "herself", "himself", "sent", "owes", "owed", "lost", "began", "begins", "arrived", "returned"]
)


def _person_verb(nxt: Token) -> bool:
    """Whether a word is a verb whose subject is most likely a person."""
    key = nxt.key
    return (key in REPORT_VERBS or key in PERSON_VERBS_EN or _PERSON_VERB.match(key) is not None
            or (len(key) > 4 and key.endswith("ed") and nxt.word.islower()))


def _text_after(tok: Token, nxt: Token) -> str:
    return tok.gap_after.strip() if tok.gap_after else ""


# Capitals that stand for no one: times, forms, exams, the police's book and the tax number
# ("9:41 PM", "OB No.", "KRA PIN", "KCSE"); names of bodies in capitals (DCI, IOM, KCB) are kept.
NOT_ACRONYMS = frozenset([
    "am", "pm", "ob", "re", "cc", "yah", "kumb", "ref", "tel", "sms", "pin", "kra", "id", "op", "ip", "adm", "pw", "no",
    "nos", "dob", "attn", "ocs", "ocpd", "srm", "nb", "ps", "kcpe", "kcse", "cv", "hiv", "gbv", "sgbv", "fgm", "icu",
    "opd", "ext", "hrs", "st", "nd", "rd", "th", "etc", "usd", "kes", "ksh", "gps", "atm", "pdf", "sim", "mpesa",
    "ok", "log", "fyi", "asap", "eta", "dm", "pc", "cpl", "sgt", "insp", "mr", "mrs", "ms", "dr", "hon", "fm",
])


# Public bodies and agencies known by their initials, found in any case ("mtu wa haart", "dci
# walikuja"); general knowledge.
KNOWN_BODIES = frozenset([
    "dci", "kcb", "iom", "unhcr", "unicef", "haart", "odpp", "nps", "ntsa", "nhif", "nssf", "ncrc", "dcs", "fida",
    "solwodi", "ilo", "undp", "unodc", "interpol", "nacada", "knchr", "ipoa", "tsc",
    "kdf", "kws", "kpa", "kplc", "nema", "kemri", "knh", "mtrh",
])


def _unknown(tokens: list[Token], i: int, cued: bool, chat: bool = False) -> None:
    tok = tokens[i]
    word = tok.word
    if tok.key in KNOWN_BODIES and (word.islower() or word.isupper()):
        tok.score, tok.type, tok.reason = 0.6, EntityType.ORGANIZATION, "a public body or agency known by its initials"
        return
    if word.isupper() and tok.key in NOT_ACRONYMS and not cued:
        return
    if word.isupper() and len(word) <= 5 and not cued:
        tok.score, tok.type, tok.reason = 0.5, EntityType.ORGANIZATION, "acronym"
        return
    if tok.cap and _KALENJIN.match(tok.key):
        tok.score, tok.reason = 0.85, "Kalenjin name (Kip-, Chep-, Jep-)"
    elif tok.cap:
        if not tok.initial or cued:
            tok.score, tok.reason = 0.7, "capitalised word that is not an ordinary word"
        elif _noun_before_genitive(tokens, i) or _PAST_TENSE.match(tok.key):
            return
        elif not _VERBISH.match(tok.key) and not _NOUN_CLASS_1.match(tok.key):
            tok.score, tok.reason = 0.5, "capitalised word at the start of a sentence"
        elif (not _VERBISH.match(tok.key) and i + 1 < len(tokens)
              and tok.gap_after.strip() == "," and not _derived_from_place(tok.key)):
            # "Mwakilishi, ..." is rare; "Mwangi, the driver, ..." is a name in apposition
            tok.score, tok.reason = 0.5, "capitalised word before a comma at the start of a sentence"
    elif cued:
        tok.score, tok.reason = 0.7, "word after a title or 'named'"
    elif (not tok.cap and len(tok.key) >= 2 and i + 1 < len(tokens) and tok.gap_after == " "
          and (_PERSON_VERB.match(tokens[i + 1].key) or _PERSON_NEGATIVE.match(tokens[i + 1].key))
          and _unlisted(tok.key) and (i and tokens[i - 1].key in _POINTING or chat)):
        # "huyu jm amefunga gate": a word no list knows, before a verb whose subject is one person
        tok.score, tok.reason = 0.5, "unknown word before a verb whose subject is a person"
    elif (not tok.cap and len(tok.key) >= 4 and i and tokens[i - 1].key in _PLACE_VERBS
          and not tokens[i - 1].gap_after.strip() and _unlisted(tok.key)):
        tok.score, tok.type, tok.reason = 0.5, EntityType.LOCATION, "unknown word after a word of place (niko, near)"
    elif i and tokens[i - 1].key in ("kijiji", "mtaa", "estate", "village", "kaunti", "wilaya") or (
        i > 1 and tokens[i - 2].key in ("kijiji", "mtaa", "village", "kaunti", "wilaya")
        and tokens[i - 1].key in CONNECTORS | {"called"}
    ):
        tok.score, tok.type, tok.reason = 0.6, EntityType.LOCATION, "word after 'village' or 'kijiji'"


# "huyu jm amefunga", "yule kk alisema": a demonstrative before an unknown word points at a person.
_POINTING = frozenset(["huyu", "yule", "uyu", "ule"])


# Words after which a word no list knows, even in lower case, is most likely a place: "niko
# olaya", "wamenileta tarheel", "near naivas" (chats are written in lower case).
_PLACE_VERBS = frozenset([
    "niko", "yuko", "tuko", "ako", "iko", "uko", "wako", "nimefika", "amefika", "tumefika", "wamefika", "nitatua",
    "nimetua", "tumetua", "wamenileta", "wamempeleka", "tuende", "twende", "kwenda", "nenda", "kutoka", "hadi",
    "mpaka", "near", "nilienda", "alienda", "tulienda", "walienda", "nilitoka", "alitoka", "nakaa", "anakaa",
    "nikaa", "hukaa", "naishi", "anaishi", "wakienda", "amehamia", "nimehamia",
])


def _unlisted(key: str) -> bool:
    """A word no list knows (not a name, place, title or dictionary word) and not a verb."""
    gaz = gazetteer()
    return not (key in gaz.names or key in gaz.places or key in gaz.english or key in gaz.swahili
                or key in gaz.common or key in gaz.nouns or key in gaz.titles or key in gaz.ambiguous
                or _VERBISH.match(key))


# An English past tense or -ing form opening a sentence ("Signed:", "Coming home") is not a name; names that
# end in -med ("Ahmed", "Mohammed") are kept apart.
_PAST_TENSE = re.compile(r"^[a-z]{2,}(?<!m)ed$|^[a-z]{3,}ing$")


def _noun_before_genitive(tokens: list[Token], i: int) -> bool:
    """'Ahadi ya kazi', 'Safari ya Dubai': a Swahili noun with its genitive, not a name ('wa'
    is left out: 'Wanjiru wa Kamau' is a name)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return (nxt is not None and nxt.key in ("ya", "la", "cha", "za", "vya", "kwa") and not nxt.initial
            and after is not None and not after.initial and (after.word.islower() or after.key in gazetteer().places))


def _sentence_starts(tokens: list[Token]) -> None:
    """Names that open a sentence and look like verbs or ordinary words ("Akinyi Odera
    alisema", "Said Barre"): the next word decides."""
    gaz = gazetteer()
    for i in range(len(tokens) - 1):
        tok, nxt = tokens[i], tokens[i + 1]
        if tok.score or not tok.initial or not tok.cap or tok.word.isupper() or nxt.initial:
            continue
        key = tok.key
        if key in gaz.titles or key in CONNECTORS or key in CURRENCY or key in gaz.common or len(key) < 3:
            continue
        if (key in gaz.english or key in gaz.swahili) and key not in gaz.nouns:
            continue  # decided by _dictionary_word
        next_is_name = (nxt.cap and nxt.score >= 0.5 and nxt.type == EntityType.PERSON
                        and not nxt.word.isupper() and nxt.key not in gaz.nouns)
        if next_is_name and (key in gaz.ambiguous or key not in gaz.nouns):
            tok.score, tok.reason = 0.6, "capitalised word before a name"
        elif ((_PERSON_VERB.match(nxt.key) or _PERSON_NEGATIVE.match(nxt.key) or nxt.key in PERSON_RELATIVES)
              and key not in gaz.nouns and not _derived_from_place(key) and not _PERSONAL_VERB_FORM.match(key)):
            tok.score, tok.reason = 0.6, "word before a verb whose subject is a person"


# Words before a name that belong to it in a redaction: titles, ranks and teknonyms ("Mama Tony",
# "Cpl. Nyongesa", "Bi. Halima", "Konstebo Ruth Wambui", "Mama wa Kim").
_TEKNONYMS = frozenset(["mama", "baba", "abu", "umm", "ummu", "nyar", "wuod", "mamake", "babake"])


# Kinship words that make a name people are known by ("Auntie Carol", "Uncle Yusuf", "Cucu Wanjiru").
_KIN_NAMES = frozenset(["auntie", "aunty", "aunt", "uncle", "cucu", "guka", "nyanya", "shangazi", "mjomba", "babu",
                        "dada", "kaka", "shemeji"])


# Particles of a name ("bin Laden", "ole Sapit") and the short Swahili honorifics bound to it ("Bi
# Fatuma", "Bw. Otieno", as Swahili news writes them) are not trimmed.
_BOUND_TITLES = NAME_PARTICLES | frozenset(["bi", "bw", "bibi"])


def _is_title(tok: Token) -> bool:
    return tok.key in gazetteer().titles or tok.key in _TEKNONYMS


# Role and kinship nouns in lower case before a name are the writer's words, not a title:
# "her sister Moraa", "officer Kiprono", "counsellor Cynthia".
_ROLE_NOUNS = frozenset(["sister", "brother", "uncle", "aunt", "auntie", "aunty", "officer", "counsellor",
                         "counselor", "teacher", "doctor", "cousin", "neighbour", "neighbor", "friend", "father",
                         "mother", "son", "daughter", "husband", "wife", "grandmother", "grandfather"])


def _take_in_titles(tokens: list[Token], text: str) -> None:
    """A title right before a flagged name becomes part of its span."""
    for i in range(1, len(tokens)):
        tok = tokens[i]
        if tok.score < 0.5 or tok.type != EntityType.PERSON:
            continue
        k = i - 1
        if tokens[k].key == "wa" and k and tokens[k - 1].key in _TEKNONYMS and _joins(text, tokens[k], tok):
            tokens[k].score, tokens[k].reason = max(tokens[k].score, 0.4), tok.reason
            k -= 1
        while (k >= 0 and tokens[k].score == 0 and _is_title(tokens[k]) and _title_joins(text, tokens[k], tokens[k + 1])
               and not (tokens[k].key in _ROLE_NOUNS and not tokens[k].cap)):
            tokens[k].score, tokens[k].type, tokens[k].reason = 0.4, EntityType.PERSON, tok.reason
            k -= 1
        before = tokens[k] if k >= 0 else None
        if (before is not None and before.score == 0 and before.cap and not before.initial and len(before.key) > 3
                and not before.word.isupper() and before.gap_after == " "):
            # "Boss Mustapha", "Brother Kevin": a capitalised word right before a name is part of it
            before.score, before.type, before.reason = 0.3, EntityType.PERSON, tok.reason


def _title_joins(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end:right.start]
    return gap.strip(" \t") in ("", ".")


# Kinship words open sentences as themselves ("Mama aliuza mbuzi": mother sold goats).
_KINSHIP = frozenset(["mama", "baba", "dada", "kaka", "bibi", "babu", "shangazi", "mjomba", "mzee", "shemeji",
                      "mother", "father", "sister", "brother", "aunt", "auntie", "uncle", "cucu", "guka", "nyanya"])


def _title_words_as_names(tokens: list[Token], text: str) -> None:
    """Surnames that are also titles or words ("Ahmed Said Bwana", "Mr. Bwana drove", "Bwana
    said"): a capitalised title word is a name after a name or a title when no name follows it,
    and at the start of a sentence when a verb of a person follows it."""
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.score or not tok.cap or tok.word.isupper() or tok.key not in gazetteer().titles:
            continue
        nxt = tokens[i + 1] if i + 1 < n else None
        name_follows = nxt is not None and nxt.cap and not nxt.initial and _joins(text, tok, nxt)
        prev = tokens[i - 1] if i else None
        if prev is not None and not tok.initial and not name_follows and _title_joins(text, prev, tok) and (
                (prev.score >= 0.5 and prev.type == EntityType.PERSON) or _is_title(prev)):
            tok.score, tok.reason = 0.6, "surname that is also a title or a word"
        elif tok.initial and tok.key not in _KINSHIP and nxt is not None and not nxt.initial and _person_verb(nxt):
            tok.score, tok.reason = 0.55, "title word used as a name before a verb"


# Initials standing for a name: "P.K.", "J. M. K.", "K.O.O", "A.S.B." (at least one dot); common
# abbreviations are left alone.
_INITIALS = re.compile(r"(?<![\w.])[A-Z]\.[ \t]?[A-Z](?:\.?[ \t]?[A-Z])?\.?(?![\w])|(?<![\w.])[A-Z] [A-Z](?![\w.])")
_ABBREVIATIONS = frozenset(["po", "us", "uk", "un", "id", "ob", "dc", "am", "pm", "tv", "bc", "ad", "eu", "ke", "ok",
                            "rip", "nb", "ps", "dr", "mr", "pc", "cv", "hq", "uae", "usa", "ngo", "ob"])


def initials(text: str) -> list[Suggestion]:
    """Initials written with dots (or two capitals with a space) that may stand for a person."""
    out = []
    for m in _INITIALS.finditer(text):
        letters = "".join(ch for ch in m.group() if ch.isalpha()).lower()
        if letters in _ABBREVIATIONS or len(set(letters)) == 1 and len(letters) > 2:
            continue
        confidence = 0.6 if "." in m.group() else 0.45
        out.append(Suggestion(m.start(), m.end(), EntityType.PERSON, confidence, "initials of a name", m.group()))
    return out


def _place_extensions(tokens: list[Token], text: str) -> None:
    """Compass words after a place ("Sudan Kusini", "Afrika ya Mashariki"), place words that
    belong to the name before it ("Ziwa Victoria") and prefixes like "New" or "Port"."""
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.score < 0.5:
            continue
        if tok.type == EntityType.LOCATION and i + 1 < n:
            nxt = tokens[i + 1]
            if nxt.key in DIRECTIONS and _joins(text, tok, nxt):
                nxt.score, nxt.type, nxt.reason = max(nxt.score, 0.5), EntityType.LOCATION, tok.reason
            elif (i + 2 < n and nxt.key in ("ya", "wa", "la") and tokens[i + 2].key in DIRECTIONS
                  and _joins(text, tok, nxt) and _joins(text, nxt, tokens[i + 2])):
                for t in (nxt, tokens[i + 2]):
                    t.score, t.type, t.reason = max(t.score, 0.4), EntityType.LOCATION, tok.reason
        if (tok.type == EntityType.PERSON and i + 2 < n and tokens[i + 1].score == 0
                and tokens[i + 2].score >= 0.5 and tokens[i + 2].type == EntityType.PERSON):
            mid = tokens[i + 1]
            gaz = gazetteer()
            if (mid.word.islower() and len(mid.word) > 2 and mid.key not in gaz.common and mid.key not in gaz.nouns
                    and not _VERBISH.match(mid.key) and _joins(text, tok, mid) and _joins(text, mid, tokens[i + 2])):
                # "Ali hassan Mwinyi": a name typed partly in lower case
                mid.score, mid.reason = 0.4, "lower-case word between two names"
        if i and tok.cap:
            prev = tokens[i - 1]
            if prev.score == 0 and prev.cap and prev.key in PLACE_PREFIXES and _joins(text, prev, tok):
                prev.score, prev.type, prev.reason = 0.4, tok.type, tok.reason


def _flag_initials(tokens: list[Token], text: str) -> None:
    """'George W. Bush', 'J. Kamau': a capital letter beside a flagged word is part of the name."""
    for i, tok in enumerate(tokens):
        if len(tok.word) != 1 or not tok.word.isupper() or tok.score:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        prev = tokens[i - 1] if i else None
        dotted = text.startswith(".", tok.end)
        before = nxt and nxt.score >= 0.5 and (dotted or nxt.start == tok.end + 1) and (dotted or not tok.initial)
        after = (prev and prev.score >= 0.5 and prev.type == EntityType.PERSON and prev.end + 1 == tok.start
                 and (dotted or tok.word not in ("A", "I") and not (nxt and nxt.cap and nxt.start == tok.end + 1)))
        if before or after:
            tok.score, tok.reason = 0.6, "initial of a name"


def _joins(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end:right.start]
    if gap.strip(" \t") == "":
        return "\t" not in gap and len(gap) < 3  # fields of a form are set apart by tabs or wide spaces
    if gap.strip(" \t") == "-":  # "al - Bashir", "Abu - Bakr": a particle bound by a hyphen
        return left.key in NAME_PARTICLES
    # "Sgt. Wafula", "J. Kamau"; not "Chief. Mathee", where the dot ends a sentence
    return gap.strip(" \t") == "." and (len(left.word) == 1 or _is_title(left) and len(left.word) <= 4)


def _runs(tokens: list[Token], text: str) -> list[Suggestion]:
    out: list[Suggestion] = []
    i, n = 0, len(tokens)
    while i < n:
        if tokens[i].score <= 0.0:
            i += 1
            continue
        j = i
        while True:
            if j + 1 < n and tokens[j + 1].score > 0 and _joins(text, tokens[j], tokens[j + 1]):
                j += 1
            elif (j + 2 < n and tokens[j + 1].key in CONNECTORS and tokens[j + 2].score > 0
                  and tokens[j + 2].cap and tokens[j].cap
                  and not (tokens[j + 1].key == "of" and tokens[j].key in gazetteer().names)
                  and _joins(text, tokens[j], tokens[j + 1]) and _joins(text, tokens[j + 1], tokens[j + 2])):
                j += 2
            else:
                break
        run = [t for t in tokens[i:j + 1] if t.score > 0]
        if all(t.dictionary for t in run) and not {t.key for t in run} & ORG_WORDS:
            i = j + 1
            continue  # "Land Cruiser", "Programme Officer": capitalised dictionary words alone
        if any(t.score >= 0.5 for t in run) or len(run) > 1:
            out.append(_suggestion(tokens, i, j, run, text))
        i = j + 1
    return out


def _suggestion(tokens: list[Token], i: int, j: int, run: list[Token], text: str) -> Suggestion:
    best = max(run, key=lambda t: t.score)
    score = best.score
    kind = best.type
    gaz = gazetteer()
    keys = {t.key for t in tokens[i:j + 1]}
    if any(t.key in gaz.names and t.cap for t in run):
        kind = EntityType.PERSON
    if any(t.type == EntityType.LOCATION for t in run) and not any(t.key in gaz.names for t in run):
        kind = EntityType.LOCATION
    if keys & ORG_WORDS:
        kind = EntityType.ORGANIZATION
    elif kind == EntityType.PERSON and best.key not in gaz.names and _location_cue(tokens, i):
        kind = EntityType.LOCATION
    if len(run) > 1 and score < 0.8 and kind == EntityType.PERSON:
        score = min(0.8, score + 0.1)
    start, end = tokens[i].start, tokens[j].end
    if kind == EntityType.PERSON:
        # Titles and ranks stay outside a name ("Sgt. [name]", "Bi [name]", "Madam [name]"), as the
        # public text reads them; a teknonym or a kinship name is part of it ("Mama Njeri", "Auntie Carol").
        k = i
        while (k < j and tokens[k].key in gaz.titles and tokens[k].key not in _TEKNONYMS
               and tokens[k].key not in _KIN_NAMES and tokens[k].key not in _BOUND_TITLES and tokens[k + 1].cap):
            k += 1
        start = tokens[k].start
    if kind == EntityType.LOCATION:
        # Administrative words ("kaunti ya", "mji wa") are not part of the name; natural
        # features and states are ("Mlima Kenya", "Jamhuri ya Kongo").
        start = _place_word_start(tokens, i, text, start, FEATURE_WORDS)
    return Suggestion(start, end, kind, score, best.reason, text[start:end])


def _location_cue(tokens: list[Token], i: int) -> bool:
    for k in (i - 1, i - 2):
        if k >= 0 and (tokens[k].key in LOCATION_CUES or tokens[k].key in PLACE_WORDS):
            return True
        if k >= 0 and tokens[k].key not in CONNECTORS:
            break
    return False


def _place_word_start(tokens: list[Token], i: int, text: str, start: int,
                      words: frozenset[str] = PLACE_WORDS) -> int:
    """Take in a place word before a place: 'mlima Kenya', 'kaunti ya Kilifi'."""
    k = i - 1
    if k >= 0 and tokens[k].key in CONNECTORS and _joins(text, tokens[k], tokens[i]):
        k -= 1
    if k >= 0 and tokens[k].key in words and _joins(text, tokens[k], tokens[k + 1]):
        return tokens[k].start
    return start
