"""``tradegraph viz``: an interactive network page that opens offline by double-click."""

from __future__ import annotations

import click

from .options import handle_errors, store_option


@click.command("viz")
@click.option("-o", "--output", "output", default="tradegraph.html", show_default=True,
              type=click.Path(dir_okay=False, writable=True), help="HTML file to write.")
@click.option("--focus", metavar="NAME", help="Show only this entity's neighbourhood.")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(min=0),
              help="Hops around --focus.")
@click.option("--type", "types", multiple=True, metavar="TYPE",
              help="Keep only entities of this type (repeatable), e.g. --type Firm --type City.")
@click.option("--since", metavar="DATE", help="Only relations from records dated on or after DATE.")
@click.option("--opportunities", "show_opportunities", is_flag=True,
              help="Draw collaboration opportunities: stated (solid) and inferred (dashed).")
@click.option("--title", help="Page heading (default: describes the view).")
@store_option
@handle_errors
def viz_command(output: str, focus: str | None, depth: int, types: tuple[str, ...],
                since: str | None, show_opportunities: bool, title: str | None, store: str) -> None:
    """Write an interactive, self-contained HTML page of the graph (no network access needed)."""
    from ..render.build import build_view
    from ..render.page import write_page
    from ..store import open_store

    with open_store(store) as source:
        G, heading, subtitle = build_view(source, focus=focus, depth=depth, types=types,
                                          since=since, opportunities=show_opportunities)
    path = write_page(G, output, title=title or heading, subtitle=subtitle)
    click.echo(f"Wrote {path} ({G.number_of_nodes()} nodes, {G.number_of_edges()} edges)")
