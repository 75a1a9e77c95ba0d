"""``tradegraph query QUERY``: a bundled query by name, a .rq file, or SPARQL text."""

from __future__ import annotations

import csv
import io
import json

import click

from .options import format_option, handle_errors, store_option


@click.command("query")
@click.argument("query", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query variable to a value (as an RDF term, never as text).")
@format_option("table", "csv", "json")
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True,
              help="Rows per page (0: every row; a whole listing grows with the store).")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Rows to skip: the next page.")
@click.option("--list", "list_queries", is_flag=True, help="Describe the bundled queries.")
@click.option("--update", "allow_update", is_flag=True,
              help="Allow SPARQL Update (INSERT, DELETE, DROP, ...). Off by default.")
@store_option
@handle_errors
def query_command(query: str | None, params: tuple[str, ...], fmt: str, limit: int, offset: int,
                  list_queries: bool, allow_update: bool, store: str) -> None:
    """Answer a SPARQL query over the graph."""
    from ..queries import bundled_queries, parse_params, resolve_query, run_query
    from ..store import open_store

    if list_queries:
        for name, q in bundled_queries().items():
            click.echo(click.style(name, bold=True) + f"  {q.description}")
            for p in q.params:
                click.echo(f"    --param {p.name}=…  ({p.type}) {p.description}")
            if q.paged_by_record:
                click.echo("    --param record=…  (iri, optional) One record's rows only; "
                           "otherwise newest record first, a page at a time.")
        return
    if not query:
        raise click.UsageError("give a QUERY (a bundled name, a .rq file or SPARQL text), or --list")
    named = resolve_query(query)
    values = parse_params(params)
    with open_store(store) as source:
        result = run_query(source, named, values, allow_update=allow_update,
                           limit=limit or None, offset=offset)
    if result.kind == "UPDATE":
        click.echo("update applied")
    elif result.kind == "ASK":
        click.echo(json.dumps({"boolean": result.boolean}) if fmt == "json" else str(result.boolean).lower())
    elif result.kind == "CONSTRUCT":
        for s, p, o in result.triples:
            click.echo(f"{s.n3()} {p.n3()} {o.n3()} .")
    else:
        click.echo(render_rows(result.vars, result.rows, fmt), nl=False)
        if result.more:
            # On stderr, so that CSV and JSON on stdout stay data only.
            click.echo(f"more rows follow: --offset {offset + limit} for the next page, "
                       "--limit 0 for all", err=True)


def render_rows(names: list[str], rows: list, fmt: str) -> str:
    values = [[None if cell is None else cell.python() for cell in row] for row in rows]
    if fmt == "json":
        return json.dumps([dict(zip(names, row)) for row in values], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(names)
        writer.writerows([["" if v is None else v for v in row] for row in values])
        return buf.getvalue()
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(*names, show_lines=False)
    for row in values:
        # Text(...) keeps record-derived strings literal: no rich markup is interpreted.
        table.add_row(*(Text("" if v is None else str(v)) for v in row))
    console = Console(file=io.StringIO(), width=160, force_terminal=False)
    console.print(table)
    console.print(f"{len(values)} row{'s' if len(values) != 1 else ''}")
    return console.file.getvalue()
