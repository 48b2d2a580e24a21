"""Turn a new archive into one as the versions before signatures wrote it: schema 0005 (no
signature columns), audit entries sealed under the store key, slots without pins or signing
keys. Only the tests' known passphrases make this possible."""

from __future__ import annotations

import importlib
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from haart_archive.store.engine import make_engine
from haart_archive.vault import signing
from haart_archive.vault.header import RECOVERY_SLOT_ID, SlotGrant, read_header, write_header
from haart_archive.vault.keys import KeyRing, Tier

SIGNED_TABLES = importlib.import_module("haart_archive.store.migrations.versions.0006_signatures").SIGNED_TABLES


def make_legacy(folder: Path, secrets: dict[str, str]) -> None:
    """`secrets` maps user names (and RECOVERY_SLOT_ID) to passphrases (the recovery key)."""
    from cryptography.hazmat.primitives import hpke

    header = read_header(folder)
    grants = {}
    for name, secret in secrets.items():
        slot_id = RECOVERY_SLOT_ID if name == RECOVERY_SLOT_ID else header.slot_id_for_user(name)
        grants[slot_id] = (secret, header.unlock(slot_id, secret.encode()))
    keyring = KeyRing([k for _, g in grants.values() for k in g.keys])
    roster_seed = next(g.roster_seed for _, g in grants.values() if g.roster_seed)
    engine = make_engine(folder / "archive.db", keyring.current(Tier.STORE).key)
    suite = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
    reader = signing.audit_private_key(roster_seed)
    from haart_archive.store.models import AuditEntry

    with Session(engine) as session:
        for entry in session.scalars(select(AuditEntry)):
            info = f"audit|{header.archive_id}|{entry.seq}".encode()
            canonical = suite.decrypt(entry.entry_sealed, reader, info=info)
            entry.entry_sealed = keyring.seal(Tier.STORE, "fields", canonical,
                                              f"audit_entry|entry_sealed|{entry.seq}".encode())
        session.execute(text("DELETE FROM setting WHERE id = 'audit.checkpoint'"))
        session.commit()
    with engine.begin() as connection:  # the downgrade of 0006, in SQLite's own words
        for table in SIGNED_TABLES:
            for column in ("signed_by", "signature") + (("signing_key",) if table == "user" else ()):
                connection.exec_driver_sql(f'ALTER TABLE "{table}" DROP COLUMN {column}')
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0005'")
    engine.dispose()
    for slot_id, (secret, grant) in grants.items():
        bare = SlotGrant(grant.user_id, grant.role, grant.keys)
        header = header.with_slot(slot_id, secret.encode(), header.find(slot_id).kdf, bare)
    write_header(folder, header.signed(keyring))
