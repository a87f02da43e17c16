"""French data for the place stage: the words around a place's name, names that are not places."""

# determiners that may open a place mention ("la Syrie", "l'Irak")
DETERMINERS = ("la ", "le ", "les ", "l'", "l’", "du ", "des ", "de la ", "de l'", "de ", "d'", "au ", "aux ")
# "X en Y", "X (Y)", "X, Y": the second place contains the first
CONTAINER_WORDS = {"en", "au", "aux", "dans"}

# regions and areas that GeoNames' package data lacks: places, left unresolved rather than guessed
REGIONS = {"moyen orient", "proche orient", "maghreb", "sahel", "balkans", "caucase", "golfe",
           "levant", "kurdistan", "occident", "orient", "asie centrale", "afrique du nord",
           "afrique de l'ouest", "afrique subsaharienne", "europe de l'est", "extreme orient"}

# buildings and names that stand for an institution, not a place the news happens in
NOT_PLACES = {"maison blanche", "elysee", "kremlin", "pentagone", "matignon", "quai d'orsay",
              "charles de gaulle", "etat", "cour constitutionnelle", "bercy", "beauvau"}
# prepositions after which a capitalised name the model missed is worth a gazetteer look-up
LOCATIVE_PREPOSITIONS = {"à", "dans", "près", "vers"}
# prepositions that say a country is where something is ("au Tchad", "en Syrie"), not its goal or side
IN_COUNTRY_PREPOSITIONS = {"au", "aux", "en", "à", "dans"}
# a place that opens an organisation's name is its seat ("Kabul Police"): no in French, whose names put
# the seat after "de" ("la police de Kaboul"); one that opens a name is a brand's word ("France Info")
SEAT_OPENS_NAME = False
# words for a place's kind that precede its name ("la ville de Mossoul"); dropped for look-up
FEATURE_WORDS = {"ville", "village", "province", "région", "district", "commune", "département",
                 "gouvernorat"}
FEATURE_PREFIXES = ("ville de ", "village de ", "province de ", "région de ", "commune de ",
                    "département de ")
# words next to a name that make it a town ("la ville de Mossoul")
CITY_AFTER = r"^\s+(?:ville|village)\b"
CITY_BEFORE = r"(?:ville|village|commune) d[e']\s*$"
# words after which a capitalised name the model did not tag is looked up as a place ("manifesté à
# Bourg-de-Péage"), and the small words a place name may hold ("Saint-Martin de Ré")
PLACE_PREPOSITIONS = {"à"}
# words between such a preposition and the name (none in French: "dans le centre de Lyon" is PLACE_OF)
LOCAL_ADJECTIVES: set[str] = set()
# what stands before a town's name as "X de" ("l'hôpital de Alençon", "la banlieue de Lyon")
PLACE_OF = (r"\b(?:hôpital|prison|rues|port|aéroport|université|périphérie|banlieue|centre|maire|mairie|"
            r"habitants|ville|village|commune|région|province|département|district|gouvernorat) d[e']\s*$")
NAME_JOINERS = {"de", "du", "des", "la", "le", "les", "sur", "en", "al", "el"}
# words next to a name that make it a region of a country ("la province de Herat", "l'oblast de Donetsk")
ADMIN_AFTER = r"^\s+(?:région|province|gouvernorat|oblast)\b"
ADMIN_BEFORE = r"(?:région|province|gouvernorat|oblast|état) d[eu']\s*$"
# les noms de fleuves et de montagnes suivent leur nature ("le fleuve Niger"): rien à reconnaître après le nom
NATURAL_AFTER = "(?!)"
# mots qui nomment une partie d'un pays ("Nord Mali" sans trait d'union): le pays, faute de mieux
AREA_QUALIFIERS = {"nord", "sud", "est", "ouest", "centre"}
# mots qui font d'un nom un bâtiment, une rue ou un site, placé près de la ville principale de l'article
FACILITY_WORDS = (r"\b(?:rue|avenue|boulevard|place|pont|gare|aéroport|stade|salle|église|chapelle|"
                  r"cathédrale|mosquée|temple|ambassade|palais|tribunal|jardins?|parc|tour|université|lycée|collège|"
                  r"école|hôpital|marché|château|musée)\b")

# les mots d'un lieu par sa nature, en tête d'un nom que le modèle lit comme un lieu ("l'aéroport de Bagdad",
# "le district de Seyagird", "les monts Sinjar"): un lieu, placé par le nom qu'il contient
SITE_KINDS = (r"(?:aéroport|gare|port|commissariat|gendarmerie|caserne|base|camp|prison|hôpital|clinique|"
              r"district|province|gouvernorat|comté|canton|quartier|faubourg|banlieue|monts?|massif|lacs?|îles?|"
              r"détroit|mer|golfe|fleuve|vallée|plaine|désert|forêt|col|cimetière|pont|fort|place|rue|avenue|"
              r"boulevard|quai|parc|jardins?|église|cathédrale|basilique|mosquée|synagogue|stade|université|"
              r"centrale|palais|château|musée|école|lycée|collège|marché)\b(?=.*[A-ZÀ-ÖØ-Þ])")
# parmi eux, une voie, une place ou une gare porte souvent le nom d'une autre ville que la sienne ("la rue de
# Paris" à Lyon, "la gare de Lyon" à Paris): placée par la ville voisine dans le texte, non par ce nom
STREET_KINDS = (r"(?:rue|avenue|boulevard|place|quai|gare|porte|pont|allée|impasse|cours|chemin|route|"
                r"square)\b")
# le mot qui lie ce lieu à la ville dont il porte le nom ("l'aéroport de Bagdad", "la prison d'Evin")
TOWN_OF = r"(?:de|d['’]|du)"

# endings of a demonym's plural and feminine forms ("irakiens", "irakienne", "irakiennes"); the demonym
# table is read for texts in any language, so they are added to the demonyms of every pack
DEMONYM_ENDINGS = ("s", "e", "es", "ne", "nes")

# the words that link the parts of a place's name, one often written for another ("Saint-Germain-de-Prés"
# for "-des-")
LINKING_WORDS = ("de", "du", "des")
# abbreviations that open a place's name, spelled out for a look-up ("ste" -> "Sainte-Foy"); read for
# names in a text of any language, with the other packs'
ABBREVIATIONS = {"st": "saint", "ste": "sainte"}
# words before a name, then "(" or ",", that give an event's place ("à Kalaiya (Bara, Madhesh)"); read for
# texts in any language, with the other packs'
EVENT_PREPOSITIONS = ("à", "près de")
# endings of a people's or a language's name ("britannique", "français", "chinois"), never promoted to a
# place; read for texts in any language, with the other packs'
PEOPLE_ENDINGS = ("que", "ais", "ois")
# the words between the names of a list ("Lyon et Marseille"); read for texts in any language
LIST_JOINERS = ("et", "ou")
# the word between the parties to a case ("Dobbs v. Jackson"): none in French
CASE_PARTIES: tuple[str, ...] = ()
# the word for a city that ends a city's name before one of its districts ("Seoul City - Jongno"): none
CITY_IN_NAMES: tuple[str, ...] = ()
# directions, folded (no accent, hyphen as a space): alone ("le Nord", "du Sud-Est") they name a region
# only of a country the article names; read for texts in any language, with the other packs'
DIRECTIONS = ("nord", "sud", "est", "ouest", "centre", "nord est", "nord ouest", "sud est", "sud ouest",
              "centre nord", "centre sud", "centre est", "centre ouest", "extreme nord", "grand nord",
              "extreme sud", "grand sud", "midi")
# mots avant le nom propre d'un site ("l'église Saint John", "la place Tahrir"): ce nom est celui du site,
# pas d'une ville ou d'une région homonyme
# ... et les rues et places nommées d'après un lieu ("la place d'Italie", "la rue de Rome"): un lieu d'une
# autre ville, où ce qui y arrive n'est pas (non "l'aéroport de Bagdad", qui est à Bagdad)
SITE_BEFORE = (r"\b(?:rue|avenue|boulevard|place|pont|gare|aéroport|stade|salle|église|chapelle|cathédrale|"
               r"basilique|mosquée|synagogue|temple|ambassade|palais|tribunal|jardin|parc|université|lycée|"
               r"collège|école|hôpital|clinique|prison|marché|château|musée)\s+$|"
               r"\b(?:rue|avenue|boulevard|place|quai)\s+(?:de\s+|du\s+|des\s+|d['’]\s*)$")
# mots avant le nom d'un modèle d'engin ("l'hélicoptère de combat Tigre", "un char Leclerc"): un modèle, pas
# un lieu homonyme
MODEL_BEFORE = (r"\b(?:hélicoptères?|avions?|chasseurs?|bombardiers?|chars?|blindés?|frégates?|corvettes?|"
                r"sous-marins?|porte-avions|drones?|missiles?|fusils?|lance-roquettes)"
                r"(?:\s+(?:de\s+combat|d['’]attaque|de\s+chasse|de\s+transport|militaires?))?\s+$")
# mots avant le titre d'un média ("le quotidien Libération", "la chaîne France 24"): un titre, pas un lieu
MEDIA_BEFORE = (r"\b(?:quotidien|journal|hebdomadaire|magazine|mensuel|chaîne|radio|site|média|agence)"
                r"(?:\s+(?:régional|national|local|britannique|américain|allemand|espagnol|italien))?\s+$")
# mots avant le nom d'une entreprise ("le groupe de grande distribution Carrefour", "l'opérateur Orange"):
# un nom de société, pas un lieu (sans majuscule entre le mot et le nom, ni "de" juste avant: "le laboratoire
# de Los Alamos" est à Los Alamos)
COMPANY_BEFORE = (r"\b(?:groupe|société|entreprise|enseigne|marque|firme|constructeur|distributeur|"
                  r"géant|compagnie|multinationale|opérateur|laboratoire|assureur|industriel|fabricant)"
                  r"(?:\s+(?:de\s+|du\s+|des\s+|d'|l')?(?!(?:a|à|ont|est|sont|en|dans|près|sur|au|aux|vers|"
                  r"qui|et|ou|par|pour|avec|contre|avait|avaient|de|du|des|d)\b)[a-zéèêàâîôûç-]+){0,3}\s+$")
# words before a place that name it as a landmark the news is measured from ("à 60 km au sud-est de la
# capitale Niamey", "à une heure de route de"), not where it happened ("près de X" is X, as ACLED codes it):
# ends where the name begins
LANDMARK_BEFORE = (r"\bà\s+(?:[\d.,]+|une?|deux|trois|quelques|"
                   r"une\s+(?:dizaine|vingtaine|centaine)\s+de)\s*(?:km|kilomètres?|mètres?|heures?|minutes?)\b"
                   r"[^.;!?,()]{0,40}?\s+(?:de|d'|du|des)\s*"
                   r"(?:(?:la|le|l')\s*(?:capitale|ville|localité|village|commune|cité)\s+(?:de\s+|d')?)?$")
# words before a place that name it as someone's origin or nationality ("originaire de Tunisie", "né à
# Lyon"), not where the news happens: a pattern that ends where the name begins
ORIGIN_BEFORE = (r"\b(?:originaires?|natifs?|natives?|ressortissante?s?|d'origine|de nationalité|"
                 r"née?s? (?:à|au|en)|venue?s? (?:de|du|des)|arrivée?s? (?:de|du|des))"
                 r"(?:\s+(?:de|d'|du|des|la|le|l'|à|au|aux|en))*\s*$")
# a definite article before a name, as before a region or a country, not a town ("dans le Donbass",
# "au Tigré"); and the articles a town's own name may open with ("Le Caire")
REGION_ARTICLE_BEFORE = r"(?:^|[\s(])(?:le|la|les|au|aux|du)\s+$|(?:^|[\s(])l['’]$"
REGION_ARTICLE_FORMS: tuple[str, ...] = ("le ", "la ", "les ", "l'")
# a preposition without an article before a name, as before a town ("à Lyon", "de Lyon")
TOWN_PREPOSITION_BEFORE = r"(?:^|[\s(])(?:à|de)\s+$|(?:^|[\s(])d['’]$"
