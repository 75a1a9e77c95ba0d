"""Resolution: candidate mentions into entities with canonical names, aliases and ids.

Within one record: legal-suffix and "Group"/"Industries" variants, possessives, defined
acronyms and surname-only references are merged; names never merge across types or places
(Leeds, Leeds City Region and Leeds Beckett University stay three entities). A firm named
"<parent> <place>" ("Hisense UK") is its own firm, remembered as a subsidiary of the parent.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Entity, Span, entity_id
from . import vocab
from .gazetteer import Gazetteer, Place, fold
from .lexicon import is_common_word, is_first_name, is_foreign_word
from .mentions import Mention, acronym_definitions, fold_key
from .sectors import find_sectors

_ACRONYM_STOP = frozenset("GDP GVA FDI SME SMEs MoU MOU MoUs R&D AI IT ICT EV EVs PR VAT CEO CEOs "
                          "COO CFO CTO HQ UK's PLC TV TVs OK AM PM GMT BST USD GBP EUR CNY RMB "
                          "STEM ESG IPO B2B B2C API IoT NHS Q1 Q2 Q3 Q4 FAQ PhD MBA MP MPs MEP IP IPR CSR KPI".split())
_DEMONYM = re.compile(r"(?:ese|ish|ian|ean|an|ch|ic|i)$")
_TITLE_WORD = re.compile(r"^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’]+(?:-[A-Z\u00C0-\u00DE]?[a-z\u00DF-\u00FF'’]+)*$|^(?:Mc|Mac|O'|De|Di|Van)[A-Z][a-z]+$"
                         r"|^(?:[A-Z]\.){1,3}$")  # "S. Jaishankar", "J.P. Nauseef": initials


@dataclass
class Group:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    votes: Counter = field(default_factory=Counter)
    type: str | None = None
    place: Place | None = None
    merged_into: "Group | None" = None
    parent: "Group | None" = None  # subsidiary of
    roles: list[str] = field(default_factory=list)
    extra_aliases: list[str] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        return self.mentions[0].text.split()

    def root(self) -> "Group":
        g = self
        while g.merged_into is not None:
            g = g.merged_into
        return g

    def surfaces(self) -> Counter:
        return Counter(m.text for m in self.mentions)


@dataclass
class Resolution:
    entities: list[Entity]
    spans: list[tuple[int, int, int]]  # (start, end, entity index), sorted by start
    subsidiaries: list[tuple[int, int]]  # (child index, parent index)
    places: dict[int, Place]
    roles: dict[int, str]


def resolve(text: str, mentions: list[Mention], gaz: Gazetteer) -> Resolution:
    groups: dict[str, Group] = {}
    for men in mentions:
        key = fold_key(men.text)
        g = groups.setdefault(key, Group(key))
        g.mentions.append(men)
        for t, w in men.votes.items():
            g.votes[t] += w
        if men.role:
            g.roles.append(men.role)
    acronyms = acronym_definitions(text, mentions, gaz)
    countries, regions = _context(groups, gaz)
    firsts = {g.words[0] for g in groups.values() if len(g.words) > 1}
    for g in groups.values():
        _decide_type(g, text, gaz, countries, regions, acronyms, firsts)
    _list_places(groups, text)
    _merge(groups, acronyms, gaz)
    return _build(text, groups, gaz)


def _context(groups: dict[str, Group], gaz: Gazetteer) -> tuple[frozenset[str], frozenset[str]]:
    countries, regions = set(), set()
    for g in groups.values():
        cands = gaz.candidates(g.mentions[0].text)
        kinds = {p.type for p in cands}
        if "Country" in kinds:
            countries.update(p.country for p in cands if p.type == "Country")
        elif len({p.country for p in cands}) == 1 and cands:
            countries.add(cands[0].country)
            for p in cands:
                if p.type == "Region" and p.admin1:
                    regions.add(f"{p.country}-{p.admin1}")
    return frozenset(countries), frozenset(regions)


_COMMA_NAME = re.compile(r",[ \u00a0]+((?:[A-Z][\w.]*[ \u00a0]?){1,3})")


def _qualified_place(g: Group, text: str, gaz: Gazetteer, name: str):
    """The reading of an ambiguous place that the text pins down with the country or region
    after a comma: "Georgia, USA" is the US state, "Derry, New Hampshire" the town there."""
    cands = gaz.candidates(name)
    if len(cands) < 2:
        return None
    for m in g.mentions:
        q = _COMMA_NAME.match(text, m.end)
        if not q:
            continue
        words = q.group(1).split()
        for k in range(len(words), 0, -1):
            outer = gaz.resolve(" ".join(words[:k]).rstrip("."))
            if outer is None or outer.type == "City":
                continue
            inside = [p for p in cands if p.country == outer.country and p.type != "Country"
                      and (outer.type == "Country" or p.admin1 == outer.admin1)]
            if inside:
                return max(inside, key=lambda p: p.population)
    return None


def _decide_type(g: Group, text: str, gaz: Gazetteer, countries, regions, acronyms,
                 firsts: set[str] = frozenset()) -> None:
    name = g.mentions[0].text
    words = name.split()
    if all(m.heading for m in g.mentions) and not (len(words) <= 3 and name in gaz and name.lower() not in _lower_words(text)
                                                   and name.lower() not in vocab.COMMON_TITLE_WORDS) \
            and g.votes.get("MediaOutlet", 0) < 3.0 * len(g.mentions) \
            and not (len(words) >= 3 and max((v for t, v in g.votes.items() if not t.startswith("_") and t not in ("Person",)),
                                            default=0) >= 4.0 * len(g.mentions)):
        # a byline or source line credits an outlet; a body's full name ("X Investment Promotion
        # Centre") is a name on a title line too
        g.votes["_heading"] = 1  # ("## London, 15 January" still names London)
    real = {t: v for t, v in g.votes.items() if not t.startswith("_")}
    best = max(real, key=real.__getitem__) if real else None
    score = real[best] if best else 0.0
    if best in ("City", "Region", "Country") and score < 1.0:
        best, score = None, 0.0
    if len(words) == 1 and (name in vocab.DEMONYMS or name.lower() in vocab.COMMON_TITLE_WORDS) and score < 3.0:
        return
    if len(words) == 1 and score < 2.0 and not name.isupper() and name.lower() in _lower_words(text):
        return  # the word is used in lower case too: a common word capitalised by position
    if (len(words) == 1 and best == "Person" and is_common_word(name) and not is_first_name(name)
            and name.lower() in _lower_words(text)):
        return  # "the Crown Prince Couple" ... "the couple": a title before an everyday word
    place = gaz.resolve(name, countries, regions) if name in gaz else None
    if place is not None:
        place = _qualified_place(g, text, gaz, name) or place
    if g.votes.get("_portfolio", 0) >= 0.5 * len(g.mentions) and place is None and (
            score < 3.0 or best in ("Firm", "Person") and score < 5.0
            # "Minister of Economic Development, Job Creation and Trade": no body's head noun in it
            or best != "Person" and score < 6.0 and not any(_is_head(w) for w in words)):
        return  # "Minister of State for European Affairs": the portfolio of a title
    if (best in ("City", "Region") and place is not None and place.type == "City" and score <= 2.0 * len(g.mentions) and (
            place.population < 100_000 and g.votes.get("Firm", 0) >= 1.5
            or place.population < 1_000_000 and g.votes.get("Firm", 0) >= 2.0)):
        g.type = "Firm"  # "the takeover of Monsanto": a firm named like a small town (regions carry no population)
        return
    if place is not None and place.type == "Country" and best not in ("Person", "Country", "Region", "City") and score < 5.0:
        g.type, g.place = "Country", place  # "at Intralink in Korea, the firm ...": a country's name is the country
        return
    if (len(words) == 1 and place is not None and place.type == "City" and score <= 2.0 * len(g.mentions)
            and name.endswith("s") and is_common_word(name[:-1]) and all(_sentence_initial(text, m.start) for m in g.mentions)
            and not any(_place_cue(text, m, gaz) for m in g.mentions)):
        return  # "Tours and meetings are set with ...": an everyday plural that opens a sentence
    if (len(words) == 1 and place is not None and place.type == "City" and place.population < _SMALL_TOWN
            and best == "City" and score <= 2.0 * len(g.mentions) and not any(v > 0 for t, v in g.votes.items()
                                                                              if t not in ("City", "Region", "Country"))
            and not any(_place_cue(text, m, gaz) for m in g.mentions)):
        g.votes["_small_town"] = 1  # a list of firms may still claim it ("Arm, Weir and Rolls-Royce")
        g.place = place  # and a firm's name may start with it ("Tata" for "Tata Steel")
        return  # "Young", "Green", "Minster": a small town's name with nothing around it that says place
    if best in ("Region", "City") and place is not None and place.type == "City":
        state = next((p for p in gaz.candidates(name) if p.type == "Region" and p.country == place.country), None)
        if state is not None and (g.votes.get("Region", 0) >= 1.5 or re.search(
                r"\b(?i:" + re.escape(name) + r")(?:\s+[Ss]tate\b|-state\b)|\b[Ss]tate\s+of\s+(?i:" + re.escape(name) + r")\b", text)):
            place = state  # "the Governor of Washington", "Washington State": the state, not the city
    if best in ("Country", "Region", "City") and place is not None:
        # the gazetteer knows the kind of place better than weak context cues
        g.type, g.place = place.type, place
        if place.type != "Region" and g.votes["Region"] >= 4 and (best == "Region" or place.type == "City"):
            g.type = "Region"
        return
    if (len(words) >= 2 and place is None and best in (None, "Firm") and score < 2.5
            and any(w in _AGENCY_WORDS for w in words) and not any(_is_head(w) for w in words if w not in _AGENCY_WORDS)
            and (any(p.type in ("Country", "Region") or p.population > 500_000
                     for w in words if w not in _AGENCY_WORDS and w not in ("for", "of") for p in gaz.candidates(w))
                 or words[0] in vocab.DEMONYMS)):
        g.type = "GovernmentBody"  # "UK Export Finance", "Enterprise Ireland", "Transport for London"
        return
    if best == "Person" and score <= 1.5 and len(words) >= 2 and _after_place_word(g, text):
        return  # only "a given name, then a word" says person: "a wreath at Raj Ghat", "the Amrit Udyan gardens"
    if best and score >= 1.0:
        g.type = best
        if best in ("Country", "Region", "City") and place is None:
            g.place = None
        return
    if place is not None and not any(v >= 1.5 for t, v in g.votes.items() if t not in ("City", "Region", "Country")):
        g.type, g.place = place.type, place
        return
    if len(words) >= 2 and place is None and (best is None or score < 1.0):
        if " & " in name:
            g.type = "Firm" if words[-1] in vocab.FIRM_HEADS or words[-1] in ("Son", "Sons", "Co", "Co.") else "Organisation"
            return
        if words[-1].rsplit("-", 1)[-1] in vocab.BUILDING_WORDS:
            return  # "Manchester Town Hall", "Willi-Becker-Allee": buildings and streets
        if words[-1] in vocab.DISTRICT_WORDS:
            g.type = "City"  # "Brent Cross", "Old Oak Common": districts
            return
    if len(words) == 2 and (words[1] in vocab.DEMONYMS or words[1].rstrip("s") in vocab.DEMONYMS
                            or re.search(r"(?:an|ans|ese|ish)$", words[1])) and (
            words[0] in vocab.COMPASS_WORDS or words[0] in ("Latin", "Sub-Saharan", "Anglo", "Central")) and score < 3.0:
        return  # "South African", "Latin American": a demonym, not a name
    if best == "Person" or (best is None or score < 1.0) and _looks_like_person(words, gaz):
        if best != "Person" and not any(is_first_name(w) for w in words) and _after_place_word(g, text):
            return  # "toured the Taj Mahal": a place, not a person
        if best != "Person" and _town_first(gaz, words[0], text):
            return  # "York Minster" in a record about York: nothing but the shape says person
        g.type = "Person"
        return
    if len(words) == 1:
        w = words[0]
        if w in _ACRONYM_STOP or w.rstrip("s") in _ACRONYM_STOP:
            return
        if w in acronyms:
            g.type = "_acronym"
            return
        initial_only = all(_sentence_initial(text, m.start) for m in g.mentions)
        followed_lower = all((lambda nw: nw is not None and nw.group(1) not in vocab.STOPWORDS)(
            re.match(r"\s+([a-z][\w-]*)", text[m.end:m.end + 30])) for m in g.mentions)
        if _DEMONYM.search(w) and followed_lower and not w.isupper():
            return  # "Chinese media", "European expansion": adjectives
        if initial_only and not w.isupper() and best is None and w not in firsts:
            return
        if best is None and not w.isupper() and w not in firsts and is_common_word(w):
            return  # "Purchases", "Statements": an everyday word capitalised by its position
        if best is None and len(g.mentions) == 1:
            return  # one capitalised word, named once, with nothing around it to say what it is
        g.type = best or "Firm"
        g.votes["_weak"] = 1
        return
    if best:
        g.type = best
    elif " and " in name or " & " in name or all(w.lower() in vocab.COMMON_TITLE_WORDS or w in vocab.NON_PERSON_WORDS or w in ("and", "&", "of", "for") for w in words):
        return
    elif all(w in ("of", "the", "for", "and", "&") or not w.isupper() and is_common_word(w) for w in words):
        return  # "Strategic Initiatives", "Ease of Doing Business": a phrase of everyday words, no cue
    else:
        # a name in another language with no cue is a body's more often than a firm's
        # ("Bildungswerk der Sächsischen Wirtschaft")
        # a name in another language with no cue is a body's more often than a firm's
        # ("Bildungswerk der Sächsischen Wirtschaft")
        g.type = "Organisation" if any(w.isupper() for w in words) or is_foreign_word(name) else "Firm"
        g.votes["_weak"] = 1


_SMALL_TOWN = 100_000
_PLACE_CUE_BEFORE = re.compile(r"\b(?:in|to|from|near|outside|around|across|visit(?:ed|ing|s)?|toured|reached|departed|left|leaving|"
                               r"arrived\s+at|based\s+at|city\s+of|town\s+of|towns?|cities|between|and|of)\s+$", re.I)
_DATELINE_START = re.compile(r"(?:^|\n)[*_ \t]*$")
_DATELINE_END = re.compile(r"\s*(?:[,–—:]|-\s|\(\w+\)\s*[-–—])")
_PLACE_CUE_AFTER = re.compile(r"^(?:-based\b|[’']s\s|,\s+(?:the\s+)?(?:[A-Z][\w-]+\s?){1,3}|\s+(?:and|or)\s+[A-Z]|"
                              r"\s+(?:[a-z][\w-]*\s+){0,2}(?:manufacturer|maker|firm|company|producer|builder|start-?up|"
                              r"exporter|supplier|group|area|region|district|office|plant|factory|site)s?\b)")


def _place_cue(text: str, m: Mention, gaz: Gazetteer) -> bool:
    """Does the text around a mention read it as a place: "in Baglan", "Baglan, South Wales",
    "Baglan-based", "Leiden and Delft"?"""
    if _PLACE_CUE_BEFORE.search(text, max(0, m.start - 30), m.start):
        return True
    if _DATELINE_START.search(text, max(0, m.start - 4), m.start) and _DATELINE_END.match(text, m.end):
        return True  # "KISUMU, Kenya —", "**Aarhus, 3 May.**": a dateline
    after = text[m.end:m.end + 40]
    am = _PLACE_CUE_AFTER.match(after)
    if not am:
        return False
    if after.startswith(","):
        return am.group().split(",", 1)[1].strip() in gaz
    return True


_PLACE_ARTICLE = re.compile(r"(?:\b[Tt]he|\bat|\bto)\s+$")


def _after_place_word(g: Group, text: str) -> bool:
    """Does a mention follow "the", "at" or "to", as a place's name does and a person's rarely?"""
    return any(_PLACE_ARTICLE.search(text, max(0, m.start - 12), m.start) for m in g.mentions)
_AGENCY_WORDS = frozenset("Trade Investment Invest Export Exports Enterprise Finance Tourism Transport Development".split())
_NAME_PARTICLES = frozenset("bin bint al el de da di du van von der den le la del dos ibn".split())


_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or|&))\s+(?:the\s+)?")


def _list_places(groups: dict[str, Group], text: str) -> None:
    """'Croydon, Brent Cross, Old Oak Common and Battersea', 'NRW, Rhineland-Palatinate, Hessen
    and Saarland': a name the gazetteer lacks, listed among places of one kind, is such a place."""
    owner: dict[int, Group] = {}
    ms: list[Mention] = []
    for g in groups.values():
        for m in g.mentions:
            owner[id(m)] = g
            ms.append(m)
    ms.sort(key=lambda m: m.start)
    for i, m in enumerate(ms):
        g = owner[id(m)]
        small_town = (g.place is not None and g.type == "City" and g.place.population < 100_000
                      and g.votes.get("City", 0) <= 2.0 * len(g.mentions) and len(g.words) == 1) or "_small_town" in g.votes
        if not small_town and (g.place is not None or not (
                g.type is None or "_weak" in g.votes or g.type == "Person" and not g.votes.get("Person"))):
            continue
        if not small_town and any(v >= 1.5 for t, v in g.votes.items() if not t.startswith("_")):
            continue
        kinds = []
        unknown = 0  # untyped single names in the list ("BP plc, Dyson, Lush and Vodafone")
        for step in (-1, 1):
            j, cur = i + step, m
            while 0 <= j < len(ms) and len(kinds) < 4:
                nb = ms[j]
                gap = text[nb.end:cur.start] if step < 0 else text[cur.end:nb.start]
                if not _LIST_GAP.fullmatch(gap):
                    break
                ng = owner[id(nb)].root()
                if ng.type == "Firm" and "_weak" not in ng.votes and ng is not g:
                    kinds.append("Firm")
                elif (ng.type is None or "_weak" in ng.votes) and ng.place is None and len(ng.words) <= 2:
                    unknown += 1
                elif ng.place is None or ng.type not in ("City", "Region"):
                    break
                else:
                    kinds.append(ng.type)
                cur, j = nb, j + step
        if kinds == ["Firm"] and unknown >= 1 and not small_town:
            kinds.append("Firm")  # one firm sure of its type vouches for the names listed with it
        if len(kinds) >= 2 and len(set(kinds)) == 1 and not (small_town and kinds[0] != "Firm"):
            g.type = kinds[0]
            g.votes.pop("_weak", None)
            if kinds[0] == "Firm":
                g.place = None  # "SCI Semiconductors, Samco Holdings, Arm, Weir and ...": a firm


def _is_head(w: str) -> bool:
    return (w in vocab.UNIVERSITY_HEADS or w in vocab.GOVERNMENT_HEADS or w in vocab.ORGANISATION_HEADS
            or w in vocab.EVENT_HEADS or w in vocab.INITIATIVE_HEADS or w in vocab.MEDIA_HEADS
            or w in vocab.LEGAL_SUFFIXES or w in vocab.FIRM_HEADS)


def family_of(word: str, people) -> list:
    """The people a family plural names: "Greitenses" -> everyone surnamed Greitens."""
    if len(word) < 4 or not word.endswith("s"):
        return []
    stems = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    return [p for p in people if len(p.words) >= 2 and p.words[-1] in stems]


def _looks_like_person(words: list[str], gaz: Gazetteer | None = None) -> bool:
    if words and words[0] in ("Sheikh", "Sheikha", "Shaikh"):
        words = words[1:]
    named = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in _NAME_PARTICLES)]
    # "Khalifa bin Jassim Al Thani": particles of a patronymic do not count against the length
    # "Khalifa bin Jassim Al Thani", "Luiz Inácio Lula da Silva": particles carry a long name
    if not 2 <= len(named) <= 4 or len(words) > 4 and not any(w in _NAME_PARTICLES for w in words[1:-1]) or len(words) > 6:
        return False
    if words[0] in vocab.DEMONYMS or words[0].rstrip("s") in vocab.DEMONYMS or words[0].split("-")[0] in vocab.DEMONYMS:
        return False  # "German Land", "German-Mongolian Corporate Days"
    if words[0] in _NOT_NAME_OPENERS:
        return False  # "The Grand", "La Francophonie", "Old York": an article or adjective opens no person's name
    if any(_BRAND_CAMEL.match(w) for w in words):
        return False  # "Royal FloraHolland", "KenInvest": a brand's inner capital (not "McDonald", "DeWine")
    if words[0].lower() in vocab.COMMON_TITLE_WORDS:
        return False
    if all(is_common_word(w) and not is_first_name(w) for w in named):
        return False  # "Strategic Initiatives": everyday words, no given name among them
    if len(named) >= 2 and any(w in _FOREIGN_PARTICLES for w in words[1:-1]) and is_foreign_word(" ".join(named)):
        return False  # "Bildungswerk der Sächsischen Wirtschaft": a phrase of another language
    for i, w in enumerate(words):
        if w in vocab.NON_PERSON_WORDS:
            return False
        if 0 < i < len(words) - 1 and w in _NAME_PARTICLES or i and w in ("II", "III", "IV", "Jr", "Snr", "Jnr"):
            continue
        if gaz is not None and len(w) > 3 and _placey(gaz, w, first=i == 0):
            return False
        if gaz is not None and i and " ".join(words[:i + 1]) in gaz:
            return False
        if not _TITLE_WORD.match(w) or vocab.SECTORS.get(w.lower()):
            return False
        if w in vocab.FIRM_HEADS or w in vocab.ORGANISATION_HEADS or w in vocab.EVENT_HEADS \
                or w in vocab.GOVERNMENT_HEADS or w in vocab.UNIVERSITY_HEADS \
                or w in vocab.INITIATIVE_HEADS or w in vocab.MEDIA_HEADS or w in vocab.REGION_HEADS:
            return False
    return True


_BRAND_CAMEL = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|St|O[’'])[A-Z])[A-Z][a-z]+[A-Z]")
# function words of other languages that join a phrase, not a person's name ("der", "für", "et")
_FOREIGN_PARTICLES = frozenset("der die das des für und et pour du de la le les y e para do da".split())
_NOT_NAME_OPENERS = frozenset("The La Le Les Los Las Il Der Die Das Het Old New General Grand Royal Région Regione "
                               "Región Région Province Provincia".split())
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][\w’'-]*")
_LOWER_CACHE: dict[int, tuple[str, set[str]]] = {}


def _lower_words(text: str) -> set[str]:
    """The words the text writes in lower case (cached for the record being resolved)."""
    hit = _LOWER_CACHE.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    words = set(_LOWER_WORD.findall(text))
    _LOWER_CACHE.clear()
    _LOWER_CACHE[id(text)] = (text, words)
    return words


def _town_first(gaz: Gazetteer, word: str, text: str) -> bool:
    """Is the word a town of some size, which the record (when it is also a given name) names
    as a place of its own ("the Archbishop of York")?"""
    if not any(p.population > 100_000 for p in gaz.candidates(word)):
        return False
    return not is_first_name(word) or re.search(
        r"\b(?:in|of|from|to|at|around|across|near)\s+" + re.escape(word) + r"\b(?![\s-]+[A-Z])", text) is not None


def _placey(gaz: Gazetteer, word: str, first: bool) -> bool:
    cands = gaz.candidates(word)
    if not cands:
        return False
    if any(p.type in ("Country", "Region") for p in cands):
        return True
    return first and max(p.population for p in cands) > 400_000


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start]
    return start == 0 or bool(re.search(r"(?:[.!?][\"”’)]?\s+|\n\s*|^\s*)$", before)) or before.endswith(("“", '"'))


def _strip_variant(words: list[str]) -> list[str]:
    out = list(words)
    while len(out) > 1 and out[-1].rstrip(".,") in vocab.FIRM_VARIANT_SUFFIXES:
        out.pop()
    out[-1] = out[-1].rstrip(",")  # "Hitachi, Ltd." -> "Hitachi"
    return out


def _merge_into(g: Group, target: Group) -> None:
    """Merge ``g`` into ``target``'s entity. Linking to the target's root, and never to ``g``
    itself, keeps the merge links a forest: a cycle would make ``Group.root`` loop forever."""
    r = target.root()
    if r is not g:
        g.merged_into = r


def _merge(groups: dict[str, Group], acronyms: dict[str, Mention], gaz: Gazetteer) -> None:
    live = [g for g in groups.values() if g.type]
    # defined acronyms
    for acro, target in acronyms.items():
        g = groups.get(fold_key(acro))
        t = groups.get(fold_key(target.text))
        if g is not None and t is not None and g is not t and t.type:
            _merge_into(g, t.root())
    # firm name variants: "Haier Industries" ~ "Haier", "Hisense Group" ~ "Hisense"
    firms = [g for g in live if g.merged_into is None and g.type in ("Firm", None)]
    by_base: dict[str, list[Group]] = {}
    for g in live:
        if g.merged_into is None and g.type in ("Firm", "Organisation") or "_weak" in g.votes:
            by_base.setdefault(fold(" ".join(_strip_variant(g.words))), []).append(g)
    # "Hitachi" beside "Hitachi, Ltd.": a town's name used as the short form of a firm's legal name
    for g in live + [x for x in groups.values() if x.type is None and "_small_town" in x.votes]:
        if (g.merged_into is None and (g.type in ("City", "Region") or "_small_town" in g.votes) and len(g.words) == 1
                and g.place is not None
                and g.place.population < 500_000 and g.votes.get(g.type, 0) <= 2.5 * len(g.mentions)):
            base = fold(g.words[0])
            legal = [f for f in by_base.get(base, []) if f.type == "Firm" and f.words[-1].rstrip(".") in vocab.LEGAL_SUFFIXES]
            if not legal and g.place.population < 100_000:
                # "Tata" beside "Tata Steel": the one firm whose name starts with the word
                legal = [f for f in live if f.type == "Firm" and f.merged_into is None and len(f.words) == 2
                         and f.words[0] == g.words[0] and f.words[1] not in vocab.LEGAL_SUFFIXES]
            if len(legal) == 1:
                _merge_into(g, legal[0])
                g.place = None
    for base, gs in by_base.items():
        if len(gs) < 2:
            continue
        firmish = [g for g in gs if g.type == "Firm" or "_weak" in g.votes]
        if len(firmish) < 2:
            continue
        target = max(firmish, key=lambda g: (g.type == "Firm" and "_weak" not in g.votes, len(g.mentions)))
        for g in firmish:
            if g is not target:
                _merge_into(g, target)
                target.type = "Firm"
    del firms
    # "Life Sciences Hub Wales Ltd" is the legal form of the organisation "Life Sciences Hub Wales"
    for g in live:
        if g.merged_into is None and g.type == "Firm" and len(g.words) >= 2 and g.words[-1].rstrip(".") in vocab.LEGAL_SUFFIXES:
            base = groups.get(fold_key(" ".join(_strip_variant(g.words))))
            if base is not None and base is not g and base.root().type in ("Organisation", "GovernmentBody", "University"):
                _merge_into(g, base.root())
    # "Co Carlow" is "County Carlow", the Irish abbreviation
    for g in live:
        if g.merged_into is None and g.type == "Region" and len(g.words) == 2 and g.words[0] in ("Co", "Co."):
            full = groups.get(fold_key("County " + g.words[1]))
            if full is not None and full is not g and full.root().type == "Region":
                _merge_into(g, full.root())
    # people: "Cameron" -> "David Cameron"; places: same gazetteer entry
    people = [g for g in live if g.type == "Person" and len(g.words) >= 2 and g.merged_into is None]
    for g in live + [g for g in groups.values() if g.type is None and len(g.words) == 1 and g.words[0][:1].isupper()]:
        if g.merged_into is not None or len(g.words) != 1 or g.type not in ("Person", "Firm", "City", None):
            continue
        if g.type == "Firm" and "_weak" not in g.votes:
            continue
        if g.type == "City" and (g.place is None or g.place.population > 300_000 or g.votes.get("City", 0) > 2.0 * len(g.mentions)):
            continue  # a small town named like a person's surname ("Stuart", "Parker") is the person
        w = g.words[0]
        hits = [p for p in people if w in (p.words[-1], p.words[0]) or any(
            # "Lula" for "Luiz Inácio Lula da Silva": the name a particle follows
            w == p.words[i] and p.words[i + 1] in _NAME_PARTICLES for i in range(1, len(p.words) - 2))]
        if g.type == "City":
            hits = [p for p in people if w == p.words[-1]]
        if len(hits) > 1 and g.roles:
            # "Governor Hogan" with Governor Larry Hogan and First Lady Yumi Hogan: the same title decides
            titled = {r.split()[-1].lower() for r in g.roles}
            same = [p for p in hits if titled & {r.split()[-1].lower() for r in p.roles}]
            if len(same) != 1:  # else the only one not known by another title
                same = [p for p in hits if not p.roles or titled & {r.split()[-1].lower() for r in p.roles}]
            hits = same if len(same) == 1 else hits
        if len(hits) == 1:
            _merge_into(g, hits[0])
            g.place = None
        elif not hits and g.type in ("Firm", None) and family_of(w, people):
            g.type = None  # "the Greitenses": the family, which the anaphora step spells out
    # "Dongshi Kingpower" for "Dongshi Kingpower Science and Technology Ltd": a firm's leading words
    firms_full = [g for g in live if g.type == "Firm" and g.merged_into is None and len(g.words) >= 3
                  and g.words[-1].rstrip(".") in vocab.LEGAL_SUFFIXES]
    for g in live:
        if g.merged_into is not None or g.type not in ("Person", "Firm", None) or g.votes.get("Person", 0) > 0:
            continue
        if g.type == "Firm" and "_weak" not in g.votes:
            continue
        hits = [f for f in firms_full if f is not g and len(f.words) > len(g.words) and f.words[:len(g.words)] == g.words]
        if len(hits) == 1:
            _merge_into(g, hits[0])
    seen_places: dict[tuple[str, str], Group] = {}
    for g in live:
        if g.merged_into is None and g.place is not None and g.type in ("Country", "Region", "City"):
            k = (g.type, g.place.geonameid or g.place.name)
            if k in seen_places:
                _merge_into(g, seen_places[k])
            else:
                seen_places[k] = g
    # "Delhi University" and "University of Delhi": one university
    unis: dict[str, Group] = {}
    for g in live:
        if g.merged_into is None and g.type == "University":
            key = _university_key(g.words)
            if key in unis and unis[key] is not g:
                if len(unis[key].words) >= len(g.words):
                    _merge_into(g, unis[key])
                else:  # the fuller name leads
                    _merge_into(unis[key], g)
                    unis[key] = g
            else:
                unis[key] = g
    # "Fudan" for "Fudan University", "Miami-Dade" for "Miami-Dade County": a guessed one-word
    # name that opens exactly one longer name of a body or region
    bodies = [g for g in live if g.merged_into is None and len(g.words) >= 2
              and g.type in ("University", "Organisation", "GovernmentBody", "Region", "Event", "Initiative")
              and _ends_with_head(g.words[-1])]
    for g in list(live) + [x for x in groups.values() if x.type is None]:
        if g.merged_into is not None or len(g.words) != 1 or not (g.type is None or "_weak" in g.votes) or g.place is not None:
            continue
        if g.words[0] in vocab.DEMONYMS or g.words[0] in gaz:
            continue  # "Bavarian" is no short form of "Bavarian Ministry of ..."
        hits = [b for b in bodies if b.words[0] == g.words[0] and b is not g and len(b.words) == 2]
        if len(hits) == 1:
            _merge_into(g, hits[0].root())
    # "Economic Development Department" for "Sharjah Economic Development Department"
    named_bodies = [g for g in live if g.merged_into is None and len(g.words) >= 3
                    and g.type in ("Organisation", "GovernmentBody", "University", "Firm")]
    for g in live:
        if g.merged_into is not None or len(g.words) < 2 or g.type not in ("Organisation", "GovernmentBody", "University"):
            continue
        hits = [b for b in named_bodies if b is not g and b.type == g.type and len(b.words) > len(g.words)
                and b.words[-len(g.words):] == g.words and " ".join(b.words[:-len(g.words)]) in gaz]
        if len(hits) == 1:
            _merge_into(g, hits[0])
    # "Gyeonggi Province", "Gyeonggi-do" and "Gyeonggi", "Hubei Province" and "Hubei": one region
    by_stem: dict[str, Group] = {}
    regions = [g for g in live if g.merged_into is None and g.type == "Region"]
    for g in sorted(regions, key=lambda g: -len(g.words)):
        stem = _region_stem(g.mentions[0].text)
        if not stem:
            continue
        other = by_stem.get(stem)
        if other is None:
            by_stem[stem] = g
        elif other is not g and (g.place is None or other.place is None or g.place.country == other.place.country):
            _merge_into(g, other)
            if other.place is None:
                other.place = g.place
    # subsidiaries named "<parent> <place>"
    for g in live:
        if g.merged_into is not None or len(g.words) < 2:
            continue
        for cut in range(len(g.words) - 1, 0, -1):
            head, tail = " ".join(g.words[:cut]), " ".join(g.words[cut:])
            parent = groups.get(fold_key(head))
            if parent is not None and parent.root().type == "Firm" and tail in gaz:
                if g.type in (None, "Firm") or "_weak" in g.votes or g.votes.get("Firm", 0) > 0:
                    g.type = "Firm"
                    g.parent = parent.root()
                break
    # "Free State of Bavaria" and "Bavaria", "Republic of Korea" and "Korea": one place
    for g in live:
        if g.merged_into is not None or g.type not in ("Region", "Country") or "of" not in g.words:
            continue
        tail = " ".join(g.words[g.words.index("of") + 1:])
        other = groups.get(fold_key(tail))
        if other is not None and other is not g and other.root().type == g.type:
            if g.place is None:
                g.place = other.root().place
            _merge_into(other.root(), g)
    # events and initiatives: a shorter form of a longer name with the same head
    named = [g for g in live if g.merged_into is None and g.type in ("Event", "Initiative") and len(g.words) >= 3]
    for g in named:
        for h in named:
            if g is h or h.merged_into is not None or g.merged_into is not None or g.type != h.type:
                continue
            if len(g.words) < len(h.words) and g.words[-1] == h.words[-1] and _subsequence(g.words, h.words):
                _merge_into(g, h)
    # fragments: "City Region" used for "Leeds City Region"
    multi = [g for g in live if g.merged_into is None and len(g.words) >= 3]
    for g in live:
        if g.merged_into is not None or len(g.words) != 2 or g.place is not None:
            continue
        tails = [m for m in multi if m.words[-2:] == g.words and m.type == g.type]
        if len(tails) == 1:
            _merge_into(g, tails[0])


def _university_key(words: list[str]) -> str:
    """"University of Delhi" and "Delhi University" -> "delhi|university"."""
    if len(words) >= 3 and words[0] in ("University", "Université", "Universidad", "Universität") and words[1] == "of":
        return fold(" ".join(words[2:])) + "|university"
    if len(words) >= 2 and words[-1] == "University":
        return fold(" ".join(words[:-1])) + "|university"
    return fold(" ".join(words))


def _ends_with_head(w: str) -> bool:
    return _is_head(w) or w in vocab.REGION_HEADS


_REGION_PREFIX = re.compile(r"^(?:Région|Region|Regione|Región|Province\s+of|State\s+of)[ \u00a0]+(?=[A-Z])")
_REGION_SUFFIX = re.compile(r"(?:[ \u00a0](?:Province|Prefecture|State|Region|Oblast|County|Governorate)|-(?:do|ken|fu|to|sheng))$")


def _region_stem(name: str) -> str:
    """The name of a region without its kind: "Gyeonggi Province", "Gyeonggi-do" -> "gyeonggi"."""
    name = re.sub(r"[’']s$", "", name)
    return fold(_REGION_SUFFIX.sub("", _REGION_PREFIX.sub("", name)))


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


def _build(text: str, groups: dict[str, Group], gaz: Gazetteer) -> Resolution:
    roots: list[Group] = []
    members: dict[int, list[Group]] = {}
    for g in groups.values():
        r = g.root()
        if not r.type or r.type.startswith("_"):
            continue
        if id(r) not in members:
            members[id(r)] = []
            roots.append(r)
        members[id(r)].append(g)
    entities: list[Entity] = []
    spans: list[tuple[int, int, int]] = []
    index_of: dict[int, int] = {}
    places: dict[int, Place] = {}
    roles: dict[int, str] = {}
    used_ids: dict[str, int] = {}
    for r in roots:
        gs = members[id(r)]
        if all("_heading" in g.votes for g in gs):
            continue
        surf = Counter()
        for g in gs:
            surf.update(g.surfaces())
        if r.type == "Country":
            # the country's full common name when the record uses it ("United Kingdom", not "UK")
            official = fold(r.place.name) if r.place is not None else None
            name = max(surf, key=lambda s: (fold(s) == official, surf[s], len(s)))
        else:
            name = max(surf, key=lambda s: (not (s.isupper() and len(s) <= 8), _fullness(s, r.type), surf[s], len(s)))
        if name.isupper() and len(name) > 3 and r.place is not None and r.type in ("City", "Region"):
            name = r.place.name if fold(r.place.name) == fold(name) else name.title()  # "LONDON -" dateline
        place = r.place
        qualifier = place.qualifier if place is not None else None
        eid = entity_id(r.type, name, qualifier)
        if eid in used_ids:  # two groups collapsing to one id: fold into the first
            idx = used_ids[eid]
            e = entities[idx]
        else:
            idx = len(entities)
            used_ids[eid] = idx
            e = Entity(id=eid, name=name, type=r.type)
            if place is not None and place.geonameid:
                e.identifiers["geonames"] = place.geonameid
            if place is not None and place.type == "Country":
                e.identifiers["iso3166"] = place.country
            entities.append(e)
            if place is not None:
                places[idx] = place
        for s in surf:
            if s != e.name and s not in e.aliases:
                e.aliases.append(s)
        for g in gs:
            for m in g.mentions:
                spans.append((m.start, m.end, idx))
                if m.short and m.short != e.name and m.short not in e.aliases:
                    e.aliases.append(m.short)
            index_of[id(g)] = idx
            if g.roles and idx not in roles:
                roles[idx] = g.roles[0]
        index_of[id(r)] = idx
    subsidiaries = []
    for g in groups.values():
        if g.parent is not None and id(g.root()) in index_of and id(g.parent.root()) in index_of:
            subsidiaries.append((index_of[id(g.root())], index_of[id(g.parent.root())]))
    # sectors
    sector_idx: dict[str, int] = {}
    occupied = bytearray(len(text) + 1)
    for a, b, _ in spans:
        occupied[a:b] = b"\x01" * (b - a)
    for start, end, sname in find_sectors(text):
        if any(occupied[start:end]):
            continue
        if sname not in sector_idx:
            sector_idx[sname] = len(entities)
            entities.append(Entity(id=entity_id("Sector", sname), name=sname, type="Sector"))
        e = entities[sector_idx[sname]]
        surface = text[start:end]
        if surface != e.name and surface.lower() != e.name and surface not in e.aliases:
            e.aliases.append(surface)
        spans.append((start, end, sector_idx[sname]))
    spans.sort()
    # mentions: exact surface forms only (surface == name or alias)
    for start, end, idx in spans:
        e = entities[idx]
        s = text[start:end]
        if s == e.name or s in e.aliases:
            e.mentions.append(Span(start, end))
        elif s.lower() == e.name.lower():
            e.aliases.append(s)
            e.mentions.append(Span(start, end))
    return Resolution(entities, spans, subsidiaries, places, roles)


def _fullness(name: str, etype: str | None) -> int:
    # Firms: the bare brand is the canonical name ("Hisense", alias "Hisense Group");
    # everything else: the fullest proper name.
    words = name.split()
    if etype == "Firm" and len(words) > 1 and words[-1].rstrip(".") in vocab.FIRM_VARIANT_SUFFIXES:
        return 0
    return len(words)
