"""The lock screen: user name and passphrase (or the recovery key), with a growing delay
after repeated failures, and the demo archive's credentials when there is one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from haart_archive.errors import WrongPassphrase
from ui.errors import sentence_for
from ui.i18n import LANGUAGES, current_language
from ui.labels import role_label
from ui.tasks import Task, TaskRunner
from ui.widgets import heading, note

FREE_ATTEMPTS = 5
FIRST_DELAY_SECONDS = 5
MAX_DELAY_SECONDS = 300


def delay_after(failures: int) -> int:
    """Seconds to wait before the next try: none for the first five, then 5, 10, 20, ...
    (at most five minutes). It slows down a person guessing at the keyboard; the KDF and the
    audit of failed unlocks do the rest."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS))


class LockScreen(QWidget):
    unlocked = Signal(object)  # Archive
    create_requested = Signal()
    folder_changed = Signal(object)  # Path
    language_changed = Signal(str)

    failures = 0  # per run of the app, shared by every lock screen it shows

    def __init__(self, runner: TaskRunner, folder: Path, parent: QWidget | None = None, *,
                 credentials: list[tuple[str, str, str]] | None = None, recovery_key: str = "", notice: str = ""):
        super().__init__(parent)
        self.runner = runner
        self.folder = folder
        self._wait_left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.demo_recovery_key = recovery_key
        self._build(credentials or [], notice)
        if delay_after(LockScreen.failures):
            self._start_delay(delay_after(LockScreen.failures))

    def _build(self, credentials: list[tuple[str, str, str]], notice: str) -> None:
        self.user_edit = QLineEdit()
        self.user_edit.setAccessibleName(self.tr("User name"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.recovery_edit = QLineEdit()
        self.recovery_edit.setAccessibleName(self.tr("Recovery key"))
        self.recovery_edit.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.use_recovery = QCheckBox(self.tr("I lost my passphrase: use the recovery key"))
        self.use_recovery.toggled.connect(self._toggle_recovery)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock the archive"))
        self.unlock_button.clicked.connect(self.unlock)
        for edit in (self.user_edit, self.passphrase_edit, self.recovery_edit):
            edit.returnPressed.connect(self.unlock)
        self.message = note(notice)
        self.message.setObjectName("notice" if notice else "note")
        self.form = QFormLayout()
        self.form.addRow(self.tr("User name:"), self.user_edit)
        self.form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        self.form.addRow(self.tr("Recovery key:"), self.recovery_edit)
        self.form.setRowVisible(self.recovery_edit, False)

        box = QFrame()
        box.setObjectName("card")
        # Room for the demo users' passphrases, which must be read in full.
        box.setMaximumWidth(820 if credentials else 560)
        inner = QVBoxLayout(box)
        inner.addWidget(heading(self.tr("HAART Archive is locked")))
        folder_label = note(self.tr("Archive folder: %1").replace("%1", str(self.folder)))
        folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(folder_label)
        inner.addLayout(self.form)
        inner.addWidget(self.use_recovery)
        inner.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner.addLayout(buttons)
        if credentials:
            inner.addWidget(self._demo_panel(credentials))
        inner.addLayout(self._footer())

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        QTimer.singleShot(0, self.user_edit.setFocus)

    def _demo_panel(self, credentials: list[tuple[str, str, str]]) -> QWidget:
        panel = QFrame()
        panel.setObjectName("demo")
        grid = QGridLayout(panel)
        grid.addWidget(heading(self.tr("Demo archive: fictional people, made-up stories"), 2), 0, 0, 1, 4)
        for row, (name, role, passphrase) in enumerate(credentials, start=1):
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(QLabel(role_label(role)), row, 1)
            shown = QLabel(passphrase)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(shown, row, 2)
            use = QPushButton(self.tr("Use"))
            use.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            use.setAccessibleName(self.tr("Fill in the demo user %1").replace("%1", name))
            use.clicked.connect(lambda _=False, n=name, p=passphrase: self._fill(n, p))
            grid.addWidget(use, row, 3)
        if self.demo_recovery_key:
            key = QLabel(self.tr("Recovery key: %1").replace("%1", self.demo_recovery_key))
            key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(key, len(credentials) + 1, 0, 1, 4)
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(2, 1)  # the passphrase takes the spare width, not the buttons
        return panel

    def _footer(self) -> QHBoxLayout:
        other = QPushButton(self.tr("Open another archive folder…"))
        other.setFlat(True)
        other.clicked.connect(self._choose_folder)
        create = QPushButton(self.tr("Create a new archive…"))
        create.setFlat(True)
        create.clicked.connect(self.create_requested)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(current_language()))
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.language_changed.emit(self.language_combo.currentData())
        )
        row = QHBoxLayout()
        row.addWidget(other)
        row.addWidget(create)
        row.addStretch(1)
        row.addWidget(self.language_combo)
        return row

    def _fill(self, name: str, passphrase: str) -> None:
        self.use_recovery.setChecked(False)
        self.user_edit.setText(name)
        self.passphrase_edit.setText(passphrase)
        self.unlock_button.setFocus()

    def _toggle_recovery(self, on: bool) -> None:
        self.form.setRowVisible(self.user_edit, not on)
        self.form.setRowVisible(self.passphrase_edit, not on)
        self.form.setRowVisible(self.recovery_edit, on)
        (self.recovery_edit if on else self.user_edit).setFocus()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the archive folder"))
        if folder:
            self.folder_changed.emit(Path(folder))

    # -- unlocking ----------------------------------------------------------------------------
    def unlock(self) -> None:
        if self._wait_left or self.runner.busy:
            return
        folder = self.folder
        if self.use_recovery.isChecked():
            key = self.recovery_edit.text()
            work = lambda _p, _c: Archive.open_with_recovery_key(folder, key)  # noqa: E731
        else:
            user, passphrase = self.user_edit.text(), self.passphrase_edit.text()
            work = lambda _p, _c: Archive.open(folder, user, passphrase)  # noqa: E731
        self.unlock_button.setEnabled(False)
        self.message.setText(self.tr("Unlocking…"))
        self.runner.run(Task(self.tr("Unlocking"), work, on_done=self._done, on_error=self._failed, cancellable=False))

    def _done(self, archive: Archive) -> None:
        LockScreen.failures = 0
        self.passphrase_edit.clear()
        self.recovery_edit.clear()
        self.unlock_button.setEnabled(True)
        self.unlocked.emit(archive)

    def _failed(self, error: BaseException) -> None:
        self.passphrase_edit.clear()
        self.recovery_edit.clear()
        self.unlock_button.setEnabled(True)
        if isinstance(error, WrongPassphrase):
            LockScreen.failures += 1
            text = self.tr("That user name and passphrase do not open this archive.")
            if self.use_recovery.isChecked():
                text = self.tr("That recovery key does not open this archive.")
            self.message.setText(text)
            if delay_after(LockScreen.failures):
                self._start_delay(delay_after(LockScreen.failures))
        else:
            self.message.setText(sentence_for(error))
        self.message.setObjectName("warning")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.passphrase_edit.setFocus()

    def _start_delay(self, seconds: int) -> None:
        self._wait_left = seconds
        self.unlock_button.setEnabled(False)
        self._show_wait()
        self._timer.start()

    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if self._wait_left:
            self._show_wait()
            return
        self._timer.stop()
        self.unlock_button.setEnabled(True)
        self.message.setText(self.tr("You can try again now."))

    def _show_wait(self) -> None:
        self.message.setText(self.tr(
            "Too many failed attempts. Wait %1 seconds before trying again; every failed "
            "attempt is recorded for the custodian."
        ).replace("%1", str(self._wait_left)))
