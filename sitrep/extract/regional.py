"""Sub-national governments: "Puntland's security minister", "the Kirkuk provincial council",
"Chechnya's leader", "the Belgorod region's governor".

A region named as the holder of an office is an actor of kind ``government`` in the region's
country, "Government of <Region>" unless ``kb/regional_governments.tsv`` gives its own name
("Jubaland State Administration"). A region is a first-level area of the gazetteer, one of the
regions of that table, or any gazetteer place the text calls a region ("the Bryansk region's
governor"). A region named as where something happens stays a place; a country's offices are
the national government's (``sitrep.extract.mentions``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from sitrep.kb.countries import capital_country, country_code
from sitrep.kb.ontology import read_table
from sitrep.resolve.gazetteer import open_gazetteer

# offices whose holder a possessive region names ("Puntland's president", "Chechnya's information
# minister", "Tigray's interim administration")
OFFICE_NOUNS = {"governor", "government", "administration", "authorities", "authority", "leader",
                "president", "minister", "ministry", "council", "cabinet", "parliament", "assembly",
                "premier", "presidency", "legislature", "executive", "chief", "head"}
# offices a region's name stands before as a modifier ("the Puntland government", "the Kirkuk
# provincial council"); not its leader's title ("Puntland president Said Deni" names a person)
BODY_NOUNS = {"government", "administration", "authorities", "council", "cabinet", "parliament",
              "assembly", "presidency", "legislature"}
# the words that make a place name a region ("the Belgorod region", "Cabo Delgado province")
REGION_WORDS = {"region", "province", "state", "oblast", "governorate", "prefecture", "department", "krai",
                "republic", "territory"}
# the words for a region an office may be said to be of ("the province's chief minister"); "the
# state's" is a region's only before the offices that usually name a region's rulers ("the state's
# governor"), not a country's ("the state's president")
REGION_OWNERS = REGION_WORDS - {"state", "republic", "territory"} | {"county"}
REGIONAL_STATE_OFFICES = {"governor", "government", "administration", "assembly"}


@dataclass(frozen=True, slots=True)
class RegionalGovernment:
    name: str
    country: str


# aliases that name a people, not a place: they stand for the region's government only in a story
# about the region's country
PEOPLE_ALIASES = {"kurdish", "transnistrian", "abkhaz", "tigrayan"}


@cache
def _table() -> dict[str, RegionalGovernment]:
    found: dict[str, RegionalGovernment] = {}
    for row in read_table("regional_governments.tsv"):
        government = RegionalGovernment(row["government"], row["country"])
        for name in (row["region"], *filter(None, (row.get("aliases") or "").split("|"))):
            found[name.casefold()] = government
    return found


def regional_government(span: Span, country_focus: str | None) -> RegionalGovernment | None:
    """The government a region's name stands for here, or None when the span is no region or
    names no office holder."""
    office = _office_of(span)
    if office is None:
        return None
    name = span.text.removesuffix("'s").removesuffix("’s").strip()
    if name.casefold().startswith("the "):
        name = name[4:]
    return _government_of(name, country_focus, called_a_region=office.lemma_.lower() in REGION_WORDS
                          or span.root.head.lemma_.lower() in REGION_WORDS)


def _government_of(name: str, country_focus: str | None, *, called_a_region: bool) -> RegionalGovernment | None:
    """The government of the region ``name``: the table's, else "Government of <name>" in the
    region's country; None for a country, a capital or a name that is no region."""
    known = _table().get(name.casefold())
    if known is not None and (name.casefold() not in PEOPLE_ALIASES or known.country == country_focus):
        # "the Kurdish authorities" are the KRG in a story about Iraq, not in one about Syria
        return known
    if not name or country_code(name) is not None or capital_country(name) is not None:
        return None  # a country's offices, and its capital's, are its national government's
    country = _region_country(name, country_focus, called_a_region=called_a_region)
    return RegionalGovernment(f"Government of {name}", country) if country is not None else None


@cache  # asked of every state force each time two actors are compared as one state's
def regional_force(name: str) -> bool:
    """Whether a force's name opens with a region of the table ("Jubaland Security Forces",
    "Puntland Security Forces"): the region's own force, not the country's army."""
    return any(name.casefold().startswith(f"{region} ") for region in _table())


def _office_of(span: Span) -> Token | None:
    """The office the span's region holds: the noun it is the possessor or modifier of, through
    a region word ("the Bryansk region's governor")."""
    root = span.root
    head = root.head
    if root.dep_ in {"compound", "nmod", "amod"} and head.lemma_.lower() in REGION_WORDS and head.i == span.end:
        root, head = head, head.head  # "the Belgorod region's governor"
    lemma = head.lemma_.lower()
    if root.dep_ == "poss" and lemma in OFFICE_NOUNS:
        return head
    if root.dep_ in {"compound", "nmod", "amod"} and lemma in BODY_NOUNS and head.i > root.i:
        return head
    return None


def _region_country(name: str, country_focus: str | None, *, called_a_region: bool) -> str | None:
    """The country of the region of that name: a first-level area of the gazetteer (any place
    when the text calls it a region), the article's country first."""
    entries = [entry for entry in open_gazetteer().lookup(name)
               if entry.score >= 100 and entry.country and (entry.fcode == "ADM1" or called_a_region and
                                                            entry.level in {"admin1", "admin2", "exact"})]
    if not entries:
        return None
    countries = [entry.country for entry in entries]
    return country_focus if country_focus in countries else countries[0]


def unnamed_regional_office(token: Token, country_focus: str | None) -> RegionalGovernment | None:
    """ "An explosion hit a bridge in Russia's Bryansk region, the regional governor said", "the
    province's chief minister": an office called regional, or the region's, is that of the last
    region the text named before it."""
    if token.lemma_.lower() not in OFFICE_NOUNS or not (_called_regional(token) or _the_regions(token)):
        return None
    doc = token.doc
    for entity in reversed([e for e in doc.ents if e.end <= token.i and e.label_ in {"GPE", "LOC", "NORP", "ORG"}]):
        after = doc[entity.end] if entity.end < len(doc) else None
        called_a_region = after is not None and after.lemma_.lower() in REGION_WORDS
        name = entity.text.removeprefix("the ").removesuffix("'s").removesuffix("’s").strip()
        if not called_a_region and name.casefold() not in _table():
            continue  # "Kupiansk", "the West": the region must be named as one
        found = _government_of(name, country_focus, called_a_region=True)
        if found is not None:
            return found
    return None


def _called_regional(office: Token) -> bool:
    return not any(c.dep_ == "poss" for c in office.children) and any(
        c.dep_ == "amod" and c.lower_ in {"regional", "provincial"} for c in office.children)


def _the_regions(office: Token) -> bool:
    """ "the province's chief minister", "the state's governor": the office of a region named
    before, by a definite possessive."""
    for owner in (c for c in office.children if c.dep_ == "poss"):
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children):
            continue
        lemma = owner.lemma_.lower()
        if lemma in REGION_OWNERS or lemma == "state" and office.lemma_.lower() in REGIONAL_STATE_OFFICES:
            return True
    return False


def people_government(office: Token, country_focus: str | None) -> RegionalGovernment | None:
    """ "the Kurdish authorities" in a story about Iraq: the government of the region that people's
    name stands for (PEOPLE_ALIASES), only in a story about the region's country."""
    if office.lemma_.lower() not in BODY_NOUNS and office.lower_ not in BODY_NOUNS:
        return None
    for modifier in (c for c in office.children if c.dep_ in {"amod", "compound", "nmod"}):
        known = _table().get(modifier.lower_)
        if known is not None and modifier.lower_ in PEOPLE_ALIASES and known.country == country_focus:
            return known
    return None
