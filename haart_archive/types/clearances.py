"""The clearance queue as its two sides read it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from haart_archive.types.publishing import PublicationSpec

WAITING, CLEARED, DECLINED = "waiting", "cleared", "declined"


@dataclass(frozen=True)
class ClearanceRequestRecord:
    """One request to clear a publication. `state` is waiting, cleared or declined;
    `reason` is the editor's reason for declining; `requested_by_name` and
    `answered_by_name` are staff names (empty for a removed user)."""

    id: str
    title: str
    spec: PublicationSpec
    state: str
    note: str
    requested_at: dt.datetime
    requested_by: str | None
    requested_by_name: str
    answered_at: dt.datetime | None = None
    answered_by: str | None = None
    answered_by_name: str = ""
    reason: str = ""
    clearance_id: str | None = None
    seen: bool = False

    @property
    def waiting(self) -> bool:
        return self.state == WAITING


__all__ = ["CLEARED", "DECLINED", "WAITING", "ClearanceRequestRecord"]
