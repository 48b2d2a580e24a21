"""Signatures (issue 13): who signed each roster entry, decision and audit entry, and how.

Existing rows get no signature here (a migration holds no keys): the first custodian to
unlock after the update signs them (`haart_archive.upgrade`), and until then other roles
are asked to wait for that.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SIGNED_TABLES = (
    "user", "testimony", "testimony_person", "person",
    "consent_event", "redacted_version", "media_asset", "survivor_review", "clearance",
    "publication", "publication_use", "audit_entry",
)


def upgrade() -> None:
    for table in SIGNED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("signed_by", sa.String(32), nullable=True))
            batch.add_column(sa.Column("signature", sa.LargeBinary, nullable=True))
    with op.batch_alter_table("user") as batch:
        batch.add_column(sa.Column("signing_key", sa.LargeBinary, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("user") as batch:
        batch.drop_column("signing_key")
    for table in reversed(SIGNED_TABLES):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("signature")
            batch.drop_column("signed_by")
