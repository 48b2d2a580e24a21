"""The facade's backup door: make, verify and see the status from an open archive."""

from __future__ import annotations

import pytest

from haart_archive.errors import NotPermitted


def test_backup_through_the_facade_records_the_verified_date(archive_copy, tmp_path):
    with archive_copy.open("custodian") as archive:
        assert archive.backup_status().last_verified_at is None
        archive.make_backup(tmp_path / "one.haartbackup")
        report = archive.verify_backup(tmp_path / "one.haartbackup")
        status = archive.backup_status()
    assert report.file_bytes > 0
    assert status.last_verified_at is not None and status.reminder is None


def test_only_custodians_make_backups(archive_copy, tmp_path):
    with archive_copy.open("editor") as archive, pytest.raises(NotPermitted):
        archive.make_backup(tmp_path / "x.haartbackup")
