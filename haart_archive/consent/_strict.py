"""Strict reading of JSON objects: every key known, every value of the right type."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from enum import Enum
from typing import Any

from haart_archive.consent.terms import parse_enum, shown
from haart_archive.errors import InvalidInput
from haart_archive.messages import Message

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MISSING = object()


def load_object(text: str, where: str) -> dict[str, Any]:
    """Parse JSON text that must hold one object."""
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        raise InvalidInput(Message("The {where} is not valid JSON.", where=where)) from None
    if not isinstance(data, dict):
        raise InvalidInput(Message("The {where} must be a JSON object.", where=where))
    return data


def dump(data: dict[str, Any]) -> str:
    """Canonical JSON text: sorted keys, no spaces, non-ASCII kept as is."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class Reader:
    """Takes keys out of one JSON object and refuses what is left over or malformed."""

    def __init__(self, data: object, where: str):
        if not isinstance(data, dict):
            raise InvalidInput(Message("The {where} must be a JSON object.", where=where))
        self._data = dict(data)
        self._where = where

    def _take(self, key: str, default: object) -> object:
        if key in self._data:
            return self._data.pop(key)
        if default is _MISSING:
            raise InvalidInput(Message(
                "The {where} is missing '{key}'.",
                where=self._where,
                key=key,
            ))
        return default

    def _wrong(self, key: str, expected: str) -> InvalidInput:
        return InvalidInput(Message(
            "In the {where}, '{key}' must be {expected}.",
            where=self._where,
            key=key,
            expected=expected,
        ))

    def text(self, key: str, default: object = _MISSING) -> str:
        value = self._take(key, default)
        if not isinstance(value, str):
            raise self._wrong(key, "text")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self._take(key, None)
        if value is not None and not isinstance(value, str):
            raise self._wrong(key, "text or null")
        return value

    def flag(self, key: str, default: object = _MISSING) -> bool:
        value = self._take(key, default)
        if not isinstance(value, bool):
            raise self._wrong(key, "true or false")
        return value

    def day(self, key: str, default: object = _MISSING) -> date | None:
        value = self._take(key, default)
        if value is None and default is None:
            return None
        if isinstance(value, date):
            return value
        if not isinstance(value, str) or not _DATE.fullmatch(value):
            raise self._wrong(key, "a date written YYYY-MM-DD")
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self._wrong(key, "a real date written YYYY-MM-DD") from None

    def timestamp(self, key: str) -> datetime:
        value = self._take(key, _MISSING)
        try:
            stamp = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            stamp = None
        if stamp is None or stamp.tzinfo is None:
            raise self._wrong(key, "a date and time with a time zone (ISO 8601)")
        return stamp

    def choice(self, key: str, enum_type: type[Enum], what: str) -> Any:
        value = self._take(key, _MISSING)
        return parse_enum(enum_type, value, what)

    def choices(self, key: str, enum_type: type[Enum], what: str) -> frozenset[Any]:
        """A list of identifiers, e.g. ["research", "training"]."""
        values = self._take(key, _MISSING)
        if not isinstance(values, list):
            raise self._wrong(key, f"a list of {what} identifiers")
        return frozenset(parse_enum(enum_type, value, what) for value in values)

    def yes_no_table(self, key: str, enum_type: type[Enum], what: str) -> frozenset[Any]:
        """An object answering every identifier of `enum_type` with true or false."""
        table = Reader(self._take(key, _MISSING), f"'{key}' table")
        missing = [member.value for member in enum_type if member.value not in table._data]
        if missing:
            raise InvalidInput(
                Message(
                    "In the {where}, '{key}' must answer every {what} with true or false; "
                    "missing: {missing}.",
                    where=self._where,
                    key=key,
                    what=what,
                    missing=', '.join(missing),
                )
            )
        chosen = frozenset(member for member in enum_type if table.flag(member.value))
        table.finish(f"{what} identifiers")
        return chosen

    def nested(self, key: str, where: str) -> Reader:
        return Reader(self._take(key, _MISSING), where)

    def finish(self, what: str = "keys") -> None:
        """Refuse any key that was not taken, naming it."""
        if self._data:
            names = ", ".join(sorted(shown(key) for key in self._data))
            raise InvalidInput(Message(
                "The {where} has unknown {what}: {names}.",
                where=self._where,
                what=what,
                names=names,
            ))
