"""Following the change feed: this desktop's sealed search index catches up with what every
user changed, and open lists learn which testimonies changed, without restarting.

The position reached is kept per tier beside the index in the local cache folder (a number
and the feed's id, nothing else). An index whose position is unknown (new desktop, another
database restored at the same address) is rebuilt from the server. Several processes of one
desktop take turns on the cache through a file lock.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

from haart_archive.context import Context
from haart_archive.search.errors import IndexNeedsRebuild
from haart_archive.search.index import SearchResults
from haart_archive.services.search import SearchService
from haart_archive.vault.keys import Tier

if os.name == "nt":  # pragma: no cover - Windows desktops
    import msvcrt

    def _lock_file(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)

    def _unlock_file(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock_file(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock_file(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.contextmanager
def cache_lock(folder: Path) -> Iterator[None]:
    fd = os.open(folder / "cache.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock_file(fd)
        yield
    finally:
        with contextlib.suppress(OSError):
            _unlock_file(fd)
        os.close(fd)


class FeedSearch(SearchService):
    """The search service of a server archive: every search first applies the feed."""

    def __init__(self, context: Context, documents: object):
        super().__init__(context, documents)
        self._server = context.server

    def search(self, *args: object, **kwargs: object) -> SearchResults:
        with cache_lock(self._ctx.folder):
            self.catch_up()
            return super().search(*args, **kwargs)

    def open_indexes(self, progress: object = None, cancelled: object = None) -> str | None:
        with cache_lock(self._ctx.folder):
            self.catch_up()
            return super().open_indexes(progress, cancelled)

    def rebuild(self, tier: object = None, progress: object = None, cancelled: object = None) -> None:
        with cache_lock(self._ctx.folder):
            head = self._server.feed_head()
            super().rebuild(tier, progress, cancelled)
            for each in self._readable_tiers():
                self._save_position(each, head)

    def record_changed(self, testimony_id: str, kind: str) -> None:
        """This desktop's own changes come back through the feed like everybody's."""

    def catch_up(self) -> int:
        """Apply every change since this desktop's index last looked; returns how many."""
        head = self._server.feed_head()
        known: dict[Tier, int] = {}
        for tier in self._readable_tiers():
            position = self._position(tier)
            if position is None or position > head:
                self.forget_index(tier)  # built from the server on first use, up to date
                self._save_position(tier, head)
            else:
                known[tier] = position
        behind = {tier: position for tier, position in known.items() if position < head}
        if not behind:
            return 0
        changes = self._server.changes_since(min(behind.values()))
        ids = sorted({testimony_id for seq, testimony_id, _kind in changes if seq <= head})
        if ids:
            existing = set(self._all_ids())
            for tier in behind:  # only indexes that exist; a missing one is built whole when used
                try:
                    self._update(tier, ids, existing)
                except IndexNeedsRebuild as why:
                    self._rebuild_damaged(tier, why)
        for tier in behind:
            self._save_position(tier, head)
        return len(ids)

    def _position_file(self, tier: Tier) -> Path:
        return self._ctx.folder / f"feed-{tier.value}.json"

    def _position(self, tier: Tier) -> int | None:
        try:
            saved = json.loads(self._position_file(tier).read_text("ascii"))
        except (OSError, ValueError):
            return None
        if saved.get("feed") != self._server.feed_id or not self._folder(tier).exists():
            return None
        return int(saved.get("seq", 0))

    def _save_position(self, tier: Tier, seq: int) -> None:
        path = self._position_file(tier)
        temp = path.with_suffix(".tmp")
        temp.write_text(json.dumps({"feed": self._server.feed_id, "seq": seq}), "ascii")
        os.replace(temp, path)
