"""Public texts: the approved, current redacted versions, for every role: a filtered list
and a reader. Only public-tier text appears here; a stale version (the original changed
after it was approved) is left out, because it may no longer be published."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive, save_file
from haart_archive.errors import PublicationRefused
from haart_archive.types.users import Role
from ui import dialogs
from ui.errors import show_error
from ui.labels import duplicated, picker_label
from ui.page import Page
from ui.publishing.labels import anonymity_words
from ui.tasks import TaskRunner
from ui.widgets import FilterProxy, heading, note

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2


def current_versions(archive: Archive) -> list:
    """Approved versions that are still current, newest approval first."""
    versions = [v for v in archive.redaction.approved_versions() if not v.stale]
    return sorted(versions, key=lambda v: (v.approved_at is not None, v.approved_at), reverse=True)


class TextFilter(FilterProxy):
    """Matches the typed words against the title and the whole redacted text."""

    words: list[str] = []

    def set_words(self, text: str) -> None:
        self.set_filter(words=text.lower().split())

    def filterAcceptsRow(self, row: int, parent) -> bool:
        words = self.words
        if not words:
            return True
        index = self.sourceModel().index(row, 0, parent)
        haystack = (str(index.data()) + "\n" + str(index.data(TEXT_ROLE) or "")).lower()
        return all(word in haystack for word in words)


class PublicTextsPage(Page):
    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(archive, runner, parent)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Anonymity"), self.tr("Approved on")])
        self.proxy = TextFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(self.tr("Filter the public texts"))
        self.filter_edit.setPlaceholderText(self.tr("Words in the title or text…"))
        self.filter_edit.textChanged.connect(self.proxy.set_words)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Approved public texts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self.read(current))
        self.reader = QTextBrowser()
        self.reader.setAccessibleName(self.tr("The public text"))
        self.count = note()
        # Every role but advocates may take an approved text out, through the publication gates.
        self.pdf_button = QPushButton(self.tr("Export PDF (to print)…"))
        self.pdf_button.setAccessibleName(self.tr("Save the selected public text as a PDF to print"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.docx_button = QPushButton(self.tr("Export for Word (.docx)…"))
        self.docx_button.setAccessibleName(self.tr("Save the selected public text as a Word document"))
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the selected public text"))
        self.print_button.clicked.connect(lambda: self.print_text())
        exports = QHBoxLayout()
        exports.addStretch(1)
        exports.addWidget(self.print_button)
        exports.addWidget(self.pdf_button)
        exports.addWidget(self.docx_button)
        may_export = archive.role != Role.ADVOCATE
        self.pdf_button.setVisible(may_export)
        self.docx_button.setVisible(may_export)
        self.print_button.setVisible(may_export)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.reader, 1)
        right_layout.addLayout(exports)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Public texts")))
        layout.addWidget(note(self.tr(
            "Redacted versions an editor approved, as they may be published. Nothing here names a survivor.")))
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Public texts")

    def shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        try:
            versions = current_versions(self.archive)
        except Exception as error:
            show_error(self, error)
            return
        self.model.removeRows(0, self.model.rowCount())
        twins = duplicated([v.title or "" for v in versions])
        for version in versions:
            words = version.title or self.tr("(untitled)")
            if version.title in twins:  # told apart by a short id (the date is in its own column)
                words = picker_label(words, version.testimony_id)
            title = QStandardItem(words)
            title.setData(version.id, ID_ROLE)
            title.setData(version.text, TEXT_ROLE)
            approved = QStandardItem(version.approved_at.date().isoformat() if version.approved_at else "")
            self.model.appendRow([title, QStandardItem(anonymity_words(version.anonymity)), approved])
        self.count.setText(self.tr("%1 approved texts.").replace("%1", str(len(versions))) if versions else self.tr(
            "No approved texts yet. An editor approves redacted versions at the redaction desk."))
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self.reader.clear()

    def selected_version(self) -> str | None:
        index = self.table.currentIndex()
        return index.sibling(index.row(), 0).data(ID_ROLE) if index.isValid() else None

    def export(self, fmt: str, path: Path | None = None) -> Path | None:
        """Save the selected text as PDF or .docx after the gates pass; communications staff
        are offered to ask an editor for the clearance the leak check needs."""
        version_id = self.selected_version()
        if version_id is None:
            return None
        try:  # renders, runs OCR and the leak check: on the worker
            data = self.runner.call(self.tr("Preparing the file…"),
                                    lambda: self.archive.export_public_text(version_id, fmt), self)
        except PublicationRefused as error:
            if self.archive.role == Role.COMMUNICATIONS and self._ask_clearance(version_id):
                return None
            show_error(self, error)
            return None
        except Exception as error:
            show_error(self, error)
            return None
        if path is None:
            title = str(self.table.currentIndex().sibling(self.table.currentIndex().row(), 0).data() or "text")
            suggested = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")[:40] + "." + fmt
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the public text"), suggested,
                                                    "PDF (*.pdf)" if fmt == "pdf" else "Word (*.docx)")
            if not chosen:
                return None
            path = Path(chosen)
        try:
            save_file(path, data)
        except OSError:
            dialogs.warn(self, self.tr("The file could not be written. Choose another folder."))
            return None
        return path

    def print_text(self, printer=None) -> bool:
        """Print exactly the PDF an export would give (same gates), page by page."""
        version_id = self.selected_version()
        if version_id is None:
            return False
        try:
            data = self.runner.call(self.tr("Preparing the file…"),
                                    lambda: self.archive.export_public_text(version_id, "pdf"), self)
        except PublicationRefused as error:
            if self.archive.role == Role.COMMUNICATIONS and self._ask_clearance(version_id):
                return False
            show_error(self, error)
            return False
        except Exception as error:
            show_error(self, error)
            return False
        from PySide6.QtGui import QPainter
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui.publishing.preview import pdf_page_images

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if not QPrintDialog(printer, self).exec():
                return False
        images = pdf_page_images(data, scale=min(printer.resolution(), 300) / 72)
        painter = QPainter()
        if not painter.begin(printer):
            dialogs.warn(self, self.tr("The printer could not be used. Check it and try again."))
            return False
        try:
            for number, image in enumerate(images):
                if number:
                    printer.newPage()
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(area.x(), area.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(area)
        finally:
            painter.end()
        return True

    def _ask_clearance(self, version_id: str) -> bool:
        waiting = [r for r in self.archive.clearances.mine()
                   if r.waiting and [item.version for item in r.spec.items] == [version_id]]
        if waiting:
            dialogs.inform(self, self.tr("An editor has not cleared this text yet; your request is waiting."))
            return True
        if not dialogs.confirm(self, self.tr("Exporting needs an editor's clearance, because the leak check "
                                             "needs the names your role may not read. Ask an editor to clear it?")):
            return True
        try:
            self.archive.clearances.request(self.archive.public_text_spec(version_id))
        except Exception as error:
            show_error(self, error)
            return True
        dialogs.inform(self, self.tr("Asked. You will be told on your home page when an editor answers; then "
                                     "export again."))
        return True

    def read(self, index) -> None:
        self.pdf_button.setEnabled(index.isValid())
        self.print_button.setEnabled(index.isValid())
        self.docx_button.setEnabled(index.isValid())
        if not index.isValid():
            self.reader.clear()
            return
        first = index.sibling(index.row(), 0)
        paragraphs = [p for p in str(first.data(TEXT_ROLE) or "").split("\n\n") if p.strip()]
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        self.reader.setHtml(f"<h2>{html.escape(str(first.data()))}</h2>{body}")

    def archive_changed(self, record_id: str, kind: str) -> None:
        if self.isVisible():
            self.reload()

    def clear(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self.reader.clear()
        self.filter_edit.clear()
        self.count.clear()
