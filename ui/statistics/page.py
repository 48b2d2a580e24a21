"""Statistics: counts of testimonies by one field or two crossed, small counts suppressed, as a
chart with its table beside it, exported as PNG, SVG or CSV. Every role may see them: they
are made from the public tier only, from testimonies whose consent allows statistics."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive, export_statistics, statistics_chart
from haart_archive.types.statistics import DEFAULT_K, STAT_FIELDS, StatisticsTable
from ui.i18n import current_language
from ui.page import Page
from ui.tasks import Task, TaskRunner
from ui.widgets import heading, note

_Index = QModelIndex | QPersistentModelIndex


class CountsModel(QAbstractTableModel):
    """The cells of a statistics table: one column per field, the count, and why a count is
    hidden. Totals are rows too ("Total" in a field's column)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table: StatisticsTable | None = None
        self.cells: list = []
        self.language = "en"

    def set_table(self, table: StatisticsTable | None, language: str) -> None:
        self.beginResetModel()
        self.table, self.language = table, language
        self.cells = [] if table is None else sorted(table.cells, key=_display_key(table))
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if self.table is None or parent.isValid() else len(self.cells)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if self.table is None or parent.isValid() else len(self.table.fields) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self.table is None or orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        fields = self.table.stat_fields
        if section < len(fields):
            return fields[section].title(self.language)
        return self.tr("Count") if section == len(fields) else self.tr("Note")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if self.table is None or not index.isValid():
            return None
        cell = self.cells[index.row()]
        width = len(self.table.fields)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() < width:
                return self.table.label(index.column(), cell.values[index.column()], self.language)
            if index.column() == width:
                return self.table.cell_text(cell)
            if not cell.suppressed:
                return ""
            return self.tr("fewer than k") if cell.reason == "fewer than k" else self.tr(
                "hidden: it would reveal a small count")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == width:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and cell.is_total:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _display_key(table: StatisticsTable):
    """Values in their vocabulary's order (years in order), totals last."""
    orders = [{value: rank for rank, value in enumerate(table.values(axis))} for axis in range(len(table.fields))]
    return lambda cell: tuple(len(order) if value is None else order.get(value, 0)
                              for order, value in zip(orders, cell.values, strict=True))


class StatisticsPage(Page):
    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(archive, runner, parent)
        self.table: StatisticsTable | None = None
        self.chart_png = b""
        self._build()

    def title(self) -> str:
        return self.tr("Statistics")

    def _build(self) -> None:
        language = current_language()
        self.first_combo = QComboBox()
        self.first_combo.setAccessibleName(self.tr("Count by"))
        self.second_combo = QComboBox()
        self.second_combo.setAccessibleName(self.tr("Crossed with"))
        self.second_combo.addItem(self.tr("(nothing)"), "")
        for field in STAT_FIELDS:
            self.first_combo.addItem(field.title(language), field.name)
            self.second_combo.addItem(field.title(language), field.name)
        self.k_spin = QSpinBox()
        self.k_spin.setRange(2, 1000)
        self.k_spin.setValue(DEFAULT_K)
        self.k_spin.setAccessibleName(self.tr("Smallest count shown (k)"))
        self.k_spin.setToolTip(self.tr("Counts below k are hidden, and so is any count from which one could be "
                                       "worked out. Partners and CTDC use 11."))
        self.count_button = QPushButton(self.tr("Count"))
        self.count_button.clicked.connect(self.count)
        self.export_buttons = {}
        for kind, label in (("png", self.tr("Export PNG…")), ("svg", self.tr("Export SVG…")),
                            ("csv", self.tr("Export CSV…"))):
            button = QPushButton(label)
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, kind=kind: self._ask_export(kind))
            self.export_buttons[kind] = button
        controls = QHBoxLayout()
        for widget in (QLabel(self.tr("Count by:")), self.first_combo, QLabel(self.tr("crossed with:")),
                       self.second_combo, QLabel(self.tr("k:")), self.k_spin, self.count_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        for button in self.export_buttons.values():
            controls.addWidget(button)
        self.chart_label = QLabel()
        self.chart_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.chart_label.setAccessibleName(self.tr("Chart"))
        scroll = QScrollArea()
        scroll.setWidget(self.chart_label)
        scroll.setWidgetResizable(True)
        self.model = CountsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Counts"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.scroll = scroll
        self.splitter = splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        self.summary = note()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Statistics")))
        layout.addWidget(note(self.tr(
            "Counts of testimonies whose consent allows research and statistics, from the de-identified part "
            "of the archive. Small counts are hidden so that no survivor can be singled out.")))
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def fields(self) -> list[str]:
        chosen = [self.first_combo.currentData(), self.second_combo.currentData()]
        return [name for index, name in enumerate(chosen) if name and name not in chosen[:index]]

    def count(self) -> None:
        fields, k, language = self.fields(), self.k_spin.value(), current_language()
        statistics = self.archive.statistics

        def work(_progress, _cancelled):
            table = statistics.table(fields, k)
            return table, statistics_chart(table, "png", language=language)

        self.runner.run(Task(self.tr("Counting testimonies"), work, on_done=self._show, cancellable=False))

    def _show(self, result: tuple[StatisticsTable, bytes]) -> None:
        self.table, self.chart_png = result
        language = current_language()
        pixmap = QPixmap()
        pixmap.loadFromData(self.chart_png, "PNG")
        width = self.scroll.viewport().width() - 4
        if 200 < width < pixmap.width():  # fit the width; the exported files keep full size
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.chart_label.setPixmap(pixmap)
        self.model.set_table(self.table, language)
        self.summary.setText(self.table.note(language))
        for button in self.export_buttons.values():
            button.setEnabled(True)

    def _ask_export(self, kind: str) -> None:
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG drawing (*.svg)"),
                   "csv": self.tr("CSV table (*.csv)")}
        name = "-".join(self.table.fields) if self.table else "statistics"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the statistics"), f"{name}.{kind}", filters[kind])
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Path | None:
        if self.table is None:
            return None
        table, language = self.table, current_language()
        self.runner.run(Task(self.tr("Exporting the statistics"),
                             lambda _p, _c: export_statistics(table, path, language=language),
                             on_done=lambda written: self.summary.setText(
                                 self.tr("Saved %1.").replace("%1", str(written))),
                             cancellable=False))
        return path

    def clear(self) -> None:
        self.table, self.chart_png = None, b""
        self.model.set_table(None, "en")
        self.chart_label.clear()
