"""The RDF side: the ``tg:`` vocabulary and the mapping of an extraction to a named graph."""
