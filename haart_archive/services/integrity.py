"""A whole-archive check: every database page, every sealed value and blob the user's keys
open, and (for custodians) the audit chain. Problems are listed in plain words. Also the
audit log as the custodian reads and verifies it."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError

from haart_archive.anchor import read_anchor
from haart_archive.audit import AuditRecord, VerifyResult, entry_payload
from haart_archive.context import Context
from haart_archive.errors import ArchiveError, DamagedFile
from haart_archive.media.blobs import blob_associated_data
from haart_archive.roles import Role
from haart_archive.signatures import SIGNED_MODELS
from haart_archive.store.models import AuditEntry, Base, ConsentEvent, MediaAsset
from haart_archive.store.sealing import row_tier
from haart_archive.tasks import Progress
from haart_archive.types.checks import CheckResult
from haart_archive.vault.keys import Tier


def check_archive(ctx: Context, progress: Progress | None = None) -> CheckResult:
    """Read everything readable once and audit the check; report instead of stopping at the
    first problem (a check that cannot be audited on a damaged archive says so)."""
    result = _check(ctx, progress)
    try:
        with ctx.transaction() as session:
            ctx.audit.record(session, "archive checked", detail={"ok": result.ok, "problems": len(result.problems)})
    except DamagedFile as error:
        if result.ok:
            raise
        result = replace(result, problems=(*result.problems, f"The check could not be audited: {error.message}"))
    return result


def audit_entries(ctx: Context) -> list[AuditRecord]:
    """The whole audit log (custodian only)."""
    ctx.require("read the audit log")
    with ctx.read() as session:
        return ctx.audit.entries(session)


def verify_audit(ctx: Context) -> VerifyResult:
    """Recompute the audit chain and check every signature (custodian only), against the last
    signed checkpoint and this machine's anchor; the result lists every break found."""
    ctx.require("read the audit log")
    with ctx.read() as session:
        result = ctx.audit.verify(session, _anchor_mark(ctx))
    with ctx.transaction() as session:
        ctx.audit.record(session, "audit verified", detail={"ok": result.ok})
        if result.ok and ctx.keyring.roster_seed:
            ctx.audit.write_checkpoint(session)
    return result


def _anchor_mark(ctx: Context) -> tuple[int, bytes] | None:
    anchor = read_anchor(ctx.header.archive_id, ctx.folder)
    if anchor is None or not anchor.audit_seq:
        return None
    return anchor.audit_seq, bytes.fromhex(anchor.audit_chain)


def _check(ctx: Context, progress: Progress | None) -> CheckResult:
    problems: list[str] = []
    problems += _page_problems(ctx)
    problems += signature_problems(ctx)
    values = _check_values(ctx, problems)
    blobs = _check_blobs(ctx, problems, progress)
    if ctx.user.role is Role.CUSTODIAN:
        try:
            with ctx.read() as session:
                problems += [p for p in ctx.audit.verify(session, _anchor_mark(ctx)).problems if p not in problems]
                problems += missing_consent_events(ctx, session)
        except ArchiveError as error:
            problems.append(f"The audit log cannot be read: {error.message}")
    return CheckResult(not problems, True, values, blobs, tuple(problems))


def signature_problems(ctx: Context) -> list[str]:
    """Every roster entry, decision and audit entry that is not signed by someone entitled
    to make it, by name (any role can check signatures: they need no reading key)."""
    sigs = ctx.signatures
    problems: list[str] = []
    try:
        with ctx.read() as session:
            sigs.load_roster(session)
            problems += [f"Staff roster entry {user_id} was changed without a custodian's signature."
                         for user_id in sigs.forged_users]
            session.info["forged"] = problems
            for model in SIGNED_MODELS:
                session.scalars(select(model)).all()
            for row in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
                payload = entry_payload(sigs.archive_id, row.seq, row.chain, row.signed_by or "")
                if not sigs.verify_bytes(row.signed_by or "", row.signature, payload):
                    problems.append(f"Audit entry {row.seq} is not signed by a member of the staff roster: it "
                                    "was written or changed outside the app.")
    except (DatabaseError, ArchiveError) as error:
        problems.append(f"The signatures could not all be checked: {getattr(error, 'message', 'database error')}")
    return problems


def missing_consent_events(ctx: Context, session) -> list[str]:
    """Consent events the audit log recorded but the database no longer holds. Signatures
    cannot show a deleted row (a withdrawal removed, say); the custodian-only audit log can,
    as long as the log itself was not cut (see the README's limits)."""
    entries = ctx.audit.entries(session)
    deleted = {e.target_id for e in entries if e.action == "testimony deleted"}
    stored = set(session.scalars(select(ConsentEvent.id)).all())
    return [
        f"Consent event {entry.detail['event']} ({entry.action}, audit entry {entry.seq}) is missing from "
        "the database: it was deleted outside the app."
        for entry in entries
        if entry.action.startswith("consent ") and entry.detail.get("event")
        and entry.detail["event"] not in stored and entry.target_id not in deleted
    ]


def _page_problems(ctx: Context) -> list[str]:
    if ctx.server is not None:
        return []  # a server's pages are its own; every sealed value and blob is still checked
    problems = []
    for pragma in ("cipher_integrity_check", "quick_check"):
        try:
            with ctx.engine.connect() as connection:
                rows = connection.exec_driver_sql(f"PRAGMA {pragma}").fetchall()
            problems += [f"Database: {row[0]}." for row in rows if row[0] != "ok"]
        except (DatabaseError, ArchiveError):
            problems.append("The database file is damaged: some of its pages cannot be read.")
    return problems


def _check_values(ctx: Context, problems: list[str]) -> int:
    checked = 0
    models = [m.class_ for m in Base.registry.mappers if m.class_.__sealed__]
    for model in models:
        try:
            with ctx.read() as session:
                session.info["forged"] = []  # reported by signature_problems, once
                rows = session.scalars(select(model)).all()
        except (DatabaseError, ArchiveError):
            problems.append(f"The {model.__tablename__.replace('_', ' ')} table cannot be read.")
            continue
        for row in rows:
            for column in model.__sealed__:
                if not ctx.can_read(row_tier(row, column)):
                    continue
                try:
                    ctx.sealer.open_bytes(row, column)
                    checked += 1
                except ArchiveError as error:
                    problems.append(error.message)
    return checked


def _check_blobs(ctx: Context, problems: list[str], progress: Progress | None) -> int:
    try:
        with ctx.read() as session:
            session.info["forged"] = []
            assets = session.scalars(select(MediaAsset)).all()
    except ArchiveError as error:
        problems.append(f"The media table cannot be read: {error.message}")
        return 0
    readable = [a for a in assets if ctx.can_read(Tier(a.tier))]
    for done, asset in enumerate(readable, start=1):
        tier = Tier(asset.tier)
        try:
            for _chunk in ctx.blobs.read(
                asset.blob_name, lambda v, t=tier: ctx.keyring.version(t, v).subkey("blobs"),
                blob_associated_data(asset.id, tier),
            ):
                pass
        except ArchiveError as error:
            problems.append(f"Media {asset.id}: {error.message}")
        if progress:
            progress(done, len(readable))
    return len(readable)
