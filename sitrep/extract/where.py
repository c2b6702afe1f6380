"""Where an event happened: the toponym tied to its trigger, resolved against the gazetteer."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.extract.context import PLACE_LABELS, ArticleContext
from sitrep.extract.mentions import PLACE_NOUNS
from sitrep.model import Place
from sitrep.resolve.places import resolve_place

PLACE_PREPS = {"in", "near", "at", "outside", "around", "across", "into", "inside", "from", "of", "on"}


def event_place(trigger: Token, sentence: Span, context: ArticleContext) -> Place | None:
    """The nearest toponym after a locative preposition, else the nearest toponym of the sentence."""
    candidates = [ent for ent in sentence.ents if ent.label_ in PLACE_LABELS]
    for ent in sentence.ents:  # "the village of Kfar Zeit": a place whatever the NER says
        head = ent.root.head
        if ent.label_ not in PLACE_LABELS and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
            candidates.append(ent)
    located = [ent for ent in candidates if ent.root.head.lower_ in PLACE_PREPS]
    # A toponym inside an actor's name ("Russia-backed", "Syrian troops") is not where it happened.
    candidates = [ent for ent in candidates if context.actor_at(ent.root) is None or ent in located]
    ranked = sorted(located or candidates, key=lambda ent: abs(ent.root.i - trigger.i))
    for ent in ranked:
        place = resolve_place(ent.text, context.focus)
        if place is not None:
            return place
    if located:
        # Named as the event's place but not in the gazetteer: keep the name, claim no position.
        return Place(name=ranked[0].text.removeprefix("the ").strip())
    return None
