"""Signing an archive made before signatures existed (once, at a custodian's unlock).

The custodian makes the roster key, signs every staff roster entry (giving each user a
signing key), signs every existing decision as the custodian (custodians may make every
decision; the rows' own 'made by' columns keep who made them), re-seals the audit log to the
custodian-only audit key with each entry signed as its author, and writes every slot's grant
with the pinned public keys. Other users' slots carry the pins in their envelope until their
owner's next unlock seals them under the owner's passphrase (trust on first use, checked
against this machine's anchor; see the README's limits).
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from haart_archive.audit import AuditLog
from haart_archive.roles import Role, slot_grant
from haart_archive.signatures import RECOVERY_SIGNER, SIGNED_MODELS, Signatures
from haart_archive.store.models import AuditEntry, User
from haart_archive.store.sealing import Sealer
from haart_archive.vault.header import RECOVERY_SLOT_ID, SlotGrant, VaultHeader, write_header
from haart_archive.vault.keys import KeyRing, Tier
from haart_archive.vault.signing import Pins, user_seed
from haart_archive.vault.unlocking import Credentials


def sign_legacy_archive(folder: Path, header: VaultHeader, grant: SlotGrant, keyring: KeyRing, engine: Engine,
                        credentials: Credentials) -> tuple[VaultHeader, SlotGrant]:
    roster_seed = os.urandom(32)
    keyring.roster_seed = roster_seed
    keyring.user_seed = user_seed(roster_seed, grant.user_id)
    pins = Pins.of_roster_seed(roster_seed)
    signer_id = grant.user_id
    signer_seed = roster_seed if signer_id == RECOVERY_SLOT_ID else keyring.user_seed
    sigs = Signatures(header.archive_id, pins, signer_id, signer_seed, roster_seed)
    sealer = Sealer(keyring, Role.CUSTODIAN.value)
    with Session(engine) as session:
        users = session.scalars(select(User)).all()
        for user in users:
            user.signing_key = sigs.user_public_key(user.id)
            sigs.sign_user(user)
        session.flush()
        sigs.load_roster(session)
        for model in SIGNED_MODELS:
            for row in session.scalars(select(model)):
                sigs.sign_row(row)
        audit = AuditLog(sealer, signer_id, sigs, roster_seed)
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
            canonical = keyring.open(Tier.STORE, "fields", entry.entry_sealed,
                                     f"audit_entry|entry_sealed|{entry.seq}".encode(), f"Audit entry {entry.seq}")
            entry.entry_sealed = audit.seal_entry(entry.seq, canonical)
            actor = _actor(canonical)
            author = Signatures(header.archive_id, pins, actor,
                                roster_seed if actor == RECOVERY_SIGNER else user_seed(roster_seed, actor),
                                roster_seed) if actor in sigs.roster else sigs
            AuditLog(sealer, author.signer_id, author, roster_seed).sign_entry(entry)
        audit.write_checkpoint(session)
        session.commit()
        active = [(u.id, u.slot_id, Role(u.role)) for u in users if u.removed_at is None]
    for user_id, slot_id, role in active:
        if slot_id != grant.slot_id and header.find(slot_id) is not None:
            header = header.with_grant(slot_id, slot_grant(keyring, user_id, role, pins))
    if header.find(RECOVERY_SLOT_ID) is not None and grant.slot_id != RECOVERY_SLOT_ID:
        header = header.with_grant(RECOVERY_SLOT_ID, slot_grant(keyring, RECOVERY_SLOT_ID, Role.CUSTODIAN, pins))
    own = slot_grant(keyring, grant.user_id, Role.CUSTODIAN, pins)
    header = header.with_inbox_for(keyring).signed(keyring)
    write_header(folder, header)
    return header, replace(own, slot_id=grant.slot_id, pinned_in_slot=False)


def _actor(canonical: bytes) -> str:
    return str(json.loads(canonical).get("actor", ""))
