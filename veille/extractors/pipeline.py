"""The whole analysis of a language: its spaCy model (``veille.nlp``) with veille's extractors
appended as pipeline components, loaded once per process and reused."""
from __future__ import annotations

import gc
import importlib
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..nlp import load_model
from ..nlp.pieces import parse_in_pieces
from ..settings import PIECE_CHARS

VEILLE_COMPONENTS = ("veille_entities", "veille_places", "veille_coref", "veille_times", "veille_quantities",
                     "veille_statements", "veille_events", "veille_links")


@cache
def load_pipeline(lang: str) -> Language:
    """The spaCy model of ``lang`` with veille's extractors appended as pipeline components."""
    # registers the component factories (veille.extractors itself loads without spaCy, for the store)
    importlib.import_module("veille.extractors.components")
    nlp = load_model(lang)
    for name in VEILLE_COMPONENTS:
        nlp.add_pipe(name)
    # the model and the extractors' tables live as long as the process: out of the cyclic collector's
    # sight, its passes over the objects of the analysis no longer walk them too (0.2 -> 0.08 CPU s of
    # collection per 100 articles)
    gc.freeze()
    return nlp


def analyse_in_pieces(nlp: Language, text: str, published: str | None, size: int = PIECE_CHARS) -> Doc:
    """The whole analysis of a long ``text``: the model piece by piece (``veille.nlp.pieces``), joined
    into one Doc, then veille's components on the whole, as ``nlp(text)`` runs them."""
    with nlp.select_pipes(disable=VEILLE_COMPONENTS):
        doc = parse_in_pieces(nlp, text, size)
    doc._.veille_published = published
    for name in nlp.pipe_names:
        if name in VEILLE_COMPONENTS:
            doc = nlp.get_pipe(name)(doc)
    return doc
