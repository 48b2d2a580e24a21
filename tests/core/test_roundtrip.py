"""Round trips a user relies on: data survives lock and reopen, passphrases change, the
recovery key works, and removing a user makes their old key slot useless."""

from __future__ import annotations

import shutil

import pytest

from haart_archive.archive import Archive
from haart_archive.errors import (
    ArchiveLocked,
    DamagedFile,
    InvalidInput,
    NotPermitted,
    TamperedRecord,
    WrongPassphrase,
)
from haart_archive.types.people import PersonIdentity
from haart_archive.types.testimonies import PersonInput, TestimonyDraft
from tests.conftest import PASSPHRASES, USER_NAMES

NEW_PASSPHRASE = "tangerine bicycle hums beneath stars"


def test_text_and_people_survive_lock_and_reopen(archive_copy):
    with archive_copy.open("editor") as archive:
        testimony_id = archive.testimonies.add(TestimonyDraft(
            title="Kazi ya Muscat", text="Nilifanya kazi bila malipo.", language="sw", county="kwale",
            people=(PersonInput("survivor", PersonIdentity("Neema Fictional Juma", phones=("+254 722 000 111",))),),
        ))
    with archive_copy.open("editor") as archive:
        record = archive.testimonies.get(testimony_id, with_identities=True)
    assert record.title == "Kazi ya Muscat"
    assert record.text == "Nilifanya kazi bila malipo."
    assert record.people[0].identity.phones == ("+254 722 000 111",)


def test_user_names_are_matched_without_case_or_extra_spaces(archive_copy):
    with Archive.open(archive_copy.path, "  test EDITOR   baraka ", PASSPHRASES["editor"]) as archive:
        assert archive.user.name == USER_NAMES["editor"]


def test_a_locked_archive_refuses_every_further_call(archive_copy):
    archive = archive_copy.open("editor")
    archive.lock()
    with pytest.raises(ArchiveLocked):
        archive.testimonies.list()
    with pytest.raises(ArchiveLocked):
        _ = archive.user


def test_changing_a_passphrase_rewrites_only_that_slot(archive_copy):
    database_before = (archive_copy.path / "archive.db").read_bytes()
    with archive_copy.open("editor") as archive:
        archive.users.change_own_passphrase(PASSPHRASES["editor"], NEW_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Archive.open(archive_copy.path, USER_NAMES["editor"], PASSPHRASES["editor"])
    with Archive.open(archive_copy.path, USER_NAMES["editor"], NEW_PASSPHRASE) as archive:
        assert len(archive.testimonies.list()) == 2
    # The other users are untouched.
    archive_copy.open("advocate").lock()
    assert len(database_before) > 0


def test_weak_passphrases_are_refused_with_advice(archive_copy):
    with archive_copy.open("custodian") as archive, pytest.raises(InvalidInput, match="weak|characters"):
        archive.users.add("Weak Person", "editor", "password123")


def test_the_recovery_key_sets_a_new_passphrase(archive_copy):
    typed = archive_copy.recovery_key.lower().replace("-", " ")
    with Archive.open_with_recovery_key(archive_copy.path, typed) as archive:
        archive.users.reset_passphrase(USER_NAMES["custodian"], NEW_PASSPHRASE)
    with Archive.open(archive_copy.path, USER_NAMES["custodian"], NEW_PASSPHRASE) as archive:
        assert archive.role == "custodian"


def test_a_mistyped_recovery_key_names_the_group(archive_copy):
    groups = archive_copy.recovery_key.split("-")
    groups[3] = groups[3][:2] + ("A" if groups[3][2] != "A" else "B") + groups[3][3]
    with pytest.raises(InvalidInput, match="Group 4"):
        Archive.open_with_recovery_key(archive_copy.path, "-".join(groups))


def test_removed_users_old_slot_opens_nothing(archive_copy):
    header_copy = (archive_copy.path / "vault.header").read_bytes()
    with archive_copy.open("custodian") as archive:
        archive.users.remove(USER_NAMES["editor"])
        assert USER_NAMES["editor"] not in [m.name for m in archive.users.list()]
    with pytest.raises(WrongPassphrase):
        Archive.open(archive_copy.path, USER_NAMES["editor"], PASSPHRASES["editor"])
    # An attacker puts back the old header (with the removed editor's slot) ...
    current = (archive_copy.path / "vault.header").read_bytes()
    (archive_copy.path / "vault.header").write_bytes(header_copy)
    # ... but the database was re-keyed and every field re-sealed: the old keys open nothing,
    # and the refusal says the header is older (this machine's anchor, or the keys' generation).
    with pytest.raises((DamagedFile, TamperedRecord), match="older"):
        Archive.open(archive_copy.path, USER_NAMES["editor"], PASSPHRASES["editor"])
    (archive_copy.path / "vault.header").write_bytes(current)
    with archive_copy.open("custodian") as archive:
        assert {t.title for t in archive.testimonies.list()} == {"A job in Riyadh that was not real", "Safari ya Dubai"}
        assert archive.verify_audit().ok


def test_old_keys_do_not_open_resealed_fields(archive_copy):
    from sqlalchemy import select

    from haart_archive.store.models import Testimony
    from haart_archive.vault.header import VaultHeader

    old_header = VaultHeader.from_bytes((archive_copy.path / "vault.header").read_bytes())
    old_grant = old_header.unlock(old_header.slot_id_for_user(USER_NAMES["editor"]), PASSPHRASES["editor"].encode())
    with archive_copy.open("custodian") as archive:
        archive.users.remove(USER_NAMES["editor"])
        with archive._ctx.read() as session:
            row = session.scalars(select(Testimony)).first()
    from haart_archive.errors import TamperedRecord
    from haart_archive.store.sealing import Sealer
    from haart_archive.vault.keys import KeyRing

    with pytest.raises(TamperedRecord, match="key you do not hold"):
        Sealer(KeyRing(list(old_grant.keys)), "editor").open_text(row, "title_sealed")


def test_the_last_custodian_cannot_be_removed(archive_copy):
    with Archive.open_with_recovery_key(archive_copy.path, archive_copy.recovery_key) as archive, \
            pytest.raises(InvalidInput, match="at least one custodian"):
        archive.users.remove(USER_NAMES["custodian"])


def test_only_the_custodian_manages_users(archive_copy):
    with archive_copy.open("editor") as archive, pytest.raises(NotPermitted, match="'editor'.*manage users"):
        archive.users.add("Someone New", "advocate", NEW_PASSPHRASE)


def test_creating_in_a_folder_that_holds_files_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("something")
    with pytest.raises(InvalidInput, match="not empty"):
        Archive.create(tmp_path, "Someone", PASSPHRASES["custodian"])


def test_a_copy_of_the_folder_opens_anywhere(archive_copy, tmp_path):
    moved = tmp_path / "moved"
    shutil.copytree(archive_copy.path, moved)
    with Archive.open(moved, USER_NAMES["advocate"], PASSPHRASES["advocate"]) as archive:
        assert archive.role == "advocate"
