"""Check gold annotation files against the data model, without running the extractor.

    python scripts/check_gold.py graph/dev/gold/*.gold.json --records graph/dev/records

Errors (exit 1): unknown types, predicates or properties; a relation or fact whose subject or
object is not an entity name in the file; duplicate entity names; an alias shared by two
entities; a missing record file; attributes on the wrong predicate; malformed values.
Warnings: an entity name or alias that does not occur in the record's text (expected only for
missions named by the "<party> mission to <destination>" convention), a mission Event with no
participant or no place, a Person with no affiliation, and predicate/type pairs that look odd.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

TYPES = {"Country", "Region", "City", "Firm", "University", "GovernmentBody", "Organisation",
         "MediaOutlet", "Person", "Event", "Initiative", "Sector"}
PREDICATES = {"locatedIn", "headquarteredIn", "hasOfficeIn", "subsidiaryOf", "acquired",
              "affiliatedWith", "visited", "metWith", "participatedIn", "heldIn", "organisedBy",
              "partnerOf", "investsIn", "participatesIn", "activeIn", "collaborationOpportunity"}
SYMMETRIC = {"metWith", "partnerOf", "collaborationOpportunity"}
PROPERTIES = {"employees", "revenue", "growthRate", "gdp", "population", "foundingYear",
              "audienceSize", "mediaCoverage", "ranking", "investment", "jobs", "exports",
              "startDate"}
QUALIFIERS = {None, "over", "well over", "around", "up to", "more than", "nearly", "almost",
              "about", "approximately", "at least", "some", "just under", "less than"}
PLACES = {"Country", "Region", "City"}
BODIES = {"Firm", "University", "GovernmentBody", "Organisation", "MediaOutlet"}
PARTIES = PLACES | BODIES | {"Person"}
# (subject types, object types) a predicate is expected to join; None means anything.
SHAPES = {
    "locatedIn": (None, PLACES),
    "headquarteredIn": (BODIES | {"Initiative"}, PLACES),
    "hasOfficeIn": (BODIES, PLACES),
    "subsidiaryOf": (BODIES, BODIES),
    "acquired": (BODIES, BODIES),
    "affiliatedWith": ({"Person"}, PLACES | BODIES),
    "visited": (PARTIES, PLACES | BODIES | {"Event", "Initiative"}),
    "participatedIn": (PARTIES, {"Event"}),
    "heldIn": ({"Event"}, PLACES),
    "organisedBy": ({"Event"}, BODIES | PLACES),
    "investsIn": (BODIES | PLACES, PLACES | BODIES | {"Initiative"}),
    "participatesIn": (PARTIES, {"Initiative"}),
    "activeIn": (BODIES | {"Initiative"}, {"Sector"}),
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def record_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() in {".html", ".htm"}:
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return re.sub(r"\s+", " ", text)


def check(gold_path: Path, records: Path) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"unreadable: {exc}"], []
    for key in ("record", "entities", "relations", "facts"):
        if key not in gold:
            errors.append(f"missing key {key!r}")
    if errors:
        return errors, warnings
    stem = gold_path.name.removesuffix(".gold.json")
    if Path(gold["record"]).stem != stem:
        errors.append(f"record {gold['record']!r} does not match file name {gold_path.name!r}")
    record = records / gold["record"]
    text = record_text(record) if record.exists() else ""
    if not record.exists():
        errors.append(f"record file {record} not found")

    types: dict[str, str] = {}
    surface: dict[str, str] = {}
    for ent in gold["entities"]:
        name, etype = ent.get("name"), ent.get("type")
        if etype not in TYPES:
            errors.append(f"entity {name!r}: unknown type {etype!r}")
        if name in types:
            errors.append(f"duplicate entity name {name!r}")
        types[name] = etype
        for form in [name, *ent.get("aliases", [])]:
            if form in surface and surface[form] != name:
                errors.append(f"surface form {form!r} given to {surface[form]!r} and {name!r}")
            surface[form] = name
            if text and form not in text and not (etype == "Event" and " mission to " in name):
                warnings.append(f"{etype} {form!r} does not occur in the record text")
        if name in ent.get("aliases", []):
            errors.append(f"entity {name!r} lists its own name as an alias")

    seen: set[tuple] = set()
    for rel in gold["relations"]:
        s, p, o = rel.get("subject"), rel.get("predicate"), rel.get("object")
        where = f"relation {s!r} {p} {o!r}"
        if p not in PREDICATES:
            errors.append(f"{where}: unknown predicate")
        for end in (s, o):
            if end not in types:
                errors.append(f"{where}: {end!r} is not an entity in this file")
        if s == o:
            errors.append(f"{where}: subject and object are the same")
        if "role" in rel and p != "affiliatedWith":
            errors.append(f"{where}: role on a predicate other than affiliatedWith")
        if "topic" in rel and p != "collaborationOpportunity":
            errors.append(f"{where}: topic on a predicate other than collaborationOpportunity")
        extra = set(rel) - {"subject", "predicate", "object", "role", "topic"}
        if extra:
            errors.append(f"{where}: unexpected keys {sorted(extra)}")
        ends = frozenset((s, o)) if p in SYMMETRIC else (s, o)
        key = (ends, p, rel.get("role"), rel.get("topic"))  # one pair may carry several topics
        if key in seen:
            errors.append(f"{where}: duplicate")
        seen.add(key)
        shape = SHAPES.get(p)
        if shape and s in types and o in types:
            subj_ok = shape[0] is None or types[s] in shape[0]
            obj_ok = shape[1] is None or types[o] in shape[1]
            if not (subj_ok and obj_ok):
                warnings.append(f"{where}: unusual types {types[s]} -> {types[o]}")

    for fact in gold["facts"]:
        s, prop, value = fact.get("subject"), fact.get("property"), fact.get("value")
        where = f"fact {s!r} {prop}={value!r}"
        if prop not in PROPERTIES:
            errors.append(f"{where}: unknown property")
        if s not in types:
            errors.append(f"{where}: {s!r} is not an entity in this file")
        for key in ("unit", "qualifier", "date"):
            if key not in fact:
                errors.append(f"{where}: missing {key!r}")
        if prop == "startDate":
            if not (isinstance(value, str) and DATE.match(value)):
                errors.append(f"{where}: startDate must be a YYYY[-MM[-DD]] string")
            if types.get(s) != "Event":
                warnings.append(f"{where}: startDate on a non-Event")
        elif not isinstance(value, (int, float)) or isinstance(value, bool):
            errors.append(f"{where}: value must be a number")
        unit = fact.get("unit")
        if unit is not None and unit != "percent" and not re.fullmatch(r"[A-Z]{3}", str(unit)):
            errors.append(f"{where}: unit must be an ISO 4217 code, 'percent' or null")
        if fact.get("qualifier") not in QUALIFIERS:
            warnings.append(f"{where}: unusual qualifier {fact.get('qualifier')!r}")
        date = fact.get("date")
        if date is not None and not (isinstance(date, str) and DATE.match(date)):
            errors.append(f"{where}: date must be a YYYY[-MM[-DD]] string or null")

    relations = gold["relations"]
    for name, etype in types.items():
        if etype == "Event" and " mission to " in name:
            if not any(r["predicate"] == "participatedIn" and r["object"] == name for r in relations):
                warnings.append(f"mission {name!r} has no participant")
            if not any(r["predicate"] == "heldIn" and r["subject"] == name for r in relations):
                warnings.append(f"mission {name!r} has no heldIn place")
        if etype == "Person" and not any(
                r["predicate"] == "affiliatedWith" and r["subject"] == name for r in relations):
            warnings.append(f"person {name!r} has no affiliatedWith")
    return errors, warnings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--records", type=Path, required=True)
    parser.add_argument("--quiet", action="store_true", help="errors only")
    args = parser.parse_args(argv)
    failed = False
    for path in args.gold:
        errors, warnings = check(path, args.records)
        failed |= bool(errors)
        for msg in errors:
            print(f"{path.name}: ERROR {msg}")
        if not args.quiet:
            for msg in warnings:
                print(f"{path.name}: warning {msg}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
