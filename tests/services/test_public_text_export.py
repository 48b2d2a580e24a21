"""A public text out as PDF or Word: the publication gates apply, and nothing identifies."""

from __future__ import annotations

import io
import zipfile

import pytest

from haart_archive.errors import PublicationRefused, WrongPassphrase
from haart_archive.publishing import extract_pdf_text
from haart_archive.services.public_text import docx_text
from tests.conftest import PASSPHRASES, USER_NAMES
from tests.services.helpers import approved_version, consent_form

IDENTIFIERS = ("Zuhura", "Kadzo", "Jabari", "0712 345 678", "Kaloleni")


@pytest.fixture()
def version(archive_copy):
    with archive_copy.open("editor") as editor:
        editor.consent.grant(archive_copy.testimony_ids[0], consent_form())
        return approved_version(editor, archive_copy.testimony_ids[0])


def test_an_editor_exports_pdf_and_docx_without_identifiers(archive_copy, version):
    with archive_copy.open("editor") as editor:
        pdf = editor.export_public_text(version, "pdf")
        docx = editor.export_public_text(version, "docx")
    assert pdf.startswith(b"%PDF") and "passport" in extract_pdf_text(pdf)
    text = docx_text(docx)
    assert "passport" in text
    for identifier in (*IDENTIFIERS, USER_NAMES["editor"], "python-docx"):
        assert identifier not in text and identifier not in extract_pdf_text(pdf)
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        everything = b"".join(package.read(name) for name in package.namelist())
        assert "docProps/thumbnail.jpeg" not in package.namelist()
    assert not any(identifier.encode() in everything for identifier in IDENTIFIERS)


def test_consent_gates_apply(archive_copy, version):
    with archive_copy.open("editor") as editor:
        editor.consent.withdraw(archive_copy.testimony_ids[0])
        for fmt in ("pdf", "docx"):
            with pytest.raises(PublicationRefused) as refused:
                editor.export_public_text(version, fmt)
            assert "withdrawn" in " ".join(refused.value.reasons).lower()


def test_communications_need_a_clearance_first(archive_copy, version):
    with archive_copy.open("communications") as comms:
        with pytest.raises(PublicationRefused):
            comms.export_public_text(version, "docx")
        request_id = comms.clearances.request(comms.public_text_spec(version))
    with archive_copy.open("editor") as editor:
        editor.clearances.clear(request_id)
    with archive_copy.open("communications") as comms:
        assert b"word/document.xml" in comms.export_public_text(version, "docx")
        assert comms.export_public_text(version, "pdf").startswith(b"%PDF")
    with archive_copy.open("advocate") as advocate, pytest.raises(Exception, match="advocate"):
        advocate.export_public_text(version, "pdf")


def test_every_user_changes_their_own_passphrase(archive_copy):
    from haart_archive.archive import Archive

    new = "orange kettle hums beside the window"
    with archive_copy.open("advocate") as advocate:
        with pytest.raises(WrongPassphrase):
            advocate.change_own_passphrase("not the passphrase at all", new)
        advocate.change_own_passphrase(PASSPHRASES["advocate"], new)
    with pytest.raises(WrongPassphrase):
        Archive.open(archive_copy.path, USER_NAMES["advocate"], PASSPHRASES["advocate"])
    with Archive.open(archive_copy.path, USER_NAMES["advocate"], new) as advocate:
        assert advocate.role == "advocate"
    with archive_copy.open("custodian") as custodian:
        assert any(line.entry.action == "passphrase changed" for line in custodian.audit_lines())
