"""Properties that must hold for every history, however odd (hypothesis)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from haart_archive.consent import (
    Anonymity,
    ConsentEvent,
    ConsentTaking,
    ConsentTerms,
    EventKind,
    Media,
    Method,
    Use,
    may,
)

START = date(2024, 1, 1)
days = st.integers(min_value=0, max_value=2000).map(lambda n: START + timedelta(days=n))
uses = st.frozensets(st.sampled_from(list(Use)))
media = st.frozensets(st.sampled_from(list(Media)))
anonymity = st.sampled_from(list(Anonymity))
STAMP = datetime(2024, 1, 1, tzinfo=UTC)

takings = st.builds(
    ConsentTaking,
    method=st.sampled_from(list(Method)),
    language=st.just("sw"),
    interpreter_used=st.booleans(),
    is_minor=st.booleans(),
    guardian_granted=st.booleans(),
    minor_assent=st.booleans(),
)
terms = st.builds(
    ConsentTerms,
    uses=uses,
    anonymity=anonymity,
    media=media,
    expires_on=days,
    review_before_publication=st.booleans(),
    risk_flag=st.booleans(),
    has_conditions=st.booleans(),
)


@st.composite
def events(draw) -> ConsentEvent:
    kind = draw(st.sampled_from(list(EventKind)))
    on = draw(days)
    if kind in (EventKind.GRANTED, EventKind.AMENDED):
        return ConsentEvent(kind, on, STAMP, taking=draw(takings), terms=draw(terms))
    if kind is EventKind.RENEWED:
        return ConsentEvent(kind, on, STAMP, taking=draw(takings), renewed_until=draw(days))
    if kind is EventKind.PARTLY_WITHDRAWN:
        withdrawn_uses = draw(uses)
        withdrawn_media = draw(media) if withdrawn_uses else draw(media.filter(bool))
        return ConsentEvent(
            kind, on, STAMP, withdrawn_uses=withdrawn_uses, withdrawn_media=withdrawn_media
        )
    return ConsentEvent(kind, on, STAMP)


histories = st.lists(events(), max_size=8)
requests = st.tuples(st.sampled_from(list(Use)), st.none() | media, st.none() | anonymity, days)


@settings(max_examples=250, deadline=None)
@given(histories, requests)
def test_policy_is_total_and_always_explains(history, request) -> None:
    use, wanted_media, level, on = request
    decision = may(use, history, on=on, media=wanted_media, anonymity=level)
    assert decision.reasons
    assert all(reason.strip() for reason in decision.reasons)


@settings(max_examples=200, deadline=None)
@given(histories, requests, days)
def test_a_withdrawal_last_allows_nothing_but_case_work(history, request, withdrawn_on) -> None:
    use, wanted_media, level, _ = request
    latest = max((event.effective_on for event in history), default=START)
    withdrawal = ConsentEvent(EventKind.WITHDRAWN, max(latest, withdrawn_on), STAMP)
    on = withdrawal.effective_on + timedelta(days=1)
    decision = may(use, [*history, withdrawal], on=on, media=wanted_media, anonymity=level)
    assert not decision.allowed or use is Use.CASE_WORK


@settings(max_examples=200, deadline=None)
@given(histories, st.none() | media, st.none() | anonymity, days)
def test_a_minor_is_never_named_nor_shown(history, wanted_media, level, on) -> None:
    minor_history = [
        event
        if event.taking is None
        else ConsentEvent(
            event.kind,
            event.effective_on,
            STAMP,
            taking=ConsentTaking(
                Method.THUMBPRINT, "sw", is_minor=True, guardian_granted=True, minor_assent=True
            ),
            terms=event.terms,
            renewed_until=event.renewed_until,
        )
        for event in history
    ]
    assert not may(Use.NAMED_PUBLICATION, minor_history, on=on).allowed
    wanted = (wanted_media or frozenset()) | {Media.PHOTO_VISIBLE_FACE}
    assert not may(Use.ANONYMOUS_PUBLICATION, minor_history, on=on, media=wanted).allowed
    full = may(Use.ANONYMOUS_PUBLICATION, minor_history, on=on, anonymity=Anonymity.FULL_NAME)
    assert not full.allowed


@settings(max_examples=200, deadline=None)
@given(histories, requests)
def test_yes_never_exceeds_the_terms_in_force(history, request) -> None:
    from haart_archive.consent import current_consent

    use, wanted_media, level, on = request
    decision = may(use, history, on=on, media=wanted_media, anonymity=level)
    now = current_consent(history, on)
    if decision.allowed and use is not Use.CASE_WORK:
        assert use in now.allowed_uses
        assert (wanted_media or frozenset()) <= now.allowed_media
        assert level is None or level.at_least_as_strong_as(now.terms.anonymity)
