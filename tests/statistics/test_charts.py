"""Charts drawn headless: valid PNG and SVG files whose table shows suppressed cells as such."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PIL import Image

from haart_archive.archive import export_statistics, statistics_chart
from haart_archive.errors import InvalidInput
from haart_archive.statistics.charts import table_cells
from haart_archive.statistics.counting import count_by
from haart_archive.types.statistics import StatisticsTable


def _facts() -> list[dict]:
    facts = []
    for index in range(60):
        facts.append({
            "sex": ("female",) if index % 5 else ("male",),
            "year": (str(2019 + index % 4),) if index < 57 else ("2024",),
            "destination_country": ("SA",) if index < 35 else (("AE",) if index < 55 else ("QA",)),
        })
    return facts


def _table(*fields: str, k: int = 11) -> StatisticsTable:
    facts = _facts()
    return StatisticsTable(tuple(fields), k, count_by(facts, fields, k), len(facts))


@pytest.mark.parametrize("fields", [("destination_country",), ("year",), ("sex", "year"),
                                    ("destination_country", "sex")])
def test_png_and_svg_are_valid_files(fields, tmp_path):
    table = _table(*fields)
    png = statistics_chart(table, "png")
    image = Image.open(io.BytesIO(png))
    image.verify()
    assert image.format == "PNG" and image.size[0] >= 800
    svg = statistics_chart(table, "svg")
    assert ET.fromstring(svg).tag.endswith("svg")
    assert statistics_chart(table, "svg") == svg
    assert statistics_chart(table, "png") == png, "the same counts give the same bytes (no date inside)"
    for suffix in ("png", "svg", "csv"):
        assert export_statistics(table, tmp_path / f"chart.{suffix}").stat().st_size > 0


def test_the_table_beside_the_chart_marks_suppressed_counts():
    table = _table("destination_country")
    rows, header = table_cells(table)
    assert header == ["Destination country", "Count"]
    by_label = dict(rows)
    assert by_label["Saudi Arabia"] == "35" and by_label["Qatar"] == "<11"
    assert by_label["United Arab Emirates"] == "–", "20 with the total 60 and Saudi Arabia's 35 would give Qatar's 5"
    assert by_label["Total"] == "60"
    svg = statistics_chart(table, "svg").decode("utf-8")
    assert "&lt;11" in svg and ">5<" not in svg


def test_csv_has_codes_labels_and_empty_suppressed_counts():
    rows = list(csv.DictReader(io.StringIO(_table("sex", "year").to_csv("sw"))))
    assert {"sex", "sex_label", "year", "year_label", "count", "suppressed", "reason"} <= set(rows[0])
    for row in rows:
        assert row["count"] == "" or int(row["count"]) >= 11 or int(row["count"]) == 0
        assert (row["count"] == "") == (row["suppressed"] == "yes")
    assert any(row["sex_label"] == "Mwanamke" for row in rows)


def test_unknown_formats_are_refused(tmp_path):
    with pytest.raises(InvalidInput):
        statistics_chart(_table("sex"), "gif")
    with pytest.raises(InvalidInput):
        export_statistics(_table("sex"), tmp_path / "chart.xlsx")
    assert not (tmp_path / "chart.xlsx").exists()


def test_charts_never_load_qt():
    code = ("import sys; from haart_archive.statistics import charts; import matplotlib; "
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'PyQt'))]; print(matplotlib.get_backend())")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
