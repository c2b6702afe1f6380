"""What every extractor of one article shares: the spaCy Doc, the article, its actor mentions and
resolved date phrases. Built once per article by ``extract.document``."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from sitrep.extract.mentions import ActorMention, mention_at
from sitrep.model import Article, Evidence
from sitrep.resolve.dates import ResolvedDate, resolve_date

PLACE_LABELS = {"GPE", "LOC", "FAC"}


@dataclass(slots=True)
class ArticleContext:
    article: Article
    doc: Doc
    mentions: list[ActorMention]
    focus: str | None
    _dates: dict[int, ResolvedDate | None] = field(default_factory=dict)

    def actor_at(self, token: Token) -> ActorMention | None:
        return mention_at(self.mentions, token)

    def actors_of_phrase(self, token: Token) -> list[ActorMention]:
        """The actor a phrase names, and those of its conjuncts ("the army and allied militias").

        A head that names no actor itself takes the group it belongs to: "factions of the Syrian
        National Army", "forces loyal to the council" — not its backer ("Turkish-backed").
        """
        found = []
        for head in (token, *token.conjuncts):
            mention = self._owner_of(head) or self.actor_at(head)
            if mention is not None and mention not in found:
                found.append(mention)
        return found

    def _owner_of(self, head: Token) -> ActorMention | None:
        if mention_at(self.mentions, head) is not None and any(
            m.start <= head.i < m.end for m in self.mentions
        ):
            return None  # the head itself is (part of) an actor's name
        for child in head.children:
            if child.dep_ in {"prep", "amod", "acl"} and child.lower_ in {"of", "from", "loyal", "within"}:
                for owner in child.subtree:
                    if owner.dep_ == "pobj":
                        mention = next((m for m in self.mentions if m.start <= owner.i < m.end), None)
                        if mention is not None:
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
        dates.sort(key=lambda ent: abs(ent.root.i - near.i))
        for ent in dates:
            resolved = self.date_of(ent, future)
            if resolved is not None:
                return resolved
        return None
