"""An undecided quasi-identifier blocks approval; once an editor decides, approval goes on."""

from __future__ import annotations

import pytest

from haart_archive.errors import PublicationRefused
from haart_archive.redaction import Decision, EntityType, Operator, Status, default_plan, detect


def _with_pending_detail(archive, testimony_id):
    plan = archive.redaction.default_plan(testimony_id)
    text = archive.testimonies.get(testimony_id).text
    end = text.index(" ", 5)
    plan.decisions.append(Decision(0, end, EntityType.QUASI_IDENTIFIER, Operator.LABEL, Status.PENDING,
                                   text[:end], "a distinctive body mark (scar, burn, tattoo, birthmark)", 0.8))
    return plan


def test_an_undecided_quasi_identifier_blocks_approval_until_decided(archive_copy):
    with archive_copy.open("editor") as archive:
        testimony_id = archive_copy.testimony_ids[0]
        plan = _with_pending_detail(archive, testimony_id)
        version_id = archive.redaction.create_version(testimony_id, plan)
        with pytest.raises(PublicationRefused, match="quasi-identifier"):
            archive.redaction.approve(version_id)
        assert not archive.redaction.version(version_id).approved

        plan.accept(len(plan.decisions) - 1)  # the editor removes the detail
        decided = archive.redaction.create_version(testimony_id, plan)
        archive.redaction.approve(decided)
        assert archive.redaction.version(decided).approved


def test_the_default_plan_removes_quasi_identifiers_when_anonymous_and_asks_otherwise():
    text = "Esther is the only woman in Kanduyi who drives a matatu. She has a scar on her left cheek."
    found = detect(text)
    quasi = [s for s in found if s.type == EntityType.QUASI_IDENTIFIER]
    assert {s.reason for s in quasi} == {"uniqueness ('the only ...') can point to one person",
                                         "a distinctive body mark (scar, burn, tattoo, birthmark)"}
    # the name inside the clause stays a suggestion of its own
    assert any(s.text == "Esther" and s.type == EntityType.PERSON for s in found)
    anonymous = default_plan(text, found, anonymity="anonymous")
    assert not anonymous.undecided_quasi_identifiers()
    for level in ("pseudonym", "first_name", "full_name"):
        assert len(default_plan(text, found, anonymity=level).undecided_quasi_identifiers()) == len(quasi)
