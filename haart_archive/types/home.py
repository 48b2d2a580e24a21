"""What a person's home page says they have to do, and how a testimony's consent stands."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class HomeSummary:
    """Counts for the signed-in role's home page. A count is None when the role does not
    see that kind of work (the page leaves it out); 0 means there is nothing to do.

    waiting_redaction   testimonies with no redacted version of their current text (editors)
    waiting_approval    testimonies whose newest current redacted version is a draft (editors)
    consents_expiring   consents that end within `expiring_days` days (editors)
    consents_expired    consents that have ended (editors)
    takedowns_open      releases a withdrawal asked to take down, not yet taken down
    takedowns_overdue   of those, asked more than `takedown_days` days ago
    clearances_waiting  clearance requests waiting for an editor (editors)
    clearances_answered the user's answered clearance requests not yet read (communications)
    backup_verified_at  when a backup was last verified (custodian); None with backup_known
                        True means never
    backup_reminder     the reminder sentence when a backup is overdue (custodian)
    """

    role: str
    waiting_redaction: int | None = None
    waiting_approval: int | None = None
    consents_expiring: int | None = None
    consents_expired: int | None = None
    takedowns_open: int | None = None
    takedowns_overdue: int | None = None
    clearances_waiting: int | None = None
    clearances_answered: int | None = None
    backup_known: bool = False
    backup_verified_at: dt.datetime | None = None
    backup_days: int | None = None
    backup_reminder: str | None = None
    expiring_days: int = 30
    takedown_days: int = 7


@dataclass(frozen=True)
class ConsentStanding:
    """How a testimony's consent stands today, as the redaction desk and consent page say it.

    `recorded` is False when no consent event was ever recorded: a state of its own, which
    allows only internal case work (helping the survivor) and nothing published or shared.
    `sentence` is a Message (translate it with `haart_archive.messages.translated`)."""

    testimony_id: str
    recorded: bool
    state: str
    in_force: bool
    required_anonymity: str
    sentence: str
