"""English words that open a sentence, for the sentence starts news copy lost (``veille.nlp.sentences``)."""
from __future__ import annotations

# words that open a sentence and rarely end a word written in camel case: where news copy lost the line
# between a heading and its paragraph ("… pension reformThe unions"), such a word glued to the end of a
# small-lettered word starts the paragraph; lower-case, the tokenizer looks for them capitalised (not
# "in", "on", "it", "a": "LinkedIn", "AddOn", "PlanA")
SENTENCE_OPENERS = (
    "the", "this", "these", "those", "their", "his", "her", "its", "several", "some", "many", "most",
    "he", "she", "they", "we",
    "after", "before", "according", "during", "despite", "since", "with", "without", "under", "among",
    "but", "and", "when", "while", "although", "though", "if",
    "however", "meanwhile", "yesterday", "today", "earlier", "later", "also", "still", "instead",
)
# elided words that open a sentence, glued to the word after them (none in English)
ELIDED_OPENERS = ()
# given names frequent in the news: glued to a heading and followed by a capitalised name, they open the
# paragraph ("… under wayJohn Smith said")
GIVEN_NAMES = (
    "andrew", "anna", "barbara", "charles", "daniel", "david", "elizabeth", "george", "james", "jennifer",
    "john", "joseph", "linda", "margaret", "mary", "michael", "patricia", "paul", "richard",
    "robert", "sarah", "susan", "thomas", "william",
)
# inverted subject pronouns after a hyphen that the model's tokenizer does not cut off its verb (none in
# English)
INVERTED_PRONOUNS: tuple[str, ...] = ()
# spellings the lemmatizer gives to another verb where they are finite verbs: none (the English lemmatizer
# reads the morphology)
FINITE_VERB_LEMMAS: dict[str, str] = {}
