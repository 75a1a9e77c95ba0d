"""``tradegraph ingest PATH...``: read, extract and store records, one named graph each."""

from __future__ import annotations

import click

from ..errors import BadInputError, PartialFailure
from ..records import RECORD_SUFFIXES
from .options import handle_errors, store_option


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@store_option
@click.option("--workers", "-w", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Extraction processes (the store has a single writer).")
@click.option("--no-curation", is_flag=True, help="Ignore corpus folders' curation.yaml.")
@handle_errors
def ingest_command(paths: tuple[str, ...], store: str, workers: int, no_curation: bool) -> None:
    """Ingest record files and folders; each record replaces its own named graph."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from ..ingest import IngestSummary, ingest
    from ..store import open_store

    console = Console(stderr=True)
    summary = IngestSummary()
    try:
        with open_store(store, create=True) as target, Progress(
            TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("{task.description}"), console=console, transient=True,
        ) as progress:
            task = progress.add_task("", total=None)
            ingest(
                paths, target, workers=workers, use_curation=not no_curation, summary=summary,
                on_start=lambda n: progress.update(task, total=n),
                on_record=lambda o: progress.update(task, advance=1, description=o.path[-40:]),
            )
    except KeyboardInterrupt:  # Ctrl-C outside the record loop (start-up, closing the store)
        summary.interrupted = True

    table = Table(title=f"Ingested into {store}", show_header=True)
    table.add_column("records", justify="right")
    table.add_column("entities", justify="right")
    table.add_column("relations", justify="right")
    table.add_column("facts", justify="right")
    table.add_column("triples", justify="right")
    table.add_column("failures", justify="right")
    table.add_column("seconds", justify="right")
    table.add_row(str(summary.records), str(summary.entities), str(summary.relations),
                  str(summary.facts), str(summary.triples), str(len(summary.failures)),
                  f"{summary.seconds:.2f}")
    out = Console(width=100)
    out.print(table)
    for path, reason in summary.failures:
        click.echo(f"failed: {reason}", err=True)
    if summary.interrupted:
        raise click.exceptions.Exit(_interrupted(summary.records))
    if summary.records == 0:
        if summary.failures:
            first = summary.failures[0][1]
            more = f" (and {len(summary.failures) - 1} more)" if len(summary.failures) > 1 else ""
            raise BadInputError(f"nothing was ingested: {first}{more}")
        raise BadInputError(f"no record files ({', '.join(RECORD_SUFFIXES)}) found in {' '.join(paths)}")
    if summary.failures:
        raise PartialFailure(f"{len(summary.failures)} of {summary.records + len(summary.failures)} "
                             "inputs could not be ingested; the others were stored")


def _interrupted(stored: int) -> int:
    click.echo(f"Interrupted: {stored} records were stored completely; "
               "run the same ingest again to finish.", err=True)
    return 130
