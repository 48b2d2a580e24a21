"""`haart-archive import`: testimonies from a folder of intake documents or a spreadsheet."""

from __future__ import annotations

import argparse
from pathlib import Path

from haart_archive.archive import Archive, load_import_mapping, plan_import
from haart_archive.commands.common import (
    ProgressLine,
    add_path,
    add_user_option,
    open_archive,
    print_json,
)
from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.types.importing import ImportPlan


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import testimonies from a folder of documents or a spreadsheet",
        description=(
            "Import testimonies from a folder of .docx, .pdf, .txt and .md intake notes (one testimony "
            "per document; photos and recordings named after a document are attached), or from an "
            ".xlsx or .csv spreadsheet with one testimony per row. Run with --dry-run first: it reads "
            "everything, changes nothing and does not ask for a passphrase. The import is all or "
            "nothing: cancelled (Ctrl-C) or failed, it keeps none of what it created."
        ),
    )
    add_path(parser)
    parser.add_argument("source", type=Path, help="a folder of documents, one document, or a .xlsx/.csv file")
    parser.add_argument(
        "--mapping", type=Path, metavar="FILE",
        help="JSON mapping archive fields to column headers (without it, guessed from the headers)",
    )
    parser.add_argument("--sheet", help="the worksheet of an .xlsx file (default: the first)")
    parser.add_argument("--dry-run", action="store_true", help="only report what would be imported")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    add_user_option(parser)
    parser.set_defaults(handler=import_testimonies)


def import_testimonies(args: argparse.Namespace) -> int:
    Archive.check_exists(args.path)  # a clear error now if PATH is not an archive
    mapping, sheet = load_import_mapping(args.mapping) if args.mapping else (None, None)
    with ProgressLine("Reading the source", counts=True) as progress:
        plan = plan_import(args.source, mapping, sheet=args.sheet or sheet, progress=progress)
    if args.dry_run:
        if args.json:
            print_json({"dry_run": True, **plan.to_json()})
        else:
            _print_plan(plan)
            print("This was a dry run: nothing was imported.")
        return 0
    if not plan.testimonies:
        if not args.json:
            _print_plan(plan)
        raise InvalidInput(Message(
            "Nothing in the source can be imported; see the problems listed above.",
        ))
    with open_archive(args) as archive, ProgressLine("Importing", counts=True) as progress:
        result = archive.run_import(plan, progress=progress)
    if args.json:
        print_json({"dry_run": False, "plan": plan.to_json(), "result": result.to_json()})
        return 0
    count = len(result.testimony_ids)
    print(f"Imported {count} testimon{'y' if count == 1 else 'ies'} with {len(result.media_ids)} attachment(s).")
    for problem in result.skipped:
        print(f"Not imported: {problem.sentence()}")
    for problem in result.missing:
        print(f"Missing: {problem.sentence()}")
    if result.source_files:
        print("These source files are now sealed in the archive. Delete them safely (HAART Archive does not):")
        for path in result.source_files:
            print(f"  {path}")
    return 0


def _print_plan(plan: ImportPlan) -> None:
    print(f"Source: {plan.source} ({plan.kind})")
    for line in plan.summary():
        print(line)
    for item in plan.testimonies:
        extras = f", {len(item.attachments)} attachment(s)" if item.attachments else ""
        print(f"  + {item.source}: \"{item.draft.title}\" ({item.draft.language}{extras})")
