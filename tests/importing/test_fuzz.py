"""Fuzzing every reader of outside files: any input ends in a plan or one InvalidInput.

Truncated and bit-flipped .docx/.xlsx/.pdf, binary junk under every name, random text in
any encoding, empty files and huge cells must never crash the dry run with anything but
the core's typed errors.
"""

from __future__ import annotations

import csv
import io
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from haart_archive.errors import ArchiveError
from haart_archive.importing import ImportPlan, plan_import
from tests.importing.sources import docx_file, intake_sheet_rows, pdf_file, xlsx_file

FUZZ = settings(
    max_examples=int(os.environ.get("HAART_FUZZ_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
SUFFIXES = [".csv", ".xlsx", ".docx", ".pdf", ".txt", ".md"]


def _plan_or_typed_error(path) -> ImportPlan | None:
    try:
        plan = plan_import(path)
    except ArchiveError as error:
        assert error.message.strip() and "Traceback" not in error.message
        return None
    assert isinstance(plan, ImportPlan)
    for problem in (*plan.problems, *plan.missing):
        assert problem.where and problem.reason
    return plan


@pytest.fixture(scope="module")
def valid_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("valid")
    rows = intake_sheet_rows()
    return {
        ".docx": docx_file(folder / "a.docx", ["The agent kept my passport in Doha."] * 5, heading="Doha").read_bytes(),
        ".xlsx": xlsx_file(folder / "a.xlsx", rows).read_bytes(),
        ".pdf": pdf_file(folder / "a.pdf", ["I was promised a job in Riyadh."] * 3).read_bytes(),
    }


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_binary_junk_under_any_name(tmp_path, data, suffix):
    path = tmp_path / f"junk{suffix}"
    path.write_bytes(data)
    _plan_or_typed_error(path)


@FUZZ
@given(suffix=st.sampled_from([".docx", ".xlsx", ".pdf"]), cut=st.floats(0, 1), data=st.data())
def test_truncated_and_bit_flipped_office_and_pdf_files(tmp_path, valid_files, suffix, cut, data):
    original = bytearray(valid_files[suffix])
    if data.draw(st.booleans(), label="flip instead of truncate"):
        for _ in range(data.draw(st.integers(1, 8), label="flips")):
            position = data.draw(st.integers(0, len(original) - 1), label="position")
            original[position] ^= data.draw(st.integers(1, 255), label="mask")
        content = bytes(original)
    else:
        content = bytes(original[: int(len(original) * cut)])
    path = tmp_path / f"broken{suffix}"
    path.write_bytes(content)
    _plan_or_typed_error(path)


@FUZZ
@given(
    rows=st.lists(st.lists(st.text(max_size=40), min_size=1, max_size=6), min_size=0, max_size=8),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_csv_with_any_cells_in_any_encoding(tmp_path, rows, encoding, delimiter):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path = tmp_path / "intake.csv"
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    _plan_or_typed_error(path)


@FUZZ
@given(text=st.text(max_size=2000), suffix=st.sampled_from([".txt", ".md"]),
       encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_text_documents_in_any_encoding(tmp_path, text, suffix, encoding):
    path = tmp_path / f"note{suffix}"
    path.write_bytes(text.encode(encoding, errors="replace"))
    plan = _plan_or_typed_error(path)
    if plan is not None:
        assert plan.testimonies[0].draft.text.strip()


@FUZZ
@given(cells=st.lists(st.one_of(st.none(), st.text(max_size=60), st.integers(-10**12, 10**12),
                                st.floats(allow_nan=False, allow_infinity=False), st.dates()),
                      min_size=10, max_size=10))
def test_xlsx_rows_of_any_values(tmp_path, cells):
    from openpyxl.utils.exceptions import IllegalCharacterError

    rows = intake_sheet_rows()[:1] + [cells]
    try:
        path = xlsx_file(tmp_path / "intake.xlsx", rows)
    except (IllegalCharacterError, ValueError):
        return  # openpyxl refuses to write such a cell; nothing for the reader to read
    _plan_or_typed_error(path)


def test_huge_cells_are_reported_not_crashed(tmp_path):
    huge = "neno " * 1_100_000  # 5.5 million characters, over the cell limit
    path = tmp_path / "intake.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["Title", "Testimony"], ["Fine", "The agent lied."], ["Huge", huge]])
    plan = plan_import(path)
    assert [item.source for item in plan.testimonies] == ["row 2"]
    assert plan.problems[0].where == "row 3"


def test_an_empty_file_of_each_kind_is_one_sentence(tmp_path):
    for suffix in SUFFIXES:
        path = tmp_path / f"empty{suffix}"
        path.write_bytes(b"")
        with pytest.raises(ArchiveError, match="empty"):
            plan_import(path)
