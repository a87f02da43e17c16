"""Extract: spaCy Doc -> plain records. The only code that touches spaCy objects."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..checks import clean_name
from ..schemas import Article, Input

if TYPE_CHECKING:  # spaCy and the components load with the pipeline (``components``), not on import
    from spacy.tokens import Doc

def doc_to_article(doc: Doc, item: Input, lang: str) -> Article:
    """The CONTRACT record of one analysed article; lists not built yet stay empty."""
    entities = list(doc._.veille_entities or [])
    places = list(doc._.veille_places or [])
    # names are read from the text, which may hold control characters: the canonical forms do not
    for entity in entities:
        entity.name = clean_name(entity.name)
        entity.roles = [clean_name(role) for role in entity.roles]
    for place in places:
        place.name = clean_name(place.name)
    return Article(
        id=item.id, lang=lang, published=item.published, title=item.title, text=item.text,
        entities=entities,
        places=places,
        times=list(doc._.veille_times or []),
        quantities=list(doc._.veille_quantities or []),
        statements=list(doc._.veille_statements or []),
        events=list(doc._.veille_events or []),
    )
