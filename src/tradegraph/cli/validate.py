"""``tradegraph validate``: check the whole graph against ``graph/shapes.ttl``."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import TYPE_CHECKING

import click

from .options import format_option, handle_errors, store_option

if TYPE_CHECKING:  # pragma: no cover
    from ..validate import ValidationReport

SHOW_PER_GROUP = 5


@click.command("validate")
@format_option("text", "json")
@store_option
@handle_errors
def validate_command(fmt: str, store: str) -> None:
    """Check the graph (all records together) against its SHACL shapes.

    Exit code 1 when the graph violates them; warnings alone do not fail.
    """
    from ..errors import PartialFailure
    from ..store import open_store
    from ..validate import validate

    with open_store(store) as source:
        report = validate(source)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(report))
    if not report.conforms:
        n = report.count("Violation")
        raise PartialFailure(f"the graph violates its shapes: {n} violation{'s' if n != 1 else ''}")


def render_text(report: ValidationReport, per_group: int = SHOW_PER_GROUP) -> str:
    """The report for people: one group per (severity, path, message), a few nodes each."""
    from ..validate import compact

    counts = f"{report.count('Violation')} violation(s), {report.count('Warning')} warning(s)"
    head = (f"{'Conforms' if report.conforms else 'Does not conform'}: "
            f"{report.triples} triples checked, {counts}.")
    if not report.violations:
        return head
    groups: dict[tuple[str, str, str], list] = defaultdict(list)
    for v in report.violations:
        groups[(v.severity, v.path or "-", v.message)].append(v)
    lines = [head]
    for (severity, path, message), items in groups.items():
        lines.append("")
        lines.append(f"{severity} ({len(items)}) {path}: {message}")
        for v in items[:per_group]:
            value = "" if v.value is None else f"  value {compact(v.value) or '(empty)'}"
            lines.append(f"    {compact(v.focus)}{value}")
        if len(items) > per_group:
            lines.append(f"    ... and {len(items) - per_group} more")
    return "\n".join(lines)
