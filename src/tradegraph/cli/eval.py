"""``tradegraph eval``: score extraction against the gold annotations."""

from __future__ import annotations

from pathlib import Path

import click
from typing import TYPE_CHECKING

from ..evaluate import Report, Score

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


@click.command("eval")
@click.argument("gold", nargs=-1, type=click.Path(path_type=Path))
@click.option("--records", "records_dir", type=click.Path(path_type=Path), default=None,
              help="Folder of the records the gold files annotate (default: graph/records).")
@click.option("--verbose", "-v", is_flag=True, help="List misses and false hits.")
@click.option("--min-f1", type=float, default=None, help="Exit 1 when entity or relation F1 is below.")
@click.option("--min-entity-f1", type=float, default=None, help="Exit 1 when entity F1 is below.")
@click.option("--min-relation-f1", type=float, default=None, help="Exit 1 when relation F1 is below.")
@click.option("--no-curation", is_flag=True, help="Score without the corpus curation file only.")
def eval_command(gold: tuple[Path, ...], records_dir: Path | None, verbose: bool,
                 min_f1: float | None, min_entity_f1: float | None,
                 min_relation_f1: float | None, no_curation: bool) -> None:
    """Score extraction against gold annotations (default: graph/gold/*.gold.json).

    Prints precision, recall and F1 for entities, relations and facts, with and without
    the corpus's curation file, and per-type and per-predicate tables.
    """
    from rich.console import Console

    from ..evaluate import evaluate
    from ..resources import data_dir

    graph = data_dir("graph")
    paths = list(gold) or sorted((graph / "gold").glob("*.gold.json"))
    records = records_dir or graph / "records"
    console = Console(width=110)
    runs = [("without curation", False)] if no_curation else [("with curation", True), ("without curation", False)]
    reports = [(label, evaluate(paths, records, curation=cur)) for label, cur in runs]
    main = reports[0][1]
    render(console, reports, verbose)
    failed = []
    for name, score, limit in (("entity", main.entities.f1, min_entity_f1 if min_entity_f1 is not None else min_f1),
                               ("relation", main.relations.f1, min_relation_f1 if min_relation_f1 is not None else min_f1)):
        if limit is not None and score < limit:
            failed.append(f"{name} F1 {score:.3f} < {limit:.3f}")
    if failed:
        click.echo("FAIL: " + "; ".join(failed), err=True)
        raise SystemExit(1)



def _row(name: str, s: Score) -> list[str]:
    return [name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn)]


def _table(title: str, rows: list[list[str]]) -> "Table":
    from rich.table import Table

    t = Table(title=title, title_justify="left")
    for col in ("", "P", "R", "F1", "TP", "FP", "FN"):
        t.add_column(col, justify="left" if not col else "right")
    for r in rows:
        t.add_row(*r)
    return t


def render(console: "Console", reports: list[tuple[str, Report]], verbose: bool) -> None:
    for label, rep in reports:
        console.print(_table(f"Overall ({label}, {rep.records} records)",
                             [_row("entities", rep.entities), _row("relations", rep.relations),
                              _row("facts", rep.facts)]))
    rep = reports[0][1]
    console.print(_table("Entities by type", [_row(k, v) for k, v in sorted(rep.by_type.items())]))
    console.print(_table("Relations by predicate", [_row(k, v) for k, v in sorted(rep.by_predicate.items())]))
    console.print(_table("Facts by property", [_row(k, v) for k, v in sorted(rep.by_property.items())]))
    if verbose:
        for title, items in (("Misses", rep.misses), ("False hits", rep.false_hits)):
            console.print(f"[bold]{title}[/bold] ({len(items)})")
            for record, kind, desc in items:
                console.print(f"  {record}  {kind:8}  {desc}", markup=False, highlight=False)
