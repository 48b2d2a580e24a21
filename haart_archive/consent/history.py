"""The current consent, derived from the append-only history; never edited in place.

Reading a history (`current_consent`) is total: any sequence of well-formed events gives an
answer. Events take effect in order of `effective_on`, ties in the order they were recorded;
the most recent event wins. Conservative choices where the history is odd:

- an amendment or renewal never revives a withdrawn consent: only a new grant does;
- a renewal revives an expired consent (the survivor agreed again), keeping any partial
  withdrawals; an amendment after expiry is ignored;
- an amendment states the complete new terms, so it replaces earlier partial withdrawals;
- a partial withdrawal while expired is remembered, so a later renewal does not revive it;
- a consent has expired on and after its `expires_on` day, with or without an `expired` event.

Writing (`append_event`) is strict: it refuses events that make no sense in sequence, with
a sentence saying what to record instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from haart_archive.consent.events import ConsentEvent, ConsentGrant, ConsentTaking, ConsentTerms
from haart_archive.consent.terms import ConsentState, EventKind, Media, Use, format_date
from haart_archive.errors import InvalidInput
from haart_archive.messages import Message

DEFAULT_SOON_DAYS = 60
_IN_FORCE = (ConsentState.ACTIVE, ConsentState.PARTLY_WITHDRAWN)


@dataclass(frozen=True)
class CurrentConsent:
    """The consent of one testimony on one day, as the history makes it.

    `terms` are the terms last granted, amended or renewed (None if there never were any);
    `withdrawn_uses` and `withdrawn_media` map what was partly withdrawn to the day it was.
    `grant_event` is the grant or amendment whose terms are in force (its identity part,
    if loaded, says who consented). Use `allowed_uses` and `allowed_media` for what may
    happen now: they are empty unless the state is active or partly withdrawn.
    """

    state: ConsentState
    on: date
    terms: ConsentTerms | None = None
    taking: ConsentTaking | None = None
    granted_on: date | None = None
    withdrawn_uses: dict[Use, date] = field(default_factory=dict, hash=False)
    withdrawn_media: dict[Media, date] = field(default_factory=dict, hash=False)
    withdrawn_on: date | None = None
    expired_on: date | None = None
    grant_event: ConsentEvent | None = None
    latest_event: ConsentEvent | None = None
    soon_days: int = DEFAULT_SOON_DAYS

    @property
    def in_force(self) -> bool:
        """True when the consent is active or partly withdrawn."""
        return self.state in _IN_FORCE

    @property
    def allowed_uses(self) -> frozenset[Use]:
        if not self.in_force or self.terms is None:
            return frozenset()
        return self.terms.uses - self.withdrawn_uses.keys()

    @property
    def allowed_media(self) -> frozenset[Media]:
        if not self.in_force or self.terms is None:
            return frozenset()
        return self.terms.media - self.withdrawn_media.keys()

    @property
    def days_left(self) -> int | None:
        """Days until the consent expires, while it is in force."""
        if not self.in_force or self.terms is None:
            return None
        return (self.terms.expires_on - self.on).days

    @property
    def expiring_soon(self) -> bool:
        """In force and expiring within `soon_days` days (a flag beside the state facet)."""
        left = self.days_left
        return left is not None and left <= self.soon_days


def ordered(history: Iterable[ConsentEvent]) -> list[ConsentEvent]:
    """Events in the order they take effect (stable for events on the same day)."""
    return sorted(history, key=lambda event: event.effective_on)


def current_consent(
    history: Iterable[ConsentEvent], on: date, soon_days: int = DEFAULT_SOON_DAYS
) -> CurrentConsent:
    """Fold the history up to and including `on` into the consent of that day."""
    now = CurrentConsent(ConsentState.NONE, on, soon_days=soon_days)
    for event in ordered(history):
        if event.effective_on > on:
            break
        now = _apply(_expire_by_date(now, event.effective_on), event)
    return _expire_by_date(now, on)


def _expire_by_date(now: CurrentConsent, day: date) -> CurrentConsent:
    if now.in_force and now.terms is not None and now.terms.expires_on <= day:
        return replace(now, state=ConsentState.EXPIRED, expired_on=now.terms.expires_on)
    return now


def _apply(now: CurrentConsent, event: ConsentEvent) -> CurrentConsent:
    now = replace(now, latest_event=event)
    kind = event.kind
    if kind is EventKind.GRANTED or (kind is EventKind.AMENDED and now.in_force):
        return replace(
            now,
            state=ConsentState.ACTIVE,
            terms=event.terms,
            taking=event.taking,
            granted_on=event.effective_on,
            withdrawn_uses={},
            withdrawn_media={},
            withdrawn_on=None,
            expired_on=None,
            grant_event=event,
        )
    if (
        kind is EventKind.RENEWED
        and now.terms is not None
        and (now.in_force or now.state is ConsentState.EXPIRED)
    ):
        return _renew(now, event)
    if kind is EventKind.PARTLY_WITHDRAWN and (now.in_force or now.state is ConsentState.EXPIRED):
        return _withdraw_part(now, event)
    if kind is EventKind.WITHDRAWN:
        return replace(now, state=ConsentState.WITHDRAWN, withdrawn_on=event.effective_on)
    if kind is EventKind.EXPIRED and now.in_force:
        return replace(now, state=ConsentState.EXPIRED, expired_on=event.effective_on)
    return now


def _renew(now: CurrentConsent, event: ConsentEvent) -> CurrentConsent:
    assert now.terms is not None and event.renewed_until is not None
    partly = bool(now.withdrawn_uses or now.withdrawn_media)
    return replace(
        now,
        state=ConsentState.PARTLY_WITHDRAWN if partly else ConsentState.ACTIVE,
        terms=replace(now.terms, expires_on=event.renewed_until),
        taking=event.taking or now.taking,
        expired_on=None,
    )


def _withdraw_part(now: CurrentConsent, event: ConsentEvent) -> CurrentConsent:
    uses = dict(now.withdrawn_uses)
    media = dict(now.withdrawn_media)
    for use in event.withdrawn_uses:
        uses.setdefault(use, event.effective_on)
    for medium in event.withdrawn_media:
        media.setdefault(medium, event.effective_on)
    state = ConsentState.PARTLY_WITHDRAWN if now.in_force else now.state
    return replace(now, state=state, withdrawn_uses=uses, withdrawn_media=media)


# -- recording --------------------------------------------------------------------------


def append_event(history: Sequence[ConsentEvent], event: ConsentEvent) -> tuple[ConsentEvent, ...]:
    """Return the history with `event` added, or raise InvalidInput saying why it cannot be.

    Checks: unique event id; no event dated before the latest one (the history is
    append-only); grants and amendments pass `ConsentGrant` validation when their identity
    part is present; each kind fits the state on its date.
    """
    if any(old.event_id == event.event_id for old in history):
        raise InvalidInput(Message("This consent event is already recorded."))
    if history:
        latest = max(old.effective_on for old in history)
        if event.effective_on < latest:
            raise InvalidInput(
                Message(
                    "The consent history is append-only: a new event cannot take effect before "
                    "the latest one ({format_date}).",
                    format_date=format_date(latest),
                )
            )
    _check_fits(current_consent(history, event.effective_on), event)
    return (*history, event)


def _check_fits(now: CurrentConsent, event: ConsentEvent) -> None:
    problem = _misfit(now, event)
    if problem:
        raise InvalidInput(problem)


def _misfit(now: CurrentConsent, event: ConsentEvent) -> str | None:
    kind, state = event.kind, now.state
    if kind in (EventKind.GRANTED, EventKind.AMENDED) and event.identity is None:
        return Message(
            "A grant or amendment needs its identity part (who consented, who took it).",
        )
    if kind in (EventKind.GRANTED, EventKind.AMENDED):
        assert event.taking is not None and event.terms is not None and event.identity
        grant = ConsentGrant(event.effective_on, event.taking, event.terms, event.identity)
        if grant.problems():
            return "This consent cannot be recorded: " + " ".join(grant.problems())
    if kind is EventKind.AMENDED and not now.in_force:
        return Message(
            "A consent that is {state_words} cannot be amended; record a new grant.",
            state_words=_state_words(state),
        )
    if kind is EventKind.RENEWED and state not in (*_IN_FORCE, ConsentState.EXPIRED):
        return Message(
            "A consent that is {state_words} cannot be renewed; record a new grant.",
            state_words=_state_words(state),
        )
    if kind is EventKind.PARTLY_WITHDRAWN and state in (ConsentState.NONE, ConsentState.WITHDRAWN):
        return Message(
            "Nothing can be partly withdrawn from a consent that is {state_words}.",
            state_words=_state_words(state),
        )
    if kind is EventKind.WITHDRAWN and state in (ConsentState.NONE, ConsentState.WITHDRAWN):
        return Message(
            "The consent is already {state_words}.",
            state_words=_state_words(state),
        )
    already = now.latest_event is not None and now.latest_event.kind is EventKind.EXPIRED
    if kind is EventKind.EXPIRED and (
        state in (ConsentState.NONE, ConsentState.WITHDRAWN) or already
    ):
        return Message(
            "A consent that is {state_words} cannot expire.",
            state_words=_state_words(state),
        )
    return None


def _state_words(state: ConsentState) -> str:
    return {
        ConsentState.NONE: "not recorded",
        ConsentState.ACTIVE: "active",
        ConsentState.PARTLY_WITHDRAWN: "partly withdrawn",
        ConsentState.WITHDRAWN: "withdrawn",
        ConsentState.EXPIRED: "expired",
    }[state]


# -- consent over time ------------------------------------------------------------------


@dataclass(frozen=True)
class ExpiryEntry:
    """One testimony on the expiring-soon or expired list."""

    testimony_id: str
    expires_on: date
    days_left: int
    state: ConsentState


def expiring_soon(
    items: Iterable[tuple[str, Sequence[ConsentEvent]]],
    on: date,
    within_days: int = DEFAULT_SOON_DAYS,
) -> list[ExpiryEntry]:
    """Testimonies whose consent is in force and expires within `within_days`, soonest first."""
    entries = []
    for testimony_id, history in items:
        now = current_consent(history, on, within_days)
        if now.expiring_soon and now.terms is not None:
            entries.append(
                ExpiryEntry(testimony_id, now.terms.expires_on, now.days_left or 0, now.state)
            )
    return sorted(entries, key=lambda entry: (entry.expires_on, entry.testimony_id))


def expired(items: Iterable[tuple[str, Sequence[ConsentEvent]]], on: date) -> list[ExpiryEntry]:
    """Testimonies whose consent has expired (and was not renewed or withdrawn), oldest first."""
    entries = []
    for testimony_id, history in items:
        now = current_consent(history, on)
        if now.state is ConsentState.EXPIRED and now.expired_on is not None:
            days = (now.expired_on - on).days
            entries.append(ExpiryEntry(testimony_id, now.expired_on, days, now.state))
    return sorted(entries, key=lambda entry: (entry.expires_on, entry.testimony_id))


def due_expiry_event(history: Sequence[ConsentEvent], on: date) -> ConsentEvent | None:
    """An `expired` event to record when the consent ran out by date and none says so yet."""
    now = current_consent(history, on)
    latest = now.latest_event
    if now.state is not ConsentState.EXPIRED or now.expired_on is None:
        return None
    if latest is not None and latest.kind is EventKind.EXPIRED:
        return None
    if latest is not None and latest.effective_on > now.expired_on:
        return None
    return ConsentEvent.expired(now.expired_on)
