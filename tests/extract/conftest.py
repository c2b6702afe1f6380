"""Fixtures shared by the extraction tests."""

from __future__ import annotations

import pytest

from sitrep.extract import mentions
from sitrep.extract.context import ArticleContext
from sitrep.extract.speech import extract_statements
from sitrep.model import Article


@pytest.fixture(scope="module")
def statements_with_names(pipeline):
    """Run the statements stage alone on ``text`` (published 2026-11-19): the statements, and the
    name of every actor id they use, speakers the stage had to create included."""

    def run(text: str, *, new_speakers: bool = True):
        doc = pipeline.nlp(text)
        found = mentions.find_actor_mentions(doc)
        context = ArticleContext(
            article=Article(text=text, published="2026-11-19"), doc=doc, mentions=found,
            focus=mentions.focus_country(doc),
        )
        created: list = []
        statements = extract_statements(context, new_speakers=created if new_speakers else None)
        names = {m.actor_id: m.name for m in (*found, *created)}
        return statements, names

    return run


@pytest.fixture(scope="module")
def statements_of(statements_with_names):
    """``text``'s statements as (kind, speaker name, target names) triples."""

    def run(text: str):
        statements, names = statements_with_names(text)
        return [(s.kind, names.get(s.speaker), [names.get(t) for t in s.targets]) for s in statements]

    return run


@pytest.fixture(scope="module")
def document_statements_of(pipeline):
    """The whole pipeline's statements for ``text`` as (kind, speaker name, sorted target names)
    triples: targets read from the article's events included, which the statements stage alone
    does not set."""

    def run(text: str, published: str | None = None):
        document = pipeline.extract_one(Article(text=text, published=published))
        names = {actor.id: actor.name for actor in document.actors}
        return [(s.kind, names[s.speaker], sorted(names[t] for t in s.targets)) for s in document.statements]

    return run
