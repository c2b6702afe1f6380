"""Statements: who said what, of whom, where.

``quotes`` finds quotations, ``kinds`` holds the reporting-verb lexicon and the content cues,
``speakers`` resolves who speaks, ``targets`` of whom or to whom, ``platforms`` where,
``sourcing`` whether a speaker's report of its own acts is a claim or the source of an event, and
``attribution`` joins them into ``Statement`` records (the single entry point is ``extract_statements``).
"""

from __future__ import annotations

from sitrep.extract.context import ArticleContext
from sitrep.extract.mentions import ActorMention
from sitrep.extract.speech.attribution import Extractor
from sitrep.extract.speech.speakers import UNNAMED
from sitrep.model import Statement

STAGE = "sitrep.statements.v2"


def extract_statements(
    context: ArticleContext, *, new_speakers: list[ActorMention] | None = None
) -> list[Statement]:
    """The statements of one article, in text order.

    Speakers that name no actor mention ("a source said", a name the model missed) are kept only
    when ``new_speakers`` is given: their new mentions are appended to it, and the caller adds them
    to the document's actors. Without it, such statements are dropped, so that every statement's
    speaker is an actor of the document. An unnamed new speaker whose every report turned out to be
    only the source of an event ("medical sources said", "witnesses said") is not added: a source
    that only reports is an event's ``reported_by``, not an actor (ACLED's convention). A named one
    (an office the model missed), or one a statement targets, is an actor all the same.
    """
    extractor = Extractor(context, create_speakers=new_speakers is not None)
    statements = extractor.run()
    if new_speakers is not None:
        # a denial's target may be such a source ("denied what residents said"): kept as well
        speaking = {statement.speaker for statement in statements}
        speaking.update(target for statement in statements for target in statement.targets)
        new_speakers.extend(m for m in extractor.speakers.created
                            if m.actor_id in speaking or not m.name.startswith(UNNAMED))
    return statements


__all__ = ["STAGE", "extract_statements"]
