"""Previews come from the core: a publication's preview is what its release writes, the
partner export's preview is its report, and the live leak check uses approval's allow-list."""

from __future__ import annotations

import pytest

from haart_archive.errors import PublicationRefused
from haart_archive.publishing import extract_html_text, extract_pdf_text
from haart_archive.services.redaction import allowed_identifiers
from haart_archive.types.redaction import KnownPerson
from tests.services.helpers import approved_version, consent_form
from tests.services.test_publishing_gates import spec

SURVIVOR = KnownPerson(role="survivor", names=("Zuhura Kadzo Fictional",))
RECRUITER = KnownPerson(role="recruiter", names=("Jabari Mwinyi",))


@pytest.fixture()
def ready(archive_copy):
    archive = archive_copy.open("editor")
    testimony_id = archive_copy.testimony_ids[0]
    archive.consent.grant(testimony_id, consent_form())
    yield archive, testimony_id, approved_version(archive, testimony_id)
    archive.lock()


def test_the_preview_is_what_the_release_writes(ready, tmp_path):
    archive, _testimony_id, version_id = ready
    preview = archive.publishing.preview(spec(version_id))
    _id, paths = archive.publishing.build(spec(version_id), tmp_path / "out")
    written = {path.suffix: path.read_bytes() for path in paths}
    assert preview.html == written[".html"]
    assert extract_pdf_text(preview.pdf) == extract_pdf_text(written[".pdf"])
    pages = preview.pdf_pages()
    assert pages and "Voices from the coast" in pages[0]
    assert "Zuhura" not in extract_html_text(preview.html)


def test_no_preview_while_an_item_is_refused(ready):
    archive, testimony_id, version_id = ready
    archive.consent.withdraw(testimony_id)
    with pytest.raises(PublicationRefused) as refused:
        archive.publishing.preview(spec(version_id))
    assert "withdrawn" in " ".join(refused.value.reasons)


def test_the_partner_preview_reports_what_the_export_reports(ready, tmp_path):
    archive, _testimony_id, _version_id = ready
    preview = archive.publishing.preview_partner_export(2)
    _id, _paths, report = archive.publishing.export_partner(tmp_path / "partner", 2)
    assert preview.report == report
    assert archive.publishing.preview_partner_export(2, aggregate_only=True).rows == []
    with pytest.raises(Exception, match="at least 2"):
        archive.publishing.preview_partner_export(1)


@pytest.mark.parametrize(("anonymity", "allowed"), [
    ("anonymous", []),
    ("pseudonym", []),
    ("first_name", ["Zuhura"]),
    ("full_name", ["Zuhura Kadzo Fictional", "Jabari Mwinyi"]),
])
def test_the_allow_list_follows_the_consented_anonymity(anonymity, allowed):
    assert allowed_identifiers(anonymity, [SURVIVOR, RECRUITER]) == allowed


def test_the_live_leak_check_applies_the_allow_list(ready):
    archive, _testimony_id, _version_id = ready
    text = "Zuhura told us how the agent took her passport."
    assert not archive.redaction.check_draft(text, [SURVIVOR], [], "anonymous").passed
    assert archive.redaction.check_draft(text, [SURVIVOR], [], "first_name").passed
