"""Relations from patterns over sentences in which entity mentions are replaced by markers.

Each sentence becomes e.g. ``⟨F0⟩, the technology group headquartered in ⟨C1⟩, employs ...``
(F = firm, C = city, ...); the patterns below are regular expressions over that marked text
with named groups ``s`` (subject), ``o`` (object) and optionally ``r`` (role). Anaphora
("the company", "its", "the delegation", "he") become markers of the focal entity first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..model import Entity, Evidence, Relation
from . import vocab
from . import cues
from .cues import fold
from .text import Sentence

CODES = {"Country": "K", "Region": "R", "City": "C", "Firm": "F", "University": "U",
         "GovernmentBody": "G", "Organisation": "O", "MediaOutlet": "M", "Person": "P",
         "Event": "E", "Initiative": "I", "Sector": "S"}
CLASSES = {"PLACE": "KRC", "ORG": "FUGOM", "FIRM": "F", "PERSON": "P", "EVENT": "E",
           "INIT": "I", "SECT": "S", "PARTY": "KRCFUGOMP", "AGENT": "KRCFUGOM",
           "ANY": "KRCFUGOMPEIS", "NAMED": "FUGOMEI", "TARGET": "KRCFUGOMPE",
           "ORGPLACE": "KRCFUGOM", "ORGINIT": "FUGOMI", "CITY": "C", "GEO": "KR"}
_RANK = {"C": 0, "R": 1, "K": 2}
_PH = "⟨[{cls}]\\d+⟩"
_LIST_SEP = r"(?:\s*,\s*(?:and\s+|&\s+)?(?:the\s+)?|\s+(?:and|&)\s+(?:with\s+|to\s+)?(?:the\s+)?)"
_ROLE = vocab.ROLE_RE.pattern


def _compile(template: str) -> re.Pattern[str]:
    def repl(m: re.Match[str]) -> str:
        cls, name = m.group(1), m.group(2)
        is_list = cls not in CLASSES and cls.endswith("S")
        ph = _PH.format(cls=CLASSES[cls[:-1] if is_list else cls])
        if cls == "PERSON" or cls == "PERSONS":
            ph = r"(?:(?-i:Sir|Dame|Dr|Mr|Mrs|Ms|Prof|Professor|Lord|Lady|Cllr|Councillor|Sheikh|Sheikha|HE|H\.E|Dato|Datuk|Tan\s+Sri|Shri|Smt)\.?\s+)*" + ph
        if is_list:  # list items may carry titles: "Prime Minister ⟨P1⟩ and President ⟨P2⟩"
            item = r"(?:(?!(?-i:In|At|On|From|To|With|By|For|And|The|During|After|Before|Then|Later|There)\s)(?-i:[A-Z][\w.’'-]*)\s+){0,3}?" + ph
            body = f"{item}(?:{_LIST_SEP}{item})*"
        else:
            body = ph
        return f"(?P<{name}>{body})" if name else body

    rx = re.sub(r"\{([A-Z]+)(?::(\w+))?\}", repl, template)
    rx = rx.replace("~^", r"(?:(?!⟨[KRCFUGOM]\d+⟩|\bwhere\b|\bwhile\b)[^.;]){0,120}?")
    rx = rx.replace("~~", r"[^.;]{0,120}?").replace("~", r"(?:[^⟨.;]|⟨S\d+⟩){0,80}?")
    rx = rx.replace("(?P<r>ROLE)", f"(?P<r>{_ROLE})").replace("ROLE", f"(?:{_ROLE})")
    return re.compile(rx, re.I)


_W = r"(?:[\w’'&-]+,?\s+)"  # one lower-level word
# "In ⟨C0⟩ the Premier will open ... at the ⟨E1⟩": a place after "in", "at" or "to" sets the scene
# and would take the match from the subject after it ("a delegation from ⟨R0⟩" is the party)
_SCENE_PREPOSITIONS = r"(?<!\bin\s)(?<!\bat\s)(?<!\bto\s)(?<!\bin\sthe\s)(?<!\bat\sthe\s)(?<!\bto\sthe\s)"
_NOT_SCENE = _SCENE_PREPOSITIONS
# "In ⟨C0⟩ ⟨P1⟩ met ⟨P2⟩": a place after "in", "at", "from" or "to" sets the scene; it is no party
_NOT_LOCATIVE = (r"(?<!\bin\s)(?<!\bat\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\bof\s)"
                 r"(?<!\bin\sthe\s)(?<!\bat\sthe\s)(?<!\bto\sthe\s)(?<!\bfrom\sthe\s)(?<!\bof\sthe\s)")
# capitalised portfolio words before and after a title: "Economy Minister", "Minister of State
# for European Affairs", "Minister for Investment"; a place may qualify it ("⟨R4⟩ minister").
_PORTFOLIO_PREFIX = (r"(?:⟨[KRS]\d+⟩\s+|(?-i:[A-Z])[\w-]*\s+|(?:operations|sales|marketing|regional|general|technical|commercial|"
                     r"international|country|programme|project|finance|financial|research|business|development|communications|"
                     r"policy|strategy|trade|investment|deputy|associate|assistant|senior|founding|acting|interim|"
                     # "CNI immediate past President X", "its current vice presidents A and B"
                     r"immediate|past|former|current|outgoing|incoming)\s+){0,2}?")
# "Minister of Jobs, Trade and Technology", "Commissioner for Trade, Industry and Cooperatives"
_PORTFOLIO = r"(?:\s+(?:of|for)\s+(?:(?-i:[A-Z])[\w-]*|and)(?:,?\s+(?:(?-i:[A-Z])[\w-]*|and|for|of))*?|\s+(?:of|for)\s+[a-z ]{3,40}?)?"
_WS = r"(?:(?:[\w’'&-]+|⟨S\d+⟩),?\s+)"  # a word or a sector marker ("fintech firm")
_WP = r"(?:(?:[\w’'&-]+|⟨[KRCS]\d+⟩[\w-]*),?\s+)"  # a word or a place/sector marker ("British-run, IP-secure")
# "the ticketing platform ⟨F3⟩, the health insurance provider ⟨F4⟩ and ⟨F5⟩": organisations
# introduced by lower-case descriptors, as in lists after "three Sheffield-based businesses:".
_DESCRIBED_ORG = r"(?:(?:the|a|an)\s+)?(?:(?:[a-z][\w-]*|⟨S\d+⟩)\s+){0,4}?⟨[FUGOM]\d+⟩"
_FIRM_NOUNS = (r"company|firm|group|maker|manufacturer|builder|producer|developer|supplier|provider|operator|"
               r"specialist|start-?up|retailer|bank|insurer|consultancy|brand|business|distributor|exporter|"
               r"designer|weaver|brewer|brewery|conglomerate|multinational|agency|studio|house")
_DESCRIBED_ORGS = _DESCRIBED_ORG + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _DESCRIBED_ORG + ")*"

# a part of a named event, or its title quoted: "addressed the opening session of *X*",
# "for the annual meeting of the X", "at the opening of the X"
_EVENT_PART = (r"(?:the\s+)?(?:(?:(?:opening|closing|plenary|annual|final|inaugural|first|second|third|\d+(?:st|nd|rd|th))\s+)?"
               r"(?:session|meeting|ceremony|day|edition|opening|dinner|reception|gala|launch)\s+of\s+(?:the\s+)?)?[*_\"“]?")

_DECIMAL = r"(?<=\d)\.(?=\d)"  # the point of "£7.3 million", which ends no sentence

PATTERNS: list[tuple[str, str, float, str]] = [
    # headquarters
    ("headquarteredIn", r"{ORG:s},?\s+(?:(?:the|a|an|which|that|who)\s+)?" + _WP + r"{0,10}?(?:is\s+|are\s+|was\s+)?(?:headquartered|based|head-quartered)\s+(?:in|at)\s+(?:the\s+)?{PLACE:o}", 0.85, "apposition-headquartered-in"),
    ("headquarteredIn", r"{ORG:s}~whose\s+(?:global\s+|world\s+|main\s+|group\s+)?(?:headquarters|head\s+office|hq)\s+(?:is|are|was|lies)\s+(?:also\s+)?(?:located\s+|based\s+)?in\s+(?:the\s+)?{PLACE:o}", 0.85, "whose-headquarters-in"),
    ("headquarteredIn", r"{ORG:s}(?:[’']s?)?\s+(?:global\s+|world\s+|main\s+|group\s+)?(?:headquarters|head\s+office|hq)\s+(?:is|are|was|lies)\s+(?:also\s+)?(?:located\s+|based\s+)?in\s+(?:the\s+)?{PLACE:o}", 0.85, "headquarters-is-in"),
    ("headquarteredIn", r"{PLACE:o}-(?:based|headquartered)\s+" + _WS + r"{0,3}?,?\s*(?:the\s+)?{ORG:s}", 0.75, "place-based"),
    ("headquarteredIn", r"{ORG:s},\s+(?:a|an|the)\s+" + _W + r"{0,3}?{PLACE:o}-(?:based|headquartered)", 0.8, "apposition-place-based"),
    ("headquarteredIn", r"{PLACE:o}-(?:based|headquartered)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*s\s*(?::\s+|,?\s+(?:including|such\s+as|like|among\s+them|notably)\s+|\s+)(?P<s>" + _DESCRIBED_ORGS + ")", 0.75, "place-based-list"),
    ("headquarteredIn", r"\b(?:the|a|an)\s+{CITY:o}\s+(?:[a-z][\w-]*\s+){0,3}?[a-z-]*(?:" + _FIRM_NOUNS + r")\s+{ORG:s}", 0.7, "the-city-maker-org"),
    # "Aberdeen energy company Wood Group" (no article; not "a plant in Sunderland ...")
    ("headquarteredIn", r"(?<!\bin\s)(?<!\bat\s)(?<!\bto\s)(?<!\bfrom\s)(?<!\bof\s){CITY:o}\s+(?:(?:[a-z][\w-]*|⟨S\d+⟩)\s+){1,3}?(?:" + _FIRM_NOUNS + r")\s+{ORG:s}", 0.65, "city-maker-org"),
    ("headquarteredIn", r"{ORG:s}\s*:\s+(?:the|a|an)\s+{CITY:o}\s+(?:[a-z][\w-]*\s+){0,3}?[a-z-]*(?:" + _FIRM_NOUNS + r")\b", 0.7, "org-colon-city-maker"),
    ("headquarteredIn", r"{CITY:o}\s+(?:global\s+|world\s+|group\s+)?(?:headquarters|head\s+offices?|hq)\s+of\s+(?:the\s+)?{ORG:s}", 0.75, "city-headquarters-of"),
    ("headquarteredIn", r"{PLACE:o},?\s+where\s+(?:the\s+)?{ORG:s}\s+(?:(?:has|have|had)\s+(?:its|their|⟨[A-Z]\d+⟩)\s+(?:global\s+|world\s+|main\s+)?(?:headquarters|head\s+office|hq|home)|(?:is|are|was)\s+(?:headquartered|based))", 0.8, "where-org-has-headquarters"),
    ("headquarteredIn", r"(?:global\s+|world\s+|main\s+)?(?:headquarters|head\s+offices?|hq)\s+of\s+(?:the\s+)?{ORGS:s}\s+in\s+(?:the\s+)?{PLACE:o}", 0.8, "headquarters-of-in"),
    ("headquarteredIn", r"{ORG:s}\s+\((?:headquartered|based)\s+in\s+{PLACE:o}", 0.8, "parenthetical-based"),
    ("headquarteredIn", r"{PLACE:o}\s+is\s+(?:also\s+)?home\s+to\s+(?:the\s+)?(?:global\s+|world\s+|main\s+)?(?:headquarters|head\s+office)\s+of\s+(?:the\s+)?{ORGS:s}", 0.8, "home-to-headquarters"),
    # offices
    ("hasOfficeIn", r"{ORG:s}(?:[’']s?)?\s+{PLACE}\s+(?:headquarters|head\s+office|hq|office|offices|base|subsidiary|operations?)\s+(?:is|are|was|will\s+be)\s+(?:also\s+)?(?:located\s+|based\s+)?in\s+(?:the\s+)?{PLACE:o}", 0.85, "national-headquarters-in"),
    ("hasOfficeIn", r"{PLACE:o}\s+is\s+(?:also\s+)?home\s+to\s+(?:the\s+)?(?:{PLACE}\s+|" + _W + r"{1,3}?)(?:headquarters|offices?|operations|base|plant|factory|centre|center)\s+of\s+(?:the\s+)?{ORGS:s}", 0.8, "home-to-office"),
    ("hasOfficeIn", r"{ORG:s}~~(?:open(?:ed|s|ing)?|set(?:s|ting)?\s+up|establish(?:ed|es|ing)?|launch(?:ed|es|ing)?|has|have|operates?|runs?|build(?:s|ing)?|built|expand(?:ed|s|ing)?|locat(?:ed|es|ing)?|move[sd]?|relocat\w+)\s+(?:(?:a|an|its|their|the|new|first|second|european|uk|global|⟨[A-Z]\d+⟩)\s+)*" + _WP + r"{0,4}?(?:office|offices|branch|branches|headquarters|hq|centre|centres|center|centers|factory|factories|plant|plants|facility|facilities|site|sites|base|bases|hub|hubs|campus|subsidiary|operation|operations|presence|lab|labs|laboratory|store|stores|showroom)\s+(?:[^.;]{0,60}?\s)?(?:in|at)\s+(?:the\s+)?{PLACE:o}", 0.75, "opens-office-in"),
    ("hasOfficeIn", r"\b(?:the|a|its|their)\s+(?:new\s+)?{PLACE:o}\s+(?:campus|office|offices|branch|plant|factory|site|centre|center|hub|operations?|subsidiary|base|studio|lab|laboratory)\s+of\s+(?:the\s+)?{ORG:s}", 0.7, "place-office-of"),
    # "to Mumbai, where Invest WA opened its first office in India": the place before "where"
    ("hasOfficeIn", r"{PLACE:o},\s+where\s+(?:the\s+)?{ORG:s}\s+(?:has\s+|had\s+|also\s+)?(?:opened|set\s+up|established|runs|operates|has|had|built|maintains)\s+(?:its|their|a|an|⟨[A-Z]\d+⟩)\s+(?:[\w-]+\s+){0,3}?(?:office|offices|branch|centre|center|factory|plant|facility|site|base|hub|campus|subsidiary|operations?|presence|lab|laboratory)\b", 0.75, "where-org-opened-office"),
    ("hasOfficeIn", r"{ORGS:s},\s+" + _WP + r"{0,5}?(?:with|which\s+(?:has|have)|that\s+(?:has|have)|whose)\s+(?:[\w-]+\s+){0,3}?(?:operations|plants?|factories|factory|offices|sites|presence|facilities|bases)\s+in\s+(?:the\s+)?{PLACE:o}", 0.7, "org-with-operations-in"),
    # "Amazon, Microsoft, Boeing and SSA Marine already have operations in Vietnam"
    ("hasOfficeIn", r"{ORGS:s},?\s+(?:already\s+|also\s+|now\s+|each\s+)*(?:have|has|had|run|runs|operate|operates)\s+(?:[\w-]+\s+){0,2}?(?:operations|offices|plants|factories|presence|subsidiaries|facilities|sites)\s+in\s+(?:the\s+)?{PLACE:o}", 0.7, "orgs-have-operations-in"),
    ("hasOfficeIn", r"(?:office|branch|centre|center|factory|plant|facility|hub|operation|operations|site)\s+(?:of|for)\s+(?:the\s+)?{ORG:s}\s+in\s+(?:the\s+)?{PLACE:o}", 0.75, "office-for-in"),
    ("hasOfficeIn", r"{ORG:s}(?:[’']s?)?\s+" + _WP + r"{0,3}?(?:office|offices|branch|centre|center|plant|factory|operation|operations|site|hub|subsidiary)\s+in\s+(?:the\s+)?{PLACE:o}", 0.7, "possessive-office-in"),
    # places
    # "Weihai, a coastal city in China"; "Suqian, Invercargill's sister city in China"
    ("locatedIn", r"{PLACE:s},\s+(?:a|an|the|⟨[KRC]\d+⟩[’']s)\s+" + _W + r"{0,8}?(?:in|of)\s+(?:the\s+)?" + _W + r"{0,3}?{PLACE:o}", 0.7, "apposition-place-in"),
    ("locatedIn", r"{PLACE:s}\s+in\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?{PLACE:o}", 0.7, "place-in-place"),
    # "Weihai is a coastal city on the Shandong Peninsula", "Gyeonggi is the most populous province in Korea"
    ("locatedIn", r"{PLACE:s}\s+(?:is|was|lies|sits)\s+(?:a|an|the)\s+(?:[a-z][\w-]*,?\s+){0,5}?(?:city|town|port|province|state|region|county|district|capital|municipality|prefecture|island|emirate|metropolis|megacity|hub|centre|center)\s+(?:in|on|of)\s+(?:the\s+)?(?:(?:north|south|east|west|centre|center|heart)\s+of\s+(?:the\s+)?)?{PLACE:o}", 0.7, "place-is-a-city-in"),
    ("locatedIn", r"{PLACE:s},\s+(?:the\s+)?{PLACE:o}(?!\s*(?:,|and|&))", 0.7, "place-comma-place"),
    ("locatedIn", r"{PLACE:o}[’']s?\s+{PLACE:s}", 0.7, "possessive-place"),
    # a district of a city: "Tokyo's Shinjuku district", "the city's Jing'an District", "King's Cross in London"
    # (not "across London in Croydon, Brent Cross and Battersea": a list of the city's own districts)
    ("locatedIn", r"{CITY:o}[’']s?\s+{CITY:s}(?=\s+(?:district|quarter|area|borough|neighbou?rhood|suburb|ward)\b|\s*[,.;:)]|\s+(?:and|where|which)\b)", 0.7, "district-of-city"),
    ("locatedIn", r"{CITY:s}\s+in\s+(?:central\s+|north(?:ern)?\s+|south(?:ern)?\s+|east(?:ern)?\s+|west(?:ern)?\s+)?{CITY:o}(?![’'-])(?!\s*(?:,|and|&)\s*(?:the\s+)?⟨C)", 0.65, "district-in-city"),
    # "arrived in Pittsburgh, Pennsylvania, on 28 January": a comma that no further place follows
    ("locatedIn", r"{PLACE:s},\s+{PLACE:o}(?=\s*,(?!\s*(?:and\s+|&\s+)?(?:the\s+)?⟨[KRC]))", 0.7, "place-comma-place-comma"),
    # "Jinan, the Shandong capital"; "the Brazilian state of São Paulo", "the Kazakh capital Astana"
    ("locatedIn", r"{PLACE:s},\s+the\s+(?:[a-z-]+\s+)?{PLACE:o}\s+(?:capital|city|port|town|province|state|region|county|prefecture|district)\b", 0.7, "place-the-place-capital"),
    ("locatedIn", r"\b(?:the|a|an)\s+{PLACE:o}\s+(?:(?:[a-z-]+\s+)?(?:state|province|city|region|county|prefecture|emirate|town|municipality|district|island)\s+of|capital(?:\s+city)?(?:\s+of)?)\s+{PLACE:s}", 0.7, "the-country-state-of"),
    # "at the National Museum in New Delhi" (not "signed with Hitachi in Tokyo": where they signed)
    ("locatedIn", r"(?<!\bwith\s)(?<!\bwith\sthe\s){ORG:s}\s+in\s+(?:the\s+)?{PLACE:o}(?![’'-]|\s+(?:and|&)\s)", 0.6, "org-in-place"),
    ("locatedIn", r"{NAMED:s},\s+(?:a|an|the)\s+" + _W + r"{0,5}?(?:in|at|near)\s+(?:the\s+)?{PLACE:o}(?![’'])", 0.65, "apposition-located-in"),
    # a list item's heading: "- **Fudan University, Shanghai:** an MoU ..."
    ("locatedIn", r"^\s*(?:[-*•]|\d+[.)])\s+(?:\*\*|__)?{ORG:s},\s+{PLACE:o}(?:\*\*|__)?\s*(?:[:–—]|-\s)", 0.65, "list-heading-org-place"),
    ("locatedIn", r"{NAMED:s}~(?:located|situated|sited)\s+(?:in|at)\s+(?:the\s+)?{PLACE:o}", 0.7, "located-in"),
    # corporate structure
    ("subsidiaryOf", r"{ORG:s},\s+(?:a|an|the|its)\s+" + _WP + r"{0,4}?(?:subsidiary|arm|division|unit|affiliate|offshoot|branch|part)\s+of\s+(?:the\s+)?{ORG:o}", 0.85, "apposition-subsidiary-of"),
    ("subsidiaryOf", r"{ORG:o}(?:[’']s?)?\s+" + _WP + r"{0,3}?(?:subsidiary|arm|division|affiliate),?\s+(?:the\s+)?{ORG:s}", 0.8, "possessive-subsidiary"),
    ("subsidiaryOf", r"{ORG:s}\s+(?:is|was|became|has\s+been)\s+(?:now\s+)?(?:a\s+|the\s+)?(?:wholly[- ]owned\s+)?(?:subsidiary|part|member|division)\s+of\s+(?:the\s+)?{ORG:o}", 0.85, "is-subsidiary-of"),
    # a unit of a body: "the University of Sheffield's Advanced Manufacturing Research Centre",
    # "the National Graphene Institute at the University of Manchester", "the International
    # Affairs Division of the Ministry of Agriculture", "Nexus, the University of Leeds innovation hub"
    ("subsidiaryOf", r"{ORG:o}[’']s?\s+(?:new\s+|own\s+)?(?P<s>⟨[FUGO]\d+⟩)(?=[^⟨]{0,0})", 0.7, "possessive-unit"),
    ("subsidiaryOf", r"(?P<s>⟨[FUGO]\d+⟩)\s+(?:at|of|within)\s+(?:the\s+)?{ORG:o}(?![’'])", 0.7, "unit-at-body"),
    ("subsidiaryOf", r"{ORG:s},\s+(?:the|a|an)\s+{ORG:o}(?:[’']s)?\s+(?:[\w-]+\s+){0,2}?(?:hub|centre|center|arm|unit|division|subsidiary|institute|incubator|lab|laboratory|department|faculty|campus)\b", 0.7, "apposition-body-unit"),
    ("subsidiaryOf", r"{ORG:o},\s+(?:the|its)\s+(?:[\w-]+\s+)?(?:parent|holding|owning)\s+(?:company|group|body|organi[sz]ation)\s+(?:of|behind)\s+(?:the\s+)?{ORG:s}", 0.8, "parent-company-of"),
    ("subsidiaryOf", r"{ORG:s}~(?:owned|acquired|bought|taken\s+over)\s+by\s+(?:the\s+)?{ORG:o}", 0.7, "owned-by"),
    ("acquired", r"{ORG:s}~~(?:acquired|bought|took\s+over|purchased|has\s+acquired|completed\s+(?:the|its)\s+(?:acquisition|purchase)\s+of|(?:acquisition|purchase|takeover)s?\s+of)\s+(?:the\s+)?{ORGS:o}", 0.8, "acquired"),
    ("acquired", r"(?:after|following|since)\s+(?:its\s+|the\s+)?(?:(?:recent\s+)?buying|acquiring|purchasing|taking\s+over|(?:recent\s+)?acquisitions?\s+of|purchases?\s+of)\s+(?:the\s+)?{ORGS:o},?\s+(?:the\s+)?{ORG:s}", 0.8, "after-buying"),
    # people
    # "Yunus Hossen, Director, Trade and Investment Promotion South Africa": title and body in commas
    ("affiliatedWith", r"{PERSON:s},\s+" + _PORTFOLIO_PREFIX.replace("KR", "R") + r"(?P<r>ROLE),\s+(?:the\s+)?(?P<o>⟨[FUGOM]\d+⟩)(?=\s*(?:[.,;)]|$|\s+(?:and|who|said)\b))", 0.7, "person-role-comma-org"),
    ("affiliatedWith", r"{PERSON:s},\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?:current|former|then|new)\s+)?" + _PORTFOLIO_PREFIX.replace("KR", "R") + r"(?P<r>ROLE(?:\s+(?:and|&)\s+ROLE)?)" + _PORTFOLIO + r"\s+(?:of|at|for|with|in)\s+(?:the\s+)?(?:⟨[KRC]\d+⟩[’']s\s+)?(?P<o>⟨[FUGOM]\d+⟩|⟨[KRC]\d+⟩(?![’']s\s+⟨))", 0.85, "person-role-of"),
    ("affiliatedWith", r"{PERSON:s},\s+(?:the\s+)?{AGENT:o}(?:[’']s?)?\s+" + _PORTFOLIO_PREFIX + r"(?P<r>ROLE)(?!\s+(?:of|at)\s+(?:the\s+)?⟨)(?!\s+⟨P\d+⟩)", 0.85, "person-org-role"),
    ("affiliatedWith", r"{AGENT:o}(?:[’']s?)?\s+" + _PORTFOLIO_PREFIX + r"(?P<r>ROLE(?:\s+(?:and|&)\s+ROLE)?)(?:\s+to\s+(?:the\s+)?⟨[KRC]\d+⟩)?,?\s+{PERSON:s}", 0.8, "org-role-person"),
    # "Mexico's Minister of Foreign Affairs, Claudia Ruiz Massieu", "Denmark's ambassador to India, Freddy Svane"
    ("affiliatedWith", r"{AGENT:o}[’']s?\s+" + _PORTFOLIO_PREFIX + r"(?P<r>ROLE" + _PORTFOLIO + r"(?:\s+to\s+(?:the\s+)?(?:⟨[KRC]\d+⟩|(?-i:[A-Z])[\w-]*))?),\s+{PERSON:s}", 0.8, "org-role-portfolio-person"),
    # "Crown Prince Frederik and Crown Princess Mary of Denmark", "Mayor John Giles of Mesa"
    ("affiliatedWith", r"(?P<r>ROLE)\s+{PERSON:s}\s+(?:and\s+(?:ROLE\s+)?⟨P\d+⟩\s+)?of\s+(?:the\s+)?{AGENT:o}", 0.75, "role-person-of"),
    ("affiliatedWith", r"(?P<r>ROLE)\s+⟨P\d+⟩\s+and\s+(?:ROLE\s+)?{PERSON:s}\s+of\s+(?:the\s+)?{AGENT:o}", 0.75, "role-person-and-person-of"),
    # "two diplomats from the Vietnamese Embassy in Korea: A, First Secretary, and B, Second Secretary"
    ("affiliatedWith", r"\b(?:diplomats|officials|representatives|staff|members|executives|officers|delegates)\s+(?:of|from|at)\s+(?:the\s+)?{AGENT:o}\s*:\s*(?P<s>(?:[^.;⟨]|⟨P\d+⟩)*⟨P\d+⟩)", 0.7, "members-from-list"),
    ("affiliatedWith", r"{AGENT:o},\s+whose\s+(?P<r>ROLE),?\s+{PERSON:s}", 0.8, "whose-role-person"),
    # "Alan Taylor, who is also managing director of MiGlass Ltd"
    ("affiliatedWith", r"{PERSON:s},\s+who\s+(?:is|was|has\s+been|had\s+been|became)\s+(?:also\s+|now\s+|then\s+)?(?:the\s+|its\s+)?(?:(?:current|former|new)\s+)?(?P<r>ROLE)" + _PORTFOLIO + r"\s+(?:of|at|for|with)\s+(?:the\s+)?{AGENT:o}", 0.8, "who-is-role-of"),
    ("affiliatedWith", r"{PERSON:s},\s+ROLE\s+(?:of|at)\s+(?:the\s+)?[^,;.]{0,60}?\s+and\s+(?P<r>ROLE)\s+(?:of|at)\s+(?:the\s+)?(?:⟨[KRC]\d+⟩-based\s+)?{AGENT:o}", 0.8, "person-second-role-of"),
    ("affiliatedWith", r"{PERSONS:s},\s+(?:both\s+)?(?:members?|representatives?|officials?|delegates?|MPs?|MEPs?|deputies|councillors|staff)\s+(?:of|from|at)\s+(?:the\s+)?{AGENT:o}", 0.75, "persons-members-of"),
    ("affiliatedWith", r"{AGENT:o}\s+(?:was|were|is|are|will\s+be)\s+(?:also\s+)?represented\s+by\s+(?P<s>(?:[^.;⟨]|⟨P\d+⟩|⟨[FUGOM]\d+⟩(?=\s+(?-i:[A-Z])))*⟨P\d+⟩)", 0.75, "represented-by"),
    ("subsidiaryOf", r"{ORG:s}~~\baffiliated\s+(?:with|to)\s+(?:the\s+)?{ORG:o}", 0.7, "org-affiliated-with"),
    ("affiliatedWith", r"(?P<r>ROLE)\s+(?:of|at|for)\s+(?:the\s+)?{AGENT:o},?\s+{PERSON:s}", 0.85, "role-of-org-person"),
    ("affiliatedWith", r"{PERSON:s}~(?:has\s+been|is|was|became|serves\s+as|served\s+as|remains|has\s+run|runs|ran|leads|led|heads|headed|chairs|chaired|founded|co-founded|joined|represent(?:s|ed|ing))\s+(?:the\s+)?{AGENT:o}(?:[’']s?)?(?:(?:\s+as)?\s+(?P<r>ROLE))?"
     # (not "Cameron leads China trade mission": a headline's mission is named for where it goes)
     r"(?!\s+(?:[\w-]+\s+){0,2}?(?:mission|delegation|visit|trip|tour)\b)", 0.75, "person-verb-org"),
    ("affiliatedWith", r"{PERSON:s}\s+\((?:(?P<r>ROLE),?\s*)?(?:of\s+|at\s+)?(?:the\s+)?{AGENT:o}", 0.8, "person-parenthetical"),
    ("affiliatedWith", r"{PERSONS:s}\s+(?:of|from)\s+(?:the\s+)?{ORG:o}", 0.7, "person-of-org"),
    ("affiliatedWith", r"{PERSON:s}\s+and\s+(?:his|her)\s+(?P<r>ROLE)\s+" , 0.0, "noop"),
    # events
    ("heldIn", r"{EVENT:s}\s+(?:(?:was|is|will\s+be)\s+)?(?:held\s+|hosted\s+|staged\s+|taking\s+place\s+|took\s+place\s+)?(?:in|at)\s+(?:the\s+)?{PLACE:o}", 0.8, "event-in-place"),
    ("heldIn", r"{EVENT:s}~(?:held|hosted|staged|took\s+place|takes\s+place|(?:will|would|to|is\s+to|was\s+to)\s+(?:be\s+held|take\s+place)|opened)\s+in\s+(?:the\s+)?{PLACE:o}", 0.8, "event-held-in"),
    ("heldIn", r"(?:in|at|to)\s+{PLACE:o}\s+(?:for|during|at)\s+(?:the\s+)?(?:(?:annual|opening|closing|first|second|third|\d+(?:st|nd|rd|th))\s+)?(?:(?:meeting|session|edition|day|days)\s+of\s+(?:the\s+)?)?{EVENT:s}", 0.7, "in-place-for-event"),
    # "In Shanghai the Premier will open the Queensland Pavilion at the China International Import Expo"
    ("heldIn", r"^\W{0,4}(?:In|At)\s+{CITY:o},?\s+[^.;⟨]{0,80}?(?:⟨[^KRCE]\d+⟩[^.;⟨]{0,40}?)?\bat\s+(?:the\s+)?{EVENT:s}", 0.65, "in-city-at-event"),
    ("organisedBy", r"{EVENT:s}~~(?:organi[sz]ed|hosted|run|convened|sponsored|staged|put\s+on)\s+(?:in\s+(?:the\s+)?⟨[KRC]\d+⟩\s+)?(?:jointly\s+)?by\s+(?:the\s+)?{AGENTS:o}", 0.8, "event-organised-by"),
    ("organisedBy", r"{AGENT:o}\s+(?:organi[sz]ed|hosted|convened|staged)\s+(?:the\s+)?{EVENT:s}", 0.8, "org-organised-event"),
    ("participatedIn", _NOT_SCENE + r"{PARTY:s}~~(?:attend(?:ed|s|ing)?|spoke\s+at|speaking\s+at|presented\s+at|took\s+part\s+in|taking\s+part\s+in|participat(?:ed|es|ing)\s+in|exhibit(?:ed|s|ing)\s+at|address(?:ed|es|ing)|joined|open(?:ed|s|ing)|represented\s+" + _WP + r"{0,3}?at|delegation\s+to|showcased\s+at|at)\s+" + _EVENT_PART + r"{EVENTS:o}", 0.75, "party-at-event"),
    # "From the UK the Minister travelled on to Davos for the annual meeting of the World Economic Forum"
    ("participatedIn", _NOT_LOCATIVE + r"{PARTY:s}\s+(?:also\s+|then\s+|later\s+)?(?:travell?ed|went|flew|came|headed|continued)\s+(?:on\s+)?(?:to\s+)?(?:the\s+)?⟨[A-Z]\d+⟩\s+for\s+" + _EVENT_PART + r"{EVENTS:o}", 0.75, "travelled-for-event"),
    ("participatedIn", r"(?:^|\b)at\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?{EVENT:o},?\s+(?:the\s+)?{PARTY:s}", 0.75, "at-event-party"),
    ("participatedIn", r"{PARTYS:s}\s+(?:were|was)\s+(?:also\s+)?(?:present|represented)\s+at\s+(?:the\s+)?{EVENT:o}", 0.75, "present-at-event"),
    # meetings and visits
    ("metWith", _NOT_LOCATIVE + r"{PARTYS:s}~~(?:\bmet|\bmeets?|meeting|meetings|met\s+with|talks\s+with|held\s+talks\s+with|discussions\s+with|spoke\s+with|(?:hosted|welcomed|received)\s+(?:at\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}|at\s+(?:the\s+)?⟨[A-Z]\d+⟩\s+)?by|briefed\s+by|guests?\s+of|shown\s+(?:a?round\s+)?by|sat\s+down\s+with|round-?table\s+with|audience\s+with|courtesy\s+call\s+on)\s+(?:with\s+)?(?:the\s+)?(?:(?:senior\s+)?(?:representatives|officials|leaders|executives|members|heads|delegates)\s+(?:of|from)\s+(?:the\s+)?)?"
     # "hosted by City Council leader Abi Brown": the person is met, the body is hers
     r"(?:⟨[FUGO]\d+⟩(?:[’']s)?\s+(?:[a-z]+\s+){0,2}[a-z]+,?\s+(?=⟨P)|(?:its|their|his|her)\s+(?:[a-z-]+\s+){1,3}?(?:[a-z-]+),\s+(?=⟨P))?"
     # "by the Mayor of the City and County of Limerick, Cllr James Collins": the person
     r"(?:(?-i:[A-Z])[\w-]*\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:of|for)\s+(?:the\s+)?⟨[FUGOKRC]\d+⟩,\s+(?:(?-i:Cllr|Dr|Mr|Mrs|Ms|Sir|Prof)\.?\s+)?(?=⟨P))?{TARGETS:o}", 0.75, "party-met"),
    ("visited", r"{PARTY:s}~~(?:held\s+talks|talks|meetings?|discussions)\s+at\s+(?:the\s+)?" + _W + r"{0,3}?(?:offices?|headquarters|home|site|premises|hq)\s+of\s+(?:the\s+)?{TARGETS:o}", 0.75, "talks-at-offices"),
    ("metWith", r"{PARTY:s}~~(?:held\s+talks|talks|meetings?|discussions)\s+at\s+(?:the\s+)?" + _W + r"{0,3}?(?:offices?|headquarters|home|site|premises|hq)\s+of\s+(?:the\s+)?{TARGETS:o}", 0.75, "talks-at-offices"),
    # "the mayors held talks at SEDECO", "talks at the Municipal Commission of Commerce": the body was visited and met
    ("visited", r"{PARTY:s}~~(?:held\s+|had\s+|holds\s+|opened\s+with\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meetings?|discussions|consultations)\s+at\s+(?:the\s+)?{ORG:o}(?![’'-])", 0.7, "talks-at-body"),
    ("metWith", r"{PARTY:s}~~(?:held\s+|had\s+|holds\s+|opened\s+with\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meetings?|discussions|consultations)\s+at\s+(?:the\s+)?{ORG:o}(?![’'-])", 0.7, "talks-at-body"),
    ("visited", r"{PARTY:s}\s+(?:was|were|is)\s+(?:also\s+)?(?:made\s+)?to\s+(?:the\s+)?{TARGETS:o}", 0.75, "visit-was-to"),
    ("visited", _NOT_LOCATIVE + r"{PARTYS:s}~~(?:visited|visiting|toured|touring|travell?ed\s+to|went\s+to|arrived\s+in|arrived\s+at|visit\s+to|visits\s+to|trip\s+to|tour\s+of|stopped\s+at|came\s+to|stop\s+in)\s+(?:the\s+)?" + _W + r"{0,3}?(?:(?:offices?|headquarters|home|site|campus|plant|factory|facilities|hq)\s+(?:of|at)\s+(?:the\s+)?)?{TARGETS:o}", 0.75, "party-visited"),
    # "The MoU was signed on 2 May by A, on behalf of X, and by B, vice president of Y"
    ("metWith", r"\b(?:was|were|been)\s+signed\s+(?:[^⟨.;]{0,40}?\s)?by\s+(?:(?:\w+|⟨[FUGOKRC]\d+⟩)\s+){0,3}?{PERSON:s}(?:,[^.;]{1,120}?,)?\s+and\s+(?:by\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}?{PERSON:o}", 0.65, "signed-by-both"),
    # two named people who sign together met; a host who receives the delegation met it
    ("metWith", r"{PERSON:s}(?:,[^,.;]{1,100},)?\s+and\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}?{PERSON:o}(?:,[^.;]{1,140}?,)?\s+(?:have\s+|has\s+|had\s+|also\s+|then\s+|jointly\s+)?(?:signed|sign|inked|exchanged)\b", 0.65, "signed-together"),
    ("metWith", r"{TARGET:o}(?:,[^.;]{1,120}?,)?\s+(?:hosted|welcomed|received|greeted)\s+(?:a|an|the)\s+[^.;]{0,60}?\b(?:delegation|visitors|guests|mission|group)\b[^.;]{0,40}?\b(?:from|of)\s+(?:the\s+)?(?:(?:city|state|province|region|emirate)\s+of\s+)?{PARTY:s}", 0.65, "hosted-delegation"),
    # "The President of India, Droupadi Murmu, received the delegation"; "X greeted the visitors"
    # (a body named in the host's title is not the host: "Lord X, President of the CBI, hosted ...")
    ("metWith", r"(?<!\bof\s)(?<!\bof\sthe\s)(?<!\bat\s)(?<!\bat\sthe\s){TARGET:o}(?:,(?:[^.;⟨]|(?:(?<=of\s)|(?<=for\s)|(?<=at\s)|(?<=and\s))⟨[KRCFUGOM]\d+⟩){1,120}?,|,)?\s+(?:who\s+|which\s+)?(?:has\s+|have\s+|had\s+)?(?:also\s+|then\s+|later\s+|personally\s+|warmly\s+)?(?:(?:hosted|welcomed|received|greeted|briefed|entertained|took|walked|showed|guided)|said\s+(?:he|she|they|⟨P\d+⟩)\s+(?:was|were)\s+(?:pleased|delighted|glad|honoured|proud|happy)\s+to\s+(?:host|welcome|receive|greet|brief))\s+(?:the\s+visiting\s+|the\s+)?{PARTYS:s}(?![’']s|-)", 0.65, "host-received-party"),
    # "Lord X ... hosted the Minister at the UK Parliament": the guest went where the host received him
    # "The Foreign Secretary, X, on Thursday met with a delegation from China's Shandong Province"
    ("metWith", r"(?<!\bof\s)(?<!\bof\sthe\s){TARGET:o}(?:,[^.;⟨]{1,60}?,|,)?\s+(?:on\s+\w+day\s+|today\s+|yesterday\s+|also\s+|this\s+week\s+)?"
                r"(?:met|meets|held\s+talks|holds\s+talks)\s+(?:with\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:delegation|mission|visitors)\s+"
                r"(?:of\s+[^.;⟨]{0,40}?\s)?(?:from|of|representing|led\s+by|headed\s+by)\s+(?:the\s+)?(?:⟨[KR]\d+⟩[’']s\s+)?{PARTYS:s}(?![’']s|-)", 0.65, "host-met-delegation"),
    ("visited", r"\b(?:hosted|received|welcomed|entertained)\s+(?:the\s+visiting\s+|the\s+)?{PARTYS:s}\s+at\s+(?:the\s+)?{ORG:o}(?![’'-])", 0.65, "hosted-at-site"),
    # agreements
    ("partnerOf", r"{AGENT:s}~^(?:signed|signs|signing|sign|agreed|announced|launched|formed|established|struck|sealed|renewed|concluded|entered|reached|inked|finali[sz]ed)\s+(?:into\s+)?(?:[^⟨.;]|⟨[A-Z]\d+⟩){0,80}?(?:agreement|memorand\w*|mous?|partnership|deal|joint\s+venture|contract|twinning|pact|accord|alliance|cooperation|collaboration|arrangement|charter|declaration|letter\s+of\s+intent)[^⟨.;]{0,60}?\s+with\s+(?:the\s+)?(?:(?:its|their|⟨[A-Z]\d+⟩)\s+counterparts?\b[^.;]{0,80}?,\s+(?:the\s+)?)?{AGENTS:o}", 0.8, "signed-with"),
    ("partnerOf", r"{AGENT:s}~^(?:signed|signs|has\s+signed|agreed|agrees)\s+(?:with|alongside)\s+(?:the\s+)?{AGENTS:o}", 0.7, "signed-with-party"),
    ("partnerOf", r"{AGENT:s}~^(?:granted|licensed|awarded)\s+(?:the\s+)?{AGENT:o}\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:licen[cs]e|contract|franchise|concession)", 0.7, "granted-licence"),
    ("partnerOf", r"{AGENT:s}~^\b(?:will|to|would|agreed\s+to)\s+(?:also\s+)?(?:work|team\s+up)\s+(?:together\s+|closely\s+)?with\s+(?:the\s+)?{AGENTS:o}", 0.6, "will-work-with"),
    ("partnerOf", r"{PLACE:s}~~(?:has\s+been|have\s+been|is|are|was|were|became|become|as)\s+(?:a\s+|the\s+)?(?:sister|twin|twinned|partner|friendship)\s+(?:city|cities|town|towns|region|regions|state|states|province|provinces)\s+(?:of|with|to)\s+(?:the\s+)?{PLACE:o}", 0.8, "sister-city-of"),
    ("partnerOf", r"{PLACE:s},?\s+(?:and|&)\s+(?:the\s+)?{PLACE:o},?\s+(?:as|are|were|have\s+been|became|remain)\s+(?:\w+\s+)?(?:sister|twin|twinned|partner|friendship)\s+(?:cities|towns|regions|states|provinces)", 0.8, "a-and-b-sister-cities"),
    ("partnerOf", r"{AGENT:s}\s+(?:is|was|remains|has\s+been)\s+(?:the\s+|an?\s+)?{AGENT:o}[’']s?\s+(?:[\w-]+\s+){0,3}?(?:trading\s+|strategic\s+|economic\s+|key\s+|main\s+|largest\s+)?partner\b", 0.7, "is-xs-partner"),
    ("partnerOf", r"(?:agreement|memorand\w*|mous?|partnership|joint\s+venture|twinning|pact|accord|alliance|cooperation|friendship|arrangement|deal|contract|collaboration)\s+(?:[^⟨.;]{0,50}?\s)?between\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?{AGENT:s}\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?{AGENT:o}", 0.8, "partnership-between"),
    # "Wales and the German state of Baden-Württemberg have agreed", "Sandwell Council and the Mayor of Jinhua signed"
    ("partnerOf", r"{AGENT:s}\s+and\s+(?:the\s+)?(?:(?:⟨[KR]\d+⟩\s+|[a-z-]+\s+)?(?:state|province|city|region|county|emirate)\s+of\s+(?:the\s+)?|(?-i:[A-Z])[\w-]*\s+of\s+(?:the\s+)?)?{AGENT:o}\s+(?:have\s+|has\s+|had\s+|also\s+)?(?:signed|inked|concluded|agreed|formed|established|struck|sealed|renewed|are\s+twinned|have\s+been\s+(?:partners|twinned)|became\s+partners|entered)", 0.75, "a-and-b-signed"),
    # "Tata Motors and the University of Warwick will set up a joint battery centre", "A and B will
    # cooperate on inward investment": what two bodies commit to do together
    ("partnerOf", r"{ORG:s}\s+and\s+(?:the\s+)?{ORG:o}(?:,[^.;⟨]{1,80},)?\s+(?:will|are\s+to|have\s+agreed\s+to|agreed\s+to|are\s+set\s+to)\s+(?:jointly\s+|also\s+)?"
     r"(?:(?:set\s+up|establish|launch|create|form|open|build|run|develop|operate)\s+(?:a|an)\s+(?:new\s+)?joint\b|co-?operate|collaborate|work\s+together|partner\b|run\s+(?:joint\s+)?(?:[a-z-]+\s+|⟨S\d+⟩\s+(?:and\s+)?){0,4}?(?:exchanges|programmes|projects|⟨S\d+⟩))", 0.7, "a-and-b-will-jointly"),
    ("partnerOf", r"{AGENT:s}\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:twinned|partnered|sister\s+(?:cities|regions|states))\s+with\s+(?:the\s+)?{AGENT:o}", 0.8, "twinned-with"),
    # "the 36th anniversary of the sister ties between Taiwan and Mississippi"
    ("partnerOf", r"\b(?:sister|twin|twinning|friendship)(?:[\w-]*)\s+(?:ties|relations|relationship|links?|agreement|status)\s+between\s+(?:the\s+)?{AGENT:s}\s+(?:and|&)\s+(?:the\s+)?{AGENT:o}", 0.75, "sister-ties-between"),
    # "since Hebei became Goiás' sister province"
    ("partnerOf", r"{PLACE:s}\s+(?:became|becomes|is|was|remains)\s+{PLACE:o}[’']s?\s+(?:[\w-]+\s+)?(?:sister|twin|partner|friendship)\s+(?:city|town|province|state|region|county|prefecture)\b", 0.75, "became-sister-of"),
    # "Suqian, Invercargill's sister city in China", "Weihai, the town's twin"
    ("partnerOf", r"{PLACE:s},\s+(?:the\s+)?{PLACE:o}[’']s\s+(?:[\w-]+\s+)?(?:sister|twin|partner|friendship)(?:\s+(?:city|cities|town|region|state|province|county))?\b", 0.75, "apposition-sister-city"),
    # "The Free State of Bavaria and the Brazilian state of São Paulo marked 20 years of partnership"
    ("partnerOf", r"{AGENT:s}\s+(?:and|&)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:⟨[KR]\d+⟩\s+)?(?:state|province|city|region|county)\s+of\s+)?{AGENT:o}(?:\s+\([^)]*\))?\s+(?:have\s+|has\s+|also\s+)?(?:marked|celebrated|renewed|reaffirmed|extended|strengthened|deepened)\s+(?:[\w-]+\s+){0,7}?(?:partnership|twinning|friendship|sister[\w-]*\s+(?:relationship|ties?|agreement)|cooperation\s+agreement)\b", 0.75, "a-and-b-marked-partnership"),
    # a partnership in place ("partnered with", "has a partnership with"); cooperating or working with
    # someone is no agreement (§5), and wished-for ties are opportunities
    ("partnerOf", r"{AGENT:s}~(?<!\bto\s)(?<!\bwould\s)(?<!\bwill\s)(?:partner(?:s|ed)|part\s+of\s+a\s+partnership|(?:has|have|had|signed|formed|agreed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?partnership)\s+with\s+(?:the\s+)?{AGENTS:o}", 0.65, "partners-with"),
    # investment, initiatives, sectors
    ("investsIn", r"{AGENT:s}~^(?:invest(?:s|ed|ing)?|will\s+invest|investment\s+of\s+(?:[^⟨.;]|" + _DECIMAL + r"){0,40}?)\s+(?:(?:[^⟨.;]|" + _DECIMAL + r"){0,50}?\s)?in(?:to)?\s+(?:the\s+)?{ORGPLACE:o}", 0.7, "invests-in"),
    # "Chinese direct investment in Chile", "Qatar's cumulative investment in the UK" (a demonym may say whose)
    ("investsIn", r"{AGENT:s}(?:[’']s)?\s+(?:(?:direct|foreign|inward|outward|total|new|cumulative|overall|further)\s+)*investments?\s+in(?:to)?\s+(?:the\s+)?{ORGPLACE:o}", 0.7, "demonym-investment-in"),
    # "482 investment projects into the UK from the United States"
    ("investsIn", r"\binvestments?(?:\s+projects?)?\s+(?:in|into)\s+(?:the\s+)?{ORGPLACE:o}\s+from\s+(?:the\s+)?{AGENT:s}", 0.7, "investment-into-from"),
    # "NMDC holds 90.05 per cent of the Perth-based Legacy Iron Ore"
    ("investsIn", r"{AGENT:s}~^(?:holds?|held|owns?|owned|acquired|bought|took|takes)\s+(?:a\s+)?(?:\d+(?:[.,]\d+)?)\s*(?:per\s*cent|percent|%)\s+(?:stake\s+)?(?:of|in)\s+(?:the\s+)?(?:⟨[KRC]\d+⟩-based\s+|[\w-]+\s+){0,2}?{ORGPLACE:o}", 0.7, "holds-per-cent-of"),
    ("investsIn", r"{AGENT:s}(?:[’']s)?\s+(?:[\w-]+\s+){0,2}?investments?(?:\s+of\s+[^⟨.;]{0,30}?)?\s+in(?:to)?\s+(?:the\s+)?{ORGPLACE:o}", 0.7, "possessive-investment-in"),
    ("investsIn", r"{AGENT:s}~^(?:take|took|takes|taking|acquired?|buy|bought|hold|holds|owns?)\s+(?:a|an|the)\s+(?:[\w%-]+\s+){0,3}?(?:stake|share|shareholding|interest)\s+in\s+(?:the\s+)?{ORGPLACE:o}", 0.7, "stake-in"),
    ("investsIn", r"(?:investments?|stake)\s+(?:[^⟨.;]{0,40}?\s)?(?:by|from)\s+(?:the\s+)?{AGENT:s}\s+(?:in|into)\s+(?:the\s+)?{ORGPLACE:o}", 0.7, "investment-by-in"),
    ("partnerOf", r"^\W{0,6}(?:the\s+)?{ORG:s}\s+[–—-]\s+(?:the\s+)?{ORG:o}\W{0,3}:", 0.7, "deal-heading"),
    ("participatesIn", r"{AGENTS:s}~^(?:announced|launched|unveiled|set\s+up|sets\s+up|to\s+set\s+up|established|create[sd]?|to\s+create|founded|agreed\s+to\s+(?:set\s+up|create|launch|establish)|launched\s+(?:a|an|the)\s+(?:tender|bid|consultation|call)\s+for|signed\s+(?:an?\s+)?(?:agreement|memorandum(?:\s+of\s+understanding)?|mou|deal)\s+to\s+(?:set\s+up|create|launch|establish|develop|build))\s+(?:the\s+|an?\s+)?(?:new\s+|joint\s+)?{INIT:o}", 0.7, "launched-initiative"),
    ("participatesIn", r"{ORG:s}(?:[^⟨.;]|⟨[SKRC]\d+⟩){0,80}?(?:will\s+join|to\s+join|joins|is\s+building|are\s+building|is\s+developing|will\s+build|to\s+build|builds|built|develops|developed|operates|runs|(?:owns|holds|took|takes|has)\s+(?:a|an)\s+(?:[\w%-]+\s+){0,3}?(?:stake|share|interest)\s+in|(?:has\s+been\s+|was\s+)?(?:appointed|contracted|selected|hired|chosen)\s+to\s+(?:[\w-]+\s+){1,6}?(?:on|for|of|at))\s+(?:the\s+)?(?:[^⟨.;]{0,30}?\s)?{INIT:o}", 0.65, "works-on-initiative"),
    ("participatesIn", r"{PARTY:s}(?:,\s+whose|[’']s?)\s+(?:own\s+|flagship\s+|new\s+)?{INIT:o}", 0.65, "possessive-initiative"),
    ("participatesIn", r"{AGENT:s}~(?:has\s+been|was|is|were|been)\s+(?:named|designated|selected|chosen|confirmed|announced)\s+(?:as\s+)?(?:the\s+|an?\s+)?(?:[\w’'-]+\s+|⟨[KRC]\d+⟩[’']s?\s+){0,3}?{INIT:o}", 0.7, "named-as-initiative"),
    # "the Comprehensive Economic and Trade Agreement between Canada and the European Union"
    ("participatesIn", r"{INIT:o}(?:\s*\([^)]*\))?\s+between\s+(?:the\s+)?{AGENTS:s}", 0.7, "initiative-between"),
    ("participatesIn", r"{ANYS:s}~(?:part\s+of|member\s+of|joined|signed\s+up\s+to|participat\w+\s+in|involved\s+in|hub\s+(?:of|in|on|for)|node\s+(?:of|in|on)|partner\s+in|key\s+(?:city|hub|node|part|partner)\s+(?:of|in)|work\s+on|working\s+on|contract\s+(?:for|on)|design\s+" + _W + r"{0,3}?on|supports?|backed|funded\s+by|benefit\w*\s+from|deliver\w*)\s+(?:the\s+)?{INIT:o}", 0.7, "part-of-initiative"),
]
# A pattern only runs on sentences that contain its cue words (a cheap pre-filter).
_CUES = {
    "headquarteredIn": r"headquarter|based|head\s+office|hq|where|" + _FIRM_NOUNS,
    "hasOfficeIn": r"headquarters|office|branch|centre|center|factory|plant|facility|site|base|hub|campus|subsidiary|operation|presence|lab|store|showroom|home",
    "locatedIn": r"⟨[KRC]\d+⟩[^⟨]*(?:⟨[^KRC]\d+⟩[^⟨]*)*⟨[KRC]\d+⟩|located|situated|sited|, (?:a|an|the) ",
    "subsidiaryOf": r"subsidiar|arm\b|division|unit\b|affiliate|offshoot|branch|part|owned|acquired|bought|taken",
    "acquired": r"acqui|bought|buying|took\s+over|taking\s+over|purchas|takeover",
    "affiliatedWith": r"⟨P\d+⟩",
    "heldIn": r"⟨E\d+⟩",
    "organisedBy": r"organi[sz]|hosted|run|convened|sponsored|staged|put\s+on",
    "participatedIn": r"⟨E\d+⟩",
    "metWith": r"met|meet|talks|discussions|spoke|host|welcom|receiv|brief|guests?\s+of|shown|sat\s+down|round|audience|courtesy|signed|sign|inked|exchanged|greeted",
    "visited": r"visit|tour|travel|went|arrived|trip|stop|came|talks|meeting|discussions|was\s+to|were\s+to|is\s+to",
    "partnerOf": r"agree|memorand|mou|partner|deal|joint|contract|twin|pact|accord|alliance|cooperat|collaborat|friendship|sister|arrangement|licen[cs]|franchise|concession|signed|work\s+with|work\s+together|team\s+up|will\s+run|co-operat|charter|declaration|letter\s+of\s+intent|⟩\s+[–—-]\s+",
    "investsIn": r"invest|stake|shareholding",
    "participatesIn": r"⟨I\d+⟩",
}
_CUE_RX = {p: re.compile(c, re.I) for p, c in _CUES.items()}
# Patterns with a cue of their own run on the sentences that have it, whatever their predicate's cue.
_METHOD_CUES = {
    "possessive-unit": r"⟩[’']s?\s+(?:new\s+|own\s+)?⟨[FUGO]",
    "unit-at-body": r"⟩\s+(?:at|of|within)\s+(?:the\s+)?⟨[FUGO]",
    "apposition-body-unit": r"\b(?:hub|centre|center|arm|unit|division|subsidiary|institute|incubator|lab|laboratory|department|faculty|campus)\b",
    "parent-company-of": r"\b(?:parent|holding|owning)\b",
    "org-in-place": r"⟩\s+in\s+(?:the\s+)?⟨[KRC]",
    "host-received-party": r"\b(?:host|welcom|receiv|greet|brief|entertain|took|walked|showed|guided)",
    "talks-at-body": r"\b(?:talks|meetings?|discussions|consultations)\s+at\b",
    "hosted-at-site": r"\b(?:hosted|received|welcomed|entertained)\b[^.;]{0,60}?\bat\b",
}
_METHOD_RX = {m: re.compile(c, re.I) for m, c in _METHOD_CUES.items()}
_COMPILED = [(p, _compile(t), c, m) for p, t, c, m in PATTERNS if c > 0]


# The cues (each pattern runs under its method's own cue, else its predicate's), numbered:
# bit k of a sentence's cue mask is set when cue k's gate (cues.py) passes on it.
_CUE_LIST = list(_CUE_RX.values()) + list(_METHOD_RX.values())
_CUE_TESTS = [cues.plan(cue)[0] for cue in _CUE_LIST]


def _planned(predicate: str, rx: re.Pattern[str], conf: float, method: str):
    """A pattern with what ``pattern_relations`` asks of it on every sentence, looked up once:
    its gate's test and scan (cues.py), its cue and that cue's bit."""
    test, scan = cues.plan(rx)
    cue = _METHOD_RX[method] if method in _METHOD_RX else _CUE_RX[predicate]
    bit = 1 << next(k for k, c in enumerate(_CUE_LIST) if c is cue)
    return predicate, rx, conf, method, test, scan, cue, bit, "r" in rx.groupindex


_PLANNED = [_planned(*entry) for entry in _COMPILED]
# The patterns, in their order, whose cues' gates all pass, for each cue mask met so far: a
# sentence then walks only the patterns its cues allow (most cues fail their gates on most
# sentences). Keyed by the mask, an int that says exactly which gates passed.
_PLANNED_UNDER: dict[int, list[tuple]] = {}


def _patterns_under(mask: int) -> list[tuple]:
    out = _PLANNED_UNDER.get(mask)
    if out is None:
        if len(_PLANNED_UNDER) > 4096:  # at most 2**21 masks: keep the table bounded
            _PLANNED_UNDER.clear()
        out = _PLANNED_UNDER[mask] = [p for p in _PLANNED if p[7] & mask]
    return out


_MARK = re.compile(r"⟨([A-Z])(\d+)⟩")


@dataclass
class Marked:
    sentence: Sentence
    text: str
    index: list[int]  # marker number -> entity index
    derived: set[int] = field(default_factory=set)  # markers standing for a pronoun, description or demonym

    @cached_property
    def folded(self) -> str:
        """The marked text as gates read it (``cues.fold``)."""
        return fold(self.text)


def mark_sentence(sent: Sentence, items: list[tuple[int, int, int]], entities: list[Entity]) -> Marked:
    """Replace the (start, end, entity index) items of a sentence by typed markers."""
    out, index, pos = [], [], sent.start
    derived: set[int] = set()
    last_span = None
    for start, end, idx in sorted(items):
        if (start, end) == last_span:  # one span standing for several ("the Greitenses")
            derived.add(len(index))
            out.append(f" and ⟨{CODES[entities[idx].type]}{len(index)}⟩")
            index.append(idx)
            continue
        if start < pos or end > sent.end:
            continue
        last_span = (start, end)
        surface = sent.text[start - sent.start:end - sent.start]
        e = entities[idx]
        if surface != e.name and surface not in e.aliases:
            derived.add(len(index))  # a pronoun, definite description or demonym standing for it
        out.append(sent.text[pos - sent.start:start - sent.start])
        out.append(f"⟨{CODES[entities[idx].type]}{len(index)}⟩")
        index.append(idx)
        pos = end
    out.append(sent.text[pos - sent.start:])
    return Marked(sent, _tidy("".join(out), index), index, derived)


_ALIAS_PAREN = re.compile(r"(⟨[A-Z](\d+)⟩)\s*\(\s*⟨[A-Z](\d+)⟩\s*\)")
_FOREIGN_PAREN = re.compile(r"\s*\((?=[^()]*[^\x00-\u024f\s,.;:()-])[^()A-Za-z⟨⟩]{1,40}\)")
_ACRONYM_PAREN = re.compile(r"\s+\((?:[A-Z][A-Za-z&.-]{1,11}|[A-Z][A-Za-z]+\s+[A-Z][A-Za-z]+)\)(?=[\s,.;:])")


_ABBREVIATION_STOP = re.compile(r"(?<=⟩)\.(?=\s+(?:and|or|of|in|at|to|for|with|the|a|an)\s)")


def _tidy(text: str, index: list[int]) -> str:
    """'⟨G3⟩ (⟨G4⟩)' naming one entity twice is one marker; '(MOU)' and other short
    parenthetical acronyms are dropped, so that patterns read across them. The period of a
    name's abbreviation ('Life Sciences Hub Wales Ltd. and ...') ends no clause."""
    if "⟩." in text:
        text = _ABBREVIATION_STOP.sub("", text)
    if "(" not in text:
        return text
    text = _ALIAS_PAREN.sub(lambda m: m.group(1) if index[int(m.group(2))] == index[int(m.group(3))] else m.group(0), text)
    text = _FOREIGN_PAREN.sub("", text)  # "Kim Dong-yeon (김동연), Governor of ...": a name in another script
    return _ACRONYM_PAREN.sub("", text)


def evidence(sent: Sentence) -> Evidence:
    return Evidence(text=sent.text, start=sent.start, end=sent.end)


def markers(text: str, marked: Marked) -> list[int]:
    return [marked.index[int(m.group(2))] for m in _MARK.finditer(text)]


_ARTICLE_AFTER = re.compile(r"\s+(?:(?:a|an|the|and|or)\s|&|⟨)", re.I)
# "Two bodies on the mission, the ⟨O1⟩ and the ⟨O2⟩, signed ...": an apposition made of names is the subject
_NAMES_APPOSED = re.compile(r",\s+(?:the\s+)?⟨[A-Z]\d+⟩(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?⟨[A-Z]\d+⟩)*,")
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|which|who|one\s+of|⟨[A-Z]\d+⟩[’']s)\s+[^,;.]{0,140}?,")


_UNIT_NAME = re.compile(r"\b(?:Centre|Center|Institute|Faculty|Department|School|Division|Hub|Lab|Laboratory|Laboratories|"
                        r"Unit|Incubator|Campus|College|Academy|Observatory|Clinic|Hospital|Museum|Park)(?:\s+(?:of|for)\s+.*)?$")


_PARTY_PREDICATES = frozenset({"visited", "metWith", "participatedIn"})
# patterns that name both sides of a tie outright ("the sister ties between Taiwan and
# Mississippi"): places of different ranks are partners when the text says so
_EXPLICIT_PAIRS = frozenset({"sister-ties-between", "a-and-b-signed"})


def pattern_relations(marked: Marked, entities: list[Entity], party: int | None = None) -> list[Relation]:
    found: list[Relation] = []
    text = marked.text
    if "⟩" not in text:
        return found
    folded = marked.folded
    texts = [(text, folded)]
    inside = []
    if cues.search(_APPOSITIVE, text, folded):
        reduced = _APPOSITIVE.sub("", text)
        if reduced != text:  # cutting text out can join words anew: its own folded form
            texts.append((reduced, fold(reduced)))
        # An appositive "closed" by a comma that an article, a conjunction or another name follows
        # does not end a clause: it opens a second apposition of its last name ("supplied to ⟨F1⟩,
        # the ⟨C2⟩-based maker") or goes on with a list ("groups ⟨F1⟩, ⟨F2⟩ and ⟨F3⟩").
        inside = [(a.start(), a.end()) for a in _APPOSITIVE.finditer(text)
                  if not _ARTICLE_AFTER.match(text, a.end()) and not _NAMES_APPOSED.fullmatch(a.group(0))]
    # cues and patterns go through their gates and scans (cues.py): same matches, found sooner.
    # A pattern runs when the sentence has its cue; the cue (a regex search) is looked for only
    # once some pattern under it has passed its own gate (a few substring tests), and only once.
    # A cue whose gate fails cannot be found, and no pattern under it runs: those are left out
    # before the walk.
    mask = 0
    for k, cue_test in enumerate(_CUE_TESTS):
        if cue_test(folded):
            mask |= 1 << k
    cue_found: dict[int, bool] = {}
    for predicate, rx, conf, method, test, scan, cue, _bit, has_role in _patterns_under(mask):
        if len(texts) == 1:  # the common case, without building a list for every pattern
            if not test(folded):
                continue
            runs = texts
        else:
            runs = [(t, f) for t, f in texts if test(f)]
            if not runs:
                continue
        found_cue = cue_found.get(id(cue))
        if found_cue is None:
            found_cue = cue_found[id(cue)] = cues.search(cue, text, folded) is not None
        if not found_cue:
            continue
        district = method in _DISTRICT_METHODS
        for t, m in ((t, m) for t, f in runs for m in (scan.finditer(t, f) if scan is not None else rx.finditer(t))):
            if t is text and inside and predicate != "locatedIn" and any(
                    a <= m.start("s") < b < m.end() for a, b in inside):
                continue  # "X, a city in China, is a hub of ...": China is not the subject
            subs = markers(m.group("s"), marked)
            objs = markers(m.group("o"), marked)
            if marked.derived:
                o_nums = [int(x.group(2)) for x in _MARK.finditer(m.group("o"))]
                if len(o_nums) > 1:  # "Huawei, the Chinese electronics giant": the demonym is no conjunct
                    objs = [marked.index[n] for n in o_nums if n not in marked.derived or not _is_demonym(marked, n)]
                if predicate in ("investsIn", "partnerOf") and method not in _DEMONYM_INVESTOR_METHODS and all(_is_demonym(marked, int(x.group(2))) for x in _MARK.finditer(m.group("s"))):
                    continue  # "German companies invested in ..." is not Germany investing
            role = None
            if has_role and m.group("r"):
                role = " ".join(m.group("r").split())
            for s in subs:
                for o in objs:
                    if s == o or not (_types_ok(predicate, entities[s], entities[o]) or district
                                      and _district_ok(entities[s], entities[o], method)
                                      or method in _EXPLICIT_PAIRS and entities[s].type in _RANK_T and entities[o].type in _RANK_T):
                        continue
                    if method in ("represented-by", "members-from-list") and entities[s].type != "Person":
                        continue
                    if method in ("possessive-unit", "unit-at-body") and not _UNIT_NAME.search(entities[s].name):
                        continue  # "Manager of Strategic Initiatives at PortMiami": a portfolio, not a unit
                    if predicate in _PARTY_PREDICATES and entities[s].type in _RANK_T and s != party:
                        continue
                    if predicate == "locatedIn" and party in (s, o) and _stands_for_party(marked, m, party):
                        continue  # "In ⟨C0⟩, the delegation celebrated": the party's pseudo-marker is no place
                    if predicate == "visited" and o == party:
                        continue  # "briefed the visiting Bavarian business people": no one visits the visitors  # "In Essen, the mayor met ...": a place is a party only as the delegation
                    attrs = {"method": method}
                    if predicate == "affiliatedWith":
                        attrs["role"] = role or _role_from_method(method, m.group(0))
                        if attrs["role"] is None:
                            del attrs["role"]
                    found.append(Relation(s_id := entities[s].id, predicate, entities[o].id,
                                          evidence(marked.sentence), conf, attrs))
                    del s_id
    found.extend(implicit_party_relations(marked, entities, party))
    found.extend(implicit_party_agreements(marked, entities, party))
    found.extend(meeting_lists(marked, entities, party))
    return found


def _stands_for_party(marked: Marked, m: re.Match[str], party: int) -> bool:
    """Does a pronoun or description ("the delegation") stand for the party in this match?"""
    return any(int(x.group(2)) in marked.derived and marked.index[int(x.group(2))] == party
               for x in _MARK.finditer(m.group(0)))


def _is_demonym(marked: Marked, n: int) -> bool:
    if n not in marked.derived:
        return False
    for m in _MARK.finditer(marked.text):
        if int(m.group(2)) == n:
            return m.group(1) in "KR"
    return False


_IMPLICIT_MET = _compile(r"(?:^|\b)(?:the|his|her|their|our)\s+(?:(?:deputy\s+)?mayor|premier|(?:first\s+|prime\s+)?minister|president|chancellor|governor|programme|program|itinerary|agenda|schedule)(?:[’']s\s+(?:programme|itinerary|agenda|schedule))?\b[^⟨.;]{0,60}?\b(?:met|meets|meeting|meetings|held\s+talks|talks|discussions|spoke\s+with|visited\s+with)\s+(?:also\s+)?(?:with\s+)?(?:the\s+)?{TARGETS:o}")


def implicit_party_relations(marked: Marked, entities: list[Entity], party: int | None) -> list[Relation]:
    """'The Mayor met X', 'the programme included a meeting with X': the unnamed subject is the
    mission's party (its leader's meetings reach it the same way)."""
    low = marked.text.lower()
    if party is None or "met" not in low and "talks" not in low and "discussions" not in low and " with" not in low:
        return []
    out = []
    for m in _IMPLICIT_MET.finditer(marked.text):
        for o in markers(m.group("o"), marked):
            if o != party and _types_ok("metWith", entities[party], entities[o]):
                out.append(Relation(entities[party].id, "metWith", entities[o].id, evidence(marked.sentence), 0.6,
                                    {"method": "implicit-party-met"}))
    return out


# "The second memorandum, with the CCPIT, sets up ...", "The agreement with DU was signed ...":
# an agreement the sentence opens with, naming only one side, is the record's party's
_IMPLICIT_AGREEMENT = _compile(r"^\W{0,4}(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|memorand\w*|mous?|deals?|contracts?|"
                               r"partnerships?|accords?)\s*,?\s+with\s+(?:the\s+)?{ORGS:o}")


def implicit_party_agreements(marked: Marked, entities: list[Entity], party: int | None) -> list[Relation]:
    if party is None or entities[party].type == "Person":
        return []
    m = _IMPLICIT_AGREEMENT.match(marked.text)
    if m is None:
        return []
    return [Relation(entities[party].id, "partnerOf", entities[o].id, evidence(marked.sentence), 0.6,
                     {"method": "implicit-party-agreement"})
            for o in markers(m.group("o"), marked) if o != party]


_MET_CUE = re.compile(r"(?:\b|(?=⟨))(?:met|meets|(?:will|to|would|also)\s+(?:also\s+)?meet|meeting\s+with|meetings\s+(?:(?:were|was|are|is|have\s+been|will\s+be)\s+(?:(?:set|scheduled|planned|arranged|held|also)\s+)?)?with|meetings\s+include[sd]?|"
                      r"talks\s+with|discussions\s+with|were\s+with|was\s+with|greeted\s+by|welcomed\s+by|received\s+by|"
                      # "The governor spoke with representatives of ...", "visited with officials, including ..."
                      r"(?:spoke|speaks|talked)\s+with|visited\s+with|"
                      # "spend two days in London meeting senior officials such as X"
                      r"meeting\s+(?=(?:senior\s+|key\s+|top\s+|government\s+|local\s+)?(?:officials|ministers|leaders|executives|representatives)\b)|"
                      # "spoke at a lunch hosted by X", "a breakfast held with X", "its hosts were A, B and C"
                      r"(?:breakfast|lunch|luncheon|dinner|reception|session|roundtable|round\s+table|gathering|forum|seminar|event)"
                      r"\s+(?:held\s+with|hosted\s+by|organi[sz]ed\s+by|given\s+by|(?:held\s+)?(?:in|at)\s+[^⟨.;]{0,30}?\s(?:hosted|organi[sz]ed)\s+by)|"
                      r"(?:breakfast|lunch|luncheon|dinner|reception|roundtable|round\s+table)\s+with|"
                      r"(?P<hosts>(?:its|their|⟨[A-Z]\d+⟩|the\s+(?:delegation|mission)[’']s)\s+hosts\s+(?:were|was|included)|also\s+present\s+were)|"
                      # "addressed MPs and representatives of A, B and C"; "the group heard X explain ..."
                      r"(?:addressed|spoke\s+to|briefed)\s+(?:[^⟨.;]{0,40}?\s)?(?:representatives|members|officials|executives|leaders|delegates)\s+(?:of|from)|"
                      r"heard\s+(?:from\s+)?(?=(?:(?-i:[A-Z])[\w.-]*\s+){0,3}⟨P)|"
                      # two people who sign or open something together met (bodies that sign are partners):
                      # "signing a proclamation together with the Minister, X", "opened the new offices ... with X"
                      r"(?P<signing>(?:signed|signing|signs|opened|opening|opens|inaugurated|unveiled)\b[^.;]{0,100}?\b(?:together\s+with|alongside|with)))\b", re.I)
_NOT_MET = re.compile(r"(?<!\brepresentatives\s)(?<!\bofficials\s)(?<!\bexecutives\s)(?<!\bmembers\s)(?<!\bleaders\s)(?<!\bdelegates\s)(?:\b(?:of|at|for|from|by|in|with\s+the\s+help\s+of|and\s+its|its|chairman|chair|head|"
                      r"director|executive|president|minister|secretary|ambassador|governor|mayor)\s+(?:the\s+)?"
                      r"(?:⟨[KRC]\d+⟩[’']s\s+)?)$", re.I)
_THEN_VERB = re.compile(r"\b(?:and|then|before|after)\s+(?:also\s+)?(?:toured|visited|signed|opened|travell?ed|went|attended|"
                        r"spoke|addressed|launched|inspected|saw)\b", re.I)
_REPORTED = re.compile(r"\b(?:said|says|added|told|according\s+to|explained|noted)\b", re.I)


# between two items of one list: a separator, perhaps over an item not recognised ("..., THL and ⟨O5⟩")
_LIST_GAP = re.compile(r"(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+)?(?:(?-i:[A-Z])[\w.&’'-]*\s*){0,4}?)+", re.I)
_SIGNING_ASIDE = re.compile(r"\b(?:during|led\s+by|headed\s+by|on\s+behalf\s+of|as\s+part\s+of|which|who|whose)\b", re.I)
_AND_ONLY = re.compile(r"\s+(?:and|&)\s+")
_OBJECT_BEFORE = re.compile(r"\b(?:to|of|at|in|with|from|for|by|on)\s+(?:the\s+)?$", re.I)


_ZONE_END = re.compile(r"(?<![A-Z])\.\s")
_INCLUDING = re.compile(r",?\s+(?:including|among\s+them|such\s+as)\s+", re.I)


def meeting_lists(marked: Marked, entities: list[Entity], party: int | None) -> list[Relation]:
    """'X met A, ROLE of B; C, ROLE of D; and E': every person named after the meeting cue,
    and each body named right after it, was met, whoever holds the titles. The one who met them
    is the nearest person or party before the cue, else the mission's party."""
    out: list[Relation] = []
    text = marked.text
    met_before: set[int] = set()  # who an earlier cue of the sentence met meets no one at a later one
    for cue in cues.finditer(_MET_CUE, text, marked.folded):  # through its gate (cues.py)
        before = text[:cue.start()]
        clause_start = max(before.rfind(". "), before.rfind("; "), 0)
        # the person or body named last before the cue meets; else the delegation
        subjects: list[int] = []
        prev_end = -1
        for m in _MARK.finditer(text, clause_start, cue.start()):
            idx = marked.index[int(m.group(2))]
            if _OBJECT_BEFORE.search(text, max(clause_start, m.start() - 12), m.start()) and idx != party:
                continue  # "a visit to ⟨U1⟩, a meeting with ...": a preposition's object meets no one
            if idx in met_before:
                continue  # "meeting X and Y, and a day in discussions with Z": the delegation met Z
            if m.group(1) in "PFUGOM" or idx == party:
                # "⟨P1⟩ and ⟨P2⟩ met": both met; otherwise the last one named
                joined = subjects and _AND_ONLY.fullmatch(text, prev_end, m.start())
                subjects = subjects + [idx] if joined else [idx]
                prev_end = m.end()
        if cue.group("hosts") and party is not None:
            subjects = [party]  # "Its hosts were ...": the visitors' hosts
        if not subjects and party is not None:
            subjects = [party]
        if not subjects:
            continue
        end = _ZONE_END.search(text, cue.end())  # (not the stop of "U.S. Ambassador")
        zone_end = len(text) if end is None else end.start()
        then = _THEN_VERB.search(text, cue.end(), zone_end)
        if then:
            zone_end = then.start()  # "met X, and toured the Y plant": Y was visited, not met
        rep = _REPORTED.search(text, cue.end(), zone_end)
        if rep:
            zone_end = rep.start()
        if cue.group("signing"):
            aside = _SIGNING_ASIDE.search(text, cue.end(), zone_end)
            if aside:
                zone_end = aside.start()  # "signed MoUs with six institutions during a visit led by X": X leads
        listed_to = None
        # "spoke with representatives of several German-based companies ..., including A, B and C":
        # the list after "including" is as near the cue as its first item
        inc = _INCLUDING.search(text, cue.end(), zone_end)
        for m in _MARK.finditer(text, cue.end(), zone_end):
            code, idx = m.group(1), marked.index[int(m.group(2))]
            if idx in subjects or idx == party or code not in ("P" if cue.group("signing") else "PFUGOM"):
                continue
            if code != "P" and _NOT_MET.search(text[max(cue.end(), m.start() - 40):m.start()]):
                continue  # "chairman of DP World": the body of the person met
            near = inc.end() if inc is not None and inc.end() <= m.start() else cue.end()
            if code != "P" and m.start() - near > 60 and not (
                    listed_to is not None and m.start() - listed_to < 60
                    and _LIST_GAP.fullmatch(text, listed_to, m.start())):
                continue  # far from the cue, a body is met only as a further item of its list
            listed_to = m.end()
            met_before.add(idx)
            for subj in subjects:
                if _types_ok("metWith", entities[subj], entities[idx]):
                    out.append(Relation(entities[subj].id, "metWith", entities[idx].id, evidence(marked.sentence), 0.6,
                                        {"method": "meeting-list"}))
    return out


def _role_from_method(method: str, matched: str) -> str | None:
    if "founded" in matched.lower():
        return "founder"
    return None


def _country(e: Entity) -> str | None:
    if e.type == "Country":
        return (e.identifiers.get("iso3166") or "").lower() or None
    return e.id.split("--", 1)[1] if "--" in e.id else None


_ORG_TYPES = frozenset({"Firm", "University", "GovernmentBody", "Organisation", "MediaOutlet"})


def _types_ok(predicate: str, s: Entity, o: Entity) -> bool:
    if predicate in ("headquarteredIn", "hasOfficeIn") and (s.type not in _ORG_TYPES or o.type not in _RANK_T):
        return False
    if predicate == "organisedBy" and (s.type != "Event" or o.type not in _ORG_TYPES):
        return False
    if predicate == "locatedIn" and s.type in _RANK_T and o.type in _RANK_T:
        cs, co = _country(s), _country(o)
        if cs and co and co != cs:
            return False  # Hangzhou is not in Leeds City Region, nor in the UK
        return _RANK_T[s.type] < _RANK_T[o.type] or (s.type == o.type == "Region")
    if predicate == "partnerOf" and s.type in _RANK_T and o.type in _RANK_T and s.type != o.type:
        return False  # sister cities, twinned regions and partner countries are of one rank
    if predicate in ("metWith", "partnerOf") and s.type == o.type == "Sector":
        return False
    if predicate == "visited" and o.type in ("Sector", "Initiative", "Person"):
        return False
    if predicate == "metWith" and o.type in ("Sector", "Initiative", "Event", "Country", "City", "Region") and s.type != "Person":
        return o.type in ("Person",)
    if predicate == "metWith" and o.type in ("Sector", "Initiative", "Event", "Country", "City", "Region"):
        return False
    return True


_RANK_T = {"City": 0, "Region": 1, "Country": 2}
# "Chinese investment in Chile" is China's; "German companies invested in ..." is not Germany's
_DEMONYM_INVESTOR_METHODS = frozenset({"demonym-investment-in", "investment-into-from"})
# the patterns that may put a city (a district, a named quarter) inside another city
_DISTRICT_METHODS = frozenset({"district-of-city", "district-in-city"})


def _district_ok(s: Entity, o: Entity, method: str) -> bool:
    """A district and its city: two cities of one country (the gazetteer's when it knows).
    "X in Y" puts only a quarter the gazetteer does not know as a city of its own in Y
    ("King's Cross in London"; not "signed with Hitachi in Tokyo", Hitachi being a city too)."""
    if s.type != "City" or o.type != "City":
        return False
    if method == "district-in-city" and s.identifiers.get("geonames"):
        return False
    cs, co = _country(s), _country(o)
    return not (cs and co and cs != co)


_AGREEMENT_INTRO = re.compile(r"\b(?:agreements?|memorand\w*|mous?|partners|partnerships|deals|signings?|signed|contracts|accords)\b", re.I)
_BULLET_START = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s")
# "- **⟨U0⟩** – a new agreement on ...", "- **⟨U0⟩, ⟨C1⟩:** a memorandum ...", "- **⟨U0⟩** and **⟨U1⟩:** agreements with each"
_BULLET_PARTIES = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+(?:\*\*|__)?(?P<p>⟨[FUGO]\d+⟩(?:\s*,\s*⟨[KRC]\d+⟩)?"
                             r"(?:(?:\*\*|__)?\s*(?:,|and|&)\s*(?:\*\*|__)?⟨[FUGO]\d+⟩(?:\s*,\s*⟨[KRC]\d+⟩)?)*)"
                             r"(?:\*\*|__)?\s*(?:[–—:;.]|-\s|(?:\*\*|__)\s*[–—:-]|$)", re.M)


def agreement_bullets(marked: list[Marked], entities: list[Entity], party: int | None) -> list[Relation]:
    """'## The six partners' or 'It signed agreements with:' and a bulleted list of bodies: each
    body listed is a partner of the record's own body (the party when it is a body, else the
    first body the record names more than once)."""
    own = party if party is not None and entities[party].type in _ORG_TYPES else None
    if own is None:
        # the body the record is about: the first it names more than once
        bodies = [i for i, e in enumerate(entities) if e.type in ("Firm", "University", "Organisation", "GovernmentBody")
                  and len(e.mentions) >= 2]
        own = min(bodies, key=lambda i: min(m.start for m in entities[i].mentions), default=None)
    if own is None:
        return []
    out = []
    for k, mk in enumerate(marked):
        if k == 0 or not _BULLET_START.match(mk.text) or _BULLET_START.match(marked[k - 1].text):
            continue  # the first bullet of a list, whose intro is the sentence before
        intro = marked[k - 1].text.strip()
        if not (intro.startswith("#") or intro.endswith(":")) or not _AGREEMENT_INTRO.search(intro):
            continue
        for item in marked[k:k + 30]:
            if not _BULLET_START.match(item.text):
                break
            for m in _BULLET_PARTIES.finditer(item.text):
                for x in _MARK.finditer(m.group("p")):
                    idx = item.index[int(x.group(2))]
                    if x.group(1) in "FUGO" and idx != own:
                        out.append(Relation(entities[own].id, "partnerOf", entities[idx].id, evidence(item.sentence),
                                            0.6, {"method": "agreement-bullets"}))
    return out
