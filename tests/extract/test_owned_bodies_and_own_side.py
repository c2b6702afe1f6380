"""Bodies owned by a group or a rival government are actors of their own; a speaker never aims a
threat or a condemnation at its own state; names that the model splits or leaves unlabelled still
resolve ("Lubamba" after "Colonel Marcel Lubamba", "the Gaitanista Army of Colombia (EGC)",
"Kyiv" as a speaker's adversary). Sentences written for these tests."""

import pytest

from sitrep.model import Article


def _document(pipeline, text, published="2026-03-12"):
    document = pipeline.extract_one(Article(text=text, published=published))
    names = {actor.id: actor.name for actor in document.actors}
    return document, names


def _relations(document, names):
    return {(names[r.subject], r.predicate, names[r.object]) for r in document.relations}


@pytest.mark.parametrize("owner,body", [
    ("Hamas", "internal security force"),
    ("the GNU", "defence ministry"),
    ("the European Union", "monitoring mission"),
])
def test_a_body_owned_by_a_group_or_rival_government_is_part_of_it(pipeline, owner, body):
    document, names = _document(
        pipeline, f"In Tripoli on Monday, {owner}'s {body} said it had opened an inquiry into the clashes.")
    parts = [(s, o) for s, p, o in _relations(document, names) if p == "part_of"]
    assert len(parts) == 1
    part, whole = parts[0]
    assert part != whole
    assert body.split()[-1].lower() in part.lower()


def test_a_states_own_ministry_stays_its_government(pipeline):
    document, names = _document(pipeline, "Iran's foreign ministry condemned the strike on Monday.")
    assert "Government of Iran" in names.values()
    assert not any(p == "part_of" for _, p, _ in _relations(document, names))


def test_a_ministry_does_not_threaten_its_own_police(pipeline):
    document, names = _document(
        pipeline,
        "Police detained 11 suspects in dawn raids in Sanliurfa on Monday, the Interior Ministry "
        "said, vowing to crush every last cell of the militants.")
    (threat,) = [s for s in document.statements if s.kind == "THREATEN"]
    speaker = names[threat.speaker]
    assert speaker == "Government of Turkey"  # the capitalised ministry is the state's government
    assert all(not names[t].endswith("of Turkey") for t in threat.targets)


def test_a_family_name_alone_is_the_person_named_before(pipeline):
    document, names = _document(
        pipeline,
        "A Congolese army spokesman, Colonel Marcel Lubamba, accused Rwanda of sending troops across "
        "the border. \"The aggressor,\" Lubamba said, \"will answer for every civilian killed.\"")
    people = [name for name in names.values() if "Lubamba" in name]
    assert people == ["Marcel Lubamba"]
    (threat,) = [s for s in document.statements if s.kind == "THREATEN"]
    assert names[threat.speaker] == "Marcel Lubamba"
    assert [names[t] for t in threat.targets] == ["Rwanda"]


def test_an_acronym_defines_the_whole_name_not_the_country_that_ends_it(pipeline):
    document, names = _document(
        pipeline,
        "Gunmen shot dead two police officers in Segovia, Colombia, on Tuesday. The Clan del Golfo, "
        "which calls itself the Gaitanista Army of Colombia (EGC), denied ordering the killings. "
        "The EGC said on X that the police were inventing enemies.")
    speakers = {names[s.speaker] for s in document.statements}
    assert "Colombia" not in speakers
    assert "Clan del Golfo" in speakers


def test_a_capital_the_model_left_unlabelled_is_its_government(pipeline):
    document, names = _document(
        pipeline, "Moscow accused Kyiv of shelling a hospital in the occupied city of Enerhodar.")
    (accusation,) = [s for s in document.statements if s.kind == "ACCUSE"]
    assert names[accusation.speaker] == "Government of Russia"
    assert [names[t] for t in accusation.targets] == ["Government of Ukraine"]


def test_a_past_tense_cue_parsed_as_a_participle_keeps_its_speaker(pipeline):
    document, names = _document(
        pipeline, "Qatar, which mediated the talks, called on both parties to respect their commitments.")
    (appeal,) = [s for s in document.statements if s.kind == "APPEAL"]
    assert names[appeal.speaker] == "Qatar"


def test_a_title_before_a_name_makes_the_person_a_member(pipeline):
    document, names = _document(
        pipeline,
        "South Sudan's army said it had repelled the attack. Army spokesman Major General Deng Kuol Ajak "
        "accused the rebels of banditry.")
    assert any(s == "Deng Kuol Ajak" and p == "member_of" and o.startswith("Military Forces of")
               for s, p, o in _relations(document, names))
