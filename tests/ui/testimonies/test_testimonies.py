"""Add a testimony with people and tags, find it with the filters, and never lose edits."""

from PySide6.QtCore import Qt

from ui.dialogs import Answer


def _tick(widget, code):
    for row in range(widget.count()):
        if widget.item(row).data(Qt.ItemDataRole.UserRole) == code:
            widget.item(row).setCheckState(Qt.CheckState.Checked)
            return
    raise KeyError(code)


def test_add_a_testimony_with_people_and_tags(custodian_window):
    page = custodian_window.workspace.pages["testimonies"]
    assert page.model.rowCount() == 3
    page.new_testimony()
    editor = page.editor
    editor.title_edit.setText("Quarry near Machakos")
    editor.text_edit.setPlainText("They kept our identity cards and paid nothing for months.")
    assert editor.word_count.text().startswith("10 words")
    editor.county_combo.setCurrentIndex(editor.county_combo.findData("machakos"))
    editor.person_name.setText("Imaginary Mwikali")
    editor.person_role.setCurrentIndex(editor.person_role.findData("survivor"))
    editor.person_gender.setCurrentIndex(editor.person_gender.findData("female"))
    editor.person_born.setValue(2001)
    editor.person_name.returnPressed.emit()
    editor.person_name.setText("Invented Broker")
    editor.person_role.setCurrentIndex(editor.person_role.findData("recruiter"))
    editor.person_name.returnPressed.emit()
    _tick(editor.tag_lists["exploitation"], "forced_labour")
    _tick(editor.tag_lists["indicators"], "retention_of_documents")
    _tick(editor.tag_lists["sectors"], "mining")
    assert editor.has_unsaved_changes()
    editor.save_button.click()

    assert not editor.has_unsaved_changes()
    assert editor.status.text() == "Saved."
    record = custodian_window.archive.testimonies.get(editor.testimony_id, with_identities=True)
    assert {p.identity.legal_name for p in record.people} == {"Imaginary Mwikali", "Invented Broker"}
    assert record.tags.sectors == ("mining",) and record.county == "machakos"

    editor.close_button.click()
    assert page.stack.currentIndex() == 0
    assert page.model.rowCount() == 4
    page.county_filter.setCurrentIndex(page.county_filter.findData("machakos"))
    assert page.proxy.rowCount() == 1
    page.county_filter.setCurrentIndex(0)
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("mining"))
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "Quarry near Machakos"


def test_unsaved_changes_are_never_lost_silently(custodian_window, answers):
    workspace = custodian_window.workspace
    page = workspace.pages["testimonies"]
    page.shown()
    page.table.selectRow(0)
    page._open_index(page.table.currentIndex())
    page.editor.text_edit.appendPlainText("One more sentence.")

    answers.queue = [Answer.CANCEL]
    page.editor.close_button.click()
    assert page.stack.currentWidget() is page.editor, "cancel keeps the editor open"

    answers.queue = [Answer.CANCEL]
    workspace.go("audit")
    assert workspace.current_place() == "testimonies", "cancel keeps the user on the page"

    answers.queue = [Answer.CANCEL]
    assert not custodian_window.lock("manual")
    assert custodian_window.archive is not None

    answers.queue = [Answer.SAVE]
    assert custodian_window.lock("manual")
    assert len(answers.texts("unsaved")) == 4
    assert custodian_window.lock_screen is not None


def test_short_columns_are_not_cut_at_the_default_size(custodian_window, qtbot):
    window = custodian_window
    window.resize(1200, 780)
    page = window.workspace.pages["testimonies"]
    page.shown()
    qtbot.wait(20)
    table = page.table
    metrics = table.fontMetrics()
    for column in (1, 2, 3, 5, 7, 8):  # language, county, told, consent, updated, state
        widest = max(metrics.horizontalAdvance(str(page.proxy.index(row, column).data() or ""))
                     for row in range(page.proxy.rowCount()))
        assert table.columnWidth(column) >= widest, page.proxy.headerData(column, 1)


def test_empty_states_say_what_belongs_there(make_window, tmp_path, qtbot):
    from haart_archive.archive import Archive
    from tests.ui.conftest import CUSTODIAN, unlock

    folder = tmp_path / "new"
    Archive.create(folder, *CUSTODIAN)[0].lock()
    window = make_window(folder)
    unlock(window, *CUSTODIAN)
    page = window.workspace.pages["testimonies"]
    page.shown()
    assert page.empty_note.isVisible() and "New testimony" in page.empty_note.text()
    page.new_testimony()
    editor = page.editor
    editor.title_edit.setText("A fictional story")
    editor.text_edit.setPlainText("I was promised work in a hotel.")
    assert editor.save()
    editor._show_media()
    assert "No files yet" in editor.media_note.text()
    editor._show_history()
    assert editor.history_table.rowCount() >= 1
    words = " ".join(editor.history_table.item(r, 2).text() for r in range(editor.history_table.rowCount()))
    assert "_" not in words, "actions in words, not codes"
