"""Attacks on the archive at rest: each must end in its typed error, in plain words, and
the rest of the archive must keep working."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from haart_archive.archive import Archive
from haart_archive.errors import DamagedFile, NotPermitted, TamperedRecord, WrongPassphrase
from haart_archive.store.models import AuditEntry, Person, Testimony
from haart_archive.vault.kdf import PRODUCTION
from tests.conftest import PASSPHRASES, USER_NAMES

ROOT = Path(__file__).resolve().parents[2]


def test_wrong_passphrase_is_refused_and_audited(archive_copy):
    with pytest.raises(WrongPassphrase, match="do not open"):
        Archive.open(archive_copy.path, USER_NAMES["editor"], "not the right passphrase at all")
    with pytest.raises(WrongPassphrase):
        Archive.open(archive_copy.path, "Nobody Of That Name", PASSPHRASES["editor"])
    with archive_copy.open("custodian") as archive:
        failed = [e for e in archive.audit_entries() if e.action == "failed unlock"]
    assert len(failed) == 2
    assert archive_copy.path.joinpath("failed-unlocks.log").exists() is False


def test_advocate_cannot_read_originals_or_identities(archive_copy):
    testimony_id = archive_copy.testimony_ids[0]
    with archive_copy.open("advocate") as archive:
        with pytest.raises(NotPermitted, match="advocate"):
            archive.testimonies.get(testimony_id)
        assert all(row.title is None for row in archive.testimonies.list())
        # Below the facade: the advocate's key ring has no identity or story key at all.
        with archive._ctx.read() as session:
            person = session.scalars(select(Person)).first()
            testimony = session.get(Testimony, testimony_id)
        with pytest.raises(NotPermitted, match="identity key"):
            archive._ctx.sealer.open_json(person, "identity_sealed")
        with pytest.raises(NotPermitted, match="story key"):
            archive._ctx.sealer.open_text(testimony, "title_sealed")
        assert not archive._ctx.keyring.has("identity")


def _swap(path, sql_read, sql_write):
    """Swap sealed values inside the SQLCipher database, as an insider with the store key could."""
    with Archive.open(path, USER_NAMES["custodian"], PASSPHRASES["custodian"]) as archive:
        engine = archive._ctx.engine
        with engine.begin() as connection:
            rows = connection.exec_driver_sql(sql_read).fetchall()
            connection.exec_driver_sql(sql_write, (rows[1][1], rows[0][0]))
            connection.exec_driver_sql(sql_write, (rows[0][1], rows[1][0]))


def test_ciphertext_swapped_between_rows_fails_to_open(archive_copy):
    _swap(archive_copy.path, "SELECT id, title_sealed FROM testimony ORDER BY id",
          "UPDATE testimony SET title_sealed = ? WHERE id = ?")
    with archive_copy.open("editor") as archive:
        # The row's signature refuses the testimony as a whole ...
        with pytest.raises(TamperedRecord, match="Testimony .* changed or moved after it was signed"):
            archive.testimonies.get(archive_copy.testimony_ids[0])
        # ... and underneath, the sealing alone refuses the swapped title; other fields still read.
        from haart_archive.store.models import Testimony

        with archive._ctx.read() as session:
            session.info["signatures"] = None
            row = session.get(Testimony, archive_copy.testimony_ids[0])
            with pytest.raises(TamperedRecord, match="title.*testimony"):
                archive._ctx.sealer.open_bytes(row, "title_sealed")
            assert archive._ctx.sealer.open_json(row, "profile_sealed")["county"] == "kilifi"


def test_ciphertext_moved_to_another_column_fails_to_open(archive_copy):
    with archive_copy.open("custodian") as archive, archive._ctx.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE testimony SET content_sealed = title_sealed")
    with archive_copy.open("editor") as archive, pytest.raises(TamperedRecord, match="content|changed or moved"):
        archive.testimonies.get(archive_copy.testimony_ids[0])


def _flip(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))


def test_a_flipped_byte_in_the_database_is_reported_as_damage(archive_copy):
    database = archive_copy.path / "archive.db"
    with archive_copy.open("custodian"):
        pass  # checkpoint the WAL into the main file on close
    _flip(database, 2 * 4096 + 100)
    with archive_copy.open("custodian") as archive:
        result = archive.check()
    assert not result.ok
    assert any("HMAC verification failed for page 3" in problem for problem in result.problems)


def test_a_flipped_byte_in_the_first_page_stops_the_open_with_a_clear_error(archive_copy):
    _flip(archive_copy.path / "archive.db", 200)
    with pytest.raises(DamagedFile, match="database could not be read"):
        archive_copy.open("editor")
    # The vault itself is intact: the recovery key still unlocks the slot (then meets the same damage).
    with pytest.raises(DamagedFile):
        Archive.open_with_recovery_key(archive_copy.path, archive_copy.recovery_key)


def test_check_passes_on_an_intact_archive(archive_copy):
    with archive_copy.open("custodian") as archive:
        result = archive.check()
    assert result.ok, result.problems
    assert result.values_checked > 10


def test_the_database_file_is_not_sqlite_readable(archive_copy):
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(archive_copy.path / "archive.db").execute("SELECT * FROM sqlite_master").fetchall()
    assert not (archive_copy.path / "archive.db").read_bytes().startswith(b"SQLite format 3")


def test_a_flipped_byte_in_the_vault_header_is_reported(archive_copy):
    header = archive_copy.path / "vault.header"
    text = header.read_text()
    position = text.index('"wrapped_private_key": "') + 30
    header.write_text(text[:position] + ("A" if text[position] != "A" else "B") + text[position + 1:])
    with pytest.raises(DamagedFile, match="vault header"):
        archive_copy.open("editor")


def test_a_forged_vault_header_fails_its_mac(archive_copy):
    """Someone rewrites the header's checksum after editing it: the store-key MAC catches it."""
    from haart_archive.vault.header import VaultHeader

    header = VaultHeader.from_bytes((archive_copy.path / "vault.header").read_bytes())
    forged = VaultHeader(header.archive_id, header.slots[:-1], header.mac, header.inbox_public_key)
    (archive_copy.path / "vault.header").write_bytes(forged.to_bytes())
    survivors = [role for role in USER_NAMES if forged.find(forged.slot_id_for_user(USER_NAMES[role]))]
    with pytest.raises(TamperedRecord, match="vault header was changed"):
        archive_copy.open(survivors[0])


def test_an_edited_audit_entry_is_found_by_verify(archive_copy):
    with archive_copy.open("custodian") as archive:
        with archive._ctx.engine.begin() as connection:
            rows = connection.exec_driver_sql("SELECT seq, entry_sealed FROM audit_entry ORDER BY seq").fetchall()
            connection.exec_driver_sql(
                "UPDATE audit_entry SET entry_sealed = ? WHERE seq = ?", (rows[2][1], rows[1][0])
            )
        result = archive.verify_audit()
    assert not result.ok
    assert any("entry 2" in problem for problem in result.problems)


def test_a_deleted_audit_entry_is_found_by_verify(archive_copy):
    with archive_copy.open("custodian") as archive:
        with archive._ctx.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM audit_entry WHERE seq = 3")
        result = archive.verify_audit()
    assert not result.ok
    assert any("missing" in problem for problem in result.problems)


def test_entries_cut_from_the_end_of_the_audit_log_are_found(archive_copy):
    with archive_copy.open("custodian") as archive:
        with archive._ctx.read() as session:
            last = session.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq.desc())).first()
        with archive._ctx.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM audit_entry WHERE seq >= ?", (last - 1,))
        result = archive.verify_audit()
    assert not result.ok
    assert any("removed from the end" in problem for problem in result.problems)


def test_a_flipped_byte_in_a_blob_names_the_blob(archive_copy, tmp_path):
    photo = _jpeg_bytes()
    with archive_copy.open("editor") as archive:
        media_id = archive.media.add(archive_copy.testimony_ids[0], photo, file_name="scan.jpg")
        other_id = archive.media.add(archive_copy.testimony_ids[0], photo, file_name="scan2.jpg")
    blob = _blob_path(archive_copy, media_id)
    _flip(blob, blob.stat().st_size // 2)
    with archive_copy.open("editor") as archive:
        with pytest.raises(TamperedRecord, match="blob|changed|damaged"):
            archive.media.read(media_id)
        assert archive.media.read(other_id) == photo


def test_a_truncated_blob_is_detected(archive_copy):
    photo = _jpeg_bytes(size=(900, 900))
    with archive_copy.open("editor") as archive:
        media_id = archive.media.add(archive_copy.testimony_ids[0], photo, file_name="scan.jpg")
    blob = _blob_path(archive_copy, media_id)
    blob.write_bytes(blob.read_bytes()[: blob.stat().st_size - 1000])
    with archive_copy.open("editor") as archive, pytest.raises((TamperedRecord, DamagedFile)):
        archive.media.read(media_id)


def test_production_refuses_the_test_kdf_profile(archive_copy, monkeypatch):
    monkeypatch.setattr("haart_archive.vault.kdf._policy", PRODUCTION)
    with pytest.raises(DamagedFile, match="below the safe minimum"):
        archive_copy.open("editor")


def test_no_environment_variable_makes_the_app_accept_the_test_kdf_profile(archive_copy):
    # The switch tests once used, and anything else in the environment: the app still refuses.
    env = dict(os.environ, PYTHONPATH=str(ROOT), HAART_PASSPHRASE=PASSPHRASES["editor"],
               HAART_INSECURE_FAST_KDF_FOR_TESTS="1")
    result = subprocess.run([sys.executable, "-m", "haart_archive.cli", "list", str(archive_copy.path)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 4, result.stderr
    assert "below the safe minimum" in result.stderr and "Traceback" not in result.stderr


def _blob_path(fixture, media_id):
    with fixture.open("custodian") as archive:
        from haart_archive.store.models import MediaAsset

        with archive._ctx.read() as session:
            name = session.get(MediaAsset, media_id).blob_name
    return next(fixture.path.joinpath("blobs").rglob(name + "*"))


def _jpeg_bytes(size=(64, 48)) -> bytes:
    import io
    import random

    from PIL import Image

    image = Image.new("RGB", size)
    rng = random.Random(7)
    image.putdata([(rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _ in range(size[0] * size[1])])
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=95)
    return buffer.getvalue()


def test_reordered_audit_entries_are_found_by_verify(archive_copy):
    with archive_copy.open("custodian") as archive:
        with archive._ctx.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE audit_entry SET seq = -1 WHERE seq = 2")
            connection.exec_driver_sql("UPDATE audit_entry SET seq = 2 WHERE seq = 3")
            connection.exec_driver_sql("UPDATE audit_entry SET seq = 3 WHERE seq = -1")
        result = archive.verify_audit()
    assert not result.ok
    assert any("entry 2" in problem or "entry 3" in problem for problem in result.problems)
