"""The store: SQLite by default (WAL, one writer, one transaction per batch), PostgreSQL as the
shared store of a team or a cluster (``postgresql://user@host/db``), any SQLAlchemy URL otherwise.
Depends on ``sitrep.model`` only.

    store = Store.open("sitrep.db")      # a path, or a SQLAlchemy URL
    store.save(documents)
    store.merged_events(EventFilter(country="SYR"))   # one row per event told by any number of sources

Several processes may save into one PostgreSQL store at once: saves are idempotent by article id
and retried when a concurrent writer got there first (``writer.save_with_retry``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine

from sitrep.model import Document, Event
from sitrep.store import fusion, queries
from sitrep.store.migrate import upgrade
from sitrep.store.queries import ActorRow, EventFilter, MergedEvent
from sitrep.store.writer import SaveResult, save_with_retry

__all__ = ["ActorRow", "EventFilter", "MergedEvent", "SaveResult", "Store"]

READ_ONLY = "sitrep_read_only"


def database_url(location: str) -> str:
    """The SQLAlchemy URL for a path or URL; ``postgresql://`` means the psycopg (3) driver."""
    if "://" not in location:
        return f"sqlite:///{Path(location).expanduser()}"
    for bare in ("postgresql://", "postgres://"):
        if location.startswith(bare):
            return "postgresql+psycopg://" + location[len(bare):]
    return location


def _engine(location: str) -> Engine:
    if "://" in location:
        return create_engine(database_url(location), pool_pre_ping=True)
    path = Path(location).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the sqlite3 module, open transactions, so BEGIN IMMEDIATE below
        # takes the write lock at the start of a batch instead of failing half-way through it.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        # Writers take the write lock up front; readers (Store.reading) take none, so API reads
        # run beside an ingest and see its last committed batch (WAL).
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


class Store:
    def __init__(self, engine: Engine, location: str) -> None:
        self.engine = engine
        self.location = location

    @classmethod
    def open(cls, location: str) -> Store:
        """Open (creating if needed) the store at a path or URL and migrate it to the newest schema."""
        engine = _engine(location)
        with engine.begin() as connection:
            upgrade(connection)
        return cls(engine, location)

    def reading(self) -> Connection:
        """A connection for reads: ``with store.reading() as connection: ...``. On SQLite it
        never takes the write lock, so reads do not wait for an ingest batch."""
        return self.engine.connect().execution_options(**{READ_ONLY: True})

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def save(self, documents: Iterable[Document]) -> SaveResult:
        """Save one batch in one transaction; articles already stored are skipped."""
        return save_with_retry(self.engine, list(documents))

    def has_article(self, article_id: str) -> bool:
        with self.reading() as connection:
            return queries.has_article(connection, article_id)

    def known_articles(self, article_ids: Iterable[str]) -> set[str]:
        """Those of ``article_ids`` already stored (one query per 500 ids)."""
        with self.reading() as connection:
            return queries.known_article_ids(connection, list(article_ids))

    @property
    def dialect(self) -> str:
        """``sqlite``, ``postgresql``, ...: the database behind the store."""
        return self.engine.dialect.name

    def documents(self, article_ids: list[str] | None = None) -> list[Document]:
        with self.reading() as connection:
            ids = article_ids if article_ids is not None else queries.article_ids(connection)
            return queries.load_documents(connection, ids)

    def events(self, where: EventFilter | None = None) -> list[tuple[Event, Document]]:
        """Every source event matching ``where``, each with its document (``where.merged`` unused)."""
        with self.reading() as connection:
            return queries.events_with_articles(connection, where or EventFilter())

    def merged_events(self, where: EventFilter | None = None, *, sources: bool = False) -> list[MergedEvent]:
        """Events merged across articles (``docs/fusion.md``): one per cluster by default, with the
        number of sources and the spread of their fatality figures; ``sources=True`` lists them."""
        with self.reading() as connection:
            return queries.events(connection, where or EventFilter(), sources=sources)

    def event_fusion(self, event_ids: Iterable[str]) -> dict[str, tuple[str, int]]:
        """event id -> (the merged event it belongs to, how many articles report that)."""
        with self.reading() as connection:
            return queries.event_fusion(connection, list(event_ids))

    def fuse_again(self, batch_size: int = 200) -> fusion.FusionResult:
        """Link near-duplicates and merge events again over the whole store, oldest article first
        (``fusion.fuse_again``). One transaction: run it while nothing else writes."""
        with self.engine.begin() as connection:
            ids = queries.article_ids(connection)
            return fusion.fuse_again(connection, ids, queries.load_documents, batch_size)

    def split_event(self, event_id: str) -> bool:
        """Take an event out of the merged event it belongs to, for good; False if there is none."""
        with self.engine.begin() as connection:
            return fusion.split_event(connection, event_id)

    def actors(self, **filters) -> list[ActorRow]:
        with self.reading() as connection:
            return queries.list_actors(connection, **filters)

    def counts(self) -> dict[str, int]:
        with self.reading() as connection:
            return queries.counts(connection)
