"""Shared helpers for the ingest tests: sample documents and a reader that splits the results.

A plain module with a name of its own (not ``conftest``) so that it cannot clash with helpers
of other test folders on ``sys.path``.
"""

from __future__ import annotations

from collections.abc import Iterable

from sitrep.ingest import IngestError, read_articles
from sitrep.model.records import Article

STORY = (
    "Ukrainian forces said on Monday that Russian troops shelled the city of Kharkiv, "
    "killing three civilians and wounding eight others.\n\n"
    "The regional governor condemned the strike and called for more air defence systems."
)

ARTICLE_HTML = """<!DOCTYPE html>
<html><head><title>Shelling in Kharkiv kills three</title>
<meta property="og:site_name" content="Daily Frontline">
<meta property="article:published_time" content="2024-03-05T08:30:00+02:00">
<link rel="canonical" href="https://news.example.org/kharkiv-shelling">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Shelling in Kharkiv kills three</h1>
<p>Ukrainian forces said on Monday that Russian troops shelled the city of Kharkiv, killing three
civilians and wounding eight others in the attack on a residential district.</p>
<p>The regional governor condemned the strike and called for more air defence systems to protect
the city, which lies about 30 kilometres from the Russian border.</p>
</article><footer>Copyright 2024 Daily Frontline</footer></body></html>
"""

FEED_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Conflict Wire</title><link>https://wire.example.org/</link>
<description>News</description>
<item><title>Clashes in Goma</title><link>https://wire.example.org/1</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 +0000</pubDate>
<description>&lt;p&gt;M23 rebels clashed with the army near &lt;b&gt;Goma&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Two soldiers died.&lt;/p&gt;</description></item>
<item><title>Ceasefire talks in Doha</title><link>https://wire.example.org/2</link>
<pubDate>Wed, 06 Mar 2024 23:30:00 -0500</pubDate>
<description>Negotiators met in Doha on Wednesday to discuss a ceasefire.</description></item>
<item><title>Airstrike in Idlib</title><link>https://wire.example.org/3</link>
<pubDate>Thu, 07 Mar 2024 06:15:00 GMT</pubDate>
<description>An airstrike hit a market in Idlib, the civil defence said.</description></item>
</channel></rss>
"""


def split(results: Iterable[Article | IngestError]) -> tuple[list[Article], list[IngestError]]:
    """Articles and errors of a ``read_articles`` run, checking nothing else came out."""
    articles: list[Article] = []
    errors: list[IngestError] = []
    for item in results:
        if isinstance(item, Article):
            articles.append(item)
        else:
            assert isinstance(item, IngestError), item
            errors.append(item)
    return articles, errors


def read(*sources: str, **options: object) -> tuple[list[Article], list[IngestError]]:
    return split(read_articles(sources, **options))  # type: ignore[arg-type]
