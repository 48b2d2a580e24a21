"""Kill an operation with SIGKILL at a seeded random moment, then judge what it left.

Shared by the crash tests and `bench/crash.py`. The operations run in real child processes
(forked by `tests.crash.zygote`, which is started like any subprocess with PYTHONPATH set);
every archive is a copy of one small template, and the fast test KDF is on (`child_env`).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.fastkdf import child_env

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Outcome:
    killed: bool
    finished: bool
    error: str | None
    delay: float
    elapsed: float  # from the archive being open to the child's end


class Zygote:
    """One long-lived process that forks a child per operation."""

    def __init__(self) -> None:
        env = child_env()
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.crash.zygote"], cwd=ROOT, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
        )

    def run(self, command: dict, delay: float | None) -> Outcome:
        """Start `command` in a child; SIGKILL it `delay` seconds after it opened the archive
        (None: let it finish). Returns whether it was killed before it finished."""
        self._process.stdin.write(json.dumps(command) + "\n")
        self._process.stdin.flush()
        pid, finished, error, killed = None, False, None, False
        ready_at = time.perf_counter()
        while True:
            line = self._process.stdout.readline()
            if not line:
                raise RuntimeError("the zygote died")
            word, rest = line.split(" ", 1)
            if word == "ready":
                pid = int(rest)
                ready_at = time.perf_counter()
                if delay is not None:
                    time.sleep(delay)
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
            elif word == "done":
                finished = True
            elif word == "error":
                error = rest.strip().split(" ", 1)[1]
            elif word == "exit":
                status = int(rest.split()[1])
                killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
                return Outcome(killed, finished, error, delay or 0.0, time.perf_counter() - ready_at)

    def close(self) -> None:
        self._process.stdin.close()
        self._process.wait(timeout=10)


def timed(zygote: Zygote, command: dict) -> float:
    """How long the operation takes once the archive is open (one uninterrupted run)."""
    outcome = zygote.run(command, None)
    assert outcome.error is None, outcome.error
    return outcome.elapsed


def seeded_delays(seed: int, runs: int, duration: float) -> list[float]:
    """Moments spread over the whole operation, a little beyond its end too."""
    rng = random.Random(seed)
    return [rng.uniform(0.0, duration * 1.15) for _ in range(runs)]


def fresh_copy(template: Path, folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(template, folder, ignore=shutil.ignore_patterns("archive.lock"))
    return folder
