"""`haart-archive brief check|clear|build`: evidence briefs (statistics with approved quotes)."""

from __future__ import annotations

import argparse
from pathlib import Path

from haart_archive.commands.common import add_path, add_user_option, open_archive, print_json
from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.types.briefs import BriefSpec, brief_from_json_text


def register(subparsers: argparse._SubParsersAction) -> None:
    brief = subparsers.add_parser("brief", help="evidence briefs: statistics with approved quotes").add_subparsers(
        dest="brief_command", metavar="ACTION"
    )
    for name, help_text, handler in (
        ("check", "run every gate on the brief without writing anything", check),
        ("clear", "(editor) leak-check the rendered brief so communications staff can release it", clear),
        ("build", "check every gate, then write the PDF and HTML (exit 5 with reasons if refused)", build),
    ):
        parser = brief.add_parser(name, help=help_text)
        add_path(parser)
        parser.add_argument("--spec", type=Path, required=True, help="the brief as JSON")
        if name == "build":
            parser.add_argument("--out", type=Path, required=True, help="folder for the files")
        if name == "check":
            parser.add_argument("--json", action="store_true")
        add_user_option(parser)
        parser.set_defaults(handler=handler)


def _spec(path: Path) -> BriefSpec:
    try:
        return brief_from_json_text(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInput(Message("There is no file '{path}'.", path=path)) from None


def check(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        report = archive.briefs.check(_spec(args.spec))
    if args.json:
        print_json({"ok": report.ok, "reasons": report.reasons(), "files": list(report.files)})
    else:
        print("All gates pass." if report.ok else "Refused:")
        for reason in report.reasons():
            print(f"  - {reason}")
    return 0 if report.ok else 5


def clear(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        archive.briefs.clear(_spec(args.spec))
    print("Cleared: communications staff can now release exactly this brief.")
    return 0


def build(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        publication_id, paths = archive.briefs.build(_spec(args.spec), args.out)
    for path in paths:
        print(f"Wrote {path}")
    print(publication_id)
    return 0
