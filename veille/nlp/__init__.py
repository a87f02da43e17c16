"""The spaCy model of each language, bare: veille's extractors are appended to it by
``veille.extractors.pipeline``."""
from __future__ import annotations

import importlib

from spacy.language import Language

from ..errors import ModelMissing, unsupported_language
from ..settings import MODELS, SUPPORTED_LANGS
from . import compiled
from .lang import language_pack


def load_model(lang: str) -> Language:
    """A new copy of the spaCy model of ``lang``, with veille's sentence starts before its parser."""
    import spacy

    sentences = importlib.import_module("veille.nlp.sentences")  # registers veille_glued_sentences

    if lang not in SUPPORTED_LANGS:
        raise unsupported_language(lang)
    compiled.warm(lang)
    try:
        nlp = spacy.load(MODELS[lang])
    except OSError as e:
        raise ModelMissing(
            f"the spaCy model {MODELS[lang]!r} is not installed ({e}): run 'make demo' or "
            "'pip install -r requirements/models.txt --no-deps'"
        ) from e
    # veille's Settings.max_chars is the one length limit, checked before analysis with a clear error
    nlp.max_length = 2**31 - 1
    compiled.keep(lang, compiled.tokenizer_patterns(nlp))
    _lemma_index_as_sets(nlp)
    _attribute_ruler_as_table(nlp)
    _french_lemmatizer_as_table(nlp)
    if "parser" in nlp.pipe_names:
        sentences.cut_glued_stops(nlp)
        sentences.cut_inverted_pronouns(nlp)
        nlp.add_pipe("veille_glued_sentences", before="parser")
        nlp.add_pipe("veille_glued_words", first=True)
    return nlp


def _lemma_index_as_sets(nlp: Language) -> None:
    """spaCy's rule lemmatizers look a word up in their ``lemma_index`` lists one entry after another;
    the same entries as sets answer at once, with the same lemmas."""
    from spacy.pipeline import Lemmatizer

    for _name, pipe in nlp.pipeline:
        if isinstance(pipe, Lemmatizer) and "lemma_index" in pipe.lookups:
            table = pipe.lookups.get_table("lemma_index")
            for key in list(table.keys()):
                table[key] = frozenset(table[key])


def _french_lemmatizer_as_table(nlp: Language) -> None:
    """The French rule lemmatizer as a table by spelling and part of speech (``veille.nlp.lemma_table``):
    the same lemmas, without a Token made for each word. (The English one reads the morphology too.)"""
    from spacy.lang.fr.lemmatizer import FrenchLemmatizer

    importlib.import_module("veille.nlp.lemma_table")  # registers veille_lemma_table
    for name, pipe in list(nlp.pipeline):
        if type(pipe) is FrenchLemmatizer and pipe.mode == "rule":
            nlp.replace_pipe(name, "veille_lemma_table")
            nlp.get_pipe(name).lemmatizer = pipe
            nlp.get_pipe(name).finite_lemmas = language_pack(nlp.lang).sentences.FINITE_VERB_LEMMAS


def _attribute_ruler_as_table(nlp: Language) -> None:
    """An attribute ruler of one-word rules, as a table (``veille.nlp.attribute_table``): the same
    attributes, without a Matcher run over every word."""
    from spacy.pipeline import AttributeRuler

    from .attribute_table import Unsupported, table_rules

    for name, pipe in list(nlp.pipeline):
        if isinstance(pipe, AttributeRuler):
            try:
                table_rules(nlp, pipe.patterns)
            except Unsupported:
                continue
            nlp.replace_pipe(name, "veille_attribute_table", config={"patterns": pipe.patterns})
