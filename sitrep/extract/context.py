"""What every extractor of one article shares: the spaCy Doc, the article, its actor mentions and
resolved date phrases. Built once per article by ``extract.document``.

``actors_of_phrase`` reads a phrase's actor through a bare generic head to the group it belongs
to ("fighters of/from X", "forces loyal to X"), except for heads that stand apart from that group
("supporters of the junta") and owners the parser hung on the first of two conjuncts ("government
forces and fighters loyal to X")."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from sitrep.extract.mentions import ActorMention, mention_at
from sitrep.extract.shortforms import salient
from sitrep.model import Article, Evidence
from sitrep.resolve.dates import ResolvedDate, resolve_date

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# heads that stand apart from the group they are "of": "supporters of the junta", "victims of ISIS"
OUTSIDERS = {"supporter", "opponent", "critic", "relative", "family", "victim", "hostage", "captive",
             "prisoner", "detainee", "sympathiser", "sympathizer", "enemy", "rival"}


# "Iran-backed", "Turkish-supported": a modifier naming a sponsor, not the group itself
SPONSOR_WORDS = ("backed", "supported", "sponsored", "funded", "allied", "aligned", "linked")


def _backer_tokens(head: Token) -> set[int]:
    found: set[int] = set()
    for token in head.subtree:  # "members of the Iran-backed group": the sponsor may sit deeper
        # the sponsor hangs from the participle: "Iran-backed", "Turkish-supported"
        if (token.dep_ in {"amod", "compound", "npadvmod"} and token.i < token.head.i
                and token.lower_.endswith(SPONSOR_WORDS) and any(c.i < token.i for c in token.children)):
            found.update(t.i for t in token.subtree)
    return found


# nouns that describe an armed actor named before: "the movement", "the al-Qaeda affiliate"
DESCRIPTION_NOUNS = {"group", "movement", "militia", "organisation", "organization", "affiliate", "faction",
                     "outfit", "rebels", "insurgents", "jihadists", "militants", "network", "branch", "brigade",
                     "rebel", "insurgent", "resistance",  # the lemmas of "the rebels", "the insurgents"
                     "gang", "cartel", "party", "coalition", "alliance", "council", "commission", "committee", "union"}
# the kinds of actor a description noun may stand for (armed groups for the rest)
DESCRIPTION_KINDS = {"party": {"political_party", "other"}, "coalition": {"armed_group", "political_party"},
                     "alliance": {"armed_group", "political_party"}, "brigade": {"armed_group", "state_forces"},
                     "union": {"armed_group", "political_party", "international_org", "other"},
                     **dict.fromkeys(("council", "commission", "committee"),
                                     {"other", "monitor", "government", "international_org", "political_party"})}
DESCRIPTION_WINDOW = 600  # characters back to the actor a description may stand for
# nouns that name an actor by the head word of its name: "the coalition" after "the Saudi-led coalition"
NAME_HEADS = {"coalition", "alliance", "militia", "army", "junta", "regime", "front", "movement",
              "council", "command", "brigade", "brigades", "forces", "group", "military"}
NAME_HEAD_WINDOW = 1500  # characters back to the actor whose name ends in the noun
# "each other", "one another": the pronoun pairs that make an act mutual
RECIPROCALS = {("each", "other"), ("one", "another")}


def before_short_form(doc, index: int) -> int:
    """The index of the last word of a name that ends at ``index``, past a short form in brackets
    ("the New People's Army (NPA)": "Army"); -1 when a ")" there has no "(" within six tokens."""
    if doc[index].text != ")":
        return index
    return next((t.i - 1 for t in reversed(doc[max(0, index - 6) : index]) if t.text == "("), -1)


def says_each_other(tokens) -> bool:
    """Whether the tokens hold "each other" or "one another", its two words side by side."""
    words = list(tokens)
    return any((a.lower_, b.lower_) in RECIPROCALS for a, b in zip(words, words[1:]) if b.i == a.i + 1)


# nouns an owner's name may hang inside: "the ranks of the ADF", "a unit of the army's 3rd Division"
CONTAINER_NOUNS = {"rank", "unit", "wing", "member", "fighter", "force", "troop", "militia", "faction",
                   "branch", "division", "brigade", "battalion", "cell", "group", "element", "remnant",
                   "army", "command", "side", "camp", "corps", "regiment", "part", "arm", "section", "number",
                   # "hundreds of jihadists from JNIM": those counted are the group's
                   "jihadist", "militant", "rebel", "gunman", "soldier", "officer", "commander", "combatant",
                   "insurgent", "recruit", "loyalist", "policeman", "agent", "operative", "guard"}


@dataclass(slots=True)
class ArticleContext:
    article: Article
    doc: Doc
    mentions: list[ActorMention]
    focus: str | None
    _dates: dict[int, ResolvedDate | None] = field(default_factory=dict)

    def actor_at(self, token: Token) -> ActorMention | None:
        """The actor a token names; in "the Iran-backed Hezbollah group" that is Hezbollah, not
        its backer."""
        covering = [m for m in self.mentions if m.start <= token.i < m.end]
        if covering:
            # a word of a name ("Forces" of "Allied Democratic Forces") is that actor; of nested
            # namings the innermost ("Russian" in "Mali's Russian-backed ruling junta" is Russia)
            return min(covering, key=lambda m: m.end - m.start)
        backers = _backer_tokens(token)
        if not backers:
            return mention_at(self.mentions, token)
        return mention_at([m for m in self.mentions if not any(m.start <= i < m.end for i in backers)], token)

    def mention_per_actor(self) -> dict[str, ActorMention]:
        """One mention of each actor, a naming one where the text has one: an actor named once
        and then called "the gang" is not a generic actor."""
        chosen: dict[str, ActorMention] = {}
        for mention in self.mentions:
            held = chosen.get(mention.actor_id)
            if held is None or held.generic and not mention.generic:
                chosen[mention.actor_id] = mention
        return chosen

    def actors_of_phrase(self, token: Token, conjuncts: bool = True) -> list[ActorMention]:
        """The actor a phrase names, and those of its conjuncts ("the army and allied militias")
        unless ``conjuncts`` is false ("between X and Y" puts X and Y on opposite sides).

        A head that names no actor itself, or only a generic one ("fighters", "forces"), takes the
        group it belongs to: "factions of the Syrian National Army", "forces loyal to the council",
        "fighters from the ADF" — not its backer ("Turkish-backed").
        """
        found = []
        heads = (token, *(token.conjuncts if conjuncts else ()))
        if conjuncts:
            heads += tuple(_misparsed_conjuncts(token))
        for head in heads:
            mention = self._owner_of(head) or self.actor_at(head)
            if mention is not None and mention not in found:
                found.append(mention)
        return found

    def _owner_of(self, head: Token) -> ActorMention | None:
        # the head itself is (part of) an actor's name; only a bare generic noun ("fighters",
        # "forces") yields to its owner: "Government forces" already says whose forces they are
        own = next((m for m in self.mentions if m.start <= head.i < m.end), None)
        if own is not None and (not own.generic or own.end - own.start > 1):
            named = self._named_owner(head) if own.generic else None
            return named  # "Russian mercenaries from the Wagner Group": the name tells more than the description
        if head.lemma_.lower() in OUTSIDERS:
            return None  # "supporters of the junta" are not the junta
        for child in _owner_words(head):
            if child.dep_ in {"prep", "amod", "acl"} and child.lower_ in {"of", "from", "loyal", "within"}:
                # what a verb below says is no owner: "the authorities of abandoning inmates to
                # the gangs" are not the gangs'
                clauses = {t.i for verb in child.subtree if verb.pos_ == "VERB" and verb is not child
                           for t in verb.subtree}
                for owner in child.subtree:
                    if owner.dep_ == "pobj" and owner.i not in clauses and not self._behind_other_noun(owner, child):
                        # "fighters of the Men of Dignity movement": the name may modify the pobj
                        mention = next((m for m in self.mentions if m.start <= owner.i < m.end), None) or next(
                            (m for c in owner.lefts if c.dep_ == "compound"
                             for m in self.mentions if m.start <= c.i < m.end and not m.generic), None)
                        if mention is not None and mention.kind == "person" and own is not None:
                            return own  # "forces loyal to Khalifa Haftar": the force he leads, named on the noun
                        if mention is not None:
                            return mention
        return None

    def _named_owner(self, head: Token) -> ActorMention | None:
        """The named group "from"/"of" a described one ("Russian mercenaries from the Wagner
        Group"), or None; a state's own forces keep their name ("Sudanese troops of the army")."""
        for child in _owner_words(head):
            if child.dep_ == "prep" and child.lower_ in {"of", "from"}:
                for pobj in child.children:
                    mention = self.actor_at(pobj) if pobj.dep_ == "pobj" else None
                    if mention is not None and not mention.generic and mention.kind == "armed_group":
                        return mention
        return None

    def _behind_other_noun(self, owner: Token, prep: Token) -> bool:
        """Whether ``owner`` is the object of a later "of" inside another noun that names no
        actor: in "the junta of 'collective punishment' of civilians" the civilians own the
        punishment, not the junta; in "fighters from the ranks of the ADF" the ranks are the
        ADF's own."""
        token = owner.head
        while token.i != prep.i and token.i != token.head.i:
            if token.dep_ == "pobj" and token.lemma_.lower() not in CONTAINER_NOUNS and not any(
                    m.start <= token.i < m.end for m in self.mentions):
                return True
            token = token.head
        return False

    def described_before(self, noun: Token, exclude: ActorMention | None = None,
                         fits=None) -> ActorMention | None:
        """The armed group a definite description stands for ("the Iran-backed movement", "the
        al-Qaeda affiliate"): the nearest named one before it, other than the patron the
        description names, and only one that ``fits`` when the caller knows more of it."""
        if noun.lemma_.lower() not in DESCRIPTION_NOUNS:
            return None
        if not any(c.lower_ in {"the", "this"} for c in noun.children) and (
                noun.doc[noun.left_edge.i].lower_ not in {"the", "this"}):
            return None
        start = noun.left_edge.i
        kinds = DESCRIPTION_KINDS.get(noun.lemma_.lower(), {"armed_group"})
        candidates = [m for m in sorted(self.mentions, key=lambda m: m.start, reverse=True)
                      if m.end <= start and noun.idx - m.end_char <= DESCRIPTION_WINDOW and m.kind in kinds
                      and not m.generic and (exclude is None or m.actor_id != exclude.actor_id)
                      and (fits is None or fits(m))]
        # "the brigade's commander": a group whose name has the noun before the nearest one
        word = noun.lemma_.lower()
        named = next((m for m in candidates if word in m.name.lower()), None)
        # "Jihadists of JNIM overran an outpost, killing members of the VDP ... The al-Qaeda-linked
        # group later posted photos": the subject of the sentence before, not the last named
        subject = noun.dep_ in {"nsubj", "nsubjpass"} or noun.dep_ == "poss" and noun.head.dep_ in {"nsubj", "nsubjpass"}
        return named or ((subject and salient(noun, candidates)) or candidates[0] if candidates else None)

    def named_by_head(self, noun: Token) -> ActorMention | None:
        """ "coalition air raids" after "the Saudi-led coalition", "a spokesman for the command"
        after "the Gojjam Fano Command": the actor named before whose name ends in the noun."""
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in NAME_HEADS:
            return None
        for mention in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if mention.end <= noun.i and noun.idx - mention.end_char <= NAME_HEAD_WINDOW:
                last = mention.name.lower().split()[-1] if mention.name else ""
                if last.rstrip("s") == lemma.rstrip("s"):
                    return mention
        return None

    def last_party_before(self, index: int, *, kinds: set[str], exclude: set[str] = frozenset(),
                          exclude_countries: set[str] = frozenset()) -> ActorMention | None:
        """The actor of one of ``kinds`` named last before token ``index``, other than the ids in
        ``exclude`` and the state forces of ``exclude_countries``: the other side of a fight
        the text leaves unnamed ("shot down 11 drones", "freed the hostages")."""
        for mention in sorted(self.mentions, key=lambda m: -m.start):
            if mention.start >= index or mention.actor_id in exclude or mention.kind not in kinds:
                continue
            if mention.kind == "state_forces" and mention.country in exclude_countries:
                continue
            return mention
        return None

    def evidence(self, sentence: Span) -> Evidence:
        """The sentence without the paragraph break spaCy attaches to its last token."""
        text = sentence.text
        stripped = text.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        start = sentence.start_char + lead
        return Evidence(text=stripped[lead:], start=start, end=start + len(stripped) - lead)

    def date_of(self, ent: Span, future: bool = False) -> ResolvedDate | None:
        key = ent.start * 2 + int(future)
        if key not in self._dates:
            self._dates[key] = resolve_date(ent.text, self.article.published, future=future)
        return self._dates[key]

    def sentence_date(self, sentence: Span, near: Token, future: bool = False) -> ResolvedDate | None:
        """The resolved DATE entity of the sentence nearest to ``near``."""
        dates = [ent for ent in sentence.ents if ent.label_ in {"DATE", "TIME"}]
        dates.sort(key=lambda ent: (_describes_other(ent.root, near), abs(ent.root.i - near.i)))
        for ent in dates:
            resolved = self.date_of(ent, future)
            if resolved is not None:
                return resolved
        return None


def _describes_other(date: Token, near: Token) -> bool:
    """Whether a date sits in a clause describing some other noun than ``near``: in "Rwandan
    troops, deployed in Cabo Delgado since 2021, ... ambushed insurgents on Monday" the year tells
    the troops' story, not the ambush's."""
    for ancestor in (date, *date.ancestors):
        if ancestor.i == near.i or near in ancestor.subtree:
            return False
        if ancestor.dep_ in {"acl", "relcl", "appos"}:
            # only a description of a doer told before the act: "an army patrol guarding the mine
            # on Sunday" is more often the parser hanging the act's day on its object
            return ancestor.head.i < near.i
    return False


def _owner_words(head: Token) -> list[Token]:
    """The children of a head that may name its owner: its own before its first conjunct (in
    "forces and fighters loyal to X" the parser hung X's owner on the first), and for the last
    conjunct those the parser hung on the first past it ("troops and instructors from Wagner")."""
    conjunct = min((c.i for c in head.children if c.dep_ == "conj"), default=len(head.doc))
    children = [c for c in head.children if c.i < conjunct]
    if head.dep_ == "conj" and not any(c.dep_ == "conj" and c.i > head.i for c in head.head.children):
        children += [c for c in head.head.children if c.i > head.i and c.dep_ in {"prep", "acl", "amod"}]
    return children


def _misparsed_conjuncts(head: Token) -> list[Token]:
    """Modifiers the parser hung on a head although "and" joins them to it: in "Russia's Africa
    Corps and Malian troops" "Corps" comes out as a modifier of "troops", with the "and" below it;
    in "Sudan's military and allied fighters of X" "military" does, with "and allied" below it."""
    return [child for child in head.lefts
            if (child.dep_ in {"nmod", "compound"} and child.pos_ == "PROPN"
                or child.dep_ in {"amod", "compound", "nmod"} and child.pos_ == "NOUN"
                and any(c.dep_ == "conj" and c.pos_ == "ADJ" for c in child.children)
                # "Rwandan and Mozambican troops": the first demonym names troops of its own
                or child.dep_ == "amod" and child.i == head.left_edge.i + (head.left_edge.dep_ == "det")
                and any(c.dep_ == "conj" and c.i == child.i + 2 for c in child.children))
            and any(c.dep_ == "cc" and c.lower_ == "and" and c.i > child.i for c in child.children)]
