"""Stores for the API and UI tests: the demo corpus run through the real pipeline (built once per
session), plus one hand-made hostile article whose title, text, actor names and place carry
HTML/script payloads."""

from __future__ import annotations

from sitrep.cli.demo import sample_path
from sitrep.batch import ingest
from sitrep.model import Actor, Article, Document, Event, Evidence, Fatalities, Mention, Place, Relation, Statement
from sitrep.store import Store

IMG_PAYLOAD = "<img src=x onerror=\"window.__xss='img'\">"
SCRIPT_PAYLOAD = "<script>window.__xss='script'</script>"
HOSTILE_TITLE = f"Hostile {SCRIPT_PAYLOAD} title {IMG_PAYLOAD}"
HOSTILE_ACTOR = f"{IMG_PAYLOAD} Brigade"
HOSTILE_PLACE = f"{SCRIPT_PAYLOAD}ville"
_PREFIX = "The so-called "
_ATTACK = f" shelled the town of {HOSTILE_PLACE} on Monday, killing 3 people. "
_QUOTE = f"A spokesman said {SCRIPT_PAYLOAD} and denied it."
HOSTILE_TEXT = _PREFIX + HOSTILE_ACTOR + _ATTACK + _QUOTE

_demo_cache: dict[str, str] = {}


def hostile_document() -> Document:
    text = HOSTILE_TEXT
    actor_start = len(_PREFIX)
    actor_end = actor_start + len(HOSTILE_ACTOR)
    sentence_end = text.index("people.") + len("people.")
    quote_start = text.index("A spokesman")
    actor = Actor(id="actor-hostile000001", name=HOSTILE_ACTOR, kind="armed_group", country="SYR",
                  aliases=[SCRIPT_PAYLOAD], mentions=[Mention(actor_start, actor_end, HOSTILE_ACTOR)])
    victims = Actor(id="actor-hostile000002", name=f"{SCRIPT_PAYLOAD} civilians", kind="civilians",
                    mentions=[Mention(text.index("people"), text.index("people") + 6, "people")])
    event = Event(
        id="event-hostile000001", type="ASSAULT", mode="artillery", acled_type="Explosions/Remote violence",
        acled_subtype="Shelling/artillery/missile attack", actors=[actor.id], targets=[victims.id],
        place=Place(name=HOSTILE_PLACE, country="SYR", lat=35.0, lon=38.0, precision="exact"),
        date="2026-09-14", date_precision="day", fatalities=Fatalities(3, 3, "killing 3 people"),
        evidence=Evidence(text[0:sentence_end], 0, sentence_end),
    )
    statement = Statement(id="statement-hostile000001", kind="DENY", speaker=actor.id,
                          evidence=Evidence(text[quote_start:], quote_start, len(text)))
    relation = Relation(id="relation-hostile000001", subject=actor.id, predicate="opposes", object=victims.id,
                        evidence=Evidence(text[0:sentence_end], 0, sentence_end))
    article = Article(text=text, title=HOSTILE_TITLE, source=f"{IMG_PAYLOAD} Wire", url="javascript:alert(1)",
                      published="2026-09-15", language="en")
    return Document(article=article, actors=[actor, victims], events=[event], statements=[statement],
                    relations=[relation], pipeline_version="test")


def build_demo_store(pipeline, path) -> str:
    """The sample corpus through the real pipeline, plus the hostile article; built once per session."""
    if "demo" not in _demo_cache:
        with Store.open(str(path)) as store:
            ingest([sample_path()], store, pipeline)  # as `sitrep demo` does
            store.save([hostile_document()])
        _demo_cache["demo"] = str(path)
    return _demo_cache["demo"]
