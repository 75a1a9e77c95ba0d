"""The ``tg:`` vocabulary as a closed namespace, so a typo in a term is an error.

Every term here is declared in ``graph/ontology.ttl``; a test checks the two agree.
Other vocabularies are rdflib's own (SKOS, DCTERMS, PROV, OWL, SDO) or declared below.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/tradegraph/"
ID = Namespace(BASE + "id/")
RECORD = Namespace(BASE + "record/")
GEONAMES = Namespace("https://sws.geonames.org/")


class TG(DefinedNamespace):
    _NS = Namespace(BASE + "ns#")
    _fail = True

    # Classes: the data model's entity types, and the nodes that carry provenance.
    Country: URIRef
    Region: URIRef
    City: URIRef
    Firm: URIRef
    University: URIRef
    GovernmentBody: URIRef
    Organisation: URIRef
    MediaOutlet: URIRef
    Person: URIRef
    Event: URIRef
    Initiative: URIRef
    Sector: URIRef
    Record: URIRef
    Assertion: URIRef
    Fact: URIRef

    # Relations between entities.
    locatedIn: URIRef
    headquarteredIn: URIRef
    hasOfficeIn: URIRef
    subsidiaryOf: URIRef
    acquired: URIRef
    affiliatedWith: URIRef
    visited: URIRef
    metWith: URIRef
    participatedIn: URIRef
    heldIn: URIRef
    organisedBy: URIRef
    partnerOf: URIRef
    investsIn: URIRef
    participatesIn: URIRef
    activeIn: URIRef
    collaborationOpportunity: URIRef

    # Facts: one datatype property each, plus the n-ary tg:Fact node.
    employees: URIRef
    revenue: URIRef
    growthRate: URIRef
    gdp: URIRef
    population: URIRef
    foundingYear: URIRef
    audienceSize: URIRef
    mediaCoverage: URIRef
    ranking: URIRef
    investment: URIRef
    jobs: URIRef
    exports: URIRef
    startDate: URIRef

    # Provenance and attributes of assertions and facts.
    about: URIRef
    factProperty: URIRef
    unit: URIRef
    qualifier: URIRef
    factDate: URIRef
    evidenceText: URIRef
    evidenceStart: URIRef
    evidenceEnd: URIRef
    method: URIRef
    confidence: URIRef
    role: URIRef
    topic: URIRef
    isoCode: URIRef
    nameKey: URIRef
    sha256: URIRef
    fileName: URIRef
