"""English data for the entity stage: the model's labels, titles and civilities, demonyms."""

# spaCy en (OntoNotes) NER labels -> CONTRACT entity types; dates, numbers and money are not entities
LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC", "NORP": "NORP",
          "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "PRODUCT": "MISC", "LANGUAGE": "MISC"}

ROLE_HEADS = {
    "colonel", "general", "lieutenant", "captain", "commander", "sergeant", "corporal", "admiral",
    "marshal", "major", "private", "officer", "president", "vice-president", "minister", "prime",
    "secretary", "spokesman", "spokeswoman", "spokesperson", "chief", "director", "senator",
    "representative", "rep.", "sen.", "gov.", "gen.", "col.", "lt.", "capt.", "sgt.", "adm.", "maj.",
    "governor", "mayor", "ambassador", "judge", "prosecutor", "attorney", "commissioner", "sheriff",
    "deputy", "king", "queen", "prince", "princess", "pope", "chairman", "chairwoman", "chair", "ceo",
    "leader", "head", "adviser", "advisor", "envoy", "chancellor", "detective", "inspector",
    "superintendent", "councilman", "councilwoman", "councillor", "lawmaker", "founder", "analyst",
    "professor", "dr.", "coach", "manager", "executive", "official", "emir", "sheikh", "ayatollah",
    "bishop", "cardinal", "reverend", "rev.", "pastor", "correspondent", "reporter", "candidate",
    "coordinator", "negotiator", "mediator", "trooper", "agent",
}
TITLE_MODIFIERS = {"former", "new", "acting", "deputy", "vice", "assistant", "general", "interim",
                   "senior", "top", "then", "outgoing", "incoming", "lieutenant", "chief"}
# the articles a title opens with: a "person" named "The daily Star" (an article, then a small word) is a
# title, not someone
TITLE_ARTICLES = {"the"}
CIVILITIES = {"mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms", "dr.", "sir", "lady"}

DEMONYM_SUFFIXES = ()  # the English model labels demonyms NORP itself
# the model's labels whose spans may run a place into its containers ("Windsor (Ontario", "Lale (Bane,
# Boulgou"), and whether "in" splits them too ("City Hall in Malmo"; not "UN Mission in South Sudan")
SPLIT_LABELS = {"GPE": True, "LOC": True, "FAC": True, "ORG": False}
# the small English model reads towns as people ("shelling Kharkiv"); a one-word person may be a place
PEOPLE_MAY_BE_PLACES = True

# abbreviated civilities that belong to a person's mention ("Mr. Biden"); read for texts in any
# language, with the other packs'
CIVILITY_ABBREVIATIONS = ("mr.", "mrs.", "ms.", "dr.")
# endings of a possessive left on a name ("Iraq's"), dropped from a mention and for a look-up; read for
# texts in any language (a French text quotes English names)
POSSESSIVES = ("'s", "’s")
# nouns that name a person by what they are or do without being a title before a name ("the lawmaker",
# "the magistrate"): coreference reads "the <noun>" as a person the article names
PERSON_NOUNS = {"politician", "legislator", "magistrate", "policeman", "policewoman", "soldier",
                "player", "singer", "actor", "actress", "writer", "author", "businessman", "businesswoman",
                "man", "woman", "suspect", "attacker", "billionaire", "activist", "agent", "champion",
                "warden"}
# military ranks: a title that says what a person is, not what they do, so that a function described before
# their name ("the spokesman for the coalition ... Colonel X") may be theirs
RANKS = {"general", "colonel", "lieutenant", "captain", "commander", "major", "sergeant", "corporal",
         "admiral", "brigadier", "marshal", "col.", "gen.", "lt.", "capt.", "maj.", "sgt.", "adm."}
# a noun that says of what kind a person's role is -> the roles of that kind ("the officer" may be the one
# the article made "colonel", "the lawmaker" a senator)
ROLE_KINDS = {
    "officer": {"general", "colonel", "lieutenant", "captain", "commander", "major", "admiral"},
    "lawmaker": {"senator", "congressman", "congresswoman", "representative", "deputy"},
    "legislator": {"senator", "congressman", "congresswoman", "representative"},
    "diplomat": {"ambassador", "envoy", "consul"},
    "executive": {"president", "ceo", "chairman", "chairwoman", "director"},
}

# the words that link a name's words, on which the model may end a name before the rest
# ("the University of | Oxford")
NAME_LINKS = {"of"}
# the nouns right before a military operation's name that make it one ("Operation Barkhane", "the Barkhane
# force" aside), where the name alone may be a person's ("Sophia", "Irini")
FORCE_NOUNS = {"force", "forces", "operation", "mission"}
# the small words of an organisation's name, which an acronym of it may spell or leave out
# ("the American Civil Liberties Union (ACLU)", "Department of Justice (DOJ)")
ACRONYM_SKIPPED_WORDS = {"of", "the", "and", "for", "in", "on", "to", "at", "against"}
# a prefix that makes a role word a former one ("ex-minister"): a title still, not a name
FORMER_PREFIXES = {"ex"}
# words that introduce another name of the person named before them ("John Reed, alias Jack", "known
# as"), or of the last person named where no name stands before them ("the man who called himself X");
# the words of a cue may have up to three words between them ("known locally as")
ALIAS_CUES = ("alias", "aka", "known as", "nicknamed", "dubbed", "called himself", "called herself",
              "went by")
# cues that are other words too ("dubbed" a plan): an alias only right after a name
ALIAS_CUES_AFTER_NAME = {"dubbed", "went by"}
# words after a name that make it the real name of the person named last before it ("the cartoonist, Laurent
# Morel by his real name"): one person, under that name
REAL_NAME_CUES = ("by his real name", "by her real name")
# nouns of a kind of organisation: a name right after one is that organisation's, whatever the model typed
# ("the brand Lumo", "the website Newsly", "the union Steelhands")
BODY_NOUNS = {"company", "firm", "group", "brand", "carrier", "channel", "newspaper", "daily", "weekly",
              "magazine", "radio", "website", "site", "agency", "outlet", "party", "union", "association",
              "bank", "studio", "label", "operator", "platform", "foundation", "ngo", "laboratory", "lab",
              "institute", "retailer", "network"}
