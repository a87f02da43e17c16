"""Registers veille's extractors as spaCy component factories; imported when a pipeline is built.

Importing each module runs its ``@Language.factory`` (veille_entities, veille_places, veille_coref,
veille_times, veille_quantities, veille_statements, veille_events, veille_links).
"""
from __future__ import annotations

from . import coref, entities, events, links, quantities, statements, times
from .places import resolve

__all__ = ["coref", "entities", "events", "links", "quantities", "resolve", "statements", "times"]
