"""A network summary for ``tradegraph stats``: size, top connectors, brokers, communities.

>>> import networkx as nx
>>> G = nx.Graph([("a", "b"), ("b", "c")])
>>> s = network_summary(G, limit=1)
>>> s["nodes"], s["edges"], s["components"], s["top_connectors"][0]["id"], s["brokers"][0]["id"]
(3, 2, 1, 'b', 'b')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .centrality import brokers, top_connectors
from .communities import communities, describe_communities
from .project import as_simple

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx


def network_summary(G: nx.Graph, *, limit: int = 10, seed: int = 42,
                    communities_limit: int = 10) -> dict:
    """Counts and the most telling entities of the projected graph, as plain JSON-able data.

    Returns
    -------
    dict
        ``nodes``, ``edges`` (connected pairs), ``components``, ``top_connectors``,
        ``brokers`` (see :mod:`.centrality`), ``communities`` (the ``communities_limit``
        largest with more than one member, see :func:`.communities.describe_communities`)
        and ``community_count``.
    """
    import networkx as nx

    H = as_simple(G)
    found = communities(H, seed=seed, min_size=2)
    return {
        "nodes": H.number_of_nodes(),
        "edges": H.number_of_edges(),
        "components": nx.number_connected_components(H) if H.number_of_nodes() else 0,
        "top_connectors": top_connectors(H, limit=limit),
        "brokers": brokers(H, limit=limit, seed=seed),
        "community_count": len(found),
        "communities": describe_communities(H, found[:communities_limit]),
    }


def format_summary(summary: dict) -> str:
    """Plain-text lines for ``tradegraph stats`` (text format)."""
    lines = ["", "Network",
             f"  nodes {summary['nodes']}, connected pairs {summary['edges']}, "
             f"components {summary['components']}, communities {summary['community_count']}",
             "", "Top connectors"]
    lines += [f"  {r['label']:<40} {r['type'] or '':<16}{r['degree']:>6}" for r in summary["top_connectors"]]
    lines += ["", "Brokers"]
    lines += [f"  {r['label']:<40} {r['type'] or '':<16}{r['betweenness']:>8.4f}" for r in summary["brokers"]]
    lines += ["", "Communities"]
    for c in summary["communities"]:
        names = ", ".join(m["label"] for m in c["members"])
        lines.append(f"  #{c['id'] + 1} ({c['size']} entities): {names}")
    return "\n".join(lines)
