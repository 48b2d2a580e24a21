"""Typed errors of the search index."""

from __future__ import annotations

from enum import StrEnum

from haart_archive.errors import ArchiveError, TamperedRecord


class RebuildReason(StrEnum):
    """Why an index has to be rebuilt from the store."""

    MISSING = "missing"
    DAMAGED = "damaged"
    TAMPERED = "tampered"
    WRONG_KEY = "wrong_key"
    OLD_SCHEMA = "old_schema"


_SENTENCES = {
    RebuildReason.MISSING: "does not exist yet",
    RebuildReason.DAMAGED: "is damaged or incomplete",
    RebuildReason.TAMPERED: "has a file that was changed or damaged",
    RebuildReason.WRONG_KEY: "was made with another key",
    RebuildReason.OLD_SCHEMA: "was made by an older version of the app",
}


class IndexNeedsRebuild(ArchiveError):
    """The search index cannot be used as it is; rebuild it from the store.

    `reason` says why (a `RebuildReason`); `index_id` names the index. The message is
    a sentence for the user, and never contains indexed text.
    """

    exit_code = 4

    def __init__(self, index_id: str, reason: RebuildReason):
        super().__init__(
            f"The search index '{index_id}' {_SENTENCES[reason]}; "
            "it will be rebuilt from the archive."
        )
        self.index_id = index_id
        self.reason = reason


class IndexTampered(IndexNeedsRebuild, TamperedRecord):
    """An index file failed authentication: changed, truncated, moved, or a wrong key."""


class RebuildCancelled(ArchiveError):
    """A rebuild was cancelled; the previous index was left as it was."""

    def __init__(self, index_id: str):
        super().__init__(f"Rebuilding the search index '{index_id}' was cancelled.")
        self.index_id = index_id
