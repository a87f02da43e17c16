"""One spaCy pipeline per language, loaded lazily once per process and reused."""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from ..errors import ModelMissing
from ..settings import MODELS, SUPPORTED_LANGS
from ..errors import unsupported_language

VEILLE_COMPONENTS = ("veille_entities", "veille_places")


@lru_cache(maxsize=None)
def load_pipeline(lang: str) -> Language:
    """The spaCy model of ``lang`` with veille's extractors appended as pipeline components."""
    import spacy

    from .. import extract  # noqa: F401  (registers the component factories)

    if lang not in SUPPORTED_LANGS:
        raise unsupported_language(lang)
    try:
        nlp = spacy.load(MODELS[lang])
    except OSError as e:
        raise ModelMissing(
            f"the spaCy model {MODELS[lang]!r} is not installed ({e}): run 'make demo' or "
            "'pip install -r requirements/models.txt --no-deps'"
        ) from e
    for name in VEILLE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp
