"""Sources and batches: directories, globs, stdin, bad inputs among good ones, ids and defaults."""

from __future__ import annotations

import io
import json
import os
import random
import sys

import pytest
from ingest_helpers import ARTICLE_HTML, FEED_RSS, STORY, read

from sitrep.ingest import IngestError, read_articles


def test_directory_is_walked_sorted_without_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second story about a raid.")
    (tmp_path / "a.txt").write_text("First story about a raid.")
    (tmp_path / "c.html").write_text(ARTICLE_HTML)
    (tmp_path / ".hidden.txt").write_text("Hidden story.")
    (tmp_path / ".git" / "config.txt").write_text("Hidden story in a hidden folder.")
    articles, errors = read(str(tmp_path))
    assert errors == []
    assert [a.origin for a in articles] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "two.txt"),
        str(tmp_path / "c.html"),
    ]


def test_empty_directory_is_an_error(tmp_path):
    articles, errors = read(str(tmp_path))
    assert articles == [] and [e.reason for e in errors] == ["no files in directory"]


def test_glob_pattern_and_glob_matching_nothing(tmp_path):
    (tmp_path / "one.html").write_text(ARTICLE_HTML)
    (tmp_path / "two.html").write_text("<p>Protesters gathered in the capital.</p>")
    (tmp_path / "three.txt").write_text("Not matched.")
    articles, errors = read(str(tmp_path / "*.html"), str(tmp_path / "*.pdf"))
    assert [a.origin for a in articles] == [str(tmp_path / "one.html"), str(tmp_path / "two.html")]
    assert [str(e) for e in errors] == [f"{tmp_path / '*.pdf'}: no files match"]


def test_batch_with_bad_inputs_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY)
    binary = tmp_path / "binary.bin"
    binary.write_bytes(random.Random(1).randbytes(4096))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\t\n")
    huge = tmp_path / "huge.txt"
    with huge.open("w") as handle:  # 20 MB of real text
        line = "Shelling continued through the night near the front line.\n"
        handle.write(line * (20_000_000 // len(line) + 1))
    latin1 = tmp_path / "latin1.txt"
    french = "Les forces armées ont bombardé la ville de Goma, a déclaré le porte-parole à l'aube."
    latin1.write_bytes(french.encode("latin-1"))
    broken = tmp_path / "broken.html"
    broken.write_text(
        "<html><body><p>Gunmen attacked a convoy near Mopti, witnesses said</div></span>"
    )
    notext = tmp_path / "notext.html"
    notext.write_text("<html><body><img src='x.png'></body>")
    missing = tmp_path / "missing.txt"

    sources = [good, binary, empty, huge, latin1, broken, notext, missing]
    articles, errors = read(*map(str, sources))

    assert [a.origin for a in articles] == [str(good), str(latin1), str(broken)]
    assert articles[1].text == french
    assert articles[1].language == "fr"
    assert "Gunmen attacked a convoy near Mopti" in articles[2].text
    assert {e.origin: e.reason for e in errors} == {
        str(binary): "binary file, not text",
        str(empty): "empty input",
        str(huge): f"too large: {huge.stat().st_size} bytes (limit 10000000)",
        str(notext): "no article text found in HTML",
        str(missing): "no such file or directory",
    }


def test_oversized_file_is_not_read(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("x" * 2000)
    monkeypatch.setattr("builtins.open", lambda *args, **kwargs: pytest.fail("file was opened"))
    (error,) = list(read_articles([str(path)], max_bytes=1000))
    assert error == IngestError(str(path), "too large: 2000 bytes (limit 1000)")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_gives_os_reason(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Classified.")
    path.chmod(0)
    try:
        (error,) = list(read_articles([str(path)]))
    finally:
        path.chmod(0o600)
    assert error.reason == "permission denied"


def test_permission_error_gives_os_reason_even_as_root(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("Classified.")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("builtins.open", refuse)
    (error,) = list(read_articles([str(path)]))
    assert str(error) == f"{path}: permission denied"


def test_same_text_twice_gives_same_id(tmp_path):
    # STORY's short first paragraph is read as the title of a text file; the body is the rest.
    body = STORY.split("\n\n", 1)[1]
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text("\n\n" + STORY.replace("\n", "\r\n") + "\n")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": body}) + "\n")
    articles, _ = read(str(tmp_path))
    assert articles[0].text == body
    assert len(articles) == 3
    assert len({a.id for a in articles}) == 1
    assert len({a.origin for a in articles}) == 3


def test_defaults_fill_only_missing_fields(tmp_path):
    (tmp_path / "a.txt").write_text("Fighting resumed in the north.")
    (tmp_path / "b.xml").write_text(FEED_RSS)
    articles, _ = read(str(tmp_path), default_source="Desk", default_published="March 1, 2024")
    assert (articles[0].source, articles[0].published) == ("Desk", "2024-03-01")
    assert {(a.source, a.published) for a in articles[1:]} == {
        ("Conflict Wire", "2024-03-05"),
        ("Conflict Wire", "2024-03-06"),
        ("Conflict Wire", "2024-03-07"),
    }


def test_bad_default_published_is_a_caller_error():
    with pytest.raises(ValueError):
        list(read_articles([], default_published="someday"))


def test_stdin(monkeypatch):
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfTitle\n\nBody of the report.\n"))
    )
    (article,) = list(read_articles(["-"]))
    assert (article.title, article.text, article.origin) == (
        "Title",
        "Body of the report.",
        "<stdin>",
    )


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Кременчук під обстрілом.".encode("utf-16"))
    (article,) = list(read_articles([str(path)]))
    assert article.text == "Кременчук під обстрілом."
    assert article.language == "uk"


def test_undecodable_bytes_are_an_error(tmp_path):
    path = tmp_path / "noise.txt"
    rng = random.Random(0)  # high bytes only: no NULs or control bytes, so not "binary"
    path.write_bytes(bytes(0x80 | rng.randrange(128) for _ in range(4000)))
    (error,) = list(read_articles([str(path)]))
    assert error.reason == "cannot decode text (not UTF-8 and no other encoding fits)"
