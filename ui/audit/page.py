"""Audit: the hash-chained log as a filterable table, and "verify" with its result."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from ui.errors import show_error
from ui.i18n import core_text
from ui.page import Page
from ui.tasks import TaskRunner
from ui.widgets import FilterProxy, RowsModel, heading, note


class AuditModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("When (UTC)"), self.tr("Who"), self.tr("What"),
                self.tr("Record"), self.tr("Details"))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # Sorting uses UserRole: the entry number as a number, so 100 comes after 99, not after 10.
        if index.isValid() and role == Qt.ItemDataRole.UserRole:
            value = self.rows[index.row()][index.column()]
            return int(value) if index.column() == 0 else value
        return super().data(index, role)


class AuditFilter(FilterProxy):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.action = ""
        self.actor = ""
        self.words = ""

    def set_filter(self, **values: str) -> None:
        super().set_filter(**{name: value or "" for name, value in values.items()})

    def filterAcceptsRow(self, source_row: int, _parent: QModelIndex | QPersistentModelIndex) -> bool:
        row = self.sourceModel().rows[source_row]
        if self.action and row[3] != self.action:
            return False
        if self.actor and row[2] != self.actor:
            return False
        return not self.words or self.words.casefold() in " ".join(row).casefold()


class AuditPage(Page):
    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(archive, runner, parent)
        self.model = AuditModel(self)
        self.proxy = AuditFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Records and details can be long: a fixed share and the rest, one line each (the whole
        # text is in the tooltip), so the details column is never pushed off the page.
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(4, 18 * self.table.fontMetrics().horizontalAdvance("M"))
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Audit log"))
        self.action_filter = QComboBox()
        self.action_filter.setAccessibleName(self.tr("Filter by action"))
        self.action_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filter(action=self.action_filter.currentData()))
        self.actor_filter = QComboBox()
        self.actor_filter.setAccessibleName(self.tr("Filter by person"))
        self.actor_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filter(actor=self.actor_filter.currentData()))
        self.words_edit = QLineEdit()
        self.words_edit.setPlaceholderText(self.tr("Filter by any text…"))
        self.words_edit.setAccessibleName(self.tr("Filter by any text"))
        self.words_edit.textChanged.connect(lambda text: self.proxy.set_filter(words=text))
        self.verify_button = QPushButton(self.tr("Verify the log"))
        self.verify_button.setAccessibleName(self.tr("Verify that no audit entry was changed or deleted"))
        self.verify_button.clicked.connect(self.verify)
        self.result = note()
        bar = QHBoxLayout()
        bar.addWidget(self.words_edit, 2)
        bar.addWidget(self.action_filter, 1)
        bar.addWidget(self.actor_filter, 1)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Audit log")), 1)
        top.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.result)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("Audit")

    def shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        try:
            lines = self.archive.audit_lines(newest_first=True)
        except Exception as error:
            show_error(self, error)
            return
        rows = [
            (str(line.seq), line.at.replace("T", " ").rstrip("Z"), line.who, core_text(line.what),
             core_text(line.record), core_text(line.details))
            for line in lines
        ]
        self.model.set_rows(rows)
        self.proxy.sort(0, Qt.SortOrder.DescendingOrder)
        _refill(self.action_filter, self.tr("Every action"), sorted({r[3] for r in rows}))
        _refill(self.actor_filter, self.tr("Everyone"), sorted({r[2] for r in rows}))

    def verify(self) -> None:
        try:
            result = self.archive.verify_audit()
        except Exception as error:
            show_error(self, error)
            return
        if result.ok:
            text = self.tr("The log is intact: %1 entries checked, none changed or missing.").replace(
                "%1", str(result.checked))
            self.result.setObjectName("ok")
        else:
            text = self.tr("The log has been tampered with. Problems found:") + "\n" + "\n".join(
                f"• {problem}" for problem in result.problems)
            self.result.setObjectName("warning")
        self.result.setText(text)
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.reload()

    def archive_changed(self, record_id: str, kind: str) -> None:
        if self.isVisible():
            self.reload()

    def clear(self) -> None:
        self.model.set_rows([])
        self.words_edit.clear()
        self.result.clear()


def _refill(combo: QComboBox, anything: str, values: list[str]) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(anything, "")
    for value in values:
        combo.addItem(value, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
