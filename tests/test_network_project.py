"""The networkx projection: nodes, attributes, edges keyed by predicate, evidence, filters."""

import networkx as nx
from graph_fixtures import (CHINA, HISENSE, HISENSE_UK, LCR, LEEDS, QINGDAO, SCR, graph,  # noqa: F401
                            graph_store_path)

from tradegraph.network.project import to_networkx, to_weighted_graph
from tradegraph.store.embedded import EmbeddedStore


def test_nodes_carry_label_type_aliases_identifiers_facts(graph):
    assert graph.number_of_nodes() == 17
    h = graph.nodes[HISENSE]
    assert (h["label"], h["type"], h["aliases"]) == ("Hisense", "Firm", ["Hisense Group"])
    assert h["facts"][0]["property"] == "employees" and h["facts"][0]["value"] == 80000
    assert h["facts"][0]["qualifier"] == "over" and h["facts"][0]["record_date"] == "2020-03-11"
    assert graph.nodes[QINGDAO]["identifiers"] == {"geonames": "https://sws.geonames.org/1797929/"}
    assert graph.nodes[CHINA]["identifiers"] == {"iso3166": "CN"}


def test_edges_keyed_by_predicate_with_counts_dates_and_evidence(graph):
    visited = graph.edges[LCR, HISENSE, "visited"]
    assert visited["predicate"] == "visited" and visited["count"] == 2
    assert (visited["first_date"], visited["last_date"]) == ("2018-11-20", "2020-03-11")
    assert [r.rsplit("/", 1)[-1] for r in visited["records"]] == ["lcr-qingdao-hangzhou-2018", "lcr-qingdao-2020"]
    assert visited["titles"][0] == "Leeds City Region visit to Qingdao and Hangzhou"
    ev = visited["evidence"][0]
    assert set(ev) >= {"text", "record", "title", "date", "source", "method", "role", "topic"}
    assert ev["text"] == "In Qingdao the Leeds City Region team visited Hisense."
    assert graph.edges[HISENSE_UK, LEEDS, "hasOfficeIn"]["count"] == 1


def test_symmetric_predicates_once_per_pair(graph):
    pairs = [(u, v) for u, v, k in graph.edges(keys=True) if k == "collaborationOpportunity"]
    assert pairs == [(HISENSE, LCR)]  # smaller IRI first, not both directions
    data = graph.edges[HISENSE, LCR, "collaborationOpportunity"]
    assert data["symmetric"] is True and data["evidence"][0]["topic"] == "smart transportation"
    assert graph.number_of_edges() == 26


def test_since_and_types_filters(graph_store_path):
    with EmbeddedStore(graph_store_path, create=False) as store:
        recent = to_networkx(store, since="2019")
        firms_regions = to_networkx(store, types={"Firm", "Region"})
    assert recent.edges[LCR, HISENSE, "visited"]["count"] == 1
    assert not recent.has_edge(LCR, "https://w3id.org/tradegraph/id/firm/haier")
    assert recent.has_node(HISENSE)
    assert {d["type"] for _, d in firms_regions.nodes(data=True)} == {"Firm", "Region"}
    assert firms_regions.has_edge(SCR, HISENSE) and not firms_regions.has_node(QINGDAO)


def test_shared_entities_counted_once_and_graph_in_sorted_order(graph_store_path):
    """Hisense's type and label triples sit in every record graph that mentions it: one node,
    one label; each bulk query gives one row per entity or statement, not one per repeat."""
    from tradegraph.lookup import PREFIXES
    from tradegraph.network.project import Q_ASSERTIONS, Q_ENTITIES

    with EmbeddedStore(graph_store_path, create=False) as store:
        G = to_networkx(store)
        entity_rows = store.query(PREFIXES + Q_ENTITIES).rows
        assertion_rows = store.query(PREFIXES + Q_ASSERTIONS).rows
        n_assertions = store.query(PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a a tg:Assertion } }").rows
    assert len(entity_rows) == G.number_of_nodes()
    assert len(assertion_rows) == int(n_assertions[0][0].value)
    assert sum(len(d["evidence"]) for _, _, d in G.edges(data=True)) == len(assertion_rows)
    assert list(G) == sorted(G)  # the same graph, in the same order, from any backend


def test_empty_store_projects_to_empty_graph(tmp_path):
    with EmbeddedStore(tmp_path / "s") as store:
        assert to_networkx(store).number_of_nodes() == 0


def test_weighted_graph_is_simple_undirected_with_summed_counts(graph):
    H = to_weighted_graph(graph)
    assert type(H) is nx.Graph
    assert H[LCR][HISENSE]["weight"] == 3  # visited twice + one collaboration opportunity
    assert H[LCR][HISENSE]["predicates"] == ["collaborationOpportunity", "visited"]
    assert H.nodes[HISENSE] == {"label": "Hisense", "type": "Firm"}


def test_importing_tradegraph_does_not_import_networkx():
    import subprocess
    import sys

    code = ("import sys, tradegraph, tradegraph.lookup, tradegraph.store, tradegraph.cli.main; "
            "print('networkx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_projection_through_a_capped_sparql_endpoint_equals_the_embedded_one(graph_store_path, graph):
    """Over HTTP every bulk query is paged (the server cuts answers at 7 rows, as Virtuoso does
    at ResultSetMaxRows, and orders ties at random): the graph must come out the same, which
    it does only if each page's ORDER BY orders the rows totally."""
    import json
    import re
    import threading
    import urllib.parse
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    import pyoxigraph as ox

    from tradegraph.store.remote import RemoteStore

    data = ox.Store()
    with EmbeddedStore(graph_store_path, create=False) as store:
        data.load(store.dump_nquads().encode("utf-8"), format=ox.RdfFormat.N_QUADS)

    def term(t):
        if isinstance(t, ox.NamedNode):
            return {"type": "uri", "value": t.value}
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype:
            out["datatype"] = t.datatype.value
        return out

    class Endpoint(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):
            form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
            text = re.sub(r"(ORDER BY [^\n]*?)\s*\n?(LIMIT \d+)", r"\1 (RAND()) \2", form["query"][0])
            result = data.query(text, use_default_graph_as_union=True)
            names = [v.value for v in result.variables]
            rows = [{n: term(sol[n]) for n in names if sol[n] is not None} for sol in result][:7]
            body = json.dumps({"head": {"vars": names}, "results": {"bindings": rows}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        remote = to_networkx(RemoteStore(f"http://127.0.0.1:{httpd.server_address[1]}/sparql", page_size=7))
    finally:
        httpd.shutdown()
    assert list(remote.nodes(data=True)) == list(graph.nodes(data=True))
    assert list(remote.edges(keys=True, data=True)) == list(graph.edges(keys=True, data=True))
    assert remote.graph == graph.graph
