"""Geoparsing: place mentions -> GeoNames ids, coordinates, country and feature kind.

``resolve`` is the pipeline component; the offline place index it reads is ``veille.geo.gazetteer``.
"""
