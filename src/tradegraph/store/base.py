"""The store contract: what every backend (embedded Oxigraph, a SPARQL 1.1 endpoint) offers.

Queries see the union of all record graphs as their default graph, and each record's graph
by name (``GRAPH ?record { ... }``), on every backend.
"""

from __future__ import annotations

import functools
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from ..errors import QueryError, StoreError
from .terms import Term


@dataclass
class QueryResult:
    kind: str  # "SELECT", "ASK" or "CONSTRUCT"
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Term, Term, Term]] = field(default_factory=list)
    more: bool = False  # a page of rows (queries.run_query's limit) with more after it

    def dicts(self) -> list[dict[str, Term | None]]:
        return [dict(zip(self.vars, row)) for row in self.rows]


class Store(ABC):
    """A quad store holding one named graph per record."""

    location: str
    # About how many bytes of N-Triples a ``replace_graphs`` call should carry: ingest
    # batches records to this size, so the writer holds a bounded amount in memory.
    write_batch_bytes: int = 4_000_000

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
    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None, *,
              over_entity_index: bool = False) -> QueryResult:
        """Run a SPARQL query; ``bindings`` are bound as RDF terms, never pasted as text.

        ``over_entity_index``: the query reads only entities' types, names and places from
        the default graph (``queries`` module docstring), so a backend that keeps an entity
        index may answer it from that; others answer it over the union as usual.
        """

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


_VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_LANGTAG = re.compile(r"[A-Za-z]+(?:-[A-Za-z0-9]+)*\Z")
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def check_graph_iri(graph_iri: str) -> None:
    """Refuse a graph name that would break out of the ``<...>`` it is written into."""
    if not graph_iri or _IRI_FORBIDDEN.search(graph_iri):
        raise StoreError(f"not a valid graph IRI: {graph_iri!r}")


# Parameters travel as a VALUES block at the start of the outermost WHERE group: on every
# backend (Oxigraph evaluates ``substitutions`` after the whole query, not pushed down), and
# the query text is never concatenated with user strings.

_TOKEN = re.compile(r'''
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""
             | \'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
             | "(?:[^"\\\n\r]|\\.)*"
             | '(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7-\uFFFF]+)
  | (?P<word>[A-Za-z0-9_\u00B7-\uFFFF][A-Za-z0-9_\-.:%\u00B7-\uFFFF]*|:[A-Za-z0-9_\-.:%]*)
  | (?P<punct>.)
''', re.X | re.S)


@dataclass(frozen=True)
class Token:
    kind: str  # comment, string, iri, var, word, punct
    text: str
    start: int
    end: int


@functools.lru_cache(maxsize=256)
def tokenize(text: str) -> tuple[Token, ...]:
    """SPARQL text as tokens, without whitespace; strings, IRIs and comments stay whole.

    Cached: a paged listing query binds the same text once per record it reads.

    >>> [t.text for t in tokenize('SELECT ?x { ?x <urn:a#b> "}" } # }')]
    ['SELECT', '?x', '{', '?x', '<urn:a#b>', '"}"', '}', '# }']
    """
    return tuple(Token(m.lastgroup, m.group(), m.start(), m.end())
                 for m in _TOKEN.finditer(text) if m.lastgroup != "ws")


@dataclass
class QueryShape:
    """Where things are in a query's text: its form, outermost WHERE group, LIMIT/OFFSET."""

    form: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    group_open: int | None  # offset just after the outermost WHERE group's "{"
    group_close: int | None  # offset of its "}"
    limit: int | None = None
    offset: int | None = None
    modifier_spans: tuple[tuple[int, int], ...] = ()  # LIMIT/OFFSET clauses in the text
    tail_insert: int = 0  # where new LIMIT/OFFSET go (before a trailing VALUES, else the end)


def query_shape(text: str) -> QueryShape:
    """Find the query form and the outermost WHERE group, skipping strings, IRIs, comments.

    >>> s = query_shape('PREFIX a: <urn:a#> SELECT * WHERE { ?s ?p "}" } LIMIT 5')
    >>> s.form, s.limit
    ('SELECT', 5)
    """
    tokens = [t for t in tokenize(text) if t.kind != "comment"]
    form = None
    depth = 0
    open_index = None
    saw_where = False
    for i, tok in enumerate(tokens):
        if tok.kind == "punct" and tok.text == "{":
            if depth == 0 and form and open_index is None and (
                    saw_where or form in ("SELECT", "ASK", "DESCRIBE")):
                open_index = i
                break
            depth += 1
        elif tok.kind == "punct" and tok.text == "}":
            depth -= 1
        elif tok.kind == "word" and depth == 0:
            word = tok.text.upper()
            if form is None and word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
                form = word
            elif form and word == "WHERE":
                saw_where = True
    if form is None:
        raise QueryError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    if open_index is None:
        return QueryShape(form, None, None, tail_insert=len(text))
    depth = 0
    close_index = None
    for j in range(open_index, len(tokens)):
        tok = tokens[j]
        if tok.kind == "punct" and tok.text == "{":
            depth += 1
        elif tok.kind == "punct" and tok.text == "}":
            depth -= 1
            if depth == 0:
                close_index = j
                break
    if close_index is None:
        raise QueryError("malformed SPARQL: unbalanced braces")
    shape = QueryShape(form, tokens[open_index].end, tokens[close_index].start, tail_insert=len(text))
    spans = []
    tail = tokens[close_index + 1:]
    depth = 0
    for k, tok in enumerate(tail):
        if tok.kind == "punct" and tok.text in "{(":
            depth += 1
        elif tok.kind == "punct" and tok.text in "})":
            depth -= 1
        elif tok.kind == "word" and depth == 0:
            word = tok.text.upper()
            if word in ("LIMIT", "OFFSET") and k + 1 < len(tail) and tail[k + 1].text.isdigit():
                setattr(shape, word.lower(), int(tail[k + 1].text))
                spans.append((tok.start, tail[k + 1].end))
            elif word == "VALUES":
                shape.tail_insert = tok.start
                break
    shape.modifier_spans = tuple(spans)
    return shape


def values_block(bindings: Mapping[str, Term]) -> str:
    """A one-row ``VALUES`` block binding each variable to its term, all checked first.

    >>> values_block({"n": Term.literal('a" } DROP ALL #')})
    'VALUES (?n) { ("a\\\\" } DROP ALL #") }'
    """
    names, terms = [], []
    for name, term in bindings.items():
        if not _VARNAME.match(name):
            raise QueryError(f"parameter name {name!r} is not a SPARQL variable name")
        names.append(f"?{name}")
        terms.append(_checked_n3(name, term))
    return f"VALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }}"


def _checked_n3(name: str, term: Term) -> str:
    if not isinstance(term, Term):
        raise QueryError(f"parameter {name}: expected an RDF term, got {type(term).__name__}")
    if term.kind == "iri":
        if _IRI_FORBIDDEN.search(term.value):
            raise QueryError(f"parameter {name}: {term.value!r} is not a valid IRI")
    elif term.kind == "literal":
        if term.language and not _LANGTAG.match(term.language):
            raise QueryError(f"parameter {name}: bad language tag {term.language!r}")
        if term.datatype and _IRI_FORBIDDEN.search(term.datatype):
            raise QueryError(f"parameter {name}: bad datatype {term.datatype!r}")
    else:
        raise QueryError(f"parameter {name}: blank nodes cannot be sent to a SPARQL endpoint")
    return term.n3()


def bind_query(text: str, bindings: Mapping[str, Term] | None) -> str:
    """The query with a ``VALUES`` block at the start of its outermost WHERE group, and each
    ``$var`` of a bound variable inside that group replaced by its checked term.

    The ``$`` form is how a query asks for a constant in place: Oxigraph does not push a
    VALUES binding into a ``GRAPH ?g { }`` group, so a bound name matched there is a scan
    of every label, while the same name written as a constant is one index lookup.

    >>> q = bind_query('SELECT ?n WHERE { GRAPH ?g { ?e <urn:k> $n } }', {"n": Term.literal("a")})
    >>> " ".join(q.split())
    'SELECT ?n WHERE { VALUES (?n) { ("a") } GRAPH ?g { ?e <urn:k> "a" } }'
    """
    if not bindings:
        return text
    shape = query_shape(text)
    if shape.group_open is None:
        raise QueryError(f"cannot bind parameters: this {shape.form} query has no WHERE group")
    block = values_block(bindings)  # checks every name and term first
    at, end = shape.group_open, shape.group_close
    pieces, last = [text[:at], f"\n  {block}\n"], at
    for tok in tokenize(text[at:end]):
        if tok.kind == "var" and tok.text[0] == "$" and tok.text[1:] in bindings:
            pieces.append(text[last:at + tok.start])
            pieces.append(_checked_n3(tok.text[1:], bindings[tok.text[1:]]))
            last = at + tok.end
    pieces.append(text[last:])
    return "".join(pieces)


def with_page(text: str, shape: QueryShape, limit: int, offset: int) -> str:
    """The query with its own LIMIT/OFFSET replaced by one page's."""
    pieces, last = [], 0
    for start, end in sorted(shape.modifier_spans):
        pieces.append(text[last:start])
        last = end
    at = shape.tail_insert
    pieces.append(text[last:at])
    page = f"\nLIMIT {limit}" + (f" OFFSET {offset}" if offset else "") + "\n"
    return "".join(pieces) + page + text[at:]
