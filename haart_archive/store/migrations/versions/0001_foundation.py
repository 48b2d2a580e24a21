"""Foundation: users, people, testimonies, media, audit, settings.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _id() -> sa.Column:
    return sa.Column("id", sa.String(32), primary_key=True)


def upgrade() -> None:
    op.create_table(
        "user",
        _id(),
        sa.Column("slot_id", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("name_sealed", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("removed_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "person",
        _id(),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("identity_sealed", sa.LargeBinary, nullable=False),
        sa.Column("profile_sealed", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "testimony",
        _id(),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("created_by", sa.String(32), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("title_sealed", sa.LargeBinary, nullable=False),
        sa.Column("content_sealed", sa.LargeBinary, nullable=False),
        sa.Column("profile_sealed", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "testimony_person",
        _id(),
        sa.Column(
            "testimony_id", sa.String(32), sa.ForeignKey("testimony.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column(
            "person_id", sa.String(32), sa.ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
        ),
        sa.Column("role", sa.String(20), nullable=False),
    )
    op.create_table(
        "media_asset",
        _id(),
        sa.Column(
            "testimony_id", sa.String(32), sa.ForeignKey("testimony.id", ondelete="CASCADE"), nullable=True, index=True
        ),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("tier", sa.String(12), nullable=False),
        sa.Column("blob_name", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.String(32), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("derived_from", sa.String(32), sa.ForeignKey("media_asset.id"), nullable=True),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("approved_by", sa.String(32), sa.ForeignKey("user.id"), nullable=True),
        sa.Column("approved_at", sa.DateTime, nullable=True),
        sa.Column("info_sealed", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("id", sa.String(32), nullable=False, unique=True),
        sa.Column("entry_sealed", sa.LargeBinary, nullable=False),
        sa.Column("chain", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "setting",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("value_sealed", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    for table in ("setting", "audit_entry", "media_asset", "testimony_person", "testimony", "person", "user"):
        op.drop_table(table)
