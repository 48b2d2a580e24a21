"""Consent forms and events: strict input, and a clean public/identity split."""

from __future__ import annotations

import json
from datetime import date

import pytest

from haart_archive.consent import (
    ConsentEvent,
    ConsentGrant,
    EventKind,
    Media,
    Use,
    default_expiry,
)
from haart_archive.errors import InvalidInput
from tests.consent.builders import WHO, form, grant, minor_form, minor_grant

NAMES = ("Zawadi", "Tumaini", "Baraka", "Mama Fictional", "court", "brother")


def test_a_valid_form_defaults_expiry_to_three_years() -> None:
    parsed = ConsentGrant.from_dict(form())
    assert parsed.terms.expires_on == date(2028, 1, 10)
    assert parsed.terms.uses >= {Use.CASE_WORK, Use.RESEARCH}
    assert Use.NAMED_PUBLICATION not in parsed.terms.uses


def test_default_expiry_of_a_leap_day_grant() -> None:
    assert default_expiry(date(2024, 2, 29)) == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        ({"colour": "blue"}, "unknown keys: 'colour'"),
        ({"uses": {**form()["uses"], "gossip": True}}, "unknown use identifiers: 'gossip'"),
        ({"uses": {"research": True}}, "missing: case_work"),
        ({"anonymity": "initials"}, "'initials' is not a known anonymity level"),
        ({"method": "handshake"}, "not a known consent method"),
        ({"expires_on": "2024-12-31"}, "expiry date must come after"),
        ({"expires_on": "31/12/2029"}, "YYYY-MM-DD"),
        ({"consenter_name": " "}, "consenter's name is missing"),
        ({"review_before_publication": "yes"}, "true or false"),
        ({"interpreter_used": True}, "give the interpreter's name"),
        ({"risk_details": "Trader's brother is on trial"}, "risk flag is not set"),
        (
            {"anonymity": "pseudonym", "uses": {**form()["uses"], "named_publication": True}},
            "Named publication was allowed",
        ),
    ],
)
def test_bad_forms_are_refused_with_a_sentence(changes: dict, sentence: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        ConsentGrant.from_dict(form(**changes))
    assert sentence in caught.value.message


def test_error_never_echoes_free_text_typed_into_an_identifier() -> None:
    with pytest.raises(InvalidInput) as caught:
        ConsentGrant.from_dict(form(anonymity="Zawadi Achieng"))
    assert "Zawadi" not in caught.value.message


@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        ({"consenter_name": ""}, "parent's or guardian's name"),
        ({"minor_assent": False}, "own assent must be recorded"),
        ({"guardian_granted": False}, "granted by a parent or guardian"),
        ({"uses": {**form()["uses"], "named_publication": True}}, "never published under"),
        ({"anonymity": "full_name"}, "never published under"),
        ({"media": {**form()["media"], "photo_visible_face": True}}, "face is never shown"),
        ({"consenter_relation": "self"}, "how they are related"),
    ],
)
def test_a_minors_grant_needs_guardian_assent_and_protection(changes: dict, sentence: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        ConsentGrant.from_dict(minor_form(**changes))
    assert sentence in caught.value.message


def test_assent_for_an_adult_is_refused() -> None:
    with pytest.raises(InvalidInput, match="only for a minor"):
        ConsentGrant.from_dict(form(minor_assent=True))


def test_public_part_holds_no_names_or_own_words() -> None:
    event = minor_grant(
        conditions="Do not mention my brother",
        risk_flag=True,
        risk_details="Open court case in Mombasa",
        interpreter_used=True,
        interpreter_name="Interpreter Baraka",
        consent_form_media_id="blob-7f3a",
    )
    public = event.public_json()
    for word in (*NAMES, "Mombasa", "blob-7f3a"):
        assert word.lower() not in public.lower()
    data = json.loads(public)
    assert data["taking"]["is_minor"] is True
    assert data["taking"]["minor_assent"] is True
    assert data["terms"]["risk_flag"] is True
    assert data["terms"]["has_conditions"] is True
    assert "Mombasa" in event.identity_json()


def test_round_trip_with_and_without_the_identity_part() -> None:
    event = grant(conditions="Only after the trial", consent_form_media_id="blob-1")
    both = ConsentEvent.from_json(event.public_json(), event.identity_json())
    assert both == event
    public_only = ConsentEvent.from_json(event.public_json(), None)
    assert public_only.identity is None
    assert public_only.terms == event.terms
    with pytest.raises(InvalidInput, match="without its identity part"):
        public_only.identity_json()


@pytest.mark.parametrize(
    "event",
    [
        ConsentEvent.renewed(date(2027, 1, 1), date(2030, 1, 1), grant().taking, WHO),
        ConsentEvent.partly_withdrawn(date(2025, 5, 3), {Use.MEDIA_PRESS}, {Media.VOICE}),
        ConsentEvent.withdrawn(date(2025, 5, 3), WHO),
        ConsentEvent.expired(date(2028, 1, 10)),
    ],
    ids=["renewed", "partly_withdrawn", "withdrawn", "expired"],
)
def test_every_kind_round_trips(event: ConsentEvent) -> None:
    assert ConsentEvent.from_json(event.public_json(), event.identity_json()) == event


def _tamper(text: str, change) -> str:
    data = json.loads(text)
    change(data)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        (lambda d: d.update(extra=1), "unknown keys: 'extra'"),
        (lambda d: d.update(kind="forgotten"), "not a known consent event kind"),
        (lambda d: d.update(schema=99), "different version"),
        (lambda d: d.update(recorded_at="2025-01-10T09:30:00"), "time zone"),
        (lambda d: d["terms"].update(risk_flag="no"), "true or false"),
        (lambda d: d["terms"]["uses"].pop("research"), "missing: research"),
        (lambda d: d.pop("terms"), "missing 'terms'"),
    ],
)
def test_public_json_is_parsed_strictly(change, sentence: str) -> None:
    public = _tamper(grant().public_json(), change)
    with pytest.raises(InvalidInput) as caught:
        ConsentEvent.from_json(public)
    assert sentence in caught.value.message


def test_identity_part_of_another_event_is_refused() -> None:
    first, second = grant(), grant()
    with pytest.raises(InvalidInput, match="belongs to another event"):
        ConsentEvent.from_json(first.public_json(), second.identity_json())


def test_parts_that_disagree_about_conditions_are_refused() -> None:
    event = grant(conditions="Only after the trial")
    cleared = _tamper(event.identity_json(), lambda d: d.update(conditions=""))
    with pytest.raises(InvalidInput, match="disagree"):
        ConsentEvent.from_json(event.public_json(), cleared)


def test_not_json_is_a_clear_error() -> None:
    with pytest.raises(InvalidInput, match="not valid JSON"):
        ConsentEvent.from_json("{broken")


def test_event_shape_follows_its_kind() -> None:
    with pytest.raises(InvalidInput, match="wrong parts"):
        ConsentEvent(
            EventKind.WITHDRAWN, date(2025, 1, 1), withdrawn_uses=frozenset({Use.RESEARCH})
        )
    with pytest.raises(InvalidInput, match="at least one use"):
        ConsentEvent.partly_withdrawn(date(2025, 1, 1))
