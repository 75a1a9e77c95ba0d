"""A SPARQL 1.1 Protocol endpoint as a store (Virtuoso, Fuseki, GraphDB, ...), standard library only.

No rdflib on this path: a cold ``tradegraph firm --store http://...`` should start in a tenth
of a second, so requests go out through ``urllib`` and results are parsed from SPARQL JSON
and N-Triples here.

Configuration comes from the environment, never from arguments (so it stays out of shell
history, process lists, logs and error messages):

``TRADEGRAPH_SPARQL_UPDATE``
    the update endpoint (default: the query endpoint);
``TRADEGRAPH_SPARQL_USER`` / ``TRADEGRAPH_SPARQL_PASSWORD``
    credentials, sent with HTTP Digest or Basic, whichever the server asks for;
``TRADEGRAPH_SPARQL_TIMEOUT``
    seconds per request (default 60);
``TRADEGRAPH_SPARQL_PAGE_SIZE``
    rows per SELECT page (default 10000; keep it at or below the server's row cap).

Default graph: tradegraph's queries expect the union of the record graphs as the default
graph. Virtuoso does this by default (a query without ``FROM`` sees every graph, including
its own small system graphs, which tradegraph's queries never match; ``dump_nquads`` leaves
them out). Fuseki needs ``tdb2:unionDefaultGraph true`` on the dataset (or
``fuseki-server --tdb2 --set tdb:unionDefaultGraph=true``); query ``/ds/query`` or
``/ds/sparql`` and set ``TRADEGRAPH_SPARQL_UPDATE=/ds/update``. GraphDB's default graph is
already the union of all graphs (its statements endpoint, ``/repositories/ID/statements``,
takes updates). Never send a ``default-graph-uri`` parameter: it hides the named graphs.

Result caps: Virtuoso silently cuts results at ``ResultSetMaxRows`` (10000 by default), so
SELECTs are fetched in pages with ``LIMIT``/``OFFSET`` (a query whose own ``LIMIT`` fits in
one page goes out unchanged). Give large queries an ``ORDER BY`` so that pages are stable.

Parameters are never pasted into query text: they travel as RDF terms (``Term.n3()``) in a
``VALUES`` block placed at the start of the outermost ``WHERE`` group, found by a small
tokenizer that skips strings, IRIs and comments.

Faults (unreachable, timeout, refused credentials, server errors, malformed results) raise
``StoreError`` with one line naming the endpoint (never the credentials). Queries are
retried with backoff on connection failures, timeouts and 502/503/504; updates are not,
except graph replacements (``DROP SILENT GRAPH; INSERT DATA``), which are idempotent.
"""

from __future__ import annotations

import json
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Iterable, Mapping

from ..errors import QueryError, StoreError
from .base import (QueryResult, QueryShape, Store, Token, bind_query, check_graph_iri, query_shape,  # noqa: F401
                   replace_graph_update, tokenize, values_block, with_page)
from .terms import XSD, Term

XSD_STRING = XSD + "string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_RETRY_STATUS = {502, 503, 504}
_BACKOFF = (0.25, 0.5, 1.0, 2.0)
# Graphs a fresh Virtuoso keeps for itself; they are not records.
_SYSTEM_GRAPH_PREFIXES = ("http://www.openlinksw.com/", "http://www.w3.org/ns/ldp#",
                          "http://localuriqaserver/", "http://www.w3.org/2002/07/owl#")
_VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_LANGTAG = re.compile(r"[A-Za-z]+(?:-[A-Za-z0-9]+)*\Z")
_BNODE_LABEL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*\Z")


# --------------------------------------------------------------------------- results

_NT_TERM = re.compile(r'''
    <(?P<iri>[^>]*)>
  | _:(?P<bnode>[A-Za-z0-9_][A-Za-z0-9_.\-]*)
  | "(?P<lit>(?:[^"\\]|\\.)*)"(?:@(?P<lang>[A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^<(?P<dt>[^>]*)>)?
''', re.X | re.S)
_NT_ESCAPE = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))', re.S)
_SIMPLE_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text

    def repl(m: re.Match) -> str:
        if m.group(1) or m.group(2):
            return chr(int(m.group(1) or m.group(2), 16))
        return _SIMPLE_ESCAPES.get(m.group(3), m.group(3))

    return _NT_ESCAPE.sub(repl, text)


def _literal(value: str, datatype: str | None, language: str | None) -> Term:
    # RDF 1.1, as the embedded store reports them: a simple literal is an xsd:string, a
    # language-tagged one an rdf:langString (tags in lower case, as Virtuoso keeps them).
    if language:
        return Term(value, "literal", RDF_LANGSTRING, language.lower())
    return Term(value, "literal", datatype or XSD_STRING)


def parse_ntriples(body: str, where: str) -> list[tuple[Term, ...]]:
    """N-Triples (or N-Quads) lines as tuples of terms.

    >>> parse_ntriples('<urn:a> <urn:b> "x\\\\u00e9"@EN .', "test")[0][2]
    Term(value='xé', kind='literal', datatype='http://www.w3.org/1999/02/22-rdf-syntax-ns#langString', language='en')
    """
    out = []
    for number, line in enumerate(body.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        terms, pos = [], 0
        while True:
            while pos < len(line) and line[pos] in " \t":
                pos += 1
            if pos >= len(line) or line[pos] == ".":
                break
            m = _NT_TERM.match(line, pos)
            if not m:
                raise StoreError(f"{where} returned malformed N-Triples (line {number})")
            if m.group("iri") is not None:
                terms.append(Term(_unescape(m.group("iri")), "iri"))
            elif m.group("bnode") is not None:
                terms.append(Term(m.group("bnode"), "bnode"))
            else:
                terms.append(_literal(_unescape(m.group("lit")), m.group("dt"), m.group("lang")))
            pos = m.end()
        if len(terms) not in (3, 4) or pos >= len(line):
            raise StoreError(f"{where} returned malformed N-Triples (line {number})")
        out.append(tuple(terms))
    return out


def _json_term(node: object) -> Term | None:
    if node is None:
        return None
    kind = node["type"]
    value = node["value"]
    if not isinstance(value, str):  # Virtuoso writes some numbers unquoted
        value = json.dumps(value)
    if kind == "uri":
        return Term(value, "iri")
    if kind == "bnode":
        return Term(value, "bnode")
    if kind in ("literal", "typed-literal"):
        return _literal(value, node.get("datatype"), node.get("xml:lang") or node.get("lang"))
    raise ValueError(f"unknown term type {kind!r}")


def parse_results_json(body: bytes, where: str) -> QueryResult:
    try:
        data = json.loads(body)
        if "boolean" in data:
            return QueryResult("ASK", boolean=bool(data["boolean"]))
        names = list(data["head"]["vars"])
        rows = [tuple(_json_term(b.get(v)) for v in names) for b in data["results"]["bindings"]]
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise StoreError(f"{where} returned a malformed SPARQL result "
                         f"({exc.__class__.__name__})") from None
    return QueryResult("SELECT", vars=names, rows=rows)


# --------------------------------------------------------------------------- the store

def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        raise StoreError(f"{name}={raw!r} is not a number") from None


def endpoint_label(url: str) -> str:
    """The endpoint as it may appear in messages: no credentials, no query string.

    >>> endpoint_label("https://user:secret@example.org:8890/sparql?x=1")
    'https://example.org:8890/sparql'
    """
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host + (f":{port}" if port else "")
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


class RemoteStore(Store):
    """A SPARQL 1.1 endpoint (query, and update at ``$TRADEGRAPH_SPARQL_UPDATE``)."""

    def __init__(self, url: str, *, timeout: float | None = None, page_size: int | None = None,
                 retries: int = 3, batch_bytes: int = 4_000_000):
        self.location = url
        self.query_url = url
        update = os.environ.get("TRADEGRAPH_SPARQL_UPDATE") or url
        if update.startswith("/"):  # a path on the query endpoint's server
            update = urllib.parse.urljoin(url, update)
        self.update_url = update
        for u in (self.query_url, self.update_url):
            if not u.startswith(("http://", "https://")):
                raise StoreError(f"not an http(s) SPARQL endpoint: {endpoint_label(u)}")
        self.timeout = timeout or _env_number("TRADEGRAPH_SPARQL_TIMEOUT", 60.0)
        self.page_size = int(page_size or _env_number("TRADEGRAPH_SPARQL_PAGE_SIZE", 10000))
        self.retries = retries
        self.batch_bytes = batch_bytes
        self.write_batch_bytes = batch_bytes
        self._opener = self._build_opener()

    def _build_opener(self) -> urllib.request.OpenerDirector:
        user = os.environ.get("TRADEGRAPH_SPARQL_USER")
        password = os.environ.get("TRADEGRAPH_SPARQL_PASSWORD")
        handlers: list[urllib.request.BaseHandler] = []
        self._has_credentials = bool(user)
        if user:
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for u in {self.query_url, self.update_url}:
                manager.add_password(None, u, user, password or "")
            # Digest first (urllib orders it before Basic): each answers its own challenge.
            handlers += [urllib.request.HTTPDigestAuthHandler(manager),
                         urllib.request.HTTPBasicAuthHandler(manager)]
        return urllib.request.build_opener(*handlers)

    # -- requests

    def _post(self, url: str, field: str, text: str, accept: str, *, retry: bool) -> tuple[bytes, str]:
        data = urllib.parse.urlencode({field: text}).encode("ascii")
        where = f"SPARQL endpoint {endpoint_label(url)}"
        attempts = 1 + (self.retries if retry else 0)
        for attempt in range(attempts):
            request = urllib.request.Request(url, data=data, method="POST", headers={
                "Accept": accept,
                "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
                "User-Agent": "tradegraph",
            })
            last = attempt == attempts - 1
            try:
                with self._opener.open(request, timeout=self.timeout) as response:
                    return response.read(), response.headers.get("Content-Type", "")
            except urllib.error.HTTPError as exc:
                if exc.code in _RETRY_STATUS and not last:
                    time.sleep(_BACKOFF[min(attempt, len(_BACKOFF) - 1)])
                    continue
                raise self._http_error(exc, where) from None
            except (TimeoutError, socket.timeout):
                if not last:
                    time.sleep(_BACKOFF[min(attempt, len(_BACKOFF) - 1)])
                    continue
                raise StoreError(f"{where} timed out after {self.timeout:g} s") from None
            except (urllib.error.URLError, ConnectionError, OSError) as exc:
                if not last:
                    time.sleep(_BACKOFF[min(attempt, len(_BACKOFF) - 1)])
                    continue
                reason = getattr(exc, "reason", exc)
                if isinstance(reason, (TimeoutError, socket.timeout)):
                    raise StoreError(f"{where} timed out after {self.timeout:g} s") from None
                text = getattr(reason, "strerror", None) or str(reason) or reason.__class__.__name__
                raise StoreError(f"cannot reach {where}: {_one_line(text)}") from None
            except ValueError as exc:  # e.g. an authentication scheme urllib cannot answer
                raise StoreError(f"{where}: {_one_line(str(exc))}") from None
        raise AssertionError("unreachable")

    def _http_error(self, exc: urllib.error.HTTPError, where: str) -> Exception:
        try:
            body = exc.read(4096).decode("utf-8", "replace")
        except (OSError, ValueError):
            body = ""
        detail = _one_line(body) or (exc.reason if isinstance(exc.reason, str) else "")
        if exc.code == 401:
            hint = ("check TRADEGRAPH_SPARQL_USER / TRADEGRAPH_SPARQL_PASSWORD"
                    if self._has_credentials else
                    "set TRADEGRAPH_SPARQL_USER and TRADEGRAPH_SPARQL_PASSWORD")
            return StoreError(f"{where} refused the request: authentication failed (HTTP 401); {hint}")
        if exc.code == 403:
            return StoreError(f"{where} forbids this request (HTTP 403)"
                              + (f": {detail}" if detail else ""))
        if exc.code == 400 or "SP030" in body or "syntax error" in body.lower():
            return QueryError(f"{where} rejected the SPARQL (HTTP {exc.code}): {detail}")
        return StoreError(f"{where} failed (HTTP {exc.code})" + (f": {detail}" if detail else ""))

    # -- queries

    def query(self, sparql: str, bindings: Mapping[str, Term] | None = None, *,
              over_entity_index: bool = False) -> QueryResult:
        # No entity index here: the endpoint answers every query over the union of graphs.
        text = bind_query(sparql, bindings)
        shape = query_shape(text)
        where = f"SPARQL endpoint {endpoint_label(self.query_url)}"
        if shape.form in ("CONSTRUCT", "DESCRIBE"):
            body, _ = self._post(self.query_url, "query", text,
                                 "application/n-triples, text/plain;q=0.5", retry=True)
            triples = [t[:3] for t in parse_ntriples(_decode(body, where), where)]
            return QueryResult("CONSTRUCT", triples=triples)
        accept = "application/sparql-results+json"
        if shape.form == "ASK":
            result = parse_results_json(self._post(self.query_url, "query", text, accept, retry=True)[0], where)
            if result.kind == "SELECT":  # Virtuoso answers ASK as one row of __ASK_RETVAL
                result = QueryResult("ASK", boolean=any(
                    t is not None and t.value not in ("0", "false") for row in result.rows for t in row))
            return result
        if shape.group_open is None:
            return parse_results_json(self._post(self.query_url, "query", text, accept, retry=True)[0], where)
        return self._select_paged(text, shape, accept, where)

    def _select_paged(self, text: str, shape: QueryShape, accept: str, where: str) -> QueryResult:
        wanted = shape.limit
        start = shape.offset or 0
        if wanted is not None and wanted <= self.page_size:
            return parse_results_json(self._post(self.query_url, "query", text, accept, retry=True)[0], where)
        result: QueryResult | None = None
        fetched = 0
        while True:
            size = self.page_size if wanted is None else min(self.page_size, wanted - fetched)
            page_text = with_page(text, shape, size, start + fetched)
            page = parse_results_json(self._post(self.query_url, "query", page_text, accept, retry=True)[0], where)
            if result is None:
                result = page
            else:
                result.rows.extend(page.rows)
            fetched += len(page.rows)
            if len(page.rows) < size or (wanted is not None and fetched >= wanted):
                return result

    # -- updates

    def update(self, sparql: str) -> None:
        self._post(self.update_url, "update", sparql, "*/*", retry=False)

    def replace_graph(self, graph_iri: str, ntriples: str) -> None:
        check_graph_iri(graph_iri)
        self._post(self.update_url, "update", replace_graph_update(graph_iri, ntriples), "*/*", retry=True)

    def replace_graphs(self, graphs: Iterable[tuple[str, str]]) -> None:
        """Several replacements per request (up to ``batch_bytes``); each is idempotent."""
        batch: list[str] = []
        size = 0
        for graph_iri, ntriples in graphs:
            check_graph_iri(graph_iri)
            op = replace_graph_update(graph_iri, ntriples)
            if batch and size + len(op) > self.batch_bytes:
                self._post(self.update_url, "update", " ;\n".join(batch), "*/*", retry=True)
                batch, size = [], 0
            batch.append(op)
            size += len(op)
        if batch:
            self._post(self.update_url, "update", " ;\n".join(batch), "*/*", retry=True)

    def drop_graph(self, graph_iri: str) -> None:
        check_graph_iri(graph_iri)
        self._post(self.update_url, "update", f"DROP SILENT GRAPH <{graph_iri}>", "*/*", retry=True)

    # -- export

    def graphs(self) -> list[str]:
        """Every named graph's IRI, except a Virtuoso server's own system graphs."""
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g").rows
        return [r[0].value for r in rows
                if r[0] is not None and r[0].kind == "iri"
                and not r[0].value.startswith(_SYSTEM_GRAPH_PREFIXES)]

    def dump_nquads(self, graphs_per_request: int = 50) -> str:
        lines = []
        graphs = self.graphs()
        for i in range(0, len(graphs), graphs_per_request):
            chunk = graphs[i:i + graphs_per_request]
            values = " ".join(f"<{g}>" for g in chunk)
            result = self.query(f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} "
                                "GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o")
            for g, s, p, o in result.rows:
                lines.append(f"{_nq(s)} {_nq(p)} {_nq(o)} {_nq(g)} .\n")
        return "".join(lines)


def _nq(term: Term) -> str:
    if term.kind == "bnode":  # e.g. Virtuoso's "nodeID://b1234"
        return "_:" + re.sub(r"[^A-Za-z0-9_]", "_", term.value)
    return term.n3()


def _decode(body: bytes, where: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise StoreError(f"{where} returned a malformed result (not UTF-8)") from None


def _one_line(text: str, limit: int = 200) -> str:
    for line in str(text).splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= limit else line[:limit - 1] + "…"
    return ""
