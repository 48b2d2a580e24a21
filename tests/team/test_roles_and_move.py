"""Defence in depth at the server (database roles refuse what an archive role may not do)
and moving an archive between a folder and a server, all or nothing."""

from __future__ import annotations

import hashlib
import io

import psycopg
import pytest

from haart_archive.archive import Archive
from haart_archive.cli import main
from haart_archive.errors import InvalidInput, NotPermitted
from haart_archive.team import move as move_module
from haart_archive.types.backup import Credentials
from haart_archive.types.people import PersonIdentity
from haart_archive.types.testimonies import PersonInput, TestimonyDraft
from tests.conftest import PASSPHRASES, USER_NAMES


def _draft(title: str) -> TestimonyDraft:
    return TestimonyDraft(title=title, text="A fictional account of recruitment.", county="kilifi",
                          people=(PersonInput("survivor", PersonIdentity(legal_name="Fictional Wanjiru")),))


def _photo() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), (20, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def _login_url(pg_url: str, login: str) -> str:
    scheme, rest = pg_url.split("://", 1)
    return f"{scheme}://{login}@{rest.split('@', 1)[1]}"


def test_database_roles_refuse_what_an_archive_role_may_not_do(pg_cluster, pg_url, team_cache, monkeypatch, capsys):
    archive, _ = Archive.create(pg_url, USER_NAMES["custodian"], PASSPHRASES["custodian"])
    with archive:
        archive.users.add(USER_NAMES["advocate"], "advocate", PASSPHRASES["advocate"])
        testimony_id = archive.testimonies.add(_draft("A title"))
    database = pg_url.rsplit("/", 1)[1]
    for login in ("dalila_db", "baraka_db"):
        pg_cluster.sql(f"CREATE ROLE {login} LOGIN")
    assert main(["server", "setup", pg_url, "--grant", "advocate=dalila_db", "--grant", "editor=baraka_db"]) == 0
    assert f"{database}_advocate" in capsys.readouterr().out

    advocate_url = _login_url(pg_url, "dalila_db")
    with Archive.open(advocate_url, USER_NAMES["advocate"], PASSPHRASES["advocate"]) as advocate:
        assert [row.id for row in advocate.testimonies.list()] == [testimony_id]
        assert advocate.search.search("recruitment").total == 0  # nothing approved for the public index
    # Whatever program an advocate's login runs, the server refuses identities and writes.
    with psycopg.connect(host=pg_cluster.host, port=pg_cluster.port, user="dalila_db", dbname=database) as raw:
        for statement in ("SELECT * FROM person", "SELECT * FROM alias_table", "SELECT * FROM testimony_person",
                          "UPDATE testimony SET revision = 9", "DELETE FROM testimony",
                          "INSERT INTO consent_event (id) VALUES ('x')", "DELETE FROM audit_entry",
                          'UPDATE "user" SET role = \'custodian\''):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                raw.execute(statement)
            raw.rollback()
    # Even the custodian's passphrase, through the advocate's login, cannot add a testimony.
    through_advocate = Archive.open(advocate_url, USER_NAMES["custodian"], PASSPHRASES["custodian"])
    with through_advocate, pytest.raises(NotPermitted):
        through_advocate.testimonies.add(_draft("Refused at the server"))
    editor_raw = psycopg.connect(host=pg_cluster.host, port=pg_cluster.port, user="baraka_db", dbname=database)
    with editor_raw:
        assert editor_raw.execute("SELECT count(*) FROM person").fetchone()[0] == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            editor_raw.execute('DELETE FROM "user"')


def test_tls_is_required_beyond_this_computer():
    from haart_archive.team.connection import make_server_engine

    engine = make_server_engine("postgresql://someone@archive.example.org:5432/haart")
    assert engine.url.query["sslmode"] == "require"
    with pytest.raises(InvalidInput):
        make_server_engine("postgresql://someone@archive.example.org/haart?sslmode=disable")
    assert "sslmode" not in make_server_engine("postgresql://someone@127.0.0.1:5432/haart").url.query


def _file_hashes(folder) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "archive.lock"}


def test_move_a_folder_onto_a_server_and_back(pg_url, team_cache, tmp_path, monkeypatch, capsys):
    folder = tmp_path / "laptop"
    archive, recovery_key = Archive.create(folder, USER_NAMES["custodian"], PASSPHRASES["custodian"])
    with archive:
        archive.users.add(USER_NAMES["editor"], "editor", PASSPHRASES["editor"])
        ids = [archive.testimonies.add(_draft(f"Testimony {n}")) for n in range(3)]
        media_id = archive.media.add(ids[0], _photo(), file_name="scan.png")
        photo = archive.media.read(media_id)
    before = _file_hashes(folder)
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["custodian"])
    assert main(["move", str(folder), pg_url, "--user", USER_NAMES["custodian"]]) == 0
    assert "Moved and checked" in capsys.readouterr().out
    assert _file_hashes(folder) == before  # the folder was left exactly as it was

    with Archive.open(pg_url, USER_NAMES["editor"], PASSPHRASES["editor"]) as moved:
        assert sorted(row.id for row in moved.testimonies.list()) == sorted(ids)
        assert moved.testimonies.get(ids[1]).title == "Testimony 1"
        assert moved.media.read(media_id) == photo
        assert moved.search.search("recruitment").total == 3
        moved.testimonies.add(_draft("Added on the server"))
    with Archive.open_with_recovery_key(pg_url, recovery_key) as by_recovery:
        assert by_recovery.check().ok and by_recovery.verify_audit().ok

    back = tmp_path / "back-home"
    assert main(["move", pg_url, str(back), "--user", USER_NAMES["custodian"]]) == 0
    with Archive.open(back, USER_NAMES["custodian"], PASSPHRASES["custodian"]) as home:
        assert len(home.testimonies.list()) == 4
        assert home.check().ok and home.verify_audit().ok
        actions = [entry.action for entry in home.audit_entries()]
        assert "archive moved from a folder to a server" in actions
        assert "archive moved from a server to a folder" in actions


def test_a_failed_move_leaves_nothing_behind(pg_cluster, pg_url, team_cache, tmp_path, monkeypatch):
    folder = tmp_path / "laptop"
    archive, _ = Archive.create(folder, USER_NAMES["custodian"], PASSPHRASES["custodian"])
    with archive:
        testimony_id = archive.testimonies.add(_draft("Stays home"))
        archive.media.add(testimony_id, _photo(), file_name="scan.png")
    credentials = Credentials.of_user(USER_NAMES["custodian"], PASSPHRASES["custodian"])

    def broken(self, connection, name, parts):  # the network fails half-way through the media
        raise OSError("connection reset")

    monkeypatch.setattr(move_module.ServerBlobStore, "put_raw", broken)
    with pytest.raises(OSError):
        Archive.move(folder, pg_url, credentials)
    database = pg_url.rsplit("/", 1)[1]
    tables = pg_cluster.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", database)
    assert tables == []  # not even the schema stayed
    monkeypatch.undo()
    monkeypatch.setenv("HAART_CACHE_DIR", str(team_cache))
    Archive.move(folder, pg_url, credentials)  # and a second try works
    with pytest.raises(InvalidInput):
        Archive.move(folder, pg_url, credentials)  # never over an archive
    with Archive.open(folder, USER_NAMES["custodian"], PASSPHRASES["custodian"]) as still_home:
        assert [row.id for row in still_home.testimonies.list()] == [testimony_id]


def test_backup_a_server_and_restore_it_onto_another_server(pg_cluster, pg_url, team_cache, tmp_path, monkeypatch,
                                                            capsys):
    archive, _ = Archive.create(pg_url, USER_NAMES["custodian"], PASSPHRASES["custodian"])
    with archive:
        ids = [archive.testimonies.add(_draft(f"Testimony {n}")) for n in range(2)]
        media_id = archive.media.add(ids[0], _photo(), file_name="scan.png")
        photo = archive.media.read(media_id)
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["custodian"])
    out = tmp_path / "server.haartbackup"
    assert main(["backup", pg_url, str(out), "--user", USER_NAMES["custodian"]]) == 0
    assert main(["backup", "status", pg_url, "--user", USER_NAMES["custodian"]]) == 0
    assert "Last verified backup" in capsys.readouterr().out
    assert not list(team_cache.rglob(".backup-*"))  # the staging copy is gone
    other = pg_cluster.url(pg_cluster.new_database())
    assert main(["restore", str(out), other, "--user", USER_NAMES["custodian"]]) == 0
    with Archive.open(other, USER_NAMES["custodian"], PASSPHRASES["custodian"]) as restored:
        assert sorted(row.id for row in restored.testimonies.list()) == sorted(ids)
        assert restored.media.read(media_id) == photo
        assert restored.check().ok and restored.verify_audit().ok
    assert main(["restore", str(out), str(tmp_path / "folder-copy"), "--user", USER_NAMES["custodian"]]) == 0
    assert not list(tmp_path.glob(".restore-*"))
