"""The publication being built, apart from its widgets: its items in order, as the plain
dicts a spec file holds, and the moves an editor makes on them."""

from __future__ import annotations

from haart_archive.types.publishing import PublicationSpec

ITEM_KEYS = ("kind", "version", "excerpt", "caption", "alt_text")


class PublicationItems:
    """Whole texts, quotes and images, in the order the publication shows them."""

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def __len__(self) -> int:
        return len(self.rows)

    def get(self, row: int) -> dict | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def add(self, kind: str, version: str, excerpt: str = "") -> int:
        """Append an item; returns its row."""
        self.rows.append({"kind": kind, "version": version, "excerpt": excerpt, "caption": "", "alt_text": ""})
        return len(self.rows) - 1

    def edit(self, row: int, key: str, value: str) -> bool:
        item = self.get(row)
        if item is None:
            return False
        item[key] = value
        return True

    def move(self, row: int, step: int) -> int | None:
        """Swap an item with its neighbour; returns its new row, or None if it cannot move."""
        target = row + step
        if self.get(row) is None or self.get(target) is None:
            return None
        self.rows[row], self.rows[target] = self.rows[target], self.rows[row]
        return target

    def remove(self, row: int) -> int | None:
        """Remove an item; returns the row to select next (-1 when none is left)."""
        if self.get(row) is None:
            return None
        del self.rows[row]
        return min(row, len(self.rows) - 1)

    def spec_items(self) -> list[dict]:
        return [{key: item[key] for key in ITEM_KEYS} for item in self.rows]

    def load(self, spec: PublicationSpec) -> None:
        self.rows = [dict(item.__dict__) for item in spec.items]
