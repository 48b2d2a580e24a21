"""Every page, tab and dialog, for each role, in English and Swahili, at 1280×800 and
1920×1080, saved as PNG under $HAART_SCREENSHOT_DIR for people to look at.

Skipped unless HAART_SCREENSHOT_DIR is set (it takes a minute or two), so the normal suite
does not pay for it. One demo archive (fictional) is made per session and reused.
Names: <page>--<role>--<language>--<width>x<height>.png
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.ui.conftest import unlock

SHOTS = os.environ.get("HAART_SCREENSHOT_DIR", "")
SIZES = ((1280, 800), (1920, 1080))
ROLES = ("custodian", "editor", "communications", "advocate")

pytestmark = [
    pytest.mark.screenshots,
    pytest.mark.skipif(not SHOTS, reason="set HAART_SCREENSHOT_DIR to write the screenshot tour"),
]


@pytest.fixture(scope="session")
def demo_archive(tmp_path_factory):
    from haart_archive.demo import create_demo_archive

    return create_demo_archive(tmp_path_factory.mktemp("tour") / "archive", count=12)


def _save(widget, qtbot, name: str) -> None:
    qtbot.wait(30)
    folder = Path(SHOTS)
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png")), name


def _tabs(page):
    """The tab widgets of a page that has tabs (publications, the testimony editor)."""
    from PySide6.QtWidgets import QTabWidget

    return [tabs for tabs in page.findChildren(QTabWidget) if tabs.isVisibleTo(page)][:1]


@pytest.mark.parametrize("language", ["en", "sw"])
@pytest.mark.parametrize("role", ROLES)
def test_screenshot_tour(make_window, demo_archive, qtbot, role, language):
    from tests.ui.test_core_messages import back_to_english

    name, _role, passphrase = next(c for c in demo_archive.credentials if c[1] == role)
    try:
        window = make_window(demo_archive.folder, language=language)
        for width, height in SIZES:
            size = f"{width}x{height}"
            window.resize(width, height)
            if window.workspace is None:
                _save(window, qtbot, f"00-lock-screen--{role}--{language}--{size}")
                unlock(window, name, passphrase, stay_home=True)
            workspace = window.workspace
            assert workspace is not None
            for number, place in enumerate(workspace.pages, start=1):
                assert workspace.go(place)
                page = workspace.pages[place]
                if place == "testimonies" and page.model.rowCount():
                    _save(window, qtbot, f"{number:02d}-{place}--{role}--{language}--{size}")
                    page.table.selectRow(0)
                    page._open_index(page.table.currentIndex())
                    for tab in range(page.editor.tabs.count()):
                        page.editor.tabs.setCurrentIndex(tab)
                        _save(window, qtbot, f"{number:02d}-{place}-editor-tab{tab + 1}--{role}--{language}--{size}")
                    page.editor.request_close()
                    continue
                if place == "redaction" and page.picker.count() > 1:
                    page.picker.setCurrentIndex(1)
                    page.picker.activated.emit(1)
                    page.review.refresh(wait=True)
                if place == "search":
                    page.query_edit.setText("job")
                    page.new_search()
                    if page.results and page.results.hits:
                        page.open_hit(page.results.hits[0].id)
                tabs = _tabs(page)
                if tabs:
                    for tab in range(tabs[0].count()):
                        tabs[0].setCurrentIndex(tab)
                        _save(window, qtbot, f"{number:02d}-{place}-tab{tab + 1}--{role}--{language}--{size}")
                    tabs[0].setCurrentIndex(0)
                else:
                    _save(window, qtbot, f"{number:02d}-{place}--{role}--{language}--{size}")
            dialog = window.change_passphrase()
            _save(dialog, qtbot, f"90-dialog-change-passphrase--{role}--{language}--{size}")
            dialog.reject()
            workspace.go("home")
        window.lock("manual")
    finally:
        back_to_english()


@pytest.mark.parametrize("language", ["en", "sw"])
def test_screenshot_tour_first_run_and_a_new_archive(make_window, tmp_path, qtbot, language):
    from tests.ui.conftest import CUSTODIAN
    from tests.ui.test_core_messages import back_to_english

    try:
        for width, height in SIZES:
            size = f"{width}x{height}"
            window = make_window(None, language=language)
            window.resize(width, height)
            setup = window.setup
            _save(window, qtbot, f"80-setup-folder--custodian--{language}--{size}")
            setup.where_next.click()
            setup.name_edit.setText(CUSTODIAN[0])
            setup.passphrase.first.setText("password1234")
            _save(window, qtbot, f"81-setup-custodian-weak-passphrase--custodian--{language}--{size}")
            setup.passphrase.first.setText(CUSTODIAN[1])
            setup.passphrase.second.setText(CUSTODIAN[1])
            setup.folder_edit.setText(str(tmp_path / f"fresh-{size}"))
            setup.create_button.click()
            _save(window, qtbot, f"82-setup-recovery-key--custodian--{language}--{size}")
            setup.stored_check.setChecked(True)
            setup.open_button.click()
            workspace = window.workspace
            assert workspace is not None
            _save(window, qtbot, f"83-new-archive-home--custodian--{language}--{size}")
            workspace.go("testimonies")
            _save(window, qtbot, f"84-new-archive-testimonies--custodian--{language}--{size}")
            workspace.go("consent")
            consent = workspace.pages["consent"]
            _save(window, qtbot, f"85-new-archive-consent--custodian--{language}--{size}")
            workspace.go("users")
            _save(window, qtbot, f"86-new-archive-users--custodian--{language}--{size}")
            window.lock("manual")
            assert consent is not None
    finally:
        back_to_english()
