"""Communications ask an editor to clear a publication inside the archive; the editor clears
it (every gate runs) or declines with a reason; the person who asked is told."""

from __future__ import annotations

import pytest

from haart_archive.errors import InvalidInput, NotPermitted, PublicationRefused
from haart_archive.types.publishing import PublicationSpec
from tests.services.helpers import approved_version, consent_form


def spec(version_id, title="Voices from the coast"):
    return PublicationSpec.from_dict({"title": title, "channel": "web", "items": [{"version": version_id}]})


@pytest.fixture()
def version(archive_copy):
    editor = archive_copy.open("editor")
    testimony_id = archive_copy.testimony_ids[0]
    editor.consent.grant(testimony_id, consent_form())
    version_id = approved_version(editor, testimony_id)
    editor.lock()
    return version_id


def test_request_clear_and_release(archive_copy, version, tmp_path):
    comms = archive_copy.open("communications")
    assert not comms.publishing.check(spec(version)).ok  # needs an editor's leak check
    request_id = comms.clearances.request(spec(version), note="For the web site on Friday")
    assert comms.clearances.request(spec(version)) == request_id  # asking twice: one request
    assert [r.state for r in comms.clearances.mine()] == ["waiting"]
    with pytest.raises(NotPermitted):
        comms.clearances.waiting()
    with pytest.raises(NotPermitted):
        comms.clearances.clear(request_id)
    comms.lock()

    editor = archive_copy.open("editor")
    waiting = editor.clearances.waiting()
    assert [(r.id, r.title, r.note, r.requested_by_name) for r in waiting] == [
        (request_id, "Voices from the coast", "For the web site on Friday", "Test Comms Chebet")]
    assert editor.home_summary().clearances_waiting == 1
    editor.clearances.clear(request_id)
    assert editor.clearances.waiting() == []
    with pytest.raises(InvalidInput):
        editor.clearances.decline(request_id, "too late")
    editor.lock()

    comms = archive_copy.open("communications")
    assert comms.home_summary().clearances_answered == 1
    answered = comms.clearances.mine()[0]
    assert answered.state == "cleared" and answered.answered_by_name == "Test Editor Baraka"
    comms.clearances.mark_seen(request_id)
    assert comms.home_summary().clearances_answered == 0
    comms.publishing.build(spec(version), tmp_path / "out")  # the cleared output is released
    comms.lock()


def test_decline_needs_a_reason_and_the_requester_reads_it(archive_copy, version):
    comms = archive_copy.open("communications")
    request_id = comms.clearances.request(spec(version))
    comms.lock()
    editor = archive_copy.open("editor")
    with pytest.raises(InvalidInput):
        editor.clearances.decline(request_id, "   ")
    editor.clearances.decline(request_id, "The caption names her village; remove it.")
    editor.lock()
    custodian = archive_copy.open("custodian")
    lines = [line for line in custodian.audit_lines() if line.entry.target_type == "clearance_request"]
    custodian.lock()
    assert lines and all(line.record == "clearance request for “Voices from the coast”" for line in lines)
    comms = archive_copy.open("communications")
    declined = comms.clearances.mine()[0]
    assert (declined.state, declined.reason) == ("declined", "The caption names her village; remove it.")
    comms.lock()


def test_a_refused_gate_keeps_the_request_waiting(archive_copy, version):
    comms = archive_copy.open("communications")
    request_id = comms.clearances.request(spec(version))
    comms.lock()
    editor = archive_copy.open("editor")
    editor.consent.withdraw(archive_copy.testimony_ids[0])
    with pytest.raises(PublicationRefused):
        editor.clearances.clear(request_id)
    assert [r.id for r in editor.clearances.waiting()] == [request_id]
    editor.lock()


def test_advocates_cannot_ask_and_others_cannot_read_my_requests(archive_copy, version):
    advocate = archive_copy.open("advocate")
    with pytest.raises(NotPermitted):
        advocate.clearances.request(spec(version))
    advocate.lock()
    comms = archive_copy.open("communications")
    comms.clearances.request(spec(version))
    comms.lock()
    custodian = archive_copy.open("custodian")
    assert custodian.clearances.mine() == []
    custodian.lock()


def test_the_request_is_sealed_on_disk(archive_copy, version):
    comms = archive_copy.open("communications")
    comms.clearances.request(spec(version, title="Unmistakable Clearance Title"), note="Sealed note text")
    comms.lock()
    for path in archive_copy.path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Unmistakable Clearance Title" not in data and b"Sealed note text" not in data


def test_requests_survive_a_key_rotation(archive_copy, version):
    with archive_copy.open("communications") as comms:
        request_id = comms.clearances.request(spec(version))
    with archive_copy.open("custodian") as custodian:
        custodian.users.remove("Test Advocate Dalila")  # rotates the public tier's key
    with archive_copy.open("editor") as editor:
        assert [r.id for r in editor.clearances.waiting()] == [request_id]
        editor.clearances.clear(request_id)
