"""When an event happened: the date phrase of its sentence nearest to the trigger, resolved against
the publication date (future tense resolves forwards)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.context import ArticleContext
from sitrep.resolve.dates import ResolvedDate


def is_future(trigger: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ in {"will", "shall"} for child in trigger.children)


def event_date(trigger: Token, sentence: Span, context: ArticleContext) -> ResolvedDate | None:
    return context.sentence_date(sentence, trigger, future=is_future(trigger))
