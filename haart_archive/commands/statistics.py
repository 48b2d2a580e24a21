"""`haart-archive stats`: counts of testimonies by one or two fields, small cells suppressed."""

from __future__ import annotations

import argparse
from pathlib import Path

from haart_archive.archive import export_statistics
from haart_archive.commands.common import add_path, add_user_option, open_archive, print_json
from haart_archive.types.statistics import DEFAULT_K, STAT_FIELDS, StatisticsTable


def register(subparsers: argparse._SubParsersAction) -> None:
    names = ", ".join(field.name for field in STAT_FIELDS)
    parser = subparsers.add_parser(
        "stats",
        help="count testimonies by one or two fields, small counts suppressed",
        description=(
            "Count testimonies whose consent allows research and statistics, by one field or two crossed "
            f"({names}). Counts below k, and counts from which one could be worked out, are suppressed."
        ),
    )
    add_path(parser)
    add_user_option(parser)
    parser.add_argument("--by", required=True, metavar="FIELD[,FIELD]", help=f"one or two of: {names}")
    parser.add_argument("--k", type=int, default=DEFAULT_K, help=f"smallest count published (default {DEFAULT_K})")
    parser.add_argument("--json", action="store_true",
                        help="print rows: each field's value (null in totals) and count (null when suppressed)")
    parser.add_argument("--out", type=Path, action="append", default=[], metavar="FILE",
                        help="also write the chart or table: FILE.png, .svg or .csv (repeatable)")
    parser.add_argument("--language", choices=["en", "sw"], default="en", help="language of labels")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        table = archive.statistics.table(args.by, args.k)
    for path in args.out:
        export_statistics(table, path, language=args.language)
    if args.json:
        print_json(table.rows())
        return 0
    print_table(table, args.language)
    for path in args.out:
        print(f"Wrote {path}")
    return 0


def print_table(table: StatisticsTable, language: str = "en") -> None:
    fields = table.stat_fields
    print(" × ".join(field.title(language) for field in fields) + f"  (k = {table.k})")
    print(table.note(language))
    print()
    labels = [[table.label(axis, value, language) for axis, value in enumerate(cell.values)] for cell in table.cells]
    widths = [max([len(field.title(language))] + [len(row[axis]) for row in labels]) for axis, field in
              enumerate(fields)]
    print("  ".join(field.title(language).ljust(width) for field, width in zip(fields, widths, strict=True))
          + "  Count")
    for cell, row in zip(table.cells, labels, strict=True):
        text = "  ".join(label.ljust(width) for label, width in zip(row, widths, strict=True))
        suffix = "" if not cell.suppressed else ("  (fewer than k)" if cell.reason == "fewer than k"
                                                 else "  (hidden: would reveal a small count)")
        print(f"{text}  {table.cell_text(cell, language)}{suffix}")
