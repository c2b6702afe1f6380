"""``read_articles``: the one entry point that turns a batch of sources into articles and errors.

For each input it loads the bytes (file, stdin or URL), checks them (empty, binary), sniffs the
format, hands them to that format's reader, and completes each article: origin, language and the
caller's defaults. Any failure becomes an ``IngestError`` for that input and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sitrep.ingest.base import ColumnMap, IngestError, IngestFailure, ReadContext
from sitrep.ingest.dates import normalise_date
from sitrep.ingest.decode import prepare
from sitrep.ingest.fetch import Fetcher, Transport
from sitrep.ingest.registry import READERS
from sitrep.ingest.sniff import hint_for, sniff
from sitrep.ingest.sources import Input, expand, load_file, load_stdin
from sitrep.model.records import Article


def read_articles(
    sources: Iterable[str],
    *,
    column_map: ColumnMap | None = None,
    transport: Transport | None = None,
    max_bytes: int = 10_000_000,
    default_source: str | None = None,
    default_published: str | None = None,
) -> Iterator[Article | IngestError]:
    """Yield an ``Article`` for each good article in ``sources`` and an ``IngestError`` for each
    bad input (or bad row); never raises for bad input.

    ``default_published`` must be a date (it is normalised to ``YYYY-MM-DD``); an unparseable one
    raises ``ValueError``, as it is a mistake of the caller and not of the input.
    """
    published = normalise_date(default_published)
    if default_published is not None and published is None:
        raise ValueError(f"default_published is not a date: {default_published!r}")
    columns = column_map or ColumnMap()
    fetcher = Fetcher(transport, max_bytes)
    try:
        for source in sources:
            for item in expand(source):
                if isinstance(item, IngestError):
                    yield item
                    continue
                for result in _read_input(item, columns, fetcher, max_bytes):
                    if isinstance(result, Article):
                        _complete(result, item.origin, default_source, published)
                    yield result
    finally:
        fetcher.close()


def _read_input(
    item: Input, columns: ColumnMap, fetcher: Fetcher, max_bytes: int
) -> Iterator[Article | IngestError]:
    try:
        url = None
        if item.kind == "url":
            fetched = fetcher.fetch(item.origin)
            data, url = fetched.data, fetched.url
            hint = hint_for(fetched.url, fetched.content_type)
        elif item.kind == "stdin":
            data, hint = load_stdin(max_bytes), None
        else:
            data, hint = load_file(item.origin, max_bytes), hint_for(item.origin)
        data = prepare(data)
        reader = READERS[sniff(data, hint, text_column=columns.text)]
        yield from reader(data, item.origin, ReadContext(column_map=columns, url=url))
    except IngestFailure as failure:
        yield IngestError(failure.origin or item.origin, failure.reason)
    except (
        Exception
    ) as exc:  # parsers can fail in unforeseen ways on hostile input; keep the batch going
        yield IngestError(item.origin, f"unexpected error: {type(exc).__name__}: {exc}")


def _complete(article: Article, origin: str, source: str | None, published: str | None) -> None:
    article.origin = article.origin or origin
    article.source = article.source or source
    article.published = article.published or published
    article.language = article.language or detect_language(article.text)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, by py3langid."""
    # Imported here: loading its model takes time that importers of this package may never need.
    import py3langid

    return str(py3langid.classify(text)[0])
