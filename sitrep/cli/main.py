"""The ``sitrep`` command: a click group; each command lives in its own module, thin over the
library. Exit codes: 0 success, 1 some inputs failed, 2 usage or configuration error."""

from __future__ import annotations

import click

from sitrep import __version__
from sitrep.cli.demo import demo
from sitrep.cli.export import export
from sitrep.cli.extract import extract
from sitrep.cli.gazetteer import gazetteer
from sitrep.cli.ingest import ingest
from sitrep.cli.actors import actor, actors
from sitrep.cli.query import events, fuse, split
from sitrep.cli.serve import serve
from sitrep.cli.statements import statements


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitrep")
def cli() -> None:
    """sitrep: news reports about armed conflict and politics, turned into a sourced,
    geolocated, queryable record of events, statements, actors and relations."""


for command in (extract, ingest, events, split, fuse, statements, actors, actor, export, demo, serve, gazetteer):
    cli.add_command(command)


def _register_optional() -> None:
    from sitrep.evaluate.cli import eval_command

    cli.add_command(eval_command, "eval")


_register_optional()


def main() -> None:
    cli(prog_name="sitrep")
