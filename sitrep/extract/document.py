"""One article's spaCy Doc -> its ``Document``: the order of the extraction stages."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from sitrep.extract import casualties, events, mentions, relations, statements
from sitrep.extract.context import ArticleContext
from sitrep.extract.where import article_places
from sitrep.model import Actor, Article, Document, Mention, PlaceMention
from sitrep.resolve import dates, places

STAGES = (
    mentions.STAGE,
    events.STAGE,
    casualties.STAGE,
    statements.STAGE,
    relations.STAGE,
    dates.STAGE,
    places.STAGE,
)


def _actors(found: list[mentions.ActorMention]) -> list[Actor]:
    by_id: dict[str, Actor] = {}
    for mention in found:
        actor = by_id.get(mention.actor_id)
        if actor is None:
            actor = by_id[mention.actor_id] = Actor(
                id=mention.actor_id, name=mention.name, kind=mention.kind, country=mention.country
            )
        actor.mentions.append(
            Mention(start=mention.start_char, end=mention.end_char, text=mention.text, label=mention.kind)
        )
        surface = mentions.clean_name(mention.text)
        if surface and surface != actor.name and surface not in actor.aliases:
            actor.aliases.append(surface)
    return list(by_id.values())


def _places(context: ArticleContext) -> list[PlaceMention]:
    """The places of the article, one entry per distinct place, each with all its namings."""
    merged: dict[tuple, PlaceMention] = {}
    text = context.article.text
    for place, start, end in article_places(context):
        key = (place.geonameid,) if place.geonameid else (place.name.casefold(), place.precision)
        entry = merged.setdefault(key, PlaceMention(place=place))
        entry.mentions.append(Mention(start=start, end=end, text=text[start:end]))
    return list(merged.values())


EVENT_NOUNS = re.compile(
    r"\b(?:attacks?|strikes?|airstrikes?|killings?|bombings?|shelling|raids?|abductions?|kidnappings?|"
    r"massacres?|assaults?|offensive|ambush|incursions?|executions?|arrests?|detentions?|crackdown|operations?)\b", re.I)
# "condemned the raid", "denounced the arrests as ...": the words name the event itself
NAMED_EVENT = re.compile(r"^(?:the|this|these|that|yesterday's|sunday's|monday's)\s+(?:\w+\s+){0,2}?" + EVENT_NOUNS.pattern[2:], re.I)
REACTIVE_KINDS = {"CONDEMN", "ACCUSE", "THREATEN", "DEMAND", "APPEAL", "PRAISE"}
IMPLIED_TARGET_KINDS = {"THREATEN", "CONDEMN", "ACCUSE"}


# the modes an event noun names ("condemned the kidnapping" is of an abduction, not of the
# arrests that followed); a noun not listed names any violent event
NOUN_MODES = {
    "kidnapping": {"abduct"}, "abduction": {"abduct"},
    "strike": {"aerial", "drone", "artillery"}, "airstrike": {"aerial", "drone"},
    "shelling": {"artillery"}, "bombing": {"aerial", "drone", "explosives", "suicide-bomb"},
    "arrest": {"arrest"}, "detention": {"arrest"}, "crackdown": {"arrest", "crowd-control"},
    "massacre": {"massacre", None}, "killing": {"massacre", None, "firearms", "aerial", "drone", "artillery"},
}


def _targets_from_events(found: list, found_events: list, text: str,
                         actors: dict[str, mentions.ActorMention]) -> None:
    """ "The government condemned the attack": a reaction that names an event, not its doer, is
    aimed at whoever carried out that event, told before it."""
    violent = sorted((e for e in found_events if e.type in {"ASSAULT", "COERCE"} and e.actors and not e.negated),
                     key=lambda e: e.evidence.start)
    for statement in found:
        if statement.kind not in REACTIVE_KINDS:
            continue
        # "condemned the raid as piracy": the event the statement names outranks a guess from
        # the words around it
        names_event = statement.kind in {"CONDEMN", "ACCUSE"} and bool(NAMED_EVENT.match(statement.quote or ""))
        if statement.targets and not names_event:
            continue
        named = EVENT_NOUNS.search(text[statement.evidence.start : statement.evidence.end])
        if not named and not (statement.kind in IMPLIED_TARGET_KINDS and not statement.targets):
            # "These criminals will be hunted down": a threat that names no one is aimed at
            # whoever did the latest violence told before it
            continue
        speaker = actors.get(statement.speaker)

        def own(actor_id: str) -> bool:
            # the speaker's own side: itself, or another organ of its state (a ministry that
            # vows to pursue the attackers is not aiming at the police who arrested them)
            other = actors.get(actor_id)
            return actor_id == statement.speaker or (
                speaker is not None and other is not None and mentions.one_state(speaker, other))

        before = [e for e in violent if e.evidence.start <= statement.evidence.start
                  and statement.speaker not in e.actors]
        if statement.targets and any(t in e.actors for e in before for t in statement.targets):
            continue  # "condemned the Israeli strikes": the doer named with the event is one of them
        if names_event:
            event = _named_event(named.group(0) if named else "", before, actors, own)
            doers = [a for a in event.actors if not own(a)] if event is not None else []
            if doers:
                statement.targets = doers
            continue
        for event in reversed(before):
            doers = [a for a in event.actors if not own(a)]
            if doers:
                statement.targets = doers
                break
            # "police arrested three suspects ... the ministry vowed to crush the cell": the
            # speaker's own forces acted, so a threat is aimed at those they acted against
            enemies = [t for t in event.targets if not own(t) and getattr(actors.get(t), "kind", None) != "civilians"]
            if statement.kind == "THREATEN" and enemies:
                statement.targets = enemies
                break


CLAIMED = re.compile(r"\bclaim(?:s|ed|ing)?\b(?:\s+\w+){0,3}?\s+(?:responsibility\b|" + EVENT_NOUNS.pattern[2:] + ")", re.I)


def _claimed_event_targets(found: list, found_events: list, text: str,
                           actors: dict[str, mentions.ActorMention]) -> None:
    """ "JNIM claimed the attack", "TTP claimed responsibility for the raid": a claim that names
    an event and no one it was against is against whom that event struck — the latest violent
    event told before the claim, or in its sentence, not by another named side."""
    violent = sorted((e for e in found_events if e.type in {"ASSAULT", "COERCE"} and e.targets and not e.negated),
                     key=lambda e: e.evidence.start)
    for statement in found:
        if statement.kind != "CLAIM" or statement.targets:
            continue
        if not CLAIMED.search(text[statement.evidence.start : statement.evidence.end]):
            continue
        speaker = actors.get(statement.speaker)

        def by_claimant(event) -> bool:
            # the claimant's own deed, or one whose doers the report left unnamed
            return all(a == statement.speaker or getattr(actors.get(a), "generic", False)
                       or speaker is not None and actors.get(a) is not None and mentions.one_state(speaker, actors[a])
                       for a in event.actors)

        before = [e for e in violent if e.evidence.start <= statement.evidence.end and by_claimant(e)]
        if before:
            statement.targets = [t for t in before[-1].targets if t != statement.speaker]


TERROR_NOUNS = {"attack", "killing", "massacre", "bombing", "ambush", "abduction", "kidnapping", "assault"}


def _named_event(noun: str, before: list, actors: dict[str, mentions.ActorMention], own):
    """The event "the attack" or "the kidnapping" most likely names: the latest earlier one of
    its kind by another side, and of those one that struck civilians (what is condemned)."""
    candidates = [e for e in before if any(not own(a) for a in e.actors)]
    modes = NOUN_MODES.get(noun.lower().rstrip("s"))
    if modes is not None:
        candidates = [e for e in candidates if e.mode in modes] or candidates
    on_civilians = [e for e in candidates
                    if any(getattr(actors.get(t), "kind", None) == "civilians" for t in e.targets)]
    if noun.lower().rstrip("s") in TERROR_NOUNS:
        # "condemned the attack" after "gunmen killed 20 villagers ... troops pursued them": the
        # attack is the armed men's, not the forces' answer to it
        by_groups = [e for e in on_civilians or candidates
                     if any(getattr(actors.get(a), "kind", None) == "armed_group" for a in e.actors if not own(a))]
        if by_groups:
            return by_groups[-1]
    return (on_civilians or candidates or [None])[-1]


def extract_document(article: Article, doc: Doc, pipeline_version: str) -> Document:
    found = mentions.find_actor_mentions(doc)
    context = ArticleContext(
        article=article, doc=doc, mentions=found, focus=mentions.focus_country(doc)
    )
    # Speakers that name no actor mention yet ("a source said", a name the model missed) become
    # actors of the document, so every statement's speaker is one of its actors.
    speakers: list[mentions.ActorMention] = []
    found_statements = statements.extract_statements(context, new_speakers=speakers)
    # a speaker the model missed takes its country from its title or apposition ("X, a spokesman
    # for the Uganda People's Defence Force"), as other people do
    mentions.people_countries(doc, sorted(found + speakers, key=lambda m: m.start), context.focus)
    for speaker in speakers:
        # a named speaker the model missed ("the National Anti-Terrorism Committee said") is of the
        # country the article is about, as unknown organisations are; an unnamed one ("officials")
        # is one actor across articles, so it keeps no country of any one article
        if speaker.country is None and speaker.kind not in mentions.TRANSNATIONAL_KINDS \
                and not speaker.name.startswith("Unnamed "):
            speaker.country = context.focus
    found_events = events.extract_events(context)
    by_id = {m.actor_id: m for m in reversed(found + speakers)}  # each actor's first mention
    _targets_from_events(found_statements, found_events, context.article.text, by_id)
    _claimed_event_targets(found_statements, found_events, context.article.text, by_id)
    found_events += events.verbal_events(found_statements, found_events, article.id)
    # relations stated in the text first ("said Brigadier X, a spokesman for Y": speakers the
    # model missed hold roles too); then each side of a hostile event opposes the other
    named_speakers = [s for s in speakers if not s.name.startswith("Unnamed ") and s.end > s.start
                      and not any(m.start <= s.start < m.end for m in found)]
    context.mentions = sorted(found + named_speakers, key=lambda mention: mention.start)
    found_relations = relations.extract_relations(context)
    found_relations += relations.opposes_from_events(context, found_events, found_relations)
    return Document(
        article=article,
        actors=_actors(sorted(found + speakers, key=lambda mention: mention.start)),
        events=found_events,
        statements=found_statements,
        relations=found_relations,
        places=_places(context),
        pipeline_version=pipeline_version,
    )
