"""English number words, separators and bound words (CONTRACT.md's table of number conventions)."""

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
HUNDREDS = {"hundred": 100}
SCALES = {"dozen": 12, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
SCALE_ABBREVIATIONS = {"bn": 1_000_000_000, "b": 1_000_000_000, "m": 1_000_000, "mn": 1_000_000,
                       "mln": 1_000_000, "k": 1_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
# "a"/"an" count only before a scale word: "a million", "a dozen"
INDEFINITES = {"a", "an"}
# a half, read as 0.5 where the time grammar expects a number: "a half-hour"
HALVES = ("half",)
JOINERS = {"and"}
DECIMAL_MARK = "."

APPROXIMATE_NOUNS = {"dozen": 12, "score": 20}
VAGUE_NOUNS = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 1_000_000,
               "billions": 1_000_000_000, "tens": 10}
VAGUE_DETERMINERS = ("", "several", "many", "some")
OF = ("of",)

PREFIXES = {
    "about": ["about", "around", "approximately", "roughly", "nearly", "almost", "some", "an estimated",
              "close to", "just under", "just over", "an average of", "estimated", "circa", "c."],
    "more_than": ["more than", "over", "above", "upwards of", "in excess of", "greater than", "beyond"],
    "less_than": ["less than", "fewer than", "under", "below", "lower than", "barely"],
    "at_least": ["at least", "a minimum of", "no fewer than", "no less than", "not less than"],
    "at_most": ["at most", "a maximum of", "no more than", "not more than"],
    "up_to": ["up to", "as many as", "as much as", "as high as"],
}
SUFFIXES = {"about": ["or so"], "more_than": ["or more", "plus"], "at_most": ["or less", "or fewer"]}
RANGE_OPENERS = ["between", "from"]
RANGE_JOINERS = ["and", "to", "-", "–"]

UNITS_AFTER = {
    "%": "%", "per cent": "%", "percent": "%", "percentage points": "pp", "percentage point": "pp",
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "pound": "GBP",
    "yen": "JPY", "yuan": "CNY", "rupees": "INR", "roubles": "RUB", "rubles": "RUB", "cents": "USD_cent",
    "km": "km", "kilometres": "km", "kilometers": "km", "miles": "mi", "mile": "mi", "metres": "m",
    "meters": "m", "feet": "ft", "foot": "ft", "yards": "yd", "yard": "yd", "inches": "in", "kg": "kg",
    "kilograms": "kg", "pounds of": "lb", "tonnes": "t", "tons": "t", "acres": "acre", "hectares": "ha",
    "barrels": "bbl", "gallons": "gal", "litres": "l", "liters": "l", "degrees": "°", "mph": "mph",
    "km/h": "km/h", "megawatts": "MW", "mw": "MW", "points": "points", "votes": None,
}
UNITS_BEFORE = {"$": "USD", "us$": "USD", "us $": "USD", "$us": "USD", "usd": "USD", "€": "EUR", "eur": "EUR",
                "£": "GBP", "gbp": "GBP", "ps": "GBP", "¥": "JPY", "y=": "JPY", "a$": "AUD", "au$": "AUD",
                "c$": "CAD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "rs": "INR", "rs.": "INR", "rm": "MYR",
                "inr": "INR", "chf": "CHF"}
# scale abbreviations that are read as such only after a currency ("$10m", but "80 m" is metres)
CURRENCY_ONLY_SCALES = {"m", "b", "k"}
# units written against the number ("50GB", "155mph", "200p"): letters after digits that are not a rank
GLUED_UNITS = ("km", "m", "cm", "mm", "kg", "g", "mg", "lb", "lbs", "oz", "ml", "l", "gb", "tb", "mb", "mph",
               "kmh", "kw", "kwh", "mw", "gw", "hz", "khz", "mhz", "ghz", "pc", "p", "bn", "min", "h", "s",
               "sq", "ft", "in", "mm", "nm", "mah", "v", "w", "x")
FRACTION_WORDS = {"half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
                  "one-third": 1 / 3, "two-thirds": 2 / 3, "two thirds": 2 / 3, "a quarter": 0.25,
                  "one quarter": 0.25, "three-quarters": 0.75, "three quarters": 0.75}
DIGIT_FRACTIONS = True
CURRENCY_AFTER_OF = {"dollars": "USD", "euros": "EUR", "pounds": "GBP"}

NOT_BEFORE = {"no.", "no", "number", "article", "section", "page", "pages", "chapter", "vol.", "volume",
              "route", "highway", "interstate", "flight", "room", "gate", "level", "class", "grade",
              "version", "rule", "resolution", "district", "precinct", "ward", "division", "regiment",
              "brigade", "battalion", "squadron", "i-", "us", "u.s.", "sr", "apt."}
NOT_COUNTS = {"thirds", "fifths", "times"}
NOT_AFTER = {"st", "nd", "rd", "th"}
