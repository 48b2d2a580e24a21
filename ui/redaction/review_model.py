"""The redaction review's data: the plan's decisions, the leak check's findings and the
alias table as Qt models, and the testimony under review."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
)

from haart_archive.types.redaction import (
    Decision,
    KnownPerson,
    Leak,
    LeakReport,
    Operator,
    RedactedText,
    RedactionPlan,
    Status,
)
from ui.redaction.labels import GROUP_COLOURS, entity_words, group_of, operator_short, operator_words, status_words
from ui.widgets import RowsModel


class SuggestionModel(QAbstractTableModel):
    """The plan's decisions, one row each, in plan order (row == decision index)."""

    COLUMNS = ("text", "type", "status", "operator", "why")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan: RedactionPlan | None = None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Text"), self.tr("Kind"), self.tr("Decision"), self.tr("How"), self.tr("Why it was found"))

    def set_plan(self, plan: RedactionPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def decision(self, row: int) -> Decision:
        return self.plan.decisions[row]

    def row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def rows_appended(self, count: int = 1) -> None:
        end = len(self.plan.decisions)
        self.beginInsertRows(QModelIndex(), end - count, end - 1)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.plan is None else len(self.plan.decisions)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section] if orientation == Qt.Orientation.Horizontal else str(section + 1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.plan is None:
            return None
        d = self.plan.decisions[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "text":
                return d.text.replace("\n", " ")
            if column == "type":
                return entity_words(d.type)
            if column == "status":
                kept = d.applies and d.operator == Operator.KEEP
                words = QCoreApplication.translate("RedactionReview", "keep") if kept else status_words(d.status)
                return words + (" " + self.tr("(every occurrence)") if d.every_occurrence else "")
            if column == "operator":
                return operator_short(d.operator) if role == Qt.ItemDataRole.DisplayRole else operator_words(d.operator)
            return f"{d.reason} ({round(d.confidence * 100)}%)"
        if role == Qt.ItemDataRole.BackgroundRole and column == "type":
            return QBrush(QColor(GROUP_COLOURS[group_of(d.type)]))
        if role == Qt.ItemDataRole.ForegroundRole and d.status == Status.REJECTED:
            return QBrush(QColor("#6b6b6b"))
        if role == Qt.ItemDataRole.FontRole and column == "status" and d.status == Status.PENDING:
            font = QFont()
            font.setBold(True)
            return font
        return None


class LeakModel(QAbstractListModel):
    """Leaks the live check found in the redacted preview."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.leaks: tuple[Leak, ...] = ()

    def set_leaks(self, leaks: tuple[Leak, ...]) -> None:
        self.beginResetModel()
        self.leaks = leaks
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.leaks)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        leak = self.leaks[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (self.tr("Line %1: “%2” (%3)").replace("%1", str(leak.line)).replace("%2", leak.form)
                    .replace("%3", leak.kind))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#8a1c1c"))
        return None


class AliasModel(RowsModel):
    """Pseudonyms of the testimony: the alias, whom it stands for, and saved or new."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Alias"), self.tr("Stands for"), self.tr("State"))


@dataclass
class Review:
    """What the review pane works on for one testimony."""

    testimony_id: str
    text: str
    plan: RedactionPlan
    known: list[KnownPerson]
    saved_aliases: dict[str, str]


Preview = Callable[[RedactionPlan], RedactedText]


# The core's leak check of a draft: (text, known people, reviewed strings, anonymity) -> report.
LeakCheck = Callable[[str, list[KnownPerson], list[str], str], LeakReport]


def with_changes(decision: Decision, **changes) -> Decision:
    from dataclasses import replace

    return replace(decision, **changes)
