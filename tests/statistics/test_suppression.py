"""Small-cell suppression: no count from 1 to k-1 is published anywhere (totals and margins
included), and no hidden count can be worked out from the published ones, by subtraction in
its row, column or total or by solving all the table's equations together."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from haart_archive.errors import InvalidInput
from haart_archive.publishing.partner import DEFAULT_K as PARTNER_K
from haart_archive.statistics import (
    COMPLEMENTARY,
    DEFAULT_K,
    PRIMARY,
    cells_to_hide,
    suppress_counts,
)

small_counts = st.one_of(st.integers(0, 3), st.integers(0, 14), st.integers(0, 60))


@st.composite
def two_way_tables(draw):
    rows = draw(st.integers(1, 4))
    cols = draw(st.integers(1, 4))
    counts = {(f"r{r}", f"c{c}"): draw(small_counts) for r in range(rows) for c in range(cols)}
    return counts, draw(st.integers(2, 12))


@st.composite
def one_way_tables(draw):
    values = draw(st.integers(1, 7))
    return {f"v{i}": draw(small_counts) for i in range(values)}, draw(st.integers(2, 12))


def _published(table) -> list[int]:
    return [cell.count for cell in table.cells if not cell.suppressed]


def _equations(table) -> list[dict[tuple, int]]:
    """The additive lines of the table, as {cell key: coefficient} summing to zero."""
    keys = {cell.values for cell in table.cells}
    equations = []
    if len(table.fields) == 1:
        equations.append({**{key: 1 for key in keys if key != (None,)}, (None,): -1})
        return equations
    rows = {key[0] for key in keys if key[0] is not None}
    cols = {key[1] for key in keys if key[1] is not None}
    for row in rows:
        equations.append({**{(row, col): 1 for col in cols if (row, col) in keys}, (row, None): -1})
    for col in cols:
        equations.append({**{(row, col): 1 for row in rows if (row, col) in keys}, (None, col): -1})
    equations.append({**{(row, None): 1 for row in rows}, (None, None): -1})
    equations.append({**{(None, col): 1 for col in cols}, (None, None): -1})
    return equations


def _rank(rows: list[list[Fraction]]) -> int:
    rows = [row[:] for row in rows]
    rank, width = 0, len(rows[0]) if rows else 0
    for col in range(width):
        pivot = next((r for r in range(rank, len(rows)) if rows[r][col] != 0), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        for r in range(len(rows)):
            if r != rank and rows[r][col] != 0:
                factor = rows[r][col] / rows[rank][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[rank], strict=True)]
        rank += 1
    return rank


def determined_hidden_cells(table) -> list[tuple]:
    """Hidden cells whose value follows from the published ones by linear algebra: a cell is
    determined when its unit vector lies in the row space of the equations over hidden cells."""
    hidden = [cell.values for cell in table.cells if cell.suppressed]
    if not hidden:
        return []
    matrix = [[Fraction(equation.get(key, 0)) for key in hidden] for equation in _equations(table)]
    matrix = [row for row in matrix if any(row)]
    base = _rank(matrix) if matrix else 0
    determined = []
    for i, key in enumerate(hidden):
        unit = [Fraction(int(j == i)) for j in range(len(hidden))]
        if _rank([*matrix, unit]) == base:
            determined.append(key)
    return determined


def _lines_with_a_published_total(table) -> list[tuple[object, list]]:
    lines = []
    for equation in _equations(table):
        total_key = next(key for key, coefficient in equation.items() if coefficient == -1)
        total = table.cell(*total_key)
        if not total.suppressed:
            lines.append((total, [table.cell(*key) for key, c in equation.items() if c == 1]))
    return lines


def _check(table, k: int) -> None:
    assert all(count == 0 or count >= k for count in _published(table)), "a published count is under k"
    for total, parts in _lines_with_a_published_total(table):
        hidden = [cell for cell in parts if cell.suppressed]
        assert len(hidden) != 1, f"one hidden cell in a line whose total {total.values} is published"
    assert determined_hidden_cells(table) == []
    assert all(cell.reason in (PRIMARY, COMPLEMENTARY) for cell in table.cells if cell.suppressed)
    assert all(cell.reason is None and cell.count is not None for cell in table.cells if not cell.suppressed)


@settings(max_examples=250, deadline=None)
@given(two_way_tables())
def test_two_way_tables_publish_nothing_small_and_nothing_recoverable(table_and_k):
    counts, k = table_and_k
    table = suppress_counts(("a", "b"), counts, k=k)
    _check(table, k)
    for _total, parts in _lines_with_a_published_total(table):
        hidden_sum = sum(_true_count(counts, cell.values) for cell in parts if cell.suppressed)
        assert hidden_sum == 0 or hidden_sum >= k, "hidden cells of a line add up to a small number"


def _true_count(counts: dict, key: tuple) -> int:
    return sum(
        count for cell, count in counts.items()
        if all(v is None or v == c for v, c in zip(key, cell, strict=True))
    )


@settings(max_examples=250, deadline=None)
@given(one_way_tables())
def test_one_way_tables_publish_nothing_small_and_nothing_recoverable(table_and_k):
    counts, k = table_and_k
    table = suppress_counts(("field",), counts, k=k)
    _check(table, k)
    if not table.total.suppressed:
        hidden_sum = sum(counts[cell.values[0]] for cell in table.cells if cell.suppressed and not cell.is_total)
        assert hidden_sum == 0 or hidden_sum >= k


def _partner_rule_before_it_was_shared(counts: dict[str, int], k: int) -> set[str]:
    # The partner export's own loop, as it was before it moved here.
    hidden = {value for value, count in counts.items() if 0 < count < k}
    while hidden and sum(counts[value] for value in hidden) < k:
        visible = [(count, value) for value, count in counts.items() if count > 0 and value not in hidden]
        if not visible:
            break
        hidden.add(min(visible)[1])
    return hidden


@settings(max_examples=250, deadline=None)
@given(one_way_tables())
def test_the_partner_export_keeps_its_rule(table_and_k):
    counts, k = table_and_k
    if sum(counts.values()) >= k:  # the partner export hides everything itself below k
        assert cells_to_hide(counts, k) == _partner_rule_before_it_was_shared(counts, k)


def test_one_constant_k_shared_with_the_partner_export():
    assert DEFAULT_K == PARTNER_K == 11


def test_a_small_cell_in_a_two_by_two_table_hides_the_whole_square_not_the_totals():
    table = suppress_counts(("exploitation", "year"), {
        ("forced_labour", "2021"): 20, ("forced_labour", "2022"): 3,
        ("sexual_exploitation", "2021"): 15, ("sexual_exploitation", "2022"): 25,
    })
    assert table.cell("forced_labour", "2022").reason == PRIMARY
    assert [c.suppressed for c in table.cells if not c.is_total] == [True] * 4
    assert [c.count for c in table.cells if c.is_total] == [23, 40, 35, 28, 63]


def test_a_small_margin_is_hidden_with_a_partner_margin_and_the_rows_behind_it():
    table = suppress_counts(("sex", "year"), {
        ("f", "2021"): 30, ("f", "2022"): 40, ("m", "2021"): 4, ("m", "2022"): 5, ("x", "2021"): 22, ("x", "2022"): 15,
    })
    assert table.cell("m", None).suppressed and table.cell("m", None).reason == PRIMARY
    _check(table, DEFAULT_K)
    assert table.total.count == 116


def test_fewer_records_than_k_publish_no_total_at_all():
    table = suppress_counts(("county",), {"kilifi": 4, "mombasa": 3})
    assert table.total.suppressed and all(cell.suppressed for cell in table.cells)


def test_a_multi_valued_field_whose_counts_do_not_add_up_is_suppressed_cell_by_cell():
    # 40 testimonies, some with several push factors: the cells are no equation of the total.
    table = suppress_counts(("push_factor",), {"poverty": 30, "unemployment": 25, "debt": 4}, totals={None: 40})
    assert table.cell("debt").reason == PRIMARY
    assert not table.cell("poverty").suppressed and not table.cell("unemployment").suppressed
    assert table.total.count == 40


def test_rows_are_json_ready_with_the_fields_and_null_counts():
    rows = suppress_counts(("route",), {"a": 12, "b": 2, "c": 30}).rows()
    assert rows[1] == {"route": "b", "count": None, "suppressed": True, "reason": PRIMARY}
    assert rows[-1] == {"route": None, "count": 44, "suppressed": False, "reason": None}
    assert all(row["route"] is not None for row in suppress_counts(("route",), {"a": 12}).rows(totals=False))


@pytest.mark.parametrize(("fields", "counts", "kwargs"), [
    (("a", "b", "c"), {}, {}),
    (("a",), {"x": -1}, {}),
    (("a",), {"x": 3}, {"k": 1}),
    (("a", "b"), {"x": 3}, {}),
])
def test_bad_input_is_refused_with_a_sentence(fields, counts, kwargs):
    with pytest.raises(InvalidInput):
        suppress_counts(fields, counts, **kwargs)


def test_the_checker_itself_finds_a_cell_left_recoverable():
    # Primary suppression alone leaves the small cell to be read off as total minus the rest.
    from haart_archive.statistics import CountCell, SuppressedTable

    naive = SuppressedTable(("a",), 11, (
        CountCell(("x",), 30, False), CountCell(("y",), None, True, PRIMARY), CountCell((None,), 33, False),
    ))
    assert determined_hidden_cells(naive) == [("y",)]
