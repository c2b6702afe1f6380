"""Fusion across articles: MinHash signatures and LSH band keys of articles, near-duplicate links,
and the cluster of every event (merged events).

Events already stored become clusters of one; articles already stored get no signature, so new
articles are not linked to them (``docs/fusion.md``).

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
        "article_signatures",
        sa.Column("article_id", sa.String(length=32), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id"),
    )
    op.create_table(
        "article_bands",
        sa.Column("band_key", sa.String(length=24), nullable=False),
        sa.Column("article_id", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("band_key", "article_id"),
    )
    op.create_table(
        "article_links",
        sa.Column("article_id", sa.String(length=32), nullable=False),
        sa.Column("duplicate_of", sa.String(length=32), nullable=False),
        sa.Column("similarity", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["duplicate_of"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id"),
    )
    op.create_index("ix_article_links_duplicate_of", "article_links", ["duplicate_of"], unique=False)
    op.create_table(
        "event_clusters",
        sa.Column("event_id", sa.String(length=32), nullable=False),
        sa.Column("cluster_id", sa.String(length=32), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=True),
        sa.Column("split", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id"),
    )
    op.create_index("ix_event_clusters_cluster", "event_clusters", ["cluster_id"], unique=False)
    op.create_index("ix_event_clusters_type_day", "event_clusters", ["type", "day"], unique=False)
    op.execute(
        "INSERT INTO event_clusters (event_id, cluster_id, type, day, split) "
        "SELECT events.id, events.id, events.type, COALESCE(events.date, articles.published), false "
        "FROM events JOIN articles ON events.article_id = articles.id"
    )


def downgrade() -> None:
    op.drop_index("ix_event_clusters_type_day", table_name="event_clusters")
    op.drop_index("ix_event_clusters_cluster", table_name="event_clusters")
    op.drop_table("event_clusters")
    op.drop_index("ix_article_links_duplicate_of", table_name="article_links")
    op.drop_table("article_links")
    op.drop_table("article_bands")
    op.drop_table("article_signatures")
