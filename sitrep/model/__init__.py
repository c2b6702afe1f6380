"""The data model: typed records with no I/O and no spaCy.

Every record serialises to the document record of the product spec (``to_record``) and back
(``from_record``). Field names here are the contract between the extractor, the store, the API and
the exports.
"""

from sitrep.model.records import (
    ACTOR_KINDS,
    RELATION_PREDICATES,
    STATEMENT_KINDS,
    Actor,
    Article,
    Document,
    Event,
    Evidence,
    Fatalities,
    Mention,
    Place,
    PlaceMention,
    Relation,
    Statement,
    article_id_for,
    normalise_text,
    stable_id,
)

__all__ = [
    "ACTOR_KINDS",
    "RELATION_PREDICATES",
    "STATEMENT_KINDS",
    "Actor",
    "Article",
    "Document",
    "Event",
    "Evidence",
    "Fatalities",
    "Mention",
    "Place",
    "PlaceMention",
    "Relation",
    "Statement",
    "article_id_for",
    "normalise_text",
    "stable_id",
]
