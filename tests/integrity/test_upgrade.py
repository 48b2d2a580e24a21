"""An archive made before signatures: a custodian's unlock signs it; until then other roles
wait; afterwards every role opens it, and its slots pin the roster key at their next unlock."""

from __future__ import annotations

import shutil

import pytest

from haart_archive.errors import NeedsCustodian, TamperedRecord
from haart_archive.vault.header import read_header
from tests.conftest import PASSPHRASES, USER_NAMES
from tests.integrity.insider import Insider
from tests.integrity.legacy import make_legacy


def _legacy(archive_copy, anchor_home) -> None:
    secrets = {USER_NAMES[role]: PASSPHRASES[role] for role in PASSPHRASES}
    make_legacy(archive_copy.path, {**secrets, "recovery": archive_copy.recovery_key})
    shutil.rmtree(anchor_home / "haart-archive", ignore_errors=True)  # the old version kept no anchor


def test_other_roles_wait_for_a_custodian_then_everything_is_signed(archive_copy, anchor_home):
    _legacy(archive_copy, anchor_home)
    with pytest.raises(NeedsCustodian, match="custodian must unlock it once"):
        archive_copy.open("editor")
    with archive_copy.open("custodian") as custodian:
        assert custodian.check().ok
        assert custodian.verify_audit().ok
    for role in ("editor", "communications", "advocate"):
        before = read_header(archive_copy.path).slots
        with archive_copy.open(role) as archive:
            assert archive.role.value == role
            assert archive.testimonies.list()
        grant = Insider(archive_copy.path, role).grant
        assert grant.pinned_in_slot  # sealed under the owner's passphrase at this first unlock
        assert read_header(archive_copy.path).slots != before


def test_after_the_upgrade_a_forged_roster_entry_is_refused(archive_copy, anchor_home):
    _legacy(archive_copy, anchor_home)
    with archive_copy.open("custodian"):
        pass
    insider = Insider(archive_copy.path)
    insider.sql("UPDATE user SET role = 'editor' WHERE id = :id", id=insider.user_id)
    with pytest.raises(TamperedRecord, match="staff roster"):
        archive_copy.open("advocate")
