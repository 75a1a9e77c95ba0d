"""Look an entity up by name, and everything the graph knows about a firm.

This is the fast path (``tradegraph firm``): it imports neither rdflib, spaCy, networkx nor
pyvis, and asks the store a handful of indexed queries with the entity bound as a term.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from .errors import NotFoundError, TradegraphError
from .model import name_key
from .store.base import Store
from .store.terms import Term

TG = "https://w3id.org/tradegraph/ns#"
PREFIXES = f"""PREFIX tg: <{TG}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""

# How each predicate reads from the subject's side, and from the object's side.
PREDICATE_LABELS: dict[str, tuple[str, str]] = {
    "locatedIn": ("located in", "location of"),
    "headquarteredIn": ("headquartered in", "headquarters of"),
    "hasOfficeIn": ("has office in", "office of"),
    "subsidiaryOf": ("subsidiary of", "parent of"),
    "acquired": ("acquired", "acquired by"),
    "affiliatedWith": ("affiliated with", "people"),
    "visited": ("visited", "visited by"),
    "metWith": ("met with", "met with"),
    "participatedIn": ("participated in", "participants"),
    "heldIn": ("held in", "events held here"),
    "organisedBy": ("organised by", "organiser of"),
    "partnerOf": ("partner of", "partner of"),
    "investsIn": ("invests in", "investment from"),
    "participatesIn": ("participates in", "participants"),
    "activeIn": ("active in", "active firms"),
    "collaborationOpportunity": ("collaboration opportunity with", "collaboration opportunity with"),
}


@dataclass
class EntityRef:
    iri: str
    label: str
    type: str


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _text(term: Term | None) -> str | None:
    return None if term is None else term.value


def find_entity(store: Store, name: str, types: tuple[str, ...] | None = None) -> EntityRef:
    """The entity called ``name`` (label or alias, case- and accent-insensitive), of one of
    ``types``; where several share the folded name, the one spelled exactly so wins.

    The name is matched through ``tg:nameKey`` (one index lookup, written as a constant inside
    the GRAPH block, where Oxigraph uses it); a miss reads every label to name the closest.
    """
    wanted = set(types) if types else None
    found = store.query(PREFIXES + """
        SELECT DISTINCT ?e ?label ?type ?surface WHERE { GRAPH ?g {
          ?e tg:nameKey $key ; skos:prefLabel ?label ; a ?type .
          FILTER(STRSTARTS(STR(?type), STR(tg:)))
          OPTIONAL { { ?e skos:prefLabel ?surface } UNION { ?e skos:altLabel ?surface }
                     FILTER(STR(?surface) = $name) }
        } }""", {"key": Term.literal(name_key(name)), "name": Term.literal(name)})
    hits = _matches(found.rows, wanted)
    if not hits:
        everything = store.query(PREFIXES + """
            SELECT DISTINCT ?e ?label ?type ?alias WHERE { GRAPH ?g {
              ?e skos:prefLabel ?label ; a ?type .
              FILTER(STRSTARTS(STR(?type), STR(tg:)))
              OPTIONAL { ?e skos:altLabel ?alias }
            } }""")
        folded = name_key(name)
        # Stores built before tg:nameKey existed are matched here, more slowly.
        hits = [h for h in _matches([r[:3] for r in everything.rows], wanted)
                if name_key(h.label) == folded] or [
            EntityRef(r[0].value, r[1].value, _local(r[2].value))
            for r in everything.rows
            if r[3] is not None and name_key(r[3].value) == folded
            and (wanted is None or _local(r[2].value) in wanted)]
        if not hits:
            _raise_not_found(name, everything.rows, wanted)
    unique = {h.iri: h for h in hits}
    if len(unique) > 1:
        spelled = {row[0].value for row in found.rows if row[3] is not None} & set(unique)
        if len(spelled) == 1:
            return unique[spelled.pop()]
        options = sorted(f"{h.label} ({h.type})" for h in unique.values())
        raise NotFoundError(f"{name!r} is ambiguous", options[:8])
    return next(iter(unique.values()))


def _matches(rows, wanted: set[str] | None) -> list[EntityRef]:
    out = []
    for row in rows:
        e, label, typ = row[:3]
        t = _local(typ.value)
        if wanted is None or t in wanted:
            out.append(EntityRef(e.value, label.value, t))
    return out


def _raise_not_found(name: str, rows, wanted: set[str] | None) -> None:
    if not rows:
        raise TradegraphError("the store is empty; add records with: tradegraph ingest RECORDS")
    labels: dict[str, str] = {}
    other_types: dict[str, str] = {}
    for e, label, typ, alias in rows:
        t = _local(typ.value)
        for surface in filter(None, (label, alias)):
            if wanted is None or t in wanted:
                labels[name_key(surface.value)] = label.value
            else:
                other_types[name_key(surface.value)] = f"{label.value} is a {t}"
    key = name_key(name)
    if key in other_types:
        kinds = "/".join(sorted(wanted or []))
        raise NotFoundError(f"no {kinds or 'entity'} called {name!r} ({other_types[key]})")
    close = difflib.get_close_matches(key, list(labels), n=5, cutoff=0.6)
    close += [k for k in labels if key and key in k and k not in close][: 5 - len(close)]
    kinds = "/".join(sorted(wanted)) if wanted else "entity"
    raise NotFoundError(f"no {kinds} called {name!r}", sorted({labels[k] for k in close}))


@dataclass
class Connection:
    relation: str  # reading label, e.g. "headquartered in" or "visited by"
    predicate: str
    direction: str  # "out" (the entity is the subject) or "in"
    other: EntityRef
    evidence: str
    record: str
    title: str | None
    date: str | None
    source: str | None
    role: str | None = None
    topic: str | None = None


@dataclass
class Profile:
    entity: EntityRef
    aliases: list[str] = field(default_factory=list)
    identifiers: dict[str, str] = field(default_factory=dict)
    facts: list[dict] = field(default_factory=list)
    connections: list[Connection] = field(default_factory=list)

    def grouped(self) -> dict[str, list[Connection]]:
        groups: dict[str, list[Connection]] = {}
        for c in self.connections:
            groups.setdefault(c.relation, []).append(c)
        return groups

    def to_dict(self) -> dict:
        return {
            "entity": {"iri": self.entity.iri, "name": self.entity.label, "type": self.entity.type,
                       "aliases": self.aliases, "identifiers": self.identifiers},
            "facts": self.facts,
            "connections": {
                relation: [
                    {"predicate": c.predicate, "direction": c.direction,
                     "entity": {"iri": c.other.iri, "name": c.other.label, "type": c.other.type},
                     "role": c.role, "topic": c.topic,
                     "evidence": c.evidence,
                     "record": {"iri": c.record, "title": c.title, "date": c.date, "source": c.source}}
                    for c in items
                ]
                for relation, items in self.grouped().items()
            },
        }


def profile(store: Store, entity: EntityRef) -> Profile:
    """Aliases, identifiers, facts and every connection of an entity, each with its evidence."""
    # ``$entity`` goes in as a constant (store.base.bind_query): Oxigraph evaluates a GRAPH
    # block before joining outer bindings, so a bound ?entity would not reach it.
    bound = {"entity": Term.iri(entity.iri)}
    prof = Profile(entity=entity)
    for row in store.query(PREFIXES + """
        SELECT DISTINCT ?alias ?same ?iso WHERE { GRAPH ?g {
          { $entity skos:altLabel ?alias } UNION { $entity owl:sameAs ?same } UNION { $entity tg:isoCode ?iso }
        } }""", bound).rows:
        alias, same, iso = row
        if alias is not None and alias.value not in prof.aliases:
            prof.aliases.append(alias.value)
        if same is not None:
            prof.identifiers["geonames"] = same.value
        if iso is not None:
            prof.identifiers["iso3166"] = iso.value
    prof.aliases.sort()

    for row in store.query(PREFIXES + """
        SELECT DISTINCT ?f ?prop ?value ?unit ?qualifier ?fdate ?text ?rec ?title ?date ?source WHERE {
          GRAPH ?rec {
            ?f a tg:Fact ; tg:about $entity ; tg:factProperty ?prop ; rdf:value ?value ;
               tg:evidenceText ?text ; prov:wasDerivedFrom ?rec .
            OPTIONAL { ?f tg:unit ?unit } OPTIONAL { ?f tg:qualifier ?qualifier }
            OPTIONAL { ?f tg:factDate ?fdate }
            OPTIONAL { ?rec dct:title ?title } OPTIONAL { ?rec dct:date ?date }
            OPTIONAL { ?rec dct:source ?source }
          }
        } ORDER BY ?prop ?date""", bound).rows:
        _, prop, value, unit, qualifier, fdate, text, rec, title, date, source = row
        prof.facts.append({
            "property": _local(prop.value), "value": value.python(), "unit": _text(unit),
            "qualifier": _text(qualifier), "date": _text(fdate), "evidence": text.value,
            "record": {"iri": rec.value, "title": _text(title), "date": _text(date),
                       "source": _text(source)},
        })

    rows = []
    for direction, this_side, other_side in (("out", "rdf:subject", "rdf:object"),
                                              ("in", "rdf:object", "rdf:subject")):
        # One plain pattern per direction, all inside the record's own graph: a UNION of the
        # two there is evaluated over every assertion before the join (14 s against 3 ms on
        # 10,000 records), and outside it the union default graph repeats each triple once
        # per record that holds it.
        rows += [(direction, *row) for row in store.query(PREFIXES + """
            SELECT DISTINCT ?pred ?other ?otherLabel ?otherType ?text ?role ?topic
                            ?rec ?title ?date ?source WHERE {
              GRAPH ?rec {
                ?a $THIS $entity ; a tg:Assertion ; $OTHER ?other ; rdf:predicate ?pred ;
                   tg:evidenceText ?text ; prov:wasDerivedFrom ?rec .
                ?other skos:prefLabel ?otherLabel ; a ?otherType .
                FILTER(STRSTARTS(STR(?otherType), STR(tg:)))
                OPTIONAL { ?a tg:role ?role } OPTIONAL { ?a tg:topic ?topic }
                OPTIONAL { ?rec dct:title ?title } OPTIONAL { ?rec dct:date ?date }
                OPTIONAL { ?rec dct:source ?source }
              }
            }""".replace("$THIS", this_side).replace("$OTHER", other_side), bound).rows]
    # Ordered as ORDER BY ?pred ?otherLabel ?date would (an unbound date first).
    rows.sort(key=lambda r: (r[1].value, r[3].value, r[10] is not None, _text(r[10]) or ""))
    for row in rows:
        (direction, pred, other, other_label, other_type, text, role, topic,
         rec, title, date, source) = row
        predicate = _local(pred.value)
        out_label, in_label = PREDICATE_LABELS.get(predicate, (predicate, f"{predicate} (inverse)"))
        prof.connections.append(Connection(
            relation=out_label if direction == "out" else in_label,
            predicate=predicate, direction=direction,
            other=EntityRef(other.value, other_label.value, _local(other_type.value)),
            evidence=text.value, record=rec.value, title=_text(title), date=_text(date),
            source=_text(source), role=_text(role), topic=_text(topic)))
    return prof


def firm(store: Store, name: str) -> Profile:
    """Everything the graph knows about the firm called ``name``."""
    return profile(store, find_entity(store, name, ("Firm",)))
