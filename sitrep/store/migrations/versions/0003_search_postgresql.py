"""Full-text search on PostgreSQL: a GIN index over the articles' title and text as a tsvector.

PostgreSQL's own full-text search needs no extra table: the index is on the expression
``sitrep.store.queries.POSTGRES_DOCUMENT`` (English configuration), and a query that repeats the
expression (``queries.postgres_fulltext``) is answered from the index. SQLite has its FTS5 table
from 0002; other databases get nothing here.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEX = "ix_articles_fts"
# Must stay equal to sitrep.store.queries.POSTGRES_DOCUMENT, or the planner cannot use the index.
DOCUMENT = "to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || text)"


def _is_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if _is_postgresql():
        op.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON articles USING gin (({DOCUMENT}))")


def downgrade() -> None:
    if _is_postgresql():
        op.execute(f"DROP INDEX IF EXISTS {INDEX}")
