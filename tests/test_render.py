"""Pages without a browser: escaping, self-containment, the JSON payload, the layout switch."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from tradegraph.render import to_page, write_page
from tradegraph.render.layout import grid_force_layout
from tradegraph.render.page import build_payload, safe_href, script_json
from tradegraph.render.samples import PAYLOAD, example_graph, hostile_graph, synthetic_graph
from tradegraph.render.views import opportunity_view, select_view


def payload_of(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="tg-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def markup_outside_scripts(page: str) -> str:
    return re.sub(r"<script\b[^>]*>.*?</script>", "", page, flags=re.S)


def test_hostile_strings_never_reach_markup():
    page = to_page(hostile_graph(), title="Evil " + PAYLOAD, subtitle=PAYLOAD)
    markup = markup_outside_scripts(page)
    assert "<img" not in markup and "onerror" not in markup.replace("onerror=&quot;", "")
    assert "&lt;img src=x onerror=" in markup  # the title, escaped
    data_block = re.search(r'id="tg-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in data_block and ">" not in data_block and "&" not in data_block
    assert "\u2028" not in data_block and "\u2029" not in data_block
    # exactly three script elements: data, vis-network, ours
    from tradegraph.render.assets import vis_network_js

    assert len(re.findall(r"<script\b", page.replace(vis_network_js(), ""))) == 3


def test_payload_round_trips_record_text_literally():
    G = hostile_graph()
    data = payload_of(to_page(G, title="t"))
    labels = {n["label"] for n in data["nodes"]}
    assert {G.nodes[n]["label"] for n in G} == labels
    texts = [ev["text"] for e in data["edges"] for ev in e["evidence"]]
    assert "Sentence " + PAYLOAD in texts


def test_only_http_sources_become_links():
    data = payload_of(to_page(hostile_graph(), title="t"))
    hrefs = [ev["href"] for e in data["edges"] for ev in e["evidence"]]
    assert all(h is None for h in hrefs)  # javascript: and a quote-breaking URL
    assert safe_href("https://example.org/x") == "https://example.org/x"
    for bad in ("javascript:alert(1)", " JAVASCRIPT:x", "data:text/html,x", "vbscript:x", "//evil", None):
        assert safe_href(bad) is None


def test_page_requests_nothing_from_the_network():
    page = to_page(example_graph(), title="t")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert "<link" not in page and "@import" not in page
    assert "bootstrap" not in page.lower() and "cdnjs" not in page and "unpkg" not in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src &#x27;none&#x27;" in csp and "connect-src &#x27;none&#x27;" in csp
    assert "unsafe-inline" not in csp.split("style-src")[0]  # scripts only by hash


def test_script_json_escapes():
    out = script_json({"a": "</script>&\u2028\u2029"})
    assert out == '{"a":"\\u003c/script\\u003e\\u0026\\u2028\\u2029"}'
    assert json.loads(out) == {"a": "</script>&\u2028\u2029"}


def test_payload_shape():
    G = example_graph()
    data = build_payload(G, title="Example")
    assert len(data["nodes"]) == G.number_of_nodes() and len(data["edges"]) == G.number_of_edges()
    assert data["physics"] is True and all("x" not in n for n in data["nodes"])
    hisense = next(n for n in data["nodes"] if n["label"] == "Hisense")
    assert hisense["type"] == "Firm" and hisense["aliases"] == ["Hisense Group"]
    assert hisense["facts"][0]["value"] == 80000
    assert hisense["size"] == max(n["size"] for n in data["nodes"])  # biggest degree
    hq = next(e for e in data["edges"] if e["predicate"] == "headquarteredIn")
    assert hq["label"] == "headquartered in" and hq["directed"]
    assert hq["evidence"][0]["text"].startswith("Hisense is headquartered")
    assert hq["records"][0]["title"] == "Mission report" and hq["first"] == "2020-03-11"
    kinds = {e["kind"] for e in data["edges"]}
    assert {"stated", "inferred"} <= kinds and data["opportunityKinds"] == ["inferred", "stated"]
    assert [t["type"] for t in data["types"]][:3] == ["Country", "Region", "City"]


def test_parallel_edges_are_bent_apart():
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", key="visited", predicate="visited")
    G.add_edge("a", "b", key="metWith", predicate="metWith")
    G.add_edge("b", "a", key="partnerOf", predicate="partnerOf")
    curves = [e.get("curve") for e in build_payload(G, title="t")["edges"]]
    assert curves[0] is None and len(set(curves)) == 3


def test_layout_switches_above_threshold():
    G = synthetic_graph(400, 900)
    small = build_payload(G, title="t", layout_threshold=1000)
    big = build_payload(G, title="t", layout_threshold=300)
    assert small["physics"] and not big["physics"]
    assert all("x" in n and "y" in n for n in big["nodes"])


def test_layout_is_seeded_and_spread():
    G = nx.connected_caveman_graph(10, 6)
    assert grid_force_layout(G, seed=3) == grid_force_layout(G, seed=3)
    pos = grid_force_layout(G)
    xs = sorted(x for x, _ in pos.values())
    assert xs[-1] - xs[0] > 200  # pixels


def test_to_page_leaves_the_graph_alone():
    G = example_graph()
    before = nx.to_dict_of_dicts(G)
    to_page(G, title="t")
    assert nx.to_dict_of_dicts(G) == before


def test_write_page_is_utf8(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("q", label="Qīngdǎo 青岛", type="City")
    path = write_page(G, tmp_path / "p.html", title="Qīngdǎo 青岛")
    text = path.read_bytes().decode("utf-8")
    assert "<title>Qīngdǎo 青岛</title>" in text and '<meta charset="utf-8">' in text


def test_views():
    G = example_graph()
    hisense = next(n for n in G if G.nodes[n]["label"] == "Hisense")
    ego = select_view(G, focus=hisense, depth=1)
    assert hisense in ego and all(nx.has_path(ego.to_undirected(), hisense, n) for n in ego)
    firms = select_view(G, types=["Firm"])
    assert {G.nodes[n]["type"] for n in firms} == {"Firm"}
    found = [{"kind": "inferred", "rule": "shared-sector", "score": 0.5, "why": PAYLOAD,
              "parties": [{"id": hisense}, {"id": next(n for n in G if G.nodes[n]["type"] == "University")}],
              "topics": ["smart cities"], "evidence": [], "records": [], "path": []}]
    opp = opportunity_view(G, found)
    assert any(d.get("opportunity") == "inferred" for *_, d in opp.edges(keys=True, data=True))


def test_big_graph_page_is_quick():
    import time

    G = synthetic_graph(1500, 6000)
    start = time.perf_counter()
    page = to_page(G, title="big")
    assert time.perf_counter() - start < 20
    assert len(payload_of(page)["edges"]) == 6000
