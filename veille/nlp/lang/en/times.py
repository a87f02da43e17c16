"""English time expressions as data: the words, and the grammar of the patterns that combine them.

``veille.extractors.times`` fills each ``{SLOT}`` of a pattern with the alternatives of the table of the
same name and reads the slot back as a named group. Each rule is named: ``times.<rule>`` in the rule book
(``veille.extractors.times.GRAMMAR_RULES`` says what each matches and how its groups are resolved).
"""

MONTHS = {
    "january": 1, "jan.": 1, "jan": 1, "february": 2, "feb.": 2, "feb": 2, "march": 3, "mar.": 3,
    "april": 4, "apr.": 4, "may": 5, "june": 6, "july": 7, "august": 8, "aug.": 8, "aug": 8,
    "september": 9, "sept.": 9, "sep.": 9, "sept": 9, "october": 10, "oct.": 10, "oct": 10,
    "november": 11, "nov.": 11, "nov": 11, "december": 12, "dec.": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
WEEKDAYS_PLURAL = {"mondays": 0, "tuesdays": 1, "wednesdays": 2, "thursdays": 3, "fridays": 4,
                   "saturdays": 5, "sundays": 6}
UNITS = {
    "second": ("S", 1), "seconds": ("S", 1), "minute": ("MIN", 1), "minutes": ("MIN", 1),
    "hour": ("H", 1), "hours": ("H", 1), "day": ("D", 1), "days": ("D", 1), "night": ("D", 1),
    "nights": ("D", 1), "week": ("W", 1), "weeks": ("W", 1), "month": ("M", 1), "months": ("M", 1),
    "quarter": ("M", 3), "quarters": ("M", 3), "year": ("Y", 1), "years": ("Y", 1),
    "decade": ("Y", 10), "decades": ("Y", 10), "century": ("Y", 100), "centuries": ("Y", 100),
    "weekend": ("WE", 1), "weekends": ("WE", 1),
}
CALENDAR_UNITS = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y", "weekend": "WE",
                  "decade": "DE", "century": "CE"}
RELATIVE = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0,
            "same": 0}
DEMONSTRATIVES = ("this", "tonight", "earlier", "later")
DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
                "the day after tomorrow": 2}
ANAPHORIC_DAYS = {"the same day": 0, "the next day": 1, "the following day": 1, "the day before": -1,
                  "the previous day": -1}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
                "tonight": "NI"}
CLOCK_WORDS = {"noon": "12:00", "midnight": "24:00", "midday": "12:00"}
REFERENCES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
    "in the past": "PAST_REF", "recent": "PAST_REF", "some time ago": "PAST_REF",
    "years ago": "PAST_REF", "current": "PRESENT_REF", "in the future": "FUTURE_REF",
    "in the coming days": "FUTURE_REF", "in the coming weeks": "FUTURE_REF",
    "in the coming months": "FUTURE_REF", "in the short term": "FUTURE_REF",
    "in the near future": "FUTURE_REF",
}
HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "new year's day": (1, 1),
            "new year's eve": (12, 31), "independence day": (7, 4), "thanksgiving": (11, None),
            "halloween": (10, 31), "valentine's day": (2, 14)}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# a holiday that modifies a noun ("a Christmas market") or completes one names a thing, unless the noun is
# one of time or of what is held then ("Christmas Eve", "the Christmas holidays", "the Christmas mass"): the
# words before the holiday, and those nouns
HOLIDAY_OF = ("of ",)
HOLIDAY_TIME_NOUNS = {"day", "eve", "night", "morning", "evening", "holiday", "week", "weekend", "season",
                      "period", "break", "vacation", "time", "truce", "ceasefire", "recess", "rush", "dinner",
                      "lunch", "celebration", "mass", "service", "party", "feast", "meal", "festivity",
                      "message", "address", "speech", "sale", "shopping"}
EDGES = ("early", "late", "mid", "mid-", "the end of", "the beginning of", "the start of", "the middle of",
         "end of", "beginning of", "start of", "middle of")
AGE_CUES = ("aged", "age", "ages")
AGE_CUE_BLOCKERS: tuple[str, ...] = ()
# the first age of a list, after these words and before a joiner: "children aged 4 and 3 years"
AGE_LIST_OPENERS = ("of", "aged")
AGE_LIST_JOINERS = ("and", "to", "or")
AGE_COMMA_BLOCKERS: tuple[str, ...] = ()
# words right after a number of years that make it an age: "35-year-old", "35 years old"
AGE_AFTER = ("old",)
# the words between a person and their age (none: "a man of 35" is left to the cues)
AGE_OF: tuple[str, ...] = ()
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "recent", "the past few", "the last few",
                 "the next few", "a couple of", "the coming")
FUTURE_CUES = ("next", "coming", "by", "until", "from")
PAST_CUES = ("last", "past", "since")
# the verbs of planning or calling for a happening: a weekday on them, or on what they plan, is to come
PLANNING_VERBS = {"plan", "schedule", "call"}
FUTURE_AUXILIARIES = {"will", "shall", "'ll", "wo"}
# "Tuesday morning" is the day in TimeBank's English annotation
POD_JOINS_DAY = False
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "latest": 0, "current": 0}
# words in a quarter's expression that put it in the year before: "the year-ago quarter"
PREVIOUS_YEAR_MARKS = ("year-",)
# the end of a duration that adds half a unit: "two hours and a half"
HALF_SUFFIXES = ("and a half",)
# the day of a month, with its English ordinal ending if any ("1st", "23", "4th")
DAY_PATTERN = r"1st|2nd|3rd|[12]\d(?:th)?|3[01](?:st|th)?|0?[1-9](?:th)?"
# a.m. and p.m.: hours added to a clock's hour below 12
MERIDIEMS = {"a.m.": 0, "am": 0, "p.m.": 12, "pm": 12}

RULES = [
    ("day_month", r"(?:(?:on|this|last|next) )?(?:{WEEKDAY},? )?{MONTH} {DAY}(?:,? {YEAR})?"),
    ("day_month", r"(?:(?:on|this|last|next) )?(?:{WEEKDAY},? )?(?:the )?{DAY} (?:of )?{MONTH}"
                  r"(?:,? {YEAR})?"),
    ("numeric_date", r"{MONTHNUM}/{DAY}/{YEAR}"),
    ("month_year", r"(?:(?:early|late|mid|mid-|in|since|by|until|through) )?{MONTH},? {YEAR}"),
    ("month_relative", r"(?:(?:early|late|mid-|mid|in|since|by|until|through|during) )?(?:{REL} ){MONTH}"
                       r"(?! \d)"),
    ("month", r"(?:(?:early|late|mid-|mid|in|since|by|until|through|during) ){MONTH}(?! \d)"),
    ("month_relative", r"(?:(?:early|late|mid-|mid|in|since|by|until|through|during) )?{MONTH},? "
                       r"(?:of )?{REL2} year"),
    ("quarter", r"(?:(?:the|its|a) )?(?:(?:fiscal|year-ago|year-earlier|same) )?(?:{ORDINAL}[- ])?"
                r"(?:fiscal[- ])?quarter(?: (?:of |ended |ending )?{YEAR})?"),
    ("decade", r"(?:the |in the |since the |early |late |mid-)?{DECADE}s"),
    ("edge_year", r"(?:{EDGE} ){YEAR}"),
    ("year", r"(?:(?:in|since|by|until|of|from|through|during|before|after|fiscal|the year) )?{YEAR}"),
    ("clock_word", r"{CLOCK_WORD}"),
    ("clock", r"{HOUR}(?::{MINUTE})? ?{AMPM}"),
    ("clock", r"(?:at|around|about|by|until|before|after|from) {HOUR}:{MINUTE}(?: ?{AMPM})?"),
    ("weekday", r"(?:(?:on|by|until|since|late|early) )?(?:(?:the )?{REL} )?{WEEKDAY}(?: {POD})?"),
    ("deictic", r"{DEICTIC}(?: {POD})?"),
    ("part_of_day", r"(?:this|last|tomorrow|yesterday|early|late) {POD}"),
    ("part_of_day", r"(?:earlier |later )?(?=tonight){POD}"),
    ("anaphoric", r"{ANAPHORIC}"),
    ("ago", r"(?:about |nearly |almost |more than |some )?{NUMBER} {UNIT} (?:ago|earlier|before)"),
    ("vague_ago", r"(?:{VAGUE}) {UNIT} ago"),
    ("later", r"in {NUMBER} {UNIT}(?= time|\.|,| from now)"),
    ("reference", r"{REF}"),
    ("shift", r"(?:the )?{REL} {CALENDAR}"),
    ("current", r"(?:(?:earlier|later) )?(?:this|the current) {CALENDAR}"),
    ("current", r"(?:earlier|later|the end of|the start of|the beginning of|the rest of|the middle of|"
                r"end of|start of|beginning of|rest of) (?:this|the) {CALENDAR}"),
    ("set", r"(?:{NUMBER} )?times? (?:a|per|each) {UNIT}"),
    ("set", r"(?:each|every|per|a) {UNIT}"),
    ("set_weekday", r"(?:every|each) {WEEKDAY_ANY}"),
    ("duration", r"(?:about |nearly |almost |more than |less than |at least |some |for |the )?"
                 r"(?:past |last |next |first |coming |previous )?{NUMBER}[ -]{UNIT}(?: and a half)?"),
    ("vague_duration", r"(?:the )?{VAGUE} {UNIT}"),
    ("duration", r"(?:the )?(?:past|last|next|coming) {UNIT}"),
    ("holiday_year", r"{HOLIDAY},? (?:of |in )?{YEAR}"),
    ("holiday", r"{HOLIDAY}"),
    ("season", r"(?:this |last |next |the |in |in the |during the |early |late )(?:{SEASON})(?: of)?"
               r"(?: {YEAR})?"),
]
