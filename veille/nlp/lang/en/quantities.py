"""English lexicons that tie a number to what it counts (CONTRACT.md quantity categories)."""

CATEGORIES = {
    "military_personnel": {"soldier", "troop", "serviceman", "servicemen", "marine", "sailor", "airman",
                           "officer", "policeman", "police", "adviser", "advisor", "trainer", "reservist",
                           "personnel", "paratrooper", "commando", "peacekeeper", "guard", "pilot"},
    "fighters": {"fighter", "militant", "jihadist", "rebel", "insurgent", "militiaman", "terrorist",
                 "gunman", "gunmen", "attacker", "combatant", "separatist", "guerrilla", "mercenary",
                 "extremist", "assailant"},
    "civilians": {"civilian"},
    "population": {"inhabitant", "resident", "people", "citizen", "voter", "population"},
    "killed": {"death", "dead", "fatality", "body", "victim", "casualty"},
    "injured": {"injury", "wounded", "injured"},
    "missing": {"missing", "hostage"},
    "detained": {"detainee", "prisoner", "arrest", "captive", "inmate"},
    "displaced": {"displaced", "evacuee"},
    "refugees": {"refugee", "asylum-seeker", "migrant", "exile"},
    "protesters": {"protester", "protestor", "demonstrator", "striker", "marcher", "rioter", "activist",
                   "supporter"},
    "money": {"dollar", "euro", "pound", "cent", "yen", "yuan", "rupee"},
    "weapons": {"weapon", "missile", "rocket", "shell", "bomb", "gun", "rifle", "drone", "mine", "grenade",
                "mortar", "round", "munition", "warhead"},
    "vehicles": {"vehicle", "car", "tank", "truck", "aircraft", "plane", "jet", "helicopter", "ship",
                 "vessel", "boat", "bus", "convoy", "warship"},
}
PEOPLE = {"people", "person", "man", "woman", "child", "children", "adult", "minor", "teenager", "youth",
          "civilian", "resident", "passenger", "worshipper", "student", "pupil", "tourist", "worker",
          "employee", "member", "suspect", "soldier", "officer", "fighter", "protester", "migrant",
          "villager", "patient", "family", "individual", "staff", "crew"}
OUTCOME_VERBS = {
    "killed": {"kill", "die", "perish", "slay", "execute", "massacre", "murder", "assassinate", "shoot"},
    "injured": {"injure", "wound", "hurt", "hospitalize", "hospitalise"},
    "missing": {"disappear", "abduct", "kidnap", "miss"},
    "detained": {"arrest", "detain", "jail", "imprison", "capture", "hold", "round", "charge", "convict"},
    "displaced": {"displace", "flee", "evacuate", "uproot"},
    "protesters": {"protest", "march", "rally", "demonstrate", "gather"},
}
COUNT_HEADS = {"number", "total", "toll", "tally", "count", "figure", "strength"}
CHANGE_VERBS = {"rise", "fall", "grow", "increase", "decrease", "drop", "climb", "jump", "soar", "plunge",
                "decline", "surge", "slide", "sink", "double", "swell", "shrink"}
CHANGE_FROM = ("from",)
CHANGE_TO = ("to",)

# -- cues of the number reader (veille/extractors/quantities.py) ----------------------------------------
# the words that make a number negative: "minus 5"
NEGATIVE_WORDS = ("minus",)
# signs of a number that is a reference, not a quantity: "#3"
NUMBER_SIGNS = ("#",)
# words before a fraction word that make it a part of a game or a year: "the second half"
PART_DETERMINERS = ("first", "second", "this", "last", "the")
# a number joined to a digit by "–", "/" or ":" is a score or a code (True); English keeps it ("3–4
# people": 3; the number after the sign is never a quantity)
JOINED_DIGITS_ARE_CODES = False
# the range opener that takes one joiner only: "between 3,000 and 4,000"; a range with that joiner and no
# such opener is no range ("3,000 and 4,000")
BETWEEN_AND = {"between": "and"}
# an age or a duration after a number, "aged 4 and 3 years": the units, and the words joining two numbers
AGE_UNITS = ("year", "years", "-year", "-years")
AGE_JOINERS = ("and", "to", "or")
# one-word ages written with hyphens (or spaces): "35-year-old", "35 year old"
AGE_COMPOUNDS = ("year-old",)
# "of" fused with an article, before what a share measures; none in English
OF_ARTICLES: tuple[str, ...] = ()
# words before a country that make it whose figure it is: "the soldiers of France"
OWNER_OF = ("of",)
