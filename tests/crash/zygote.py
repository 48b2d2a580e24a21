"""A process that imports the archive once, then forks one real child per operation.

Run as ``python -m tests.crash.zygote`` with PYTHONPATH at the checkout. Each line on stdin
is a JSON command ``{"op": ..., "path": ..., ...}``; the zygote forks a child that opens the
archive, writes ``ready <pid>``, runs the operation and writes ``done <pid>``. The zygote
waits for the child and writes ``exit <pid> <status>``. The test kills the child with
SIGKILL at a moment of its choosing: the child is an ordinary process with its own files,
database connections and locks; forking only saves the half second of imports per run.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
from pathlib import Path

from haart_archive.archive import Archive


def _say(text: str) -> None:
    os.write(1, (text + "\n").encode())


def run(command: dict) -> None:
    archive = Archive.open(command["path"], command["user"], command["passphrase"])
    if command.get("file_size_limit"):
        # A full disk, as the process sees it: writes past this size fail with EFBIG.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        limit = int(command["file_size_limit"])
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    if command.get("die_at"):
        _die_inside_atomic_write(command["die_at"])
    _say(f"ready {os.getpid()}")
    op = command["op"]
    if op == "rebuild":
        archive.search.rebuild()
    elif op == "remove":
        archive.users.remove(command["target"])
    elif op == "backup":
        archive.make_backup(command["out"])
    elif op == "add":
        from haart_archive.types.testimonies import TestimonyDraft

        archive.testimonies.add(TestimonyDraft(title="Too big for the disk", text="Fictional words. " * 200_000))
    elif op == "restore":
        from haart_archive.services.backup import restore_backup
        from haart_archive.types.backup import Credentials

        restore_backup(command["backup"], command["out"], Credentials(command["user"], command["passphrase"]))
    elif op == "header":
        archive.users.reset_passphrase(command["target"], command["new_passphrase"])
    else:
        raise ValueError(op)
    archive.lock()
    _say(f"done {os.getpid()}")


def _die_inside_atomic_write(moment: str) -> None:
    """SIGKILL this process at one moment of `atomic_write_bytes`, as a power cut would stop it."""
    real_fsync, real_replace = os.fsync, os.replace

    def die() -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    def fsync(fd: int) -> None:
        if moment == "before-fsync":
            die()
        real_fsync(fd)

    def replace(source: str | Path, target: str | Path) -> None:
        if moment == "before-replace":
            die()
        real_replace(source, target)
        if moment == "after-replace":
            die()

    os.fsync, os.replace = fsync, replace


def main() -> None:
    for line in sys.stdin:
        command = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                run(command)
            except BaseException as error:  # reported to the test
                _say(f"error {os.getpid()} {type(error).__name__}: {error}")
                code = 1
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        _say(f"exit {pid} {status}")


if __name__ == "__main__":
    main()
