"""Opening ceremonies: each way in derives a key from the passphrase once per slot tried,
never twice for the slot that opens, and refuses and audits wrong credentials."""

from __future__ import annotations

from pathlib import Path

import pytest

from haart_archive.archive import Archive
from haart_archive.cli import main
from haart_archive.errors import ArchiveInUse, WrongPassphrase
from haart_archive.vault.header import RECOVERY_SLOT_ID, read_header
from haart_archive.vault.kdf import KdfParams
from tests.conftest import PASSPHRASES, USER_NAMES

ROLES = ("custodian", "editor", "communications", "advocate")


def slots_tried(folder: Path, role: str) -> int:
    """How many user slots come before and at `role`'s slot in the header's order."""
    header = read_header(folder)
    user_slots = [slot.slot_id for slot in header.slots if slot.slot_id != RECOVERY_SLOT_ID]
    return user_slots.index(header.slot_id_for_user(USER_NAMES[role])) + 1


@pytest.fixture()
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts Argon2 derivations (one entry per derivation)."""
    seen: list[int] = []
    original = KdfParams.derive

    def counting(self: KdfParams, secret: bytes, length: int = 32) -> bytes:
        seen.append(1)
        return original(self, secret, length)

    monkeypatch.setattr(KdfParams, "derive", counting)
    return seen


@pytest.mark.parametrize("role", ROLES)
def test_a_passphrase_alone_opens_its_users_slot_deriving_once_per_slot_tried(archive_copy, derivations, role):
    with Archive.open_by_passphrase(archive_copy.path, PASSPHRASES[role]) as archive:
        assert archive.user.name == USER_NAMES[role]
        assert archive.role.value == role
    assert len(derivations) == slots_tried(archive_copy.path, role)


def test_a_user_name_leads_straight_to_the_slot(archive_copy, derivations):
    with Archive.open(archive_copy.path, USER_NAMES["advocate"], PASSPHRASES["advocate"]) as archive:
        assert archive.role.value == "advocate"
    assert len(derivations) == 1


def test_the_recovery_key_derives_once(archive_copy, derivations):
    with Archive.open_with_recovery_key(archive_copy.path, archive_copy.recovery_key) as archive:
        assert archive.role.value == "custodian"
    assert len(derivations) == 1


def test_a_wrong_passphrase_alone_is_refused_and_audited(archive_copy):
    with pytest.raises(WrongPassphrase, match="do not open this archive"):
        Archive.open_by_passphrase(archive_copy.path, "not anybody's passphrase at all")
    with archive_copy.open("custodian") as archive:
        failed = [e for e in archive.audit_entries() if e.action == "failed unlock"]
    assert len(failed) == 1 and failed[0].detail["typed_user"] == "(no user name given)"


def test_a_second_copy_is_refused_before_any_derivation(archive_copy, derivations):
    with archive_copy.open("editor"):
        derivations.clear()
        with pytest.raises(ArchiveInUse):
            Archive.open_by_passphrase(archive_copy.path, PASSPHRASES["advocate"])
    assert derivations == []


def test_a_cli_command_without_user_derives_once_per_slot_tried(archive_copy, derivations, monkeypatch, capsys):
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["custodian"])
    monkeypatch.delenv("HAART_USER", raising=False)
    assert main(["list", str(archive_copy.path)]) == 0
    assert "A job in Riyadh" in capsys.readouterr().out
    assert len(derivations) == slots_tried(archive_copy.path, "custodian")
