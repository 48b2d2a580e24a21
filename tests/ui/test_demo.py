"""`haart-archive gui --demo`: a fresh demo archive in a temporary folder, its credentials shown."""

import tempfile

from PySide6.QtWidgets import QPushButton

from haart_archive import demo
from ui.app import build_window


def test_demo_opens_a_fresh_archive_and_shows_its_credentials(app_setup, answers, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    original = demo.create_demo_archive
    steps = []

    def quicker(folder, progress=None):
        def told(done, total):
            steps.append((done, total))
            progress(done, total)
        return original(folder, progress=told, count=12)

    monkeypatch.setattr(demo, "create_demo_archive", quicker)
    window = build_window(demo=True)
    qtbot.addWidget(window)
    window.show()
    assert window.lock_screen is None and window.demo_bar.isVisible(), "the window shows at once, with progress"
    qtbot.waitUntil(lambda: window.lock_screen is not None, timeout=60000)
    assert len(steps) > 5 and steps[-1][0] == steps[-1][1], "progress went step by step to the end"
    assert window.folder.is_relative_to(tmp_path), "the demo lives in a new temporary folder"
    screen = window.lock_screen
    assert screen is not None and len(window.demo_credentials) >= 4
    use = next(b for b in screen.findChildren(QPushButton) if b.text() == "Use")
    use.click()
    assert screen.user_edit.text() == window.demo_credentials[0][0]
    with qtbot.waitSignal(window.runner.finished, timeout=20000):  # the real, threaded runner
        screen.unlock_button.click()
    assert window.workspace is not None, screen.message.text()
    assert window.workspace.current_place() == "home"
    window.workspace.go("testimonies")
    assert window.workspace.pages["testimonies"].model.rowCount() == 12
    window.lock("manual")
