"""Relations between actors found in the text, each with its sentence as evidence:

- backed_by: "the Russia-backed militia", "X, backed by Y", "X, which UN experts say is backed by Y",
  "with support from Y", and the same fact told from the backer's side: "Y provides support to X",
  "Y arms X", "strikes in support of X" (one predicate for one fact, as annotators code it);
- part_of / member_of: "a commander of X", "X, part of the Y coalition", "X, an Iran-backed militia
  that is part of Y" (X, not its backer, is the part), "X, an IS-affiliated group", "factions within
  X", "X, which includes Y", "X factions, including A, B and C", "A, B and C, the three members of
  Y", owned units ("the army's Third Brigade", "Russia's Africa Corps", "Hamas said its armed wing"),
  titles before a name ("STC vice-president X", "Information Minister X": the government of the
  article's country when it names only one, or of the person's known country);
- leader_of: "the leader of X", "Y's leader X", "X, commander of Y", "Syrian President X";
- allied_with: "X and its allies Y", "X and allied factions", "militias allied with Y" (the noun
  "allied" modifies, not the first conjunct), "the al-Qaeda-linked X" ("linked" is read as an
  alliance, "affiliated" as a branch: part_of);
- opposes: "X fought Y", "X's strikes against Y", "clashes between X and Y", and, from the
  extracted events (``opposes_from_events``), each actor of an attack, clash or arrest that
  happened opposes each target that is a side, and from the extracted statements
  (``opposes_from_claims``) an armed group that claims an attack opposes the state forces it struck
  or the side the text left unnamed. Never civilians, media, monitors or a person (a
  group the model took for a person aside), never a state named as the place ("in northern Iraq"),
  never a threatened, denied or conditional fight. The forces joined by "and" as the doers of one
  attack are allies (``allies_from_events``), and so are those struck together by one side ("a
  convoy escorted by Malian soldiers and Russian paramilitaries"), a state's own auxiliaries struck
  beside its army apart;
- also: "pro-government X" (allied_with the government), "troops deployed at Juba's request" (the
  asking state backed_by them), "X is armed and funded by Y", "the defence ministry of the GNU"
  (a rival government's organ, part_of it), "the U.N.-authorised X" (backed_by the U.N.), "the
  ruling X party" and "the KRG, dominated by X" (X leader_of the government), protesting
  "supporters of X" (supports X), states "which chair" or "sit on" a body (member_of; "which
  heads" it: leader_of), "Operation X, a joint offensive by A and B" (member_of), "the brigade,
  whose ranks include fighters of A and of B" (member_of), "X, which absorbed A" (A part_of X),
  "led from exile by Y" and "takes its orders from Y" (leader_of), "X has struck an alliance with
  Y" (allied_with; "formed the BRAS alliance with Y" founds a coalition instead), "troops were
  joined by fighters of Y" (allied_with), "which belongs to the Y alliance" (member_of), "X, the
  armed wing of Y and a member of Z" (member_of Z), "a Y (ACR) spokesman" (the name before the
  brackets), "the rival Mayiza faction" after the cartel was named (part_of the cartel where the
  knowledge base says so).

Round 2 (longer stories): a counted apposition after a list describes each listed actor ("A and B,
two armed groups affiliated with Y"); "the A and B factions of Y" (each part_of Y; "between" them,
A opposes B); "the junta led by General X" and "X, a faction of Y led by a commander known as Z"
(people only: leader_of); "the SSPDF spokesman, Major General X" and "a CODECO faction leader, X"
(a faction's leader is member_of the whole); "members of X, a branch of Y" (X part_of Y, never
reversed); "Mali's Russian-backed junta" (the innermost naming of a word counts); "X, a group
allied with <capital>"; "X and allied Y militias" (allied_with); "with (air) support from Y": the
clause's subject is backed_by Y (one predicate for one fact); "in its support of Y" (Y backed_by it);
opposes from "after a battle with Y", "defeats for Y", "shot down a police helicopter", and an event target named only as a patron ("the Iran-backed Hezbollah
group") read as the group it backs.

Knowledge-base affiliations are not turned into article relations: an article relation always has
text that states it. The profile (``sitrep actor NAME``) shows both, each with its source.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from sitrep.extract.context import DESCRIPTION_NOUNS, ArticleContext, before_short_form, says_each_other
from sitrep.extract.events import AID_NOUNS, RIVAL_WORDS, pitted_sides, resolve_pronoun
from sitrep.kb.actors import actor_by_id
from sitrep.kb.countries import country_code
from sitrep.extract.mentions import (LED_BODIES, NAME_RANKS, PLACE_NOUNS, PORTFOLIO_WORDS, RANKS, ActorMention, national_organ,
                                     one_state)
from sitrep.model import Relation, stable_id

STAGE = "sitrep.relations.v2"

ALLIANCE_NAME = re.compile(r"\b(?:Alliance|Coalition)\b")


def _coalition(actor: ActorMention) -> bool:
    """An alliance or coalition by its name or, for a known actor, by any of its names ("Viv
    Ansanm coalition", "Sudan Founding Alliance")."""
    if ALLIANCE_NAME.search(actor.name):
        return True
    known = actor_by_id(actor.actor_id) if actor.known else None
    return known is not None and any(ALLIANCE_NAME.search(alias.title()) for alias in known.aliases)


# "the armed wing of the AFC", "fights under the umbrella of the alliance": the coalition's own
# body, part of it rather than one of its members; so is a force ("the AES's unified force")
WHOLE_PART_WORDS = {"wing", "arm", "umbrella", "banner", "backbone"}


def _own_body(subject: ActorMention, token: Token) -> bool:
    return subject.kind in {"state_forces", "international_org"} or any(
        t.lemma_.lower() in WHOLE_PART_WORDS for t in (token, *token.children))


BACKING_WORDS = {"back", "support", "sponsor", "fund", "arm", "align", "supply", "equip", "finance", "train",
                 "authorise", "authorize", "mandate"}  # "the U.N.-authorised Gang Suppression Force"
# the tagger's adjective "armed" ("which is armed and trained by Y") is the participle of "arm"
PARTICIPLE_LEMMAS = {"armed": "arm"}
ROLE_PREDICATES = {
    "leader": "leader_of", "head": "leader_of", "chief": "leader_of", "founder": "leader_of",
    "commander": "member_of", "spokesman": "member_of", "spokesperson": "member_of",
    "spokeswoman": "member_of", "member": "member_of", "official": "member_of",
    "fighter": "member_of", "militant": "member_of", "envoy": "member_of", "minister": "member_of",
    "faction": "part_of", "wing": "part_of", "unit": "part_of", "branch": "part_of",
    "part": "part_of", "affiliate": "part_of", "ally": "allied_with", "partner": "allied_with",
    "squad": "part_of", "cell": "part_of", "arm": "part_of", "component": "part_of", "detachment": "part_of",
    "body": "part_of", "figure": "member_of", "secretary-general": "member_of", "backbone": "part_of",
    "mainstay": "part_of", "auxiliary": "part_of",
    "secretary-general": "member_of", "chairman": "leader_of", "chairwoman": "leader_of",
    "representative": "member_of", "negotiator": "member_of", "lawmaker": "member_of", "deputy": "member_of",
    "adviser": "member_of", "advisor": "member_of", "chairperson": "leader_of", "secretary general": "member_of",
    "president": "leader_of", "king": "leader_of", "emir": "leader_of", "prime minister": "leader_of",
    "proxy": "backed_by", "governor": "leader_of",
}
OPPOSE_VERBS = {"fight", "clash", "battle", "attack", "strike", "target", "bomb", "shell", "ambush", "besiege", "encircle",
                "combat", "oppose", "defeat", "raid", "counter", "confront", "assault", "kill",
                "compete", "vie", "feud"}  # "competes with JNIM for the smuggling routes": a rival
OPPOSE_NOUNS = {"fight", "war", "campaign", "strike", "airstrike", "attack", "operation", "offensive",
                "battle", "struggle", "clash", "fighting", "raid", "assault"}
SUPPORT_NOUNS = {"support", "backing", "help", "assistance", "aid"}
MUTUAL_FIGHT_NOUNS = {"battle", "clash", "fighting", "fight", "skirmish", "gunfight", "firefight", "exchange",
                      "confrontation", "shootout"}
# "has sought to topple the government": wanting a government gone is already opposing it
TOPPLE_VERBS = {"topple", "overthrow", "oust", "unseat", "depose", "overturn"}
DEFEAT_NOUNS = {"defeat", "setback", "blow", "humiliation"}


# Kinds that are no side of a conflict: an attack on civilians, a journalist or a monitor is an
# event (violence against civilians), not a relation of opposition between two armed sides.
NOT_A_SIDE = {"civilians", "media", "monitor"}
# nor is a person a party to a conflict ("killed a commander of X" opposes X, not the commander),
# unless the "person" is a group the model mislabelled ("the Amhara Fano National Movement")
GROUP_NAME_WORDS = {"movement", "army", "front", "force", "forces", "militia", "brigade", "group", "council",
                    "party", "union", "battalion", "command", "division", "corps", "alliance", "coalition"}


def _opponent_kind(mention: ActorMention) -> bool:
    if mention.kind == "person":
        return any(word.lower() in GROUP_NAME_WORDS for word in mention.name.split())
    return mention.kind not in NOT_A_SIDE


def is_side(mention: ActorMention) -> bool:
    """Whether an actor can be a party to ``opposes``: not civilians, media, monitors or a person,
    and an ``other`` actor only when it is a generic group ("protesters"); a named ``other`` is
    often a place the model took for an organisation."""
    if not _opponent_kind(mention):
        return False
    return mention.kind != "other" or mention.generic


MODIFIER_LEMMAS = BACKING_WORDS | {"affiliate", "link", "ally", "allied", "lead", "led", "run", "control", "dominate"}


def _in_modifier(mention: ActorMention, doc) -> bool:
    """ "an Iran-backed militia", "an anti-Houthi coalition": Iran and the Houthis sit in the
    modifier of the phrase, they are not what the phrase names."""
    if _after_anti(mention, doc):
        return True
    token = doc[mention.end - 1]
    for ancestor in list(token.ancestors)[:3]:
        if ancestor.dep_ == "amod" and ancestor.lemma_.lower() in MODIFIER_LEMMAS:
            return True
    return False


def _actor_at(context: ArticleContext, token: Token) -> ActorMention | None:
    """The actor a token names or heads, but not the backer or patron in its modifier."""
    mention = context.actor_at(token)
    if mention is None or mention.start <= token.i < mention.end:
        return mention
    return None if _in_modifier(mention, context.doc) else mention


UN_NAMES = {"united nations", "un", "u.n.", "u.n"}


def _united_nations_bodies(context: ArticleContext, add) -> None:
    """ "The U.N. World Food Programme", "UNMISS, the U.N. peacekeeping mission", "the U.N.
    mission, MONUSCO": a body the "U.N." modifier names is part of the United Nations."""
    doc = context.doc
    for un in context.mentions:
        if doc[un.start:un.end].text.casefold() not in UN_NAMES or un.kind != "international_org":
            continue
        root = doc[un.start:un.end].root
        if root.dep_ not in {"compound", "nmod", "amod"} or un.end < len(doc) and doc[un.end].text in {"-", "–"}:
            continue  # "the UN-backed force" is backed by the UN, not a part of it
        noun = root.head
        body = _naming(context, noun)
        if body is None:
            # the noun the modifier is on stands beside the body's name: "BINUH, the U.N. office",
            # "the U.N. mission, UNAMA"
            beside = [noun.head] if noun.dep_ == "appos" else []
            beside += [c for c in noun.children if c.dep_ == "appos"]
            body = next((m for m in (_naming(context, b) for b in beside) if m is not None), None)
        if body is not None and body.kind == "international_org" and body.actor_id != un.actor_id:
            add(body, "part_of", un, root)


SERVING_PREPS = {"with", "in", "under"}


def _serving_contingents(context: ArticleContext, add) -> None:
    """ "Cameroonian troops serving with the Multinational Joint Task Force", "a Rwandan battalion
    serving in UNMISS": a national force serving in a mission or joint force is a member of it."""
    for token in context.doc:
        if token.lemma_.lower() != "serve" or token.pos_ != "VERB" or _unreal(token):
            continue
        # "serving with the African Union mission": the mission named by its modifier or its
        # apposed name ("the African Union mission, AUSSOM")
        missions = [m for p in _prep_objects(token, SERVING_PREPS)
                    for m in [_naming(context, p) or _apposed_mission(context, p) or _naming_or_modifier(context, p)]
                    if m is not None and m.kind in {"international_org", "state_forces"}]
        if token.dep_ in {"acl", "relcl"}:
            forces = [m for m in [_actor_at(context, token.head)] if m is not None]
        else:
            forces = _subjects(token, context)
        troops = next((c for c in token.children if c.dep_ == "nsubj" and c.lemma_.lower() in TROOP_NOUNS), None)
        if troops is not None and any(c.dep_ == "poss" and c.lower_ == "whose" for c in troops.children) \
                and token.dep_ == "relcl":
            # "Kenya, whose troops serve in the African Union mission": the state is a member
            forces += [m for m in [_naming(context, token.head)] if m is not None and m.kind == "state"]
        for force in forces:
            if force.kind not in {"state_forces", "state"}:
                continue
            for mission in missions:
                if mission.actor_id != force.actor_id:
                    add(force, "member_of", mission, token)


def _apposed_mission(context: ArticleContext, noun: Token) -> ActorMention | None:
    """The name set beside a described mission: "the African Union mission, AUSSOM"."""
    return next((m for c in noun.children if c.dep_ in {"appos", "npadvmod"} or c.dep_ == "compound" and c.i > noun.i
                 for m in [_naming(context, c)] if m is not None and m.kind == "international_org"), None)


def _fellow_members(context: ArticleContext, add) -> None:
    """ "The AA, a member of the Three Brotherhood Alliance with the TNLA and the MNDAA": those the
    member is in the alliance "with" are members too (the parser hangs "with" on "member")."""
    for token in context.doc:
        if token.lemma_.lower() != "member" or token.pos_ != "NOUN":
            continue
        wholes = [m for p in _prep_objects(token, {"of"}) for m in [_naming(context, p)]
                  if m is not None and not m.generic and m.kind not in {"person", "civilians", "state"}]
        if len(wholes) != 1:
            continue
        partners = [m for p in _prep_objects(token, {"with"}) for m in _phrase_actors(context, p)
                    if not m.generic and m.kind not in {"person", "civilians"}]
        for partner in partners:
            if partner.actor_id != wholes[0].actor_id:
                add(partner, "member_of", wholes[0], token)


JOINED_BODY_KINDS = {"armed_group", "state_forces", "international_org", "political_party"}


def _joined_bodies(context: ArticleContext, add) -> None:
    """ "The SPLM-N joined the RSF-led Tasis alliance", "Chad joined the joint force": a party that
    joins an alliance, a coalition or a force is its member. Joining another side in an act
    ("joined Mozambican soldiers in a sweep") is fighting beside it; joining forces is an idiom."""
    for verb in context.doc:
        if verb.lemma_.lower() != "join" or verb.pos_ != "VERB":
            continue
        if any(c.dep_ == "prep" and c.lower_ in {"in", "on", "for"} and not any(
                g.ent_type_ == "DATE" for g in c.subtree) for c in verb.children):
            continue  # "joined the army in a sweep", "joined them on patrol" (not "in 2015")
        subjects = [m for m in _subjects(verb, context) if m is not None and not m.generic
                    and m.kind not in {"civilians", "person"}]
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if obj.lemma_.lower() in {"force", "hand", "rank"} and not any(c.dep_ == "prep" for c in obj.children):
                continue
            body = _naming_or_modifier(context, obj)
            if body is None or body.kind not in JOINED_BODY_KINDS:
                continue
            if not (ALLIANCE_NAME.search(body.name) or obj.lemma_.lower() in COMPOSITE_NOUNS
                    or body.kind == "international_org" or "Force" in body.name):
                continue  # "joined the RSF": a defection, told as such elsewhere
            for subject in subjects:
                if subject.actor_id != body.actor_id:
                    add(subject, "member_of", body, verb)


TROOP_NOUNS = {"troop", "soldier", "force", "contingent", "battalion", "peacekeeper", "officer", "police"}


def _troop_givers(context: ArticleContext, add) -> None:
    """ "Chad contributes troops to the Multinational Joint Task Force", "Kenya sent 400 officers
    to the mission": a state that gives troops to a joint force or a mission is its member."""
    for verb in context.doc:
        if verb.lemma_.lower() not in {"contribute", "send", "deploy", "provide", "commit"} or verb.pos_ != "VERB":
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in TROOP_NOUNS for c in verb.children):
            continue
        objects = _prep_objects(verb, {"to"})
        if verb.dep_ == "relcl" and any(p.lower_ == "which" for p in objects):
            # "a regional force to which Chad contributes troops": the force the clause describes
            objects = [verb.head.head if verb.head.dep_ == "appos" else verb.head]
        bodies = [m for p in objects for m in [_naming(context, p)]
                  if m is not None and (m.kind == "international_org" and m.country is not None
                                        or "Force" in m.name or ALLIANCE_NAME.search(m.name))]
        partners = [m for p in _prep_objects(verb, SIDE_BY_SIDE_PREPS) for m in _phrase_actors(context, p)]
        for subject in _subjects(verb, context) + partners:  # "... alongside Nigeria, Niger and Cameroon"
            if subject is None or subject.kind not in {"state", "state_forces", "government"}:
                continue
            for body in bodies:
                add(subject, "member_of", body, verb)


CONTINGENT_NOUNS = {"contingent", "peacekeeper", "troop", "battalion", "soldier", "officer", "unit",
                    "detachment", "company", "helmet"}


def _national_contingents(context: ArticleContext, add) -> None:
    """ "a patrol of its Spanish contingent" (UNIFIL's), "MINUSCA, whose Cameroonian peacekeepers",
    "Ugandan troops, the largest contingent in the mission": a state's forces named as a mission's
    contingent serve in it."""
    for mention in context.mentions:
        if mention.kind != "state_forces" or not mention.generic:
            continue
        head = context.doc[mention.end - 1]
        missions: list[ActorMention] = []
        demonym = any(t.ent_type_ == "NORP" for t in context.doc[mention.start : mention.end])
        if head.lemma_.lower() in CONTINGENT_NOUNS and demonym:  # "its troops" are a state's own
            for owner in (c for c in head.children if c.dep_ == "poss" and c.lower_ in {"its", "whose"}):
                mission = _possessing_mission(context, owner)
                if mission is not None:
                    missions.append(mission)
        for appos in (c for c in head.children if c.dep_ == "appos" and c.lemma_.lower() == "contingent"):
            missions += [m for p in _prep_objects(appos, {"in", "of", "with"}) for m in [_actor_at(context, p)]
                         if m is not None]
        for mission in missions:
            if mission.kind == "international_org" and mission.actor_id != mention.actor_id:
                add(mention, "member_of", mission, head)


def _possessing_mission(context: ArticleContext, owner: Token) -> ActorMention | None:
    """Whose "its" or "whose" is, when a mission: the noun a "whose" clause describes ("MINUSCA,
    the U.N. mission whose Cameroonian peacekeepers"), or for "its" the international body that is
    the subject of a verb above ("UNIFIL said fire had hit a patrol of its Spanish contingent")."""
    if owner.lower_ == "whose":
        clause = next((a for a in owner.ancestors if a.dep_ == "relcl"), None)
        return _named_or_described(context, clause.head) if clause is not None else None
    for verb in (a for a in owner.ancestors if a.pos_ in {"VERB", "AUX"}):
        subjects = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
        above = [m for m in _subjects(verb, context) if m.kind == "international_org"] + [
            m for m in context.mentions if m.start in subjects and m.kind == "international_org"]
        if above:  # "The U.N. mission MINUSCA said": the mission, not the U.N.
            return next((m for m in above if m.name != "United Nations"), above[0])
    return None


def _naming(context: ArticleContext, token: Token) -> ActorMention | None:
    """The actor whose name covers the token itself (not one named somewhere in its phrase)."""
    mention = context.actor_at(token)
    return mention if mention is not None and mention.start <= token.i < mention.end else None


def _naming_or_modifier(context: ArticleContext, noun: Token) -> ActorMention | None:
    """The actor whose name covers the noun, else one that names a compound modifier of it ("the
    Canaan gang", "the Tasis alliance")."""
    return _naming(context, noun) or next(
        (m for c in noun.children if c.dep_ == "compound" for m in [_naming(context, c)] if m is not None), None)


def _apposed_name(context: ArticleContext, noun: Token) -> ActorMention | None:
    """The name a noun in apposition describes: "UNDOF, the U.N. force that ..." is UNDOF, not
    the U.N. its modifier names; None for a noun not in apposition."""
    return _naming(context, noun.head) if noun.dep_ == "appos" else None


def _phrase_actors(context: ArticleContext, token: Token) -> list[ActorMention]:
    """``actors_of_phrase`` without the backers named in a modifier ("Iran-backed militias")."""
    return [m for m in context.actors_of_phrase(token)
            if m.start <= token.i < m.end or not _in_modifier(m, context.doc)]


def _owner(noun: Token, context: ArticleContext) -> ActorMention | None:
    """The actor a noun phrase stands for: itself, or the head it is in apposition to."""
    nearer = _nearer_antecedent(context, noun) if noun.dep_ == "appos" else None
    if nearer is not None:
        return nearer
    mention = _actor_at(context, noun)
    if mention is not None and not (mention.generic and noun.dep_ == "appos"):
        return mention
    if noun.dep_ == "appos":  # "X, an armed group allied with Y" describes X
        return _actor_at(context, noun.head) or _short_form_before(context, noun) or mention
    for child in noun.children:
        if child.dep_ == "appos":
            return _actor_at(context, child)
    owners = _phrase_actors(context, noun)  # "factions of the Syrian National Army"
    return owners[0] if owners else None


def _described_owner(noun: Token, context: ArticleContext) -> ActorMention | None:
    """What "an Iran-backed faction of the PMF" describes: the actor it is in apposition to
    ("Kataib Hezbollah, an Iran-backed faction of the PMF"), else the phrase's own actor."""
    if noun.dep_ == "appos" and noun.lemma_.lower() in DESCRIPTION_NOUNS:
        named = _naming(context, noun.head)
        if named is not None:
            return named
    return _owner(noun, context)


GROUP_DESCRIPTIONS = DESCRIPTION_NOUNS | {"bloc", "umbrella", "front", "force", "wing", "arm"}


def _nearer_antecedent(context: ArticleContext, noun: Token) -> ActorMention | None:
    """ "The 33rd Front, which belongs to the EMBF, a dissident bloc led by X": a group's
    description right after a group named inside the head's relative clause or phrase describes
    that nearer group, though the parser hangs it on the head."""
    if noun.lemma_.lower() not in GROUP_DESCRIPTIONS:
        return None
    doc = context.doc
    last = _word_before_apposition(doc, noun)  # "the Estado Mayor de Bloques y Frentes (EMBF), a dissident bloc"
    if last is None:
        return None
    mention = _naming(context, doc[last])
    head = noun.head
    if mention is None or mention.generic or mention.kind == "person" or mention.start <= head.i:
        return None
    if not head.left_edge.i <= mention.start <= head.right_edge.i or doc[last].head.i == head.i:
        return None
    return mention if mention.actor_id != getattr(_actor_at(context, head), "actor_id", None) else None


def _word_before_apposition(doc, noun: Token) -> int | None:
    """The index of the word just before the comma that opens a noun's apposition, past a short
    form in brackets ("the Congo River Alliance (AFC), the coalition"); None when no comma opens it."""
    index = noun.left_edge.i - 2
    if index < 0 or doc[index + 1].text != ",":
        return None
    index = before_short_form(doc, index)
    return index if index >= 0 else None


def _short_form_before(context: ArticleContext, noun: Token) -> ActorMention | None:
    """ "The Movement for the Salvation of Azawad (MSA), a Tuareg armed group": where only the
    short form in brackets was recognised, it names what the apposition describes."""
    doc = context.doc
    close = noun.left_edge.i - 2  # the ")" before the comma that opens the apposition
    if close < 2 or doc[close].text != ")" or doc[close + 1].text != ",":
        return None
    mention = _naming(context, doc[close - 1])
    if mention is None or mention.start < 1 or doc[mention.start - 1].text != "(":
        return None
    return mention if noun.head.i < mention.start else None


def _backed_one(verb: Token, context: ArticleContext) -> ActorMention | None:
    """Who "backed by Y" is said of: the noun it modifies ("militias backed by Iran"), the subject
    ("X is backed by Y"), or the antecedent of a relative clause, also through a reporting verb
    ("The M23, which UN experts say is backed by Rwanda")."""
    if verb.dep_ in {"acl", "relcl", "advcl", "amod"} and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return _owner(verb.head, context)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None and verb.dep_ == "acomp" and verb.head.lemma_ == "be":
        # "X is armed and funded by Y": the tagger's adjective, the subject on "is"
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ not in {"which", "that", "who"}:
        return _owner(subject, context) or context.described_before(subject)
    clause = verb
    while clause.dep_ in {"ccomp", "conj"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "relcl":
        return _owner(clause.head, context)
    return None


def _of_object(noun: Token, context: ArticleContext) -> ActorMention | None:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "in", "within", "for"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = _actor_at(context, pobj)
                    if found is None and pobj.lemma_.lower() in BODY_NOUNS:
                        # "a unit of the defence ministry of the GNU": the body's owner, when the
                        # body itself was not recognised
                        found = _of_object(pobj, context)
                    return found
    return None


BODY_NOUNS = {"ministry", "government", "command", "army", "forces", "force", "administration", "council"}


def extract_relations(context: ArticleContext) -> list[Relation]:
    relations: dict[tuple[str, str, str], Relation] = {}

    def add(subject: ActorMention | None, predicate: str, obj: ActorMention | None, token: Token) -> None:
        if subject is None or obj is None or subject.actor_id == obj.actor_id:
            return
        if predicate == "opposes" and (not is_side(obj) or not _opponent_kind(subject) or one_state(subject, obj)
                                       and {subject.kind, obj.kind} & {"state", "government"}):
            return  # "X killed civilians" is violence against civilians, not a conflict relation
        if predicate in {"part_of", "member_of"} and obj.kind in {"person", "civilians"}:
            # nothing is part of a person: "a faction of the cartel loyal to X" names his followers;
            # "a unit of Russian nationals" is made of people, not part of a population
            return
        if predicate == "part_of" and _coalition(obj) and not _own_body(subject, token):
            predicate = "member_of"  # a group or state in an alliance or coalition is a member
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

    add.relations = relations  # what later rules may check was already found
    for token in context.doc:
        lemma = PARTICIPLE_LEMMAS.get(token.lower_, token.lemma_.lower())
        if lemma in BACKING_WORDS | {"affiliate", "link"} and token.tag_ in {"VBN", "JJ"}:
            # "an IS-affiliated group" is a branch (part_of); "an al-Qaeda-linked group" states a
            # looser tie, read as an alliance (allied_with)
            predicate = {"affiliate": "part_of", "link": "allied_with"}.get(lemma, "backed_by")
            if token.dep_ == "amod":
                # "a Russia-backed militia", "an Islamic State-affiliated group"
                other = next((_actor_at(context, c) for c in token.children if _actor_at(context, c)), None)
                described = _described_owner(token.head, context)
                noun = token.head
                if described is not None and noun.dep_ != "appos" and not (
                        noun.left_edge.i <= described.start and described.end <= noun.right_edge.i + 1):
                    continue  # "attacks on troops and Chinese-funded projects": the projects are no actor
                add(described, predicate, other, token)
                continue
            if predicate in {"part_of", "allied_with"}:
                # "X, which is affiliated with Y"
                for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"with", "to"}):
                    for pobj in prep.children:
                        # "X, a local group affiliated with Y": the apposition describes X
                        whole = None if token.dep_ == "ROOT" else _naming(context, token.head.head) \
                            if token.dep_ == "acl" and token.head.dep_ == "appos" else _actor_at(context, token.head)
                        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
                        if subject is not None and subject.lower_ in {"which", "that", "who"}:
                            whole = _owner(token.head, context) if token.dep_ == "relcl" else whole
                        elif subject is not None:
                            whole = _actor_at(context, subject)
                        wholes = [whole] if whole is not None or token.dep_ != "acl" else \
                            _listed_before(context, token.head)  # "A and B, two groups affiliated with Y"
                        for each in wholes:
                            add(each, predicate, _actor_at(context, pobj), token)
                continue
            if token.dep_ == "amod":
                # "a Russia-backed militia": the backer is a modifier of "backed"
                backer = next((_actor_at(context, c) for c in token.children if _actor_at(context, c)), None)
                add(_described_owner(token.head, context), "backed_by", backer, token)
            else:
                # "X, armed and funded by Y": the agent hangs on the last of the joined verbs
                first = token.head if token.dep_ == "conj" and token.head.tag_ in {"VBN", "JJ"} else token
                backed = _backed_one(first, context)
                # "armed and trained by Iran's Guards": the agent hangs on the last joined participle
                joined = [c for c in token.children if c.dep_ == "conj" and c.tag_ == "VBN"] if not any(
                    c.dep_ == "agent" for c in token.children) else []  # not "backed by Y and led by Z"
                for agent in (c for verb in (token, *joined) for c in verb.children if c.dep_ == "agent"):
                    for pobj in agent.children:
                        for backer in _phrase_actors(context, pobj):
                            add(backed, "backed_by", backer, token)
        predicate = ROLE_PREDICATES.get(lemma)
        if predicate and (token.pos_ == "NOUN" or _title_of_person(context, token)):
            _role_relation(context, token, predicate, add)
        _force_of(context, token, add)
        _listed_parts(context, token, add)
        _party_of_person(context, token, add)
        _formed_with(context, token, add)
    _more_relations(context, add)
    _united_nations_bodies(context, add)
    _serving_contingents(context, add)
    _fellow_members(context, add)
    _joined_bodies(context, add)
    _troop_givers(context, add)
    _national_contingents(context, add)
    _led_by(context, add)
    _allied_conjuncts(context, add)
    _hyphenated_patrons(context, add)
    _mutual_fighting(context, add)
    _title_relations(context, add)
    _requested_deployments(context, add)
    _pro_sides(context, add)
    _unit_commanders(context, add)
    _possessive_units(context, add)
    _formations_of(context, add)
    _states_own_forces(context, add)
    _persons_governments(context, add)
    _persons_groups(context, add)
    _persons_of_bodies(context, add)
    _members_in_apposition(context, add)
    _bodies_of_organisations(context, add)
    _named_parents(context, add)
    _stated_ties(context, add)
    _composition(context, add)
    _coalition_partners(context, add)
    _subordination(context, add)
    _under_command(context, add)
    _patrons(context, add)
    _reciprocal_sides(context, add)
    _side_by_side(context, add)
    _described_foes(context, add)
    _support_and_ties(context, add)
    _party_ties(context, add)
    _chairs(context, add)
    _joint_members(context, add)
    _absorbed(context, add)
    _orders_from(context, add)
    # a member or part is not an ally of its own coalition or parent ("a member of the alliance,
    # alongside A and B"; "M23 rebels, the armed wing of the AFC, captured": one side, not two)
    coalitions = {m.actor_id for m in context.mentions if _coalition(m)}
    inside = {frozenset((r.subject, r.object)) for r in relations.values()
              if r.predicate == "part_of" or r.predicate == "member_of" and r.object in coalitions}
    return [r for r in relations.values()
            if r.predicate != "allied_with" or frozenset((r.subject, r.object)) not in inside]


# "X, the fighting force of Y", "X, a joint task force of the Nigerian military", "X, the interior
# ministry's police force", "X, the army's counter-terrorism deployment": a force described as
# another body's is part of it. Only in apposition or after "serves as": "a force of 500 men" is none.
FORCE_DESCRIPTIONS = {"force", "deployment", "formation"}
FORCE_KINDS = {"armed_group", "state_forces"}
FORCE_OWNER_KINDS = {"armed_group", "state_forces", "government", "political_party", "international_org"}


def _force_of(context: ArticleContext, noun: Token, add) -> None:
    if noun.lemma_.lower() not in FORCE_DESCRIPTIONS or noun.pos_ != "NOUN" or noun.tag_ == "NNS":
        return
    served = noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_.lower() in {"serve", "act"}
    if noun.dep_ != "appos" and not served:
        return
    owner = _of_object(noun, context) or next(
        (m for c in noun.children if c.dep_ == "poss" for m in [_actor_at(context, c)] if m is not None), None)
    if served:
        verb = noun.head.head
        force = next(iter(_subjects_or_described(verb, context)), None)
    else:
        force = _nearer_antecedent(context, noun) or _actor_at(context, noun.head)
    if force is None or owner is None or force.actor_id == owner.actor_id:
        return
    if force.kind in FORCE_KINDS and owner.kind in FORCE_OWNER_KINDS and not (owner.generic and owner.kind == "armed_group"):
        add(force, "part_of", owner, noun)


MEMBER_KINDS = {"state", "armed_group", "political_party", "government"}


def _formed_with(context: ArticleContext, noun: Token, add) -> None:
    """ "the Alliance of Sahel States, the confederation Niger formed with Mali and Burkina Faso": the
    founder and its partners are members of the body the noun describes. Read off the words, since
    the parser loses a relative clause without a pronoun."""
    if noun.lemma_.lower() not in COMPOSITE_NOUNS or noun.dep_ != "appos":
        return
    doc = context.doc
    founder = context.actor_at(doc[noun.i + 1]) if noun.i + 1 < len(doc) else None
    if founder is None or founder.start != noun.i + 1 or founder.end + 1 >= len(doc):
        return
    verb, prep = doc[founder.end], doc[founder.end + 1]
    if verb.lemma_.lower() not in {"form", "found", "create", "set"} or prep.lower_ != "with":
        return
    close = next((t.i for t in doc[prep.i + 1 : noun.sent.end] if t.text in {",", ";", "."}), noun.sent.end)
    partners = [m for m in context.mentions if prep.i < m.start and m.end <= close]
    body = _actor_at(context, noun.head)  # the name the description is set beside
    if body is None:
        return
    for member in (founder, *partners):
        if member.kind in MEMBER_KINDS and member.actor_id != body.actor_id:
            add(member, "member_of", body, verb)


FOLLOWING_NOUNS = {"party", "movement", "faction", "militia", "group"}


def _party_of_person(context: ArticleContext, noun: Token, add) -> None:
    """ "the SPLM-IO, the party of detained First Vice-President Riek Machar": a body in apposition
    described as a person's is led by that person."""
    if noun.lemma_.lower() not in FOLLOWING_NOUNS or noun.dep_ != "appos":
        return
    body = _owner(noun, context)
    # "of detained First Vice-President Riek Machar": the tagger makes "detained" a verb with the name
    # as its object
    objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    objects = [o for g in objects for o in ([g] if g.dep_ == "pobj" else
                                            [d for d in g.children if d.dep_ == "dobj"] if g.dep_ == "pcomp" else [])]
    for pobj in objects:
        person = _naming(context, pobj)
        if person is None or person.kind != "person":
            person = _person_after_title(context, pobj) if pobj.lemma_.lower() in LEADER_TITLES else None
        if person is not None and person.kind == "person" and body is not None and body.kind in {
                "armed_group", "political_party"}:
            add(person, "leader_of", body, noun)


LISTED_PART_NOUNS = {"faction", "wing", "unit", "branch", "splinter", "offshoot"}


def _listed_parts(context: ArticleContext, noun: Token, add) -> None:
    """ "two warring factions of the Sinaloa Cartel, Los Chapitos and La Mayiza,": the names listed
    between the commas right after the whole are its parts (the parser hangs them anywhere)."""
    if noun.lemma_.lower() not in LISTED_PART_NOUNS or noun.tag_ != "NNS" or not any(
            c.dep_ in {"nummod", "amod"} and (c.like_num or c.lower_ in COUNT_WORDS | RIVAL_WORDS)
            for c in noun.children):
        return  # "two warring factions of X, A and B": a counted set the list then names
    whole = _of_object(noun, context)
    if whole is None or whole.generic:
        return
    doc = context.doc
    if whole.end >= len(doc) or doc[whole.end].text != ",":
        return
    close = next((t.i for t in doc[whole.end + 1 : noun.sent.end] if t.text in {",", ";", ")"}), None)
    if close is None:
        return
    listed = [m for m in context.mentions if whole.end < m.start and m.end <= close and not m.generic
              and m.actor_id != whole.actor_id and m.kind in {"armed_group", "state_forces"}]
    if len({m.actor_id for m in listed}) < 2 or not any(t.lower_ == "and" for t in doc[whole.end : close]):
        return
    for mention in listed:
        add(mention, "part_of", whole, noun)


# "counts X among its branches", "which Y counts as its West African branch"
COUNTED_AS = {"member": "member_of", "ally": "allied_with", "branch": "part_of", "affiliate": "part_of",
              "wing": "part_of", "province": "part_of", "faction": "part_of", "franchise": "part_of",
              "unit": "part_of", "arm": "part_of"}
WAR_NOUNS = {"war", "feud", "rivalry", "vendetta", "conflict", "turf"}
SUPERIOR_VERBS = {"answer", "report"}  # "which answers to the prime minister"
HEAD_OF_GOVERNMENT = {"minister", "president", "premier", "presidency", "government", "cabinet"}


def _prep_objects(token: Token, prepositions: set[str]) -> list[Token]:
    """The objects of the token's prepositions of those words ("serving with X": X)."""
    return [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ in prepositions
            for p in prep.children if p.dep_ == "pobj"]


def _first_pobj(token: Token, preposition: str) -> Token | None:
    return next(iter(_prep_objects(token, {preposition})), None)


def _stated_ties(context: ArticleContext, add) -> None:
    """Ties told by a verb or a noun rather than a role word: "counts X among its members",
    "which Y counts as its branch", "is at war with Y", "locked in a feud with Y", "draws on troops
    from A and B", "which answers to the prime minister", "whose commander, Colonel X", "one of the
    armed groups in the Y coalition"."""
    doc = context.doc
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma == "count" and token.pos_ == "VERB" and not _unreal(token):
            counters = _subjects(token, context)
            for role_word in ("among", "as"):
                role = _first_pobj(token, role_word)
                predicate = COUNTED_AS.get(role.lemma_.lower()) if role is not None else None
                if predicate is None:
                    continue
                counted = [m for c in token.children if c.dep_ == "dobj" for m in _phrase_actors(context, c)]
                if any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in token.children) \
                        and token.dep_ == "relcl":
                    counted = [m for m in [_owner(token.head, context)] if m is not None]
                for member in counted:
                    for counter in counters:
                        add(member, predicate, counter, token)
        if lemma in WAR_NOUNS and token.pos_ == "NOUN":
            other_token = _first_pobj(token, "with")
            verb = token.head
            while verb.dep_ in {"pobj", "prep", "compound", "dobj"} and verb.head.i != verb.i and verb.pos_ not in {"VERB", "AUX"}:
                verb = verb.head
            if other_token is None and verb.pos_ in {"VERB", "AUX"}:
                other_token = _first_pobj(verb, "with")  # "have been at war since 2024 with Y"
            noun = token.head.head if token.head.lower_ == "at" and token.dep_ == "pobj" else None
            before = _word_before_apposition(context.doc, noun) if noun is not None and noun.pos_ == "NOUN" else None
            described = _actor_at(context, context.doc[before]) if before is not None else None
            if described is None and noun is not None and any(c.dep_ == "punct" and c.i == token.head.i - 1
                                                               for c in noun.children):
                described = _actor_at(context, noun)  # "The RSF, at war with the army since April 2023, ..."
            if other_token is not None and described is not None and not described.generic:
                # "the CPC, an alliance at war with Touadéra's government since 2020" (the parser
                # may hang the description on the verb): what the comma's noun phrase describes
                for other in _phrase_actors(context, other_token):
                    if described.actor_id != other.actor_id:
                        add(described, "opposes", other, token)
            elif other_token is not None and verb.pos_ in {"VERB", "AUX"} and not _unreal(verb):
                doers = _subjects(verb, context) or [m for c in verb.children if c.dep_ == "nsubjpass"
                                                     for m in _phrase_actors(context, c)]  # "X has been locked in a feud"
                for doer in doers:
                    for other in _phrase_actors(context, other_token):
                        add(doer, "opposes", other, token)
        if lemma == "draw" and token.pos_ == "VERB":
            pool = _first_pobj(token, "on")
            sources = _first_pobj(pool, "from") if pool is not None else None
            if sources is None and any(c.dep_ == "dobj" and c.lemma_.lower() in CONTINGENT_NOUNS | {"force", "personnel"}
                                       for c in token.children):
                sources = _first_pobj(token, "from")  # "which also draws soldiers from A, B and C"
            if sources is not None:
                # "UNMISS, the U.N. mission in South Sudan, which draws ...": the name, not the modifier
                named = _apposed_name(context, token.head) if token.dep_ == "relcl" else None
                for whole in [named] if named is not None else _subjects(token, context):
                    for member in _phrase_actors(context, sources):
                        add(member, "member_of", whole, token)
        if lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in {"order", "instruction"}
                                   for c in token.children) and not _unreal(token):
            superior = _first_pobj(token, "from")  # "which takes its orders from the HUR"
            whole = _actor_at(context, superior) if superior is not None else None
            for part in _subjects(token, context):
                if whole is not None and part.kind != "person" and whole.kind != "person":
                    add(part, "part_of", whole, token)
        if lemma in SUPERIOR_VERBS and token.pos_ == "VERB" and not _unreal(token):
            superior = _first_pobj(token, "to")
            if superior is not None:
                whole = _actor_at(context, superior)
                if whole is None and superior.lemma_.lower() in HEAD_OF_GOVERNMENT:
                    whole = next((m for m in context.mentions if m.kind == "government" and national_organ(m)
                                  and m.country == context.focus), None)
                for part in _subjects(token, context):
                    if part.kind != "person" and whole is not None and whole.kind == "person":
                        add(whole, "leader_of", part, token)  # "which reports to President Ilham Aliyev"
                    elif part.kind != "person":
                        add(part, "part_of", whole, token)
        if lemma in ROLE_PREDICATES and any(c.lower_ == "whose" for c in token.children):
            # "the Danab brigade, ..., whose commander, Colonel Abdullahi Hirsi, said"
            whose = next(c for c in token.children if c.lower_ == "whose")
            clause = whose.head.head
            group = _clause_owner(clause.head, context) if clause.dep_ == "relcl" else None
            before = doc[whose.i - 2] if whose.i >= 2 and doc[whose.i - 1].text == "," else None
            while before is not None and before.dep_ == "pobj" and before.head.dep_ == "prep" \
                    and before.head.head.dep_ == "appos":
                before = before.head.head.head  # "the Danab brigade, an elite unit of the army, whose"
            if group is None and before is not None:
                # "the Canaan gang, ..., whose leader": the name may be the noun's modifier only
                group = _naming_or_modifier(context, before)
            # "whose leader, X,", "whose leader Cho Ayaba lives in exile"
            holder = _name_after_comma(context, token) or _named_after(context, token) or _person_from(
                context, token.i + 1, lambda word: word.lower_ in RANK_WORDS)
            if holder is None and token.head.lemma_ == "be":
                # "whose backbone is the YPG", "whose leader is the former policeman Jimmy Chérizier"
                named = [m for c in token.head.children if c.dep_ == "attr" for m in _phrase_actors(context, c)]
                holder = next((m for m in named if m.kind == "person"), named[0] if named else None)
            if holder is None and token.head.lemma_ == "know":
                holder = next((m for c in token.head.children if c.dep_ == "prep" and c.lower_ == "as"
                               for g in c.children for m in [_naming(context, g)] if m is not None), None)
            if group is not None and holder is not None and ROLE_PREDICATES[lemma] != "backed_by":
                add(holder, "leader_of" if lemma == "commander" else ROLE_PREDICATES[lemma], group, token)
        if lemma in {"group", "faction", "gang", "militia", "movement"} and token.pos_ == "NOUN":
            # "one of the armed groups in the Viv Ansanm coalition", "the largest group in the Joint Forces"
            container = _first_pobj(token, "in") or _first_pobj(token, "within")
            # "in the Viv Ansanm alliance": the name may modify the word for the alliance
            whole = None if container is None else _naming_or_modifier(context, container) \
                if container.lemma_.lower() in COMPOSITE_NOUNS else _naming(context, container)
            if whole is not None and (ALLIANCE_NAME.search(whole.name) or container.lower_ in {"coalition", "alliance"}
                                      or any(c.lower_ in {"coalition", "alliance"} for c in container.children)
                                      or whole.kind == "international_org" or "Forces" in whole.name):
                one_of = token.head.lower_ == "of" and token.head.head.lower_ == "one"
                if one_of and token.head.head.dep_ == "appos":  # "X, one of the armed groups in Y"
                    named = _actor_at(context, token.head.head.head)
                else:
                    named = (_owner(token.head, context) if one_of and token.dep_ == "pobj" else None) or (
                        _actor_at(context, token.head) if token.dep_ == "appos" else None)
                if named is not None and named.actor_id != whole.actor_id:
                    add(named, "member_of", whole, token)


# what a description of an alliance is made of: "an alliance of Niger, Mali and Burkina Faso"
COMPOSITE_NOUNS = {"alliance", "coalition", "confederation", "federation", "bloc", "umbrella", "grouping",
                   "union", "front", "platform", "pact", "axis", "consortium"}
COMPOSING_VERBS = {"make": "up", "compose": None, "comprise": None, "consist": None, "form": None,
                   "bring": "together", "unite": None, "group": None}
EXAMPLE_PREPS = {"including", "include", "such", "like"}


def _named_members(context: ArticleContext, phrase: Token) -> list[ActorMention]:
    """The named actors a phrase lists, or, for a generic plural ("gangs including A and B",
    "armed groups such as A"), the ones it gives as examples."""
    first = _naming(context, phrase)
    named = [m for t in (phrase, *phrase.conjuncts) for m in [_naming(context, t)] if m is not None
             and not m.generic and m.kind != "person"] if first is not None and not first.generic else []
    if named:
        return named  # a clause on the phrase ("groups fighting alongside X") lists no member
    examples = [t for t in phrase.subtree if t.lower_ in EXAMPLE_PREPS and t.head.i == phrase.i]
    return [m for example in examples for t in example.subtree if t.dep_ == "pobj" and t.head.i == example.i
            or t.dep_ in {"dobj", "pobj"} and t.head.head.i == example.i
            for m in _phrase_actors(context, t) if not m.generic]


def _composition(context: ArticleContext, add) -> None:
    """What an alliance is said to be made of: "the AES, a confederation of Niger, Mali and
    Burkina Faso", "Viv Ansanm, a coalition of gangs including A and B", "the Joint Forces, made up
    of A and B", "an alliance formed by A and B": each named member is a member of the named whole."""
    for token in context.doc:
        lemma = token.lemma_.lower()
        whole, members = None, []
        if lemma in COMPOSITE_NOUNS and token.pos_ == "NOUN" and _naming(context, token) is None:
            if token.dep_ == "appos":
                whole = _named_or_described(context, token)
            elif token.dep_ == "attr" and token.head.lemma_ == "be":
                whole = next((m for m in _subjects(token.head, context) if not m.generic), None)
            members = [m for of in token.children if of.dep_ == "prep" and of.lower_ == "of"
                       for p in of.children if p.dep_ == "pobj" for m in _named_members(context, p)]
        if lemma == "form" and token.tag_ == "VBN" and token.dep_ == "acl" \
                and token.head.lemma_.lower() in COMPOSITE_NOUNS:
            formed = _described_owner(token.head, context)  # "an alliance formed last year by A and B"
            founders = [m for agent in token.children if agent.dep_ == "agent" for p in agent.children
                        if p.dep_ == "pobj" for m in _named_members(context, p)]
            for founder in founders:
                if formed is not None and formed.kind not in {"state", "person"} and founder.actor_id != formed.actor_id:
                    add(founder, "member_of", formed, token)
        particle = COMPOSING_VERBS.get(lemma, "")
        if particle != "" and token.pos_ == "VERB" and token.dep_ in {"acl", "relcl"} and not _unreal(token) and (
                particle is None or any(c.lower_ == particle for c in token.children)):
            whole = _clause_owner(token.head, context) if token.dep_ == "relcl" else _owner(token.head, context)
            if lemma == "form" and not any(c.lower_ in RELATIVE_PRONOUNS for c in token.children):
                whole = None  # "the alliance formed by A and B" is read above, by its agent
            if lemma in {"form", "make"} and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS
                                                 for c in token.children):
                whole = None  # "the TNLA, which forms the alliance with A": a member (_coalition_partners)
            objects = [c for c in token.children if c.dep_ == "dobj"] + [
                p for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in prep.children if p.dep_ == "pobj"]
            # "which brings together the armies of Niger, Mali and Burkina Faso": the states named
            objects += [p for o in objects if _naming(context, o) is None for prep in o.children
                        if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
            members = [m for o in objects for m in _named_members(context, o)]
        if whole is None or whole.kind in {"person", "state", "civilians"}:
            continue
        coalition = lemma in COMPOSITE_NOUNS or _coalition(whole) or whole.kind == "international_org"
        for member in members:
            if member.actor_id == whole.actor_id or member.kind in {"civilians", "person"}:
                continue
            both_forces = member.kind == "state_forces" and whole.kind == "state_forces"
            add(member, "part_of" if both_forces and not coalition else "member_of", whole, token)


# "which forms the alliance with A and B", "belongs to the alliance along with A", "which with A
# and B makes up the AES": the verb that puts its subject in a coalition, and the word after which
# the coalition is named (None: its direct object)
JOINING_VERBS = {"form": None, "make": None, "belong": "to", "found": None, "create": None,
                 "constitute": None, "sign": "to"}  # "which signed up to the Tasis alliance"
SIDE_BY_SIDE_PREPS = {"alongside", "beside"}
PARTNER_PREPS = {"with"} | SIDE_BY_SIDE_PREPS


def _acts_beside(verb: Token) -> bool:
    """Whether a verb says its subject acts beside someone ("fights alongside the RSF")."""
    return any(c.dep_ == "prep" and c.lower_ in SIDE_BY_SIDE_PREPS for c in verb.children)


def _partners(token: Token, context: ArticleContext) -> list[ActorMention]:
    """The actors named after "with", "along with", "together with" or "alongside" on a word."""
    found: list[ActorMention] = []
    for child in token.children:
        if child.dep_ not in {"prep", "advmod"}:
            continue
        preps = [child] if child.lower_ in PARTNER_PREPS else [
            c for c in child.children if c.lower_ == "with"] if child.lower_ in {"along", "together"} else []
        for prep in preps:
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found += [m for m in _named_members(context, pobj) if m not in found]
    return found


def _coalition_partners(context: ArticleContext, add) -> None:
    """ "The TNLA, which forms the Three Brotherhood Alliance with the AA and the MNDAA", "the AA,
    which belongs to the alliance along with A and B", "a member of the alliance, alongside A":
    the subject and each partner named with it are members of the coalition."""
    for token in context.doc:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in JOINING_VERBS and not _unreal(token) and not _negated(token):
            if lemma == "make" and not any(c.lower_ == "up" for c in token.children):
                continue
            after = JOINING_VERBS[lemma]
            objects = [c for c in token.children if c.dep_ == "dobj"] if after is None else _prep_objects(token, {after})
            members = [m for m in _subjects(token, context) if not m.generic]
            # "which with Mali and Burkina Faso makes up": the partners hang on the pronoun
            holders = [token, *(c for c in token.children if c.dep_ == "nsubj")]
        elif lemma == "member" and token.pos_ == "NOUN":
            objects = _prep_objects(token, {"of"})
            members = []  # the member itself is read with the other roles
            holders = [token, token.head] if token.dep_ == "attr" else [token]
        else:
            continue
        wholes = [m for o in objects for m in [_naming_or_modifier(context, o)] if m is not None and _coalition(m)]
        if not wholes:
            continue
        partners = [m for holder in holders for m in _partners(holder, context)]
        for member in members + partners:
            if member.kind not in {"civilians", "person"}:
                add(member, "member_of", wholes[0], token)


# what holds its owner rather than belongs to it ("the rebels' political umbrella"; not "the ELN's
# Eastern War Front" or "JNIM's Az-Zallaqa platform")
UMBRELLA_NOUNS = {"umbrella", "alliance", "coalition", "confederation", "federation", "bloc", "grouping"}

# "a unit placed under the defence ministry", "formally attached to the army", "integrated into the
# army": the verb and the preposition that put a body inside another
SUBORDINATING_VERBS = {"place": {"under"}, "put": {"under"}, "bring": {"under"}, "attach": {"to"},
                       "subordinate": {"to"}, "integrate": {"into"}, "incorporate": {"into"}, "fold": {"into"},
                       "absorb": {"into"}, "merge": {"into"}}
FOUNDING_VERBS = {"set": "up", "create": None, "establish": None, "raise": None, "found": None}


PATRON_NOUNS = {"backer", "patron", "sponsor", "supplier", "financier", "benefactor", "protector", "paymaster"}
PROPPING_VERBS = {"prop": "up", "bankroll": None, "shore": "up", "underwrite": None}


def _foreign_patron(patron: ActorMention, backed: ActorMention) -> bool:
    """A patron other than the backed actor itself, and no state backing its own apparatus (the
    model's "the junta's" may resolve to the patron's own government)."""
    if patron.actor_id == backed.actor_id:
        return False
    return not (patron.kind in {"state", "government"} and patron.country == backed.country)


def _patrons(context: ArticleContext, add) -> None:
    """ "Saudi Arabia, the main backer of the Presidential Leadership Council", "China, the
    junta's biggest arms supplier" and "the Wagner Group, which has propped up X's government":
    what the patron backs is backed_by it."""
    for token in context.doc:
        lemma = token.lemma_.lower()
        if lemma in PATRON_NOUNS and token.dep_ == "appos" and token.pos_ == "NOUN":
            patron = _naming(context, token.head)
            backed = next((m for c in token.children if c.dep_ == "poss" for m in [_actor_at(context, c)]
                           if m is not None), None) or _of_object(token, context)
            if patron is not None and backed is not None and _foreign_patron(patron, backed):
                add(backed, "backed_by", patron, token)
        if token.lower_ in {"whom", "which", "that"} and token.i >= 2:
            _relative_patron(context, token, add)
        particle = PROPPING_VERBS.get(lemma, "")
        if particle != "" and token.pos_ == "VERB" and not _unreal(token) and not _negated(token) and (
                particle is None or any(c.lower_ == particle for c in token.children)):
            backers = _subjects(token, context)
            for backed in (m for c in token.children if c.dep_ == "dobj" for m in _phrase_actors(context, c)):
                for backer in backers:
                    if backer.actor_id != backed.actor_id and backed.kind != "person":
                        add(backed, "backed_by", backer, token)


PATRON_KINDS = {"state", "government", "state_forces", "armed_group", "international_org"}


def _relative_patron(context: ArticleContext, pronoun: Token, add) -> None:
    """ "the Ma'awisley, whom the government arms and pays", "militias that Kinshasa supplies with
    weapons", "a unit that the UAE trained": a relative clause whose own subject backs what it
    describes. Read off the words, since the tagger often takes "the government arms" for a noun:
    the pronoun, a name, then (after "has" or an adverb) a verb of backing."""
    doc = context.doc
    first = pronoun.i + 2 if pronoun.i + 2 < len(doc) and doc[pronoun.i + 1].dep_ == "det" else pronoun.i + 1
    backer = context.actor_at(doc[first]) if first < len(doc) else None
    end = backer.end if backer is not None else None
    if backer is None and first < len(doc) and doc[first].lower_ in {"it", "they"}:
        # "the army relies on Pyusawhti militias, which it arms and trains": the clause's subject is
        # the main clause's
        main = next((c for c in pronoun.sent.root.children if c.dep_ == "nsubj"), None)
        backer, end = (_actor_at(context, main) if main is not None else None), first + 1
    elif backer is not None and not backer.start <= first < backer.end:
        return
    if backer is None or end >= len(doc):
        return
    word = doc[end]
    while word.i + 1 < len(doc) and (word.lower_ in {"has", "have", "had", "also", "still", "openly", "now"}
                                     or word.pos_ == "ADV"):
        word = doc[word.i + 1]
    lemma = PARTICIPLE_LEMMAS.get(word.lower_, word.lemma_.lower())
    if lemma not in SUPPORTING_VERBS | {"pay"} or word.lower_ in {"arm", "fund"} or (  # not the nouns "arm", "fund"
            word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "by"):
        return
    noun = doc[pronoun.i - 2] if pronoun.i >= 2 and doc[pronoun.i - 1].text == "," else doc[pronoun.i - 1]
    backed = _clause_owner(noun, context)
    if (backed is None or backed.generic) and noun.dep_ == "appos":
        backed = _naming(context, noun.head) or backed
    if backed is None or backed.generic:
        # "the Wazalendo, a network of militias that Kinshasa arms": the named network
        backed = _described_by_apposition(context, noun) or backed
    if backed is not None and backed.kind in UNIT_KINDS and backer.kind in PATRON_KINDS \
            and (not backer.generic or backer.kind in {"government", "state_forces"} and backer.country is not None) \
            and (_foreign_patron(backer, backed) or backed.kind == "armed_group" and backer.actor_id != backed.actor_id):
        add(backed, "backed_by", backer, word)


COMMAND_NOUNS = {"command", "leadership"}
COMMANDING_KINDS = {"state_forces", "armed_group", "government", "international_org"}
TAKING_VERBS = {"take", "assume"}


def _under_command(context: ArticleContext, add) -> None:
    """ "fights under the command of the HUR", "is under the command of Major General X", "were
    placed under the command of Russia's 4th base": what is under a body's command is part of it,
    and a person in command leads it; "Colonel X took command of the 18th Corps" leads it too."""
    for noun in context.doc:
        if noun.lower_ not in COMMAND_NOUNS or noun.pos_ != "NOUN":
            continue
        holder = noun.head
        commander = _first_pobj(noun, "of")
        if commander is None and noun.dep_ == "dobj":
            commander = _first_pobj(holder, "of")  # "took command of X": the parser may hang "of" on the verb
        chief = None if commander is None else _naming(context, commander) or next(
            (m for c in commander.children if c.dep_ == "appos" for m in [_naming(context, c)] if m is not None),
            None) or _name_after_comma(context, commander)
        if chief is None and commander is not None:
            # "the command of the defence ministry": the body the phrase names, not a modifier's
            # state ("Kyiv's military intelligence agency" is not Kyiv)
            chief = next((m for m in [_actor_at(context, commander)] if m is not None and m.kind in COMMANDING_KINDS), None)
        owned = commander is None and noun.dep_ == "pobj" and holder.lower_ == "under"
        if owned:
            # "border guards under its command": the body "its" stands for
            held = context.actor_at(holder.head)
            chief = next((m for c in noun.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}
                          for m in [_subject_above(c, context, lambda m: m.kind in COMMANDING_KINDS and (
                              held is None or m.actor_id != held.actor_id))] if m is not None), None)
        if chief is None or chief.kind == "civilians":
            continue
        if noun.dep_ == "dobj" and holder.lemma_.lower() in TAKING_VERBS:
            if not _unreal(holder) and not _negated(holder):
                for person in _subjects(holder, context):
                    if person.kind == "person" and chief.kind != "person":
                        add(person, "leader_of", chief, noun)
            continue
        if noun.lower_ != "command" or noun.dep_ != "pobj" or holder.lower_ != "under":
            continue
        verb = holder.head
        if verb.pos_ in {"VERB", "AUX"}:
            if _unreal(verb) or _negated(verb):
                continue
            parts = [m for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for m in [_naming(context, c)] if m]
            if verb.dep_ == "relcl" and not parts:
                parts = [m for m in [_clause_owner(verb.head, context)] if m is not None]
        elif owned:
            parts = [m for m in [_naming(context, verb)] if m is not None and m.kind == "state_forces"
                     and not m.name.startswith("Military Forces of")]
        else:
            # "the PAP under the command of", "the Basij is a force under the command of"
            named = next((m for m in [_naming(context, verb)] if m is not None and not m.generic), None)
            if named is None and verb.dep_ == "attr":
                named = next((m for c in verb.head.children if c.dep_ == "nsubj" for m in [_naming(context, c)] if m), None)
            elif named is None and verb.dep_ == "appos":
                named = _naming(context, verb.head)
            parts = [named] if named is not None else []
        for part in parts:
            if part.kind in {"person", "civilians", "state"} or part.actor_id == chief.actor_id or part.generic and not (
                    chief.kind == "person" and part.kind == "state_forces" and part.country or owned):  # "the Rwandan contingent"
                continue
            if chief.kind == "person":
                add(chief, "leader_of", part, noun)
            else:
                add(part, "part_of", chief, noun)


def _subordination(context: ArticleContext, add) -> None:
    """A body put inside another ("the 103rd Battalion, a unit placed under the GNU's defence
    ministry", "The VDP is formally attached to the defence ministry", "fighters integrated into the
    army") is part_of it; a force "set up by the state government" is backed_by that government
    (a person who founded or launched a group leads it, which _led_by reads)."""
    for verb in context.doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or _unreal(verb) or _negated(verb):
            continue
        if verb.dep_ in {"acl", "relcl"}:
            parts = [m for m in [_clause_owner(verb.head, context) if verb.dep_ == "relcl"
                                 else _described_owner(verb.head, context)] if m is not None]
        else:
            parts = [m for c in verb.children if c.dep_ == "nsubjpass" for m in _phrase_actors(context, c)]
            if not parts and verb.dep_ == "conj":
                parts = _subjects(verb, context)
        parts = [m for m in parts if not m.generic or m.known]
        preps = SUBORDINATING_VERBS.get(lemma)
        if preps is not None and verb.tag_ == "VBN":
            wholes = [m for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in preps
                      for p in prep.children if p.dep_ == "pobj" for m in [_actor_at(context, p)] if m is not None]
            for part in parts:
                for whole in wholes:
                    if part.kind in UNIT_KINDS | {"other"} and whole.kind not in {"person", "civilians"}:
                        add(part, "part_of", whole, verb)
        particle = FOUNDING_VERBS.get(lemma, "")
        if particle != "" and verb.tag_ == "VBN" and (particle is None or any(c.lower_ == particle for c in verb.children)):
            founders = [m for agent in verb.children if agent.dep_ == "agent" for p in agent.children
                        if p.dep_ == "pobj" for m in _phrase_actors(context, p)]
            for part in parts:
                for founder in founders:
                    if part.kind in UNIT_KINDS | {"other"} and founder.kind in {
                            "government", "state", "state_forces", "other", "international_org", "political_party"}:
                        add(part, "backed_by", founder, verb)


PARENT_NOUNS = {"organisation", "organization", "movement", "party", "group", "body"}


def _name_after_comma(context: ArticleContext, noun: Token) -> ActorMention | None:
    """The name just after "noun ," (skipping an article): "whose armed wing, the Qassam Brigades"."""
    doc = context.doc
    index = noun.i + 1
    if index >= len(doc) or doc[index].text != ",":
        return None
    index += 1
    if index < len(doc) and doc[index].lower_ == "the":
        index += 1
    mention = _naming(context, doc[index]) if index < len(doc) else None
    return mention if mention is not None and mention.start == index and not mention.generic else None


def _named_parents(context: ArticleContext, add) -> None:
    """ "the NPA's parent organisation, the Communist Party of the Philippines": the NPA is
    part_of it ("Hamas, whose armed wing, the Qassam Brigades" is read by _stated_ties)."""
    for noun in context.doc:
        lemma = noun.lemma_.lower()
        if lemma in PARENT_NOUNS and any(c.lower_ == "parent" for c in noun.children if c.dep_ in {"amod", "compound"}):
            owners = [_actor_at(context, c) for c in noun.children if c.dep_ == "poss"]
            parent = _name_after_comma(context, noun)
            for owner in owners:
                if owner is not None and parent is not None:
                    add(owner, "part_of", parent, noun)


# what an international organisation runs: "the U.N. mission in Libya", "the UN refugee agency UNHCR"
ORGANISATION_BODIES = {"mission", "agency", "force", "operation", "office", "programme", "program", "fund",
                       "body", "contingent", "tribunal", "court", "commission"}
NOT_A_BODY = {"state", "person", "civilians"}  # what no organisation runs as one of its bodies


def _bodies_of_organisations(context: ArticleContext, add) -> None:
    """ "UNSMIL, the U.N. mission in Libya", "the UN refugee agency UNHCR", "the NATO-led KFOR
    peacekeeping force", "the African Union mission AUSSOM": the named body is part_of the
    organisation whose name modifies the noun for what it runs."""
    doc = context.doc
    by_start = {m.start: m for m in context.mentions}
    for parent in context.mentions:
        if parent.kind != "international_org" or parent.generic:
            continue
        body_noun = None
        named_between = []
        for index in range(parent.end, min(parent.end + 5, len(doc))):
            token = doc[index]
            inside = context.actor_at(token)
            if token.lemma_.lower() in ORGANISATION_BODIES and token.pos_ == "NOUN":
                body_noun = token
                break
            if inside is not None and inside.start <= index < inside.end and inside is not parent:
                named_between.append(inside)  # "the NATO-led KFOR peacekeeping force"
                continue
            if token.pos_ in {"NOUN", "ADJ", "PROPN", "PART"} or token.lower_ in {"-", "led", "'s"}:
                continue
            break
        if body_noun is None:
            continue
        bodies = [m for m in named_between if m.kind not in NOT_A_BODY]
        after = by_start.get(body_noun.i + 1)
        if after is not None and after.kind not in NOT_A_BODY and not after.generic:
            bodies.append(after)  # "the UN refugee agency UNHCR" (not "the mission whose Cameroonian peacekeepers")
        start = doc[parent.start - 1] if parent.start > 0 else None
        closing = next((t for t in doc[body_noun.i + 1 : body_noun.sent.end] if t.text == "," or t.pos_ in {"VERB", "AUX"}), None)
        if start is not None and start.lower_ == "the" and start.i >= 2 and doc[start.i - 1].text == "," \
                and closing is not None and closing.text == ",":  # an apposition closes with a comma
            before = context.actor_at(doc[start.i - 2])
            if before is not None and before.end == start.i - 1 and before.kind not in NOT_A_BODY:
                bodies.append(before)  # "UNSMIL, the U.N. mission in Libya"
        for body in bodies:
            if body.actor_id != parent.actor_id:
                add(body, "part_of", parent, body_noun)


PART_NOUNS = {noun for noun, predicate in ROLE_PREDICATES.items() if predicate == "part_of"}
# rank words that stand between a role noun and the name in "the SSPDF spokesman, Major General X"
RANK_WORDS = RANKS | {"."}


def _with_object(noun: Token, context: ArticleContext) -> ActorMention | None:
    """ "a commander with the Fano militia", "a lawmaker from the Fatah alliance": the group a
    member serves with or comes from."""
    if noun.lemma_.lower() not in {"commander", "fighter", "member", "official", "officer", "spokesman",
                                   "lawmaker", "legislator", "mp", "politician", "delegate", "negotiator"}:
        return None
    for child in noun.children:
        if child.dep_ == "prep" and (child.lower_ == "with" or child.lower_ == "from" and not any(
                c.lower_ in {"former", "ex"} for c in noun.children)):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _actor_at(context, pobj)
    return None


def _role_group(context: ArticleContext, noun: Token) -> ActorMention | None:
    """Whose role a role noun names: "leader of X", "X's leader", and a naming modifier ("the SSPDF
    spokesman", "a CODECO faction leader"), a named actor before a generic one."""
    group = next((m for m in (_of_object(noun, context), _with_object(noun, context))
                  if m is not None and m.kind != "person"), None) or next(
        (_actor_at(context, c) for c in noun.children if c.dep_ == "poss" and _actor_at(context, c)), None
    ) or next((context.described_before(c) for c in noun.children if c.dep_ == "poss" and c.lower_ != "whose"
               and context.described_before(c) is not None), None) or next(  # "the brigade's commander, X"
        (m for c in noun.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}
         for m in [_pronoun_group(c, context)] if m is not None), None)
    if group is not None:
        return group
    if noun.i > 0 and noun.doc[noun.i - 1].text == ")":
        # "a Democratic Forces for the Liberation of Rwanda (FDLR) spokesman": the parser loses the
        # name behind its bracketed short form
        end = before_short_form(noun.doc, noun.i - 1)
        named = next((m for m in context.mentions if m.start <= end < m.end and not m.generic
                      and m.kind != "person"), None) if end >= 0 else None
        if named is not None:
            return named
    # "an RSF field commander": the name hangs on the word before the role noun
    words = [c for c in noun.children if c.dep_ in {"compound", "amod", "poss", "nmod"} and c.i < noun.i]
    words += [g for c in words if c.dep_ == "compound" for g in c.children if g.dep_ in {"compound", "amod"}]
    modifiers = [m for c in words for m in [_naming(context, c)] if m is not None and m.kind != "person"]
    return next((m for m in modifiers if not m.generic), modifiers[0] if modifiers else None)


def _pronoun_group(pronoun: Token, context: ArticleContext) -> ActorMention | None:
    """Whose "its" is in a role phrase: the subject of the clause above, past a person ("X said its
    spokesman ..."), else of the clause that one joins ("Hezbollah did not comment, but one of its
    lawmakers said")."""
    owners = [m for m in _subjects_above(pronoun, context) if m.kind != "person"]
    verb = next((a for a in pronoun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    while not owners and verb is not None and verb.dep_ in {"conj", "ccomp", "advcl"}:
        verb = verb.head
        owners = [m for m in _subjects(verb, context) if not m.generic and m.kind != "person"]
    nearest = next((m for m in sorted(context.mentions, key=lambda m: -m.start) if m.end <= pronoun.i
                    and m.start >= pronoun.sent.start and not m.generic and m.kind != "person"
                    and not _in_modifier(m, context.doc)), None)
    if not owners or nearest is not None and nearest.actor_id != owners[0].actor_id:
        return None  # "sided with the SPLM-IO since the arrest of its leader": the nearer one may own
    return owners[0]


def _named_after(context: ArticleContext, noun: Token) -> ActorMention | None:
    """ "the SSPDF spokesman, Major General Peter Gai Lual": a person named just after the role
    noun and a comma, through rank words, which the parser often hangs elsewhere."""
    doc = context.doc
    comma = noun.i + 1
    if comma < len(doc) and doc[comma].lower_ in {"in", "for"} and doc[comma].head.i == noun.i:
        # "the army's spokesman in Ituri, Lieutenant X": past a short "in <place>"
        comma = next((t.i for t in doc[comma + 1 : min(len(doc), comma + 5)] if t.text == ","), len(doc))
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    person = _person_from(context, comma + 1, lambda token: token.lower_ in RANK_WORDS)
    if person is not None:
        name = doc[person.start : person.end].root
        if name.dep_ in {"nsubj", "nsubjpass"} and name.head.i > name.i:
            return None  # "..., one of the ADF's senior commanders, Mugisha said": the source, no apposition
    return person


# "who gave his name as X", "known as X", "who goes by the name X", "who identified himself as X"
SELF_NAMING_LEMMAS = {"give", "know", "go", "identify", "call", "use"}


def _self_named(context: ArticleContext, noun: Token) -> ActorMention | None:
    """ "A Lakurawa commander, who gave his name as Mallam Sani", "a Los Lobos commander known as
    'El Cuervo'": the person the clause on the role noun names."""
    for clause in noun.children:
        if clause.dep_ not in {"relcl", "acl"} or clause.lemma_.lower() not in SELF_NAMING_LEMMAS:
            continue
        if clause.lemma_.lower() in {"give", "go", "use"} and not any(t.lemma_.lower() == "name" for t in clause.subtree):
            continue  # "who gave orders to ...": no name given
        # the name follows "as" or "name", though the parser may hang it outside the clause
        cue = max((t for t in clause.subtree if t.i > clause.i and t.lower_ in {"as", "name"}), default=None)
        if cue is not None:
            return _person_from(context, cue.i + 1, lambda token: token.lower_ in RANK_WORDS or token.is_quote)
    return None


def _person_from(context: ArticleContext, start: int, passable) -> ActorMention | None:
    """The person whose name begins within four tokens of ``start``, reached only through tokens
    ``passable`` accepts (rank words, titles); None when anything else comes first."""
    doc = context.doc
    for token in doc[start : min(len(doc), start + 4)]:
        mention = _naming(context, token)
        if mention is not None:
            return mention if mention.kind == "person" and mention.start == token.i else None
        if not passable(token):
            return None
    return None


def _named_or_described(context: ArticleContext, noun: Token) -> ActorMention | None:
    """The actor a noun names, or, for a noun in apposition ("the coalition" in "the AFC, the
    coalition to which ..."), the actor it describes; never one named further down its phrase."""
    return _naming(context, noun) or _apposed_name(context, noun) or (
        _named_just_before(context, noun) if noun.dep_ == "appos" else None)


def _named_just_before(context: ArticleContext, noun: Token) -> ActorMention | None:
    """The name that ends just before the comma opening a noun's phrase, when the parser hung the
    apposition on an earlier word ("A spokesman for the AFC, the coalition to which ...")."""
    index = _word_before_apposition(context.doc, noun)
    mention = _naming(context, context.doc[index]) if index is not None else None
    if mention is None and index is not None and noun.left_edge.i >= 3 and context.doc[noun.left_edge.i - 2].text == ")":
        # "the Convention for the Popular Revolution (CRP), a Hema militia": the model missed the
        # long name, not its short form
        index = noun.left_edge.i - 3
        mention = _naming(context, context.doc[index])
    return mention if mention is not None and mention.end == index + 1 and not mention.generic else None


def _relative_to(verb: Token) -> bool:
    """ "to which X belongs", "to which it answers": the relative pronoun is the object of "to"."""
    return any(t.lower_ in {"which", "whom"} and t.dep_ == "pobj" and t.head.lower_ == "to" for t in verb.subtree
               if t.i < verb.i)


def _person_after_title(context: ArticleContext, noun: Token) -> ActorMention | None:
    """ "loyal to the warlord Kachalla X", "loyal to Prime Minister Y": the person a title noun
    stands before, through rank words, however the parser attached the name."""
    return _person_from(context, noun.i + 1,
                        lambda token: token.lower_ in RANK_WORDS or token.is_title and token.dep_ == "compound")


def _role_member(context: ArticleContext, noun: Token, group: ActorMention | None) -> ActorMention | None:
    """Who holds the role: the noun's head when the noun is in apposition ("X, a commander of Y"),
    else its own apposition ("Y's leader, X"), the person named after it, the subject of "X is a
    member of Y", or the name it modifies ("Houthi spokesman Nasser al-Qudsi"). A role noun in
    apposition ("members of X, a branch of Y") describes X, not the members."""
    outlet = _actor_at(context, noun)
    if outlet is not None and outlet.kind == "media" and outlet is not group:
        return outlet  # "killed the attackers, the military's media wing said": the wing is the outlet
    if noun.dep_ == "conj" and noun.head.dep_ == "appos" and any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        # "the TNLA, the armed wing of the PSLF and a member of the alliance": both describe the TNLA
        return _actor_at(context, noun.head.head) or next(iter(_phrase_actors(context, noun.head.head)), None)
    if (noun.dep_ == "appos" and noun.doc[noun.i - 1].text != ")") or _apposed_conjunct(noun):
        # "the battalion, a unit of the al-Quds Brigades, the armed wing of PIJ": the nearer name;
        # "M23 rebels, the armed wing of the AFC": the group the described noun names
        return _nearer_antecedent(context, noun) or _actor_at(context, noun.head) or next(
            iter(_phrase_actors(context, noun.head)), None)
    for child in noun.children:
        if child.dep_ in {"appos", "compound"} and child.lemma_.lower() not in PART_NOUNS:
            mention = _actor_at(context, child)
            if mention is not None and child.dep_ == "compound" and mention.kind != "person" \
                    and group is not None and one_state(mention, group):
                continue  # "Burundi's army spokesman": the army is whose spokesman he is, not a member
            if mention is not None and mention is not group and (
                    group is None or mention.actor_id != group.actor_id):
                return mention
    named = _named_after(context, noun) or _self_named(context, noun)
    if named is not None:
        return named
    if noun.dep_ == "attr":
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in {"which", "that", "who"}:
            return _owner(noun.head.head, context) if noun.head.dep_ == "relcl" else None
        if subject is None and noun.head.dep_ == "conj":
            # "a gang that holds the valley and is part of Viv Ansanm": the first verb's subject
            return next(iter(_subjects(noun.head, context)), None)
        return _actor_at(context, subject) if subject is not None else None
    if noun.dep_ == "compound":
        return _titled(context, noun)  # "Houthi spokesman Nasser al-Qudsi"
    if noun.lemma_.lower() in DESCRIPTION_NOUNS and noun.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
        return context.described_before(noun, exclude=group)  # "The al-Qaeda affiliate claimed"
    return None


def _apposed_conjunct(noun: Token) -> bool:
    """A "conjunct" with no "and" or "or" before it, set off by a comma: the parser's reading of an
    apposition ("M23 rebels, the armed wing of the AFC, captured")."""
    if noun.dep_ != "conj" or noun.head.i > noun.i:
        return False
    doc = noun.doc
    between = doc[noun.head.i + 1 : noun.left_edge.i]
    if any(c.dep_ == "appos" and c.i < noun.i and c.pos_ == "NOUN" for c in noun.head.children) and any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        return True  # "the AA, the armed wing of the ULA and a member of the alliance": a second description
    return bool(between) and between[-1].text == "," and not any(t.dep_ == "cc" for t in between)


# a head's post that is not the top of the body: a district, regional or deputy head serves it
LOCAL_POSTS = {"district", "regional", "provincial", "local", "field", "deputy", "area", "zonal", "sector",
               "municipal", "county", "assistant", "vice"}


def _role_relation(context: ArticleContext, noun: Token, predicate: str, add) -> None:
    """ "a commander of X", "X's leader, Y", "the SSPDF spokesman, Major General Y", "a CODECO
    faction leader, Y" (the leader of a faction serves the whole: member_of)."""
    lemma = noun.lemma_.lower()
    if lemma == "commander" and not any(c.lower_ in {"a", "an", "senior", "field", "local", "one"}
                                        for c in noun.children):
        predicate = "leader_of"  # "(the) commander of X" leads it; "a commander in X" serves
    if predicate == "leader_of" and any(c.dep_ == "compound" and c.lemma_.lower() in PART_NOUNS
                                        for c in noun.children):
        predicate = "member_of"
    group = _role_group(context, noun) or _cabinet(context, noun)
    if predicate == "leader_of" and group is not None and any(
            p.dep_ == "pobj" and not group.start <= p.i < group.end and any(c.dep_ == "poss" for c in p.children)
            for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children):
        predicate = "member_of"  # "head of Hezbollah's parliamentary bloc": he leads a body within it
    if predicate == "leader_of" and any(c.dep_ in {"compound", "amod"} and c.lower_ in LOCAL_POSTS
                                        for c in noun.children) and not (
            group is not None and group.kind == "government" and not national_organ(group)):
        # "the district police chief", "its deputy leader": a post below the top; "Jubaland's
        # regional leader" heads the region's own administration
        predicate = "member_of"
    if predicate == "part_of" and _of_object(noun, context) is not None:
        several = [m for m in _modifier_actors(context, noun) if m is not group]
        if several:
            for part in several:  # "the Chapitos and Mayiza factions of the Sinaloa Cartel"
                add(part, predicate, group, noun)
            return
    organ = next((m for c in noun.children if c.dep_ == "compound" for m in [_actor_at(context, c)]
                  if m is not None and m.kind in {"state_forces", "government"} and group is not None
                  and group.kind == "state" and one_state(m, group)), None)
    group = organ or group  # "Burundi's army spokesman": the army's
    member = _role_member(context, noun, group)
    if lemma == "commander" and predicate == "leader_of" and any(
            c.dep_ == "prep" and c.lower_ in {"in", "for"} for c in noun.children):
        predicate = "member_of"  # "Fatah's commander in Lebanon" commands a branch, not the whole
    if member is not None and member.generic and member.kind in UNIT_KINDS and lemma in {"member", "fighter"}:
        return  # "the attackers were members of X", "gang fighters from X": they are X, not a part of it
    if member is not None and member.kind == "civilians":
        return  # "the second man was a leader in the Scouts": a victim's role, no party's tie
    if member is not None and lemma == "fighter" and member.kind in {"government", "state", "international_org"}:
        return  # "the X fighters, whom the government arms": no state is a fighter of a group
    if lemma == "governor" and (group is None or group.kind != "government" or national_organ(group)):
        predicate = "member_of"  # a region's governor leads it; a group's "governor for Kirkuk" serves
    if predicate == "part_of" and member is not None and group is not None and member.end <= noun.left_edge.i \
            and any(c.dep_ == "compound" and group.start <= c.i < group.end for c in noun.children):
        # "the rival Mayiza faction" after the cartel was named is the faction's own name, where
        # "the al-Qaeda affiliate" after al-Shabaab names the whole: only the knowledge base tells
        known = actor_by_id(group.actor_id)
        if known is not None and member.name in known.parents:
            add(group, predicate, member, noun)
            return
    if member is not None and group is not None and member is not group:
        add(member, predicate, group, noun)


CABINET_TITLES = {"minister", "secretary"}


def _titled(context: ArticleContext, token: Token) -> ActorMention | None:
    """The actor a role word in front of a name is the title of, through rank words the parser
    hangs it on ("Army spokesman Major General X": the role on the rank, the rank on the name)."""
    head = token
    for _ in range(5):
        if head.dep_ != "compound":
            return None
        head = head.head
        # the name itself, before an actor in its modifiers ("Joint Forces spokesman X")
        mention = _actor_at(context, head)
        if mention is not None or head.lower_ not in RANK_WORDS:
            return mention
    return None


def _title_of_person(context: ArticleContext, token: Token) -> bool:
    """ "Information Minister Hassan Mohamed Warsame": a capitalised role word (a proper noun to
    the tagger) in front of a person's name is a title."""
    titled = _titled(context, token)
    return titled is not None and titled.kind == "person"


def _cabinet(context: ArticleContext, noun: Token) -> ActorMention | None:
    """ "Interior Minister X" in an article that names the government (or a ministry) of the
    country: X is a member of it. The title alone makes no government actor."""
    if noun.lemma_.lower() not in CABINET_TITLES or noun.dep_ != "compound" or not any(
            c.lower_ in PORTFOLIO_WORDS for c in noun.children):
        return None
    if any(c.lower_ in {"former", "ex", "then"} for c in noun.children):
        return None  # "former oil minister X" is in no government now
    country = context.focus
    return next((m for m in context.mentions if m.kind == "government" and m.country == country
                 and national_organ(m)), None) if country else None


LEAD_VERBS = {"lead", "head", "command", "run", "chair", "found", "launch"}


def _leader_named(context: ArticleContext, noun: Token) -> ActorMention | None:
    """The person the agent of "led by" names: itself ("led by General X"), its apposition ("led by
    its commander, X") or the name it is known by ("led by a commander known as alias X", whose odd
    name the model may not call a person)."""
    mention = _naming(context, noun)
    if mention is not None:
        return mention if mention.kind == "person" else None
    for child in noun.children:
        if child.dep_ == "appos":
            mention = _naming(context, child)
            if mention is not None and mention.kind == "person":
                return mention
        if child.dep_ == "acl" and child.lemma_.lower() in {"know", "call", "name", "identify"}:
            for name in child.subtree:
                mention = _naming(context, name) if name.dep_ in {"pobj", "oprd", "attr"} else None
                if mention is not None and mention.kind in {"person", "other"} and not mention.generic:
                    return mention
    return None


def _led_by(context: ArticleContext, add) -> None:
    """ "the junta led by General X", "X, a faction of Y led by a commander known as Z", "the
    group, which is headed by X": the person of the agent leads what was led (a faction in
    apposition stands for the named group it describes). Only people: "a coalition led by Saudi
    Arabia" is one actor, and "an offensive led by the army" no actor at all."""
    for verb in context.doc:
        if verb.lemma_.lower() not in LEAD_VERBS or verb.tag_ != "VBN":
            continue
        # "led from exile by X": the parser may hang the agent on the place
        agents = [c for c in verb.children if c.dep_ == "agent"] + [
            a for prep in verb.children if prep.dep_ == "prep" for p in prep.children for a in p.children
            if a.dep_ == "agent" or a.dep_ == "prep" and a.lower_ == "by"]
        leaders = [_leader_named(context, pobj) for agent in agents for pobj in agent.children if pobj.dep_ == "pobj"]
        leaders = [leader for leader in leaders if leader is not None]
        if not leaders:
            continue
        clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "acl" and verb.head.tag_ == "VBN" else verb
        noun = clause.head  # "a force backed by the UAE and commanded by X": the force of the first participle
        part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if clause.dep_ == "acl" and noun.dep_ == "appos" and noun.lemma_.lower() in PART_NOUNS | GROUP_DESCRIPTIONS:
            led = _nearer_antecedent(context, noun) or _actor_at(context, noun.head)
        elif clause.dep_ == "acl" and part is not None and part.lemma_.lower() in SPLIT_PARTS and not any(
                m.start <= t.i < m.end and not m.generic for t in noun.subtree if t.i < verb.i for m in context.mentions):
            # "the Unmanned Systems Forces, a branch of the armed forces commanded by Robert
            # Brovdi": the branch is led, not the whole it is described by (a named whole, "a
            # faction of the EMC bloc headed by X", may be the one led)
            led = (_nearer_antecedent(context, part) or _actor_at(context, part.head)) if part.dep_ == "appos" \
                else _actor_at(context, part)
        elif clause.dep_ == "acl" and noun.lemma_.lower() in SPLIT_PARTS and _named_just_before(context, noun) and not any(
                m.start <= noun.i < m.end for m in context.mentions):
            # the same, with the faction hung outside the apposition: the name just before it
            led = _named_just_before(context, noun)
        else:
            led = _backed_one(verb, context)
        if led is None and verb.dep_ == "acl" and noun.lemma_.lower() in GROUP_DESCRIPTIONS:
            led = _named_just_before(context, noun)  # "..., a coalition headed by X" hung on the verb
        for leader in leaders:
            add(leader, "leader_of", led, verb)


# parts of a group that have leaders of their own ("the faction of X led by Y")
SPLIT_PARTS = {"faction", "wing", "branch", "splinter", "offshoot", "breakaway"}
COUNT_WORDS = {"two", "three", "four", "five", "both"}


def _listed_before(context: ArticleContext, noun: Token) -> list[ActorMention]:
    """ "between the Radaa force and the 444th Brigade, two armed groups affiliated with Y": a
    counted plural phrase right after a list of actors and a comma describes each of them (the
    parser rarely hangs it on the list)."""
    if noun.tag_ != "NNS" or not any(c.lower_ in COUNT_WORDS for c in noun.children):
        return []
    doc = context.doc
    comma = noun.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return []
    last = doc[comma - 1]
    while last.dep_ == "conj" and last.head.i < last.i:
        last = last.head
    listed = [m for m in _phrase_actors(context, last) if m.kind != "person"]
    return listed if len(listed) >= 2 else []


def _described(context: ArticleContext, noun: Token) -> list[ActorMention]:
    """The actors a descriptive phrase is said of: its owner, or the list it follows."""
    owner = _owner(noun, context)
    return [owner] if owner is not None else _listed_before(context, noun)


def _modifier_actors(context: ArticleContext, noun: Token) -> list[ActorMention]:
    """ "the Chapitos and Mayiza factions of the Sinaloa Cartel": the actors a plural noun's
    modifiers name, when they are several (one modifier is the usual "Houthi fighters")."""
    if noun.tag_ != "NNS":
        return []
    found: list[ActorMention] = []
    for child in noun.children:
        if child.dep_ in {"compound", "nmod", "amod"} and child.i < noun.i:
            for word in (child, *child.conjuncts):
                mention = _naming(context, word)
                if mention is not None and mention not in found:
                    found.append(mention)
    return found if len(found) >= 2 else []


def _allied_after(context: ArticleContext, first: ActorMention) -> list[ActorMention]:
    """ "government troops and allied Macawisley clan militias", "the army and allied militias":
    read off the words, since the parser often takes "allied" for a verb. The actor named within
    three words after "and allied" is the first one's ally."""
    doc = context.doc
    i = first.end
    if i < len(doc) and doc[i].text == "(":
        # "the Kachin Independence Army (KIA) and allied ...": past the short form
        i = next((t.i + 1 for t in doc[i : min(len(doc), i + 6)] if t.text == ")"), i)
    if i + 2 >= len(doc) or doc[i].lower_ != "and" or doc[i + 1].lower_ != "allied":
        return []
    for token in doc[i + 2 : min(len(doc), i + 5)]:
        mention = _naming(context, token)
        if mention is not None and mention.actor_id != first.actor_id and mention.kind != "person":
            return [mention]
    return []


def _allied_conjuncts(context: ArticleContext, add) -> None:
    """ "X and allied Y militias": Y is allied with X."""
    for mention in context.mentions:
        for ally in _allied_after(context, mention):
            add(ally, "allied_with", mention, context.doc[mention.end + 1])


RELATIVE_PRONOUNS = {"who", "which", "that"}


def _clause_owner(head: Token, context: ArticleContext) -> ActorMention | None:
    """What a relative clause describes: the actor of the noun it hangs on, or, when that noun
    only fills out an apposition ("the IRI, an umbrella of factions that counts ..."), the
    actor the apposition describes."""
    mention = _owner(head, context)
    if (mention is None or mention.generic) and head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.dep_ == "appos":
        return _owner(head.head.head, context) or mention
    return mention


def _thing_above(noun: Token, context: ArticleContext) -> ActorMention | None:
    """What "which" describes when the nearest noun is a person: the nearest noun above it that is
    not one ("La Mayiza, the faction loyal to Ismael Zambada, which has been at war with ...")."""
    head = noun
    for _ in range(4):
        if head.head.i == head.i:
            return None
        head = head.head
        if head.pos_ in {"NOUN", "PROPN"}:
            owner = _clause_owner(head, context)
            if owner is not None and owner.kind != "person":
                return owner
    return None


def _mutual_fighting(context: ArticleContext, add) -> None:
    """ "the army and the SDF shelled each other's positions", "fought one another": the sides
    the joined subject lists fight each other."""
    for verb in context.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in OPPOSE_VERBS:
            continue
        if not says_each_other(t for t in verb.subtree if t.i > verb.i):
            continue
        sides = _subjects(verb, context)
        sides = [m for i, m in enumerate(sides) if m.kind != "person" and all(m.actor_id != o.actor_id for o in sides[:i])]
        for i, one in enumerate(sides):
            for other in sides[i + 1:]:
                if not one_state(one, other):
                    add(one, "opposes", other, verb)


def _subject_above(token: Token, context: ArticleContext, fits) -> ActorMention | None:
    """The first subject of the verbs above ``token``, nearest verb first, that ``fits``: whose
    "its" is when the nearest subject is the very body the phrase describes."""
    return next((m for verb in token.ancestors if verb.pos_ in {"VERB", "AUX"} for m in _subjects(verb, context)
                 if fits(m)), None)


def _subjects(verb: Token, context: ArticleContext) -> list[ActorMention]:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            if child.dep_ == "nsubj":
                if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    # "the 10th Front, which has fought the ELN": the noun the clause describes
                    owner = _clause_owner(verb.head, context)
                    if owner is not None and owner.kind == "person" and child.lower_ == "which":
                        owner = _thing_above(verb.head, context)  # "a faction loyal to X, which ..."
                    return [owner] if owner is not None else []
                if verb.dep_ == "relcl" and child.pos_ == "NOUN" and any(
                        c.dep_ == "poss" and c.lower_ == "whose" for c in child.children) and all(
                        m.generic for m in _phrase_actors(context, child)):
                    # "Uganda, whose troops have backed Kiir's government": the troops are the state's
                    owner = _clause_owner(verb.head, context)
                    if owner is not None and owner.kind in {"state", "state_forces", "armed_group", "government"}:
                        return [owner]
                if child.lower_ in SPEAKER_PRONOUNS:
                    # "the Israeli military said it had targeted a commander of X": the speaker
                    said = resolve_pronoun(child)
                    if said is not None:
                        return _phrase_actors(context, said)
                found = _phrase_actors(context, child)
                if not found and child.dep_ == "nsubj":
                    # "the Tuareg-led rebel alliance has fought the army": the group named before
                    found = [m for m in [context.described_before(child)] if m is not None]
                return found
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                return _phrase_actors(context, pobj)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
        # "the KIA, an ethnic militia fighting the military": the noun the participle describes
        owner = _clause_owner(verb.head, context)
        return [owner] if owner is not None else []
    if verb.dep_ in {"xcomp", "conj", "advcl"} and verb.head.pos_ in {"VERB", "AUX"}:
        passive = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and verb.dep_ == "conj" and passive.lower_ in RELATIVE_PRONOUNS \
                and verb.head.dep_ == "relcl":
            # "the TTP, which is allied with the Afghan Taliban and has fought the state", "a militia
            # that was trained by X and has been incorporated into the army": what the clause describes
            owner = _clause_owner(verb.head.head, context)
            return [owner] if owner is not None else []
        if passive is not None and verb.dep_ == "conj" and not any(c.dep_ == "auxpass" for c in verb.children):
            # "The militia is led by X and has fought alongside the army": the militia fought
            return _phrase_actors(context, passive)
        return _subjects(verb.head, context)
    return []


SPEAKER_PRONOUNS = {"it", "they", "we"}
INTENT_VERBS = {"threaten", "vow", "plan", "want", "seek", "aim", "pledge", "promise", "warn", "intend",
                "prepare", "refuse", "deny", "urge", "call"}


def _negated(verb: Token) -> bool:
    """ "did not seek to topple": a negation on the verb or on the verb it completes."""
    return any(c.dep_ == "neg" for v in (verb, verb.head if verb.dep_ in {"xcomp", "conj"} else verb)
               for c in v.children)


def _unreal(verb: Token) -> bool:
    """A fight that is threatened, denied, conditional or to come ("threatened to target US bases",
    "did not attack", "would strike if ...") states no opposition yet."""
    if _negated(verb):
        return True
    for current in (verb, verb.head if verb.dep_ in {"xcomp", "conj"} else verb):
        if current.lemma_.lower() in INTENT_VERBS and current is not verb:
            return True
        for child in current.children:
            if child.dep_ == "aux" and child.tag_ == "MD":
                return True
            if child.dep_ == "mark" and child.lower_ in {"if", "unless"}:
                return True
    return False


def _doer_of_noun(noun: Token, context: ArticleContext) -> list[ActorMention]:
    """Who does what a noun names: "the Coalition's fight", "X conducted strikes", "X's campaign"."""
    for child in noun.children:
        if child.dep_ == "poss":
            helped = _helped_object(noun, context) if child.lower_ in {"its", "their"} else []
            found = helped or _phrase_actors(context, child)
            if not found and child.lower_ in {"its", "their"}:
                # "a group that has used Libya as a base for its war against Y": the clause's doer
                found = _clause_subjects(noun, context, {"pobj", "prep", "dobj", "attr"})
            return found
    return _clause_subjects(noun, context, {"pobj", "prep"})


def _clause_subjects(noun: Token, context: ArticleContext, passable: set[str]) -> list[ActorMention]:
    """The subjects of the clause a noun lies in, climbing through the dependencies ``passable``."""
    head = noun.head
    while head.dep_ in passable and head.head.i != head.i and head.pos_ not in {"VERB", "AUX"}:
        head = head.head
    if head.pos_ in {"VERB", "AUX"}:
        return _subjects(head, context)
    return []


def _helped_object(noun: Token, context: ArticleContext) -> list[ActorMention]:
    """ "which backs the SDF in its fight against IS", "helped the army in its offensive": "its" is
    the one helped, the object of the verb the phrase hangs on."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or verb.pos_ != "VERB" or verb.lemma_.lower() not in HELPING_VERBS:
        return []
    return [m for c in verb.children if c.dep_ == "dobj" and c.i < prep.i for m in [_actor_at(context, c)]
            if m is not None]


SUPPORTING_VERBS = {"support", "arm", "fund", "back", "finance", "sponsor", "supply", "equip", "train", "bankroll"}
HELPING_VERBS = SUPPORTING_VERBS | {"help", "assist", "reinforce"}  # after "sent troops to ..."
RECEIVING_KINDS = {"armed_group", "state_forces", "government", "state", "international_org", "political_party"}
GIVING_VERBS = {"provide", "give", "send", "deliver", "ship", "transfer", "supply", "deploy"}
MATERIEL = {"weapon", "arm", "troop", "soldier", "drone", "missile", "ammunition", "intelligence", "support",
            "aid", "equipment", "fighter", "mercenary", "officer", "adviser", "advisor", "vehicle", "rocket",
            "money", "funding", "fund", "training", "backing", "force", "reinforcement"}
# verbs and nouns of a pact between allies ("formed an alliance with"); not "signed a pact",
# which may end a war between enemies
PACT_VERBS = {"form", "forge", "strike", "seal", "cement", "build"}
PACT_NOUNS = {"alliance", "pact", "partnership", "coalition"}
COALITION_WORDS = {"alliance", "coalition"}  # "belongs to the BRAS alliance": a member
ALLIANCE_NOUNS = {"coordination", "cooperation", "conjunction", "concert", "partnership", "alliance"}
ALLIANCE_VERBS = {"side": set(), "team": {"up"}, "join": {"force", "hand"}, "ally": set()}


BESIDE_VERBS = {"fight", "battle", "operate", "serve", "stand", "deploy", "patrol", "advance", "fighting"}


def _alliance_preps(token: Token) -> list[Token]:
    """The prepositions that name an ally: "alongside Y"; "with Y" after "in coordination",
    "joined forces", "teamed up", "sided"."""
    if token.dep_ != "prep":
        return []
    if token.lower_ == "alongside" or token.lower_ == "beside" and token.head.lemma_.lower() in BESIDE_VERBS:
        return [token]  # "fought beside the army" (not "a bomb went off beside the checkpoint")
    if token.lower_ != "with":
        return []
    head = token.head
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN" and lemma in ALLIANCE_NOUNS and head.dep_ == "pobj" and head.head.lower_ == "in":
        return [token]
    if head.pos_ == "VERB" and lemma in ALLIANCE_VERBS:
        needs = ALLIANCE_VERBS[lemma]
        if not needs or any(c.lemma_.lower() in needs and c.dep_ in {"dobj", "prt"} for c in head.children):
            return [token]
    return []


def _contributors(include: Token, context: ArticleContext) -> list[ActorMention]:
    """ "includes troops from Nigeria, Niger and Chad": the states that send the troops."""
    found = []
    for obj in (c for c in include.children if c.dep_ == "dobj" and c.lemma_.lower() in CONTINGENT_NOUNS):
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "from"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found += [m for m in context.actors_of_phrase(pobj) if m.kind in {"state", "state_forces"}]
    return found


CONTINGENT_NOUNS = {"troop", "troops", "soldier", "force", "forces", "contingent", "unit", "personnel"}


INSURGENCY_NOUNS = {"insurgency", "rebellion", "uprising", "jihadists", "insurgents"}


def _along_with(verb: Token, context: ArticleContext) -> list[ActorMention]:
    """ "is one of three members of Y, along with A and B": A and B."""
    found: list[ActorMention] = []
    for token in verb.subtree:
        if token.lower_ == "with" and token.i > 0 and context.doc[token.i - 1].lower_ == "along":
            for pobj in (c for c in token.children if c.dep_ == "pobj"):
                for word in (pobj, *pobj.conjuncts):
                    mention = _naming(context, word)
                    if mention is not None and not mention.generic and mention not in found:
                        found.append(mention)
    return found


def _alongside(verb: Token, context: ArticleContext) -> list[ActorMention]:
    """ "X fought alongside Y against Z": Y, who fights beside the subject."""
    return [m for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in SIDE_BY_SIDE_PREPS
            for p in prep.children if p.dep_ == "pobj" for m in _phrase_actors(context, p)]


def _ally_subjects(verb: Token, context: ArticleContext) -> list[ActorMention]:
    """The subject of the fighting verb, by the name its head word is part of ("the NUG, whose
    PDF fought alongside Y": the PDF, not its owner)."""
    for child in sorted(verb.children, key=lambda c: -c.i):  # the subject nearest the verb
        if child.dep_ == "nsubj" and child.i < verb.i:
            # "The faction, the 33rd Front, belongs to": the name in apposition says which
            named = next((m for c in child.children if c.dep_ == "appos"
                          for m in [_naming(context, c)] if m is not None and not m.generic), None)
            named = named or _naming(context, child)
            if named is not None:
                return [named]
    return _subjects(verb, context)


def _subjects_or_described(verb: Token, context: ArticleContext) -> list[ActorMention]:
    """The named subject of a verb, or, in a relative clause whose subject names no one ("which
    falls under", "that is subordinate to"), what the clause describes."""
    found = _ally_subjects(verb, context)
    if verb.dep_ == "relcl" and (not found or found[0].generic):
        return [m for m in [_owner(verb.head, context)] if m is not None]
    return found


def _more_relations(context: ArticleContext, add) -> None:
    for token in context.doc:
        lemma = token.lemma_.lower()
        # "X fought Y", "X attacked Y", "X clashed with Y"
        if token.pos_ == "VERB" and (lemma in OPPOSE_VERBS and not _unreal(token) or lemma in TOPPLE_VERBS
                                     and not _negated(token)):
            subjects = _subjects(token, context)
            subjects += [m for m in _alongside(token, context) if m not in subjects]
            objects = []
            for child in token.children:
                if child.dep_ == "dobj":
                    objects += _phrase_actors(context, child)
                    if child.lemma_.lower() in INSURGENCY_NOUNS and not objects:
                        # "fighting the insurgency": the armed group the article is about
                        objects += [m for m in [context.last_party_before(token.i, kinds={"armed_group"})] if m]
                elif child.dep_ == "prep" and child.lower_ in {"with", "against"} and not (
                        child.lower_ == "with" and child.i > 0
                        and context.doc[child.i - 1].lower_ in {"together", "along", "jointly"}):
                    # "fought ... with financial support from the EU": a backer, not a foe; "besieged
                    # the town together with PDF units": a partner
                    objects += [m for p in child.children if p.dep_ == "pobj" and p.lemma_.lower() not in AID_NOUNS
                                for m in _phrase_actors(context, p)]
            if not objects and token.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in token.children) \
                    and not any(c.lower_ in RELATIVE_PRONOUNS or any(g.lower_ == "whose" for g in c.children)
                                for c in token.children if c.dep_ == "nsubj") \
                    and not _acts_beside(token):
                # "Los Choneros, the rival gang Los Lobos has been fighting": the described noun (not
                # "Hamas, whose Qassam Brigades fought alongside Islamic Jihad": its own wing)
                objects = [m for m in [_owner(token.head, context)] if m is not None]
            if lemma in TOPPLE_VERBS:
                objects = [m for m in objects if m.kind != "person"]  # "the forces that toppled Assad": a past regime
            for subject in subjects:
                for obj in objects:
                    add(subject, "opposes", obj, token)
        # "X shot down a police helicopter", "X downed an army drone": the owner of the aircraft
        if token.pos_ == "VERB" and lemma in {"shoot", "down"} and not _unreal(token):
            down = [c for c in token.children if c.dep_ == "prt" and c.lower_ == "down"]
            if lemma == "down" or down:
                objects = [m for c in (*token.children, *(g for d in down for g in d.children))
                           if c.dep_ in {"dobj", "pobj"} for m in _phrase_actors(context, c)]
                for subject in _subjects(token, context):
                    for obj in objects:
                        add(subject, "opposes", obj, token)
        # "after a battle with Y (and allied Z)": the doer is the subject of the clause
        if token.lower_ == "with" and token.dep_ == "prep" and token.head.lemma_.lower() in MUTUAL_FIGHT_NOUNS \
                and token.head.dep_ == "pobj":
            targets = [m for p in token.children if p.dep_ == "pobj" for m in _phrase_actors(context, p)]
            targets += [ally for target in list(targets) for ally in _allied_after(context, target)]
            for doer in _doer_of_noun(token.head, context):
                for target in targets:
                    add(doer, "opposes", target, token)
        # "in one of the biggest defeats for the junta", "a blow to the rebels"
        if token.lemma_.lower() in DEFEAT_NOUNS and token.pos_ == "NOUN":
            targets = [m for prep in token.children if prep.dep_ == "prep" and prep.lower_ in {"for", "to"}
                       for p in prep.children if p.dep_ == "pobj" for m in _phrase_actors(context, p)]
            for doer in _doer_of_noun(token, context) if targets else ():
                for target in targets:
                    add(doer, "opposes", target, token)
        # "strikes against Y", "the fight against Y" (doer: possessor or the verb's subject)
        if token.lower_ == "against" and token.dep_ == "prep":
            targets = [m for p in token.children if p.dep_ == "pobj" for m in _phrase_actors(context, p)]
            head = token.head
            doers = _doer_of_noun(head, context) if head.pos_ in {"NOUN", "PROPN"} else _subjects(head, context)
            if head.lemma_.lower() == "pit":
                # "the clash pitted X against Y": the one pitted is the doer, not the clash
                doers = [m for c in head.children if c.dep_ == "dobj" for m in _phrase_actors(context, c)]
            doers += _alongside(head, context)  # "fought alongside the army against Y": the ally fights Y too
            if head.pos_ == "VERB" and head.lemma_.lower() in SUPPORTING_VERBS:
                # "supports the SDF against Islamic State": the one helped fights Y as well
                doers += [m for c in head.children if c.dep_ == "dobj" for m in _phrase_actors(context, c)
                          if m.kind not in NOT_A_SIDE]
            for doer in doers:
                for target in targets:
                    add(doer, "opposes", target, token)
        # "clashes between X and Y"
        if token.lower_ == "between" and token.head.lemma_.lower() in OPPOSE_NOUNS | {"clash", "fighting", "feud", "conflict", "hostility"}:
            sides = [m for p in token.children if p.dep_ == "pobj"
                     for m in (_modifier_actors(context, p) or _phrase_actors(context, p))]
            if len(sides) == 2:
                add(sides[0], "opposes", sides[1], token)
        # "with (air) support from Y" / "with the support of Y": the clause's subject is backed_by Y;
        # one predicate for one fact, so "Y provides support to X", "strikes in support of X" and
        # "Y arms X" are X backed_by Y too (``supports`` is left to supporters of a party)
        if lemma in SUPPORT_NOUNS and token.pos_ == "NOUN":
            backers = [
                m for prep in token.children if prep.dep_ == "prep" and prep.lower_ in {"from", "of"}
                for p in prep.children if p.dep_ == "pobj" for m in _phrase_actors(context, p)
            ]
            clause = token.head.head if token.head.dep_ == "prep" and token.head.lower_ == "with" else None
            if backers and clause is not None and clause.pos_ in {"VERB", "AUX"}:
                for subject in _subjects(clause, context):
                    for backer in backers:
                        add(subject, "backed_by", backer, token)
            # "X remains steadfast in its support of Y", "strikes in support of Y": X supports Y
            if token.head.dep_ == "prep" and token.head.lower_ == "in" and token.head.head.pos_ in {"VERB", "AUX", "ADJ"}:
                verb = token.head.head
                while verb.pos_ == "ADJ" and verb.head.i != verb.i:
                    verb = verb.head  # "remains steadfast in ..."
                for subject in _subjects(verb, context) if verb.pos_ in {"VERB", "AUX"} else ():
                    for supported in backers:
                        add(supported, "backed_by", subject, token)
            # "Y provides support to X" (not "X has the backing of Y": the subject holds it)
            if token.dep_ == "dobj" and token.head.lemma_.lower() not in {"have", "enjoy", "receive", "win", "gain", "get"}:
                receivers = [
                    m for prep in (*token.children, *token.head.children)
                    if prep.dep_ in {"prep", "dative"} and prep.lower_ in {"to", "for"}
                    for p in prep.children if p.dep_ == "pobj" for m in _phrase_actors(context, p)
                ]
                for subject in _subjects(token.head, context):
                    for receiver in receivers:
                        add(receiver, "backed_by", subject, token)
        # "X supports Y", "X arms Y"
        if token.pos_ == "VERB" and lemma in SUPPORTING_VERBS and not _unreal(token):
            perfect = token.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in token.children) and any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)  # "who have backed X"
            if token.tag_ != "VBN" or perfect:
                holders = [token] + [c for c in token.children if c.dep_ == "conj" and c.lemma_.lower() in SUPPORTING_VERBS]
                # "has been training and equipping the SNA": the joined verbs share the object
                objects = [m for holder in holders for c in holder.children if c.dep_ == "dobj"
                           for m in _phrase_actors(context, c) if m.kind not in NOT_A_SIDE]
                for subject in _subjects(token, context):
                    for obj in objects:
                        add(obj, "backed_by", subject, token)
        # "Rwanda has provided weapons and troops to the M23", "sent police officers to help X"
        if token.pos_ == "VERB" and lemma in GIVING_VERBS and not _unreal(token) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in MATERIEL for c in token.children):
            receivers = [m for prep in token.children if prep.dep_ in {"prep", "dative"} and prep.lower_ == "to"
                         for p in prep.children if p.dep_ == "pobj" for m in _phrase_actors(context, p)]
            # "sent officers to help Haiti's police": a state's forces helped (the parse of what
            # follows "help" is too loose to trust for an armed group)
            receivers += [m for x in token.children if x.dep_ in {"xcomp", "advcl"} and x.lemma_.lower() in HELPING_VERBS
                          for c in x.children if c.dep_ == "dobj" for m in _phrase_actors(context, c)
                          if m.kind in {"state_forces", "government", "state"}]
            for subject in _subjects(token, context):
                for receiver in receivers:
                    # a place the model took for a person or "other" ("sent troops to Apure") is none
                    if receiver.kind in RECEIVING_KINDS:
                        add(receiver, "backed_by", subject, token)
        # "X, fighting alongside Y", "X, in coordination with Y", "X joined forces with Y"
        for ally_prep in _alliance_preps(token):
            head = ally_prep.head
            while (head.pos_ == "NOUN" or head.pos_ == "NUM" and head.ent_type_ == "DATE") and head.dep_ == "pobj" \
                    and head.head.dep_ == "prep":
                # "in coordination with": the verb "in" hangs on; "since late 2024 alongside Y": the
                # parser hangs the ally on the year
                head = head.head.head
            if head.pos_ in {"VERB", "AUX"} and _unreal(head):
                continue
            doers = _ally_subjects(head, context) if head.pos_ in {"VERB", "AUX"} else []
            if not doers and head.dep_ in {"acl", "advcl", "relcl"}:
                doers = [m for m in [_owner(head.head, context)] if m is not None]
            if not doers and head.pos_ in {"NOUN", "PROPN"}:
                doers = [m for m in [_owner(head, context)] if m is not None]
            for p in ally_prep.children:
                if p.dep_ == "pobj":
                    # "alongside People's Defence Force units loyal to the NUG": the units' own name
                    own = next((m for c in p.children if c.dep_ in {"poss", "compound"} and c.i < p.i
                                for m in [_naming(context, c)] if m is not None and not m.generic), None)
                    for ally in [own] if own is not None and _naming(context, p) is None else _phrase_actors(context, p):
                        for doer in doers:
                            if ally.actor_id == doer.actor_id and ally.generic and ally.kind == "state_forces":
                                # "Rwandan troops, who have fought alongside the army": not their own,
                                # the army of the country the story is about
                                ally = _state_actor(context, context.focus, ("state_forces",)) or ally
                            if doer.kind != "civilians" and ally.kind != "civilians":
                                add(doer, "allied_with", ally, ally_prep)
        # "X, which includes Y" / "X factions, including A, B and C"
        if lemma == "include":
            whole = _naming(context, token.head) if token.dep_ in {"relcl", "acl", "prep"} else None
            if (whole is None or whole.generic) and token.dep_ in {"relcl", "prep"}:
                # "Carteles Unidos, an alliance of local gangs that includes A" (or "including A"):
                # the named whole; "UNDOF, the U.N. force that includes": the name, not the modifier
                named = _apposed_name(context, token.head)
                whole = named or (_clause_owner(token.head, context) if token.head.dep_ in {"appos", "pobj"} else whole)
            if whole is None and token.dep_ == "relcl" and token.head.dep_ == "appos":
                whole = _naming(context, token.head.head)  # "the AFC, the coalition that includes M23"
            parts = [m for c in token.children if c.dep_ in {"dobj", "pobj"} for m in _phrase_actors(context, c)]
            contributed = _contributors(token, context)  # "which includes troops from A, B and C"
            alliance = any(t.lemma_.lower() in {"alliance", "coalition", "umbrella", "bloc"}
                           for t in (token.head, token.head.head, token.head.head.head) if t.pos_ == "NOUN")
            for part in parts:
                if part not in contributed:
                    add(part, "member_of" if alliance or part.kind == "state" else "part_of", whole, token)
            for member in contributed:
                add(member, "member_of", whole, token)
        # "Los Chapitos have formed an alliance with the CJNG", "forged a pact with Y": allies
        if lemma in PACT_VERBS and token.pos_ == "VERB" and not _unreal(token):
            for pact in (c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in PACT_NOUNS
                         and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children)):
                # "an alliance": not a named one ("formed the BRAS alliance with Y" founded a coalition)
                partners = [m for holder in (token, pact) for prep in holder.children
                            if prep.dep_ == "prep" and prep.lower_ == "with"
                            for p in prep.children if p.dep_ == "pobj" for m in _phrase_actors(context, p)]
                for subject in _ally_subjects(token, context):
                    for partner in partners:
                        if partner.kind in ALLY_KINDS and subject.kind in ALLY_KINDS:
                            add(subject, "allied_with", partner, token)
        # "troops defending the outpost were joined by fighters of the RSO": the fighters' group
        # fights beside them
        if lemma == "join" and token.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in token.children) \
                and not _unreal(token):
            joiners = [m for agent in token.children if agent.dep_ == "agent"
                       for p in agent.children if p.dep_ == "pobj" for m in _phrase_actors(context, p)]
            joined = [m for c in token.children if c.dep_ == "nsubjpass" for m in _phrase_actors(context, c)]
            for subject in joined:
                for joiner in joiners:
                    if joiner.kind in ALLY_KINDS and subject.kind in ALLY_KINDS:
                        add(joiner, "allied_with", subject, token)
        # "X belongs to Y", "a gang belonging to Y"
        if lemma == "belong" and token.pos_ in {"VERB", "AUX"} and not _unreal(token):
            wholes = [m for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "to"
                      for p in prep.children if p.dep_ == "pobj" for m in [_actor_at(context, p)] if m is not None]
            parts = [m for m in _ally_subjects(token, context)] if token.dep_ not in {"acl", "relcl"} else \
                [m for m in [_owner(token.head, context)] if m is not None]
            if token.dep_ == "relcl" and _relative_to(token):
                # "the coalition to which M23 belongs": the clause's subject belongs to what it describes
                whole = _named_or_described(context, token.head)
                wholes = [whole] if whole is not None else []
                parts = _subjects(token, context)
            for part in parts:
                for whole in wholes:
                    if not part.generic:  # "the militants belonged to X" are X, not a part of it
                        # "belongs to the BRAS alliance": a member of a coalition, not a part
                        composite = any(t.lemma_.lower() in COALITION_WORDS for t in context.doc[whole.start : whole.end]) \
                            or any(p.lemma_.lower() in COALITION_WORDS for prep in token.children if prep.lower_ == "to"
                                   for p in prep.children if p.dep_ == "pobj")
                        add(part, "member_of" if part.kind == "person" or composite else "part_of", whole, token)
        # "the AES, which groups Niger with Mali and Burkina Faso": each is a member
        if lemma in {"group", "unite", "bring", "pool"} and token.pos_ == "VERB" and token.dep_ == "relcl" and not _unreal(token):
            whole = _named_or_described(context, token.head)  # also "the AES, a confederation that groups ..."
            members = [m for c in token.children if c.dep_ == "dobj" for m in _phrase_actors(context, c)]
            holders = [token, *(c for c in token.children if c.dep_ == "dobj")]  # "groups Niger with Mali"
            # "brings together contingents from Chad, Nigeria, Niger and Cameroon": every giver listed
            members += [m for holder in holders[1:] for prep in holder.children
                        if prep.dep_ == "prep" and prep.lower_ == "from"
                        for p in prep.children if p.dep_ == "pobj" for m in context.mentions
                        if p.left_edge.i <= m.start and m.end <= p.right_edge.i + 1 and not m.generic
                        and m.kind in MEMBER_KINDS and m not in members]
            members += [m for holder in holders for prep in holder.children
                        if prep.dep_ == "prep" and prep.lower_ in {"with", "together"}
                        for p in prep.children if p.dep_ == "pobj" for m in context.mentions
                        if p.left_edge.i <= m.start and m.end <= p.right_edge.i + 1 and not m.generic]
            if lemma in {"group", "pool"} or any(c.lower_ == "together" for c in token.children):
                for member in members:
                    add(member, "member_of", whole, token)
        # "X is part of the Y Alliance with A and B": A and B are members too
        if lemma == "part" and token.pos_ == "NOUN":
            for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
                for whole_token in (c for c in of.children if c.dep_ == "pobj"):
                    whole = _naming(context, whole_token)
                    partners = [m for prep in whole_token.children if prep.dep_ == "prep" and prep.lower_ == "with"
                                for p in prep.children if p.dep_ == "pobj" for m in context.actors_of_phrase(p)]
                    for partner in partners:
                        add(partner, "part_of", whole, token)
        # "troops freed 12 of the hostages": the rescuers oppose whoever held them
        if lemma in {"free", "rescue", "liberate"} and token.pos_ == "VERB" and not _unreal(token) and any(
                t.lemma_.lower() in CAPTIVE_NOUNS for c in token.children if c.dep_ == "dobj" for t in c.subtree):
            rescuers = [m for m in _subjects(token, context) if m.kind in {"state_forces", "armed_group"}]
            captor = context.last_party_before(token.i, kinds={"armed_group"},
                                               exclude={r.actor_id for r in rescuers})
            for rescuer in rescuers:
                add(rescuer, "opposes", captor, token)
        # "clashes pitting X against Y"
        if lemma == "pit" and token.pos_ == "VERB":
            pitted, opponents = pitted_sides(token)
            sides = [m for c in pitted for m in
                     ([_naming(context, c)] if _naming(context, c) else _phrase_actors(context, c)[:1])]
            others = [m for p in opponents for m in
                      ([_naming(context, p)] if _naming(context, p) else _phrase_actors(context, p)[:1])]
            for side in sides:
                for other in others:
                    add(side, "opposes", other, token)
        # "X, which has been waging a turf war with Y", "waged an insurgency against Y"
        if (lemma == "wage" or token.lower_ in {"waging", "waged", "wages"}) \
                and token.pos_ == "VERB" and not _unreal(token):
            fights = [c for c in token.children if c.dep_ == "dobj"]
            others = [m for holder in (token, *fights) for prep in holder.children
                      if prep.dep_ == "prep" and prep.lower_ in {"with", "against", "on"}
                      for p in prep.children if p.dep_ == "pobj" for m in _phrase_actors(context, p)]
            doers = _ally_subjects(token, context)
            if not doers and token.dep_ == "relcl":
                doers = [m for m in [_owner(token.head, context)] if m is not None]
            for doer in doers:
                for other in others:
                    add(doer, "opposes", other, token)
        # "the group, which serves as the military wing of Y"; "a force that falls under the Y umbrella"
        if lemma in {"serve", "act", "fall", "operate", "come"} and token.pos_ == "VERB":
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"as", "under"}):
                for p in (c for c in prep.children if c.dep_ == "pobj"):
                    if prep.lower_ == "as" and p.lemma_.lower() not in PART_NOUNS or p.lemma_.lower() in PRETEXT_NOUNS:
                        continue  # "operating under the cover of the PMF": a pretext, not a command
                    whole = _of_object(p, context) if prep.lower_ == "as" else next(
                        iter(_phrase_actors(context, p)), None)
                    parts = _subjects_or_described(token, context)
                    for part in parts:
                        add(part, "part_of", whole, token)
        # "the border guards are subordinate to the FSB", "a unit subordinate to the ministry"
        if token.lower_ == "subordinate" and token.pos_ == "ADJ" and not _negated(token.head):
            superior = _first_pobj(token, "to")
            whole = _actor_at(context, superior) if superior is not None else None
            if token.dep_ == "acomp":
                parts = _subjects_or_described(token.head, context)
            else:
                parts = [m for m in [_owner(token.head, context)] if m is not None] if token.dep_ == "amod" else []
            for part in parts:
                if whole is not None and part.kind not in {"person", "civilians"} and whole.kind not in {"person", "civilians"}:
                    add(part, "part_of", whole, token)
        # "3R, one of the groups in the CPC", "one of the members of Y"
        if token.lower_ == "one" and token.dep_ in {"appos", "attr", "nsubj"}:
            for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
                for group_noun in (c for c in of.children if c.dep_ == "pobj"):
                    whole = next((m for prep in group_noun.children if prep.dep_ == "prep" and prep.lower_ in {"in", "of"}
                                  for p in prep.children if p.dep_ == "pobj" for m in [_naming(context, p)]
                                  if m is not None), None) or next(
                        # "one of the factions that make up the AFNM"
                        (m for clause in group_noun.children if clause.dep_ == "relcl"
                         and clause.lemma_.lower() in {*COMPOSING_VERBS, "constitute"}
                         for o in clause.children if o.dep_ == "dobj" for m in [_naming_or_modifier(context, o)]
                         if m is not None), None) or next(
                        # "Abu Waqas, one of the ADF's senior field commanders"
                        (m for c in group_noun.children if c.dep_ == "poss" for m in [_naming(context, c)]
                         if m is not None and not m.generic and group_noun.lemma_.lower() in ROLE_PREDICATES), None)
                    # "The Grand Ravine gang, one of the groups in Viv Ansanm": the name may be
                    # the modifier of the noun described
                    member = (_naming(context, token.head) or next(
                        (m for m in [_naming_or_modifier(context, token.head)]
                         if m is not None and m.kind in JOINED_BODY_KINDS), None) or next(
                        # "Fighters of the Gojjam Fano Command, one of the factions ...": the body
                        (m for prep in token.head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         and token.head.lemma_.lower() in {"fighter", "member", "troop", "soldier", "unit", "militant"}
                         for p in prep.children if p.dep_ == "pobj" for m in [_naming(context, p)]
                         if m is not None and m.kind in JOINED_BODY_KINDS), None)) if token.dep_ == "appos" else None
                    if token.dep_ == "attr":  # "The 3R is one of the main members of the CPC"
                        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
                        member = _naming(context, subject) if subject is not None else None
                    if member is not None and member.name.startswith("Unidentified") and not any(
                            t.pos_ == "PROPN" for t in context.doc[member.start : member.end - 1]):
                        member = None  # "Fighters of the Wollo command, one of ...": no name was read
                    if member is not None and whole is not None:
                        # "one of the factions of Y", "one of its units": a part; "one of the groups in Y", a member
                        predicate = "part_of" if group_noun.lemma_.lower() in LISTED_PART_NOUNS and member.kind != "person" \
                            else "member_of"
                        if group_noun.lemma_.lower() in {"ally", "partner"}:
                            predicate = "allied_with"  # "one of Hezbollah's allies"
                        add(member, predicate, whole, token)
                        # "..., along with the Arakan Army and the MNDAA": the other members named
                        for partner in _along_with(token.head, context):
                            add(partner, predicate, whole, token)
        # "X, which fights under the Tasis alliance"
        if token.lower_ == "under" and token.dep_ == "prep":
            for p in (c for c in token.children if c.dep_ == "pobj" and c.lemma_.lower() in {"alliance", "coalition", "umbrella", "banner"}):
                whole = next(iter(_phrase_actors(context, p)), None)
                head = token.head
                if whole is not None and head.pos_ == "NOUN":
                    # "the RDK, one of several units of Russian volunteers under the umbrella of the HUR"
                    described = _described_by_apposition(context, head)
                    if described is not None and described.actor_id != whole.actor_id:
                        add(described, "part_of" if p.lemma_.lower() == "umbrella" else "member_of", whole, token)
                    continue
                if whole is None or head.pos_ not in {"VERB", "AUX"} or head.lemma_.lower() in {"fall", "serve", "come"}:
                    continue
                members = _subjects_or_described(head, context)
                # "which fights under the banner of the AFC" is its wing; "under the Tasis alliance", a
                # member, and so is each of the groups that fight "beside" one another under an umbrella
                partners = _partners(head, context)
                joint = bool(partners) or p.lemma_.lower() not in {"umbrella", "banner"} or _acts_beside(head)
                for member in members + partners:
                    add(member, "member_of" if joint else "part_of", whole, token)
        # "X and its ally, Y", "their Russian allies from the Wagner Group"
        if lemma in {"ally", "partner"} and token.pos_ == "NOUN" and any(
                c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in token.children):
            owners = [m for m in [_naming(context, token.head)] if m is not None] if token.dep_ == "conj" \
                else _subjects_above(token, context)
            allies = [m for c in token.children if c.dep_ in {"appos", "compound"} for m in [_naming(context, c)]
                      if m is not None]
            allies += [m for prep in token.children if prep.dep_ == "prep" and prep.lower_ in {"from", "of", "in"}
                       for p in prep.children if p.dep_ == "pobj" for m in [_naming(context, p)] if m is not None]
            for owner in owners:
                for ally in allies:
                    add(owner, "allied_with", ally, token)
        # "The Tigray Defence Forces, which are loyal to the TPLF", "a militia loyal to the SPLM-IO"
        if token.lower_ == "loyal" and token.pos_ == "ADJ":
            patrons = [m for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "to"
                       for p in prep.children if p.dep_ == "pobj"
                       for m in [_naming(context, p) or _person_after_title(context, p)] if m is not None]
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"):
                if not any(c.dep_ == "pobj" for c in prep.children):
                    # "Bandits loyal to the warlord Bello Turji raided": the parser made the name
                    # the verb's subject
                    patrons += [m for m in [_person_from(context, prep.i + 1, lambda t: t.dep_ in {"det", "compound"}
                                                         or t.lower_ in RANK_WORDS)] if m is not None]
            head = token.head
            if head.pos_ in {"AUX", "VERB"}:  # "which are loyal to"
                subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
                loyal = _owner(head.head, context) if head.dep_ == "relcl" else (
                    _naming(context, subject) if subject is not None else None)
            else:  # "a youth militia loyal to": the apposition describes the named group
                loyal = _naming(context, head.head) if head.dep_ == "appos" else _naming_or_modifier(context, head)
                if loyal is None and head.dep_ == "appos":
                    # "fighters of the National Guard, a Druze force loyal to X": the group the
                    # described noun belongs to
                    loyal = next(iter(_phrase_actors(context, head.head)), None)
            for patron in patrons:
                if patron.kind == "person":
                    # "bandits loyal to the warlord X", "a faction loyal to Ismael Zambada": he leads them
                    if loyal is not None and loyal.kind in UNIT_KINDS:
                        add(patron, "leader_of", loyal, token)
                elif loyal is not None and not loyal.generic:
                    add(loyal, "allied_with", patron, token)
        # "the ministry, which oversees the General Security Service": Y is part of X
        if lemma in {"oversee", "control", "run", "command", "supervise"} and token.dep_ == "relcl" and token.pos_ == "VERB" \
                and any(c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in token.children):
            whole = _naming(context, token.head) or (_owner(token.head, context) if token.head.dep_ == "appos" else None)
            for obj in (c for c in token.children if c.dep_ == "dobj"):
                part = _naming(context, obj) or next(iter(_phrase_actors(context, obj)), None)
                if whole is not None and part is not None and part.kind not in {"person", "state"}:
                    add(part, "part_of", whole, token)
        # "the Africa Corps, a Russian force controlled by Moscow's defence ministry": a part of it
        if lemma in {"control", "oversee", "supervise"} and token.tag_ == "VBN" and token.dep_ in {"acl", "relcl"}:
            part = _backed_one(token, context)
            for agent in (c for c in token.children if c.dep_ == "agent"):
                for whole in (m for p in agent.children if p.dep_ == "pobj" for m in _phrase_actors(context, p)):
                    # a government body that controls a force runs it; a group that controls a unit
                    # ("a brigade controlled by Kataib Hezbollah") dominates it without owning it
                    if part is not None and part.kind in UNIT_KINDS and whole.kind == "government":
                        add(part, "part_of", whole, token)
        # "the committee, which is run by the FSB", "a militia run by the interior ministry": its body
        if lemma == "run" and token.tag_ == "VBN" and token.dep_ in {"acl", "relcl"}:
            part = _backed_one(token, context)
            for agent in (c for c in token.children if c.dep_ == "agent"):
                for whole in (m for p in agent.children if p.dep_ == "pobj" for m in _phrase_actors(context, p)):
                    if part is not None and part.actor_id != whole.actor_id and part.kind not in NOT_A_BODY \
                            and whole.kind in FORCE_OWNER_KINDS - {"political_party"}:  # a ruling party's region is not its body
                        add(part, "part_of", whole, token)
        # "the ADF, which has pledged allegiance to Islamic State"
        if lemma in {"pledge", "swear"} and any(c.dep_ == "dobj" and c.lemma_.lower() == "allegiance" for c in token.children):
            swearers = _ally_subjects(token, context)
            if token.dep_ == "relcl" and (not swearers or swearers[0].generic):
                swearers = [m for m in [_owner(token.head, context)] if m is not None]
            for holder in (token, *(c for c in token.children if c.dep_ == "dobj")):
                for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "to"):
                    for p in (c for c in prep.children if c.dep_ == "pobj"):
                        wholes = _phrase_actors(context, p)
                        if p.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
                            # "Islamic State, to which ISWAP pledged allegiance": the noun described
                            wholes = [m for m in [_owner(token.head, context)] if m is not None]
                        for whole in wholes:
                            for swearer in swearers:
                                add(swearer, "part_of", whole, token)
        # "Hemedti leads the RSF", "X has commanded the group since 2019"
        if lemma in LEAD_VERBS and token.pos_ == "VERB" and token.dep_ != "relcl" and not _unreal(token):
            leaders = [m for m in _ally_subjects(token, context) if m.kind == "person"]
            groups = [m for c in token.children if c.dep_ == "dobj" for m in [_naming(context, c)]
                      if m is not None and m.kind != "person"]
            for leader in leaders:
                for group in groups:
                    add(leader, "leader_of", group, token)
        # "X, who heads Y", "X, who commands Y"
        if lemma in LEAD_VERBS and token.dep_ == "relcl" and token.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.lower_ == "who" for c in token.children):
            leader = _naming(context, token.head) or (
                _owner(token.head, context) if token.head.dep_ == "appos" else None)
            for obj in (c for c in token.children if c.dep_ == "dobj"):
                group = _naming(context, obj) or next(iter(_phrase_actors(context, obj)), None)
                if leader is not None and leader.kind == "person" and group is not None:
                    add(leader, "leader_of", group, token)
        # "Opposition leader X, of the Coalition for Change": the person's organisation
        if token.lower_ == "of" and token.dep_ == "prep" and token.i > 0 and context.doc[token.i - 1].text == ",":
            person = _naming(context, token.head)
            if person is not None and person.kind == "person":
                for p in (c for c in token.children if c.dep_ == "pobj"):
                    group = _naming(context, p)
                    if group is not None and group.kind not in {"person", "state", "civilians"}:
                        add(person, "member_of", group, token)
        # "the BIFF, whose leader Kagi Esmael ...": the relative clause's head has that leader
        if token.lower_ == "whose" and ROLE_PREDICATES.get(token.head.lemma_.lower()) in {"leader_of", "member_of"}:
            relative = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            group = _naming(context, relative.head) if relative is not None else None
            before = context.doc[token.i - 1] if token.i > 0 else None
            if before is not None and before.pos_ == "NOUN" and before.dep_ == "appos":
                # "the Sudan Shield Forces, a militia whose commander, X": the noun just before
                # "whose" is what it describes, wherever the parser hung the clause
                group = _clause_owner(before, context) or group
            role = token.head
            if group is None and role.dep_ == "compound" and role.head.dep_ == "appos":
                group = _naming(context, role.head.head)  # "the BIFF, whose leader Kagi Esmael ..." misparsed
            person = next((m for c in role.children if c.dep_ in {"appos", "compound", "dobj", "npadvmod"}
                           for m in [_naming(context, c)] if m is not None and m.kind == "person"), None)
            if person is None and role.dep_ == "compound":
                person = _naming(context, role.head)
                person = person if person is not None and person.kind == "person" else None
            if person is None and role.i + 1 < len(context.doc):
                person = _naming(context, context.doc[role.i + 1])
                person = person if person is not None and person.kind == "person" else None
            if group is not None and person is not None:
                # "whose commander, X" leads the group, as "the commander of X" does
                predicate = "leader_of" if role.lemma_.lower() == "commander" else ROLE_PREDICATES[role.lemma_.lower()]
                add(person, predicate, group, token)
        # "the Jordanian Armed Forces, whose Border Guard Force has fought ...": a named unit
        if token.lower_ == "whose" and token.head.lemma_.lower() not in PART_NOUNS:
            unit = _naming(context, token.head)
            relative = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            if unit is not None and not unit.generic and unit.kind in UNIT_KINDS | {"other"} and relative is not None:
                add(unit, "part_of", _owner(relative.head, context), token)
        # "Hamas, whose armed wing the Qassam Brigades ...", "X, whose political wing is Y"
        if token.lower_ == "whose" and token.head.lemma_.lower() in PART_NOUNS:
            owner = _owner(token.head.head, context) if token.head.head.pos_ in {"NOUN", "PROPN"} else None
            if owner is None:
                relative = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
                owner = _owner(relative.head, context) if relative is not None else None
            wing = token.head
            named = [m for c in (*wing.children, *wing.head.children)
                     if (c.dep_ in {"appos", "attr"} or c.dep_ == "dobj" and c.head.i == wing.i) and c.i != wing.i
                     for m in [_naming(context, c)] if m is not None]
            named += [m for c in wing.children if c.dep_ == "acl" and c.lemma_.lower() in {"know", "call", "dub", "name"}
                      for t in c.subtree if t.dep_ in {"pobj", "oprd"} and t.i > c.i
                      for m in [_naming(context, t)] if m is not None]  # "whose armed wing, known as the RKK"
            for unit in named:
                add(unit, "part_of", owner, token)
        if token.lower_ == "including" and token.dep_ == "prep":
            whole = _naming(context, token.head)  # "the community, including Russia": no whole
            if whole is not None and whole.generic and not whole.known:
                continue  # "a coalition of gangs including A": A is in the coalition, read by _composition
            for p in token.children:
                if p.dep_ == "pobj":
                    for part in _phrase_actors(context, p):
                        add(part, "part_of", whole, token)
        # "factions within X"
        if token.lower_ == "within" and token.dep_ == "prep":
            part = _actor_at(context, token.head)
            for p in token.children:
                if p.dep_ == "pobj":
                    add(part, "part_of", _actor_at(context, p), token)
        # "X and allied factions" / "X and its allies"
        if lemma in {"allied", "ally"} and token.head.dep_ == "conj" and token.dep_ in {"amod", "compound", "conj"} \
                and not any(c.dep_ == "prep" for c in token.children):
            add(_actor_at(context, token.head.head), "allied_with", _actor_at(context, token.head), token)
        # "X, allied with Y" / "X is allied to Y"
        if lemma in {"allied", "ally", "align"} and token.tag_ == "VBN":
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in {"with", "to"}:
                    for p in prep.children:
                        other = _actor_at(context, p)
                        # "Al-Shabaab, the Somali group allied with al-Qaeda": the name the
                        # apposition describes, not the ally named inside the phrase
                        described = [m for m in [_apposed_name(context, token.head)] if m is not None
                                     and not m.generic] or [
                            m for m in [_named_just_before(context, token.head)] if m is not None] or [
                            m for m in _described(context, token.head) if other is None or m.actor_id != other.actor_id]
                        for ally in described:
                            add(ally, "allied_with", other, token)
        # "Khalifa Haftar's Libyan National Army"
        if token.dep_ == "poss" and token.ent_type_ == "PERSON":
            person, group = _actor_at(context, token), _actor_at(context, token.head)
            if person is not None and person.kind == "person" and group is not None and group.kind in {
                "armed_group", "state_forces", "political_party"
            }:
                add(person, "leader_of", group, token)
        # "Syrian President Bashar al-Assad", "Hezbollah leader Naim Qassem"
        if lemma in ROLE_PREDICATES and token.dep_ == "compound" and ROLE_PREDICATES[lemma] == "leader_of":
            person = _actor_at(context, token.head)
            for child in token.children:
                if child.dep_ in {"amod", "compound", "poss", "nmod"}:
                    group = _actor_at(context, child)
                    if person is not None and person.kind == "person" and group is not None:
                        add(person, "leader_of", group, token)


# -- titles, owned units, lists of members -----------------------------------------------------
LEADER_TITLES = {"president", "leader", "chief", "head", "commander", "emir", "king", "chairman",
                 "premier", "founder"}
MEMBER_TITLES = {"minister", "spokesman", "spokeswoman", "spokesperson", "official", "envoy", "adviser",
                 "advisor", "secretary", "ambassador", "general", "colonel", "negotiator", "deputy",
                 "vice", "member", "lawmaker", "governor", "commissioner"}
DEPUTY_WORDS = {"vice", "deputy", "assistant", "acting", "former", "ex"}
TITLE_FILLERS = {"-", "foreign", "defence", "defense", "interior", "information", "security", "finance",
                 "military", "political", "senior", "top", "army", "prime", "the", "'s", "’s"}
# what a bare title ("Information Minister X", "President X") belongs to: the state's government
# for ministers, the state for its president
GOVERNMENT_FIRST = ("government", "state")
STATE_FIRST = ("state", "government")


def _title_words(context: ArticleContext, person: ActorMention) -> list[Token]:
    """The title words just before a person's name: "STC vice-president |Hani al-Yafei|",
    "Information Minister |Osman Abdelrahman|" (at most five tokens, all title-like)."""
    doc = context.doc
    start = person.start
    while start > 0 and doc[start - 1].lower_ in RANK_WORDS_BEFORE_NAMES:
        start -= 1  # "brigade spokesman Lieutenant X": the title is the one before the rank
    for first in dict.fromkeys((person.start, start)):
        words: list[Token] = []
        i = first - 1
        while i >= 0 and len(words) < 5:
            token = doc[i]
            lowered = token.lower_
            if lowered in LEADER_TITLES | MEMBER_TITLES | DEPUTY_WORDS | TITLE_FILLERS - {"the", "'s", "’s"}:
                words.insert(0, token)
                i -= 1
                continue
            break
        if any(w.lower_ in LEADER_TITLES | MEMBER_TITLES for w in words):
            return words
    return []


def _title_predicate(words: list[Token]) -> str:
    lowered = [w.lower_ for w in words]
    if any(w in DEPUTY_WORDS for w in lowered):
        return "member_of"
    if lowered[-1] in LEADER_TITLES or lowered[-2:] == ["prime", "minister"]:
        return "leader_of"
    return "member_of"


def _state_actor(context: ArticleContext, country: str | None, order: tuple[str, ...]) -> ActorMention | None:
    """The article's government or state actor of ``country`` (the first kind of ``order`` found)."""
    if country is None:
        return None
    for kind in order:
        # the national government before a regional one of the same country (the KRG, Puntland's)
        # a state's forces as a whole ("Military Forces of X") before one of its units
        for mention in sorted(context.mentions, key=lambda m: (not national_organ(m), not _whole_forces(m), m.generic)):
            if mention.kind == kind and mention.country == country:
                return mention
    return None


def _whole_forces(mention: ActorMention) -> bool:
    return mention.kind != "state_forces" or mention.name.startswith(("Military Forces of", "Police Forces of"))


def _only_country(context: ArticleContext) -> str | None:
    """The article's focus country when it is the only country the article names: a bare title
    ("Information Minister X") then belongs to its government. Where several countries are named
    the title may be any of theirs (a foreign minister visiting)."""
    named = {country_code(ent.text) for ent in context.doc.ents if ent.label_ in {"GPE", "NORP"}}
    named.discard(None)
    return context.focus if named == {context.focus} else None


def _title_relations(context: ArticleContext, add) -> None:
    """ "STC vice-president Hani al-Yafei" (member_of the STC), "Information Minister Osman
    Abdelrahman" and "President X" (of the government or state of the person's country, else of
    the article's focus country), "Syrian President X" (of Syria)."""
    doc = context.doc
    for person in (m for m in context.mentions if m.kind == "person" and not m.generic):
        words = _title_words(context, person)
        if not words:
            continue
        lead = doc[max(0, words[0].i - 2) : words[-1].i + 1]
        if any(w.lower_ in {"former", "ex", "late"} for w in lead):
            continue  # "former oil minister X" no longer belongs
        predicate = _title_predicate(words)
        before = doc[words[0].i - 1] if words[0].i > 0 else None
        if before is not None and before.lower_ in {"'s", "’s"} and words[0].i > 1:
            before = doc[words[0].i - 2]
        owner = _actor_at(context, before) if before is not None and before.pos_ in {"NOUN", "PROPN", "ADJ"} else None
        if owner is None and before is not None:
            # "legion spokesman X", "brigade spokesman Y": the unit named before
            owner = _formation_named_before(context, before)
        if owner is not None and owner.kind != "person" and before.i >= owner.start:
            if owner.kind == "state" and predicate == "member_of":
                owner = _state_actor(context, owner.country, GOVERNMENT_FIRST) or owner
            add(person, predicate, owner, words[-1])
            continue
        country = None
        if before is not None and before.ent_type_ in {"NORP", "GPE"}:
            country = country_code(before.text)
        if before is not None and before.ent_type_ in {"ORG", "PERSON"}:
            continue  # an organisation the model did not resolve: not the state's office
        # a person's country counts only from the knowledge base: otherwise it is itself a guess
        country = country or (person.country if person.known else None) or _only_country(context)
        head = words[-1].lower_
        if head in {"ambassador", "envoy", "secretary", "adviser", "advisor"} and before is None:
            continue  # an ambassador or envoy serves a state the title does not name
        order = STATE_FIRST if head in {"president", "king", "emir"} else GOVERNMENT_FIRST
        if any(w.lower_ in FORCE_TITLE_WORDS for w in words) and before is None:
            # "Army spokesman Major General X": the spokesman of the country's forces
            # (a country's own army unless the title or the person says another's)
            add(person, predicate, _state_actor(context, country or context.focus, ("state_forces",)), words[-1])
            continue
        if head in MILITARY_RANKS:
            if any(key[0] == person.actor_id and key[1] in {"member_of", "leader_of"} for key in add.relations):
                continue  # "Fatah's commander in Lebanon, Major General X": his rank is Fatah's
            order = ("state_forces",)  # "Brigadier General X" serves in the forces, not the cabinet
        if head in {"spokesman", "spokeswoman", "spokesperson", "commander", "general", "colonel", "official"} \
                and country == context.focus and before is None or head in {"member", "deputy", "vice"}:
            continue  # "spokesman X" alone does not say whose
        add(person, predicate, _state_actor(context, country, order), words[-1])


# what "pro-X" may name: the government of the group's country, or its forces
PRO_GOVERNMENT = {"government", "junta", "regime", "authorities"}
PRO_FORCES = {"army", "military"}


def _pro_sides(context: ArticleContext, add) -> None:
    """ "pro-government Wazalendo militias", "pro-junta Pyusawhti militiamen", "the pro-Islamic
    State Dawlah Islamiyah group": a group described as for another side is its ally."""
    doc = context.doc
    for token in doc[:-2]:
        if token.lower_ != "pro" or doc[token.i + 1].text != "-":
            continue
        word = doc[token.i + 2]
        noun = token.head
        while noun.dep_ in {"compound", "amod"} and noun.head.i > noun.i:
            noun = noun.head
        side = next((m for m in context.mentions if noun.left_edge.i <= m.start and m.end <= noun.i + 1
                     and m.start > word.i and not m.generic and m.kind in {"armed_group", "political_party"}), None)
        if side is None:
            continue
        if word.lower_ in PRO_GOVERNMENT:
            other = _state_actor(context, side.country, ("government", "state_forces"))
        elif word.lower_ in PRO_FORCES:
            other = _state_actor(context, side.country, ("state_forces",))
        else:
            other = next((m for m in context.mentions if m.start == word.i and not m.generic), None)
        if other is not None and other.actor_id != side.actor_id and other.kind != "person":
            add(side, "allied_with", other, token)


# "deployed at Juba's request", "sent troops at the invitation of Bamako": who asked for the forces
REQUEST_NOUNS = {"request", "invitation", "behest"}
HOST_KINDS = {"state", "government"}


def _requested_deployments(context: ArticleContext, add) -> None:
    """ "Ugandan troops deployed at Juba's request", "Kigali has kept 4,000 troops in Cabo Delgado
    at Maputo's request": the state that asked for the forces is backed by whoever sent them."""
    for noun in context.doc:
        if noun.lemma_.lower() not in REQUEST_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in {"at", "upon", "on"}:
            continue
        host = next((m for c in noun.children if c.dep_ == "poss" for m in [_actor_at(context, c)] if m is not None),
                    None) or _of_object(noun, context)
        verb = noun.head.head
        if host is None or host.kind not in HOST_KINDS or _unreal(verb) or _negated(verb):
            continue
        if verb.dep_ in {"acl", "relcl"} and verb.pos_ == "VERB":
            senders = [m for m in [_owner(verb.head, context)] if m is not None]
        elif verb.pos_ in {"VERB", "AUX"}:
            senders = _subjects(verb, context)
        else:
            # "Ugandan troops, at Juba's request"; "Rwandan soldiers, in Cabo Delgado at Maputo's
            # invitation": the forces the place phrase hangs on
            holder = next((a for a in (verb, *verb.ancestors) if a.pos_ in {"VERB", "AUX"} or a.pos_ in {"NOUN", "PROPN"}
                           and context.actor_at(a) is not None and a.ent_type_ not in {"GPE", "LOC", "FAC"}), None)
            if holder is not None and holder.pos_ in {"VERB", "AUX"}:
                senders = [] if _unreal(holder) or _negated(holder) else _subjects(holder, context)
            else:
                senders = [m for m in [_naming(context, verb) or (_actor_at(context, holder) if holder is not None else None)]
                           if m is not None]
        for sender in senders:
            if sender.kind in {"state", "government", "state_forces", "armed_group", "international_org"} \
                    and sender.country != host.country:
                add(host, "backed_by", sender, noun)


def _formation_named_before(context: ArticleContext, noun: Token) -> ActorMention | None:
    """The formation a bare unit noun stands for ("brigade commander X", "the legion's
    commander"): the nearest named unit before it whose name ends in that noun."""
    word = noun.lemma_.lower()
    if noun.pos_ not in {"NOUN", "PROPN"} or not noun.is_lower or word not in FORMATION_WORDS | {"gang", "faction", "militia"}:
        return None
    named = [m for m in context.mentions if m.end <= noun.i and m.kind in UNIT_KINDS and not m.generic
             and m.name.split()[-1].lower().rstrip("s") == word.rstrip("s")]
    return named[-1] if named else None


def _unit_commanders(context: ArticleContext, add) -> None:
    """ "division commander Major General X", "brigade chief Colonel Y": the commander leads the
    division or brigade the story has named ("the army's 6th Infantry Division")."""
    doc = context.doc
    for person in (m for m in context.mentions if m.kind == "person" and not m.generic):
        if all(t.lower_ in RANK_WORDS_BEFORE_NAMES for t in doc[person.start : person.end]):
            continue  # "Brigadier General" alone is a rank the tagger took for a name
        i = person.start - 1
        while i >= 0 and (doc[i].lower_ in RANK_WORDS_BEFORE_NAMES or any(
                m.start <= i < m.end and m.kind == "person" for m in context.mentions)):
            i -= 1  # the rank before the name, even where the tagger made a person of it
        if i < 1 or doc[i].lower_ not in UNIT_LEADER_TITLES:
            continue
        led = _formation_named_before(context, doc[i - 1])
        if led is not None:
            add(person, "leader_of", led, doc[i])


FORCE_TITLE_WORDS = {"army", "military", "police", "navy"}
MILITARY_RANKS = {"general", "colonel", "brigadier", "major", "lieutenant", "captain", "admiral",
                  "marshal", "sergeant", "commander"}
UNIT_LEADER_TITLES = {"commander", "chief", "head", "leader"}
RANK_WORDS_BEFORE_NAMES = NAME_RANKS - UNIT_LEADER_TITLES | {"brig."}


HYPHEN_PREDICATES = {"backed": "backed_by", "supported": "backed_by", "sponsored": "backed_by",
                     "funded": "backed_by", "armed": "backed_by", "aligned": "allied_with",
                     "allied": "allied_with", "linked": "allied_with", "affiliated": "part_of",
                     "run": "part_of", "led": "leader_of"}  # "the Hamas-run health ministry", "Houthi-run Al-Masirah"


def _hyphenated_patrons(context: ArticleContext, add) -> None:
    """ "the al-Qaeda-linked JNIM", "Iran-backed Houthis": read off the words, since the parser often
    breaks such names apart; the patron ends just before the hyphen, the named actor starts at most
    one word after the participle."""
    doc = context.doc
    for token in doc:
        predicate = HYPHEN_PREDICATES.get(token.lower_)
        if predicate is None or token.i < 2 or doc[token.i - 1].text not in {"-", "–"}:
            continue
        patron = context.actor_at(doc[token.i - 2])
        if patron is None or not (patron.start <= token.i - 2 < patron.end):
            continue
        if token.lower_ == "led":
            # "the U.S.-led coalition": a state leads what it formed ("the NATO-led KFOR" is the
            # alliance's own body, read by _bodies_of_organisations)
            following = (context.actor_at(t) for t in doc[token.i + 1 : token.i + 4])
            led = next((m for m in following if m is not None and m is not patron), None)
            if patron.kind in {"state", "government"}:
                add(patron, "leader_of", led, token)
            elif patron.kind in {"armed_group", "political_party"} and led is not None and patron.end < token.i and (
                    ALLIANCE_NAME.search(led.name) or led.kind == "government" and not national_organ(led)
                    or any(t.lemma_.lower() in COMPOSITE_NOUNS for t in doc[token.i + 1 : token.i + 4])):
                # "the M23-led Congo River Alliance", "the RSF-led Tasis alliance", "the RSF-led
                # Government of Peace and Unity" (a rival administration the group runs)
                add(patron, "leader_of", led, token)
            continue
        for following in doc[token.i + 1 : token.i + 3]:
            named = context.actor_at(following)
            if named is not None and named.start <= following.i < named.end:
                if not (named.generic and token.lower_ == "run"):  # "the Hamas-run health ministry" is no state's
                    add(named, predicate, patron, token)
                break
        else:
            # "the Iran-backed movement", "the al-Qaeda-linked group": a description of an actor
            # named before
            noun = next((t for t in doc[token.i + 1 : token.i + 3] if t.lemma_.lower() in DESCRIPTION_NOUNS), None)
            if noun is not None and noun.dep_ == "appos":
                add(_naming(context, noun.head), predicate, patron, token)  # "X, an Iran-backed faction of Y"
            elif noun is not None:
                add(context.described_before(noun, exclude=patron), predicate, patron, token)


UNIT_KINDS = {"armed_group", "state_forces"}
UNIT_NOUNS = {"force", "unit", "brigade", "division", "battalion", "regiment", "command", "wing", "arm", "agency",
              "outlet", "channel", "corps", "squad", "detachment", "service", "operation", "militia", "branch"}


def _possessive_units(context: ArticleContext, add) -> None:
    """ "the army's Third Assault Brigade", "Russia's Africa Corps", "Iran's Revolutionary Guards":
    a named unit owned by a state, its army or a group is part of it. "Hamas said its armed wing,
    the Qassam Brigades" and "JNIM claimed it on its Az-Zallaqa channel": "its" is the subject."""
    for token in context.doc:
        if token.dep_ != "poss":
            continue
        # the unit is what the possessed phrase names ("the army's Third Brigade"), not an actor
        # hung after its head ("its fight against ISIL")
        owned = [m for m in _phrase_actors(context, token.head)
                 if not m.generic and m.kind != "person" and m.start <= token.head.i]
        owned += [m for c in token.head.children if c.dep_ in {"appos", "conj"} and c.lower_ not in {"those", "that"}
                  for m in _phrase_actors(context, c)  # "its fighters and those of X": X is not its
                  if not m.generic and (m.kind in UNIT_KINDS or m.kind == "political_party"
                                        and token.head.lemma_.lower() in {"wing", "arm"})]  # "its student wing"
        joined = [m for c in token.head.children if c.dep_ == "conj" for m in _phrase_actors(context, c)]
        if token.head.dep_ == "appos" and token.head.lemma_.lower() in UNIT_NOUNS and not owned:
            # "Operation Fansan Yamma, the army's northwest task force": the unit the apposition
            # describes ("killed the attackers, the military's media wing said" names its own body)
            owned += [m for m in [_naming(context, token.head.head)] if m is not None and not m.generic
                      and m.kind in UNIT_KINDS | {"media"}]
        if token.head.lemma_.lower() in {"wing", "arm"} and not owned:
            # "fighters of its armed wing, the Qassam Brigades": a name the parser made a conjunct
            owned += [m for m in [_name_after_comma(context, token.head)] if m is not None and m.kind in UNIT_KINDS]
        if token.head.lemma_.lower() in MEDIA_NOUNS:
            # "its Az-Zallaqa media arm", "the group's Al-Masirah television": the group's outlet
            owned += [m for m in context.mentions if m.kind == "media" and token.head.left_edge.i <= m.start
                      and m.end <= token.head.i + 1 and m.start > token.i]
        if token.head.lemma_.lower() in NOT_PART_NOUNS:
            continue  # "its ally, the KIA", "their Russian allies": another party, not a unit
        if any(c.lower_ in {"former", "parent"} for c in token.head.children):
            continue  # "its former parent organisation, the PKK": not a unit of it, nor now
        if token.lower_ in {"its", "their"}:
            owners = _subjects_above(token, context)
            # "Al-Qaeda's Sahel affiliate, JNIM, claimed ... its outlet": the affiliate's, not al-Qaeda's
            owners = [o for o in owners if context.doc[o.end - 1].dep_ != "poss"] or owners
            if any(owner.start <= token.i < owner.end or token.head.i in range(owner.start, owner.end)
                   or owner in owned for owner in owners):
                # "Islamic State made no comment, but its Amaq agency claimed": the subject is the
                # possessed unit itself, so "its" is the subject of the clause before
                verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
                owners = _subjects_above(verb, context) if verb is not None and verb.dep_ in {
                    "conj", "ccomp", "acl", "advcl"} else []  # "in a video released by its media arm"
                if verb is not None and verb.dep_ == "ROOT" and token.sent.start > 0:
                    # "Hamas freed three hostages. Its armed wing, the Qassam Brigades, said": the
                    # subject of the sentence before
                    before = context.doc[token.sent.start - 1].sent.root
                    owners = [m for m in _subjects(before, context) if not m.generic and m.kind != "person"]
                # "JNIM claimed the raid, saying its Katiba Hanifa had seized ...": past the "saying"
                owners = [m for m in owners if not any(o is m for o in owned)]
            # "Islamic State's Amaq agency said fighters of its Central Africa Province": an outlet
            # speaks for its group, and the group owns the unit
            owners = [_outlets_owner(m, context) if m.kind == "media" else m for m in owners]
            owners = [m for m in owners if m is not None]
        else:
            owner = _actor_at(context, token)
            owners = [owner] if owner is not None and owner.kind in UNIT_KINDS | {
                "state", "government", "international_org", "political_party"} else []
        for owner in owners:
            if owner.start <= token.i and token.head.i < owner.end:
                continue  # "People's Defence Force": a possessive inside a name owns nothing
            for unit in owned:
                if unit.kind == "state" or unit.start <= token.i < unit.end or unit.actor_id == owner.actor_id:
                    continue
                if unit in joined and _branch_of_another(unit, owner):
                    continue
                if context.doc[unit.start : unit.end].text.islower() and unit.country and owner.country \
                        and unit.country != owner.country:
                    continue  # the ELN's "central command" is a description, not the US command of that name
                if token.lower_ in {"its", "their"} and unit.start < token.i and token.head.dep_ != "appos":
                    continue  # "the FANB and its Bolivarian Militia": the one before "its" owns, it is not owned
                # "Syria's army" is the state's own forces, not a part of them; a named unit of
                # those forces ("the army's Third Assault Brigade") is
                if one_state(unit, owner) and unit.kind == owner.kind and unit.name.startswith(STATE_ORGAN_PREFIXES):
                    continue
                if owner.kind == "state" and unit.kind == "government" and one_state(unit, owner):
                    continue  # "Afghanistan's Taliban": the movement that rules the state, not a part of it
                if owner.kind == "state" and unit.kind in {"armed_group", "political_party"} and not any(
                        word in unit.name.split() for word in FORCE_NAME_WORDS):
                    continue  # "Yemen's Houthis", "Lebanon's Hezbollah": of the country, not the state's
                if token.head.lemma_.lower() in UMBRELLA_NOUNS:
                    # "the rebels' political umbrella, the AFC": the rebels are in it, it is not theirs
                    add(owner, "part_of", unit, token.head)
                    continue
                add(unit, "part_of", owner, token)


def _outlets_owner(outlet: ActorMention, context: ArticleContext) -> ActorMention | None:
    """The group that owns a media outlet by the possessive ("Islamic State's Amaq agency"), or None."""
    head = context.doc[outlet.end - 1]
    while head.dep_ in {"compound", "amod"} and head.head.i != head.i:
        head = head.head
    for child in head.children:
        if child.dep_ == "poss":
            owner = _actor_at(context, child)
            if owner is not None and owner.kind != "media":
                return owner
    return None


def _branch_of_another(unit: ActorMention, owner: ActorMention) -> bool:
    """ "Islamic State's Sahel Province and al Qaeda-linked JNIM": an armed group the knowledge base
    does not put under the owner is not the owner's because it is joined to the owner's unit."""
    known = actor_by_id(unit.actor_id) if unit.known else None
    return known is not None and known.kind == "armed_group" and owner.name not in known.parents


# the head words of a named formation ("the 23rd Brigade", "the Special Forces Command")
FORMATION_WORDS = {"brigade", "division", "battalion", "regiment", "command", "corps", "unit", "wing", "front",
                   "army", "squad", "company", "directorate", "district", "legion", "detachment", "group", "force",
                   "forces", "battalions", "brigades", "service", "guard", "katiba", "platoon", "fleet"}
OWNER_KINDS = UNIT_KINDS | {"state", "government", "international_org", "political_party"}


def _formations_of(context: ArticleContext, add) -> None:
    """ "the 23rd Brigade of the Popular Mobilization Forces", "the Special Forces Command of the
    UPDF": a named formation followed by "of" and the body it belongs to is part of that body."""
    for unit in context.mentions:
        if unit.generic or unit.kind not in UNIT_KINDS | {"government"}:
            continue
        span = context.doc[unit.start : unit.end]
        root = span.root
        if unit.kind == "government" and not (root.lemma_.lower() == "ministry" and unit.name.endswith(")")):
            continue  # "the defence ministry of the GNU" (a rival government's organ) is part of it
        if root.lemma_.lower() not in FORMATION_WORDS | {"ministry"} and root.lower_ not in FORMATION_WORDS:
            continue
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == unit.end):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                # "of the shadow National Unity Government": the parser may hang the name on a modifier
                owner = _naming(context, pobj) or next(
                    (m for a in pobj.children if a.dep_ == "appos" for m in [_naming(context, a)] if m), None)
                # "of the Russian army" names the state's forces even in a common noun
                if owner is None or owner.kind not in OWNER_KINDS or _coalition(unit) or (
                        unit.kind == "government" and owner.kind != "government") or (
                        owner.generic and not (owner.kind == "state_forces" and owner.country)):
                    continue
                add(unit, "part_of", owner, prep)


def _states_own_forces(context: ArticleContext, add) -> None:
    """ "Ukraine's air force", "Thailand's army": a state's forces named with its possessive are
    part of the state when the state is itself a party elsewhere in the article ("Kyiv denied
    ..."); where the country is only the setting, the possessive just says whose forces they are."""
    for token in context.doc:
        if token.dep_ != "poss" or token.ent_type_ != "GPE":
            continue
        code = country_code(context.doc[token.left_edge.i : token.i + 1].text)
        forces = _naming(context, token.head)
        if code is None or forces is None or forces.country != code or forces.kind != "state_forces" \
                or not forces.start <= token.i:
            continue
        state = next((m for m in context.mentions if m.kind == "state" and m.country == code
                      and _stands_as_party(context, m)), None)
        if state is not None:
            add(forces, "part_of", state, token)


def _stands_as_party(context: ArticleContext, mention: ActorMention) -> bool:
    """A state named as a party in its own right ("Kyiv denied", "drones at Ukraine"), not in a
    possessive or a name ("Ukraine's foreign minister", "Doctors' Union of Sudan") nor as a mere
    topic ("the UN coordinator for Sudan")."""
    root = context.doc[mention.start : mention.end].root
    return root.dep_ not in {"poss", "compound"} and not (root.dep_ == "pobj" and root.head.lower_ == "for")


MEMBERSHIP_KINDS = {"state_forces", "armed_group", "political_party", "international_org", "government", "monitor"}


def _persons_of_bodies(context: ArticleContext, add) -> None:
    """ "Colonel Eric Mutabazi of the Rwanda Defence Force", "Mahmoud Merdawi of Hamas": a person
    named with the body they come from serves in it."""
    for person in (m for m in context.mentions if m.kind == "person" and not m.generic):
        head = context.doc[person.end - 1]
        if not head.text[:1].isupper() or head.lemma_.lower() in ORGANISATION_BODIES | {"ministry", "region"}:
            continue  # "the defence ministry of X", "Kurdistan Region's Ministry": the model's misreadings
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"of", "from"} or prep.i != person.end:
                continue
            body = next((_naming(context, p) for p in prep.children if p.dep_ == "pobj"), None)
            if body is not None and body.kind in MEMBERSHIP_KINDS and not (body.generic and not body.known):
                add(person, "member_of", body, prep)


LED_PARTS = {"wing", "faction", "branch", "splinter", "militia", "fighters", "men", "forces", "force"}
ORGANISATION_WORDS = {"movement", "front", "army", "forces", "force", "council", "party", "group", "brigade",
                      "brigades", "alliance", "coalition", "union", "organisation", "organization", "state",
                      "government", "ministry", "committee", "corps", "guard", "guards", "command", "network",
                      "militia", "battalion", "division", "agency", "police", "service", "services", "authority"}


def _personal_name(mention: ActorMention) -> bool:
    """An unknown name of two or three capitalised words with no organisation word ("Minni
    Minawi", "Abdelaziz al-Hilu") that the model labelled an organisation: in a possessive on a
    named group it is the group's leader."""
    words = mention.name.replace("-", " ").split()
    return mention.kind == "other" and not mention.known and 2 <= len(mention.name.split()) <= 3 and all(
        w[:1].isupper() or w.lower() in {"al", "el", "bin", "ould", "ag", "abu"} for w in words) and not any(
        w.lower() in ORGANISATION_WORDS for w in words)


def _persons_groups(context: ArticleContext, add) -> None:
    """ "Riek Machar's SPLM-IO", "Ramzan Kadyrov's Akhmat units": a person's possessive on a
    named armed group or party names its leader."""
    for token in context.doc:
        if token.dep_ != "poss":
            continue
        person = _naming(context, token)
        personal = person is not None and (person.kind == "person" or _personal_name(person))
        group = _naming(context, token.head)
        if personal and group is None \
                and token.head.lemma_.lower() in LED_PARTS:
            # "Abdelaziz al-Hilu's wing of the SPLM-North": the wing the person leads is the group's
            group = _of_object(token.head, context)
        if not personal or group is None or group.generic \
                or group.kind not in {"armed_group", "political_party"} or group.start <= token.i:
            continue
        add(person, "leader_of", group, token)  # "Minni Minawi's SLM": also a name the model took for an organisation
    # "the Sudan Liberation Movement faction of Abdel Wahid al-Nur", "the Estado Mayor Central
    # (EMC) of Néstor Gregorio Vera", "the junta of Captain Ibrahim Traoré": the person leads it
    for of in context.doc:
        if of.lower_ != "of" or of.dep_ != "prep":
            continue
        person = next((_naming(context, p) for p in of.children if p.dep_ == "pobj"), None)
        if person is None or person.kind != "person":
            continue
        between = context.doc[of.i + 1 : person.start]
        if any(t.lower_ not in RANK_WORDS | {"the", "warlord", "commander", "general", "leader"}
               and not (t.pos_ in {"NOUN", "ADJ"} and t.is_lower) for t in between):
            continue  # "of parliament speaker Nabih Berri" passes its title words
        head = of.head
        group = _naming(context, head) or (_naming(context, context.doc[head.i - 1])
                                           if head.text == ")" and head.i > 0 else None)
        if group is None and head.dep_ == "appos" and head.lemma_.lower() in GROUP_DESCRIPTIONS:
            # "the UPC, the armed group of warlord X"; "Fighters of the Union for ... (UPC), the armed
            # group of warlord X": the name, or its short form, in the phrase the apposition follows
            group = _naming(context, head.head)
            if group is None or group.generic:
                group = next((m for t in head.head.subtree if t.i < head.i and t.dep_ == "appos"
                              for m in [_naming(context, t)] if m is not None and not m.generic), None)
        if group is None and head.lemma_.lower() in LED_PARTS | {"junta", "regime", "government"}:
            group = _actor_at(context, head)
        if group is not None and not (group.generic and not group.known and not national_organ(group)) and group.kind in {
                "armed_group", "political_party", "government"} and group.end <= of.i + 1:
            add(person, "leader_of", group, of)  # (a junta is its state's government)


def _persons_governments(context: ArticleContext, add) -> None:
    """ "President Nicolás Maduro's government", "Prime Minister X's office": the person leads the
    government the possessed noun names."""
    for token in context.doc:
        if token.dep_ != "poss" or token.head.lemma_.lower() not in LED_BODIES | CABINET_ROLES:
            continue
        person = _actor_at(context, token)
        if person is None or person.kind != "person":
            continue
        body = _actor_at(context, token.head) if token.head.lemma_.lower() in LED_BODIES else None
        if (body is None or body.kind != "government" or body.generic) and _heads_government(context, person):
            # "Prime Minister al-Sudani's office", "Noboa's defence minister": the government of
            # the country whose president or prime minister he is
            country = person.country or context.focus
            body = next((m for m in context.mentions if m.kind == "government" and m.country == country
                         and national_organ(m)), None)
        if body is not None and body.kind == "government":
            add(person, "leader_of", body, token)


# the posts of a cabinet a head of government's possessive names ("Noboa's defence minister")
CABINET_ROLES = {"minister", "ministry", "cabinet", "administration"}


def _heads_government(context: ArticleContext, person: ActorMention) -> bool:
    """Whether the article calls the person president or prime minister ("President Daniel Noboa"),
    read by the title reader the other title relations use."""
    for mention in context.mentions:
        if mention.actor_id == person.actor_id:
            title = [w.lower_ for w in _title_words(context, mention)]
            if title and (title[-1] in {"president", "premier"} or title[-2:] == ["prime", "minister"]):
                return True
    return False


# words in the name of a state's own formation ("Russia's Africa Corps", "Ukraine's 65th Brigade")
FORCE_NAME_WORDS = {"Corps", "Brigade", "Division", "Regiment", "Battalion", "Guard", "Forces", "Army", "Command",
                    "Fleet", "Directorate", "Service", "Agency"}
MEDIA_NOUNS = {"television", "tv", "channel", "radio", "station", "agency", "arm", "outlet", "network", "website",
               "newspaper", "mouthpiece"}
CAPTIVE_NOUNS = {"hostage", "captive", "abductee", "kidnappee"}
NOT_PART_NOUNS = {"ally", "partner", "patron", "backer", "rival", "enemy", "foe", "opponent", "sponsor"}
STATE_ORGAN_PREFIXES = ("Military Forces of", "Police Forces of", "Government of", "Intelligence Services of")
RECIPROCAL_VERBS = {"clash", "fight", "battle", "skirmish", "exchange"}


def _reciprocal_sides(context: ArticleContext, add) -> None:
    """ "Government forces and fighters loyal to X clashed", "X and Y fought for control of the
    town", "X and Y exchanged fire": a verb of mutual fighting whose subject names several sides
    makes each side oppose the others (never two organs of one state)."""
    for token in context.doc:
        if token.pos_ != "VERB" or token.lemma_.lower() not in RECIPROCAL_VERBS or _unreal(token):
            continue
        if token.lemma_.lower() == "exchange" and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in {"fire", "gunfire", "shot", "blow", "strike"} for c in token.children
        ):
            continue
        if _fights_another(token, context):
            continue  # "X and Y fought a faction of Z", "clashed with Z": side by side, not each other
        sides = [m for m in _relative_sides(token, context) or _subjects(token, context) if is_side(m)]
        for index, first in enumerate(sides):
            for second in sides[index + 1 :]:
                if first.actor_id != second.actor_id and not one_state(first, second):
                    add(first, "opposes", second, token)


def _relative_sides(verb: Token, context: ArticleContext) -> list[ActorMention]:
    """ "the CJNG and the Sinaloa Cartel, which have fought each other": a relative clause of mutual
    fighting describes the whole coordination, not only the noun it hangs on."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return []
    if not any(t.lower_ in {"other", "another"} and t.i > verb.i for t in verb.subtree):
        return []
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return context.actors_of_phrase(first)


# verbs of a blow struck together: "X and Y ambushed a convoy", "retook the town", "stormed the base"
JOINT_ACTION_VERBS = (OPPOSE_VERBS - {"oppose", "counter", "defeat"}) | {
    "storm", "overrun", "retake", "recapture", "capture", "seize", "repel", "repulse", "push", "drive", "rout"}
JOINED_ACTIONS = {"sweep", "push", "patrol", "counter-offensive", "counteroffensive", "assault", "battle", "fight",
                  "fighting", "raid", "hunt", "drive"}
OPERATION_VERBS = {"carry", "conduct", "launch", "mount", "stage"}
# the kinds that fight side by side (a person leads, a civilian is no ally)
ALLY_SIDES = {"state_forces", "armed_group", "state"}


def _side_by_side(context: ArticleContext, add) -> None:
    """ "Central African troops and Wagner fighters attacked a 3R faction", "fighters of the NRF and
    the AFF jointly attacked a checkpoint", "carried out the ambush together with JNIM": sides that
    strike one enemy together are allies (``allied_with``), never two organs of one state. A verb
    of mutual fighting with no enemy of its own ("X and Y clashed") sets them against each other
    instead (``_reciprocal_sides``)."""
    for verb in context.doc:
        if verb.pos_ != "VERB" or _unreal(verb):
            continue
        lemma = verb.lemma_.lower()
        if lemma == "join" and any(g.lemma_.lower() in OPPOSE_NOUNS | JOINED_ACTIONS for c in verb.children
                                   if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"):
            # "its men joined troops in a sweep", "Ugandan troops joined the army in an offensive"
            joined = [m for c in verb.children if c.dep_ == "dobj" for m in _phrase_actors(context, c)[:1]]
            for subject in _ally_subjects(verb, context):
                for other in joined:
                    if other.kind in ALLY_SIDES and subject.kind in ALLY_SIDES and not one_state(subject, other):
                        add(subject, "allied_with", other, verb)
            continue
        if lemma in OPERATION_VERBS:  # "carried out the ambush", "launched a joint offensive"
            if not any(c.dep_ == "dobj" and c.lemma_.lower() in OPPOSE_NOUNS | {"ambush"} for c in verb.children):
                continue
        elif lemma not in JOINT_ACTION_VERBS:
            continue
        if lemma in RECIPROCAL_VERBS and not _fights_another(verb, context):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in {"they", "we"} and verb.dep_ == "ccomp" and any(
                c.dep_ == "advmod" and c.lower_ in {"jointly", "together"} for c in verb.children):
            verb = verb.head  # "X and Y said they had jointly attacked": the sides of "said"
        groups = _conjoined_subjects(verb, context)
        partners = [m for m in _together_with(verb, context) if m.kind in ALLY_SIDES]
        if partners:
            groups.append(partners)
        sides = [group[0] for group in groups if group]
        for index, first in enumerate(sides):
            for second in sides[index + 1 :]:
                if first.actor_id != second.actor_id and not one_state(first, second):
                    add(first, "allied_with", second, verb)


def _conjoined_subjects(verb: Token, context: ArticleContext) -> list[list[ActorMention]]:
    """The sides of a subject that joins several ("X and Y", "fighters of X and Y"), one list per
    conjunct; a single side when the subject names one."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    base = subject
    if not base.conjuncts:  # "Fighters of the NRF and the AFF": the conjuncts are inside
        base = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" and g.conjuncts), subject)
    groups = []
    for element in (base, *base.conjuncts):
        left_out = {t.i for c in element.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
        words = {t.i for t in element.subtree} - left_out
        found = [m for m in _phrase_actors(context, element) if m.start in words and m.kind in ALLY_SIDES
                 and not (m.generic and m.country is None)][:1]
        own = next((c for c in element.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
        if not found and own is not None:  # "the FLA said its fighters had ...": the FLA's
            found = [m for m in _subjects_above(own, context) if m.kind in ALLY_SIDES][:1]
        groups.append(found)
    if len(groups) == 1:
        # "Rwandan and Mozambican troops": two states' troops on one noun, each a side
        demonyms = [m for c in base.children
                    if c.dep_ in {"amod", "nmod", "compound"} and any(g.dep_ == "conj" for g in c.children)
                    for m in [_naming(context, c)]
                    if m is not None and m.start == c.i and m.end == c.i + 1 and m.kind == "state_forces"]
        head = _naming(context, base)
        if demonyms and head is not None and head.kind in ALLY_SIDES:
            groups = [[m] for m in sorted([*demonyms, head], key=lambda m: m.start)]
    return groups


def _together_with(verb: Token, context: ArticleContext) -> list[ActorMention]:
    """ "carried out the ambush together with (fighters of) JNIM", "jointly with Y": the partner."""
    adverbs = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in {"together", "jointly"}]
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    # the parser hangs "with" on the adverb or on the verb, or "together" on "with"
    preps = [p for p in preps if adverbs or any(a.lower_ in {"together", "jointly"} for a in p.children)]
    preps += [c for a in adverbs for c in a.children if c.dep_ == "prep" and c.lower_ == "with"]
    return [m for prep in preps for pobj in prep.children if pobj.dep_ == "pobj"
            for m in _phrase_actors(context, pobj)[:1]]


def _fights_another(verb: Token, context: ArticleContext) -> bool:
    """Whether a verb of fighting has an enemy of its own: an object or "against"/"with" a side."""
    enemies = [c for c in verb.children if c.dep_ == "dobj"]
    enemies += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"against", "with"}
                for g in c.children if g.dep_ == "pobj"]
    return any(m is not None and is_side(m) for e in enemies for m in [_actor_at(context, e)])


PRETEXT_NOUNS = {"cover", "guise", "pretext", "pretence", "name"}
RIVAL_NOUNS = {"rival", "archrival", "enemy", "foe", "adversary", "nemesis", "opponent"}


def _after_anti(mention: ActorMention, doc) -> bool:
    """ "anti-Taliban": the actor is named only as what the phrase is against."""
    return mention.start >= 2 and doc[mention.start - 1].text == "-" and doc[mention.start - 2].lower_ == "anti"


def _described_foes(context: ArticleContext, add) -> None:
    """Enmity told by a description rather than by a fight: "the NRF, an anti-Taliban armed group",
    "Los Lobos, Los Choneros' arch-rival", "its rival Los Lobos", "the Gulf Clan, a rival of the
    FARC dissidents"."""
    doc = context.doc
    for mention in context.mentions:
        if not _after_anti(mention, doc) or not is_side(mention):
            continue
        noun = doc[mention.end - 1]
        while noun.dep_ in {"amod", "compound", "npadvmod"} and noun.head.i != noun.i:
            noun = noun.head
        if mention.start <= noun.i < mention.end or noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        described = _described_owner(noun, context)
        if described is not None and described.actor_id != mention.actor_id and not described.generic:
            add(described, "opposes", mention, noun)
    for token in doc:
        if token.lemma_.lower() not in RIVAL_NOUNS or token.pos_ not in {"NOUN", "ADJ"}:
            continue
        owners = [m for c in token.children if c.dep_ == "poss" for m in (
            _its_owner(token, context) if c.lower_ in {"its", "their"} else _phrase_actors(context, c))]
        of_object = _first_pobj(token, "of")
        if of_object is not None:
            owners += _phrase_actors(context, of_object)
        described = [m for c in token.children if c.dep_ == "appos" for m in [_naming(context, c)] if m is not None]
        apposed = token
        while apposed.dep_ == "conj" and apposed.head.i != apposed.i:
            apposed = apposed.head  # "Los Lobos, the largest gang and the arch-rival of Los Choneros"
        if apposed.dep_ == "appos":
            described += [m for m in [_actor_at(context, apposed.head)] if m is not None]
        for rival in described:
            for owner in owners:
                if rival.actor_id != owner.actor_id and is_side(owner) and is_side(rival):
                    add(rival, "opposes", owner, token)


def _its_owner(token: Token, context: ArticleContext) -> list[ActorMention]:
    """Whose "its" is: the actor joined just before ("the CJNG and its rival"), else the subject."""
    listed = _listed_before_its(token, context)
    return [listed] if listed is not None else _subjects_above(token, context)


TIE_NOUNS = {"tie", "link"}
TIE_VERBS = {"have", "maintain", "keep", "enjoy", "retain"}
RECEIVING_VERBS = {"receive", "get", "enjoy", "obtain", "draw"}
ALLY_NOUNS = {"ally", "partner"}
RELIANCE_VERBS = {"lean", "rely", "depend"}
# what one side receives from or relies on from another: "receives support from", "relies on U.S. aid"
GIVEN_HELP_NOUNS = SUPPORT_NOUNS | {"funding", "weapon", "arm"}
PAYING_VERBS = {"hire", "pay", "employ", "contract", "bankroll"}
# participles that describe a backer ("a unit trained by"); "backed by" and "supported by" are read
# with the help and support nouns elsewhere
DESCRIBED_BACKING = (SUPPORTING_VERBS | PAYING_VERBS) - {"back", "support"}


def _quoted(token: Token) -> bool:
    """Whether a token stands inside quotation marks in its sentence: a tie said by a party
    ("militias that Kinshasa pays") is its charge, not the reporter's fact."""
    marks = sum(1 for t in token.sent if t.i < token.i and t.text in {'"', "“", "”"})
    return marks % 2 == 1


# "the ruling AK Party", "the KRG, dominated by the KDP", "a government run by the Prosperity Party"
RULING_WORDS = {"ruling", "governing"}
DOMINATING_VERBS = {"dominate", "run", "lead", "control"}
SUPPORTER_NOUNS = {"supporter", "loyalist", "follower", "partisan"}


def _party_ties(context: ArticleContext, add) -> None:
    """A ruling party leads the state's government ("the ruling Georgian Dream party", "the KRG,
    dominated by Masoud Barzani's KDP"), and the protesters or rioters a party's supporters are
    support it ("thousands of supporters of the PTI", "Hezbollah supporters")."""
    for mention in context.mentions:
        if mention.kind != "political_party" or mention.generic:
            continue
        head = context.doc[mention.end - 1]
        words = {t.lower_ for t in context.doc[max(mention.start - 3, head.left_edge.i) : mention.end]}
        governments = [m for m in context.mentions if m.kind == "government" and m.country == mention.country
                       and m.name.startswith("Government of ") and not m.name.endswith(")")]
        if words & RULING_WORDS and governments:
            add(mention, "leader_of", governments[0], head)
        verb = head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else None
        if verb is not None and verb.head.lemma_.lower() in DOMINATING_VERBS and verb.head.tag_ == "VBN":
            # "the Kurdistan Regional Government, dominated by the KDP": the described government
            ruled = _described_owner(verb.head.head, context) if verb.head.dep_ == "acl" else None
            if ruled is not None and ruled.kind == "government":
                add(mention, "leader_of", ruled, verb.head)
    for token in context.doc:
        if token.lemma_.lower() not in SUPPORTER_NOUNS or token.pos_ != "NOUN":
            continue
        crowd = _naming(context, token)
        if crowd is None or crowd.kind not in {"other", "civilians"}:
            continue
        parties = [m for c in token.children if c.dep_ in {"compound", "poss", "prep"}
                   for m in ([_actor_at(context, c)] if c.dep_ != "prep" else
                             [_actor_at(context, p) for p in c.children if p.dep_ == "pobj"] if c.lower_ == "of" else [])
                   if m is not None and m.kind in {"political_party", "armed_group"}]
        for party in parties:
            add(crowd, "supports", party, token)


# "the United States and France, which chair the committee monitoring the truce", "Malaysia, which
# chairs ASEAN", "the STC, whose leader sits on the council"
CHAIR_VERBS = {"chair", "co-chair", "cochair", "sit", "head", "lead"}
SEATED_KINDS = {"state", "government", "international_org", "political_party", "armed_group"}


def _chairs(context: ArticleContext, add) -> None:
    """States or parties "which chair", "co-chair" or "sit on" a body are its members; one "which
    heads" or "leads" it is its leader."""
    doc = context.doc
    for pronoun in doc:
        if pronoun.lower_ not in {"which", "who"} or pronoun.dep_ != "nsubj" or pronoun.i < 2:
            continue
        verb = pronoun.head
        lemma = verb.lemma_.lower()
        if lemma not in CHAIR_VERBS and not (verb.lower_ == "co" and doc[verb.i + 1 : verb.i + 3].text.startswith("- chair")):
            continue
        if lemma == "sit" and not any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children):
            continue
        objects = [c for c in verb.subtree if c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}]
        body = next((m for o in objects for m in [_actor_at(context, o)]
                     if m is not None and m.kind in {"international_org", "government"}), None)
        if body is None or doc[pronoun.i - 1].text != ",":
            continue
        last = context.actor_at(doc[pronoun.i - 2])
        if last is None:
            continue
        root = doc[last.end - 1]
        members = [last] + [m for c in (root.head, *root.conjuncts) if c.i < pronoun.i
                            for m in [_actor_at(context, c)] if m is not None and m is not last]
        # "the United States, which heads the coalition": it leads it; a chair or a seat is a membership
        predicate = "leader_of" if lemma in {"head", "lead"} else "member_of"
        for member in members:
            if member.kind in SEATED_KINDS and member.actor_id != body.actor_id:
                add(member, predicate, body, verb)


ABSORBING_VERBS = {"absorb", "incorporate", "integrate", "subsume"}


def _orders_from(context: ArticleContext, add) -> None:
    """ "Akhmat takes its orders from Apti Dudayev": the person a force takes its orders from leads it."""
    for verb in context.doc:
        if verb.lemma_.lower() not in {"take", "receive", "get"} or verb.pos_ != "VERB":
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() == "order" for c in verb.children):
            continue
        orders = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "order"]
        givers = [m for p in (*_prep_objects(verb, {"from"}), *(g for o in orders for g in _prep_objects(o, {"from"})))
                  for m in [_leader_named(context, p)] if m is not None]
        takers = _subjects(verb, context)
        if verb.dep_ == "relcl":
            takers = [m for m in [_owner(verb.head, context)] if m is not None] or takers
        for giver in givers:
            for taker in takers:
                if taker is not None and giver.kind == "person" and taker.kind in UNIT_KINDS:
                    add(giver, "leader_of", taker, verb)


def _absorbed(context: ArticleContext, add) -> None:
    """ "The FLA, which absorbed the MNLA and the HCUA", "the army's 72nd Division, which absorbed the
    Sultan Suleiman Shah Brigade": what a body absorbed is part of it."""
    for verb in context.doc:
        if verb.lemma_.lower() not in ABSORBING_VERBS or verb.pos_ != "VERB" or verb.tag_ == "VBN":
            continue
        wholes = [m for m in _subjects(verb, context) if m is not None and m.kind in UNIT_KINDS | {"government"}]
        if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in {"which", "that", "who"} for c in verb.children):
            wholes = [m for m in [_owner(verb.head, context)] if m is not None] or wholes
        parts = [m for obj in verb.children if obj.dep_ == "dobj" for t in (obj, *obj.conjuncts)
                 for m in [_actor_at(context, t)] if m is not None and m.kind in UNIT_KINDS | {"political_party"}]
        for whole in wholes:
            for part in parts:
                if part.actor_id != whole.actor_id:
                    add(part, "part_of", whole, verb)


JOINT_NOUNS = {"offensive", "operation", "campaign", "force", "task", "mission"}
RANKS_NOUNS = {"rank", "ranks"}


def _joint_members(context: ArticleContext, add) -> None:
    """ "Operation Shujaa, a joint offensive by Uganda's army and Congo's FARDC": the forces that run
    a joint operation are its members. "The brigade, whose ranks include fighters of Islamic
    Jihad's al-Quds Brigades and of Hamas": the groups whose fighters fill a unit's ranks too."""
    doc = context.doc
    for noun in doc:
        lemma = noun.lemma_.lower()
        if lemma in JOINT_NOUNS and noun.dep_ == "appos" and any(c.lower_ == "joint" for c in noun.children):
            body = _naming(context, noun.head)
            runners = [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "by"
                       for p in prep.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)
                       for m in [_actor_at(context, t)] if m is not None]
            for runner in runners:
                if body is not None and runner.kind in {"state_forces", "state", "armed_group"}:
                    add(runner, "member_of", body, noun)
        if lemma in RANKS_NOUNS and any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children) \
                and noun.head.lemma_.lower() in {"include", "comprise"} and noun.head.dep_ == "relcl":
            unit = _naming(context, noun.head.head) or context.described_before(noun.head.head)
            members = [m for obj in noun.head.children if obj.dep_ == "dobj" for t in obj.subtree
                       for m in [_naming(context, t)] if m is not None and not m.generic
                       and m.kind in {"armed_group", "political_party"}
                       and doc[m.end - 1].dep_ != "poss"]  # "Islamic Jihad's al-Quds Brigades": the brigades
            for member in {m.actor_id: m for m in members}.values():
                if unit is not None and member.actor_id != unit.actor_id:
                    add(member, "member_of", unit, noun)


def _support_and_ties(context: ArticleContext, add) -> None:
    """Backing and alliance told by the one backed or by a description: "a unit trained by the
    UAE", "a unit that the UAE trained", "a faction that receives support from Asmara", "which has
    close ties to Ankara", "Minsk and its ally Moscow", "a close ally of both A and B", "the army,
    which has leaned on the Wazalendo"."""
    doc = context.doc
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in DESCRIBED_BACKING and not _unreal(token) \
                and token.tag_ == "VBN" and token.dep_ == "acl" and not _quoted(token):
            # "a unit trained by the UAE", "a company hired by the government", "auxiliaries armed
            # and paid by the junta": the described one is backed by the agent
            backed = _described_owner(token.head, context)
            verbs = [token] + [c for c in token.children if c.dep_ == "conj" and c.tag_ == "VBN"
                               and c.lemma_.lower() in DESCRIBED_BACKING]
            agents = [p for v in verbs for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            for agent in agents:
                named = _actor_at(context, agent)
                for backer in [named] if named is not None else _phrase_actors(context, agent):
                    if backer.kind == "person" and not backer.start <= agent.i < backer.end:
                        continue  # "the junta of Captain X" is not X
                    if backed is not None and backed.kind not in NOT_A_SIDE and not one_state(backed, backer):
                        add(backed, "backed_by", backer, token)
        if token.pos_ == "VERB" and lemma in SUPPORTING_VERBS | PAYING_VERBS and not _unreal(token) and token.dep_ == "relcl" \
                and not _quoted(token) \
                and not any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS | {"whom"} for c in token.children) \
                and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in token.children):
            # "a unit that the UAE trained", "the Houthis, whom Iran arms"
            backed = _clause_owner(token.head, context)
            for backer in _subjects(token, context):
                if backed is not None and backed.kind not in NOT_A_SIDE and not one_state(backed, backer):
                    add(backed, "backed_by", backer, token)
        if token.pos_ == "VERB" and lemma in RECEIVING_VERBS and not _unreal(token):
            # "a breakaway faction that receives support from Asmara"
            for noun in (c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in GIVEN_HELP_NOUNS):
                source = _first_pobj(noun, "from") or _first_pobj(token, "from")
                backers = _phrase_actors(context, source) if source is not None else []
                for backed in _subjects(token, context):
                    for backer in backers:
                        if backed.kind not in NOT_A_SIDE and backer.actor_id != backed.actor_id:
                            add(backed, "backed_by", backer, token)
        if token.pos_ == "NOUN" and lemma in TIE_NOUNS and token.dep_ == "dobj" and token.head.lemma_.lower() in TIE_VERBS \
                and not _unreal(token.head) and any(c.lower_ == "close" for c in token.children):
            # "which has close ties to Ankara"
            other = _first_pobj(token, "to") or _first_pobj(token, "with")
            for first in _subjects(token.head, context) if other is not None else ():
                for second in _phrase_actors(context, other):
                    if first.actor_id != second.actor_id and first.kind != "person" and second.kind != "person":
                        add(first, "allied_with", second, token)
        if lemma in ALLY_NOUNS and token.pos_ == "NOUN":
            # "Minsk and its ally Moscow": the owner of "its" is allied with the named ally
            if any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in token.children):
                allies = [m for c in token.children if c.dep_ in {"appos", "compound"} for m in [_naming(context, c)]
                          if m is not None] or [m for m in [_naming(context, doc[token.i + 1])] if m is not None]
                owners = [m for m in [_listed_before_its(token, context)] if m is not None]
                for ally in allies:
                    for owner in owners:
                        if ally.actor_id != owner.actor_id:
                            add(owner, "allied_with", ally, token)
            # "China, a close ally of both Islamabad and Kabul's Taliban rulers"
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if token.dep_ == "appos" and of is not None and any(c.lower_ == "both" for c in of.subtree):
                described = _actor_at(context, token.head)
                for other in (m for p in of.children if p.dep_ == "pobj" for m in _phrase_actors(context, p)):
                    if described is not None and described.actor_id != other.actor_id:
                        add(described, "allied_with", other, token)
        if token.pos_ == "VERB" and lemma in RELIANCE_VERBS and not _unreal(token):
            # "the army, which has leaned on the Wazalendo": an armed group it relies on is an ally;
            # "which relies heavily on U.S. military aid": the giver of the aid backs it
            relied = _first_pobj(token, "on")
            for other in (_phrase_actors(context, relied) if relied is not None else ()):
                for first in _subjects(token, context):
                    if first.actor_id == other.actor_id or first.kind not in UNIT_KINDS | {"government"}:
                        continue
                    if relied.lemma_.lower() in GIVEN_HELP_NOUNS:
                        if not one_state(first, other):
                            add(first, "backed_by", other, token)
                    elif other.kind == "armed_group":
                        add(first, "allied_with", other, token)


def _listed_before_its(token: Token, context: ArticleContext) -> ActorMention | None:
    """ "Minsk and its ally Moscow": the actor joined just before "and its"."""
    doc = context.doc
    start = token.left_edge.i
    if start >= 2 and doc[start - 1].lower_ == "and":
        mention = _naming(context, doc[start - 2])
        if mention is not None and mention.end == start - 1:
            return mention
    return None


def _described_by_apposition(context: ArticleContext, noun: Token) -> ActorMention | None:
    """The named actor an apposition describes, through "one of" ("the RDK, one of several units
    of ..."), or None."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "NUM", "PRON"}:
        noun = noun.head.head
    named = _apposed_name(context, noun)
    return named if named is not None and not named.generic else None


def _may_own(mention: ActorMention) -> bool:
    """Whether a subject may be whose "its" is: a named actor, or a state's forces or government
    told by a common noun ("the Syrian army said units of its 40th Division ...")."""
    return not mention.generic or mention.kind in {"state_forces", "government"} and mention.country is not None \
        and not mention.name.startswith("Unidentified")


def _subjects_above(token: Token, context: ArticleContext) -> list[ActorMention]:
    """The subject of the nearest verb above a token: whose "its" is."""
    head = token.head
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    if head.pos_ not in {"VERB", "AUX"}:
        return []
    subjects = [m for m in _subjects(head, context) if _may_own(m)]
    clause = head
    while not any(c.dep_ == "nsubj" for c in clause.children) and clause.dep_ in {"advcl", "xcomp", "conj"}:
        clause = clause.head  # "claimed the raid, saying its ...": the subject of "claimed"
    named = [m for c in clause.children if c.dep_ == "nsubj" for a in c.children if a.dep_ == "appos"
             for m in [_naming(context, a)] if m is not None and not m.generic]
    subjects = named or subjects  # "Al-Qaeda's Sahel affiliate, JNIM, claimed ... its outlet": JNIM's
    if head.dep_ == "ccomp" and any(c.dep_ == "nsubjpass" for c in head.children) and head.head.pos_ == "VERB":
        # "The BLA said the raid was carried out by its Fateh Squad": "its" is the speaker's, not the agent's
        subjects = [m for m in _subjects(head.head, context) if not m.generic] or subjects
    while not subjects and head.dep_ in {"ccomp", "conj"} and any(
            c.dep_ == "nsubj" and c.lower_ in {"it", "they"} for c in head.children):
        head = head.head  # "Sudan's army said it had repelled an assault on its 22nd Division"
        subjects = [m for m in _subjects(head, context) if not m.generic or m.kind in {"state_forces", "government"}
                    and m.known] if head.pos_ in {"VERB", "AUX"} else []
    for _ in range(3):
        # "the 8th Division said fighting broke out when soldiers of its 20th Battalion responded":
        # clauses whose subjects name no actor pass "its" up to the one who told them
        if subjects or head.dep_ not in {"ccomp", "advcl"} or head.head.pos_ not in {"VERB", "AUX"} or any(
                any(context.actor_at(t) is not None and context.actor_at(t).kind != "civilians"  # "the three men"
                    for t in c.subtree if t.i < token.i or t.i > token.head.i)
                for c in head.children if c.dep_ == "nsubj"):
            break
        head = head.head
        subjects = [m for m in _subjects(head, context) if _may_own(m)]
    return subjects


def _members_in_apposition(context: ArticleContext, add) -> None:
    """ "Mali, Burkina Faso and Niger, the three members of the Alliance of Sahel States": every
    actor of the listed phrase is a member."""
    for token in context.doc:
        if token.lemma_.lower() not in {"member", "part", "faction", "component"} or token.dep_ != "appos":
            continue
        if token.tag_ != "NNS" and not any(c.dep_ == "nummod" for c in token.children):
            continue
        group = _of_object(token, context)
        listed = list(_phrase_actors(context, token.head))
        for sibling in token.head.children:
            if sibling.dep_ == "appos" and sibling.i != token.i:
                listed += [m for m in _phrase_actors(context, sibling) if m not in listed]
        predicate = "member_of" if token.lemma_.lower() == "member" else "part_of"
        for member in listed:
            add(member, predicate, group, token)


# -- opposes from events ------------------------------------------------------------------------
HOSTILE_EVENT_TYPES = {"ASSAULT", "COERCE"}
# modes of violence against civilians (ACLED): their targets are victims, not a side
ONE_SIDED_MODES = {"abduct", "sexual", "beat", "massacre", "arrest", "crowd-control"}  # arrests and dispersals are no war
# backers that fight beside the side they back (a state's forces, a coalition, a mission, a group)
BACKER_SIDES = {"state_forces", "armed_group", "international_org"}
# international backers that fight beside those they back (a mission, a coalition), unlike a
# union or agency that funds them ("with financial support from the European Union")
FIGHTING_ORG_WORDS = ("mission", "force", "coalition", "nato", "command", "alliance", "brigade")
LOCATIVE_PREPS = {"in", "near", "inside", "across", "throughout", "around", "at", "outside", "into"}
PLACE_WORDS = PLACE_NOUNS | {"mountains", "mountain", "border", "territory", "township", "capital",
                             "countryside", "north", "south", "east", "west", "outskirts"}


OWNED_POSTS = {"camp", "base", "position", "stronghold", "hideout", "outpost", "post", "headquarters", "barracks",
               "garrison", "checkpoint", "positions", "bastion", "den"}


def _is_locative(mention: ActorMention, doc) -> bool:
    """ "in northern Iraq", "in Afghanistan's Paktika province", "Kyaukphyu township": the name stands
    for a place, not for the state or group as a party."""
    root = doc[mention.start:mention.end].root
    head = root.head
    if root.dep_ in {"poss", "compound"} and head.lemma_.lower() in PLACE_WORDS:
        # "a Frontier Corps camp", "an army camp" is the force's own post, not a place name
        return not (head.lemma_.lower() == "camp" and mention.kind in {"state_forces", "armed_group"})
    if root.dep_ == "pobj":
        if head.lower_ in LOCATIVE_PREPS:
            return True
        if head.lower_ == "of" and head.head.lemma_.lower() in PLACE_WORDS:
            # "a camp of the BIFF", "positions of the RSF": the side's own post, not a place name
            return not (head.head.lemma_.lower() in OWNED_POSTS and mention.kind in {"state_forces", "armed_group"})
    return False


def _named_first(ids: list[str], mentions: dict[str, ActorMention]) -> list[ActorMention]:
    """The actors of one role of an event, without a generic one ("militants") where a named actor
    of the same kind fills the role ("Militants of JNIM ambushed ..." names JNIM once)."""
    found = [mentions[i] for i in ids if i in mentions]
    named = [m for m in found if not m.generic]
    return [m for m in found if not m.generic or not any(
        n.kind == m.kind and (m.country is None or n.country == m.country) for n in named)]


def opposes_from_events(context: ArticleContext, events: list, known: list[Relation]) -> list[Relation]:
    """Each actor of a hostile event (an attack, a clash, an arrest) that happened opposes each of its
    targets that is a side: not civilians, media or monitors, not a state named as the place ("in
    northern Iraq"), not a person arrested, not the actor's own state. The evidence is the event's
    sentence. Relations already in ``known`` (either direction) are not repeated, nor is a generic
    target without a country ("soldiers") when the actor already opposes an actor of its kind."""
    mentions = context.mention_per_actor()
    seen = {(r.subject, r.object) for r in known if r.predicate == "opposes"}
    # "the division, backed by fighters of the MILF, overran a camp": the backer is on its side
    friends = {(r.subject, r.object, r.evidence.start) for r in known if r.predicate == "backed_by"}
    found: list[Relation] = []
    for event in events:
        if event.type not in HOSTILE_EVENT_TYPES or event.negated or event.hypothetical:
            continue
        sentence = _sentence_at(context, event.evidence.start)
        if sentence is None:
            continue
        if event.mode in ONE_SIDED_MODES and not (event.mode == "arrest" and _fought_first(sentence)):
            continue  # "arrested three armed men after a shootout": the shootout makes them sides
        in_sentence = [m for m in context.mentions if sentence.start <= m.start < sentence.end]
        # "troops, backed by US air strikes, retook the base": the backer fights the same enemy
        backers = [mentions[r.object] for r in known if r.predicate == "backed_by" and r.subject in event.actors
                   and r.object in mentions and sentence.start_char <= r.evidence.start < sentence.end_char]
        fighting_backers = [b for b in backers if b.kind in BACKER_SIDES and (
            b.kind != "international_org" or any(word in b.name.lower() for word in FIGHTING_ORG_WORDS))]
        # "soldiers backed by Russia's Africa Corps repulsed an attack by JNIM": the attackers fight
        # the defenders' fighting backers too
        target_backers = [mentions[r.object] for r in known if r.predicate == "backed_by" and r.subject in event.targets
                          and r.object in mentions and sentence.start_char <= r.evidence.start < sentence.end_char
                          and mentions[r.object].kind in {"state_forces", "armed_group"}]
        for actor in _named_first(event.actors, mentions) + fighting_backers:
            if not _opponent_kind(actor):
                continue
            for target in _named_first(event.targets, mentions) + target_backers:
                if target.actor_id == actor.actor_id or not is_side(target) or one_state(actor, target):
                    continue
                if event.type == "COERCE" and target.kind == "person":
                    continue  # "arrested a former minister": an arrest, not a conflict
                namings = [m for m in in_sentence if m.actor_id == target.actor_id]
                if namings and all(_is_locative(m, context.doc) for m in namings):
                    continue
                if namings and all(_in_modifier(m, context.doc) for m in namings):
                    # "killed two members of the Iran-backed Hezbollah group": the target is the
                    # group, not its patron
                    target = _backed_instead(context, namings[0])
                    if target is None or target.actor_id == actor.actor_id or one_state(actor, target):
                        continue
                pair = (actor.actor_id, target.actor_id)
                if any((a, b) in {pair, pair[::-1]} and sentence.start_char <= start < sentence.end_char
                       for a, b, start in friends):
                    continue
                if pair in seen or pair[::-1] in seen or _known_under_another_name(actor, target, seen, mentions):
                    continue
                seen.add(pair)
                found.append(_sentence_relation(context, actor, "opposes", target, sentence))
    return found


def opposes_from_claims(context: ArticleContext, statements: list, known: list[Relation]) -> list[Relation]:
    """An armed group that claims an attack opposes the forces it struck: "JNIM claimed the
    ambush", "the BLA said its fighters had killed 12 soldiers". The claim's targets are the
    attack's (aimed by ``aim_at_events``), so the claimer is the side the text left unnamed
    ("gunmen attacked a police post ... Jaish al-Adl claimed it"). Only a state's forces, or an
    armed group the text leaves unnamed ("killed dozens of terrorists"), are such sides; a named
    group may be the claimer's partner in the raid ("carried out the ambush together with JNIM"),
    and a government or civilians are what a claim speaks of, not whom it fought. The evidence is
    the claim's sentence."""
    mentions = context.mention_per_actor()
    seen = {frozenset((r.subject, r.object)) for r in known if r.predicate == "opposes"}
    tied = {frozenset((r.subject, r.object)) for r in known if r.predicate != "opposes"}
    found: list[Relation] = []
    for statement in statements:
        claimer = mentions.get(statement.speaker)
        if statement.kind != "CLAIM" or claimer is None or claimer.kind != "armed_group":
            continue
        sentence = _sentence_at(context, statement.evidence.start)
        if sentence is None:
            continue
        for target in (mentions.get(t) for t in statement.targets):
            if target is None or target.actor_id == claimer.actor_id:
                continue
            unnamed_group = target.kind == "armed_group" and target.name.startswith("Unidentified")
            if target.kind != "state_forces" and not unnamed_group:
                continue
            pair = frozenset((claimer.actor_id, target.actor_id))
            if pair in seen or pair in tied:
                continue
            seen.add(pair)
            found.append(_sentence_relation(context, claimer, "opposes", target, sentence))
    return found


def _sentence_relation(context: ArticleContext, subject: ActorMention, predicate: str, obj: ActorMention,
                       sentence) -> Relation:
    """A relation read from an event, with the event's sentence as evidence."""
    return Relation(
        id=stable_id("relation", context.article.id, subject.actor_id, predicate, obj.actor_id),
        subject=subject.actor_id, predicate=predicate, object=obj.actor_id,
        evidence=context.evidence(sentence),
    )


ALLY_KINDS = {"state_forces", "armed_group"}


def allies_from_events(context: ArticleContext, events: list, known: list[Relation]) -> list[Relation]:
    """Two forces that carry out one attack or fight together ("the army and AUSSOM troops retook
    the base", "Rwandan troops and the Local Force killed 11 insurgents") are allies, unless the
    text already ties them otherwise (one part of, backed by or opposing the other) or they are one
    state's forces."""
    mentions = context.mention_per_actor()
    tied = {frozenset((r.subject, r.object)) for r in known}
    found: list[Relation] = []
    for event in events:
        if event.type != "ASSAULT" or event.negated or event.hypothetical:
            continue
        sentence = _sentence_at(context, event.evidence.start)
        if sentence is None:
            continue
        # the doers of one act together; and, struck together by a named side, the forces it
        # struck ("ambushed a convoy escorted by Malian soldiers and Russian paramilitaries")
        if len(event.actors) >= 2:
            _allied_sides(context, [m for m in _named_first(event.actors, mentions) if m.kind in ALLY_KINDS],
                          sentence, tied, found)
        if event.actors and len(event.targets) >= 2 and not set(event.actors) & set(event.targets):
            struck = [m for m in _named_first(event.targets, mentions) if m.kind in ALLY_KINDS]
            # a state's own auxiliaries struck beside its army (the VDP, the Wazalendo) are told
            # as its auxiliaries, not as allies
            auxiliaries = {m.actor_id for m in struck if m.kind == "armed_group" and any(
                o.kind == "state_forces" and o.country == m.country for o in struck)}
            _allied_sides(context, [m for m in struck if m.actor_id not in auxiliaries], sentence, tied, found)
    return found


def _allied_sides(context: ArticleContext, sides: list[ActorMention], sentence, tied: set, found: list) -> None:
    """Each pair of ``sides`` joined by "and" in the sentence is allied, unless tied already."""
    for index, first in enumerate(sides):
        for second in sides[index + 1:]:
            pair = frozenset((first.actor_id, second.actor_id))
            if pair in tied or len(pair) < 2 or one_state(first, second):
                continue
            if not _joined_in(context, sentence, first.actor_id, second.actor_id):
                continue  # a side credited from a claim, or taken from another act merged in
            tied.add(pair)
            found.append(_sentence_relation(context, first, "allied_with", second, sentence))


def _joined_in(context: ArticleContext, sentence, first: str, second: str) -> bool:
    """Whether the sentence names the two actors joined by "and" with no verb between ("the Somali
    army and troops of AUSSOM"), as the doers of one act are."""
    doc = context.doc
    namings = [m for m in context.mentions if sentence.start <= m.start < sentence.end
               and not m.name.startswith("Unidentified")]
    for a in (m for m in namings if m.actor_id == first):
        for b in (m for m in namings if m.actor_id == second):
            left, right = (a, b) if a.start < b.start else (b, a)
            between = doc[left.end : right.start]
            if 0 < len(between) <= 8 and any(t.lower_ == "and" for t in between) and not any(
                    t.pos_ in {"VERB", "AUX"} or t.lower_ in {"which", "who", "between"} for t in between):
                return True
    return False


def _fought_first(sentence) -> bool:
    return any(t.lemma_.lower() in MUTUAL_FIGHT_NOUNS | {"shootout", "gunbattle"} for t in sentence)


def _backed_instead(context: ArticleContext, patron: ActorMention) -> ActorMention | None:
    """The actor a patron's modifier is part of: Hezbollah for Iran in "the Iran-backed Hezbollah"."""
    token = context.doc[patron.end - 1]
    for ancestor in list(token.ancestors)[:3]:
        if ancestor.dep_ == "amod" and ancestor.lemma_.lower() in MODIFIER_LEMMAS:
            head = ancestor.head
            named = [m for m in context.mentions if head.left_edge.i <= m.start and m.end <= head.i + 1
                     and m.actor_id != patron.actor_id and not _in_modifier(m, context.doc)]
            backed = max(named, key=lambda m: m.end, default=None)
            return backed if backed is not None and is_side(backed) else None
    return None


def _known_under_another_name(actor: ActorMention, target: ActorMention, seen: set, mentions: dict) -> bool:
    """ "The militants said they had killed dozens of soldiers": a generic target with no country is
    most likely the enemy already named, when the actor already opposes an actor of that kind."""
    if not target.generic or target.country is not None:
        return False
    for subject, obj in seen:
        other = mentions.get(obj) if subject == actor.actor_id else mentions.get(subject) if obj == actor.actor_id else None
        if other is not None and other.kind == target.kind:
            return True
    return False


def _sentence_at(context: ArticleContext, char: int):
    for sentence in context.doc.sents:
        if sentence.start_char <= char < sentence.end_char:
            return sentence
    return None

