"""Reporting verbs ("cues") and what hangs on them: which verbs report speech here, the quote a
cue introduces or follows, the content of indirect speech, and "according to X"."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from sitrep.extract.speech.kinds import CLAIM_NOUNS, NAMING_LEMMAS, NEEDS_CONTENT, PROPOSAL_NOUNS, cue_lemma, verb_kind
from sitrep.extract.speech.quotes import Quote

AFTER_WINDOW = 14  # tokens after a closing mark in which "he said" is looked for
SPEECH_CLOSE = (",", "?", "!", "—", "–", "-", "…")
CONTENT_DEPS = {"ccomp", "xcomp"}
OBJECT_BOUND = {"reject", "dismiss", "rebuff", "dispute", "contest", "contradict", "repudiate"}
ACT_NOUNS = {"attack", "strike", "killing", "raid", "bombing", "shelling", "massacre", "assault", "ambush",
             "abduction", "kidnapping", "incursion", "offensive", "airstrike", "blast", "bombardment",
             "execution", "aggression", "arrest", "detention", "decision", "move", "operation",
             "invasion", "incident", "act", "crackdown", "ban", "sentence", "verdict", "raids", "strikes",
             "blockade", "siege", "lockdown", "curfew", "expulsion", "deportation", "occupation", "annexation",
             "demolition", "shutdown", "announcement", "declaration"}
SPEECH_NOUNS = {"claim", "accusation", "allegation", "report", "charge", "figure", "statement", "toll",
                "tally", "number", "casualty", "estimate", "figures",
                "assertion", "account", "suggestion", "remark", "comment", "rumour", "rumor",
                "assessment", "version", "narrative", "story", "finding", "conclusion", "idea"}

# what a side disowns when it "rejects any role" or "dismisses any link": a denial, not a refusal
DISOWNED_NOUNS = {"role", "involvement", "responsibility", "link", "links", "connection", "part", "hand",
                  "participation", "complicity", "ties", "wrongdoing", "presence"}


class QuoteIndex:
    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self.opens = [q.open for q in quotes]

    def at(self, offset: int) -> Quote | None:
        index = bisect.bisect_right(self.opens, offset) - 1
        if index >= 0 and self.quotes[index].open <= offset < self.quotes[index].outer_end:
            return self.quotes[index]
        return None


# speech verbs that also tell a blow landing ("slammed into", "blasted through")
IMPACT_SENSES = {"slam", "blast", "hit", "lash"}


def is_cue(token: Token, quotes: QuoteIndex) -> bool:
    if token.pos_ != "VERB" or verb_kind(token) is None or quotes.at(token.idx) is not None:
        return False
    if claimed_by(token) is not None:
        return True  # "in an attack claimed by the BLA", "responsibility was claimed by X"
    if token.dep_ in {"amod", "compound"} or any(c.dep_ == "auxpass" for c in token.children):
        return token.lemma_ == "quote"
    if token.tag_ == "VBN" and token.dep_ in {"acl", "amod"} and not misread_main_verb(token):
        return False  # "a drone attack blamed on the RSF": no speaker
    if any(c.dep_ == "neg" for c in token.children) and verb_kind(token) != "DENY":
        return False
    if token.lemma_.lower() in IMPACT_SENSES and any(
            c.dep_ == "prep" and c.lower_ in {"into", "onto", "through"} for c in token.children):
        return False  # "missiles slammed into the city": an impact, not a rebuke
    if any(c.dep_ in {"nsubj", "nsubjpass"} and any(d.lower_ in {"no", "neither"} for d in c.children)
           for c in token.children):
        return False  # "no group claimed responsibility"
    if cue_lemma(token) in OBJECT_BOUND and not _speech_object(token):
        return False
    if _refusal(token) and _background_refusal(token):
        return False
    if _describes_speaker(token):
        return False
    if _asked_of_others(token):
        return False
    return True


def claimed_by(verb: Token) -> Token | None:
    """The claimant of a passive claim ("an attack claimed by the BLA"): the agent's object."""
    if verb.lemma_ != "claim" or verb.tag_ != "VBN":
        return None
    for child in verb.children:
        if child.dep_ == "agent":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def claimed_in_passive(verb: Token) -> list[Token]:
    """What a passive claim claims: its subject ("the bombing was claimed by X"), else the noun
    the participle modifies ("an attack claimed by the BLA")."""
    return [c for c in verb.children if c.dep_ == "nsubjpass"] or ([verb.head] if verb.dep_ == "acl" else [])


def misread_main_verb(verb: Token) -> bool:
    """ "The RSO, which has recruited hundreds ..., accused ARSA of ...": after a long relative
    clause the parser may read the main verb as a participle of its subject, left as the root. A
    participle with a direct object of its own is no passive one: it is the sentence's verb."""
    return verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"} and verb.head.dep_ == "ROOT" and \
        verb.head.pos_ in {"NOUN", "PROPN"} and (verb.tag_ == "VBD" or any(c.dep_ == "dobj" for c in verb.children))


def _asked_of_others(token: Token) -> bool:
    """ "urged the movement to stop threatening shipping", "called on them to condemn": what
    someone is asked to say or stop saying is not said."""
    head = token.head
    if token.dep_ == "xcomp" and head.lemma_.lower() in {"stop", "cease", "quit", "refrain", "avoid"}:
        return True
    while head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head
    return token.dep_ in {"xcomp", "ccomp"} and head.i != token.i and verb_kind(head) in {"APPEAL", "DEMAND"}


def _describes_speaker(token: Token) -> bool:
    """ "Zaïre, a militia that claims to protect the Hema, vowed revenge"; "The PKK, which
    announced last year that it would disarm, said ...": a relative clause on the subject of
    another reporting verb describes the speaker; the news is what the main verb reports."""
    if token.dep_ != "relcl":
        return False
    if any(c.dep_ == "nsubj" and c.lower_ not in {"which", "that", "who"} for c in token.children):
        return False  # "the BIFF, whose leader the military accuses of ...": another speaker's words
    noun = token.head
    while noun.dep_ == "appos":
        noun = noun.head
    return noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and verb_kind(noun.head) is not None


REFUSAL_LEMMAS = {"refuse", "boycott", "rule out", "turn down", "offer", "propose"}
BACKGROUND_MARKS = {"after", "if", "when", "because", "since", "until", "unless", "before", "as", "once", "while"}


def _refusal(token: Token) -> bool:
    """A refusal or an offer put to another side ("rejected the truce", "refused to sign",
    "offered to mediate"), not a denial of words."""
    lemma = cue_lemma(token)
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if token.dep_ in {"relcl", "acl"}:
        objects.append(token.head)  # "a charge Kyiv dismissed"
    return lemma in REFUSAL_LEMMAS or lemma in OBJECT_BOUND and not any(
        o.lemma_.lower() in SPEECH_NOUNS | DISOWNED_NOUNS for o in objects) and not any(
        c.dep_ in {"ccomp", "xcomp"} or c.dep_ == "prep" and c.lower_ == "as" for c in token.children)


def _background_refusal(token: Token) -> bool:
    """A refusal told as background or as the cause of an act, not as what a side says now:
    "a faction that has rejected calls to disarm", "the dissidents who rejected the 2016 peace
    deal", "killed after they refused to surrender", "have refused to hand them over"."""
    if token.dep_ in {"relcl", "acl"}:
        return True
    if token.dep_ == "advcl" and cue_lemma(token) != "offer" and any(
            c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in token.children):
        return True
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children) and cue_lemma(token) in {"refuse", "offer"}:
        return True
    if verb_kind(token) == "THREATEN":
        return False  # "offered 500 million pesos for the capture of X": a price on a head
    return any(c.dep_ == "dobj" and any(m.like_num or m.ent_type_ == "DATE" for m in c.children
                                        if m.dep_ in {"nummod", "compound", "amod", "nmod"})
               for c in token.children)  # "rejected the 2016 peace deal"


def _speech_object(token: Token) -> bool:
    """ "rejected the accusations", "dismissed as propaganda": a denial of words; "rejected the
    truce", "dismissed the offer": a refusal of what another side put forward. An accord already
    made is neither ("rejected the peace accord" is no statement)."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if token.dep_ == "relcl" and not objects:
        objects = [token.head]
    if any(c.dep_ in {"ccomp", "xcomp"} or c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "as" for m in c.children) for c in token.children):
        return True  # "rejected the toll as fabricated"
    # "rejected the truce", "dismissed the offer": a refusal of what another side put forward
    return any(o.lemma_.lower() in SPEECH_NOUNS | PROPOSAL_NOUNS | DISOWNED_NOUNS for o in objects)


def content_root(content: Span, cue: Token) -> Token:
    """The head of what was said: the cue's own child inside the content (its clause before a
    phrase such as "on Wednesday" that the content span also covers), else the span's root."""
    inside = [child for child in cue.children if content.start <= child.i < content.end]
    clause = next((child for child in inside if child.dep_ in {"ccomp", "xcomp"}), None)
    if clause is not None and inside[0].dep_ in {"prep", "npadvmod", "advmod"}:
        return clause
    return inside[0] if inside else content.root


def according_to(token: Token) -> Token | None:
    """ "according to X": the token heading X."""
    if token.lower_ != "according":
        return None
    for child in token.children:
        if child.lower_ == "to":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def cue_for(quote: Quote, doc: Doc, cues: dict[int, Token], quotes: QuoteIndex) -> Token | None:
    before_mark = doc.text[quote.open + 1 : quote.close].rstrip()[-1:]
    closing = before_mark in SPEECH_CLOSE or not quote.closed
    after = doc.char_span(quote.outer_end, len(doc.text), alignment_mode="expand")
    if after is not None and quote.closed:
        following = after.text.lstrip()[:1]
        if closing or following.islower():
            for token in after[:AFTER_WINDOW]:
                if token.text in {".", "!", "?"} or quotes.at(token.idx):
                    break
                if token.i in cues:
                    return cues[token.i]
    first = doc.char_span(quote.open, quote.open + 1, alignment_mode="expand")
    if first is None:
        return None
    sentence = first[0].sent
    for token in reversed(doc[sentence.start : first[0].i]):
        if token.i in cues and quotes.at(token.idx) is None:
            return cues[token.i]
    return None


def _clause_on_channel(cue: Token) -> Token | None:
    """ "said in a statement that its forces had ...", "told a news conference that ...": the
    parser often hangs the reported clause on the channel noun; it is what the cue reports."""
    channels = [c for c in cue.children if c.dep_ == "dobj"]
    # where it was said ("in a statement"), then through what ("through its Amaq outlet")
    for prepositions in ({"in", "at", "on", "during", "to"}, {"through", "via"}):
        channels.extend(c for prep in cue.children if prep.dep_ == "prep" and prep.lower_ in prepositions
                        for c in prep.children if c.dep_ == "pobj")
    for channel in channels:
        for clause in channel.children:
            if clause.dep_ in {"acl", "relcl", "ccomp"} and clause.pos_ in {"VERB", "AUX"} and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
            ) or clause.dep_ == "acl" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
                return clause
            if clause.dep_ == "prep" and clause.lower_ == "of" and channel.head.dep_ == "prep" and any(
                    c.dep_ == "pcomp" and c.tag_ == "VBG" for c in clause.children):
                return clause  # "boasted through its Amaq agency of killing dozens"
    return None


def _denied_report(cue: Token) -> Token | None:
    """ "…, a claim the ministry denied": the report noun the parser made a second subject."""
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if verb_kind(cue) == "DENY" and len(subjects) > 1 and subjects[0].lemma_.lower() in SPEECH_NOUNS:
        return subjects[0]
    return None


def _sent_somewhere(cue: Token) -> bool:
    """ "ordered the militias back to their barracks", "ordered residents out of the city"."""
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    return bool(objects) and any(
        c.dep_ in {"advmod", "prt", "prep"} and c.lower_ in {"back", "out", "home", "away", "off"}
        for holder in (cue, *objects) for c in holder.children
    )


def content_span(cue: Token) -> Span | None:
    span = _content_span(cue)
    return _without_reaction(span) if span is not None else None


def _content_span(cue: Token) -> Span | None:
    doc = cue.doc
    if cue_lemma(cue) in NAMING_LEMMAS and verb_kind(cue) == "STATEMENT":  # "calling the raid a violation"
        objects = [c for c in cue.children if c.dep_ == "dobj"]
        start = objects[0].left_edge.i if objects else cue.i + 1
        # up to the next verb of a list ('called the ambush "cowardly", praised ...')
        end = max((c.right_edge.i for c in cue.children if c.i > cue.i and not (
            c.dep_ in {"conj", "dep", "cc"} or c.dep_ == "punct" and c.i > start)), default=cue.i) + 1
        while end > start + 1 and doc[end - 1].is_punct:
            end -= 1  # the sentence's full stop hangs on the verb
        return doc[start:end]
    for child in cue.children:
        if child.dep_ in CONTENT_DEPS or child.dep_ == "prep" and child.lower_ in {"of", "for", "about"}:
            return doc[child.left_edge.i : child.right_edge.i + 1]
        if child.dep_ == "prep" and child.lower_ == "as" and verb_kind(cue) in {"DENY", "CONDEMN"} and not any(
                c.dep_ == "dobj" for c in cue.children):
            return doc[child.left_edge.i : child.right_edge.i + 1]  # "a charge X dismissed as baseless"
        if child.dep_ == "advcl" and (verb_kind(cue) in {"APPEAL", "DEMAND", "THREATEN", "PLEDGE"} or cue_lemma(
                cue) in {"claim", "deny"} and child.tag_ == "VBN") and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            # "pleaded with X to free ...", "claimed through its outlet to have killed ..."
            return doc[child.left_edge.i : child.right_edge.i + 1]
    if cue_lemma(cue) == "quote":  # "X was quoted as saying that ...": what the saying reports
        for prep in cue.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                for saying in prep.children:
                    if saying.dep_ == "pcomp" and saying.pos_ == "VERB" and saying.i != cue.i:
                        return _content_span(saying)
    clause = _clause_on_channel(cue)
    if clause is not None:
        return doc[clause.left_edge.i : clause.right_edge.i + 1]
    denied = _denied_report(cue)
    if denied is not None:  # "a claim Ukraine's military denied"
        return doc[denied.left_edge.i : denied.i + 1]
    if cue_lemma(cue) == "order" and _sent_somewhere(cue):  # "ordered both groups back to barracks"
        return doc[cue.i + 1 : cue.right_edge.i + 1]
    if cue_lemma(cue) not in NEEDS_CONTENT:
        for child in cue.children:
            if child.dep_ == "dobj":
                return doc[child.left_edge.i : child.right_edge.i + 1]
    if cue.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in cue.children):
        head = cue.head  # "a figure the government rejected as propaganda"
        return doc[head.left_edge.i : head.i + 1]
    if cue.dep_ == "parataxis":  # "Israel, he said, broke the truce"
        return cue.sent
    return None


def _without_reaction(content: Span) -> Span:
    """ "said two men had been executed, an accusation the commander called propaganda": the
    reaction hung on the content is another speaker's statement, not part of this one."""
    doc = content.doc
    for token in content:
        if token.lemma_.lower() in CLAIM_NOUNS and token.i > content.start and any(
                c.dep_ == "relcl" and verb_kind(c) is not None for c in token.children):
            end = token.left_edge.i
            while end > content.start and (doc[end - 1].is_punct and doc[end - 1].text not in {'"', "”", "’"}):
                end -= 1
            return doc[content.start : end] if end > content.start else content
    return content


def clauses_of(content: Span, cue: Token) -> list[Span]:
    """The clauses of indirect content joined by "and" that each have their own subject ("said
    the withdrawal was tactical and that the army would retake the town"): each may be a
    different act. Joined verbs sharing one subject ("had surrendered and would be treated")
    and joined reporting verbs (statements of their own) stay in one clause."""
    doc = content.doc
    root = content_root(content, cue)
    joined = [
        c for c in root.children
        if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and content.start <= c.i < content.end
        and verb_kind(c) is None and any(d.dep_ in {"nsubj", "nsubjpass", "expl"} for d in c.children)
    ]
    if content.start > cue.i:  # "said it was aware of reports and would investigate": the
        # parser joins the second verb to the reporting verb; the speaker does it
        joined.extend(c for c in cue.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > content.end
                      and verb_kind(c) is None and not any(d.dep_ in {"nsubj", "nsubjpass"} for d in c.children)
                      and any(d.dep_ == "aux" and d.lower_ in {"will", "would", "'ll", "shall"} for d in c.children))
    if not joined:
        return [content]
    end = joined[0].left_edge.i
    while end > content.start and doc[end - 1].dep_ in {"cc", "punct"}:
        end -= 1
    clauses = [doc[content.start : end]] if end > content.start else []
    clauses.extend(doc[c.left_edge.i : c.right_edge.i + 1] for c in joined)
    return clauses


def names_a_charge(cue: Token) -> bool:
    """ "called the claim “disinformation”", "described the charge as reflexive": what a side
    calls another's charge, whatever the words, answers it (a denial)."""
    objects = [c for c in cue.children if c.dep_ in {"dobj", "oprd"}]
    if cue.dep_ == "relcl" and cue.head.lemma_.lower() in CHARGE_NOUNS and not any(o.dep_ == "dobj" for o in objects):
        return True  # "a charge the ministry called “irresponsible”"
    return any(o.dep_ == "dobj" and o.lemma_.lower() in CHARGE_NOUNS or any(
        c.dep_ in {"nmod", "compound"} and c.i < o.i and c.lemma_.lower() in CHARGE_NOUNS for c in o.children)
        for o in objects)


# what one side says of another, as the object of a naming verb
CHARGE_NOUNS = {"claim", "claims", "accusation", "allegation", "charge", "charges", "assertion", "account", "version"}


def names_an_act(cue: Token) -> bool:
    """ "called the attack a provocation": what the speaker names is an act, and naming an act
    this way condemns it (naming a group, "called Hamas terrorists", accuses)."""
    # (of two objects, 'calling it "a deliberate attack"', the first is what is named)
    named = next((c for c in cue.children if c.dep_ == "dobj"), None)
    return named is not None and named.lemma_.lower() in ACT_NOUNS


def names_it(cue: Token) -> bool:
    """ "accused Radaa of shelling homes, calling it a crime": "it" is the act the charge it goes
    on from tells (after a plain report, "the governor said ..., calling it a deliberate attack",
    the naming is the charge itself)."""
    return cue.dep_ == "advcl" and cue.tag_ == "VBG" and verb_kind(cue.head) in {"ACCUSE", "CONDEMN"} and any(
        c.dep_ == "dobj" and c.lower_ in {"it", "this"} for c in cue.children)
