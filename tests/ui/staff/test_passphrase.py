"""Every user changes their own passphrase in the app; the wrong current one changes nothing."""

from PySide6.QtCore import Qt

from tests.ui.conftest import ADVOCATE, unlock

NEW = "nine silver lanterns drift past kisumu harbour"


def test_an_advocate_changes_their_passphrase(make_window, archive_folder, qtbot, answers):
    window = make_window(archive_folder)
    unlock(window, *ADVOCATE)
    assert window.passphrase_button.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.change_passphrase()
    assert not dialog.ok_button.isEnabled()
    dialog.current.setText("not my passphrase at all")
    dialog.new.first.setText(NEW)
    dialog.new.second.setText(NEW)
    assert dialog.ok_button.isEnabled()
    assert not dialog.submit()
    assert "not your current passphrase" in dialog.problem.text()
    dialog.current.setText(ADVOCATE[1])
    assert dialog.submit()
    assert "changed" in answers.texts("inform")[-1]
    window.lock("manual")
    unlock(window, ADVOCATE[0], ADVOCATE[1])
    assert window.workspace is None, "the old passphrase no longer opens"
    unlock(window, ADVOCATE[0], NEW)
    assert window.workspace is not None


def test_lock_button_is_translated(make_window, archive_folder):
    from tests.ui.test_core_messages import back_to_english

    try:
        window = make_window(archive_folder, language="sw")
        unlock(window, *ADVOCATE)
        assert window.lock_button.text() != "Lock (Ctrl+L)"
    finally:
        back_to_english()


def test_adding_and_removing_a_user_is_confirmed(custodian_window, answers):
    from PySide6.QtCore import QPoint

    window = custodian_window
    window.workspace.go("users")
    page = window.workspace.pages["users"]
    page.new_name.setText("Fictional Newcomer")
    page.new_passphrase.first.setText(NEW)
    page.new_passphrase.second.setText(NEW)
    assert page.new_name.mapTo(page, QPoint(0, 0)).x() == page.new_passphrase.first.mapTo(page, QPoint(0, 0)).x()
    page.add_button.click()
    assert "Fictional Newcomer was added" in answers.texts("inform")[-1]
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "Fictional Newcomer")
    page.table.selectRow(row)
    page.remove_button.click()
    assert "Fictional Newcomer was removed" in answers.texts("inform")[-1]
