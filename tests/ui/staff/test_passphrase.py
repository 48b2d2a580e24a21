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
