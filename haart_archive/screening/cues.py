"""Cues: patterns of words (English, Swahili and the mix of both) that point to an indicator,
an element of trafficking, a push factor, a sector or a recruiter, with what they mean when
they are affirmed and when they are negated.

A cue's `targets` say what it shows: `ind:<ILO indicator>`, `act:<kind>`, `means:<kind>`,
`purpose:<form of exploitation>`, `ctx:<context>`, `push:<factor>`, `sector:<sector>`,
`rel:<recruiter relation>`. Its effect is `pos` (evidence), `weak` (counts only with other
evidence of control, see rules.py), `counter` (evidence against) or None (ignored). When a
pattern names a group `v` (the verb), negation is judged on that verb: the English words
before it in its clause, or the Swahili verb's own negative form (sikulipwa, hakunyang'anywa).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from haart_archive.screening.text import Sentence, clause_start

Check = Callable[[re.Match, Sentence, str], "str | None"]


@dataclass(frozen=True)
class Cue:
    targets: tuple[str, ...]
    pattern: str
    reason: str
    affirmed: str | None = "pos"
    negated: str | None = "counter"
    check: Check | None = None
    compiled: re.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.pattern, re.IGNORECASE))

    @property
    def primary(self) -> str:
        return self.targets[0]


def gap(words: int) -> str:
    """Up to `words` words between two parts of a pattern (shortest first)."""
    return rf"(?:\W+[\w']+){{0,{words}}}?\W+"


OBJ = r"(?:her|him|me|them|us|you)"
OBJ_SW = r"(?:m|mw|ni|wa|tu|ku)"
PEOPLE = (
    r"(?:the\W+|two\W+|three\W+|other\W+|some\W+|\d+\W+)?(?:girls?|boys?|child|children|women|woman|men|man|"
    r"workers|people|youths?|teenagers?|migrants)"
)
DOCS = (
    r"(?:passports?|pasipoti|paspoti|pasporti|(?:national\W+|identity\W+)?(?:ID|identity)\W+cards?|IDs?|"
    r"kitambulisho|vitambulisho|(?:travel|identity|immigration|personal)\W+(?:documents?|papers)|documents|"
    r"papers|birth certificates?|work permits?|visas?|stakabadhi|hati ya kusafiria|cheti cha kuzaliwa)"
)
EXPLOITER = (
    r"(?:employer|employers|madam|boss|agent|agency|broker|owner|owners|recruiter|supervisor|sponsor|"
    r"kafeel|trafficker|mwajiri|wakala|dalali|bosi|msimamizi|mwenye nyumba|landlady|landlord)"
)
_NUMBER_WORDS = {
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "kumi na mbili": 12, "kumi na tatu": 13,
    "kumi na nne": 14, "kumi na tano": 15, "kumi na sita": 16, "kumi na saba": 17, "kumi na nane": 18,
    "kumi na tisa": 19, "ishirini": 20, "kumi": 10, "kumi na moja": 11,
}
HOURS = (
    r"(?P<n>\d{1,2}|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|kumi(?: na \w+)?|"
    r"ishirini)"
)


# -- checks: context a pattern alone cannot see ----------------------------------------------
def _after(match: re.Match, sentence: Sentence, chars: int = 60) -> str:
    return sentence.text[match.end(): match.end() + chars]


def _clause(match: re.Match, sentence: Sentence) -> str:
    begin = clause_start(sentence.text, match.start())
    rest = sentence.text[match.start():]
    stop = re.search(r"[,;.]|\b(?:but|lakini|ila)\b", rest[len(match.group()):])
    end = match.start() + len(match.group()) + (stop.start() if stop else len(rest))
    return sentence.text[begin:end]


_AGREEING = {"she": "her", "he": "his", "i": "my", "they": "their", "we": "our"}
_PREPOSITION_BEFORE = re.compile(r"\b(?:through|via|by|from|to|with|at|for|of|in)\W+(?:[\w']+\W+){0,2}$", re.I)
_SUBJECT = re.compile(
    r"\b(she|he|i|they|we|employer|employers|madam|boss|agent|agency|broker|owner|owners|recruiter|supervisor|"
    r"sponsor|trafficker|aunt|uncle|man|woman|husband|mume|mwajiri|wakala|dalali|police|officer)\b",
    re.I,
)


def document_holder(match: re.Match, sentence: Sentence, effect: str) -> str | None:
    """'kept her passport' is retention when someone else kept it, counter-evidence when she did."""
    verb = (match.group("v") or "").lower()
    if verb in {"has", "had", "have"} and not re.match(r"\W+(?:still\W+)?(?:her|his|my|their|our|all|"
        r"the)\b", sentence.text[match.end("v"):], re.I):
        return None
    if effect != "pos" or verb not in {"kept", "keeps", "keep", "keeping", "held", "holds", "hold", "holding",
                                       "has", "had", "have", "retained", "retains", "carried", "carries"}:
        return effect
    before = sentence.text[: match.start("v")]
    subjects = [found.group(1) for found in _SUBJECT.finditer(before)
                if found.group(1).lower() in _AGREEING or not _PREPOSITION_BEFORE.search(before[: found.start()])]
    owner = re.match(r"\W*(\w+)", sentence.text[match.end("v"):])
    if subjects and owner and _AGREEING.get(subjects[-1].lower()) == owner.group(1).lower():
        return "counter"
    return effect


_PAID_IN_FULL = re.compile(
    r"\b(?:in full|every (?:month|week|day)|on time|monthly|weekly|regularly|all (?:her|his|my|their) "
    r"(?:salary|wages|money|pay)|wote|wake wote|kamili|kila (?:mwezi|wiki|siku)|kwa wakati|eventually|"
    r"in the end|later|hatimaye|alikuja|akaja|baadaye|after (?:she|he|they|i) complained)\b",
    re.I,
)
_LONG_UNPAID = re.compile(
    r"\b(?:never|at all|for (?:\w+ )?(?:months|years|a year)|months|years|miezi|mwaka|miaka|tangu|kabisa|"
    r"hata siku moja|since|none of|all (?:this|that) time|until (?:she|he|they) (?:leaves|left|finish))",
    re.I,
)
_RATE = re.compile(r"\b(?:correct|right|agreed|full|minimum|overtime) rate|\bovertime\b", re.I)
_DEBT_PAYMENT = re.compile(r"^\W*(?:ku)?(?:deni|madeni|fee|ada|gharama|nauli|kodi|mkopo)\b", re.I)


def payment(match: re.Match, sentence: Sentence, effect: str) -> str | None:
    """Paid in full is counter-evidence; not paid for months is withholding; a late or
    partly paid wage is a labour dispute unless there is control as well (weak)."""
    if _DEBT_PAYMENT.match(_after(match, sentence, 20)):
        return None
    clause = _clause(match, sentence)
    if effect == "counter":
        return "counter" if _PAID_IN_FULL.search(clause) else None
    if _RATE.search(clause):
        return "weak"
    return "pos" if _LONG_UNPAID.search(sentence.text) else "weak"


def long_hours(match: re.Match, sentence: Sentence, effect: str) -> str | None:
    """Twelve or more hours a day."""
    value = match.group("n").lower()
    hours = int(value) if value.isdigit() else _NUMBER_WORDS.get(value, 0)
    return effect if hours >= 12 else None


CLOCK = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_CLOCK_VALUES = {word: value for value, word in enumerate(CLOCK.split("|"), start=1)}


def _clock(text: str) -> int:
    return int(text) if text.isdigit() else _CLOCK_VALUES[text.lower()]


def day_span(match: re.Match, sentence: Sentence, effect: str) -> str | None:
    """'from 5am until midnight', 'from six in the morning until eleven at night': thirteen hours or more."""
    start = _clock(match.group("a")) % 12
    end_text = match.group("b").lower()
    evening = (match.group("bp") or "pm").lower()
    afternoon = evening.startswith("p") or "night" in evening or "evening" in evening
    end = 24 if end_text == "midnight" else _clock(end_text) % 12 + (12 if afternoon else 0)
    if (match.group("ap") or "am").lower().startswith("p"):
        start += 12
    hours = end - start if end > start else end + 24 - start
    return effect if hours >= 13 else None


_HOME_HARDSHIP = re.compile(
    r"\b(?:at home|our family|my family|(?:her|his|their) family|parents|poor|poverty|drought|famine|"
    r"nyumbani kwetu|familia (?:yetu|yao|yake)|maskini|umaskini|ukame)\b",
    re.I,
)


def not_home_hardship(match: re.Match, sentence: Sentence, effect: str) -> str | None:
    """Hunger at home is a push factor, not an abusive working condition."""
    return None if _HOME_HARDSHIP.search(sentence.text) else effect


_DEBT_TO_EXPLOITER = re.compile(
    rf"\b(?:{EXPLOITER}|him|them|the trip|trip|ticket|travel|transport|fare|visa|fee|fees|recruitment|"
    r"housing|accommodation|food|deduct\w*|wages|salary|work\w*|clients|until|cannot leave|can't leave|"
    r"nauli|tiketi|safari|chakula|kazi|mshahara|gharama|mpaka|hadi|amalize|kukatwa|alikata)\b",
    re.I,
)
_HOUSEHOLD_DEBT = re.compile(r"\b(?:loan|mkopo|mikopo|shylock|sacco|chama|bank|school fees|karo|hospital bill)\b", re.I)


def debt_to_exploiter(match: re.Match, sentence: Sentence, effect: str) -> str | None:
    """A debt owed to the recruiter or employer, or worked off, is debt bondage; a family loan
    is not, and neither is what an employer owes the worker (that is unpaid wages)."""
    if _HOUSEHOLD_DEBT.search(sentence.text) and not re.search(EXPLOITER, sentence.text, re.I):
        return None
    if re.match(r"owe[sd]?$|owing$", match.group("v"), re.I) and re.search(
            rf"\b{EXPLOITER}\W+(?:[\w']+\W+)?$", sentence.text[: match.start("v")], re.I):
        return None
    return effect if _DEBT_TO_EXPLOITER.search(sentence.text) else None


_NOT_A_JOURNEY = re.compile(r"^\W*(?:the\W+)?(?:hospital|court|police|clinic|school|church|station|dispensary|"
    r"hospitali|mahakamani)", re.I)


_THING_BEFORE = re.compile(
    r"\b(?:which|it|this|that|what|money|salary|pay|wages|amount|goods|passport|phone|bag|everything|luggage|"
    r"parcel|car|cattle|goats)\W+(?:[\w']+\W+)?$",
    re.I,
)


def journey(match: re.Match, sentence: Sentence, effect: str) -> str | None:
    """A person moved: not 'taken to hospital', not money 'taken from his wages', and not a
    journey still to come ('atampeleka polisi', he will take her to the police)."""
    verb = match.groupdict().get("v") or match.groupdict().get("w") or ""
    if re.match(r"(?:ata|wata|nita|tuta|uta|mta|ange|wange)", verb, re.I):
        return None
    if _NOT_A_JOURNEY.match(_after(match, sentence, 30)):
        return None
    if match.group("w") and _THING_BEFORE.search(sentence.text[: match.start()]):
        return None
    return effect


def from_a_place(match: re.Match, sentence: Sentence, effect: str) -> str | None:
    """'alimtoa Meru' (took him from Meru) is a journey; 'alimtoa figo' (removed a kidney) is not."""
    place = match.group("place")
    return effect if place[0].isupper() or place.lower() in {"kutoka", "kijijini", "nyumbani", "shuleni"} else None


def _c(targets: str, pattern: str, reason: str, affirmed: str | None = "pos", negated: str | None = "counter",
       check: Check | None = None) -> Cue:
    return Cue(tuple(targets.split()), pattern, reason, affirmed, negated, check)


FORCE = (
    rf"\b(?:forced|forcing|forces|force|made|makes|compelled|coerced|pressured|pushed)\W+(?:(?:{OBJ}|"
    rf"the\W+\w+)\W+)?(?:to\W+|into\W+)?"
)
FORCE_SW = r"\b[a-z']{0,12}(?:lazimisha|lazimishwa|shurutisha|shurutishwa)\w*\W+(?:[\w']+\W+)?"
SEND = (
    rf"\b(?:forced|forcing|force|forces|made|makes|compelled|coerced|sent|sends|send|used|uses|ordered|"
    rf"orders)\W+(?:(?:{OBJ}|the\W+\w+)\W+)?(?:to\W+)?"
)
PROMISE_SW_TOLD = (
    r"\b[a-z']{0,12}ambi(?:a|wa)\b" + gap(2) + r"(?:ata|nita|wata|ange|tuta)[a-z']{0,12}\b" + gap(5) + r"kazi\b"
)

# Order matters: where two cues of the same target match the same words, the first one wins.
CUES: tuple[Cue, ...] = (
    # -- retention of identity documents -------------------------------------------------------
    _c("ind:retention_of_documents", rf"\b(?:have|get|got|getting|gets|had)\W+(?:(?:her|his|my|their|"
        rf"our)\W+)?{DOCS}\W+back\b",
       "identity documents kept from the person", negated="pos"),
    _c("ind:retention_of_documents",
       rf"\b(?P<v>give|gave|given|return\w*|hand\w*)\W+(?:back\W+)?(?:(?:her|his|my|their|our)\W+)?{DOCS}\b",
       "identity documents not given back", affirmed=None, negated="pos"),
    _c("ind:retention_of_documents",
       rf"\b(?P<v>took|taken|takes?|taking|surrender\w*|handed\W+over|confiscat\w*|seiz\w*|collect\w*|withh[eo]ld\w*|"
       rf"holds?|held|holding|keeps?|kept|"
       rf"keeping|retain\w*|hid|hidden|hides|destroyed|burn(?:ed|t)|has|had|have){gap(4)}{DOCS}\b",
       "identity documents taken or held by someone else", check=document_holder),
    _c("ind:retention_of_documents",
       rf"\b{DOCS}{gap(3)}(?:was|were|is|are|has been|had been|got|remain\w*|been)\W+(?:[\w']+\W+)?"
       r"(?P<v>taken|confiscated|seized|withheld|held|kept|retained|collected|hidden)\b",
       "identity documents taken or held by someone else"),
    _c("ind:retention_of_documents", rf"\b{DOCS}\W+(?:[\w']+\W+)?(?:iko|ziko|yuko|iko tu)\W+(?:na|kwa)\W+{EXPLOITER}\b",
       "identity documents held by the employer or agent"),
    _c("ind:retention_of_documents",
       rf"\b(?P<v>[a-z']{{0,12}}(?:chukua|chukuliwa|chukuwa|nyang'?any\w*|shikilia|shikiliwa|shika|shikwa|zuia|zuiliwa|"
       rf"zuiwa|ficha|fichwa|kusany\w*)){gap(3)}{DOCS}\b",
       "identity documents taken or held by someone else"),
    _c("ind:retention_of_documents",
       rf"\b{DOCS}{gap(3)}(?P<v>[a-z']{{0,12}}(?:chukuliwa|nyang'anywa|shikiliwa|zuiliwa|zuiwa|fichwa))\b",
       "identity documents taken or held by someone else"),
    _c("ind:retention_of_documents",
       rf"\b(?:[a-z]{{0,8}}likuwa|[a-z]{{0,8}}baki)\W+na\W+{DOCS}\W+(?:yake|yangu|zao|lake|langu|chake|changu)\b",
       "the person kept their own identity documents", affirmed="counter", negated="pos"),

    # -- withholding of wages ------------------------------------------------------------------
    _c("ind:withholding_wages",
       r"\b(?:without\W+(?:any\W+)?(?:pay|payment|salary|wages|being paid)|unpaid|no\W+(?:pay|salary|wages|payment)|"
       r"for\W+(?:free|nothing)|bila\W+(?:malipo|mshahara|kulipwa|pesa|pay|payment|salary)|paid\W+nothing)\b",
       "work without pay", negated="pos"),
    _c("ind:withholding_wages",
       r"\b(?:salary|salaries|wages|pay|earnings|"
       r"mshahara)\b" + gap(4) + r"(?:to|kwa)\W+(?:(?:her|his|the|my|their)\W+)?(?:aunt|uncle|parents?|mother|father|"
       r"agent|broker|family|guardian|"
       r"relative|recruiter|shangazi|mjomba|wazazi|wakala)",
       "wages paid to someone else"),
    _c("ind:withholding_wages",
       r"\b(?:kept|keeps|took|takes|taking|withh[eo]ld\w*|holds?|held|confiscat\w*|kept back|pocketed)\W+"
       r"(?:all\W+)?(?:of\W+)?(?:her|his|my|their|the)?\W*(?:salary|salaries|wages|pay|earnings)\b",
       "wages kept back by the employer or agent"),
    _c("ind:withholding_wages",
       r"\b(?P<v>[a-z']{0,12}(?:chukua|chukuliwa|zuia|zuiliwa|shikilia|kata|katwa))\W+(?:[\w']+\W+)?(?:pesa|mshahara|"
       r"malipo|salary|mapato)\W+"
       r"(?:[\w']+\W+)?(?:zote|yote|wote|yake yote|zake zote)\b",
       "all the earnings kept back"),
    _c("ind:withholding_wages",
       r"\b(?:pay|paid|salary|wages|"
       r"mshahara)\b" + gap(4) + r"(?:at|until|till)\W+the\W+end\W+of\b|\bpromised\W+to\W+pay\W+(?:her|him|them|"
       r"me)\W+later\b",
       "pay put off until later"),
    _c("ind:withholding_wages",
       r"\bstopped\W+paying\b|\bpaid\W+(?:her|him|me|them|us)\W+(?:for\W+)?(?:[\w']+\W+){1,3}?"
       r"(?:then|and\W+then|but\W+then)\W+stopped\b",
       "pay stopped", negated=None),
    _c("ind:withholding_wages", r"\b(?:refus\w+|stopped|fail\w*)\W+to\W+pay\b", "refused to pay", negated="pos",
       check=payment),
    _c("ind:withholding_wages",
       r"\b(?:(?:was|were|is|are|been|being|get|got|gets|be|has|have|had)\W+(?:(?:not|never|yet|always|also|only|"
       r"ever|then|still|been)\W+){0,3}(?P<v>paid))\b",
       "not paid", affirmed="counter", negated="pos", check=payment),
    _c("ind:withholding_wages", rf"\b(?P<v>paid|pay|pays|paying)\W+(?:{OBJ}|the\W+workers|wages|salar(?:y|ies))\b",
       "not paid", affirmed="counter", negated="pos", check=payment),
    _c("ind:withholding_wages",
       r"\b(?P<v>received|receive|receives|got|get|gets|given)\W+(?:any\W+|her\W+|his\W+|my\W+|their\W+|the\W+)?"
       r"(?:salary|salaries|wages|pay|payment)\b",
       "not paid", affirmed="counter", negated="pos", check=payment),
    _c("ind:withholding_wages", r"\b(?P<v>[a-z']{0,12}nyimwa)\W+(?:[\w']+\W+)?(?:mshahara|malipo|pesa|salary)\b",
       "denied wages", negated="counter"),
    _c("ind:withholding_wages", r"\b(?P<v>[a-z']{0,12}(?:lipwa|lipa|lipi|lipwi))\b",
       "not paid", affirmed="counter", negated="pos", check=payment),
    _c("ind:withholding_wages",
       r"\b(?:paid|pay|payment|salary|wages|"
       r"mshahara)\b" + gap(3) + r"(?:late|delayed|in arrears)\b|\b(?:late|delayed)\W+(?:pay|payment|salary|wages)\b|"
       r"\bunderpaid\b|\bless than (?:agreed|promised|the minimum)\b|\bdeduct\w*\b|\b[a-z']{0,12}(?:chelewa|"
       r"chelewesha)\b|"
       r"\blipwa kidogo\b",
       "pay late, short or with deductions", affirmed="weak", negated=None),
    _c("ind:withholding_wages", rf"\b{EXPLOITER}\W+(?:still\W+)?(?:owes|owed|"
        rf"owing)\W+{OBJ}\b", "wages owed by the employer",
       affirmed="weak", negated=None),
    _c("ind:withholding_wages", r"\bkeeps?\W+(?:her|his|my|their)\W+(?:own\W+)?(?:money|earnings)\b",
       "keeps their own earnings", affirmed="counter", negated=None),

    # -- restriction of movement ---------------------------------------------------------------
    _c("ind:restriction_of_movement",
       r"\b(?:locked|locks|lock)\b" + gap(5) + r"(?:in|inside|up|indoors|ndani|with\W+(?:her|him|me|them)\W+inside)\b|"
       r"\b(?:confined|imprisoned|guarded|chained|caged|under guard|held captive|held hostage|prisoner|"
       r"guards?\W+watched|watchman\W+watched)\b|"
       r"\b(?:gate|gates|door|doors|house|room|compound)\W+(?:was|were|is|are|always|kept)\W+(?:[\w']+\W+)?(?:locked|"
       r"padlocked)\b|"
       r"\b(?:held|kept|"
       r"detained)\b" + gap(4) + r"by\W+(?:the\W+|a\W+)?(?:smugglers|traffickers|kidnappers|captors|gang|"
       r"armed\W+men)\b",
       "kept locked in or guarded"),
    _c("ind:restriction_of_movement",
       r"\b(?:kept|held)\b" + gap(4) + r"(?:with no way to (?:leave|escape)|against (?:her|his|my|their) will|inside|"
       r"indoors)\b|"
       r"\bno way (?:to|of) (?:leave|leaving|escape|escaping|get out|getting out|go home)\b",
       "kept with no way to leave", negated="pos"),
    _c("ind:restriction_of_movement",
       r"\b(?:never|not|n't)\W+let\W+(?:her|him|me|them|us)\W+(?:out|go|leave)\b",
       "not let out", negated="pos"),
    _c("ind:restriction_of_movement",
       r"\b(?P<v>allowed|permitted|let)\W+(?:to\W+)?(?:leave|go\W+(?:out|home|anywhere|outside|back)|step out|move|"
       r"go|out)\b",
       "not allowed to leave", affirmed="counter", negated="pos"),
    _c("ind:restriction_of_movement",
       r"\b(?:could|can|cannot|couldn't|can't|able|unable)\W+(?:not\W+)?(?:to\W+)?(?P<v>leave|go\W+(?:out|home|back)|"
       r"get out|escape|return home)\b",
       "could not leave", affirmed="counter", negated="pos",
       check=lambda m, s, e: "pos" if re.search(r"cannot|n't|unable|\bnot\b", m.group(), re.I) else e),
    _c("ind:restriction_of_movement", r"\bfree\W+to\W+(?P<v>leave|go|move|stop|quit|come and go)\b",
       "free to leave", affirmed="counter", negated="pos"),
    _c("ind:restriction_of_movement",
       r"\b(?:resigned|quit|left\W+(?:the|her|his|my)\W+job|found another job|looking for another job|changed jobs|"
       r"come and go|went home\W+(?:every|on|at|for)|goes home|home\W+(?:every|each)\W+(?:evening|weekend|night)|"
       r"[a-z']{0,12}jiuzulu|[a-z']{0,12}acha kazi|[a-z']{0,12}enda nyumbani kila|[a-z']{0,12}rudi nyumbani kila)\b",
       "left or goes home freely", affirmed="counter", negated=None),
    _c("ind:restriction_of_movement", r"\b(?P<v>[a-z']{0,12}(?:fungia|fungiwa|fungiana))\b", "locked in"),
    _c("ind:restriction_of_movement", r"\bmlango\b" + gap(3) + r"[a-z']{0,12}fungwa\b|\b(?:walinzi|"
        r"[a-z']{0,12}lindwa)\b",
       "kept behind locked doors or under guard"),
    _c("ind:restriction_of_movement",
       r"\b(?P<v>[a-z']{0,12}(?:ruhusiwa|ruhusiwi|ruhusu|ruhusi|weza|wezi))\W+(?:ku(?:toka|ondoka|enda|rudi|tembea|"
       r"zunguka|toroka))\b",
       "not allowed or able to leave", affirmed="counter", negated="pos"),
    _c("ind:restriction_of_movement", r"\b(?:[a-z']{0,12}ambiwa\W+)?[a-z']{0,12}si(?:toke|ondoke|ende)\b",
       "told not to go out", negated=None),
    _c("ind:restriction_of_movement", r"\b(?P<v>[a-z']{0,12}kuwa)?\W*huru\W+(?:ku(?:ondoka|enda|toka))\b",
       "free to leave", affirmed="counter", negated="pos"),

    # -- isolation -----------------------------------------------------------------------------
    _c("ind:isolation",
       r"\b(?P<v>took|taken|take|takes|confiscat\w*|seiz\w*|kept|keeps|broke|smashed|destroyed)\W+(?:away\W+)?"
       r"(?:(?:her|his|my|their|the)\W+)?(?:phones?|mobiles?|simu)\b|\b(?:phones?|mobiles?)\W+(?:was|"
       r"were)\W+(?:taken|confiscated|seized)\b",
       "phone taken away"),
    _c("ind:isolation", r"\bsimu\b" + gap(2) + r"(?P<v>[a-z']{0,12}(?:chukuliwa|nyang'anywa|zuiliwa|vunjwa|fichwa))\b|"
       r"\b(?P<w>[a-z']{0,12}(?:chukua|nyang'anya|zuia|shika|vunja|ficha))\W+(?:[\w']+\W+)?simu\b",
       "phone taken away"),
    _c("ind:isolation",
       r"\b(?P<v>allowed|permitted|let|able|could|can)\W+(?:not\W+)?(?:to\W+)?(?:[\w']+\W+){0,4}?(?:call|phone|"
       r"talk to|speak to|speak with|talk with|"
       r"contact|communicate with|write to|visit|see)\b" + gap(2) +
       r"(?:family|parents|mother|father|relatives|anyone|anybody|friends|husband|children|sister|brother)",
       "not allowed to contact family", affirmed="counter", negated="pos"),
    _c("ind:isolation",
       r"\b(?P<v>spoken|talked|heard from|been in (?:touch|contact))\W+(?:to\W+|with\W+)?(?:(?:her|his|my|their)\W+)?"
       r"(?:family|parents|mother|relatives|children|anyone)\b",
       "no contact with family", affirmed=None, negated="pos"),
    _c("ind:isolation",
       r"\b(?:no\W+contact\W+with|cut\W+off\W+from|isolated|isolation|did\W+not\W+know\W+where\W+(?:she|he|i|"
       r"they)\W+(?:was|were)|"
       r"bila\W+mawasiliano|hakujua\W+(?:alipo|alikokuwa|mahali))\b|\b(?:on|to)\W+an?\W+(?:remote\W+)?island\b|"
       r"\bremote\W+(?:farm|camp|area)\b",
       "cut off from family and the outside world", negated=None),
    _c("ind:isolation",
       r"\b(?P<v>[a-z']{0,12}(?:ruhusiwa|ruhusiwi|ruhusu|weza|wezi))\W+(?:ku(?:ongea|zungumza|piga simu|wasiliana|"
       r"tembelea|ona|andikia))\b",
       "not allowed to contact family", affirmed="counter", negated="pos"),
    _c("ind:isolation",
       r"\b(?:called|calls|phoned|phones|spoke to|speaks to|talked to|talks to|visited|visits)\W+(?:her|his|my|"
       r"their)\W+"
       r"(?:family|parents|mother|father)\W+(?:every|regularly|often|daily|weekly)\b|"
       r"\b[a-z']{0,12}(?:ongea|zungumza|wasiliana)\W+na\W+(?:familia|wazazi|mama|baba|"
       r"ndugu)\w*(?:\W+[\w']+){0,2}?\W+kila\b",
       "in regular contact with family", affirmed="counter", negated=None),

    # -- physical and sexual violence ----------------------------------------------------------
    _c("ind:physical_sexual_violence",
       r"\b(?P<v>beat|beats|beaten|beating|hit|hits|hitting|slapp\w*|kick\w*|punch\w*|whipp\w*|flogg\w*|caned|stabb\w*|"
       r"tortur\w*|assault\w*|raped?|raping|rapes|defiled?|defilement|drugged|starved|strangled|choked|"
       r"sexually\W+(?:abused|assaulted|harassed)|abused\W+sexually|burn(?:ed|t)\W+(?:her|him|me|them)|scalded)\b",
       "beaten, raped or otherwise hurt"),
    _c("ind:physical_sexual_violence",
       r"\b(?P<v>[a-z']{0,12}(?:piga|pigwa|pigiwa))\b(?!\W+(?:simu|picha|pasi|kelele|deki|hodi|kura|chafya|mbizi|stori|"
       r"story|"
       r"ngoma|foleni|marufuku|kazi|mswaki|kengele|hesabu|magoti|vita))",
       "beaten"),
    _c("ind:physical_sexual_violence",
       r"\b(?P<v>[a-z']{0,12}(?:bakwa|mbaka|nibaka|wabaka|bakaji|najisiwa|najisi|teswa|tesa|unguzwa|unguza))\b|"
       r"\b(?P<w>[a-z']{0,12}(?:chomwa|choma))\W+(?:na\W+)?(?:pasi|moto|kisu|sigara)\b|\bmakofi\b|\bteke\b|\bviboko\b|"
       r"\bnusu\W+kaputi\b",
       "raped, burned or otherwise hurt"),

    # -- intimidation and threats --------------------------------------------------------------
    _c("ind:intimidation_threats",
       r"\b(?P<v>threat\w*)\b|\b(?:warned|told|said)\b" + gap(4) + r"(?:would|will|'d|going to)\W+(?:be\W+)?"
       r"(?:kill\w*|hurt|harm\w*|beat\w*|report\w*|arrest\w*|deport\w*|jail\w*|imprison\w*|sell|curse|send\W+(?:her|"
       r"him|me|them)\W+(?:back|away))\b|"
       r"\b(?:curse|cursed|witchcraft|oath|juju)\b|\b(?:would|will)\W+(?:take|hand|report)\W+(?:her|him|them|"
       r"me)\W+(?:over\W+)?to\W+(?:the\W+)?"
       r"(?:police|immigration)\b|\b(?:told|warned)\W+(?:her|him|them|me)\W+(?:that\W+)?if\W+(?:she|he|they|i)\W+"
       r"(?:left|leaves|ran|runs|escaped|escapes|complained|complains|refused|refuses|told|tells|went)\b",
       "threatened"),
    _c("ind:intimidation_threats",
       r"\b(?P<v>[a-z']{0,12}(?:tishia|tishiwa|tisha))\b|\b(?:vitisho|kitisho|uchawi|laana|kiapo|[a-z']{0,12}roga)\b|"
       r"\b(?:ata|nita|tuta|wata|ange)[a-z]{0,4}(?:peleka|ripoti)\w*\W+(?:kwa\W+)?polisi\b|"
       r"\b[a-z']{0,12}ambi(?:a|"
       r"wa)\b" + gap(3) + r"(?:kwamba\W+|kuwa\W+)?(?:aki|uki|mki|tuki|waki|niki)(?!wa\b)\w+\W+(?:ata|nita|tuta|"
       r"wata)\w+|"
       rf"\b(?:ata|nita|tuta|wata|ange|ninge|tunge|wange){OBJ_SW}?(?:ua|uawa|ripoti|ripotiwa|shtaki|maliza)\b",
       "threatened"),

    # -- debt bondage --------------------------------------------------------------------------
    _c("ind:debt_bondage",
       r"\b(?P<v>debt|debts|owed?|owes|owing|repay\w*|pay\W+(?:back|off)|work\W+off|working\W+off)\b",
       "a debt to the recruiter or employer to be worked off", check=debt_to_exploiter),
    _c("ind:debt_bondage", r"\b(?P<v>deni|madeni|"
        r"[a-z']{0,12}daiwa)\b", "a debt to the recruiter or employer to be worked off",
       check=debt_to_exploiter),
    _c("ind:debt_bondage",
       r"\b(?:deduct\w*|[a-z']{0,12}kata|[a-z']{0,12}katwa|"
       r"cut)\b" + gap(5) + r"(?:ku)?(?:lipa|pay|repay)?\W*(?:hiyo\W+|ile\W+|the\W+)?"
       r"(?:fee|fees|ticket|visa|ada|gharama|nauli|tiketi|air ?fare|recruitment)\b",
       "wages deducted for recruitment or travel costs"),

    # -- abusive working and living conditions -------------------------------------------------
    _c("ind:abusive_conditions",
       r"\b(?P<v>sle(?:pt|eps|ep|"
       r"eping))\b" + gap(4) + r"(?:floor|kitchen|store|storeroom|corridor|bathroom|toilet|garage|veranda|"
       r"outside|mat|animals|goats|dogs|cold|cardboard|sack|sacks)\b",
       "made to sleep on the floor or outside"),
    _c("ind:abusive_conditions",
       r"\b[a-z']{0,12}lala\b" + gap(2) + r"(?:sakafuni|chini|jikoni|stoo|nje|bafuni|kwenye\W+sakafu|kwa\W+sakafu)\b",
       "made to sleep on the floor or outside", negated=None),
    _c("ind:abusive_conditions",
       r"\b(?P<v>denied|refused|give|gives|gave|given|fed)\W+(?:(?:her|him|them|me|us)\W+)?(?:any\W+|no\W+|little\W+)?"
       r"(?:food|meals?|water|medical\W+(?:care|treatment|help)|treatment|leftovers)\b",
       "denied food, water or medical care", affirmed=None, negated="pos",
       check=lambda m, s, e: "pos" if re.match(r"(?:denied|refused)", m.group("v"), re.I) or re.search(
           r"\b(?:no|little|leftovers)\b", m.group(), re.I) else e),
    _c("ind:abusive_conditions",
       r"\b(?:little|no|not enough|only)\W+(?:food|to eat)\b|\bleftovers\b|\b(?:fed|ate|eat|eats|"
       r"meal)\W+(?:only\W+)?once\W+a\W+day\b|\b(?:one|a\W+single)\W+meal\W+a\W+day\b|\bstarv\w*\b|\bwent hungry\b|"
       r"\bno\W+(?:bed|mattress|blanket|toilet|medical care|treatment)\b|\bover-?crowded\b|\bcramped\b|"
       r"\b(?:without|no)\W+protective\b|\bdangerous\W+(?:work|chemicals|machines)\b",
       "little food, no bed or dangerous conditions", negated=None, check=not_home_hardship),
    _c("ind:abusive_conditions",
       r"\bbila\W+(?:chakula|maji|matibabu|dawa)\b|\bchakula\W+(?:kidogo|kibaya)\b|\b(?:mabaki|makombo)\b|\bnjaa\b",
       "little or no food or care", negated=None, check=not_home_hardship),
    _c("ind:abusive_conditions", r"\b(?P<v>[a-z']{0,12}nyimwa)\W+(?:chakula|maji|matibabu|dawa|"
        r"kula)\b", "denied food or care"),
    _c("ind:abusive_conditions", r"\b(?P<v>[a-z']{0,12}pewa|[a-z']{0,12}mpa|[a-z']{0,12}wapa)\W+(?:chakula|maji|"
        r"matibabu|dawa)\b",
       "not given food or care", affirmed=None, negated="pos"),

    # -- excessive overtime --------------------------------------------------------------------
    _c("ind:excessive_overtime",
       rf"\b{HOURS}\W+hours?\W+(?:a\W+day|per\W+day|each\W+day|every\W+day|without|straight|non-?stop|bila|"
       rf"at\W+a\W+time)\b",
       "twelve or more hours a day", negated=None, check=long_hours),
    _c("ind:excessive_overtime", rf"\bmasaa\W+{HOURS}\b", "twelve or more hours a day",
       negated=None, check=long_hours),
    _c("ind:excessive_overtime", rf"\b(?:masaa|saa)\W+{HOURS}\W+(?:kwa|kila)\W+siku\b", "twelve or more hours a day",
       negated=None, check=long_hours),
    _c("ind:excessive_overtime",
       rf"\bfrom\W+(?P<a>\d{{1,2}}|{CLOCK})(?::\d\d)?\W*(?P<ap>am|a\.m\.|pm|p\.m\.|o'clock|"
       rf"in\W+the\W+morning)?\W+(?:o'clock\W+)?"
       rf"(?:until|till|to)\W+(?P<b>\d{{1,2}}|midnight|{CLOCK})(?::\d\d)?\W*(?P<bp>pm|p\.m\.|am|a\.m\.|at\W+night|"
       rf"in\W+the\W+evening)?",
       "a working day of thirteen hours or more", negated=None, check=day_span),
    _c("ind:excessive_overtime",
       r"\b(?:dawn|sunrise|early morning|alfajiri|asubuhi na mapema)\b" + gap(3) + r"(?:until|till|to|hadi|mpaka)\W+"
       r"(?:saa\W+(?:\w+\W+){1,3}?)?(?:midnight|late|night|dusk|usiku)\b|\b(?:no|without\W+(?:a|"
       r"any)?)\W*(?:days?\W+off|rest|break|breaks|leave)\b|"
       r"\bnever\W+(?:had|got|given|gets)\W+a\W+day\W+off\b|\b(?:seven|7)\W+days\W+a\W+week\b|\bround\W+the\W+clock\b|"
       r"\b(?:day and night|night and day|mchana na usiku|usiku na mchana)\b|"
       r"\bbila\W+(?:kupumzika|mapumziko|likizo|siku\W+ya\W+mapumziko|off\W*day)\b|"
       r"\bhakuna\W+(?:siku\W+ya\W+)?mapumziko\b|"
       r"\bsiku\W+saba\W+kwa\W+wiki\b",
       "long days with no rest", negated=None),
    _c("ind:excessive_overtime",
       r"\bfrom\W+(?:early\W+)?(?:morning|dawn|sunrise)\W+(?:to|until|till)\W+(?:midnight|late|night|[1-4]\W*a\.?m\b)|"
       r"\b(?:until|till)\W+(?:midnight|late\W+(?:at\W+)?night|[1-4]\W*a\.?m\b)|"
       r"\b(?:hadi|mpaka)\W+(?:usiku\W+wa\W+manane|saa\W+sita\W+usiku|saa\W+(?:saba|nane)\W+usiku)\b",
       "working until late at night", negated=None),
    _c("ind:excessive_overtime", r"\b(?P<v>[a-z']{0,12}pewa)\W+(?:an?\W+)?(?:off\W*day|day\W+off|likizo|mapumziko)\b",
       "no day off", affirmed="counter", negated="pos"),
    _c("ind:excessive_overtime",
       r"\b(?:a|one|two)\W+days?\W+off\b" + gap(2) + r"(?:every|each|a|per)\W+week\b|\bhad\W+(?:sundays|saturdays|"
       r"weekends)\W+off\b|"
       r"\b(?:siku\W+ya\W+mapumziko|off\W*day)\W+kila\W+wiki\b|\b(?:[1-9]|ten|eight|nine)\W+hours\W+a\W+day\b",
       "regular days off or normal hours", affirmed="counter", negated=None),

    # -- deception -----------------------------------------------------------------------------
    _c("ind:deception",
       r"\b(?:lied|lies|deceiv\w*|trick\w*|lur(?:ed|ing)|fake\W+(?:job|agency|agent|contract|offer)|"
       r"false\W+(?:promises?|job|offer)|"
       r"not\W+what\W+(?:was|had been|she was|he was|they were)\W+(?:promised|agreed|told)|"
       r"(?:contract|job|work)\W+(?:was\W+)?(?:changed|replaced|substituted)|different\W+(?:job|work|employer)|"
       r"instead\W+of\W+(?:the\W+)?(?:job|work)|conned|kumbe|[a-z']{0,12}danganya|[a-z']{0,12}danganywa|uongo|feki|"
       r"bandia)\b",
       "deceived about the job or the terms", negated=None),
    _c("ctx:promise", rf"\b(?:told|informed|spoke\W+to)\W+{OBJ}\W+about\W+(?:a\W+)?(?:job|work|opportunity)\b",
       "a promise of a job or pay", negated=None),
    _c("act:recruitment", rf"\b(?:told|informed|spoke\W+to)\W+{OBJ}\W+about\W+(?:a\W+)?(?:job|work|opportunity)\b",
       "told about a job", negated=None),
    _c("ctx:promise",
       rf"\b(?:promis\w*|offered|assured)\b|\b(?:told|said)\W+(?:{OBJ}\W+)?(?:that\W+)?(?:she|he|i|they)\W+would\b|"
       rf"\b(?:would|will)\W+(?:pay|give|find|get)\W+{OBJ}\b" + gap(5) + r"(?:job|work)\b|"
       rf"\b(?:told|assured|informed)\W+(?:{OBJ}\W+)?(?:that\W+)?(?:the|a)\W+(?:job|work)\b|\b(?:advert|"
       rf"advertisement|tangazo)\b|"
       r"\b[a-z']{0,12}ahidi(?:wa)?\b|" + PROMISE_SW_TOLD,
       "a promise of a job or pay", negated=None),
    _c("ind:deception",
       r"\b(?:never\W+travell?ed|disappeared\W+with\W+(?:the|his|her|my|their)\W+money|"
       r"took\W+the\W+money\W+and\W+disappeared|"
       r"hakusafiri|alitoweka\W+na\W+pesa)\b",
       "a job fraud: the person never went", affirmed="counter", negated=None),
    _c("ctx:promise_kept", r"\b(?:as promised|as agreed|kama alivyoahidiwa|kama walivyokubaliana|as (?:she|"
        r"he) expected)\b",
       "the job was as promised", negated=None),
    _c("ctx:contrast",
       r"\b(?:but|instead|however|turned out|ended up|only to|on arrival|upon arrival|when\W+(?:she|he|they|i)\W+"
       r"(?:arrived|got there|reached)|lakini|badala yake|alipofika|walipofika|nilipofika|kumbe)\b",
       "", negated=None),

    # -- abuse of vulnerability ----------------------------------------------------------------
    _c("ind:abuse_of_vulnerability",
       r"\b(?:took\W+advantage|taking\W+advantage|exploit\w*\W+(?:her|his|my|their)\W+(?:situation|poverty|"
       r"desperation|status|need|"
       r"vulnerability)|knowing\W+(?:that\W+)?(?:she|he|they)\W+(?:had|was|were|could)|[a-z']{0,12}tumia\W+(?:shida|"
       r"hali|"
       r"umaskini|udhaifu)|"
       r"kwa\W+kujua\W+kwamba)\b",
       "the recruiter or employer used the person's vulnerability", negated=None),
    _c("ind:abuse_of_vulnerability",
       r"\b(?:orphan\w*|homeless|street\W+(?:child|children|boy|boys|girl|girls|families)|undocumented|"
       r"no\W+(?:papers|work permit|visa)|illegal(?:ly)?\W+(?:immigrant|migrant|status|in\W+the\W+country)|"
       r"did\W+not\W+speak\W+(?:the\W+language|arabic|english|swahili)|nowhere\W+(?:else\W+)?to\W+go|disabled|"
       r"disability|"
       r"yatima|hana\W+wazazi|hakuwa\W+na\W+mahali\W+pa\W+kwenda|hana\W+mahali\W+pa\W+kwenda|bila\W+vibali|"
       r"bila\W+kibali|"
       r"hana\W+kibali|hajui\W+lugha|hakujua\W+lugha)\b",
       "a vulnerable person (child without parents, no papers, no language, nowhere to go)",
       affirmed="weak", negated=None),

    # -- the act -------------------------------------------------------------------------------
    _c("act:recruitment",
       r"\brecruit(?:ed|er|ers|ing|ment|s)?\b|\b(?:agent|agents|broker|brokers|bureau|agency|agencies|middleman|"
       r"recruiter)\b|"
       rf"\b(?:offered|promised|promising|found|got|arranged|secured)\W+(?:{OBJ}\W+)?(?:an?\W+)?(?:job|work|"
       rf"employment|position|placement)\b|"
       rf"\b(?:lured|enticed|convinced|persuaded|tricked)\W+{OBJ}\b|\bjob\W+offer\b|"
       r"\boffers?\b" + gap(6) + r"(?:job|work|employment)\b|\b(?:advert|advertisement|"
       rf"tangazo)\b|\boffer\W+of\W+(?:a\W+)?(?:job|work)\b|"
       rf"\b(?:would|will)\W+(?:pay|give|find|get)\W+{OBJ}\b" + gap(5) + r"(?:job|work)\b",
       "recruited or offered a job", negated=None),
    _c("act:recruitment",
       r"\b[a-z']{0,12}ahidi(?:wa)?\b" + gap(2) + r"kazi\b|\b[a-z']{0,12}tafuti(?:a|wa)\W+kazi\b|\b(?:wakala|dalali|"
       r"madalali|"
       r"mawakala|ajenti)\b|"
       r"\b[a-z']{0,12}(?:shawishi|shawishiwa|rubuni|rubuniwa|laghai|laghaiwa)\b|" + PROMISE_SW_TOLD,
       "recruited or promised a job", negated=None),
    _c("act:transportation",
       rf"\b(?:(?P<v>brought|bring|took|take|takes|sent|send|transported|moved|smuggled|trafficked|ferried|drove|"
       rf"flew)\W+(?:{OBJ}|{PEOPLE})|"
       r"(?:was|were|been|being|got|is|are)\W+(?P<w>brought|taken|sent|transported|moved|smuggled|trafficked|flown|"
       r"driven))\b" +
       gap(5) + r"(?:from|to|across|into|over|through)\b",
       "moved from one place to another", negated=None, check=journey),
    _c("act:transportation",
       r"\btravel(?:led|"
       r"ed)\b" + gap(4) + r"(?:through|via|with)\W+(?:an?\W+|the\W+)?(?:agent|agency|broker|bureau|recruiter|man|"
       r"woman|people)\b|"
       r"\bpaid\W+for\W+(?:her|his|my|their|the)\W+(?:ticket|fare|transport|travel|bus)\b|\b(?:gave|give|"
       r"offered)\W+(?:her|him|me|them)\W+a\W+lift\b",
       "travel arranged by someone else", negated=None),
    _c("act:transportation",
       r"\b(?P<v>[a-z']{0,12}(?:peleka|pelekwa|safirisha|safirishwa|vusha|vushwa|mleta|nileta|waleta|tuleta|letwa))\b|"
       r"\b(?P<w>[a-z']{0,12}(?:mchukua|nichukua|wachukua|tuchukua|chukuliwa))\W+(?:[\w']+\W+)?(?:kutoka|hadi|mpaka|"
       r"kwenda)\b|"
       r"\blift\W+(?:hadi|mpaka|to)\b|\b[a-z']{0,12}lipia\W+(?:tiketi|nauli|usafiri|ticket)\b|\b(?:msafirishaji|"
       r"wasafirishaji|mlanguzi|walanguzi|smugglers?|traffickers?)\b|\b[a-z']{0,12}enda\W+[A-Z]\w+\W+kupitia\b",
       "moved from one place to another", negated=None, check=journey),
    _c("act:transfer",
       rf"\b(?:sold|handed\W+over|passed\W+on|traded|given\W+away)\W+(?:{OBJ}|the\W+(?:girl|boy|child|children|woman|"
       rf"women|girls|boys))\b|"
       r"\b(?:was|were|been)\W+sold\b|\bmarried\W+off\b|\bin\W+exchange\W+for\W+(?:cows|cattle|goats|money|cash|"
       r"a\W+debt|dowry)\b",
       "handed over or sold to someone else", negated=None),
    _c("act:transportation", r"\b(?P<v>[a-z']{0,12}(?:mtoa|nitoa|watoa|tutoa))\W+(?P<place>[\w']+)",
       "taken away from home", negated=None, check=from_a_place),
    _c("act:transfer",
       r"\b(?:[a-z]{1,3}(?:li|me|ka|na|ta)(?:mu|m|ni|wa|tu|ku)uza|[a-z']{0,12}uzwa|[a-z']{0,12}kabidhiwa|"
       r"[a-z']{0,12}(?:m|"
       r"wa)kabidhi|[a-z']{0,12}ozesh(?:a|wa))\b",
       "handed over or sold to someone else", negated=None),
    _c("act:harbouring",
       r"\b(?:kept|held|hid|hidden|housed|confined|"
       r"locked)\b" + gap(3) + r"(?:in|at|inside|on)\W+(?:an?\W+|the\W+|one\W+)?"
       r"(?:house|room|lodging|flat|compound|island|shop|brothel|camp|store|basement|apartment|hotel)\b",
       "kept or hidden in a place", negated=None),
    _c("act:harbouring",
       r"\b[a-z']{0,12}(?:fichwa|mficha|waficha|nificha)\b|\b[a-z']{0,12}(?:fungia|"
       r"fungiwa)\W+(?:[\w']+\W+)?(?:kwenye|katika|"
       r"ndani|chumbani|nyumbani)\b|"
       r"\b[a-z']{0,12}(?:weka|wekwa)\W+(?:katika|kwenye|ndani\W+ya)\W+(?:nyumba|chumba|lodging|lojing|danguro)\b",
       "kept or hidden in a place", negated=None),
    _c("act:receipt",
       rf"\b(?:received|met|picked\W+up|collected)\W+(?:{OBJ}\W+)?(?:at|from)\W+(?:the\W+)?(?:airport|bus|station|"
       rf"stage|border)\b|"
       r"\b(?:was|were)\W+received\W+by\b|\b[a-z']{0,12}pokelewa\b",
       "received on arrival", negated=None),

    # -- means other than the indicators -------------------------------------------------------
    _c("means:abduction", r"\b(?:abduct\w*|kidnap\w*|snatched)\b|\b[a-z']{0,12}tek(?:a|wa)\W+nyara\b", "abducted"),
    _c("means:payment act:transfer",
       r"\b(?:alipewa|walipewa|alipokea|walipokea|received|(?:was|were)\W+given)\W+(?:[\w']+\W+)?"
       r"(?:ng'ombe|mbuzi|mahari|cows|cattle|goats|dowry|bride\W+price)\b",
       "livestock or a dowry paid for the person", negated=None),
    _c("means:payment act:transfer",
       r"\bin\W+exchange\W+for\W+(?:cows|cattle|goats|money|cash|a\W+debt|dowry)\b|\b(?:paid|gave)\W+(?:her|his|"
       r"the\W+girl's|the\W+boy's|the\W+child's)\W+(?:parents|father|mother|family|guardian|uncle|aunt)\b|"
       r"\b(?:parents|father|mother|guardian|"
       r"family)\b" + gap(2) + r"(?:received|was paid|were paid|got|accepted|took)\W+(?:[\w']+\W+)?"
       r"(?:money|cash|cows|cattle|goats|dowry|bride price|shillings|\d)|"
       r"\b(?:baba|mama|wazazi|mzazi|mjomba|shangazi|babake|"
       r"mamake)\w*\b" + gap(2) + r"[a-z']{0,12}(?:pokea|pewa)\b" + gap(2) +
       r"(?:pesa|ng'ombe|mbuzi|mahari|shilingi|\d)",
       "payment to a parent or guardian who had control over the person", negated=None),

    # -- purpose: forms of exploitation --------------------------------------------------------
    _c("purpose:sexual_exploitation means:force",
       FORCE + r"(?:prostitution|sex\W+work|have\W+sex|sleep\W+with|see\W+(?:[\w']+\W+){0,3}?(?:clients|men|customers)|"
       r"entertain|serve\W+(?:clients|men|customers))",
       "forced into sex with clients", negated=None),
    _c("purpose:sexual_exploitation means:force",
       FORCE_SW + r"(?:kulala\W+na|ukahaba|umalaya|kufanya\W+ngono|kufanya\W+mapenzi|kuuza\W+mwili|"
       r"biashara\W+ya\W+ngono)",
       "forced into sex with clients", negated=None),
    _c("purpose:sexual_exploitation means:coercion",
       r"\b(?:must|had\W+to|have\W+to|has\W+to|told\W+to|lazima)\W+(?:[\w']+\W+){0,3}?(?:go\W+with|sleep\W+with|"
       r"have\W+sex\W+with|dance\W+for|entertain|serve|kulala\W+na|alale\W+na)\W+(?:the\W+)?"
       r"(?:customers|clients|men|guests|tourists|wateja|wanaume|wageni)\b",
       "made to have sex with clients", negated=None),
    _c("purpose:sexual_exploitation",
       r"\b(?:men|clients|customers|wateja|"
       r"wanaume)\b" + gap(4) + r"(?:paid|pay|pays|paying|[a-z']{0,12}lipa)\b" + gap(5) +
       r"(?:to\W+(?:sleep|have\W+sex)|for\W+sex|ili\W+[a-z']{0,12}lale|kulala|kufanya\W+mapenzi|kufanya\W+ngono)|"
       r"\b(?:sle(?:pt|ep|eps)|have\W+sex|had\W+sex)\W+with\W+(?:men|clients|customers)\W+(?:for\W+money|who\W+paid)\b|"
       r"\bsold\W+for\W+sex\b|\bsexual(?:ly)?\W+exploit\w*",
       "sex with men who paid someone else", negated=None),
    _c("purpose:sexual_exploitation",
       r"\b(?:prostitut\w*|brothel|sex\W+work\w*|commercial\W+sex|sugar\W+daddy|massage\W+parlou?r|ukahaba|umalaya|"
       r"danguro|"
       r"biashara\W+ya\W+ngono|kuuza\W+mwili)\b",
       "commercial sex", affirmed="weak", negated=None),
    _c("purpose:forced_labour means:force",
       FORCE + r"(?:work|works|working|labour|do\W+(?:all\W+)?(?:the\W+)?(?:housework|work|chores)|clean|cook|dig|"
       r"herd|farm|fish|sell|hawk|vend|carry|fetch|wash|look\W+after|mind|pick|harvest|break)\b",
       "forced to work", negated=None),
    _c("purpose:forced_labour means:force", FORCE_SW + r"(?:kufanya\W+kazi|kazi|kulima|kuchunga)\b", "forced to work",
       negated=None),
    _c("purpose:forced_labour means:force", r"\b[a-z']{0,12}fanyishwa\W+kazi\b", "made to work", negated=None),
    _c("purpose:slavery", r"\b(?:like\W+a\W+slave|as\W+a\W+slave|slave\W+labou?r|slaves?|enslaved|kama\W+mtumwa|"
        r"utumwa)\b",
       "treated as a slave", negated=None),
    _c("purpose:slavery",
       rf"\b(?:sold|bought)\W+(?:{OBJ}|the\W+(?:girl|boy|child|children|woman|women))\b|\b(?:was|were)\W+sold\b|"
       r"\b(?:[a-z]{1,3}(?:li|me|ka|na|ta)(?:mu|m|ni|wa|tu|ku)uza|[a-z']{0,12}uzwa)\b",
       "a person sold", negated=None),
    _c("purpose:servitude", r"\b(?:servitude|utwana)\b", "servitude", negated=None),
    _c("purpose:forced_criminality means:coercion",
       SEND + r"(?:steal|pick\W+pockets|pickpocket|rob|snatch|sell\W+drugs|sell\W+bhang|carry\W+drugs|"
       r"traffic\W+drugs|deliver\W+drugs|peddle)\b",
       "made to steal or deal drugs for someone else", negated=None),
    _c("purpose:forced_criminality means:coercion",
       r"\b[a-z']{0,12}(?:lazimisha|lazimishwa|tuma|tumwa)\w*\W+(?:[\w']+\W+)?(?:kuiba|kuuza\W+(?:bangi|dawa|unga|"
       r"mihadarati)|"
       r"kubeba\W+(?:bangi|dawa|unga|mihadarati|mzigo))\b",
       "made to steal or carry drugs for someone else", negated=None),
    _c("purpose:forced_criminality",
       r"\b(?:carr(?:y|ied|ying)|"
       r"swallow\w*)\b" + gap(3) + r"(?:drugs|heroin|cocaine|bhang|narcotics|a\W+bag|the\W+bag|parcels?)\b|"
       r"\bgang\b|\b(?:pick(?:ing|ed)?\W+pockets|pickpocket\w*|steal\w*|stole|theft|kuiba|aliiba)\b|"
       r"\b(?:sell\w*|peddl\w*|deal\w*|hawk\w*|kuuza|akiuza|anauza)\W+(?:drugs|bhang|heroin|cocaine|weed|bangi|"
       r"mihadarati|unga)\b|"
       r"\b(?:kubeba|akibeba)\W+(?:bangi|dawa|unga|mihadarati)\b",
       "crime (theft, carrying drugs)", affirmed="weak", negated=None),
    _c("purpose:forced_begging means:coercion", r"\b(?:forced|made|sent|used|taken|brought)\b" + gap(3) + r"to\W+beg\b|"
       r"\b[a-z']{0,12}(?:lazimishwa|tumwa)\W+(?:ku)?omba(?:omba)?\b", "made to beg for someone else", negated=None),
    _c("purpose:forced_begging", r"\b(?:begging|beg(?:s|ged)?\W+on\W+the\W+(?:street|road)|kuombaomba|ombaomba)\b",
       "begging", affirmed="weak", negated=None),
    _c("ctx:proceeds",
       r"\b(?:hand|hands|handed|give|gives|gave|bring|surrender)\b(?:\W+(?:over|in|her|him|them))?" + gap(2) +
       r"(?:all|everything|the\W+money|the\W+takings|all\W+the\W+money)\b|"
       r"\b(?:keeps|kept|takes|took|collects|collected)\W+(?:all\W+the\W+money|all\W+(?:her|his|their)\W+(?:money|"
       r"earnings)|everything\W+(?:she|he|they)\W+(?:earn|make|collect)\w*)\b|"
       r"\b[a-z']{0,12}(?:kabidhi|mpa|wapa|mpe|wape)\b" + gap(2) + r"(?:pesa|hela|mapato)\W+(?:zote|yote)\b",
       "hands over everything earned", negated=None),
    _c("purpose:forced_marriage",
       r"\b(?:married\W+off|forced\W+(?:in)?to\W+marry|forced\W+marriage|child\W+(?:bride|marriage)|early\W+marriage|"
       r"given\W+(?:away\W+)?(?:in|for)\W+marriage)\b|\b[a-z']{0,12}ozesh(?:a|wa)\b|\bndoa\W+ya\W+(?:mapema|lazima|"
       r"kulazimishwa)\b|"
       r"\b[a-z']{0,12}lazimishwa\W+kuolewa\b|\bkuolewa\W+kwa\W+nguvu\b",
       "forced or early marriage", negated=None),
    _c("purpose:forced_marriage",
       r"\b(?:(?:was|were|got)\W+married|wife\W+of|aliolewa|kuolewa|bride|niolewe|aolewe|nimwoe|amwoe|kumwoa|ndoa)\b",
       "married", affirmed="weak", negated=None),
    _c("purpose:organ_removal",
       r"\b(?:kidneys?|organs?|cornea|liver)\b" + gap(4) + r"(?:removed|harvested|taken|sold|stolen|cut)|"
       r"\b(?:remov\w*|harvest\w*|sell|sold|took|take)\b" + gap(3) + r"(?:kidney|organ)s?\b|"
       r"\b(?:figo|viungo\W+vya\W+mwili)\b" + gap(3) + r"[a-z']{0,12}(?:tolewa|ondolewa|uzwa|chukuliwa|ibiwa)\b|"
       r"\b[a-z']{0,12}(?:toa|tolewa|ondoa|ondolewa|chukua|iba|uza)\W+(?:[\w']+\W+)?(?:figo|viungo)\b",
       "removal of an organ", negated=None),
    _c("purpose:pornography",
       r"\b(?:naked|nude|sexual)\W+(?:photos?|pictures?|videos?|images?)|\b(?:filmed|photographed|"
       r"recorded)\b" + gap(3) +
       r"(?:naked|nude|having\W+sex)|\bporn\w*|\b(?:picha|video)\W+(?:za\W+)?(?:uchi|ngono|chafu)\b",
       "sexual images made of the person", negated=None),
    _c("purpose:child_soldiers", r"\b(?:al[- ]?shabaa?b|militia|armed\W+group|rebel\W+group|wanamgambo)\b",
       "an armed group", affirmed="weak", negated=None),
    _c("ctx:child_work",
       r"\b(?:work(?:s|ed|ing)?\W+(?:as|for|at|in|on)|employed|house\W?help|housegirl|house\W+girl|maid|nanny|"
       r"herd(?:s|ed|ing)?\W+(?:cattle|goats)|breaking\W+stones|domestic\W+work\w*|[a-z']{0,12}fanya\W+kazi|"
       r"kazi\W+za\W+nyumbani|"
       r"mfanyakazi\W+wa\W+nyumbani|msaidizi\W+wa\W+nyumbani|yaya|kuchunga\W+(?:ng'ombe|mbuzi)|kazi\W+(?:za|"
       r"ya)\W+nyumbani)\b",
       "a child put to work", negated=None),

    # -- context -------------------------------------------------------------------------------
    _c("ctx:work",
       r"\b(?:job|jobs|employ\w*|boss|madam|supervisor|foreman|salary|wages|house\W?help|housegirl|house\W+girl|maid|"
       r"nanny|"
       r"domestic\W+work\w*|worker|workers|work(?:ed|s|ing)?\W+(?:as|for|at|in|on|from|until)|agent|broker|recruiter|"
       r"bureau|"
       r"agency|clients|customers|gang|brothel|farm|plantation|factory|quarry|mine|construction|shop|kazi|mwajiri|"
       r"waajiri|"
       r"bosi|mama\W+mwenye\W+nyumba|mshahara|msimamizi|wakala|dalali|mfanyakazi|wafanyakazi|wateja|shamba|shambani|"
       r"kiwanda|machimbo|mgodi|mjengo|ujenzi|lodging|massage\W+parlou?r|at\W+work|kazini|dealer|employer's)\b",
       "", negated=None),
    _c("ctx:partner",
       r"\b(?:husband|wife|boyfriend|girlfriend|partner|fianc\w*|mume|mumewe|mke|mkewe|mpenzi)\b", "", negated=None),
)

# Push factors, sectors and recruiter relations: (target, pattern).
TAG_PATTERNS: tuple[tuple[str, str], ...] = (
    ("push:poverty", r"\b(?:poverty|poor|no\W+food\W+at\W+home|could\W+not\W+afford|couldn't\W+afford|umaskini|"
        r"maskini|hali\W+ngumu|"
                     r"ufukara|hard\W+life|struggling\W+financially)\b"),
    ("push:unemployment", r"\b(?:unemploy\w*|jobless|no\W+job|without\W+a\W+job|lost\W+(?:her|his|my|their)\W+job|"
                          r"(?:looking|search(?:ing)?)\W+for\W+(?:a\W+)?(?:job|work)|in\W+search\W+of\W+work|"
                          r"kutafuta\W+kazi|"
                          r"ukosefu\W+wa\W+(?:ajira|kazi)|hana\W+kazi|hakuwa\W+na\W+kazi|bila\W+kazi|kukosa\W+kazi)\b"),
    ("push:family_pressure", r"\b(?:to\W+support\W+(?:her|his|my|their)\W+(?:family|siblings|parents|mother|children)|"
                             r"family\W+(?:pressure|expected)|(?:her|his|my)\W+(?:parents|mother|father|"
                             r"family)\W+(?:told|sent|pushed|asked)\W+"
                             r"(?:her|him|me)|kusaidia\W+(?:familia|wazazi)|kutunza\W+familia|"
                             r"shinikizo\W+la\W+familia|wazazi\W+walimtuma)\b"),
    ("push:education_costs", r"\b(?:school\W+fees|karo|ada\W+ya\W+shule|dropped\W+out\W+of\W+school|aliacha\W+shule|"
                             r"could\W+not\W+pay\W+(?:for\W+)?school)\b"),
    ("push:violence_at_home", r"\b(?:stepmother|stepfather|mama\W+wa\W+kambo|baba\W+wa\W+kambo|"
        r"ran\W+away\W+from\W+home|"
                              r"alitoroka\W+nyumbani|abuse\W+at\W+home|violence\W+at\W+home)\b"),
    ("push:displacement", r"\b(?:drought|famine|floods?|flooding|conflict|war|refugees?|displaced|ukame|mafuriko|"
        r"vita|mkimbizi|wakimbizi)\b"),
    ("push:debt", r"\b(?:loans?|mkopo|mikopo|shylock|(?:family|parents|mother|father)\W+(?:was|were|had|"
        r"in)\W+(?:in\W+)?debt)\b"),
    ("sector:domestic_work", r"\b(?:house\W?help|housegirl|house\W+girl|maid|domestic\W+work\w*|nanny|housework|"
        r"kazi\W+za\W+nyumbani|"
                             r"mfanyakazi\W+wa\W+nyumbani|msaidizi\W+wa\W+nyumbani|yaya|mama\W+fua)\b"),
    ("sector:agriculture", r"\b(?:farm|farms|plantation|shamba|shambani|tea\W+(?:estate|picking|farm)|miraa|khat|"
        r"kilimo|"
                           r"herd\w*\W+(?:cattle|goats)|kuchunga|mifugo)\b"),
    ("sector:fishing", r"\b(?:fishing|fishermen|fisherman|fishing\W+boats?|uvuvi|wavuvi)\b"),
    ("sector:construction", r"\b(?:construction|building\W+site|mjengo|ujenzi|mason)\b"),
    ("sector:hospitality", r"\b(?:hotel|restaurant|bar|club|lodging|guest\W+house|hoteli|mkahawa|baa|waitress|waiter|"
        r"mhudumu)\b"),
    ("sector:manufacturing", r"\b(?:factory|factories|kiwanda|viwanda|manufactur\w*)\b"),
    ("sector:mining", r"\b(?:mine|mines|mining|quarry|quarries|machimbo|mgodi|migodi|breaking\W+stones)\b"),
    ("sector:begging", r"\b(?:begging|beg|kuombaomba|ombaomba)\b"),
    ("sector:sex_industry", r"\b(?:prostitut\w*|brothel|sex\W+work\w*|massage\W+parlou?r|danguro|ukahaba|umalaya)\b"),
    ("sector:transport", r"\b(?:matatu|boda\W?boda|tuk-tuk|lorry|truck\W+driver|tout|makanga)\b"),
    ("sector:retail", r"\b(?:shop|kiosk|hawk\w*|vendor|vending|duka|kibanda|mama\W+mboga|supermarket|"
        r"shop\W+attendant)\b"),
    ("rel:intimate_partner", r"\b(?:boyfriend|girlfriend|husband|partner|fianc\w*|lover|mpenzi|mume|mumewe|mchumba)\b"),
    ("rel:friend", r"\b(?:friend|friends|rafiki)\b"),
    ("rel:family", r"\b(?:aunt|auntie|uncle|cousin|relative|sister|brother|stepmother|grandmother|father|mother|"
        r"parents|"
                   r"shangazi|mjomba|binamu|ndugu|dada|kaka|mama\W+mdogo|baba\W+mdogo|shemeji|wazazi|baba\W+yake|"
                   r"mama\W+yake)\b"),
    ("rel:employment_agency", r"\b(?:agent|agents|agency|bureau|broker|recruitment\W+(?:firm|company)|wakala|dalali|"
        r"ajenti)\b"),
    ("rel:other", r"\b(?:stranger|neighbour|pastor|teacher|jirani|mgeni|jamaa\W+mmoja|a\W+man|a\W+woman|"
        r"mwanamke\W+mmoja|"
                  r"mwanaume\W+mmoja|boss)\b"),
)
COMPILED_TAGS: tuple[tuple[str, re.Pattern], ...] = tuple((target, re.compile(p, re.I)) for target, p in TAG_PATTERNS)
