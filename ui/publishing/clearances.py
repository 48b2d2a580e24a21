"""The clearance queue inside the archive: communications staff ask an editor to clear a
publication (its leak check needs the names their role may not read); editors see what waits,
clear or decline it; the person who asked is told the answer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from ui import dialogs
from ui.errors import show_error
from ui.i18n import core_text
from ui.tasks import TaskRunner
from ui.widgets import heading, note


class ClearancesView(QWidget):
    """Editors: the requests waiting for them. Everyone else: their own requests and answers."""

    changed = Signal(int)  # how many need this person's attention (waiting for an editor, new answers)
    open_spec = Signal(object)  # a PublicationSpec to look at in the builder

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self.is_editor = archive.can_read("identity")
        self.records: list = []
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Clearance requests"))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.empty = note()
        self.open_button = QPushButton(self.tr("Open in the builder"))
        self.open_button.clicked.connect(self.open_selected)
        self.clear_button = QPushButton(self.tr("Clear for release"))
        self.clear_button.setAccessibleName(self.tr("Run every check and clear the selected publication"))
        self.clear_button.clicked.connect(self.clear_selected)
        self.decline_button = QPushButton(self.tr("Decline…"))
        self.decline_button.setAccessibleName(self.tr("Decline the selected request, with a reason"))
        self.decline_button.clicked.connect(self.decline_selected)
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the selected request"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        for button in (self.clear_button, self.decline_button):
            button.setVisible(self.is_editor)
        self.withdraw_button.setVisible(not self.is_editor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        for button in (self.withdraw_button, self.decline_button, self.clear_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        title = self.tr("Waiting for an editor to clear") if self.is_editor else self.tr("Your clearance requests")
        layout.addWidget(heading(title, 2))
        layout.addWidget(note(self.tr(
            "Clearing runs every gate and the leak check on the rendered publication; the person who asked "
            "is told, and may then release exactly that publication.") if self.is_editor else self.tr(
            "Ask for a clearance in the builder (“Ask an editor to clear”). When an editor answers, "
            "you see it here and on your home page.")))
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.records = self.archive.clearances.waiting() if self.is_editor else self.archive.clearances.mine()
        except Exception as error:
            show_error(self, error)
            return
        self.list.clear()
        for record in self.records:
            item = QListWidgetItem(self._describe(record))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            if not self.is_editor and not record.waiting and not record.seen:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        if self.is_editor:
            self.empty.setText(self.tr("Nothing waits for you to clear.") if not self.records else "")
        else:
            self.empty.setText(self.tr("You have not asked for any clearance yet.") if not self.records else "")
        self.empty.setVisible(not self.records)
        self._update_buttons()
        self.changed.emit(self.attention())

    def attention(self) -> int:
        if self.is_editor:
            return len(self.records)
        return sum(1 for r in self.records if not r.waiting and not r.seen)

    def _describe(self, record) -> str:
        when = record.requested_at.strftime("%Y-%m-%d %H:%M")
        lines = [record.title]
        if self.is_editor:
            lines.append(self.tr("Asked by %1 on %2").replace("%1", record.requested_by_name or "?")
                         .replace("%2", when))
        else:
            state = {
                "waiting": self.tr("Waiting for an editor (asked %1)").replace("%1", when),
                "cleared": self.tr("Cleared by %1: you may build and release it.").replace(
                    "%1", record.answered_by_name or "?"),
                "declined": self.tr("Declined by %1: %2").replace("%1", record.answered_by_name or "?")
                .replace("%2", core_text(record.reason)),
            }.get(record.state, record.state)
            lines.append(state)
        if record.note:
            lines.append(self.tr("Note: %1").replace("%1", record.note))
        return "\n".join(lines)

    def selected(self):
        row = self.list.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def _update_buttons(self) -> None:
        record = self.selected()
        self.open_button.setEnabled(record is not None)
        self.clear_button.setEnabled(record is not None and record.waiting)
        self.decline_button.setEnabled(record is not None and record.waiting)
        self.withdraw_button.setEnabled(record is not None and record.waiting)

    # -- actions ----------------------------------------------------------------------------
    def open_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        if not self.is_editor and not record.waiting and not record.seen:
            try:
                self.archive.clearances.mark_seen(record.id)
            except Exception as error:
                show_error(self, error)
                return
        self.open_spec.emit(record.spec)

    def clear_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        try:  # renders the publication and runs the OCR and leak checks: on the worker
            self.runner.call(self.tr("Checking and clearing the publication…"),
                             lambda: self.archive.clearances.clear(record.id), self)
        except Exception as error:
            show_error(self, error)
            return
        dialogs.inform(self, self.tr("Cleared. %1 is told and may now release exactly this publication.")
                       .replace("%1", record.requested_by_name or self.tr("The person who asked")))
        self.reload()

    def decline_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        reason = dialogs.ask_text(self, self.tr("Why can it not be cleared? The person who asked reads this."))
        if reason is None:
            return
        try:
            self.archive.clearances.decline(record.id, reason)
        except Exception as error:
            show_error(self, error)
            return
        self.reload()

    def withdraw_selected(self) -> None:
        record = self.selected()
        if record is None or not dialogs.confirm(self, self.tr("Withdraw this request for a clearance?")):
            return
        try:
            self.archive.clearances.withdraw(record.id)
        except Exception as error:
            show_error(self, error)
            return
        self.reload()

    def clear(self) -> None:
        self.records = []
        self.list.clear()
