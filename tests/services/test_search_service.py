"""Search follows the store and respects roles; a damaged index rebuilds itself."""

from __future__ import annotations

import pytest

from haart_archive.errors import NotPermitted
from haart_archive.types.testimonies import TestimonyDraft
from tests.services.helpers import approved_version, consent_form


def test_editors_find_names_in_originals_but_advocates_never_do(archive_copy):
    with archive_copy.open("editor") as archive:
        testimony_id = archive_copy.testimony_ids[0]
        assert archive.search.search("Zuhura").total == 1
        assert archive.search.search('people:"Jabari Mwinyi"').total == 1
        archive.consent.grant(testimony_id, consent_form())
        approved_version(archive, testimony_id)
    with archive_copy.open("advocate") as archive:
        assert archive.search.search("passport").total == 1  # the redacted text is searchable
        assert archive.search.search("Zuhura").total == 0
        assert archive.search.search("Jabari").total == 0
        with pytest.raises(NotPermitted, match="story index"):
            archive.search.search("passport", tier="story")


def test_the_index_follows_adds_edits_and_deletes(archive_copy):
    with archive_copy.open("editor") as archive:
        new_id = archive.testimonies.add(
            TestimonyDraft(title="Fishing boat", text="We worked on a boat off Lamu without pay.")
        )
        assert [h.id for h in archive.search.search("boat").hits] == [new_id]
        archive.testimonies.update(
            new_id, TestimonyDraft(title="Fishing boat", text="We worked on a dhow near Kilindini.")
        )
        assert archive.search.search("boat AND Lamu").total == 0
        assert archive.search.search("dhow").total == 1
        archive.testimonies.delete(new_id)
        assert archive.search.search("dhow").total == 0


def test_a_flipped_byte_in_an_index_file_rebuilds_with_the_same_results(archive_copy):
    with archive_copy.open("editor") as archive:
        before = [h.id for h in archive.search.search("passport OR pasipoti").hits]
    files = [p for p in (archive_copy.path / "index" / "story").rglob("*") if p.is_file()]
    assert files, "the story index exists on disk"
    target = max(files, key=lambda p: p.stat().st_size)
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    with archive_copy.open("editor") as archive:
        after = [h.id for h in archive.search.search("passport OR pasipoti").hits]
        assert "rebuilt" in (archive.search.rebuild_notice or "")
    assert sorted(after) == sorted(before)
    with archive_copy.open("custodian") as archive:
        assert "search index rebuilt" in {e.action for e in archive.audit_entries()}


def test_facets_count_and_filter(archive_copy):
    with archive_copy.open("editor") as archive:
        results = archive.search.search("pasipoti OR passport")
        assert dict(results.facets["county"]) == {"kilifi": 1, "mombasa": 1}
        filtered = archive.search.search("pasipoti OR passport", filters={"county": ["mombasa"]})
        assert filtered.total == 1
        assert dict(filtered.facets["consent"]) == {"none": 1}


def test_saved_searches_are_sealed_and_personal(archive_copy):
    with archive_copy.open("editor") as archive:
        archive.search.save_search("Gulf domestic work", "riyadh OR dubai")
        assert [s.name for s in archive.search.saved_searches()] == ["Gulf domestic work"]
    with archive_copy.open("advocate") as archive:
        assert archive.search.saved_searches() == []
    assert b"Gulf domestic work" not in (archive_copy.path / "archive.db").read_bytes()
