"""The bundled actor knowledge base: coverage, integrity, spelling-tolerant lookup, user overlay."""

from __future__ import annotations

import time

import pytest

from sitrep.kb import actors as kb
from sitrep.kb.countries import country_code, country_name
from sitrep.model import ACTOR_KINDS
from sitrep.resolve.actors import fold, lookup, spelling_variants


def test_every_un_member_state_is_an_entry_with_a_name_news_uses():
    states = [actor for actor in kb.known_actors() if actor.kind == "state"]
    assert len(states) >= 193
    assert {"SYR", "PSE", "SSD", "COD", "KOR", "PRK"} <= {s.country for s in states}
    assert country_name("PSE") == "Palestine"


def test_demonyms_and_other_names_give_the_country():
    assert country_code("Burkinabe") == "BFA"
    assert country_code("Emirati") == "ARE"
    assert country_code("Türkiye") == "TUR"
    assert country_code("the Netherlands") == "NLD"
    assert country_code("AU") is None


def test_at_least_250_non_state_armed_groups_with_known_kinds_and_affiliation_targets():
    entries = kb.known_actors()
    assert sum(actor.kind == "armed_group" for actor in entries) >= 250
    index = kb.actor_index()
    for actor in entries:
        assert actor.kind in ACTOR_KINDS
        for _predicate, target in actor.affiliations:
            assert target.casefold() in index, f"{actor.name}: unknown affiliation {target}"


def test_canonical_names_are_unique():
    names = [actor.name.casefold() for actor in kb.known_actors()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("Hizballah", "Hezbollah"),
        ("Hizbullah", "Hezbollah"),
        ("Kata’ib Hizballah", "Kataib Hezbollah"),
        ("Kataeb Hizbullah", "Kataib Hezbollah"),
        ("Hayat Tahreer al-Sham", "Hayat Tahrir al-Sham"),
        ("Hay'at Tahrir ash-Sham", "Hayat Tahrir al-Sham"),
        ("Asaeb Ahl el Haq", "Asaib Ahl al-Haq"),
        ("Popular Mobilisation Forces", "Popular Mobilization Forces"),
        ("Ansarallah", "Houthis"),
    ],
)
def test_transliteration_variants_find_the_entry(spelling, canonical):
    found = lookup(spelling)
    assert found is not None and found.name == canonical


def test_different_names_do_not_match():
    assert lookup("Jamestown Group") is None
    assert lookup("Hamad") is None


def test_folding_drops_articles_apostrophes_and_case():
    assert fold("Hay'at Tahrir al-Sham") == fold("hayat tahrir sham")
    assert "Kataib Hezbollah" in spelling_variants("Kata'ib Hezbollah")
    assert "Asaib Ahl al Haq" in spelling_variants("Asaib Ahl al-Haq")


def test_a_hyphen_joining_the_words_of_a_long_name_may_be_written_as_a_space():
    variants = spelling_variants("Sudan People's Liberation Movement-in-Opposition")
    assert "Sudan People's Liberation Movement in Opposition" in variants
    assert "Sudan People's Liberation Movement-in Opposition" in variants
    assert not any(" Sham" in v and "al Sham" not in v for v in spelling_variants("Hayat Tahrir al-Sham"))


def test_knowledge_base_loads_well_under_a_second():
    kb.reload()
    started = time.perf_counter()
    kb.known_actors()
    kb.actor_index()
    assert time.perf_counter() - started < 0.5


def test_user_overlay_adds_and_overrides_entries(tmp_path, monkeypatch):
    monkeypatch.setenv(kb.OVERLAY_ENV, str(tmp_path / "overlay.json"))
    kb.reload()
    yaml_file = tmp_path / "mine.yaml"
    yaml_file.write_text(
        "- name: Northern Lions Brigade\n  kind: armed_group\n  country: SYR\n"
        "  aliases: [NLB, Liwa Usud al-Shamal]\n  affiliations: ['backed_by:Turkey']\n"
        "- name: Hezbollah\n  kind: armed_group\n  country: LBN\n  aliases: [Hizb]\n",
        encoding="utf-8",
    )
    path, count = kb.save_overlay(kb.read_actor_file(yaml_file))
    try:
        assert count == 2 and path.is_file()
        added = kb.actor_index()["nlb"]
        assert added.name == "Northern Lions Brigade" and added.source == "user"
        assert added.affiliations == (("backed_by", "Turkey"),)
        assert kb.actor_index()["hezbollah"].aliases == ("Hizb",)
    finally:
        monkeypatch.delenv(kb.OVERLAY_ENV)
        kb.reload()


def test_user_file_with_unknown_kind_is_refused(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,kind\nSomeone,warlord\n", encoding="utf-8")
    with pytest.raises(kb.ActorFileError):
        kb.read_actor_file(bad)
