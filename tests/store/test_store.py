"""The store on a real SQLite file and a real PostgreSQL database: idempotent saves, atomic batches,
queries, migrations, concurrent writers."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from sitrep.model import Article, Event, Evidence
from sitrep.store import EventFilter, Store
from sitrep.store import schema
from sitrep.store.migrate import include_object
from sitrep.store.queries import postgres_fulltext
from sitrep.store.schema import metadata

TEXTS = [
    "Syrian troops shelled rebel positions near Idlib on Tuesday, killing five fighters.",
    "Protesters rallied in Baghdad on Friday against power cuts, police said.",
    "Russian forces launched a drone strike on Kharkiv, killing two civilians.",
]


@pytest.fixture
def documents(pipeline):
    return list(pipeline.extract(Article(text=t, published="2026-11-20", source="Test Wire") for t in TEXTS))


def test_migrated_schema_equals_the_table_metadata(store):
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object})
        diff = compare_metadata(context, metadata)
    assert diff == []


def test_saving_twice_stores_once(store, documents):
    first = store.save(documents)
    second = store.save(documents)
    assert (first.stored, first.skipped) == (3, 0)
    assert (second.stored, second.skipped) == (0, 3)
    counts = store.counts()
    assert counts["articles"] == 3
    assert counts["events"] == sum(len(d.events) for d in documents)


def test_documents_come_back_as_they_were_saved(store, documents):
    store.save(documents)
    loaded = {d.article.id: d for d in store.documents()}
    for document in documents:
        again = loaded[document.article.id]
        assert again.article.text == document.article.text
        assert [e.to_record() for e in again.events] == [e.to_record() for e in document.events]
        assert [s.to_record() for s in again.statements] == [s.to_record() for s in document.statements]
        assert [p.to_record() for p in again.places] == [p.to_record() for p in document.places]
        assert {a.id for a in again.actors} == {a.id for a in document.actors}


def test_a_failing_batch_leaves_earlier_batches_whole(store, documents):
    store.save(documents[:1])
    broken = documents[1]
    broken.events.append(
        Event(id="event-broken", type="ASSAULT", actors=["actor-that-does-not-exist"],
              evidence=Evidence(text="x", start=0, end=1))
    )
    with pytest.raises(IntegrityError):
        store.save(documents[1:])
    counts = store.counts()
    assert counts["articles"] == 1
    assert counts["events"] == len(documents[0].events)


def test_event_filters(store, documents):
    store.save(documents)
    everything = store.events()
    assert len(everything) == store.counts()["events"]
    syrian = store.events(EventFilter(country="SYR"))
    assert syrian and all(event.place.country == "SYR" for event, _ in syrian)
    assaults = store.events(EventFilter(type="ASSAULT"))
    assert assaults and all(event.type == "ASSAULT" for event, _ in assaults)
    assert store.events(EventFilter(since="2027-01-01")) == []
    by_actor = store.events(EventFilter(actor="civilians"))
    assert by_actor
    for event, document in by_actor:
        names = {a.id: a.name.lower() for a in document.actors}
        assert any("civilian" in names[i] for i in event.actors + event.targets)


def test_wildcards_typed_in_an_actor_filter_are_plain_characters(store, documents):
    store.save(documents)
    assert store.events(EventFilter(actor="civilians"))
    # "%" and "_" would match every name if they reached LIKE unescaped
    assert store.events(EventFilter(actor="%")) == []
    assert store.events(EventFilter(actor="_")) == []
    assert store.actors(name="%") == []


def test_actor_aliases_grow_across_articles(store, pipeline):
    first = pipeline.extract_one(Article(text="Hezbollah fired rockets at northern Israel."))
    second = pipeline.extract_one(Article(text="Hizbollah fighters clashed with troops near Tyre."))
    store.save([first])
    store.save([second])
    (row,) = store.actors(name="Hezbollah")
    assert row.kind == "armed_group"
    assert row.mentions == 2


def test_reopening_an_existing_store_keeps_its_data(store_location, documents):
    with Store.open(store_location) as first:
        first.save(documents)
    with Store.open(store_location) as second:
        assert second.counts()["articles"] == 3
        assert second.known_articles([d.article.id for d in documents] + ["unknown"]) == {
            d.article.id for d in documents
        }


def test_postgres_fulltext_finds_articles_through_its_index(postgres_store, documents):
    store = postgres_store
    store.save(documents)
    query = select(schema.articles.c.id).where(postgres_fulltext("protesters Baghdad"))
    with store.engine.connect() as connection:
        found = list(connection.scalars(query))
        connection.execute(text("SET enable_seqscan = off"))  # three rows: force the planner's hand
        compiled = query.compile(connection)
        plan = "\n".join(row[0] for row in connection.exec_driver_sql("EXPLAIN " + str(compiled), compiled.params))
    assert found == [documents[1].article.id]
    assert "ix_articles_fts" in plan


def test_concurrent_writers_store_each_article_once(postgres_store, pipeline):
    texts = [f"Hezbollah fighters clashed with Israeli troops near Tyre, day {n}." for n in range(12)]
    documents = list(pipeline.extract(Article(text=t, published="2026-11-20") for t in texts))
    # four writers, overlapping batches: every article is saved by two of them at once
    batches = [documents[0:6], documents[3:9], documents[6:12], documents[0:3] + documents[9:12]]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(postgres_store.save, batches))
    assert sum(result.stored for result in results) == 12
    assert postgres_store.counts()["articles"] == 12
    assert postgres_store.counts()["events"] == sum(len(d.events) for d in documents)
