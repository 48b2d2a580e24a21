"""The publication builder, register, take-down list and partner export, worked through the
pages: a gate refuses (withdrawn consent), then a publication passes and its PDF is read
back; a withdrawal puts it on the take-down list and the takedown is recorded; a partner
export with its suppression report; communications staff need an editor's clearance.
Screenshots of each state in English and Swahili."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.ui.conftest import EDITOR, unlock
from tests.ui.publishing.data import BOAT, COMMUNICATIONS, WAITRESS, prepare, save_shot

BAR = WAITRESS


@pytest.mark.parametrize("language", ["en", "sw"])
def test_refused_then_built_then_taken_down_then_partner_export(make_window, archive_folder, tmp_path, qtbot,
                                                                answers, language):
    ids = prepare(archive_folder)
    window = make_window(archive_folder, language=language)
    unlock(window, *EDITOR)
    workspace = window.workspace
    assert workspace.go("publications")
    page = workspace.pages["publications"]
    builder = page.builder
    assert builder.library.rowCount() == 2, "both approved versions are offered"
    assert not builder.build_button.isEnabled()
    save_shot(window, f"{language}-30-publication-builder-empty", qtbot)

    builder.title_edit.setText("Voices from the coast")
    builder.framing_edit.setPlainText("Two accounts, shared with consent.")
    builder.select_source(ids[BAR]["version"])
    builder.add_selected()
    builder.caption_edit.setText("In her own words")
    builder.caption_edit.textEdited.emit("In her own words")
    builder.select_source(ids[BOAT]["version"])
    builder.quote_selection("were never paid")
    assert [item["kind"] for item in builder.items] == ["text", "excerpt"]

    # A gate refuses: the survivor of the second account withdrew consent.
    window.archive.consent.withdraw(ids[BOAT]["testimony"])
    builder.run_check()
    assert not builder.report.ok
    assert not builder.build_button.isEnabled(), "Build stays disabled while a gate fails"
    assert {"en": "withdrawn", "sw": "iliondolewa"}[language] in builder.blocked.text(), (
        "the policy's reason, in the interface language")
    assert builder.check_list.count() == 3  # two items and the rendered output
    save_shot(window, f"{language}-31-publication-builder-refused", qtbot)
    builder.build(tmp_path / "refused")  # the core refuses too, and writes nothing
    assert answers.asked[-1][0] == "warn" and {"en": "withdrawn", "sw": "iliondolewa"}[language] in answers.asked[-1][1]
    assert not (tmp_path / "refused").exists() or not any((tmp_path / "refused").iterdir())

    # Without that item every gate passes.
    builder.item_list.setCurrentRow(1)
    builder.remove_button.click()
    builder.run_check()
    assert builder.report.ok, builder.report.reasons()
    assert builder.build_button.isEnabled()
    save_shot(window, f"{language}-32-publication-builder-passes", qtbot)

    builder.preview_button.click()
    assert builder.views.currentIndex() == 1
    assert builder.preview_widget.pdf_bytes.startswith(b"%PDF")
    pages = builder.preview_widget.page_labels
    assert pages, "the PDF is drawn, page by page"
    drawn = pages[0].pixmap().toImage()
    assert drawn.width() > 500 and drawn.height() > drawn.width()  # a portrait page
    colours = {drawn.pixel(x, y) for x in range(0, drawn.width(), 7) for y in range(0, drawn.height(), 7)}
    assert len(colours) > 2, "the page has something drawn on it, not a blank sheet"
    assert "cannot draw" not in builder.preview_widget.pdf_note.text()
    assert "Voices from the coast" in builder.preview_widget.html_view.toPlainText()
    save_shot(window, f"{language}-33-publication-preview-pdf", qtbot)
    builder.preview_widget.tabs.setCurrentIndex(1)
    save_shot(window, f"{language}-34-publication-preview-html", qtbot)
    builder.back_button.click()

    builder.build(tmp_path / "out")
    publication_id, paths = builder.last_built
    pdf = next(p for p in paths if p.suffix == ".pdf")
    text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "Voices from the coast" in text and "waitress" in text and "In her own words" in text
    assert "never paid" not in text

    page.show_tab("register")
    assert page.register.model.rowCount() == 1
    assert page.register.records[publication_id].channel == "web"
    page.register.filter_edit.setText("no such words")
    assert page.register.proxy.rowCount() == 0
    page.register.filter_edit.clear()
    page.register.table.selectRow(0)
    assert "Voices from the coast" in page.register.details.toPlainText()
    save_shot(window, f"{language}-35-publication-register", qtbot)

    # The first survivor withdraws: the publication goes on the take-down list.
    window.archive.consent.withdraw(ids[BAR]["testimony"])
    page.show_tab("takedown")
    assert page.takedowns.model.rowCount() == 1
    assert "(1)" in page.tabs.tabText(page.tabs.indexOf(page.takedowns))
    page.register.takedown_box.setChecked(True)
    save_shot(window, f"{language}-36-publication-takedown-list", qtbot)
    page.takedowns.note_edit.setText("Page removed from the website")
    page.takedowns.record_button.click()
    assert page.takedowns.model.rowCount() == 0
    assert window.archive.publishing.get(publication_id).taken_down_at is not None
    page.show_tab("register")
    assert page.register.proxy.rowCount() == 0, "nothing waits to be taken down any more"
    page.register.takedown_box.setChecked(False)
    save_shot(window, f"{language}-37-publication-taken-down", qtbot)

    # A partner export: scope and k, the report first, then the files.
    page.show_tab("partner")
    partner = page.partner
    partner.k_spin.setValue(2)
    partner.preview_button.click()
    assert partner.report is not None and partner.report.k == 2
    assert partner.report.total == 3, "the two withdrawn testimonies are left out"
    save_shot(window, f"{language}-38-partner-export-report", qtbot)
    partner.export(tmp_path / "partner")
    export_id, export_paths, report = partner.last_export
    assert export_paths and all(p.exists() for p in export_paths)
    assert report.suppressed + report.exported == report.total
    assert window.archive.publishing.get(export_id).kind == "partner_export"

    window.lock("manual")
    assert window.workspace is None


def test_communications_needs_an_editors_clearance(make_window, archive_folder, tmp_path, qtbot, answers):
    ids = prepare(archive_folder, approved=1)
    window = make_window(archive_folder)
    unlock(window, *COMMUNICATIONS)
    assert window.workspace.go("publications")
    builder = window.workspace.pages["publications"].builder
    assert not builder.clear_button.isVisible() and not builder.review_button.isVisibleTo(builder)
    builder.title_edit.setText("A waitress job")
    builder.select_source(ids[BAR]["version"])
    builder.add_selected()
    builder.run_check()
    assert all(item.ok for item in builder.report.items)
    assert not builder.build_button.isEnabled()
    assert "needs an editor" in builder.blocked.text() and "Ask an editor to clear" in builder.blocked.text()
    assert "give the file" not in builder.blocked.text()
    assert builder.preview_button.isEnabled(), "a preview needs no clearance; it stays in memory"
    save_shot(window, "en-39-publication-needs-clearance", qtbot)
    assert builder.ask_button.isEnabled()
    answers.queue.append("For the annual report, please.")
    builder.ask_button.click()
    assert "Asked" in answers.asked[-1][1]
    page = window.workspace.pages["publications"]
    page.show_tab("clearances")
    assert page.clearances.list.count() == 1 and "Waiting" in page.clearances.list.item(0).text()

    window.lock("manual")
    unlock(window, *EDITOR)
    window.workspace.go("publications")
    page = window.workspace.pages["publications"]
    assert "(1)" in page.tabs.tabText(page.tabs.indexOf(page.clearances)), "the editor sees it waiting"
    page.show_tab("clearances")
    save_shot(window, "en-39b-clearances-waiting-editor", qtbot)
    page.clearances.list.setCurrentRow(0)
    assert "annual report" in page.clearances.list.item(0).text()
    page.clearances.clear_button.click()
    assert "Cleared" in answers.asked[-1][1]
    assert page.clearances.list.count() == 0

    window.lock("manual")
    unlock(window, *COMMUNICATIONS)
    assert "answered 1 of your clearance requests" in window.workspace.banner.text(), "told at unlock"
    window.workspace.go("publications")
    page = window.workspace.pages["publications"]
    assert "(1)" in page.tabs.tabText(page.tabs.indexOf(page.clearances)), "the officer is told"
    page.show_tab("clearances")
    assert "Cleared by" in page.clearances.list.item(0).text()
    page.clearances.list.setCurrentRow(0)
    page.clearances.open_button.click()
    builder = page.builder
    assert page.tabs.currentWidget() is builder
    assert builder.report.ok and builder.build_button.isEnabled()
    builder.build(tmp_path / "out")
    assert any(p.suffix == ".pdf" for p in builder.last_built[1])
    assert window.archive.clearances.answered_unseen() == []


def test_an_editor_declines_with_a_reason(make_window, archive_folder, answers):
    ids = prepare(archive_folder, approved=1)
    window = make_window(archive_folder)
    unlock(window, *COMMUNICATIONS)
    window.workspace.go("publications")
    builder = window.workspace.pages["publications"].builder
    builder.title_edit.setText("A waitress job")
    builder.select_source(ids[BAR]["version"])
    builder.add_selected()
    assert builder.ask_clearance("") is not None
    window.lock("manual")
    unlock(window, *EDITOR)
    window.workspace.go("publications")
    page = window.workspace.pages["publications"]
    page.show_tab("clearances")
    page.clearances.list.setCurrentRow(0)
    answers.queue.append("The framing names the village.")
    page.clearances.decline_button.click()
    window.lock("manual")
    unlock(window, *COMMUNICATIONS)
    window.workspace.go("publications")
    page = window.workspace.pages["publications"]
    page.show_tab("clearances")
    assert "Declined" in page.clearances.list.item(0).text() and "village" in page.clearances.list.item(0).text()


def test_locking_forgets_the_publication(make_window, archive_folder):
    ids = prepare(archive_folder, approved=1)
    window = make_window(archive_folder)
    unlock(window, *EDITOR)
    window.workspace.go("publications")
    page = window.workspace.pages["publications"]
    page.builder.select_source(ids[BAR]["version"])
    page.builder.add_selected()
    page.builder.run_check()
    page.clear()
    assert page.builder.items == [] and page.builder.library.rowCount() == 0
    assert page.builder.check_list.count() == 0 and page.register.model.rowCount() == 0


def test_partner_export_speaks_plainly_and_will_not_export_nothing(make_window, archive_folder):
    window = make_window(archive_folder)  # the template: no consent to share, so nothing to export
    unlock(window, *EDITOR)
    window.workspace.go("publications")
    page = window.workspace.pages["publications"]
    page.show_tab("partner")
    partner = page.partner
    partner.preview_button.click()
    text = partner.report_view.toPlainText()
    assert "every group shown has at least 11 people" in text and "k:" not in text
    assert not partner.export_button.isEnabled(), "0 rows: nothing to export"
