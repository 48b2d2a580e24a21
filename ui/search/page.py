"""Search: a query box (syntax in its tooltip), facets with counts, highlighted results,
"did you mean", and a result opens in its page. The tier searched follows the role."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from ui.errors import show_error
from ui.labels import consent_words, term_label
from ui.page import Page
from ui.tasks import Task, TaskRunner
from ui.widgets import CheckGroup, heading, note

FACET_VOCABULARIES = {
    "exploitation": "exploitation", "indicator": "ilo_indicator", "county": "county", "language": "language",
}
PAGE_SIZE = 20


def facet_value_label(facet: str, value: str) -> str:
    if facet == "consent":
        return consent_words(value)
    if facet in FACET_VOCABULARIES:
        return term_label(FACET_VOCABULARIES[facet], value)
    return value


class SearchPage(Page):
    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None, *,
                 open_testimony: Callable[[str], None] | None = None):
        super().__init__(archive, runner, parent)
        self.open_testimony = open_testimony
        self.filters: dict[str, list[str]] = {}
        self.page_number = 1
        self.results = None
        self.originals = archive.can_read("story")
        self.index_state = "closed"  # "opening" on the worker, then "open"
        self._search_waiting = False
        self._build()

    def title(self) -> str:
        return self.tr("Search")

    def _build(self) -> None:
        self.query_edit = QLineEdit()
        self.query_edit.setAccessibleName(self.tr("Search words"))
        self.query_edit.setPlaceholderText(self.tr("Words to find… (hover for the syntax)"))
        self.query_edit.setToolTip(self._syntax_help())
        self.query_edit.returnPressed.connect(self.new_search)
        search_button = QPushButton(self.tr("Search"))
        search_button.setDefault(True)
        search_button.clicked.connect(self.new_search)
        self.sort_combo = QComboBox()
        self.sort_combo.setAccessibleName(self.tr("Order of results"))
        self.sort_combo.addItem(self.tr("Best match first"), "relevance")
        self.sort_combo.addItem(self.tr("Newest first"), "date")
        self.sort_combo.currentIndexChanged.connect(lambda _i: self.run_search())
        self.rebuild_button = QPushButton(self.tr("Rebuild the index"))
        self.rebuild_button.setAccessibleName(self.tr("Rebuild the search index"))
        self.rebuild_button.clicked.connect(self.rebuild)
        bar = QHBoxLayout()
        bar.addWidget(self.query_edit, 1)
        bar.addWidget(self.sort_combo)
        bar.addWidget(search_button)
        saved_bar = self._saved_bar()
        self.tier_note = note(self._tier_words())
        self.suggestion_button = QPushButton()
        self.suggestion_button.setFlat(True)
        self.suggestion_button.hide()
        self.suggestion_button.clicked.connect(self._use_suggestion)
        self.summary = QLabel()
        self.results_list = QListWidget()
        self.results_list.setAccessibleName(self.tr("Search results"))
        self.results_list.setWordWrap(True)
        self.results_list.itemActivated.connect(self._open_item)
        self.results_list.itemDoubleClicked.connect(self._open_item)
        self.previous_button = QPushButton(self.tr("Previous page"))
        self.previous_button.clicked.connect(lambda: self._turn(-1))
        self.next_button = QPushButton(self.tr("Next page"))
        self.next_button.clicked.connect(lambda: self._turn(1))
        pages = QHBoxLayout()
        pages.addWidget(self.summary, 1)
        pages.addWidget(self.previous_button)
        pages.addWidget(self.next_button)
        self.viewer = QTextBrowser()
        self.viewer.setOpenLinks(False)
        self.viewer.setAccessibleName(self.tr("The result opened"))
        self.viewer.hide()
        self.facet_box = QVBoxLayout()
        facets = QWidget()
        facets.setLayout(self.facet_box)
        scroll = QScrollArea()
        scroll.setWidget(facets)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(260)
        scroll.setMaximumWidth(340)
        middle = QVBoxLayout()
        middle.addWidget(self.suggestion_button, 0, Qt.AlignmentFlag.AlignLeft)
        middle.addLayout(pages)
        middle.addWidget(self.results_list, 2)
        middle.addWidget(self.viewer, 1)
        body = QHBoxLayout()
        body.addWidget(scroll)
        body.addLayout(middle, 1)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Search")), 1)
        top.addWidget(self.rebuild_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tier_note)
        layout.addLayout(bar)
        layout.addLayout(saved_bar)
        layout.addLayout(body, 1)
        self._update_pages()

    def _saved_bar(self) -> QHBoxLayout:
        self.saved_combo = QComboBox()
        self.saved_combo.setAccessibleName(self.tr("Saved searches"))
        self.saved_combo.setMinimumWidth(200)
        self.run_saved_button = QPushButton(self.tr("Run"))
        self.run_saved_button.setAccessibleName(self.tr("Run the chosen saved search"))
        self.run_saved_button.clicked.connect(self.run_saved)
        self.delete_saved_button = QPushButton(self.tr("Delete"))
        self.delete_saved_button.setAccessibleName(self.tr("Delete the chosen saved search"))
        self.delete_saved_button.clicked.connect(self.delete_saved)
        self.save_name_edit = QLineEdit()
        self.save_name_edit.setAccessibleName(self.tr("Name for this search"))
        self.save_name_edit.setPlaceholderText(self.tr("Name for this search…"))
        self.save_name_edit.setMinimumWidth(220)
        self.save_name_edit.returnPressed.connect(self.save_current)
        self.save_button = QPushButton(self.tr("Save this search"))
        self.save_button.clicked.connect(self.save_current)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Saved:")))
        row.addWidget(self.saved_combo)
        row.addWidget(self.run_saved_button)
        row.addWidget(self.delete_saved_button)
        row.addStretch(1)
        row.addWidget(self.save_name_edit)
        row.addWidget(self.save_button)
        return row

    # -- saved searches (kept sealed in the archive, never in the settings) ------------------
    def shown(self) -> None:
        self.load_saved()

    def load_saved(self) -> None:
        try:
            saved = self.archive.search.saved_searches()
        except Exception as error:
            show_error(self, error)
            return
        self.saved = {entry.id: entry for entry in saved}
        self.saved_combo.clear()
        for entry in sorted(saved, key=lambda e: e.name.lower()):
            self.saved_combo.addItem(entry.name, entry.id)
        for widget in (self.saved_combo, self.run_saved_button, self.delete_saved_button):
            widget.setEnabled(bool(saved))

    def save_current(self) -> None:
        name = self.save_name_edit.text().strip()
        if not name:
            self.save_name_edit.setFocus()
            return
        try:
            saved_id = self.archive.search.save_search(name, self.query_edit.text().strip(), filters=self.filters)
        except Exception as error:
            show_error(self, error)
            return
        self.save_name_edit.clear()
        self.load_saved()
        self.saved_combo.setCurrentIndex(self.saved_combo.findData(saved_id))

    def run_saved(self) -> None:
        entry = getattr(self, "saved", {}).get(self.saved_combo.currentData())
        if entry is None:
            return
        self.query_edit.setText(entry.query)
        self.filters = {facet: list(values) for facet, values in (entry.filters or {}).items()}
        self.page_number = 1
        self.run_search()

    def delete_saved(self) -> None:
        saved_id = self.saved_combo.currentData()
        if not saved_id:
            return
        try:
            self.archive.search.delete_saved_search(saved_id)
        except Exception as error:
            show_error(self, error)
            return
        self.load_saved()

    def _tier_words(self) -> str:
        if self.originals:
            return self.tr("Searching the original testimonies and people's names.")
        return self.tr("Searching the approved public texts only.")

    def _syntax_help(self) -> str:
        return self.tr(
            "All words must match: agent passport\n"
            "Exact phrase: \"promised a job\"\n"
            "Either word: Mombasa OR Kilifi;  leave out: NOT Nairobi\n"
            "One field: county:kilifi  exploitation:forced_labour  title:agent\n"
            "Close spelling: Mombasa~;  word start: recruit*\n"
            "Dates told: told:2019  told:[2019 to 2021]"
        )

    # -- searching --------------------------------------------------------------------------
    def new_search(self) -> None:
        self.filters = {}
        self.page_number = 1
        self.run_search()

    def run_search(self) -> None:
        if self.index_state != "open" and not self.runner.busy:
            self._search_waiting = True
            self.open_index()
            return
        if self.index_state == "opening":
            self._search_waiting = True
            return
        # Open, or another task holds the worker: search here (an unopened index opens itself).
        query = self.query_edit.text().strip()
        try:
            self.results = self.archive.search.search(
                query, filters=self.filters, sort=self.sort_combo.currentData(),
                page=self.page_number, page_size=PAGE_SIZE)
        except Exception as error:
            show_error(self, error)
            return
        self._show_results()

    def _show_results(self) -> None:
        results = self.results
        self.results_list.clear()
        self.viewer.hide()
        for hit in results.hits:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            label = QLabel(self._hit_html(hit))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(6, 4, 6, 4)
            item.setText("")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, hit.title)
            # The height the words need at the list's width (sizeHint alone assumes a narrow label).
            width = max(200, self.results_list.viewport().width() - 8)
            item.setSizeHint(QSize(width, label.heightForWidth(width) + 4))
            self.results_list.addItem(item)
            self.results_list.setItemWidget(item, label)
        if not results.hits:
            empty = QListWidgetItem(self.tr("Nothing found. Try fewer or other words, or untick a facet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results_list.addItem(empty)
        self.summary.setText(self.tr("%1 found, page %2 of %3").replace("%1", str(results.total))
                             .replace("%2", str(results.page)).replace("%3", str(results.pages)))
        if results.suggestion:
            self.suggestion_button.setText(self.tr("Did you mean: %1").replace("%1", results.suggestion))
            self.suggestion_button.show()
        else:
            self.suggestion_button.hide()
        self._show_facets(results.facets)
        self._update_pages()

    def _hit_html(self, hit) -> str:
        # Fragments arrive from the core as escaped text with <b> around the matched words.
        fragments = " … ".join(hit.fragments)
        told = f" <span style='color:#555'>({hit.told_on.isoformat()})</span>" if hit.told_on else ""
        return f"<b>{html.escape(hit.title or '')}</b>{told}<br>{fragments}"

    def _show_facets(self, facets: dict[str, list[tuple[str, int]]]) -> None:
        while self.facet_box.count():
            widget = self.facet_box.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.facet_groups: dict[str, CheckGroup] = {}
        for facet, values in facets.items():
            if not values:
                continue
            box = QGroupBox(self._facet_title(facet))
            inner = QVBoxLayout(box)
            group = CheckGroup([(value, f"{facet_value_label(facet, value)} ({count})") for value, count in values],
                               self._facet_title(facet), wrap=True)
            group.set_checked(self.filters.get(facet, []))
            group.changed.connect(lambda f=facet, g=group: self._facet_changed(f, g))
            inner.addWidget(group)
            self.facet_box.addWidget(box)
            self.facet_groups[facet] = group
        self.facet_box.addStretch(1)

    def _facet_title(self, facet: str) -> str:
        return {
            "exploitation": self.tr("Form of exploitation"),
            "indicator": self.tr("ILO indicator"),
            "county": self.tr("County"),
            "year": self.tr("Year told"),
            "language": self.tr("Language"),
            "consent": self.tr("Consent"),
        }.get(facet, facet)

    def _facet_changed(self, facet: str, group: CheckGroup) -> None:
        chosen = group.checked()
        if chosen:
            self.filters[facet] = chosen
        else:
            self.filters.pop(facet, None)
        self.page_number = 1
        self.run_search()

    def check_facet(self, facet: str, value: str) -> None:
        """Tick one facet value (what a click or Space does)."""
        self.facet_groups[facet].boxes[value].setChecked(True)

    def _use_suggestion(self) -> None:
        if self.results and self.results.suggestion:
            self.query_edit.setText(self.results.suggestion)
            self.new_search()

    def _turn(self, step: int) -> None:
        self.page_number = max(1, self.page_number + step)
        self.run_search()

    def _update_pages(self) -> None:
        pages = self.results.pages if self.results else 1
        self.previous_button.setEnabled(self.page_number > 1)
        self.next_button.setEnabled(self.page_number < pages)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_hit(item.data(Qt.ItemDataRole.UserRole))

    def open_hit(self, testimony_id: str) -> None:
        """Originals open in the testimony editor; the public tier shows what the hit holds."""
        if self.originals and self.open_testimony is not None:
            self.open_testimony(testimony_id)
            return
        try:
            public = self.archive.open_public_text(testimony_id)
        except Exception as error:
            show_error(self, error)
            return
        self.viewer.setHtml(self._public_html(public))
        self.viewer.show()
        self.viewer.setFocus()

    def _public_html(self, public) -> str:
        """The whole approved public text, read-only, with where and when it was told."""
        facts = [term_label("county", public.county) if public.county else "",
                 public.told_on.isoformat() if public.told_on else "",
                 term_label("language", public.language) if public.language else ""]
        facts_html = html.escape(" · ".join(fact for fact in facts if fact))
        paragraphs = "".join(f"<p>{html.escape(part)}</p>" for part in public.text.split("\n") if part.strip())
        return (f"<h2>{html.escape(public.title or '')}</h2>"
                f"<p style='color:#555'>{facts_html}</p>{paragraphs}")

    # -- the long tasks ------------------------------------------------------------------------------
    def open_index(self) -> None:
        """Open the search index on the worker (started at unlock, with progress and Cancel:
        a missing or damaged index is rebuilt). A search asked meanwhile runs when it is open."""
        if self.index_state != "closed" or self.runner.busy:
            return
        self.index_state = "opening"
        self.tier_note.setText(self.tr("Opening the search index…"))
        self.runner.run(Task(
            self.tr("Opening the search index…"),
            lambda progress, cancelled: self.archive.search.open_indexes(progress, cancelled),
            on_done=lambda _notice: self._index_opened(True),
            on_cancelled=lambda: self._index_opened(False),
            on_error=self._index_failed,
        ))

    def _index_opened(self, opened: bool) -> None:
        self.index_state = "open" if opened else "closed"
        self.tier_note.setText(self._tier_words())
        if self._search_waiting:
            self._search_waiting = False
            if opened:
                self.run_search()

    def _index_failed(self, error: BaseException) -> None:
        self._index_opened(False)
        show_error(self, error)

    def rebuild(self) -> None:
        self.runner.run(Task(
            self.tr("Rebuilding the search index…"),
            lambda progress, cancelled: self.archive.search.rebuild(progress=progress, cancelled=cancelled),
            on_done=lambda _r: self._rebuilt(self.tr("The search index was rebuilt."), opened=True),
            on_cancelled=lambda: self._rebuilt(self.tr("Rebuilding was cancelled; the old index is still used.")),
        ))

    def _rebuilt(self, text: str, *, opened: bool = False) -> None:
        if opened:
            self.index_state = "open"
        self.tier_note.setText(text)
        if self.results is not None:
            self.run_search()

    def clear(self) -> None:
        self.query_edit.clear()
        self.results_list.clear()
        self.viewer.clear()
        self.results = None
        self.filters = {}
        self._show_facets({})
        self.saved = {}
        self.saved_combo.clear()
        self.save_name_edit.clear()
