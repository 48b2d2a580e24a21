"""Survivor reviews of redacted versions, leak-check clearances, takedown requests.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "survivor_review",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column(
            "version_id",
            sa.String(32),
            sa.ForeignKey("redacted_version.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("recorded_by", sa.String(32), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("note_sealed", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "clearance",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.String(32), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("record_sealed", sa.LargeBinary, nullable=False),
    )
    with op.batch_alter_table("publication") as batch:
        batch.add_column(sa.Column("takedown_requested_at", sa.DateTime, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("publication") as batch:
        batch.drop_column("takedown_requested_at")
    op.drop_table("clearance")
    op.drop_table("survivor_review")
