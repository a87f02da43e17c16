"""English data for the place stage: the words around a place's name, names that are not places."""

DETERMINERS = ("the ",)
CONTAINER_WORDS = {"in"}

REGIONS = {"middle east", "near east", "far east", "maghreb", "sahel", "balkans", "caucasus", "gulf",
           "persian gulf", "levant", "kurdistan", "west", "central asia", "north africa", "west africa",
           "sub saharan africa", "eastern europe", "midwest", "new england", "south east asia",
           "southeast asia", "latin america", "the west", "pacific northwest", "deep south"}

NOT_PLACES = {"state", "nation", "north", "south", "east", "west", "central", "northern", "southern",
              "eastern", "western", "metro", "coast", "delta", "forest", "springs", "lakes", "region",
              "commonwealth", "midwest", "downtown", "uptown", "city", "county", "valley", "centre", "center",
              "congress", "parliament", "senate", "capitol", "justice", "court", "assembly"}
# prepositions after which a capitalised name the model missed is worth a gazetteer look-up
LOCATIVE_PREPOSITIONS = {"in", "near", "outside", "at", "around"}
# prepositions that say a country is where something is ("in Chad"), not its goal or side
IN_COUNTRY_PREPOSITIONS = {"in", "inside", "across", "throughout"}
# a place that opens an organisation's name is its seat ("Kabul Police", "Kherson Regional Military
# Administration"): yes in English, whose names put the seat first
SEAT_OPENS_NAME = True
# words for a place's kind that follow its name ("Zmiivka village") or precede it; dropped for look-up
FEATURE_WORDS = {"village", "town", "city", "district", "township", "province", "region", "county",
                 "municipality", "sub-county", "governorate", "prefecture", "department", "commune", "area",
                 "tehsil", "camp"}
FEATURE_PREFIXES = ("city of ", "town of ", "village of ", "province of ", "region of ")
# words next to a name that make it a town ("Amara city", "the town of Bougouni")
CITY_AFTER = r"^\s+(?:city|town|village|township)\b"
CITY_BEFORE = r"(?:city|town|village) of\s+$"
# words after which a capitalised name the model did not tag is looked up as a place ("protested in
# Schwanewede"), and the small words a place name may hold ("Neustadt in Holstein", "Rio de Janeiro")
PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "from", "to"}
# words between such a preposition and the name ("marched in central Heraklion")
LOCAL_ADJECTIVES = {"central", "downtown", "northern", "southern", "eastern", "western", "rural",
                    "northeastern", "northwestern", "southeastern", "southwestern", "nearby", "neighbouring",
                    "neighboring"}
# what stands before a town's name as "X of" ("the hospital of Alencon", "the outskirts of Kharkiv")
PLACE_OF = (r"\b(?:hospital|prison|streets|port|airport|university|outskirts|suburbs|cent(?:re|er)|mayor|"
            r"municipality|residents|inhabitants|city|town|village|area|province|district|region|governorate|"
            r"county|department|commune|prefecture) of\s+$")
NAME_JOINERS = {"de", "do", "da", "del", "la", "le", "in", "am", "an", "sur", "en", "al", "el", "of",
                "ez", "ed", "es", "ad", "az", "ash", "ar", "as"}
# words next to a name that make it a region of a country ("Sagaing region", "the province of Herat")
ADMIN_AFTER = r"^\s+(?:region|province|state|governorate|division|oblast|prefecture)\b"
ADMIN_BEFORE = r"(?:region|province|state|governorate|oblast) of\s+$"
# a word after a name that makes it a river, a lake or a mountain ("the Po river"), not a town
NATURAL_AFTER = r"\s+(?:river|lake|creek|canal|dam|reservoir|mountains?|hills|stream|falls)\b"
# words before a country or a region that name a part of it ("South Venezuela", "Nazi Germany"): the
# whole, where the gazetteer has no name for the part
AREA_QUALIFIERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                   "upstate", "downstate", "nazi", "soviet", "rural", "coastal"}
# words in a name that make it a building, a street or a site, placed near the article's main town
# the words of a place's kind that open a name the model read as a place, in small letters ("airport of
# Baghdad", "district of Seyagird"): a place, placed by the name it holds
SITE_KINDS = (r"(?:airport|station|port|police station|barracks|base|camp|prison|hospital|clinic|district|"
              r"province|governorate|county|canton|quarter|suburbs?|mounts?|mountains?|lakes?|islands?|strait|sea|"
              r"gulf|river|valley|plain|desert|forest|pass|cemetery|bridge|fort|square|street|avenue|boulevard|"
              r"quay|park|gardens?|church|cathedral|basilica|mosque|synagogue|stadium|university|power plant|"
              r"palace|castle|museum|school|college|market)\b(?=.*[A-Z])")
FACILITY_WORDS = (r"\b(?:street|st\.|avenue|ave\.|road|boulevard|lane|drive|parade|square|bridge|railroad|"
                  r"railway|station|airport|stadium|arena|centre|center|hall|church|chapel|cathedral|mosque|temple|"
                  r"embassy|courthouse|court|gardens|park|tower|university|college|school|hospital|market|"
                  r"palace|castle|museum)\b")
# of those, a street, a square or a station is often named for another town than its own ("Paris
# Street" in Lyon, "the station of Lyon" in Paris): placed by the town near it in the text, not by that name
STREET_KINDS = r"(?:street|avenue|boulevard|square|station|police station|bridge|road|lane|gate)\b"
# the word that ties such a site to the town it is named for ("the airport of Baghdad")
TOWN_OF = r"of"

# endings of a demonym's plural forms ("Iraqis"); the demonym table is read for texts in any language,
# so they are added to the demonyms of every pack
DEMONYM_ENDINGS = ("s",)

# the words that link the parts of a place's name, one often written for another (none in English names)
LINKING_WORDS: tuple[str, ...] = ()
# abbreviations that open a place's name, spelled out for a look-up ("St. Petersburg", "Mt Kenya"); read
# for names in a text of any language, with the other packs'
ABBREVIATIONS = {"st": "saint", "mt": "mount", "ft": "fort"}
# words before a name, then "(" or ",", that give an event's place ("in Kalaiya (Bara, Madhesh)"); read
# for texts in any language, with the other packs'
EVENT_PREPOSITIONS = ("in", "near", "at", "to")
# endings of a people's or a language's name ("English", "Iraqi", "Japanese"), never promoted to a place;
# read for texts in any language, with the other packs'
PEOPLE_ENDINGS = ("ish", "ese", "ian", "ean", "an", "i", "ic", "ch")
# the words between the names of a list ("Ohio, Michigan and Texas"); read for texts in any language
LIST_JOINERS = ("and", "or")
# the words between the parties to a case ("Dobbs v. Jackson", "Smith vs. Jones"), before a dot
CASE_PARTIES = ("v", "vs")
# the word for a city that ends a city's name before one of its districts ("Seoul City - Jongno")
CITY_IN_NAMES = ("City",)
# directions, folded (no accent, hyphen as a space): alone ("the North", "the South-East") they name a
# region only of a country the article names; read for texts in any language, with the other packs'
DIRECTIONS = ("north", "south", "east", "west", "centre", "center", "northeast", "north east", "northwest",
              "north west", "southeast", "south east", "southwest", "south west", "far north", "far south",
              "midwest", "deep south")
# words before a site's own name ("the mosque Al-Nuri", "the church Saint John"): the name is the site's,
# not a namesake town's or region's
SITE_BEFORE = r"\b(?:church|chapel|cathedral|basilica|mosque|synagogue|temple|hospital|prison)\s+$"
# words right before the name of a model of craft or weapon ("the helicopter Tiger", "the frigate Aurora"): a
# model, not a namesake place
MODEL_BEFORE = (r"\b(?:helicopters?|aircraft|jets?|fighters?|bombers?|tanks?|frigates?|corvettes?|"
                r"submarines?|drones?|missiles?|rifles?)\s+$")
# words before a medium's title ("the newspaper Liberation", "broadcaster France 24"): a title, not a place
MEDIA_BEFORE = (r"\b(?:newspaper|daily|weekly|magazine|broadcaster|channel|network|radio|website|outlet)"
                r"(?:\s+the)?\s+$")
# words right before a company's name ("the retailer Carrefour", "operator Orange"): a company, not a place
COMPANY_BEFORE = (r"\b(?:company|firm|retailer|brand|carmaker|manufacturer|operator|insurer|conglomerate|"
                  r"multinational)\s+$")
# words before a place that name it as a landmark the news is measured from ("60 km south-east of the
# capital Niamey", "an hour's drive from"), not where it happened ("near X" is X, as ACLED codes it): ends
# where the name begins
LANDMARK_BEFORE = (r"\b(?:[\d.,]+|an?|one|two|three|a few)[\s-]*"
                   r"(?:km|kilometres?|kilometers?|miles?|hours?|minutes?)\b[^.;!?,()]{0,40}?\b(?:of|from)\s+"
                   r"(?:the\s+(?:capital|city|town|village|locality)\s+(?:of\s+)?)?$")
# words before a place that name it as someone's origin or nationality ("a native of Tunisia", "born in
# Lyon"), not where the news happens: a pattern that ends where the name begins
ORIGIN_BEFORE = (r"\b(?:natives? of|nationals? of|citizens? of|born in|originally from|hails? from|"
                 r"hailing from)(?:\s+the)?\s*$")
# a definite article before a name, as before a region or a country, not a town (none in English);
# and the articles a town's own name may open with
REGION_ARTICLE_BEFORE = r"(?!)"
REGION_ARTICLE_FORMS: tuple[str, ...] = ()
# none in English
TOWN_PREPOSITION_BEFORE = r"(?!)"
