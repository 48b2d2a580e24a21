"""Home: the first page after unlocking, with what waits for this person and a link to the
page where they do it. Each role sees only the kinds of work it does (None = not yours)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from ui.errors import show_error
from ui.i18n import core_text
from ui.page import Page
from ui.tasks import TaskRunner
from ui.widgets import heading, note


class HomePage(Page):
    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None, *,
                 go: Callable[[str], bool] | None = None):
        super().__init__(archive, runner, parent)
        self.go = go or (lambda _place: False)
        self.summary = None
        self.rows: dict[str, tuple[QLabel, QPushButton]] = {}
        self.greeting = heading(self.tr("Welcome, %1").replace("%1", archive.user.name))
        self.intro = note(self.tr("What waits for you today. Each line links to the page where you do it."))
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(10)
        self.all_done = note()
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(self.grid)
        layout.addWidget(self.all_done)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Home")

    def shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        try:
            self.summary = self.archive.home_summary()
        except Exception as error:
            show_error(self, error)
            return
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.rows = {}
        for key, text, place, button_text in self._lines(self.summary):
            self._add_row(key, text, place, button_text)
        busy = any(getattr(self.summary, name) for name in (
            "waiting_redaction", "waiting_approval", "consents_expiring", "consents_expired",
            "takedowns_overdue", "clearances_waiting", "clearances_answered"))
        self.all_done.setText("" if busy else self.tr("Nothing waits for you. Use the places on the left to "
                                                       "search, read or add."))

    def _lines(self, s) -> list[tuple[str, str, str, str]]:
        """(key, sentence, place to go, button words) for each kind of work this role sees."""
        lines = []

        def count(key, value, sentence, place, button):
            if value is not None:
                lines.append((key, sentence.replace("%1", str(value)), place, button))

        count("waiting_redaction", s.waiting_redaction,
              self.tr("%1 testimony(ies) have no redacted version yet."), "redaction", self.tr("Redaction desk"))
        count("waiting_approval", s.waiting_approval,
              self.tr("%1 redacted version(s) wait for approval."), "redaction", self.tr("Redaction desk"))
        count("consents_expired", s.consents_expired,
              self.tr("%1 consent(s) have expired: renew them or stop using the testimonies."), "consent",
              self.tr("Consent"))
        if s.consents_expiring is not None:
            lines.append(("consents_expiring", self.tr("%1 consent(s) end within %2 days.")
                          .replace("%1", str(s.consents_expiring)).replace("%2", str(s.expiring_days)),
                          "consent", self.tr("Consent")))
        if s.takedowns_open is not None:
            lines.append(("takedowns", self.tr("%1 take-down(s) open, %2 of them asked more than %3 days ago.")
                          .replace("%1", str(s.takedowns_open)).replace("%2", str(s.takedowns_overdue or 0))
                          .replace("%3", str(s.takedown_days)), "publications", self.tr("Publications")))
        count("clearances_waiting", s.clearances_waiting,
              self.tr("%1 publication(s) wait for you to clear them."), "publications:clearances",
              self.tr("Clearances"))
        count("clearances_answered", s.clearances_answered,
              self.tr("%1 of your clearance requests have been answered."), "publications:clearances",
              self.tr("Clearances"))
        if s.backup_known:
            if s.backup_verified_at is None:
                sentence = self.tr("No backup has been verified yet. Make one and verify it.")
            else:
                sentence = self.tr("Last verified backup: %1.").replace(
                    "%1", s.backup_verified_at.strftime("%Y-%m-%d"))
            if s.backup_reminder and s.backup_verified_at is not None:  # "never" is said above already
                sentence += " " + core_text(s.backup_reminder)
            lines.append(("backup", sentence, "backup", self.tr("Backup")))
        return lines

    def _count(self, key: str) -> int | None:
        """The number a line is about (None for the backup line)."""
        names = {"takedowns": "takedowns_open"}
        return getattr(self.summary, names.get(key, key), None) if self.summary is not None else None

    def _add_row(self, key: str, text: str, place: str, button_text: str) -> None:
        row = self.grid.rowCount()
        label = QLabel(text)
        label.setWordWrap(True)
        if self._count(key) == 0:
            label.setEnabled(False)  # nothing to do there: shown, but quietly
        button = QPushButton(button_text)
        button.setAccessibleName(self.tr("Go to %1").replace("%1", button_text))
        button.clicked.connect(lambda _checked=False, p=place: self.go(p))
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(button, row, 1)
        self.rows[key] = (label, button)

    def archive_changed(self, record_id: str, kind: str) -> None:
        if self.isVisible():
            self.reload()

    def clear(self) -> None:
        self.summary = None
        self.rows = {}
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
