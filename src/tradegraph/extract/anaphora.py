"""Definite descriptions and pronouns as pointers to focal entities.

"the company" / "the firm" / "the group" -> the most recent firm; "its" -> the most recent
organisation; "he" / "his" -> the most recent person; "the city" -> the most recent city;
"the delegation" / "the visitors" / "the programme" -> the mission's party (gold README §1). These are markers for relation
patterns only: they never become mentions or aliases.
"""

from __future__ import annotations

import re

from ..model import Entity
from . import cues
from .text import Sentence

_RULES = [
    (re.compile(r"\b(?:the|this)\s+(?:company|firm|group|business|manufacturer|maker|brand|conglomerate|multinational|bank|airline|carmaker|steelmaker|insurer|retailer|consultancy)(?:[’']s)?\b", re.I), ("Firm",)),
    (re.compile(r"\b(?:the|this)\s+(?:university|college|institute)\b", re.I), ("University",)),
    (re.compile(r"\b(?:the|this)\s+(?:association|chamber|federation|foundation|society)(?=[’']s\b)", re.I), ("Organisation",)),
    (re.compile(r"\b(?:the|this)\s+(?:council|agency|ministry|department|authority|embassy)(?=[’']s\b)", re.I), ("GovernmentBody",)),
    (re.compile(r"\b(?:the|this)\s+(?:city|town)\b(?!\s+(?:region|council|of))", re.I), ("City",)),
    (re.compile(r"\b(?:the|this)\s+(?:state|province|region)(?=[’']s\b)", re.I), ("Region",)),
    (re.compile(r"\b(?:the|this)\s+(?:forum|summit|conference|expo|fair|exhibition)\b", re.I), ("Event",)),
    (re.compile(r"\bits\b", re.I), ("Firm", "University", "GovernmentBody", "Organisation", "MediaOutlet")),
    (re.compile(r"\b(?:he|she|his|her|him)\b", re.I), ("Person",)),
]
PARTY = re.compile(r"\b(?:the|our|this)\s+(?:first|second|third|final|last|next|other)\s+(?:visit|stop|meeting)\b|\b(?:the|our|this|their)\s+(?:(?:(?!(?:the|a|an|our|this|their|its|his|her)\s)[a-z-]+\s+){0,3}?)?(?:delegation|delegates|visitors|mission|team|trip|party|guests|mayors|governors|premiers|ministers|programme|program)\b(?![-\w])"
                   r"|\b(?:we|they)\b(?=\s+(?:\w+\s+){0,2}(?:visited|met|held|toured|travelled|discussed|presented|spoke|attended))"
                   # "where Rottner received them", "pleased to host ... and to brief them": the visitors
                   r"|(?:(?<=\breceived\s)|(?<=\bwelcomed\s)|(?<=\bhosted\s)|(?<=\bgreeted\s)|(?<=\bbriefed\s)|(?<=\bbrief\s)|(?<=\bhost\s)|"
                   r"(?<=\bwelcome\s)|(?<=\breceive\s)|(?<=\bgreet\s))them\b"
                   # "the group also met X", "over lunch the group heard": the delegation, not a firm
                   r"|\b(?:the|our|this)\s+group\b(?=(?:,\s+(?:which|who)\b[^.;]{1,160}?,)?\s+(?:also\s+|then\s+|later\s+|first\s+)?(?:met|meets|visited|toured|heard|"
                   r"held|travell?ed|arrived|went|spent|attended|saw|called|was\s+(?:welcomed|received|hosted|shown|briefed|given)|"
                   r"were\s+(?:welcomed|received|hosted|shown|briefed|given)))", re.I)


# "the Greitenses", "the Obamas": a family named by its surname
FAMILY = re.compile(r"\b[Tt]he\s+([A-Z][a-z][\w’'-]*s)\b")

# "the couple", "the Crown Prince Couple", "the royal couple": two leaders travelling together
COUPLE = re.compile(r"\b[Tt]he\s+(?:(?:royal|[Cc]rown\s+[Pp]rince|[Pp]rincely|[Gg]rand\s+[Dd]ucal|[Ii]mperial)\s+)?[Cc]ouple\b")

# "the Governor", "the Mayor", "the Premier": the title alone names the mission's leader
LEADER_TITLE = re.compile(r"\b[Tt]he\s+((?:Deputy\s+|Lord\s+|Vice[-\s])?(?:Governor|Mayor|Premier|President|Minister|First\s+Minister|"
                          r"Prime\s+Minister|Chief\s+Minister|Taoiseach|Chancellor|Minister-President|Secretary\s+of\s+State|"
                          r"Ambassador|Commissioner|Leader|Chair|Chairman|Chief\s+Executive|Crown\s+Prince|Crown\s+Princess|Prince|Princess|King|Queen))\b(?!\s+(?:of|for)\b)")


# object pronouns: "him", and "her" when no noun follows it ("welcomed her to", not "her team")
_OBJECT_PRONOUN = re.compile(r"him|her", re.I)
_AFTER_OBJECT_HER = re.compile(r"\s*(?:[,.;:)]|$|(?:to|at|in|on|for|with|and|as|through|around|during|from)\b)", re.I)


class Focus:
    """Most recent entity per type, updated sentence by sentence."""

    def __init__(self, entities: list[Entity], party: int | None, demonyms: dict[str, int] | None = None,
                 leaders: list[int] | None = None, roles: dict[int, str] | None = None):
        self.entities = entities
        self.party = party
        self.leaders = leaders or []
        self.roles = roles or {}
        self.demonyms = demonyms or {}
        self.demonyms_rx = re.compile(r"\b(?:" + "|".join(map(re.escape, self.demonyms)) + r")\b") if self.demonyms else None
        self.last: dict[str, tuple[int, int]] = {}
        self.first_person: int | None = None

    def pseudo(self, sent: Sentence, taken: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        out = []
        if self.demonyms:
            for m in self.demonyms_rx.finditer(sent.text):
                a, b = sent.start + m.start(), sent.start + m.end()
                if all(b <= s or a >= e for s, e, _ in taken + out):
                    out.append((a, b, self.demonyms[m.group()]))
        def free(a: int, b: int) -> bool:
            return all(b <= s or a >= e for s, e, _ in taken + out)
        if self.party is not None:
            for m in cues.finditer(PARTY, sent.text, sent.folded):
                a, b = sent.start + m.start(), sent.start + m.end()
                if free(a, b):
                    out.append((a, b, self.party))
        if len(self.leaders) == 2:
            for m in COUPLE.finditer(sent.text):
                a, b = sent.start + m.start(), sent.start + m.end()
                if free(a, b):
                    out.extend((a, b, idx) for idx in self.leaders)
        for m in LEADER_TITLE.finditer(sent.text):
            a, b = sent.start + m.start(), sent.start + m.end()
            who = self._leader_titled(m.group(1)) if self.leaders else None
            if who is None:
                who = self._only_titled(m.group(1), a)
            if who is not None and free(a, b):
                out.append((a, b, who))
        for m in cues.finditer(FAMILY, sent.text, sent.folded):
            a, b = sent.start + m.start(), sent.start + m.end()
            if free(a, b):
                # one span, every member: marked as "⟨P1⟩ and ⟨P2⟩" (relations.mark_sentence)
                out.extend((a, b, idx) for idx in self._family(m.group(1)))
        for rx, types in _RULES:
            for m in cues.finditer(rx, sent.text, sent.folded):  # through the rule's gate
                a, b = sent.start + m.start(), sent.start + m.end()
                idx = self._recent(types, a, taken)
                if types == ("Person",) and self.first_person is not None and (
                        m.start() <= 1 and m.group(0)[:1].isupper()
                        or m.group(0).lower() in ("he", "she") and not any(
                            e <= a and self.entities[i].type == "Person" for s, e, i in taken + out)):
                    # "DeWine met Kishida and Toyoda. He also visited ...", "... In Shanghai he
                    # also met ...": a subject pronoun that no person in its own sentence comes
                    # before continues the previous sentence's subject
                    idx = self.first_person
                if types == ("Person",) and _OBJECT_PRONOUN.fullmatch(m.group(0)) and idx is not None and (
                        m.group(0).lower() == "him" or _AFTER_OBJECT_HER.match(sent.text, m.end())) and any(
                        i == idx for s, e, i in taken if e <= a):
                    # "Fudan's president, Jin Li, welcomed him": an object pronoun is not the
                    # clause's own subject (that would be "himself"), but someone named before
                    idx = self._recent_outside(sent, taken)
                if idx is not None and free(a, b):
                    out.append((a, b, idx))
        return out

    def _recent_outside(self, sent: Sentence, taken) -> int | None:
        """The person in focus from earlier sentences, unless this one names them; else the
        mission's only leader (whom an unexplained "him" in a visit report mostly means)."""
        here = {idx for s, e, idx in taken if sent.start <= s < sent.end}
        last = self.last.get("Person")
        if last is not None and last[0] not in here:
            return last[0]
        if len(self.leaders) == 1 and self.leaders[0] not in here:
            return self.leaders[0]
        return None

    def _family(self, plural: str) -> list[int]:
        """Everyone named so far whose surname the plural is ("Greitenses" -> Eric and Sheena Greitens)."""
        if plural.endswith("es"):
            stems = {plural[:-1], plural[:-2]}
        else:
            stems = {plural[:-1]}
        return [i for i, e in enumerate(self.entities)
                if e.type == "Person" and len(e.name.split()) >= 2 and e.name.split()[-1] in stems]

    def _leader_titled(self, title: str) -> int | None:
        """The leader whose role has this title, or the only leader."""
        t = " ".join(title.lower().split())
        for idx in self.leaders:
            if re.search(rf"\b{re.escape(t)}\b", " ".join(self.roles.get(idx, "").lower().split())):
                return idx
        # "the Crown Prince" for a leader titled "Prince": the title's head word, if one leader has it
        # (never across a rank: "the Deputy Mayor" is not the Mayor)
        if re.match(r"(?:deputy|vice|under|assistant|former)\b", t):
            return None  # a deputy is not the leader; the one titled so is found by _only_titled
        head = t.split()[-1]
        heads = [idx for idx in self.leaders if (self.roles.get(idx, "").lower().split() or [""])[-1] == head]
        if len(heads) == 1:
            return heads[0]
        return self.leaders[0] if len(self.leaders) == 1 else None

    def _only_titled(self, title: str, offset: int) -> int | None:
        """"the Premier" with no known leader: the one person named before with that title
        ("Queensland Premier Annastacia Palaszczuk ... In Shanghai the Premier will open ..."),
        or of several the one named most often."""
        t = " ".join(title.lower().split())
        found = {idx for idx, role in self.roles.items()
                 if self.entities[idx].type == "Person" and re.fullmatch(rf"(?:[\w-]+\s+)*{re.escape(t)}",
                                                                          " ".join(role.lower().split()))
                 and any(m.end <= offset for m in self.entities[idx].mentions)}
        if len(found) > 1:  # several: the one the record names most, when there is one
            counts = sorted(((len(self.entities[i].mentions), i) for i in found), reverse=True)
            return counts[0][1] if counts[0][0] > counts[1][0] else None
        return found.pop() if found else None

    def _recent(self, types: tuple[str, ...], offset: int, taken) -> int | None:
        # an earlier mention in this sentence wins over earlier sentences
        best = None
        for s, e, idx in taken:
            if e <= offset and self.entities[idx].type in types:
                best = idx
        if best is not None:
            return best
        cands = [(self.last[t][1], self.last[t][0]) for t in types if t in self.last]
        return max(cands)[1] if cands else None

    def update(self, items: list[tuple[int, int, int]]) -> None:
        self.first_person = None
        for s, _, idx in sorted(items):
            self.last[self.entities[idx].type] = (idx, s)
            if self.first_person is None and self.entities[idx].type == "Person":
                self.first_person = idx  # the sentence's subject, as a rule
