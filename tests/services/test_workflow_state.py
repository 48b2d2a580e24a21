"""A testimony's place in the workflow, shown in the list: new, in redaction, approved,
stale, published; and the small reads the desktop list relies on."""

from __future__ import annotations

from haart_archive.archive import Archive
from haart_archive.types.publishing import PublicationSpec
from haart_archive.types.testimonies import TestimonyDraft
from tests.services.helpers import consent_form


def state(archive, testimony_id):
    return archive.testimonies.summary(testimony_id).state


def test_the_state_follows_redaction_approval_edits_and_publication(archive_copy, tmp_path):
    testimony_id = archive_copy.testimony_ids[0]
    with archive_copy.open("editor") as archive:
        assert state(archive, testimony_id) == "new"
        desk = archive.redaction
        version_id = desk.create_version(testimony_id, desk.default_plan(testimony_id))
        assert state(archive, testimony_id) == "in_redaction"
        desk.approve(version_id)
        assert state(archive, testimony_id) == "approved"
        archive.consent.grant(testimony_id, consent_form())
        spec = PublicationSpec.from_dict({"title": "Story", "channel": "web", "items": [{"version": version_id}]})
        publication_id, _ = archive.publishing.build(spec, tmp_path / "out")
        assert state(archive, testimony_id) == "published"
        archive.publishing.record_takedown(publication_id)
        assert state(archive, testimony_id) == "approved"
        archive.testimonies.update(testimony_id, TestimonyDraft(title="Edited", text="Changed text.", county="kilifi"))
        assert state(archive, testimony_id) == "stale"
        assert {row.id: row.state for row in archive.testimonies.list()}[testimony_id] == "stale"


def test_consent_states_in_one_call_and_exists(archive_copy, tmp_path):
    with archive_copy.open("editor") as archive:
        archive.consent.grant(archive_copy.testimony_ids[0], consent_form())
        states = archive.consent.states()
    assert {k: v.value for k, v in states.items()} == {
        archive_copy.testimony_ids[0]: "active",
        archive_copy.testimony_ids[1]: "none",
    }
    assert Archive.exists(archive_copy.path)
    assert not Archive.exists(tmp_path)
