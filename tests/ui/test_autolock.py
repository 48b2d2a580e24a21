"""Auto-lock after the custodian's idle time: a countdown first, then everything cleared."""

from PySide6.QtGui import QGuiApplication

from haart_archive.archive import Archive
from tests.ui.conftest import CUSTODIAN, unlock


def test_idle_lock_warns_then_discards_the_draft_clears_the_clipboard_and_says_so(make_window, archive_folder, qtbot):
    archive = Archive.open(archive_folder, *CUSTODIAN)
    archive.set_setting("idle_minutes", 0.05)  # three seconds: two quiet, one of countdown
    archive.lock()
    window = make_window(archive_folder)
    unlock(window, *CUSTODIAN)
    page = window.workspace.pages["testimonies"]
    page.new_testimony()
    page.editor.title_edit.setText("Draft that nobody saved")
    page.editor.title_edit.selectAll()
    page.editor.title_edit.copy()
    assert QGuiApplication.clipboard().text() == "Draft that nobody saved"
    warnings = []
    window.idle.warning.connect(warnings.append)
    banner = window.workspace.banner

    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "locks in 1 seconds" in banner.text() and "Unsaved changes will be discarded" in banner.text()
    qtbot.waitUntil(lambda: window.archive is None, timeout=5000)

    assert window.workspace is None and window.lock_screen is not None
    assert archive_folder.exists() and window.stack.count() == 1, "the workspace and its models are gone"
    assert QGuiApplication.clipboard().text() == "", "archive text does not outlive the session"
    assert "Unsaved changes were discarded" in window.lock_screen.message.text()
    unlock(window, *CUSTODIAN)
    assert "Unsaved changes were discarded" in window.workspace.banner.text()
    titles = [s.title for s in window.archive.testimonies.list()]
    assert "Draft that nobody saved" not in titles


def test_activity_during_the_countdown_keeps_the_archive_open(custodian_window, qtbot):
    window = custodian_window
    window.idle.set_minutes(0.05)
    qtbot.waitUntil(lambda: window.idle.counting_down, timeout=5000)
    qtbot.keyClick(window.workspace.nav, "a")
    assert not window.idle.counting_down
    assert window.archive is not None and not window.workspace.banner.isVisibleTo(window)


def test_ctrl_l_locks_at_once(custodian_window, qtbot):
    from PySide6.QtCore import Qt

    # A shortcut only fires in the active window; other tests may leave another one active.
    custodian_window.activateWindow()
    qtbot.waitUntil(custodian_window.isActiveWindow, timeout=3000)
    qtbot.keyClick(custodian_window.workspace.nav, "l", modifier=Qt.KeyboardModifier.ControlModifier)
    assert custodian_window.archive is None and custodian_window.lock_screen is not None
