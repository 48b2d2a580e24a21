"""Backups (custodian): make an encrypted backup with progress and cancel, verify one, and see
when a backup was last verified, with the reminder when one is overdue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from haart_archive.tasks import Cancelled
from haart_archive.types.backup import BackupReport, BackupStatus
from ui.errors import show_error
from ui.page import Page
from ui.tasks import Task, TaskRunner
from ui.widgets import heading, note


class BackupPage(Page):
    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(archive, runner, parent)
        self.last_report = None
        self.reminder = note()
        self.reminder.setObjectName("notice")
        self.reminder.hide()
        self.last_verified = QLabel()
        self.last_verified.setTextFormat(Qt.TextFormat.PlainText)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, 365)
        self.days_spin.setSuffix(self.tr(" days"))
        self.days_spin.setAccessibleName(self.tr("Remind me when the last verified backup is older than"))
        self.days_spin.setMaximumWidth(self.days_spin.fontMetrics().horizontalAdvance("0") * 14)
        self.days_spin.editingFinished.connect(self._set_days)
        self.make_button = QPushButton(self.tr("Make a backup…"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(lambda: self.make_backup())
        self.verify_button = QPushButton(self.tr("Verify a backup…"))
        self.verify_button.clicked.connect(lambda: self.verify_backup())
        self.outcome = note()
        self.outcome.setObjectName("ok")
        form = QFormLayout()
        form.addRow(self.tr("Last verified backup:"), self.last_verified)
        form.addRow(self.tr("Remind after:"), self.days_spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Backups")))
        layout.addWidget(note(self.tr(
            "A backup is one encrypted file holding the whole archive. Any user's passphrase or the recovery key "
            "opens it. Keep it on a USB disk stored away from this computer. Each new backup is read back "
            "completely before it counts as verified.")))
        layout.addWidget(self.reminder)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.outcome)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Backups")

    def shown(self) -> None:
        self.refresh_status()

    def refresh_status(self) -> None:
        try:
            status = self.archive.backup_status()
            days = self.archive.backup_reminder_days()
        except Exception as error:
            show_error(self, error)
            return
        self.days_spin.blockSignals(True)
        self.days_spin.setValue(days)
        self.days_spin.blockSignals(False)
        if status.last_verified_at is None:
            self.last_verified.setText(self.tr("never"))
        else:
            local = status.last_verified_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.last_verified.setText(self.tr("%1 (%2 days ago)").replace("%1", local).replace("%2", str(status.days)))
        if status.reminder:
            self.reminder.setText(self._reminder_words(status, days))
            self.reminder.show()
        else:
            self.reminder.hide()

    def _reminder_words(self, status: BackupStatus, days: int) -> str:
        if status.last_verified_at is None:
            return self.tr("No verified backup of this archive exists yet. Make one now.")
        return self.tr("The last verified backup is %1 days old (the archive asks for one every %2 days). "
                       "Make a backup now.").replace("%1", str(status.days)).replace("%2", str(days))

    def _set_days(self) -> None:
        try:
            self.archive.set_backup_reminder_days(self.days_spin.value())
        except Exception as error:
            show_error(self, error)
        self.refresh_status()

    # -- the long tasks -------------------------------------------------------------------
    def make_backup(self, out: Path | None = None) -> None:
        if out is None:
            name = f"haart-archive-{dt.date.today().isoformat()}.hbk"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Where to write the backup"), name,
                                                    self.tr("Archive backups (*.hbk)"))
            if not chosen:
                return
            out = Path(chosen)
        self.outcome.clear()
        self.runner.run(Task(
            self.tr("Making a backup…"),
            lambda progress, cancelled: self.archive.make_backup(out, progress, cancelled),
            on_done=lambda report: self._finished(report, self.tr("The backup was written and verified: %1")),
            on_cancelled=lambda: self._stopped(self.tr("The backup was cancelled; no backup file was kept.")),
            on_error=self._failed,
        ))

    def verify_backup(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Backup to verify"), "",
                                                    self.tr("Archive backups (*.hbk);;All files (*)"))
            if not chosen:
                return
            path = Path(chosen)
        self.outcome.clear()
        self.runner.run(Task(
            self.tr("Verifying the backup…"),
            lambda progress, _cancelled: self.archive.verify_backup(path, progress),
            on_done=lambda report: self._finished(report, self.tr("The backup is complete and readable: %1")),
            on_cancelled=lambda: self._stopped(self.tr("Verifying was cancelled; the backup was not checked.")),
            on_error=self._failed,
        ))

    def _finished(self, report: BackupReport, words: str) -> None:
        self.last_report = report
        detail = self.tr("%1 files, %2 MB, made %3").replace("%1", str(report.files)).replace(
            "%2", f"{report.file_bytes / 1_000_000:.1f}").replace(
            "%3", report.created_at.replace("T", " ").replace("Z", " UTC"))
        self.outcome.setText(words.replace("%1", report.path.name) + "\n" + detail)
        self.refresh_status()

    def _stopped(self, words: str) -> None:
        self.outcome.setText(words)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self._stopped(self.tr("The backup was cancelled; no backup file was kept."))
        else:
            show_error(self, error)

    def clear(self) -> None:
        self.last_report = None
        self.outcome.clear()
        self.last_verified.clear()
        self.reminder.hide()
