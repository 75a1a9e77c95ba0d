"""Missions a record reports besides its main one: earlier trips, other delegations' visits.

"The visit follows a trip to Pittsburgh last summer by the Mayor of South Yorkshire", "recent
trips to the country by the Prime Minister, by Roger Cook, Premier of Western Australia, ...",
"In 2012 a three-day mission to China, in Shanghai and Beijing, ...", "the ECDC had taken small
businesses on trade missions to Ghana". Each becomes a mission of its own (graph/gold/README.md,
conventions: every mission or visit the record reports is an Event), named by the same
convention as the main one.
"""

from __future__ import annotations

import re

from ..model import Entity
from . import cues
from .events import Mission, _home_of, country_of, date_in
from .relations import Marked, markers

_MARK = re.compile(r"⟨([A-Z])(\d+)⟩")
# "a trip to Pittsburgh last summer by the Mayor of South Yorkshire, Oliver Coppard, and ..."
_TRIP_BY = re.compile(r"\b(?:trips?|visits?|missions?|journeys?)\s+to\s+(?:the\s+)?(?P<d>⟨[KRC]\d+⟩|country|city|region)"
                      r"[^.;⟨]{0,60}?\bby\s+(?P<by>[^.;]+)", re.I)
# "a market survey mission that exporTT ... made to Colombia in May"
_MISSION_THAT = re.compile(r"\b(?:mission|visit|trip)\s+(?:that|which)\s+(?P<p>⟨[A-Z]\d+⟩)[^.;]{0,60}?\b"
                           r"(?:made|paid|led|undertook)\s+to\s+(?:the\s+)?(?P<d>⟨[KRC]\d+⟩)", re.I)
# "the ECDC had taken small businesses from the province on trade missions to Ghana"
_AGENT_MADE = re.compile(r"(?P<p>⟨[A-Z]\d+⟩)[^.;⟨]{0,60}?\b(?:had|has|have)\s+(?:last\s+|previously\s+|also\s+|already\s+)?"
                         r"(?:made|paid|taken|led|sent|undertaken)\b[^.;]{0,60}?\b(?:visits?|missions?|trips?|delegations?)\s+"
                         r"to\s+(?:the\s+)?(?P<d>⟨[KRC]\d+⟩)", re.I)
# "In 2012 a three-day mission to China, in Shanghai and Beijing, produced ..."
_IN_YEAR = re.compile(r"\b[Ii]n\s+(?P<y>(?:19|20)\d\d)\s+(?:a|an|the|his|her|their)\s+[^.;⟨]{0,40}?\b(?:mission|visit|trip)\s+"
                      r"to\s+(?:the\s+)?(?P<d>⟨[KRC]\d+⟩)")
_ALSO_IN = re.compile(r"^,?\s+in\s+((?:⟨[C]\d+⟩(?:\s*,\s*|\s+and\s+)?)+)")
_AGENCY = re.compile(r"\b(?:Development|Investment|Trade|Promotion|Export|Agency|Corporation|Authority|Board)\b")
_NATIONAL_HEAD = re.compile(r"\b(?:prime\s+minister|president|chancellor|taoiseach)\b", re.I)
_PLACE_OF_ROLE = re.compile(r"^\s*,?\s*(?:the\s+)?[\w\s-]{0,40}?\b(?:of|for)\s+(?:the\s+)?⟨[KRC](\d+)⟩")
_ROLE_OF_BEFORE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?⟨[KRC](\d+)⟩,?\s+$")


def find_other_missions(marked: list[Marked], entities: list[Entity], places: dict,
                        main: Mission | None) -> list[Mission]:
    """Missions other than ``main`` that the record's sentences report."""
    if main is None:
        return []
    found: list[Mission] = []
    seen = {(main.party, d) for d in main.destinations} | {(main.party, None)}
    home_country = _country_entity(entities, places, main.party)
    for mk in marked:
        text = mk.text
        folded = mk.folded  # the patterns go through their gates (cues.py): same matches
        for m in cues.finditer(_TRIP_BY, text, folded):
            dest = _destination(mk, m.group("d"), entities, main)
            if dest is None:
                continue
            by = m.group("by")
            offset = m.start("by")
            for pm in _MARK.finditer(by):
                if pm.group(1) != "P":
                    continue
                person = mk.index[int(pm.group(2))]
                party = _party_of(mk, text, offset + pm.start(), offset + pm.end(), person, entities, marked, home_country)
                _add(found, seen, party, person, dest, mk, entities, places)
        for rx in (_MISSION_THAT, _AGENT_MADE):
            for m in cues.finditer(rx, text, folded):
                who = mk.index[int(m.group("p")[2:-1])]
                dest = mk.index[int(m.group("d")[2:-1])]
                party = who
                if entities[who].type == "Person":
                    party = _home_of(marked, entities, who) or who
                elif entities[who].type in ("GovernmentBody", "Organisation") or _AGENCY.search(entities[who].name):
                    # an agency travels for its place: "the ECDC" (Eastern Cape Development Corporation)
                    party = _place_in_name(entities, who) or who
                _add(found, seen, party, who if entities[who].type == "Person" else None, dest, mk, entities, places)
        for m in cues.finditer(_IN_YEAR, text, folded):
            dest = mk.index[int(m.group("d")[2:-1])]
            if main.date and main.date.startswith(m.group("y")):
                continue
            more = _ALSO_IN.match(text, m.end())
            extra = markers(more.group(1), mk) if more else []
            leader = main.leaders[0] if main.leaders else None
            _add(found, seen, main.party, leader, dest, mk, entities, places, extra, m.group("y"))
    return found


def _destination(mk: Marked, d: str, entities: list[Entity], main: Mission) -> int | None:
    if d.startswith("⟨"):
        return mk.index[int(d[2:-1])]
    # "recent trips to the country": the main mission's country, city or region
    want = {"country": "Country", "city": "City", "region": "Region"}[d.lower()]
    return next((i for i in main.destinations if entities[i].type == want), None)


def _party_of(mk: Marked, text: str, start: int, end: int, person: int, entities, marked, home_country) -> int | None:
    """The place a travelling person stands for: "Roger Cook, Premier of Western Australia",
    "the Mayor of South Yorkshire, Oliver Coppard", or the home country for a Prime Minister."""
    after = _PLACE_OF_ROLE.match(text, end)
    if after and len(text[end:after.end()]) < 60:
        return mk.index[int(after.group(1))]
    before = _ROLE_OF_BEFORE.search(text, max(0, start - 40), start)
    if before:
        return mk.index[int(before.group(1))]
    home = _home_of(marked, entities, person)
    if home is not None:
        return home
    if _NATIONAL_HEAD.search(text[max(0, start - 40):start]):
        return home_country
    return None


def _country_entity(entities: list[Entity], places: dict, idx: int | None) -> int | None:
    if idx is None:
        return None
    if entities[idx].type == "Country":
        return idx
    return country_of(entities, idx, places)


def _place_in_name(entities: list[Entity], idx: int) -> int | None:
    name = entities[idx].name
    best = None
    for i, e in enumerate(entities):
        if e.type in ("Country", "Region", "City") and name.startswith(e.name + " "):
            if best is None or len(e.name) > len(entities[best].name):
                best = i
    return best


def _add(found: list[Mission], seen: set, party: int | None, leader: int | None, dest: int, mk: Marked,
         entities: list[Entity], places: dict, extra: list[int] = (), year: str | None = None) -> None:
    if party is None or party == dest or (party, dest) in seen:
        return
    if places.get(party) is not None and places.get(dest) is not None and entities[dest].type != "Country" \
            and places[party].country == places[dest].country:
        return  # a trip at home is no mission abroad
    seen.add((party, dest))
    mission = Mission(party, [leader] if leader is not None and leader != party else [], [dest, *extra],
                      year or date_in(mk.sentence.text), mk.sentence, mk.sentence)
    where = entities[dest].name
    if where.startswith(("United ", "Netherlands", "Philippines")):
        where = "the " + where
    mission.name = f"{entities[party].name} mission to {where}"
    found.append(mission)
