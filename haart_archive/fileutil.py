"""Atomic file writes: a temp file in the same folder, fsync, rename, fsync the folder.

The temp file lives beside the target (never in the system temp folder) and only ever
receives bytes that are already sealed or carry nothing descriptive.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from haart_archive.errors import DamagedFile
from haart_archive.messages import Message

_DISK_FULL = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT}


def fsync_directory(folder: Path) -> None:
    """Make a rename durable (a no-op where directories cannot be opened, as on Windows)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def private_file(path: Path, append: bool = False) -> BinaryIO:
    """Open a file for writing that only its owner may read (0600), whatever the umask."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC) | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(path, flags, 0o600), "ab" if append else "wb")


def temp_path_beside(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.partial")


def atomic_write_chunks(target: Path, chunks: Iterable[bytes]) -> None:
    """Like `atomic_write_bytes`, streaming: a failure part-way (a chunk that does not
    authenticate, a full disk) leaves no file at `target` and no partial file beside it."""
    temp = temp_path_beside(target)
    try:
        with private_file(temp) as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    fsync_directory(target.parent)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Replace `target` with `data` so that a crash leaves the old or the new content."""
    temp = temp_path_beside(target)
    try:
        with private_file(temp) as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        if isinstance(error, OSError) and error.errno in _DISK_FULL:
            raise DamagedFile(
                Message(
                    "The disk is full: '{name}' could not be written and was left as it was. "
                    "Free some space and try again.",
                    name=target.name,
                )
            ) from None
        raise
    fsync_directory(target.parent)
