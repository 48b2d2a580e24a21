"""The fast key-derivation profile, for tests only (1 MiB, 1 pass), like KeePassXC's fastKdf().

The application refuses it: `haart_archive.vault.kdf` accepts nothing below the production
floor unless code installs another policy, and only this module does, in test processes:
`enable()` for the test process itself (tests/conftest.py calls it), `child_env()` for the
processes tests start (command line runs, the crash tests' zygote): it puts a
`sitecustomize` on their PYTHONPATH that calls `enable()` before anything else runs.
"""

from __future__ import annotations

import os
from pathlib import Path

from haart_archive.vault.kdf import KdfParams, KdfPolicy, use_policy

ROOT = Path(__file__).resolve().parents[1]
SITE = Path(__file__).resolve().parent / "fastkdf_site"


def fast_params() -> KdfParams:
    """A fresh salt and the cheapest cost Argon2 allows that keeps tests quick."""
    return KdfParams(salt=os.urandom(16), memory_kib=1024, iterations=1, lanes=1)


TEST_POLICY = KdfPolicy(floor_memory_kib=1024, floor_iterations=1, new_slot=fast_params)


def enable() -> None:
    """Accept and make fast slots in this process."""
    use_policy(TEST_POLICY)


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a child process that must open the tests' fast archives: the
    repository and the test `sitecustomize` on PYTHONPATH (and `extra` variables)."""
    return dict(os.environ, PYTHONPATH=os.pathsep.join((str(ROOT), str(SITE))), **extra)
