"""`haart-archive publish request-clearance | clearances | answer-clearance | export-text`:
the clearance queue and public texts as PDF or Word files, on the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from haart_archive.archive import save_file
from haart_archive.commands.common import add_path, add_user_option, open_archive, print_json
from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.types.publishing import PublicationSpec, spec_from_json_text


def register(publish: argparse._SubParsersAction) -> None:
    """Add the queue's actions to the `publish` command's subparsers."""
    request = publish.add_parser("request-clearance", help="ask an editor to clear a publication (communications)")
    add_path(request)
    request.add_argument("--spec", type=Path, help="the publication as JSON")
    request.add_argument("--version", help="or: a public text (redacted version id) to export")
    request.add_argument("--channel", default="report", help="with --version: the channel (default report)")
    request.add_argument("--note", default="", help="a note for the editor")
    add_user_option(request)
    request.set_defaults(handler=request_clearance)

    listing = publish.add_parser("clearances", help="clearance requests: waiting ones (editors) or your own")
    add_path(listing)
    listing.add_argument("--mine", action="store_true", help="your own requests and their answers")
    listing.add_argument("--json", action="store_true")
    add_user_option(listing)
    listing.set_defaults(handler=list_clearances)

    answer = publish.add_parser("answer-clearance", help="(editor) clear a waiting request or decline it")
    add_path(answer)
    answer.add_argument("request_id")
    choice = answer.add_mutually_exclusive_group(required=True)
    choice.add_argument("--clear", action="store_true", help="run every gate and the leak check, then clear")
    choice.add_argument("--decline", metavar="REASON", help="decline, saying why")
    add_user_option(answer)
    answer.set_defaults(handler=answer_clearance)

    export = publish.add_parser("export-text", help="a public (redacted, approved) text as PDF or Word")
    add_path(export)
    export.add_argument("version_id")
    export.add_argument("--format", choices=("pdf", "docx"), default="pdf")
    export.add_argument("--channel", default="report", help="whose consent gate applies (default report)")
    export.add_argument("--out", type=Path, required=True, help="the file to write")
    add_user_option(export)
    export.set_defaults(handler=export_text)


def _spec(args: argparse.Namespace, archive) -> PublicationSpec:
    if bool(args.spec) == bool(args.version):
        raise InvalidInput(Message("Give either --spec or --version."))
    if args.version:
        return archive.public_text_spec(args.version, channel=args.channel)
    try:
        return spec_from_json_text(args.spec.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInput(Message("There is no file '{path}'.", path=args.spec)) from None


def request_clearance(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        request_id = archive.clearances.request(_spec(args, archive), args.note)
    print(f"Asked an editor to clear it; the request is {request_id}.")
    return 0


def list_clearances(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        records = archive.clearances.mine() if args.mine else archive.clearances.waiting()
    if args.json:
        print_json([{**record.__dict__, "spec": record.spec.to_dict()} for record in records])
        return 0
    for record in records:
        asked = record.requested_at.strftime("%Y-%m-%d %H:%M")
        line = f"{record.id}  {asked}  {record.state:<8} {record.title}"
        if record.waiting:
            line += f"  (asked by {record.requested_by_name or '-'})"
        elif record.reason:
            line += f"  declined by {record.answered_by_name or '-'}: {record.reason}"
        else:
            line += f"  cleared by {record.answered_by_name or '-'}"
        print(line)
    return 0


def answer_clearance(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        if args.clear:
            archive.clearances.clear(args.request_id)
            print("Cleared: the publication passed every gate and the leak check.")
        else:
            archive.clearances.decline(args.request_id, args.decline)
            print("Declined; the person who asked will read your reason.")
    return 0


def export_text(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        data = archive.export_public_text(args.version_id, args.format, channel=args.channel)
    save_file(args.out, data)
    print(f"Wrote {args.out}")
    return 0
