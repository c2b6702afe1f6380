"""Mutual statements: "Armenia and Azerbaijan accused each other of violating the ceasefire",
"the army and the RSF traded blame for the shelling", "talks between Pakistan and the Taliban
collapsed, with each side accusing the other". One sentence tells two statements, each party's
against the other; the speaker is neither "each side" nor only the first party named.

The two parties are the subject and its conjunct ("X and Y accused each other"), else the pair
named with "between" in the sentence or the one before ("clashes between X and Y"), else the last
two sides named before the cue in those sentences that are not one state's organs.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.context import ArticleContext, says_each_other
from sitrep.extract.mentions import ActorMention, one_state
from sitrep.extract.speech.kinds import traded_kind
from sitrep.extract.speech.speakers import OPPONENT_KINDS

# "each side accusing the other", "both sides blamed each other": subjects that stand for the pair
PAIR_SUBJECTS = {"each", "both", "either", "side", "sides", "party", "parties"}


def is_mutual(cue: Token) -> bool:
    """Whether the act of ``cue`` goes both ways: "accused each other", "traded blame", "each
    side accusing the other"."""
    if traded_kind(cue) is not None:
        return True
    objects = [c for c in cue.children if c.dep_ in {"dobj", "pobj"}]
    objects += [g for c in cue.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for obj in objects:
        if says_each_other(obj.subtree):
            return True
        if [t.lower_ for t in obj.subtree][-2:] == ["the", "other"] and _pair_subject(cue):
            return True  # "each side accusing the other"
    return False


def _pair_subject(cue: Token) -> bool:
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    return any(t.lower_ in PAIR_SUBJECTS for s in subjects for t in s.subtree)


def mutual_parties(cue: Token, subject: Token | None, context: ArticleContext) -> list[ActorMention] | None:
    """The two parties of a mutual act, or None when the text does not name two."""
    if subject is not None and subject.lower_ not in PAIR_SUBJECTS:
        pair = _distinct([context.actor_at(t) for t in (subject, *subject.conjuncts)])
        if len(pair) == 2:
            return pair
    # "clashes broke out between X and Y ... Both sides blamed each other": the pair named in
    # the sentence, else in the one before
    sentences = [cue.sent]
    if cue.sent.start > 0:
        sentences.append(cue.doc[cue.sent.start - 1].sent)
    for sentence in sentences:
        for token in sentence:
            if token.lower_ == "between" and token.dep_ == "prep":
                for pobj in (c for c in token.children if c.dep_ == "pobj"):
                    pair = _distinct([context.actor_at(t) for t in (pobj, *pobj.conjuncts)])
                    if len(pair) == 2:
                        return pair
        before = [m for m in context.mentions if m.end <= cue.i and m.start >= sentence.start
                  and m.kind in OPPONENT_KINDS and "nidentified" not in m.name]
        pair = _distinct(list(reversed(before)))
        if len(pair) >= 2:
            return sorted(pair[:2], key=lambda m: m.start)
    return None


def _distinct(mentions: list[ActorMention | None]) -> list[ActorMention]:
    """The mentions that are sides, one per actor and one per state."""
    found: list[ActorMention] = []
    for mention in mentions:
        if mention is None or mention.kind not in OPPONENT_KINDS:
            continue
        if any(m.actor_id == mention.actor_id or one_state(m, mention) for m in found):
            continue
        found.append(mention)
    return found
