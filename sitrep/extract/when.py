"""When an event happened: the date phrase of its sentence nearest to the trigger, resolved
against the publication date (future tense resolves forwards).

A sentence with no date phrase at all takes the nearest earlier date of its paragraph: "Jets
struck Saraqeb on Tuesday. Five civilians were killed." dates both events Tuesday. The paragraph
(text up to the previous line break) bounds it, since a new paragraph often moves to another day.
A sentence whose date phrase cannot be resolved ("recently", or "on Tuesday" with no publication
date) inherits nothing: its event stays undated rather than borrowing a date its text contradicts.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.context import ArticleContext
from sitrep.resolve.dates import ResolvedDate

DATE_LABELS = {"DATE", "TIME"}
_SENTS = "sitrep.when.sentences"


def is_future(trigger: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ in {"will", "shall"} for child in trigger.children)


def _sentence_bounds(sentence: Span) -> list[tuple[int, int]]:
    doc = sentence.doc
    if _SENTS not in doc.user_data:
        doc.user_data[_SENTS] = [(sent.start, sent.end) for sent in doc.sents]
    return doc.user_data[_SENTS]


def paragraph_date(sentence: Span, context: ArticleContext) -> ResolvedDate | None:
    """The nearest resolved date of the earlier sentences of ``sentence``'s paragraph."""
    doc = sentence.doc
    paragraph_start = doc.text.rfind("\n", 0, sentence.start_char) + 1
    earlier = [bounds for bounds in _sentence_bounds(sentence) if bounds[1] <= sentence.start]
    for start, end in reversed(earlier):
        previous = doc[start:end]
        if previous.start_char < paragraph_start:
            break
        resolved = context.sentence_date(previous, previous[-1])
        if resolved is not None:
            return resolved
    return None


def event_date(trigger: Token, sentence: Span, context: ArticleContext) -> ResolvedDate | None:
    resolved = context.sentence_date(sentence, trigger, future=is_future(trigger))
    if resolved is not None or any(ent.label_ in DATE_LABELS for ent in sentence.ents):
        return resolved
    return paragraph_date(sentence, context)
