"""The extraction steps wired together for one record."""

from __future__ import annotations

import re

from ..model import Entity, Evidence, Extraction, Fact, Relation, entity_id
from . import vocab
from .anaphora import Focus
from .entities import resolve
from .events import country_of, date_in, find_mission
from .facts import FactFinder
from .gazetteer import fold, load
from .mentions import find_mentions
from .relations import evidence, mark_sentence, pattern_relations
from .text import split_sentences
from .topics import topic_relations

_NATIONAL_ROLE = re.compile(r"prime\s+minister|president|first\s+minister|premier|taoiseach|chancellor|king|queen|minister|secretary|governor|mayor|ambassador", re.I)



# Relation patterns pair every subject with every object of a sentence: a "sentence" naming
# hundreds of entities (a pasted list, a table flattened to one line) is not prose they can
# read, and would cost quadratic time. Real sentences name a few dozen at most.
MAX_MARKERS_PER_SENTENCE = 80

def run(record, *, ner: str | None = None) -> Extraction:
    text = record.text
    sentences = split_sentences(text)
    gaz = load()
    mentions = find_mentions(text, sentences, gaz)
    if ner:
        from .ner import ner_mentions

        mentions = ner_mentions(text, sentences, mentions, ner)
    res = resolve(text, mentions, gaz)
    entities = res.entities
    by_sentence: dict[int, list[tuple[int, int, int]]] = {}
    si = 0
    for start, end, idx in res.spans:
        while si < len(sentences) and sentences[si].end <= start:
            si += 1
        if si < len(sentences) and sentences[si].start <= start and end <= sentences[si].end:
            by_sentence.setdefault(si, []).append((start, end, idx))
    plain = [mark_sentence(s, _non_overlapping(by_sentence.get(s.index, [])), entities) for s in sentences]
    mission = find_mission(plain, entities, res.places, record.date[:4] if record.date else None)
    relations: list[Relation] = []
    facts: list[Fact] = []
    mission_idx = None
    party = None
    if mission is not None:
        party = mission.party
        mission_idx = _event_entity(entities, mission.name)
    demonyms = _demonym_index(entities, res.places)
    finder = FactFinder(entities, mission_idx, demonyms)
    focus = Focus(entities, party, demonyms)
    for s in sentences:
        items = _non_overlapping(by_sentence.get(s.index, []))
        pseudo = focus.pseudo(s, items)
        mk = mark_sentence(s, items + pseudo, entities)
        if len(items) + len(pseudo) <= MAX_MARKERS_PER_SENTENCE:
            relations.extend(pattern_relations(mk, entities, party))
            relations.extend(topic_relations(mk, entities, party))
            facts.extend(finder.run(mk))
        focus.update(items + pseudo)
    relations.extend(_partner_lists(plain, entities))
    for child, parent in res.subsidiaries:
        ev = _first_sentence(sentences, entities[child])
        relations.append(Relation(entities[child].id, "subsidiaryOf", entities[parent].id, ev, 0.8,
                                  {"method": "name-parent-place"}))
    relations.extend(_name_places(entities, sentences))
    relations.extend(_implied_places(entities, res.places, by_sentence, sentences))
    if mission is not None:
        relations.extend(_mission_relations(mission, mission_idx, entities, relations, res))
        ev = evidence(mission.date_sentence) if mission.date_sentence else Evidence("", 0, 0)
        date = mission.date or (record.date[:7] if record.date else None)
        if date:
            facts.append(Fact(entities[mission_idx].id, "startDate", date, ev))
            for r in relations:
                if r.predicate == "participatedIn" and r.subject == entities[party].id and r.object != entities[mission_idx].id:
                    ev_idx = next((i for i, e in enumerate(entities) if e.id == r.object), None)
                    if ev_idx is not None and not any(f.subject == r.object and f.property == "startDate" for f in facts):
                        own = date_in(r.evidence.text)
                        facts.append(Fact(r.object, "startDate", own or date, r.evidence))
    relations.extend(_role_affiliations(entities, res.roles, relations, mission, res.places))
    if mission is not None:
        relations.extend(_participants(plain, entities, mission, mission_idx))
        members = {r.subject for r in relations if r.predicate == "participatedIn"
                   and r.object == entities[mission_idx].id and r.subject != entities[mission.party].id}
        party_id = entities[mission.party].id
        relations.extend(Relation(party_id, r.predicate, r.object, r.evidence, r.confidence * 0.9,
                                  {"method": "member-for-party"})
                         for r in list(relations) if r.subject in members and r.predicate in ("metWith", "visited")
                         and r.object != party_id)
    return Extraction(record=record.ref, entities=entities, relations=_dedupe(relations),
                      facts=_dedupe_facts(facts))


def _non_overlapping(items):
    out, end = [], -1
    for s, e, idx in sorted(items, key=lambda x: (x[0], -(x[1] - x[0]))):
        if s >= end:
            out.append((s, e, idx))
            end = e
    return out


def _event_entity(entities: list[Entity], name: str) -> int:
    eid = entity_id("Event", name)
    for i, e in enumerate(entities):
        if e.id == eid:
            return i
    entities.append(Entity(id=eid, name=name, type="Event"))
    return len(entities) - 1


def _first_sentence(sentences, entity: Entity) -> Evidence:
    if entity.mentions:
        start = entity.mentions[0].start
        for s in sentences:
            if s.start <= start < s.end:
                return evidence(s)
    return Evidence("", 0, 0)


def _demonym_index(entities: list[Entity], places) -> dict[str, int]:
    keys: dict[str, int] = {}
    for i, e in enumerate(entities):
        if e.type in ("Country", "Region"):
            for n in [e.name, *e.aliases] + ([places[i].name] if i in places else []):
                keys.setdefault(fold(n), i)
    out = {}
    for word, target in vocab.DEMONYMS.items():
        i = keys.get(fold(target))
        if i is not None:
            out[word] = i
    return out


def _name_places(entities: list[Entity], sentences) -> list[Relation]:
    """'Hyderabad Metro' is in Hyderabad; 'China-UK ... Qingdao Forum' is held in Qingdao."""
    out = []
    cities = {e.name: e for e in entities if e.type == "City"}
    names = [e.name for e in entities if e.type != "Sector"]
    for e in entities:
        if e.type not in ("Event", "Initiative") or not e.mentions:
            continue
        if any(n != e.name and e.name.startswith(n + " ") and n not in cities for n in names):
            continue  # "Leeds City Region Mass Transit" starts with a region, not the city
        words = re.split(r"[\s-]+", e.name)
        for city_name, city in cities.items():
            cw = city_name.split()
            for i in range(len(words) - len(cw) + 1):
                if words[i:i + len(cw)] == cw:
                    if e.type == "Initiative" and i == 0:
                        out.append(Relation(e.id, "locatedIn", city.id, _first_sentence(sentences, e), 0.6,
                                            {"method": "name-contains-place"}))
                    elif e.type == "Event":
                        out.append(Relation(e.id, "heldIn", city.id, _first_sentence(sentences, e), 0.6,
                                            {"method": "name-contains-place"}))
                    break
    return out


_CONTAINMENT = re.compile(r"^(?:\s*,\s*|\s+in\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}|[^.;]{0,80}?\b(?:in|of|across|throughout)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)$")
_COORDINATED = re.compile(r"^\s*(?:,\s*)?(?:and|&|or|to|from|vs\.?|versus)\s+(?:(?:the|in|across|throughout|of|at)\s+){0,2}$", re.I)
_CONTAINS = re.compile(r"^(?:[’']s\s+(?:[a-z-]+\s+){0,3}|\s+(?:city|town|province|state|region|capital)\s+(?:of\s+)?)$", re.I)


_PARTNER_LIST = re.compile(
    r"\b(?:partners|signatories|parties)\s+(?:to\s+(?:the|these|both)\s+(?:agreements?|memoranda|mous?)\s+)?"
    r"(?:are|were|include[sd]?|comprise[sd]?)\s*:?\s+((?:(?:the\s+)?⟨[FUGOKRCI]\d+⟩(?:\s*,\s*|\s+and\s+|,\s+and\s+)?)+)", re.I)


def _partner_lists(marked, entities) -> list[Relation]:
    """'The partners are A, B, C and D': every pair is a partnership."""
    out = []
    for mk in marked:
        for m in _PARTNER_LIST.finditer(mk.text):
            idxs = [mk.index[int(x)] for x in re.findall(r"⟨[A-Z](\d+)⟩", m.group(1))]
            for i, a in enumerate(idxs):
                for b in idxs[i + 1:]:
                    if a != b:
                        out.append(Relation(entities[a].id, "partnerOf", entities[b].id, evidence(mk.sentence),
                                            0.7, {"method": "partner-list"}))
    return out


def _implied_places(entities, places, by_sentence, sentences) -> list[Relation]:
    """A city or region the gazetteer puts in a country (or a US state) the same sentence names."""
    out = []
    for si, items in by_sentence.items():
        spans: dict[int, tuple[int, int]] = {}
        for start, end, idx in items:
            if idx in places and not sentences[si].text[end - sentences[si].start:].startswith("-"):
                spans.setdefault(idx, (start, end))
        sent_text = sentences[si].text
        base = sentences[si].start
        for a in spans:
            for b in spans:
                pa, pb = places[a], places[b]
                if a == b or not pa.country or pa.country != pb.country:
                    continue
                if spans[a][0] < spans[b][0]:
                    between = sent_text[spans[a][1] - base:spans[b][0] - base]
                    if _COORDINATED.match(between):
                        continue
                else:
                    between = sent_text[spans[b][1] - base:spans[a][0] - base]
                    if not _CONTAINS.match(between):
                        continue
                inside = (pb.type == "Country" and pa.type in ("City", "Region")) or (
                    pb.type == "Region" and pa.type == "City" and pb.admin1 and pa.admin1 == pb.admin1)
                if inside:
                    out.append(Relation(entities[a].id, "locatedIn", entities[b].id, evidence(sentences[si]),
                                        0.55, {"method": "gazetteer-same-sentence"}))
    return out


def _mission_relations(mission, midx: int, entities: list[Entity], relations: list[Relation], res) -> list[Relation]:
    ev = evidence(mission.sentence) if mission.sentence else Evidence("", 0, 0)
    out = []
    party = entities[mission.party]
    m_id = entities[midx].id
    out.append(Relation(party.id, "participatedIn", m_id, ev, 0.8, {"method": "mission-party"}))
    for d in mission.destinations:
        out.append(Relation(m_id, "heldIn", entities[d].id, ev, 0.75, {"method": "mission-destination"}))
        out.append(Relation(party.id, "visited", entities[d].id, ev, 0.75, {"method": "mission-destination"}))
    for leader in mission.leaders:
        out.append(Relation(entities[leader].id, "participatedIn", m_id, ev, 0.75, {"method": "mission-leader"}))
        for d in mission.destinations:
            out.append(Relation(entities[leader].id, "visited", entities[d].id, ev, 0.6, {"method": "mission-leader"}))
    leader_ids = {entities[i].id for i in mission.leaders}
    for r in relations:
        if r.subject in leader_ids and r.predicate in ("visited", "metWith", "participatedIn") and r.object != party.id:
            out.append(Relation(party.id, r.predicate, r.object, r.evidence, r.confidence * 0.9,
                                {"method": "leader-for-party"}))
    return out


def _role_affiliations(entities, roles: dict[int, str], relations, mission, places) -> list[Relation]:
    """A titled person with no stated organisation represents the party (if leading) or the host."""
    out = []
    have = {r.subject for r in relations if r.predicate == "affiliatedWith"}
    for idx, role in roles.items():
        e = entities[idx]
        if e.type != "Person" or e.id in have or not _NATIONAL_ROLE.search(role) or mission is None:
            continue
        target = None
        if idx in mission.leaders and mission.party is not None and entities[mission.party].type != "Person":
            target = mission.party
        elif mission.destinations:
            countries = [d for d in mission.destinations if entities[d].type == "Country"]
            if not countries:
                countries = [c for c in (country_of(entities, d, places) for d in mission.destinations) if c is not None]
            target = (countries or mission.destinations)[0]
            if re.search(r"mayor", role, re.I):
                cities = [d for d in mission.destinations if entities[d].type == "City"]
                target = cities[0] if cities else target
        if target is not None and target != idx:
            ev = Evidence("", 0, 0)
            out.append(Relation(e.id, "affiliatedWith", entities[target].id, ev, 0.5,
                                {"method": "title-context", "role": role}))
    return out


_PARTICIPANT_CUE = re.compile(
    r"\b(?:travell?ing\s+with|travell?ed\s+with|accompan\w+|joined\s+by|among\s+them|"
    r"(?:delegation|mission|party|trip|visit)\s+(?:also\s+)?(?:included|includes|including|comprised|brought)|"
    r"(?:brought|took|included)\s+[^.;]{0,40}?(?:companies|firms|businesses|organisations|representatives)|"
    r"members\s+of\s+the\s+(?:delegation|mission)|(?:also\s+)?in\s+the\s+(?:party|delegation)|"
    r"part\s+of\s+the\s+(?:delegation|mission)|joined\s+the\s+(?:delegation|mission|visit|trip)|"
    r"delegates\s+(?:included|from))\b", re.I)
_MARKER = re.compile(r"⟨([FUGOP])(\d+)⟩")


def _participants(marked, entities, mission, midx: int) -> list[Relation]:
    """Firms, bodies and people named as travelling with the delegation took part in the mission."""
    out = []
    m_id = entities[midx].id
    skip = {mission.party, *mission.destinations}
    for mk in marked:
        cue = _PARTICIPANT_CUE.search(mk.text)
        if not cue:
            continue
        before_cue = re.search(r"(?:also\s+)?in\s+the\s+(?:party|delegation)|part\s+of|joined\s+the", cue.group(0), re.I) \
            or re.match(r"\s+(?:him|her|them)\b", mk.text[cue.end():])  # "X and Y travelled with him"
        zone = mk.text if before_cue else mk.text[cue.start():]
        for m in _MARKER.finditer(zone):
            idx = mk.index[int(m.group(2))]
            if idx in skip:
                continue
            out.append(Relation(entities[idx].id, "participatedIn", m_id, evidence(mk.sentence), 0.6,
                                {"method": "delegation-member"}))
    return out


_SYM = {"metWith", "partnerOf", "collaborationOpportunity"}


def _dedupe(relations: list[Relation]) -> list[Relation]:
    best: dict[tuple, Relation] = {}
    sited = {(r.subject, r.object) for r in relations if r.predicate in ("headquarteredIn", "hasOfficeIn")}
    for r in relations:
        if r.predicate == "locatedIn" and (r.subject, r.object) in sited:
            continue
        if r.subject == r.object:
            continue
        key = (r.subject, r.predicate, r.object)
        if r.predicate in _SYM:
            key = (min(r.subject, r.object), r.predicate, max(r.subject, r.object))
        if key not in best or r.confidence > best[key].confidence:
            best[key] = r
    return list(best.values())


def _dedupe_facts(facts: list[Fact]) -> list[Fact]:
    seen, out = set(), []
    for f in facts:
        key = (f.subject, f.property, str(f.value), f.date)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
