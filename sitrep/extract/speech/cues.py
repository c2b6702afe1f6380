"""Reporting verbs ("cues") and what hangs on them: which verbs report speech here, the quote a
cue introduces or follows, the content of indirect speech, and "according to X"."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from sitrep.extract.speech.kinds import NEEDS_CONTENT, cue_lemma, verb_kind
from sitrep.extract.speech.quotes import Quote

AFTER_WINDOW = 14  # tokens after a closing mark in which "he said" is looked for
SPEECH_CLOSE = (",", "?", "!", "—", "–", "-", "…")
CONTENT_DEPS = {"ccomp", "xcomp"}
OBJECT_BOUND = {"reject", "dismiss", "rebuff"}
SPEECH_NOUNS = {"claim", "accusation", "allegation", "report", "charge", "figure", "statement",
                "assertion", "account", "suggestion", "remark", "comment", "rumour", "rumor",
                "assessment", "version", "narrative", "story", "finding", "conclusion", "idea"}


class QuoteIndex:
    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self.opens = [q.open for q in quotes]

    def at(self, offset: int) -> Quote | None:
        index = bisect.bisect_right(self.opens, offset) - 1
        if index >= 0 and self.quotes[index].open <= offset < self.quotes[index].outer_end:
            return self.quotes[index]
        return None


def is_cue(token: Token, quotes: QuoteIndex) -> bool:
    if token.pos_ != "VERB" or verb_kind(token) is None or quotes.at(token.idx) is not None:
        return False
    if token.dep_ in {"amod", "compound"} or any(c.dep_ == "auxpass" for c in token.children):
        return token.lemma_ == "quote"
    if token.tag_ == "VBN" and token.dep_ in {"acl", "amod"}:
        return False  # "a drone attack blamed on the RSF": no speaker
    if any(c.dep_ == "neg" for c in token.children) and verb_kind(token) != "DENY":
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} and any(d.lower_ in {"no", "neither"} for d in c.children)
           for c in token.children):
        return False  # "no group claimed responsibility"
    if cue_lemma(token) in OBJECT_BOUND and not _speech_object(token):
        return False
    return True


def _speech_object(token: Token) -> bool:
    """ "rejected the accusations", "dismissed as propaganda": a denial of words, not a refusal
    of a plan ("rejected the peace accord" is no statement)."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if token.dep_ == "relcl" and not objects:
        objects = [token.head]
    if any(c.dep_ in {"ccomp", "xcomp"} or c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return True
    return any(o.lemma_.lower() in SPEECH_NOUNS for o in objects)


def content_root(content: Span, cue: Token) -> Token:
    """The head of what was said: the cue's own child inside the content, else the span's root."""
    for child in cue.children:
        if content.start <= child.i < content.end:
            return child
    return content.root


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


def content_span(cue: Token) -> Span | None:
    doc = cue.doc
    if cue_lemma(cue) == "call" and verb_kind(cue) == "STATEMENT":  # "calling the raid a violation"
        objects = [c for c in cue.children if c.dep_ == "dobj"]
        return doc[objects[0].left_edge.i : cue.right_edge.i + 1]
    for child in cue.children:
        if child.dep_ in CONTENT_DEPS or child.dep_ == "prep" and child.lower_ in {"of", "for", "about"}:
            return doc[child.left_edge.i : child.right_edge.i + 1]
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
