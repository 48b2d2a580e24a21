"""Issue 13 by attack: a lesser role edits the database with its own keys, and the next
session of an entitled role refuses to act on what was forged, and names it."""

from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy import select

from haart_archive.archive import Archive
from haart_archive.cli import main
from haart_archive.errors import NotPermitted, TamperedRecord
from haart_archive.store.models import AuditEntry, ConsentEvent, Setting
from haart_archive.types.backup import Credentials
from tests.conftest import PASSPHRASES, USER_NAMES
from tests.consent.builders import form
from tests.integrity.insider import Insider


def _grant(archive_copy, testimony: int = 0, **changes) -> str:
    """Record a consent grant as the editor; the id of its stored row."""
    from haart_archive.consent import ConsentGrant

    testimony_id = archive_copy.testimony_ids[testimony]
    with archive_copy.open("editor") as editor:
        editor.consent.grant(testimony_id, ConsentGrant.from_dict(form(**changes)))
        with editor._ctx.read() as session:
            return session.scalars(select(ConsentEvent.id).where(ConsentEvent.testimony_id == testimony_id)).one()


def _cli(monkeypatch, role: str, *argv: str) -> int:
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES[role])
    return main([*argv, "--user", USER_NAMES[role]])


# -- 1. self-promotion -------------------------------------------------------------------
def test_an_advocate_who_promotes_herself_is_refused_and_named(archive_copy, monkeypatch, capsys):
    insider = Insider(archive_copy.path)
    insider.sql("UPDATE user SET role = 'custodian' WHERE id = :id", id=insider.user_id)

    with pytest.raises(TamperedRecord, match="staff roster"):
        archive_copy.open("advocate")
    assert _cli(monkeypatch, "advocate", "audit", str(archive_copy.path)) == 4
    assert _cli(monkeypatch, "advocate", "users", "remove", str(archive_copy.path), USER_NAMES["editor"]) != 0

    with archive_copy.open("custodian") as custodian:
        result = custodian.check()
        assert not result.ok
        assert any(insider.user_id in p and "roster" in p for p in result.problems)
    assert _cli(monkeypatch, "custodian", "check", str(archive_copy.path)) == 4
    # The custodian can still remove the forged entry; everyone else keeps every key.
    with archive_copy.open("custodian") as custodian:
        custodian.users.remove(insider.user_id)
    with archive_copy.open("editor") as editor:
        assert editor.testimonies.get(archive_copy.testimony_ids[0]).title


def test_rotation_is_refused_unless_the_session_holds_every_key(archive_copy):
    from haart_archive.services.rotation import rotate_after_removal

    before = (archive_copy.path / "vault.header").read_bytes()
    with archive_copy.open("communications") as comms:
        # Even driven past the role check, rotation refuses a session without every key.
        with pytest.raises(NotPermitted, match="does not hold every key") as refused:
            from haart_archive.roles import Role

            editor_id = next(m.id for m in comms.users.list() if m.role is Role.EDITOR)
            rotate_after_removal(comms._ctx, editor_id, "slot", Role.EDITOR)
        assert refused.value.exit_code == 3
    assert (archive_copy.path / "vault.header").read_bytes() == before
    with archive_copy.open("custodian") as custodian:
        custodian.users.remove(USER_NAMES["advocate"])
    for role in ("custodian", "editor"):  # every remaining slot still has every key of its role
        with archive_copy.open(role) as archive:
            assert archive.testimonies.get(archive_copy.testimony_ids[0]).text


# -- 2. forged consent -------------------------------------------------------------------
def test_consent_terms_resealed_by_an_advocate_are_refused(archive_copy, monkeypatch):
    event_id = _grant(archive_copy)
    testimony_id = archive_copy.testimony_ids[0]
    insider = Insider(archive_copy.path)
    with insider.database() as session:
        row = session.get(ConsentEvent, event_id)
        terms = json.loads(insider.sealer.open_text(row, "public_sealed"))
        text = json.dumps(terms).replace('"named_publication": false', '"named_publication": true')
        insider.sealer.seal_text(row, "public_sealed", text)

    for role in ("communications", "editor", "custodian"):
        with archive_copy.open(role) as archive, pytest.raises(TamperedRecord, match=f"Consent event {event_id}"):
            archive.consent.check(testimony_id, "named_publication")
    assert _cli(monkeypatch, "communications", "consent", "check", str(archive_copy.path), testimony_id,
                "--use", "named_publication") == 4
    assert _cli(monkeypatch, "custodian", "check", str(archive_copy.path)) == 4


def test_a_consent_event_moved_to_another_testimony_is_refused(archive_copy):
    event_id = _grant(archive_copy)
    Insider(archive_copy.path).sql("UPDATE consent_event SET testimony_id = :t WHERE id = :id",
                                   t=archive_copy.testimony_ids[1], id=event_id)
    with archive_copy.open("communications") as comms, pytest.raises(TamperedRecord, match="changed or moved"):
        comms.consent.check(archive_copy.testimony_ids[1], "anonymous_publication")
    with archive_copy.open("custodian") as custodian:
        assert any(event_id in problem for problem in custodian.check().problems)


def test_a_consent_event_signed_by_an_advocates_own_key_is_refused(archive_copy):
    """The advocate holds a signing key too: it signs, but her role may not decide consent."""
    from haart_archive.signatures import record_payload
    from haart_archive.vault import signing

    event_id = _grant(archive_copy)
    insider = Insider(archive_copy.path)
    with insider.database() as session:
        row = session.get(ConsentEvent, event_id)
        row.signed_by = insider.user_id
        row.signature = signing.sign(insider.keyring.user_seed, record_payload(read_archive_id(archive_copy), row))
    with archive_copy.open("communications") as comms, pytest.raises(TamperedRecord, match="'advocate'"):
        comms.consent.history(archive_copy.testimony_ids[0])


def read_archive_id(archive_copy) -> str:
    from haart_archive.vault.header import read_header

    return read_header(archive_copy.path).archive_id


def test_a_deleted_withdrawal_is_named_by_the_custodians_check(archive_copy, monkeypatch):
    """A row signature cannot show a row that is gone; the custodian-only audit log can."""
    _grant(archive_copy)
    testimony_id = archive_copy.testimony_ids[0]
    with archive_copy.open("editor") as editor:
        editor.consent.withdraw(testimony_id)
        with editor._ctx.read() as session:
            withdrawal = session.scalars(select(ConsentEvent.id).where(ConsentEvent.seq == 2)).one()
    Insider(archive_copy.path).sql("DELETE FROM consent_event WHERE id = :id", id=withdrawal)
    with archive_copy.open("custodian") as custodian:
        result = custodian.check()
    assert any(withdrawal in p and "consent withdrawn" in p for p in result.problems), result.problems
    assert _cli(monkeypatch, "custodian", "check", str(archive_copy.path)) == 4


# -- approvals ---------------------------------------------------------------------------
def test_an_approval_flipped_in_the_database_is_refused(archive_copy):
    testimony_id = archive_copy.testimony_ids[1]
    with archive_copy.open("editor") as editor:
        version_id = editor.redaction.create_version(testimony_id, editor.redaction.default_plan(testimony_id))
    Insider(archive_copy.path, "communications").sql(
        "UPDATE redacted_version SET state = 'approved' WHERE id = :id", id=version_id)
    with archive_copy.open("communications") as comms, pytest.raises(TamperedRecord, match=version_id):
        comms.redaction.approved_versions()  # what publishing builds from


# -- 3. the audit log ---------------------------------------------------------------------
def test_only_custodians_can_read_the_audit_log(archive_copy):
    insider = Insider(archive_copy.path, "editor")
    with insider.database() as session:
        row = session.scalars(select(AuditEntry)).first()
        for tier in ("store", "public", "identity", "story"):
            with pytest.raises(Exception):  # noqa: B017 - any failure: no key of hers opens it
                insider.keyring.open(tier, "fields", row.entry_sealed, b"audit_entry|entry_sealed|1", "entry")
    with archive_copy.open("editor") as editor, pytest.raises(NotPermitted):
        editor.audit_entries()


def test_a_cut_audit_tail_is_caught_by_the_anchor_and_the_checkpoint(archive_copy, monkeypatch, anchor_home):
    with archive_copy.open("custodian") as custodian:
        custodian.testimonies.list()
    with archive_copy.open("advocate"):
        pass
    insider = Insider(archive_copy.path)
    with insider.database() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first().seq
        keep = last - 3
        for row in session.scalars(select(AuditEntry).where(AuditEntry.seq > keep)):
            session.delete(row)
        kept = session.get(AuditEntry, keep)
        head = session.get(Setting, "audit.head")
        insider.sealer.seal_json(head, "value_sealed", {"seq": keep, "chain": kept.chain.hex()})

    # This machine saw the newer log: the folder is refused at unlock, with a sentence.
    with pytest.raises(TamperedRecord, match="older than the copy this computer last opened"):
        archive_copy.open("editor")
    # Another machine (no anchor) opens it, but the custodian's checkpoint names the cut.
    shutil.rmtree(anchor_home / "haart-archive")
    with archive_copy.open("custodian") as custodian:
        result = custodian.verify_audit()
    assert not result.ok
    assert any("removed from the end" in p for p in result.problems), result.problems


def test_edited_and_reordered_audit_entries_are_named(archive_copy, monkeypatch):
    insider = Insider(archive_copy.path)
    with insider.database() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        rows[2].entry_sealed = rows[2].entry_sealed[:-1] + bytes([rows[2].entry_sealed[-1] ^ 1])
        rows[4].entry_sealed, rows[5].entry_sealed = rows[5].entry_sealed, rows[4].entry_sealed
        edited, swapped = rows[2].seq, rows[4].seq
    with archive_copy.open("custodian") as custodian:
        result = custodian.verify_audit()
    assert not result.ok
    assert any(f"entry {edited} " in p for p in result.problems)
    assert any(f"entry {swapped} " in p for p in result.problems)
    assert _cli(monkeypatch, "custodian", "audit", str(archive_copy.path), "--verify") == 4


def test_a_forged_audit_entry_is_named(archive_copy):
    """An advocate appends an entry in a custodian's name: she can seal it (the audit key is
    public) and chain it, but not sign it as the custodian."""
    from haart_archive.audit import AuditRecord, chain_next

    with archive_copy.open("custodian") as custodian:
        custodian_id = custodian.user.id
    insider = Insider(archive_copy.path)
    with insider.database() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        forged = AuditRecord(seq=last.seq + 1, at="2026-01-01T00:00:00Z", actor=custodian_id, action="archive checked")
        canonical = forged.canonical()
        from cryptography.hazmat.primitives import hpke
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

        suite = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
        sealed = suite.encrypt(canonical, X25519PublicKey.from_public_bytes(insider.grant.pins.audit),
                               info=f"audit|{read_archive_id(archive_copy)}|{forged.seq}".encode())
        session.add(AuditEntry(seq=forged.seq, id="f" * 32, entry_sealed=sealed,
                               chain=chain_next(last.chain, canonical), signed_by=custodian_id, signature=b"x" * 64))
    with archive_copy.open("custodian") as custodian:
        result = custodian.verify_audit()
    assert any(f"Audit entry {forged.seq} is not signed" in p for p in result.problems), result.problems


# -- 4. rollback ---------------------------------------------------------------------------
def test_an_older_folder_is_refused_and_a_restored_backup_is_accepted(archive_copy, tmp_path, monkeypatch):
    old = tmp_path / "old-copy"
    shutil.copytree(archive_copy.path, old)
    with archive_copy.open("custodian") as custodian:
        custodian.make_backup(tmp_path / "before.hbk")
        custodian.users.remove(USER_NAMES["advocate"])
    shutil.rmtree(archive_copy.path)
    shutil.copytree(old, archive_copy.path)  # the advocate puts the old folder back

    for role in ("custodian", "editor", "advocate"):
        with pytest.raises(TamperedRecord, match="older"):
            archive_copy.open(role)
    assert _cli(monkeypatch, "editor", "list", str(archive_copy.path)) == 4

    # Restoring on purpose is accepted, in a new folder, and from then on guarded again.
    restored = tmp_path / "restored"
    Archive.restore_backup(tmp_path / "before.hbk", restored,
                           Credentials.of_user(USER_NAMES["custodian"], PASSPHRASES["custodian"]))
    with Archive.open(restored, USER_NAMES["editor"], PASSPHRASES["editor"]) as editor:
        assert editor.testimonies.list()
