"""Text redaction: detection of identifying details, redaction plans and operators, leak check.

Public API:
    detect(text, known=(), known_strings=()) -> list[Suggestion]
    default_plan(text, suggestions, known, anonymity) -> RedactionPlan
    apply_plan(text, plan, aliases, known) -> RedactedText
    leak_check(text, known, reviewed=(), allowed=()) -> LeakReport
    normalise(text) -> Normalised   (the normal form detection and the leak check read)

Detection is recall-first: every suggestion carries a confidence and a reason in words an
editor understands. Placeholders are readable words in the text's language ("[name]",
"[jina]"), see `placeholders`.
"""

from haart_archive.redaction.detect import detect, spans
from haart_archive.redaction.leakcheck import Leak, LeakReport, leak_check
from haart_archive.redaction.normalise import Normalised, normalise
from haart_archive.redaction.plan import (
    AliasTable,
    Decision,
    Operator,
    RedactedText,
    RedactionPlan,
    Replacement,
    Status,
    apply_plan,
    default_plan,
)
from haart_archive.redaction.types import HIGH_CONFIDENCE, EntityType, KnownPerson, Suggestion

__all__ = [
    "HIGH_CONFIDENCE", "AliasTable", "Decision", "EntityType", "KnownPerson", "Leak", "LeakReport",
    "Normalised", "Operator", "RedactedText", "RedactionPlan", "Replacement", "Status", "Suggestion",
    "apply_plan", "default_plan", "detect", "leak_check", "normalise", "spans",
]
