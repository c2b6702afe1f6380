"""HTML pages: the main article text and metadata through trafilatura, with an lxml fallback.

trafilatura finds the article body and its title, date, site name and canonical URL. When it
finds nothing (broken or unusual markup) the visible text of the page is used instead, so any
page with text yields an article. :func:`html_to_text` is shared with the feed reader.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

import lxml.etree
import lxml.html
import trafilatura

from sitrep.ingest.base import IngestError, IngestFailure, ReadContext
from sitrep.ingest.dates import normalise_date
from sitrep.ingest.decode import clean_text, decode
from sitrep.model.records import Article

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
# lxml refuses str input that still carries an XML encoding declaration.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Control characters lxml refuses in text ("All strings must be XML compatible"); HTML treats the
# form feed as a space, and the rest are noise.
_XML_INCOMPATIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_INVISIBLE = ("script", "style", "noscript", "template", "head")
_BLOCKS = tuple(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article header footer pre"
    " dd dt figcaption".split()
)


def read(data: bytes, origin: str, context: ReadContext) -> Iterator[Article | IngestError]:
    markup = _XML_INCOMPATIBLE.sub(" ", _XML_DECLARATION.sub("", _decode_html(data), count=1))
    document = trafilatura.bare_extraction(
        markup, url=context.url, with_metadata=True, favor_recall=True, include_comments=False
    )
    text = clean_text(document.text or "") if document is not None else ""
    if not text:
        text = clean_text(html_to_text(markup))
    if not text:
        raise IngestFailure("no article text found in HTML")
    title = getattr(document, "title", None) or _title_tag(markup)
    source = getattr(document, "sitename", None) or getattr(document, "hostname", None)
    yield Article(
        text=text,
        title=title or None,
        source=source or None,
        url=getattr(document, "url", None) or context.url,
        published=normalise_date(getattr(document, "date", None)),
    )


def html_to_text(markup: str) -> str:
    """Visible text of an HTML document or fragment, one line per block element."""
    markup = _XML_INCOMPATIBLE.sub(" ", markup)
    try:
        root = lxml.html.fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return ""
    if not isinstance(root.tag, str):
        return ""  # "<body><![CDATA[": the only node is a comment or processing instruction
    for element in list(root.iter(*_INVISIBLE)):
        if element is not root:
            element.drop_tree()
    # Newlines around blocks keep paragraphs apart; text_content() alone would run them together.
    for element in root.iter(*_BLOCKS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _decode_html(data: bytes) -> str:
    """UTF-8 if valid (often right even when the page declares otherwise), then the declared
    charset, then the shared guess."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


def _title_tag(markup: str) -> str | None:
    match = _TITLE.search(markup)
    if match is None:
        return None
    return " ".join(match.group(1).split()) or None
