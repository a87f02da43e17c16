"""Geoparsing: place mentions -> GeoNames ids, coordinates, country and feature kind.

``gazetteer`` (the offline place index) loads without spaCy; ``resolve`` is the pipeline component.
"""
