"""Archive, users, testimonies, audit, demo and the desktop app."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from haart_archive.archive import Archive
from haart_archive.commands.common import (
    ProgressLine,
    add_path,
    add_user_option,
    open_archive,
    print_json,
    read_secret,
    safe_text,
    wait_before_unlock,
)
from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.types.people import PersonIdentity
from haart_archive.types.testimonies import PersonInput, Tags, TestimonyDraft, draft_from_dict


def register(subparsers: argparse._SubParsersAction) -> None:
    _init(subparsers)
    _users(subparsers)
    _add(subparsers)
    _edit(subparsers)
    _list(subparsers)
    _show(subparsers)
    _simple(subparsers, "passwd", "change your passphrase", passwd)
    _recover(subparsers)
    _audit(subparsers)
    demo = subparsers.add_parser("demo", help="create a fictional demo archive")
    demo.add_argument("path", type=Path)
    demo.set_defaults(handler=make_demo)
    gui = subparsers.add_parser("gui", help="open the desktop app")
    gui.add_argument("path", type=Path, nargs="?")
    gui.add_argument("--demo", action="store_true", help="open a fresh demo archive in a temporary folder")
    gui.set_defaults(handler=lambda args: run_gui(args.path, args.demo))


def _simple(
    subparsers: argparse._SubParsersAction, name: str, help_text: str, handler: Callable[[argparse.Namespace], int]
) -> None:
    parser = subparsers.add_parser(name, help=help_text)
    add_path(parser)
    add_user_option(parser)
    parser.set_defaults(handler=handler)


# -- archive --------------------------------------------------------------------------------
def _init(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("init", help="create a new archive and its custodian")
    add_path(parser)
    parser.add_argument("--user", required=True, help="the custodian's name")
    parser.set_defaults(handler=init)


def init(args: argparse.Namespace) -> int:
    passphrase = read_secret("HAART_PASSPHRASE", "Custodian's new passphrase: ", confirm=True)
    archive, recovery_key = Archive.create(args.path, args.user, passphrase)
    location = archive.location  # a server address without its password
    archive.lock()
    print(f"Created the archive at {location} with custodian '{args.user}'.")
    print("Recovery key (shown only now; write it down and keep it locked away):")
    print(f"  {recovery_key}")
    return 0


# -- users ----------------------------------------------------------------------------------
def _users(subparsers: argparse._SubParsersAction) -> None:
    users = subparsers.add_parser("users", help="manage staff accounts").add_subparsers(
        dest="users_command", metavar="ACTION"
    )
    add = users.add_parser("add", help="add a user (custodian)")
    add_path(add)
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["custodian", "editor", "communications", "advocate"])
    add_user_option(add)
    add.set_defaults(handler=users_add)
    listing = users.add_parser("list", help="list users")
    add_path(listing)
    add_user_option(listing)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=users_list)
    remove = users.add_parser("remove", help="remove a user and rotate the keys they held")
    add_path(remove)
    remove.add_argument("name")
    add_user_option(remove)
    remove.set_defaults(handler=users_remove)
    reset = users.add_parser("reset", help="set a new passphrase for a user (custodian)")
    add_path(reset)
    reset.add_argument("name")
    add_user_option(reset)
    reset.set_defaults(handler=users_reset)


def users_add(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        passphrase = read_secret("HAART_NEW_PASSPHRASE", f"Passphrase for {args.name}: ", confirm=True)
        user_id = archive.users.add(args.name, args.role, passphrase)
    print(user_id)
    return 0


def users_list(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        members = archive.users.list()
    if args.json:
        print_json([{"id": m.id, "name": m.name, "role": m.role.value, "created_at": m.created_at} for m in members])
    else:
        for member in members:
            print(f"{member.id}  {member.role.value:<15} {member.name}")
    return 0


def users_remove(args: argparse.Namespace) -> int:
    with open_archive(args) as archive, ProgressLine("Re-sealing") as progress:
        archive.users.remove(args.name, progress=progress)
    print(f"Removed '{args.name}' and rotated every key they held.")
    return 0


def users_reset(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        passphrase = read_secret("HAART_NEW_PASSPHRASE", f"New passphrase for {args.name}: ", confirm=True)
        archive.users.reset_passphrase(args.name, passphrase)
    print(f"Set a new passphrase for '{args.name}'.")
    return 0


def passwd(args: argparse.Namespace) -> int:
    current = read_secret("HAART_PASSPHRASE", "Current passphrase: ")
    new = read_secret("HAART_NEW_PASSPHRASE", "New passphrase: ", confirm=True)
    with open_archive(args) as archive:
        archive.users.change_own_passphrase(current, new)
    print("Your passphrase was changed.")
    return 0


def _recover(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("recover", help="set a new passphrase with the recovery key")
    add_path(parser)
    parser.add_argument("--user", help="whose passphrase to set (default: the only custodian)")
    parser.set_defaults(handler=recover)


def recover(args: argparse.Namespace) -> int:
    wait_before_unlock(args.path)
    recovery_key = read_secret("HAART_RECOVERY_KEY", "Recovery key: ")
    with Archive.open_with_recovery_key(args.path, recovery_key) as archive:
        name = args.user or _only_custodian(archive)
        passphrase = read_secret("HAART_NEW_PASSPHRASE", f"New passphrase for {name}: ", confirm=True)
        archive.users.reset_passphrase(name, passphrase)
    print(f"Set a new passphrase for '{name}'.")
    return 0


def _only_custodian(archive: Archive) -> str:
    custodians = [m for m in archive.users.list() if m.role.value == "custodian"]
    if len(custodians) != 1:
        raise InvalidInput(Message("This archive has several custodians; name one with --user."))
    return custodians[0].name


# -- testimonies ----------------------------------------------------------------------------
def _add(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("add", help="take in a testimony")
    add_path(parser)
    add_user_option(parser)
    parser.add_argument("--title")
    parser.add_argument("--text-file", type=Path, help="UTF-8 text of the testimony ('-' for stdin)")
    parser.add_argument("--language", default="en", choices=["en", "sw", "mixed"])
    parser.add_argument("--county", default="")
    parser.add_argument("--person", action="append", default=[], metavar="NAME:ROLE")
    parser.add_argument("--tag", action="append", default=[], metavar="GROUP:CODE",
                        help="e.g. exploitation:domestic_servitude, indicators:deception")
    _case_fact_options(parser)
    parser.add_argument("--json", type=Path, metavar="FILE", help="a whole record as JSON ('-' for stdin)")
    parser.set_defaults(handler=add)


def _case_fact_options(parser: argparse.ArgumentParser) -> None:
    """The case facts kept for statistics; each takes a code of its vocabulary."""
    parser.add_argument("--sex", help="the survivor's sex: female, male or other")
    parser.add_argument("--age-band", help="age when the exploitation began: 0_11, 12_17, 18_24, 25_34, 35_plus")
    parser.add_argument("--destination", help="destination country, an ISO code such as SA, AE, QA (or 'other')")
    parser.add_argument("--route", help="e.g. air_nairobi, overland_uganda, internal, sea")


def _case_facts(args: argparse.Namespace) -> dict[str, str]:
    given = {"sex": args.sex, "age_band": args.age_band, "destination_country": args.destination,
             "route": args.route}
    return {name: value for name, value in given.items() if value is not None}


def _tag(item: str) -> tuple[str, str]:
    group, _, code = item.partition(":")
    if not group or not code:
        raise InvalidInput(Message("'{item}' should be GROUP:CODE, e.g. push_factors:poverty.", item=item))
    return group, code


def add(args: argparse.Namespace) -> int:
    draft = _draft_from_json(args.json) if args.json else _draft_from_options(args)
    with open_archive(args) as archive:
        testimony_id = archive.testimonies.add(draft)
    print(testimony_id)
    return 0


def _edit(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("edit",
                                   help="change a testimony's title, text, language, county, tags or case facts")
    add_path(parser)
    parser.add_argument("id")
    add_user_option(parser)
    parser.add_argument("--title")
    parser.add_argument("--text-file", type=Path, help="the new UTF-8 text ('-' for stdin)")
    parser.add_argument("--language", choices=["en", "sw", "mixed"])
    parser.add_argument("--county")
    parser.add_argument("--tag", action="append", default=[], metavar="GROUP:CODE",
                        help="add a tag, e.g. recruitment:employment_agency (repeat for more)")
    parser.add_argument("--untag", action="append", default=[], metavar="GROUP:CODE", help="remove a tag")
    _case_fact_options(parser)
    parser.add_argument("--revision", type=int, metavar="N",
                        help="the revision your change is based on (default: the one read now); if "
                             "someone saved a newer one, nothing is saved and the exit code is 4")
    parser.set_defaults(handler=edit)


def edit(args: argparse.Namespace) -> int:
    text = _read_text(args.text_file) if args.text_file else None
    with open_archive(args) as archive:
        record = archive.testimonies.get(args.id)
        draft = TestimonyDraft(
            title=args.title if args.title is not None else record.title,
            text=text if text is not None else record.text,
            language=args.language or record.language,
            county=args.county if args.county is not None else record.county,
            told_on=dt.date.fromisoformat(record.told_on) if record.told_on else None,
            place_told=record.place_told, taken_by=record.taken_by, notes=record.notes,
            tags=_edited_tags(record.tags.to_dict(), args.tag, args.untag), event_years=tuple(record.event_years),
            sex=record.sex, age_band=record.age_band, destination_country=record.destination_country,
            route=record.route,
        )
        draft = replace(draft, **_case_facts(args))
        revision = archive.testimonies.update(args.id, draft, expected_revision=args.revision or record.revision)
    print(f"Saved revision {revision}.")
    return 0


def _edited_tags(tags: dict[str, list[str]], added: list[str], removed: list[str]) -> Tags:
    for item in added:
        group, code = _tag(item)
        if code not in tags.get(group, []):
            tags.setdefault(group, []).append(code)
    for item in removed:
        group, code = _tag(item)
        tags[group] = [c for c in tags.get(group, []) if c != code]
    return Tags.from_dict(tags)


def _read_text(path: Path) -> str:
    try:
        data = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
        return data.decode("utf-8")
    except FileNotFoundError:
        raise InvalidInput(Message("There is no file '{path}'.", path=path)) from None
    except UnicodeDecodeError:
        raise InvalidInput(Message("'{path}' is not UTF-8 text.", path=path)) from None


def _draft_from_json(path: Path) -> TestimonyDraft:
    try:
        return draft_from_dict(json.loads(_read_text(path)))
    except json.JSONDecodeError as error:
        raise InvalidInput(Message(
            "The JSON record is not valid JSON (line {lineno}).",
            lineno=error.lineno,
        )) from None


def _draft_from_options(args: argparse.Namespace) -> TestimonyDraft:
    if not args.title or not args.text_file:
        raise InvalidInput(Message("Give --title and --text-file, or a whole record with --json."))
    people = []
    for item in args.person:
        name, _, role = item.rpartition(":")
        if not name or not role:
            raise InvalidInput(Message(
                "'{item}' should be NAME:ROLE, e.g. 'Amani Njeri:survivor'.",
                item=item,
            ))
        people.append(PersonInput(role=role, identity=PersonIdentity(legal_name=name)))
    tags: dict[str, list[str]] = {}
    for item in args.tag:
        group, _, code = item.partition(":")
        tags.setdefault(group, []).append(code)
    draft = TestimonyDraft(
        title=args.title,
        text=_read_text(args.text_file),
        language=args.language,
        county=args.county,
        tags=Tags.from_dict(tags),
        people=tuple(people),
        **_case_facts(args),
    )
    draft.validate()
    return draft


def _list(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("list", help="list testimonies")
    add_path(parser)
    add_user_option(parser)
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=list_testimonies)


def list_testimonies(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        rows = archive.testimonies.list()
    if args.json:
        print_json([
            {"id": r.id, "title": r.title, "language": r.language, "county": r.county,
             "told_on": r.told_on, "revision": r.revision, "tags": r.tags.to_dict()}
            for r in rows
        ])
    else:
        for row in rows:
            title = row.title if row.title is not None else "(title needs the story key)"
            print(f"{row.id}  {row.language:<5} {row.county:<14} {safe_text(title)}")
    return 0


def _show(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("show", help="show one testimony")
    add_path(parser)
    parser.add_argument("id")
    add_user_option(parser)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--identities", action="store_true", help="include people's identity fields (audited)")
    parser.set_defaults(handler=show)


def show(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        record = archive.testimonies.get(args.id, with_identities=args.identities)
    people = [
        {"person_id": p.person_id, "role": p.role, **({"identity": p.identity.to_dict()} if p.identity else {})}
        for p in record.people
    ]
    if args.json:
        print_json({
            "id": record.id, "title": record.title, "text": record.text, "language": record.language,
            "county": record.county, "told_on": record.told_on, "place_told": record.place_told,
            "taken_by": record.taken_by, "notes": record.notes, "tags": record.tags.to_dict(),
            "revision": record.revision, "word_count": record.word_count, "people": people,
            "sex": record.sex, "age_band": record.age_band, "destination_country": record.destination_country,
            "route": record.route,
        })
        return 0
    print(safe_text(record.title))
    print(
        f"{record.language}, {record.county or 'county not recorded'}, revision {record.revision}, "
        f"{record.word_count} words"
    )
    for person in people:
        name = person.get("identity", {}).get("legal_name", "(identity not shown)")
        print(f"  {person['role']}: {name}")
    print()
    print(safe_text(record.text))
    return 0


# -- audit ----------------------------------------------------------------------------------
def _audit(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("audit", help="show or verify the audit log (custodian)")
    add_path(parser)
    add_user_option(parser)
    parser.add_argument("--verify", action="store_true", help="check the hash chain")
    parser.add_argument("--words", action="store_true", help="newest first, with names and titles instead of ids")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=audit)


def audit(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        if args.verify:
            result = archive.verify_audit()
            if args.json:
                print_json({"ok": result.ok, "checked": result.checked, "problems": list(result.problems)})
            elif result.ok:
                print(f"The audit log is intact ({result.checked} entries checked).")
            else:
                print(f"The audit log was tampered with ({result.checked} entries checked):")
                for problem in result.problems:
                    print(f"  - {problem}")
            return 0 if result.ok else 4
        if args.words and not args.json:
            for line in archive.audit_lines():
                record = f"  {line.record}" if line.record else ""
                details = f"  ({line.details})" if line.details else ""
                print(f"{line.seq:>5}  {line.at}  {line.who}: {line.what}{record}{details}")
            return 0
        entries = archive.audit_entries()
    if args.json:
        print_json([entry.__dict__ for entry in entries])
    else:
        for entry in entries:
            target = f" {entry.target_type} {entry.target_id}" if entry.target_id else ""
            print(f"{entry.seq:>5}  {entry.at}  {entry.action}{target}")
    return 0


# -- demo and GUI ---------------------------------------------------------------------------
def make_demo(args: argparse.Namespace) -> int:
    from haart_archive.demo import create_demo_archive

    with ProgressLine("Creating the demo archive", counts=True) as progress:
        demo = create_demo_archive(args.path, progress=progress)
    print(f"Created a fictional demo archive in {args.path}.")
    print("Users (fictional; this archive must never hold real data):")
    for name, role, passphrase in demo.credentials:
        print(f"  {role:<15} {name:<20} passphrase: {passphrase}")
    print(f"Recovery key: {demo.recovery_key}")
    return 0


def run_gui(path: Path | None, demo: bool) -> int:
    try:
        from ui.app import run
    except ImportError as error:
        raise InvalidInput(Message("The desktop app cannot start here ({error}).", error=error)) from None
    return run(path, demo=demo)
