"""The extraction steps wired together for one record."""

from __future__ import annotations

import re

from ..model import Entity, Evidence, Extraction, Fact, Relation, entity_id
from . import vocab
from .anaphora import Focus
from .entities import resolve
from .events import country_of, date_in, find_mission
from .other_missions import find_other_missions
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
        if mission.sentence is None:
            # every mission relation cites a sentence: the first naming a destination, else the first
            mission.sentence = next((s for s in sentences for d in mission.destinations for m in entities[d].mentions
                                     if s.start <= m.start < s.end), sentences[0] if sentences else None)
        mission_idx = _event_entity(entities, mission.name)
        known = {entities[mission_idx].name, *entities[mission_idx].aliases}
        entities[mission_idx].aliases.extend(n for n in mission.other_names if n not in known)
    demonyms = _demonym_index(entities, res.places)
    finder = FactFinder(entities, mission_idx, demonyms)
    focus = Focus(entities, party, demonyms, mission.leaders if mission else None, res.roles)
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
    relations.extend(_named_pact_parties(entities, sentences))
    relations.extend(_implied_places(entities, res.places, by_sentence, sentences))
    if mission is not None:
        mission.leaders.extend(_titled_leaders(entities, relations, mission, sentences))
        relations.extend(_mission_relations(mission, mission_idx, entities, relations, res))
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
        relations.extend(_other_mission_relations(other, entities, facts))
    if mission is not None:
        relations.extend(_participants(plain, entities, mission, mission_idx))
        relations.extend(_represented_bodies(entities, mission, mission_idx, relations))
        relations.extend(_visit_lists(plain, entities, mission, mission_idx, relations, res.places))
    relations.extend(_role_affiliations(entities, res.roles, relations, mission, res.places, sentences,
                                        entities[mission_idx].id if mission is not None else None))
    if mission is not None:
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


_PACT_NAME = re.compile(r"^(?:the\s+)?([A-Z][\w.’']*(?:\s[A-Z][\w.’']*)??)[-–]([A-Z][\w.’']*(?:\s[A-Z][\w.’']*)??)\s+"
                        r"(?:[A-Z][\w-]*\s+){0,3}(?:Partnership|Dialogue|Agreement|Accord|Pact|Compact|Alliance|"
                        r"Cooperation|Co-operation|Framework|Charter|Declaration)\b")


def _named_pact_parties(entities: list[Entity], sentences) -> list[Relation]:
    """'the Kenya-UK Strategic Partnership': Kenya and the UK take part in it, and are partners."""
    places: dict[str, Entity] = {}
    for e in entities:
        if e.type in ("Country", "Region", "City"):
            for n in (e.name, *e.aliases):
                places.setdefault(fold(n), e)
    out = []
    for e in entities:
        m = _PACT_NAME.match(e.name) if e.type == "Initiative" else None
        if not m:
            continue
        a, b = places.get(fold(m.group(1))), places.get(fold(m.group(2)))
        if a is None or b is None or a.id == b.id:
            continue
        ev = _first_sentence(sentences, e)
        for party in (a, b):
            out.append(Relation(party.id, "participatesIn", e.id, ev, 0.6, {"method": "pact-name"}))
        out.append(Relation(a.id, "partnerOf", b.id, ev, 0.6, {"method": "pact-name"}))
    return out


_CONTAINMENT = re.compile(r"^(?:\s*,\s*|\s+in\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}|[^.;]{0,80}?\b(?:in|of|across|throughout)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)$")
_COORDINATED = re.compile(r"^\s*(?:,\s*)?(?:and|&|or|to|from|vs\.?|versus)\s+(?:(?:the|in|across|throughout|of|at)\s+){0,2}$", re.I)
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


_MODIFIER_AFTER = re.compile(r"\s+(?!(?:and|or|to|on|in|for|with|at|of|as|by|from|that|which|who|is|are|was|were|will|has|have|had)\b)[a-z]")


def _partner_lists(marked, entities) -> list[Relation]:
    """'The partners are A, B, C and D': every pair is a partnership."""
    out = []
    for mk in marked:
        for m in _PARTNER_LIST.finditer(mk.text):
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
                    if _COORDINATED.match(between):
                        continue
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


_LEADER_ROLE = re.compile(r"\b(?:governor|premier|president|prime\s+minister|first\s+minister|chief\s+minister|mayor|"
                          r"taoiseach|chancellor|minister-president|ministerpräsident|leader|minister|secretary\s+of\s+state)\b", re.I)


def _titled_leaders(entities: list[Entity], relations: list[Relation], mission, sentences) -> list[int]:
    """The party's head of government travels at the head of its delegation: "Kenyan President
    William Ruto", "Minnesota Governor Mark Dayton". A titled person of the party's own government
    is a leader when the text gives no other."""
    if mission.leaders or entities[mission.party].type not in ("Country", "Region", "City"):
        return []
    party = entities[mission.party]
    own = {party.id} | {e.id for e in entities if e.type == "GovernmentBody" and _governs(e.name, party)}
    index = {e.id: i for i, e in enumerate(entities)}
    ranked = []
    for r in relations:
        if r.predicate == "affiliatedWith" and r.object in own and r.subject in index:
            role = r.attributes.get("role") or ""
            m = _LEADER_ROLE.search(role)
            if m and not re.search(r"\b(?:deputy|vice|former|ex-)\b", role, re.I) and _on_the_move(
                    entities[index[r.subject]], sentences, (mission.date or "")[:4] or None):
                rank = 0 if m.group(0).lower() not in ("minister", "leader", "secretary of state") else 1
                ranked.append((rank, r.evidence.start, index[r.subject]))
    if not ranked:
        return []
    best = min(ranked)[0]
    return list(dict.fromkeys(i for rank, _, i in sorted(ranked) if rank == best))[:1]


def _governs(body: str, place: Entity) -> bool:
    """"Welsh Government", "Government of Wales", "Kenyan Ministry of Trade": the place's own government."""
    names = [place.name, *place.aliases] + [d for d, target in vocab.DEMONYMS.items() if target == place.name]
    return any(re.match(rf"(?:{re.escape(n)})\s+(?:Government|Ministry|Cabinet|Executive|Office|State\s+Government)\b", body)
               or re.search(rf"\bGovernment\s+of\s+(?:the\s+)?{re.escape(n)}$", body) for n in names)


_ON_THE_MOVE = re.compile(r"\b(?:visit\w*|travel\w*|trip|tour\w*|arriv\w*|landed|met|meets|meeting|talks|signed|"
                          r"signs|led|leads|leading|headed|mission|delegation|joined|opened|addressed|spoke)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _on_the_move(person: Entity, sentences, year: str | None) -> bool:
    """Is the person named in a sentence about travelling, meeting or signing, and not one
    dated to another year ("an agreement in 2022 between the First Minister ...")?"""
    starts = [m.start for m in person.mentions]
    return any(s.start <= a < s.end and _ON_THE_MOVE.search(s.text)
               and not (year and _YEAR.search(s.text) and year not in _YEAR.findall(s.text))
               for a in starts for s in sentences)


def _role_affiliations(entities, roles: dict[int, str], relations, mission, places, sentences,
                       m_id: str | None) -> list[Relation]:
    """A titled person with no stated organisation represents the party (if leading or
    travelling with it: its council for councillors) or else the host."""
    out = []
    have = {r.subject for r in relations if r.predicate == "affiliatedWith"}
    members = {r.subject for r in relations if r.predicate == "participatedIn" and r.object == m_id}
    for idx, role in roles.items():
        e = entities[idx]
        if e.type != "Person" or e.id in have or mission is None:
            continue
        council = _COUNCIL_ROLE.search(role)
        if not _NATIONAL_ROLE.search(role) and not council:
            continue
        target = None
        if council:
            # "Councillors A, B and C" in the delegation: the party's council; a host's is unknown
            if (idx in mission.leaders or e.id in members) and mission.party is not None:
                target = _council_of(entities, mission.party)
            if target is None:
                continue
        elif (idx in mission.leaders or e.id in members) and mission.party is not None \
                and entities[mission.party].type != "Person":
            target = mission.party  # "Four ministers are travelling with the President: ..."
        elif mission.destinations:
            countries = [d for d in mission.destinations if entities[d].type == "Country"]
            if not countries:
                countries = [c for c in (country_of(entities, d, places) for d in mission.destinations) if c is not None]
            target = (countries or mission.destinations)[0]
            if re.search(r"mayor", role, re.I):
                cities = [d for d in mission.destinations if entities[d].type == "City"]
                target = cities[0] if cities else target
        if target is not None and target != idx:
            out.append(Relation(e.id, "affiliatedWith", entities[target].id, _first_sentence(sentences, e), 0.5,
                                {"method": "title-context", "role": role}))
    return out


_COUNCIL_ROLE = re.compile(r"\bcouncill?ors?\b|\bcouncil\s+(?:chief\s+executive|leader)|\bcllr\b", re.I)


def _council_of(entities: list[Entity], place: int) -> int | None:
    """The council that governs the party's place ("Invercargill City Council" for Invercargill)."""
    name = entities[place].name
    for i, e in enumerate(entities):
        if e.type == "GovernmentBody" and re.fullmatch(re.escape(name) + r"(?:\s+(?:City|County|Borough|District|Metropolitan(?:\s+Borough)?))?\s+Council", e.name):
            return i
    return place if entities[place].type == "GovernmentBody" else None


_PARTICIPANT_CUE = re.compile(
    r"\b(?:travell?ing\s+with|travell?ed\s+with|accompan\w+|joined\s+by|among\s+them|"
    r"(?:delegation|mission|party|trip|visit)\s+(?:also\s+)?(?:included|includes|including|comprised|brought)|"
    r"(?:brought|took|included)\s+[^.;]{0,40}?(?:companies|firms|businesses|organisations|representatives)|"
    r"members\s+of\s+the\s+(?:delegation|mission)|(?:also\s+)?in\s+the\s+(?:party|delegation)|"
    r"part\s+of\s+the\s+(?:delegation|mission)|joined\s+(?:parts?\s+of\s+)?the\s+(?:delegation|mission|visit|trip|programme|program|tour)|"
    r"delegates\s+(?:included|from)|(?:core\s+|main\s+)?(?:group|delegation|party|team|members)\s+(?:was|were|is|are|included|includes|comprised|consisted\s+of)(?=\s*:)|(?:visitors|guests|delegates|they|⟨[A-Z]\d+⟩)\s+(?:come|came)\s+from)\b", re.I)
_MARKER = re.compile(r"⟨([FUGOP])(\d+)⟩")
_TRAVELLERS = re.compile(r"\b(?:delegation|delegates|visitors|mission|travell\w*|accompan\w*|party)\b", re.I)
_LIST_INTRO = re.compile(r"\b(?:delegation|group|party|team|members|travel\w*|accompan\w*|joined|made\s+up\s+of|"
                         r"compris\w*|includ\w*|consist\w*|taking\s+part|took\s+part)\b[^.;]*:\s*$", re.I)
_MARKER_ANY = re.compile(r"⟨([A-Z])(\d+)⟩")
_BULLET = re.compile(r"\s*(?:[-*•–]|\d+[.)])\s")
# "(leaders | officials | visitors come) from A, B and C": the places a delegation's members represent
_FROM_PLACES = re.compile(r"\b(?:leaders|mayors|representatives|officials|delegates|members|ministers|councillors|"
                          r"visitors|guests|come|came)\s+from\s+(?:the\s+)?((?:⟨[KRC]\d+⟩(?:\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?)?)+)", re.I)


def _other_mission_relations(other, entities: list[Entity], facts: list[Fact]) -> list[Relation]:
    """An earlier or parallel mission: its party and leader took part and went where it went."""
    idx = _event_entity(entities, other.name)
    m_id = entities[idx].id
    ev = evidence(other.sentence)
    who = [other.party, *other.leaders]
    out = [Relation(entities[w].id, "participatedIn", m_id, ev, 0.6, {"method": "other-mission"}) for w in who]
    for d in other.destinations:
        out.append(Relation(m_id, "heldIn", entities[d].id, ev, 0.6, {"method": "other-mission"}))
        out.extend(Relation(entities[w].id, "visited", entities[d].id, ev, 0.55, {"method": "other-mission"})
                   for w in who)
    if other.date:
        facts.append(Fact(m_id, "startDate", other.date, ev))
    return out


def _participants(marked, entities, mission, midx: int) -> list[Relation]:
    """Firms, bodies and people named as travelling with the delegation took part in the mission."""
    out = []
    m_id = entities[midx].id
    skip = {mission.party, *mission.destinations}
    for k, mk in enumerate(marked):
        if _LIST_INTRO.search(mk.text) and k + 1 < len(marked) and _BULLET.match(marked[k + 1].text):
            # "She will travel with a delegation made up of:" and a bulleted list of its members
            for m in _MARKER.finditer(marked[k + 1].text):
                idx = marked[k + 1].index[int(m.group(2))]
                if idx not in skip:
                    out.append(Relation(entities[idx].id, "participatedIn", m_id, evidence(marked[k + 1].sentence),
                                        0.6, {"method": "delegation-list"}))
        cue = _PARTICIPANT_CUE.search(mk.text)
        if not cue:
            continue
        if cue.group(0).lower().startswith("among") and not _TRAVELLERS.search(
                mk.text + " " + (marked[k - 1].text if k else "")):
            continue  # "partnerships with universities, among them ...": not members of the party
        joined = re.search(r"(?:also\s+)?in\s+the\s+(?:party|delegation)|part\s+of|joined\s+the", cue.group(0), re.I)
        with_him = re.match(r"\s+(?:him|her|them)\b", mk.text[cue.end():])  # "X and Y travelled with him"
        # those named before "joined the delegation" joined it; whom they then met did not
        zone = mk.text[:cue.end()] if joined else mk.text if with_him else mk.text[cue.start():]
        found = [mk.index[int(m.group(2))] for m in _MARKER.finditer(zone)]
        if mk.text.rstrip().endswith(":") and k + 1 < len(marked) and _BULLET.match(marked[k + 1].text):
            # "the core group was:" followed by a bulleted list of its members
            found.extend(marked[k + 1].index[int(m.group(2))] for m in _MARKER.finditer(marked[k + 1].text))
        for fm in _FROM_PLACES.finditer(mk.text):
            found.extend(mk.index[int(x)] for x in re.findall(r"⟨[KRC](\d+)⟩", fm.group(1)))
        for idx in found:
            if idx in skip:
                continue
            out.append(Relation(entities[idx].id, "participatedIn", m_id, evidence(mk.sentence), 0.6,
                                {"method": "delegation-member"}))
    return out


_VISIT_CUE = re.compile(r"\b(?:visit(?:ed|s|ing)?|tour(?:ed|s|ing)?|tour\s+of|called\s+(?:at|on)|took\s+in|"
                        r"stopped\s+(?:at|in)|saw|site\s+visits?\s+to|trip\s+to|went\s+to|was\s+shown\s+round)\b", re.I)
_VISIT_STOP = re.compile(r",\s+(?:which|who|whose|where)\b|\b(?:said|says|told|according\s+to)\b", re.I)
_FUTURE_TRIP = re.compile(r"\b(?:future|next)\s+(?:trip|visit|mission)|\b(?:invited|invite|invites)\b", re.I)
_APPOSED = re.compile(r"(?:\b(?:of|at|by|from|for|with)\s+(?:the\s+)?|[’']s\s+)$", re.I)


def _list_items(marked, k: int) -> list:
    """The sentences a list introduced by sentence k (ending in ':') is made of: bulleted ones,
    or a run ended by ';' and closed by '.'."""
    items = []
    for mk in marked[k + 1:k + 13]:
        text = mk.sentence.text.strip()
        if _BULLET.match(mk.text) or (items and items[-1].sentence.text.rstrip().endswith(";")) or not items:
            if not items and not (_BULLET.match(mk.text) or text.endswith(";") or len(text) < 160):
                break
            items.append(mk)
            if not _BULLET.match(mk.text) and text.endswith("."):
                break
        else:
            break
    return items


def _visit_lists(marked, entities, mission, midx: int, relations: list[Relation], places) -> list[Relation]:
    """What the delegation toured: 'the mayors toured A, B and C', 'the programme included
    visits to: A; B; C'. The visitor is the delegation, or one of its leaders or members named
    just before the cue; everything named after it (not as someone's employer) was visited."""
    m_id = entities[midx].id
    travellers = {mission.party, *mission.leaders}
    travellers |= {i for i, e in enumerate(entities) for r in relations
                   if r.predicate == "participatedIn" and r.object == m_id and r.subject == e.id}
    home = places[mission.party].country if mission.party in places else None
    out = []
    for k, mk in enumerate(marked):
        cue = _VISIT_CUE.search(mk.text)
        if not cue or _FUTURE_TRIP.search(mk.text):
            continue
        clause_start = max(mk.text.rfind("; ", 0, cue.start()), 0)
        visitor = None
        for m in _MARKER_ANY.finditer(mk.text, clause_start, cue.start()):
            idx = mk.index[int(m.group(2))]
            if m.group(1) in "PFUGOM" or idx == mission.party:
                visitor = idx
        if visitor is None:
            visitor = mission.party
        if visitor not in travellers:
            continue
        stop = _VISIT_STOP.search(mk.text, cue.end())
        zones = [(mk, mk.text[cue.end():stop.start() if stop else len(mk.text)], cue.end())]
        if mk.text.rstrip().endswith(":"):
            zones += [(item, item.text, 0) for item in _list_items(marked, k)]
        for zmk, zone, offset in zones:
            for m in _MARKER_ANY.finditer(zone):
                code, idx = m.group(1), zmk.index[int(m.group(2))]
                if idx in travellers or code not in "FUGOMC":
                    continue  # countries and regions visited are the mission's destinations already
                if code == "C" and (idx not in places or places[idx].country == home):
                    continue  # a town at home is no stop of the trip
                if _APPOSED.search(zone[max(0, m.start() - 20):m.start()]):
                    continue  # "the Weihai campus of the Harbin Institute": the campus was seen
                out.append(Relation(entities[visitor].id, "visited", entities[idx].id, evidence(zmk.sentence),
                                    0.55, {"method": "visit-list"}))
    return out


def _represented_bodies(entities, mission, midx: int, relations: list[Relation]) -> list[Relation]:
    """A delegate's own body or place takes part too: the Leader of Sheffield City Council
    brings the council, the Deputy Mayor of Greater Manchester brings Greater Manchester."""
    m_id = entities[midx].id
    by_id = {e.id: e for e in entities}
    delegates = {r.subject for r in relations if r.predicate == "participatedIn" and r.object == m_id
                 and by_id[r.subject].type == "Person"}
    skip = {entities[i].id for i in (mission.party, *mission.destinations)}
    out = []
    for r in relations:
        if r.predicate != "affiliatedWith" or r.subject not in delegates or r.object in skip:
            continue
        body = by_id.get(r.object)
        if body is None or body.type == "Country" or not r.evidence.text:
            continue  # a title with no stated body ("the Minister") says nothing more
        out.append(Relation(r.object, "participatedIn", m_id, r.evidence, 0.5, {"method": "delegate-affiliation"}))
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
