"""Extract: spaCy Doc -> plain records. The only code that touches spaCy objects."""
from __future__ import annotations

from spacy.tokens import Doc

from ..schemas import Article, Input
from . import entities as _entities  # noqa: F401  (registers the veille_entities factory)
from . import events as _events  # noqa: F401  (registers the veille_events factory)
from . import quantities as _quantities  # noqa: F401  (registers the veille_quantities factory)
from . import statements as _statements  # noqa: F401  (registers the veille_statements factory)
from . import times as _times  # noqa: F401  (registers the veille_times factory)
from .places import resolve as _resolve  # noqa: F401  (registers the veille_places factory)


def doc_to_article(doc: Doc, item: Input, lang: str) -> Article:
    """The CONTRACT record of one analysed article; lists not built yet stay empty."""
    return Article(
        id=item.id, lang=lang, published=item.published, title=item.title, text=item.text,
        entities=list(doc._.veille_entities or []),
        places=list(doc._.veille_places or []),
        times=list(doc._.veille_times or []),
        quantities=list(doc._.veille_quantities or []),
        statements=list(doc._.veille_statements or []),
        events=list(doc._.veille_events or []),
    )
