"""Geoparsing: place mentions -> GeoNames ids, coordinates, country and feature kind."""
from .gazetteer import Gazetteer, build, name_key
from .resolve import PlaceResolver

__all__ = ["Gazetteer", "PlaceResolver", "build", "name_key"]
