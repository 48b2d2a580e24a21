"""Import through the page (dry run, mapping, import, the files that may go; a cancel keeps
nothing). Screenshots in English and Swahili."""

from __future__ import annotations

import pytest

from tests.importing.sources import csv_file
from tests.ui.conftest import CUSTODIAN, unlock
from tests.ui.publishing.data import save_shot


def intake_folder(folder):
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
    def cancel(done, total):
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
