"""Candidate mentions: capitalised spans, acronyms, sectors, and the type cues around them.

A ``Mention`` is a span of the record text with votes for entity types. Votes come from the
span itself (heads such as "University", legal suffixes, the gazetteer) and from its context
(appositions "X, a robotics manufacturer", "the headquarters of X", "said Jane Doe",
"coverage ... including X"). Resolution into entities happens in ``entities.py``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from . import vocab
from .cues import fold as cue_fold
from .cues import needs, starts
from .gazetteer import Gazetteer, fold
from .lexicon import is_first_name, is_foreign_word, zipf
from .text import Sentence, sentence_at
from .memo import names_cache

_UP = "A-Z\u00C0-\u00D6\u00D8-\u00DE"
# A hyphenated lower-case syllable continues a short given name ("Choi Su-gyu", "Lee Nak-yeon",
# "Chiang Pin-kung"), unless it is a descriptor ("Kong-based", "Leeds-led").
_SYLLABLE = (r"-(?!(?:based|led|born|bred|run|owned|made|wide|style|bound|era|ish|ist|esque|"
             r"area|city|side|type|like|only|free|wise|year|day|week|scale|level|term|class|rich|proof|ready|"
             r"speed|sized|shaped|run|up|in|out|on|off|to|for|and|the)\b)[a-z]{2,5}\b")
# a brand written from a lower-case letter: "exporTT", "iNDEXTb", "eThekwini" (see _camel_brand)
_LOWER_BRAND = rf"[a-z]{{1,5}}[{_UP}][\w]*"
_TOK = rf"(?:(?:[A-Z]\.){{1,3}}(?=[ \u00a0][A-Z])|{_LOWER_BRAND}|[{_UP}][\w]*(?:[’'&.][\w]+)*(?:(?<=s)[’'](?=[ \u00a0][{_UP}]))?(?:(?:-|–(?=[{_UP}]))(?:[{_UP}0-9][\w]*|(?:on|upon|le|la|les|en|sur|de|des|am|im|in|of|lès)\b)(?:[’'][\w]+)*|{_SYLLABLE})*|[0-9]+[{_UP}][\w]*)"
_CONN = r"(?:/|[ \u00a0](?:of|for)[ \u00a0]the[ \u00a0]|[ \u00a0](?:de[ \u00a0]la|de[ \u00a0]las?|de[ \u00a0]los|van[ \u00a0]de[nr]?|von[ \u00a0]de[rnm])[ \u00a0]|[ \u00a0](?:of|for|and|&|de|du|des|la|le|von|van|der|den|di|da|do|dos|das|upon|y|al|el|bin)[ \u00a0]|[ \u00a0](?:19|20)\d\d[ \u00a0]|[ \u00a0]|-)"
CAP_SPAN = re.compile(rf"(?<![\w-]){_TOK}(?:{_CONN}{_TOK})*")
_TOKEN_IN_SPAN = re.compile(r"[^\s]+")
_ACRONYM_DEF = re.compile(r"\s?\((?:the\s+)?([A-Z][A-Za-z&.\-]{1,9}[A-Z]|[A-Z]{2,}\w*|[A-Z]{2,5}(?:[ \u00a0][A-Z][a-z]+){1,2})\)")
_ANY_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9&]{1,7}s?(?![\w-])")

# Context cues. Each: regex applied to text after (``after``) or before (``before``) a span.
_NOUN_TYPES = [
    ("University", r"university|college|institute|research (?:centre|center|institute)|school|academy"),
    ("MediaOutlet", r"newspaper|broadcaster|channel|magazine|news (?:agency|outlet|site|portal|website)|outlet|publication|tabloid|daily|broadsheet|television station|radio station"),
    ("GovernmentBody", r"ministry|government (?:department|agency|body)|agency|department|council|authority|regulator|embassy|consulate|municipal government|investment agency|development agency|trade agency|local authority"),
    ("Organisation", r"association|charity|chamber|foundation|trade body|membership body|organi[sz]ation|network|federation|not-for-profit|non-profit|ngo|think tank|cluster|consortium|club|society|trust|political party|party"),
    ("Event", r"forum|summit|fair|exhibition|conference|expo|festival|trade show|event|congress|convention"),
    ("Initiative", r"programme|program|initiative|scheme|project|policy|strategy|campaign|fund|redevelopment|regeneration"),
    ("City", r"city|town|port(?: city)?|capital|metropolis|municipality|district|village|hub"),
    ("Region", r"province|state|county|region|prefecture|territory"),
    ("Country", r"country|nation|kingdom|republic"),
    ("Firm", r"company|manufacturer|maker|firm|group|business|producer|supplier|provider|developer|"
             r"retailer|brand|conglomerate|giant|operator|start-?up|bank|insurer|consultancy|"
             r"multinational|corporation|enterprise|specialist|designer|weaver|exporter|importer|"
             r"distributor|investor|subsidiary|arm|carrier|airline|carmaker|automaker|house|"
             r"studio|agency|practice|leader|pioneer|player|vendor|chain|plant|fund manager|utility|companies|utilities"),
]
_APPOSITION = [(t, re.compile(
    rf",\s+(?:(?:a|an|the|its|their|one of the|one\s+of\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?[’']s)\s+)(?:[\w’'&/-]+\s+){{0,6}}?(?-i:{p})s?\b", re.I))
    for t, p in _NOUN_TYPES]
# "Jane Doe, a former member of ...", "X, a British-born specialist": a person in apposition
_PERSON_APPOSITION = re.compile(
    r",\s+(?:a|an|the|one of the)\s+(?:[\w’'-]+\s+){0,3}?(?-i:member|native|veteran|graduate|entrepreneur|"
    r"businessman|businesswoman|economist|engineer|lawyer|diplomat|politician|academic|researcher|scientist|"
    r"author|journalist|alumnus|alumna|daughter|son|wife|husband)\b|,\s+(?:a|an)\s+[\w-]+-born\b", re.I)
# (not "Nenagh, Co Tipperary", an Irish county)
_LEGAL_AFTER = re.compile(r"^,?\s+(?:Ltd|Limited|Inc|Corp|LLC|plc|PLC|GmbH|AG|S\.A|SA|Co(?!\.?\s+[A-Z][a-z]))\b\.?")
# the portfolio of a title ("Minister of State for European Affairs", "Economy and Digital Minister",
# "US Special Envoy"): a name-like span that is part of a role, not an entity
_PORTFOLIO_BEFORE = re.compile(r"\b(?:Minister(?:\s+of\s+State)?\s+(?:of|for)|Secretary\s+of\s+State\s+for|Secretary\s+(?:for|of)|"
                               r"Chancellor\s+of|(?:Commissioner|Envoy|Adviser|Advisor)\s+for)\s+(?:the\s+)?"
                               # "Minister of Jobs, Trade and Technology": the portfolio list goes on
                               r"(?:[A-Z][\w-]*(?:\s+(?:and|&)\s+[A-Z][\w-]*|\s+[A-Z][\w-]*){0,2},\s+(?:and\s+|&\s+)?)*$")
_IN_COUNTY_AFTER = re.compile(r",\s+(?:Co\.?|County)\s+[A-Z][a-z]")
_PORTFOLIO_AFTER = re.compile(r"^\s+(?:Cabinet\s+)?(?:Minister|Secretary|Envoy|Adviser|Advisor|Commissioner|Officer|Spokes(?:man|woman|person))\b")
_PUBLIC_AGENCY_APPOSITION = re.compile(
    r",\s+(?:a|an|the|its|their)\s+(?:[\w’'&/-]+\s+){0,4}?(?:state|public|government|national|regional|city|"
    r"promotion(?:al)?|investment|inward[-\s]investment|economic[-\s]development|development|growth|trade|export|"
    r"tourism)\s+(?:agency|body|board|authority)\b", re.I)
_APPOSITION_START = re.compile(r"^,\s+(?:a|an|the|its|their|one of the|one\s+of\s+[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?[’']s)\s", re.I)
_PRE_NOUN = [(t, re.compile(rf"\b(?:{p})s?\s+$", re.I)) for t, p in _NOUN_TYPES
             if t in ("Firm", "University", "MediaOutlet", "Organisation")]
_DESCRIBED = re.compile(r"\b(?:the|a|an)\s+(?:[\w’'-]+\s+){1,3}$", re.I)  # "the engineering consultancy X"
_ORG_OF = re.compile(r"\b(?:headquarters|head office|head offices|offices|home|factory|plant|"
                     r"site|subsidiary|shares|staff|employees|representatives|owner|founder|"
                     r"boss|acquisition|takeover|parent|brand|products|division|arm|"
                     r"operations|investment by|executives|managers|bosses|directors|shareholders|"
                     r"chairman|chairwoman|chief executive)\s+(?:of|at|from)\s+$", re.I)
# "Richard Taylor of Weta Workshop": a person's name, then "of", then the body the person is from
_PERSON_OF_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ \u00a0][A-Z][\w’'-]+[ \u00a0]of[ \u00a0]+$")
_BOUGHT_BEFORE = re.compile(r"\b(?:buying|bought|acquiring|acquired|acquire|purchasing|purchased|takeover\s+of|"
                            r"acquisition\s+of|stake\s+in|merger\s+with|merged\s+with)\s+(?:the\s+)?"
                            r"(?:[A-Z][\w&.’'-]*\s+(?:[A-Z][\w&.’'-]*\s+){0,3}(?:and|&)\s+)?$")
_PLACE_ROLE_OF = re.compile(r"\b((?:Lord\s+|Deputy\s+|Metro\s+)?Mayor(?:ess)?|Governor|Premier)\s+of\s+$")
_ROLE_OF_BEFORE = re.compile(r"\b(?:" + vocab.ROLE_WORDS + r")\s+(?:of|at)\s+(?:the\s+)?$", re.I)
_FIRM_AFTER = re.compile(r"^(?:[’']s)?,?\s+(?:which\s+)?(?:employs|employed|manufactures|makes|made|produces|"
                         r"acquired|bought|reported|posted|sells|supplies|is\s+(?:a|an|the)\s+"
                         r"(?:\w+\s+){0,4}(?:company|manufacturer|maker|firm|group|business))\b", re.I)
_CORPORATE_AFTER = re.compile(r"^(?:[’']s)?\s+(?:chairman|chairwoman|chief\s+executive|ceo|founder|boss|plant|plants|"
                              r"factory|factories|car\s+plant|dealership|shareholders|brand|subsidiary)\b(?!\s+of\b)")
_SAID_AFTER = re.compile(r"^,?\s+(?:said|says|added|commented|explained|noted|told|stated|"
                         r"remarked|concluded|continued|who\s|has\s+been\s+(?:the\s+)?|is\s+the\s+|"
                         r"was\s+the\s+)", re.I)
_SAID_BEFORE = re.compile(r"(?:\b(?:said|says|added|commented|explained|according\s+to|led\s+by|"
                          r"headed\s+by|chaired\s+by|founded\s+by|joined\s+by|accompanied\s+by|"
                          r"met(?:\s+with)?|spoke\s+with|and\s+(?:his|her)\s+\w+)|[“\"]\s*[,.]?)\s+$", re.I)
_ROLE_AFTER = re.compile(r"^\s*(?:,|\(|–|-)\s*(?:the\s+|its\s+|their\s+)?(?:[\w.&-]+[’']s\s+)?(?:"
                         + vocab.ROLE_WORDS + r")\b", re.I)
_MEDIA_LIST = re.compile(r"\b(?:coverage|featured|reported|press|media|broadcast|interview(?:ed)?|"
                         r"articles?|headlines)\b[^.;]{0,80}?\b(?:including|includ\w+|such\s+as|in|on|by)\s*:?\s*$", re.I)
_BASED = re.compile(r"^-(?:based|headquartered|registered|owned|born|listed)\b", re.I)
_STATE_OF_BEFORE = re.compile(r"\b(?:state|province|county|prefecture|region|canton|oblast)\s+of\s+$")
_HELD_IN_BEFORE = re.compile(r"(?:\b(?:held|hosted|based|located|headquartered|staged|town|city|village)|"
                             r"\b(?-i:Forum|Summit|Conference|Congress|Expo|Fair|Festival|Games))\s+in\s+$", re.I)
_IN_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|across|throughout|visit(?:ed|ing)?|near|outside|"
                              r"travel(?:l?ed)?\s+to)\s+(?:the\s+)?$", re.I)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    votes: dict[str, float] = field(default_factory=dict)
    role: str | None = None
    heading: bool = False
    sentence: int = -1
    year_prefix: int | None = None  # start offset of a "2019 " before an event name
    short: str | None = None  # the name without a tail the text added ("U.S. Embassy" of "... in Japan")

    def vote(self, etype: str, weight: float) -> None:
        self.votes[etype] = self.votes.get(etype, 0.0) + weight

    @property
    def best(self) -> tuple[str | None, float]:
        if not self.votes:
            return None, 0.0
        t = max(self.votes, key=self.votes.__getitem__)
        return t, self.votes[t]


def _is_heading(sent: Sentence) -> bool:
    if re.match(r"\s*[-*•–]\s", sent.text):
        return False  # "- John Giles, Mayor of Mesa": a list item names things, a heading titles them
    words = sent.text.split()
    if len(words) < 4 or sent.text.rstrip().endswith((".", "!", "?", ":", ";", ",")) is True and len(words) > 14:
        return False
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    small = sum(1 for w in words if w.lower() in ("of", "and", "the", "to", "in", "for", "a", "on", "with", "at", "&"))
    return caps >= 0.75 * max(1, len(words) - small) and not sent.text.rstrip().endswith(".")


def find_mentions(text: str, sentences: list[Sentence], gaz: Gazetteer) -> list[Mention]:
    """All candidate mentions in ``text`` with their type votes (entity types only)."""
    blocked = _role_blocks(text)
    headings = {s.index for s in sentences if _is_heading(s)}
    out: list[Mention] = []
    for m in CAP_SPAN.finditer(text):
        for start, end in _pieces(text, m.start(), m.end(), blocked, gaz):
            sent = sentence_at(sentences, start)
            if sent is None or end > sent.end:
                continue
            men = Mention(start, end, text[start:end], sentence=sent.index,
                          heading=sent.index in headings)
            if not _keep(men, sent, text):
                continue
            out.append(men)
    out = _extend_lowercase_heads(text, out)
    out = _extend_names(text, out, gaz)
    out = _acronym_expansions(text, out, sentences, headings)
    out = _titled_events(text, out, sentences, headings)
    for men in out:
        _span_votes(men, gaz)
        _context_votes(men, text, blocked, gaz)
    _acronym_votes(text, out)
    _list_cue_votes(text, out)
    titles = {m.group(1) for m in _TITLE_ACRONYM.finditer(text)}
    if titles:
        for men in out:
            if men.text in titles:
                men.vote("_portfolio", 5.0)
    return out


# Role titles are tried only where one of their capitalised first letters occur (cues.Starts).
_ROLE_SCAN = starts(vocab.ROLE_CAP)


def _role_blocks(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _ROLE_SCAN.finditer(text)]


_NAME_HONORIFICS = frozenset("Sheikh Sheikha Shaikh".split())
_SITE_HEADS = frozenset("Road Street Avenue Highway Bridge Mosque Stadium Airport Port Park Tower Hospital City "
                        "Centre Center Hall Palace Library Museum Square Prize Award".split())


def _named_for(last_word: str) -> bool:
    return last_word in _SITE_HEADS or _ends_with_name_head(last_word)
_SURNAME_TITLES = frozenset("King Queen Bishop Dean Judge Knight Marshal Lord Prince Sheriff".split())
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \u00a0]$")


_CREDIT_BEFORE = re.compile(r"\b(?:Photo|Photograph|Picture|Image|Credit|Photos)\s*:\s*(?:\w+\s+){0,3}$|\(\s*(?:\w+\s+){0,2}$", re.I)
_NAME_SLASH = re.compile(r"(?<=[a-z])/(?=[A-Z])|(?<=[A-Z]{2})/(?=[A-Z][a-z])")


def _pieces(text: str, start: int, end: int, blocked: list[tuple[int, int, str]], gaz) -> list[tuple[int, int]]:
    """Cut a raw capitalised run into name-like pieces."""
    cuts = [(start, end)]
    if "/" in text[start:end] and (text[end:end + 1] == ")" or _CREDIT_BEFORE.search(text, max(0, start - 30), start)):
        # "Mike Parson/Facebook", "AFP/Richard Stonehouse": a photo credit's two names
        sides, pos = [], start
        for sl in _NAME_SLASH.finditer(text, start, end):
            sides.append((pos, sl.start()))
            pos = sl.end()
        sides.append((pos, end))
        # (not "Flughafen Leipzig/Halle": one side must read as a person's name)
        if len(sides) > 1 and any(len(text[x:y].split()) >= 2 and is_first_name(text[x:y].split()[-2])
                                  for x, y in sides):
            cuts = sides
    # role phrases ("Prime Minister", "CEO") are not part of names
    for b0, b1, btext in blocked:
        if b1 <= start or b0 >= end:
            continue
        if btext in _NAME_HONORIFICS and (len(text[b1:end].split()) < 2 or _named_for(text[b1:end].split()[-1])):
            # "Sheikh Saoud": with one name after it, the honorific is part of how he is named;
            # "Sheikh Zayed Road", "Sheikh Khalifa Medical City": part of a name given in his honour
            continue
        if text.endswith(("Office of the ", "Office of "), max(start, b0 - 14), b0):
            continue  # "the Office of the Governor", "Office of the Prime Minister": a body named after the post
        given = _GIVEN_BEFORE.search(text, max(start, b0 - 30), b0) if btext in _SURNAME_TITLES and b1 >= end else None
        if given and is_first_name(given.group(1)):
            continue  # "Chief Executive Richard King": a surname, not a title
        nxt = []
        for a, b in cuts:
            if b0 >= b or b1 <= a:
                nxt.append((a, b))
                continue
            if b0 > a:
                nxt.append((a, b0))
            if b1 < b:
                nxt.append((b1, b))
        cuts = nxt
    result = []
    for a, b in cuts:
        royal = _ROYAL_OF.match(text, a + 1, b) if text[a:a + 1] == " " and _ROYAL_BEFORE.search(text, max(0, a - 30), a + 1) else None
        if royal and royal.end() == b and text[royal.start(2):b] in gaz:
            # "Crown Prince Frederik of Denmark": the royal's given name, then the country
            result.append((a + 1, royal.end(1)))
            a = royal.start(2)
        lead = _LEADING_CONNECTOR.match(text, a, b).end()
        post = _TITLE_TO_BEFORE.search(text, max(0, lead - 40), lead) if text[lead - 1:lead] == " " else None
        if post:
            split = _place_then_name(text, lead, b, gaz)
            if split:  # "U.S. Ambassador to South Korea Philip Goldberg": the post's place, then the name
                result.extend(_trim_and_split(text, a, split[0], gaz))
                result.extend(_trim_and_split(text, split[1], b, gaz))
                continue
        pieces = _trim_and_split(text, a, b, gaz)
        if pieces and pieces[0][0] == a + 3 and text[a:a + 3] == "He " and _MID_SENTENCE.search(text, max(0, a - 3), a):
            # "headed by He Xiangdong": mid-sentence, a capitalised "He" is a surname, not the pronoun
            pieces[0] = (a, pieces[0][1])
        result.extend(pieces)
    return result


_LEADING_CONNECTOR = re.compile(r"[ \u00a0]*(?:(?:of|to|for)[ \u00a0]+)?(?:the[ \u00a0]+)?")
_TITLE_TO_BEFORE = re.compile(r"(?:Ambassador|Consul(?:[- ]General)?|Envoy|Governor|Mayor|Premier|Minister|President|Commissioner|Secretary)"
                              r"\s+(?:to|of|for)\s+(?:the\s+)?$")


def _place_then_name(text: str, a: int, b: int, gaz) -> tuple[int, int] | None:
    """(end of the place, start of the name) when text[a:b] is a place followed by a person's name."""
    words = [(m.start() + a, m.end() + a) for m in re.finditer(r"\S+", text[a:b])]
    while len(words) > 3 and text[words[-1][0]:words[-1][1]] in _POSTNOMINALS:
        words.pop()  # "Governor of South Australia Hieu Van Le AC": an honour after the name
    for k in range(len(words) - 2, 0, -1):
        place = text[words[0][0]:words[k - 1][1]]
        rest = [text[x:y] for x, y in words[k:]]
        if (_is_place(place, gaz) or _is_portfolio(place)) and 2 <= len(rest) <= 3 and is_first_name(rest[0].split("-")[0]) and " ".join(rest) not in gaz:
            return words[k - 1][1], words[k][0]
    return None


_POSTNOMINALS = frozenset("AC AO AM OAM OBE MBE CBE KBE DBE QC KC MP MLA MSP MPP PC JP".split())


def _is_portfolio(words: str) -> bool:
    """Everyday words that name a minister's field ("Economic Affairs", "Commerce")."""
    return all(w in ("and", "&") or zipf(w) >= 3.5 and not is_first_name(w) for w in words.split())


def _is_place(name: str, gaz) -> bool:
    """A gazetteer place, or one with its kind after it ("Corrientes Province")."""
    if name in gaz:
        return True
    head, _, kind = name.rpartition(" ")
    return kind in vocab.REGION_HEADS and head in gaz


_MID_SENTENCE = re.compile(r"[a-z,][ \u00a0]$")


_GROUP_OPENERS = frozenset("Members Representatives Officials Delegates Executives Staff Students Pupils Teachers Leaders".split())
_MONTH_SURNAMES = frozenset("May June April August".split())
_NAME_AFTER = re.compile(r"[ \u00a0][A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]")  # "Jan Wörner" is no month
_INNER_POSSESSIVE_OK = frozenset("People Women Children Men Workers King Queen St Citizens Farmers".split())
_JOIN = re.compile(r"[ \u00a0](and|&)[ \u00a0]")
_OF = re.compile(r"[ \u00a0](of|for|on|in|upon|de|du|des|la|le|von|van|der|den|di|da|y|al|el|bin)[ \u00a0]")


_OF_THE = re.compile(r"[ \u00a0](?:of|for)[ \u00a0]the[ \u00a0]")


def _trim_and_split(text: str, a: int, b: int, gaz) -> list[tuple[int, int]]:
    """The name-like pieces of the capitalised run text[a:b], as offsets into text."""
    return [(a + x, a + y) for x, y in _run_pieces(text[a:b], gaz)]


@names_cache  # runs recur (every mention of a name); the cut reads the run alone
def _run_pieces(run: str, gaz) -> tuple[tuple[int, int], ...]:
    return tuple(_cut_run(run, 0, len(run), gaz))


def _cut_run(text: str, a: int, b: int, gaz) -> list[tuple[int, int]]:
    span = text[a:b]
    ot = _OF_THE.search(span)
    if ot:
        # "Chamber of Commerce and Industry of the Russian Federation", "Smart Port of the Future":
        # "of the" joins only after a head noun of a named body, place or programme
        left_words = [w.strip(",") for w in span[:ot.start()].split()]
        right_words = span[ot.end():].split()
        event_of_body = (len(left_words) >= 2 and left_words[-1] in vocab.EVENT_HEADS and right_words
                         and (right_words[-1] in vocab.ORGANISATION_HEADS or right_words[-1] in vocab.GOVERNMENT_HEADS))
        if event_of_body or not any(_ends_with_name_head(w) or w in vocab.CITY_HEADS for w in left_words) or not span[ot.end():ot.end() + 1].isupper():
            return _trim_and_split(text, a, a + ot.start(), gaz) + _trim_and_split(text, a + ot.end(), b, gaz)
    # strip leading/trailing connectors and spaces left by cuts
    lead = re.match(r"^(?:[\s\-]|(?:of|for|and|&|de|du|des|la|le|von|van|der|den|di|da|on|upon|y|al|el|bin|in)[ \u00a0])+", span)
    if lead:
        a += lead.end()
    span = text[a:b]
    trail = re.search(r"(?:[\s\-]|[ \u00a0](?:of|for|and|&|de|du|des|la|le|von|van|der|den|di|da|on|upon|y|al|el|bin|in))+$", span)
    if trail:
        b = a + trail.start()
    if b <= a:
        return []
    span = text[a:b]
    # leading stopwords, months, years
    while True:
        w = re.match(r"[^\s]+", span)
        if not w:
            return []
        word = w.group()
        bare = word.rstrip(".,")
        two = " ".join(span.split()[:2])
        two = re.sub(r"[’']s?$", "", two)  # "New Zealand's Prime Minister"
        if (span in gaz or (len(span.split()) > 1 and (two in gaz or re.split(r"[-–]", two)[0] in gaz))) \
                and bare not in vocab.MONTHS:  # "New Zealand-China Forum" keeps its "New"
            break  # "New Hampshire", "The Hague": the function word belongs to the name
        if bare in _GROUP_OPENERS and re.match(r"[^\s]+[ \u00a0]+(?:of|from)[ \u00a0]", span):
            a += re.match(r"[^\s]+[ \u00a0]+(?:of|from)[ \u00a0]+(?:the[ \u00a0]+)?", span).end()
            span = text[a:b]
            if not span:
                return []
            continue  # "Members of Sandwell Business Ambassadors": the body, not its members
        if bare.lower() in vocab.STOPWORDS or (bare in vocab.MONTHS and (
                len(bare) > 3 or bare == "May" or not _NAME_AFTER.match(span, w.end()))):
            rest = re.match(r"[^\s]+(?:[ \u00a0](?:of|for|and|&|in|on)[ \u00a0]|[ \u00a0]|$)", span)
            a += rest.end()
            span = text[a:b]
            if not span:
                return []
            continue
        break
    words = span.split()
    if len(words) >= 3 and words[0] in vocab.DEMONYMS and " ".join(words[:2]) not in gaz and (
            words[1] in gaz or " ".join(words[1:3]) in gaz or _is_place(" ".join(words[1:3]), gaz)):
        # "Argentine Corrientes Province House of Representatives": the body is the province's;
        # the demonym before its place only says whose ("British Columbia" stays whole)
        a += len(words[0]) + 1
        span = text[a:b]
    lead_year = re.match(r"(?:19|20)\d\d[ \u00a0]+", span)
    if lead_year and not (span.split()[-1] in vocab.EVENT_HEADS):
        a += lead_year.end()
        span = text[a:b]
        if not span:
            return []
    # trailing months, stopwords
    while True:
        w = re.search(r"(?:^|[ \u00a0])([^\s]+)$", span)
        if not w:
            return []
        word = w.group(1).rstrip(".")
        prev = span[:w.start()].split()
        if word in _MONTH_SURNAMES and prev and is_first_name(prev[-1]) and prev[-1] not in vocab.MONTHS:
            break  # "Theresa May", "Brian May": a given name, then a surname spelt like a month
        if word in _POSTNOMINALS and 2 <= len(prev) <= 4 and all(w[:1].isupper() and w[1:].islower() for w in prev):
            b = a + w.start()  # "Hieu Van Le AC", "Jane Smith OBE": the honour is no part of the name
            span = text[a:b]
            continue
        if word in vocab.MONTHS or word.lower() in vocab.STOPWORDS:
            b = a + w.start()
            span = text[a:b]
            span2 = re.sub(r"(?:[ \u00a0](?:of|for|and|&|in|on))+$", "", span)
            b = a + len(span2)
            span = text[a:b]
            if not span:
                return []
            continue
        break
    # trailing full stop that ends the sentence rather than an abbreviation
    if span.endswith(".") and span.rsplit(None, 1)[-1].rstrip(".") not in ("Co", "Inc", "Ltd", "Corp", "St", "Bros", "Jr", "S.A", "N.V", "B.V"):
        b -= 1
        span = span[:-1]
    # possessive
    pm = re.search(r"[’']s?$", span)
    if pm and len(span) > pm.end() - pm.start() + 1:
        b -= len(pm.group())
        span = text[a:b]
    if not span or not span[0].isupper() and not span[0].isdigit() and not _camel_brand(span):
        return []
    # "A and B": split unless the whole thing ends with a head noun of a named body
    pieces = [(a, b)]
    # "Tokyo's Shinjuku": a possessive inside a run ends a name
    pos_in = re.search(r"[’']s[ \u00a0]", span)
    left_pos = span[:pos_in.start()] if pos_in else ""
    tail_pos = span[pos_in.end():].split() if pos_in else []
    if pos_in and tail_pos and (" ".join(tail_pos[:2]) in gaz or tail_pos[0] in gaz) and len(left_pos.split()) == 1 \
            and left_pos not in _INNER_POSSESSIVE_OK and _run_place_kind(tail_pos, gaz):
        # "Governor Cox's Korea leg": a person's possessive before a place ends the name
        return [(a, a + pos_in.start())] + _trim_and_split(text, a + pos_in.end(), b, gaz)
    if pos_in and (left_pos in gaz or (
            (len(left_pos.split()) >= 2 or left_pos.isupper()) and left_pos.split()[-1] not in _INNER_POSSESSIVE_OK
            and tail_pos and tail_pos[0] not in ("of", "Day", "Eve") and not vocab.ROLE_CAP.fullmatch(left_pos.split()[-1]))):
        # "Tokyo's Shinjuku", "C2W Group's British arm": a possessive inside a run ends a name
        return [(x, y) for x, y in [(a, a + pos_in.start())] + _trim_and_split(text, a + pos_in.end(), b, gaz)]
    last = span.split()[-1]
    jm0 = _JOIN.search(span)
    if jm0 and jm0.group(1) == "and" and _topic_pair(span, jm0, gaz):
        jm0 = None  # "Invest and Trade Western Australia", "Zhejiang Radio and Television Group": one name
    head_of = _OF_HEAD.match(span)
    if jm0 and jm0.group(1) == "and" and head_of and head_of.group(1) in _BODY_OF_HEADS:
        # "Ministry of Small and Medium Enterprises and Startups": the 'and's join topics of
        # one body, until one opens a new name ("... and Trade and New Zealand Trade and Enterprise")
        for jm in _JOIN.finditer(span):
            if _opens_new_name(span[jm.end():], gaz):
                return _trim_and_split(text, a, a + jm.start(), gaz) + _trim_and_split(text, a + jm.end(), b, gaz)
        return [(a, b)]
    before_and = span[:jm0.start()].split()[-1] if jm0 and span[:jm0.start()].split() else ""
    left_and = span[:jm0.start()] if jm0 else ""
    if jm0 and jm0.group(1) == "&" and len(span.split()) <= 4 and not (span[jm0.end():] in gaz):
        jm0 = None  # "Johnson & Johnson", "John Sisk & Son", "London & Partners"
    if jm0 and last in vocab.FIRM_HEADS and len(left_and.split()) == 1 and not _ends_with_name_head(before_and) \
            and not (last in vocab.LEGAL_SUFFIXES):
        pass  # "BYD and Changan Automobile": two firms (handled below by forcing the split)
    right_and = span[jm0.end():].split() if jm0 else []
    if jm0 and jm0.group(1) == "&" and len(left_and.split()) == 1 and len(right_and) >= 2 and right_and[1:] and any(
            _ends_with_name_head(w) and w not in vocab.FIRM_HEADS for w in right_and[1:]):
        jm0, right_and = None, []  # "Aberdeen & Grampian Chamber of Commerce": two places share one body
    if jm0 and not _of_name_continues(span, jm0) and (last in vocab.FIRM_HEADS and len(left_and.split()) == 1
                                                     and left_and.isupper() or
            # "Yorkshire Chamber of Commerce and Leeds Beckett University": two bodies
            (len(right_and) >= 2 and not any(w in ("of", "for", "the") for w in right_and)
             and any(_ends_with_name_head(w) for w in left_and.split()) and _ends_with_name_head(last)
             # "Carib Brewery and National Flour Mills": two firms, each with its head
             and (last not in vocab.FIRM_HEADS or before_and in vocab.FIRM_HEADS and len(left_and.split()) >= 2))
            or not _ends_with_name_head(last) or (
            _ends_with_name_head(before_and) and before_and not in vocab.FIRM_HEADS)
            or (left_and in gaz)
            # "Michael Skerrett and Kumagaya Friendship Association": a person, then a body
            or (len(left_and.split()) in (2, 3) and _looks_like_person(left_and) and is_first_name(left_and.split()[0])
                and len(right_and) >= 2 and last not in vocab.LEGAL_SUFFIXES and last not in vocab.FIRM_HEADS)):
        pieces = []
        pos = a
        for jm in _JOIN.finditer(span):
            pieces.append((pos, a + jm.start()))
            pos = a + jm.end()
        pieces.append((pos, b))
    if len(pieces) == 1 and span.split()[0] in ("Ministry", "Department", "Ministerium") and span.count(" of ") >= 2:
        # "Ministry of Foreign Affairs of Bangladesh": the country qualifies the ministry's name
        k = span.rfind(" of ")
        if span[k + 4:] in gaz:
            pieces = [(a, a + k), (a + k + 4, b)]
    out = []
    for p0, p1 in pieces:
        sub = text[p0:p1]
        # "of"-joined names: keep only when the part before "of" ends with a head noun
        om = _OF.search(sub)
        if om:
            before = sub[: om.start()].split()[-1] if sub[: om.start()].split() else ""
            left = sub[: om.start()]
            if ((left in gaz or left in vocab.DEMONYMS) and not _ends_with_name_head(before) and om.group(1) in ("of", "for")
                    and left not in vocab.COMPASS_WORDS) or (  # "North of England" is one region
                    om.group(1) == "of" and _looks_like_person(left)):  # "Eric Greitens of Missouri"
                out.append((p0, p0 + om.start()))
                rest0 = p0 + om.end()
                if rest0 < p1:
                    out.extend(_trim_and_split(text, rest0, p1, gaz))
                continue
        if p1 > p0:
            out.append((p0, p1))
    return [(x, y) for x, y in out if y > x and (text[x].isupper() or _camel_brand(text[x:y]))
            or (y > x and text[x].isdigit() and re.search(r"[A-Za-z]", text[x:y]))]


def _camel_brand(piece: str) -> bool:
    """A name that opens with a lower-case letter but has the shape of one: two capitals after
    it ("exporTT", "iNDEXTb"), or one after a single letter in a long word ("eThekwini"); not
    units and short forms ("kWh", "mRNA", "iPhone" is a product, not a body)."""
    word = piece.split()[0]
    if not word[:1].islower() or len(word) < 5:
        return False
    caps = sum(c.isupper() for c in word)
    prefix = len(word) - len(word.lstrip("abcdefghijklmnopqrstuvwxyz"))
    return caps >= 2 and prefix >= 1 or (prefix == 1 and caps == 1 and len(word) >= 7)


_ROYAL_OF = re.compile(r"([A-Z][a-z\u00DF-\u00FF]+)[ \u00a0]of[ \u00a0](?:the[ \u00a0])?([A-Z][^\n]*)")
_ROYAL_BEFORE = re.compile(r"\b(?:Crown\s+|Grand\s+)?(?:Prince|Princess|King|Queen|Duke|Duchess|Emperor|Empress|"
                           r"Sultan|Emir|Sheikh|Sheikha|Infanta|Infante)\s+$")


def _topic_pair(span: str, jm, gaz) -> bool:
    """Do the words either side of an 'and' pair two everyday topic words inside one name
    ("Trade and Invest", "Radio and Television", "Conference and Expo"), rather than end one
    name and start another ("BYD and Changan", "Leeds Beckett University and Yorkshire ...")?"""
    left, right = span[:jm.start()].split(), span[jm.end():].split()
    if not left or not right or len(left) > 3 or len(right) < 2 or _JOIN.search(span, jm.end()):
        return False
    a, b = left[-1], right[0]
    for w in (a, b):
        if not w[:1].isupper() or w.isupper() or w in gaz or is_first_name(w) or zipf(w) < 3.5:
            return False
    if _head_kind(a) != _head_kind(b):
        return False  # "Carib Brewery and National Flour Mills": a head ends the first name
    return not (len(left) == 1 and left[0] in gaz) and not (" ".join(right) in gaz)


def _head_kind(word: str) -> str | None:
    for kind, heads in (("media", vocab.MEDIA_HEADS), ("event", vocab.EVENT_HEADS), ("firm", vocab.FIRM_HEADS),
                        ("gov", vocab.GOVERNMENT_HEADS), ("org", vocab.ORGANISATION_HEADS),
                        ("uni", vocab.UNIVERSITY_HEADS), ("init", vocab.INITIATIVE_HEADS)):
        if word in heads:
            return kind
    return None


def _run_place_kind(words: list[str], gaz) -> bool:
    """Is the run after a possessive a country or region ("Korea", "South Korea"), not a body's name?"""
    for k in (2, 1):
        name = " ".join(words[:k])
        if len(words) >= k and name in gaz:
            place = gaz.resolve(name)
            return place is not None and place.type in ("Country", "Region") and len(words) <= k + 1
    return False


_OF_HEAD = re.compile(r"(?:^|[ \u00a0])([A-Z][\w-]*)[ \u00a0](?:of|for)[ \u00a0]")
_BODY_OF_HEADS = frozenset("Ministry Department Chamber Chambers Federation Association Council Confederation "
                           "Institute Office Bureau Agency Commission Secretary Board Committee Union Society "
                           "Foundation Academy School Faculty Centre Center Minister Museum".split())


_NOT_PERSON_WORDS = frozenset("Central National Royal Federal Imperial General Greater Free United Bay Gulf Sea "
                              "Lake Cape Isle Mount Duke Earl Friends Bank House Court Hall Museum Church Order "
                              "Society Port City Town State Republic Kingdom Province County Borough Island Islands "
                              "Great New Old North South East West Northern Southern Eastern Western Upper Lower "
                              "Grand Saint St Vale Valley Rock Coast Straits Strait Year Years Day Week Month Season".split())


def _looks_like_person(left: str) -> bool:
    """Two or three capitalised words with no head noun: a name such as "Eric Greitens"."""
    words = left.split()
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and w[1:].islower() and w.isalpha() or (w[:1].isupper() and "-" in w)
        for w in words) and not any(
        _ends_with_name_head(w) or w in vocab.CITY_HEADS or w in _NOT_PERSON_WORDS for w in words)


def _opens_new_name(right: str, gaz) -> bool:
    """Does the text after an 'and' start a name of its own: a place, or a body's head?"""
    words = right.split()
    if not words:
        return False
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        return True  # "the People's Committee of Binh Dinh Province and KOITA"
    if words[0] in _BODY_OF_HEADS or words[0] in ("University", "Universities", "The"):
        return True
    return any(" ".join(words[:k]) in gaz for k in (3, 2, 1) if k <= len(words))


def _of_name_continues(span: str, jm) -> bool:
    """'Chamber of Commerce and Industry', 'Ministry for Investment and Development': an 'and'
    inside the 'of' complement of a body's head noun joins two topics, not two names."""
    left, right = span[:jm.start()], span[jm.end():].split()
    m = None
    for m in _OF_HEAD.finditer(left):
        pass
    if m is None or m.group(1) not in _BODY_OF_HEADS:
        return False
    if not right or len(right) > 3:
        return False
    if len(right) == 1 and right[0].isupper() and len(right[0]) >= 2:
        return False  # "... of Binh Dinh Province and KOITA": an acronym names a second body
    return not any(_ends_with_name_head(w) for w in right[:-1]) and right[-1] not in vocab.UNIVERSITY_HEADS \
        and right[-1] not in vocab.GOVERNMENT_HEADS and right[-1] not in vocab.ORGANISATION_HEADS


def _ends_with_name_head(word: str) -> bool:
    return (word in vocab.UNIVERSITY_HEADS or word in vocab.GOVERNMENT_HEADS
            or word in vocab.ORGANISATION_HEADS or word in vocab.EVENT_HEADS
            or word in vocab.INITIATIVE_HEADS or word in vocab.FIRM_HEADS
            or word in vocab.MEDIA_HEADS or word in vocab.REGION_HEADS)


@names_cache
def _name_heads(name: str) -> tuple[str, ...]:
    """The words of a name that are head nouns of named bodies, events, programmes, ..."""
    return tuple(w for w in name.split() if _ends_with_name_head(w))


_COMMA_LIST = re.compile(r"(?:,[ \u00a0]+[A-Z][\w-]*(?:[ \u00a0][A-Z][\w-]*)?)+,?[ \u00a0]+(?:and|&)[ \u00a0]+[A-Z][\w-]*(?:[ \u00a0][A-Z][\w-]*)?")
_IN_PLACE = re.compile(r"[ \u00a0]in[ \u00a0]([A-Z][\w-]*(?:[ \u00a0][A-Z][\w-]*)?)")
_YEAR_AFTER = re.compile(r"[ \u00a0-]((?:19|20)\d\d)\b")
# (and Japanese forms after a hyphen: "Toyota Jidōsha Kabushiki-gaisha")
_LOWER_LEGAL = re.compile(r"[ \u00a0](?:plc|inc\.|ltd\.?|llc|gmbh)(?![\w])|\.?,[ \u00a0](?:Ltd|Inc|LLC|Limited|Corp|GmbH|AG|S\.A)\.?(?![\w])"
                          r"|(?<=Kabushiki)-[gk]aisha\b|(?<=Yūgen)-gaisha\b|(?<=Gōdō)-gaisha\b")
_DIPLOMATIC = ("Embassy", "Consulate", "Consulate-General", "Commission", "Mission")


def _major_place(gaz, name: str) -> bool:
    """A country, a region or a city of 100,000 people or more ("Media" and "Enterprise" are towns too)."""
    place = gaz.resolve(name) if name in gaz else None
    return place is not None and (place.type != "City" or place.population >= 100_000)


def _extend_names(text: str, mentions: list[Mention], gaz) -> list[Mention]:
    """'Ministry of Economic Affairs, Media, Energy and Technology', 'Embassy of X in Y',
    'Expo 2020': names that run past where the capitalised-run splitter stopped."""
    changed = False
    extra: list[Mention] = []
    for men in mentions:
        words = men.text.split()
        heads = _name_heads(men.text)
        end = men.end
        if heads and (" of " in men.text or " for " in men.text) and not heads[-1] in vocab.FIRM_HEADS:
            m = _COMMA_LIST.match(text, end)
            items = re.split(r",[ \u00a0]+|[ \u00a0]+(?:and|&)[ \u00a0]+", m.group().strip(" ,")) if m else []
            # "..., Peking University and Tsinghua University": a list of bodies, not of portfolios
            if m and "\n" not in m.group() and not any(
                    w in vocab.UNIVERSITY_HEADS or w in vocab.GOVERNMENT_HEADS or w in vocab.ORGANISATION_HEADS
                    for item in items for w in item.split()) and not any(
                    _major_place(gaz, item.split()[0]) for item in items if item.split()):
                end = m.end()
        if any(h in _DIPLOMATIC for h in heads):
            m = _IN_PLACE.match(text, end)
            if m and m.group(1) in gaz:
                men.short = text[men.start:end]  # "the U.S. Embassy" is its name too
                end = m.end()
                # the place stays a mention of its own ("British Embassy in Beijing" and Beijing)
                extra.append(Mention(m.start(1), m.end(1), m.group(1), sentence=men.sentence, heading=men.heading))
        m = _LOWER_LEGAL.match(text, end)
        if m:
            end = m.end()  # "BP plc", "Industrie Orkan inc."
        if words[-1] in vocab.EVENT_HEADS or words[-1].upper() in ("EXPO",) or words[-1] in ("Policy", "Strategy", "Vision", "Plan", "Agenda"):
            m = _YEAR_AFTER.match(text, end)  # "Expo 2020", "National Education Policy 2020"
            if m:
                end = m.end()
        if end != men.end:
            men.end, men.text = end, text[men.start:end]
            changed = True
    if changed:
        mentions.sort(key=lambda x: (x.start, -x.end))
        kept, reach = [], -1
        for m in mentions:
            if m.start >= reach:
                kept.append(m)
                reach = m.end
        mentions = kept
    if extra:
        mentions = sorted(mentions + extra, key=lambda x: (x.start, -x.end))
    return mentions


_ROLE_END = re.compile(r"(?:Commissioner|Minister|Secretary|Officer|Adviser|Advisor|Envoy|Ambassador|Consul|Director|President|Chairman|Governor|Mayor)$")
_TITLE_ACRONYM = re.compile(r"(?:Commissioner|Minister|Secretary|Officer|Adviser|Advisor|Envoy|Ambassador|Consul|Director)\s*\(([A-Z]{2,6})\)")
_PAREN_ACRO = re.compile(r"[ \u00a0]\((?:the\s+)?([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\)")
_SKIP_WORDS = frozenset("of for the and & on in de du des la le to with".split())


_PLACE_LEAD = re.compile(r"(?<![\w-])((?:[A-Z][\w-]+[ \u00a0]){0,2}[A-Z][\w-]+)[ \u00a0]$")


def _acro_gaz():
    from .gazetteer import load

    return load()


def _acronym_expansions(text: str, mentions: list[Mention], sentences, headings) -> list[Mention]:
    """'China Council for the Promotion of International Trade (CCPIT)': one span, whatever
    the capitalised-run splitter made of it, when the initials spell the acronym."""
    for m in _PAREN_ACRO.finditer(text):
        acro = m.group(1)
        letters = [c for c in acro if c.isupper()]
        words = list(re.finditer(r"[^\s(]+", text[max(0, m.start() - 200):m.start()]))
        base = max(0, m.start() - 200)
        need = list(reversed(letters))
        start = None
        for w in reversed(words):
            word = w.group().strip(",;:")
            if word.lower() in _SKIP_WORDS:
                continue
            if not word[:1].isupper():
                break
            caps = [c for c in word if c.isupper()] if word.isupper() else [word[0]]
            if need[:len(caps)] == list(reversed(caps)):
                need = need[len(caps):]
                start = base + w.start()
                if not need:
                    break
            else:
                break
        if need or start is None:
            continue
        end = m.start()
        lead = _PLACE_LEAD.search(text, max(0, start - 40), start)
        if lead and lead.group(1) in _acro_gaz():
            start = lead.start(1)  # "Binh Dinh Investment Promotion Centre (IPC)": the place is part of the name
        sent = sentence_at(sentences, start)
        if sent is None or end > sent.end:
            continue
        if _ROLE_END.search(text, start, end):
            continue  # "Her Majesty's Trade Commissioner (HMTC)": a title, not a body
        mentions = [x for x in mentions if x.end <= start or x.start >= end]
        mentions.append(Mention(start, end, text[start:end], sentence=sent.index,
                                heading=sent.index in headings))
    mentions.sort(key=lambda x: x.start)
    return mentions


# A title in quotes or italics that the text calls an event: '*Silver Treasures from X*, an
# exhibition', 'a "Why Utah" roundtable', 'The event, called "Investing in Success"'
_QUOTED_TITLE = re.compile(r"(?<![\w*])([“\"*])([A-Z\u00C0-\u00DE][^“”\"*\n]{2,80}?)([”\"*])(?![\w*])")
_EVENT_NOUNS = (r"exhibition|event|forum|conference|summit|roadshow|road\s+show|seminar|festival|show|fair|campaign|"
                r"roundtable|round-table|round\s+table|workshop|webinar|series|showcase|symposium|expo|reception|dialogue")
_TITLE_EVENT_AFTER = re.compile(rf"[”\"*]?\s*(?:,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{_EVENT_NOUNS})\b|"
                                rf"\s+(?:{_EVENT_NOUNS})\b)", re.I)
_TITLE_EVENT_BEFORE = re.compile(rf"\b(?:(?:{_EVENT_NOUNS}),?\s+(?:called|titled|entitled|named|themed|dubbed|branded)|"
                                 rf"(?:called|titled|entitled|dubbed|branded))\s*$", re.I)


def _titled_events(text: str, mentions: list[Mention], sentences, headings) -> list[Mention]:
    """Named events whose names are titles in quotes or italics, which the capitalised-run
    splitter cuts up ("Partners for Green & Sustainable Progress") or misses ("Why Utah")."""
    if '"' not in text and "“" not in text and "*" not in text:
        return mentions
    added = []
    for m in _QUOTED_TITLE.finditer(text):
        opening, title, closing = m.groups()
        if (opening == "*") != (closing == "*") or len(title.split()) > 10 or title.endswith((".", ",", ":")):
            continue
        start, end = m.start(2), m.end(2)
        if not (_TITLE_EVENT_AFTER.match(text, end, end + 80) or _TITLE_EVENT_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            continue
        sent = sentence_at(sentences, start)
        if sent is None or end > sent.end:
            continue
        men = Mention(start, end, text[start:end], sentence=sent.index, heading=sent.index in headings)
        men.vote("Event", 8.0)
        added.append(men)
    if not added:
        return mentions
    kept = [x for x in mentions if not any(x.start < a.end and a.start < x.end for a in added)]
    return sorted(kept + added, key=lambda x: x.start)


_TRANSLATION_BEFORE = re.compile(r"(?<![/\w.-])[a-z]+(?:-[a-z]+)*[ \u00a0]$")


def _in_translation(text: str, start: int, end: int) -> bool:
    """Is the span inside parentheses that follow a lower-case English word ("the food industry
    (Ernährungswirtschaft)", "plant engineering (Maschinen- und Anlagenbau)")?"""
    opening = text.rfind("(", max(0, start - 60), start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    closing = text.find(")", end, end + 60)
    if closing < 0 or "(" in text[end:closing]:
        return False
    if not _TRANSLATION_BEFORE.search(text, max(0, opening - 40), opening):
        return False
    # "(BYD and Changan Automobile)" gives examples, not a translation: only words common in
    # another language (and rare in English) translate
    return is_foreign_word(text[start:end])


# a ranking's name before its size ("Fortune 500 companies", "FTSE 100 firms"), or the topics of a
# minister's portfolio: no body of their own
_LIST_OR_PORTFOLIO_AFTER = re.compile(r"[ \u00a0]+(?:\d{2,4}[ \u00a0]+(?:companies|firms|corporations|businesses|index|list)\b"
                                      r"|portfolios?\b)")


_WORLD_WAR = re.compile(r"(?:First\s+|Second\s+)?World\s+War(?:\s+(?:I|II|One|Two|1|2))?")
_DOCUMENT_NAMES = frozenset({"Memorandum of Understanding", "Memoranda of Understanding", "Memorandums of Understanding",
                             "Letter of Intent", "Letters of Intent", "Memorandum of Cooperation"})


def _keep(men: Mention, sent: Sentence, text: str) -> bool:
    t = men.text
    nxt = text[men.end:men.end + 3]
    if nxt[:1] == "$" or (nxt[:1] in "'’" and nxt[1:2] == " " and t.endswith("s") and nxt[2:3].isupper()):
        return False  # "CA$ 125 million"; "the Cutlers' Hall" (a building), not "the Philippines' economy"
    if nxt[:1] == ":" and len(t.split()) == 1 and (men.start == 0 or text[men.start - 1] == "\n"):
        return False  # "Date: 5 March 2016", "Source: ...": a field label
    if re.search(r"[’']s[ \u00a0](?:Day|Eve)$", t) or t.rsplit("-", 1)[-1] in vocab.BUILDING_WORDS:
        return False  # "St Patrick's Day"; "Willi-Becker-Allee"
    if len(t) < 2 and not t.isupper():
        return False
    if t in _DOCUMENT_NAMES or _WORLD_WAR.fullmatch(t):
        return False  # "signed a Memorandum of Understanding": a kind of document, capitalised
    if _LIST_OR_PORTFOLIO_AFTER.match(text, men.end):
        return False  # "Fortune 500 companies", "holds the Excise, Commerce and Industries portfolio"
    if not t.isupper() and _in_translation(text, men.start, men.end):
        return False  # "mechanical engineering (Maschinenbau)": a translation of a common noun
    words = t.split()
    if len(words) == 1:
        w = words[0]
        if w.lower() in vocab.STOPWORDS or w in vocab.MONTHS:
            return False
        if w in vocab.BUILDING_WORDS:
            return False
        if _ends_with_name_head(w) and not w.isupper() and not (
                w in vocab.EVENT_HEADS and re.match(r"[ \u00a0-](?:19|20)\d\d\b", text[men.end:men.end + 6])):
            return False  # "the University", "the Council": a head noun on its own (not "Expo 2020")
        if w.isdigit():
            return False
    return True


_LOWER_HEAD = re.compile(r"^[ \u00a0]((?:[a-z][\w-]*[ \u00a0]){0,2}?(?:project|programme|program|scheme|initiative|strategy|plan|fund|"
                         r"port|wind\s+farm|terminal|railway|rail\s+link|regeneration|redevelopment|development\s+zone|"
                         r"free\s+zone|special\s+economic\s+zone|business\s+park|science\s+park|corridor))\b")


def _extend_lowercase_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """'X Mass Transit consultation project' -> one Initiative span."""
    for men in mentions:
        m = _LOWER_HEAD.match(text[men.end:men.end + 60])
        if m and len(men.text.split()) >= 2:
            men.vote("Initiative", 3.0)
    return mentions


def _span_votes(men: Mention, gaz: Gazetteer) -> None:
    for etype, weight in _name_votes(men.text, gaz):
        men.vote(etype, weight)


@names_cache  # every mention of a name gets the same votes from the name itself
def _name_votes(name: str, gaz: Gazetteer) -> tuple[tuple[str, float], ...]:
    """The (type, weight) votes of a name's own words, in the order they are cast."""
    ballot = _Ballot(name)
    _vote_on_name(ballot, gaz)
    return tuple(ballot.cast)


class _Ballot:
    """Stands in for a mention while its name's votes are read: keeps them, in order."""

    def __init__(self, text: str):
        self.text = text
        self.cast: list[tuple[str, float]] = []

    def vote(self, etype: str, weight: float) -> None:
        self.cast.append((etype, weight))


def _vote_on_name(men: "Mention | _Ballot", gaz: Gazetteer) -> None:
    words = men.text.split()
    last = words[-1].rstrip(".")
    first = words[0]
    wset = set(w.rstrip(".,") for w in words)
    if men.text in gaz:
        place = gaz.resolve(men.text)
        if place is not None:
            men.vote(place.type, 2.5 if len(words) > 1 or place.type == "Country" else 2.0)
    if last in vocab.LEGAL_SUFFIXES or words[-1] in vocab.LEGAL_SUFFIXES:
        men.vote("Firm", 5.0)
    if len(words) >= 2 and words[-2] in ("Parliamentary", "Friendship", "Parliament") and last in ("Group", "Association", "Society"):
        men.vote("Organisation", 8.0)  # "Mongolian-German Parliamentary Group": no firm
    if words[-2:] in (["Central", "Bank"], ["Reserve", "Bank"], ["National", "Bank"]) and len(words) <= 3:
        men.vote("GovernmentBody", 8.0)  # "the Central Bank", "Reserve Bank of India" has its head first
    if len(words) >= 2:
        if words[-2:] == ["City", "Region"] or (last in vocab.REGION_HEADS and words[-2] != "City"):
            if not (last == "Department" and len(words) > 1):
                men.vote("Region", 4.0)
        if last in ("Island", "Islands", "Archipelago") or first in ("Isla", "Isle", "Islas", "Ilha", "Île"):
            men.vote("Region", 3.0)  # "Liugong Island", "Isla de Pascua": islands are regions here
        if last in vocab.CITY_HEADS:
            men.vote("City", 3.0)
        if last == "City" and words[0] in gaz:
            men.vote("City", 3.0)
    # the last head noun in the name decides; "University of X" has its head first
    head_types = []
    for i, w in enumerate(words):
        w = w.rstrip(".,")
        if "-" in w and w.split("-")[0].capitalize() in vocab.EVENT_HEADS:
            w = w.split("-")[0].capitalize()
            head_types.append((i, "Event"))
            continue
        if w in vocab.UNIVERSITY_HEADS:
            head_types.append((i, "University"))
        elif w == "Council":
            prev = words[i - 1] if i else ""
            before_place = gaz.resolve(" ".join(words[:i])) if i and " ".join(words[:i]) in gaz else None
            # "Leeds City Council", "Bradford Council": local government; "China Council for the
            # Promotion of ...", "British Council": national councils are organisations
            head_types.append((i, "GovernmentBody" if prev in vocab.COUNCIL_GOV_PREFIX or
                               (before_place is not None and before_place.type != "Country") else "Organisation"))
        elif w in vocab.GOVERNMENT_HEADS:
            if w == "Partnership" and "Enterprise" not in wset and "Local" not in wset:
                head_types.append((i, "Organisation"))
            else:
                head_types.append((i, "GovernmentBody"))
        elif w in vocab.ORGANISATION_HEADS:
            head_types.append((i, "Organisation"))
        elif w in ("Conference", "Congress", "Assembly") and words[i + 1:i + 2] == ["of"] and len(words) > i + 2 \
                and words[i + 2].endswith("s") and words[i + 2][:1].isupper():
            head_types.append((i, "Organisation"))  # "Conference of Mayors", "Congress of Local Authorities": a body of its members
        elif w in vocab.EVENT_HEADS and (i > 0 or len(words) >= 2 and re.fullmatch(r"(?:19|20)\d\d", words[1])):
            head_types.append((i, "Event"))
        elif w in vocab.INITIATIVE_HEADS and i > 0:
            head_types.append((i, "Initiative"))
        elif w in vocab.MEDIA_HEADS and (i > 0 or len(words) == 1 and w in ("TV",)):
            head_types.append((i, "MediaOutlet"))
        elif w in vocab.FIRM_HEADS and i > 0 or w in vocab.FIRST_FIRM_HEADS and i == 0 and len(words) > 1:
            head_types.append((i, "Firm"))
    if head_types:
        # a head right after "of" ("Bank of China") or the final head decides
        i, t = head_types[-1]
        of_at = next((k for k, w in enumerate(words) if w in ("of", "for", "de", "do", "da", "des", "du", "di", "für")), None)
        if len(words) > 2 and of_at and any(j < of_at for j, _ in head_types):
            i, t = [h for h in head_types if h[0] < of_at][-1]
        weight = 4.0 if i == len(words) - 1 or "of" in words or "for" in words else 3.0
        if len(words) == 2 and i == 1 and t in ("Initiative", "Event", "Firm") and is_first_name(words[0]) \
                and words[0] not in gaz:
            weight = 2.0  # "Governor Nathan Deal": a surname spelt like a head noun, after a given name
        men.vote(t, weight)
    if len(words) >= 3 and words[-2] == "of" or (len(words) >= 4 and words[-3] == "of"):
        of_at = words.index("of")
        if words[of_at - 1] in ("State", "Province", "Region", "County", "Canton", "Land") and of_at <= 2:
            men.vote("Region", 5.0)
        elif words[of_at - 1] in ("Republic", "Kingdom", "Commonwealth", "Federation") and of_at <= 3 and words[0] != "Bank":
            men.vote("Country", 5.0)
    if len(words) >= 3 and first == "City" and words[1] == "of" and " ".join(words[2:]) in gaz:
        men.vote("City", 4.0)  # "City of London"
    if len(words) == 2 and first == "Port" and words[1][:1].isupper():
        men.vote("City", 3.0)  # "Port Talbot" (not "Port of Tyne")
    if len(words) >= 2 and first in ("Plan", "Projet", "Programa", "Proyecto", "Programme") and words[1] not in ("of", "for"):
        men.vote("Initiative", 4.0)  # "Plan Nord"
    if "-" in first and all(p in gaz for p in first.split("-") if p) and last in (
            "Partnership", "Year", "Dialogue", "Agreement", "Programme", "Strategy", "Initiative"):
        men.vote("Initiative", 5.0)  # "Kenya-UK Strategic Partnership"
    if len(words) >= 3 and "Year" in words[:-1] and words[words.index("Year") + 1] == "of":
        men.vote("Initiative", 4.5)  # "Qatar-UK Year of Culture"
    if any(words[k] == "Research" and words[k + 1] in ("Centre", "Center", "Institute", "Laboratory") for k in range(len(words) - 1)):
        men.vote("University", 5.0)  # research centres and institutes are typed with universities
    if re.fullmatch(r"G\d{1,2}\+?", men.text):
        men.vote("Organisation", 6.0)  # "the G7", "G20": intergovernmental groups
    halves = men.text.split("-")
    if len(halves) == 2 and all(h in gaz for h in halves):
        twins = [gaz.resolve(h) for h in halves]
        if all(p is not None and p.type == "City" for p in twins):
            men.vote("Region", 3.0)  # "Kitchener-Waterloo", "Dallas-Fort Worth": a twin-city area
    if len(words) == 2 and first in ("County", "Co", "Co.") and words[1][:1].isupper():
        men.vote("Region", 4.0 if first == "County" else 6.0)  # "County Durham", Irish "Co Tipperary"
    elif len(words) >= 2 and first in vocab.COMPASS_WORDS and men.text not in gaz and (
            " ".join(words[1:]) in gaz or (len(words) >= 3 and words[1] == "of" and " ".join(words[2:]) in gaz)):
        men.vote("Region", 4.0)  # "South Wales", "North of England"
    if re.match(r"^[A-Z]{2,}\.INVEST\b", men.text, re.I):
        men.vote("GovernmentBody", 6.0)  # "NRW.INVEST GmbH", "NRW.INVEST UK/London": the state's agency
    elif first == "Invest" and len(words) > 1:
        where = gaz.resolve(" ".join(words[1:])) if len(words) > 1 and " ".join(words[1:]) in gaz else None
        # "Invest Northern Ireland" is a government agency; "Invest Africa" (no one government) is not
        men.vote("Organisation" if where is not None and not where.country else "GovernmentBody", 4.5)
    if _PUBLIC_AGENCY.search(men.text):
        # "Ghana Investment Promotion Centre", "Eastern Cape Development Corporation" (whose
        # "Corporation" is no legal form of a firm here)
        men.vote("GovernmentBody", 10.0 if last in ("Corporation", "Board", "Authority", "Agency") else 5.0)
    if len(words) >= 2 and last in ("Group", "Corporation", "Network", "Company", "Holdings") and any(
            w in ("Radio", "Television", "TV", "Broadcasting", "Newspaper", "Newspapers", "Press", "News") for w in words[:-1]):
        men.vote("MediaOutlet", 5.0)  # "Zhejiang Radio and Television Group", "Tianjin Press Group"
    if first in ("Région", "Regione", "Región") and len(words) >= 2 and words[1][:1].isupper():
        men.vote("Region", 6.0)  # "Région Grand Est", "Regione Lombardia": the region by its own style
    if _PEOPLES_BODY.search(men.text):
        # a party's committee is the party's, not the state's ("CPC Chongqing Municipal Committee")
        men.vote("Organisation" if re.search(r"\b(?:CPC|CCP|Communist|Party)\b", men.text) else "GovernmentBody", 8.0)  # "People's Committee of Binh Dinh Province", "Standing Committee of ... People's Congress"
    if men.text.endswith(" of the Future") and len(words) >= 4:
        men.vote("Initiative", 6.0)  # "Smart Port of the Future", "Factory of the Future": a programme
    if _SCHOOL.search(men.text):
        men.vote("Organisation", 6.0)  # "Huancui International Middle School", "Weihai Jiguan Kindergarten"
    if (first in _SUPRANATIONAL or " ".join(words[:2]) in ("United Nations",)) and len(words) >= 2 and (
            last in vocab.GOVERNMENT_HEADS and last not in ("Parliament", "Assembly", "Senate")
            or last in ("Union", "Bank", "Council", "Court", "Organisation", "Organization")):
        men.vote("Organisation", 7.0)  # "European Space Agency", "African Development Bank": intergovernmental
    if len(words) == 1 and re.match(r"^Visit[A-Z][a-z]+$", first) and first[5:] in gaz:
        men.vote("Organisation", 4.0)  # "VisitBritain": a tourist board
    if _place_agency(words, gaz):
        men.vote("GovernmentBody", 6.0)  # "New Zealand Trade and Enterprise", "TradeMalta", "InvestChile"
    if _given_name_first(words, men.text, gaz):
        men.vote("Person", 1.5)  # "Victoria Spackman": a given name, then a surname


_PUBLIC_AGENCY = re.compile(r"\b(?:(?:Investment|Export|Trade|Tourism)\s+(?:Promotion|Development)|Promotion\s+(?:Agency|Centre|Center|Board|Council)|"
                            r"Development\s+(?:Corporation|Agency|Authority|Board|Bank)|Investment\s+(?:Authority|Agency|Board)|"
                            r"Economic\s+Development|Enterprise\s+Agency|Free\s+Zones?\s+Authority)\b")
_PEOPLES_BODY = re.compile(r"\b(?:People[’']s\s+(?:Committee|Congress|Government|Council|Assembly)|Standing\s+Committee\s+of|"
                           r"Political\s+Consultative\s+Conference|(?:Municipal|Provincial)\s+(?:People[’']s\s+)?(?:Committee|Government))\b")
_SCHOOL = re.compile(r"\b(?:(?:Middle|High|Primary|Secondary|Grammar|Junior|Senior|Elementary|Infant|Nursery|Foreign\s+Languages)\s+School|"
                     r"Kindergarten|Nursery)$")
_SUPRANATIONAL = frozenset("European Asian African Arab Nordic Commonwealth Inter-American Pan-American Islamic "
                           "Eurasian Caribbean ASEAN".split())
_AGENCY_NAME_WORDS = frozenset("Trade Invest Investment Export Exports Enterprise Tourism".split())
_CAMEL_AGENCY = re.compile(r"^(Trade|Invest|Export|Enterprise)([A-Z][a-z]+|[A-Z]{2,3})$")


def _place_agency(words: list[str], gaz: Gazetteer) -> bool:
    """A place's name with only agency words beside it: "New Zealand Trade and Enterprise",
    "Invest and Trade Western Australia", "TradeMalta", "InvestChile" (not "Trade Centre")."""
    if len(words) == 1:
        m = _CAMEL_AGENCY.match(words[0])
        if not m:
            return False
        place = gaz.resolve(m.group(2)) if m.group(2) in gaz else None
        return place is not None and place.type in ("Country", "Region") and bool(place.country) or m.group(2).isupper()
    for cut in range(len(words) - 1, 0, -1):
        for place_words, rest in ((words[:cut], words[cut:]), (words[-cut:], words[:-cut])):
            name = " ".join(place_words)
            if name in gaz and all(w in _AGENCY_NAME_WORDS or w in ("and", "&") for w in rest) and any(
                    w in _AGENCY_NAME_WORDS for w in rest) and rest[0] not in ("and", "&") and rest[-1] not in ("and", "&"):
                place = gaz.resolve(name)
                # "Invest Africa" speaks for no one government
                return place is not None and place.type in ("Country", "Region") and bool(place.country)
    return False


_NOT_GIVEN = frozenset("Isla Ile Île Insel Monte Puerto Porto Rio Río San Santa Santo São Sao Saint St Port "
                        "Fort Mount Lake Cape".split())


def _given_name_first(words: list[str], text: str, gaz: Gazetteer) -> bool:
    """Does the span read as a given name and a surname? Not when a head noun, a connector or
    an everyday word shows a body or a place ("Brit Health Care", "London Underground"), nor
    when the "given name" is a place unless the rest is unmistakably a surname."""
    if not 2 <= len(words) <= 4 or text in gaz or not is_first_name(words[0]) or words[0] in _NOT_GIVEN:
        return False
    if words[0] in vocab.DEMONYMS or words[0].split("-")[0] in vocab.DEMONYMS:
        return False  # "German Land", "Welsh Government"
    if any(_BRAND_CAMEL.match(w) for w in words):
        return False  # "Royal FloraHolland"
    rest = words[1:]
    if any(w in ("&", "and", "of", "for", "the", "The") or _ends_with_name_head(w) or w in vocab.CITY_HEADS
           or w in vocab.BUILDING_WORDS or w in vocab.DISTRICT_WORDS or w in vocab.LEGAL_SUFFIXES
           or w in _NOT_PERSON_WORDS for w in rest):
        return False
    if len(words) >= 3 and any(zipf(w) >= 4.5 for w in rest if w not in _NAME_PARTICLES):
        return False
    if words[0] in gaz and any(w in gaz or zipf(w) >= 3.5 for w in rest):
        return False
    return True


_NAME_PARTICLES = frozenset("de la las los del da das do dos di du van von der den le bin al el".split())
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# The last word before a mention, when only spaces and quotes follow it: matched at the start
# of the reversed text (what ``re.search(r"([\w’'-]+)[\s“\"]*$", text)`` finds, without trying
# every position of the text).
_LAST_WORD_REVERSED = re.compile(r"[\s“\"]*([\w’'-]+)")
_PRE_NOUN_LAST = frozenset(w for t, p in _NOUN_TYPES if t in ("Firm", "University", "MediaOutlet", "Organisation")
                           for alt in p.split("|") for w in [re.sub(r"[^a-z -]", "", alt.split()[-1] if alt.split() else alt)] if w
                           ) | {"organisation", "organization", "startup", "website"}
_TITLE_BEFORE = re.compile(r"(?:^|\s)(" + vocab.ROLE_CAP.pattern[2:] + r")\s+$")
# the title, its portfolio, a comma, then the name; "the" (or a possessive) shows the title
# is a noun phrase of its own, not the tail of a list of names
_TITLE_COMMA_BEFORE = re.compile(r"(?:^|\s)(?:the|The|THE|[A-Z][\w.-]*[’']s)\s+(" + vocab.ROLE_CAP.pattern[2:]
                                 + r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w-]*(?:(?:,?\s+|\s+and\s+|\s+&\s+)[A-Z][\w-]*){0,4})?),\s+$")
_BODY_ROLE_BEFORE = re.compile(r"[A-Z][\w’'.&-]*\s+((?:deputy\s+|vice[-\s]|executive\s+)?(?:chief\s+executive|leader|chair(?:man|woman|person)?|"
                               r"president|(?:managing\s+)?director|head|chief|boss|founder|spokes(?:man|woman|person)|"
                               r"secretary|minister|mayor|governor|ambassador))\s+$")
_BRAND_CAMEL = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|St|O[’'])[A-Z])[A-Z][a-z]+[A-Z]")
_CAP_WORD_END = re.compile(r"[A-Z][\w.]*\s+$")
_MEDIA_AFTER = re.compile(r"^,?\s+(?:news\s+agency|reported\s+that|reports\s+that|newspaper|understands\s+that|"
                          r"has\s+learn[et]d?|can\s+reveal|(?:first\s+)?reported\s+on\b)", re.I)
# Credits of the genre: "LONDON, June 23 (Xinhua) --", "Source: Xinhua, via People's Daily Online",
# "Newsday Reporter, September 3" (a byline), "By Kent Business Today |"
_DATELINE_CREDIT = re.compile(r"^\)\s*(?:--|[-–—:])")
_SOURCE_BEFORE = re.compile(r"(?:(?:^|\n)[ \t*_]*(?:Source|Sources|Via)\s*:\s*(?:[^\n]{0,60},\s+)?(?:via\s+)?|"
                            r"(?:^|\n)[ \t*_]*Source\s*:[^\n]{0,60}\bvia\s+|(?:^|\n)[ \t*_]*By\s+)$", re.I)
_BYLINE_AFTER = re.compile(r"^\s+(?:Reporter|Correspondent|Staff(?:\s+(?:Writer|Reporter))?|News\s+Desk|Desk|Bureau)\b"
                           r"(?=[\s,|]+(?:\d|(?:January|February|March|April|May|June|July|August|September|October|"
                           r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|Published|Updated|\n|$))")
_BY_AFTER = re.compile(r"^\s*\|")
_MEDIA_CUE = re.compile(r"coverage|featured|reported|press|media|broadcast|interview|articles?|headlines", re.I)
_MEDIA_CUE_GATE = needs(_MEDIA_CUE)


def _last_word(text: str) -> str:
    m = _LAST_WORD_REVERSED.match(text[::-1])
    return m.group(1)[::-1].lower() if m else ""


_ROLE_NEXT = re.compile(r"[ \u00a0]+" + vocab.ROLE_CAP.pattern[2:])


@names_cache  # a pure function of the name, asked of every mention of it
def _looks_like_name(name: str) -> bool:
    words = name.split()
    if any(_BRAND_CAMEL.match(w) for w in words):
        return False  # "Royal FloraHolland": a brand's inner capital (not "McDonald", "DeWine")
    return 1 <= len(words) <= 4 and all(
        (w[:1].isupper() and not w.isupper() and not any(c.isdigit() for c in w)) or _INITIALS.fullmatch(w)
        # "Beijing Mayor GUO Jinlong": a surname in capitals before the given name
        or k == 0 and len(words) == 2 and 2 <= len(w) <= 7 and w.isalpha() and w.isupper() and not words[1].isupper()
        for k, w in enumerate(words)) and not _INITIALS.fullmatch(words[-1])


def _context_votes(men: Mention, text: str, blocked, gaz=None) -> None:
    after = text[men.end:men.end + 120]
    before = text[max(0, men.start - 50):men.start]
    if after[:1] in "*_" or before[-1:] in "*_":
        # "- **Intrexon**, a leading US biotech company": markdown emphasis is no part of the context
        after = re.sub(r"^[*_]{1,3}(?=[\s,;:(.]|$)", "", after)
        before = re.sub(r"(?<=[\s(])[*_]{1,3}$|^[*_]{1,3}$", "", before)
    nwords = len(men.text.split())
    role_after = _ROLE_AFTER.match(after) if after[:1] in (",", " ", "(", "\u2013", "-") else None
    if not role_after and _APPOSITION_START.match(after):
        # the head of the appositive noun phrase is its last type noun ("the Dubai-based ports operator")
        best_t, best_end = None, -1
        for t, rx in _APPOSITION:
            am = rx.match(after)
            if am and am.end() > best_end:
                best_t, best_end = t, am.end()
        if best_t:
            men.vote(best_t, 3.0)
            if _PUBLIC_AGENCY_APPOSITION.match(after):
                men.vote("GovernmentBody", 3.0)  # "X, the capital's business growth agency"
    tail = before[-40:]
    last_word = _last_word(tail)
    if last_word.rstrip("s") in _PRE_NOUN_LAST or last_word in _PRE_NOUN_LAST:
        for t, rx in _PRE_NOUN:
            if rx.search(tail):
                men.vote(t, 4.5 if _DESCRIBED.search(tail) else 1.5)
                break
    if _BOUGHT_BEFORE.search(tail) and not re.match(r"\s+[a-z]", after):  # not "bought Anglo-Dutch steel ..."
        men.vote("Firm", 1.5)  # "after buying Candy", "acquired GE Appliances and Candy"
    if tail.endswith(("of ", "at ", "from ", "the ")):
        if _ORG_OF.search(tail):
            men.vote("Firm", 1.5)
        pm = _PERSON_OF_BEFORE.search(tail) if last_word == "of" else None
        if pm and is_first_name(pm.group(1)) and (gaz is None or men.text not in gaz):
            men.vote("Firm", 2.0)  # "Richard Taylor of Weta Workshop" (not "Eric Greitens of Missouri")
        place_role = _PLACE_ROLE_OF.search(tail)
        if place_role:
            # "Mayor of Hutt", "Governor of Edo": the office names a place, not a firm
            men.vote("City" if place_role.group(1).lower().endswith(("mayor", "mayoress")) else "Region", 1.5)
        elif _ROLE_OF_BEFORE.search(tail):
            men.vote("Firm", 1.0)
    if _FIRM_AFTER.match(after) or _CORPORATE_AFTER.match(after):
        men.vote("Firm", 2.0)  # "Toyota chairman Akio Toyoda", "the Honda plant in Suzuka"
    title_before = _TITLE_BEFORE.search(tail) if _CAP_WORD_END.search(tail[-20:]) else None
    looks_like_name = _looks_like_name(men.text)
    if title_before and looks_like_name and gaz is not None and men.text in gaz and _ROLE_NEXT.match(after):
        pass  # "Conference President Los Angeles Mayor X": the place of the next title, not a person
    elif title_before and looks_like_name:
        men.vote("Person", 4.0)
        men.role = title_before.group(1)
    elif looks_like_name and nwords >= 2 and before.endswith(" ") and _BODY_ROLE_BEFORE.search(tail):
        # "City Council leader Abi Brown", "Toyota chairman Akio Toyoda": a body, its office, the name
        men.vote("Person", 3.0)
        men.role = _BODY_ROLE_BEFORE.search(tail).group(1)
    elif looks_like_name and nwords >= 2 and before.endswith(", "):
        title_comma = _TITLE_COMMA_BEFORE.search(before)
        if title_comma:  # "the Minister for Foreign Affairs, Lars Løkke Rasmussen"
            men.vote("Person", 2.0)
            men.role = title_comma.group(1)
    if looks_like_name and nwords >= 2:
        if _SAID_AFTER.match(after) or _SAID_BEFORE.search(tail):
            men.vote("Person", 2.0)
        if role_after:
            men.vote("Person", 3.0)
            if not men.role:  # "Hanna Tetteh, Minister of Foreign Affairs": the title after the name
                men.role = re.sub(r"^[\s,(–-]*(?:the\s+|its\s+|their\s+)?", "", role_after.group(0), flags=re.I)
    if looks_like_name and _PERSON_APPOSITION.match(after):
        men.vote("Person", 3.5)
    if nwords == 1 and role_after and looks_like_name and not men.text.isupper():
        men.vote("Person", 1.5)
    if _LEGAL_AFTER.match(after):
        men.vote("Firm", 5.0)
    elif nwords <= 2 and _IN_COUNTY_AFTER.match(after):
        men.vote("City", 3.0)  # "Nenagh, Co Tipperary", "Newton Aycliffe, County Durham": a town and its county
    if (last_word in ("of", "for", "the") or before.endswith((", ", ", and ", ", & ")) and all(
            zipf(w) >= 4.0 for w in men.text.split())) and _PORTFOLIO_BEFORE.search(before) \
            or _PORTFOLIO_AFTER.match(after):  # "..., Job Creation and Trade" (not "..., Lars Løkke Rasmussen")
        men.vote("_portfolio", 1.0)
    if nwords <= 3 and before.endswith("/ (") and after[:1] == ")":
        men.vote("MediaOutlet", 3.0)  # "https://…/story/ (Kazinform)": the credited outlet
    if nwords <= 3 and _MEDIA_AFTER.match(after):
        men.vote("MediaOutlet", 2.5)
    if nwords <= 4 and before.endswith("(") and _DATELINE_CREDIT.match(after):
        men.vote("MediaOutlet", 4.0)  # "BEIJING, June 23 (Xinhua) --"
    if nwords <= 5 and _SOURCE_BEFORE.search(before) and (not before.rstrip().endswith(("By", "by")) or _BY_AFTER.match(after)):
        men.vote("MediaOutlet", 3.0)  # "Source: Xinhua, via People's Daily Online"; "By Kent Today | 2 May"
    if nwords <= 4 and (men.start == 0 or text[men.start - 1] == "\n") and _BYLINE_AFTER.match(after):
        men.vote("MediaOutlet", 4.0)  # "Newsday Reporter September 3, 2018"
    if _BASED.match(after):
        men.vote("City", 0.5)
    if last_word == "of" and _STATE_OF_BEFORE.search(tail):
        men.vote("Region", 4.0)  # "the Brazilian state of São Paulo"
    if nwords <= 2 and last_word == "in" and _HELD_IN_BEFORE.search(tail):
        men.vote("City", 1.2)  # "the World Economic Forum in Davos"


def _acronym_votes(text: str, mentions: list[Mention]) -> None:
    """Mentions listed after 'coverage ... including' are media outlets."""
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence].append(m)
    for sent_mentions in by_sentence.values():
        window = (max(0, sent_mentions[0].start - 160), sent_mentions[-1].end)
        if not _MEDIA_CUE_GATE(cue_fold(text[window[0]:window[1]])) or not _MEDIA_CUE.search(text, *window):
            continue
        for i, m in enumerate(sent_mentions):
            pre = text[max(0, m.start - 160):m.start]
            lm = _MEDIA_LIST.search(pre)
            if lm:
                # the list runs on over ", X" and " and X"
                m.vote("MediaOutlet", 2.0)
                for nxt in sent_mentions[i + 1:]:
                    gap = text[m.end:nxt.start]
                    if re.fullmatch(r"\s*(?:,|,?\s+and|&)\s+(?:the\s+)?", gap):
                        nxt.vote("MediaOutlet", 2.0)
                        m = nxt
                    else:
                        break
                break


# A plural head noun that introduces a list of names: "companies such as X, Y and Z", "the
# consultancies X and Y", "universities including X"; or that sums one up: "X and Y, two other
# Japanese manufacturers".
_PLURAL_TYPES = [
    ("Firm", r"companies|firms|manufacturers|makers|consultancies|brands|banks|retailers|carmakers|automakers|"
             r"multinationals|exporters|suppliers|start-?ups|airlines|developers|investors|corporations|"
             r"conglomerates|retail\s+chains|groups|hotels|restaurants|breweries|distilleries"),
    ("University", r"universities|colleges|institutes"),
    ("MediaOutlet", r"newspapers|broadcasters|outlets|magazines|titles"),
]
_LIST_INTRO = [(t, re.compile(rf"(?<![\w-])(?:{p})(?:,?\s+(?:such\s+as|including|like|includ(?:e|es|ed)|among\s+them|"
                             rf"among\s+which|namely))?[\s:]+(?:the\s+)?$", re.I)) for t, p in _PLURAL_TYPES]
_LIST_INTRO_ALL = re.compile("|".join(
    rf"(?P<{t[0].lower()}>(?<![\w-])(?:{p})(?:,?\s+(?:such\s+as|including|like|includ(?:e|es|ed)|among\s+them|"
    rf"among\s+which|namely))?[\s:]+(?:the\s+)?)" for t, p in _PLURAL_TYPES), re.I)
_LIST_INTRO_SCAN = starts(_LIST_INTRO_ALL)
_LIST_SUM = [(t, re.compile(rf"^,\s+(?:both|two|three|four|five|six|all)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{p})\b", re.I))
             for t, p in _PLURAL_TYPES]
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+and|,?\s+&)\s+(?:the\s+)?|\s+and\s+with\s+")
_LIST_INTRO_GATE = re.compile(r"(?:compan|firm|manufactur|maker|consultanc|brand|bank|retail|carmaker|automaker|"
                              r"multinational|exporter|supplier|start|airline|developer|investor|corporation|conglomerate|"
                              r"group|hotel|restaurant|brewer|distiller|universit|college|institut|newspaper|broadcaster|outlet|magazine|title)", re.I)


def _list_cue_votes(text: str, mentions: list[Mention]) -> None:
    """Mentions in a list that a plural head noun introduces or sums up are of its type."""
    ms = sorted(mentions, key=lambda m: m.start)
    n = len(ms)
    # one pass over the text: where does an introducing plural noun end? (the nouns' first
    # letters found first, cues.Starts: the same matches as _LIST_INTRO_ALL.finditer)
    intro_ends = {m.end(): m.lastgroup for m in _LIST_INTRO_SCAN.finditer(text)}
    for i, m in enumerate(ms):
        t = intro_ends.get(m.start)
        if t is not None:
            t = {"f": "Firm", "u": "University", "m": "MediaOutlet"}[t]
            if True:
                group = [m]
                j = i
                while j + 1 < n and _LIST_JOIN.fullmatch(text[ms[j].end:ms[j + 1].start]):
                    j += 1
                    group.append(ms[j])
                for g in group:
                    g.vote(t, 2.5)
    for i, m in enumerate(ms):
        after = text[m.end:m.end + 80]
        if not after.startswith(","):
            continue
        for t, rx in _LIST_SUM:
            if rx.match(after):
                j = i
                group = [m]
                while j > 0 and _LIST_JOIN.fullmatch(text[ms[j - 1].end:ms[j].start]):
                    j -= 1
                    group.append(ms[j])
                if len(group) >= 2:
                    for g in group:
                        g.vote(t, 2.5)
                break


_PAREN_NAME = re.compile(r"[ \u00a0]?\((?:the\s+)?([A-Z\u00C0-\u00DE][^()\n]{1,60}?)\)")


_PARTY_DISTRICT = re.compile(r"[RDI]-(?:\d{1,3}|[A-Z]{2}(?:-\d{1,3})?)")


def acronym_definitions(text: str, mentions: list[Mention], gaz=None) -> dict[str, Mention]:
    """'Leeds City Region (LCR)' -> {'LCR': mention of Leeds City Region}."""
    defs: dict[str, Mention] = {}
    starts = {m.start: m for m in mentions}
    for men in mentions:
        m = _ACRONYM_DEF.match(text, men.end)
        paren = _PAREN_NAME.match(text, men.end)
        if m and paren and " " not in m.group(1):
            initials = "".join(w[0] for w in re.split(r"[\s-]+", men.text) if w and w[0].isupper())
            if not (m.group(1) != men.text and (m.group(1)[0] == men.text[0] or m.group(1).upper()[:2] in initials.upper())):
                m = None  # "German Aerospace Center (DLR)": a foreign acronym, tried as a parenthetical name
        if paren and not m:
            # "German Aerospace Center (DLR)", "Plan Nord (Northern Plan)": a name in parentheses
            # right after a name is another name for it (a translation or a foreign acronym)
            inner = starts.get(men.end + paren.start(1) - paren.start())
            if inner is not None and _PARTY_DISTRICT.fullmatch(inner.text):
                continue  # "Speaker Brian Bosma (R-88)": a legislator's party and district, not a name
            if inner is not None and inner.end == men.end + paren.end(1) - paren.start() and inner.text != men.text:
                ok = inner.text.isupper() or (len(men.text.split()) >= 2 and not (gaz is not None and inner.text in gaz))
                if not ok and gaz is not None and inner.text in gaz and men.text in gaz:
                    # "Beijing (Pékin)", "München (Munich)": two names of one place (not "São Paulo (Brazil)")
                    a, b = gaz.resolve(men.text), gaz.resolve(inner.text)
                    ok = a is not None and b is not None and a.type == b.type and a.type != "Country"
                if ok:
                    defs[inner.text] = men
            continue
        if m:
            acro = m.group(1)
            if " " in acro or "\u00a0" in acro:
                # "Northern Ireland Chamber of Commerce (NI Chamber)": initials plus words of the name
                head, *rest = acro.split()
                if not all(w in men.text.split() for w in rest):
                    continue
            initials = "".join(w[0] for w in re.split(r"[\s-]+", men.text) if w and w[0].isupper())
            if acro != men.text and (acro[0] == men.text[0] or acro.upper()[:2] in initials.upper()):
                defs[acro] = men
    return defs


def acronym_mentions(text: str, known: set[str]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _ANY_ACRONYM.finditer(text) if m.group() in known]


@names_cache  # the grouping key of every mention, and of name parts while merging
def fold_key(name: str) -> str:
    return fold(re.sub(r"[’']s$", "", name))
