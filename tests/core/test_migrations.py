"""Schema changes run on open: an archive made by the first migration upgrades in place."""

from __future__ import annotations

from sqlalchemy import inspect

from haart_archive.archive import Archive
from haart_archive.store import migrate
from haart_archive.store.engine import make_engine
from haart_archive.types.testimonies import TestimonyDraft
from tests.conftest import PASSPHRASES, USER_NAMES


def test_an_archive_from_the_first_migration_is_upgraded_on_open(tmp_path, monkeypatch):
    # Make an archive whose schema stops at revision 0001, as the first release did.
    real_upgrade = migrate.upgrade
    monkeypatch.setattr(migrate, "upgrade", lambda engine, revision="head": real_upgrade(engine, "0001"))
    archive, _ = Archive.create(tmp_path / "old", USER_NAMES["custodian"], PASSPHRASES["custodian"])
    testimony_id = archive.testimonies.add(TestimonyDraft(title="Written before consent existed", text="Fictional."))
    store_key = archive._ctx.keyring.current("store").key
    archive.lock()
    engine = make_engine(tmp_path / "old" / "archive.db", store_key)
    assert migrate.current_revision(engine) == "0001"
    assert "consent_event" not in inspect(engine).get_table_names()
    engine.dispose()

    monkeypatch.setattr(migrate, "upgrade", real_upgrade)
    with Archive.open(tmp_path / "old", USER_NAMES["custodian"], PASSPHRASES["custodian"]) as archive:
        assert archive.testimonies.get(testimony_id).title == "Written before consent existed"
        assert archive.consent.state(testimony_id).value == "none"
        engine = archive._ctx.engine
        assert migrate.current_revision(engine) == migrate.head_revision()
