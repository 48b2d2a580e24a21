"""Run Alembic migrations on open, inside the keyed connection."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (the newest by default)."""
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def upgrade_shared(engine: Engine, revision: str = "head") -> None:
    """Migrate a database many users share (team mode): one session migrates while the
    others wait on a transaction-scoped lock, then find nothing left to do."""
    config = _config()
    with engine.begin() as connection:
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(1212501072)")  # "HAAP": migrations
        context = MigrationContext.configure(connection)
        if context.get_current_revision() == head_revision() and revision == "head":
            return
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()
