"""The publication builder's first pane: the approved material a publication may use
(current redacted texts and redacted images), filtered by words and kind, the chosen one read
beside the list, added whole or quoted."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from ui import dialogs
from ui.errors import show_error
from ui.labels import duplicated, picker_label
from ui.publishing.labels import anonymity_words
from ui.publishing.public_texts import ID_ROLE, TEXT_ROLE, TextFilter, current_versions
from ui.widgets import heading

KIND_ROLE = Qt.ItemDataRole.UserRole + 3


class SourceLibrary(QWidget):
    """Approved texts and images; `add_requested(kind, source id, excerpt)` adds one."""

    add_requested = Signal(str, str, str)

    def __init__(self, archive: Archive, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.labels: dict[str, str] = {}  # source id -> the label the list shows
        self._build()

    def _build(self) -> None:
        self.library = QStandardItemModel(0, 2, self)
        self.library.setHorizontalHeaderLabels([self.tr("Approved material"), self.tr("Kind")])
        self.library_proxy = TextFilter(self)
        self.library_proxy.setSourceModel(self.library)
        self.library_filter = QLineEdit()
        self.library_filter.setAccessibleName(self.tr("Filter the approved material"))
        self.library_filter.setPlaceholderText(self.tr("Search titles and texts…"))
        self.library_filter.textChanged.connect(self.library_proxy.set_words)
        self.library_kind = QComboBox()
        self.library_kind.setAccessibleName(self.tr("Show which kind of material"))
        self.library_kind.addItem(self.tr("Texts and images"), "")
        self.library_kind.addItem(self.tr("Texts only"), "text")
        self.library_kind.addItem(self.tr("Images only"), "image")
        self.library_kind.currentIndexChanged.connect(self._kind_filter)
        self.kind_proxy = QSortFilterProxyModel(self)
        self.kind_proxy.setSourceModel(self.library_proxy)
        self.kind_proxy.setFilterRole(KIND_ROLE)
        self.kind_proxy.setFilterKeyColumn(0)
        self.library_view = QTableView()
        self.library_view.setModel(self.kind_proxy)
        self.library_view.setAccessibleName(self.tr("Approved texts and images"))
        self.library_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.library_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.library_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.library_view.verticalHeader().hide()
        self.library_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.library_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.library_view.setWordWrap(False)
        self.library_view.selectionModel().currentRowChanged.connect(lambda current, _old: self._show_source(current))
        self.library_view.doubleClicked.connect(lambda _i: self.add_selected())
        self.source_reader = QPlainTextEdit()
        self.source_reader.setReadOnly(True)
        self.source_reader.setAccessibleName(self.tr("The selected text; select a passage to quote it"))
        self.add_button = QPushButton(self.tr("Add whole text"))
        self.add_button.clicked.connect(self.add_selected)
        self.quote_button = QPushButton(self.tr("Quote the selected passage"))
        self.quote_button.clicked.connect(self.quote_selection)
        # Stacked, not side by side, so the pane stays narrow in both languages.
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.quote_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("1. Choose material"), 2))
        layout.addWidget(self.library_filter)
        layout.addWidget(self.library_kind)
        layout.addWidget(self.library_view, 2)
        layout.addWidget(self.source_reader, 1)
        layout.addLayout(buttons)


    def reload(self) -> None:
        try:
            versions = current_versions(self.archive)
            images = self._approved_images(versions)
        except Exception as error:
            show_error(self, error)
            return
        self.library.removeRows(0, self.library.rowCount())
        self.labels = {}
        twins = duplicated([v.title or "" for v in versions])
        for version in versions:
            title = version.title or self.tr("(untitled)")
            if version.title in twins:  # the same title twice: the approval date and a short id tell them apart
                approved = version.approved_at.date().isoformat() if version.approved_at else ""
                title = picker_label(title, version.testimony_id, "", approved)
            self._add_source(version.id, "text", title, version.text,
                             self.tr("Text, %1").replace("%1", anonymity_words(version.anonymity).lower()))
        for number, (image, title) in enumerate(images, start=1):
            label = self.tr("Image %1 (%2)").replace("%1", str(number)).replace("%2", title)
            self._add_source(image.id, "image", label, "", self.tr("Image"))

    def _approved_images(self, versions: list) -> list:
        titles = {v.testimony_id: v.title for v in versions}
        found = []
        for testimony_id in self.archive.testimonies.ids():
            for info in self.archive.media.list(testimony_id):
                if info.derived_from and info.state == "approved" and info.kind == "image":
                    found.append((info, titles.get(testimony_id, self.tr("no approved text"))))
        return found

    def _add_source(self, source_id: str, kind: str, label: str, text: str, detail: str) -> None:
        item = QStandardItem(label)
        item.setToolTip(label)
        item.setData(source_id, ID_ROLE)
        item.setData(text, TEXT_ROLE)
        item.setData(kind, KIND_ROLE)
        self.labels[source_id] = label
        self.library.appendRow([item, QStandardItem(detail)])

    def _kind_filter(self) -> None:
        kind = self.library_kind.currentData()
        self.kind_proxy.setFilterFixedString(kind or "")

    def selected_source(self):
        index = self.library_view.currentIndex()
        if not index.isValid():
            return None
        return index.sibling(index.row(), 0)

    def _show_source(self, index) -> None:
        if not index.isValid():
            self.source_reader.clear()
            return
        first = index.sibling(index.row(), 0)
        kind = first.data(KIND_ROLE)
        self.source_reader.setPlainText(first.data(TEXT_ROLE) if kind == "text" else self.tr(
            "An approved redacted image. Add it, then write its alt text and caption."))
        self.quote_button.setEnabled(kind == "text")
        self.add_button.setText(self.tr("Add whole text") if kind == "text" else self.tr("Add image"))

    def select_source(self, source_id: str) -> None:
        """Select a row of the library by the id it stands for (what a click does)."""
        for row in range(self.kind_proxy.rowCount()):
            index = self.kind_proxy.index(row, 0)
            if index.data(ID_ROLE) == source_id:
                self.library_view.setCurrentIndex(index)
                return

    def add_selected(self) -> None:
        index = self.selected_source()
        if index is None:
            return
        self.add_requested.emit(index.data(KIND_ROLE), index.data(ID_ROLE), "")

    def quote_selection(self, passage: str | None = None) -> None:
        index = self.selected_source()
        if index is None or index.data(KIND_ROLE) != "text":
            return
        if passage is None:
            passage = self.source_reader.textCursor().selectedText().replace("\u2029", "\n")
        if not passage.strip():
            dialogs.inform(self, self.tr("Select the passage to quote in the text first."))
            return
        self.add_requested.emit("excerpt", index.data(ID_ROLE), passage.strip())

    def clear(self) -> None:
        self.labels = {}
        self.library.removeRows(0, self.library.rowCount())
        self.source_reader.clear()
        self.library_filter.clear()
