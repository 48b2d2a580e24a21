"""Recording events in sequence, consent over time, and withdrawal with take-downs."""

from __future__ import annotations

from datetime import date

import pytest

from haart_archive.consent import (
    Anonymity,
    Channel,
    ConsentEvent,
    ConsentState,
    EventKind,
    Media,
    Release,
    ReleaseKind,
    Use,
    append_event,
    current_consent,
    due_expiry_event,
    expired,
    expiring_soon,
    record_withdrawal,
    takedown_notices,
)
from haart_archive.errors import InvalidInput
from tests.consent.builders import WHO, grant

MAY3 = date(2025, 5, 3)


def test_append_builds_a_history_and_refuses_going_back_in_time() -> None:
    history = append_event((), grant())
    history = append_event(history, ConsentEvent.withdrawn(MAY3, WHO))
    assert [event.kind for event in history] == [EventKind.GRANTED, EventKind.WITHDRAWN]
    with pytest.raises(InvalidInput, match="append-only"):
        append_event(history, ConsentEvent.partly_withdrawn(date(2025, 2, 1), {Use.RESEARCH}))


@pytest.mark.parametrize(
    ("before", "event", "sentence"),
    [
        ((), ConsentEvent.withdrawn(MAY3, WHO), "already not recorded"),
        ("withdrawn", ConsentEvent.withdrawn(date(2025, 6, 1), WHO), "already withdrawn"),
        (
            "withdrawn",
            ConsentEvent.partly_withdrawn(date(2025, 6, 1), {Use.RESEARCH}),
            "partly withdrawn from",
        ),
        ("withdrawn", "amendment", "record a new grant"),
        ("withdrawn", "renewal", "record a new grant"),
        ((), ConsentEvent.expired(MAY3), "cannot expire"),
    ],
)
def test_events_that_do_not_fit_are_refused(before, event, sentence) -> None:
    history = (grant(), ConsentEvent.withdrawn(MAY3, WHO)) if before == "withdrawn" else ()
    if event == "amendment":
        from dataclasses import replace

        event = replace(grant(consented_on="2025-06-01"), kind=EventKind.AMENDED)
    elif event == "renewal":
        event = ConsentEvent.renewed(date(2025, 6, 1), date(2028, 6, 1), grant().taking, WHO)
    with pytest.raises(InvalidInput, match=sentence):
        append_event(history, event)


def test_a_grant_without_its_identity_part_cannot_be_recorded() -> None:
    public_only = ConsentEvent.from_json(grant().public_json())
    with pytest.raises(InvalidInput, match="identity part"):
        append_event((), public_only)


def test_an_expired_event_can_be_recorded_on_the_expiry_day() -> None:
    history = (grant(expires_on="2025-05-03"),)
    event = due_expiry_event(history, date(2025, 6, 1))
    assert event is not None and event.effective_on == MAY3
    history = append_event(history, event)
    assert due_expiry_event(history, date(2025, 6, 1)) is None
    assert current_consent(history, date(2025, 6, 1)).state is ConsentState.EXPIRED


def test_current_consent_flags_expiring_soon_separately() -> None:
    now = current_consent([grant(expires_on="2025-07-01")], date(2025, 6, 1))
    assert now.state is ConsentState.ACTIVE
    assert now.expiring_soon and now.days_left == 30


def test_expiring_soon_and_expired_lists() -> None:
    items = [
        ("T-3", [grant(expires_on="2025-07-20")]),
        ("T-1", [grant(expires_on="2025-06-10")]),
        ("T-far", [grant()]),
        ("T-gone", [grant(expires_on="2025-05-01")]),
        ("T-withdrawn", [grant(expires_on="2025-06-05"), ConsentEvent.withdrawn(MAY3, WHO)]),
        ("T-none", []),
    ]
    on = date(2025, 6, 1)
    soon = expiring_soon(items, on)
    assert [(entry.testimony_id, entry.days_left) for entry in soon] == [("T-1", 9), ("T-3", 49)]
    assert [entry.testimony_id for entry in expiring_soon(items, on, within_days=10)] == ["T-1"]
    gone = expired(items, on)
    assert [(entry.testimony_id, entry.expires_on) for entry in gone] == [
        ("T-gone", date(2025, 5, 1))
    ]


RELEASES = [
    Release("P-web", ReleaseKind.PUBLICATION, Channel.WEB, date(2025, 2, 1), Anonymity.PSEUDONYM),
    Release("P-press", ReleaseKind.PUBLICATION, Channel.PRESS, date(2025, 3, 1)),
    Release("X-partner", ReleaseKind.PARTNER_EXPORT, Channel.PARTNER, date(2025, 3, 2)),
    Release(
        "P-audio",
        ReleaseKind.PUBLICATION,
        Channel.REPORT,
        date(2025, 3, 3),
        media=frozenset({Media.VOICE}),
    ),
]


def test_full_withdrawal_takes_down_every_release() -> None:
    history, event = record_withdrawal((grant(),), MAY3, WHO)
    assert history[-1] is event and event.kind is EventKind.WITHDRAWN
    notices = takedown_notices(event, RELEASES)
    assert [notice.release_id for notice in notices] == ["P-web", "P-press", "X-partner", "P-audio"]
    assert all(notice.action == "take down" for notice in notices)
    assert "withdrew all consent on 3 May 2025" in notices[0].reason


def test_partial_withdrawal_takes_down_only_what_it_names() -> None:
    _, event = record_withdrawal((grant(),), MAY3, WHO, uses=[Use.MEDIA_PRESS], media=[Media.VOICE])
    notices = takedown_notices(event, RELEASES)
    assert {notice.release_id for notice in notices} == {"P-press", "P-audio"}
    press = next(notice for notice in notices if notice.release_id == "P-press")
    assert press.reason == "Consent for media and press was withdrawn on 3 May 2025."


def test_a_grant_takes_nothing_down() -> None:
    assert takedown_notices(grant(), RELEASES) == []
