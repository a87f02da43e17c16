"""veille: offline news intelligence for French and English news.

    >>> import veille
    >>> article = veille.extract("Les Nations unies ont estimé ...", lang="fr", published="2016-09")
    >>> article.places
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["Database", "extract", "load_pipeline"]


def __getattr__(name: str):
    # heavy imports (spaCy, the store) wait until they are used
    if name == "extract":
        from .process import extract

        return extract
    if name == "load_pipeline":
        from .extractors.pipeline import load_pipeline

        return load_pipeline
    if name == "Database":
        from .store import Database

        return Database
    raise AttributeError(name)
