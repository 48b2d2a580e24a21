"""GUI test fixtures: fast KDF, Qt offscreen, settings in a test folder, one template
archive per session copied per test (as Anki does), dialogs answered by the test, and
long tasks run inline unless a test asks for real threads."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from haart_archive.archive import Archive
from haart_archive.types.people import PersonIdentity, PersonProfile
from haart_archive.types.testimonies import PersonInput, Tags, TestimonyDraft

CUSTODIAN = ("Wanjiru Test", "purple elephant dancing quietly at dawn")
EDITOR = ("Otieno Test", "seven blue kettles whistle over lake victoria")
ADVOCATE = ("Achieng Test", "copper giraffes read newspapers every tuesday")


@dataclass
class Answers:
    """Stands in for the modal dialogs: records what was asked, answers from a queue."""

    queue: list = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)

    def __call__(self, kind, parent, text):
        from ui.dialogs import Answer

        self.asked.append((kind, text))
        if self.queue:
            return self.queue.pop(0)
        return {"unsaved": Answer.CANCEL, "confirm": Answer.YES}.get(kind, Answer.OK)

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, text in self.asked if kind is None or k == kind]


@pytest.fixture(scope="session", autouse=True)
def settings_folder(tmp_path_factory) -> Path:
    """QSettings go to a test folder, never the developer's own configuration."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qt-settings")
    os.environ["XDG_CONFIG_HOME"] = str(folder)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(folder / "system"))
    return folder


@pytest.fixture(scope="session")
def app_setup(qapp, settings_folder):
    from ui.app import make_application

    return make_application([])


@pytest.fixture(scope="session")
def template_archive(tmp_path_factory) -> Path:
    """A small fictional archive: three staff, three testimonies."""
    folder = tmp_path_factory.mktemp("template") / "archive"
    archive, _key = Archive.create(folder, *CUSTODIAN)
    archive.users.add(EDITOR[0], "editor", EDITOR[1])
    archive.users.add(ADVOCATE[0], "advocate", ADVOCATE[1])
    stories = [
        ("Kitchen work in Riyadh", "I was promised a job as a cook but my passport was taken.", "mombasa",
         Tags(exploitation=("domestic_servitude",), indicators=("retention_of_documents",),
              sectors=("domestic_work",))),
        ("Fishing boat on the lake", "We worked nights on the boat and were never paid.", "kisumu",
         Tags(exploitation=("forced_labour",), indicators=("withholding_wages",), sectors=("fishing",))),
        ("Bar job in Nairobi", "The agent said it was a waitress job.", "nairobi",
         Tags(exploitation=("sexual_exploitation",), indicators=("deception",), sectors=("hospitality",))),
    ]
    for title, text, county, tags in stories:
        archive.testimonies.add(TestimonyDraft(
            title=title, text=text, county=county, tags=tags, language="en",
            people=(PersonInput("survivor", PersonIdentity(legal_name="Fictional Person"),
                                PersonProfile("female", 1999)),),
        ))
    archive.lock()
    return folder


@pytest.fixture
def archive_folder(template_archive: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    shutil.copytree(template_archive, folder)
    return folder


@pytest.fixture
def answers(monkeypatch) -> Answers:
    from ui import dialogs

    recorder = Answers()
    monkeypatch.setattr(dialogs, "answerer", recorder)
    return recorder


@pytest.fixture
def make_window(qtbot, app_setup, answers) -> Iterator:
    """Build the real window on a folder; tasks run inline unless threaded=True."""
    from ui.tasks import TaskRunner
    from ui.window import AppWindow

    windows = []

    def build(folder: Path | None, *, threaded: bool = False, language: str = "en", **kwargs) -> AppWindow:
        from ui.settings import remember_language

        remember_language(language)
        window = AppWindow(folder, runner=TaskRunner(inline=not threaded), **kwargs)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield build
    for window in windows:
        if window.archive is not None:
            window.runner.wait()
            if window.workspace is not None:
                window.workspace.clear()
            window.archive.lock()
            window.archive = None


def unlock(window, name: str, passphrase: str, *, stay_home: bool = False) -> None:
    """Unlock as `name`. The app opens on the home page; tests of the other pages start on
    the testimonies list as before, unless they ask to stay home."""
    screen = window.lock_screen
    screen.use_recovery.setChecked(False)
    screen.user_edit.setText(name)
    screen.passphrase_edit.setText(passphrase)
    screen.unlock_button.click()
    workspace = window.workspace
    if workspace is not None and not stay_home and "testimonies" in workspace.pages:
        workspace.go("testimonies")


@pytest.fixture
def custodian_window(make_window, archive_folder):
    window = make_window(archive_folder)
    unlock(window, *CUSTODIAN)
    assert window.workspace is not None
    return window
