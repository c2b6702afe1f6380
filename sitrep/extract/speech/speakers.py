"""Who is speaking: the subject of the reporting verb, resolved to an actor mention.

Named speakers are the actor mentions of the subject phrase. Pronouns ("he", "they") and role
nouns ("the commander", "the spokesman") take the most recent speaker or person named before that
fits; a person's role comes from a title or an apposition ("Abu Ali, a senior commander in X").
Speakers that name no actor ("a source", "officials", a name the model missed) become new
mentions when the caller asks for them; an unnamed office ("the state prosecutor's office") is the
government of the article's country. "The groups it accused": the pronoun subject of a relative
clause is never the noun the clause modifies.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.context import ArticleContext
from sitrep.extract.mentions import ActorMention, one_state, state_press_office
from sitrep.extract.shortforms import family_name_of
from sitrep.kb.countries import country_name
from sitrep.resolve.actors import lookup
from sitrep.extract.speech.cues import claimed_by, misread_main_verb
from sitrep.extract.speech.kinds import VERB_KINDS, cue_lemma, verb_kind

ROLE_NOUNS = {
    "spokesman", "spokeswoman", "spokesperson", "commander", "minister", "official", "president",
    "leader", "chief", "general", "colonel", "officer", "envoy", "ambassador", "governor", "mayor",
    "head", "director", "secretary", "chairman", "chairwoman", "lawmaker", "senator", "source",
    "diplomat", "negotiator", "premier", "king", "emir", "prince", "sheikh", "cleric", "witness",
    "resident", "doctor", "activist", "candidate", "nominee", "representative", "deputy", "adviser",
    "advisor", "aide", "analyst", "militant", "fighter", "member", "founder", "coordinator",
    "prosecutor", "judge", "mufti", "imam", "ayatollah", "premier", "chancellor", "monitor",
    "expert", "observer", "medic", "paramedic", "journalist", "correspondent",
}
# "the statement said", "a post read": the words of whoever issued them, said before
DOCUMENT_NOUNS = {"statement", "communique", "post", "message", "letter", "tweet", "video", "release"}
# what a group leaves its words on, and the verbs that name its author ("a banner signed by the CJNG")
SIGNED_NOUNS = {"banner", "leaflet", "note", "sign", "poster", "placard", "pamphlet", "communiqué"}
AUTHORING_VERBS = {"sign", "issue", "post", "publish", "release", "attribute", "circulate", "send", "write", "claim"}
OPPONENT_KINDS = {"state", "state_forces", "armed_group", "government", "political_party"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"they", "it", "we", "them"}
RELATIVE = {"who", "that", "which", "whom"}
PLURAL_TAGS = {"NNS", "NNPS"}
# "the state prosecutor's office said": an office of the state the article is about, an actor even
# unnamed (unlike "sources" or "witnesses", who only report)
INSTITUTION_NOUNS = {"office", "administration", "secretariat", "ministry", "directorate", "prosecutor",
                     "committee", "commission", "inspectorate", "prefecture", "governorate", "presidency"}
# a body's organs that speak for it: "the General Staff of the army", "the leadership of the movement"
ORGAN_WORDS = {"staff", "headquarters", "leadership", "command"}
# nouns a description of an armed group named before ends in ("the Iran-aligned movement")
DESCRIBED_GROUPS = {"group", "movement", "militia", "organisation", "organization", "faction", "outfit"}
# the words that describe an armed group without naming a patron ("the jihadist group")
ARMED_WORDS = {"armed", "militant", "jihadist", "rebel", "insurgent", "separatist", "islamist", "extremist",
               "paramilitary", "breakaway", "splinter", "guerrilla", "jihadi"}
UNNAMED = "Unnamed "  # the name prefix of a speaker the text does not name ("Unnamed sources")
GROUP_KINDS = {"state", "state_forces", "armed_group", "government", "political_party", "monitor",
               "media", "international_org", "other"}


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The token heading the speaker phrase of a reporting verb. Of several subjects (a name run
    the parser split: "STC vice-president Hani al-Yafei"), the one next to the verb."""
    if (claimant := claimed_by(verb)) is not None:
        return claimant
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) > 1 and verb.pos_ == "VERB":
        if depth > 0 and any(t.lower_ in RELATIVE | {"whose"} for t in subjects[-1].subtree):
            # "the NUG, whose PDF fought alongside the KIA, hailed ...": the parser gave the
            # relative clause's verb both subjects; a verb joined to it is the main clause's
            return subjects[0]
        return subjects[-1]
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"} or child.dep_ == "nsubjpass" and (
            verb.lemma_ == "quote" or depth > 0
        ):
            if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                return verb.head
            return child
    if depth > 2:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i):
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if len(subjects) > 1 and any(t.lower_ == "whose" for t in subjects[-1].subtree):
            # "The CPP, whose armed wing is the NPA, said ...": the parser made the relative
            # clause a clause of the verb, with the speaker as its first subject
            return subjects[0]
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.pos_ == "VERB"):
        if verb_kind(clause) is not None and any(c.dep_ == "nsubj" for c in clause.children):
            # 'X condemned "this barbaric act," praised the vigilantes and ordered ...': the parser
            # made the first verb of the list a clause of the second; they share its speaker
            return subject_of(clause, depth + 1)
    stranded = _stranded_subject(verb) or _apposed_subject(verb) or _apposed_role(verb)
    if stranded is not None:
        return stranded
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ == "conj" and verb_kind(verb.head) is None:
        # "X said the attack showed ... and vowed ...": the parser hangs the second reporting verb
        # on the reported clause; it is the reporter's
        for ancestor in verb.head.ancestors:
            if ancestor.pos_ == "VERB" and verb_kind(ancestor) is not None:
                return subject_of(ancestor, depth + 1)
    if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and verb_kind(verb.head) is not None:
        # "said the group had liberated the base and warned that ...": the parser makes the second
        # reporting verb a clause of the first; it is the same speaker's
        return subject_of(verb.head, depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "... killed 14 civilians, the group said, blaming the army": the participle goes on
        # with the attribution just made, not with the event told
        reporting = [c for c in verb.head.children if c.dep_ in {"parataxis", "ccomp", "conj"} and c.i < verb.i
                     and c.pos_ == "VERB" and verb_kind(c) is not None]
        if reporting:
            return subject_of(reporting[-1], depth + 1)
        head = verb.head
        if head.dep_ == "ccomp" and head.head.pos_ == "VERB" and verb_kind(head.head) is not None and \
                verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            # "said soldiers had abducted 40 of its agents, calling it a kidnapping campaign": the
            # participle after the reported clause goes on with the reporter's words
            return subject_of(head.head, depth + 1)
    if (verb.dep_ in {"xcomp", "conj", "advcl"} or verb.dep_ == "dep" and cue_lemma(verb.head) in VERB_KINDS) \
            and verb.head.pos_ in {"VERB", "AUX"}:
        # ("dep": 'called the ambush "cowardly", praised the "heroism" of ...', a reporting verb of
        # a list the parser left unlabelled)
        if verb.head.lemma_ in {"refuse", "decline", "fail"}:
            return None
        return subject_of(verb.head, depth + 1)
    if misread_main_verb(verb):
        # "Qatar, which mediated the talks, called on both parties ...": the parser read the main
        # verb as a participle of the subject ("a man called X"); a past tense is no participle
        return verb.head
    if verb.dep_ == "acl" and verb.head.head.pos_ in {"VERB", "AUX"}:  # "issued a statement saying"
        return subject_of(verb.head.head, depth + 1)
    return None


def _stranded_subject(verb: Token) -> Token | None:
    """ "... killed in a gunfight, the military's media wing, ISPR, said": a speaker phrase the
    parser hung on the reported clause (as an adverbial noun) right before the reporting verb."""
    if verb.dep_ != "ROOT" or verb_kind(verb) is None:
        return None
    before = verb.i - 1
    while before >= 0 and verb.doc[before].is_punct:
        before -= 1
    if before < 0 or before == verb.i - 1:
        return None  # the phrase must be set off by a comma: "..., the ministry said"
    noun = verb.doc[before]
    while noun.dep_ == "appos" and noun.head.i < noun.i:
        noun = noun.head
    return noun if noun.dep_ == "npadvmod" and noun.pos_ in {"NOUN", "PROPN"} else None


def _apposed_subject(verb: Token) -> Token | None:
    """ "In a voice message circulated on WhatsApp, Viv Ansanm said": the parser took the speaker
    for an apposition of the last noun of the opening phrase, leaving the verb no subject."""
    if verb.i == 0 or verb_kind(verb) is None:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "appos" or noun.pos_ not in {"NOUN", "PROPN"} or noun.left_edge.i == 0 \
            or verb.doc[noun.left_edge.i - 1].text != ",":
        return None
    head = noun.head
    while head.head.i != head.i and head.head.i != verb.i:
        head = head.head
    return noun if head.head.i == verb.i and head.dep_ == "prep" and head.i < noun.i else None


def _apposed_role(verb: Token) -> Token | None:
    """ "... attacked a base outside Finote Selam, a spokesman for the command said": the parser
    took the speaker for an apposition of the place before it, leaving the verb no subject."""
    if verb.i == 0 or verb.dep_ != "ROOT" or verb_kind(verb) is None:
        return None
    noun = verb.doc[verb.i - 1]
    while noun.dep_ in {"pobj", "compound"} and noun.head.i < noun.i + 1:
        noun = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ != "appos" or noun.lemma_.lower() not in ROLE_NOUNS or noun.left_edge.i == 0:
        return None
    return noun if verb.doc[noun.left_edge.i - 1].text == "," else None


# nouns that never speak: events and weapons the parser may hang on a reporting verb
NOT_SPEAKERS = {"strike", "attack", "bombing", "raid", "shelling", "explosion", "blast", "drone", "missile",
                "rocket", "bomb", "clash", "fighting", "killing", "ambush", "offensive", "assault"}


class Speakers:
    """Resolves speaker phrases in text order, remembering who spoke and who was introduced."""

    def __init__(self, context: ArticleContext, *, create: bool) -> None:
        self.context = context
        self.create = create
        self.spoken: list[ActorMention] = []
        self.created: list[ActorMention] = []
        self.roles: dict[int, set[str]] = {}
        # bodies that spoke through a person named by title only, with the offset of the title
        self.human_voices: list[tuple[int, ActorMention]] = []
        for mention in context.mentions:
            if mention.kind == "person":
                self.roles[mention.start] = self._roles_of(mention)

    def _roles_of(self, mention: ActorMention) -> set[str]:
        doc = self.context.doc
        head = doc[mention.end - 1]
        found = {t.lemma_.lower() for t in doc[mention.start : mention.end]} & ROLE_NOUNS
        for token in (*head.children, *doc[max(mention.start - 3, 0) : mention.start]):
            if token.dep_ in {"appos", "compound", "amod", "nmod"} and token.lemma_.lower() in ROLE_NOUNS:
                found.add(token.lemma_.lower())
        if head.dep_ == "appos" and head.head.lemma_.lower() in ROLE_NOUNS:
            found.add(head.head.lemma_.lower())
        return found

    def heard(self, mention: ActorMention) -> None:
        self.spoken.append(mention)

    def _mentions_before(self, offset: int) -> list[ActorMention]:
        return [m for m in (*self.context.mentions, *self.created) if m.start_char < offset]

    def _latest(self, offset: int, wanted) -> ActorMention | None:
        for mention in reversed(self.spoken):
            if mention.start_char < offset and wanted(mention):
                return mention
        before = sorted(self._mentions_before(offset), key=lambda m: m.start_char)
        for mention in reversed(before):
            if wanted(mention):
                return mention
        return None

    def latest_other(self, offset: int, speaker: ActorMention) -> ActorMention | None:
        """The group named last before ``offset`` that is not the speaker: whom "them" means."""
        return self._latest(offset, lambda m: m.actor_id != speaker.actor_id and m.kind in OPPONENT_KINDS
                            and not one_state(m, speaker) and not self._in_description(m))

    def _in_description(self, mention: ActorMention) -> bool:
        """ "said the attackers were 'proxies of India'": a party named inside what another is
        called describes it; "them" after it means the described, not the party."""
        head = self.context.doc[mention.end - 1]
        for _ in range(6):
            if head.dep_ in {"attr", "oprd"}:
                return True
            if head.dep_ not in {"compound", "amod", "nmod", "poss", "pobj", "prep"} or head.head.i == head.i:
                return False
            head = head.head
        return False

    def latest_agent(self, offset: int, speaker: ActorMention) -> ActorMention | None:
        """The group that last did something before ``offset`` (the subject of a verb, or the
        agent of a passive): whom "the attack" or "the killings" point at. The subject of a
        reporting verb ("the ministry said") only told of it."""
        doc = self.context.doc
        for mention in sorted(self._mentions_before(offset), key=lambda m: -m.start_char):
            if mention.actor_id == speaker.actor_id or mention.kind not in OPPONENT_KINDS \
                    or one_state(mention, speaker):
                continue
            head = doc[mention.end - 1]
            while head.dep_ in {"compound", "amod", "nmod", "poss"} and head.head.i > head.i:
                head = head.head  # "CJNG gunmen killed", "ADF rebels attacked": the noun is the subject
            if head.dep_ == "nsubj" and verb_kind(head.head) is not None:
                continue  # "the ministry said": the source of the report, not the doer
            if head.dep_ in {"nsubj"} or head.dep_ == "pobj" and head.head.dep_ == "agent":
                return mention
            if head.dep_ == "pobj" and head.head.lower_ in {"of", "from"} and (
                    head.head.head.dep_ == "nsubj" and verb_kind(head.head.head.head) is None):
                return mention  # "fighters of the X front stormed", "gunmen from the Y group killed"
        return None

    def resolve(self, subject: Token) -> ActorMention | None:
        found = self._resolve(subject)
        if found is not None and found.kind == "media":
            found = self._outlet_owner(found, subject) or found
        if found is not None and found.kind != "person" and subject.lemma_.lower() in ROLE_NOUNS \
                and subject.tag_ not in PLURAL_TAGS:
            # "India's home minister said", "a spokesman for the command said": a person who speaks
            # for a body; a "he said" after it is most likely that person's
            self.human_voices.append((subject.idx, found))
        return found

    def _resolve(self, subject: Token) -> ActorMention | None:
        lower = subject.lower_
        offset = subject.idx
        named = self.context.actor_at(subject)
        if named is not None and named.start < subject.i < named.end:
            return named  # "ULFA-I accused": the "I" closes a name, it is no pronoun
        if lower in PERSON_PRONOUNS:
            person = self._latest(offset, lambda m: m.kind == "person")
            voice = next(((at, m) for at, m in reversed(self.human_voices) if at < offset), None)
            if voice is not None and (person is None or person.start_char < voice[0]):
                return voice[1]
            return person
        if lower in GROUP_PRONOUNS:
            return self._latest(offset, lambda m: m.kind in GROUP_KINDS and not self._modified_by(m, subject))
        if lower in {"i", "you", "this", "these", "those", "which", "what", "one", "none"}:
            return None
        if subject.lemma_.lower() in NOT_SPEAKERS:
            return None  # "a drone strike ... killed 14, the group said": a misparse made the strike speak
        for child in subject.children:  # "the militia's leader, Ali Hussein, said"
            if child.dep_ == "appos":
                named = self.context.actor_at(child)
                if named is not None and named.kind == "person" and named.start <= child.i < named.end:
                    return named
        mention = self.context.actor_at(subject)
        if mention is None and subject.lemma_.lower() in {"spokesman", "spokeswoman", "spokesperson"}:
            # "a spokesman for the command" after "the Gojjam Fano Command": the body he speaks for
            for body in (g for c in subject.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}
                         for g in c.children if g.dep_ == "pobj"):
                if any(c.lower_ == "the" for c in body.children):
                    named = self.context.named_by_head(body)
                    mention = named if named is not None and named.kind != "person" else None
        if subject.lower_ in ORGAN_WORDS and (mention is None or not mention.start <= subject.i < mention.end):
            # "The General Staff of the Korean People's Army accused": the organ speaks for its body
            for body in (g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"):
                named = self.context.actor_at(body)
                if named is not None and named.kind not in {"person", "civilians", "media"}:
                    return named
        covers = mention is not None and mention.start <= subject.i < mention.end
        if mention is not None and not covers and subject.pos_ == "PROPN" and self.create:
            return self._new(subject)  # "STC vice-president Hani al-Yafei": the person, not the STC
        if mention is not None:
            return mention
        if subject.lemma_.lower() in DOCUMENT_NOUNS | SIGNED_NOUNS:
            # "a banner signed by the CJNG denied ...", "a statement issued by the army": its author
            authors = [self.context.actor_at(g) for c in subject.children if c.dep_ == "acl"
                       and c.lemma_.lower() in AUTHORING_VERBS for a in c.children if a.dep_ == "agent"
                       for g in a.children if g.dep_ == "pobj"]
            author = next((a for a in authors if a is not None and a.kind not in {"civilians", "media"}), None)
            if author is not None:
                return author
        if subject.lemma_.lower() in DOCUMENT_NOUNS:
            return self._latest(offset, lambda m: True) if self.spoken else None
        role = subject.lemma_.lower()
        definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in subject.children)
        if role in DESCRIBED_GROUPS and definite and subject.tag_ not in PLURAL_TAGS:
            found = self._described_group(subject)
            if found is not None:
                return found
        if role in ROLE_NOUNS and definite and subject.tag_ not in PLURAL_TAGS:
            found = self._latest(offset, lambda m: role in self.roles.get(m.start, ()))
            if found is not None:
                return found
        return self._new(subject) if self.create else None

    def _outlet_owner(self, outlet: ActorMention, subject: Token) -> ActorMention | None:
        """ "Islamic State's Amaq news agency said", "the attack was claimed by Amaq": a group's
        outlet speaks for the group — the possessor it is named with, else the group the knowledge
        base makes it part of, when the article names that group. A state's press office ("the
        military's media wing, Inter-Services Public Relations, said") speaks as itself."""
        if state_press_office(outlet):
            return None
        for child in subject.children:
            if child.dep_ == "poss":
                owner = self.context.actor_at(child)
                if owner is not None and owner.kind not in {"media", "person"}:
                    return owner
        known = lookup(outlet.name)
        named = [m for m in self.context.mentions if known is not None and m.name in known.parents]
        if not named:
            return None
        before = [m for m in named if m.start_char < subject.idx]
        return before[-1] if before else named[0]  # the last named before, else the first after

    def _described_group(self, noun: Token) -> ActorMention | None:
        """ "the al Qaeda-linked group", "the Iran-aligned movement", "the jihadist group": the
        armed group named before that the description fits: when the description names an actor
        ("al Qaeda-linked"), the latest group the knowledge base ties to it; else, for words of
        armed struggle only, the latest armed group named."""
        modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound"}]
        if not modifiers:
            return None
        start = noun.left_edge.idx
        inside = {m.name for m in self.context.mentions if start <= m.start_char < noun.idx}
        if inside:
            def tied(mention: ActorMention) -> bool:
                known = lookup(mention.name)
                return known is not None and any(other in inside for _, other in known.affiliations)
            return self.context.described_before(noun, fits=tied)
        if not any(m.lower_ in ARMED_WORDS for m in modifiers):
            return None  # "the medical group", "the rights group": not an armed group
        return self.context.described_before(noun)

    @staticmethod
    def _modified_by(mention: ActorMention, pronoun: Token) -> bool:
        """ "the aid groups it accused of spying": the noun a relative clause modifies is its
        object, never what the clause's pronoun subject means."""
        verb = pronoun.head
        return verb.dep_ == "relcl" and mention.start <= verb.head.i < mention.end

    def _new(self, subject: Token) -> ActorMention | None:
        if subject.pos_ not in {"NOUN", "PROPN"}:
            return None
        doc = subject.doc
        start = subject.i
        for child in subject.lefts:
            if child.dep_ in {"det", "amod", "compound", "poss", "nummod", "nmod"}:
                start = min(start, child.left_edge.i)
        end = subject.i + 1
        span = doc[start:end]
        if subject.pos_ == "PROPN":
            names = [t for t in span if t.pos_ == "PROPN" and t.lemma_.lower() not in ROLE_NOUNS
                     and not any(m.start <= t.i < m.end for m in self.context.mentions)]
            names = names or [subject]
            name, kind = " ".join(t.text for t in names), "person"
            # "Colonel Ronald Mugisha said ... 'These remnants ...,' Mugisha told reporters": a
            # family name alone is the person named in full before
            full = next((m for m in sorted(self.context.mentions, key=lambda m: -m.start)
                         if m.kind == "person" and m.start < start and family_name_of(name, m.name)), None)
            if full is not None:
                mention = ActorMention(start=start, end=end, start_char=span.start_char, end_char=span.end_char,
                                       text=span.text, name=full.name, kind="person", country=full.country,
                                       known=full.known)
                self.created.append(mention)
                return mention
        elif subject.lemma_.lower() in INSTITUTION_NOUNS and self.context.focus is not None:
            described = span[1:] if span[0].dep_ == "det" else span  # "the state prosecutor's office"
            title = " ".join(word[:1].upper() + word[1:] for word in described.text.split())
            name = f"{title} ({country_name(self.context.focus)})"
            kind = "government"
        else:
            lemma = subject.lemma_.lower()
            plural = subject.tag_ in PLURAL_TAGS
            name = f"{UNNAMED}{subject.lower_ if plural else lemma}"  # "families", not "familys"
            kind = "person" if lemma in ROLE_NOUNS and not plural else "other"
        for mention in self.created:  # the same unnamed source again
            if mention.name == name and mention.kind == kind:
                if mention.start == start:
                    return mention
        mention = ActorMention(
            start=start, end=end, start_char=span.start_char, end_char=span.end_char,
            text=span.text, name=name, kind=kind, country=self.context.focus if kind == "government" else None,
        )
        self.created.append(mention)
        if kind == "person":
            self.roles[start] = {subject.lemma_.lower()} & ROLE_NOUNS
        return mention
