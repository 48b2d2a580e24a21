"""Key rotation after a user is removed.

Every tier key the removed user held gets a new version; every sealed field, blob and index
of those tiers is re-sealed under it; the SQLCipher file is re-keyed if the store key
rotated; then the old versions are dropped from every remaining slot. A copy of the removed
user's old slot then opens only keys that no longer seal anything.

Crash safety: the first header written already drops the removed user's slot and gives
every remaining slot both the old and the new versions, and opening tries every store key
version, so an interrupted rotation leaves an archive that opens and that the removed user
can no longer open. `finish_interrupted_rotation` (run when a custodian unlocks) then
completes the work, so the archive ends with the whole rotation: a remaining user whose
slot is gone is removed and rotated again, and tiers still holding several key versions are
re-sealed under the newest, after which the old versions are dropped.
"""

from __future__ import annotations

from sqlalchemy import select, text

from haart_archive.context import Context
from haart_archive.media.blobs import blob_associated_data
from haart_archive.messages import Message
from haart_archive.roles import ROLE_TIERS, IncompleteKeys, Role, missing_keys, slot_grant
from haart_archive.store.engine import store_database_key
from haart_archive.store.models import Base, MediaAsset, User, utc_now
from haart_archive.store.sealing import row_tier
from haart_archive.tasks import CancelCheck, Progress, stop_if_cancelled
from haart_archive.vault.header import RECOVERY_SLOT_ID
from haart_archive.vault.keys import Tier, TierKey


def rotate_after_removal(
    ctx: Context,
    user_id: str,
    slot_id: str,
    role: Role,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> None:
    """Remove `user_id`'s slot and rotate the tiers of `role`. Cancelling is possible only
    before it starts: half a rotation is safe but leaves the old keys valid."""
    stop_if_cancelled(cancelled, Message("The removal was cancelled before anything changed."))
    require_every_key(ctx)
    tiers = sorted(ROLE_TIERS[role])
    new_keys = [TierKey.generate(tier, ctx.keyring.current(tier).version + 1) for tier in tiers]
    for tier_key in new_keys:
        ctx.keyring.add(tier_key)
    _write_regranted_header(ctx, drop_slot=slot_id)
    _reseal_rows(ctx, set(tiers), user_id, progress)
    if Tier.STORE in tiers:
        _rekey_database(ctx)
    _reseal_blobs(ctx, set(tiers))
    if ctx.on_tiers_rotated is not None:
        ctx.on_tiers_rotated(set(tiers))
    for tier_key in new_keys:
        ctx.keyring.drop_older(tier_key.tier, tier_key.version)
    _write_regranted_header(ctx, drop_slot=None)


def require_every_key(ctx: Context) -> None:
    """Rotation re-wraps every slot: refuse unless this session holds every key, so that no
    slot is ever written with fewer keys than its role needs."""
    missing = missing_keys(ctx.keyring, Role.CUSTODIAN)
    if missing:
        raise IncompleteKeys(ctx.user.role.value, ", ".join(missing))


def finish_interrupted_rotation(ctx: Context) -> bool:
    """Complete a rotation a crash interrupted; True if there was one. Custodians only
    (others hold too few tiers to re-seal); until then the archive is safe but unfinished."""
    if ctx.user.role is not Role.CUSTODIAN or missing_keys(ctx.keyring, Role.CUSTODIAN):
        return False
    with ctx.read() as session:
        active = session.scalars(select(User).where(User.removed_at.is_(None))).all()
    orphans = [user for user in active if ctx.header.find(user.slot_id) is None]
    for user in orphans:
        # The first header of a removal was written, the removal itself was not committed.
        member = ctx.signatures.roster.get(user.id)
        rotate_after_removal(ctx, user.id, user.slot_id, member.role if member else Role.CUSTODIAN)
    stale = {tier for tier in ctx.keyring.tiers() if _versions(ctx, tier) > 1}
    if not stale:
        return bool(orphans)
    _reseal_rows(ctx, stale, None, None)
    if Tier.STORE in stale:
        _rekey_database(ctx)
    _reseal_blobs(ctx, stale)
    if ctx.on_tiers_rotated is not None:
        ctx.on_tiers_rotated(stale)
    for tier in stale:
        ctx.keyring.drop_older(tier, ctx.keyring.current(tier).version)
    _write_regranted_header(ctx, drop_slot=None)
    return True


def _versions(ctx: Context, tier: Tier) -> int:
    return sum(1 for key in ctx.keyring.all_keys() if key.tier == tier)


def _write_regranted_header(ctx: Context, drop_slot: str | None) -> None:
    header = ctx.header.without_slot(drop_slot) if drop_slot else ctx.header
    with ctx.read() as session:
        users = session.scalars(select(User).where(User.removed_at.is_(None))).all()
    pins = ctx.signatures.pins
    for user in users:
        member = ctx.signatures.roster.get(user.id)
        if member is None:
            continue  # a roster entry nobody signed gets no new keys
        if user.slot_id != drop_slot and header.find(user.slot_id) is not None:
            header = header.with_grant(user.slot_id, slot_grant(ctx.keyring, user.id, member.role, pins))
    if header.find(RECOVERY_SLOT_ID) is not None:
        header = header.with_grant(RECOVERY_SLOT_ID, slot_grant(ctx.keyring, RECOVERY_SLOT_ID, Role.CUSTODIAN, pins))
    header = header.with_inbox_for(ctx.keyring).signed(ctx.keyring)
    ctx.save_header(header)


def _sealed_models() -> list[type[Base]]:
    return [mapper.class_ for mapper in Base.registry.mappers if mapper.class_.__sealed__]


def _reseal_rows(ctx: Context, tiers: set[Tier], removed_user_id: str | None, progress: Progress | None) -> None:
    """Open every sealed value of the rotated tiers and seal it again, in one transaction."""
    sealer = ctx.sealer
    with ctx.transaction() as session:
        models = _sealed_models()
        total = sum(session.query(model).count() for model in models)
        done = 0
        for model in models:
            for row in session.scalars(select(model)):
                for column in model.__sealed__:
                    if row_tier(row, column) in tiers:
                        sealer.seal_bytes(row, column, sealer.open_bytes(row, column))
                done += 1
                if progress and done % 200 == 0:
                    progress(done, total)
        if removed_user_id is None:
            ctx.audit.record(
                session, "interrupted key rotation finished", detail={"tiers": sorted(str(t) for t in tiers)}
            )
        else:
            session.get(User, removed_user_id).removed_at = utc_now()
            ctx.audit.record(
                session, "user removed and keys rotated", "user", removed_user_id,
                {"tiers": sorted(str(t) for t in tiers)},
            )
    if progress:
        progress(total, total)


def _rekey_database(ctx: Context) -> None:
    if ctx.server is not None:
        return  # a server's tables are not one file under the store key; its sealed values were re-sealed
    new_store = ctx.keyring.current(Tier.STORE).key
    with ctx.engine.connect() as connection:
        connection.execute(text(f"PRAGMA rekey = {store_database_key(new_store)}"))
    ctx.engine.dispose()
    # Later connections must use the new key: rebuild the engine on the same file.
    from haart_archive.store.engine import make_engine

    ctx.engine = make_engine(ctx.engine_path, new_store)
    ctx.rebind()


def _reseal_blobs(ctx: Context, tiers: set[Tier]) -> None:
    with ctx.read() as session:
        assets = session.scalars(select(MediaAsset)).all()
    for asset in assets:
        tier = Tier(asset.tier)
        if tier not in tiers:
            continue
        current = ctx.keyring.current(tier)
        if ctx.blobs.key_version(asset.blob_name) == current.version:
            continue  # already re-sealed before an interruption
        ctx.blobs.reseal(
            asset.blob_name,
            lambda version, t=tier: ctx.keyring.version(t, version).subkey("blobs"),
            blob_associated_data(asset.id, tier),
            current.subkey("blobs"),
            current.version,
        )


