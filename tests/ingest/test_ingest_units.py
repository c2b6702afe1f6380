"""The building blocks on their own: sniffing, decoding, dates, HTML-to-text, the error value."""

from __future__ import annotations

import dataclasses

import pytest
from ingest_helpers import ARTICLE_HTML, FEED_RSS

from sitrep.ingest import IngestError, IngestFailure
from sitrep.ingest.dates import normalise_date
from sitrep.ingest.decode import clean_text, decode, prepare
from sitrep.ingest.html import html_to_text
from sitrep.ingest.sniff import hint_for, sniff


@pytest.mark.parametrize(
    ("data", "hint", "expected"),
    [
        (b"Just a story about a raid.", None, "text"),
        (ARTICLE_HTML.encode(), None, "html"),
        (b"\xef\xbb\xbf  <p>Short fragment</p>", None, "html"),
        (FEED_RSS.encode(), "html", "feed"),  # content beats the hint
        (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', None, "feed"),
        (b'{"text": "a"}\n{"text": "b"}\n', None, "jsonl"),
        (b'[{"text": "a"}]', None, "jsonl"),
        (b"[Updated] Fighting resumed.", None, "text"),
        (b"id,text\n1,hello\n", None, "csv"),
        (b"Kyiv,Ukraine\nShelling resumed overnight.", None, "text"),  # no text column: prose
        (b"a;b\n1;2\n", "csv", "csv"),  # the extension decides what content cannot
        (b"Intro line then <p>markup</p>", "html", "html"),
    ],
)
def test_sniff(data, hint, expected):
    assert sniff(data, hint) == expected


def test_hints():
    assert hint_for("x/story.HTM") == "html"
    assert hint_for("https://e.org/feed.xml?page=2") == "feed"
    assert hint_for("https://e.org/a", "text/html; charset=utf-8") == "html"
    assert hint_for("noext") is None


def test_prepare_rejects_empty_and_binary():
    for data, reason in [
        (b"", "empty input"),
        (b"\xef\xbb\xbf \n", "empty input"),
        (b"ab\x00cd", "binary file, not text"),
        (b"\x01\x02\x03\x04text", "binary file, not text"),
    ]:
        with pytest.raises(IngestFailure) as caught:
            prepare(data)
        assert caught.value.reason == reason


def test_decode_utf8_bom_and_latin1():
    assert decode(b"\xef\xbb\xbfPr\xc3\xa8s") == "Près"
    french = (
        "Les forces armées ont bombardé la ville, a déclaré le porte-parole à l'aube près du marché."
    )
    assert decode(french.encode("latin-1")) == french


def test_clean_text_only_touches_line_ends_and_outer_whitespace():
    assert clean_text("  a\r\nb\rc  d\t\n\n") == "a\nb\nc  d"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T23:30:00-05:00", "2024-03-05"),
        ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"),
        ("5 March 2024", "2024-03-05"),
        ("2023-02-31", None),
        ("March 2024", None),  # no day: not made up
        ("nonsense", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected


def test_html_to_text_separates_blocks_and_drops_scripts():
    markup = (
        "<div>Intro<p>First <b>para</b>.</p><script>x()</script>"
        "<ul><li>one</li><li>two</li></ul></div>"
    )
    assert html_to_text(markup) == "Intro\nFirst para.\none\ntwo"
    assert html_to_text("") == ""


@pytest.mark.parametrize("markup", ["<body><![CDATA[", "<!-- only a comment -->", "<?php echo 1; ?>"])
def test_html_to_text_of_markup_with_no_element_is_empty(markup):
    """Found by the fuzz test: a fragment whose only node is a comment has no text to collect."""
    assert html_to_text(markup) == ""


def test_ingest_error_is_a_frozen_value():
    error = IngestError("a.txt", "empty input")
    assert str(error) == "a.txt: empty input"
    assert error == IngestError("a.txt", "empty input")
    assert not isinstance(error, BaseException)
    with pytest.raises(dataclasses.FrozenInstanceError):
        error.reason = "x"  # type: ignore[misc]
