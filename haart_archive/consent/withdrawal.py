"""Withdrawal: one action that records the event and says what must be taken down.

The archive looks up the publication register; this module decides, for each publication
or partner export that used the testimony, whether the withdrawal touches it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from haart_archive.consent.events import ConsentEvent, EventIdentity
from haart_archive.consent.history import append_event
from haart_archive.consent.policy import channel_use
from haart_archive.consent.terms import (
    Anonymity,
    Channel,
    EventKind,
    Media,
    Use,
    format_date,
    label,
)


class ReleaseKind(StrEnum):
    """What left the archive."""

    PUBLICATION = "publication"
    PARTNER_EXPORT = "partner_export"
    EVIDENCE_BRIEF = "evidence_brief"


@dataclass(frozen=True)
class Release:
    """A publication or partner export that used the testimony (from the register)."""

    release_id: str
    kind: ReleaseKind
    channel: Channel
    released_on: date
    anonymity: Anonymity | None = None
    media: frozenset[Media] = frozenset()

    @property
    def use(self) -> Use:
        return channel_use(self.channel, self.anonymity)


@dataclass(frozen=True)
class TakedownNotice:
    """One release to take down, with the reason in plain words."""

    release_id: str
    kind: ReleaseKind
    channel: Channel
    reason: str
    action: str = "take down"


def record_withdrawal(
    history: Sequence[ConsentEvent],
    on: date,
    identity: EventIdentity | None = None,
    uses: Iterable[Use] = (),
    media: Iterable[Media] = (),
) -> tuple[tuple[ConsentEvent, ...], ConsentEvent]:
    """Append a withdrawal (partial when `uses` or `media` are named) and return
    (new history, the event). Raises InvalidInput when it cannot be recorded."""
    uses, media = frozenset(uses), frozenset(media)
    if uses or media:
        event = ConsentEvent.partly_withdrawn(on, uses, media, identity)
    else:
        event = ConsentEvent.withdrawn(on, identity)
    return append_event(history, event), event


def takedown_notices(event: ConsentEvent, releases: Iterable[Release]) -> list[TakedownNotice]:
    """The releases the withdrawal `event` touches: all of them for a full withdrawal,
    only those using a withdrawn use or medium for a partial one. Empty for other events."""
    day = format_date(event.effective_on)
    notices = []
    for release in releases:
        reason = _reason(event, release, day)
        if reason:
            notices.append(
                TakedownNotice(release.release_id, release.kind, release.channel, reason)
            )
    return notices


def _reason(event: ConsentEvent, release: Release, day: str) -> str | None:
    if event.kind is EventKind.WITHDRAWN:
        return f"The survivor withdrew all consent on {day}."
    if event.kind is not EventKind.PARTLY_WITHDRAWN:
        return None
    if release.use in event.withdrawn_uses:
        return f"Consent for {label(release.use)} was withdrawn on {day}."
    touched = release.media & event.withdrawn_media
    if touched:
        first = sorted(touched, key=list(Media).index)[0]
        return f"Consent for {label(first)} was withdrawn on {day}."
    return None
