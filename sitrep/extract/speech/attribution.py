"""Statements of one article: reporting verbs ("cues") and quotations, joined into statements.

A quote is attributed to the cue in its own sentence: after it (``"…," he said``), else before it
(``He said: "…"``); the two halves of a split quote share the cue between them. A quote with no
cue continues the statement just before it. A cue without a quote is indirect speech when it
has content (a clause, "accused X of …", "denied the report") — "according to X" included.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from sitrep.extract.context import ArticleContext
from sitrep.extract.mentions import ActorMention
from sitrep.extract.speech.cues import (
    QuoteIndex,
    according_to,
    content_root,
    content_span,
    cue_for,
    is_cue,
)
from sitrep.extract.speech.kinds import (
    NEEDS_CONTENT,
    cue_lemma,
    self_report_kind,
    statement_kind,
    verb_kind,
)
from sitrep.extract.speech.platforms import platform_of
from sitrep.extract.speech.quotes import Quote, find_quotes
from sitrep.extract.speech.speakers import Speakers, subject_of
from sitrep.extract.speech.targets import TargetFinder
from sitrep.model import Evidence, Statement, stable_id

QUOTE_CHAINING = 600  # characters: a speakerless quote this close continues the statement before
TARGET_DEPS = {"dobj", "iobj", "dative"}
TARGET_PREPS = {"against", "on", "upon", "at", "to"}
SELF_PRONOUNS = {"it", "they", "we", "he", "she", "i"}
SELF_POSSESSIVES = {"its", "their", "our", "his", "her", "my"}
SELF_NOUNS = {"group", "movement", "organisation", "organization", "army", "military", "ministry",
              "government", "coalition", "militia", "alliance", "rebels", "forces"}


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

    def units(self) -> list[Unit]:
        cues = {t.i: t for t in self.doc if is_cue(t, self.quotes)}
        self._cue_index = cues
        by_cue: dict[int, Unit] = {}
        units: list[Unit] = []
        for quote in self.all_quotes:
            if not quote.is_speech():
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
        last: tuple[Statement, ActorMention] | None = None
        for unit in self.units():
            if unit.cue is None:
                if last is None or unit.quotes[0].open - last[0].evidence.end > QUOTE_CHAINING:
                    continue
                speaker = last[1]
            else:
                subject = unit.speaker_token or subject_of(unit.cue)
                speaker = self.speakers.resolve(subject) if subject is not None else None
                if speaker is None:
                    continue
                self.targets.heard(unit.position, speaker)
            statement = self._statement(unit, speaker)
            if statement is not None:
                if unit.cue is not None:
                    self._produced.add(unit.cue.i)
                statements.append(statement)
                self.speakers.heard(speaker)
                last = (statement, speaker)
        return statements

    def _statement(self, unit: Unit, speaker: ActorMention) -> Statement | None:
        cue = unit.cue
        content: Span | None = None
        if cue is not None and not unit.quotes:
            if unit.speaker_token is not None:
                content = cue.sent
            else:
                content = content_span(cue)
                if content is None and not self._has_object(cue):
                    return None
        direct = bool(unit.quotes)
        if direct:
            quote_text = " … ".join(q.text for q in unit.quotes)
        elif content is not None:
            quote_text = self._clean(content)
        else:
            quote_text = None
        judged = quote_text if direct or content is None else self._own_words(content, cue)
        evidence = self._evidence(unit, cue)
        attribution = self._attribution_text(unit, evidence)
        lemma = cue_lemma(cue) if cue is not None and unit.speaker_token is None else ""
        base = verb_kind(cue) if lemma else "STATEMENT"
        kind = statement_kind(base or "STATEMENT", attribution if judged is None else judged, lemma=lemma)
        if kind == "STATEMENT" and not direct:
            # a source vouching for a report ("..., the Observatory said") is the event's
            # reported_by, not a statement; what a speaker says of its own side is one
            if content is None or cue is None:
                return None  # nothing said that could be about the speaker's own side
            root = content_root(content, cue)
            if root.i < cue.i or cue_lemma(cue) == "call" or not self._is_self(content, root, speaker):
                return None
            kind = self_report_kind(root)
            if cue.dep_ == "advcl" and cue.head.i in self._produced:
                return None  # "denied losing the town, saying its fighters had redeployed"
        return Statement(
            id=stable_id("statement", self.context.article.id, unit.position),
            kind=kind,
            speaker=speaker.actor_id,
            targets=self._targets(unit, content, speaker, kind),
            quote=quote_text,
            direct=direct,
            platform=platform_of(attribution),
            date=self._date(unit, content),
            evidence=evidence,
        )

    def _own_words(self, content: Span, cue: Token | None) -> str:
        """The content without what other reporting verbs inside it report: in "said it had
        pulled out and accused X of ...", the accusation is a statement of its own."""
        skip: set[int] = set()
        for token in content:
            if token is not cue and token.dep_ == "conj" and token.i in self._cue_index:
                skip.update(t.i for t in token.subtree)
        return "".join(t.text_with_ws for t in content if t.i not in skip).strip()

    def _is_self(self, content: Span, root: Token, speaker: ActorMention) -> bool:
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
            if any(c.dep_ == "poss" and c.lower_ in SELF_POSSESSIVES for c in subject.children):
                return True
            if subject.lemma_.lower() in SELF_NOUNS and any(c.lower_ == "the" for c in subject.children):
                return True
            mention = self.context.actor_at(subject)
            return mention is not None and mention.actor_id == speaker.actor_id
        return False

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
