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
