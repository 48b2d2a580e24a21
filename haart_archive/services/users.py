"""Staff accounts: add, list, change or reset passphrases, remove (with key rotation)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from haart_archive.context import Context
from haart_archive.errors import InvalidInput, NotFound, TamperedRecord
from haart_archive.messages import Message
from haart_archive.roles import Role, slot_grant
from haart_archive.services.rotation import rotate_after_removal
from haart_archive.store.models import User, new_id
from haart_archive.tasks import CancelCheck, Progress
from haart_archive.types.users import StaffMember
from haart_archive.vault.header import VaultHeader
from haart_archive.vault.kdf import KdfParams, calibrate, params_like
from haart_archive.vault.passphrases import check_passphrase


class Users:
    """Managed by the custodian; any user may change their own passphrase."""

    def __init__(self, context: Context):
        self._ctx = context

    def list(self, include_removed: bool = False) -> list[StaffMember]:
        with self._ctx.read() as session:
            query = select(User).order_by(User.created_at)
            if not include_removed:
                query = query.where(User.removed_at.is_(None))
            return [self._member(row) for row in session.scalars(query)]

    def add(self, name: str, role: Role | str, passphrase: str, *, kdf: KdfParams | None = None) -> str:
        """Create a user and their key slot; returns the new user id."""
        self._ctx.require("manage users")
        role = Role.parse(role) if isinstance(role, str) else role
        name = _clean_name(name)
        check_passphrase(passphrase)
        header = self._ctx.header
        slot_id = header.slot_id_for_user(name)
        if header.find(slot_id) is not None:
            raise InvalidInput(Message(
                "A user with that name already exists; choose another name.",
            ))
        with self._ctx.transaction() as session:
            user_id = new_id()
            user = User(id=user_id, slot_id=slot_id, role=role.value,
                        signing_key=self._ctx.signatures.user_public_key(user_id))
            self._ctx.sealer.seal_text(user, "name_sealed", name)
            session.add(user)
            grant = slot_grant(self._ctx.keyring, user.id, role, self._ctx.signatures.pins)
            new_header = header.with_slot(slot_id, passphrase.encode(), kdf or calibrate(), grant)
            self._ctx.audit.record(session, "user added", "user", user.id, {"role": role.value})
            session.flush()
            self._ctx.signatures.load_roster(session)
            self._write_header(new_header, session)
        return user.id

    def change_own_passphrase(self, current: str, new: str) -> None:
        """Rewrite the signed-in user's slot; no data is touched."""
        check_passphrase(new)
        header = self._ctx.header
        with self._ctx.read() as session:
            user = session.get(User, self._ctx.user.id)
        if user is None:
            raise NotFound(Message(
                "The recovery key has no passphrase to change; use reset instead.",
            ))
        header.unlock(user.slot_id, current.encode())  # raises WrongPassphrase
        self._rewrite_slot(user, new)

    def reset_passphrase(self, user_id_or_name: str, new: str) -> None:
        """The custodian (or the recovery key) sets a new passphrase for any user."""
        self._ctx.require("manage users")
        check_passphrase(new)
        with self._ctx.read() as session:
            user = self._find(session, user_id_or_name)
        self._rewrite_slot(user, new)

    def remove(self, user_id_or_name: str, progress: Progress | None = None,
               cancelled: CancelCheck | None = None) -> None:
        """Remove a user: drop their slot and rotate every tier key they held."""
        self._ctx.require("manage users")
        with self._ctx.read() as session:
            user = self._find(session, user_id_or_name)
        if user.id == self._ctx.user.id:
            raise InvalidInput(Message("You cannot remove yourself; ask another custodian."))
        member = self._ctx.signatures.roster.get(user.id)
        if member is not None and member.role is Role.CUSTODIAN and self._active_custodians() <= 1:
            raise InvalidInput(Message(
                "The archive needs at least one custodian; add another before removing this "
                "one.",
            ))
        # A roster entry nobody signed may claim any role: rotate every tier to be safe.
        role = member.role if member is not None else Role.CUSTODIAN
        rotate_after_removal(self._ctx, user.id, user.slot_id, role, progress, cancelled)

    def _rewrite_slot(self, user: User, passphrase: str) -> None:
        header = self._ctx.header
        slot = header.find(user.slot_id)
        kdf = params_like(slot.kdf) if slot is not None and not slot.kdf.is_test_profile else calibrate()
        grant = slot_grant(self._ctx.keyring, user.id, self._role_of(user), self._ctx.signatures.pins)
        with self._ctx.transaction() as session:
            self._ctx.audit.record(session, "passphrase changed", "user", user.id)
            session.flush()
            self._write_header(header.with_slot(user.slot_id, passphrase.encode(), kdf, grant), session)

    def _role_of(self, user: User) -> Role:
        member = self._ctx.signatures.roster.get(user.id)
        if member is None:
            raise TamperedRecord(Message(
                "{problem} Nothing was done with it; a custodian should remove that user.",
                problem=f"Staff roster entry {user.id} was changed without a custodian's signature.",
            ))
        return member.role

    def _write_header(self, header: VaultHeader, session: Session) -> None:
        self._ctx.save_header(header.signed(self._ctx.keyring), session)

    def _find(self, session: Session, user_id_or_name: str) -> User:
        # Only an id is looked up as one: a typed name must never reach a query (on a server
        # it would stand in the server's log), so a name is found through its slot id.
        user = session.get(User, user_id_or_name) if _looks_like_id(user_id_or_name) else None
        if user is None:
            slot_id = self._ctx.header.slot_id_for_user(user_id_or_name)
            user = session.scalars(select(User).where(User.slot_id == slot_id)).first()
        if user is None or user.removed_at is not None:
            raise NotFound(Message("There is no such user in this archive."))
        return user

    def _active_custodians(self) -> int:
        with self._ctx.read() as session:
            active = session.scalars(select(User.id).where(User.removed_at.is_(None))).all()
        roster = self._ctx.signatures.roster
        return sum(1 for user_id in active if user_id in roster and roster[user_id].role is Role.CUSTODIAN)

    def _member(self, row: User) -> StaffMember:
        return StaffMember(
            id=row.id,
            name=self._ctx.sealer.open_text(row, "name_sealed"),
            role=self._role_of(row),
            created_at=row.created_at,
            removed_at=row.removed_at,
        )


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > 80:
        raise InvalidInput(Message("A user name must have between 1 and 80 characters."))
    return cleaned


__all__ = ["Users", "StaffMember"]


def _looks_like_id(value: str) -> bool:
    return len(value) == 32 and all(c in "0123456789abcdef" for c in value)
