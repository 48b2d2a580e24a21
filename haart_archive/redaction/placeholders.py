"""Readable placeholders in the text's language: "[name]", "[place]"; "[jina]", "[mahali]".

A redacted text is read by the public; "[ORGANIZATION] ya kazi" reads like a form, "[shirika]"
like a sentence. The language of a text is guessed from its most frequent small words, which is
enough to choose between English and Swahili (code-switched text goes by its majority).
"""

from __future__ import annotations

import re

from haart_archive.redaction.types import EntityType

PLACEHOLDERS: dict[str, dict[EntityType, str]] = {
    "en": {
        EntityType.PERSON: "name", EntityType.LOCATION: "place", EntityType.ORGANIZATION: "organisation",
        EntityType.PHONE: "phone number", EntityType.NATIONAL_ID: "ID number",
        EntityType.PASSPORT: "passport number", EntityType.KRA_PIN: "tax PIN", EntityType.MPESA_CODE: "M-Pesa code",
        EntityType.EMAIL: "email address", EntityType.ACCOUNT_NUMBER: "account number",
        EntityType.VEHICLE_PLATE: "number plate", EntityType.DATE: "date", EntityType.AGE: "age",
        EntityType.QUASI_IDENTIFIER: "identifying detail removed",
    },
    "sw": {
        EntityType.PERSON: "jina", EntityType.LOCATION: "mahali", EntityType.ORGANIZATION: "shirika",
        EntityType.PHONE: "nambari ya simu", EntityType.NATIONAL_ID: "nambari ya kitambulisho",
        EntityType.PASSPORT: "nambari ya pasipoti", EntityType.KRA_PIN: "PIN ya KRA",
        EntityType.MPESA_CODE: "msimbo wa M-Pesa", EntityType.EMAIL: "barua pepe",
        EntityType.ACCOUNT_NUMBER: "nambari ya akaunti", EntityType.VEHICLE_PLATE: "nambari ya gari",
        EntityType.DATE: "tarehe", EntityType.AGE: "umri", EntityType.QUASI_IDENTIFIER: "maelezo ya kumtambulisha",
    },
}

_SW = frozenset([
    "na", "ya", "wa", "kwa", "ni", "la", "za", "cha", "katika", "kuwa", "lakini", "nilikuwa", "alikuwa", "yangu",
    "yake", "mimi", "sisi", "huko", "hii", "hiyo", "kazi", "nyumbani", "kwamba", "baada", "kabla", "sana", "pia",
    "tu", "hadi", "kutoka", "mwaka", "miaka",
])
_EN = frozenset([
    "the", "and", "of", "to", "in", "was", "is", "a", "an", "that", "it", "for", "with", "my", "her", "his", "he",
    "she", "i", "on", "at", "from", "but", "they", "when", "had", "have", "were", "this", "me", "by", "as",
])
_WORDS = re.compile(r"[a-z]+")
_ALL = sorted({p for table in PLACEHOLDERS.values() for p in table.values()} | {str(t) for t in EntityType},
              key=len, reverse=True)
# Any placeholder a plan writes, in any language, and the type labels of earlier versions.
PLACEHOLDER = re.compile(r"\[(?:" + "|".join(map(re.escape, _ALL)) + r")\]", re.IGNORECASE)


def language_of(text: str) -> str:
    """'sw' when Swahili small words outnumber English ones, else 'en'."""
    sw = en = 0
    for word in _WORDS.findall(text[:20000].lower()):
        sw += word in _SW
        en += word in _EN
    return "sw" if sw > en else "en"


def placeholder(entity: EntityType, language: str = "en") -> str:
    """The placeholder for a removed span of this type ('[name]', '[jina]', ...)."""
    table = PLACEHOLDERS.get(language, PLACEHOLDERS["en"])
    return f"[{table.get(EntityType(entity), str(entity).lower())}]"
