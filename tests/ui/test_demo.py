"""`haart-archive gui --demo`: a fresh demo archive in a temporary folder, its credentials shown."""

import tempfile

from PySide6.QtWidgets import QPushButton

from haart_archive import demo
from ui.app import build_window


def test_demo_opens_a_fresh_archive_and_shows_its_credentials(app_setup, answers, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    original = demo.create_demo_archive
    monkeypatch.setattr(demo, "create_demo_archive", lambda folder: original(folder, count=12))  # quicker
    window = build_window(demo=True)
    qtbot.addWidget(window)
    window.show()
    assert window.folder.is_relative_to(tmp_path), "the demo lives in a new temporary folder"
    screen = window.lock_screen
    assert screen is not None and len(window.demo_credentials) >= 4
    use = next(b for b in screen.findChildren(QPushButton) if b.text() == "Use")
    use.click()
    assert screen.user_edit.text() == window.demo_credentials[0][0]
    with qtbot.waitSignal(window.runner.finished, timeout=20000):  # the real, threaded runner
        screen.unlock_button.click()
    assert window.workspace is not None, screen.message.text()
    assert window.workspace.pages["testimonies"].model.rowCount() == 12
    window.lock("manual")
