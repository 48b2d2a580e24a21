"""Real processes: a second running copy is refused; a killed writer leaves a consistent archive."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from haart_archive.errors import ArchiveInUse
from tests.conftest import PASSPHRASES, USER_NAMES
from tests.fastkdf import child_env

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str, *args: str) -> subprocess.Popen:
    env = child_env()
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


HOLD_OPEN = """
    import sys, time
    from haart_archive.archive import Archive
    archive = Archive.open(sys.argv[1], sys.argv[2], sys.argv[3])
    print("open", flush=True)
    time.sleep(60)
"""


def test_a_second_running_copy_gets_archive_in_use(archive_copy):
    holder = _python(HOLD_OPEN, str(archive_copy.path), USER_NAMES["editor"], PASSPHRASES["editor"])
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(ArchiveInUse, match=rf"another copy.*process {holder.pid}"):
            archive_copy.open("advocate")
    finally:
        holder.kill()
        holder.wait()
    # The killed holder left its lock file behind; it is stale and does not block.
    assert (archive_copy.path / "archive.lock").exists()
    archive_copy.open("advocate").lock()


ADD_MANY = """
    import sys
    from haart_archive.archive import Archive
    from haart_archive.types.testimonies import TestimonyDraft
    archive = Archive.open(sys.argv[1], sys.argv[2], sys.argv[3])
    for number in range(100):
        archive.testimonies.add(TestimonyDraft(title=f"Killed-run {number:03d}", text="Fictional text " * 200))
        print(number, flush=True)
"""


@pytest.mark.parametrize("kill_after", [3, 17, 41])
def test_sigkill_while_adding_leaves_a_prefix_that_opens(archive_copy, kill_after):
    writer = _python(ADD_MANY, str(archive_copy.path), USER_NAMES["editor"], PASSPHRASES["editor"])
    for line in writer.stdout:
        if int(line) >= kill_after:
            break
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    with archive_copy.open("custodian") as archive:
        titles = sorted(t.title for t in archive.testimonies.list() if t.title.startswith("Killed-run"))
        assert archive.verify_audit().ok
        assert archive.check().ok
    assert len(titles) >= kill_after + 1
    assert titles == [f"Killed-run {n:03d}" for n in range(len(titles))]
