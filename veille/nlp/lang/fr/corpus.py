"""French data for the corpus tools (exports, figures): words they read in the records."""

# words of an actor's name that give its ACLED kind (inter code): 1 state forces, 6 protesters,
# 5 rioters, 7 civilians, 2 rebels, 3 militias; any part of the lower-cased name
ACTOR_KIND_WORDS = {
    1: ("armée", "militaire", "police", "forces armées", "gendarmerie", "gouvernement", "ministère",
        "soldats"),
    6: ("manifestants",),
    5: ("émeutiers", "casseurs"),
    7: ("civils", "villageois", "habitants", "étudiants"),
    2: ("rebelles", "insurgés", "etat islamique", "état islamique", "daech", "al-qaïda", "djihadistes",
        "jihadistes"),
    3: ("milice", "hommes armés", "groupe armé"),
}
# words that name an actor without naming it ("des manifestants", "des hommes armés"), by the kind of
# actor the ACLED export names for it; regular expressions, matched as whole words in the lower-cased
# sentence
UNNAMED_ACTORS = {
    "rioters": ("émeutiers", "casseurs"),
    "protesters": ("manifestants", "protestataires"),
    "gunmen": ("hommes armés", "individus armés", "assaillants"),
    "military": ("armée", "soldats", "militaires"),
    "police": ("police", "policiers", "gendarmes", "gendarmerie"),
    "civilians": ("civils", "villageois", "habitants"),
}
# words that make a figure an addition to a stock ("400 soldats supplémentaires"), not the stock
ADDITION_WORDS = {"supplémentaire", "supplémentaires", "renfort", "renforts", "nouveaux", "nouvelles"}
