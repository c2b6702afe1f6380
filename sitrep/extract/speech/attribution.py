"""Statements of one article: reporting verbs ("cues") and quotations, joined into statements.

A quote is attributed to the cue in its own sentence: after it (``"…," he said``), else before it
(``He said: "…"``); the two halves of a split quote share the cue between them. A quote with no
cue continues the statement just before it; a fragment quoted inside indirect speech ("said the
army was “murdering its people”") is no quote of its own. A cue without a quote is indirect
speech when it has content (a clause, "accused X of …", "denied the report", "said in a
statement that …", "was quoted as saying …") — "according to X" included.

The kind comes from the verb, else from the content of "said" (``kinds``); a quote that names no
act but tells of violence done accuses. Indirect content whose clauses have their own subjects
("said the withdrawal was tactical and that the army would retake the town") is judged clause by
clause: one statement per kind. What a speaker says of its own side is a CLAIM, PLEDGE, THREATEN
or DENY — unless it is done *to* that side, is a state rather than an act, or is the report of a
new event the speaker is only the source of (``sourcing``). "Called the attack a provocation"
condemns.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from sitrep.extract.context import ArticleContext
from sitrep.extract.mentions import ActorMention, one_state
from sitrep.extract.speech.cues import (
    CHARGE_NOUNS,
    QuoteIndex,
    according_to,
    claimed_by,
    clauses_of,
    names_a_charge,
    names_an_act,
    names_it,
    content_root,
    content_span,
    cue_for,
    is_cue,
)
from sitrep.extract.speech.kinds import (
    ACCUSING_CLAUSE,
    ENEMY_LABEL,
    NAMING_LEMMAS,
    content_kind,
    QUOTE_MARKS,
    NEEDS_CONTENT,
    cue_lemma,
    quoted_act_kind,
    unclassified_quote_kind,
    self_report_kind,
    statement_kind,
    threat_by_shape,
    verb_kind,
)
from sitrep.extract.speech.mutual import is_mutual, mutual_parties
from sitrep.extract.speech.platforms import platform_of
from sitrep.extract.speech.sourcing import is_party, tells_new_event
from sitrep.extract.speech.quotes import Quote, find_quotes
from sitrep.extract.speech.speakers import RELATIVE, Speakers, subject_of
from sitrep.extract.speech.targets import TargetFinder
from sitrep.model import Evidence, Statement, stable_id

QUOTE_CHAINING = 600  # characters: a speakerless quote this close continues the statement before
TARGET_DEPS = {"dobj", "iobj", "dative"}
TARGET_PREPS = {"against", "on", "upon", "at", "to"}
SELF_PRONOUNS = {"it", "they", "we", "he", "she", "i"}
SELF_POSSESSIVES = {"its", "their", "our", "his", "her", "my"}
# what one side does to another, told as a noun with its doer ("an attempt by X", "fire from X")
HOSTILE_ACT_NOUNS = {"attempt", "attack", "incursion", "provocation", "fire", "shelling", "assault", "offensive",
                     "infiltration"}
# wrongs whose doer may be told by "of" or a possessive ("the crimes of the army", "the army's abuses")
OWNED_CRIMES = {"crime", "atrocity", "abuse", "aggression", "massacre", "violation"}
MEMBER_NOUNS = {"fighter", "member", "unit", "soldier", "man", "militant", "commando", "gunman", "troop"}
AVENGING_WORDS = {"avenge", "revenge", "retaliation", "retaliate", "response", "reprisal", "vengeance"}
REPELLED_BY = {"repel", "repulse", "foil", "thwart", "beat", "fend", "halt", "stop"}
BEATEN_OFF = {"attack", "assault", "offensive", "raid", "incursion", "infiltration"}
# a side's account of what its blow hit: "the strike had hit a gathering of terrorists"
FIGHTING_SPEAKERS = {"armed_group", "government", "state_forces", "state"}
BLOW_NOUNS = {"strike", "airstrike", "raid", "drone", "operation", "ambush", "attack", "bombardment", "shelling",
              "missile", "bombing", "sortie", "offensive", "assault"}
BLOW_VERBS = {"hit", "target", "strike", "kill", "destroy", "neutralise", "neutralize", "eliminate", "aim", "wipe"}
FIGHTER_PLACES = {"terrorist", "militant", "gunman", "fighter", "insurgent", "rebel", "position", "base", "camp",
                  "hideout", "depot", "target", "command", "post", "gathering", "troop", "soldier", "bandit",
                  "extremist", "jihadist", "militia", "militiaman", "youth", "facility", "warehouse", "launcher",
                  "headquarters", "mercenary", "infrastructure", "cell", "training"}
# how a fight went, as the side that fought tells it beside another act
FIGHT_OUTCOMES = {"capture", "take", "seize", "retake", "recapture", "repel", "repulse", "kill", "destroy", "shoot",
                  "liberate", "restore", "clear", "drive", "inflict", "break", "defeat", "neutralise", "neutralize",
                  "eliminate", "hit", "strike", "push", "rout", "overrun", "storm", "foil", "thwart", "crush", "wipe",
                  "regain", "withdraw", "retreat", "tactical", "lose", "flee", "surrender", "intercept", "down", "secure",
                  "recover"}
# titles of those who speak for a state
STATE_OFFICES = {"minister", "ministry", "governor", "president", "army", "military", "police", "premier"}
KILLING_WORDS = {"kill", "shoot", "die", "dead", "neutralise", "neutralize", "eliminate", "wound", "injure"}
# sides whose account of another side's violence is a charge
CHARGING_SIDES = {"armed_group", "government", "state_forces", "state", "political_party"}
VIOLENT_LEMMAS = {"bomb", "shell", "attack", "kill", "strike", "burn", "loot", "abduct", "kidnap", "target",
                  "massacre", "raid", "torch", "shoot", "execute", "torture", "rape", "storm", "ambush",
                  "fire", "destroy", "murder", "slaughter", "pound", "hit"}
SELF_NOUNS = {"group", "movement", "organisation", "organization", "army", "military", "ministry",
              "government", "coalition", "militia", "alliance", "rebels", "forces", "division",
              "brigade", "battalion", "regiment", "garrison", "unit", "units"}
PLAIN_SAYING = {"say", "add", "state", "tell"}
ARREST_LEMMAS = {"arrest", "detain", "apprehend", "capture"}
# the people an announced arrest is about: "the suspects had financed the group's cells"
DETAINEE_NOUNS = {"suspect", "detainee", "plotter", "saboteur"}
# a toll only the side that inflicted it can give: "killing scores", "inflicted heavy losses"
VAGUE_TOLL = re.compile(r"\b(?:scores|dozens|hundreds|heavy (?:losses|casualties)|large numbers?|"
                        r"many (?:of the )?(?:terrorists|militants|rebels|attackers|fighters|bandits)|"
                        r"several (?:of them|(?:armed )?(?:terrorists|militants|rebels|attackers|assailants|fighters|"
                        r"bandits|gunmen|insurgents|jihadists)))\b", re.I)
# what "captured" takes when it is no arrest
TAKEN_PLACES = {"village", "town", "city", "base", "position", "positions", "hill", "district", "area", "airport",
                "bridge", "outpost", "headquarters", "checkpoint", "territory", "ground", "settlement", "camp",
                "road", "highway", "crossing", "garrison", "stronghold", "locality", "region", "port", "airfield"}
# what "captured" or "arrested" may have as a second object that is no detainee: ", a claim X
# dismissed" hung on the verb
NOT_DETAINEES = TAKEN_PLACES | {"claim", "assertion", "report", "account"}


def _foreign(doer: ActorMention, speaker: ActorMention, head: Token) -> bool:
    """ "Israeli troops" told by the Lebanese army: a force noun whose own words name another country."""
    return doer.country != speaker.country and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in head.children)


def _violent(verb: Token) -> bool:
    """ "bombed", "shelled", "opened fire"."""
    return verb.lemma_.lower() in VIOLENT_LEMMAS or verb.lemma_.lower() == "open" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in verb.children)


def _modal_or_negated(verb: Token) -> bool:
    """ "would respond", "does not allow": what may happen or did not, which charges no one."""
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _arrests(verb: Token) -> bool:
    """An arrest, not "captured the village of X": what is captured is no place."""
    return verb.lemma_.lower() in ARREST_LEMMAS and not any(
        c.dep_ == "dobj" and (c.lemma_.lower() in NOT_DETAINEES or c.ent_type_ in {"GPE", "LOC", "FAC"})
        for c in verb.children)


# nouns for a quotation's words in the sentence after it ("The warning came from ...", "Those
# were the words of ...")
WORDS_NOUNS = {"warning", "word", "message", "threat", "remark", "comment", "vow", "ultimatum", "accusation"}
# kinds that a threat told by the sentence's shape overrides (a vow of force is no pledge)
SHAPE_YIELDS = {"STATEMENT", "ACCUSE", "CLAIM", "PLEDGE"}
ASKING_KINDS = {"DEMAND", "APPEAL"}
OR_ELSE = re.compile(r"\bor (?:else|face|be|bear|risk|see|suffer)\b", re.I)
# a threat's condition that the other side must meet: "unless Riyadh resumes paying", "gave the army
# 48 hours to withdraw"
ULTIMATUM = re.compile(r"\bunless\b|\b(?:gave|give|gives|giving|given)\b.{0,60}?\b(?:hours|days|weeks|until)\b.{0,40}?\bto\b", re.I)


@dataclass(slots=True)
class Unit:
    """One statement in the making: a cue and its quotes, or a quote without a cue."""

    cue: Token | None
    quotes: list[Quote] = field(default_factory=list)
    speaker_token: Token | None = None

    @property
    def position(self) -> int:
        offsets = [q.open for q in self.quotes]
        if self.cue is not None:
            offsets.append(self.cue.idx)
        return min(offsets)


class Extractor:
    def __init__(self, context: ArticleContext, *, create_speakers: bool) -> None:
        self.context = context
        self.doc = context.doc
        self.text = self.doc.text
        self.all_quotes = find_quotes(self.text)
        self.quotes = QuoteIndex(self.all_quotes)
        self.speakers = Speakers(context, create=create_speakers)
        self.targets = TargetFinder(context, self.speakers)
        self._cue_index: dict[int, Token] = {}
        self._produced: set[int] = set()
        self._charged: dict[int, list[str]] = {}  # clause start -> whom a standing charge names

    def units(self) -> list[Unit]:
        cues = {t.i: t for t in self.doc if is_cue(t, self.quotes)}
        self._cue_index = cues
        by_cue: dict[int, Unit] = {}
        units: list[Unit] = []
        for quote in self.all_quotes:
            if not quote.is_speech(self.text):
                continue
            cue = cue_for(quote, self.doc, cues, self.quotes)
            if cue is None:
                units.append(Unit(cue=None, quotes=[quote]))
            elif cue.i in by_cue:
                by_cue[cue.i].quotes.append(quote)
            else:
                by_cue[cue.i] = Unit(cue=cue, quotes=[quote])
                units.append(by_cue[cue.i])
        for index, cue in cues.items():
            if index not in by_cue:
                units.append(Unit(cue=cue))
        for token in self.doc:
            speaker = according_to(token)
            if speaker is not None and self.quotes.at(token.idx) is None:
                units.append(Unit(cue=token, speaker_token=speaker))
        units.sort(key=lambda unit: unit.position)
        return units

    def run(self) -> list[Statement]:
        statements: list[Statement] = []
        named: set[str] = set()  # statements whose own verb names their kind ("accused X of ...")
        last: tuple[Statement, ActorMention] | None = None
        for unit in self.units():
            pair = None
            if unit.cue is None:
                speaker = self._speaker_named_after(unit)
                if speaker is None and (last is None or unit.quotes[0].open - last[0].evidence.end > QUOTE_CHAINING):
                    continue
                speaker = speaker or last[1]
            else:
                subject = unit.speaker_token or subject_of(unit.cue)
                # "X and Y accused each other": two statements, each party's against the other
                pair = mutual_parties(unit.cue, subject, self.context) if is_mutual(unit.cue) else None
                speaker = pair[0] if pair else self.speakers.resolve(subject) if subject is not None else None
                if speaker is None:
                    continue
                self.targets.heard(unit.position, speaker)
            made = self._statements(unit, speaker)
            if pair:
                made = _both_ways(made, pair)
            if made:
                if unit.cue is not None:
                    self._produced.add(unit.cue.i)
                    cue_kind = verb_kind(unit.cue)
                    named.update(statement.id for statement in made if statement.kind == cue_kind)
                statements.extend(made)
                self.speakers.heard(speaker)
                last = (made[0], speaker)
        return _one_per_act(statements, named)

    def _speaker_named_after(self, unit: Unit) -> ActorMention | None:
        """ "'Saint-Marc will be the next to burn.' The warning came in a voice message from the
        gang's leader", "... Those were the words of Lionel Bazile": a quotation standing alone,
        whose speaker the next sentence names through a noun for the words."""
        after = self.doc.char_span(unit.quotes[-1].outer_end, len(self.text), alignment_mode="expand")
        words = [t for t in after if t.is_alpha][:4] if after is not None else []
        if not words or any(t.is_alpha for t in words[0].sent if t.i < words[0].i):
            return None  # the quotation's own sentence goes on: not a sentence about it
        noun = next((t for t in words if t.lemma_.lower() in WORDS_NOUNS), None)
        if noun is None or not any(t.lower_ in {"the", "this", "that", "those", "these"} for t in words):
            return None
        for token in noun.sent[noun.i - noun.sent.start + 1 :]:
            mention = self.context.actor_at(token)
            if mention is not None and mention.start <= token.i < mention.end and mention.kind not in {"media", "civilians"}:
                return mention
        return None

    def _statements(self, unit: Unit, speaker: ActorMention) -> list[Statement]:
        """The statements of one unit: one for a quote or an indirect act, or one per kind when
        the content joins clauses of different kinds ("said the withdrawal was tactical and that
        the army would retake the town": a claim and a threat)."""
        cue = unit.cue
        content: Span | None = None
        if cue is not None and not unit.quotes:
            if unit.speaker_token is not None:
                content = cue.sent
            else:
                content = content_span(cue)
                if content is None and not self._has_object(cue) and claimed_by(cue) is None:
                    return []
        direct = bool(unit.quotes)
        evidence = self._evidence(unit, cue)
        attribution = self._attribution_text(unit, evidence)
        lemma = cue_lemma(cue) if cue is not None and unit.speaker_token is None else ""
        base = (verb_kind(cue) if lemma else "STATEMENT") or "STATEMENT"
        if direct:
            quote_text = " … ".join(q.text for q in unit.quotes)
            kind = statement_kind(base, quote_text, lemma=lemma)
            if kind in SHAPE_YIELDS and self._threatens(unit.quotes):
                kind = "THREATEN"  # "Whoever raises a weapon against the Republic will be neutralised"
            if kind == "STATEMENT":
                kind = quoted_act_kind(quote_text) or unclassified_quote_kind(quote_text)
            if kind == "STATEMENT" and self._quote_names_another_party(unit.quotes, speaker):
                kind = "ACCUSE"  # "Russia aims its missiles at sleeping families"
            if kind == "STATEMENT" and is_party(speaker.kind, speaker.name) and self._quote_names_another_party(
                    unit.quotes, speaker, anywhere=True):
                kind = "ACCUSE"  # "Every Turkish strike weakens the fight against Daesh"
            parts = [(kind, None)]
            if base == "STATEMENT":
                # "are crimes against our people, and the junta will answer for every one of
                # them": a quote may accuse and threaten; each act is a statement
                parts += [(other, None) for other in _quote_kinds(quote_text)
                          if other != kind and other in SEPARATE_ACTS]
        elif content is None:
            quote_text = None
            kind = statement_kind(base, attribution, lemma=lemma)
            if kind != "THREATEN" and (warned := _warning_kind(cue, lemma)) is not None:
                kind = warned  # "warned Dushanbe against hosting those who kill Afghans"
            if kind == "STATEMENT":
                return []  # nothing said that could be about the speaker's own side
            parts = [(kind, None)]
        else:
            quote_text = self._clean(content)
            parts = self._clause_kinds(unit, content, base, lemma, speaker)
            if not any(kind == "THREATEN" for kind, _ in parts) and (asked := _warning_kind(cue, lemma)) is not None:
                parts = [(asked, None), *(part for part in parts if part[0] not in {"STATEMENT", asked})]
        if lemma == "give" and parts == [("DEMAND", None)] and OR_ELSE.search(attribution):
            parts = [*parts, ("THREATEN", None)]  # "gave the fighters 72 hours to surrender or be wiped out"
        if any(kind == "THREATEN" for kind, _ in parts) and not any(kind in ASKING_KINDS for kind, _ in parts) \
                and ULTIMATUM.search(self.context.doc.text[evidence.start : evidence.end]):
            # "warned Riyadh that its airports would be targets unless it resumed paying salaries":
            # a threat with a condition to meet also demands it
            parts = [*parts, ("DEMAND", next(clause for kind, clause in parts if kind == "THREATEN"))]
        made: list[Statement] = []
        for kind, clause in parts:
            if any(kind == other.kind for other in made):
                continue  # two acts of one kind are one statement
            position = unit.position if clause is None or not made else clause.start_char
            charged = self._charged_targets(clause or content, kind)
            made.append(Statement(
                id=stable_id("statement", self.context.article.id, position, *([kind] if made and clause is None else [])),
                kind=kind,
                speaker=speaker.actor_id,
                targets=charged if charged is not None else self._targets(unit, clause or content, speaker, kind),
                quote=quote_text if clause is None or len(parts) == 1 else self._clean(clause),
                direct=direct,
                platform=platform_of(attribution),
                date=self._date(unit, content),
                evidence=evidence,
            ))
        return made

    def _clause_kinds(self, unit: Unit, content: Span, base: str, lemma: str,
                      speaker: ActorMention) -> list[tuple[str, Span | None]]:
        """The kind of each clause of indirect content that says something; clauses that only
        source a report are left out."""
        cue = unit.cue
        clauses = clauses_of(content, cue) if base == "STATEMENT" and lemma else [content]
        beside = self._beside_another_act(unit)
        found: list[tuple[str, Span | None]] = []
        for clause in clauses:
            kind = statement_kind(base, self._own_words(clause, cue), lemma=lemma)
            if lemma in NAMING_LEMMAS and kind == "PLEDGE":
                kind = "STATEMENT"  # 'calling it "a betrayal of every promise"': a name pledges nothing
            if lemma in NAMING_LEMMAS and kind in {"STATEMENT", "ACCUSE", "CONDEMN"} and names_a_charge(cue):
                kind = "DENY"  # "called the charge “reflexive and irresponsible”"
            elif lemma in NAMING_LEMMAS and (kind in {"STATEMENT", "ACCUSE"} and names_an_act(cue)
                                             or kind == "STATEMENT" and names_it(cue)):
                # "called the attack a provocation", "… “state terrorism”"; "calling it a sham"
                # (calling it "a deliberate attack on civilians" goes on with the charge)
                kind = "CONDEMN"
            elif lemma in NAMING_LEMMAS and kind == "STATEMENT" and ENEMY_LABEL.search(self._clean(clause)):
                kind = "ACCUSE"  # "describing them as Khawarij sent from across the border"
            if base in {"STATEMENT", "PLEDGE"} and kind in SHAPE_YIELDS and threat_by_shape(clause):
                kind = "THREATEN"  # "said the operation would go on until the camp is cleared"
            if base == "STATEMENT" and kind in {"STATEMENT", "CLAIM"} and self._arrest_charge(unit, clause, speaker):
                found.append(("ACCUSE", clause if len(clauses) > 1 else None))  # "detained two men who had hidden explosives for X"
                continue
            if base == "STATEMENT" and kind in {"STATEMENT", "ACCUSE"} and self._enemy_toll(clause, cue, speaker):
                found.append(("CLAIM", clause if len(clauses) > 1 else None))
                continue  # "..., the army said, adding that “dozens of terrorists” had been killed"
            own = self._own_side_kind(unit, clause, speaker, kind) if base == "STATEMENT" else None
            if own == "CLAIM" and self._others_hostile_act(clause, unit.cue, speaker):
                # "said its drones had hit a nest of executioners who had tortured prisoners",
                # "said its troops had only responded to fire from SDF snipers": the account of its
                # own act also charges the other side
                found.append(("CLAIM", clause))
                found.append(("ACCUSE", clause))
                continue
            if own is not None:
                kind = own
            elif kind == "STATEMENT" and self._own_side_attacked(clause, cue, speaker):
                kind = "ACCUSE"  # "the army said its troops had come under fire from RSF snipers"
            elif kind == "STATEMENT" and self._avenges(clause, cue, speaker):
                kind = "ACCUSE"  # "said the raid avenged comrades slaughtered by the army"
            elif kind == "STATEMENT" and beside and (
                    joined := self._joined_report_kind(clause, cue, speaker)):
                kind = joined
            elif kind == "STATEMENT" and self._standing_charge(unit, clause, speaker):
                kind = "ACCUSE"  # "a militia that Tehran says is armed by Israel"
            elif kind == "STATEMENT" and self._enemy_violence(unit, clause, speaker):
                kind = "ACCUSE"  # "the SPLM-IO said government gunships had bombed villages"
            elif kind == "STATEMENT" and self._reason_blames(unit, clause, speaker):
                kind = "ACCUSE"  # "denied targeting civilians, saying the White Army had used the villages"
            elif kind == "STATEMENT" and self._called_a_charge(clause, speaker):
                kind = "ACCUSE"  # "said Rwandan troops had crossed the border, a charge Kigali denied"
            elif kind == "STATEMENT" and not self._quotes_words(unit, clause):
                continue
            elif kind == "STATEMENT":
                kind = unclassified_quote_kind(self._clean(clause))
                if kind == "STATEMENT" and beside:
                    continue  # the speaker's own news beside its statement
            found.append((kind, clause if len(clauses) > 1 else None))
        return found

    def _quote_names_another_party(self, quotes: list[Quote], speaker: ActorMention, *, anywhere: bool = False) -> bool:
        """Whether a quote speaks of a party other than the speaker's side, as the subject of what
        it says ("Baku should return these men instead of inventing incidents"): quoted words
        about an adversary that are no threat, demand or appeal hold it to account. With
        ``anywhere``, a party named anywhere in the quote counts ("Every Turkish strike ...",
        "This junta and its Russian mercenaries ..."), generic names included."""
        for quote in quotes:
            for mention in self.context.mentions:
                if not quote.start <= mention.start_char < quote.end or mention.generic and not anywhere:
                    continue
                if not _other_party(mention, speaker):
                    continue
                root = self.doc[mention.start:mention.end].root
                if anywhere or root.dep_ in {"nsubj", "nsubjpass"}:
                    return True
        return False

    def _threatens(self, quotes: list[Quote]) -> bool:
        for quote in quotes:
            span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is not None and threat_by_shape(span):
                return True
        return False

    def _beside_another_act(self, unit: Unit) -> bool:
        """Whether a plain "said" is joined to another act of the same speaker ("said order had
        been restored and vowed to pursue ...", "dismissed the claim and said troops had repelled
        the assault"): what it says is part of the statement the speaker made, not a source."""
        cue = unit.cue
        if cue is None or unit.speaker_token is not None or cue_lemma(cue) not in PLAIN_SAYING:
            return False
        for other in cue.conjuncts:
            if other.i not in self._cue_index or cue_lemma(other) in PLAIN_SAYING:
                continue
            later = other if other.i > cue.i else cue
            if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in later.children):
                return True
        return False

    def _joined_report_kind(self, clause: Span, cue: Token, speaker: ActorMention) -> str | None:
        """What a speaker said beside another act: an accusation when it tells of another party
        ("said the militia was bent on destroying ..."), a claim when it tells how a fight went
        ("said the withdrawal was tactical", "said its forces had taken two hills"); None for the
        speaker's routine news ("said it had sent 1,200 soldiers to the area and accused ...")."""
        root = content_root(clause, cue)
        fighting_side = is_party(speaker.kind, speaker.name) or speaker.kind == "other"
        for subject in (c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}):
            mention = self.context.actor_at(subject)
            if mention is None or mention.actor_id == speaker.actor_id or one_state(mention, speaker) \
                    or mention.kind == "civilians":
                continue
            if fighting_side and _other_party(
                    mention, speaker) and not (mention.kind in {"state_forces", "police"} and speaker.country in {
                    None, mention.country} and self._speaks_for_the_state(cue, speaker)):  # a minister on "soldiers"
                return "ACCUSE"
            return None  # another body's doings, told by a monitor or an official of the same side
        if not fighting_side:
            return None  # a monitor's "said residents had described men being shot after they surrendered"
        if VAGUE_TOLL.search(clause.text):
            return "CLAIM"  # "killed or wounded hundreds of mercenaries"
        if any(t.tag_ == "CD" and t.ent_type_ not in {"DATE", "TIME"} for t in clause) and any(
                t.lemma_.lower() in KILLING_WORDS for t in clause):
            return None  # "said it had killed 46 of the militiamen": a toll counted is the report of an event
        if any(t.lemma_.lower() in FIGHT_OUTCOMES for t in clause):
            return "CLAIM"
        return None

    @staticmethod
    def _speaks_for_the_state(cue: Token, speaker: ActorMention) -> bool:
        """A government, or an official whose title names a state office ("the interior minister",
        "army spokesman Colonel X"), not "FLA spokesman Ahmed Ag Bouda"."""
        if speaker.kind == "government":
            return True
        subject = subject_of(cue)
        return speaker.kind == "person" and subject is not None and any(
            t.lemma_.lower() in STATE_OFFICES for t in subject.subtree)

    def _arrest_charge(self, unit: Unit, clause: Span, speaker: ActorMention) -> bool:
        """Whether an announced arrest comes with an allegation ("said it had detained two men who
        were planning to blow up a bridge", "said the suspects had financed the group's cells"):
        the allegation accuses whoever the detainees are said to have acted for, if named."""
        cue = unit.cue
        if cue is None or unit.speaker_token is not None:
            return False
        root = content_root(clause, cue)
        charge: Token | None = None
        if _arrests(root):
            for obj in (c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() not in NOT_DETAINEES):
                # "two men who had hidden explosives", "two men in the region who were planning ...",
                # "three men suspected of ..."
                charge = next((c for c in obj.subtree if c.dep_ in {"relcl", "acl"} and c.pos_ in {"VERB", "AUX"}
                               and (c.head.i == obj.i or any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children))
                               and c.lemma_.lower() not in {"live", "base", "arrest", "detain", "hold", "name"}), None)
                if charge is not None:
                    break
        else:
            subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
            if subject is not None and (subject.lemma_.lower() in DETAINEE_NOUNS or subject.lower_ == "those" and any(
                    c.lemma_.lower() in ARREST_LEMMAS for c in subject.children)) and root.pos_ in {"VERB", "AUX"}:
                charge = root  # "said the suspects had financed the group's urban cells"
        if charge is None:
            return False
        named = [m for m in self._other_parties(charge.left_edge.i, charge.right_edge.i + 1, speaker)
                 if m.kind != "person"]
        self._charged[clause.start] = list(dict.fromkeys(m.actor_id for m in named))
        return True

    def _other_parties(self, start: int, end: int, speaker: ActorMention) -> list[ActorMention]:
        """The mentions of parties other than the speaker's side that begin between token ``start``
        and token ``end`` (exclusive): whom a charge in those words names."""
        return [m for m in self.context.mentions if start <= m.start < end and _other_party(m, speaker)]

    def _charged_targets(self, span: Span | None, kind: str) -> list[str] | None:
        """Whom an accusation read as a standing charge or an arrest's allegation names, when the
        content was read that way (an empty list: it names no party)."""
        if kind != "ACCUSE" or span is None:
            return None
        return self._charged.get(span.start)

    def _standing_charge(self, unit: Unit, clause: Span, speaker: ActorMention) -> bool:
        """Whether a present-tense "says" holds a standing charge against another party ("a Nuer
        militia that the army says takes orders from the SPLM-IO", "Ankara says it is a branch of
        the PKK"): the background stance of one side about another, not the sourcing of a report
        (wire copy sources reports in the past tense)."""
        cue = unit.cue
        if cue is None or unit.speaker_token is not None or cue.tag_ not in {"VBZ", "VBP"}:
            return False
        if cue_lemma(cue) not in PLAIN_SAYING or not cue.sent.text.rstrip().endswith((".", '"', "”")):
            return False  # a headline ("Mali rebels say they downed army drone") tells the news in the present
        others = self._other_parties(clause.start, clause.end, speaker)
        if not others and cue.dep_ == "relcl":
            described = self.context.actor_at(cue.head)
            if described is not None and described.actor_id != speaker.actor_id and is_party(described.kind, described.name):
                others.append(described)  # (the described side may be of the speaker's own state)
        if others:  # whom the charge names ("armed by Israel"), else whom the clause describes
            self._charged[clause.start] = list(dict.fromkeys(m.actor_id for m in others))
        return bool(others)

    def _enemy_violence(self, unit: Unit, clause: Span, speaker: ActorMention) -> bool:
        """Whether a side reports violence done by another side ("the SPLM-IO said government
        gunships had bombed villages, killing 12 civilians"): one party's account of another's act
        is a charge, whoever else sources the event. Monitors, officials without a side and
        reports of the speaker's own losses in battle ("killed four of its soldiers") are not."""
        cue = unit.cue
        if cue is None or unit.speaker_token is not None or speaker.kind not in CHARGING_SIDES:
            return False
        if cue.dep_ == "advcl" and cue.head.i in self._produced:
            return False  # "claimed the attack, saying its soldiers had killed ...": the claim goes on
        root = content_root(clause, cue)
        ongoing = root.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in root.children)
        # "was paying foreign mercenaries to bomb the poor", "is arming militias to burn Kordofan"
        violent = _violent(root) or ongoing and any(
            c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in VIOLENT_LEMMAS for c in root.children) or any(
            c.dep_ == "conj" and _violent(c) for c in root.children)  # "had crossed the border and opened fire"
        if root.i < cue.i or not violent or root.tag_ not in {"VBD", "VBN"} and not ongoing:
            return False
        if _modal_or_negated(root):
            return False
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        if any(c.dep_ == "poss" for s in subjects for c in s.children):
            return False  # "its soldiers", "the group's fighters": the speaker's own, or named by whose
        subject, doer = next(((s, m) for s in subjects if (m := self.context.actor_at(s)) is not None), (None, None))
        if doer is None or not _other_party(doer, speaker) or doer.kind == "civilians":
            return False
        if doer.generic and doer.kind == speaker.kind and not _foreign(doer, speaker, subject):
            return False  # "the military said soldiers had fired": its own, though the noun is bare
        self._charged[clause.start] = [doer.actor_id]
        return True

    def _own_side_attacked(self, clause: Span, cue: Token, speaker: ActorMention) -> bool:
        """A side's report of its own forces' action that tells another side's hostile act: the
        report sources the event, and the other side's act is a charge."""
        if cue is None or speaker.kind not in CHARGING_SIDES:
            return False
        root = content_root(clause, cue)
        if root.i < cue.i or not self._is_self(clause, root, speaker, self._posts(cue, speaker)):
            return False
        return self._others_hostile_act(clause, cue, speaker)

    def _avenges(self, clause: Span, cue: Token, speaker: ActorMention) -> bool:
        """An act told as vengeance or an answer for another side's named act ("the raid avenged
        comrades slaughtered by the army", "in response to the crimes of the Beninese army")."""
        if speaker.kind not in CHARGING_SIDES | {"person"}:
            return False
        if not any(t.lemma_.lower() in AVENGING_WORDS for t in clause):
            return False
        return self._others_hostile_act(clause, cue, speaker)

    def _others_hostile_act(self, clause: Span, cue: Token, speaker: ActorMention) -> bool:
        """Whether a clause tells, beside what the speaker's side did, a hostile act of another
        named party: a violent verb whose subject or agent it is ("executioners who had tortured
        prisoners"), "came under fire from X", "an attempt by X to cross", "the crimes of X".
        Whom it names is charged (``_charged``)."""
        root = content_root(clause, cue)
        doers: list[ActorMention] = []
        for token in clause:
            lemma = token.lemma_.lower()
            named_by = False  # the doer named with "by" or "from": the other side, even a bare noun
            if lemma == "come" and any(c.dep_ == "prep" and c.lower_ == "under" for c in token.children):
                # "had come under fire from SDF snipers", "came under attack by ..."
                heads = [o for c in token.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
                         for o in c.children if o.dep_ == "pobj"]
                named_by = True
            elif token.i != root.i and token.pos_ == "VERB" and lemma in VIOLENT_LEMMAS | {
                    "abuse", "terrorise", "terrorize", "harass"} and not _modal_or_negated(token):
                heads = [c for c in token.children if c.dep_ == "nsubj"]
                heads += [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
                if any(h.lower_ in RELATIVE for h in heads) and token.dep_ == "relcl":
                    heads = [token.head]  # "executioners who had tortured prisoners"
            elif lemma == "punish" and token.pos_ == "VERB" and any(
                    c.dep_ == "prep" and c.lower_ == "for" and any(
                        o.lemma_.lower() in VIOLENT_LEMMAS | OWNED_CRIMES | {"killing", "crime"} for o in c.children)
                    for c in token.children):
                # "said it had punished the junta's militias for killing herders"
                heads = [c for c in token.children if c.dep_ == "dobj"]
                named_by = True
            elif token.pos_ == "NOUN" and lemma in OWNED_CRIMES:
                # "in response to the crimes of the Beninese army", "the army's abuses"
                heads = [o for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "by"}
                         for o in c.children if o.dep_ == "pobj"] + [c for c in token.children if c.dep_ == "poss"]
                named_by = True
            elif token.pos_ == "NOUN" and lemma in HOSTILE_ACT_NOUNS and not (
                    token.dep_ == "dobj" and token.head.lemma_.lower() in REPELLED_BY and lemma in BEATEN_OFF):
                # ("repelled an attack by the RSF" is the claim itself; "an attempt by X to cross" charges)
                heads = [o for c in token.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
                         for o in c.children if o.dep_ == "pobj"]
                named_by = True
            else:
                continue
            for head in heads:
                doer = self.context.actor_at(head)
                if doer is not None and _other_party(doer, speaker) and doer.kind not in {"civilians"} \
                        and (named_by or not (doer.generic and doer.kind == speaker.kind
                                              and not _foreign(doer, speaker, head))):
                    doers.append(doer)
        if doers:
            self._charged[clause.start] = list(dict.fromkeys(m.actor_id for m in doers))
        return bool(doers)

    def _called_a_charge(self, clause: Span, speaker: ActorMention) -> bool:
        """Whether the reporter calls what was said a charge, in apposition after it ("said
        Pakistani troops had helped militants cross, a charge Islamabad denies"): an accusation
        against the other parties it names, whatever its verb. The apposition may close the
        clause or, as the parser often leaves it, sit inside it."""
        doc = clause.doc
        last = min(clause.end + 3, clause.sent.end)
        charge = next((doc[i] for i in range(clause.start + 2, last)
                       if doc[i].lemma_.lower() in CHARGE_NOUNS - {"claim"}  # "a claim" is another's claim
                       and doc[i - 1].lower_ in {"a", "an"} and doc[i - 2].text == ","), None)
        if charge is None:
            return False
        others = self._other_parties(clause.start, charge.i - 2, speaker)  # (never civilians, media or monitors)
        if not others:
            return False
        self._charged[clause.start] = list(dict.fromkeys(m.actor_id for m in others))
        return True

    def _reason_blames(self, unit: Unit, clause: Span, speaker: ActorMention) -> bool:
        """Whether the reason a speaker gives for another act of its own tells what another party
        does or did ("rejected the charge, saying the militants were exploiting gaps", "urged allies
        to speed up deliveries, saying Moscow was betting on terror"): a charge beside the act."""
        cue = unit.cue
        if cue is None or unit.speaker_token is not None or cue_lemma(cue) not in PLAIN_SAYING:
            return False
        if cue.dep_ != "advcl" or cue.head.i not in self._produced or verb_kind(cue.head) == "CLAIM":
            return False  # "claimed the attack, saying the officers were ...": the claim goes on
        root = content_root(clause, cue)
        if root.i < cue.i or _modal_or_negated(root):
            return False  # "saying its forces would respond", "saying Kabul does not allow ...": no charge
        for subject in (c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}):
            if any(not self._anothers(owner, speaker) for owner in subject.children if owner.dep_ == "poss"):
                continue  # "the group's air defences", "its fighters": the speaker's own
            mention = self.context.actor_at(subject)
            if mention is not None and _other_party(mention, speaker) and mention.kind != "civilians":
                self._charged[clause.start] = [mention.actor_id]
                return True
        return False

    def _anothers(self, owner: Token, speaker: ActorMention) -> bool:
        """Whether a possessive names a party other than the speaker's side ("the army's 14th
        Division" in the words of the RSF); "the group's", in a group's words, is its own."""
        if owner.lemma_.lower() in {"group", "movement"}:
            return False
        mention = self.context.actor_at(owner)
        return mention is not None and _other_party(mention, speaker)

    def _quotes_words(self, unit: Unit, clause: Span) -> bool:
        """Whether indirect content quotes the speaker's own words at some length ("said the
        media was “the enemy of the people”"): a statement worth quoting, though of no kind,
        unless it only elaborates on a statement just made ("claimed the attack, saying …")."""
        cue = unit.cue
        if cue is None or unit.speaker_token is not None:
            return False
        if cue.dep_ == "advcl" and cue.head.i in self._produced:
            return False
        return any(q.is_speech() and clause.start_char <= q.open < clause.end_char for q in self.all_quotes)

    def _unverifiable(self, clause: Span) -> bool:
        """Whether a side's account of its own operation is one only its word stands for: a toll
        left vague ("killing scores of fighters", "inflicted heavy losses") or what the report
        calls a claim."""
        if VAGUE_TOLL.search(QUOTE_MARKS.sub("", clause.text)):
            return True
        rest = clause.sent.text[clause.start_char - clause.sent.start_char:]
        # "a claim that could not be verified", "a claim Ukraine's military dismissed as ...",
        # "which could not be independently verified"
        if re.search(r"\ba (?:claim|toll|figure) (?:that |which )?(?:could|can|was|has|(?:\S+ ){0,7}?(?:dismissed|rejected|"
                     r"denied|disputed|called|described|contested|ridiculed))|" + UNVERIFIED.pattern, rest):
            return True
        # "the army said its warplanes had destroyed a hangar. The RSF said the jets had bombed a
        # market. Neither account could be independently verified.": a short sentence just after
        # calls the reports before it claims
        doc, end = clause.doc, clause.sent.end
        for _ in range(2):
            if end >= len(doc):
                return False
            after = doc[end].sent
            if len(after.text) < 160 and UNVERIFIED.search(after.text) and ACCOUNT_WORDS.search(after.text):
                return True
            end = after.end
        return False

    def _enemy_toll(self, clause: Span, cue: Token | None, speaker: ActorMention) -> bool:
        """ "the army said, adding that “dozens of terrorists” had been killed", "the task force said
        several bandits were neutralised": a fighting side's count of enemies killed, wounded or
        taken, with no one named as having done it, is its claim of the blow, when it is added to the
        report or quoted. A toll told plainly ("the army said 56 assailants had been killed") or
        before the speaker ("Seven insurgents were killed, the commander said") reports the event."""
        if cue is None or not is_party(speaker.kind, speaker.name) or speaker.kind == "political_party":
            return False
        root = content_root(clause, cue)
        if root.i < cue.i or root.lemma_.lower() not in TOLL_LEMMAS:
            return False
        children = list(root.children)
        if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
            return False
        subjects = [c for c in children if c.dep_ == "nsubjpass"]
        if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
            return False
        subject = subjects[0]
        counted = [subject, *(o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                              for o in p.children if o.dep_ == "pobj")]
        if not any(t.lemma_.lower() in ENEMY_TOLL_NOUNS for t in counted) or any(
                c.dep_ == "poss" and c.lower_ in SELF_POSSESSIVES for t in counted for c in t.children):
            return False  # "two of its fighters had been killed": the speaker's own losses
        # "the army said 56 assailants had been killed": the plain report of the event
        doc = clause.doc
        quoted = any(QUOTE_MARKS.fullmatch(doc[i].text) for i in (subject.left_edge.i - 1, subject.right_edge.i + 1)
                     if 0 <= i < len(doc))
        return quoted or cue_lemma(cue) == "add"

    def _own_side_kind(self, unit: Unit, clause: Span, speaker: ActorMention, kind: str) -> str | None:
        """What a speaker says of its own side ("its fighters had destroyed three vehicles"):
        a CLAIM, PLEDGE, THREATEN or DENY, or None when the clause is not about the speaker's
        side or only sources the report of a new event.

        Content words yield to the self-report ("said it had killed dozens of terrorists" is a
        claim, not an accusation); threats, denials, demands and appeals in the words stay."""
        cue = unit.cue
        if cue is None or unit.speaker_token is not None or kind not in {"STATEMENT", "ACCUSE", "CONDEMN"}:
            return None
        if cue_lemma(cue) in NAMING_LEMMAS:
            return None
        root = content_root(clause, cue)
        if root.dep_ == "conj" and root.head.i == cue.i and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in root.children):
            return self_report_kind(root)  # "said it was aware of reports and would investigate"
        posts = self._posts(cue, speaker)
        if not self._is_self(clause, root, speaker, posts):
            return None
        if root.i < cue.i:
            # "... bombed a camp, killing “scores” of bandits, Defence Headquarters said": a report
            # told before its speaker is the event's source, unless only its word stands for it
            return "CLAIM" if self_report_kind(root) == "CLAIM" and is_party(
                speaker.kind, speaker.name) and self._unverifiable(clause) else None
        own = self_report_kind(root)
        if own == "CLAIM" and any(c.dep_ in {"nsubjpass", "auxpass"} for c in root.children):
            return None  # "its members had been beaten": done to the speaker's side, not by it
        if own == "CLAIM" and root.pos_ != "VERB":
            return None  # "it was aware of reports": a state, not an act it claims
        if own == "CLAIM" and not is_party(speaker.kind, speaker.name):
            return None  # a monitor's or a mission's "it had documented ...": its own work
        if cue.dep_ == "advcl" and cue.head.i in self._cue_index:
            if cue.head.i in self._produced and own in {"THREATEN", "DENY"}:
                return own  # "rejected the truce, saying it would not halt operations": a threat beside the refusal
            if cue.head.i in self._produced or own == "CLAIM":
                # "denied losing the town, saying its fighters had redeployed"; "..., the
                # coalition said, adding that its air defences had intercepted it": the addition
                # goes on with the report its head verb sourced
                return None
        if own == "CLAIM" and tells_new_event(clause, root, self.context):
            # the report of a new event; what names the enemy in it ("killed dozens of
            # terrorists") tells of the speaker's own act, not a charge
            if root.lemma_.lower() in ARREST_LEMMAS:
                # an arrest, or a position captured, sources the event unless the report calls it a claim
                return "CLAIM" if not _arrests(root) and self._unverifiable(clause) else None
            if kind == "ACCUSE" or speaker.kind == "armed_group" or self._quotes_words(unit, clause) \
                    or self._unverifiable(clause):
                # an armed group's word is the only source of what it says it did ("the FLA said
                # it had shot down an army drone"): a claim, where a state's report sources it,
                # unless it is quoted ("had struck “dozens of terror targets”")
                return "CLAIM"
            return None
        return own

    def _own_words(self, content: Span, cue: Token | None) -> str:
        """The content without what other reporting verbs inside it report: in "said it had
        pulled out and accused X of ...", the accusation is a statement of its own, as is "Baghdad
        urged Ankara to ..." in "..., the ministry said" (a cue with its own subject)."""
        skip: set[int] = set()
        for token in content:
            if token.i == cue.i or token.i not in self._cue_index:
                continue
            if token.dep_ == "conj" or token.dep_ == "ccomp" and any(
                    c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
                skip.update(t.i for t in token.subtree)
        return "".join(t.text_with_ws for t in content if t.i not in skip).strip()

    def _posts(self, cue: Token, speaker: ActorMention) -> list[ActorMention]:
        """The bodies a person speaking holds a post in, as the subject phrase names them ("Army
        spokesman Brigadier General X", "a spokesman for the junta")."""
        subject = subject_of(cue)
        if speaker.kind != "person" or subject is None:
            return []
        words = {t.i for t in subject.subtree}
        return [m for m in self.context.mentions if m.start in words and m.actor_id != speaker.actor_id
                and m.kind in {"state_forces", "government", "armed_group"}]

    def _is_self(self, content: Span, root: Token, speaker: ActorMention, posts: list[ActorMention] = ()) -> bool:
        """Whether the content's subject is the speaker's own side ("it", "its fighters")."""
        words = [t for t in content if t.lower_ != "that"][:2]
        if words and (words[0].lower_ in SELF_POSSESSIVES or words[0].lower_ in SELF_PRONOUNS
                      and words[0].lower_ not in {"he", "she"}):
            return True  # the parse of the clause may be wrong; its first word is not
        for subject in root.children:
            if subject.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            lower = subject.lower_
            if lower in SELF_PRONOUNS:
                return lower not in {"he", "she"} or speaker.kind == "person"
            if any(c.dep_ == "poss" and (c.lower_ in SELF_POSSESSIVES or self._definite_self(c, speaker))
                   for c in subject.children):
                return True  # "its fighters", "the group's Majeed Brigade"
            if subject.lemma_.lower() in MEMBER_NOUNS and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(
                        o.dep_ == "pobj" and any(p.dep_ == "poss" and p.lower_ in SELF_POSSESSIVES for p in o.children)
                        for o in c.children) for c in subject.children):
                return True  # "fighters of its Katiba Hanifa"
            if self._definite_self(subject, speaker):
                return True
            if self._own_blow(subject, root, speaker):
                return True
            mention = self.context.actor_at(subject)
            # "a junta spokesman said the air force had struck ...": one state's organs are one side,
            # and so are a spokesman's body and its state's ("Army spokesman X said troops had ...")
            return mention is not None and any(mention.actor_id == side.actor_id or one_state(mention, side)
                                               for side in (speaker, *posts))
        return False

    def _own_blow(self, subject: Token, root: Token, speaker: ActorMention) -> bool:
        """ "the army said the strike had hit “a gathering of PDF terrorists”", "the raids had
        targeted armed youth": a fighting side telling what a blow hit, the blow unowned by
        anyone else and aimed at fighters or their places, tells of its own blow."""
        if speaker.kind not in FIGHTING_SPEAKERS or subject.lemma_.lower() not in BLOW_NOUNS:
            return False
        if root.lemma_.lower() not in BLOW_VERBS or not any(c.lower_ in {"the", "its", "their"} for c in subject.children):
            return False
        if any(self.context.actor_at(t) is not None for t in subject.subtree):
            return False  # "the RSF's drone strike", "the Israeli strike": another's, or named
        aimed = [t for c in root.children if c.dep_ == "dobj" for t in c.subtree]
        if any((m := self.context.actor_at(t)) is not None and m.kind == "civilians" for t in aimed):
            return False
        return any(t.lemma_.lower() in FIGHTER_PLACES for t in aimed)

    def _definite_self(self, noun: Token, speaker: ActorMention) -> bool:
        """ "the group", "the army", "the division" in a speaker's words: its own side, unless the
        phrase names another party ("the army" in the words of a rebel group is the enemy)."""
        if noun.lemma_.lower() not in SELF_NOUNS or not any(c.lower_ == "the" for c in noun.children):
            return False
        mention = self.context.actor_at(noun)
        if mention is None or mention.actor_id == speaker.actor_id or speaker.kind == "person":
            return True
        return one_state(mention, speaker)

    def _has_object(self, cue: Token) -> bool:
        return cue_lemma(cue) not in NEEDS_CONTENT and any(
            c.dep_ in TARGET_DEPS or c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in cue.children
        )

    def _clean(self, span: Span) -> str:
        return span.text.strip().strip("\"“”").strip()

    def _evidence(self, unit: Unit, cue: Token | None) -> Evidence:
        starts = [q.open for q in unit.quotes]
        ends = [q.outer_end for q in unit.quotes]
        if cue is not None:
            sentence = cue.sent
            starts.append(sentence.start_char)
            ends.append(sentence.end_char)
            if unit.quotes:  # the attribution clause only, not a sentence that runs on past it
                starts[-1] = max(sentence.start_char, min(starts[:-1]) if cue.idx > min(starts[:-1]) else sentence.start_char)
        start, end = min(starts), max(ends)
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Evidence(text=self.text[start:end], start=start, end=end)

    def _attribution_text(self, unit: Unit, evidence: Evidence) -> str:
        """The evidence without the quoted words: where platform and date are looked for."""
        pieces, cursor = [], evidence.start
        for quote in sorted(unit.quotes, key=lambda q: q.start):
            pieces.append(self.text[cursor : quote.start])
            cursor = max(cursor, quote.end)
        pieces.append(self.text[cursor : evidence.end])
        return " ".join(pieces)

    def _date(self, unit: Unit, content: Span | None) -> str | None:
        """The date phrase of the attribution nearest to the cue: not one inside what was said."""
        if unit.cue is None or unit.speaker_token is not None:
            return None
        cue = unit.cue
        dates = [
            ent for ent in cue.sent.ents
            if ent.label_ in {"DATE", "TIME"} and self.quotes.at(ent.start_char) is None
            and (content is None or not content.start <= ent.start < content.end)
        ]
        dates.sort(key=lambda ent: abs(ent.root.i - cue.i))
        for ent in dates:
            resolved = self.context.date_of(ent)
            if resolved is not None:
                return resolved.date
        return None

    def _targets(self, unit: Unit, content: Span | None, speaker: ActorMention, kind: str) -> list[str]:
        """Whom the statement is against or about (``targets.TargetFinder`` has the patterns)."""
        cue = unit.cue
        cited = unit.speaker_token is not None  # "according to X": X is the source, not a cue's subject
        speaker_token = unit.speaker_token if cited else subject_of(cue) if cue is not None else None
        found = self.targets.find(
            cue=cue, speaker_token=speaker_token, cited=cited, content=content,
            heads=self._content_heads(unit, content), speaker=speaker, kind=kind,
            position=unit.position,
        )
        self.targets.noted(kind, speaker.actor_id, found)
        return found

    def _content_heads(self, unit: Unit, content: Span | None) -> list[Token]:
        heads: list[Token] = []
        if content is not None:
            heads.append(content.root)
        for quote in unit.quotes:
            span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is not None:
                heads.extend(t for t in span if t.dep_ in {"ROOT", "ccomp"} and t.pos_ in {"VERB", "AUX"})
        for head in list(heads):
            heads.extend(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB")
        return heads


UNVERIFIED = re.compile(r"(?:could|can) ?not be (?:independently )?(?:verified|confirmed)|"
                        r"unable to (?:independently )?(?:verify|confirm)|"
                        r"(?:could|did) not (?:independently )?(?:verify|confirm)|"
                        r"\b[Nn](?:either|one)\b[^.]{0,60}?(?:could|can) be (?:independently )?(?:verified|confirmed)")
ACCOUNT_WORDS = re.compile(r"\b(?:neither|either|claims?|accounts?|versions?|tolls?|figures?|reports?|assertions?)\b", re.I)
# a count of the enemy's losses ("dozens of terrorists had been killed", "11 of the assailants")
TOLL_LEMMAS = {"kill", "neutralise", "neutralize", "eliminate", "wound", "injure", "capture", "destroy"}
ENEMY_TOLL_NOUNS = {"terrorist", "bandit", "attacker", "assailant", "insurgent", "militant", "jihadist",
                    "gunman", "gunmen", "fighter", "criminal", "enemy", "mercenary", "occupier", "khawarij",
                    "kharijite", "extremist", "raider", "infiltrator", "rebel"}


def _warning_kind(cue: Token | None, lemma: str) -> str | None:
    """ "warned Yaounde against any violation of its territory": a warning against a deed asks
    that it not be done (DEMAND), unless its words threaten ("warned the authorities against
    'playing with fire'"); None for any other cue."""
    against = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "against"] if (
        lemma == "warn" and cue is not None) else []
    if not against:
        return None
    words = " ".join(c.doc[c.i : c.right_edge.i + 1].text for c in against)
    return "THREATEN" if content_kind(words) == "THREATEN" else "DEMAND"


def _both_ways(made: list[Statement], pair: list[ActorMention]) -> list[Statement]:
    """Each statement of a mutual act made by the first party against the second, and its twin
    by the second against the first."""
    first, second = pair
    both: list[Statement] = []
    for statement in made:
        statement.targets = [second.actor_id]
        both.append(statement)
        both.append(replace(statement, id=stable_id("statement", statement.id, second.actor_id),
                            speaker=second.actor_id, targets=[first.actor_id]))
    return both


def _one_per_act(statements: list[Statement], named: set[str] = frozenset()) -> list[Statement]:
    """ "Hezbollah said it would hold Israel responsible": the reporting verb and the verb it
    reports each make the threat; one speaker's act of one kind in one stretch of text is one
    statement, the one that names more targets, and among equals the one whose own verb names
    the act ("said terrorists had killed 21 soldiers and accused France of arming them": France)."""
    kept: list[Statement] = []
    for statement in statements:
        twin = next((k for k in kept if k.speaker == statement.speaker and k.kind == statement.kind
                     and k.evidence.start < statement.evidence.end and statement.evidence.start < k.evidence.end
                     and k.direct == statement.direct), None)
        if twin is None:
            kept.append(statement)
        elif len(statement.targets) > len(twin.targets) or (
                len(statement.targets) == len(twin.targets) and statement.id in named and twin.id not in named):
            kept[kept.index(twin)] = statement
    return kept


# kinds a quotation's later clause makes a statement of its own ("we will not stop until ..."
# after a threat goes on with the threat)
SEPARATE_ACTS = {"ACCUSE", "THREATEN", "DENY", "DEMAND", "CONDEMN"}
QUOTE_CLAUSES = re.compile(r",?\s+…\s+(?:and\s+|but\s+)?|,\s+(?:and|but)\s+|;\s+|(?<=[.!?])\s+")


def _quote_kinds(quote: str) -> list[str]:
    """The kinds of the clauses of a quotation, in order, each once."""
    kinds: list[str] = []
    for clause in QUOTE_CLAUSES.split(quote):
        kind = content_kind(clause) or ("ACCUSE" if ACCUSING_CLAUSE.search(clause) else None)
        if kind is not None and kind not in kinds:
            kinds.append(kind)
    return kinds


def _other_party(mention: ActorMention, speaker: ActorMention) -> bool:
    """A party to the conflict other than the speaker and its own state's organs."""
    return mention.actor_id != speaker.actor_id and not one_state(mention, speaker) and is_party(mention.kind, mention.name)
