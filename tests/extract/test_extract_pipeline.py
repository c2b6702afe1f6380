"""The extractor on the real spaCy model: structure and offsets, not tuned figures (quality is
measured by ``sitrep eval`` on gold data)."""

from sitrep.model import Article


def test_every_fact_has_evidence_that_is_the_article_text(pipeline, clash_text):
    document = pipeline.extract_one(Article(text=clash_text, published="2026-11-19"))
    assert document.events and document.actors
    for fact in (*document.events, *document.statements, *document.relations):
        evidence = fact.evidence
        assert clash_text[evidence.start : evidence.end] == evidence.text
    for actor in document.actors:
        for mention in actor.mentions:
            assert clash_text[mention.start : mention.end] == mention.text


def test_event_arguments_point_at_actors_of_the_document(pipeline, clash_text):
    document = pipeline.extract_one(Article(text=clash_text, published="2026-11-19"))
    ids = {actor.id for actor in document.actors}
    for event in document.events:
        assert set(event.actors) <= ids and set(event.targets) <= ids
    for statement in document.statements:
        assert statement.speaker in ids
    for relation in document.relations:
        assert {relation.subject, relation.object} <= ids


def test_knowledge_base_names_beat_the_statistical_ner(pipeline):
    text = "Fighters of Hayat Tahrir al-Sham (HTS) attacked an army post near Aleppo."
    document = pipeline.extract_one(Article(text=text))
    kinds = {actor.name: actor.kind for actor in document.actors}
    assert kinds.get("Hayat Tahrir al-Sham") == "armed_group"


def test_pipeline_version_names_model_and_stages(pipeline):
    assert "sitrep.events.v2" in pipeline.version and "core_web_sm" in pipeline.version


def test_batches_keep_article_order(pipeline):
    texts = [f"Protesters rallied in Baghdad on day {n}." for n in range(5)]
    documents = list(pipeline.extract(Article(text=t) for t in texts))
    assert [d.article.text for d in documents] == texts
