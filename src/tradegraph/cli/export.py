"""``tradegraph export``: the graph as RDF, GraphML/GEXF (Gephi) or CSV (Neo4j)."""

from __future__ import annotations

import click

from .options import handle_errors, store_option

FORMATS = ("turtle", "trig", "nquads", "jsonld", "graphml", "gexf", "csv")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS, case_sensitive=False), required=True,
              help="turtle (union of graphs), trig/nquads/jsonld (one graph per record), "
                   "graphml/gexf (network for Gephi), csv (nodes.csv + edges.csv for Neo4j).")
@click.option("-o", "--output", required=True, type=click.Path(),
              help="Output file; for csv, a folder (created if missing).")
@store_option
@handle_errors
def export_command(fmt: str, output: str, store: str) -> None:
    """Export the graph for other tools."""
    from ..export import export
    from ..store import open_store

    with open_store(store) as source:
        done = export(source, fmt, output)
    counts = ", ".join(f"{done[k]} {k}" for k in ("nodes", "edges", "triples", "quads", "graphs") if k in done)
    click.echo(f"Wrote {done['path']} ({done['format']}: {counts})", err=True)
