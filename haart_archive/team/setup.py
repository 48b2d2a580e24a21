"""`server setup`: database roles for the archive's roles, each with the least it needs.

The keys already decide who can read what; these grants are the second wall, so that a
lesser role's database login, whatever program it runs, cannot even fetch the ciphertext of
what its role has no business with, nor change what its role may not change:

* advocate: reads testimonies, consent, redacted versions, media, publications (ciphertext
  of the tiers it holds, and of the story tier, which it cannot open); cannot read people,
  their links to testimonies or pseudonym tables; writes only its audit entries, its saved
  searches and the notes of failed unlocks;
* communications: as advocate, plus people's public profiles (partner exports) and the
  publication register;
* editor: every archive table, except the users and the vault header, which it only reads;
* custodian: everything.

Roles are named `<database>_<role>` (a cluster may hold several archives); logins join them
with `--grant ROLE=LOGIN`. Run it again after an upgrade that adds tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from psycopg import sql
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.roles import Role

# Everyone: open the archive (header, users, settings, migrations' version), keep the audit
# chain, leave and drain failed-unlock notes, follow the change feed.
_EVERYONE = {
    "alembic_version": "SELECT",
    # Changing one's own passphrase rewrites one's slot in the header; a header changed by a
    # login without the store key fails its MAC at the next unlock.
    "vault_record": "SELECT, UPDATE",
    "user": "SELECT",
    "setting": "SELECT, INSERT, UPDATE",
    "audit_entry": "SELECT, INSERT",
    "unlock_note": "SELECT, INSERT, DELETE",
    "change_entry": "SELECT",
    "saved_search": "SELECT, INSERT, UPDATE, DELETE",
}
_READ_PUBLIC = {
    table: "SELECT"
    for table in ("testimony", "consent_event", "redacted_version", "media_asset", "blob_chunk", "publication",
                  "publication_use", "clearance")
}
_WRITE = "SELECT, INSERT, UPDATE, DELETE"

GRANTS: dict[Role, dict[str, str]] = {
    Role.ADVOCATE: {**_EVERYONE, **_READ_PUBLIC},
    Role.COMMUNICATIONS: {
        **_EVERYONE, **_READ_PUBLIC, "person": "SELECT", "testimony_person": "SELECT", "survivor_review": "SELECT",
        "publication": _WRITE, "publication_use": _WRITE, "change_entry": "SELECT, INSERT",
    },
}


@dataclass(frozen=True)
class SetupReport:
    roles: dict[str, str]  # archive role -> database role
    granted: tuple[tuple[str, str], ...]  # (login, database role)


def role_name(database: str, role: Role) -> str:
    return f"{database}_{role.value}"[:63]


def setup_roles(engine: Engine, grants: dict[str, list[str]]) -> SetupReport:
    """Create or refresh the four roles and their grants; give logins their roles."""
    database = engine.url.database
    tables = inspect(engine).get_table_names()
    if "vault_record" not in tables:
        raise InvalidInput(Message("The database holds no archive yet: run 'init' with this address first."))
    unknown = [role for role in grants if role not in {r.value for r in Role}]
    if unknown:
        raise InvalidInput(Message("Unknown archive role: {role}.", role=", ".join(unknown)))
    names = {role: role_name(database, role) for role in Role}
    statements: list[sql.Composable] = [
        sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(sql.Identifier(database)),
        sql.SQL("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
    ]
    for role, name in names.items():
        ident = sql.Identifier(name)
        statements += [
            sql.SQL("DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {}) THEN "
                    "CREATE ROLE {} NOLOGIN; END IF; END$$").format(sql.Literal(name), ident),
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), ident),
            sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(ident),
            sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(ident),
            sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {}").format(ident),
        ]
        for table, privileges in _grants_for(role, tables).items():
            if table in tables:
                statements.append(sql.SQL("GRANT {} ON TABLE {} TO {}").format(
                    sql.SQL(privileges), sql.Identifier(table), ident))
                if "INSERT" in privileges and table == "change_entry":
                    statements.append(sql.SQL("GRANT USAGE ON SEQUENCE change_entry_seq_seq TO {}").format(ident))
    granted = []
    for role, logins in grants.items():
        for login in logins:
            statements.append(sql.SQL("GRANT {} TO {}").format(
                sql.Identifier(names[Role(role)]), sql.Identifier(login)))
            granted.append((login, names[Role(role)]))
    raw = engine.raw_connection()
    try:
        with raw.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
        raw.commit()
    except BaseException:
        raw.rollback()
        raise
    finally:
        raw.close()
    return SetupReport({role.value: name for role, name in names.items()}, tuple(granted))


def _grants_for(role: Role, tables: list[str]) -> dict[str, str]:
    if role is Role.CUSTODIAN:
        return {table: _WRITE for table in tables}
    if role is Role.EDITOR:
        grants = {table: _WRITE for table in tables}
        grants.update({"user": "SELECT", "vault_record": "SELECT, UPDATE", "alembic_version": "SELECT"})
        return grants
    return GRANTS[role]
