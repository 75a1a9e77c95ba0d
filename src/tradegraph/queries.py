"""Named SPARQL queries shipped in ``queries/``, and running any query with bound parameters.

Each ``.rq`` file opens with a comment header::

    # Everything connected to a firm, with the sentence and record that says so.
    # @param name literal The firm's name or one of its aliases (case-insensitive).

The first comment line is the description; ``@param NAME TYPE TEXT`` lines declare parameters
(TYPE: ``literal``, ``iri``, ``integer`` or ``date``). Parameters are bound as RDF terms: each
value is encoded and checked as a term and bound in a ``VALUES`` block at the start of the
outermost WHERE group (``store.base.bind_query``), never concatenated as text. The bundled
queries name their parameters in the SELECT clause; ``run_query`` drops those columns, since
the caller already knows them.

A literal parameter ``NAME`` also gives ``NAME_key``, the value folded as ``tg:nameKey`` is
(``model.name_key``), when the query uses it: write ``$NAME_key`` where the query matches a
name (``?e tg:nameKey $name_key``) and the folded value goes in as a constant, found through
the store's index instead of a filter over every label.

A listing query marked ``# @page record`` is written over one record's graph,
``GRAPH $r { ... }``, and ordered newest record first
(``ORDER BY DESC(STR(?date)) STR($r) ...``). Run whole, it lists every record's rows.
Asked for a page (``limit``), it is run record by record, newest first, until the page is
full (``record_pages``): the newest records are one scan of ``dct:issued``, which only
records carry, and one record's rows are a few index lookups, so a page costs the same at
any store size, where the whole listing grows with the store (and Oxigraph sorts it all
before it can return the first row). ``--param record=IRI`` runs it for one record.

A query marked ``# @over entity-index`` reads only what records say about entities' types,
names and places, with no ``GRAPH`` and no provenance, and is written to be right over the
union of the record graphs; a store that keeps an entity index (the embedded one:
``store.entity_index``) answers it over that, where each entity is stated once instead of
once per record that mentions it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import QueryError
from .model import name_key
from .resources import queries_dir
from .store.base import QueryResult, Store, query_shape, with_page
from .store.terms import XSD, Term

PARAM_TYPES = ("literal", "iri", "integer", "date")
_UPDATE_KEYWORDS = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*(INSERT|DELETE|DROP|CLEAR|LOAD|CREATE|COPY|MOVE|ADD|WITH)\b",
    re.I,
)


@dataclass
class Param:
    name: str
    type: str
    description: str


@dataclass
class NamedQuery:
    name: str
    text: str
    description: str = ""
    params: list[Param] = field(default_factory=list)
    path: str | None = None
    paged_by_record: bool = False  # "# @page record": see the module docstring
    over_entity_index: bool = False  # "# @over entity-index": see the module docstring


def parse_query(text: str, name: str = "query", path: str | None = None) -> NamedQuery:
    description_lines: list[str] = []
    params: list[Param] = []
    paged = over_index = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        body = stripped.lstrip("#").strip()
        if body.startswith("@param"):
            parts = body.split(None, 3)
            if len(parts) < 3 or parts[2] not in PARAM_TYPES:
                raise QueryError(f"{path or name}: bad @param line {body!r}; "
                                 f"expected '@param NAME {'|'.join(PARAM_TYPES)} DESCRIPTION'")
            params.append(Param(parts[1], parts[2], parts[3] if len(parts) > 3 else ""))
        elif body.startswith("@page"):
            if body.split() != ["@page", "record"]:
                raise QueryError(f"{path or name}: bad @page line {body!r}; expected '@page record'")
            paged = True
        elif body.startswith("@over"):
            if body.split() != ["@over", "entity-index"]:
                raise QueryError(f"{path or name}: bad @over line {body!r}; expected '@over entity-index'")
            over_index = True
        elif body and not params:
            description_lines.append(body)
    return NamedQuery(name=name, text=text, description=" ".join(description_lines),
                      params=params, path=path, paged_by_record=paged, over_entity_index=over_index)


def bundled_queries() -> dict[str, NamedQuery]:
    """The queries shipped with tradegraph, by name (the file name without ``.rq``)."""
    found = {}
    for path in sorted(queries_dir().glob("*.rq")):
        found[path.stem] = parse_query(path.read_text(encoding="utf-8"), path.stem, str(path))
    return found


def resolve_query(query: str) -> NamedQuery:
    """QUERY as the CLI takes it: a bundled name, a path to a ``.rq`` file, or SPARQL text."""
    bundled = bundled_queries()
    if query in bundled:
        return bundled[query]
    if query.endswith(".rq") or (("/" in query or "\\" in query) and "{" not in query):
        path = Path(query)
        if not path.is_file():
            raise QueryError(f"no query file {query}")
        try:
            return parse_query(path.read_text(encoding="utf-8"), path.stem, str(path))
        except UnicodeDecodeError:
            raise QueryError(f"{query}: not UTF-8 text") from None
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", query, re.I) or _UPDATE_KEYWORDS.search(query):
        return parse_query(query, "query")
    import difflib

    close = difflib.get_close_matches(query, list(bundled), n=3, cutoff=0.5)
    hint = f"; did you mean: {', '.join(close)}?" if close else "; see: tradegraph query --list"
    raise QueryError(f"unknown query {query!r}{hint}")


def is_update(text: str) -> bool:
    """Whether SPARQL text is an Update (INSERT, DELETE, DROP, CLEAR, LOAD, CREATE, ...).

    >>> is_update("PREFIX x: <urn:x> DROP ALL")
    True
    >>> is_update("SELECT * WHERE { ?s ?p ?o }")
    False
    """
    return bool(_UPDATE_KEYWORDS.search(_strip_comments(text)))


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def bind_value(param: Param, value: str) -> Term:
    """A parameter's text as the RDF term its declared type says.

    >>> bind_value(Param("n", "literal", ""), 'Acme" } ; DROP ALL #').n3()
    '"Acme\\\\" } ; DROP ALL #"'
    """
    if param.type == "iri":
        try:
            return Term.iri(value.strip("<>"))
        except ValueError:
            raise QueryError(f"parameter {param.name}: {value!r} is not a valid IRI") from None
    if param.type == "integer":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise QueryError(f"parameter {param.name}: {value!r} is not an integer")
        return Term.literal(value.strip(), XSD + "integer")
    if param.type == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            raise QueryError(f"parameter {param.name}: {value!r} is not a date (YYYY-MM-DD)")
        return Term.literal(value.strip(), XSD + "date")
    return Term.literal(value)


def parse_params(pairs: list[str] | tuple[str, ...]) -> dict[str, str]:
    """``NAME=VALUE`` strings from ``--param``."""
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"--param {pair!r}: expected NAME=VALUE")
        params[name] = value
    return params


def query_bindings(query: NamedQuery, values: dict[str, str]) -> dict[str, Term]:
    """The terms a query's parameters are bound to, derived ``NAME_key`` ones included;
    unknown, missing or ill-typed parameters are a ``QueryError``."""
    declared = {p.name: p for p in query.params}
    if query.params:
        unknown = sorted(set(values) - set(declared))
        if unknown:
            known = ", ".join(declared) or "none"
            raise QueryError(f"unknown parameter {unknown[0]!r} for query {query.name}; it takes: {known}")
        missing = [p.name for p in query.params if p.name not in values]
        if missing:
            raise QueryError(f"query {query.name} needs --param {missing[0]}=VALUE")
    bindings = {
        name: bind_value(declared.get(name, Param(name, "literal", "")), value)
        for name, value in values.items()
    }
    derived = {f"{name}_key": Term.literal(name_key(term.value)) for name, term in bindings.items()
               if term.kind == "literal" and term.datatype is None
               and re.search(rf"[?$]{name}_key\b", query.text) and f"{name}_key" not in bindings}
    if bindings:
        projected = _projected_variables(query.text)
        for name in bindings:
            if projected is not None and name not in projected:
                raise QueryError(f"parameter {name!r} does not appear in the query's SELECT clause"
                                 if f"?{name}" in query.text or f"${name}" in query.text
                                 else f"unknown parameter {name!r}: the query has no ?{name}")
    bindings.update(derived)
    return bindings


def run_query(store: Store, query: NamedQuery, values: dict[str, str] | None = None,
              *, allow_update: bool = False, limit: int | None = None,
              offset: int = 0) -> QueryResult:
    """Run a query with its parameters bound; ``limit`` asks for one page of a SELECT's rows
    (``offset`` rows in), and ``result.more`` says whether rows follow it."""
    values = dict(values or {})
    if is_update(query.text):
        if not allow_update:
            raise QueryError("this is a SPARQL Update; queries are read-only unless --update is given")
        if values:
            raise QueryError("parameters cannot be bound in a SPARQL Update")
        store.update(query.text)
        return QueryResult("UPDATE")
    record = values.pop(RECORD_PARAM, None) if query.paged_by_record else None
    bindings = query_bindings(query, values)
    index = query.over_entity_index
    if record is not None:
        bindings[RECORD_VAR] = bind_value(Param(RECORD_PARAM, "iri", ""), record)
        result = _run_bound(store, query.text, bindings)
    elif query.paged_by_record and limit is not None:
        return record_pages(store, query, bindings, limit, offset)
    elif limit is not None and _pageable(shape := query_shape(query.text)):
        result = _run_bound(store, with_page(query.text, shape, limit + 1, offset), bindings, index)
        offset = 0  # the store skipped them
    else:  # whole, or a query with its own LIMIT/OFFSET: paged below, in its rows
        result = _run_bound(store, query.text, bindings, index)
    if limit is not None and result.kind == "SELECT":
        rows = result.rows[offset:]
        result.rows, result.more = rows[:limit], len(rows) > limit
    return result


def _pageable(shape) -> bool:
    return shape.form == "SELECT" and shape.limit is None and shape.offset is None


RECORD_PARAM = "record"  # --param record=IRI: a paged query for that one record
RECORD_VAR = "r"  # the record graph's variable in a paged query: GRAPH $r { ... }

# The newest records first, then those without a date. Only records carry dct:issued (the
# same value as their dct:date), so a window of the newest is one index scan and a sort by
# the date alone: sorting by the record IRI too would read every IRI's text (5x slower), so
# records of the same date are put in IRI order here, after the store has found them all.
_DATED_WINDOW = """PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?r ?d WHERE { GRAPH ?r { ?r dct:issued ?d } %s } ORDER BY DESC(STR(?d))"""
_DATED_ON = """PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?r ?d WHERE { GRAPH ?r { ?r dct:issued ?d } FILTER(STR(?d) = %s) }"""
# Undated records, and every record of a store written before dct:issued (ordered by its
# dct:date, as the listing queries order them): a lookup per record, only reached once the
# dated records run out.
_UNDATED_RECORDS = """PREFIX dct: <http://purl.org/dc/terms/>
PREFIX tg: <https://w3id.org/tradegraph/ns#>
SELECT ?r WHERE { GRAPH ?r { ?r a tg:Record . FILTER NOT EXISTS { ?r dct:issued ?i }
  OPTIONAL { ?r dct:date ?d } } } ORDER BY DESC(STR(?d)) STR(?r)"""
_FIRST_WINDOW = 50  # records asked for at once; doubled each time a window falls short


def record_pages(store: Store, query: NamedQuery, bindings: dict[str, Term],
                 limit: int, offset: int = 0) -> QueryResult:
    """One page of a ``@page record`` query: its rows for each record, newest record first,
    the same rows in the same order as the whole query gives (DISTINCT across records too)."""
    distinct = bool(re.search(r"\bSELECT\s+(DISTINCT|REDUCED)\b", _strip_comments(query.text), re.I))
    wanted = offset + limit + 1  # one more than the page: is there a next page?
    rows: list[tuple] = []
    seen: set[tuple] = set()
    names: list[str] | None = None
    for record in _records_newest_first(store, wanted):
        result = _run_bound(store, query.text, {**bindings, RECORD_VAR: record})
        names = result.vars
        for row in result.rows:
            if distinct:
                if row in seen:
                    continue
                seen.add(row)
            rows.append(row)
        if len(rows) >= wanted:
            break
    if names is None:  # no record at all: the columns still come from the query
        names = _run_bound(store, with_page(query.text, query_shape(query.text), 1, 0), bindings).vars
    page = rows[offset:]
    return QueryResult("SELECT", vars=names, rows=page[:limit], more=len(page) > limit)


def _records_newest_first(store: Store, wanted_rows: int):
    """Record IRIs in listing order (date descending, then IRI), fetched in growing windows
    as the caller reads on."""
    size, before = max(_FIRST_WINDOW, wanted_rows), None
    while True:
        cursor = "" if before is None else f"FILTER(STR(?d) < {Term.literal(before).n3()})"
        text = _DATED_WINDOW % cursor
        window = [(r, d.value) for r, d in store.query(with_page(text, query_shape(text), size, 0)).rows]
        full = len(window) == size
        if full:  # the last date may go on past the window: take all of its records
            last = window[-1][1]
            window = [(r, d) for r, d in window if d != last]
            window += [(r, d.value) for r, d in store.query(_DATED_ON % Term.literal(last).n3()).rows]
        window.sort(key=lambda rd: rd[0].value)
        window.sort(key=lambda rd: rd[1], reverse=True)
        yield from (r for r, _ in window)
        if not full:
            break
        before, size = last, size * 2
    shape = query_shape(_UNDATED_RECORDS)
    start, size = 0, max(_FIRST_WINDOW, wanted_rows)
    while True:
        window = store.query(with_page(_UNDATED_RECORDS, shape, size, start)).rows
        yield from (r for (r,) in window)
        if len(window) < size:
            break
        start, size = start + size, size * 2


def _run_bound(store: Store, text: str, bindings: dict[str, Term],
               over_entity_index: bool = False) -> QueryResult:
    result = store.query(text, bindings, over_entity_index=over_entity_index)
    if bindings and result.kind == "SELECT":
        keep = [i for i, v in enumerate(result.vars) if v not in bindings]
        result = QueryResult("SELECT", vars=[result.vars[i] for i in keep],
                             rows=[tuple(row[i] for i in keep) for row in result.rows])
    return result


def _projected_variables(text: str) -> set[str] | None:
    """Variables named in the SELECT clause, or None for ``SELECT *`` and non-SELECT forms."""
    m = re.search(r"\bSELECT\b(.*?)\bWHERE\b|\bSELECT\b(.*?)\{", _strip_comments(text), re.I | re.S)
    if not m:
        return None
    clause = m.group(1) if m.group(1) is not None else m.group(2)
    if re.search(r"(^|\s)\*", clause):
        return None
    return set(re.findall(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", clause))
