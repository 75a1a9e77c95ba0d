"""The extraction result as plain data: no RDF, no spaCy, serialisable on its own.

This is the JSON contract of ``tradegraph extract FILE --format json`` (design §4)::

    {"record": {...}, "entities": [...], "relations": [...], "facts": [...]}

>>> e = Entity(id=entity_id("Firm", "Hisense"), name="Hisense", type="Firm")
>>> e.id
'firm/hisense'
>>> Extraction(record=RecordRef(id="r1", title="T"), entities=[e]).to_dict()["entities"][0]["name"]
'Hisense'
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

ENTITY_TYPES = (
    "Country",
    "Region",
    "City",
    "Firm",
    "University",
    "GovernmentBody",
    "Organisation",
    "MediaOutlet",
    "Person",
    "Event",
    "Initiative",
    "Sector",
)
PLACE_TYPES = frozenset({"Country", "Region", "City"})
ORGANISATION_TYPES = frozenset({"Firm", "University", "GovernmentBody", "Organisation", "MediaOutlet"})

PREDICATES = (
    "locatedIn",
    "headquarteredIn",
    "hasOfficeIn",
    "subsidiaryOf",
    "acquired",
    "affiliatedWith",
    "visited",
    "metWith",
    "participatedIn",
    "heldIn",
    "organisedBy",
    "partnerOf",
    "investsIn",
    "participatesIn",
    "activeIn",
    "collaborationOpportunity",
)
SYMMETRIC_PREDICATES = frozenset({"metWith", "partnerOf", "collaborationOpportunity"})

FACT_PROPERTIES = (
    "employees",
    "revenue",
    "growthRate",
    "gdp",
    "population",
    "foundingYear",
    "audienceSize",
    "mediaCoverage",
    "ranking",
    "investment",
    "jobs",
    "exports",
    "startDate",
)


def name_key(name: str) -> str:
    """A name folded for matching: accents dropped, case folded, spaces collapsed.

    Stored as ``tg:nameKey`` beside every label, so a lookup by any spelling of a name is
    one indexed match rather than a comparison against every label in the store.

    >>> name_key("  Nestlé   S.A. ")
    'nestle s.a.'
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() or name
    return " ".join(folded.casefold().split())


def slugify(name: str) -> str:
    """Normalise a name for identifiers: ASCII-folded, lower case, words joined by '-'.

    >>> slugify("Zhang Ruimin")
    'zhang-ruimin'
    >>> slugify("Düsseldorf")
    'dusseldorf'
    >>> slugify("Haier's")
    'haier-s'
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if slug:
        return slug
    # A name with no ASCII letters at all (e.g. 青岛) still needs a stable, readable-enough id.
    return "u" + "-".join(f"{ord(c):x}" for c in name.strip())[:120]


def entity_id(entity_type: str, name: str, qualifier: str | None = None) -> str:
    """Deterministic id: type + normalised name (+ a qualifier, e.g. a country code for places).

    >>> entity_id("City", "Leeds", "gb")
    'city/leeds--gb'
    """
    base = f"{entity_type.lower()}/{slugify(name)}"
    return f"{base}--{slugify(qualifier)}" if qualifier else base


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Evidence:
    """The sentence that supports a relation or fact, with offsets into the record text."""

    text: str
    start: int
    end: int


@dataclass
class RecordRef:
    id: str
    title: str | None = None
    date: str | None = None
    source: str | None = None


@dataclass
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    identifiers: dict[str, str] = field(default_factory=dict)


@dataclass
class Relation:
    subject: str
    predicate: str
    object: str
    evidence: Evidence
    confidence: float = 0.5
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fact:
    subject: str
    property: str
    value: Any
    evidence: Evidence
    unit: str | None = None
    qualifier: str | None = None
    date: str | None = None


@dataclass
class Extraction:
    record: RecordRef
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def entity(self, entity_id: str) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def to_dict(self) -> dict[str, Any]:
        """The design's JSON shape, keys in the contract's order."""
        return {
            "record": asdict(self.record),
            "entities": [
                {
                    "id": e.id,
                    "name": e.name,
                    "type": e.type,
                    "aliases": list(e.aliases),
                    "mentions": [asdict(m) for m in e.mentions],
                    "identifiers": dict(e.identifiers),
                }
                for e in self.entities
            ],
            "relations": [
                {
                    "subject": r.subject,
                    "predicate": r.predicate,
                    "object": r.object,
                    "evidence": asdict(r.evidence),
                    "confidence": r.confidence,
                    "attributes": dict(r.attributes),
                }
                for r in self.relations
            ],
            "facts": [
                {
                    "subject": f.subject,
                    "property": f.property,
                    "value": f.value,
                    "unit": f.unit,
                    "qualifier": f.qualifier,
                    "date": f.date,
                    "evidence": asdict(f.evidence),
                }
                for f in self.facts
            ],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        return cls(
            record=RecordRef(**data["record"]),
            entities=[
                Entity(
                    id=e["id"],
                    name=e["name"],
                    type=e["type"],
                    aliases=list(e.get("aliases", [])),
                    mentions=[Span(**m) for m in e.get("mentions", [])],
                    identifiers=dict(e.get("identifiers", {})),
                )
                for e in data.get("entities", [])
            ],
            relations=[
                Relation(
                    subject=r["subject"],
                    predicate=r["predicate"],
                    object=r["object"],
                    evidence=Evidence(**r["evidence"]),
                    confidence=r.get("confidence", 0.5),
                    attributes=dict(r.get("attributes", {})),
                )
                for r in data.get("relations", [])
            ],
            facts=[
                Fact(
                    subject=f["subject"],
                    property=f["property"],
                    value=f["value"],
                    unit=f.get("unit"),
                    qualifier=f.get("qualifier"),
                    date=f.get("date"),
                    evidence=Evidence(**f["evidence"]),
                )
                for f in data.get("facts", [])
            ],
        )
