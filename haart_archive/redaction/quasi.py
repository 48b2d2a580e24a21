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
from haart_archive.redaction.windows import word_windows

_PERSON_SW = r"(?:msichana|mwanamke|mwanamume|mvulana|mtu|mtoto|kijana|mwanafunzi|mama|baba|mzee|binti)"
_BODY = (
    r"(?:fingers?|thumbs?|toes?|hands?|arms?|legs?|foot|feet|eyes?|ear\s+lobes?|earlobes?|ears?|teeth|tooth|nose|lips?|limbs?|"
    r"kidole|vidole|mkono|mikono|mguu|miguu|jicho|macho|sikio|masikio|jino|meno|pua)"
)
# Where on the body a mark or an injury is ("on her left forearm", "shingoni", "kwenye paji la uso").
_BODY_PART = (
    r"(?:eyes?|eyebrows?|eyelids?|cheeks?|chin|forehead|face|neck|shoulders?|back|arms?|forearms?|wrists?|hands?|"
    r"palms?|fingers?|thumbs?|legs?|thighs?|knees?|shins?|ankles?|foot|feet|toes?|heels?|soles?|head|scalp|lips?|"
    r"ears?|nose|chest|breasts?|stomach|belly|abdomen|hips?|jaw|mouth|teeth|tooth|skin|buttocks?|spine)"
)
_BODY_SW = (
    r"(?:shingoni|usoni|mgongoni|mkononi|mikononi|mguuni|miguuni|kichwani|kifuani|shavuni|tumboni|begani|"
    r"kiunoni|kidevuni|mdomoni|sikioni|goti(?:ni)?|kiganja(?:ni)?|paji\s+la\s+uso|unyayo(?:ni)?|nyayo(?:ni)?)"
)
# The triggers run on the lower-cased text (so the patterns are lower-cased and must not use
# upper-case escapes such as \W or \S), each only around its keywords (KEYWORDS, below).
TRIGGERS: tuple[tuple[str, float, re.Pattern], ...] = tuple(
    (reason, confidence, re.compile(pattern.lower())) for reason, confidence, pattern in (
        ("uniqueness ('the only ...') can point to one person", 0.75,
         r"\b(?:the|[a-z]+['’]s)\s+only\b(?!\s+(?:way|thing|time|reason|option|choice|hope|food|job|work|money)\b)"),
        ("uniqueness ('pekee') can point to one person", 0.75,
         rf"\b(?:{_PERSON_SW}|mimi|yeye|wao|sisi|wewe|mkenya|mwafrika|mfanyakazi|dereva|mwalimu|nyumba|kanisa|"
         rf"duka|familia|ndiye|ndio|ndie)\b(?:\s+\w+){{0,3}}?\s+pekee\b"),
        # any noun that is the only one of its kind ("mhudumu pekee wa kike"), but not a way or a reason
        ("uniqueness ('pekee') can point to one person", 0.7,
         r"\b(?!(?:njia|nafasi|kitu|vitu|jambo|mambo|sababu|chaguo|tumaini|suluhisho|wakati|mara|siku|pesa|chakula)\b)"
         r"[a-z]{3,}\s+pekee\s+(?:wa|ya|la|cha|za|kwa|katika|aliye|anaye)\b"),
        ("uniqueness ('the first ...') can point to one person", 0.65,
         r"\b(?:the\s+)?(?:first|last|youngest|oldest|tallest|only)\s+(?:\w+\s+){0,2}?(?:woman|man|girl|boy|"
         r"person|child|student|pupil|kenyan|one|female|male|lady|candidate|member)\b"),
        ("uniqueness ('wa kwanza ...') can point to one person", 0.65, rf"\b{_PERSON_SW}\s+wa\s+kwanza\b"),
        ("first or best in an exam, with its year or school", 0.8,
         r"\b(?:best|top|first|position\s+(?:one|1)|number\s+one|bora|alama\s+za\s+juu)\b[^.\n]{0,50}?"
         r"\b(?:KCPE|KCSE|KCE|CPE|exams?|examinations?|mtihani|candidate)\b"),
        ("first or best in an exam, with its year or school", 0.8,
         r"\b(?:KCPE|KCSE|mtihani)\b[^.\n]{0,40}?\b(?:best|top|first|bora|wa\s+kwanza)\b"),
        ("twins or triplets", 0.7,
         r"\b(?:(?:are|were|is\s+a|was\s+a|one\s+of(?:\s+the)?|only(?:\s+set\s+of)?)\s+(?:twins?|triplets?|"
         r"quadruplets?)|twin\s+(?:sister|brother|daughter|son)s?|(?:ni|wa)\s+mapacha|pacha\s+wa)\b"),
        ("a distinctive body mark (scar, burn, tattoo, birthmark)", 0.8,
         r"\b(?:scars?|scarred|burn\s+marks?|burn\s+scars?|burns\s+on|burnt\s+(?:on|across)|tattoo(?:s|ed)?|"
         r"birthmark|kovu|makovu|alama\s+ya\s+(?:kuungua|kuchomwa|moto)|chale|tatuu|tattoo)\b"),
        ("a missing finger, limb, eye or ear", 0.8,
         rf"\b(?:missing|lost|without|amputated|cut\s+off|hana|amekatwa|alikatwa|kukatwa|imekatika|"
         rf"kimekatika|vimekatika|amekatika|alikatika|nimekatika|amepoteza|alipoteza|nimepoteza|nilipoteza|"
         rf"ameng'olewa|aling'olewa|nimeng'olewa)\s+(?:(?:the|a|an|one|two|three|her|his|my|their|top|tip|of|"
         rf"little|left|right|middle|index|ring|moja|mbili|\w+)\s+){{0,7}}{_BODY}\b"),
        ("a distinctive body mark or injury and where it is", 0.75,
         rf"\b(?:cuts?|wounds?|injur(?:y|ies)|bruises?|fractures?|swellings?|stitches|lumps?|patch|blisters?|"
         rf"sores?|gash|welts?|marks?|scars?|burns?)\b[^.\n;:]{{0,45}}?\b(?:on|above|below|across|over|through|"
         rf"near|behind|of|in|at|to)\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+|both\s+)?(?:[\w'-]+\s+){{0,2}}?"
         rf"{_BODY_PART}\b"),
        ("a distinctive body mark or injury and where it is", 0.75,
         rf"\b(?:broken|dislocated|deformed|crooked|twisted|burnt|burned|scarred|swollen|fractured|paralys|"
         rf"paralyz|withered|damaged|disfigured|healed\s+fracture\s+of\s+the)\w*\s+(?:[\w'-]+\s+){{0,2}}?"
         rf"{_BODY_PART}\b"),
        ("a distinctive body mark or injury and where it is", 0.75,
         rf"\b(?:jeraha|majeraha|kidonda|vidonda|alama\s+ya\s+kuzaliwa|alama\s+ya\s+\w+|uvimbe|mchubuko|"
         rf"michubuko)\b[^.;:]{{0,40}}?{_BODY_SW}|\balama\s+ya\s+kuzaliwa\b"),
        ("a missing finger, limb, eye or ear", 0.75,
         r"\b(?:kidole|jicho|sikio|mkono|mguu|jino)\s+(?:kimoja|moja|mmoja)(?:\s+tu)?\b"),
        ("a missing finger, limb, eye or ear", 0.8,
         rf"\b{_BODY}\s+(?:\w+\s+){{0,4}}(?:imekatika|kimekatika|vimekatika|amputated|cut\s+off|missing)\b"),
        ("a missing finger, limb, eye or ear", 0.75,
         r"\b(?:one[- ](?:eyed|armed|legged)|jicho\s+moja|la\s+kioo|glass\s+eye|artificial\s+(?:leg|arm|eye)|"
         r"prosthetic|wheelchair|crutches|kiti\s+cha\s+magurudumu|magongo)\b"),
        ("albinism", 0.85, r"\b(?:albinism|albino|ualbino|zeruzeru)\b"),
        ("a limp or another visible disability", 0.8,
         r"\b(?:cannot\s+(?:hear|see|walk|speak|talk)|can't\s+(?:hear|see|walk|speak)|hard\s+of\s+hearing|mute|"
         r"bubu|hasemi|hasikii|haoni|hatembei|mlemavu|ulemavu|limps?|limping|limped|anachechemea|akichechemea|"
         r"kuchechemea|kilema|kiwete|"
         r"hunchback|hunched|stammers?|stammering|stutters?|stuttering|kigugumizi|deaf|kiziwi|blind\s+in|"
         r"kipofu|cleft\s+lip|mdomo\s+wa\s+sungura|six\s+fingers|vidole\s+sita)\b"),
        ("a prize, a title or fame can point to one person", 0.7,
         r"\b(?:(?:who|that|which)\s+(?:had\s+|has\s+|once\s+)?won(?!['’])|aliyeshinda|ambaye\s+alishinda|"
         r"(?:county|national|school|district|regional|village|ward|sub-county|kaunti|kitaifa|shule)\s+(?:champions?|"
         r"championship|winners?|bingwa|mshindi)|(?:well[- ]known|famous|popular|maarufu)\s+(?:[\w-]+\s+)?"
         r"(?:preacher|pastor|singer|musician|dj|presenter|footballer|player|athlete|runner|boxer|dancer|comedian|"
         r"actor|actress|artist|businessman|businesswoman|trader|herbalist|healer|mganga|mwimbaji|mchezaji|mhubiri|"
         r"mwanamuziki|mfanyabiashara|msanii|mtangazaji)|head\s+(?:girl|boy)|school\s+captain|spelling\s+bee|"
         r"kiranja\s+mkuu)\b"),
        ("missing or broken front teeth", 0.8,
         r"\b(?:(?:gap|gaps)\s+(?:where|between|in)\s+(?:\w+\s+){0,3}(?:teeth|tooth)|"
         r"(?:missing|broken|knocked[- ]out|chipped)\s+(?:\w+\s+){0,2}(?:teeth|tooth)|"
         r"(?:front\s+)?(?:teeth|tooth)\s+(?:\w+\s+){0,2}(?:knocked\s+out|missing|broken)|"
         r"(?:amevunjika|alivunjika|amevunjwa|alivunjwa|ameng'olewa|aling'olewa|hana)\s+(?:jino|meno)|"
         r"(?:jino|meno)\s+(?:la|ya)\s+mbele\s+(?:\w+\s+)?(?:limevunjika|yamevunjika|limeng'olewa|hakuna))\b"),
        ("a missing finger, limb, eye or ear", 0.8,
         rf"\b(?:congenital\s+)?absence\s+of\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:\w+\s+){{0,2}}{_BODY}\b"),
        ("a limp or another visible disability", 0.8,
         r"\b(?:hawezi|hakuweza|siwezi)\s+ku(?:sikia|ona|tembea|ongea|zungumza|sema)\b"),
        ("a distinctive body mark (scar, burn, tattoo, birthmark)", 0.8,
         r"\b(?:alama\s+za\s+(?:kimila|kuchanjwa|kabila|jadi|kuchomwa)|tribal\s+marks?|facial\s+marks?|"
         r"ritual\s+(?:scars?|marks?)|cultural\s+marks?)\b"),
        ("a role only one person holds", 0.65,
         r"\b(?:mke|mume|mjane|mtoto|binti|mwana|kitinda\s+mimba|wife|husband|widow|son|daughter|"
         r"last[- ]born|first[- ]born|firstborn)\s+(?:wa|of)\s+(?:the\s+|our\s+|that\s+)?(?:\w+\s+)?"
         r"(?:pastor|chief|imam|sheikh|bishop|priest|reverend|mp|mca|governor|headteacher|head\s+teacher|"
         r"mchungaji|chifu|askofu|mbunge|padri|kasisi|shehe|mwalimu\s+mkuu|mkuu)\b"),
        ("a role only one person holds", 0.65,
         r"\b(?:ni|yule|alikuwa|ndiye)\s+(?:yule\s+)?(?:mkuu)\s+wa\s+(?:polisi|kituo|shule|wilaya|kaunti|gereza|kambi)\b"),
        ("a gold tooth", 0.85, r"\b(?:gold(?:en)?\s+(?:tooth|teeth)|jino\s+la\s+dhahabu|meno\s+ya\s+dhahabu)\b"),
        ("a role only one person holds", 0.6,
         r"\b(?:chairman|chairlady|chairperson|secretary|treasurer|patron|captain|headteacher|head\s+teacher|"
         r"principal|MCA|councillor|village\s+elder|assistant\s+chief|chief|imam|pastor|priest|bishop|"
         r"mwenyekiti|katibu|mweka\s+hazina|chifu|mwalimu\s+mkuu|mzee\s+wa\s+kijiji)\s+(?:of|wa|ya|at|for)\s+"
         r"(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,3}?(?:group|kikundi|youth|vijana|village|kijiji|estate|mtaa|"
         r"church|kanisa|mosque|msikiti|school|shule|sacco|market|soko|association|women|wanawake|self-help|boda|"
         r"stage|location|sub-location|ward|kata|club|team|timu)\b"),
        ("a distinctive skin condition or mark", 0.8,
         r"\b(?:keloids?|vitiligo|moles?\s+(?:on|above|below|near)|birth\s+marks?|freckles|ngozi\s+yenye\s+madoa|"
         r"madoa\s+meupe|(?:white|pale|dark)\s+patches|patches\s+on)\b"),
        ("one arm, leg or eye, or a count of fingers", 0.8,
         r"\b(?:(?:has|had|with|having|only)\s+(?:only\s+)?one\s+(?:arm|leg|hand|eye|ear|kidney|foot)|"
         r"(?:kidole|vidole)\s+(?:\w+\s+){0,2}tu\b|(?:only|just)\s+(?:one|two|three|four|\d)\s+fingers)\b"),
        ("first or best in an exam, with its year or school", 0.75,
         r"\b(?:wa\s+kwanza|bora|wa\s+mwisho)\s+(?:katika|darasani|shuleni|kaunti|kitaifa|nchini)\b|"
         r"\b(?:first|top|best)\s+(?:in|of)\s+(?:her|his|my|the|their)\s+(?:class|school|county|district|year|"
         r"form|stream)\b"),
        # Someone described as the one who does a thing: "I am the woman who used to read the news".
        ("a description that fits one person ('I am the woman who ...')", 0.7,
         r"\b(?:i\s+am|i'm|i\s+was|she\s+is|she's|he\s+is|he's|she\s+was|he\s+was|known\s+as)\s+the\s+"
         r"(?:[a-z-]+\s+){0,2}?(?:woman|man|girl|boy|lady|one|person|mother|teacher|nurse|driver|guy)\s+"
         r"(?:who|that|whose)\b"),
        # unique in a place ("za kipekee katika eneo hili"), not "special" ("hatua za kipekee")
        ("uniqueness ('kipekee') can point to one person", 0.7,
         r"\b(?:za|wa|ya|la|cha|vya)\s+kipekee\s+(?:katika\s+(?:eneo|kijiji|mtaa|shule|kaunti|jamii)|kijijini|mtaani|"
         r"shuleni|eneo|kwenye\s+(?:eneo|kijiji|mtaa|shule))"),
    )
)
_LEFT = re.compile(
    r"(?:[.;!?:()\[\]\"“”]|\n(?![ \t]*[a-z])|,|"
    r"\b(?:because|since|but|and|that|kwa\s+sababu|lakini|kwamba|ila)\b)\s*",
    re.IGNORECASE,
)
_RIGHT = re.compile(r"[.;!?()\"“”,]|\n(?![ \t]*[a-z])|"
                    r"\s(?:whom|which|but|lakini|because|kwa\s+sababu|so\s+that|hivyo|kwa\s+hiyo)\s",
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
    "top", "bora", "position", "number", "amekatika", "alikatika", "nimekatika", "amepoteza", "alipoteza",
    "nimepoteza", "nilipoteza", "ameng", "aling", "nimeng", "cuts", "wound", "wounds", "injury", "injuries",
    "bruise", "bruises", "fracture", "fractures", "swelling", "swellings", "stitches", "lump", "lumps", "patch",
    "blister", "blisters", "sore", "sores", "gash", "welt", "welts", "mark", "marks", "broken", "dislocated",
    "deformed", "crooked", "twisted", "burned", "swollen", "fractured", "paralysed", "paralyzed", "withered",
    "damaged", "disfigured", "healed", "jeraha", "majeraha", "kidonda", "vidonda", "uvimbe", "mchubuko",
    "michubuko", "kidole", "sikio", "mkono", "mguu", "cannot", "hard", "mute", "bubu", "hasemi", "hasikii",
    "gap", "gaps", "knocked", "chipped", "teeth", "tooth", "amevunjika", "alivunjika", "amevunjwa", "alivunjwa",
    "absence", "hawezi", "hakuweza", "siwezi", "tribal", "facial", "ritual", "cultural", "mke", "mume", "mjane",
    "mtoto", "binti", "mwana", "kitinda", "wife", "husband", "widow", "son", "daughter", "born", "firstborn",
    "mkuu", "limevunjika", "yamevunjika", "limeng",
    "haoni", "hatembei", "mlemavu", "ulemavu", "won", "wins", "hear", "see", "walk", "speak", "winner", "winning",
    "champion", "champions",
    "championship", "mshindi", "alishinda", "ameshinda", "famous", "well", "maarufu", "spelling", "school",
    "kiranja", "scarred", "aliyeshinda", "bingwa", "popular", "winners",
])
_REACH = 70


# How far past its trigger a detail about the body reaches ("a scar [shaped like a hook]", "kovu
# kubwa [la kuungua upande wa kulia wa uso]"); a trigger that already names the place on the body
# reaches less. Uniqueness and roles take their whole clause ("the only girl ... who ...").
_REACH_AFTER = {
    "a distinctive body mark or injury and where it is": 25,
    "a distinctive body mark (scar, burn, tattoo, birthmark)": 55,
    "a missing finger, limb, eye or ear": 30,
    "a distinctive skin condition or mark": 45,
    "one arm, leg or eye, or a count of fingers": 45,
    "a limp or another visible disability": 30,
    "a gold tooth": 30,
    "missing or broken front teeth": 25,
}
# After a mark, its cause is part of the detail ("a burn scar on the hand, from a flat iron").
_CAUSE = re.compile(r",[ \t]*(?:from|caused\s+by|after|due\s+to|inflicted|kutokana\s+na|baada\s+ya|alipo[a-z]+)\b",
                    re.IGNORECASE)
_CAUSE_REASONS = frozenset(["a distinctive body mark or injury and where it is", "a distinctive skin condition or mark",
                            "a distinctive body mark (scar, burn, tattoo, birthmark)",
                            "a missing finger, limb, eye or ear", "missing or broken front teeth"])


# After a comma, what still belongs to the detail: where and when ("..., at Moi Girls in 2019"),
# with what ("..., with a solar water project"), its size ("..., about 8 cm long") or how unique
# it is ("..., za kipekee katika eneo hili").
_TAIL = re.compile(r",[ \t]*(?=(?:at|in|with|about|around|approximately|measuring|za|wa|ya|katika|kwenye|tangu|"
                   r"since)\b)", re.IGNORECASE)
_TAIL_REACH = 60


def _cut(text: str, end: int, right: int, reach: int | None) -> int:
    """The clause's end, at most `reach` characters (to a word's end) past the trigger."""
    if reach is None or right <= end + reach:
        return right
    space = text.find(" ", end + reach, right)
    return right if space < 0 else space


# Keywords of the later triggers, kept to their own trigger so that common words ("girl", "one")
# do not widen the windows of the others.
_OWN_KEYWORDS = {
    "a distinctive skin condition or mark": frozenset(["keloid", "keloids", "vitiligo", "moles", "birth", "freckles",
                                                       "ngozi", "madoa", "patches"]),
    "one arm, leg or eye, or a count of fingers": frozenset(["one", "fingers", "kidole", "vidole"]),
    "first or best in an exam, with its year or school": frozenset(["class"]),
    "a description that fits one person ('I am the woman who ...')": frozenset([
        "woman", "man", "girl", "boy", "lady", "person", "mother", "teacher", "nurse", "driver", "guy"]),
    "uniqueness ('kipekee') can point to one person": frozenset(["kipekee"]),
}
# The keywords each trigger holds: a trigger runs only around its own.
_TRIGGER_WORDS = tuple(frozenset(kw for kw in KEYWORDS if re.search(rf"(?<![a-z]){kw}", p.pattern))
                       | _OWN_KEYWORDS.get(r, frozenset()) for r, _c, p in TRIGGERS)


def _matches(low: str) -> Iterator[tuple[re.Match, str, float]]:
    for (reason, confidence, pattern), words in zip(TRIGGERS, _TRIGGER_WORDS, strict=True):
        for lo, hi in word_windows(low, low, words, _REACH, _REACH):
            for m in pattern.finditer(low, lo, hi):
                yield m, reason, confidence


def quasi_suggestions(text: str) -> Iterator[Suggestion]:
    """QUASI_IDENTIFIER suggestions, one a clause and trigger, with the reason."""
    low = lowered(text)
    for m, reason, confidence in _matches(low):
        start, end = _clause(text, m.start(), m.end())
        end = _cut(text, m.end(), end, _REACH_AFTER.get(reason))
        if reason in _CAUSE_REASONS and _CAUSE.match(text, end):
            after = _RIGHT.search(text, end + 1, end + _WINDOW)
            end = after.start() if after else end
        tail = _TAIL.match(text, end)
        if tail:
            after = _RIGHT.search(text, tail.end(), tail.end() + _TAIL_REACH)
            if after:
                end = after.start()
            elif len(text) - tail.end() <= _TAIL_REACH:
                end = len(text.rstrip())
        yield Suggestion(start, end, EntityType.QUASI_IDENTIFIER, confidence, reason, text[start:end])
