"""Sub-commands of `haart-archive`, one module per area; each has `register(subparsers)`."""

from __future__ import annotations

import argparse

from haart_archive.commands import (
    backup,
    consent,
    core,
    importing,
    media,
    publishing,
    redaction,
    screening,
    search,
    team,
    vision,
)

AREAS = (core, consent, media, search, redaction, publishing, backup, team, importing, screening, vision)


def register_all(subparsers: argparse._SubParsersAction) -> None:
    """Every area's commands, in the order `haart-archive --help` lists them."""
    for area in AREAS:
        area.register(subparsers)
