"""French time expressions as data: the words, and the grammar of the patterns that combine them.

``veille.extractors.times`` fills each ``{SLOT}`` of a pattern with the alternatives of the table of the
same name and reads the slot back as a named group. Each rule is named: ``times.<rule>`` in the rule book
(``veille.extractors.times.GRAMMAR_RULES`` says what each matches and how its groups are resolved).
"""

MONTHS = {
    "janvier": 1, "janv.": 1, "février": 2, "fevrier": 2, "févr.": 2, "fév.": 2, "mars": 3, "avril": 4,
    "avr.": 4, "mai": 5, "juin": 6, "juillet": 7, "juil.": 7, "août": 8, "aout": 8, "septembre": 9,
    "sept.": 9, "octobre": 10, "oct.": 10, "novembre": 11, "nov.": 11, "décembre": 12, "déc.": 12,
    "decembre": 12,
}
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
WEEKDAYS_PLURAL = {"lundis": 0, "mardis": 1, "mercredis": 2, "jeudis": 3, "vendredis": 4, "samedis": 5,
                   "dimanches": 6}
# unit word -> (TIMEX3 unit, how many of it): "décennie" is ten years
UNITS = {
    "seconde": ("S", 1), "secondes": ("S", 1), "minute": ("MIN", 1), "minutes": ("MIN", 1),
    "heure": ("H", 1), "heures": ("H", 1), "jour": ("D", 1), "jours": ("D", 1), "journée": ("D", 1),
    "journées": ("D", 1), "nuit": ("D", 1), "nuits": ("D", 1), "semaine": ("W", 1), "semaines": ("W", 1),
    "mois": ("M", 1), "trimestre": ("M", 3), "trimestres": ("M", 3), "semestre": ("M", 6),
    "semestres": ("M", 6), "an": ("Y", 1), "ans": ("Y", 1), "année": ("Y", 1), "années": ("Y", 1),
    "décennie": ("Y", 10), "décennies": ("Y", 10), "siècle": ("Y", 100), "siècles": ("Y", 100),
    "demi-siècle": ("Y", 50), "week-end": ("WE", 1), "weekend": ("WE", 1), "week-ends": ("WE", 1),
}
# units that name a calendar period ("cette semaine", "le mois dernier")
CALENDAR_UNITS = {"jour": "D", "journée": "D", "semaine": "W", "mois": "M", "trimestre": "Q",
                  "an": "Y", "année": "Y", "week-end": "WE", "weekend": "WE", "siècle": "CE",
                  "décennie": "DE"}
# words that move a calendar period or a weekday: -1 the one before, +1 the one after
RELATIVE = {"dernier": -1, "dernière": -1, "derniers": -1, "dernières": -1, "passé": -1, "passée": -1,
            "précédent": -1, "précédente": -1, "prochain": 1, "prochaine": 1, "prochains": 1,
            "prochaines": 1, "suivant": 1, "suivante": 1,
            "à venir": 1, "en cours": 0, "même": 0}
DEMONSTRATIVES = ("ce", "cet", "cette")
# words that are a day relative to the article: offset in days
DEICTIC_DAYS = {"aujourd'hui": 0, "ce jour": 0, "hier": -1, "avant-hier": -2,
                "demain": 1, "après-demain": 2}
# words relative to the last date mentioned: offset in days
ANAPHORIC_DAYS = {"le même jour": 0, "le jour même": 0, "le lendemain": 1, "la veille": -1,
                  "le surlendemain": 2, "l'avant-veille": -2}
PARTS_OF_DAY = {"matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV",
                "nuit": "NI", "fin de journée": "EV", "fin d'après-midi": "AF", "début d'après-midi": "AF",
                "début de soirée": "EV", "fin de matinée": "MO", "début de matinée": "MO", "mi-journée": "MI"}
CLOCK_WORDS = {"midi": "12:00", "minuit": "24:00"}
# fixed references (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF)
REFERENCES = {
    "maintenant": "PRESENT_REF", "actuellement": "PRESENT_REF", "désormais": "PRESENT_REF",
    "à présent": "PRESENT_REF", "en ce moment": "PRESENT_REF", "de nos jours": "PRESENT_REF",
    "à l'heure actuelle": "PRESENT_REF", "pour l'instant": "PRESENT_REF", "pour le moment": "PRESENT_REF",
    "dorénavant": "PRESENT_REF", "aujourd'hui encore": "PRESENT_REF",
    "récemment": "PAST_REF", "dernièrement": "PAST_REF", "auparavant": "PAST_REF",
    "autrefois": "PAST_REF", "naguère": "PAST_REF", "jadis": "PAST_REF", "par le passé": "PAST_REF",
    "un peu plus tôt": "PAST_REF", "ces derniers jours": "PAST_REF",
    "ces derniers temps": "PAST_REF", "ces dernières semaines": "PAST_REF",
    "ces derniers mois": "PAST_REF", "ces dernières années": "PAST_REF", "il y a peu": "PAST_REF",
    "il y a quelques jours": "PAST_REF", "il y a quelques semaines": "PAST_REF",
    "il y a quelques mois": "PAST_REF", "il y a quelques années": "PAST_REF",
    "il y a plusieurs années": "PAST_REF", "il y a longtemps": "PAST_REF",
    "prochainement": "FUTURE_REF", "bientôt": "FUTURE_REF", "à l'avenir": "FUTURE_REF",
    "dans les prochains jours": "FUTURE_REF", "dans les prochaines semaines": "FUTURE_REF",
    "dans les prochains mois": "FUTURE_REF", "dans les années à venir": "FUTURE_REF",
    "dans les jours à venir": "FUTURE_REF", "à terme": "FUTURE_REF", "ultérieurement": "FUTURE_REF",
    "sous peu": "FUTURE_REF", "dans un futur proche": "FUTURE_REF", "à l'avenir proche": "FUTURE_REF",
}
# holidays and seasons: (month, day) or a month alone, or a TIMEX3 season
HOLIDAYS = {"noël": (12, 25), "la saint-sylvestre": (12, 31), "le jour de l'an": (1, 1),
            "la toussaint": (11, 1), "le 14-juillet": (7, 14), "la fête nationale": (7, 14),
            "la rentrée": (9, None), "les fêtes de fin d'année": (12, None), "la saint-valentin": (2, 14),
            "le 1er-mai": (5, 1)}
SEASONS = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}
# a holiday that completes a noun ("le marché de Noël") or modifies one names a thing, unless the noun is
# one of time or of what is held then ("la veille de Noël", "les vacances de Noël", "la messe de Noël"):
# the words before the holiday, and those nouns
HOLIDAY_OF = ("de ", "du ")
HOLIDAY_TIME_NOUNS = {"veille", "nuit", "jour", "journée", "soir", "soirée", "matin", "matinée", "lendemain",
                      "vacances", "période", "semaine", "week-end", "fête", "trêve", "réveillon", "approche",
                      "moment", "mois", "temps", "avant", "après", "date", "congé", "pont", "célébration",
                      "messe", "office", "repas", "dîner", "déjeuner", "festivité", "message", "discours",
                      "soldes", "achat", "course", "rush"}
# words that take the inside of a period: its value stays the period's ("fin 2016" -> 2016)
EDGES = ("début", "fin", "milieu", "mi-", "courant", "fin de", "début de", "milieu de", "courant de")
# words before a number of years that make it an age ("un homme de 35 ans"), neither time nor quantity
AGE_CUES = ("âgé de", "âgée de", "âgés de", "âgées de", "agé de", "à", "dès", "jusqu'à", "avant", "après")
# a word before the cue that makes it a time again: "d'ici à 10 ans"
AGE_CUE_BLOCKERS = ("ici",)
# the first age of a list, after these words and before a joiner: "des enfants de 4 et 3 ans"
AGE_LIST_OPENERS = ("de", "d'")
AGE_LIST_JOINERS = ("et", "à", "ou")
# a word before a number of years set off by commas that makes it a duration: ", depuis 35 ans,"
AGE_COMMA_BLOCKERS = ("depuis",)
# words right after a number of years that make it an age (English "35-year-old"; none in French)
AGE_AFTER: tuple[str, ...] = ()
# the words between a person and their age, "un homme de 35 ans": the noun before them decides
AGE_OF = ("de ", "d'")
VAGUE_NUMBERS = ("quelques", "plusieurs", "des", "de longues", "de longs", "de nombreuses", "de nombreux",
                 "nombreuses", "nombreux")
FUTURE_CUES = ("prochain", "prochaine", "d'ici", "dès", "à partir de", "jusqu'à", "jusqu'en", "jusqu'au")
PAST_CUES = ("dernier", "dernière", "depuis")
# the verbs of planning or calling for a happening: a weekday on them, or on what they plan, is to come
PLANNING_VERBS = {"prévoir", "programmer", "planifier", "appeler", "convoquer"}
FUTURE_AUXILIARIES = {"aller"}
# a part of the day joined to a named day makes a TIME ("hier soir" -> 1999-05-28TEV), as TimeML has it
POD_JOINS_DAY = True
ORDINALS = {"premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3,
            "quatrième": 4}
# words in a quarter's expression that put it in the year before ("year-ago quarter"; none in French)
PREVIOUS_YEAR_MARKS: tuple[str, ...] = ()
# the end of a duration that adds half a unit: "deux heures et demie"
HALF_SUFFIXES = ("et demi", "et demie")
# the day of a month, in digits or as the French first ("1er mai", "premier mai"); read back by its digits
DAY_PATTERN = r"1er|premier|[12]\d|3[01]|0?[1-9]"
# a.m. and p.m.: hours added to a clock's hour below 12 (none: French clocks run to 24 h)
MERIDIEMS: dict[str, int] = {}

# The grammar: (rule, pattern), most specific first; the rule names a times.<rule> of the rule book, which
# says how its match is resolved. Slots: {MONTH} {DAY} {YEAR} {WEEKDAY} {UNIT} {CALENDAR} {NUMBER} {REL}
# {POD} {DEICTIC} {ANAPHORIC} {REF} {HOLIDAY} {SEASON} {CLOCK_WORD} {EDGE} {VAGUE} {ORDINAL}
RULES = [
    ("night_of", r"(?:dans )?la nuit du {DAY} au {DAY2} {MONTH}(?: {YEAR})?"),
    ("day_month", r"(?:le |ce )?(?:{WEEKDAY} )?{DAY} {MONTH}(?: {YEAR})?(?: {REL})?"),
    ("numeric_date", r"{DAY}/{MONTHNUM}/{YEAR}"),
    ("weekday_day", r"{WEEKDAY} {DAY}(?! ?%)"),
    ("month_year", r"(?:{EDGE} |mi-)?{MONTH} {YEAR}"),
    ("month_relative", r"(?:(?:en|d'|de|dès|depuis|jusqu'en|jusqu'à|au mois de|le mois de|fin|début|mi-|"
                       r"courant|avant|après|pour) )?{MONTH} {REL}"),
    ("month", r"(?:en|dès|depuis|jusqu'en|courant|pour|fin|début) {MONTH}"
              r"(?! (?:\d|dernier|prochain))"),
    ("month", r"(?:au mois|le mois|mois) de {MONTH}"),
    ("month", r"(?:d'|mi-){MONTH}"),
    ("decade", r"(?:les |des |dans les |depuis les )?années {DECADE}"),
    ("period_year", r"(?:(?:la |en )?(?:fin|début|milieu) (?:de l'|d')année|l'été|l'hiver|le printemps|"
                    r"l'automne) {YEAR}"),
    ("edge_year", r"(?:{EDGE} ){YEAR}"),
    ("year", r"(?:(?:en|de|depuis|dès|avant|après|jusqu'en|l'an|l'année|d'ici|courant|pour) )?{YEAR}"),
    ("clock_word", r"{CLOCK_WORD}"),
    ("clock", r"{HOUR} ?h ?{MINUTE}?"),
    ("clock", r"{HOUR} heures?(?: {MINUTE})?(?= (?:du matin|du soir|de l'après-midi|locales?|gmt|\(|,|\.))"),
    ("clock", r"(?:à|vers|dès|avant|après|jusqu'à|entre|depuis) {HOUR} heures?(?: {MINUTE})?"),
    ("clock", r"(?:à|vers|dès|avant|après|jusqu'à|entre|depuis) {HOUR}:{MINUTE}"),
    ("weekday", r"(?:(?:le|ce|dès|depuis|jusqu'à|d'ici|avant|après) )?{WEEKDAY}(?: {POD})?(?: {REL})?"
                r"(?: {POD2})?(?: {CLOCK_WORD})?"),
    ("deictic", r"{DEICTIC}(?: (?:en |dans l'|dans la |au )?{POD})?"),
    ("anaphoric", r"{ANAPHORIC}(?: {POD})?"),
    ("ago", r"il y a (?:environ |près de |plus de |moins de )?{NUMBER} {UNIT}"),
    ("later", r"dans {NUMBER} {UNIT}"),
    ("reference", r"{REF}"),
    ("shift", r"(?:(?:(?:à |en )?(?:la |le )?(?:fin|début|milieu) (?:de |d'))?(?:le |la |l'))?"
              r"{CALENDAR} {REL}"),
    ("shift", r"(?:le |la |l')?{REL} {CALENDAR}"),
    ("current", r"(?:(?:plus tôt|plus tard|au début|à la fin|au cours|au milieu|en début|en fin|en milieu|"
                r"depuis le début|fin|début|courant|d'ici la fin) (?:de |d'|dans )?)?(?:ce |cette |cet )"
                r"{CALENDAR}(?:-ci| en cours)?"),
    ("current", r"(?:plus tôt|plus tard|au début|à la fin|au cours|au milieu|en début|en fin|en milieu|"
                r"depuis le début|la fin|le début|le milieu|fin|début) (?:de |d'|dans )(?:l'|la |le )"
                r"{CALENDAR}(?! (?:dernier|dernière|prochain|prochaine|précédent|précédente|\d))"),
    ("set", r"(?:{NUMBER} |plusieurs |quelques )?fois par {UNIT}"),
    ("set", r"(?:par|chaque) {UNIT}"),
    ("set", r"tous les {UNIT}"),
    ("set_weekday", r"(?:chaque|tous les) {WEEKDAY_ANY}"),
    ("duration", r"(?:environ |près de |plus de |moins de |au moins |quelque |pendant |durant |depuis |en )?"
                 r"(?:ces |les )?{NUMBER} "
                 r"(?:derniers |dernières |premiers |premières |prochains |prochaines )?{UNIT}"
                 r"(?: et demie?)?(?: (?:derniers|dernières|prochains|prochaines))?"),
    ("vague_duration", r"{VAGUE} {UNIT}"),
    ("part_of_day", r"(?:ce |cette |cet |dans la |la |en |dans l'|l'|au cours de la |en fin de |en début de )"
            r"(?:{POD})(?= |,|\.|$)"),
    ("holiday_year", r"{HOLIDAY},? (?:en |de )?{YEAR}"),
    ("holiday", r"{HOLIDAY}"),
    ("season", r"(?:cet |ce |l'|le |en |au |à l')(?:{SEASON})(?: {REL}| {YEAR})?"),
    ("quarter", r"(?:au |le |du )?{ORDINAL} trimestre(?: (?:de |d')?(?:l'année |l'an )?{YEAR})?"),
]
