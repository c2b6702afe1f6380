"""The pipeline: articles in, documents out. The only module that knows the order of the stages.

    pipeline = Pipeline()                  # loads the spaCy model once
    for document in pipeline.extract(articles):
        ...
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

import hashlib
from importlib import resources

from sitrep import __version__
from sitrep.extract import STAGES, extract_document
from sitrep.model import Article, Document
from sitrep.nlp import load_pipeline, parse
from sitrep.settings import Settings


def kb_digest() -> str:
    """A short hash of the bundled data files, so editing a lexicon or table changes the version
    stored with every fact even when no stage name changed."""
    digest = hashlib.sha256()
    folder = resources.files("sitrep.kb")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".tsv", ".json", ".yaml", ".yml", ".csv")):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:10]


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class Pipeline:
    def __init__(self, model: str | None = None, batch_size: int = 32) -> None:
        self.model_name = Settings.resolve(model=model).model
        self.nlp = load_pipeline(self.model_name)
        self.batch_size = batch_size
        meta = self.nlp.meta
        self.version = (
            f"sitrep {__version__}; {meta.get('lang', 'xx')}_{meta.get('name', self.model_name)} "
            f"{meta.get('version', '?')}; kb {kb_digest()}; " + ", ".join(STAGES)
        )

    def extract(self, articles: Iterable[Article]) -> Iterator[Document]:
        """Documents for ``articles``, in the same order; spaCy runs once per batch."""
        for batch in batched(articles, self.batch_size):
            docs = parse(self.nlp, (article.text for article in batch), self.batch_size)
            for article, doc in zip(batch, docs, strict=True):
                yield extract_document(article, doc, self.version)

    def extract_one(self, article: Article) -> Document:
        return next(self.extract([article]))
