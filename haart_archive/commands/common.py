"""What the command modules share: reading secrets, opening the archive, printing."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
import unicodedata
from pathlib import Path

from haart_archive.archive import Archive, is_server_url
from haart_archive.errors import InvalidInput
from haart_archive.messages import Message


def read_secret(env_name: str, prompt: str, *, confirm: bool = False) -> str:
    """A secret from the environment variable, or typed at a prompt that does not echo."""
    value = os.environ.get(env_name)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise InvalidInput(Message(
            "No terminal to ask for the {rstrip}; set {env_name}.",
            rstrip=prompt.lower().rstrip(': '),
            env_name=env_name,
        ))
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != value:
        raise InvalidInput(Message("The two entries differ; nothing was changed."))
    return value


def archive_location(value: str) -> Path | str:
    """An archive folder, or a server address (postgresql://user@host:port/db) kept as typed."""
    return value if is_server_url(value) else Path(value)


def add_path(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=archive_location,
                        help="the archive folder, or its server: postgresql://user@host:port/database")


def add_user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        default=os.environ.get("HAART_USER"),
        help="the user name (default: HAART_USER, else whichever user the passphrase opens)",
    )


ID_ARGUMENTS = ("id", "testimony_id", "media_id", "version_id", "publication_id")


def check_record_ids(args: argparse.Namespace) -> None:
    """On a server, refuse an id argument that is not an id before anything is queried: a
    name typed where an id belongs would otherwise stand in the server's log in the clear."""
    if not is_server_url(getattr(args, "path", None)):
        return
    for name in ID_ARGUMENTS:
        value = getattr(args, name, None)
        if isinstance(value, str) and not (len(value) == 32 and all(c in "0123456789abcdef" for c in value)):
            raise InvalidInput(Message(
                "That is not a record id (32 hexadecimal digits, as 'list' shows them); nothing was sent "
                "to the server."))


def open_archive(args: argparse.Namespace) -> Archive:
    """Unlock with --user, or with the passphrase alone (each user's slot is tried). After
    repeated failed unlocks the command waits first, as the app's lock screen does."""
    wait_before_unlock(args.path)
    check_record_ids(args)
    passphrase = read_secret("HAART_PASSPHRASE", "Passphrase: ")
    if args.user:
        return Archive.open(args.path, args.user, passphrase)
    return Archive.open_by_passphrase(args.path, passphrase)


class ProgressLine:
    """The one progress line of the command line: on stderr, only when stderr is a terminal
    (scripts and pipes see nothing), rewritten in place and ended when the work ends.

        with ProgressLine("Backing up") as progress:
            archive.make_backup(out, progress=progress)

    `counts` shows "done/total" as well as the percentage, for work counted in items
    (testimonies, files) rather than bytes.
    """

    def __init__(self, label: str, *, counts: bool = False):
        self.label = label
        self.counts = counts
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not sys.stderr.isatty():
            return
        percent = 100 * done // total if total else 100
        amount = f"{done}/{total} ({percent}%)" if self.counts else f"{percent}%"
        print(f"\r{self.label}: {amount}", end="", file=sys.stderr, flush=True)
        self.shown = True

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.shown:
            print(file=sys.stderr, flush=True)


def wait_before_unlock(path: str) -> None:
    seconds = Archive.unlock_delay(path)
    if seconds:
        print(f"haart-archive: unlocking failed several times; waiting {seconds} s before trying.", file=sys.stderr)
        time.sleep(seconds)


def safe_text(text: str) -> str:
    """What the user typed, made safe for a terminal: control characters (ESC, BEL, NUL, ...)
    and invisible format characters (bidi overrides such as U+202E) are shown escaped, so a
    title cannot move the cursor, ring, or reverse the line it is printed on."""
    return "".join(_escaped(char) if _unsafe(char) else char for char in text)


def _unsafe(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp") and char not in "\n\t"


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def print_json(value: object) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=2, default=str)
    # JSON escapes C0 controls itself; escape the rest of the unsafe characters the JSON way.
    sys.stdout.write("".join(f"\\u{ord(c):04x}" if _unsafe(c) and ord(c) < 0x10000 else c for c in text))
    sys.stdout.write("\n")
