"""Counting testimonies by one field or two crossed, before suppression.

Each testimony is given as its facts: a field's name mapped to the values it has (one value,
or several for fields such as push factors; "not_recorded" when there is none). A testimony
counts once in every cell whose values it has, and once in each total, so the totals of a
field with several values per testimony are not the sums of their cells; the suppression
knows this from the totals it is given.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from haart_archive.statistics.suppression import DEFAULT_K, SuppressedTable, suppress_counts

Facts = Mapping[str, tuple[str, ...]]


def count_by(facts: Iterable[Facts], fields: Sequence[str], k: int = DEFAULT_K) -> SuppressedTable:
    """The suppressed table of counts of `facts` by `fields` (one or two names)."""
    fields = tuple(fields)
    cells: Counter = Counter()
    totals: Counter = Counter()
    for record in facts:
        firsts = set(record[fields[0]])
        totals[(None,) * len(fields)] += 1
        if len(fields) == 1:
            for value in firsts:
                cells[(value,)] += 1
            continue
        seconds = set(record[fields[1]])
        for value in firsts:
            totals[(value, None)] += 1
        for value in seconds:
            totals[(None, value)] += 1
        for first in firsts:
            for second in seconds:
                cells[(first, second)] += 1
    if not totals:
        totals[(None,) * len(fields)] = 0
    return suppress_counts(fields, dict(cells), k=k, totals=dict(totals))
