"""Direct quotations in an article's text: straight and curly double quotation marks, quotes that
run over sentence and paragraph breaks, and the difference between a quote and a scare quote or a
fragment quoted inside indirect speech ("said the army was “murdering its people”").

News style continues a quote over paragraphs by opening each new paragraph with a quotation mark
and closing only the last one; a paragraph whose open quote is never closed and whose successor
does not open with a mark ends the quote at its own end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MARKS = re.compile(r"[\"“”]")
PARAGRAPH = re.compile(r"[^\n]+")
WORD = re.compile(r"\w+")
MIN_WORDS = 4  # shorter quotes inside a sentence are scare quotes ("only 'to mock'")


@dataclass(frozen=True, slots=True)
class Quote:
    """The quoted words: ``text[start:end]``; ``open``/``close`` are the offsets of the marks
    (``close`` is ``end`` when the quote was never closed)."""

    start: int
    end: int
    open: int
    close: int
    text: str

    @property
    def words(self) -> int:
        return len(WORD.findall(self.text))

    closed: bool = True

    @property
    def outer_end(self) -> int:
        """Just after the closing mark (or the quote's end when it was never closed)."""
        return self.close + 1 if self.closed else self.end

    def is_speech(self, text: str | None = None) -> bool:
        """A quotation of someone's words, not a scare quote around a phrase nor a fragment
        quoted inside indirect speech (given the article's ``text``)."""
        return self.words >= MIN_WORDS and (text is None or not self.is_fragment(text))

    def is_fragment(self, text: str) -> bool:
        """Words quoted inside a clause of the reporter's ("said the army was “murdering its
        people”", "its “soldiers of the caliphate” had targeted"): the mark follows a word and
        the quote begins in lower case. Such a quote is part of indirect speech, not a quotation
        of its own (a quotation opens after a colon or comma, or begins a sentence)."""
        before = text[: self.open].rstrip()[-1:]
        return bool(before) and (before.isalnum() or before == "'") and self.text[:1].islower()

    def contains(self, offset: int) -> bool:
        return self.open <= offset <= self.close


def _quote(text: str, open_mark: int, close: int, *, closed: bool = True) -> Quote | None:
    start, end = open_mark + 1, close
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1  # the comma before "he said" belongs to the sentence, not to the words quoted
    if not WORD.search(text[start:end]):
        return None
    return Quote(start=start, end=end, open=open_mark, close=close if closed else end,
                 text=text[start:end], closed=closed)


def _opens(text: str, index: int) -> bool:
    """A straight mark opens when it follows a space or line start and precedes a word."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:") and not after.isspace()


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in ``text``, in order; nested single quotes stay inside their quote."""
    found: list[Quote] = []
    open_at: int | None = None
    previous_end = 0
    for paragraph in PARAGRAPH.finditer(text):
        marks = [m.start() for m in MARKS.finditer(text, paragraph.start(), paragraph.end())]
        lead = paragraph.start() + len(paragraph.group()) - len(paragraph.group().lstrip())
        if open_at is not None:
            if marks and marks[0] == lead and text[lead] in "\"“":
                marks = marks[1:]  # the quote goes on in this paragraph
            else:
                quote = _quote(text, open_at, previous_end, closed=False)
                if quote:
                    found.append(quote)
                open_at = None
        for index in marks:
            mark = text[index]
            if open_at is None:
                if mark != "”":
                    open_at = index
            elif mark == "“" or mark == '"' and _opens(text, index) and text[open_at] == "“":
                open_at = index  # an unclosed mark before: start again here
            else:
                quote = _quote(text, open_at, index)
                if quote:
                    found.append(quote)
                open_at = None
        previous_end = paragraph.end()
    if open_at is not None:
        quote = _quote(text, open_at, previous_end, closed=False)
        if quote:
            found.append(quote)
    return found
