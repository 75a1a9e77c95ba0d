"""The graph as a network: projection from the store, and analytics over the projection.

One job per module, pure functions over the projected graph (networkx style):

* :mod:`.project` — ``to_networkx(store)`` (the contract other modules build on) and
  ``to_weighted_graph(G)`` (a simple undirected graph for algorithms);
* :mod:`.centrality` — top connectors (degree) and brokers (betweenness);
* :mod:`.communities` — Louvain communities, seeded;
* :mod:`.paths` — shortest explained paths between two entities;
* :mod:`.opportunities` — stated and inferred collaboration opportunities, scored and explained;
* :mod:`.summary` — ``network_summary(G)`` for ``tradegraph stats``.

Nothing here is imported by ``tradegraph`` itself or by the lookup path, and this package's
``__init__`` imports nothing, so networkx loads only when a network command runs.
"""
