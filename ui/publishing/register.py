"""The publication register (everything that left the archive: list, filter, open) and the
take-down list that a withdrawal of consent fills, with a way to record each takedown."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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

from haart_archive.archive import Archive
from haart_archive.types.publishing import PublicationRecord
from ui import dialogs
from ui.errors import show_error
from ui.publishing.labels import channel_words, kind_words, release_words
from ui.widgets import FilterProxy, heading, note

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


def record_html(record: PublicationRecord) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    rows = [
        (translate("Publications", "Kind"), kind_words(record.kind)),
        (translate("Publications", "Channel"), channel_words(record.channel)),
        (translate("Publications", "Released"),
         record.released_at.strftime("%Y-%m-%d %H:%M") if record.released_at else "-"),
        (translate("Publications", "Where"), record.where or "-"),
        (translate("Publications", "Items"), str(len(record.items))),
        (translate("Publications", "Files"), ", ".join(record.files) or "-"),
        (translate("Publications", "Status"), release_words(record)),
    ]
    body = "".join(f"<tr><th align='left'>{html.escape(a)}</th><td>{html.escape(b)}</td></tr>" for a, b in rows)
    reasons = "".join(f"<li>{html.escape(r)}</li>" for r in record.takedown_reasons)
    heading_text = html.escape(translate("Publications", "Why it must come down"))
    why = f"<h3>{heading_text}</h3><ul>{reasons}</ul>" if reasons else ""
    return f"<h2>{html.escape(record.title)}</h2><table cellpadding='3'>{body}</table>{why}"


class RecordFilter(FilterProxy):
    """Words, a kind and 'take down only', applied together."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words = ""
        self.kind = ""
        self.takedown_only = False

    def set(self, words: str, kind: str, takedown_only: bool) -> None:
        self.set_filter(words=words.lower(), kind=kind, takedown_only=takedown_only)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        model = self.sourceModel()
        first = model.index(row, 0, parent)
        cells = " ".join(str(model.index(row, column, parent).data() or "") for column in range(model.columnCount()))
        if self.words and not all(word in cells.lower() for word in self.words.split()):
            return False
        if self.kind and first.data(STATUS_ROLE)[0] != self.kind:
            return False
        return not self.takedown_only or first.data(STATUS_ROLE)[1]


class RegisterView(QWidget):
    def __init__(self, archive: Archive, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.records: dict[str, object] = {}
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Kind"), self.tr("Channel"),
                                              self.tr("Released"), self.tr("Status")])
        self.proxy = RecordFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(self.tr("Filter the register"))
        self.filter_edit.setPlaceholderText(self.tr("Words in the title, channel or status…"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of release"))
        self.kind_combo.addItem(self.tr("Publications and partner exports"), "")
        self.kind_combo.addItem(kind_words("publication"), "publication")
        self.kind_combo.addItem(kind_words("partner_export"), "partner_export")
        self.takedown_box = QCheckBox(self.tr("Only what must be taken down"))
        for signal in (self.filter_edit.textChanged, self.kind_combo.currentIndexChanged, self.takedown_box.toggled):
            signal.connect(self._filter)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("The publication register"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self.open(current))
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("The release opened"))
        row = QHBoxLayout()
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.kind_combo)
        row.addWidget(self.takedown_box)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([400, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(note(
            self.tr("Everything that left the archive, newest first: publications and partner exports.")))
        layout.addLayout(row)
        layout.addWidget(splitter, 1)

    def reload(self) -> None:
        try:
            records = self.archive.publishing.list()
        except Exception as error:
            show_error(self, error)
            return
        self.model.removeRows(0, self.model.rowCount())
        self.records = {}
        for record in records:
            self.records[record.id] = record
            title = QStandardItem(record.title)
            title.setData(record.id, ID_ROLE)
            title.setData((record.kind, record.needs_takedown), STATUS_ROLE)
            released = record.released_at.strftime("%Y-%m-%d %H:%M") if record.released_at else ""
            self.model.appendRow([title, QStandardItem(kind_words(record.kind)),
                                  QStandardItem(channel_words(record.channel)), QStandardItem(released),
                                  QStandardItem(release_words(record))])
        self.details.clear()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _filter(self) -> None:
        self.proxy.set(self.filter_edit.text(), self.kind_combo.currentData(), self.takedown_box.isChecked())

    def open(self, index) -> None:
        if not index.isValid():
            self.details.clear()
            return
        record = self.records.get(index.sibling(index.row(), 0).data(ID_ROLE))
        if record is not None:
            self.details.setHtml(record_html(record))

    def clear(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self.records = {}
        self.details.clear()
        self.filter_edit.clear()


class TakedownView(QWidget):
    """Releases a withdrawal asked to take down; each is recorded once it is down."""

    changed = Signal(int)  # how many are still waiting

    def __init__(self, archive: Archive, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.records: dict[str, object] = {}
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Channel"), self.tr("Released"),
                                              self.tr("Asked on")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Releases to take down"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self.open(current))
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Why it must come down"))
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("How it was taken down"))
        self.note_edit.setPlaceholderText(self.tr("How it was taken down, e.g. page removed from the website"))
        self.record_button = QPushButton(self.tr("Record that it is taken down"))
        self.record_button.clicked.connect(self.record_takedown)
        self.empty = note()
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Take these down"), 2))
        layout.addWidget(note(self.tr(
            "A survivor withdrew consent for something these releases used. Take each one down (or ask the "
            "partner to delete the export), then record it here.")))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details, 1)
        layout.addLayout(row)

    def reload(self) -> None:
        try:
            records = self.archive.publishing.takedown_list()
        except Exception as error:
            show_error(self, error)
            return
        self.model.removeRows(0, self.model.rowCount())
        self.records = {r.id: r for r in records}
        for record in records:
            title = QStandardItem(record.title)
            title.setData(record.id, ID_ROLE)
            self.model.appendRow([
                title, QStandardItem(channel_words(record.channel)),
                QStandardItem(record.released_at.date().isoformat() if record.released_at else ""),
                QStandardItem(record.takedown_requested_at.date().isoformat() if record.takedown_requested_at else ""),
            ])
        self.empty.setText(self.tr("Nothing waits to be taken down.") if not records else self.tr(
            "%1 release(s) wait to be taken down.").replace("%1", str(len(records))))
        self.record_button.setEnabled(bool(records))
        self.details.clear()
        if records:
            self.table.selectRow(0)
        self.changed.emit(len(records))

    def open(self, index) -> None:
        record = self.records.get(index.sibling(index.row(), 0).data(ID_ROLE)) if index.isValid() else None
        if record is None:
            self.details.clear()
        else:
            self.details.setHtml(record_html(record))

    def record_takedown(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        publication_id = index.sibling(index.row(), 0).data(ID_ROLE)
        record = self.records[publication_id]
        question = self.tr("Record that \"%1\" is taken down? Do this only once it is really gone.").replace(
            "%1", record.title)
        if not dialogs.confirm(self, question):
            return
        try:
            self.archive.publishing.record_takedown(publication_id, self.note_edit.text().strip())
        except Exception as error:
            show_error(self, error)
            return
        self.note_edit.clear()
        self.reload()

    def clear(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self.records = {}
        self.details.clear()
        self.note_edit.clear()
