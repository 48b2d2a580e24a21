"""scripts/demo.sh names the missing Linux library instead of Qt's "could not load xcb"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux")
def test_a_missing_xcb_cursor_library_is_named_before_anything_is_installed(tmp_path):
    fake = tmp_path / "bin"
    fake.mkdir()
    ldconfig = fake / "ldconfig"
    ldconfig.write_text("#!/bin/sh\necho '1 libs found in cache'\necho '\tlibc.so.6 => /lib/libc.so.6'\n")
    ldconfig.chmod(0o755)
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    env["PATH"] = f"{fake}:{env.get('PATH', '')}"
    env["PYTHON"] = "/nonexistent/python"  # would fail loudly if the script went on to install
    result = subprocess.run(["bash", str(ROOT / "scripts" / "demo.sh")], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 3
    assert "libxcb-cursor0" in result.stderr and "Could not load" not in result.stderr


def test_the_readme_says_so_near_the_top_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    top = "\n".join(readme.splitlines()[:25])
    # The two set-up commands come first; the library note right after them.
    assert top.index("bash scripts/demo.sh") < top.index("bash scripts/test.sh") < top.index("libxcb-cursor0")
