"""``sitrep demo``: ingest the bundled sample corpus and summarise what came out."""

from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path

import click
import platformdirs

from sitrep.cli.ingest import report_outcome, run_with_progress
from sitrep.cli.options import model_option, open_pipeline, open_store
from sitrep.cli.render import print_rows
from sitrep.settings import APP_NAME


def sample_path() -> str:
    return str(resources.files("sitrep") / "sample" / "corpus.jsonl")


@click.command()
@click.option("--db", default=None, metavar="PATH|URL", help="Store to fill. Default: demo.db in the user data directory.")
@model_option
def demo(db, model) -> None:
    """Ingest the bundled sample articles into a local store and print a summary."""
    location = db or str(Path(platformdirs.user_data_dir(APP_NAME)) / "demo.db")
    store = open_store(location)
    report = run_with_progress([sample_path()], store, open_pipeline(model))
    report_outcome(report, location)
    documents = store.documents()
    store.close()
    names = {actor.id: actor.name for document in documents for actor in document.actors}
    events = [event for document in documents for event in document.events]
    statements = [statement for document in documents for statement in document.statements]
    counts = Counter({"articles": len(documents), "events": len(events), "statements": len(statements),
                      "relations": sum(len(d.relations) for d in documents), "actors": len(names)})
    print_rows([dict(counts)], "table", "Store")
    by_type = Counter((event.type, event.acled_subtype or "-") for event in events)
    print_rows([{"PLOVER": t, "ACLED sub-event": s, "events": n} for (t, s), n in by_type.most_common(10)], "table", "Events by type")
    mentioned = Counter(actor.name for document in documents for actor in document.actors for _ in actor.mentions)
    print_rows([{"actor": name, "mentions": n} for name, n in mentioned.most_common(10)], "table", "Most mentioned actors")
    by_kind = Counter(statement.kind for statement in statements)
    print_rows([{"kind": k, "statements": n} for k, n in by_kind.most_common()], "table", "Statements by kind")
    click.echo(f"\nExplore: sitrep events --db {location} --country SYR   |   sitrep actors --db {location}")
