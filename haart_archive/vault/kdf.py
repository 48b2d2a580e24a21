"""Argon2id key derivation from passphrases, with per-slot parameters.

Parameters are calibrated when a slot is made (aim: 0.5-1 s on this machine) and stored in
the slot. Production code refuses anything below the floor (m = 64 MiB, t = 3). A fast
profile exists for tests only and is accepted only when HAART_INSECURE_FAST_KDF_FOR_TESTS=1
is set in the environment (the test suite sets it; the app never does).
"""

from __future__ import annotations

import os
import time
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
TEST_PROFILE_ENV = "HAART_INSECURE_FAST_KDF_FOR_TESTS"


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
        return self.memory_kib < FLOOR_MEMORY_KIB or self.iterations < FLOOR_ITERATIONS


def test_profile_allowed() -> bool:
    return os.environ.get(TEST_PROFILE_ENV) == "1"


def check_strength(params: KdfParams) -> None:
    """Refuse parameters below the floor unless the test profile is explicitly allowed."""
    if params.is_test_profile and not test_profile_allowed():
        raise DamagedFile(
            Message(
                "A key slot uses key-derivation settings below the safe minimum; this "
                "archive was made for tests and must not hold real data.",
            )
        )


def fast_test_params() -> KdfParams:
    """The test-only profile (1 MiB, 1 pass). Never accepted outside the test suite."""
    return KdfParams(salt=os.urandom(16), memory_kib=1024, iterations=1, lanes=1)


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Parameters at or above the floor that take about `target_seconds` here."""
    if test_profile_allowed():
        return fast_test_params()
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
