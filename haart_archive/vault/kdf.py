"""Argon2id key derivation from passphrases, with per-slot parameters.

Parameters are calibrated when a slot is made (aim: 0.5-1 s on this machine) and stored in
the slot. The process's `KdfPolicy` says which parameters it accepts and which it gives new
slots: in production, nothing below the floor (m = 64 MiB, t = 3) and a calibration. Only
code can change the policy, never the environment or a file: the test suite installs a fast
profile for its own processes from its fixtures (`tests/fastkdf.py`), as KeePassXC's tests
use a fastKdf() that the application refuses.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from haart_archive.errors import DamagedFile
from haart_archive.messages import Message

FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
TARGET_SECONDS = 0.6
MAX_ITERATIONS = 40
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_LANES = 64


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters of one key slot; `salt` is random per slot."""

    salt: bytes
    memory_kib: int
    iterations: int
    lanes: int = 4

    def derive(self, secret: bytes, length: int = 32) -> bytes:
        check_strength(self)
        return Argon2id(
            salt=self.salt,
            length=length,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        ).derive(secret)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["salt"] = self.salt.hex()
        return data

    @staticmethod
    def from_dict(data: dict) -> KdfParams:
        try:
            params = KdfParams(
                salt=bytes.fromhex(data["salt"]),
                memory_kib=int(data["memory_kib"]),
                iterations=int(data["iterations"]),
                lanes=int(data["lanes"]),
            )
        except (KeyError, TypeError, ValueError, OverflowError):
            raise DamagedFile(Message(
                "The vault header is damaged: a key slot's KDF parameters are unreadable.",
            )) from None
        # A forged header must not make Argon2 fail untyped, or eat all memory or time.
        if not (
            len(params.salt) >= 8
            and 1 <= params.lanes <= MAX_LANES
            and 8 * params.lanes <= params.memory_kib <= MAX_MEMORY_KIB
            and 1 <= params.iterations <= 4 * MAX_ITERATIONS
        ):
            raise DamagedFile(Message(
                "The vault header is damaged: a key slot's KDF parameters are out of range.",
            ))
        return params

    @property
    def is_test_profile(self) -> bool:
        """Below the production floor: made by a test suite, never fit for real data."""
        return self.memory_kib < FLOOR_MEMORY_KIB or self.iterations < FLOOR_ITERATIONS


@dataclass(frozen=True)
class KdfPolicy:
    """Which parameters this process accepts, and what new slots get (`new_slot`, or a
    calibration on this machine when it is None)."""

    floor_memory_kib: int
    floor_iterations: int
    new_slot: Callable[[], KdfParams] | None = None

    def accepts(self, params: KdfParams) -> bool:
        return params.memory_kib >= self.floor_memory_kib and params.iterations >= self.floor_iterations


PRODUCTION = KdfPolicy(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS)
_policy = PRODUCTION


def use_policy(policy: KdfPolicy) -> None:
    """Install the process's policy (the test suite's fixtures do; the app never does)."""
    global _policy
    _policy = policy


def current_policy() -> KdfPolicy:
    return _policy


def check_strength(params: KdfParams) -> None:
    """Refuse parameters below the floor of the process's policy."""
    if not _policy.accepts(params):
        raise DamagedFile(
            Message(
                "A key slot uses key-derivation settings below the safe minimum; this "
                "archive was made for tests and must not hold real data.",
            )
        )


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Parameters for a new slot: at or above the floor, taking about `target_seconds` here
    (or what the process's policy gives new slots)."""
    if _policy.new_slot is not None:
        return _policy.new_slot()
    probe = KdfParams(os.urandom(16), FLOOR_MEMORY_KIB, FLOOR_ITERATIONS)
    started = time.perf_counter()
    probe.derive(b"calibration")
    elapsed = max(time.perf_counter() - started, 1e-3)
    iterations = round(FLOOR_ITERATIONS * target_seconds / elapsed)
    iterations = min(max(iterations, FLOOR_ITERATIONS), MAX_ITERATIONS)
    return KdfParams(os.urandom(16), FLOOR_MEMORY_KIB, iterations)


def params_like(template: KdfParams) -> KdfParams:
    """Fresh salt, same cost: used when a slot is rewritten on the same machine."""
    return KdfParams(os.urandom(16), template.memory_kib, template.iterations, template.lanes)
