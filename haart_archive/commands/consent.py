"""`haart-archive consent ...`: record, withdraw, show, check, list expiring, print receipts."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from haart_archive.archive import save_file
from haart_archive.commands.common import add_path, add_user_option, open_archive, print_json
from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.types.consent import ConsentGrant, Media, Use, event_label, format_date

EXIT_REFUSED = 5


def register(subparsers: argparse._SubParsersAction) -> None:
    consent = subparsers.add_parser("consent", help="survivors' consent").add_subparsers(
        dest="consent_command", metavar="ACTION"
    )
    _grant(consent)
    _withdraw(consent)
    _show(consent)
    _check(consent)
    _expiring(consent)
    _receipt(consent)


def _parser(
    consent: argparse._SubParsersAction,
    name: str,
    help_text: str,
    handler: Callable[[argparse.Namespace], int],
    *,
    testimony: bool = True,
) -> argparse.ArgumentParser:
    parser = consent.add_parser(name, help=help_text)
    add_path(parser)
    if testimony:
        parser.add_argument("id", help="the testimony id")
    add_user_option(parser)
    parser.set_defaults(handler=handler)
    return parser


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(Message("'{text}' is not a date written as YYYY-MM-DD.", text=text)) from None


def _list_of(text: str, enum_type: type[StrEnum], what: str) -> list[str]:
    values = [item.strip() for item in text.split(",") if item.strip()]
    allowed = {member.value for member in enum_type}
    for value in values:
        if value not in allowed:
            raise InvalidInput(Message(
                "'{value}' is not a {what}; use one of: {allowed}.",
                value=value,
                what=what,
                allowed=', '.join(sorted(allowed)),
            ))
    return values


# -- grant ----------------------------------------------------------------------------------
def _grant(consent: argparse._SubParsersAction) -> None:
    parser = _parser(consent, "grant", "record what the survivor allowed", grant)
    parser.add_argument("--json", type=Path, metavar="FILE", help="the whole consent form as JSON")
    parser.add_argument("--uses", help="allowed uses, comma separated")
    parser.add_argument("--anonymity", choices=["anonymous", "pseudonym", "first_name", "full_name"])
    parser.add_argument("--media", default="text", help="allowed media, comma separated")
    parser.add_argument("--expires", help="expiry date YYYY-MM-DD (default: three years)")
    parser.add_argument("--on", help="date of consent YYYY-MM-DD (default: today)")
    parser.add_argument("--review", action="store_true", help="the survivor asked to review texts first")
    parser.add_argument("--minor", action="store_true", help="the survivor is a minor")
    parser.add_argument("--guardian", help="the parent or guardian who granted consent")
    parser.add_argument("--assent", action="store_true", help="the minor gave their own assent")
    parser.add_argument(
        "--method", default="written_form", choices=["written_form", "thumbprint", "verbal_recorded", "digital"]
    )
    parser.add_argument("--language", default="en")
    parser.add_argument("--consenter", help="who consented (default: the survivor, or the guardian)")
    parser.add_argument("--taken-by", default="", help="the staff member who took consent (default: you)")
    parser.add_argument("--amend", action="store_true", help="replace the current terms (an amendment)")


def grant(args: argparse.Namespace) -> int:
    form = _form_from_json(args.json) if args.json else _form_from_options(args)
    with open_archive(args) as archive:
        if not args.json and not form["taken_by"]:
            form["taken_by"] = archive.user.name  # who records it, unless told otherwise
        event_id = archive.consent.grant(args.id, ConsentGrant.from_dict(form), amend=args.amend)
        sentences = archive.consent.describe(args.id)
    print("\n".join(sentences))
    print(event_id)
    return 0


def _form_from_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInput(Message("There is no file '{path}'.", path=path)) from None
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise InvalidInput(Message("The consent form is not valid UTF-8 JSON.")) from None


def _form_from_options(args: argparse.Namespace) -> dict:
    if not args.uses or not args.anonymity:
        raise InvalidInput(Message(
            "Give --uses and --anonymity (and usually --media and --expires), or a whole "
            "form with --json.",
        ))
    uses = set(_list_of(args.uses, Use, "use"))
    media = set(_list_of(args.media, Media, "medium"))
    if args.minor and not args.guardian:
        raise InvalidInput(Message(
            "A minor's consent needs the guardian who granted it: add --guardian NAME.",
        ))
    form = {
        "consented_on": (_date(args.on) if args.on else dt.date.today()).isoformat(),
        "consenter_name": args.consenter or args.guardian or "the survivor",
        "taken_by": args.taken_by,
        "method": args.method,
        "language": args.language,
        "uses": {use.value: use.value in uses for use in Use},
        "anonymity": args.anonymity,
        "media": {medium.value: medium.value in media for medium in Media},
        "review_before_publication": bool(args.review),
    }
    if args.expires:
        form["expires_on"] = _date(args.expires).isoformat()
    if args.minor:
        form.update(is_minor=True, guardian_granted=True, minor_assent=bool(args.assent), consenter_relation="guardian")
    return form


# -- withdraw -------------------------------------------------------------------------------
def _withdraw(consent: argparse._SubParsersAction) -> None:
    parser = _parser(consent, "withdraw", "record a withdrawal and list what to take down", withdraw)
    parser.add_argument("--uses", default="", help="withdraw only these uses (default: everything)")
    parser.add_argument("--media", default="", help="withdraw only these media")
    parser.add_argument("--on", help="date of withdrawal YYYY-MM-DD (default: today)")
    parser.add_argument("--json", action="store_true")


def withdraw(args: argparse.Namespace) -> int:
    uses = _list_of(args.uses, Use, "use") if args.uses else []
    media = _list_of(args.media, Media, "medium") if args.media else []
    with open_archive(args) as archive:
        notices = archive.consent.withdraw(args.id, on=_date(args.on) if args.on else None, uses=uses, media=media)
    if args.json:
        print_json([notice.__dict__ for notice in notices])
        return 0
    print("Withdrawal recorded.")
    if not notices:
        print("Nothing was published from this testimony, so nothing needs taking down.")
    for notice in notices:
        print(f"TAKE DOWN  {notice.kind} {notice.release_id} ({notice.channel}): {notice.reason}")
    return 0


# -- show and check -------------------------------------------------------------------------
def _show(consent: argparse._SubParsersAction) -> None:
    parser = _parser(consent, "show", "the current consent and its history", show)
    parser.add_argument("--json", action="store_true")


def show(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        history = archive.consent.history(args.id)
        current = archive.consent.current(args.id)
        sentences = archive.consent.describe(args.id)
    if args.json:
        print_json({
            "state": current.state.value,
            "allowed_uses": sorted(u.value for u in current.allowed_uses),
            "allowed_media": sorted(m.value for m in current.allowed_media),
            "days_left": current.days_left,
            "summary": sentences,
            "history": [json.loads(event.public_json()) for event in history],
        })
        return 0
    print("\n".join(sentences))
    print("\nHistory:")
    for event in history:
        print(f"  {format_date(event.effective_on)}  {event_label(event.kind)}")
    if not history:
        print("  (no consent recorded)")
    return 0


def _check(consent: argparse._SubParsersAction) -> None:
    parser = _parser(consent, "check", "may this use happen? (exit 0 allowed, 5 refused)", check)
    parser.add_argument("--use", required=True)
    parser.add_argument("--on", help="date YYYY-MM-DD (default: today)")
    parser.add_argument("--media", help="media the use will contain, comma separated")
    parser.add_argument("--anonymity", help="the anonymity level the use will have")
    parser.add_argument("--json", action="store_true")


def check(args: argparse.Namespace) -> int:
    media = _list_of(args.media, Media, "medium") if args.media else None
    with open_archive(args) as archive:
        decision = archive.consent.check(args.id, _list_of(args.use, Use, "use")[0],
                                         on=_date(args.on) if args.on else None, media=media, anonymity=args.anonymity)
    if args.json:
        print_json({
            "allowed": decision.allowed, "use": decision.use.value, "on": decision.on.isoformat(),
            "state": decision.state.value, "reasons": list(decision.reasons),
            "obligations": [{"kind": o.kind.value, "text": o.text} for o in decision.obligations],
        })
    else:
        print(("ALLOWED: " if decision.allowed else "REFUSED: ") + " ".join(decision.reasons))
        for obligation in decision.obligations:
            print(f"  must: {obligation.text}")
    return 0 if decision.allowed else EXIT_REFUSED


def _expiring(consent: argparse._SubParsersAction) -> None:
    parser = _parser(consent, "expiring", "consents that run out soon, and those expired", expiring, testimony=False)
    parser.add_argument("--within", type=int, default=60, metavar="DAYS")
    parser.add_argument("--json", action="store_true")


def expiring(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        soon = archive.consent.expiring(args.within)
        gone = archive.consent.expired()
    if args.json:
        print_json({"expiring": [entry.__dict__ for entry in soon], "expired": [entry.__dict__ for entry in gone]})
        return 0
    print(f"Expiring within {args.within} days:")
    for entry in soon:
        print(f"  {entry.testimony_id}  {format_date(entry.expires_on)}")
    print("Expired:")
    for entry in gone:
        print(f"  {entry.testimony_id}  {format_date(entry.expires_on)}")
    return 0


def _receipt(consent: argparse._SubParsersAction) -> None:
    parser = _parser(consent, "receipt", "the survivor's consent receipt (HTML or PDF)", receipt)
    parser.add_argument("--language", default="en", choices=["en", "sw"])
    parser.add_argument("--out", type=Path, required=True, help="file to write (.html or .pdf)")


def receipt(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        if args.out.suffix.lower() == ".pdf":
            data = archive.consent.receipt_pdf(args.id, args.language)
        else:
            data = archive.consent.receipt_html(args.id, args.language).encode("utf-8")
    save_file(args.out, data)
    print(f"Wrote the receipt to {args.out}.")
    return 0
