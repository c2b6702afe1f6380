"""The full-text index (migration 0002) follows inserts, updates and deletes through its triggers."""

from sqlalchemy import text

from sitrep.model import Article, Document
from sitrep.store import api_queries


def _hits(store, query):
    with store.engine.connect() as connection:
        return [hit["id"] for hit in api_queries.search_articles(connection, query)]


def test_the_index_follows_the_articles_table(store):
    article = Article(text="Militiamen stormed the granary at dawn.", title="Granary raid", published="2026-11-01")
    store.save([Document(article=article, pipeline_version="test")])
    assert _hits(store, "granary") == [article.id]
    assert _hits(store, "raid") == [article.id]
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE articles SET title = 'Silo attack' WHERE id = :id"), {"id": article.id})
    assert _hits(store, "raid") == [] and _hits(store, "silo") == [article.id]
    with store.engine.begin() as connection:
        connection.execute(text("DELETE FROM articles WHERE id = :id"), {"id": article.id})
    assert _hits(store, "granary") == []


def test_user_queries_become_quoted_phrases():
    assert api_queries.fts_query('Kfar "Zeit town" drone*') == '"Kfar" "Zeit town" "drone"*'
    assert api_queries.fts_query("AND OR") == '"AND" "OR"'
    assert api_queries.fts_query('"') == ""


def test_search_tables_are_recognised_for_the_schema_check():
    assert api_queries.is_search_table("articles_fts") and api_queries.is_search_table("articles_fts_data")
    assert not api_queries.is_search_table("articles")
