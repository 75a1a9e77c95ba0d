"""Extraction: a ``Record`` into plain-data entities, relations and facts (design §3-§4).

The flow, one module per step::

    text.py (sentences) -> mentions.py (candidate spans, type cues; gazetteer.py for places,
    lexicon.py for given names and everyday words) -> entities.py (resolution, ids)
    -> events.py (the mission) and other_missions.py (earlier or parallel ones)
    -> relations.py / topics.py (patterns over marked sentences; anaphora.py for "the
    company", "the delegation") -> mission_frame.py (who took part, went, met; whom titles
    stand for) -> facts.py -> curation.py (human corrections); pipeline.py wires them, cues.py
    and memo.py keep them fast

>>> from tradegraph.records import record_from_text
>>> ex = extract(record_from_text("Hisense, the technology group headquartered in Qingdao, employs over 80,000 people."))
>>> sorted(e.name for e in ex.entities)
['Hisense', 'Qingdao', 'technology']
>>> sorted((r.predicate, r.object) for r in ex.relations)
[('activeIn', 'sector/technology'), ('headquarteredIn', 'city/qingdao--cn')]
>>> [(f.property, f.value, f.qualifier) for f in ex.facts]
[('employees', 80000, 'over')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Extraction
from .curation import Curation, apply_curation, load_curation

if TYPE_CHECKING:
    from ..records import Record

__all__ = ["extract", "Curation", "load_curation", "apply_curation"]


def extract(record: "Record", *, curation: Curation | None = None, ner: str | None = None) -> Extraction:
    """Entities, relations and facts of one record; ``curation`` corrections applied last."""
    from .pipeline import run

    extraction = run(record, ner=ner)
    return apply_curation(extraction, curation) if curation is not None else extraction

