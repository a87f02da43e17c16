"""French lexicons that tie a number to what it counts (CONTRACT.md quantity categories)."""

# lemma of the counted noun -> category
CATEGORIES = {
    "military_personnel": {"soldat", "militaire", "troupe", "conseiller", "instructeur", "marine",
                           "parachutiste", "gendarme", "policier", "officier", "réserviste", "casque",
                           "commando", "effectif", "renfort", "légionnaire", "pilote", "garde"},
    "fighters": {"combattant", "jihadiste", "djihadiste", "rebelle", "insurgé", "milicien", "terroriste",
                 "islamiste", "assaillant", "séparatiste", "guérillero", "paramilitaire", "mercenaire",
                 "taliban", "shebab", "extrémiste", "kamikaze", "homme armé"},
    "civilians": {"civil", "civile"},
    "population": {"habitant", "âme", "résident", "population", "citoyen", "électeur", "inscrit"},
    "killed": {"mort", "tué", "décès", "victime", "cadavre", "corps", "décédé"},
    "injured": {"blessé", "blessure"},
    "missing": {"disparu", "otage"},
    "detained": {"détenu", "prisonnier", "interpellé", "arrestation", "interpellation", "captif",
                 "garde à vue", "gardé à vue", "arrêté", "incarcéré"},
    "displaced": {"déplacé"},
    "refugees": {"réfugié", "exilé", "demandeur d'asile", "migrant", "rapatrié"},
    "protesters": {"manifestant", "gréviste", "protestataire", "contestataire", "gilet jaune",
                   "émeutier", "militant", "partisan", "opposant", "sympathisant"},
    "money": {"euro", "dollar", "livre", "franc", "yuan", "rouble", "dinar", "centime"},
    "weapons": {"arme", "missile", "roquette", "obus", "bombe", "munition", "fusil", "drone", "mine",
                "grenade", "kalachnikov", "mortier", "explosif", "canon", "lance-roquette"},
    "vehicles": {"véhicule", "voiture", "char", "camion", "blindé", "avion", "hélicoptère", "navire",
                 "bateau", "bus", "autobus", "moto", "train", "bâtiment", "chasseur", "bombardier",
                 "pick-up", "4x4", "engin"},
}
# nouns naming people in general: what happened to them (a verb of the sentence) gives the category
PEOPLE = {"personne", "gens", "individu", "homme", "femme", "enfant", "adulte", "mineur", "adolescent",
          "jeune", "civil", "habitant", "passager", "fidèle", "étudiant", "élève", "touriste", "ouvrier",
          "salarié", "employé", "travailleur", "membre", "suspect", "soldat", "militaire", "policier",
          "combattant", "manifestant", "migrant", "villageois", "patient", "famille", "personnel"}
# verb (or participle) lemma -> category of the people it applies to
OUTCOME_VERBS = {
    "killed": {"tuer", "mourir", "périr", "décéder", "succomber", "abattre", "exécuter", "massacrer",
               "assassiner", "trouver la mort", "mort"},
    "injured": {"blesser", "hospitaliser"},
    "missing": {"disparaître", "enlever", "kidnapper"},
    "detained": {"arrêter", "interpeller", "détenir", "incarcérer", "emprisonner", "capturer",
                 "placer", "écrouer", "limoger", "suspendre", "inculper", "condamner"},
    "displaced": {"déplacer", "fuir", "évacuer", "chasser"},
    "protesters": {"manifester", "défiler", "rassembler", "protester", "mobiliser"},
}
# nouns that stand for a count of something else: "le nombre de soldats ... est passé de X à Y"
COUNT_HEADS = {"nombre", "total", "bilan", "effectif", "chiffre", "contingent", "population"}
# verbs that carry a change from one figure to another ("est passé de X à Y")
CHANGE_VERBS = {"passer", "augmenter", "baisser", "grimper", "chuter", "croître", "diminuer",
                "reculer", "progresser", "bondir", "tomber", "monter", "descendre", "évoluer", "hausser",
                "doubler", "gonfler", "fondre"}
CHANGE_FROM = ("de", "d'", "d’")
CHANGE_TO = ("à",)

# -- cues of the number reader (veille/extractors/quantities.py) ----------------------------------------
# the words that make a number negative; French writes the sign ("-5"): its "moins" opens a bound
# ("moins de 50")
NEGATIVE_WORDS: tuple[str, ...] = ()
# signs of a number that is a reference, not a quantity: "n° 3", "#3"
NUMBER_SIGNS = ("n°", "nº", "#")
# words before a fraction word that make it a part of a game or a year ("the second half"); French
# reads no fraction words (numbers.FRACTION_WORDS is empty)
PART_DETERMINERS: tuple[str, ...] = ()
# a number joined to a digit by "–", "/" or ":" ("2–1", "3/4", "01:23") is a score or a code (True);
# where False, it stays a quantity ("3–4 people": 3; the number after the sign is never one)
JOINED_DIGITS_ARE_CODES = True
# the range opener that takes one joiner only: "entre 3000 et 4000" (never "entre 3000 à 4000"); a
# range with that joiner and no such opener is no range ("3000 et 4000")
BETWEEN_AND = {"entre": "et"}
# an age or a duration after a number, "4 et 3 ans": the units, and the words joining two numbers
AGE_UNITS = ("an", "ans")
AGE_JOINERS = ("et", "à", "ou")
# one-word ages written with hyphens ("35-year-old"); none in French
AGE_COMPOUNDS: tuple[str, ...] = ()
# "of" fused with an article, before what a share measures: "26 % des électeurs"
OF_ARTICLES = ("des", "du")
# words before a country that make it whose figure it is: "les soldats de la France"
OWNER_OF = ("de", "d'", "du", "de la")
