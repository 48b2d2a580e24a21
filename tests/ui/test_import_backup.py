"""Import through the page (dry run, mapping, import, the files that may go; a cancel keeps
nothing) and backups (make with progress, verify, the last verified date and reminder).
Screenshots in English and Swahili."""

from __future__ import annotations

import pytest

from tests.importing.sources import csv_file
from tests.ui.conftest import CUSTODIAN, unlock
from tests.ui.publishing_data import save_shot


def intake_folder(folder):  # noqa: ANN001, ANN201
    folder.mkdir()
    (folder / "invented-account-one.txt").write_text("We were promised hotel work and given none.", encoding="utf-8")
    (folder / "invented-account-two.txt").write_text("The broker kept every wage for a year.", encoding="utf-8")
    (folder / "notes.xyz").write_text("not a document", encoding="utf-8")
    return folder


@pytest.mark.parametrize("language", ["en", "sw"])
def test_import_a_folder_after_a_dry_run(make_window, archive_folder, tmp_path, qtbot, language):
    window = make_window(archive_folder, language=language)
    unlock(window, *CUSTODIAN)
    before = len(window.archive.testimonies.ids())
    assert window.workspace.go("import")
    page = window.workspace.pages["import"]
    save_shot(window, f"{language}-50-import-source", qtbot)
    page.source_edit.setText(str(intake_folder(tmp_path / "intake")))
    page.dry_run_button.click()
    assert page.steps.currentIndex() == 1
    assert page.planned_model.rowCount() == 2
    assert not page.mapping_scroll.isVisibleTo(page), "a folder has no columns to map"
    assert any("notes.xyz" in page.summary_list.item(i).text() for i in range(page.summary_list.count()))
    assert len(window.archive.testimonies.ids()) == before, "the dry run imports nothing"
    save_shot(window, f"{language}-51-import-dry-run", qtbot)

    # Cancelled at the first step: nothing is kept.
    def cancel(done, total):  # noqa: ANN001, ANN202
        if window.task_bar.cancel_button.isEnabled():
            window.task_bar.cancel_button.click()

    window.runner.progressed.connect(cancel)
    page.import_button.click()
    window.runner.progressed.disconnect(cancel)
    assert page.steps.currentIndex() == 1
    assert "cancelled" in page.summary_list.item(0).text() or language == "sw"
    assert len(window.archive.testimonies.ids()) == before

    page.import_button.click()
    assert page.steps.currentIndex() == 2
    assert len(window.archive.testimonies.ids()) == before + 2
    files = [page.files_list.item(i).text() for i in range(page.files_list.count())]
    assert sorted(f.rsplit("/", 1)[-1] for f in files) == ["invented-account-one.txt", "invented-account-two.txt"]
    save_shot(window, f"{language}-52-import-done", qtbot)
    page.clear()
    assert page.files_list.count() == 0 and page.steps.currentIndex() == 0


def test_a_spreadsheet_mapping_is_guessed_and_can_be_changed(make_window, archive_folder, tmp_path, qtbot):
    sheet = csv_file(tmp_path / "intake.csv", [
        ["Case title", "Narrative", "County", "Follow-up"],
        ["Invented hotel case", "Promised hotel work, given none.", "Kilifi", "call back later"],
        ["Invented farm case", "Paid nothing for the harvest.", "Kisumu", ""],
    ])
    window = make_window(archive_folder)
    unlock(window, *CUSTODIAN)
    window.workspace.go("import")
    page = window.workspace.pages["import"]
    page.source_edit.setText(str(sheet))
    page.dry_run()
    assert page.mapping_scroll.isVisibleTo(page)
    assert page.chosen_mapping()["text"] == "Narrative"
    assert "notes" not in page.chosen_mapping()
    combo = page.mapping_combos["notes"]
    combo.setCurrentIndex(combo.findData("Follow-up"))
    page.remap_button.click()
    assert page.plan.mapping["notes"] == "Follow-up" and not page.plan.mapping_guessed
    assert not page.plan.unmapped_columns
    save_shot(window, "en-53-import-mapping", qtbot)
    page.import_button.click()
    assert str(sheet) in [page.files_list.item(i).text() for i in range(page.files_list.count())], \
        "every row and column was used, so the spreadsheet may go"


@pytest.mark.parametrize("language", ["en", "sw"])
def test_make_and_verify_a_backup(make_window, archive_folder, tmp_path, qtbot, answers, language):
    window = make_window(archive_folder, language=language)
    unlock(window, *CUSTODIAN)
    assert window.workspace.go("backup")
    page = window.workspace.pages["backup"]
    assert page.reminder.isVisibleTo(page), "no verified backup yet: the reminder shows"
    save_shot(window, f"{language}-54-backup-reminder", qtbot)

    page.make_backup(tmp_path / "missing" / "archive.hbk")
    assert answers.asked[-1][0] == "warn" and {"en": "does not exist", "sw": "haipo"}[language] in answers.asked[-1][1], (
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
    def cancel(done, total):  # noqa: ANN001, ANN202
        if window.task_bar.cancel_button.isEnabled():
            window.task_bar.cancel_button.click()

    window.runner.progressed.connect(cancel)
    page.make_backup(tmp_path / "usb" / "second.hbk")
    assert not (tmp_path / "usb" / "second.hbk").exists()
    assert [p.name for p in (tmp_path / "usb").iterdir()] == ["archive.hbk"]
