"""``sitrep actors`` (list stored actors; ``actors load FILE`` extends the knowledge base) and
``sitrep actor NAME`` (one actor's profile: knowledge-base entry, relations, events, statements)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from sitrep.cli.options import db_option, open_store
from sitrep.cli.render import OUTPUT_FORMATS, print_rows
from sitrep.kb.actors import ActorFileError, read_actor_file, save_overlay
from sitrep.resolve.actors import lookup

format_option = click.option(
    "--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table", show_default=True
)


@click.group(invoke_without_command=True)
@db_option
@click.option("--actor", "name", help="Name or alias (substring, any case).")
@click.option("--kind", help="Actor kind (state, state_forces, armed_group, person, ...).")
@click.option("--country", help="ISO 3166-1 alpha-3 code.")
@click.option("--limit", type=click.IntRange(min=1), default=None)
@format_option
@click.pass_context
def actors(ctx, db, name, kind, country, limit, fmt) -> None:
    """List stored actors, most mentioned first; 'actors load FILE' extends the knowledge base."""
    if ctx.invoked_subcommand is not None:
        return
    with open_store(db) as store:
        found = store.actors(name=name, kind=kind, country=country, limit=limit)
    rows = [
        {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country,
         "aliases": "; ".join(a.aliases), "mentions": a.mentions, "events": a.events}
        for a in found
    ]
    print_rows(rows, fmt, f"{len(rows)} actors")


@actors.command("load")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def load(file: Path) -> None:
    """Add or override knowledge-base entries from a YAML, JSON or CSV file (columns/keys: name,
    kind, country, aliases, affiliations). Kept in SITREP_ACTORS or the user data directory."""
    try:
        entries = read_actor_file(file)
    except (ActorFileError, ValueError) as error:
        raise click.ClickException(f"{file}: {error}") from error
    path, count = save_overlay(entries)
    click.echo(f"{count} actors loaded into {path}")


def _kb_section(name: str) -> dict | None:
    known = lookup(name)
    if known is None:
        return None
    return {
        "name": known.name, "kind": known.kind, "country": known.country,
        "aliases": list(known.aliases), "source": known.source,
        "relations": [{"predicate": p, "other": o, "source": "knowledge base"} for p, o in known.affiliations],
    }


@click.command("actor")
@click.argument("name")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the profile as JSON.")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many recent events and statements to show.")
def actor(name, db, as_json, limit) -> None:
    """An actor's profile: kind, country, aliases, relations with evidence, events, statements."""
    from sitrep.store.actor_queries import actor_profile, find_actor

    with open_store(db) as store:
        matches = find_actor(store, name)
        kb = _kb_section(name)
        if not matches and kb is not None:
            matches = find_actor(store, kb["name"])
        stored = actor_profile(store, matches[0]["id"], limit=limit) if matches else None
    if stored is None and kb is None:
        raise click.ClickException(f"no actor named {name!r} in the store or the knowledge base.")
    profile = {
        "name": stored.name if stored else kb["name"],
        "kind": stored.kind if stored else kb["kind"],
        "country": stored.country if stored else kb["country"],
        "aliases": sorted(set((stored.aliases if stored else []) + (kb["aliases"] if kb else []))),
        "knowledge_base": kb is not None,
        "mentions": stored.mentions if stored else 0,
        "event_count": stored.event_count if stored else 0,
        "relations": (stored.relations if stored else []) + (kb["relations"] if kb else []),
        "events": stored.events if stored else [],
        "statements": stored.statements if stored else [],
        "other_matches": [m["name"] for m in matches[1:6]],
    }
    if as_json:
        click.echo(json.dumps(profile, ensure_ascii=False, indent=1))
        return
    click.echo(f"{profile['name']}  ({profile['kind']}, {profile['country'] or 'no country'})")
    click.echo(f"aliases: {'; '.join(profile['aliases']) or '-'}")
    click.echo(f"mentions: {profile['mentions']}  events: {profile['event_count']}")
    click.echo("relations:")
    for rel in profile["relations"]:
        arrow = "<-" if rel.get("direction") == "in" else "->"
        evidence = f"  \"{rel['evidence']}\"" if rel.get("evidence") else ""
        click.echo(f"  {arrow} {rel['predicate']} {rel['other']} [{rel['source']}]{evidence}")
    for heading, items, fields in (("recent events", profile["events"], ("date", "type", "evidence")),
                                   ("statements", profile["statements"], ("date", "kind", "evidence"))):
        click.echo(f"{heading}:")
        for item in items:
            click.echo("  " + " | ".join(str(item.get(f) or "-") for f in fields))
    if profile["other_matches"]:
        click.echo(f"also matching: {'; '.join(profile['other_matches'])}")
