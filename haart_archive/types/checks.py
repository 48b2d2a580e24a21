"""Values of the archive's checks: the whole-archive check and the audit log."""

from __future__ import annotations

from dataclasses import dataclass

from haart_archive.audit import AuditRecord, VerifyResult


@dataclass(frozen=True)
class CheckResult:
    """What `Archive.check` found: how much it read, and every problem in plain words."""

    ok: bool
    pages_checked: bool
    values_checked: int
    blobs_checked: int
    problems: tuple[str, ...]


__all__ = ["AuditRecord", "CheckResult", "VerifyResult"]
