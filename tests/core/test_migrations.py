"""Schema changes run on open: an archive made by the first migration upgrades in place."""

from __future__ import annotations

import shutil

from sqlalchemy import inspect

from haart_archive.archive import Archive
from haart_archive.store import migrate
from haart_archive.store.engine import make_engine
from haart_archive.types.testimonies import TestimonyDraft
from tests.conftest import PASSPHRASES, USER_NAMES
from tests.integrity.legacy import make_legacy


def test_an_archive_from_before_signatures_is_upgraded_and_signed_on_open(tmp_path, anchor_home):
    # Make an archive as the releases before signatures left it: schema 0005, nothing signed.
    archive, recovery_key = Archive.create(tmp_path / "old", USER_NAMES["custodian"], PASSPHRASES["custodian"])
    testimony_id = archive.testimonies.add(TestimonyDraft(title="Written before consent existed", text="Fictional."))
    store_key = archive._ctx.keyring.current("store").key
    archive.lock()
    make_legacy(tmp_path / "old", {USER_NAMES["custodian"]: PASSPHRASES["custodian"], "recovery": recovery_key})
    engine = make_engine(tmp_path / "old" / "archive.db", store_key)
    assert migrate.current_revision(engine) == "0005"
    assert "signature" not in {c["name"] for c in inspect(engine).get_columns("consent_event")}
    engine.dispose()
    shutil.rmtree(anchor_home / "haart-archive")  # the old version kept no anchor

    with Archive.open(tmp_path / "old", USER_NAMES["custodian"], PASSPHRASES["custodian"]) as archive:
        assert archive.testimonies.get(testimony_id).title == "Written before consent existed"
        assert archive.consent.state(testimony_id).value == "none"
        engine = archive._ctx.engine
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert archive.verify_audit().ok
