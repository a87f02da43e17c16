"""Events: what happened, by whom, to whom, where, when, how surely, and how many died.

Per sentence, from the event stage of the language's pack (``veille.nlp.lang.<lang>.events``):

- ACLED's sub-event type from weighted cue patterns (a weapon names the event more surely than a verb
  of violence), with its event type; none where ACLED would not code the sentence;
- PLOVER types from trigger lemmas (verbs, and nouns that name an event), and from the ACLED type;
- agent and target from the trigger's dependents, place (the most precise one of the sentence),
  time (the sentence's date, else the article's), modality from negation, mood, tense and cues,
  fatalities from the killed counts, ACLED's way.

The article's primary event is its lead's first event, typed on the whole text when ACLED codes it.
Each mechanism is a named rule (``veille rules``); an event's ``rules`` trace names the one that gave
its type, ACLED type, modality, fatalities, place and time.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..nlp.lang import every_pack, language_pack
from ..records import AcledType, Event, Place, Quantity, TextSpan
from .docs import SpanIndex, doc_index, doc_text, sentence_of, token_covering
from .links import article_time_id
from .rules import RULES

if not Doc.has_extension("veille_events"):
    Doc.set_extension("veille_events", default=None)
# a lemma as the packs write it, for the trigger matcher
LEMMA = "veille_lemma_lower"
if not Token.has_extension(LEMMA):
    Token.set_extension(LEMMA, getter=lambda token: token.lemma_.lower())

# ACLED's sub-event types under their event types (ACLED codebook spelling)
ACLED_TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}
EVENT_TYPE_OF = {sub: etype for etype, subs in ACLED_TYPES.items() for sub in subs}
# ties between sub-event types go to the earlier one
ACLED_ORDER = {sub: i for i, sub in enumerate(EVENT_TYPE_OF)}
# the PLOVER type of each ACLED sub-event type
PLOVER_OF = {
    **{sub: "ASSAULT" for sub in ACLED_TYPES["Battles"] + ACLED_TYPES["Explosions/Remote violence"]
       + ACLED_TYPES["Violence against civilians"]},
    **{sub: "PROTEST" for sub in ACLED_TYPES["Protests"] + ACLED_TYPES["Riots"]},
    "Agreement": "AGREE", "Arrests": "COERCE", "Change to group/activity": "MOBILIZE",
    "Disrupted weapons use": "COERCE", "Headquarters or base established": "MOBILIZE",
    "Looting/property destruction": "ASSAULT", "Non-violent transfer of territory": "RETREAT",
    "Other": "MOBILIZE",
}
# dependents that are clauses of their own, whose places are theirs
CLAUSE_DEPS = {"advcl", "ccomp", "xcomp", "conj", "parataxis", "acl:relcl", "relcl", "csubj", "punct", "cc"}
# PLOVER types that words alone can carry out: a verb of saying may be one of these events
VERBAL = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE", "CONCEDE", "CONSULT", "SANCTION"}
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
# what follows a place that names its containers: "Dunedin (Otago)"
CONTAINERS_AFTER = re.compile(r"\s*\(\s*[A-Z]")
# a place's precision: the lower the more precise
PRECISION = {"city": 0, "vicinity": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4, "sea": 5,
             "continent": 6}


@dataclass(frozen=True)
class EventWeights:
    """The numbers that weigh or bound the event finder's decisions: what each weighs, and what tuned it."""

    # the least weight of cues with which a sentence takes an ACLED sub-event type (set by hand, ad331ad)
    acled_min_score: int = 3
    # taken off "Armed clash" when rioters, locals or demonstrators are named: they are not armed forces
    # (set by hand, ad331ad)
    rioters_clash_penalty: int = 4
    # in the article's reading, the lead's cues count this many times and the whole text's this many
    # (set by hand, ad331ad)
    lead_cue_weight: int = 2
    text_cue_weight: int = 1
    # the weight of the article's reading that lets the ACLED event told next choose the primary event
    # over a lead event ACLED does not code (CASE 2021 sub 0.644 -> 0.674, ACLED sub 0.8123, 2db69b2)
    strong_article_score: int = 6
    # ... among the events of this many sentences from the lead on (same commit)
    strong_article_sentences: int = 2
    # the primary event's place, else date, is looked for in this many sentences from the first when its
    # own sentence gives none (set by hand, ad331ad)
    lead_place_sentences: int = 3
    lead_time_sentences: int = 1
    # characters before a word in which a quotation mark makes it a figure of speech (set by hand, 27e446d)
    scare_quote_window: int = 12
    # characters before a place in which a locative preposition ranks it first ("in Bangkok"; ACLED loc161
    # 0.802 -> 0.834, d6c7597)
    locative_window: int = 12
    # characters before a date in which a word makes it a bound ("until", "since"; ACLED date 0.9698 ->
    # 0.974, f5a4a04)
    time_bound_window: int = 12
    # characters after a place in which the parenthesis of its containers opens ("Dunedin (Otago)"; ACLED
    # loc161 0.867 -> 0.869, af4f7bd)
    containers_window: int = 6
    # characters after a sentence in which a parenthesis the splitter cut off is looked for, and the most
    # it holds ("(coded to district level)"; ACLED loc161 0.895 -> 0.896, 0073f17)
    cut_parenthesis_window: int = 90
    cut_parenthesis_max_chars: int = 80
    # characters from the start in which the blank line after a headline is looked for (set by hand, ad331ad)
    headline_window: int = 400
    # the trigger's ancestors whose words give its modality, and the levels (trigger first) whose children
    # do (set by hand, ad331ad)
    modality_ancestors: int = 3
    modality_child_levels: int = 2
    # a vague count of the dead counts as its least value over this ("dozens" is 12, ACLED's reading; set by
    # hand, ad331ad)
    vague_dead_divisor: int = 2
    # the precision rank of a place of unknown feature: a region's (set by hand, ad331ad)
    unknown_precision: int = 3


EVENT_WEIGHTS = EventWeights()

# the named rules of the event stage, by the field they produce
# type: the trigger
TRIGGER_VERB = RULES.define("events.trigger_verb", "a verb whose lemma is a PLOVER trigger ('attaquer')")
TRIGGER_NOUN = RULES.define("events.trigger_noun", "a noun that names an event ('offensive', 'airstrike')")
TRIGGER_CUE = RULES.define(
    "events.trigger_cue", "the cues of the sentence's ACLED type, when no trigger word of its PLOVER type")
REFLEXIVE = RULES.define(
    "events.reflexive_not_assault", "a reflexive verb of violence is no assault ('s'attaquer à un problème')")
SCARE_QUOTES = RULES.define(
    "events.scare_quotes", "a trigger in quotation marks is a figure of speech ('continuer « le combat »')")
PROTEST_OVER_CLASH = RULES.define(
    "events.protest_over_clash", "clashes of a sentence that reads as a protest or riot are that protest")
# acled: the cues and what reads them otherwise
SENTENCE_CUES = RULES.define("events.acled_cues", "each ACLED sub-event type's weighted cue patterns")
FORCE_NEEDS_PROTEST = RULES.define(
    "events.force_needs_protest", "tear gas or force with no protest named is no intervention in a protest")
RIOT_WITHOUT_PROTEST = RULES.define(
    "events.riot_without_protest", "rioting with no demonstration named is mob violence (or destruction)")
ARRESTS_AT_PROTEST = RULES.define(
    "events.arrests_at_protest", "arrests where a protest is named are the police's intervention in it")
ACCIDENT = RULES.define(
    "events.accident", "an accident with no armed actor named is no explosion, no attack on civilians")
RELIEF = RULES.define(
    "events.relief", "troops sent to help after a disaster are relief, no change to armed activity")
RIOTERS_NOT_ARMED = RULES.define(
    "events.rioters_not_armed", "a clash of rioters, locals or demonstrators weighs less as an armed clash")
ATTACK_NEEDS_VIOLENCE = RULES.define(
    "events.attack_needs_violence", "victims named with no violence done to them are no attack")
ARTICLE_READING = RULES.define(
    "events.article_reading", "the primary event's ACLED type, read on its lead (twice) and the whole text")
STRONG_READING = RULES.define(
    "events.strong_reading", "a lead event ACLED does not code gives way to a strongly read one told next")
# modality
NEGATED = RULES.define("events.negated", "a negation on the trigger or a verb of denial above it: negated")
HYPOTHETICAL = RULES.define("events.hypothetical", "the trigger's clause opens with 'si', 'if': hypothetical")
POSSIBLE = RULES.define("events.possible", "a word of possibility near the trigger, a conditional: possible")
PLANNED = RULES.define(
    "events.planned", "a verb of planning above the trigger, a future, 'avant l'assaut': planned")
# fatalities
KILLED_COUNT = RULES.define(
    "events.killed_count", "the figures of the killed: distinct ones summed, vague ones halved")
KILL_VERB_COUNT = RULES.define(
    "events.kill_verb_count", "a number governed by a verb of killing ('killing two', 'tuant trois')")
ONE_DEAD = RULES.define("events.one_dead", "one death with no number ('killed a civilian')")
# place
PLACE_OWN_PHRASE = RULES.define(
    "events.place_own_phrase", "the best ranked place of the trigger's own phrases ('déployés en Irak')")
PLACE_SENTENCE = RULES.define("events.place_sentence", "the best ranked place of the event's sentence")
PLACE_OUTSIDE_CLAUSES = RULES.define(
    "events.place_outside_clauses", "the primary ACLED event: the most precise place outside its clauses")
PLACE_LEAD = RULES.define("events.place_lead", "the primary event: the best place of the first sentences")
PLACE_LAST_NAMED = RULES.define(
    "events.place_last_named", "the place the article last named before the event, else the one named most")
# time
TIME_SENTENCE = RULES.define("events.time_sentence", "the date of the event's sentence nearest its trigger")
TIME_LEAD = RULES.define("events.time_lead", "the primary event: the date of the first sentence")
TIME_ARTICLE = RULES.define("events.time_article", "an event the text does not date: the article's date")
TIME_BOUNDS = RULES.define(
    "events.time_bounds", "a date that is a bound ('until 26 March', 'depuis le 10') is not the event's")
EVENT_RULES = (TRIGGER_VERB, TRIGGER_NOUN, TRIGGER_CUE, REFLEXIVE, SCARE_QUOTES, PROTEST_OVER_CLASH,
               SENTENCE_CUES, FORCE_NEEDS_PROTEST, RIOT_WITHOUT_PROTEST, ARRESTS_AT_PROTEST, ACCIDENT, RELIEF,
               RIOTERS_NOT_ARMED, ATTACK_NEEDS_VIOLENCE, ARTICLE_READING, STRONG_READING, NEGATED,
               HYPOTHETICAL, POSSIBLE, PLANNED, KILLED_COUNT, KILL_VERB_COUNT, ONE_DEAD, PLACE_OWN_PHRASE,
               PLACE_SENTENCE, PLACE_OUTSIDE_CLAUSES, PLACE_LEAD, PLACE_LAST_NAMED, TIME_SENTENCE, TIME_LEAD,
               TIME_ARTICLE, TIME_BOUNDS)


@dataclass(frozen=True)
class EventCues:
    """The event stage of a language's pack, its patterns compiled once."""

    words: ModuleType
    acled: dict[str, list[tuple[re.Pattern, int]]]
    plover_of_verb: dict[str, str]  # a trigger verb's lemma -> its first PLOVER type in the pack
    peaceful: re.Pattern
    road_barricades: re.Pattern
    riot: re.Pattern
    accident: re.Pattern
    armed_actors: re.Pattern
    relief: re.Pattern
    violence_done: re.Pattern
    scare_quote: re.Pattern
    time_bounds: re.Pattern
    time_bounds_inside: re.Pattern
    singular_victim: re.Pattern


@cache
def event_cues(lang: str) -> EventCues:
    words = language_pack(lang).events
    plover_of_verb: dict[str, str] = {}
    for plover, lemmas in words.PLOVER_TRIGGERS.items():
        for lemma in lemmas:
            plover_of_verb.setdefault(lemma, plover)
    # violence done is read in the stems of every language: a text of one may carry the other's words (and
    # an English "Tuesday" reads as French "tué")
    violence = [stem for stems in every_pack("events", "VIOLENCE_DONE") for stem in stems]
    determiners = "|".join(re.escape(d) for d in words.SCARE_QUOTE_DETERMINERS)
    return EventCues(
        words=words,
        acled={sub: [(re.compile(p), w) for p, w in cues] for sub, cues in words.ACLED_CUES.items()},
        plover_of_verb=plover_of_verb,
        peaceful=re.compile(words.PEACEFUL_CONTEXT), road_barricades=re.compile(words.ROAD_BARRICADES),
        riot=re.compile(words.RIOT_CONTEXT), accident=re.compile(words.ACCIDENT),
        armed_actors=re.compile(words.ARMED_ACTORS), relief=re.compile(words.RELIEF),
        violence_done=re.compile(rf"\b(?:{'|'.join(violence)})"),
        scare_quote=re.compile(rf"[\"«“]\s*(?:{determiners})?$"),
        time_bounds=re.compile(words.TIME_BOUNDS), time_bounds_inside=re.compile(words.TIME_BOUNDS_INSIDE),
        singular_victim=re.compile(words.SINGULAR_VICTIM),
    )


def trigger_matcher(vocab: Vocab, words: ModuleType) -> Matcher:
    """The token matcher of the trigger rules that are on, built from a pack's event stage."""
    verbs = sorted({lemma for lemmas in words.PLOVER_TRIGGERS.values() for lemma in lemmas})
    return RULES.matcher(vocab, {
        TRIGGER_VERB: [[{"POS": {"IN": ["VERB", "AUX"]}, "_": {LEMMA: {"IN": verbs}}}]],
        TRIGGER_NOUN: [[{"POS": {"IN": ["NOUN", "PROPN"]}, "_": {LEMMA: {"IN": sorted(words.EVENT_NOUNS)}}}]],
    })


@dataclass
class AcledReading:
    """Each ACLED sub-event type's weight of cues in a text, and the rule that gave it that weight."""

    scores: dict[str, int] = field(default_factory=dict)
    rule_of: dict[str, str] = field(default_factory=dict)

    def add(self, sub: str, weight: int) -> None:
        self.scores[sub] = self.scores.get(sub, 0) + weight
        self.rule_of.setdefault(sub, SENTENCE_CUES)

    def drop(self, sub: str) -> int | None:
        self.rule_of.pop(sub, None)
        return self.scores.pop(sub, None)

    def best(self, w: EventWeights, plover: str | None = None) -> str | None:
        """The sub-event type that weighs most (of the PLOVER type ``plover``), when it weighs enough."""
        scores = {s: v for s, v in self.scores.items() if plover is None or PLOVER_OF[s] == plover}
        if not scores or max(scores.values()) < w.acled_min_score:
            return None
        return min(scores, key=lambda s: (-scores[s], ACLED_ORDER[s]))


def read_acled(text: str, cues: EventCues, on: frozenset[str], w: EventWeights, weight: int = 1,
               reading: AcledReading | None = None) -> AcledReading:
    """Each ACLED sub-event type's weight of cues in ``text`` (counted ``weight`` times, added to
    ``reading``), then the rules that read them otherwise."""
    low = text.lower().replace("’", "'")
    reading = reading if reading is not None else AcledReading()
    scores = reading.scores
    if SENTENCE_CUES in on:
        for sub, patterns in cues.acled.items():
            for pattern, cue_weight in patterns:
                if pattern.search(low):
                    reading.add(sub, cue_weight * weight)
    if not cues.peaceful.search(low):
        if FORCE_NEEDS_PROTEST in on:
            for sub in ("Protest with intervention", "Excessive force against protesters"):
                reading.drop(sub)  # tear gas with no protest is not a protest
        if RIOT_WITHOUT_PROTEST in on and "Violent demonstration" in scores \
                and not cues.road_barricades.search(low):
            violent = reading.drop("Violent demonstration")
            if "Looting/property destruction" not in scores or cues.riot.search(low):
                # rioting with no demonstration is mob violence; troops who set fire to houses destroy
                # property
                if violent > scores.get("Mob violence", 0):
                    reading.rule_of["Mob violence"] = RIOT_WITHOUT_PROTEST
                scores["Mob violence"] = max(scores.get("Mob violence", 0), violent)
    elif ARRESTS_AT_PROTEST in on and "Arrests" in scores:
        # arrests at a protest are the police's intervention in it
        intervention = "Protest with intervention"
        reading.rule_of.setdefault(intervention, ARRESTS_AT_PROTEST)
        scores[intervention] = scores.get(intervention, 0) + reading.drop("Arrests")
    if ACCIDENT in on and cues.accident.search(low) and not cues.armed_actors.search(low):
        for sub in ACLED_TYPES["Explosions/Remote violence"] + ACLED_TYPES["Violence against civilians"]:
            reading.drop(sub)  # a gas tank that exploded, workers hurt: an accident
    if RELIEF in on and cues.accident.search(low) and cues.relief.search(low):
        reading.drop("Change to group/activity")  # soldiers sent to help after a flood: relief
    if RIOTERS_NOT_ARMED in on and "Armed clash" in scores and cues.riot.search(low):
        scores["Armed clash"] -= w.rioters_clash_penalty
    if ATTACK_NEEDS_VIOLENCE in on and "Attack" in scores and not cues.violence_done.search(low):
        reading.drop("Attack")  # victims named, no violence done to them
    return reading


@dataclass
class EventCandidate:
    """An event found in a sentence, before it becomes an Event: its trigger and what was read of it."""

    type: str
    trigger: tuple[int, int]
    sentence: Span
    acled: str | None = None
    token: Token | None = None
    agent: str | None = None
    target: str | None = None
    place: str | None = None
    time: str | None = None
    modality: str = "asserted"
    fatalities: int | None = None
    quantities: list[str] = field(default_factory=list)
    statement: str | None = None
    id: str = ""
    rules: dict[str, str] = field(default_factory=dict)  # field -> the rule that produced it

    def set(self, name: str, value, rule: str | None) -> None:
        """Set a field and the rule that produced it (none: the field's default)."""
        setattr(self, name, value)
        if rule is not None:
            self.rules[name] = rule
        else:
            self.rules.pop(name, None)


class EventFinder:
    """Finds the events of one article."""

    def __init__(self, doc: Doc, lang: str, triggers: Matcher, article_time: str | None = None,
                 weights: EventWeights = EVENT_WEIGHTS) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.lang = lang
        self.w = weights
        self.on = frozenset(rule for rule in EVENT_RULES if RULES.on(rule))
        self.article_time = article_time  # the id of the time "the article's date", when it has one
        self.cues = event_cues(lang)
        self.words = self.cues.words
        self.places: list[Place] = [p for p in doc._.veille_places or [] if p.lat is not None]
        self.entities = list(doc._.veille_entities or [])
        self.times = [t for t in doc._.veille_times or [] if t.span and t.value]
        self.quantities: list[Quantity] = list(doc._.veille_quantities or [])
        self.statements = list(doc._.veille_statements or [])
        self.sentences = doc_index(doc)[2]
        self.locatives = language_pack(lang).places.LOCATIVE_PREPOSITIONS
        self.cut_parenthesis = re.compile(rf"\s*\([^()\n]{{1,{weights.cut_parenthesis_max_chars}}}\)")
        # the trigger words of the doc, by token: (token index, PLOVER type, rule)
        self.trigger_words = self.matched_triggers(triggers)
        self.trigger_starts = [i for i, _, _ in self.trigger_words]
        # the countries whose regions the article names: where its events are, more likely than abroad
        self.home = {p.country for p in self.places if p.feature == "admin1" and p.country}
        # where the spans the events look up lie, so that a look-up reads only those near it
        none = (-1, -1)
        self.direct_quotes = SpanIndex([tuple(s.content.span) if s.kind == "direct" else none
                                        for s in self.statements])
        self.contents = SpanIndex([tuple(s.content.span) for s in self.statements])
        self.saying_cues = SpanIndex([tuple(s.cue.span) if s.cue else none for s in self.statements])
        self.entity_mentions = [(ent.id, s, e) for ent in self.entities for s, e in ent.mentions]
        self.entity_index = SpanIndex([(s, e) for _, s, e in self.entity_mentions])
        self.place_mentions = [(p, s, e) for p in self.places for s, e in p.mentions]
        self.place_starts = SpanIndex([(s, s) for _, s, _ in self.place_mentions])
        self.time_starts = SpanIndex([(t.span[0], t.span[0]) for t in self.times])
        self.quantity_starts = SpanIndex([(q.span[0], q.span[0]) for q in self.quantities])
        self.place_by_id: dict[str, Place] = {}
        for p in self.places:
            self.place_by_id.setdefault(p.id, p)
        self.mentioned_places = sorted((s, p.id) for p in self.places for s, _ in p.mentions)
        self.brackets = {c: [m.start() for m in re.finditer(re.escape(c), self.text)] for c in "()\n"} \
            if "(" in self.text else None

    # -- finding ---------------------------------------------------------------------------------------
    def matched_triggers(self, matcher: Matcher) -> list[tuple[int, str, str]]:
        """The doc's trigger words of the rules that are on: (token index, PLOVER type, rule), in order."""
        found = []
        for match_id, start, _end in matcher(self.doc):
            rule = RULES.name_of(match_id)
            if rule not in self.on:
                continue
            lemma = self.doc[start]._.get(LEMMA)
            plover_of = self.cues.plover_of_verb if rule == TRIGGER_VERB else self.words.EVENT_NOUNS
            found.append((start, plover_of[lemma], rule))
        return sorted(found)

    def triggers(self, sent: Span) -> list[tuple[Token, str, str]]:
        """The trigger words of a sentence: (token, PLOVER type, rule)."""
        first = bisect_left(self.trigger_starts, sent.start)
        last = bisect_left(self.trigger_starts, sent.end)
        return [(self.doc[i], plover, rule) for i, plover, rule in self.trigger_words[first:last]]

    def cue_trigger(self, sent: Span, sub: str, scores: dict[str, int]) -> tuple[int, int] | None:
        """Where the words that typed the sentence are, to serve as its trigger: the cues of ``sub``,
        else those of its kin and of the other types it scored (rioting with no demonstration is scored as
        mob violence)."""
        low = sent.text.lower().replace("’", "'")
        kin = [s for s in ACLED_TYPES[EVENT_TYPE_OF[sub]] if s != sub]
        for name in [sub] + kin + sorted(scores, key=lambda s: -scores[s]):
            for pattern, _ in self.cues.acled.get(name, []):
                m = pattern.search(low)
                if m:
                    return sent.start_char + m.start(), sent.start_char + m.end()
        return None

    def skipped(self, token: Token, plover: str) -> bool:
        """Whether a trigger word is no event: a title, words quoted or in scare quotes, the verb of saying
        itself, a reflexive verb of violence."""
        if self.in_quote_title(token) or self.quoted(token.idx) or self.scare_quoted(token):
            return True
        if self.is_saying_cue(token) and plover not in VERBAL:
            return True  # "a lancé" said something; "a accusé", "a appelé à" are events of words
        return REFLEXIVE in self.on and plover == "ASSAULT" and token.pos_ == "VERB" and any(
            c.dep_ in ("expl:comp", "expl:pv") or c.lower_ in self.words.REFLEXIVE_CLITICS
            and c.dep_.startswith("expl") for c in token.children)  # "s'attaquer à un problème": to tackle it

    def find(self) -> list[EventCandidate]:
        found: list[EventCandidate] = []
        for sent in self.sentences:
            if not sent.text.strip():
                continue
            reading = read_acled(sent.text, self.cues, self.on, self.w)
            scores = reading.scores
            sub = reading.best(self.w)
            by_type: dict[str, EventCandidate] = {}
            for token, plover, rule in self.triggers(sent):
                if plover in by_type or self.skipped(token, plover):
                    continue
                event = EventCandidate(plover, (token.idx, token.idx + len(token)), sent, token=token,
                                       rules={"type": rule})
                # each event takes the best ACLED type of its own kind ("déployés" and "offensive")
                own = reading.best(self.w, plover)
                event.set("acled", own, reading.rule_of[own] if own else None)
                by_type[plover] = event
            if PROTEST_OVER_CLASH in self.on and sub is not None and EVENT_TYPE_OF[sub] in ("Protests",
                                                                                           "Riots"):
                # "des affrontements entre la police et des manifestants": the protest, not a battle
                assault = by_type.get("ASSAULT")
                if assault is not None and scores.get(assault.acled or "", 0) < scores[sub]:
                    del by_type["ASSAULT"]
            if TRIGGER_CUE in self.on and sub is not None and PLOVER_OF[sub] not in by_type:
                event = self.cue_event(sent, sub, reading)
                if event is not None:
                    by_type[event.type] = event
            found.extend(sorted(by_type.values(), key=lambda f: f.trigger[0]))
        return found

    def cue_event(self, sent: Span, sub: str, reading: AcledReading) -> EventCandidate | None:
        """The event of a sentence's ACLED type that no trigger word names: its cue words are its trigger."""
        span = self.cue_trigger(sent, sub, reading.scores)
        if span is None:
            return None
        token = token_covering(self.doc, span[0])
        if token is not None and (self.quoted(span[0]) or self.scare_quoted(token)):
            return None
        return EventCandidate(PLOVER_OF[sub], span, sent, acled=sub, token=token,
                              rules={"type": TRIGGER_CUE, "acled": reading.rule_of[sub]})

    def quoted(self, char: int) -> bool:
        """Words inside a direct quotation are what someone said, not what happened."""
        return self.direct_quotes.covers(char)

    def scare_quoted(self, token: Token) -> bool:
        """ "continuer « le combat »": a word in quotation marks is a figure of speech."""
        if SCARE_QUOTES not in self.on:
            return False
        before = self.text[max(0, token.idx - self.w.scare_quote_window):token.idx]
        return bool(self.cues.scare_quote.search(before))

    def is_saying_cue(self, token: Token) -> bool:
        """The verb of saying itself ("a lancé", "a affirmé") is not an event."""
        return self.saying_cues.covers(token.idx)

    def in_quote_title(self, token: Token) -> bool:
        return token.is_title and token.i > sentence_of(token).start and token.pos_ == "PROPN"

    # -- roles, place, time, modality ------------------------------------------------------------------
    def entity_over(self, span: Span) -> str | None:
        """The first entity, in the article's order, with a mention over ``span``."""
        over = self.entity_index.overlapping(span.start_char, span.end_char)
        return self.entity_mentions[over[0]][0] if over else None

    def roles(self, f: EventCandidate) -> None:
        token = f.token
        if token is None:
            return
        for c in token.children:
            sub = self.doc[c.left_edge.i:c.right_edge.i + 1]
            if c.dep_ in ("nsubj", "agent", "obl:agent") and f.agent is None:
                f.agent = self.entity_over(sub)
            elif c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass", "iobj") and f.target is None:
                f.target = self.entity_over(sub)
            elif c.dep_ == "obl:mod" and c.lower_ in self.words.AGENT_PREPOSITIONS and f.agent is None:
                f.agent = self.entity_over(sub)
        if f.agent is None and token.pos_ == "NOUN":
            for c in token.children:
                if c.dep_ in ("nmod", "amod", "poss"):
                    f.agent = self.entity_over(self.doc[c.left_edge.i:c.right_edge.i + 1])
                    if f.agent:
                        break

    def place(self, f: EventCandidate, primary: bool) -> tuple[str | None, str | None]:
        """The event's place and the rule that chose it: the best of the trigger's own phrases, else of its
        sentence (for the primary event ACLED codes, the most precise place of the sentence outside the
        trigger's clauses), else of the lead, else the place last named."""
        on = self.on
        place, rule = None, None
        if f.token is not None and PLACE_OWN_PHRASE in on:
            place, rule = self.own_phrase_place(f.token, f.trigger[0]), PLACE_OWN_PHRASE
        if place is None and PLACE_SENTENCE in on:
            place, rule = self.sentences_place([f.sentence], f.trigger[0]), PLACE_SENTENCE
        if place is not None and primary and f.acled and PLACE_OUTSIDE_CLAUSES in on:
            whole = self.place_outside_clauses(f)
            if whole is not None and self.precision(whole) < self.precision(place):
                place, rule = whole, PLACE_OUTSIDE_CLAUSES
        if place is None and primary and PLACE_LEAD in on:
            lead = self.sentences[:self.w.lead_place_sentences]
            place, rule = self.sentences_place(lead, f.trigger[0]), PLACE_LEAD
        if place is None and PLACE_LAST_NAMED in on:
            place, rule = self.last_place(f), PLACE_LAST_NAMED
        return place, rule if place is not None else None

    def own_phrase_place(self, token: Token, trigger: int) -> str | None:
        """The best ranked place of the trigger's own phrases ("déployés en Irak"), not of the clauses
        hanging on it ("tandis que ... sur Mossoul")."""
        phrases = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in token.children
                   if c.dep_ not in CLAUSE_DEPS]
        if not phrases:
            return None
        return self.best_place(lambda s: any(a <= s < b for a, b in phrases), trigger,
                               (min(a for a, _ in phrases), max(b for _, b in phrases)))

    def sentences_place(self, sentences: list[Span], trigger: int) -> str | None:
        """The best ranked place of the sentences: the most precise, the nearest the trigger among equals."""
        if not sentences:
            return None
        ends = [self.sentence_end(x) for x in sentences]
        return self.best_place(lambda s: any(x.start_char <= s < end for x, end in zip(sentences, ends)),
                               trigger, (min(x.start_char for x in sentences), max(ends)))

    def sentence_end(self, sent: Span) -> int:
        """Where a sentence ends, with the parentheses the splitter cut off after it: "on Hays (coded
        to district level) (Al Hudaydah)." """
        m = self.cut_parenthesis.match(self.text[sent.end_char:sent.end_char + self.w.cut_parenthesis_window])
        return sent.end_char + m.end() if m else sent.end_char

    def best_place(self, inside: Callable[[int], bool], trigger: int, within: tuple[int, int]) -> str | None:
        """The id of the best ranked place (``place_key``) among the mentions that start ``inside``, which
        lies ``within`` these characters."""
        best = None
        for i in self.place_starts.starting_within(within[0], within[1] - 1):
            p, s, e = self.place_mentions[i]
            if inside(s):
                key = self.place_key(p, s, e, trigger)
                if best is None or key < best[0]:
                    best = (key, p.id)
        return best[1] if best else None

    def place_outside_clauses(self, f: EventCandidate) -> str | None:
        """The most precise place of the sentence, leaving out the clauses that hang on the trigger
        ("déployés en Irak tandis que ... une offensive sur Mossoul": Mossoul is the other clause's)."""
        hanging = f.token.children if f.token is not None else []
        clauses = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in hanging
                   if c.dep_ in CLAUSE_DEPS and c.dep_ not in ("punct", "cc")]
        end = self.sentence_end(f.sentence)
        return self.best_place(lambda s: f.sentence.start_char <= s < end and not any(
            a <= s < b for a, b in clauses), f.trigger[0], (f.sentence.start_char, end))

    def place_key(self, place: Place, start: int, end: int, trigger: int) -> tuple:
        """How a mention ranks as the event's place (the lowest first): the most precise, in a country
        whose regions the article names, followed by its containers ("in Dunedin (Otago)"), outside
        parentheses, not a modifier of another noun ("Satun residents", "the Orange Democratic
        Movement"), after a locative preposition ("in Bangkok"), the nearest to the trigger."""
        foreign = bool(self.home) and place.country not in self.home
        contained = bool(CONTAINERS_AFTER.match(self.text, end, end + self.w.containers_window))
        return (PRECISION.get(place.feature or "", self.w.unknown_precision), foreign, not contained,
                self.in_parentheses(start), self.is_modifier(start, end), not self.after_locative(start),
                abs(start - trigger))

    def is_modifier(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        return root.dep_ in ("compound", "amod", "poss", "nmod:poss") \
            and not (span.start <= root.head.i < span.end) and root.head.pos_ in ("NOUN", "PROPN") \
            and root.head.i > root.i

    def after_locative(self, start: int) -> bool:
        words = self.text[max(0, start - self.w.locative_window):start].split()
        return bool(words) and words[-1].lower() in self.locatives

    def in_parentheses(self, start: int) -> bool:
        """Whether a mention is inside parentheses, where a place's containers go ("X (Y, Z)")."""
        if self.brackets is None:
            return False  # no parenthesis in the text
        newlines, opening, closing = self.brackets["\n"], self.brackets["("], self.brackets[")"]
        line = bisect_left(newlines, start)
        line_start = newlines[line - 1] + 1 if line else 0

        def count(positions: list[int]) -> int:
            return bisect_left(positions, start) - bisect_left(positions, line_start)

        return count(opening) > count(closing)

    def precision(self, place_id: str) -> int:
        place = self.place_by_id.get(place_id)
        return PRECISION.get((place.feature if place else None) or "", self.w.unknown_precision)

    def last_place(self, f: EventCandidate) -> str | None:
        """No place in its sentence: the place the article last named, else the one it names most."""
        before = bisect_left(self.mentioned_places, (f.sentence.start_char,))
        if before:
            return self.mentioned_places[before - 1][1]
        counts = sorted(((len(p.mentions), -p.mentions[0][0], p.id) for p in self.places), reverse=True)
        return counts[0][2] if counts else None

    def time(self, f: EventCandidate, primary: bool) -> tuple[str | None, str | None]:
        """The event's time and the rule that chose it: its sentence's date, else (the primary event) the
        first sentence's, else the article's own date."""
        time = None
        if TIME_SENTENCE in self.on:
            time = self.time_of([f.sentence], f.trigger[0], f.token)
            if time is not None:
                return time, TIME_SENTENCE
        if primary and TIME_LEAD in self.on:
            time = self.time_of(self.sentences[:self.w.lead_time_sentences], f.trigger[0], f.token)
            if time is not None:
                return time, TIME_LEAD
        if TIME_ARTICLE in self.on and self.article_time is not None:
            return self.article_time, TIME_ARTICLE
        return None, None

    def time_of(self, sentences: list[Span], trigger: int, token: Token | None = None) -> str | None:
        """The sentence's date nearest the trigger (a day over a month over a vaguer one), leaving out
        dates that are not the event's: those of a relative clause ("the war, which began on 24
        February"), of a noun ("this year's budget"), bounds ("until 26 March"), and a time of day on the
        article's own day (the event is dated by the day)."""
        best = None
        published = self.doc._.veille_published
        if not sentences:
            return None
        for i in self.time_starts.starting_within(min(x.start_char for x in sentences),
                                                  max(x.end_char for x in sentences) - 1):
            t = self.times[i]
            s = t.span[0]
            if t.type not in ("DATE", "TIME") or t.value.endswith("_REF"):
                continue
            if not any(sent.start_char <= s < sent.end_char for sent in sentences):
                continue
            if t.type == "TIME" and (not t.value[:4].isdigit() or t.value[:10] == published):
                continue
            if self.is_bound(s, t.text) or (token is not None and not self.dates_the(token, t.span)):
                continue
            # a date over a time of day, a date the text gives whole over one read relative to another,
            # a day over a month, then the nearest
            key = (t.type != "DATE", t.anchor not in (None, "published"),
                   -min(len(t.value), 10), abs(s - trigger))
            if best is None or key < best[0]:
                best = (key, t.id)
        return best[1] if best else None

    def is_bound(self, start: int, text: str | None) -> bool:
        """Whether the date at ``start`` is a bound ("until 26 March", "depuis le 10"), not a day."""
        if TIME_BOUNDS not in self.on:
            return False
        before = (self.text[max(0, start - self.w.time_bound_window):start] + " ").lower()
        return bool(self.cues.time_bounds.search(before)
                    or self.cues.time_bounds_inside.match((text or "").lower()))

    def dates_the(self, trigger: Token, span: list[int]) -> bool:
        """Whether a time phrase can date the trigger's event: not inside a relative clause or a noun
        phrase that leaves the trigger out."""
        words = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        if words is None:
            return True
        head = words.root
        for t in head.ancestors:
            # the first word it hangs on, past prepositions: a noun other than the trigger ("the killings
            # of 2014", "this year's budget") has the date
            if t == trigger:
                return True
            if t.pos_ == "ADP":
                continue
            if t.pos_ in ("NOUN", "PROPN"):
                return False
            break
        for t in [head, *head.ancestors]:
            if t == trigger:
                return True
            if t.dep_ in ("relcl", "acl", "acl:relcl"):
                return trigger in t.subtree
        return True

    def modality(self, f: EventCandidate) -> tuple[str, str | None]:
        """How surely the event happened, and the rule that says so (none: asserted)."""
        token = f.token
        words, on = self.words, self.on
        if token is None:
            return "asserted", None
        chain = [token] + list(token.ancestors)[:self.w.modality_ancestors]
        verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), token)
        children = [c for t in chain[:self.w.modality_child_levels] for c in t.children]
        if NEGATED in on and (any(c.lower_ in words.NEGATIONS for c in children)
                              or any(t.lemma_.lower() in words.DENIALS for t in chain[1:])):
            return "negated", NEGATED
        if HYPOTHETICAL in on and any(c.lower_ in words.HYPOTHETICAL and c.dep_ == "mark" for c in children):
            return "hypothetical", HYPOTHETICAL
        if POSSIBLE in on and (any(t.lemma_.lower() in words.POSSIBILITY or t.lower_ in words.POSSIBILITY
                                   for t in [*chain, *children]) or "Cnd" in set(verb.morph.get("Mood"))):
            return "possible", POSSIBLE
        if PLANNED in on and (
                # "avant l'assaut": it has not happened yet
                token.pos_ == "NOUN" and any(c.lower_ in words.BEFORE for c in token.children)
                or any(t.lemma_.lower() in words.PLANNING for t in chain[1:])
                or "Fut" in verb.morph.get("Tense")
                or any(c.lemma_.lower() in words.FUTURE_AUXILIARIES or c.lower_ in words.FUTURE_AUXILIARIES
                       for c in verb.children if c.dep_.startswith("aux"))):
            return "planned", PLANNED
        return "asserted", None

    # -- fatalities -------------------------------------------------------------------------------------
    def fatalities(self, sentences: list[Span]) -> tuple[int, str | None]:
        """The dead of these sentences, counted the ACLED way: distinct figures summed, "dozens" is 12; and
        the rule of the first figure counted."""
        seen, total, rule = set(), 0, None
        near = self.quantity_starts.starting_within(
            min(x.start_char for x in sentences), max(x.end_char for x in sentences) - 1) if sentences else []
        for q in (self.quantities[i] for i in near):
            if KILLED_COUNT in self.on and q.counted is not None and q.counted.category == "killed":
                counted_by = KILLED_COUNT
            elif KILL_VERB_COUNT in self.on and self.counts_the_dead(q):
                counted_by = KILL_VERB_COUNT
            else:
                continue
            if not any(sent.start_char <= q.span[0] < sent.end_char for sent in sentences):
                continue
            if q.approx == "vague":
                n = q.low // self.w.vague_dead_divisor if q.low else 0
            else:
                n = q.value if q.value is not None else (q.low if q.low is not None else q.high)
            if n is None or n in seen:
                continue
            seen.add(n)
            total += int(n)
            rule = rule or counted_by
        if total == 0 and ONE_DEAD in self.on and any(self.one_dead(sent) for sent in sentences):
            return 1, ONE_DEAD
        return total, rule if total else None

    def counts_the_dead(self, q: Quantity) -> bool:
        """ "killing two", "tuant trois": a number governed by a verb of killing."""
        token = token_covering(self.doc, q.span[1] - 1)
        if token is None:
            return False
        head = token.head
        return head.lemma_.lower() in self.words.KILL_VERBS and token.dep_ in (
            "obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass", "nummod")

    def one_dead(self, sent: Span) -> bool:
        """ "killed a civilian", "a man was shot dead": one death with no number."""
        for t in sent:
            if t.lemma_.lower() not in self.words.KILL_VERBS:
                continue
            if any(c.lower_ in self.words.NEGATIONS for c in t.children):
                continue
            for c in t.children:
                if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") and \
                        self.cues.singular_victim.match(c.left_edge.lower_):
                    return True
        return False

    def headline(self) -> int:
        """Where the body starts: after a first paragraph of one sentence (the headline), else 0."""
        m = re.search(r"\n\s*\n", self.text[:self.w.headline_window])
        return m.end() if m and m.end() < len(self.text) else 0

    def merged(self, found: list[EventCandidate]) -> list[EventCandidate]:
        """An event named again ("l'offensive" after "une offensive sur Mossoul") is the same event."""
        out: list[EventCandidate] = []
        sentences_of: dict[tuple, set[tuple[int, int]]] = {}  # (type, ACLED type, lemma) -> where kept
        for f in found:
            key = (f.type, f.acled, f.token.lemma_.lower() if f.token is not None else "")
            where = sentences_of.get(key, set())
            if where - {(f.sentence.start, f.sentence.end)}:
                continue  # named in another sentence already
            out.append(f)
            if f.token is not None:
                sentences_of.setdefault(key, set()).add((f.sentence.start, f.sentence.end))
        return out

    def article_reading(self, lead: Span) -> tuple[str | None, int]:
        """The article's ACLED sub-event type and its weight: the lead weighs double, the whole text once,
        so that its context reads as one ("people demonstrated ... One person was arrested": the police
        intervened in a protest)."""
        reading = read_acled(lead.text, self.cues, self.on, self.w, self.w.lead_cue_weight)
        read_acled(self.text, self.cues, self.on, self.w, self.w.text_cue_weight, reading)
        sub = reading.best(self.w)
        return sub, reading.scores.get(sub, 0) if sub else 0

    def primary(self, found: list[EventCandidate], headline: int) -> EventCandidate:
        """The article's primary event: the lead's event that ACLED codes, else its first asserted one,
        typed on the article's reading (or given way to the ACLED event the article strongly reads as)."""
        body = [f for f in found if f.sentence.start_char >= headline] or found
        lead = [f for f in body if f.sentence == body[0].sentence]
        primary = next((f for f in lead if f.acled and f.modality == "asserted"), None) or next(
            (f for f in body if f.modality == "asserted"), body[0])
        lead_sentence = next((x for x in self.sentences if x.start_char >= headline and x.text.strip()),
                             self.sentences[0])
        lead_has_event = any(f.sentence == lead_sentence for f in found)
        if primary.acled is not None or not lead_has_event:
            if ARTICLE_READING not in self.on:
                return primary
            article_sub, _ = self.article_reading(primary.sentence if lead_has_event else lead_sentence)
            if article_sub is not None:
                if not lead_has_event:  # a lead with no trigger: the article's first event of that kind
                    primary = next((f for f in found if f.type == PLOVER_OF[article_sub]), primary)
                if PLOVER_OF[article_sub] == primary.type:
                    primary.set("acled", article_sub, ARTICLE_READING)
        elif STRONG_READING in self.on:
            # the lead's event is one ACLED does not code ("forces deploy on the highway"); when the lead
            # and the text read strongly as an ACLED event that the next sentence tells ("... seized
            # control of the town"), that event is what the article is about
            article_sub, weight = self.article_reading(lead_sentence)
            if article_sub is not None and weight >= self.w.strong_article_score:
                near = [x for x in self.sentences if x.start_char >= headline and x.text.strip()][
                    :self.w.strong_article_sentences]
                other = next((f for f in body if f.type == PLOVER_OF[article_sub] and f.sentence in near
                              and f.modality == "asserted"), None)
                if other is not None:
                    primary = other
                    primary.set("acled", article_sub, STRONG_READING)
        return primary

    # -- all --------------------------------------------------------------------------------------------
    def records(self) -> list[Event]:
        found = self.merged(self.find())
        if not found:
            return []
        headline = self.headline()
        # the headline announces what the body tells: its events of a kind the body has are the body's
        body_types = {(f.type, f.acled) for f in found if f.sentence.start_char >= headline}
        found = [f for f in found if f.sentence.start_char >= headline or (f.type, f.acled) not in body_types
                 and f.type not in {t for t, _ in body_types}]
        if not found:
            return []
        for f in found:
            f.set("modality", *self.modality(f))
        primary = self.primary(found, headline)
        out = []
        for i, f in enumerate(found):
            f.id = f"v{i + 1}"
            is_primary = f is primary
            self.roles(f)
            f.set("place", *self.place(f, is_primary))
            f.set("time", *self.time(f, is_primary))
            etype = EVENT_TYPE_OF.get(f.acled or "")
            if etype in VIOLENT or f.type == "ASSAULT":
                counted = self.sentences if is_primary and f.acled else [f.sentence]
                f.set("fatalities", *self.fatalities(counted))
            f.quantities = [self.quantities[i].id for i in self.quantity_starts.starting_within(
                f.sentence.start_char, f.sentence.end_char - 1)]
            saying = self.contents.overlapping(f.trigger[0], f.trigger[0] + 1)
            f.statement = self.statements[saying[0]].id if saying else None
            out.append(Event(
                id=f.id, type=f.type,
                acled=AcledType(event_type=etype, sub_event_type=f.acled) if f.acled else None,
                trigger=TextSpan(list(f.trigger), self.text[f.trigger[0]:f.trigger[1]]),
                agent=f.agent, target=f.target, place=f.place, time=f.time,
                modality=f.modality, fatalities=f.fatalities, quantities=f.quantities,
                statement=f.statement, sentence=[f.sentence.start_char, f.sentence.end_char],
                primary=is_primary, rules=dict(f.rules),
            ))
        return out


class EventRecognizer:
    """Pipeline component: ``doc._.veille_events``. An event that only its article dates points to the
    time ``article_time_id``, which the linking step (``links.py``) then adds."""

    def __init__(self, nlp: Language, name: str, weights: EventWeights = EVENT_WEIGHTS) -> None:
        self.lang = nlp.lang
        self.weights = weights
        self.triggers = trigger_matcher(nlp.vocab, language_pack(nlp.lang).events)

    def __call__(self, doc: Doc) -> Doc:
        finder = EventFinder(doc, self.lang, self.triggers, article_time_id(doc), self.weights)
        doc._.veille_events = finder.records()
        return doc


@Language.factory("veille_events", assigns=["doc._.veille_events"],
                  requires=["doc._.veille_entities", "doc._.veille_places", "doc._.veille_times",
                            "doc._.veille_quantities", "doc._.veille_statements", "token.pos", "token.lemma",
                            "token.dep", "token.morph"])
def make_event_recognizer(nlp: Language, name: str) -> EventRecognizer:
    return EventRecognizer(nlp, name)
