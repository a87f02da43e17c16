"""French data for the entity and place stages."""

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
CIVILITIES = {"m.", "mme", "mlle", "monsieur", "madame", "mademoiselle", "me", "dr", "pr"}

# demonyms that the French model labels LOC ("les Irakiens"): capitalised words with these endings
# that the gazetteer does not know as places are NORP
DEMONYM_SUFFIXES = ("ien", "ienne", "ain", "aine", "ais", "aise", "ois", "oise", "and", "ande", "éen",
                    "éenne", "s")  # "s": any capitalised plural ("Irakiens", "Kurdes", "Turcs")

# determiners that may open a place mention ("la Syrie", "l'Irak")
DETERMINERS = ("la ", "le ", "les ", "l'", "l’", "du ", "des ", "de la ", "de l'", "de ", "d'", "au ", "aux ")
# "X en Y", "X (Y)", "X, Y": the second place contains the first
CONTAINER_WORDS = {"en", "au", "aux", "dans"}
# the model's labels whose spans may run a place into its containers ("Kidal (nord du Mali")
SPLIT_LABELS = {"LOC": False}

# regions and areas that GeoNames' package data lacks: places, left unresolved rather than guessed
REGIONS = {"moyen orient", "proche orient", "maghreb", "sahel", "balkans", "caucase", "golfe",
           "levant", "kurdistan", "occident", "orient", "asie centrale", "afrique du nord",
           "afrique de l'ouest", "afrique subsaharienne", "europe de l'est", "extreme orient"}

# buildings and names that stand for an institution, not a place the news happens in
NOT_PLACES = {"maison blanche", "elysee", "kremlin", "pentagone", "matignon", "quai d'orsay",
              "charles de gaulle", "etat", "cour constitutionnelle", "bercy", "beauvau"}
# prepositions after which a capitalised name the model missed is worth a gazetteer look-up
LOCATIVE_PREPOSITIONS = {"à", "dans", "près", "vers"}
# words for a place's kind that precede its name ("la ville de Mossoul"); dropped for look-up
FEATURE_WORDS = {"ville", "village", "province", "région", "district", "commune", "département", "gouvernorat"}
FEATURE_PREFIXES = ("ville de ", "village de ", "province de ", "région de ", "commune de ", "département de ")
# words next to a name that make it a town ("la ville de Mossoul")
CITY_AFTER = r"^\s+(?:ville|village)\b"
CITY_BEFORE = r"(?:ville|village|commune) d[e']\s*$"
# words after which a capitalised name the model did not tag is looked up as a place ("manifesté à
# Bourg-de-Péage"), and the small words a place name may hold ("Saint-Martin de Ré")
PLACE_PREPOSITIONS = {"à"}
# words between such a preposition and the name (none in French: "dans le centre de Lyon" is PLACE_OF)
LOCAL_ADJECTIVES: set[str] = set()
# what stands before a town's name as "X de" ("l'hôpital de Alençon", "la banlieue de Lyon")
PLACE_OF = (r"\b(?:hôpital|prison|rues|port|aéroport|université|périphérie|banlieue|centre|maire|mairie|habitants|"
            r"ville|village|commune|région|province|département|district|gouvernorat) d[e']\s*$")
NAME_JOINERS = {"de", "du", "des", "la", "le", "les", "sur", "en", "al", "el"}
# words next to a name that make it a region of a country ("la province de Herat", "l'oblast de Donetsk")
ADMIN_AFTER = r"^\s+(?:région|province|gouvernorat|oblast)\b"
ADMIN_BEFORE = r"(?:région|province|gouvernorat|oblast|état) d[eu']\s*$"
# the French model's one-word persons are people ("Eugène", "Bolivar"), even where a town bears the name
PEOPLE_MAY_BE_PLACES = False
# les noms de fleuves et de montagnes suivent leur nature ("le fleuve Niger"): rien à reconnaître après le nom
NATURAL_AFTER = "(?!)"
# mots qui nomment une partie d'un pays ("Nord Mali" sans trait d'union): le pays, faute de mieux
AREA_QUALIFIERS = {"nord", "sud", "est", "ouest", "centre"}
# mots qui font d'un nom un bâtiment, une rue ou un site, placé près de la ville principale de l'article
FACILITY_WORDS = r"\b(?:rue|avenue|boulevard|place|pont|gare|aéroport|stade|salle|église|chapelle|cathédrale|mosquée|temple|ambassade|palais|tribunal|jardins?|parc|tour|université|lycée|collège|école|hôpital|marché|château|musée)\b"
