"""French data for the entity stage: the model's labels, titles and civilities, demonyms."""

# spaCy fr NER labels -> CONTRACT entity types
LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}

# words that open a person's title or function, before the name ("le colonel John Dorrian") or in an
# apposition after it ("Joe Votel, chef du commandement ..."); multiword ranks are matched greedily
ROLE_HEADS = {
    "colonel", "général", "generale", "lieutenant", "capitaine", "commandant", "sergent", "caporal",
    "amiral", "maréchal", "major", "adjudant", "brigadier", "soldat", "officier",
    "président", "présidente", "vice-président", "ministre", "premier", "première", "secrétaire",
    "porte-parole", "chef", "cheffe", "directeur", "directrice", "député", "députée", "sénateur",
    "sénatrice", "maire", "ambassadeur", "ambassadrice", "juge", "procureur", "procureure",
    "commissaire", "gouverneur", "gouverneure", "roi", "reine", "prince", "princesse", "pape",
    "patron", "patronne", "pdg", "dirigeant", "dirigeante", "leader", "responsable", "conseiller",
    "conseillère", "émir", "cheikh", "imam", "ayatollah", "évêque", "cardinal", "avocat", "avocate",
    "candidat", "candidate", "fondateur", "fondatrice", "représentant", "représentante", "envoyé",
    "envoyée", "émissaire", "haut-commissaire", "chancelier", "chancelière", "préfet", "préfète",
    "négociateur", "coordinateur", "coordinatrice", "analyste", "expert", "experte", "chercheur",
    "chercheuse", "professeur", "journaliste", "correspondant", "rapporteur", "médiateur", "guide",
    "lieutenant-colonel", "contre-amiral", "vice-amiral", "sous-lieutenant",
}
# adjectives allowed between a title and the name ("le général américain Joe Votel")
TITLE_MODIFIERS = {"nouveau", "nouvelle", "ancien", "ancienne", "ex", "actuel", "actuelle", "haut",
                   "haute", "premier", "première", "vice", "sous", "adjoint", "adjointe", "général",
                   "générale", "en", "chef"}
# the articles a title opens with: a "person" named "La libre Belgique" (an article, then a small word) is
# a title, not someone ("Le Pen", "Le Drian": an article, then a capital)
TITLE_ARTICLES = {"le", "la", "les", "l'", "l’"}
CIVILITIES = {"m.", "mme", "mlle", "monsieur", "madame", "mademoiselle", "me", "dr", "pr"}

# demonyms that the French model labels LOC ("les Irakiens"): capitalised words with these endings
# that the gazetteer does not know as places are NORP
DEMONYM_SUFFIXES = ("ien", "ienne", "ain", "aine", "ais", "aise", "ois", "oise", "and", "ande", "éen",
                    "éenne", "s")  # "s": any capitalised plural ("Irakiens", "Kurdes", "Turcs")
# the model's labels whose spans may run a place into its containers ("Kidal (nord du Mali")
SPLIT_LABELS = {"LOC": False}
# the French model's one-word persons are people ("Eugène", "Bolivar"), even where a town bears the name
PEOPLE_MAY_BE_PLACES = False

# abbreviated civilities that belong to a person's mention ("M. Hagenbeck"); read for texts in any
# language, with the other packs'
CIVILITY_ABBREVIATIONS = ("m.", "mm.", "mme.", "mmes.", "mlle.", "dr.")
# endings of a possessive left on a name ("Iraq's"): none in French; the other packs' are read here too
POSSESSIVES: tuple[str, ...] = ()
# nouns that name a person by what they are or do without being a title before a name ("l'élu", "le
# magistrat"): coreference reads "the <noun>" as a person the article names
PERSON_NOUNS = {"élu", "élue", "édile", "magistrat", "magistrate", "policier", "policière", "gendarme",
                "militaire", "fonctionnaire", "enquêteur", "enquêtrice", "sportif", "sportive", "joueur",
                "joueuse", "pilote", "chanteur", "chanteuse", "acteur", "actrice", "comédien", "comédienne",
                "animateur", "animatrice", "écrivain", "écrivaine", "auteur", "autrice", "parlementaire",
                "homme", "femme", "dame", "quinquagénaire", "sexagénaire", "septuagénaire", "octogénaire",
                "trentenaire", "quadragénaire", "nonagénaire",
                "intéressé", "intéressée", "suspect", "suspecte", "assaillant", "assaillante", "agent",
                "agente", "champion", "championne", "adjoint", "adjointe", "activiste", "militant",
                "militante", "jihadiste", "djihadiste", "détenu", "détenue", "prisonnier", "prisonnière",
                "opposant", "opposante",
                # the people of fame and of the arts, and a party's member ("la démocrate", "la star")
                "star", "vedette", "icône", "idole", "mannequin", "humoriste", "influenceur", "influenceuse",
                "youtubeur", "youtubeuse", "célébrité", "romancier", "romancière", "réalisateur",
                "réalisatrice", "cinéaste", "danseur", "danseuse", "lauréat", "lauréate", "démocrate",
                "républicain", "républicaine", "socialiste", "écologiste", "doyen", "doyenne",
                # the people of a trial or a crime
                "victime", "défunt", "défunte", "témoin", "accusé", "accusée", "prévenu", "prévenue",
                "plaignant", "plaignante", "condamné", "condamnée", "tireur", "tireuse", "agresseur",
                "meurtrier", "meurtrière", "ravisseur", "ravisseuse", "otage", "fugitif", "fugitive",
                "terroriste", "kamikaze", "surveillant", "surveillante", "gardien", "gardienne", "gradé",
                "gradée",
                # by age, faith, studies or what they do
                "adolescent", "adolescente", "gamin", "gamine", "garçon", "retraité", "retraitée",
                "prêtre", "pasteur", "curé", "rabbin", "moine", "religieux", "religieuse", "converti",
                "convertie", "diplômé", "diplômée", "étudiant", "étudiante", "lycéen", "lycéenne",
                "enseignant", "enseignante", "instituteur", "institutrice", "médecin", "chirurgien",
                "chirurgienne", "infirmier", "infirmière", "urgentiste", "psychiatre", "psychologue",
                "sociologue", "historien", "historienne", "politologue", "philosophe", "économiste",
                "linguiste", "juriste", "diplomate", "bourgmestre", "syndicaliste", "haut-fonctionnaire",
                "ingénieur", "ingénieure", "entrepreneur", "entrepreneuse", "milliardaire",
                "artiste", "musicien", "musicienne", "rappeur", "rappeuse", "interprète", "footballeur",
                "entraîneur", "sélectionneur", "athlète", "cycliste", "boxeur", "chauffeur", "conducteur",
                "conductrice", "passager", "passagère", "propriétaire", "locataire", "colocataire",
                "ouvrier", "ouvrière", "salarié", "salariée", "employé", "employée", "pompier", "juré",
                "jurée", "élève", "patient", "patiente", "client", "cliente"}
# military ranks: a title that says what a person is, not what they do, so that a function described before
# their name ("le porte-parole de l'état-major ... le colonel X") may be theirs
RANKS = {"général", "générale", "colonel", "lieutenant-colonel", "lieutenant", "sous-lieutenant", "capitaine",
         "commandant", "sergent", "caporal", "amiral", "contre-amiral", "vice-amiral", "maréchal", "adjudant",
         "major", "brigadier"}
# a noun that says of what kind a person's role is -> the roles of that kind ("le militaire" may be the one
# the article made "colonel", "la dirigeante" the one it made "présidente" of a company, "l'élu" a mayor)
ROLE_KINDS = {
    "militaire": {"général", "colonel", "lieutenant-colonel", "lieutenant", "capitaine", "commandant",
                  "sergent", "caporal", "amiral", "maréchal", "adjudant", "officier", "soldat"},
    "officier": {"général", "colonel", "lieutenant-colonel", "lieutenant", "capitaine", "commandant",
                 "amiral"},
    "haut-gradé": {"général", "colonel", "amiral", "maréchal", "commandant"},
    "élu": {"maire", "député", "sénateur", "eurodéputé", "conseiller", "bourgmestre", "adjoint"},
    "édile": {"maire", "bourgmestre"},
    "parlementaire": {"député", "sénateur", "eurodéputé"},
    "magistrat": {"juge", "procureur"},
    "dirigeant": {"président", "pdg", "directeur", "patron", "chef", "secrétaire"},
    "patron": {"président", "pdg", "directeur", "dirigeant"},
    "pdg": {"président", "patron", "dirigeant"},
    "diplomate": {"ambassadeur", "consul", "émissaire", "envoyé"},
    "policier": {"commissaire", "brigadier"},
}

# the words that link a name's words, on which the model may end a name before the rest
# ("la Cour des | Comptes")
NAME_LINKS = {"de", "des", "du", "d'", "d’"}
# the nouns right before a military operation's name that make it one ("la force Barkhane", "l'opération
# Serval"), where the name alone may be a person's ("Sophia", "Irini")
FORCE_NOUNS = {"force", "forces", "opération", "operation", "mission"}
# the small words of an organisation's name, which an acronym of it may spell or leave out
# ("La Française des jeux (FDJ)", "Al Qaïda au Maghreb islamique (AQMI)")
ACRONYM_SKIPPED_WORDS = {"de", "des", "du", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "pour", "en",
                         "au", "aux", "à", "sur", "sans", "contre", "dans"}
# a prefix that makes a role word a former one ("ex-ministre"): a title still, not a name
FORMER_PREFIXES = {"ex"}
# words that introduce another name of the person named before them ("Jean Morel, dit Nono", "alias",
# "connu comme"), or of the last person named where no name stands before them ("celui qui se faisait
# appeler X"); the words of a cue may have up to three words between them ("connu dans le quartier comme")
ALIAS_CUES = ("dit", "dite", "alias", "surnommé", "surnommée", "connu comme", "connue comme",
              "connu sous le nom de", "connue sous le nom de", "se faisant appeler", "se faisait appeler",
              "se fait appeler")
# cues that are other words too ("dit", a verb of saying): an alias only right after a name
ALIAS_CUES_AFTER_NAME = {"dit", "dite"}
# words after a name that make it the real name of the person named last before it ("le dessinateur,
# Laurent Morel de son vrai nom", after "Riss"): one person, under that name
REAL_NAME_CUES = ("de son vrai nom", "de son nom civil", "à l'état civil", "de son nom de naissance")
# nouns of a kind of organisation: a name right after one is that organisation's, whatever the model typed
# ("la marque Lumo", "le site Fildactu", "le syndicat Solstice")
BODY_NOUNS = {"société", "entreprise", "groupe", "firme", "marque", "compagnie", "constructeur", "chaîne",
              "quotidien", "journal", "hebdomadaire", "magazine", "mensuel", "radio", "site", "agence",
              "média", "parti", "syndicat", "association", "banque", "studio", "label", "opérateur",
              "plateforme", "fondation", "ong", "laboratoire", "cabinet", "institut", "enseigne"}
