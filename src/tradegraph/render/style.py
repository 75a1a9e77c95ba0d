"""How each entity type and relation looks on a page: colour, shape, legend order.

Colours are a colour-blind-aware qualitative palette (Okabe–Ito plus Tableau tones); shapes
repeat across types, so a type is told apart by colour and shape together. Only shapes that
vis-network sizes by ``size`` are used, so node size can carry degree.
"""

from __future__ import annotations

from dataclasses import dataclass

# Entity types in legend order (design §3).
ENTITY_TYPES: tuple[str, ...] = (
    "Country", "Region", "City", "Firm", "University", "GovernmentBody", "Organisation",
    "MediaOutlet", "Person", "Event", "Initiative", "Sector",
)

SYMMETRIC_PREDICATES = frozenset({"metWith", "partnerOf", "collaborationOpportunity"})


@dataclass(frozen=True)
class TypeStyle:
    colour: str
    shape: str  # a vis-network shape sized by ``size``
    label: str  # shown in the legend


TYPE_STYLES: dict[str, TypeStyle] = {
    "Country": TypeStyle("#0072B2", "hexagon", "Country"),
    "Region": TypeStyle("#56B4E9", "hexagon", "Region"),
    "City": TypeStyle("#009E73", "hexagon", "City"),
    "Firm": TypeStyle("#E69F00", "dot", "Firm"),
    "University": TypeStyle("#CC79A7", "triangle", "University"),
    "GovernmentBody": TypeStyle("#8C564B", "square", "Government body"),
    "Organisation": TypeStyle("#D55E00", "triangleDown", "Organisation"),
    "MediaOutlet": TypeStyle("#7F7F7F", "triangleDown", "Media outlet"),
    "Person": TypeStyle("#F0E442", "dot", "Person"),
    "Event": TypeStyle("#9467BD", "star", "Event"),
    "Initiative": TypeStyle("#17BECF", "diamond", "Initiative"),
    "Sector": TypeStyle("#BCBD22", "diamond", "Sector"),
}
UNKNOWN_STYLE = TypeStyle("#BBBBBB", "dot", "Other")

# Opportunity edges (``--opportunities``): stated in a record, or inferred by tradegraph.
OPPORTUNITY_COLOURS = {"stated": "#D62728", "inferred": "#D62728"}
EDGE_COLOUR = "#9A9A9A"


def type_style(entity_type: str | None) -> TypeStyle:
    """The style of an entity type; unknown types are grey dots.

    >>> type_style("Firm").shape
    'dot'
    >>> type_style("Spaceship") is UNKNOWN_STYLE
    True
    """
    return TYPE_STYLES.get(entity_type or "", UNKNOWN_STYLE)


def predicate_label(predicate: str) -> str:
    """How a predicate reads on an edge: ``headquarteredIn`` → ``headquartered in``.

    >>> predicate_label("hasOfficeIn")
    'has office in'
    >>> predicate_label("collaborationOpportunity")
    'collaboration opportunity'
    """
    if predicate == "collaborationOpportunity":
        return "collaboration opportunity"
    from ..lookup import PREDICATE_LABELS

    if predicate in PREDICATE_LABELS:
        return PREDICATE_LABELS[predicate][0]
    out = []
    for ch in predicate:
        out.append(" " + ch.lower() if ch.isupper() and out else ch)
    return "".join(out)
