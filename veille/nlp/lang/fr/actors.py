"""French data for the actor table: the words that open an actor's name without being part of it."""

# articles before an actor's name ("l'ONU", "le groupe Etat islamique"), as regular expressions, tried
# in this order (a shorter one that begins a longer one is tried first, as it always was)
NAME_ARTICLES = ("le", "la", "les", "l['’]", "du", "des", "de la", "de l['’]")
# words for a kind of body before its name ("le groupe Etat islamique", "le mouvement Hamas")
BODY_WORDS = ("groupe", "organisation", "mouvement")
# the word for a military operation before its name ("l'opération Barkhane")
OPERATION_WORDS = ("opération", "operation", "opérations")
# the nouns that name an actor without naming it, by ACLED's kind of actor: a lemma, or a lemma and the
# lemma of a word that qualifies it ("homme armé", "force ordre"), tried before the noun alone
ACTOR_NOUNS = {
    "military": ("soldat", "militaire", "armée", "troupe", "légionnaire", "parachutiste", "casque bleu",
                 "force armé", "force spécial", "force militaire", "marin", "aviation", "char", "drone",
                 "force", "artillerie", "hélicoptère", "junte", "régime", "général", "colonel",
                 "lieutenant-colonel", "commandant", "capitaine", "lieutenant", "sergent", "caporal",
                 "adjudant", "officier"),
    "government": ("gouvernement", "état", "autorité", "pouvoir", "exécutif"),
    "police": ("policier", "police", "gendarme", "gendarmerie", "crs", "force ordre", "agent police",
               "force anti-émeute", "police anti-émeute", "force sécurité", "douanier", "brigade", "bac",
               "commissariat", "enquêteur", "officier police"),
    "protesters": ("manifestant", "protestataire", "gréviste", "gilet jaune", "militant", "syndicaliste",
                   "manifestation", "cortège", "rassemblement", "marcheur"),
    "rioters": ("émeutier", "casseur", "foule", "vandale", "pillard", "black bloc"),
    "armed": ("homme armé", "individu armé", "groupe armé", "inconnu armé", "personne armé", "assaillant",
              "jihadiste", "djihadiste", "terroriste", "insurgé", "rebelle", "tireur", "kamikaze",
              "islamiste", "milicien", "bandit", "agresseur", "ravisseur", "commando", "gang", "combattant",
              "homme cagoulé", "individu cagoulé", "forcené", "auteur", "suspect", "meurtrier", "assassin",
              "preneur otage"),
    "civilians": ("civil", "habitant", "villageois", "passant", "piéton", "fidèle", "élève", "enfant",
                  "femme", "homme", "personne", "famille", "victime", "otage", "journaliste", "touriste",
                  "jeune", "adolescent", "étudiant", "migrant", "réfugié", "automobiliste", "conducteur",
                  "chauffeur", "commerçant", "paysan", "agriculteur", "enseignant", "professeur", "médecin",
                  "prêtre", "citoyen", "résident", "individu", "mineur", "fille", "garçon", "bébé",
                  "retraité", "employé", "ouvrier", "salarié", "client", "voisin", "riverain", "inconnu"),
}
# nouns of violence that say how an event was done, whose qualifier names its agent ("tué dans un raid
# américain", "dans une attaque djihadiste")
MEANS_NOUNS = ("raid", "frappe", "bombardement", "attaque", "attentat", "tir", "assaut", "embuscade",
               "offensive", "opération", "explosion")
# prepositions that make a phrase the target of an event ("une attaque contre des civils")
TARGET_PREPOSITIONS = ("contre", "envers", "visant")
# prepositions by which a name that qualifies an event noun is its agent ("l'attaque des jihadistes",
# not "une attaque au Niger")
NOUN_AGENT_PREPOSITIONS = ("de", "du", "des", "d'", "d’", "par")
