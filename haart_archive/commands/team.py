"""Team mode: `server setup URL` and `move FROM TO` (a folder onto a server, or back)."""

from __future__ import annotations

import argparse

from haart_archive.archive import Archive
from haart_archive.commands.backup import _credentials
from haart_archive.commands.common import ProgressLine, add_user_option, archive_location
from haart_archive.errors import InvalidInput
from haart_archive.messages import Message


def register(subparsers: argparse._SubParsersAction) -> None:
    server = subparsers.add_parser("server", help="prepare a database server for an archive (team mode)")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    setup = actions.add_parser(
        "setup", help="create the database roles of the archive's roles, with least privilege",
        description="Run as the database's owner after 'init URL' or 'move PATH URL'. Creates the roles "
                    "<database>_custodian, _editor, _communications and _advocate; --grant gives a "
                    "database login its role.")
    setup.add_argument("url", help="postgresql://owner@host:port/database")
    setup.add_argument("--grant", action="append", default=[], metavar="ROLE=LOGIN",
                       help="e.g. advocate=dalila (repeat for each login)")
    setup.set_defaults(handler=server_setup)
    move = subparsers.add_parser(
        "move", help="move an archive from a folder onto a server, or from a server into a folder",
        description="Copies everything (all or nothing), checks the copy, and leaves the source as it was. "
                    "Needs a custodian's passphrase or the recovery key.")
    move.add_argument("source", type=archive_location, help="the archive folder or server address")
    move.add_argument("target", type=archive_location, help="an empty database's address, or a new folder")
    add_user_option(move)
    move.add_argument("--recovery-key", action="store_true",
                      help="unlock with the recovery key (asked for, or HAART_RECOVERY_KEY)")
    move.set_defaults(handler=move_command)


def server_setup(args: argparse.Namespace) -> int:
    grants: dict[str, list[str]] = {}
    for item in args.grant:
        role, _, login = item.partition("=")
        if not role or not login:
            raise InvalidInput(Message("'{item}' should be ROLE=LOGIN, e.g. advocate=dalila.", item=item))
        grants.setdefault(role.strip().lower(), []).append(login.strip())
    roles = Archive.setup_server(args.url, grants)
    for role, name in roles.items():
        print(f"{role:<15} database role {name}")
    for role, logins in grants.items():
        for login in logins:
            print(f"{login} may now connect as {role}.")
    return 0


def move_command(args: argparse.Namespace) -> int:
    credentials = _credentials(args)
    with ProgressLine("Moving", counts=True) as progress:
        report = Archive.move(args.source, args.target, credentials, progress=progress)
    print(f"Moved and checked: {report.rows} records and {report.blobs} media files are now at "
          f"{report.target}. The source was left as it was; remove it when you are sure.")
    return 0
