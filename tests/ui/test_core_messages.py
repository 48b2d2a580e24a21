"""Sentences made by the core reach a Swahili user in Swahili, an English user unchanged."""

from haart_archive.errors import ConsentRefused, InvalidInput
from haart_archive.messages import Message
from ui.errors import sentence_for
from ui.i18n import core_text, install_language
from ui.settings import remember_language

from .conftest import CUSTODIAN, unlock


def test_core_text_follows_the_interface_language(app_setup):
    message = Message("There is no testimony with id {testimony_id}.", testimony_id=4)
    try:
        install_language("sw")
        assert core_text(message) == "Hakuna ushuhuda wenye kitambulisho 4."
        assert core_text("plain words") == "plain words"
        refused = ConsentRefused(Message("Consent does not allow this export."), reasons=[message])
        assert sentence_for(refused) == (
            "Ridhaa hairuhusu uhamishaji huu.\n• Hakuna ushuhuda wenye kitambulisho 4."
        )
    finally:
        back_to_english()
    assert core_text(message) == "There is no testimony with id 4."
    assert sentence_for(InvalidInput(Message("A testimony needs a title."))) == (
        "A testimony needs a title."
    )


def test_a_swahili_error_dialog_shows_the_swahili_sentence(make_window, archive_folder, answers):
    window = make_window(archive_folder, language="sw")
    try:
        unlock(window, *CUSTODIAN)
        page = window.workspace.pages["testimonies"]
        page.new_testimony()
        page.editor.text_edit.setPlainText("Maneno machache.")
        page.editor.save_button.click()
        assert answers.texts("warn") == ["Ushuhuda unahitaji kichwa."]
    finally:
        back_to_english()


def test_a_wrong_passphrase_is_told_in_swahili_on_the_lock_screen(make_window, archive_folder):
    window = make_window(archive_folder, language="sw")
    try:
        unlock(window, CUSTODIAN[0], "not the passphrase at all, sorry")
        assert window.workspace is None
        assert "Jina hilo la mtumiaji na kaulisiri hiyo havifungui hifadhi hii." in (
            window.lock_screen.message.text()
        )
    finally:
        back_to_english()


def back_to_english() -> None:
    """The next tests (and windows built without a language) expect English."""
    remember_language("en")
    install_language("en")


def test_the_audit_page_names_actions_in_swahili(make_window, archive_folder):
    window = make_window(archive_folder, language="sw")
    try:
        unlock(window, *CUSTODIAN)
        assert window.workspace.go("audit")
        page = window.workspace.pages["audit"]
        page.reload()
        shown = {page.model.index(row, 3).data() for row in range(page.model.rowCount())}
        assert "hifadhi imeundwa" in shown and "archive created" not in shown
    finally:
        back_to_english()
