"""Redaction values: what the detector suggests, the plan an editor decides, the leak check's
findings and the redacted versions (defined in `haart_archive.redaction`, except versions)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from haart_archive.redaction import (
    HIGH_CONFIDENCE,
    AliasTable,
    Decision,
    EntityType,
    KnownPerson,
    Leak,
    LeakReport,
    Operator,
    RedactedText,
    RedactionPlan,
    Replacement,
    Status,
    Suggestion,
)
from haart_archive.redaction.plan import ANONYMITY_LEVELS, IDENTIFIER_TYPES


@dataclass(frozen=True)
class VersionRecord:
    """A redacted version as every role sees it (plan and aliases are not included)."""

    id: str
    testimony_id: str
    title: str
    text: str
    state: str
    stale: bool
    source_revision: int
    anonymity: str
    created_at: dt.datetime
    created_by: str | None
    approved_by: str | None
    approved_at: dt.datetime | None
    second_approved_by: str | None

    @property
    def approved(self) -> bool:
        return self.state == "approved"


__all__ = [
    "ANONYMITY_LEVELS", "HIGH_CONFIDENCE", "IDENTIFIER_TYPES", "AliasTable", "Decision", "EntityType",
    "KnownPerson", "Leak", "LeakReport", "Operator", "RedactedText", "RedactionPlan", "Replacement",
    "Status", "Suggestion", "VersionRecord",
]
