"""Optional statistical NER: a spaCy pipeline's entities as extra candidate mentions.

``extract(record, ner="en_core_web_sm")`` (a pipeline name or a path) loads the pipeline once
per process; its entities add type votes to the rule-based mentions or become new mentions.
"""

from __future__ import annotations

from functools import lru_cache

from ..errors import BadInputError
from .mentions import Mention
from .text import Sentence, sentence_at

_LABELS = {"PERSON": ("Person", 2.0), "PER": ("Person", 2.0), "ORG": ("Firm", 2.0),
           "GPE": ("City", 0.8), "LOC": ("Region", 0.8), "EVENT": ("Event", 1.5),
           "FAC": ("Organisation", 0.5)}


@lru_cache(maxsize=4)
def load_pipeline(name: str):
    try:
        import spacy
    except ImportError:  # pragma: no cover - spaCy is a dependency
        raise BadInputError("NER needs spaCy, which is not installed") from None
    try:
        return spacy.load(name)
    except (OSError, IOError, ValueError) as exc:
        raise BadInputError(f"NER pipeline {name!r} is not installed or cannot be loaded "
                            f"(try: python -m spacy download {name})") from exc


def ner_mentions(text: str, sentences: list[Sentence], mentions: list[Mention], name: str) -> list[Mention]:
    nlp = load_pipeline(name)
    doc = nlp(text)
    by_span = {(m.start, m.end): m for m in mentions}
    out = list(mentions)
    for ent in doc.ents:
        label = _LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = ent.start_char, ent.end_char
        surface = text[start:end]
        if surface.endswith(("'s", "’s")):
            end -= 2
        if end <= start or not text[start:end].strip():
            continue
        existing = by_span.get((start, end))
        if existing is not None:
            existing.vote(*label)
            continue
        if any(m.start < end and start < m.end for m in out):
            continue
        sent = sentence_at(sentences, start)
        if sent is None or end > sent.end:
            continue
        m = Mention(start, end, text[start:end], sentence=sent.index)
        m.vote(*label)
        out.append(m)
    out.sort(key=lambda m: m.start)
    return out
