"""Backups through the page: make with progress, verify, the last verified date and the
reminder; a cancel leaves no file. Screenshots in English and Swahili."""

from __future__ import annotations

import pytest

from tests.ui.conftest import CUSTODIAN, unlock
from tests.ui.publishing.data import save_shot


@pytest.mark.parametrize("language", ["en", "sw"])
def test_make_and_verify_a_backup(make_window, archive_folder, tmp_path, qtbot, answers, language):
    window = make_window(archive_folder, language=language)
    unlock(window, *CUSTODIAN)
    assert window.workspace.go("backup")
    page = window.workspace.pages["backup"]
    assert page.reminder.isVisibleTo(page), "no verified backup yet: the reminder shows"
    save_shot(window, f"{language}-54-backup-reminder", qtbot)

    page.make_backup(tmp_path / "missing" / "archive.hbk")
    missing = {"en": "does not exist", "sw": "haipo"}[language]
    assert answers.asked[-1][0] == "warn" and missing in answers.asked[-1][1], (
        "the core's sentence is shown, in the interface language")
    (tmp_path / "usb").mkdir()
    seen = []
    window.runner.progressed.connect(lambda done, total: seen.append((done, total)))
    page.make_backup(tmp_path / "usb" / "archive.hbk")
    assert (tmp_path / "usb" / "archive.hbk").exists()
    assert seen and seen[-1][0] == seen[-1][1], "progress reached the end"
    assert page.last_report is not None and page.last_report.files >= 1
    assert not page.reminder.isVisibleTo(page)
    assert window.archive.backup_status().last_verified_at is not None
    save_shot(window, f"{language}-55-backup-made", qtbot)

    page.verify_backup(tmp_path / "usb" / "archive.hbk")
    assert page.last_report.path.name == "archive.hbk"

    # Cancelled: no backup file is left behind.
    def cancel(done, total):
        if window.task_bar.cancel_button.isEnabled():
            window.task_bar.cancel_button.click()

    window.runner.progressed.connect(cancel)
    page.make_backup(tmp_path / "usb" / "second.hbk")
    assert not (tmp_path / "usb" / "second.hbk").exists()
    assert [p.name for p in (tmp_path / "usb").iterdir()] == ["archive.hbk"]
