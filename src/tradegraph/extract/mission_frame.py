"""The mission frame (graph/gold/README.md, conventions): who took part in the record's
missions, where they went, whom they met, and whom their titled people stand for.

``find_mission`` (events.py) says which mission a record reports; the functions here turn it
into relations: the party's and leaders' participation and visits, the members named in
delegation lists and their bodies, the sites the delegation toured, titled people's bodies,
and the missions a record mentions besides its main one.
"""

from __future__ import annotations

import re

from ..model import Entity, Evidence, Fact, Relation, entity_id
from . import cues, vocab
from .events import _qualifies, country_of, region_of
from .relations import evidence

_NATIONAL_ROLE = re.compile(r"prime\s+minister|president|first\s+minister|premier|taoiseach|chancellor|king|queen|prince|princess|minister|secretary|governor|mayor|ambassador", re.I)


def event_entity(entities: list[Entity], name: str) -> int:
    eid = entity_id("Event", name)
    for i, e in enumerate(entities):
        if e.id == eid:
            return i
    entities.append(Entity(id=eid, name=name, type="Event"))
    return len(entities) - 1


def first_sentence(sentences, entity: Entity) -> Evidence:
    if entity.mentions:
        start = entity.mentions[0].start
        for s in sentences:
            if s.start <= start < s.end:
                return evidence(s)
    return Evidence("", 0, 0)


def mission_relations(mission, midx: int, entities: list[Entity], relations: list[Relation], res) -> list[Relation]:
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
    for member in mission.members:
        out.append(Relation(entities[member].id, "participatedIn", m_id, ev, 0.7, {"method": "mission-member"}))
    leader_ids = {entities[i].id for i in mission.leaders}
    for r in relations:
        if r.subject in leader_ids and r.predicate in ("visited", "metWith", "participatedIn") and r.object != party.id:
            out.append(Relation(party.id, r.predicate, r.object, r.evidence, r.confidence * 0.9,
                                {"method": "leader-for-party"}))
    return out


_LEADER_ROLE = re.compile(r"\b(?:governor|premier|president|prime\s+minister|first\s+minister|chief\s+minister|mayor|"
                          r"taoiseach|chancellor|minister-president|ministerpräsident|leader|minister|secretary\s+of\s+state)\b", re.I)


def titled_leaders(entities: list[Entity], relations: list[Relation], mission, sentences) -> list[int]:
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


def role_affiliations(entities, roles: dict[int, str], relations, mission, places, sentences,
                       m_id: str | None) -> list[Relation]:
    """A titled person with no stated organisation represents the party (if leading or
    travelling with it: its council for councillors) or else the host."""
    out = []
    have = {r.subject for r in relations if r.predicate == "affiliatedWith"}
    members = {r.subject for r in relations if r.predicate == "participatedIn" and r.object == m_id}
    met = {x for r in relations if r.predicate == "metWith" for x in (r.subject, r.object)}
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
        elif mission.destinations and e.id in met:  # a host the delegation met: the host side's
            countries = [d for d in mission.destinations if entities[d].type == "Country"]
            if not countries:
                countries = [c for c in (country_of(entities, d, places) for d in mission.destinations) if c is not None]
            if not countries:
                # "Chief Minister X" of a trip to Kolkata, in a record naming West Bengal: a minister
                # serves the named region that holds the city, not the city
                countries = [r for r in (region_of(entities, d, places) for d in mission.destinations) if r is not None]
            target = _nearest_before(entities, countries or mission.destinations, e,
                                     {d: country_of(entities, d, places) for d in mission.destinations})
            if re.search(r"mayor", role, re.I):
                cities = [d for d in mission.destinations if entities[d].type == "City"]
                target = cities[0] if cities else target
        if target is not None and target != idx:
            out.append(Relation(e.id, "affiliatedWith", entities[target].id, first_sentence(sentences, e), 0.5,
                                {"method": "title-context", "role": role}))
    return out


def _nearest_before(entities: list[Entity], candidates: list[int], person: Entity, country: dict[int, int | None]) -> int:
    """The candidate place named last before the person first is ("On Thursday the Governor
    arrived in Seoul. ... Prime Minister Lee Nak-yeon": South Korea's, not China's), else the first."""
    if not person.mentions:
        return candidates[0]
    at = person.mentions[0].start
    best, best_pos = candidates[0], -1
    for c in candidates:
        # a country stands for its cities too: the last mention of it or of a destination inside it
        inside = [c] + [d for d, k in country.items() if k == c and d != c]
        for m in (m for i in inside for m in entities[i].mentions):
            if best_pos < m.start < at:
                best, best_pos = c, m.start
    return best


_COUNCIL_ROLE = re.compile(r"\bcouncill?ors?\b|\bcouncil\s+(?:chief\s+executive|leader)|\bcllr\b", re.I)


def _council_of(entities: list[Entity], place: int) -> int | None:
    """The council that governs the party's place ("Invercargill City Council" for Invercargill)."""
    name = entities[place].name
    for i, e in enumerate(entities):
        # "Kansas City Council" is Kansas City's: the suffix is matched after the whole name
        if e.type == "GovernmentBody" and e.name.startswith(name) and vocab.COUNCIL_AFTER_PLACE.fullmatch(e.name, len(name)):
            return i
    return place if entities[place].type == "GovernmentBody" else None


_PARTICIPANT_CUE = re.compile(
    r"\b(?:travell?ing\s+with|travell?ed\s+with|accompan\w+|joined\s+by|among\s+them|"
    r"(?:took|taking|take)\s+part,?\s+(?:together|along)\s+with|flew\s+out|set\s+off\s+from|"
    # "X led a business delegation to India, together with the Minister for ..., Y";
    # "Gov. X is leading a trade mission to Taiwan along with Director Y"
    r"(?:led|leads|leading|headed|heads|heading)\s+(?:the|a|an|its|their|his|her)\s+[^.;]{0,100}?(?:,\s+(?:together|along)|\s+along)\s+with|"
    r"joined\s+(?:some\s+of\s+|parts?\s+of\s+|several\s+of\s+)?the\s+(?:meetings|talks|visits|programme|program)|"
    r"(?:delegation|mission|party|trip|visit|visitors|guests|travell?ers)(?:,?\s+(?:which|that|who))?\s+(?:also\s+)?(?:included|includes|including|comprised|comprises|brought|consists\s+of|consisted\s+of|(?:is|was)\s+made\s+up\s+of)|"
    # "TexasOne, the Office of the Governor and a group of leaders came home from a mission to Japan"
    r"(?:came|come|got|returned|are|were)\s+(?:back\s+|home\s+){1,2}(?:[^.;⟨]{0,30}?\s)?from\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,4}?(?:mission|trip|visit)|"
    # "The group included Dr X", "the field visits were attended by A, B and C"
    r"(?:the|this|our)\s+group\s+(?:also\s+)?(?:included|includes|comprised|comprises)|"
    r"(?:visits?|trip|tour|mission)\s+(?:was|were)\s+(?:also\s+)?attended\s+by|"
    # (not "the programme included visits to farm companies A and B": those were visited)
    r"(?:brought|took|included)\s+(?!(?:visits?|tours?|trips?|stops?|meetings?|talks)\b)[^.;]{0,40}?(?:companies|firms|businesses|organisations|representatives)|"
    # "TfL sent David Waboso, its director of capital programmes, to sign ...": a body's envoy
    r"(?<=⟩\s)sent(?=\s+(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){0,3}?⟨P)|"
    r"members\s+of\s+the\s+(?:delegation|mission)|(?:also\s+)?in\s+the\s+(?:party|delegation)|"
    # "A and B were also among the delegates"; "..., with A and B also taking part"
    r"(?:also\s+)?among\s+the\s+(?:delegates|delegation|travell?ing\s+party|visitors)|"
    r"(?<=\s)with\s+(?=[^.;]{0,160}?\s(?:also\s+)?taking\s+part\b)|"
    r"part\s+of\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:delegation|mission)|joined\s+(?:parts?\s+of\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:delegation|mission|visit|trip|programme|program|tour)|"
    r"delegates\s+(?:included|from)|(?:core\s+|main\s+)?(?:group|delegation|party|team|members)\s+(?:was|were|is|are|included|includes|comprised|consisted\s+of)(?=\s*:)|(?:visitors|guests|delegates|they|⟨[A-Z]\d+⟩)\s+(?:come|came)\s+from)\b", re.I)
_MARKER = re.compile(r"⟨([FUGOP])(\d+)⟩")
_HOSTED_AFTER = re.compile(r",?\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|will\s+be)\s+(?:\w+\s+)?"
                           r"(?:welcomed|received|hosted|greeted|met|briefed|shown|taken|guided|invited)\b|"
                           r"\b(?:welcomed|received|hosted|greeted|briefed)\s+(?:[^⟨.;]{0,40}?\s)?by\b", re.I)
_THE_PARTY_AFTER = re.compile(r"\s+(?:with\s+)?(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:group|delegation|mission|party|visitors|team|trip)\b", re.I)
# the body that sends or brings people on the trip, named just before the verb (an apposition between)
_SENDER = re.compile(r"⟨([FUGO])(\d+)⟩(?:\s*\([^)]*\))?(?:,[^.;⟨]{1,80},)?\s+(?:also\s+)?$")
_DEPARTED = re.compile(r"\b(?:flew\s+out|set\s+off\s+from)\b", re.I)
_AS_DID = re.compile(r",?\s+as\s+did\s+[^.;]*", re.I)
# "Peter Sands, chief executive of Standard Chartered", "A and B, members of the Landtag": the
# body a travelling person works for, which does not itself take part for that (§1)
_EMPLOYER_BEFORE = re.compile(r"⟨P\d+⟩,\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?!\b(?:representatives?|delegates?|delegation)\b)[^⟨;:.])"
                              r"{1,80}?\b(?:of|at|for|with)\s+(?:the\s+)?(?:⟨[KRC]\d+⟩[’']s\s+)?$")
# "state Department of Agriculture Director ⟨P⟩": the body is named as the person's employer
_TITLE_OF_PERSON_AFTER = re.compile(r"\s+(?:[A-Z][\w&-]*\s+){0,2}?(?:" + vocab.ROLE_RE.pattern + r")\s+⟨P\d+⟩", re.I)
_TRAVELLERS = re.compile(r"\b(?:delegation|delegates|visitors|mission|trip|travell\w*|accompan\w*|party)\b", re.I)
_LIST_INTRO = re.compile(r"\b(?:delegation|group|party|team|members|travel\w*|accompan\w*|joined|made\s+up\s+of|"
                         r"compris\w*|includ\w*|consist\w*|taking\s+part|took\s+part)\b[^.;]*:\s*$", re.I)
_MARKER_ANY = re.compile(r"⟨([A-Z])(\d+)⟩")
_PERSON_BULLET = re.compile(r"\s*(?:[-*•–]|\d+[.)])\s+(?:\*\*)?⟨P\d+⟩")
_TRAVELLERS_LED = re.compile(r"\b(?:delegation|delegates|mission|travell\w*|accompan\w*|led|headed|trip)\b", re.I)


def _bullets_after(marked, k: int) -> list:
    """The bulleted sentences right after sentence k when it ends with ':'."""
    if not marked[k].text.rstrip().endswith(":") and not _DELEGATION_HEADING.match(marked[k].text):
        return []
    items = []
    for mk in marked[k + 1:k + 41]:
        if not _BULLET.match(mk.text):
            break
        items.append(mk)
    return items
_BULLET = re.compile(r"\s*(?:[-*•–]|\d+[.)])\s")
# a heading over the list of those who went: "### Who went", "**The delegation**"
_DELEGATION_HEADING = re.compile(
    r"\s*(?:#{1,6}\s+|\*\*|__)\s*(?:who\s+(?:went|travell?ed|is\s+going|is\s+travell?ing|was\s+there|took\s+part)|"
    r"(?:the\s+|our\s+)?(?:delegation|delegates|participants|delegation\s+members|mission\s+members|travell?ing\s+party|"
    r"members\s+of\s+the\s+(?:delegation|mission))|who[’']s\s+who)\b[^.!?]*$", re.I)
_LED_BY_MANY = re.compile(r"\b(?:led|headed)\s+(?:jointly\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+|⟨[A-Z]\d+⟩\s+){0,3}?(?:mayors|ministers|governors|premiers|"
                          r"leaders|presidents|chief\s+executives|councillors)\b", re.I)
# "(leaders | officials | visitors come) from A, B and C": the places a delegation's members represent
_FROM_PLACES = re.compile(r"\b(?:leaders|mayors|representatives|officials|delegates|members|ministers|councillors|"
                          r"visitors|guests|come|came)\s+from\s+(?:the\s+)?((?:⟨[KRC]\d+⟩(?:\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?)?)+)", re.I)


def other_mission_relations(other, entities: list[Entity], facts: list[Fact]) -> list[Relation]:
    """An earlier or parallel mission: its party and leader took part and went where it went."""
    idx = event_entity(entities, other.name)
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


def participants(marked, entities, mission, midx: int) -> list[Relation]:
    """Firms, bodies and people named as travelling with the delegation took part in the mission."""
    out = []
    m_id = entities[midx].id
    skip = {mission.party, *mission.destinations}
    for k, mk in enumerate(marked):
        bullets = _bullets_after(marked, k)
        # "She will travel with a delegation made up of:" and a bulleted list of its members;
        # "a mission led by six mayors ... :" and a bulleted list of people ("- A, Mayor of B")
        people_only = bool(bullets) and all(_PERSON_BULLET.match(b.text) for b in bullets) and bool(
            _TRAVELLERS_LED.search(mk.text + " " + (marked[k - 1].text if k else "")))
        # "a mission led jointly by six Arizona mayors ... :" and the mayors listed: they lead it
        leading = people_only and bool(_LED_BY_MANY.search(" ".join(x.text for x in marked[max(0, k - 3):k + 1])))
        if bullets and (_LIST_INTRO.search(mk.text) or people_only or _DELEGATION_HEADING.match(mk.text)):
            for item in bullets:
                for m in _MARKER.finditer(item.text):
                    idx = item.index[int(m.group(2))]
                    if idx in skip or people_only and m.group(1) != "P":
                        continue
                    out.append(Relation(entities[idx].id, "participatedIn", m_id, evidence(item.sentence),
                                        0.6, {"method": "delegation-list"}))
                    if leading and item.text.lstrip(" -*•–").lstrip("*").startswith(m.group(0)) and idx not in mission.leaders:
                        mission.leaders.append(idx)  # the person the item opens with, not those it names after
        cue = cues.search(_PARTICIPANT_CUE, mk.text, mk.folded)  # through its gate (cues.py)
        if not cue:
            continue
        if cue.group(0).lower() == "among them" and not (_TRAVELLERS.search(mk.text) or (
                not mk.text[:cue.start()].strip() and k and _TRAVELLERS.search(marked[k - 1].text))):
            continue  # "partnerships with universities, among them ...": not members of the party
        joined = re.search(r"(?:back|home)\s+(?:[^.;]*\s)?from|(?:also\s+)?among\s+the\s+(?:delegates|delegation|travell?ing\s+party|visitors)|(?:also\s+)?in\s+the\s+(?:party|delegation)|part\s+of(?!,?\s+(?:together|along))|joined\s+(?:\w+\s+)*?(?:of\s+)?the|flew\s+out|set\s+off",
                           cue.group(0), re.I)
        if not joined and re.match(r"travell?|accompan", cue.group(0), re.I) and _THE_PARTY_AFTER.match(mk.text, cue.end()):
            joined = cue  # "X, who is travelling with the group", "Y accompanied the delegation throughout"
        with_him = re.match(r"\s+(?:him|her|them)\b", mk.text[cue.end():])  # "X and Y travelled with him"
        # those named before "joined the delegation" joined it; whom they then met did not
        zone = mk.text[:cue.end()] if joined else mk.text if with_him else mk.text[cue.start():]
        if not joined and not with_him:
            host = _HOSTED_AFTER.search(zone)
            if host:  # "The group, which included A and B, was welcomed ... by C": C is the host
                zone = zone[:host.start()]
        if joined:
            clause = max(zone.rfind("; ", 0, cue.start()), 0)
            zone = zone[clause:]
            did = _AS_DID.search(mk.text, cue.end())  # "..., as did representatives of A and B"
            if did:
                zone += " " + did.group(0)
        found = [mk.index[int(m.group(2))] for m in _MARKER.finditer(zone)
                 if m.group(1) == "P" or not (_EMPLOYER_BEFORE.search(zone, max(0, m.start() - 100), m.start())
                                              or _TITLE_OF_PERSON_AFTER.match(zone, m.end()))]
        sender = _SENDER.search(mk.text, 0, cue.start()) if re.match(r"brought|sent|took", cue.group(0), re.I) else None
        if sender:  # "London & Partners ... brought 15 technology companies": the body takes part through them
            found.append(mk.index[int(sender.group(2))])
        if mk.text.rstrip().endswith(":") and k + 1 < len(marked) and _BULLET.match(marked[k + 1].text):
            # "the core group was:" followed by a bulleted list of its members
            found.extend(marked[k + 1].index[int(m.group(2))] for m in _MARKER.finditer(marked[k + 1].text))
        for fm in _FROM_PLACES.finditer(mk.text):
            found.extend(mk.index[int(x)] for x in re.findall(r"⟨[KRC](\d+)⟩", fm.group(1)))
        for dm in _DEPARTED.finditer(mk.text):  # "He set off on Monday; A and B flew out a day later"
            if dm.start() > cue.start():
                before = mk.text[max(mk.text.rfind("; ", 0, dm.start()), 0):dm.start()]
                found.extend(mk.index[int(m.group(2))] for m in _MARKER.finditer(before) if m.group(1) == "P")
        for idx in found:
            if idx in skip:
                continue
            out.append(Relation(entities[idx].id, "participatedIn", m_id, evidence(mk.sentence), 0.6,
                                {"method": "delegation-member"}))
    return out


# "visit" as a noun names the trip ("During the visit X announced ..."), not what it saw
_VISIT_CUE = re.compile(r"\b(?:visit(?:ed|ing)\b|visits?\s+(?:to|of)\b|visits?\s+(?:the\s+)?(?=⟨)|(?:to|will|would|also|then)\s+visit\b|tour(?:ed|s|ing)?|tour\s+of|called\s+(?:at|on)|took\s+in|"
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


def visit_lists(marked, entities, mission, midx: int, relations: list[Relation], places) -> list[Relation]:
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
        cue = cues.search(_VISIT_CUE, mk.text, mk.folded)  # through its gate (cues.py)
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


# "The mission was organised by the Welsh Government", "The programme was put together by the
# consultancy firms A and B", "a mission (OSM) to Nigeria, organised by the dti", "The mission is
# led jointly by A, B and C, and is hosted by D": bodies that organise or lead the trip.
_ORGANISED_BY = re.compile(
    r"\b(?:mission|programme|program|trip|visit|delegation|tour|itinerary)\b[^.;]{0,80}?"
    r"\b(?:organi[sz]ed|put\s+together|arranged|co-?ordinated|facilitated|led|hosted|run)\s+"
    r"(?:(?:jointly|together|mainly|largely)\s+|on\s+the\s+[\w-]+\s+side\s+)?(?:by|with\s+the\s+(?:support|help|assistance)\s+of)\s+(?P<o>[^.;]*)", re.I)
# "a three-day Enterprise Ireland (EI) trade and investment mission": the body the mission is named for
_BODY_MISSION = re.compile(r"\b(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?P<a>⟨[GO]\d+⟩)\s+(?:\([^)]*\)\s+)?(?:(?!(?:it|is|was|are|were|has|have|had|the|a|an|to|of|that|which)\s)[a-z][\w-]*\s+){0,4}?"
                           r"(?:trade\s+)?(?:mission|delegation)\b")
# "GOEO organised it with World Trade Center Utah"
_ORGANISED_IT = re.compile(r"(?P<a>⟨[FUGOM]\d+⟩)(?:\s*\([^)]*\))?(?:,(?:[^.;⟨]|⟨[KRCS]\d+⟩){1,80},)?\s+(?:also\s+)?(?:organi[sz]ed|arranged|co-?ordinated)\s+(?:it|the\s+(?:mission|trip|visit|programme))"
                           r"(?:\s+(?:together\s+)?with\s+(?:the\s+)?(?P<b>⟨[FUGOM]\d+⟩))?")
_ORG_CODES = "FUGOM"
_PERSON_AND_BODY = re.compile(r"\s*(?:(?-i:[A-Z])[\w.]*\s+)?⟨P\d+⟩\s+and\s+(?:the\s+)?⟨[GO](\d+)⟩")
# "The Office of the Governor of Washington led a delegation of about 46 people": the body leads
# the trip; the place it speaks for is the party
_BODY_LED = re.compile(r"⟨[GO](\d+)⟩(?:\s*\([^)]*\))?\s+(?:led|leads|headed|heads)\s+(?:a|an|the|its)\s+[^.;⟨]{0,60}?\b(?:delegation|mission)\b")


def mission_organisers(marked, entities, mission, midx: int) -> list[Relation]:
    """The bodies that organised or led the record's mission (``organisedBy``)."""
    m_id = entities[midx].id
    skip = {mission.party, *mission.destinations}
    out = []
    for mk in marked:
        found: list[int] = []
        for m in cues.finditer(_ORGANISED_BY, mk.text, mk.folded):
            zone = m.group("o")
            cut = re.search(r",\s+(?:which|who|whose|where|with)\b|\b(?:and|to|for|in)\s+(?!(?:the\s+)?⟨)", zone)
            if cut:
                zone = zone[:cut.start()]
            first = _MARKER_ANY.search(re.sub(r"⟨[KRC]\d+⟩[’']s\s+|⟨S\d+⟩", "", zone))  # "South Africa's dti", "the consultancy firms"
            co = _PERSON_AND_BODY.match(zone)
            if co:  # "led by Mayor X and the Greater Houston Partnership": the body co-leads
                found.append(mk.index[int(co.group(1))])
            if first is None or first.group(1) not in _ORG_CODES:
                continue  # "led by Yuan Jiajun, member of the Political Bureau": a person leads it
            found += [mk.index[int(x.group(2))] for x in _MARKER_ANY.finditer(zone) if x.group(1) in _ORG_CODES]
        for m in cues.finditer(_BODY_MISSION, mk.text, mk.folded):
            found.append(mk.index[int(m.group("a")[2:-1])])
        for m in _BODY_LED.finditer(mk.text):
            found.append(mk.index[int(m.group(1))])
        for m in cues.finditer(_ORGANISED_IT, mk.text, mk.folded):
            found += [mk.index[int(x.group(2))] for x in _MARKER_ANY.finditer(m.group(0)) if x.group(1) in _ORG_CODES]
        for idx in dict.fromkeys(found):
            if idx not in skip:
                out.append(Relation(m_id, "organisedBy", entities[idx].id, evidence(mk.sentence), 0.6,
                                    {"method": "mission-organised-by"}))
    return out


_COUNCIL_BODY = re.compile(r"\bCouncil\b")


def represented_bodies(entities, mission, midx: int, relations: list[Relation]) -> list[Relation]:
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
        if body.type not in ("City", "Region", "Organisation") and not (
                body.type == "GovernmentBody" and _COUNCIL_BODY.search(body.name)):
            continue  # a minister's ministry, a consul's consulate, a chief executive's firm: the person went

        out.append(Relation(r.object, "participatedIn", m_id, r.evidence, 0.5, {"method": "delegate-affiliation"}))
    return out


_PLACE_TYPES = frozenset({"City", "Region", "Country"})


def mission_places(mission, midx: int, entities: list[Entity], relations: list[Relation]) -> list[Relation]:
    """A mission is held wherever its party went, and its party and leaders went wherever it
    was held (graph/gold/README.md §1: the party visited every ``heldIn`` place, the leader the
    mission's places): the two relations are kept in step, whichever pattern found one of them."""
    m_id = entities[midx].id
    party_id = entities[mission.party].id
    by_id = {e.id: e for e in entities}
    held = {r.object: r for r in relations if r.predicate == "heldIn" and r.subject == m_id}
    went = {r.object: r for r in relations if r.predicate == "visited" and r.subject == party_id
            and by_id.get(r.object) is not None and by_id[r.object].type in _PLACE_TYPES}
    out = []
    for place, r in went.items():
        if place not in held:
            out.append(Relation(m_id, "heldIn", place, r.evidence, r.confidence * 0.9, {"method": "party-visited-place"}))
    for place, r in held.items():
        if place not in went and place != party_id:
            out.append(Relation(party_id, "visited", place, r.evidence, r.confidence * 0.9, {"method": "mission-held-in"}))
    # the leaders went wherever the mission was held, as its party did ("the delegation visited
    # four cities - A, B, C and D" gives the Premier leading it all four)
    for leader in mission.leaders:
        leader_id = entities[leader].id
        for place, r in {**held, **went}.items():
            if place not in (party_id, leader_id) and by_id[place].type in _PLACE_TYPES:
                out.append(Relation(leader_id, "visited", place, r.evidence, r.confidence * 0.8,
                                    {"method": "leader-at-mission-place"}))
    # "Martin-Baker was represented by A, B and C": those who represent a body the party met, met it
    met = {r.object if r.subject == party_id else r.subject for r in relations
           if r.predicate == "metWith" and party_id in (r.subject, r.object)}
    for r in relations:
        if r.predicate == "affiliatedWith" and r.attributes.get("method") == "represented-by" and r.object in met \
                and r.subject != party_id:
            out.append(Relation(party_id, "metWith", r.subject, r.evidence, 0.55, {"method": "representative-of-met-body"}))
    return out


# "he held meetings ... in Beijing, Shanghai and Seoul", "the mayors held a forum at Universidad X
# in Santa Fe", "Dayton joined the mission in Mexico City": where a traveller the sentence is
# about did something is a place of the mission, and a body it was at is a site it visited
_AT_IN = re.compile(r"\b(?P<prep>(?i:in|at))\s+(?:the\s+)?(?P<words>(?:[a-z][\w-]*\s+){0,4}?(?:of\s+(?:the\s+)?)?)"
                    # "in the city's Jing'an District": the district, not the city that owns it
                    r"(?:(?P<owner>⟨[KRC]\d+⟩)[’']s\s+)?"
                    r"(?P<list>⟨[KRCFUGO]\d+⟩(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?⟨[KRC]\d+⟩)*)")
_CLAUSE_END = re.compile(r";\s|,\s+(?:which|who|whose|where|while)\b|\b(?:said|says|told|according\s+to|added|announced|that|would|will|plans?|planned|hopes?|hoped)\b", re.I)
_NOT_SITE = re.compile(r"\b(?:invitation|request|behest|expense|suggestion|head|helm|heart|end|start|beginning|time|"
                       r"age|rate|cost|level|price|close|centre|center|forefront)\b", re.I)
_PARTY_WORDS = re.compile(r"\b(?:the|our|their)\s+(?:(?:visiting|whole|full|official|[\w-]+-strong)\s+)?(?:delegation|delegates|visitors|mayors|ministers|"
                          r"group|party|guests|mission|programme|program|team)\b(?![-’'])", re.I)
_SCENE = re.compile(r"\W{0,4}(?:In|At)\s+(?:the\s+)?⟨[KRC]\d+⟩")
_BASED_BEFORE = re.compile(r"\b(?:based|headquartered|located|born|registered|listed|operations|plants?|offices?|factory)\s*$", re.I)
_IN_APPOSITION = re.compile(r",\s+(?:the|a|an|its|⟨[A-Z]\d+⟩[’']s)\s+[^,;⟨]*$", re.I)
_OTHER_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def programme_places(marked, entities, mission, midx: int, relations: list[Relation], places) -> list[Relation]:
    """Places and sites a traveller named as a sentence's subject is put at ("in X", "at Y")."""
    m_id = entities[midx].id
    travellers = {mission.party, *mission.leaders}
    index = {e.id: i for i, e in enumerate(entities)}
    travellers |= {index[r.subject] for r in relations if r.predicate == "participatedIn" and r.object == m_id
                   and r.subject in index}
    home = places[mission.party].country if mission.party in places else None
    year = (mission.date or "")[:4] or None
    out = []
    for mk in marked:
        text = mk.text
        if "⟩" not in text or (year and any(y != year for y in _OTHER_YEAR.findall(text))):
            continue  # "In 2012 a mission to China ...": another trip
        subject, start = None, 0
        for m in _MARKER_ANY.finditer(text):
            idx = mk.index[int(m.group(2))]
            if re.search(r"\b(?:in|at|to|of|from|for|with|by|on)\s+(?:the\s+)?$", text[max(0, m.start() - 12):m.start()], re.I):
                continue  # "In Seoul the Governor ...": a place that sets the scene is no subject
            if (m.group(1) in "PFUGOM" or idx == mission.party) and m.start() < 60:
                subject, start = idx, m.end()
            break
        said = _PARTY_WORDS.search(text, 0, 60)  # "In the afternoon the mayors held talks at ..."
        if said and (subject is None or said.start() < start) and not re.search(
                r"\b(?:in|at|to|of|from|for|with|by|on)\s+$", text[max(0, said.start() - 6):said.start()], re.I):
            subject, start = mission.party, said.end()
        if subject is None or subject not in travellers:
            continue
        stop = _CLAUSE_END.search(text, start)
        zone_end = stop.start() if stop else len(text)
        scene = _SCENE.match(text)
        for m in _AT_IN.finditer(text, 0 if scene else start, zone_end):
            if _NOT_SITE.search(m.group("words")) or vocab.ROLE_RE.search(text[max(0, m.start() - 40):m.start()]):
                continue  # "at the invitation of", "director at X": no site of the trip
            if _BASED_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _IN_APPOSITION.search(text, start, m.start()):
                continue  # "a maker based in Baglan", "Weihai, the town's twin in China": no stop either
            for x in _MARKER_ANY.finditer(m.group("list")):
                code, idx = x.group(1), mk.index[int(x.group(2))]
                if idx in travellers or idx == mission.party:
                    continue
                if code in "KRC":
                    scene = m.start() < 4 and code == "K"  # "In the United Arab Emirates the Mayor met ..."
                    # a district the gazetteer does not know lies where the city owning it does
                    where = idx if idx in places else (mk.index[int(m.group("owner")[2:-1])] if m.group("owner") else None)
                    if (code != "C" and not scene) or where not in places or places[where].country == home or m.group("words"):
                        continue  # a place at home is no stop of the trip
                    out.append(Relation(m_id, "heldIn", entities[idx].id, evidence(mk.sentence), 0.55,
                                        {"method": "traveller-in-place"}))
                    if subject in mission.leaders:
                        out.append(Relation(entities[subject].id, "visited", entities[idx].id, evidence(mk.sentence),
                                            0.55, {"method": "traveller-in-place"}))
                elif m.group("prep") == "at":
                    for who in dict.fromkeys((subject, mission.party)):
                        out.append(Relation(entities[who].id, "visited", entities[idx].id, evidence(mk.sentence),
                                            0.55, {"method": "traveller-at-site"}))
    return out


# An itinerary heading: "## Monday 27 February – New Delhi", "## Cardiff, 16 January",
# "## Advance party: Punjab, 6-8 July", "**Day 3: Chongqing**", "## Grand Est": a heading made
# of places and nothing but dates and the words of a programme's parts
_HEADING = re.compile(r"^\s*(?:#{1,6}\s+(?P<h>.+?)|\*\*(?P<b>[^*]+?)\*\*)\s*$")
_ITINERARY_WORDS = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)?|\d{4}|day|days|stop|leg|part|advance|party|final|first|second|third|fourth|fifth|last|"
    r"morning|afternoon|evening|week|weekend|and|then|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)", re.I)


def itinerary_headings(marked, entities, mission, midx: int, places) -> list[Relation]:
    """Places that head a part of the programme were places of the mission (``heldIn``)."""
    m_id = entities[midx].id
    home = places[mission.party].country if mission.party in places else None
    out = []
    for mk in marked:
        h = _HEADING.match(mk.text)
        if h is None or "⟨" not in mk.text:
            continue
        heading = h.group("h") or h.group("b")
        found = [x for x in _MARKER_ANY.finditer(heading)]
        rest = _MARKER_ANY.sub(" ", heading)
        words = re.findall(r"[^\W\d_]+|\d+", rest)
        if not found or any(x.group(1) not in "KRC" for x in found) or not all(
                _ITINERARY_WORDS.fullmatch(w) for w in words):
            continue
        for k, x in enumerate(found):
            idx = mk.index[int(x.group(2))]
            if idx == mission.party or idx not in places or places[idx].country == home:
                continue  # a place at home heads no leg of the trip
            if k and heading[found[k - 1].end():x.start()].strip() == "," and _qualifies(
                    places, mk.index[int(found[k - 1].group(2))], idx):
                continue  # "Visakhapatnam, Andhra Pradesh": the state only says where the city is
            out.append(Relation(m_id, "heldIn", entities[idx].id, evidence(mk.sentence), 0.55,
                                {"method": "itinerary-heading"}))
    return out


# "The visit coincided with the fifth X Days", "The mission formed part of the Y Month", "who were
# in Z for the W Summit": the delegation took part in the event its trip belonged to
_PART_OF_EVENT = re.compile(
    r"\b(?:visit|mission|trip|delegation|tour|programme|program|journey)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:coincided\s+with|coincides\s+with|(?:formed|forms|is|was|are|were)\s+(?:also\s+)?(?:a\s+|the\s+)?part\s+of|"
    r"was\s+timed\s+(?:to\s+coincide\s+)?with|was\s+held\s+(?:alongside|during))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<e>⟨E\d+⟩)"
    r"|\b(?:were|was)\s+in\s+(?:the\s+)?⟨[KRC]\d+⟩\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<e2>⟨E\d+⟩)", re.I)


def mission_events(marked, entities, mission, midx: int) -> list[Relation]:
    """The named events a record says its mission was part of or coincided with."""
    party_id = entities[mission.party].id
    out = []
    for mk in marked:
        if "⟨E" not in mk.text:
            continue
        for m in cues.finditer(_PART_OF_EVENT, mk.text, mk.folded):
            e = m.group("e") or m.group("e2")
            idx = mk.index[int(e[2:-1])]
            if idx != midx:
                out.append(Relation(party_id, "participatedIn", entities[idx].id, evidence(mk.sentence), 0.6,
                                    {"method": "mission-part-of-event"}))
    return out
