"""The home page of each role: what is waiting for this person, counted with their keys.

Each count is given only to the roles whose work it is (and whose keys and rights reach it);
the others get None, and the page leaves the line out.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from haart_archive.consent import ConsentState
from haart_archive.context import Context
from haart_archive.messages import Message
from haart_archive.roles import Role, may
from haart_archive.services.clearances import ClearanceQueue
from haart_archive.services.consent import ConsentRecords
from haart_archive.services.publishing import Publishing
from haart_archive.store.models import RedactedVersion, Testimony, utc_now
from haart_archive.types.home import ConsentStanding, HomeSummary
from haart_archive.vault.keys import Tier

EXPIRING_DAYS = 30
TAKEDOWN_DAYS = 7


def home_summary(ctx: Context, consent: ConsentRecords, publishing: Publishing, clearances: ClearanceQueue,
                 backup_status, on: dt.date | None = None) -> HomeSummary:
    ctx.ensure_open()
    role = ctx.user.role
    values: dict = {"role": role.value, "expiring_days": EXPIRING_DAYS, "takedown_days": TAKEDOWN_DAYS}
    staff = may(role, "redact testimonies") and ctx.can_read(Tier.STORY)
    if staff:
        values["waiting_redaction"], values["waiting_approval"] = _redaction_counts(ctx)
        values["consents_expiring"] = len(consent.expiring(EXPIRING_DAYS, on))
        values["consents_expired"] = len(consent.expired(on))
    if may(role, "record takedowns"):
        open_takedowns = publishing.takedown_list()
        limit = utc_now() - dt.timedelta(days=TAKEDOWN_DAYS)
        values["takedowns_open"] = len(open_takedowns)
        values["takedowns_overdue"] = sum(
            1 for record in open_takedowns if record.takedown_requested_at and record.takedown_requested_at < limit)
    if may(role, "approve redacted versions"):
        values["clearances_waiting"] = len(clearances.waiting())
    if role is Role.COMMUNICATIONS:
        values["clearances_answered"] = len(clearances.answered_unseen())
    if may(role, "make backups"):
        status = backup_status()
        values.update(backup_known=True, backup_verified_at=status.last_verified_at, backup_days=status.days,
                      backup_reminder=status.reminder)
    return HomeSummary(**values)


def _redaction_counts(ctx: Context) -> tuple[int, int]:
    with ctx.read() as session:
        revisions = dict(session.execute(select(Testimony.id, Testimony.revision)).all())
        rows = session.execute(
            select(RedactedVersion.testimony_id, RedactedVersion.source_revision, RedactedVersion.state)
            .order_by(RedactedVersion.created_at)
        ).all()
    newest: dict[str, str] = {}
    for testimony_id, source_revision, state in rows:
        if revisions.get(testimony_id) == source_revision:
            newest[testimony_id] = state
    waiting_redaction = sum(1 for tid in revisions if tid not in newest)
    waiting_approval = sum(1 for state in newest.values() if state == "draft")
    return waiting_redaction, waiting_approval


def consent_standing(consent: ConsentRecords, testimony_id: str, on: dt.date | None = None) -> ConsentStanding:
    """How the testimony's consent stands, with 'no consent recorded' as a state of its own."""
    history = consent.history(testimony_id)
    current = consent.current(testimony_id, on)
    terms = current.terms
    in_force = bool(current.in_force)
    required = terms.anonymity.value if terms is not None and in_force else "anonymous"
    if not history:
        sentence = Message(
            "No consent is recorded for this testimony: it may be used only for internal case work "
            "(helping the survivor), never published, shared with partners or used in advocacy. Record "
            "the survivor's consent first."
        )
    elif not in_force:
        sentence = Message(
            "No consent is in force for this testimony ({state}): it may be used only for internal case work "
            "already under way, never published or shared.", state=Message(_STATE_WORDS[current.state]))
    else:
        sentence = Message("Consent is recorded: the survivor must appear as: {level}.",
                           level=Message(_ANONYMITY_WORDS.get(required, required)))
    return ConsentStanding(testimony_id, bool(history), current.state.value, in_force, required, sentence)


_STATE_WORDS = {
    ConsentState.NONE: "not complete", ConsentState.ACTIVE: "active",
    ConsentState.PARTLY_WITHDRAWN: "partly withdrawn", ConsentState.WITHDRAWN: "withdrawn",
    ConsentState.EXPIRED: "expired",
}
_ANONYMITY_WORDS = {
    "anonymous": "fully anonymous", "pseudonym": "a pseudonym", "first_name": "first name only",
    "full_name": "full name",
}
