"""Write a partner export as CSV or JSON files, with its data dictionary beside it.

Only the export's public, de-identified values are written: the rows, the aggregate
tables, the data dictionary and the suppression report. File names come from a neutral
name the person exporting chooses; every file is written atomically.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from pathlib import Path

from haart_archive.publishing.ctdc import COLUMNS, DATA_DICTIONARY
from haart_archive.publishing.files import output_file_name, write_atomically
from haart_archive.publishing.partner import PartnerExport

DEFAULT_NAME = "partner-export"
_AGGREGATE_COLUMNS = ("variable", "value", "count", "suppressed")


def export_files_csv(export: PartnerExport, name: str = DEFAULT_NAME) -> dict[str, bytes]:
    """The CSV files of an export, in memory: file name -> bytes (UTF-8)."""
    report = asdict(export.report)
    report_rows = [
        (key, "; ".join(map(str, value)) if isinstance(value, tuple) else value)
        for key, value in report.items()
    ]
    return {
        output_file_name(name, "csv", suffix="cases"): _csv(
            COLUMNS, [[row[c] for c in COLUMNS] for row in export.rows]
        ),
        output_file_name(name, "csv", suffix="aggregates"): _csv(
            _AGGREGATE_COLUMNS,
            [[cell[c] for c in _AGGREGATE_COLUMNS] for cell in export.aggregates],
        ),
        output_file_name(name, "csv", suffix="data-dictionary"): _csv(
            ("variable", "description", "values"),
            [[entry.variable, entry.description, entry.values] for entry in DATA_DICTIONARY],
        ),
        output_file_name(name, "csv", suffix="report"): _csv(("item", "value"), report_rows),
    }


def export_file_json(export: PartnerExport, name: str = DEFAULT_NAME) -> dict[str, bytes]:
    """The JSON file of an export, in memory: one document with everything in it."""
    document = {
        "standard": "Counter Trafficking Data Collaborative (CTDC) variables",
        "data_dictionary": [asdict(entry) for entry in DATA_DICTIONARY],
        "cases": export.rows,
        "aggregates": export.aggregates,
        "report": asdict(export.report),
    }
    data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    return {output_file_name(name, "json"): data}


def write_csv(export: PartnerExport, directory: Path, name: str = DEFAULT_NAME) -> list[Path]:
    """Write the cases, aggregates, data dictionary and report as CSV files."""
    return _write_all(export_files_csv(export, name), directory)


def write_json(export: PartnerExport, directory: Path, name: str = DEFAULT_NAME) -> list[Path]:
    """Write the export, its data dictionary and report as one JSON file."""
    return _write_all(export_file_json(export, name), directory)


def _write_all(files: dict[str, bytes], directory: Path) -> list[Path]:
    return [write_atomically(Path(directory), file_name, data) for file_name, data in files.items()]


def _csv(header, rows) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(["" if value is None else value for value in row] for row in rows)
    return out.getvalue().encode("utf-8")
