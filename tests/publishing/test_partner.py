"""Partner export: k-anonymity holds for any record set, and the report counts are right."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from haart_archive.errors import InvalidInput
from haart_archive.publishing.ctdc import (
    COLUMNS,
    DATA_DICTIONARY,
    CaseRecord,
    Generalisation,
    allowed,
    to_row,
)
from haart_archive.publishing.partner import build_partner_export
from haart_archive.publishing.partner_files import (
    export_file_json,
    export_files_csv,
    write_csv,
    write_json,
)
from haart_archive.vocabulary import codes

COUNTRIES = ["KE", "UG", "TZ", "SA", "AE", "QA", "IN", "ZZ"]

records_strategy = st.builds(
    CaseRecord,
    year=st.integers(2015, 2024),
    gender=st.sampled_from(["female", "male", "other", "unknown"]),
    age=st.none() | st.integers(0, 70),
    citizenship=st.sampled_from(COUNTRIES[:3] + ["ZZ"]),
    country_of_exploitation=st.sampled_from(COUNTRIES),
    exploitation=st.frozensets(st.sampled_from(codes("exploitation")[:4]), max_size=2),
    sectors=st.frozensets(st.sampled_from(codes("sector")[:3]), max_size=1),
    indicators=st.frozensets(st.sampled_from(codes("ilo_indicator")[:4]), max_size=2),
    recruiter_relation=st.sampled_from(codes("recruiter_relation")),
)


def common_case(**changes) -> CaseRecord:
    values = dict(
        year=2022, gender="female", age=24, citizenship="KE", country_of_exploitation="SA",
        exploitation={"domestic_servitude"}, sectors={"domestic_work"},
        indicators={"retention_of_documents", "withholding_wages"}, recruiter_relation="employment_agency",
    )  # fmt: skip
    return CaseRecord(**(values | changes))


def combination(row: dict) -> tuple:
    return tuple(row[column] for column in COLUMNS)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=st.lists(records_strategy, max_size=120), k=st.sampled_from([2, 5, 11]))
def test_every_exported_combination_is_shared_by_at_least_k_rows(records, k):
    export = build_partner_export(records, k=k)
    sizes = Counter(combination(row) for row in export.rows)

    assert all(size >= k for size in sizes.values())
    report = export.report
    assert report.total == len(records)
    assert report.exported == len(export.rows)
    assert report.suppressed == len(records) - len(export.rows)
    assert (report.suppressed > 0) == any("records were suppressed" in r for r in report.reasons)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=st.lists(records_strategy, max_size=120))
def test_rows_are_the_records_generalised_and_nothing_invented(records):
    export = build_partner_export(records)
    steps = frozenset(
        step for step in Generalisation if step.value in export.report.generalisations
    )
    generalised = Counter(combination(to_row(record, steps)) for record in records)
    exported = Counter(combination(row) for row in export.rows)

    assert not exported - generalised  # every row stands for a real record
    # Only whole small groups were dropped: a kept combination keeps all its records.
    assert all(generalised[key] == count for key, count in exported.items())
    for row in export.rows:
        assert list(row) == list(COLUMNS)
        assert all(allowed(column, value) for column, value in row.items())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=st.lists(records_strategy, max_size=80), k=st.sampled_from([5, 11]))
def test_aggregate_cells_below_k_are_hidden_and_cannot_be_worked_out(records, k):
    export = build_partner_export(records, k=k)
    by_variable: dict[str, list[dict]] = {}
    for cell in export.aggregates:
        by_variable.setdefault(cell["variable"], []).append(cell)
        if not cell["suppressed"]:
            assert (
                cell["count"] == 0
                or cell["count"] >= k
                or cell["variable"] == "total"
                and cell["count"] == 0
            )

    rows = [to_row(record) for record in records]
    for variable, cells in by_variable.items():
        if variable == "total":
            continue
        true_counts = Counter(str(row[variable]) for row in rows)
        hidden = [true_counts[cell["value"]] for cell in cells if cell["suppressed"]]
        assert sum(hidden) == 0 or sum(hidden) >= k or len(records) < k
        for cell in cells:
            if not cell["suppressed"]:
                assert cell["count"] == true_counts[cell["value"]]
    assert export.report.suppressed_cells == sum(c["suppressed"] for c in export.aggregates)


def test_a_rare_case_is_suppressed_and_the_report_says_why():
    records = [common_case() for _ in range(30)] + [
        common_case(gender="male", age=61, citizenship="BI", exploitation={"organ_removal"})
    ]

    export = build_partner_export(records, k=11)

    assert export.report.exported == 30 and export.report.suppressed == 1
    assert export.report.generalisations == ()
    assert export.report.reasons[0].startswith("1 records were suppressed")
    assert all(row["isOrganRemoval"] == 0 for row in export.rows)


def test_generalisation_is_preferred_to_dropping_many_records():
    # Twelve people in four different years: exact years would suppress everyone.
    records = [common_case(year=2020 + n % 4) for n in range(12)]

    export = build_partner_export(records, k=11)

    assert export.report.suppressed == 0
    assert export.report.generalisations == (Generalisation.YEAR_TO_PERIOD.value,)
    assert {row["yearOfRegistration"] for row in export.rows} == {"2020-2024"}


def test_fewer_than_k_records_export_nothing():
    export = build_partner_export([common_case() for _ in range(10)], k=11)

    assert export.rows == []
    assert export.report.suppressed == 10
    assert all(cell["count"] in (None, 0) for cell in export.aggregates)


def test_exact_age_is_never_exported():
    export = build_partner_export([common_case(age=24) for _ in range(11)])

    assert export.rows[0]["ageBroad"] == "24--26"
    assert 24 not in export.rows[0].values()


def test_minor_status_without_an_age_and_contradictions_are_checked():
    assert to_row(common_case(age=None, minor=True))["majorityStatus"] == "Minor"
    with pytest.raises(InvalidInput):
        common_case(age=30, minor=True)


@pytest.mark.parametrize(
    "change",
    [
        {"gender": "Grace Akinyi"},
        {"citizenship": "Kenya"},
        {"exploitation": {"told us about her employer"}},
        {"recruiter_relation": "uncle Otieno"},
        {"age": -1},
    ],
)
def test_free_text_cannot_enter_a_case_record(change):
    with pytest.raises(InvalidInput):
        common_case(**change)


def test_csv_files_carry_rows_aggregates_dictionary_and_report(tmp_path):
    export = build_partner_export([common_case() for _ in range(12)])

    paths = write_csv(export, tmp_path, "Partner export Q2 2025")

    assert sorted(p.name for p in paths) == sorted(
        f"partner-export-q2-2025-{s}.csv"
        for s in ("cases", "aggregates", "data-dictionary", "report")
    )
    cases = list(csv.DictReader(io.StringIO(paths[0].read_text("utf-8"))))
    assert len(cases) == 12 and list(cases[0]) == list(COLUMNS)
    dictionary = list(csv.DictReader(io.StringIO(paths[2].read_text("utf-8"))))
    assert [entry["variable"] for entry in dictionary] == list(COLUMNS)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)


def test_json_file_round_trips_and_refuses_to_overwrite(tmp_path):
    export = build_partner_export([common_case() for _ in range(12)])

    (path,) = write_json(export, tmp_path)
    document = json.loads(path.read_text("utf-8"))

    assert document["cases"] == export.rows
    assert document["report"]["exported"] == 12
    assert len(document["data_dictionary"]) == len(DATA_DICTIONARY)
    with pytest.raises(InvalidInput):
        write_json(export, tmp_path)


def test_export_bytes_contain_only_dictionary_values():
    export = build_partner_export([common_case() for _ in range(12)])
    files = export_files_csv(export) | export_file_json(export)

    cases = next(data for name, data in files.items() if name.endswith("cases.csv")).decode()
    for row in csv.DictReader(io.StringIO(cases)):
        assert all(
            allowed(c, int(v) if v.isdigit() and c not in ("yearOfRegistration",) else (v or None))
            for c, v in row.items()
        )
