"""`haart-archive publish ...` and `export partner`: gated releases and the register."""

from __future__ import annotations

import argparse
from pathlib import Path

from haart_archive.commands import clearances
from haart_archive.commands.common import add_path, add_user_option, open_archive, print_json
from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.types.publishing import PublicationSpec, spec_from_json_text


def register(subparsers: argparse._SubParsersAction) -> None:
    publish = subparsers.add_parser("publish", help="publications and their register").add_subparsers(
        dest="publish_command", metavar="ACTION"
    )

    build = publish.add_parser(
        "build", help="check every gate, then write the package (exit 5 with reasons if refused)"
    )
    add_path(build)
    build.add_argument("--spec", type=Path, required=True, help="the publication as JSON")
    build.add_argument("--out", type=Path, required=True, help="folder for the files")
    build.add_argument("--format", default="pdf,html,md", help="comma separated: pdf, html, md")
    add_user_option(build)
    build.set_defaults(handler=publish_build)

    check = publish.add_parser("check", help="run the gates without writing anything")
    add_path(check)
    check.add_argument("--spec", type=Path, required=True)
    add_user_option(check)
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=publish_check)

    clear = publish.add_parser("clear", help="(editor) leak-check the rendered output so it can be released")
    add_path(clear)
    clear.add_argument("--spec", type=Path, required=True)
    add_user_option(clear)
    clear.set_defaults(handler=publish_clear)

    review = publish.add_parser("review", help="record that the survivor reviewed a redacted version")
    add_path(review)
    review.add_argument("version_id")
    review.add_argument("--note", default="")
    add_user_option(review)
    review.set_defaults(handler=publish_review)

    listing = publish.add_parser("list", help="the publication register")
    add_path(listing)
    listing.add_argument("--takedown", action="store_true", help="only what must be taken down")
    add_user_option(listing)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=publish_list)

    takedown = publish.add_parser("takedown", help="record that a publication was taken down")
    add_path(takedown)
    takedown.add_argument("publication_id")
    takedown.add_argument("--done", action="store_true", required=True)
    takedown.add_argument("--note", default="")
    add_user_option(takedown)
    takedown.set_defaults(handler=publish_takedown)
    clearances.register(publish)

    export = subparsers.add_parser("export", help="exports for partners").add_subparsers(
        dest="export_command", metavar="KIND"
    )
    partner = export.add_parser("partner", help="a k-anonymous, de-identified export (CSV and JSON)")
    add_path(partner)
    partner.add_argument("--out", type=Path, required=True)
    partner.add_argument("--k", type=int, default=11)
    partner.add_argument("--aggregate-only", action="store_true")
    partner.add_argument("--to", default="", help="the partner it goes to (for the register)")
    add_user_option(partner)
    partner.set_defaults(handler=export_partner)


def _spec(path: Path) -> PublicationSpec:
    try:
        return spec_from_json_text(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInput(Message("There is no file '{path}'.", path=path)) from None


def publish_build(args: argparse.Namespace) -> int:
    formats = tuple(part.strip() for part in args.format.split(",") if part.strip())
    with open_archive(args) as archive:
        publication_id, paths = archive.publishing.build(_spec(args.spec), args.out, formats)
    for path in paths:
        print(f"Wrote {path}")
    print(publication_id)
    return 0


def publish_check(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        report = archive.publishing.check(_spec(args.spec))
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "reasons": report.reasons(),
                "items": [
                    {"item": i.number, "ok": i.ok, "problems": list(i.problems), "obligations": list(i.obligations)}
                    for i in report.items
                ],
            }
        )
    else:
        print("All gates pass." if report.ok else "Refused:")
        for reason in report.reasons():
            print(f"  - {reason}")
        for item in report.items:
            for obligation in item.obligations:
                print(f"  item {item.number} must: {obligation}")
    return 0 if report.ok else 5


def publish_clear(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        clearance = archive.publishing.clear(_spec(args.spec))
    print(f"The rendered publication passed the leak check and may be released ({clearance}).")
    return 0


def publish_review(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        archive.publishing.record_survivor_review(args.version_id, args.note)
    print("Recorded the survivor's review.")
    return 0


def publish_list(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        records = archive.publishing.takedown_list() if args.takedown else archive.publishing.list()
    if args.json:
        print_json([record.__dict__ for record in records])
        return 0
    for record in records:
        state = "TAKE DOWN" if record.needs_takedown else ("taken down" if record.taken_down_at else "released")
        when = record.released_at.date().isoformat() if record.released_at else "-"
        print(f"{record.id}  {when}  {record.kind:<14} {record.channel:<12} {state:<10} {record.title}")
    return 0


def publish_takedown(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        archive.publishing.record_takedown(args.publication_id, args.note)
    print("Recorded the takedown.")
    return 0


def export_partner(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        export_id, paths, report = archive.publishing.export_partner(
            args.out, args.k, aggregate_only=args.aggregate_only, where=args.to
        )
    for path in paths:
        print(f"Wrote {path}")
    for reason in report.reasons:
        print(reason)
    print(f"{report.exported} of {report.total} consented records exported at k={report.k}.")
    print(export_id)
    return 0
