"""Media in the archive: originals sealed byte for byte, derived images approved before export."""

from __future__ import annotations

import pytest

from haart_archive.errors import ConsentRefused, InvalidInput, NotPermitted
from tests.services.helpers import consent_form, photo
from tests.shared_data import shared_path


def test_an_original_is_kept_byte_for_byte_and_its_gps_is_shown(archive_copy):
    original = shared_path("data", "images", "Apple.jpg").read_bytes()
    with archive_copy.open("editor") as archive:
        media_id = archive.media.add(archive_copy.testimony_ids[0], original, file_name="IMG_0001.jpg")
        assert archive.media.read(media_id) == original
        facts = {f.label: f for f in archive.media.facts(media_id)}
    assert facts["GPS position"].risk.value == "high"


def test_a_file_that_is_not_what_its_name_says_is_refused_and_nothing_is_stored(archive_copy):
    with archive_copy.open("editor") as archive, pytest.raises(InvalidInput):
        archive.media.add(archive_copy.testimony_ids[0], b"%PDF-1.4 not really a photo", file_name="photo.jpg")
    assert not any((archive_copy.path / "blobs").glob("*")) if (archive_copy.path / "blobs").exists() else True


def test_only_approved_redacted_images_leave_and_only_under_consent(archive_copy, tmp_path):
    testimony_id = archive_copy.testimony_ids[0]
    with archive_copy.open("editor") as archive:
        media_id = archive.media.add(testimony_id, photo(size=(200, 100)), file_name="street.jpg")
        with pytest.raises(ConsentRefused, match="approved redacted image"):
            archive.media.export(media_id, tmp_path / "original.jpg")
        derived = archive.media.redact(media_id, [])
        with pytest.raises(ConsentRefused):
            archive.media.export(derived, tmp_path / "draft.png")
        archive.media.approve(derived)
        with pytest.raises(ConsentRefused, match="does not allow"):
            archive.media.export(derived, tmp_path / "no-consent.png")
        archive.consent.grant(testimony_id, consent_form())
        archive.media.export(derived, tmp_path / "ok.png")
    assert (tmp_path / "ok.png").read_bytes().startswith(b"\x89PNG")
    assert not (tmp_path / "no-consent.png").exists()


def test_communications_staff_see_approved_images_only(archive_copy):
    testimony_id = archive_copy.testimony_ids[0]
    with archive_copy.open("editor") as archive:
        original = archive.media.add(testimony_id, photo(), file_name="a.jpg")
        draft = archive.media.redact(original, [])
        approved = archive.media.redact(original, [])
        archive.media.approve(approved)
    with archive_copy.open("communications") as archive:
        assert [m.id for m in archive.media.list(testimony_id)] == [approved]
        with pytest.raises(NotPermitted):
            archive.media.read(original)
        with pytest.raises(NotPermitted):
            archive.media.read(draft)


def test_a_consent_form_is_sealed_in_the_identity_tier(archive_copy):
    with archive_copy.open("editor") as archive:
        form_id = archive.media.add(archive_copy.testimony_ids[0], photo(), file_name="consent.jpg", consent_form=True)
        assert archive.media.info(form_id).tier == "identity"
    with archive_copy.open("advocate") as archive:
        assert archive.media.list(archive_copy.testimony_ids[0]) == []


def test_a_recording_is_refused_when_consent_requires_a_disguised_voice(archive_copy, tmp_path):
    import io
    import wave

    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(2)
        recording.setframerate(8000)
        recording.writeframes(b"\x00\x00" * 8000)
    testimony_id = archive_copy.testimony_ids[0]
    with archive_copy.open("editor") as archive:
        audio_id = archive.media.add(testimony_id, buffer.getvalue(), file_name="interview.wav")
        assert archive.media.info(audio_id).duration_seconds == pytest.approx(1.0)
        archive.consent.grant(testimony_id, consent_form(media=("text", "voice"), anonymity="pseudonym"))
        with pytest.raises(ConsentRefused, match="disguised"):
            archive.media.export(audio_id, tmp_path / "voice.wav")
    assert not (tmp_path / "voice.wav").exists()


def test_deleting_a_testimony_removes_its_files_and_the_people_only_it_named(archive_copy):
    from sqlalchemy import func, select

    from haart_archive.store.models import Person

    testimony_id = archive_copy.testimony_ids[0]
    with archive_copy.open("editor") as archive:
        original = archive.media.add(testimony_id, photo(), file_name="a.jpg")
        archive.media.redact(original, [])
        with archive._ctx.read() as session:
            people_before = session.scalar(select(func.count()).select_from(Person))
        archive.testimonies.delete(testimony_id)
        with archive._ctx.read() as session:
            people_after = session.scalar(select(func.count()).select_from(Person))
        assert archive.search.search("Zuhura").total == 0
        assert archive.check().ok
    assert people_before - people_after == 2  # the survivor and the recruiter of that testimony
    assert list((archive_copy.path / "blobs").glob("*.blob")) == []
