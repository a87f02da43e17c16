"""French attribution data: reporting verbs, source words, hedges and quote marks."""

# pairs of quote marks, opening -> closing
QUOTES = {"«": "»", "“": "”", "‹": "›", "„": "“", '"': '"'}  # straight quotes are paired by their sides
# lemmas of verbs that report what someone said, wrote or thinks
REPORTING_VERBS = {
    "déclarer", "dire", "indiquer", "affirmer", "estimer", "préciser", "annoncer", "démentir", "assurer",
    "dénoncer", "relever", "souligner", "ajouter", "expliquer", "confirmer", "rappeler", "répondre",
    "juger", "avertir", "prévenir", "réclamer", "demander", "nier", "insister", "marteler", "écrire",
    "tweeter", "raconter", "reconnaître", "admettre", "accuser", "plaider", "considérer", "penser",
    "croire", "craindre", "promettre", "menacer", "regretter", "déplorer", "féliciter",
    "saluer", "lancer", "poursuivre", "conclure", "commenter", "observer", "noter", "signaler",
    "révéler", "rapporter", "avancer", "soutenir", "prédire", "inquiéter", "insurger", "condamner",
    "exiger", "proposer", "ironiser", "rédiger", "mettre", "appeler", "martèler", "détailler",
    "réaffirmer", "justifier", "reprocher", "évoquer", "souhaiter", "redouter", "clamer", "protester",
    "exhorter", "lâcher", "glisser", "confier", "résumer", "analyser", "concéder",
    "certifier", "garantir", "jurer", "objecter", "rétorquer", "riposter", "contester",
    "revendiquer", "alerter", "mettre en garde", "faire savoir", "faire état", "sommer", "implorer",
    "supplier", "twitter", "publier", "communiquer", "informer", "réitérer", "préconiser",
    "réagir", "constater", "relater", "relayer", "crier", "répéter", "témoigner",
    # verbs of saying with force, replying, mocking or reacting aloud ("a renchéri", "a fustigé", "s'est
    # indigné") and of posting ("a posté", "a retweeté")
    "renchérir", "fustiger", "railler", "tacler", "répliquer", "arguer", "argumenter",
    "fulminer", "tonner", "asséner", "indigner", "étonner", "alarmer", "exclamer", "écrier", "réjouir",
    "moquer", "recommander", "avouer", "confesser", "scander", "hurler",
    # verbs of wondering or feeling aloud after a quote, with "se" only (SELF_REPORTING_VERBS)
    "interroger", "questionner", "agacer", "émouvoir", "offusquer", "lamenter", "désoler", "exaspérer",
    "épancher", "enthousiasmer", "plaindre",
    "poster", "retweeter", "décrire", "remarquer", "mentionner", "tempérer", "nuancer", "narrer",
    # verbs of ordering ("a ordonné de")
    "ordonner", "enjoindre",
    # verbs of calling on someone to act ("a invité les habitants à se réunir", "presse le juge d'agir")
    "inviter", "presser", "conjurer", "adjurer", "conseiller", "déconseiller", "suggérer",
    # verbs of disclosing ("..., dévoile RTL"; a noun object alone is a thing shown, not words)
    "dévoiler",
}
# cues that are two words: the verb and the word that makes it a reporting verb
MULTIWORD = {("faire", "savoir"), ("faire", "état"), ("mettre", "garde"), ("faire", "part"),
             ("mettre", "avant"), ("rendre", "hommage"),
             ("faire", "valoir"), ("se", "défendre")}
# verbs that report only with one of these words after them ("mettre en garde", "faire savoir")
NEEDS_PARTNER = {"mettre", "faire", "rendre"}
# "selon X", "d'après X", "de source X"
ACCORDING_TO = ["selon", "d'après", "pour lui", "pour elle", "pour eux", "pour elles", "d’après", "de source",
                "de sources", "à en croire", "aux dires de", "au dire de", "de l'avis de", "de l'avis des",
                "de l'avis du", "de l'aveu de", "de l'aveu des", "de l'aveu du"]
# what follows "selon" and is a hedge, not a speaker: "selon les estimations"
HEDGE_SOURCES = {"estimation", "prévision", "projection", "calcul", "chiffre", "bilan", "premier",
                 "rumeur", "hypothèse", "scénario", "modèle", "toute", "apparence"}
# of those, a count or an estimate someone made: "selon le dernier bilan, ..." is also said according to it
# (a statement of no one named), not only a hedge; "selon toute apparence" is a hedge alone
COUNTED_SOURCES = {"estimation", "prévision", "projection", "calcul", "chiffre", "bilan", "rumeur"}
# what follows "selon" and says how or by what measure, not who says ("selon la méthode des quotas", "varie
# selon le cas"): no source
MANNER_SOURCES = {"méthode", "type", "cas", "nature", "profil", "âge", "sexe", "catégorie",
                  "modalité", "critère", "taille", "saison", "degré", "gravité"}
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
# the subjects that negate a cue as "pas" does ("rien n'indique que", "personne n'a dit", "aucun responsable
# n'a précisé"): alone, or as a noun's determiner
NEGATIVE_SUBJECTS = {"rien", "personne", "aucun", "aucune", "nul", "nulle"}
# words that introduce the content of an indirect statement, dropped from it
COMPLEMENTIZERS = {"que", "qu'", "qu’", ":", "de", "d'", "d’"}
MIN_QUOTE_WORDS = 3
# nouns of saying whose clause is what was said: none yet in French
SAYING_NOUNS: set[str] = set()
# the words a content needs to be something said, where the convention sets it: none in French, where the
# statements' weight holds (three)
MIN_CONTENT_WORDS: int | None = None
# the lemmas the lemmatizer gives some reporting verbs' forms, and the verb they are (none seen)
MISREAD_LEMMAS: dict[str, str] = {
    # third persons of irregular reporting verbs the tagger leaves as written ("dément" as an adjective)
    "dément": "démentir", "admet": "admettre", "promet": "promettre", "soutient": "soutenir",
    "maintient": "maintenir", "prévient": "prévenir", "reconnaît": "reconnaître", "reconnait": "reconnaître",
}
# articles that make a speaker someone not yet named ("un porte-parole")
INDEFINITES = {"un", "une", "des"}
# the endings of a past participle the tagger may read as a noun ("Invité de France Inter, le ministre")
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
# endings of inflected forms -> the infinitive's, for verbs the lemmatizer leaves as written
VERB_ENDINGS = [("ent", "er"), ("aient", "er"), ("ait", "er"), ("ée", "er"), ("és", "er"), ("é", "er"),
                ("e", "er"), ("es", "er"), ("a", "er"), ("it", "ire"), ("ent", "re")]
DEFINITES = {"le", "la", "l'", "l’", "les", "ce", "cet", "cette"}
DETERMINERS = DEFINITES | INDEFINITES | {"de", "du", "d'", "des"}
# a preposition and a definite article in one word ("du ministre", "au groupe"), which the parse hangs on
# the noun as its preposition: a definite determiner too
CONTRACTED_ARTICLES = {"du", "au", "aux"}
# endings of nouns that name people by their occupation ("dirigeant", "locataire", "animateur")
PERSON_SUFFIXES = ("ant", "ante", "aire", "eur", "euse", "rice", "iste", "ien", "ienne", "ier", "ière")
# the conditional mood by its endings, for the verbs the tagger reads as indicative ("agirait")
CONDITIONAL_ENDINGS = r"(?:rais|rait|rions|riez|raient)$"
# words before a reporting verb that make a gerund of it ("en relevant que"): part of the cue
GERUND_MARKERS = {"en"}
# whether the words after a label and its colon must hold a verb to be the label's bearer's ("Dorothée : son
# retour à l'écran" tells of her); not in English, whose title-case headlines the tagger misreads
LABEL_NEEDS_VERB = True
# the word that sets off a member of a group in its subject ("Plusieurs villes, dont Lyon, ont dit")
INCLUDING_WORDS = {"dont"}
# clitics before a verb that are its objects, which the parse may read as a second subject ("X lui a dit")
OBJECT_CLITICS = {"lui", "leur", "le", "la", "les", "l'", "l’", "me", "m'", "m’", "te", "t'", "t’", "se",
                  "s'", "s’", "nous", "vous", "y", "en"}
# of those clitics, the ones that may also be a verb's subject ("nous avons dit")
PERSONAL_SUBJECTS = {"nous", "vous"}
# of those clitics, the ones that say to whom (part of an inverted cue: "« ... », lui a répondu X"); not
# "le", "l'" of "comme le révèle X"
DATIVE_CLITICS = {"lui", "leur", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"}
# the subject written after the verb, joined to it ("a-t-il dit", "estime-t-elle"): the speaker's words
SUBJECT_CLITICS = {f"-{t}{p}" for t in ("", "t-") for p in ("il", "elle", "ils", "elles", "on")}
# the words a cue reaches back over ("a-t-il dit", "s'est inquiété", "se sont dits"); the odd forms
# ("-til", "--il") are kept as the rule first read them
CUE_CLITICS = ({f"-{t}{p}" for t in ("", "t", "t-", "-") for p in ("il", "elle", "ils", "elles", "on")}
               | {"-t", "t", "s'", "s’", "se"})
# the euphonic t of an inverted cue ("a-t-il"), written as its own word or before the pronoun
EUPHONIC = {"t", "-t"}
EUPHONIC_PREFIX = "t-"
# the narrative infinitive ("Et Olivier Faure d'ajouter", "Et le ministre de conclure"): the word that
# opens its sentence, and the marks of its infinitive, whose subject is the noun between them
NARRATIVE_OPENERS = {"et"}
NARRATIVE_MARKS = {"de", "d'", "d’"}
# the prefix of a former role ("l'ex-ministre"): the role is the word after it
FORMER_PREFIX = "ex-"
# the adjectives before a role that make it a former one ("l'ancien ministre")
FORMER_WORDS = {"ancien", "ancienne", "ex"}
# the words before a role's noun that make another title of it ("le Premier ministre" is not "le ministre")
TITLE_MAKING_WORDS = {"premier", "première", "vice"}
# the nouns that, with an adjective of nationality, name that state's head ("le président américain"), not
# any holder of that role of that country ("le ministre israélien" may be its minister of Defence)
STATE_HEAD_NOUNS = {"président", "présidente", "roi", "reine", "chancelier", "chancelière", "émir",
                    "monarque", "souverain", "souveraine"}
# the words of one person speaking of themself ("j'ai", "mon"): no organisation's or group's quote
FIRST_PERSON_SINGULAR = {"je", "j'", "j’", "me", "m'", "m’", "moi", "mon", "ma", "mes"}
# a noun's gender by its ending where an elided determiner says none ("l'ex-championne") and the tagger
# guesses: the feminine endings first ("élue" before "élu"), those of feminine nouns of things and bodies
# before the person's ("l'unité", "l'opposition", "l'agence" are not masculine as "l'élu" is)
NOUN_GENDER_ENDINGS = (("ité", "Fem"), ("tion", "Fem"), ("sion", "Fem"), ("ance", "Fem"), ("ence", "Fem"),
                       ("euse", "Fem"), ("rice", "Fem"), ("ienne", "Fem"), ("ière", "Fem"), ("onne", "Fem"),
                       ("nte", "Fem"), ("ate", "Fem"), ("ée", "Fem"), ("ue", "Fem"), ("esse", "Fem"),
                       ("eur", "Masc"), ("ien", "Masc"), ("ier", "Masc"), ("on", "Masc"), ("nt", "Masc"),
                       ("at", "Masc"), ("é", "Masc"), ("u", "Masc"))
# nouns for a person whose grammatical gender is the noun's, whoever they stand for ("la victime", "le
# témoin"): they say nothing of the person's gender
GENDER_FIXED_NOUNS = {"victime", "personne", "source", "star", "vedette", "recrue", "personnalité",
                      "célébrité", "figure", "idole", "sentinelle", "témoin", "médecin", "mannequin",
                      "individu", "membre", "personnage", "otage", "agent"}
# relative pronouns: "la préfecture, qui appelle ..." speaks through the noun it hangs on
# the prepositions by which one speaks through a document ("dans un communiqué")
THROUGH_WORDS = {"dans", "par"}
RELATIVE_PRONOUNS = {"qui"}
# a demonstrative before "qui" that stands for someone as a pronoun does ("regrette celui qui a présidé
# l'Assemblée"): the pronoun it reads as
ONE_WHO_PRONOUNS: dict[str, str] = {"celui": "il", "celle": "elle"}
# the possessive determiners of a third person -> the number of the one they stand for ("son entourage":
# one), and how the words of a thing of theirs read with the owner's name (before a vowel, the second)
POSSESSIVE_DETERMINERS = {"son": "Sing", "sa": "Sing", "ses": "Sing", "leur": "Plur", "leurs": "Plur"}
POSSESSED_WORDS = ("{noun} de {owner}", "{noun} d'{owner}")
# the nouns of what someone said, whose owner is the speaker ("selon ses propres mots", "selon ses dires")
OWN_WORDS = {"mot", "dire", "dires", "propos", "récit", "témoignage", "aveu", "aveux", "déclaration",
             "version", "parole", "explication"}
# the nouns of a document someone issues, whose owner is its author and speaks ("selon son rapport", "son
# réquisitoire indique")
OWN_DOCUMENTS = {"rapport", "réquisitoire", "communiqué", "lettre", "courrier", "tweet", "message", "note",
                 "étude", "enquête", "analyse", "bilan", "décision", "ordonnance", "arrêt", "avis", "texte",
                 "livre", "ouvrage", "tribune", "blog", "post", "publication", "mémoire", "plainte"}
# the first letters of a name that elide "de" before it ("d'Alain"; not an aspirated h, "de Hollande")
ELIDING_INITIALS = "aeiouyàâéèêëîïôöûü"
# the verbs by which a medium cites its source ("selon CNN, qui cite le shérif")
CITING_VERBS = {"citer"}
# the word after a participle of citing that names the medium citing ("selon un avocat cité par Le Monde": the
# lawyer, through Le Monde)
CITED_BY = {"par"}
# the relatives of the noun before them, not of a whole clause: one ends an inverted speaker's words ("a dit
# un conseiller qui ..."), and after a comma opens a clause of that noun ("cette caserne, qui était ...")
SPEAKER_RELATIVES = {"qui"}
# the words that open a clause reported after a cue ("a dit qu'il ..."); elided forms end with "'"
CLAUSE_OPENERS = ("que", "qu'", "qu’")
# conjunctions that may open a sentence before its source phrase ("Mais selon X, ...")
SENTENCE_CONJUNCTIONS = ("mais", "et", "or", "ainsi")
# the conjunctions that join quotes listed before a cue ("« A » et « B », a-t-il dit")
LIST_CONJUNCTIONS = ("et", "ou", "ainsi que", "puis")
# determiners of a group of speakers ("les syndicats ont dit ..., ils ...")
PLURAL_DETERMINERS = {"les", "des"}
# reporting verbs whose noun object is what was said ("a nié toute implication", "réclament le retour"):
# the other verbs with only a noun object and no quote report nothing ("a lancé un appel")
NOUN_OBJECT_CUES = {"annoncer", "nier", "démentir", "réclamer", "exiger", "reprocher", "évoquer", "plaider",
                    "dénoncer", "critiquer", "condamner", "déplorer", "regretter", "contester", "revendiquer",
                    "préconiser", "demander", "décrire", "raconter", "rappeler", "promettre", "reconnaître",
                    # (a two-word cue by its second word: "met en avant des conditions inhumaines", "fait part
                    # de sa colère", "fait état de dix blessés")
                    "avant", "part", "état"}
# verbs of confirming, ruling out, proclaiming, praising, pointing out and blaming, whose noun object is what
# was said ("a confirmé la mort de dix personnes", "a exclu tout impact", "proclament leur victoire", "a loué
# le travail des soldats", "a pointé une défaillance", "a critiqué le maire"): cues, with their noun object
STANCE_VERBS = {"confirmer", "exclure", "proclamer", "critiquer", "fustiger", "blâmer", "vanter",
                "prôner", "réfuter", "récuser", "déplorer", "revendiquer", "annoncer", "démentir", "pointer",
                "louer"}
# verbs of expressing a feeling to someone, cues only when their noun object is one of the feelings said
# ("a présenté ses condoléances", "a exprimé son inquiétude"; not "a présenté son plan")
EXPRESSING_VERBS = {"présenter", "adresser", "exprimer", "transmettre"}
EXPRESSED_FEELINGS = {"condoléance", "condoléances", "excuse", "excuses", "regret", "regrets", "inquiétude",
                      "inquiétudes", "préoccupation", "préoccupations", "solidarité", "soutien", "sympathie",
                      "félicitation", "félicitations", "remerciement", "remerciements", "vœu", "vœux",
                      "colère", "indignation", "tristesse", "émotion", "gratitude", "reconnaissance",
                      "désaccord", "satisfaction", "mécontentement", "opposition"}
# verbs of charging someone with something, whose object (a person or a body) and the charge after "de" are
# what was said ("accuse le maire d'avoir menti", "taxe le gouvernement de laxisme")
ACCUSING_VERBS = {"accuser", "taxer"}
CHARGE_MARKS = {"de", "d'", "d’"}
REPORTING_VERBS = REPORTING_VERBS | ACCUSING_VERBS
# verbs of judging whose noun object is what was said with the attribute given it ("a jugé les propos très
# insultants", "considèrent les résultats comme mitigés", "a qualifié la réforme de « recul »"): cues, whose
# noun object says something where an attribute follows it (after one of the pack's ``ATTRIBUTE_CASES``,
# verbs whose passive still reports a saying ("est accusé d'avoir menti", "une attaque qualifiée de « lâche »
# par la ministre", "décrit comme calme"): what follows is said, by the agent ("par X") if any
PASSIVE_SAYING_VERBS = {"accuser", "qualifier", "décrire"}
# verbs whose past participle after a noun, with its agent, makes the noun what the agent said ("une
# hypothèse démentie par son épouse", "la réforme annoncée par le gouvernement", "un procès demandé par le
# parquet"); not "revendiquer" ("l'attaque revendiquée par X": a deed owned, as often not annotated)
SAID_BY_VERBS = {"démentir", "annoncer", "promettre", "proposer", "évoquer", "fustiger", "critiquer",
                 "demander"}
# the marks of a clause of purpose ("pour dénoncer l'insécurité"): a cue there with a noun object says nothing
PURPOSE_MARKS = {"pour", "afin"}
# or an adjective with a degree word)
ATTRIBUTE_VERBS = {"juger", "considérer", "qualifier", "estimer", "décrire"}
ATTRIBUTE_CASES = {"comme"}
REPORTING_VERBS = REPORTING_VERBS | ATTRIBUTE_VERBS
REPORTING_VERBS = REPORTING_VERBS | STANCE_VERBS | EXPRESSING_VERBS
NOUN_OBJECT_CUES = NOUN_OBJECT_CUES | STANCE_VERBS | EXPRESSING_VERBS
# reporting verbs whose noun object is what was said only after one of these prepositions ("appelle au
# calme", "a insisté sur le rôle"; not "s'appelait les Chats")
NOUN_OBJECT_CASES = {"appeler": {"à", "au", "aux"}, "inviter": {"à", "au", "aux"}, "insister": {"sur"}}
# the words a noun object of those cues needs to be what was said: fewer than a clause ("toute implication")
NOUN_OBJECT_MIN_WORDS: int | None = 2
# the nouns of a press report: a cue's noun object that names one says nothing ("confirmant une information
# du Progrès")
REPORT_NOUNS = {"information", "info", "révélation", "article", "enquête", "reportage"}
# nouns of a person by their relation to another ("son homologue", "ses adversaires"): a cue's noun object
# that is one is whom it speaks of, not what was said
RELATION_NOUNS = {"homologue", "prédécesseur", "successeur", "adversaire", "rival", "rivale", "opposant",
                  "opposante", "détracteur", "détractrice", "allié", "alliée", "collègue"}
# a cue's noun object that is a person or a body is whom it speaks of ("a critiqué le maire"): yes in French
PERSON_OBJECT_SPOKEN_OF = True
# verbs whose infinitive after them is only led to, not said ("laisse à penser que", "donne à croire")
LEADING_VERBS = {"laisser", "donner"}
# the words that open a clause of manner after a cue, not what was said ("sans le nommer")
MANNER_OPENERS = {"sans"}
# the word that, before a verb of saying, tells what a speaker left unsaid ("a annoncé que X, sans préciser
# Y"): the speaker's act, not their words
WITHOUT_WORDS = {"sans"}
# the clitic that stands for a partitive object ("sans en dire plus")
PARTITIVE_CLITICS = {"en"}
# a thing says what a reporting verb's participle after it says ("les manifestations dénonçant"): no in
# French, where a protest or an act is not a source
THINGS_SPEAK_BY_PARTICIPLE = False
# a quote before an incise inside a clause of the writer's words is said in part, the clause the content
# ("Ces troupes vont « renforcer la frontière », a dit X"): yes in French, whose annotation takes the clause
PARTIAL_QUOTE_INCISE = True
# the words before a quote that make it a work's title ("des tubes tels que", "le film", "intitulé")
TITLE_WORDS = {"tels", "telles", "tel", "telle", "intitulé", "intitulée", "intitulés", "intitulées",
               "baptisé", "baptisée", "chanson", "chansons", "album", "albums", "tube", "tubes", "film",
               "films", "livre", "roman", "série", "émission", "spectacle", "ouvrage", "titre", "titres",
               "pièce", "documentaire", "single", "singles", "disque", "morceau", "opus", "clip"}
# the words that lay a charge, before "pour" and the offence's name in quotation marks ("une information
# judiciaire pour « homicide volontaire »", "poursuivi pour « coups mortels »"): a charge, not a statement
CHARGE_WORDS = {"judiciaire", "plainte", "examen", "enquête", "poursuivi", "poursuivie", "poursuivis",
                "poursuivies", "condamné", "condamnée", "condamnés", "condamnées", "inculpé", "inculpée",
                "inculpés", "écroué", "écrouée", "déféré", "déférée", "jugé", "jugée", "jugés", "jugées"}
CHARGE_CASES = {"pour"}
# the prepositions that open where something was said ("sur Twitter", "à l'AFP", "dans un communiqué")
CHANNEL_CASES = {"sur", "à", "au", "aux", "dans", "via", "auprès"}
# the words between a channel's preposition and its noun ("auprès de l'AFP")
CHANNEL_LINKS = {"de", "du", "des", "d'", "d’"}
# the prepositions of a complement that says a body's kind, not whose it is: a bare noun after them ("la
# chaîne d'information", "le syndicat de police")
KIND_LINKS = {"de", "d'", "d’"}
# the words of a medium or a form of saying: after a channel's preposition, the channel
CHANNEL_WORDS = {
    "communiqué", "tweet", "twitter", "facebook", "instagram", "compte", "message", "entretien", "interview",
    "antenne", "plateau", "micro", "lettre", "vidéo", "conférence", "réseau", "blog", "post", "publication",
    "tribune", "courrier", "mail", "courriel", "déclaration", "discours", "émission", "journal", "quotidien",
    "hebdomadaire", "magazine", "radio", "chaîne", "site", "page", "direct", "note", "rapport", "texte",
    "livre", "ouvrage", "allocution",
}
# the words that open a reported question ("s'est demandé si", "a demandé pourquoi"): nothing is stated
QUESTION_OPENERS = {"si", "s'", "pourquoi", "comment", "quand", "où", "combien"}
# the words that open a question the writer asks ("Comment expliquer ... ?", "Quelles mesures propose X ?")
QUESTION_WORDS = {"pourquoi", "comment", "quand", "où", "combien", "quel", "quelle", "quels", "quelles",
                  "qui", "que", "qu'", "quoi", "est-ce"}
# the words before a reporting verb that make its subject a source ("comme le relaye X, ...", "comme l'a
# raconté X"), as a pattern over the lower-cased text just before the cue; and the word that opens them
AS_SOURCE = r"(?<!\w)comme\s+(?:le|la|l['’])\s*$"
# words after an inverted cue that set the speaker aside or say when they spoke, before the speaker ("a
# indiqué de son côté le parquet", "a déclaré le soir même sur Twitter le gouverneur")
SPEAKER_ASIDES = (r"(?:de (?:son|leur) c[ôo]t[ée]|pour (?:sa|leur) part|quant à (?:lui|elle|eux|elles)|"
                  r"(?:le |la |l['’])(?:soir|soirée|matin|matinée|nuit|lendemain|veille|journée|après-midi)"
                  r"(?: même)?)(?!\w)")
AS_SOURCE_WORD = "comme"
# the words after a quote's end that point back at it before its cue ("« ... » Voilà ce qu'a écrit X", "C'est
# ce qu'a promis X"): the quote is what the cue's subject said
POINTED_QUOTE = r"(?i)^\s*(?:voilà|voici|c['’]est)\s+ce\s+qu(?:e\s+|['’]\s*)$"
# determiners that point back to someone described before ("ce policier de Lyon" is "un policier" again)
DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}
# nouns that name a body that speaks ("le syndicat a indiqué", "selon le parquet", "le site de la chaîne"):
# the organisation the article names with that noun ("le parquet de Lyon"), where it does
BODY_NOUNS = {
    "syndicat", "parquet", "chaîne", "quotidien", "journal", "hebdomadaire", "magazine", "radio", "média",
    "agence", "ministère", "ong", "organisation", "association", "groupe", "entreprise", "société", "firme",
    "compagnie", "constructeur", "parti", "mouvement", "collectif", "fédération", "mairie", "municipalité",
    "préfecture", "tribunal", "cour", "hôpital", "club", "institut", "office", "conseil", "commission",
    "ambassade", "rédaction", "opérateur", "fabricant", "enseigne", "banque", "site",
}
# of those, the bodies an article names by a name of their own ("la CGT", "BFM TV"): else the one that
# spoke last ("la CGT a signalé ... , informait le syndicat")
NAMED_BODY_NOUNS = {
    "syndicat", "chaîne", "quotidien", "journal", "hebdomadaire", "magazine", "radio", "agence", "ong",
    "organisation", "association", "groupe", "entreprise", "société", "firme", "compagnie", "constructeur",
    "parti", "collectif", "fédération", "club", "rédaction", "opérateur", "fabricant", "enseigne", "site",
}
# the words after a stressed pronoun that make it repeat the subject ("X a lui aussi", "lui-même")
EMPHATIC_WORDS = {"aussi", "-même", "même"}
# nouns of a medium ("le quotidien", "le réseau social"): the medium named last as a source or channel
MEDIA_NOUNS = {"chaîne", "quotidien", "journal", "hebdomadaire", "magazine", "radio", "site", "réseau",
               "média", "télévision", "mensuel", "station", "antenne"}
# the prepositions of an agent, where a medium may be named as a source ("réalisé par France 3")
AGENT_CASES = {"par"}
# the nouns after it that make an adverb, not an agent ("qualifiée par exemple de ...", "par ailleurs")
ADVERB_AFTER_AGENT_CASE = {"exemple", "ailleurs", "contre", "conséquent", "hasard", "suite", "moment",
                           "moments", "endroit", "endroits", "erreur", "principe", "précaution", "définition",
                           "exception", "an", "jour", "mois", "semaine", "heure", "personne", "tête",
                           "habitant"}
# the words before a stressed pronoun that make it repeat the subject ("X a quant à lui estimé")
EMPHATIC_BEFORE = {"quant à"}
# the pronouns that, as a subject, bring in someone a later pronoun may stand for ("l'un d'eux a", "celui
# qui"): none of the people named before
SOMEONE_PRONOUNS = {"un", "une", "celui", "celle", "ceux", "celles", "autre"}
# the pronouns of people in general ("ceux qui ont critiqué"): a quote with no cue after them is not theirs
GENERIC_PRONOUNS = {"ceux", "celles"}
# the pronouns that are a subject wherever the parse puts them ("il", "elle")
SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles"}
# an impersonal subject, which stands for no one ("il faut", "il y a", "il s'agit", "il est clair que"):
# the pronoun, the word after it, the verbs, and the word before an infinitive after an adjective
IMPERSONAL_PRONOUNS = {"il"}
IMPERSONAL_NEXT = {"y"}
IMPERSONAL_VERBS = {"falloir", "pleuvoir", "neiger"}
IMPERSONAL_REFLEXIVE_VERBS = {"agir", "passer"}  # with "se": "il s'agit", "ce qu'il se passe"
# the verbs that, with "y" before them, make "il" impersonal however far it stands ("il n'y a", "il doit
# y avoir")
IMPERSONAL_WITH_NEXT = {"avoir"}
IMPERSONAL_COMPLEMENTS = {"de", "d'", "d’"}  # (before an infinitive; "que" opens a clause anyway)
# titles the press says in other words, and the title each says ("le chef de l'État" is the president)
TITLE_PERIPHRASES = {
    "chef de l'état": "président de la république", "locataire de l'élysée": "président de la république",
    "hôte de l'élysée": "président de la république", "chef du gouvernement": "premier ministre",
    "locataire de matignon": "premier ministre", "hôte de matignon": "premier ministre",
    "garde des sceaux": "ministre de la justice", "chef de la diplomatie": "ministre des affaires étrangères",
    "locataire de beauvau": "ministre de l'intérieur", "premier flic de france": "ministre de l'intérieur",
}
# the word that, after a demonstrative, stands for the referent named last ("ce dernier", "cette dernière")
LATTER_WORDS = {"dernier"}
# the nouns of a neighbour or a friend ("sa voisine"), whom an inverted clitic after a quote may stand for
# where no subject agrees with it, as a relative may (the events pack's RELATIVES: "sa mère")
NEIGHBOUR_NOUNS = {"voisin", "voisine", "ami", "amie"}
# the words before the figure of a subject that counts the members of a group named before ("les deux
# pays", "toutes deux", "ces trois responsables"; the figures are the numbers pack's)
GROUP_COUNT_DETERMINERS = {"les", "ces", "tous", "toutes"}
# the nouns of a group of countries it counts: their places
GROUP_COUNTRY_NOUNS = {"pays", "état", "nation"}
# the word that makes a source the one named before ("la même source", "de même source")
SAME_WORDS = {"même"}
# nouns of a source that is not named ("une source proche du dossier", "la même source")
SOURCE_NOUNS = {"source"}
# nouns of what was said, whose author their complement names ("des propos rapportés par X")
SAID_NOUNS = {"propos", "parole", "mot", "déclaration", "confidence", "aveu", "remarque", "information",
              "précision", "révélation", "témoignage"}
# the pronoun of a speaker left unnamed ("ajoute-t-on"): the last speaker, where one is near
INDEFINITE_PRONOUNS = {"on"}
# the neuter pronouns that stand for no one ("C'est ..., a dit X, estimant que ..."): a cue they are the
# subject of has no speaker's words of its own
NEUTER_PRONOUNS = {"c'", "c’", "ce", "cela", "ça", "ceci"}
# the words of a description that only points back ("l'intéressée", "ce dernier", "le principal concerné"):
# the person named last of its gender
ANAPHORIC_WORDS = {"intéressé", "intéressée", "concerné", "concernée", "dernier", "dernière"}
# the gender of the pronouns that stand for a speaker, where the tagger leaves it unread ("-elle")
PRONOUN_GENDERS = {"il": "Masc", "elle": "Fem", "ils": "Masc", "elles": "Fem", "celui-ci": "Masc",
                   "celle-ci": "Fem", "ceux-ci": "Masc"}
# titles that say a person's gender, before or at the start of their name ("Mme Hidalgo"), where the
# tagger reads none
TITLE_GENDERS = {"m.": "Masc", "monsieur": "Masc", "mme": "Fem", "madame": "Fem", "mlle": "Fem",
                 "mademoiselle": "Fem"}
# the prepositions whose phrase after a cue's noun object, hung on the cue, belongs with the object: not
# tried in French
OBJECT_CASES: set[str] = set()
# the prepositions after a cue that name what it is about: their object is the content ("complained about
# his mic", "warned against hackers"); none in French, whose parse gives such objects as "obl:arg"
TOPIC_PREPOSITIONS: set[str] = set()
# the dependencies of a clause after a comma that ends a content ("..., which makes him"): none in French,
# where the relative clause stays in what is reported
ADJUNCT_DEPS: set[str] = set()
# the writer's comment after what was said, which ends it: after a comma, "ce qui" after anything,
# and a noun with "qui" after a noun phrase ("a évoqué son projet, idée qui a fâché X"); not "ce que"
# ("..., ce qu'a dénoncé X": another's saying), nor "celui qui" (the noun phrase goes on)
WRITER_COMMENTS = {"any": r",\s+ce\s+qui\b",
                   "noun": r",\s+(?:une?\s+|la\s+|le\s+|l['’])?(?!celui|celle|ceux)[^\W\d_]+\s+qui\b"}
# whether a quote run cut by its cue ("« A », dit-il. « B »") is one statement: no, two in French
ONE_STATEMENT_PER_QUOTE_RUN = False
# whether the press's conditional carries a source's words on after its incise ("..., rapporte la radio. Le
# feu aurait pris ..."): yes, the mood of reported facts in French
CONDITIONAL_REPORTS = True
# the nouns that name a story in a label before a colon ("Affaire Lenoir : ..."), as its first word: no
# speaker
TOPIC_LABEL_NOUNS = {"affaire", "procès", "scandale", "dossier", "polémique"}
TOPIC_NOUN_FIRST = True
# the labels before a colon that open a paragraph and name no one who speaks ("Lire aussi : ...")
NOT_SPEAKER_LABELS = {"lire aussi", "à lire aussi", "à lire", "mise à jour", "photo", "vidéo", "source",
                      "sources", "correction", "rectificatif", "note", "info", "infographie", "direct",
                      "en direct", "repères", "contexte"}
# pronouns kept as the speaker's words once resolved (the id names who it is): none in French, whose
# annotation gives the person's name
WRITTEN_PRONOUNS: set[str] = set()
# a named speaker's words hold the apposition that says who they are: not in French, whose annotation
# gives the person's name alone
APPOSITION_IN_WORDS = False
# the incise beside a quote puts its subject first ("“A,” she said, “B.”"): not in French, whose incise
# inverts it ("a-t-il dit"), read by the cue finder
SUBJECT_FIRST_INCISE = False
# a speaker's words are their whole noun phrase: not in French, whose annotation gives the person's name
WHOLE_PHRASE_IN_WORDS = False
# a cue with no speaker's words of its own takes the subject of the verb it hangs on: not tried in French
GOVERNING_SUBJECT = False
# an adverb between a cue's auxiliary and its verb is part of the cue ("a rapidement tweeté", "aurait-il
# ainsi lancé"): yes in French, whose incise after a quote starts with the auxiliary
ADVERB_IN_CUE = True
# an infinitive cue after a verb's object is said by that object ("ont empêché le parti d'annoncer", "pousse
# le ministre à dire")
OBJECT_CONTROL = True
# the words of viewpoint that open a sentence with who holds it and a comma ("Pour les enquêteurs, les motifs
# sont divers")
VIEWPOINT_WORDS: set[str] = {"pour"}
# verbs that report only the words they quote, and with no quote say nothing ("a lancé : « ... »"; not "a
# lancé une pétition")
QUOTE_ONLY_VERBS: set[str] = {"lancer", "lâcher", "glisser"}
# verbs of the manner of speaking or of recalling that press style puts in an incise after a quote ("« ... »,
# se souvient X", "souffle-t-il"), and that say nothing without one: reporting verbs, quote-only
MANNER_INCISE_VERBS = {"souvenir", "remémorer", "souffler", "plaisanter", "tempêter", "sourire", "désoler",
                       "amuser", "emporter", "agacer", "étrangler", "exaspérer", "persifler", "cingler",
                       "grincer", "pester", "enthousiasmer", "soupirer", "ricaner", "rigoler", "esclaffer",
                       "murmurer", "trancher", "nuancer", "abonder", "enchaîner", "défendre", "relativiser",
                       "chuchoter", "compléter", "développer", "embrayer", "continuer", "espérer",
                       "acquiescer", "interpeller"}
QUOTE_ONLY_VERBS |= MANNER_INCISE_VERBS
REPORTING_VERBS = REPORTING_VERBS | MANNER_INCISE_VERBS
# reporting verbs whose reflexive form, with a thing as subject, says nothing ("un incendie s'est déclaré",
# "la journée s'annonce chargée", "l'opération s'est révélée un échec", "cela s'explique par")
MIDDLE_SENSE_VERBS = {"déclarer", "annoncer", "révéler", "confirmer", "expliquer"}
# reporting verbs whose reflexive form names someone or something, whoever the subject ("s'appeler")
REFLEXIVE_NAMING_VERBS = {"appeler"}
# the auxiliary that makes a reporting verb passive where no reflexive pronoun makes it a tense ("sont invités
# à"; not "s'est dit")
PASSIVE_AUXILIARY: str | None = "être"
REFLEXIVE_CLITICS: set[str] = {"se", "s'", "s’"}
# reporting verbs that report only with "se" ("« ... ? », s'est interrogée X", "s'est agacé X"): without it
# they say what was done to someone ("interrogé sur ...", "a ému la ville")
SELF_REPORTING_VERBS = {"interroger", "questionner", "agacer", "émouvoir", "offusquer", "lamenter",
                        "désoler", "exaspérer", "épancher", "enthousiasmer", "plaindre"}
# reporting verbs whose reflexive form gives the subject an attribute it says of itself ("il s'est dit
# inquiet", "se déclarant prêt à ...", "s'avoue déçu"): the attribute is what was said
SELF_ATTRIBUTE_VERBS = {"dire", "déclarer", "avouer", "prétendre", "affirmer"}
# verbs of learning that press style puts in an impersonal incise after what was learned, with whom it was
# learned from ("..., apprend-on auprès du club", "apprend-on de source sûre"): cues only there,
# with the pronoun of no one as their subject; the source after the words of the pack's ``LEARNED_FROM``
LEARNED_VERBS = {"apprendre"}
IMPERSONAL_CLITICS = {"-on", "-t-on", "on"}
LEARNED_FROM = {"auprès", "de", "d'", "d’", "du", "des"}
# a cue with its own speaker inside a clause or a source phrase's words is a statement of its own too ("le
# procureur a dit que le suspect a affirmé vouloir ..."): yes in French, whose annotation gives nested sources
# two statements
# the conjunctions of contrast after which another speaker's cue ends a clause or a source phrase's words
# ("selon les uns, A, tandis que les autres estiment que B")
CONTRAST_CONJUNCTIONS = ("tandis que", "tandis qu'", "tandis qu’", "alors que", "alors qu'", "alors qu’")
NESTED_CLAUSES = True
# verbs of thinking, which report an opinion only with the clause that says it ("pense que ..."), not with
# an infinitive or a noun ("pense alors rentrer", "a cru bon de", "je pense à eux")
THINKING_VERBS = {"penser", "croire"}
# verbs of mere wish or intent, which say nothing ("souhaite l'ouverture d'un débat", "s'ils le souhaitent")
INTENT_VERBS = {"souhaiter"}
# adverbs by which a verb of saying after a quote says the same person speaks again ("« ... », a encore
# expliqué l'ancien ministre", "a de nouveau estimé la ministre")
AGAIN_ADVERBS = {"encore", "de nouveau", "à nouveau"}
# the preposition that opens an adverbial phrase between an inverted clitic and its participle ("a-t-elle
# d'abord expliqué"), and the verbs of a compound tense's auxiliary
ELIDED_DE: set[str] = {"d'", "d’", "de"}
TENSE_AUXILIARIES = {"avoir", "être"}
# the forms of the auxiliary of a reporting verb in an incise after a quote ("« ... », a tweeté X"), which
# the tagger may read as no auxiliary beside a verb it does not know
INCISE_AUXILIARY_FORMS = {"a", "ont", "avait", "avaient", "aurait", "auraient"}
# the prepositions of the body where a cue with the pronoun of no one was said ("indique-t-on à l'Élysée",
# "précise-t-on dans l'entourage du ministre")
SAID_AT_PREPOSITIONS: set[str] = {"à", "au", "aux", "dans", "chez", "auprès"}
# the kinds of medium (veille/data/media.tsv) each of MEDIA_NOUNS may stand for: "le quotidien" after
# "rapporte Le Parisien", "la radio" after "France Bleu et France 3"
_ANY_MEDIUM = frozenset({"daily", "weekly", "monthly", "site", "tv", "radio", "agency", "network", "app"})
MEDIUM_NOUN_KINDS = {
    "quotidien": frozenset({"daily"}), "journal": frozenset({"daily", "weekly"}),
    "hebdomadaire": frozenset({"weekly"}), "magazine": frozenset({"weekly", "monthly"}),
    "mensuel": frozenset({"monthly"}), "radio": frozenset({"radio"}), "station": frozenset({"radio"}),
    "antenne": frozenset({"radio", "tv"}), "chaîne": frozenset({"tv"}), "télévision": frozenset({"tv"}),
    "site": frozenset({"site"}), "réseau": frozenset({"network"}), "média": _ANY_MEDIUM,
}

# the titles of the offices of a country that a description names with its demonym ("le président américain",
# "la chancelière allemande"), by the offices of veille/data/office_holders.tsv; the offices whose country
# goes without saying ("le pape"); and the words of a description that says someone no longer or not yet
# holds it ("l'ancien président américain")
OFFICE_TITLES = {"président": "president", "présidente": "president", "chef de l'état": "president",
                 "premier ministre": "prime_minister", "première ministre": "prime_minister",
                 "chef du gouvernement": "prime_minister", "président du conseil": "prime_minister",
                 "chancelier": "chancellor", "chancelière": "chancellor", "roi": "king", "reine": "king",
                 "monarque": "king", "émir": "king", "guide suprême": "supreme_leader", "dirigeant": "leader",
                 "pape": "pope", "souverain pontife": "pope", "vice-président": "vice_president",
                 "vice-présidente": "vice_president", "chef de la diplomatie": "foreign_minister",
                 "ministre des affaires étrangères": "foreign_minister",
                 "ministre de la défense": "defence_minister", "secrétaire à la défense": "defence_minister"}
OFFICE_COUNTRIES = {"pope": "VA"}
# the offices the press names by their seat or their state's title alone, as the whole description
OFFICE_PERIPHRASES = {"président de la république": ("FR", "president"),
                      "chef de l'état français": ("FR", "president"),
                      "locataire de l'élysée": ("FR", "president"), "hôte de l'élysée": ("FR", "president"),
                      "locataire de matignon": ("FR", "prime_minister"),
                      "hôte de matignon": ("FR", "prime_minister"),
                      "locataire de la maison blanche": ("US", "president"),
                      "hôte de la maison blanche": ("US", "president"),
                      "locataire du kremlin": ("RU", "president"), "maître du kremlin": ("RU", "president"),
                      "chef du kremlin": ("RU", "president"),
                      "locataire de downing street": ("GB", "prime_minister"),
                      # the French portfolios the press names without their country
                      "ministre de l'intérieur": ("FR", "interior_minister"),
                      "locataire de beauvau": ("FR", "interior_minister"),
                      "ministre des armées": ("FR", "defence_minister"),
                      "ministre de la défense": ("FR", "defence_minister"),
                      "ministre des affaires étrangères": ("FR", "foreign_minister"),
                      "chef de la diplomatie française": ("FR", "foreign_minister"),
                      "ministre de la justice": ("FR", "justice_minister"),
                      "garde des sceaux": ("FR", "justice_minister"),
                      "ministre de la santé": ("FR", "health_minister"),
                      "ministre de l'économie": ("FR", "economy_minister"),
                      # the offices of the United States the press names by their own title
                      "secrétaire d'état américain": ("US", "foreign_minister"),
                      "secrétaire d'état américaine": ("US", "foreign_minister"),
                      "chef du pentagone": ("US", "defence_minister"),
                      "président de la chambre des représentants": ("US", "house_speaker"),
                      "présidente de la chambre des représentants": ("US", "house_speaker"),
                      # the French chambers' presidents
                      "président du sénat": ("FR", "senate_president"),
                      "président de l'assemblée nationale": ("FR", "assembly_president"),
                      "présidente de l'assemblée nationale": ("FR", "assembly_president"),
                      # the heads of international bodies
                      "secrétaire général de l'onu": ("UN", "secretary_general"),
                      "secrétaire général des nations unies": ("UN", "secretary_general"),
                      "patron de l'onu": ("UN", "secretary_general"),
                      "chef de l'onu": ("UN", "secretary_general"),
                      "secrétaire général de l'otan": ("NATO", "secretary_general"),
                      "secrétaire général de l'alliance atlantique": ("NATO", "secretary_general"),
                      "président de la commission européenne": ("EU", "commission_president"),
                      "présidente de la commission européenne": ("EU", "commission_president"),
                      "président du conseil européen": ("EU", "council_president"),
                      "chef de la diplomatie européenne": ("EU", "foreign_minister"),
                      "cheffe de la diplomatie européenne": ("EU", "foreign_minister")}
OFFICE_NOT_HELD = {"ancien", "ancienne", "futur", "future", "prochain", "prochaine", "défunt", "défunte",
                   "feu", "précédent", "précédente", "éphémère"}
