"""``to_page(G)``: a self-contained, offline HTML page drawing a projected graph.

The page is our own small template (``templates/``), not pyvis's: every record-derived
string travels as JSON inside ``<script type="application/json">`` (with ``<``, ``>``, ``&``,
U+2028 and U+2029 escaped), the page's script builds tooltips and panels as DOM nodes with
``textContent``, and the only markup filled in from Python is the HTML-escaped title. A
Content-Security-Policy allows exactly the page's two inline scripts (by hash) and no
network request at all, so even a slip elsewhere could neither run a script nor fetch.

Input: the networkx projection (``network.project.to_networkx``): nodes keyed by IRI with
``label``, ``type``, ``aliases``, ``identifiers``, ``facts``; edges keyed by predicate with
``predicate``, ``count``, ``records``, ``titles``, first/last date and ``evidence``.
Opportunity edges carry ``opportunity`` = ``"stated"`` or ``"inferred"``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from .layout import LAYOUT_THRESHOLD, grid_force_layout, needs_python_layout
from .style import (EDGE_COLOUR, ENTITY_TYPES, OPPORTUNITY_COLOURS, SYMMETRIC_PREDICATES,
                    TYPE_STYLES, predicate_label, type_style)

MAX_EVIDENCE = 25
"""Evidence items kept per edge (the panel says how many more the graph holds)."""

_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                 0x2028: "\\u2028", 0x2029: "\\u2029"}


def script_json(value: Any) -> str:
    """JSON that is inert inside ``<script type="application/json">``.

    >>> script_json({"t": "</script><b>&"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"),
                      default=str).translate(_JSON_ESCAPES)


def safe_href(url: Any) -> str | None:
    """``url`` if it is an http(s) URL a page may link to, else None.

    >>> safe_href("https://example.org/a?b=1")
    'https://example.org/a?b=1'
    >>> safe_href(" JaVaScript:alert(1)") is None, safe_href("data:text/html,x") is None
    (True, True)
    """
    if not isinstance(url, str):
        return None
    url = url.strip()
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme not in ("http", "https") or any(ord(c) < 33 or c in "\"'<>`" for c in url):
        return None
    return url


def to_page(G: nx.MultiDiGraph, *, title: str = "tradegraph", subtitle: str = "",
            layout_threshold: int = LAYOUT_THRESHOLD, seed: int = 7) -> str:
    """The HTML of an interactive page drawing ``G`` (which is not modified).

    Graphs above ``layout_threshold`` nodes are laid out here and drawn without physics.
    """
    payload = build_payload(G, title=title, subtitle=subtitle,
                            layout_threshold=layout_threshold, seed=seed)
    return render_html(payload)


def write_page(G: nx.MultiDiGraph, path: str | Path, **kwargs: Any) -> Path:
    """Write :func:`to_page` to ``path`` as UTF-8; returns the path."""
    path = Path(path)
    path.write_text(to_page(G, **kwargs), encoding="utf-8")
    return path


def build_payload(G: nx.MultiDiGraph, *, title: str, subtitle: str = "",
                  layout_threshold: int = LAYOUT_THRESHOLD, seed: int = 7) -> dict[str, Any]:
    """The JSON the page draws: nodes, edges, legend entries and drawing settings."""
    physics = not needs_python_layout(G, layout_threshold)
    pos = {} if physics else grid_force_layout(G, seed=seed)
    index = {node: i for i, node in enumerate(G)}
    degree = dict(G.degree())
    top = max(degree.values(), default=1) or 1
    nodes = []
    for node, data in G.nodes(data=True):
        item = {
            "id": index[node],
            "iri": str(node),
            "label": _text(data.get("label")) or _local_name(node),
            "type": _text(data.get("type")) or "",
            "degree": degree[node],
            "size": round(8 + 22 * math.sqrt(degree[node] / top), 1),
            "aliases": [_text(a) for a in data.get("aliases") or ()],
            "identifiers": [[_text(k), _text(v)] for k, v in sorted((data.get("identifiers") or {}).items())],
            "facts": [_fact(f) for f in data.get("facts") or ()],
        }
        if node in pos:
            item["x"], item["y"] = pos[node]
        nodes.append(item)
    edges = _edges(G, index)
    counts = Counter(n["type"] for n in nodes)
    types = [_legend(t, counts[t]) for t in ENTITY_TYPES if counts[t]]
    types += [_legend(t, counts[t]) for t in sorted(counts) if t not in TYPE_STYLES]
    kinds = sorted({e["kind"] for e in edges if e["kind"]})
    return {"title": title, "subtitle": subtitle, "physics": physics, "types": types,
            "opportunityKinds": kinds, "nodes": nodes, "edges": edges,
            "edgeColour": EDGE_COLOUR}


def _edges(G: nx.MultiDiGraph, index: dict[Any, int]) -> list[dict[str, Any]]:
    edges = []
    parallel: Counter[tuple[int, int]] = Counter()
    for i, (u, v, key, data) in enumerate(G.edges(keys=True, data=True)):
        predicate = _text(data.get("predicate") or key)
        kind = data.get("opportunity")
        kind = kind if kind in OPPORTUNITY_COLOURS else None
        evidence = list(data.get("evidence") or ())
        a, b = index[u], index[v]
        pair = (min(a, b), max(a, b))
        rank = parallel[pair]
        parallel[pair] += 1
        count = data.get("count") or max(len(evidence), 1)
        label = predicate_label(predicate)
        edge = {
            "id": i, "from": a, "to": b, "predicate": predicate,
            "label": f"{label} ×{count}" if isinstance(count, int) and count > 1 else label,
            "directed": predicate not in SYMMETRIC_PREDICATES,
            "kind": kind,
            "count": count,
            "first": _text(data.get("first_date", data.get("first"))),
            "last": _text(data.get("last_date", data.get("last"))),
            "records": _records(data),
            "evidence": [_evidence(e) for e in evidence[:MAX_EVIDENCE]],
            "more": max(len(evidence) - MAX_EVIDENCE, 0),
        }
        for extra in ("score", "topic", "reasons"):
            if data.get(extra) is not None:
                edge[extra] = _plain(data[extra])
        if rank:  # bend the 2nd, 3rd… edge between a pair so each can be seen and hovered
            edge["curve"] = round(0.25 * ((rank + 1) // 2), 2) * (1 if rank % 2 else -1)
        edges.append(edge)
    return edges


def _records(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Record titles and dates of an edge, from ``records``/``titles`` or its evidence."""
    seen: dict[str, dict[str, Any]] = {}
    for e in data.get("evidence") or ():
        rec = _text(e.get("record")) or _text(e.get("title")) or ""
        if rec and rec not in seen:
            seen[rec] = {"title": _text(e.get("title")) or rec, "date": _text(e.get("date")),
                         "source": _text(e.get("source")), "href": safe_href(e.get("source"))}
    titles = list(data.get("titles") or ())
    for i, rec in enumerate(data.get("records") or ()):
        rec = _text(rec)
        if rec and rec not in seen:
            seen[rec] = {"title": _text(titles[i]) if i < len(titles) else rec,
                         "date": None, "source": None, "href": None}
    return list(seen.values())


def _evidence(e: dict[str, Any]) -> dict[str, Any]:
    out = {k: _text(e.get(k)) for k in ("text", "title", "date", "source", "method", "role", "topic")}
    out["href"] = safe_href(e.get("source"))
    return out


def _fact(f: dict[str, Any]) -> dict[str, Any]:
    return {k: _plain(f.get(k)) for k in ("property", "value", "unit", "date", "qualifier")}


def _legend(entity_type: str, count: int) -> dict[str, Any]:
    style = type_style(entity_type)
    label = style.label if entity_type in TYPE_STYLES else (entity_type or "Other")
    return {"type": entity_type, "label": label, "colour": style.colour,
            "shape": style.shape, "count": count}


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _plain(value: Any) -> Any:
    """JSON-safe copy: numbers and booleans stay, containers recurse, the rest is text."""
    if value is None or isinstance(value, (bool, int, float)):
        return value if not (isinstance(value, float) and not math.isfinite(value)) else str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_plain(v) for v in value]
    return str(value)


def _local_name(node: Any) -> str:
    return str(node).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


# --------------------------------------------------------------------------- the template

def _template(name: str) -> str:
    return (resources.files("tradegraph.render") / "templates" / name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def render_html(payload: dict[str, Any]) -> str:
    """Fill the audited template: the title (escaped), the data (script JSON), the scripts."""
    from .assets import vis_network_js

    vis = vis_network_js()
    app = _template("app.js").replace("\r\n", "\n")
    css = _template("app.css")
    # Script bodies are inserted exactly as hashed: the CSP runs these two and nothing else.
    csp = ("default-src 'none'; "
           f"script-src {_sha256(vis)} {_sha256(app)}; "
           "style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    parts = {
        "{{CSP}}": html.escape(csp, quote=True),
        "{{TITLE}}": html.escape(payload["title"]),
        "{{SUBTITLE}}": html.escape(payload.get("subtitle") or ""),
        "{{CSS}}": css,
        "{{DATA}}": script_json(payload),
        "{{VIS}}": vis,
        "{{APP}}": app,
    }
    out = _template("page.html")
    pieces = []
    # One pass over the template, so text substituted in is never scanned for placeholders.
    pattern = re.compile("|".join(re.escape(k) for k in parts))
    last = 0
    for m in pattern.finditer(out):
        pieces.append(out[last:m.start()])
        pieces.append(parts[m.group(0)])
        last = m.end()
    pieces.append(out[last:])
    return "".join(pieces)

