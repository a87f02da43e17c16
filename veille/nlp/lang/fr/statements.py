"""French attribution data: reporting verbs, source words, hedges and quote marks."""

# pairs of quote marks, opening -> closing
QUOTES = {"«": "»", "“": "”", "‹": "›", "„": "“", '"': '"'}  # straight quotes are paired by their sides
# lemmas of verbs that report what someone said, wrote or thinks
REPORTING_VERBS = {
    "déclarer", "dire", "indiquer", "affirmer", "estimer", "préciser", "annoncer", "démentir", "assurer",
    "dénoncer", "relever", "souligner", "ajouter", "expliquer", "confirmer", "rappeler", "répondre",
    "juger", "avertir", "prévenir", "réclamer", "demander", "nier", "insister", "marteler", "écrire",
    "tweeter", "raconter", "reconnaître", "admettre", "accuser", "plaider", "considérer", "penser",
    "croire", "espérer", "craindre", "promettre", "menacer", "regretter", "déplorer", "féliciter",
    "saluer", "lancer", "poursuivre", "conclure", "commenter", "observer", "noter", "signaler",
    "révéler", "rapporter", "avancer", "soutenir", "prédire", "inquiéter", "insurger", "condamner",
    "exiger", "proposer", "ironiser", "rédiger", "mettre", "appeler", "martèler", "détailler",
    "réaffirmer", "justifier", "reprocher", "évoquer", "souhaiter", "redouter", "clamer", "protester",
    "exhorter", "lâcher", "glisser", "confier", "résumer", "analyser", "concéder",
    "certifier", "garantir", "jurer", "objecter", "rétorquer", "riposter", "contester",
    "revendiquer", "alerter", "mettre en garde", "faire savoir", "faire état", "sommer", "implorer",
    "supplier", "twitter", "publier", "communiquer", "informer", "réitérer", "préconiser",
}
# cues that are two words: the verb and the word that makes it a reporting verb
MULTIWORD = {("faire", "savoir"), ("faire", "état"), ("mettre", "garde"), ("faire", "part")}
# verbs that report only with one of these words after them ("mettre en garde", "faire savoir")
NEEDS_PARTNER = {"mettre", "faire"}
# "selon X", "d'après X", "de source X"
ACCORDING_TO = ["selon", "d'après", "pour lui", "pour elle", "pour eux", "pour elles", "d’après", "de source", "de sources", "à en croire", "aux dires de",
                "au dire de", "comme le rappelle", "comme le révèle", "comme l'indique", "comme le souligne",
                "comme le précise", "comme l'explique", "comme le rapporte", "comme l'a indiqué",
                "comme l'a annoncé", "comme l'affirme", "comme le note"]
# what follows "selon" and is a hedge, not a speaker: "selon les estimations"
HEDGE_SOURCES = {"estimation", "prévision", "projection", "calcul", "chiffre", "bilan", "premier",
                 "rumeur", "hypothèse", "scénario", "modèle", "toute", "apparence"}
# pronouns that stand for a speaker named before
PRONOUNS = {"il": "sing", "elle": "sing", "ils": "plur", "elles": "plur", "celui-ci": "sing",
            "celle-ci": "sing", "ceux-ci": "plur", "lui": "sing", "eux": "plur"}
# words in the content that make a statement hedged
HEDGE_WORDS = ["probablement", "peut-être", "sans doute", "apparemment", "vraisemblablement",
               "selon les estimations", "selon les premières estimations", "présumé", "présumée",
               "possiblement", "éventuellement"]
MODALS = {"pouvoir", "devoir", "sembler", "paraître"}
# negation words that make a cue a non-statement ("n'a pas précisé")
NEGATIONS = {"pas", "jamais", "guère", "point"}
# words that introduce the content of an indirect statement, dropped from it
COMPLEMENTIZERS = {"que", "qu'", "qu’", ":", "de", "d'", "d’"}
MIN_QUOTE_WORDS = 3
# articles that make a speaker someone not yet named ("un porte-parole")
INDEFINITES = {"un", "une", "des"}
# endings of inflected forms -> the infinitive's, for verbs the lemmatizer leaves as written
VERB_ENDINGS = [("ent", "er"), ("ait", "er"), ("ée", "er"), ("és", "er"), ("é", "er"), ("e", "er"),
                ("es", "er"), ("a", "er"), ("it", "ire"), ("ent", "re")]
DEFINITES = {"le", "la", "l'", "l’", "les", "ce", "cet", "cette"}
DETERMINERS = DEFINITES | INDEFINITES | {"de", "du", "d'", "des"}
# endings of nouns that name people by their occupation ("dirigeant", "locataire", "animateur")
PERSON_SUFFIXES = ("ant", "ante", "aire", "eur", "euse", "rice", "iste", "ien", "ienne", "ier", "ière")
# the conditional mood by its endings, for the verbs the tagger reads as indicative ("agirait")
CONDITIONAL_ENDINGS = r"(?:rais|rait|rions|riez|raient)$"
