"""The model's French lemmatizer, asked once per spelling and part of speech.

spaCy's French rule lemmatizer gives a word its lemma from its spelling and its part of speech alone (its
own cache is keyed by the two), but it makes a Token of every word of every document to read them and to
set the lemma, about 1% of the analysis. ``LemmaTable`` reads the two as columns, looks each pair up in a
table that the lemmatizer itself fills (asked, with the word, the first time a pair is seen) and writes
the lemmas back as a column: the same lemmas. A word that has a lemma already keeps it, as it does with
the lemmatizer (unless it overwrites). Other lemmatizers are left as they are (``veille.nlp.load_model``).

The lemmatizer reads no morphology: a spelling its exceptions give to another verb's participle ("tue",
taire's) keeps that lemma only where the tagger reads a participle; a finite verb ("l'explosion tue une
passagère") takes the language pack's ``FINITE_VERB_LEMMAS`` lemma ("tuer").
"""
from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc


class LemmaTable:
    """Sets each word's lemma as ``lemmatizer`` would, from a table by spelling and part of speech."""

    def __init__(self, lemmatizer=None, finite_lemmas: dict[str, str] | None = None) -> None:
        self.lemmatizer = lemmatizer  # set by ``veille.nlp.load_model``, which replaces it with this table
        self.lemmas: dict[tuple[int, int], int] = {}  # (spelling, part of speech) -> the lemma's id
        self.finite_lemmas = finite_lemmas or {}  # a finite verb's spelling -> its lemma (set there too)

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated or not len(doc):
            return lemmatizer(doc)  # (the lemmatizer checks its tables on its first document)
        known, strings, overwrite = self.lemmas, doc.vocab.strings, lemmatizer.overwrite
        finite = {strings.add(form): lemma for form, lemma in self.finite_lemmas.items()}
        verb = strings.add("VERB")
        lemmas = []
        for i, (orth, pos, lemma, morph) in enumerate(doc.to_array([ORTH, POS, LEMMA, MORPH]).tolist()):
            if overwrite or lemma == 0:
                lemma = known.get((orth, pos))
                if lemma is None:
                    lemma = known[(orth, pos)] = strings.add(lemmatizer.lemmatize(doc[i])[0])
                if orth in finite and pos == verb and "VerbForm=Fin" in strings[morph]:
                    lemma = strings.add(finite[orth])
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc


@Language.factory("veille_lemma_table")
def make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    return LemmaTable()
