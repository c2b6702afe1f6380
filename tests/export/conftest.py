"""Hand-built documents for the export tests, with untrusted text in awkward places."""

from __future__ import annotations

import pytest

from sitrep.model import (
    Actor,
    Article,
    Document,
    Event,
    Evidence,
    Fatalities,
    Mention,
    Place,
    Relation,
)

NASTY = 'He said "=cmd()", then, <script>alert(1)</script>\nnext line'


def _evidence(text: str, fragment: str) -> Evidence:
    start = text.index(fragment)
    return Evidence(text=fragment, start=start, end=start + len(fragment))


@pytest.fixture
def first_document() -> Document:
    text = (
        "Rebel Front fighters attacked army posts near Kadugli, killing 3 to 5 soldiers. "
        + NASTY
        + " Rebels did not attack Dilling. The Rebel Front is backed by Outside Power."
    )
    article = Article(
        text=text,
        title='=HYPERLINK("http://evil")',
        source="Wire, Inc.",
        url="https://example.org/a?x=1&y=2",
        published="2024-05-02",
        language="en",
    )
    return Document(
        article=article,
        actors=[
            Actor(
                id="act-rebels",
                name="Rebel Front",
                kind="armed_group",
                country="SDN",
                aliases=["RF"],
                mentions=[Mention(start=0, end=11, text="Rebel Front")],
            ),
            Actor(id="act-army", name="-Army <of> \"Sudan\"", kind="state_forces", country=None),
            Actor(id="act-power", name="Outside Power", kind="state", country="XYZ"),
            Actor(id="act-monitor", name="@Monitor", kind="monitor"),
        ],
        events=[
            Event(
                id="evt-1",
                type="ASSAULT",
                evidence=_evidence(text, "Rebel Front fighters attacked army posts near Kadugli"),
                mode="firearms",
                acled_type="Battles",
                acled_subtype="Armed clash",
                actors=["act-rebels"],
                targets=["act-army"],
                place=Place(
                    name="Kadugli",
                    country="SDN",
                    admin1="South Kordofan",
                    admin2=None,
                    lat=11.01,
                    lon=-29.72,
                    precision="exact",
                    geonameid=373141,
                ),
                date="2024-05-01",
                date_precision="day",
                fatalities=Fatalities(min=3, max=5, text="3 to 5 soldiers"),
                reported_by=["act-monitor"],
            ),
            Event(
                id="evt-2",
                type="ASSAULT",
                evidence=_evidence(text, NASTY),
                actors=["act-rebels", "act-unknown"],
                targets=["act-army"],
                place=Place(name="=cmd()", country="SDN"),  # no coordinates
            ),
            Event(
                id="evt-3",
                type="ASSAULT",
                evidence=_evidence(text, "Rebels did not attack Dilling."),
                actors=["act-rebels"],
                targets=["act-army"],
                negated=True,
            ),
        ],
        relations=[
            Relation(
                id="rel-1",
                subject="act-rebels",
                predicate="backed_by",
                object="act-power",
                evidence=_evidence(text, "The Rebel Front is backed by Outside Power."),
            )
        ],
        pipeline_version="test",
    )


@pytest.fixture
def second_document() -> Document:
    text = "Rebel Front shelled army positions near Kauda. Rebels fired on Army posts again."
    return Document(
        article=Article(text=text, title="Shelling", source="Other Wire"),
        actors=[
            Actor(id="act-rebels", name="Rebel Front (renamed)", kind="armed_group"),
            Actor(id="act-army", name="Sudanese Army", kind="state_forces", country="SDN"),
        ],
        events=[
            Event(
                id="evt-4",
                type="ASSAULT",
                evidence=_evidence(text, "Rebel Front shelled army positions near Kauda."),
                actors=["act-rebels"],
                targets=["act-army"],
                place=Place(name="Kauda", lat=11.03, lon=30.52, precision="admin2"),
            ),
            Event(
                id="evt-5",
                type="COERCE",
                evidence=_evidence(text, "Rebels fired on Army posts again."),
                actors=["act-rebels"],
                targets=["act-army", "act-rebels"],  # self-loop is dropped
            ),
        ],
    )


@pytest.fixture
def documents(first_document: Document, second_document: Document) -> list[Document]:
    return [first_document, second_document]
