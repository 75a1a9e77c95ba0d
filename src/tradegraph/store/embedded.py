"""Embedded Oxigraph on disk: the default store.

Reads and writes go straight to pyoxigraph (fast, and keeps rdflib off the lookup path);
``dataset()`` gives the same store as an rdflib ``Dataset`` through oxrdflib for RDF-level
work (exports, SHACL validation).

A record already in the store is replaced by one SPARQL Update, which Oxigraph applies in
one transaction. Records new to the store go through Oxigraph's bulk loader (about 4x less
CPU than a transactional load), which is not transactional: so the graphs of a bulk batch are
first written to a journal graph in one transaction and struck off it once loaded, and
opening the store drops any graph still on the journal. Either way a crash leaves every record
fully present or absent. (oxrdflib's own ``commit``/``rollback`` do nothing, so we do not rely
on them.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Mapping

from ..errors import QueryError, StoreError
from . import entity_index
from .base import QueryResult, Store, bind_query, check_graph_iri
from .entity_index import INDEX_BUILT_GRAPH, indexed_lines, is_indexed, rebuild_index_updates
from .terms import Term

# New record graphs are bulk-loaded about this many bytes of N-Quads at a time: each bulk
# load writes new index files that RocksDB then compacts into the rest, so a few large loads
# beat many small ones (30,000 records: 22% less CPU in loads of 3,000 records than of 250).
_LOAD_BATCH_BYTES = 160_000_000
# Graphs being bulk-loaded are listed here until their load is complete.
JOURNAL_GRAPH = "urn:tradegraph:ingest-journal"
_LOADING = "urn:tradegraph:loading"


class EmbeddedStore(Store):
    write_batch_bytes = _LOAD_BATCH_BYTES  # ingest sends one bulk load's worth per call

    def __init__(self, path: str | Path, *, create: bool = True):
        import pyoxigraph as ox

        self._ox_module = ox
        self.location = str(path)
        p = Path(path)
        if p.exists() and not p.is_dir():
            raise StoreError(f"store {path} is a file, not a store directory")
        if not create and not (p / "CURRENT").exists():
            raise StoreError(f"no store at {path}; build one with: tradegraph ingest RECORDS --store {path}")
        try:
            self._store = ox.Store(str(p))
        except OSError as exc:
            text = str(exc)
            if "lock" in text.lower() or "resource temporarily unavailable" in text.lower():
                raise StoreError(f"store {path} is in use by another process; "
                                 "wait for it to finish and try again") from None
            raise StoreError(f"cannot open store {path}: {text.splitlines()[0] if text else exc}") from None
        self._recover()
        self._index_if_missing()

    def _recover(self) -> None:
        """Drop the graphs of a bulk load that a crash interrupted (they may be partial),
        and rebuild the entity index, which that load may have half-updated."""
        ox = self._ox_module
        journal = ox.NamedNode(JOURNAL_GRAPH)
        if not self._store.contains_named_graph(journal):
            return
        unfinished = {q.object.value for q in self._store.quads_for_pattern(None, None, None, journal)
                      if isinstance(q.object, ox.NamedNode)}
        # The index is marked unbuilt in the same transaction, so that a crash during the
        # rebuild below is mended at the next open.
        self.update(" ;\n".join([f"DROP SILENT GRAPH <{g}>" for g in sorted(unfinished)]
                                + [f"DROP SILENT GRAPH <{JOURNAL_GRAPH}>",
                                   f"DROP SILENT GRAPH <{INDEX_BUILT_GRAPH}>"]))
        self._rebuild_index()

    def _index_if_missing(self) -> None:
        """Index a store written before the entity index existed (once: the graph stays,
        even empty)."""
        ox = self._ox_module
        if self._store.contains_named_graph(ox.NamedNode(INDEX_BUILT_GRAPH)):
            return
        if next(iter(self._store.named_graphs()), None) is not None:
            self._rebuild_index()

    def _rebuild_index(self) -> None:
        for update in rebuild_index_updates():
            self.update(update)

    def _to_ox(self, term: Term):
        ox = self._ox_module
        if term.kind == "iri":
            return ox.NamedNode(term.value)
        if term.kind == "bnode":
            return ox.BlankNode(term.value)
        if term.language:
            return ox.Literal(term.value, language=term.language)
        if term.datatype:
            return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype))
        return ox.Literal(term.value)

    def _from_ox(self, node) -> Term | None:
        ox = self._ox_module
        if node is None:
            return None
        if isinstance(node, ox.NamedNode):
            return Term(node.value, "iri")
        if isinstance(node, ox.BlankNode):
            return Term(node.value, "bnode")
        if isinstance(node, ox.Literal):
            return Term(node.value, "literal", node.datatype.value if node.datatype else None,
                        node.language)
        return Term(str(node), "literal")

    def replace_graph(self, graph_iri: str, ntriples: str) -> None:
        self.replace_graphs([(graph_iri, ntriples)])

    def replace_graphs(self, graphs: Iterable[tuple[str, str]]) -> None:
        """Replace record graphs, each in one transaction (all of it, or none of it).

        Oxigraph on disk pays per quad written, so: graphs not yet in the store are
        bulk-loaded as N-Quads, many at a time, under the journal (see the module
        docstring); a graph already there is diffed against its new triples and changed with
        one ``DELETE DATA`` / ``INSERT DATA`` update, so re-ingesting an unchanged record
        writes nothing.
        """
        ox = self._ox_module
        pending: list[bytes] = []
        pending_graphs: dict[str, None] = {}  # ordered, and a fast membership test
        size = 0
        for graph_iri, ntriples in graphs:
            check_graph_iri(graph_iri)
            graph = ox.NamedNode(graph_iri)
            if graph_iri in pending_graphs:  # the same record twice in one batch
                self._bulk_load(pending_graphs, pending)
                pending, pending_graphs, size = [], {}, 0
            if self._store.contains_named_graph(graph):
                self._replace_existing(graph, ntriples)
                continue
            quads = _as_nquads(ntriples, graph_iri)
            if quads is None:  # not line-per-triple N-Triples: the plain SPARQL way
                self.update(entity_index.replace_graph_update(graph_iri, ntriples))
                continue
            # The index is a set: loading a triple it already holds changes nothing. (An
            # N-Quads line without a graph is in the default graph, where the index lives.)
            quads += indexed_lines(ntriples)
            pending.append(quads.encode("utf-8"))
            pending_graphs[graph_iri] = None
            size += len(quads)
            if size >= _LOAD_BATCH_BYTES:
                self._bulk_load(pending_graphs, pending)
                pending, pending_graphs, size = [], {}, 0
        self._bulk_load(pending_graphs, pending)

    def _bulk_load(self, graph_iris: Iterable[str], chunks: list[bytes]) -> None:
        """Bulk-load new graphs, journaled so that a crash part-way is undone on next open."""
        if not chunks:
            return
        ox = self._ox_module
        data = b"".join(chunks)
        chunks.clear()
        listed = "\n".join(f"<{JOURNAL_GRAPH}> <{_LOADING}> <{g}> ." for g in graph_iris)
        self.update(f"INSERT DATA {{ GRAPH <{JOURNAL_GRAPH}> {{\n{listed}\n}} }} ;\n"
                    f"CREATE SILENT GRAPH <{INDEX_BUILT_GRAPH}>")
        try:
            self._store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        except SyntaxError as exc:
            # The loader may have written the lines before the error: undo the whole batch.
            self._recover()
            raise QueryError(f"malformed N-Triples for a record graph: {_first_line(exc)}") from None
        except OSError as exc:
            self._recover()
            raise StoreError(f"store {self.location}: write failed: {_first_line(exc)}") from None
        self.update(f"DROP SILENT GRAPH <{JOURNAL_GRAPH}>")

    def _replace_existing(self, graph, ntriples: str) -> None:
        ox = self._ox_module
        try:
            new = {ox.Triple(q.subject, q.predicate, q.object)
                   for q in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)}
        except SyntaxError as exc:
            raise QueryError(f"malformed N-Triples for a record graph: {_first_line(exc)}") from None
        if any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in new):
            self.update(entity_index.replace_graph_update(graph.value, ntriples))
            return
        old = {ox.Triple(q.subject, q.predicate, q.object)
               for q in self._store.quads_for_pattern(None, None, None, graph)}
        gone, added = old - new, new - old
        if not gone and not added:
            return
        ops = []
        if gone:
            ops.append(f"DELETE DATA {{ GRAPH {graph} {{\n{_triples_text(gone)}\n}} }}")
        if added:
            ops.append(f"INSERT DATA {{ GRAPH {graph} {{\n{_triples_text(added)}\n}} }}")
        ops.extend(self._index_changes(graph, gone, added))
        self.update(" ;\n".join(ops))

    def _index_changes(self, graph, gone, added) -> list[str]:
        """The updates that keep the entity index in step when ``graph`` loses and gains triples."""
        ops = []
        unheld = [t for t in gone if _indexed(t) and not self._held_elsewhere(t, graph)]
        if unheld:
            ops.append(f"DELETE DATA {{\n{_triples_text(unheld)}\n}}")
        indexed = [t for t in added if _indexed(t)]
        if indexed:
            ops.append(f"INSERT DATA {{\n{_triples_text(indexed)}\n}}")
        return ops

    def _held_elsewhere(self, triple, graph) -> bool:
        """Whether a record graph other than ``graph`` holds the triple (one index lookup)."""
        default = self._ox_module.DefaultGraph
        for quad in self._store.quads_for_pattern(triple.subject, triple.predicate, triple.object):
            if quad.graph_name != graph and not isinstance(quad.graph_name, default):
                return True
        return False

    def drop_graph(self, graph_iri: str) -> None:
        check_graph_iri(graph_iri)
        self.update(entity_index.drop_graph_update(graph_iri))

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL update: {_first_line(exc)}") from None
        except OSError as exc:
            raise StoreError(f"store {self.location}: write failed: {_first_line(exc)}") from None

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None, *,
              over_entity_index: bool = False) -> QueryResult:
        ox = self._ox_module
        # Bound as a VALUES block at the start of the outermost WHERE group, not through
        # Oxigraph's ``substitutions``: those are applied after evaluating the whole query
        # (a label lookup took 40 s at 1,000 records, against 60 ms with VALUES).
        text = bind_query(sparql, bindings) if bindings else sparql
        try:
            # The entity index is the default graph proper; otherwise it is the union.
            result = self._store.query(text, use_default_graph_as_union=not over_entity_index)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {_first_line(exc)}") from None
        except (RuntimeError, OSError, ValueError, TypeError) as exc:
            raise QueryError(f"query failed: {_first_line(exc)}") from None
        if isinstance(result, ox.QueryBoolean):
            return QueryResult("ASK", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows = [tuple(self._from_ox(sol[i]) for i in range(len(names))) for sol in result]
            return QueryResult("SELECT", vars=names, rows=rows)
        triples = [(self._from_ox(t.subject), self._from_ox(t.predicate), self._from_ox(t.object))
                   for t in result]
        return QueryResult("CONSTRUCT", triples=triples)

    def dump_nquads(self) -> str:
        """Every record graph's quads (not the entity index: derived data, in the default graph)."""
        ox = self._ox_module
        quads = (q for q in self._store if not isinstance(q.graph_name, ox.DefaultGraph))
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")

    def dataset(self):
        """The store as an rdflib ``Dataset`` (through oxrdflib), union of graphs as default."""
        from oxrdflib import OxigraphStore
        from rdflib import Dataset

        return Dataset(store=OxigraphStore(store=self._store), default_union=True)

    def close(self) -> None:
        if getattr(self, "_store", None) is not None:
            try:
                self._store.flush()
            except (OSError, AttributeError):
                pass
            del self._store
            self._store = None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else exc.__class__.__name__


def _as_nquads(ntriples: str, graph_iri: str) -> str | None:
    """N-Triples lines as N-Quads in ``graph_iri``; None when a line is not ``... .``."""
    suffix = f" <{graph_iri}> .\n"
    # The mapping writes one "s p o ." per line (a literal's newlines are escaped), so the
    # usual case is one C-level replace; anything else goes line by line.
    if (ntriples.endswith(" .\n") and ntriples.count("\n") == ntriples.count(" .\n")
            and "\r" not in ntriples and "\n#" not in ntriples and not ntriples.startswith("#")):
        return ntriples.replace(" .\n", suffix)
    out = []
    for line in ntriples.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not line.endswith("."):
            return None
        out.append(line[:-1].rstrip())
        out.append(suffix)
    return "".join(out)


def _indexed(triple) -> bool:
    return is_indexed(triple.subject.value, triple.predicate.value, triple.object.value)


def _triples_text(triples) -> str:
    return "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
