"""Where an event happened: the places a sentence names, and the one tied to the event's trigger.

Every toponym of a sentence is resolved once (``resolve.places``), with the others as context:
"Kfar Zeit in Idlib province" ranks the Kfar Zeit of Idlib first. Region phrases around a toponym
("northwestern Syria", "the outskirts of Aleppo", "the Idlib countryside", "the Syria-Turkey
border") become ``region`` places (``resolve.regions``). "The village of X" is a place whatever the
NER calls X. Names the NER missed or mislabelled ("clashed near Manbij", "in Aleppo" as LANGUAGE,
"Aleppo city" as NORP) are places in a place position when the gazetteer knows the exact name. A
name the gazetteer lacks keeps its name at the admin area named with it ("near Diafarabé in the
Ségou region"), and so does a natural feature ("the Qandil mountains of northern Iraq", "the
Hamrin mountains of Diyala province"); such an anchored name outranks its area.

Named regions the gazetteer holds as regions ("the eastern Ghouta") keep their own name rather than
becoming a part of a place. A neighbourhood the gazetteer lacks ("Aleppo's Sheikh Maqsoud
district") is at the city named with it; an admin word after a name ("Djugu territory", "X
municipality", "Aleppo city") marks it as a place however the parser hangs it.
"40 km east of Ménaka" and "north of Ramallah" are the town's area at region precision, direction
kept in the name (a stated distance moves the point and ranks it above "northeastern Mali" beside
it). "took control of X" places X. Facilities (a camp, a base, an airport) are not located on
their own: unless the gazetteer knows the name, they take the town or area named with them ("the
Plaine Savo camp in Djugu territory" is at Djugu).

An event takes the most specific place tied to its trigger (governed by it, then after a locative
preposition or as what a verb of taking or striking acts on, then any place of the sentence). Where
an office sits ("officials in X said", "the authorities in X") ranks last, and where a force headed
("withdrew towards X") is not located. A sentence with no place of its own (or only an office's
seat) takes one told earlier: "retake the town", "the village's outskirts", "at the scene", "in the
same area" point back, as does a sentence that goes on with the story ("dispersed the crowd") or
directly follows, in the same paragraph, a sentence that named a place. Of the earlier sentence's
places it takes the one called by the anaphor's own noun ("the village of X", not "the town of Y"
beside it), then a located one, then the most specific. Failing that, the country the article is
about (``article_focus``: its toponyms' country, not that of a "Turkish-backed" actor), at
precision ``country``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sitrep.extract.context import PLACE_LABELS, ArticleContext
from sitrep.extract.mentions import PLACE_NOUNS, dateline_spans, names_a_lake
from sitrep.kb.countries import country_code
from sitrep.model import Place
from sitrep.resolve.gazetteer import Entry, open_gazetteer
from sitrep.resolve.places import (
    ADMIN_WORDS,
    NEAR_IDENTICAL,
    PRECISION_RANK,
    TOWN_WORDS,
    Nearby,
    best_entry,
    split_kind,
    to_place,
)
from sitrep.resolve.regions import (
    DIRECTIONS,
    SURROUNDINGS,
    border_place,
    direction_place,
    offset_place,
    surroundings_place,
)

PLACE_PREPS = {"in", "near", "at", "outside", "around", "across", "into", "inside", "from", "on",
               "along", "toward", "towards", "throughout", "between", "over", "off"}
# Natural features and vague areas the gazetteer does not hold: "the Qandil mountains of northern
# Iraq", "Michoacán's Tierra Caliente region". They are named places positioned at the area named
# with them (or the article's country), never the point of a namesake town.
FEATURE_WORDS = {"mountains", "mountain", "hills", "highlands", "valley", "desert", "forest", "plain",
                 "plains", "plateau", "range", "heights", "basin", "delta", "marshes", "swamps"}
# Units of "40 km east of Menaka": the place is Menaka's area, offset that way.
_DISTANCE_UNITS = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0,
                   "kilometer": 1.0, "miles": 1.609, "mile": 1.609}
# Words between a toponym and the preposition that locates it: "in the village of X",
# "on the outskirts of X", "in X province".
_BRIDGES = PLACE_NOUNS | SURROUNDINGS | FEATURE_WORDS | set(DIRECTIONS) | set(_DISTANCE_UNITS) | {
    "of", "border", "part", "parts", "areas", "city", "town", "village", "province", "governorate",
    "district", "neighbourhood", "neighborhood", "camp", "control"}
_NAME_WORD = r"(?:(?:al|el|ad|an|ar|as|ash|at|az|ez)-)?[A-Z][\w'’‘`]*(?:-[\w'’‘`]+)*"
_LINK_WORD = r"(?:al|el|ad|an|ar|as|ash|at|az|ez|es|bin|bani|abu|umm|de|del|la|le)"
_NAMED = re.compile(
    r"\b(village|town|city|hamlet|camp|neighbou?rhood|suburb|district|province|governorate|"
    r"municipality|commune|county|department|"
    r"outskirts|countryside|suburbs|vicinity|edges?|environs)\s+of\s+"
    rf"({_NAME_WORD}(?:\s+(?:{_LINK_WORD}\s+)?{_NAME_WORD}){{0,3}})"
)
_FEATURE = re.compile(
    rf"\b((?:{_NAME_WORD}\s+)(?:(?:{_LINK_WORD}\s+)?{_NAME_WORD}\s+){{0,2}})"
    rf"((?i:{'|'.join(sorted(FEATURE_WORDS))}))\b"
)
_BORDER = re.compile(r"\b([A-Z][a-z]+)\s*(?:-|–|/|\s+and\s+)\s*([A-Z][a-z]+)\s+(?:border|frontier)\b")
_KEY = "sitrep.where.v2"
_KIND_NOUNS = ADMIN_WORDS | TOWN_WORDS
_STRONG_PREPS = {"in", "near", "at", "outside", "around", "into", "inside", "across", "toward", "towards", "off"}
# Where a force goes is not where the event happened: "withdrew towards Jalalaqsi", "fled toward
# the border". Such a place is still a place, but no event is located at it.
_HEADING_PREPS = {"toward", "towards"}
# Nouns whose "in X" says where a speaker or an organisation sits, not where the event took place:
# "officials in the Kurdistan Region said", "urged the authorities in Bangui", "al-Qaeda's
# affiliate in the Sahel".
_SEAT_NOUNS = {"official", "officials", "authorities", "authority", "affiliate", "branch", "wing", "office",
               "embassy", "mission", "ministry", "headquarters", "spokesman", "spokeswoman", "spokesperson",
               "correspondent", "correspondents", "government", "leaders", "leadership", "envoy", "ambassador"}
_PLACE_VERBS = {"shell", "strike", "struck", "bomb", "bombard", "capture", "retake", "recapture", "seize", "storm",
                "besiege", "raid", "hit", "target", "enter", "overrun", "liberate", "surround",
                "encircle", "pound", "reach", "shelle", "evacuate", "take"}
_NOT_PLACES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
# Labels the small model gives toponyms it does not know ("in Aleppo" as LANGUAGE, "the Qandil
# mountains" as PRODUCT): such a name is a place only in a place position and when the gazetteer
# knows it.
_ODD_LABELS = {"LAW", "LANGUAGE", "WORK_OF_ART", "EVENT", "PRODUCT"}
# "bombardment on Duma", "an attack on Kidal": "on" locates after an attack noun only.
_ATTACK_NOUNS = {"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
                 "bombardment", "shelling", "assault", "offensive", "push", "advance", "march", "siege"}
_TIME_NOUNS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "night", "morning",
               "evening", "weekend", "time", "moment"}
# Words that refer back to a place named earlier: "retake the town", "clashes in the area".
_ANAPHORS = {"town": "exact", "city": "exact", "village": "exact", "hamlet": "exact", "camp": "exact",
             "area": None, "region": None, "province": "admin", "district": "admin", "state": "admin",
             "scene": None}
_FOLLOW_NEXT_SENTENCE = True
# Parts of a city: one the gazetteer lacks is placed at the city named beside it.
_QUARTER_WORDS = {"neighbourhood", "neighborhood", "district", "suburb", "quarter"}
_CITY_POPULATION = 50_000


@dataclass(slots=True)
class Found:
    """A place a sentence names: where its words are, its token, the verb governing it."""

    place: Place
    root: int  # token index
    verb: int | None  # the verb the phrase hangs from
    located: bool  # after a locative preposition
    start_char: int
    end_char: int
    # A name the gazetteer lacks, positioned at the area named with it ("Diafarabé in the Ségou
    # region", "the Hamrin mountains of Diyala"): more specific than that area, so it ranks first.
    anchored: bool = False
    # What the text called it ("the village of X", "X camp"): "the village" later points back to it.
    called: str | None = None
    # Where a speaker or an organisation sits ("officials in X said"): no event's place by itself.
    seat: bool = False


def _verb_of(token: Token) -> int | None:
    head = token
    for _ in range(8):
        if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
            return head.i if head.pos_ in {"VERB", "AUX"} else None
        head = head.head
    return None


def _located(token: Token) -> bool:
    """After a locative preposition ("near X", "in the village of X"), or what a verb of taking or
    striking acts on ("stormed the town of X")."""
    head = token.head
    if _offset_of(token) is not None:
        return True  # "40 km east of X", "north of X": a position, whatever the phrase hangs from
    for _ in range(4):
        if head.lower_ in _HEADING_PREPS:
            return False
        if head.lower_ in PLACE_PREPS or (head.pos_ == "VERB" and head.lemma_.lower() in _PLACE_VERBS):
            return True
        if head.i == head.head.i or (head.lemma_.lower() not in _BRIDGES and head.lower_ not in _BRIDGES
                                     and head.ent_type_ not in PLACE_LABELS):
            return False
        head = head.head
    return False


def _place_position(span: Span) -> bool:
    """A name the NER did not call a place, in a position only places take: "in X", "the X
    countryside", "the outskirts of X" (the model tags many villages PERSON, ORG or NORP)."""
    root, head = span.root, span.root.head
    if root.dep_ in {"compound", "nmod", "poss"} and head.lemma_.lower() in _KIND_NOUNS | SURROUNDINGS:
        return True  # "the Idlib countryside", "Hama and Homs countrysides", "Aleppo's X district"
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.lower_ in _KIND_NOUNS and root.text[:1].isupper() \
            and country_code(span.text) is None:
        return True  # "Aleppo city", "Djugu territory", however the parser hangs the kind word
    if root.dep_ == "conj" and head.i < root.i and head.ent_type_ and span.sent.start <= head.i \
            and _place_position(span.doc[head.i:head.i + 1]):
        return True  # "in Hama and Homs countrysides": the second of two names in a place position
    if root.dep_ == "amod" and root.text[:1].isupper() and country_code(span.text) is None \
            and head.lemma_.lower() in _KIND_NOUNS | SURROUNDINGS:
        return True  # "Aleppo city" with Aleppo parsed as an adjective; "Syrian city" is no place
    if head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS | SURROUNDINGS | {"control"}:
        return True  # "the town of X", "the outskirts of X", "took control of X"
    if _offset_of(root) is not None:
        return True
    if root.dep_ in {"dobj", "nsubjpass", "oprd"} and head.lemma_.lower() in _PLACE_VERBS:
        return True  # "shelled Saraqeb": what is shelled, stormed or retaken is a place or an actor
    if root.dep_ == "pobj" and head.lower_ == "on" and head.head.lower_ in _ATTACK_NOUNS:
        return True
    return root.dep_ == "pobj" and head.lower_ in _STRONG_PREPS


def _offset_of(token: Token) -> tuple[str, float | None] | None:
    """"(about 40 km) east of X", "north of X": the direction word and the distance in km, if any."""
    of = token.head
    if of.lower_ != "of" or token.dep_ != "pobj" or of.i >= token.i:
        return None
    direction = of.doc[of.i - 1] if of.i > 0 else None
    if direction is None or direction.lower_ not in DIRECTIONS or direction.lower_ in {"central", "centre", "center"}:
        return None
    distance = None
    if direction.i >= 2 and direction.doc[direction.i - 1].lower_ in _DISTANCE_UNITS:
        number = direction.doc[direction.i - 2].text.replace(",", "")
        try:
            distance = float(number) * _DISTANCE_UNITS[direction.doc[direction.i - 1].lower_]
        except ValueError:
            distance = None
    elif direction.i >= 1:  # "40km east of X"
        match = re.fullmatch(r"(\d+(?:\.\d+)?)(km|kms|miles?)", direction.doc[direction.i - 1].lower_)
        if match:
            distance = float(match.group(1)) * _DISTANCE_UNITS[match.group(2)]
    return direction.lower_, distance


def _with_kind(span: Span) -> tuple[Span, str | None]:
    """"Idlib province" -> the span with its kind word, and the kind it names."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.lower_ in ADMIN_WORDS | TOWN_WORDS and span.end < span.sent.end:
        start = span.start
        # "Sheikh Maqsoud neighborhood" with only "Maqsoud" tagged: the name's capitalised words
        while start > span.sent.start and span.doc[start - 1].pos_ == "PROPN" and span.doc[start - 1].text[:1].isupper() \
                and span.doc[start - 1].head.i in range(start, span.end + 1) and not span.doc[start - 1].ent_type_:
            start -= 1
        return span.doc[start:span.end + 1], "admin" if after.lower_ in ADMIN_WORDS else "town"
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
    for span in _feature_spans(sentence):
        if not any(token.i in taken for token in span):
            spans.append((span, "feature"))
            taken.update(token.i for token in span)
    for ent in sentence.ents:
        if any(token.i in taken for token in ent) or ent.label_ in _NOT_PLACES:
            continue
        if names_a_lake(ent):
            if ent.root.head.lower_ not in _HEADING_PREPS:  # "withdrew towards Lake Chad": not where it happened
                spans.append((doc[ent.start - 1 : ent.end], "feature"))  # "Lake Chad" is a lake, not the state
            continue
        if ent.label_ in PLACE_LABELS or _place_position(ent):
            spans.append(_with_kind(ent))
    taken.update(token.i for ent in sentence.ents for token in ent)
    spans.extend(_with_kind(span) for span in _unlabelled_names(sentence, taken))
    # a dateline ("SINJAR, Iraq (AP) —") says where the story was filed, not where it happened
    datelines = dateline_spans(doc)
    return [(span, kind) for span, kind in spans
            if not any(start <= span.start_char < end for start, end in datelines)]


def _feature_spans(sentence: Span) -> list[Span]:
    """"the Qandil mountains", "the Cal Miskaad mountains": the whole phrase, feature word included."""
    found = []
    for match in _FEATURE.finditer(sentence.text):
        name = match.group(1)
        if name.split()[0] in {"The", "A", "An"}:
            name = name.split(maxsplit=1)[1] if len(name.split()) > 1 else ""
        if not name.strip():
            continue
        start = sentence.start_char + match.end(1) - len(name)
        span = sentence.doc.char_span(start, sentence.start_char + match.end(2), alignment_mode="expand")
        if span is not None:
            found.append(span)
    return found


def _unlabelled_names(sentence: Span, taken: set[int]) -> list[Span]:
    """Proper names the NER left untagged in a place position ("clashed ... near Manbij",
    "shelled Kafr Nabl"): the last token of a run of proper nouns and its compound modifiers."""
    doc = sentence.doc
    found = []
    for token in sentence:
        if token.i in taken or token.pos_ not in {"PROPN", "ADJ"} or not token.text[:1].isupper() \
                or (token.pos_ == "ADJ" and token.head.lower_ not in SURROUNDINGS | _KIND_NOUNS):
            continue
        if token.dep_ not in {"pobj", "dobj", "nsubjpass"} and not (
                token.dep_ in {"compound", "amod", "nmod"} and token.head.lower_ in SURROUNDINGS | _KIND_NOUNS):
            continue  # a place position, or "western Aleppo countryside", "the Odesa region" left untagged
        start = token.i
        while start - 1 >= sentence.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == token.i \
                and doc[start - 1].i not in taken:
            start -= 1
        span = doc[start:token.i + 1]
        if _place_position(span):
            found.append(span)
    return found


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
    offset = _offset_of(span.root)
    if offset is not None:
        return _offset_place(span, entry, *offset)
    direction = _direction_before(span)
    if direction is not None:
        start = min(direction.idx, span.start_char)
        phrase = doc.text[start:span.end_char]
        named = best_entry(phrase, entry.country) if direction.i < span.start else None
        if named is not None and named.level == "region" and named.id == entry.id:
            return to_place(named, name=phrase)  # "the eastern Ghouta" is a region's name, not a part of it
        return direction_place(entry, direction.lower_, phrase)
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


def _offset_place(span: Span, entry: Entry, direction: str, distance: float | None) -> Place:
    """"40 km east of Menaka": Menaka's area at region precision, the phrase (direction kept) as
    its name, the point moved the stated distance that way; "north of Ramallah": Ramallah's point."""
    doc = span.doc
    first = doc[span.root.head.i - 1]
    if distance is not None:
        first = doc[first.i - 2] if doc[first.i - 1].lower_ in _DISTANCE_UNITS else doc[first.i - 1]
        if first.i > 0 and doc[first.i - 1].lower_ in {"about", "some", "around", "nearly", "roughly"}:
            first = doc[first.i - 1]
    phrase = doc.text[first.idx:span.end_char]
    return offset_place(entry, direction, distance, phrase)


def article_focus(context: ArticleContext) -> str | None:
    """The country the article's toponyms most lie in.

    Toponyms outside actors' names count fully; a country inside an actor's name ("Islamic State
    in Somalia", "Russia-backed") counts a little: it says who more than where. Each toponym is
    read with the country of the article's actors as a prior, so an ambiguous town ("Bara") does
    not outvote the province named beside it. Ties go to that prior; failing any toponym, the
    prior itself.
    """
    doc = context.doc
    if "sitrep.focus" not in doc.user_data:
        counts: Counter[str] = Counter()
        for ent in doc.ents:
            if ent.label_ not in PLACE_LABELS:
                continue
            entry = best_entry(ent.text, context.focus)
            if entry is None or not entry.country:
                continue
            weight = 1.0 if context.actor_at(ent.root) is None else 0.3
            # An unambiguous area says more than a town name many countries share.
            counts[entry.country] += weight * (1.5 if entry.level in {"admin1", "country"} else 1.0)
        best = max(counts.values(), default=0)
        leaders = [code for code, count in counts.items() if count == best]
        if not leaders or context.focus in leaders or (best < 0.5 and context.focus):
            focus = context.focus
        else:
            focus = leaders[0]
        doc.user_data["sitrep.focus"] = focus
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
        candidate = _candidate(span, kind, focus, context)
        if candidate is not None:
            spans.append(candidate)
    found: list[Found] = []
    features = []
    for index, (span, kind, located, entry, tentative) in enumerate(spans):
        others = [other[3] for n, other in enumerate(spans) if n != index and other[3] is not None]
        if others and kind != "feature" and (entry is None or entry.level != "country"):
            entry = best_entry(span.text, focus, nearby=Nearby.of(others), kind=kind) or entry
        anchored = False
        if entry is not None:
            place = _phrase_place(span, entry) or _surface_place(span, entry)
        elif kind == "feature":
            features.append((span, located))
            continue
        else:
            place, anchored = _unknown_place(span, others)
            if tentative and not anchored:
                continue  # a name the NER did not call a place, and nothing says where it is
        if place is not None:
            # "40 km east of Menaka" is nearer the event than "northeastern Mali" named beside it;
            # "north of Homs" is no nearer than any other region phrase
            offset = _offset_of(span.root) if entry is not None and entry.level == "exact" else None
            anchored = anchored or (offset is not None and offset[1] is not None)
            found.append(Found(place, span.root.i, _verb_of(span.root), located, span.start_char, span.end_char,
                               anchored, _called(span), _seat(span.root)))
    for span, located in features:
        place = _feature_place(span, found, focus)
        if place is not None:
            found.append(Found(place, span.root.i, _verb_of(span.root), located, span.start_char, span.end_char,
                               True))
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


def _candidate(span: Span, kind: str | None, focus: str | None,
               context: ArticleContext) -> tuple[Span, str | None, bool, Entry | None, bool] | None:
    """A candidate toponym: (span, kind, located, first entry, tentative) or None when it is not one.

    Tentative: a name the NER called an organisation or person, or left untagged, that the
    gazetteer lacks; it is kept only when an admin area named beside it says where it is."""
    if kind == "feature":
        return _feature_candidate(span, focus, context)
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
        return None
    entry = entry or best_entry(span.text, focus, kind=kind)
    if entry is not None and not kind and span.label_ not in PLACE_LABELS and entry.score < (
        NEAR_IDENTICAL if located else 100
    ):
        # only an exact name makes a place of what the NER did not call one; after "in", "near"
        # a transliteration variant does ("in Jisr al-Shughur" / Jisr ash Shughur)
        entry = None
    if entry is not None:
        return span, kind, located, entry, False
    if span.label_ in _ODD_LABELS or span.label_ == "NORP":
        return None  # a demonym or a mislabelled word: only the gazetteer can make it a place
    if kind:
        return span, kind, located, entry, False
    if located and span.label_ in PLACE_LABELS:
        return span, kind, located, None, False
    if located and _place_position(span) and (actor is None or not actor.known) and span.text[:1].isupper():
        return span, kind, located, None, True
    return None


def _feature_candidate(span: Span, focus: str | None,
                       context: ArticleContext) -> tuple[Span, str, bool, Entry | None, bool] | None:
    """"the Sinai desert" is the Sinai area when the gazetteer has it as one; a town of the same
    name is never a mountain range."""
    actor = context.actor_at(span[0])
    if actor is not None and actor.known:
        return None
    entry = best_entry(span[:-1].text, focus, kind="admin")
    if entry is not None and entry.level not in {"admin1", "admin2", "region"}:
        entry = None
    return span, "feature", _located(span.root), entry, False


def _feature_place(span: Span, found: list[Found], focus: str | None) -> Place | None:
    """A natural feature the gazetteer lacks, positioned at the area named with it: the nearest
    admin area or region phrase of the sentence (after it first: "X mountains of Diyala"), else
    the article's country."""
    areas = [item for item in found if not item.anchored and item.place.lat is not None
             and item.place.precision in {"admin1", "admin2", "region", "country"}]
    if areas:
        anchor = min(areas, key=lambda item: (item.start_char < span.start_char,
                                              abs(item.start_char - span.end_char)))
        place = anchor.place
        return Place(name=span.text, country=place.country, admin1=place.admin1, admin2=place.admin2,
                     lat=place.lat, lon=place.lon, precision=place.precision)
    country = _country_place(focus) if focus else None
    if country is None:
        return Place(name=span.text)
    country.name = span.text
    return country


def _called(span: Span) -> str | None:
    """The town word the text calls a place by: "the village of X", "X camp", "the town X"."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in TOWN_WORDS:
        return doc[span.start - 2].lower_
    if span[-1].lower_ in TOWN_WORDS:
        return span[-1].lower_
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in TOWN_WORDS:
        return after.lower_
    return None


def _seat(token: Token) -> bool:
    """"officials in the Kurdistan Region", "the authorities in Bangui", "JNIM, al-Qaeda's affiliate
    in the Sahel": the place says where an actor sits, hung on the actor's noun by "in" or "from"."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in {"in", "from", "at"}:
        return False
    owner = prep.head
    # Only nouns of office: "hideouts of the TTP in X", "police in X" are where things happened.
    return owner.lower_ in _SEAT_NOUNS


def _surface_place(span: Span, entry: Entry) -> Place:
    name = span.text if entry.level != "country" else None
    return to_place(entry, name=split_kind(name)[0] if name else None)


def _unknown_place(span: Span, others: list[Entry]) -> tuple[Place | None, bool]:
    """A named place the gazetteer lacks: its name, positioned at the admin area named beside it
    ("Kfar Zeit in Idlib province", or the province of a town named beside it), else nowhere.
    The flag says whether an area positions it."""
    name = split_kind(span.text)[0]
    if not name or not name[0].isupper():
        return None, False
    for other in others:
        if other.level in {"admin1", "admin2"}:
            return to_place(other, name=name, precision=other.level), True
    if span[-1].lower_ in _QUARTER_WORDS or (span.end < len(span.doc) and span.doc[span.end].lower_ in _QUARTER_WORDS):
        # a neighbourhood the gazetteer lacks is in the city named with it ("Aleppo's Sheikh
        # Maqsoud district", "in X neighbourhood and in western Aleppo"): the city's point
        towns = [other for other in others if other.level == "exact" and other.population >= _CITY_POPULATION]
        if towns:
            return to_place(max(towns, key=lambda town: town.population), name=name), True
    for other in others:
        if other.level == "exact" and other.country:
            # "the Plaine Savo camp in Djugu territory": at the town the area is named after
            return to_place(other, name=name, precision="admin2"), True
    gazetteer = open_gazetteer()
    for other in others:
        area = gazetteer.area(other.country, other.admin1) if other.country and other.admin1 else None
        if area is not None:
            return to_place(area, name=name, precision="admin1"), True
    return Place(name=name), False


def _country_place(code: str) -> Place | None:
    entry = open_gazetteer().area(code)
    return to_place(entry, precision="country") if entry is not None else None


def event_place(trigger: Token, sentence: Span, context: ArticleContext) -> Place | None:
    """The most specific place tied to the trigger; else the place an earlier sentence named
    ("retake the town" -> the town last named; a sentence that goes on with the story -> the last
    specific place told); else the article's country."""
    found = sentence_places(sentence, context)

    def rank(item: Found) -> tuple:
        tier = 0 if item.verb == trigger.i or item.root in {c.i for c in trigger.children} else (
            1 if item.located else 2)
        if item.seat:
            tier = 3
        precision = PRECISION_RANK.get(item.place.precision or "", 5) - (0.5 if item.anchored else 0)
        return tier, precision, abs(item.root - trigger.i)

    best = min(found, key=rank) if found else None
    if best is not None and not best.seat:
        return best.place
    # "deployed a force to the area and urged the authorities in Bangui": the seat of the
    # authorities is not the area the sentence points back to.
    earlier = _earlier_place(sentence, context)
    if earlier is not None:
        return earlier
    if best is not None:
        return best.place
    focus = article_focus(context)
    return _country_place(focus) if focus else None


def _anaphor(sentence: Span) -> tuple[str, str] | None:
    """The kind of place a definite noun of the sentence refers back to, and the noun: "the
    town" -> ("exact", "town"), "the same area" -> ("any", "area")."""
    for token in sentence:
        if token.lower_ in _ANAPHORS and token.pos_ == "NOUN" and any(
            child.lower_ in {"the", "this", "that"} for child in token.children
        ):
            return _ANAPHORS[token.lower_] or "any", token.lower_
    return None


def _earlier_place(sentence: Span, context: ArticleContext) -> Place | None:
    """The last specific place named before ``sentence``, of the kind an anaphor asks for.

    Within the sentence that named it, the place an event could have taken goes first: one called
    by the anaphor's own noun ("the village" -> "the village of X", not "the town of Y" beside it),
    then one in a locative position ("seized the town of X", not "withdrew towards Y"), then the
    most specific. Where an actor sits ("officials in X") is never what the story points back to."""
    anaphor = _anaphor(sentence)
    wanted, noun = anaphor if anaphor is not None else (None, None)
    if anaphor is None and not continues_story(sentence) and not _follows_story(sentence, context):
        return None
    for previous in reversed([s for s in context.doc.sents if s.start < sentence.start]):
        places = [item for item in sentence_places(previous, context) if _refers(item, wanted) and not item.seat]
        if places:
            return min(places, key=lambda item: (
                noun is not None and item.called != noun,
                not item.located,
                PRECISION_RANK.get(item.place.precision or "", 5) - (0.5 if item.anchored else 0),
                -item.start_char)).place
    return None


def _follows_story(sentence: Span, context: ArticleContext) -> bool:
    """The sentence right after one that named a place, in the same paragraph: wire copy tells one
    story at a time, so an unlocated sentence there goes on with it ("A local leader said more than
    60 people had been abducted.")."""
    if not _FOLLOW_NEXT_SENTENCE:
        return False
    doc = sentence.doc
    previous = [s for s in doc.sents if s.end <= sentence.start]
    if not previous:
        return False
    # spaCy hangs the paragraph break on the previous sentence's last token
    gap_start = previous[-1].start_char + len(previous[-1].text.rstrip())
    if "\n" in doc.text[gap_start:sentence.start_char]:
        return False
    return any(not item.seat and item.place.precision not in {None, "country"}
               for item in sentence_places(previous[-1], context))


def continues_story(sentence: Span) -> bool:
    """A definite phrase that points back at who or what the story already told ("dispersed the
    crowd", "beat the protesters", "both clans"): the sentence goes on with the same events. A
    sentence of new, indefinite facts ("Five soldiers were killed.") may be about anywhere."""
    for token in sentence:
        if token.pos_ == "NOUN" and token.lower_ not in _TIME_NOUNS and any(
            child.dep_ in {"det", "predet"} and child.lower_ in {"the", "both", "these", "those"}
            for child in token.children
        ):
            return True
    return False


def _refers(item: Found, wanted: str | None) -> bool:
    """Whether an earlier place can be what the anaphor ("the town", "the province") names."""
    precision = item.place.precision
    if precision in {None, "country"} or item.place.lat is None:
        return False
    if wanted == "exact":  # a town the gazetteer lacks is still a town, placed at its province
        return precision == "exact" or item.anchored
    if wanted == "admin":
        return precision in {"admin1", "admin2"}
    return True


def article_places(context: ArticleContext) -> list[tuple[Place, int, int]]:
    """Every place the article names, with the character span of each naming, in text order."""
    found = []
    for sentence in context.doc.sents:
        for item in sentence_places(sentence, context):
            found.append((item.place, item.start_char, item.end_char))
    return sorted(found, key=lambda entry: entry[1])
