"""The one window: first-run setup, the lock screen, or the unlocked workspace.

Locking (Ctrl+L, idle time, closing) drops the workspace with every model and view, empties
the clipboard if it holds archive text and calls `archive.lock()`, which forgets the keys.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QStackedWidget, QWidget

from haart_archive.archive import Archive
from haart_archive.types.users import Role
from ui.first_run import SetupPage
from ui.i18n import install_language
from ui.idle import IdleWatcher
from ui.labels import role_label
from ui.lockscreen import LockScreen
from ui.settings import interface_language, remember_folder, remember_language
from ui.tasks import TaskBar, TaskRunner
from ui.workspace import Workspace

WINDOW_TITLE = "HAART Archive"  # never a testimony's title or a person's name


class AppWindow(QMainWindow):
    def __init__(self, folder: Path | None, *, demo_credentials: list[tuple[str, str, str]] | None = None,
                 demo_recovery_key: str = "", runner: TaskRunner | None = None, make_demo=None):
        super().__init__()
        install_language(interface_language())
        self.setWindowTitle(WINDOW_TITLE)
        self.folder = folder
        self.demo_credentials = demo_credentials
        self.demo_recovery_key = demo_recovery_key
        self.runner = runner or TaskRunner(self)
        self.archive: Archive | None = None
        self.workspace: Workspace | None = None
        self.idle: IdleWatcher | None = None
        self.lock_screen: LockScreen | None = None
        self.setup: SetupPage | None = None
        self._lock_notice = ""
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.task_bar = TaskBar(self.runner)
        self.statusBar().addPermanentWidget(self.task_bar)
        self.who = QLabel()
        self.statusBar().addWidget(self.who)
        self.lock_button = QPushButton(self.tr("Lock (Ctrl+L)"))
        self.lock_button.setAccessibleName(self.tr("Lock the archive now"))
        self.lock_button.clicked.connect(lambda: self.lock("manual"))
        self.passphrase_button = QPushButton(self.tr("My passphrase…"))
        self.passphrase_button.setAccessibleName(self.tr("Change my passphrase (Ctrl+Shift+P)"))
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.statusBar().addPermanentWidget(self.passphrase_button)
        self.statusBar().addPermanentWidget(self.lock_button)
        change = QShortcut(QKeySequence("Ctrl+Shift+P"), self)
        change.activated.connect(self.change_passphrase)
        shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(lambda: self.lock("manual"))
        self._copied: int | None = None  # hash of the last text copied from this window
        QGuiApplication.clipboard().dataChanged.connect(self._clipboard_changed)
        self.resize(1200, 780)
        if make_demo is not None:
            self.start_demo(make_demo)
        elif folder is not None and _holds_archive(folder):
            self.show_lock_screen()
        else:
            self.show_setup()

    # -- the three states ---------------------------------------------------------------------------
    def _replace(self, widget: QWidget) -> None:
        old = self.stack.currentWidget()
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()

    def start_demo(self, make_demo) -> None:
        """Make the demo archive on the worker; meanwhile say so, with a progress bar."""
        from PySide6.QtWidgets import QProgressBar, QVBoxLayout

        from ui.tasks import Task
        from ui.widgets import heading, note

        waiting = QWidget()
        waiting.setObjectName("demoProgress")
        self.demo_bar = QProgressBar()
        self.demo_bar.setRange(0, 0)
        self.demo_bar.setAccessibleName(self.tr("Making the demo archive"))
        layout = QVBoxLayout(waiting)
        layout.addStretch(1)
        layout.addWidget(heading(self.tr("Making a demo archive…")))
        layout.addWidget(note(self.tr("Fictional testimonies, staff and a sample release, in a temporary folder "
                                      "removed when the app closes. This takes a few seconds.")))
        layout.addWidget(self.demo_bar)
        layout.addStretch(2)
        layout.setContentsMargins(120, 40, 120, 40)
        self._set_unlocked_chrome(False)
        self._replace(waiting)
        self.runner.progressed.connect(self._demo_progress)

        def done(made) -> None:
            self.runner.progressed.disconnect(self._demo_progress)
            self.folder, self.demo_credentials, self.demo_recovery_key = made
            self.show_lock_screen()

        def failed(error: BaseException) -> None:
            self.runner.progressed.disconnect(self._demo_progress)
            from ui.errors import show_error

            show_error(self, error)
            self.show_setup()

        self.runner.run(Task(self.tr("Making the demo archive…"), lambda progress, _c: make_demo(progress),
                             on_done=done, on_error=failed, cancellable=False))

    def _demo_progress(self, done: int, total: int) -> None:
        self.demo_bar.setRange(0, max(total, 1))
        self.demo_bar.setValue(done)

    def show_setup(self) -> None:
        self.setup = SetupPage(self.runner, can_cancel=self.folder is not None and _holds_archive(self.folder))
        self.setup.created.connect(self._created)
        self.setup.cancelled.connect(self.show_lock_screen)
        self.setup.folder_chosen.connect(self._existing_chosen)
        self.setup.language_changed.connect(self._setup_language_changed)
        self.lock_screen = None
        self._set_unlocked_chrome(False)
        self._replace(self.setup)

    def show_lock_screen(self) -> None:
        install_language(interface_language())
        self.lock_screen = LockScreen(self.runner, self.folder, credentials=self.demo_credentials,
                                      recovery_key=self.demo_recovery_key, notice=self._lock_notice)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.create_requested.connect(self.show_setup)
        self.lock_screen.folder_changed.connect(self._folder_changed)
        self.lock_screen.language_changed.connect(self._language_changed)
        self.setup = None
        self._set_unlocked_chrome(False)
        self._replace(self.lock_screen)

    def _created(self, archive: Archive) -> None:
        self.folder = archive.folder
        self._unlocked(archive)

    def _unlocked(self, archive: Archive) -> None:
        self.archive = archive
        if not self.demo_credentials:
            remember_folder(archive.folder)
        self.workspace = Workspace(archive, self.runner)
        self._replace(self.workspace)
        self.lock_screen = self.setup = None
        self._set_unlocked_chrome(True)
        if self._lock_notice:
            self.workspace.show_banner(self._lock_notice)
            self._lock_notice = ""
        else:
            self._tell_clearance_answers(archive)
        self.idle = IdleWatcher(float(archive.setting("idle_minutes", 5)), self)
        self.idle.warning.connect(self._idle_warning)
        self.idle.resumed.connect(lambda: self.workspace and self.workspace.show_banner(""))
        self.idle.timed_out.connect(lambda: self.lock("idle"))
        if "users" in self.workspace.pages:
            self.workspace.pages["users"].idle_changed.connect(self.idle.set_minutes)
        self.workspace.pages["search"].open_index()  # so the first search finds it open

    def change_passphrase(self):
        """The dialog for changing one's own passphrase (returned, so tests can fill it in)."""
        if self.archive is None:
            return None
        from ui.passphrase import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.archive, self.runner, self)
        dialog.open()
        return dialog

    def _tell_clearance_answers(self, archive: Archive) -> None:
        """The person who asked for a clearance is told, at unlock, that an editor answered."""
        if archive.role is not Role.COMMUNICATIONS:
            return
        try:
            answered = archive.clearances.answered_unseen()
        except Exception:  # a courtesy: the Clearances tab shows the same
            return
        if answered:
            self.workspace.show_banner(self.tr("An editor answered %1 of your clearance requests: see "
                                               "Publications, Clearances.").replace("%1", str(len(answered))))

    def _set_unlocked_chrome(self, unlocked: bool) -> None:
        # Set here, not only at start: the language may have changed at the lock screen.
        self.lock_button.setText(self.tr("Lock (Ctrl+L)"))
        self.passphrase_button.setText(self.tr("My passphrase…"))
        self.lock_button.setVisible(unlocked)
        self.passphrase_button.setVisible(unlocked)
        if unlocked and self.archive is not None:
            user = self.archive.user
            who = self.tr("Signed in: %1 (%2)").replace("%1", user.name).replace("%2", role_label(user.role))
            self.who.setText(who)
        else:
            self.who.clear()

    def _folder_changed(self, folder: Path) -> None:
        self.folder = folder
        if _holds_archive(folder):
            self.show_lock_screen()
        else:
            self.show_setup()

    def _existing_chosen(self, folder: Path) -> None:
        if not _holds_archive(folder):
            from ui import dialogs

            dialogs.warn(self, self.tr("That folder is empty: there is no archive in it. Choose the folder that "
                                       "holds the archive, or create a new one."))
            return
        self._folder_changed(folder)

    def _setup_language_changed(self, language: str) -> None:
        remember_language(language)
        install_language(language)
        self.show_setup()

    def _language_changed(self, language: str) -> None:
        remember_language(language)
        self.show_lock_screen()

    # -- locking ------------------------------------------------------------------------------------------
    def lock(self, reason: str = "manual") -> bool:
        """Lock now. On a manual lock unsaved edits are asked about; on the idle lock they
        are discarded (the countdown warned) and the user is told after unlocking."""
        if self.archive is None or self.workspace is None:
            return True
        if reason == "idle" and self.runner.busy:
            self.idle.restart()  # never lock under a running task; try again later
            return False
        if reason == "manual" and not self.workspace.resolve_unsaved():
            return False
        if self.workspace.unsaved_pages():
            self._lock_notice = self.tr(
                "The archive locked itself because nobody used it. Unsaved changes were discarded."
            )
        elif reason == "idle":
            self._lock_notice = self.tr("The archive locked itself because nobody used it for a while.")
        self.runner.cancel()
        self.runner.wait()
        if self.idle is not None:
            self.idle.stop()
            self.idle = None
        from ui.passphrase import ChangePassphraseDialog

        for dialog in self.findChildren(ChangePassphraseDialog):  # it holds typed passphrases
            dialog.reject()
            dialog.deleteLater()
        self.workspace.clear()
        self.workspace = None
        self._clear_clipboard()
        self.archive.lock()
        self.archive = None
        self.show_lock_screen()
        return True

    def _idle_warning(self, seconds: int) -> None:
        if self.workspace is None:
            return
        text = self.tr("Nobody has used the archive for a while: it locks in %1 seconds. "
                       "Press a key or move the mouse to keep working.").replace("%1", str(seconds))
        if self.workspace.unsaved_pages():
            text += " " + self.tr("Unsaved changes will be discarded.")
        self.workspace.show_banner(text)

    def _clipboard_changed(self) -> None:
        # Text put on the clipboard while the archive is open is treated as archive text: it
        # may be a name. (Something copied from another program meanwhile is cleared too;
        # erring that way is the safe side.)
        if self.archive is not None:
            self._copied = hash(QGuiApplication.clipboard().text())

    def _clear_clipboard(self) -> None:
        """Archive text copied from this app must not outlive the session; text the user
        copied from elsewhere is left alone."""
        clipboard = QGuiApplication.clipboard()
        if clipboard.ownsClipboard() or (self._copied is not None and hash(clipboard.text()) == self._copied):
            clipboard.clear()
        self._copied = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.archive is not None and not self.lock("manual"):
            event.ignore()
            return
        event.accept()


def _holds_archive(folder: Path) -> bool:
    # The facade has no "is there an archive here?" yet; a non-empty folder is treated as
    # one, and opening it reports a plain error if it is not.
    return folder.is_dir() and any(folder.iterdir())


