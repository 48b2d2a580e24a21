"""The `haart-archive` command line: thin commands over the facade.

Passphrases come from a prompt, or from HAART_PASSPHRASE (and HAART_NEW_PASSPHRASE,
HAART_RECOVERY_KEY) for scripts. Exit codes: 0 success, 2 usage or bad input, 3 wrong
credentials or not permitted, 4 damaged data, 5 refused by consent or a publication gate.
Errors go to stderr as one plain sentence; never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from haart_archive import __version__
from haart_archive.errors import ArchiveError

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_UNEXPECTED = 1


def build_parser() -> argparse.ArgumentParser:
    from haart_archive.commands import register_all

    parser = argparse.ArgumentParser(
        prog="haart-archive",
        description="HAART Archive: the encrypted archive of survivors' testimonies.",
    )
    parser.add_argument("--version", action="version", version=f"haart-archive {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    register_all(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        return _run_gui()
    parser = build_parser()
    args = parser.parse_args(args_list)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(handler(args) or 0)
    except ArchiveError as error:
        print(f"haart-archive: {error.message}", file=sys.stderr)
        for reason in getattr(error, "reasons", []):
            print(f"  - {reason}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("haart-archive: stopped; nothing half-done was kept.", file=sys.stderr)
        return 130
    except Exception as error:  # the last line of defence for users
        logging.getLogger("haart_archive").error("unexpected %s", type(error).__name__)
        print(
            "haart-archive: something unexpected went wrong "
            f"({type(error).__name__}); nothing was changed. Please report it.",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED


def _run_gui() -> int:
    from haart_archive.commands.core import run_gui

    return run_gui(None, demo=False)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
