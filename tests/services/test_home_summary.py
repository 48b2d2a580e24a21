"""Each role's home page counts its own work, and only what the role may see."""

from __future__ import annotations

import datetime as dt

from haart_archive.messages import catalog, translated
from tests.services.helpers import approved_version, consent_form


def test_editor_counts_redaction_approval_and_consents(archive_copy):
    first, second = archive_copy.testimony_ids
    with archive_copy.open("editor") as editor:
        summary = editor.home_summary()
        assert (summary.waiting_redaction, summary.waiting_approval) == (2, 0)
        assert (summary.consents_expiring, summary.consents_expired) == (0, 0)
        editor.redaction.create_version(first, editor.redaction.default_plan(first))
        today = dt.date.today()
        editor.consent.grant(first, consent_form(expires=today + dt.timedelta(days=10)))
        editor.consent.grant(second, consent_form(on=today - dt.timedelta(days=400),
                                                  expires=today - dt.timedelta(days=5)))
        summary = editor.home_summary()
        assert (summary.waiting_redaction, summary.waiting_approval) == (1, 1)
        assert (summary.consents_expiring, summary.consents_expired) == (1, 1)
        assert summary.clearances_waiting == 0 and summary.takedowns_open == 0
        assert summary.backup_known is False and summary.clearances_answered is None


def test_custodian_sees_the_backup_and_advocates_see_nothing_private(archive_copy):
    with archive_copy.open("custodian") as custodian:
        summary = custodian.home_summary()
        assert summary.backup_known and summary.backup_verified_at is None and summary.backup_reminder
    with archive_copy.open("advocate") as advocate:
        summary = advocate.home_summary()
        assert summary.role == "advocate"
        assert all(value is None for value in (
            summary.waiting_redaction, summary.consents_expired, summary.takedowns_open,
            summary.clearances_waiting, summary.clearances_answered))
        assert not summary.backup_known
    with archive_copy.open("communications") as comms:
        summary = comms.home_summary()
        assert summary.waiting_redaction is None and summary.clearances_answered == 0
        assert summary.takedowns_open == 0


def test_takedowns_overdue_after_a_week(archive_copy, tmp_path, monkeypatch):
    testimony_id = archive_copy.testimony_ids[0]
    with archive_copy.open("editor") as editor:
        editor.consent.grant(testimony_id, consent_form())
        version = approved_version(editor, testimony_id)
        from haart_archive.types.publishing import PublicationSpec
        spec = PublicationSpec.from_dict({"title": "T", "channel": "web", "items": [{"version": version}]})
        editor.publishing.build(spec, None)
        editor.consent.withdraw(testimony_id)
        assert (editor.home_summary().takedowns_open, editor.home_summary().takedowns_overdue) == (1, 0)
        import haart_archive.services.home as home
        later = home.utc_now() + dt.timedelta(days=8)
        monkeypatch.setattr(home, "utc_now", lambda: later)
        assert editor.home_summary().takedowns_overdue == 1


def test_no_consent_recorded_is_a_state_of_its_own(archive_copy):
    first, second = archive_copy.testimony_ids
    with archive_copy.open("editor") as editor:
        standing = editor.consent_standing(first)
        assert not standing.recorded and not standing.in_force
        assert standing.sentence.startswith("No consent is recorded for this testimony")
        assert "internal case work" in standing.sentence
        assert translated(standing.sentence, catalog("sw")).startswith("Hakuna ridhaa iliyorekodiwa")
        editor.consent.grant(first, consent_form(anonymity="pseudonym"))
        standing = editor.consent_standing(first)
        assert standing.recorded and standing.in_force and standing.required_anonymity == "pseudonym"
        assert translated(standing.sentence, catalog("sw")) == (
            "Ridhaa imerekodiwa: manusura lazima aonekane kwa: jina la bandia.")
        editor.consent.withdraw(first)
        standing = editor.consent_standing(first)
        assert standing.recorded and not standing.in_force and "(withdrawn)" in standing.sentence
