"""Where the graph's own sources (ontology, shapes, queries) live.

In a wheel they are package data under ``tradegraph/data/``; in a source checkout or an
editable install they are the top-level ``graph/`` and ``queries/`` folders of the repository.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """The folder ``graph`` or ``queries``, wherever this installation keeps it."""
    packaged = _PACKAGE_DIR / "data" / name
    if packaged.is_dir():
        return packaged
    checkout = _PACKAGE_DIR.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"tradegraph's {name}/ folder is missing from this installation")


def graph_file(name: str) -> Path:
    """A file in ``graph/``, e.g. ``ontology.ttl``."""
    return data_dir("graph") / name


def queries_dir() -> Path:
    return data_dir("queries")


def example_records_dir() -> Path:
    return data_dir("graph") / "records"
