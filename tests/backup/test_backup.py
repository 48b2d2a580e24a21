"""Backups: round trips with every credential, a consistent snapshot, status and leaks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from haart_archive.archive import Archive
from haart_archive.errors import InvalidInput, NotPermitted, WrongPassphrase
from haart_archive.services.backup import (
    restore_backup,
    verify_backup,
)
from haart_archive.tasks import Cancelled
from haart_archive.types.backup import Credentials
from haart_archive.types.testimonies import TestimonyDraft
from haart_archive.vault.recovery import generate_recovery_key
from tests.backup.helpers import CANARIES, PCM_CANARY, BackedUp, backed_up, canary_wav, user
from tests.conftest import PASSPHRASES, USER_NAMES, ArchiveFixture
from tests.leakscan import scan


@pytest.fixture()
def backup(archive_copy: ArchiveFixture, tmp_path: Path) -> BackedUp:
    return backed_up(archive_copy, tmp_path)


def test_restore_gives_back_every_record_and_blob_and_a_sound_archive(backup, tmp_path):
    report = restore_backup(backup.backup, tmp_path / "restored", Credentials.recovery(backup.archive.recovery_key))
    assert report.blobs == 1 and report.files == 2
    with backup.archive.open("custodian") as original:
        expected_titles = sorted(t.title for t in original.testimonies.list())
    with Archive.open(tmp_path / "restored", USER_NAMES["editor"], PASSPHRASES["editor"]) as restored:
        assert sorted(t.title for t in restored.testimonies.list()) == expected_titles
        assert restored.media.read(backup.media_id) == canary_wav()
        assert restored.testimonies.get(backup.testimony_id).title == CANARIES[3]
    with Archive.open(tmp_path / "restored", USER_NAMES["custodian"], PASSPHRASES["custodian"]) as restored:
        assert restored.check().ok
        assert restored.verify_audit().ok
        # The backup's audit head is where the restored chain went on from.
        assert any(e.action == "backup made" for e in restored.audit_entries()) is False
        assert restored.audit_entries()[report.audit_head_seq - 1].seq == report.audit_head_seq


@pytest.mark.parametrize("role", ["custodian", "editor", "communications", "advocate"])
def test_every_users_passphrase_verifies_the_backup(backup, role):
    report = verify_backup(backup.backup, user(role))
    assert report.files == 2
    assert report.content_bytes > len(canary_wav())


def test_the_recovery_key_verifies_and_restores(backup, tmp_path):
    key = backup.archive.recovery_key.lower().replace("-", " ")  # as someone might type it
    assert verify_backup(backup.backup, Credentials.recovery(key)).blobs == 1
    restore_backup(backup.backup, tmp_path / "by-recovery", Credentials.recovery(key))
    Archive.open_with_recovery_key(tmp_path / "by-recovery", key).lock()


def test_only_custodians_make_or_restore_backups(archive_copy, tmp_path, backup):
    with archive_copy.open("editor") as archive, pytest.raises(NotPermitted, match="make backups"):
        archive.make_backup(tmp_path / "editor.hbk")
    assert not (tmp_path / "editor.hbk").exists()
    with pytest.raises(NotPermitted, match="restore backups"):
        restore_backup(backup.backup, tmp_path / "advocate-restore", user("advocate"))
    assert not (tmp_path / "advocate-restore").exists()


def test_the_snapshot_is_consistent_while_the_archive_stays_open(archive_copy, tmp_path):
    with archive_copy.open("custodian") as archive:
        before = len(archive.testimonies.list())
        archive.make_backup(tmp_path / "first.hbk")
        archive.testimonies.add(TestimonyDraft(title="Added after the backup", text="Fictional."))
        archive.make_backup(tmp_path / "second.hbk")
    restore_backup(tmp_path / "first.hbk", tmp_path / "one", user("custodian"))
    restore_backup(tmp_path / "second.hbk", tmp_path / "two", user("custodian"))
    with Archive.open(tmp_path / "one", USER_NAMES["editor"], PASSPHRASES["editor"]) as one:
        assert len(one.testimonies.list()) == before
    with Archive.open(tmp_path / "two", USER_NAMES["editor"], PASSPHRASES["editor"]) as two:
        assert len(two.testimonies.list()) == before + 1
    assert not list(archive_copy.path.glob(".backup-snapshot-*"))


def test_an_existing_backup_file_is_never_overwritten(archive_copy, tmp_path):
    out = tmp_path / "keep.hbk"
    out.write_bytes(b"an older backup")
    with archive_copy.open("custodian") as archive, pytest.raises(InvalidInput, match="already exists"):
        archive.make_backup(out)
    assert out.read_bytes() == b"an older backup"


def test_a_backup_inside_the_archive_folder_is_refused(archive_copy):
    with archive_copy.open("custodian") as archive, pytest.raises(InvalidInput, match="outside the archive"):
        archive.make_backup(archive_copy.path / "inside.hbk")


def test_cancelling_keeps_no_file(archive_copy, tmp_path):
    with archive_copy.open("custodian") as archive, pytest.raises(Cancelled):
        archive.make_backup(tmp_path / "cancelled.hbk", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == [archive_copy.path]
    assert not list(archive_copy.path.glob(".backup-snapshot-*"))


def test_restore_refuses_a_folder_that_is_not_empty(backup, tmp_path):
    target = tmp_path / "occupied"
    target.mkdir()
    (target / "notes.txt").write_text("someone's file")
    with pytest.raises(InvalidInput, match="refuses to overwrite"):
        restore_backup(backup.backup, target, user("custodian"))
    assert [p.name for p in target.iterdir()] == ["notes.txt"]
    with pytest.raises(InvalidInput, match="refuses to overwrite"):
        restore_backup(backup.backup, backup.archive.path, user("custodian"))
    empty = tmp_path / "empty"
    empty.mkdir()
    restore_backup(backup.backup, empty, user("custodian"))
    assert (empty / "vault.header").exists()


def test_wrong_credentials_are_refused(backup):
    with pytest.raises(WrongPassphrase, match="do not open this backup"):
        verify_backup(backup.backup, Credentials.of_user(USER_NAMES["editor"], "not the passphrase at all"))
    with pytest.raises(WrongPassphrase):
        verify_backup(backup.backup, Credentials.of_user("Nobody Of That Name", PASSPHRASES["editor"]))
    with pytest.raises(WrongPassphrase, match="recovery key does not open"):
        verify_backup(backup.backup, Credentials.recovery(generate_recovery_key()))
    with pytest.raises(InvalidInput, match="typing mistake"):
        key = backup.archive.recovery_key
        verify_backup(backup.backup, Credentials.recovery(key[:-1] + ("2" if key[-1] != "2" else "3")))


def test_a_removed_users_passphrase_does_not_open_later_backups(archive_copy, tmp_path):
    with archive_copy.open("custodian") as archive:
        archive.users.remove(USER_NAMES["advocate"])
        archive.make_backup(tmp_path / "after-removal.hbk")
    with pytest.raises(WrongPassphrase):
        verify_backup(tmp_path / "after-removal.hbk", user("advocate"))
    verify_backup(tmp_path / "after-removal.hbk", user("communications"))


def test_status_reminds_when_no_backup_or_an_old_one(archive_copy, tmp_path):
    with archive_copy.open("custodian") as archive:
        assert archive.backup_status().reminder.startswith("No verified backup")
        archive.make_backup(tmp_path / "b.hbk")
        status = archive.backup_status()
        assert status.days == 0 and status.reminder is None
        assert (datetime.now(UTC) - status.last_verified_at) < timedelta(minutes=5)
        later = datetime.now(UTC) + timedelta(days=8, hours=1)
        assert "8 days old" in archive.backup_status(now=later).reminder
        archive.set_backup_reminder_days(30)
        assert archive.backup_status(now=later).reminder is None
        with pytest.raises(InvalidInput):
            archive.set_backup_reminder_days(0)
        audit = [e.action for e in archive.audit_entries()]
    assert "backup made" in audit and "backup verified" in audit
    with archive_copy.open("advocate") as archive:  # every role sees the date
        assert archive.backup_status().days == 0


def test_nothing_readable_lands_in_the_backup_the_restore_or_tmpdir(backup, tmp_path, private_tmpdir):
    restored = tmp_path / "restored"
    verify_backup(backup.backup, user("custodian"))
    restore_backup(backup.backup, restored, user("custodian"))
    with Archive.open(restored, USER_NAMES["editor"], PASSPHRASES["editor"]) as archive:
        archive.testimonies.get(backup.testimony_id)
    folders = [backup.backup.parent, restored, private_tmpdir, backup.archive.path]
    (private_tmpdir / "marker").write_bytes(b"scan me")  # the scan must read at least one file here
    assert scan(folders, CANARIES) == []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                assert PCM_CANARY not in path.read_bytes(), path
