"""Score extraction against hand-written gold annotations (``graph/gold/*.gold.json``).

Micro precision / recall / F1 for entities, relations and facts, with per-type and
per-predicate tables and the lists of misses and false hits.

* entities match when the type is the same and the names intersect through name + aliases,
  normalised for case, whitespace and diacritics (one-to-one);
* relations match when subject and object match through the entity matching (unordered for
  the symmetric predicates ``metWith``, ``partnerOf``, ``collaborationOpportunity``);
* facts match on subject + property + value (numbers within 1%, anything else equal).
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .errors import BadInputError
from .model import SYMMETRIC_PREDICATES, Extraction


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Report:
    entities: Score = field(default_factory=Score)
    relations: Score = field(default_factory=Score)
    facts: Score = field(default_factory=Score)
    by_type: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_predicate: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_property: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (record, kind, description)
    false_hits: list[tuple[str, str, str]] = field(default_factory=list)
    records: int = 0

    def tally(self, kind: str, group: str, outcome: str, record: str, desc: str) -> None:
        """Count one gold item found (``tp``) or missed (``fn``), or one false hit (``fp``), in
        the overall score of its kind and in its group's (entity type, predicate or property)."""
        total, groups = {"entity": (self.entities, self.by_type),
                         "relation": (self.relations, self.by_predicate),
                         "fact": (self.facts, self.by_property)}[kind]
        for score in (total, groups[group]):
            setattr(score, outcome, getattr(score, outcome) + 1)
        if outcome == "fn":
            self.misses.append((record, kind, desc))
        elif outcome == "fp":
            self.false_hits.append((record, kind, desc))

    def to_dict(self) -> dict[str, Any]:
        def s(x: Score) -> dict[str, float]:
            return {"precision": round(x.precision, 4), "recall": round(x.recall, 4),
                    "f1": round(x.f1, 4), "tp": x.tp, "fp": x.fp, "fn": x.fn}

        return {"records": self.records, "entities": s(self.entities),
                "relations": s(self.relations), "facts": s(self.facts),
                "by_type": {k: s(v) for k, v in sorted(self.by_type.items())},
                "by_predicate": {k: s(v) for k, v in sorted(self.by_predicate.items())},
                "by_property": {k: s(v) for k, v in sorted(self.by_property.items())}}


def norm(name: str) -> str:
    """Case-, whitespace-, diacritic- and apostrophe-insensitive form of a name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("’", "'").casefold().split()).rstrip(".,;: ")


def load_gold(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BadInputError(f"{path}: no such gold file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadInputError(f"{path}: not a readable gold JSON file ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise BadInputError(f"{path}: gold file needs a 'record' name and an 'entities' list")
    for key in ("relations", "facts"):
        if not isinstance(data.get(key, []), list):
            raise BadInputError(f"{path}: '{key}' must be a list")
    for e in data["entities"]:
        if not isinstance(e, dict) or not e.get("name") or not e.get("type"):
            raise BadInputError(f"{path}: every gold entity needs a name and a type")
    return data


def record_path_for(gold_path: Path, gold: dict[str, Any], records_dir: Path) -> Path:
    name = gold.get("record")
    if name:
        candidate = records_dir / name
        if candidate.is_file():
            return candidate
    stem = Path(gold_path).name.removesuffix(".gold.json")
    for p in sorted(records_dir.glob(stem + ".*")):
        if p.suffix.lower() in (".md", ".txt", ".html", ".htm", ".markdown"):
            return p
    raise BadInputError(f"{gold_path}: its record {name or stem} is not in {records_dir}")


def match_entities(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[int, int]:
    """One-to-one gold index -> predicted index, by type and intersecting name sets."""
    def names(e: dict[str, Any]) -> set[str]:
        return {norm(n) for n in [e["name"], *e.get("aliases", [])] if n}

    gold_names = [names(g) for g in gold]
    pred_names = [names(p) for p in pred]
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g["type"] == p["type"] and gold_names[gi] & pred_names[pi]:
                exact = norm(g["name"]) == norm(p["name"])
                pairs.append((0 if exact else 1, -len(gold_names[gi] & pred_names[pi]), gi, pi))
    pairs.sort()
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, _, gi, pi in pairs:
        if gi not in out and pi not in used:
            out[gi] = pi
            used.add(pi)
    return out


def _same_value(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        if a == b:
            return True
        return abs(a - b) <= 0.01 * max(abs(a), abs(b))
    return str(a).strip().casefold() == str(b).strip().casefold()


def score_record(gold: dict[str, Any], extraction: Extraction, report: Report, label: str) -> None:
    pred = extraction.to_dict()
    g_ents, p_ents = gold["entities"], pred["entities"]
    m = match_entities(g_ents, p_ents)
    matched_pred = set(m.values())
    for gi, g in enumerate(g_ents):
        report.tally("entity", g["type"], "tp" if gi in m else "fn", label, f"{g['type']} {g['name']}")
    for pi, p in enumerate(p_ents):
        if pi not in matched_pred:
            report.tally("entity", p["type"], "fp", label, f"{p['type']} {p['name']}")
    # gold names -> gold index; predicted ids -> gold index through the matching
    gold_index: dict[str, int] = {}
    for gi, g in enumerate(g_ents):
        for n in [g["name"], *g.get("aliases", [])]:
            gold_index.setdefault(norm(n), gi)
    pred_to_gold = {p_ents[pi]["id"]: gi for gi, pi in m.items()}
    id_name = {e["id"]: e["name"] for e in p_ents}

    def gkey(rel: dict[str, Any]) -> tuple | None:
        s, o = gold_index.get(norm(rel["subject"])), gold_index.get(norm(rel["object"]))
        if s is None or o is None:
            return None
        return _rel_key(s, rel["predicate"], o)

    gold_rels = {}
    for r in gold.get("relations", []):
        k = gkey(r)
        desc = f"{r['subject']} {r['predicate']} {r['object']}"
        gold_rels[k if k is not None else ("unresolved", desc)] = (desc, r["predicate"])
    pred_rels = {}
    for r in pred["relations"]:
        s, o = pred_to_gold.get(r["subject"]), pred_to_gold.get(r["object"])
        desc = f"{id_name.get(r['subject'], r['subject'])} {r['predicate']} {id_name.get(r['object'], r['object'])}"
        k = _rel_key(s, r["predicate"], o) if s is not None and o is not None else ("unmatched", desc)
        pred_rels.setdefault(k, (desc, r["predicate"]))
    for k, (desc, predicate) in gold_rels.items():
        report.tally("relation", predicate, "tp" if k in pred_rels else "fn", label, desc)
    for k, (desc, predicate) in pred_rels.items():
        if k not in gold_rels:
            report.tally("relation", predicate, "fp", label, desc)
    # facts
    gold_facts = []
    for f in gold.get("facts", []):
        gold_facts.append((gold_index.get(norm(f["subject"])), f["property"], f["value"],
                           f"{f['subject']} {f['property']} {f['value']}"))
    pred_facts = [(pred_to_gold.get(f["subject"]), f["property"], f["value"],
                   f"{id_name.get(f['subject'], f['subject'])} {f['property']} {f['value']}")
                  for f in pred["facts"]]
    used: set[int] = set()
    for gs, gp, gv, desc in gold_facts:
        hit = None
        for i, (ps, pp, pv, _) in enumerate(pred_facts):
            if i not in used and gs is not None and ps == gs and pp == gp and _same_value(gv, pv):
                hit = i
                break
        if hit is not None:
            used.add(hit)
        report.tally("fact", gp, "fn" if hit is None else "tp", label, desc)
    for i, (_, pp, _, desc) in enumerate(pred_facts):
        if i not in used:
            report.tally("fact", pp, "fp", label, desc)


def _rel_key(s: int, predicate: str, o: int) -> tuple:
    if predicate in SYMMETRIC_PREDICATES:
        s, o = min(s, o), max(s, o)
    return (s, predicate, o)


def evaluate(gold_paths: Iterable[str | Path], records_dir: str | Path, *,
             curation: bool = True) -> Report:
    """Run extraction on each gold file's record and score it."""
    from .extract import extract
    from .extract.curation import load_curation
    from .records import read_record

    records_dir = Path(records_dir)
    if not records_dir.is_dir():
        raise BadInputError(f"{records_dir}: no such records folder")
    cur = load_curation(records_dir) if curation else None
    report = Report()
    paths = [Path(p) for p in gold_paths]
    if not paths:
        raise BadInputError("no gold files to score")
    for gp in paths:
        gold = load_gold(gp)
        rec = read_record(record_path_for(gp, gold, records_dir))
        extraction = extract(rec, curation=cur)
        score_record(gold, extraction, report, gp.name.removesuffix(".gold.json"))
        report.records += 1
    return report
