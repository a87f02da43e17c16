"""One spaCy pipeline per language, loaded lazily once per process and reused."""
from __future__ import annotations

import importlib
from functools import cache

from spacy.language import Language

from ..errors import ModelMissing, unsupported_language
from ..settings import MODELS, SUPPORTED_LANGS

VEILLE_COMPONENTS = ("veille_entities", "veille_places", "veille_times", "veille_quantities",
                     "veille_statements", "veille_events", "veille_links")


@cache
def load_pipeline(lang: str) -> Language:
    """The spaCy model of ``lang`` with veille's extractors appended as pipeline components."""
    import spacy

    # registers the component factories (veille.extract itself loads without spaCy, for the store)
    importlib.import_module("veille.extractors.components")
    importlib.import_module("veille.nlp.sentences")

    if lang not in SUPPORTED_LANGS:
        raise unsupported_language(lang)
    try:
        nlp = spacy.load(MODELS[lang])
    except OSError as e:
        raise ModelMissing(
            f"the spaCy model {MODELS[lang]!r} is not installed ({e}): run 'make demo' or "
            "'pip install -r requirements/models.txt --no-deps'"
        ) from e
    # veille's Settings.max_chars is the one length limit, checked before analysis with a clear error
    nlp.max_length = 2**31 - 1
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("veille_glued_sentences", before="parser")
    for name in VEILLE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp
