"""RemoteStore against a scripted HTTP server: faults, retries, credentials, paging, binding text.

The behaviour every backend shares is in test_store_contract.py (run against Virtuoso too);
this file covers what only a misbehaving server can show.
"""

from __future__ import annotations

import base64
import json
import re
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tradegraph.errors import QueryError, StoreError
from tradegraph.store import open_store
from tradegraph.store.remote import RemoteStore, bind_query, query_shape, tokenize
from tradegraph.store.terms import Term

SECRET = "s3cret-Pa55"
ROWS = 25  # the fake endpoint's data: ?n = 0..24
CAP = 10  # and its ResultSetMaxRows


class Handler(BaseHTTPRequestHandler):
    calls: dict[str, int] = {}
    requests: list[tuple[str, dict]] = []

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, code: int, body: str, ctype: str = "application/sparql-results+json", headers=()):
        data = body.encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
        path = self.path
        Handler.calls[path] = Handler.calls.get(path, 0) + 1
        Handler.requests.append((path, form))
        if path == "/auth":
            expected = "Basic " + base64.b64encode(f"reader:{SECRET}".encode()).decode()
            if self.headers.get("Authorization") != expected:
                return self._send(401, "Unauthorized", "text/plain",
                                  [("WWW-Authenticate", 'Basic realm="SPARQL"')])
            return self._send(200, json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": []}}))
        if path == "/forbidden":
            return self._send(403, "Virtuoso 42000 Error SR186: No permission", "text/plain")
        if path == "/broken":
            return self._send(500, "Virtuoso 42000 Error: something broke\nSPARQL query:\n...", "text/plain")
        if path == "/syntax":
            return self._send(400, "Virtuoso 37000 Error SP030: syntax error at 'SELEC'", "text/plain")
        if path == "/malformed":
            return self._send(200, '{"head": {"vars": ["x"]}, "results": ')
        if path == "/slow":
            time.sleep(1.0)
            return self._send(200, '{"boolean": true}')
        if path == "/flaky":
            if Handler.calls[path] % 3:
                return self._send(503, "busy", "text/plain")
            return self._send(200, '{"boolean": true}')
        if path == "/capped":
            query = form.get("query", [""])[0]
            limit = re.search(r"LIMIT (\d+)", query)
            offset = re.search(r"OFFSET (\d+)", query)
            start = int(offset.group(1)) if offset else 0
            stop = min(ROWS, start + (int(limit.group(1)) if limit else ROWS))
            rows = list(range(start, stop))[:CAP]
            bindings = [{"n": {"type": "typed-literal", "value": str(i),
                               "datatype": "http://www.w3.org/2001/XMLSchema#integer"}} for i in rows]
            return self._send(200, json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": bindings}}))
        return self._send(404, "not here", "text/plain")


@pytest.fixture
def server():
    Handler.calls = {}
    Handler.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_env(monkeypatch):
    for var in ("TRADEGRAPH_SPARQL_USER", "TRADEGRAPH_SPARQL_PASSWORD", "TRADEGRAPH_SPARQL_UPDATE",
                "TRADEGRAPH_SPARQL_TIMEOUT", "TRADEGRAPH_SPARQL_PAGE_SIZE"):
        monkeypatch.delenv(var, raising=False)


def _one_line_store_error(info, url_part: str) -> str:
    message = str(info.value)
    assert "\n" not in message and url_part in message
    assert info.value.exit_code == 2
    return message


def test_open_store_gives_a_remote_store_for_http_urls(server):
    store = open_store(server + "/capped")
    assert isinstance(store, RemoteStore)


def test_unreachable_endpoint():
    store = RemoteStore("http://127.0.0.1:9/sparql", retries=1)
    with pytest.raises(StoreError) as info:
        store.query("ASK {}")
    assert "cannot reach" in _one_line_store_error(info, "127.0.0.1:9/sparql")


def test_timeout(server):
    store = RemoteStore(server + "/slow", timeout=0.2, retries=0)
    with pytest.raises(StoreError) as info:
        store.query("ASK {}")
    assert "timed out" in _one_line_store_error(info, "/slow")


def test_credentials_come_from_the_environment_and_never_show(server, monkeypatch):
    with pytest.raises(StoreError) as info:
        RemoteStore(server + "/auth").query("SELECT ?x WHERE { ?x ?p ?o }")
    assert "401" in _one_line_store_error(info, "/auth")
    monkeypatch.setenv("TRADEGRAPH_SPARQL_USER", "reader")
    monkeypatch.setenv("TRADEGRAPH_SPARQL_PASSWORD", "wrong-" + SECRET)
    with pytest.raises(StoreError) as info:
        RemoteStore(server + "/auth").query("SELECT ?x WHERE { ?x ?p ?o }")
    assert SECRET not in str(info.value) and "reader" not in str(info.value)
    monkeypatch.setenv("TRADEGRAPH_SPARQL_PASSWORD", SECRET)
    assert RemoteStore(server + "/auth").query("SELECT ?x WHERE { ?x ?p ?o }").rows == []


def test_credentials_in_the_url_never_show():
    store = RemoteStore(f"http://user:{SECRET}@127.0.0.1:9/sparql", retries=0)
    with pytest.raises(StoreError) as info:
        store.query("ASK {}")
    assert SECRET not in str(info.value) and "user" not in str(info.value)


@pytest.mark.parametrize("path, error, words", [
    ("/forbidden", StoreError, "HTTP 403"),
    ("/broken", StoreError, "HTTP 500"),
    ("/malformed", StoreError, "malformed"),
    ("/syntax", QueryError, "SP030"),
])
def test_server_faults_are_one_line_errors(server, path, error, words):
    with pytest.raises(error) as info:
        RemoteStore(server + path, retries=0).query("SELECT ?x WHERE { ?x ?p ?o }")
    assert words in _one_line_store_error(info, path)


def test_queries_are_retried_on_busy_servers_updates_are_not(server):
    store = RemoteStore(server + "/flaky", retries=3)
    assert store.query("ASK { ?s ?p ?o }").boolean is True
    assert Handler.calls["/flaky"] == 3
    Handler.calls["/flaky"] = 0
    with pytest.raises(StoreError):
        store.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert Handler.calls["/flaky"] == 1
    Handler.calls["/flaky"] = 0
    store.replace_graph("urn:g", "<urn:a> <urn:b> <urn:c> .")  # idempotent: retried
    assert Handler.calls["/flaky"] == 3


def test_updates_go_to_the_update_endpoint(server, monkeypatch):
    monkeypatch.setenv("TRADEGRAPH_SPARQL_UPDATE", server + "/flaky")
    store = RemoteStore(server + "/capped", retries=5)
    store.replace_graphs([(f"urn:g{i}", f"<urn:a> <urn:b> {i} .") for i in range(3)])
    updates = [form for path, form in Handler.requests if path == "/flaky" and "update" in form]
    assert updates and all("query" not in form for form in updates)
    text = updates[-1]["update"][0]
    assert text.count("DROP SILENT GRAPH") == 3 and text.count("INSERT DATA") == 3


def test_replace_graphs_splits_big_batches(server, monkeypatch):
    monkeypatch.setenv("TRADEGRAPH_SPARQL_UPDATE", "/capped")  # a path on the query server
    store = RemoteStore(server + "/unused", retries=0, batch_bytes=100)
    store.replace_graphs([(f"urn:g{i}", f"<urn:a> <urn:b> {i} .") for i in range(3)])
    updates = [form["update"][0] for path, form in Handler.requests if path == "/capped"]
    assert len(updates) == 3 and all(u.count("INSERT DATA") == 1 for u in updates)


@pytest.mark.parametrize("query, expected", [
    ("SELECT ?n WHERE { ?s ?p ?n }", list(range(ROWS))),
    ("SELECT ?n WHERE { ?s ?p ?n } ORDER BY ?n LIMIT 15", list(range(15))),
    ("SELECT ?n WHERE { ?s ?p ?n } LIMIT 4 OFFSET 3", [3, 4, 5, 6]),
    ("SELECT ?n WHERE { ?s ?p ?n } OFFSET 12", list(range(12, ROWS))),
])
def test_selects_are_paged_below_the_server_row_cap(server, query, expected):
    store = RemoteStore(server + "/capped", page_size=CAP)
    assert [r[0].python() for r in store.query(query).rows] == expected


# --------------------------------------------------------------------------- query text

def test_tokenizer_skips_strings_iris_and_comments():
    text = 'PREFIX a: <urn:x#y> # WHERE {\nSELECT * WHERE { ?s a:p "WHERE { }" , \'\'\'}\n{\'\'\' }'
    kinds = [(t.kind, t.text) for t in tokenize(text)]
    assert ("comment", "# WHERE {") in kinds
    assert ("string", '"WHERE { }"') in kinds
    assert ("string", "'''}\n{'''") in kinds
    assert ("iri", "<urn:x#y>") in kinds


@pytest.mark.parametrize("query", [
    "SELECT ?name WHERE { ?s ?p ?name }",
    "select ?name { ?s ?p ?name }",
    "PREFIX x: <urn:x#> SELECT ?name FROM <urn:g> WHERE { { SELECT ?name WHERE { ?a ?b ?name } } }",
    "CONSTRUCT { ?s <urn:p> ?name } WHERE { ?s ?p ?name }",
    "ASK { ?s ?p ?name }",
    "# SELECT { }\nSELECT ?name WHERE { ?s <urn:p> \"}\" . ?s ?p ?name } ORDER BY ?name",
])
def test_values_go_at_the_start_of_the_outermost_where_group(query):
    bound = bind_query(query, {"name": Term.literal('x" } ; DROP ALL #')})
    shape = query_shape(query)
    at = shape.group_open
    assert bound.startswith(query[:at])
    assert bound[at:].lstrip().startswith('VALUES (?name) { ("x\\" } ; DROP ALL #") }')
    assert bound.endswith(query[at:])


@pytest.mark.parametrize("name", ["n} ?x", "1abc", "a b", ""])
def test_bad_parameter_names_are_refused(name):
    with pytest.raises(QueryError):
        bind_query("SELECT * WHERE { ?s ?p ?o }", {name: Term.literal("x")})


@pytest.mark.parametrize("term", [Term("urn:x> } DROP ALL {", "iri"), Term("b1", "bnode"),
                                  Term("x", "literal", None, "en } DROP ALL"),
                                  Term("x", "literal", "urn:t> } DROP ALL {")])
def test_terms_that_could_break_out_are_refused(term):
    with pytest.raises(QueryError):
        bind_query("SELECT * WHERE { ?s ?p ?o }", {"o": term})
