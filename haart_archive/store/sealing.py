"""Sealing model fields: every ciphertext is bound to its table, column, row and tier."""

from __future__ import annotations

import json
from typing import Any

from haart_archive.errors import NotPermitted
from haart_archive.messages import Message
from haart_archive.store.models import Base
from haart_archive.vault.keys import KeyRing, Tier

FIELD_PURPOSE = "fields"


def row_tier(row: Base, column: str) -> Tier:
    """The tier of a sealed column; rows whose tier varies keep it in a `tier` column."""
    declared = type(row).__sealed__[column]
    return declared if declared is not None else Tier(row.tier)


def _associated_data(row: Base, column: str) -> bytes:
    key = row.seq if hasattr(row, "seq") and row.__tablename__ == "audit_entry" else row.id
    return f"{row.__tablename__}|{column}|{key}".encode()


class Sealer:
    """Seals and opens the `*_sealed` columns of model rows with the session's key ring."""

    def __init__(self, keyring: KeyRing, role: str):
        self._keyring = keyring
        self._role = role

    def can_read(self, tier: Tier) -> bool:
        return self._keyring.has(tier)

    def seal_bytes(self, row: Base, column: str, value: bytes) -> None:
        tier = row_tier(row, column)
        self._require(tier, "write this record")
        setattr(row, column, self._keyring.seal(tier, FIELD_PURPOSE, value, _associated_data(row, column)))

    def open_bytes(self, row: Base, column: str) -> bytes:
        tier = row_tier(row, column)
        self._require(tier, "read this record")
        what = f"Field '{column.removesuffix('_sealed')}' of {row.__tablename__.replace('_', ' ')} {_row_key(row)}"
        return self._keyring.open(tier, FIELD_PURPOSE, getattr(row, column), _associated_data(row, column), what)

    def open_column(self, model: type[Base], column: str, row_id: str, sealed: bytes) -> bytes:
        """Open a value selected as a plain column (no ORM object), for long lists."""
        tier = model.__sealed__[column]
        self._require(tier, "read this record")
        what = f"Field '{column.removesuffix('_sealed')}' of {model.__tablename__.replace('_', ' ')} {row_id}"
        aad = f"{model.__tablename__}|{column}|{row_id}".encode()
        return self._keyring.open(tier, FIELD_PURPOSE, sealed, aad, what)

    def seal_text(self, row: Base, column: str, value: str) -> None:
        self.seal_bytes(row, column, value.encode("utf-8"))

    def open_text(self, row: Base, column: str) -> str:
        return self.open_bytes(row, column).decode("utf-8")

    def seal_json(self, row: Base, column: str, value: Any) -> None:
        self.seal_bytes(row, column, json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8"))

    def open_json(self, row: Base, column: str) -> Any:
        return json.loads(self.open_bytes(row, column))

    def _require(self, tier: Tier, action: str) -> None:
        if not self._keyring.has(tier):
            raise NotPermitted(
                self._role, Message("{action} (it needs the {tier} key)", action=Message(action), tier=tier)
            )


def _row_key(row: Base) -> str:
    return str(getattr(row, "seq", None) if row.__tablename__ == "audit_entry" else row.id)
