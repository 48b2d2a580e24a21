"""`haart-archive redact ...`: the redaction commands of the command line.

`redact detect` works without an archive: it reads UTF-8 text on stdin and prints the
suggestions. The sub-commands that need an archive (suggest, apply, approve, leakcheck) are
added by the archive layer with their own `add_*` function beside `add_detect`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from haart_archive.redaction import detect


def register(subparsers) -> None:
    """Add the `redact` command and its sub-commands to the main parser's subparsers."""
    redact = subparsers.add_parser("redact", help="find and redact identifying details")
    commands = redact.add_subparsers(dest="redact_command", metavar="COMMAND", required=True)
    add_detect(commands)


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
    suggestions = detect(text, known_strings=known)
    if args.json:
        print(json.dumps([s.to_dict() for s in suggestions], ensure_ascii=False))
    else:
        for s in suggestions:
            print(f"{s.start}-{s.end}\t{s.type}\t{s.confidence:.2f}\t{s.reason}\t{s.text!r}")
    return 0
