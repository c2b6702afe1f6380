"""Full-text search over article titles and texts: an SQLite FTS5 table kept in sync by triggers.

The index is an external-content FTS5 table over ``articles`` (keyed by its rowid), so the text is
stored once. Triggers keep it in step with every insert, update and delete, whoever writes; the
upgrade indexes the articles already stored. Other databases (PostgreSQL) get no index here: the
search query falls back to a plain ``LIKE`` scan there.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FTS_TABLE = "articles_fts"

_UPGRADE = [
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER {FTS_TABLE}_after_insert AFTER INSERT ON articles BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    f"CREATE TRIGGER {FTS_TABLE}_after_delete AFTER DELETE ON articles BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END",
    f"CREATE TRIGGER {FTS_TABLE}_after_update AFTER UPDATE ON articles BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); "
    f"INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
]

_DOWNGRADE = [
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_after_insert",
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_after_delete",
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_after_update",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
]


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    if not _is_sqlite():
        return
    for statement in _UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    if not _is_sqlite():
        return
    for statement in _DOWNGRADE:
        op.execute(statement)
