"""The Statistics page (chart, table, exports) and the screening panel (pasted text and the
testimony being edited), driven through their widgets offscreen and grabbed to PNG."""

from __future__ import annotations

import io
import os
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt

from tests.services.helpers import consent_form
from tests.statistics.test_statistics_service import _draft

SHOTS = Path(os.environ.get("HAART_SHOTS", "")) if os.environ.get("HAART_SHOTS") else None

CASE_NOTE = ("Theft report, Nyali police post (fictional). The house help is accused of stealing from her employer. "
             "She says the agent promised her a hotel job in Mombasa, but the employer took her ID card and locked "
             "her in the house. She has not been paid for five months and is told she owes money for her transport.")


def _grab(widget, path: Path) -> Path:
    assert widget.grab().save(str(path))
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / path.name))
    return path


def test_statistics_page_counts_shows_a_chart_and_a_suppressed_table_and_exports(custodian_window, tmp_path):
    archive = custodian_window.archive
    for testimony_id in archive.testimonies.add_many([_draft(i) for i in range(40)]):
        archive.consent.grant(testimony_id, consent_form(uses=("case_work", "research")))
    workspace = custodian_window.workspace
    custodian_window.resize(1400, 900)
    assert workspace.go("statistics")
    page = workspace.pages["statistics"]
    page.first_combo.setCurrentIndex(page.first_combo.findData("destination_country"))
    page.count_button.click()
    model = page.model
    rows = {model.index(row, 0).data(): (model.index(row, 1).data(), model.index(row, 2).data())
            for row in range(model.rowCount())}
    assert rows["Saudi Arabia"] == ("26", "")
    assert rows["Qatar"] == ("<11", "fewer than k")
    assert rows["United Arab Emirates"] == ("–", "hidden: it would reveal a small count")
    assert rows["Total"] == ("40", "")
    assert not page.chart_label.pixmap().isNull() and page.chart_label.pixmap().width() > 300
    assert Image.open(io.BytesIO(page.chart_png)).size[0] > 1000, "the chart is drawn full size, shown fitted"
    assert "40 testimonies counted" in page.summary.text()
    for kind in ("png", "svg", "csv"):
        assert page.export_buttons[kind].isEnabled()
        page.export_to(tmp_path / f"destinations.{kind}")
        assert (tmp_path / f"destinations.{kind}").stat().st_size > 0
    assert Image.open(tmp_path / "destinations.png").format == "PNG"
    custodian_window.resize(1400, 900)
    _grab(custodian_window, tmp_path / "statistics-page.png")

    page.second_combo.setCurrentIndex(page.second_combo.findData("year"))
    page.k_spin.setValue(5)
    page.count_button.click()
    assert page.table.fields == ("destination_country", "year") and page.table.k == 5
    counts = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert all(text in ("0", "<5", "–") or int(text) >= 5 for text in counts)


def test_screening_page_highlights_the_evidence_in_pasted_text(custodian_window, tmp_path):
    workspace = custodian_window.workspace
    assert workspace.go("screening")
    panel = workspace.pages["screening"].panel
    assert not panel.testimony_button.isVisible(), "no testimony here: pasted text only"
    panel.paste_edit.setPlainText(CASE_NOTE)
    panel.paste_button.click()
    assert panel.screening is not None and panel.screening.verdict == "strong"
    assert panel.verdict_label.text().startswith("Strong indications")
    codes = {finding.code for finding in panel.screening.indicators}
    assert {"retention_of_documents", "withholding_wages"} <= codes
    assert panel.model.rowCount() == len(panel.screening.indicators)
    labels = [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]
    assert "Retention of identity documents" in labels
    evidence = [panel.model.index(row, 1).data() for row in range(panel.model.rowCount())]
    assert any("ID card" in sentence for sentence in evidence)
    panel.view.selectRow(0)
    assert panel.current_row == 0
    shown = panel.text_view.toHtml()
    assert "#ffb347" in shown and "#ffe08a" in shown, "the chosen evidence and the rest are highlighted"
    assert "screening aid" in panel.disclaimer.text().lower()
    custodian_window.resize(1400, 900)
    _grab(custodian_window, tmp_path / "screening-page.png")


def test_the_editor_screens_its_testimony_and_keeps_case_facts(custodian_window, tmp_path):
    page = custodian_window.workspace.pages["testimonies"]
    page.shown()
    page.new_testimony()
    editor = page.editor
    editor.title_edit.setText("Kazi ya nyumbani Jeddah")
    editor.text_edit.setPlainText("Wakala alimdanganya kuhusu kazi. Mwajiri alichukua pasipoti yake na hakulipwa "
                                  "mshahara kwa miezi sita. Alifungiwa ndani ya nyumba.")
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("sw"))
    facts = editor.case_facts
    facts.combos["sex"].setCurrentIndex(facts.combos["sex"].findData("female"))
    facts.combos["destination_country"].setCurrentIndex(facts.combos["destination_country"].findData("SA"))
    facts.combos["route"].setCurrentIndex(facts.combos["route"].findData("air_mombasa"))
    facts.recruitment.boxes["employment_agency"].setChecked(True)
    assert editor.has_unsaved_changes()
    editor.save_button.click()
    assert editor.status.text() == "Saved."
    record = custodian_window.archive.testimonies.get(editor.testimony_id)
    assert (record.sex, record.destination_country, record.route) == ("female", "SA", "air_mombasa")
    assert record.tags.recruitment == ("employment_agency",)
    assert not editor.has_unsaved_changes(), "the saved facts read back as they were entered"

    editor.tabs.setCurrentWidget(editor.screening)
    assert editor.screening.testimony_button.isVisible()
    editor.screening.testimony_button.click()
    assert editor.screening.screening.verdict in ("strong", "some")
    assert "retention_of_documents" in {f.code for f in editor.screening.screening.indicators}
    assert editor.screening.accept_button.isEnabled()
    editor.screening.accept_button.click()
    ticked = [editor.tag_lists["indicators"].item(row) for row in range(editor.tag_lists["indicators"].count())]
    ticked = {item.data(Qt.ItemDataRole.UserRole) for item in ticked if item.checkState() == Qt.CheckState.Checked}
    assert "retention_of_documents" in ticked and editor.has_unsaved_changes(), "ticked, not saved: the editor decides"
    custodian_window.resize(1400, 900)
    _grab(custodian_window, tmp_path / "editor-screening.png")
