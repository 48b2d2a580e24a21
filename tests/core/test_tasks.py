"""Long work: one cancel exception with a sentence and a shell's exit code, one progress line."""

from __future__ import annotations

import io

from haart_archive.archive import Archive
from haart_archive.cli import main
from haart_archive.commands.common import ProgressLine
from haart_archive.errors import ArchiveError
from haart_archive.messages import Message
from haart_archive.tasks import Cancelled, stop_if_cancelled
from tests.conftest import PASSPHRASES, USER_NAMES


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_line_is_rewritten_in_place_and_ended(monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with ProgressLine("Importing", counts=True) as progress:
        progress(1, 4)
        progress(4, 4)
    assert terminal.getvalue() == "\rImporting: 1/4 (25%)\rImporting: 4/4 (100%)\n"
    terminal.seek(0)
    terminal.truncate()
    with ProgressLine("Backing up") as progress:
        progress(512, 2048)
    assert terminal.getvalue() == "\rBacking up: 25%\n"


def test_scripts_and_pipes_see_no_progress(monkeypatch):
    pipe = io.StringIO()
    monkeypatch.setattr("sys.stderr", pipe)
    with ProgressLine("Importing") as progress:
        progress(1, 2)
    assert pipe.getvalue() == ""


def test_cancelling_raises_the_one_cancel_error_with_its_sentence():
    stop_if_cancelled(None, Message("never raised"))
    stop_if_cancelled(lambda: False, Message("never raised"))
    try:
        stop_if_cancelled(lambda: True, Message("The import was cancelled; nothing was kept."))
    except Cancelled as error:
        assert isinstance(error, ArchiveError) and error.exit_code == 130
        assert error.message == "The import was cancelled; nothing was kept."
    else:
        raise AssertionError("not cancelled")


def test_the_command_line_reports_a_cancel_with_its_sentence_and_exit_code(archive_copy, monkeypatch, capsys, tmp_path):
    def cancelled_backup(self: Archive, out: object, progress: object = None, cancelled: object = None) -> None:
        raise Cancelled(Message("The backup was cancelled; no backup file was kept."))

    monkeypatch.setattr(Archive, "make_backup", cancelled_backup)
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["custodian"])
    code = main(["backup", str(archive_copy.path), str(tmp_path / "b.hbk"), "--user", USER_NAMES["custodian"]])
    assert code == 130
    assert "no backup file was kept" in capsys.readouterr().err
