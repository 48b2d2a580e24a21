"""First run: create an archive, refuse a weak passphrase, show the recovery key once."""

import re

from PySide6.QtCore import QSettings

from tests.ui.conftest import CUSTODIAN
from ui.settings import APPLICATION, ORGANISATION


def test_first_run_creates_an_archive_and_shows_the_recovery_key_once(make_window, tmp_path, monkeypatch, qtbot):
    window = make_window(None)
    setup = window.setup
    assert setup is not None, "with no archive remembered the window starts with the setup"
    folder = tmp_path / "new archive"
    setup.folder_edit.setText(str(folder))
    setup.where_next.click()
    setup.name_edit.setText(CUSTODIAN[0])

    setup.passphrase.first.setText("password123")
    setup.passphrase.second.setText("password123")
    assert not setup.create_button.isEnabled()
    assert "weak" in setup.passphrase.verdict.text().lower()

    setup.passphrase.first.setText(CUSTODIAN[1])
    setup.passphrase.second.setText(CUSTODIAN[1])
    assert setup.create_button.isEnabled()
    setup.create_button.click()

    key = setup.key_label.text()
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4})+", key)
    assert setup.steps.currentIndex() == 2
    pdf = tmp_path / "key.pdf"
    monkeypatch.setattr("ui.first_run.QFileDialog.getSaveFileName", lambda *a, **k: (str(pdf), ""))
    setup.findChild(type(setup.open_button), None)  # the buttons exist; click Save as PDF by text
    save = next(b for b in setup.findChildren(type(setup.open_button)) if b.text() == "Save as PDF…")
    save.click()
    assert pdf.read_bytes().startswith(b"%PDF")

    assert not setup.open_button.isEnabled(), "the key must be confirmed stored first"
    setup.stored_check.setChecked(True)
    setup.open_button.click()
    assert window.workspace is not None and window.archive.user.name == CUSTODIAN[0]

    settings = QSettings(ORGANISATION, APPLICATION)
    assert settings.value("archive/folder") == str(folder)
    assert set(settings.allKeys()) <= {"archive/folder", "interface/language"}

    # The recovery key opens the archive again (and nothing else shows it again).
    window.lock("manual")
    screen = window.lock_screen
    screen.use_recovery.setChecked(True)
    screen.recovery_edit.setText(key.lower())
    screen.unlock_button.click()
    assert window.workspace is not None


def test_first_run_opens_an_existing_archive_and_chooses_a_language(make_window, archive_folder, tmp_path,
                                                                      answers):
    from tests.ui.test_core_messages import back_to_english

    try:
        window = make_window(None)
        setup = window.setup
        setup.language_combo.setCurrentIndex(setup.language_combo.findData("sw"))
        setup = window.setup  # rebuilt in Swahili
        assert setup.where_next.text() != "Next"
        empty = tmp_path / "empty"
        empty.mkdir()
        setup.choose_existing(empty)
        assert window.setup is not None and answers.texts("warn"), "an empty folder is not an archive"
        setup.choose_existing(archive_folder)
        assert window.lock_screen is not None and window.folder == archive_folder
    finally:
        back_to_english()


def test_setup_form_fields_line_up(make_window):
    window = make_window(None)
    setup = window.setup
    setup.where_next.click()
    window.resize(1200, 780)
    setup.name_edit.setText("x")
    from PySide6.QtCore import QPoint

    left_name = setup.name_edit.mapTo(window, QPoint(0, 0)).x()
    left_passphrase = setup.passphrase.first.mapTo(window, QPoint(0, 0)).x()
    assert left_name == left_passphrase
