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
