"""A speaker's second act in one sentence ("said its forces had captured two hills, and warned
Saudi Arabia that ..."): the parser joins the second verb to the reported clause; it is the
speaker's own act, and what the speaker said beside it is a claim only when it tells how a fight
went. Sentences written for these tests."""

import pytest

from sitrep.model import Article


def _kinds(pipeline, text):
    document = pipeline.extract_one(Article(text=text, published="2026-05-06"))
    return sorted(s.kind for s in document.statements)


def test_the_second_verb_hangs_on_the_reporting_verb(pipeline):
    doc = pipeline.nlp("The ministry said order had been restored in the camp and vowed to pursue the attackers.")
    vowed = next(t for t in doc if t.lower_ == "vowed")
    assert vowed.head.lower_ == "said"


def test_a_second_verb_of_the_same_tense_stays_in_the_clause(pipeline):
    """Without the pluperfect nothing tells the two readings apart; the parse is kept."""
    doc = pipeline.nlp("The ministry said the rebels attacked the camp and looted the clinic.")
    looted = next(t for t in doc if t.lower_ == "looted")
    assert looted.head.lower_ == "attacked"


@pytest.mark.parametrize("text", [
    'A spokesman for the Giants Brigades said its fighters had retaken two villages near Hays and killed '
    '"dozens of Houthi militiamen", and warned the group that any new assault would be crushed.',
    "Sudan's army said its troops had repelled the assault on El Obeid and vowed to drive the Rapid Support "
    "Forces out of Kordofan.",
])
def test_how_the_fight_went_and_a_threat(pipeline, text):
    assert _kinds(pipeline, text) == ["CLAIM", "THREATEN"]


def test_routine_news_beside_a_charge_is_no_claim(pipeline):
    kinds = _kinds(pipeline, "Colombia's defence ministry said it had sent 1,200 soldiers to Catatumbo and "
                             "accused the ELN of recruiting children.")
    assert kinds == ["ACCUSE"]


def test_a_monitor_tells_no_fight_of_its_own(pipeline):
    kinds = _kinds(pipeline, "Human Rights Watch said residents had seen men shot after they surrendered near "
                             "Goma, and called for an inquiry.")
    assert "CLAIM" not in kinds
    assert "APPEAL" in kinds


@pytest.mark.parametrize("text", [
    "A farmers' union in Plateau state said four of the dead were herders' children and demanded an inquiry.",
    "The rights group said the victims included women fetching water near Kalehe.",
])
def test_naming_the_dead_as_civilians_accuses(pipeline, text):
    assert "ACCUSE" in _kinds(pipeline, text)


def test_a_toll_of_fighters_accuses_no_one(pipeline):
    kinds = _kinds(pipeline, "The army said four of the dead were militants and demanded that the rebels surrender.")
    assert "ACCUSE" not in kinds


def test_a_foreign_force_named_by_its_nationality_is_another_side(pipeline):
    kinds = _kinds(pipeline, "An Israeli drone struck a car near Nabatieh on Tuesday. The Lebanese army said "
                             "Israeli troops had also fired on one of its patrols near Kfar Kila, wounding a soldier.")
    assert "ACCUSE" in kinds


def test_crossing_and_opening_fire_is_violence(pipeline):
    kinds = _kinds(pipeline, "Fighting broke out on the border on Monday. Eritrea's information ministry said "
                             "that Ethiopian forces had crossed the border and opened fire near Zalambessa.")
    assert "ACCUSE" in kinds


def test_a_force_of_the_speakers_own_country_is_no_other_side(pipeline):
    kinds = _kinds(pipeline, "Gunmen attacked a post near Diffa on Monday. Niger's defence ministry said "
                             "Nigerien troops had fired on the attackers as they fled.")
    assert "ACCUSE" not in kinds


def test_a_participle_after_the_attribution_is_the_speakers_act(pipeline):
    document = pipeline.extract_one(Article(
        text="Fighting went on in Shan state on Monday. Junta jets bombed a village near Kyaukme on Tuesday, killing "
             "nine civilians, the Ta'ang National Liberation Army said, accusing the military of breaking a truce "
             "agreed in Kunming.", published="2026-05-06"))
    names = {a.id: a.name for a in document.actors}
    accusations = [s for s in document.statements if s.kind == "ACCUSE"]
    assert [names[s.speaker] for s in accusations] == ["Ta'ang National Liberation Army"]


def test_a_vague_toll_told_before_its_speaker_is_a_claim(pipeline):
    document = pipeline.extract_one(Article(
        text="The RSF shelled El Obeid on Monday. Hours later, Sudanese army warplanes bombed RSF positions around "
             "Bara, killing dozens of the militiamen, the army said.", published="2026-05-06"))
    assert [s.kind for s in document.statements] == ["CLAIM"]


def test_a_counted_toll_told_before_its_speaker_reports_the_event(pipeline):
    document = pipeline.extract_one(Article(
        text="The RSF shelled El Obeid on Monday. Hours later, Sudanese army warplanes bombed RSF positions around "
             "Bara, killing 14 of the militiamen, the army said.", published="2026-05-06"))
    assert not any(s.kind == "CLAIM" for s in document.statements)
