"""Events: trigger words from the ontology lexicon, arguments from the dependency parse.

For each trigger: actors are the subject (or the passive agent "by X"), targets the object,
"on X" / "against X" / "held by X" and passive subjects; place is the nearest toponym after
"in/near/at/outside"; date the nearest date phrase; fatalities the sentence's casualty figure;
``reported_by`` "according to X" or the subject of a reporting verb above the trigger.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from spacy.tokens import Span, Token

from sitrep.extract.casualties import find_fatalities, find_injured
from sitrep.extract.context import ArticleContext
from sitrep.extract.mentions import ActorMention
from sitrep.extract.when import event_date
from sitrep.extract.where import event_place
from sitrep.kb.ontology import Trigger, acled_for, triggers
from sitrep.model import Event, Fatalities, stable_id
from sitrep.resolve.dates import parse_published

STAGE = "sitrep.events.v2"

NEGATING_HEADS = {"deny", "reject", "dismiss", "refute"}
HYPOTHETICAL_HEADS = {"threaten", "plan", "vow", "warn", "consider", "prepare", "intend", "seek",
                      "propose", "would", "could", "might", "may", "will", "if", "call"}
REPORTING_VERBS = {"say", "report", "tell", "announce", "state", "confirm", "claim", "add"}
TARGET_PREPS = {"on", "against", "at", "targeting"}
BACKGROUND_PREPS = {"under", "after", "since", "despite", "before", "of", "about", "to", "against", "for",
                    "during", "amid", "following", "over", "into"}
BACKGROUND_VERBS = {"deny", "condemn", "call", "tolerate", "reject", "demand", "investigate", "blame",
                    "accuse", "urge", "welcome", "respect", "end", "violate", "breach", "support"}
COUNTERPART_PREPS = {"with", "from"}
GENERIC_VIOLENCE = {"kill", "killing", "attack", "fight", "fighting"}


@cache
def _lexicon() -> tuple[dict[str, list[Trigger]], dict[str, list[tuple[tuple[str, ...], Trigger]]]]:
    """Single-word triggers by word, and phrase triggers by their first word (longest first)."""
    words: dict[str, list[Trigger]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
    for trigger in triggers():
        parts = tuple(trigger.term.split())
        if len(parts) == 1:
            words.setdefault(parts[0], []).append(trigger)
        else:
            phrases.setdefault(parts[0], []).append((parts, trigger))
    for candidates in phrases.values():
        candidates.sort(key=lambda item: -len(item[0]))
    return words, phrases


def _trigger_of(token: Token) -> tuple[Trigger, int] | None:
    """The trigger starting at ``token`` and the index of the token that heads it."""
    words, phrases = _lexicon()
    lemma, lower = token.lemma_.lower(), token.lower_
    doc = token.doc
    for parts, trigger in phrases.get(lemma, []) + phrases.get(lower, []):
        end = token.i + len(parts)
        if end <= len(doc) and all(doc[token.i + k].lower_ == part for k, part in enumerate(parts[1:], 1)):
            return trigger, doc[token.i : end].root.i
    pos = "verb" if token.pos_ in {"VERB", "AUX"} else "noun" if token.pos_ in {"NOUN", "PROPN"} else None
    if pos is None:
        return None
    for key in (lemma, lower):
        for trigger in words.get(key, ()):
            if trigger.pos in {pos, "any"}:
                return trigger, token.i
    return None


AIRCRAFT = {"jet", "warplane", "aircraft", "plane", "helicopter", "bomber", "airstrike"}
LABOUR_STRIKE_CUES = {"general", "hunger", "worker", "union", "teacher", "nationwide", "hour", "day",
                      "week", "labour", "labor", "doctor", "nurse", "driver", "employee"}


def _disambiguate(trigger_def: Trigger, trigger: Token) -> tuple[str, str | None]:
    """Words with two senses in conflict news: a "strike" is a walkout or an air strike."""
    if trigger_def.term in {"strike", "hit"} and trigger.pos_ == "VERB":
        # "jets struck", "a drone hit": the weapon named as subject says what kind of strike
        subjects = {t.lemma_.lower() for c in trigger.children if c.dep_ == "nsubj" for t in c.subtree}
        if subjects & {"drone", "uav"}:
            return "ASSAULT", "drone"
        if subjects & AIRCRAFT:
            return "ASSAULT", "aerial"
        if subjects & {"missile", "rocket", "shell", "artillery", "mortar"}:
            return "ASSAULT", "artillery"
    if trigger_def.term == "strike" and trigger.pos_ == "NOUN":
        nearby = {t.lemma_.lower() for t in trigger.subtree} | {t.lemma_.lower() for t in trigger.head.subtree if t.dep_ == "nsubj" for t in t.subtree}
        went_on = trigger.dep_ == "pobj" and trigger.head.lower_ == "on" and trigger.head.head.lemma_.lower() in {"go", "be", "remain", "stay"}
        if went_on or nearby & LABOUR_STRIKE_CUES or any(t.lower_.endswith(("-hour", "-day")) for t in trigger.subtree):
            return "PROTEST", "strike"
    return trigger_def.plover_type, trigger_def.mode


def _against_civilians(targets: list[ActorMention]) -> bool:
    """ACLED codes one-sided violence against unarmed people as violence against civilians."""
    return bool(targets) and all(target.kind in {"civilians", "other"} for target in targets)


CIVILIAN_SITES = {"restaurant", "hotel", "market", "church", "mosque", "school", "bus", "hospital",
                  "home", "house", "shop", "wedding", "funeral", "clinic", "university", "bar",
                  "village", "farm", "camp", "motorist", "vehicle", "car", "truck"}


def _against_civilian_site(trigger: Token) -> bool:
    """ "attacked a restaurant", "an attack on a market": one-sided violence against civilians."""
    for child in trigger.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.lemma_.lower() in CIVILIAN_SITES:
            return True
        if child.dep_ == "prep" and child.lower_ in {"on", "against"}:
            if any(g.lemma_.lower() in CIVILIAN_SITES for g in child.children if g.dep_ == "pobj"):
                return True
    return False


def _refers_back(trigger: Token) -> bool:
    """A noun trigger that names an event as background, not as something that happened here:
    "under the deal", "since the ceasefire", "the right to protest", "denied the attack"."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ in BACKGROUND_PREPS:
        return True
    return trigger.dep_ in {"dobj", "nsubj"} and head.lemma_.lower() in BACKGROUND_VERBS


def _richness(event: Event) -> int:
    return len(event.actors) + len(event.targets) + (event.place is not None) + (event.date is not None)


def _arguments(trigger: Token, context: ArticleContext) -> tuple[list[ActorMention], list[ActorMention]]:
    actors: list[ActorMention] = []
    targets: list[ActorMention] = []

    def add(into: list[ActorMention], token: Token) -> None:
        for mention in context.actors_of_phrase(token):
            if mention not in actors and mention not in targets:
                into.append(mention)

    for child in trigger.children:
        if child.dep_ in {"nsubj", "poss", "compound", "amod"}:
            add(actors, child)
        elif child.dep_ == "agent":
            for grandchild in child.children:
                add(actors, grandchild)
        elif child.dep_ in {"dobj", "nsubjpass", "attr"}:
            add(targets, child)
            for grandchild in child.children:  # "positions held by X", "positions of X"
                if grandchild.dep_ in {"acl", "prep"}:
                    for held in grandchild.subtree:
                        if held.dep_ == "pobj":
                            add(targets, held)
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS | COUNTERPART_PREPS | {"by", "between"}:
            # "clashed with Y", "retook the town from Y": the other side is the target
            into = actors if child.lower_ in {"by", "between"} else targets
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    add(into, grandchild)
    if not actors and trigger.dep_ in {"xcomp", "advcl", "conj", "pcomp"}:
        # "troops retook X, killing ...": the subject of the governing verb acts here too
        for sibling in trigger.head.children:
            if sibling.dep_ == "nsubj":
                add(actors, sibling)
    return actors, targets


def _reported_by(trigger: Token, sentence: Span, context: ArticleContext) -> list[str]:
    sources: list[str] = []
    for token in sentence[:-1]:
        if token.lower_ == "according" and token.nbor(1).lower_ == "to":
            for pobj in token.nbor(1).children:
                mention = context.actor_at(pobj)
                sources.append(mention.name if mention else _phrase(pobj))
    head = trigger
    reporting = None
    while head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in REPORTING_VERBS:
            reporting = head
            break
    if reporting is None:
        # "X clashed with Y on Monday, the Observatory said": the parser often hangs the trailing
        # attribution under the event verb instead of above it.
        reporting = next(
            (t for t in sentence if t.i > trigger.i and t.pos_ == "VERB" and t.lemma_.lower() in REPORTING_VERBS
             and t.dep_ in {"ROOT", "parataxis", "ccomp", "conj", "advcl"}
             and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)),
            None,
        )
    if reporting is not None:
        # "…, the Observatory said": the actor named just before the verb is the source, even
        # where the parser took an earlier noun ("seven fighters") for the subject.
        adjacent = next((m for m in context.mentions if m.end == reporting.i), None)
        if adjacent is not None:
            sources.append(adjacent.name)
            return list(dict.fromkeys(sources))
        for child in reporting.children:
            if child.dep_ == "nsubj":
                mention = context.actor_at(child)
                sources.append(mention.name if mention else _phrase(child))
    return list(dict.fromkeys(sources))


def _phrase(token: Token) -> str:
    return token.doc[token.left_edge.i : token.right_edge.i + 1].text


def _modality(trigger: Token) -> tuple[bool, bool]:
    negated = any(
        child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no") for child in trigger.children
    )
    if any(child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"} for child in trigger.children):
        return negated, True
    hypothetical = any(child.dep_ == "aux" and child.lower_ in {"will", "would", "could", "might", "may"} for child in trigger.children)
    head = trigger
    for _ in range(3):
        if head.head.i == head.i:
            break
        head = head.head
        if head.lemma_.lower() in NEGATING_HEADS:
            negated = True
        if head.lemma_.lower() in HYPOTHETICAL_HEADS and head.lemma_.lower() not in NEGATING_HEADS:
            hypothetical = True
    return negated, hypothetical


DEFINITE = {"the", "this", "that", "these", "those"}
BACKGROUND_DAYS = 60  # an event dated further back than this is history, not news of the day


def _build_event(trigger_def: Trigger, trigger: Token, sentence: Span, context: ArticleContext) -> Event:
    actors, targets = _arguments(trigger, context)
    plover_type, mode = _disambiguate(trigger_def, trigger)
    acled_type, acled_subtype = acled_for(plover_type, mode)
    if acled_type == "Battles" and mode in {None, "firearms"} and (
        _against_civilians(targets) or _against_civilian_site(trigger)
    ):
        acled_type, acled_subtype = "Violence against civilians", "Attack"
    negated, hypothetical = _modality(trigger)
    resolved = event_date(trigger, sentence, context)
    return Event(
        id=stable_id("event", context.article.id, trigger.idx, plover_type),
        type=plover_type,
        mode=mode,
        acled_type=acled_type,
        acled_subtype=acled_subtype,
        actors=[mention.actor_id for mention in actors],
        targets=[mention.actor_id for mention in targets],
        place=event_place(trigger, sentence, context),
        date=resolved.date if resolved else None,
        date_precision=resolved.precision if resolved else None,
        reported_by=_reported_by(trigger, sentence, context),
        negated=negated,
        hypothetical=hypothetical,
        evidence=context.evidence(sentence),
    )


def _one_per_type(sentence_events: list[Event], generic: list[Event]) -> list[Event]:
    specific = [e for e in sentence_events if e.type == "ASSAULT" and e not in generic]
    if specific:
        # "retook the town, killing 12": the killing is the retaking's outcome, not an event;
        # its victims are the retaking's targets.
        for event in generic:
            specific[0].targets.extend(t for t in event.targets if t not in specific[0].targets)
        sentence_events = [event for event in sentence_events if event not in generic]
    kept: dict[tuple[str, str | None], Event] = {}
    for event in sentence_events:
        # One event per type and place in a sentence (ACLED's practice): "struck Aleppo and
        # shelled Idlib" stays two events, "attacked and overran the base" is one.
        key = (event.type, event.place.name if event.place else None)
        if key not in kept or _richness(event) > _richness(kept[key]):
            kept[key] = event
    return [event for event in sentence_events if event in kept.values()]


def _is_background(event: Event, published: dt.date | None) -> bool:
    """ "the militia fought in the 2016 battle for the city": history, not an event of the day."""
    if published is None or event.date is None:
        return False
    return (published - dt.date.fromisoformat(event.date)).days > BACKGROUND_DAYS


def _antecedent(trigger: Token, event: Event, earlier: list[Event]) -> Event | None:
    """ "the offensive", "the clashes": a definite noun naming an event told before is that event."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return None
    if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in trigger.children):
        return None
    for candidate in reversed(earlier):
        if candidate.type == event.type and not candidate.negated and not candidate.hypothetical:
            return candidate
    return None


def _merge_into(target: Event, mention: Event) -> None:
    """Details told about an event later in the article fill the gaps of its first telling."""
    target.actors.extend(a for a in mention.actors if a not in target.actors)
    target.targets.extend(t for t in mention.targets if t not in target.targets and t not in target.actors)
    target.place = target.place or mention.place
    if target.date is None:
        target.date, target.date_precision = mention.date, mention.date_precision
    target.fatalities = target.fatalities or mention.fatalities
    target.injured = target.injured or mention.injured
    target.reported_by.extend(r for r in mention.reported_by if r not in target.reported_by)


def extract_events(context: ArticleContext) -> list[Event]:
    events: list[Event] = []
    seen: set[int] = set()
    published = parse_published(context.article.published)
    for sentence in context.doc.sents:
        found: list[tuple[Event, Token]] = []
        generic: list[Event] = []
        for token in sentence:
            match = _trigger_of(token)
            if match is None or match[1] in seen:
                continue
            trigger_def, head_index = match
            seen.add(head_index)
            trigger = context.doc[head_index]
            if _refers_back(trigger):
                continue
            event = _build_event(trigger_def, trigger, sentence, context)
            found.append((event, trigger))
            if trigger_def.term in GENERIC_VIOLENCE and event.type == "ASSAULT":
                generic.append(event)
        sentence_events = _one_per_type([event for event, _ in found], generic)
        if sentence_events:
            violent = [event for event in sentence_events if event.type == "ASSAULT"]
            holder = (violent or sentence_events)[0]
            deaths = find_fatalities(sentence.text, sentence.start_char)
            if deaths is not None:
                holder.fatalities = Fatalities(min=deaths.min, max=deaths.max, text=deaths.text)
            hurt = find_injured(sentence.text, sentence.start_char)
            if hurt is not None:
                holder.injured = Fatalities(min=hurt.min, max=hurt.max, text=hurt.text)
        triggers_of = {id(event): trigger for event, trigger in found}
        for event in sentence_events:
            if _is_background(event, published):
                continue
            antecedent = _antecedent(triggers_of[id(event)], event, events)
            if antecedent is not None:
                _merge_into(antecedent, event)
            else:
                events.append(event)
    return events


# The PLOVER verbal event a statement is (docs/ontology.md); claims and plain statements are none.
STATEMENT_EVENTS = {
    "ACCUSE": "ACCUSE", "CONDEMN": "ACCUSE", "THREATEN": "THREATEN", "DEMAND": "REQUEST",
    "APPEAL": "REQUEST", "DENY": "REJECT", "PRAISE": "SUPPORT",
}


def verbal_events(statements: list, events: list[Event], article_id: str) -> list[Event]:
    """Events for the statements that are verbal acts ("accused", "threatened", "denied"), where
    the trigger lexicon has not already coded one of that type in the same words."""
    added: list[Event] = []
    for statement in statements:
        plover_type = STATEMENT_EVENTS.get(statement.kind)
        if plover_type is None or statement.speaker is None:
            continue
        start, end = statement.evidence.start, statement.evidence.end
        if any(e.type == plover_type and e.evidence.start < end and start < e.evidence.end for e in events):
            continue
        added.append(
            Event(
                id=stable_id("event", article_id, start, plover_type),
                type=plover_type,
                actors=[statement.speaker],
                targets=[t for t in statement.targets if t != statement.speaker],
                date=statement.date,
                date_precision=None,  # the statement stage keeps the date, not its precision
                evidence=statement.evidence,
            )
        )
    return added
