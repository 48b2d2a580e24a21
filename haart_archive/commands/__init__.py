"""Sub-commands of `haart-archive`, one module per area; each has `register(subparsers)`."""

from __future__ import annotations

import importlib

MODULES = (
    "core",
    "consent",
    "media",
    "search",
    "redaction",
    "publishing",
    "backup",
    "importing",
    "vision",
)


def register_all(subparsers) -> None:  # noqa: ANN001
    for name in MODULES:
        try:
            module = importlib.import_module(f"haart_archive.commands.{name}")
        except ModuleNotFoundError as error:
            if error.name == f"haart_archive.commands.{name}":
                continue
            raise
        module.register(subparsers)
