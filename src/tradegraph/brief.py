"""A Markdown briefing on a firm, place or body, before the next meeting.

Sections: who/what it is, headquarters and offices (or, for a place, who is based there),
leaders and roles, facts with dates, every contact with delegations and when, partners,
stated and inferred opportunities, and a numbered source list that the text cites ``[1]``.

The facts and connections come from :func:`tradegraph.lookup.profile` (the same evidence as
``tradegraph firm``); the opportunities from :mod:`tradegraph.network.opportunities`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lookup import Connection, Profile, find_entity, profile
from .store.base import Store

CONTACT_PREDICATES = ("visited", "metWith", "participatedIn")
PARTNER_PREDICATES = ("partnerOf", "investsIn")
GROUP_PREDICATES = ("subsidiaryOf", "acquired")
STATED = "collaborationOpportunity"  # listed once, with the opportunities
PLACE_PREDICATES = ("headquarteredIn", "hasOfficeIn", "locatedIn")
PLACE_TYPES = ("Country", "Region", "City")
ARTICLE_TYPES = {"Firm": "a firm", "University": "a university or research institute",
                 "GovernmentBody": "a government body", "Organisation": "an organisation",
                 "MediaOutlet": "a media outlet", "Person": "a person", "Event": "an event",
                 "Initiative": "an initiative", "Sector": "a sector", "Country": "a country",
                 "Region": "a region", "City": "a city"}
FACT_LABELS = {"growthRate": "growth", "gdp": "GDP", "foundingYear": "founded",
               "audienceSize": "audience", "mediaCoverage": "media coverage", "startDate": "held"}
CURRENCIES = {"GBP": "£", "USD": "$", "EUR": "€", "JPY": "¥", "CNY": "CN¥", "AUD": "A$", "CAD": "C$"}


@dataclass
class Citations:
    """Numbers records in order of first citation."""

    numbers: dict[str, int] = field(default_factory=dict)
    meta: dict[str, tuple] = field(default_factory=dict)

    def cite(self, record: str, title: str | None = None, date: str | None = None,
             source: str | None = None) -> str:
        if record not in self.numbers:
            self.numbers[record] = len(self.numbers) + 1
        if title or date or source or record not in self.meta:
            self.meta[record] = (title, date, source)
        return f"[{self.numbers[record]}]"

    def of(self, c: Connection) -> str:
        return self.cite(c.record, c.title, c.date, c.source)

    def all(self, items) -> str:
        """``[1][3]``: each connection's record cited once, in number order."""
        refs = {self.of(c) for c in items}
        return "".join(sorted(refs, key=lambda ref: int(ref[1:-1])))

    def lines(self) -> list[str]:
        out = []
        for record, n in self.numbers.items():
            title, date, source = self.meta.get(record, (None, None, None))
            parts = [title or "(untitled record)", date, f"<{source}>" if source and source.startswith("http")
                     else source, f"`{record}`"]
            out.append(f"{n}. " + " — ".join(p for p in parts if p))
        return out


def _pick(prof: Profile, predicates: tuple[str, ...], direction: str | None = None) -> list[Connection]:
    return [c for c in prof.connections
            if c.predicate in predicates and (direction is None or c.direction == direction)]


def _grouped(items: list[Connection]) -> dict[tuple[str, str], list[Connection]]:
    """Connections by (other entity, relation), so one line lists every record saying it."""
    groups: dict[tuple[str, str], list[Connection]] = {}
    for c in items:
        groups.setdefault((c.other.iri, c.relation), []).append(c)
    return groups


def _line(cites: Citations, items: list[Connection], *, dated: bool = False) -> str:
    c = items[0]
    refs = cites.all(items)
    extra = []
    topics = sorted({x.topic for x in items if x.topic})
    if topics:
        extra.append("on " + ", ".join(topics))
    dates = sorted({x.date for x in items if x.date})
    when = f"{', '.join(dates)} — " if dated and dates else ""
    note = f" ({'; '.join(extra)})" if extra else ""
    return f"- {when}{c.relation} **{c.other.label}** ({c.other.type}){note} {refs}"


def _contact_line(cites: Citations, items: list[Connection]) -> str:
    """One line per other party: every way they met, every date, every record."""
    c = items[0]
    refs = cites.all(items)
    how = " and ".join(dict.fromkeys(x.relation for x in items))
    dates = sorted({x.date for x in items if x.date})
    when = f"{', '.join(dates)} — " if dates else ""
    return f"- {when}{how} **{c.other.label}** ({c.other.type}) {refs}"


def fact_label(prop: str) -> str:
    """A fact property as words: ``growthRate`` → ``growth``, camelCase split.

    >>> fact_label("mediaCoverage"), fact_label("employees"), fact_label("someNewThing")
    ('media coverage', 'employees', 'some new thing')
    """
    if prop in FACT_LABELS:
        return FACT_LABELS[prop]
    return "".join(f" {ch.lower()}" if ch.isupper() else ch for ch in prop).strip()


def amount(value, unit: str | None, qualifier: str | None = None) -> str:
    """A figure as a trade officer would write it.

    >>> amount(1_500_000, "GBP"), amount(100_000_000, "GBP", "well over"), amount(30, "percent")
    ('£1.5m', 'well over £100m', '30%')
    >>> amount(39_100_000_000, "USD"), amount(80000, None, "over"), amount("2019-12", None)
    ('$39.1bn', 'over 80,000', '2019-12')
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if unit in CURRENCIES:
            size, suffix = next(((n, x) for n, x in ((1e9, "bn"), (1e6, "m")) if abs(value) >= n), (1, ""))
            number = f"{value / size:.3g}" if suffix else f"{value:,}"
            text = f"{CURRENCIES[unit]}{number}{suffix}"
        elif unit in ("percent", "%"):
            text = f"{value:g}%"
        else:
            text = " ".join(p for p in (f"{value:,}", unit) if p)
    else:
        text = " ".join(p for p in (str(value), unit) if p)
    return f"{qualifier} {text}" if qualifier else text


def _leader(cites: Citations, items: list[Connection]) -> str:
    roles = ", ".join(sorted({x.role for x in items if x.role})) or "affiliated"
    refs = cites.all(items)
    return f"- **{items[0].other.label}** ({items[0].other.type}) — {roles} {refs}"


def briefing(store: Store, name: str, *, opportunities_limit: int = 8) -> str:
    """The Markdown briefing for the entity called ``name`` (label or alias, any type)."""
    entity = find_entity(store, name)
    prof = profile(store, entity)
    cites = Citations()
    e = entity
    out = [f"# {e.label}", ""]
    aka = f" Also known as {', '.join(prof.aliases)}." if prof.aliases else ""
    ids = "".join(f" {k}: {v}." for k, v in sorted(prof.identifiers.items()))
    out += ["## Who or what", "", _summary(prof, cites) + aka + ids, ""]

    if e.type in PLACE_TYPES:
        based = _pick(prof, PLACE_PREDICATES, "in")
        located = _pick(prof, ("locatedIn",), "out")
        out += _section("Based here", [_line(cites, g) for g in _grouped(based).values()])
        out += _section("Where it is", [_line(cites, g) for g in _grouped(located).values()])
    else:
        places = _pick(prof, PLACE_PREDICATES, "out")
        out += _section("Headquarters and offices", [_line(cites, g) for g in _grouped(places).values()])

    leaders = _pick(prof, ("affiliatedWith",), "in" if e.type != "Person" else "out")
    out += _section("Leaders and roles", [_leader(cites, g) for g in _grouped(leaders).values()])

    facts = []
    for f in prof.facts:
        when = f", as of {f['date']}" if f["date"] else (f", reported {f['record']['date']}"
                                                          if f["record"]["date"] else "")
        r = f["record"]
        facts.append(f"- {fact_label(f['property'])}: {amount(f['value'], f['unit'], f['qualifier'])}{when} "
                     f"{cites.cite(r['iri'], r['title'], r['date'], r['source'])}")
    out += _section("Facts", facts)

    contacts = sorted(_pick(prof, CONTACT_PREDICATES), key=lambda c: (c.date or "", c.other.label))
    out += _section("Contacts and delegations", [_contact_line(cites, g) for g in _by_other(contacts).values()])
    out += _section("Group", [_line(cites, g) for g in _grouped(_pick(prof, GROUP_PREDICATES)).values()])
    partners = _pick(prof, PARTNER_PREDICATES)
    out += _section("Partners", [_line(cites, g) for g in _grouped(partners).values()])
    shown = set(CONTACT_PREDICATES + PARTNER_PREDICATES + GROUP_PREDICATES + PLACE_PREDICATES
                + ("affiliatedWith", STATED))
    rest = [c for c in prof.connections if c.predicate not in shown
            and not (c.predicate == "activeIn" and c.direction == "out")]  # sectors: in the summary
    out += _section("Other connections", [_line(cites, g) for g in _grouped(rest).values()])
    out += _opportunities(store, e.iri, cites, opportunities_limit)

    out += ["## Sources", ""] + (cites.lines() or ["(none)"]) + [""]
    return "\n".join(out)


def _summary(prof: Profile, cites: Citations) -> str:
    e = prof.entity
    text = f"**{e.label}** is {ARTICLE_TYPES.get(e.type, e.type)}"
    hq = _grouped(_pick(prof, ("headquarteredIn",), "out"))
    offices = _grouped(_pick(prof, ("hasOfficeIn",), "out"))
    parent = _grouped(_pick(prof, ("subsidiaryOf",), "out"))
    located = _grouped(_pick(prof, ("locatedIn",), "out"))
    bits = []
    if hq:
        bits.append("headquartered in " + _names(hq, cites))
    elif located:
        bits.append("in " + _names(located, cites))
    if offices:
        bits.append("with offices in " + _names(offices, cites))
    if parent:
        bits.append("part of " + _names(parent, cites))
    text += (" " + ", ".join(bits)) if bits else ""
    sectors = _grouped(_pick(prof, ("activeIn",), "out"))
    if sectors:
        names = [items[0].other.label for items in sectors.values()]
        refs = cites.all(c for items in sectors.values() for c in items)
        text += f". Active in {_listing(names)} {refs}"
    n_records = len({c.record for c in prof.connections} | {f["record"]["iri"] for f in prof.facts})
    text += f". {n_records} record{'s' if n_records != 1 else ''} mention{'' if n_records != 1 else 's'} it"
    dated = [c for c in _pick(prof, CONTACT_PREDICATES) if c.date]
    if dated:
        last = max(c.date for c in dated)
        others = list(dict.fromkeys(c.other.label for c in dated if c.date == last))
        shown = others[:3] + ([f"{len(others) - 3} more"] if len(others) > 3 else [])
        text += f"; the latest contact on record is from {last}, with {_listing(shown)}"
    return text + "."


def _listing(names: list[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def _by_other(items: list[Connection]) -> dict[str, list[Connection]]:
    """Connections by the other entity (so two ways of meeting make one line)."""
    groups: dict[str, list[Connection]] = {}
    for c in items:
        groups.setdefault(c.other.iri, []).append(c)
    return groups


def _names(groups: dict, cites: Citations) -> str:
    return " and ".join(f"{items[0].other.label} {cites.all(items)}"
                        for items in groups.values())


def _section(title: str, lines: list[str]) -> list[str]:
    return [f"## {title}", "", *lines, ""] if lines else []


def _opportunities(store: Store, iri: str, cites: Citations, limit: int) -> list[str]:
    from .network.api import load_graph
    from .network.opportunities import opportunities

    G = load_graph(store)
    if iri not in G:
        return []
    found = opportunities(G, focus=iri, limit=limit)
    records = G.graph.get("records", {})

    def cite(iris) -> str:
        refs = set()
        for record in iris:
            meta = records.get(record, {})
            refs.add(cites.cite(record, meta.get("title"), meta.get("date"), meta.get("source")))
        return "".join(sorted(refs, key=lambda ref: int(ref[1:-1])))

    stated = []
    for o in (o for o in found if o.kind == "stated"):
        other = o.parties[1]
        topics = f" on {', '.join(o.topics)}" if o.topics else ""
        refs = cite(ev["record"] for ev in o.evidence)
        quote = f": “{o.evidence[0]['text']}”" if o.evidence and o.evidence[0].get("text") else ""
        stated.append(f"- With **{other['label']}** ({other['type']}){topics}{quote} {refs}")
    inferred = []
    for o in (o for o in found if o.kind == "inferred"):
        other = o.parties[1]
        steps = "; ".join(f"{h['statement']} {cite(h['records'][:2])}" for h in o.path)
        inferred.append(f"- **{other['label']}** ({other['type']}), score {o.score:.2f}: {o.why}. {steps}")
    lines = _section("Opportunities stated in the records", stated)
    lines += _section("Suggested leads (inferred)", inferred)
    return lines
