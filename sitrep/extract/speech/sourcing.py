"""Statement or sourcing: when what a speaker says of its own side is news in itself.

Wire copy attributes most event reports to a party to the fighting ("The army said it had
repelled an incursion near Zouar, killing 23 rebels"): that speaker is the event's
``reported_by``, and the report is an event, not a statement. What is coded as a CLAIM is the
speaker's *version* of something already on the table: its account of a strike someone else
reported ("said it had targeted a Hezbollah commander"), a contested figure ("said it had killed
dozens of terrorists during the fighting"), a reply to a denial ("said its fighters had destroyed
three vehicles"). A self-report tells a new event, and is sourcing, when it

- stands in the first sentence of a longer article (the lede is the news of the event itself);
- situates the act with its own day ("on Thursday") or, unless the act is a defence against the
  other side's ("repelled an attack near Aleppo" is a claim of success), its own place ("near the
  border with Niger"); an anaphor ("in the area", "during the fighting", "the base") does not;
- names a new operation of its own ("launched a counter-offensive", "in a raid on a hideout");
- is a routine operational act: deploying or sending troops, arresting people.

Only parties speak for their own side this way: a monitor's or a UN mission's "it had documented"
or "it had deployed a force" reports its own work, not a claim in a conflict.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sitrep.extract.context import ArticleContext

PARTY_KINDS = {"armed_group", "state_forces", "government", "state", "political_party", "person"}
MILITARY_BLOCS = ("coalition", "nato", "alliance", "command")  # international, but parties to war
PLACE_PREPS = {"in", "near", "at", "outside", "around", "across", "over", "from", "to", "into", "inside",
               "on", "off", "along", "toward", "towards", "north", "south", "east", "west", "of"}
RESPONSE_NOUNS = {"response", "retaliation", "revenge", "reprisal", "answer"}
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
OPERATIONAL_LEMMAS = {"deploy", "send", "dispatch", "redeploy", "arrest", "detain", "reinforce"}
# the speaker's own new operation: "launched a counter-offensive", "in a raid on a hideout"
NEW_OPERATION = re.compile(
    r"\b(?:launch(?:ed)?|carried out|conducted|mounted|staged|began|started|in|during)\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:raid|attack|counter-?attack|offensive|counter-?offensive|"
    r"(?:air|drone|missile) ?strike|strike|ambush|assault|incursion|operation|bombardment|"
    r"counter-? ?(?:attack|offensive))\b", re.I)
# Defence against the other side's act ("repelled an attack near Aleppo"): the act is the
# attacker's; the defender's account of it is a claim of success, wherever it took place.
DEFENSIVE_LEMMAS = {"repel", "repulse", "thwart", "foil", "intercept", "withstand"}


def is_party(kind: str, name: str) -> bool:
    """Whether an actor fights or governs, so that its account of its own acts is a claim: not
    a monitor, a UN body, an aid agency or the media, whose "it had documented" is their work.
    Military coalitions are international organisations that are parties."""
    if kind in PARTY_KINDS:
        return True
    return kind == "international_org" and any(word in name.lower() for word in MILITARY_BLOCS)


def tells_new_event(clause: Span, root: Token, context: ArticleContext) -> bool:
    """Whether a speaker's report of what its side did is the first telling of a new event."""
    if root.sent.start == 0 and root.sent.end < len(root.doc):
        return True  # the lede of a longer report
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if any(verb.lemma_.lower() in OPERATIONAL_LEMMAS for verb in verbs):
        return True
    if NEW_OPERATION.search(clause.text):
        return True
    if any(_dated(ent, context) for ent in clause.ents):
        return True
    return any(_placed(verb, context) for verb in verbs if verb.lemma_.lower() not in DEFENSIVE_LEMMAS)


def _dated(ent: Span, context: ArticleContext) -> bool:
    """A date phrase that names a day ("on Thursday"), not a span ("over the past 24 hours")."""
    return ent.label_ == "DATE" and context.date_of(ent) is not None


def _placed(verb: Token, context: ArticleContext) -> bool:
    """Whether the act is situated at a named place, by the verb or its object ("captured the
    headquarters in Kyaukphyu township"); a place inside "in response to raids on Saada" is
    where the other side acted."""
    holders = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})]
    holders += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"with", "against"}
                for o in p.children if o.dep_ == "pobj"]  # "clashed with the attackers near X"
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" and not (prep.dep_ == "advmod" and prep.lower_ in PLACE_PREPS):
                continue
            if prep.lower_ not in PLACE_PREPS:
                continue
            if any(c.lemma_.lower() in RESPONSE_NOUNS for c in prep.children):
                continue
            if prep.lower_ == "of" and holder.lemma_.lower() != "control":
                continue  # "control of Babanusa" is a place; "members of Islamic State" is not
            if any(_names_place(t, context) for t in prep.subtree):
                return True
    return False


def _names_place(token: Token, context: ArticleContext) -> bool:
    if token.ent_type_ in PLACE_ENTITIES:
        return True
    return token.pos_ == "PROPN" and context.actor_at(token) is None
