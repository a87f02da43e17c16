"""French words that open a sentence, for the sentence starts news copy lost (``veille.nlp.sentences``)."""
from __future__ import annotations

# words that open a sentence and rarely end a word written in camel case: where news copy lost the line
# between a heading and its paragraph ("… du budget municipalLes élus"), such a word glued to the end of a
# small-lettered word starts the paragraph; lower-case, the tokenizer looks for them capitalised
SENTENCE_OPENERS = (
    # articles and determiners
    "le", "la", "les", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
    "leurs", "plusieurs", "quelques", "chaque", "aucun", "aucune", "certains", "certaines",
    # subject pronouns
    "il", "elle", "ils", "elles", "on", "nous", "je", "celui", "celle", "ceux", "cela",
    # prepositions
    "en", "dans", "depuis", "selon", "pour", "après", "avant", "lors", "au", "aux", "à", "a", "par", "sur",
    "avec", "malgré", "pendant", "parmi", "face", "outre", "dès", "sans", "concernant", "contrairement",
    "comme", "chez", "vers", "durant", "jusqu'à", "jusqu'au",
    # conjunctions
    "mais", "et", "donc", "si", "alors", "quand", "lorsque", "puisque", "tandis",
    # adverbs that open a sentence
    "cependant", "pourtant", "toutefois", "ainsi", "enfin", "aussi", "déjà", "désormais", "hier",
    "demain", "ensuite", "puis", "également", "néanmoins", "notamment", "encore",
    "finalement", "récemment", "actuellement", "environ", "rapidement", "auparavant",
)
# elided words that open a sentence, glued to the word after them ("… en questionL'accord")
ELIDED_OPENERS = ("l", "d", "c", "qu", "j")
# given names frequent in the news (and the first part of compound ones, "Jean-Marc"): glued to a heading
# and followed by a capitalised name, they open the paragraph ("… opération en coursFrançois Dupont a dit")
GIVEN_NAMES = (
    "alain", "agnès", "anne", "bernard", "bruno", "catherine", "christian", "christine", "christophe",
    "claude", "daniel", "david", "didier", "dominique", "édouard", "élisabeth", "emmanuel", "éric",
    "françois", "frédéric", "gabriel", "gérald", "gérard", "hervé", "isabelle", "jacques", "jean", "jérôme",
    "julien", "laurent", "louis", "marc", "marie", "marine", "martine", "michel", "nathalie", "nicolas",
    "olivier", "pascal", "patrick", "philippe", "pierre", "sandrine", "sébastien", "stéphane", "sylvie",
    "thierry", "thomas", "valérie", "xavier", "yves",
)
# inverted subject pronouns after a hyphen that the model's tokenizer does not cut off its verb ("ont-elles",
# "disent-elles": "-elles", as "ont-ils" gives "-ils")
INVERTED_PRONOUNS: tuple[str, ...] = ("elles",)
# spellings the lemmatizer's exceptions give to another verb's participle ("tue", "tues": taire's), whatever
# their use: where the tagger reads a finite verb ("l'explosion tue une passagère"), the verb they are of
FINITE_VERB_LEMMAS = {"tue": "tuer", "tues": "tuer"}
