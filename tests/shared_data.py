"""Where the read-only shared data lives (beside the checkout in CI, absent in a fresh clone)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED_DIR = Path(
    os.environ.get("HAART_SHARED_DIR", Path(__file__).resolve().parents[1].parent / "shared")
)


def shared_path(*parts: str) -> Path:
    """Path to a file under ../shared, or skip the test with the reason when it is absent."""
    path = SHARED_DIR.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not present at {path} (it sits beside the checkout only in CI)")
    return path
