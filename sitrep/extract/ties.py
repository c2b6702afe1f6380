"""Ties told by phrases of company and help, read after the relation rules of ``relations``:

- allied_with: "fighters of the RDK, Russians fighting on Ukraine's side", "who fight on the side of
  the army"; "Los Lobos, which works with the CJNG" (two armed groups); "the BLA and the BLF
  announced joint operations";
- backed_by: "Bangladeshi peacekeepers helped the army repel the assault", "sent troops to help
  government forces retake the base"; "Lebanese troops backed by its peacekeepers" (whose "its" is);
  "thanked Turkey for its support"; "a movement that has the backing of the ANC".

And the make-up of a body told by a relative clause:

- part_of: "the SDF, which is built around the YPG", "the AGC, whose armed wing is the ADF", "the
  76th Division, one of the units the Syrian army has assembled";
- member_of: "the AES, the confederation that Niger formed with Mali and Burkina Faso".

Each relation has its sentence as evidence. Ties already found, in either direction, are not told
again."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.context import ArticleContext
from sitrep.extract.mentions import ActorMention, one_state
from sitrep.extract.relations import (
    RECEIVING_KINDS, _clause_owner, _described_by_apposition, _naming, _negated, _phrase_actors, _pronoun_group,
    _sentence_relation, _subject_above, _subjects, _unreal,
)
from sitrep.model import Relation

SIDE_KINDS = {"state", "state_forces", "armed_group", "government"}
HELPERS = {"state", "state_forces", "armed_group", "government", "international_org"}
FIGHT_LEMMAS = {"fight", "battle", "serve", "operate", "be"}
HELP_LEMMAS = {"help", "assist"}
HELPED_ACTS = {"repel", "retake", "recapture", "hold", "defend", "secure", "push", "drive", "clear", "fight", "capture",
               "repulse", "beat", "regain", "liberate"}
SUPPORT_NOUNS = {"support", "backing", "help", "assistance"}
HOLDING_VERBS = {"have", "enjoy", "receive", "win", "gain"}


def extract_ties(context: ArticleContext, known: list[Relation]) -> list[Relation]:
    """The ties these phrases tell, leaving out every pair ``known`` (the relation rules') holds."""
    found: dict[tuple[str, str, str], Relation] = {}
    pairs = {frozenset((r.subject, r.object)) for r in known}

    def add(subject: ActorMention | None, predicate: str, obj: ActorMention | None, token: Token) -> None:
        if subject is None or obj is None or subject.actor_id == obj.actor_id:
            return
        if subject.kind in {"civilians", "person", "media", "monitor"} or obj.kind in {"civilians", "person", "media", "monitor"}:
            return
        pair = frozenset((subject.actor_id, obj.actor_id))
        if pair in pairs:
            return
        pairs.add(pair)
        found[(subject.actor_id, predicate, obj.actor_id)] = _sentence_relation(context, subject, predicate, obj, token.sent)

    for token in context.doc:
        _on_the_side_of(context, token, add)
        _helped(context, token, add)
        _backed_by_its(context, token, add)
        _thanked_for_support(context, token, add)
        _held_backing(context, token, add)
        _works_with(context, token, add)
        _joint_operations(context, token, add)
        _built_around(context, token, add)
        _whose_wing(context, token, add)
        _units_assembled(context, token, add)
        _formed_with(context, token, add)
    return list(found.values())


def _doers(verb: Token, context: ArticleContext) -> list[ActorMention]:
    """Who does what a verb says: its subject, or the actor a participle or a relative clause
    describes, also through "a unit of Russians fighting ..." (the named unit)."""
    found = [m for m in _subjects(verb, context) if m.kind not in {"civilians", "person"}]
    if found:
        return found
    if verb.dep_ in {"acl", "relcl"}:
        owner = _clause_owner(verb.head, context)
        if owner is not None and owner.kind not in {"civilians", "person"}:
            return [owner]
        described = _described_by_apposition(context, verb.head)
        return [described] if described is not None else []
    return []


def _on_the_side_of(context: ArticleContext, token: Token, add) -> None:
    """ "a unit of Russians fighting on Ukraine's side", "who fight on the side of the army"."""
    if token.lemma_.lower() != "side" or token.dep_ != "pobj" or token.head.lower_ != "on":
        return
    verb = token.head.head
    if verb.lemma_.lower() not in FIGHT_LEMMAS or verb.pos_ not in {"VERB", "AUX"} or _negated(verb) or _unreal(verb):
        return
    sides = [m for c in token.children if c.dep_ == "poss" for m in [context.actor_at(c)] if m is not None]
    sides += [m for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for p in prep.children if p.dep_ == "pobj" for m in _phrase_actors(context, p)]
    for doer in _doers(verb, context):
        for side in sides:
            if side.kind in SIDE_KINDS and doer.kind in SIDE_KINDS:
                add(doer, "allied_with", side, token)


def _helped(context: ArticleContext, token: Token, add) -> None:
    """ "peacekeepers helped the army repel a second assault", "sent troops to help government
    forces retake the base": the helped side is backed by the helper."""
    if token.lemma_.lower() not in HELP_LEMMAS or token.pos_ != "VERB" or _negated(token) or _unreal(token):
        return
    acts = [c for c in token.children if c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() in HELPED_ACTS]
    # "helped the Congolese army repel": the tagger may take the verb for the object noun
    misread = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in HELPED_ACTS]
    if not acts and not misread:
        return  # "helped the families", "help with the talks": no fight is helped
    helped = [c for c in token.children if c.dep_ in {"dobj", "nsubj"} and c.i > token.i and c not in misread]
    helped += [g for c in acts for g in c.children if g.dep_ == "nsubj"]
    helped += [g for c in misread for g in c.children if g.dep_ == "compound"]
    if token.dep_ in {"xcomp", "advcl"} and token.head.pos_ == "VERB":
        helpers = _subjects(token.head, context)  # "sent troops to help ..."
    else:
        helpers = _subjects(token, context)
    for word in helped:
        for receiver in _phrase_actors(context, word):
            for helper in helpers:
                if receiver.kind in RECEIVING_KINDS and helper.kind in HELPERS and not one_state(helper, receiver):
                    add(receiver, "backed_by", helper, token)


def _backed_by_its(context: ArticleContext, token: Token, add) -> None:
    """ "UNIFIL said Lebanese troops backed by its peacekeepers": the backer is whose "its" is."""
    if token.lemma_.lower() not in {"back", "support"} or token.tag_ != "VBN" or token.dep_ not in {"acl", "amod"}:
        return
    backed = [m for m in [context.actor_at(token.head)] if m is not None]
    for agent in (c for c in token.children if c.dep_ == "agent"):
        for pobj in (c for c in agent.children if c.dep_ == "pobj"):
            if _phrase_actors(context, pobj):
                continue  # a named backer: read by the relation rules
            for owner in (c for c in pobj.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}):
                backer = _pronoun_group(owner, context)
                if backer is None or any(one_state(backer, side) for side in backed):
                    # "UNIFIL said Lebanese troops backed by its peacekeepers": not the troops' own,
                    # the speaker's above
                    backer = _subject_above(token, context, lambda m: not any(one_state(m, side) for side in backed))
                for side in backed:
                    if backer is not None and backer.kind in HELPERS and not one_state(backer, side):
                        add(side, "backed_by", backer, token)


def _thanked_for_support(context: ArticleContext, token: Token, add) -> None:
    """ "thanked Turkey for its support": the thanking side is backed by the thanked one."""
    if token.lemma_.lower() != "thank" or token.pos_ != "VERB":
        return
    if not any(p.lemma_.lower() in SUPPORT_NOUNS for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "for"
               for p in prep.children if p.dep_ == "pobj"):
        return
    backers = [m for c in token.children if c.dep_ == "dobj" for m in _phrase_actors(context, c) if m.kind in HELPERS]
    clause = token
    while clause.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in clause.children):
        clause = clause.head
    if clause is not token and clause.dep_ == "ccomp":
        # "told reporters the militants 'will never ...' and thanked Turkey": the parser hangs the
        # thanks inside the report; the reporter thanks
        clause = clause.head
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    thankers = [context.actor_at(subject)] if subject is not None else []
    # "Somalia's defence minister ... thanked Turkey": a minister thanks for his government
    thankers = [_own_government(context, m) if m is not None and m.kind == "person" else m for m in thankers]
    for thanker in thankers:
        for backer in backers:
            if thanker is not None and thanker.kind in RECEIVING_KINDS and not one_state(thanker, backer):
                add(thanker, "backed_by", backer, token)


def _own_government(context: ArticleContext, person: ActorMention) -> ActorMention | None:
    """A minister's government, where the article names it."""
    return next((m for m in context.mentions if m.kind == "government" and m.country == person.country
                 and m.name.startswith("Government of")), None) if person.country else None


def _held_backing(context: ArticleContext, token: Token, add) -> None:
    """ "an online movement that has the backing of the ANC", "enjoys the support of Moscow"."""
    if token.lemma_.lower() not in SUPPORT_NOUNS or token.dep_ != "dobj" or token.head.lemma_.lower() not in HOLDING_VERBS:
        return
    verb = token.head
    if _negated(verb) or _unreal(verb):
        return
    backers = [m for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for p in prep.children if p.dep_ == "pobj" for m in _phrase_actors(context, p)]
    holders = _doers(verb, context)
    if not holders and verb.dep_ == "relcl":
        described = _described_by_apposition(context, verb.head)
        holders = [described] if described is not None else []
    for holder in holders:
        for backer in backers:
            if backer.kind in HELPERS | {"political_party"}:
                add(holder, "backed_by", backer, token)


def _works_with(context: ArticleContext, token: Token, add) -> None:
    """ "Los Lobos, which works with the CJNG to ship cocaine": two armed groups in league."""
    if token.lemma_.lower() not in {"work", "collaborate", "cooperate"} or token.pos_ != "VERB" or _negated(token):
        return
    partners = [m for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "with"
                for p in prep.children if p.dep_ == "pobj" for m in _phrase_actors(context, p)]
    for doer in _doers(token, context):
        for partner in partners:
            if doer.kind == "armed_group" and partner.kind == "armed_group" and not doer.generic and not partner.generic:
                add(doer, "allied_with", partner, token)


def _joint_operations(context: ArticleContext, token: Token, add) -> None:
    """ "the BLA and the BLF announced joint operations": the announcers are allies."""
    if token.lower_ != "joint" or token.dep_ != "amod" or token.head.dep_ != "dobj":
        return
    verb = token.head.head
    if verb.pos_ != "VERB" or _negated(verb):
        return
    doers = [m for m in _subjects(verb, context) if m.kind in {"armed_group", "state_forces", "state"} and not m.generic]
    for first, second in zip(doers, doers[1:]):
        add(first, "allied_with", second, token)


WING_NOUNS = {"wing", "arm", "backbone", "branch", "core"}
BODY_KINDS = {"armed_group", "state_forces", "political_party", "government", "international_org"}
ASSEMBLING_VERBS = {"assemble", "form", "create", "raise", "build", "set", "establish", "absorb", "fold", "merge"}
FOUNDING_VERBS = {"form", "found", "create", "establish", "set", "launch", "build"}
UNION_NOUNS = {"confederation", "alliance", "coalition", "bloc", "federation", "union", "pact", "umbrella", "front",
               "grouping", "platform"}


def _described(context: ArticleContext, noun: Token) -> ActorMention | None:
    """The named body a noun stands for: its own name, or the name it is in apposition to."""
    named = _naming(context, noun)
    if named is not None and not named.generic:
        return named
    return _described_by_apposition(context, noun)


def _built_around(context: ArticleContext, token: Token, add) -> None:
    """ "The SDF, which is built around the YPG": the core is part of the whole."""
    if token.lemma_.lower() not in {"build", "center", "centre", "form"} or token.tag_ != "VBN":
        return
    cores = [m for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "around"
             for p in prep.children if p.dep_ == "pobj" and not any(c.lower_ == "former" for c in p.children)
             for m in _phrase_actors(context, p)]  # "built around the former 3rd Assault Brigade": no longer
    if token.dep_ in {"relcl", "acl"}:
        whole = _described(context, token.head)
    else:
        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        whole = _described(context, subject) if subject is not None else None
    for core in cores:
        if whole is not None and core.kind in BODY_KINDS and whole.kind in BODY_KINDS:
            add(core, "part_of", whole, token)


def _whose_wing(context: ArticleContext, token: Token, add) -> None:
    """ "the Ambazonia Governing Council, whose armed wing is the ADF": the wing is part of it."""
    if token.lemma_.lower() not in WING_NOUNS or token.dep_ != "nsubj" or not any(
            c.dep_ == "poss" and c.lower_ == "whose" for c in token.children):
        return
    verb = token.head
    if verb.lemma_ != "be" or verb.dep_ not in {"relcl", "ccomp"}:
        return
    whose = next(c for c in token.children if c.dep_ == "poss")
    before = context.doc[whose.i - 2] if whose.i >= 2 and context.doc[whose.i - 1].text == "," else None
    # the parser may hang the clause on the main verb: the name before "whose" is the whole
    whole = _described(context, verb.head) if verb.dep_ == "relcl" else (
        context.actor_at(before) if before is not None else None)
    wings = [m for c in verb.children if c.dep_ == "attr" for m in [_naming(context, c)] if m is not None]
    for wing in wings:
        if whole is not None and wing.kind in BODY_KINDS and whole.kind in BODY_KINDS:
            add(wing, "part_of", whole, token)


def _units_assembled(context: ArticleContext, token: Token, add) -> None:
    """ "the 76th Division, one of the units the Syrian army has assembled from rebel factions": a
    unit of the body that raised it."""
    if token.lower_ != "one" or token.dep_ != "appos":
        return
    member = _naming(context, token.head) or next(  # "Fighters of the 76th Division, one of the units ..."
        (m for prep in token.head.children if prep.dep_ == "prep" and prep.lower_ == "of"
         for p in prep.children if p.dep_ == "pobj" for m in [_naming(context, p)] if m is not None), None)
    for unit in (p for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in {"unit", "force", "formation", "division", "brigade"}):
        for clause in (c for c in unit.children if c.dep_ == "relcl" and c.lemma_.lower() in ASSEMBLING_VERBS):
            owners = [m for m in _subjects(clause, context) if m.kind in BODY_KINDS]
            for owner in owners:
                if member is not None and member.kind in BODY_KINDS:
                    add(member, "part_of", owner, token)


def _formed_with(context: ArticleContext, token: Token, add) -> None:
    """ "the AES, the confederation that Niger formed with Mali and Burkina Faso": the founders are
    its members."""
    if token.lemma_.lower() not in FOUNDING_VERBS or token.dep_ != "relcl" or _negated(token):
        return
    if any(c.dep_ == "dobj" and c.lower_ not in {"that", "which"} for c in token.children):
        return  # "which formed a joint command": not the body described
    body = _described(context, token.head)
    if body is None or body.kind not in {"armed_group", "international_org", "state_forces", "political_party"}:
        return
    if token.head.lemma_.lower() not in UNION_NOUNS and body.kind != "international_org":
        return  # "the People's Defence Force, which the NUG set up": a body of its founder, no union of them
    founders = [m for c in token.children if c.dep_ == "nsubj" and c.lower_ not in {"that", "which", "who"}
                for m in _phrase_actors(context, c)]
    founders += [m for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "with"
                 for p in prep.children if p.dep_ == "pobj" for m in _phrase_actors(context, p)]
    for founder in founders:
        if founder.kind in {"state", "armed_group", "political_party", "government", "state_forces"}:
            add(founder, "member_of", body, token)
