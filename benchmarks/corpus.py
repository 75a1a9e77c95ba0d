"""A synthetic corpus of mission records: Markdown with front matter, shared firms and places.

Each record is written in our own template sentences (delegations visiting firms, firms
headquartered in cities with offices elsewhere, MoUs, forums, people with roles, employee
counts), drawing from fixed pools so that firms and places recur across records as they do
in real corpora. ``generate`` also returns what each record says as an ``Extraction``, so the
store-side benchmarks can run even where the extractor is not available.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from tradegraph.model import Entity, Evidence, Extraction, Fact, RecordRef, Relation, slugify

COUNTRIES = [("China", "CN"), ("Japan", "JP"), ("Germany", "DE"), ("India", "IN"), ("Brazil", "BR"),
             ("Mexico", "MX"), ("Kazakhstan", "KZ"), ("United Kingdom", "GB"), ("Korea", "KR"),
             ("Canada", "CA"), ("Poland", "PL"), ("Vietnam", "VN")]
CITY_ROOTS = ["Qing", "Hang", "Shen", "Osa", "Nago", "Essen", "Dort", "Pune", "Chen", "Curi",
              "Mont", "Ast", "Leed", "Shef", "Brad", "Busan", "Gdan", "Hai", "Tor", "Lyon"]
FIRM_ROOTS = ["Hison", "Haiko", "Tsingo", "Kyoden", "Ruhrtek", "Bavaro", "Karnix", "Sambra",
              "Volta", "Nordel", "Orion", "Pacifica", "Meridia", "Atlas", "Helix", "Quanta"]
FIRM_SUFFIXES = ["Group", "Electronics", "Motors", "Logistics", "Energy", "Foods", "Robotics",
                 "Pharma", "Textiles", "Systems"]
SECTORS = ["smart cities", "white goods", "advanced manufacturing", "life sciences", "fintech",
           "logistics", "renewable energy", "digital health", "automotive", "agritech"]
ROLES = ["CEO", "Chairman", "Mayor", "Managing Director", "Head of Trade"]


@dataclass
class Pools:
    countries: list[tuple[str, str]]
    cities: list[tuple[str, str]]  # (city, country)
    regions: list[tuple[str, str]]  # (region, country)
    firms: list[tuple[str, str, str]]  # (firm, hq city, sector)
    people: list[tuple[str, str]]  # (person, firm)


def pools(n_records: int, seed: int = 7) -> Pools:
    rng = random.Random(seed)
    n_firms = max(50, n_records // 5)
    cities = [(f"{root}{suffix}", rng.choice(COUNTRIES)[0])
              for root in CITY_ROOTS for suffix in ("dao", "ton", "burg", "pur", "field", "ville")]
    regions = [(f"{c} City Region", country) for c, country in cities[:60]]
    firms = []
    for i in range(n_firms):
        name = f"{FIRM_ROOTS[i % len(FIRM_ROOTS)]}{i // len(FIRM_ROOTS) or ''} {FIRM_SUFFIXES[(i * 7) % len(FIRM_SUFFIXES)]}"
        firms.append((name, rng.choice(cities)[0], rng.choice(SECTORS)))
    first = ["Li", "Zhou", "Anna", "Kenji", "Priya", "Jonas", "Maria", "Omar", "Chen", "Eva"]
    last = ["Wang", "Houjian", "Schmidt", "Tanaka", "Rao", "Nowak", "Silva", "Kim", "Brown", "Sato"]
    people = [(f"{first[i % 10]} {last[(i * 3 + i // 10) % 10]}{'' if i < 100 else i // 100}",
               firms[i % len(firms)][0]) for i in range(max(100, n_firms // 2))]
    return Pools(COUNTRIES, cities, regions, firms, people)


def _etype_id(kind: str, name: str) -> str:
    return f"{kind.lower()}/{slugify(name)}"


def make_record(i: int, p: Pools, rng: random.Random) -> tuple[str, Extraction]:
    """One record's Markdown text, and the extraction it states."""
    region, _ = rng.choice(p.regions)
    firm_rows = rng.sample(p.firms, 4)
    year = rng.randint(2012, 2025)
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    dest_city, dest_country = rng.choice(p.cities)
    rid = f"mission-{i:06d}"
    title = f"{region} delegation to {dest_city} ({year})"
    entities: dict[str, Entity] = {}
    relations: list[Relation] = []
    facts: list[Fact] = []
    body: list[str] = []
    offset = 0

    def ent(kind: str, name: str) -> str:
        eid = _etype_id(kind, name)
        entities.setdefault(eid, Entity(eid, name, kind))
        return eid

    def say(sentence: str, rels: list[tuple], fact: tuple | None = None) -> None:
        nonlocal offset
        ev = Evidence(sentence, offset, offset + len(sentence))
        for s, pred, o, *attrs in rels:
            relations.append(Relation(s, pred, o, ev, 0.8, attrs[0] if attrs else {}))
        if fact:
            facts.append(Fact(fact[0], fact[1], fact[2], ev, None, fact[3], None))
        body.append(sentence)
        offset += len(sentence) + 1

    reg, city, country = ent("Region", region), ent("City", dest_city), ent("Country", dest_country)
    say(f"A trade delegation from {region} travelled to {dest_city}, {dest_country}, in {year}.",
        [(reg, "visited", city), (city, "locatedIn", country)])
    for name, hq, sector in firm_rows:
        f, h, s = ent("Firm", name), ent("City", hq), ent("Sector", sector)
        employees = rng.randint(50, 90000)
        say(f"{name}, which is headquartered in {hq}, employs over {employees:,} people "
            f"and works in {sector}.",
            [(f, "headquarteredIn", h), (f, "activeIn", s)], (f, "employees", employees, "over"))
        choice = rng.random()
        if choice < 0.4:
            say(f"The delegation visited {name} and discussed cooperation on {sector}.",
                [(reg, "visited", f), (reg, "collaborationOpportunity", f, {"topic": sector})])
        elif choice < 0.7:
            office, _ = rng.choice(p.cities)
            say(f"{name} recently opened an office in {office}.", [(f, "hasOfficeIn", ent("City", office))])
        else:
            say(f"{region} signed a memorandum of understanding with {name}.", [(reg, "partnerOf", f)])
    person, employer = rng.choice(p.people)
    role = rng.choice(ROLES)
    say(f"{person}, {role} of {employer}, welcomed the visitors.",
        [(ent("Person", person), "affiliatedWith", ent("Firm", employer), {"role": role})])
    forum = f"{dest_city} Investment Forum {year}"
    ev_id = ent("Event", forum)
    say(f"Both sides spoke at the {forum}, held in {dest_city}.",
        [(reg, "participatedIn", ev_id), (ev_id, "heldIn", city)])
    text = " ".join(body)
    md = (f"---\ntitle: {title}\ndate: {date}\nsource: https://example.org/missions/{rid}\n---\n\n"
          f"{text}\n")
    ref = RecordRef(rid, title, date, f"https://example.org/missions/{rid}")
    return md, Extraction(ref, list(entities.values()), relations, facts)


def generate(n: int, folder: Path | None = None, seed: int = 7):
    """Yield (path or None, extraction) for ``n`` records, writing .md files into ``folder``."""
    p = pools(n, seed)
    rng = random.Random(seed + n)
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        md, extraction = make_record(i, p, rng)
        path = None
        if folder is not None:
            sub = folder / f"{i // 1000:03d}"
            sub.mkdir(exist_ok=True)
            path = sub / f"{extraction.record.id}.md"
            path.write_text(md, encoding="utf-8")
        yield path, extraction


def firm_names(n: int, seed: int = 7) -> list[str]:
    return [name for name, _, _ in pools(n, seed).firms]
