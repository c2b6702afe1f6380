"""Fusion through the real pipeline and store: one strike told by four outlets becomes one event
with four sources and the spread of their figures; look-alikes stay apart; syndicated copies are
linked; respelled new actors become one; merging is incremental and can be undone."""

import json

import pytest
from click.testing import CliRunner

from sitrep.cli.main import cli
from sitrep.model import Article
from sitrep.store import EventFilter, Store
from tests.fuse.corpus import LOOK_ALIKES, SAME_STRIKE


def _merged(store):
    return {m.cluster_id: m for m in store.merged_events(sources=True)}


@pytest.fixture(scope="module")
def corpus_documents(pipeline):
    return list(pipeline.extract(SAME_STRIKE + LOOK_ALIKES))


def _check_four_events(store):
    merged = store.merged_events(sources=True)
    assert len(merged) == 4
    (strike,) = [m for m in merged if m.sources > 1]
    assert strike.sources == 4 and strike.events == 4
    assert {d.article.source for _, d in strike.members} == {a.source for a in SAME_STRIKE}
    assert (strike.fatalities_min, strike.fatalities_max) == (12, 20)
    alone = [m for m in merged if m is not strike]
    assert all(m.sources == 1 and len(m.members) == 1 for m in alone)
    assert {m.event.place.name for m in alone} == {"Jisr al-Shughur", "Saraqib"}
    assert len(store.events()) == 7  # every source event is kept


def test_one_strike_told_by_four_outlets_is_one_event_with_four_sources(store, corpus_documents):
    result = store.save(corpus_documents)
    assert result.stored == 7 and result.merged == 3
    _check_four_events(store)


def test_merging_is_incremental_whatever_the_order_of_arrival(store, corpus_documents):
    order = [corpus_documents[i] for i in (4, 2, 5, 0, 6, 3, 1)]
    for document in order:  # one batch per article, look-alikes in between
        store.save([document])
    _check_four_events(store)


def test_split_takes_an_event_out_for_good(store, corpus_documents, pipeline):
    store.save(corpus_documents)
    (strike,) = [m for m in store.merged_events(sources=True) if m.sources > 1]
    first = strike.cluster_id
    assert store.split_event(first)
    assert not store.split_event("event-none")
    merged = _merged(store)
    assert merged[first].sources == 1
    (rest,) = [m for m in merged.values() if m.sources > 1]
    assert rest.sources == 3 and first not in {e.id for e, _ in rest.members}
    late = pipeline.extract_one(
        Article(text="Russian aircraft bombed the market in Saraqib on Tuesday, killing 13 civilians, activists said.",
                published="2026-11-19", source="Late Wire")
    )
    store.save([late])
    merged = _merged(store)
    assert merged[first].sources == 1 and merged[rest.cluster_id].sources == 4


def test_filters_keep_merged_events_whole(store, corpus_documents):
    store.save(corpus_documents)
    (strike,) = store.merged_events(EventFilter(type="ASSAULT", since="2026-11-18", until="2026-11-18"))
    assert strike.sources == 4  # one source dated the 18th: the whole merged event comes back
    raw = store.merged_events(EventFilter(merged=False))
    assert len(raw) == 7 and sum(m.sources == 4 for m in raw) == 4


WIRE = (
    "Government forces shelled the town of Maarat al-Numan in Idlib province on Tuesday, killing "
    "at least 14 civilians including four children, according to local rescue workers. The "
    "bombardment began before dawn and continued for several hours, residents said, as families "
    "fled north towards the Turkish border. The army said it had targeted positions held by "
    "insurgents and denied hitting homes."
)


def test_syndicated_copies_are_linked_and_their_events_merge(store, pipeline):
    copy = "MAARAT AL-NUMAN, Syria (Wire) - " + WIRE.replace("residents said", "residents told reporters")
    documents = list(
        pipeline.extract([
            Article(text=WIRE, published="2026-11-17", source="Wire"),
            Article(text=copy, published="2026-11-19", source="Reprint"),  # "Tuesday" is another day here
        ])
    )
    result = store.save(documents[:1])
    result = store.save(documents[1:])
    assert result.linked == 1
    with store.reading() as connection:
        from sitrep.store.fusion import duplicates

        links = duplicates(connection, [documents[1].article.id])
    original, similarity = links[documents[1].article.id]
    assert original == documents[0].article.id and similarity >= 0.6
    merged = store.merged_events()
    assert len(merged) == len(documents[0].events)
    assert all(m.sources == 2 for m in merged)


def test_a_new_actor_spelled_two_ways_is_one_actor_with_both_spellings(store, pipeline):
    documents = list(
        pipeline.extract([
            Article(text="Commander Abdul Rahman al-Khatib of the Idlib Free Army said his men had repelled the assault.",
                    published="2026-11-18", source="A"),
            Article(text="Abdul Rahman al-Khateeb, a commander of the Idlib Free Army, said on Sunday the town was calm.",
                    published="2026-11-19", source="B"),
        ])
    )
    store.save(documents[:1])
    store.save(documents[1:])
    (row,) = [a for a in store.actors(kind="person") if "Khat" in a.name]
    assert row.name == "Abdul Rahman al-Khatib"
    assert {"Abdul Rahman al-Khatib", "Abdul Rahman al-Khateeb"} <= set(row.aliases)
    assert row.mentions == 2
    # both documents name the one actor
    assert all(any(a.id == row.id for a in d.actors) for d in store.documents())


def test_cli_events_are_merged_with_sources(tmp_path, corpus_documents):
    db = str(tmp_path / "cli.db")
    with Store.open(db) as opened:
        opened.save(corpus_documents)
    runner = CliRunner()
    result = runner.invoke(cli, ["events", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 4
    (strike,) = [r for r in rows if r["sources"] == 4]
    assert (strike["fatalities"], strike["fatalities_max"]) == (12, 20)
    assert "4 events" in runner.invoke(cli, ["events", "--db", db]).stdout
    header = runner.invoke(cli, ["events", "--db", db, "--format", "csv"]).stdout.splitlines()[0]
    assert "sources" in header.split(",") and "fatalities_max" in header.split(",")
    sources = json.loads(runner.invoke(cli, ["events", "--db", db, "--sources", "--format", "json"]).stdout)
    assert len(sources) == 7 and sum(r["cluster_id"] == strike["cluster_id"] for r in sources) == 4
    raw = json.loads(runner.invoke(cli, ["events", "--db", db, "--unmerged", "--format", "json"]).stdout)
    assert len(raw) == 7
    split = runner.invoke(cli, ["split", "--db", db, strike["cluster_id"]])
    assert split.exit_code == 0
    rows = json.loads(runner.invoke(cli, ["events", "--db", db, "--format", "json"]).stdout)
    assert len(rows) == 5
    assert runner.invoke(cli, ["split", "--db", db, "event-none"]).exit_code == 1


def test_api_and_event_page_show_the_sources(tmp_path, corpus_documents):
    from fastapi.testclient import TestClient

    from sitrep.api import ApiSettings, create_app

    db = str(tmp_path / "api.db")
    with Store.open(db) as opened:
        opened.save(corpus_documents)
        client = TestClient(create_app(opened, ApiSettings()), base_url="http://127.0.0.1")
        items = client.get("/api/events").json()["items"]
        assert len(items) == 4
        (strike,) = [item for item in items if item["sources"] == 4]
        assert strike["fatalities_spread"] == {"min": 12, "max": 20}
        assert len(client.get("/api/events", params={"merged": "false"}).json()["items"]) == 7
        points = client.get("/api/events/points").json()
        assert len(points) == 4 and sorted(p["sources"] for p in points) == [1, 1, 1, 4]
        assert sum(b["events"] for b in client.get("/api/events/timeline").json()) == 4
        detail = client.get(f"/api/events/{strike['id']}").json()
        assert {s["article"]["source"] for s in detail["source_events"]} == {a.source for a in SAME_STRIKE}
        page = client.get(f"/events/{strike['id']}").text
        assert "4 articles" in page and "All sources of this event" in page
        assert all(a.source in page for a in SAME_STRIKE)
        rows = client.get("/api/events.csv").text.splitlines()
        assert len(rows) == 8 and rows[0].startswith("event_id,cluster_id,sources,")


def test_a_store_migrated_from_0004_keeps_its_events_as_merged_events_of_one(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    from sitrep.store import schema
    from sitrep.store.migrate import alembic_config

    path = tmp_path / "old.db"
    with create_engine(f"sqlite:///{path}").begin() as connection:
        command.upgrade(alembic_config(connection), "0004")
        connection.execute(schema.articles.insert(), [{
            "id": "a" * 32, "text": "Old text.", "published": "2026-01-02", "pipeline_version": "old",
            "ingested_at": "2026-01-02T00:00:00",
        }])
        connection.execute(schema.events.insert(), [{
            "id": "event-old", "article_id": "a" * 32, "type": "ASSAULT", "reported_by": "[]", "negated": False,
            "hypothetical": False, "evidence_text": "Old", "evidence_start": 0, "evidence_end": 3,
            "pipeline_version": "old",
        }])
    with Store.open(str(path)) as opened:
        (merged,) = opened.merged_events()
        assert merged.cluster_id == "event-old" and merged.sources == 1
        with opened.reading() as connection:
            (row,) = connection.execute(schema.event_clusters.select()).all()
        assert row.day == "2026-01-02" and not row.split


def _forget_fusion(store):
    """The state migration 0005 leaves a store filled before it: every event alone, no signatures."""
    from sqlalchemy import delete, update

    from sitrep.store import schema

    with store.engine.begin() as connection:
        for table in (schema.article_links, schema.article_bands, schema.article_signatures):
            connection.execute(delete(table))
        connection.execute(update(schema.event_clusters).values(cluster_id=schema.event_clusters.c.event_id))


def test_fusing_again_merges_a_store_filled_before_fusion(store, corpus_documents):
    store.save(corpus_documents)
    _forget_fusion(store)
    assert len(store.merged_events()) == 7  # nothing merged any more
    result = store.fuse_again(batch_size=3)  # batches smaller than the store: order must hold across them
    assert result.merged == 3
    _check_four_events(store)
    again = store.fuse_again()  # running it twice changes nothing
    assert again.merged == 3
    _check_four_events(store)


def test_fusing_again_keeps_split_events_apart(store, corpus_documents):
    store.save(corpus_documents)
    (strike,) = [m for m in store.merged_events(sources=True) if m.sources > 1]
    assert store.split_event(strike.cluster_id)
    store.fuse_again()
    merged = _merged(store)
    assert merged[strike.cluster_id].sources == 1
    assert sorted(m.sources for m in merged.values()) == [1, 1, 1, 1, 3]  # three look-alikes stay alone


def test_cli_fuse_reports_what_it_merged(tmp_path, corpus_documents):
    db = str(tmp_path / "refuse.db")
    with Store.open(db) as opened:
        opened.save(corpus_documents)
        _forget_fusion(opened)
    result = CliRunner().invoke(cli, ["fuse", "--db", db])
    assert result.exit_code == 0, result.output
    assert "7 articles fused again" in result.stderr and "3 events merged" in result.stderr
    with Store.open(db) as opened:
        assert len(opened.merged_events()) == 4
