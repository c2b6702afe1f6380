"""Where an event happened: the places a sentence names, and the one tied to the event's trigger.

Every toponym of a sentence is resolved once (``resolve.places``), with the others as context:
"Kfar Zeit in Idlib province" ranks the Kfar Zeit of Idlib first. Region phrases around a toponym
("northwestern Syria", "the outskirts of Aleppo", "the Idlib countryside", "the Syria-Turkey
border") become ``region`` places (``resolve.regions``). "The village of X" is a place whatever the
NER calls X. An event takes the most specific place tied to its trigger (governed by it, then
after a locative preposition elsewhere in the sentence, then any place of the sentence), and
failing all of them the country the article is about, at precision ``country``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sitrep.extract.context import PLACE_LABELS, ArticleContext
from sitrep.extract.mentions import PLACE_NOUNS
from sitrep.kb.countries import country_code
from sitrep.model import Place
from sitrep.resolve.gazetteer import Entry, open_gazetteer
from sitrep.resolve.places import (
    ADMIN_WORDS,
    PRECISION_RANK,
    TOWN_WORDS,
    Nearby,
    best_entry,
    split_kind,
    to_place,
)
from sitrep.resolve.regions import DIRECTIONS, SURROUNDINGS, border_place, direction_place, surroundings_place

PLACE_PREPS = {"in", "near", "at", "outside", "around", "across", "into", "inside", "from", "on",
               "along", "toward", "towards", "throughout", "between", "over"}
# Words between a toponym and the preposition that locates it: "in the village of X",
# "on the outskirts of X", "in X province".
_BRIDGES = PLACE_NOUNS | SURROUNDINGS | {"of", "border", "part", "parts", "areas", "city", "town",
                                         "village", "province", "governorate", "district"}
_NAME_WORD = r"(?:(?:al|el|ad|an|ar|as|ash|at|az|ez)-)?[A-Z][\w'’‘`]*(?:-[\w'’‘`]+)*"
_LINK_WORD = r"(?:al|el|ad|an|ar|as|ash|at|az|ez|es|bin|bani|abu|umm|de|del|la|le)"
_NAMED = re.compile(
    r"\b(village|town|city|hamlet|camp|neighbou?rhood|suburb|district|province|governorate|"
    r"outskirts|countryside|suburbs|vicinity|edges?|environs)\s+of\s+"
    rf"({_NAME_WORD}(?:\s+(?:{_LINK_WORD}\s+)?{_NAME_WORD}){{0,3}})"
)
_BORDER = re.compile(r"\b([A-Z][a-z]+)\s*(?:-|–|/|\s+and\s+)\s*([A-Z][a-z]+)\s+(?:border|frontier)\b")
_KEY = "sitrep.where.v2"
_KIND_NOUNS = ADMIN_WORDS | TOWN_WORDS
_STRONG_PREPS = {"in", "near", "at", "outside", "around", "into", "inside", "across", "toward", "towards"}
_PLACE_VERBS = {"shell", "strike", "struck", "bomb", "bombard", "capture", "retake", "recapture", "seize", "storm",
                "besiege", "raid", "hit", "target", "enter", "overrun", "liberate", "surround",
                "encircle", "pound", "reach", "shelle", "evacuate", "take"}
_NOT_PLACES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "LAW", "LANGUAGE",
               "WORK_OF_ART", "EVENT", "PRODUCT"}


@dataclass(slots=True)
class Found:
    """A place a sentence names: where its words are, its token, the verb governing it."""

    place: Place
    root: int  # token index
    verb: int | None  # the verb the phrase hangs from
    located: bool  # after a locative preposition
    start_char: int
    end_char: int


def _verb_of(token: Token) -> int | None:
    head = token
    for _ in range(8):
        if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
            return head.i if head.pos_ in {"VERB", "AUX"} else None
        head = head.head
    return None


def _located(token: Token) -> bool:
    head = token.head
    for _ in range(4):
        if head.lower_ in PLACE_PREPS:
            return True
        if head.i == head.head.i or (head.lemma_.lower() not in _BRIDGES and head.ent_type_ not in PLACE_LABELS):
            return False
        head = head.head
    return False


def _place_position(span: Span) -> bool:
    """A name the NER did not call a place, in a position only places take: "in X", "the X
    countryside", "the outskirts of X" (the model tags many villages PERSON, ORG or NORP)."""
    root, head = span.root, span.root.head
    if root.dep_ == "compound" and head.lemma_.lower() in _KIND_NOUNS | SURROUNDINGS:
        return True
    if head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS | SURROUNDINGS:
        return True
    if root.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in _PLACE_VERBS:
        return True  # "shelled Saraqeb": what is shelled, stormed or retaken is a place or an actor
    return root.dep_ == "pobj" and head.lower_ in _STRONG_PREPS


def _with_kind(span: Span) -> tuple[Span, str | None]:
    """"Idlib province" -> the span with its kind word, and the kind it names."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.lower_ in ADMIN_WORDS | TOWN_WORDS and span.end < span.sent.end:
        return span.doc[span.start:span.end + 1], "admin" if after.lower_ in ADMIN_WORDS else "town"
    return span, None


def _candidate_spans(sentence: Span) -> list[tuple[Span, str | None]]:
    doc = sentence.doc
    spans: list[tuple[Span, str | None]] = []
    for match in _NAMED.finditer(sentence.text):
        start = sentence.start_char + match.start(2)
        span = doc.char_span(start, start + len(match.group(2)), alignment_mode="expand")
        if span is not None:
            noun = match.group(1).lower()
            spans.append((span, "admin" if noun in ADMIN_WORDS else "town" if noun in TOWN_WORDS else None))
    taken = {token.i for span, _ in spans for token in span}
    for ent in sentence.ents:
        if any(token.i in taken for token in ent) or ent.label_ in _NOT_PLACES:
            continue
        if ent.label_ in PLACE_LABELS or _place_position(ent):
            spans.append(_with_kind(ent))
    return spans


def _direction_before(span: Span) -> Token | None:
    first = span[0]
    # "Northern Syria" tagged whole; "West Bank" and "South Sudan" are names, not directions.
    if len(span) > 1 and first.lower_ in DIRECTIONS and (first.text.islower() or first.lower_.endswith("ern")):
        return first
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before if before is not None and before.lower_ in DIRECTIONS else None


def _phrase_place(span: Span, entry: Entry) -> Place | None:
    """A region phrase built on ``span`` ("northwestern Syria", "the outskirts of Aleppo")."""
    doc = span.doc
    direction = _direction_before(span)
    if direction is not None:
        start = min(direction.idx, span.start_char)
        return direction_place(entry, direction.lower_, doc.text[start:span.end_char])
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in SURROUNDINGS:
        return surroundings_place(entry, f"{span.text} {after.text}".removeprefix("the "))
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "rural":
        return surroundings_place(entry, f"rural {span.text}")
    head = span.root.head
    if head.lower_ == "of" and head.head.lower_ in SURROUNDINGS:
        return surroundings_place(entry, f"{head.head.text} of {span.text}")
    return None


def article_focus(context: ArticleContext) -> str | None:
    """The country the article's toponyms most lie in (those outside actors' names: "Russia-backed"
    says who, not where); failing any, the country it names most."""
    doc = context.doc
    if "sitrep.focus" not in doc.user_data:
        counts: Counter[str] = Counter()
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS and context.actor_at(ent.root) is None:
                entry = best_entry(ent.text)
                if entry is not None and entry.country:
                    counts[entry.country] += 1
        doc.user_data["sitrep.focus"] = counts.most_common(1)[0][0] if counts else context.focus
    return doc.user_data["sitrep.focus"]


def sentence_places(sentence: Span, context: ArticleContext) -> list[Found]:
    """Every place the sentence names, resolved in the context of the others (cached per Doc)."""
    cache = context.doc.user_data.setdefault(_KEY, {})
    if sentence.start not in cache:
        cache[sentence.start] = _resolve_sentence(sentence, context)
    return cache[sentence.start]


def _resolve_sentence(sentence: Span, context: ArticleContext) -> list[Found]:
    focus = article_focus(context)
    spans = []
    for span, kind in _candidate_spans(sentence):
        entry = None
        direction = _direction_before(span)
        if direction is not None and direction.i == span.start:
            entry = best_entry(span[1:].text, focus, kind=kind)
            if entry is not None and entry.level in {"country", "admin1"}:
                span = span[1:]
            else:
                entry = None
        located = _located(span.root)
        # A toponym inside an actor's name ("Russia-backed", "Syrian troops") is not a place here;
        # a name the NER alone made a person ("shelled Maarat al-Numan") may still be one.
        actor = context.actor_at(span.root)
        if actor is not None and not located and (actor.known or not _place_position(span)):
            continue
        entry = entry or best_entry(span.text, focus, kind=kind)
        if entry is None and not kind and (not located or span.label_ not in PLACE_LABELS):
            continue  # an unknown name the NER guessed at, not said to be where anything is
        spans.append((span, kind, located, entry))
    found: list[Found] = []
    for index, (span, kind, located, entry) in enumerate(spans):
        others = [other[3] for n, other in enumerate(spans) if n != index and other[3] is not None]
        if others and (entry is None or entry.level != "country"):
            entry = best_entry(span.text, focus, nearby=Nearby.of(others), kind=kind) or entry
        if entry is not None:
            place = _phrase_place(span, entry) or _surface_place(span, entry)
        else:
            place = _unknown_place(span, others)
        if place is not None:
            found.append(Found(place, span.root.i, _verb_of(span.root), located, span.start_char, span.end_char))
    for match in _BORDER.finditer(sentence.text):
        first, second = country_code(match.group(1)), country_code(match.group(2))
        if first and second:
            start = sentence.start_char + match.start()
            span = sentence.doc.char_span(start, sentence.start_char + match.end(), alignment_mode="expand")
            place = border_place(first, second, match.group(0))
            if place is not None and span is not None:
                found = [f for f in found if not (span.start_char <= f.start_char < span.end_char)]
                found.append(Found(place, span.root.i, _verb_of(span.root), _located(span.root), start, span.end_char))
    return found


def _surface_place(span: Span, entry: Entry) -> Place:
    name = span.text if entry.level != "country" else None
    return to_place(entry, name=split_kind(name)[0] if name else None)


def _unknown_place(span: Span, others: list[Entry]) -> Place | None:
    """A named place the gazetteer lacks: its name, positioned at the admin area named beside it
    ("Kfar Zeit in Idlib province", or the province of a town named beside it), else nowhere."""
    name = split_kind(span.text)[0]
    if not name or not name[0].isupper():
        return None
    for other in others:
        if other.level in {"admin1", "admin2"}:
            return to_place(other, name=name, precision=other.level)
    gazetteer = open_gazetteer()
    for other in others:
        area = gazetteer.area(other.country, other.admin1) if other.country and other.admin1 else None
        if area is not None:
            return to_place(area, name=name, precision="admin1")
    return Place(name=name)


def _country_place(code: str) -> Place | None:
    entry = open_gazetteer().area(code)
    return to_place(entry, precision="country") if entry is not None else None


def event_place(trigger: Token, sentence: Span, context: ArticleContext) -> Place | None:
    """The most specific place tied to the trigger; else the article's country."""
    found = sentence_places(sentence, context)

    def rank(item: Found) -> tuple:
        tier = 0 if item.verb == trigger.i or item.root in {c.i for c in trigger.children} else (
            1 if item.located else 2)
        precision = PRECISION_RANK.get(item.place.precision or "", 5)
        return tier, precision, abs(item.root - trigger.i)

    if found:
        return min(found, key=rank).place
    focus = article_focus(context)
    return _country_place(focus) if focus else None


def article_places(context: ArticleContext) -> list[tuple[Place, int, int]]:
    """Every place the article names, with the character span of each naming, in text order."""
    found = []
    for sentence in context.doc.sents:
        for item in sentence_places(sentence, context):
            found.append((item.place, item.start_char, item.end_char))
    return sorted(found, key=lambda entry: entry[1])
