"""Rendering results for the terminal (rich tables, with markup off: article text is untrusted),
and as JSON or CSV for scripts."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from sitrep.model import Document

OUTPUT_FORMATS = ("table", "json", "csv")


def _console() -> Console:
    return Console(highlight=False, emoji=False, markup=False, soft_wrap=False)


def print_rows(rows: Sequence[dict], fmt: str, title: str | None = None) -> None:
    if fmt == "json":
        print(json.dumps(list(rows), ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        return
    table = Table(title=title, show_lines=False)
    columns = list(rows[0]) if rows else []
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
    _console().print(table)


def print_document_summary(document: Document) -> None:
    names = {actor.id: actor.name for actor in document.actors}
    article = document.article
    console = _console()
    console.print(f"{article.title or article.origin or article.id}  ({article.published or 'no date'})")
    print_rows(
        [{"actor": a.name, "kind": a.kind, "country": a.country, "mentions": len(a.mentions)} for a in document.actors],
        "table",
        "Actors",
    )
    print_rows(
        [
            {
                "type": e.type, "acled": e.acled_subtype, "actors": "; ".join(names.get(i, i) for i in e.actors),
                "targets": "; ".join(names.get(i, i) for i in e.targets), "place": e.place.name if e.place else None,
                "date": e.date, "fatalities": e.fatalities.text if e.fatalities else None,
            }
            for e in document.events
        ],
        "table",
        "Events",
    )
    print_rows(
        [
            {"kind": s.kind, "speaker": names.get(s.speaker or "", s.speaker), "quote": s.quote, "platform": s.platform}
            for s in document.statements
        ],
        "table",
        "Statements",
    )
    print_rows(
        [
            {"subject": names.get(r.subject, r.subject), "predicate": r.predicate, "object": names.get(r.object, r.object)}
            for r in document.relations
        ],
        "table",
        "Relations",
    )
