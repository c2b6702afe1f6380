"""When an event happened: the date phrase of its sentence nearest to the trigger, resolved
against the publication date (future tense resolves forwards).

A sentence with no date phrase at all takes the nearest earlier date of its paragraph: "Jets
struck Saraqeb on Tuesday. Five civilians were killed." dates both events Tuesday. The paragraph
(text up to the previous line break) bounds it, since a new paragraph often moves to another day;
past that bound, only a sentence that points back at the story ("the attackers", "the town") takes
the last day-precise date told before it.

A date phrase told relative to the story ("later in the day", "hours later", "the same day", "the
next day", "two days later", "the day before") is counted from the last date told before it.

An article that names no date anywhere (a headline, a one-line wire flash) reports news of the
days up to its publication: its events take the publication date at precision ``week`` — not
``day``, which the text does not say.

A sentence whose date phrase cannot be resolved ("recently", or "on Tuesday" with no publication
date) inherits nothing: its event stays undated rather than borrowing a date its text contradicts.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from sitrep.extract.context import ArticleContext
from sitrep.extract.where import continues_story
from sitrep.resolve.dates import ResolvedDate, parse_published

DATE_LABELS = {"DATE", "TIME"}
_SENTS = "sitrep.when.sentences"
_UNDATED_ARTICLE = "sitrep.when.undated"
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# Phrases that count from the date the story last told, with the day offset they mean.
_SAME_DAY = re.compile(
    r"^(?:(?:later|earlier|early|late) (?:in|on) (?:the|that) (?:day|morning|afternoon|evening|night)|"
    r"(?:later|earlier) that (?:day|morning|afternoon|evening|night)|(?:the same|that) "
    r"(?:day|morning|afternoon|evening|night)|(?:hours|minutes|moments|an hour|a few hours|"
    r"\w+ hours) (?:later|earlier|afterwards))$", re.I)
_DAYS_LATER = re.compile(r"^(?:(\w+) days?|the (?:next|following) day) (?:later|afterwards)$|"
                         r"^the (?:next|following) (?:day|morning|evening|night)$", re.I)
_DAY_BEFORE = re.compile(r"^(?:the (?:day|night|evening) before|the previous (?:day|night|evening)|"
                         r"(\w+) days? (?:earlier|before))$", re.I)


def is_future(trigger: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ in {"will", "shall"} for child in trigger.children)


def _sentence_bounds(sentence: Span) -> list[tuple[int, int]]:
    doc = sentence.doc
    if _SENTS not in doc.user_data:
        doc.user_data[_SENTS] = [(sent.start, sent.end) for sent in doc.sents]
    return doc.user_data[_SENTS]


def _earlier_date(sentence: Span, context: ArticleContext, *, within_paragraph: bool) -> ResolvedDate | None:
    """The nearest resolved date of the sentences before ``sentence`` (of its paragraph only, or
    of the whole article)."""
    doc = sentence.doc
    paragraph_start = doc.text.rfind("\n", 0, sentence.start_char) + 1 if within_paragraph else 0
    earlier = [bounds for bounds in _sentence_bounds(sentence) if bounds[1] <= sentence.start]
    for start, end in reversed(earlier):
        previous = doc[start:end]
        if previous.start_char < paragraph_start:
            break
        resolved = context.sentence_date(previous, previous[-1])
        if resolved is None:
            resolved = _story_relative(previous, context, depth=1)
        if resolved is not None and resolved.precision == "year":
            continue  # "the seat of the government since 2023": background, not the day of what follows
        if resolved is not None:
            return resolved
    return None


def paragraph_date(sentence: Span, context: ArticleContext) -> ResolvedDate | None:
    """The nearest resolved date of the earlier sentences of ``sentence``'s paragraph."""
    return _earlier_date(sentence, context, within_paragraph=True)


def _offset_days(text: str) -> int | None:
    """The day offset a story-relative phrase means ("hours later": 0, "the next day": 1)."""
    cleaned = " ".join(text.split()).strip(" ,.;").lower()
    if _SAME_DAY.match(cleaned):
        return 0
    later = _DAYS_LATER.match(cleaned)
    if later:
        count = later.group(1)
        if count is None:
            return 1
        return int(count) if count.isdigit() else _NUMBER_WORDS.get(count)
    before = _DAY_BEFORE.match(cleaned)
    if before:
        count = before.group(1)
        if count is None:
            return -1
        days = int(count) if count.isdigit() else _NUMBER_WORDS.get(count)
        return -days if days is not None else None
    return None


def _story_relative(sentence: Span, context: ArticleContext, depth: int = 0) -> ResolvedDate | None:
    """"Hours later, gunmen threw a grenade": the last date told, moved by the phrase's offset."""
    if depth > 1:
        return None
    for ent in sentence.ents:
        if ent.label_ not in DATE_LABELS:
            continue
        offset = _offset_days(ent.text)
        if offset is None:
            continue
        base = _earlier_day(sentence, context) if depth == 0 else None
        if base is None:
            return None
        day = dt.date.fromisoformat(base) + dt.timedelta(days=offset)
        return ResolvedDate(day.isoformat(), "day")
    return None


def _earlier_day(sentence: Span, context: ArticleContext) -> str | None:
    """The last day-precise date told before ``sentence``: in each earlier sentence, the one
    nearest its main verb ("captured X on Tuesday ... since the 2021 coup" -> Tuesday)."""
    doc = sentence.doc
    earlier = [bounds for bounds in _sentence_bounds(sentence) if bounds[1] <= sentence.start]
    for start, end in reversed(earlier):
        previous = doc[start:end]
        dates = sorted((ent for ent in previous.ents if ent.label_ in DATE_LABELS),
                       key=lambda ent: abs(ent.root.i - previous.root.i))
        for ent in dates:
            resolved = context.date_of(ent)
            if resolved is not None and resolved.precision == "day":
                return resolved.date
    return None


def _article_undated(context: ArticleContext) -> bool:
    """No date phrase of the article resolves: nothing in the text says when."""
    doc = context.doc
    if _UNDATED_ARTICLE not in doc.user_data:
        doc.user_data[_UNDATED_ARTICLE] = not any(
            ent.label_ in DATE_LABELS and context.date_of(ent) is not None for ent in doc.ents)
    return doc.user_data[_UNDATED_ARTICLE]


def _publication_week(context: ArticleContext) -> ResolvedDate | None:
    published = parse_published(context.article.published)
    return ResolvedDate(published.isoformat(), "week") if published is not None else None


def event_date(trigger: Token, sentence: Span, context: ArticleContext) -> ResolvedDate | None:
    resolved = context.sentence_date(sentence, trigger, future=is_future(trigger))
    if resolved is not None:
        return resolved
    if any(ent.label_ in DATE_LABELS for ent in sentence.ents):
        return _story_relative(sentence, context)
    resolved = paragraph_date(sentence, context)
    if resolved is None and continues_story(sentence):
        # past the paragraph, only a day the story told: "earlier this year" in background
        # sentences between would date the event as history
        day = _earlier_day(sentence, context)
        resolved = ResolvedDate(day, "day") if day is not None else None
    if resolved is None and _article_undated(context) and not is_future(trigger):
        resolved = _publication_week(context)
    return resolved
