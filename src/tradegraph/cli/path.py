"""``tradegraph path A B``: how two entities are connected, every hop with its evidence."""

from __future__ import annotations

import json
import sys

import click

from .options import format_option, handle_errors, store_option


@click.command("path")
@click.argument("a")
@click.argument("b")
@click.option("--max-hops", type=int, default=4, show_default=True,
              help="Longest connection to look for.")
@click.option("--limit", type=click.IntRange(min=1), default=3, show_default=True,
              help="How many shortest paths to show.")
@format_option("text", "json")
@store_option
@handle_errors
def path_command(a: str, b: str, max_hops: int, limit: int, fmt: str, store: str) -> None:
    """The shortest explained paths from A to B (no connection within --max-hops: says so,
    exit code 1)."""
    from ..network.api import path_report
    from ..store import open_store

    with open_store(store) as source:
        report = path_report(source, a, b, max_hops=max_hops, limit=limit)
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(format_paths(report))
    if not report["paths"]:
        sys.exit(1)  # the search ran and found nothing, like grep


def format_paths(report: dict) -> str:
    s, t = report["source"]["label"], report["target"]["label"]
    if not report["paths"]:
        n = report["max_hops"]
        return f"No connection between {s} and {t} within {n} hop{'s' if n != 1 else ''}."
    cite = {iri: n for n, iri in enumerate(report["records"], 1)}
    hops = report["paths"][0]["length"]
    lines = [f"{s} → {t}: {hops} hop{'s' if hops > 1 else ''}"]
    for i, path in enumerate(report["paths"], 1):
        lines += ["", f"{i}. {path['text']}"]
        for h in path["hops"]:
            when = " – ".join(dict.fromkeys(d for d in (h["first_date"], h["last_date"]) if d))
            also = f"; also {', '.join(x['reading'] for x in h['also'])}" if h["also"] else ""
            lines.append(f"   {h['statement']}"
                         f" ({h['count']} record{'s' if h['count'] != 1 else ''}"
                         f"{', ' + when if when else ''}{also})")
            for ev in h["evidence"]:
                quote = f"“{ev['text']}”" if ev.get("text") else "(from the record as a whole, no single sentence)"
                lines.append(f"     {quote} [{cite[ev['record']]}]")
    lines += ["", "Sources"]
    for iri, n in cite.items():
        rec = report["records"][iri]
        lines.append(f"  [{n}] " + " — ".join(x for x in (rec["title"] or iri, rec["date"], rec["source"]) if x))
    return "\n".join(lines)
