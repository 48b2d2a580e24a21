"""Signed records: the roster, and every decision a lesser role must not be able to forge.

A signed row carries `signed_by` (a user id, or "recovery") and an Ed25519 `signature` over
its whole row: every plain column as it is and every sealed column as the SHA-256 of its
ciphertext. So a value re-sealed by someone else, a consent event moved to another testimony,
an approval flipped in a plain column, a version number changed, all break the signature.

* User rows (the roster) are signed with the roster key (custodians only), checked against
  the roster public key pinned in the user's own slot. The session's role comes from here.
* Decision rows are signed with their author's personal key; a row is accepted only if the
  verified roster gives its signer a role entitled to make that kind of record.

Rows are signed when they are flushed (`before_flush`) and checked whenever the ORM loads
them (`load`), so no service can act on a forged row: loading it raises TamperedRecord that
names the record. `check` collects instead of raising. Key rotation re-seals rows; the
custodian doing it re-signs them (custodians are entitled to every decision).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from haart_archive.errors import NotPermitted, TamperedRecord
from haart_archive.messages import Message
from haart_archive.roles import Role
from haart_archive.store import models
from haart_archive.vault import signing
from haart_archive.vault.signing import Pins

RECOVERY_SIGNER = "recovery"
_STAFF = frozenset({Role.CUSTODIAN, Role.EDITOR})

# Who may sign each kind of record (design invariant 9; issue 13's entitlement list).
ENTITLED: dict[str, frozenset[Role]] = {
    # What a testimony is, who is named in it (the leak check's list) and their details.
    "testimony": _STAFF,
    "testimony_person": _STAFF,
    "person": _STAFF,
    "consent_event": _STAFF,
    "redacted_version": _STAFF,
    "media_asset": _STAFF,
    "survivor_review": _STAFF,
    "clearance": _STAFF,
    "publication": _STAFF | {Role.COMMUNICATIONS},
    "publication_use": _STAFF | {Role.COMMUNICATIONS},
}
SIGNED_MODELS: tuple[type[models.Base], ...] = (
    models.Testimony, models.TestimonyPerson, models.Person,
    models.ConsentEvent, models.RedactedVersion, models.MediaAsset, models.SurvivorReview,
    models.Clearance, models.Publication, models.PublicationUse,
)
_NAMES = {
    "testimony": "Testimony", "testimony_person": "Person's part in testimony", "person": "Person",
    "consent_event": "Consent event", "redacted_version": "Redacted version", "media_asset": "Media",
    "survivor_review": "Survivor review", "clearance": "Clearance", "publication": "Publication register entry",
    "publication_use": "Publication use", "user": "Staff roster entry",
}


def record_payload(archive_id: str, row: models.Base) -> bytes:
    """What a signature covers: the table and every column but the signature itself."""
    values: dict = {}
    for column in row.__table__.columns:
        if column.key == "signature":
            continue
        value = getattr(row, column.key)
        if isinstance(value, bytes):
            value = "sha256:" + hashlib.sha256(value).hexdigest()
        elif isinstance(value, datetime):
            value = value.isoformat()
        values[column.key] = value
    body = {"archive": archive_id, "table": row.__tablename__, "values": values}
    return b"haart-record-v1|" + json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def describe(row: models.Base) -> str:
    return f"{_NAMES.get(row.__tablename__, row.__tablename__)} {getattr(row, 'id', '')}"


@dataclass(frozen=True)
class Member:
    role: Role
    public: bytes


class Signatures:
    """A session's signing key and the verified roster it checks records against."""

    def __init__(self, archive_id: str, pins: Pins, signer_id: str, seed: bytes | None,
                 roster_seed: bytes | None):
        self.archive_id = archive_id
        self.pins = pins
        self.signer_id = signer_id
        self._seed = seed
        self._roster_seed = roster_seed
        self.roster: dict[str, Member] = {}
        self.forged_users: list[str] = []

    # -- the roster ------------------------------------------------------------------------
    @property
    def holds_roster_key(self) -> bool:
        return self._roster_seed is not None

    def user_signature_ok(self, row: models.User) -> bool:
        return signing.verify(self.pins.roster, row.signature, record_payload(self.archive_id, row))

    def load_roster(self, session: Session) -> None:
        """Read the staff roster, keeping only entries the roster key signed."""
        roster = {RECOVERY_SIGNER: Member(Role.CUSTODIAN, self.pins.roster)}
        forged = []
        for row in session.scalars(select(models.User)):
            if self.user_signature_ok(row) and row.signing_key:
                roster[row.id] = Member(Role(row.role), row.signing_key)
            else:
                forged.append(row.id)
        self.roster, self.forged_users = roster, forged

    def sign_user(self, row: models.User) -> None:
        if self._roster_seed is None:
            raise NotPermitted("(not a custodian)", "change the staff roster")
        if row.id in self.forged_users:
            return  # never launder a forged roster entry by re-signing it (a rotation re-seals rows)
        row.signed_by = self.signer_id
        row.signature = signing.sign(self._roster_seed, record_payload(self.archive_id, row))

    def user_public_key(self, user_id: str) -> bytes:
        if self._roster_seed is None:
            raise NotPermitted("(not a custodian)", "change the staff roster")
        return signing.public_of(signing.user_seed(self._roster_seed, user_id))

    # -- records ---------------------------------------------------------------------------
    def sign_row(self, row: models.Base) -> None:
        if self._seed is None:
            raise NotPermitted("(no signing key)", "sign records")
        row.signed_by = self.signer_id
        row.signature = signing.sign(self._seed, record_payload(self.archive_id, row))

    def sign_bytes(self, payload: bytes) -> bytes:
        if self._seed is None:
            raise NotPermitted("(no signing key)", "sign records")
        return signing.sign(self._seed, payload)

    def sign_as_roster(self, payload: bytes) -> bytes:
        if self._roster_seed is None:
            raise NotPermitted("(not a custodian)", "sign audit checkpoints")
        return signing.sign(self._roster_seed, payload)

    def problem(self, row: models.Base) -> str | None:
        """None when `row` is signed by someone entitled to make it; else why not."""
        table = row.__tablename__
        member = self.roster.get(row.signed_by or "")
        if member is None:
            if not row.signature:
                return f"{describe(row)} is not signed: it was written outside the app."
            return f"{describe(row)} is signed by someone who is not in the signed staff roster."
        if member.role not in ENTITLED[table]:
            return (f"{describe(row)} is signed by a user with the role '{member.role.value}', "
                    "who may not make it.")
        if not signing.verify(member.public, row.signature, record_payload(self.archive_id, row)):
            return f"{describe(row)} was changed or moved after it was signed."
        return None

    def verify_bytes(self, signer_id: str, signature: bytes | None, payload: bytes) -> bool:
        member = self.roster.get(signer_id)
        return member is not None and signing.verify(member.public, signature, payload)


def _apply_defaults(row: models.Base) -> None:
    # Column defaults run at INSERT, after signing: apply the Python-side ones now.
    for column in row.__table__.columns:
        if getattr(row, column.key) is None and column.default is not None:
            default = column.default
            if default.is_callable:
                setattr(row, column.key, default.arg(None))
            elif default.is_scalar:
                setattr(row, column.key, default.arg)


def _before_flush(session: Session, _context, _instances) -> None:
    sigs: Signatures | None = session.info.get("signatures")
    if sigs is None:
        return
    for row in list(session.new) + [r for r in session.dirty if session.is_modified(r)]:
        if isinstance(row, SIGNED_MODELS):
            _apply_defaults(row)
            sigs.sign_row(row)
        elif isinstance(row, models.User):
            _apply_defaults(row)
            sigs.sign_user(row)


def _on_load(row: models.Base, context) -> None:
    session = context.session
    sigs: Signatures | None = session.info.get("signatures") if session is not None else None
    if sigs is None:
        return
    problem = sigs.problem(row)
    if problem is None:
        return
    collected = session.info.get("forged")
    if collected is not None:
        collected.append(problem)
        return
    raise TamperedRecord(Message(
        "{problem} Nothing was done with it; a custodian should run 'check' and restore from a backup.",
        problem=problem,
    ))


event.listen(Session, "before_flush", _before_flush)
for _model in SIGNED_MODELS:
    event.listen(_model, "load", _on_load)
