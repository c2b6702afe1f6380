"""Actor mentions: named entities (after the knowledge-base ruler, with the model's labels corrected
and spellings matched to the knowledge base), state organs ("the Syrian army", "Israeli jets",
"Turkish intelligence"), the generic nouns news uses for actors ("rebels", "protesters"), acronyms
defined in the text and short forms ("the group", "the army"), each tied to a canonical identity.
Unnamed collectives come from ``generic_actors.tsv`` ("armed groups", "Israeli settlers",
"opposition politicians", "aid groups"). A capital is its government when it speaks, is spoken to
or is dealt with ("the cooperation with Washington"); a country named only as where something
happens ("in northern Iraq", "Russia's Dagestan region", "the border with Niger") is no actor; nor
is a site or town the model calls an organisation ("the Khor Mor gas field", "took control of
Babanusa", "the people of Sinaloa") or a portfolio cut off a title ("Interior" in "Interior
Minister X").

Bodies named by their owner or their role: a state organ's press office ("the military's media
wing": the press office the knowledge base gives that organ), a leader's office ("President X's
office": the government X heads), the body that monitors a ceasefire ("the committee monitoring
the truce"). People named by what they do or are: a party's supporters in a street confrontation
are protesters, people named by their help to a side ("anyone who helped the army", "informers")
and people counted by nationality ("five Palestinians") are civilians. An article's country does
not follow the city where an accord was signed or a government sits ("signed in Rome", "the
government in Kabul").

Groups named past a bracketed short form ("Rapid Support Forces (RSF) fighters") or by "its" in a
report told as fact ("Its fighters ambushed a convoy, sources said"; in what a speaker claims,
"its" is the speaker's); numbered units of a regular army's arms ("the 65th Mechanised Brigade")
are state forces; a branch named by its region ("Islamic State's Khorasan branch") is that branch.

Sides named by what they lead, own or claim: the state inside a coalition's name ("the Saudi-led
coalition") is an actor too; a capital that arms or funds a side is its state ("militias armed by
Kinshasa"); "forces loyal to Khalifa Haftar" are the force the knowledge base says he leads; a post,
base or convoy named by a demonym is that state's forces ("Pakistani border posts"); a group that
claims the attack is the side the report left unnamed ("Gunmen ambushed ... The BLA claimed the
attack"). Country words written in capitals ("CAR", "US") count only as written.

Owns the order of these passes; the in-article resolution of acronyms and short forms is in
``sitrep.extract.shortforms``, spelling-tolerant lookup in ``sitrep.resolve.actors``.
"""

from __future__ import annotations

import re

from collections import Counter
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from sitrep.kb.actors import KnownActor, actor_by_id, actor_id, actor_index, known_actors
from sitrep.kb.countries import (
    RULING_ACTORS, capital_country, country_code, country_name, government_name, is_demonym, national_government,
    state_term_code,
)
from sitrep.kb.ontology import read_table
from sitrep.extract.regional import people_government, regional_force, regional_government, unnamed_regional_office
from sitrep.resolve.actors import lookup, lookup_exact

STAGE = "sitrep.mentions.v2"

STATE_KINDS = {"state_forces", "government"}
# a state, its government and its forces: one side (a ministry speaks for the army; an arrest of
# officers by their own government is no war)
STATE_APPARATUS = {"state", "government", "state_forces"}
PROTEST_VERBS = {"march", "rally", "protest", "demonstrate", "riot", "picket"}
TRANSNATIONAL_KINDS = {"international_org", "monitor"}  # no country from the article's focus
UNKNOWN_COUNTRY = "(unidentified country)"
ORG_KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("monitor", ("observatory", "monitor", "watch", "amnesty")),
    # before "agency" and "service" read as international: a state's security bodies
    ("state_forces", ("intelligence", "border service", "border guard", "security service", "coast guard",
                      "security agency")),
    ("international_org", ("united nations", "u.n.", "union", "nato", "red cross", "unicef", "council",
                           "organization", "organisation", "agency", "commission", "mission")),
    ("media", ("news", "tv", "television", "radio", "times", "post", "reuters", "afp", "press")),
    ("government", ("anti-terrorism committee", "investigative committee", "ministry", "government", "presidency", "parliament", "cabinet", "department")),
    ("state_forces", ("armed forces", "armed force", "police", "army", "navy", "air force", "national guard",
                      "gendarmerie", "command", "regiment", "battalion", "division", "corps", "operation",
                      "task force", "military district", "military region", "military zone", "group of forces")),
    ("political_party", ("party", "congress", "league")),  # "the Awami League", the "United League of Arakan"
    (
        "armed_group",
        ("front", "brigade", "militia", "movement", "forces", "liberation", "resistance",
         "group", "cartel", "mujahideen", "jihad", "legion", "coalition", "alliance", "army",
         "battalion", "jaysh", "jaish", "kataib", "liwa", "saraya", "harakat", "ansar"),
    ),
)
STRONG_ORG_WORDS = {"brigade", "brigades", "front", "militia", "movement", "forces", "army", "battalion",
                    "coalition", "alliance", "council", "party", "organization", "organisation", "group",
                    "cartel", "legion", "corps", "jaysh", "jaish", "kataib", "liwa", "saraya", "harakat",
                    "hezbollah", "mujahideen", "division", "regiment", "command", "committee", "directorate"}
# ranks and honorifics written before a name ("Major General X", "Sheikh Y")
RANKS = {"major", "general", "brigadier", "colonel", "lieutenant", "lt", "gen", "col", "maj", "captain",
         "commander", "sheikh", "dr", "mr", "ms", "mrs", "admiral", "marshal", "field", "sergeant"}
# ... and as the model leaves them inside a name it takes whole for an organisation ("Lieutenant
# General Tadesse Werede", "Kachalla Bello Turji"): with their full stops, and local titles
NAME_RANKS = RANKS | {"lt.", "maj.", "col.", "capt", "capt.", "gen.", "kachalla", "emir", "imam", "dr.", "mr."}
# lower-case nouns that stand before a person's name ("the warlord Bello Turji")
PERSON_ROLE_NOUNS = {"warlord", "kingpin", "strongman", "cleric", "preacher", "commander", "leader",
                     "chief", "boss", "spokesman", "spokeswoman", "militant", "rebel", "activist",
                     "journalist", "lawmaker", "senator", "opposition", "president", "premier", "minister",
                     "governor", "mayor", "emir"}
MISLABELS = {"PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "LAW", "GPE", "LOC", "EVENT", "NORP"}
# Platforms a statement is made on, not actors ("said on Telegram").
PLATFORM_NAMES = {"telegram", "x", "twitter", "facebook", "youtube", "instagram", "tiktok", "whatsapp"}
PLACE_NOUNS = {"village", "town", "city", "district", "province", "region", "area", "neighbourhood",
               "neighborhood", "camp", "governorate", "county", "state"}
MODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}
MILITARY_ACTS = {"shelling", "strike", "airstrike", "attack", "bombardment", "raid", "offensive", "bombing",
                 "assault", "incursion", "barrage", "operation", "advance", "counteroffensive", "counter-offensive"}
BACKER_HEADS = {"back", "backed", "support", "supported", "sponsor", "sponsored", "arm", "fund", "ally", "allied"}
# what a state says: "Ethiopian accusations", "a Russian demand" are the state's words
STATE_WORD_NOUNS = {"accusation", "allegation", "claim", "charge", "demand", "proposal", "offer", "ultimatum",
                    "request", "assertion"}


@dataclass(frozen=True, slots=True)
class Generic:
    kind: str
    template: str
    needs_country: bool


@cache
def generic_actors() -> dict[str, Generic]:
    """``generic_actors.tsv``: lemma (or "modifier lemma") -> kind and name template."""
    return {
        row["term"]: Generic(row["kind"], row["template"], row["needs_country"] == "yes")
        for row in read_table("generic_actors.tsv")
    }


@dataclass(slots=True)
class ActorMention:
    """A stretch of tokens that names an actor, with the canonical identity it resolves to."""

    start: int  # token indices, spaCy style
    end: int
    start_char: int
    end_char: int
    text: str
    name: str
    kind: str
    country: str | None
    known: bool = False  # from the knowledge base
    generic: bool = False  # a generic noun ("rebels"), not a name

    @property
    def actor_id(self) -> str:
        return actor_id(self.kind, self.name)


NOT_ACTOR_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
TOWN_POPULATION = 20_000
AREA_NOUNS = {"township", "mountains", "mountain", "valley", "bank", "banks", "outskirts", "countryside",
              "coast", "shore", "municipality", "department", "locality", "commune", "subdistrict"}
# "the Khor Mor gas field", "the Kajaki dam": a site named after a place, never an actor
SITE_NOUNS = {"field", "gasfield", "oilfield", "airport", "airbase", "port", "refinery", "dam", "crossing",
              "mine", "terminal", "pipeline", "highway", "bridge"}
# "control of X", "the siege of X", "residents of X": X is a place
HELD_NOUNS = {"control", "siege", "people", "residents", "inhabitants", "streets"}
TITLE_NOUNS = {"minister", "secretary", "commissioner", "spokesman", "spokeswoman", "spokesperson"}
PORTFOLIO_WORDS = {"interior", "defence", "defense", "foreign", "home", "finance", "justice", "information",
                   "security", "health", "energy", "oil", "economy", "trade", "education", "communications",
                   "culture", "agriculture", "transport", "labour", "labor", "mines", "petroleum", "affairs",
                   "and", "internal", "external", "public"}
LOCATIVE_PREPS = {"in", "near", "at", "across", "outside", "inside", "around", "into", "throughout", "through", "of"}
# a road's ends are places: "on the road to Sokoto", "the highway from Gao", "the route between X and Y"
ROUTE_PREPS = {"to", "from", "between", "linking", "connecting"}
ROUTE_NOUNS = {"road", "highway", "route", "motorway", "corridor", "railway", "axis"}


def names_a_lake(span: Span) -> bool:
    """ "Lake Chad": a name after "Lake" is the lake's, not the country's."""
    return span.start > 0 and span.doc[span.start - 1].text == "Lake"


def _hyphenated_town_country(span: Span) -> str | None:
    """The country of a hyphenated town looked up as written ("Croix-des-Bouquets"), not word by word."""
    return _town_country(span.text) if "-" in span.text else None


def focus_country(doc: Doc) -> str | None:
    """The country an article is mostly about. ACLED codes an event by the country it happens in,
    not by the nationality of those who act, so the places where things happen weigh most: a
    country or a town named after "in/near/at/of ..." ("in northern Iraq", "the town of Léré",
    "the Majz district of Saada province") counts 2, another country name 1, a demonym ("Turkish
    warplanes") half. A backer ("Saudi-backed") does not count. Ties go to the first named. An
    article that names no place takes the country of the knowledge-base actors it names ("the
    Arakan Army")."""
    counts: Counter[str] = Counter()
    groups: Counter[str] = Counter()
    datelines = dateline_spans(doc)
    for start, _ in datelines:
        # "BAMAKO (AFP) -": the city the story was filed from, when the dateline names no country
        # (one that does is counted below with the other country names)
        city = DATELINE_CITY.match(doc.text, start)
        if city is not None:
            name = city.group(1).strip().title()
            code = capital_country(name) or _town_country(name)
            if code is not None:
                counts[code] += DATELINE_CITY_WEIGHT
    for ent in doc.ents:
        if ent.label_ in NOT_ACTOR_LABELS or ent.root.head.lemma_.lower() in BACKER_HEADS:
            continue
        if _across_border(ent.root):
            continue  # "on the Algerian frontier", "the border with Niger": next to that country, not in it
        if names_a_lake(ent):
            continue  # "the shores of Lake Chad": a lake, not the country
        code = country_code(ent.text) if ent.label_ in {"GPE", "NORP", "LOC"} else None
        # whatever the label: the model calls some towns NORP or ORG
        located = _located(ent.root) and not _at_venue(ent.root)
        if code is not None:
            # "a U.S. drone", "the U.S. military": a country named as a modifier counts as a demonym
            modifier = ent.root.dep_ in {"compound", "amod", "nmod"} and ent.root.head.pos_ in {"NOUN", "PROPN"}
            counts[code] += 2 if located else 1 if ent.label_ in {"GPE", "LOC"} and not modifier else 0.5
            if any(start <= ent.start_char < end for start, end in datelines):
                counts[code] += 1  # "MEDELLÍN, Colombia (Reuters) -": where the story was filed
            continue
        known = _known(ent)
        if known is not None and known.country and known.kind not in {"international_org", "state", "media"}:
            groups[known.country] += 1
        elif ent.label_ == "ORG" and _name_country(ent):
            counts[_name_country(ent)] += 0.5  # "the Sudanese Professionals Association"
        elif located:
            end = ent.end
            while end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].text[:1].isalpha():
                end += 2  # "Croix-des-Bouquets", of which the model labelled only "Croix"
            start = ent.start
            while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
                start -= 1  # "Debre Markos", of which the model labelled only "Markos" (a Polish town)
            whole = doc[start:ent.end].text if start < ent.start else None
            code = (_hyphenated_town_country(doc[ent.start : end]) if end > ent.end else None) or (
                whole and (capital_country(whole) or _town_country(whole))) or capital_country(
                ent.text) or _town_country(ent.text) or _big_city_country(ent.text)
            if code is not None:
                counts[code] += 2
    for token in doc:
        # "near Mocimboa da Praia": a town the statistical model did not label at all
        if token.ent_type_ or token.pos_ != "PROPN" or token.dep_ != "pobj" or not _located(token) \
                or _at_venue(token):
            continue
        words = [t for t in doc[token.left_edge.i : token.i + 1] if t.pos_ == "PROPN" or t.lower_ in {"da", "de", "al", "el"}]
        if words and not any(t.ent_type_ for t in words):
            # "in Croix-des-Bouquets": the hyphenated name as written before its capitalised words
            code = _hyphenated_town_country(doc[words[0].i : token.i + 1]) or capital_country(
                " ".join(t.text for t in words)) or _town_country(
                " ".join(t.text for t in words))
            if code is not None:
                counts[code] += 2
    # known actors act abroad (Russia's Africa Corps in Mali): their countries only decide when
    # the article names no place at all
    counts = counts or groups
    return _first_most_common(counts) if counts else None


DATELINE_CITY = re.compile(r"[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{2,40}?)\s*\(")  # no country before the agency
# less than a place where something happens: agencies also file from a neighbour's capital
DATELINE_CITY_WEIGHT = 1.5


def _across_border(token: Token) -> bool:
    """ "the Algerian frontier", "Niger's border", "the border with Libya": a country named as the
    other side of a border."""
    if token.dep_ in {"amod", "compound", "poss"} and token.head.lemma_.lower() in BORDER_NOUNS:
        return True
    return _border_with(token)


# where an accord was signed, talks were held or a government sits ("the Taliban government in
# Kabul") says nothing of where the fighting is
VENUE_WORDS = {"sign", "broker", "mediate", "negotiate", "host", "talk", "summit", "conference", "accord",
               "agreement", "deal", "meeting", "negotiation", "government", "administration", "authority",
               "regime", "embassy", "ministry", "parliament", "court"}


def _at_venue(token: Token) -> bool:
    """ "an agreement signed in Rome", "talks in Doha", "the government in Kabul": where diplomats
    met or a government sits, not where things happen."""
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS and \
        token.head.head.lemma_.lower() in VENUE_WORDS


def _located(token: Token) -> bool:
    """Whether a name is where something happens: the object of a locative preposition, directly
    or through the place nouns around it ("in the Majz district of Saada province")."""
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
            if head.lower_ != "of" or head.head.lemma_.lower() in PLACE_NOUNS | AREA_NOUNS:
                return True
        if token.dep_ in {"pobj", "conj"} and head.lower_ in ROUTE_PREPS and head.head.lemma_.lower() in ROUTE_NOUNS:
            return True  # "on the road to Sokoto", "the highway between Gao and Ansongo"
        if token.dep_ not in {"pobj", "compound", "poss", "appos", "nmod", "prep"} and token.pos_ != "PROPN":
            return False
        token = head
    return False


def _town_country(name: str) -> str | None:
    """The country of a well-known place of that exact name: an admin area, or the most populous
    namesake when it is a town of some size ("Aden", "Manbij"); a hamlet's namesakes say nothing."""
    from sitrep.resolve.gazetteer import open_gazetteer  # built lazily on first use

    words = name.split()
    if len(words) > 1 and words[-1].lower() in PLACE_NOUNS | {"governorate", "oblast"}:
        name = " ".join(words[:-1])
    sizable = [
        e for e in open_gazetteer().lookup(name)
        if e.score >= 100 and e.country and ((e.fcode or "").startswith("ADM") or e.population >= TOWN_POPULATION)
    ]
    countries = {e.country for e in sizable}
    return countries.pop() if len(countries) == 1 else None


BIG_CITY = 100_000


def _big_city_country(name: str) -> str | None:
    """ "Gaza City": a city named as one, though a province elsewhere shares the name."""
    from sitrep.resolve.places import best_entry  # the gazetteer is built lazily

    if not name.endswith(" City"):
        return None
    entry = best_entry(name)
    if entry is None or not entry.country or (entry.fclass or "") != "P" or (entry.population or 0) < BIG_CITY:
        return None
    return entry.country


def _first_most_common(counts: Counter[str]) -> str:
    # Counter keeps insertion order, and max() returns the first of equal counts
    return max(counts, key=counts.__getitem__)


def _is_place_name(span: Span) -> bool:
    """ "the village of Kfar Zeit": the model often calls such names PERSON or ORG."""
    head = span.root.head
    return (
        span.root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in PLACE_NOUNS
    )


def _names_a_place(span: Span) -> bool:
    """ "near Diafarabé", "a summit in Bamako", "Kyaukphyu township", "the Majz district": a name
    the model calls an organisation or a person, used where only a place fits. Names that look like
    organisations ("the Hamza Division") stay actors."""
    if _looks_like_org(span):
        return False
    if span.label_ == "PERSON" and span.start > 0 and span.doc[span.start - 1].lower_ in NAME_RANKS:
        return False  # "the army's spokesman in Ituri, Lieutenant Samuel Kabeya": a rank names a person
    root = span.root
    if root.dep_ == "compound" and root.head.lemma_.lower() in PLACE_NOUNS | AREA_NOUNS | SITE_NOUNS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in HELD_NOUNS:
        return span.label_ != "PERSON"  # "took control of Babanusa", "the people of Sinaloa"
    if root.dep_ == "dobj" and root.head.lemma_.lower() in TAKING_VERBS and _known_town(span.text):
        return True  # "captured Kyaukphyu", "overran Maungdaw": a town is taken, not a party
    if root.dep_ == "compound" and root.head.lemma_.lower() in NAMED_ATTACKS and _known_town(span.text):
        return True  # "claimed the Derbent attack", "the Kikyo killings": where it happened
    return _located(root)


# events news names by the town they happened in
NAMED_ATTACKS = {"attack", "attacks", "bombing", "massacre", "raid", "killing", "killings", "shooting", "blast",
                 "ambush", "siege", "offensive", "strike", "explosion"}
# verbs whose object is a place when it is a known town
TAKING_VERBS = {"capture", "seize", "retake", "recapture", "overrun", "take", "enter", "storm", "besiege",
                "encircle", "liberate", "shell", "bomb", "raid", "attack", "strike", "hit", "surround"}


def _known_town(name: str) -> bool:
    from sitrep.resolve.gazetteer import open_gazetteer  # built lazily on first use

    return any(e.score >= 100 and (e.fclass or "") == "P" for e in open_gazetteer().lookup(name))


def _title_fragment(span: Span) -> bool:
    """ "Interior Minister X", "Deputy Defence Minister Y": the model cuts the portfolio off the
    title and calls it an organisation; it names no one."""
    root = span.root
    return (root.dep_ == "compound" and root.head.lemma_.lower() in TITLE_NOUNS
            and all(token.lower_ in PORTFOLIO_WORDS for token in span))


# "the 65th Mechanised Brigade", "the 3rd Assault Brigade": a numbered unit of a regular army's
# arms; a rebel army's numbered units are plain "Brigade", "Front" or "Battalion"
REGULAR_UNIT = re.compile(r"\b\d+(?:st|nd|rd|th)\b.*\b(?:mechani[sz]ed|infantry|motori[sz]ed|armou?red|airborne|"
                          r"air assault|assault|jungle|artillery|marine|combined arms|guards|tank|mountain|rifle|"
                          r"commando|army corps|jaeger|paratroop\w*|ranger|motor rifle)\b", re.IGNORECASE)


def org_kind(text: str) -> str:
    """The kind an unknown organisation's name suggests ("... Brigade" -> armed_group)."""
    if REGULAR_UNIT.search(text):
        return "state_forces"
    lowered = f" {text.casefold()} "
    for kind, words in ORG_KIND_WORDS:
        if any(f" {word}" in lowered for word in words):
            return kind
    return "other"


NICKNAME = re.compile(r"\s+[\"“‘'][^\"“”‘’']+[\"”’']\s+")  # 'Ismael "El Mayo" Zambada'


# "the pro-Western Coalition for Change": the model takes the stance into the name
STANCE_PREFIX = re.compile(r"^(?:pro|anti)-\S+\s+(?=[A-Z])")


def clean_name(text: str) -> str:
    text = NICKNAME.sub(" ", text.strip()).strip("'\"“”‘’")
    if text.casefold().startswith("the "):
        text = text[4:]
    text = STANCE_PREFIX.sub("", text)
    if text.endswith("'s") or text.endswith("’s"):
        text = text[:-2]
    return text.strip()


def _known(span: Span) -> KnownActor | None:
    if span.ent_id_:
        actor = actor_by_id(span.ent_id_)
        if actor is not None:
            return actor
    if span.label_ in PLACE_LABELS:
        # "the nomads of the Sahara": a place may be spelt like a person ("al-Sharaa") but is not one
        return lookup_exact(clean_name(span.text))
    return lookup(clean_name(span.text))


PLACE_LABELS = {"LOC", "GPE", "FAC"}


def _name_country(span: Span) -> str | None:
    """A country named inside an organisation's name ("Libyan National Army", "Polish intelligence")."""
    for token in span:
        if token.is_title or token.is_upper:
            code = country_code(token.text)
            if code:
                return code
    return None


INSTITUTION_WORDS = {"staff", "security", "service", "services", "directorate", "intelligence", "assembly",
                     "secretariat", "headquarters", "prosecutor", "court", "office", "authority",
                     "administration", "committee", "commission", "guard", "police", "union", "congress",
                     "inspectorate", "department", "ministry", "bureau", "agency", "directorate-general"}
LEADING_VERBS = {"lead", "head", "command", "found", "chair"}


def _leader_by(span: Span) -> bool:
    """ "the faction headed by Minni Minawi": what leads a group after "by" is most often a person
    (an organisation is said to "control" or "back" one)."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in {"faction", "junta", "gang"} \
            and span.start == root.head.i + 1 and len(span) <= 3 and _known(span) is None:
        return True  # "the faction of Bakura Doro": a group named after a person is his
    return (root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_.lower() in LEADING_VERBS
            and _known(span) is None)


GROUP_NOUNS = {"gang", "militia", "faction", "cartel", "movement", "brigade", "group", "coalition",
               "alliance", "front", "battalion", "insurgency", "guerrilla", "network", "organisation",
               "organization", "party"}
# what an apposition may call a name the model took for a place: a group, or a part of one
APPOSED_GROUP_NOUNS = GROUP_NOUNS | {"wing", "arm", "branch", "outfit", "cell", "squad"}


NON_ARMED_WINGS = {"media", "press", "propaganda", "political", "information", "charity", "charitable",
                   "humanitarian", "social", "financial", "diplomatic"}


STATE_PART_NOUNS = {"wing", "arm", "branch", "unit", "squad"}


def _owned_by_state(noun: Token) -> bool:
    """Whether a wing or unit belongs to a state's forces: its owner ("of Kenya's police", "the
    army's") is a state's force or organ by the generic table, or is named with a country."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for owner in owners:
        found = _generic_of(owner)
        if found is not None and found[0].kind in {"state_forces", "government"}:
            return True
        name = " ".join(t.text for t in owner.lefts if t.dep_ == "compound") + " " + owner.text
        if any(t.dep_ == "poss" and country_code(t.text) for t in owner.children) and (
                org_kind(name) in {"state_forces", "government"}):
            return True  # "of Kenya's National Police Service"
    return False


def _group_apposition(span: Span) -> str | None:
    """The kind an apposition gives a name the model took for a place or a person ("X, a gang",
    "X, an armed group"), or None."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    nouns += [root.head] if root.dep_ == "appos" and root.head.i < root.i else []
    for noun in nouns:
        if any(c.dep_ in {"amod", "compound"} and c.lower_ in NON_ARMED_WINGS for c in noun.children):
            continue  # "the army's media wing, ISPR", "its political arm": no armed group
        if noun.lemma_.lower() in APPOSED_GROUP_NOUNS and noun.pos_ == "NOUN":
            if noun.lemma_.lower() in STATE_PART_NOUNS and _owned_by_state(noun):
                return "state_forces"  # "the GSU, the paramilitary wing of Kenya's police"
            found = _generic_of(noun)
            kind = found[0].kind if found is not None else "armed_group"
            return "political_party" if noun.lemma_.lower() == "party" else kind
    return None


def _ranked_name(span: Span) -> Span | None:
    """The name after the ranks in "Lieutenant General Tadesse Werede", or None when the span
    does not open with a rank or what follows reads as an organisation ("General Command")."""
    start = span.start
    while start < span.end and span.doc[start].lower_ in NAME_RANKS:
        start += 1
    name = span.doc[start : span.end]
    if start == span.start or not name or not all(token.is_title for token in name):
        return None
    if org_kind(name.text) != "other" or any(
            token.lower_ in STRONG_ORG_WORDS | PLACE_NOUNS | INSTITUTION_WORDS for token in name):
        return None  # "General Staff", "General Security Service"
    return name


def _names_fighters(span: Span) -> bool:
    """An unknown name modifying a noun for armed men ("Druze fighters"), with no kind of its own."""
    root = span.root
    if root.dep_ not in {"compound", "amod", "nmod"} or root.head.i < root.i or org_kind(span.text) != "other":
        return False
    found = _generic_of(root.head)
    return found is not None and found[0].kind == "armed_group" and found[0].template.startswith("Unidentified")


def _looks_like_org(span: Span) -> bool:
    return any(token.lower_ in STRONG_ORG_WORDS for token in span) and any(t.is_title for t in span)


# an aircraft's or a weapon's model: "F-16", "Su-34", "MiG-29", "TB2"
WEAPON_MODEL = re.compile(r"^[A-Z][A-Za-z]{0,3}-?\d{1,3}[A-Z]?\d?$")


def _entity_mention(span: Span, country_focus: str | None) -> ActorMention | None:
    label = span.label_
    if label in {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}:
        return None
    if names_a_lake(span):
        return None  # "the islands of Lake Chad": a lake, not the state
    if len(span) > 1 and is_demonym(span[0].text) and all(WEAPON_MODEL.match(t.text) for t in span[1:]):
        return None  # "Iraqi F-16 jets", "Russian Su-34 bombers": the generic noun names the forces
    if label in {"PERSON", "ORG"} and len(span) == 1 and is_demonym(span.text):
        label = "NORP"  # "Nigerien troops": the model sometimes calls a demonym a person
    if label in {"GPE", "ORG", "PERSON", "LOC"} and capital_country(span.text):
        government = _capital_as_government(span)  # the model calls "Kinshasa" any of these
        if government is not None:
            return government
        organ = _generic_of(span.root.head) if span.root.dep_ == "poss" else None
        if label in {"ORG", "PERSON"} and organ is not None and organ[0].kind in STATE_KINDS:
            return None  # "Kyiv's foreign ministry": the capital says whose organ, and is no body itself
        if label in {"ORG", "PERSON"} and not _located(span.root):
            # "fighting on Kyiv's side", "a defence pact with Kinshasa": the model took the
            # capital for a body or a person; it stands for its state
            code = capital_country(span.text)
            return _mention(span, country_name(code), "state", code, known=True)
    if label in {"GPE", "LOC", "NORP", "PERSON", "ORG", "FAC"} and (regional := regional_government(span, country_focus)):
        # "Puntland's security minister", "the Kirkuk provincial council": a region that holds an
        # office is its government
        return _mention(span, regional.name, "government", regional.country)
    if label in {"GPE", "NORP"} and span.root.dep_ in MODIFIER_DEPS:
        # "Russian shelling", "Israeli strikes": a state named as the doer of a military act is
        # its armed forces, not the country or its people.
        code = country_code(span.text)
        if code is not None and span.root.head.lemma_.lower() in MILITARY_ACTS:
            return _mention(span, f"Military Forces of {country_name(code)}", "state_forces", code)
    known = _known(span) if label in {"ORG", "PERSON", "NORP", "GPE", *MISLABELS} else None
    if known is not None and known.kind == "state":
        head = span.root.head if span.root.dep_ in MODIFIER_DEPS else None
        if (label == "NORP" and span.root.head.lemma_.lower() not in BACKER_HEADS) or (
            head is not None and _generic_of(head) is not None
        ):
            known = None  # "Israeli jets": the generic noun takes the whole phrase
    if known is not None and known.kind == "state" and _country_as_place(span):
        return None
    if known is not None:
        return _mention(span, known.name, known.kind, known.country, known=True)
    group_noun = _group_apposition(span) if label in MISLABELS - {"PERSON"} else None
    if group_noun is not None and not _is_place_name(span):
        # "the Imam al-Mahdi Scouts, the party's youth movement": the apposition says it is a group,
        # whatever position the name stands in
        return _mention(span, clean_name(span.text), group_noun, _name_country(span) or country_focus)
    if _is_place_name(span) or _names_a_place(span) or _title_fragment(span):
        return None
    if all(token.lower_ in NAME_RANKS for token in span):
        return None  # "Major General" before a name the model split off: a rank, no one's name
    if label == "ORG" and org_kind(span.text) == "other" and all(t.is_title for t in span if t.is_alpha) and (
            span.start > 0 and span.doc[span.start - 1].lower_ in PERSON_ROLE_NOUNS or _leader_by(span)):
        return _mention(span, clean_name(span.text), "person", None)  # "the warlord Bello Turji"
    if label == "ORG" and (named := _ranked_name(span)) is not None:
        return _mention(named, clean_name(named.text), "person", None)
    group_noun = _group_apposition(span) if label in MISLABELS - {"PERSON"} or (
        label == "ORG" and _known(span) is None and org_kind(span.text) == "other") else None
    if group_noun is not None:
        # "Kokorat San Ras, a gang that belongs to ...": the apposition says what the name is
        return _mention(span, clean_name(span.text), group_noun, _name_country(span) or country_focus)
    if label in MISLABELS and len(span) > 1 and _looks_like_org(span):
        label = "ORG"  # the model's PERSON/FAC/WORK_OF_ART for "Liwa al-Quds Brigade" and the like
    if label in {"PERSON", "ORG"} and _names_fighters(span):
        # "Druze fighters", "Bedouin gunmen": a name the model took for a person or an
        # organisation of no known kind, worn by armed men, is their group
        return _mention(span, clean_name(span.text), "armed_group", _name_country(span) or country_focus)
    if label == "PERSON":
        if len(span) == 1 and _generic_of(span.root) is not None:
            return None  # "khawarij": a generic noun the model took for a name
        return _mention(span, clean_name(span.text), "person", None)
    if label == "ORG":
        name = clean_name(span.text)
        if not name or name.casefold() in PLATFORM_NAMES:
            return None
        if _generic_of(span.root) and all(
                t.lower_ in PORTFOLIO_WORDS or t.i == span.root.i or not (t.is_title or t.is_upper)
                for t in span if not t.is_stop):
            # "the defence ministry", "the Interior Ministry": a generic organ, however it is
            # written; the generic pass finds whose
            return None
        kind = org_kind(name)
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if kind == "other" and after is not None and after.lemma_.lower() in NAMED_GROUP_NOUNS - {"group"} and any(
                t.head.i == after.i and t.dep_ in {"compound", "nmod", "amod"} for t in span):
            kind = "armed_group"  # "the Bwa Kale brigade", "the Grand Ravine gang": the noun after the name says
        country = _name_country(span) or _possessor_country(span)
        if country is None and kind not in TRANSNATIONAL_KINDS:
            # an organisation the knowledge base does not know, in an article about one country,
            # is almost always of that country ("the Resistance Committees", "the 36th Front")
            country = country_focus
        return _mention(span, name, kind, country)
    if label in {"GPE", "NORP"}:
        code = country_code(span.text)
        if code is None:
            return _capital_as_government(span)
        head = span.root.head if span.root.dep_ in MODIFIER_DEPS else None
        if head is not None and _generic_of(head) is not None:
            return None  # "Syrian troops": the generic noun takes the whole phrase
        if label == "NORP" and span.root.head.lemma_.lower() not in BACKER_HEADS | STATE_WORD_NOUNS:
            # a bare demonym ("Syrian") names people, not the state ("Turkish-backed" and "a
            # Russian demand" do)
            return None
        if _country_as_place(span):
            return None
        return _mention(span, country_name(code), "state", code, known=True)
    return None


BORDER_NOUNS = {"border", "frontier", "boundary"}


def _possessor_country(span: Span) -> str | None:
    """ "Russia's Southern Military District", "Ukraine's 3rd Assault Brigade": the country whose
    possessive the name stands after."""
    if span.start < 2 or span.doc[span.start - 1].lower_ not in {"'s", "’s"}:
        return None
    owner = span.doc[span.start - 2]
    return country_code(span.doc[owner.left_edge.i : owner.i + 1].text) or country_code(owner.text)


def _country_as_place(span: Span) -> bool:
    """ "in northern Iraq", "drones at Ukraine", "Russia's Dagestan region", "the border with
    Niger": a country named as where something happens, not as a party to it (ACLED codes it as
    the event's country, not as an actor)."""
    root = span.root
    if _located(root):
        return True
    head = root.head
    if root.dep_ == "poss" and head.lemma_.lower() in PLACE_NOUNS | AREA_NOUNS:
        return True
    return _border_with(root)


def _border_with(token: Token) -> bool:
    """ "the border with Niger": a country after "with" on a border noun."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ != "with":
        return False
    # the parser often hangs "with" on the verb ("fled towards the border with X")
    before = token.doc[head.i - 1] if head.i > 0 else head
    return head.head.lemma_.lower() in BORDER_NOUNS or before.lemma_.lower() in BORDER_NOUNS


SPEECH_HEADS = {"accuse", "blame", "warn", "urge", "condemn", "criticise", "criticize", "threaten", "tell",
                "call", "ask", "demand", "reject", "deny", "welcome", "thank", "praise", "say", "announce",
                "respond", "retaliate", "summon", "talk", "negotiate", "sign", "agree", "meet", "expel",
                "cooperate", "press", "pressure", "implore", "invite"}
APPEAL_HEADS = {"call", "appeal", "plead", "prevail"}

# nouns of dealings between states: a capital after them ("ties with Moscow") is its government
RELATION_NOUNS = {"cooperation", "talks", "ties", "relation", "agreement", "deal", "dispute", "tension",
                  "negotiation", "dialogue", "partnership", "rift", "pressure", "support", "mediation",
                  "rapprochement", "standoff", "row", "contact", "coordination", "tie"}
# "its ally Moscow": a capital in apposition to one of these is its government
ALLY_WORDS = {"ally", "partner", "patron", "backer", "sponsor", "neighbour", "neighbor", "rival", "foe"}


CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "conj", "ROOT"}
# "the Kyiv regime", "the Asmara government": a capital before one of these is its government
RULER_NOUNS = {"government", "regime", "authority", "administration", "junta", "leadership", "cabinet"}
# what a capital's possessive gives to its state, not to the city: "Kyiv's attacks", "Tehran's
# proxies", "Khartoum's refusal" (a city's own "outskirts" and "mayor" stay the city's)
CAPITAL_DEEDS = MILITARY_ACTS | STATE_WORD_NOUNS | {
    "force", "troop", "army", "proxy", "war", "aggression", "invasion", "occupation", "policy", "decision",
    "refusal", "backing", "attempt", "drone", "missile", "crime", "provocation", "escalation", "campaign",
    "crackdown", "threat", "violation", "ally", "aggressor", "position", "response", "retaliation"}
PARTNER_VERBS = {"cooperate", "work", "coordinate", "negotiate", "talk", "partner", "engage", "share"}
# what a capital does as its state's patron: "armed by Kinshasa", "funded by Tehran"
PATRON_DEEDS = {"arm", "fund", "finance", "back", "support", "train", "equip", "supply", "sponsor", "pay", "bankroll"}


INVITATION_NOUNS = {"invitation", "request", "behest"}
# what is sent to a capital: "in a message to Washington"
SENT_WORDS = {"message", "letter", "warning", "note", "ultimatum", "signal", "appeal", "offer"}
NATIONAL_WORDS = {"federal", "national", "central", "union"}


def _national(token: Token) -> bool:
    """Whether a state organ is said to be the whole state's ("the federal government", "central
    authorities"), not a region's."""
    return any(c.dep_ == "amod" and c.lower_ in NATIONAL_WORDS for c in token.children)


def _capital_as_government(span: Span) -> ActorMention | None:
    """ "Kinshasa accused Kigali of backing the rebels": a capital that speaks or is spoken to is
    its government; one that arms or funds ("militias armed by Kinshasa") is its state, as a
    patron. A capital where something happens ("in Kinshasa") stays a place."""
    code = capital_country(span.text)
    if code is None:
        return None
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "urged Bujumbura and Kigali": the second capital stands where the first does
    head = root.head
    if root.dep_ in {"nsubj", "nsubjpass"} and (head.pos_ in {"VERB", "AUX"} or head.dep_ in CLAUSE_DEPS):
        pass  # a clause's subject, also where the tagger took its verb for a noun ("that Kabul rein in")
    elif root.dep_ in {"dobj", "iobj"} and head.lemma_.lower() in SPEECH_HEADS:
        pass
    elif root.dep_ == "dobj" and head.lemma_.lower() == "hold" and any(
            c.lower_ in {"responsible", "accountable", "liable"} for c in head.children):
        pass  # "held Juba responsible for the bombing"
    elif root.dep_ == "pobj" and head.lower_ in {"with", "against"} and head.head.lemma_.lower() in SPEECH_HEADS:
        pass
    elif root.dep_ == "pobj" and head.lower_ in {"on", "upon", "to"} and head.head.lemma_.lower() in APPEAL_HEADS:
        pass  # "called on Caracas to share the evidence", "appealed to Pristina and Belgrade"
    elif root.dep_ == "pobj" and head.lower_ in {"with", "against", "from", "between", "by", "to"} and (
        head.head.lemma_.lower() in RELATION_NOUNS
    ):
        pass  # "the cooperation with Washington", "pressure from Moscow", "ties to Ankara": a state dealt with
    elif root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in SENT_WORDS:
        # "said in a message to Washington", "a warning to Damascus": the state addressed
        return _mention(span, country_name(code), "state", code, known=True)
    elif root.dep_ == "pobj" and head.lower_ == "from" and head.head.lemma_.lower() in {"receive", "get", "obtain"}:
        pass  # "a faction that receives support from Asmara"
    elif root.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in PATRON_DEEDS:
        # "militias armed by Kinshasa", "the movement, which is armed and funded by Tehran": the
        # state as a patron (its government is not the one "the government" later refers to)
        return _mention(span, country_name(code), "state", code, known=True)
    elif root.dep_ in {"compound", "nsubj"} and head.lemma_.lower() in PATRON_DEEDS and any(
            t.lower_ in {"that", "which", "whom"} for t in span.doc[max(span.start - 2, 0) : span.start]):
        # "militias that Kinshasa arms and pays": the tagger takes "arms" for a noun
        return _mention(span, country_name(code), "state", code, known=True)
    elif root.dep_ == "poss" and head.lemma_.lower() in INVITATION_NOUNS:
        pass  # "at Maputo's invitation", "at Bamako's request"
    elif root.dep_ == "appos" and head.lemma_.lower() in ALLY_WORDS:
        pass  # "Minsk and its ally Moscow"
    elif root.dep_ == "poss" and head.lemma_.lower() in RELATION_NOUNS | CAPITAL_DEEDS | RULER_NOUNS | {"ruler"}:
        pass  # "Damascus's cooperation", "Kyiv's terrorist attacks", "Moscow's proxies"
    elif root.dep_ == "pobj" and head.lower_ == "with" and (head.head.lemma_.lower() in PARTNER_VERBS or (
            head.head.dep_ == "dobj" and head.head.head.lemma_.lower() in PARTNER_VERBS)):
        pass  # "would keep working with Amman", "to share intelligence with Nairobi"
    elif root.dep_ == "pobj" and head.lower_ in {"by", "with", "behind"} and head.head.lemma_.lower() == "stand":
        pass  # "Ankara stood by Damascus"
    elif root.dep_ in {"compound", "amod", "nmod"} and head.lemma_.lower() in RULER_NOUNS:
        pass  # "the Kyiv regime"
    else:
        return None
    return _mention(span, government_name(code), "government", code, known=code in RULING_ACTORS)


def _record(mention: ActorMention, mentions: list[ActorMention], taken: dict[int, ActorMention]) -> None:
    """Add a mention and claim its tokens that no earlier mention holds."""
    mentions.append(mention)
    for index in range(mention.start, mention.end):
        taken.setdefault(index, mention)


def _free_phrase(doc: Doc, start: int, token: Token, taken: dict[int, ActorMention]) -> Span:
    """The phrase from ``start`` to the noun, or the noun alone when a word of the phrase is
    another mention's already ("thousands of supporters" unless "thousands" is taken)."""
    span = doc[start : token.i + 1]
    return doc[token.i : token.i + 1] if any(i in taken for i in range(span.start, span.end)) else span


def _mention(
    span: Span, name: str, kind: str, country: str | None, *, known: bool = False, generic: bool = False
) -> ActorMention:
    return ActorMention(
        start=span.start, end=span.end, start_char=span.start_char, end_char=span.end_char,
        text=span.text, name=name, kind=kind, country=country, known=known, generic=generic,
    )


# "a military convoy", "a paramilitary camp": an adjective that names who owns what was hit
OWNER_ADJECTIVES = {"military", "paramilitary"}
OWNED_THINGS = {"checkpoint", "base", "convoy", "patrol", "post", "outpost", "camp", "barracks",
                "vehicle", "position", "positions", "helicopter", "aircraft", "plane", "jet", "drone",
                "unit", "column", "installation", "facility", "headquarters", "garrison", "academy"}
# verb + object idioms whose object noun is no actor: "joined forces with", "combined forces"
IDIOM_VERBS = {"force": {"join", "combine", "unite", "pool", "merge"}}


def _described_group(token: Token, mentions: list[ActorMention]) -> ActorMention | None:
    """The armed group named before that "the (Rwanda-backed) rebel group" describes."""
    from sitrep.extract.shortforms import antecedent  # the resolver builds on this module

    noun = token.head if token.dep_ in {"compound", "amod"} and token.head.lemma_.lower() in GROUP_NOUNS else None
    if noun is None or not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in noun.children):
        return None
    earlier = antecedent(noun, "armed_group", mentions)
    return earlier if earlier is not None and not earlier.generic else None


def _singular(word: str) -> str:
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


NOMINAL_PEOPLE = {"displaced", "homeless", "wounded", "injured"}  # adjectives news uses as nouns for a population


def _generic_of(token: Token) -> tuple[Generic, Token | None] | None:
    """The generic-actor entry for a noun, and the modifier that makes it two-word ("air force")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "ADJ" and lemma in OWNER_ADJECTIVES and token.dep_ == "amod" and (
            token.head.lemma_.lower() in OWNED_THINGS):
        entry = generic_actors().get(lemma)  # "a military checkpoint": the military's
        return (entry, None) if entry is not None else None
    if lemma == "junta" and token.dep_ in {"compound", "amod"} and token.head.lemma_.lower() in OWNED_THINGS:
        entry = generic_actors().get("military")  # "a junta base": the ruling military's, not its cabinet's
        return (entry, None) if entry is not None else None
    if token.lower_ in NOMINAL_PEOPLE and token.pos_ in {"ADJ", "VERB"} and token.dep_ in {"pobj", "dobj", "nsubj"} \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        entry = generic_actors().get("civilian")  # "aid for the displaced": people, as "the refugees" are
        return (entry, None) if entry is not None else None
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    if token.dep_ == "dobj" and token.head.lemma_.lower() in IDIOM_VERBS.get(lemma, ()):
        return None  # "joined forces with", "mustered the troops": an idiom, not a party
    if lemma == "state" and (token.text != "state" or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
                             or any(c.dep_ in {"compound", "poss", "nmod"} for c in token.lefts)
                             or not any(c.dep_ == "amod" and is_demonym(c.text) for c in token.lefts)):
        # "the Pakistani state" is the country; "Islamic State", "the Nigerian state of Borno",
        # "Nigeria's Zamfara state" are not
        return None
    table = generic_actors()
    for child in token.lefts:
        if child.dep_ in {"compound", "amod"}:
            entry = table.get(f"{child.lemma_.lower()} {lemma}")
            if entry is not None:
                return entry, child
        if child.dep_ == "compound":
            # "a community police force": the two-word term the modifier itself heads
            for inner in (c for c in child.lefts if c.dep_ in {"compound", "amod"}):
                entry = table.get(f"{inner.lemma_.lower()} {child.lemma_.lower()}")
                if entry is not None:
                    return entry, inner
        if child.dep_ == "compound" and child.i > 0 and child.nbor(-1).dep_ in {"compound", "amod"} \
                and child.nbor(-1).head == token:
            entry = table.get(f"{child.nbor(-1).lemma_.lower()} {child.lemma_.lower()}")
            if entry is not None:  # the same, parsed as two modifiers of the head
                return entry, child.nbor(-1)
    entry = table.get(lemma)
    if entry is None and token.pos_ == "PROPN" and token.text[:1].isupper():
        # "Gunmen" opening a lead after a dateline is tagged a proper noun and keeps its plural
        entry = table.get(_singular(token.lower_))
    return (entry, None) if entry is not None else None


COMPASS_WORDS = {"south", "north", "central", "east", "west"}
# nouns for the other side of a fight: "its fighters clashed with the attackers" are not its own
OTHER_SIDE_NOUNS = {"attacker", "assailant", "enemy", "gunman", "militant", "insurgent", "rebel", "jihadist"}


def one_state(a: ActorMention, b: ActorMention) -> bool:
    """Two parts of one state's apparatus (its government, army, ministries or the state itself).
    A regional or rival government (the Kurdistan Regional Government, Puntland's, the GNU) is a
    side of its own."""
    if a.country is None or a.country != b.country:
        return False
    if any(m.kind == "state" for m in (a, b)) and RULING_ACTORS.get(a.country) in {a.name, b.name}:
        return True  # "Afghanistan's Taliban": the state and the movement that rules it
    return national_organ(a) and national_organ(b)


def national_organ(mention: ActorMention) -> bool:
    """The state itself, its forces, or its national government ("Government of Iraq", not the
    Kurdistan Regional Government)."""
    if mention.kind == "government":
        # a ruling movement (the Taliban) keeps its ministries as parts of its own, as the news splits them
        return mention.country is not None and mention.name == national_government(mention.country)
    if mention.kind == "state_forces" and regional_force(mention.name):
        return False  # "Jubaland forces clashed with federal troops": a region's force is a side of its own
    return mention.kind in STATE_APPARATUS


def clause_doers(token: Token, mentions: list[ActorMention], kind: str) -> list[ActorMention]:
    """The speaker and the subject above a noun for the other side ("the MSA said its fighters had
    clashed with the attackers"), or the subject of the verb whose object is an armed group's short
    form ("a UPC spokesman accused the militia"): never what that noun refers back to."""
    other_side = token.lemma_.lower() in OTHER_SIDE_NOUNS
    if not (token.dep_ in {"pobj", "dobj"} and (other_side or kind == "armed_group")
            or other_side and token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ in {"ccomp", "conj"}):
        return []  # ("the LNA said 17 rebels had been killed": the rebels are not the LNA)
    doers = []
    verb = token.head
    # "the UPC's spokesman accused the militia": a short form that is the object of a verb is
    # not its own subject; only the nouns for the other side reach past the clause
    levels = 5 if other_side else 1
    while levels > 0:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        for child in subjects:
            doers += [m for m in mentions if m.start <= child.i < m.end or
                      any(m.start <= t.i < m.end for t in child.subtree)]
        if verb.head.i == verb.i:
            break
        if subjects or verb.dep_ != "conj":
            levels -= 1  # "said ... and accused the group": a verb joined to another shares its subject
        verb = verb.head
    return doers


def _modifier_country(token: Token, taken: dict[int, ActorMention]) -> tuple[str | None, int]:
    """Country named by a modifier of a generic noun, and the first token of the phrase (modifiers
    that hold another actor, "Russia-backed", stay outside it)."""
    start = token.i
    country = None
    lefts = list(token.lefts)
    # "Russia's Africa Corps and Malian troops": a coordination the parser folded into one
    # phrase; only the modifiers after the last "and" belong to this noun
    doc = token.doc
    last_cc = max((i for i in range(token.left_edge.i, token.i) if doc[i].dep_ == "cc"), default=-1)
    for child in lefts:
        if child.i < last_cc:
            continue
        if child.dep_ in MODIFIER_DEPS:
            held = [taken[t.i] for t in child.subtree if t.i in taken]
            if held:
                if child.dep_ == "poss" and held[0].kind == "state":
                    country = country or held[0].country  # "Mali's army": that state's army
                elif held[0].kind == "government" and token.lemma_.lower() in RULER_NOUNS:
                    country = country or held[0].country  # "the Kyiv regime": the capital's government
                continue
            start = min(start, child.left_edge.i)
            # "South Sudanese troops": the compass word makes another country
            code = country_code(child.doc[child.left_edge.i : child.i + 1].text) if child.left_edge.i < child.i else None
            code = code or country_code(child.text)
            if code is None and child.dep_ in {"poss", "compound", "amod"} and child.is_title:
                # "Baku's defence ministry", "the Kyiv regime": the capital's state
                code = capital_country(child.doc[child.left_edge.i : child.i + 1].text) or capital_country(child.text)
            if code is None and child.ent_type_ in {"GPE", "NORP"}:
                code = country_code(child.doc[child.left_edge.i : child.i + 1].text)
            code, first = _with_compass(child, code, taken)
            start = min(start, first)
            country = country or code
    if country is None and last_cc >= 0:
        # "the Congolese army and Ugandan troops": the parser hangs the second demonym on the
        # first noun, but the words after "and" still modify this one
        for index in range(last_cc + 1, token.i):
            word = doc[index]
            if index not in taken and (word.is_title or word.is_upper) and country_code(word.text):
                return country_code(word.text), min(start, index)
    if country is None and token.dep_ == "compound":
        # "Benin's government spokesman": the state owns the whole compound, this word too
        for sibling in token.head.lefts:
            if sibling.i < token.i and sibling.dep_ == "poss" and sibling.i in taken \
                    and taken[sibling.i].kind == "state" and taken[sibling.i].country:
                return taken[sibling.i].country, start
        # "a Malian army convoy": the demonym modifies the whole compound
        for sibling in token.head.lefts:
            if sibling.i < token.i and sibling.dep_ in {"amod", "compound"} and sibling.i not in taken:
                code = country_code(sibling.text)
                if code is not None:
                    code, first = _with_compass(sibling, code, taken)  # "a South Sudanese army base"
                    return code, min(start, first)
    if country is None and token.i > 0:
        # "accused Azerbaijani forces of firing": the parser makes the demonym a second object
        # beside the noun instead of its modifier; touching it and sharing its head, it is one
        before = doc[token.i - 1]
        if (before.i not in taken and before.head == token.head and before.dep_ in {token.dep_, "dative"}
                and before.is_title and (code := country_code(before.text)) is not None):
            return code, before.i
    return country, start


def _with_compass(word: Token, code: str | None, taken: dict[int, ActorMention]) -> tuple[str | None, int]:
    """The country of a demonym and the phrase's first token, when a compass word before it makes
    another country ("South Sudanese troops"); else ``code`` and the demonym itself."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    if before is not None and before.lower_ in COMPASS_WORDS and before.i not in taken:
        return country_code(f"{before.text} {word.text}") or code, before.i
    return code, word.i


def _past_short_form(between: Span) -> Span:
    """The words after a bracketed short form that opens ``between``: in "Islamic State West Africa
    Province (ISWAP) fighters" nothing stands between the name and "fighters" but its acronym."""
    if len(between) and between[0].text == "(":
        close = next((t.i for t in between if t.text == ")"), None)
        if close is not None:
            return between.doc[close + 1 : between.end]
    return between


def _led_force(person: ActorMention) -> KnownActor | None:
    """The armed group or force a known person leads ("Khalifa Haftar": the Libyan National Army)."""
    known = actor_by_id(person.actor_id)
    if known is None:
        return None
    index = actor_index()
    led = [index.get(other.casefold()) for predicate, other in known.affiliations if predicate == "leader_of"]
    return next((actor for actor in led if actor is not None and actor.kind in {"armed_group", "state_forces"}), None)


def _owner_entity(token: Token, taken: dict[int, ActorMention]) -> ActorMention | None:
    """ "fighters of the Northern Front", "Hezbollah fighters", "the Northern Front, a militia":
    the named group behind a generic noun."""
    if token.dep_ == "appos" and token.head.i in taken:
        return taken[token.head.i]
    for clause in (c for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() == "belong"):
        # "The rebels, who belong to the FACT, rejected the figures"
        held = [taken[g.i] for p in clause.children if p.dep_ == "prep" and p.lower_ == "to"
                for g in p.children if g.dep_ == "pobj" and g.i in taken and taken[g.i].kind == "armed_group"]
        if held:
            return held[0]
    if token.dep_ == "conj" and token.head.i < token.i:
        for child in token.head.children:
            if child.i > token.i and child.lower_ in ALLEGIANCE_WORDS:
                held = _allegiance(child, taken)
                if held is not None:
                    return held
    for child in token.children:
        if child.dep_ in {"compound", "poss", "amod", "nmod"} and child.i in taken and taken[child.i].kind != "state" \
                and (child.dep_ in {"compound", "poss"} or not taken[child.i].generic and all(
                    t.dep_ in {"compound", "amod"} and t.i not in taken for t in _past_short_form(token.doc[child.i + 1 : token.i]))):
            # "Fano fighters" with "Fano" tagged an adjective is still the group's fighters
            owner = taken[child.i]
            if owner.generic and owner.kind in STATE_KINDS:
                continue  # "junta troops", "regime soldiers": the state's forces, named by the noun
            if owner.kind == "person" and token.lemma_.lower() in LED_BODIES:
                continue  # "President Maduro's government", "Deby's office": the government he leads
            return owner
        if child.dep_ == "prep" and child.lower_ in {"of", "from", "loyal"}:
            if any(c.dep_ == "conj" and token.i < c.i < child.i for c in token.children):
                continue  # "government forces and fighters of the SDF": the SDF's are the fighters
            for grandchild in child.children:
                if grandchild.i in taken and taken[grandchild.i].kind == "person" and _leads_it(token):
                    break  # "the junta of Captain Ibrahim Traoré": the body he leads, not him
                if grandchild.i in taken:
                    return taken[grandchild.i]
                if grandchild.dep_ == "pobj" and grandchild.lemma_.lower() in GROUP_NOUNS:
                    # "fighters of the 3R rebel group": the group is the name it is made of
                    named = next((taken[c.i] for c in grandchild.children
                                  if c.dep_ in {"compound", "nmod"} and c.i in taken
                                  and not taken[c.i].generic and taken[c.i].kind != "state"), None)
                    if named is not None:
                        return named
        if child.lower_ in ALLEGIANCE_WORDS:
            # "forces loyal to the council", "fighters belonging to the group"; in "government
            # forces and fighters loyal to X" the parser hangs "loyal" on "forces": it is the
            # fighters' (the conjunct between them)
            if any(c.dep_ == "conj" and token.i < c.i < child.i for c in token.children):
                continue
            held = _allegiance(child, taken)
            if held is not None:
                return held
    # "between the 444th Brigade and gunmen of the SSA", "fighters of the Men of Dignity
    # movement": whatever the parser hung "of" on, a group named right after it owns the noun
    words = token.doc[token.i + 1 : token.i + 10]
    if len(words) >= 2 and words[0].lower_ == "of":
        # past "the" and words of description ("the Druze Men of Dignity movement", "the
        # Kurdish-led, U.S.-backed Syrian Democratic Forces"), to the first name that is not itself
        # a description (a backer's "U.S.-")
        for word in words[1:]:
            owner = taken.get(word.i)
            if owner is not None:
                if _modifies_more(token.doc[owner.end - 1], owner.end):
                    continue
                if owner.kind == "person" and _leads_it(token):
                    return None  # "the junta of Captain Ibrahim Traoré": the body he leads
                if not owner.generic and owner.kind not in STATE_KINDS | {"state"}:
                    return owner
                return None
            if word.dep_ not in {"det", "compound", "amod", "punct", "npadvmod", "advmod"}:
                return None
    return None


def _leads_it(body: Token) -> bool:
    """Whether "<body> of <person>" is a body the person leads now ("the junta of Captain X",
    "the faction of Y"); "the ousted government of Bashar al-Assad" is his loyalists' cause."""
    return body.lemma_.lower() in LED_BODIES | {"faction"} and not any(
        c.lower_ in {"ousted", "former", "toppled", "deposed", "fallen", "old", "previous"} for c in body.children)


def _modifies_more(last: Token, end: int) -> bool:
    """Whether a name ending in ``last`` only modifies a longer phrase ("the al-Qaeda-linked
    JNIM", "the African Union mission AUSSOM"), other than a group noun ("the Men of Dignity
    movement" is Men of Dignity)."""
    if end < len(last.doc) and last.doc[end].text in {"-", "‑"}:
        return True
    return last.dep_ in {"compound", "amod", "nmod", "npadvmod"} and last.head.i >= end and (
        last.head.lemma_.lower() not in GROUP_NOUNS)


ALLEGIANCE_WORDS = {"loyal", "belonging"}
LED_BODIES = {"government", "office", "administration", "cabinet", "presidency", "regime", "junta"}
# organs an armed group, a rival or regional government or an international body may own
# ("Hamas's internal security force", "the GNU's interior ministry", "the EU's monitoring mission")
GOVERNING_BODIES = {"ministry", "presidency", "office", "cabinet", "council", "court"}
FORCE_BODIES = {"police", "force", "service", "intelligence", "guard", "army"}
MISSION_BODIES = {"mission", "agency"}


BRANCH_NOUNS = {"branch", "affiliate", "province", "franchise", "chapter"}


def _branch_of(token: Token, taken: dict[int, ActorMention]) -> ActorMention | None:
    """ "Islamic State's Afghan branch", "the Mozambique affiliate of Islamic State": the
    knowledge base's branch of that group in that country, when it knows exactly one."""
    if token.lemma_.lower() not in BRANCH_NOUNS:
        return None
    owners = [taken[c.i] for c in token.children if c.dep_ == "poss" and c.i in taken]
    owners += [taken[p.i] for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for p in prep.children if p.dep_ == "pobj" and p.i in taken]
    modifiers = [c for c in token.children if c.dep_ in {"amod", "compound"} and c.i < token.i]
    codes = {country_code(c.text) for c in modifiers}
    codes.discard(None)
    if len(owners) != 1 or len(codes) > 1 or not owners[0].known:
        return None
    owner = owners[0]
    branches = [actor for actor in known_actors()
                if ("part_of", owner.name) in actor.affiliations and actor.kind == owner.kind]
    if codes:
        code = codes.pop()
        branches = [actor for actor in branches if actor.country == code]
    else:
        # "Islamic State's Khorasan branch", "its self-styled Caucasus Province": a region's name
        # that the branch's own name holds
        region = " ".join(t.text for c in modifiers for t in c.subtree if t.is_title).casefold()
        if not region:
            return None
        branches = [actor for actor in branches if any(
            f" {region} " in f" {name.casefold()} " for name in (actor.name, *actor.aliases))]
    if len(branches) != 1:
        return None
    start = min(c.left_edge.i for c in token.children if c.dep_ in {"amod", "compound", "det"} and c.i < token.i)
    span = token.doc[start : token.i + 1]
    branch = branches[0]
    return _mention(span, branch.name, branch.kind, branch.country, known=True)


def _owned_body(token: Token, taken: dict[int, ActorMention]) -> ActorMention | None:
    """A body named by its owner's possessive, when the owner is not a state's own apparatus:
    an actor of its own (part of the owner), not the owner itself. "Hamas fighters" and "its
    forces" stay the owner's people; "Russia's defence ministry" stays the Russian state's."""
    lemma = token.lemma_.lower()
    if lemma not in GOVERNING_BODIES | FORCE_BODIES | MISSION_BODIES or token.tag_ not in {"NN", "NNP"}:
        return None
    possessor = next((c for c in token.children if c.dep_ == "poss" and c.i in taken), None)
    if possessor is None:
        # "the defence ministry of the Tripoli-based Government of National Unity"
        of_owner = next((n for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         for p in prep.children if p.dep_ == "pobj"
                         for n in (p, *(a for a in p.children if a.dep_ == "appos")) if n.i in taken), None)
        if of_owner is None or lemma not in GOVERNING_BODIES:
            return None
        owner = taken[of_owner.i]
        words = [t for t in token.doc[token.left_edge.i : token.i + 1] if t.dep_ not in {"det", "poss"}
                 and t.i not in taken and t.is_alpha]
    else:
        owner = taken[possessor.i]
        words = [t for t in token.doc[possessor.i + 1 : token.i + 1] if t.dep_ != "case" and t.i not in taken]
        if words and words[0].i <= possessor.i:
            return None
    if owner.generic or national_organ(owner) or owner.kind not in {
            "armed_group", "government", "international_org", "political_party", "other"}:
        return None
    if not words or any(t.dep_ == "poss" for t in words):
        return None
    phrase = " ".join(t.text if t.is_upper else t.text.capitalize() for t in words)
    span = token.doc[words[0].i : token.i + 1]
    # "the Alliance of Sahel States' unified force" is the knowledge base's "unified force of the
    # Alliance of Sahel States" when it knows that body
    listed = lookup_exact(f"{' '.join(t.text for t in words)} of the {owner.name}") if owner.known else None
    if listed is not None:
        return _mention(span, listed.name, listed.kind, listed.country, known=True)
    if lemma in GOVERNING_BODIES:
        kind = "government"
    elif lemma in MISSION_BODIES:
        kind = "media" if any(t.lower_ in {"news", "media", "press"} for t in words) else \
            "international_org" if owner.kind == "international_org" else "other"
    else:
        # an international body's force ("the African Union's standby force") is one of its bodies
        kind = {"government": "state_forces", "international_org": "international_org"}.get(owner.kind, "armed_group")
    return _mention(span, f"{phrase} ({owner.name})", kind, owner.country)


# a press office of these speaks as itself, not as its owner ("the military's media wing said")
STATE_PRESS_OWNERS = ("Military Forces of ", "Police Forces of ", "Government of ")


def state_press_office(mention: ActorMention) -> bool:
    """Whether the mention is a state organ's own press office (Pakistan's Inter-Services Public
    Relations): a voice of the state that charges and is answered, unlike a news agency."""
    known = actor_by_id(mention.actor_id) if mention.known and mention.kind == "media" else None
    return known is not None and any(parent.startswith(STATE_PRESS_OWNERS) for parent in known.parents)


# "the military's media wing", "the army's publicity arm", "the LNA's media office"
MEDIA_OFFICE_NOUNS = {"wing", "arm", "office", "department", "directorate", "cell"}
MEDIA_WORDS = {"media", "publicity", "press", "information", "propaganda"}


def _media_office(token: Token, taken: dict[int, ActorMention]) -> ActorMention | None:
    """ "The military's media wing said": the owner's press office as the knowledge base knows it
    (Pakistan's military speaks through Inter-Services Public Relations), a speaker of its own."""
    if token.lemma_.lower() not in MEDIA_OFFICE_NOUNS or token.i in taken:
        return None
    words = [c for c in token.children if c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in MEDIA_WORDS]
    possessor = next((c for c in token.children if c.dep_ == "poss" and c.i in taken), None)
    if not words or possessor is None:
        return None
    owner = taken[possessor.i]
    # "Pakistan's military media wing": the state's forces own it
    owners = {owner.name} | ({f"Military Forces of {owner.name}"} if owner.kind == "state" else set())
    office = next((entry for entry in known_actors() if entry.kind == "media" and entry.parents & owners), None)
    if office is None:
        return None
    return _mention(token.doc[min(w.i for w in words) : token.i + 1], office.name, office.kind, office.country,
                    known=True)


# "President Deby's office", "Prime Minister Netanyahu's office": the government the leader heads
LEADERS_BODIES = {"office", "presidency", "administration", "cabinet"}
HEAD_TITLES = {"president", "minister", "premier"}


def _leaders_office(token: Token, taken: dict[int, ActorMention], country_focus: str | None) -> ActorMention | None:
    if token.lemma_.lower() not in LEADERS_BODIES or token.tag_ != "NN":
        return None
    possessor = next((c for c in token.children if c.dep_ == "poss" and c.i in taken), None)
    person = taken[possessor.i] if possessor is not None else None
    if person is None or person.kind != "person" or person.start == 0:
        return None
    if token.doc[person.start - 1].lower_ not in HEAD_TITLES:
        return None
    titled = taken.get(person.start - 1)
    if titled is not None and titled.kind == "government":
        # "Palestinian President Mahmoud Abbas's office": the government the title named
        return _mention(token.doc[token.i : token.i + 1], titled.name, titled.kind, titled.country,
                        known=titled.known)
    # the leader's own country, else (people get theirs later) the one the article is about
    code = person.country or country_focus
    if code is None:
        return None
    return _mention(token.doc[token.i : token.i + 1], government_name(code), "government", code)


def _allegiance(word: Token, taken: dict[int, ActorMention]) -> ActorMention | None:
    """The actor after "loyal to" / "belonging to"."""
    return next((taken[g.i] for prep in word.children if prep.dep_ == "prep" and prep.lower_ == "to"
                 for g in prep.children if g.i in taken), None)


QUANTITY_NOUNS = {"hundreds", "thousands", "dozens", "scores", "tens", "crowds", "dozen", "score"}


def _protesters(doc: Doc, taken: dict[int, ActorMention], country_focus: str | None,
                mentions: list[ActorMention]) -> None:
    """ "Thousands of teachers marched", "students rallied": whoever marches or rallies is a
    protester, whatever the noun says they are otherwise (ACLED's "Protesters (Country)")."""
    protesters = generic_actors().get("protester")
    if protesters is None:
        return
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in PROTEST_VERBS:
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            people = subject
            if subject.lower_ in QUANTITY_NOUNS:  # "Thousands of teachers"
                people = next((g for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                               for g in p.children if g.dep_ == "pobj"), subject)
            held = taken.get(people.i)
            if held is not None and held.generic and held.kind == "civilians":
                # "students rallied": civilians who march are protesters
                held.name, held.kind = _generic_name(protesters, held.country), protesters.kind
                if people is not subject and held.start > subject.left_edge.i:
                    # "Thousands of teachers marched": the whole phrase names them
                    span = doc[subject.left_edge.i : held.end]
                    held.start, held.start_char, held.text = span.start, span.start_char, span.text
                    for index in range(span.start, span.end):
                        taken[index] = held
                continue
            if people.tag_ != "NNS" or any(i in taken for i in range(subject.left_edge.i, people.i + 1)):
                continue
            span = doc[subject.left_edge.i : people.i + 1]
            mention = _mention(span, _generic_name(protesters, country_focus), protesters.kind, country_focus,
                               generic=True)
            _record(mention, mentions, taken)


# what a crowd of a party's supporters undergoes or does that makes them protesters
CROWD_EVENT_LEMMAS = {"disperse", "fire", "gas", "clash", "arrest", "detain", "beat", "rally", "march",
                      "protest", "storm", "block", "barricade", "gather", "demonstrate", "chant", "tear"}


def _party_crowds(doc: Doc, taken: dict[int, ActorMention], country_focus: str | None,
                  mentions: list[ActorMention]) -> None:
    """ "Police fired tear gas at thousands of supporters of the PTI": a party's supporters in a
    street confrontation are the article's protesters (their party is what they support)."""
    protesters = generic_actors().get("protester")
    if protesters is None:
        return
    for token in doc:
        if token.i in taken or token.lemma_.lower() != "supporter" or token.tag_ != "NNS":
            continue
        party = [taken[t.i] for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for g in prep.children for t in g.subtree if t.i in taken] + [
            taken[c.i] for c in token.children if c.dep_ in {"compound", "poss"} and c.i in taken]
        if not any(m.kind in {"political_party", "armed_group"} and not m.generic for m in party):
            continue
        if not any(t.lemma_.lower() in CROWD_EVENT_LEMMAS for t in token.sent):
            continue
        start = token.i
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in QUANTITY_NOUNS:
            start = token.head.head.left_edge.i  # "thousands of supporters"
        span = _free_phrase(doc, start, token, taken)
        mention = _mention(span, _generic_name(protesters, country_focus), protesters.kind, country_focus,
                           generic=True)
        _record(mention, mentions, taken)


# the people a side threatens for helping the other: "villagers who collaborate with the VDP",
# "any town welcoming the foreign troops", "anyone who helped the army", "informers"
COMMUNITY_NOUNS = {"village", "town", "neighbourhood", "neighborhood", "community", "household", "family",
                   "resident", "villager", "civilian", "inhabitant", "elder", "trader", "shop", "business",
                   "transporter", "trucker", "driver", "owner", "worker", "farmer", "herder"}
# ("those who shelter them" are the patrons a side accuses, not civilians)
EVERYONE_WORDS = {"anyone", "anybody", "whoever", "everyone", "any", "nobody"}
COLLABORATOR_NOUNS = {"informer", "informant", "transporter", "trucker"}
COLLABORATION_VERBS = {"collaborate", "cooperate", "help", "aid", "assist", "work", "feed", "hide", "shelter",
                       "harbour", "harbor", "welcome", "open", "supply", "haul", "transport", "sell",
                       "inform", "vote", "refuse", "obey", "defy", "side", "host", "serve", "spy",
                       "deliver", "stay", "return", "reopen", "enlist", "give"}


def collaborators(token: Token) -> bool:
    """Whether a noun names people by their help to a side: "villagers who collaborate with the
    VDP", "any village that opens its doors to the police", "anyone who helped the army",
    "informers", "truckers" (a threat against them is a threat against civilians)."""
    lemma = token.lemma_.lower()
    if lemma in COLLABORATOR_NOUNS:
        return True
    if lemma not in COMMUNITY_NOUNS | EVERYONE_WORDS:
        return False
    return any(c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in COLLABORATION_VERBS for c in token.children)


# "the committee monitoring the truce", "the ceasefire monitoring mechanism", "the committee"
MONITOR_BODIES = {"committee", "mechanism", "commission"}
MONITOR_VERBS = {"monitor", "oversee", "supervise", "police"}
TRUCE_WORDS = {"ceasefire", "truce", "cease-fire", "it"}


def _monitors_truce(token: Token) -> bool:
    if token.lemma_.lower() not in MONITOR_BODIES or token.pos_ != "NOUN":
        return False
    words = {c.lower_ for c in token.children if c.dep_ in {"compound", "amod", "nmod"}}
    words |= {g.lower_ for c in token.children if c.dep_ in {"compound", "amod", "nmod"} for g in c.children}
    if words & TRUCE_WORDS - {"it"}:
        return True  # "the ceasefire monitoring committee", "the truce mechanism"
    verbs = [c for c in token.children if c.dep_ in {"acl", "relcl"}]
    if token.dep_ == "nsubj" and token.head.tag_ == "VBG":
        verbs.append(token.head)  # "chair the committee monitoring the ceasefire", parsed as a clause
    return any(v.lemma_.lower() in MONITOR_VERBS and any(o.dep_ == "dobj" and o.lower_ in TRUCE_WORDS
                                                         for o in v.children) for v in verbs)


def _truce_monitors(doc: Doc, taken: dict[int, ActorMention], country_focus: str | None,
                    mentions: list[ActorMention]) -> None:
    """The body that monitors a ceasefire ("the committee monitoring the truce"), named after the
    country the article is about, and "the committee" or "the mechanism" told of it afterwards."""
    body: ActorMention | None = None
    for token in doc:
        if token.i in taken or token.pos_ != "NOUN":
            continue
        if body is None and _monitors_truce(token) and country_focus is not None:
            name = f"Ceasefire Monitoring Committee ({country_name(country_focus)})"
            span = _free_phrase(doc, token.left_edge.i, token, taken)
            body = _mention(span, name, "international_org", None, generic=True)
        elif body is not None and token.lemma_.lower() in MONITOR_BODIES and any(
                c.lower_ == "the" for c in token.children):
            body = _mention(doc[token.i : token.i + 1], body.name, body.kind, None, generic=True)
        else:
            continue
        _record(body, mentions, taken)


def _counted_nationals(doc: Doc, taken: dict[int, ActorMention], mentions: list[ActorMention]) -> None:
    """ "Israeli tank fire killed five Palestinians", "dozens of Afghans were deported": people
    counted by their nationality are that country's civilians."""
    civilians = generic_actors().get("civilian")
    if civilians is None:
        return
    for token in doc:
        if token.i in taken or token.tag_ not in {"NNPS", "NNS"} or not token.text[:1].isupper():
            continue
        # "Palestinians", "Ukrainians", "Afghans": the plural of the demonym
        singular = token.text[:-1] if token.text.endswith("s") else token.text
        code = country_code(singular) if is_demonym(singular) else None
        counted = any(c.dep_ == "nummod" for c in token.children) or (
            token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in QUANTITY_NOUNS)
        if code is None or not counted:
            continue
        start = next((c.i for c in token.children if c.dep_ == "nummod"), token.i)
        span = doc[min(start, token.i) : token.i + 1]
        mention = _mention(span, _generic_name(civilians, code), civilians.kind, code, generic=True)
        _record(mention, mentions, taken)


def _collaborators(doc: Doc, taken: dict[int, ActorMention], country_focus: str | None,
                   mentions: list[ActorMention]) -> None:
    """People named by their help to a side are the article's civilians ("Civilians (Mali)")."""
    civilians = generic_actors().get("civilian")
    if civilians is None:
        return
    for token in doc:
        if token.i in taken or token.pos_ not in {"NOUN", "PRON", "DET"} or not collaborators(token):
            continue
        span = _free_phrase(doc, token.left_edge.i, token, taken)
        mention = _mention(span, _generic_name(civilians, country_focus), civilians.kind, country_focus, generic=True)
        _record(mention, mentions, taken)


# "the crimes of the occupation", "the occupier will pay", "the Zionist enemy": the occupying
# state, named by what it is called by those under it
OCCUPIER_NOUNS = {"occupation", "occupier", "occupiers"}
ZIONIST_NOUNS = {"enemy", "entity", "regime"}
OCCUPIER_DEEDS = {"crime", "massacre", "aggression", "attack", "violation", "raid", "strike", "bombardment",
                  "shelling", "killing", "incursion", "brutality", "terror", "assault"}


def _occupiers(doc: Doc, taken: dict[int, ActorMention], country_focus: str | None,
               mentions: list[ActorMention]) -> None:
    """ "The occupation is hunting for pretexts", "the crimes of the occupation": the state whose
    forces the article tells abroad, when there is one only (Israel's in a story from Gaza,
    Russia's in one from Ukraine). "The occupation of Crimea" is an act, not an actor."""
    foreign = {m.country: m.kind for m in mentions if m.country and m.country != country_focus
               and m.kind in {"state", "state_forces", "government"} and "nidentified" not in m.name}
    forces = [code for code, kind in foreign.items() if kind == "state_forces"]
    # the forces told abroad, else Israel's: the name is the one Arabic news gives its rule
    occupier = forces[0] if len(forces) == 1 else "ISR" if "ISR" in foreign else None
    for token in doc:
        lower = token.lower_
        if token.i in taken or token.pos_ != "NOUN":
            continue
        zionist = lower in ZIONIST_NOUNS and any(c.lower_ == "zionist" for c in token.children)
        if not zionist and (lower not in OCCUPIER_NOUNS or not any(c.lower_ == "the" for c in token.children)):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children) or token.dep_ == "compound":
            continue  # "the occupation of the West Bank", "occupation forces"
        if not (zionist or token.dep_ in {"nsubj", "nsubjpass"} or token.dep_ == "pobj" and token.head.lower_ in {"of", "by"}
                and token.head.head.lemma_.lower() in OCCUPIER_DEEDS):
            continue  # "serving the occupation", "on behalf of the occupation": said of another side
        country = "ISR" if zionist else occupier
        if country is None:
            continue
        span = doc[token.left_edge.i : token.i + 1] if zionist else doc[token.i : token.i + 1]
        mention = _mention(span, country_name(country), "state", country, known=True)
        mentions.append(mention)
        for index in range(span.start, span.end):
            taken[index] = mention


# what a body that several states or groups make up is called
COALITION_NAME_WORDS = ("coalition", "alliance", "mission", "force", "bloc", "operation", "task")


def _coalition_leaders(doc: Doc, mentions: list[ActorMention]) -> None:
    """ "The Saudi-led coalition", "the U.S.-led coalition", "the Kenyan-led Gang Suppression
    Force": the state that leads a coalition is an actor too, also where the coalition's name
    swallows it (as "Russian" is inside "Mali's Russian-backed junta"). A people's word
    ("Kurdish-led", "Tuareg-led") names no state, nor does a state's word before its own
    forces or government ("the Russian-led operation" of Russia's army)."""
    for led in doc:
        if led.lower_ != "led" or led.i < 2 or doc[led.i - 1].text not in {"-", "–"}:
            continue
        word = doc[led.i - 2]
        code = state_term_code(word.text)
        led_body = mention_at(mentions, led.head) if led.dep_ == "amod" else None
        if code is None or led_body is None or led_body.generic or led_body.kind == "state" \
                or code == led_body.country and led_body.kind in STATE_APPARATUS \
                or not any(term in led_body.name.lower() for term in COALITION_NAME_WORDS):
            continue  # "the Kenyan-led force" told before, "the Ugandan-led rebel group": no coalition named
        if any(m.start <= word.i < m.end and m is not led_body for m in mentions):
            continue  # "the RSF-led alliance": named already
        mentions.append(_mention(doc[word.i : word.i + 1], country_name(code), "state", code, known=True))


def _reported(token: Token) -> bool:
    """Whether a word stands in what someone says or claims ("said its fighters had ..."); not in
    a report sourced after the fact ("its fighters ambushed a convoy, security sources said")."""
    return any(a.lemma_.lower() in SAYING_LEMMAS | {"deny", "insist", "boast"} and a.pos_ == "VERB"
               and a.i < token.i for a in token.ancestors)


def _owned(token: Token) -> bool:
    return any(child.dep_ == "poss" and child.tag_ == "PRP$" for child in token.children)


KILLING_LEMMAS = {"kill", "neutralise", "neutralize", "eliminate", "capture", "arrest", "detain", "shoot"}


def _only_side_fought(token: Token, taken: dict[int, ActorMention]) -> bool:
    """ "Troops killed 12 militants": counted fighters killed or seized by state forces, in a
    sentence that names no armed group, are the side the forces fought (not the dead of a clash
    between two named sides)."""
    verb = token.head
    if _counted_in_quantity(token):
        verb = token.head.head.head  # "neutralised dozens of terrorists"
    elif token.dep_ != "dobj":
        return False
    if verb.lemma_.lower() not in KILLING_LEMMAS:
        return False
    sentence = token.sent
    if any(sentence.start <= i < sentence.end and m.kind == "armed_group" for i, m in taken.items()):
        return False
    # "troops fighting alongside the army had killed 14 insurgents" parses the doers as a clausal
    # subject
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    if not subjects and verb.dep_ in {"conj", "advcl", "xcomp"}:  # "..., killing 12 militants"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    # "the army said they had killed nine militants": a pronoun subject is the reporting verb's
    subjects = [_reporter(s) if s.lower_ in {"they", "it", "we"} else s for s in subjects]
    return any(t.i in taken and taken[t.i].kind == "state_forces" for s in subjects if s is not None
               for t in s.subtree)


def _reporter(pronoun: Token) -> Token | None:
    """The subject of the saying verb above a pronoun ("troops said they had killed ...")."""
    for ancestor in list(pronoun.ancestors)[1:4]:
        if ancestor.lemma_.lower() in {"say", "report", "announce", "claim", "state", "add"}:
            return next((c for c in ancestor.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    return None


def _counted_in_quantity(token: Token) -> bool:
    """ "dozens of terrorists": fighters counted by a quantity noun, the object of a verb."""
    head = token.head
    return (token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in QUANTITY_NOUNS
            and head.head.dep_ == "dobj")


def _counted_or_owned(token: Token) -> bool:
    return _owned(token) or any(child.dep_ == "nummod" for child in token.children)


def _generic_name(generic: Generic, country: str | None) -> str:
    if generic.template == "Government of {country}" and country:
        return government_name(country)
    if "{country}" in generic.template:
        return generic.template.format(country=country_name(country) if country else UNKNOWN_COUNTRY)
    return f"{generic.template} ({country_name(country)})" if country else generic.template


def _named_in_apposition(token: Token, taken: dict[int, ActorMention]) -> ActorMention | None:
    """The organisation a definite generic noun is followed by in apposition ("the militia, the
    Union of Sinai Tribes")."""
    if token.left_edge.lower_ not in {"the", "this"}:
        return None
    for child in token.children:
        if child.dep_ == "appos" and child.i in taken:
            named = taken[child.i]
            if not named.generic and named.kind not in {"person", "state", "civilians"}:
                return named
    return None


def _generic_mentions(
    doc: Doc, taken: dict[int, ActorMention], country_focus: str | None, mentions: list[ActorMention]
) -> None:
    from sitrep.extract.shortforms import antecedent  # the resolver builds on this module

    for token in doc:
        named = None
        if token.i not in taken and token.pos_ in {"NOUN", "PROPN"} and _generic_of(token) is not None:
            speaker = _possessor_speaker(token, taken)
            if speaker is not None:
                # "the IRGC said its ground forces had killed three": the speaker's own forces
                span = _owned_phrase(token)
                mention = _mention(span, speaker.name, speaker.kind, speaker.country, known=speaker.known,
                                   generic=True)
                _record(mention, mentions, taken)
                continue
        named = _unlabelled_group_name(token, taken) if token.i not in taken else None
        if named is not None:
            # "the Grand Ravine gang", "the Village Boys gang": a group named by words the model
            # left unlabelled is that group, not an unidentified one (found first, so that
            # "gunmen from the Grand Ravine gang" are its gunmen)
            mention = _mention(named, named.text, "armed_group", country_focus)
            mentions.append(mention)
            for index in range(named.start, token.i + 1):
                taken.setdefault(index, mention)
    for token in doc:
        if token.i in taken:
            continue
        speaker = _possessor_speaker(token, taken, governments=True)
        if speaker is not None:
            # "Russia's defence ministry said its forces had struck": that state's forces (the
            # ministry is found in this pass, before the forces after it)
            generic = _generic_of(token)[0]
            span = _owned_phrase(token)
            mention = _mention(span, _generic_name(generic, speaker.country), generic.kind, speaker.country, generic=True)
            _record(mention, mentions, taken)
            continue
        body = _branch_of(token, taken) or _media_office(token, taken) or _leaders_office(token, taken, country_focus) \
            or _owned_body(token, taken)
        if body is not None:
            # "Islamic State's Mozambique branch": the country word is the branch's, not the state
            # ("Islamic State's Khorasan branch": the region is no actor of its own either)
            mentions[:] = [m for m in mentions if not ((m.kind == "state" or m.kind == "other" and not m.known)
                                                       and body.start <= m.start < body.end)]
            mentions.append(body)
            for index in range(body.start, body.end):
                taken[index] = body
            continue
        found = _generic_of(token)
        if found is None:
            continue
        generic, _ = found
        if any(c.lower_ in {"former", "ex"} for c in token.children) and any(
                t.ent_type_ == "PERSON" and t.i in taken and taken[t.i].kind == "person"
                for t in ([token.head] if token.dep_ == "compound" else []) + [c for c in token.children if c.dep_ == "appos"]):
            continue  # "the former policeman Jimmy Chérizier": what the person was, not a force
        modifier = (_generic_of(token.head) or (None, None))[1] if token.dep_ == "compound" else None
        if modifier is not None and modifier.i <= token.i < token.head.i:
            # "government forces": the modifier of a two-word organ, not an actor of its own; nor
            # is "police" in "a community police force"
            continue
        if token.dep_ in {"compound", "amod"} and token.head.lemma_.lower() in GROUP_NOUNS and any(
            c.i in taken and not taken[c.i].generic for c in token.head.children if c.i != token.i
        ):
            continue  # "the 3R rebel group": "rebel" says what kind of group the named one is
        if token.dep_ in {"compound", "amod"} and token.i > 0 and doc[token.i - 1].text in {"-", "–"} \
                and token.head.i > token.i and token.head.lemma_.lower() in GROUP_NOUNS:
            continue  # "a political-military coalition": half of a hyphenated adjective, not an army
        named = _named_in_apposition(token, taken)
        if named is not None:
            # "The militia, the Union of Sinai Tribes, is led by ...": the name that follows says
            # which group the noun is
            start = token.left_edge.i  # "the militia": the article is part of the mention
            mention = _mention(doc[start : token.i + 1], named.name, named.kind, named.country,
                               known=named.known, generic=True)
            mentions.append(mention)
            for index in range(start, token.i + 1):
                taken.setdefault(index, mention)
            continue
        owner = _owner_entity(token, taken)
        followed = _led_force(owner) if owner is not None and owner.kind == "person" else None
        if followed is not None:
            # "forces loyal to Khalifa Haftar": the force he leads, as the knowledge base knows it
            _record(_mention(token.doc[token.i : token.i + 1], followed.name, followed.kind, followed.country,
                             known=True, generic=True), mentions, taken)
            continue
        if owner is not None:
            if token.dep_ == "conj":
                # "forces and fighters loyal to X": the conjunct needs a mention of its own, or
                # the coordination would name only the first side
                mention = _mention(token.doc[token.i : token.i + 1], owner.name, owner.kind, owner.country,
                                   known=owner.known, generic=True)
                mentions.append(mention)
            taken[token.i] = owner
            continue
        if generic.kind == "armed_group" and (_counted_or_owned(token) or _counted_in_quantity(token)
                                              and _only_side_fought(token, taken)):
            # "killing seven fighters", "its fighters": the dead of a side, or the fighters of an
            # actor named elsewhere; not an unidentified group of their own ("the LNA said 17
            # rebels had been killed": not the LNA's)
            doers = {m.name for m in clause_doers(token, mentions, generic.kind)}
            earlier = antecedent(token, generic.kind, [m for m in mentions if m.name not in doers],
                                 generic.template, definite=False)
            if earlier is not None and _owned(token) and not _reported(token):
                # "Its fighters ambushed a convoy": the fighters act as the group named before
                # (in what a speaker says, "its" is the speaker's: left to the speaker passes)
                mention = _mention(_owned_phrase(token), earlier.name, earlier.kind, earlier.country,
                                   known=earlier.known, generic=True)
                _record(mention, mentions, taken)
                continue
            if earlier is not None and _owned(token):
                taken[token.i] = earlier
                continue
            if _owned(token) or not _only_side_fought(token, taken):
                continue
            if earlier is not None:
                # "troops killed 18 insurgents" after the insurgents' group was named
                mention = _mention(doc[token.i : token.i + 1], earlier.name, earlier.kind, earlier.country,
                                   known=earlier.known, generic=True)
                mentions.append(mention)
                taken[token.i] = mention
                continue
            # "troops killed 12 militants" with no group named: the militants are the side fought
        country, start = _modifier_country(token, taken)
        if generic.kind == "government" and (people := people_government(token, country_focus)) is not None:
            # "the Kurdish authorities" in Iraq: the Kurdistan Regional Government
            _record(_mention(doc[start : token.i + 1], people.name, "government", people.country, generic=True),
                    mentions, taken)
            continue
        if country is None and generic.kind in STATE_KINDS and "{country}" in generic.template:
            country = _its_country(token, taken)  # "Azerbaijan summoned ..., with its foreign ministry accusing"
        if country is None and generic.kind in STATE_KINDS and not (
                generic.needs_country and token.lemma_.lower() in OWNED_THINGS):
            country = _seat_country(token)  # not for a post or a convoy: "Pakistani posts", never "a police post in Kabul"
        if generic.needs_country and country is None:
            continue
        span = doc[start : token.i + 1]
        described = _described_group(token, mentions) if generic.kind == "armed_group" else None
        if described is not None:
            # "the Rwanda-backed rebel group said": a definite description of the group named before
            mention = _mention(span, described.name, described.kind, described.country, known=described.known,
                               generic=True)
            _record(mention, mentions, taken)
            continue
        if country is None and (generic.template.startswith(("Unidentified", "Military", "Police", "Government",
                                                              "Intelligence")) or "{country}" in generic.template):
            # "the rebels" may be the group named before; "the settlers", "the protesters" are no
            # other group than themselves
            doers = {m.name for m in clause_doers(token, mentions, generic.kind)}
            earlier = antecedent(token, generic.kind, [m for m in mentions if m.name not in doers],
                                 generic.template)
            if earlier is None and generic.kind == "state_forces" and any(c.dep_ == "nummod" for c in token.children):
                # "attacked Israeli troops near Jenin, killing two soldiers": the dead counted are
                # of the forces the sentence named
                earlier = antecedent(token, generic.kind, mentions, generic.template, definite=False)
                if earlier is not None and earlier.start < token.sent.start:
                    earlier = None
            if earlier is not None and _national(token):
                # "Borno's governor urged the federal government": the state's own government,
                # not the region's named before
                country, earlier = earlier.country, None
        else:
            earlier = None
        if country is None:
            if earlier is not None:
                mention = _mention(span, earlier.name, earlier.kind, earlier.country, generic=True)
                _record(mention, mentions, taken)
                continue
        # state organs belong to the country the article is about; so, in ACLED's manner
        # ("Civilians (Sudan)", "Unidentified Armed Group (Mali)"), do unnamed people and groups
        country = country or country_focus
        mention = _generic_mention(span, generic, country)
        _record(mention, mentions, taken)
        if generic.kind in STATE_KINDS and "{country}" in generic.template:
            _first_of_two_nations(doc, span, generic, country, mentions, taken)


def _generic_mention(span: Span, generic: Generic, country: str) -> ActorMention:
    """A mention of a generic actor in a country; a state organ the knowledge base lists under that
    name takes the entry's name and kind."""
    mention = _mention(span, _generic_name(generic, country), generic.kind, country, generic=True)
    if generic.template == "Military Forces of {country}" and country in RULING_ACTORS \
            and span.root.lemma_.lower() in OWNED_THINGS:
        mention.name = RULING_ACTORS[country]  # "Afghan posts": the Taliban's, who rule
    known = lookup_exact(mention.name) if generic.kind in STATE_KINDS else None
    if known is not None:
        mention.name, mention.kind, mention.known = known.name, known.kind, True
    return mention


def _first_of_two_nations(doc: Doc, span: Span, generic: Generic, country: str, mentions: list[ActorMention],
                          taken: dict[int, ActorMention]) -> None:
    """ "Rwandan and Mozambican troops", "Armenian and Azerbaijani forces": the demonym before
    "and" names a second state's forces, one mention of its own on that word."""
    if span.start < 2 or doc[span.start - 1].lower_ != "and":
        return
    word = doc[span.start - 2]
    other = country_code(word.text) if word.i not in taken and word.is_title else None
    if other is None or other == country or not is_demonym(word.text):
        return
    mention = _generic_mention(doc[word.i : word.i + 1], generic, other)
    mentions.append(mention)
    taken[word.i] = mention


def _its_country(token: Token, taken: dict[int, ActorMention]) -> str | None:
    """The country whose "its" a state organ has, when the subject of a clause above is a state:
    "Azerbaijan summoned Russia's ambassador ..., with its foreign ministry accusing Moscow"."""
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in token.children):
        return None
    for verb in (a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != token.i
                        and c.i < token.i), None)
        if subject is not None:
            owner = taken.get(subject.i)
            return owner.country if owner is not None and owner.kind in {"state", "government"} and not owner.generic else None
    return None


def _seat_country(token: Token) -> str | None:
    """ "the foreign ministry in Kyiv", "the government in Khartoum": the capital after a state
    organ says whose it is."""
    # "accuses the government in Caracas of": the parser may hang the place on the verb
    right_after = [c for c in token.head.children if c.i == token.right_edge.i + 1] if token.dep_ == "dobj" and not any(
        c.dep_ == "poss" for c in token.children) else []  # "arrest its officials in Juba": its own
    for prep in [*token.children, *right_after]:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for place in prep.children:
                if place.dep_ == "pobj":
                    return capital_country(place.doc[place.left_edge.i : place.i + 1].text)
    subject = token
    while subject.dep_ in {"compound", "nmod"} and subject.head.i > subject.i:
        subject = subject.head  # "In Tehran, foreign ministry spokesman Hamid Rezaei dismissed"
    if subject.dep_ in {"nsubj", "nsubjpass"} and subject.head.pos_ in {"VERB", "AUX"}:
        # "In Kinshasa, the government dismissed the charge": the capital that opens the clause
        for prep in subject.head.children:
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < subject.i and prep.i == prep.sent.start:
                for place in prep.children:
                    if place.dep_ == "pobj":
                        return capital_country(place.doc[place.left_edge.i : place.i + 1].text)
    return None


NAMED_GROUP_NOUNS = {"gang", "militia", "cartel", "group", "faction", "clique", "brigade", "battalion"}


def _name_word(token: Token) -> bool:
    """A word of a group's own name: capitalised, a proper noun, and no country, people or place
    ("Haitian gang", "Sudanese militia" name no group)."""
    return (token.dep_ in {"compound", "nmod", "amod"} and token.text[:1].isupper() and token.pos_ == "PROPN"
            and token.ent_type_ not in {"NORP", "GPE", "LOC", "DATE"} and country_code(token.text) is None
            and not is_demonym(token.text))


SAYING_LEMMAS = {"say", "announce", "report", "claim", "confirm", "add", "state", "tell"}


def _owned_phrase(noun: Token) -> Span:
    """The noun with its "its" or "their" ("its ground forces"), else the noun alone."""
    doc = noun.doc
    return doc[noun.left_edge.i : noun.i + 1] if noun.left_edge.lower_ in {"its", "their"} else doc[noun.i : noun.i + 1]


def _possessor_speaker(noun: Token, taken: dict[int, ActorMention], *, governments: bool = False) -> ActorMention | None:
    """ "its ground forces", "their fighters" in what a named force or group says: its own;
    with ``governments``, only what a state's government says of its forces."""
    generic = _generic_of(noun)
    if generic is None or generic[0].kind not in {"state_forces", "armed_group"}:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in noun.children):
        return None
    verb = noun.head
    for _ in range(4):
        if verb.lemma_.lower() in SAYING_LEMMAS and verb.pos_ == "VERB":
            break
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    speaker = taken.get(subject.i) if subject is not None else None
    if governments:
        # a rival or regional government's forces are its own, named elsewhere
        if speaker is None or speaker.kind != "government" or not national_organ(speaker) \
                or generic[0].kind != "state_forces" or "{country}" not in generic[0].template:
            return None
        return speaker
    if speaker is None or speaker.generic or speaker.kind not in {"state_forces", "armed_group"}:
        return None
    return speaker


def _unlabelled_group_name(noun: Token, taken: dict[int, ActorMention]) -> Span | None:
    """The capitalised words just before a group noun that no entity covers: "Grand Ravine" in
    "the Grand Ravine gang"."""
    if noun.lemma_.lower() not in NAMED_GROUP_NOUNS:
        return _titled_force_name(noun, taken)
    start = noun.i
    while start > 0 and _name_word(noun.doc[start - 1]) and start - 1 not in taken:
        start -= 1
    if start == noun.i or noun.doc[start].i == noun.doc[start].sent.start:
        return None
    name = noun.doc[start : noun.i]
    if len(name) == 1 and name[0].ent_type_ != "ORG":
        return None  # "a Kuki armed group", "the Baloch militia": one word is a people more often than a name
    return name


# capitalised heads that end the name of a non-state force ("the Tigray Peace Force")
TITLED_FORCE_NOUNS = {"force", "forces", "front", "movement", "resistance"}
STATE_NAME_WORDS = {"defence", "defense", "security", "police", "border", "republican", "presidential", "national",
                    "armed", "special", "air", "naval", "rapid", "support", "joint", "task"}


def _titled_force_name(noun: Token, taken: dict[int, ActorMention]) -> Span | None:
    """ "the Tigray Peace Force", "the Hadramout Protection Forces": capitalised words the model
    left unlabelled before a capitalised force noun name a group with the noun itself, unless
    the words say a state's force ("Border Force") or a country or people stands before them."""
    if noun.lemma_.lower() not in TITLED_FORCE_NOUNS and noun.lower_ not in TITLED_FORCE_NOUNS or not noun.text[:1].isupper():
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "the army's Eastern Force": a unit of its owner
    doc = noun.doc
    start = noun.i
    while start > 0 and _name_word(doc[start - 1]) and start - 1 not in taken:
        start -= 1
    if start == noun.i or start == doc[start].sent.start:
        return None
    before = doc[start - 1]
    if before.ent_type_ in {"NORP", "GPE"} or is_demonym(before.text) or country_code(before.text) or before.i in taken:
        return None
    if any(t.lower_ in STATE_NAME_WORDS for t in doc[start : noun.i]):
        return None
    return doc[start : noun.i + 1]


# "GOMA, Congo, May 4 (Reuters) - ", "KHARTOUM (AP) — ": a dateline opens the story or a line
DATELINE = re.compile(r"(?m)^[ \t]*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{2,40}(?:,[^\n()—–]{1,60}?)?\s*(?:\([A-Za-z .]{1,30}\))?\s*[—–-]+\s")
NEWS_AGENCIES = {"reuters", "ap", "afp", "associated press", "agence france-presse", "agence france presse",
                 "efe", "dpa", "xinhua", "anadolu", "the associated press"}


def dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the document's datelines, found once per document."""
    if "sitrep.datelines" not in doc.user_data:
        doc.user_data["sitrep.datelines"] = [match.span() for match in DATELINE.finditer(doc.text)]
    return doc.user_data["sitrep.datelines"]


def _agency_addressed(span: Span) -> bool:
    """ "told Reuters", "said to AFP": the agency the source spoke to."""
    if span.text.casefold() not in NEWS_AGENCIES:
        return False
    head = span.root.head
    return head.lemma_.lower() in {"tell", "say", "speak", "to", "according"} or span.root.dep_ in {"dobj", "dative"}


def find_actor_mentions(doc: Doc) -> list[ActorMention]:
    from sitrep.extract.shortforms import (resolve_acronyms, resolve_family_names, resolve_group_references,
                                           resolve_name_heads)

    country_focus = focus_country(doc)
    mentions: list[ActorMention] = []
    taken: dict[int, ActorMention] = {}
    datelines = dateline_spans(doc)
    for span in doc.ents:
        if any(start <= span.start_char < end for start, end in datelines) or _agency_addressed(span):
            continue  # "NIAMEY, Niger, May 4 (Reuters) -", "told Reuters": no party to the story
        if span.end + 1 < len(doc) and doc[span.end].text in {"-", "–"} \
                and doc[span.end + 1].lower_ in LEANING_SUFFIXES:
            continue  # "a Salafist-leaning force": a creed or a style, not a party
        mention = _entity_mention(span, country_focus)
        if mention is not None:
            mentions.append(mention)
            for index in range(span.start, span.end):
                taken[index] = mention
    for token in doc:
        # "Moscow accused Kyiv of ...": a capital the model left unlabelled still speaks or is
        # spoken to as its government
        if token.i not in taken and not token.ent_type_ and token.pos_ == "PROPN" and capital_country(token.text):
            mention = _capital_as_government(doc[token.i : token.i + 1])
            if mention is not None:
                mentions.append(mention)
                taken[token.i] = mention
    for token in doc:
        if token.i not in taken and (regional := unnamed_regional_office(token, country_focus)) is not None:
            mention = _mention(doc[token.i : token.i + 1], regional.name, "government", regional.country)
            mentions.append(mention)
            taken[token.i] = mention
    resolve_acronyms(doc, mentions, taken)
    _parent_organisations(doc, mentions, taken)
    mentions.sort(key=lambda mention: mention.start)
    _generic_mentions(doc, taken, country_focus, mentions)
    _protesters(doc, taken, country_focus, mentions)
    _collaborators(doc, taken, country_focus, mentions)
    _party_crowds(doc, taken, country_focus, mentions)
    _counted_nationals(doc, taken, mentions)
    _truce_monitors(doc, taken, country_focus, mentions)
    _occupiers(doc, taken, country_focus, mentions)
    resolve_group_references(doc, mentions, taken)
    resolve_name_heads(doc, mentions, taken)
    _coalition_leaders(doc, mentions)
    _identified_perpetrators(doc, mentions)
    mentions.sort(key=lambda mention: mention.start)
    people_countries(doc, mentions, country_focus)
    resolve_family_names(mentions)
    return mentions


# the members a group is told by ("the attackers were fighters of the ADF")
MEMBER_NOUNS = {"fighter", "member", "militant", "gunman", "rebel", "insurgent", "jihadist", "militiaman",
                "operative", "soldier", "part", "loyalist", "supporter"}


def _identified_perpetrators(doc: Doc, mentions: list[ActorMention]) -> None:
    """ "Gunmen attacked a funeral ... The attackers were fighters of the ADF", "the gunmen belonged
    to the URDPC", "JNIM claimed the attack": a later sentence names the group an unidentified side
    was, and every mention of that unidentified side is then the group."""
    for verb in doc:
        lemma = verb.lemma_.lower()
        if lemma not in {"be", "belong"} or any(c.dep_ == "neg" or c.lower_ in HEDGING_AUXILIARIES
                                                 for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        unnamed = _mention_at(mentions, subject) if subject is not None else None
        if unnamed is None or not unnamed.generic or not unnamed.name.startswith("Unidentified"):
            continue
        if lemma == "be":
            named = [c for c in verb.children if c.dep_ == "attr"]
            named += [p for a in list(named) if a.lemma_.lower() in MEMBER_NOUNS for prep in a.children
                      if prep.dep_ == "prep" and prep.lower_ in {"of", "from"} for p in prep.children if p.dep_ == "pobj"]
        else:
            named = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to"
                     for p in prep.children if p.dep_ == "pobj"]
        group = next((m for m in map(lambda t: _mention_at(mentions, t), named)
                      if m is not None and not m.generic and m.kind in {"armed_group", "political_party"}), None)
        if group is None:
            continue
        _name_unidentified(mentions, unnamed.name, unnamed.kind, group)
    for verb in doc:
        # "Gunmen attacked a police post ... The BLA claimed the attack": the claimant is the side
        # the report left unnamed, when the article has one such side only
        if verb.lemma_.lower() != "claim" or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED_DEEDS for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        group = _mention_at(mentions, subject) if subject is not None else None
        if group is None or group.generic or group.kind != "armed_group":
            continue
        unnamed = {(m.name, m.kind) for m in mentions if m.generic and m.kind == "armed_group"
                   and m.name.startswith("Unidentified") and m.start < verb.i}
        if len(unnamed) == 1:
            _name_unidentified(mentions, *unnamed.pop(), group)


# what a group claims that names a deed of its own
CLAIMED_DEEDS = {"attack", "responsibility", "bombing", "ambush", "raid", "blast", "killing", "assault",
                 "explosion", "shooting", "strike", "abduction", "kidnapping", "assassination", "operation"}


def _name_unidentified(mentions: list[ActorMention], name: str, kind: str, group: ActorMention) -> None:
    """Every mention of an unidentified side (by its name and kind) becomes the group it is found to be."""
    for mention in mentions:
        if mention.name == name and mention.kind == kind:
            mention.name, mention.kind, mention.country, mention.known = (
                group.name, group.kind, group.country, group.known)


HEDGING_AUXILIARIES = {"may", "might", "could", "would"}


def _mention_at(mentions: list[ActorMention], token) -> ActorMention | None:
    return next((m for m in mentions if m.start <= token.i < m.end), None)


# what a name before a hyphen may only describe: "Salafist-leaning", "Wagner-style", "Soviet-era"
LEANING_SUFFIXES = {"leaning", "style", "inspired", "minded", "oriented", "era", "made", "type", "like"}


# the organisations whose short name opens the names of what they run ("the UN refugee agency")
PARENT_ORGANISATIONS = {"UN", "U.N.", "NATO", "EU", "AU"}


def _parent_organisations(doc: Doc, mentions: list[ActorMention], taken: dict[int, ActorMention]) -> None:
    """ "the UN refugee agency UNHCR", "the UN children's agency": the organisation that opens
    the phrase is an actor of its own (the body is part of it), even where the model or the
    knowledge base took the whole phrase as the body."""
    for token in doc:
        if token.text not in PARENT_ORGANISATIONS or token.dep_ not in {"compound", "nmod", "npadvmod", "amod"} \
                or (token.i > 0 and doc[token.i - 1].text == "-"):  # "PORT-AU-PRINCE"
            continue
        holder = taken.get(token.i)
        if holder is not None and (holder.end - holder.start < 2 or holder.start != token.i or not any(
                t.is_lower and t.is_alpha and not t.is_stop for t in doc[token.i + 1 : holder.end])):
            continue  # "the UN Security Council" is a name of its own; "the UN refugee agency" is a description
        known = lookup(token.text)  # the word alone (the ruler tagged it with the body's id)
        if known is None or known.kind != "international_org" or (holder is not None and holder.name == known.name):
            continue
        if holder is not None:  # the body keeps the rest of its phrase
            rest = doc[token.i + 1 : holder.end]
            holder.start, holder.start_char, holder.text = rest.start, rest.start_char, rest.text
        mention = _mention(doc[token.i : token.i + 1], known.name, known.kind, known.country, known=True)
        mentions.append(mention)
        taken[token.i] = mention


def people_countries(doc: Doc, mentions: list[ActorMention], country_focus: str | None) -> None:
    """A person's country: that of the actor their title or apposition names ("Houthi spokesman
    X", "X, the commander of Y", "Puntland's security minister, X"), else the article's country."""
    for person in mentions:
        if person.kind != "person" or person.country is not None:
            continue
        root = doc[person.start : person.end].root
        phrase = root.head if root.dep_ in {"appos", "compound"} else root
        around = range(phrase.left_edge.i, phrase.right_edge.i + 1)
        affiliated = next(
            (m for m in mentions if m is not person and m.start in around and m.country
             and m.kind not in {"international_org", "civilians", "other"}),
            None,
        )
        person.country = affiliated.country if affiliated is not None else country_focus


def _named_apposition(mentions: list[ActorMention], children) -> ActorMention | None:
    """The first named (not generic) actor that an apposition among ``children`` names."""
    for child in children:
        if child.dep_ == "appos":
            named = next((m for m in mentions if m.start <= child.i < m.end and not m.generic), None)
            if named is not None:
                return named
    return None


def mention_at(mentions: list[ActorMention], token: Token) -> ActorMention | None:
    """The actor mention that covers ``token``, or that names the phrase ``token`` heads."""
    for mention in mentions:
        if mention.start <= token.i < mention.end:
            return mention
    # "the U.N. peacekeeping mission MINUSCA", "the Islamist group Hamas": the name right after the
    # noun, not the parent in front of it
    named = _named_apposition(mentions, (c for c in token.rights if c.left_edge.i == token.i + 1))
    if named is not None:
        return named
    for child in reversed(list(token.lefts)):
        # the head's own name word ("Bedouin tribal fighters"), before anything further left that
        # the parser let into the phrase
        if child.dep_ in {"compound", "nmod", "amod"} and child.ent_type_:
            held = next((m for m in mentions if m.start <= child.i < m.end), None)
            if held is not None:
                return held
    owned = [token, *(p for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for p in prep.children if p.dep_ == "pobj")]
    if any(c.dep_ == "poss" for t in owned for c in t.children):
        # "Hamas's armed wing, the Qassam Brigades", "an operative of Hamas's armed wing, the Qassam
        # Brigades" (the apposition hung on either noun): the unit the apposition names, not its owner
        named = _named_apposition(mentions, (c for t in owned for c in t.rights))
        if named is not None:
            return named
    clauses = [c for c in token.rights if c.dep_ == "relcl" or c.dep_ == "acl" and c.tag_ == "VBN"
               and any(a.dep_ == "agent" for a in c.children) and token.lemma_.lower() in GROUP_NOUNS]
    for mention in mentions:
        if token.left_edge.i <= mention.start and mention.end <= token.right_edge.i + 1:
            if any(c.left_edge.i <= mention.start <= c.right_edge.i for c in clauses):
                continue  # "a coalition that includes X's movement", "headed by X": X is not the coalition
            if mention.start <= token.i + 3:  # the phrase's own head, not a distant modifier
                return mention
    return None
