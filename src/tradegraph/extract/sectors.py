"""Sector mentions: a generic vocabulary of industries and topics, plus lower-case phrases
in sector contexts ("working in X, Y and Z", "a maker of X", "the X sector").

Sector names are lower case ("smart cities", "white goods"); the vocabulary is generic
(never names of firms or people).
"""

from __future__ import annotations

import re

from . import vocab
from .cues import fold, needs, starts


def find_sectors(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical sector name) for each sector term in the text: lower-case
    phrases in sector contexts ("working in X, Y and Z", "the X sector", "a maker of X",
    "the X manufacturer", a list naming a known sector), then the generic vocabulary where no
    fuller phrase covers it ("primary healthcare" over "healthcare")."""
    found: list[tuple[int, int, str]] = []
    taken = bytearray(len(text) + 1)
    folded = fold(text)
    # short parentheticals inside a list ("metalliferous ores (A$2.3 billion), non-ferrous metals
    # (A$1.6 billion) and cereals") do not end it: the phrases are read with them blanked out
    listed = _PAREN_NOTE.sub(lambda m: (m.group(1) + " " * (len(m.group()) - 1)) if m.group(1) else " " * len(m.group()),
                             text) if "(" in text else text
    for start, end in _sector_phrases(listed, folded):
        if any(taken[start:end]):
            continue
        phrase = text[start:end]
        shared = _distribute(text, start, end)
        if shared:
            found.extend(shared)  # "economic and cultural exchanges": two sectors
        else:
            found.append((start, end, _canonical(phrase)))
        taken[start:end] = b"\x01" * (end - start)
    for m in _SECTOR_SCAN.finditer(text, folded):
        if any(taken[m.start():m.end()]):
            continue
        name = vocab.SECTOR_NAMES[int(m.lastgroup[1:])]
        start = m.start()
        lm = _LEFT_MOD.search(text, max(0, start - 40), start)
        if lm and not any(taken[lm.start():start]):
            # "integrated public transport", "primary health care": a modifier narrows the sector
            start = lm.start()
            name = " ".join(text[start:m.end()].lower().split())
        end = m.end()
        rm = _RIGHT_HEAD.match(text, end)
        if rm and not any(taken[end:rm.end()]):
            # "smart city technology": the technology of a sector names a sector of its own
            end = rm.end()
            name = " ".join(text[start:end].lower().split())
        found.append((start, end, name))
    found.sort()
    found = [f for f in found if f[2] not in _NEVER_SECTORS]
    _distribute_modifier(text, found)
    return found


# The vocabulary's long alternation, tried only where one of its terms' first letters occur.
_SECTOR_SCAN = starts(vocab.SECTOR_RE)
_RIGHT_HEAD = re.compile(r"[ \u00a0]+technology\b(?![ \u00a0]+(?:sector|industry|company|firm|group))")
_LEFT_MOD = re.compile(r"(?<![\w-])(?:integrated|primary|sustainable|low-carbon|green|urban|rural|"
                       r"renewable|personali[sz]ed|precision|maritime|marine|industrial|commercial|digital|fundamental|social|"
                       r"applied|international|technical|clinical|environmental)[ \u00a0]+$")


# Generic heads a sector word shares as readily as a bare modifier: "health and wellness products"
_SHARED_HEADS = frozenset("exchanges exchange products goods".split())
# Words a list of fields may name that are no field of business: "business" itself, the
# cooperation, the knowledge or the exports a text talks about
_NEVER_SECTORS = frozenset("business businesses cooperation knowledge exports imports provincial".split())
_PAREN_NOTE = re.compile(r"[ \u00a0]\((?=[^()\n]{0,30}\d)[^()\n]{1,40}\)(,?)(?<=,)|[ \u00a0]\((?=[^()\n]{0,30}\d)[^()\n]{1,40}\)()(?=[ \u00a0]+(?:and|or)\b)")
_CONJ = re.compile(r",[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+")


def _distribute(text: str, start: int, end: int) -> list[tuple[int, int, str]] | None:
    """A shared head distributed over bare modifiers: "technical and advisory services" ->
    technical services, advisory services; "economic, cultural and digital exchanges" -> three.
    None when the phrase is one sector ("food and drink") or a modifier could stand alone
    ("health and life sciences")."""
    phrase = text[start:end]
    if " and " not in phrase or vocab.SECTOR_RE.fullmatch(phrase.lower()):
        return None
    parts, pos = [], start
    for m in _CONJ.finditer(text, start, end):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, end))
    *mods, (la, lb) = parts
    last = text[la:lb].split()
    if len(last) < 2 or any(len(text[a:b].split()) != 1 for a, b in mods):
        return None
    if vocab.SECTOR_RE.fullmatch(text[la:lb].lower()) and any(vocab.SECTOR_RE.fullmatch(text[a:b].lower()) for a, b in mods):
        return None  # "televisions and white goods": two named sectors, no shared head
    head = " ".join(last[1:])
    if head not in _SHARED_HEADS and any(
            text[a:b].lower() in SECTOR_WORDS or vocab.SECTOR_RE.fullmatch(text[a:b].lower()) for a, b in mods):
        return None
    out = [(a, b, f"{text[a:b].lower()} {head}") for a, b in mods]
    out.append((la, lb, _canonical(text[la:lb])))
    return out


def _distribute_modifier(text: str, found: list[tuple[int, int, str]]) -> None:
    """A shared modifier distributed over bare heads: "climate change adaptation and
    mitigation" -> climate change adaptation, climate change mitigation."""
    for i in range(1, len(found)):
        a, b, name = found[i]
        pa, pb, pname = found[i - 1]
        words, pwords = name.split(), pname.split()
        if (len(words) == 1 and len(pwords) >= 2 and text[pb:a] in (" and ", " or ") and name not in SECTOR_WORDS
                and not vocab.SECTOR_RE.fullmatch(name) and pwords[-1] not in SECTOR_WORDS
                and name.endswith(("tion", "ment", "sion"))):
            found[i] = (a, b, " ".join(pwords[:-1] + words))


def _canonical(phrase: str) -> str:
    low = " ".join(phrase.lower().split())
    m = vocab.SECTOR_RE.fullmatch(low)
    return vocab.SECTOR_NAMES[int(m.lastgroup[1:])] if m else low


# Cues after which a list of sectors follows. Strong cues ("working in", "a maker of") take any
# noun-phrase list; weak ones ("cooperation on", "drawn from") need the list to name a known sector.
_STRONG_CUE = re.compile(
    r"\b(?:working|work|works|active|operat(?:es|ing)|speciali[sz](?:es|ing|ed|e))\s+(?:in|on)\s+(?:the\s+)?"
    r"|\b(?:sectors?|industries)\s+(?:such\s+as|including|like)\s+:?\s*"
    r"|\b(?:maker|makers|manufacturer|manufacturers|producer|producers|supplier|suppliers|provider|providers|"
    r"developer|developers|designer|designers)\s+of\s+"
    r"|\b(?:makes|produces|produce|manufactures)\s+(?!use\b|the\b|sure\b|it\b)"
    # goods traded: "worth of manufactured goods", "importers of potash", "tariffs on pulse crops"
    r"|\b(?:worth\s+of|importers?\s+of|exporters?\s+of|tariffs\s+on|will\s+buy|to\s+buy)\s+(?=[a-z])", re.I)
_WEAK_CUE = re.compile(
    r"\b(?:expertise|experience|jobs|cooperation|cooperate|cooperating|collaboration|collaborate|partnerships?|"
    r"opportunities|areas|fields|ranging|focus(?:ed|ing)?|strengths?|priorities|good\s+practice|know-how|"
    r"excellence|exchanges?|research\s+(?=into)|tackle|tackles|tackling|offer|offers)"
    r"(?:\s+with\s+(?:them|us|each\s+other))?(?:\s+in\s+(?:19|20)\d\d)?\s+(?:in|on|from|such\s+as|including|like|into|(?<=tackle\s)|(?<=tackles\s)|(?<=tackling\s))\s*(?:the\s+)?:?\s*(?:(?:fields?|areas?|sectors?|industries)\s+of\s+)?"
    r"|\b(?:drawn|came|come|coming|people|companies|firms|businesses|representatives)\s+(?:from|(?<=companies\s)in|(?<=firms\s)in|(?<=businesses\s)in)\s+(?:(?:several|many|various|different|parts\s+of\s+the\s+[\w’'-]+\s+economy,?)\s+)*(?:including\s+)?"
    r"|\b(?:naming|covering|spanning|including)\s+(?=[a-z])"
    # "cooperation in the fields of economy and trade, ports, new energy and ..."
    r"|\b(?:in|on)\s+the\s+(?:fields?|areas?|sectors?|industries)\s+of\s+", re.I)
_SECTOR_WORD = r"[a-z][a-z-]*"
_SECTOR_ITEM = re.compile(rf"(?:{_SECTOR_WORD}[ \u00a0]+){{0,3}}{_SECTOR_WORD}")
_SECTOR_STOP = frozenset(
    """the a an this that these those its their our his her and or but with for to of in on at by from few
    reliant dependent intensive driven oriented
    as is are was were be been will would can could may more most other others many several some
    all both each every such new areas area fields field sectors sector industries industry
    companies firms businesses people things ways range number part parts including like also
    which who what where when how well key major leading various different its own example
    agreement agreements partners partner region regions week weeks one two three four five
    opportunity opportunities market markets investment investments trade between since there
    them together again first second business city cities country countries world future
    products product solutions services range ranges plans plan government state hub hubs
    projects project good practice examples expertise economy people visitors delegation""".split())
# Generic industry words: a list naming one of them (or a vocabulary sector) is a list of sectors.
SECTOR_WORDS = frozenset(
    """engineering defence defense technology technologies energy health healthcare education tourism
    finance insurance architecture agriculture agri-food agritech manufacturing construction mining
    steel coal logistics infrastructure culture science sciences medicine sport sports machinery
    transport transportation mobility innovation research retail media entertainment fashion design
    biotechnology biotech pharmaceuticals pharma chemicals textiles furniture shipping aviation ports
    banking telecommunications electronics software ict aerospace automotive fintech tourism hospitality
    cybersecurity digitisation digitalisation biomedicine biofuels batteries robotics semiconductors
    agriculture forestry fisheries food drink water waste recycling packaging printing publishing
    marketing advertising consulting accountancy law property housing healthtech edtech
    seafood beef dairy meat wine wines beverages horticulture cereals grain grains wheat soybeans corn rice
    sugar coffee tea cotton livestock aquaculture timber wood plastics minerals metals ores oil gas
    petroleum petrochemicals fertilisers fertilizers cement glass paper rubber leather jewellery
    training skills sustainability regeneration resilience entrepreneurship arts trade investment
    exports biomedicine microelectronics mobility decarbonisation nutrition wellness cosmetics
    shipbuilding maritime ports tourism hospitality gaming animation film music broadcasting""".split())
# Words before a business head noun that say nothing about the industry.
_DESCRIPTOR_STOP = _SECTOR_STOP | frozenset(
    """holding parent joint venture sister shell private public listed family small medium large big
    bigger biggest largest top main same former local regional national international global
    multinational leading successful fast-growing growing independent specialist dedicated economic
    development promotion export credit investment state-owned family-run family-owned owned based
    established start-up startup young old well-known famous major minor best core civic whole entire
    wider working steering study trading services service possible potential
    proposed planned future million billion consultation feasibility pilot tender bidding joint innovation""".split())
_HEAD = (r"maker|makers|manufacturer|manufacturers|producer|producers|firm|firms|company|companies|"
         r"group|giant|operator|provider|platform|agency|consultancy|supplier|developer|specialist|"
         r"brand|retailer|exporter|startup|start-up|conglomerate|hub|cluster|clusters|facility|facilities|"
         r"project|projects|services|contract|contracts|operation|operations")
_DESCRIPTOR = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|one\s+of\s+[\w’'\s]{1,30}?)\s+(?:[\w’'.-]+(?:-based|-owned|-run|-listed|-headquartered)\s+|"
    r"[A-Z][\w’'-]*\s+)*((?:(?!(?:the|a|an|of|to|in|on|for|with|by|from|at|as|is|was|were|are|and|or|its|their)\b)"
    r"[a-z][\w-]*\s+(?:and\s+)?){1,4}?)(?:" + _HEAD + r")\b(?!\s+(?:" + _HEAD + r")\b)")
_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+as\s+well\s+as\s+|\s*/\s*)")


_FUNC = frozenset("""the a an this that these those its their our his her and or but with for to of in on
    at by from as is are was were be been will would can could may might which who what where when
    how also between since there them together again including like such than into onto over under
    while whose has have had do does did not its it they we he she so very made used based produced
    developed known called will shall should must met said says signed opened visited grew announced
    among across through within without towards toward per via against during after before about around
    agreed employs employed travelled consists consisted comprises comprised includes included represents
    represented accounts remains""".split())
_ITEM_STOP = _FUNC | frozenset("""other others many several various different all both each every more
    most some key major new areas area fields field sectors sector etc economy economies
    two three four five six seven eight nine ten few increase boost promote strengthen expand attract improve
    deepen enhance""".split())
_QUALITY_WORDS = frozenset("premium high-quality quality world-class fine top-quality top-class finest".split())
_GERUND_VERBS = frozenset("studying promoting developing supporting improving strengthening including "
                          "offering providing attracting boosting expanding exploring discussing".split())
_VAGUE_TAIL = frozenset("solutions projects systems things ways range plans examples".split())
_ING_OK = SECTOR_WORDS | frozenset("ticketing banking printing publishing marketing advertising consulting "
                                   "shipbuilding engineering processing packaging gaming".split())


def _clean_item(text: str, a: int, b: int, stop=_SECTOR_STOP, allow_cut: bool = False) -> tuple[int, int] | None:
    """Trim function words at either end of text[a:b]; None when nothing sector-like is left
    or (unless ``allow_cut``) when a function word inside shows the list has ended."""
    words = [(m.start() + a, m.end() + a, m.group()) for m in re.finditer(r"[^\s]+", text[a:b])]
    while words and (words[0][2].lower() in stop or words[0][2].lower() in _QUALITY_WORDS or (
            len(words) > 1 and words[0][2].endswith("ing") and words[0][2] not in _ING_OK
            and words[0][2].lower() in _GERUND_VERBS)):
        words.pop(0)  # "premium beef" -> beef; "studying commerce" -> commerce
    for i, w in enumerate(words):
        if w[2].lower() in _FUNC and not (w[2] == "and" and 0 < i < len(words) - 1):
            if not allow_cut:
                return None
            words = words[:i]
            break
    while words and words[-1][2].lower() in stop and words[-1][2].lower() not in ("services", "industries", "goods", "technologies", "sciences") :
        words.pop()
    if not words or len(words) > (5 if any(w[2] == "and" for w in words) else 3) or words[-1][2].lower() in _VAGUE_TAIL:
        return None
    if len(words) == 1 and words[0][2].endswith("ing") and words[0][2] not in _ING_OK:
        return None
    if len(words) == 1 and words[0][2] in ("products", "goods", "services", "items", "things"):
        return None  # "to buy its products": no field named
    if words[0][2] == "and" or words[-1][2] == "and":
        return None
    if any(not (re.fullmatch(r"[a-z][a-z-]*", w[2]) or (len(words) == 1 and re.fullmatch(r"[A-Z]{2,4}", w[2]))) or w[2].endswith(("ly",)) or
           (w[2].endswith("ed") and w[2] not in ("advanced", "integrated", "connected", "automated", "processed",
                                                  "manufactured", "specialised", "specialized", "refined"))
           or len(w[2]) < 3 for w in words):
        return None
    return words[0][0], words[-1][1]


def _known(phrase: str) -> bool:
    low = phrase.lower()
    return bool(vocab.SECTOR_RE.fullmatch(low)) or low.split()[-1] in SECTOR_WORDS


_CHUNK_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+as\s+well\s+as\s+|\s*;\s*")
_CHUNK_END = re.compile(r"[.;:()\[\]\n!?\"“”]")


def _pairs(text: str, a: int, b: int) -> list[tuple[int, int]]:
    m = re.search(r"\s+and\s+", text[a:b])
    return [(a, b)] if not m else [(a, a + m.start()), (a + m.end(), b)]


def _list_items(text: str, pos: int, first_cut: bool) -> list[tuple[int, int]]:
    """The items of a comma list starting at ``pos``: 'A, B and C', 'culture and entertainment'
    as two items, 'technical and advisory services' as one. The list ends at the first chunk
    that is not a bare noun phrase."""
    end = _CHUNK_END.search(text, pos, pos + 300)
    stop = end.start() if end else min(len(text), pos + 300)
    region = text[pos:stop]
    chunks, p0 = [], 0
    for m in _CHUNK_SEP.finditer(region):
        chunks.append((p0, m.start()))
        p0 = m.end()
    chunks.append((p0, len(region)))
    items: list[tuple[int, int]] = []
    for k, (ca, cb) in enumerate(chunks):
        if k > 0 and "and" in region[chunks[k - 1][1]:ca]:
            again = re.match(r"(?:in|on)[ \u00a0]+(?=[a-z])", region[ca:cb])
            if again:
                ca += again.end()  # "..., and in health and education": the list goes on
        parts = []
        q0 = ca
        for m in re.finditer(r"\s+(?:and|or|&)\s+", region[ca:cb]):
            parts.append((q0, ca + m.start()))
            q0 = ca + m.end()
        parts.append((q0, cb))
        # "technical and advisory services": a bare modifier shares the next part's head;
        # "food and drink": a vocabulary pair stays one sector
        merged: list[tuple[int, int]] = []
        for x, y in parts:
            if merged:
                px, py = merged[-1]
                vm = vocab.SECTOR_RE.match(region, px, y)
                if vm and vm.end() > x:
                    merged[-1] = (px, vm.end())
                    if region[vm.end():y].strip():
                        merged.append((vm.end(), y))
                    continue
                left, right = region[px:py].split(), region[x:y].split()
                if len(left) == 1 and len(right) >= 2 and (left[0] not in SECTOR_WORDS and not
                        vocab.SECTOR_RE.fullmatch(left[0]) or right[-1] in _SHARED_HEADS
                        and not vocab.SECTOR_RE.fullmatch(" ".join(right).lower())) and right[0] not in ("the", "a", "an"):
                    merged[-1] = (px, y)
                    continue
            merged.append((x, y))
        whole = region[ca:cb].strip().lower()
        if vocab.SECTOR_RE.fullmatch(whole):
            merged = [(ca, cb)]
        ended = False
        for n_part, (x, y) in enumerate(merged):
            raw = text[pos + x:pos + y].split()
            if (k or n_part) and raw and raw[0] == "to":
                ended = True  # "... its products and to invest in ...": a verb phrase ends the list
                break
            c = _clean_item(text, pos + x, pos + y, _ITEM_STOP, allow_cut=True)
            cut = c is None or (text[c[0]:c[1]].split() != [w for w in raw if w.lower() not in ("the", "a", "an")
                                                              and w.lower() not in _QUALITY_WORDS and w.lower() not in _GERUND_VERBS])
            if c is not None and cut and k > 0 and n_part == len(merged) - 1 and n_part > 0:
                # "..., life sciences and clean technologies as examples": the list's last item
                nxt_word = text[c[1]:].split(None, 1)
                if nxt_word and nxt_word[0].lower() in _FUNC:
                    items.append(c)
                    ended = True
                    break
            if c is not None and cut and first_cut and k == 0:
                v = vocab.SECTOR_RE.match(text, c[0], c[1])
                if v and v.end() < c[1]:  # "makers of white goods met in Leeds"
                    c = (c[0], v.end())
            if c is not None and (not cut or (first_cut and k == 0)):
                items.append(c)
            if c is None and k == 0 and n_part == 0 and all(w.lower() in _ITEM_STOP for w in raw):
                continue  # "on the economy, science and agriculture": a vague first item is skipped
            if cut:
                ended = True
                if not (first_cut and k == 0 and c is not None):
                    break
        if ended:
            break
    return items


_NOT_FUNC = r"(?!(?:" + "|".join(sorted(_FUNC)) + r")\b)"
_LIST_START = re.compile(r"(?<![\w-])" + _NOT_FUNC + r"[a-z][a-z-]*(?:[ \u00a0]+" + _NOT_FUNC + r"[a-z][a-z-]*){0,2},[ \u00a0]")
_COMMA_SPACE = re.compile(r",[ \u00a0]")
_LIST_RUN = frozenset("abcdefghijklmnopqrstuvwxyz- \u00a0")  # what _LIST_START reads before its comma
# _list_starts relies on the shape of _LIST_START (lower-case words, spaces, a comma; the
# function-word lookahead aside): a pattern of another shape is scanned plainly instead
_LIST_START_SHAPE = r"(?<![\w-])[a-z][a-z-]*(?:[ \u00a0]+[a-z][a-z-]*){0,2},[ \u00a0]"
_LIST_START_READ = (_NOT_FUNC.startswith("(?!") and _LIST_START.pattern.replace(_NOT_FUNC, "") == _LIST_START_SHAPE)


def _list_starts(text: str):
    """``_LIST_START.finditer(text)``, searched only in the run of lower-case words before
    each comma: a match is one to three such words and the comma and space after them, so it
    can begin nowhere else (re would try the function-word lookahead at every word)."""
    if not _LIST_START_READ:
        yield from _LIST_START.finditer(text)
        return
    end = 0
    for comma in _COMMA_SPACE.finditer(text):
        run = comma.start()
        while run > end and text[run - 1] in _LIST_RUN:
            run -= 1
        if run == comma.start():
            continue
        m = _LIST_START.search(text, run, comma.end())
        if m is not None:
            yield m
            end = m.end()


_WORD_END = re.compile(r"[a-z][a-z-]*$")


def _list_head(text: str, m: re.Match, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The start of a list that its scan missed: the verb's object in "meetings covered
    manufacturing, financial services and ..." (an industry word ending the first chunk)."""
    comma = m.end() - 2
    if not items or items[0][0] >= comma:
        w = _WORD_END.search(text, m.start(), comma)
        if w and w.start() > m.start() and w.group() in SECTOR_WORDS:
            items = [(w.start(), w.end())] + (items or _list_items(text, m.end(), False))
    return items


_STRONG_SCAN = starts(_STRONG_CUE)
_WEAK_SCAN = starts(_WEAK_CUE)


def _sector_phrases(text: str, folded: str) -> list[tuple[int, int]]:
    """``folded`` is ``cues.fold(text)``, for the scans and gates of the cue patterns."""
    out: list[tuple[int, int]] = []

    for cue in _STRONG_SCAN.finditer(text, folded):
        out.extend(_list_items(text, cue.end(), True))
    for cue in _WEAK_SCAN.finditer(text, folded):
        items = _list_items(text, cue.end(), False)
        if any(_known(text[a:b]) for a, b in items):
            out.extend(items)
    # a list of three or more lower-case phrases that names a known sector
    for m in _list_starts(text):
        if out and out[-1][1] > m.start():
            continue
        items = _list_items(text, m.start(), False)
        items = _list_head(text, m, items)
        if items:
            # "promoted Chilean food and drink, tourism and ...": a vocabulary pair the start missed
            for v in vocab.SECTOR_RE.finditer(text, max(0, items[0][0] - 25), items[0][1]):
                if v.end() == items[0][1] and v.start() < items[0][0] and " and " in v.group():
                    items = [(v.start(), v.end())] + items[1:]
                    break
        known = sum(1 for a, b in items if _known(text[a:b]))
        if len(items) >= 3 and known >= 1 and known >= len(items) / 3:
            out.extend(items)
    for m in _DESCRIPTOR.finditer(text):
        a, b = m.span(1)
        phrase = text[a:b].rstrip()
        b = a + len(phrase)
        if _clean_item(text, a, b, _DESCRIPTOR_STOP) is None or vocab.SECTOR_RE.fullmatch(text, a, m.end()):
            continue  # "the financial services firm" is not "financial"
        for x, y in _pairs(text, a, b):
            c = _clean_item(text, x, y, _DESCRIPTOR_STOP)
            if c:
                out.append(c)
    for m in (_BEFORE_SECTOR.finditer(text) if _BEFORE_SECTOR_GATE(folded) else ()):
        words = m.group(1).split()
        while words and words[0] in _SECTOR_STOP:
            words.pop(0)
        while words and words[0] in _DESCRIPTOR_STOP | _GROWTH_WORDS:
            words.pop(0)  # "the emerging energy storage industry"
        if words and words[0].endswith("ing") and words[0] not in _ING_OK and (len(words) == 1 or words[0] in _GERUND_VERBS):
            continue  # "the delegation representing sectors like ...", "attending industry seminars": a verb
        if words and not any(w in _SECTOR_STOP or w in _FUNC or w.endswith("est") for w in words):
            phrase = " ".join(words)
            a = m.start(1) + m.group(1).rfind(phrase)
            if text[a:a + len(phrase)] == phrase and not _TO_BEFORE.search(text, max(0, a - 4), a):
                b = a + len(phrase)
                if (m.group(2) == "industry" and len(words) == 1 and not vocab.SECTOR_RE.fullmatch(phrase)
                        and not words[0].endswith(("ing", "al", "ic"))):
                    b = m.end()  # "the wind industry", "the motor industry": the noun alone is no sector
                out.append((a, b))
    for m in (_EXCHANGES.finditer(text) if "exchange" in folded else ()):
        mods = [w for w in re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group(1))]
        if all((w not in _SECTOR_STOP or w in SECTOR_WORDS) and w not in _FUNC and w not in _NOT_EXCHANGE for w in mods) and \
                not _TO_BEFORE.search(text, max(0, m.start() - 4), m.start()):  # "to increase exchanges"
            out.append(m.span())
    out.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    return out


_BEFORE_SECTOR = re.compile(r"(?<![\w’'-])((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+(sector|sectors|industry|industries)\b")
_TO_BEFORE = re.compile(r"(?<![\w-])to\s+$")  # "to strengthen industry": a verb, not a sector
_GROWTH_WORDS = frozenset("emerging booming thriving burgeoning vibrant important strategic traditional wider".split())
# "economic and cultural exchanges", "student exchanges", "people-to-people exchanges"
_EXCHANGES = re.compile(r"(?<![\w-])((?:[a-z][a-z-]*,\s+)*(?:[a-z][a-z-]*,?\s+and\s+)?[a-z][a-z-]*)\s+exchanges\b")
_NOT_EXCHANGE = frozenset("more closer greater further deeper frequent regular close stronger strong mutual "
                          "friendly year years annual personnel "
                          "bilateral new future such many two-way high-level direct".split())
_BEFORE_SECTOR_GATE = needs(_BEFORE_SECTOR)  # "sector" or "industry" in the text
