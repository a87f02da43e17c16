"""French number words, separators and the bound words of CONTRACT.md's table of number conventions."""

# words that are numbers by themselves; "un"/"une" only count before a scale word ("un million"),
# since the indefinite article is not a quantity
UNITS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16,
}
TENS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
        "septante": 70, "huitante": 80, "octante": 80, "nonante": 90}
HUNDREDS = {"cent": 100, "cents": 100}
SCALES = {"mille": 1_000, "million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000,
          "milliards": 1_000_000_000}
# abbreviations of scales written after digits ("3 Mds", "12 Md€")
SCALE_ABBREVIATIONS = {"md": 1_000_000_000, "mds": 1_000_000_000, "mrd": 1_000_000_000,
                       "mrds": 1_000_000_000, "mln": 1_000_000}
INDEFINITES = {"un", "une"}
# a half, read as 0.5 where the time grammar expects a number
HALVES = ("demi",)
JOINERS = {"et"}
DECIMAL_MARK = ","

# "une dizaine" is about 10; "des dizaines" is vague (CONTRACT table)
APPROXIMATE_NOUNS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}
# plural forms that make a vague count; their base: "des centaines" -> 200..999
VAGUE_NOUNS = {"dizaines": 10, "douzaines": 10, "centaines": 100, "milliers": 1000,
               "millions": 1_000_000, "milliards": 1_000_000_000}
# determiners before a vague plural; "des dizaines de milliers" multiplies
VAGUE_DETERMINERS = ("des", "plusieurs", "quelques", "de nombreuses", "de nombreux")
OF = ("de", "d'")

# bound words before a number, longest first when matched
PREFIXES = {
    "about": ["environ", "près de", "près d'", "quelque", "presque", "approximativement",
              "à peu près", "autour de", "autour d'", "aux alentours de", "aux alentours d'",
              "pas loin de", "quasiment", "plus ou moins", "grosso modo"],
    "more_than": ["plus de", "plus d'", "au-delà de", "au-delà d'", "davantage que", "plus que",
                  "supérieur à", "supérieure à", "au-dessus de", "au-dessus d'", "bien plus de",
                  "largement plus de"],
    "less_than": ["moins de", "moins d'", "inférieur à", "inférieure à", "en deçà de", "en dessous de",
                  "à peine"],
    "at_least": ["au moins", "au minimum", "pas moins de", "pas moins d'", "un minimum de",
                 "un minimum d'"],
    "at_most": ["au plus", "au maximum", "au grand maximum", "pas plus de", "pas plus d'",
                "tout au plus", "un maximum de", "un maximum d'"],
    "up_to": ["jusqu'à", "jusqu’à", "jusque"],
}
SUFFIXES = {"about": ["environ"], "at_least": ["au moins", "et plus"]}
# "entre 3000 et 4000", "de 3000 à 4000", "3000 à 4000"
RANGE_OPENERS = ["entre", "de", "d'", "d’"]
RANGE_JOINERS = ["et", "à"]

# units after a number (lower case); currencies by ISO code
UNITS_AFTER = {
    "%": "%", "pour cent": "%", "pourcent": "%", "points de pourcentage": "pp", "point de pourcentage": "pp",
    "€": "EUR", "euro": "EUR", "euros": "EUR", "$": "USD", "dollar": "USD", "dollars": "USD",
    "dollars américains": "USD", "£": "GBP", "livre sterling": "GBP", "livres sterling": "GBP",
    "livres": "GBP", "francs suisses": "CHF", "franc suisse": "CHF", "francs cfa": "XOF", "fcfa": "XOF",
    "yuans": "CNY", "yuan": "CNY", "yens": "JPY", "yen": "JPY", "roubles": "RUB", "rouble": "RUB",
    "dinars": "IQD", "livres turques": "TRY", "hryvnias": "UAH",
    "km": "km", "kilomètre": "km", "kilomètres": "km", "m": "m", "mètre": "m", "mètres": "m",
    "cm": "cm", "centimètres": "cm", "mm": "mm", "kg": "kg", "kilo": "kg", "kilos": "kg",
    "kilogrammes": "kg", "g": "g", "grammes": "g", "tonne": "t", "tonnes": "t", "t": "t",
    "hectare": "ha", "hectares": "ha", "ha": "ha", "km2": "km2", "km²": "km2", "m2": "m2", "m²": "m2",
    "litre": "l", "litres": "l", "l": "l", "barils": "bbl", "baril": "bbl", "degrés": "°", "°c": "°C",
    "°": "°", "km/h": "km/h", "mégawatts": "MW", "mw": "MW", "gw": "GW", "kwh": "kWh", "voix": None,
}
UNITS_BEFORE = {"€": "EUR", "$": "USD", "us$": "USD", "$us": "USD", "£": "GBP", "usd": "USD", "eur": "EUR"}
CURRENCY_ONLY_SCALES = {"m", "k"}
GLUED_UNITS = ("km", "m", "cm", "mm", "kg", "g", "mg", "ml", "l", "go", "mo", "to", "kw", "kwh", "mw", "gw",
               "hz", "ha", "min", "h", "t", "md", "mds", "md€", "m€", "k€", "s")
# "la moitié" and "un tiers" are shares, not counts, in the French news habit: not read as quantities
FRACTION_WORDS: dict[str, float] = {}
DIGIT_FRACTIONS = False
# "1,5 million d'euros": a currency after "de"
CURRENCY_AFTER_OF = {"euros": "EUR", "dollars": "USD", "livres": "GBP", "francs": "CHF", "yuans": "CNY",
                     "roubles": "RUB", "dinars": "IQD"}

# words before a number that make it an identifier, a rank or a reference, not a quantity
NOT_BEFORE = {"n°", "no", "nº", "numéro", "article", "articles", "loi", "alinéa", "page", "pages",
              "chapitre", "tome", "volume", "vol.", "p.", "art.", "lot", "ligne", "route", "rn",
              "autoroute", "vol", "salle", "porte", "groupe", "niveau", "classe", "tour", "étape",
              "version", "numéros", "décret", "score", "taille", "rang", "catégorie", "dossier",
              "code", "circonscription", "arrondissement", "division", "régiment", "bataillon",
              "échangeur", "sortie", "quai", "terminal", "secteur", "zone", "lycée", "collège"}
# words after a number that make it a rank or an age, not a quantity
# nouns after a number that make it a share or a repetition, not a count: "les deux tiers", "deux fois"
NOT_COUNTS = {"tiers", "quart", "quarts", "cinquièmes", "fois", "reprises"}
NOT_AFTER = {"e", "è", "ème", "eme", "er", "ère", "re", "nd", "nde", "bis", "ter"}
