"""Counting records with one or several values per field, then suppressing: whatever the
records, no published count (totals included) is from 1 to k-1."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from haart_archive.statistics.counting import count_by

K = 5
single = st.sampled_from(["a", "b", "c", "d"]).map(lambda v: (v,))
several = st.lists(st.sampled_from(["x", "y", "z"]), min_size=1, max_size=3, unique=True).map(tuple)
records = st.lists(st.fixed_dictionaries({"one": single, "many": several, "other": single}), max_size=60)


@settings(max_examples=120, deadline=None)
@given(records, st.sampled_from([("one",), ("many",), ("one", "other"), ("one", "many"), ("many", "one")]))
def test_no_small_count_is_published_whatever_the_records(facts, fields):
    table = count_by(facts, fields, K)
    published = [cell.count for cell in table.cells if cell.count is not None]
    assert not [count for count in published if 0 < count < K]
    assert table.total.count in (None, len(facts))


@settings(max_examples=120, deadline=None)
@given(records)
def test_a_record_with_several_values_counts_once_in_each_and_once_in_the_total(facts):
    table = count_by(facts, ("many",), k=2)
    if facts:
        assert table.total.count is None or table.total.count == len(facts)
    for cell in table.cells:
        if not cell.is_total and cell.count is not None:
            assert cell.count == sum(1 for record in facts if cell.values[0] in record["many"])


def test_counts_of_one_field_with_several_values():
    facts = [{"many": ("x", "y")}] * 12 + [{"many": ("x",)}] * 3
    table = count_by(facts, ("many",), k=11)
    assert table.cell("x").count == 15 and table.cell("y").count == 12 and table.total.count == 15
