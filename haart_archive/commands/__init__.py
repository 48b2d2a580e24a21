"""Sub-commands of `haart-archive`, one module per area; each has `register(subparsers)`."""

from __future__ import annotations

import argparse

from haart_archive.commands import (
    backup,
    briefs,
    consent,
    core,
    importing,
    media,
    publishing,
    redaction,
    screening,
    search,
    statistics,
    vision,
)

AREAS = (core, consent, media, search, redaction, publishing, backup, importing, screening, statistics, briefs, vision)


def register_all(subparsers: argparse._SubParsersAction) -> None:
    """Every area's commands, in the order `haart-archive --help` lists them."""
    for area in AREAS:
        area.register(subparsers)
