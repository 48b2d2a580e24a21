"""Encrypted full-text search over testimonies, one Whoosh index per key tier.

The archive layer feeds documents in (`IndexedDocument`) and calls `SearchIndex`; this
package never sees the database. Every index file is sealed (see `storage.py`).
"""

from haart_archive.search.errors import (
    IndexNeedsRebuild,
    IndexTampered,
    RebuildCancelled,
    RebuildReason,
)
from haart_archive.search.index import Hit, SearchIndex, SearchResults
from haart_archive.search.schema import FACET_FIELDS, FILTER_FIELDS, IndexedDocument, Tier
from haart_archive.search.storage import SealedStorage

__all__ = [
    "FACET_FIELDS",
    "FILTER_FIELDS",
    "Hit",
    "IndexNeedsRebuild",
    "IndexTampered",
    "IndexedDocument",
    "RebuildCancelled",
    "RebuildReason",
    "SealedStorage",
    "SearchIndex",
    "SearchResults",
    "Tier",
]
