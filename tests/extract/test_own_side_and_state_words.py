"""Whom a statement is aimed at: never the body the speaking person serves, and a state whose
demand or accusation is named by its demonym ("a Russian demand") is whom a rejection answers."""

from __future__ import annotations


def test_a_threat_is_not_aimed_at_the_body_the_speaking_person_serves():
    # one unit, isolated: the speaker's posts come from the relations the text states
    from sitrep.extract.mentions import ActorMention
    from sitrep.extract.speech.event_targets import aim_at_events
    from sitrep.model.records import Evidence, Relation, Statement

    def mention(name, kind, country="NER"):
        return ActorMention(start=0, end=1, start_char=0, end_char=1, text=name, name=name, kind=kind, country=country)

    colonel, junta, army = mention("Ousmane Tahirou", "person"), mention("Government of Niger", "government"), \
        mention("Military Forces of Niger", "state_forces")
    actors = {m.actor_id: m for m in (colonel, junta, army)}
    evidence = Evidence(text="x", start=0, end=1)
    threat = Statement(id="s1", kind="THREATEN", evidence=evidence, speaker=colonel.actor_id, targets=[army.actor_id])
    appeal = Statement(id="s2", kind="APPEAL", evidence=evidence, speaker=colonel.actor_id, targets=[army.actor_id])
    served = Relation(id="r1", subject=colonel.actor_id, predicate="member_of", object=junta.actor_id, evidence=evidence)
    aim_at_events([threat, appeal], [], "x", actors, [served])
    assert threat.targets == []  # the junta's own army
    assert appeal.targets == [army.actor_id]  # an appeal may go to one's own forces


def test_a_rejected_demand_named_by_a_demonym_answers_that_state(document_statements_of):
    found = document_statements_of(
        "Ukraine's foreign minister on Thursday rejected a Russian demand that Kyiv withdraw its "
        "troops from the Zaporizhzhia region.", "2026-03-02")
    assert any(kind == "DENY" and "Russia" in targets for kind, _, targets in found)
