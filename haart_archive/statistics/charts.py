"""Charts of suppressed counts, drawn with matplotlib's Agg and SVG renderers (no Qt, no display).

Why matplotlib rather than QtCharts: the same drawing serves the app (a PNG shown in a label),
the exported PNG, SVG and CSV files, and the evidence briefs' PDF and HTML, which are made in
the core where Qt may not be imported; it runs headless on the CI and in the command line,
and it ships its own font (DejaVu Sans) so a chart looks the same everywhere.

Every chart has its table beside it, so nothing is read only from the picture: suppressed
counts are written "<k" (fewer than k) or "–" (hidden so a small count cannot be worked out),
and the chart shows no bar or point for them.
"""

from __future__ import annotations

import io
import math

import matplotlib
from matplotlib.figure import Figure

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.types.statistics import NOT_RECORDED, StatisticsTable

FORMATS = ("png", "svg")
_BAR = "#2b6f9e"
_SERIES = ("#2b6f9e", "#d9822b", "#4f9a4a", "#a23b72", "#6b6b6b", "#c9b037", "#3fa7b5", "#8c564b")
_MAX_LABEL = 28
_ALL_HIDDEN = ("Every count here is hidden (too few testimonies); see the table.",
               "Idadi zote hapa zimefichwa (shuhuda ni chache mno); tazama jedwali.")


def draw_chart(table: StatisticsTable, fmt: str = "png", *, language: str = "en", dpi: int = 110,
               table_beside: bool = True) -> bytes:
    """The chart of `table` with its table beside it (unless the caller prints the table
    itself, as briefs do), as PNG or SVG bytes."""
    if fmt not in FORMATS:
        raise InvalidInput(Message("A chart is drawn as png or svg, not {fmt}.", fmt=fmt))
    figure = chart_figure(table, language=language, table_beside=table_beside)
    out = io.BytesIO()
    # No date or software in the file, and fixed SVG ids: the same counts give the same bytes.
    metadata = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
    with matplotlib.rc_context({"svg.hashsalt": "haart-archive"}):
        figure.savefig(out, format=fmt, dpi=dpi, metadata=metadata)
    return out.getvalue()


def chart_figure(table: StatisticsTable, *, language: str = "en", table_beside: bool = True) -> Figure:
    """A matplotlib figure (not attached to any window): the chart left, the table right."""
    rows, header = table_cells(table, language)
    table_axes = None
    if not table_beside:
        figure = Figure(figsize=(8, max(3.5, min(9.0, 1.2 + 0.3 * len(rows)))), layout="constrained")
        chart_axes = figure.subplots()
    elif len(header) <= 3:  # one field: the table beside the chart
        height = max(4.0, min(12.0, 1.2 + 0.28 * len(rows)))
        figure = Figure(figsize=(11, height), layout="constrained")
        chart_axes, table_axes = figure.subplots(1, 2, width_ratios=(3, 2))
    else:  # a crossing: its table is wide, so it goes under the chart
        height = 4.5 + 0.25 * (len(rows) + 1)
        figure = Figure(figsize=(max(11.0, 1.1 * len(header)), height), layout="constrained")
        chart_axes, table_axes = figure.subplots(2, 1, height_ratios=(4.5, 0.25 * (len(rows) + 1)))
    if "year" in table.fields:
        _lines(chart_axes, table, language)
    elif len(table.fields) == 1:
        _bars(chart_axes, table, language)
    else:
        _grouped_bars(chart_axes, table, language)
    if all(cell.suppressed for cell in table.cells if not cell.is_total):
        chart_axes.text(0.5, 0.5, _ALL_HIDDEN[language == "sw"], transform=chart_axes.transAxes, ha="center",
                        va="center", fontsize=10, color="#555", wrap=True)
    if table_axes is not None:
        _table(table_axes, rows, header)
    figure.suptitle(title(table, language), fontsize=12)
    chart_axes.set_title(table.note(language), fontsize=7, loc="left", wrap=True)
    return figure


def title(table: StatisticsTable, language: str = "en") -> str:
    names = [field.title(language) for field in table.stat_fields]
    joiner = " kwa " if language == "sw" else " by "
    lead = "Shuhuda kwa " if language == "sw" else "Testimonies by "
    return lead + joiner.join(name.lower() for name in names)


def table_cells(table: StatisticsTable, language: str = "en") -> tuple[list[list[str]], list[str]]:
    """The table beside the chart as text: one row per value of the first field (and a total
    row); for two fields one column per value of the second and a total column."""
    total_word = "Jumla" if language == "sw" else "Total"
    by_values = {cell.values: cell for cell in table.cells}
    firsts = table.values(0)
    if len(table.fields) == 1:
        header = [table.stat_fields[0].title(language), "Idadi" if language == "sw" else "Count"]
        rows = [[_short(table.label(0, value, language)), table.cell_text(by_values[(value,)])] for value in firsts]
        rows.append([total_word, table.cell_text(by_values[(None,)])])
        return rows, header
    seconds = table.values(1)
    header = [table.stat_fields[0].title(language)] + [_short(table.label(1, v, language)) for v in seconds]
    header.append(total_word)
    rows = []
    for first in [*firsts, None]:
        row = [_short(table.label(0, first, language))]
        for second in [*seconds, None]:
            cell = by_values.get((first, second))
            row.append(table.cell_text(cell) if cell is not None else "0")
        rows.append(row)
    return rows, header


def _bars(axes, table: StatisticsTable, language: str) -> None:
    values = table.values(0)
    cells = {cell.values[0]: cell for cell in table.cells}
    labels = [_short(table.label(0, value, language)) for value in values]
    counts = [cells[value].count or 0 for value in values]
    positions = range(len(values))
    axes.barh(positions, counts, color=[_BAR if cells[v].count is not None else "none" for v in values])
    for position, value in zip(positions, values, strict=True):
        cell = cells[value]
        text = str(cell.count) if cell.count is not None else table.cell_text(cell)
        axes.annotate(text, (cell.count or 0, position), xytext=(3, 0), textcoords="offset points",
                      va="center", fontsize=8, color="#222" if cell.count is not None else "#888")
    axes.set_yticks(list(positions), labels, fontsize=8)
    axes.invert_yaxis()
    axes.set_xlabel("Shuhuda" if language == "sw" else "Testimonies")
    axes.spines[["top", "right"]].set_visible(False)


def _grouped_bars(axes, table: StatisticsTable, language: str) -> None:
    firsts, seconds = table.values(0), table.values(1)
    cells = {cell.values: cell for cell in table.cells}
    width = 0.8 / max(1, len(seconds))
    for index, second in enumerate(seconds):
        positions = [row + index * width for row in range(len(firsts))]
        counts = [(cells.get((first, second)) and cells[(first, second)].count) or 0 for first in firsts]
        axes.barh(positions, counts, height=width, color=_SERIES[index % len(_SERIES)],
                  label=_short(table.label(1, second, language)))
    axes.set_yticks([row + 0.4 - width / 2 for row in range(len(firsts))],
                    [_short(table.label(0, first, language)) for first in firsts], fontsize=8)
    axes.invert_yaxis()
    axes.legend(fontsize=7, title=table.stat_fields[1].title(language), title_fontsize=7)
    axes.set_xlabel("Shuhuda" if language == "sw" else "Testimonies")
    axes.spines[["top", "right"]].set_visible(False)


def _lines(axes, table: StatisticsTable, language: str) -> None:
    """Years along the x axis: one line, or one line per value of the other field. A hidden
    count is a gap in its line, never a point."""
    year_axis = table.fields.index("year")
    other = 1 - year_axis if len(table.fields) == 2 else None
    years = [value for value in table.values(year_axis) if value != NOT_RECORDED]
    cells = {cell.values: cell for cell in table.cells}
    series = [None] if other is None else table.values(other)
    published = [cell.count for cell in table.cells if cell.count is not None and not cell.is_total]
    for index, value in enumerate(series):
        counts = []
        for year in years:
            key = (year,) if other is None else ((year, value) if year_axis == 0 else (value, year))
            cell = cells.get(key)
            counts.append(math.nan if cell is None or cell.count is None else cell.count)
        label = None if value is None else _short(table.label(other, value, language))
        axes.plot([int(year) for year in years], counts, marker="o", color=_SERIES[index % len(_SERIES)],
                  label=label)
    if years:
        axes.set_xticks([int(year) for year in years], years, fontsize=8)
        axes.set_xlim(int(years[0]) - 0.5, int(years[-1]) + 0.5)
    axes.set_ylim(0, max([*published, 1]) * 1.12)
    axes.set_ylabel("Shuhuda" if language == "sw" else "Testimonies")
    if other is not None:
        axes.legend(fontsize=7, title=table.stat_fields[other].title(language), title_fontsize=7)
    axes.spines[["top", "right"]].set_visible(False)


def _table(axes, rows: list[list[str]], header: list[str]) -> None:
    axes.axis("off")
    drawn = axes.table(cellText=rows, colLabels=header, loc="upper center", cellLoc="left")
    drawn.auto_set_font_size(False)
    drawn.set_fontsize(7 if len(header) > 3 else 8)
    drawn.auto_set_column_width(list(range(len(header))))
    for (row, _col), cell in drawn.get_celld().items():
        if row == 0 or row == len(rows):
            cell.set_text_props(fontweight="bold")


def _short(text: str) -> str:
    return text if len(text) <= _MAX_LABEL else text[: _MAX_LABEL - 1] + "…"
