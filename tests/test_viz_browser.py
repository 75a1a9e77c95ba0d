"""Pages in a real browser (Debian's chromium driven by Playwright): drawn, offline, inert.

Skips without /usr/bin/chromium or the playwright package, unless TRADEGRAPH_REQUIRE_BROWSER=1
(CI), where a missing browser fails. Set TRADEGRAPH_SCREENSHOT=docs/viz.png to also write a
screenshot of the example graph's page.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import skip_unless_required
from tradegraph.render import write_page
from tradegraph.render.samples import PAYLOAD, example_graph, hostile_graph

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

pytestmark = pytest.mark.browser


def _browser_missing() -> str | None:
    if not os.path.exists(CHROMIUM):
        return f"{CHROMIUM} is absent (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is absent (pip install playwright)"
    return None


@pytest.fixture(scope="module")
def browser():
    missing = _browser_missing()
    if missing:
        skip_unless_required(missing, "TRADEGRAPH_REQUIRE_BROWSER")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Opened:
    """A page opened from file:// with every console message, error and request recorded."""

    def __init__(self, browser, path: Path, *, bypass_csp: bool = False):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=bypass_csp)
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)

    def _route(self, route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            route.abort()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def point(self, kind: str, ident, at: float = 0.5) -> tuple[float, float]:
        """Where a node, or the point ``at`` along an edge, is on the screen."""
        box = self.page.locator("#tg-network canvas").bounding_box()
        p = self.js("""([kind, id, at]) => {
            const n = window.tradegraphNetwork;
            const c = kind === "node" ? n.getPosition(id) : n.body.edges[id].edgeType.getPoint(at);
            return n.canvasToDOM(c); }""", [kind, ident, at])
        return box["x"] + p["x"], box["y"] + p["y"]

    def hover(self, kind: str, ident, expect: str | None = None) -> str:
        """The tooltip shown when the mouse rests on a node, or on an edge (tried at several
        points along it, since a node or another edge may cover its middle)."""
        text = ""
        for at in ((0.5,) if kind == "node" else (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8)):
            self.page.mouse.move(5, 5)
            self.page.mouse.move(*self.point(kind, ident, at), steps=2)
            try:
                self.page.wait_for_selector("#tg-tooltip:not([hidden])", timeout=3_000)
            except Exception:
                continue
            text = self.page.inner_text("#tg-tooltip")
            if expect is None or expect in text:
                return text
        return text

    def close(self):
        self.context.close()


@pytest.fixture
def opened(browser, tmp_path):
    pages: list[Opened] = []

    def open_(graph, name="page.html", **kwargs) -> Opened:
        path = write_page(graph, tmp_path / name, title=kwargs.pop("title", "Test page"))
        pages.append(Opened(browser, path, **kwargs))
        return pages[-1]

    yield open_
    for p in pages:
        p.close()


def test_example_page_draws_everything_offline(opened):
    G = example_graph()
    page = opened(G)
    counts = page.js("() => [tradegraph.nodes.length, tradegraph.edges.length,"
                     " tradegraphNetwork.body.nodeIndices.length, tradegraphNetwork.body.edgeIndices.length]")
    assert counts == [G.number_of_nodes(), G.number_of_edges(), G.number_of_nodes(), G.number_of_edges()]
    legend = page.page.locator("#tg-types li")
    assert legend.count() == len({d["type"] for _, d in G.nodes(data=True)})
    assert "Firm" in page.page.inner_text("#tg-legend")
    assert "inferred by tradegraph" in page.page.inner_text("#tg-edge-legend")
    assert page.errors == []
    assert [u for u in page.requests if not u.startswith("file://")] == []
    assert page.page.locator("canvas").count() == 1


def test_tooltips_for_every_node_and_edge(opened):
    G = example_graph()
    page = opened(G)
    for node in range(G.number_of_nodes()):
        label = page.js("(id) => tradegraph.data.nodes[id].label", node)
        assert label in page.hover("node", node)
    hisense = page.js("() => tradegraph.find('Hisense')")
    text = page.hover("node", hisense)
    assert "Firm" in text and "employees: over 80,000" in text
    for edge in range(G.number_of_edges()):
        e = page.js("(id) => tradegraph.data.edges[id]", edge)
        text = page.hover("edge", edge, expect=e["evidence"][0]["text"])
        assert e["evidence"][0]["text"] in text and "Mission report" in text
    assert page.errors == []


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "escaping-alone"])
def test_injected_markup_never_runs(opened, bypass_csp):
    G = hostile_graph()
    page = opened(G, title="Evil " + PAYLOAD, bypass_csp=bypass_csp)
    assert page.js("() => window.__pwned") is None
    assert "Evil <img src=x" in page.page.inner_text("h1")
    for node in range(G.number_of_nodes()):
        text = page.hover("node", node)
        assert page.js("(id) => tradegraph.data.nodes[id].label", node).replace("\u2028", "") in text.replace("\u2028", "")
    for edge in range(G.number_of_edges()):
        label = page.js("(id) => tradegraph.data.edges[id].label", edge)
        text = page.hover("edge", edge, expect=label)
        assert label in text
        if page.js("(id) => tradegraph.data.edges[id].evidence.length", edge):
            assert "Sentence " + PAYLOAD in text  # shown literally
    for kind, ident in [("node", 0), ("edge", 0), ("edge", 1)]:  # panels, with their links
        page.page.mouse.click(*page.point(kind, ident))
        assert page.page.is_visible("#tg-panel")
    assert page.page.locator("#tg-panel a").count() == 0  # javascript: and broken URLs
    assert page.page.locator("img, iframe, object, embed").count() == 0
    assert page.js("() => window.__pwned") is None
    assert [u for u in page.requests if not u.startswith("file://")] == []
    assert page.errors == []


def test_search_filter_and_highlight(opened):
    page = opened(example_graph())
    page.page.fill("#tg-search-input", "hisense group")  # an alias
    page.page.click("#tg-search button[type=submit]")
    assert "Hisense" in page.page.inner_text("#tg-panel")
    hisense = page.js("() => tradegraph.find('Hisense')")
    assert page.js("() => tradegraphNetwork.getSelectedNodes()") == [hisense]
    dimmed = page.js("""(id) => { const keep = new Set(tradegraphNetwork.getConnectedNodes(id).concat([id]));
        return tradegraph.nodes.get().filter(n => !keep.has(n.id)).every(n => n.color.background.startsWith('rgba(200'))
            && tradegraph.nodes.get(id).color.background === '#E69F00'; }""", hisense)
    assert dimmed
    page.page.fill("#tg-search-input", "no such entity")
    page.page.click("#tg-search button[type=submit]")
    assert page.page.inner_text("#tg-search-status") == "no match"
    page.page.uncheck("#tg-types input[value=Firm]")
    hidden = page.js("() => tradegraph.nodes.get().filter(n => n.hidden).length")
    assert hidden == 2
    assert page.js("() => tradegraphNetwork.body.nodeIndices.length") == page.js("() => tradegraph.nodes.length") - 2
    page.page.check("#tg-types input[value=Firm]")
    assert page.js("() => tradegraph.nodes.get().filter(n => n.hidden).length") == 0
    assert page.errors == []


def test_big_graph_uses_precomputed_positions(opened):
    from tradegraph.render.samples import synthetic_graph

    G = synthetic_graph(600, 1500)
    page = opened(G)
    assert page.js("() => tradegraph.data.physics") is False
    assert page.js("() => tradegraphNetwork.body.nodeIndices.length") == 600
    assert page.errors == []


def test_screenshot(browser, example_store_path):
    """With TRADEGRAPH_SCREENSHOT=docs/viz.png, writes the README's picture of the example corpus."""
    target = os.environ.get("TRADEGRAPH_SCREENSHOT")
    if not target:
        pytest.skip("set TRADEGRAPH_SCREENSHOT=docs/viz.png to write a screenshot")
    import subprocess
    import sys

    script = Path(__file__).resolve().parent.parent / "benchmarks" / "screenshot.py"
    done = subprocess.run([sys.executable, str(script), "--store", example_store_path, "-o", target],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert Path(target).stat().st_size > 10_000
