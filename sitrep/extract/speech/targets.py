"""Whom a statement is against or about: its ``targets``.

Looked for in this order; the first step that finds someone wins, except that the content adds to
what the cue's object gave for the hostile kinds:

0. For THREATEN and CLAIM, people named by their help to the other side ("anyone who helped the
   army", "every village that opens its doors to the terrorists", "villagers who collaborate with
   the VDP"): the article's civilians, whatever else the words name.
1. The object of the reporting verb: "accused Y of", "condemned Y", "urged Y to", "warned Y",
   "called on Y to", "blamed Y for", "praised Y", an actor inside the object ("praised the
   cooperation with Y", "rejected Y's claims"), the noun a relative clause modifies ("the aid
   groups it accused of spying"). APPEAL and DEMAND stop here: the addressee.
2. Referring expressions are resolved on the way: "accusing him of" after an arrest (whom the
   arrest held, "detained Pavel Gorin ..., accusing him of treason"), "them" (the last other group), "the three
   juntas" / "both groups" (that many actors of the kind, introduced before), "the coalition" (the
   earlier actor whose name ends in that noun), event nouns ("the strikes", "the killing of X",
   "in response to Y's raids": their doer — "by Y", "Y's", else the last group that did
   something — else whoever claimed "the attack"), "the release of the hostages" / "their
   release" (whoever seized or holds them), culprits ("the organisers", "those responsible",
   "those who stand behind this attack": the doer the phrase names, else whoever claimed the
   attack, else whom the article last accused, else the last group that did something).
3. DENY: whose claim is denied — the owner of the object ("rejected Kyiv's claims"), else the last
   other source quoted or cited before ("a figure the government rejected"), a state's press
   office included.
4. The content: for ACCUSE and CONDEMN its actors, subject first ("said Y was responsible"), and
   the body the unnamed subject is said to belong to ("said the men were members of Y"); "the
   Russians" are the Russian force named before; for
   CLAIM, PLEDGE and THREATEN whom the speaker's side acts on ("had targeted missiles destined for
   Y", "would strike Y", "if the government refused", "Y would pay a price"), never the side acting
   ("the army would respond"), and a pledge of aid "for" people ("food for the displaced") is for
   those civilians; in a THREATEN, whoever undergoes it, people included ("protesters
   who attacked police stations would be dealt with"), and a threat to leave a force is aimed at
   that force ("to pull its troops out of the MJTF"); "they", the subject of a clause that suffers
   the threat, is the subject of the clause it is joined to ("the Houthis have shown they do not
   want peace, and they will get a harsh response"); a CLAIM naming struck things marked with a
   demonym ("four Russian armoured vehicles") is against that state's forces, and one of killing
   or punishing people ("had killed 'six Christians'") against those people. A building is not its
   owner ("police stations", "an army base").
5. A PLEDGE or THREATEN of a fighting party about its own forces with no target stated ("said its
   fighters would continue the offensive"): whom those forces fight — the last other fighting party
   named before, not one the speaker praised or that backs or brokered.

The speaker's own side — the speaker, actors named in the speaker phrase ("STC vice-president X",
"Puntland's minister"), "its fighters", "our forces", and for a region's threat its country's
army — is never a target (a region's office may charge the national government: "Mandera's
governor accused Nairobi"); nor are the media, and
civilians only when addressed directly ("urged civilians to leave").
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Span, Token

from sitrep.extract.context import ArticleContext
from sitrep.extract.mentions import (
    OTHER_SIDE_NOUNS, ActorMention, collaborators, national_organ, one_state, state_press_office,
)
from sitrep.extract.shortforms import ENEMY_LABELS, STATE_SIDE
from sitrep.extract.speech.cues import claimed_by, claimed_in_passive
from sitrep.extract.speech.kinds import CLAIM_NOUNS, HUNTED_NOUNS, cue_lemma, verb_kind
from sitrep.extract.speech.speakers import OPPONENT_KINDS, RELATIVE, Speakers
from sitrep.kb.countries import country_code, is_demonym

TARGET_DEPS = {"dobj", "iobj", "dative"}
TARGET_PREPS = {"against", "on", "upon", "at", "to"}
ADDRESSEE_PREPS = {"with"}  # "pleaded with X to"
APPEAL_PREPS = {"for"}  # "called for the release of", "appealed for the return of"
OTHER_PRONOUNS = {"them", "they", "you"}
MOVEMENT_VERBS = {"leave", "enter", "reach", "cross", "flee", "quit", "exit", "visit"}
# what a side calls the one it fights, in its threats and charges
ENEMY_EPITHETS = {"occupier", "aggressor", "invader", "enemy", "oppressor", "crusader", "apostate", "tyrant"}
# a claim of a blow whose object is whom it struck, people included
CLAIMED_VICTIM_VERBS = {"kill", "punish", "execute", "behead", "slay", "slaughter", "abduct", "kidnap", "shoot"}
ARREST_VERBS = {"arrest", "detain", "hold", "seize", "abduct", "round", "jail", "charge", "summon", "raid"}
EVENT_NOUNS = {"attack", "strike", "killing", "raid", "bombing", "shelling", "massacre", "assault",
               "ambush", "abduction", "kidnapping", "incursion", "offensive", "airstrike", "blast",
               "bombardment", "execution", "aggression", "violation", "act"}
HOSTILE_KINDS = {"THREATEN", "ACCUSE", "CONDEMN", "DEMAND"}
# "the army, supported by Africa Corps troops, launched ...": a backer named in the passive is no doer
BACKING_VERBS = {"support", "back", "accompany", "assist", "help", "arm", "fund", "finance", "train", "escort",
                 "lead", "command", "equip", "reinforce"}
CHARGING_KINDS = {"ACCUSE", "CONDEMN"}  # "accuses it of": "it" is a party; "will regret it" is not
ACTING_KINDS = {"CLAIM", "PLEDGE", "THREATEN"}  # the content's subject is the speaker's side
# titles of people who hold an office of state: they speak for its government and forces
STATE_OFFICES = {"minister", "secretary", "governor", "president", "premier", "chancellor"}
SELF_POSSESSIVES = {"its", "their", "our", "his", "her", "my"}
ADDRESSEE_VERBS = {"say", "tell", "add", "write", "post", "tweet", "announce", "inform", "state",
                   "explain", "note", "report", "confirm"}
# "X would pay a price", "X will regret": the subject suffers the threat, it does not make it
SUFFER_LEMMAS = {"pay", "regret", "face", "go", "suffer", "bear", "be", "receive", "feel", "see", "get", "taste",
                 "escape"}
# "will not let Daesh return", "will not allow them to regroup": the clause's subject is acted on
CAUSATIVE_LEMMAS = {"let", "allow", "permit", "make", "force", "prevent", "stop", "see", "watch"}
RESPONSE_NOUNS = {"response", "retaliation", "revenge", "reprisal"}  # "in response to Y's raids"
RELEASE_NOUNS = {"release", "freeing"}
CAPTURE_LEMMAS = {"abduct", "kidnap", "arrest", "detain", "hold", "imprison", "jail", "seize",
                  "capture", "take"}
STATE_CAPTURE_LEMMAS = {"arrest", "detain", "imprison", "jail"}  # what the authorities do
FREEING_LEMMAS = {"free", "release"}
PEOPLE_NOUNS = {"activist", "worker", "civilian", "journalist", "member", "relative", "student",
                "farmer", "villager", "passenger", "child", "woman", "man", "people", "person",
                "protester", "opponent", "critic", "leader", "official", "crew", "sailor", "tourist"}
CAPTIVE_WORDS = {"hostage", "hostages", "captive", "captives", "prisoner", "prisoners"}
LOCATIVE_PREPS = {"in", "near", "inside", "outside", "across", "around", "throughout", "within", "into"}
COOPERATIVE = {"back", "backed", "support", "supported", "broker", "brokered", "mediate", "mediated",
               "ally", "allied", "help", "assist", "cooperation", "coordination", "partnership",
               "sponsor", "sponsored", "fund", "funded", "with"}
FACILITY_NOUNS = {"station", "post", "base", "headquarters", "barracks", "checkpoint", "building",
                  "compound", "office", "academy", "camp"}
# a pledge's beneficiary: the object of these verbs, or their partner "with" ("cooperate with Y")
AIDING_VERBS = {"support", "help", "assist", "aid", "back", "protect", "defend", "reinforce", "arm", "train",
                "fund", "supply", "equip", "rebuild"}
TALKS_NOUNS = {"talk", "talks", "dialogue", "negotiation", "negotiations", "truce", "ceasefire", "peace", "deal", "agreement"}
PARTNERING_VERBS = {"cooperate", "work", "stand", "partner", "coordinate", "fight", "share"}
FIGHT_WORDS = {"fight", "fighting", "clash", "clashes", "battle", "war", "confrontation", "combat"}
# plural nouns that stand for a set of actors named before, and the kinds they may stand for
SET_NOUNS: dict[str, set[str]] = {
    **dict.fromkeys(("group", "faction", "militia", "movement", "organisation", "organization",
                     "rebel", "insurgent", "outfit"), {"armed_group"}),
    **dict.fromkeys(("junta", "government", "regime", "authority", "administration", "leader"),
                    {"government", "state"}),
    **dict.fromkeys(("country", "state", "nation", "neighbour", "neighbor", "capital"), {"state", "government"}),
    **dict.fromkeys(("side", "party", "belligerent", "army", "force", "foe", "rival", "enemy"),
                    OPPONENT_KINDS - {"political_party"}),
}
CAPTOR_NOUNS = {"captor", "hostage-taker", "kidnapper", "abductor"}
INQUIRY_NOUNS = {"inquiry", "enquiry", "investigation", "probe"}
DEATH_NOUNS = {"death", "deaths", "killing", "killings"}
TIE_NOUNS = {"link", "tie", "connection", "affiliation", "relationship", "association", "contact"}
KIN_NOUNS = {"brother", "sister", "friend", "partner", "ally", "comrade"}
PARTITIVES = {"one", "each", "all", "some", "many", "most", "any", "every", "none"}
NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
FORCE_NOUNS = {"forces", "fighters", "troops", "units", "soldiers", "men", "army", "militia",
               "military", "police"}
MILITARY_LEMMAS = {"offensive", "fight", "attack", "strike", "respond", "retaliate", "restore",
                   "liberate", "retake", "recapture", "advance", "withdraw", "leave", "defend",
                   "crush", "operation", "campaign", "hunt", "pursue", "eliminate", "destroy",
                   "defeat", "push", "continue", "target", "hit", "punish", "avenge", "resist",
                   "war", "pull", "hold", "protect", "secure"}
PROTEST_WORDS = {"protest", "protester", "protestor", "march", "rally", "demonstrate", "demonstration",
                 "demonstrator", "marcher", "sit-in", "striker"}
FIGHTING_KINDS = {"armed_group", "state_forces", "government", "state"}
NEVER_FROM_CONTENT = {"civilians", "media", "monitor", "international_org", "other", "person"}
# "the organisers", "the perpetrators": whoever carried out the event being talked about
CULPRIT_NOUNS = {"organiser", "organizer", "perpetrator", "culprit", "mastermind", "instigator",
                 "planner", "assailant", "attacker", "killer", "murderer", "kidnapper", "abductor", "bomber",
                 "aggressor", "coward", "criminal"}
PATRON_VERBS = {"send", "arm", "fund", "finance", "feed", "protect", "shelter", "harbour", "harbor", "train", "direct"}
ACCOUNTABLE_WORDS = {"responsible", "accountable", "liable"}
CULPRIT_PRONOUNS = {"those", "whoever", "anyone", "all"}  # "those responsible", "those behind it"
CULPRIT_WORDS = {"responsible", "behind", "perpetrate", "carry", "commit", "plan", "organise",
                 "organize", "order", "kill", "attack", "spill", "harm", "target", "shed", "fire", "murder",
                 "bomb", "ambush", "abduct", "kidnap", "burn", "raid", "shoot", "massacre", "slaughter"}
OPPONENT_WINDOW = 1500  # characters back to the party the speaker's forces fight
# what a claim says was struck, marked with the demonym of the forces that own it
MILITARY_THINGS = {"vehicle", "tank", "position", "post", "base", "drone", "jet", "aircraft", "helicopter", "ship",
                   "warship", "boat", "convoy", "serviceman", "servicemen", "crusader", "troop", "soldier", "unit",
                   "column", "artillery", "launcher", "plane", "fighter", "occupier", "mercenary", "outpost",
                   "checkpoint", "barracks", "depot", "radar", "battery", "system", "equipment", "personnel"}


# verbs of a clause that tells whom a described speaker fights
FOUGHT_VERBS = {"fight", "battle", "attack", "clash", "oppose", "combat", "target", "wage", "resist", "rival"}


class TargetFinder:
    """Finds targets statement by statement, in text order, remembering who spoke and whom
    each speaker praised."""

    def __init__(self, context: ArticleContext, speakers: Speakers) -> None:
        self.context = context
        self.doc = context.doc
        self.speakers = speakers
        self.sources: list[tuple[int, ActorMention]] = []
        self.praised: dict[str, set[str]] = defaultdict(set)
        self.accused: str | None = None

    # -- memory --------------------------------------------------------------------------------
    def heard(self, offset: int, speaker: ActorMention) -> None:
        """A source quoted or cited at ``offset``, whether or not it made a statement."""
        self.sources.append((offset, speaker))

    def noted(self, kind: str, speaker: str, targets: list[str]) -> None:
        if kind == "PRAISE":
            self.praised[speaker].update(targets)
        if kind == "ACCUSE" and targets:
            self.accused = targets[0]  # whom "those behind the attack" most likely means next

    # -- the search ----------------------------------------------------------------------------
    def find(self, *, cue: Token | None, speaker_token: Token | None, cited: bool,
             content: Span | None, heads: list[Token], speaker: ActorMention, kind: str,
             position: int) -> list[str]:
        side = self._own_side(speaker, speaker_token, heads, kind)
        found: list[ActorMention] = []
        # "claimed the ambush in an email to journalists": the audience is not what was claimed
        audience = {t.i for t in _message_addressees(cue)} if cue is not None and kind not in ADDRESSED_KINDS \
            else set()

        def keep(mentions, *, content_only: bool = False) -> None:
            for mention in mentions:
                if mention is None or mention.actor_id in side or mention.kind == "media" and not (
                        kind == "DENY" and state_press_office(mention)):
                    continue
                if any(mention.start <= i < mention.end for i in audience):
                    continue
                if content_only and mention.kind in NEVER_FROM_CONTENT and not (
                        kind == "PRAISE" and mention.kind == "international_org"):
                    continue  # whom the words praise may be a mission ("we thank the AU mission")
                if all(m.actor_id != mention.actor_id for m in found):
                    found.append(mention)

        if kind in {"THREATEN", "CLAIM"}:
            # "threatened to punish villagers who collaborate with the VDP", "said it had punished
            # residents who work with the vigilantes": the people threatened for helping the other side
            helpers = list({m.actor_id: m for m in self._helpers(cue, content) if m.actor_id != speaker.actor_id}.values())
            if helpers:
                return ids(helpers)
        if cue is not None and not cited and cue_lemma(cue) not in ADDRESSEE_VERBS:
            for obj in self._cue_objects(cue, kind):
                keep(self._refer(obj, kind, position, speaker, side, nested=True))
        if kind == "THREATEN" and content is not None:
            # "would keep fighting until the transitional council stepped down": whom the fight
            # goes on against until it yields
            for clause in (t for t in content if t.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ == "until" for c in t.children)):
                for subject in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
                    keep(self._refer(subject, kind, position, speaker, side, nested=False))
        if not found and cue is not None and kind in ADDRESSED_KINDS:
            # "said in a message to Washington", "wrote in a letter to the council": the addressee
            for addressee in _message_addressees(cue):
                keep(self._refer(addressee, kind, position, speaker, side, nested=False))
        if not found and cue is not None and kind in {"APPEAL", "DEMAND"}:
            # "demanded that Islamabad act decisively", "urged that the government ...": the
            # subject of what is asked is whom it is asked of
            for clause in (c for c in cue.children if c.dep_ == "ccomp"):
                for subject in (c for c in clause.children if c.dep_ == "nsubj"):
                    keep(self._refer(subject, kind, position, speaker, side, nested=False))
                if clause.lemma_.lower() in FREEING_LEMMAS and any(c.dep_ == "nsubjpass" for c in clause.children):
                    keep([self._captor(clause)])  # "demanded that Machar be freed": whoever holds him
        if kind in {"APPEAL", "DEMAND"} and (found or kind == "APPEAL" and cue is not None and self._addressed(cue)):
            # the addressee, not whom it concerns ("urged the international community to send
            # police": no actor addressed, and the police are not the target)
            return ids(found)
        if kind == "DENY":
            if not found:
                keep([self._claimant(position, side)])
            return ids(found)
        if kind == "THREATEN" and not found:
            # "threatened to pull its troops out of the MJTF, a force that also includes Nigeria":
            # the body it would leave, not the members its description lists
            for body in (b for head in heads for clause in (head, *head.children) for b in _left_body(clause)):
                keep(self._refer(body, kind, position, speaker, side, nested=True))
            if found:
                return ids(found)
        if kind == "CLAIM" and not found and content is not None:
            # "said its drone operators had destroyed four Russian armoured vehicles", "killed
            # seven Ugandan crusaders": the forces of the country the struck things are said to be
            keep(self._marked_forces(content, side))
        if kind == "PLEDGE" and content is not None:
            for token in self._beneficiaries(content):
                keep(self._refer(token, kind, position, speaker, side, nested=True))
        if kind == "PLEDGE" and cue is not None and not found:
            keep(self._aided_civilians(cue))
        for token in self._content_tokens(heads, content, kind, side):
            keep(self._refer(token, kind, position, speaker, side, nested=kind in ACTING_KINDS),
                 content_only=not self._threatened(token, kind))
        if not found and cue is not None:
            for clause in self._elaborations(cue):  # "claimed responsibility, saying ..."
                keep(self._refer_all(clause, kind, position, speaker, side, heads), content_only=True)
        if not found and kind == "DEMAND" and cue is not None and self._protest(cue):
            keep([self._authorities(cue)])
        if not found and kind in {"PLEDGE", "THREATEN"} and self._about_own_forces(
                heads, content, side, kind):
            keep([self._opponent(position, speaker, side)])
        return ids(found)

    def _refer_all(self, clause: Token, kind: str, position: int, speaker: ActorMention,
                   side: set[str], heads: list[Token]) -> list[ActorMention | None]:
        span = self.doc[clause.left_edge.i : clause.right_edge.i + 1]
        found: list[ActorMention | None] = []
        for token in self._content_tokens([clause], span, kind, side):
            found.extend(self._refer(token, kind, position, speaker, side, nested=True))
        return found

    @staticmethod
    def _beneficiaries(content: Span) -> list[Token]:
        """Whom a pledge is for: "to support the Malian army", "would cooperate with Tehran",
        "to stand with the armed forces", "to help Somali forces"."""
        found = []
        for token in content:
            lemma = token.lemma_.lower()
            if lemma in AIDING_VERBS and token.pos_ == "VERB":
                found.extend(c for c in token.children if c.dep_ in {"dobj", "dative"})
            if lemma in PARTNERING_VERBS and token.pos_ == "VERB":
                # "share intelligence with Nairobi": the parser may hang "with" on the object
                holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
                found.extend(g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"with", "by", "alongside"}
                             for g in c.children if g.dep_ == "pobj")
            if lemma in TALKS_NOUNS and token.pos_ == "NOUN":
                # "remained committed to peace talks with the government": the other side of the talks
                found.extend(g for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
                             for g in c.children if g.dep_ == "pobj")
        return found

    def _aided_civilians(self, cue: Token) -> list[ActorMention]:
        """The people a pledge of aid is "for": "pledged food for the displaced", "pledged food and
        shelter for families who fled" (on the verb, its object or the object's conjuncts)."""
        objects = [c for c in cue.children if c.dep_ == "dobj"]
        holders = [cue, *objects, *(g for o in objects for g in o.children if g.dep_ == "conj")]
        found = [self.context.actor_at(pobj) for holder in holders for prep in holder.children
                 if prep.dep_ == "prep" and prep.lower_ == "for" for pobj in prep.children if pobj.dep_ == "pobj"]
        # "offered to help evacuate the wounded", "promised to rehouse the displaced": the people
        # the pledged deed is done to
        deeds = [t for t in cue.subtree if t.pos_ == "VERB" and t.dep_ == "xcomp"]
        found += [self.context.actor_at(o) for deed in deeds if deed.lemma_.lower() in RELIEF_VERBS
                  for o in deed.children if o.dep_ == "dobj"]
        # "pledged to care for the hostages", "promised to pay for the treatment of the wounded"
        found += [self.context.actor_at(g) for deed in deeds for p in deed.children if p.dep_ == "prep" and p.lower_ == "for"
                  for pobj in p.children if pobj.dep_ == "pobj" for g in pobj.subtree if g.dep_ in {"pobj", "dobj"}]
        return [m for m in found if m is not None and m.kind == "civilians"]

    @staticmethod
    def _addressed(cue: Token) -> bool:
        """Whether an appeal names whom it is addressed to ("urged donors to", "pleaded with the
        international community to"), actor or not."""
        if any(c.dep_ == "prep" and c.lower_ in {"on", "upon", "with"} and any(g.dep_ == "pobj" for g in c.children)
               for c in cue.children):
            return True
        return any(c.dep_ in {"dobj", "iobj", "dative"} for c in cue.children) and any(
            c.dep_ in {"xcomp", "ccomp"} for c in cue.children)

    def _elaborations(self, cue: Token) -> list[Token]:
        """ "claimed the attack, saying the hotel was used by officials": what the speaker adds."""
        return [grandchild for child in cue.children
                if child.dep_ in {"advcl", "conj"} and cue_lemma(child) in {"say", "add"}
                for grandchild in child.children if grandchild.dep_ in {"ccomp", "xcomp"}]

    def _protest(self, cue: Token) -> bool:
        """ "marched to demand", "protesters demanding", "a protest demanding": a street demand."""
        near = [cue, *list(cue.ancestors)[:2]]
        return any(t.lemma_.lower() in PROTEST_WORDS for t in near) or any(
            t.lemma_.lower() in PROTEST_WORDS for t in cue.sent if t.dep_ in {"nsubj"} and t.head == cue)

    def _authorities(self, cue: Token) -> ActorMention | None:
        """Whom a street demand is addressed to: the government named nearest."""
        governments = [m for m in self.context.mentions if m.kind == "government"
                       and abs(m.start_char - cue.idx) <= OPPONENT_WINDOW and "nidentified" not in m.name]
        governments.sort(key=lambda m: abs(m.start_char - cue.idx))
        return governments[0] if governments else None

    # -- whose side ----------------------------------------------------------------------------
    def _own_side(self, speaker: ActorMention, speaker_token: Token | None, heads: list[Token],
                  kind: str) -> set[str]:
        side = {speaker.actor_id}
        # a ministry vowing to pursue the attackers does not aim at its own state's army
        if kind in {"THREATEN", "ACCUSE", "CONDEMN"}:  # an order or a plea may go to its own forces
            side.update(m.actor_id for m in self.context.mentions if one_state(m, speaker))
            states = self._states_served(speaker, kind)  # "Security Secretary X", "a spokesman for the junta"
            side.update(m.actor_id for m in self.context.mentions if national_organ(m) and m.country in states)
        if kind == "THREATEN" and speaker.kind == "government" and not national_organ(speaker):
            # "Imo's governor vowed that the killers would be punished": a region's threat is not
            # aimed at its country's army (its accusations may be)
            side.update(m.actor_id for m in self.context.mentions if national_organ(m) and m.country == speaker.country)
        if speaker_token is not None:
            side.update(m.actor_id for m in self._mentions_under(speaker_token))
            if speaker_token.dep_ == "nsubj":  # "STC vice-president X" parsed as two subjects
                for sibling in speaker_token.head.children:
                    if sibling.dep_ == "nsubj" and sibling is not speaker_token:
                        side.update(m.actor_id for m in self._mentions_under(sibling))
        for mention in self.context.mentions:
            first = self.doc[mention.start]
            # "its fighters", "our forces" in what was said, not in another's words beside it ("X
            # said its fighters had seized the station, a claim the army rejected")
            if first.lower_ in SELF_POSSESSIVES and mention.end - mention.start > 1 and any(
                    head.left_edge.i <= first.i <= head.right_edge.i for head in heads) and not (
                    self._owned_by_other_subject(first, speaker)):
                side.add(mention.actor_id)
        if kind in ACTING_KINDS:
            for head in heads:
                if _suffers(head, shared=True) or _caused(head) or head.lower_ in ACCOUNTABLE_WORDS or any(
                        c.dep_ == "conj" and _suffers(c) and any(g.dep_ == "nsubj" and g.lower_ in OTHER_PRONOUNS
                                                                 for g in c.children) for c in head.children):
                    # "we will not let Daesh return": who is let or stopped is not the side, nor
                    # who is held "responsible", nor whom "they will get a harsh response" is of
                    continue
                # "Mordisco has chosen war, and the state will hunt him down": the man the threat
                # names again is its target, not the speaker's side
                named_again = any(t.lower_ in {"him", "her"} and t.dep_ == "dobj" and t.i > head.i
                                  for other in heads for t in other.subtree)
                for child in head.children:
                    if child.lemma_.lower() in ENEMY_LABELS | OTHER_SIDE_NOUNS and any(
                            m.actor_id in side and m.kind in STATE_SIDE for m in self.context.mentions):
                        continue  # "the minister said the rebels had 'two choices'": a state's enemy
                    if child.dep_ == "nsubj" and not self._culprits(child):
                        # "the army would respond", "the group had targeted"
                        side.update(m.actor_id for m in self.context.actors_of_phrase(child)
                                    if not (named_again and m.kind == "person"))
        return side

    def _owned_by_other_subject(self, possessive: Token, speaker: ActorMention) -> bool:
        """ "demanded that the EMC withdraw its fighters": "its" is the clause subject's, a named
        actor other than the speaker, not the speaker's."""
        if possessive.lower_ not in {"its", "their"}:
            return False
        verb = possessive.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}]
        return any(m.actor_id != speaker.actor_id for s in subjects for m in self.context.actors_of_phrase(s))

    def _states_served(self, speaker: ActorMention, kind: str) -> set[str]:
        """The states a person speaks for: those whose organs the title or apposition around any
        mention of the person names ("interior ministry spokesman X", "X, a spokesman for the
        junta"), or the person's own when the title is an office of state ("Security Secretary X",
        "the province's governor"). A region's office ("Mandera's governor") serves the state only
        in a threat: its charges may be aimed at the national government."""
        if speaker.kind != "person":
            return set()
        states: set[str] = set()
        for mention in self.context.mentions:
            if mention.actor_id != speaker.actor_id:
                continue
            root = self.doc[mention.start:mention.end].root
            phrase = root.head if root.dep_ in {"appos", "compound"} else root
            words = _phrase_words(phrase)
            states.update(m.country for m in self.context.mentions if m.start in words and m.country
                          and m.actor_id != speaker.actor_id and national_organ(m))
            regional = any(m.start in words and m.kind == "government" and not national_organ(m)
                           for m in self.context.mentions) or any(
                self.doc[i].dep_ == "poss" and self.doc[i].pos_ == "PROPN" and country_code(self.doc[i].text) is None
                and not any(m.start <= i < m.end for m in self.context.mentions) for i in words)  # "Wajir's governor"
            if regional and kind != "THREATEN":
                continue  # "Mandera's governor accused Nairobi": a region's office may charge the centre
            if any(self.doc[i].lemma_.lower() in STATE_OFFICES for i in words):
                # "the province's chief minister": an unnamed office holder serves the article's state
                country = speaker.country or (self.context.focus if speaker.name.startswith("Unnamed") else None)
                if country:
                    states.add(country)
        return states

    def _mentions_under(self, token: Token) -> list[ActorMention]:
        """Mentions in a phrase, leaving out its relative and adverbial clauses."""
        skipped: set[int] = set()
        for child in token.subtree:
            # the phrase's own clauses, and deeper ones that tell a fight: "The 33rd Front, a FARC
            # dissident faction fighting the ELN" (not "a coalition that includes Kataib Hezbollah")
            if child.dep_ in {"relcl", "acl", "advcl"} and (child.head.i == token.i or child.lemma_.lower() in FOUGHT_VERBS):
                skipped.update(t.i for t in child.subtree)
        inside = {t.i for t in token.subtree} - skipped
        return [m for m in self.context.mentions if m.start in inside]

    def _about_own_forces(self, heads: list[Token], content: Span | None, side: set[str],
                          kind: str) -> bool:
        """A fighting party speaking of what its forces will do ("its fighters would leave the
        town", "vowed to restore order"), not a donor pledging aid."""
        mentions = {m.actor_id: m for m in self.context.mentions}
        if not any(mentions[a].kind in FIGHTING_KINDS for a in side if a in mentions):
            return False
        if kind == "THREATEN":
            return True
        for head in heads:
            words = [head, *(c for c in head.children if c.dep_ in {"dobj", "nsubj", "xcomp"})]
            if any(w.lemma_.lower() in MILITARY_LEMMAS for w in words):
                return True
            if any(w.dep_ == "nsubj" and w.lower_ in FORCE_NOUNS for w in words):
                return True
        return False

    # -- where to look -------------------------------------------------------------------------
    def _cue_objects(self, cue: Token, kind: str) -> list[Token]:
        objects = []
        for child in cue.children:
            if child.dep_ in TARGET_DEPS:
                objects.append(child)
            elif child.dep_ == "npadvmod" and child.lemma_.lower() in CLAIM_NOUNS and child.i > cue.i:
                objects.append(child)  # "rejected as 'lies' a Human Rights Watch report": the parser's object
            elif child.dep_ == "prep" and child.lower_ == "as":
                # "rejected as 'pure fabrication' an Amnesty report": the object hung on what it is called
                objects.extend(a for g in child.children if g.dep_ == "pobj" for a in g.children
                               if a.dep_ == "appos" and a.lemma_.lower() in CLAIM_NOUNS)
            elif child.dep_ == "prep" and (child.lower_ in TARGET_PREPS or kind in {"APPEAL", "DEMAND"}
                                           and child.lower_ in APPEAL_PREPS | ADDRESSEE_PREPS):
                objects.extend(g for g in child.children if g.dep_ == "pobj")
        if cue_lemma(cue) == "hold":  # "would hold the government responsible": the parser makes
            # the one held the subject of "responsible"
            objects.extend(g for c in cue.children if c.dep_ in {"ccomp", "xcomp", "oprd", "acomp"}
                           and c.lower_ in ACCOUNTABLE_WORDS for g in c.children if g.dep_ == "nsubj")
        if cue_lemma(cue) in {"pin", "blame"}:  # "pinned the attack on X": the parser may hang "on X" on the act
            blamed = [g for c in cue.children if c.dep_ == "dobj" for p in c.children
                      if p.dep_ == "prep" and p.lower_ == "on" for g in p.children if g.dep_ == "pobj"]
            blamed += [g for p in cue.children if p.dep_ == "prep" and p.lower_ == "on"
                       for g in p.children if g.dep_ == "pobj"]
            blamed = [g for g in blamed if g.ent_type_ not in {"DATE", "TIME"}]  # "on Wednesday blamed X"
            if blamed:  # the act blamed ("the killings") is not whom it is pinned on
                objects = [o for o in objects if o.dep_ != "dobj"]
            objects.extend(g for g in blamed if g not in objects)
        if cue.dep_ == "relcl" and cue.head.pos_ in {"NOUN", "PROPN"}:
            # "the White Army, a militia that the government accuses of ...": the relative pronoun
            # object is the noun the clause describes
            described = cue.head.head if cue.head.dep_ == "appos" else cue.head  # "X, a militia that ..."
            objects = [described if o.dep_ == "dobj" and o.lower_ in {"which", "that", "whom", "who"} else o
                       for o in objects]
        if kind == "THREATEN":
            # "offered 500 million pesos for the capture of 'Gato'", "a reward for the arrest of X"
            holders = [cue, *(c for c in cue.children if c.dep_ == "dobj")]
            objects.extend(w for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in {"for", "on"}
                           for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in HUNTED_NOUNS
                           for o in g.children if o.dep_ == "prep" and o.lower_ == "of"
                           for w in o.children if w.dep_ == "pobj")
        if kind == "DENY" and any(o.dep_ == "dobj" and o.lemma_.lower() in TIE_NOUNS for o in objects):
            objects = [o for o in objects if o.dep_ != "pobj"]  # "denied any link to Hasm", "to" hung on the verb
        if not objects and self._object_relative(cue):
            objects.append(cue.head)  # "three aid groups it accused of spying": the noun it modifies
        if not objects and claimed_by(cue) is not None:
            objects.extend(claimed_in_passive(cue))  # "an attack claimed by the BLA": what was claimed
        return objects

    @staticmethod
    def _object_relative(cue: Token) -> bool:
        """A cue in a relative clause whose own subject is not the relative pronoun ("the men
        they accused of spying", "a group the army blamed for the attack"): the clause's object
        is the noun it modifies."""
        if cue.dep_ != "relcl" or cue.head.pos_ not in {"NOUN", "PROPN"}:
            return False
        subjects = [c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return bool(subjects) and all(s.lower_ not in RELATIVE for s in subjects)

    def _content_tokens(self, heads: list[Token], content: Span | None, kind: str,
                        side: set[str]) -> list[Token]:
        """The phrases of what was said that may name the target, in the order they are tried."""
        if kind == "STATEMENT":
            roles = {"nsubj", "nsubjpass"}
        elif kind in {"CLAIM", "PLEDGE"}:
            roles = {"dobj", "pobj"}
        elif kind == "THREATEN":
            roles = {"nsubjpass", "dobj", "pobj", "nsubj"}
        else:
            roles = {"nsubj", "nsubjpass", "dobj", "pobj"}
        clauses = list(heads)
        for head in heads:  # "if the government refused to negotiate": who the threat is for;
            # "will keep fighting until the regime falls": whom the fight is against
            clauses.extend(c for c in head.children if c.dep_ == "advcl" and any(
                m.lower_ in {"if", "unless", "should", "until", "till"} for m in c.children))
            clauses.extend(c for x in head.children if x.dep_ == "xcomp" for c in x.children
                           if c.dep_ == "advcl" and any(m.lower_ in {"until", "till"} for m in c.children))
        tokens: list[Token] = []
        for head in clauses:
            suffers = _suffers(head, shared=True) or _caused(head)
            for child in head.children:
                if (child.dep_ == "nsubj" and kind in ACTING_KINDS and not suffers and head in heads
                        and not self._culprits(child)):
                    continue  # the side acting, not its target
                if child.dep_ in roles and (child.dep_ != "pobj" or child.head.lower_ in TARGET_PREPS) and not (
                        child.dep_ == "dobj" and self._place_or_partner(child)):
                    tokens.append(child)
                elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS and "pobj" in roles:
                    tokens.extend(g for g in child.children if g.dep_ == "pobj")
                elif child.dep_ == "prep" and kind in ACTING_KINDS:
                    tokens.extend(self._response_events(child))
        if kind == "ACCUSE":
            for head in clauses:  # "said the men were members of Hezbollah's Radwan Force"
                tokens.extend(_membership(head))
        if kind in {"ACCUSE", "CONDEMN"}:
            # "said the girl had been killed in crossfire provoked by the police", "said the
            # rounds had been fired by the army": the doer of the deed told in the passive
            agents = [g for head in clauses for t in head.subtree if t.dep_ == "agent"
                      and t.head.lemma_.lower() not in BACKING_VERBS for g in t.children if g.dep_ == "pobj"]
            if agents:
                tokens = agents + [t for t in tokens if t.dep_ != "nsubjpass" and t not in agents]

        # "the attack on the guardsmen would not go unpunished": the victims of an event named
        # in the content are not whom the threat is against
        tokens = [t for t in tokens if not (t.dep_ == "pobj" and t.head.head.lemma_.lower() in EVENT_NOUNS)]
        if kind in ACTING_KINDS and content is not None:
            # the parse of a reported clause is often wrong; an actor named anywhere in it,
            # not as a place or a partner, is what the speaker's side acts on
            taken = {t.i for t in tokens}
            reported = {t.i for c in content if c.pos_ == "VERB" and c.dep_ == "conj" and verb_kind(c) is not None
                        for t in c.subtree}  # "... and accused the UAE of ...": another statement's words
            for mention in self.context.mentions:
                if content.start <= mention.start < content.end and mention.actor_id not in side \
                        and mention.start not in reported:
                    head = self._root(mention)
                    if head.i not in taken and not self._place_or_partner(head):
                        tokens.append(head)
        return tokens

    def _marked_forces(self, content: Span, side: set[str]) -> list[ActorMention]:
        """The state forces whose country's demonym marks a military thing or a fighter struck in a
        claim ("four Russian armoured vehicles", "dozens of Ukrainian servicemen")."""
        found = []
        for token in content:
            noun = token.head
            if token.dep_ != "amod" or noun.lemma_.lower() not in MILITARY_THINGS or noun.dep_ not in {"dobj", "pobj", "conj"}:
                continue
            code = country_code(token.text) if is_demonym(token.text) else None
            forces = next((m for m in self.context.mentions if m.kind == "state_forces" and m.country == code
                           and m.name.startswith("Military Forces of")), None) if code else None
            if forces is not None and forces.actor_id not in side and forces not in found:
                found.append(forces)
        return found

    @staticmethod
    def _threatened(token: Token, kind: str) -> bool:
        """ "protesters who attacked police stations would be dealt with firmly", "looters will
        face the full force of the law": in a threat, whoever undergoes it is its target, people
        included (who are otherwise never taken from what was said)."""
        if kind == "CLAIM" and token.pos_ in {"NOUN", "PROPN"} and token.dep_ == "dobj" \
                and token.head.lemma_.lower() in CLAIMED_VICTIM_VERBS:
            return True  # "said its fighters had killed 'six Christians'", "had punished the residents"
        if kind == "THREATEN" and token.lower_ in {"him", "her"} and token.dep_ == "dobj":
            return True  # "the state will hunt him down": the man named before is threatened
        if kind != "THREATEN" or token.pos_ not in {"NOUN", "PROPN"}:
            return False
        return token.dep_ == "nsubjpass" or (
            token.dep_ == "nsubj" and token.head.lemma_.lower() not in {"be", "see", "go"} and _suffers(token.head))

    def _response_events(self, prep: Token) -> list[Token]:
        """ "in response to coalition air raids", "in retaliation for the killing of": the events."""
        found = []
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if pobj.lemma_.lower() in RESPONSE_NOUNS:
                for inner in pobj.children:
                    if inner.dep_ == "prep":
                        found.extend(g for g in inner.children if g.dep_ == "pobj")
        return found

    def _place_or_partner(self, token: Token) -> bool:
        """ "positions in Syria", "a deal brokered by Qatar", "Turkish-backed", "with US forces"."""
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
            return True
        if token.dep_ == "dobj" and token.ent_type_ in {"GPE", "LOC"} and head.lemma_.lower() in MOVEMENT_VERBS:
            return True  # "U.S. forces would leave Iraq 'horizontally'": a country left, not a party
        if token.dep_ == "compound" and head.lemma_.lower() in FACILITY_NOUNS:
            return True  # "attacked police stations", "an army base": a building, not its owner
        if token.dep_ == "pobj" and head.lower_ == "with":
            return head.head.lemma_.lower() not in FIGHT_WORDS
        if token.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in COOPERATIVE:
            return True
        return head.lemma_.lower() in COOPERATIVE or any(
            t.lower_.endswith(("-backed", "-brokered", "-led")) for t in (head, token.head.head))

    # -- what a phrase stands for ---------------------------------------------------------------
    def _refer(self, token: Token, kind: str, position: int, speaker: ActorMention, side: set[str],
               *, nested: bool) -> list[ActorMention | None]:
        lemma = token.lemma_.lower()
        if kind == "DENY" and lemma in TIE_NOUNS:
            # "denied any link to Hasm": the group it is said to be tied to did not make the charge
            return []
        if token.lower_ in PARTITIVES:
            # "hunt down every last one of them", "each of those responsible": whom "of" names
            whole = next((g for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"), None)
            if whole is not None:
                return self._refer(whole, kind, position, speaker, side, nested=nested)
        if lemma in KIN_NOUNS:
            # "our brothers of the African Union mission", "our friends in Kyiv": those named after
            kin = [g for p in token.children if p.dep_ == "prep" and p.lower_ in {"of", "in", "from"}
                   for g in p.children if g.dep_ == "pobj"]
            if kin:
                return [m for g in kin for m in self._refer(g, kind, position, speaker, side, nested=nested)]
        if any(c.dep_ == "poss" and c.lower_ in SELF_POSSESSIVES for c in token.children) and (
                lemma not in RELEASE_NOUNS):
            return []  # "our fighters", "its units": the speaker's own side
        held = self._held(token)
        if held:
            return held
        if token.lower_ in OTHER_PRONOUNS and token.dep_ == "nsubj" and kind == "THREATEN" and _suffers(token.head):
            # "The Houthis have shown they do not want peace, and they will get a harsh response":
            # who suffers the threat is the subject of the clause "they" is joined to
            clause = token.head.head if token.head.dep_ == "conj" else None
            named = [m for c in (clause.children if clause is not None else ()) if c.dep_ == "nsubj"
                     for m in self.context.actors_of_phrase(c) if m.actor_id != speaker.actor_id]
            if named:
                return named[:1]
        if token.lower_ in {"him", "her"} and kind in HOSTILE_KINDS and token.dep_ in {"dobj", "pobj"}:
            # "Mordisco has chosen war, and the state will hunt him down": the person named before
            person = max((m for m in self.context.mentions if m.kind == "person" and m.end <= token.i
                          and m.start >= token.sent.start and m.actor_id != speaker.actor_id),
                         key=lambda m: m.start, default=None)
            if person is not None:
                return [person]
        if token.lower_ in OTHER_PRONOUNS and (token.dep_ != "nsubj" or kind in {"ACCUSE", "CONDEMN"}):
            if kind in HOSTILE_KINDS:  # "crush them"; "they kill us and nobody comes"
                return [self.speakers.latest_other(position, speaker)]
            return []
        if token.lower_ == "it" and (kind in {"APPEAL", "DEMAND"} or kind in CHARGING_KINDS and token.dep_ == "dobj"
                                     ) and token.dep_ in {"dobj", "pobj", "dative"}:
            # "thanked the LNA and asked it to hand over the rebels": no one asks itself; "it" is
            # the party named last before it in the sentence; in a charge, the subject of the
            # clause before ("the militia has fought beside the army, and the UPC accuses it")
            before = [m for m in self.context.mentions if token.sent.start <= m.start and m.end <= token.i
                      and m.actor_id not in side and m.kind not in {"civilians", "media", "monitor", "person"}]
            verb = token.head
            if kind in CHARGING_KINDS and verb.dep_ == "conj":
                subjects = [m for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}
                            for m in self.context.actors_of_phrase(c) if m in before]
                if subjects:
                    return subjects[:1]
            if verb.dep_ == "conj":
                # "accused Caracas of letting gangs operate and urged it to rein them in": the
                # party the joined verb addressed, not the last one named
                addressed = [m for c in verb.head.children if c.dep_ in {"dobj", "dative"}
                             for m in self.context.actors_of_phrase(c) if m in before]
                if addressed:
                    return addressed[:1]
            if before:
                return [max(before, key=lambda m: m.start)]
            return [self.speakers.latest_other(position, speaker)]
        if self._culprits(token):
            return self._culprit_doers(token, position, speaker)
        group = self._set_of(token, side)
        if group:
            return group
        if lemma in RELEASE_NOUNS:
            return [self._captor(token)]
        if lemma in CAPTOR_NOUNS and not any(c.dep_ == "poss" for c in token.children):
            captor = self._captor(token)  # "urged the captors to treat the hostages humanely"
            if captor is not None:
                return [captor]
        if lemma in INQUIRY_NOUNS and kind in {"APPEAL", "DEMAND"}:
            # "called for an independent inquiry into the strike": whoever carried it out
            acts = [g for p in token.children if p.dep_ == "prep" and p.lower_ in {"into", "of"}
                    for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in EVENT_NOUNS | DEATH_NOUNS]
            doers = [d for act in acts for d in self._doers(act, position, speaker) if d is not None]
            if doers:
                return doers
        if lemma in EVENT_NOUNS and (kind in HOSTILE_KINDS or kind in ACTING_KINDS and
                                     token.head.dep_ == "prep"):
            return self._doers(token, position, speaker)
        named = [m for c in token.children if c.dep_ == "appos" for m in [self.context.actor_at(c)]
                 if m is not None and m.kind == "person" and not m.generic]
        if named and not any(m.start <= token.i < m.end for m in self.context.mentions if m.kind == "person"):
            return named  # "the alliance's leader, Amr bin Habrish": the person, not the alliance
        mentions = [m for m in self.context.actors_of_phrase(token)
                    if m.start <= token.i < m.end or not _patron_of(m, token)]
        if mentions and all(m.generic for m in mentions):
            # "outlaw groups within the Popular Mobilization Forces": the named body they are in
            within = [m for prep in token.children if prep.dep_ == "prep" and prep.lower_ in {"within", "inside", "of"}
                      for p in prep.children if p.dep_ == "pobj" for m in [self.context.actor_at(p)]
                      if m is not None and not m.generic and m.kind in {"armed_group", "state_forces"}]
            if within:
                mentions = within
        if mentions and kind in HOSTILE_KINDS and all(m.name.startswith("Unidentified") for m in mentions):
            # "accused the rebels of hiding fighters among patients": the group named before
            named = self.context.described_before(token)
            if named is not None and named.actor_id not in side:
                mentions = [named]
        if not mentions:
            named = self.context.named_by_head(token) or self.context.described_before(token) or (
                self._nationals(token, position, side))
            mentions = [named] if named is not None else []
        if not mentions and nested:
            mentions = [m for m in self._mentions_in(token) if m.kind not in {"civilians", "media"}
                        and not self._place_or_partner(self._root(m))]
        if not mentions and lemma in ENEMY_EPITHETS and kind in HOSTILE_KINDS and token.pos_ == "NOUN":
            # "warned that 'the occupiers' would face the consequences": the side it fights
            opponent = self._opponent(position, speaker, side)
            mentions = [opponent] if opponent is not None else []
        if not mentions:
            # "praised the garrison's courage", "condemned the militia's cruelty": whose it is
            owners = [c for c in token.children if c.dep_ == "poss" and c.lower_ not in SELF_POSSESSIVES]
            for owner in owners:
                mentions = [m for m in self._refer(owner, kind, position, speaker, side, nested=False)
                            if m is not None]
        return mentions

    def _nationals(self, token: Token, position: int, side: set[str]) -> ActorMention | None:
        """ "accused the Russians of executing prisoners": the people of a country named as a
        side are the fighting party of that country told before (the Africa Corps in a story from
        the Central African Republic)."""
        if token.tag_ not in {"NNPS", "NNS"} or not token.text.endswith("s"):
            return None
        code = country_code(token.text[:-1])
        if code is None or not is_demonym(token.text[:-1]):
            return None
        for mention in sorted(self.context.mentions, key=lambda m: -m.start_char):
            if mention.start_char < position and mention.country == code and mention.kind in FIGHTING_KINDS \
                    and mention.actor_id not in side and "nidentified" not in mention.name:
                return mention
        return None

    @staticmethod
    def _culprits(token: Token) -> bool:
        """ "the organisers", "the perpetrators of the attack", "those responsible", "those who
        stand behind this attack", "whoever carried it out": the doers of an event, unnamed."""
        lemma = token.lemma_.lower()
        if token.dep_ == "dobj" and token.head.lemma_.lower() in PATRON_VERBS:
            return False  # "those who send these killers": their patrons are meant
        if lemma in CULPRIT_NOUNS and token.pos_ == "NOUN":
            return not any(c.dep_ == "poss" for c in token.children)  # "our attackers" is no culprit
        if token.lower_ not in CULPRIT_PRONOUNS:
            return False
        return any(t.lemma_.lower() in CULPRIT_WORDS for t in token.subtree if t.i != token.i)

    def _culprit_doers(self, token: Token, position: int, speaker: ActorMention
                       ) -> list[ActorMention | None]:
        """The doer of the event the culprit phrase names ("behind this attack", "of the
        bombing"), else the group that last did something."""
        for inner in token.subtree:
            if inner.i != token.i and inner.lemma_.lower() in EVENT_NOUNS:
                doers = [d for d in self._explicit_doers(inner) if d is not None]
                if doers:
                    return doers
        blamed = self._claimed_or_blamed(position, speaker)
        return [blamed or self.speakers.latest_agent(position, speaker)]

    def _claimed_or_blamed(self, position: int, speaker: ActorMention) -> ActorMention | None:
        """Who owned up to the attack, else whom the article last accused of it: the culprits'
        most likely name."""
        claimant = self._owned_up(position, speaker)
        if claimant is not None:
            return claimant
        if self.accused is not None and self.accused != speaker.actor_id:
            return next((m for m in self.context.mentions if m.actor_id == self.accused), None)
        return None

    def _owned_up(self, position: int, speaker: ActorMention) -> ActorMention | None:
        """ "X claimed the attack", "X claimed responsibility": the last before ``position``."""
        for mention in sorted(self.context.mentions, key=lambda m: -m.start_char):
            if mention.start_char >= position or mention.actor_id == speaker.actor_id:
                continue
            head = self._root(mention)
            if head.dep_ == "nsubj" and head.head.lemma_.lower() == "claim" and any(
                    c.dep_ == "dobj" and (c.lower_ == "responsibility" or c.lemma_.lower() in EVENT_NOUNS)
                    for c in head.head.children):
                return mention
        return None

    def _root(self, mention: ActorMention) -> Token:
        """The token of a mention whose head lies outside it ("State" in "Islamic State in Somalia")."""
        span = self.doc[mention.start : mention.end]
        return span.root

    def _helpers(self, cue: Token | None, content: Span | None) -> list[ActorMention]:
        """The civilians a statement names by their help to a side ("anyone who helped the army")."""
        if content is not None:
            first, last = content.start, content.end
        elif cue is not None:
            first, last = cue.left_edge.i, cue.right_edge.i + 1
        else:
            return []
        doc = self.context.doc
        return [m for m in self.context.mentions if m.kind == "civilians" and first <= m.start < last
                and any(collaborators(t) for t in doc[m.start : m.end])]

    def _held(self, token: Token) -> list[ActorMention]:
        """ "Police detained Pavel Gorin ..., accusing him of treason", "arrested five leaders of the
        coalition, accusing them of plotting": the pronoun of a charge that explains an arrest is
        whom the arrest held, the people named before the bodies they belong to."""
        if token.lower_ not in {"them", "him", "her"} or token.dep_ != "dobj" or token.head.dep_ != "advcl":
            return []
        verb = token.head.head
        if verb.lemma_.lower() not in ARREST_VERBS:
            return []
        held = [m for obj in verb.children if obj.dep_ in {"dobj", "nsubjpass"} for m in self._mentions_in(obj)
                if m.kind != "media"]
        people = [m for m in held if m.kind == "person"]
        return people or held

    def _mentions_in(self, token: Token) -> list[ActorMention]:
        first, last = token.left_edge.i, token.right_edge.i
        return [m for m in self.context.mentions if first <= m.start and m.end <= last + 1]

    def _set_of(self, token: Token, side: set[str] = frozenset()) -> list[ActorMention]:
        """ "the three juntas", "both groups": that many distinct actors of the kind, the last
        ones named before."""
        if token.tag_ not in {"NNS", "NNPS"}:
            return []
        lemma = token.lemma_.lower()
        kinds = SET_NOUNS.get(lemma)
        count = next((NUMBER_WORDS[c.lower_] for c in token.children
                      if c.dep_ in {"nummod", "det", "predet", "preconj"} and c.lower_ in NUMBER_WORDS), None)
        if kinds is None or count is None:
            return []
        chosen: list[ActorMention] = []
        for mention in sorted(self.context.mentions, key=lambda m: m.start, reverse=True):
            if mention.start >= token.i or token.idx - mention.end_char > OPPONENT_WINDOW:
                continue
            if mention.kind not in kinds or "nidentified" in mention.name:
                continue
            if mention.actor_id in side or self._place_or_partner(self._root(mention)):
                continue  # "Egypt, which mediated the deal with Qatar, called on both sides"
            if all(m.actor_id != mention.actor_id for m in chosen):
                chosen.append(mention)
            if len(chosen) == count:
                return sorted(chosen, key=lambda m: m.start)
        return []  # fewer actors than the phrase counts: not the ones it means

    def _doers(self, event: Token, position: int, speaker: ActorMention) -> list[ActorMention | None]:
        """Who carried out "the strikes", "Israeli strikes", "the attack by Y", "Y's raids"."""
        explicit = self._explicit_doers(event)
        if explicit:
            return explicit
        if any(c.dep_ == "det" and c.lower_ in {"the", "this", "these", "that", "those"}
               for c in event.children) or event.tag_ == "NNS":
            if event.tag_ == "NN":  # "the attack" someone has claimed is theirs
                claimant = self._owned_up(position, speaker)
                if claimant is not None:
                    return [claimant]
            return [self.speakers.latest_agent(position, speaker)]
        return []

    def _explicit_doers(self, event: Token) -> list[ActorMention | None]:
        """The doer named with the event noun: "by Y", "Y's raids", "Israeli strikes"."""
        for child in event.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    return list(self.context.actors_of_phrase(pobj))
        for child in event.lefts:
            if child.dep_ in {"poss", "compound", "amod", "nmod"}:
                mention = self.context.actor_at(child)
                if mention is not None and mention.start <= child.i < mention.end:
                    return [mention]
                named = self.context.named_by_head(child)
                if named is not None:
                    return [named]
        return []

    def _captor(self, release: Token) -> ActorMention | None:
        """Whoever seized or holds the people whose release is asked: the agent of "held by"
        inside the phrase, else the subject of the last "abducted", "arrested", "kidnapped"."""
        inside = [t for t in release.subtree if t.i > release.i]
        state_arrest = False
        for token in [*inside, *reversed(self.doc[: release.i])]:
            lemma = token.lemma_.lower()
            if token.pos_ != "VERB" or lemma not in CAPTURE_LEMMAS:
                continue
            if lemma in {"seize", "capture", "take", "hold"} and not self._takes_people(token):
                continue
            state_arrest = state_arrest or lemma in STATE_CAPTURE_LEMMAS
            for child in token.children:
                if child.dep_ == "nsubj":
                    found = self.context.actors_of_phrase(child)
                elif child.dep_ == "agent":
                    found = [m for g in child.children if g.dep_ == "pobj"
                             for m in self.context.actors_of_phrase(g)]
                else:
                    continue
                found = [m for m in found if m.kind not in {"civilians", "media"}]
                if found:
                    return found[0]
        if state_arrest:
            # "Machar was arrested in March": an arrest with no one named is the authorities' own
            return next((m for m in self.context.mentions if m.kind == "government" and national_organ(m)
                         and m.country == self.context.focus and m.start < release.i), None)
        return None

    def _takes_people(self, verb: Token) -> bool:
        """ "seized two aid workers", "held hostage", "captives held by": people, not a town."""
        if any(c.lower_ in CAPTIVE_WORDS for c in verb.subtree):
            return True
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if verb.dep_ == "acl":
            objects.append(verb.head)
        return any(o.lemma_.lower() in PEOPLE_NOUNS or self.context.actor_at(o) is not None
                   and self.context.actor_at(o).kind in {"civilians", "person", "other"} for o in objects)

    def _claimant(self, position: int, side: set[str]) -> ActorMention | None:
        """The last other source quoted or cited before a denial: whose claim is denied."""
        for offset, source in reversed(self.sources):
            if offset < position and source.actor_id not in side and source.kind != "civilians":
                return source
        return None

    def _opponent(self, position: int, speaker: ActorMention, side: set[str]) -> ActorMention | None:
        """The last fighting party named before ``position`` that is not the speaker's side, nor
        one it praised, nor a backer or broker; named actors before unidentified ones."""
        praised = self.praised.get(speaker.actor_id, set())
        candidates = [
            m for m in sorted(self.context.mentions, key=lambda m: m.start_char, reverse=True)
            if m.start_char < position and position - m.end_char <= OPPONENT_WINDOW
            and m.kind in FIGHTING_KINDS and m.actor_id not in side and m.actor_id not in praised
            and not self._place_or_partner(self._root(m)) and not INFORMATION_BODY.search(m.name)
        ]
        named = [m for m in candidates if "nidentified" not in m.name]
        return (named or candidates or [None])[0]


# the kinds whose addressee may be their target ("warned in a message to Washington")
ADDRESSED_KINDS = {"THREATEN", "APPEAL", "DEMAND"}
# what words are sent in ("in a message to Washington", "in an email to journalists")
MESSAGE_NOUNS = {"message", "letter", "warning", "statement", "note", "speech", "address", "video", "post", "email",
                 "e-mail", "interview"}


def _message_addressees(cue: Token) -> list[Token]:
    """ "said in a message to Washington": to whom the words were sent, also where the parser hangs
    "to Washington" on the verb."""
    found = []
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in (n for n in prep.children if n.dep_ == "pobj" and n.lemma_.lower() in MESSAGE_NOUNS):
            sent_to = [to for to in noun.children if to.dep_ == "prep" and to.lower_ == "to"]
            sent_to += [to for to in cue.children if to.dep_ == "prep" and to.lower_ == "to"
                        and to.i == noun.right_edge.i + 1]
            found += [addressee for to in sent_to for addressee in to.children if addressee.dep_ == "pobj"]
    return found


# a body that only tells the news of a side ("the Security Media Cell", "the Information Team")
INFORMATION_BODY = re.compile(r"\b(?:Media|Information|Press|Public Relations)\b")


# "members of X", "fighters of X", "a cell of X", "a commander in X": the body someone is told
# to belong to
MEMBER_NOUNS = {"member", "fighter", "commander", "operative", "militant", "cell", "unit", "agent",
                "officer", "leader", "part", "affiliate", "loyalist", "recruit", "militiaman"}
BELONGING_LEMMAS = {"belong"}


# what is done for people in need ("evacuate the wounded", "feed the displaced")
RELIEF_VERBS = {"evacuate", "treat", "feed", "shelter", "rehouse", "resettle", "fly", "airlift", "house", "care",
                "protect", "compensate", "rescue", "relocate"}


# what a threat to leave a body is made with: "pull its troops out of", "withdraw from", "quit"
LEAVING_LEMMAS = {"pull", "withdraw", "leave", "quit", "exit"}


def _left_body(head: Token) -> list[Token]:
    """The body a threat says the speaker's side would leave ("withdraw from the MJTF", "pull its
    soldiers out of the force", "quit the alliance")."""
    if head.lemma_.lower() not in LEAVING_LEMMAS:
        return []
    found = [g for c in head.children if c.dep_ == "prep" and c.lower_ in {"from", "of"} for g in c.children
             if g.dep_ == "pobj"]
    found += [g for c in head.children if c.dep_ in {"prep", "prt"} and c.lower_ == "out" for p in c.children
              if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if head.lemma_.lower() in {"quit", "leave", "exit"}:
        # "quit the alliance"; not "U.S. forces would leave Iraq": a country is left, not a body
        found += [c for c in head.children if c.dep_ == "dobj" and c.ent_type_ not in {"GPE", "LOC"}]
    return [t for t in found if t.pos_ in {"PROPN", "NOUN"}]


def _membership(head: Token) -> list[Token]:
    """The bodies a clause says its subject belongs to: "the men were members of X", "the
    dead belonged to a cell of X", "the commander was a senior figure in X"."""
    if not any(c.dep_ == "nsubj" for c in head.children):
        return []
    nouns = []
    if head.lemma_.lower() == "be":
        nouns = [c for c in head.children if c.dep_ == "attr" and c.lemma_.lower() in MEMBER_NOUNS]
    elif head.lemma_.lower() in BELONGING_LEMMAS:
        nouns = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                 if g.dep_ == "pobj"]
    found = []
    for noun in nouns:
        while True:
            inner = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "in", "from"}
                     for g in c.children if g.dep_ == "pobj"]
            if not inner:
                if noun.lemma_.lower() not in MEMBER_NOUNS:
                    found.append(noun)  # "belonged to the Radwan Force"
                break
            noun = inner[0]
            if noun.lemma_.lower() not in MEMBER_NOUNS:
                found.append(noun)
                break
    return found


def _phrase_words(head: Token) -> set[int]:
    """The token indices of a noun phrase with its titles and appositions, not the clauses hung
    on it at any depth ("X, a spokesman for the junta, which ..."), nor its conjuncts
    (``TargetFinder._mentions_under`` leaves out only the clauses on the phrase's head)."""
    words = {head.i}
    for child in head.children:
        if child.dep_ not in {"relcl", "acl", "advcl", "ccomp", "punct", "cc", "conj"}:
            words |= _phrase_words(child)
    return words


def _suffers(head: Token, shared: bool = False) -> bool:
    """A clause whose subject undergoes what is said: "will pay", "will face justice", "will answer
    for this massacre" (but "will answer any attack" is the subject acting). With ``shared``, also
    a clause whose subject does so in a conjunct verb that has no subject of its own ("Hamas had
    violated the ceasefire and would pay a heavy price")."""
    if shared and any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and _suffers(c)
                      and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children) for c in head.children):
        return True
    lemma = head.lemma_.lower()
    if lemma == "answer":
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children)
    return lemma in SUFFER_LEMMAS


def _caused(head: Token) -> bool:
    """A clause let, made or stopped by another ("will not let Daesh return")."""
    return head.head.i != head.i and head.dep_ in {"ccomp", "xcomp"} and (
        head.head.lemma_.lower() in CAUSATIVE_LEMMAS)


def ids(found: list[ActorMention]) -> list[str]:
    return [mention.actor_id for mention in found[:3]]


def _patron_of(mention: ActorMention, noun: Token) -> bool:
    """ "the Iran-backed movement": Iran is named in the description as its backer."""
    return any(t.lower_.endswith(("backed", "aligned", "linked", "affiliated", "allied", "sponsored"))
               for t in noun.lefts) and mention.end <= noun.i
