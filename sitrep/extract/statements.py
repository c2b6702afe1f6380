"""Statements: who said what, of whom, where — from reporting verbs and quotation marks.

The kind comes from the reporting verb, then from the content ("ready to crush them" is a threat
whatever the verb). The speaker is the verb's subject, or "according to X"; pronoun speakers take the
most recent person or group named before.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sitrep.extract.context import ArticleContext
from sitrep.extract.mentions import ActorMention
from sitrep.model import Statement, stable_id

STAGE = "sitrep.statements.v1"

VERB_KINDS = {
    "accuse": "ACCUSE", "blame": "ACCUSE", "charge": "ACCUSE",
    "threaten": "THREATEN", "warn": "THREATEN",
    "demand": "DEMAND", "insist": "DEMAND",
    "urge": "APPEAL", "appeal": "APPEAL", "call": "APPEAL", "ask": "APPEAL", "plead": "APPEAL",
    "deny": "DENY", "reject": "DENY", "dismiss": "DENY", "refute": "DENY",
    "pledge": "PLEDGE", "vow": "PLEDGE", "promise": "PLEDGE", "commit": "PLEDGE",
    "condemn": "CONDEMN", "denounce": "CONDEMN", "decry": "CONDEMN", "slam": "CONDEMN",
    "claim": "CLAIM", "assert": "CLAIM", "allege": "CLAIM",
    "praise": "PRAISE", "welcome": "PRAISE", "hail": "PRAISE", "commend": "PRAISE",
    "say": "STATEMENT", "tell": "STATEMENT", "state": "STATEMENT", "announce": "STATEMENT",
    "add": "STATEMENT", "write": "STATEMENT", "post": "STATEMENT", "declare": "STATEMENT",
    "report": "STATEMENT", "confirm": "STATEMENT", "note": "STATEMENT", "explain": "STATEMENT",
}
THREAT_CUES = re.compile(r"\b(?:crush|retaliat\w*|pay (?:a|the) (?:heavy )?price|will respond|wipe out|destroy them|regret|consequences|strike back|all options)\b", re.I)
DENIAL_CUES = re.compile(r"\b(?:denied|not involved|no involvement|baseless|fabricated|false claims?)\b", re.I)
PLATFORMS = (
    (re.compile(r"\bon (?:X|Twitter)\b|\bon the social media platform X\b|\btweet(?:ed)?\b"), "X/Twitter"),
    (re.compile(r"\bTelegram\b"), "Telegram"),
    (re.compile(r"\bFacebook\b"), "Facebook"),
    (re.compile(r"\bTruth Social\b"), "Truth Social"),
    (re.compile(r"\bpress conference\b|\bnews conference\b|\bbriefing\b", re.I), "press conference"),
    (re.compile(r"\b(?:written|a|in a) statement\b", re.I), "written statement"),
    (re.compile(r"\b(?:television|televised|state TV|TV)\b"), "television"),
    (re.compile(r"\b(?:radio)\b", re.I), "radio"),
)
QUOTE = re.compile(r"[\"“]([^\"“”]{3,}?)[\"”]")
PRONOUNS = {"he", "she", "they", "it", "we"}


def _platform(text: str) -> str | None:
    for pattern, name in PLATFORMS:
        if pattern.search(text):
            return name
    return None


def _speaker(verb: Token, context: ArticleContext, previous: list[ActorMention]) -> ActorMention | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            if child.lower_ in PRONOUNS:
                wanted = {"person"} if child.lower_ in {"he", "she"} else None
                for mention in reversed(previous):
                    if wanted is None or mention.kind in wanted:
                        return mention
                return None
            mention = context.actor_at(child)
            if mention is not None:
                return mention
            for token in child.subtree:  # "a commander of the Northern Front"
                mention = context.actor_at(token)
                if mention is not None:
                    return mention
    return None


def _targets(verb: Token, speaker: ActorMention | None, context: ArticleContext) -> list[ActorMention]:
    found: list[ActorMention] = []
    for child in verb.children:
        if child.dep_ in {"dobj", "iobj"} or (child.dep_ == "prep" and child.lower_ in {"against", "on"}):
            heads = [child] if child.dep_ != "prep" else [g for g in child.children if g.dep_ == "pobj"]
            for head in heads:
                for mention in context.actors_of_phrase(head):
                    if mention is not speaker and mention not in found:
                        found.append(mention)
    return found


def _content(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ in {"ccomp", "xcomp"} or (child.dep_ == "prep" and child.lower_ in {"of", "for"}):
            return verb.doc[child.left_edge.i : child.right_edge.i + 1].text
    return None


def _kind(verb: Token, text: str) -> str:
    kind = VERB_KINDS[verb.lemma_.lower()]
    if kind == "STATEMENT" and THREAT_CUES.search(text):
        return "THREATEN"
    if kind == "STATEMENT" and DENIAL_CUES.search(text):
        return "DENY"
    if verb.lemma_.lower() == "call" and not any(c.lower_ in {"on", "for", "upon"} for c in verb.children):
        return ""
    return kind


def _reporting_verb(sentence: Span) -> Token | None:
    for token in sentence:
        if token.pos_ == "VERB" and token.lemma_.lower() in VERB_KINDS:
            if token.dep_ in {"ROOT", "conj", "ccomp", "parataxis"} or any(
                c.dep_ in {"nsubj", "ccomp"} for c in token.children
            ):
                return token
    return None


def extract_statements(context: ArticleContext) -> list[Statement]:
    statements: list[Statement] = []
    previous: list[ActorMention] = []
    for sentence in context.doc.sents:
        verb = _reporting_verb(sentence)
        if verb is not None:
            kind = _kind(verb, sentence.text)
            speaker = _speaker(verb, context, previous) if kind else None
            if kind and speaker is not None:
                quoted = QUOTE.search(sentence.text)
                resolved = context.sentence_date(sentence, verb)
                statements.append(
                    Statement(
                        id=stable_id("statement", context.article.id, verb.idx),
                        kind=kind,
                        speaker=speaker.actor_id,
                        targets=[m.actor_id for m in _targets(verb, speaker, context)],
                        quote=quoted.group(1).strip() if quoted else _content(verb),
                        direct=quoted is not None,
                        platform=_platform(sentence.text),
                        date=resolved.date if resolved else None,
                        evidence=context.evidence(sentence),
                    )
                )
        previous.extend(m for m in context.mentions if sentence.start <= m.start < sentence.end)
    return statements
