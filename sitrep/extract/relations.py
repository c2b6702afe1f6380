"""Relations between actors found in the text, each with its sentence as evidence: backed_by
("the Russia-backed militia", "X, backed by Y", "with support from Y"), supports ("Y provides support
to X"), member_of/part_of ("a commander of X", "X, part of the Y coalition", "factions within X",
"X, which includes Y", "X factions, including A, B and C"), leader_of ("the leader of X", "Y's leader
X", "Syrian President Bashar al-Assad"), allied_with ("X and its allies Y", "X and allied factions"),
opposes ("X fought Y", "X's strikes against Y", "clashes between X and Y").

Knowledge-base affiliations are not turned into article relations: an article relation always has
text that states it. The profile (``sitrep actor NAME``) shows both, each with its source.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.context import ArticleContext
from sitrep.extract.mentions import ActorMention
from sitrep.model import Relation, stable_id

STAGE = "sitrep.relations.v2"

BACKING_WORDS = {"back", "support", "sponsor", "fund", "arm", "align"}
ROLE_PREDICATES = {
    "leader": "leader_of", "head": "leader_of", "chief": "leader_of", "founder": "leader_of",
    "commander": "member_of", "spokesman": "member_of", "spokesperson": "member_of",
    "spokeswoman": "member_of", "member": "member_of", "official": "member_of",
    "fighter": "member_of", "militant": "member_of", "envoy": "member_of", "minister": "member_of",
    "faction": "part_of", "wing": "part_of", "unit": "part_of", "branch": "part_of",
    "part": "part_of", "affiliate": "part_of", "ally": "allied_with", "partner": "allied_with",
    "president": "leader_of", "king": "leader_of", "emir": "leader_of", "prime minister": "leader_of",
    "proxy": "backed_by",
}
OPPOSE_VERBS = {"fight", "clash", "battle", "attack", "strike", "target", "bomb", "shell", "ambush",
                "combat", "oppose", "defeat", "raid", "counter", "confront", "assault", "kill"}
OPPOSE_NOUNS = {"fight", "war", "campaign", "strike", "airstrike", "attack", "operation", "offensive",
                "battle", "struggle", "clash", "fighting", "raid", "assault"}
SUPPORT_NOUNS = {"support", "backing", "help", "assistance", "aid"}


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
        if lemma in BACKING_WORDS | {"affiliate", "link"} and token.tag_ in {"VBN", "JJ"}:
            predicate = "part_of" if lemma in {"affiliate", "link"} else "backed_by"
            if token.dep_ == "amod":
                # "a Russia-backed militia", "an Islamic State-affiliated group"
                other = next((context.actor_at(c) for c in token.children if context.actor_at(c)), None)
                add(_owner(token.head, context), predicate, other, token)
                continue
            if predicate == "part_of":
                # "X, which is affiliated with Y"
                for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"with", "to"}):
                    for pobj in prep.children:
                        whole = context.actor_at(token.head) if token.dep_ != "ROOT" else None
                        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
                        if subject is not None and subject.lower_ in {"which", "that", "who"}:
                            whole = _owner(token.head, context) if token.dep_ == "relcl" else whole
                        elif subject is not None:
                            whole = context.actor_at(subject)
                        add(whole, "part_of", context.actor_at(pobj), token)
                continue
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
            group = _of_object(token, context) or next(
                (context.actor_at(c) for c in token.children if c.dep_ == "poss" and context.actor_at(c)), None
            )
            if lemma == "commander" and any(c.lower_ == "the" for c in token.children):
                predicate = "leader_of"  # "the commander of X" leads it; "a commander in X" serves
            if token.dep_ == "compound" and group is None:
                group = next(
                    (context.actor_at(c) for c in token.children
                     if c.dep_ in {"compound", "amod", "poss", "nmod"} and context.actor_at(c)), None
                )
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
                    if subject is not None and subject.lower_ in {"which", "that", "who"}:
                        member = _owner(token.head.head, context) if token.head.dep_ == "relcl" else None
                    else:
                        member = context.actor_at(subject) if subject is not None else None
                if member is None and token.dep_ == "compound":
                    member = context.actor_at(token.head)  # "Houthi spokesman Nasser al-Qudsi"
            if member is not None and group is not None and member is not group:
                add(member, predicate, group, token)
    _more_relations(context, add)
    return list(relations.values())


def _subjects(verb: Token, context: ArticleContext) -> list[ActorMention]:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            if child.dep_ == "nsubj":
                return context.actors_of_phrase(child)
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                return context.actors_of_phrase(pobj)
    if verb.dep_ in {"xcomp", "conj", "advcl"} and verb.head.pos_ in {"VERB", "AUX"}:
        return _subjects(verb.head, context)
    return []


def _doer_of_noun(noun: Token, context: ArticleContext) -> list[ActorMention]:
    """Who does what a noun names: "the Coalition's fight", "X conducted strikes", "X's campaign"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return context.actors_of_phrase(child)
    head = noun.head
    while head.dep_ in {"pobj", "prep"} and head.head is not head:
        head = head.head
    if head.pos_ in {"VERB", "AUX"}:
        return _subjects(head, context)
    return []


def _more_relations(context: ArticleContext, add) -> None:
    for token in context.doc:
        lemma = token.lemma_.lower()
        # "X fought Y", "X attacked Y", "X clashed with Y"
        if token.pos_ == "VERB" and lemma in OPPOSE_VERBS:
            subjects = _subjects(token, context)
            objects = []
            for child in token.children:
                if child.dep_ == "dobj":
                    objects += context.actors_of_phrase(child)
                elif child.dep_ == "prep" and child.lower_ in {"with", "against"}:
                    objects += [m for p in child.children if p.dep_ == "pobj" for m in context.actors_of_phrase(p)]
            for subject in subjects:
                for obj in objects:
                    add(subject, "opposes", obj, token)
        # "strikes against Y", "the fight against Y" (doer: possessor or the verb's subject)
        if token.lower_ == "against" and token.dep_ == "prep":
            targets = [m for p in token.children if p.dep_ == "pobj" for m in context.actors_of_phrase(p)]
            head = token.head
            doers = _doer_of_noun(head, context) if head.pos_ in {"NOUN", "PROPN"} else _subjects(head, context)
            for doer in doers:
                for target in targets:
                    add(doer, "opposes", target, token)
        # "clashes between X and Y"
        if token.lower_ == "between" and token.head.lemma_.lower() in OPPOSE_NOUNS | {"clash", "fighting"}:
            sides = [m for p in token.children if p.dep_ == "pobj" for m in context.actors_of_phrase(p)]
            if len(sides) == 2:
                add(sides[0], "opposes", sides[1], token)
        # "with support from Y" / "with the support of Y": the clause's subject is backed by Y
        if lemma in SUPPORT_NOUNS and token.pos_ == "NOUN":
            backers = [
                m for prep in token.children if prep.dep_ == "prep" and prep.lower_ in {"from", "of"}
                for p in prep.children if p.dep_ == "pobj" for m in context.actors_of_phrase(p)
            ]
            clause = token.head.head if token.head.dep_ == "prep" else None
            if backers and clause is not None and clause.pos_ in {"VERB", "AUX"}:
                for subject in _subjects(clause, context):
                    for backer in backers:
                        add(subject, "backed_by", backer, token)
            # "Y provides support to X"
            if token.dep_ == "dobj":
                receivers = [
                    m for prep in (*token.children, *token.head.children)
                    if prep.dep_ in {"prep", "dative"} and prep.lower_ in {"to", "for"}
                    for p in prep.children if p.dep_ == "pobj" for m in context.actors_of_phrase(p)
                ]
                for subject in _subjects(token.head, context):
                    for receiver in receivers:
                        add(subject, "supports", receiver, token)
        # "X supports Y", "X arms Y"
        if token.pos_ == "VERB" and lemma in {"support", "arm", "fund", "back", "finance", "sponsor"}:
            if token.tag_ != "VBN":
                objects = [m for c in token.children if c.dep_ == "dobj" for m in context.actors_of_phrase(c)]
                for subject in _subjects(token, context):
                    for obj in objects:
                        add(subject, "supports", obj, token)
        # "X, which includes Y" / "X factions, including A, B and C"
        if lemma == "include":
            whole = context.actor_at(token.head) if token.dep_ in {"relcl", "acl", "prep"} else None
            if whole is None and token.dep_ == "relcl":
                whole = context.actor_at(token.head)
            parts = [m for c in token.children if c.dep_ in {"dobj", "pobj"} for m in context.actors_of_phrase(c)]
            for part in parts:
                add(part, "part_of", whole, token)
        if token.lower_ == "including" and token.dep_ == "prep":
            whole = context.actor_at(token.head)
            for p in token.children:
                if p.dep_ == "pobj":
                    for part in context.actors_of_phrase(p):
                        add(part, "part_of", whole, token)
        # "factions within X"
        if token.lower_ == "within" and token.dep_ == "prep":
            part = context.actor_at(token.head)
            for p in token.children:
                if p.dep_ == "pobj":
                    add(part, "part_of", context.actor_at(p), token)
        # "X and allied factions" / "X and its allies"
        if lemma in {"allied", "ally"} and token.head.dep_ == "conj":
            add(context.actor_at(token.head.head), "allied_with", context.actor_at(token.head), token)
        # "X, allied with Y" / "X is allied to Y"
        if lemma in {"allied", "ally", "align"} and token.tag_ == "VBN":
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in {"with", "to"}:
                    for p in prep.children:
                        add(_owner(token.head, context), "allied_with", context.actor_at(p), token)
        # "Khalifa Haftar's Libyan National Army"
        if token.dep_ == "poss" and token.ent_type_ == "PERSON":
            person, group = context.actor_at(token), context.actor_at(token.head)
            if person is not None and person.kind == "person" and group is not None and group.kind in {
                "armed_group", "state_forces", "political_party"
            }:
                add(person, "leader_of", group, token)
        # "Syrian President Bashar al-Assad", "Hezbollah leader Naim Qassem"
        if lemma in ROLE_PREDICATES and token.dep_ == "compound" and ROLE_PREDICATES[lemma] == "leader_of":
            person = context.actor_at(token.head)
            for child in token.children:
                if child.dep_ in {"amod", "compound", "poss", "nmod"}:
                    group = context.actor_at(child)
                    if person is not None and person.kind == "person" and group is not None:
                        add(person, "leader_of", group, token)
