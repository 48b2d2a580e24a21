"""Change my passphrase: every signed-in user, from the status bar or Ctrl+Shift+P."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from haart_archive.errors import WrongPassphrase
from ui import dialogs
from ui.errors import show_error
from ui.tasks import TaskRunner
from ui.widgets import PassphraseField, note


class ChangePassphraseDialog(QDialog):
    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self.changed = False
        self.setWindowTitle(self.tr("Change my passphrase"))
        self.setMinimumWidth(480)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new = PassphraseField()
        self.problem = note()
        self.problem.setObjectName("warning")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("Change it"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Current passphrase:"), self.current)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("Your new passphrase opens your key from the next unlock on. Nobody else's "
                                      "passphrase changes, and nothing in the archive is lost.")))
        layout.addLayout(form)
        layout.addWidget(self.new)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.current.textChanged.connect(self._update)
        self.new.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.current.text()) and self.new.acceptable())

    def submit(self) -> bool:
        if not self.ok_button.isEnabled():
            return False
        current, new = self.current.text(), self.new.passphrase()
        try:  # the key derivation is slow on purpose: on the worker
            self.runner.call(self.tr("Changing your passphrase…"),
                             lambda: self.archive.change_own_passphrase(current, new), self)
        except WrongPassphrase:
            self.problem.setText(self.tr("That is not your current passphrase. Nothing was changed."))
            self.current.selectAll()
            self.current.setFocus()
            return False
        except Exception as error:
            show_error(self, error)
            return False
        self.changed = True
        self.current.clear()
        self.new.clear()
        dialogs.inform(self, self.tr("Your passphrase is changed. Use the new one from the next unlock."))
        self.accept()
        return True
