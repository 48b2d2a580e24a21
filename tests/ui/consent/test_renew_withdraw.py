"""Consent renewal and partial withdrawal by use and medium. Screenshots in English and
Swahili."""


from __future__ import annotations

import datetime as dt

import pytest

from tests.services.helpers import consent_form
from tests.ui.conftest import CUSTODIAN, unlock
from tests.ui.publishing.data import save_shot


def _consent_page(make_window, archive_folder, language):
    window = make_window(archive_folder, language=language)
    unlock(window, *CUSTODIAN)
    testimony_id = window.archive.testimonies.ids()[0]
    window.archive.consent.grant(testimony_id, consent_form(expires=dt.date.today() + dt.timedelta(days=20)))
    window.workspace.go("consent")
    page = window.workspace.pages["consent"]
    page.select(testimony_id)
    return window, page, testimony_id


def test_renew_a_consent(make_window, archive_folder, answers):
    window, page, testimony_id = _consent_page(make_window, archive_folder, "en")
    assert page.renew_button.isEnabled()
    until = dt.date.today() + dt.timedelta(days=400)
    page.renew_date.setDate(until)
    page.renew_button.click()
    assert window.archive.consent.current(testimony_id).terms.expires_on == until
    assert page.timeline.count() == 2


@pytest.mark.parametrize("language", ["en", "sw"])
def test_withdraw_part_of_a_consent(make_window, archive_folder, qtbot, answers, language):
    window, page, testimony_id = _consent_page(make_window, archive_folder, language)
    assert page.part_button.isEnabled()
    page.part_button.click()
    assert page.part_box.isVisibleTo(page)
    page.part_uses.boxes["media_press"].setChecked(True)
    page.part_media.boxes["photo_hidden_face"].setChecked(True)
    save_shot(window, f"{language}-61-consent-partial-withdrawal", qtbot)
    page.part_confirm.click()
    assert answers.texts("confirm"), "a partial withdrawal asks first"
    assert window.archive.consent.state(testimony_id).value == "partly_withdrawn"
    assert not window.archive.consent.check(testimony_id, "media_press").allowed
    assert window.archive.consent.check(testimony_id, "research").allowed
    assert not page.part_box.isVisibleTo(page)
    assert page.takedowns.isVisibleTo(page)
    assert page.timeline.count() == 2
    save_shot(window, f"{language}-62-consent-partly-withdrawn", qtbot)
