"""Node positions computed in Python, for graphs too big for the browser's physics.

Above ``LAYOUT_THRESHOLD`` nodes the page is drawn with physics off at positions from
:func:`grid_force_layout`: Fruchterman–Reingold with the original paper's grid variant
(repulsion only between nodes closer than ``2k``, found with a k-d tree), so an iteration
costs O(n log n + m) instead of networkx's O(n²). It is seeded, hence reproducible.
"""

from __future__ import annotations

import math
from typing import Hashable

import networkx as nx

LAYOUT_THRESHOLD = 300
"""Graphs with more nodes than this get Python positions and no browser physics."""

SPACING = 90.0
"""Pixels per unit of ideal edge length ``k`` in the returned coordinates."""


def needs_python_layout(G: nx.Graph, threshold: int = LAYOUT_THRESHOLD) -> bool:
    """True when the browser should not run physics on ``G``.

    >>> needs_python_layout(nx.path_graph(3))
    False
    >>> needs_python_layout(nx.path_graph(301))
    True
    """
    return G.number_of_nodes() > threshold


def grid_force_layout(G: nx.Graph, *, seed: int = 7, iterations: int = 40,
                      scale: float = SPACING) -> dict[Hashable, tuple[float, float]]:
    """Seeded force-directed positions in pixel units, centred on the origin.

    >>> pos = grid_force_layout(nx.path_graph(4))
    >>> sorted(pos) == [0, 1, 2, 3] and pos == grid_force_layout(nx.path_graph(4))
    True
    """
    import numpy as np

    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {(min(index[u], index[v]), max(index[u], index[v]))
             for u, v in G.edges() if u != v}
    src = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
    dst = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))

    rng = np.random.default_rng(seed)
    side = math.sqrt(n)  # area n, so the ideal distance k is 1
    pos = rng.random((n, 2)) * side
    k = 1.0
    temperature = side / 8
    cooling = (0.02 / temperature) ** (1 / max(iterations - 1, 1)) if temperature > 0.02 else 1.0
    repulse = _repulsion(np)
    gravity = 4.0 / side
    for _ in range(iterations):
        disp = repulse(pos, k)
        if len(src):
            delta = pos[src] - pos[dst]
            dist = np.maximum(np.hypot(delta[:, 0], delta[:, 1]), 0.01)
            pull = delta * (dist / k)[:, None]  # |f| = d²/k along delta/d
            for axis in (0, 1):
                disp[:, axis] -= np.bincount(src, pull[:, axis], minlength=n)
                disp[:, axis] += np.bincount(dst, pull[:, axis], minlength=n)
        disp -= (pos - pos.mean(axis=0)) * gravity  # keeps loose parts from drifting off
        length = np.maximum(np.hypot(disp[:, 0], disp[:, 1]), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature *= cooling
    lo, hi = np.percentile(pos, [1, 99], axis=0)
    pos = np.clip(pos, lo - (hi - lo) * 0.05, hi + (hi - lo) * 0.05)  # strays to the rim
    pos -= pos.mean(axis=0)
    pos *= scale
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, pos)}


def _repulsion(np):
    """Repulsive displacement k²/d: exact from each node's nearest neighbours, and from
    the centroids of a coarse grid for everything else (a one-level Barnes–Hut)."""
    try:
        from scipy.spatial import cKDTree
    except ImportError:  # pragma: no cover - scipy is optional; the grid alone still spreads
        cKDTree = None

    def repulse(pos, k, neighbours=10, cells=16):
        n = len(pos)
        disp = np.zeros_like(pos)
        if cKDTree is not None:
            near = min(neighbours, n - 1)
            _, idx = cKDTree(pos).query(pos, k=near + 1)
            delta = pos[:, None, :] - pos[idx[:, 1:]]
            d2 = np.maximum((delta ** 2).sum(axis=2), 1e-4)
            disp += (delta * (k * k / d2)[:, :, None]).sum(axis=1)
        lo, hi = pos.min(axis=0), pos.max(axis=0)
        cell = np.minimum(((pos - lo) / np.maximum(hi - lo, 1e-9) * cells).astype(np.int64),
                          cells - 1)
        flat = cell[:, 0] * cells + cell[:, 1]
        mass = np.bincount(flat, minlength=cells * cells)
        full = mass > 0
        centre = np.stack([np.bincount(flat, pos[:, a], minlength=cells * cells)[full]
                           for a in (0, 1)], axis=1) / mass[full][:, None]
        weight = mass[full].astype(float)
        for start in range(0, n, 2048):
            delta = pos[start:start + 2048, None, :] - centre[None, :, :]
            d2 = np.maximum((delta ** 2).sum(axis=2), 4 * k * k)  # near field done above
            disp[start:start + 2048] += (delta * (weight * k * k / d2)[:, :, None]).sum(axis=1)
        return disp

    return repulse
