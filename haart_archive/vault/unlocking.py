"""Which key slot a credential opens, found with as few Argon2 derivations as possible.

A user's name leads straight to their slot (one derivation). Without a name, the passphrase
is tried on every user slot in turn (names are not stored in plain, so there is nothing else
to go by); the first slot it opens gives the grant, which is used as it is and never derived
again. The recovery key opens the recovery slot only.
"""

from __future__ import annotations

from dataclasses import dataclass

from haart_archive.errors import InvalidInput, WrongPassphrase
from haart_archive.messages import Message
from haart_archive.vault.header import RECOVERY_SLOT_ID, SlotGrant, VaultHeader
from haart_archive.vault.recovery import normalise_recovery_key


@dataclass(frozen=True)
class Credentials:
    """What opens an archive or a backup: a passphrase (with the user's name when it is
    known), or the recovery key."""

    user: str | None = None
    passphrase: str | None = None
    recovery_key: str | None = None

    @staticmethod
    def of_user(user: str, passphrase: str) -> Credentials:
        return Credentials(user=user, passphrase=passphrase)

    @staticmethod
    def by_passphrase(passphrase: str) -> Credentials:
        return Credentials(passphrase=passphrase)

    @staticmethod
    def recovery(recovery_key: str) -> Credentials:
        return Credentials(recovery_key=recovery_key)

    @property
    def typed_user(self) -> str:
        """What was typed as the user, for the note of a failed unlock."""
        if self.recovery_key:
            return "(recovery key)"
        return self.user or "(no user name given)"


@dataclass(frozen=True)
class Refusals:
    """The sentences a refusal carries, which say what would not open (an archive, a backup)."""

    passphrase: Message
    recovery_key: Message


ARCHIVE_REFUSALS = Refusals(
    passphrase=Message("That user name and passphrase do not open this archive."),
    recovery_key=Message("That recovery key does not open this archive."),
)


def unlock(header: VaultHeader, credentials: Credentials, refusals: Refusals = ARCHIVE_REFUSALS) -> SlotGrant:
    """The grant of the slot `credentials` open; WrongPassphrase with a refusal otherwise."""
    if credentials.recovery_key:
        typed = normalise_recovery_key(credentials.recovery_key)
        try:
            return header.unlock(RECOVERY_SLOT_ID, typed.encode())
        except WrongPassphrase:
            raise WrongPassphrase(refusals.recovery_key) from None
    if credentials.passphrase is None:
        raise InvalidInput(Message("Give a passphrase (and user name), or the recovery key, to open the backup."))
    secret = credentials.passphrase.encode()
    if credentials.user:
        # An unknown name costs a derivation too, so a guesser cannot tell which names exist.
        slot_ids = [header.slot_id_for_user(credentials.user)]
    else:
        slot_ids = [slot.slot_id for slot in header.slots if slot.slot_id != RECOVERY_SLOT_ID]
    for slot_id in slot_ids:
        try:
            return header.unlock(slot_id, secret)
        except WrongPassphrase:
            continue
    raise WrongPassphrase(refusals.passphrase)
