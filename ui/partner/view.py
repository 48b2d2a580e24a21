"""Partner exports: choose the scope and k, preview the suppression report (made in memory,
nothing written), then export k-anonymous case rows and tables, with no free text."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from haart_archive.types.publishing import SuppressionReport
from ui import dialogs
from ui.errors import show_error
from ui.i18n import core_text
from ui.tasks import Task, TaskRunner
from ui.widgets import heading, note


class PartnerExportView(QWidget):
    exported = Signal(str)

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self.report = None
        self.k_spin = QSpinBox()
        self.k_spin.setRange(2, 100)
        self.k_spin.setValue(11)
        self.k_spin.setMaximumWidth(self.k_spin.fontMetrics().horizontalAdvance("0") * 10)
        before, _, after = self.tr("%1 people").partition("%1")  # Swahili puts the word first: "watu 11"
        self.k_spin.setPrefix(before)
        self.k_spin.setSuffix(after)
        self.k_spin.setMaximumWidth(self.k_spin.fontMetrics().horizontalAdvance("0") * 16)
        self.k_spin.setAccessibleName(self.tr("The smallest group any row may describe"))
        self.k_spin.setToolTip(self.tr("Every combination of year, gender, age band, citizenship and country "
                                       "must describe at least k people. CTDC uses 11."))
        self.case_rows = QRadioButton(self.tr("Case rows and summary tables"))
        self.case_rows.setChecked(True)
        self.aggregate_only = QRadioButton(self.tr("Summary tables only"))
        self.csv_box = QCheckBox("CSV")
        self.csv_box.setChecked(True)
        self.json_box = QCheckBox("JSON")
        self.json_box.setChecked(True)
        self.where_edit = QLineEdit()
        self.where_edit.setAccessibleName(self.tr("Which partner receives it"))
        self.where_edit.setPlaceholderText(self.tr("e.g. the regional data hub"))
        scope = QVBoxLayout()
        scope.addWidget(self.case_rows)
        scope.addWidget(self.aggregate_only)
        formats = QHBoxLayout()
        formats.addWidget(self.csv_box)
        formats.addWidget(self.json_box)
        formats.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Scope:"), scope)
        form.addRow(self.tr("Smallest group:"), self.k_spin)
        form.addRow(self.tr("Formats:"), formats)
        form.addRow(self.tr("Partner:"), self.where_edit)
        self.preview_button = QPushButton(self.tr("Preview the suppression report"))
        self.preview_button.clicked.connect(self.preview)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(lambda: self.export())
        for signal in (self.k_spin.valueChanged, self.case_rows.toggled, self.csv_box.toggled, self.json_box.toggled):
            signal.connect(self._changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        self.report_view = QTextBrowser()
        self.report_view.setAccessibleName(self.tr("The suppression report"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Export for a partner"), 2))
        layout.addWidget(note(self.tr(
            "Only testimonies whose consent allows sharing with partners are included, without any free text. "
            "Every group shown has at least as many people as the smallest group below (11 by default): "
            "rows that would describe fewer are generalised or left out.")))
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.report_view, 1)
        self._changed()

    def _changed(self) -> None:
        self.report = None
        self.report_view.clear()
        self.export_button.setEnabled(False)
        self.preview_button.setEnabled(self.csv_box.isChecked() or self.json_box.isChecked())

    def formats(self) -> tuple[str, ...]:
        return tuple(name for name, box in (("csv", self.csv_box), ("json", self.json_box)) if box.isChecked())

    def preview(self) -> None:
        """The report of the export as it would be made now, computed in memory."""
        k, aggregate = self.k_spin.value(), self.aggregate_only.isChecked()
        try:  # reads every consented testimony: on the worker
            export = self.runner.call(self.tr("Preparing the partner export preview…"), lambda: (
                self.archive.publishing.preview_partner_export(k, aggregate_only=aggregate)), self)
        except Exception as error:
            show_error(self, error)
            return
        self.report = export.report
        self.report_view.setHtml(self.report_html(export.report, len(export.aggregates)))
        shown_cells = sum(1 for cell in export.aggregates if not cell.get("suppressed") and cell.get("count"))
        rows = shown_cells + (0 if aggregate else len(export.rows))
        self.export_button.setEnabled(bool(self.formats()) and rows > 0)  # an empty file helps nobody
        self.export_button.setToolTip("" if rows else self.tr("Nothing to export: no testimony's consent allows "
                                                              "sharing, or every group is too small."))

    def report_html(self, report: SuppressionReport, tables: int | None = None) -> str:
        aggregate = self.aggregate_only.isChecked()
        rows = [
            (self.tr("Smallest group"), self.tr("every group shown has at least %1 people")
             .replace("%1", str(report.k))),
            (self.tr("Testimonies whose consent allows sharing"), str(report.total)),
            (self.tr("Case rows exported"), "0" if aggregate else str(report.exported)),
            (self.tr("Records left out of the case rows"), str(report.suppressed)),
            (self.tr("Summary cells hidden (fewer than %1 people)").replace("%1", str(report.k)),
             str(report.suppressed_cells)),
        ]
        body = "".join(f"<tr><th align='left'>{html.escape(a)}</th><td>{html.escape(b)}</td></tr>" for a, b in rows)
        title, generalised, why = self.tr("Suppression report"), self.tr("Generalised"), self.tr("Why")
        parts = [f"<h3>{html.escape(title)}</h3><table cellpadding='3'>{body}</table>"]
        if report.generalisations:
            parts.append(f"<h4>{html.escape(generalised)}</h4><ul>"
                         + "".join(f"<li>{html.escape(g)}</li>" for g in report.generalisations) + "</ul>")
        if report.reasons:
            parts.append(f"<h4>{html.escape(why)}</h4><ul>"
                         + "".join(f"<li>{html.escape(core_text(r))}</li>" for r in report.reasons) + "</ul>")
        return "".join(parts)

    def export(self, out_dir: Path | None = None) -> None:
        if self.report is None:
            self.preview()
            if self.report is None:
                return
        if out_dir is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the partner export"))
            if not chosen:
                return
            out_dir = Path(chosen)
        k, aggregate, formats, where = self.k_spin.value(), self.aggregate_only.isChecked(), self.formats(), \
            self.where_edit.text().strip()

        def work(progress, _cancelled):
            progress(0, 2)
            result = self.archive.publishing.export_partner(out_dir, k, aggregate_only=aggregate,
                                                            formats=formats, where=where)
            progress(2, 2)
            return result

        self.runner.run(Task(self.tr("Exporting for the partner…"), work, on_done=self._exported, cancellable=False))

    def _exported(self, result) -> None:
        publication_id, paths, report = result
        self.last_export = result
        self.report_view.setHtml(self.report_html(report) + "<p>" + html.escape(
            self.tr("Written and entered in the register:")) + "<br>" + "<br>".join(html.escape(str(p)) for p in paths)
            + "</p>")
        dialogs.inform(self, self.tr("The partner export was written: %1 file(s).").replace("%1", str(len(paths))))
        self.exported.emit(publication_id)

    def clear(self) -> None:
        self.report = None
        self.report_view.clear()
        self.where_edit.clear()
