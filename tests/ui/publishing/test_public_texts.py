"""Public texts: every role reads the approved, current redacted versions; a stale one is
left out; the filter looks in titles and texts. Screenshots in English and Swahili."""

from __future__ import annotations

import pytest

from haart_archive.types.testimonies import TestimonyDraft
from tests.ui.conftest import ADVOCATE, EDITOR, unlock
from tests.ui.publishing.data import BOAT, COMMUNICATIONS, WAITRESS, prepare, save_shot


@pytest.mark.parametrize("language", ["en", "sw"])
def test_every_role_reads_the_approved_texts(make_window, archive_folder, qtbot, language):
    ids = prepare(archive_folder)
    window = make_window(archive_folder, language=language)
    for user in (ADVOCATE, COMMUNICATIONS, EDITOR):
        unlock(window, *user)
        assert window.workspace.go("public_texts"), f"{user[0]} has the public texts"
        page = window.workspace.pages["public_texts"]
        assert page.proxy.rowCount() == 2
        window.lock("manual")
    unlock(window, *ADVOCATE)
    window.workspace.go("public_texts")
    page = window.workspace.pages["public_texts"]
    page.filter_edit.setText("fishing")
    assert page.proxy.rowCount() == 1
    page.table.selectRow(0)
    assert BOAT in page.reader.toPlainText() and "never paid" in page.reader.toPlainText()
    page.filter_edit.setText("took my phone")  # words of the text, not the title
    assert page.proxy.rowCount() == 1 and page.proxy.index(0, 0).data() == WAITRESS
    page.filter_edit.clear()
    page.table.selectRow(0)
    save_shot(window, f"{language}-40-public-texts", qtbot)
    window.lock("manual")
    assert window.workspace is None

    # The original changes: its approved version is stale and no longer offered.
    unlock(window, *EDITOR)
    window.archive.testimonies.update(ids[BOAT]["testimony"], TestimonyDraft(
        title=BOAT, text="We worked nights and were never paid. Changed.", county="kisumu", language="en"))
    window.workspace.go("public_texts")
    page = window.workspace.pages["public_texts"]
    page.reload()
    assert page.proxy.rowCount() == 1
    page.clear()
    assert page.model.rowCount() == 0 and not page.reader.toPlainText()
