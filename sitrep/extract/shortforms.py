"""In-article resolution of acronyms and short forms to the actor they stand for.

Owns these rules, all using only what came before in the same article:
- an acronym defined in the text ("Popular Mobilization Forces (PMF)", "the Syrian Arab Coalition
  (SAC)") names the long form's actor wherever it appears later, and an acronym no parenthesis
  defined is the earlier named organisation whose initials it abbreviates ("the People's Liberation
  Army of Manipur ... the PLA's political wing");
- a definite short form of an actor kind ("the group", "the movement", "the militia", "the rebels",
  "the army", "the regime", "the government") refers to the nearest earlier actor of that kind;
- a person's family name alone ("Lubamba said") is the person named in full before ("Colonel
  Marcel Lubamba");
- a definite noun that heads a multiword name given before ("the volunteers" after "the Volunteers
  for the Defence of the Homeland", "the brigade" after "the 444th Combat Brigade") is that
  organisation; an enemy label ("the terrorists") never refers back to a militia its own state
  backs;
- otherwise nothing: an unresolved short form stays generic (``extract.mentions``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from sitrep.extract.mentions import ActorMention, clause_doers, org_kind
from sitrep.resolve.actors import lookup

GROUP_WORDS = {"group", "organisation", "organization", "movement", "outfit", "coalition", "alliance",
               "faction", "network"}
KIND_FAMILY = {
    "armed_group": {"armed_group"},
    "state_forces": {"state_forces"},
    "government": {"government"},
}
MAX_DISTANCE = 1500  # characters back to the antecedent: a few paragraphs


def _acronym(token: Token) -> bool:
    text = token.text.replace("-", "").replace(".", "")
    return 2 <= len(text) <= 10 and text[0].isupper() and sum(c.isupper() for c in text) >= len(text) - 1


def _long_form(doc: Doc, end: int, taken: dict[int, ActorMention]) -> ActorMention | None:
    """The actor named by the tokens just before "(" (an existing mention, or a capitalised run)."""
    held = taken.get(end - 1)
    if held is not None and not _name_around_country(doc, end, taken):
        return held
    start = end if held is None else held.start - 1  # from "of" back over the rest of the name
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in {"of", "for", "and", "al", "el"}):
        start -= 1
    while start < end and not doc[start].is_title:
        start += 1
    if end - start < 2:
        return None
    span = doc[start:end]
    # "the Bangladesh Nationalist Party", "the Gaitanista Army of Colombia": the state in the name
    country = next((taken[i].country for i in range(start, end) if i in taken and taken[i].kind == "state"), None)
    known = lookup(span.text)
    if known is not None:
        return ActorMention(
            start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
            text=span.text, name=known.name, kind=known.kind, country=known.country or country, known=True,
        )
    kind = org_kind(span.text)
    if kind == "other":
        return None
    return ActorMention(
        start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
        text=span.text, name=span.text, kind=kind, country=country,
    )


def _name_around_country(doc: Doc, end: int, taken: dict[int, ActorMention]) -> bool:
    """ "the Gaitanista Army of Colombia (EGC)": a country that ends a longer capitalised name is
    part of that name, not what the acronym stands for."""
    held = taken[end - 1]
    if held.kind != "state" or held.start < 2:
        return False
    before, word = doc[held.start - 1], doc[held.start - 2]
    return before.lower_ in {"of", "for"} and word.is_title and (
        word.i not in taken or taken[word.i].kind not in {"state", "person"})


def resolve_acronyms(doc: Doc, mentions: list[ActorMention], taken: dict[int, ActorMention]) -> None:
    """Tie acronyms defined in the text to their long form, and every later use to the same actor."""
    defined: dict[str, ActorMention] = {}
    for token in doc[:-2]:
        if token.text != "(" or doc[token.i + 2].text != ")" or not _acronym(doc[token.i + 1]):
            continue
        long_form = _long_form(doc, token.i, taken)
        if long_form is None:
            continue
        if long_form not in mentions:
            for index in range(long_form.start, long_form.end):
                replaced = taken.get(index)  # "the Gaitanista Army of" + "Colombia": one name
                if replaced is not None and replaced in mentions:
                    mentions.remove(replaced)
                taken[index] = long_form
            mentions.append(long_form)
        defined[doc[token.i + 1].text] = long_form
    _initials_of_names(doc, mentions, taken, defined)
    if not defined:
        return
    for token in doc:
        owner = defined.get(token.text)
        if owner is None:
            continue
        current = taken.get(token.i)
        if current is not None and current.end - current.start > 1:
            continue  # a longer name already says who this is
        if current is not None:
            mentions.remove(current)
        mention = ActorMention(
            start=token.i, end=token.i + 1, start_char=token.idx, end_char=token.idx + len(token.text),
            text=token.text, name=owner.name, kind=owner.kind, country=owner.country, known=owner.known,
        )
        mentions.append(mention)
        taken[token.i] = mention


INITIAL_SKIPS = {"of", "the", "and", "for", "'s", "’s", "-", "al", "el"}


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name.replace("'s", "").replace("’s", "")) if w]
    return "".join(w[0] for w in words if w.casefold() not in INITIAL_SKIPS and w[0].isupper())


def _initials_of_names(doc: Doc, mentions: list[ActorMention], taken: dict[int, ActorMention],
                       defined: dict[str, ActorMention]) -> None:
    """ "the People's Liberation Army of Manipur ... The PLA's political wing": an acronym no
    parenthesis defined and the knowledge base does not know is the earlier named organisation
    whose name it abbreviates (its initials, or the initials of the name's first words)."""
    for token in doc:
        text = token.text.replace(".", "")
        held = taken.get(token.i)
        if text in defined or not _acronym(token) or len(text) < 3 or not text.isupper() or (
                held is not None and (held.known or held.kind != "other")):
            continue
        owner = next((m for m in sorted(mentions, key=lambda m: m.start, reverse=True)
                      if m.end <= token.i and not m.generic and m.kind not in {"person", "state", "civilians", "other"}
                      and m.end - m.start > 2 and _initials(m.text).startswith(text)), None)
        if owner is not None:
            defined[token.text] = owner


def _definite(token: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ == "the" for child in token.children)


def antecedent(
    token: Token, kind: str, mentions: list[ActorMention], template: str = "", *, definite: bool = True
) -> ActorMention | None:
    """The nearest earlier actor a definite short form ("the army", "the rebels") refers to; for a
    state organ, the nearest organ of the same template ("the army" after "Sudanese troops").
    ``definite=False`` for forms that refer back without "the" ("its fighters")."""
    prefix = template.split("{country}")[0] if "{country}" in template else ""
    if (definite and not _definite(token)) or kind not in KIND_FAMILY:
        return None
    candidates = []
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        if mention.start >= token.i or token.idx - mention.end_char > MAX_DISTANCE:
            continue
        if mention.kind not in KIND_FAMILY[kind]:
            continue
        if kind == "armed_group" and mention.generic:
            continue  # "the rebels" after "rebels" says nothing new
        if token.lemma_.lower() in ENEMY_LABELS and _pro_state(mention):
            continue  # "the terrorists" are not the army's own auxiliaries named before
        if kind in {"state_forces", "government"} and mention.country is None:
            continue
        if prefix and not mention.name.startswith(prefix):
            continue
        candidates.append(mention)
    if not candidates:
        return None
    if token.lemma_.lower() == "junta":
        # "Niger's military government accused ... until Cotonou stops ... the junta said": the
        # government named as a military one, not the capital named last
        military = [m for m in candidates if MILITARY_RULE.search(m.text)]
        if military:
            return military[0]
    return salient(token, candidates) or _called_so_before(token, candidates, mentions) or candidates[0]


def _called_so_before(token: Token, candidates: list[ActorMention],
                      mentions: list[ActorMention]) -> ActorMention | None:
    """The candidate the story already called by this noun ("Azande Ani Kpi Gbe, an ethnic Zande
    militia ... The militia was armed ... accused the militia"), however far back."""
    word = token.lemma_.lower()
    if not _definite(token) or word in MEMBERS_OF:
        return None  # "its fighters" after "VDP fighters" says nothing of whose
    doc = token.doc
    by_name = {m.name: m for m in reversed(candidates)}
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        if mention.start >= token.i or mention.name not in by_name or token.idx - mention.end_char > MAX_DISTANCE:
            continue
        root = doc[mention.start : mention.end].root
        if word == root.lemma_.lower() or any(c.dep_ == "appos" and c.lemma_.lower() == word for c in root.children):
            return by_name[mention.name]
    return None


MILITARY_RULE = re.compile(r"\b(?:military|junta|army-led|coup)\b", re.IGNORECASE)


# what a state and its allies call the other side; never a militia fighting for the state
ENEMY_LABELS = {"terrorist", "attacker", "assailant", "bandit", "jihadist", "insurgent", "kidnapper",
                "khawarij", "kharijite", "criminal", "militant"}
STATE_SIDE = {"state", "state_forces", "government"}


def _pro_state(mention: ActorMention) -> bool:
    """A group the knowledge base knows to be backed by, or part of, its own state or its forces."""
    known = lookup(mention.name) if mention.known else None
    if known is None:
        return False
    for _, other in known.affiliations:
        backer = lookup(other)
        if backer is not None and backer.kind in STATE_SIDE and backer.country == known.country:
            return True  # its own state's (M23, backed by Rwanda, is still Congo's enemy)
    return False


def salient(token: Token, candidates: list[ActorMention]) -> ActorMention | None:
    """The subject of the sentence before (or of this one, before the short form), when the nearest
    candidate is not a subject: "Kataib Hezbollah, a militia that is part of the PMF, threatened
    ... The group's spokesman said" — the group is the one the story is about, not the last named."""
    doc = token.doc
    sentence = token.sent
    previous = doc[sentence.start - 1].sent if sentence.start > 0 else None
    window_start = previous.start if previous is not None else sentence.start

    def is_subject(mention: ActorMention) -> bool:
        root = doc[mention.start : mention.end].root
        # "Gunmen from the BIFF ambushed", "Fighters of the RSF stormed": the group the subject's
        # members come from is the subject
        while root.dep_ == "pobj" and root.head.lower_ in {"of", "from"} and root.head.head.pos_ in {"NOUN", "PROPN"} \
                and root.head.head.i < root.i and (root.head.head.lemma_.lower() in MEMBERS_OF
                                                   or root.head.head.lower_.removesuffix("s") in MEMBERS_OF):
            root = root.head.head
        return root.dep_ in {"nsubj", "nsubjpass"} or root.dep_ == "attr" and root.head.lemma_ == "be"

    if is_subject(candidates[0]) or candidates[0].start >= token.left_edge.i:
        return None  # "the rival Barrio 18 gang": a name inside the phrase says which
    word = token.lemma_.lower()
    for mention in candidates:
        root = doc[mention.start : mention.end].root
        if mention.start >= window_start and word in {root.lemma_.lower(), root.head.lemma_.lower()}:
            return mention  # "the Azande Ani Kpi Gbe militia ... The militia": named with the same noun
    return next((m for m in candidates if m.start >= window_start and is_subject(m)), None)


# the people or units of a group a phrase names it by ("fighters of X", "gunmen from X")
MEMBERS_OF = {"fighter", "member", "gunman", "militant", "soldier", "troop", "rebel", "insurgent", "militiaman",
              "jihadist", "operative", "man", "commander", "unit", "element", "cell", "squad", "volunteer"}


def resolve_group_references(doc: Doc, mentions: list[ActorMention], taken: dict[int, ActorMention]) -> None:
    """ "the group", "the movement": the nearest earlier named organisation (armed groups first)."""
    for token in doc:
        if token.i in taken or token.lemma_.lower() not in GROUP_WORDS or token.pos_ != "NOUN":
            continue
        opposed = _opposed_in_description(token, taken)
        if not _definite(token) or opposed is None and any(child.dep_ in {"compound", "amod"} for child in token.lefts):
            continue
        # "the anti-Taliban group": the group named before, never the one it is against; "an LNA
        # spokesman accused the group": never the subject's own
        doers = {m.name for m in clause_doers(token, mentions, "armed_group")}
        allowed = [m for m in mentions if (opposed is None or m.actor_id != opposed) and m.name not in doers]
        earlier = _named_with(token, allowed) or antecedent(token, "armed_group", allowed)
        if earlier is None:
            continue
        start = min([token.i, *(c.i for c in token.lefts)])
        _refer_back(doc[start : token.i + 1], earlier, mentions, taken)


def _named_with(token: Token, mentions: list[ActorMention]) -> ActorMention | None:
    """ "the alliance" after "the Hadramawt Tribal Alliance", with another group named in between:
    the nearest earlier armed group whose name has the noun."""
    word = token.lemma_.lower()
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        if mention.start >= token.i or token.idx - mention.end_char > MAX_DISTANCE:
            continue
        if mention.kind == "armed_group" and not mention.generic and word in mention.name.lower().split():
            return mention
    return None


def _opposed_in_description(token: Token, taken: dict[int, ActorMention]) -> str | None:
    """The actor an "anti-" description of the noun is against ("the anti-Taliban group"), or
    None when the noun has no such description."""
    lefts = [t for t in token.doc[token.left_edge.i : token.i] if t.dep_ not in {"det"}]
    if not lefts or not lefts[0].lower_.startswith("anti"):
        return None
    against = next((taken[t.i] for t in lefts if t.i in taken), None)
    return against.actor_id if against is not None else ""


def _refer_back(span: Span, earlier: ActorMention, mentions: list[ActorMention],
                taken: dict[int, ActorMention]) -> None:
    """Record ``span`` as a (generic) mention of the actor ``earlier`` names."""
    mention = ActorMention(
        start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
        text=span.text, name=earlier.name, kind=earlier.kind, country=earlier.country,
        known=earlier.known, generic=True,
    )
    mentions.append(mention)
    for index in range(span.start, span.end):
        taken.setdefault(index, mention)


# words that head names but, written in lower case, name something else ("the state", "the people")
NOT_NAME_HEADS = {"state", "republic", "people", "country", "nation", "homeland", "city", "region",
                  "province", "district", "area", "town", "village", "world", "party", "government"}
NAME_LINKS = {"of", "for"}


def resolve_name_heads(doc: Doc, mentions: list[ActorMention], taken: dict[int, ActorMention]) -> None:
    """ "the volunteers" after "the Volunteers for the Defence of the Homeland", "the brigade"
    after "the 444th Combat Brigade": a definite noun that heads the name of an organisation named
    before, and nothing else, is that organisation."""
    named = [(m, _head_word(doc, m)) for m in mentions
             if not m.generic and m.kind not in {"person", "state"} and len(m.text.split()) > 1]
    for token in doc:
        if token.i in taken or token.pos_ != "NOUN" or not _definite(token):
            continue
        if any(child.dep_ in {"compound", "amod", "nummod"} for child in token.lefts):
            continue  # "the regional council", "the two brigades": a description of its own
        lemma = token.lemma_.lower()
        if lemma in NOT_NAME_HEADS | GROUP_WORDS:
            continue
        earlier = [m for m, head in named if m.end <= token.i and token.idx - m.end_char <= MAX_DISTANCE
                   and head == lemma.rstrip("s")]
        if len({m.name for m in earlier}) != 1:
            continue  # none, or two bodies the noun could mean
        start = token.i - 1 if token.i > 0 and doc[token.i - 1].lower_ == "the" else token.i
        _refer_back(doc[start : token.i + 1], earlier[-1], mentions, taken)


def _head_word(doc: Doc, mention: ActorMention) -> str:
    """The word a multiword name is headed by, singular: the last ("444th Combat Brigade"), or
    the one before "of"/"for" ("Volunteers for the Defence of the Homeland")."""
    words = [t for t in doc[mention.start : mention.end] if not t.is_punct]
    link = next((i for i, t in enumerate(words) if t.lower_ in NAME_LINKS), None)
    head = words[link - 1] if link else words[-1]
    return head.lower_.rstrip("s") if head.is_title or head.is_upper else ""


def family_name_of(short: str, full: str) -> bool:
    """Whether ``short`` is the last words of the longer name ``full`` ("Mugisha", "Ronald Mugisha")."""
    words, names = short.split(), full.split()
    return len(names) > len(words) and names[-len(words):] == words


def resolve_family_names(mentions: list[ActorMention]) -> None:
    """ "Colonel Marcel Lubamba accused Rwanda ... 'The aggressor,' Lubamba said": a person named
    by the last words of a name given in full before is that person."""
    # in the order of the text: a pass may add the full name after the short one was found
    people = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
    for index, mention in enumerate(people):
        for earlier in reversed(people[:index]):
            if family_name_of(mention.name, earlier.name):
                mention.name, mention.country, mention.known = earlier.name, earlier.country, earlier.known
                break
