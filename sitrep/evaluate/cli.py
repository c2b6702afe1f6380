"""``sitrep eval GOLD``: score the pipeline against a gold JSONL file."""

from __future__ import annotations

import sys

import click

from sitrep.evaluate.match import DEFAULT_KM
from sitrep.evaluate.run import evaluate_file, parse_only
from sitrep.evaluate.schema import GoldError


@click.command("eval", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("gold", type=click.Path(dir_okay=False, path_type=str))
@click.option("--only", "only_text", default=None, metavar="PARTS",
              help="Comma-separated parts to score: actors,events,statements,relations,places.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--errors", "errors", type=click.IntRange(min=0), default=10, show_default=True,
              help="How many misses, false alarms and argument errors to list.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Score only the first N gold records.")
@click.option("--sample", type=click.IntRange(min=1), default=None, metavar="N",
              help="Score a random sample of N records (after --limit), drawn with --seed.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of the --sample draw: the same seed gives the same records.")
@click.option("--model", default=None, metavar="NAME", help="The spaCy model to load.")
@click.option("--km", type=click.FloatRange(min=0), default=DEFAULT_KM, show_default=True,
              help="Distance within which a predicted place counts as the gold one.")
def eval_command(gold: str, only_text: str | None, as_json: bool, errors: int,
                 limit: int | None, sample: int | None, seed: int, model: str | None,
                 km: float) -> None:
    """Score sitrep against the gold records in GOLD (JSON lines, see docs/evaluation.md)."""
    try:
        only = parse_only(only_text)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--only") from error
    from sitrep.evaluate.gold import load_gold

    try:
        if not load_gold(gold, limit=1):
            raise GoldError(f"{gold}: no gold records")
    except GoldError as error:
        click.echo(f"error: unreadable gold file {error}", err=True)
        sys.exit(2)
    from sitrep.pipeline import Pipeline

    try:
        report = evaluate_file(gold, only=only, pipeline=Pipeline(model=model), limit=limit,
                               errors=errors, km=km, sample=sample, seed=seed)
    except GoldError as error:
        click.echo(f"error: unreadable gold file {error}", err=True)
        sys.exit(2)
    click.echo(report.to_json() if as_json else report.to_text())
