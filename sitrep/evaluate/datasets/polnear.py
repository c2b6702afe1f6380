"""PolNeAR attributions -> gold statements: content span, cue, speaker span, direct quote flag.

A predicted statement matches an attribution when its evidence overlaps the content or the cue, or
lies in the same sentence as the content. The speaker is correct when the predicted speaker actor
has a mention overlapping the gold source span or a matching name; ``direct`` is compared with
``is_direct_quote``. PolNeAR has no statement kinds: every statement counts, under the row
``attribution``. Exhaustive: a predicted statement that matches no attribution is a false alarm.
"""

from __future__ import annotations

from typing import Any

from sitrep.evaluate.datasets.common import gold_of, text_of
from sitrep.evaluate.schema import GoldActor, GoldRecord, GoldStatement, Span


def adapt(record: dict[str, Any]) -> GoldRecord:
    gold = gold_of(record)
    text = text_of(record)
    statements = []
    for attribution in gold.get("attributions") or []:
        content = Span.from_record(attribution.get("content"))
        cue = Span.from_record(attribution.get("cue"))
        if content is None and cue is None:
            continue
        source = Span.from_record(attribution.get("source"))
        speaker = GoldActor(name=source.text, spans=(source,)) if source else None
        direct = attribution.get("is_direct_quote")
        statements.append(
            GoldStatement(
                label="attribution",
                accept=frozenset(),
                span=content or cue,
                cue=cue,
                speaker=speaker,
                direct=None if direct is None else bool(direct),
            )
        )
    return GoldRecord(
        id=str(record.get("id")),
        dataset=str(record.get("source_dataset")),
        text=text,
        published=record.get("publication_date"),
        title=record.get("title"),
        parts=frozenset({"statements"}),
        exhaustive=frozenset({"statements"}),
        arguments=frozenset({"speaker", "direct"}),
        statements=statements,
    )
