"""What a language pack must supply: the names each stage module defines, and the tables it ships.

A pack is the folder ``veille/nlp/lang/<lang>/``; ``language_pack(lang)`` checks it against this
declaration when it loads it. Each stage's entry belongs to that stage's extractor.
"""
from __future__ import annotations

# stage -> the names ``veille/nlp/lang/<lang>/<stage>.py`` must define
CONTENTS: dict[str, tuple[str, ...]] = {
    # the model's labels -> CONTRACT types, titles and civilities before a name, demonym endings
    "entities": ("LABELS", "ROLE_HEADS", "TITLE_MODIFIERS", "CIVILITIES", "DEMONYM_SUFFIXES",
                 "SPLIT_LABELS", "PEOPLE_MAY_BE_PLACES", "CIVILITY_ABBREVIATIONS", "POSSESSIVES",
                 "PERSON_NOUNS", "ROLE_KINDS", "TITLE_ARTICLES", "ACRONYM_SKIPPED_WORDS", "FORCE_NOUNS"),
    # the words around a place's name (prepositions, kinds, containers), names that are not places
    "places": ("DETERMINERS", "CONTAINER_WORDS", "REGIONS", "NOT_PLACES", "LOCATIVE_PREPOSITIONS",
               "FEATURE_WORDS", "FEATURE_PREFIXES", "CITY_AFTER", "CITY_BEFORE", "PLACE_PREPOSITIONS",
               "LOCAL_ADJECTIVES", "PLACE_OF", "NAME_JOINERS", "ADMIN_AFTER", "ADMIN_BEFORE",
               "NATURAL_AFTER", "AREA_QUALIFIERS", "FACILITY_WORDS", "DEMONYM_ENDINGS", "ABBREVIATIONS",
               "EVENT_PREPOSITIONS", "PEOPLE_ENDINGS", "LIST_JOINERS", "CASE_PARTIES", "CITY_IN_NAMES",
               "DIRECTIONS", "ORIGIN_BEFORE", "REGION_ARTICLE_BEFORE", "REGION_ARTICLE_FORMS",
               "TOWN_PREPOSITION_BEFORE"),
    # the time grammar (RULES, named times.<rule>) and its words: months, weekdays, units, cues of past
    # and future, the words that make a number of years an age
    "times": ("MONTHS", "WEEKDAYS", "WEEKDAYS_PLURAL", "UNITS", "CALENDAR_UNITS", "RELATIVE",
              "DEMONSTRATIVES", "DEICTIC_DAYS", "ANAPHORIC_DAYS", "PARTS_OF_DAY", "CLOCK_WORDS",
              "REFERENCES", "HOLIDAYS", "SEASONS", "EDGES", "AGE_CUES", "AGE_CUE_BLOCKERS",
              "AGE_LIST_OPENERS", "AGE_LIST_JOINERS", "AGE_COMMA_BLOCKERS", "AGE_AFTER", "AGE_OF",
              "VAGUE_NUMBERS", "FUTURE_CUES", "PAST_CUES", "FUTURE_AUXILIARIES", "POD_JOINS_DAY",
              "ORDINALS", "PREVIOUS_YEAR_MARKS", "HALF_SUFFIXES", "DAY_PATTERN", "MERIDIEMS", "RULES"),
    # numbers written in words, scales, units of measure and currencies, ranges, vague amounts
    "numbers": ("UNITS", "TENS", "HUNDREDS", "SCALES", "SCALE_ABBREVIATIONS", "INDEFINITES", "HALVES",
                "JOINERS", "DECIMAL_MARK", "APPROXIMATE_NOUNS", "VAGUE_NOUNS", "VAGUE_DETERMINERS", "OF",
                "PREFIXES", "SUFFIXES", "RANGE_OPENERS", "RANGE_JOINERS", "UNITS_AFTER", "UNITS_BEFORE",
                "CURRENCY_ONLY_SCALES", "GLUED_UNITS", "FRACTION_WORDS", "DIGIT_FRACTIONS",
                "CURRENCY_AFTER_OF", "NOT_BEFORE", "NOT_COUNTS", "NOT_AFTER"),
    # what a figure counts (categories, heads), the verbs of change and outcome, and the cues that make
    # a number negative, a reference, a part, an age, a range's pair, or someone's figure
    "quantities": ("CATEGORIES", "PEOPLE", "OUTCOME_VERBS", "COUNT_HEADS", "CHANGE_VERBS", "CHANGE_FROM",
                   "CHANGE_TO", "NEGATIVE_WORDS", "NUMBER_SIGNS", "PART_DETERMINERS",
                   "JOINED_DIGITS_ARE_CODES", "BETWEEN_AND", "AGE_UNITS", "AGE_JOINERS", "AGE_COMPOUNDS",
                   "OF_ARTICLES", "OWNER_OF"),
    # reporting verbs, quotation marks, pronouns, hedges and modals of reported speech
    "statements": ("QUOTES", "REPORTING_VERBS", "MULTIWORD", "NEEDS_PARTNER", "ACCORDING_TO",
                   "HEDGE_SOURCES", "PRONOUNS", "HEDGE_WORDS", "MODALS", "NEGATIONS", "NEGATIVE_SUBJECTS",
                   "COMPLEMENTIZERS", "GROUP_COUNT_DETERMINERS",
                   "GROUP_COUNTRY_NOUNS", "NEIGHBOUR_NOUNS",
                   "MIN_QUOTE_WORDS", "INDEFINITES", "VERB_ENDINGS", "DEFINITES", "DETERMINERS",
                   "PERSON_SUFFIXES", "CONDITIONAL_ENDINGS", "GERUND_MARKERS", "SUBJECT_CLITICS",
                   "CUE_CLITICS", "EUPHONIC", "EUPHONIC_PREFIX", "FORMER_PREFIX", "RELATIVE_PRONOUNS",
                   "ONE_WHO_PRONOUNS", "GENERIC_PRONOUNS", "POSSESSIVE_DETERMINERS", "POSSESSED_WORDS",
                   "OWN_WORDS", "OWN_DOCUMENTS",
                   "ELIDING_INITIALS", "WRITER_COMMENTS", "SPEAKER_ASIDES", "SPEAKER_RELATIVES",
                   "CLAUSE_OPENERS", "SENTENCE_CONJUNCTIONS", "LIST_CONJUNCTIONS", "PLURAL_DETERMINERS",
                   "MIN_CONTENT_WORDS", "MISREAD_LEMMAS", "SAYING_NOUNS", "TOPIC_LABEL_NOUNS",
                   "TOPIC_NOUN_FIRST"),
    # event triggers (PLOVER, ACLED) and what reads them otherwise, negation, planning and hypothetical
    # cues, victims, agents, scare quotes
    "events": ("ACLED_CUES", "PEACEFUL_CONTEXT", "ARMED_ACTORS", "VIOLENCE_DONE", "PLOVER_TRIGGERS",
               "PRAISE_ONLY_VERBS", "PRAISED_NOUNS", "THANKS_ONLY_VERBS", "THANKS_CASES",
               "EVENT_NOUNS", "REFLEXIVE_CLITICS", "AGENT_PREPOSITIONS", "SCARE_QUOTE_DETERMINERS",
               "NEGATIONS", "DENIALS", "PLANNING", "POSSIBILITY", "HYPOTHETICAL", "FUTURE_AUXILIARIES",
               "PAST_PERFECT_AUXILIARIES", "RETOLD_MARKS", "KILL_VERBS", "SINGULAR_VICTIM",
               "ROAD_BARRICADES", "RIOT_CONTEXT", "BEFORE", "ACCIDENT", "WEAK_ACCIDENT_WORDS",
               "RELIEF", "TIME_BOUNDS", "TIME_BOUNDS_INSIDE", "CUMULATIVE_TOLLS",
               "DYING_VERBS", "MAY_WOUND_VERBS", "DEAD_WORDS", "TOLL_NOUNS", "STATE_VERBS", "LIGHT_VERBS",
               "MODAL_VERBS", "HABITUAL_ADVERBS"),
    # the words that open an actor's name without being part of it (articles, "group", "opération"), the
    # nouns that name a kind of actor, the prepositions of a target
    "actors": ("NAME_ARTICLES", "BODY_WORDS", "OPERATION_WORDS", "ACTOR_NOUNS",
               "TARGET_PREPOSITIONS"),
    # the words the corpus tools read in records: kinds of actors for exports, additions to a stock
    "corpus": ("ACTOR_KIND_WORDS", "UNNAMED_ACTORS", "ADDITION_WORDS"),
    # the words that open a sentence where news copy glued it to a heading, and the given names that do
    "sentences": ("SENTENCE_OPENERS", "ELIDED_OPENERS", "GIVEN_NAMES"),
}

# the tables every pack ships, as ``veille/nlp/lang/<lang>/<name>.tsv`` (read with ``pack.table(name)``)
TABLES: tuple[str, ...] = (
    "demonyms",  # iso2, forms (|-separated): the country's demonyms, in the masculine singular
)
