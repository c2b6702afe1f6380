"""The store's tables (SQLAlchemy Core). Alembic migrations in ``migrations/`` create and evolve
them; ``tests/store/test_migrations.py`` checks that the migrated database equals this metadata.

Every fact table keeps its evidence (text and character offsets into ``articles.text``) and the
pipeline version that produced it.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _evidence_columns() -> list[Column]:
    return [
        Column("evidence_text", Text, nullable=False),
        Column("evidence_start", Integer, nullable=False),
        Column("evidence_end", Integer, nullable=False),
        Column("pipeline_version", Text, nullable=False),
    ]


articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("title", Text),
    Column("source", Text),
    Column("url", Text),
    Column("published", String(10)),
    Column("language", String(8)),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("pipeline_version", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
    Index("ix_articles_published", "published"),
)

actors = Table(
    "actors",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("country", String(3)),
    Column("aliases", Text, nullable=False),  # JSON list
    Index("ix_actors_name", "name"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.id"), nullable=False),
    Column("actor_id", String(32), ForeignKey("actors.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_mentions_article", "article_id"),
    Index("ix_mentions_actor", "actor_id"),
)

place_mentions = Table(
    "place_mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("place", Integer, nullable=False),  # which of the article's places (0, 1, ...)
    Column("name", Text, nullable=False),
    Column("country", String(3)),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("precision", String(16)),
    Column("geonameid", Integer),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_place_mentions_article", "article_id"),
)

events = Table(
    "events",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id"), nullable=False),
    Column("type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("acled_type", Text),
    Column("acled_subtype", Text),
    Column("place_name", Text),
    Column("country", String(3)),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("geo_precision", String(16)),
    Column("geonameid", Integer),
    Column("date", String(10)),
    Column("date_precision", String(8)),
    Column("fatalities_min", Integer),
    Column("fatalities_max", Integer),
    Column("fatalities_text", Text),
    Column("injured_min", Integer),
    Column("injured_max", Integer),
    Column("injured_text", Text),
    Column("reported_by", Text, nullable=False),  # JSON list
    Column("negated", Boolean, nullable=False),
    Column("hypothetical", Boolean, nullable=False),
    *_evidence_columns(),
    Index("ix_events_article", "article_id"),
    Index("ix_events_date", "date"),
    Index("ix_events_type", "type"),
    Index("ix_events_country", "country"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", String(32), ForeignKey("events.id"), primary_key=True),
    Column("actor_id", String(32), ForeignKey("actors.id"), primary_key=True),
    Column("role", String(8), primary_key=True),  # actor | target
    Column("position", Integer, nullable=False),
    Index("ix_event_actors_actor", "actor_id"),
)

statements = Table(
    "statements",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("speaker_id", String(32), ForeignKey("actors.id")),
    Column("quote", Text),
    Column("direct", Boolean, nullable=False),
    Column("platform", Text),
    Column("date", String(10)),
    *_evidence_columns(),
    Index("ix_statements_article", "article_id"),
    Index("ix_statements_speaker", "speaker_id"),
)

statement_targets = Table(
    "statement_targets",
    metadata,
    Column("statement_id", String(32), ForeignKey("statements.id"), primary_key=True),
    Column("actor_id", String(32), ForeignKey("actors.id"), primary_key=True),
    Column("position", Integer, nullable=False),
)

relations = Table(
    "relations",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id"), nullable=False),
    Column("subject_id", String(32), ForeignKey("actors.id"), nullable=False),
    Column("predicate", String(16), nullable=False),
    Column("object_id", String(32), ForeignKey("actors.id"), nullable=False),
    *_evidence_columns(),
    Index("ix_relations_article", "article_id"),
    Index("ix_relations_subject", "subject_id"),
    Index("ix_relations_object", "object_id"),
)

# --- fusion across articles (migration 0005, sitrep/store/fusion.py) -----------------------------
# Derived from articles and events: deleting those deletes these rows (ON DELETE CASCADE).

article_signatures = Table(
    "article_signatures",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),  # MinHash: NUM_PERM unsigned 64-bit values
)

article_bands = Table(
    "article_bands",
    metadata,
    Column("band_key", String(24), primary_key=True),  # "<band>:<16 hex>"; the key index finds copies
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

article_links = Table(
    "article_links",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("duplicate_of", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("similarity", Float, nullable=False),
    Index("ix_article_links_duplicate_of", "duplicate_of"),
)

event_clusters = Table(
    "event_clusters",
    metadata,
    Column("event_id", String(32), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("cluster_id", String(32), nullable=False),  # the id of the cluster's first event
    Column("type", String(16), nullable=False),
    Column("day", String(10)),  # the event's date, else its article's: the fusion window's key
    Column("split", Boolean, nullable=False),  # split out by hand: never merged again
    Index("ix_event_clusters_cluster", "cluster_id"),
    Index("ix_event_clusters_type_day", "type", "day"),
)
