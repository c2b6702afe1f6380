"""Statement kinds: the reporting verb decides first, then the content ("ready to crush them" is
a threat even when the verb is "said"). The cue lexicon is the list of reporting verbs."""

from __future__ import annotations

import re

from spacy.tokens import Token

# lemma -> kind; STATEMENT verbs only report, the content may still make the statement a threat.
VERB_KINDS: dict[str, str] = {
    **dict.fromkeys(("accuse", "blame", "charge", "allege", "fault"), "ACCUSE"),
    **dict.fromkeys(("threaten", "warn"), "THREATEN"),
    **dict.fromkeys(("demand", "insist", "order", "ultimatum"), "DEMAND"),
    **dict.fromkeys(("urge", "appeal", "call", "ask", "plead", "implore", "request", "beg"), "APPEAL"),
    **dict.fromkeys(("deny", "reject", "dismiss", "refute", "rebuff", "disavow"), "DENY"),
    **dict.fromkeys(("pledge", "vow", "promise", "swear", "commit", "guarantee"), "PLEDGE"),
    **dict.fromkeys(("condemn", "denounce", "decry", "slam", "criticise", "criticize", "blast",
                     "deplore", "censure", "lambast", "rebuke"), "CONDEMN"),
    **dict.fromkeys(("claim", "boast", "assert", "maintain"), "CLAIM"),
    **dict.fromkeys(("praise", "welcome", "hail", "commend", "thank", "applaud", "salute"), "PRAISE"),
    **dict.fromkeys(("say", "tell", "state", "announce", "add", "write", "post", "tweet", "declare",
                     "report", "confirm", "note", "explain", "stress", "emphasise", "emphasize",
                     "argue", "acknowledge", "admit", "reveal", "disclose", "indicate", "predict",
                     "reiterate", "reply", "recall", "caution", "signal", "remark",
                     "underline", "suggest", "describe", "quote", "testify", "inform", "learn"),
                    "STATEMENT"),
}
# Verbs that report speech only with a clause or quote, never with a bare object ("told the truth"
# is not a statement, "told reporters that ..." is).
NEEDS_CONTENT = {"say", "add", "note", "explain", "stress", "emphasise", "emphasize", "argue",
                 "acknowledge", "admit", "reveal", "disclose", "indicate", "predict", "reiterate",
                 "reply", "recall", "signal", "remark", "underline", "suggest", "tell",
                 "report", "confirm", "state", "write", "post", "learn", "insist", "maintain",
                 "assert", "describe", "quote", "testify", "inform", "announce", "declare",
                 "caution", "order", "ask", "request", "charge"}

CONTENT_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("THREATEN", re.compile(
        r"\b(?:hold \w+(?: \w+)? (?:fully )?responsible|(?:would|will) (?:respond|retaliate|"
        r"strike|hit|target|attack|punish|avenge|hunt)|hunted down|(?:not )?go unpunished|"
        r"(?:will|would) be (?:destroyed|crushed|eliminated|wiped out|punished)|crush\w*|retaliat\w*|pay (?:a|the) (?:heavy |high |dear )?price|will (?:respond|"
        r"strike|hit|target|attack|destroy|burn|punish|avenge)|wipe (?:\w+ )?out|destroy (?:them|"
        r"you|it)|will regret|consequences|strike back|all options|will not hesitate|won't "
        r"hesitate|gates of hell|ready to (?:fight|strike|attack|crush|respond|confront|die)|"
        r"will be met with|no safe|legitimate targets?|revenge|avenge|annihilat\w*|"
        r"decisive(?:ly)? (?:response|respond)|harsh response|painful response)\b", re.I)),
    ("DENY", re.compile(
        r"\b(?:not involved|no involvement|no role|nothing to do with|no connection|baseless|"
        r"fabricat\w+|unfounded|false (?:claims?|reports?|allegations?|accusations?)|"
        r"categorically|no truth|lies and|never (?:attacked|targeted|used|carried out)|"
        r"did not (?:attack|target|carry out|fire|strike)|denied)\b", re.I)),
    ("CONDEMN", re.compile(
        r"\b(?:condemn\w*|denounc\w+|heinous|barbaric|cowardly|outrage\w*|atrocit\w+|"
        r"unacceptable|deplor\w+|flagrant|blatant|violation of (?:\w+ )?sovereignty)\b", re.I)),
    ("ACCUSE", re.compile(
        r"\b(?:responsible for|behind (?:the|this|these|that) \w+|war crimes?|crimes? against|"
        r"massacre\w*|genocide|ethnic cleansing|(?:is|are|was|were) (?:deliberately )?"
        r"(?:targeting|killing|shelling|bombing)|violat\w+|breach\w* (?:of )?the|terroris[tm]s?\b|"
        r"lie[sd]?\b|lying)", re.I)),
    ("DEMAND", re.compile(
        r"\b(?:must (?:stop|withdraw|end|release|leave|immediately|be held)|demand\w*|"
        r"should immediately|ultimatum|have to (?:stop|withdraw|leave))\b", re.I)),
    ("APPEAL", re.compile(
        r"\b(?:call(?:ed|s)? (?:on|upon|for)|urg(?:e|ed|es)|appeal\w*|we ask|plea)\b", re.I)),
    ("PLEDGE", re.compile(
        r"\b(?:we will (?:continue|not stop|keep|never|rebuild|protect|defend|stand)|"
        r"will continue to|committed to|vow\w*|pledge\w*|promise\w*|will not (?:stop|abandon|"
        r"surrender|give up))\b", re.I)),
    ("CLAIM", re.compile(
        r"\b(?:claim\w* responsibility|(?:we|our (?:forces|fighters|units)) (?:killed|destroyed|"
        r"shot down|downed|captured|targeted|struck|hit|seized|took control))\b", re.I)),
    ("PRAISE", re.compile(r"\b(?:heroic|heroes|we thank|grateful|praise\w*|salute)\b", re.I)),
)


def cue_lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    if lemma == "tweet" or token.lower_.startswith("tweet"):
        return "tweet"
    return lemma


def verb_kind(token: Token) -> str | None:
    """The kind a reporting verb names, or None when the verb does not report speech here."""
    lemma = cue_lemma(token)
    kind = VERB_KINDS.get(lemma)
    if kind is None:
        return None
    if lemma == "call" and not any(c.lower_ in {"on", "for", "upon"} for c in token.children):
        # "calling the raid a violation" says something of the raid; "called the strike" does not
        deps = {c.dep_ for c in token.children}
        return "STATEMENT" if "dobj" in deps and deps & {"oprd", "xcomp", "ccomp", "attr"} else None
    if lemma == "commit" and not any(c.lower_ == "to" or c.dep_ == "xcomp" for c in token.children):
        return None  # "committed war crimes"
    if lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in token.children):
        return None  # "the blast claimed 12 lives"
    if lemma == "ask" and not any(c.dep_ in {"xcomp", "ccomp", "dobj"} for c in token.children):
        return None
    return kind


def content_kind(text: str) -> str | None:
    for kind, pattern in CONTENT_CUES:
        if pattern.search(text):
            return kind
    return None


def statement_kind(verb_kind_: str, content: str, *, lemma: str = "") -> str:
    """The verb's kind, unless the verb only reports (or pledges) and the content says more."""
    if verb_kind_ == "PLEDGE" and content_kind(content) == "THREATEN":
        return "THREATEN"  # "vowed that the army would respond"
    if verb_kind_ == "STATEMENT" or lemma == "warn":
        found = content_kind(content)
        if found is not None:
            return found
        return "THREATEN" if lemma == "warn" and re.search(r"\b(?:will|would)\b", content) else (
            "STATEMENT" if lemma == "warn" else verb_kind_)
    return verb_kind_


HOSTILE_LEMMAS = {"respond", "retaliate", "strike", "attack", "target", "hit", "punish", "hold",
                  "avenge", "destroy", "crush", "fight", "eliminate", "hunt", "bomb", "shell"}
READY_WORDS = {"ready", "prepared", "determined", "willing", "set"}
FUTURE_AUX = {"will", "would", "'ll", "shall", "wo"}


def self_report_kind(root: Token) -> str:
    """What a speaker says of its own side ("it had carried out the strike", "its fighters would
    leave"): a CLAIM of what it did, a PLEDGE or THREATEN of what it will do, a DENY of what it
    did not do."""
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in root.children) or any(
        c.dep_ in {"acomp", "xcomp"} and c.lemma_.lower() in READY_WORDS for c in root.children
    ) or root.lemma_.lower() in {"plan", "intend", "continue"} and root.tag_ in {"VBZ", "VBP"}
    negated = any(c.dep_ == "neg" for c in root.children)
    if future:
        hostile = root.lemma_.lower() in HOSTILE_LEMMAS
        return "THREATEN" if hostile else "PLEDGE"
    return "DENY" if negated else "CLAIM"
