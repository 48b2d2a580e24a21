"""Consent history, redacted versions and aliases, publications, saved searches.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _testimony_fk() -> sa.Column:
    return sa.Column(
        "testimony_id", sa.String(32), sa.ForeignKey("testimony.id", ondelete="CASCADE"), nullable=False, index=True
    )


def upgrade() -> None:
    op.create_table(
        "consent_event",
        sa.Column("id", sa.String(32), primary_key=True),
        _testimony_fk(),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("recorded_by", sa.String(32), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("public_sealed", sa.LargeBinary, nullable=False),
        sa.Column("identity_sealed", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "redacted_version",
        sa.Column("id", sa.String(32), primary_key=True),
        _testimony_fk(),
        sa.Column("source_revision", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.String(32), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("approved_by", sa.String(32), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("approved_at", sa.DateTime, nullable=True),
        sa.Column("second_approved_by", sa.String(32), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("content_sealed", sa.LargeBinary, nullable=False),
        sa.Column("plan_sealed", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "alias_table",
        sa.Column("id", sa.String(32), sa.ForeignKey("testimony.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("aliases_sealed", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "publication",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("released_at", sa.DateTime, nullable=True),
        sa.Column("released_by", sa.String(32), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("taken_down_at", sa.DateTime, nullable=True),
        sa.Column("record_sealed", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "publication_use",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column(
            "publication_id",
            sa.String(32),
            sa.ForeignKey("publication.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        _testimony_fk(),
        sa.Column("version_id", sa.String(32), nullable=True),
    )
    op.create_table(
        "saved_search",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("user_id", sa.String(32), sa.ForeignKey("user.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("tier", sa.String(12), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("query_sealed", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    for table in ("saved_search", "publication_use", "publication", "alias_table", "redacted_version", "consent_event"):
        op.drop_table(table)
