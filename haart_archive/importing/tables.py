"""Spreadsheets with one testimony per row: .xlsx (openpyxl, read-only) and .csv.

Rows are numbered as the spreadsheet program shows them (the header is usually row 1),
so a problem on "row 7" is found where the user looks for it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import warnings
from dataclasses import dataclass
from pathlib import Path

from haart_archive.errors import ArchiveError, InvalidInput
from haart_archive.importing.reading import (
    check_size,
    check_zip,
    decode_text,
    encoding_label,
    read_bytes,
)
from haart_archive.messages import Message

TABLE_SUFFIXES = (".xlsx", ".csv")
OLD_TABLES = {
    ".xls": Message("old Excel (.xls) files cannot be read; open it in Excel and save it as .xlsx."),
    ".ods": Message("OpenDocument spreadsheets (.ods) cannot be read; save it as .xlsx or .csv."),
    ".xlsm": Message("macro workbooks (.xlsm) are not read; save a copy as .xlsx."),
}
MAX_ROWS = 100_000
MAX_COLUMNS = 500
MAX_CELL_CHARS = 5_000_000
HEADER_SEARCH_ROWS = 20
CSV_DELIMITERS = ",;\t|"

log = logging.getLogger(__name__)

Cell = str | dt.date | dt.datetime | int | float | None


@dataclass(frozen=True)
class TableRow:
    number: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Table:
    """A header row and the rows under it (empty rows left out)."""

    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    encoding: str | None = None
    sheet: str | None = None
    bad_rows: tuple[tuple[int, str], ...] = ()


def read_table(path: Path, sheet: str | None = None) -> Table:
    """Read a spreadsheet; raises InvalidInput when the whole file cannot be used."""
    suffix = path.suffix.lower()
    if suffix in OLD_TABLES:
        raise InvalidInput(OLD_TABLES[suffix])
    if suffix not in TABLE_SUFFIXES:
        raise InvalidInput(Message(
            "this kind of file is not a spreadsheet the import reads (use .xlsx or .csv).",
        ))
    try:
        return _read_xlsx(path, sheet) if suffix == ".xlsx" else _read_csv(path)
    except ArchiveError:
        raise
    except Exception as error:  # outside files break parsers in endless ways
        log.info("spreadsheet reader failed: %s", type(error).__name__)
        raise InvalidInput(Message("it is damaged or not a real {suffix} file.", suffix=suffix)) from None


# -- .xlsx ----------------------------------------------------------------------------------
def _read_xlsx(path: Path, sheet: str | None) -> Table:
    import openpyxl

    check_size(path)
    check_zip(path, ".xlsx")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workbook = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
        try:
            if sheet is not None and sheet not in workbook.sheetnames:
                raise InvalidInput(Message(
                    "it has no sheet called '{sheet}' (it has: {sheetnames}).",
                    sheet=sheet,
                    sheetnames=', '.join(workbook.sheetnames),
                ))
            worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
            raw = []
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                if number > MAX_ROWS + HEADER_SEARCH_ROWS:
                    raise InvalidInput(Message(
                        "it has more than {max_rows:,} rows; split it first.",
                        max_rows=MAX_ROWS,
                    ))
                raw.append((number, tuple(_xlsx_cell(v) for v in values[:MAX_COLUMNS])))
            title = worksheet.title
        finally:
            workbook.close()
    return _table(raw, None, title)


def _xlsx_cell(value: object) -> Cell:
    if value is None or isinstance(value, dt.date | int | float):
        return value
    if isinstance(value, dt.time | dt.timedelta):
        return str(value)
    return str(value)


# -- .csv -----------------------------------------------------------------------------------
def _read_csv(path: Path) -> Table:
    text, encoding = decode_text(read_bytes(path))
    text = text.lstrip("\ufeff")
    dialect = _sniff(text[:65536])
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    raw = []
    bad = []
    number = 0
    while True:
        number = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error:
            bad.append(
                (
                    number,
                    "this line cannot be read as CSV (a quote is not closed, or a cell is too large); the rows "
                    "after it were not read.",
                )
            )
            break
        if len(raw) > MAX_ROWS + HEADER_SEARCH_ROWS:
            raise InvalidInput(Message(
                "it has more than {max_rows:,} rows; split it first.",
                max_rows=MAX_ROWS,
            ))
        raw.append((number, tuple(values[:MAX_COLUMNS])))
    return _table(raw, encoding_label(encoding), None, bad)


def _sniff(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        dialect = csv.Sniffer().sniff(sample.split("\n", 1)[0] or sample, delimiters=CSV_DELIMITERS)
    except csv.Error:
        return csv.excel
    class Chosen(csv.excel):
        delimiter = dialect.delimiter
    return Chosen


# -- shared ---------------------------------------------------------------------------------
def _table(raw: list[tuple[int, tuple[Cell, ...]]], encoding: str | None, sheet: str | None,
           bad: list[tuple[int, str]] | None = None) -> Table:
    rows = [(number, cells) for number, cells in raw if any(_filled(c) for c in cells)]
    if not rows:
        raise InvalidInput(Message("it has no rows with anything in them."))
    header_number, header_cells = rows[0]
    headers = tuple(" ".join(str(c).split()) if _filled(c) else "" for c in header_cells)
    if sum(1 for h in headers if h) < 1:
        raise InvalidInput(Message(
            "its first filled row ({header_number}) has no column headers.",
            header_number=header_number,
        ))
    data = []
    problems = list(bad or [])
    for number, cells in rows[1:]:
        if any(isinstance(c, str) and len(c) > MAX_CELL_CHARS for c in cells):
            problems.append(
                (number, Message("a cell holds more than {limit:,} characters.", limit=MAX_CELL_CHARS))
            )
            continue
        data.append(TableRow(number, cells))
    return Table(headers, tuple(data), encoding, sheet, tuple(problems))


def _filled(cell: Cell) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))


def raise_csv_field_limit() -> None:
    """Intake narratives can be long; the csv module's 128 KiB cell limit is too small."""
    if csv.field_size_limit() < MAX_CELL_CHARS:
        csv.field_size_limit(MAX_CELL_CHARS)


raise_csv_field_limit()
