"""Whom a statement is aimed at when the words name it indirectly: the one "held responsible", the
party a plea calls "it", the captor of someone whose freedom is demanded, the addressee of an
appeal beside a remark about "the two countries", the accuser a spokesman's denial answers, and
"the junta" that speaks after a capital is named. Sentences written for these tests."""

from sitrep.model import Article


def _statements(pipeline, text):
    found = pipeline.extract_one(Article(text=text, published="2026-04-14"))
    names = {a.id: a.name for a in found.actors}
    return [(s.kind, names.get(s.speaker), sorted(names[t] for t in s.targets)) for s in found.statements], found


def test_whom_a_side_would_hold_responsible(pipeline):
    text = ("Lebanon's army said two soldiers were wounded by Israeli fire near Khiam on Monday. "
            "Hezbollah said it would hold the Israeli government responsible for any escalation.")
    statements, _ = _statements(pipeline, text)
    threats = [s for s in statements if s[0] == "THREATEN"]
    assert threats and all(s[2] == ["Government of Israel"] for s in threats), statements


def test_a_plea_to_it_is_aimed_at_the_party_named_before(pipeline):
    text = ("Sudanese rebels who crossed into Chad were detained by the Chadian army on Sunday. "
            "Sudan's foreign ministry thanked the Chadian army for its cooperation and asked it to "
            "hand over the detained men.")
    statements, _ = _statements(pipeline, text)
    appeals = [s for s in statements if s[0] in {"APPEAL", "DEMAND"}]
    assert appeals and appeals[0][2] == ["Military Forces of Chad"], statements


def test_a_demand_to_free_someone_is_aimed_at_whoever_holds_him(pipeline):
    text = ("Ugandan police arrested the opposition leader Kizza Besigye in Kampala on Friday. "
            "His party accused the government of persecution and demanded that Besigye be freed.")
    statements, _ = _statements(pipeline, text)
    demands = [s for s in statements if s[0] == "DEMAND"]
    assert demands and demands[0][2] in (["Police Forces of Uganda"], ["Government of Uganda"]), statements


def test_the_two_countries_of_a_remark_are_not_the_addressees_of_an_appeal(pipeline):
    text = ("Rwandan troops have fought insurgents in Cabo Delgado since 2021. Mozambique's foreign ministry said "
            "the two countries remained close partners and urged the African Union to fund the deployment.")
    statements, _ = _statements(pipeline, text)
    appeals = [s for s in statements if s[0] == "APPEAL"]
    assert appeals and appeals[0][2] == ["African Union"], statements


def test_a_spokesman_denial_answers_the_accuser_not_his_own_government(pipeline):
    text = ("Mali's military government accused Algeria on Monday of arming separatist rebels. "
            "Algeria's government spokesman, Karim Benali, called the accusation baseless.")
    statements, _ = _statements(pipeline, text)
    denials = [s for s in statements if s[0] == "DENY"]
    assert denials and denials[0][2] == ["Government of Mali"], statements


def test_the_junta_is_the_military_government_not_the_capital_named_last(pipeline):
    text = ("Niger's military government accused Benin of sheltering the gunmen and said the border would stay "
            "closed until Cotonou stops serving as a rear base. In a communiqué, the junta said the assailants had "
            "fled across the river.")
    _, found = _statements(pipeline, text)
    holders = {a.name for a in found.actors if any(m.text == "junta" for m in a.mentions)}
    assert holders == {"Government of Niger"}
