"""Redaction plans, operators and pseudonyms."""

from __future__ import annotations

import pytest

from haart_archive.errors import InvalidInput
from haart_archive.redaction import (
    AliasTable,
    EntityType,
    Operator,
    RedactionPlan,
    apply_plan,
    default_plan,
    detect,
    leak_check,
)
from haart_archive.redaction.placeholders import placeholder
from tests.redaction.fixtures import ENGLISH, PEOPLE, SURVIVOR, annotated


def _redact(anonymity, used=()):
    text, _ = annotated(ENGLISH)
    plan = default_plan(text, detect(text, known=PEOPLE), PEOPLE, anonymity, "t-1")
    aliases = AliasTable()
    return text, plan, aliases, apply_plan(text, plan, aliases, PEOPLE, used_elsewhere=used)


@pytest.mark.parametrize("anonymity", ["anonymous", "pseudonym"])
def test_default_plans_leave_no_known_identifier_and_pass_the_leak_check(anonymity):
    _, plan, _, redacted = _redact(anonymity)
    report = leak_check(redacted.text, PEOPLE, reviewed=redacted.reviewed() + plan.reviewed_strings())
    assert report.passed, [(leak.kind, leak.reason) for leak in report.leaks]
    for value in ("Achieng", "Kaloleni", "0722", "28765432", "Langat", "Harbi", "QGT4ABC12X"):
        assert value not in redacted.text


def test_pseudonyms_are_consistent_within_a_testimony_and_never_reused():
    _, _, aliases, redacted = _redact("pseudonym", used={"Survivor A", "Recruiter B"})
    survivor = aliases.aliases["survivor-1"]
    assert survivor.startswith("Survivor") and survivor != "Survivor A"
    assert aliases.aliases["recruiter-1"] != "Recruiter B"
    assert redacted.text.count(survivor) >= 3
    assert len(set(aliases.aliases.values())) == len(aliases.aliases)


def test_first_name_keeps_only_the_survivors_first_name():
    _, _, _, redacted = _redact("first_name")
    assert "Achieng" in redacted.text and "Awino" not in redacted.text and "Ochieng" not in redacted.text
    report = leak_check(redacted.text, PEOPLE, reviewed=redacted.reviewed(), allowed=[SURVIVOR.first_name()])
    assert report.passed, [(leak.kind, leak.reason) for leak in report.leaks]


def test_generalise_ages_villages_and_dates():
    text = "She was 16 years old, from Mtwapa, and left on 14 February 2023."
    plan = default_plan(text, detect(text), anonymity="anonymous")
    out = apply_plan(text, plan).text
    assert out == "She was a teenager, from Kilifi County, and left on February 2023."


def test_full_name_keeps_names_but_labels_numbers():
    text = "Wanjiru Kamau called 0722 111 333."
    out = apply_plan(text, default_plan(text, detect(text), anonymity="full_name")).text
    assert out == "Wanjiru Kamau called [phone number]."


def test_replacements_map_original_to_redacted_offsets():
    text = "Call Otieno on 0722 111 333 today."
    redacted = apply_plan(text, default_plan(text, detect(text), anonymity="anonymous"))
    for r in redacted.replacements:
        assert redacted.text[r.redacted_start:r.redacted_end] == placeholder(r.type, "en")
        assert text[r.original_start:r.original_end] in ("Otieno", "0722 111 333")
    assert len(redacted.provenance["source_sha256"]) == 64


def test_hand_marked_span_every_occurrence_and_rejection():
    text = "The boss at Sunrise Farm beat us. Sunrise Farm is near the lake. Hope came."
    plan = RedactionPlan("t-2", "anonymous", [])
    start = text.index("Sunrise Farm")
    plan.add(text, start, start + len("Sunrise Farm"), EntityType.ORGANIZATION, Operator.LABEL, every_occurrence=True)
    assert apply_plan(text, plan).text.count("[organisation]") == 2
    with pytest.raises(InvalidInput):
        plan.add(text, 5, 500, EntityType.PERSON)


def test_plans_and_alias_tables_round_trip_through_json():
    _, plan, aliases, _ = _redact("pseudonym")
    plan.reject(0)
    plan.accept(1, Operator.MASK, every_occurrence=True)
    assert RedactionPlan.from_json(plan.to_json()) == plan
    assert AliasTable.from_json(aliases.to_json()) == aliases
    with pytest.raises(InvalidInput):
        RedactionPlan.from_json("{not json")


def test_unknown_anonymity_level_is_refused():
    with pytest.raises(InvalidInput):
        default_plan("x", [], anonymity="public")
