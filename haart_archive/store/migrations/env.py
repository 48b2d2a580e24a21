"""Alembic environment: migrations run on open, inside the already-keyed connection."""

from alembic import context

from haart_archive.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
