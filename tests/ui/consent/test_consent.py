"""Record consent with the form, then withdraw it as one clear action."""

from tests.ui.conftest import CUSTODIAN  # noqa: F401


def test_record_consent_then_withdraw_it(custodian_window, answers):
    workspace = custodian_window.workspace
    assert workspace.go("consent")
    page = workspace.pages["consent"]
    page.select(page.picker.itemData(0))
    assert "no consent" in page.state_label.text().lower()

    page.grant_button.click()
    form = page.form
    form.submit()
    assert "consenter's name is missing" in form.problems.text(), "the core's rules are shown before recording"

    form.consenter_name.setText("Fictional Survivor")
    form.taken_by.setText("Otieno Test")
    form.set_uses(["case_work", "research", "anonymous_publication"], ["text"])
    form.submit()
    assert form.problems.text() == ""
    assert page.views.currentIndex() == 0
    assert page.state_label.text() == "Consent: active"
    assert "research" in page.words.text()
    assert page.timeline.count() == 1

    testimonies = workspace.pages["testimonies"]
    testimonies.shown()
    testimonies.consent_filter.setCurrentIndex(testimonies.consent_filter.findData("active"))
    assert testimonies.proxy.rowCount() == 1, "the list filters by consent state"
    assert testimonies.proxy.index(0, 5).data() == "active"
    testimonies.consent_filter.setCurrentIndex(0)

    page.receipt_button.click()
    assert page.views.currentIndex() == 2
    assert page.receipt.toPlainText().strip()
    page.views.setCurrentIndex(0)

    page.withdraw_button.click()
    assert answers.texts("confirm"), "withdrawal asks first"
    assert page.state_label.text() == "Consent: withdrawn"
    assert page.timeline.count() == 2
    assert page.takedowns.isVisibleTo(page) and "Consent withdrawn" in page.takedowns.text()
    assert not page.withdraw_button.isEnabled()


def test_expired_and_expiring_apart_one_click_opens_and_no_receipt_without_consent(make_window, archive_folder):
    import datetime as dt

    from tests.services.helpers import consent_form
    from tests.ui.conftest import EDITOR, unlock

    window = make_window(archive_folder)
    unlock(window, *EDITOR)
    archive = window.archive
    first, second, third = [s.id for s in archive.testimonies.list()]
    soon = dt.date.today() + dt.timedelta(days=10)
    archive.consent.grant(first, consent_form(expires=soon))
    archive.consent.grant(second, consent_form(on=dt.date.today() - dt.timedelta(days=400),
                                               expires=dt.date.today() - dt.timedelta(days=5)))
    window.workspace.go("consent")
    page = window.workspace.pages["consent"]
    page.reload()
    page.select(third)
    assert not page.receipt_button.isEnabled(), "no consent recorded: no receipt to give"
    assert "No consent is recorded" in page.words.text()
    assert page.expired.accessibleName() != page.expiring.accessibleName()
    assert page.expiring.count() == 1 and page.expired.count() == 1
    assert "expires" in page.expiring.item(0).text() and "expired" in page.expired.item(0).text()
    page.expiring.itemClicked.emit(page.expiring.item(0))  # a single click opens it
    assert page.testimony_id == first
    assert page.receipt_button.isEnabled()
    page.expired.itemClicked.emit(page.expired.item(0))
    assert page.testimony_id == second
