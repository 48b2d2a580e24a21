"""Users and settings (custodian): staff accounts, idle time and interface language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from haart_archive.types.users import Role, StaffMember
from ui import dialogs
from ui.errors import show_error
from ui.i18n import LANGUAGES, current_language
from ui.labels import role_label
from ui.page import Page
from ui.settings import remember_language
from ui.tasks import Task, TaskRunner
from ui.widgets import PassphraseField, heading, note

DEFAULT_IDLE_MINUTES = 5


class UsersPage(Page):
    idle_changed = Signal(float)

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(archive, runner, parent)
        self.members: list = []
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Since")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Staff who can unlock the archive"))
        self.reset_button = QPushButton(self.tr("Set a new passphrase for the selected user…"))
        self.reset_button.clicked.connect(self._show_reset)
        self.remove_button = QPushButton(self.tr("Remove the selected user"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Users and settings")))
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        left.addWidget(self._add_box())
        left.addWidget(self._reset_box())
        right = QVBoxLayout()
        right.addWidget(self._settings_box())
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def title(self) -> str:
        return self.tr("Users and settings")

    # -- building -------------------------------------------------------------------------------
    def _add_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add a user"))
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("New user's name"))
        self.new_role = QComboBox()
        self.new_role.setAccessibleName(self.tr("New user's role"))
        for role in (Role.EDITOR, Role.COMMUNICATIONS, Role.ADVOCATE, Role.CUSTODIAN):
            self.new_role.addItem(role_label(role), role.value)
        self.new_passphrase = PassphraseField()
        self.add_button = QPushButton(self.tr("Add the user"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_user)
        self.new_name.textChanged.connect(self._update_add)
        self.new_passphrase.changed.connect(self._update_add)
        form = QFormLayout(box)
        # One form, so the name, role and passphrase boxes line up in one column.
        self.new_passphrase.form.insertRow(0, self.tr("Name:"), self.new_name)
        self.new_passphrase.form.insertRow(1, self.tr("Role:"), self.new_role)
        form.addRow(self.new_passphrase)
        form.addRow("", self.add_button)
        return box

    def _reset_box(self) -> QGroupBox:
        self.reset_box = QGroupBox(self.tr("New passphrase"))
        self.reset_passphrase = PassphraseField()
        self.reset_confirm = QPushButton(self.tr("Set the new passphrase"))
        self.reset_confirm.clicked.connect(self.reset_selected)
        self.reset_passphrase.changed.connect(lambda: self.reset_confirm.setEnabled(self.reset_passphrase.acceptable()))
        self.reset_confirm.setEnabled(False)
        form = QFormLayout(self.reset_box)
        form.addRow(self.reset_passphrase)
        form.addRow("", self.reset_confirm)
        self.reset_box.hide()
        return self.reset_box

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Settings"))
        self.idle_spin = QDoubleSpinBox()
        self.idle_spin.setDecimals(0)
        self.idle_spin.setRange(1, 120)
        prefix, _, suffix = self.tr("%1 minutes").partition("%1")  # Swahili puts the word first
        self.idle_spin.setPrefix(prefix)
        self.idle_spin.setSuffix(suffix)
        self.idle_spin.setAccessibleName(self.tr("Lock after this much idle time"))
        self.idle_spin.editingFinished.connect(self._save_idle)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(current_language()))
        self.language_combo.currentIndexChanged.connect(self._save_language)
        self.settings_note = note()
        form = QFormLayout(box)
        form.addRow(self.tr("Lock when idle for:"), self.idle_spin)
        form.addRow(self.tr("Interface language:"), self.language_combo)
        form.addRow(self.settings_note)
        return box

    # -- loading ---------------------------------------------------------------------------------
    def shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        try:
            self.members = self.archive.users.list()
            idle = float(self.archive.setting("idle_minutes", DEFAULT_IDLE_MINUTES))
        except Exception as error:
            show_error(self, error)
            return
        self.table.setRowCount(len(self.members))
        for row, member in enumerate(self.members):
            cells = (member.name, role_label(member.role), member.created_at.strftime("%Y-%m-%d"))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.idle_spin.blockSignals(True)
        self.idle_spin.setValue(max(1.0, idle))
        self.idle_spin.blockSignals(False)

    def selected(self) -> StaffMember | None:
        row = self.table.currentRow()
        return self.members[row] if 0 <= row < len(self.members) else None

    def select_user(self, name: str) -> None:
        for row, member in enumerate(self.members):
            if member.name == name:
                self.table.selectRow(row)

    # -- actions ----------------------------------------------------------------------------------
    def _update_add(self) -> None:
        self.add_button.setEnabled(bool(self.new_name.text().strip()) and self.new_passphrase.acceptable())

    def add_user(self) -> None:
        name, role, passphrase = self.new_name.text(), self.new_role.currentData(), self.new_passphrase.passphrase()
        self.add_button.setEnabled(False)
        self.runner.run(Task(
            self.tr("Adding the user…"),
            lambda _p, _c: self.archive.users.add(name, role, passphrase),
            on_done=lambda _id: self._added(name, role),
            on_error=self._failed,
            cancellable=False,
        ))

    def _added(self, name: str = "", role: str = "") -> None:
        self.new_name.clear()
        self.new_passphrase.clear()
        self.reload()
        dialogs.inform(self, self.tr("%1 was added as %2. Give them their passphrase in private; they can change "
                                     "it in the app (My passphrase…).").replace("%1", name)
                       .replace("%2", role_label(role) if role else ""))

    def _show_reset(self) -> None:
        member = self.selected()
        if member is None:
            dialogs.inform(self, self.tr("Select a user in the list first."))
            return
        self.reset_box.setTitle(self.tr("New passphrase for %1").replace("%1", member.name))
        self.reset_box.show()
        self.reset_passphrase.first.setFocus()

    def reset_selected(self) -> None:
        member = self.selected()
        if member is None:
            return
        passphrase = self.reset_passphrase.passphrase()
        self.runner.run(Task(
            self.tr("Setting the new passphrase…"),
            lambda _p, _c: self.archive.users.reset_passphrase(member.id, passphrase),
            on_done=lambda _r: self._reset_done(),
            on_error=self._failed,
            cancellable=False,
        ))

    def _reset_done(self) -> None:
        self.reset_passphrase.clear()
        self.reset_box.hide()
        dialogs.inform(self, self.tr("The new passphrase is set. Give it to the person in private."))

    def remove_selected(self) -> None:
        member = self.selected()
        if member is None:
            dialogs.inform(self, self.tr("Select a user in the list first."))
            return
        question = self.tr(
            "Remove %1? Their passphrase stops working at once and every key they could use is "
            "replaced, which re-encrypts the archive and can take a while."
        ).replace("%1", member.name)
        if not dialogs.confirm(self, question):
            return
        self.runner.run(Task(
            self.tr("Removing the user and replacing keys…"),
            lambda progress, cancelled: self.archive.users.remove(member.id, progress=progress, cancelled=cancelled),
            on_done=lambda _r: self._removed(member.name),
            on_cancelled=lambda: dialogs.inform(self, self.tr("The removal was cancelled; nothing changed.")),
            on_error=self._failed,
        ))

    def _removed(self, name: str) -> None:
        self.reload()
        dialogs.inform(self, self.tr("%1 was removed. Their passphrase no longer opens the archive, and the keys "
                                     "they could use were replaced.").replace("%1", name))

    def _failed(self, error: BaseException) -> None:
        self._update_add()
        show_error(self, error)

    def _save_idle(self) -> None:
        minutes = self.idle_spin.value()
        try:
            self.archive.set_setting("idle_minutes", minutes)
        except Exception as error:
            show_error(self, error)
            return
        self.idle_changed.emit(minutes)
        self.settings_note.setText(
            self.tr("Saved: the archive locks after %1 idle minutes.").replace("%1", f"{minutes:g}"))

    def _save_language(self) -> None:
        remember_language(self.language_combo.currentData())
        self.settings_note.setText(self.tr("The new language is used from the next time the archive is unlocked."))

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.members = []
        self.new_name.clear()
        self.new_passphrase.clear()
        self.reset_passphrase.clear()
