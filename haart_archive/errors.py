"""Typed errors of the core.

Each carries one sentence a person can act on; the command line prints it and the
desktop app shows it in a dialog. No error message ever contains a field value.
"""

from __future__ import annotations

from haart_archive.messages import Message


class ArchiveError(Exception):
    """Base of every error the core raises on purpose."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class WrongPassphrase(ArchiveError):
    """The user name or passphrase (or recovery key) does not open the archive."""

    exit_code = 3


class NotPermitted(ArchiveError):
    """The role of the signed-in user does not allow this action."""

    exit_code = 3

    def __init__(self, role: str, action: str):
        # The action is a verb phrase ("delete testimonies"); as a Message it is translated
        # as a whole phrase wherever the catalog knows it.
        if not isinstance(action, Message):
            action = Message(action.replace("{", "{{").replace("}", "}}"))
        super().__init__(
            Message("A user with the role '{role}' is not permitted to {action}.", role=role, action=action)
        )
        self.role = role
        self.action = action


class NeedsCustodian(ArchiveError):
    """An archive from an older version must be opened once by a custodian first."""

    exit_code = 3


class ArchiveLocked(ArchiveError):
    """The archive was locked; unlock it again to continue."""

    exit_code = 3


class ArchiveInUse(ArchiveError):
    """Another running copy of the app has this archive open."""

    exit_code = 3


class TamperedRecord(ArchiveError):
    """A ciphertext failed authentication: it was changed, moved or damaged."""

    exit_code = 4


class DamagedFile(ArchiveError):
    """A file of the archive is missing, truncated or not what it should be."""

    exit_code = 4


class NotFound(ArchiveError):
    """No record with that identifier exists."""

    exit_code = 2


class InvalidInput(ArchiveError):
    """Input from a person or a file was not acceptable."""

    exit_code = 2


class DetectorUnavailable(ArchiveError):
    """The text reader or face detector cannot run: its model is missing or broken.

    Whatever asked (a publication gate) must treat this as a refusal, never as "found nothing".
    """

    exit_code = 4


class ConsentRefused(ArchiveError):
    """The consent policy does not allow this use."""

    exit_code = 5

    def __init__(self, message: str, reasons: list[str] | None = None):
        super().__init__(message)
        self.reasons = list(reasons or [])


class PublicationRefused(ArchiveError):
    """A publication gate (consent, approval, leak check) refused the release."""

    exit_code = 5

    def __init__(self, message: str, reasons: list[str] | None = None):
        super().__init__(message)
        self.reasons = list(reasons or [])


class EditConflict(ArchiveError):
    """Someone else saved the same record since it was read: nothing was saved (optimistic
    concurrency in team mode, and a second window on one laptop). Never merged silently."""

    exit_code = 4

    def __init__(self, message: str, *, current_revision: int | None = None, changed: tuple[str, ...] = ()):
        super().__init__(message)
        self.current_revision = current_revision
        self.changed = changed


class ServerUnavailable(ArchiveError):
    """The archive's database server cannot be reached (network down, server restarting).
    Whatever was being saved was not saved; the caller still holds it."""

    exit_code = 6
