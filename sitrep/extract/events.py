"""Events: trigger words from the ontology lexicon, arguments from the dependency parse.

For each trigger: actors are the subject (or the passive agent "by X"), targets the object,
"on X" / "against X" / "held by X" and passive subjects; place is the nearest toponym after
"in/near/at/outside" (``where.event_place``); date the nearest date phrase; fatalities the
sentence's casualty figure; ``reported_by`` "according to X" or the subject of a reporting verb
above the trigger. Negated ("denied attacking") and hypothetical ("threatened to attack") events
are flagged; an event dated more than 60 days before publication is history and dropped.

Triggers beyond the lexicon's words:
- a weapon as the object of a launching verb: "fired two missiles at Jazan", "launched 90 drones
  at Kharkiv" ("intercepted a missile" is none); "threw a grenade at a police post" via the
  weapon's user (light verbs below);
- "strike" read by its company: "jets struck" / "a drone hit" (air or drone strike), "a general
  strike", "a 48-hour strike", "went on strike" (a labour protest);
- burning someone's property ("set fire to homes", "torched a police station"), not "a fire
  burned for hours" or "burned tyres"; burning told with a protest is part of the protest, and
  burning that kills or wounds is an attack on civilians;
- surrender and prisoner swaps come from the lexicon; background nouns ("under the deal", "since
  the ceasefire", "condemned the attack") are no event of their own.

Doers hidden from the trigger's own subject:
- shared subjects: "stormed the town, killing 30 and looting the market" (participles and
  conjoined verbs without a subject of their own take the governing clause's);
- pronouns under a reporting verb: "the Arakan Army said it had captured ..."; relative pronouns:
  "riot police, who fired tear gas";
- light verbs: "said it carried out an air strike", "launched an offensive", "fired tear gas",
  "claimed responsibility for the attack" (the verb's subject does the noun);
- a noun trigger framing a transitive act: "the army killed 15 assailants in a counter-attack"
  ("civilians died in an air strike" names victims, not doers);
- a participle with an object of its own: "footage showed RSF fighters executing prisoners",
  "CODECO militiamen killed 35 people, the mission said" (the parser's reduced relative);
- remote strikes: "a Russian missile strike", "a military air strike" are the forces of the
  demonym's country (for "military", of the article's country), added as an actor if unnamed;
- a bare "Al-Shabaab claimed responsibility." gives the claimant to the last violent event with
  no doer ("No group claimed responsibility", "did not claim" name none);
- an event noun as subject names no doer: "clashes with rebels killed four soldiers".
Sides: "clashes (erupted ...) between X and Y" makes X the actor and Y the target (and the event a
battle, whatever Y's kind); "X and Y clashed" likewise; "after weeks of fighting with X",
"sparking fighting with X" and "struck their motorcycle" name targets. A clash whose victims are
all civilians (and attacks on civilian sites: "attacked a market") is violence against civilians.
Two events of one type and place in a sentence merge into one that keeps the sides either named;
a generic "killing" beside a specific act ("retook the town, killing 12") is its outcome. A
definite noun ("the offensive", "its attack") naming an event told before completes that event.
More targets: "fired tear gas at protesters" (the light verb's "at/on/against"), "killed four
members of X and arrested six others" ("others" are more of the first object's group).

Sides told in other ways: "drove them out" / "were driven back by police" (a side driven out or
back; "out" retakes ground, and the attack a side is driven back from keeps its repellers as
targets); "troops fired on X's positions" told as fact (not a charge, a description or another's
account); weapons, not a side, after "fought with"; "two rival factions of X, A and B," (the listed
factions); "soldiers patrolling the area came under fire"; "struck ISWAP fighters regrouping"; weapons
downed ("shot down 97 of the drones": ACLED's disrupted weapons use, against whoever fired them);
victims identified in the next sentences ("the man was a member of the Radwan Force"). Ground taken
is named by who takes it: a state's forces regain territory, an armed group overtakes it.

Tolls told later: a sentence whose only violence is a doer-less "killed" reported by someone
("Medics said at least nine people had been killed", "Four soldiers were killed in the
fighting, the army said") completes the last violent event instead of making one, unless it names
another place or day; a sentence with a figure and no trigger ("put the death toll at between 80
and 120") does the same. Figures combine as ``casualties.combined_toll`` says (sides add up).

``reported_by`` is the source as written, trimmed to its noun phrase ("Syria's foreign ministry",
"residents and a local official", "a police spokesman"; a leading "the", relative clauses and
appositions dropped), followed by the canonical name of the named actor it is where that differs
("the Observatory" -> "Observatory", "Syrian Observatory for Human Rights"). "it said" names no
source.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from spacy.tokens import Span, Token

from sitrep.extract.casualties import combined_toll, find_fatalities, find_injured
from sitrep.extract.context import ArticleContext
from sitrep.extract.mentions import STATE_APPARATUS, ActorMention, one_state
from sitrep.extract.speech.cues import claimed_by, claimed_in_passive
from sitrep.kb.countries import country_code, country_name
from sitrep.resolve.actors import lookup_exact
from sitrep.extract.when import event_date
from sitrep.extract.where import event_place
from sitrep.kb.ontology import Trigger, acled_for, triggers
from sitrep.model import Event, Fatalities, stable_id
from sitrep.resolve.dates import parse_published

STAGE = "sitrep.events.v2"

NEGATING_HEADS = {"deny", "reject", "dismiss", "refute"}
TIME_MARKS = {"after", "before", "since", "when"}
HYPOTHETICAL_HEADS = {"threaten", "plan", "vow", "warn", "consider", "prepare", "intend", "seek",
                      "propose", "would", "could", "might", "may", "will", "if", "call"}
# what someone is urged, asked or ordered to do has not happened ("urged the groups to withdraw");
# a verb joined to these ("demanded ... and called on") is an act of its own
REQUESTED_HEADS = {"urge", "ask", "demand", "press", "appeal", "encourage", "order", "want", "hope", "aim"}
REPORTING_VERBS = {"say", "report", "tell", "announce", "state", "confirm", "claim", "add"}
TARGET_PREPS = {"on", "against", "at", "targeting"}
# where a group tells of its deeds ("on its Amaq news agency"), not what the deed struck
OUTLET_NOUNS = {"agency", "channel", "website", "outlet", "radio", "account", "page", "platform", "newsletter",
                "station", "network", "feed"}
BACKGROUND_PREPS = {"under", "after", "since", "despite", "before", "of", "about", "to", "against", "for",
                    "during", "amid", "following", "over", "into"}
BACKGROUND_VERBS = {"deny", "condemn", "call", "tolerate", "reject", "demand", "investigate", "blame",
                    "accuse", "urge", "welcome", "respect", "end", "violate", "breach", "support"}
COUNTERPART_PREPS = {"with", "from"}
# what comes "with" a fight that is no side of it: "with financial support from the EU"
AID_NOUNS = {"support", "backing", "help", "assistance", "aid", "funding", "cover", "blessing"}
FIRE_SUPPORT = {"air", "artillery", "aerial", "naval", "drone", "fire", "military", "helicopter"}
GENERIC_VIOLENCE = {"kill", "killing", "attack", "fight", "fighting"}
HARMING_OUTCOMES = {"wound", "injure", "maim"}  # "..., wounding three passengers": no event of its own


@cache
def _lexicon() -> tuple[dict[str, list[Trigger]], dict[str, list[tuple[tuple[str, ...], Trigger]]]]:
    """Single-word triggers by word, and phrase triggers by their first word (longest first)."""
    words: dict[str, list[Trigger]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
    for trigger in triggers():
        parts = tuple(trigger.term.split())
        if len(parts) == 1:
            words.setdefault(parts[0], []).append(trigger)
        else:
            phrases.setdefault(parts[0], []).append((parts, trigger))
    for candidates in phrases.values():
        candidates.sort(key=lambda item: -len(item[0]))
    return words, phrases


def _trigger_of(token: Token) -> tuple[Trigger, int] | None:
    """The trigger starting at ``token`` and the index of the token that heads it."""
    words, phrases = _lexicon()
    lemma, lower = token.lemma_.lower(), token.lower_
    doc = token.doc
    for parts, trigger in phrases.get(lemma, []) + phrases.get(lower, []):
        end = token.i + len(parts)
        if end <= len(doc) and all(doc[token.i + k].lower_ == part for k, part in enumerate(parts[1:], 1)):
            return trigger, doc[token.i : end].root.i
    pos = "verb" if token.pos_ in {"VERB", "AUX"} else "noun" if token.pos_ in {"NOUN", "PROPN"} else None
    if pos is None:
        return None
    if pos == "verb" and lemma in {"trade", "exchange"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in TRADED_BLOWS for c in token.children):
        return words["clash"][0], token.i  # "the army and the RSF traded artillery fire"
    if pos == "verb" and lemma == "fire" and _told_as_fact(token) and not any(c.dep_ == "dobj" for c in token.children) and any(
            c.dep_ == "prep" and c.lower_ in {"on", "at", "upon"} for c in token.children):
        return words["shoot"][0], token.i  # "troops fired on M23 positions" (a weapon fired is read below)
    if pos == "verb" and lemma == "come" and _under_fire(token) is not None:
        return words["attack"][0], token.i  # "came under (heavy) fire from Y"
    if pos == "verb" and lemma in {"drive", "push", "chase", "force"}:
        direction = _driven_direction(token)
        if direction is not None:
            # "drove the rebels out of the town" takes ground back; "pushed them back" is a fight
            return words["retake" if direction == "out" else "attack"][0], token.i
    if pos == "noun" and lemma in CAMPAIGN_NOUNS and _carried_out(token) and any(
            c.dep_ == "prep" and c.lower_ == "against" and any(
                g.dep_ == "pobj" and (_names_a_force(g) or g.ent_type_ in {"ORG", "NORP"}) for g in c.children)
            for c in token.children):
        return words["offensive"][0], token.i  # "launched an operation against Taliban fighters"
    if pos == "noun" and lower in MISTAGGED_PAST:
        # "The military retook Mocimboa da Praia": before an unknown name the tagger may call a
        # past-tense verb a noun; these forms are never nouns
        pos, lemma = "verb", MISTAGGED_PAST[lower]
    for key in (lemma, lower):
        for trigger in words.get(key, ()):
            if trigger.pos in {pos, "any"}:
                return trigger, token.i
    return _launched_weapon(token)


def _carried_out(noun: Token) -> bool:
    """ "launched an operation", "killed in an operation": an effort told as done, not a name's
    description ("Operation Hadin Kai, the army's campaign against jihadists") or a label ("what
    the force called an operation against gangs")."""
    if noun.dep_ in {"dobj", "nsubjpass"}:
        return noun.head.lemma_.lower() in LIGHT_VERBS
    return noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"} and noun.head.head.pos_ == "VERB"


# words for a military effort that is an attack only when aimed "against" a force
CAMPAIGN_NOUNS = {"operation", "sweep", "crackdown", "campaign", "push", "counteroffensive", "counter-offensive"}
FORCE_NOUNS = {"rebel", "force", "troop", "soldier", "militant", "fighter", "insurgent", "jihadist", "gang",
               "army", "militia", "militiaman", "enemy", "attacker", "assailant", "terrorist", "gunman"}


def _names_a_force(noun: Token) -> bool:
    """ "M23 rebels", "Russian forces", "the attackers": an armed party, not "the meeting"."""
    return noun.lemma_.lower() in FORCE_NOUNS or noun.ent_type_ in {"ORG", "NORP"} or any(
        t.ent_type_ in {"ORG", "NORP"} for t in noun.subtree)


PLANTING_VERBS = {"plant", "lay", "place", "fire", "launch", "drop", "set", "detonate", "hide",
                  "operate", "fly", "pilot", "send", "deploy"}  # "drones operated by the GNU"
DOWNED_THINGS = {"drone", "missile", "rocket", "aircraft", "plane", "jet", "helicopter", "uav", "projectile"}
INTERCEPTED = {"drone", "missile", "rocket", "uav", "projectile", "shell"}  # weapons in flight


def _downs_a_weapon(trigger: Token) -> bool:
    return _weapon_downed(trigger) is not None


def _weapon_downed(trigger: Token) -> Token | None:
    """ "shot down 11 drones", "intercepted two missiles": the weapon downed, its owner unnamed."""
    lemma = trigger.lemma_.lower()
    if lemma not in {"shoot", "down", "intercept", "destroy"}:
        return None
    if lemma == "shoot" and not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in trigger.children):
        return None
    return next((thing for c in trigger.children if c.dep_ == "dobj" for thing in [_downed_thing(c)]
                 if thing is not None), None)


def _downed_thing(obj: Token) -> Token | None:
    """The weapon an object names: "11 drones", or "97 of the drones" / "84 of the 112 drones"."""
    if obj.lemma_.lower() in DOWNED_THINGS:
        return obj
    if obj.like_num:
        return next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in DOWNED_THINGS), None)
    return None


def _weapon_owner(trigger: Token) -> Token | None:
    """Who fired the weapons downed, when the sentence says so: "84 of the 112 drones Russia fired"."""
    for obj in (o for c in trigger.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)):
        thing = _downed_thing(obj)
        for clause in (c for c in (thing.children if thing is not None else ()) if c.dep_ == "relcl"):
            subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in {"that", "which", "who"}:
                return subject
    return None


def _last_other_side(trigger: Token, actors: list[ActorMention], context: ArticleContext,
                     kinds: set[str] | None = None) -> ActorMention | None:
    """The fighting party named last before ``trigger`` that is not the doer's side."""
    countries = {a.country for a in actors if a.country and a.kind in STATE_APPARATUS}
    return context.last_party_before(trigger.i, kinds=kinds or {"armed_group", "state_forces"},
                                     exclude={a.actor_id for a in actors}, exclude_countries=countries)


REPELLING_VERBS = {"repel", "repulse", "foil", "thwart", "fend", "beat", "push", "resist", "withstand"}
REPELLED_ACTS = {"attack", "assault", "offensive", "raid", "incursion", "advance", "attempt"}
# forms the lemmatizer may leave as they are ("raged")
OCCURRENCE_FORMS = {"raged", "erupted", "broke", "continued", "resumed", "flared", "intensified", "escalated"}
TRADED_BLOWS = {"fire", "gunfire", "shot", "blow", "strike", "salvo", "barrage", "shell", "rocket"}
UNDER_FIRE = {"fire", "attack", "gunfire", "shelling", "bombardment", "assault"}


def _under_fire(verb: Token) -> Token | None:
    """The "fire" of "came under (heavy) fire", when ``verb`` is that "came"."""
    if verb.lemma_.lower() != "come":
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "under":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in UNDER_FIRE:
                    return pobj
    return None


MISTAGGED_PAST = {"retook": "retake", "overran": "overrun", "recaptured": "recapture", "stormed": "storm",
                  "ambushed": "ambush", "shelled": "shell", "bombed": "bomb", "abducted": "abduct",
                  "kidnapped": "kidnap", "killed": "kill", "fought": "fight", "seized": "seize"}


# "fired a ballistic missile at Jizan", "launched 120 drones at Ukraine": a weapon is an attack only
# as the object of a launching verb ("intercepted a missile", "drone footage" are not)
LAUNCHED_WEAPONS = {"missile": "artillery", "rocket": "artillery", "shell": "artillery",
                    "mortar": "artillery", "drone": "drone", "uav": "drone", "bomb": "aerial"}
LAUNCHING_VERBS = {"fire", "launch", "lob", "drop"}


def _launched_weapon(token: Token) -> tuple[Trigger, int] | None:
    mode = LAUNCHED_WEAPONS.get(token.lemma_.lower())
    if mode is None or token.pos_ not in {"NOUN", "PROPN"}:
        return None
    head = token.head
    if token.dep_ == "conj":  # "launched 120 drones and four ballistic missiles"
        while head.dep_ == "conj":
            head = head.head
        head = head.head if head.dep_ == "dobj" else token
    if token.dep_ not in {"dobj", "conj"} or head.lemma_.lower() not in LAUNCHING_VERBS:
        return None
    return Trigger(term=token.lemma_.lower(), pos="noun", plover_type="ASSAULT", mode=mode), token.i


AIRCRAFT = {"jet", "warplane", "aircraft", "plane", "helicopter", "bomber", "airstrike", "glide"}
LABOUR_STRIKE_CUES = {"general", "hunger", "worker", "union", "teacher", "nationwide", "hour", "day",
                      "week", "labour", "labor", "doctor", "nurse", "driver", "employee"}


def _disambiguate(trigger_def: Trigger, trigger: Token) -> tuple[str, str | None]:
    """Words with two senses in conflict news: a "strike" is a walkout or an air strike."""
    if trigger_def.term in {"strike", "hit"} and trigger.pos_ == "VERB":
        # "jets struck", "a drone hit": the weapon named as subject says what kind of strike
        subjects = {t.lemma_.lower() for c in trigger.children if c.dep_ == "nsubj" for t in c.subtree}
        if subjects & {"drone", "uav"}:
            return "ASSAULT", "drone"
        if subjects & AIRCRAFT:
            return "ASSAULT", "aerial"
        if subjects & {"missile", "rocket", "shell", "artillery", "mortar"}:
            return "ASSAULT", "artillery"
    thing = _weapon_downed(trigger) if trigger_def.plover_type == "ASSAULT" else None
    if thing is not None:
        # "shot down 97 of the drones", "intercepted two missiles": ACLED's disrupted weapons use;
        # an aircraft shot down is a clash
        return "ASSAULT", "intercept" if thing.lemma_.lower() in INTERCEPTED else None
    if trigger_def.term == "strike" and trigger.pos_ == "NOUN":
        nearby = {t.lemma_.lower() for t in trigger.subtree} | {t.lemma_.lower() for t in trigger.head.subtree if t.dep_ == "nsubj" for t in t.subtree}
        went_on = trigger.dep_ == "pobj" and trigger.head.lower_ == "on" and trigger.head.head.lemma_.lower() in {"go", "be", "remain", "stay"}
        if went_on or nearby & LABOUR_STRIKE_CUES or any(t.lower_.endswith(("-hour", "-day")) for t in trigger.subtree):
            return "PROTEST", "strike"
    return trigger_def.plover_type, trigger_def.mode


def _against_civilians(targets: list[ActorMention]) -> bool:
    """ACLED codes one-sided violence against unarmed people as violence against civilians."""
    return bool(targets) and all(target.kind in {"civilians", "other"} for target in targets)


CIVILIAN_SITES = {"restaurant", "hotel", "market", "church", "mosque", "school", "bus", "hospital",
                  "home", "house", "shop", "wedding", "funeral", "clinic", "university", "bar",
                  "village", "farm", "camp", "motorist", "vehicle", "car", "truck"}


def _against_civilian_site(trigger: Token) -> bool:
    """ "attacked a restaurant", "an attack on a market": one-sided violence against civilians."""
    def civilian(site: Token) -> bool:
        return site.lemma_.lower() in CIVILIAN_SITES and not _held_by_force(site)

    for child in trigger.children:
        if child.dep_ in {"dobj", "nsubjpass"} and civilian(child):
            return True
        if child.dep_ == "prep" and child.lower_ in {"on", "against"}:
            if any(civilian(g) for g in child.children if g.dep_ == "pobj"):
                return True
    return False


FORCE_MODIFIERS = {"army", "military", "paramilitary", "police", "security", "militia", "rebel",
                   "insurgent", "troop", "soldier", "navy", "naval"}


def _held_by_force(site: Token) -> bool:
    """ "an army camp", "a military vehicle", "a Frontier Corps camp", "police trucks": a site of
    an armed force, not a civilian one."""
    return any(c.dep_ in {"compound", "amod", "poss", "nmod"} and (
        c.lemma_.lower() in FORCE_MODIFIERS or c.ent_type_ == "ORG") for c in site.children)


# nouns a trigger word may modify without naming an act: "the aid worker", "protest leaders",
# "attack helicopters"
NOT_ACT_HEADS = {"worker", "agency", "group", "organisation", "organization", "official", "leader",
                 "activist", "convoy", "helicopter", "drone", "team", "force", "vehicle", "ship", "committee",
                 "council", "office", "programme", "program", "chief", "coordinator", "movement", "camp",
                 "route", "corridor", "package", "agreement", "deal", "launcher", "factory", "workshop", "stockpile"}
# a pursuit is a fight only when it is of fighters, and done
CHASING_VERBS = {"pursue", "chase"}
PURSUED_PEOPLE = {"attacker", "assailant", "insurgent", "militant", "rebel", "jihadist", "terrorist", "fighter",
                  "gunman", "bandit", "raider", "remnant", "enemy", "them", "they", "him", "soldier", "troop",
                  "force", "militia", "militiaman", "gang", "column", "convoy", "unit", "extremist", "kidnapper",
                  "poacher", "cell", "group", "member", "survivor", "intruder", "invader", "occupier", "mercenary"}
# participles that describe a party ("Government forces, backed by AU troops,"): a relation, not an act
DESCRIBING_PARTICIPLES = {"back", "support"}


def _names_no_act(trigger: Token) -> bool:
    """ "the aid worker said", "protest leaders", "Government forces, backed by African Union
    troops, regained ...", "a mission backed by Washington": the trigger word describes an actor."""
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ == "compound":
        return trigger.head.lemma_.lower() in NOT_ACT_HEADS
    if trigger.lemma_.lower() in REPELLING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in REPELLED_ACTS and _trigger_of(c) is not None
            for c in trigger.children):
        return True  # "repelled an attack by Y": the attack is the event, made by Y (PLOVER's source)
    if trigger.lemma_.lower() in CHASING_VERBS and (any(
            c.dep_ == "dobj" and c.lemma_.lower() not in PURSUED_PEOPLE and c.pos_ != "PROPN" for c in trigger.children)
            or any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"} for c in trigger.children)
            or any(c.dep_ == "prep" and c.lower_ == "from" for c in trigger.children)):
        return True  # "pursued warmer ties", "would pursue the jihadists", "chased from their land"
    if trigger.lemma_.lower() in DESCRIBING_PARTICIPLES and trigger.tag_ == "VBN":
        return trigger.dep_ in {"acl", "amod", "appos", "advcl", "conj"} or trigger.head.pos_ in {"NOUN", "PROPN"}
    return _in_backing(trigger)


BACKING_PARTICIPLES = DESCRIBING_PARTICIPLES | {"aid", "assist", "cover"}


def _in_backing(trigger: Token) -> bool:
    """ "troops, backed by US air strikes, retook the base": the strikes are the backing of the
    act told, not an event of their own (their owner backs one side and opposes the other)."""
    for ancestor in list(trigger.ancestors)[:4]:
        if ancestor.lemma_.lower() in BACKING_PARTICIPLES and ancestor.tag_ == "VBN" and ancestor.dep_ in {
                "acl", "amod", "advcl", "appos", "relcl"}:
            return True
    return False


def _refers_back(trigger: Token) -> bool:
    """A noun trigger that names an event as background, not as something that happened here:
    "under the deal", "since the ceasefire", "the right to protest", "denied the attack"."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ in BACKGROUND_PREPS:
        # "claimed responsibility for the attack" tells the attack, it does not refer back to it
        return not (head.lower_ == "for" and head.head.lemma_.lower() == "responsibility")
    return trigger.dep_ in {"dobj", "nsubj"} and head.lemma_.lower() in BACKGROUND_VERBS


def _richness(event: Event) -> int:
    return len(event.actors) + len(event.targets) + (event.place is not None) + (event.date is not None)


PRONOUNS = {"it", "they", "we", "its", "their", "our"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
SAYING_VERBS = REPORTING_VERBS | {"deny", "admit", "vow", "insist", "boast", "acknowledge"}
# "carried out an air strike", "launched an offensive": the doer of the noun is the verb's subject
# ("fired tear gas", "used live rounds" too: the weapon's user does the act)
LIGHT_VERBS = {"carry", "launch", "conduct", "stage", "mount", "unleash", "begin", "start", "wage",
               "intensify", "execute", "perform", "continue", "resume", "claim", "step", "fire", "use",
               "lob", "deploy", "drop", "throw", "hurl", "toss", "plant", "detonate", "join", "lead", "spearhead"}
# clauses that share the subject of the clause they hang from ("stormed ..., killing ... and looting")
SHARED_SUBJECT_DEPS = {"xcomp", "advcl", "conj", "pcomp"}
# "after weeks of fighting with X", "sparking hours of fighting with X": the side fought is a target
FIGHT_NOUNS = {"fighting", "fight", "clash", "battle", "combat", "skirmish", "firefight", "gunfight",
               "gunbattle", "confrontation", "exchange"}
CIRCUMSTANCE_PREPS = {"after", "amid", "during", "following", "in"}
OUTCOME_VERBS = {"spark", "trigger", "prompt", "provoke", "ignite", "cause", "lead"}
# "clashes erupted ... between X and Y": the sides hang from the verb the event noun is subject of
OCCURRENCE_VERBS = {"erupt", "break", "continue", "rage", "resume", "flare", "intensify", "occur",
                    "take", "escalate", "spread"}


# what a body's own fighting arm is called: "its fighters", "its units", "its aircraft"
OWN_FORCE_NOUNS = {"fighter", "force", "troop", "unit", "soldier", "man", "member", "aircraft", "drone", "jet",
                   "warplane", "peacekeeper", "helmet", "commando", "battalion", "brigade", "division", "artillery",
                   "militant", "militiaman", "operative", "guard", "officer", "navy", "sniper", "column"}


def resolve_pronoun(token: Token) -> Token | None:
    """ "The Arakan Army said it had captured ...": a pronoun subject under a reporting verb is
    that verb's subject; a relative pronoun is the noun its clause describes. Other pronouns stay
    unresolved (None)."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head  # "riot police, who fired tear gas": the noun the clause describes
    if token.lower_ not in PRONOUNS:
        return token
    head = token.head
    for _ in range(4):
        if head.head.i == head.i:
            break
        head = head.head
        if head.lemma_.lower() in SAYING_VERBS:
            return next((c for c in head.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS), None)
    return None


def _told_as_fact(verb: Token) -> bool:
    """A verb of the main clause, told as what happened: not what someone is accused of ("accused
    X of firing on"), a description ("those who fired on"), or another's account ("said troops had
    fired on")."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return False
    while verb.dep_ == "conj":
        verb = verb.head
    # "troops fired on rebel positions, officials said": a lead sourced after the fact
    return verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.i < verb.head.i and verb.head.dep_ == "ROOT"


def _driven_direction(verb: Token) -> str | None:
    """ "out" or "back" when a force is driven out or back: "drove the rebels out of the town",
    "pushed them back", "were driven back by police" (passive), and "drove fighters of X, a group of
    dissidents, out of the hamlet", where the parser hangs "out" inside the object's apposition."""
    # a passive counts only with its doer named ("were driven back by police"): "has been driven out"
    # alone is mostly a claim or a goal
    passive = any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "agent" for c in verb.children)
    objects = [c for c in verb.children if (c.dep_ == "dobj" or c.dep_ == "nsubjpass" and passive) and (
        _names_a_force(c) or c.lower_ == "them" and _them_antecedent(verb) is not None)]
    if not objects and not passive:
        return None
    for child in verb.children:
        if child.dep_ in {"prt", "advmod", "prep"} and child.lower_ in {"out", "back"}:
            return child.lower_
    doc = verb.doc
    for obj in objects:
        for token in obj.subtree:
            if token.lower_ == "out" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of":
                return "out"
    return None


def _them_antecedent(verb: Token) -> Token | None:
    """Who "them" is in "militiamen seized the town before troops drove them out": the subject of
    the clause this one hangs on, when that subject is an armed party."""
    if verb.dep_ not in {"advcl", "conj"} or not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "troops came under fire and shot them dead": a shared subject is not "them"
    found = next(iter(_subjects(verb.head)), None)  # "stormed the town and seized it before ..."
    return found if found is not None and _names_a_force(found) else None


def _shares_subject(clause: Token) -> bool:
    """A participle or conjoined verb with no subject of its own: "..., killing 30" / "and looted"."""
    if clause.dep_ not in SHARED_SUBJECT_DEPS or clause.pos_ not in {"VERB", "AUX"}:
        return False
    own = {"nsubj", "nsubjpass", "auxpass", "csubj", "expl"}
    if clause.dep_ == "advcl":
        own |= {"mark"}  # "after rebels attacked", "when a drone struck": a clause of its own
    return not any(child.dep_ in own for child in clause.children)


def _names_event(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and _trigger_of(token) is not None and context_free_event(token)


def context_free_event(token: Token) -> bool:
    """A noun trigger that is not itself an actor's name ("clashes", not "Strike Force")."""
    return token.ent_type_ not in {"ORG", "NORP", "PERSON", "GPE"}


def _subjects(verb: Token) -> list[Token]:
    """The doers of ``verb``: its subject (a pronoun resolved through the reporting verb above it),
    or the subject of the clause it shares a subject with."""
    current = verb
    for _ in range(4):
        # "clashes with Chadian rebels killed four soldiers": an event as subject names no doer
        found = [c for c in current.children if c.dep_ == "nsubj" and not _names_event(c)]
        if not found:
            # "soldiers patrolling the area came under fire": the parser makes the participle a
            # clausal subject, with the soldiers as its own subject
            found = [g for c in current.children if c.dep_ == "csubj" and c.tag_ == "VBG"
                     for g in c.children if g.dep_ == "nsubj" and g.i < c.i]
        if not found and current.dep_ == "ccomp":
            # "said soldiers backed by Russian instructors had neutralised ...": the parser makes
            # "backed" the clause, with the soldiers its subject and the act a second clause
            found = [g for c in current.head.children if c.dep_ == "ccomp" and c.i < current.i and c.tag_ == "VBN"
                     and c.lemma_.lower() in BACKING_PARTICIPLES and not any(a.dep_ == "aux" for a in c.children)
                     for g in c.children if g.dep_ == "nsubj"]
        before = [c for c in found if c.i < current.i]
        if len(before) > 1:
            # "the NUG, whose PDF fought ...": two subjects are a misparse of a relative clause;
            # the one nearest the verb is its subject, unless "and" joins them ("Rwandan troops,
            # deployed since 2021, and Mozambican soldiers ambushed ...")
            last = before[-1]
            joined = last.left_edge.i > 0 and verb.doc[last.left_edge.i - 1].lower_ == "and" and not any(
                t.lower_ in {"whose", "which", "who"} for t in verb.doc[before[-2].i : last.i])
            found = before[-2:] if joined else [last]
        if found:
            return [t for t in (resolve_pronoun(c) for c in found) if t is not None]
        if not _shares_subject(current):
            return []
        current = current.head
    return []


def _light_verb(trigger: Token) -> Token | None:
    """The verb whose subject does a noun trigger: "carried out an air strike", "launched an
    offensive", "claimed (responsibility for) the attack"."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return None
    head = trigger.head
    if trigger.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS:
        return head
    if (trigger.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility"
            and head.head.head.lemma_.lower() in CLAIMING_VERBS):
        return head.head.head
    if trigger.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in RESPONDING_VERBS:
        return head.head  # "the junta responded with air strikes on Ramree island"
    return None


RESPONDING_VERBS = {"respond", "retaliate", "react", "reply", "hit", "strike"}


def _sides_between(prep: Token) -> tuple[list[Token], list[Token]]:
    """ "between X and Y": X is the first side, Y (and any further conjunct) the other."""
    for pobj in prep.children:
        if pobj.dep_ == "pobj":
            others = list(pobj.conjuncts)
            if not others:
                # "between fighters of the Men of Dignity movement and Bedouin tribal fighters":
                # the parser lost the coordination inside the first side; the phrase after its
                # last "and" is the other side
                joint = [t for t in pobj.subtree if t.lower_ == "and" and t.i > pobj.i]
                if joint and joint[-1].i + 1 <= prep.right_edge.i:
                    other = prep.doc[joint[-1].i + 1]
                    while other.head.i > other.i and other.head.i <= prep.right_edge.i:
                        other = other.head
                    if other.pos_ in {"NOUN", "PROPN"}:
                        others = [other]
            return [pobj], others
    return [], []


def _between_prep(trigger: Token) -> Token | None:
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            return child
    head = trigger.head
    if trigger.dep_ == "nsubj" and (head.lemma_.lower() in OCCURRENCE_VERBS or head.lower_ in OCCURRENCE_FORMS):
        found = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        # "fighting broke out in the town of Sinuni between X and Y": the parser hangs "between"
        # on the place; one naming two joined sides in the clause is the fight's
        return found or next((t for t in head.subtree if t.dep_ == "prep" and t.lower_ == "between"
                              and _clause_of(t).i == head.i and any(
                                  p.dep_ == "pobj" and (p.conjuncts or any(g.lower_ == "and" for g in p.subtree))
                                  for p in t.children)), None)
    return None


def _clause_of(token: Token) -> Token:
    """The verb whose clause holds the token."""
    while token.head.i != token.i and token.pos_ not in {"VERB", "AUX"}:
        token = token.head
    return token


def _fought_sides(trigger: Token) -> list[Token]:
    """ "captured the base after weeks of fighting with junta troops", "attacked a base, sparking
    fighting with army troops": the side fought in a circumstance or outcome of the trigger."""
    found = []
    for child in trigger.children:
        scoped = (child.dep_ == "prep" and child.lower_ in CIRCUMSTANCE_PREPS) or (
            child.dep_ in {"advcl", "xcomp", "conj"} and child.lemma_.lower() in OUTCOME_VERBS
        )
        if not scoped:
            continue
        for token in child.subtree:
            if (token.dep_ == "prep" and token.lower_ in {"with", "against"}
                    and token.head.lemma_.lower() in FIGHT_NOUNS | {"fight"}):
                found.extend(g for g in token.children if g.dep_ == "pobj")
    return found


MUTUAL_TRIGGERS = {"clash", "fight", "battle", "skirmish", "exchange", "clashes", "fighting", "trade"}


def pitted_sides(verb: Token) -> tuple[list[Token], list[Token]]:
    """The heads of X and of Y in "pitted X against Y"; the parser may hang "against Y" on the verb
    or inside X's phrase ("pitted X, whose commander is wanted by Y, against Z")."""
    sides = [c for c in verb.children if c.dep_ == "dobj"]
    againsts = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"] or [
        t for side in sides for t in side.subtree if t.dep_ == "prep" and t.lower_ == "against"][:1]
    return sides, [g for prep in againsts for g in prep.children if g.dep_ == "pobj"]


def _pitting(trigger: Token) -> Token | None:
    """The "pitting" right after a fight word ("clashes pitting X against Y"), however the parser
    hung it."""
    following = trigger.doc[trigger.i + 1] if trigger.i + 1 < len(trigger.doc) else None
    if following is not None and following.lemma_.lower() == "pit" and trigger.lemma_.lower() in MUTUAL_TRIGGERS | FIGHT_NOUNS:
        return following
    return None


def _arguments(trigger: Token, context: ArticleContext) -> tuple[list[ActorMention], list[ActorMention]]:
    actors: list[ActorMention] = []
    targets: list[ActorMention] = []

    def add(into: list[ActorMention], token: Token | None, conjuncts: bool = True) -> None:
        if token is not None:
            put(into, context.actors_of_phrase(token, conjuncts))

    def put(into: list[ActorMention], found) -> None:
        taken = {mention.actor_id for mention in actors + targets}
        for mention in found:
            if mention.actor_id not in taken:
                into.append(mention)
                taken.add(mention.actor_id)

    if _under_fire(trigger) is not None:
        # "Israeli troops came under fire from Hezbollah fighters": the subject was attacked
        fire = _under_fire(trigger)
        for child in (*trigger.children, *fire.children):  # "from Y" hangs on either
            if child.dep_ == "prep" and child.lower_ == "from":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        add(actors, grandchild)
        for subject in _subjects(trigger):
            add(targets, subject)
        return actors, targets
    pitting = _pitting(trigger)
    if pitting is not None:
        # "clashes pitting the ELN against the Gulf Clan": X the actor, Y the target
        sides, opponents = pitted_sides(pitting)
        for side in sides:
            add(actors, side, conjuncts=False)
        for opponent in opponents:
            add(targets, opponent)
        if actors and targets:
            return actors, targets
    between = _between_prep(trigger)
    if between is not None:
        # "clashes between X and Y": X the actor, Y the target
        first, others = _sides_between(between)
        for token in others:
            add(targets, token, conjuncts=False)
        for token in first:
            add(actors, token, conjuncts=False)  # what the other side's phrase holds is taken
    for child in trigger.children:
        if child.dep_ == "nsubj":
            for subject in _subjects(trigger):
                before = len(actors)
                add(actors, subject)
                if len(actors) == before and subject.lemma_.lower() in OWN_FORCE_NOUNS:
                    # "MONUSCO said its blue helmets had exchanged fire": the speaker's own troops
                    # (not "their vehicle struck a roadside bomb": the victims' vehicle)
                    add(actors, next((resolve_pronoun(c) for c in subject.children
                                      if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None))
                add(actors, _planter(subject))  # "a bomb planted by the insurgents wrecked a vehicle"
                for backer in _field_backers(subject):
                    # "Haitian police backed by Kenyan troops retook the town": troops that back a
                    # side in the field fight beside it (both "Kenyan troops" and the mission they
                    # serve); a state or a donor that backs it does not
                    put(actors, [m for m in (context.actor_at(backer), *context.actors_of_phrase(backer, False))
                                 if m is not None and _fights_in_field(m)])
        elif child.dep_ == "acl" and child.lemma_.lower() in PLANTING_VERBS and trigger.pos_ == "NOUN":
            add(actors, _planter(trigger))  # "a roadside bomb planted by Maoist insurgents"
        elif child.dep_ == "poss":
            add(actors, resolve_pronoun(child))
        elif child.dep_ in {"compound", "amod"}:
            add(actors, child)
        elif child.dep_ == "agent":
            for grandchild in child.children:
                add(actors, grandchild)
        elif child.dep_ in {"dobj", "nsubjpass", "attr"}:
            add(targets, child)
            if child.dep_ == "dobj" and child.lower_ == "them":
                add(targets, _them_antecedent(trigger))  # "seized the town before troops drove them out"
            for grandchild in child.children:  # "positions held by X", "positions of X"
                if grandchild.dep_ in {"acl", "prep"}:
                    # "a mine planted by X", "a rocket fired by X": X did it, it was not hit
                    into = actors if grandchild.lemma_.lower() in PLANTING_VERBS else targets
                    # "an operative of X, who had directed attacks against Israel": what a relative
                    # clause below says is no target ("positions held by X" still names X)
                    clauses = {t.i for verb in grandchild.subtree if verb.dep_ == "relcl" for t in verb.subtree}
                    if grandchild.dep_ == "acl" and grandchild.lemma_.lower() in CARRYING_VERBS:
                        # "wrecked a vehicle carrying CRPF personnel": those carried were struck
                        for carried in grandchild.children:
                            if carried.dep_ == "dobj":
                                add(targets, carried)
                    for held in grandchild.subtree:
                        if held.dep_ == "pobj" and held.i not in clauses:
                            add(into, held)
                elif grandchild.dep_ == "poss":  # "struck their motorcycle": the owners were hit
                    add(targets, resolve_pronoun(grandchild))
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS | COUNTERPART_PREPS | {"by"}:
            # "clashed with Y", "retook the town from Y": the other side is the target
            into = actors if child.lower_ == "by" or child.lower_ == "on" and _blamed_act(trigger) else targets
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and child.lower_ == "with" and grandchild.lemma_.lower() in AID_NOUNS:
                    # "retook the town with air support from Ugandan troops": who gives fire support
                    # fights too; "with financial support from the EU": a backer, no side
                    if any(c.lower_ in FIRE_SUPPORT for c in grandchild.children if c.dep_ in {"amod", "compound"}):
                        for source in (g for p in grandchild.children if p.dep_ == "prep" and p.lower_ in {"from", "of"}
                                       for g in p.children if g.dep_ == "pobj"):
                            add(actors, source)
                elif grandchild.dep_ == "pobj" and grandchild.lemma_.lower() == "side" and child.lower_ == "on":
                    continue  # "fight on Ukraine's side": with Ukraine, not against it
                elif grandchild.dep_ == "pobj" and child.lower_ == "on" and grandchild.lemma_.lower() in OUTLET_NOUNS \
                        and any(c.dep_ == "poss" for c in grandchild.children):
                    continue  # "claimed the attack on its Shahada news agency": where it was told
                elif grandchild.dep_ == "pobj":
                    add(into, grandchild)
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in trigger.children):
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ == "including":
                # "killed three people, including a commander of the Radwan Force" (hung on the verb):
                # the victims named are struck too
                for victim in child.children:
                    if victim.dep_ == "pobj":
                        add(targets, victim)
    for side in _fought_sides(trigger):
        add(targets, side)
    for clause in (c for c in trigger.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                   and c.lemma_.lower() in HARMING_OUTCOMES):
        # "opened fire on a bus, wounding three passengers": those it wounded were struck
        for victim in (g for g in clause.children if g.dep_ == "dobj"):
            add(targets, victim)
    for clause in (c for c in trigger.children if c.dep_ == "ccomp" and c.tag_ == "VBG"):
        # "struck ISWAP fighters regrouping near X": the parser makes the object a clause's subject
        add(targets, next((g for g in clause.children if g.dep_ == "nsubj" and g.i < clause.i), None))
    if not targets and any(c.dep_ == "auxpass" for c in trigger.children) and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children) and trigger.dep_ == "conj":
        # "gangs attacked the town but were driven back by police": the shared subject suffered it
        for subject in _subjects(trigger.head):
            add(targets, subject)
    doer = _light_verb(trigger)
    if not actors:
        # "militiamen killed 35 people, the mission said" (parsed as a reduced relative), "showed
        # fighters executing soldiers": a participle with an object of its own is its noun's act
        add(actors, _participle_doer(trigger))
    if not actors and doer is None:
        # "the army killed 15 assailants in a counter-attack": the acting verb's subject does it
        doer = _framing_verb(trigger)
    if not actors:
        # "troops retook X, killing ... and looting ...": the subject of the governing verb acts
        # here too; "said it carried out an air strike": the light verb's subject does the strike
        for subject in _subjects(doer if doer is not None else trigger):
            add(actors, subject)
    if doer is not None:
        for aimed in _aimed_at(doer):  # "fired tear gas at protesters", "launched an attack on X"
            add(targets, aimed)
    if not actors and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in REPELLING_VERBS:
        # "repelled 14 assaults by Russian infantry": the parser hangs "by" on the verb
        for prep in (c for c in trigger.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > trigger.i):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                add(actors, pobj)
    if not [t for t in targets if t.kind != "other" or t.generic] and trigger.dep_ == "dobj" \
            and trigger.head.lemma_.lower() in REPELLING_VERBS:
        # "the army repulsed an attack by Fano militiamen": the attack was on whoever repelled it
        for subject in _subjects(trigger.head):
            add(targets, subject)
    if not targets:
        for others in _others_of(trigger):  # "killed four militants and arrested six others"
            add(targets, others)
    if not targets:
        for counted in _counted_of_pursued(trigger):
            add(targets, counted)
    if not targets and actors:
        for holder in _holders_of_place_hit(trigger):
            add(targets, holder)
    if not targets and actors and _downs_a_weapon(trigger):
        # "its air defences shot down 11 drones": the drones were the other side's ("the drones
        # Russia fired", else the last other side named, a state included)
        add(targets, _weapon_owner(trigger))
        other = _last_other_side(trigger, actors, context, kinds={"armed_group", "state_forces", "state"})
        if not targets and other is not None:
            targets.append(other)
    if trigger.lemma_.lower() in MUTUAL_TRIGGERS and not targets:
        listed = _rival_units_listed(trigger, context)
        if len(listed) > 1:
            # "gunmen of two warring factions of the Sinaloa Cartel, Los Chapitos and La Mayiza,
            # battled": the factions named are the sides, not the cartel they split
            actors, targets = listed[:1], listed[1:]
    if not targets and len(actors) > 1 and trigger.lemma_.lower() in MUTUAL_TRIGGERS and not (
            _other_side_unnamed(trigger) or all(one_state(a, actors[0]) for a in actors[1:])
            or any(c.dep_ == "prep" and c.lower_ in {"beside", "alongside"} for c in trigger.children)):
        # "X and Y clashed": in ACLED's manner the first named side is actor 1, the others actor 2;
        # "soldiers and police clashed with an armed cell" are one side against someone unnamed, and
        # "the army and the paramilitaries who fight beside it" one side with no foe named; the
        # first in the text ("Armenian and Azerbaijani troops": the Armenian)
        sides = sorted(actors, key=lambda m: m.start) if _in_one_sentence(actors, trigger) else actors
        actors, targets = sides[:1], sides[1:]
    return actors, targets


RIVAL_WORDS = {"two", "rival", "warring", "feuding", "both"}
UNIT_WORDS = {"faction", "group", "unit", "gang", "wing", "clan", "militia", "branch", "cartel"}


def _rival_units_listed(trigger: Token, context: ArticleContext) -> list[ActorMention]:
    """The sides named in apposition to "two rival factions (of X)" in a fight's subject, between
    the commas that enclose the list."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    doc = trigger.doc
    words = doc[subject.left_edge.i : trigger.i]
    unit = next((t for t in words if t.lemma_.lower() in UNIT_WORDS and t.tag_ == "NNS" and any(
        c.lower_ in RIVAL_WORDS for c in t.children if c.dep_ in {"nummod", "amod"})), None)
    if unit is None:
        return []
    commas = [t.i for t in words if t.text == "," and t.i > unit.i]
    if len(commas) < 2:
        return []
    listed = []
    for mention in context.mentions:
        if commas[0] < mention.start and mention.end <= commas[1] and not mention.generic \
                and all(m.actor_id != mention.actor_id for m in listed):
            listed.append(mention)
    return sorted(listed, key=lambda m: m.start)


def _in_one_sentence(mentions: list[ActorMention], trigger: Token) -> bool:
    sentence = trigger.sent
    return all(sentence.start <= m.start < sentence.end for m in mentions)


BACKING_PARTICIPLES = {"back", "support", "assist", "aid", "accompany", "reinforce"}
FIELD_KINDS = {"state_forces", "armed_group"}


def _fights_in_field(mention: ActorMention) -> bool:
    # a force or armed group, or a peace operation (an international body with a country of its own)
    return mention.kind in FIELD_KINDS or (mention.kind == "international_org" and mention.country is not None)


def _field_backers(subject: Token) -> list[Token]:
    """ "police backed by Kenyan troops", "soldiers supported by Russian instructors": the heads
    of the phrases that say who backs the subject ("helicopters of the Africa Corps" names its
    owner)."""
    found = []
    for clause in subject.children:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in BACKING_PARTICIPLES or clause.tag_ != "VBN":
            continue
        for agent in (c for c in clause.children if c.dep_ == "agent"):
            for head in (g for g in agent.children if g.dep_ == "pobj"):
                for one in (head, *head.conjuncts):
                    found.append(one)
                    # "backed by helicopters of Russia's Africa Corps": the weapons' owner backs it
                    found.extend(g for p in one.children if p.dep_ == "prep" and p.lower_ == "of"
                                 for g in p.children if g.dep_ == "pobj")
    return found


# what sides fight with, not whom: "fought with rifles and grenades"
INSTRUMENT_NOUNS = {"rifle", "gun", "grenade", "machete", "knife", "weapon", "mortar", "artillery", "rocket",
                    "missile", "drone", "bullet", "round", "stone", "rock", "stick", "bow", "arrow", "explosive",
                    "firearm", "machine", "launcher", "tank", "arm", "ammunition", "fire"}


def _other_side_unnamed(trigger: Token) -> bool:
    """ "clashed with an armed cell": the other side is told, though as no actor."""
    return any(c.dep_ == "prep" and c.lower_ in {"with", "against"} and any(
        g.dep_ == "pobj" and g.lemma_.lower() not in INSTRUMENT_NOUNS for g in c.children)
               for c in trigger.children)


CARRYING_VERBS = {"carry", "transport", "ferry", "convey"}


def _planter(weapon: Token) -> Token | None:
    """Who planted or fired a weapon: the agent of "planted by X", "fired by X"."""
    for acl in weapon.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in PLANTING_VERBS:
            for agent in acl.children:
                if agent.dep_ == "agent":
                    return next((p for p in agent.children if p.dep_ == "pobj"), None)
    return None


def _blamed_act(trigger: Token) -> bool:
    """ "pinned the attack on the BLA", "blamed the bombing on Kyiv": "on" names the doer."""
    return trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in {"pin", "blame"}


HOLDING_PARTICIPLES = {"hold", "control", "occupy", "run", "besiege"}


def _holders_of_place_hit(trigger: Token) -> list[Token]:
    """ "pounded the oil terminal north of the Houthi-held port", "shelled the Ukrainian-controlled
    town": whoever holds the place struck is the side struck."""
    found = []
    for child in trigger.children:
        if child.dep_ not in {"dobj", "prep", "advmod", "npadvmod"}:
            continue
        for token in child.subtree:
            if token.lemma_.lower() in HOLDING_PARTICIPLES and token.tag_ == "VBN" and token.dep_ == "amod":
                found.extend(c for c in token.children if c.dep_ in {"npadvmod", "compound", "amod", "nmod"})
    return found


def _counted_of_pursued(trigger: Token) -> list[Token]:
    """ "pursued the attackers and killed five", "chased the gunmen and killed 11 of them": a bare
    count is of the people the verb before it went after."""
    counts = [c for c in trigger.children if c.dep_ == "dobj" and c.like_num]
    if counts and trigger.dep_ != "conj" and _of_them(counts[0]):
        # "soldiers pursuing the gunmen killed 11 of them": whom the subject was going after
        subjects = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return [o for s in subjects for v in s.children if v.dep_ == "acl" and v.pos_ == "VERB"
                for o in v.children if o.dep_ == "dobj"][:1]
    if not counts or trigger.dep_ != "conj" or trigger.head.pos_ != "VERB":
        return []
    return [c for c in trigger.head.children if c.dep_ == "dobj" and not c.like_num]


def _of_them(count: Token) -> bool:
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ == "them" for o in p.children)
               for p in count.children)


def _participle_doer(trigger: Token) -> Token | None:
    if trigger.dep_ != "acl" or trigger.pos_ != "VERB" or _names_event(trigger.head):
        return None
    if not any(child.dep_ == "dobj" for child in trigger.children):
        return None  # "civilians killed in the raid" were the victims, not the doers
    return trigger.head


# "in an attack", "during a raid": the circumstance of a transitive act done by the verb's subject
FRAMING_PREPS = {"in", "during"}


def _framing_verb(trigger: Token) -> Token | None:
    """ "X killed/neutralised N in an attack": the verb whose subject does the noun trigger. Only a
    verb with an object: "civilians died in an air strike" names victims, not doers."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.dep_ != "pobj":
        return None
    prep = trigger.head
    verb = prep.head
    if prep.lower_ not in FRAMING_PREPS or verb.pos_ != "VERB":
        return None
    if not any(child.dep_ == "dobj" for child in verb.children):
        return None
    return verb


def _aimed_at(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
            for g in c.children if g.dep_ == "pobj"]


def _others_of(trigger: Token) -> list[Token]:
    """ "killed four members of X and arrested six others": "others" are more of the group the
    first verb's object belongs to."""
    objects = [c for c in trigger.children if c.dep_ == "dobj" and c.lower_ in {"others", "more"}]
    if not objects or trigger.dep_ != "conj":
        return []
    return [c for c in trigger.head.children if c.dep_ == "dobj"]


def _reported_by(trigger: Token, sentence: Span, context: ArticleContext) -> list[str]:
    """The sources of an event as written ("Syria's foreign ministry", "residents and a local
    official"), each followed by the canonical name of the named actor it is, where that differs
    ("the Observatory" -> "Syrian Observatory for Human Rights")."""
    sources: list[str] = []
    for token in sentence[:-1]:
        if token.lower_ == "according" and token.nbor(1).lower_ == "to":
            for pobj in token.nbor(1).children:
                if pobj.dep_ == "pobj":
                    pobj = _behind_the_words(pobj)
                    sources.extend(_source_names(pobj, pobj.left_edge.i, context))
    reporting = _reporting_verb(trigger, sentence)
    if reporting is not None:
        subject = _source_subject(reporting)
        if subject is not None:
            sources.extend(_source_names(*subject, context))
    return list(dict.fromkeys(sources))


# "according to a statement from X", "according to a video posted by X": X is the source
CHANNEL_NOUNS = {"statement", "report", "communique", "communiqué", "video", "post", "release", "tally",
                 "count", "figure", "figures", "source", "sources", "message", "letter", "document"}


def _behind_the_words(pobj: Token) -> Token:
    """Who issued the statement or report a source phrase names; "the UN peacekeeping mission,
    MINUSCA": its name in apposition."""
    if pobj.lemma_.lower() in CHANNEL_NOUNS:
        for prep in pobj.children:
            if prep.dep_ == "prep" and prep.lower_ in {"from", "by", "of"}:
                for issuer in prep.children:
                    if issuer.dep_ == "pobj":
                        return _behind_the_words(issuer)
            if prep.dep_ == "acl":  # "a video posted by X"
                for agent in prep.children:
                    if agent.dep_ == "agent":
                        return next((g for g in agent.children if g.dep_ == "pobj"), pobj)
    for child in pobj.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
    return pobj


def _reporting_verb(trigger: Token, sentence: Span) -> Token | None:
    head = trigger
    while head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in REPORTING_VERBS:
            return head
    # "X clashed with Y on Monday, the Observatory said": the parser often hangs the trailing
    # attribution under the event verb instead of above it.
    return next(
        (t for t in sentence if t.i > trigger.i and t.pos_ == "VERB" and t.lemma_.lower() in REPORTING_VERBS
         and t.dep_ in {"ROOT", "parataxis", "ccomp", "conj", "advcl"}
         and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)),
        None,
    )


# what may stand between a source and its verb: "officials later said", "police have said"
BETWEEN_SOURCE_AND_VERB = {"aux", "neg", "advmod"}


def _source_subject(reporting: Token) -> tuple[Token, int] | None:
    """The head of the source phrase of a reporting verb and the first token the phrase may use.

    "…, killing seven fighters, the Observatory said": the parser sometimes takes an earlier noun
    for the subject, so the phrase is the one that ends right before the verb, bounded on the left
    by the comma that opens the attribution."""
    doc = reporting.doc
    last = reporting.i - 1
    while last >= 0 and doc[last].head.i == reporting.i and doc[last].dep_ in BETWEEN_SOURCE_AND_VERB:
        last -= 1
    if last > 0 and doc[last].lower_ == ",":
        # "the Observatory, a Britain-based monitor, said": step over the apposition
        chain = [doc[last - 1], *doc[last - 1].ancestors]
        subject = next((c for c in reporting.children if c.dep_ == "nsubj" and c.i < reporting.i), None)
        appos = next((t for t in chain if t.dep_ == "appos"), None)
        if subject is not None and subject in chain:
            last = subject.i  # "X, the commander of Y, a faction within Z, said" is X's word
        elif appos is not None and appos.head.i < appos.i:
            last = appos.head.i
    if last < 0 or doc[last].is_punct:
        # "said X" inverted, or the verb opens the sentence
        subject = next((c for c in reporting.children if c.dep_ == "nsubj"), None)
        return (subject, subject.left_edge.i) if subject is not None else None
    floor = last
    while floor > 0 and not (doc[floor - 1].is_punct and doc[floor - 1].lower_ not in {"-", "'", "’"}) \
            and doc[floor - 1].pos_ not in {"VERB", "AUX"} and floor > doc[last].sent.start:
        floor -= 1
    head = doc[last]
    while head.head.i != head.i and floor <= head.head.i <= last:
        head = head.head
    return head, floor


# parts of a subject phrase that are not the source's name: "the army, which ...", "X, a monitor"
TRIMMED_DEPS = {"relcl", "appos", "acl", "punct", "parataxis", "advcl"}
MAX_SOURCE_PREP = 4  # "leaders in Cauca", "a spokesman for the army", not a whole clause


def _source_tokens(head: Token, floor: int) -> list[int]:
    kept = [head.i]
    for child in head.children:
        if child.i < floor or child.dep_ in TRIMMED_DEPS:
            continue
        if child.dep_ == "prep" and (len(list(child.subtree)) > MAX_SOURCE_PREP
                                     or any(t.pos_ in {"VERB", "AUX"} for t in child.subtree)):
            continue
        kept.extend(_source_tokens(child, floor))
    return kept


def _bare(name: str) -> str:
    lowered = name.casefold()
    return lowered[4:] if lowered.startswith("the ") else lowered


def _source_names(head: Token, floor: int, context: ArticleContext) -> list[str]:
    if head.lower_ in PRONOUNS or head.pos_ == "PRON":
        return []  # "it said": the name is told elsewhere
    doc = head.doc
    kept = sorted(_source_tokens(head, floor))
    tokens = doc[kept[0] : kept[-1] + 1]
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    while len(tokens) > 1 and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0].lower_ == "the":
        tokens = tokens[1:]  # "the Sudan Doctors Network" is named "Sudan Doctors Network"
    phrase = tokens.text
    names = [phrase]
    mention = next((m for m in context.mentions if m.start <= head.i < m.end), None)
    if mention is not None and not mention.generic and _bare(mention.name) != _bare(phrase):
        names.append(mention.name)
    return names


def _modality(trigger: Token) -> tuple[bool, bool]:
    negated = any(
        child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no") for child in trigger.children
    )
    if any(child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"} for child in trigger.children):
        return negated, True
    hypothetical = any(child.dep_ == "aux" and child.lower_ in {"will", "would", "could", "might", "may"} for child in trigger.children)
    if trigger.tag_ == "VBD" and any(child.dep_ == "mark" and child.lower_ in TIME_MARKS for child in trigger.children):
        # "warned that the army would strike, a day after a bomber killed 11 soldiers": what
        # happened before the warning is told as its time, whatever the parser hangs it on
        return negated, hypothetical
    head = trigger
    for _ in range(3):
        if head.head.i == head.i:
            break
        below, head = head, head.head
        if head.lemma_.lower() in NEGATING_HEADS:
            negated = True
        if head.lemma_.lower() in HYPOTHETICAL_HEADS and head.lemma_.lower() not in NEGATING_HEADS:
            hypothetical = True
        if head.lemma_.lower() in REQUESTED_HEADS and below.dep_ in {"xcomp", "ccomp", "dobj", "pobj", "prep"}:
            hypothetical = True
    return negated, hypothetical


DEFINITE = {"the", "this", "that", "these", "those"}
BACKGROUND_DAYS = 60  # an event dated further back than this is history, not news of the day


def _build_event(trigger_def: Trigger, trigger: Token, sentence: Span, context: ArticleContext) -> Event:
    actors, targets = _arguments(trigger, context)
    plover_type, mode = _disambiguate(trigger_def, trigger)
    acled_type, acled_subtype = acled_for(plover_type, mode)
    # "clashes between police and armed villagers" names two fighting sides, whatever their kind
    mutual = _between_prep(trigger) is not None
    if acled_type == "Battles" and mode in {None, "firearms"} and not mutual and (
        _against_civilians(targets) or _against_civilian_site(trigger)
    ):
        acled_type, acled_subtype = "Violence against civilians", "Attack"
    if not actors and mode in REMOTE_MODES:
        actors = _strike_owner(trigger, context)
    negated, hypothetical = _modality(trigger)
    resolved = event_date(trigger, sentence, context)
    return Event(
        id=stable_id("event", context.article.id, trigger.idx, plover_type),
        type=plover_type,
        mode=mode,
        acled_type=acled_type,
        acled_subtype=acled_subtype,
        actors=[mention.actor_id for mention in actors],
        targets=[mention.actor_id for mention in targets],
        place=event_place(trigger, sentence, context),
        date=resolved.date if resolved else None,
        date_precision=resolved.precision if resolved else None,
        reported_by=_reported_by(trigger, sentence, context),
        negated=negated,
        hypothetical=hypothetical,
        evidence=context.evidence(sentence),
    )


REMOTE_MODES = {"aerial", "artillery", "drone"}
MILITARY_MODIFIERS = {"military", "army", "government", "regime", "junta"}


def _strike_owner(trigger: Token, context: ArticleContext) -> list[ActorMention]:
    """ "a Russian missile strike", "a military air strike": only armed forces fly jets and fire
    missiles, so the demonym (or, for "military", the country the article is about) names whose
    forces struck. The forces become an actor of the article if not named yet."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return []
    # "a Russian missile strike": the parser may hang the demonym on "missile"
    for modifier in (m for left in trigger.lefts for m in (*left.lefts, left)):
        if modifier.dep_ not in {"amod", "compound", "nmod"}:
            continue
        code = country_code(modifier.text) if modifier.ent_type_ in {"NORP", "GPE"} else None
        if code is None and modifier.lower_ in MILITARY_MODIFIERS:
            code = context.focus
        if code is None:
            continue
        return [_forces_mention(modifier, code, context)]
    return []


def _forces_mention(modifier: Token, code: str, context: ArticleContext) -> ActorMention:
    name = f"Military Forces of {country_name(code)}"
    known = lookup_exact(name)
    if known is not None:
        name = known.name
    existing = next((m for m in context.mentions if m.name == name), None)
    if existing is not None:
        return existing
    mention = ActorMention(start=modifier.i, end=modifier.i + 1, start_char=modifier.idx,
                           end_char=modifier.idx + len(modifier), text=modifier.text, name=name,
                           kind=known.kind if known is not None else "state_forces", country=code,
                           known=known is not None, generic=True)
    context.mentions.append(mention)
    return mention


def _foreign_ground(event: Event, trigger: Token, context: ArticleContext) -> None:
    """ "Russian forces captured the village of X in the Donetsk region": ground one state's forces
    take inside another state is taken from that state's forces (ACLED's actor 2)."""
    if event.targets or event.mode not in TERRITORY_MODES or event.place is None or not event.place.country \
            or event.place.precision in {"country", "region"}:
        return  # a country alone ("retook the town", placed by a "U.S." nearby) tells no ground taken
    mentions = context.mention_per_actor()
    takers = [mentions[a] for a in event.actors if a in mentions]
    if not takers or not all(m.kind == "state_forces" and m.country and m.country != event.place.country
                             for m in takers):
        return
    if event.place.country != context.focus and not any(m.country == event.place.country for m in context.mentions):
        return  # a place the gazetteer put in a country the story never names is more likely misread
    event.targets.append(_forces_mention(trigger, event.place.country, context).actor_id)


def _retaken_from(event: Event, earlier: list[Event]) -> None:
    """ "Al-Shabaab overran the base on Monday ... troops retook the base by nightfall": ground
    retaken with no one named is retaken from whoever took it or attacked there last."""
    if event.targets or event.mode != "regain-territory" or not event.actors:
        return
    for before in reversed(earlier):
        if before.type != "ASSAULT" or not before.actors or before.negated or before.hypothetical \
                or set(before.actors) & set(event.actors):
            continue
        if before.place and event.place and before.place.name != event.place.name:
            continue
        event.targets.extend(before.actors)
        return


def _recode_one_sided(event: Event, trigger: Token, kinds: dict[str, str]) -> None:
    """ "Gunmen killed dozens of civilians in raids on three camps": once the sentence's events are
    merged, a clash whose victims are all civilians is an attack on civilians (ACLED's violence
    against civilians), unless the sentence names two fighting sides."""
    if (event.acled_subtype == "Armed clash" and event.actors and _between_prep(trigger) is None
            and event.mode in {None, "firearms"} and event.targets
            and all(kinds.get(target) in {"civilians"} for target in event.targets)):
        event.acled_type, event.acled_subtype = "Violence against civilians", "Attack"


STATE_SIDE_KINDS = {"state_forces", "government", "state"}


GROUND_NOUNS = {"town", "village", "city", "base", "camp", "district", "hill", "position", "area", "road",
                "airport", "border", "crossing", "outpost", "post", "checkpoint", "headquarters", "bridge", "port",
                "island", "region", "province", "territory", "mountain", "valley", "stronghold", "control",
                "compound", "garrison", "hamlet", "neighbourhood", "neighborhood", "capital", "settlement", "zone"}


def _takes_ground(trigger: Token) -> bool:
    """ "captured the town", "took control of X", "drove them out": ground, not "seized two rifles"."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return not objects or any(o.ent_type_ in {"GPE", "LOC", "FAC"} or o.lemma_.lower() in GROUND_NOUNS
                              or o.lemma_.lower() in FORCE_NOUNS or o.lower_ == "them" for o in objects)


# what is seized in a raid or at a checkpoint without any ground changing hands
SEIZED_GOODS = {"rifle", "weapon", "gun", "arm", "ammunition", "grenade", "pistol", "explosive", "drug", "cocaine",
                "vehicle", "motorbike", "motorcycle", "truck", "drone", "cash", "money", "document", "phone",
                "laptop", "cache", "equipment", "materiel", "stockpile", "ton", "tonne", "kilogram", "round",
                "mortar", "rocket", "launcher", "device", "shipment", "consignment", "boat", "fuel", "pickup"}


def _seizes_goods(trigger: Token) -> bool:
    """Whether a taking verb takes only goods: "seized two rifles", "captured weapons"."""
    if trigger.pos_ != "VERB":
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in SEIZED_GOODS for o in objects)


def _confiscation(event: Event, kinds: dict[str, str]) -> bool:
    """Whether an event stands once a haul is read: arms seized by a state's forces ("soldiers
    seized three drones and a box of explosives") are ACLED's Disrupted weapons use; goods an armed
    group says it seized stand with the raid it claims, not as an event."""
    if event.type != "COERCE" or event.mode != "seize-goods":
        return True
    if not event.actors or not all(kinds.get(actor) in STATE_SIDE_KINDS for actor in event.actors):
        return False
    event.mode = "confiscate"
    event.acled_type, event.acled_subtype = acled_for(event.type, event.mode)
    return True


def _territory_by_side(event: Event, trigger: Token, kinds: dict[str, str]) -> None:
    """ACLED names a taking of ground by who takes it: "the army captured the town" is a government
    regaining territory, "the rebels retook the town" a non-state actor overtaking it, whatever the verb."""
    if event.mode not in TERRITORY_MODES or not event.actors or not _takes_ground(trigger):
        return
    sides = {kinds.get(actor) for actor in event.actors}
    if sides <= STATE_SIDE_KINDS and event.mode == "seize-territory":
        event.mode = "regain-territory"
    elif sides == {"armed_group"} and event.mode == "regain-territory":
        event.mode = "seize-territory"
    event.acled_type, event.acled_subtype = acled_for(event.type, event.mode)


# burning tyres is how protesters block a road, not destruction of anyone's property
PROTEST_FUEL = {"tyre", "tire", "tyres", "tires", "effigy", "flag"}


def _not_destruction(trigger_def: Trigger, trigger: Token) -> bool:
    """ "a fire that burned for hours", "burned tyres": burning is an event only when it has an
    object that is someone's property."""
    if trigger_def.term != "burn":
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return not objects or all(o.lemma_.lower() in PROTEST_FUEL or o.lower_ in PROTEST_FUEL for o in objects)


def _fold_destruction(sentence_events: list[Event], toll: object) -> list[Event]:
    """ "rioted, torching a police station": burning told with a protest is part of the protest
    (ACLED codes one riot); burning that leaves people dead or wounded ("set fire to homes,
    wounding four residents") is an attack. Burning beside an attack stays its own event
    ("stormed the village, burned homes and looted the market")."""
    burning = [e for e in sentence_events if e.type == "COERCE" and e.mode == "destroy"]
    if not burning or any(e.type == "ASSAULT" for e in sentence_events):
        return sentence_events
    if any(e.type == "PROTEST" for e in sentence_events):
        return [e for e in sentence_events if e not in burning]
    if toll is not None:
        for event in burning:
            event.type, event.mode = "ASSAULT", None
            event.acled_type, event.acled_subtype = "Violence against civilians", "Attack"
    return sentence_events


def _one_per_type(sentence_events: list[Event], generic: list[Event]) -> list[Event]:
    specific = [e for e in sentence_events if e.type == "ASSAULT" and e not in generic]
    if specific:
        # "retook the town, killing 12": the killing is the retaking's outcome, not an event;
        # its victims are the retaking's targets.
        for event in generic:
            _take_sides(specific[0], event)
        sentence_events = [event for event in sentence_events if event not in generic]
    kept: dict[tuple, Event] = {}
    for event in sentence_events:
        # One event per type and place in a sentence (ACLED's practice): "struck Aleppo and
        # shelled Idlib" stays two events, "attacked and overran the base" is one, with the
        # sides named by either ("US attacks have killed eight al-Qaeda leaders").
        key = (event.type, event.place.name if event.place else None)
        if key in kept and _other_side_acting(event, kept[key]):
            # "the army retook the town, nine days after JNIM overran it": each side's act
            key = (*key, event.actors[0])
        if key not in kept:
            kept[key] = event
        elif set(kept[key].actors) & set(event.targets) and not set(kept[key].actors) & set(event.actors):
            # "gangs attacked the town but were driven back by police": the attack is the event, and
            # those who drove them back its targets
            _take_sides(kept[key], event)
        elif _richness(event) > _richness(kept[key]):
            _take_sides(event, kept[key])
            kept[key] = event
        else:
            _take_sides(kept[key], event)
    return [event for event in sentence_events if event in kept.values()]


def _other_side_acting(event: Event, kept: Event) -> bool:
    """Two takings of territory by different doers, each against the other: two events."""
    if not event.actors or not kept.actors or set(event.actors) & set(kept.actors):
        return False
    if event.mode in TERRITORY_MODES and event.mode != kept.mode and set(kept.actors) & set(event.targets):
        return True  # "rebels stormed the town before troops drove them out": the retaking is its own
    return bool(not set(event.actors) & set(kept.targets) | set(kept.actors) & set(event.targets)
                and {event.mode, kept.mode} <= TERRITORY_MODES)


TERRITORY_MODES = {"regain-territory", "seize-territory"}


def _territory_sides(sentence_events: list[Event]) -> None:
    """ "The military regained control of the town, two months after it was seized by the PDF":
    a taking of territory with no side named was from whoever took it in the same sentence."""
    takings = [e for e in sentence_events if e.mode in TERRITORY_MODES and e.actors]
    for event in takings:
        if event.targets:
            continue
        for other in takings:
            if other is not event and not set(other.actors) & set(event.actors):
                event.targets.extend(a for a in other.actors if a not in event.targets)


def _take_sides(event: Event, other: Event) -> None:
    """The sides ``other`` names that ``event`` lacks: its doers where ``event`` has none ("Fighters
    of X killed 52 civilians in night raids"), and its victims."""
    if not event.actors:
        event.actors.extend(a for a in other.actors if a not in event.targets)
    elif not event.targets and other.actors and not set(other.actors) & set(event.actors) and \
            other.mode != event.mode and {other.mode, event.mode} & TERRITORY_MODES:
        # "the military regained control of the town, two months after it was seized by the
        # PDF": the other taking was by the side this one is against
        event.targets.extend(a for a in other.actors if a not in event.targets)
    elif not event.targets and other.actors and set(event.actors) & set(other.targets) and not (
            set(other.actors) & set(event.actors)):
        # "gangs attacked the town but were driven back by police": one fight, against the police
        event.targets.extend(a for a in other.actors if a not in event.targets)
    event.targets.extend(t for t in other.targets if t not in event.targets and t not in event.actors)


def _is_background(event: Event, published: dt.date | None) -> bool:
    """ "the militia fought in the 2016 battle for the city": history, not an event of the day."""
    if published is None or event.date is None:
        return False
    return (published - dt.date.fromisoformat(event.date)).days > BACKGROUND_DAYS


def _is_definite(trigger: Token) -> bool:
    """ "the fighting", "its offensive": a noun naming an event already told. A gerund with a
    determiner is a noun, whatever the tagger said."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in trigger.children)


def _antecedent(trigger: Token, event: Event, earlier: list[Event]) -> Event | None:
    """ "the offensive", "the clashes": a definite noun naming an event told before is that event."""
    if not _is_definite(trigger):
        return None
    for candidate in reversed(earlier):
        if candidate.type == event.type and not candidate.negated and not candidate.hypothetical:
            return candidate
    return None


def _merge_into(target: Event, mention: Event) -> None:
    """Details told about an event later in the article fill the gaps of its first telling."""
    target.actors.extend(a for a in mention.actors if a not in target.actors)
    target.targets.extend(t for t in mention.targets if t not in target.targets and t not in target.actors)
    target.place = target.place or mention.place
    if target.date is None:
        target.date, target.date_precision = mention.date, mention.date_precision
    target.fatalities = _combined(target.fatalities, mention.fatalities)
    target.injured = _combined(target.injured, mention.injured)
    target.reported_by.extend(r for r in mention.reported_by if r not in target.reported_by)


def _combined(first: Fatalities | None, later: Fatalities | None) -> Fatalities | None:
    if first is None or later is None:
        return first or later
    low, high, text = combined_toll((first.min, first.max, first.text), (later.min, later.max, later.text))
    return Fatalities(min=low, max=high, text=text)


VIOLENT_TYPES = ("ASSAULT", "COERCE", "PROTEST")


def _last_violent(events: list[Event]) -> Event | None:
    return next((e for e in reversed(events) if e.type in VIOLENT_TYPES and not e.negated and not e.hypothetical), None)


def _follow_up(sentence_events: list[Event], generic: list[Event], earlier: Event | None,
               definite: bool) -> bool:
    """ "Medics said at least nine people had been killed", "Four soldiers were killed and eleven
    wounded in the fighting": a bare toll with no doer, told after an attack, is that attack's
    toll, not an event of its own — unless it names another place or day (where it does not say
    "the fighting", "the attack")."""
    if earlier is None or not sentence_events:
        return False
    # a toll reported by someone ("medics said", "the army said"); a narrated "five civilians were
    # killed in the attack" stays the sentence's own event, as the date tests expect
    if not all(event in generic and not event.actors and event.reported_by for event in sentence_events):
        return False
    if definite:
        return True
    return all(
        (event.place is None or earlier.place is None or event.place.name == earlier.place.name)
        and (event.date is None or earlier.date is None or event.date == earlier.date)
        for event in sentence_events
    )


CLAIMING_VERBS = {"claim", "accept", "admit", "take"}
NEGATIVE_DETERMINERS = {"no", "none", "neither"}


def _bare_claimants(sentence: Span, context: ArticleContext) -> list[str]:
    """ "Al-Shabaab claimed responsibility." / "The group later claimed responsibility in a
    statement": with no attack named, the claim is for the one just told. "No group has claimed
    responsibility" and "did not claim" name no doer."""
    found: list[str] = []
    for verb in sentence:
        if verb.lemma_.lower() not in CLAIMING_VERBS or verb.pos_ != "VERB":
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in verb.children):
            continue
        if any(c.dep_ == "neg" for c in verb.children) or _modality(verb)[1]:
            continue
        for subject in _subjects(verb):
            if any(c.lower_ in NEGATIVE_DETERMINERS for c in subject.children) or subject.lower_ in NEGATIVE_DETERMINERS:
                continue
            found.extend(m.actor_id for m in context.actors_of_phrase(subject) if m.actor_id not in found)
    return found


def _passive_claimants(sentence: Span, context: ArticleContext) -> list[str]:
    """ "in an attack claimed by the BLA", "Responsibility was claimed by X": the claimants of a
    claim told in the passive."""
    found: list[str] = []
    for verb in sentence:
        claimant = claimed_by(verb)
        if claimant is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        if not any(c.lemma_.lower() == "responsibility" or _trigger_of(c) is not None
                   for c in claimed_in_passive(verb)):
            continue
        found.extend(m.actor_id for m in context.actors_of_phrase(claimant) if m.actor_id not in found)
    return found


def _unnamed_groups(context: ArticleContext) -> set[str]:
    """The armed groups the article names only by a common noun ("gunmen", "militants")."""
    return {m.actor_id for m in context.mentions if m.generic and m.kind == "armed_group"}


def _doers_unnamed(event: Event, context: ArticleContext) -> bool:
    """An attack told with unnamed gunmen, or with no doer but a victim: one a claim may own."""
    unnamed = _unnamed_groups(context)
    return all(a in unnamed for a in event.actors) and bool(event.actors or event.targets)


def _credit_claimants(event: Event, claimants: list[str], context: ArticleContext) -> None:
    """The claimants do the claimed attack, in place of the unnamed gunmen the report first gave."""
    unnamed = _unnamed_groups(context)
    event.actors[:] = [a for a in event.actors if a not in unnamed]
    event.actors.extend(c for c in claimants if c not in event.actors and c not in event.targets)


def _sentence_toll(sentence: Span) -> tuple[Fatalities | None, Fatalities | None]:
    deaths = find_fatalities(sentence.text, sentence.start_char)
    hurt = find_injured(sentence.text, sentence.start_char)
    return (
        Fatalities(min=deaths.min, max=deaths.max, text=deaths.text) if deaths else None,
        Fatalities(min=hurt.min, max=hurt.max, text=hurt.text) if hurt else None,
    )


def extract_events(context: ArticleContext) -> list[Event]:
    events: list[Event] = []
    seen: set[int] = set()
    published = parse_published(context.article.published)
    for sentence in context.doc.sents:
        found: list[tuple[Event, Token]] = []
        generic: list[Event] = []
        for token in sentence:
            match = _trigger_of(token)
            if match is None or match[1] in seen:
                continue
            trigger_def, head_index = match
            seen.add(head_index)
            trigger = context.doc[head_index]
            if _refers_back(trigger) or _not_destruction(trigger_def, trigger) or _names_no_act(trigger):
                continue
            if trigger_def.mode == "intercept" and not _downs_a_weapon(trigger):
                continue  # "police intercepted a convoy": no weapon downed, no attack
            if trigger_def.mode in TERRITORY_MODES and _seizes_goods(trigger):
                # "seized two rifles and a grenade": a haul, no ground taken
                trigger_def = Trigger(trigger_def.term, trigger_def.pos, "COERCE", "seize-goods")
            event = _build_event(trigger_def, trigger, sentence, context)
            found.append((event, trigger))
            if trigger_def.term in GENERIC_VIOLENCE and event.type == "ASSAULT":
                generic.append(event)
        sentence_events = _one_per_type([event for event, _ in found], generic)
        _territory_sides(sentence_events)
        _identify_victims(sentence, sentence_events, events, context)
        deaths, hurt = _sentence_toll(sentence)
        sentence_events = _fold_destruction(sentence_events, deaths or hurt)
        earlier = _last_violent(events)
        definite = any(_is_definite(trigger) for event, trigger in found if event in generic)
        if _follow_up(sentence_events, generic, earlier, definite) or (not sentence_events and earlier and deaths):
            # a toll told after the event: it completes that event ("put the death toll at 80")
            for event in sentence_events:
                _merge_into(earlier, event)
            earlier.fatalities = _combined(earlier.fatalities, deaths)
            earlier.injured = _combined(earlier.injured, hurt)
            continue
        if not sentence_events and earlier is not None and not earlier.actors:
            # "Al-Shabaab claimed responsibility.": the claimant is the doer of the last attack
            earlier.actors.extend(_bare_claimants(sentence, context))
        claimants = _passive_claimants(sentence, context)
        if claimants:
            claimed = [event for event in sentence_events if event.type == "ASSAULT"] or (
                [e for e in reversed(events) if e.type == "ASSAULT" and _doers_unnamed(e, context)][:1]
                if not sentence_events else [])
            if claimed:
                _credit_claimants(claimed[0], claimants, context)
        if sentence_events:
            violent = [event for event in sentence_events if event.type == "ASSAULT"]
            holder = (violent or sentence_events)[0]
            holder.fatalities = deaths or holder.fatalities
            holder.injured = hurt or holder.injured
        triggers_of = {id(event): trigger for event, trigger in found}
        kinds = {mention.actor_id: mention.kind for mention in context.mentions}
        # arms seized by a state's forces are a seizure of their own; what a group says it seized
        # in a raid is told with the raid (an event only as its claim)
        sentence_events = [event for event in sentence_events if _confiscation(event, kinds)]
        for event in sentence_events:
            _recode_one_sided(event, triggers_of[id(event)], kinds)
            _territory_by_side(event, triggers_of[id(event)], kinds)
            _foreign_ground(event, triggers_of[id(event)], context)
            _retaken_from(event, events)
        for event in sentence_events:
            if _is_background(event, published):
                continue
            antecedent = _antecedent(triggers_of[id(event)], event, events)
            if antecedent is not None:
                _merge_into(antecedent, event)
            else:
                events.append(event)
    return events


VICTIM_WORDS = {"man", "men", "one", "two", "three", "both", "dead", "driver", "victim", "target", "he", "they",
                "person", "people", "passenger", "occupant", "body", "shepherd"}
ROLE_WORDS = {"member", "commander", "fighter", "operative", "militant", "leader", "officer", "chief",
              "militiaman", "operator"}
IDENTIFYING_VERBS = {"identify", "describe", "name", "confirm"}


def _identify_victims(sentence: Span, sentence_events: list[Event], events: list[Event],
                      context: ArticleContext) -> None:
    """ "An Israeli drone strike killed two men ... The military said the men were members of the
    Radwan Force": victims identified as a group's members make that group a target of the strike
    (in the same sentence, or the last violent event before)."""
    identified = []
    for token in sentence:
        if token.lemma_.lower() not in ROLE_WORDS and token.lemma_.lower() != "belong":
            continue
        head = token.head
        if token.lemma_.lower() == "belong":
            told = any(c.dep_ == "nsubj" and c.lemma_.lower() in VICTIM_WORDS for c in token.children)
            preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"]
        else:
            told = (token.dep_ == "attr" and head.lemma_.lower() == "be" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in VICTIM_WORDS for c in head.children)) or (
                token.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in IDENTIFYING_VERBS) or (
                token.dep_ == "appos" and head.dep_ in {"dobj", "nsubjpass"})  # "killed X, a commander in Y"
            preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "in"}]
        if not told:
            continue
        for prep in preps:
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                mention = context.actor_at(pobj)
                if mention is not None and mention.kind in {"armed_group", "state_forces"}:
                    identified.append(mention)
    if not identified:
        return
    struck = [e for e in sentence_events if e.type == "ASSAULT"] or [
        e for e in [_last_violent(events)] if e is not None and sentence.start_char - e.evidence.end <= 600]
    for event in struck[:1]:
        for mention in identified:
            if mention.actor_id not in event.targets and mention.actor_id not in event.actors:
                event.targets.append(mention.actor_id)


# The PLOVER verbal event a statement is (docs/ontology.md); claims and plain statements are none.
STATEMENT_EVENTS = {
    "ACCUSE": "ACCUSE", "CONDEMN": "ACCUSE", "THREATEN": "THREATEN", "DEMAND": "REQUEST",
    "APPEAL": "REQUEST", "DENY": "REJECT", "PRAISE": "SUPPORT",
}


def verbal_events(statements: list, events: list[Event], article_id: str) -> list[Event]:
    """Events for the statements that are verbal acts ("accused", "threatened", "denied"), where
    the trigger lexicon has not already coded one of that type in the same words."""
    added: list[Event] = []
    for statement in statements:
        plover_type = STATEMENT_EVENTS.get(statement.kind)
        if plover_type is None or statement.speaker is None:
            continue
        start, end = statement.evidence.start, statement.evidence.end
        # one event of a type per stretch of text: "rejected ... and denied ..." in one sentence is
        # one REJECT (and one id: ids are made from the text position and the type)
        coded = [e for e in (*events, *added)
                 if e.type == plover_type and e.evidence.start < end and start < e.evidence.end]
        if coded:
            # the trigger lexicon found the act but not always its parties ("condemned the
            # strikes": whose strikes is the statement stage's work); the statement fills them
            for event in coded:
                if not event.actors:
                    event.actors = [statement.speaker]
                if not event.targets:
                    event.targets = [t for t in statement.targets if t not in event.actors]
            continue
        added.append(
            Event(
                id=stable_id("event", article_id, start, plover_type),
                type=plover_type,
                actors=[statement.speaker],
                targets=[t for t in statement.targets if t != statement.speaker],
                date=statement.date,
                date_precision=None,  # the statement stage keeps the date, not its precision
                evidence=statement.evidence,
            )
        )
    return added
