"""Statistics over the store: counts from the public tier, consent respected, small cells
suppressed everywhere (totals included), and the `stats` command's JSON contract."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest

from haart_archive.cli import main
from haart_archive.errors import InvalidInput
from haart_archive.types.statistics import STAT_FIELDS
from haart_archive.types.testimonies import Tags, TestimonyDraft, draft_from_dict
from tests.conftest import PASSPHRASES, USER_NAMES
from tests.services.helpers import consent_form

K = 11


def _draft(index: int) -> TestimonyDraft:
    sex = "female" if index % 4 else "male"  # 30 female, 10 male of 40
    return TestimonyDraft(
        title=f"Statistics case {index} (fictional)",
        text="A fictional case note for counting.",
        county=("kilifi", "mombasa", "nairobi", "kisumu")[index % 4 if index < 36 else 3],
        tags=Tags(exploitation=("domestic_servitude",) if index % 3 else ("forced_labour",),
                  push_factors=("poverty", "unemployment") if index % 2 else ("poverty",),
                  recruitment=("employment_agency",) if index % 5 else ("friend",)),
        event_years=(2020 + index % 3,),
        sex=sex,
        age_band=("18_24", "25_34", "12_17")[index % 3] if index != 7 else "0_11",
        destination_country="SA" if index < 26 else ("AE" if index < 38 else "QA"),
        route="air_nairobi" if index % 2 else "air_mombasa",
    )


@pytest.fixture()
def counted(archive_copy):
    """40 testimonies whose consent allows statistics, beside the template's two without consent."""
    with archive_copy.open("editor") as archive:
        ids = archive.testimonies.add_many([_draft(i) for i in range(40)])
        for testimony_id in ids:
            archive.consent.grant(testimony_id, consent_form(uses=("case_work", "research")))
    return archive_copy, ids


def _assert_no_small_count(rows: list[dict], k: int = K) -> None:
    small = [row for row in rows if row["count"] is not None and 0 < row["count"] < k]
    assert not small, f"counts between 1 and k-1 were published: {small}"


def test_an_advocate_counts_by_each_field_and_no_small_count_is_published(counted):
    fixture, _ids = counted
    with fixture.open("advocate") as archive:
        sex = archive.statistics.table("sex")
        assert sex.counted == 40 and sex.left_out == 2, "the two testimonies without consent are left out"
        assert sex.table.cell("male").suppressed and sex.table.cell("male").count is None
        # 30 female and the total 40 would give away the 10 men: the female count is hidden too.
        assert sex.table.cell("female").suppressed and sex.table.cell("female").reason == "complementary"
        destination = archive.statistics.table("destination_country")
        # Qatar's 2 are hidden; alone they would be 40 - 26 - 12, so the 12 are hidden too (2 + 12 >= k).
        assert destination.table.cell("SA").count == 26 and destination.table.cell("QA").reason == "fewer than k"
        assert destination.table.cell("AE").count is None and destination.table.cell("AE").reason == "complementary"
        assert archive.statistics.table("destination_country", k=2).table.cell("AE").count == 12
        for field in STAT_FIELDS:
            _assert_no_small_count(archive.statistics.table(field.name).rows())
        for first, second in itertools.combinations([f.name for f in STAT_FIELDS], 2):
            _assert_no_small_count(archive.statistics.table([first, second]).rows())


def test_a_single_hidden_cell_is_never_left_alone_in_a_line_whose_total_is_published(counted):
    """For fields with one value per testimony every line adds up: a published total minus the
    published cells must not give a hidden count (which would be from 1 to k-1)."""
    fixture, _ids = counted
    single = [f.name for f in STAT_FIELDS if not f.multiple]
    with fixture.open("advocate") as archive:
        for fields in [*([name] for name in single), *itertools.combinations(single, 2)]:
            table = archive.statistics.table(list(fields))
            cells = {cell.values: cell for cell in table.cells}
            lines = _lines(cells, len(fields))
            for total_key, parts in lines:
                total = cells[total_key]
                if total.count is None:
                    continue
                hidden = [cells[key] for key in parts if cells[key].count is None]
                worked_out = total.count - sum(cells[key].count for key in parts if cells[key].count is not None)
                assert len(hidden) != 1, f"{fields}: one hidden cell of {total_key} equals {worked_out}"
                assert worked_out == 0 or worked_out >= K, f"{fields}: hidden cells of {total_key} sum to {worked_out}"


def _lines(cells: dict, width: int) -> list[tuple[tuple, list[tuple]]]:
    if width == 1:
        return [((None,), [key for key in cells if key != (None,)])]
    rows = {key[0] for key in cells if key[0] is not None}
    cols = {key[1] for key in cells if key[1] is not None}
    lines = [((row, None), [key for key in cells if key[0] == row and key[1] is not None]) for row in rows]
    lines += [((None, col), [key for key in cells if key[1] == col and key[0] is not None]) for col in cols]
    lines.append(((None, None), [(row, None) for row in rows]))
    lines.append(((None, None), [(None, col) for col in cols]))
    return lines


def test_a_withdrawal_takes_the_testimony_out_of_the_counts(counted):
    fixture, ids = counted
    with fixture.open("editor") as archive:
        archive.consent.withdraw(ids[0], on=dt.date.today())
        table = archive.statistics.table("destination_country")
    assert table.counted == 39 and table.left_out == 3
    assert table.table.cell("SA").count == 25


def test_bad_fields_and_k_are_refused_with_a_sentence(counted):
    fixture, _ids = counted
    with fixture.open("advocate") as archive:
        for by in ("colour", "sex,sex", "sex,year,county", ""):
            with pytest.raises(InvalidInput):
                archive.statistics.table(by)
        with pytest.raises(InvalidInput):
            archive.statistics.table("sex", k=1)


def test_case_facts_are_controlled_values_and_round_trip(archive_copy):
    with pytest.raises(InvalidInput, match="not a known sex"):
        TestimonyDraft(title="t", text="x", sex="woman").validate()
    with pytest.raises(InvalidInput, match="destination country"):
        draft_from_dict({"title": "t", "text": "x", "destination_country": "Riyadh"})
    draft = draft_from_dict({"title": "t", "text": "x", "sex": "male", "age_band": "12_17",
                             "destination_country": "QA", "route": "sea", "tags": {"recruitment": ["family"]}})
    with archive_copy.open("editor") as archive:
        record = archive.testimonies.get(archive.testimonies.add(draft))
    assert (record.sex, record.age_band, record.destination_country, record.route) == ("male", "12_17", "QA", "sea")
    assert record.tags.recruitment == ("family",)


def test_the_case_facts_are_sealed_not_plain(archive_copy):
    draft = _draft(3)
    with archive_copy.open("editor") as archive:
        archive.testimonies.add(draft)
    for path in archive_copy.path.rglob("*"):
        if path.is_file():
            assert b"overland_uganda" not in path.read_bytes() and b"air_mombasa" not in path.read_bytes()


# -- the command line ---------------------------------------------------------------------------
def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_stats_json_is_a_list_of_rows_with_the_fields_and_count(counted, capsys, monkeypatch, tmp_path):
    fixture, _ids = counted
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["advocate"])
    user = USER_NAMES["advocate"]
    code, out, err = _run(capsys, "stats", fixture.path, "--by", "destination_country,year", "--json", "--user", user,
                          "--out", tmp_path / "c.csv", "--out", tmp_path / "c.svg")
    assert code == 0, err
    rows = json.loads(out)
    assert isinstance(rows, list) and rows
    for row in rows:
        assert {"destination_country", "year", "count"} <= set(row)
        assert row["count"] is None or isinstance(row["count"], int)
        assert (row["count"] is None) == row["suppressed"]
    _assert_no_small_count(rows)
    grand = next(r for r in rows if r["destination_country"] is None and r["year"] is None)
    assert grand["count"] == 40
    assert (tmp_path / "c.csv").read_text().startswith("destination_country,destination_country_label,year")
    assert (tmp_path / "c.svg").read_bytes().lstrip().startswith(b"<?xml")
    code, out, _ = _run(capsys, "stats", fixture.path, "--by", "sex", "--k", "5", "--user", user)
    assert code == 0 and "Female" in out and "30" in out and "Total" in out
    code, _out, err = _run(capsys, "stats", fixture.path, "--by", "height", "--user", user)
    assert code == 2 and "not a field" in err


def test_add_and_edit_take_case_fact_flags(archive_copy, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["editor"])
    user = USER_NAMES["editor"]
    text = tmp_path / "t.txt"
    text.write_text("A fictional note.", encoding="utf-8")
    code, out, err = _run(capsys, "add", archive_copy.path, "--user", user, "--title", "Flags", "--text-file", text,
                          "--sex", "female", "--age-band", "18_24", "--destination", "LB", "--route", "air_nairobi",
                          "--tag", "recruitment:employment_agency")
    assert code == 0, err
    testimony_id = out.strip()
    code, _out, err = _run(capsys, "edit", archive_copy.path, testimony_id, "--user", user, "--route", "air_mombasa",
                           "--untag", "recruitment:employment_agency", "--tag", "recruitment:friend")
    assert code == 0, err
    code, out, _ = _run(capsys, "show", archive_copy.path, testimony_id, "--user", user, "--json")
    shown = json.loads(out)
    assert (shown["sex"], shown["age_band"], shown["destination_country"], shown["route"]) == (
        "female", "18_24", "LB", "air_mombasa")
    assert shown["tags"]["recruitment"] == ["friend"] and shown["text"] == "A fictional note."
    code, _out, err = _run(capsys, "edit", archive_copy.path, testimony_id, "--user", user, "--sex", "woman")
    assert code == 2 and "not a known sex" in err
