"""Actor mentions, round 2 (issues 3 and 5): unnamed collectives ("armed groups", "settlers",
"opposition politicians", "aid groups"), capitals dealt with ("ties with Moscow"), countries named
only as places, unnamed offices that report, anonymous sources that only report, and the target
of a relative clause ("the men it accused of"). Sentences written for these tests, across regions,
on the real spaCy model."""

from __future__ import annotations

import pytest

from sitrep.extract import mentions
from sitrep.extract.document import extract_document
from sitrep.model import Article


@pytest.fixture(scope="module")
def mentions_of(pipeline):
    def run(text: str):
        return mentions.find_actor_mentions(pipeline.nlp(text))

    return run


@pytest.fixture(scope="module")
def document_of(pipeline):
    def run(text: str):
        article = Article(text=text, published="2026-11-19")
        return extract_document(article, pipeline.nlp(text), "test")

    return run


def _names(found) -> set[str]:
    return {m.name for m in found}


def test_armed_groups_are_an_unidentified_armed_group(mentions_of):
    found = mentions_of("The governor of Zamfara state said armed groups had raided three villages in "
                        "northwestern Nigeria on Sunday.")
    assert "Unidentified Armed Group (Nigeria)" in _names(found)


def test_settlers_take_their_demonym(mentions_of):
    found = mentions_of("Israeli settlers torched olive groves near the village of Burin in the West Bank "
                        "on Friday, the Palestinian health ministry said.")
    settlers = [m for m in found if m.name.startswith("Settlers")]
    assert settlers and settlers[0].kind == "armed_group" and settlers[0].country == "ISR"


def test_opposition_politicians_are_the_opposition(mentions_of):
    found = mentions_of("The interior minister of Mozambique accused opposition politicians of stirring up "
                        "riots in Maputo on Thursday.")
    opposition = [m for m in found if m.name.startswith("Opposition")]
    assert opposition and opposition[0].kind == "political_party"


def test_aid_groups_and_aid_workers(mentions_of):
    found = mentions_of("Gunmen abducted three aid workers in Tillabéri in western Niger on Monday, and "
                        "the junta later suspended two foreign aid groups.")
    kinds = {m.name.split(" (")[0]: m.kind for m in found}
    assert kinds.get("Aid workers") == "civilians"
    assert kinds.get("Aid agencies") == "other"


def test_capital_in_dealings_between_states_is_an_actor(mentions_of):
    found = mentions_of("The Iraqi prime minister praised the growing cooperation with Ankara on "
                        "Wednesday.")
    assert any(m.country == "TUR" and m.text == "Ankara" for m in found)


def test_capital_where_something_happens_stays_a_place(mentions_of):
    found = mentions_of("Thousands of people marched through Ankara on Wednesday.")
    assert not any(m.text == "Ankara" for m in found)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Turkish warplanes bombed Kurdish positions in northern Iraq on Tuesday.", "Iraq"),
        ("Gunmen attacked a checkpoint in Russia's Dagestan region on Sunday.", "Russia"),
        ("The raiders fled towards the border with Cameroon after the attack.", "Cameroon"),
    ],
)
def test_country_named_as_a_place_is_not_an_actor(mentions_of, text, country):
    assert country not in _names(mentions_of(text))


def test_country_that_acts_is_still_an_actor(mentions_of):
    found = mentions_of("Ethiopia accused Eritrea of arming rebels in the Tigray region.")
    assert {"Ethiopia", "Eritrea"} <= _names(found)


def test_sources_that_only_report_are_not_actors(document_of):
    document = document_of("At least nine people were killed when a car bomb exploded at a market in "
                           "Mogadishu on Saturday, medical sources said.")
    assert not any(a.name.startswith("Unnamed") for a in document.actors)


def test_unnamed_office_that_reports_is_a_government_actor(document_of):
    document = document_of("Gunmen killed six police officers in an ambush in Guanajuato state on Monday, "
                           "the state prosecutor's office said.")
    offices = [a for a in document.actors if "Office" in a.name]
    assert offices and offices[0].kind == "government"
    assert offices[0].country == "MEX"


def test_accused_in_a_relative_clause_targets_the_noun(statements_with_names):
    statements, names = statements_with_names(
        "Burundi's government on Tuesday expelled two foreign aid groups it accused of spying for "
        "Rwanda.")
    accusations = [s for s in statements if s.kind == "ACCUSE"]
    assert accusations
    assert any(names.get(t, "").startswith("Aid agencies") for t in accusations[0].targets)
