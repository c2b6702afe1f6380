"""Each format read from real files: plain text, HTML, RSS/Atom, JSON Lines, CSV."""

from __future__ import annotations

from ingest_helpers import ARTICLE_HTML, FEED_RSS, STORY, read

from sitrep.ingest import ColumnMap


def test_text_file_with_title_line(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(
        ("Shelling in Kharkiv\r\n\r\n" + STORY.replace("\n", "\r\n") + "\r\n\r\n").encode()
    )
    (article,), errors = read(str(path))
    assert errors == []
    assert article.title == "Shelling in Kharkiv"
    assert article.text == STORY  # CRLF normalised, title not in the text, outer whitespace gone
    assert article.origin == str(path)
    assert article.language == "en"
    assert article.published is None and article.source is None


def test_text_file_without_title_keeps_everything(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY.replace("\n\n", "\n"))
    (article,), _ = read(str(path))
    assert article.title is None
    assert article.text == STORY.replace("\n\n", "\n")


def test_text_file_with_long_first_paragraph_has_no_title(tmp_path):
    path = tmp_path / "story.txt"
    text = "A" * 150 + " long opening paragraph " + "B" * 50 + "\n\n" + STORY
    path.write_text(text)
    (article,), _ = read(str(path))
    assert article.title is None
    assert article.text == text


def test_html_article_with_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(ARTICLE_HTML)
    (article,), errors = read(str(path))
    assert errors == []
    assert "Russian troops shelled the city of Kharkiv" in article.text
    assert "Copyright" not in article.text and "Home" not in article.text
    assert article.title == "Shelling in Kharkiv kills three"
    assert article.source == "Daily Frontline"
    assert article.url == "https://news.example.org/kharkiv-shelling"
    assert article.published == "2024-03-05"
    assert article.language == "en"
    assert "\r" not in article.text and article.text == article.text.strip()


def test_broken_html_with_text_still_reads(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text(
        "<html><body><div><p>Fighting broke out near the border <b>overnight, residents sa"
    )
    (article,), errors = read(str(path))
    assert errors == []
    assert article.text.startswith("Fighting broke out near the border overnight")


def test_html_without_text_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var x = 1;</script></head><body><div></div></body></html>")
    articles, (error,) = read(str(path))
    assert articles == []
    assert error.origin == str(path)
    assert error.reason == "no article text found in HTML"


def test_rss_feed_gives_one_article_per_entry_with_dates(tmp_path):
    path = tmp_path / "wire.xml"
    path.write_text(FEED_RSS)
    articles, errors = read(str(path))
    assert errors == []
    assert [a.title for a in articles] == [
        "Clashes in Goma",
        "Ceasefire talks in Doha",
        "Airstrike in Idlib",
    ]
    # The date as written: 23:30 at UTC-5 is still the 6th where it was published.
    assert [a.published for a in articles] == ["2024-03-05", "2024-03-06", "2024-03-07"]
    assert [a.url for a in articles] == [f"https://wire.example.org/{n}" for n in (1, 2, 3)]
    assert {a.source for a in articles} == {"Conflict Wire"}
    assert articles[0].text == "M23 rebels clashed with the army near Goma.\nTwo soldiers died."
    assert [a.origin for a in articles] == [f"{path}#entry-{n}" for n in (1, 2, 3)]


def test_atom_feed_with_content(tmp_path):
    path = tmp_path / "feed.atom"
    path.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Monitor</title><id>urn:x</id>
<updated>2024-03-08T00:00:00Z</updated>
<entry><title>Drone strike reported</title><id>urn:1</id><link href="https://m.example/1"/>
<updated>2024-03-08T09:00:00Z</updated>
<content type="html">&lt;p&gt;A drone strike hit a fuel depot, officials said.&lt;/p&gt;</content></entry>
<entry><title>No body</title><id>urn:2</id><updated>2024-03-08T09:00:00Z</updated></entry>
</feed>"""
    )
    articles, errors = read(str(path))
    assert [a.text for a in articles] == ["A drone strike hit a fuel depot, officials said."]
    assert articles[0].published == "2024-03-08"
    assert [str(e) for e in errors] == [f"{path}#entry-2: feed entry has no text"]


def test_jsonl_rows_and_a_row_without_text(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        '{"text": "Rebels seized the town of Bunia.", "title": "Bunia", "published": "2024-01-02",'
        ' "source": "Radio Okapi", "url": "https://r.example/b"}\n'
        "\n"
        '{"title": "no text here"}\n'
        "not json\n"
        '{"text": "Troops withdrew from the area.", "published": "2023-02-31"}\n'
    )
    articles, errors = read(str(path))
    assert [a.text for a in articles] == [
        "Rebels seized the town of Bunia.",
        "Troops withdrew from the area.",
    ]
    first, second = articles
    assert (first.title, first.source, first.url, first.published) == (
        "Bunia",
        "Radio Okapi",
        "https://r.example/b",
        "2024-01-02",
    )
    assert second.published is None  # impossible date: article kept, date dropped
    assert first.origin == f"{path}#row-1" and second.origin == f"{path}#row-5"
    assert [e.origin for e in errors] == [f"{path}#row-3", f"{path}#row-4"]
    assert errors[0].reason == "row has no 'text' value"
    assert errors[1].reason.startswith("invalid JSON")


def test_jsonl_with_custom_column_map(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text(
        '{"body": "Clashes erupted in Khartoum.", "headline": "Khartoum", "date": "5 March 2024"}\n'
    )
    columns = ColumnMap(text="body", title="headline", published="date")
    (article,), errors = read(str(path), column_map=columns)
    assert errors == []
    assert (article.text, article.title, article.published) == (
        "Clashes erupted in Khartoum.",
        "Khartoum",
        "2024-03-05",
    )


def test_json_array_is_read_like_jsonl(tmp_path):
    path = tmp_path / "export.json"
    path.write_text('[\n  {"text": "First story."},\n  {"text": ""}\n]\n')
    articles, errors = read(str(path))
    assert [a.text for a in articles] == ["First story."]
    assert [(e.origin, e.reason) for e in errors] == [(f"{path}#row-2", "row has empty 'text'")]


def test_csv_with_default_columns_and_a_row_lacking_text(tmp_path):
    path = tmp_path / "corpus.csv"
    path.write_text(
        "id,title,text,published\r\n"
        '1,Goma,"M23 fighters advanced.\r\nThe army retreated.",2024-03-05\r\n'
        "2,Empty,,2024-03-06\r\n"
        '3,Doha,"Talks resumed in Doha.","Wed, 06 Mar 2024 10:00:00 GMT"\r\n'
    )
    articles, errors = read(str(path))
    assert [a.text for a in articles] == [
        "M23 fighters advanced.\nThe army retreated.",
        "Talks resumed in Doha.",
    ]
    assert [a.published for a in articles] == ["2024-03-05", "2024-03-06"]
    assert [a.origin for a in articles] == [f"{path}#row-1", f"{path}#row-3"]
    assert [str(e) for e in errors] == [f"{path}#row-2: row has empty 'text'"]


def test_csv_with_custom_column_map_and_semicolons(tmp_path):
    path = tmp_path / "export.txt"  # the content, not the extension, makes it CSV
    path.write_text("headline;body;outlet\nKhartoum;Clashes erupted in Khartoum.;Sudan Tribune\n")
    columns = ColumnMap(text="body", title="headline", source="outlet")
    (article,), errors = read(str(path), column_map=columns)
    assert errors == []
    assert (article.title, article.text, article.source) == (
        "Khartoum",
        "Clashes erupted in Khartoum.",
        "Sudan Tribune",
    )


def test_csv_without_text_column_is_one_error(tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("a,b\n1,2\n")
    articles, (error,) = read(str(path))
    assert articles == []
    assert error.origin == str(path)
    assert error.reason == "no 'text' column in CSV header (columns: a, b)"
