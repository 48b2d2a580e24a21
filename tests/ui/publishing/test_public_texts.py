"""Public texts: every role reads the approved, current redacted versions; a stale one is
left out; the filter looks in titles and texts. Screenshots in English and Swahili."""

from __future__ import annotations

import pytest

from haart_archive.types.testimonies import TestimonyDraft
from tests.ui.conftest import ADVOCATE, EDITOR, unlock
from tests.ui.publishing.data import BOAT, COMMUNICATIONS, WAITRESS, prepare, save_shot
from ui.publishing.public_texts import ID_ROLE


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


def test_export_a_public_text_as_pdf_and_word(make_window, archive_folder, tmp_path, answers):
    prepare(archive_folder)
    window = make_window(archive_folder)
    unlock(window, *EDITOR)
    window.workspace.go("public_texts")
    page = window.workspace.pages["public_texts"]
    page.table.selectRow(0)
    pdf = page.export("pdf", tmp_path / "text.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    docx = page.export("docx", tmp_path / "text.docx")
    assert docx is not None and docx.read_bytes().startswith(b"PK")
    window.lock("manual")

    unlock(window, *COMMUNICATIONS)  # needs an editor's clearance first: asked from here
    window.workspace.go("public_texts")
    page = window.workspace.pages["public_texts"]
    page.table.selectRow(0)
    version = page.selected_version()
    assert page.export("pdf", tmp_path / "comms.pdf") is None
    assert any("Ask an editor" in text for text in answers.texts("confirm"))
    assert len(window.archive.clearances.mine()) == 1
    window.lock("manual")
    unlock(window, *EDITOR)
    request = window.archive.clearances.waiting()[0]
    window.archive.clearances.clear(request.id)
    window.lock("manual")
    unlock(window, *COMMUNICATIONS)
    window.workspace.go("public_texts")
    page = window.workspace.pages["public_texts"]
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data(ID_ROLE) == version)
    page.table.selectRow(row)
    assert page.export("pdf", tmp_path / "comms.pdf") is not None


def test_advocates_read_but_do_not_export(make_window, archive_folder):
    prepare(archive_folder)
    window = make_window(archive_folder)
    unlock(window, *ADVOCATE)
    window.workspace.go("public_texts")
    page = window.workspace.pages["public_texts"]
    assert not page.pdf_button.isVisibleTo(page) and not page.docx_button.isVisibleTo(page)


def test_print_a_public_text(make_window, archive_folder, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    prepare(archive_folder)
    window = make_window(archive_folder)
    unlock(window, *EDITOR)
    window.workspace.go("public_texts")
    page = window.workspace.pages["public_texts"]
    page.table.selectRow(0)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.print_text(printer)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "printed.pdf").stat().st_size > 5000, "the page was drawn, not a blank sheet"
