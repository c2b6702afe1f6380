"""One article's spaCy Doc -> its ``Document``: the order of the extraction stages."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.extract import casualties, events, mentions, relations, statements, ties
from sitrep.extract.context import ArticleContext
from sitrep.extract.speech.event_targets import aim_at_events
from sitrep.extract.speech.likely_targets import fill_targets
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
    # relations stated in the text ("said Brigadier X, a spokesman for Y": speakers the model
    # missed hold roles too); a speaker's unit or group is its own side when statements are aimed
    # at the doers of events
    named_speakers = [s for s in speakers if not s.name.startswith("Unnamed ") and s.end > s.start
                      and not any(m.start <= s.start < m.end for m in found)]
    context.mentions = sorted(found + named_speakers, key=lambda mention: mention.start)
    found_relations = relations.extract_relations(context)
    # with ties told by phrases of company and help ("fighting on Ukraine's side")
    found_relations += ties.extract_ties(context, found_relations)
    by_id = {m.actor_id: m for m in reversed(found + speakers)}  # each actor's first mention
    aim_at_events(found_statements, found_events, context.article.text, by_id, found_relations,
                  context.mentions)
    # a charge, claim or pledge the rules aimed at no one (or, for some kinds, aimed only from the
    # events) takes its likeliest target by the fitted model, if any is likely enough
    speaking = [s for s in speakers if s not in context.mentions and s.end_char > s.start_char]
    fill_targets(found_statements, found_events, found_relations, doc,
                 sorted(context.mentions + speaking, key=lambda mention: mention.start_char))
    found_events += events.verbal_events(found_statements, found_events, article.id)
    # then each side of a hostile event opposes the other
    found_relations += relations.opposes_from_events(context, found_events, found_relations)
    # and an armed group opposes the forces struck by the attack it claims
    found_relations += relations.opposes_from_claims(context, found_statements, found_relations)
    # and the forces that carry out one attack together are allies
    found_relations += relations.allies_from_events(context, found_events, found_relations)
    return Document(
        article=article,
        actors=_actors(sorted(found + speakers, key=lambda mention: mention.start)),
        events=found_events,
        statements=found_statements,
        relations=found_relations,
        places=_places(context),
        pipeline_version=pipeline_version,
    )
