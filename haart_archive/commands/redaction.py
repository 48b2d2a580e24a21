"""`haart-archive redact ...`: the redaction commands of the command line.

`redact detect` works without an archive: it reads UTF-8 text on stdin and prints the
suggestions. The others open the archive (HAART_PASSPHRASE, --user) and go through the
redaction desk: suggest, plan, apply, approve, leakcheck. Plans and leak reports quote
identifying text: they are written only where the user asks, and forms are printed only with
--show-forms. Exit codes: 0 done (or leak check passed), 2 bad input, 3 not permitted,
5 refused (leak check failed or the version is stale).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from haart_archive.archive import Archive, save_file, suggest_redactions
from haart_archive.commands.common import add_path, add_user_option, open_archive, print_json
from haart_archive.errors import InvalidInput, NotFound, PublicationRefused
from haart_archive.messages import Message
from haart_archive.types.redaction import ANONYMITY_LEVELS, Leak, LeakReport, RedactionPlan

EXIT_REFUSED = 5


def register(subparsers) -> None:
    """Add the `redact` command and its sub-commands to the main parser's subparsers."""
    redact = subparsers.add_parser("redact", help="find and redact identifying details")
    commands = redact.add_subparsers(dest="redact_command", metavar="COMMAND", required=True)
    add_detect(commands)
    add_suggest(commands)
    add_plan(commands)
    add_apply(commands)
    add_approve(commands)
    add_mark_reviewed(commands)
    add_leakcheck(commands)


def add_detect(commands) -> None:
    """Add `redact detect [--known FILE] [--json]`."""
    parser = commands.add_parser(
        "detect", help="print the redaction suggestions for UTF-8 text read on stdin")
    parser.add_argument("--known", metavar="FILE", type=Path,
                        help="JSON array of known identifier strings (names, aliases, places)")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.set_defaults(handler=run_detect)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def _read_known(path: Path | None) -> list[str] | None:
    if path is None:
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, list) or not all(isinstance(x, str) for x in data):
        return None
    return data


def run_detect(args: argparse.Namespace) -> int:
    """Print the suggestions for stdin; 0 on success, 2 on unreadable input."""
    known = _read_known(args.known)
    if known is None:
        return _fail("The --known file must be a readable UTF-8 JSON array of strings.")
    try:
        text = sys.stdin.buffer.read().decode("utf-8")
    except UnicodeDecodeError:
        return _fail("The text on standard input is not valid UTF-8.")
    suggestions = suggest_redactions(text, known_strings=known)
    if args.json:
        print(json.dumps([s.to_dict() for s in suggestions], ensure_ascii=False))
    else:
        for s in suggestions:
            print(f"{s.start}-{s.end}\t{s.type}\t{s.confidence:.2f}\t{s.reason}\t{s.text!r}")
    return 0


# -- archive-backed sub-commands ------------------------------------------------------------
def _archive_parser(
    commands: argparse._SubParsersAction,
    name: str,
    help_text: str,
    handler: Callable[[argparse.Namespace], int],
    target: str,
) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=help_text, description=help_text)
    add_path(parser)
    parser.add_argument(target[0], metavar=target[0].upper(), help=target[1])
    add_user_option(parser)
    parser.set_defaults(handler=handler)
    return parser


_TESTIMONY = ("id", "the testimony id")
_VERSION = ("version_id", "the redacted version id (or a redacted image's media id, for approve)")


def add_suggest(commands: argparse._SubParsersAction) -> None:
    """Add `redact suggest PATH ID [--json] [--show-forms]`."""
    parser = _archive_parser(commands, "suggest", "print the redaction suggestions of a testimony",
                             run_suggest, _TESTIMONY)
    parser.add_argument("--json", action="store_true", help="print a JSON array (start, end, type, confidence, reason)")
    parser.add_argument("--show-forms", action="store_true",
                        help="also print the suggested text itself (identifying: mind who sees the screen)")


def add_plan(commands: argparse._SubParsersAction) -> None:
    """Add `redact plan PATH ID [--anonymity LEVEL] --out FILE`."""
    parser = _archive_parser(
        commands, "plan",
        "write the default redaction plan of a testimony as JSON, for an editor to edit and apply. "
        "The plan quotes every name, place and number it redacts: it is identifying. It is written "
        "only to the --out file; keep that file on encrypted storage and delete it after 'redact apply'.",
        run_plan, _TESTIMONY)
    parser.add_argument("--anonymity", choices=ANONYMITY_LEVELS,
                        help="the anonymity level (default: what the survivor's consent requires)")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE",
                        help="where to write the plan (identifying text: choose a private place)")


def add_apply(commands: argparse._SubParsersAction) -> None:
    """Add `redact apply PATH ID --plan FILE`."""
    parser = _archive_parser(commands, "apply",
                             "make a redacted version of a testimony from a plan file; prints its id last",
                             run_apply, _TESTIMONY)
    parser.add_argument("--plan", type=Path, required=True, metavar="FILE", help="the plan JSON ('redact plan')")


def add_approve(commands: argparse._SubParsersAction) -> None:
    """Add `redact approve PATH VERSION_ID [--confirm-no-face]`."""
    parser = _archive_parser(commands, "approve",
                             "approve a redacted version (after the leak check passes) or a redacted image "
                             "(after OCR and the face detector find nothing identifying)",
                             run_approve, _VERSION)
    parser.add_argument("--confirm-no-face", action="store_true",
                        help="for a redacted image: you looked, and no face or identifying feature is visible "
                             "(required for a minor's image; detectors miss faces)")


def add_mark_reviewed(commands: argparse._SubParsersAction) -> None:
    """Add `redact mark-reviewed PATH ID TEXT`."""
    parser = _archive_parser(
        commands, "mark-reviewed",
        "mark a string a gate found as reviewed (not identifying): in a redacted version's text, in a "
        "redacted image, or in a caption, title or alt text of a publication using that version or image",
        run_mark_reviewed, ("version_id", "the redacted version id or redacted image id it belongs to"))
    parser.add_argument("text", help="exactly the string found (it is excused as a detection, never as a known "
                                     "identifier)")


def add_leakcheck(commands: argparse._SubParsersAction) -> None:
    """Add `redact leakcheck PATH VERSION_ID [--json] [--show-forms]`."""
    parser = _archive_parser(commands, "leakcheck",
                             "check a redacted version for identifying details (exit 0 passed, 5 failed)",
                             run_leakcheck, ("version_id", "the redacted version id"))
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--show-forms", action="store_true",
                        help="also print the leaked text itself (identifying: mind who sees the screen)")


def run_suggest(args: argparse.Namespace) -> int:
    """Print the suggestions for a testimony of the archive."""
    with open_archive(args) as archive:
        suggestions = archive.redaction.suggest(args.id)
    if args.json:
        rows = []
        for s in suggestions:
            row = s.to_dict()
            if args.show_forms:
                row["text"] = s.text
            rows.append(row)
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for s in suggestions:
        form = f"\t{s.text!r}" if args.show_forms else ""
        print(f"{s.start}-{s.end}\t{s.type}\t{s.confidence:.2f}\t{s.reason}{form}")
    return 0


def run_plan(args: argparse.Namespace) -> int:
    """Write the default plan to --out."""
    with open_archive(args) as archive:
        plan = archive.redaction.default_plan(args.id, args.anonymity)
    save_file(args.out, (plan.to_json() + "\n").encode("utf-8"))
    args.out.chmod(0o600)  # identifying text: readable by its owner only
    pending = sum(1 for d in plan.decisions if d.status.value == "pending")
    print(f"Wrote a plan with {len(plan.decisions)} decision(s), {pending} waiting for an editor, "
          f"at anonymity '{plan.anonymity}' to {args.out}. It contains identifying text: "
          "delete it once the version is made.")
    return 0


def _read_plan(path: Path, testimony_id: str) -> RedactionPlan:
    try:
        data = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise InvalidInput(Message("There is no plan file '{path}'.", path=path)) from None
    except (OSError, UnicodeDecodeError):
        raise InvalidInput(Message("The plan file cannot be read as UTF-8 text.")) from None
    plan = RedactionPlan.from_json(data)
    if plan.testimony_id and plan.testimony_id != testimony_id:
        raise InvalidInput(Message(
            "This plan was made for another testimony; make one with 'redact plan' for "
            "this one.",
        ))
    return plan


def _check_plan_matches(plan: RedactionPlan, text: str) -> None:
    # A plan made before the testimony was edited would redact the wrong characters.
    for d in plan.decisions:
        if not (0 <= d.start < d.end <= len(text)) or (d.text and text[d.start:d.end] != d.text):
            raise InvalidInput(Message(
                "The plan does not match the testimony's current text; make a new plan with "
                "'redact plan'.",
            ))


def run_apply(args: argparse.Namespace) -> int:
    """Create a redacted version from a plan file; the version id is the last line."""
    plan = _read_plan(args.plan, args.id)
    with open_archive(args) as archive:
        _check_plan_matches(plan, archive.testimonies.get(args.id).text)
        version_id = archive.redaction.create_version(args.id, plan)
        report = archive.redaction.leak_check(version_id)
    applied = sum(1 for d in plan.decisions if d.applies)
    print(f"Made a draft redacted version from {applied} applied decision(s). {report.summary()}")
    print(version_id)
    return 0


def run_mark_reviewed(args: argparse.Namespace) -> int:
    """Record an editor's review of a finding, on a version or on an image."""
    with open_archive(args) as archive:
        try:
            archive.redaction.version(args.version_id)
        except NotFound:
            archive.media.mark_reviewed(args.version_id, args.text)
        else:
            archive.redaction.mark_reviewed(args.version_id, args.text)
    print("Marked as reviewed.")
    return 0


def run_approve(args: argparse.Namespace) -> int:
    """Approve a redacted text version, or a redacted image when the id is a media id."""
    with open_archive(args) as archive:
        try:
            archive.redaction.version(args.version_id)
        except NotFound:
            return _approve_image(archive, args.version_id, args.confirm_no_face)
        try:
            archive.redaction.approve(args.version_id)
        except PublicationRefused as refused:
            report = (
                None
                if archive.redaction.version(args.version_id).stale
                else archive.redaction.leak_check(args.version_id)
            )
            _print_refusal(refused, report)
            return EXIT_REFUSED
        state = archive.redaction.version(args.version_id).state
    print("Approved: the version may be published." if state == "approved"
          else "First approval recorded: a second editor must approve it too.")
    return 0


def _approve_image(archive: Archive, media_id: str, confirm_no_face: bool) -> int:
    try:
        archive.media.approve(media_id, no_face_confirmed=confirm_no_face)
    except NotFound:
        raise NotFound(Message(
            "There is no redacted version or redacted image with id {media_id}.",
            media_id=media_id,
        )) from None
    print("Approved: the redacted image may be published.")
    return 0


def _print_refusal(refused: PublicationRefused, report: LeakReport | None) -> None:
    print(f"haart-archive: {refused.message}", file=sys.stderr)
    if report is None:
        for reason in getattr(refused, "reasons", []):
            print(f"  - {reason}", file=sys.stderr)
        return
    print(f"  - {report.summary()}", file=sys.stderr)
    for leak in report.leaks:
        print(f"  - line {leak.line}, characters {leak.start}-{leak.end}: {leak.kind} ({leak.reason})",
              file=sys.stderr)


def run_leakcheck(args: argparse.Namespace) -> int:
    """Print the leak report of a version; 0 when it passed, 5 when it failed."""
    with open_archive(args) as archive:
        report = archive.redaction.leak_check(args.version_id)
    if args.json:
        print_json({"passed": report.passed, "summary": report.summary(),
                    "leaks": [_leak_row(leak, args.show_forms) for leak in report.leaks]})
    else:
        print(report.summary())
        for leak in report.leaks:
            form = f": {leak.form!r}" if args.show_forms else ""
            print(f"line {leak.line}, characters {leak.start}-{leak.end}: {leak.kind} ({leak.reason}){form}")
    return 0 if report.passed else EXIT_REFUSED


def _leak_row(leak: Leak, show_forms: bool) -> dict:
    row = {"start": leak.start, "end": leak.end, "line": leak.line, "kind": leak.kind, "reason": leak.reason}
    if show_forms:
        row["form"] = leak.form
    return row
