"""The mission or visit a record reports, as an Event with its party, places and date.

An unnamed mission is named "<party> mission to <destination>" (graph/gold/README.md). The
party is the region, country or body the delegation comes from ("a delegation from X",
"the X delegation", a demonym next to "delegation"), or its leader when no such body is
named; destinations are the places after travel cues ("travelled to", "arrived in", "visit
to"); when several cities of one named country are visited the country is the destination.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Entity
from . import cues, vocab
from .gazetteer import fold
from .relations import Marked, _compile, markers
from .text import Sentence

_PARTY_PATTERNS = [
    (_compile(r"{AGENT:p}(?:[’']s?)?\s+(?:(?:trade|business|official|ministerial|government|high-level|investment|economic|political|commercial|first|largest|\d+-strong|strong|joint)\s+)*(?:delegation|mission|delegates|team)\b"), 3.0),
    (_compile(r"(?:delegation|mission|delegates|team|visit|trip|group\s+visit)\s+(?:of\s+[^⟨.;]{0,40}?)?(?:from|of|representing)\s+(?:the\s+)?(?:(?:[\w-]+\s+|⟨[KR]\d+⟩\s+)?(?:emirate|state|province|city|region|kingdom|republic|county|land|island|town|municipality|prefecture)\s+of\s+)?(?:⟨[KR]\d+⟩[’']s\s+)?{AGENT:p}"), 3.0),
    (_compile(r"{AGENT:p}\s+(?:residents|business\s+leaders|businesspeople|business\s+people|councillors|officials|companies|firms|businesses|exporters|entrepreneurs)\b[^.;]{0,60}?\b(?:travell?ed|visited|are\s+back|returned|went|arrived|toured|joined)"), 2.0),
    (_compile(r"(?:delegation|mission)\b[^.;]{0,80}?\b(?:led|headed)\s+by\s+(?:the\s+)?{AGENT:p}"), 2.0),
    # "Houston-Japan investment and trade mission": the home side is named first
    (_compile(r"{AGENT:p}[-–]⟨[KRC]\d+⟩\s+(?:[\w-]+\s+){0,4}?(?:delegation|mission|visit|trip)\b"), 2.0),
    (_compile(r"(?:delegation|mission|visit|trip)\s+(?:\w+\s+){0,2}(?:led|headed)\s+by\s+(?:the\s+)?ROLE\s+(?:of|for)\s+(?:the\s+)?{AGENT:p}"), 2.5),
    (_compile(r"{AGENT:p}~(?:led|sent|brought|took)\s+(?:a|an|the|its)\s+~(?:delegation|mission)"), 2.0),
    # an organiser is the party only when nothing better says who went (else it is organisedBy)
    (_compile(r"{AGENT:p}~(?:organised|organized)\s+(?:a|an|the|its)\s+~(?:delegation|mission)"), 1.0),
    # (not "In Osaka the delegation visited ...": a place after "in" sets the scene)
    (_compile(r"(?<!\bin\s)(?<!\bIn\s)(?<!\bat\s)(?<!\bAt\s){AGENT:p}~(?:visited|travell?ed\s+to|went\s+to|represented\s+[^⟨.;]{0,20}?at)"), 1.0),
    # "The University of Leeds has signed six MoUs during a visit to New Delhi"
    (_compile(r"^[^⟨.;]{0,40}?(?:the\s+)?{NAMED:p}\s+[^.;⟨]{0,120}?\bduring\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|mission|tour)\b"), 2.0),
    (_compile(r"\b(?:visitors|delegates|guests|delegation|group)\s+(?:are|were|come|came|is|was)\s+(?:all\s+)?from\s+(?:the\s+)?{AGENTS:p}"), 3.0),
    # "X, along with the deputy mayor and councillors, departed Invercargill on July 19": home
    (_compile(r"\b(?:departed|left|leaving|departing)\s+(?:from\s+)?{PLACE:p}\s+(?:on|for|to|last|this|early|late|yesterday|today)\b"), 2.0),
]
# "The group is led by Cllr A, Leader of X, and the council's chief executive, B": every person
# named before the clause's next verb leads it.
_LED_BY = (r"(?:(?:delegation|mission|visit|trip|group|party|team|visitors|delegates|guests|contingent)\b(?:[^.;]{0,140}?,)?\s+(?:\w+\s+){0,2}|\b(?:it|which)\s+(?:was|is|will\s+be)\s+)(?:led|headed)\s+by\s+"
           r"(?P<p>(?:(?!\b(?:met|meets|visited|visits|held|holds|signed|signs|toured|tours|travell?ed|arrived|"
           r"will|is|was|are|were|has|have|had|which|who|where)\b)[^.;])*)")
# (pattern, whether it says who leads or makes the trip rather than only who travelled:
# "X, Mayor of Y, travelled to ..." and "X arrived in ..." say only that X went)
# "Governor X and First Lady Y returned from ...": the spouse travels with the leader
_SPOUSE_PATTERN = re.compile(r"(?P<p>⟨P\d+⟩)\s+and\s+(?:the\s+)?(?:First\s+(?:Lady|Gentleman)|his\s+wife|her\s+husband)\s+⟨P\d+⟩"
                             r"(?=[^.;]{0,80}?\b(?:missions?|visits?|trips?|tours?|travel\w*|leave|left|returned|arrived|lead|led)\b)")
_LEADER_PATTERNS = [
    (re.compile(_LED_BY, re.I), True),
    # a fact sheet's label: "**Leaders:** Roger Cook, Deputy Premier ...; David Templeman, ..."
    (re.compile(r"^\s*(?:[-*•]\s+)?(?:\*\*|__)?(?:Leaders?|Led\s+by|Heads?\s+of\s+(?:the\s+)?delegation|Delegation\s+leaders?|Mission\s+leaders?)"
               r"\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:)\s*(?P<p>[^\n]*)", re.I), True),
    (_compile(r"{PERSON:p}[’']s?\s+(?:[\w-]+\s+|⟨S\d+⟩\s+){0,3}(?:mission|visit|trip|delegation|tour)\b"), True),
    # ... unless a host speaks of the visit ("X, Leader of the City Council, called the visit an honour",
    # "X, Chief Executive of Y Council, took the visitors through ...": "visitors" is no trip)
    (_compile(r"{PERSON:p},\s+(?:the\s+)?ROLE\s+(?:of|for)\s+(?:the\s+)?{AGENT}(?:(?!\b(?:host\w*|welcom\w*|receiv\w*|greet\w*|call\w*|said|says|describ\w*|prais\w*|hail\w*|took|takes|walked|showed|guided|briefed)\b)[^.;]){0,80}?\b(?:missions?|visit(?:s|ed|ing)?|trips?|delegations?|tours?|travell?ed|arrived)\b"), False),
    (_compile(r"{PERSON:p}~(?:led|leads|leading|headed|heads|took)\s+(?:a|the|an|his|her)\s+~(?:delegation|mission)"), True),
    # "Crown Prince Frederik and Crown Princess Mary of Denmark led a business campaign in India"
    (re.compile(r"(?P<p>⟨P\d+⟩(?:\s+and\s+(?:[A-Z][\w-]*\s+){0,3}⟨P\d+⟩)?)\s+of\s+(?:the\s+)?⟨[KRCFUGOM]\d+⟩\s+"
               r"(?:led|leads|headed|heads)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:delegation|mission|campaign|visit|trip|tour)\b"), True),
    (_compile(r"{PERSON:p}~(?:arrived\s+in|visited|travell?ed\s+to|is\s+coming\s+to|comes\s+to|will\s+visit|will\s+travel\s+to|"
             r"is\s+travell?ing\s+to|travels\s+to|is\s+visiting|visits|will\s+lead|leads|is\s+leading|led|heads\s+to|will\s+head\s+to|"
             r"flew\s+(?:out\s+)?(?:in\s+person\s+)?to|made\s+the\s+(?:long\s+)?(?:journey|trip)\s+to|"
             r"held\s+(?:an?\s+)?(?:[\w’'-]+\s+){0,2}(?:roadshow|road\s+show|trade\s+mission|investment\s+forum)|"
             r"(?:has\s+)?returned\s+(?:home\s+)?(?:(?:on|last|this)\s+\w+\s+|yesterday\s+|today\s+)?from|is\s+visiting|began\s+(?:a|his|her)|opened\s+(?:the|his|her)\s+visit|at\s+the\s+head\s+of)"), False),
    # "a mission to France by Christine St-Pierre, Québec's Minister of ..."
    (_compile(r"(?:visit|trip|mission)\s+(?:to\s+(?:[^⟨.;]|⟨[KRC]\d+⟩){0,40}?)?by\s+(?:\w+\s+){0,3}?{PERSON:p}"), True),
    (_compile(r"{PERSON:p}~~\b(?:during|as\s+part\s+of)\s+(?:a|an|his|her|the|their|⟨P\d+⟩)\s+(?:[\w-]+\s+|⟨S\d+⟩\s+){0,2}(?:visit|trip|mission|tour)\b"), True),
    (_compile(r"{PERSON:p}~(?:opened|began|begins|started|starts|launched|undertook|made|paid|concluded|completed|wrapped\s+up)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+|⟨S\d+⟩\s+){0,3}(?:mission|visit|trip|tour)\b"), True),
    # "Gov. X will leave for his third international trade mission"
    (_compile(r"{PERSON:p}~(?:leave|leaves|left|leaving|depart|departs|departed|set\s+off|sets\s+off|set\s+out)\s+(?:on|for)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+|⟨S\d+⟩\s+){0,3}(?:mission|visit|trip|tour)\b"), False),
    (_SPOUSE_PATTERN, True),
    # "Nobby Clark, along with deputy mayor Tom Campbell and ..., departed Invercargill"
    (_compile(r"^\W{0,4}{PERSON:p},\s+(?:along|together)\s+with\b[^.;]{0,200}?,\s+(?:departed|left|set\s+off|flew|travell?ed|arrived|went)\b"), True),
    (_compile(r"{PERSON:p}~~\b(?:came|got|is|was|has)\s+(?:back\s+|home\s+){1,2}[^.;]{0,40}?\bfrom\s+(?:a|an|his|her|the|their)\s+(?:[\w-]+\s+){0,4}(?:mission|visit|trip|tour)\b"), True),
    (_compile(r"\b(?:joined|accompanied|accompanying)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}{PERSON:p}\s+on\s+(?:a|an|his|her|the|their)\s+(?:[\w-]+\s+|⟨[A-Z]\d+⟩\s+(?:\([A-Z]{2,6}\)\s+)?){0,6}(?:mission|visit|trip|tour)\b"), True),
]
# The place or body a leader represents: "X, the Mayor of London", "Québec Premier X",
# "Mayor of London X", "Kenyan President X".
_HOME_PATTERNS = [
    _compile(r"{PERSON:x},\s+(?:the\s+)?ROLE\s+(?:of|for)\s+(?:the\s+)?{AGENT:p}"),
    _compile(r"{AGENT:p}(?:[’']s)?\s+ROLE\s+(?:(?-i:Sir|Dame|Dr|Mr|Mrs|Ms|Prof|Professor|Lord|Lady)\.?\s+)*{PERSON:x}"),
    _compile(r"ROLE\s+(?:of|for)\s+(?:the\s+)?{AGENT:p},?\s+{PERSON:x}"),
    _compile(r"ROLE\s+{PERSON:x}\s+of\s+(?:the\s+)?{AGENT:p}"),
    _compile(r"{AGENT:p}(?:[’']s)?\s+ROLE(?:\s*\([^)]*\))?,\s+{PERSON:x}"),
    # "British Columbia's Minister of Jobs, Trade and Technology, Bruce Ralston"
    _compile(r"{AGENT:p}[’']s\s+(?=[^.;⟨]{0,80}?ROLE)[^.;⟨]{0,80}?,\s+{PERSON:x}"),
]
_DEST_PATTERNS = [
    _compile(r"(?:(?:are|is|were|was|arrived|came|got)\s+(?:back|home)\s+from|(?:visit|trip|delegation|mission|journey)\s+from\s+(?:the\s+)?⟨[A-Z]\d+⟩\s+to|travell?ed\s+(?:on\s+|back\s+|west\s+|east\s+|north\s+|south\s+|onwards?\s+|first\s+)?to|arrived\s+in|arrives\s+in|arriving\s+in|visited|visiting|visit\s+to|visits\s+to|trip\s+to|mission\s+to|delegation\s+to|tour\s+of|went\s+to|returned\s+from|took\s+in|takes\s+in|stops?\s+in|travel\s+to|journey\s+to|(?:will\s+)?head(?:s|ed|ing)?\s+to|came\s+to|come\s+to|welcomed\s+to|hosted\s+in|tours?|toured|(?:delegation|mission|visit|trip|tour|stay|days?|week)\s+in)\s+(?:the\s+)?"
             # "made the journey to the Chinese city of Dalian"
             r"(?:(?:⟨[KR]\d+⟩\s+|[\w-]+\s+)?(?:city|province|state|region|county|town|capital|port|island)\s+of\s+)?{PLACES:d}"),
    # (not "a visit to explore business opportunities in West Bengal": where they hope to do business)
    _compile(r"\b(?:visit|visited|visiting|trip|mission|delegation|outreach|tour|toured|began|arrived|landed|spent|stay|talks|meetings?|spoke|programme|program|met|flew|flown|journey)\b(?:(?!opportunit|avenues|potential)[^⟨.;]){0,60}?\bin\s+(?:the\s+)?{PLACES:d}"),
    # "will host a round table ... in New York today, during her visit to the city"
    _compile(r"\b(?:host|hosts|hosted|hold|holds|held|address\w*|open\w*)\b[^⟨.;]{0,60}?\bin\s+{CITY:d}(?=[^.;]{0,80}?\b(?:visit|trip|mission)\b)"),
    _compile(r"\b(?:held|holds|holding)\s+talks\s+with\s+[^.;]{0,80}?\bin\s+{CITY:d}"),

    _compile(r"^(?:\W{0,6})(?:In|At)\s+{CITY:d},?\s+[^.;]{0,80}?\b(?:met|meets|meetings?|talks|visited|visits|toured|tours|spoke|signed|signs|opened|addressed|attended|held)\b"),
    _compile(r"\b(?:delegation|mission|visitors|group|party)\b[^.;]{0,80}?\b(?:was|were|is|are)\s+(?:now\s+|also\s+)?in\s+(?:the\s+)?{PLACES:d}"),
    _compile(r"\b(?:is|are|was|were|will\s+be)\s+(?:\w+\s+){0,2}?(?:coming|travell?ing|heading|going)\s+to\s+(?:the\s+)?{PLACES:d}"),
    # "Tewkesbury Borough Council welcomed a delegation from Karamay": the host body's place
    _compile(r"(?:^|\.\s)\W{0,4}(?:the\s+)?(?P<d>⟨[G]\d+⟩)(?:\s+and\s+[^.;]{0,30}?)?\s+(?:has\s+|have\s+)?(?:welcomed|hosted|received|greeted)\s+(?:a|an|the)\s+[^.;]{0,60}?\b(?:delegation|visitors|mission|guests)"),
    # "the delegation on Saturday left for Kenya and South Africa", "will depart for Japan"
    _compile(r"\b(?:delegation|mission|visitors|group|party|team|delegates|⟨[A-Z]\d+⟩)\b[^.;⟨]{0,60}?\b(?:left|leaves|leaving|will\s+leave|departed|departs|depart|set\s+off|sets\s+off|set\s+out)\s+(?:today\s+|tomorrow\s+)?for\s+(?:the\s+)?{PLACES:d}"),
    # "A delegation of 21 Chinese ... was received by Governor X on May 8th in Goiânia"
    _compile(r"\b(?:delegation|mission|visitors|group|guests|delegates)\b[^.;]{0,100}?\b(?:was|were|is|are|will\s+be|has\s+been|have\s+been)\s+(?:warmly\s+|also\s+|officially\s+)?"
             r"(?:received|welcomed|hosted|greeted)\b[^.;⟨]{0,40}?(?:⟨[PG]\d+⟩[^.;⟨]{0,40}?)?\bin\s+(?:the\s+)?{PLACES:d}"),
    # "Wellington is today receiving the largest delegation from China": the host place
    _compile(r"^(?:\W{0,4})(?:the\s+)?{PLACE:d}\s+(?:is|was|will\s+be|has\s+been)\s+(?:[\w,]+\s+){0,8}?(?:receiving|hosting|welcoming|host|welcome|receive)\s+(?:a|an|the)\s+[^.;]{0,60}?\b(?:delegation|visitors|mission|guests)"),
    # a dateline opens the story where it happened: "SUWON, South Korea -", "**Wuhan, 17 November 2017.**"
    _compile(r"^\W{0,4}{CITY:d}(?:,\s+{PLACE})?\s*(?:[-–—]|\(\w+\)\s*[-–—])\s"),
    # "met a delegation from the Chinese city of Chengdu in Doha": where the visitors were met
    _compile(r"\b(?:delegation|mission|visitors|delegates|guests)\s+from\s+(?:the\s+)?(?:(?:⟨[KR]\d+⟩\s+|[\w-]+\s+)?(?:city|province|state|region|county|town)\s+of\s+)?⟨[KRC]\d+⟩\s+in\s+{CITY:d}"),
    _compile(r"^\W{0,4}{CITY:d},\s+(?:\w+day\s+)?\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"),
    # "LONDON, June 23 (Xinhua) -- ...": a wire dateline, month first
    _compile(r"^\W{0,4}{CITY:d},\s+(?:\w+day,?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b(?:,?\s+\d{4})?\s*(?:\((?:\w+|⟨M\d+⟩)\)\s*)?(?:[-–—]{1,2}|:)"),
    # "an Outward Trade and Investment Mission (OSM) to Nigeria": a named mission's destination
    _compile(r"⟨[EI]\d+⟩(?:\s*\([^)]*\))?\s+to\s+(?:the\s+)?{PLACES:d}"),
    # "## Days 1–2: Shenzhen (17–18 March)", "Day 3 – Chongqing": an itinerary heading
    _compile(r"^\W{0,4}(?:Days?\s+\d+(?:\s*[–-]\s*\d+)?|Stop\s+\d+|Leg\s+\d+|First\s+stop|Final\s+stop)\s*[:–—-]\s*{PLACES:d}"),
]
# A demonym names the party only next to the delegation or its leader's title
# ("a British business delegation", "Kenyan President X"), not in "the British capital".
# (also the host whose invitation brought them: "At the invitation of X, President of Y, ... travelled")
_MET_BEFORE = re.compile(r"\b(?:met|meets|meeting|talks\s+with|hosted\s+by|welcomed\s+by|received\s+by|invitation\s+of|invited\s+by|guests?\s+of)\s+(?:with\s+)?(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}$")
# "were received at the Port of Rotterdam by its chief executive, X, and visited ...": X hosts
_RECEIVED_BY_BEFORE = re.compile(r"\b(?:received|welcomed|hosted|greeted|briefed|met)\b[^.;]{0,80}?\bby\s+(?:its|their|the|his|her)\s+"
                                 r"[^.;⟨]{0,50}?,?\s+$", re.I)
_HOSTS_THEM = re.compile(r"(?:,[^.;⟨]{1,60},)?\s+(?:also\s+)?(?:briefed|welcomed|hosted|received|greeted|showed|guided|"
                         r"told|gave|took|walked|entertained|thanked)\s+(?:them|the\s+(?:visiting\s+)?(?:delegation|visitors|group|guests|delegates))\b", re.I)
# visitors, or a host receiving a delegation ("mayor X met with the Argentine delegation from
# Corrientes", "the delegation was received by the Governor"): the trip came to the record's places
_VISITORS = re.compile(r"\b(?:visiting|visitors|guests)\b|\b(?:met|meets|welcomed|welcomes|received|receives|hosted|hosts|greeted)\s+(?:with\s+)?"
                       r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:delegation|mission)\b|\b(?:delegation|mission)\b[^.;]{0,100}?\b(?:was|were)\s+"
                       r"(?:warmly\s+)?(?:received|welcomed|hosted|greeted)\b", re.I)
_DEMONYM_PARTY = re.compile(r"(?:\b(?:delegation|mission|group)\s+of\s+(?:some\s+|about\s+|around\s+|over\s+|more\s+than\s+)?\d+\s+)(" + "|".join(vocab.DEMONYMS) + r")\b(?!\s+[a-z])|"
                            # "a delegation of 21 Chinese, including ...": the visitors by their demonym alone
                            r"\b(" + "|".join(vocab.DEMONYMS) + r")\s+(?:[\w-]+\s+){0,2}?(?:delegation|delegates|mission|team|business\s*people|businesspeople|entrepreneurs|visitors|guests|companies|firms|businesses|exporters|"
                            r"(?:" + vocab.ROLE_RE.pattern + r")|governors|mayors|premiers)", re.I)
# Further stops of a trip ("signed two memoranda in Qingdao", "will take him to Abu Dhabi,
# Dubai and Doha"): places the mission went, after the main destinations.
_DEST_EXTRA = [
    _compile(r"\b(?:signed|signing|sign)\b[^⟨.;]{0,60}?\bin\s+{CITY:d}"),
    _compile(r"\b(?:take|takes|took|taking)\s+(?:him|her|them|the\s+(?:delegation|mission|party|visitors))\s+to\s+(?:the\s+)?{PLACES:d}"),
    _compile(r"\b(?:flew|flying|flies)\s+(?:on\s+)?to\s+(?:the\s+)?{PLACES:d}"),
    # "the delegation would meet the High Commissioner of Pakistan in Nairobi": a stop's city
    _compile(r"\b(?:meet|meets|met|meeting|meetings)\b[^⟨.;]{0,60}?(?:⟨[A-Z]\d+⟩[^⟨.;]{0,30}?)?\bin\s+{CITY:d}"),
    # "before continuing to Belgium", "the delegation then moved on to Japan"
    _compile(r"\b(?:continu(?:e|ed|ing|es)(?:\s+on)?|mov(?:ed|ing|es)\s+on|went\s+on|going\s+on|head(?:ed|ing|s)\s+on|travell?(?:ed|ing)\s+on)\s+to\s+(?:the\s+)?{PLACES:d}"),
    # "The trade mission, which runs from 24 September to 4 October and covers Seoul and Tokyo"
    _compile(r"\b(?:mission|programme|program|trip|visit|tour|itinerary)\b[^.;]{0,80}?\b(?:covers|covered|covering|spans|spanned|spanning)\s+(?:the\s+)?{PLACES:d}"),
]
_TRAVEL_CUE = re.compile(r"\b(?:travels?\s+to|will\s+travel|departed|departs|continu(?:e|es|ed|ing)\s+on\s+to|head(?:s|ed|ing)?\s+to|delegation|mission|visit|visited|visiting|visits|trip|travell?ed|arrived|landed|flew|toured|tours?|outreach|talks|met|meets|meetings?|stop|visitors|delegates|guests|days?\s+\d+|coming|receiving|hosting|welcoming)\b", re.I)
_DATE = re.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})\b")
# (not "since 2017": a trip is not dated by when something began)
# (nor by "an alliance founded in 2002")
_YEAR = re.compile(r"(?<!founded\s)(?<!established\s)(?<!created\s)(?<!formed\s)(?<!launched\s)(?<!built\s)(?<!opened\s)"
                   r"\b(?:in|during)\s+((?:19|20)\d{2})\b")
_MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July",
                                        "August", "September", "October", "November", "December"], 1)}
_ARTICLE = ("United ", "Netherlands", "Philippines", "Czech Republic")


_THE_TITLE = re.compile(r"(?:^|[.;:]\s+|\b)(?-i:The|the)\s+(Premier|Governor|Mayor|Prime\s+Minister|Chief\s+Minister|First\s+Minister|President)\b"
                        r"(?=\s+(?:also\s+)?(?:spent|visited|travell?ed|arrived|flew|led|leads|toured|met|was\s+in|is\s+in|will\s+(?:visit|travel|lead|spend)))")


def _the_titled_traveller(marked, travel: list[bool]) -> list[int]:
    """"The Premier spent seven days in China": the record's one person holding that title."""
    for mk, travels in zip(marked, travel):
        if not travels:
            continue
        t = _THE_TITLE.search(mk.text)
        if not t:
            continue
        title = re.compile(r"\b" + t.group(1).replace(" ", r"\s+") + r"\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,2}?⟨P(\d+)⟩")
        holders = {mk2.index[int(m.group(1))] for mk2 in marked for m in title.finditer(mk2.text)}
        return list(holders) if len(holders) == 1 else []
    return []


_SENT_TO = re.compile(r"\b(?:mission|visit|trip|delegation|journey|travell?ed|travels|travel)\s+(?:[\w-]+\s+){0,2}?to\s+(?:the\s+)?⟨[KRC](\d+)⟩")


def _sent_to(marked) -> set[int]:
    """The places a mission, visit or trip goes "to", by the text's own words."""
    return {mk.index[int(m.group(1))] for mk in marked for m in _SENT_TO.finditer(mk.text)}


def _leaders_region(marked, entities: list[Entity], places: dict, country: int, leaders: list[int]) -> int:
    """"A delegation of 21 Chinese ... is led by vice-governor X, who is responsible for farming in
    Hebei province": the one region of the party's country named beside its leader is the party."""
    home = places[country].country
    found = set()
    for mk in marked:
        named = markers(mk.text, mk)
        if not any(l in named for l in leaders):
            continue
        found.update(i for i in named if i != country and i in places and places[i].country == home
                     and entities[i].type == "Region")
    return found.pop() if len(found) == 1 else country


# "Vice President Li had met Chief Minister Banerjee in 2015": the past perfect dates an earlier event
_EARLIER = re.compile(r"\bhad\s+(?:already\s+|previously\s+|first\s+)?(?:met|been|sent|made|led|held|signed|visited|promised|travell?ed|\w+ed)\b", re.I)


# "After meeting in Georgia in 2014, this year's meeting was held in Bavaria": the year is another's
_THIS_YEAR = re.compile(r"\bthis\s+year\b", re.I)


@dataclass
class Mission:
    party: int | None = None
    leaders: list[int] = field(default_factory=list)
    destinations: list[int] = field(default_factory=list)
    date: str | None = None
    sentence: Sentence | None = None
    date_sentence: Sentence | None = None
    name: str | None = None
    other_names: list[str] = field(default_factory=list)
    members: list[int] = field(default_factory=list)  # travellers named who do not lead it


_RANGE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|and|-|–|until)\s*\d{1,2}(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d{4})")


def date_in(text: str, year: str | None = None) -> str | None:
    """An ISO date (or year-month, or year) for the first date the text gives; a range
    ("1 to 5 March 2016") gives its first day; a day without a year takes ``year``."""
    r = _RANGE.search(text)
    if r and (r.group(3) or year):
        return f"{r.group(3) or year}-{_MONTHS[r.group(2)]:02d}-{int(r.group(1)):02d}"
    m = _DATE.search(text)
    if m:
        day = m.group(1) or m.group(3)
        month = _MONTHS[m.group(2)]
        return f"{m.group(4)}-{month:02d}-{int(day):02d}" if day else f"{m.group(4)}-{month:02d}"
    d = _DAY_MONTH.search(text)
    if d and year:
        return f"{year}-{_MONTHS[d.group(2)]:02d}-{int(d.group(1)):02d}"
    y = _YEAR.search(text)
    return y.group(1) if y else None


def find_mission(marked: list[Marked], entities: list[Entity], places: dict,
                 year: str | None = None) -> Mission | None:
    """The record's main mission, or None when the text reports no travel."""
    scores: dict[int, float] = {}
    first_seen: dict[int, int] = {}
    leaders: list[int] = []
    heads: set[int] = set()
    evid: Sentence | None = None
    visiting = False
    # every pattern below is tried through its gate (cues.py), on the sentence's folded text
    travel = [cues.search(_TRAVEL_CUE, mk.sentence.text, mk.sentence.folded) is not None for mk in marked]
    for k, mk in enumerate(marked[:10]):
        if _DATELINE.match(mk.text):
            travel[k] = True  # "SUWON, South Korea - ...": the story happened there
            break
    for mk, travels in zip(marked, travel):
        if not travels:
            if cues.search(_LED_BY_CUE, mk.sentence.text, mk.sentence.folded):  # "The group is led by ..."
                _add_leaders(mk, entities, leaders, heads)
            continue
        visiting = visiting or bool(cues.search(_VISITORS, mk.sentence.text, mk.sentence.folded))
        weight = 1.5 if mk.sentence.index < 4 else 1.0
        for rx, w in _PARTY_PATTERNS:
            for m in cues.finditer(rx, mk.text, mk.folded):
                named = markers(m.group("p"), mk)
                for idx in named:  # "visitors from A, B and C": members' places, not one party
                    scores[idx] = scores.get(idx, 0) + w * weight / len(named)
                    first_seen.setdefault(idx, mk.sentence.index)
                    evid = evid or mk.sentence
        for dm in cues.finditer(_DEMONYM_PARTY, mk.sentence.text, mk.sentence.folded):
            if _MET_BEFORE_DEMONYM.search(mk.sentence.text, max(0, dm.start() - 30), dm.start()):
                continue  # "will also meet with South Korean President X": the host's side
            dg = 1 if dm.group(1) else 2
            demonym = _DEMONYM_KEY.get(dm.group(dg).casefold())
            if demonym is None:
                continue  # the regex ignores case ("BavariaN", "Chineſe"); the table does not
            target = fold(vocab.DEMONYMS[demonym])
            hits = [i for i, e in enumerate(entities) if e.type in ("Country", "Region", "City") and (
                fold(e.name) == target or target in {fold(a) for a in e.aliases}
                or (i in places and fold(places[i].name) == target))]
            if not hits:  # "a Belgian economic mission" names Belgium, which the text never spells out
                hits = _demonym_place(entities, places, vocab.DEMONYMS[demonym],
                                      mk.sentence.start + dm.start(dg), mk.sentence.start + dm.end(dg))
            for i in hits:
                scores[i] = scores.get(i, 0) + (2.0 if dg == 1 or _MISSION_AFTER.match(mk.sentence.text, dm.end(dg)) else 1.0) * weight
                first_seen.setdefault(i, mk.sentence.index)
        if _add_leaders(mk, entities, leaders, heads):
            evid = evid or mk.sentence
    if not leaders:
        leaders.extend(_the_titled_traveller(marked, travel))
    party = None
    if scores:
        # "Cameron leads China trade mission ... his country's biggest ever trade mission to China":
        # a place the text sends the mission to is not the one that sends it
        for i in _sent_to(marked):
            if i in scores and (len(scores) > 1 or scores[i] < 2.0):  # (a lone strong cue stands)
                del scores[i]
    if scores:
        party = max(scores, key=lambda i: (scores[i], -first_seen[i]))
        if scores[party] < 1.0:
            party = None
        elif entities[party].type == "Country" and party in places:
            # "a delegation from China ... the visitors are from Zhejiang": the province is the party
            inner = [i for i, v in scores.items() if v >= 0.8 * scores[party] and i in places and i != party
                     and entities[i].type in ("Region", "City") and places[i].country == places[party].country]
            if inner:
                party = max(inner, key=lambda i: (scores[i], -first_seen[i]))
    if leaders and (party is None or scores.get(party, 0) < 2.0):
        # "Governor Eric Greitens of Missouri came home from his trade mission" outweighs
        # "many Chinese companies": the leader's own place is the party
        home = _home_of(marked, entities, leaders[0])
        if home is not None:
            party = home
    if party is not None and entities[party].type == "Country" and party in places and leaders and not any(party in markers(mk.text, mk) for mk in marked):
        party = _leaders_region(marked, entities, places, party, leaders)
    if party is None and leaders:
        party = leaders[0]
    if party is None:
        party = _home_of_travellers(marked, entities, places, travel)
    if party is None:
        return _promotion_week(marked, entities, places)
    dests: list[int] = []
    date = None
    date_sent = None
    for mk, travels in zip(marked, travel):
        if not travels and mk.sentence.index > 2:
            continue
        for rx in _DEST_PATTERNS:
            for m in cues.finditer(rx, mk.text, mk.folded):
                before = mk.text[max(0, m.start() - 30):m.start()]
                if re.search(r"(?:based|headquartered|born|offices?|located)\s*$", before):
                    continue
                if _FUTURE_BEFORE.search(mk.text, max(0, m.start() - 40), m.start() + 12):
                    continue  # "members interested in future Chamber missions to the United States"
                if _ADJECTIVE_AFTER.match(mk.text, m.end("d")):
                    continue  # "a visit to the US city": the place names where the city is
                listed = [_place_of_body(entities, places, i) for i in markers(m.group("d"), mk)]
                for k, idx in enumerate(listed):
                    if k and _qualifies(places, listed[k - 1], idx):
                        continue  # "arrived in Pittsburgh, Pennsylvania": the state only locates the city
                    if idx != party and idx not in dests and not _contains(entities, party, idx, places):
                        dests.append(idx)
                        evid = evid or mk.sentence
        if date is None and travels:
            date = date_in(mk.sentence.text, year)
            if date and len(date) == 4 and (_EARLIER.search(mk.sentence.text) or _THIS_YEAR.search(mk.sentence.text)):
                date = None  # "X had met Y in 2015 and promised to send a delegation": an earlier event
            if date and year and year.isdigit() and abs(int(date[:4]) - int(year)) > 1:
                date = None  # "restrictions in place since 2020": not when this trip happened
            date_sent = mk.sentence if date else None
    if dests:
        for mk, travels in zip(marked, travel):
            if not travels and mk.sentence.index > 2:
                continue
            for rx in _DEST_EXTRA:
                for m in cues.finditer(rx, mk.text, mk.folded):
                    for idx in markers(m.group("d"), mk):
                        if idx != party and idx not in dests and not _contains(entities, party, idx, places):
                            dests.append(idx)
    if not dests and visiting:
        # "briefed the visiting Bavarian business people": the record's most mentioned place
        # abroad is where the visitors went
        home = places.get(party).country if party in places else None
        cands = [i for i, e in enumerate(entities) if e.type in ("City", "Region", "Country") and i != party
                 and i in places and places[i].country != home and len(e.mentions) >= 2
                 and not _contains(entities, party, i, places)]
        if cands:
            dests.append(max(cands, key=lambda i: (len(entities[i].mentions), entities[i].type != "Country")))
    dests = _without_home_dateline(marked, dests, party, places)
    if not dests:
        return _promotion_week(marked, entities, places)
    party, leaders = _home_party(marked, entities, places, party, leaders, dests)
    leaders = [l for l in leaders if l != party]
    members: list[int] = []
    if any(l in heads for l in leaders):
        # "Governor X led the mission; Y, president of the university, travelled with him":
        # Y went, X led
        members = [l for l in leaders if l not in heads]
        leaders = [l for l in leaders if l in heads]
    mission = Mission(party, leaders, dests, date, evid, date_sent, members=members)
    articled = frozenset(_articled(marked))
    within = _regions_named_around(marked, dests)
    where = _destination_name(entities, dests, places, articled)
    mission.name = f"{entities[party].name} mission to {where}"
    # "arrived in Mumbai ... visited Delhi": a mission named for the country its cities lie in went there
    named = next((i for i, e in enumerate(entities) if e.type == "Country" and e.mentions
                  and where in (e.name, "the " + e.name)), None)
    if named is not None and named not in dests and named != party:
        dests.append(named)
    # other readings of who travelled: the runner-up party cues, the leader's own place, the
    # party's country ("a Belgian economic mission led by Princess Astrid")
    rivals = [i for i in sorted(scores, key=lambda i: (-scores[i], first_seen[i])) if i != party and scores[i] >= 1.0][:2]
    rivals += [h for h in (_home_of(marked, entities, l) for l in leaders[:1]) if h is not None]
    if entities[party].type in ("City", "Region"):
        rivals += [c for c in (country_of(entities, party, places),) if c is not None]
    rivals = [r for r in dict.fromkeys(rivals) if r != party and r not in dests]
    mission.other_names = _other_names(entities, party, dests + [r for r in within if r not in dests], places,
                                       mission.name, articled, rivals)
    if len(dests) >= 3:
        # "a trade mission to Japan, South Korea, and Hong Kong": the destination as the text lists it
        listed = [("the " if d in articled or entities[d].name.startswith(_ARTICLE) else "") + entities[d].name for d in dests[:4]]
        full = f"{entities[party].name} mission to {', '.join(listed[:-1])} and {listed[-1]}"
        if full != mission.name and full not in mission.other_names:
            mission.other_names.append(full)
    return mission


_PROMOTION_HEADS = frozenset("Week Weeks Days Day Expo Pavilion Showcase Roadshow Festival Fortnight Month".split())


def _without_home_dateline(marked, dests: list[int], party: int, places: dict) -> list[int]:
    """"BORDEAUX - A delegation from Nouvelle-Aquitaine travelled to Montreal": a release dated
    at home, in the party's own country, while the trip went abroad, was not sent from a stop."""
    home = places[party].country if party in places else None
    if home is None or not any(d in places and places[d].country != home for d in dests):
        return dests
    for mk in marked[:10]:
        if _DATELINE.match(mk.text):
            city = mk.index[int(re.search(r"⟨C(\d+)⟩", mk.text).group(1))]
            if city in places and places[city].country == home:
                return [d for d in dests if d != city]
            break
    return dests


def _promotion_week(marked: list[Marked], entities: list[Entity], places: dict) -> Mission | None:
    """"Chile Week China 2016 ended in Beijing": a promotion named for its country, held abroad,
    is itself the mission, though no sentence says who travelled."""
    names = {fold(e.name): i for i, e in enumerate(entities) if e.type in ("Country", "Region", "City") and i in places}
    for i, e in enumerate(entities):
        if e.type != "Event":
            continue
        words = e.name.split()
        for cut in range(1, len(words)):
            party = names.get(fold(" ".join(words[:cut])))
            if party is not None and words[cut] in _PROMOTION_HEADS:
                break
        else:
            continue
        home = places[party].country
        dests: list[int] = []
        sentence = None
        for mk in marked:
            if not any(mk.index[int(m.group(2))] == i for m in re.finditer(r"⟨([A-Z])(\d+)⟩", mk.text)):
                continue
            sentence = sentence or mk.sentence
            for m in re.finditer(r"\b(?:in|to|across)\s+(?:the\s+)?((?:⟨[KRC]\d+⟩(?:\s*,\s*|\s+and\s+)?)+)", mk.text):
                for idx in markers(m.group(1), mk):
                    if idx in places and places[idx].country != home and idx not in dests:
                        dests.append(idx)
        if dests:
            mission = Mission(party, [], dests, None, sentence, None)
            mission.name = e.name
            return mission
    return None


def _other_names(entities: list[Entity], party: int, dests: list[int], places: dict, name: str,
                 articled: frozenset[int] = frozenset(), rivals: list[int] = ()) -> list[str]:
    """The same mission named from another side of the convention: by the country or the first
    city it went to, and by the place a party body belongs to or the council that speaks for a
    place party ("Invercargill mission to Suqian", "Invercargill City Council mission to Suqian")."""
    parties = [entities[party].name]
    p = entities[party]
    parties += [entities[r].name for r in rivals]
    for e in entities:
        if e.type != "GovernmentBody" or not e.mentions:
            continue
        if p.type in ("City", "Region") and re.fullmatch(re.escape(p.name) + r"(?:\s+(?:City|County|Borough|District|Metropolitan))?\s+(?:Council|Government|Authority)", e.name):
            parties.append(e.name)  # the council that speaks for the place
    if p.type in ("GovernmentBody", "Organisation"):
        for e in entities:
            if e.type in ("City", "Region", "Country") and p.name.startswith(e.name + " "):
                parties.append(e.name)  # the place a body belongs to
    targets = [_destination_name(entities, dests, places, articled)]
    cities = [entities[i].name for i in dests if entities[i].type == "City"]
    if len(cities) >= 2:
        targets.append(" and ".join(cities[:2]))  # "travelled to Montreal and Quebec City"
    for i in dests:
        if entities[i].type == "Country" and entities[i].name not in targets:
            targets.append(entities[i].name)
    for i in dests:  # "the programme in New York ... a service in Manhattan": either city names it
        if entities[i].type in ("City", "Region"):
            targets.append(entities[i].name)
    for i in dests:
        if entities[i].type == "Region":
            targets.append(("the " if i in articled else "") + entities[i].name)
    for i in dests:  # the country a destination city lies in, and the names the record gives it
        c = country_of(entities, i, places)
        if c is not None:
            targets.append(entities[c].name)
        targets.extend(a for a in entities[i].aliases if not a.isupper())
    for i in dests:  # "arrived in East London in the Eastern Cape": the province is a destination too
        for j, q in places.items():
            if (entities[i].type == "City" and q.type == "Region" and i in places and j != i
                    and places[i].country == q.country and places[i].admin1 and places[i].admin1 == q.admin1
                    and entities[j].mentions):
                targets.append(("the " if j in articled else "") + entities[j].name)
    out = []
    for who in dict.fromkeys(parties):
        for where in dict.fromkeys(targets):
            where = "the " + where if where.startswith(_ARTICLE) and not where.startswith("the ") else where
            alt = f"{who} mission to {where}"
            if alt != name and alt not in out:
                out.append(alt)
    return out[:12]


_LED_BY_CUE = re.compile(r"\b(?:led|headed)\s+by\b|^\s*(?:[-*•]\s+)?(?:\*\*|__)?(?:(?:Delegation\s+|Mission\s+)?Leaders?|Heads?\s+of\s+(?:the\s+)?delegation)\b", re.I)


# Words that make a traveller the trip's leader, not only one of those who went
_LEADS = re.compile(r"\b(?:led|leads|leading|lead|headed|heads|head)\b|[’']s?\s+(?:[\w-]+\s+|⟨S\d+⟩\s+){0,3}(?:mission|visit|trip|delegation|tour)\b", re.I)


_EARLIER_BEFORE = re.compile(r"\b(?:followed|follows|following|after|since|recalled|recalling|built\s+on|builds\s+on)\s+"
                            r"(?:the\s+|last\s+year[’']s\s+)?(?:(?-i:[A-Z])[\w.-]*\s+){0,3}$", re.I)


def _add_leaders(mk: Marked, entities: list[Entity], leaders: list[int], heads: set[int] | None = None) -> bool:
    """Append the people the sentence says lead or make the trip; True when it names any.
    ``heads`` collects those the sentence says lead it ("led by X", "X's mission", a
    "Leaders:" label, "companies joined X on a mission") rather than only travel."""
    found = False
    for rx, says_leads in _LEADER_PATTERNS:
        for m in cues.finditer(rx, mk.text, mk.folded):  # through its gate (cues.py)
            if _MET_BEFORE.search(mk.text, max(0, m.start("p") - 40), m.start("p")) or \
                    _RECEIVED_BY_BEFORE.search(mk.text, max(0, m.start("p") - 140), m.start("p")):
                continue  # "the minister met X, Minister of Y, and visited ...": X is a host
            if _EARLIER_BEFORE.search(mk.text, max(0, m.start("p") - 50), m.start("p")):
                continue  # "The trip followed President X's visit to Vietnam": another, earlier trip
            leads = says_leads or bool(_LEADS.search(m.group(0)))
            if _HOSTS_THEM.match(mk.text, m.end("p")):
                continue  # "where President X briefed them ..., and visited ...": X is the host
            spouse = rx is _SPOUSE_PATTERN
            for idx in markers(m.group("p"), mk):
                if entities[idx].type == "Person":
                    found = True
                    if spouse:  # the leader, not the First Lady named after, heads the list
                        if idx in leaders:
                            leaders.remove(idx)
                        leaders.insert(0, idx)
                    elif idx not in leaders:
                        leaders.append(idx)
                    if leads and heads is not None:
                        heads.add(idx)
    return found


_DEMONYM_KEY = {k.casefold(): k for k in vocab.DEMONYMS}
_MET_BEFORE_DEMONYM = re.compile(r"\b(?:meet|meets|met|meeting|talks|hosted|welcomed|received|greeted|invitation)\s+(?:with\s+|by\s+|of\s+)?(?:the\s+)?$", re.I)
_MISSION_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:delegation|mission|delegates)\b", re.I)


def _demonym_place(entities: list[Entity], places: dict, name: str, start: int, end: int) -> list[int]:
    """Add the place a demonym stands for as an entity (mentioned by the demonym) and return it."""
    from ..model import Span, entity_id
    from .gazetteer import load

    place = load().resolve(name)
    if place is None or place.type not in ("Country", "Region"):
        return []
    e = Entity(id=entity_id(place.type, place.name if place.type != "Country" else name, place.qualifier),
               name=name, type=place.type, mentions=[Span(start, end)])
    if place.geonameid:
        e.identifiers["geonames"] = place.geonameid
    if place.type == "Country":
        e.identifiers["iso3166"] = place.country
    for i, other in enumerate(entities):
        if other.id == e.id:
            return [i]
    entities.append(e)
    places[len(entities) - 1] = place
    return [len(entities) - 1]


def _place_of_body(entities: list[Entity], places: dict, idx: int) -> int:
    """A host council stands for its place: "Tewkesbury Borough Council" -> Tewkesbury."""
    e = entities[idx]
    if e.type != "GovernmentBody":
        return idx
    best = None
    for i, other in enumerate(entities):
        if other.type in ("City", "Region") and e.name.startswith(other.name + " "):
            if best is None or len(other.name) > len(entities[best].name):
                best = i
    if best is not None:
        return best
    from ..model import Span, entity_id
    from .gazetteer import load

    gaz = load()
    words = e.name.split()
    for k in range(len(words) - 1, 0, -1):
        head = " ".join(words[:k])
        place = gaz.resolve(head) if head in gaz else None
        if place is not None and place.type in ("City", "Region"):
            start = e.mentions[0].start if e.mentions else 0
            new = Entity(id=entity_id(place.type, head, place.qualifier), name=head, type=place.type,
                         mentions=[Span(start, start + len(head))] if e.mentions else [])
            if place.geonameid:
                new.identifiers["geonames"] = place.geonameid
            for i, other in enumerate(entities):
                if other.id == new.id:
                    return i
            entities.append(new)
            places[len(entities) - 1] = place
            return len(entities) - 1
    return idx


def _place_of_council(entities: list[Entity], home: int) -> int:
    """The leader of Northampton Borough Council travelling speaks for Northampton, as a mayor
    for the city (§1 party); a delegation sent by the council itself is found by the party
    patterns, not here."""
    m = vocab.LOCAL_COUNCIL.fullmatch(entities[home].name) if entities[home].type == "GovernmentBody" else None
    if m:
        for i, e in enumerate(entities):
            if e.type in ("City", "Region") and e.name == m.group("place") and e.mentions:
                return i
    return home


def _home_of(marked, entities: list[Entity], person: int, bodies: bool = False) -> int | None:
    """The place a person's title ties them to: "X, the Mayor of London", "Québec Premier X";
    with ``bodies``, else the university or body it ties them to ("WKU President X")."""
    body = None
    for mk in marked:
        for rx in _HOME_PATTERNS:
            for m in cues.finditer(rx, mk.text, mk.folded):  # through its gate (cues.py)
                if person not in markers(m.group("x"), mk):
                    continue
                for idx in markers(m.group("p"), mk):
                    if entities[idx].type in ("Country", "Region", "City"):
                        return idx
                    if body is None and entities[idx].type in ("University", "GovernmentBody", "Organisation"):
                        body = idx
    return body if bodies else None


def _home_party(marked, entities: list[Entity], places: dict, party: int, leaders: list[int],
                dests: list[int]) -> tuple[int, list[int]]:
    """The delegation is named after the place or body it represents, not the person leading
    it nor the agency organising it: a leader stands for the place he or she governs ("Boris
    Johnson, the Mayor of London" -> London); a government body or agency for the place in its
    name ("NRW.INVEST GmbH" -> NRW, "Leeds City Region Enterprise Partnership" -> Leeds City
    Region) or else the record's most mentioned home country or region. Chambers, associations
    and other non-governmental bodies lead for themselves."""
    etype = entities[party].type
    if etype in ("Country", "Region", "City", "Organisation", "University"):
        return party, leaders
    dest_countries = {places[d].country for d in dests if d in places}
    home = None
    if etype == "Person":
        home = _home_of(marked, entities, party, bodies=True)
        if home is not None:
            home = _place_of_council(entities, home)
        if home is not None and home not in dests:
            return home, [party] + [l for l in leaders if l != party]
        for mk in marked:
            for rx in _HOME_PATTERNS:
                for m in cues.finditer(rx, mk.text, mk.folded):  # through its gate (cues.py)
                    if party not in markers(m.group("x"), mk):
                        continue
                    for idx in markers(m.group("p"), mk):
                        if idx not in dests and entities[idx].type in ("Country", "Region", "City"):
                            home = idx
                            break
                    if home is not None:
                        break
                if home is not None:
                    break
            if home is not None:
                break
    else:
        pname = entities[party].name
        words = [w for w in re.split(r"[^\w’'-]+", pname) if w]
        homes = []
        for i, e in enumerate(entities):
            if e.type not in ("Region", "Country", "City") or i in dests:
                continue
            for n in [e.name, *e.aliases]:
                nw = n.split()
                if pname.startswith(n + " ") or (len(nw) == 1 and words and words[0] == n) or (
                        pname.startswith("Office of ") and pname.endswith(" of " + n)):
                    homes.append(i)  # "NRW.INVEST GmbH", "Office of the Governor of Washington"
                    break
        if homes:
            home = max(homes, key=lambda i: len(entities[i].name))
    if home is None:
        # the record's most mentioned home place outside the countries visited
        kinds = ("Region", "Country", "City") if etype == "Person" and _is_mayor(marked, entities[party]) else ("Region", "Country")
        homes = [i for i, e in enumerate(entities) if e.type in kinds and i in places
                 and i not in dests and places[i].country not in dest_countries and e.mentions]
        if homes:
            cand = max(homes, key=lambda i: len(entities[i].mentions))
            if len(entities[cand].mentions) >= 2:
                home = cand
    if home is None and etype == "Person":
        # "JEFFERSON CITY - Gov. X will travel to the UK and Ireland ... relationships in Missouri":
        # the dateline's city lies in the region the record names most; that region is home
        best_home, inside_best = None, []
        for i, e in enumerate(entities):
            if e.type != "Region" or i not in places or i in dests or len(e.mentions) < 2 or not places[i].admin1:
                continue
            inside = [d for d in dests if d in places and places[d].country == places[i].country
                      and places[d].admin1 == places[i].admin1]
            rest = {places[d].country for d in dests if d in places and d not in inside}
            if inside and rest and places[i].country not in rest and (
                    best_home is None or len(e.mentions) > len(entities[best_home].mentions)):
                best_home, inside_best = i, inside
        if best_home is not None:
            home = best_home
            dests[:] = [d for d in dests if d not in inside_best]
    if home is None or home == party:
        return party, leaders
    if etype == "Person":
        leaders = [party] + [l for l in leaders if l != party]
    return home, leaders


_MAYOR_BEFORE = re.compile(r"\b(?:Mayor|mayor)\s+$")


def _is_mayor(marked, person: Entity) -> bool:
    """"led by Mayor Sylvester Turner": a mayor whose city the text leaves to the reader."""
    starts = {m.start for m in person.mentions}
    for mk in marked:
        sent = mk.sentence
        for a in starts:
            if sent.start <= a < sent.end and _MAYOR_BEFORE.search(sent.text, max(0, a - sent.start - 8), a - sent.start):
                return True
    return False


_FUTURE_BEFORE = re.compile(r"\b(?:future|next|upcoming|further)\s+(?:[\w-]+\s+){0,2}?(?:missions?|visits?|trips?|delegations?)\b", re.I)
_ADJECTIVE_AFTER = re.compile(r"\s+(?:city|capital|state|town|port|metropolis|megacity|province|region|county|"
                             r"government|side|market|economy|company|companies|firms?|businesses)\b")


_DATELINE = re.compile(r"^\W{0,4}⟨C\d+⟩(?:,\s+(?:the\s+)?⟨[KRC]\d+⟩)?(?:,\s+\d{1,2}\s+\w+(?:\s+\d{4})?)?\s*(?:\(\w+\)\s*)?[-–—:]\s")


def _home_of_travellers(marked, entities: list[Entity], places: dict, travel: list[bool] | None = None) -> int | None:
    """With a trip but no named delegation ("this week's visit to Mexico by a delegation from
    his state"), the delegation comes from the record's most mentioned place that lies outside
    every country the trip went to."""
    dests: set[int] = set()
    for k, mk in enumerate(marked):
        if not (travel[k] if travel is not None else _TRAVEL_CUE.search(mk.sentence.text)):
            continue
        for rx in _DEST_PATTERNS[:1]:
            for m in cues.finditer(rx, mk.text, mk.folded):  # through its gate (cues.py)
                dests.update(markers(m.group("d"), mk))
        if _DATELINE.match(mk.text):
            dests.add(mk.index[int(re.search(r"⟨C(\d+)⟩", mk.text).group(1))])
    dest_countries = {places[d].country for d in dests if d in places}
    if not dest_countries:
        return None
    homes = [i for i, e in enumerate(entities) if e.type in ("Country", "Region", "City") and i in places
             and i not in dests and places[i].country not in dest_countries and len(e.mentions) >= 2]
    if not homes:
        return None
    best = max(homes, key=lambda i: (len(entities[i].mentions), entities[i].type != "City"))
    return best if len(entities[best].mentions) >= 3 else None


def _qualifies(places: dict, inner: int, outer: int) -> bool:
    """``outer`` is the region or country that ``inner`` (named just before it) lies in."""
    a, b = places.get(inner), places.get(outer)
    if a is None or b is None or a.country != b.country or a.type == b.type:
        return False
    if b.type == "Country":
        return True
    return b.type == "Region" and a.type == "City" and a.admin1 is not None and a.admin1 == b.admin1


def _contains(entities: list[Entity], party: int, idx: int, places: dict) -> bool:
    """A destination inside the party's own territory (Leeds for Leeds City Region) is no trip."""
    p, d = entities[party], entities[idx]
    if p.type in ("Country",) and idx in places and party in places:
        return places[idx].country == places[party].country
    if d.type == "Country" and p.type in ("Region", "City") and idx in places and party in places:
        return places[idx].country == places[party].country  # Queensland's trip is not to Australia
    if d.type == "City" and p.type == "Region" and idx in places and party in places:
        a, b = places[idx], places[party]
        if a.country == b.country and a.admin1 and a.admin1 == b.admin1:
            return True  # "REGINA - Saskatchewan's Premier ...": a dateline at home
    return fold(d.name) in fold(p.name) and d.type != "Country"


def country_of(entities: list[Entity], idx: int, places: dict) -> int | None:
    """The record's Country entity that contains place ``idx``."""
    if idx not in places:
        return None
    code = places[idx].country
    return next((i for i, e in enumerate(entities) if e.type == "Country" and i in places
                 and places[i].country == code and i != idx), None)


def region_of(entities: list[Entity], idx: int, places: dict) -> int | None:
    """The record's Region entity that holds city ``idx``."""
    city = places.get(idx)
    if city is None or city.type != "City" or not city.admin1:
        return None
    return next((i for i, e in enumerate(entities) if e.type == "Region" and e.mentions and i in places
                 and places[i].country == city.country and places[i].admin1 == city.admin1), None)


_THE_NAME = re.compile(r"\bthe\s+⟨[KRC](\d+)⟩(?=[,.;:)]|\s+(?:and|or|in|on|to|for|with|was|is|where|region|area)\b|$)", re.I)


_CITY_IN_REGION = re.compile(r"⟨C(\d+)⟩,?\s+in\s+(?:the\s+)?⟨R(\d+)⟩")


def _regions_named_around(marked, dests: list[int]) -> list[int]:
    """Regions the text places a destination city in ("East London in the Eastern Cape")."""
    out: list[int] = []
    for mk in marked:
        for m in _CITY_IN_REGION.finditer(mk.text):
            city, region = mk.index[int(m.group(1))], mk.index[int(m.group(2))]
            if city in dests and region not in out:
                out.append(region)
    return out


def _articled(marked) -> set[int]:
    """Places the record itself names with "the" ("a tour of the Gulf", "in the Eastern Cape")."""
    out: set[int] = set()
    for mk in marked:
        if "⟩" in mk.text:
            out.update(mk.index[int(m.group(1))] for m in _THE_NAME.finditer(mk.text))
    return out


def _destination_name(entities: list[Entity], dests: list[int], places: dict, articled: frozenset[int] = frozenset()) -> str:
    countries, codes = [], set()
    for i in dests:
        if entities[i].type == "Country":
            code = places[i].country if i in places else entities[i].name
            if code not in codes:  # Wales beside the United Kingdom: one country visited
                codes.add(code)
                countries.append(i)
    cities = [i for i in dests if entities[i].type == "City"]
    shared = {country_of(entities, i, places) for i in cities}
    if countries:
        # "will head to Germany ... then continue on to Tel Aviv, Israel": the city's named country too
        for i in cities:
            c = country_of(entities, i, places)
            if c is not None and places[c].country not in codes:
                codes.add(places[c].country)
                countries.append(c)
    if len(countries) > 1:
        name = " and ".join(entities[i].name for i in countries[:2])
    elif len(cities) > 1 and len(shared) == 1 and None not in shared:
        name = entities[shared.pop()].name
    else:
        name = entities[dests[0]].name
        if dests[0] in articled and not name.startswith(("The ", "the ")):
            return "the " + name
    if name.startswith(_ARTICLE):
        name = "the " + name
    return name
