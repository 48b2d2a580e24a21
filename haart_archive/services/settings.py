"""Archive-wide settings (backup reminder, idle time, second approval...), sealed in the store."""

from __future__ import annotations

from typing import Any

from haart_archive.context import Context
from haart_archive.store.models import Setting


class Settings:
    """Anyone signed in reads a setting; only a custodian changes one (audited)."""

    def __init__(self, context: Context):
        self._ctx = context

    def get(self, name: str, default: Any = None) -> Any:
        with self._ctx.read() as session:
            row = session.get(Setting, f"setting.{name}")
            return default if row is None else self._ctx.sealer.open_json(row, "value_sealed")

    def set(self, name: str, value: Any) -> None:
        self._ctx.require("change archive settings")
        with self._ctx.transaction() as session:
            row = session.get(Setting, f"setting.{name}") or Setting(id=f"setting.{name}")
            self._ctx.sealer.seal_json(row, "value_sealed", value)
            session.add(row)
            self._ctx.audit.record(session, "setting changed", "setting", name)
