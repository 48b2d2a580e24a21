"""Import: choose a folder of intake documents or a spreadsheet, check the column mapping
(guessed, editable), read the dry run report, import with progress and cancel (all or
nothing), then see the source files that may now be deleted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive, plan_import
from haart_archive.tasks import Cancelled
from haart_archive.types.importing import FIELDS, ImportPlan, ImportResult
from ui.errors import show_error
from ui.i18n import core_text
from ui.importing.labels import field_words
from ui.page import Page
from ui.tasks import Task, TaskRunner
from ui.widgets import heading, note

STEP_SOURCE, STEP_REPORT, STEP_DONE = range(3)


class ImportPage(Page):
    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(archive, runner, parent)
        self.plan = None
        self.result = None
        self.mapping_combos: dict[str, QComboBox] = {}
        self.steps = QStackedWidget()
        self.steps.addWidget(self._source_step())
        self.steps.addWidget(self._report_step())
        self.steps.addWidget(self._done_step())
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Import testimonies")))
        layout.addWidget(self.steps, 1)

    def title(self) -> str:
        return self.tr("Import")

    # -- step 1: the source ---------------------------------------------------------------
    def _source_step(self) -> QWidget:
        self.source_edit = QLineEdit()
        self.source_edit.setAccessibleName(self.tr("Folder or spreadsheet to import"))
        self.source_edit.setPlaceholderText(
            self.tr("A folder of .docx, .pdf, .txt or .md files, or an .xlsx or .csv file"))
        folder_button = QPushButton(self.tr("Choose a folder…"))
        folder_button.clicked.connect(self._choose_folder)
        sheet_button = QPushButton(self.tr("Choose a spreadsheet…"))
        sheet_button.clicked.connect(self._choose_sheet)
        self.dry_run_button = QPushButton(self.tr("Dry run: see what would be imported"))
        self.dry_run_button.setDefault(True)
        self.dry_run_button.clicked.connect(lambda: self.dry_run())
        row = QHBoxLayout()
        row.addWidget(self.source_edit, 1)
        row.addWidget(folder_button)
        row.addWidget(sheet_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(note(self.tr(
            "Nothing is imported until you have read the dry run. A folder gives one testimony per document, "
            "with photos and recordings named after the document attached; a spreadsheet gives one per row.")))
        layout.addLayout(row)
        layout.addWidget(self.dry_run_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder of intake documents"))
        if chosen:
            self.source_edit.setText(chosen)

    def _choose_sheet(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Spreadsheet of testimonies"), "",
                                                self.tr("Spreadsheets (*.xlsx *.csv)"))
        if chosen:
            self.source_edit.setText(chosen)

    def dry_run(self, mapping: dict[str, str] | None = None) -> None:
        source = self.source_edit.text().strip()
        if not source:
            self.source_edit.setFocus()
            return
        self.runner.run(Task(
            self.tr("Reading the files for the dry run…"),
            lambda progress, _cancelled: plan_import(Path(source), mapping, progress=progress),
            on_done=self._planned,
        ))

    # -- step 2: mapping and the dry run report ------------------------------------------
    def _report_step(self) -> QWidget:
        self.summary_list = QListWidget()
        self.summary_list.setAccessibleName(self.tr("The dry run report"))
        self.summary_list.setWordWrap(True)
        self.planned_model = QStandardItemModel(0, 4, self)
        self.planned_model.setHorizontalHeaderLabels([self.tr("From"), self.tr("Title"), self.tr("Words"),
                                                      self.tr("Attachments")])
        self.planned_view = QTableView()
        self.planned_view.setModel(self.planned_model)
        self.planned_view.setAccessibleName(self.tr("Testimonies the import will create"))
        self.planned_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.planned_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.planned_view.verticalHeader().hide()
        self.planned_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.planned_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.planned_view.setWordWrap(False)
        self.mapping_box = QGroupBox(self.tr("Columns: which column holds what"))
        self.mapping_form = QFormLayout(self.mapping_box)
        mapping_scroll = QScrollArea()
        mapping_scroll.setWidget(self.mapping_box)
        mapping_scroll.setWidgetResizable(True)
        mapping_scroll.setMinimumWidth(380)
        mapping_scroll.setMaximumWidth(460)
        self.mapping_scroll = mapping_scroll
        self.remap_button = QPushButton(self.tr("Use this mapping and run the dry run again"))
        self.remap_button.clicked.connect(self.rerun_with_mapping)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.steps.setCurrentIndex(STEP_SOURCE))
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.remap_button)
        buttons.addWidget(self.import_button)
        right = QVBoxLayout()
        right.addWidget(self.summary_list, 1)
        right.addWidget(self.planned_view, 2)
        body = QHBoxLayout()
        body.addWidget(mapping_scroll)
        body.addLayout(right, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Dry run: nothing has been imported yet"), 2))
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        return page

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.summary_list.clear()
        for line in plan.summary():
            self.summary_list.addItem(core_text(line))
        self.planned_model.removeRows(0, self.planned_model.rowCount())
        for item in plan.testimonies:
            self.planned_model.appendRow([
                QStandardItem(item.source), QStandardItem(item.draft.title),
                QStandardItem(str(len(item.draft.text.split()))), QStandardItem(str(len(item.attachments))),
            ])
        self._fill_mapping(plan)
        self.import_button.setEnabled(bool(plan.testimonies))
        self.steps.setCurrentIndex(STEP_REPORT)

    def _fill_mapping(self, plan) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.mapping_combos = {}
        spreadsheet = plan.kind == "spreadsheet"
        self.mapping_scroll.setVisible(spreadsheet)
        self.remap_button.setVisible(spreadsheet)
        if not spreadsheet:
            return
        headers = list(dict.fromkeys([*plan.mapping.values(), *plan.unmapped_columns]))
        if plan.mapping_guessed:
            self.mapping_form.addRow(note(self.tr("Guessed from the column headers. Check each one.")))
        for name in FIELDS:
            combo = QComboBox()
            combo.setAccessibleName(field_words(name))
            combo.addItem(self.tr("(not imported)"), "")
            for header in headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(plan.mapping.get(name, ""))))
            self.mapping_combos[name] = combo
            self.mapping_form.addRow(field_words(name) + ":", combo)

    def chosen_mapping(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.mapping_combos.items() if combo.currentData()}

    def rerun_with_mapping(self) -> None:
        self.dry_run(self.chosen_mapping())

    # -- step 3: import, then the files that may go --------------------------------------
    def start_import(self) -> None:
        if self.plan is None or not self.plan.testimonies:
            return
        plan = self.plan
        self.runner.run(Task(
            self.tr("Importing %1 testimonies…").replace("%1", str(len(plan.testimonies))),
            lambda progress, cancelled: self.archive.run_import(plan, progress=progress, cancelled=cancelled),
            on_done=self._imported, on_cancelled=self._cancelled, on_error=self._failed,
        ))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self._cancelled()
        else:
            show_error(self, error)

    def _cancelled(self) -> None:
        self.summary_list.insertItem(0, self.tr(
            "The import was cancelled; nothing was kept, and the archive is as it was."))

    def _done_step(self) -> QWidget:
        self.done_label = heading("", 2)
        self.files_list = QListWidget()
        self.files_list.setAccessibleName(self.tr("Source files you may now delete"))
        self.skipped_list = QListWidget()
        self.skipped_list.setAccessibleName(self.tr("What was not imported"))
        again = QPushButton(self.tr("Import more"))
        again.clicked.connect(self.start_over)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_label)
        layout.addWidget(note(self.tr(
            "These source files hold nothing the archive lacks now. They are not encrypted: delete them "
            "(and empty the recycle bin) unless the law asks you to keep them.")))
        layout.addWidget(self.files_list, 2)
        layout.addWidget(note(self.tr("Not imported, or imported without an attachment:")))
        layout.addWidget(self.skipped_list, 1)
        layout.addWidget(again, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        self.done_label.setText(self.tr("%1 testimonies imported.").replace("%1", str(len(result.testimony_ids))))
        self.files_list.clear()
        for path in result.source_files:
            self.files_list.addItem(str(path))
        self.skipped_list.clear()
        for problem in (*result.skipped, *result.missing):
            self.skipped_list.addItem(core_text(problem.sentence()))
        self.steps.setCurrentIndex(STEP_DONE)

    def start_over(self) -> None:
        self.plan = self.result = None
        self.source_edit.clear()
        self.summary_list.clear()
        self.files_list.clear()
        self.skipped_list.clear()
        self.planned_model.removeRows(0, self.planned_model.rowCount())
        self.steps.setCurrentIndex(STEP_SOURCE)

    def clear(self) -> None:
        self.start_over()
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.mapping_combos = {}
