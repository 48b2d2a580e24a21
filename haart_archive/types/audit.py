"""The audit log as people read it: numbered entries with records and details in words."""

from __future__ import annotations

from dataclasses import dataclass

from haart_archive.audit import AuditRecord


@dataclass(frozen=True)
class AuditLine:
    """One audit entry ready to show. `what`, `record` and `details` are Messages (English
    str values that translate with `haart_archive.messages.translated`); `seq` is a number,
    so sorting by it is numeric. `entry` is the raw record for filters and exports."""

    seq: int
    at: str
    who: str
    what: str
    record: str
    details: str
    entry: AuditRecord


__all__ = ["AuditLine", "AuditRecord"]
