"""How long a big page takes to generate, and to draw and answer in headless Chromium.

    python benchmarks/bench_viz.py [--nodes 5000] [--edges 20000] [--json out.json]

Goals (issue 5): generated in < 10 s; drawn and interactive in < 3 s. "Drawn" is the time
from navigation start to the page's first complete drawing (``data-ready``); "interactive"
adds a click on a node: neighbourhood highlighted and redrawn.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from tradegraph.render import write_page
from tradegraph.render.samples import synthetic_graph

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def generate(nodes: int, edges: int, out: Path) -> dict:
    G = synthetic_graph(nodes, edges)
    start = time.perf_counter()
    write_page(G, out, title=f"{nodes} nodes, {edges} edges")
    return {"nodes": nodes, "edges": edges, "generate_s": round(time.perf_counter() - start, 2),
            "page_mb": round(out.stat().st_size / 1e6, 1)}


def browse(path: Path) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=120_000)
        marks = page.evaluate("() => Object.fromEntries(performance.getEntriesByType('mark')"
                              ".map(m => [m.name, m.startTime / 1000]))")
        drawn = marks["tg-ready"]
        # Click a well-connected node on screen and wait for the highlighted redraw.
        box = page.locator("#tg-network canvas").bounding_box()
        target = page.evaluate("""() => {
            const n = tradegraphNetwork, d = tradegraph.data.nodes;
            const best = d.reduce((a, b) => (b.degree > a.degree ? b : a));
            return Object.assign({id: best.id}, n.canvasToDOM(n.getPosition(best.id))); }""")
        start = time.perf_counter()
        page.mouse.click(box["x"] + target["x"], box["y"] + target["y"])
        page.wait_for_selector("#tg-panel:not([hidden])", timeout=60_000)
        # the highlight's redraw is queued for the next animation frame: wait for it to run
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        click = time.perf_counter() - start
        browser.close()
    return {"data_parsed_s": round(marks["tg-parsed"], 2), "network_built_s": round(marks["tg-network"], 2),
            "drawn_s": round(drawn, 2), "click_highlight_s": round(click, 2),
            "interactive_s": round(drawn + click, 2), "errors": errors}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=20000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.html"
        result = generate(args.nodes, args.edges, out)
        print(f"generated {result['nodes']} nodes / {result['edges']} edges in "
              f"{result['generate_s']} s ({result['page_mb']} MB)", flush=True)
        if os.path.exists(CHROMIUM):
            result.update(browse(out))
            print(f"drawn in {result['drawn_s']} s; click → highlight in "
                  f"{result['click_highlight_s']} s; interactive at {result['interactive_s']} s")
        else:
            print(f"{CHROMIUM} absent: browser timings skipped")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
