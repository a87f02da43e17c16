"""English data for the actor table: the words that open an actor's name without being part of it."""

# articles before an actor's name ("the Taliban"), as regular expressions
NAME_ARTICLES = ("the",)
# words for a kind of body before its name ("the group Islamic State")
BODY_WORDS = ("group", "organization", "movement")
# the word for a military operation before its name ("Operation Inherent Resolve")
OPERATION_WORDS = ("operation", "operations")
# the nouns that name an actor without naming it, by ACLED's kind of actor: a lemma, or a lemma and the
# lemma of a word that qualifies it ("armed man", "security force"), tried before the noun alone
ACTOR_NOUNS = {
    "military": ("soldier", "troop", "army", "military", "serviceman", "marine", "peacekeeper",
                 "armed force", "special force", "navy", "air force", "warplane", "jet", "tank", "drone",
                 "force", "artillery", "helicopter", "junta", "regime", "general", "colonel", "lieutenant",
                 "sergeant", "captain", "commander", "corporal"),
    "government": ("government", "state", "authority", "administration"),
    "police": ("police", "policeman", "policewoman", "police officer", "officer", "cop", "constable",
               "security force", "security personnel", "gendarme", "trooper", "deputy"),
    "protesters": ("protester", "demonstrator", "activist", "striker", "protest", "demonstration",
                   "rally", "marcher", "picketer"),
    "rioters": ("rioter", "mob", "looter", "vandal", "group local", "crowd"),
    "armed": ("armed man", "armed group", "armed person", "armed individual", "armed suspect",
              "gunman", "militant", "insurgent", "rebel",
              "jihadist", "terrorist", "attacker", "assailant", "bandit", "kidnapper", "abductor", "gang",
              "fighter", "militia", "militiaman", "shooter", "suspect", "perpetrator", "assassin",
              "killer", "unknown person", "unidentified man", "masked man", "hostage-taker", "hostage taker"),
    "civilians": ("civilian", "villager", "resident", "passerby", "pedestrian", "worshipper", "pupil",
                  "child", "woman", "man", "person", "people", "family", "victim", "hostage", "journalist",
                  "tourist", "youth", "teenager", "student", "migrant", "refugee", "motorist", "driver",
                  "trader", "farmer", "teacher", "doctor", "priest", "citizen", "boy", "girl", "baby",
                  "worker", "employee", "shopkeeper", "businessman", "local", "inhabitant", "neighbour",
                  "individual", "minor", "herder"),
}
# nouns of violence that say how an event was done, whose qualifier names its agent ("killed in an
# Israeli airstrike", "in a jihadist attack")
MEANS_NOUNS = ("raid", "strike", "airstrike", "air strike", "bombing", "attack", "shelling", "fire",
               "assault", "ambush", "offensive", "operation", "explosion")
# prepositions that make a phrase the target of an event ("an attack on civilians")
TARGET_PREPOSITIONS = ("against", "on", "targeting")
# prepositions by which a name that qualifies an event noun is its agent ("the attack by the rebels", not
# "an attack in Niger")
NOUN_AGENT_PREPOSITIONS = ("of", "by")
