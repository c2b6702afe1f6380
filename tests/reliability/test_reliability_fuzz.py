"""Hypothesis fuzzing of the parsers that read untrusted text: the ingest readers (every format,
through the sniffer), dates, fatality figures and the gold loader. Each property is "a sane result
or the documented error, never anything else"; example counts and deadlines keep this under ~15 s."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.evaluate.gold import load_gold
from sitrep.evaluate.schema import GoldError
from sitrep.extract.casualties import find_fatalities, parse_number
from sitrep.ingest import IngestError
from sitrep.ingest.base import IngestFailure, ReadContext
from sitrep.ingest.decode import prepare
from sitrep.ingest.registry import READERS
from sitrep.ingest.sniff import FORMATS, sniff
from sitrep.model import Article
from sitrep.resolve.dates import resolve_date

# No example database: CI runs stay the same size and nothing is written into the work tree.
FUZZ = settings(max_examples=150, deadline=2000, database=None, suppress_health_check=[HealthCheck.too_slow])

# Fragments that steer the generator into each format's parser rather than mostly into plain text.
_MARKUP = st.sampled_from([
    "<html>", "<body>", "<p>", "</p>", "<div>", "<rss version='2.0'><channel>", "<item>",
    "<description>", "</description>", "<![CDATA[", "]]>", "<feed xmlns='http://www.w3.org/2005/Atom'>",
    "<entry><content type='html'>", "&amp;", "&#0;", "&#x202e;", "&nbsp;", "<!--", "-->",
    "<?xml version='1.0' encoding='latin-1'?>", "<!DOCTYPE x [<!ENTITY a 'b'>]>", "&a;", "<script>",
    '{"text": ', '"killed 5"', "}", "\n", "text,title\n", '"a,b",', "\t", "\r\n", "\ufeff", "\u202e",
])
_DOCUMENTS = st.lists(st.one_of(_MARKUP, st.text(max_size=20)), max_size=30).map("".join)


def _read(data: bytes, hint: str | None = None) -> list[Article | IngestError]:
    """What read_articles does with one input's bytes, without the file system."""
    try:
        prepared = prepare(data)
        return list(READERS[sniff(prepared, hint)](prepared, "fuzz", ReadContext()))
    except IngestFailure as failure:
        return [IngestError("fuzz", failure.reason)]


def _check(results: list[Article | IngestError]) -> None:
    for result in results:
        if isinstance(result, Article):
            assert result.text and result.text == result.text.strip()
            assert "\x00" not in result.text
            assert result.published is None or dt.date.fromisoformat(result.published)
        else:
            assert isinstance(result, IngestError) and result.reason


@FUZZ
@given(_DOCUMENTS, st.sampled_from([None, *FORMATS]))
def test_fuzz_readers_on_text_give_articles_or_errors(document, hint):
    _check(_read(document.encode("utf-8"), hint))


@FUZZ
@given(st.binary(max_size=400), st.sampled_from([None, *FORMATS]))
def test_fuzz_readers_on_bytes_give_articles_or_errors(data, hint):
    _check(_read(data, hint))


@FUZZ
@given(st.text(max_size=60), st.one_of(st.none(), st.dates().map(dt.date.isoformat), st.text(max_size=12)),
       st.booleans())
def test_fuzz_resolve_date_never_raises_and_stays_in_range(text, published, future):
    resolved = resolve_date(text, published, future=future)
    if resolved is not None:
        start = dt.date.fromisoformat(resolved.date)
        assert resolved.precision in {"day", "week", "month", "year"}
        assert resolved.end is None or dt.date.fromisoformat(resolved.end) >= start


_DATE_WORDS = st.sampled_from([
    "on", "Monday", "last", "next", "week", "31", "February", "29", "9999", "0001", "10000", "-",
    "between", "and", "3 March", "March 15", "yesterday", "ago", "days", "99999999999999999999",
    "1e100", "year", "years", "weeks", "months", "¹", "the", "2026-13-45", "0000-00-00", "late", "early", "month", "from", "to",
])


@FUZZ
@given(st.lists(_DATE_WORDS, max_size=8).map(" ".join),
       st.sampled_from([None, "0001-01-01", "9999-12-31", "2026-02-28", "2024-02-29"]), st.booleans())
def test_fuzz_resolve_date_on_date_like_phrases(text, published, future):
    test_fuzz_resolve_date_never_raises_and_stays_in_range.hypothesis.inner_test(text, published, future)


_NUMBER_WORDS = st.sampled_from([
    "killed", "at least", "more than", "dozens", "of", "people", "civilians", "thousand", "hundred",
    "twenty", "five", "-", "10", "1,000,000", "10000001", "9" * 40, "1" * 5000, "١٢", "were", "dead",
    "and", "wounded", "between", "tens", "0", "000", "toll", "rose", "to",
])


@FUZZ
@given(st.one_of(st.lists(_NUMBER_WORDS, max_size=10).map(" ".join), st.text(max_size=40)))
def test_fuzz_parse_number_gives_sane_bounds(text):
    low, high = parse_number(text)  # a vague "tens" or "dozens" has no upper bound
    assert low is not None or high is None
    if low is not None:
        assert 0 <= low <= 10_000_000 and (high is None or low <= high <= 10_000_000)


@FUZZ
@given(st.one_of(st.lists(_NUMBER_WORDS, max_size=12).map(" ".join), st.text(max_size=80)),
       st.integers(0, 10_000))
def test_fuzz_find_fatalities_gives_sane_figures_and_offsets(text, offset):
    figure = find_fatalities(text, offset)
    if figure is not None:
        assert figure.min is None or 0 <= figure.min <= 10_000_000
        assert figure.max is None or figure.min is None or figure.min <= figure.max <= 10_000_000


_GOLD_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=10),
              st.sampled_from(["plover", "acled", "ucdp", "re3d", "sitrep", "polnear", "geovirus"])),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
_GOLD_KEYS = st.sampled_from(["source_dataset", "text", "id", "events", "event_type", "date",
                              "published", "actors", "locations", "fatalities", "country", "spans"])


@FUZZ
@given(st.lists(st.one_of(st.dictionaries(_GOLD_KEYS, _GOLD_VALUES, max_size=6).map(json.dumps),
                          st.text(max_size=30)), max_size=4))
def test_fuzz_gold_loader_gives_records_or_gold_error(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        load_gold(path)
    except GoldError as error:
        assert str(error).startswith(str(path))


@pytest.mark.parametrize("text", ["killed " + "9" * 5000 + " people", "killed 10^100 people",
                                  "killed 1e100 people", "a googol (10000000000000000000000000000000) died"])
def test_absurd_numbers_are_no_figure_or_capped(text):
    figure = find_fatalities(text)
    assert figure is None or (figure.max or 0) <= 10_000_000
