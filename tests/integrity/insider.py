"""The attacker of issue 13: a staff member with a lesser role's passphrase, a copy of the
folder and a little Python. They open their own key slot with the real vault code, take the
keys it wraps (every role holds the store and public keys, and a signing key of its own)
and edit the SQLCipher database directly, bypassing every check of the core."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session

from haart_archive.store.engine import make_engine
from haart_archive.store.sealing import Sealer
from haart_archive.vault.header import read_header
from haart_archive.vault.keys import KeyRing, Tier
from tests.conftest import PASSPHRASES, USER_NAMES


class Insider:
    def __init__(self, folder: Path, role: str = "advocate"):
        self.folder = folder
        header = read_header(folder)
        self.grant = header.unlock(header.slot_id_for_user(USER_NAMES[role]), PASSPHRASES[role].encode())
        self.keyring = KeyRing(list(self.grant.keys), self.grant.roster_seed, self.grant.user_seed)
        self.sealer = Sealer(self.keyring, role)
        self.user_id = self.grant.user_id

    @contextmanager
    def database(self) -> Iterator[Session]:
        """A plain session on the real SQLCipher file: no signing, no checks."""
        engine = make_engine(self.folder / "archive.db", self.keyring.current(Tier.STORE).key)
        try:
            with Session(engine) as session:
                yield session
                session.commit()
        finally:
            engine.dispose()

    def sql(self, statement: str, **params) -> None:
        from sqlalchemy import text

        with self.database() as session:
            session.execute(text(statement), params)
