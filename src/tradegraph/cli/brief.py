"""``tradegraph brief NAME``: a Markdown briefing on a firm, place or body."""

from __future__ import annotations

import click

from .options import handle_errors, store_option


@click.command("brief")
@click.argument("name")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write the briefing to this file (default: print it).")
@store_option
@handle_errors
def brief_command(name: str, output: str | None, store: str) -> None:
    """A Markdown briefing: who it is, offices, leaders, facts, contacts, partners,
    opportunities, and the sources the text cites."""
    from ..brief import briefing
    from ..export import write_text
    from ..store import open_store

    with open_store(store) as source:
        text = briefing(source, name)
    if output:
        write_text(output, text)
        click.echo(f"Wrote {output}", err=True)
    else:
        click.echo(text, nl=False)
