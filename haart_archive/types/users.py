"""Staff values: who is signed in, the staff list, and the roles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from haart_archive.roles import Role


@dataclass(frozen=True)
class StaffMember:
    """A member of staff as the custodian lists them."""

    id: str
    name: str
    role: Role
    created_at: datetime
    removed_at: datetime | None


@dataclass(frozen=True)
class CurrentUser:
    """The signed-in user (or the recovery key, acting as custodian)."""

    id: str
    name: str
    role: Role


__all__ = ["CurrentUser", "Role", "StaffMember"]
