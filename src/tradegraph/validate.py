"""Check the built graph against ``graph/shapes.ttl`` (SHACL), with ``graph/ontology.ttl``.

The shapes are checked over the union of all record graphs: the same firm appears in many
records, and what must hold (one name, a type, the right kind of object for each relation)
holds of the firm, not of each record's slice of it. Identical triples from different
records count once.

rdflib and pyshacl load inside :func:`validate`, so importing this module stays cheap.

>>> ValidationReport(conforms=True).violations
[]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .store.base import Store

SEVERITIES = ("Violation", "Warning", "Info")
# The node whole-graph checks target (the ontology's IRI); their results name the node at fault.
GRAPH_NODE = "https://w3id.org/tradegraph/ns"


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node at fault, the property (if any), what is wrong, how bad."""

    focus: str
    path: str | None
    message: str
    severity: str = "Violation"
    value: str | None = None
    shape: str | None = None

    def __iter__(self):
        # Unpacks as (focus, path, message, severity), the report's documented tuple.
        return iter((self.focus, self.path, self.message, self.severity))

    def to_dict(self) -> dict[str, Any]:
        return {"focus": self.focus, "path": self.path, "message": self.message,
                "severity": self.severity, "value": self.value, "shape": self.shape}


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    text: str = ""
    triples: int = 0

    def count(self, severity: str) -> int:
        return sum(1 for v in self.violations if v.severity == severity)

    def to_dict(self) -> dict[str, Any]:
        return {
            "conforms": self.conforms,
            "triples": self.triples,
            "counts": {s: self.count(s) for s in SEVERITIES},
            "violations": [v.to_dict() for v in self.violations],
        }


def validate(store: Store, *, shapes: str | None = None, ontology: str | None = None) -> ValidationReport:
    """Validate every record graph in ``store``, as one union graph, against the shapes.

    ``shapes`` / ``ontology`` are file paths overriding the bundled ``graph/`` files.
    Warnings (``sh:Warning``) are reported but do not make the graph non-conforming.
    """
    return validate_graph(union_graph(store.dump_nquads()), shapes=shapes, ontology=ontology)


def union_graph(nquads: str) -> Any:
    """The union of all graphs in an N-Quads document as one rdflib ``Graph``, each triple once.

    pyoxigraph merges and deduplicates (several times faster than rdflib's N-Quads parser);
    rdflib then reads plain N-Triples.
    """
    import pyoxigraph as ox
    from rdflib import Graph

    merged = ox.Store()
    merged.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                       for q in ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    ntriples = merged.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return Graph().parse(data=ntriples.decode("utf-8"), format="nt")


def validate_graph(graph: Any, *, shapes: str | None = None, ontology: str | None = None) -> ValidationReport:
    """Validate one rdflib ``Graph`` (already the union of the record graphs).

    The ontology is mixed into ``graph`` itself (pyshacl's ``inplace``), which saves a copy
    of the whole graph: pass a graph you own.
    """
    import pyshacl
    from rdflib import Graph

    from .errors import BadInputError
    from .resources import graph_file

    shapes_graph = Graph().parse(shapes or graph_file("shapes.ttl"), format="turtle")
    ont_graph = Graph().parse(ontology or graph_file("ontology.ttl"), format="turtle")
    triples = len(graph)
    conforms, results_graph, text = pyshacl.validate(
        graph,
        shacl_graph=shapes_graph,
        ont_graph=ont_graph,
        inference="none",
        advanced=False,
        allow_warnings=True,
        allow_infos=True,
        inplace=True,
    )
    if not hasattr(results_graph, "subjects"):  # a pyshacl ValidationFailure: the shapes are at fault
        raise BadInputError(f"cannot validate with {shapes or 'the bundled shapes'}: {results_graph}")
    return ValidationReport(conforms=bool(conforms), violations=_results(results_graph),
                            text=str(text), triples=triples)


def _results(results_graph: Any) -> list[Violation]:
    from rdflib import RDF
    from rdflib.namespace import SH

    out = []
    # Only the report's own results: nested ones (sh:detail, inside sh:or / sh:node) repeat them.
    results = [r for report in results_graph.subjects(RDF.type, SH.ValidationReport)
               for r in results_graph.objects(report, SH.result)]
    for result in results:
        focus = results_graph.value(result, SH.focusNode)
        path = results_graph.value(result, SH.resultPath)
        value = results_graph.value(result, SH.value)
        severity = results_graph.value(result, SH.resultSeverity)
        messages = sorted(str(m) for m in results_graph.objects(result, SH.resultMessage))
        shape = results_graph.value(result, SH.sourceShape)
        if str(focus) == GRAPH_NODE and value is not None:
            # A whole-graph check (shapes.ttl, tgsh:GraphShape): the node at fault is the value.
            focus, value = value, None
        out.append(Violation(
            focus=str(focus),
            path=_path_text(results_graph, path),
            message=compact(messages[0], limit=400) if messages else "constraint not met",
            severity=str(severity).rsplit("#", 1)[-1],
            value=None if value is None else str(value),
            shape=None if shape is None else _n3(shape),
        ))
    order = {s: i for i, s in enumerate(SEVERITIES)}
    out.sort(key=lambda v: (order.get(v.severity, 9), v.message, v.focus, v.path or ""))
    return out


def _n3(term: Any) -> str:
    """A compact name for an IRI: a well-known prefix where one fits, else the IRI."""
    from rdflib import BNode

    if isinstance(term, BNode):
        return "_:shape"
    text = str(term)
    for prefix, ns in _PREFIXES:
        if text.startswith(ns):
            return f"{prefix}:{text[len(ns):]}"
    return text


def compact(text: str, limit: int = 120) -> str:
    """Text with the well-known namespaces written as prefixes, cut to ``limit`` characters.

    >>> compact("https://w3id.org/tradegraph/id/firm/hisense")
    'id:firm/hisense'
    """
    for prefix, ns in _PREFIXES:
        text = text.replace(ns, f"{prefix}:")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _path_text(g: Any, path: Any) -> str | None:
    from rdflib import BNode
    from rdflib.namespace import SH

    if path is None:
        return None
    if isinstance(path, BNode):
        inverse = g.value(path, SH.inversePath)
        if inverse is not None:
            return f"^{_n3(inverse)}"
        return "(complex path)"
    return _n3(path)


_PREFIXES = (
    ("tg", "https://w3id.org/tradegraph/ns#"),
    ("tgsh", "https://w3id.org/tradegraph/shapes#"),
    ("id", "https://w3id.org/tradegraph/id/"),
    ("rec", "https://w3id.org/tradegraph/record/"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("dct", "http://purl.org/dc/terms/"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("schema", "https://schema.org/"),
)
