"""A screenshot of every page in English and Swahili, for people to look at.

Saved under $HAART_SCREENSHOT_DIR, or test-screenshots/ at the top of the checkout
(git-ignored). Only fictional test data appears in them.
"""

import os
from pathlib import Path

import pytest

from tests.ui.conftest import ADVOCATE, CUSTODIAN, unlock

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shots() -> Path:
    folder = Path(os.environ.get("HAART_SCREENSHOT_DIR", ROOT / "test-screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _save(window, folder: Path, name: str, qtbot) -> Path:
    qtbot.wait(20)
    path = folder / f"{name}.png"
    assert window.grab().save(str(path)), f"could not save {path}"
    return path


@pytest.mark.parametrize("language", ["en", "sw"])
def test_screenshot_every_page(make_window, archive_folder, tmp_path, shots, qtbot, language):
    saved = []
    setup_window = make_window(None, language=language)
    saved.append(_save(setup_window, shots, f"{language}-01-setup-folder", qtbot))
    setup = setup_window.setup
    setup.where_next.click()
    setup.name_edit.setText(CUSTODIAN[0])
    setup.passphrase.first.setText("password1234")
    saved.append(_save(setup_window, shots, f"{language}-02-setup-weak-passphrase", qtbot))
    setup.passphrase.first.setText(CUSTODIAN[1])
    setup.passphrase.second.setText(CUSTODIAN[1])
    setup.folder_edit.setText(str(tmp_path / "fresh"))
    setup.create_button.click()
    saved.append(_save(setup_window, shots, f"{language}-03-setup-recovery-key", qtbot))
    setup_window.close()

    window = make_window(archive_folder, language=language, demo_credentials=[(ADVOCATE[0], "advocate", ADVOCATE[1])])
    saved.append(_save(window, shots, f"{language}-04-lock-screen", qtbot))
    unlock(window, *CUSTODIAN)
    workspace = window.workspace
    testimonies = workspace.pages["testimonies"]
    saved.append(_save(window, shots, f"{language}-05-testimonies", qtbot))
    testimonies.table.selectRow(0)
    testimonies._open_index(testimonies.table.currentIndex())
    for tab in range(testimonies.editor.tabs.count()):
        testimonies.editor.tabs.setCurrentIndex(tab)
        saved.append(_save(window, shots, f"{language}-06-editor-tab{tab + 1}", qtbot))
    testimonies.editor.request_close()

    workspace.go("consent")
    consent = workspace.pages["consent"]
    saved.append(_save(window, shots, f"{language}-07-consent", qtbot))
    consent.grant_button.click()
    saved.append(_save(window, shots, f"{language}-08-consent-form", qtbot))
    consent.form.consenter_name.setText("Fictional Survivor")
    consent.form.taken_by.setText("Otieno Test")
    consent.form.set_uses(["case_work", "research"], ["text"])
    consent.form.submit()
    saved.append(_save(window, shots, f"{language}-09-consent-recorded", qtbot))
    consent.receipt_button.click()
    saved.append(_save(window, shots, f"{language}-10-consent-receipt", qtbot))

    workspace.go("search")
    search = workspace.pages["search"]
    search.query_edit.setText("job")
    search.new_search()
    saved.append(_save(window, shots, f"{language}-11-search", qtbot))
    for place, number in (("redaction", 12), ("publications", 13), ("audit", 14), ("users", 15)):
        workspace.go(place)
        if place == "audit":
            workspace.pages["audit"].verify()
        saved.append(_save(window, shots, f"{language}-{number}-{place}", qtbot))

    window.lock("manual")
    unlock(window, *ADVOCATE)
    window.workspace.pages["search"].query_edit.setText("passport")
    window.workspace.pages["search"].new_search()
    saved.append(_save(window, shots, f"{language}-16-advocate-search", qtbot))
    assert all(path.stat().st_size > 5000 for path in saved)
