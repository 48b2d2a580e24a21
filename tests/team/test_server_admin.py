"""The server's administrator is an attacker like any other: they see ciphertext, and what
they change in it is caught (signatures of decisions come with the integrity work, issue 9;
here: sealed values bound to their place, the header's MAC, the audit chain)."""

from __future__ import annotations

import pytest

from haart_archive.archive import Archive
from haart_archive.errors import TamperedRecord
from haart_archive.types.testimonies import TestimonyDraft
from tests.conftest import PASSPHRASES, USER_NAMES


@pytest.fixture
def server_archive(pg_url, team_cache):
    archive, _ = Archive.create(pg_url, USER_NAMES["custodian"], PASSPHRASES["custodian"])
    with archive:
        ids = [archive.testimonies.add(TestimonyDraft(title=f"Account {n}", text="Fictional.", county="kilifi"))
               for n in range(2)]
    return pg_url, pg_url.rsplit("/", 1)[1], ids


def _open(url: str) -> Archive:
    return Archive.open(url, USER_NAMES["custodian"], PASSPHRASES["custodian"])


def test_a_ciphertext_moved_between_rows_fails_to_open(pg_cluster, server_archive):
    url, database, (first, second) = server_archive
    pg_cluster.sql(f"UPDATE testimony SET title_sealed = (SELECT title_sealed FROM testimony WHERE id = '{second}') "
                   f"WHERE id = '{first}'", database)
    with _open(url) as archive, pytest.raises(TamperedRecord):
        archive.testimonies.get(first)


def test_a_header_edited_on_the_server_is_refused_at_unlock(pg_cluster, server_archive):
    import psycopg

    from haart_archive.vault.header import VaultHeader

    url, database, _ids = server_archive
    with psycopg.connect(host=pg_cluster.host, port=pg_cluster.port, user="haart_admin", dbname=database) as raw:
        data = raw.execute("SELECT data FROM vault_record WHERE id = 'header'").fetchone()[0]
        # The admin drops the recovery slot and writes a header with a correct checksum: only
        # the MAC under the store key, which the admin does not hold, can tell.
        edited = VaultHeader.from_bytes(data).without_slot("recovery").to_bytes()
        raw.execute("UPDATE vault_record SET data = %s WHERE id = 'header'", (edited,))
    with pytest.raises(TamperedRecord):
        _open(url)


def test_audit_entries_deleted_on_the_server_are_found(pg_cluster, server_archive):
    url, database, _ids = server_archive
    pg_cluster.sql("DELETE FROM audit_entry WHERE seq = 2", database)
    with _open(url) as archive:
        result = archive.verify_audit()
    assert not result.ok and any("missing" in problem for problem in result.problems)
