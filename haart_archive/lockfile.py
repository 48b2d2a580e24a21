"""One running copy per archive: an OS-level lock on `archive.lock`.

The operating system releases the lock when the process dies, however it dies, so a lock
left by a crashed copy never blocks the next start (the file stays, unlocked).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from haart_archive.errors import ArchiveInUse, DamagedFile
from haart_archive.messages import Message

LOCK_NAME = "archive.lock"

if os.name == "nt":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class ArchiveLock:
    """Held for as long as an archive is open in this process."""

    def __init__(self, folder: Path):
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        if not os.access(self.path.parent, os.W_OK):
            raise _read_only(self.path.parent, "permission denied")
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            raise _read_only(self.path.parent, error.strerror or "permission denied") from None
        if not _try_lock(fd):
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise ArchiveInUse(
                Message(
                    "This archive is already open in another copy of HAART Archive (process "
                    "{holder}). Close it there, then try again.",
                    holder=holder,
                )
            )
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def _read_only(folder: Path, reason: str) -> DamagedFile:
    return DamagedFile(Message(
        "The archive folder '{folder}' cannot be written ({reason}); the archive needs a folder "
        "it may write to. Check the folder's permissions or copy the archive somewhere writable.",
        folder=folder, reason=reason,
    ))
