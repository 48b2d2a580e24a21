"""Turn every failure into a sentence a person can act on; never show a traceback.

Typed errors from the core carry their own sentence (`ArchiveError.message`). Anything
else is a bug: it is logged by type and place only (never with the message or values,
which could hold a name) and the user sees a short apology with what to do next.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from haart_archive.errors import ArchiveError
from ui import dialogs
from ui.i18n import core_text

log = logging.getLogger("haart_archive.ui")


def apology() -> str:
    return QCoreApplication.translate(
        "Errors",
        "Sorry, something went wrong inside the program. Nothing was lost from the archive. "
        "Lock it, unlock it again and retry; if it happens again, tell the custodian what you "
        "were doing (not what you typed)."
    )


def sentence_for(error: BaseException) -> str:
    """The words shown for an error: the core's own sentence, or an apology (and a log line)."""
    if isinstance(error, ArchiveError):
        reasons = getattr(error, "reasons", None) or []
        return "\n".join(
            [core_text(error.message), *(f"• {core_text(reason)}" for reason in reasons)]
        )
    log_unexpected(type(error), error.__traceback__)
    return apology()


def log_unexpected(kind: type[BaseException], tb: TracebackType | None) -> None:
    """Log where an unexpected error happened: its type, files and lines. The message and
    local values are left out because they may hold a survivor's name."""
    frames = traceback.extract_tb(tb) if tb else []
    places = " <- ".join(
        f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno} {frame.name}" for frame in reversed(frames)
    )
    log.error("unexpected %s at %s", kind.__name__, places or "(no traceback)")


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong, in the core's plain sentence."""
    dialogs.warn(parent, sentence_for(error))


def install_excepthook() -> None:
    """Route exceptions that escape a Qt slot into the apology dialog, never to a console."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        show_error(None, error)

    sys.excepthook = hook
