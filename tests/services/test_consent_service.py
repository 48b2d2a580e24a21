"""Consent histories through the archive: renewal, partial withdrawal, expiry lists."""

from __future__ import annotations

import datetime as dt

import pytest

from haart_archive.errors import InvalidInput
from tests.services.helpers import consent_form


def test_renewal_extends_the_same_terms_and_is_recorded_by_the_user(archive_copy):
    testimony_id = archive_copy.testimony_ids[0]
    today = dt.date.today()
    with archive_copy.open("editor") as archive:
        with pytest.raises(InvalidInput, match="no consent to renew"):
            archive.consent.renew(testimony_id, today + dt.timedelta(days=400))
        archive.consent.grant(testimony_id, consent_form(expires=today + dt.timedelta(days=20)))
        assert testimony_id in {e.testimony_id for e in archive.consent.expiring(60)}
        archive.consent.renew(testimony_id, today + dt.timedelta(days=3 * 365))
        current = archive.consent.current(testimony_id)
        assert current.state.value == "active" and current.days_left > 1000
        assert testimony_id not in {e.testimony_id for e in archive.consent.expiring(60)}
        assert archive.consent.history(testimony_id)[-1].identity.taken_by == "Test Editor Baraka"


def test_a_partial_withdrawal_removes_only_the_named_uses(archive_copy):
    testimony_id = archive_copy.testimony_ids[0]
    with archive_copy.open("editor") as archive:
        archive.consent.grant(testimony_id, consent_form())
        archive.consent.withdraw(testimony_id, uses=["media_press"])
        assert not archive.consent.check(testimony_id, "media_press").allowed
        assert archive.consent.check(testimony_id, "research").allowed
        assert archive.consent.state(testimony_id).value == "partly_withdrawn"
