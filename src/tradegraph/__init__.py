"""tradegraph: trade-mission records into a knowledge graph.

The data flow, one module per step::

    records.py  ->  extract/  ->  rdf/  ->  store/  ->  queries.py / lookup.py / network/ / render/

The package imports nothing heavy at import time, so lookups start fast.
"""

__version__ = "0.1.0"
