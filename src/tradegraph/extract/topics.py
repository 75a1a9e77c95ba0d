"""Sector activity (activeIn) and collaboration opportunities, sentence by sentence."""

from __future__ import annotations

import re

from ..model import Entity, Relation
from . import cues
from .events import region_of
from .relations import Marked, evidence

_MARK = re.compile(r"⟨([A-Z])(\d+)⟩")
_ACTIVITY = re.compile(r"\b(?:make[sr]?|making|manufactur\w*|produc\w*|maker|specialis\w*|specializ\w*|"
                       r"supplie[sr]|supply|provider|provides?|leader|leading|ranked|develop\w*|designs?|"
                       r"solutions|sector|industry|business(?:es)?|compan(?:y|ies)|group|firm|works?\s+in|"
                       r"active|focus\w*|operat\w*|brands?|market|expert\w*|invest\w*\s+in|consultancy|"
                       r"weaver|products?|services|technolog\w*|includes?|one\s+of)\b", re.I)
_COLLAB = re.compile(r"\b(?:opportunit\w*|collaborat\w*|co-?operat\w*|partnerships?|work(?:ing)?\s+(?:more\s+)?(?:together\s+|closely\s+)?with|joint|"
                     r"(?:do|does|doing|did)\s+(?:more\s+)?business\s+together|exchanges)\b", re.I)
_PROSPECT = re.compile(r"\b(?:discuss\w*|explor\w*|might|could|potential|turned\s+to|interest\w*|identif\w*|possib\w*|future|plans?|prospect\w*|ideas?|"
                       r"would\s+like|hop(?:e|es|ed|ing)|keen|eager|priorit\w*|look(?:s|ed|ing)?\s+(?:forward|at\s+ways))\b", re.I)
_ORGISH = "FUGOMI"


def topic_relations(mk: Marked, entities: list[Entity], party: int | None) -> list[Relation]:
    out: list[Relation] = []
    marks = [(m.start(), m.end(), m.group(1), mk.index[int(m.group(2))]) for m in _MARK.finditer(mk.text)]
    sectors = [x for x in marks if x[2] == "S"]
    if not sectors:
        sectors = []
    collab = bool(cues.search(_COLLAB, mk.text, mk.folded) and cues.search(_PROSPECT, mk.text, mk.folded))
    out.extend(_sector_frames(mk, entities, party))  # descriptor frames hold in any sentence
    if collab:
        out.extend(_collaboration(mk, marks, entities, party))
        return out
    for s0, s1, _, sidx in sectors:
        subj = None
        for a, b, code, idx in marks:
            if b > s0:
                break
            if code in "FUGO" and idx != party:
                subj = (b, idx)
        if subj is None:
            continue
        between = mk.text[subj[0]:s0]
        after = mk.text[s1:s1 + 25]
        if _HEAD_THEN_ORG.match(mk.text, s1) or len(between) > 100 or ";" in between:
            continue  # "..., and the engineering consultancy Mott MacDonald": the sector is the next firm's
        if _ACTIVITY.search(between) or _ACTIVITY.match(after.strip()) or re.match(r"^\s*(?:,\s+(?:a|an|the)\s+)$", between):
            out.append(Relation(entities[subj[1]].id, "activeIn", entities[sidx].id, evidence(mk.sentence),
                                0.6, {"method": "org-sector-cue"}))
    return out


def _collaboration(mk: Marked, marks, entities: list[Entity], party: int | None) -> list[Relation]:
    text = mk.text
    agents = []
    for m in _MARK.finditer(text):
        code, idx = m.group(1), mk.index[int(m.group(2))]
        if int(m.group(2)) in mk.derived and idx != party:
            continue  # "its products": a pronoun is no party to cooperation
        if code in _ORGISH or code in "KRC" and idx == party:
            if idx not in agents:
                agents.append(idx)
    # "X might work with Y" -> X and Y; otherwise the party and the record's focal organisation
    pair = None
    wm = re.search(r"⟨[" + _ORGISH + r"KRC](\d+)⟩[^⟨.;]{0,40}?\b(?:work|partner|collaborat\w*|co-?operat\w*)\s+(?:\w+\s+){0,2}?with\s+(?:the\s+)?⟨[" + _ORGISH + r"KRC](\d+)⟩", text)
    if wm:
        pair = (mk.index[int(wm.group(1))], mk.index[int(wm.group(2))])
    else:
        others = [i for i in agents if i != party and entities[i].type in ("Firm", "University", "Organisation", "GovernmentBody", "Initiative")
                  and not _same_name(entities[i], entities[party] if party is not None else None)]
        if party is not None and others and party in agents:
            pair = (others[0], party)  # the delegation is named in the sentence that speaks of cooperation
        elif len(others) >= 2 and not _same_name(entities[others[0]], entities[others[1]]):
            pair = (others[0], others[1])
    if pair is None or pair[0] == pair[1]:
        return []
    # topic: the sector right after the collaboration cue, else the last one before it
    cue = _COLLAB.search(text)
    sectors = [(a, idx) for a, b, code, idx in marks if code == "S"]
    topic = None
    near = [idx for a, idx in sectors if a >= cue.start() - 60]
    if wm:
        before = [idx for a, idx in sectors if a < wm.start()]
        topic = before[-1] if before else (near[0] if near else None)
    elif near:
        topic = near[0]
    elif sectors:
        topic = sectors[-1][1]
    attrs = {"method": "collaboration-cue"}
    if topic is not None:
        attrs["topic"] = entities[topic].name
    return [Relation(entities[pair[0]].id, "collaborationOpportunity", entities[pair[1]].id,
                     evidence(mk.sentence), 0.6, attrs)]


def _same_name(a: Entity, b: Entity | None) -> bool:
    """"Miami-Dade" and "Miami-Dade County": one name inside the other is one side, not two."""
    if b is None:
        return False
    x, y = a.name.lower(), b.name.lower()
    return x.startswith(y) or y.startswith(x)


_ORG_M = r"⟨[FUGO](\d+)⟩"
_SECTS = r"((?:⟨S\d+⟩)(?:(?:\s*,\s*|\s+and\s+|\s+&\s+|,\s+and\s+)⟨S\d+⟩)*)"
# "the consultancy firms A and B": every firm the descriptor introduces
_ORGS_M = r"((?:⟨[FUGO]\d+⟩)(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?⟨[FUGO]\d+⟩)*)"
_HEAD = (r"(?:firm|company|companies|provider|platform|agency|group|giant|specialist|maker|manufacturer|developer|"
         r"operator|business|consultancy|producer|supplier|start-?up|brand|studio|bank|insurer|retailer|leader|"
         r"player|house|practice|contractor|exporter|multinational|conglomerate|corporation|hub|cluster)s?")
_HEAD_THEN_ORG = re.compile(r"(?:\s+[\w-]+)?\s+" + _HEAD + r",?\s+(?:the\s+)?⟨[FUGO]\d+⟩")
_FRAMES = [
    # "the ticketing platform Tickets for Good", "the British architecture firm Atkins UK"
    re.compile(r"(?:^|\b(?:the|a|an|its|their)\s+)(?:[\w-]+\s+|⟨[KRC]\d+⟩\s+){0,2}?" + _SECTS + r"(?:\s+[\w-]+)?\s+" + _HEAD + r",?\s+(?:the\s+)?" + _ORGS_M),
    # "Huawei, the Chinese electronics giant"; "Carillion, the UK construction and support services company"
    re.compile(_ORG_M + r",\s+(?:the|a|an|one\s+of\s+the)\s+(?:[\w’'-]+\s+|⟨[KRC]\d+⟩\s+){0,3}?" + _SECTS + r"(?:\s+[\w-]+){0,3}?\s+" + _HEAD + r"\b(?!,?\s+(?:the\s+)?⟨[FUGO])"),
    # "Hitachi's global expertise in mobility and energy"; "the Port of Tyne's role as a clean energy hub"
    re.compile(_ORG_M + r"[’']s?\s+(?:[\w-]+\s+){0,2}?(?:expertise|strengths?|experience|specialism|specialty|speciality|focus|role|work|business|capabilit(?:y|ies)|track\s+record|interests?|activities|operations)\s+(?:in|as\s+an?|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _SECTS),
    # "digital services (Tencent and HONOR)"
    re.compile(_SECTS + r"(?:\s+[a-z][\w-]*)?\s+\(\s*((?:(?:the\s+)?⟨[FUGO]\d+⟩(?:\s*,\s*|\s+and\s+|,\s+and\s+)?)+)\)"),
    # "X specialises in / makes / produces A and B"
    re.compile(_ORG_M + r"~(?:specialis|specializ|manufactur|produc|mak|develop|suppl|design|operat|work|focus)\w*\s+(?:on\s+|in\s+)?(?:[\w-]+\s+){0,3}?" + _SECTS),
]
_FRAMES[4] = re.compile(_FRAMES[4].pattern.replace("~", r"(?:,\s+which|,\s+that|\s+which|\s+that|\s+also|\s+now|\s+mainly|\s+largely)?\s+"))
_NUM = re.compile(r"⟨[A-Z](\d+)⟩")
_BODY_TYPES = ("Firm", "University", "Organisation", "GovernmentBody")


def _sector_frames(mk: Marked, entities: list[Entity], party: int | None) -> list[Relation]:
    out = []
    text = mk.text
    for i, rx in enumerate(_FRAMES):
        for m in cues.finditer(rx, text, mk.folded):  # through the frame's gate: a sector marker
            if i == 0:
                sect_txt, orgs = m.group(1), [int(x) for x in _NUM.findall(m.group(2))]
            elif i == 3:
                sect_txt, orgs = m.group(1), [int(x) for x in _NUM.findall(m.group(2))]
            else:
                orgs, sect_txt = [int(m.group(1))], m.group(2)
            for o in orgs:
                oi = mk.index[o]
                if oi == party and entities[oi].type not in _BODY_TYPES or o in mk.derived and entities[oi].type not in _BODY_TYPES:
                    continue
                for sn in _NUM.findall(sect_txt):
                    out.append(Relation(entities[oi].id, "activeIn", entities[mk.index[int(sn)]].id,
                                        evidence(mk.sentence), 0.65, {"method": f"sector-frame-{i}"}))
    return out


_BOTH_SIDES = re.compile(r"\b(?:both|the\s+two)\s+(?:sides|regions|cities|countries|states|provinces|partners|"
                         r"parties|governments|nations|economies|delegations)\b|\bbilateral\b|\bmutual\w*\b", re.I)
# "the opportunities for Danish companies in onshore wind": the visitors' firms, in the host's market
_FOR_VISITING_FIRMS = re.compile(r"\bopportunit\w*\s+for\s+(?:[\w-]+\s+|⟨[KRC]\d+⟩\s+){1,2}?(?:companies|firms|businesses|"
                                 r"exporters|investors|suppliers|manufacturers)\b", re.I)
_COOPERATION_IN = re.compile(r"\b(?:co-?operat\w*|collaborat\w*|partnerships?|ties|links|work(?:ing)?\s+together)"
                             r"\s+(?:in|on|across|around|over|for)\b", re.I)


def cooperation_with_hosts(plain: list[Marked], entities: list[Entity], mission,
                           relations: list[Relation], places: dict | None = None) -> list[Relation]:
    """A mission's talk of cooperation is between the delegation and its hosts.

    "The two sides agreed to explore cooperation in tourism", "opportunities for Invercargill
    firms in Suqian": a sentence with a cooperation cue and a prospect cue (or "cooperation
    in ...") that names a destination, or speaks of "both sides", gives
    ``collaborationOpportunity`` between the party and that destination (else the first one).
    (A sentence naming only the delegation was tried too: 5 more false hits for 1 more true.)
    The host is taken at the party's own level where the record allows: among the
    destinations and the regions and countries the record places them in, a region's
    partner is a region and a city's a city.
    """
    if mission is None or mission.party is None or not mission.destinations:
        return []
    party = mission.party
    index = {e.id: i for i, e in enumerate(entities)}
    candidates = list(mission.destinations)
    for r in relations:  # the regions and countries the destinations are in
        if r.predicate == "locatedIn" and index.get(r.subject) in mission.destinations:
            container = index.get(r.object)
            if container is not None and container not in candidates:
                candidates.append(container)
    for d in mission.destinations if places else ():  # the named region a destination city lies in
        region = region_of(entities, d, places)
        if region is not None and region not in candidates:
            candidates.append(region)
    candidates = [c for c in candidates if c != party]
    level = entities[party].type

    def at_party_level(options: list[int]) -> list[int]:
        same = [c for c in options if entities[c].type == level]
        return same or options
    out: list[Relation] = []
    seen: set[int] = set()
    for mk in plain:
        text = mk.text
        if not (cues.search(_COLLAB, text, mk.folded) and cues.search(_PROSPECT, text, mk.folded)) \
                and not _COOPERATION_IN.search(text):
            continue
        named = [mk.index[int(m.group(2))] for m in _MARK.finditer(text)]
        # the host named last: a dateline ("Kolkata, Sep 19: ... opportunities in West Bengal") comes first
        hosts = at_party_level(sorted((c for c in candidates if c in named), key=named.index, reverse=True))[:1]
        if not hosts and (_BOTH_SIDES.search(text) or _FOR_VISITING_FIRMS.search(text)):
            hosts = at_party_level(candidates)[:1]
        sectors = [mk.index[int(m.group(2))] for m in _MARK.finditer(text) if m.group(1) == "S"]
        for host in hosts:
            if host in seen or _same_name(entities[host], entities[party]):
                continue
            seen.add(host)
            attrs = {"method": "mission-cooperation-cue"}
            if sectors:
                attrs["topic"] = entities[sectors[0]].name
            out.append(Relation(entities[party].id, "collaborationOpportunity", entities[host].id,
                                evidence(mk.sentence), 0.55, attrs))
    return out
