"""Fictional intake files built with the same libraries the import reads them with."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PIL import Image


def docx_file(path: Path, paragraphs: list[str], *, heading: str = "", title: str = "") -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    if heading:
        document.add_heading(heading, 1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def pdf_file(path: Path, lines: list[str], *, title: str | None = None) -> Path:
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    page = canvas.Canvas(str(path))
    if title is not None:
        page.setTitle(title)
    y = 750
    for line in lines:
        page.drawString(72, y, line)
        y -= 18
    page.save()
    return path


def xlsx_file(path: Path, rows: list[list]) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Intake"
    for row in rows:
        sheet.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(str(path))
    return path


def csv_file(path: Path, rows: list[list], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def photo(path: Path, colour: str = "red") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (16, 12), colour).save(str(path))
    return path


HEADERS = ["Case title", "Narrative", "County", "Date of interview", "Survivor name", "Gender",
           "Phone", "Recruiter", "Exploitation", "Photos"]


def intake_sheet_rows() -> list[list]:
    """Five rows: three good, one with an unknown county, one with no text."""
    return [
        HEADERS,
        [
            "Promised a hotel job",
            "The agent promised me hotel work in Doha and kept my passport.",
            "Kilifi",
            "12/03/2023",
            "Fictional Amina Chao",
            "F",
            712345678,
            "Fictional Agent Oloo",
            "forced labour",
            "amina.jpg",
        ],
        [
            "Kazi ya nyumbani",
            "Nilifanya kazi za nyumbani bila mshahara kwa miezi minne na wakala alichukua pasipoti yangu.",
            "Mombasa",
            "2023-05-02",
            "",
            "",
            "",
            "",
            "domestic servitude",
            "",
        ],
        [
            "A far county",
            "I was taken to a farm and worked without pay.",
            "Atlantis",
            "2023-01-01",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        ["No narrative", "", "Kwale", "2023-01-01", "", "", "", "", "", ""],
        [
            "Fishing boat",
            "We fished for months and never saw the wages we were promised.",
            "Lamu",
            "3 March 2022",
            "Fictional Juma Bakari",
            "male",
            "0722 000 111",
            "",
            "forced labour; Domestic servitude",
            "juma.png; lost.jpg",
        ],
    ]
