"""Sector activity (activeIn) and collaboration opportunities, sentence by sentence."""

from __future__ import annotations

import re

from ..model import Entity, Relation
from .relations import Marked, evidence

_MARK = re.compile(r"⟨([A-Z])(\d+)⟩")
_ACTIVITY = re.compile(r"\b(?:make[sr]?|making|manufactur\w*|produc\w*|maker|specialis\w*|specializ\w*|"
                       r"supplie[sr]|supply|provider|provides?|leader|leading|ranked|develop\w*|designs?|"
                       r"solutions|sector|industry|business(?:es)?|compan(?:y|ies)|group|firm|works?\s+in|"
                       r"active|focus\w*|operat\w*|brands?|market|expert\w*|invest\w*\s+in|consultancy|"
                       r"weaver|products?|services|technolog\w*|includes?|one\s+of)\b", re.I)
_COLLAB = re.compile(r"\b(?:opportunit\w*|collaborat\w*|co-?operat\w*|partnerships?|work(?:ing)?\s+(?:together\s+)?with|joint)\b", re.I)
_PROSPECT = re.compile(r"\b(?:discuss\w*|explor\w*|might|could|potential|opportunit\w*|turned\s+to|interest\w*|identif\w*|possib\w*|future|plans?|prospect\w*|ideas?)\b", re.I)
_ORGISH = "FUGOMI"


def topic_relations(mk: Marked, entities: list[Entity], party: int | None) -> list[Relation]:
    out: list[Relation] = []
    marks = [(m.start(), m.end(), m.group(1), mk.index[int(m.group(2))]) for m in _MARK.finditer(mk.text)]
    sectors = [x for x in marks if x[2] == "S"]
    if not sectors:
        sectors = []
    collab = bool(_COLLAB.search(mk.text) and _PROSPECT.search(mk.text))
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
        if _ACTIVITY.search(between) or _ACTIVITY.match(after.strip()) or re.match(r"^\s*(?:,\s+(?:a|an|the)\s+)$", between):
            out.append(Relation(entities[subj[1]].id, "activeIn", entities[sidx].id, evidence(mk.sentence),
                                0.6, {"method": "org-sector-cue"}))
    return out


def _collaboration(mk: Marked, marks, entities: list[Entity], party: int | None) -> list[Relation]:
    text = mk.text
    agents = []
    for a, b, code, idx in marks:
        if code in _ORGISH or code in "KRC" and idx == party:
            if idx not in agents:
                agents.append(idx)
    # "X might work with Y" -> X and Y; otherwise the party and the record's focal organisation
    pair = None
    wm = re.search(r"⟨[" + _ORGISH + r"KRC](\d+)⟩[^⟨.;]{0,40}?\b(?:work|partner|collaborat\w*|co-?operat\w*)\s+(?:\w+\s+){0,2}?with\s+(?:the\s+)?⟨[" + _ORGISH + r"KRC](\d+)⟩", text)
    if wm:
        pair = (mk.index[int(wm.group(1))], mk.index[int(wm.group(2))])
    else:
        others = [i for i in agents if i != party and entities[i].type in ("Firm", "University", "Organisation", "GovernmentBody", "Initiative")]
        if party is not None and others:
            pair = (others[0], party)
        elif len(others) >= 2:
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
