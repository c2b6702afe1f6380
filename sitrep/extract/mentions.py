"""Actor mentions: named entities (after the knowledge-base ruler) and the generic group nouns news
uses for actors ("troops", "rebels", "protesters"), each tied to a canonical actor identity.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sitrep.kb.actors import KnownActor, actor_id, actor_index, known_actors
from sitrep.kb.countries import country_code, country_name

STAGE = "sitrep.mentions.v1"

# Generic nouns that name an actor. The value is (kind, name template); {country} is filled from a
# modifier ("Syrian troops") or, for state organs, from the article's main country.
GENERIC_ACTORS: dict[str, tuple[str, str]] = {
    "troop": ("state_forces", "Military Forces of {country}"),
    "soldier": ("state_forces", "Military Forces of {country}"),
    "army": ("state_forces", "Military Forces of {country}"),
    "military": ("state_forces", "Military Forces of {country}"),
    "jet": ("state_forces", "Military Forces of {country}"),
    "warplane": ("state_forces", "Military Forces of {country}"),
    "force": ("state_forces", "Military Forces of {country}"),
    "police": ("state_forces", "Police Forces of {country}"),
    "policeman": ("state_forces", "Police Forces of {country}"),
    "government": ("government", "Government of {country}"),
    "regime": ("government", "Government of {country}"),
    "authority": ("government", "Government of {country}"),
    "ministry": ("government", "Government of {country}"),
    "rebel": ("armed_group", "Unidentified Rebel Group"),
    "insurgent": ("armed_group", "Unidentified Armed Group"),
    "militant": ("armed_group", "Unidentified Armed Group"),
    "gunman": ("armed_group", "Unidentified Armed Group"),
    "jihadist": ("armed_group", "Unidentified Armed Group"),
    "militia": ("armed_group", "Unidentified Militia"),
    "militiaman": ("armed_group", "Unidentified Militia"),
    "fighter": ("armed_group", "Unidentified Armed Group"),
    "protester": ("other", "Protesters"),
    "protestor": ("other", "Protesters"),
    "demonstrator": ("other", "Protesters"),
    "rioter": ("other", "Rioters"),
    "civilian": ("civilians", "Civilians"),
    "resident": ("civilians", "Civilians"),
    "villager": ("civilians", "Civilians"),
    "people": ("civilians", "Civilians"),
    "passenger": ("civilians", "Civilians"),
    "child": ("civilians", "Civilians"),
    "woman": ("civilians", "Civilians"),
    "student": ("civilians", "Civilians"),
    "farmer": ("civilians", "Civilians"),
    "herder": ("civilians", "Civilians"),
    "trader": ("civilians", "Civilians"),
    "worshipper": ("civilians", "Civilians"),
    "refugee": ("civilians", "Civilians"),
    "migrant": ("civilians", "Civilians"),
    "journalist": ("civilians", "Civilians"),
    "thief": ("civilians", "Civilians"),
    "prisoner": ("civilians", "Civilians"),
    "vigilante": ("armed_group", "Vigilante Group"),
}
STATE_KINDS = {"state_forces", "government"}
UNKNOWN_COUNTRY = "(unidentified country)"
ORG_KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("monitor", ("observatory", "monitor", "watch", "amnesty")),
    ("international_org", ("united nations", "u.n.", "union", "nato", "red cross", "unicef", "council")),
    ("media", ("news", "agency", "tv", "television", "radio", "times", "post", "reuters", "afp")),
    ("government", ("ministry", "government", "presidency", "parliament", "cabinet")),
    ("state_forces", ("armed forces", "police", "army", "navy", "air force", "national guard")),
    ("political_party", ("party", "congress")),
    (
        "armed_group",
        ("front", "brigade", "militia", "movement", "forces", "battalion", "liberation", "resistance",
         "army", "group", "cartel", "mujahideen", "jihad", "legion"),
    ),
)
# Platforms a statement is made on, not actors ("said on Telegram").
PLATFORM_NAMES = {"telegram", "x", "twitter", "facebook", "youtube", "instagram", "tiktok", "whatsapp"}
PLACE_NOUNS = {"village", "town", "city", "district", "province", "region", "area", "neighbourhood",
               "neighborhood", "camp", "governorate", "county", "state"}


@dataclass(slots=True)
class ActorMention:
    """A stretch of tokens that names an actor, with the canonical identity it resolves to."""

    start: int  # token indices, spaCy style
    end: int
    start_char: int
    end_char: int
    text: str
    name: str
    kind: str
    country: str | None

    @property
    def actor_id(self) -> str:
        return actor_id(self.kind, self.name)


def focus_country(doc: Doc) -> str | None:
    """The country an article is mostly about: the most often named country (ties: first named)."""
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ in {"GPE", "NORP"}:
            code = country_code(ent.text)
            if code:
                counts[code] += 1
    return counts.most_common(1)[0][0] if counts else None


def _is_place_name(span: Span) -> bool:
    """ "the village of Kfar Zeit": the model often calls such names PERSON or ORG."""
    head = span.root.head
    return (
        span.root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in PLACE_NOUNS
    )


def _org_kind(text: str) -> str:
    lowered = f" {text.casefold()} "
    for kind, words in ORG_KIND_WORDS:
        if any(f" {word}" in lowered for word in words):
            return kind
    return "other"


def clean_name(text: str) -> str:
    text = text.strip().strip("'\"“”‘’")
    if text.casefold().startswith("the "):
        text = text[4:]
    if text.endswith("'s") or text.endswith("’s"):
        text = text[:-2]
    return text


def _known(span: Span) -> KnownActor | None:
    if span.ent_id_:
        for actor in known_actors():
            if actor.id == span.ent_id_:
                return actor
    return actor_index().get(clean_name(span.text).casefold())


def _entity_mention(span: Span, country_focus: str | None) -> ActorMention | None:
    known = _known(span)
    if known is not None:
        return _mention(span, known.name, known.kind, known.country)
    if _is_place_name(span):
        return None
    label = span.label_
    if label == "PERSON":
        return _mention(span, clean_name(span.text), "person", None)
    if label == "ORG":
        name = clean_name(span.text)
        if name.casefold() in PLATFORM_NAMES:
            return None
        kind = _org_kind(name)
        country = country_focus if kind in STATE_KINDS else None
        return _mention(span, name, kind, country) if name else None
    if label in {"GPE", "NORP"}:
        code = country_code(span.text)
        if code is None:
            return None
        head = span.root.head if span.root.dep_ in {"amod", "compound", "nmod"} else None
        if head is not None and head.lemma_.lower() in GENERIC_ACTORS:
            return None  # "Syrian troops": the generic noun takes the whole phrase
        if label == "NORP":
            return None  # a bare demonym ("Syrian") names people, not the state
        return _mention(span, country_name(code), "state", code)
    return None


def _mention(span: Span, name: str, kind: str, country: str | None) -> ActorMention:
    return ActorMention(
        start=span.start,
        end=span.end,
        start_char=span.start_char,
        end_char=span.end_char,
        text=span.text,
        name=name,
        kind=kind,
        country=country,
    )


def _modifier_country(token: Token) -> tuple[str | None, int]:
    """Country named by a modifier of a generic noun, and the first token of the phrase."""
    start = token.i
    country = None
    for child in token.lefts:
        if child.dep_ in {"amod", "compound", "nmod", "poss"}:
            start = min(start, child.left_edge.i)
            code = country_code(child.text) or (
                country_code(child.ent_type_ and child.doc[child.left_edge.i : child.i + 1].text)
                if child.ent_type_ in {"GPE", "NORP"}
                else None
            )
            country = country or code
    return country, start


def _owner_entity(token: Token, taken: dict[int, ActorMention]) -> ActorMention | None:
    """ "fighters of the Northern Front", "Hezbollah fighters", "the Northern Front, a militia":
    the named group behind a generic noun."""
    if token.dep_ == "appos" and token.head.i in taken:
        return taken[token.head.i]
    for child in token.children:
        if child.dep_ in {"compound", "poss"} and child.i in taken:
            return taken[child.i]
        if child.dep_ == "prep" and child.lower_ in {"of", "from", "loyal"}:
            for grandchild in child.children:
                if grandchild.i in taken:
                    return taken[grandchild.i]
    return None


def find_actor_mentions(doc: Doc) -> list[ActorMention]:
    country_focus = focus_country(doc)
    mentions: list[ActorMention] = []
    taken: dict[int, ActorMention] = {}
    for span in doc.ents:
        mention = _entity_mention(span, country_focus)
        if mention is not None:
            mentions.append(mention)
            for index in range(span.start, span.end):
                taken[index] = mention
    for token in doc:
        if token.i in taken or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        generic = GENERIC_ACTORS.get(token.lemma_.lower())
        if generic is None:
            continue
        owner = _owner_entity(token, taken)
        if owner is not None:
            taken[token.i] = owner
            continue
        kind, template = generic
        country, start = _modifier_country(token)
        if kind in STATE_KINDS:
            country = country or country_focus
            name = template.format(country=country_name(country) if country else UNKNOWN_COUNTRY)
        else:
            name = template
        span = doc[start : token.i + 1]
        mention = _mention(span, name, kind, country)
        mentions.append(mention)
        for index in range(span.start, span.end):
            taken.setdefault(index, mention)
    mentions.sort(key=lambda mention: mention.start)
    return mentions


def mention_at(mentions: list[ActorMention], token: Token) -> ActorMention | None:
    """The actor mention that covers ``token``, or that names the phrase ``token`` heads."""
    for mention in mentions:
        if mention.start <= token.i < mention.end:
            return mention
    for mention in mentions:
        if token.left_edge.i <= mention.start and mention.end <= token.right_edge.i + 1:
            if mention.start <= token.i + 3:  # the phrase's own head, not a distant modifier
                return mention
    return None
