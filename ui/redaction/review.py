"""The text half of the redaction desk: original and redacted preview side by side, the
suggestions list reviewed by keyboard, the live leak check and the alias table.

A key press changes the plan and repaints one highlight at once; the redacted preview and
the leak check (tens of milliseconds on a long testimony) follow on a short timer, so
reviewing stays quick with hundreds of suggestions.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from haart_archive.types.redaction import (
    EntityType,
    LeakReport,
    Operator,
    RedactedText,
    Status,
)
from ui.redaction.labels import (
    CURRENT_COLOUR,
    GROUP_COLOURS,
    LEAK_COLOUR,
    entity_words,
    group_of,
    group_words,
    operator_words,
)
from ui.redaction.review_model import AliasModel, LeakCheck, LeakModel, Preview, Review, SuggestionModel, with_changes
from ui.tasks import TaskRunner

OPERATOR_KEYS = (Operator.MASK, Operator.LABEL, Operator.PSEUDONYM, Operator.GENERALISE, Operator.KEEP)
REFRESH_DELAY_MS = 120


class ReviewPane(QWidget):
    """Original and preview, suggestions, leak check and aliases for one testimony."""

    plan_changed = Signal()  # the editor changed a decision
    checked = Signal(object)  # LeakReport of the preview, after each refresh

    def __init__(self, preview: Preview, check: LeakCheck, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._preview = preview
        self._check = check
        self.runner = runner
        self.review: Review | None = None
        self.redacted: RedactedText | None = None
        self.report: LeakReport | None = None
        self.fixed_text: str | None = None  # a stored version's text shown instead of the plan's
        self._selections: list[QTextEdit.ExtraSelection] = []
        self._current = -1
        self._syncing = False
        self._generation = 0
        self.checking = False
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_DELAY_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self._build()
        self._shortcuts()

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.original = self._text_view(self.tr("Original text"))
        self.preview = self._text_view(self.tr("Redacted preview"))
        self.original.verticalScrollBar().valueChanged.connect(lambda _v: self._sync(self.original, self.preview))
        self.preview.verticalScrollBar().valueChanged.connect(lambda _v: self._sync(self.preview, self.original))
        texts = QSplitter(Qt.Orientation.Horizontal)
        texts.addWidget(self._titled(self.tr("Original"), self.original, self._mark_row()))
        texts.addWidget(self._titled(self.tr("Redacted preview"), self.preview))
        texts.setSizes([500, 500])
        self.model = SuggestionModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Suggestions to review"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        em = self.table.fontMetrics().horizontalAdvance("M")
        for column, width in ((0, 12), (1, 8), (2, 9), (3, 13)):
            self.table.setColumnWidth(column, width * em)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._row_chosen(current.row()))
        self.leak_model = LeakModel(self)
        self.leak_view = QListView()
        self.leak_view.setModel(self.leak_model)
        self.leak_view.setAccessibleName(self.tr("Leaks found in the preview"))
        self.leak_view.setWordWrap(True)
        self.leak_view.activated.connect(lambda index: self.jump_to_leak(index.row()))
        self.leak_view.clicked.connect(lambda index: self.jump_to_leak(index.row()))
        self.leak_status = QLabel()
        self.leak_status.setWordWrap(True)
        self.alias_model = AliasModel(self)
        self.alias_view = QTableView()
        self.alias_view.setModel(self.alias_model)
        self.alias_view.setAccessibleName(self.tr("Alias table"))
        self.alias_view.verticalHeader().hide()
        self.alias_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.alias_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self._wrapped(self.tr("Leak check (runs as you work):")))
        side.addWidget(self.leak_status)
        side.addWidget(self.leak_view, 2)
        side.addWidget(self._wrapped(self.tr("Alias table:")))
        side.addWidget(self.alias_view, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self._suggestions_column())
        lower.addWidget(side_widget)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setSizes([640, 360])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(texts)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._legend())
        layout.addWidget(split, 1)

    def _wrapped(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _text_view(self, name: str) -> QPlainTextEdit:
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        view.setAccessibleName(name)
        font = view.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        view.setFont(font)
        return view

    def _mark_row(self) -> QHBoxLayout:
        self.mark_type = QComboBox()
        self.mark_type.setAccessibleName(self.tr("Kind of the text you mark by hand"))
        for entity in (EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.PHONE,
                       EntityType.NATIONAL_ID, EntityType.DATE, EntityType.AGE, EntityType.QUASI_IDENTIFIER):
            self.mark_type.addItem(entity_words(entity), entity.value)
        mark = QPushButton(self.tr("Redact selection (S)"))
        mark.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        mark.clicked.connect(self.mark_selection)
        row = QHBoxLayout()
        hint = QLabel(self.tr("Select text the list missed, then press S. It is a:"))
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        row.addWidget(self.mark_type)
        row.addWidget(mark)
        self.buttons = {"mark": mark}
        return row

    def _titled(self, title: str, widget: QWidget, below: QHBoxLayout | None = None) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title)
        label.setObjectName("subheading")
        label.setBuddy(widget)
        layout.addWidget(label)
        layout.addWidget(widget, 1)
        if below is not None:
            layout.addLayout(below)
        return box

    def _legend(self) -> QWidget:
        swatches = "".join(
            f'<span style="background:{GROUP_COLOURS[group]}">&nbsp;{html.escape(words)}&nbsp;</span> '
            for group, words in group_words().items())
        current = html.escape(self.tr("current"))
        legend = QLabel(
            html.escape(self.tr("Colours:")) + " " + swatches
            + f'<span style="background:{CURRENT_COLOUR}"><b>&nbsp;{current}&nbsp;</b></span> '
            + html.escape(self.tr("· wavy red underline: waiting for you · grey, dotted: left in")))
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)
        legend.setAccessibleName(self.tr("Colour legend"))
        return legend

    def _suggestions_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        buttons = QHBoxLayout()
        for key, words, action in (
            ("previous", self.tr("Previous (P)"), self.previous),
            ("next", self.tr("Next (N)"), self.next),
            ("accept", self.tr("Redact (A)"), self.accept),
            ("reject", self.tr("Leave in (R)"), self.reject),
            ("every", self.tr("Every occurrence (E)"), self.accept_every),
        ):
            button = QPushButton(words)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys work from the list; buttons are for the mouse
            button.clicked.connect(action)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        self.operator_box = QComboBox()
        self.operator_box.setAccessibleName(self.tr("How to redact the current suggestion"))
        for number, operator in enumerate(OPERATOR_KEYS, start=1):
            self.operator_box.addItem(f"{number}: {operator_words(operator)}", operator.value)
        self.operator_box.activated.connect(lambda i: self.set_operator(OPERATOR_KEYS[i]))
        self.type_button = QPushButton(self.tr("For all of this kind (Ctrl+number)"))
        self.type_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.type_button.clicked.connect(
            lambda: self.set_operator(OPERATOR_KEYS[self.operator_box.currentIndex()], every_of_type=True))
        how = QHBoxLayout()
        how.addWidget(QLabel(self.tr("How:")))
        how.addWidget(self.operator_box, 1)
        how.addWidget(self.type_button)
        keys = QLabel(self.tr(
            "Keys: N next · P previous · A redact · R leave in · E redact every occurrence · "
            "1 mask · 2 type label · 3 pseudonym · 4 generalise · 5 keep · Ctrl+1…5 the same for "
            "every suggestion of this kind · S redact the text selected in the original"))
        keys.setObjectName("note")
        keys.setWordWrap(True)
        keys.setAccessibleName(self.tr("Keyboard shortcuts"))
        layout.addWidget(self.counts)
        layout.addLayout(buttons)
        layout.addLayout(how)
        layout.addWidget(self.table, 1)
        layout.addWidget(keys)
        return column

    def _shortcuts(self) -> None:
        """Single keys work wherever the editor is in the pane (the list or either text),
        taken before the list's type-to-search or the text views see them."""
        self.keys: dict[tuple[int, bool], Callable[[], None]] = {
            (Qt.Key.Key_N, False): self.next, (Qt.Key.Key_P, False): self.previous,
            (Qt.Key.Key_A, False): self.accept, (Qt.Key.Key_R, False): self.reject,
            (Qt.Key.Key_E, False): self.accept_every, (Qt.Key.Key_S, False): self.mark_selection,
        }
        for number, operator in enumerate(OPERATOR_KEYS, start=1):
            key = Qt.Key(Qt.Key.Key_0.value + number)
            self.keys[(key, False)] = lambda op=operator: self.set_operator(op)
            self.keys[(key, True)] = lambda op=operator: self.set_operator(op, every_of_type=True)
        for widget in (self.table, self.original, self.preview):
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
                action = self.keys.get((Qt.Key(event.key()), modifiers == Qt.KeyboardModifier.ControlModifier))
                if action is not None:
                    if event.type() == QEvent.Type.KeyPress:
                        action()
                    event.accept()
                    return event.type() == QEvent.Type.KeyPress
        return super().eventFilter(watched, event)

    # -- loading ---------------------------------------------------------------------------
    def load(self, review: Review | None) -> None:
        self.refresh_timer.stop()
        self._generation += 1
        self.checking = False
        self.review = review
        self.redacted = None
        self.report = None
        self.fixed_text = None
        self._current = -1
        # Rows the editor has had in front of them (chosen or changed): a decision the detector
        # made by default is not a decision the editor made until they have looked at it.
        self.seen: set[int] = set()
        self.model.set_plan(review.plan if review else None)
        self.original.setPlainText(review.text if review else "")
        self.preview.clear()
        self.leak_model.set_leaks(())
        self.alias_model.set_rows([])
        self.leak_status.clear()
        self._selections = [self._selection(i) for i in range(len(review.plan.decisions))] if review else []
        self.original.setExtraSelections(self._selections)
        self._update_counts()
        if review is not None:
            self.refresh(wait=True)
            if review.plan.decisions:
                self.go_to(self._first_waiting())

    def show_fixed(self, text: str, report: LeakReport) -> None:
        """Show a stored version's text in the preview (a second editor reviews exactly what
        the first approved), with the core's leak check of it."""
        self.refresh_timer.stop()
        self._generation += 1
        self.checking = False
        self.fixed_text = text
        self.preview.setPlainText(text)
        self._show_report(report, text)

    def clear(self) -> None:
        self.load(None)

    def _first_waiting(self) -> int:
        for index, decision in enumerate(self.review.plan.decisions):
            if decision.status == Status.PENDING:
                return index
        return 0

    # -- highlights ------------------------------------------------------------------------
    def _selection(self, index: int) -> QTextEdit.ExtraSelection:
        d = self.review.plan.decisions[index]
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.original.document())
        cursor.setPosition(d.start)
        cursor.setPosition(d.end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        if index == self._current:
            fmt.setBackground(QColor(CURRENT_COLOUR))
            fmt.setFontWeight(QFont.Weight.Bold)
        elif d.status == Status.REJECTED or (d.applies and d.operator == Operator.KEEP):
            fmt.setForeground(QColor("#5a5a5a"))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        else:
            colour = QColor(GROUP_COLOURS[group_of(d.type)])
            if d.status == Status.PENDING:
                colour = colour.lighter(115)
            fmt.setBackground(colour)
        if d.status == Status.PENDING:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#b3261e"))
        selection.format = fmt
        return selection

    def _repaint(self, *indexes: int) -> None:
        for index in indexes:
            if 0 <= index < len(self._selections):
                self._selections[index] = self._selection(index)
        self.original.setExtraSelections(self._selections)

    # -- navigation ------------------------------------------------------------------------
    def _row_chosen(self, row: int) -> None:
        if self.review is None or row < 0 or row == self._current:
            return
        old, self._current = self._current, row
        self.seen.add(row)
        self._update_counts()
        self._repaint(old, row)
        d = self.review.plan.decisions[row]
        self._reveal(self.original, d.start, d.end)
        self._reveal_in_preview(d.start)
        self.operator_box.setCurrentIndex(OPERATOR_KEYS.index(d.operator))

    def go_to(self, row: int) -> None:
        if self.review is None or not self.review.plan.decisions:
            return
        row = max(0, min(row, len(self.review.plan.decisions) - 1))
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))

    def current(self) -> int:
        return self._current

    def next(self) -> None:
        self.go_to(self._current + 1)

    def previous(self) -> None:
        self.go_to(self._current - 1)

    def _reveal(self, view: QPlainTextEdit, start: int, end: int) -> None:
        self._syncing = True
        cursor = QTextCursor(view.document())
        cursor.setPosition(min(end, len(view.toPlainText())))
        view.setTextCursor(cursor)
        view.centerCursor()
        self._syncing = False

    def _reveal_in_preview(self, original_position: int) -> None:
        if self.redacted is None or self.fixed_text is not None:
            return
        position = self.to_redacted(original_position)
        self._reveal(self.preview, position, position)

    def to_redacted(self, original_position: int) -> int:
        """Where an offset of the original lands in the preview."""
        shift = 0
        for r in self.redacted.replacements:
            if r.original_start > original_position:
                break
            if r.original_end > original_position:
                return r.redacted_start
            shift = r.redacted_end - r.original_end
        return original_position + shift

    def to_original(self, redacted_position: int) -> int:
        shift = 0
        for r in self.redacted.replacements:
            if r.redacted_start > redacted_position:
                break
            if r.redacted_end > redacted_position:
                return r.original_start
            shift = r.original_end - r.redacted_end
        return redacted_position + shift

    def _sync(self, source: QPlainTextEdit, target: QPlainTextEdit) -> None:
        """Scroll together: the same share of each text stays in view."""
        if self._syncing:
            return
        self._syncing = True
        bar, other = source.verticalScrollBar(), target.verticalScrollBar()
        if bar.maximum() > 0:
            other.setValue(round(bar.value() * other.maximum() / bar.maximum()))
        self._syncing = False

    # -- decisions -------------------------------------------------------------------------
    def _changed(self, *rows: int) -> None:
        self.seen.update(rows)
        for row in rows:
            self.model.row_changed(row)
        self._repaint(*rows)
        self._update_counts()
        self.fixed_text = None
        self.refresh_timer.start()
        self.plan_changed.emit()

    def accept(self) -> None:
        if self._has_current():
            self.review.plan.accept(self._current)
            self._changed(self._current)
            self.next()

    def reject(self) -> None:
        if self._has_current():
            if self.review.plan.decisions[self._current].status == Status.MANUAL:
                self.review.plan.decisions[self._current] = with_changes(self.review.plan.decisions[self._current],
                                                                  status=Status.REJECTED)
            else:
                self.review.plan.reject(self._current)
            self._changed(self._current)
            self.next()

    def accept_every(self) -> None:
        if self._has_current():
            d = self.review.plan.decisions[self._current]
            if d.status == Status.MANUAL:
                self.review.plan.decisions[self._current] = with_changes(d, every_occurrence=True)
            else:
                self.review.plan.accept(self._current, every_occurrence=True)
            same = [i for i, other in enumerate(self.review.plan.decisions)
                    if other.text.casefold() == d.text.casefold() and other.status == Status.PENDING]
            for i in same:
                self.review.plan.accept(i)
            self._changed(self._current, *same)
            self.next()

    def set_operator(self, operator: Operator, every_of_type: bool = False) -> None:
        """Redact the current suggestion this way, or every suggestion of its kind."""
        if not self._has_current():
            return
        plan = self.review.plan
        kind = plan.decisions[self._current].type
        rows = [i for i, d in enumerate(plan.decisions) if d.type == kind] if every_of_type else [self._current]
        for i in rows:
            d = plan.decisions[i]
            if d.status == Status.MANUAL or every_of_type and d.status == Status.REJECTED:
                plan.decisions[i] = with_changes(d, operator=operator, replacement=None)
            else:
                plan.decisions[i] = with_changes(d, status=Status.ACCEPTED, operator=operator, replacement=None)
        self.operator_box.setCurrentIndex(OPERATOR_KEYS.index(operator))
        self._changed(*rows)

    def mark_selection(self) -> None:
        """Redact the text selected in the original, as the kind chosen beside the list."""
        if self.review is None:
            return
        cursor = self.original.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        text = self.review.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            self.counts.setText(self.tr("Select some text in the original first, then press S."))
            return
        entity = EntityType(self.mark_type.currentData())
        pseudonyms = entity == EntityType.PERSON and self.review.plan.anonymity == "pseudonym"
        operator = Operator.PSEUDONYM if pseudonyms else Operator.LABEL
        self.review.plan.add(text, start, end, entity, operator)
        self.model.rows_appended()
        row = len(self.review.plan.decisions) - 1
        self._selections.append(self._selection(row))
        self._changed(row)
        self.go_to(row)
        self.table.setFocus()

    def _has_current(self) -> bool:
        return self.review is not None and 0 <= self._current < len(self.review.plan.decisions)

    def waiting(self) -> int:
        return 0 if self.review is None else sum(1 for d in self.review.plan.decisions if d.status == Status.PENDING)

    def unseen_defaults(self) -> int:
        """Suggestions decided by default (not waiting) that the editor has not looked at."""
        if self.review is None:
            return 0
        return sum(1 for i, d in enumerate(self.review.plan.decisions)
                   if d.status != Status.PENDING and i not in getattr(self, "seen", set()))

    def tally(self) -> dict[str, int]:
        """How the plan stands: suggestions, to redact, left in, waiting, unseen defaults."""
        decisions = self.review.plan.decisions if self.review else []
        redact = sum(1 for d in decisions if d.applies and d.operator != Operator.KEEP)
        waiting = self.waiting()
        return {"total": len(decisions), "redact": redact, "kept": len(decisions) - redact - waiting,
                "waiting": waiting, "unseen": self.unseen_defaults()}

    def _update_counts(self) -> None:
        if self.review is None:
            self.counts.clear()
            return
        tally = self.tally()
        text = (self.tr("%1 suggestions: %2 to redact, %3 left in, %4 waiting for you.")
                .replace("%1", str(tally["total"])).replace("%2", str(tally["redact"]))
                .replace("%3", str(tally["kept"])).replace("%4", str(tally["waiting"])))
        if tally["unseen"]:
            text += " " + self.tr("%1 decided by default that you have not looked at yet.").replace(
                "%1", str(tally["unseen"]))
        self.counts.setText(text)

    # -- preview and leak check ------------------------------------------------------------
    def refresh(self, wait: bool = False) -> None:
        """Redo the preview and the alias table from the current plan, then the leak check:
        on a worker thread (it takes ~60 ms on a long testimony and must not hold up the next
        key press), or at once with `wait`."""
        if self.review is None:
            return
        self.refresh_timer.stop()
        review = self.review
        self.redacted = self._preview(review.plan)
        text = self.redacted.text
        bar = self.preview.verticalScrollBar().value()
        self._syncing = True
        self.preview.setPlainText(text)
        self.preview.verticalScrollBar().setValue(bar)
        self._syncing = False
        self.update_aliases()
        reviewed = [*self.redacted.reviewed(), *review.plan.reviewed_strings()]
        anonymity = review.plan.anonymity
        self._generation += 1
        generation, known = self._generation, list(review.known)
        self.checking = True
        if wait:
            self._checked(generation, self._check(text, known, reviewed, anonymity))
            return

        def done(report: LeakReport | None, error: BaseException | None) -> None:
            self._checked(generation, None if error is not None else report)  # unchecked never passes

        self.runner.in_background(lambda: self._check(text, known, reviewed, anonymity), done)

    def _checked(self, generation: int, report: LeakReport | None) -> None:
        if generation != self._generation or self.review is None:
            return  # the plan moved on (or the archive locked) while this ran
        self.checking = False
        if report is None:
            report = LeakReport(False, ())
            self.leak_status.setText(self.tr("The leak check could not run; change a decision to try again."))
        self._show_report(report, self.preview.toPlainText())

    def _show_report(self, report: LeakReport, text: str) -> None:
        self.report = report
        self.leak_model.set_leaks(report.leaks)
        if report.passed:
            self.leak_status.setText(self.tr("Passed: no known or unreviewed identifying detail is left."))
            self.leak_status.setObjectName("ok")
        else:
            self.leak_status.setText(self.tr("Failed: %1 identifying detail(s) left. Choose one to jump to it.")
                                     .replace("%1", str(len(report.leaks))))
            self.leak_status.setObjectName("warning")
        self.leak_status.style().unpolish(self.leak_status)
        self.leak_status.style().polish(self.leak_status)
        self.preview.setExtraSelections(self._preview_selections(report, text))
        self.checked.emit(report)

    def _preview_selections(self, report: LeakReport, text: str) -> list[QTextEdit.ExtraSelection]:
        out = []
        document = self.preview.document()

        def span(start: int, end: int, fmt: QTextCharFormat) -> None:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(min(start, len(text)))
            cursor.setPosition(min(end, len(text)), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            out.append(selection)

        if self.redacted is not None and self.fixed_text is None:
            for r in self.redacted.replacements:
                if r.operator == Operator.KEEP:
                    continue
                fmt = QTextCharFormat()
                fmt.setBackground(QColor(GROUP_COLOURS[group_of(r.type)]))
                span(r.redacted_start, r.redacted_end, fmt)
        for leak in report.leaks:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(LEAK_COLOUR))
            fmt.setForeground(QColor("white"))
            fmt.setFontWeight(QFont.Weight.Bold)
            span(leak.start, leak.end, fmt)
        return out

    def jump_to_leak(self, row: int) -> None:
        """Show a leak in the preview and the matching place of the original."""
        if self.report is None or not 0 <= row < len(self.report.leaks):
            return
        leak = self.report.leaks[row]
        cursor = QTextCursor(self.preview.document())
        cursor.setPosition(leak.start)
        cursor.setPosition(leak.end, QTextCursor.MoveMode.KeepAnchor)
        self._syncing = True
        self.preview.setTextCursor(cursor)
        self.preview.centerCursor()
        if self.redacted is not None and self.fixed_text is None:
            start = self.to_original(leak.start)
            found = self.review.text.find(leak.form, max(0, start - 5))
            if found >= 0:
                original = QTextCursor(self.original.document())
                original.setPosition(found)
                original.setPosition(found + len(leak.form), QTextCursor.MoveMode.KeepAnchor)
                self.original.setTextCursor(original)
                self.original.centerCursor()
        self._syncing = False
        self.original.setFocus()

    def update_aliases(self) -> None:
        review = self.review
        names = {p.key: (p.names[0] if p.names else p.role) for p in review.known}
        rows = {alias: (names.get(key, key if not key.startswith("name:") else key[5:]), self.tr("saved"))
                for key, alias in review.saved_aliases.items()}
        text = self.redacted.text
        for r in self.redacted.replacements:
            if r.operator != Operator.PSEUDONYM:
                continue
            alias = text[r.redacted_start:r.redacted_end].removesuffix("'s").removesuffix("’s")
            if alias not in rows:
                rows[alias] = (review.text[r.original_start:r.original_end], self.tr("new: saved with the version"))
        self.alias_model.set_rows([(alias, who, state) for alias, (who, state) in sorted(rows.items())])


