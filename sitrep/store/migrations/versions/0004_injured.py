"""Injured counts on events, beside the fatalities.

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
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("injured_min", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("injured_max", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("injured_text", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("injured_text")
        batch.drop_column("injured_max")
        batch.drop_column("injured_min")
