"""Names the taggers split or hang wrongly, and dates of background: "Port" + "Sudan" is one
town; "X's Y and Z troops" are two doers; an actor named once and then called "the gang" is
still a named actor; "since 2022" dates nothing told after it. Sentences written for these tests."""

from sitrep.extract.context import ArticleContext
from sitrep.extract.mentions import ActorMention
from sitrep.model import Article


def _document(pipeline, text, published="2026-03-12"):
    document = pipeline.extract_one(Article(text=text, published=published))
    names = {actor.id: actor.name for actor in document.actors}
    return document, names


def test_a_town_named_after_a_country_is_one_place(pipeline):
    document, names = _document(
        pipeline, "A drone hit the airport in Port Sudan on Monday, the army said.")
    (event,) = [e for e in document.events if e.type == "ASSAULT"]
    assert event.place is not None and event.place.name == "Port Sudan"
    assert event.place.country == "SDN"
    # the army of the article's country, not of the country of a town called "Port"
    assert all(actor.country in {None, "SDN"} for actor in document.actors)


def test_place_names_that_are_not_one_town_stay_apart(pipeline):
    document, _ = _document(pipeline, "Fighting spread from Chad to Sudan on Monday, the army said.")
    assert not any(e.place and e.place.name in {"Chad Sudan", "Chad to Sudan"} for e in document.events)


def test_a_force_hung_on_the_other_as_modifier_is_still_a_doer(pipeline):
    # the parser makes "Corps" a modifier of "troops", with the "and" below it
    document, names = _document(
        pipeline,
        "Russia's Africa Corps and Burkinabe troops drove JNIM fighters out of the town of Djibo on "
        "Sunday, the army said.",
    )
    assaults = [e for e in document.events if e.type == "ASSAULT"]
    assert assaults
    doers = {names[a] for e in assaults for a in e.actors}
    assert "Africa Corps" in doers, doers
    assert any("Burkina" in d for d in doers), doers


def test_an_actor_named_once_and_then_called_the_gang_is_a_named_actor(pipeline):
    text = "Police raided a house held by Los Lobos; the gang fired back."
    doc = pipeline.nlp(text)
    named = ActorMention(start=6, end=8, start_char=30, end_char=39, text="Los Lobos", name="Los Lobos",
                         kind="armed_group", country="ECU")
    later = ActorMention(start=9, end=11, start_char=41, end_char=49, text="the gang", name="Los Lobos",
                         kind="armed_group", country="ECU", generic=True)
    context = ArticleContext(article=Article(text=text, published="2026-03-12"), doc=doc,
                             mentions=[named, later], focus="ECU")
    assert context.mention_per_actor()[named.actor_id] is named
    only_generic = ArticleContext(article=context.article, doc=doc, mentions=[later], focus="ECU")
    assert only_generic.mention_per_actor()[named.actor_id] is later


def test_a_year_in_background_does_not_date_what_follows(pipeline):
    document, names = _document(
        pipeline,
        "Gunmen attacked a market in Gao, Mali, on Tuesday, residents said. The town has been under "
        "a curfew since 2022. Soldiers later clashed with the attackers near the market, the army said.",
    )
    clashes = [e for e in document.events if "clashed" in e.evidence.text]
    assert clashes, [e.evidence.text for e in document.events]
    assert all(e.date is None or not e.date.startswith("2022") for e in clashes)


def test_a_backer_fights_the_enemy_of_the_side_it_backs(pipeline):
    document, names = _document(
        pipeline,
        "Kurdish Peshmerga fighters, backed by air strikes from the US-led coalition, killed six "
        "Islamic State militants near Makhmour on Monday, officials said.",
    )
    opposed = {(names[r.subject], names[r.object]) for r in document.relations if r.predicate == "opposes"}
    assert any("Islamic State" in b for _, b in opposed), opposed
    # the strikes back one side: their owner is no target of it
    assert not any("Peshmerga" in a and "oalition" in b for a, b in opposed), opposed
    assert len([e for e in document.events if e.type == "ASSAULT"]) == 1


def test_ground_retaken_is_retaken_from_whoever_took_it(pipeline):
    document, names = _document(
        pipeline,
        "JNIM fighters overran an army outpost in Djibo on Monday. Burkinabe troops retook the "
        "outpost on Tuesday, the army said.",
    )
    retaken = [e for e in document.events if "retook" in e.evidence.text]
    assert retaken
    assert any("Jama" in names[t] for t in retaken[0].targets), [names[t] for t in retaken[0].targets]
