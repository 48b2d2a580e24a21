"""Loaded by Python at the start of a child process a test started with `tests.fastkdf.child_env`:
that process accepts and makes the tests' fast key-derivation slots. Never on the app's path."""

from tests.fastkdf import enable

enable()
