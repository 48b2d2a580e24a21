"""The clearance queue: communications staff ask an editor to clear a publication, inside
the archive, instead of handing files around.

The leak check of a rendered publication needs the identity key, which communications staff
do not hold (see services/publishing.py). So they ask (`request`); editors see what waits
(`waiting`) and either clear it (`clear`, which runs the very same `Publishing.clear`, every
gate included) or decline it with a reason (`decline`); the person who asked lists their
requests with the answer (`mine`) and marks answers as read (`mark_seen`).
"""

from __future__ import annotations

from sqlalchemy import select

from haart_archive.context import Context
from haart_archive.errors import InvalidInput, NotFound
from haart_archive.messages import Message
from haart_archive.services.publishing import Publishing
from haart_archive.store.models import ClearanceRequest, User, new_id, utc_now
from haart_archive.types.clearances import CLEARED, DECLINED, WAITING, ClearanceRequestRecord
from haart_archive.types.publishing import PublicationSpec

MAX_TEXT = 2000


class ClearanceQueue:
    """Requests to clear publications, and their answers."""

    def __init__(self, context: Context, publishing: Publishing):
        self._ctx = context
        self._publishing = publishing

    # -- communications -------------------------------------------------------------------
    def request(self, spec: PublicationSpec, note: str = "") -> str:
        """Ask an editor to clear `spec`; returns the request id. Asking again for the same
        publication while a request waits returns the waiting request."""
        self._ctx.require("build publications")
        note = _short(note)
        for waiting in self.mine():
            if waiting.waiting and waiting.spec == spec:
                return waiting.id
        with self._ctx.transaction() as session:
            row = ClearanceRequest(id=new_id(), requested_by=self._ctx.user_row_id, state=WAITING)
            self._ctx.sealer.seal_json(row, "request_sealed",
                                       {"title": spec.title, "spec": spec.to_dict(), "note": note, "reason": ""})
            session.add(row)
            self._ctx.audit.record(session, "clearance requested", "clearance_request", row.id)
        return row.id

    def mine(self) -> list[ClearanceRequestRecord]:
        """The signed-in user's requests, newest first, with the editors' answers."""
        self._ctx.require("build publications")
        with self._ctx.read() as session:
            rows = session.scalars(
                select(ClearanceRequest).where(ClearanceRequest.requested_by == self._ctx.user_row_id)
                .order_by(ClearanceRequest.requested_at.desc())
            ).all()
            return self._records(session, rows)

    def answered_unseen(self) -> list[ClearanceRequestRecord]:
        """The signed-in user's answered requests they have not marked as read."""
        return [r for r in self.mine() if not r.waiting and not r.seen]

    def mark_seen(self, request_id: str) -> None:
        """The person who asked has read the answer."""
        with self._ctx.transaction() as session:
            row = self._row(session, request_id)
            if row.requested_by != self._ctx.user_row_id:
                raise NotFound(Message("There is no clearance request with id {id}.", id=request_id))
            if row.state != WAITING and row.seen_at is None:
                row.seen_at = utc_now()

    def withdraw(self, request_id: str) -> None:
        """The person who asked no longer needs the clearance (only while it waits)."""
        with self._ctx.transaction() as session:
            row = self._row(session, request_id)
            if row.requested_by != self._ctx.user_row_id or row.state != WAITING:
                raise InvalidInput(Message("Only your own waiting requests can be withdrawn."))
            session.delete(row)
            self._ctx.audit.record(session, "clearance request withdrawn", "clearance_request", request_id)

    # -- editors --------------------------------------------------------------------------
    def waiting(self) -> list[ClearanceRequestRecord]:
        """Requests waiting for an editor, oldest first."""
        self._ctx.require("approve redacted versions")
        with self._ctx.read() as session:
            rows = session.scalars(
                select(ClearanceRequest).where(ClearanceRequest.state == WAITING)
                .order_by(ClearanceRequest.requested_at)
            ).all()
            return self._records(session, rows)

    def get(self, request_id: str) -> ClearanceRequestRecord:
        with self._ctx.read() as session:
            row = self._row(session, request_id)
            if row.requested_by != self._ctx.user_row_id:
                self._ctx.require("approve redacted versions")
            return self._records(session, [row])[0]

    def clear(self, request_id: str) -> str:
        """Run every gate and the leak check on the publication asked for and record the
        clearance (`Publishing.clear`); the request is answered 'cleared'. If a gate refuses,
        PublicationRefused carries the reasons and the request keeps waiting."""
        self._ctx.require("approve redacted versions")
        record = self._waiting(request_id)
        clearance_id = self._publishing.clear(record.spec)
        with self._ctx.transaction() as session:
            row = self._row(session, request_id)
            row.state, row.answered_at, row.answered_by = CLEARED, utc_now(), self._ctx.user_row_id
            row.clearance_id = clearance_id
            self._ctx.audit.record(session, "clearance request answered", "clearance_request", request_id,
                                   {"approved": True})
        return clearance_id

    def decline(self, request_id: str, reason: str) -> None:
        """Decline with a reason the person who asked will read."""
        self._ctx.require("approve redacted versions")
        reason = _short(reason)
        if not reason:
            raise InvalidInput(Message("Say why the publication cannot be cleared; the person who asked reads it."))
        self._waiting(request_id)
        with self._ctx.transaction() as session:
            row = self._row(session, request_id)
            data = self._ctx.sealer.open_json(row, "request_sealed")
            data["reason"] = reason
            self._ctx.sealer.seal_json(row, "request_sealed", data)
            row.state, row.answered_at, row.answered_by = DECLINED, utc_now(), self._ctx.user_row_id
            self._ctx.audit.record(session, "clearance request answered", "clearance_request", request_id,
                                   {"approved": False})

    # -- helpers --------------------------------------------------------------------------
    def _waiting(self, request_id: str) -> ClearanceRequestRecord:
        with self._ctx.read() as session:
            record = self._records(session, [self._row(session, request_id)])[0]
        if not record.waiting:
            raise InvalidInput(Message("This clearance request was already answered."))
        return record

    def _row(self, session, request_id: str) -> ClearanceRequest:
        row = session.get(ClearanceRequest, request_id)
        if row is None:
            raise NotFound(Message("There is no clearance request with id {id}.", id=request_id))
        return row

    def _records(self, session, rows: list[ClearanceRequest]) -> list[ClearanceRequestRecord]:
        ids = {i for row in rows for i in (row.requested_by, row.answered_by) if i}
        names = {}
        if ids:
            for user in session.scalars(select(User).where(User.id.in_(ids))):
                names[user.id] = self._ctx.sealer.open_text(user, "name_sealed")
        records = []
        for row in rows:
            data = self._ctx.sealer.open_json(row, "request_sealed")
            records.append(ClearanceRequestRecord(
                id=row.id, title=data.get("title", ""), spec=PublicationSpec.from_dict(data["spec"]),
                state=row.state, note=data.get("note", ""), requested_at=row.requested_at,
                requested_by=row.requested_by, requested_by_name=names.get(row.requested_by, ""),
                answered_at=row.answered_at, answered_by=row.answered_by,
                answered_by_name=names.get(row.answered_by, ""), reason=data.get("reason", ""),
                clearance_id=row.clearance_id, seen=row.seen_at is not None,
            ))
        return records


def _short(text: str) -> str:
    text = " ".join(str(text or "").split())
    if len(text) > MAX_TEXT:
        raise InvalidInput(Message("A note or reason can have at most {n} characters.", n=MAX_TEXT))
    return text
