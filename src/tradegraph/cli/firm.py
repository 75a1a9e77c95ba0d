"""``tradegraph firm NAME``: a firm's facts and connections, each with its evidence."""

from __future__ import annotations

import json

import click

from .options import format_option, handle_errors, store_option


@click.command("firm")
@click.argument("name")
@format_option("text", "json")
@store_option
@handle_errors
def firm_command(name: str, fmt: str, store: str) -> None:
    """Everything known about a firm, grouped by relation, with sources."""
    from ..lookup import firm
    from ..store import open_store

    with open_store(store) as source:
        prof = firm(source, name)
    if fmt == "json":
        click.echo(json.dumps(prof.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(format_profile(prof))


def format_profile(prof) -> str:
    e = prof.entity
    lines = [click.style(f"{e.label}", bold=True) + f"  ({e.type})"]
    if prof.aliases:
        lines.append(f"  also known as: {', '.join(prof.aliases)}")
    lines.append(f"  {e.iri}")
    sources: dict[str, int] = {}

    def cite(record: dict | object) -> str:
        key = record["iri"] if isinstance(record, dict) else record.record
        sources.setdefault(key, len(sources) + 1)
        return f"[{sources[key]}]"

    titles: dict[str, str] = {}
    if prof.facts:
        lines += ["", click.style("Facts", bold=True)]
        for f in prof.facts:
            value = f"{f['value']:,}" if isinstance(f["value"], (int, float)) else str(f["value"])
            parts = [f["qualifier"], value, f["unit"]]
            when = f" ({f['date']})" if f["date"] else ""
            lines.append(f"  {f['property']}: {' '.join(p for p in parts if p)}{when} {cite(f['record'])}")
            lines.append(f"      “{f['evidence']}”")
            titles[f["record"]["iri"]] = _source_line(f["record"]["title"], f["record"]["date"], f["record"]["source"])
    for relation, items in prof.grouped().items():
        lines += ["", click.style(relation.capitalize(), bold=True)]
        for c in items:
            extra = ", ".join(x for x in (c.role and f"role: {c.role}", c.topic and f"topic: {c.topic}") if x)
            lines.append(f"  {c.other.label} ({c.other.type}){'  ' + extra if extra else ''} {cite(c)}")
            lines.append(f"      “{c.evidence}”")
            titles[c.record] = _source_line(c.title, c.date, c.source)
    if sources:
        lines += ["", click.style("Sources", bold=True)]
        for iri, n in sources.items():
            lines.append(f"  [{n}] {titles.get(iri, iri)}")
    return "\n".join(lines)


def _source_line(title: str | None, date: str | None, source: str | None) -> str:
    return " — ".join(x for x in (title or "(untitled record)", date, source) if x)
