"""Long work: how it reports progress, how it is asked to stop, and how it says it stopped.

Every long operation of the core (backup, verify, restore, import and its dry run, the
archive check, key rotation after a removal, the demo) takes the same two optional callables:

    progress(done, total)    called as the work advances (units are the work's own: files,
                             bytes, testimonies); the app shows a bar, the CLI a line
    cancelled() -> bool      polled between steps; True asks the work to stop

and, stopped on request, raises `Cancelled` after undoing what it had started, with a
sentence that says what was kept (nothing, as a rule).
"""

from __future__ import annotations

from collections.abc import Callable

from haart_archive.errors import ArchiveError
from haart_archive.messages import Message

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class Cancelled(ArchiveError):
    """The person stopped the work; what was half-done was undone (the sentence says what)."""

    exit_code = 130  # as for Ctrl-C in a shell


def stop_if_cancelled(cancelled: CancelCheck | None, message: Message) -> None:
    """Raise `Cancelled(message)` when the person asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled(message)
