"""Typed errors become their plain sentence; anything else a short apology, logged without values."""

import logging

from haart_archive.errors import InvalidInput
from ui.errors import apology, sentence_for, show_error


def test_a_typed_error_is_shown_as_its_sentence(answers, app_setup):
    show_error(None, InvalidInput("A testimony needs a title."))
    assert answers.asked == [("warn", "A testimony needs a title.")]


def test_an_unexpected_error_is_an_apology_and_the_log_holds_no_values(caplog, app_setup):
    try:
        raise ValueError("Canary Wambui Secretname")
    except ValueError as error:
        with caplog.at_level(logging.ERROR):
            text = sentence_for(error)
    assert text == apology()
    assert "Traceback" not in text
    assert "ValueError" in caplog.text and "Secretname" not in caplog.text


def test_saving_an_empty_testimony_says_what_is_missing(custodian_window, answers):
    page = custodian_window.workspace.pages["testimonies"]
    page.new_testimony()
    page.editor.text_edit.setPlainText("Some words.")
    page.editor.save_button.click()
    assert answers.texts("warn") == ["A testimony needs a title."]
    assert page.editor.has_unsaved_changes(), "the draft stays after a refusal"
