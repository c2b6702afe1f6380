"""Each adapter on a tiny invented record of the same shape as its real file."""

import json
from pathlib import Path

import pytest
from eval_helpers import Place, actor, document, event

from sitrep.evaluate.gold import adapt, load_gold
from sitrep.evaluate.schema import GoldError
from sitrep.evaluate.score import Scorer

EVAL_DIR = Path(__file__).resolve().parents[3] / "shared" / "eval"


def test_acled():
    text = "Soldiers clashed with Al Shabaab gunmen near Baidoa, killing 4."
    record = {"id": "a1", "source_dataset": "ACLED All Africa 2016-05 file", "text": text,
              "publication_date": None, "gold": {
                  "event_date": "2015-02-01", "event_type": "Battle-Government regains territory",
                  "actor1": "Military Forces of Somalia (2012-)", "assoc_actor_1": None, "inter1": 1,
                  "actor2": "Al Shabaab", "assoc_actor_2": "Civilians (Somalia); Clan Militia",
                  "inter2": 2, "location": "Baidoa", "admin2": "Baydhaba", "admin3": None,
                  "latitude": 3.1138, "longitude": 43.6498, "fatalities": 4}}
    gold = adapt(record)
    [g] = gold.events
    assert (g.label, g.scheme, g.accept, g.acled_subtype) == (
        "Battles", "acled", frozenset({"Battles"}), "Government regains territory")
    assert g.actors[0].generic and g.actors[0].kinds >= {"state_forces"}
    assert [a.name for a in g.targets] == ["Al Shabaab", "Civilians (Somalia)", "Clan Militia"]
    assert (g.place.lat, g.date, g.fatalities, g.directed) == (3.1138, "2015-02-01", 4, False)
    riots = adapt({**record, "gold": {**record["gold"], "event_type": "Riots/Protests"}})
    assert riots.events[0].accept == {"Protests", "Riots"}
    predicted = document(text, actors=[actor(text, "s", "Al-Shabaab", "armed_group"),
                                       actor(text, "m", "Somali National Army", "state_forces")],
                         events=[event(text, "e", "ASSAULT", "clashed", acled_type="Battles",
                                       acled_subtype="Armed clash", actors=["m"], targets=["s"],
                                       place=Place("Baidoa", lat=3.11, lon=43.65))])
    scorer = Scorer()
    scorer.add(gold, predicted)
    score = scorer.result()
    assert score.total("events").tp == 1
    args = score.arguments["events"]
    assert args["actors"].correct == 1 and args["targets"].correct == 1
    assert args["place"].correct == 1 and args["acled_subtype"].correct == 0
    assert args["fatalities"].correct == 0
    assert "date" not in args  # the note states no date and has no publication date


def test_acled_date_measured_only_where_the_text_can_give_it():
    from sitrep.evaluate.datasets.acled import date_stated

    base = {"id": "a2", "source_dataset": "ACLED Middle East 2019", "publication_date": None,
            "gold": {"event_date": "2016-03-13", "event_type": "Remote violence",
                     "actor1": "Unidentified Armed Group (Angola)", "fatalities": 0}}
    stated = adapt({**base, "text": "First attack took place on 13 March near Cabinda."})
    assert "date" in stated.arguments
    unstated = adapt({**base, "text": "Reports that FLEC killed 30 soldiers this month."})
    assert "date" not in unstated.arguments
    dated = adapt({**base, "publication_date": "2016-03-14", "text": "A bomb went off yesterday."})
    assert "date" in dated.arguments
    assert date_stated("on March 13th, gunmen", "2016-03-13")
    assert date_stated("13th of Mar. gunmen", "2016-03-13")
    assert not date_stated("on 3 March", "2016-03-13")
    assert not date_stated("on 13 May", "2016-03-13")


def test_ucdp():
    text = "Regime forces shell Tel Rifaat town killing two rebels"
    gold = adapt({"id": "u1", "source_dataset": "UCDP GED Syria 1", "text": text,
                  "publication_date": "2016-02-03", "gold": {
                      "type_of_violence": "state-based", "side_a": "Government of Syria",
                      "side_b": "Syrian insurgents, HTS", "location_name": "Tel Rifaat town",
                      "latitude": 36.47, "longitude": 37.1, "date_start": "2016-02-03",
                      "date_end": "2016-02-03", "deaths": {"best": 2}}})
    [g] = gold.events
    assert g.accept == {"Battles", "Explosions/Remote violence", "Violence against civilians"}
    assert g.actors[0].generic and g.actors[0].country in (None, "SYR")
    assert [a.name for a in g.targets] == ["Syrian insurgents", "HTS"]
    assert "Hayat Tahrir al-Sham" in g.targets[1].aliases
    assert g.fatalities is None and g.date == "2016-02-03" and "Tel Rifaat" in g.place.aliases
    assert gold.exhaustive == frozenset()


def test_plover():
    text = "Ruritanian police arrested opposition leader Ana Bell in Capitol on Friday."
    gold = adapt({"id": "p1", "source_dataset": "PLOVER GSR 0.5b1", "text": text,
                  "publication_date": None, "gold": {
                      "event": "DISAPPROVE", "event_text": "arrested",
                      "source_actors": [{"text": "Ruritanian police", "code": "RUR", "sector": "COP"}],
                      "target_actors": [{"text": "opposition ... Ana Bell", "code": "RUR",
                                         "sector": "OPP"}],
                      "event_location": {"name": "Capitol"}, "mode": None, "dead": None}})
    [g] = gold.events
    assert g.label == "ACCUSE" and g.directed
    assert g.actors[0].spans[0].text == "Ruritanian police"
    assert g.targets[0].name == "opposition" and g.targets[0].aliases == ("Ana Bell",)
    assert g.place.name == "Capitol" and g.fatalities is None
    assert adapt({"id": "p2", "source_dataset": "PLOVER GSR", "text": text, "gold": {
        "event": "FIGHT", "source_actors": [], "target_actors": [], "dead": "3"}}
    ).events[0].label == "ASSAULT"


@pytest.mark.parametrize("dataset", ["GeoVirus", "GeoWebNews"])
def test_geo_toponyms(dataset):
    text = "Flooding hit Lakeside and Lakeside County; Lakeside residents fled to Hilltown."
    toponyms = [
        {"start": 13, "end": 21, "text": "Lakeside", "lat": 10.0, "lon": 20.0},
        {"start": 43, "end": 51, "text": "Lakeside", "lat": 10.0, "lon": 20.0},
        {"start": 70, "end": 78, "text": "Hilltown", "lat": 11.0, "lon": 21.0,
         "type": "Literal", "normalised_name": "Hilltown City"},
        {"start": 26, "end": 41, "text": "Lakeside County", "lat": None, "lon": None,
         "type": "Non_Lit_Expression"},
    ]
    gold = adapt({"id": "g1", "source_dataset": dataset, "text": text, "gold": {"toponyms": toponyms}})
    assert [p.name for p in gold.places] == ["Lakeside", "Hilltown"]
    assert gold.places[1].aliases == ("Hilltown City",)
    predicted = document(text, events=[
        event(text, "e1", "ASSAULT", "Flooding hit", place=Place("Lakeside", lat=10.05, lon=20.0)),
        event(text, "e2", "RETREAT", "fled", place=Place("Hilltown", lat=15.0, lon=21.0)),
        event(text, "e3", "RETREAT", "residents", place=Place("Nowhere", lat=1.0, lon=1.0)),
    ])
    scorer = Scorer()
    scorer.add(gold, predicted)
    score = scorer.result()
    total = score.total("places")
    assert (total.tp, total.fp, total.fn) == (2, 1, 0)
    coordinates = score.arguments["places"]["coordinates"]
    assert (coordinates.correct, coordinates.total) == (1, 2)


def test_event_location():
    text = "Militants bombed a market in Rivertown on Sunday."
    base = {"id": "l1", "source_dataset": "event_location (AP)", "text": text,
            "publication_date": None}
    gold = adapt({**base, "gold": {"event_trigger": {"start": 10, "end": 16, "text": "bombed"},
                                   "event_locations": [{"start": 29, "end": 38, "text": "Rivertown"}],
                                   "has_location": True, "verb_lemma": None}})
    [g] = gold.events
    assert g.span.text == "bombed" and g.place.name == "Rivertown" and not g.place_absent
    empty = adapt({**base, "gold": {"event_trigger": {"start": 10, "end": 16, "text": "bombed"},
                                    "event_locations": [], "has_location": False}})
    assert empty.events[0].place is None and empty.events[0].place_absent
    predicted = document(text, events=[event(text, "e", "ASSAULT", "bombed a market",
                                             place=Place("Rivertown"))])
    scorer = Scorer()
    scorer.add(gold, predicted)
    scorer.add(empty, predicted)
    score = scorer.result()
    assert score.total("events").tp == 2
    place = score.arguments["events"]["place"]
    assert (place.correct, place.total) == (1, 2)


def test_polnear():
    text = 'Senator Gray said the bill "will fail". Aides noted delays.'
    gold = adapt({"id": "n1", "source_dataset": "PolNeAR v1.0.0 dev", "text": text,
                  "publication_date": "2016-01-01", "title": "T", "gold": {"attributions": [
                      {"source": {"start": 0, "end": 12, "text": "Senator Gray"},
                       "cue": {"start": 13, "end": 17, "text": "said"},
                       "content": {"start": 18, "end": 38, "text": 'the bill "will fail"'},
                       "is_direct_quote": True},
                      {"cue": {"start": 46, "end": 51, "text": "noted"},
                       "content": {"start": 52, "end": 58, "text": "delays"},
                       "is_direct_quote": False},
                      {"is_direct_quote": False}]}})
    assert len(gold.statements) == 2
    assert gold.statements[0].speaker.spans[0].text == "Senator Gray"
    assert gold.statements[0].direct is True and gold.statements[1].speaker is None


def test_re3d():
    text = "General Amir leads the Northern Brigade, which fights the Coastal Front in Port Sel."
    ents = [{"start": 0, "end": 12, "text": "General Amir", "type": "Person", "confidence": 1},
            {"start": 19, "end": 38, "text": "the Northern Brigade", "type": "Organisation",
             "confidence": 1},
            {"start": 54, "end": 70, "text": "the Coastal Front", "type": "Organisation",
             "confidence": 1},
            {"start": 74, "end": 82, "text": "Port Sel", "type": "Location", "confidence": 1}]
    rels = [{"type": "InChargeOf", "source": ents[0], "target": ents[1], "confidence": 1},
            {"type": "FightingAgainst", "source": ents[1], "target": ents[2], "confidence": 1},
            {"type": "CoLocated", "source": ents[2], "target": ents[3], "confidence": 1}]
    gold = adapt({"id": "d1", "source_dataset": "re3d", "text": text,
                  "gold": {"entities": ents, "relations": rels, "confidence_threshold": 0.5}})
    assert [a.label for a in gold.actors] == ["person", "organisation", "organisation"]
    assert len(gold.ignore_actor_spans) == 1
    assert [(r.label, r.symmetric) for r in gold.relations] == [("leader_of", False),
                                                               ("opposes", True)]


def test_native_roundtrip():
    text = "The army shelled Aleppo."
    doc = document(text, actors=[actor(text, "a", "Syrian Army", "state_forces", mention="army")],
                   events=[event(text, "e", "ASSAULT", "shelled", actors=["a"],
                                 place=Place("Aleppo", lat=36.2, lon=37.1), date="2016-01-02")])
    gold = adapt({"id": "n", "source_dataset": "sitrep", "text": text,
                  "gold": json.loads(json.dumps(doc.to_record()))})
    assert gold.actors[0].kinds == {"state_forces"}
    assert gold.events[0].actors[0].name == "Syrian Army"
    scorer = Scorer()
    scorer.add(gold, doc)
    score = scorer.result()
    for part in ("actors", "events"):
        assert score.total(part).f1 == 1.0
    assert all(a.correct == a.total for a in score.arguments["events"].values())


def test_unknown_dataset_and_bad_lines(tmp_path):
    with pytest.raises(GoldError, match="unknown source_dataset"):
        adapt({"id": "x", "source_dataset": "mystery", "text": "t", "gold": {}})
    bad = tmp_path / "bad.jsonl"
    bad.write_text('\nnot json\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"bad.jsonl: line 2: not JSON"):
        load_gold(bad)
    with pytest.raises(GoldError, match="cannot open"):
        load_gold(tmp_path / "missing.jsonl")


def test_first_records_of_real_files():
    if not EVAL_DIR.is_dir():
        pytest.skip(f"no gold folder at {EVAL_DIR}")
    files = sorted(EVAL_DIR.glob("*.jsonl"))
    if not files:
        pytest.skip(f"no gold files in {EVAL_DIR}")
    for path in files:
        records = load_gold(path, limit=3)
        assert len(records) == 3, path
        for record in records:
            assert record.parts and record.text
            assert record.actors or record.events or record.statements or record.places, path
            for item in [*record.events, *record.statements]:
                if item.span is not None:
                    assert 0 <= item.span.start <= item.span.end <= len(record.text)
