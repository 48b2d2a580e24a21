"""Consent histories in the store: recording, deciding, expiry lists, withdrawal, receipts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from html.parser import HTMLParser

from sqlalchemy import select
from sqlalchemy.orm import Session

from haart_archive.consent import (
    ConsentEvent,
    ConsentGrant,
    ConsentState,
    ConsentTaking,
    CurrentConsent,
    Decision,
    EventIdentity,
    ExpiryEntry,
    Media,
    Release,
    TakedownNotice,
    Use,
    append_event,
    current_consent,
    describe,
    expired,
    expiring_soon,
    may,
    record_withdrawal,
    render_receipt_html,
    takedown_notices,
)
from haart_archive.context import Context
from haart_archive.errors import InvalidInput, NotFound
from haart_archive.messages import Message
from haart_archive.store.models import ConsentEvent as ConsentEventRow
from haart_archive.store.models import Testimony, new_id
from haart_archive.vault.keys import Tier

DEFAULT_CONTACT = "HAART Kenya, P.O. Box 00000, Nairobi. Phone: +254 700 000 000 (fictional demo contact)"


def today() -> dt.date:
    return dt.date.today()


class ConsentRecords:
    """Every testimony's consent history, append-only."""

    def __init__(
        self,
        context: Context,
        releases_for: Callable[[str], list[Release]],
        on_change: Callable[[str, str], None],
        on_takedowns: Callable[[list[TakedownNotice]], None] | None = None,
    ):
        self._ctx = context
        self._releases_for = releases_for
        self._on_change = on_change
        self._on_takedowns = on_takedowns or (lambda _notices: None)

    # -- reading --------------------------------------------------------------------------
    def history(self, testimony_id: str) -> list[ConsentEvent]:
        """The events in the order they take effect; identity parts where the key allows."""
        with self._ctx.read() as session:
            self._require_testimony(session, testimony_id)
            rows = session.scalars(
                select(ConsentEventRow)
                .where(ConsentEventRow.testimony_id == testimony_id)
                .order_by(ConsentEventRow.seq)
            ).all()
            return [self._event(row) for row in rows]

    def states_of(self, testimony_ids: list[str], on: dt.date | None = None) -> dict[str, str]:
        """The consent state of many testimonies with one query per 500 (building a search
        index: on a server, one query per testimony would cost a round trip each)."""
        events: dict[str, list[ConsentEvent]] = {tid: [] for tid in testimony_ids}
        with self._ctx.read() as session:
            for start in range(0, len(testimony_ids), 500):
                rows = session.scalars(
                    select(ConsentEventRow)
                    .where(ConsentEventRow.testimony_id.in_(testimony_ids[start:start + 500]))
                    .order_by(ConsentEventRow.testimony_id, ConsentEventRow.seq)
                ).all()
                for row in rows:
                    events[row.testimony_id].append(self._event(row))
        day = on or today()
        return {tid: current_consent(history, day).state.value for tid, history in events.items()}

    def current(self, testimony_id: str, on: dt.date | None = None) -> CurrentConsent:
        return current_consent(self.history(testimony_id), on or today())

    def state(self, testimony_id: str, on: dt.date | None = None) -> ConsentState:
        return self.current(testimony_id, on).state

    def check(
        self,
        testimony_id: str,
        use: Use | str,
        *,
        on: dt.date | None = None,
        media: Iterable[Media | str] | None = None,
        anonymity: str | None = None,
    ) -> Decision:
        """May this use happen? The decision carries reasons and obligations in words."""
        return may(use, self.history(testimony_id), on=on or today(), media=media, anonymity=anonymity)

    def describe(self, testimony_id: str, language: str = "en") -> list[str]:
        return describe(self.current(testimony_id), language)

    def all_histories(self) -> dict[str, list[ConsentEvent]]:
        with self._ctx.read() as session:
            rows = session.scalars(
                select(ConsentEventRow).order_by(ConsentEventRow.testimony_id, ConsentEventRow.seq)
            ).all()
            histories: dict[str, list[ConsentEvent]] = {}
            for row in rows:
                histories.setdefault(row.testimony_id, []).append(self._event(row))
            testimony_ids = session.scalars(select(Testimony.id)).all()
        return {testimony_id: histories.get(testimony_id, []) for testimony_id in testimony_ids}

    def states(self, on: dt.date | None = None) -> dict[str, ConsentState]:
        """The consent state of every testimony in one pass (for lists and filters)."""
        on = on or today()
        return {tid: current_consent(history, on).state for tid, history in self.all_histories().items()}

    def expiring(self, within_days: int = 60, on: dt.date | None = None) -> list[ExpiryEntry]:
        return expiring_soon(self.all_histories().items(), on or today(), within_days)

    def expired(self, on: dt.date | None = None) -> list[ExpiryEntry]:
        return expired(self.all_histories().items(), on or today())

    def receipt_html(self, testimony_id: str, language: str = "en", contact: str | None = None) -> str:
        contact = contact or self._contact()
        return render_receipt_html(self.history(testimony_id), language, contact, testimony_id[:8].upper())

    def receipt_pdf(self, testimony_id: str, language: str = "en", contact: str | None = None) -> bytes:
        """The same receipt as a PDF, built from its text (embedded font, neutral metadata)."""
        from haart_archive.publishing import render_pdf_from_paragraphs

        title, paragraphs = html_blocks(self.receipt_html(testimony_id, language, contact))
        return render_pdf_from_paragraphs(title, paragraphs)

    # -- writing --------------------------------------------------------------------------
    def grant(self, testimony_id: str, grant: ConsentGrant, *, amend: bool = False) -> str:
        """Record a grant (or an amendment stating the complete new terms)."""
        self._ctx.require("record consent")
        event = ConsentEvent.amended(grant) if amend else ConsentEvent.granted(grant)
        return self._append(testimony_id, event, "consent amended" if amend else "consent granted")

    def renew(
        self,
        testimony_id: str,
        until: dt.date,
        on: dt.date | None = None,
        *,
        taking: ConsentTaking | None = None,
        identity: EventIdentity | None = None,
    ) -> str:
        """The survivor agreed to keep the same terms until `until`. By default the renewal
        was taken the way the grant in force was, and recorded by the signed-in user."""
        self._ctx.require("record consent")
        current = self.current(testimony_id)
        taking = taking or current.taking
        if taking is None:
            raise InvalidInput(Message("There is no consent to renew; record a grant instead."))
        identity = identity or EventIdentity(consenter_relation="self", taken_by=self._ctx.user.name)
        event = ConsentEvent.renewed(on or today(), until, taking, identity)
        return self._append(testimony_id, event, "consent renewed")

    def withdraw(
        self,
        testimony_id: str,
        *,
        on: dt.date | None = None,
        uses: Iterable[Use | str] = (),
        media: Iterable[Media | str] = (),
        identity: EventIdentity | None = None,
    ) -> list[TakedownNotice]:
        """Record a withdrawal (partial when uses or media are named) and return every
        publication and export that used the testimony and must now be taken down."""
        self._ctx.require("record consent")
        history = self.history(testimony_id)
        _, event = record_withdrawal(
            history, on or today(), identity or EventIdentity(),
            uses=[Use(u) for u in uses], media=[Media(m) for m in media],
        )
        self._store(testimony_id, event, len(history) + 1, "consent withdrawn")
        notices = takedown_notices(event, self._releases_for(testimony_id))
        self._on_takedowns(notices)
        return notices

    def _append(self, testimony_id: str, event: ConsentEvent, action: str) -> str:
        history = self.history(testimony_id)
        append_event(history, event)  # raises InvalidInput with the reason when it may not
        self._store(testimony_id, event, len(history) + 1, action)
        return event.event_id

    def _store(self, testimony_id: str, event: ConsentEvent, seq: int, action: str) -> None:
        with self._ctx.transaction() as session:
            self._require_testimony(session, testimony_id)
            row = ConsentEventRow(id=new_id(), testimony_id=testimony_id, seq=seq, recorded_by=self._ctx.user_row_id)
            self._ctx.sealer.seal_text(row, "public_sealed", event.public_json())
            self._ctx.sealer.seal_text(row, "identity_sealed", event.identity_json())
            session.add(row)
            self._ctx.audit.record(
                session, action, "testimony", testimony_id, {"event": row.id, "kind": str(event.kind)}
            )
        self._on_change(testimony_id, "consent")

    def _event(self, row: ConsentEventRow) -> ConsentEvent:
        public = self._ctx.sealer.open_text(row, "public_sealed")
        identity = self._ctx.sealer.open_text(row, "identity_sealed") if self._ctx.can_read(Tier.IDENTITY) else None
        return ConsentEvent.from_json(public, identity)

    def _require_testimony(self, session: Session, testimony_id: str) -> None:
        if session.get(Testimony, testimony_id) is None:
            raise NotFound(Message(
                "There is no testimony with id {testimony_id}.",
                testimony_id=testimony_id,
            ))

    def _contact(self) -> str:
        from haart_archive.store.models import Setting

        with self._ctx.read() as session:
            row = session.get(Setting, "setting.organisation_contact")
            return DEFAULT_CONTACT if row is None else self._ctx.sealer.open_json(row, "value_sealed")



class _Blocks(HTMLParser):
    """Collects the text of block elements, in order, from the receipt's simple HTML."""

    BLOCKS = {"h1", "h2", "h3", "p", "li", "dt", "dd"}

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[tuple[str, str]] = []
        self._tag: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self._tag, self._text = tag, []

    def handle_endtag(self, tag: str) -> None:
        if tag == self._tag:
            text = " ".join("".join(self._text).split())
            if text:
                self.blocks.append((tag, text))
            self._tag = None

    def handle_data(self, data: str) -> None:
        if self._tag:
            self._text.append(data)


def html_blocks(html: str) -> tuple[str, list[str]]:
    """(title, paragraphs) of a simple HTML page; list items get a bullet."""
    parser = _Blocks()
    parser.feed(html)
    title = next((text for tag, text in parser.blocks if tag == "h1"), "")
    paragraphs = [("• " + text if tag == "li" else text) for tag, text in parser.blocks if tag != "h1"]
    return title, paragraphs
