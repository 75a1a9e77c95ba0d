"""``tradegraph``: the command group. Each command lives in its own module."""

from __future__ import annotations

import click

from .. import __version__
from ..errors import TradegraphError
from .options import fail


class TradegraphGroup(click.Group):
    """Turns library errors raised anywhere in a command into one-line messages."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except TradegraphError as exc:
            fail(str(exc), exc.exit_code)


@click.group(cls=TradegraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tradegraph")
def cli() -> None:
    """Turn trade-mission records into a knowledge graph you can query, explore and act on."""


def _register() -> None:
    # Each entry: (module under tradegraph.cli, command object name). Modules import only
    # click and light helpers at import time; heavy libraries load inside the commands.
    from importlib import import_module

    for module, name in COMMANDS:
        cli.add_command(getattr(import_module(f"tradegraph.cli.{module}"), name))


COMMANDS = [
    ("extract", "extract_command"),
    ("ingest", "ingest_command"),
    ("query", "query_command"),
    ("firm", "firm_command"),
    ("stats", "stats_command"),
    ("validate", "validate_command"),
    ("eval", "eval_command"),
    ("opportunities", "opportunities_command"),
    ("path", "path_command"),
    ("brief", "brief_command"),
    ("export", "export_command"),
    ("viz", "viz_command"),
]

_register()
