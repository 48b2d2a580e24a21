"""Small widgets shared by several pages."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import current_language

MIN_LENGTH = 10
MIN_SCORE = 3


def strength(passphrase: str) -> tuple[int, str]:
    """zxcvbn's score (0-4) and its advice, for the meter. The core refuses weak passphrases
    on its own (`check_passphrase`); the meter only helps people choose before they submit."""
    if not passphrase:
        return 0, ""
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:100])
    feedback = result.get("feedback", {})
    advice = " ".join(filter(None, [feedback.get("warning", ""), *feedback.get("suggestions", [])]))
    return int(result["score"]), advice


class PassphraseField(QWidget):
    """A new passphrase typed twice, with a strength meter and advice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Repeat the passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.form = form = QFormLayout(self)  # callers may insert their own rows, to line up with these
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow(self.tr("Repeat it:"), self.second)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.verdict)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._score = 0
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def acceptable(self) -> bool:
        text = self.first.text()
        return len(text) >= MIN_LENGTH and self._score >= MIN_SCORE and text == self.second.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _update(self) -> None:
        text = self.first.text()
        self._score, advice = strength(text)
        self.meter.setValue(self._score if text else 0)
        self.verdict.setText(self._verdict(text, advice))
        self.meter.setProperty("strong", self._score >= MIN_SCORE)
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        self.changed.emit()

    def _verdict(self, text: str, advice: str) -> str:
        if not text:
            return self.tr("Use four or five unrelated words, or a short sentence only you would say.")
        if len(text) < MIN_LENGTH:
            return self.tr("Too short: use at least 10 characters.")
        if self._score < MIN_SCORE:
            words = self.tr("Too weak: it would be guessed quickly. Add more unrelated words.")
            return f"{words} {advice}" if advice and current_language() == "en" else words
        if self.second.text() != text:
            return self.tr("Strong enough. Now type it again in the second box.")
        return self.tr("Strong enough, and both boxes match.")


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading" if level == 1 else "subheading")
    font = label.font()  # relative to the system font, so the whole interface scales with it
    font.setPointSizeF(font.pointSizeF() * (1.5 if level == 1 else 1.15))
    label.setFont(font)
    label.setAccessibleName(text)
    label.setWordWrap(True)
    return label


def note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("note")
    return label


class CheckGroup(QWidget):
    """A column of check boxes, one per (code, label): natural height, Tab and Space work."""

    changed = Signal()

    def __init__(self, items: list[tuple[str, str]], accessible_name: str, parent: QWidget | None = None, *,
                 wrap: bool = False):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for code, label in items:
            box = QCheckBox(label)
            box.toggled.connect(self.changed)
            self.boxes[code] = box
            layout.addWidget(box if not wrap else _wrapped(box, label))

    def checked(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_checked(self, codes) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


def _wrapped(box: QCheckBox, label: str) -> QWidget:
    """A check box whose label wraps in a narrow column instead of being cut at the side;
    a click on the words ticks the box, as on a normal check box label."""
    box.setText("")
    box.setAccessibleName(label)
    box.setToolTip(label)
    words = QLabel(label)
    words.setWordWrap(True)
    words.setTextFormat(Qt.TextFormat.PlainText)
    words.setBuddy(box)
    words.mousePressEvent = lambda _event: box.toggle()
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    line.addWidget(words, 1)
    return row


class FilterProxy(QSortFilterProxyModel):
    """A filter proxy whose filter attributes change together and re-filter once.

    Qt 6.9 added begin/endFilterChange (they keep the view's selection steady); older Qt,
    which the project still allows, only has invalidateRowsFilter.
    """

    def set_filter(self, **values: object) -> None:  # attribute name -> new value
        begin = getattr(self, "beginFilterChange", None)
        if begin is not None:
            begin()
        for name, value in values.items():
            setattr(self, name, value)
        if begin is not None:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()


class RowsModel(QAbstractTableModel):
    """A read-only table of text rows; a subclass names its columns in `headers()`."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, ...]] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None
