"""RDF terms as light, engine-neutral values.

Query results from every backend come back as ``Term``; parameters go in as ``Term``. This
keeps rdflib (a third of a second to import) off the lookup path, and lets each backend
encode a term its own way: a pyoxigraph term, or N-Triples syntax in a ``VALUES`` block.

>>> Term.literal('say "hi"').n3()
'"say \\\\"hi\\\\""'
>>> Term.iri("https://example.org/a").n3()
'<https://example.org/a>'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger",
                              "positiveInteger", "decimal", "double", "float")}
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


@dataclass(frozen=True)
class Term:
    value: str
    kind: str = "literal"  # "iri", "literal" or "bnode"
    datatype: str | None = None
    language: str | None = None

    @classmethod
    def iri(cls, value: str) -> Term:
        if _IRI_FORBIDDEN.search(value):
            raise ValueError(f"not a valid IRI: {value!r}")
        return cls(value, "iri")

    @classmethod
    def literal(cls, value: Any, datatype: str | None = None, language: str | None = None) -> Term:
        if datatype is None and language is None:
            if isinstance(value, bool):
                return cls("true" if value else "false", "literal", XSD + "boolean")
            if isinstance(value, int):
                return cls(str(value), "literal", XSD + "integer")
            if isinstance(value, float):
                return cls(repr(value), "literal", XSD + "double")
        return cls(str(value), "literal", datatype, language)

    def n3(self) -> str:
        """N-Triples / SPARQL syntax, with every special character escaped."""
        if self.kind == "iri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        body = '"' + "".join(_ESCAPES.get(c, c) for c in self.value) + '"'
        if self.language:
            return f"{body}@{self.language}"
        if self.datatype and self.datatype != XSD + "string":
            return f"{body}^^<{self.datatype}>"
        return body

    def python(self) -> Any:
        """The natural Python value: numbers as int/float, everything else as text."""
        if self.kind == "literal" and self.datatype in _NUMERIC:
            try:
                return int(self.value)
            except ValueError:
                try:
                    return float(self.value)
                except ValueError:
                    return self.value
        if self.kind == "literal" and self.datatype == XSD + "boolean":
            return self.value == "true"
        return self.value

    def __str__(self) -> str:
        return self.value
