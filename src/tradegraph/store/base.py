"""The store contract: what every backend (embedded Oxigraph, a SPARQL 1.1 endpoint) offers.

Queries see the union of all record graphs as their default graph, and each record's graph
by name (``GRAPH ?record { ... }``), on every backend.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from .terms import Term


@dataclass
class QueryResult:
    kind: str  # "SELECT", "ASK" or "CONSTRUCT"
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Term, Term, Term]] = field(default_factory=list)

    def dicts(self) -> list[dict[str, Term | None]]:
        return [dict(zip(self.vars, row)) for row in self.rows]


class Store(ABC):
    """A quad store holding one named graph per record."""

    location: str

    @abstractmethod
    def replace_graph(self, graph_iri: str, ntriples: str) -> None:
        """Atomically replace a named graph's content with the given N-Triples."""

    def replace_graphs(self, graphs: Iterable[tuple[str, str]]) -> None:
        """Several replacements; backends may batch them, each graph still all-or-nothing."""
        for graph_iri, ntriples in graphs:
            self.replace_graph(graph_iri, ntriples)

    @abstractmethod
    def drop_graph(self, graph_iri: str) -> None: ...

    @abstractmethod
    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> QueryResult:
        """Run a SPARQL query; ``bindings`` are bound as RDF terms, never pasted as text."""

    @abstractmethod
    def update(self, sparql: str) -> None: ...

    @abstractmethod
    def dump_nquads(self) -> str:
        """Every quad of every named graph, as N-Quads (exports, validation)."""

    def close(self) -> None:  # noqa: B027 - optional for backends without resources
        pass

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def replace_graph_update(graph_iri: str, ntriples: str) -> str:
    """One SPARQL Update request that swaps a graph: all of it applies, or none."""
    return (f"DROP SILENT GRAPH <{graph_iri}> ;\n"
            f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{ntriples}\n}} }}")
