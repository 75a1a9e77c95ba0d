"""Facts: money, counts, rates, rankings and years, with unit, qualifier and date.

"1.2 trillion yuan" -> 1.2e12 CNY; "£1.5million" -> 1500000 GBP; "over 80,000 people"
employees with qualifier "over"; "grew by 30%" growthRate 30 percent; "in 2012" -> date.
The subject is the nearest fitting entity before the figure (after it for investments named
after the amount: "the £2bn Hyderabad Metro").
"""

from __future__ import annotations

import re

from ..model import Entity, Fact
from .cues import needs
from .relations import Marked, evidence

_NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|hundreds)"
_MAG = r"(?:\s*(trillion|billion|million|thousand|tn|bn|mn|m|b|k|crore|lakh)\b)?"
_CUR_PRE = r"(£|\$|€|¥|US\$|USD\s?|GBP\s?|EUR\s?|RMB\s?|CNY\s?|INR\s?|Rs\.?\s?|C\$|A\$)"
_CUR_POST = r"(?:\s+(yuan|renminbi|RMB|CNY|pounds(?:\s+sterling)?|sterling|GBP|dollars|US\s+dollars|USD|euros?|EUR|rupees|INR|yen|JPY|francs|CHF|pesos|MXN|tenge|KZT|rubles|roubles|dirhams|AED|taka|BDT|shillings|KES))?"
_QUAL = r"(?:(well\s+over|more\s+than|over|around|about|approximately|almost|nearly|up\s+to|some|at\s+least|in\s+excess\s+of|roughly|close\s+to|just\s+over|just\s+under|under|less\s+than|an\s+estimated|more\s+then)\s+)?"
MONEY = re.compile(_QUAL + _CUR_PRE + r"\s?" + _NUM + _MAG + _CUR_POST + r"|" + _QUAL + _NUM + _MAG + r"(?=\s+(?:yuan|renminbi|RMB|pounds|dollars|euros?|rupees|yen|tenge|roubles|rubles|dirhams|taka|pesos|shillings)\b)" + _CUR_POST, re.I)
COUNT = re.compile(_QUAL + r"(?<![£$€¥\d.,])" + _NUM + r"(?:\s+(million|thousand|billion|hundred))?(?![\d%]|\s*(?:per\s*cent|percent))\s+((?:[a-z-]+\s+){0,3}?(?:people|staff|employees|workers|jobs|roles|positions|viewers|attendees|visitors|delegates|guests|participants|readers|senior\s+figures|figures|representatives|pieces\s+of\s+(?:media\s+)?coverage|articles|media\s+reports|news\s+stories|residents|inhabitants|companies|firms|businesses))\b", re.I)
PERCENT = re.compile(_QUAL + r"(\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)", re.I)
RANK = re.compile(r"\brank(?:s|ed)\s+(?:as\s+)?(?:the\s+)?(first|second|third|fourth|fifth|top|no\.?\s*1|number\s+one|(\d+)(?:st|nd|rd|th))\b(?![\s-]+(?:largest|biggest|most))", re.I)
# A superlative within a stated class, said of something: "Germany is the UK's second-largest
# trading partner", "Saskatchewan has been Canada's top exporter", "Startup Mexico, the
# country's leading name in incubation". Only after a copula, "as" or an apposition's comma,
# so "one of the largest" and a bare "the top officials" are no rankings.
SUPERLATIVE = re.compile(
    r"(?:\b(?:is|was|are|were|remains|remained|becomes|became|become|been|as)\s+|,\s+)"
    r"(?:now\s+|still\s+|also\s+|already\s+|together\s+)?(?:the\s+)?"
    r"(?:⟨[A-Z]\d+⟩[’']s\s+|(?:its|their|the\s+(?:country|city|state|region|province|nation|world)[’']s)\s+)?"
    r"(?:(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\d+)(?:st|nd|rd|th))[\s-]+)?"
    r"(?:largest|biggest|leading|top|main|most\s+important|number\s+one|no\.\s?1|greatest|"
    r"fastest[\s-]growing|most\s+populous)\b(?![\s-]+(?:a|an|the|his|her|its|their)\b)"
    r"((?:[\s-]+[\w-]+){0,4})", re.I)
# "the state's largest trade mission", "the biggest trade mission in the state's history"
# (not "one of the largest trade missions")
MISSION_SUPERLATIVE = re.compile(
    r"(?<!of )\b(?:the|its|their|[\w-]+[’']s)\s+(?:\w+[’']s\s+)?(?:largest|biggest)(?:[\s-]+ever)?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:mission|delegation)s?\b", re.I)
_MISSION_NOUN = re.compile(r"\b(?:mission|delegation)s?\b", re.I)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_RELATIVE_CLAUSE = re.compile(r",\s+(?:whose|which|who|where)\b[^,]*,\s*$", re.I)
# "a population of nine million", "with a population of about 600,000" (no counted noun after)
POPULATION = re.compile(r"\bpopulation\s+(?:of\s+|is\s+|stands\s+at\s+|reached\s+)" + _QUAL + _NUM
                        + r"(?:\s+(million|thousand|billion))?(?![\d%,]|\.\d|\s*(?:per\s*cent|percent))", re.I)
_PEOPLE_OF_A_PLACE = re.compile(r"\b(?:country|nation|city|region|state|province|metropolis|home\s+to)\s+(?:of\s+)?"
                                r"(?:some\s+|about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+)?$", re.I)
FOUNDED = re.compile(r"\b(?:founded|established|set\s+up|created|formed|incorporated|since\s+its\s+(?:creation|founding|foundation|establishment))(?:\s+\w+){0,3}?\s+in\s+((?:1[6-9]|20)\d{2})\b", re.I)

_NUMBER_WORD = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|first|second|third|top)\b", re.I)
_MONEY_CUE = re.compile(r"[£$€¥]|\b(?:USD|GBP|EUR|RMB|CNY|INR|Rs|yuan|renminbi|pounds|sterling|dollars|euros?|rupees|yen|francs|pesos|tenge|rubles|roubles|dirhams|taka|shillings|KES|AED|BDT|KZT|MXN|CHF|JPY)\b", re.I)
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
          "thirty": 30, "forty": 40, "fifty": 50, "a hundred": 100, "hundreds": 100}
_SCALE = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6,
          "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3, "crore": 1e7, "lakh": 1e5, "hundred": 100}
_CURRENCY = {"£": "GBP", "$": "USD", "us$": "USD", "€": "EUR", "¥": "CNY", "rmb": "CNY", "cny": "CNY",
             "usd": "USD", "gbp": "GBP", "eur": "EUR", "inr": "INR", "rs": "INR", "rs.": "INR",
             "c$": "CAD", "a$": "AUD", "yuan": "CNY", "renminbi": "CNY", "pounds": "GBP",
             "pounds sterling": "GBP", "sterling": "GBP", "dollars": "USD", "us dollars": "USD",
             "euro": "EUR", "euros": "EUR", "rupees": "INR", "yen": "JPY", "jpy": "JPY",
             "francs": "CHF", "chf": "CHF", "pesos": "MXN", "mxn": "MXN", "tenge": "KZT",
             "kzt": "KZT", "rubles": "RUB", "roubles": "RUB", "dirhams": "AED", "aed": "AED",
             "taka": "BDT", "bdt": "BDT", "shillings": "KES", "kes": "KES"}
ORG = ("Firm", "University", "GovernmentBody", "Organisation", "MediaOutlet")
PLACE = ("Country", "Region", "City")
# The class a superlative names says what kind of thing it describes ("the main trade fair" is
# the event, not the city beside it).
_CLASS_TYPES = (
    (re.compile(r"\b(?:fair|forum|exhibition|expo|conference|show|festival|summit|event|days)\b", re.I), ("Event",)),
    (re.compile(r"\b(?:company|companies|manufacturer|maker|bank|brand|firm|employer|retailer|"
                r"operator|university|name|body|organisation|agency)\b", re.I), ORG),
)
_YEAR_AFTER = re.compile(r"^[^.;£$€\d]{0,12}?\b(?:in|for|during|by)\s+((?:19|20)\d{2})\b")
_YEAR_BEFORE = re.compile(r"\b(?:in|for|during)\s+((?:19|20)\d{2})\b(?!.*\b(?:in|for|during)\s+(?:19|20)\d{2}\b)")
_MARK = re.compile(r"⟨([A-Z])(\d+)⟩")
_DEALS = re.compile(r"\b(?:deals?|agreements?|contracts?|commitments?)\b(?:\s+(?:and|or)\s+\w+)?\s+(?:worth|valued|totalling|totaling|of)\b|"
                    r"\b(?:deals?|agreements?|contracts?)\b[^.;⟨]{0,60}?\b(?:during|on|as\s+(?:a|an|immediate)\s+results?\s+of)\s+the\s+(?:visit|mission|trip|tour)\b|"
                    r"\bworth\s*$|\bin\s+(?:contracts|deals|investment\s+and\s+sales)\b", re.I)
_APPOSED = re.compile(r"⟩,\s+(?:a|an|the)\s+$")
_INVESTOR = re.compile(r"(⟨[A-Z]\d+⟩)(?:[’']s)?\s+(?:[\w-]+\s+){0,2}?investment\s+in\b", re.I)
# Gates (cues.py): a figure pattern runs only on sentences holding the words it cannot match
# without (a currency, a counted noun, "ranked", a founding verb).
_MONEY_CUE_GATE, _MONEY_GATE, _COUNT_GATE = needs(_MONEY_CUE), needs(MONEY), needs(COUNT)
_RANK_GATE, _FOUNDED_GATE, _POPULATION_GATE = needs(RANK), needs(FOUNDED), needs(POPULATION)
_SUPERLATIVE_GATE, _MISSION_SUPERLATIVE_GATE = needs(SUPERLATIVE), needs(MISSION_SUPERLATIVE)
_ASCII_DIGIT = re.compile(r"[0-9]")
_TYPE_OF = {"K": "Country", "R": "Region", "C": "City", "F": "Firm", "U": "University",
            "G": "GovernmentBody", "O": "Organisation", "M": "MediaOutlet", "P": "Person",
            "E": "Event", "I": "Initiative", "S": "Sector"}


def number(text: str, mag: str | None) -> float:
    t = " ".join(text.lower().split())
    value = float(_WORDS[t]) if t in _WORDS else float(t.replace(",", ""))
    if mag:
        value *= _SCALE.get(mag.lower(), 1)
        if abs(value - round(value)) < 1e-6 * max(1.0, abs(value)):
            value = float(round(value))
    return int(value) if value == int(value) else value


def _qual(q: str | None) -> str | None:
    return " ".join(q.lower().split()) if q else None


class FactFinder:
    def __init__(self, entities: list[Entity], mission_event: int | None, demonyms: dict[str, int]):
        self.entities = entities
        self.mission = mission_event
        self.demonyms = demonyms
        self.last_event: int | None = None

    def sentence_facts(self, mk: Marked) -> list[Fact]:
        facts: list[Fact] = []
        text = mk.text
        folded = mk.folded
        if "⟨E" in text:
            for m in _MARK.finditer(text):
                if m.group(1) == "E":
                    self.last_event = mk.index[int(m.group(2))]
        used: list[tuple[int, int]] = []
        # (any marker has a digit, so marked sentences with an entity always pass)
        has_digit = _ASCII_DIGIT.search(text) is not None or any(c.isdigit() for c in set(text))
        if not has_digit and not _NUMBER_WORD.search(text):
            return facts
        money_cue = _MONEY_CUE_GATE(folded) and _MONEY_CUE.search(text)
        for m in (MONEY.finditer(text) if money_cue and _MONEY_GATE(folded) else ()):
            if m.group(2) is not None:
                qual, cur_pre, num, mag, cur_post = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)
            else:
                qual, cur_pre, num, mag, cur_post = m.group(6), None, m.group(7), m.group(8), m.group(9)
            cur = (cur_post or cur_pre or "").strip().lower()
            unit = _CURRENCY.get(cur) or _CURRENCY.get(cur.rstrip("."))
            if unit is None:
                continue
            if cur_pre and cur_post:
                unit = _CURRENCY.get(cur_post.strip().lower(), unit)
            value = number(num, mag)
            prop, subject = self._money_property(text, m.start(), m.end())
            if prop is None or subject is None:
                continue
            used.append((m.start(), m.end()))
            facts.append(self._fact(mk, subject, prop, value, unit, _qual(qual), m.end(), m.start()))
        counted: list[tuple[int, int]] = []
        for m in (COUNT.finditer(text) if _COUNT_GATE(folded) else ()):
            if any(a <= m.start() < b for a, b in used):
                continue
            value = number(m.group(2), m.group(3))
            noun = m.group(4).lower()
            prop, subject = self._count_property(text, m.start(), noun)
            if prop is None or subject is None:
                continue
            counted.append((m.start(), m.end()))
            facts.append(self._fact(mk, subject, prop, value, None, _qual(m.group(1)), m.end(), m.start()))
        for m in (POPULATION.finditer(text) if _POPULATION_GATE(folded) else ()):
            if any(a <= m.start(2) < b for a, b in counted):
                continue  # "a population of 2.5 million people": the count has it already
            subject = self._first(text, m.start(), PLACE)
            if subject is not None:
                facts.append(self._fact(mk, subject, "population", number(m.group(2), m.group(3)), None,
                                        _qual(m.group(1)), m.end(), m.start()))
        for m in (PERCENT.finditer(text) if ("%" in text or "cent" in text) else ()):
            window = text[max(0, m.start() - 80):m.end() + 30].lower()
            if not re.search(r"grow|grew|growth|increase|rise|rose|risen|up\s+by|expan|jump|climb", window):
                continue
            subject = self._before(text, m.start(), ORG + PLACE, prefer_pronoun=True)
            if subject is None:
                continue
            facts.append(self._fact(mk, subject, "growthRate", number(m.group(2), None), "percent",
                                    _qual(m.group(1)), m.end(), m.start()))
        ranked: set[tuple[int, int]] = set()
        for m in (RANK.finditer(text) if _RANK_GATE(folded) else ()):
            word = m.group(1).lower()
            value = int(m.group(2)) if m.group(2) else _ORDINAL.get(word, 1)
            subject = self._before(text, m.start(), ORG + PLACE + ("University",))
            if subject is not None:
                ranked.add((subject, value))
                facts.append(self._fact(mk, subject, "ranking", value, None, None, m.end(), m.start()))
        for m in (SUPERLATIVE.finditer(text) if _SUPERLATIVE_GATE(folded) else ()):
            subject = self._superlative_subject(text, m.start(), m.group(3))
            value = int(m.group(2)) if m.group(2) else _ORDINAL.get((m.group(1) or "first").lower(), 1)
            if m.group(1) is None and re.search(r"\bafter\b", m.group(3), re.I):
                value = 2  # "the most important trade partner after China"
            if subject is not None and (subject, value) not in ranked:
                ranked.add((subject, value))
                facts.append(self._fact(mk, subject, "ranking", value, None, None, m.end(), m.start()))
        if self.mission is not None and (self.mission, 1) not in ranked:
            # over the plain sentence: "the biggest trade mission" is often marked as the mission
            plain = mk.sentence.text
            m = MISSION_SUPERLATIVE.search(plain) if _MISSION_SUPERLATIVE_GATE(mk.sentence.folded) else None
            if m:
                ranked.add((self.mission, 1))
                facts.append(self._fact(mk, self.mission, "ranking", 1, None, None, m.end(), m.start()))
        for m in (FOUNDED.finditer(text) if _FOUNDED_GATE(folded) else ()):
            subject = self._before(text, m.end(), ORG, nearest_any=True)
            if subject is not None:
                facts.append(Fact(self.entities[subject].id, "foundingYear", int(m.group(1)),
                                  evidence(mk.sentence)))
        return facts

    def _superlative_subject(self, text: str, start: int, named_class: str) -> int | None:
        """What "the UK's second-largest trading partner" is said of: the nearest fitting entity
        before it that is not the class's owner, past a relative clause ("Gyeonggi, whose
        capital is Suwon, is ...")."""
        if _MISSION_NOUN.search(named_class):
            return None  # a mission's rank: MISSION_SUPERLATIVE's
        types = ORG + PLACE + ("Event", "Initiative")
        for noun, fitting in _CLASS_TYPES:
            if noun.search(named_class):
                types = fitting
                break
        relative = re.search(r"(⟨[A-Z]\d+⟩(?:,\s+(?:a|an|the)\s+[^,⟨.;]{0,60}?)?,?\s+)?"
                             r"\b(?:that|which|who)\s+(?:\w+\s+)?$", text[max(0, start - 100):start], re.I)
        if relative and not relative.group(1):
            # "the country that is Arizona's number one partner": the antecedent has no name
            # (but "APU, a Mongolian company that has become the country's leading producer")
            return None
        cut = start + 1
        clause = _RELATIVE_CLAUSE.search(text, 0, start)
        if clause:
            cut = clause.start()
        return self._before(text, cut, types, skip_possessive=True)

    def _fact(self, mk: Marked, subject: int, prop: str, value, unit, qual, end: int, start: int) -> Fact:
        date = None
        after = _YEAR_AFTER.match(mk.text[end:end + 40])
        if after:
            date = after.group(1)
        else:
            before = _YEAR_BEFORE.search(mk.text[max(0, start - 80):start])
            if before and prop in ("growthRate", "revenue", "exports"):
                date = before.group(1)
        return Fact(self.entities[subject].id, prop, value, evidence(mk.sentence), unit, qual, date)

    def _money_property(self, text: str, start: int, end: int) -> tuple[str | None, int | None]:
        before = text[max(0, start - 90):start].lower()
        after = text[end:end + 60].lower()
        if re.search(r"\bgdp\b|gross\s+domestic|economy\s+(?:worth|of)|gva\b", before):
            return "gdp", self._first(text, start, PLACE)
        if re.search(r"turnover|revenue|sales|income|turned\s+over", before + after[:25]):
            return "revenue", self._before(text, start, ORG, prefer_pronoun=True)
        if re.search(r"export", before):
            cut = max(0, start - 90) + before.rfind("export")
            subject = self._before(text, cut, PLACE + ORG, demonym=True)
            return "exports", subject if subject is not None else self._before(text, start, PLACE + ORG, demonym=True)
        if re.search(r"\b(?:sold|sells?|selling)\b", before[-40:]) and re.match(r"[^.;⟨]{0,60}?\bto\s+(?:the\s+)?⟨[KRC]\d+⟩", after, re.I):
            return "exports", self._first(text, start, PLACE)
        if _DEALS.search(before[-60:] + " " + after[:40]) and not _APPOSED.search(text[max(0, start - 12):start]):
            # "deals worth £1bn were agreed during the visit", "25 agreements worth CA$239 million"
            own = self._before(text, start, ("Event",))
            if own is not None or self.mission is not None:
                return "investment", own if own is not None else self.mission
        if re.search(r"invest|funding|fund\b|financ|backing|deal|contract|worth|cost|commit|grant|pledge|capital|development|project|scheme", before + after[:40]):
            m = _APPOSED.search(text[max(0, start - 12):start])
            if m:  # "a China Cluster, a £130m development"
                return "investment", self._before(text, start, ("Initiative", "Event") + ORG)
            m = _INVESTOR.search(before[-80:])
            if m:  # "German investment in the UK reached £63.3bn"
                return "investment", self._before(text, start - len(before[-80:]) + m.start() + len(m.group(1)), PLACE + ORG)
            subject = self._after(text, end, ("Initiative",) + ORG, limit=80)
            if subject is None:
                subject = self._before(text, start, ORG + ("Initiative",))
            return "investment", subject
        return None, None

    def _count_property(self, text: str, start: int, noun: str) -> tuple[str | None, int | None]:
        before = text[max(0, start - 80):start].lower()
        if re.search(r"jobs|roles|positions", noun) or re.search(r"\bwill\s+employ|create|creating", before):
            if _DEALS.search(before) and self.mission is not None and self._before(text, start, ORG + ("Initiative",), skip_possessive=True) is None:
                return "jobs", self.mission
            subject = self._before(text, start, ORG + ("Initiative",), nearest_any=True, skip_possessive=True)
            return "jobs", subject if subject is not None else self.mission
        if re.search(r"coverage|articles|reports|stories", noun):
            return "mediaCoverage", self.mission if self.mission is not None else self.last_event
        if noun == "people" and _PEOPLE_OF_A_PLACE.search(before):
            return "population", self._first(text, start, PLACE)  # "a country of 50 million people"
        if re.search(r"employ|workforce|staff|headcount", before) or re.search(r"staff|employees|workers", noun):
            return "employees", self._before(text, start, ORG, prefer_pronoun=True)
        if re.search(r"residents|inhabitants", noun) or "population" in before:
            return "population", self._first(text, start, PLACE)
        if re.search(r"viewers|attendees|visitors|delegates|guests|participants|readers|figures|people|representatives", noun) and re.search(
                r"audience|view|watch|attend|reach|present|spoke|address|welcom|visitors|forum|event|crowd", before + noun):
            subject = self._before(text, start, ("Event",))
            return "audienceSize", subject if subject is not None else self.last_event
        return None, None

    def _before(self, text: str, pos: int, types: tuple[str, ...], *, prefer_pronoun: bool = False,
                nearest_any: bool = False, demonym: bool = False, skip_possessive: bool = False) -> int | None:
        best = None
        for m in _MARK.finditer(text, 0, pos):
            if _TYPE_OF[m.group(1)] in types:
                if skip_possessive and text[m.end():m.end() + 2] in ("'s", "’s"):
                    continue  # "at Bruntwood SciTech's Innovation Campus" is a place, not the employer
                best = int(m.group(2))
        if best is not None:
            return self._marked[best]
        if demonym:
            for word, idx in self.demonyms.items():
                if re.search(rf"\b{word}\b", text[:pos]):
                    return idx
        return None

    def _first(self, text: str, pos: int, types: tuple[str, ...]) -> int | None:
        for m in _MARK.finditer(text, 0, pos):
            if _TYPE_OF[m.group(1)] in types:
                return self._marked[int(m.group(2))]
        return None

    def _after(self, text: str, pos: int, types: tuple[str, ...], limit: int) -> int | None:
        for m in _MARK.finditer(text, pos, min(len(text), pos + limit)):
            if _TYPE_OF[m.group(1)] in types:
                return self._marked[int(m.group(2))]
            if _TYPE_OF[m.group(1)] in PLACE and re.match(r"\s+(?:government|state|public|city|regional)\b", text[m.end():]):
                continue  # "£8m of UK government funding for ... British Business Centres"
            break
        return None

    def run(self, mk: Marked) -> list[Fact]:
        self._marked = mk.index
        return self.sentence_facts(mk)
