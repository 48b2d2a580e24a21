"""Team mode: the vault header, failed-unlock notes, blob chunks and the change feed as
tables (used on a PostgreSQL server; empty in a folder archive).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vault_record",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "unlock_note",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("note", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "blob_chunk",
        sa.Column("blob_name", sa.String(32), primary_key=True),
        sa.Column("part", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "change_entry",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("testimony_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
    )


def downgrade() -> None:
    for table in ("change_entry", "blob_chunk", "unlock_note", "vault_record"):
        op.drop_table(table)
