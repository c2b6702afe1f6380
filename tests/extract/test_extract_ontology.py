"""The ontology tables are data; these tests keep them consistent with the product's ontologies."""

from sitrep.kb.ontology import PLOVER_TYPES, _acled_table, acled_for, triggers

ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}


def test_every_mapping_row_names_real_plover_and_acled_types():
    for (plover_type, _mode), (acled_type, subtype) in _acled_table().items():
        assert plover_type in PLOVER_TYPES
        assert subtype in ACLED[acled_type], (acled_type, subtype)


def test_every_trigger_names_a_plover_type():
    assert len(triggers()) > 50
    for trigger in triggers():
        assert trigger.plover_type in PLOVER_TYPES, trigger
        assert trigger.pos in {"verb", "noun", "any"}, trigger


def test_mode_refines_and_unknown_mode_falls_back_to_the_type_default():
    assert acled_for("ASSAULT", "aerial") == ("Explosions/Remote violence", "Air/drone strike")
    assert acled_for("ASSAULT", "no-such-mode") == ("Battles", "Armed clash")
    assert acled_for("CONSULT", None) == (None, None)
