"""``sitrep gazetteer``: build the default gazetteer, load GeoNames dumps into it, show what is in it.

Thin over ``sitrep.resolve.gazetteer``; the file is ``SITREP_GAZETTEER`` or the user cache default.
"""

from __future__ import annotations

from pathlib import Path

import click

from sitrep.resolve import gazetteer as gaz
from sitrep.resolve.gazetteer.geonames import LoadError


@click.group("gazetteer")
def gazetteer() -> None:
    """The offline gazetteer (GeoNames cities500 by default; full dumps with `load`)."""


@gazetteer.command("load")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def load(files: tuple[Path, ...]) -> None:
    """Load GeoNames dumps: allCountries.zip, XX.zip or .txt, admin1CodesASCII.txt, admin2Codes.txt.

    Download them from https://download.geonames.org/export/dump/. Streams: bounded memory."""
    path = gaz.ensure_built()
    gaz.reset()
    try:
        reports = gaz.load_files(list(files), path)
    except (LoadError, OSError, UnicodeDecodeError) as error:
        raise click.ClickException(str(error)) from error
    for report in reports:
        click.echo(f"{report.path}: {report.kept:,} of {report.rows:,} {report.kind} rows loaded")
    click.echo(f"gazetteer: {path}")


@gazetteer.command("info")
def info() -> None:
    """Where the gazetteer is and what it holds (builds the default one when missing)."""
    opened = gaz.open_gazetteer()
    connection = opened.connection
    places = connection.execute("SELECT count(*) FROM places").fetchone()[0]
    names = connection.execute("SELECT count(*) FROM names").fetchone()[0]
    click.echo(f"path: {opened.path}")
    click.echo(f"builder version: {opened.meta('version')}")
    click.echo(f"places: {places:,}; names: {names:,}")
    loaded = opened.meta("loaded")
    click.echo(f"loaded dumps: {', '.join(loaded.splitlines()) if loaded else 'none'}")
