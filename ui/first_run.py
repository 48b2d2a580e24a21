"""First run: create an archive, name its custodian, show the recovery key once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from ui.i18n import LANGUAGES, current_language
from ui.tasks import Task, TaskRunner
from ui.widgets import PassphraseField, heading, note


def default_folder() -> Path:
    return Path.home() / "HAART Archive"


class SetupPage(QWidget):
    """Three steps in one page: where, who, and the recovery key."""

    created = Signal(object)  # the open Archive, after the key was confirmed stored
    cancelled = Signal()
    folder_chosen = Signal(object)  # Path of an existing archive to unlock instead
    language_changed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, *, can_cancel: bool = False):
        super().__init__(parent)
        self.runner = runner
        self.archive: Archive | None = None
        self.recovery_key = ""
        self.steps = QStackedWidget()
        self.steps.addWidget(self._where_step(can_cancel))
        self.steps.addWidget(self._who_step())
        self.steps.addWidget(self._key_step())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.steps)

    # -- step 1: the folder ---------------------------------------------------------------
    def _where_step(self, can_cancel: bool) -> QWidget:
        page = QWidget()
        self.folder_edit = QLineEdit(str(default_folder()))
        self.folder_edit.setAccessibleName(self.tr("Archive folder"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAccessibleName(self.tr("Choose the archive folder"))
        choose.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(choose)
        self.where_next = QPushButton(self.tr("Next"))
        self.where_next.setDefault(True)
        self.where_next.clicked.connect(lambda: self._go(1, self.name_edit))
        self.open_existing = QPushButton(self.tr("Open an existing archive…"))
        self.open_existing.setAccessibleName(self.tr("Open an archive folder made before"))
        self.open_existing.clicked.connect(lambda: self.choose_existing())
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current_language())))
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.language_changed.emit(self.language_combo.currentData()))
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Welcome to HAART Archive")), 1)
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.language_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_existing)
        buttons.addStretch(1)
        if can_cancel:
            back = QPushButton(self.tr("Back to unlocking"))
            back.clicked.connect(self.cancelled)
            buttons.addWidget(back)
        buttons.addWidget(self.where_next)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(note(self.tr(
            "This creates a new, encrypted archive. Choose an empty folder for it, on this "
            "laptop or on an encrypted drive. Everything inside the folder is encrypted."
        )))
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def choose_existing(self, folder: Path | None = None) -> None:
        """Unlock an archive made before (on this laptop, a drive or a restored backup)."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the archive folder"))
            if not chosen:
                return
            folder = Path(chosen)
        self.folder_chosen.emit(Path(folder))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose an empty folder for the archive"))
        if folder:
            self.folder_edit.setText(folder)

    # -- step 2: the custodian --------------------------------------------------------------
    def _who_step(self) -> QWidget:
        page = QWidget()
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Custodian's user name"))
        self.passphrase = PassphraseField()
        self.create_button = QPushButton(self.tr("Create the archive"))
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self._create)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self._go(0, self.folder_edit))
        self.name_edit.textChanged.connect(self._update_create)
        self.passphrase.changed.connect(self._update_create)
        self.passphrase.form.insertRow(0, self.tr("Your user name:"), self.name_edit)  # one aligned form
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("The custodian")))
        layout.addWidget(note(self.tr(
            "You will be the archive's custodian: you add the other staff and keep the recovery "
            "key. Choose a passphrase you can remember; nobody can reset it for you without the "
            "recovery key."
        )))
        layout.addWidget(self.passphrase)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _update_create(self) -> None:
        self.create_button.setEnabled(bool(self.name_edit.text().strip()) and self.passphrase.acceptable())

    def _create(self) -> None:
        folder = Path(self.folder_edit.text().strip()).expanduser()
        name, passphrase = self.name_edit.text(), self.passphrase.passphrase()
        self.create_button.setEnabled(False)
        self.runner.run(Task(
            self.tr("Creating the archive (this takes a few seconds)…"),
            lambda _progress, _cancelled: Archive.create(folder, name, passphrase),
            on_done=self._show_key,
            on_error=self._create_failed,
            cancellable=False,
        ))

    def _create_failed(self, error: BaseException) -> None:
        from ui.errors import show_error

        self._update_create()
        show_error(self, error)

    # -- step 3: the recovery key --------------------------------------------------------------
    def _key_step(self) -> QWidget:
        page = QWidget()
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setWordWrap(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.6)
        self.key_label.setFont(font)
        print_button = QPushButton(self.tr("Print…"))
        print_button.clicked.connect(self._print)
        pdf_button = QPushButton(self.tr("Save as PDF…"))
        pdf_button.clicked.connect(self._save_pdf)
        self.stored_check = QCheckBox(self.tr("I have printed or saved the recovery key and put it somewhere safe"))
        self.open_button = QPushButton(self.tr("Open the archive"))
        self.open_button.setEnabled(False)
        self.stored_check.toggled.connect(self.open_button.setEnabled)
        self.open_button.clicked.connect(self._finish)
        self.saved_note = note()
        actions = QHBoxLayout()
        actions.addWidget(print_button)
        actions.addWidget(pdf_button)
        actions.addStretch(1)
        finish = QHBoxLayout()
        finish.addStretch(1)
        finish.addWidget(self.open_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Your recovery key")))
        layout.addWidget(note(self.tr(
            "If every passphrase is forgotten, this key is the only way back into the archive. "
            "It is shown now and never again. Print it or save it as a PDF on a USB stick, and "
            "keep it locked away from the laptop."
        )))
        layout.addWidget(self.key_label)
        layout.addLayout(actions)
        layout.addWidget(self.saved_note)
        layout.addWidget(self.stored_check)
        layout.addStretch(1)
        layout.addLayout(finish)
        return page

    def _show_key(self, result: tuple[Archive, str]) -> None:
        self.archive, self.recovery_key = result
        self.key_label.setText(self.recovery_key)
        self._go(2, self.stored_check)

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            paint_recovery_sheet(printer, self.recovery_key)

    def _save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key as PDF"), "haart-recovery-key.pdf", "PDF (*.pdf)"
        )
        if path:
            save_recovery_pdf(Path(path), self.recovery_key)
            self.saved_note.setText(self.tr("Saved. Move the file to a safe place and delete other copies."))

    def _finish(self) -> None:
        archive, self.archive, self.recovery_key = self.archive, None, ""
        self.key_label.clear()
        self.created.emit(archive)

    def _go(self, step: int, focus: QWidget) -> None:
        self.steps.setCurrentIndex(step)
        focus.setFocus()


def save_recovery_pdf(path: Path, recovery_key: str) -> None:
    """Write the recovery sheet straight to the chosen file (nothing in temp folders)."""
    writer = QPdfWriter(str(path))
    writer.setTitle("HAART Archive")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20)))
    paint_recovery_sheet(writer, recovery_key)


def paint_recovery_sheet(device, recovery_key: str) -> None:
    painter = QPainter(device)
    try:
        width = device.width()
        dpi = device.logicalDpiY()
        y = 0.0

        def block(text: str, points: float, *, mono: bool = False, bold: bool = False) -> None:
            nonlocal y
            font = QFont("monospace" if mono else "sans-serif")
            font.setPointSizeF(points)
            font.setBold(bold)
            painter.setFont(font)
            rect = painter.boundingRect(QRectF(0, y, width, dpi * 3), Qt.TextFlag.TextWordWrap, text)
            painter.drawText(rect, Qt.TextFlag.TextWordWrap, text)
            y = rect.bottom() + dpi * 0.25

        block(QCoreApplication.translate("SetupPage", "HAART Archive: recovery key"), 18, bold=True)
        block(recovery_key, 16, mono=True, bold=True)
        block(QCoreApplication.translate("SetupPage", "Printed on %1.").replace("%1", date.today().isoformat()), 10)
        block(QCoreApplication.translate(
            "SetupPage",
            "This key opens the whole archive when every passphrase is forgotten. Keep this "
            "sheet locked away, apart from the laptop. Anyone holding it can read every testimony."
        ), 11)
    finally:
        painter.end()
