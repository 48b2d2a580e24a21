"""The editor of one testimony: its text, people, tags, attachments and history.

The editor keeps the draft it loaded; "unsaved changes" means the draft built from the
widgets differs from it, so nothing is lost silently and nothing is asked needlessly.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from haart_archive.types.people import PersonIdentity, PersonProfile
from haart_archive.types.testimonies import PersonInput, Tags, TestimonyDraft, TestimonyRecord
from haart_archive.types.users import Role
from ui.errors import show_error
from ui.i18n import core_text
from ui.labels import term_label, vocabulary_items
from ui.screening.panel import ScreeningPanel, tick_suggested_tags
from ui.statistics.case_facts import CaseFactsBox
from ui.tasks import TaskRunner
from ui.widgets import heading, note

NO_DATE = QDate(1900, 1, 1)
TAG_LISTS = (("exploitation", "exploitation"), ("indicators", "ilo_indicator"),
             ("sectors", "sector"), ("push_factors", "push_factor"))
GENDERS = ("unknown", "female", "male", "other")


class TestimonyEditor(QWidget):
    saved = Signal(str)
    closed = Signal()

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self.testimony_id: str | None = None
        self.revision: int | None = None
        self._baseline: TestimonyDraft | None = None
        self._people: list[PersonInput] = []
        self._names: list[str] = []
        self.tabs = QTabWidget()
        self.tabs.addTab(self._text_tab(), self.tr("Text"))
        self.tabs.addTab(self._people_tab(), self.tr("People"))
        self.tabs.addTab(self._tags_tab(), self.tr("Tags"))
        self.tabs.addTab(self._attachments_tab(), self.tr("Attachments"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        self.screening = ScreeningPanel(
            runner, lambda: (self.text_edit.toPlainText(), self.language_combo.currentData()),
            accept=lambda tags: tick_suggested_tags(self, tags))
        self.tabs.addTab(self.screening, self.tr("Screening"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save the testimony"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Back to the list"))
        self.close_button.clicked.connect(self.request_close)
        self.heading = heading(self.tr("New testimony"))
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
        top.addWidget(self.close_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    # -- tabs -----------------------------------------------------------------------------------
    def _text_tab(self) -> QWidget:
        page = QWidget()
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.language_combo = _code_combo(vocabulary_items("language"), self.tr("Language of the text"))
        self.county_combo = _code_combo([("", self.tr("(not known)")), *vocabulary_items("county")], self.tr("County"))
        self.told_on_edit = QDateEdit()
        self.told_on_edit.setCalendarPopup(True)
        self.told_on_edit.setDisplayFormat("yyyy-MM-dd")
        self.told_on_edit.setMinimumDate(NO_DATE)
        self.told_on_edit.setSpecialValueText(self.tr("(not known)"))
        self.told_on_edit.setAccessibleName(self.tr("Date told"))
        self.place_edit = QLineEdit()
        self.place_edit.setAccessibleName(self.tr("Place told"))
        self.taken_by_edit = QLineEdit()
        self.taken_by_edit.setAccessibleName(self.tr("Taken by"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Intake notes"))
        self.notes_edit.setMaximumHeight(self.fontMetrics().height() * 4)
        self.notes_edit.setTabChangesFocus(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Testimony text"))
        self.text_edit.setTabChangesFocus(True)
        self.word_count = QLabel()
        self.text_edit.textChanged.connect(self._count_words)
        self.language_combo.currentIndexChanged.connect(self._count_words)
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Title:")), 0, 0)
        form.addWidget(self.title_edit, 0, 1, 1, 3)
        form.addWidget(QLabel(self.tr("Language:")), 1, 0)
        form.addWidget(self.language_combo, 1, 1)
        form.addWidget(QLabel(self.tr("County:")), 1, 2)
        form.addWidget(self.county_combo, 1, 3)
        form.addWidget(QLabel(self.tr("Told on:")), 2, 0)
        form.addWidget(self.told_on_edit, 2, 1)
        form.addWidget(QLabel(self.tr("Place told:")), 2, 2)
        form.addWidget(self.place_edit, 2, 3)
        form.addWidget(QLabel(self.tr("Taken by:")), 3, 0)
        form.addWidget(self.taken_by_edit, 3, 1)
        form.addWidget(QLabel(self.tr("Notes:")), 4, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.notes_edit, 4, 1, 1, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        text_head = QHBoxLayout()
        text_head.addWidget(QLabel(self.tr("Text:")))
        text_head.addStretch(1)
        text_head.addWidget(self.word_count)
        layout.addLayout(text_head)
        layout.addWidget(self.text_edit, 1)
        return page

    def _people_tab(self) -> QWidget:
        page = QWidget()
        self.people_table = QTableWidget(0, 4)
        self.people_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role in this testimony"), self.tr("Gender"), self.tr("Born")]
        )
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.people_table.verticalHeader().hide()
        self.people_table.setAccessibleName(self.tr("People in this testimony"))
        remove = QPushButton(self.tr("Remove the selected person from this testimony"))
        remove.clicked.connect(self._remove_person)
        self.person_name = QLineEdit()
        self.person_name.setAccessibleName(self.tr("New person's name"))
        self.person_role = _code_combo(vocabulary_items("person_role"), self.tr("New person's role"))
        self.person_gender = _code_combo([(g, _gender_label(self, g)) for g in GENDERS], self.tr("New person's gender"))
        self.person_born = QSpinBox()
        self.person_born.setRange(1900, dt.date.today().year)
        self.person_born.setSpecialValueText(self.tr("(not known)"))
        self.person_born.setMinimum(1899)
        self.person_born.setValue(1899)
        self.person_born.setAccessibleName(self.tr("New person's year of birth"))
        add = QPushButton(self.tr("Add the person"))
        add.clicked.connect(self._add_person)
        self.person_name.returnPressed.connect(self._add_person)
        box = QGroupBox(self.tr("Add a person"))
        form = QFormLayout(box)
        form.addRow(self.tr("Name:"), self.person_name)
        form.addRow(self.tr("Role:"), self.person_role)
        form.addRow(self.tr("Gender:"), self.person_gender)
        form.addRow(self.tr("Year of birth:"), self.person_born)
        form.addRow("", add)
        layout = QVBoxLayout(page)
        layout.addWidget(note(self.tr(
            "Names are kept in the identity part of the archive: only editors and the custodian "
            "can read them, and every reading is recorded."
        )))
        layout.addWidget(self.people_table, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(box)
        return page

    def _tags_tab(self) -> QWidget:
        page = QWidget()
        titles = {
            "exploitation": self.tr("Forms of exploitation"),
            "indicators": self.tr("ILO indicators of forced labour"),
            "sectors": self.tr("Sectors"),
            "push_factors": self.tr("Push factors"),
        }
        self.tag_lists: dict[str, QListWidget] = {}
        grid = QGridLayout()
        for position, (group, vocabulary) in enumerate(TAG_LISTS):
            box = QGroupBox(titles[group])
            inner = QVBoxLayout(box)
            widget = QListWidget()
            widget.setAccessibleName(titles[group])
            for code, label in vocabulary_items(vocabulary):
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                widget.addItem(item)
            inner.addWidget(widget)
            self.tag_lists[group] = widget
            grid.addWidget(box, position // 2, position % 2)
        self.routes_edit = QLineEdit()
        self.routes_edit.setAccessibleName(self.tr("Routes"))
        self.routes_edit.setPlaceholderText(self.tr("e.g. Mombasa - Riyadh; several routes separated by ;"))
        layout = QVBoxLayout(page)
        layout.addLayout(grid, 1)
        row = QFormLayout()
        row.addRow(self.tr("Routes:"), self.routes_edit)
        layout.addLayout(row)
        self.case_facts = CaseFactsBox()
        layout.addWidget(self.case_facts)
        return page

    def _attachments_tab(self) -> QWidget:
        page = QWidget()
        self.media_list = QListWidget()
        self.media_list.setAccessibleName(self.tr("Attachments"))
        self.media_facts = QPlainTextEdit()
        self.media_facts.setReadOnly(True)
        self.media_facts.setAccessibleName(self.tr("What the file reveals"))
        self.media_list.currentRowChanged.connect(self._show_media_facts)
        self.add_media_button = QPushButton(self.tr("Add a file…"))
        self.add_media_button.clicked.connect(self._add_media)
        self.media_note = note()
        layout = QVBoxLayout(page)
        layout.addWidget(self.media_note)
        row = QHBoxLayout()
        row.addWidget(self.media_list, 1)
        row.addWidget(self.media_facts, 1)
        layout.addLayout(row, 1)
        layout.addWidget(self.add_media_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _history_tab(self) -> QWidget:
        page = QWidget()
        self.history_note = note()
        self.history_table = QTableWidget(0, 3)
        self.history_table.setHorizontalHeaderLabels([self.tr("When (UTC)"), self.tr("Who"), self.tr("What")])
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.verticalHeader().hide()
        self.history_table.setAccessibleName(self.tr("History of this testimony"))
        layout = QVBoxLayout(page)
        layout.addWidget(self.history_note)
        layout.addWidget(self.history_table, 1)
        return page

    def _count_words(self) -> None:
        words = len(self.text_edit.toPlainText().split())
        language = term_label("language", self.language_combo.currentData() or "en")
        self.word_count.setText(self.tr("%1 words, in %2").replace("%1", str(words)).replace("%2", language))

    # -- loading ----------------------------------------------------------------------------------
    def start_new(self) -> None:
        self.testimony_id, self.revision = None, None
        self.heading.setText(self.tr("New testimony"))
        self._fill(TestimonyDraft(title="", text="", language="en"), [])
        self.tabs.setCurrentIndex(0)
        self.title_edit.setFocus()

    def load(self, testimony_id: str) -> None:
        try:
            record = self.archive.testimonies.get(testimony_id, with_identities=True)
        except Exception as error:
            show_error(self, error)
            return
        self.testimony_id, self.revision = record.id, record.revision
        self.heading.setText(self.tr("Testimony, revision %1").replace("%1", str(record.revision)))
        names = [p.identity.legal_name if p.identity else "" for p in record.people]
        self._fill(draft_from_record(record), names, record.people)
        self.tabs.setCurrentIndex(0)
        self.text_edit.setFocus()

    def _fill(self, draft: TestimonyDraft, names: list[str], linked=()) -> None:
        self.title_edit.setText(draft.title)
        _select(self.language_combo, draft.language)
        _select(self.county_combo, draft.county)
        self.told_on_edit.setDate(QDate(draft.told_on) if draft.told_on else NO_DATE)
        self.place_edit.setText(draft.place_told)
        self.taken_by_edit.setText(draft.taken_by)
        self.notes_edit.setPlainText(draft.notes)
        self.text_edit.setPlainText(draft.text)
        for group, widget in self.tag_lists.items():
            chosen = set(getattr(draft.tags, group))
            for row in range(widget.count()):
                item = widget.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.routes_edit.setText("; ".join(draft.tags.routes))
        self.case_facts.show_draft(draft)
        self._people = list(draft.people)
        self._names = list(names)
        self._profiles = [p.profile for p in linked] or [None] * len(names)
        self._show_people()
        self._show_media()
        self._show_history()
        self._baseline = self.current_draft()
        self.status.clear()

    # -- the draft -----------------------------------------------------------------------------------
    def current_draft(self) -> TestimonyDraft:
        told = self.told_on_edit.date()
        tags = {group: tuple(_checked(widget)) for group, widget in self.tag_lists.items()}
        routes = tuple(r.strip() for r in self.routes_edit.text().split(";") if r.strip())
        return self.case_facts.apply(TestimonyDraft(
            title=self.title_edit.text(),
            text=self.text_edit.toPlainText(),
            language=self.language_combo.currentData(),
            county=self.county_combo.currentData(),
            told_on=None if told == NO_DATE else told.toPython(),
            place_told=self.place_edit.text(),
            taken_by=self.taken_by_edit.text(),
            notes=self.notes_edit.toPlainText(),
            tags=Tags(**tags, routes=routes),
            people=tuple(self._people),
        ))

    def has_unsaved_changes(self) -> bool:
        return self._baseline is not None and self.current_draft() != self._baseline

    def save(self) -> bool:
        draft = self.current_draft()
        testimony_id, revision = self.testimony_id, self.revision

        def store() -> str:
            if testimony_id is None:
                return self.archive.testimonies.add(draft)
            self.archive.testimonies.update(testimony_id, draft, expected_revision=revision)
            return testimony_id

        try:  # the index follows the store in the same call: possibly long, so on the worker
            self.testimony_id = self.runner.call(self.tr("Saving the testimony…"), store, self)
        except Exception as error:  # shown as its sentence, the draft stays
            show_error(self, error)
            return False
        saved_id = self.testimony_id
        self.load(saved_id)
        self.status.setText(self.tr("Saved."))
        self.saved.emit(saved_id)
        return True

    def discard(self) -> None:
        self._baseline = None

    def request_close(self) -> None:
        from ui import dialogs
        from ui.dialogs import Answer

        if self.has_unsaved_changes():
            answer = dialogs.ask_unsaved(self, self.tr("This testimony has unsaved changes."))
            if answer is Answer.CANCEL or (answer is Answer.SAVE and not self.save()):
                return
        self.clear()
        self.closed.emit()

    def clear(self) -> None:
        """Empty every field (on close and on lock)."""
        self._baseline = None
        self.testimony_id, self.revision = None, None
        for edit in (self.title_edit, self.place_edit, self.taken_by_edit, self.routes_edit, self.person_name):
            edit.clear()
        for edit in (self.text_edit, self.notes_edit, self.media_facts):
            edit.clear()
        self._people, self._names, self._profiles = [], [], []
        self.people_table.setRowCount(0)
        self.history_table.setRowCount(0)
        self.media_list.clear()

    # -- people ----------------------------------------------------------------------------------------
    def _add_person(self) -> None:
        name = self.person_name.text().strip()
        if not name:
            self.person_name.setFocus()
            return
        born = self.person_born.value()
        profile = PersonProfile(gender=self.person_gender.currentData(), birth_year=None if born < 1900 else born)
        self._people.append(PersonInput(self.person_role.currentData(), PersonIdentity(legal_name=name), profile))
        self._names.append(name)
        self._profiles.append(profile)
        self.person_name.clear()
        self._show_people()
        self.person_name.setFocus()

    def _remove_person(self) -> None:
        row = self.people_table.currentRow()
        if 0 <= row < len(self._people):
            del self._people[row], self._names[row], self._profiles[row]
            self._show_people()

    def _show_people(self) -> None:
        self.people_table.setRowCount(len(self._people))
        for row, (person, name) in enumerate(zip(self._people, self._names, strict=True)):
            profile = self._profiles[row] if row < len(self._profiles) else None
            cells = [name, term_label("person_role", person.role),
                     _gender_label(self, profile.gender) if profile else "",
                     str(profile.birth_year or "") if profile else ""]
            for column, text in enumerate(cells):
                self.people_table.setItem(row, column, QTableWidgetItem(text))

    # -- attachments and history ---------------------------------------------------------------------
    def _media_service(self):
        return getattr(self.archive, "media", None)

    def _show_media(self) -> None:
        self.media_list.clear()
        self.media_facts.clear()
        media = self._media_service()
        self.add_media_button.setEnabled(media is not None and self.testimony_id is not None)
        if media is None:
            self.media_note.setText(self.tr("Attachments can be added once the media service is installed."))
            return
        if self.testimony_id is None:
            self.media_note.setText(self.tr("Save the testimony first, then add its files."))
            return
        self.media_note.setText(self.tr("Photos, scans, recordings and documents of this testimony, stored encrypted."))
        try:
            for info in media.list(self.testimony_id):
                item = QListWidgetItem(_media_caption(info))
                item.setData(Qt.ItemDataRole.UserRole, getattr(info, "id", None))
                self.media_list.addItem(item)
        except Exception as error:
            show_error(self, error)
        if not self.media_list.count():
            self.media_note.setText(self.tr(
                "No files yet. Add the photos, scans, recordings or documents that belong to this testimony "
                "with “Add a file…”; they are stored encrypted, and photos then appear at the redaction desk."))

    def _add_media(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a file to this testimony"))
        if path:
            self.add_file(path)

    def add_file(self, path: str) -> None:
        try:
            self._media_service().add(self.testimony_id, path)
        except Exception as error:
            show_error(self, error)
        self._show_media()

    def _show_media_facts(self, row: int) -> None:
        item = self.media_list.item(row) if row >= 0 else None
        if item is None:
            self.media_facts.clear()
            return
        try:
            facts = self._media_service().facts(item.data(Qt.ItemDataRole.UserRole))
        except Exception as error:
            show_error(self, error)
            return
        lines = facts if isinstance(facts, list | tuple) else [str(facts)]
        self.media_facts.setPlainText("\n".join(str(line) for line in lines))

    def _show_history(self) -> None:
        self.history_table.setRowCount(0)
        if self.testimony_id is None:
            self.history_note.setText(self.tr("A new testimony has no history yet."))
            self.history_table.hide()
            return
        if self.archive.role is not Role.CUSTODIAN:
            self.history_note.setText(self.tr("Revision %1. The full history is shown to the custodian.")
                                      .replace("%1", str(self.revision)))
            self.history_table.hide()
            return
        self.history_note.setText(self.tr("Revision %1. Everything recorded about this testimony:")
                                  .replace("%1", str(self.revision)))
        self.history_table.show()
        lines = [line for line in self.archive.audit_lines(newest_first=False)
                 if line.entry.target_id == self.testimony_id]
        if not lines:
            self.history_note.setText(self.tr("Revision %1. Nothing is recorded about this testimony yet.")
                                      .replace("%1", str(self.revision)))
        self.history_table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (line.at.replace("T", " ").rstrip("Z"), line.who, core_text(line.what))
            for column, text in enumerate(cells):
                self.history_table.setItem(row, column, QTableWidgetItem(text))


def draft_from_record(record: TestimonyRecord) -> TestimonyDraft:
    people = tuple(PersonInput(p.role, person_id=p.person_id) for p in record.people)
    told_on = dt.date.fromisoformat(record.told_on) if record.told_on else None
    return TestimonyDraft(
        title=record.title, text=record.text, language=record.language, county=record.county,
        told_on=told_on, place_told=record.place_told, taken_by=record.taken_by, notes=record.notes,
        tags=record.tags, event_years=record.event_years, people=people, sex=record.sex, age_band=record.age_band,
        destination_country=record.destination_country, route=record.route,
    )


def _code_combo(items: list[tuple[str, str]], accessible_name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    for code, label in items:
        combo.addItem(label, code)
    return combo


def _select(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(code)))


def _checked(widget: QListWidget) -> list[str]:
    return [widget.item(row).data(Qt.ItemDataRole.UserRole) for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked]


def _gender_label(widget: QWidget, gender: str) -> str:
    from PySide6.QtCore import QCoreApplication

    words = {
        "unknown": QCoreApplication.translate("TestimonyEditor", "not known"),
        "female": QCoreApplication.translate("TestimonyEditor", "female"),
        "male": QCoreApplication.translate("TestimonyEditor", "male"),
        "other": QCoreApplication.translate("TestimonyEditor", "other"),
    }
    return words.get(gender, gender)


def _media_caption(info) -> str:
    for name in ("kind", "media_type", "mime_type"):
        value = getattr(info, name, None)
        if value:
            return f"{value} · {getattr(info, 'id', '')[:8]}"
    return str(getattr(info, "id", info))
