"""The likeliest target of a statement the rules left without one, or aimed only from the events.

An accusation, a threat, a claim of an attack or a pledge is nearly always aimed at someone, yet
the phrase rules of ``targets`` and ``event_targets`` find no one for a few in a hundred: the
target is a description the rules do not read ("the army of the Islamists"), a party named two
sentences earlier, or the other side of the fighting the article tells. For those statements every
other actor of the article is scored as a candidate by a logistic model over where it is named
(in the statement, its sentence, before it), what it is (its kind, the speaker's side or not), and
what the article says it did (struck the speaker's side, was struck by it, was charged by the
speaker elsewhere), and whether the rules chose it. The best candidate becomes the target when the
model gives it a probability above its kind's threshold; otherwise the statement keeps no target,
as before. For the kinds where the model, knowing the rules' choice, picks better than the rules
alone (in the cross-validation of the fit), its best candidate also replaces the rules' choice
above a second threshold, unless the rules' choice is named in the statement's sentence.

The weights are fitted on the development gold by ``scripts/fit_target_model.py`` and stored in
``target_model.json`` beside this module; the fit reports its cross-validated accuracy, and the
thresholds were chosen there, not here.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from sitrep.extract.mentions import ActorMention
from sitrep.extract.shortforms import STATE_SIDE
from sitrep.extract.speech.event_targets import AFFILIATIONS, affiliations, violent_events
from sitrep.extract.speech.targets import ADDRESSED_KINDS, MESSAGE_NOUNS

MODEL_PATH = Path(__file__).with_name("target_model.json")

# the statement kinds that nearly always have a target, each with a model of its own: what makes
# the likeliest target differs between an accusation, a denial (whoever made the charge) and a
# pledge (often the speaker's own side)
MODEL_KINDS = ("ACCUSE", "THREATEN", "CONDEMN", "DEMAND", "DENY", "CLAIM", "APPEAL", "PRAISE", "PLEDGE")
FRIEND_PREDICATES = {"allied_with", "backed_by", "supports"}
# the kinds that are aimed against their targets (what "charged" means in the features)
AGAINST_KINDS = {"ACCUSE", "THREATEN", "CONDEMN", "DEMAND", "CLAIM"}
QUOTES = '"“”'
KINDS = ("state", "state_forces", "government", "armed_group", "political_party", "person", "monitor",
         "media", "international_org", "civilians")
DEPS = {"subject": {"nsubj", "nsubjpass"}, "object": {"dobj", "pobj", "dative"}, "possessor": {"poss"}}

FEATURES = (
    "in_content", "before_content", "in_sentence", "previous_sentence", "earlier", "only_later", "in_quote",
    "distance", "mentions", "first_actor", "generic", "same_country", "own_side", "friend", "foe",
    "struck_own_side", "struck_by_own_side", "doer", "victim", "charged_by_speaker",
    "charged_speaker", "target_of_others", "speaker_elsewhere", "state_speaker_group_candidate",
    "group_speaker_state_candidate", "in_subject", "in_object", "in_possessor", "nearest_other",
    "most_named_other", "fights", "picked_by_rules",
    *(f"kind_{kind}" for kind in KINDS),
)


@dataclass
class Candidate:
    actor_id: str
    features: list[float]


@cache
def _model() -> dict:
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def probability(kind: str, features: list[float]) -> float:
    params = _model()["kinds"][kind]
    weights = params["weights"]
    z = params["bias"] + sum(weights[name] * x for name, x in zip(FEATURES, features, strict=True))
    return 1.0 / (1.0 + math.exp(-z))


class ArticleFacts:
    """What the article tells of its actors that bears on whom a statement is aimed at."""

    def __init__(self, doc: Doc, mentions: list[ActorMention], statements: list, events: list,
                 relations: list) -> None:
        self.doc = doc
        self.text = doc.text
        self.mentions = sorted(mentions, key=lambda m: m.start_char)
        # each actor's mentions in text order, the first one standing for the actor
        self.named: dict[str, list[ActorMention]] = {}
        for mention in self.mentions:
            self.named.setdefault(mention.actor_id, []).append(mention)
        self.by_id = {actor_id: named[0] for actor_id, named in self.named.items()}
        self.statements = statements
        self.events = violent_events(events)
        self.relations = relations
        self.affiliations = affiliations(relations)
        self.first_actor = self.mentions[0].actor_id if self.mentions else None

    def bodies(self, actor_id: str) -> set[str]:
        """The actor and what it belongs to, leads or is part of, by the text's relations."""
        return {actor_id, *self.affiliations.get(actor_id, ())}

    def side(self, actor_id: str | None) -> set[str]:
        """The speaker's side: its bodies, and with a state organ among them every organ of that
        state named in the article."""
        if actor_id is None:
            return set()
        side = self.bodies(actor_id)
        states = {self.by_id[a].country for a in side if a in self.by_id
                  and self.by_id[a].kind in STATE_SIDE and self.by_id[a].country}
        side |= {a for a, m in self.by_id.items() if m.kind in STATE_SIDE and m.country in states}
        side |= {r.subject for r in self.relations if r.predicate in AFFILIATIONS and r.object in side}
        return side

    def related(self, a: str, b: str, predicates: set[str]) -> bool:
        return any(r.predicate in predicates and {r.subject, r.object} == {a, b} for r in self.relations)


def _sentence_bounds(doc: Doc, offset: int) -> tuple[int, int, int]:
    """(start, end) characters of the sentence holding ``offset`` and the previous one's start."""
    span = doc.char_span(offset, min(offset + 1, len(doc.text)), alignment_mode="expand")
    if span is None or not len(span):
        return 0, len(doc.text), 0
    sentence = span[0].sent
    previous = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    return sentence.start_char, sentence.end_char, previous


def _quoted(text: str, start: int, offset: int) -> bool:
    return sum(text[start:offset].count(q) for q in QUOTES) % 2 == 1


def _role(doc: Doc, mention: ActorMention, role: str) -> bool:
    root = doc[mention.start:mention.end].root
    return root.dep_ in DEPS[role]


def _message_addressee(doc: Doc, mention: ActorMention) -> bool:
    """ "in an email to journalists", "in a message to Washington": whom the words were sent to."""
    root = doc[mention.start:mention.end].root
    to = root.head
    if root.dep_ != "pobj" or to.lower_ != "to" or to.i == 0:
        return False
    return to.head.lemma_.lower() in MESSAGE_NOUNS or doc[to.i - 1].lemma_.lower() in MESSAGE_NOUNS


def worded(found: list[Candidate]) -> bool:
    """Whether the rules' choice is named in the statement's sentence; the model never replaces
    such a choice, only one the rules read from the article's events or its other sentences."""
    picked, in_sentence = FEATURES.index("picked_by_rules"), FEATURES.index("in_sentence")
    return any(c.features[picked] and c.features[in_sentence] for c in found)


def candidates(statement, facts: ArticleFacts) -> list[Candidate]:
    """Every actor of the article but the speaker, with its features for ``statement``; for the
    kinds whose rules leave the audience out, not those the words were only sent to ("claimed the
    ambush in an email to journalists")."""
    start, end = statement.evidence.start, statement.evidence.end
    s_start, s_end, p_start = _sentence_bounds(facts.doc, start)
    s_end = max(s_end, end)
    speaker = facts.by_id.get(statement.speaker) if statement.speaker else None
    own = facts.side(statement.speaker)
    speaker_state = speaker is not None and speaker.kind in STATE_SIDE
    speaker_group = speaker is not None and speaker.kind == "armed_group"
    content_start = content_end = None
    if statement.quote:
        at = facts.text.find(statement.quote, start, end)
        if at >= 0:
            content_start, content_end = at, at + len(statement.quote)
    deeds = [e for e in facts.events if e.evidence.start <= end]  # violence told up to the statement
    found, rows = [], []
    for actor_id, first in facts.by_id.items():
        if actor_id == statement.speaker:
            continue
        named = facts.named[actor_id]
        in_sentence = [m for m in named if s_start <= m.start_char < s_end]
        if statement.kind not in ADDRESSED_KINDS and in_sentence and len(in_sentence) == len(named) \
                and all(_message_addressee(facts.doc, m) for m in in_sentence):
            continue
        distance = min(0 if start <= m.start_char < end else min(abs(m.start_char - start), abs(m.start_char - end))
                       for m in named)
        x = {
            "in_content": content_start is not None
            and any(content_start <= m.start_char < content_end for m in named),
            "before_content": content_start is not None
            and any(s_start <= m.start_char < content_start for m in named),
            "in_sentence": bool(in_sentence),
            "previous_sentence": any(p_start <= m.start_char < s_start for m in named),
            "earlier": any(m.start_char < s_start for m in named),
            "only_later": named[0].start_char >= s_end,
            "in_quote": any(_quoted(facts.text, s_start, m.start_char) for m in in_sentence),
            "distance": min(distance / 200.0, 5.0),
            "mentions": math.log1p(len(named)),
            "first_actor": actor_id == facts.first_actor,
            "generic": first.generic,
            "same_country": speaker is not None and speaker.country is not None
            and first.country == speaker.country,
            "own_side": actor_id in own,
            "friend": statement.speaker is not None and any(
                facts.related(actor_id, o, FRIEND_PREDICATES) for o in own | {statement.speaker}),
            "foe": statement.speaker is not None and any(
                facts.related(actor_id, o, {"opposes"}) for o in own | {statement.speaker}),
            "struck_own_side": any(actor_id in e.actors and any(t in own for t in e.targets) for e in deeds),
            "struck_by_own_side": any(actor_id in e.targets and any(a in own for a in e.actors) for e in deeds),
            "doer": any(actor_id in e.actors for e in deeds),
            "victim": any(actor_id in e.targets for e in deeds),
            "charged_by_speaker": any(s is not statement and s.speaker == statement.speaker
                                      and s.kind in AGAINST_KINDS and actor_id in s.targets
                                      for s in facts.statements),
            "charged_speaker": any(s.speaker == actor_id and s.kind in AGAINST_KINDS
                                   and any(t in own for t in s.targets) for s in facts.statements),
            "target_of_others": any(s is not statement and actor_id in s.targets for s in facts.statements),
            "speaker_elsewhere": any(s is not statement and s.speaker == actor_id for s in facts.statements),
            "state_speaker_group_candidate": speaker_state and first.kind == "armed_group",
            "group_speaker_state_candidate": speaker_group and first.kind in STATE_SIDE,
            "in_subject": any(_role(facts.doc, m, "subject") for m in in_sentence),
            "in_object": any(_role(facts.doc, m, "object") for m in in_sentence),
            "in_possessor": any(_role(facts.doc, m, "possessor") for m in in_sentence),
        }
        fights = sum(1 for e in deeds if actor_id in e.actors and any(t in own for t in e.targets)
                     or actor_id in e.targets and any(a in own for a in e.actors))
        x["fights"] = math.log1p(fights)
        x["picked_by_rules"] = actor_id in statement.targets
        for kind in KINDS:
            x[f"kind_{kind}"] = first.kind == kind
        rows.append((actor_id, x, distance, len(named)))
    # the nearest and the most named of the candidates not on the speaker's side
    others = [row for row in rows if not row[1]["own_side"]]
    nearest = min(others, key=lambda row: row[2])[0] if others else None
    most = max(others, key=lambda row: row[3])[0] if others else None
    for actor_id, x, _, _ in rows:
        x["nearest_other"] = actor_id == nearest
        x["most_named_other"] = actor_id == most
        found.append(Candidate(actor_id, [float(x[name]) for name in FEATURES]))
    return found


def fill_targets(statements: list, events: list, relations: list, doc: Doc,
                 mentions: list[ActorMention]) -> None:
    """Give each statement the rules aimed at no one its likeliest target, when the model is sure
    enough; and where a kind's model proved better than the rules at it, put its likeliest target
    in place of the rules' choice when sure enough."""
    models = _model()["kinds"]
    chosen = {}
    facts = None
    for statement in statements:
        params = models.get(statement.kind)
        if params is None:
            continue
        threshold = params["threshold"] if not statement.targets else params.get("rerank_threshold")
        if threshold is None:
            continue
        facts = facts or ArticleFacts(doc, mentions, statements, events, relations)
        found = candidates(statement, facts)
        if not found or statement.targets and worded(found):
            continue
        scored = [(probability(statement.kind, c.features), c.actor_id) for c in found]
        best, actor_id = max(scored)
        if best >= threshold and actor_id not in statement.targets:
            chosen[id(statement)] = actor_id
    # applied after all are scored, so one choice does not feed another's "charged_by_speaker"
    for statement in statements:
        if id(statement) in chosen:
            statement.targets = [chosen[id(statement)]]
