"""Statistics for advocacy: counts from the public tier, with small cells suppressed."""

from haart_archive.statistics.suppression import (
    COMPLEMENTARY,
    DEFAULT_K,
    PRIMARY,
    CountCell,
    SuppressedTable,
    cells_to_hide,
    suppress_counts,
)

__all__ = [
    "COMPLEMENTARY",
    "DEFAULT_K",
    "PRIMARY",
    "CountCell",
    "SuppressedTable",
    "cells_to_hide",
    "suppress_counts",
]
