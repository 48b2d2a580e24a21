"""The clearance queue: communications ask an editor to clear a publication inside the archive.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clearance_request",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("requested_at", sa.DateTime, nullable=False),
        sa.Column("requested_by", sa.String(32), sa.ForeignKey("user.id"), nullable=True, index=True),
        sa.Column("state", sa.String(12), nullable=False, index=True),
        sa.Column("answered_at", sa.DateTime, nullable=True),
        sa.Column("answered_by", sa.String(32), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("clearance_id", sa.String(32), sa.ForeignKey("clearance.id"), nullable=True),
        sa.Column("seen_at", sa.DateTime, nullable=True),
        sa.Column("request_sealed", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("clearance_request")
