"""English data for the corpus tools (exports, figures): words they read in the records."""

# words of an actor's name that give its ACLED kind (inter code): 1 state forces, 6 protesters,
# 5 rioters, 7 civilians, 2 rebels, 3 militias; any part of the lower-cased name
ACTOR_KIND_WORDS = {
    1: ("army", "military", "police", "armed forces", "government", "ministry", "navy", "air force",
        "soldiers"),
    6: ("protesters", "demonstrators"),
    5: ("rioters",),
    7: ("civilians", "villagers", "residents", "journalist", "students"),
    2: ("rebels", "insurgents", "islamic state", "isis", "isil", "al-qaeda", "taliban", "al-shabaab",
        "boko haram", "jihadist"),
    3: ("militia", "gunmen", "armed group"),
}
# words that name an actor without naming it ("protesters", "unidentified gunmen"), by the kind of
# actor the ACLED export names for it; regular expressions, matched as whole words in the lower-cased
# sentence
UNNAMED_ACTORS = {
    "rioters": ("rioters",),
    "protesters": ("protesters", "protestors", "demonstrators"),
    "gunmen": ("gunmen", "assailants", "unidentified (?:armed )?(?:men|group)"),
    "military": ("army", "soldiers", "troops", "military"),
    "police": ("police", "policemen", "police officers"),
    "civilians": ("civilians?", "villagers", "residents"),
}
# words that make a figure an addition to a stock ("400 additional troops"), not the stock
ADDITION_WORDS = {"additional", "extra", "more", "new", "further"}
