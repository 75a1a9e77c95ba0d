"""Docs checked by tests: every command has help, a README section, and current output there."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tradegraph.cli.main import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_and_a_readme_section(name):
    command = cli.commands[name]
    assert (command.help or "").strip(), f"{name} has no help text"
    assert f"`{name}`" in README, f"{name} is missing from the README"


def test_readme_names_the_two_fresh_machine_commands():
    assert "bash scripts/demo.sh" in README and "bash scripts/test.sh" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test.sh" in ci


@pytest.mark.slow
def test_readme_outputs_are_current(example_store_path):
    env = dict(os.environ, TRADEGRAPH_README_STORE=example_store_path)
    check = subprocess.run([sys.executable, str(ROOT / "scripts" / "readme.py"), "--check"],
                           capture_output=True, text=True, env=env)
    assert check.returncode == 0, check.stdout + check.stderr + "\nrun: python scripts/readme.py"
