"""The gold annotations are well-formed (graph/gold/README.md): no extraction is run here.

Every record has a gold file; every name in a relation or fact is an entity of the same file;
types, predicates, properties, units and qualifiers are the data model's; each predicate joins
the kinds of thing the data model says it joins; every file has its mission frame.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from tradegraph.model import (
    ENTITY_TYPES,
    FACT_PROPERTIES,
    ORGANISATION_TYPES,
    PLACE_TYPES,
    PREDICATES,
    SYMMETRIC_PREDICATES,
)

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "graph" / "gold"
RECORDS = REPO / "graph" / "records"
GOLD_FILES = sorted(GOLD.glob("*.gold.json"))
RECORD_SUFFIXES = {".md", ".txt", ".html"}

ORG = ORGANISATION_TYPES
PLACE = PLACE_TYPES
ANY = frozenset(ENTITY_TYPES)
# predicate -> (allowed subject types, allowed object types), data model (design §3)
SIGNATURES = {
    "locatedIn": (ANY - {"Person", "Sector", "Event"}, PLACE),
    "headquarteredIn": (ORG, PLACE),
    "hasOfficeIn": (ORG, PLACE),
    "subsidiaryOf": (ORG, ORG),
    "acquired": (ORG, ORG),
    "affiliatedWith": ({"Person"}, ORG | PLACE),
    "visited": (ORG | PLACE | {"Person"}, ORG | PLACE | {"Event"}),
    "metWith": (ORG | PLACE | {"Person"}, ORG | PLACE | {"Person"}),
    "participatedIn": (ORG | PLACE | {"Person"}, {"Event"}),
    "heldIn": ({"Event"}, PLACE),
    "organisedBy": ({"Event"}, ORG),
    "partnerOf": (ORG | PLACE, ORG | PLACE),
    "investsIn": (ORG | PLACE, ORG | PLACE),
    "participatesIn": (ORG | PLACE | {"Person"}, {"Initiative"}),
    "activeIn": (ORG, {"Sector"}),
    "collaborationOpportunity": (ANY - {"Sector", "Event"}, ANY - {"Sector", "Event"}),
}
QUALIFIERS = {None, "over", "well over", "around", "up to", "more than", "nearly"}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
HONORIFIC = re.compile(r"^(Sir|Dame|Dr|Prof\.?|Professor|Cllr|Councillor|Mr|Mrs|Ms)\s")


def norm(name: str) -> str:
    """The name as ``tradegraph eval`` compares it: diacritics go, other scripts stay (경기도)."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(folded.casefold().split())


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_signatures_cover_the_data_model():
    assert set(SIGNATURES) == set(PREDICATES)


def test_every_record_has_one_gold_file():
    records = {p.stem for p in RECORDS.iterdir() if p.suffix in RECORD_SUFFIXES}
    golds = {p.name.removesuffix(".gold.json") for p in GOLD_FILES}
    assert records == golds


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_gold_file_is_well_formed(path):
    data = load(path)
    stem = path.name.removesuffix(".gold.json")
    assert (RECORDS / data["record"]).is_file() and Path(data["record"]).stem == stem
    assert set(data) == {"record", "entities", "relations", "facts"}
    problems: list[str] = []

    types: dict[str, str] = {}
    surface: dict[str, str] = {}
    for e in data["entities"]:
        assert set(e) == {"name", "type", "aliases"}, e
        name, etype = e["name"], e["type"]
        if etype not in ENTITY_TYPES:
            problems.append(f"type {etype!r} of {name}")
        if name in types:
            problems.append(f"entity named twice: {name}")
        types[name] = etype
        if name != name.strip() or not name:
            problems.append(f"untrimmed name {name!r}")
        if etype == "Person" and HONORIFIC.match(name):
            problems.append(f"honorific in name {name!r}")
        if etype == "Sector" and any(w != w.lower() and w != w.upper() for w in name.split()):
            problems.append(f"sector not in lower case: {name!r}")
        for n in [name, *e["aliases"]]:
            key = norm(n)
            if key in surface and surface[key] != name:
                problems.append(f"{n!r} names both {surface[key]} and {name}")
            surface.setdefault(key, name)
        if etype == "Person":
            problems += [f"honorific alias {a!r}" for a in e["aliases"] if HONORIFIC.match(a)]
        if len(set(e["aliases"])) != len(e["aliases"]) or name in e["aliases"]:
            problems.append(f"repeated alias for {name}")

    seen = set()
    for r in data["relations"]:
        s, p, o = r["subject"], r["predicate"], r["object"]
        extra = set(r) - {"subject", "predicate", "object"}
        if p not in SIGNATURES:
            problems.append(f"predicate {p!r}")
            continue
        if s not in types or o not in types:
            problems.append(f"not a canonical entity name: {s} {p} {o}")
            continue
        if s == o:
            problems.append(f"self relation {s} {p}")
        subj_ok, obj_ok = SIGNATURES[p]
        if types[s] not in subj_ok or types[o] not in obj_ok:
            problems.append(f"{types[s]} {s} {p} {types[o]} {o}")
        allowed = {"affiliatedWith": {"role"}, "collaborationOpportunity": {"topic"}}.get(p, set())
        if extra - allowed:
            problems.append(f"attributes {sorted(extra - allowed)} on {s} {p} {o}")
        key = (p, *sorted((s, o))) if p in SYMMETRIC_PREDICATES else (p, s, o)
        if p == "collaborationOpportunity":
            key = (*key, r.get("topic"))
        if key in seen:
            problems.append(f"repeated relation {s} {p} {o}")
        seen.add(key)

    for f in data["facts"]:
        assert set(f) == {"subject", "property", "value", "unit", "qualifier", "date"}, f
        s, prop, value = f["subject"], f["property"], f["value"]
        if s not in types:
            problems.append(f"fact about unknown {s}")
        if prop not in FACT_PROPERTIES:
            problems.append(f"property {prop!r}")
        if prop == "startDate":
            if types.get(s) != "Event" or not (isinstance(value, str) and ISO_DATE.match(value)):
                problems.append(f"startDate {value!r} of {s}")
        elif isinstance(value, bool) or not isinstance(value, (int, float)):
            problems.append(f"{prop} of {s} is not a number: {value!r}")
        unit = f["unit"]
        if not (unit is None or unit == "percent" or re.fullmatch(r"[A-Z]{3}", unit)):
            problems.append(f"unit {unit!r}")
        if f["qualifier"] not in QUALIFIERS:
            problems.append(f"qualifier {f['qualifier']!r}")
        if f["date"] is not None and not ISO_DATE.match(f["date"]):
            problems.append(f"date {f['date']!r}")

    # mission frame: an Event with a party and a place
    events = {n for n, t in types.items() if t == "Event"}
    held = {r["subject"] for r in data["relations"] if r["predicate"] == "heldIn"}
    joined = {r["object"] for r in data["relations"] if r["predicate"] == "participatedIn"}
    if not events & held & joined:
        problems.append("no mission Event with both heldIn and participatedIn")
    assert not problems, "\n".join(problems)
