"""``tradegraph extract FILE``: one record's extraction, no store."""

from __future__ import annotations

from pathlib import Path

import click

from .options import format_option, handle_errors


@click.command("extract")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@format_option("json", "turtle")
@click.option("--no-curation", is_flag=True, help="Ignore the corpus folder's curation.yaml.")
@click.option("--ner", metavar="PIPELINE", help="Also use an installed spaCy pipeline's entities.")
@handle_errors
def extract_command(file: Path, fmt: str, no_curation: bool, ner: str | None) -> None:
    """Print what extraction finds in FILE: entities, relations and facts with evidence."""
    from ..extract import extract
    from ..extract.curation import load_curation
    from ..records import read_record

    record = read_record(file)
    curation = None if no_curation else load_curation(file.resolve().parent)
    extraction = extract(record, curation=curation, ner=ner)
    if fmt == "json":
        click.echo(extraction.to_json())
    else:
        from ..rdf.mapping import to_graph

        graph = to_graph(extraction, sha256=record.sha256, file_name=file.name)
        click.echo(graph.serialize(format="turtle"))
