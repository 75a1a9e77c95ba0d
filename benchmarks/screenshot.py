"""Write docs/viz.png: a page of the example graph, drawn by headless Chromium.

    python benchmarks/screenshot.py --store STORE [-o docs/viz.png] [--focus NAME] [--depth N]
    python benchmarks/screenshot.py --sample      # the hand-built sample graph, no store

With a store, the default view is the ``--opportunities`` page unless --focus is given.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def shoot(html: Path, png: Path, *, width: int = 1400, height: int = 900) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
        page.goto(html.as_uri())
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=60_000)
        png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png))
        browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store")
    parser.add_argument("--sample", action="store_true")
    parser.add_argument("-o", "--output", type=Path, default=Path("docs/viz.png"))
    parser.add_argument("--focus")
    parser.add_argument("--depth", type=int, default=2)
    args = parser.parse_args(argv)
    from tradegraph.render import write_page

    if args.sample or not args.store:
        from tradegraph.render.samples import example_graph

        G, title, subtitle = example_graph(), "Example mission graph", "hand-built sample"
    else:
        from tradegraph.render.build import build_view
        from tradegraph.store import open_store

        with open_store(args.store) as store:
            G, title, subtitle = build_view(store, focus=args.focus, depth=args.depth,
                                            opportunities=not args.focus)
    with tempfile.TemporaryDirectory() as tmp:
        html = write_page(G, Path(tmp) / "page.html", title=title, subtitle=subtitle)
        shoot(html, args.output)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
