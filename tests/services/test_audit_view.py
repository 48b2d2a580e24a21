"""The audit log as the custodian reads it: newest first by number, records named by title."""

from __future__ import annotations

import pytest

from haart_archive.errors import NotPermitted
from haart_archive.messages import catalog, translated


def test_entries_are_ordered_by_number_and_name_records_in_words(archive_copy):
    archive = archive_copy.open("custodian")
    try:
        for minutes in range(12):  # enough entries for 9 < 10 < 100 to matter
            archive.set_setting("idle_minutes", minutes + 1)
        lines = archive.audit_lines()
        numbers = [line.seq for line in lines]
        assert numbers == sorted(numbers, reverse=True) and len(numbers) > 12
        assert archive.audit_lines(newest_first=False)[0].seq == 1
        setting = next(line for line in lines if line.entry.target_type == "setting")
        assert setting.record == "setting: idle lock minutes"
        added = next(line for line in lines if line.entry.action == "testimony added"
                     and line.entry.target_id == archive_copy.testimony_ids[0])
        assert added.record == "testimony “A job in Riyadh that was not real”"
        assert added.entry.target_id[:8] not in added.record
        assert added.who == "Test Custodian Amani"
        sw = catalog("sw")
        assert translated(setting.record, sw) == "mpangilio: dakika za kufunga kwa kutotumika"
        assert translated(added.what, sw) == "ushuhuda umeongezwa"
        assert translated(added.record, sw).startswith("ushuhuda “A job in Riyadh")
    finally:
        archive.lock()


def test_a_deleted_testimony_and_details_are_words(archive_copy):
    archive = archive_copy.open("custodian")
    try:
        archive.testimonies.delete(archive_copy.testimony_ids[1])
        lines = archive.audit_lines()
        deleted = next(line for line in lines if line.entry.action == "testimony deleted")
        assert deleted.record.startswith("a deleted testimony (")
        added = next(line for line in lines if line.entry.action == "user added")
        assert added.record.startswith("user Test ") and added.details.startswith("role: ")
    finally:
        archive.lock()


def test_only_the_custodian_reads_the_log(archive_copy):
    archive = archive_copy.open("editor")
    try:
        with pytest.raises(NotPermitted):
            archive.audit_lines()
    finally:
        archive.lock()


def test_why_an_index_was_rebuilt_reads_in_words_in_both_languages(archive_copy):
    import shutil

    from haart_archive.services.search import INDEX_FOLDER

    shutil.rmtree(archive_copy.path / INDEX_FOLDER, ignore_errors=True)
    archive = archive_copy.open("custodian")
    try:
        archive.search.search("passport")
        rebuilt = next(line for line in archive.audit_lines() if line.entry.action == "search index rebuilt")
        assert "missing" not in rebuilt.details and "it did not exist yet" in rebuilt.details
        sw = translated(rebuilt.details, catalog("sw"))
        assert "faharasa ya utafutaji" in sw and "haikuwepo bado" in sw
        assert not any(code in sw for code in ("missing", "public", "story", "identity"))
    finally:
        archive.lock()
