from sitrep.model import (
    Actor,
    Article,
    Document,
    Event,
    Evidence,
    Fatalities,
    Mention,
    Place,
    PlaceMention,
    Relation,
    Statement,
    article_id_for,
)

RECORD_KEYS = {
    "article": {"id", "title", "source", "url", "published", "language"},
    "actors": {"id", "name", "aliases", "kind", "country", "mentions"},
    "events": {"id", "type", "mode", "acled_type", "acled_subtype", "actors", "targets", "place",
               "date", "date_precision", "fatalities", "injured", "reported_by", "negated", "hypothetical",
               "evidence"},
    "statements": {"id", "kind", "speaker", "targets", "quote", "direct", "platform", "date", "evidence"},
    "relations": {"id", "subject", "predicate", "object", "evidence"},
    "places": {"name", "country", "admin1", "admin2", "lat", "lon", "precision", "geonameid", "mentions"},
}


def _document() -> Document:
    text = "Troops shelled Idlib, killing 3. The army said it was ready."
    evidence = Evidence(text=text[:32], start=0, end=32)
    return Document(
        article=Article(text=text, title="T", source="S", published="2026-11-19", language="en"),
        actors=[Actor(id="a1", name="Army", kind="state_forces", country="SYR", aliases=["troops"],
                      mentions=[Mention(start=0, end=6, text="Troops")])],
        events=[Event(id="e1", type="ASSAULT", evidence=evidence, mode="artillery", actors=["a1"],
                      place=Place(name="Idlib", country="SYR", lat=35.9, lon=36.6, precision="exact"),
                      fatalities=Fatalities(min=3, max=3, text="killing 3"), date="2026-11-19",
                      date_precision="day")],
        statements=[Statement(id="s1", kind="STATEMENT", evidence=evidence, speaker="a1", quote="ready")],
        relations=[Relation(id="r1", subject="a1", predicate="part_of", object="a1", evidence=evidence)],
        places=[PlaceMention(place=Place(name="Idlib", country="SYR", lat=35.9, lon=36.6, precision="exact"),
                             mentions=[Mention(start=15, end=20, text="Idlib")])],
        pipeline_version="test",
    )


def test_record_has_every_key_of_the_product_spec():
    record = _document().to_record()
    assert set(RECORD_KEYS["article"]) == set(record["article"])
    for part in ("actors", "events", "statements", "relations", "places"):
        assert record[part], part
        for item in record[part]:
            assert set(item) == RECORD_KEYS[part], part
    assert set(record["events"][0]["place"]) == {"name", "country", "admin1", "admin2", "lat", "lon", "precision", "geonameid"}
    assert set(record["events"][0]["evidence"]) == {"text", "start", "end"}


def test_record_round_trips_through_from_record():
    document = _document()
    again = Document.from_record(document.to_record(), text=document.article.text)
    assert again.to_record() == document.to_record()


def test_article_id_ignores_whitespace_and_line_endings_but_not_words():
    assert article_id_for("Troops  shelled\r\nIdlib. ") == article_id_for("Troops shelled\nIdlib.")
    assert article_id_for("Troops shelled Idlib.") != article_id_for("Troops shelled Aleppo.")
    assert Article(text="x y").id == article_id_for("x  y")
