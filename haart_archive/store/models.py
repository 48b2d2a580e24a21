"""SQLAlchemy models. Every descriptive value lives in a `*_sealed` column.

Each model lists in `__sealed__` which of its columns are sealed and under which tier; the
`Sealer` binds every ciphertext to table, column, row id and tier. Row ids are random UUIDs
set before insert, so the binding is known before the row exists. Plain columns hold only
structure: ids, foreign keys, timestamps, roles, states and counters. Models use no
SQLite-only types so they can move to PostgreSQL unchanged.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from haart_archive.vault.keys import Tier


def new_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    __sealed__: dict[str, Tier] = {}


class User(Base):
    """A staff member. The name is sealed; the slot id finds the vault slot."""

    __tablename__ = "user"
    __sealed__ = {"name_sealed": Tier.STORE}

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    slot_id: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    name_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    removed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # The roster: the user's public signing key, signed with the roster key (custodians).
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    signed_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class Person(Base):
    """Someone named in testimonies. Identity fields in the identity tier; the few
    de-identified facts partner exports need (gender, birth year, citizenship) in public."""

    __tablename__ = "person"
    __sealed__ = {"identity_sealed": Tier.IDENTITY, "profile_sealed": Tier.PUBLIC}

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    identity_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    profile_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    signed_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class Testimony(Base):
    """One account. Title and text are story tier; the profile (language, county, tags,
    dates) is public tier so search facets and partner exports work for every role."""

    __tablename__ = "testimony"
    __test__ = False  # not a pytest test class
    __sealed__ = {
        "title_sealed": Tier.STORY,
        "content_sealed": Tier.STORY,
        "profile_sealed": Tier.PUBLIC,
    }

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_by: Mapped[str | None] = mapped_column(ForeignKey("user.id"), nullable=True)
    title_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    content_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    profile_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    signed_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class TestimonyPerson(Base):
    """A person's part in a testimony (survivor, relative, recruiter, employer, ...)."""

    __tablename__ = "testimony_person"
    __test__ = False

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    testimony_id: Mapped[str] = mapped_column(ForeignKey("testimony.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    signed_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class MediaAsset(Base):
    """A photo, scan, recording or document, stored as a sealed blob.

    `tier` says which tier seals both the blob and `info_sealed` (story for originals,
    identity for consent forms, public for approved derived images)."""

    __tablename__ = "media_asset"
    __sealed__ = {"info_sealed": None}  # tier is per row: see `tier`

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    testimony_id: Mapped[str | None] = mapped_column(
        ForeignKey("testimony.id", ondelete="CASCADE"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(12))
    tier: Mapped[str] = mapped_column(String(12))
    blob_name: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    created_by: Mapped[str | None] = mapped_column(ForeignKey("user.id"), nullable=True)
    derived_from: Mapped[str | None] = mapped_column(ForeignKey("media_asset.id"), nullable=True)
    state: Mapped[str] = mapped_column(String(12), default="original")
    approved_by: Mapped[str | None] = mapped_column(ForeignKey("user.id"), nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    info_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    signed_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class AuditEntry(Base):
    """One audited action. The entry is sealed to the audit key (custodians read it, every
    role appends); `chain` is SHA-256 over the previous chain value and this entry's canonical
    plaintext, so edits and deletions show; the author signs seq and chain. Not in
    `__sealed__`: it is sealed by `haart_archive.audit`, not by the tier keys."""

    __tablename__ = "audit_entry"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(32), unique=True, default=new_id)
    entry_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    chain: Mapped[bytes] = mapped_column(LargeBinary)
    signed_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class Setting(Base):
    """Archive-wide settings (idle time, second approval, ...), sealed."""

    __tablename__ = "setting"
    __sealed__ = {"value_sealed": Tier.STORE}

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    value_sealed: Mapped[bytes] = mapped_column(LargeBinary)


class ConsentEvent(Base):
    """One event of a testimony's consent history (append-only)."""

    __tablename__ = "consent_event"
    __sealed__ = {"public_sealed": Tier.PUBLIC, "identity_sealed": Tier.IDENTITY}

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    testimony_id: Mapped[str] = mapped_column(ForeignKey("testimony.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    recorded_by: Mapped[str | None] = mapped_column(ForeignKey("user.id"), nullable=True)
    public_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    identity_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    signed_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class RedactedVersion(Base):
    """A redacted text of a testimony: the text is public tier, the plan identity tier."""

    __tablename__ = "redacted_version"
    __sealed__ = {"content_sealed": Tier.PUBLIC, "plan_sealed": Tier.IDENTITY}

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    testimony_id: Mapped[str] = mapped_column(ForeignKey("testimony.id", ondelete="CASCADE"), index=True)
    source_revision: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    created_by: Mapped[str | None] = mapped_column(ForeignKey("user.id"), nullable=True)
    state: Mapped[str] = mapped_column(String(12), default="draft")
    approved_by: Mapped[str | None] = mapped_column(ForeignKey("user.id"), nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    second_approved_by: Mapped[str | None] = mapped_column(ForeignKey("user.id"), nullable=True)
    content_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    plan_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    signed_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class AliasTable(Base):
    """The pseudonyms used in one testimony's redactions (identity tier)."""

    __tablename__ = "alias_table"
    __sealed__ = {"aliases_sealed": Tier.IDENTITY}

    id: Mapped[str] = mapped_column(ForeignKey("testimony.id", ondelete="CASCADE"), primary_key=True)
    aliases_sealed: Mapped[bytes] = mapped_column(LargeBinary)


class Publication(Base):
    """Something that left, or will leave, the archive; the record is public tier."""

    __tablename__ = "publication"
    __sealed__ = {"record_sealed": Tier.PUBLIC}

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(20), default="publication")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    released_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    released_by: Mapped[str | None] = mapped_column(ForeignKey("user.id"), nullable=True)
    taken_down_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    takedown_requested_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    record_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    signed_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class PublicationUse(Base):
    """Which testimony (and which version) a publication or export used."""

    __tablename__ = "publication_use"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    publication_id: Mapped[str] = mapped_column(ForeignKey("publication.id", ondelete="CASCADE"), index=True)
    testimony_id: Mapped[str] = mapped_column(ForeignKey("testimony.id", ondelete="CASCADE"), index=True)
    version_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    signed_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class SavedSearch(Base):
    """A user's saved query, sealed under the tier of the index it searches."""

    __tablename__ = "saved_search"
    __sealed__ = {"query_sealed": None}

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    tier: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    query_sealed: Mapped[bytes] = mapped_column(LargeBinary)


class SurvivorReview(Base):
    """The survivor read a redacted version and agreed to it (the note is identity tier)."""

    __tablename__ = "survivor_review"
    __sealed__ = {"note_sealed": Tier.IDENTITY}

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    version_id: Mapped[str] = mapped_column(ForeignKey("redacted_version.id", ondelete="CASCADE"), index=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    recorded_by: Mapped[str | None] = mapped_column(ForeignKey("user.id"), nullable=True)
    note_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    signed_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class Clearance(Base):
    """An editor ran the leak check on a rendered publication and it passed; the record
    holds the hash of the rendered output so communications staff can release exactly it."""

    __tablename__ = "clearance"
    __sealed__ = {"record_sealed": Tier.PUBLIC}

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    created_by: Mapped[str | None] = mapped_column(ForeignKey("user.id"), nullable=True)
    record_sealed: Mapped[bytes] = mapped_column(LargeBinary)
    signed_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class ClearanceRequest(Base):
    """Communications staff asked an editor to clear a publication; the editor cleared it
    or declined with a reason. The request (spec, title, reason) is public tier, which both
    roles hold; the state and who asked or answered are plain, for the queues."""

    __tablename__ = "clearance_request"
    __sealed__ = {"request_sealed": Tier.PUBLIC}

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    requested_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    requested_by: Mapped[str | None] = mapped_column(ForeignKey("user.id"), nullable=True, index=True)
    state: Mapped[str] = mapped_column(String(12), default="waiting", index=True)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    answered_by: Mapped[str | None] = mapped_column(ForeignKey("user.id"), nullable=True)
    clearance_id: Mapped[str | None] = mapped_column(ForeignKey("clearance.id"), nullable=True)
    seen_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    request_sealed: Mapped[bytes] = mapped_column(LargeBinary)
# -- team mode (PostgreSQL) ------------------------------------------------------------------
# These tables exist in every archive (one set of migrations), and stay empty in a folder,
# where the header, the failed-unlock notes and the blobs are files.


class VaultRecord(Base):
    """The vault header (the folder's `vault.header`, byte for byte) and the change feed's
    identity; `version` rises with every write, so two custodians cannot overwrite each other."""

    __tablename__ = "vault_record"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class UnlockNote(Base):
    """A failed unlock, sealed to the archive's inbox key (see `audit.note_failed_unlock`)."""

    __tablename__ = "unlock_note"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    note: Mapped[bytes] = mapped_column(LargeBinary)


class BlobChunk(Base):
    """One part of a sealed blob: part 0 is the blob's header, then each sealed chunk, the
    bytes exactly as in the folder's blob file (see `media.blobs`)."""

    __tablename__ = "blob_chunk"

    blob_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    part: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ChangeEntry(Base):
    """The change feed: which testimony changed, in commit order, so every desktop brings
    its own sealed search index (and open lists) up to date. Ids only, never a value."""

    __tablename__ = "change_entry"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    testimony_id: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(20))
