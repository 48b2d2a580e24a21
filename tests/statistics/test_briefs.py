"""Evidence briefs: statistics (suppressed) with approved quotes, built, read back, refused when a
quote's consent is withdrawn, and listed for takedown when a quoted survivor withdraws."""

from __future__ import annotations

import pytest

from haart_archive.errors import PublicationRefused
from haart_archive.publishing import extract_html_text, html_images, read_pdf
from haart_archive.types.briefs import BriefSpec
from tests.services.helpers import approved_version, consent_form
from tests.statistics.test_statistics_service import _draft

SURVIVOR_PARTS = ("Zuhura", "Kadzo", "Jabari", "Mwinyi", "0712 345 678", "Kaloleni")


def brief(version_id: str, excerpt: str = "", **changes) -> BriefSpec:
    data = {
        "title": "Recruited for work abroad: evidence for county assemblies",
        "channel": "report",
        "framing_text": "Most survivors HAART met were promised domestic work in the Gulf (invented data).",
        "statistics": [{"by": "destination_country", "caption": "Where survivors were taken"},
                       {"by": "year"}, {"by": "sex,age_band", "k": 11}],
        "quotes": [{"version": version_id, "caption": "A survivor, in her own words", "excerpt": excerpt}],
        "file_name": "kilifi-brief",
    }
    data.update(changes)
    return BriefSpec.from_dict(data)


@pytest.fixture()
def ready(archive_copy):
    """An editor's session: 40 counted testimonies, and a quotable approved version."""
    archive = archive_copy.open("editor")
    for testimony_id in archive.testimonies.add_many([_draft(i) for i in range(40)]):
        archive.consent.grant(testimony_id, consent_form(uses=("case_work", "research")))
    testimony_id = archive_copy.testimony_ids[0]
    archive.consent.grant(testimony_id, consent_form())
    version_id = approved_version(archive, testimony_id)
    yield archive, testimony_id, version_id
    archive.lock()


def test_a_brief_is_built_read_back_and_registered(ready, tmp_path):
    archive, testimony_id, version_id = ready
    excerpt = "At the airport the employer took my passport"
    version_text = archive.redaction.version(version_id).text
    assert excerpt in version_text
    publication_id, paths = archive.briefs.build(brief(version_id, excerpt), tmp_path / "out")
    assert sorted(p.suffix for p in paths) == [".html", ".pdf"]
    pdf = read_pdf(next(p for p in paths if p.suffix == ".pdf").read_bytes())
    text = " ".join(" ".join(pdf.pages).split())
    assert "county assemblies" in text and "took my passport" in text
    assert "Saudi Arabia" in text and "26" in text, "the published count is in the table"
    assert "<11" in text, "suppressed counts are marked, not printed"
    html = next(p for p in paths if p.suffix == ".html").read_bytes()
    html_text = extract_html_text(html)
    assert "Saudi Arabia" in html_text and "&lt;11" not in html_text and "<11" in html_text
    assert len(html_images(html)) == 3 and all(image.startswith(b"\x89PNG") for image in html_images(html))
    for part in SURVIVOR_PARTS:
        assert part not in text and part not in html_text
    record = archive.publishing.get(publication_id)
    assert record.kind == "evidence_brief" and record.items[0]["testimony_id"] == testimony_id
    (tmp_path / "brief.pdf").write_bytes(next(p for p in paths if p.suffix == ".pdf").read_bytes())


def test_a_small_count_never_reaches_the_brief(ready):
    archive, _testimony_id, version_id = ready
    preview = archive.briefs.preview(brief(version_id))
    table = archive.statistics.table("destination_country")
    hidden = [cell for cell in table.cells if cell.suppressed]
    assert hidden
    text = " ".join(" ".join(preview.pdf_pages()).split())
    # Qatar's 2 and the Emirates' 12 (which would give Qatar's away) are not printed anywhere.
    assert "United Arab Emirates –" in text and "Qatar <11" in text and "United Arab Emirates 12" not in text


def test_withdrawn_consent_refuses_the_brief_and_lists_the_released_one_for_takedown(ready, tmp_path):
    archive, testimony_id, version_id = ready
    publication_id, _paths = archive.briefs.build(brief(version_id), None)
    archive.consent.withdraw(testimony_id)
    with pytest.raises(PublicationRefused) as refused:
        archive.briefs.build(brief(version_id), tmp_path / "again")
    assert "withdrawn" in " ".join(refused.value.reasons)
    assert not (tmp_path / "again").exists(), "nothing is written when a gate refuses"
    assert publication_id in [record.id for record in archive.publishing.takedown_list()]


def test_communications_need_an_editors_clearance_of_exactly_this_brief(archive_copy, ready, tmp_path):
    archive, _testimony_id, version_id = ready
    spec = brief(version_id)
    archive.lock()
    with archive_copy.open("communications") as comms:
        report = comms.briefs.check(spec)
        assert not report.ok and "needs an editor" in " ".join(report.reasons())
    with archive_copy.open("editor") as editor:
        editor.briefs.clear(spec)
    with archive_copy.open("communications") as comms:
        assert comms.briefs.check(spec).ok
        changed = brief(version_id, framing_text="Changed after clearance.")
        assert not comms.briefs.check(changed).ok, "a clearance covers exactly the output it checked"
        publication_id, paths = comms.briefs.build(spec, tmp_path / "out")
        assert paths and comms.publishing.get(publication_id).kind == "evidence_brief"


def test_a_brief_whose_output_names_the_survivor_is_refused(ready):
    archive, _testimony_id, version_id = ready
    spec = brief(version_id, framing_text="We thank Zuhura Kadzo Fictional for her courage.")
    report = archive.briefs.check(spec)
    assert not report.ok and any("name" in r.lower() for r in report.reasons()), report.reasons()
    # A figure's caption is typed by staff: it is leak-checked like the framing text.
    spec = brief(version_id, statistics=[{"by": "route", "caption": "Routes, as Zuhura Kadzo Fictional told us"}])
    assert not archive.briefs.check(spec).ok


def test_the_brief_command_checks_and_builds(ready, archive_copy, capsys, monkeypatch, tmp_path):
    import json

    from haart_archive.cli import main
    from tests.conftest import PASSPHRASES, USER_NAMES

    archive, _testimony_id, version_id = ready
    archive.lock()
    spec = tmp_path / "brief.json"
    spec.write_text(json.dumps({"title": "Routes abroad", "channel": "report", "statistics": [{"by": "route"}],
                                "quotes": [{"version": version_id}]}), encoding="utf-8")
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["editor"])
    user = USER_NAMES["editor"]
    assert main(["brief", "check", str(archive_copy.path), "--spec", str(spec), "--user", user]) == 0
    assert main(["brief", "build", str(archive_copy.path), "--spec", str(spec), "--out", str(tmp_path / "o"),
                 "--user", user]) == 0
    assert "Wrote" in capsys.readouterr().out and list((tmp_path / "o").glob("*.pdf"))
