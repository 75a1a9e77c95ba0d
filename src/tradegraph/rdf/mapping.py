"""An extraction becomes one named graph, whose name is the record's IRI.

What the graph holds (all IRIs deterministic, no blank nodes, so that remote SPARQL
endpoints can take it and re-ingesting gives the same triples):

* the record node: ``tg:Record``, title, date (``dct:date``, and the same as ``dct:issued``,
  which only records carry: the index of newest-first pages), source, file hash;
* each entity: its ``tg:`` type, ``skos:prefLabel`` / ``skos:altLabel`` (each with its
  folded ``tg:nameKey``, for lookups by any spelling), GeoNames
  ``owl:sameAs`` and ISO codes, and ``schema:mentions`` from the record;
* each relation twice: the plain triple ``s tg:p o`` (both directions for symmetric
  predicates) for simple queries, and an ``rdf:Statement``/``tg:Assertion`` node with the
  evidence sentence, offsets, method, confidence, role/topic and the record's date;
* each fact: a plain datatype triple ``s tg:employees 80000`` and a ``tg:Fact`` node with
  unit, qualifier, date and evidence.
"""

from __future__ import annotations

import functools
import hashlib
import re
from decimal import Decimal
from typing import Any

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SDO, SKOS

from ..model import SYMMETRIC_PREDICATES, Evidence, Extraction, name_key
from .vocab import GEONAMES, ID, RECORD, TG

# IRI characters a source URL may not contain (RFC 3987 excludes; rdflib would emit bad N-Triples).
_UNSAFE_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def entity_iri(entity_id: str) -> URIRef:
    return ID[entity_id]


def record_iri(record_id: str) -> URIRef:
    return RECORD[record_id]


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in (("tg", TG._NS), ("id", ID), ("rec", RECORD), ("skos", SKOS),
                       ("dct", DCTERMS), ("prov", PROV), ("schema", SDO), ("owl", OWL)):
        graph.bind(prefix, ns, override=True)
    return graph


_DATE_FORMS = ((re.compile(r"\d{4}-\d{2}-\d{2}"), "date"), (re.compile(r"\d{4}-\d{2}"), "gYearMonth"),
               (re.compile(r"\d{4}"), "gYear"))


def _date_type(value: str | None) -> str | None:
    """The XSD type name of an ISO date, year-month or year; None for anything else."""
    if value:
        for pattern, kind in _DATE_FORMS:
            if pattern.fullmatch(value):
                return kind
    return None


def date_literal(value: str | None) -> Literal | None:
    """ISO date, year-month or year as the matching XSD type; anything else is not a date.

    >>> date_literal("2019-12").datatype == XSD.gYearMonth
    True
    """
    kind = _date_type(value)
    return None if kind is None else Literal(value, datatype=XSD[kind])


def safe_source(url: str | None) -> URIRef | Literal | None:
    """A source URL as an IRI only when it is plain http(s); anything else stays a string."""
    if not url:
        return None
    if re.match(r"https?://", url, re.I) and not _UNSAFE_IRI.search(url):
        return URIRef(url)
    return Literal(url)


def value_literal(value: Any) -> Literal:
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    if isinstance(value, float):
        if value.is_integer():
            return Literal(int(value), datatype=XSD.integer)
        return Literal(Decimal(repr(value)), datatype=XSD.decimal)
    dated = date_literal(str(value))
    return dated if dated is not None else Literal(str(value))


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------------------------------
# N-Triples text, written directly: ingest maps every record, and building an rdflib Graph
# first cost more than extraction itself (about 20 ms of a record's 35 ms).

_XSD = "http://www.w3.org/2001/XMLSchema#"
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r",
                          # what Python's splitlines also breaks on: line-based readers
                          # (rdflib's N-Triples parser, the store's N-Quads batching) must
                          # see one triple per line
                          **{c: f"\\u{ord(c):04X}" for c in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}})


def _iri(value: str) -> str:
    # Ids are slugs and sources are checked, so this only guards against a bad id reaching
    # the store: a record must never fail to load because of one odd character.
    if _UNSAFE_IRI.search(value):
        value = _UNSAFE_IRI.sub(lambda m: "%" + "%".join(f"{b:02X}" for b in m.group().encode()), value)
    return f"<{value}>"


def _lit(text: str, datatype: str | None = None) -> str:
    quoted = '"' + str(text).translate(_ESCAPES) + '"'
    return quoted if datatype is None else f"{quoted}^^<{datatype}>"


def _nt_term(term: URIRef | Literal) -> str:
    if isinstance(term, URIRef):
        return _iri(str(term))
    if term.language:
        return _lit(str(term)) + "@" + term.language
    return _lit(str(term), str(term.datatype) if term.datatype else None)


def _date_nt(value: str | None) -> str | None:
    kind = _date_type(value)
    return None if kind is None else _lit(value, _XSD + kind)


def _value_nt(value: Any) -> str:
    if isinstance(value, bool):
        return _lit("true" if value else "false", _XSD + "boolean")
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return _lit(str(int(value)), _XSD + "integer")
    if isinstance(value, float):
        return _nt_term(value_literal(value))  # rdflib's decimal lexical form, as before
    return _date_nt(str(value)) or _lit(str(value))


_RDF = str(RDF)
_TYPE, _SUBJECT, _PREDICATE, _OBJECT, _VALUE, _STATEMENT = (
    _iri(_RDF + t) for t in ("type", "subject", "predicate", "object", "value", "Statement"))
_DERIVED, _PROV_ENTITY = _iri(str(PROV.wasDerivedFrom)), _iri(str(PROV.Entity))
_DATE, _ISSUED, _TITLE, _SOURCE = (_iri(str(DCTERMS[t])) for t in ("date", "issued", "title", "source"))
_PREF, _ALT = _iri(str(SKOS.prefLabel)), _iri(str(SKOS.altLabel))
_MENTIONS, _SAME_AS = _iri(str(SDO.mentions)), _iri(str(OWL.sameAs))
_NAME_KEY = _iri(str(TG.nameKey))


@functools.lru_cache(maxsize=None)
def _tg(term: str) -> str:
    return _iri(str(TG[term]))  # TG is closed: an unknown term is an error, not a new IRI


_ID = str(ID)


def _entity(entity_id: str) -> str:
    return _iri(_ID + entity_id)


def to_ntriples(extraction: Extraction, *, sha256: str | None = None,
                file_name: str | None = None) -> tuple[str, str]:
    """The record's named graph as (graph IRI, N-Triples text), each triple once."""
    rec = extraction.record
    rec_iri = str(record_iri(rec.id))
    rec_node = _iri(rec_iri)
    rec_date = _date_nt(rec.date)
    lines: dict[str, None] = {}  # insertion-ordered set: rdflib's Graph kept each triple once

    def add(s: str, p: str, o: str) -> None:
        lines[f"{s} {p} {o} ."] = None

    add(rec_node, _TYPE, _tg("Record"))
    add(rec_node, _TYPE, _PROV_ENTITY)
    if rec.title:
        add(rec_node, _TITLE, _lit(rec.title))
    if rec_date is not None:
        add(rec_node, _DATE, rec_date)
        # Assertions and facts carry dct:date too; only records carry dct:issued, so the
        # newest records are one index scan (queries.record_pages) at any store size.
        add(rec_node, _ISSUED, rec_date)
    source = safe_source(rec.source)
    if source is not None:
        add(rec_node, _SOURCE, _nt_term(source))
    if sha256:
        add(rec_node, _tg("sha256"), _lit(sha256))
    if file_name:
        add(rec_node, _tg("fileName"), _lit(file_name))

    def evidence(node: str, ev: Evidence) -> None:
        add(node, _tg("evidenceText"), _lit(ev.text))
        add(node, _tg("evidenceStart"), _lit(str(ev.start), _XSD + "integer"))
        add(node, _tg("evidenceEnd"), _lit(str(ev.end), _XSD + "integer"))

    for e in extraction.entities:
        node = _entity(e.id)
        add(node, _TYPE, _tg(e.type))
        add(node, _PREF, _lit(e.name))
        add(node, _NAME_KEY, _lit(name_key(e.name)))
        for alias in e.aliases:
            if alias != e.name:
                add(node, _ALT, _lit(alias))
                add(node, _NAME_KEY, _lit(name_key(alias)))
        geonames = e.identifiers.get("geonames")
        if geonames and str(geonames).isdigit():
            add(node, _SAME_AS, _iri(f"{GEONAMES}{geonames}/"))
        iso = e.identifiers.get("iso3166")
        if iso:
            add(node, _tg("isoCode"), _lit(iso))
        add(rec_node, _MENTIONS, node)

    for r in extraction.relations:
        s, o, p = _entity(r.subject), _entity(r.object), _tg(r.predicate)
        add(s, p, o)
        if r.predicate in SYMMETRIC_PREDICATES:
            add(o, p, s)
        # Attributes are part of the identity: one person can hold two roles at one firm.
        node = _iri(f"{rec_iri}/assertion/"
                    f"{_digest(r.subject, r.predicate, r.object, r.evidence.start, r.evidence.end, sorted(r.attributes.items()))}")
        add(node, _TYPE, _tg("Assertion"))
        add(node, _TYPE, _STATEMENT)
        add(node, _SUBJECT, s)
        add(node, _PREDICATE, p)
        add(node, _OBJECT, o)
        add(node, _DERIVED, rec_node)
        add(node, _tg("confidence"), _lit(repr(round(float(r.confidence), 3)), _XSD + "decimal"))
        if rec_date is not None:
            add(node, _DATE, rec_date)
        evidence(node, r.evidence)
        for key, value in r.attributes.items():
            if key in ("role", "topic", "method") and value:
                add(node, _tg(key), _lit(str(value)))

    for f in extraction.facts:
        s = _entity(f.subject)
        value = _value_nt(f.value)
        add(s, _tg(f.property), value)
        node = _iri(f"{rec_iri}/fact/{_digest(f.subject, f.property, f.value, f.evidence.start)}")
        add(node, _TYPE, _tg("Fact"))
        add(node, _tg("about"), s)
        add(node, _tg("factProperty"), _tg(f.property))
        add(node, _VALUE, value)
        add(node, _DERIVED, rec_node)
        if f.unit:
            add(node, _tg("unit"), _lit(f.unit))
        if f.qualifier:
            add(node, _tg("qualifier"), _lit(f.qualifier))
        fact_date = _date_nt(f.date)
        if fact_date is not None:
            add(node, _tg("factDate"), fact_date)
        if rec_date is not None:
            add(node, _DATE, rec_date)
        evidence(node, f.evidence)
    return rec_iri, "\n".join(lines) + ("\n" if lines else "")


def to_graph(extraction: Extraction, *, sha256: str | None = None,
             file_name: str | None = None) -> Graph:
    """The record's named graph as an rdflib ``Graph`` whose identifier is the record IRI."""
    iri, ntriples = to_ntriples(extraction, sha256=sha256, file_name=file_name)
    g = bind_prefixes(Graph(identifier=URIRef(iri)))
    return g.parse(data=ntriples, format="nt")
