"""English attribution data: reporting verbs, source words, hedges and quote marks."""

# pairs of quote marks, opening -> closing; the marks that close as they open ('"', and "''" of some
# newspapers' archives) are paired by their sides
QUOTES = {"“": "”", '"': '"', "''": "''", "‘": "’", "«": "»"}
REPORTING_VERBS = {
    "say", "tell", "claim", "warn", "deny", "state", "declare", "announce", "add", "explain", "note",
    "insist", "argue", "suggest", "report", "confirm", "write", "tweet", "post", "predict", "estimate",
    "believe", "think", "fear", "hope", "acknowledge", "admit", "allege", "assert", "contend",
    "maintain", "reply", "respond", "recall", "remark", "reveal", "stress", "emphasize", "emphasise",
    "urge", "ask", "demand", "call", "accuse", "blame", "criticize", "criticise", "praise", "vow",
    "promise", "pledge", "threaten", "complain", "concede", "observe", "point", "testify", "indicate",
    "describe", "question", "mention", "cite", "show", "find", "conclude", "agree", "disagree",
    "caution", "counter", "retort", "quip", "joke", "boast", "charge", "dispute",
    "reiterate", "forecast", "speculate", "guess", "wonder", "proclaim", "learn",
    "continue", "blast", "slam", "want", "plan", "expect",
    # verbs of stance whose object is what is held or said ("endorsed the plan", "likened him to ...")
    "endorse", "reject", "liken", "echo", "condemn", "denounce", "tout", "hail", "lambast", "chastise",
    "highlight", "propose", "label", "brand", "decry", "applaud", "worry",
    # verbs of speaking, arguing and judging aloud, and of holding a view or a stance ("attacked him for ...",
    # "defended his record", "discussed the plan", "mocked the idea", "supports the bill")
    "attack", "defend", "discuss", "talk", "speak", "express", "mock", "ridicule", "deride",
    "downplay", "challenge", "oppose", "support", "back", "favor", "favour",
    "advocate", "champion", "embrace", "welcome", "lament", "regret", "recommend", "advise", "remind",
    "assure", "reassure", "inform", "notify", "invoke", "reference", "portray",
    "depict", "characterize", "characterise", "paint", "link", "tie", "detail", "outline",
    "unveil", "disclose", "specify", "clarify", "elaborate", "recount", "chronicle", "document",
    "underscore", "reaffirm", "repeat", "swear", "profess", "hint", "imply", "signal", "muse", "ponder",
    "brag", "lash", "rail", "berate", "scold", "rebuke", "castigate", "assail", "fault", "credit",
    "thank", "laud", "extol", "commend", "celebrate", "justify", "plead", "beg", "implore",
    "appeal", "request", "invite", "press", "push", "encourage", "persuade", "convince", "promote",
    "decline", "doubt", "dismiss", "recognize", "recognise", "view", "consider",
    "feel", "understand", "assume", "envision", "intend", "voice", "air", "comment",
    "weigh", "address", "vent", "taunt", "insult", "retweet", "publish",
}
MULTIWORD = {("point", "out"), ("call", "for"), ("call", "on")}
NEEDS_PARTNER: set[str] = set()
ACCORDING_TO = ["according to", "as reported by", "citing", "in the words of", "per"]
HEDGE_SOURCES = {"estimate", "projection", "forecast", "calculation", "figure", "tally", "count"}
# of those, a count or an estimate someone made (all of them): "according to the latest tally, ..." is also
# said according to it (a statement of no one named), not only a hedge
COUNTED_SOURCES = HEDGE_SOURCES
# what follows "according to" and says how or by what measure, not who says ("according to the method set by
# law", "according to their age"): no source ("the McKinley plan" is one)
MANNER_SOURCES = {"method", "type", "category", "age", "size", "degree"}
PRONOUNS = {"he": "sing", "she": "sing", "they": "plur", "him": "sing", "her": "sing", "them": "plur"}
HEDGE_WORDS = ["probably", "possibly", "perhaps", "maybe", "reportedly", "allegedly", "apparently",
               "likely", "unlikely", "appears", "seems", "estimated"]
MODALS = {"could", "might", "may", "would", "should", "can", "seem", "appear"}
# negation words that make a cue a non-statement: none in English, where a cue denied or left undone ("did
# not deny", "has not mentioned") is attributed like any other (PolNeAR's convention)
NEGATIONS: set[str] = set()
# the subjects that negate a cue ("nobody said"): none in English, as above
NEGATIVE_SUBJECTS: set[str] = set()
COMPLEMENTIZERS = {"that", ":", "to"}
MIN_QUOTE_WORDS = 3
# nouns of saying whose "that" clause is what was said ("his claim that ...", "a Times report that ...")
SAYING_NOUNS = {"claim", "statement", "assertion", "argument", "warning", "promise", "pledge", "accusation",
                "allegation", "charge", "suggestion", "insistence", "admission", "acknowledgment",
                "acknowledgement", "announcement", "prediction", "report", "testimony", "remark", "comment",
                "complaint", "denial", "assurance", "reminder", "conclusion", "contention", "observation",
                "belief", "view", "concern", "fear", "hope", "worry", "speculation", "assessment", "finding"}
# the lemmas the lemmatizer gives some reporting verbs' forms, and the verb they are ("hoped" read as "hop")
MISREAD_LEMMAS = {"hop": "hope"}
# the words a content needs to be something said: one in English, where a cue's object of one word is what is
# attributed ("attacked Machado", "cited it"), as PolNeAR annotates it
MIN_CONTENT_WORDS = 1
INDEFINITES = {"a", "an"}
# the endings of a past participle the tagger may read as a noun ("Asked by Reuters, the minister")
PARTICIPLE_ENDINGS = ("ed",)
VERB_ENDINGS = [("ed", ""), ("ed", "e"), ("s", ""), ("es", ""), ("ing", ""), ("ing", "e"), ("ied", "y")]
DEFINITES = {"the", "this", "that"}
DETERMINERS = DEFINITES | INDEFINITES | {"of"}
# a preposition and a definite article in one word: none in English
CONTRACTED_ARTICLES: set[str] = set()
PERSON_SUFFIXES = ("er", "or", "ist", "ant", "ent", "ian")
CONDITIONAL_ENDINGS = r"^(?:would|could|might)$"
GERUND_MARKERS: set[str] = set()
LABEL_NEEDS_VERB = False
INCLUDING_WORDS: set[str] = set()  # (the parse of "including" differs: none yet)
OBJECT_CLITICS: set[str] = set()
PERSONAL_SUBJECTS: set[str] = set()
DATIVE_CLITICS: set[str] = set()
SUBJECT_CLITICS: set[str] = set()
CUE_CLITICS: set[str] = set()
EUPHONIC: set[str] = set()
EUPHONIC_PREFIX = ""
NARRATIVE_OPENERS: set[str] = set()
NARRATIVE_MARKS: set[str] = set()
FORMER_PREFIX = "ex-"
FORMER_WORDS = {"former", "ex"}
TITLE_MAKING_WORDS = {"prime", "vice", "deputy"}
STATE_HEAD_NOUNS = {"president", "king", "queen", "chancellor", "emir", "monarch", "sovereign"}
FIRST_PERSON_SINGULAR = {"i", "i'", "i’", "me", "my", "mine", "myself"}
NOUN_GENDER_ENDINGS: tuple[tuple[str, str], ...] = ()  # (no elided determiners)
GENDER_FIXED_NOUNS: set[str] = set()  # (nouns have no grammatical gender)
# the prepositions by which one speaks through a document ("dans un communiqué")
THROUGH_WORDS = {"in", "through"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
# a demonstrative before a relative pronoun that stands for someone as a pronoun does: none in English
# ("the one who" is two words)
ONE_WHO_PRONOUNS: dict[str, str] = {}
# the possessive determiners of a third person -> the number of the one they stand for: none read in
# English yet ("his", "her" say the owner's gender too, which the owner's search does not weigh)
POSSESSIVE_DETERMINERS: dict[str, str] = {}
POSSESSED_WORDS = ("{owner}'s {noun}", "{owner}'s {noun}")
# the nouns of what someone said, whose owner is the speaker ("in his own words", "by her account"): read
# where the possessive determiners are
OWN_WORDS = {"word", "account", "testimony", "statement", "version", "explanation"}
# the nouns of a document someone issues, whose owner is its author and speaks ("according to its report")
OWN_DOCUMENTS = {"report", "letter", "tweet", "message", "note", "study", "analysis", "ruling", "decision",
                 "filing", "complaint", "book", "post", "memo", "survey"}
# the first letters of a name that elide the word before it: none in English
ELIDING_INITIALS = ""
# the verbs by which a medium cites its source ("according to CNN, which quoted the sheriff")
CITING_VERBS = {"cite", "quote"}
# the word after a participle of citing that names the medium citing ("according to a lawyer quoted by the
# Times": the lawyer, through the Times)
CITED_BY = {"by"}
# the relatives of the noun before them, not of a whole clause ("said an adviser who ...", "the mayor, who
# ..."; "which" often takes the whole clause)
SPEAKER_RELATIVES = {"who"}
CLAUSE_OPENERS = ("that",)
SENTENCE_CONJUNCTIONS = ("but", "and", "or", "so")
# the conjunctions that join quotes listed before a cue ("\"A\" and \"B\", he said")
LIST_CONJUNCTIONS = ("and", "or", "as well as", "then")
PLURAL_DETERMINERS = {"the"}
# reporting verbs whose noun object is what was said ("denied the charges", "praised the plan"): the other
# verbs with only a noun object and no quote report nothing ("told reporters", "wants a deal"; "find", which
# reports a clause, "a study found that ...", not "they found a way")
NOUN_OBJECT_CUES = {"announce", "deny", "demand", "dispute", "question", "criticize", "criticise", "praise",
                    "blast", "slam", "accuse", "charge", "cite", "acknowledge", "admit", "urge", "call",
                    "reveal", "release", "protest", "report", "show", "declare", "add", "blame",
                    "confirm", "predict", "promise", "pledge", "vow", "warn", "complain", "concede", "note",
                    "mention", "stress", "emphasize", "emphasise", "point", "explain", "endorse", "reject",
                    "liken", "echo", "condemn", "denounce", "tout", "hail", "lambast", "chastise",
                    "highlight", "propose", "label", "brand", "decry", "applaud", "describe",
                    "attack", "defend", "discuss", "express", "mock", "ridicule", "deride", "dismiss",
                    "downplay", "challenge", "oppose", "support", "back", "favor", "favour",
                    "advocate", "champion", "embrace", "welcome", "lament", "regret", "recommend", "invoke",
                    "reference", "portray", "depict", "characterize", "characterise", "paint",
                    "detail", "outline", "unveil", "disclose", "specify", "recount", "chronicle", "document",
                    "underscore", "reaffirm", "repeat", "berate", "scold", "rebuke", "castigate", "assail",
                    "fault", "credit", "laud", "extol", "commend", "celebrate", "justify", "request",
                    "promote", "doubt", "voice", "address", "weigh"}
# reporting verbs whose noun object is what was said only after a preposition: none more in English
NOUN_OBJECT_CASES: dict[str, set[str]] = {}
# verbs of stance whose noun object is what was said, beyond the reporting verbs: none more in English
STANCE_VERBS: set[str] = set()
# verbs of expressing a feeling, cues only with one of the feelings as their object: not tried in English
EXPRESSING_VERBS: set[str] = set()
EXPRESSED_FEELINGS: set[str] = set()
# verbs of charging someone with something, whose object and charge are what was said: not tried in English
ACCUSING_VERBS: set[str] = set()
CHARGE_MARKS: set[str] = set()
# verbs of judging whose noun object says something with the attribute after it: none in English, whose
# OBJECT_CASES take "describe X as Y"
ATTRIBUTE_VERBS: set[str] = set()
ATTRIBUTE_CASES: set[str] = set()
# verbs whose passive still reports a saying ("is accused of"): none in English, whose annotation leaves them
PASSIVE_SAYING_VERBS: set[str] = set()
# verbs whose past participle after a noun, with its agent, makes the noun what was said ("the plan announced
# by the minister"): not tried in English
SAID_BY_VERBS: set[str] = set()
# the marks of a clause of purpose whose cue with a noun object says nothing: none in English ("to")
PURPOSE_MARKS: set[str] = set()
# the words a noun object of a cue needs to be what was said: as a clause's in English
NOUN_OBJECT_MIN_WORDS: int | None = None
# the nouns of a press report whose mention as a cue's noun object says nothing: none in English, whose
# annotation takes them ("did not deny the reports")
REPORT_NOUNS: set[str] = set()
# nouns of a person by their relation to another ("his counterpart"): a cue's noun object
# that is one is whom it speaks of, not what was said
RELATION_NOUNS = {"counterpart", "predecessor", "successor", "opponent", "rival", "critic", "ally"}
# a cue's noun object that is a person or a body is whom it speaks of: not in English, whose annotation
# takes the object ("attacking the governor")
PERSON_OBJECT_SPOKEN_OF = False
# verbs whose infinitive after them is only led to, not said: none in English, whose object control reads
# them ("led the journalist to fear")
LEADING_VERBS: set[str] = set()
# the words that open a clause of time, cause or concession after a cue, not what was said ("said as he
# entered the talks", "said after the meeting broke up"); not "if", which opens a question asked
MANNER_OPENERS = {"as", "after", "before", "when", "while", "because", "since", "although", "though",
                  "until", "once", "whereas", "unless"}
# the word that, before a verb of saying, tells what a speaker left unsaid ("said X, without giving
# details"): the speaker's act, not their words
WITHOUT_WORDS = {"without"}
# the clitic that stands for a partitive object: none in English
PARTITIVE_CLITICS: set[str] = set()
# a thing says what a reporting verb's participle after it says: yes in English, whose annotation takes
# documents as sources ("a lawsuit alleging", "a report saying")
THINGS_SPEAK_BY_PARTICIPLE = True
# a quote before an incise inside a clause of the writer's words makes the clause the content: not in
# English, whose annotation keeps the quote ("The plan was “a disaster,” he said")
PARTIAL_QUOTE_INCISE = False
# the words before a quote that make it a work's title ("songs such as", "the film", "entitled")
TITLE_WORDS = {"entitled", "titled", "song", "songs", "album", "film", "movie", "novel", "documentary"}
# the words that lay a charge before the offence's name in quotation marks ("charged with 'reckless
# endangerment'"): a charge, not a statement
CHARGE_WORDS = {"charged", "indicted", "convicted", "accused", "investigation", "probe", "complaint"}
CHARGE_CASES = {"with", "for"}
# the prepositions that open where something was said ("on Twitter", "in a statement", "to CNN")
CHANNEL_CASES = {"on", "in", "via", "to", "during"}
# the words between a channel's preposition and its noun
CHANNEL_LINKS = {"of"}
# the prepositions of a complement that says a body's kind: none, English says it before the noun ("the news
# channel")
KIND_LINKS: set[str] = set()
# the words of a medium or a form of saying: after a channel's preposition, the channel
CHANNEL_WORDS = {"statement", "interview", "tweet", "twitter", "facebook", "instagram", "post", "letter",
                 "video", "conference", "briefing", "speech", "broadcast", "show", "program", "programme",
                 "podcast", "email", "memo", "op-ed", "column", "report", "radio", "television", "appearance",
                 "message", "blog", "address", "release", "book", "testimony", "hearing", "call"}
# the words that open a reported question, which then states nothing: none in English, where a question
# asked ("asked whether", "explain how") is attributed like a claim (PolNeAR's convention)
QUESTION_OPENERS: set[str] = set()
# the words that open a question the writer asks, whose cue then says nothing: none in English, whose
# annotation (PolNeAR) keeps what a writer's question attributes ("Why would Mr. Clarke want to ...?")
QUESTION_WORDS: set[str] = set()
# the words before a reporting verb that make its subject a source: none in English ("as X reported")
AS_SOURCE = ""
# words after an inverted cue that set the speaker aside or say when they spoke, before the speaker ("said in
# turn the mayor", "said later that day the governor")
SPEAKER_ASIDES = (r"(?:for (?:his|her|their|its) part|in turn|(?:later )?(?:that|the same|the next|"
                  r"the following) (?:day|evening|morning|night|afternoon))(?!\w)")
AS_SOURCE_WORD = "as"
POINTED_QUOTE = ""  # (none yet: "That is what X wrote" is rarer in English news)
# determiners that point back to someone described before ("this officer from Leeds" is "an officer" again)
DEMONSTRATIVES = {"this", "that", "these", "those"}
# nouns that name a body that speaks ("the union said", "according to the ministry", "the network's site"):
# the organisation the article names with that noun, where it does
BODY_NOUNS = {
    "union", "ministry", "department", "agency", "network", "newspaper", "paper", "magazine", "channel",
    "broadcaster", "group", "organization", "organisation", "company", "firm", "party", "campaign",
    "office", "court", "hospital", "council", "committee", "commission", "embassy", "bank", "club",
    "federation", "association",
}
# of those, the bodies an article names by a name of their own: else the one that spoke last
NAMED_BODY_NOUNS = {
    "union", "network", "newspaper", "paper", "magazine", "channel", "broadcaster", "group", "organization",
    "organisation", "company", "firm", "party", "campaign", "club", "federation", "association",
}
# the words after a stressed pronoun that make it repeat the subject: none ("he himself" is its subject)
EMPHATIC_WORDS: set[str] = set()
# nouns of a medium ("the newspaper", "the network"): the medium named last as a source or channel
MEDIA_NOUNS = {"channel", "newspaper", "paper", "daily", "weekly", "magazine", "network", "broadcaster",
               "site", "outlet", "station", "platform"}
# the prepositions of an agent, where a medium may be named as a source ("made by the BBC")
AGENT_CASES = {"by"}
# the nouns after it that make an adverb, not an agent ("called by mistake", "by default")
ADVERB_AFTER_AGENT_CASE = {"mistake", "default", "chance", "accident", "far", "contrast", "comparison",
                           "design", "hand", "phone", "email", "mail", "way", "law", "nature"}
# the words before a stressed pronoun that make it repeat the subject (none in English)
EMPHATIC_BEFORE: set[str] = set()
# the pronouns that, as a subject, bring in someone a later pronoun may stand for ("one of them"): none of
# the people named before
SOMEONE_PRONOUNS = {"one"}
# the pronouns of people in general ("those who criticised"): a quote with no cue after them is not theirs
GENERIC_PRONOUNS = {"those"}
# the pronouns that are a subject wherever the parse puts them ("he", "she")
SUBJECT_PRONOUNS = {"he", "she", "they"}
# an impersonal subject, which stands for no one ("il faut", "il y a", "il s'agit", "il est clair que"):
# the pronoun, the word after it, the verbs, and the word before an infinitive after an adjective
IMPERSONAL_PRONOUNS: set[str] = set()  # ("it" stands for no speaker here)
IMPERSONAL_NEXT: set[str] = set()
IMPERSONAL_VERBS: set[str] = set()
IMPERSONAL_REFLEXIVE_VERBS: set[str] = set()
IMPERSONAL_WITH_NEXT: set[str] = set()
IMPERSONAL_COMPLEMENTS: set[str] = set()
# titles the press says in other words, and the title each says ("the head of state" is the president)
TITLE_PERIPHRASES = {"commander in chief": "president", "head of state": "president",
                     "head of government": "prime minister"}
# the word that, after a demonstrative, stands for the referent named last: none in English ("the latter"
# has no demonstrative)
LATTER_WORDS: set[str] = set()
# the nouns of a neighbour or a friend ("his neighbour"), whom a pronoun may stand for where no subject
# agrees with it, as a relative may (the events pack's RELATIVES: "his mother")
NEIGHBOUR_NOUNS = {"neighbour", "neighbor", "friend"}
# the words before the figure of a subject that counts the members of a group named before ("the two
# countries", "all three"; the figures are the numbers pack's)
GROUP_COUNT_DETERMINERS = {"the", "these", "those", "all"}
# the nouns of a group of countries it counts: their places
GROUP_COUNTRY_NOUNS = {"country", "state", "nation"}
SAME_WORDS = {"same"}
SOURCE_NOUNS = {"source"}
SAID_NOUNS = {"remark", "word", "comment", "statement"}  # what was said: its author named in it
INDEFINITE_PRONOUNS: set[str] = set()
NEUTER_PRONOUNS = {"this"}  # the neuter pronouns that stand for no one
# the words of a description that only points back ("the latter"): the person named last of its gender
ANAPHORIC_WORDS = {"latter"}
# the gender of the pronouns that stand for a speaker
PRONOUN_GENDERS = {"he": "Masc", "him": "Masc", "she": "Fem", "her": "Fem"}
# titles that say a person's gender, before or at the start of their name ("Mrs. Clinton"), where the tagger
# gives English names none
TITLE_GENDERS = {
    "mr.": "Masc", "mr": "Masc", "sir": "Masc", "congressman": "Masc", "spokesman": "Masc",
    "chairman": "Masc", "king": "Masc", "prince": "Masc", "father": "Masc", "brother": "Masc",
    "mrs.": "Fem", "mrs": "Fem", "ms.": "Fem", "ms": "Fem", "miss": "Fem", "dame": "Fem",
    "congresswoman": "Fem", "spokeswoman": "Fem", "chairwoman": "Fem", "queen": "Fem", "princess": "Fem",
    "sister": "Fem",
}
# the prepositions whose phrase after a cue's noun object, hung on the cue, belongs with the object ("likened
# RT to the BBC", "painted Romney as a rich guy", "described crass behavior by Trump")
OBJECT_CASES = {"as", "to", "by", "for", "about", "against", "of", "from", "with"}
# the prepositions after a cue that name what it is about: their object is the content ("complained about
# his mic", "warned against hackers", "accused her of lying")
TOPIC_PREPOSITIONS = {"about", "against", "of", "for", "with"}
# the dependencies of a clause after a comma that ends a content: a relative clause, an adverbial clause or
# a participle that runs to its end ("the reality of climate change, which makes him ...")
ADJUNCT_DEPS = {"relcl", "advcl", "acl"}
# the writer's comment after what was said, which ends it: none kept in English (the relative clauses
# after a comma are ADJUNCT_DEPS)
WRITER_COMMENTS: dict[str, str] = {}
# whether a quote run cut by its cue ("“A,” she said. “B.”") is one statement, as English attribution
# corpora count it (PolNeAR): yes, its content the longest piece
ONE_STATEMENT_PER_QUOTE_RUN = True
# whether the press's conditional carries a source's words on after its incise: no, "would" is no mark of
# reported words in English
CONDITIONAL_REPORTS = False
# the nouns that name a story in a label before a colon ("Benalla Affair: ..."), as its last word: no
# speaker
TOPIC_LABEL_NOUNS = {"affair", "trial", "scandal"}
TOPIC_NOUN_FIRST = False
# the labels before a colon that open a paragraph and name no one who speaks ("Update: ...")
NOT_SPEAKER_LABELS = {"update", "updated", "correction", "clarification", "note", "editor's note",
                      "editor’s note", "photo", "video", "watch", "read", "read more", "related", "source",
                      "sources", "credit", "breaking", "breaking news", "exclusive", "opinion", "analysis",
                      "live", "follow"}
# pronouns kept as the speaker's words once resolved (the id names who it is), as English attribution
# corpora annotate the speaker as written (PolNeAR: "he", "who")
WRITTEN_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"}
# a named speaker's words hold the apposition that says who they are ("Jane Doe, a professor at X, said"),
# as English attribution corpora annotate the speaker
APPOSITION_IN_WORDS = True
# the incise beside a quote puts its subject first ("“A,” she said, “B.”"): a quote with no cue takes
# that verb and its subject
SUBJECT_FIRST_INCISE = True
# a speaker's words are their whole noun phrase, its complements and relative clause with it ("A 2014 study
# by X found", "Leaders who opposed Y have warned"), as English attribution corpora annotate the speaker
WHOLE_PHRASE_IN_WORDS = True
# a cue the finder gave no speaker's words: its subject before it ("“Q,” X said"), else the subject of the
# verb it hangs on ("responded by saying", "was able to tout")
GOVERNING_SUBJECT = True
# an adverb between a cue's auxiliary and its verb is part of the cue: no in English, whose incise puts the
# speaker first ("“Q,” she has long said")
ADVERB_IN_CUE = False
# an infinitive cue after a verb's object is said by that object ("forced the banker to admit", "led the
# journalist to fear")
OBJECT_CONTROL = True
# the words of viewpoint that open a sentence with who holds it and a comma: none tried in English
VIEWPOINT_WORDS: set[str] = set()
# verbs that report only the words they quote, and with no quote say nothing: none in English
QUOTE_ONLY_VERBS: set[str] = set()
MIDDLE_SENSE_VERBS: set[str] = set()  # (no reflexive forms)
REFLEXIVE_NAMING_VERBS: set[str] = set()
MANNER_INCISE_VERBS: set[str] = set()  # (none yet: the English incise verbs are reporting verbs already)
# the auxiliary that makes a reporting verb passive where no reflexive pronoun makes it a tense: none in
# English, whose parse marks the passive
PASSIVE_AUXILIARY: str | None = None
REFLEXIVE_CLITICS: set[str] = set()
# reporting verbs that report only with a reflexive clitic (none in English)
SELF_REPORTING_VERBS: set[str] = set()
SELF_ATTRIBUTE_VERBS: set[str] = set()  # (no reflexive forms)
# verbs of learning in an impersonal incise, with whom it was learned from ("..., apprend-on auprès de X"):
# none in English, whose press says "X told Reuters"
LEARNED_VERBS: set[str] = set()
IMPERSONAL_CLITICS: set[str] = set()
LEARNED_FROM: set[str] = set()
# a cue with its own speaker inside a clause or a source phrase's words is a statement of its own too: not in
# English, whose annotation gives the outer one alone
# the conjunctions of contrast after which another speaker's cue ends a clause or a source phrase's words
# ("selon les uns, A, tandis que les autres estiment que B")
CONTRAST_CONJUNCTIONS = ("whereas", "while")
NESTED_CLAUSES = False
# verbs of thinking, cues only with the clause that says the opinion; verbs of mere wish or intent, never
# cues: none set apart in English (its reporting verbs hold neither)
THINKING_VERBS: set[str] = set()
INTENT_VERBS: set[str] = set()
# adverbs by which a verb of saying after a quote says the same person speaks again ('"...," the official
# said again')
AGAIN_ADVERBS = {"again", "further"}
# the preposition that opens an adverbial phrase between an inverted clitic and its participle ("a-t-elle
# d'abord expliqué"), and the verbs of a compound tense's auxiliary
ELIDED_DE: set[str] = set()
TENSE_AUXILIARIES = {"have", "be"}
# the forms of the auxiliary of a reporting verb in an incise after a quote ('"...", has tweeted X'), which
# the tagger may read as no auxiliary beside a verb it does not know
INCISE_AUXILIARY_FORMS = {"has", "have", "had"}
# the prepositions of the body where a cue with the pronoun of no one was said ("indique-t-on à l'Élysée",
# "précise-t-on dans l'entourage du ministre")
SAID_AT_PREPOSITIONS: set[str] = set()
# the kinds of medium (veille/data/media.tsv) each of MEDIA_NOUNS may stand for: "the paper" after "the
# Guardian reported"
_ANY_MEDIUM = frozenset({"daily", "weekly", "monthly", "site", "tv", "radio", "agency", "network", "app"})
MEDIUM_NOUN_KINDS = {
    "newspaper": frozenset({"daily", "weekly"}), "paper": frozenset({"daily", "weekly"}),
    "daily": frozenset({"daily"}), "weekly": frozenset({"weekly"}),
    "magazine": frozenset({"weekly", "monthly"}), "channel": frozenset({"tv"}),
    "broadcaster": frozenset({"tv", "radio"}), "network": frozenset({"tv", "network"}),
    "station": frozenset({"radio", "tv"}), "site": frozenset({"site"}), "outlet": _ANY_MEDIUM,
    "platform": frozenset({"network", "app", "site"}),
}

# the titles of the offices of a country that a description names with its demonym ("the American
# president": English puts the demonym first), by the offices of veille/data/office_holders.tsv; the offices
# whose country goes without saying ("the pope"); and the words of a description that says someone no
# longer or not yet holds it ("the former president")
OFFICE_TITLES = {"president": "president", "prime minister": "prime_minister", "premier": "prime_minister",
                 "chancellor": "chancellor", "king": "king", "queen": "king", "emir": "king",
                 "supreme leader": "supreme_leader", "leader": "leader", "pope": "pope", "pontiff": "pope",
                 "vice president": "vice_president", "vice-president": "vice_president",
                 "foreign minister": "foreign_minister", "foreign secretary": "foreign_minister",
                 "defence minister": "defence_minister", "defense minister": "defence_minister",
                 "defense secretary": "defence_minister"}
OFFICE_COUNTRIES = {"pope": "VA"}
# the offices the press names by their seat alone, as the whole description
OFFICE_PERIPHRASES = {"occupant of the white house": ("US", "president"),
                      "tenant of the white house": ("US", "president"),
                      "tenant of downing street": ("GB", "prime_minister"),
                      "master of the kremlin": ("RU", "president"),
                      "secretary of state": ("US", "foreign_minister"),
                      "us secretary of state": ("US", "foreign_minister"),
                      "secretary of defense": ("US", "defence_minister"),
                      "pentagon chief": ("US", "defence_minister"),
                      "speaker of the house": ("US", "house_speaker"),
                      "house speaker": ("US", "house_speaker"),
                      "un secretary-general": ("UN", "secretary_general"),
                      "un secretary general": ("UN", "secretary_general"),
                      "nato secretary-general": ("NATO", "secretary_general"),
                      "nato secretary general": ("NATO", "secretary_general"),
                      "european commission president": ("EU", "commission_president"),
                      "president of the european commission": ("EU", "commission_president"),
                      "european council president": ("EU", "council_president"),
                      "eu foreign policy chief": ("EU", "foreign_minister")}
OFFICE_NOT_HELD = {"former", "late", "future", "next", "previous"}
