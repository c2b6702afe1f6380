"""Statement targets read from the events an article tells: whom a reaction to "the attack" is
aimed at, and whom a claim of responsibility is against.

Runs after events are extracted (``extract.document``), on statements whose words name an event
rather than a party:

- a threat or condemnation of culprits named by their deed ("the killers", "those behind the
  ambush") is aimed at the doers of the latest violence told before it, an armed group's before
  the forces' that answered it, never an arrest;
- a reaction (condemnation, accusation, threat, demand, appeal, praise) that names an event ("the
  government condemned the attack") or, for threats, condemnations and accusations, names no one
  ("these criminals will be hunted down") is aimed at the doers of the event it most likely means,
  never at the speaker's own side (itself or another organ of its state); a state's threat that
  names no one is aimed at the armed groups of the story first;
- a claim of responsibility ("JNIM claimed the attack") is against whom that event struck, and a
  claim of a blow struck that names no one ("its fighters had stormed the base") is against whom
  the claimant side's latest deed struck, else the claimant's enemy in the article;
- first, a threat, charge or condemnation loses any target that is the speaking person's own body
  by the text's relations ("Colonel X, a spokesman for the junta" does not threaten its army), a
  unit of the speaker, or one the speaker praised or thanked;
- last, an appeal or demand to "both sides", "all parties" or "the warring parties", or one that
  names no one but asks for restraint or a ceasefire, is aimed at
  the sides the article tells fighting (its violent events and its ``opposes`` ties), each as the
  party it fights for, or, with no fighting told, at those who accuse or threaten each other;
- a denial is aimed at whoever last charged the denier's side ("Burundi accused Rwanda of arming
  the rebels ... Kigali denied it"), also in the same sentence;
- a hostile statement or a demand that names no one takes the targets of a charge or threat the
  same speaker makes in the same sentence ("blamed the RSF, calling the attack 'a crime'"), and a
  pledge those of a praise or appeal ("praised the troops and promised new vehicles");
- a statement aimed at a state's forces whose quoted words name the state or its government
  instead ("a terrorist act by the Kyiv regime") is aimed at the state or government as named.
"""

from __future__ import annotations

import re

from sitrep.extract import mentions
from sitrep.resolve.actors import lookup

VIOLENT_TYPES = {"ASSAULT", "COERCE"}


def aim_at_events(found: list, found_events: list, text: str, actors: dict[str, mentions.ActorMention],
                  known: list = (), every_mention: list = ()) -> None:
    """Fill the targets of ``found`` statements from ``found_events``; ``actors`` maps each actor
    id to a mention of it; ``known`` are the relations the text states (whose commander or member
    a speaker is); ``every_mention`` are all the article's actor mentions."""
    violent = violent_events(found_events)
    bodies = affiliations(known)
    _leave_own_side(found, actors, bodies, known)
    _culprits_from_events(found, violent, text, actors, bodies)
    _targets_from_events(found, violent, text, actors, bodies)
    _claimed_event_targets(found, violent, text, actors)
    _claimed_own_deed(found, violent, text, actors, bodies)
    _claimed_against_enemy(found, violent, text, actors, known, bodies)
    _the_parties(found, violent, text, actors, known)
    _denials_answer_charges(found, actors, bodies, text)
    _shared_with_sibling(found, text, actors, bodies)
    _state_as_named(found, text, actors, every_mention)


def violent_events(found_events: list) -> list:
    """The attacks and coercion the article tells as done (not denied), in text order."""
    return sorted((e for e in found_events if e.type in VIOLENT_TYPES and not e.negated),
                  key=lambda e: e.evidence.start)


def _state_as_named(found: list, text: str, actors: dict[str, mentions.ActorMention], every_mention: list) -> None:
    """ "Called the attack 'a terrorist act by the Kyiv regime'", "said Israel 'does not respect any
    commitment'": a statement aimed at a state's forces whose quoted words name that state or its
    government, and not the forces, is aimed at the state or government as named."""
    for statement in found:
        if not statement.quote or statement.kind == "CLAIM":
            continue
        start = text.find(statement.quote, statement.evidence.start, statement.evidence.end + 1)
        if start < 0:
            continue
        named = [m for m in every_mention if start <= m.start_char < start + len(statement.quote)]
        named_ids = {m.actor_id for m in named}
        targets = []
        for target in statement.targets:
            forces = actors.get(target)
            if forces is not None and forces.kind == "state_forces" and target not in named_ids \
                    and forces.name.startswith(("Military Forces of ", "Police Forces of ")):
                form = next((m for m in named if m.kind in {"state", "government"} and m.country == forces.country
                             and m.actor_id != statement.speaker), None)
                if form is not None:
                    target = form.actor_id
            if target not in targets:
                targets.append(target)
        statement.targets = targets


def _shared_with_sibling(found: list, text: str, actors: dict[str, mentions.ActorMention],
                         bodies: dict[str, set[str]]) -> None:
    """ "The government blamed the RSF and its allies, calling the attack 'a crime'", "accused the
    militia of burning villages and vowed to crush it": a hostile statement or a demand that names
    no one, made by the same speaker in the same sentence as a charge or threat that does, is aimed
    at the same side. "Praised the troops' 'bravery' and promised new armoured vehicles", "urged the
    rebels to surrender, promising them safe passage": a pledge that names no one is to whom the
    same speaker's praise or appeal in the same sentence went; a threat that names no one, to whom
    the same speaker's demand or appeal went."""
    # whose targets a statement that names no one takes: a sibling of these kinds ("accused the
    # army of abandoning the town and demanded an inquiry": the demand too)
    sources = {**dict.fromkeys(HOSTILE_KINDS | {"DEMAND"}, HOSTILE_KINDS), "PLEDGE": {"PRAISE", "APPEAL"},
               # "warned it would not allow a terror corridor and urged the SDF to lay down its arms"
               "THREATEN": HOSTILE_KINDS | {"DEMAND", "APPEAL"}}
    for statement in found:
        kinds = sources.get(statement.kind)
        if kinds is None or statement.targets or statement.speaker is None:
            continue
        sentence = _sentence_of(text, statement.evidence.start)
        sibling = next((s for s in found if s is not statement and s.speaker == statement.speaker
                        and s.kind in kinds and s.targets
                        and _sentence_of(text, s.evidence.start) == sentence), None)
        if sibling is None:
            continue
        targets = list(sibling.targets)
        if statement.kind == "THREATEN" and sibling.kind in {"DEMAND", "APPEAL"}:
            # a plea may go to one's own forces; a threat does not
            own = _own_side(statement.speaker, actors, bodies)
            targets = [t for t in targets if not own(t)]
        statement.targets = targets


def _sentence_of(text: str, offset: int) -> int:
    """The start of the sentence that holds ``offset`` (by full stops; enough to tell siblings)."""
    return max(text.rfind(". ", 0, offset), text.rfind(".\n", 0, offset))


# what a later denial answers: a charge, or a claim of what the denier's side suffered or did
CHARGING_KINDS = {"ACCUSE", "CONDEMN", "CLAIM"}


def _denials_answer_charges(found: list, actors: dict[str, mentions.ActorMention], bodies: dict[str, set[str]],
                            text: str) -> None:
    """ "Burundi accused Rwanda of harbouring the rebels ... Kigali has long denied supporting the
    group": a denial is aimed at whoever last charged the denier's side (its state's organs, a
    person's bodies), not at whom the denied deed was done to. A denial of "the charge" or "the
    accusation" answers the last charge told before it in another sentence, whoever it named, and a
    denial of "the claim" the last statement of another side. With no such charge before, the denial
    keeps what its words named. A demand for an apology that names no one ("denied any role and
    demanded an apology") is aimed the same way, else at whom the speaker's denial beside it is."""
    ordered = sorted(found, key=lambda statement: statement.evidence.start)
    for index, denial in enumerate(ordered):
        if denial.speaker is None:
            continue
        if denial.kind != "DENY" and not (denial.kind == "DEMAND" and not denial.targets and APOLOGY.search(
                text[denial.evidence.start : denial.evidence.end])):
            continue  # "denied any role and demanded an apology": of whoever made the charge
        own = _own_side(denial.speaker, actors, bodies)
        earlier = [s for s in reversed(ordered[:index]) if s.kind in CHARGING_KINDS and s.speaker is not None
                   and s.evidence.start <= denial.evidence.start and not own(s.speaker)]
        charge = next((s for s in earlier if any(own(target) for target in s.targets)), None)
        answered = CHARGE_ANSWERED.search(text[denial.evidence.start : denial.evidence.end]) if charge is None else None
        if answered:
            # "A Taliban spokesman rejected the accusation": the charge just told, though its
            # targets were read as another of the denier's names (the state, not its rulers);
            # "called the Russian claim a lie": the claim just told
            claim = answered.group(1).lower().startswith("claim")
            told = [s for s in reversed(ordered[:index]) if s.speaker is not None and not own(s.speaker)] if claim else earlier
            charge = next((s for s in told if (s.kind in CHARGING_KINDS | {"STATEMENT"} if claim else s.kind == "ACCUSE")
                           and s.evidence.start < denial.evidence.start), None)
        if charge is not None:
            denial.targets = [charge.speaker]
        elif denial.kind == "DEMAND":
            # no charge told: whom the speaker's denial in the same sentence answers
            denial.targets = next((list(s.targets) for s in ordered if s.kind == "DENY" and s.speaker == denial.speaker
                                   and s.evidence.start == denial.evidence.start), [])


APOLOGY = re.compile(r"\b(?:apology|apologi[sz]e|retraction|retract)\b", re.I)
# "rejected the charge", "dismissed the accusation as baseless": a denial that answers a charge
CHARGE_ANSWERED = re.compile(r"\b(?:reject|dismiss|deni|call|brush)\w*\s+(?:the|such|this|these|that)\s+"
                             r"(?:\w+\s+)?(charges?|accusations?|allegations?|claims?)\b", re.I)

AFFILIATIONS = {"member_of", "leader_of", "part_of"}


def affiliations(known, predicates=AFFILIATIONS) -> dict[str, set[str]]:
    """Each actor's bodies by the text's relations: "an SDF commander, Rawan Ahmad" puts the SDF
    on her side, and the brigade of a corps puts the corps on the brigade's."""
    bodies: dict[str, set[str]] = {}
    for relation in known:
        if relation.predicate in predicates:
            bodies.setdefault(relation.subject, set()).add(relation.object)
    return bodies


def _own_side(speaker_id: str, actors: dict[str, mentions.ActorMention],
              bodies: dict[str, set[str]] | None = None):
    """Whether an actor is the speaker's own side: the speaker, the bodies it leads or belongs to,
    or another organ of its state (a ministry that vows to pursue the attackers is not aiming at
    the police who arrested them)."""
    bodies = bodies or {}
    side = {speaker_id, *bodies.get(speaker_id, ())}
    side |= {body for member in list(side) for body in bodies.get(member, ())}

    names = {actors[s].name for s in side if s in actors}
    organs = {actors[s].name for s in side if s in actors and actors[s].kind in ORGAN_KINDS}

    def own(actor_id: str) -> bool:
        other = actors.get(actor_id)
        return actor_id in side or any(
            other is not None and actors.get(s) is not None and mentions.one_state(actors[s], other)
            for s in side) or other is not None and _organ_of(other, names, organs)

    return own


ORGAN_KINDS = {"government", "state_forces"}


def _organ_of(other: mentions.ActorMention, names: set[str], organs: set[str]) -> bool:
    """ "Defence Ministry (Taliban)" is the Taliban's organ, and the Taliban its organ's side: the
    names the mentions give an organ of an owner say whose it is (not "Civilians (Mali)");
    ``names`` are the side's names, ``organs`` those of its organs."""
    return other.kind in ORGAN_KINDS and any(other.name.endswith(f"({owner})") for owner in names) or any(
        organ.endswith(f"({other.name})") for organ in organs)


HOSTILE_KINDS = {"THREATEN", "ACCUSE", "CONDEMN"}

# "the killers", "those responsible", "whoever did this", "the perpetrators": the unnamed doers of
# the violence the article tells
# the stems of the deeds a culprit is named by, in any tense ("those who plant bombs", "whoever bombed")
CULPRIT_DEEDS = ("kill|murder|attack|carri|carry|commit|plann?|shed|burn|bomb|shell|fire|struck|strike|took|"
                 "abduct|kidnap|plant|target|harm|massacr|slaughter|did|does")
CULPRITS = re.compile(
    r"\b(?:the|these|its|their|every one of the|those)\s+(?:\w+\s+)?(?:killers|murderers|attackers|assailants|"
    r"perpetrators|culprits|organi[sz]ers|masterminds|kidnappers|abductors|bombers|gunmen)\b|"
    r"\bthose (?:responsible|behind|who (?:\w+ ){0,2}(?:" + CULPRIT_DEEDS + r")\w*\b)|"
    r"\b(?:whoever|anyone who) (?:\w+ )?(?:" + CULPRIT_DEEDS + r")\w*\b", re.I)
# "those who attack our guardsmen", "whoever harms our soldiers": the deed and its victims named
DOERS_OF_DEED = re.compile(r"\b(?:those|whoever|anyone) (?:who )?(?:\w+ ){0,2}(?:" + CULPRIT_DEEDS + r")\w*\s+(?:our|the)\b", re.I)
CULPRIT_KINDS = {"THREATEN", "CONDEMN"}  # appeals and demands are aimed at whom they ask to act
# "those who arm the killers", "must stop sending these gunmen": the culprits' patrons are meant
PATRONS_OF_CULPRITS = re.compile(
    r"\b(?:arm|send|feed|fund|financ|protect|shelter|harbou?r|back|support|direct)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:killers|murderers|attackers|assailants|perpetrators|gunmen|bombers)\b", re.I)


FRIENDSHIPS = {"allied_with", "backed_by"}


def _friendships(known) -> list[tuple[str, str]]:
    return [(r.subject, r.object) for r in known if r.predicate in FRIENDSHIPS]


def _leave_own_side(found: list, actors: dict[str, mentions.ActorMention], bodies: dict[str, set[str]],
                    known: list = ()) -> None:
    """ "'They will face the full force of the state,' said Colonel X, the army's spokesman": a
    threat or a charge is never aimed at the speaker's own body, which the text's relations name
    once the speaker is a person; the target is then looked for among the events told."""
    praised: dict[str, set[str]] = {}
    # "Operation Shujaa, a joint offensive by the UPDF and the Congolese army": the bodies each
    # actor is a member of (not part of: factions of one cartel may fight each other)
    members = affiliations(known, {"member_of"})
    for statement in found:
        if statement.kind == "PRAISE":
            praised.setdefault(statement.speaker, set()).update(statement.targets)
    for statement in found:
        if statement.kind in HOSTILE_KINDS | {"CLAIM"} and statement.targets:
            # (nor is a claim of a blow struck: "ISWAP claimed the raid in a statement carried by
            # Islamic State's Amaq agency" is not against Islamic State)
            own = _own_side(statement.speaker, actors, bodies) if statement.kind == "CLAIM" else (
                _posts_side(statement.speaker, actors, bodies))
            # nor at one of its own units ("the PMF said the patrol belonged to its 22nd Brigade
            # and vowed revenge"), nor at whom it praised or thanked ("thanked Washington")
            friends = praised.get(statement.speaker, set())
            statement.targets = [t for t in statement.targets if not own(t) and t not in friends
                                 and statement.speaker not in bodies.get(t, ())]
            if statement.kind == "CLAIM":
                # "the ADF claimed the massacre through Islamic State's Amaq agency": the bodies
                # the knowledge base puts the claimant in are its side too
                parents = _known_parents(getattr(actors.get(statement.speaker), "name", ""))
                statement.targets = [t for t in statement.targets
                                     if getattr(actors.get(t), "name", None) not in parents]
        if statement.kind == "THREATEN" and statement.targets:
            # "'Whoever sheds blood here will meet us in the forest,' said a spokesman for the
            # Rwandan force": a threat is not aimed at the side the speaker fights beside
            side = {statement.speaker, *bodies.get(statement.speaker, ())}
            friends = {other for pair in _friendships(known) if side & set(pair) for other in pair} - side
            # whoever is a member of a body with the speaker's side fights beside it
            joined = {body for member in side for body in members.get(member, ())}
            friends |= {other for other, its in members.items() if its & joined} - side
            statement.targets = [t for t in statement.targets if t not in friends]


def _known_parents(name: str) -> set[str]:
    """The bodies the knowledge base puts a group in, and theirs in turn."""
    parents: set[str] = set()
    frontier = [name]
    while frontier:
        known = lookup(frontier.pop())
        for predicate, other in getattr(known, "affiliations", ()):
            if predicate in {"part_of", "member_of"} and other not in parents:
                parents.add(other)
                frontier.append(other)
    return parents


def _said_words(statement, text: str) -> str:
    """What was said, with the words that lead into a partial quote ("vowed that the killers
    would 'rot in prison'"), not the rest of its sentence."""
    sentence = text[statement.evidence.start : statement.evidence.end]
    quote = statement.quote or ""
    at = sentence.find(quote) if quote else -1
    if at < 0:
        return quote
    return sentence[max(0, at - LEAD_IN) : at + len(quote)]


LEAD_IN = 40  # characters before a partial quote that still belong to what was said


def _culprits_from_events(found: list, violent: list, text: str, actors: dict[str, mentions.ActorMention],
                          bodies: dict[str, set[str]]) -> None:
    """ "The governor vowed that the killers would be punished": what was said of the unnamed
    doers of the violence is aimed at whoever carried out the latest violent event told before it
    — the doers the extraction found, not a guess from the words around — unless its targets are
    already among the doers of an earlier event."""
    for statement in found:
        said = _said_words(statement, text)
        if statement.kind not in CULPRIT_KINDS or not CULPRITS.search(said) or PATRONS_OF_CULPRITS.search(said):
            continue
        own = _posts_side(statement.speaker, actors, bodies)
        # an arrest is no crime to answer for: the culprits did the killing or the kidnapping
        before = [e for e in violent if e.evidence.start <= statement.evidence.start and e.mode != "arrest"
                  and any(not own(a) for a in e.actors)]
        if not before:
            continue
        # "those who attack our guardsmen will answer": the victims the words name point at the
        # event that struck them, whose doers are meant
        acted = {a for e in before for a in e.actors}
        struck = [e for e in before if set(e.targets) & set(statement.targets) - acted
                  and any(not own(a) and a not in statement.targets for a in e.actors)] \
            if DOERS_OF_DEED.search(said) else []
        if struck:
            statement.targets = [a for a in struck[-1].actors if not own(a) and a not in statement.targets]
            continue
        # the culprits are armed men: an event of an armed group outranks a later one of the
        # forces that answered it ("gunmen killed nine ... troops arrested four suspects")
        armed = _by_armed_groups(before, actors, own)
        if any(t in e.actors for e in (armed or before) for t in statement.targets):
            continue
        event = (armed or before)[-1]
        statement.targets = [a for a in event.actors if not own(a)]


def _by_armed_groups(events: list, actors: dict[str, mentions.ActorMention], own) -> list:
    """The events that an armed group not of the speaker's side carried out, in their order."""
    return [e for e in events
            if any(getattr(actors.get(a), "kind", None) == "armed_group" for a in e.actors if not own(a))]


def _posts_side(speaker_id: str, actors: dict[str, mentions.ActorMention], bodies: dict[str, set[str]]):
    """The speaker's own side counting a person's posts ("the army's spokesman, Colonel X") but
    not an organisation's own ties to others, which are too loosely told to rule a target out."""
    person = getattr(actors.get(speaker_id), "kind", None) == "person"
    return _own_side(speaker_id, actors, bodies if person else {})


EVENT_NOUNS = re.compile(
    r"\b(?:attacks?|strikes?|airstrikes?|killings?|bombings?|shelling|raids?|abductions?|kidnappings?|"
    r"massacres?|assaults?|offensive|ambush|incursions?|executions?|arrests?|detentions?|crackdown|operations?)\b", re.I)
# "condemned the raid", "denounced the arrests as ...": the words name the event itself
NAMED_EVENT = re.compile(r"^(?:the|this|these|that|yesterday's|sunday's|monday's)\s+(?:\w+\s+){0,2}?" + EVENT_NOUNS.pattern[2:], re.I)
# "condemned the killings", "called the attack 'a cowardly act'": the event itself is condemned
CONDEMNED_EVENT = re.compile(
    r"\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|deplor(?:ed|es|ing)|decr(?:ied|ies|ying)|call(?:ed|s|ing))\s+"
    r"(?:the|this|these|that|what it called the|what he called the|what she called the)\s+(?:\w+\s+){0,2}?"
    + EVENT_NOUNS.pattern[2:], re.I)
# "pinned the killings on the Imbonerakure": the act is named, and so is whom it is pinned on
BLAMED_ON = re.compile(r"\b(?:pinn?(?:ed|s|ing)?|blam(?:ed|es|ing))\s+(?:[\w'’-]+\s+){1,5}?on\b", re.I)
REACTIVE_KINDS = {"CONDEMN", "ACCUSE", "THREATEN", "DEMAND", "APPEAL", "PRAISE"}
IMPLIED_TARGET_KINDS = {"THREATEN", "CONDEMN", "ACCUSE"}


# the modes an event noun names ("condemned the kidnapping" is of an abduction, not of the
# arrests that followed); a noun not listed names any violent event
NOUN_MODES = {
    "kidnapping": {"abduct"}, "abduction": {"abduct"},
    "strike": {"aerial", "drone", "artillery"}, "airstrike": {"aerial", "drone"},
    "shelling": {"artillery"}, "bombing": {"aerial", "drone", "explosives", "suicide-bomb"},
    "arrest": {"arrest"}, "detention": {"arrest"}, "crackdown": {"arrest", "crowd-control"},
    "massacre": {"massacre", None}, "killing": {"massacre", None, "firearms", "aerial", "drone", "artillery"},
}


def _targets_from_events(found: list, violent: list, text: str,
                         actors: dict[str, mentions.ActorMention], bodies: dict[str, set[str]]) -> None:
    """ "The government condemned the attack": a reaction that names an event, not its doer, is
    aimed at whoever carried out that event, told before it."""
    violent = [e for e in violent if e.actors]
    for statement in found:
        if statement.kind not in REACTIVE_KINDS:
            continue
        # "condemned the raid as piracy": the event the statement names outranks a guess from
        # the words around it
        # "condemned the killings": the bare event, whose doer the words do not name
        bare_event = statement.kind == "CONDEMN" and bool(
            CONDEMNED_EVENT.search(text[statement.evidence.start : statement.evidence.end]))
        names_event = bare_event or statement.kind in {"CONDEMN", "ACCUSE"} and bool(
            NAMED_EVENT.match(statement.quote or "")) and not (
            statement.targets and BLAMED_ON.search(text[statement.evidence.start : statement.evidence.end]))
        if statement.targets and not names_event:
            continue
        named = EVENT_NOUNS.search(text[statement.evidence.start : statement.evidence.end])
        if not named and not (statement.kind in IMPLIED_TARGET_KINDS and not statement.targets):
            # "These criminals will be hunted down": a threat that names no one is aimed at
            # whoever did the latest violence told before it
            continue
        own = _own_side(statement.speaker, actors, bodies)
        before = [e for e in violent if e.evidence.start <= statement.evidence.start
                  and statement.speaker not in e.actors]
        if statement.targets and not bare_event and any(t in e.actors for e in before for t in statement.targets):
            continue  # "condemned the Israeli strikes": the doer named with the event is one of them
        if names_event:
            event = _named_event(named.group(0) if named else "", before, actors, own)
            doers = [a for a in event.actors if not own(a)] if event is not None else []
            if doers:
                statement.targets = doers
            continue
        if statement.kind in HOSTILE_KINDS and _speaks_for_a_state(statement.speaker, actors, bodies):
            # a state's threat that names no one is aimed at the armed men of the story, not at
            # a foreign force that struck beside its own ("U.S. Africa Command said it had carried
            # out an air strike in support of Somali forces")
            before = _by_armed_groups(before, actors, own) or before
        for event in reversed(before):
            doers = [a for a in event.actors if not own(a)]
            if doers:
                statement.targets = doers
                break
            # "police arrested three suspects ... the ministry vowed to crush the cell": the
            # speaker's own forces acted, so a threat is aimed at those they acted against
            enemies = [t for t in event.targets if not own(t) and getattr(actors.get(t), "kind", None) != "civilians"]
            if statement.kind == "THREATEN" and enemies:
                statement.targets = enemies
                break


STATE_KINDS = {"state", "government", "state_forces"}


def _speaks_for_a_state(speaker_id: str, actors: dict[str, mentions.ActorMention], bodies: dict[str, set[str]]) -> bool:
    """Whether the speaker is a state's organ or a person who holds a post in one."""
    side = {speaker_id, *bodies.get(speaker_id, ())}
    return any(getattr(actors.get(a), "kind", None) in STATE_KINDS for a in side)


CLAIMED = re.compile(
    r"\bclaim(?:s|ed|ing)?\b(?:\s+\w+){0,3}?\s+(?:responsibility\b|" + EVENT_NOUNS.pattern[2:] + ")|"
    # "in an attack claimed by X", "responsibility was claimed by X"
    r"(?:\bresponsibility\b|" + EVENT_NOUNS.pattern[2:] + r")\s+(?:(?:was|were|has been|had been)\s+)?claimed by\b|"
    # "said its fighters had carried out the raid": a claim of the deed told without the word
    r"\b(?:carried out|staged|launched|mounted|conducted)\s+(?:the|this|that|yesterday's|both)\s+(?:\w+\s+){0,2}?"
    + EVENT_NOUNS.pattern[2:], re.I)


def _claimed_event_targets(found: list, violent: list, text: str,
                           actors: dict[str, mentions.ActorMention]) -> None:
    """ "JNIM claimed the attack", "TTP claimed responsibility for the raid": a claim that names
    an event and no one it was against is against whom that event struck — the latest violent
    event told before the claim, or in its sentence, not by another named side."""
    for statement in found:
        if statement.kind != "CLAIM" or statement.targets:
            continue
        if not CLAIMED.search(text[statement.evidence.start : statement.evidence.end]):
            continue
        own = _own_side(statement.speaker, actors)
        # the claimant's own deed, or one whose doers the report left unnamed
        # (an unnamed armed side: "gunmen attacked ... JNIM claimed the attack"), and one that
        # struck someone else ("Iraqi jets struck an IS hideout" is not what IS claims)
        before = [e for e in violent if e.evidence.start <= statement.evidence.end
                  and any(not own(t) for t in e.targets)
                  and all(own(a) or getattr(actors.get(a), "generic", False)
                          and getattr(actors.get(a), "kind", None) == "armed_group" for a in e.actors)]
        if not before:
            # "ADF rebels killed 30 villagers ... Islamic State claimed the attack": the claimant
            # takes on the latest deed told of another, unless it struck the claimant's own side
            before = [e for e in violent if e.evidence.start <= statement.evidence.end and e.targets
                      and not any(own(t) for t in e.targets)]
        if before:
            statement.targets = [t for t in before[-1].targets if t != statement.speaker and not own(t)]


# "its fighters had killed", "said it had seized the barracks", "had 'liberated' the village":
# a claim of a blow struck, whose words need not name whom it struck
BLOW_STRUCK = re.compile(
    r"\b(?:kill(?:ed|ing)|struck|hit|destroy(?:ed|ing)|seiz(?:ed|ing)|captur(?:ed|ing)|took|taken|"
    r"stormed|liberated|downed|shot down|repel(?:led|ling)|repulsed|foiled|ambushed|overran|"
    r"neutrali[sz]ed|eliminated|targeted|attacked|recaptured|retook|retaken|pushed back|drove back|"
    r"driven (?:back|off|out)|wiped out|inflicted)\b", re.I)


def _claimed_own_deed(found: list, violent: list, text: str, actors: dict[str, mentions.ActorMention],
                      bodies: dict[str, set[str]]) -> None:
    """ "Russian strikes killed 11 people in Kharkiv ... Russia's defence ministry said it had struck
    'drone workshops'": a claim of a blow struck that names no one is about the latest violent
    deed of the claimant's side told before it (or in its sentence), and is against whom that
    deed struck, whatever the claimant calls them."""
    for statement in found:
        if statement.kind != "CLAIM" or statement.targets or statement.speaker is None:
            continue
        if not BLOW_STRUCK.search(text[statement.evidence.start : statement.evidence.end]):
            continue
        own = _posts_side(statement.speaker, actors, bodies)
        deeds = [e for e in violent if e.evidence.start <= statement.evidence.end
                 and any(own(a) for a in e.actors) and any(not own(t) for t in e.targets)]
        if deeds:
            statement.targets = [t for t in deeds[-1].targets if not own(t)]


def _claimed_against_enemy(found: list, violent: list, text: str, actors: dict[str, mentions.ActorMention],
                           known, bodies: dict[str, set[str]]) -> None:
    """ "The RSF said its fighters had stormed the base", "ISWAP said it had 'seized the barracks'":
    a claim of a blow struck that names no one it struck is against the claimant's enemy in the
    article: whom its side fought in the violent events told (either way round) or whom a text
    relation says it opposes, the nearest told before the claim, else the first told after."""
    fights = _fights(violent, known)
    for statement in found:
        if statement.kind != "CLAIM" or statement.targets:
            continue
        if not BLOW_STRUCK.search(text[statement.evidence.start : statement.evidence.end]):
            continue
        own = _posts_side(statement.speaker, actors, bodies)
        enemies = [(at, b) for at, a, b in fights if own(a) and not own(b)]
        enemies += [(at, a) for at, a, b in fights if own(b) and not own(a)]
        enemies = [(at, x) for at, x in sorted(enemies)
                   if getattr(actors.get(x), "kind", "civilians") not in NO_SIDE_KINDS
                   and not getattr(actors.get(x), "generic", False)]
        if not enemies:
            continue
        before = [x for at, x in enemies if at <= statement.evidence.end]
        statement.targets = [before[-1] if before else enemies[0][1]]


TERROR_NOUNS = {"attack", "killing", "massacre", "bombing", "ambush", "abduction", "kidnapping", "assault"}


def _named_event(noun: str, before: list, actors: dict[str, mentions.ActorMention], own):
    """The event "the attack" or "the kidnapping" most likely names: the latest earlier one of
    its kind by another side, and of those one that struck civilians (what is condemned)."""
    candidates = [e for e in before if any(not own(a) for a in e.actors)]
    singular = noun.lower().rstrip("s")
    modes = NOUN_MODES.get(singular)
    if modes is not None:
        candidates = [e for e in candidates if e.mode in modes] or candidates
    on_civilians = [e for e in candidates
                    if any(getattr(actors.get(t), "kind", None) == "civilians" for t in e.targets)]
    if singular in TERROR_NOUNS:
        # "condemned the attack" after "gunmen killed 20 villagers ... troops pursued them": the
        # attack is the armed men's, not the forces' answer to it
        by_groups = _by_armed_groups(on_civilians or candidates, actors, own)
        if by_groups:
            return by_groups[-1]
    return (on_civilians or candidates or [None])[-1]


# "urged both sides to show restraint", "called on all parties to ...", "restraint by all sides":
# the sides are those the article tells fighting
PARTIES = re.compile(
    r"\b(?:(?P<two>both|the two)(?: warring)? (?:sides|parties|camps|neighbours|countries|belligerents)|"
    r"(?:all|the) (?:warring )?(?:sides|parties|belligerents)(?! to the)|the warring (?:sides|parties|factions)|"
    r"all (?:the )?(?:armed|warring|fighting) (?:actors|groups|factions|forces))\b", re.I)
# "urged restraint", "called for an immediate ceasefire", "urged both to return to talks": an
# appeal that names no one but asks what only the fighting sides can give
UNADDRESSED_PEACE = re.compile(
    r"\b(?:urg|call|appeal|press|plead)\w*\s+(?:for\s+)?(?:(?:an?|the)\s+)?(?:immediate\s+|urgent\s+|maximum\s+)?"
    r"(?:restraint|ceasefire|cease-fire|truce|calm|de-escalation|end to the (?:fighting|clashes|hostilities|violence)|"
    r"halt to the (?:fighting|clashes|hostilities)|cessation of hostilities)\b|"
    r"\b(?:urg|call\w* on|press|appeal\w* to)\w*\s+both\s+to\b", re.I)
ADDRESSED_KINDS = {"APPEAL", "DEMAND"}
# "offered to mediate between the two sides", "praised both sides", "welcomed the truce": what is
# offered or praised with no one named goes to the parties too
OFFERED_KINDS = {"PLEDGE", "PRAISE"}
WELCOMED_PEACE = re.compile(
    r"\b(?:welcom|hail|prais|applaud|salut)\w*\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:deal|truce|ceasefire|cease-fire|agreement|accord|peace)\b", re.I)
NO_SIDE_KINDS = {"civilians", "monitor", "media", "international_org"}
# "urged both sides to", "called on the warring parties to": the parties are the addressees; in
# "said the two countries remained brothers in arms and urged the EU to ..." they are not
ADDRESSING = re.compile(r"\b(?:urg\w*|call\w* (?:on|upon)|press\w*|appeal\w* to|ask\w*|plead\w* with|"
                        r"demand\w* (?:that|of)|told|tell\w*|order\w*|warn\w*|prais\w*|welcom\w*|"
                        r"restraint (?:by|from|on the part of))\s+[\"“‘']?(?:\w+\s+){0,2}$", re.I)


def _the_parties(found: list, violent: list, text: str, actors: dict[str, mentions.ActorMention],
                 known) -> None:
    """ "UNMISS urged all parties to spare civilians", "Qatar urged both sides to return to talks":
    an appeal or demand to the parties of a conflict, which it does not name, is aimed at the sides
    the article tells fighting: the doers and the targets of its violent events and the actors
    of its "opposes" ties, never civilians, monitors or the speaker's own side; a unit stands for
    the party it is part of, a state's forces (in an appeal or demand) for the national government
    the article names, and with no fighting told the sides are those who accuse or threaten
    each other in the statements before. "Both sides" are
    the pair told fighting most often, the latest of those if several are told as often. The words
    are looked for in the statement's sentence, which may hold another statement beside it."""
    pairs = [(at, a, b) for at, a, b in sorted(_fights(violent, known)) if a != b
             and all(getattr(actors.get(x), "kind", "civilians") not in NO_SIDE_KINDS for x in (a, b))]
    for statement in found:
        if statement.kind not in ADDRESSED_KINDS and (statement.kind not in OFFERED_KINDS or statement.targets):
            continue
        sentence = text[statement.evidence.start : statement.evidence.end]
        words = PARTIES.search(sentence)
        if words is None and not statement.targets and (
                UNADDRESSED_PEACE if statement.kind in ADDRESSED_KINDS else WELCOMED_PEACE).search(sentence):
            words = PARTIES.search("all parties")  # whoever the article tells fighting
        if words is None or statement.targets and not ADDRESSING.search(sentence[: words.start()]):
            continue
        own = _own_side(statement.speaker, actors)
        fought = [(a, b) for at, a, b in pairs if not own(a) and not own(b)]
        if not fought:
            # no fighting told: the parties are those at odds in what was said ("the foreign
            # ministry blamed the RSF ... the U.N. urged the warring parties")
            fought = [(a, b) for a, b in _at_odds(found, actors, statement, known) if not own(a) and not own(b)]
        if not fought:
            continue
        fought = [(_party(a, actors, known), _party(b, actors, known)) for a, b in fought]
        if statement.kind in ADDRESSED_KINDS:
            # "urged both sides to return to talks": a state is asked through its government
            fought = [(_government(a, actors), _government(b, actors)) for a, b in fought]
        if words.group("two"):
            # the pair told fighting most often, of those the latest
            counts: dict[frozenset, int] = {}
            for pair in fought:
                counts[frozenset(pair)] = counts.get(frozenset(pair), 0) + 1
            sides = list(max(reversed(fought), key=lambda pair: counts[frozenset(pair)]))
        else:
            sides = list(dict.fromkeys(x for pair in fought for x in pair))
        statement.targets = sides


def _fights(violent: list, known) -> list[tuple[int, str, str]]:
    """Who fought whom in the article, as (offset, one side, the other): each doer of a violent
    event against each of its targets, and each ``opposes`` tie the text states."""
    fights = [(event.evidence.start, doer, target)
              for event in violent for doer in event.actors for target in event.targets]
    fights += [(relation.evidence.start, relation.subject, relation.object)
               for relation in known if relation.predicate == "opposes"]
    return fights


def _at_odds(found: list, actors: dict[str, mentions.ActorMention], before, known=()) -> list[tuple[str, str]]:
    """Who threatens or accuses whom in the statements told before ``before``, as pairs; a person
    speaks for the body the text makes them a member or leader of ("FLA spokesman Ahmed Ag Sidi")."""
    speaks_for = {r.subject: r.object for r in reversed(list(known)) if r.predicate in {"member_of", "leader_of"}}
    pairs = [(speaks_for.get(s.speaker, s.speaker), t) for s in found if s.kind in {"THREATEN", "ACCUSE"}
             and s is not before and s.evidence.start <= before.evidence.start for t in s.targets]
    return [(a, t) for a, t in pairs if a != t and all(
        getattr(actors.get(x), "kind", "civilians") not in NO_SIDE_KINDS | {"person"} for x in (a, t))]


def _government(actor_id: str, actors: dict[str, mentions.ActorMention]) -> str:
    """The national government the article names for a state's forces, else the actor itself."""
    mention = actors.get(actor_id)
    if mention is None or mention.kind not in {"state_forces", "state"} or not mentions.national_organ(mention):
        return actor_id
    return next((other_id for other_id, other in actors.items() if other.kind == "government"
                 and other.country == mention.country and mentions.national_organ(other)), actor_id)


def _party(actor_id: str, actors: dict[str, mentions.ActorMention], known) -> str:
    """The party a unit fights for, when the article names it: appeals go to the parties, so
    "the Internal Security Force" of Hamas is Hamas, by the text's part_of ties or the knowledge
    base's."""
    for relation in known:
        if relation.predicate == "part_of" and relation.subject == actor_id and relation.object in actors:
            return relation.object
    mention = actors.get(actor_id)
    record = lookup(mention.name) if mention is not None and mention.known else None
    if record is not None:
        for other_id, other in actors.items():
            if other.name in record.parents and not other.generic:
                return other_id
    return actor_id

