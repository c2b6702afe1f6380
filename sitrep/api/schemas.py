"""The API's response and request shapes (pydantic), separate from the storage tables. Field names
follow the document record (``docs/data-model.md``)."""

from __future__ import annotations

from pydantic import BaseModel, Field, model_validator


class Evidence(BaseModel):
    text: str
    start: int = Field(description="Character offset into the article text")
    end: int


class ActorRef(BaseModel):
    id: str
    name: str
    kind: str
    country: str | None = None


class EventActor(ActorRef):
    role: str = Field(description="actor or target")


class PlaceOut(BaseModel):
    name: str
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    geonameid: int | None = None


class Fatalities(BaseModel):
    min: int | None = None
    max: int | None = None
    text: str


class ArticleRef(BaseModel):
    id: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None


class Spread(BaseModel):
    min: int | None = Field(None, description="The lowest figure any source gives")
    max: int | None = Field(None, description="The highest figure any source gives")


class SourceEvent(BaseModel):
    id: str
    date: str | None = None
    place: str | None = None
    fatalities: Fatalities | None = None
    evidence: str
    article: ArticleRef


class EventOut(BaseModel):
    id: str
    type: str = Field(description="PLOVER event type")
    mode: str | None = None
    acled_type: str | None = None
    acled_subtype: str | None = None
    date: str | None = Field(None, description="The event's own date, when resolved")
    when: str | None = Field(None, description="The date used for sorting and filtering: the event date, else the publication date")
    date_precision: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    place: PlaceOut | None = None
    fatalities: Fatalities | None = None
    injured: Fatalities | None = None
    reported_by: list[str]
    negated: bool
    hypothetical: bool
    evidence: Evidence
    pipeline_version: str
    actors: list[EventActor]
    targets: list[EventActor]
    article: ArticleRef
    cluster_id: str = Field(description="The merged event this event belongs to: the id of its first event")
    sources: int = Field(1, description="How many articles report the merged event")
    fatalities_spread: Spread | None = Field(None, description="Fatalities: the lowest and highest figure over all sources")
    source_events: list[SourceEvent] | None = Field(None, description="On /api/events/{id}: every source event of the merged event")


class EventPage(BaseModel):
    items: list[EventOut]
    next_cursor: str | None = Field(None, description="Pass as cursor for the next page; null on the last page")


class EventPoint(BaseModel):
    id: str
    lat: float
    lon: float
    type: str
    subtype: str | None = None
    place: str | None = None
    fatalities: int
    date: str | None = None
    article_id: str
    title: str | None = None
    sources: int = 1


class TimelineBucket(BaseModel):
    start: str = Field(description="First day of the bucket (YYYY-MM-DD; weeks start on Monday)")
    events: int
    fatalities: int


class ArticleFields(BaseModel):
    """The article metadata of the document record, shared by the list and the reader."""

    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None


class ArticleSummary(ArticleFields):
    events: int


class ArticlePage(BaseModel):
    items: list[ArticleSummary]
    next_cursor: str | None = None


class Mention(BaseModel):
    start: int
    end: int
    text: str


class DocumentActor(BaseModel):
    id: str
    name: str
    aliases: list[str]
    kind: str
    country: str | None = None
    mentions: list[Mention]


class DocumentEvent(BaseModel):
    id: str
    type: str
    mode: str | None = None
    acled_type: str | None = None
    acled_subtype: str | None = None
    actors: list[str]
    targets: list[str]
    place: PlaceOut | None = None
    date: str | None = None
    date_precision: str | None = None
    fatalities: Fatalities | None = None
    injured: Fatalities | None = None
    reported_by: list[str]
    negated: bool
    hypothetical: bool
    evidence: Evidence


class DocumentStatement(BaseModel):
    id: str
    kind: str
    speaker: str | None = None
    targets: list[str]
    quote: str | None = None
    direct: bool
    platform: str | None = None
    date: str | None = None
    evidence: Evidence


class DocumentRelation(BaseModel):
    id: str
    subject: str
    predicate: str
    object: str
    evidence: Evidence


class ArticleMeta(ArticleFields):
    text: str = Field(description="The article text as stored; every offset points into it")


class DocumentOut(BaseModel):
    """One article with everything extracted from it: the document record plus the text."""

    article: ArticleMeta
    actors: list[DocumentActor]
    events: list[DocumentEvent]
    statements: list[DocumentStatement]
    relations: list[DocumentRelation]
    pipeline_version: str


class StatementOut(BaseModel):
    id: str
    kind: str
    quote: str | None = None
    direct: bool
    platform: str | None = None
    date: str | None = None
    when: str | None = None
    speaker: ActorRef | None = None
    targets: list[ActorRef]
    evidence: Evidence
    article: ArticleRef


class StatementPage(BaseModel):
    items: list[StatementOut]
    next_cursor: str | None = None


class ActorOut(BaseModel):
    id: str
    name: str
    kind: str
    country: str | None = None
    aliases: list[str]
    mentions: int = Field(description="Mentions across all articles")
    events: int = Field(description="Events it takes part in, as actor or target")


class ActorPage(BaseModel):
    items: list[ActorOut]
    next_cursor: str | None = None


class RelationOut(BaseModel):
    id: str
    predicate: str
    subject: ActorRef | None
    object: ActorRef | None
    article_id: str
    evidence: Evidence


class RelationPage(BaseModel):
    items: list[RelationOut]
    next_cursor: str | None = None


class ActorProfile(BaseModel):
    actor: ActorOut
    relations: list[RelationOut]
    events: list[EventOut]
    statements: list[StatementOut]


class GraphNode(ActorRef):
    degree: int


class GraphEdge(BaseModel):
    source: str
    target: str
    label: str = Field(description="A relation predicate, or 'event' for actor → target in events")
    weight: int


class Graph(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]


class PlaceSummary(BaseModel):
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    geonameid: int | None = None
    events: int
    fatalities: int
    first: str | None = None
    last: str | None = None


class SnippetPart(BaseModel):
    text: str
    match: bool


class SearchHit(BaseModel):
    id: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    snippet: list[SnippetPart] = Field(description="The snippet in pieces; pieces with match=true matched the query")


class SearchResults(BaseModel):
    query: str
    articles: list[SearchHit]
    actors: list[ActorOut]


class Stats(BaseModel):
    articles: int
    actors: int
    events: int
    statements: int
    relations: int
    writable: bool = Field(description="Whether a write token is set (writing endpoints are enabled)")


class IngestRequest(BaseModel):
    """Give ``text`` (with optional metadata) or ``url`` (a page or an RSS/Atom feed)."""

    text: str | None = Field(None, max_length=2_000_000)
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://")
    title: str | None = Field(None, max_length=1000)
    source: str | None = Field(None, max_length=200)
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")

    @model_validator(mode="after")
    def _one_input(self) -> IngestRequest:
        if bool(self.text) == bool(self.url):
            raise ValueError("give exactly one of text or url")
        return self


class IngestError(BaseModel):
    origin: str
    reason: str


class IngestResult(BaseModel):
    read: int
    stored: int
    skipped: int
    article_ids: list[str]
    errors: list[IngestError]
