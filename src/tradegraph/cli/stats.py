"""``tradegraph stats``: what the graph holds."""

from __future__ import annotations

import json

import click

from .options import format_option, handle_errors, store_option


@click.command("stats")
@format_option("text", "json")
@store_option
@handle_errors
def stats_command(fmt: str, store: str) -> None:
    """Counts of records, triples, entities per type and relations per predicate."""
    from ..stats import graph_stats
    from ..store import open_store

    with open_store(store) as source:
        stats = graph_stats(source)
    if fmt == "json":
        click.echo(json.dumps(stats.to_dict(), indent=2))
        return
    click.echo(f"records   {stats.records:>8}\ntriples   {stats.triples:>8}\n"
               f"entities  {stats.entities:>8}\nfacts     {stats.facts:>8}")
    click.echo("\nEntities by type")
    for name, n in stats.types.items():
        click.echo(f"  {name:<28}{n:>6}")
    click.echo("\nRelations by predicate")
    for name, n in stats.predicates.items():
        click.echo(f"  {name:<28}{n:>6}")
