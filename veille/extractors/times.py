"""Times: TIMEX3 expressions found by a per-language grammar and resolved against the article's date.

The grammar is data (``language_pack(lang).times.RULES``): each rule is a rule name and a pattern whose
``{SLOT}``s are filled from the tables of the same module. The rule is ``times.<rule>`` in the rule book
(``GRAMMAR_RULES``: it can be switched off, and each time's ``rules`` trace names it); its kind says which
resolver reads the match's named groups. Values are never more precise than what the text and
``published`` support: "jeudi" in an article dated 2016-09 is "2016-09", and an expression that cannot be
resolved has the value null.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..errors import LanguagePackIncomplete
from ..nlp.first_characters import FirstCharacterSearch
from ..nlp.lang import LanguagePack, language_pack
from ..records import Time
from .docs import TakenSpans, doc_text, quoted_spans, sentence_of, token_covering, token_from
from .numbers import DIGITS, alternation, as_number, lower_same_length, read_number, words_pattern
from .rules import RULES

if not Doc.has_extension("veille_times"):
    Doc.set_extension("veille_times", default=None)
if not Doc.has_extension("veille_published"):
    Doc.set_extension("veille_published", default=None)

log = logging.getLogger(__name__)
PAST, UNKNOWN, FUTURE = -1, 0, 1
TYPES = {"clock": "TIME", "pod": "TIME", "night_of": "TIME", "duration": "DURATION", "set": "SET",
         "set_weekday": "SET"}
# kinds whose value does not depend on the article's date
ABSOLUTE_KINDS = {"year", "decade", "duration", "set", "set_weekday", "ref", "period_year", "edge_year"}
# ... those of them that name a year
YEAR_KINDS = {"year", "period_year", "edge_year"}

# The rules the packs' grammars are written with: (rule, the kind of time it makes, what it matches). A
# pack's RULES name them without "times."; the kind is the resolver (``TimeResolver._<kind>``).
GRAMMAR_RULES = (
    ("night_of", "night_of", "a night between two days: 'la nuit du 3 au 4 mai'"),
    ("day_month", "date", "a day of a month, with a weekday or a year if any: 'le 12 mai 2016', 'May 12'"),
    ("numeric_date", "date", "a date in digits: '12/05/2016', '5/12/2016'"),
    ("weekday_day", "date", "a weekday and a day of the article's month: 'samedi 5'"),
    ("month_year", "month", "a month of a year: 'juin 2014', 'June, 2014'"),
    ("month_relative", "month", "a month moved by a word: 'mars dernier', 'last March', 'July last year'"),
    ("month", "month", "a month after a preposition: 'en mars', 'au mois de mai', 'in March'"),
    ("quarter", "quarter", "a quarter of a year: 'le troisième trimestre', 'the third quarter'"),
    ("decade", "decade", "a decade: 'les années 1990', 'the 1990s'"),
    ("period_year", "period_year", "a part or a season of a year: 'fin de l'année 2016', 'l'été 2016'"),
    ("edge_year", "edge_year", "the start, middle or end of a year: 'fin 2016', 'early 2016'"),
    ("year", "year", "a year, after its preposition if any: 'en 1865', 'since 1865'"),
    ("clock_word", "clock", "a time of day in a word: 'midi', 'midnight'"),
    ("clock", "clock", "a time of day in digits: '14h30', 'à 14 heures', '7:15 p.m.'"),
    ("weekday", "weekday", "a weekday near the article's date: 'jeudi', 'mercredi soir', 'last Tuesday'"),
    ("deictic", "deictic", "a day counted from the article's: 'hier', 'demain matin', 'yesterday'"),
    ("anaphoric", "anaphoric", "a day counted from the last one named: 'le lendemain', 'the next day'"),
    ("ago", "ago", "a time so long before the article: 'il y a une semaine', 'two weeks ago'"),
    ("vague_ago", "past_ref", "a time some while before the article: 'several years ago'"),
    ("later", "later", "a time so long after the article: 'dans trois jours', 'in three days' time'"),
    ("reference", "ref", "the present, the past or the future at large: 'actuellement', 'recently'"),
    ("shift", "shift", "a calendar period moved by a word: 'la semaine dernière', 'last month'"),
    ("current", "current", "the article's calendar period: 'cette semaine', 'plus tôt dans l'année'"),
    ("set", "set", "a repetition: 'deux fois par semaine', 'chaque mois', 'every week'"),
    ("set_weekday", "set_weekday", "a weekday of every week: 'tous les lundis', 'every Monday'"),
    ("duration", "duration", "an amount of time: 'deux ans', '24 heures', 'five hours', 'the past year'"),
    ("vague_duration", "duration", "an amount of time in vague words: 'quelques jours', 'several weeks'"),
    ("part_of_day", "pod", "a part of a day: 'ce soir', 'dans la matinée', 'last night'"),
    ("holiday_year", "holiday", "a holiday of a year the text gives: 'Noël 2019', 'Noël en 2019', "
     "'Christmas 2019'"),
    ("holiday", "holiday", "a holiday: 'Noël', 'la Toussaint', 'Christmas'"),
    ("season", "season", "a season: 'cet été', 'l'hiver 2016', 'last winter'"),
)
RULE_KINDS = {RULES.define(f"times.{rule}", doc): kind for rule, kind, doc in GRAMMAR_RULES}
AGES_LEFT_OUT = RULES.define(
    "times.ages_left_out", "a number of years that is someone's age is no time: 'un homme de 35 ans', "
    "'35-year-old'")
AGE_IN_ITS_LINE = RULES.define(
    "times.age_in_its_line", "the words that make an amount of years an age are read in its own line: a "
    "headline's last 'après' ('..., 38 ans après') makes no age of the paragraph's first amount")
COUNTS_LEFT_OUT = RULES.define(
    "times.counts_left_out", "a bare four-digit number before a noun counts things, it is no year: "
    "'2000 manifestants'")
HOLIDAY_THINGS_LEFT_OUT = RULES.define(
    "times.holiday_things_left_out", "a holiday that completes or modifies a noun neither of time nor of "
    "what is held then names a thing, it is no time: 'le marché de Noël', 'a Christmas tree' (not 'la "
    "veille de Noël', 'the Christmas mass')")
NAMES_LEFT_OUT = RULES.define(
    "times.names_left_out", "a weekday written with a capital inside a longer name is part of that name, it "
    "is no time: 'le Journal du Dimanche', 'Sud Ouest Dimanche'")
PLANNED_DAY = RULES.define(
    "times.planned_day", "a weekday on a verb of planning in the present ('est prévue samedi', 'is "
    "scheduled for Monday') or on what such a verb plans ('appellent à manifester samedi') is to come")
NARRATIVE_YEAR = RULES.define(
    "times.narrative_year", "a day or a month told without a year takes the year of the last date before it "
    "in its paragraph when that is an earlier year that dates a clause ('En mars 1945, ... Le 1er avril "
    "débute'), not a noun ('the August 1988 cease-fire')")
SHIFTED_NARRATIVE_YEAR = RULES.define(
    "times.shifted_narrative_year", "a year said from the article's ('L'an passé, ... fin novembre', 'Last "
    "year, ... in March') dates a narrative as a year written out does: the day or month after it takes it")
ENTRY_YEAR = RULES.define(
    "times.entry_year", "a year that heads an entry of a chronology ('- 1967 : Newark - ... du 12 au 17 "
    "juillet') dates the narrative after it, as a year that dates a clause does")
QUOTED_DEICTIC = RULES.define(
    "times.quoted_deictic", "a day counted from the article's inside a quote is counted from the day it was "
    "said: the nearest day outside the quote, in its sentences, that dates a verb of saying ('« J'ai reçu "
    "aujourd'hui ... », a-t-il indiqué vendredi 31 janvier': that Friday)")
NARRATIVE_ANAPHOR = RULES.define(
    "times.narrative_anaphor", "a day told from a date of such a narrative ('Le lendemain') carries its year "
    "on to the days after it ('En mars 1945, ... Le lendemain, ... Le 6 mars, ...': 1945)")
# the colon after a time that heads an entry ("- 1967 : Newark -")
ENTRY_HEAD = re.compile(r"[ \t\u00a0]*:")


@dataclass(frozen=True)
class TimeWeights:
    """The numbers that bound the time extractor's decisions. Each was set by hand with the grammar
    (a236f4e); no dev set is recorded as tuning one."""

    # characters before an expression searched for a cue of past or future ("depuis", "next"): set by hand
    cue_window: int = 12
    # heads climbed from an expression to the verb whose tense says past or future: set by hand
    verb_hops: int = 4
    # the day taken for a month named without one, to put it before or after the article's: set by hand
    mid_month: int = 15
    # a month named without a year more than this many months from the article's is in the year before
    # or after: news rarely speaks of a day more than half a year away. Set by hand
    nearest_months: int = 6
    # characters before a number of years searched for the words of an age ("âgé de"): set by hand
    age_before: int = 16
    # characters after it searched for the end of an aside (", 35 ans,") or "-old": set by hand
    age_after: int = 6
    # characters before it holding the word between a person and their age ("de "): set by hand
    age_of: int = 3
    # characters between two straight quotation marks that still pair them, as the statements read them
    longest_quote: int = 3000


WEIGHTS = TimeWeights()


@dataclass
class Published:
    """The article's date, as precise as it is known."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> Published:
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", (value or "").strip()[:10])
        if not m:
            return cls()
        return cls(*(int(g) if g else None for g in m.groups()))

    @property
    def date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.day else None

    def coarse(self) -> str | None:
        """The article's date at its own precision: all that a finer expression can be resolved to."""
        return fmt(self.year, self.month, self.day)


def fmt(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def shift_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


@dataclass
class TimeCandidate:
    """A match of the grammar, then the time it resolves to."""

    start: int
    end: int
    rule: str  # times.<rule>, the rule book's name of the grammar rule that matched
    kind: str
    groups: dict[str, str]
    rank: int
    type: str = "DATE"
    value: str | None = None
    anchor: str | None = None
    id: str = ""
    day: date | None = field(default=None, repr=False)  # the day it names, for later anchors
    value_rule: str | None = None  # the rule that moved its value, where not the one that matched


@cache
def grammar(lang: str) -> list[tuple[str, str, FirstCharacterSearch]]:
    """The language's rules with their slots filled, compiled once: (rule name, kind, pattern)."""
    pack = language_pack(lang)
    data, numbers = pack.times, pack.numbers
    number = (rf"(?:{DIGITS}|{words_pattern(lang)}|{alternation(numbers.INDEFINITES)}"
              rf"|{alternation(numbers.HALVES)})")
    slots = {
        "MONTH": alternation(data.MONTHS), "MONTHNUM": r"0?[1-9]|1[0-2]", "DAY": data.DAY_PATTERN,
        "YEAR": r"1[6-9]\d\d|20\d\d", "DECADE": r"[12]\d\d0|\d0", "HOUR": r"[01]?\d|2[0-4]",
        "MINUTE": r"[0-5]\d", "WEEKDAY": alternation(data.WEEKDAYS),
        "WEEKDAY_ANY": alternation([*data.WEEKDAYS, *data.WEEKDAYS_PLURAL]),
        "UNIT": alternation(data.UNITS), "CALENDAR": alternation(data.CALENDAR_UNITS),
        "NUMBER": number, "REL": alternation(data.RELATIVE), "POD": alternation(data.PARTS_OF_DAY),
        "DEICTIC": alternation(data.DEICTIC_DAYS), "ANAPHORIC": alternation(data.ANAPHORIC_DAYS),
        "REF": alternation(data.REFERENCES), "HOLIDAY": alternation(data.HOLIDAYS),
        "SEASON": alternation(data.SEASONS), "CLOCK_WORD": alternation(data.CLOCK_WORDS),
        "EDGE": alternation(data.EDGES), "VAGUE": alternation(data.VAGUE_NUMBERS),
        "ORDINAL": alternation(data.ORDINALS), "AMPM": alternation(data.MERIDIEMS),
    }

    def fill(m: re.Match) -> str:
        slot = m.group(1)
        base = slot.rstrip("0123456789")
        return f"(?P<{slot.lower()}>{slots[base]})"

    out = []
    for rule, pattern in data.RULES:
        name = f"times.{rule}"
        if name not in RULE_KINDS:
            raise LanguagePackIncomplete(
                f"the {lang!r} time grammar has a rule {rule!r} that veille does not know: name each rule "
                f"of RULES in veille/nlp/lang/{lang}/times.py by one of {', '.join(sorted(RULE_KINDS))} "
                "(times.GRAMMAR_RULES), without 'times.'")
        body = re.sub(r"\{([A-Z_]+\d?)\}", fill, pattern)
        # matched against lower-cased text: twice as fast as IGNORECASE, and the tables are lower case
        # searched only where its first character stands (``veille.nlp.first_characters``)
        out.append((name, RULE_KINDS[name], FirstCharacterSearch(
            re.compile(rf"(?<![\w'’])(?<![^\W\d]-)(?:{body})(?!\w|-[^\W\d])"))))
    return out


def find(text: str, lang: str) -> list[TimeCandidate]:
    """Every expression of the grammar's rules that are on, the longest where they overlap (then the
    earlier rule)."""
    text = lower_same_length(text.replace("’", "'"))  # one apostrophe, lower case; offsets unchanged
    candidates = []
    for rank, (rule, kind, pattern) in enumerate(grammar(lang)):
        if not RULES.on(rule):
            continue
        for m in pattern.finditer(text):
            if m.end() > m.start():
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                candidates.append(TimeCandidate(m.start(), m.end(), rule, kind, groups, rank))
    candidates.sort(key=lambda f: (-(f.end - f.start), f.rank, f.start))
    taken: list[TimeCandidate] = []
    occupied = TakenSpans(len(text))
    for c in candidates:
        if not occupied.overlaps(c.start, c.end):
            taken.append(c)
            occupied.add(c.start, c.end)
    return sorted(taken, key=lambda f: f.start)


def read_day(text: str) -> int:
    """The day of a month the grammar's DAY slot matched: its digits, else the first ("premier")."""
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else 1


class TimeResolver:
    """Turns the grammar's matches of one article into TIMEX3 records."""

    def __init__(self, doc: Doc, pack: LanguagePack, published: Published) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.lang = pack.lang
        self.data = pack.times
        self.pub = published
        self.narrated: set[int] = set()  # where the dates that took a narrative's year start
        self.quotes = pack.statements.QUOTES
        self.saying_verbs = pack.statements.REPORTING_VERBS

    # -- context -----------------------------------------------------------------------------------
    def token_at(self, char: int) -> Token | None:
        return token_covering(self.doc, char)

    def direction(self, f: TimeCandidate) -> int:
        """Past or future, from the expression's own words, then the tense of the verb it hangs on."""
        words = self.text[f.start:f.end].lower()
        rel = f.groups.get("rel", "").lower()
        if rel:
            shift = self.data.RELATIVE.get(rel, 0)
            return FUTURE if shift > 0 else PAST if shift < 0 else UNKNOWN
        before = self.text[max(0, f.start - WEIGHTS.cue_window):f.start].lower()
        if any(before.rstrip().endswith(c) or words.startswith(c + " ") for c in self.data.FUTURE_CUES) or \
                any(w in words.split() for w in self.data.FUTURE_CUES):
            return FUTURE
        if any(before.rstrip().endswith(c) for c in self.data.PAST_CUES):
            return PAST
        token = self.token_at(f.start)
        if token is None:
            return UNKNOWN
        verb = token
        for _ in range(WEIGHTS.verb_hops):
            if self.is_verb(verb) or verb.head.i == verb.i:
                break
            verb = verb.head
        if not self.is_verb(verb):
            return UNKNOWN
        if RULES.on(PLANNED_DAY) and self.planned(verb):
            return FUTURE
        return self.verb_direction(verb)

    @staticmethod
    def is_verb(token: Token) -> bool:
        """A verb, or a participle the tagger took for a noun that keeps its tense's auxiliary ("qu'il a
        briefé": a NOUN with "a" for auxiliary)."""
        return token.pos_ in ("VERB", "AUX") or any(c.dep_ == "aux:tense" for c in token.children)

    def planned(self, verb: Token) -> bool:
        """Whether a verb is one of planning told in the present ("est prévue", "appellent"), or what such
        a verb plans ("appellent à manifester")."""
        planning = self.data.PLANNING_VERBS
        if verb.lemma_.lower() not in planning and "Inf" in verb.morph.get("VerbForm") \
                and verb.head.i != verb.i and verb.head.lemma_.lower() in planning:
            verb = verb.head
        if verb.lemma_.lower() not in planning:
            return False
        auxes = [c for c in verb.children if c.dep_.startswith("aux")]
        tenses = {tense for t in [verb, *auxes] for tense in t.morph.get("Tense")
                  if t is not verb or "Part" not in t.morph.get("VerbForm")}
        return "Past" not in tenses and "Imp" not in tenses and verb.tag_ not in ("VBD",) \
            and not (auxes and any(a.lemma_.lower() == "avoir" or a.lemma_.lower() == "have" for a in auxes))

    def verb_direction(self, verb: Token) -> int:
        auxes = [c for c in verb.children if c.dep_.startswith("aux")]
        tenses = set(verb.morph.get("Tense"))
        moods = set(verb.morph.get("Mood"))
        for aux in auxes:
            if aux.lemma_.lower() in self.data.FUTURE_AUXILIARIES:
                return FUTURE
            tenses |= set(aux.morph.get("Tense"))
            moods |= set(aux.morph.get("Mood"))
        if "Fut" in tenses or "Cnd" in moods:
            return FUTURE
        if "Past" in tenses or "Imp" in tenses or (auxes and "Part" in verb.morph.get("VerbForm")) \
                or verb.pos_ not in ("VERB", "AUX") and auxes:  # a participle tagged as a noun
            return PAST
        if verb.tag_ in ("VBD", "VBN"):
            return PAST
        return UNKNOWN

    # -- resolvers ---------------------------------------------------------------------------------
    def resolve(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        f.type = TYPES.get(f.kind, "DATE")
        try:
            getattr(self, f"_{f.kind}")(f, previous)
        except (KeyError, ValueError, OverflowError) as e:
            # one odd expression ("le 31 février") stays unresolved; the article goes on
            log.warning("time %r left unresolved: %s", self.text[f.start:f.end], e)
            f.value = None
        if f.value is not None and f.anchor is None and f.kind not in ABSOLUTE_KINDS:
            f.anchor = "published"

    def _year_for(self, month: int, day: int | None, f: TimeCandidate) -> int | None:
        """The year of a day or month given without one: the nearest in the direction of the text."""
        pub = self.pub
        if pub.year is None:
            return None
        if pub.month is None:
            return pub.year
        way = self.direction(f)
        here = (pub.month, pub.day or (day or WEIGHTS.mid_month))
        there = (month, day or here[1])
        if way == FUTURE:
            return pub.year if there >= here else pub.year + 1
        if way == PAST:
            return pub.year if there <= here else pub.year - 1
        # the nearest such date
        if month - pub.month > WEIGHTS.nearest_months:
            return pub.year - 1
        if pub.month - month > WEIGHTS.nearest_months:
            return pub.year + 1
        return pub.year

    def narrative_year(self, f: TimeCandidate, previous: list[TimeCandidate]) -> int | None:
        """The year a narrative of the past is in: that of the last date told before ``f`` in its paragraph,
        when it is before the article's year and the text gives that year to a clause, or it took it so ("En
        mars 1945, l'aviation bombarde Tokyo. Le 1er avril débute la bataille": 1945), not to a noun ("the
        August 1988 cease-fire ... on Aug. 2")."""
        if not RULES.on(NARRATIVE_YEAR) or self.pub.year is None:
            return None
        for p in reversed(previous):
            if "\n" in self.text[p.end:f.start]:
                return None
            if p.kind in ABSOLUTE_KINDS - YEAR_KINDS or not (p.value or "")[:4].isdigit():
                continue  # an amount of time, a repetition, "recently": no date
            year = int(p.value[:4])
            told = self.names_year(p) and (self.dates_a_clause(p) or self.heads_entry(p)) \
                or p.start in self.narrated
            if year >= self.pub.year or not told or self.is_bound(p):
                return None
            self.narrated.add(f.start)
            return year
        return None

    def narrates(self, p: TimeCandidate) -> bool:
        """Whether a date tells a narrative of a year before the article's: it names that year and dates a
        clause, or it took such a year."""
        if self.pub.year is None or p.day is None or p.day.year >= self.pub.year:
            return False
        return self.names_year(p) and (self.dates_a_clause(p) or self.heads_entry(p)) \
            or p.start in self.narrated

    @staticmethod
    def names_year(p: TimeCandidate) -> bool:
        """Whether a time names a year: written out ("en 2014"), or said from the article's ("l'an passé")."""
        return "year" in p.groups or (RULES.on(SHIFTED_NARRATIVE_YEAR) and p.kind == "shift" and
                                      re.fullmatch(r"\d{4}", p.value or "") is not None)

    def is_bound(self, f: TimeCandidate) -> bool:
        """Whether a time is a period's bound ("depuis 1999", "until 2010"), not a date of the narrative; a
        year said from the article's ("last year") has its own word of the past, which bounds nothing."""
        before = self.text[max(0, f.start - WEIGHTS.cue_window):f.start].lower().split()
        shifted = f.kind == "shift" and RULES.on(SHIFTED_NARRATIVE_YEAR)
        words = [] if shifted else self.text[f.start:f.end].lower().split()
        cues = {*self.data.PAST_CUES, *self.data.FUTURE_CUES}
        return bool(words and words[0] in cues or before and before[-1] in cues)

    def heads_entry(self, f: TimeCandidate) -> bool:
        """Whether a time heads an entry, a colon after it ("- 1967 : Newark - Une altercation ...")."""
        return RULES.on(ENTRY_YEAR) and ENTRY_HEAD.match(self.text, f.end) is not None

    def dates_a_clause(self, f: TimeCandidate) -> bool:
        """Whether a time phrase hangs on a verb or a predicate (it dates what the clause tells), not on a
        noun it qualifies; a sentence that opens with it ("En mars 1945, ...") is its clause."""
        words = self.doc.char_span(f.start, f.end, alignment_mode="expand")
        if words is None:
            return False
        head = words.root.head
        if words.root.dep_ in ("ROOT", "obl", "obl:mod", "obl:tmod", "advmod", "npadvmod", "nmod:tmod") \
                or head.pos_ in ("VERB", "AUX") or words[0].is_sent_start:
            return True
        return any(c.dep_ == "cop" for c in head.children)

    def _weekday_year(self, year: int, month: int, day: int, weekday: int | None) -> int:
        """ "jeudi 25 avril": of the year read and the ones either side, the nearest whose day has that
        weekday (the direction of the text may be wrong; the calendar is not)."""
        for y in (year, self.pub.year, year - 1, year + 1):
            try:
                if y and weekday is not None and date(y, month, day).weekday() == weekday:
                    return y
            except ValueError:
                continue
        return year

    def _date(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        g = f.groups
        month = int(g["monthnum"]) if "monthnum" in g else self.data.MONTHS.get(g.get("month", "").lower())
        day = read_day(g["day"])
        if "weekday" in g and month is None:  # "samedi 5": the month of the article
            if self.pub.month is None:
                return
            month = self.pub.month
        if month is None:
            return
        year = int(g["year"]) if "year" in g else \
            self.narrative_year(f, previous) or self._year_for(month, day, f)
        if "year" not in g and year and g.get("weekday") and day:
            year = self._weekday_year(year, month, day, self.data.WEEKDAYS.get(g["weekday"].lower()))
        if "year" in g:
            f.anchor = None
        try:
            f.day = date(year, month, day) if year else None
        except ValueError:
            return
        f.value = fmt(year, month, day) if year else None
        if "year" in g:
            f.kind = "year"  # absolute: no anchor

    def _night_of(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        self._date(f, previous)
        if f.value:
            f.value += "TNI"

    def _month(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        month = self.data.MONTHS.get(f.groups["month"].lower())
        if "year" in f.groups:
            f.value, f.kind = fmt(int(f.groups["year"]), month), "year"
            return
        if "rel2" in f.groups:  # "July last year"
            year = self.pub.year + self.data.RELATIVE[f.groups["rel2"].lower()] if self.pub.year else None
        elif self.data.RELATIVE.get(f.groups.get("rel", "").lower()) == 0:  # "this September"
            year = self.pub.year
        else:
            year = self.narrative_year(f, previous) or self._year_for(month, None, f)
        f.value = fmt(year, month) if year else None

    def _quarter(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        n = self.data.ORDINALS.get(f.groups.get("ordinal", "").lower(), 0)
        text = self.text[f.start:f.end].lower()
        if "year" in f.groups:
            f.value, f.kind = (f"{f.groups['year']}-Q{n}" if n else f.groups["year"]), "year"
            return
        if self.pub.year is None or self.pub.month is None:
            return
        current = (self.pub.month - 1) // 3 + 1
        year = self.pub.year - (1 if any(m in text for m in self.data.PREVIOUS_YEAR_MARKS) else 0)
        if not n:  # "the quarter", "the latest quarter": the last one reported on
            n = current - 1 or 4
            year -= 1 if current == 1 else 0
        elif n > current:
            year -= 1
        f.value = f"{year:04d}-Q{n}"

    def _past_ref(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        f.value = "PAST_REF"

    def _year(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        f.value = f.groups["year"]

    _edge_year = _year
    _period_year = _year

    def _decade(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        d = f.groups["decade"]
        f.value = d[:3] if len(d) == 4 else ("19" + d[0] if d[0] != "0" else "200")

    def _weekday(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        target = self.data.WEEKDAYS[f.groups["weekday"].lower()]
        today = self.pub.date
        if today is None:
            f.value = self.pub.coarse()
            return
        way = self.direction(f)
        ahead = (target - today.weekday()) % 7  # 0..6 days to the next such day
        behind = ahead - 7 if ahead else 0  # -6..0 days back to the last one
        rel = self.data.RELATIVE.get(f.groups.get("rel", "").lower())
        if rel is not None and rel != 0 and ahead == 0:
            delta = 7 * rel  # "last Wednesday" said on a Wednesday
        elif way == FUTURE:
            delta = ahead
        elif way == PAST:
            delta = behind
        else:  # a present tense or no verb: the nearer of the two
            delta = ahead if ahead < -behind else behind
        f.day = today + timedelta(days=delta)
        self.day_value(f)

    def _deictic(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        offset = self.data.DEICTIC_DAYS[f.groups["deictic"].lower()]
        today = self.pub.date
        if today is None:
            f.value = self.pub.coarse()
            return
        f.day = today + timedelta(days=offset)
        self.day_value(f)

    def said_on(self, found: list[TimeCandidate]) -> None:
        """Moves each day counted from the article's inside a quote to the day the quote was said: the
        nearest day, named outside the quotes in the sentences the quote runs through, that dates a verb
        of saying ("a-t-il indiqué vendredi 31 janvier"), not another deed ("blessé le 13 novembre")."""
        quotes = quoted_spans(self.text, self.quotes, WEIGHTS.longest_quote)
        if not quotes:
            return
        starts = [s for s, _ in quotes]

        def quote_of(char: int) -> tuple[int, int] | None:
            i = bisect_right(starts, char) - 1
            return quotes[i] if i >= 0 and char < quotes[i][1] else None

        for f in found:
            quote = quote_of(f.start) if f.kind == "deictic" and f.day is not None else None
            if quote is None:
                continue
            first, last = self.token_at(quote[0]), self.token_at(quote[1] - 1)
            if first is None or last is None:
                continue
            start, end = sentence_of(first).start_char, sentence_of(last).end_char
            outside = [g for g in found if g.day is not None and start <= g.start and g.end <= end
                       and quote_of(g.start) is None and self.dates_saying(g)]
            if not outside:
                continue
            said = min(outside, key=lambda g: min(abs(g.start - quote[1]), abs(quote[0] - g.end)))
            f.day = said.day + timedelta(days=self.data.DEICTIC_DAYS[f.groups["deictic"].lower()])
            f.anchor, f.value_rule = said.id, QUOTED_DEICTIC
            self.day_value(f)

    def dates_saying(self, f: TimeCandidate) -> bool:
        """Whether an expression hangs on a verb of saying ("a déclaré mardi", "said on Tuesday")."""
        verb = self.token_at(f.start)
        for _ in range(WEIGHTS.verb_hops):
            if verb is None or self.is_verb(verb) or verb.head.i == verb.i:
                break
            verb = verb.head
        return verb is not None and self.is_verb(verb) and verb.lemma_.lower() in self.saying_verbs

    def day_value(self, f: TimeCandidate) -> None:
        """A named day, with its part of the day where the language's annotation joins them."""
        f.value = f.day.isoformat()
        pod = f.groups.get("pod") or f.groups.get("pod2")
        if "clock_word" in f.groups:  # "vendredi minuit"
            f.value += f"T{self.data.CLOCK_WORDS[f.groups['clock_word'].lower()]}"
            f.type = "TIME"
        elif pod and self.data.POD_JOINS_DAY:
            f.value += f"T{self.data.PARTS_OF_DAY[pod.lower()]}"
            f.type = "TIME"

    def _anaphoric(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        offset = self.data.ANAPHORIC_DAYS[f.groups["anaphoric"].lower()]
        for p in reversed(previous):
            if p.day is not None:
                f.day = p.day + timedelta(days=offset)
                self.day_value(f)
                f.anchor = p.id
                if RULES.on(NARRATIVE_ANAPHOR) and self.narrates(p):
                    self.narrated.add(f.start)
                return
        today = self.pub.date
        if today is not None:
            f.day = today + timedelta(days=offset)
            self.day_value(f)

    def shifted(self, unit: str, n: int) -> tuple[str | None, date | None]:
        """The calendar period ``n`` units away from the article's date, at the precision known."""
        pub = self.pub
        if pub.year is None:
            return None, None
        if unit == "Y":
            return fmt(pub.year + n), None
        if unit == "DE":
            return f"{(pub.year + 10 * n) // 10:03d}", None
        if unit == "CE":
            return f"{(pub.year + 100 * n) // 100:02d}", None
        if pub.month is None:
            return (fmt(pub.year), None) if n == 0 else (None, None)
        if unit == "M":
            return fmt(*shift_months(pub.year, pub.month, n)), None
        if unit == "Q":
            q = (pub.month - 1) // 3 + n
            return f"{pub.year + q // 4:04d}-Q{q % 4 + 1}", None
        today = pub.date
        if today is None:
            return pub.coarse(), None
        if unit == "D":
            day = today + timedelta(days=n)
            return day.isoformat(), day
        week = (today + timedelta(weeks=n)).isocalendar()
        value = f"{week[0]:04d}-W{week[1]:02d}"
        return (value + "-WE" if unit == "WE" else value), None

    def _shift(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        unit = self.data.CALENDAR_UNITS[f.groups["calendar"].lower()]
        n = self.data.RELATIVE.get(f.groups["rel"].lower(), 0)
        f.value, f.day = self.shifted(unit, n)

    def _current(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        unit = self.data.CALENDAR_UNITS[f.groups["calendar"].lower()]
        f.value, f.day = self.shifted(unit, 0)

    def _ago(self, f: TimeCandidate, previous: list[TimeCandidate], sign: int = -1) -> None:
        n = read_number(f.groups["number"], self.lang)
        unit, size = self.data.UNITS[f.groups["unit"].lower()]
        if n is None or not float(n).is_integer():
            return
        n = int(n) * size * sign
        pub, today = self.pub, self.pub.date
        if unit in ("H", "MIN", "S") or (unit == "D" and today is None):
            f.value = pub.coarse()
        elif unit in ("D", "W") or (today is not None and unit in ("M", "Y")):
            # "il y a une semaine", "a year ago": the day, when the article's day is known
            days = n * (7 if unit == "W" else 1)
            if today is None:
                f.value = pub.coarse()
            elif unit in ("D", "W"):
                f.day = today + timedelta(days=days)
                f.value = f.day.isoformat()
            else:
                year, month = shift_months(today.year, today.month, n * (12 if unit == "Y" else 1))
                try:
                    f.day = date(year, month, today.day)
                except ValueError:
                    f.day = date(year, month, 28)
                f.value = f.day.isoformat()
        elif unit == "WE":
            f.value, f.day = self.shifted("WE", n)
        else:
            f.value, f.day = self.shifted(unit, n)

    def _later(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        self._ago(f, previous, sign=1)

    def _ref(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        f.value = self.data.REFERENCES[f.groups["ref"].lower()]

    def _duration(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        unit, size = self.data.UNITS[f.groups["unit"].lower()]
        if "vague" in f.groups:
            amount = "X"
        else:
            n = read_number(f.groups["number"], self.lang) if "number" in f.groups else 1.0
            if n is None:
                return
            if self.text[f.start:f.end].lower().endswith(tuple(self.data.HALF_SUFFIXES)):
                n += 0.5
            amount = str(as_number(n * size))
        if unit == "WE":
            unit, amount = "D", ("X" if amount == "X" else str(as_number(2 * float(amount))))
        if unit in ("H", "MIN", "S"):
            f.value = f"PT{amount}{'M' if unit == 'MIN' else unit}"
        else:
            f.value = f"P{amount}{unit}"

    def _set(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        unit, size = self.data.UNITS[f.groups["unit"].lower()]
        if unit == "WE":
            unit = "W"
        prefix = "PT" if unit in ("H", "MIN", "S") else "P"
        f.value = f"{prefix}{size}{'M' if unit == 'MIN' else unit}"

    def _set_weekday(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        word = f.groups["weekday_any"].lower()
        index = self.data.WEEKDAYS.get(word, self.data.WEEKDAYS_PLURAL.get(word))
        f.value = f"XXXX-WXX-{index + 1}"

    def day_for(self, f: TimeCandidate, previous: list[TimeCandidate]) -> tuple[str, str | None]:
        """The day a time of day belongs to: a day named in its sentence, else the last one, else the
        article's."""
        sentence = self.token_at(f.start)
        sent = sentence_of(sentence) if sentence is not None else None
        candidates = [p for p in previous if p.day is not None]
        if sent is not None:
            same = [p for p in candidates if sent.start_char <= p.start < sent.end_char]
            if same:
                nearest = min(same, key=lambda p: abs(p.start - f.start))
                return nearest.day.isoformat(), nearest.id
            candidates = [p for p in candidates if p.start < f.start]
        if candidates:
            return candidates[-1].day.isoformat(), candidates[-1].id
        if self.pub.date is not None:
            return self.pub.date.isoformat(), "published"
        return "XXXX-XX-XX", None

    def _clock(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        g = f.groups
        if "clock_word" in g:
            clock = self.data.CLOCK_WORDS[g["clock_word"].lower()]
        else:
            hour = int(g["hour"])
            if hour < 12:
                hour += self.data.MERIDIEMS.get(g.get("ampm", "").lower(), 0)
            clock = f"{hour:02d}:{int(g.get('minute') or 0):02d}"
        day, anchor = self.day_for(f, previous)
        f.value, f.anchor = f"{day}T{clock}", anchor

    def _pod(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        first = self.text[f.start:f.end].split()[0].lower()
        today = self.pub.date
        part = self.data.PARTS_OF_DAY[f.groups["pod"].lower()]
        if today is not None and (first in self.data.DEMONSTRATIVES or first in self.data.RELATIVE
                                  or first in self.data.DEICTIC_DAYS):
            # "ce soir", "this morning", "last night": the article's day or the one before
            offset = self.data.DEICTIC_DAYS.get(first, min(0, self.data.RELATIVE.get(first, 0)))
            f.value = f"{(today + timedelta(days=offset)).isoformat()}T{part}"
            return
        day, anchor = self.day_for(f, previous)
        f.value, f.anchor = f"{day}T{part}", anchor

    def _holiday(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        month, day = self.data.HOLIDAYS[f.groups["holiday"].lower()]
        year = int(f.groups["year"]) if "year" in f.groups else self._year_for(month, day, f)
        f.value = fmt(year, month, day) if year else None
        if "year" in f.groups:
            f.kind = "year"  # absolute: no anchor

    def _season(self, f: TimeCandidate, previous: list[TimeCandidate]) -> None:
        season = self.data.SEASONS[f.groups["season"].lower()]
        if "year" in f.groups:
            f.value = f"{f.groups['year']}-{season}"
            return
        n = self.data.RELATIVE.get(f.groups.get("rel", "").lower(), 0)
        f.value = f"{self.pub.year + n:04d}-{season}" if self.pub.year else None


@dataclass(frozen=True)
class AgePatterns:
    """A language's words of an age, as patterns on the lower-cased text around a number of years."""

    cue: re.Pattern  # right before it: "âgé de 35 ans", "aged 35"
    listed: re.Pattern | None  # the first age of a list, before it: "des enfants de 4 et 3 ans"
    after: re.Pattern | None  # right after it: "35-year-old"


@cache
def age_patterns(lang: str) -> AgePatterns:
    data = language_pack(lang).times
    blockers = "".join(rf"(?<!{re.escape(w)} )" for w in data.AGE_CUE_BLOCKERS)  # "d'ici à 10 ans"
    listed = after = None
    if data.AGE_LIST_OPENERS and data.AGE_LIST_JOINERS:
        listed = re.compile(rf"\b(?:{alternation(data.AGE_LIST_OPENERS)}) \d+ "
                            rf"(?:{alternation(data.AGE_LIST_JOINERS)}) $")
    if data.AGE_AFTER:
        after = re.compile(rf"-?(?:{alternation(data.AGE_AFTER)})\b")
    return AgePatterns(cue=re.compile(rf"(?:^|\W){blockers}(?:{alternation(data.AGE_CUES)})\s*$"),
                       listed=listed, after=after)


def is_age(doc: Doc, f: TimeCandidate, pack: LanguagePack) -> bool:
    """ "un homme de 35 ans", "âgé de 35 ans", ", 35 ans,", "35-year-old": an age, not a time."""
    data = pack.times
    if f.kind != "duration" or data.UNITS.get(f.groups.get("unit", "").lower(), ("",))[0] != "Y":
        return False
    patterns = age_patterns(pack.lang)
    text = doc_text(doc)
    before = text[max(0, f.start - WEIGHTS.age_before):f.start].lower()
    if RULES.on(AGE_IN_ITS_LINE):
        before = before[before.rfind("\n") + 1:]  # ("... 38 ans après\n\nPrès de quatre décennies"): no age
    after = text[f.end:f.end + WEIGHTS.age_after].lower()
    if patterns.cue.search(before) or (patterns.listed and patterns.listed.search(before)):
        return True
    if re.search(r"[,(]\s*$", before) and re.match(r"\s*[,)]", after) \
            and not any(w in before for w in data.AGE_COMMA_BLOCKERS):
        return True
    if patterns.after and patterns.after.match(after):
        return True
    if before.endswith(tuple(data.AGE_OF)):
        span = doc.char_span(max(0, f.start - WEIGHTS.age_of), f.start, alignment_mode="expand")
        if span is not None and span.start > 0:
            noun = doc[span.start - 1]
            return noun.pos_ == "PROPN" or noun.lemma_.lower() in pack.quantities.PEOPLE
    return False


def is_count(doc: Doc, f: TimeCandidate) -> bool:
    """A bare four-digit number before a noun counts things ("2000 manifestants"): not a year."""
    if f.kind != "year" or not doc_text(doc)[f.start:f.end].isdigit():
        return False
    nxt = token_from(doc, f.end)
    before = token_covering(doc, f.start - 1) if f.start else None
    if before is not None and (before.pos_ == "DET" or "Poss=Yes" in before.morph):
        return False  # "the 1988 period", "his 1996 campaign"
    return nxt is not None and nxt.pos_ in ("NOUN", "ADJ") and not nxt.is_title


def names_a_thing(doc: Doc, f: TimeCandidate, pack: LanguagePack) -> bool:
    """A holiday that completes a noun ("le marché de Noël") or modifies one ("a Christmas tree") that is
    neither of time nor of what is held then (the pack's HOLIDAY_TIME_NOUNS): it names a thing, not a time."""
    if f.kind != "holiday":
        return False
    data = pack.times
    text = doc_text(doc)
    before = text[max(0, f.start - WEIGHTS.age_of - 3):f.start].lower()
    of = next((w for w in data.HOLIDAY_OF if before.endswith(w)), None)
    if of is not None:
        noun = token_covering(doc, f.start - len(of) - 1)
        if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() not in data.HOLIDAY_TIME_NOUNS \
                and noun.lower_ not in data.HOLIDAY_TIME_NOUNS:
            return True
    nxt = token_from(doc, f.end)
    return nxt is not None and nxt.idx <= f.end + 1 and nxt.pos_ == "NOUN" \
        and nxt.lemma_.lower() not in data.HOLIDAY_TIME_NOUNS and nxt.lower_ not in data.HOLIDAY_TIME_NOUNS


def in_a_name(doc: Doc, f: TimeCandidate) -> bool:
    """A weekday written with a capital, not opening its sentence, inside a longer name the entities
    recognised ("le Journal du Dimanche"): part of the name."""
    token = token_covering(doc, f.start)
    if f.kind != "weekday" or token is None or token.is_sent_start or not token.text[:1].isupper():
        return False
    return any(s <= f.start and f.end <= e and e - s > f.end - f.start
               for ent in doc._.veille_entities or [] for s, e in ent.mentions)


def time_record(f: TimeCandidate, text: str) -> Time:
    """The TIMEX3 record of a resolved candidate; its type and value are traced to the rule that matched."""
    resolved = f.value is not None
    return Time(id=f.id, span=[f.start, f.end], text=text[f.start:f.end], type=f.type, value=f.value,
                anchor=f.anchor if resolved else None,
                rules={"type": f.rule, "value": f.value_rule or f.rule} if resolved else {"type": f.rule})


class TimeRecognizer:
    """Pipeline component: ``doc._.veille_times``, the article's TIMEX3 records in text order."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.pack = language_pack(nlp.lang)

    def __call__(self, doc: Doc) -> Doc:
        published = Published.parse(doc._.veille_published)
        resolver = TimeResolver(doc, self.pack, published)
        text = doc_text(doc)
        ages_out, counts_out = RULES.on(AGES_LEFT_OUT), RULES.on(COUNTS_LEFT_OUT)
        things_out, names_out = RULES.on(HOLIDAY_THINGS_LEFT_OUT), RULES.on(NAMES_LEFT_OUT)
        found = [f for f in find(text, self.pack.lang)
                 if not (ages_out and is_age(doc, f, self.pack)) and not (counts_out and is_count(doc, f))
                 and not (things_out and names_a_thing(doc, f, self.pack))
                 and not (names_out and in_a_name(doc, f))]
        for i, f in enumerate(found):
            f.id = f"t{i + 1}"
        # days first, in text order; then the times of day, which hang on the day nearest to them
        resolved: list[TimeCandidate] = []
        for f in found:
            if f.kind not in ("clock", "pod"):
                resolver.resolve(f, resolved)
                resolved.append(f)
        if RULES.on(QUOTED_DEICTIC):
            resolver.said_on(resolved)
        for f in found:
            if f.kind in ("clock", "pod"):
                resolver.resolve(f, list(resolved))
        doc._.veille_times = [time_record(f, text) for f in found]
        return doc


# reads the article's date, its names and the parse (tags, morphology, lemmas, dependencies, sentences)
@Language.factory("veille_times", assigns=["doc._.veille_times"],
                  requires=["doc._.veille_published", "doc._.veille_entities", "token.pos", "token.tag",
                            "token.morph", "token.lemma", "token.dep", "token.head", "token.is_sent_start"])
def make_time_recognizer(nlp: Language, name: str) -> TimeRecognizer:
    return TimeRecognizer(nlp, name)
