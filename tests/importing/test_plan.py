"""The dry run: what will be created, what is missing, and every unreadable file or row."""

from __future__ import annotations

import json

import pytest

from haart_archive.errors import InvalidInput
from haart_archive.importing import load_mapping, plan_import
from tests.importing.sources import (
    csv_file,
    docx_file,
    intake_sheet_rows,
    pdf_file,
    photo,
    xlsx_file,
)


def test_folder_plan_one_testimony_per_document_with_titles_languages_and_photos(tmp_path):
    folder = tmp_path / "intake"
    docx_file(folder / "case 3.docx", ["Nilikuwa na kazi huko Dubai lakini wakala alichukua pasipoti yangu."],
              heading="Safari ya Dubai")
    docx_file(folder / "case 30.docx", ["The employer kept my passport and I was not paid for a year."],
              title="Kept passport")
    pdf_file(folder / "intake-2023-04.pdf", ["I was promised a job in Riyadh and the agent took my passport."])
    (folder / "notes.md").write_text("# A farm in Nakuru\n\nWe worked in the fields and were never paid.\n")
    (folder / "walk-in.txt").write_bytes("The recruiter said the café job was real and it was not.".encode("cp1252"))
    photo(folder / "case 3-scar.jpg")
    photo(folder / "case 3 (2).png")
    photo(folder / "stray.jpg")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 not really")
    (folder / "~$case 3.docx").write_bytes(b"lock")

    plan = plan_import(folder)

    by_source = {item.source: item for item in plan.testimonies}
    assert sorted(by_source) == ["case 3.docx", "case 30.docx", "intake-2023-04.pdf", "notes.md", "walk-in.txt"]
    assert by_source["case 3.docx"].draft.title == "Safari ya Dubai"
    assert by_source["case 3.docx"].draft.language == "sw"
    assert sorted(p.name for p in by_source["case 3.docx"].attachments) == ["case 3 (2).png", "case 3-scar.jpg"]
    assert by_source["case 30.docx"].draft.title == "Kept passport"
    assert by_source["case 30.docx"].attachments == ()
    assert by_source["intake-2023-04.pdf"].draft.title == "intake-2023-04"
    assert "Riyadh" in by_source["intake-2023-04.pdf"].draft.text
    assert by_source["notes.md"].draft.title == "A farm in Nakuru"
    assert by_source["walk-in.txt"].draft.text.endswith("café job was real and it was not.")
    assert "read as Windows-1252 (cp1252)" in by_source["walk-in.txt"].notes
    problems = {p.where: p.reason for p in plan.problems}
    assert set(problems) == {"old.doc", "stray.jpg"}
    assert ".docx" in problems["old.doc"]
    assert plan.attachment_count == 2


def test_unreadable_documents_are_listed_with_the_reason(tmp_path):
    folder = tmp_path / "intake"
    good = docx_file(folder / "good.docx", ["The agent promised work in Jeddah."])
    (folder / "truncated.docx").write_bytes(good.read_bytes()[:300])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    pdf_file(folder / "scan.pdf", [])

    plan = plan_import(folder)

    assert [item.source for item in plan.testimonies] == ["good.docx"]
    problems = {p.where: p.reason for p in plan.problems}
    assert "damaged" in problems["truncated.docx"]
    assert "empty" in problems["empty.txt"]
    assert "binary" in problems["binary.txt"]
    assert "no text" in problems["scan.pdf"]


def test_spreadsheet_dry_run_lists_bad_rows_by_number_and_reason(tmp_path):
    sheet = xlsx_file(tmp_path / "intake.xlsx", intake_sheet_rows())
    photo(tmp_path / "amina.jpg")
    photo(tmp_path / "juma.png")

    plan = plan_import(sheet)

    assert plan.mapping_guessed
    assert plan.mapping["text"] == "Narrative" and plan.mapping["survivor_name"] == "Survivor name"
    assert [item.source for item in plan.testimonies] == ["row 2", "row 3", "row 6"]
    problems = [(p.where, p.reason) for p in plan.problems]
    assert problems[0][0] == "row 4" and "Atlantis" in problems[0][1] and "counties" in problems[0][1]
    assert problems[1][0] == "row 5" and "text" in problems[1][1] and "empty" in problems[1][1]
    assert len(problems) == 2
    assert [(p.where, "no such file" in p.reason) for p in plan.missing] == [("row 6, attachment 'lost.jpg'", True)]
    amina, kazi, juma = (item.draft for item in plan.testimonies)
    assert amina.county == "kilifi" and amina.told_on.isoformat() == "2023-03-12"
    assert amina.people[0].identity.phones == ("0712345678",)  # the leading zero Excel dropped
    assert amina.people[0].profile.gender == "female"
    assert [p.role for p in amina.people] == ["survivor", "recruiter"]
    assert kazi.language == "sw" and kazi.tags.exploitation == ("domestic_servitude",)
    assert juma.tags.exploitation == ("forced_labour", "domestic_servitude")
    assert juma.told_on.isoformat() == "2022-03-03"
    summary = "\n".join(plan.summary())
    assert "Guessed the column mapping" in summary and "row 4:" in summary and "row 5:" in summary
    # Rows were skipped, so the spreadsheet still holds data the archive does not.
    assert sheet not in plan.source_files()


def test_mapping_file_chooses_columns_and_reports_unmapped_ones(tmp_path):
    rows = [["Ref", "Maelezo", "Kaunti", "Extra notes"],
            ["K-1", "Wakala alichukua pasipoti yangu na sikulipwa.", "Kwale", "kept aside"]]
    sheet = csv_file(tmp_path / "intake.csv", rows, encoding="utf-8-sig")
    mapping_file = tmp_path / "mapping.json"
    mapping_file.write_text(json.dumps({"title": "Ref", "text": "Maelezo", "county": "Kaunti"}))

    mapping, sheet_name = load_mapping(mapping_file)
    plan = plan_import(sheet, mapping, sheet=sheet_name)

    assert not plan.mapping_guessed
    assert plan.encoding == "UTF-8 with a byte-order mark"
    assert plan.unmapped_columns == ("Extra notes",)
    assert plan.testimonies[0].draft.title == "K-1" and plan.testimonies[0].draft.county == "kwale"


def test_a_mapping_naming_a_missing_column_is_refused_with_the_headers(tmp_path):
    sheet = csv_file(tmp_path / "intake.csv", [["Title", "Story"], ["T", "Some text"]])
    with pytest.raises(InvalidInput, match="'Narrative'.*'Title', 'Story'"):
        plan_import(sheet, {"text": "Narrative"})


def test_no_text_column_asks_for_a_mapping(tmp_path):
    sheet = csv_file(tmp_path / "intake.csv", [["Ref", "Body"], ["T", "Some text"]])
    with pytest.raises(InvalidInput, match="--mapping"):
        plan_import(sheet)


@pytest.mark.parametrize(("encoding", "label"), [
    ("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 with a byte-order mark"),
    ("cp1252", "Windows-1252 (cp1252)"), ("utf-16", "UTF-16"),
])
def test_csv_encodings_are_read_and_named(tmp_path, encoding, label):
    rows = [["Title", "Testimony"], ["Café job", "The employer in Doha kept my passport – for months."]]
    plan = plan_import(csv_file(tmp_path / "intake.csv", rows, encoding=encoding))
    assert plan.encoding == label
    assert plan.testimonies[0].draft.title == "Café job"
    assert "– for months" in plan.testimonies[0].draft.text


def test_semicolon_csv_and_day_first_dates(tmp_path):
    rows = [["Title", "Testimony", "Date"], ["A", "The agent lied about the job.", "05/04/2021"]]
    plan = plan_import(csv_file(tmp_path / "intake.csv", rows, delimiter=";"))
    assert plan.testimonies[0].draft.told_on.isoformat() == "2021-04-05"


def test_binary_junk_named_csv_is_one_clear_error(tmp_path):
    junk = tmp_path / "intake.csv"
    junk.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    with pytest.raises(InvalidInput, match="intake.csv.*binary"):
        plan_import(junk)


def test_spreadsheet_that_imports_whole_is_offered_for_deletion(tmp_path):
    sheet = csv_file(tmp_path / "intake.csv", [["Title", "Testimony", "Photos"],
                                               ["A", "The agent lied about the job.", "a.jpg"]])
    picture = photo(tmp_path / "a.jpg")
    plan = plan_import(sheet)
    assert plan.source_files() == [sheet, picture]
