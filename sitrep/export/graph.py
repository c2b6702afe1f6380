"""The actor graph: GraphML and a CSV edge list.

Nodes are actors (id, name, kind, country), merged across documents by actor id: the first name
and kind seen win, and a missing country is filled from a later document. An id that an edge uses
but no document lists as an actor becomes a node named by its id.

Edges, keyed by (source, target, label) and weighted by how often they were seen:

* relations: subject -> object, label = the predicate (``backed_by``, ``opposes``, ...);
* event interactions: each of an event's actors -> each of its targets, label = the PLOVER event
  type. Negated and hypothetical events are left out (they report something that did not happen),
  and so are self-loops (an actor that is its own target).

The graph is aggregated in memory (one entry per distinct actor and edge), then written one element
at a time. GraphML elements are serialised by ElementTree, which escapes names and ids; characters
that XML 1.0 cannot carry at all (most control characters) are removed first. The edge list is a CSV
whose text cells are neutralised against formula injection as in :mod:`sitrep.export.csv_events`.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TextIO

from sitrep.export.csv_events import neutralise
from sitrep.model import Document

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
EDGE_COLUMNS = ("source", "target", "source_name", "target_name", "relation", "weight")

# (key id, for, attr.name, attr.type)
_KEYS = (
    ("d0", "node", "name", "string"),
    ("d1", "node", "kind", "string"),
    ("d2", "node", "country", "string"),
    ("d3", "edge", "relation", "string"),
    ("d4", "edge", "edge_kind", "string"),
    ("d5", "edge", "weight", "int"),
)
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(slots=True)
class Node:
    name: str
    kind: str = "other"
    country: str | None = None


@dataclass(slots=True)
class Edge:
    kind: str  # relation | event
    weight: int = 0


@dataclass(slots=True)
class ActorGraph:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], Edge] = field(default_factory=dict)  # (source, target, label)

    def add_document(self, document: Document) -> None:
        for actor in document.actors:
            node = self.nodes.get(actor.id)
            if node is None:
                self.nodes[actor.id] = Node(actor.name, actor.kind or "other", actor.country)
            elif node.country is None:
                node.country = actor.country
        for relation in document.relations:
            self._add_edge(relation.subject, relation.object, relation.predicate, "relation")
        for event in document.events:
            if event.negated or event.hypothetical:
                continue
            pairs = {(a, t) for a in event.actors for t in event.targets if a != t}
            for actor_id, target_id in sorted(pairs):
                self._add_edge(actor_id, target_id, event.type, "event")

    def _add_edge(self, source: str, target: str, label: str, kind: str) -> None:
        for actor_id in (source, target):
            self.nodes.setdefault(actor_id, Node(actor_id))
        self.edges.setdefault((source, target, label), Edge(kind)).weight += 1


def build_graph(documents: Iterable[Document]) -> ActorGraph:
    graph = ActorGraph()
    for document in documents:
        graph.add_document(document)
    return graph


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)


def _element(tag: str, attrib: dict[str, str], data: dict[str, str | None]) -> str:
    element = ET.Element(tag, {name: _xml(value) for name, value in attrib.items()})
    for key, value in data.items():
        if value is not None:
            ET.SubElement(element, "data", key=key).text = _xml(value)
    return ET.tostring(element, encoding="unicode")


def write_graphml(documents: Iterable[Document], out: TextIO) -> int:
    """Write the actor graph as GraphML (UTF-8); return the number of edges."""
    graph = build_graph(documents)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(f'<graphml xmlns="{GRAPHML_NS}">\n')
    for key_id, domain, name, kind in _KEYS:
        key = ET.Element("key", {"id": key_id, "for": domain, "attr.name": name, "attr.type": kind})
        out.write(ET.tostring(key, encoding="unicode") + "\n")
    out.write('<graph id="actors" edgedefault="directed">\n')
    for actor_id, node in graph.nodes.items():
        data = {"d0": node.name, "d1": node.kind, "d2": node.country}
        out.write(_element("node", {"id": actor_id}, data) + "\n")
    for number, ((source, target, label), edge) in enumerate(graph.edges.items()):
        attrib = {"id": f"e{number}", "source": source, "target": target}
        data = {"d3": label, "d4": edge.kind, "d5": str(edge.weight)}
        out.write(_element("edge", attrib, data) + "\n")
    out.write("</graph>\n</graphml>\n")
    return len(graph.edges)


def write_edges_csv(documents: Iterable[Document], out: TextIO) -> int:
    """Write the actor graph's edges as CSV with a header row; return the number of edges."""
    graph = build_graph(documents)
    writer = csv.writer(out)
    writer.writerow(EDGE_COLUMNS)
    for (source, target, label), edge in graph.edges.items():
        row = (source, target, graph.nodes[source].name, graph.nodes[target].name, label)
        writer.writerow([neutralise(value) for value in row] + [edge.weight])
    return len(graph.edges)
