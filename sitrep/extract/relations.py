"""Relations between actors: "the Russia-backed militia", "X, backed by Y", "a commander of X",
"the leader of X", "X, part of the Y coalition", "X and its allies Y".
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.context import ArticleContext
from sitrep.extract.mentions import ActorMention
from sitrep.model import Relation, stable_id

STAGE = "sitrep.relations.v1"

BACKING_WORDS = {"back", "support", "sponsor", "fund", "arm", "align"}
ROLE_PREDICATES = {
    "leader": "leader_of", "head": "leader_of", "chief": "leader_of", "founder": "leader_of",
    "commander": "member_of", "spokesman": "member_of", "spokesperson": "member_of",
    "spokeswoman": "member_of", "member": "member_of", "official": "member_of",
    "fighter": "member_of", "militant": "member_of", "envoy": "member_of", "minister": "member_of",
    "faction": "part_of", "wing": "part_of", "unit": "part_of", "branch": "part_of",
    "part": "part_of", "affiliate": "part_of", "ally": "allied_with", "partner": "allied_with",
}


def _owner(noun: Token, context: ArticleContext) -> ActorMention | None:
    """The actor a noun phrase stands for: itself, or the head it is in apposition to."""
    mention = context.actor_at(noun)
    if mention is not None:
        return mention
    if noun.dep_ == "appos":
        return context.actor_at(noun.head)
    for child in noun.children:
        if child.dep_ == "appos":
            return context.actor_at(child)
    return None


def _of_object(noun: Token, context: ArticleContext) -> ActorMention | None:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "in", "within", "for"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return context.actor_at(pobj)
    return None


def extract_relations(context: ArticleContext) -> list[Relation]:
    relations: dict[tuple[str, str, str], Relation] = {}

    def add(subject: ActorMention | None, predicate: str, obj: ActorMention | None, token: Token) -> None:
        if subject is None or obj is None or subject.actor_id == obj.actor_id:
            return
        key = (subject.actor_id, predicate, obj.actor_id)
        if key not in relations:
            sentence = token.sent
            relations[key] = Relation(
                id=stable_id("relation", context.article.id, *key),
                subject=subject.actor_id,
                predicate=predicate,
                object=obj.actor_id,
                evidence=context.evidence(sentence),
            )

    for token in context.doc:
        lemma = token.lemma_.lower()
        if lemma in BACKING_WORDS and token.tag_ == "VBN":
            if token.dep_ == "amod":
                # "a Russia-backed militia": the backer is a modifier of "backed"
                backer = next((context.actor_at(c) for c in token.children if context.actor_at(c)), None)
                add(_owner(token.head, context), "backed_by", backer, token)
            elif token.dep_ in {"acl", "relcl", "advcl"}:
                # "militias backed by Iran"
                for agent in (c for c in token.children if c.dep_ == "agent"):
                    for pobj in agent.children:
                        add(_owner(token.head, context), "backed_by", context.actor_at(pobj), token)
        predicate = ROLE_PREDICATES.get(lemma)
        if predicate and token.pos_ == "NOUN":
            group = _of_object(token, context)
            member = None
            if token.dep_ == "appos":
                member = context.actor_at(token.head)
            else:
                member = next(
                    (context.actor_at(c) for c in token.children if c.dep_ in {"appos", "compound"} and context.actor_at(c)),
                    None,
                )
                if member is None and token.dep_ == "attr":
                    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
                    member = context.actor_at(subject) if subject is not None else None
            if member is not None and group is not None and member is not group:
                add(member, predicate, group, token)
    return list(relations.values())
