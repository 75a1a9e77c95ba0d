"""``python -m tradegraph`` is the same as the ``tradegraph`` command."""

from tradegraph.cli.main import cli

cli(prog_name="tradegraph")
