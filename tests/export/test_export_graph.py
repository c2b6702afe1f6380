from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

from sitrep.export import write_export
from sitrep.export.graph import EDGE_COLUMNS, GRAPHML_NS
from sitrep.model import Actor, Article, Document

NS = {"g": GRAPHML_NS}


def _graphml(documents: list[Document]) -> tuple[int, ET.Element]:
    out = io.StringIO()
    count = write_export(iter(documents), "graphml", out)
    return count, ET.fromstring(out.getvalue().encode("utf-8"))


def _data(element: ET.Element, keys: dict[str, str]) -> dict[str, str]:
    return {keys[d.attrib["key"]]: d.text or "" for d in element.findall("g:data", NS)}


def test_graphml_parses_and_has_nodes_and_merged_edges(documents: list[Document]) -> None:
    count, root = _graphml(documents)
    keys = {key.attrib["id"]: key.attrib["attr.name"] for key in root.findall("g:key", NS)}
    graph = root.find("g:graph", NS)
    assert graph is not None and graph.attrib["edgedefault"] == "directed"
    nodes = {node.attrib["id"]: _data(node, keys) for node in graph.findall("g:node", NS)}
    assert set(nodes) == {"act-rebels", "act-army", "act-power", "act-monitor", "act-unknown"}
    assert nodes["act-rebels"] == {"name": "Rebel Front", "kind": "armed_group", "country": "SDN"}
    # name and kind escaped and unchanged; the missing country is filled from the second document
    army = {"name": '-Army <of> "Sudan"', "kind": "state_forces", "country": "SDN"}
    assert nodes["act-army"] == army
    assert nodes["act-unknown"] == {"name": "act-unknown", "kind": "other"}

    edges = {
        (e.attrib["source"], e.attrib["target"], _data(e, keys)["relation"]): _data(e, keys)
        for e in graph.findall("g:edge", NS)
    }
    assert count == len(edges) == 4
    assert edges["act-rebels", "act-power", "backed_by"] == {
        "relation": "backed_by",
        "edge_kind": "relation",
        "weight": "1",
    }
    # evt-1, evt-2 and evt-4 (negated evt-3 left out), merged across both documents
    assert edges["act-rebels", "act-army", "ASSAULT"]["weight"] == "3"
    assert edges["act-unknown", "act-army", "ASSAULT"]["weight"] == "1"
    assert edges["act-rebels", "act-army", "COERCE"] == {
        "relation": "COERCE",
        "edge_kind": "event",
        "weight": "1",
    }


def test_graphml_escapes_markup_and_drops_control_characters() -> None:
    document = Document(
        article=Article(text="x"),
        actors=[Actor(id='a"1<', name="</data><script>alert(1)</script>&amp;\x00\x1b end")],
    )
    _count, root = _graphml([document])
    node = root.find("g:graph/g:node", NS)
    assert node is not None and node.attrib["id"] == 'a"1<'
    assert root.find("g:graph/g:node/g:data", NS).text == (  # type: ignore[union-attr]
        "</data><script>alert(1)</script>&amp; end"
    )
    assert root.find(".//script") is None and root.find(".//g:script", NS) is None


def test_edges_csv_sums_weights_across_documents(documents: list[Document]) -> None:
    out = io.StringIO(newline="")
    count = write_export(iter(documents), "edges", out)
    reader = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    rows = list(reader)
    assert reader.fieldnames == list(EDGE_COLUMNS)
    assert count == len(rows) == 4
    by_key = {(r["source"], r["target"], r["relation"]): r for r in rows}
    assault = by_key["act-rebels", "act-army", "ASSAULT"]
    assert assault["weight"] == "3"
    assert assault["source_name"] == "Rebel Front"
    assert assault["target_name"] == "'-Army <of> \"Sudan\""  # formula guard
    assert by_key["act-rebels", "act-power", "backed_by"]["target_name"] == "Outside Power"
    assert sum(int(r["weight"]) for r in rows) == 6
