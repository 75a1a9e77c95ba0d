"""Human corrections, kept in ``curation.yaml`` in a corpus folder and re-applied on every build.

Format (all sections optional; ``record:`` on any entry limits it to one record id)::

    merge:            # the first name is kept as canonical, the others become aliases
      - {type: Firm, names: [Haier, Haier Group]}
    aliases:
      - {type: Firm, name: Hisense, add: [Hisense Group]}
    types:            # fix an entity's type
      - {name: Candy, type: Firm}
    drop_entities:
      - {type: Firm, name: Forbes}
    drop_relations:
      - {subject: Hisense, predicate: activeIn, object: televisions}
    add_relations:
      - {subject: Haier, predicate: acquired, object: Candy, record: leeds-city-region-qingdao-2020}

Names are matched against an entity's name and aliases, ignoring case and accents.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import BadInputError
from ..model import ENTITY_TYPES, PREDICATES, Entity, Evidence, Extraction, Relation, entity_id
from .gazetteer import fold

FILENAME = "curation.yaml"
_SECTIONS = {"merge", "aliases", "types", "drop_entities", "drop_relations", "add_relations"}


@dataclass
class Curation:
    merge: list[dict[str, Any]] = field(default_factory=list)
    aliases: list[dict[str, Any]] = field(default_factory=list)
    types: list[dict[str, Any]] = field(default_factory=list)
    drop_entities: list[dict[str, Any]] = field(default_factory=list)
    drop_relations: list[dict[str, Any]] = field(default_factory=list)
    add_relations: list[dict[str, Any]] = field(default_factory=list)
    source: str = FILENAME

    @classmethod
    def from_data(cls, data: Any, source: str = FILENAME) -> "Curation":
        if data is None:
            return cls(source=source)
        if not isinstance(data, dict):
            raise BadInputError(f"{source}: curation must be a mapping of sections "
                                f"({', '.join(sorted(_SECTIONS))})")
        unknown = set(data) - _SECTIONS
        if unknown:
            raise BadInputError(f"{source}: unknown curation section {sorted(unknown)[0]!r}; "
                                f"expected one of {', '.join(sorted(_SECTIONS))}")
        cur = cls(source=source)
        for section in _SECTIONS:
            entries = data.get(section) or []
            if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
                raise BadInputError(f"{source}: '{section}' must be a list of mappings")
            for n, e in enumerate(entries, 1):
                _check(section, e, f"{source}: {section} entry {n}")
            setattr(cur, section, entries)
        return cur


def _check(section: str, e: dict[str, Any], where: str) -> None:
    def need(key: str, kind: type = str) -> None:
        if not isinstance(e.get(key), kind) or not e.get(key):
            raise BadInputError(f"{where} needs '{key}' ({'a list' if kind is list else 'text'})")

    if "type" in e and e["type"] not in ENTITY_TYPES:
        raise BadInputError(f"{where}: unknown type {e['type']!r}")
    if section == "merge":
        need("names", list)
        if len(e["names"]) < 2:
            raise BadInputError(f"{where}: 'names' needs at least two names")
    elif section == "aliases":
        need("name")
        need("add", list)
    elif section == "types":
        need("name")
        need("type")
    elif section == "drop_entities":
        need("name")
    else:
        need("subject")
        need("predicate")
        need("object")
        if e["predicate"] not in PREDICATES:
            raise BadInputError(f"{where}: unknown predicate {e['predicate']!r}")


def load_curation(folder: str | Path) -> Curation | None:
    """The folder's ``curation.yaml``, or None when there is none."""
    path = Path(folder) / FILENAME
    if not path.is_file():
        return None
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise BadInputError(f"{path}: malformed YAML{where}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInputError(f"{path}: cannot read ({exc})") from None
    return Curation.from_data(data, str(path))


def _applies(entry: dict[str, Any], record_id: str) -> bool:
    rec = entry.get("record")
    return rec is None or str(rec) == record_id


def _find(ex: Extraction, name: str, etype: str | None = None) -> Entity | None:
    key = fold(name)
    for e in ex.entities:
        if (etype is None or e.type == etype) and key in {fold(n) for n in [e.name, *e.aliases]}:
            return e
    return None


def apply_curation(extraction: Extraction, curation: Curation | None) -> Extraction:
    """A corrected copy of ``extraction``; the input is left untouched."""
    if curation is None:
        return extraction
    ex = copy.deepcopy(extraction)
    rid = ex.record.id
    remap: dict[str, str] = {}

    def rename(old: str, new: str) -> None:
        remap[old] = new
        for r in ex.relations:
            r.subject = new if r.subject == old else r.subject
            r.object = new if r.object == old else r.object
        for f in ex.facts:
            f.subject = new if f.subject == old else f.subject

    for e in curation.types:
        if not _applies(e, rid):
            continue
        ent = _find(ex, e["name"], e.get("from"))
        if ent is not None and ent.type != e["type"]:
            qualifier = ent.id.split("--", 1)[1] if "--" in ent.id else None
            old = ent.id
            ent.type = e["type"]
            ent.id = entity_id(ent.type, ent.name, qualifier if ent.type in ("City", "Region") else None)
            rename(old, ent.id)
    for e in curation.merge:
        if not _applies(e, rid):
            continue
        found = [x for x in (_find(ex, n, e.get("type")) for n in e["names"]) if x is not None]
        if not found:
            continue
        keep = found[0]
        canonical = e["names"][0]
        if fold(keep.name) != fold(canonical):
            keep.aliases = [a for a in keep.aliases if fold(a) != fold(canonical)] + [keep.name]
            keep.name = canonical
        for other in found[1:]:
            if other is keep or other.type != keep.type:
                continue
            for a in [other.name, *other.aliases]:
                if fold(a) != fold(keep.name) and a not in keep.aliases:
                    keep.aliases.append(a)
            keep.mentions.extend(other.mentions)
            ex.entities.remove(other)
            rename(other.id, keep.id)
        for n in e["names"][1:]:
            if fold(n) != fold(keep.name) and n not in keep.aliases:
                keep.aliases.append(n)
    for e in curation.aliases:
        if not _applies(e, rid):
            continue
        ent = _find(ex, e["name"], e.get("type"))
        if ent is not None:
            for a in e["add"]:
                if a not in ent.aliases and a != ent.name:
                    ent.aliases.append(str(a))
    for e in curation.drop_entities:
        if not _applies(e, rid):
            continue
        ent = _find(ex, e["name"], e.get("type"))
        if ent is not None:
            ex.entities.remove(ent)
            ex.relations = [r for r in ex.relations if ent.id not in (r.subject, r.object)]
            ex.facts = [f for f in ex.facts if f.subject != ent.id]
    for e in curation.drop_relations:
        if not _applies(e, rid):
            continue
        s, o = _find(ex, e["subject"]), _find(ex, e["object"])
        if s is None or o is None:
            continue
        ex.relations = [r for r in ex.relations if not (
            r.predicate == e["predicate"] and {r.subject, r.object} == {s.id, o.id}
            and (r.subject == s.id or r.predicate in ("metWith", "partnerOf", "collaborationOpportunity")))]
    for e in curation.add_relations:
        if not _applies(e, rid):
            continue
        s, o = _find(ex, e["subject"]), _find(ex, e["object"])
        if s is None or o is None:
            continue
        attrs = {"method": "curation"}
        for key in ("role", "topic"):
            if e.get(key):
                attrs[key] = e[key]
        if not any(r.subject == s.id and r.predicate == e["predicate"] and r.object == o.id
                   for r in ex.relations):
            ex.relations.append(Relation(s.id, e["predicate"], o.id, Evidence("", 0, 0), 1.0, attrs))
    return ex
