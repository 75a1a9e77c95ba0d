"""``tradegraph stats``: what the graph holds, and who connects it."""

from __future__ import annotations

import json

import click

from .options import format_option, handle_errors, store_option


@click.command("stats")
@format_option("text", "json")
@click.option("--network/--no-network", default=True, show_default=True,
              help="Also project the graph and report top connectors, brokers and communities.")
@store_option
@handle_errors
def stats_command(fmt: str, network: bool, store: str) -> None:
    """Counts of records, triples, entities per type and relations per predicate; with
    --network (the default) also centrality and communities."""
    from ..stats import graph_stats
    from ..store import open_store

    with open_store(store) as source:
        stats = graph_stats(source)
        summary = None
        if network:
            from ..network.api import load_graph
            from ..network.summary import network_summary

            summary = network_summary(load_graph(source), limit=10)
    if fmt == "json":
        data = stats.to_dict()
        if summary is not None:
            data["network"] = summary
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    click.echo(f"records   {stats.records:>8}\ntriples   {stats.triples:>8}\n"
               f"entities  {stats.entities:>8}\nfacts     {stats.facts:>8}")
    click.echo("\nEntities by type")
    for name, n in stats.types.items():
        click.echo(f"  {name:<28}{n:>6}")
    click.echo("\nRelations by predicate")
    for name, n in stats.predicates.items():
        click.echo(f"  {name:<28}{n:>6}")
    if summary is not None:
        from ..network.summary import format_summary

        click.echo(format_summary(summary))
