"""De-identified partner exports with k-anonymity.

Every exported column counts as a quasi-identifier: in a data set of a few hundred
cases a rare form of exploitation or a rare means of control identifies someone as
surely as an age and a nationality do. The export must therefore satisfy: every
combination of values in the case-level rows is shared by at least ``k`` rows (default
11, as CTDC uses for its public data set).

How it gets there:
1. Choose the generalisation steps (ctdc.Generalisation; any subset of them, 128 in all)
   that suppress the fewest records, preferring, among those within the suppression
   limit, the ones that lose the least information.
2. Suppress (drop) every record whose combination is still shared by fewer than k.
3. The report says which steps were applied and how many records were dropped and why.

Aggregate tables count the records given, one variable at a time. A cell under k is
suppressed, and more cells are suppressed until the hidden cells of a variable add up to
at least k, so a hidden count can neither be read off nor worked out from the total.
Which testimonies may be shared at all is decided by the consent policy before the
records reach this module.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.publishing.ctdc import (
    COLUMNS,
    EXPLOITATION_FLAGS,
    LABOUR_FLAGS,
    MEANS_FLAGS,
    RECRUITER_FLAGS,
    CaseRecord,
    Generalisation,
    to_row,
)
from haart_archive.statistics.suppression import DEFAULT_K, cells_to_hide

DEFAULT_MAX_SUPPRESSION = 0.1  # share of records that may be dropped before generalising more

# Information lost by each step, used to choose between step sets that suppress as little.
_COST = {
    Generalisation.YEAR_TO_PERIOD: 1,
    Generalisation.RECRUITER_WITHHELD: 1,
    Generalisation.AGE_TO_MAJORITY: 2,
    Generalisation.CITIZENSHIP_TO_REGION: 2,
    Generalisation.COUNTRY_TO_REGION: 2,
    Generalisation.LABOUR_WITHHELD: 3,
    Generalisation.MEANS_WITHHELD: 3,
}
_SINGLE_VALUED = (
    "yearOfRegistration",
    "gender",
    "ageBroad",
    "majorityStatus",
    "citizenship",
    "CountryOfExploitation",
)


@dataclass(frozen=True)
class SuppressionReport:
    """What the export did to reach k-anonymity, in numbers and in sentences."""

    k: int
    total: int  # records given
    exported: int  # case-level rows in the export
    suppressed: int  # records dropped from the case-level rows
    generalisations: tuple[str, ...]
    reasons: tuple[str, ...]
    suppressed_cells: int  # aggregate cells hidden
    quasi_identifiers: tuple[str, ...] = COLUMNS


@dataclass(frozen=True)
class PartnerExport:
    """Case-level rows, aggregate tables and the report of one partner export."""

    rows: list[dict]
    aggregates: list[dict]
    report: SuppressionReport


def build_partner_export(
    records: Iterable[CaseRecord],
    k: int = DEFAULT_K,
    *,
    max_suppression: float = DEFAULT_MAX_SUPPRESSION,
) -> PartnerExport:
    """Build a k-anonymous export from records the consent policy allows to share.

    Rows carry no identifier and are sorted by their values, so neither an id nor the
    order of intake can link a row back to a testimony.
    """
    records = list(records)
    if k < 2:
        raise InvalidInput(Message("k for a partner export must be at least 2."))
    if not 0 <= max_suppression <= 1:
        raise InvalidInput(Message("The suppression limit is a share between 0 and 1."))
    steps = choose_generalisation(records, k, max_suppression)
    rows = [to_row(record, steps) for record in records]
    kept = _k_anonymous(rows, k)
    aggregates = aggregate_tables(records, k)
    report = _report(records, kept, steps, k, aggregates)
    return PartnerExport(sorted(kept, key=_sort_key), aggregates, report)


def choose_generalisation(
    records: Sequence[CaseRecord], k: int, max_suppression: float = DEFAULT_MAX_SUPPRESSION
) -> frozenset[Generalisation]:
    """The step set to apply: least information lost within the suppression limit.

    When no step set keeps suppression within the limit, the one suppressing the fewest
    records wins. Ties go to the smaller loss, then the fewer steps, then a fixed order,
    so the same records always give the same export.
    """
    limit = max_suppression * len(records)
    best_key, best = None, frozenset()
    for steps in _all_step_sets():
        suppressed = _suppressed_count([to_row(record, steps) for record in records], k)
        loss = sum(_COST[step] for step in steps)
        over = suppressed > limit
        key = (over, suppressed if over else 0, loss, suppressed, len(steps), sorted(steps))
        if best_key is None or key < best_key:
            best_key, best = key, steps
    return best


def _all_step_sets() -> list[frozenset[Generalisation]]:
    steps = list(Generalisation)
    return [
        frozenset(combo)
        for size in range(len(steps) + 1)
        for combo in itertools.combinations(steps, size)
    ]


def _key(row: dict) -> tuple:
    return tuple(row[column] for column in COLUMNS)


def _sort_key(row: dict) -> tuple:
    return tuple("" if row[column] is None else str(row[column]) for column in COLUMNS)


def _suppressed_count(rows: list[dict], k: int) -> int:
    sizes = Counter(_key(row) for row in rows)
    return sum(size for size in sizes.values() if size < k)


def _k_anonymous(rows: list[dict], k: int) -> list[dict]:
    sizes = Counter(_key(row) for row in rows)
    return [row for row in rows if sizes[_key(row)] >= k]


def _report(records, kept, steps, k, aggregates) -> SuppressionReport:
    suppressed = len(records) - len(kept)
    reasons = []
    if records and len(records) < k:
        reasons.append(
            f"All {len(records)} records were suppressed: fewer than {k} records were given, "
            "so no combination of values can be shared by enough people."
        )
    elif suppressed:
        reasons.append(
            f"{suppressed} records were suppressed: even after generalisation, fewer than {k} "
            "records shared their combination of values."
        )
    hidden = sum(1 for cell in aggregates if cell["suppressed"])
    if hidden:
        reasons.append(
            f"{hidden} aggregate cells were suppressed: they counted fewer than {k} records, "
            f"or were hidden so that the suppressed cells of a variable add up to at least {k}."
        )
    ordered = [step.value for step in Generalisation if step in steps]
    return SuppressionReport(
        k, len(records), len(kept), suppressed, tuple(ordered), tuple(reasons), hidden
    )


def aggregate_tables(records: Sequence[CaseRecord], k: int = DEFAULT_K) -> list[dict]:
    """One-way tables of counts: the total, each single-valued variable and each flag.

    Each cell is ``{"variable", "value", "count", "suppressed"}``; a suppressed cell has
    count None. Values nobody has are left out, except the 0/1 of a flag. Counts use the
    finest published level (age band, exact year, country).
    """
    rows = [to_row(record) for record in records]
    total = len(rows)
    cells = [_cell("total", "all", total, suppressed=0 < total < k)]
    if total < k:
        # With fewer than k records every count would narrow down to too few people.
        return cells + [
            _cell(variable, value, count, suppressed=count > 0)
            for variable, counts in _tables(rows)
            for value, count in counts.items()
        ]
    for variable, counts in _tables(rows):
        hidden = cells_to_hide(counts, k)
        cells += [_cell(variable, value, count, value in hidden) for value, count in counts.items()]
    return cells


def _tables(rows: list[dict]) -> list[tuple[str, dict[str, int]]]:
    tables = []
    for variable in _SINGLE_VALUED:
        counts = Counter(str(row[variable]) for row in rows)
        tables.append((variable, dict(sorted(counts.items()))))
    for flag in (*EXPLOITATION_FLAGS, *LABOUR_FLAGS, *MEANS_FLAGS, *RECRUITER_FLAGS):
        with_flag = sum(row[flag] for row in rows)
        tables.append((flag, {"1": with_flag, "0": len(rows) - with_flag}))
    return tables


def _cell(variable: str, value: str, count: int, suppressed: bool) -> dict:
    return {
        "variable": variable,
        "value": value,
        "count": None if suppressed else count,
        "suppressed": suppressed,
    }
