"""After a whole GUI session no planted canary is found on disk: not in the archive folder,
the temp folder, the Qt settings or the log (plain, lowercase, UTF-16)."""

import logging
import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from tests.ui.conftest import CUSTODIAN, unlock


def _forms(canary: str) -> list[bytes]:
    forms = []
    for text in {canary, canary.lower(), canary.upper()}:
        forms += [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
    return forms


def _hits(folders: list[Path], canaries: list[str]) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                found += [f"{path}: {c}" for c in canaries if any(form in data for form in _forms(c))]
    return found


def test_no_canary_reaches_the_disk_after_a_whole_session(make_window, archive_folder, settings_folder, tmp_path,
                                                          monkeypatch, qtbot):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    log_file = tmp_path / "logs" / "haart.log"
    log_file.parent.mkdir()
    handler = logging.FileHandler(log_file)
    logging.getLogger().addHandler(handler)
    tag = uuid.uuid4().hex[:10]
    title, text, person, consenter = (f"Canarytitle{tag}", f"Canarytext{tag}", f"Canaryperson{tag}",
                                      f"Canaryconsenter{tag}")
    try:
        window = make_window(archive_folder)
        unlock(window, *CUSTODIAN)
        page = window.workspace.pages["testimonies"]
        page.new_testimony()
        editor = page.editor
        editor.title_edit.setText(title)
        editor.text_edit.setPlainText(f"She said {text} twice.")
        editor.person_name.setText(person)
        editor.person_name.returnPressed.emit()
        editor.save_button.click()
        testimony_id = editor.testimony_id
        editor.title_edit.selectAll()
        editor.title_edit.copy()
        editor.request_close()

        window.workspace.go("search")
        search = window.workspace.pages["search"]
        search.query_edit.setText(text)
        search.new_search()
        assert search.results.total == 1
        search.query_edit.setText(person)
        search.new_search()

        window.workspace.go("consent")
        consent = window.workspace.pages["consent"]
        consent.select(testimony_id)
        consent.grant_button.click()
        consent.form.consenter_name.setText(consenter)
        consent.form.taken_by.setText("Otieno Test")
        consent.form.set_uses(["case_work"], ["text"])
        consent.form.submit()
        consent.receipt_button.click()
        window.workspace.go("audit")
        window.workspace.go("testimonies")
        page.open_testimony(testimony_id)
        editor.text_edit.appendPlainText(text)  # an unsaved edit that the lock discards

        qtbot.keyClick(window.workspace.nav, "l", modifier=Qt.KeyboardModifier.ControlModifier)
        if window.archive is not None:  # the unsaved question was answered "cancel" by default
            window.lock("idle")
        unlock(window, *CUSTODIAN)
        window.lock("manual")
        window.close()
        QSettings().sync()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()

    folders = [archive_folder, temp, settings_folder, log_file.parent]
    assert _hits(folders, [title, text, person, consenter]) == []
    assert any(archive_folder.rglob("*")), "the scan looked at real files"


def test_the_scan_finds_a_planted_canary(tmp_path):
    (tmp_path / "plain.txt").write_bytes("xx canaryfound xx".encode("utf-16-le"))
    assert _hits([tmp_path], ["CANARYFOUND"]) != []
