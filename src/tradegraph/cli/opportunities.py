"""``tradegraph opportunities``: ranked collaboration opportunities, each with its evidence."""

from __future__ import annotations

import json

import click

from .options import format_option, handle_errors, store_option


@click.command("opportunities")
@click.option("--for", "for_name", metavar="NAME", help="Only opportunities involving this entity.")
@click.option("--region", metavar="NAME",
              help="Only opportunities involving this place or what lies in it.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="How many to show in all (stated ones first).")
@format_option("table", "json")
@store_option
@handle_errors
def opportunities_command(for_name: str | None, region: str | None, limit: int, fmt: str,
                          store: str) -> None:
    """Ranked collaboration opportunities: those records state, then inferred warm leads.

    Every line says why: the stated evidence, or the path of relations behind a lead.
    """
    from ..network.api import opportunities_report
    from ..store import open_store

    with open_store(store) as source:
        report = opportunities_report(source, for_name=for_name, region=region, limit=limit)
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(format_table(report))


def format_table(report: dict) -> str:
    from io import StringIO

    from rich.console import Console
    from rich.table import Table

    if not report["opportunities"]:
        return "No opportunities found."
    cite = {iri: n for n, iri in enumerate(report["records"], 1)}
    table = Table(show_lines=True)
    for name, kwargs in (("#", {"justify": "right"}), ("kind", {}), ("score", {"justify": "right"}),
                         ("parties", {}), ("why", {}), ("evidence", {"ratio": 2})):
        table.add_column(name, **kwargs)
    for o in report["opportunities"]:
        parties = "\n".join(f"{p['label']} ({p['type']})" for p in o["parties"])
        kind = o["kind"] if o["kind"] == "stated" else f"inferred\n{o['rule']}"
        if o["kind"] == "stated":
            evidence = "\n".join(f"“{e['text']}” [{cite[e['record']]}]" for e in o["evidence"][:2])
        else:
            evidence = "\n".join(h["statement"] + _quote(h["evidence"][:1], cite) for h in o["path"])
        table.add_row(str(o["rank"]), kind, f"{o['score']:.2f}", parties, o["why"], evidence)
    out = StringIO()
    console = Console(file=out, width=160, no_color=True, highlight=False, emoji=False)
    console.print(table)
    for iri, n in cite.items():
        rec = report["records"][iri]
        console.print(f"[{n}] " + " — ".join(x for x in (rec["title"] or iri, rec["date"], rec["source"]) if x),
                      markup=False)
    return out.getvalue().rstrip()


def _quote(evidence: list[dict], cite: dict) -> str:
    """``: “sentence” [n]`` for a hop; just `` [n]`` for a relation found without a sentence."""
    if not evidence:
        return ""
    ev = evidence[0]
    return (f": “{ev['text']}”" if ev.get("text") else "") + f" [{cite[ev['record']]}]"
