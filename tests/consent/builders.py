"""Fictional consent forms and histories for the consent tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from haart_archive.consent import (
    Anonymity,
    ConsentEvent,
    ConsentGrant,
    EventIdentity,
    Media,
    Use,
)

GRANT_DAY = date(2025, 1, 10)
STAMP = datetime(2025, 1, 10, 9, 30, tzinfo=UTC)


def form(**changes: Any) -> dict[str, Any]:
    """A complete, valid consent form as JSON input; `changes` override keys."""
    data: dict[str, Any] = {
        "consented_on": "2025-01-10",
        "consenter_name": "Zawadi Fictional Achieng",
        "taken_by": "Case Worker Tumaini",
        "witness": "Witness Baraka",
        "method": "thumbprint",
        "language": "sw",
        "uses": {use.value: use in ALLOWED for use in Use},
        "anonymity": "pseudonym",
        "media": {medium.value: medium in MEDIA for medium in Media},
        "review_before_publication": True,
    }
    data.update(changes)
    return data


ALLOWED = {
    Use.CASE_WORK,
    Use.RESEARCH,
    Use.ANONYMOUS_PUBLICATION,
    Use.MEDIA_PRESS,
    Use.DONOR_REPORT,
}
MEDIA = {Media.TEXT, Media.PHOTO_HIDDEN_FACE, Media.VOICE}


def minor_form(**changes: Any) -> dict[str, Any]:
    """A valid form for a minor: guardian's grant and the minor's own assent."""
    base = form(
        consenter_name="Guardian Mama Fictional",
        consenter_relation="mother",
        is_minor=True,
        guardian_granted=True,
        minor_assent=True,
        assent_note="Said yes in her own words",
        anonymity="anonymous",
    )
    base.update(changes)
    return base


def grant(**changes: Any) -> ConsentEvent:
    return ConsentEvent.granted(ConsentGrant.from_dict(form(**changes)), recorded_at=STAMP)


def minor_grant(**changes: Any) -> ConsentEvent:
    return ConsentEvent.granted(ConsentGrant.from_dict(minor_form(**changes)), recorded_at=STAMP)


def uses_table(*allowed: Use) -> dict[str, bool]:
    return {use.value: use in allowed for use in Use}


def media_table(*allowed: Media) -> dict[str, bool]:
    return {medium.value: medium in allowed for medium in Media}


WHO = EventIdentity(consenter_name="Zawadi Fictional Achieng", taken_by="Case Worker Tumaini")
ANON = Anonymity
