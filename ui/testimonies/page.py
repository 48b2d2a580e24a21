"""Testimonies: a sortable, filterable list that stays smooth with 10,000 rows, and the
editor for one testimony (ui/testimonies/editor.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from haart_archive.types.testimonies import TestimonySummary
from haart_archive.types.users import Role
from ui.errors import show_error
from ui.labels import consent_words, state_words, term_label, vocabulary_items
from ui.page import Page
from ui.tasks import TaskRunner
from ui.testimonies.editor import TestimonyEditor
from ui.widgets import FilterProxy, heading, note

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ConsentLookup = Callable[[str], str]

TAG_GROUPS = (("exploitation", "exploitation"), ("indicators", "ilo_indicator"),
              ("sectors", "sector"), ("push_factors", "push_factor"))


@dataclass
class _Row:
    summary: TestimonySummary
    shown: tuple[str, ...] | None = None  # display texts, made on first paint
    tag_codes: frozenset[str] = frozenset()
    keys: dict | None = None  # sort keys, made on first sort


class TestimonyTableModel(QAbstractTableModel):
    """Rows of `TestimonySummary`. `data()` only reads cached tuples, so painting and sorting
    10,000 rows stays cheap; the consent column is looked up per row on first paint."""

    COLUMNS = ("title", "language", "county", "told_on", "tags", "consent", "revision", "updated", "state")

    def __init__(self, consent_state: ConsentLookup | None = None, parent=None):
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._consent_state = consent_state
        self._consent: dict[str, str] = {}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Title"), self.tr("Language"), self.tr("County"), self.tr("Told on"),
                self.tr("Tags"), self.tr("Consent"), self.tr("Revision"), self.tr("Last changed"),
                self.tr("State"))

    sort_column = 7
    sort_order = Qt.SortOrder.DescendingOrder

    def set_summaries(self, summaries: list[TestimonySummary]) -> None:
        self.beginResetModel()
        self._rows = [_Row(s, tag_codes=_tag_codes(s)) for s in summaries]
        self._consent.clear()
        self._sort_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # Qt's name
        """Sort with Python's sort on cached keys: Qt's proxy sort would call data() some
        300,000 times for 10,000 rows."""
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        if not 0 <= self.sort_column < len(self.COLUMNS):
            return
        column = self.COLUMNS[self.sort_column]
        keyed = [(self._row_key(index, column), row) for index, row in enumerate(self._rows)]
        keyed.sort(key=lambda pair: pair[0], reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self._rows = [row for _key, row in keyed]

    def _row_key(self, index: int, column: str):
        row = self._rows[index]
        if column == "consent":
            return self.consent_state(index)
        if row.keys is None:
            row.keys = {}
        if column not in row.keys:
            row.keys[column] = _sort_key(row.summary, column, self, index)
        return row.keys[column]

    def clear(self) -> None:
        self.set_summaries([])

    def summary(self, row: int) -> TestimonySummary:
        return self._rows[row].summary

    def tag_codes(self, row: int) -> frozenset[str]:
        return self._rows[row].tag_codes

    def prefetch_consent(self, states: dict[str, str]) -> None:
        """Take every row's consent state at once (before sorting or filtering by it)."""
        self._consent.update(states)

    def consent_known(self) -> bool:
        return all(row.summary.id in self._consent for row in self._rows)

    def consent_state(self, row: int) -> str:
        testimony_id = self._rows[row].summary.id
        if testimony_id not in self._consent:
            self._consent[testimony_id] = self._consent_state(testimony_id) if self._consent_state else ""
        return self._consent[testimony_id]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == SORT_ROLE:
            if column == "consent":
                return self.consent_state(index.row())
            if row.keys is None:
                row.keys = {}
            if column not in row.keys:
                row.keys[column] = _sort_key(row.summary, column, self, index.row())
            return row.keys[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if row.shown is None:
                row.shown = _display(row.summary)
            if column == "consent":
                return consent_words(self.consent_state(index.row()))
            return row.shown[index.column()]
        return None


def _tag_codes(summary: TestimonySummary) -> frozenset[str]:
    tags = summary.tags
    return frozenset(tags.exploitation + tags.indicators + tags.sectors + tags.push_factors)


def _display(summary: TestimonySummary) -> tuple[str, ...]:
    tags = summary.tags
    labels = [term_label(v, c) for group, v in TAG_GROUPS for c in getattr(tags, group)]
    return (
        summary.title or "",
        term_label("language", summary.language),
        term_label("county", summary.county),
        summary.told_on,
        ", ".join(labels),
        "",
        str(summary.revision),
        summary.updated_at.strftime("%Y-%m-%d") if summary.updated_at else "",  # the order keeps the time
        state_words(summary.state),
    )


def _sort_key(summary: TestimonySummary, column: str, model: TestimonyTableModel, row: int):
    if column == "revision":
        return summary.revision
    if column == "updated":
        return summary.updated_at.isoformat() if summary.updated_at else ""
    if column == "title":
        return (summary.title or "").casefold()
    if column == "consent":
        return model.consent_state(row)
    if column == "tags":
        return len(model.tag_codes(row))
    if column == "state":
        return WORKFLOW_ORDER.index(summary.state) if summary.state in WORKFLOW_ORDER else -1
    return {"language": summary.language, "county": summary.county, "told_on": summary.told_on}[column]


WORKFLOW_ORDER = ("new", "in_redaction", "stale", "approved", "published")


class TestimonyFilter(FilterProxy):
    """Filters by title words, language, county, one tag, workflow state and consent state."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = ""
        self.words = ""
        self.language = ""
        self.county = ""
        self.tag = ""
        self.consent = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # Qt's name
        """Sorting happens in the source model; the proxy only filters."""
        self.sourceModel().sort(column, order)

    def set_filter(self, **values: str) -> None:
        super().set_filter(**{name: value or "" for name, value in values.items()})

    def filterAcceptsRow(self, source_row: int, _parent: QModelIndex | QPersistentModelIndex) -> bool:
        model: TestimonyTableModel = self.sourceModel()
        summary = model.summary(source_row)
        if self.language and summary.language != self.language:
            return False
        if self.county and summary.county != self.county:
            return False
        if self.tag and self.tag not in model.tag_codes(source_row):
            return False
        if self.state and summary.state != self.state:
            return False
        if self.words and self.words.casefold() not in (summary.title or "").casefold():
            return False
        return not (self.consent and model.consent_state(source_row) != self.consent)


class TestimoniesPage(Page):
    """The list, and the editor that opens over it."""

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(archive, runner, parent)
        self.model = TestimonyTableModel(self._consent_state, self)
        self.proxy = TestimonyFilter(self)
        self.proxy.setSourceModel(self.model)
        self.loaded = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self._list_view())
        self.editor = TestimonyEditor(archive, runner)
        self.editor.closed.connect(self.show_list)
        self.editor.saved.connect(lambda _tid: self.reload())
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def title(self) -> str:
        return self.tr("Testimonies")

    def _list_view(self) -> QWidget:
        page = QWidget()
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().sortIndicatorChanged.connect(lambda column, _order: self._sorting(column))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        # Short columns (language, county, dates, state) are as wide as their words, so none is
        # cut at the default size; the title takes what is left and the tags a fixed share.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        em = self.table.fontMetrics().horizontalAdvance("M")
        self.table.setColumnWidth(0, 15 * em)
        self.table.setColumnWidth(4, 8 * em)
        self.table.setColumnHidden(6, True)  # the revision number: in the editor, not needed in the list
        self.table.setAccessibleName(self.tr("Testimonies"))
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        new = QPushButton(self.tr("New testimony"))
        new.setAccessibleName(self.tr("Add a new testimony"))
        new.clicked.connect(self.new_testimony)
        new.setEnabled(self.archive.role in (Role.CUSTODIAN, Role.EDITOR))
        open_button = QPushButton(self.tr("Open"))
        open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Testimonies")))
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(open_button)
        top.addWidget(new)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(self._filter_bar())
        self.empty_note = note(self.tr(
            "No testimonies yet. Press “New testimony” to type one in as the survivor tells it, or go to "
            "Import to bring in a spreadsheet or a folder of files. Each one is encrypted as it is saved."))
        self.empty_note.setObjectName("notice")
        self.empty_note.hide()
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table, 1)
        return page

    def _filter_bar(self) -> QHBoxLayout:
        self.words_edit = QLineEdit()
        self.words_edit.setPlaceholderText(self.tr("Filter by title…"))
        self.words_edit.setAccessibleName(self.tr("Filter by title"))
        self.words_edit.textChanged.connect(lambda text: self._filter(words=text))
        bar = QHBoxLayout()
        bar.addWidget(self.words_edit, 2)
        self.language_filter = self._combo(self.tr("Any language"), vocabulary_items("language"), "language")
        self.county_filter = self._combo(self.tr("Any county"), vocabulary_items("county"), "county")
        tags = [item for _g, vocabulary in TAG_GROUPS for item in vocabulary_items(vocabulary)]
        self.tag_filter = self._combo(self.tr("Any tag"), tags, "tag")
        states = [(s, consent_words(s)) for s in ("none", "active", "partly_withdrawn", "withdrawn", "expired")]
        self.consent_filter = self._combo(self.tr("Any consent"), states, "consent")
        self.state_filter = self._combo(self.tr("Any state"), [(s, state_words(s)) for s in WORKFLOW_ORDER], "state")
        combos = (self.state_filter, self.language_filter, self.county_filter, self.tag_filter, self.consent_filter)
        for combo in combos:
            bar.addWidget(combo, 1)
        return bar

    def _combo(self, anything: str, items: list[tuple[str, str]], name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(anything)
        combo.addItem(anything, "")
        for code, label in items:
            combo.addItem(label, code)
        combo.currentIndexChanged.connect(lambda _i: self._filter(**{name: combo.currentData()}))
        return combo

    def _filter(self, **values: str) -> None:
        if values.get("consent"):
            self._prefetch_consent()
        self.proxy.set_filter(**values)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 of %2 shown").replace("%1", str(self.proxy.rowCount()))
                                 .replace("%2", str(self.model.rowCount())))
        self.empty_note.setVisible(self.loaded and self.model.rowCount() == 0)

    def _prefetch_consent(self) -> None:
        """One read of every consent history instead of one query per row."""
        if self.model.consent_known() or getattr(self.archive, "consent", None) is None:
            return
        import datetime as dt

        from haart_archive.types.consent import current_consent

        today = dt.date.today()
        try:
            histories = self.archive.consent.all_histories()
        except Exception as error:
            show_error(self, error)
            return
        self.model.prefetch_consent({tid: current_consent(h, today).state.value for tid, h in histories.items()})

    def _sorting(self, column: int) -> None:
        if TestimonyTableModel.COLUMNS[column] == "consent":
            self._prefetch_consent()

    def _consent_state(self, testimony_id: str) -> str:
        consent = getattr(self.archive, "consent", None)
        if consent is None:
            return ""
        try:
            return str(consent.current(testimony_id).state.value)
        except Exception:  # one unreadable record must not break the list
            return ""

    # -- loading and navigation -------------------------------------------------------------------
    def shown(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        self.model.set_summaries(self.archive.testimonies.list())
        self.loaded = True
        self._update_count()

    def archive_changed(self, record_id: str, kind: str) -> None:
        if self.loaded and self.stack.currentWidget() is not self.editor:
            self.reload()
        else:
            self.loaded = False

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_testimony(self.model.summary(self.proxy.mapToSource(index).row()).id)

    def open_testimony(self, testimony_id: str) -> None:
        self.editor.load(testimony_id)
        self.stack.setCurrentWidget(self.editor)

    def new_testimony(self) -> None:
        self.editor.start_new()
        self.stack.setCurrentWidget(self.editor)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        if not self.loaded:
            self.reload()
        self.table.setFocus()

    def select_row_of(self, testimony_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.summary(source.row()).id == testimony_id:
                self.table.selectRow(row)
                return

    # -- unsaved changes and locking ----------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.stack.currentWidget() is self.editor and self.editor.has_unsaved_changes()

    def save(self) -> bool:
        return self.editor.save()

    def discard(self) -> None:
        self.editor.discard()

    def leave_editor(self) -> bool:
        """Ask about unsaved edits before leaving; False when the user cancels."""
        if not self.has_unsaved_changes():
            return True
        return self.settle_unsaved(self.tr("This testimony has unsaved changes."))

    def clear(self) -> None:
        self.editor.clear()
        self.model.clear()
        self.words_edit.clear()
        self.loaded = False
