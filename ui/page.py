"""What every page of the main window can be asked by the window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from haart_archive.archive import Archive
from ui.tasks import TaskRunner


class Page(QWidget):
    """A place of the main window, bound to one unlocked archive session."""

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.runner = runner

    def title(self) -> str:
        raise NotImplementedError

    def shown(self) -> None:
        """Called each time the user navigates here; load lazily."""

    def has_unsaved_changes(self) -> bool:
        return False

    def save(self) -> bool:
        """Save pending edits; False if saving failed (the error was shown)."""
        return True

    def discard(self) -> None:
        """Throw pending edits away."""

    def settle_unsaved(self, question: str) -> bool:
        """Ask `question` about unsaved edits and save or discard them as answered; False
        when the person chose to stay (or saving failed)."""
        from ui import dialogs
        from ui.dialogs import Answer

        answer = dialogs.ask_unsaved(self, question)
        if answer is Answer.SAVE:
            return self.save()
        if answer is Answer.DISCARD:
            self.discard()
            return True
        return False

    def clear(self) -> None:
        """Forget every piece of archive data this page holds (on lock)."""

    def archive_changed(self, record_id: str, kind: str) -> None:
        """The core changed a record; refresh if it matters here."""

