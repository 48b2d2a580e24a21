"""Screening for indicators of trafficking: for the testimony being edited, or for any pasted
text (case notes about other crimes included). The verdict is given in the interface's
language with its explanation, every indicator with the sentence that shows it, and that
evidence highlighted in the text. A screening aid, not a legal finding."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive, screen_text
from haart_archive.types.screening import Screening, SuggestedTags, indicator_label, kind_label
from ui.i18n import current_language
from ui.labels import term_label
from ui.page import Page
from ui.tasks import Task, TaskRunner
from ui.widgets import heading, note

_Index = QModelIndex | QPersistentModelIndex
# (text, language) of the testimony being edited, or None when there is none.
Source = Callable[[], tuple[str, str] | None]
_MARK = "background:#ffe08a"
_MARK_CURRENT = "background:#ffb347;font-weight:bold"


class IndicatorsModel(QAbstractTableModel):
    """One row per indicator found: its name, the evidence sentence and why it counts."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.screening: Screening | None = None
        self.text = ""
        self.language = "en"

    def show(self, screening: Screening | None, text: str, language: str) -> None:
        self.beginResetModel()
        self.screening, self.text, self.language = screening, text, language
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if self.screening is None or parent.isValid() else len(self.screening.indicators)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Indicator"), self.tr("Evidence"), self.tr("Why"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if self.screening is None or not index.isValid():
            return None
        finding = self.screening.indicators[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return _capital(indicator_label(finding.code, self.language))
            if index.column() == 1:
                return " ".join(self.text[finding.start:finding.end].split())
            return finding.reason
        return None


class ScreeningPanel(QWidget):
    """Screen the current testimony (when `source` gives one) or the pasted text."""

    def __init__(self, runner: TaskRunner, source: Source | None = None, parent: QWidget | None = None, *,
                 accept: Callable[[SuggestedTags], None] | None = None):
        super().__init__(parent)
        self.runner = runner
        self.source = source
        self.accept = accept
        self.screening: Screening | None = None
        self.screened_text = ""
        self.current_row = -1
        self.testimony_button = QPushButton(self.tr("Screen this testimony"))
        self.testimony_button.clicked.connect(self.screen_testimony)
        self.testimony_button.setVisible(source is not None)
        self.paste_button = QPushButton(self.tr("Screen the pasted text"))
        self.paste_button.clicked.connect(self.screen_pasted)
        self.paste_edit = QPlainTextEdit()
        self.paste_edit.setAccessibleName(self.tr("Text to screen"))
        self.paste_edit.setPlaceholderText(self.tr(
            "Paste case notes here, in English, Swahili or both, including notes about other crimes "
            "(theft, assault) that may hide trafficking."))
        self.paste_edit.setMaximumHeight(self.fontMetrics().height() * 6)
        self.paste_edit.setTabChangesFocus(True)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setAccessibleName(self.tr("Verdict"))
        self.elements_label = note()
        self.explanation = note()
        self.disclaimer = note()
        self.tags_label = note()
        self.accept_button = QPushButton(self.tr("Tick the suggested tags"))
        self.accept_button.setToolTip(
            self.tr("Ticks them on the Tags tab; untick any you do not agree with, then save."))
        self.accept_button.setVisible(accept is not None)
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self._accept_tags)
        self.model = IndicatorsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Indicators found"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _old: self.show_evidence(current.row()))
        self.text_view = QTextBrowser()
        self.text_view.setAccessibleName(self.tr("Screened text with the evidence highlighted"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.testimony_button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.text_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.paste_edit)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.elements_label)
        layout.addWidget(self.explanation)
        layout.addWidget(splitter, 1)
        tags_row = QHBoxLayout()
        tags_row.addWidget(self.tags_label, 1)
        tags_row.addWidget(self.accept_button)
        layout.addLayout(tags_row)
        layout.addWidget(self.disclaimer)

    # -- screening -----------------------------------------------------------------------------
    def screen_testimony(self) -> None:
        current = self.source() if self.source else None
        if current and current[0].strip():
            self.screen(*current)

    def screen_pasted(self) -> None:
        text = self.paste_edit.toPlainText()
        if text.strip():
            self.screen(text, None)

    def screen(self, text: str, language: str | None) -> None:
        self.runner.run(Task(self.tr("Screening for indicators of trafficking"),
                             lambda _p, _c: screen_text(text, language=language),
                             on_done=lambda screening: self.show_result(screening, text), cancellable=False))

    def show_result(self, screening: Screening, text: str) -> None:
        language = current_language()
        self.screening, self.screened_text, self.current_row = screening, text, -1
        headline = {
            "strong": self.tr("Strong indications of trafficking: refer the case for screening."),
            "some": self.tr("Some indicators of trafficking, but not every element: ask more."),
            "none": self.tr("No indicators of trafficking found."),
        }[screening.verdict]
        self.verdict_label.setText(headline)
        self.verdict_label.setProperty("verdict", screening.verdict)
        self.verdict_label.setStyleSheet({"strong": "color:#a0161b;font-weight:bold",
                                          "some": "color:#8a5a00;font-weight:bold"}.get(screening.verdict,
                                                                                         "font-weight:bold"))
        names = {"act": self.tr("Act"), "means": self.tr("Means"), "purpose": self.tr("Purpose")}
        lines = []
        for name in ("act", "means", "purpose"):
            element = screening.elements[name]
            found = ", ".join(kind_label(name, kind, language) for kind in element.kinds) if element.present else ""
            lines.append(f"{names[name]}: {found or self.tr('not found')}")
        if screening.child:
            lines.append(self.tr("A child: the act and the purpose are enough."))
        self.elements_label.setText("   ·   ".join(lines))
        self.explanation.setText(screening.explanation.get(language, screening.explanation["en"]))
        self.disclaimer.setText(screening.disclaimer.get(language, screening.disclaimer["en"]))
        self.model.show(screening, text, language)
        self.view.resizeRowsToContents()
        tags = screening.suggested_tags
        suggested = [_capital(indicator_label(code, language)) for code in tags.indicators]
        suggested += [term_label("exploitation", code) for code in tags.exploitation]
        suggested += [term_label("push_factor", code) for code in tags.push_factors]
        suggested += [term_label("recruiter_relation", code) for code in tags.recruiter_relation]
        self.tags_label.setText(self.tr("Suggested tags: %1").replace(
            "%1", ", ".join(suggested) if suggested else self.tr("none")))
        self.accept_button.setEnabled(bool(suggested))
        self.show_evidence(-1)

    def _accept_tags(self) -> None:
        if self.accept is not None and self.screening is not None:
            self.accept(self.screening.suggested_tags)

    def show_evidence(self, row: int) -> None:
        """The text with every piece of evidence marked; the chosen indicator's more strongly."""
        if self.screening is None:
            return
        self.current_row = row
        # The indicators' sentences only: the elements' evidence covers most of a text.
        spans = [(finding.start, finding.end, number == row)
                 for number, finding in enumerate(self.screening.indicators)]
        self.text_view.setHtml(highlighted(self.screened_text, spans))
        if row >= 0:
            self.text_view.scrollToAnchor("current")

    def highlighted_spans(self) -> list[tuple[int, int]]:
        if self.screening is None:
            return []
        return [(finding.start, finding.end) for finding in self.screening.indicators]


def tick_suggested_tags(editor, tags: SuggestedTags) -> None:
    """Tick the suggested tags in a testimony editor's tag lists and recruitment boxes (nothing
    is saved: the editor reviews them and saves)."""
    wanted = {"exploitation": tags.exploitation, "indicators": tags.indicators, "push_factors": tags.push_factors,
              "sectors": tags.sectors}
    for group, codes in wanted.items():
        widget = editor.tag_lists.get(group)
        for row in range(widget.count() if widget is not None else 0):
            item = widget.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in codes:
                item.setCheckState(Qt.CheckState.Checked)
    for code in tags.recruiter_relation:
        box = editor.case_facts.recruitment.boxes.get(code)
        if box is not None:
            box.setChecked(True)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def highlighted(text: str, spans: list[tuple[int, int, bool]]) -> str:
    """HTML of `text` with the spans marked (overlaps merged; a current span wins)."""
    marks = [0] * (len(text) + 1)
    for start, end, current in spans:
        for position in range(max(0, start), min(len(text), end)):
            marks[position] = max(marks[position], 2 if current else 1)
    parts, position, anchored = [], 0, False
    while position < len(text):
        kind, end = marks[position], position
        while end < len(text) and marks[end] == kind:
            end += 1
        chunk = html.escape(text[position:end]).replace("\n", "<br>")
        if kind:
            anchor = ""
            if kind == 2 and not anchored:
                anchor, anchored = '<a name="current"></a>', True
            style = _MARK_CURRENT if kind == 2 else _MARK
            chunk = f'{anchor}<span style="{style}">{chunk}</span>'
        parts.append(chunk)
        position = end
    return "<p>" + "".join(parts) + "</p>"


class ScreeningPage(Page):
    """Screening of pasted text, a place of its own: it needs no testimony and reads nothing
    from the archive, so every role may use it."""

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(archive, runner, parent)
        self.panel = ScreeningPanel(runner, parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Screening for indicators of trafficking")))
        layout.addWidget(self.panel, 1)

    def title(self) -> str:
        return self.tr("Screening")

    def clear(self) -> None:
        self.panel.paste_edit.clear()
        self.panel.model.show(None, "", "en")
        self.panel.text_view.clear()
        self.panel.screening, self.panel.screened_text = None, ""
