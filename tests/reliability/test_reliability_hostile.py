"""The hostile input corpus: each input gets a clear error or a sane article, in bounded time and
memory, and the rest of the batch goes on — through ``read_articles`` and, for a small batch, the
whole pipeline into the store."""

from __future__ import annotations

import gzip
import io
import json
import time
import tracemalloc
import zipfile

import pytest

from sitrep.batch import ingest
from sitrep.ingest import IngestError, read_articles
from sitrep.model import Article
from sitrep.store import Store

GOOD = "Government troops shelled the town of Kfar Zeit on Monday, killing at least 12 civilians."


def _laughs(levels: int = 9) -> bytes:
    entities = ['<!ENTITY lol0 "lollollollollollollollollollol">'] + [
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, levels + 1)
    ]
    return ('<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(entities) + "\n]>\n"
            f'<rss version="2.0"><channel><title>t</title><item><title>x</title><description>&lol{levels};'
            "</description></item></channel></rss>").encode()


XXE_FILE = (b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
            b'<rss version="2.0"><channel><title>t</title><item><title>x</title>'
            b"<description>Troops said &xxe; here.</description></item></channel></rss>")
XXE_URL = XXE_FILE.replace(b"file:///etc/passwd", b"http://127.0.0.1:9/secret")


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", b"A" * 20_000_000)
    return buffer.getvalue()


# name -> (bytes, expected: an error reason fragment, or a check of the one article's text)
def _corpus() -> dict[str, tuple[bytes, str | object]]:
    return {
        "laughs.rss": (_laughs(), "feed refused: it declares XML entities"),
        "xxe_file.rss": (XXE_FILE, "feed refused: it declares XML entities"),
        "xxe_url.xml": (XXE_URL, "feed refused: it declares XML entities"),
        "bomb.txt.gz": (gzip.compress(b"A" * 50_000_000), "binary file, not text"),
        "bomb.zip": (_zip_bomb(), "binary file, not text"),
        "nested.html": (b"<html><body>" + b"<div>" * 100_000 + GOOD.encode() + b"</div>" * 100_000,
                        "no article text found in HTML"),
        "nested_inline.html": (b"<html><body><p>" + GOOD.encode() + b"</p>" + b"<b><i>" * 50_000 + b"x",
                               lambda text: GOOD in text),
        "nul_head.txt": (b"Troops\x00 shelled the town.", "binary file, not text"),
        "nul_late.txt": (GOOD.encode() + b" filler" * 2000 + b"\x00 more\x00", lambda text: "\x00" not in text),
        "invalid_utf8.txt": (GOOD.encode() + b" \xff\xfe\xfa \xc3\x28", lambda text: text.startswith(GOOD)),
        "mixed.txt": ("Troops shelled Aleppo – café ".encode() + "naïve – “quoted”".encode("cp1252"),
                      lambda text: text == "Troops shelled Aleppo – café naïve – “quoted”"),
        "rtl.txt": (f"{GOOD} \u202eecnerefer\u202c \u2066x\u2069".encode(), lambda text: "\u202e" in text),
        "formfeed.html": (b"<html><body><p>" + GOOD.encode() + b"\x0c\x01</p></body></html>",
                          lambda text: GOOD in text),
        "empty.txt": (b" \n\t ", "empty input"),
        "dates.jsonl": (json.dumps({"text": GOOD, "published": "99999-02-31"}).encode(),
                        lambda text: text == GOOD),
    }


def test_hostile_corpus_gives_clear_errors_or_sane_articles_in_bounded_time(tmp_path):
    corpus = _corpus()
    paths = []
    for name, (data, _) in corpus.items():
        (tmp_path / name).write_bytes(data)
        paths.append(str(tmp_path / name))
    good = tmp_path / "zz_good.txt"
    good.write_text(GOOD)
    tracemalloc.start()
    started = time.monotonic()
    results = list(read_articles([*paths, str(good)]))
    elapsed = time.monotonic() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    by_origin = {(r.origin or "").split("#")[0]: r for r in results}
    for name, (_, expected) in corpus.items():
        result = by_origin[str(tmp_path / name)]
        if isinstance(expected, str):
            assert isinstance(result, IngestError) and expected in result.reason, (name, result)
        else:
            assert isinstance(result, Article) and expected(result.text), (name, result)
    assert by_origin[str(good)].text == GOOD  # the batch went on to the end
    assert elapsed < 20 and peak < 400_000_000, (elapsed, peak)


def test_100_mb_html_is_refused_before_it_is_read(tmp_path):
    page = tmp_path / "huge.html"
    with page.open("wb") as handle:
        handle.write(b"<html><body>")
        handle.truncate(100_000_000)  # sparse: 100 MB on paper, nothing on disk
    started = time.monotonic()
    (error,) = list(read_articles([str(page)]))
    assert error.reason == "too large: 100000000 bytes (limit 10000000)"
    assert time.monotonic() - started < 1


@pytest.mark.slow
def test_100_000_tiny_articles_read_in_bounded_time_and_memory(tmp_path):
    corpus = tmp_path / "tiny.jsonl"
    with corpus.open("w") as handle:
        for number in range(100_000):
            handle.write(json.dumps({"text": f"Clash {number} in Homs.", "published": "2026-01-02"}) + "\n")
    started = time.monotonic()
    ids = set()
    count = 0
    for article in read_articles([str(corpus)]):
        assert isinstance(article, Article)
        count += 1
        ids.add(article.id)
    assert count == len(ids) == 100_000
    assert time.monotonic() - started < 30


@pytest.mark.slow
def test_hostile_batch_through_the_pipeline_into_the_store(tmp_path, pipeline):
    articles = [
        {"text": "Troops killed 10^100 people in Homs on Monday.", "published": "2026-03-02"},
        {"text": "Troops killed " + "9" * 5000 + " people in Homs on Monday.", "published": "2026-03-02"},
        {"text": "Gunmen killed 99999999999999999999 civilians in Aleppo.", "published": "2026-03-02"},
        {"text": "Yesterday militants shelled Idlib on 31 February 99999, killing 4.", "published": "2026-03-02"},
        {"text": "Rebels attacked Hama 99999 years ago and 9999999999 weeks ago, killing 3.", "published": "2026-03-02"},
        {"text": "Militants \u202eshelled\u202c Homs, killing 2. <script>alert(1)</script>", "published": "2026-03-02"},
        {"text": "Troops \x00shelled Daraa, killing 5.", "published": "2026-03-02"},
        {"text": "x" * 1_100_000, "published": "2026-03-02"},  # past spaCy's max_length
        {"text": GOOD, "published": "2026-03-02"},
    ]
    corpus = tmp_path / "hostile.jsonl"
    corpus.write_text("\n".join(json.dumps(article) for article in articles))
    with Store.open(str(tmp_path / "hostile.db")) as store:
        report = ingest([str(corpus)], store, pipeline, batch_size=4, any_language=True)
        assert report.read == 9
        assert report.stored == 8  # all but the text spaCy refuses as too long
        assert [error.reason[:22] for error in report.errors] == ["extraction failed: [E0"]
        for event, _ in store.events():
            assert event.fatalities is None or (event.fatalities.max or 0) <= 10_000_000


@pytest.mark.slow
def test_publication_dates_at_the_ends_of_the_calendar_are_stored(tmp_path, pipeline):
    corpus = tmp_path / "calendar.jsonl"
    corpus.write_text("\n".join(json.dumps(article) for article in [
        {"text": "Yesterday militants shelled Idlib, killing 4.", "published": "0001-01-01"},
        {"text": "Rebels attacked Hama 99999 years ago, killing 3.", "published": "9999-12-31"},
    ]))
    with Store.open(str(tmp_path / "calendar.db")) as store:
        report = ingest([str(corpus)], store, pipeline, batch_size=4, any_language=True)
        assert (report.stored, report.errors) == (2, [])
