"""The extraction steps wired together for one record."""

from __future__ import annotations

import re

from ..model import Entity, Evidence, Extraction, Fact, Relation
from . import cues, vocab
from .anaphora import Focus
from .entities import resolve
from .events import date_in, find_mission
from .facts import FactFinder
from .gazetteer import fold, load
from .mentions import find_mentions
from .mission_frame import (event_entity, first_sentence, mission_relations, other_mission_relations,
                            itinerary_headings, mission_events, mission_organisers, mission_places, participants, programme_places, represented_bodies, role_affiliations, titled_leaders, visit_lists)
from .other_missions import find_other_missions
from .relations import agreement_bullets, evidence, mark_sentence, pattern_relations
from .text import split_sentences
from .topics import cooperation_with_hosts, topic_relations

# Relation patterns pair every subject with every object of a sentence: a "sentence" naming
# hundreds of entities (a pasted list, a table flattened to one line) is not prose they can
# read, and would cost quadratic time. Real sentences name a few dozen at most.
MAX_MARKERS_PER_SENTENCE = 80

_MISSION_HEADS = ("Mission", "Missions", "Delegation", "Trade Mission")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|its|their|our|this|annual)\s+(?:(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+)?(?:annual\s+)?$")


def _named_mission(text: str, entities: list[Entity]) -> str | None:
    """The one named Event whose head says mission ("India Business Mission"), named in running
    text after an article ("will lead the India Business Mission"), not only in a title-case headline."""
    found = [e for e in entities if e.type == "Event" and e.name.split()[-1] in _MISSION_HEADS and len(e.name.split()) >= 2
             and any(_ARTICLE_BEFORE.search(text, max(0, m.start - 40), m.start) for m in e.mentions)]
    return found[0].name if len(found) == 1 else None


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
        if mission.sentence is None:
            # every mission relation cites a sentence: the first naming a destination, else the first
            mission.sentence = next((s for s in sentences for d in mission.destinations for m in entities[d].mentions
                                     if s.start <= m.start < s.end), sentences[0] if sentences else None)
        named = _named_mission(text, entities)
        if named is not None and named != mission.name:
            # "will lead the India Business Mission": the record's mission has a name of its own
            mission.other_names = [mission.name] + [n for n in mission.other_names if n != named]
            mission.name = named
        mission_idx = event_entity(entities, mission.name)
        known = {entities[mission_idx].name, *entities[mission_idx].aliases}
        entities[mission_idx].aliases.extend(n for n in mission.other_names if n not in known)
    demonyms = _demonym_index(entities, res.places)
    finder = FactFinder(entities, mission_idx, demonyms)
    focus = Focus(entities, party, demonyms, mission.leaders if mission else None, res.roles)
    full = []  # the sentences with pronouns and descriptions marked too
    for s in sentences:
        items = _non_overlapping(by_sentence.get(s.index, []))
        pseudo = focus.pseudo(s, items)
        mk = mark_sentence(s, items + pseudo, entities)
        full.append(mk)
        if len(items) + len(pseudo) <= MAX_MARKERS_PER_SENTENCE:
            relations.extend(pattern_relations(mk, entities, party))
            relations.extend(topic_relations(mk, entities, party))
            facts.extend(finder.run(mk))
        focus.update(items + pseudo)
    relations.extend(_partner_lists(plain, entities))
    relations.extend(agreement_bullets(plain, entities, party))
    for child, parent in res.subsidiaries:
        ev = first_sentence(sentences, entities[child])
        relations.append(Relation(entities[child].id, "subsidiaryOf", entities[parent].id, ev, 0.8,
                                  {"method": "name-parent-place"}))
    relations.extend(_name_places(entities, sentences))
    places_by_name = _places_by_name(entities)
    relations.extend(_named_pact_parties(entities, places_by_name, sentences))
    relations.extend(_body_in_place_names(entities, places_by_name, sentences))
    relations.extend(_implied_places(entities, res.places, by_sentence, sentences))
    if mission is not None:
        mission.leaders.extend(titled_leaders(entities, relations, mission, sentences))
        relations.extend(mission_relations(mission, mission_idx, entities, relations, res))
        # the date's own sentence, else the sentence that reports the mission (the date then
        # comes from the record's metadata): a fact always cites a sentence
        ev = evidence(mission.date_sentence or mission.sentence) if (mission.date_sentence or mission.sentence) \
            else Evidence("", 0, 0)
        date = mission.date or (record.date[:7] if record.date else None)
        if date:
            facts.append(Fact(entities[mission_idx].id, "startDate", date, ev))
            for r in relations:
                if r.predicate == "participatedIn" and r.subject == entities[party].id and r.object != entities[mission_idx].id:
                    ev_idx = next((i for i, e in enumerate(entities) if e.id == r.object), None)
                    if ev_idx is not None and not any(f.subject == r.object and f.property == "startDate" for f in facts):
                        own = date_in(r.evidence.text)
                        facts.append(Fact(r.object, "startDate", own or date, r.evidence))
    for other in find_other_missions(plain, entities, res.places, mission):
        relations.extend(other_mission_relations(other, entities, facts))
    if mission is not None:
        relations.extend(participants(plain, entities, mission, mission_idx))
        relations.extend(represented_bodies(entities, mission, mission_idx, relations))
        relations.extend(mission_organisers(plain, entities, mission, mission_idx))
        relations.extend(visit_lists(full, entities, mission, mission_idx, relations, res.places))
        relations.extend(programme_places(full, entities, mission, mission_idx, relations, res.places))
        relations.extend(itinerary_headings(plain, entities, mission, mission_idx, res.places))
        relations.extend(mission_events(plain, entities, mission, mission_idx))
        relations.extend(cooperation_with_hosts(plain, entities, mission, relations, res.places))
    relations.extend(role_affiliations(entities, res.roles, relations, mission, res.places, sentences,
                                        entities[mission_idx].id if mission is not None else None))
    if mission is not None:
        members = {r.subject for r in relations if r.predicate == "participatedIn"
                   and r.object == entities[mission_idx].id and r.subject != entities[mission.party].id}
        party_id = entities[mission.party].id
        relations.extend(Relation(party_id, r.predicate, r.object, r.evidence, r.confidence * 0.9,
                                  {"method": "member-for-party"})
                         for r in list(relations) if r.subject in members and r.predicate in ("metWith", "visited")
                         and r.object != party_id)
        relations.extend(mission_places(mission, mission_idx, entities, relations))
        relations.extend(_leader_by_title(mission, entities, res.roles, relations))
        # the visiting side does not meet itself: the party, its leaders and its members
        side = members | {party_id} | {entities[i].id for i in mission.leaders}
        relations = [r for r in relations if not (r.predicate == "metWith" and r.subject in side and r.object in side)]
    return Extraction(record=record.ref, entities=entities, relations=_dedupe(relations),
                      facts=_dedupe_facts(facts))


def _leader_by_title(mission, entities: list[Entity], roles: dict[int, str], relations: list[Relation]) -> list[Relation]:
    """"The Premier met ...", "he also spoke with ...": the party's meeting, told of its one leader
    by title or pronoun, is the leader's too (gold README, metWith)."""
    if len(mission.leaders) != 1 or entities[mission.party].type == "Person":
        return []
    leader = mission.leaders[0]
    role = roles.get(leader, "")
    words = [re.escape(w) for w in (role.split()[-1:] if role else [])]
    title = re.compile(r"(?:^|[.;]\s+|\b)(?:(?-i:[Tt]he)\s+(?:" + "|".join(words + ["Governor", "Premier", "Mayor"]) + r")\b|(?-i:He|he|She|she)\s+(?:also\s+)?(?:met|held|spoke|visited|had))")
    party_id, leader_id = entities[mission.party].id, entities[leader].id
    have = {(r.subject, r.object) for r in relations if r.predicate == "metWith"}
    out = []
    for r in relations:
        if r.predicate != "metWith" or r.subject != party_id or (leader_id, r.object) in have or r.object == leader_id:
            continue
        if r.attributes.get("method") in ("implicit-party-met", "meeting-list") and title.search(r.evidence.text):
            have.add((leader_id, r.object))
            out.append(Relation(leader_id, "metWith", r.object, r.evidence, r.confidence * 0.9, {"method": "leader-by-title"}))
    return out


def _non_overlapping(items):
    out, end = [], -1
    for s, e, idx in sorted(items, key=lambda x: (x[0], -(x[1] - x[0]))):
        if s >= end:
            out.append((s, e, idx))
            end = e
    return out




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
                        out.append(Relation(e.id, "locatedIn", city.id, first_sentence(sentences, e), 0.6,
                                            {"method": "name-contains-place"}))
                    elif e.type == "Event":
                        out.append(Relation(e.id, "heldIn", city.id, first_sentence(sentences, e), 0.6,
                                            {"method": "name-contains-place"}))
                    break
    return out


def _places_by_name(entities: list[Entity]) -> dict[str, Entity]:
    """Every place entity under each of its names, folded (the first entity wins a name)."""
    places: dict[str, Entity] = {}
    for e in entities:
        if e.type in ("Country", "Region", "City"):
            for n in (e.name, *e.aliases):
                places.setdefault(fold(n), e)
    return places


_BODY_IN_PLACE = re.compile(r"^\S.*?\s+in\s+(?:the\s+)?(?P<place>[A-Z][^,;()]*)$")
_BODY_TYPES = frozenset({"Firm", "University", "GovernmentBody", "Organisation"})


def _body_in_place_names(entities: list[Entity], places: dict[str, Entity], sentences) -> list[Relation]:
    """'the British Embassy in Beijing', 'the South African High Commission in Ghana': a body
    named as the one in a place is located there (a name that only contains a place, as
    'British Consulate-General Düsseldorf', says nothing of the kind)."""
    out = []
    for e in entities:
        m = _BODY_IN_PLACE.match(e.name) if e.type in _BODY_TYPES and e.mentions else None
        place = places.get(fold(m.group("place"))) if m else None
        if place is not None:
            out.append(Relation(e.id, "locatedIn", place.id, first_sentence(sentences, e), 0.65,
                                {"method": "name-body-in-place"}))
    return out


_PACT_NAME = re.compile(r"^(?:the\s+)?([A-Z][\w.’']*(?:\s[A-Z][\w.’']*)??)[-–]([A-Z][\w.’']*(?:\s[A-Z][\w.’']*)??)\s+"
                        r"(?:[A-Z][\w-]*\s+){0,3}(?:Partnership|Dialogue|Agreement|Accord|Pact|Compact|Alliance|"
                        r"Cooperation|Co-operation|Framework|Charter|Declaration)\b")


def _named_pact_parties(entities: list[Entity], places: dict[str, Entity], sentences) -> list[Relation]:
    """'the Kenya-UK Strategic Partnership': Kenya and the UK take part in it, and are partners."""
    out = []
    for e in entities:
        m = _PACT_NAME.match(e.name) if e.type == "Initiative" else None
        if not m:
            continue
        a, b = places.get(fold(m.group(1))), places.get(fold(m.group(2)))
        if a is None or b is None or a.id == b.id:
            continue
        ev = first_sentence(sentences, e)
        for party in (a, b):
            out.append(Relation(party.id, "participatesIn", e.id, ev, 0.6, {"method": "pact-name"}))
        out.append(Relation(a.id, "partnerOf", b.id, ev, 0.6, {"method": "pact-name"}))
    return out


_CONTAINMENT = re.compile(r"^(?:\s*,\s*|\s+in\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}|[^.;]{0,80}?\b(?:in|of|across|throughout)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)$")
_COORDINATED = re.compile(r"^\s*(?:,\s*)?(?:and|&|or|to|from|vs\.?|versus)\s+(?:(?:the|in|across|throughout|of|at)\s+){0,2}$", re.I)
# "Leiden, the Netherlands", "Düsseldorf in Germany", "Jinan (China)", "Qingdao in eastern China",
# "Wellington, New Zealand's capital"
_RELATES = re.compile(r"^(?:\s*,\s*(?:in\s+)?(?:the\s+)?|\s+in\s+(?:the\s+)?|\s*\(\s*|\s+(?:in|of)\s+(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)\s+)$", re.I)
_CONTAINS = re.compile(r"^(?:[’']s\s+(?:[a-z-]+\s+){0,3}|\s+(?:city|town|province|state|region|capital)\s+(?:of\s+)?)$", re.I)


# A list item may be described: "its European arm ⟨F2⟩" ("its" is itself a marker by then).
_LIST_ITEM = r"(?:the\s+)?(?:⟨[A-Z]\d+⟩\s+)?(?:(?!and\b)[\w-]+\s+){0,3}?⟨[FUGOKRCI]\d+⟩"
_LIST = rf"({_LIST_ITEM}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_LIST_ITEM})+)"
_PARTNER_LIST = re.compile(
    r"\b(?:partners|signatories|parties)\s+(?:to\s+(?:the|these|both)\s+(?:agreements?|memoranda|mous?)\s+)?"
    r"(?:are|were|include[sd]?|comprise[sd]?)\s*:?\s+" + _LIST
    # "a partnership between A, B and C" (two parties are the pattern "partnership-between")
    + r"|\b(?:partnership|agreement|memorand\w*|mous?|alliance|consortium|joint\s+venture|collaboration|"
      r"cooperation)\s+(?:[^⟨.;]{0,40}?\s)?between\s+" + _LIST, re.I)


_MODIFIER_AFTER = re.compile(r"\s+(?:(?!(?:and|or|to|on|in|for|with|at|of|as|by|from|that|which|who|is|are|was|were|will|has|have|had)\b)[a-z]|⟨S\d+⟩)")


def _partner_lists(marked, entities) -> list[Relation]:
    """'The partners are A, B, C and D': every pair is a partnership."""
    out = []
    for mk in marked:
        for m in cues.finditer(_PARTNER_LIST, mk.text, mk.folded):  # through its gate (cues.py)
            start = m.start(1) if m.group(1) else m.start(2)
            parties, owned = [], set()
            for item in re.finditer(_LIST_ITEM, m.group(1) or m.group(2)):
                nums = [int(x) for x in re.findall(r"⟨[A-Z](\d+)⟩", item.group(0))]
                if re.search(r"⟨[KRC]\d+⟩$", item.group(0)) and _MODIFIER_AFTER.match(mk.text, start + item.end()):
                    continue  # "Carillion, the ⟨UK⟩ construction company": the place is an adjective
                if len(nums) > 1:  # "its European arm ⟨F2⟩": an owner and its part are no partners
                    owned.add((mk.index[nums[0]], mk.index[nums[-1]]))
                parties.append(mk.index[nums[-1]])
            for i, a in enumerate(parties):
                for b in parties[i + 1:]:
                    if a != b and (a, b) not in owned and (b, a) not in owned:
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
                    if _COORDINATED.match(between) or not _RELATES.match(between):
                        continue  # "Beijing ... elsewhere in China": the words must relate the two
                else:
                    between = sent_text[spans[b][1] - base:spans[a][0] - base]
                    if not _CONTAINS.match(between):
                        continue
                # a region's cities are left to the sentence's own words ("X, in the Y region"):
                # the gazetteer knows them, the record may not say so
                inside = pb.type == "Country" and pa.type in ("City", "Region")
                if inside:
                    out.append(Relation(entities[a].id, "locatedIn", entities[b].id, evidence(sentences[si]),
                                        0.55, {"method": "gazetteer-same-sentence"}))
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
