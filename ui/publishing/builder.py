"""The publication builder: pick approved texts and images, order them, quote excerpts, write
framing text and captions, choose channel and date. A live check shows each item's consent
decision and obligations and the leak check of the rendered output; Build stays disabled,
with the reasons listed, while any gate fails. The core decides; this page only asks."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from haart_archive.errors import ArchiveError
from haart_archive.types.publishing import PublicationSpec
from ui import dialogs
from ui.errors import sentence_for, show_error
from ui.i18n import core_text
from ui.publishing.builder_model import PublicationItems
from ui.publishing.labels import CHANNELS, channel_words, consent_reason
from ui.publishing.library import SourceLibrary
from ui.publishing.preview import PublicationPreview
from ui.tasks import Task, TaskRunner
from ui.widgets import heading, note

CHECK_DELAY_MS = 400


class PublicationBuilder(QWidget):
    """One publication being put together; nothing is stored until Build."""

    built = Signal(str)  # publication id
    clearance_requested = Signal(str)  # request id

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self.publication = PublicationItems()
        self.sources = SourceLibrary(archive)
        self.sources.add_requested.connect(self._add_item)
        self.report = None
        self.spec: PublicationSpec | None = None
        self.is_editor = archive.can_read("identity")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.run_check)
        self.views = QStackedWidget()
        self.views.addWidget(self._builder_view())
        self.views.addWidget(self._preview_view())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    # -- layout ---------------------------------------------------------------------------
    def _builder_view(self) -> QWidget:
        # Each pane scrolls on its own, so the builder never forces the window wider than
        # the screen (a QStackedWidget is as wide as its widest page).
        splitter = QSplitter()
        splitter.addWidget(self._scrolled(self.sources))
        splitter.addWidget(self._scrolled(self._publication_pane()))
        splitter.addWidget(self._scrolled(self._check_pane()))
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([320, 380, 320])
        return splitter

    def _scrolled(self, widget: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidget(widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(200)
        return scroll

    def _publication_pane(self) -> QWidget:
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title of the publication"))
        self.channel_combo = QComboBox()
        self.channel_combo.setAccessibleName(self.tr("Channel"))
        for channel in CHANNELS:
            self.channel_combo.addItem(channel_words(channel), channel)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Planned release date"))
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language of the publication"))
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Kiswahili", "sw")
        self.where_edit = QLineEdit()
        self.where_edit.setAccessibleName(self.tr("Where it will appear"))
        self.where_edit.setPlaceholderText(self.tr("e.g. the website's stories page"))
        self.file_edit = QLineEdit("haart-publication")
        self.file_edit.setAccessibleName(self.tr("File name (no names of people)"))
        self.framing_edit = QPlainTextEdit()
        self.framing_edit.setAccessibleName(self.tr("Framing text"))
        self.framing_edit.setPlaceholderText(self.tr("Your introduction, in your own words…"))
        self.framing_edit.setMaximumHeight(110)
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Channel:"), self.channel_combo)
        form.addRow(self.tr("Release date:"), self.date_edit)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Where:"), self.where_edit)
        form.addRow(self.tr("File name:"), self.file_edit)
        form.addRow(self.tr("Framing text:"), self.framing_edit)
        self.item_list = QListWidget()
        self.item_list.setAccessibleName(self.tr("Items of the publication, in order"))
        self.item_list.currentRowChanged.connect(self._show_item)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_item)
        order = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            order.addWidget(button)
        order.addStretch(1)
        self.excerpt_edit = QPlainTextEdit()
        self.excerpt_edit.setAccessibleName(self.tr("The quoted passage"))
        self.excerpt_edit.setMaximumHeight(90)
        self.caption_edit = QLineEdit()
        self.caption_edit.setAccessibleName(self.tr("Caption"))
        self.alt_edit = QLineEdit()
        self.alt_edit.setAccessibleName(self.tr("Alt text: what the picture shows"))
        self.item_form = QGroupBox(self.tr("The selected item"))
        item_form = QFormLayout(self.item_form)
        item_form.addRow(self.tr("Quoted passage:"), self.excerpt_edit)
        item_form.addRow(self.tr("Caption:"), self.caption_edit)
        item_form.addRow(self.tr("Alt text:"), self.alt_edit)
        self.excerpt_edit.textChanged.connect(lambda: self._item_edited("excerpt", self.excerpt_edit.toPlainText()))
        self.caption_edit.textEdited.connect(lambda text: self._item_edited("caption", text))
        self.alt_edit.textEdited.connect(lambda text: self._item_edited("alt_text", text))
        for signal in (self.title_edit.textEdited, self.where_edit.textEdited, self.file_edit.textEdited,
                       self.framing_edit.textChanged, self.channel_combo.currentIndexChanged,
                       self.date_edit.dateChanged, self.language_combo.currentIndexChanged):
            signal.connect(self.schedule_check)
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.addWidget(heading(self.tr("2. Put the publication together"), 2))
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Items, in the order they appear:")))
        layout.addWidget(self.item_list, 1)
        layout.addLayout(order)
        layout.addWidget(self.item_form)
        self._show_item(-1)
        return pane

    def _check_pane(self) -> QWidget:
        self.check_list = QListWidget()
        self.check_list.setAccessibleName(self.tr("What the gates say about each item"))
        self.check_list.setWordWrap(True)
        self.blocked = note()
        self.blocked.setObjectName("notice")
        self.format_boxes = {"pdf": QCheckBox("PDF"), "html": QCheckBox("HTML"), "md": QCheckBox("Markdown")}
        self.format_boxes["html"].setAccessibleName(self.tr("Web page (HTML)"))
        formats = QHBoxLayout()
        formats.addWidget(QLabel(self.tr("Files:")))
        for box in self.format_boxes.values():
            box.setChecked(True)
            box.toggled.connect(self._update_buttons)
            formats.addWidget(box)
        formats.addStretch(1)
        self.check_button = QPushButton(self.tr("Check now"))
        self.check_button.clicked.connect(self.run_check)
        self.preview_button = QPushButton(self.tr("Preview PDF and web page"))
        self.preview_button.clicked.connect(self.preview)
        self.build_button = QPushButton(self.tr("Build and release…"))
        self.build_button.setDefault(True)
        self.build_button.setAccessibleName(self.tr("Build the publication files and enter them in the register"))
        self.build_button.clicked.connect(lambda: self.build())
        self.clear_button = QPushButton(self.tr("Clear for release (editor)"))
        self.clear_button.setAccessibleName(self.tr("Record that the leak check of this rendered publication passed"))
        self.clear_button.clicked.connect(self.clear_for_release)
        self.clear_button.setVisible(self.is_editor)
        self.ask_button = QPushButton(self.tr("Ask an editor to clear…"))
        self.ask_button.setAccessibleName(self.tr("Ask an editor to run the leak check and clear this publication"))
        self.ask_button.clicked.connect(lambda: self.ask_clearance())
        self.ask_button.setVisible(not self.is_editor)
        self.review_button = QPushButton(self.tr("Record survivor review…"))
        self.review_button.setAccessibleName(self.tr("Record survivor review of the selected item"))
        self.review_button.clicked.connect(self.record_review)
        self.review_button.setVisible(self.is_editor)
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setAccessibleName(self.tr("Save this publication's plan as a file"))
        self.save_button.clicked.connect(lambda: self.save_spec())
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setAccessibleName(self.tr("Open a publication's plan from a file"))
        self.open_button.clicked.connect(lambda: self.open_spec())
        files = QHBoxLayout()
        files.addWidget(self.open_button)
        files.addWidget(self.save_button)
        files.addStretch(1)
        files.addWidget(self.check_button)
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.addWidget(heading(self.tr("3. Check and release"), 2))
        layout.addWidget(self.check_list, 1)
        layout.addWidget(self.blocked)
        layout.addLayout(formats)
        for button in (self.preview_button, self.review_button, self.clear_button, self.ask_button,
                       self.build_button):
            layout.addWidget(button)
        layout.addLayout(files)
        self._update_buttons()
        return pane

    def _preview_view(self) -> QWidget:
        self.preview_widget = PublicationPreview()
        back = QPushButton(self.tr("Back to the builder"))
        back.clicked.connect(lambda: self.views.setCurrentIndex(0))
        row = QHBoxLayout()
        row.addWidget(heading(self.tr("Preview (not saved anywhere)"), 2), 1)
        row.addWidget(back)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.preview_widget, 1)
        self.back_button = back
        return page

    # -- the library ----------------------------------------------------------------------
    # -- the material (the first pane) ---------------------------------------------------
    @property
    def library(self) -> QStandardItemModel:
        return self.sources.library

    def reload(self) -> None:
        self.sources.reload()

    def select_source(self, source_id: str) -> None:
        self.sources.select_source(source_id)

    def add_selected(self) -> None:
        self.sources.add_selected()

    def quote_selection(self, passage: str | None = None) -> None:
        self.sources.quote_selection(passage)

    # -- the items ------------------------------------------------------------------------
    @property
    def items(self) -> list[dict]:
        return self.publication.rows

    def _add_item(self, kind: str, version: str, excerpt: str = "") -> None:
        self._refresh_items(self.publication.add(kind, version, excerpt))
        self.schedule_check()

    def _item_line(self, number: int, item: dict) -> str:
        kind = {"text": self.tr("Whole text"), "excerpt": self.tr("Quote"), "image": self.tr("Image")}[item["kind"]]
        label = self.sources.labels.get(item["version"], item["version"][:8])
        return f"{number}. {kind}: {label}"

    def _refresh_items(self, current: int) -> None:
        self.item_list.blockSignals(True)
        self.item_list.clear()
        for number, item in enumerate(self.items, start=1):
            self.item_list.addItem(self._item_line(number, item))
        self.item_list.blockSignals(False)
        self.item_list.setCurrentRow(current)
        self._show_item(current)

    def _show_item(self, row: int) -> None:
        item = self.publication.get(row)
        self.item_form.setEnabled(item is not None)
        for widget in (self.excerpt_edit, self.caption_edit, self.alt_edit):
            widget.blockSignals(True)
        self.excerpt_edit.setPlainText(item["excerpt"] if item else "")
        self.caption_edit.setText(item["caption"] if item else "")
        self.alt_edit.setText(item["alt_text"] if item else "")
        for widget in (self.excerpt_edit, self.caption_edit, self.alt_edit):
            widget.blockSignals(False)
        self.excerpt_edit.setEnabled(bool(item) and item["kind"] == "excerpt")
        self.alt_edit.setEnabled(bool(item) and item["kind"] == "image")
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(item is not None)

    def _item_edited(self, key: str, value: str) -> None:
        if self.publication.edit(self.item_list.currentRow(), key, value):
            self.schedule_check()

    def move_item(self, step: int) -> None:
        target = self.publication.move(self.item_list.currentRow(), step)
        if target is not None:
            self._refresh_items(target)
            self.schedule_check()

    def remove_item(self) -> None:
        current = self.publication.remove(self.item_list.currentRow())
        if current is not None:
            self._refresh_items(current)
            self.schedule_check()

    # -- the spec and the gates -----------------------------------------------------------
    def spec_dict(self) -> dict:
        return {
            "title": self.title_edit.text().strip(), "channel": self.channel_combo.currentData(),
            "planned_date": self.date_edit.date().toString("yyyy-MM-dd"),
            "framing_text": self.framing_edit.toPlainText(), "language": self.language_combo.currentData(),
            "where": self.where_edit.text().strip(), "file_name": self.file_edit.text().strip() or "haart-publication",
            "items": self.publication.spec_items(),
        }

    def set_spec(self, data: dict) -> None:
        spec = PublicationSpec.from_dict(data)  # refuses a malformed file before anything changes
        self.title_edit.setText(spec.title)
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(spec.channel)))
        self.date_edit.setDate(QDate(spec.planned_date.year, spec.planned_date.month, spec.planned_date.day))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(spec.language)))
        self.where_edit.setText(spec.where)
        self.file_edit.setText(spec.file_name)
        self.framing_edit.setPlainText(spec.framing_text)
        self.publication.load(spec)
        self._refresh_items(0 if self.items else -1)
        self.run_check()

    def schedule_check(self) -> None:
        self.timer.start()

    def run_check(self) -> None:
        """Ask the core's gates about the publication as it stands now."""
        self.timer.stop()
        self.report, self.spec = None, None
        self.check_list.clear()
        if not self.items:
            self._show_blocked([self.tr("Add at least one approved text or image.")])
            return
        try:
            self.spec = spec = PublicationSpec.from_dict(self.spec_dict())
            # The image gate reads the text in each image (OCR): on the worker, the window painted.
            self.report = self.runner.call(self.tr("Checking the publication…"),
                                           lambda: self.archive.publishing.check(spec), self)
        except ArchiveError as error:
            self.spec = None
            self._show_blocked([sentence_for(error)])
            return
        except Exception as error:
            show_error(self, error)
            return
        for item in self.report.items:
            self.check_list.addItem(self._item_verdict(item))
        self.check_list.addItem(self._output_verdict(self.report))
        if self.report.ok:
            self.blocked.setText(self.tr("Every gate passed. The publication may be built."))
            restyle(self.blocked, "ok")
        else:
            self._show_blocked(self.report.reasons(), checked=True)
        self._update_buttons()

    def _item_verdict(self, item) -> QListWidgetItem:
        source = self.items[item.number - 1] if 0 < item.number <= len(self.items) else None
        name = self._item_line(item.number, source) if source else item.label
        lines = [("✓ " if item.ok else "✗ ") + name]
        consent_refused = [p for p in item.problems if p.startswith("consent:")]
        if consent_refused:
            lines.append(self.tr("Consent refuses:"))
            lines += [f"  • {consent_reason(p)}" for p in consent_refused]
        elif item.testimony_id:
            lines.append(self.tr("Consent allows this use on the release date."))
        for problem in item.problems:
            if problem not in consent_refused:
                lines.append(f"  • {core_text(problem)}")
        if item.obligations:
            lines.append(self.tr("Obligations:"))
            lines += [f"  • {core_text(o)}" for o in item.obligations]
        entry = QListWidgetItem("\n".join(lines))
        entry.setForeground(Qt.GlobalColor.darkGreen if item.ok else Qt.GlobalColor.darkRed)
        return entry

    def _output_verdict(self, report) -> QListWidgetItem:
        if not all(item.ok for item in report.items):
            text = self.tr("Leak check of the rendered output: waits until every item passes.")
            colour = Qt.GlobalColor.darkGray
        elif report.output_problems:
            text = self.tr("✗ Leak check of the rendered PDF, web page, metadata and file names:") + "\n" + "\n".join(
                f"  • {core_text(p)}" for p in report.output_problems)
            colour = Qt.GlobalColor.darkRed
        else:
            text = self.tr("✓ Leak check of the rendered PDF, web page, metadata and file names passed.")
            colour = Qt.GlobalColor.darkGreen
        entry = QListWidgetItem(text)
        entry.setForeground(colour)
        return entry

    def _show_blocked(self, reasons: list[str], checked: bool = False) -> None:
        text = self.tr("Build is not possible yet:") + "\n" + "\n".join(f"• {core_text(r)}" for r in reasons)
        if checked and self.report is not None and not self.is_editor and not self.report.leak_check_done \
                and all(item.ok for item in self.report.items):
            text += "\n\n" + self.tr(
                "Your role cannot run the leak check, because it needs the names the archive protects. Press "
                "\"Ask an editor to clear\": an editor sees it waiting, and you are told when it is cleared. "
                "Then build it as it is: nothing else may change.")
        self.blocked.setText(text)
        restyle(self.blocked, "notice")
        self._update_buttons()

    def _update_buttons(self) -> None:
        passed = self.report is not None and self.report.ok
        items_pass = self.report is not None and all(item.ok for item in self.report.items)
        self.build_button.setEnabled(passed and bool(self.formats()))
        self.clear_button.setEnabled(passed and self.is_editor)
        self.ask_button.setEnabled(items_pass and not self.is_editor and not passed)
        self.preview_button.setEnabled(items_pass)
        self.save_button.setEnabled(bool(self.items))
        self.review_button.setEnabled(bool(self.items))

    def formats(self) -> tuple[str, ...]:
        return tuple(name for name, box in self.format_boxes.items() if box.isChecked())

    # -- actions --------------------------------------------------------------------------
    def preview(self) -> None:
        self.run_check()
        if self.report is None or not all(item.ok for item in self.report.items):
            return
        spec = self.spec
        try:  # renders the PDF and HTML in memory: on the worker
            rendered = self.runner.call(self.tr("Rendering the preview…"),
                                        lambda: self.archive.publishing.preview(spec), self)
            self.preview_widget.show(rendered)
        except Exception as error:
            show_error(self, error)
            return
        self.views.setCurrentIndex(1)
        self.back_button.setFocus()

    def build(self, out_dir: Path | None = None) -> None:
        """Release: the core checks every gate again and writes the files only if all pass."""
        self.run_check()
        if self.spec is None:
            return
        if out_dir is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the publication files"))
            if not chosen:
                return
            out_dir = Path(chosen)
        spec, formats = self.spec, self.formats()

        def work(progress, _cancelled):
            progress(0, 2)
            result = self.archive.publishing.build(spec, out_dir, formats)
            progress(2, 2)
            return result

        self.runner.run(Task(self.tr("Building the publication…"), work, on_done=self._built, cancellable=False))

    def _built(self, result) -> None:
        publication_id, paths = result
        self.last_built = (publication_id, paths)
        dialogs.inform(self, self.tr("The publication was built and entered in the register:") + "\n"
                       + "\n".join(str(p) for p in paths))
        self.built.emit(publication_id)

    def clear_for_release(self) -> None:
        self.run_check()
        if self.spec is None or not self.is_editor:
            return
        try:
            self.archive.publishing.clear(self.spec)
        except Exception as error:
            show_error(self, error)
            return
        dialogs.inform(self, self.tr("Cleared: communications staff may now release exactly this publication."))

    def ask_clearance(self, note_text: str | None = None) -> str | None:
        """Put this publication, exactly as it stands, in the editors' clearance queue."""
        self.run_check()
        if self.spec is None or self.is_editor:
            return None
        if note_text is None:
            note_text = dialogs.ask_text(self, self.tr("Ask an editor to clear this publication. A note for "
                                                       "the editor (optional):"))
            if note_text is None:
                return None
        try:
            request_id = self.archive.clearances.request(self.spec, note_text)
        except Exception as error:
            show_error(self, error)
            return None
        dialogs.inform(self, self.tr("Asked. The editors see it waiting; you will be told here and on your "
                                     "home page when it is cleared or declined."))
        self.clearance_requested.emit(request_id)
        return request_id

    def record_review(self) -> None:
        row = self.item_list.currentRow()
        if not 0 <= row < len(self.items) or self.items[row]["kind"] == "image":
            dialogs.inform(self, self.tr("Select a text or quote in the list of items first."))
            return
        question = self.tr("Record that the survivor read this redacted text and agreed to its publication?")
        if not dialogs.confirm(self, question):
            return
        try:
            self.archive.publishing.record_survivor_review(self.items[row]["version"])
        except Exception as error:
            show_error(self, error)
            return
        self.run_check()

    def save_spec(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the publication's plan"),
                                                    "publication.json", "JSON (*.json)")
            if not chosen:
                return
            path = Path(chosen)
        try:
            Path(path).write_text(json.dumps(self.spec_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
        except OSError:
            dialogs.warn(self, self.tr("The file could not be written. Choose another folder."))

    def open_spec(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open a publication's plan"), "", "JSON (*.json)")
            if not chosen:
                return
            path = Path(chosen)
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            self.set_spec(data)
        except (OSError, ValueError):
            dialogs.warn(self, self.tr("That file is not a publication's plan saved by this program."))
        except ArchiveError as error:
            show_error(self, error)

    def clear(self) -> None:
        self.timer.stop()
        self.publication = PublicationItems()
        self.sources.clear()
        self.report = self.spec = None
        self.item_list.clear()
        self.check_list.clear()
        self.blocked.clear()
        for edit in (self.title_edit, self.where_edit):
            edit.clear()
        self.framing_edit.clear()
        self.preview_widget.clear()
        self.views.setCurrentIndex(0)
        self.date_edit.setDate(QDate.currentDate())


def restyle(widget: QWidget, name: str) -> None:
    """Switch a label between the style sheet's #notice and #ok looks."""
    widget.setObjectName(name)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


