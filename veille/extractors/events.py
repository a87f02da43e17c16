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

import calendar
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, cached_property
from types import ModuleType

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..data import demonyms
from ..geo.gazetteer import shared_gazetteer
from ..geo.names import name_key
from ..nlp.lang import every_pack, language_pack
from ..nlp.lemma_matcher import LowerLemmaMatcher
from ..nlp.needed_strings import NeededStrings
from ..records import AcledType, Event, Place, Quantity, TextSpan, Time
from .actors import (
    DEFAULT_KINDS,
    STATE_KINDS,
    AcledActor,
    acled_actor,
    acled_named,
    actor_table,
    kind_of_words,
    operation_table,
    with_period,
)
from .docs import (
    SpanIndex,
    doc_index,
    doc_text,
    finite_verb,
    marked_by,
    sentence_of,
    span_text,
    token_covering,
    token_from,
    verb_group_start,
)
from .links import add_article_time, article_time_id
from .rules import RULES
from .statements import source_pattern
from .times import Published

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
# the dependents of a word of violence that name what it aims at, or who does it
ARGUMENT_DEPS = {"obj", "dobj", "obl", "obl:arg", "obl:mod", "nmod", "nsubj", "nsubj:pass", "iobj", "pobj",
                 "prep"}
# the sub-event types that the words of fighting alone give, figures of speech included ("le combat")
FIGURE_PRONE_SUBS = {"Armed clash", "Attack"}
# modalities of events that did not happen: ACLED codes none of them
# the types whose past participle with no auxiliary tells a lasting bond, not an event ("les forces alliées")
STATES = {"COOPERATE"}
UNASSERTED = {"negated", "hypothetical"}
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
    # how far up the parse from the dead a participle describes a word of honouring them may stand ("hommage
    # aux treize militaires de l'opération Barkhane tués": 2 steps; set by hand)
    commemorated_steps: int = 3
    # how far up the parse a word of the courts makes violence a criminal case ("accusé de viol": 2 steps
    # through the preposition's noun; set by hand)
    court_case_ancestors: int = 2
    # the ACLED sub-event types that one person's crime reads as, which a lone offender does not make (set by
    # hand from 69 rows of ordinary crime among the ACLED rows of 1,000 random articles)
    lone_offender_types: tuple[str, ...] = ("Attack", "Sexual violence", "Abduction/forced disappearance")
    # the sub-event types that are political without a group named: a riot's violence is the protest's
    political_without_group: tuple[str, ...] = ("Violent demonstration",)
    # the event types that an article naming no group tells only as crime, accident or figure: all but
    # protests ("son combat contre la maladie", "l'explosion des ventes", "pris d'assaut par les clients")
    crime_types: tuple[str, ...] = ("Violence against civilians", "Riots", "Strategic developments",
                                    "Battles", "Explosions/Remote violence")
    # ... and of those, the violence done to people, which the police or someone armed may suffer or do
    violence_on_people: tuple[str, ...] = ("Violence against civilians", "Riots")
    # taken off "Armed clash" when rioters, locals or demonstrators are named: they are not armed forces
    # (set by hand, ad331ad)
    rioters_clash_penalty: int = 4
    # in the article's reading, the lead's cues count this many times and the whole text's this many
    # (set by hand, ad331ad)
    lead_cue_weight: int = 2
    # how many sentences after the lead may tell the police's intervention in its protest (set by hand)
    intervention_sentences: int = 2
    text_cue_weight: int = 1
    # the weight of the article's reading that lets the ACLED event told next choose the primary event
    # over a lead event ACLED does not code (CASE 2021 sub 0.644 -> 0.674, ACLED sub 0.8123, 2db69b2)
    strong_article_score: int = 6
    # ... among the events of this many sentences from the lead on (same commit)
    strong_article_sentences: int = 2
    # the primary event's place, else date, is looked for in this many sentences from the first (those
    # with a verb, the lead's) when its own sentence gives none (set by hand, ad331ad)
    lead_place_sentences: int = 3
    lead_time_sentences: int = 1
    # ... else the first day of this many of the body's first sentences (set by hand on fr-more)
    body_lead_sentences: int = 2
    # ... else the first day of this many, within this many days before the article (set by hand on the
    # tuning sets, where a date months old in a third sentence told the background)
    body_recent_sentences: int = 6
    body_recent_days: int = 14
    # a region or department named as an event's place stands for a town the article names this near its
    # point (set by hand: a French department's reach)
    area_km: float = 100.0
    # a town this near its country's point (the capital's) is the capital, which may stand for the state
    # ("Pyongyang a menacé"; km, set by hand)
    capital_km: float = 10.0
    # a night is dated by its second day when the text names that day this many characters after it
    # ("dans la nuit du lundi 4 au mardi 5": the 5th) (set by hand, the annotation convention)
    night_end_window: int = 40
    # "cinq jours après l'attaque": at most this many characters from "après" to the event's word ("la
    # mort de") (set by hand)
    after_trigger_window: int = 12
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
    # a vague count of the dead counts as its least value over this: ACLED's codebook codes "dozens" 12 and
    # "hundreds" 100, the base of the plural, which the quantities read as two of it (set by hand, ad331ad)
    vague_dead_divisor: int = 2
    # the primary event's dead, when none of its mentions counts them, are looked for in this many sentences
    # from the headline on (conflict bench: tolls of wars and epidemics told further down; set by hand)
    dead_lead_sentences: int = 6
    # a toll in another sentence whose date is this many days or more from the event's is another happening's
    # (set by hand)
    dead_date_gap_days: int = 31
    # a toll whose clause spans more days than this (a lapse, "en plus de quatre ans", or a range of dates,
    # "d'octobre à fin mai") is many events' (ACLED codes a day's; set by hand on the conflict bench)
    toll_lapse_days: int = 7
    # characters after a toll in which a year makes it many events' ("4.000 morts au Mali l'an dernier"; set
    # by hand)
    year_toll_window: int = 60
    # characters before a day in which the days listed with it are read ("les 4, 5 et 6 juin"; set by hand)
    days_list_window: int = 24
    # a date that ends more than this many days before the article is of another time: a retrospective's,
    # which dates no news and which the rules that date from context look no further back than (a year:
    # anniversaries and retrospectives; set by hand)
    background_days: int = 365
    # a headline's deed before its colon dated this many days before the article is the setting of the news
    # after the colon, not the news (set by hand: the day before is still the news, "Attaque de Londres :
    # Macron apporte son soutien" the next morning)
    follow_up_days: int = 2
    # a lapse after a happening that makes it the setting of other news ("deux mois après l'explosion"): a
    # month, so that "cinq jours après l'attaque" still tells the attack (a bare "après" made CASE 2021's
    # English reports, "after gunmen stormed ...", lose their news)
    setting_lapse_days: int = 30
    # an event whose own date ends more than this many days before the article is past news told again:
    # background, not counted ("après l'explosion du 4 août" in October; two months, so that "en janvier"
    # in March stays news: fr-more2 gains with 30 and 60 alike, fr-events is unchanged with either)
    stale_days: int = 60
    # characters before and after a toll searched for the words that make it cumulative ("depuis 2011",
    # "au total"; set by hand)
    toll_window_before: int = 30
    toll_window_after: int = 40
    # characters before a time of a toll's verb searched for those words ("depuis le début de l'année" begins
    # its time; "au cours de ces dernières années"; set by hand)
    toll_time_cue_chars: int = 12
    # tokens after a figure searched for the word of death it counts ("40 soldats chinois avaient été tués";
    # set by hand)
    casualty_reach_tokens: int = 6
    # the precision rank of a place of unknown feature: a region's (set by hand, ad331ad)
    unknown_precision: int = 3
    # the PLOVER types whose deeds only actors do: with no actor as agent, no event (set by hand on fr-more)
    actor_types: frozenset[str] = frozenset({"RETREAT"})
    # the PLOVER types (beside words) whose past participle restricting a noun names it, not an event (set
    # by hand on fr-more)
    described_types: frozenset[str] = frozenset({"AID", "RETREAT"})
    # characters before a place in which words name it as an origin ("originaire de"; set by hand)
    origin_window: int = 32
    # ... or as a landmark the news is measured from ("à 60 km au sud-est de la capitale"; set by hand on
    # the Kouré attack's reports)
    landmark_window: int = 80
    # mentions of one happening merge when their sentences are at most this far apart, unless the later
    # one is an anaphoric noun or the same word ("l'attaque" after "a tué"; set by hand on fr-events tune)
    merge_sentences: int = 1
    # ... and their places, both towns or districts, at most this far apart (km; set by hand)
    merge_km: int = 50
    # ... or farther when both sentences count the same number, at least this one (a count of people, not
    # "deux policiers"; set by hand on fr-events tune)
    merge_count_min: int = 10
    # acts of violence counted at least this many times in one phrase are a statistic ("1.230 agressions",
    # "51 attentats"), not one happening (set by hand)
    tally_min_acts: int = 20
    # the body's sentences in which an accident told makes the article an accident's (set by hand on
    # fr-events tune)
    accident_lead_sentences: int = 3
    # characters either side of a word of violence in which an idiom is read ("heart attack"; set by hand)
    idiom_window: int = 40
    # the sentences before a noun of blocking in which a protest is looked for
    protest_sentences: int = 3
    # an accident is the primary event unless an event of a type is told in this many of the body's first
    # paragraphs (set by hand on fr-events tune)
    setting_paragraphs: int = 2
    # ... or, where the text has fewer paragraph breaks, in this many sentences after its last one (set by
    # hand on fr-more)
    setting_sentences: int = 3


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
LIGHT_TRIGGER = RULES.define(
    "events.light_trigger", "a light verb is an event only with its complement ('rendre hommage')")
FIGURATIVE = RULES.define(
    "events.figurative", "violence aimed at an abstract thing, or in an idiom, is a figure ('coup d'arrêt')")
PEOPLE_CUE = RULES.define(
    "events.people_cue", "a cue word that names people ('manifestants') does not make an event alone")
UNASSERTED_NOT_CODED = RULES.define(
    "events.unasserted_not_coded", "a denied or hypothetical event takes no ACLED type")
ANIMAL_TARGET = RULES.define("events.animal_target", "violence done to an animal takes no ACLED type")
HEADLINE_PRIMARY = RULES.define(
    "events.headline_primary", "the happening the headline names (told in the body too) is the primary event")
SAME_HAPPENING = RULES.define(
    "events.same_happening", "mentions of one happening (type, modality, place, date) merge into one event")
ANAPHOR_OWN_TIME = RULES.define(
    "events.anaphor_own_time", "an anaphoric noun's date, to tell its happening from another, is its own "
    "phrase's ('l'attaque du 9 août'), not its sentence's")
ANAPHOR_NAMES = RULES.define(
    "events.anaphor_names", "an anaphoric noun ('l'attaque') tells the happening told before by the same "
    "noun in the same number, over the last one it may tell")
PROTEST_OVER_CLASH = RULES.define(
    "events.protest_over_clash", "clashes of a sentence that reads as a protest or riot are that protest")
# acled: the cues and what reads them otherwise
SENTENCE_CUES = RULES.define("events.acled_cues", "each ACLED sub-event type's weighted cue patterns")
DOMAIN_INFLECTED = RULES.define(
    "events.domain_inflected", "an adjective of a peaceful domain is known in the plural and the feminine "
    "too, whatever lemma the tagger gives ('des rassemblements privés', read as of 'priver')")
CUE_OPENS_WORD = RULES.define(
    "events.cue_opens_word", "an ACLED cue's match opens a word: 'blocage' is no blockade in 'déblocage de "
    "fonds', nor 'bloqu' in 'débloqué'")
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
PLACE_NOT_ORIGIN = RULES.define(
    "events.place_not_origin", "a place named as one's origin ('originaire de Tunisie'), a name read as a "
    "date ('à Noël'): not the event's place")
PLACE_LAST_NAMED = RULES.define(
    "events.place_last_named", "the place the article last named before the event, else the one named most")
# time
TIME_SENTENCE = RULES.define("events.time_sentence", "the date of the event's sentence nearest its trigger")
TIME_LEAD = RULES.define("events.time_lead", "the primary event: the date of the first sentence")
TIME_ARTICLE = RULES.define("events.time_article", "an event the text does not date: the article's date")
TIME_BOUNDS = RULES.define(
    "events.time_bounds", "a date that is a bound ('until 26 March', 'depuis le 10') is not the event's")
EVENT_RULES = (TRIGGER_VERB, TRIGGER_NOUN, TRIGGER_CUE, REFLEXIVE, SCARE_QUOTES, LIGHT_TRIGGER, FIGURATIVE,
               PEOPLE_CUE, UNASSERTED_NOT_CODED, ANIMAL_TARGET, SAME_HAPPENING, HEADLINE_PRIMARY,
               PROTEST_OVER_CLASH,
               SENTENCE_CUES, FORCE_NEEDS_PROTEST, RIOT_WITHOUT_PROTEST, ARRESTS_AT_PROTEST, ACCIDENT, RELIEF,
               RIOTERS_NOT_ARMED, ATTACK_NEEDS_VIOLENCE, ARTICLE_READING, STRONG_READING, NEGATED,
               HYPOTHETICAL, POSSIBLE, PLANNED, KILLED_COUNT, KILL_VERB_COUNT, ONE_DEAD, PLACE_OWN_PHRASE,
               PLACE_SENTENCE, PLACE_OUTSIDE_CLAUSES, PLACE_LEAD, PLACE_LAST_NAMED, TIME_SENTENCE, TIME_LEAD,
               TIME_ARTICLE, TIME_BOUNDS)
EVENT_RULES += (ANAPHOR_NAMES, ANAPHOR_OWN_TIME)


def event_rule(name: str, doc: str) -> str:
    """``RULES.define`` for a rule of this stage: also one of the ``EVENT_RULES`` an analysis reads the
    switches of."""
    global EVENT_RULES
    EVENT_RULES += (RULES.define(name, doc),)
    return name


# the event's date and deaths, read the ACLED way
TIME_CONTEXT = RULES.define(
    "events.time_context", "no date in its sentence: the date of another mention of the same happening")
CUT_SENTENCE = event_rule(
    "events.cut_sentence", "a sentence the parse cut where no punctuation ends it ('L'attaque survenue' | "
    "'vendredi a coûté la vie ...') is read whole for the event's date")
DEICTIC_DAY = RULES.define(
    "events.deictic_day", "a weekday read against the article ('samedi') dates its clause's event, whatever "
    "noun the parse hangs it on")
SAYING_DATE = RULES.define(
    "events.saying_date", "a date on the verb that reports the event ('a annoncé vendredi') is the report's, "
    "taken last")
BACKGROUND = RULES.define(
    "events.background", "an event dated well before its article (two months) is background, not news")
CUMULATIVE_TOLL = RULES.define(
    "events.cumulative_toll", "a toll since a date ('100 000 morts depuis 2011') is not this event's")
OWN_DEAD_FIRST = RULES.define(
    "events.own_dead_first", "the dead of the event's own sentence, else of the first sentence that counts "
    "them: figures of different sentences are never summed")
VICTIM_COUNT = RULES.define(
    "events.victim_count", "a number of the victims of a verb of killing ('deux personnes ont été tuées')")
SINGLE_VICTIM = RULES.define(
    "events.single_victim", "one death of a single victim ('Arnaud Beltrame, tué', 'a tué son compagnon')")
TOLL_FIRST = RULES.define(
    "events.toll_first", "a figure of the dead as such ('7 fatalities', '8 morts') over counts of victims")
EVENT_RULES += (TIME_CONTEXT, DEICTIC_DAY, SAYING_DATE, BACKGROUND, CUMULATIVE_TOLL, OWN_DEAD_FIRST,
                VICTIM_COUNT, SINGLE_VICTIM, TOLL_FIRST)
# where an event's date came from, by the rule that chose it
TIME_SOURCE = {TIME_SENTENCE: "text", TIME_CONTEXT: "context", TIME_LEAD: "context",
               TIME_ARTICLE: "published"}
# places and actors, ACLED's way
ROLES_FROM_PARSE = RULES.define(
    "events.roles_from_parse", "agent and target: the actors the trigger's subject, object, 'par' and "
    "'contre' phrases name, never a place or a common noun")
ACLED_ACTORS = RULES.define(
    "events.acled_actors", "actor1/actor2 named ACLED's way from the agent and target, the actor table, the "
    "kind a noun names ('des hommes armés'), the sub-event type's usual actors")
PLACE_WITHIN_COUNTRY = RULES.define(
    "events.place_within_country", "the primary event placed in a country its own phrase does not name: the "
    "first town or region of that country the article names")
PLACE_NOT_SAID = RULES.define(
    "events.place_not_said", "an act of words is not placed by the places of what is said ('\"méfions-"
    "nous des voisins du nord\", a plaidé le ministre')")
TIME_ANNIVERSARY = RULES.define(
    "events.time_anniversary", "the main deed of violence that nothing else dates, in an article whose "
    "headline opens on a lapse of years ('40 ans après, un survivant raconte'): the text's first date of "
    "that year, else that lapse before the article")
TIME_SOURCE[TIME_ANNIVERSARY] = "context"
PLACE_STATE_ARGUMENT = RULES.define(
    "events.place_state_argument", "a country that the event's own noun acts on as a verb's object ('le "
    "massacre avait choqué la France') places it only when no other place of the sentence does")
PLACE_SAME_DAY = RULES.define(
    "events.place_same_day", "the primary deed of violence placed in a country by its own phrase ('une "
    "attaque au Niger'): the town of that country where another sentence tells violence on its day")
OWN_SUBJECT_CLAUSE = RULES.define(
    "events.own_subject_clause", "an event noun that is the subject of its clause ('une autre attaque avait "
    "fait 20 morts en janvier') is dated by that clause, even when told as done before")
TOLL_BEFORE_DEED = RULES.define(
    "events.toll_before_deed", "the dead or wounded told with no agent before the deed of violence of the "
    "same or the next sentence ('Des dizaines de blessés ont été évacués. Mardi, des jihadistes ont "
    "attaqué') are that deed's toll, not an attack of their own")
ROLES_NOT_OF_TIME = RULES.define(
    "events.roles_not_of_time", "an event noun that only dates the verb it hangs on ('le gouvernement a "
    "relevé le plan après la fusillade') does not take that verb's subject for its agent")
EVENT_RULES += (PLACE_NOT_ORIGIN, ROLES_FROM_PARSE, ACLED_ACTORS, PLACE_WITHIN_COUNTRY, ROLES_NOT_OF_TIME,
                TOLL_BEFORE_DEED, OWN_SUBJECT_CLAUSE, PLACE_SAME_DAY, PLACE_NOT_SAID, PLACE_STATE_ARGUMENT,
                TIME_ANNIVERSARY)
TIME_DAY = RULES.define(
    "events.time_day", "an event dated by a part of a day ('vendredi soir') is dated by that day: a time no "
    "words give, anchored on the part of the day")
TIME_THEN = RULES.define(
    "events.time_then", "a sentence that says 'alors', 'ce jour-là' ('then', 'that day') and gives no date: "
    "the date of the sentence before it, in its paragraph")
TIME_AFTER = RULES.define(
    "events.time_after", "'cinq jours après l'attaque' ('two days after the attack'): the event is dated "
    "that lapse before the article")
TIME_AFTER_MENTION = RULES.define(
    "events.time_after_mention", "a lapse before another mention of the same happening ('Trois jours après "
    "l'attaque, ...') dates the event as its own would")
NIGHT_START = RULES.define(
    "events.night_start", "a night between two weekdays said bare ('dans la nuit de jeudi à vendredi') "
    "dates its event by the day it began; a night whose end the text dates in full ('du lundi 4 au mardi 5 "
    "juillet') by that day")
EVENT_RULES += (TIME_DAY, TIME_THEN, TIME_AFTER, TIME_AFTER_MENTION, NIGHT_START)
LISTED_PLACES = event_rule(
    "events.listed_places", "a protest told in a list of towns ('ont manifesté à Paris, Lyon et Marseille') "
    "is one protest in each town: each happened where it did, as ACLED codes them")
INTERVENTION_IN_PROTEST = event_rule(
    "events.intervention_in_protest", "in a report with no headline (a note), a protest read in the lead "
    "and, in the sentences just after it, the demonstrators' violence (a violent demonstration) or else the "
    "police's intervention (arrests, tear gas, dispersal: a protest with intervention), as ACLED codes the "
    "whole report ('people demonstrated in Gladenbach ... One person was arrested')")
ARMED_TARGET = event_rule(
    "events.armed_target", "an attack whose target is armed (soldiers, police, fighters, a force or an armed "
    "group: 'deux policiers tués par des hommes armés', 'IS militants attacked the Peshmerga') is a battle, "
    "an armed clash, as ACLED codes it: its violence against civilians is for unarmed victims")
OFF_DUTY_VICTIM = event_rule(
    "events.off_duty_victim", "violence read both as a clash and as an attack, on police or soldiers off "
    "their post ('an off-duty policeman was shot dead', 'un ancien militaire tué'): an attack on a civilian")
ARMED_GROUP_DETAINS = event_rule(
    "events.armed_group_detains", "an arrest whose actor1 is a rebel group or a militia ('Levant Front "
    "fighters detained a civilian'): an abduction, as ACLED codes what no state does")
LISTED_NEAR = event_rule(
    "events.listed_near", "a list of towns in another sentence of an article of protest that tells a "
    "protest too ('Des blocages ont été signalés ... à Grasse, au Muret ou encore Nantes'): one protest in "
    "each town")
PLACE_BY_MENTION = event_rule(
    "events.place_by_mention", "an event placed in a country takes the town of that country where another "
    "mention of the same happening says it happened ('tués dimanche au Niger' ... 'tués ... dans la "
    "réserve de Kouré')")
PLACE_NOT_ACTOR = event_rule(
    "events.place_not_actor", "a state or its capital that a verb's subject or object names ('La Russie a "
    "démenti', 'accuse l'Iran de mentir') acts or is acted on: not where the event happened, unless the "
    "article names no other place for it")
PLACE_OTHER_MENTION = RULES.define(
    "events.place_other_mention", "no place in the event's own phrase or sentence: the place the own phrase "
    "of another mention of the same happening gives ('tué ... à Bagdad'), the nearest first")
PLACE_OTHER_CLAUSE = RULES.define(
    "events.place_other_clause", "a place in a relative clause of another noun of the sentence is that "
    "clause's ('l'ONG, qui porte plainte à Paris'), not the event's")
EVENT_RULES += (PLACE_OTHER_MENTION, PLACE_OTHER_CLAUSE)
TRIGGER_IN_ACTOR_NAME = event_rule(
    "events.trigger_in_actor_name", "a word of an actor's name the actor table knows ('le Rassemblement "
    "national', 'the Popular Mobilization Forces') names that actor, no event")
PLACE_IN_NAME = event_rule(
    "events.place_in_name", "a place that opens an organisation's name or follows a capitalised word of it "
    "('France Info', 'Europe 1', 'Air France') is not where an event happened; one after a small word "
    "('la préfecture de Paris', 'l'Etat islamique en Irak') still is, and so is the seat that opens a name "
    "in English ('Kabul Police')")
PLACE_LANDMARK = event_rule(
    "events.place_landmark", "a place the news is measured from ('à 60 km de la capitale Niamey', '20 km "
    "north of Kabul') ranks after one as precise that is not")
PLACE_NAMES_NO_CUE = event_rule(
    "events.place_names_no_cue", "a place's name is no cue word: 'l'Alhambra de Grenade' names no grenade, "
    "'Mines' no mine")
TIME_SOURCE[TIME_AFTER] = "text"
TIME_SOURCE[TIME_THEN] = "context"
WEAPONS_NOT_ACCIDENT = RULES.define(
    "events.weapons_not_accident", "a lead that names bombs, explosives or grenades tells no accident where "
    "only a word such as 'incident' says one ('Quatre bombes en bord de route ont explosé ... L'incident "
    "n'a pas été revendiqué'), unlike a cause ('une fuite de gaz')")
UNTYPED_HAPPENING = RULES.define(
    "events.untyped_happening", "an accident the lead tells ('une explosion', 'tué dans un accident') is an "
    "event of no PLOVER or ACLED type, so that the article's main happening has its place and date")
ARRESTS_AFTER_RIOT = RULES.define(
    "events.arrests_after_riot", "arrests are not the primary event of an article that tells the riot they "
    "end: the riot is")
LEAD_HAPPENING = RULES.define(
    "events.lead_happening", "an article that tells no event: its lead's main verb is its main happening, an "
    "event of no PLOVER or ACLED type, so that what the article reports has its place and date")
EVENT_RULES += (WEAPONS_NOT_ACCIDENT, UNTYPED_HAPPENING, ARRESTS_AFTER_RIOT, LEAD_HAPPENING)
FIGURE_OF_WORDS = RULES.define(
    "events.figure_of_words", "a verb of fighting or arresting waged with words or in court, one of "
    "arresting that stops an action, or one of fighting between named people with no one armed or hurt "
    "('attaqué en justice', 'a interpellé le ministre dans un courrier', 'arrêter la distribution', 'Valls "
    "attaque Paris Match', 'ses attaques contre Berlin'): no event")
ACTOR_NEEDED = RULES.define(
    "events.actor_needed", "a withdrawal is an actor's: a named person, body or state, or armed men ('les "
    "troupes se sont retirées'), not anyone leaving a room ('les rescapés quittent la salle')")
ACTOR_MET = RULES.define(
    "events.actor_met", "a light verb of meeting ('recevoir', 'rencontrer', 'réunir') names an event when "
    "its complement's own head is a person or a body ('a reçu Angela Merkel'), not a name inside it ('a "
    "reçu des messages de la Maison Blanche') nor a place ('réunit 10.000 manifestants à Bangkok')")
DESCRIBED_BY_DEED = RULES.define(
    "events.described_by_deed", "a past participle of help or withdrawal that restricts the noun before it "
    "('un groupement formé en vue de', 'les enfants évacués du camp') names the noun, it tells no event")
RESULT_GERUND = RULES.define(
    "events.result_gerund", "a verb of killing or wounding in the present participle with no subject of its "
    "own ('..., tuant deux personnes') tells the toll of a deed: the happening told before, however far")
RULE_IN_FORCE = RULES.define(
    "events.rule_in_force", "a verb with an expletive subject in the present ('il est interdit de faire "
    "voler les drones la nuit') states a rule in force, not a deed")
DEGREE_ADJECTIVE = RULES.define(
    "events.degree_adjective", "a participle that an adverb of degree grades ('les plus demandés', "
    "'particulièrement exigeant') is an adjective, a quality, not a deed")
EVENT_RULES += (FIGURE_OF_WORDS, ACTOR_NEEDED, ACTOR_MET, DESCRIBED_BY_DEED, RESULT_GERUND, RULE_IN_FORCE,
                DEGREE_ADJECTIVE)
LIVES_TAKEN = RULES.define(
    "events.lives_taken", "a number of those whose lives a verb took ('a coûté la vie à quatre "
    "fonctionnaires', 'claimed the lives of four')")
WAR_TOLL = RULES.define(
    "events.war_toll", "the toll of a war, a conflict, an epidemic ('un conflit qui a fait huit millions de "
    "victimes', 'the dead of the Second World War') is no one event's")
EVENT_RULES += (LIVES_TAKEN, WAR_TOLL)
NATURAL_CAUSE = RULES.define(
    "events.natural_cause", "a disease, an epidemic or a natural cause that kills or hits ('le virus a tué', "
    "'frappé par la pandémie'), or a country hit where the lead tells an epidemic, is no event of violence")
DISEASE_BEFORE_VERB = event_rule(
    "events.disease_before_verb", "a disease's name right before a verb of killing or hitting and its "
    "auxiliary ('Covid-19 a tué 4.503 personnes'), where the parse missed the subject: a natural cause")
FIGURE_OF_RISE = RULES.define(
    "events.figure_of_rise", "a price, a number, sales or demand that 'explode' rise: no explosion ('le prix "
    "a explosé', 'sales exploded')")
EVENT_RULES += (NATURAL_CAUSE, FIGURE_OF_RISE)
ANIMAL_AGENT = event_rule(
    "events.animal_agent", "violence, looting or a fight that animals do ('des singes ont dévalisé un "
    "soignant', 'une attaque de requin', 'a shark attack') is no event of people")
FIGURE_OF_MEASURE = event_rule(
    "events.figure_of_measure", "a verb of violence whose object is a measure, a time or a record ('abattre "
    "le 0 à 100 km/h en 4,9 s', 'pulvériser le record') is a figure of speed or of sport, no violence")
CARRIED_WEAPON = event_rule(
    "events.carried_weapon", "a weapon that someone carries, holds or hides ('transportaient des mortiers', "
    "'carrying knives') is no attack with it")
REPORT_DATE_LAST = RULES.define(
    "events.report_date_last", "an event its sentence dates only by its report ('a annoncé vendredi'): the "
    "date of another mention, or of the same word in the next sentence, if no later than the report")
NO_LATER_CONTEXT = RULES.define(
    "events.no_later_context", "an asserted event is not dated from its context after the article's date")
EVENT_RULES += (REPORT_DATE_LAST, NO_LATER_CONTEXT)
TIME_SOURCE[REPORT_DATE_LAST] = "context"
DEAD_LEAD = RULES.define(
    "events.dead_lead", "the primary event's dead, when no mention of it counts them, are counted in the "
    "article's first sentences, not in a toll told further down")
DEAD_PARTS = RULES.define(
    "events.dead_parts", "the parts of a toll are not added to it ('huit morts, dont six Français', 'eight "
    "people, six French and two Nigeriens')")
KILL_NOUN = RULES.define(
    "events.kill_noun", "the number a noun of killing counts ('l'assassinat de huit personnes', 'the deaths "
    "of two')")
NO_KILL = RULES.define(
    "events.no_kill", "a killing aimed at ('destinée à tuer', 'meant to kill') or told with wounding ('tués "
    "ou blessés') counts no dead")
YEAR_TOLL = RULES.define("events.year_toll", "a toll over a year ('4.000 morts en 2019') is many events'")
DEAD_DATED_APART = RULES.define(
    "events.dead_dated_apart", "a toll in another sentence dated well apart from the event is another "
    "happening's")
DEAD_OF_ANOTHER = RULES.define(
    "events.dead_of_another", "a toll told with another violent happening placed apart ('l'explosion de "
    "Rouen, qui avait fait neuf morts') is that happening's")
NATIONALS_PART = RULES.define(
    "events.nationals_part", "a toll of one nationality ('la mort de six humanitaires français') is a part: "
    "a larger toll of the same happening in another of its sentences is the event's")
EVENT_RULES += (DEAD_LEAD, DEAD_PARTS, KILL_NOUN, NO_KILL, YEAR_TOLL, DEAD_DATED_APART, DEAD_OF_ANOTHER,
                NATIONALS_PART)
PAST_CONTEXT = event_rule(
    "events.past_context", "an event its text does not date, told after a date of its paragraph more than a "
    "year old (a retrospective's narrative present), is dated there: background")
ASKED_OR_AIMED = RULES.define(
    "events.asked_or_aimed", "a deed asked for ('a appelé le gouvernement à interdire', 'réclamer des "
    "renforts', 'urged them to ban'), stopped ('cesser d'attaquer'), aimed at by another event ('rassemblés "
    "pour lui rendre hommage') or violence only aimed at ('des primes pour tuer') is no event of its own")
VIOLENT_ARREST = RULES.define(
    "events.violent_arrest", "an arrest made violently ('interpellé violemment', 'brutally arrested') is an "
    "assault")
HABITUAL = RULES.define(
    "events.habitual", "an event told as a habit ('le rassemblement suscite chaque année', 'every year') "
    "is no one happening")
TALLIED = RULES.define(
    "events.tallied", "violence in the plural qualified by a trend ('des agressions en hausse'), or its acts "
    "or victims counted by the score in a sentence naming a year only ('1.230 agressions en 2017', '90 "
    "femmes tuées en 2018') is a statistic, no one happening")
EVENT_RULES += (ASKED_OR_AIMED, VIOLENT_ARREST, HABITUAL, TALLIED)
ARRESTS_OF_CRIME = RULES.define(
    "events.arrests_of_crime", "arrests told after a main act of violence or accident ACLED does not code (a "
    "crime), in an article that codes nothing else, are the police's follow-up: no ACLED type")
DENIED_HEADLINE = RULES.define(
    "events.denied_headline", "a happening whose word the headline negates, in its own words or a quote "
    "('Aucun policier n'a attaqué'), is the denial the article reports: no ACLED type")
COURT_CASE = RULES.define(
    "events.court_case", "violence against someone, or rioting, told as the object of an accusation, an "
    "inquiry, a sentence or a case ('accusé de viol', 'reconnu coupable d'incendie criminel', 'convicted of "
    "murder') is a criminal case, with no armed actor named: no ACLED type")
HEADLINE_READING = RULES.define(
    "events.headline_reading", "the headline's violence that no cue of its own types takes the article's "
    "reading when that reads as violence ('deux policiers agressés' in a mob's violence)")
EVENT_RULES += (ARRESTS_OF_CRIME, HEADLINE_READING, DENIED_HEADLINE, COURT_CASE)
TIME_PARAGRAPH = RULES.define(
    "events.time_paragraph", "the primary event that no words of its own date: the last date told before it "
    "in its paragraph, if no later than the article nor a year older")
TIME_TO_COME = RULES.define(
    "events.time_to_come", "an event to come ('vont rendre hommage', 'will march') takes no date before its "
    "article; with none of its own, the first date to come in the sentence after it")
EVENT_RULES += (TIME_PARAGRAPH, TIME_TO_COME)
TOLL_RAISED = event_rule(
    "events.toll_raised", "a toll the text raises to a figure ('porte à six le nombre des morts', "
    "'bringing the number of dead to seven') is the event's, its latest such figure over every other")
SEVERAL_DEEDS_TOLL = event_rule(
    "events.several_deeds_toll", "a toll told over a count of happenings ('tués dans deux attaques', "
    "'killed in three attacks') is theirs together, not one event's")
FEARED_DEATH = event_rule(
    "events.feared_death", "a death feared ('de peur d'être tués', 'for fear of being killed') counts no "
    "dead")
FEARED_EVENT = event_rule(
    "events.feared_event", "a deed feared ('de peur d'être arrêtés', 'for fear of being killed') is "
    "hypothetical")
DEAD_NO_DEEDS = event_rule(
    "events.dead_no_deeds", "people counted among the dead ('trois assaillants ... tués') are no count of "
    "happenings that would make the toll several events'")
RELATIVE_COMPLEMENT = event_rule(
    "events.relative_complement", "a light verb's complement may be the noun its relative pronoun stands "
    "for ('la présence de soldats que Paris veut réduire')")
MERGED_PLACE = event_rule(
    "events.merged_place", "an event placed by one of its mentions keeps that place when others would join "
    "it: a mention at another town far from it ('émeutes à Newark' ... 'pillages à Detroit') is another "
    "happening")
JOINED_DEAD = event_rule(
    "events.joined_dead", "one person joined to a figure of the dead ('un soldat ainsi que dix assaillants "
    "ont péri') is one more dead")
REPORT_DAY_ELSEWHERE = event_rule(
    "events.report_day_elsewhere", "a date on a verb of report in a sentence other than the event's ('est "
    "survenu dimanche soir, a annoncé lundi la télévision') is the report's, taken last")
SOURCE_PHRASE_DATE = event_rule(
    "events.source_phrase_date", "a date in a source phrase ('selon l'édition du 24 décembre du Journal du "
    "Dimanche') is the report's, taken last")
CUT_AT_COMMA = event_rule(
    "events.cut_at_comma", "a piece the parse starts with a comma (', a annoncé lundi la police') goes on "
    "the sentence before it; the last date before an event in its paragraph reads that sentence whole")
ONE_DEED_TOTAL = event_rule(
    "events.one_deed_total", "a total counted by a verb whose subject is one happening ('le raid a tué 9 "
    "personnes au total') is that happening's toll, not many events'")
SELF_BLAST = event_rule(
    "events.self_blast", "one who blows oneself up ('un homme s'est fait exploser', 'blew himself up') is "
    "one death with no number")
LATER_DEATH_DATE = event_rule(
    "events.later_death_date", "a date on a verb of dying whose subject holds the event ('une des victimes "
    "de l'attentat est décédée vendredi') is that later death's, not the deed's")
LAPSE_TOLL = event_rule(
    "events.lapse_toll", "a toll over a lapse of more than a week ('en plus de quatre ans, les attentats ont "
    "fait 256 morts', 'ont tué d'octobre à fin mai 514 civils') is many events'")
RETOLD = event_rule(
    "events.retold", "an assault's victims told with no agent, or its charge in a step of the justice, merge "
    "into the assault told before them, however far")
PRESUPPOSED = event_rule(
    "events.presupposed", "an event noun told before ('cette attaque') as another verb's complement is taken "
    "as known: that verb's negation or mood is not the event's ('ne s'est jamais remis de cette attaque')")
RIOT_DAMAGE = event_rule(
    "events.riot_damage", "damage to property told with no agent ('des enseignes ont été vandalisées') "
    "after a protest is the protest's rioting: a mention of it, not an assault")
ACCIDENT_NOT_RIOT = event_rule(
    "events.accident_not_riot", "an accident or a disaster with no armed actor and no rioter named is no "
    "riot either ('8.000 km2 incendiés en Californie': a wildfire, no one's arson)")
PARTICIPLE_AGENT = event_rule(
    "events.participle_agent", "a present participle with no subject of its own does the deed of its verb's "
    "subject: a disease that 'touche les enfants, attaquant la moëlle épinière' attacks no one")
WIDE_PLACE_WHERE = event_rule(
    "events.wide_place_where", "a continent or a union of states is an event's place only after a "
    "preposition of place ('en Afrique'; not 'la Communauté des Etats d'Afrique de l'Ouest', 'l'Union "
    "européenne a condamné')")
# the GeoNames ids of unions of states, named as bodies more often than as places: the European Union
UNION_PLACES = {6695072}
MINING_SITE = event_rule(
    "events.mining_site", "a mine that is dug ('une mine d'or', 'le secteur minier', 'coal mines'), in a "
    "sentence naming no one armed, is no landmine nor explosive")
TIME_DAY_BEFORE = event_rule(
    "events.time_day_before", "an event whose next day its sentence dates ('mercredi, au lendemain des "
    "explosions'): the day before that date")
TIME_DAY_AFTER = event_rule(
    "events.time_day_after", "an event whose eve its sentence dates ('jeudi, à la veille de la "
    "manifestation'): the day after that date")
# the days between the date of its sentence and the event such a rule dates
DAY_SHIFT_OF = {TIME_DAY_BEFORE: -1, TIME_DAY_AFTER: 1}
TIME_SOURCE[TIME_DAY_BEFORE] = TIME_SOURCE[TIME_DAY_AFTER] = "text"
PRAISE_OBJECT = event_rule(
    "events.praise_object", "a verb of praise or thanks with another sense is SUPPORT only with an object of "
    "praise or a cause of thanks ('a loué le travail des soldats', 'a remercié les pompiers pour leur aide'; "
    "not 'avait loué une voiture', 'a remercié son entraîneur')")
BEFORE_IN_THE_PAST = event_rule(
    "events.before_in_the_past", "a happening named after 'avant' in a clause told in the past ('ils "
    "s'étaient entraînés peu avant un affrontement meurtrier') has happened since: not planned")
QUOTE_NOT_CUES = event_rule(
    "events.quote_not_cues", "the words of a quote that the parse makes the head of the verb after it "
    "('« Il n'était pas placé au QPR », dénonce X', '« On n'est pas écouté », déplore-t-il, réclamant ...') "
    "do not say how surely that verb's event happened")
REPORTED_CONDITIONAL = event_rule(
    "events.reported_conditional", "a conditional alone reports, unconfirmed, what happened ('une seconde "
    "personne aurait été interpellée'), as the press uses it: no doubt told, the event is asserted")
FUTURE_AUXILIARY_HEAD = event_rule(
    "events.future_auxiliary_head", "an infinitive under a simple form of the future auxiliary, which the "
    "parse makes its head ('les forces de l'ordre vont quadriller', 'a annoncé qu'il allait durcir'; not "
    "'est allé chercher'): planned")
SUSPECTED_STATE = event_rule(
    "events.suspected_state", "someone suspected with no one named who suspects ('il est soupçonné "
    "d'avoir transféré de l'argent'): a state told of him, not the primary event when a deed is told")
NOUN_INFINITIVE = event_rule(
    "events.noun_infinitive", "a deed in the infinitive that a noun governs ('la liberté de manifester', "
    "'des appels à manifester', 'la décision de libérer') is allowed, asked or meant: no event of its own")
CEREMONY_NOT_PROTEST = event_rule(
    "events.ceremony_not_protest", "people gathered for a funeral, a mass, a commemoration, a party or a "
    "campaign meeting, with no claim "
    "voiced ('se sont rassemblés en l'église pour un dernier hommage'), hold no protest")
MOVEMENT_NEEDS_WAR = event_rule(
    "events.movement_needs_war", "forces deployed, sent as reinforcements or on patrol, in an article that "
    "names no army, armed group or weapon of war (police sent to a summit, a patrol in a city), are a "
    "mobilization ACLED does not code")
GROUP_CHANGE_NEEDS_ARMED = event_rule(
    "events.group_change_needs_armed", "a deployment, reinforcement or recruitment in an article naming no "
    "one armed ('le déploiement de la fibre', 'des renforts de pompiers') is no change to an armed group")
PLAYER = event_rule(
    "events.player", "a noun of the one who attacks ('l'attaquant') where the article names no one armed and "
    "its sentence no violence is a player of a game: no assault")
DIED_IN_ACCIDENT = event_rule(
    "events.died_in_accident", "the dead or wounded of an accident that the deed's own phrase names ('tués "
    "dans la collision accidentelle de deux hélicoptères', 'killed in a plane crash') are no violence: no "
    "ACLED type, soldiers though they be")
PARTICIPLE_NOUN_BEFORE = event_rule(
    "events.participle_noun_before", "a participle's patient is the noun right before it too, where the "
    "parse hangs the participle elsewhere ('lignes arrachées, arbres et végétation décapités')")
COUNTED_TARGET = event_rule(
    "events.counted_target", "a noun that counts things of a kind is read through for the target's kind "
    "('des dizaines d'arbres abattus', 'des centaines de poneys tués')")
PLANT_TARGET = event_rule(
    "events.plant_target", "what is done to trees or plants ('arbres et végétation décapités', 'des arbres "
    "abattus') takes no ACLED type, as violence done to an animal")
ACCIDENT_ANY_MENTION = event_rule(
    "events.accident_any_mention", "the accident that one mention of the deed names ('Un Marine tué, huit "
    "disparus lors d'un accident', in the headline) makes the deed no violence, as its trigger's would")
PRIVATE_VIOLENCE = event_rule(
    "events.private_violence", "violence done to one's partner or relative ('a tué son compagnon', 'killed "
    "his wife'), with no armed actor named, is a private crime: no ACLED type, nor for the article's other "
    "violence against civilians when it is the primary event")
TRIAL_STORY = event_rule(
    "events.trial_story", "violence told in an article whose headline names a trial ('Aux assises, les "
    "images d'une agression en prison'), in a sentence naming no one armed, is a court case: no ACLED type")
STRIKE_NO_DEMONSTRATION = event_rule(
    "events.strike_no_demonstration", "a strike ('grève', 'strike') in a sentence that names no march, "
    "rally, picket or blockade is a work stoppage, no public demonstration: no ACLED type")
CAMPAIGN_NOT_CODED = event_rule(
    "events.campaign_not_coded", "an event told only by nouns of a campaign of violence ('l'offensive "
    "turque', 'la guerre civile', 'the offensive'): days or years of it, no one happening ACLED codes")
CAMPAIGN_SPAN = event_rule(
    "events.campaign_span", "violence that a span of weeks or more is made of ('après plus d'un an de "
    "combats', 'des mois de guerre') is a campaign's, as a campaign's noun is, for events.campaign_not_coded")
COUP = event_rule(
    "events.coup", "a ruler overthrown ('des militaires ont renversé le président'): a coup, a force's "
    "coercion (COERCE) and ACLED's strategic development, not an assault")
CUE_OF_TRIGGER = event_rule(
    "events.cue_of_trigger", "an ACLED type's cue words that an accusation's trigger holds ('mis en examen', "
    "a charge, cues an arrest) make no second event there")
FOLLOW_UP = event_rule(
    "events.follow_up", "a headline's deed named before its colon and dated days before the article "
    "('Attentat de Nice : Valls apporte son soutien', the attack eleven days old) is the setting of the news "
    "its own predicate after the colon tells: that event is the primary")
PROTEST_AS_AIM = event_rule(
    "events.protest_as_aim", "a protest that is only the aim of another deed ('a signé une tribune pour "
    "protester contre', 'ont quitté la réunion pour protester'), no march or rally: no ACLED type")
CRIME_ARTICLE = event_rule(
    "events.crime_article", "in an article that names no military, political or organised group (a stabbing, "
    "a brawl, a robbery and its arrests), no violence, arrest or destruction is political: no ACLED type")
LONE_OFFENDER = event_rule(
    "events.lone_offender", "an attack, a rape or an abduction by one person ('un homme a poignardé', 'le "
    "voleur l'a frappé', 'X a tué'), where its sentence, the headline and the lead name no one armed and the "
    "article no political, military or organised group, is an ordinary crime: no ACLED type")
TIME_DAYS_LISTED = event_rule(
    "events.time_days_listed", "an event dated by the last of a list or range of days ('les 4, 5 et 6 juin', "
    "'du 4 au 6 juin') is dated by their month: the text does not say which day")
OWN_CLAUSE_DATE = event_rule(
    "events.own_clause_date", "a date in a clause of the event's own noun ('l'attentat qui a frappé lundi', "
    "'the attack that took place on Sunday') is the event's")
PLURAL_TOLL = event_rule(
    "events.plural_toll", "the toll of violent happenings in the plural that no day dates ('les combats ont "
    "fait plus de 3.000 morts', 'the victims of jihadist attacks') is many events'")
CASUALTIES = event_rule(
    "events.casualties", "the killed counted with the wounded ('40 soldats tués ou grièvement blessés', "
    "'6 tués et blessés par jour', 'killed or injured') are casualties, no toll")
CHANGED_TOLL = event_rule(
    "events.changed_toll", "the figure a toll changed from ('le bilan est passé de trois morts à 20') is no "
    "longer the toll: the one it changed to is")
CUMULATIVE_CLAUSE = event_rule(
    "events.cumulative_clause", "a toll whose verb has a time of many events ('192 rebelles et 73 soldats "
    "ont été tués depuis le début de l'année dans la région', 'ces dernières années') is many events', "
    "however far the time from the figure")
CUE_OF_ANOTHER_VERB = event_rule(
    "events.cue_of_another_verb", "a preposition that reads as a cue of a cumulative toll but opens a phrase "
    "of another verb is none ('des obus tirés depuis Gaza ont tué trois personnes': whence, not since when)")
SERIES_TOLL = event_rule(
    "events.series_toll", "the toll of violent happenings in the plural told by a pronoun ('les attaques ont "
    "été perpétrées par 65 assaillants, elles ont fait 395 morts', 'des attaques qui ont fait des centaines "
    "de morts') is many events', unless a number or a day makes them one happening ('deux explosions lundi')")
PLACE_PARAGRAPH = event_rule(
    "events.place_paragraph", "an event that no words of its own place: the best place named before it in "
    "its paragraph ('A Singapour, les marchés sont fermés. Un cuisinier aide ses collègues'), for the "
    "primary event before the lead's, for another a town or region only, before the place last named")
TIME_SOURCE[TIME_PARAGRAPH] = "context"
SENTENCE_LEAD = event_rule(
    "events.sentence_lead", "in a text with too few paragraph breaks, the lead in which an event of a type "
    "outweighs an accident ends a few sentences after its last break, not at the text's end")
TIME_RETOLD = event_rule(
    "events.time_retold", "the primary event that nothing else dates: the date of a mention that only tells "
    "it again ('L'attaque ... Trois personnes ont été tuées mercredi'), if not after the article")
TIME_SOURCE[TIME_RETOLD] = "context"
# the ACLED readings of damage to things ("incendié", "saccagé"), whoever did it
DAMAGE_READINGS = {"Looting/property destruction", "Mob violence", "Violent demonstration"}
DAMAGE_STATE = event_rule(
    "events.damage_state", "a thing told as damaged, a participle on its noun with no agent ('près d'un 4X4 "
    "à moitié incendié'), after a deed of violence: that deed's damage told again, no event of its own")
TIME_RETOLD_HAPPENING = event_rule(
    "events.time_retold_happening", "a happening told again as done before ('le massacre avait choqué', "
    "'après l'assassinat de') that only its article or the day of its report dates: the date of the "
    "nearest event of its kind the text dates before the article, at no other place")
TIME_SOURCE[TIME_RETOLD_HAPPENING] = "context"
RETOLD_UNDATED = event_rule(
    "events.retold_undated", "a happening other than the primary told again as done before, that nothing in "
    "the text dates, is past context (background), not the news of the article's day")
PAST_SENTENCE = event_rule(
    "events.past_sentence", "a happening other than the primary that only its article dates, told in a "
    "sentence whose dates are all well before the article ('son mari, tué dans les combats, ... jugée en "
    "2018'), is past context (background)")
ACCIDENT_DEAD_LEAD = event_rule(
    "events.accident_dead_lead", "the dead of an accident that is the primary event are counted in the "
    "lead too ('12 morts dans le crash d'un avion'), as those of a primary event ACLED codes")
TIME_BODY_LEAD = event_rule(
    "events.time_body_lead", "the primary event that nothing else dates: the first day the body's first "
    "sentences give ('Un avocat soupçonné ...' | '... placé en garde à vue mardi 15 janvier'), if not after "
    "the article nor a year older")
TIME_SOURCE[TIME_BODY_LEAD] = "context"
TIME_BODY_RECENT = event_rule(
    "events.time_body_recent", "the primary event that nothing else dates, nor the body's first sentences: "
    "the first day of the next few that is at most two weeks before the article ('... a indiqué jeudi 15 "
    "juin' in the fourth sentence), not a date of the background")
TIME_SOURCE[TIME_BODY_RECENT] = "context"
BODY_OUTSIDE_QUOTES = event_rule(
    "events.body_outside_quotes", "the body's first sentences that date the primary event are the writer's: "
    "a sentence that a direct quote holds whole (a witness's account) is not counted among them")
TIME_SOURCE[TIME_TO_COME] = "context"
ATTACK_NAMED_AGAIN = event_rule(
    "events.attack_named_again", "an attack named by a word for any attack ('l'assaut', 'l'attaque', 'the "
    "assailants') in the same or the next sentence as an asserted deed of violence is that deed, whatever "
    "kind of violence each sentence reads as")
TOLL_OF_DEED = event_rule(
    "events.toll_of_deed", "the dead or wounded told with no agent of their own ('le bilan de 100 morts et "
    "4.000 blessés') in the same or the next sentence as a deed of violence are that deed's toll, whatever "
    "kind of violence the deed is read as: a mention of it, not an attack of its own")
BODY_NAME = event_rule(
    "events.body_name", "a word of an event's kind inside the name of an organisation ('le Collectif "
    "féministe contre le viol', 'the Campaign Against Arms Trade') names no event")
BLOCKED_HAPPENING = event_rule(
    "events.blocked_happening", "a happening that a word of banning, preventing, foiling or giving up "
    "governs ('l'interdiction des rassemblements', 'ont renoncé à organiser une manifestation', 'foiled an "
    "attack') did not happen: no event")
COUNTED_HAPPENINGS = event_rule(
    "events.counted_happenings", "happenings named as a class that a word of trend, count, lapse or fear "
    "governs ('la hausse des agressions', 'six mois de manifestations', 'la menace d'attentat'), or that "
    "recur ('des attaques récurrentes'), are no one happening: no event")
RIOTERS_FIREWORKS = event_rule(
    "events.rioters_fireworks", "mortars and grenades in an article whose lead tells of rioters or youths "
    "and that names no military force ('des tirs de mortiers contre les policiers') are fireworks and the "
    "police's: rioting, not shelling")
KILLED_NOT_TAKEN = event_rule(
    "events.killed_not_taken", "a verb of killing or wounding tells the attack, not the hostage-taking its "
    "sentence or article names ('tué après s'être substitué à un otage'): no abduction")
CONDITION = event_rule(
    "events.condition", "a happening a noun of condition governs ('en cas de grève', 'in the event of an "
    "attack') is hypothetical")
VIOLENCE_OVER_ARRESTS = event_rule(
    "events.violence_over_arrests", "arrests the headline tells beside an asserted act of violence that "
    "ACLED codes ('Attaque au hachoir ..., deux interpellations') follow it: the violence is the primary "
    "event")
OWN_PHRASE_DATE = event_rule(
    "events.own_phrase_date", "a date that hangs on the event's own word, a noun's complement or a "
    "participle's ('l'attentat du 3 mars 2012', 'les émeutes de 2016', 'tué en mai 2013'), is the event's "
    "over any other date of its sentence")
HEADLINE_VERB_FORM = event_rule(
    "events.headline_verb_form", "a present form of a trigger verb in a headline, before any verb, that the "
    "parse tagged as a noun between its subject and its object ('une juge presse la police d'agir'), is that "
    "verb")
SAME_VERB_DATED_APART = event_rule(
    "events.same_verb_dated_apart", "the same verb of words told again sentences later, dated well before "
    "the article ('a demandé' ... 'le 3 mars 2015, il avait demandé'), where the first telling has no date, "
    "tells an older request, charge or pledge of its own: no merge")
BACKGROUND_NOT_PRIMARY = event_rule(
    "events.background_not_primary", "an event dated well before its article (background) is not the "
    "primary event when the article tells one that is not: a trial, a ceremony, a statement of today")
SETTING_AFTER_MONTH = event_rule(
    "events.setting_after_lapse", "a happening named as the time a month or more after which other news "
    "happens ('près de deux mois après l'explosion au port') is its setting, as one after 'depuis' is")
SETTING_ONLY = event_rule(
    "events.setting_only", "a happening named only as the cause or the setting of other news ('repoussée en "
    "raison des manifestations', 'dans le cadre des manifestations', 'depuis la mort de George Floyd', 'in "
    "the wake of the protests') is not reported: background, and not the primary event where the article "
    "reports another")
# the rules that mark a happening as past context where its own date does not
CONTEXT_RULES = (RETOLD_UNDATED, SETTING_ONLY, PAST_SENTENCE)
PLACE_NESTED_CLAUSE = event_rule(
    "events.place_nested_clause", "a place in a clause nested in the trigger's own phrase, under a verb of "
    "its own ('tué par un engin qui explosera près de Lyon') is that verb's, not the event's")
PLACE_OWN_COUNTRY = event_rule(
    "events.place_own_country", "a country the trigger's own phrase names after a locative preposition gives "
    "way to a more precise place of its sentence only within that country ('tué au Tchad ..., un hommage à "
    "Lyon': Chad)")
FRAME_DATE = event_rule(
    "events.frame_date", "the date of a happening named as the deed's time frame ('tués lors des émeutes de "
    "novembre 2019', 'killed during the clashes of 3 March') is the deed's")
PLACE_NAMED_COMPLEMENT = event_rule(
    "events.place_named_complement", "a name in the event noun's own complement that the article names as "
    "a place elsewhere ('l'attentat de Barcelone', where the model took the whole as a name) is its place")
VICTIMS_WOUNDED = event_rule(
    "events.victims_wounded", "a count of victims equal to a count of wounded the article gives ('deux "
    "blessés ... les deux victimes') counts the wounded, not the dead")
KIND_OF_THING = event_rule(
    "events.kind_of_thing", "a word of a happening's kind that only qualifies a thing, bare ('des chars "
    "d'assaut', 'un hélicoptère de combat', 'assault rifles'), names no happening")
PEACEFUL_DOMAIN = event_rule(
    "events.peaceful_domain", "a word of fighting or of protest qualified by a domain of no violence nor "
    "street protest ('l'offensive diplomatique', 'les manifestations sportives', 'an electoral battle') is "
    "no assault, no protest")
COURT_SENTENCE = event_rule(
    "events.court_sentence", "someone condemned, in the passive or to a penalty ('a été condamnée en 2018', "
    "'a condamné un colon à la prison à perpétuité'), is sentenced by a court: coerced, not blamed in words "
    "('a condamné l'attaque')")
RELATIVE_ANTECEDENT = event_rule(
    "events.relative_antecedent", "the relative pronoun that is a role of an event in a relative clause "
    "('les rebelles qui bombardent la ville', 'the soldiers whom gunmen killed') names the noun the clause "
    "tells of")
# the relations of a relative clause to the noun it tells of
RELATIVE_CLAUSES = ("acl:relcl", "relcl")
# the relations to the word it hangs on of a clause with a time of its own: a past participle's, a
# subordinate's
OTHER_CLAUSES = ("acl", "advcl")
LAST_MENTION_NEAR = event_rule(
    "events.last_mention_near", "a deed told on with a pronoun for subject merges into a happening told in "
    "the same or the sentence before by any of its mentions, not only its first ('Il a ensuite tué un "
    "passant')")
HEADLINE_ANNIVERSARY = event_rule(
    "events.headline_anniversary", "a happening the headline names after a lapse and 'après' ('le maire rend "
    "hommage aux policiers, deux mois après l'attaque') is what the news is dated from, not the happening "
    "the headline names")
MOBILIZED_FORCE = event_rule(
    "events.mobilized_force", "a word of mobilizing whose named object is no force nor a means of one "
    "('les soupçons ont été renforcés', 'déployant ses talents', 'aux ailes déployées') is no mobilization")
ATTENDED = event_rule(
    "events.attended", "a verb of help with no object that means attending ('assistent aux funérailles', "
    "'sont venues y assister') is no aid")
GUEST = event_rule(
    "events.guest", "a bare participle of inviting with a 'de' complement ('le ministre, invité de "
    "l'émission du soir') names a guest, no request")
STOPPED_HAPPENING = event_rule(
    "events.stopped_happening", "a verb of arrest whose object is a happening ('arrêter la bagarre', 'stop "
    "the fighting') stops it: no one arrested")
NAMED_DAY_PART = event_rule(
    "events.named_day_part", "a part of a named weekday that falls on the article's day ('tués samedi matin' "
    "in a Saturday's paper) dates the event by that day, as the weekday alone would")
OTHER_CLAUSE_DATE = event_rule(
    "events.other_clause_date", "a date on a verb that the trigger's participle or adverbial clause only "
    "hangs from, past other words ('son frère, abattu dans les affrontements, ... jugée en 2019'), is "
    "another deed's")
CONJUNCT_OWN_SUBJECT = event_rule(
    "events.conjunct_own_subject", "a verb joined to another that has a subject of its own ('..., blessé "
    "lors d'une manifestation, et trois manifestants ont déposé plainte jeudi') is a clause of its own: "
    "its date is not the other verb's to give")
PLACE_OF_PARTY = event_rule(
    "events.place_of_party", "a place in the phrase of the trigger's subject or agent ('le maire de Lyon a "
    "été agressé', 'un habitant de Kidal a été enlevé') is that person's, not the event's, when another of "
    "the trigger's phrases names one ('dans un quartier de Marseille')")
PLACE_PARTNER = event_rule(
    "events.place_partner", "a place after a preposition of company ('un affrontement avec la Chine', "
    "'négocier avec l'Iran') is a party to the deed, not where it was done")
PLACE_OF_CARE = event_rule(
    "events.place_of_care", "a place that names a hospital ('décédé à l'hôpital militaire de Clamart', 'au "
    "CHU de Nantes') is where the wounded were cared for, not where the event was")
EVENT_NOUN_DATE = event_rule(
    "events.event_noun_date", "a date that completes the noun of an event the trigger's deed was done in "
    "('tué dans l'attaque du 2 mai 2016', 'blessé lors des heurts de samedi') dates the trigger")
PLACE_OTHER_VERB = event_rule(
    "events.place_other_verb", "a place that hangs on an infinitive of another deed ('à assister') under the "
    "trigger is that deed's ('un soldat blessé au Mali invité à assister au match à Moscou': Mali)")
TRIGGER_ADJECTIVE = event_rule(
    "events.trigger_adjective", "an adjective that names an event of its subject ('s'est dit désolé')")
REFLEXIVE_TYPE = event_rule(
    "events.reflexive_type", "a verb whose reflexive use is an event of another type: people who 'se "
    "mobilisent' with a claim voiced in the sentence ('contre', 'pour dénoncer') protest")
ADDRESSED = event_rule(
    "events.addressed", "a verb of arrest that calls someone out in words, with the matter raised "
    "('interpellé au sujet de') or in the incise of a quote, is a reproach (ACCUSE), no arrest")
BLOCKING_NEEDS_PROTEST = event_rule(
    "events.blocking_needs_protest", "a noun of blocking ('le blocage', 'les coûts de blocage') is a protest "
    "only where a demonstration, a strike or a march is told in its sentence or the few before it")
EPIDEMIC_FORCES = event_rule(
    "events.epidemic_forces", "forces deployed in an article whose lead tells an epidemic (a city confined, "
    "hospitals helped) make no change to armed activity")
HEADLINE_PREDICATE = event_rule(
    "events.headline_predicate", "the event of the headline's own predicate (its root, or the root of the "
    "part after 'X :') is the primary over violence named only in its complement ('désolé après le "
    "meurtre') and, when it is a deed, over violence named only before the colon")
NOT_AN_ARREST = event_rule(
    "events.not_an_arrest", "a word of arrest that arrests no one: a decree ('prendre un arrêté'), a stop "
    "('arrêter de rire'), an office holder called out ('interpelle la ministre'): no "
    "ACLED type")
SHOWN_FEELING = event_rule(
    "events.shown_feeling", "a verb of protest with an object of one's own, done by no crowd, shows a "
    "feeling ('a manifesté son inquiétude'): no protest, no ACLED type")
ORDINARY_ARRESTS = event_rule(
    "events.ordinary_arrests", "arrests in an article that codes nothing else and names no protester, "
    "opponent, journalist, migrant nor armed group or force are of ordinary crime: no ACLED type")
ACCIDENT_HEADLINE = event_rule(
    "events.accident_headline", "an accident the headline names by a noun of its kind ('accident de train', "
    "'catastrophe ferroviaire', 'marée noire') or as what someone died in ('meurt dans un accident'), with "
    "no one armed, is the primary event, of no PLOVER nor ACLED type: not a reaction to it nor a deed told "
    "around it ('a réagi', 'le chauffeur a arrêté le bus')")
SPORT_FIGURE = event_rule(
    "events.sport_figure", "a word of fighting in a sentence of a game ('une frappe du milieu de terrain', "
    "'l'assaut final du champion'), where the article names no one armed and no one is hurt, is a move of "
    "play: no event")
PARTY_FIGURE = event_rule(
    "events.party_figure", "a verb of fighting done by a party, a team, a show-business figure or a medium "
    "('le chanteur attaque son producteur', 'le club attaque la ligue'), where the article names no one "
    "armed and its sentence no other violence, is a fight of words: no event")
MANIFEST_WORD = event_rule(
    "events.manifest_word", "'manifeste' as an adjective ('un soutien manifeste') or a noun ('un manifeste "
    "pour la gauche') names no protest: no event")
ARMED_NOT_RIOTERS = event_rule(
    "events.armed_not_rioters", "a sentence that names the armed men of a war ('des jihadistes ont incendié "
    "une école') and no rioter nor protest tells their violence, no riot nor mob violence: what they burnt "
    "or broke, where they hurt no one, is property destroyed")
SAYING_CUE_NO_DEED = event_rule(
    "events.saying_cue_no_deed", "the verb of saying of a quote, read as a cue of protest ('« On nous "
    "oublie », proteste l'enseignant'), says it: no protest")
BLOW_MEANS = event_rule(
    "events.blow_means", "'un coup de' something is a blow only where that is a means of hurting ('un coup "
    "de couteau', 'des coups de pied', 'des coups de feu'); else an idiom ('un coup de déprime', 'le coup "
    "de grâce', 'sous le coup d'une décision')")
BACKED_BY = event_rule(
    "events.backed_by", "a participle of backing with no auxiliary that describes a noun ('les rebelles "
    "Houthis, soutenus par l'Iran', 'les forces kurdes, soutenues par une coalition') tells a standing "
    "bond, no event")
DRAWS_ATTENTION = event_rule(
    "events.draws_attention", "a verb of calling out with a thing as subject and no one called out ('le "
    "timing de ce geste a interpellé', 'cela interpelle') draws attention: no arrest")
ATTACK_THEN_QUOTE = event_rule(
    "events.attack_then_quote", "a verb of fighting whose object a colon and a quote follow ('en attaquant "
    "la secrétaire d'État : « Quand Marx ... »') fights with words")
COMMEMORATED_DEAD = event_rule(
    "events.commemorated_dead", "a participle of killing that describes the dead honoured ('hommage aux "
    "treize militaires tués au Mali', 'en l'honneur des soldats tués') tells a death told elsewhere, no "
    "deed of its own")
REPORT_DATE_TOLD_AGAIN = event_rule(
    "events.report_date_told_again", "where the event's sentence dates only its report ('a-t-on appris "
    "vendredi'), a mention that only tells it again dates it too ('ont été assassinés dimanche')")
PLAN_COMPLEMENT = event_rule(
    "events.plan_complement", "a verb of planning plans an infinitive, a noun or what is promised ('compte "
    "se rendre', 'un projet d'attentat', 'a promis que l'armée allait arrêter'), not a relative, a gerund or "
    "another clause of its own tense the parse hangs on it ('Sur les 140.000 Juifs que comptait le pays, "
    "102.000 ont été tués')")
PLEA_FOR = event_rule(
    "events.plea_for", "a verb of pleading is a request only where it pleads for something ('a plaidé pour "
    "une accélération des procédures'); arguing ('a plaidé le président') or pleading in court is none")
TOLL_DEPLORED = event_rule(
    "events.toll_deplored", "a verb of regret whose object is a number of dead ('le Mexique a déploré 25.000 "
    "morts', 'plusieurs ont déploré des morts') counts them: it accuses no one")
GATHERING_CLAIM = event_rule(
    "events.gathering_claim", "a gathering or a march ('se sont rassemblés', 'ont défilé') is a protest "
    "only where its sentence or the next voices a claim, it gathers for a purpose or a cause, or the article "
    "tells of protest ('300 danseurs se sont rassemblés sur la place' is none)")
SHOW_NOT_PROTEST = event_rule(
    "events.show_not_protest", "a gathering or a parade in a sentence of things shown or of a show (cars, "
    "models, fashion, a fair, a pilgrimage, fans) that voices no claim ('quarante modèles ont défilé', "
    "'un rassemblement de véhicules d'époque', 'organisait des défilés de mode') is no protest: no event")
STRIKE_IN_POLICY = event_rule(
    "events.strike_in_policy", "a strike named as a right ('le droit de grève', 'limiter la liberté de "
    "grève') is policy talk, no strike: no event")
# the relations of a word joined to another, not its complement ("une attaque, deux interpellations")
JOINED_DEPS = {"conj", "appos", "parataxis", "list"}
# the relations of a date to the word it dates ("les émeutes de 2016", "tué en mai 2013")
OWN_DATE_DEPS = ("nmod", "obl", "npadvmod", "pobj")
# the dependencies of a complement of a verb or a noun (not its subject): "hommage aux militaires tués"
COMPLEMENTS = ("obl", "obl:arg", "obl:mod", "nmod", "iobj", "obj", "dobj", "pobj", "dative")
# a TIMEX3 value that is a day
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# a TIMEX3 value that is a part of a named day ("2020-09-04TEV"): the day, and the part
DAY_PART = re.compile(r"(\d{4}-\d{2}-\d{2})T(?:MO|MI|AF|EV|NI)$")
# a role's dependents: those that make a verb's subject, the parts of a name, the words that qualify a noun
SUBJECTS = {"nsubj", "nsubj:pass", "nsubjpass"}
# the kinds of actor a person's role may make them: armed, a state's force, in a crowd
ARMED_ROLES = {"military", "police", "armed", "protesters", "rioters"}
# the dependents through which a noun is a verb's object, or its complement's
OBJECTS = {"obj", "dobj", "pobj", "prep", "obl", "obl:arg", "obl:mod", "nmod"}
NAME_PARTS = {"flat", "flat:name", "compound", "fixed"}
QUALIFIERS = {"amod", "nmod", "compound", "flat"}


@cache
def events_pattern(lang: str, name: str) -> re.Pattern:
    """One of the language pack's event patterns, compiled once: the words around a toll that make it many
    events' ("depuis 2011", CUMULATIVE_TOLLS) or a year's ("4.000 morts en 2019", YEAR_TOLLS), the words
    before a figure that make it a part of the toll before it ("dont six Français", DEAD_PART), the words
    that name protesters, opponents, the press or armed groups, whose arrest ACLED codes (POLITICAL_GROUPS),
    the nouns that name an accident (ACCIDENT_NOUNS), the words of a game and its play (SPORT_WORDS), the
    words of violence no lone criminal does (ORGANISED_VIOLENCE: hostages, suicide bombers)."""
    return re.compile(getattr(language_pack(lang).events, name))


# a TIMEX3 date value: year (or decade, century), then month and day, or ISO week, or quarter
# an empty line: where a paragraph ends
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# a quote closed just before a verb, in its incise ("« ... », l'a-t-il interpellé"), or opened just after it
# ("l'interpelle à distance : « ... »")
INCISE_BEFORE = re.compile(r"[\"»”]\s*,\s*(?:\S+\s+){0,3}$")
QUOTE_AFTER = re.compile(r"(?:\s*\S+){0,3}?\s*:\s*[\"«“]")
QUOTE_FOLLOWS = re.compile(r"\s*:\s*[\"«“]")
TIMEX_DATE = re.compile(r"(\d{2,4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4]))?")


def last_day(value: str | None) -> date | None:
    """The last day a TIMEX3 date value can mean: "2014-06" is 30 June 2014, "199" the end of 1999."""
    m = TIMEX_DATE.match(value or "")
    if m is None:
        return None
    digits, month, day, week, quarter = m.groups()
    year = int(digits.ljust(4, "9"))
    try:
        if day:
            return date(year, int(month), int(day))
        if week:
            return date.fromisocalendar(year, int(week), 7)
        if month or quarter:
            last = int(month) if month else 3 * int(quarter)
            return date(year, last, calendar.monthrange(year, last)[1])
        return date(year, 12, 31)
    except ValueError:
        return None


def first_day(value: str | None) -> date | None:
    """The first day a TIMEX3 date value can mean: "2014-06" is 1 June 2014, "199" the start of 1990."""
    m = TIMEX_DATE.match(value or "")
    if m is None:
        return None
    digits, month, day, week, quarter = m.groups()
    year = int(digits.ljust(4, "0"))
    try:
        if week:
            return date.fromisocalendar(year, int(week), 1)
        if quarter:
            return date(year, 3 * int(quarter) - 2, 1)
        return date(year, int(month or 1), int(day or 1))
    except ValueError:
        return None


@dataclass(frozen=True)
class EventCues:
    """The event stage of a language's pack, its patterns compiled once."""

    words: ModuleType
    acled: dict[str, list[tuple[NeededStrings, int]]]
    plover_of_verb: dict[str, str]  # a trigger verb's lemma -> its first PLOVER type in the pack
    peaceful: re.Pattern
    road_barricades: re.Pattern
    riot: re.Pattern
    accident: re.Pattern
    mining: re.Pattern
    armed_actors: re.Pattern
    group_change: re.Pattern
    force_movement: re.Pattern
    relief: re.Pattern
    violence_done: re.Pattern
    peaceful: NeededStrings
    road_barricades: NeededStrings
    riot: NeededStrings
    accident: NeededStrings
    armed_actors: NeededStrings
    relief: NeededStrings
    violence_done: NeededStrings
    military: re.Pattern
    ceremony: NeededStrings
    protest_claims: NeededStrings
    scare_quote: re.Pattern
    time_bounds: re.Pattern
    time_bounds_inside: re.Pattern
    time_then: re.Pattern
    time_after: re.Pattern
    singular_victim: re.Pattern
    figurative: re.Pattern
    habitual: re.Pattern
    off_duty: re.Pattern

    def within(self, low: str) -> EventCues:
        """The cues to read the parts of the lower-cased text ``low`` with: each looks only for the strings
        that ``low`` holds, and the ACLED cues that cannot match in it are left out (the same readings of
        its sentences, for a fraction of the look-ups)."""
        acled = {}
        for sub, patterns in self.acled.items():
            narrowed = [(pattern.within(low), weight) for pattern, weight in patterns]
            narrowed = [(pattern, weight) for pattern, weight in narrowed if pattern.may_match()]
            if narrowed:
                acled[sub] = narrowed
        return replace(self, acled=acled, **{name: getattr(self, name).within(low) for name in (
            "peaceful", "road_barricades", "riot", "accident", "armed_actors", "relief", "violence_done",
            "ceremony", "protest_claims")})


# the words of a deed's target, as the parse marks them: its patient (the object, the passive subject), its
# agent too for an animal's (whose violence ``events.animal_agent`` reads otherwise)
PATIENT_ROLES = ("obj", "dobj", "nsubj:pass", "nsubjpass")
AIMED_ROLES = PATIENT_ROLES + ("nsubj", "obl:agent", "agent")


def infinitive_head(verb: Token) -> Token | None:
    """The verb an infinitive is the complement of ("vont rendre": "vont"), else None."""
    head = verb.head
    return head if verb.dep_ == "xcomp" and head.i != verb.i and "Inf" in verb.morph.get("VerbForm") else None


def masculine_singular(adjective: str) -> str:
    """An adjective in "-é" without its plural and feminine endings ("privées": "privé"), where the tagger
    gave it another lemma ("priver"); another word without a final "s" or "x"."""
    bare = adjective[:-1] if adjective.endswith(("s", "x")) else adjective
    return bare[:-1] if bare.endswith("ée") else bare


def cue(pattern: str, opens_word: bool = False) -> NeededStrings:
    """A cue pattern, searched only in the texts that hold one of the strings its matches need (most
    sentences hold none of most cues: ``veille.nlp.needed_strings``); with ``opens_word``, a match opens a
    word ("blocage", not the end of "déblocage")."""
    return NeededStrings(re.compile(rf"(?<!\w)(?:{pattern})" if opens_word else pattern))


def event_cues(lang: str) -> EventCues:
    """The cues of events in ``lang`` (built once for each state of the rules they read)."""
    return built_event_cues(lang, RULES.on(CUE_OPENS_WORD))


@cache
def built_event_cues(lang: str, opens_word: bool) -> EventCues:
    words = language_pack(lang).events
    plover_of_verb: dict[str, str] = {}
    for plover, lemmas in words.PLOVER_TRIGGERS.items():
        for lemma in lemmas:
            plover_of_verb.setdefault(lemma, plover)
    for form, lemma in form_lemmas(words).items():
        plover_of_verb.setdefault(form, plover_of_verb[lemma])
    # violence done is read in the stems of every language: a text of one may carry the other's words (and
    # an English "Tuesday" reads as French "tué")
    violence = [stem for stems in every_pack("events", "VIOLENCE_DONE") for stem in stems]
    determiners = "|".join(re.escape(d) for d in words.SCARE_QUOTE_DETERMINERS)
    return EventCues(
        words=words,
        acled={sub: [(cue(p, opens_word), w) for p, w in cues] for sub, cues in words.ACLED_CUES.items()},
        plover_of_verb=plover_of_verb,
        mining=re.compile(words.MINING),
        peaceful=cue(words.PEACEFUL_CONTEXT), road_barricades=cue(words.ROAD_BARRICADES),
        riot=cue(words.RIOT_CONTEXT), accident=cue(words.ACCIDENT),
        military=re.compile(words.MILITARY_ACTORS),
        armed_actors=cue(words.ARMED_ACTORS), relief=cue(words.RELIEF),
        group_change=re.compile(words.GROUP_CHANGE), force_movement=re.compile(words.FORCE_MOVEMENT),
        violence_done=cue(rf"\b(?:{'|'.join(violence)})"),
        ceremony=cue(words.CEREMONY), protest_claims=cue(words.PROTEST_CLAIMS),
        scare_quote=re.compile(rf"[\"«“]\s*(?:{determiners})?$"),
        time_bounds=re.compile(words.TIME_BOUNDS), time_bounds_inside=re.compile(words.TIME_BOUNDS_INSIDE),
        time_then=re.compile(words.TIME_THEN), time_after=re.compile(words.TIME_AFTER),
        singular_victim=re.compile(words.SINGULAR_VICTIM), figurative=re.compile(words.FIGURATIVE_IDIOMS),
        habitual=re.compile(words.HABITUAL), off_duty=re.compile(words.OFF_DUTY_VICTIMS),
    )


@cache
def origin_before(lang: str) -> re.Pattern:
    """The words before a place that name it as someone's origin, in the language's pack."""
    return re.compile(language_pack(lang).places.ORIGIN_BEFORE)


@cache
def form_lemmas(words: ModuleType) -> dict[str, str]:
    """The present forms of the trigger verbs that a lemmatizer may give as their lemma, with the verb
    ("aide": "aider"), when no trigger verb has that lemma."""
    verbs = {lemma for lemmas in words.PLOVER_TRIGGERS.values() for lemma in lemmas}
    return {verb[:-len(end)] + form: verb for verb in sorted(verbs)
            for end, form in words.VERB_FORM_LEMMAS.items()
            if verb.endswith(end) and verb[:-len(end)] + form not in verbs}


def trigger_matcher(vocab: Vocab, words: ModuleType) -> LowerLemmaMatcher:
    """The token matcher of the trigger rules that are on, built from a pack's event stage."""
    verbs = sorted({lemma for lemmas in words.PLOVER_TRIGGERS.values() for lemma in lemmas}
                   | set(form_lemmas(words)))
    # a compound noun the tokenizer splits at its hyphens ("guet-apens"): its parts and hyphens in a row
    split_nouns = [[{"LOWER": part} if part != "-" else {"ORTH": "-"} for part in re.split(r"(-)", noun)]
                   for noun in sorted(words.EVENT_NOUNS) if "-" in noun]
    return RULES.lemma_matcher(vocab, {
        TRIGGER_VERB: [[{"POS": {"IN": ["VERB", "AUX"]}, "_": {LEMMA: {"IN": verbs}}}]],
        TRIGGER_NOUN: [[{"POS": {"IN": ["NOUN", "PROPN"]}, "_": {LEMMA: {"IN": sorted(words.EVENT_NOUNS)}}}],
                       *split_nouns],
        TRIGGER_ADJECTIVE: [[{"POS": "ADJ", "_": {LEMMA: {"IN": sorted(words.EVENT_ADJECTIVES)}}}]],
    }, LEMMA)


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
               reading: AcledReading | None = None, accident: bool = False,
               armed: bool | None = None, rioting: bool = False, epidemic: bool = False,
               war: bool | None = None) -> AcledReading:
    """Each ACLED sub-event type's weight of cues in ``text`` (counted ``weight`` times, added to
    ``reading``), then the rules that read them otherwise (``accident``: the article tells an accident;
    ``armed``: it names someone armed, else ``text`` is read for it; ``war``: it names an army, an armed
    group or a weapon of war, else ``text`` is read for it; ``rioting``: its lead tells of
    rioters or youths and it names no military force; ``epidemic``: its lead tells an epidemic)."""
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
    if ACCIDENT in on and (accident or cues.accident.search(low)) and not cues.armed_actors.search(low):
        for sub in ACLED_TYPES["Explosions/Remote violence"] + ACLED_TYPES["Violence against civilians"]:
            reading.drop(sub)  # a gas tank that exploded, workers hurt: an accident
        if ACCIDENT_NOT_RIOT in on and not cues.riot.search(low):
            for sub in ACLED_TYPES["Riots"]:
                reading.drop(sub)  # "8.000 km2 incendiés": a wildfire, no one's arson
    if MINING_SITE in on and cues.mining.search(low) and not cues.armed_actors.search(low):
        for sub in ("Remote explosive/landmine/IED", "Disrupted weapons use"):
            reading.drop(sub)  # "la production des mines de cuivre", "a blast in a coal mine"
    if RELIEF in on and cues.accident.search(low) and cues.relief.search(low):
        reading.drop("Change to group/activity")  # soldiers sent to help after a flood: relief
    if EPIDEMIC_FORCES in on and epidemic:
        reading.drop("Change to group/activity")  # soldiers deployed where a city is confined: health
    if ARMED_NOT_RIOTERS in on and cues.military.search(low) and not (cues.riot.search(low)
                                                                      or cues.peaceful.search(low)):
        # "des jihadistes ont incendié une école et tué": armed men's violence, no riot; what they burnt alone
        # is property destroyed ("des rebelles ont incendié des cases")
        riot_weight = max((reading.drop(sub) or 0 for sub in ACLED_TYPES["Riots"]), default=0)
        looting = "Looting/property destruction"
        if riot_weight and not any(EVENT_TYPE_OF[s] in VIOLENT for s in scores):
            reading.rule_of.setdefault(looting, ARMED_NOT_RIOTERS)
            scores[looting] = max(scores.get(looting, 0), riot_weight)
    if RIOTERS_NOT_ARMED in on and "Armed clash" in scores and cues.riot.search(low):
        scores["Armed clash"] -= w.rioters_clash_penalty
    if OFF_DUTY_VICTIM in on and "Armed clash" in scores and "Attack" in scores and cues.off_duty.search(low):
        # "an off-duty police officer was shot dead": a man off his post, whom ACLED counts as a civilian
        scores["Attack"] = max(scores["Attack"], reading.drop("Armed clash") or 0)
        reading.rule_of.setdefault("Attack", OFF_DUTY_VICTIM)
    if RIOTERS_FIREWORKS in on and rioting:
        # "des tirs de mortiers" on the police in a night of urban violence: fireworks, not shelling
        riot = "Violent demonstration" if cues.peaceful.search(low) else "Mob violence"
        for sub in ("Shelling/artillery/missile attack", "Grenade"):
            if sub in scores:
                moved = reading.drop(sub) or 0
                if moved > scores.get(riot, 0):
                    reading.rule_of[riot] = RIOTERS_FIREWORKS
                scores[riot] = max(scores.get(riot, 0), moved)
    if GROUP_CHANGE_NEEDS_ARMED in on and cues.words.GROUP_CHANGE_NEEDS_ARMED \
            and "Change to group/activity" in scores \
            and not (armed if armed is not None else cues.armed_actors.search(low)):
        reading.drop("Change to group/activity")
    if MOVEMENT_NEEDS_WAR in on and cues.words.MOVEMENT_NEEDS_WAR and "Change to group/activity" in scores \
            and cues.force_movement.search(low) and not cues.group_change.search(low) \
            and not (war if war is not None else cues.military.search(low)):
        reading.drop("Change to group/activity")
    if CEREMONY_NOT_PROTEST in on and "Peaceful protest" in scores and cues.ceremony.search(low) \
            and not cues.protest_claims.search(low):
        reading.drop("Peaceful protest")
    if ATTACK_NEEDS_VIOLENCE in on and "Attack" in scores and not cues.violence_done.search(low):
        reading.drop("Attack")  # victims named, no violence done to them
    return reading


@dataclass
class EventCandidate:
    """An event found in a sentence, before it becomes an Event: its trigger and what was read of it."""

    type: str | None  # its PLOVER type; none for a happening of no such type (an accident)
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
    # the spans of every mention of the happening, its trigger first (filled when mentions merge)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    # the mentions that only tell it again far from it (its victims counted, its charge): evidence, not read
    # for its place, date or dead
    told_again: set[tuple[int, int]] = field(default_factory=set)

    def set(self, name: str, value, rule: str | None) -> None:
        """Set a field and the rule that produced it (none: the field's default)."""
        setattr(self, name, value)
        if rule is not None:
            self.rules[name] = rule
        else:
            self.rules.pop(name, None)


class EventFinder:
    """Finds the events of one article."""

    def __init__(self, doc: Doc, lang: str, triggers: LowerLemmaMatcher, article_time: str | None = None,
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
        self._lead_end: int | None = None
        self.merged_places: dict[int, str] = {}  # an event's place taken from a mention it absorbed
        self.locatives = language_pack(lang).places.LOCATIVE_PREPOSITIONS
        self.landmark_before = re.compile(language_pack(lang).places.LANDMARK_BEFORE)
        self.cut_parenthesis = re.compile(rf"\s*\([^()\n]{{1,{weights.cut_parenthesis_max_chars}}}\)")
        # the trigger words of the doc, by token: (token index, PLOVER type, rule)
        self.trigger_words = self.matched_triggers(triggers)
        self.trigger_starts = [i for i, _, _ in self.trigger_words]
        # the article's domain: whether it names armed actors at all, and whether its lead tells an accident
        low = self.text.lower().replace("’", "'")
        self.armed_article = bool(self.cues.armed_actors.search(low))
        self.war_article = bool(self.cues.military.search(low))
        lead = low[:self.lead_end()]
        self.accident_article = ACCIDENT in self.on and bool(self.cues.accident.search(lead)) and not \
            self.cues.armed_actors.search(lead) and not (
                WEAPONS_NOT_ACCIDENT in self.on and self.weapons_over(lead))
        # whether the lead tells of rioters or youths and the text names no military force
        self.riot_article = bool(self.cues.riot.search(lead)) and not self.cues.military.search(low)
        # whether the lead tells an epidemic (a disease named in it) and names no one armed
        self.epidemic_article = NATURAL_CAUSE in self.on and not self.cues.armed_actors.search(lead) and \
            any(w.strip(".,;:!?()«»\"'") in self.words.DISEASE_NOUNS for w in lead.split())
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
        in_name = self.in_organisation_name() if PLACE_IN_NAME in self.on else lambda s, e: False
        self.place_mentions = [(p, s, e) for p in self.places for s, e in p.mentions if not in_name(s, e)]
        self.place_starts = SpanIndex([(s, s) for _, s, _ in self.place_mentions])
        self.time_starts = SpanIndex([(t.span[0], t.span[0]) for t in self.times])
        self.quantity_starts = SpanIndex([(q.span[0], q.span[0]) for q in self.quantities])
        self.place_by_id: dict[str, Place] = {}
        for p in self.places:
            self.place_by_id.setdefault(p.id, p)
        self.mentioned_places = sorted((s, p.id) for p, s, _ in self.place_mentions)
        self.brackets = {c: [m.start() for m in re.finditer(re.escape(c), self.text)] for c in "()\n"} \
            if "(" in self.text else None

    def in_organisation_name(self) -> Callable[[int, int], bool]:
        """Whether the words at ``start:end`` open an organisation's name the article gives ("France
        Info"; not where the pack's names open with their seat: "Kabul Police") or follow a capitalised word
        of it ("Air France"), not a small word ("la préfecture de Paris")."""
        names = sorted((s, e) for ent in self.entities if ent.type == "ORG" for s, e in ent.mentions)
        starts = [s for s, _ in names]
        longest = max((e - s for s, e in names), default=0)
        seat_first = language_pack(self.lang).places.SEAT_OPENS_NAME  # ("Kabul Police": its seat)

        def inside(start: int, end: int) -> bool:
            k = bisect_right(starts, start) - 1
            while k >= 0 and starts[k] >= start - longest:  # (only the names that may hold it)
                s, e = names[k]
                if end <= e and (s, e) != (start, end):
                    words = self.text[s:start].split()
                    return words[-1][:1].isupper() if words else not seat_first
                k -= 1
            return False
        return inside

    # -- finding ---------------------------------------------------------------------------------------
    def matched_triggers(self, matcher: LowerLemmaMatcher) -> list[tuple[int, str, str]]:
        """The doc's trigger words of the rules that are on: (token index, PLOVER type, rule), in order."""
        found = []
        self.violent_arrests: set[int] = set()
        names = SpanIndex(self.actor_names) if TRIGGER_IN_ACTOR_NAME in self.on else None
        for match_id, start, end in matcher(self.doc):
            rule = RULES.name_of(match_id)
            if rule not in self.on:
                continue
            if names is not None and names.covers(self.doc[start].idx):
                continue  # "le Rassemblement national": a party's name
            # a noun split at its hyphens is looked up whole ("guet-apens")
            lemma = self.doc[start]._.get(LEMMA) if end - start == 1 else self.doc[start:end].text.lower()
            plover_of = self.cues.plover_of_verb if rule == TRIGGER_VERB else self.words.EVENT_ADJECTIVES \
                if rule == TRIGGER_ADJECTIVE else self.words.EVENT_NOUNS
            plover = plover_of[lemma]
            if rule == TRIGGER_VERB and REFLEXIVE_TYPE in self.on and lemma in self.words.REFLEXIVE_TYPES \
                    and self.is_reflexive(self.doc[start]):
                # "les gardiens se mobilisent contre l'insécurité": a protest
                plover, rule = self.words.REFLEXIVE_TYPES[lemma][0], REFLEXIVE_TYPE
                if plover == "PROTEST" and not self.cues.protest_claims.search(
                        span_text(self.doc[start].sent).lower()):
                    continue  # "les bénévoles se mobilisent pour aider": no claim voiced, no protest
            if rule == TRIGGER_VERB and lemma in self.words.PRAISE_ONLY_VERBS and \
                    RULES.on(PRAISE_OBJECT) and not self.praised(self.doc[start]):
                continue  # "le suspect avait loué une voiture": rented, not praised
            if rule == TRIGGER_VERB and lemma in self.words.THANKS_ONLY_VERBS and \
                    RULES.on(PRAISE_OBJECT) and not self.thanked_for(self.doc[start]):
                continue  # "le club a remercié son entraîneur": dismissed, not thanked
            if plover == "ACCUSE" and end - start == 1 and self.sentenced(self.doc[start]):
                plover = "COERCE"  # "condamné à cinq ans de prison": a court's sentence, no words of blame
            if plover == "COERCE" and end - start == 1 and self.addressed(self.doc[start]):
                plover = "ACCUSE"  # "« ... », l'a-t-il interpellé": called out in words, not arrested
            if plover == "ASSAULT" and end - start == 1 and COUP in self.on and self.coup(self.doc[start]):
                plover = "COERCE"  # "ont renversé le président": a coup
            if plover == "COERCE" and self.done_violently(self.doc[start]):
                plover = "ASSAULT"  # "interpellé violemment": force used on someone
                self.violent_arrests.add(start)
            found.append((start, plover, rule))
        if HEADLINE_VERB_FORM in self.on:
            found.extend(self.headline_verb_forms({i for i, _, _ in found}))
        return sorted(found)

    def praised(self, verb: Token) -> bool:
        """Whether a verb of praise with another sense has an object of praise: a name, a person's noun, or
        one of the pack's nouns of what is praised ("a loué le travail des soldats")."""
        for obj in (c for c in verb.children if c.dep_ in ("obj", "dobj")):
            lemma = obj.lemma_.lower()
            if obj.pos_ == "PROPN" or lemma in self.words.PRAISED_NOUNS or lemma in self.person_words:
                return True
        return False

    def thanked_for(self, verb: Token) -> bool:
        """Whether a verb of thanks with another sense says what for ("a remercié les pompiers pour leur
        engagement", "remercie ses électeurs de leur confiance")."""
        return any((c.dep_.startswith("obl") or c.dep_ in ("advcl", "xcomp")) and any(
            g.dep_ in ("case", "mark") and g.lower_ in self.words.THANKS_CASES for g in c.children)
            for c in verb.children if c.i > verb.i)

    @cached_property
    def actor_names(self) -> list[tuple[int, int]]:
        """The mentions of the article's organisations whose name, of more than one word, the actor table
        knows."""
        table = actor_table()
        return sorted((s, e) for ent in self.entities if ent.type == "ORG" and " " in ent.name.strip()
                      and table.find(ent.name) is not None for s, e in ent.mentions)

    def headline_verb_forms(self, taken: set[int]) -> list[tuple[int, str, str]]:
        """The trigger verbs of a headline that the parse tagged as another part of speech: a present form of
        a trigger verb ("presse", "aide") that no verb comes before, between a name or noun, its subject, and
        a determiner or a name, its object ("une juge presse la police d'agir")."""
        end = self.headline()
        words = [t for t in self.doc if t.idx < end and not t.is_space]
        verb = next((t.i for t in words if t.pos_ in ("VERB", "AUX")), len(self.doc))
        forms = form_lemmas(self.words)
        doc = self.doc
        return [(t.i, self.cues.plover_of_verb[forms[t.lower_]], HEADLINE_VERB_FORM)
                for t in words[1:-1] if t.i < verb and t.i not in taken and t.lower_ in forms
                and t.pos_ in ("NOUN", "ADJ") and doc[t.i - 1].pos_ in ("NOUN", "PROPN")
                and doc[t.i + 1].pos_ in ("DET", "PROPN")]

    def sentenced(self, token: Token) -> bool:
        """Whether a word of blame is a court's sentence: someone condemned in the passive ("elle a été
        condamnée en 2018") or to a penalty ("a condamné un colon à la perpétuité"), not a thing blamed
        ("l'attaque a été condamnée", "a condamné le coup d'Etat")."""
        words = self.words
        if COURT_SENTENCE not in self.on or token._.get(LEMMA) not in words.SENTENCE_WORDS:
            return False
        near = [c for c in token.children if c.dep_ in ARGUMENT_DEPS]
        near += [g for c in near for g in c.children if g.dep_ in ("nmod", "obl", "obl:arg")]
        if any(c.lemma_.lower() in words.PENALTY_NOUNS and any(
                g.dep_ == "case" and g.lower_ in words.PENALTY_MARKS for g in c.children) for c in near):
            return True
        if token.pos_ != "VERB" or not self.is_passive(token):
            return False
        patient = [c for c in token.children if c.dep_ in ("nsubj:pass", "nsubjpass")]
        return bool(patient) and all(p.lemma_.lower() not in words.EVENT_NOUNS.keys() | words.BLAMED_THINGS
                                     or kind_of_words(p.lemma_.lower(), []) for p in patient)

    def done_violently(self, token: Token) -> bool:
        """Whether a manner of violence modifies the word ("interpellé violemment")."""
        return VIOLENT_ARREST in self.on and any(c.dep_ == "advmod" and c.lower_ in self.words.VIOLENT_MANNER
                                                 for c in token.children)

    def triggers(self, sent: Span) -> list[tuple[Token, str, str]]:
        """The trigger words of a sentence: (token, PLOVER type, rule)."""
        first = bisect_left(self.trigger_starts, sent.start)
        last = bisect_left(self.trigger_starts, sent.end)
        return [(self.doc[i], plover, rule) for i, plover, rule in self.trigger_words[first:last]]

    def cue_trigger(self, sent: Span, sub: str, scores: dict[str, int]) -> tuple[int, int] | None:
        """Where the words that typed the sentence are, to serve as its trigger: the cues of ``sub``,
        else those of its kin and of the other types it scored (rioting with no demonstration is scored as
        mob violence)."""
        low = span_text(sent).lower().replace("’", "'")
        kin = [s for s in ACLED_TYPES[EVENT_TYPE_OF[sub]] if s != sub]
        others = [s for s in sorted(scores, key=lambda s: -scores[s]) if PLOVER_OF[s] == PLOVER_OF[sub]]
        for name in [sub] + kin + others:
            for pattern, _ in self.cues.acled.get(name, []):
                for m in pattern.finditer(low):
                    if not self.names_people(sent.start_char + m.start()) and not self.in_name(
                            sent.start_char + m.start()):
                        return sent.start_char + m.start(), sent.start_char + m.end()
        return None

    def in_name(self, char: int) -> bool:
        """Whether the cue word at ``char`` is part of a name ("the Artillery battalion 360", "la Marche pour
        la vie"): another of the sentence's cue words may tell the event."""
        token = token_covering(self.doc, char)
        return token is not None and self.in_quote_title(token)

    def in_body_name(self, token: Token) -> bool:
        """Whether the word is inside a mention of an organisation's name of several words, after its first
        (not "l'attaque" that a misread name starts with)."""
        for i in self.entity_index.overlapping(token.idx, token.idx + len(token)):
            entity, start, end = self.entity_mentions[i]
            if self.entity_by_id[entity].type == "ORG" and start < token.idx and " " in self.text[start:end]:
                return True
        return False

    def names_people(self, char: int) -> bool:
        """Whether the cue word at ``char`` names people ("les revendications des manifestants") who do
        nothing in the sentence (a subject acts: "les manifestants ont bloqué la route")."""
        if PEOPLE_CUE not in self.on:
            return False
        token = token_covering(self.doc, char)
        if token is None or token.pos_ not in ("NOUN", "PROPN", "ADJ") or token.dep_.startswith("nsubj"):
            return False
        return token.lemma_.lower() in self.words.PEOPLE_NOUNS or token.lower_.endswith(
            self.words.PEOPLE_ENDINGS)

    def skipped(self, token: Token, plover: str, accident: bool = True) -> bool:
        """Whether a trigger word is no event: a title, words quoted or in scare quotes, the verb of saying
        itself, a reflexive verb of violence, violence in an accident (unless ``accident`` is false)."""
        if self.in_quote_title(token) or self.quoted(token.idx) or self.scare_quoted(token):
            return True
        if self.is_saying_cue(token) and plover not in VERBAL:
            return True  # "a lancé" said something; "a accusé", "a appelé à" are events of words
        if LIGHT_TRIGGER in self.on and token.pos_ == "VERB" and token.dep_ in ("amod", "appos"):
            return True  # a participle that describes a noun: "l'Etat croate, allié des nazis"
        if LIGHT_TRIGGER in self.on and plover in STATES and self.bare_participle(token):
            return True  # a bond, not a deed: "les forces alliées", "l'Etat croate, allié des nazis"
        if LIGHT_TRIGGER in self.on and plover in VERBAL and self.describes_noun(token) \
                and not self.headline_participle(token):
            return True  # words named by what was said of them: "les policiers incriminés", "le prix réclamé"
        if DESCRIBED_BY_DEED in self.on and plover in self.w.described_types and self.describes_noun(token):
            return True  # "un groupement formé en vue de", "Kiev aidé par les Occidentaux"
        if BACKED_BY in self.on and token._.get(LEMMA) in self.words.BACKING_VERBS \
                and self.bare_participle(token) and token.dep_ in ("acl", "amod", "appos", "advcl"):
            return True  # a bond, not a deed: "les rebelles Houthis, soutenus par l'Iran"
        if self.asked_or_aimed(token, plover):
            return True
        return self.not_an_event(token, plover, accident)

    def asked_or_aimed(self, token: Token, plover: str) -> bool:
        """An infinitive that a request asks for ("a appelé le gouvernement à interdire"), that is stopped, or
        that is the aim of another event ("rassemblés pour lui rendre hommage"): no event beside it."""
        if ASKED_OR_AIMED not in self.on or token.head.i == token.i:
            return False
        head = token.head
        aim = head.head if head.pos_ == "ADP" else head  # "aimed at arresting"
        if aim._.get(LEMMA) in self.words.AIM_VERBS and token.dep_ in ("xcomp", "obl:arg", "obl", "ccomp",
                                                                       "pcomp"):
            return True  # the aim of something: "une intervention visant à interpeller des suspects"
        if plover != "PROTEST" and self.asked_for(token):
            return True  # "réclamer des renforts" (a strike called for is planned: see modality)
        if token.pos_ != "VERB" or "Inf" not in token.morph.get("VerbForm"):
            return False
        if head._.get(LEMMA) in self.words.PLOVER_TRIGGERS["REQUEST"] | self.words.STOP_VERBS:
            return True  # asked for, or stopped: "a cessé d'attaquer"
        # the aim of another event; violence only aimed at ("des primes pour tuer") is not done, while help
        # given to help ("pour aider") or words said to denounce ("pour dénoncer") are
        return marked_by(token, self.words.PURPOSE_MARKS) and (
            head.i in self.trigger_token_set or plover == "ASSAULT")

    def asked_for(self, token: Token) -> bool:
        """Whether a word of request governs the event noun as what it asks for ("réclamer des renforts",
        "les demandes d'un cessez-le-feu", "appellent à la grève")."""
        if ASKED_OR_AIMED not in self.on or token.pos_ != "NOUN" or token.dep_ not in (
                "obj", "dobj", "obl:arg", "nmod", "pobj"):
            return False
        request = self.governor(token)[0]
        if request._.get(LEMMA) not in self.words.PLOVER_TRIGGERS["REQUEST"] | self.words.REQUEST_NOUNS:
            return False
        # what is asked is marked as such ("appellent à la grève", "calls for a ceasefire"), not a time ("to
        # demand justice after the killing")
        marks = [c.lower_ for c in token.children if c.dep_ == "case"] + (
            [token.head.lower_] if token.head.pos_ == "ADP" else [])
        if any(m not in self.words.REQUEST_PREPOSITIONS for m in marks):
            return False
        # a call answered was done: "ont répondu à l'appel à manifester", "responded to the call for
        # demonstrations"
        heeded = request.head.head if request.head.pos_ == "ADP" else request.head
        return request.pos_ != "NOUN" or heeded._.get(LEMMA) not in self.words.HEEDING_VERBS

    @cached_property
    def trigger_token_set(self) -> set[int]:
        """The indices of the doc's trigger words."""
        return {i for i, _, _ in self.trigger_words}

    @staticmethod
    def bare_participle(token: Token) -> bool:
        """A past participle with no auxiliary: a state ("allié des nazis"), not something done."""
        return "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense") \
            and not any(c.dep_.startswith("aux") for c in token.children)

    @staticmethod
    def describes_noun(token: Token) -> bool:
        """A past participle with no auxiliary after the noun phrase it restricts ("le prix réclamé", "le
        gardien de la paix accusé d'avoir menti"): it names the noun (set off by a comma, ", accusé d'avoir
        menti", it tells something new)."""
        morph = token.morph
        head = token.head
        return token.dep_ == "acl" and head.i < token.i and "Part" in morph.get("VerbForm") \
            and "Past" in morph.get("Tense") and not any(c.dep_.startswith("aux") for c in token.children) \
            and not any(t.is_punct for t in token.doc[head.i + 1:token.i])

    def not_an_event(self, token: Token, plover: str, accident: bool = True) -> bool:
        """Whether a word of an event's kind names none here: a reflexive or light verb without what makes
        it one, violence in an accident (unless ``accident`` is false), a figure of speech."""
        if self.blocked(token) or self.class_of_happenings(token, plover):
            return True  # "l'interdiction des rassemblements", "la hausse des agressions"
        if BODY_NAME in self.on and self.in_body_name(token):
            return True  # "le Collectif féministe contre le viol"
        lemma = token._.get(LEMMA)
        if token.pos_ in ("VERB", "AUX"):  # "il se demande": "se demander"
            lemma = form_lemmas(self.words).get(lemma, lemma)
        if REFLEXIVE in self.on and (plover == "ASSAULT" or lemma in self.words.REFLEXIVE_NOT_EVENT) \
                and token.pos_ == "VERB" and self.is_reflexive(token):
            return True  # "s'attaquer à un problème": to tackle it; "s'appuyer sur": to rest on
        if NOUN_INFINITIVE in self.on and token.pos_ == "VERB" and token.dep_ == "acl" \
                and token.head.pos_ == "NOUN" and "Inf" in token.morph.get("VerbForm") \
                and token.head.lemma_.lower() not in self.words.ASPECT_NOUNS \
                and any(c.dep_ == "mark" and c.lower_ in self.words.NOUN_INFINITIVE_MARKS
                        for c in token.children):
            return True  # "la liberté de manifester", "des appels à manifester" (not "en train de négocier")
        own = self.cues.plover_of_verb.get(lemma) or self.words.EVENT_NOUNS.get(lemma)
        if LIGHT_TRIGGER in self.on and own == plover and self.lacks_complement(token, lemma):
            return True  # "rendre" with no "hommage", "placer" with no "garde à vue" (but "ouvert le feu")
        if accident and self.in_accident(token, plover):
            return True  # "tué dans un accident", "l'explosion provoquée par une fuite de gaz"
        if plover == "ASSAULT" and NATURAL_CAUSE in self.on and self.natural_cause(token):
            return True  # "le virus a tué", "le pays le plus frappé par la pandémie"
        if plover == "ASSAULT" and FIGURE_OF_MEASURE in self.on and self.aims_at_measure(token):
            return True  # "le 0 à 100 km/h abattu en 4,9 s"
        if ANIMAL_AGENT in self.on and self.done_by_animal(token):
            return True  # "des macaques se bagarrent", "leur chien a attaqué une passante"
        if plover == "ASSAULT" and FIGURE_OF_RISE in self.on and self.rises(token):
            return True  # "le prix des denrées a explosé"
        if HABITUAL in self.on and self.habitual(token):
            return True  # "le rassemblement suscite chaque année des controverses"
        if TALLIED in self.on and plover == "ASSAULT" and self.tallied(token):
            return True  # "une nette hausse des agressions de soignants"
        if ACTOR_NEEDED in self.on and plover in self.w.actor_types and not self.by_an_actor(token):
            return True  # "la jeune fille a quitté sa famille", "les rescapés quittent la salle"
        if RULE_IN_FORCE in self.on and self.impersonal_present(token):
            return True  # "il est interdit de les faire voler la nuit": a rule in force, no deed
        if DEGREE_ADJECTIVE in self.on and self.graded(token):
            return True  # "parmi les plus demandés", "particulièrement exigeant": a quality, no deed
        if plover == "COERCE" and FIGURE_OF_WORDS in self.on and (self.waged_with_words(token)
                                                                  or self.stopped(token)) \
                and not self.sentenced(token):
            return True  # "a interpellé le ministre dans un courrier": words addressed, no arrest
        if plover == "COERCE" and self.addressed(token):
            return True  # "interpellé au sujet de la taxe", "« ... », l'a-t-il interpellé": no arrest
        if plover == "COERCE" and DRAWS_ATTENTION in self.on and self.draws_attention(token):
            return True  # "le timing de ce geste a interpellé", "ce chiffre interpelle": no arrest
        if GUEST in self.on and plover == "REQUEST" and token.pos_ == "VERB" \
                and token.lemma_.lower() in self.words.GUEST_VERBS and self.bare_participle(token) \
                and not any("Inf" in c.morph.get("VerbForm") for c in token.children) and any(
                    g.dep_ == "case" and g.lower_ in self.words.GUEST_MARKS
                    for c in token.children if c.dep_.startswith("obl") for g in c.children):
            return True  # "Jean Dupont, invité de la matinale": a guest, no request
        if plover == "ASSAULT" and COMMEMORATED_DEAD in self.on and self.commemorated(token):
            return True  # "hommage aux militaires tués au Mali": the dead honoured, no new deed
        if ATTENDED in self.on and plover == "AID" and token.pos_ == "VERB" \
                and token.lemma_.lower() in self.words.ATTEND_VERBS \
                and not any(c.dep_ in ("obj", "dobj", "nsubj:pass") for c in token.children):
            return True  # "assistent aux funérailles", "venues y assister": attended, no help given
        if MOBILIZED_FORCE in self.on and plover == "MOBILIZE" and self.moves_no_force(token):
            return True  # "les soupçons ont été renforcés", "déployant ses talents"
        if KIND_OF_THING in self.on and self.kind_of_thing(token):
            return True  # "des chars d'assaut", "combat helicopters"
        if PEACEFUL_DOMAIN in self.on and plover in ("ASSAULT", "PROTEST") and self.peaceful_domain(token):
            return True  # "l'offensive diplomatique", "les manifestations sportives"
        if self.other_sense(token, plover):
            return True  # "une frappe du milieu de terrain", "le droit de grève"
        return FIGURATIVE in self.on and plover == "ASSAULT" and self.figurative(token)

    def commemorated(self, token: Token) -> bool:
        """Whether ``token`` is a participle with no auxiliary that describes the dead ("les soldats tués")
        named as the complement, a few steps down the parse, of a noun of honouring them or of a verb that
        takes one ("en l'honneur des soldats tués", "rendre hommage aux militaires tués", "un hommage a été
        rendu aux ..."; not "le soldat tué mardi recevra un hommage", where the dead are the subject, nor
        a participle with a date of its own)."""
        if token.pos_ not in ("VERB", "ADJ") or "Part" not in token.morph.get("VerbForm") or \
                token.head.i == token.i or any(c.dep_.startswith("aux") for c in token.children):
            return False
        if any(self.time_spans.covers(c.idx) for c in token.children):
            return False  # "hommage aux humanitaires tués dimanche au Niger": the deed, dated, is the news
        words, node = self.words.COMMEMORATION_NOUNS, token
        for _ in range(self.w.commemorated_steps):
            if node.head.i == node.i or node is not token and node.dep_ not in COMPLEMENTS:
                return False
            node = node.head
            if node.pos_ == "NOUN" and node.lemma_.lower() in words or any(
                    c.dep_ in ("obj", "dobj", "nsubj", "nsubj:pass") and c.pos_ == "NOUN" and
                    c.lemma_.lower() in words for c in node.children):
                return True
        return False

    def other_sense(self, token: Token, plover: str) -> bool:
        """Whether a word of fighting or of protest names no such event here: a move of play, a fight of
        words between parties or stars, 'manifeste' as an adjective or a noun, a show, a strike named as a
        right."""
        words = self.words
        if token.pos_ in ("DET", "PRON") and token.head.i != token.i:
            token = token.head  # a cue's first word: "une frappe"
        low = token.lower_
        sent = sentence_of(token)
        if plover == "ASSAULT" and SPORT_FIGURE in self.on and not self.armed_article \
                and token.pos_ == "NOUN" and words.SPORT_MOVES & {token.lemma_.lower(), low} \
                and not self.violence_around(token):
            # the sentence, or the whole headline for a word in it ("Football : une frappe ...")
            headline = self.headline()
            told = self.text[:headline] if token.idx < headline else span_text(sent)
            if events_pattern(self.lang, "SPORT_WORDS").search(told.lower()):
                return True
        if plover == "ASSAULT" and PARTY_FIGURE in self.on and token.pos_ == "VERB" \
                and not self.armed_article and self.done_by_party(token):
            return True
        if plover == "REQUEST" and PLEA_FOR in self.on and token._.get(LEMMA) in words.PLEA_VERBS \
                and not self.pleads_for(token):
            return True  # "a plaidé le président" argues, "avaient plaidé avoir été dupées" in court
        if plover == "ACCUSE" and TOLL_DEPLORED in self.on and self.counts_dead(token):
            return True  # "le Mexique a déploré 25.000 morts": a toll, no one accused
        if plover != "PROTEST":
            return False
        if MANIFEST_WORD in self.on and low in words.MANIFEST_FORMS and (
                token.pos_ in ("ADJ", "NOUN") or any(c.dep_ == "det" for c in token.children)
                or token.i > 0 and token.doc[token.i - 1].pos_ == "DET"):
            return True
        if SHOW_NOT_PROTEST in self.on and token._.get(LEMMA) in words.SHOW_GATHERINGS and self.show(sent):
            return True
        if GATHERING_CLAIM in self.on and token._.get(LEMMA) in words.GATHERING_WORDS \
                and not self.voices_claim(token) and not self.protest_article:
            return True
        lemma = token.lemma_.lower()
        return STRIKE_IN_POLICY in self.on and token.pos_ == "NOUN" and lemma in words.STRIKE_NOUNS \
            and token.dep_ == "nmod" and token.head.lemma_.lower() in words.STRIKE_FRAME_NOUNS \
            and not any(c.dep_ in ("det", "nummod", "amod") for c in token.children)

    def pleads_for(self, verb: Token) -> bool:
        """Whether a verb of pleading has a complement of what it pleads for ("pour une accélération", "en
        faveur d'un cessez-le-feu")."""
        words = self.words.PLEA_WORDS
        return any(c.lower_ in words or any(g.dep_ == "case" and g.lower_ in words for g in c.children)
                   for c in verb.children)

    def counts_dead(self, token: Token) -> bool:
        """Whether a verb of regret that may count the dead ("déplorer") has for object a number of them,
        not a definite death ("a déploré des morts", "déplore trois victimes"; not "a déploré la mort de")."""
        if token.lemma_.lower() not in self.words.TOLL_KEEPING_VERBS:
            return False
        # (the object's words: past a day the parse may take for the object, "a déploré jeudi 25.000 morts")
        words = [t for c in token.children if c.dep_ in ("obj", "dobj") for t in c.subtree]
        return any(t.lower_ in self.words.TOLL_NOUNS and not any(
            d.dep_ == "det" and "Def" in d.morph.get("Definite") for d in t.children) for t in words)

    def voices_claim(self, token: Token) -> bool:
        """Whether the sentence of a gathering's word or the next (a headline's: the lead's first) voices a
        claim ("pour réclamer", "des banderoles", "des militants"), it gathers for a purpose ("gathered
        outside the court to call for ..."), or its own phrases name a cause ("ont défilé contre la réforme",
        "pour le climat"; not "le défilé commémorant la victoire contre l'Allemagne")."""
        at = self.sentence_at(token.idx)
        told = self.sentences[at:at + 2] if token.idx >= self.headline() else self.lead_sentences(1)
        if any(events_pattern(self.lang, "GATHERING_CLAIMS").search(span_text(s).lower()) for s in told):
            return True
        cause, purpose = self.words.CAUSE_CASES, self.words.PURPOSE_MARKS
        if any(c.dep_ in ("mark", "aux") and c.lower_ in purpose for t in token.children
               if t.dep_ in ("advcl", "xcomp") for c in t.children):
            return True

        def own(t: Token) -> bool:  # (a date's phrase is none: "lundi pour une autre ville")
            return t.dep_ not in CLAUSE_DEPS and t.pos_ not in ("VERB", "AUX") \
                and not self.time_spans.covers(t.idx)

        phrase, todo = [], [c for c in token.children if own(c) and c.dep_ != "case"]
        while todo:  # the gathering's own phrases, not the clauses in them nor its own preposition
            t = todo.pop()
            phrase.append(t)
            todo.extend(c for c in t.children if own(c))
        return any(t.dep_ == "case" and t.lower_ in cause for t in phrase)

    @cached_property
    def protest_article(self) -> bool:
        """Whether the article tells of protest anywhere: its demonstrators, slogans, banners or strikers."""
        return bool(events_pattern(self.lang, "PROTEST_TALK").search(self.text.lower()))

    def show(self, sentence: Span) -> bool:
        """Whether a sentence tells of things shown or of a show (cars, models, fashion, a fair, a
        pilgrimage, fans) and voices no claim: its gatherings and parades are no protest."""
        low = span_text(sentence).lower().replace("’", "'")
        return bool(events_pattern(self.lang, "SHOW_WORDS").search(low)) \
            and not events_pattern(self.lang, "CLAIM_WORDS").search(low)

    def done_by_party(self, token: Token) -> bool:
        """Whether a verb of fighting prone to figures ("attaquer", not "frapper") has for agent a party, a
        team, a show-business figure or a medium, with no other violence nor ACLED reading in its sentence
        ("le chanteur attaque son producteur")."""
        words = self.words
        if token._.get(LEMMA) not in words.FIGURE_PRONE_VERBS - words.HIT_VERBS:
            return False  # "le rappeur a frappé un photographe" may be a blow
        # the subject, when no auxiliary makes it passive (the parse may call "a attaqué"'s subject passive)
        children = list(token.children)
        if any(c.dep_ in ("aux:pass", "auxpass") for c in children):
            return False
        agent = self.trigger_roles(token)[0] or next((c for c in children if c.dep_ in SUBJECTS), None)
        if agent is None or agent.lemma_.lower() not in words.FIGURE_PARTIES:
            return False
        sent = span_text(sentence_of(token)).lower()
        if self.violence_around(token) or self.cues.armed_actors.search(sent):
            return False
        return self.reads_no_event(self.without(token))

    def moves_no_force(self, token: Token) -> bool:
        """Whether what a verb of mobilizing moves is named and is no force nor a means of one: not armed
        people, a body or a state, nor a noun of forces ("les soupçons ont été renforcés", "un aigle aux
        ailes déployées", "déployant ses talents"; not "renforcé ses troupes", "déployé des navires")."""
        force = self.words.FORCE_NOUNS
        if not force or token.pos_ != "VERB" or token.lemma_.lower() in self.words.AREA_MOBILIZE_VERBS:
            return False  # "quadriller les secteurs", "patrouillent les abords": the area covered
        moved = [c for c in token.children if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")]
        if not moved and token.dep_ in ("acl", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
            moved = [token.head]  # "des soldats déployés au sol"
        moved = [self.role_head(c) for c in moved]
        if not moved:
            return False
        return not any(m.pos_ != "NOUN" or m.lemma_.lower() in force or kind_of_words(m.lemma_.lower(), [])
                       or self.actor_entity(m) for m in moved)

    def kind_of_thing(self, token: Token) -> bool:
        """Whether the event noun is the bare complement of a thing's noun, its kind ("des chars d'assaut",
        "un hélicoptère de combat", "assault rifles"; not "les chars de l'assaut")."""
        head, dep = token.head, token.dep_
        if dep == "conj" and head.dep_ in ("nmod", "compound"):
            head, dep = head.head, head.dep_  # one of several kinds: "des scènes de mariage ou de combat"
        if token.pos_ != "NOUN" or head.i == token.i or head.pos_ != "NOUN" \
                or head.lemma_.lower() not in self.words.KIND_OF_THING_NOUNS:
            return False
        if dep == "compound":
            return True  # "assault rifles"
        # (an adjective after it may be the thing's: "l'avion de combat français")
        return dep == "nmod" and not any(c.dep_ in ("det", "nummod") or c.dep_ == "amod" and c.i < token.i
                                         for c in token.children) \
            and any(c.dep_ == "case" and c.lower_ in self.words.INDEFINITE_CASES for c in token.children)

    def peaceful_domain(self, token: Token) -> bool:
        """Whether the event noun is qualified by a domain of no violence nor street protest ("l'offensive
        diplomatique", "les manifestations sportives ou culturelles", "une bataille politique")."""
        if token.pos_ != "NOUN":
            return False
        if token.dep_ in SUBJECTS and token.head.lemma_.lower() in self.words.ESCALATION_VERBS:
            return False  # "une altercation verbale a dégénéré", "a verbal altercation turned violent"
        domains = self.words.PEACEFUL_DOMAINS
        if token.lemma_.lower() in self.words.FIGURATIVE_NOUNS:
            domains = domains | self.words.PEACEFUL_DOMAINS_OF_FIGHTING
        return any(c.dep_ in ("amod", "compound") and (c.lemma_.lower() in domains or c.lower_ in domains or
                                                        RULES.on(DOMAIN_INFLECTED) and
                                                        masculine_singular(c.lower_) in domains)
                   for c in token.children)

    def governor(self, token: Token) -> tuple[Token, Token] | None:
        """The word that governs an event word, and the word it governs through: the event word's head, past
        a coordination ("les rassemblements et manifestations seront interdits"), a preposition ("a ban on
        protests") or a verb that only stages it ("renoncé à organiser une manifestation")."""
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        head = token.head
        if head.i != token.i and head.pos_ == "ADP":  # "a ban on protests"
            token, head = head, head.head
        if head.i == token.i:
            return None
        if head.pos_ == "VERB" and head._.get(LEMMA) in self.words.STAGING_VERBS \
                and token.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") and head.head.i != head.i:
            return head.head, head
        return head, token

    def blocked(self, token: Token) -> bool:
        """Whether a word of banning, preventing, foiling or giving up governs the event word as what it
        bars ("l'interdiction des rassemblements", "seront interdits", "déjoué un attentat", "renoncé à
        organiser une manifestation"): the happening did not take place."""
        if BLOCKED_HAPPENING not in self.on:
            return False
        if any(c.dep_ in ("amod", "acl") and c._.get(LEMMA) in self.words.BLOCKING_WORDS
               for c in token.children):
            return True  # "rassemblements interdits", "un attentat déjoué", "la manifestation annulée"
        found = self.governor(token)
        if found is None:
            return False
        head, through = found
        return head._.get(LEMMA) in self.words.BLOCKING_WORDS and through.dep_ in (
            "obj", "dobj", "nsubj:pass", "nsubjpass", "nmod", "obl:arg", "xcomp", "prep", "pobj")

    def class_of_happenings(self, token: Token, plover: str) -> bool:
        """Whether the event word names happenings as a class: in the plural (or bare: "la menace
        d'attentat") under a word of trend, count, lapse or fear ("la hausse des agressions", "six mois de
        manifestations", "les attaques se multiplient"), or qualified as recurring ("des attaques
        récurrentes")."""
        if COUNTED_HAPPENINGS not in self.on:
            return False
        words = self.words
        if plover == "ASSAULT" and token.pos_ == "VERB" and any(
                c.dep_.startswith("obl") and c.lemma_.lower() in words.WAR_NOUNS
                and any(g.dep_ == "case" and g.lower_ in words.LAPSE_WORDS for g in c.children)
                for c in token.children):
            return True  # "les marins tués durant la guerre de Crimée": the deeds of a war
        if token.pos_ == "VERB" and token.dep_ == "acl" and token.head.pos_ == "NOUN":
            token = token.head  # "le nombre de soldats tués": the noun the participle tells of is counted
        elif token.pos_ != "NOUN":
            return False
        if any(c.dep_ == "amod" and c.lower_ in self.words.RECURRENT_ADJECTIVES for c in token.children):
            return True
        if token.dep_ in ("nmod", "obl:arg") and token.head.pos_ == "NOUN" \
                and token.head.lemma_.lower() not in words.CIRCUMSTANCE_NOUNS \
                and not self.counted(token.head) \
                and "Plur" in token.morph.get("Number") \
                and not any(c.dep_ in ("det", "nummod") for c in token.children) \
                and any(c.dep_ == "case" and c.lower_ in words.INDEFINITE_CASES for c in token.children):
            return True  # "victimes de massacres", "auteur d'attentats" (not "des dizaines de blessés")
        found = self.governor(token)
        if found is not None and found[0]._.get(LEMMA) in words.WORK_NOUNS and found[1].dep_ in (
                "nmod", "obl:arg", "prep", "pobj"):
            return True  # "Le roman, récit du meurtre d'un fermier par son voisin": a story told, no news
        if found is not None and found[0]._.get(LEMMA) in words.INSTANCE_NOUNS and found[1].dep_ == "nmod":
            token = found[0]  # "les actes de vandalisme ont augmenté": the acts are counted
            found = self.governor(token)
        if found is None or not self.trend_word(found[0]):
            return False
        bare = not any(c.dep_ == "det" for c in token.children)
        return found[1].dep_ in ("nmod", "obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass", "prep",
                                 "pobj") and ("Plur" in token.morph.get("Number") or bare)

    def trend_word(self, token: Token) -> bool:
        """A word of trend, count, lapse or fear ("hausse", "record", "se multiplier"), or one of count with
        the definite article ("le nombre")."""
        lemma = token._.get(LEMMA)
        return lemma in self.words.TREND_WORDS or lemma in self.words.DEFINITE_COUNT_NOUNS and any(
            c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in token.children)

    def habitual(self, token: Token) -> bool:
        """Whether the verb that tells the event (the event's own, or the one its noun hangs on) has a
        modifier of recurrence ("chaque année", "fréquemment")."""
        verb = token if token.pos_ in ("VERB", "AUX") or token.head.i == token.i else token.head
        return any(c.i != token.i and not c.dep_.startswith(("acl", "relcl", "ccomp", "advcl", "conj"))
                   and (self.cues.habitual.search(" ".join(t.lower_ for t in c.subtree))
                        or c.dep_ == "advmod" and c.lower_ in self.words.HABITUAL_ADVERBS)
                   for c in verb.children)

    def tallied(self, token: Token) -> bool:
        """A plural noun of violence qualified by a noun of trend ("des agressions en hausse") or counted by
        the score in a sentence that names a year ("1.230 agressions en 2017"), or a verb of violence whose
        victims are so counted ("90 femmes ont été tuées en 2018"): a statistic. (Violence that a word of
        trend governs is a class of happenings, see ``class_of_happenings``.)"""
        if token.pos_ == "VERB":
            return any(self.scored(v) for v in self.victims(token)) and self.yearly(token)
        if token.pos_ != "NOUN" or "Plur" not in token.morph.get("Number"):
            return False
        if any(c.pos_ == "NOUN" and c.dep_.startswith("nmod") and self.trend_word(c)
               and any(g.dep_ == "case" for g in c.children) for c in token.children):
            return True  # "des agressions en hausse" (not "soixante ans après les bombardements")
        return self.scored(token) and self.yearly(token)

    def scored(self, noun: Token) -> bool:
        """Whether a noun is counted by the score ("870 agressions", "90 femmes"; the parse may head the
        number): with a year only, acts or dead over that year ("20 shots on 29 January" are one
        happening's)."""
        numbers = [c for c in noun.children if c.dep_ == "nummod"]
        numbers += [noun.head] if noun.head.pos_ == "NUM" else []
        starts = [i for c in numbers for i in self.quantity_starts.starting_within(c.left_edge.idx, c.idx)]
        if numbers:  # "Au moins 90 femmes": a bound before the number opens the noun's phrase
            starts += self.quantity_starts.starting_within(noun.left_edge.idx, noun.idx)
        counts = [self.quantities[i] for i in starts]
        return any((q.value or q.low or 0) >= self.w.tally_min_acts for q in counts)

    def yearly(self, token: Token) -> bool:
        """Whether the token's sentence names a year or a lapse of years ("en 2017", "depuis 2014")."""
        sent = sentence_of(token)
        return any(re.fullmatch(r"\d{4}|P\d+Y", t.value or "") for i in self.time_starts.starting_within(
            sent.start_char, sent.end_char - 1) for t in [self.times[i]])

    def agents(self, token: Token) -> list[Token]:
        """Who or what does a verb's deed: its subject, its passive agent ("frappé par la pandémie"), the
        antecedent of its relative ("le Covid, qui a tué")."""
        if token.dep_.startswith("aux") and token.head.i != token.i:  # "a" of "a explosé"
            token = token.head
        out = [c for c in token.children if c.dep_ in SUBJECTS]
        for c in token.children:
            if c.dep_ in ("obl:agent", "agent"):
                out.append(c)
                out += [g for g in c.children if g.dep_ == "pobj"]
        if token.dep_ in ("acl:relcl", "relcl") and token.head.i != token.i:
            out.append(token.head)
            # the noun just before the relative pronoun, whatever the parse hung the clause on
            pronoun = min((c.i for c in token.children if c.dep_ in SUBJECTS and c.pos_ == "PRON"), default=0)
            before = [t for t in self.doc[max(0, pronoun - 2):pronoun] if not t.is_punct]
            out += before[-1:]
        return out

    def addressed(self, token: Token) -> bool:
        """Whether a verb of arrest calls someone out in words: a complement names the matter raised
        ("interpellé au sujet de la réforme", "à propos de"; "sur" with an unarmed subject), it stands in the
        incise of a quote ("« ... », l'a-t-il interpellé") or, in the active, opens one ("l'interpelle :
        « ... »")."""
        if ADDRESSED not in self.on or token.pos_ != "VERB" \
                or token._.get(LEMMA) not in self.words.ADDRESS_VERBS:
            return False
        marks, cases = self.words.ADDRESS_TOPIC_MARKS, self.words.ADDRESS_TOPIC_CASES
        near = [c for c in token.children if c.dep_ in ARGUMENT_DEPS]
        near += [g for c in near if c.dep_ in ("obj", "dobj") for g in c.children if g.dep_ in ARGUMENT_DEPS]
        if any(c.lower_ in marks or any(g.dep_ == "case" and (g.lower_ in marks or any(
                x.lower_ in marks for x in g.children)) for g in c.children) for c in near):
            return True  # "au sujet de", "à propos de"
        # "le maire a interpellé le préfet sur la sécurité": someone unarmed raises a matter ("interpellé sur
        # les lieux" by the police is an arrest)
        subjects = [c for c in token.children if c.dep_ in SUBJECTS and c.pos_ in ("NOUN", "PROPN")]
        if subjects and not self.is_passive(token) and not any(
                kind_of_words(c.lemma_.lower(), []) in ARMED_ROLES
                or self.cues.armed_actors.search(" ".join(t.lower_ for t in c.subtree)) for c in subjects) \
                and any(g.dep_ == "case" and g.lower_ in cases for c in near for g in c.children):
            return True
        window = self.w.idiom_window
        before = self.text[max(0, token.idx - window):token.idx]
        after = self.text[token.idx + len(token):token.idx + len(token) + window]
        # (the inverted subject of an incise, "-t-il", may be parsed as a passive's auxiliary)
        return bool(INCISE_BEFORE.search(before)) or not self.is_passive(token) \
            and bool(QUOTE_AFTER.match(after))

    def draws_attention(self, token: Token) -> bool:
        """Whether a verb of calling out ("interpeller") in the active has no object and a subject that is
        no one: a thing, a deed, "cela" ("le timing de ce geste a interpellé", "ce chiffre interpelle")."""
        if token.pos_ != "VERB" or token._.get(LEMMA) not in self.words.ADDRESS_VERBS or \
                self.is_passive(token) or any(c.dep_ in ("obj", "dobj", "iobj") for c in token.children):
            return False
        subjects = [c for c in token.children if c.dep_ in SUBJECTS]
        return bool(subjects) and all(
            c.lower_ in self.words.THING_PRONOUNS or c.pos_ == "NOUN" and not self.names_person(c, (
                "PER", "ORG", "NORP")) and kind_of_words(c.lemma_.lower(), []) is None and
            c.lemma_.lower() not in self.words.PEOPLE_NOUNS and c.lemma_.lower() not in self.words.CROWD_NOUNS
            for c in subjects)

    def rises(self, token: Token) -> bool:
        """A verb of bursting whose subject is a price, a number, sales ("le prix a explosé"); a noun of a
        burst whose complement is a figure or a feeling ("l'explosion des cas", "une explosion de colère")."""
        if token.pos_ == "NOUN":
            figures = self.words.FIGURE_SUBJECTS | self.words.FEELING_NOUNS | self.words.DISEASE_NOUNS
            return token.lemma_.lower() in self.words.RISE_NOUNS and any(
                c.dep_ in ("nmod", "obl", "pobj", "prep") and (c.lemma_.lower() in figures or any(
                    g.dep_ == "pobj" and g.lemma_.lower() in figures for g in c.children))
                for c in token.children)
        verb = token.head if token.dep_.startswith("aux") else token
        return verb._.get(LEMMA) in self.words.RISE_VERBS and self.agent_in(token, self.words.FIGURE_SUBJECTS)

    def agent_in(self, token: Token, nouns: set[str]) -> bool:
        """Whether the verb's agent is one of these nouns (its lemma or its word)."""
        return any(a.lemma_.lower() in nouns or a.lower_ in nouns for a in self.agents(token))

    def natural_cause(self, token: Token) -> bool:
        """A disease or a natural cause that kills or hits ("le coronavirus a tué 250 000 personnes"), or a
        verb of hitting with no one armed in an article whose lead tells an epidemic ("le pays le plus
        durement frappé")."""
        if self.agent_in(token, self.words.DISEASE_NOUNS):
            return True
        first = verb_group_start(token)
        if DISEASE_BEFORE_VERB in self.on and first and \
                self.doc[first - 1].lower_ in self.words.DISEASE_NOUNS:
            return True  # "Covid-19 a tué 4.503 personnes", the subject the parse missed: the disease's
        if PARTICIPLE_AGENT in self.on and token.dep_ in ("xcomp", "advcl") and token.head.i != token.i \
                and "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense") \
                and not any(c.dep_ in SUBJECTS for c in token.children) \
                and self.agent_in(token.head, self.words.DISEASE_NOUNS):
            return True  # "une maladie qui touche les enfants, attaquant la moëlle": the disease's
        return self.epidemic_article and token._.get(LEMMA) in self.words.HIT_VERBS and not \
            self.cues.armed_actors.search(sentence_of(token).text.lower())

    def done_by_animal(self, token: Token) -> bool:
        """Whether the deed's agent is an animal: the verb's subject or passive agent (else, the parse giving
        none, the noun just before an active verb: "leur chien, un pitbull, a attaqué"), a noun's bare
        complement ("une attaque de requin") or the noun it hangs on ("des macaques en train de se
        bagarrer"); the animal may be set off by commas or counted by a group ("des bandes de singes")."""
        if token.pos_ == "NOUN":
            agents = [c for c in token.children if c.dep_ in ("nmod", "compound")
                      and not any(g.dep_ == "det" for g in c.children)]
            if token.dep_ in ("nmod", "acl") and token.head.i < token.i and token.head.pos_ == "NOUN":
                agents.append(token.head)
        else:
            agents = self.active_agents(token)
            if not agents and token.dep_ == "conj":  # "a attaqué et blessé": the first verb's
                agents = self.active_agents(token.head)
        groups = self.words.GROUP_NOUNS
        phrase = list(agents)
        for agent in agents:
            phrase += [c for c in agent.children if c.dep_ == "appos"]
            # "des gangs de centaines de macaques": through group nouns, two steps down at most
            for noun in (agent, *[c for c in agent.children if c.dep_ == "nmod"]):
                if noun.lemma_.lower() in groups:
                    phrase += [c for c in noun.children if c.dep_ == "nmod"]
        return any(self.animal_word(t) and t.pos_ != "PROPN" and not t.ent_type_ for t in phrase)

    def animal_word(self, token: Token) -> bool:
        """Whether a word names an animal (its form or its lemma)."""
        return token.lower_ in self.words.ANIMALS or token.lemma_.lower() in self.words.ANIMALS

    def plant_word(self, token: Token) -> bool:
        """Whether a word names a plant (its form or its lemma)."""
        return token.lower_ in self.words.PLANTS or token.lemma_.lower() in self.words.PLANTS

    def active_agents(self, verb: Token) -> list[Token]:
        """A verb's agents but its passive subject; for an active verb the parse gave none, the noun just
        before it."""
        agents = [a for a in self.agents(verb) if a.dep_ not in ("nsubj:pass", "nsubjpass")]
        passive = self.is_passive(verb) or any(c.dep_ in ("nsubj:pass", "nsubjpass") for c in verb.children)
        return agents or ([] if passive else self.noun_just_before(verb))

    def aims_at_measure(self, token: Token) -> bool:
        """Whether a verb's object (or, for a participle, the noun it qualifies) is a noun of a measure, a
        time or a record ("km/h", "secondes", "record"; not a number alone: "en ont abattu trois")."""
        if token.pos_ != "VERB":
            return False
        objects = [c for c in token.children if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")]
        if token.dep_ in ("acl", "amod") and token.head.i < token.i:
            objects.append(token.head)
        # a number's unit: "le 0 à 100 km/h"
        objects += [c for o in objects if o.pos_ == "NUM" for c in o.children if c.dep_ == "nmod"]
        measures = self.words.MEASURE_NOUNS
        return any(o.lemma_.lower() in measures or o.lower_ in measures for o in objects)

    @staticmethod
    def noun_just_before(verb: Token) -> list[Token]:
        """The noun a few words before a verb, past its auxiliaries, adverbs and commas, in its sentence."""
        for t in reversed(verb.doc[max(verb.sent.start, verb.i - 6):verb.i]):
            if t.pos_ == "NOUN":
                return [t]
            if t.pos_ in ("VERB", "PROPN", "PRON", "SCONJ", "CCONJ", "ADP"):
                return []
        return []

    def weapons_over(self, lead: str) -> bool:
        """Whether a lead (in small letters) names weapons, as written in the text ("bombes", not the city of
        Grenade), and tells an accident only by a word that says none happened on purpose ("l'incident"), not
        by its cause ("une fuite de gaz")."""
        if not events_pattern(self.lang, "WAR_WEAPONS").search(self.text[:len(lead)]):
            return False
        return all(m.group(0) in self.words.WEAK_ACCIDENT_WORDS for m in self.cues.accident.finditer(lead))

    def in_accident(self, token: Token, plover: str) -> bool:
        """A word of violence in an article whose lead tells an accident, in a sentence with no one armed."""
        return plover == "ASSAULT" and ACCIDENT in self.on and self.accident_article and not \
            self.cues.armed_actors.search(sentence_of(token).text.lower())

    def lead_end(self) -> int:
        """Where the lead ends: the headline and the body's first sentences (read once)."""
        if self._lead_end is None:
            self._lead_end = self.sentences_end(self.headline(), self.w.accident_lead_sentences)
        return self._lead_end

    def sentences_end(self, start: int, told: int) -> int:
        """Where the first ``told`` sentences from ``start`` end (the text's end when it has fewer)."""
        wanted, last = max(1, told), None
        for x in self.sentences:
            if x.start_char >= start and x.text.strip():
                last, wanted = x, wanted - 1
                if not wanted:
                    break
        return last.end_char if last is not None else len(self.text)

    def is_reflexive(self, token: Token) -> bool:
        """ "s'attaquer", "se rendre": a reflexive clitic on the verb (a third person one whatever its
        parse)."""
        return any(c.dep_ in ("expl:comp", "expl:pv") or c.lower_ in self.words.REFLEXIVE_CLITICS
                   and (c.dep_.startswith("expl") or c.lower_.replace("’", "'") in self.words.THIRD_CLITICS
                        and c.dep_ in ("obj", "iobj")) for c in token.children)

    def lone_figure(self, f: EventCandidate) -> bool:
        """A noun of fighting that names no happening told around it, in a sentence with no one armed, no
        one hurt and no place: a figure of speech ("un combat partagé par des élus", "répondre à cette
        attaque")."""
        token = f.token
        if len(f.mentions) > 1 or token is None or token.pos_ != "NOUN" or \
                token.lemma_.lower() not in self.words.FIGURATIVE_NOUNS:
            return False
        if f.acled is not None and f.acled not in FIGURE_PRONE_SUBS:
            return False  # a kind of violence named whole ("frappes aériennes") is no figure
        sent = sentence_of(token)
        if self.cues.armed_actors.search(span_text(sent).lower()) or self.violence_around(token) \
                or self.place_in(sent):
            return False
        # the sentence's other words may still type it ("chlorine used as a chemical weapon in an attack")
        return self.reads_no_event(self.without(token))

    def place_in(self, sent: Span) -> bool:
        return bool(self.place_starts.starting_within(sent.start_char, sent.end_char - 1))

    def violence_around(self, token: Token) -> bool:
        """Whether the trigger's sentence tells violence done to someone, the trigger itself left out."""
        return bool(self.cues.violence_done.search(self.without(token).lower()))

    @cached_property
    def text_cues(self) -> EventCues:
        """The event cues narrowed to the strings the article's text (places' names crossed out) holds: what
        reads its sentences and its lead."""
        return self.cues.within(self.unnamed_text.lower().replace("’", "'"))

    @cached_property
    def unnamed_text(self) -> str:
        """The text with the letters of its places' names crossed out ("l'Alhambra de Grenade" names no
        grenade), its words kept for the cues that span them ("attacked a remote Somali army base"): the
        names the gazetteer placed, and the others of more than one word (a single one may be a common
        word the model took for a name: "Chlorine gas"); and the names of actors (``actor_names``) that
        read as an event and name no armed force ("le Rassemblement national")."""
        if PLACE_NAMES_NO_CUE not in self.on:
            return self.text
        chars = list(self.text)
        for p in self.doc._.veille_places or []:
            for s, e in p.mentions:
                if self.text[s:s + 1].isupper() and (p.lat is not None or len(self.text[s:e].split()) > 1):
                    chars[s:e] = ["x" if c.isalpha() else c for c in self.text[s:e]]
        for s, e in self.actor_names if TRIGGER_IN_ACTOR_NAME in self.on else []:
            name = self.text[s:e].lower().replace("’", "'")
            if self.cues.armed_actors.search(name) or self.cues.military.search(name) or read_acled(
                    name, self.cues, self.on, self.w).best(self.w) is None:
                continue  # (an armed force's name, which the reading needs; one that reads as no event)
            chars[s:e] = ["x" if c.isalpha() else c for c in self.text[s:e]]  # "le Rassemblement national"
        return "".join(chars)

    def read_in_article(self, start: int, end: int, weight: int = 1) -> AcledReading:
        """The ACLED reading of the text at ``start:end``, names crossed out (``unnamed_text``), with what the
        article tells: an accident, someone armed, a war, rioters, an epidemic."""
        return read_acled(self.unnamed_text[start:end], self.text_cues, self.on, self.w, weight,
                          accident=self.accident_article, armed=self.armed_article, war=self.war_article,
                          rioting=self.riot_article, epidemic=self.epidemic_article)

    def reads_no_event(self, text: str) -> bool:
        """Whether words, read with the article's armed actors and war, give no ACLED type."""
        return read_acled(text, self.cues, self.on, self.w, armed=self.armed_article,
                          war=self.war_article).best(self.w) is None

    def without(self, token: Token) -> str:
        """The token's sentence with the token blanked out."""
        sent = sentence_of(token)
        start = token.idx - sent.start_char
        return span_text(sent)[:start] + " " * len(token.text) + span_text(sent)[start + len(token.text):]

    def own_words(self, token: Token) -> list[Token]:
        """The words of a trigger's phrase, leaving out the relative clauses that hang on it."""
        out = []
        for c in token.children:
            if c.dep_ not in ("acl:relcl", "relcl", "parataxis", "punct"):
                out.extend(c.subtree)
        return out

    def antecedent_words(self, token: Token) -> list[Token]:
        """The noun phrase a verb's relative clause hangs on, the verb or the one it completes being that
        clause and the verb having no object of its own ("la présence de soldats que Paris veut réduire"):
        the noun and the words after it, short of the clause."""
        if any(c.dep_ in ("obj", "dobj") for c in token.children):
            return []
        clause = token.head if token.dep_ == "xcomp" else token
        if clause.dep_ not in RELATIVE_CLAUSES or clause.head.pos_ not in ("NOUN", "PROPN"):
            return []
        noun, edge = clause.head, clause.left_edge.i
        return [t for t in noun.subtree if noun.i <= t.i < edge]

    def lacks_complement(self, token: Token, lemma: str) -> bool:
        """A light verb ("rendre", "placer", "appeler") with none of the words that make it an event."""
        needed = self.words.TRIGGER_COMPLEMENTS.get(lemma)
        if not needed or COUP in self.on and self.coup(token):
            return False  # (a ruler overthrown needs none: "ont renversé le président")
        words = self.own_words(token)
        if RELATIVE_COMPLEMENT in self.on:
            words += self.antecedent_words(token)
        if any(t.lower_ in needed or t.lemma_.lower() in needed for t in words):
            return False
        if "se" in needed and self.is_reflexive(token):
            return False
        if lemma in self.words.COMPLEMENT_ENTITY and ACTOR_MET in self.on:
            # the one met or received is the complement's own head, a person or a body ("a reçu Angela
            # Merkel"), not a name inside it ("a reçu des messages de la Maison Blanche") nor a place
            return not any(c.dep_ in ("obj", "dobj", "obl", "obl:arg", "nsubj:pass", "nsubjpass")
                           and self.names_person(self.role_head(c), ("PER", "ORG", "NORP"))
                           for c in token.children)
        return not (lemma in self.words.COMPLEMENT_ENTITY and any(
            c.dep_ in ("obj", "dobj", "obl", "obl:arg", "nsubj:pass", "nsubjpass")
            and self.entity_over(self.doc[c.left_edge.i:c.right_edge.i + 1]) for c in token.children))

    def figurative(self, token: Token) -> bool:
        """A word of violence in an idiom ("coup d'arrêt") or aimed at an abstract thing ("s'attaquer à la
        loi", "le combat contre le racisme", "la crise frappe le secteur")."""
        start = max(0, token.idx - self.w.idiom_window)
        window = self.text[start:token.idx + self.w.idiom_window].lower().replace("’", "'")
        if any(m.start() <= token.idx - start < m.end() for m in self.cues.figurative.finditer(window)):
            return True  # "coup d'arrêt", "heart attack"
        if BLOW_MEANS in self.on and self.blow_of_no_means(token):
            return True  # "un coup de déprime", "le coup de grâce", "se donner un coup de coude"
        if not self.armed_article and any(c.dep_ in ("obj", "dobj") and c.pos_ == "NUM" and not any(
                g.pos_ in ("NOUN", "PROPN") for g in c.children) for c in token.children):
            return True  # "abattre le 0 à 100 km/h": a figure, not victims, where no one is armed
        if self.agent_in(token, self.words.FEELING_NOUNS):
            return True  # "la colère l'envahit"
        if FIGURE_OF_WORDS in self.on and self.fought_with_words(token):
            return True  # "attaqué en justice", "a attaqué Emmanuel Macron dans un tweet", "Valls attaque"
        abstract, diseases = self.words.ABSTRACT_TARGETS, self.words.DISEASE_NOUNS
        if any(c.dep_ in ARGUMENT_DEPS and (c.lower_ in abstract or c.lemma_.lower() in abstract)
               for c in token.children):
            return True
        if FIGURE_OF_WORDS in self.on and self.object_after(token, abstract):
            return True  # "avoir violé le couvre-feu", the object hung elsewhere
        if any(c.dep_ in ARGUMENT_DEPS and c.dep_ not in SUBJECTS and c.lemma_.lower() in diseases
               for c in token.children):
            return True  # "le combat contre le coronavirus" (what a disease kills: see natural_cause)
        # the noun a relative clause hangs on: "les crises que le pays aura à affronter"
        clause = token.head if token.dep_ == "xcomp" else token
        return FIGURE_OF_WORDS in self.on and clause.dep_ in ("acl", "acl:relcl", "relcl") \
            and clause.head.pos_ == "NOUN" and clause.head.lemma_.lower() in abstract \
            and any(c.pos_ in ("PRON", "SCONJ") and c.lower_ in self.words.RELATIVE_OBJECTS
                    for c in clause.children)

    def object_after(self, token: Token, nouns: set[str]) -> bool:
        """Whether the noun right after a word and its determiner is one of these nouns and an object, which
        the parse may hang on another verb ("pour avoir violé le couvre-feu": on "avoir") or leave unnamed."""
        doc, i = self.doc, token.i
        if i + 2 >= len(doc) or doc[i + 1].pos_ != "DET":
            return False
        noun = doc[i + 2]
        return noun.dep_ in ("obj", "dobj", "dep") and (noun.lower_ in nouns or noun.lemma_.lower() in nouns)

    def coup(self, token: Token) -> bool:
        """Whether a verb tells a coup: it overthrows a ruler, its object or passive subject ("ont renversé
        le président", "le gouvernement renversé"). (A coup's noun, "le putsch", tells no more than that there
        was one, violent or not: its event keeps the type its words give.)"""
        words = self.words
        if token.pos_ not in ("VERB", "AUX"):
            return False
        ruled = [c for c in token.children if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")]
        if token.dep_ == "acl" and token.head.pos_ == "NOUN":
            ruled.append(token.head)  # "le président renversé mardi"
        return token._.get(LEMMA) in words.OVERTHROW_VERBS and any(
            c.lemma_.lower() in words.RULER_NOUNS or c.lower_ in words.RULER_NOUNS for c in ruled)

    def blow_of_no_means(self, token: Token) -> bool:
        """Whether a noun of a blow is followed by "de" and a noun that is no means of hurting ("un coup de
        déprime", "sous le coup d'une décision"; not "un coup de couteau", "des coups de feu")."""
        doc, i = self.doc, token.i
        if token.lemma_.lower() not in self.words.BLOW_NOUNS or i + 2 >= len(doc) \
                or doc[i + 1].lower_.replace("’", "'") not in self.words.BLOW_LINKS:
            return False
        means = doc[i + 2] if doc[i + 2].pos_ != "DET" or i + 3 >= len(doc) else doc[i + 3]
        return means.lower_ not in self.words.BLOW_MEANS and means.lemma_.lower() not in self.words.BLOW_MEANS

    def fought_with_words(self, token: Token) -> bool:
        """A verb of fighting waged with words or in court: a complement names its means ("attaqué en
        justice", "attacked him in a tweet"), or named people or bodies fight with no one armed or hurt and
        no other kind of violence in the sentence ("Valls attaque Paris Match")."""
        if self.waged_with_words(token):
            return True
        if token.pos_ == "NOUN":
            # "ses attaques contre Berlin": read in its clause (a feed may run two sentences together)
            if not self.attacks_of_someone(token):
                return False
            clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), token.sent.root)
            words = self.doc[clause.left_edge.i:clause.right_edge.i + 1]
            text = span_text(words)
            at = token.idx - words.start_char
            low = (text[:at] + text[at + len(token):]).lower()
            return not self.cues.armed_actors.search(low) and not self.cues.violence_done.search(low) \
                and self.reads_no_event(low)
        if token.pos_ != "VERB" or token._.get(LEMMA) not in self.words.FIGURE_PRONE_VERBS:
            return False
        if ATTACK_THEN_QUOTE in self.on and self.quoted_after_object(token):
            return True  # "en attaquant la secrétaire d'État : « ... »"
        agent, target = self.trigger_roles(token)
        if not self.names_person(agent) or target is not None and not self.names_person(target,
                                                                                        ("PER", "ORG")):
            return False
        sent = sentence_of(token)
        if self.cues.armed_actors.search(span_text(sent).lower()) or self.violence_around(token):
            return False
        return self.reads_no_event(self.without(token))

    def quoted_after_object(self, token: Token) -> bool:
        """Whether a colon and a quotation mark follow a verb's object at once ("attaquant la ministre :
        « ... »"): the words that fight it."""
        objects = [c for c in token.children if c.dep_ in ("obj", "dobj")]
        if not objects or self.is_passive(token) or self.cues.armed_actors.search(
                span_text(sentence_of(token)).lower()):
            return False
        last = max((t for t in objects[-1].subtree if not t.is_punct), key=lambda t: t.i)
        return QUOTE_FOLLOWS.match(self.text, last.idx + len(last)) is not None

    def attacks_of_someone(self, token: Token) -> bool:
        """Whether a noun of fighting is someone's, named or by a possessive in a sentence that names a
        person, against a named person, body or state ("l'annonce du président et ses attaques contre
        Berlin"): a fight that may be one of words."""
        if token.lemma_.lower() not in self.words.FIGURATIVE_NOUNS:
            return False
        sent = token.sent
        whose = any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in token.children) and any(
            self.entity_by_id[self.entity_mentions[i][0]].type == "PER"
            for i in self.entity_index.starting_within(sent.start_char, sent.end_char - 1)) or any(
            c.dep_ == "nmod" and self.names_person(c) for c in token.children)
        return whose and any(self.preposition(c) in self.actor_words.TARGET_PREPOSITIONS
                             and (c.pos_ == "PROPN" or self.names_person(c, ("PER", "ORG")))
                             for c in token.children)

    def stopped(self, token: Token) -> bool:
        """A verb of arrest that stops an action or a happening ("arrêter la distribution des masques",
        "arrêter la bagarre"): no one arrested."""
        words = self.words
        return token._.get(LEMMA) in words.STOP_VERBS and any(
            c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN" and (
                c.lemma_.lower().endswith(words.ACTION_ENDINGS)
                or STOPPED_HAPPENING in self.on and self.happening_noun(c))
            for c in token.children)

    def happening_noun(self, noun: Token) -> bool:
        """Whether a noun names a happening: a trigger noun, or a word of an ACLED type's cues ("la
        bagarre", "les combats")."""
        return noun.i in self.trigger_token_set or any(
            any(True for _ in pattern.finditer(noun.lower_)) for patterns in self.cues.acled.values()
            for pattern, _ in patterns)

    def waged_with_words(self, token: Token) -> bool:
        """Whether a complement of the deed names a means of words or of the courts ("attaqué en justice",
        "a interpellé le ministre dans un courrier", "attacked him in a tweet")."""
        means = self.words.MEANS_OF_WORDS
        # the parse may hang the means on the object ("attaqué le ministère en justice"), not its name's
        # complement ("le ministère de la Justice")
        opening = self.words.MEANS_PREPOSITIONS
        near = list(token.children) + [g for c in token.children if c.dep_ in ("obj", "dobj")
                                       for g in c.children if self.preposition(g) in opening]
        if token.dep_ == "xcomp":
            # ... or on the verb the deed's infinitive hangs on, after it ("a choisi de l'attaquer devant les
            # prud'hommes")
            near += [c for c in token.head.children if c.i > token.i]
        near += [g for c in near if c.dep_ == "prep" and c.lower_ in opening for g in c.children]  # "in a"
        return any(c.dep_ in ARGUMENT_DEPS | {"advmod"} and (c.lower_ in means or c.lemma_.lower() in means)
                   for c in near)

    def graded(self, token: Token) -> bool:
        """A participle graded by an adverb of degree ("particulièrement exigeant") or in the superlative
        ("les plus demandés"; not "ne l'a plus attaqué", where "plus" negates)."""
        if token.pos_ != "VERB" or "Part" not in token.morph.get("VerbForm"):
            return False
        return any(c.dep_ == "advmod" and (c.lower_ in self.words.DEGREE_ADVERBS or c.lower_ in
                                           self.words.SUPERLATIVE_ADVERBS and c.i > 0
                                           and self.doc[c.i - 1].pos_ == "DET") for c in token.children)

    @staticmethod
    def impersonal_present(token: Token) -> bool:
        """A verb with an expletive subject and a present auxiliary ("il est interdit de", "il est demandé
        aux habitants de"): a rule or a standing state, told of no one and no moment."""
        return token.pos_ == "VERB" and any(c.dep_ == "expl:subj" for c in token.children) and any(
            c.dep_.startswith("aux") and "Pres" in c.morph.get("Tense") for c in token.children) and not any(
            c.dep_.startswith("aux") and "Part" in c.morph.get("VerbForm") for c in token.children)

    def by_an_actor(self, token: Token) -> bool:
        """Whether the deed is an actor's: its agent or subject ("les troupes se sont retirées") is a named
        person, body or state, or it or its object are armed men ("a retiré ses soldats")."""
        agent, _ = self.trigger_roles(token)
        doers = [agent] if agent is not None else []
        doers += [c for c in token.children if c.dep_ in SUBJECTS and c.pos_ != "PRON"]
        if any(self.names_person(d, ("PER", "ORG", "NORP", "GPE", "LOC")) for d in doers):
            return True
        parties = doers + [c for c in token.children if c.dep_ in ("obj", "dobj")]
        return any(self.cues.armed_actors.search(" ".join(t.lower_ for t in p.subtree))
                   or kind_of_words(p.lemma_.lower(), []) in ARMED_ROLES for p in parties)

    def names_person(self, head: Token | None, types: tuple[str, ...] = ("PER",)) -> bool:
        """Whether a role's head word, or the name in apposition to it ("la députée Anne Morel"), names an
        entity of these types (a person, by default)."""
        if head is None:
            return False
        for word in [head] + [c for c in head.children if c.dep_ == "appos"]:
            entity = self.actor_entity(word)
            if entity is not None and self.entity_by_id[entity].type in types:
                return True
        return False

    def find(self) -> list[EventCandidate]:
        found: list[EventCandidate] = []
        headline = self.headline()
        for sent in self.sentences:
            if not span_text(sent).strip():
                continue
            reading = self.read_in_article(sent.start_char, sent.end_char)
            scores = reading.scores
            sub = reading.best(self.w)
            by_type: dict[str | None, EventCandidate] = {}
            for token, plover, rule in self.triggers(sent):
                if plover in by_type or self.skipped(token, plover, accident=False):
                    continue
                if self.in_accident(token, plover):
                    # the accident itself: an event of no type, when the lead tells it
                    if UNTYPED_HAPPENING in self.on and None not in by_type and token.idx < self.lead_end():
                        by_type[None] = EventCandidate(None, (token.idx, token.idx + len(token)), sent,
                                                       token=token, rules={"type": UNTYPED_HAPPENING})
                    continue
                event = EventCandidate(plover, (token.idx, token.idx + len(token)), sent, token=token,
                                       rules={"type": rule})
                # each event takes the best ACLED type of its own kind ("déployés" and "offensive"); a verb
                # whose reflexive use is an event of another type, else the type that use names
                own = reading.best(self.w, plover)
                if own is None and rule == REFLEXIVE_TYPE:
                    event.set("acled", self.words.REFLEXIVE_TYPES[token._.get(LEMMA)][1], REFLEXIVE_TYPE)
                elif plover == "COERCE" and COUP in self.on and self.coup(token):
                    event.set("acled", "Other", COUP)  # ACLED's strategic development of a coup
                else:
                    event.set("acled", own, reading.rule_of[own] if own else None)
                by_type[plover] = event
            if PROTEST_OVER_CLASH in self.on and sub is not None and EVENT_TYPE_OF[sub] in ("Protests",
                                                                                           "Riots"):
                # "des affrontements entre la police et des manifestants": the protest, not a battle
                assault = by_type.get("ASSAULT")
                if assault is not None and scores.get(assault.acled or "", 0) < scores[sub] \
                        and not self.told_aside(assault.token):
                    del by_type["ASSAULT"]
            if sent.start_char < headline:
                accident = self.headline_accident(sent)
                if accident is not None:
                    by_type[None] = accident
            if TRIGGER_CUE in self.on and sub is not None and PLOVER_OF[sub] not in by_type:
                event = self.cue_event(sent, sub, reading)
                # an arrest made violently is the assault it was, not an arrest beside it; cue words that an
                # accusation's trigger holds are that event's ("mis en examen": a charge, not an arrest)
                charge = by_type.get("ACCUSE") if CUE_OF_TRIGGER in self.on else None
                if event is not None and (event.token is None or event.token.i not in self.violent_arrests) \
                        and not (charge is not None and charge.trigger[0] < event.trigger[1]
                                 and event.trigger[0] < charge.trigger[1]):
                    by_type[event.type] = event
            found.extend(sorted(by_type.values(), key=lambda f: f.trigger[0]))
        return found

    def headline_accident(self, sent: Span) -> EventCandidate | None:
        """The accident a headline's sentence names by a noun of its kind, or as what someone died in
        ("meurt dans un accident"), where it names no one armed: an event of no type, at those words."""
        if ACCIDENT_HEADLINE not in self.on:
            return None
        low = span_text(sent).lower().replace("’", "'")
        m = events_pattern(self.lang, "ACCIDENT_NOUNS").search(low)
        if m is None or self.cues.armed_actors.search(low):
            return None
        token = token_covering(self.doc, sent.start_char + m.start())
        if token is None or self.quoted(token.idx):
            return None
        return EventCandidate(None, (token.idx, token.idx + len(token)), sent, token=token,
                              rules={"type": ACCIDENT_HEADLINE})

    @staticmethod
    def told_aside(token: Token | None) -> bool:
        """A participle that tells, with its own agent, what befell the noun it describes ("la mort de George
        Floyd, un homme asphyxié par un policier"): a happening of its own, not part of its sentence's."""
        return token is not None and token.dep_ == "acl" and any(
            c.dep_ in ("obl:agent", "agent") for c in token.children)

    def cue_event(self, sent: Span, sub: str, reading: AcledReading) -> EventCandidate | None:
        """The event of a sentence's ACLED type that no trigger word names: its cue words are its trigger."""
        span = self.cue_trigger(sent, sub, reading.scores)
        if span is None:
            return None
        token = token_covering(self.doc, span[0])
        if token is not None and (self.quoted(span[0]) or self.scare_quoted(token)
                                  or self.in_quote_title(token) or self.not_an_event(token, PLOVER_OF[sub])
                                  or self.carried(token, sub) or self.asked_or_aimed(token, PLOVER_OF[sub])
                                  or SAYING_CUE_NO_DEED in self.on and PLOVER_OF[sub] == "PROTEST"
                                  and self.is_saying_cue(token)):
            # quoted, a name, a word that is no event ("qui s'attaquait aux distributeurs"), the verb that
            # says a quote ("« ... », proteste l'enseignant")
            return None
        if token is not None and PLOVER_OF[sub] == "ASSAULT" and self.player(token):
            return None  # "l'attaquant du PSG a marqué"
        if token is not None and PLOVER_OF[sub] == "PROTEST" and BLOCKING_NEEDS_PROTEST in self.on \
                and token.lemma_.lower() in self.words.BLOCKING_NOUNS and not self.protest_near(token.idx):
            return None  # "une injonction de blocage" of a website, where no protest is told
        return EventCandidate(PLOVER_OF[sub], span, sent, acled=sub, token=token,
                              rules={"type": TRIGGER_CUE, "acled": reading.rule_of[sub]})

    def protest_near(self, char: int) -> bool:
        """Whether a demonstration, a strike or a march is told in the sentence at ``char`` or in the few
        before it."""
        number = self.sentence_at(char)
        start = self.sentences[max(0, number - self.w.protest_sentences)].start_char
        return bool(self.cues.peaceful.search(self.text[start:self.sentences[number].end_char].lower()))

    def player(self, token: Token) -> bool:
        """A noun of the one who attacks ("l'attaquant") where the article names no one armed and its
        sentence no violence: a player of a game, not the trace of an attack."""
        return PLAYER in self.on and token.pos_ == "NOUN" and (token.lemma_.lower() + "s").endswith(
            self.words.PEOPLE_ENDINGS) and not self.armed_article and not self.violence_around(token)

    def carried(self, token: Token, sub: str) -> bool:
        """A weapon someone carries, holds or hides ("transportaient des couteaux, des mortiers"): no attack
        with it (``sub``, a kind of remote violence) is told (events.carried_weapon)."""
        if CARRIED_WEAPON not in self.on or EVENT_TYPE_OF[sub] != "Explosions/Remote violence":
            return False
        while token.dep_ == "conj" and token.head.i != token.i and token.head.pos_ not in ("VERB", "AUX"):
            token = token.head
        verb = token.head
        # (a weapon joined to the object, that the parse hangs on the verb: "portait aucune arme ou engin
        # explosif")
        carried = token.dep_ in ("obj", "dobj") or token.dep_ == "conj" and any(
            c.dep_ in ("obj", "dobj") and c.i < token.i for c in verb.children)
        # "carried out an airstrike": a verb with a particle is another verb
        return carried and verb._.get(LEMMA) in self.words.CARRY_VERBS and not any(
            c.dep_ in ("compound:prt", "prt") for c in verb.children)

    def quoted(self, char: int) -> bool:
        """Words inside a direct quotation are what someone said, not what happened."""
        return self.direct_quotes.covers(char)

    def quoted_whole(self, sentence: Span) -> bool:
        """Whether a direct quote holds all the words of a sentence (its marks aside)."""
        words = [t for t in sentence if not (t.is_punct or t.is_space)]
        return bool(words) and self.quoted(words[0].idx) and self.quoted(words[-1].idx)

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
        """A capitalized word within a sentence is part of a name ("le Rassemblement national", "l'Offensive
        du Têt"), unless punctuation or a line opened what it starts."""
        if not token.is_title or token.i <= sentence_of(token).start:
            return False
        before = self.doc[token.i - 1]
        return token.pos_ == "PROPN" or not (before.is_punct or before.is_space or before.is_quote)

    # -- roles, place, time, modality ------------------------------------------------------------------
    @cached_property
    def entity_by_id(self) -> dict:
        return {ent.id: ent for ent in self.entities}

    @cached_property
    def role_heads(self) -> dict[int, tuple[Token | None, Token | None]]:
        """The words that name each event's agent and target, by the event's ``id()``."""
        return {}

    @cached_property
    def actor_words(self) -> ModuleType:
        return language_pack(self.lang).actors

    @cached_property
    def main_country(self) -> str | None:
        """The country the article names most (its places' mentions), for actors of an unplaced event."""
        counts: dict[str, int] = {}
        for p in self.places:
            if p.country:
                counts[p.country] = counts.get(p.country, 0) + len(p.mentions)
        return max(counts, key=lambda c: counts[c]) if counts else None

    def entity_over(self, span: Span) -> str | None:
        """The first entity, in the article's order, with a mention over ``span``."""
        over = self.entity_index.overlapping(span.start_char, span.end_char)
        return self.entity_mentions[over[0]][0] if over else None

    def roles(self, f: EventCandidate) -> None:
        """The event's agent and target from the parse: the trigger's subject (or the one it shares with
        the verb it is coordinated with), its "par"/"by" complement, its object and "contre"/"against"
        complement; the actor that each names, never a place, a date or a common noun. A role the trigger
        leaves open is read on the event's other mentions ("le lynchage" after "deux policiers agressés")."""
        if f.token is None or ROLES_FROM_PARSE not in self.on:
            return
        agent, target = self.trigger_roles(f.token)
        for m in sorted(set(f.mentions) - {f.trigger}, key=lambda m: abs(m[0] - f.trigger[0])):
            if agent is not None and target is not None:
                break
            token = token_covering(self.doc, m[0])
            if token is not None:
                other_agent, other_target = self.trigger_roles(token)
                agent, target = agent or other_agent, target or other_target
        self.role_heads[id(f)] = (agent, target)
        f.agent = self.actor_entity(agent) if agent is not None else None
        f.target = self.actor_entity(target) if target is not None else None

    def armed_target(self, f: EventCandidate) -> bool:
        """Whether the event's target, as the parse names it, is armed: soldiers, police, fighters, or a
        force or an armed group of the actor table ("deux policiers tués", "IS militants attacked the
        Peshmerga")."""
        target = self.role_heads.get(id(f), (None, None))[1]
        if target is None:
            return False
        off_duty = self.words.OFF_DUTY_WORDS
        if any(t.lower_ in off_duty or t.lemma_.lower() in off_duty
               for t in target.subtree if t.i < target.i):
            return False  # "an off-duty policeman", "un ancien militaire": no armed man at his post

        def armed(t: Token) -> bool:  # "policiers", "forces de sécurité"
            qualifiers = [c.lemma_.lower() for c in t.children if c.dep_ in ("amod", "nmod", "compound")]
            return kind_of_words(t.lemma_.lower(), qualifiers) in ("military", "police", "armed")

        # (or the group its noun is a member of: "membres des forces de sécurité", "members of the army"; or
        # a post of armed men, theirs or of no one named: "une position de l'armée", "a police station",
        # "attacked government positions")
        below = [*target.children, *(g for c in target.children for g in c.children)]
        if armed(target) or any(c.dep_ in ("nmod", "prep", "pobj", "compound", "amod") and c.pos_ in (
                "NOUN", "PROPN", "ADJ") and armed(c) for c in below):
            return True
        if target.lemma_.lower() in self.words.ARMED_SITES or target.lower_ in self.words.ARMED_SITES:
            return True
        entity = self.entity_by_id.get(self.actor_entity(target) or "")
        found = actor_table().find(entity.name) if entity is not None else None
        return found is not None and found.kind in ("military", "police", "armed_group")

    def trigger_roles(self, token: Token) -> tuple[Token | None, Token | None]:
        """The words that name the agent and the target of one trigger word, from the parse."""
        agent, target = None, None
        children = list(token.children)
        if token.dep_ in ("conj", "xcomp") and not any(c.dep_ in SUBJECTS for c in children):
            shared = [c for c in token.head.children if c.dep_ in SUBJECTS and c.dep_ != "nsubj:pass"]
            if self.is_passive(token):  # "le militaire aurait dû être tué": the shared subject is the victim
                target = next((self.role_head(c) for c in shared), None)
            else:
                children += shared
        elif self.is_passive(token) and token.dep_ in ("acl", "amod", "appos") and token.head.pos_ in (
                "NOUN", "PROPN") and token.head.i < token.i:
            # "le colonel X, tué dans une attaque", "a soldier killed in a raid": the noun it qualifies, the
            # one just before its comma (which a parse may hang it further off)
            before = token.doc[token.i - 2] if token.i >= 2 and token.doc[token.i - 1].text == "," else None
            target = before if before is not None and before.pos_ in ("NOUN", "PROPN") else token.head
        for c in children:
            if c.dep_ in ("case", "fixed"):
                continue  # the trigger's own preposition ("visé par une frappe"): no phrase of its own
            preposition = self.preposition(c)
            if agent is None and (c.dep_ in ("nsubj", "agent", "obl:agent") or preposition in
                                  self.words.AGENT_PREPOSITIONS):
                agent = self.role_head(c)
            elif target is None and (c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass", "iobj")
                                     or preposition in self.actor_words.TARGET_PREPOSITIONS):
                target = self.role_head(c)
        if agent is None and token.pos_ == "NOUN":
            # "l'attaque des jihadistes", "the army's offensive": a named actor that qualifies the noun;
            # "Israeli airstrikes", "un raid américain": a nationality, the country's forces
            agent = next((self.role_head(c) for c in token.children if c.dep_ in ("nmod", "amod", "poss")
                          and self.preposition(c) in (None, *self.actor_words.NOUN_AGENT_PREPOSITIONS)
                          and self.actor_entity(self.role_head(c))), None) or self.qualifier_agent(token)
        if agent is None and token.pos_ in ("VERB", "AUX"):
            # "tué dans un raid américain", "killed in an Israeli airstrike": the agent of the event noun
            # that says how
            agent = next((a for c in token.children if c.dep_ in OBJECTS and c.pos_ == "NOUN"
                          and c.lemma_.lower() in self.actor_words.MEANS_NOUNS
                          for a in [self.qualifier_agent(c)] if a is not None), None)
        party = self.party_noun(token)
        if party is not None:
            # "les auteurs de l'attaque", "the victims of the attack": the noun the event qualifies is its
            # party, not the subject of the verb above it ("l'armée traque les auteurs de l'attaque")
            if kind_of_words(party.lemma_.lower(), []) == "civilians":
                target = target or party
            else:
                agent = agent or party
        elif agent is None and token.dep_ in OBJECTS and not (ROLES_NOT_OF_TIME in self.on and any(
                c.dep_ == "case" and c.lower_ in self.words.RETOLD_MARKS | self.words.BEFORE
                for c in token.children)):
            # "Russian forces fired artillery", "ont mené des frappes": the subject of the verb whose object
            # names the event (not of one it only dates: "le gouvernement a agi après la fusillade")
            verb = token.head
            while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in OBJECTS and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX") and not self.is_saying_cue(verb):  # not "L'Express révèle"
                agent = next((self.role_head(c) for c in verb.children if c.dep_ == "nsubj"), None)
        return agent, target

    @staticmethod
    def is_passive(token: Token) -> bool:
        """A verb in the passive ("être tué", "was killed") or a past participle on its own ("tué dans
        une attaque"), whose subject or noun is its patient."""
        if token.pos_ not in ("VERB", "AUX"):
            return False
        deps = {c.dep_ for c in token.children}
        if deps & {"aux:pass", "auxpass"}:
            return True
        return "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense") \
            and not deps & {"aux", "aux:tense", "nsubj"}

    @staticmethod
    def qualifier_agent(noun: Token) -> Token | None:
        """The word that qualifies an event noun with its agent: a nationality ("un raid américain",
        "Israeli airstrikes": the country's forces) or a kind of armed actor ("une attaque djihadiste")."""
        for c in noun.children:
            if c.dep_ != "amod":
                continue
            if name_key(c.text) in demonyms():
                return c
            if kind_of_words(c.lemma_.lower(), []) not in (None, "civilians"):
                return c
        return None

    @staticmethod
    def party_noun(token: Token) -> Token | None:
        """The noun an event noun qualifies when that noun names a kind of actor ("les auteurs de
        l'attaque", "the victims of the raid"), else None."""
        head = token.head
        if token.pos_ != "NOUN" or token.dep_ not in ("nmod", "pobj", "prep") or head.i == token.i:
            return None
        if head.pos_ == "ADP":  # English: "victims of the raid" hangs the event on "of"
            head = head.head
        if head.pos_ != "NOUN" or head.i > token.i:
            return None
        return head if kind_of_words(head.lemma_.lower(), []) is not None else None

    def acled_type(self, f: EventCandidate, etype: str) -> AcledType:
        """The event's ACLED type, with its actors and their interaction codes."""
        a1, a2 = self.acled_actors(f)
        if f.acled == "Arrests" and ARMED_GROUP_DETAINS in self.on and a1 is not None \
                and a1.inter in (2, 3, 4):
            # "Levant Front fighters detained a civilian": no state arrests them, an armed group abducts them
            f.set("acled", "Abduction/forced disappearance", ARMED_GROUP_DETAINS)
            etype = EVENT_TYPE_OF[f.acled]
        return AcledType(event_type=etype, sub_event_type=f.acled, actor1=a1.name if a1 else None,
                         actor2=a2.name if a2 else None, inter1=a1.inter if a1 else None,
                         inter2=a2.inter if a2 else None)

    def preposition(self, c: Token) -> str | None:
        """The preposition that opens a dependent phrase ("par des hommes armés": "par")."""
        if c.pos_ == "ADP":
            return c.lower_
        return next((x.lower_ for x in c.children if x.dep_ == "case"), None)

    def opening(self, c: Token) -> str | None:
        """The preposition that opens a noun's phrase: its own ("depuis la mort": "depuis"), or the one
        whose object it is ("since the death": "since")."""
        own = self.preposition(c)
        if own is None and c.dep_ == "pobj" and c.head.pos_ in ("ADP", "SCONJ"):
            return c.head.lower_
        return own

    def role_head(self, c: Token) -> Token:
        """The word that names a role's actor: past an English preposition ("by gunmen": "gunmen") and a
        pronoun or number of ("l'un des soldats", "two of the soldiers": "soldats"); for the relative
        pronoun that opens a relative clause, the noun the clause tells of ("les rebelles qui bombardent")."""
        clause = c.head
        if RELATIVE_ANTECEDENT in self.on and c.pos_ in ("PRON", "DET") and clause.dep_ in RELATIVE_CLAUSES \
                and c.i == clause.left_edge.i and c.i < clause.i and clause.head.i != clause.i:
            c = clause.head
        if c.pos_ == "ADP":
            c = next((x for x in c.children if x.dep_ == "pobj"), c)
        if c.pos_ in ("PRON", "NUM", "DET"):
            c = next((x for x in c.children if x.dep_ in ("nmod", "prep") and x.pos_ in ("NOUN", "ADP")), c)
            if c.pos_ == "ADP":
                c = next((x for x in c.children if x.dep_ == "pobj"), c)
        return c

    def actor_entity(self, head: Token) -> str | None:
        """The entity that a role's head word names: a person, an organisation, a people, an operation or a
        state; never a place that is not a state, a date, nor a common noun ("l'Etat", "Noël")."""
        words = [head] + [t for t in head.children if t.dep_ in NAME_PARTS]
        over = self.entity_index.overlapping(min(t.idx for t in words),
                                             max(t.idx + len(t) for t in words))
        for i in over:
            ent = self.entity_by_id.get(self.entity_mentions[i][0])
            if ent is not None and self.is_actor(ent, head):
                return ent.id
        return None

    def is_actor(self, ent, head: Token) -> bool:
        """Whether an entity may be an event's actor."""
        if len(ent.name.split()) == 1 and head.pos_ == "NOUN" and head.text == ent.name:
            return False  # a common noun the model took for a name ("l'Etat", "Noël")
        if ent.type in ("PER", "ORG", "NORP"):
            return True
        found = actor_table().find(ent.name)
        if ent.type in ("GPE", "LOC"):
            return found is not None and found.kind == "state"
        return found is not None or operation_table().find(ent.name) is not None

    def acled_actors(self, f: EventCandidate) -> tuple[AcledActor | None, AcledActor | None]:
        """actor1 and actor2 as ACLED names them: the agent's and the target's actors (named in the actor
        table, else by the kind their noun names, in their country), set straight by the sub-event type
        (a protest's actor1 is its protesters, the police that intervene its actor2) and completed with
        the type's usual actors (an attack's civilians)."""
        if f.acled is None or ACLED_ACTORS not in self.on:
            return None, None
        etype = EVENT_TYPE_OF[f.acled]
        violent = etype in VIOLENT
        place = self.place_by_id.get(f.place or "")
        country = place.country if place is not None and place.country else self.main_country
        agent, target = self.role_heads.get(id(f), (None, None))
        a1 = self.role_actor(f.agent, agent, country, violent)
        a2 = self.role_actor(f.target, target, country, violent)
        if violent and etype != "Riots" and a1 is not None and a1.kind == "civilians":
            a1 = acled_actor("armed", a1.country or country)  # "un homme a attaqué": an unidentified attacker
        if etype in ("Protests", "Riots"):
            crowd = "protesters" if etype == "Protests" else "rioters"
            if a1 is not None and a1.kind in STATE_KINDS:
                a1, a2 = None, a1  # "la police a dispersé les manifestants": the police intervened
            if a1 is None or a1.kind in ("protesters", "rioters", "civilians") or etype == "Protests":
                a1 = acled_actor(crowd, a1 and a1.country or country)
            if a2 is not None and a2.kind not in STATE_KINDS and etype == "Protests":
                a2 = None
        elif f.acled == "Arrests" and a2 is not None and a2.kind in ("armed", "rioters", "protesters") \
                and a2.inter == 3:
            a2 = acled_actor("civilians", a2.country or country)  # a suspect arrested is a civilian to ACLED
        first, second = DEFAULT_KINDS.get(f.acled, (None, None))
        if a1 is None and first:
            a1 = acled_actor(first, country)
        if a2 is None and second and not (a1 is not None and a1.kind == second):
            a2 = acled_actor(second, country)
        # a state's forces are named with their period, as ACLED named them when the article appeared
        time = next((t for t in self.times if t.id == f.time), None)
        published = str(self.doc._.veille_published or "")[:10] or None
        day = time.value if time is not None and time.value[:4].isdigit() else published
        return with_period(a1, day, published), with_period(a2, day, published)

    def role_actor(self, entity: str | None, head: Token | None, country: str | None,
                   violent: bool) -> AcledActor | None:
        """A role's actor as ACLED names it: a named actor of the table or an operation's force; else the
        kind of actor its noun names ("trois soldats", "des hommes armés", "le policier X"), in the country
        its nationality gives ("un soldat français"), else the event's."""
        ent = self.entity_by_id.get(entity or "")
        if ent is not None:
            found = actor_table().find(ent.name)
            operation = operation_table().find(ent.name) if found is None else None
            if operation is not None:
                found = next((a for a in actor_table().actors if a.id == operation.force), None)
            if found is not None:
                return acled_named(found, violent)
            # "le policier X", "the soldier X": the role the article gives a person names its kind
            kind = next((k for role in ent.roles for k in [kind_of_words(role.split()[0].lower(), [])]
                         if role.split() and k in ARMED_ROLES), None)
            if kind is not None:
                return acled_actor(kind, country)
        if head is None:
            return None
        if head.pos_ == "ADJ" and name_key(head.text) in demonyms():
            return acled_actor("military" if violent else "government", demonyms()[name_key(head.text)])
        nouns = [head] + [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        for noun in nouns:
            qualifiers = [c for c in noun.children if c.dep_ in QUALIFIERS]
            kind = kind_of_words(noun.lemma_.lower(), [c.lemma_.lower() for c in qualifiers])
            if kind is None:
                continue
            nationality = next((demonyms().get(name_key(c.text)) for c in qualifiers
                                if c.dep_ == "amod" and name_key(c.text) in demonyms()), None)
            if kind == "government" and violent:
                kind = "military"  # "l'Etat a lancé une offensive": its forces
            return acled_actor(kind, nationality or country)
        if ent is not None and ent.type == "ORG" and not violent:
            return AcledActor(ent.name, "organisation", None)  # violence by an unknown body: unnamed
        return None

    def place(self, f: EventCandidate, primary: bool) -> tuple[str | None, str | None]:
        """The event's place and the rule that chose it: the best of the trigger's own phrases, else of its
        sentence (for the primary event ACLED codes, the most precise place of the sentence outside the
        trigger's clauses), else of the lead, else the place last named. A state that does a deed ("La
        Turquie a lancé une offensive") gives way to another place of the sentence ("en Syrie")."""
        on = self.on
        place, rule = None, None
        if PLACE_NOT_ACTOR in on and f.type not in VERBAL and self.state_acts(f):
            # what a state says, it says at home; what it does may be done abroad
            place, rule = self.place_read(f, primary, deed=f.token)
        if place is None:
            place, rule = self.place_read(f, primary)
        if place is None and PLACE_LAST_NAMED in on:
            place, rule = self.last_place(f), PLACE_LAST_NAMED
        # a country the trigger's own phrase names is its place ("déployés en Irak"); one read around it may
        # stand for a town the article names in it
        if place is not None and primary and rule != PLACE_OWN_PHRASE and PLACE_WITHIN_COUNTRY in on:
            inside = self.place_within_country(place)
            if inside is not None:
                place, rule = inside, PLACE_WITHIN_COUNTRY
        elif place is not None and primary and PLACE_SAME_DAY in on and f.type == "ASSAULT":
            inside = self.place_same_day(f, place)
            if inside is not None:
                place, rule = inside, PLACE_SAME_DAY
        if place is not None and PLACE_BY_MENTION in on:
            inside = self.mention_town(f, place)
            if inside is not None:
                place, rule = inside, PLACE_BY_MENTION
        return place, rule if place is not None else None

    def mention_town(self, f: EventCandidate, place_id: str) -> str | None:
        """A country is a vague place: the town of that country that the own phrase of another mention of the
        happening names, the nearest mention first, if any."""
        country = self.place_by_id.get(place_id)
        if country is None or country.feature != "country":
            return None
        for start, token in self.other_mentions(f):
            if token is None or start < self.headline():
                continue
            found = self.place_by_id.get(self.own_phrase_place(token, start) or "")
            if found is not None and found.country == country.country \
                    and self.precision(found.id) < PRECISION["admin1"]:
                return found.id
        return None

    def place_read(self, f: EventCandidate, primary: bool, deed: Token | None = None) \
            -> tuple[str | None, str | None]:
        """The place the event's own words, its sentence (only these, and only where things are rather
        than the state that does it, with the ``deed`` of a state: ``where_deed``), its other mentions,
        its paragraph or (the primary event) the lead give, and the rule that chose it."""
        on = self.on
        place, rule = None, None
        if f.token is not None and PLACE_OWN_PHRASE in on:
            place, rule = self.own_phrase_place(f.token, f.trigger[0], deed), PLACE_OWN_PHRASE
        if place is None and f.token is not None and deed is None and PLACE_NAMED_COMPLEMENT in on:
            place, rule = self.named_complement_place(f.token), PLACE_NAMED_COMPLEMENT
        if place is None and PLACE_SENTENCE in on:
            said = PLACE_NOT_SAID in on and f.type in VERBAL
            place = self.sentences_place([f.sentence], f.trigger[0], f.token, deed, said)
            rule = PLACE_SENTENCE
        if place is None and deed is not None:
            return None, None
        if place is None and PLACE_OTHER_MENTION in on:
            place, rule = self.other_mention_place(f), PLACE_OTHER_MENTION
        if place is not None and primary and f.acled and PLACE_OUTSIDE_CLAUSES in on:
            whole = self.place_outside_clauses(f, deed, parties=rule == PLACE_OWN_PHRASE)
            if whole is not None and self.precision(whole) < self.precision(place) \
                    and not (rule == PLACE_OWN_PHRASE and PLACE_OWN_COUNTRY in on
                             and self.precision(place) == PRECISION["country"]
                             and self.place_by_id[whole].country != self.place_by_id[place].country
                             and self.located_in(place, f.token)):
                place, rule = whole, PLACE_OUTSIDE_CLAUSES
        if place is None and primary and PLACE_PARAGRAPH in on:
            place, rule = self.paragraph_place(f), PLACE_PARAGRAPH
        if place is None and primary and PLACE_LEAD in on:
            lead = self.lead_sentences(self.w.lead_place_sentences)
            place, rule = self.sentences_place(lead, f.trigger[0], f.token), PLACE_LEAD
        if place is None and not primary and PLACE_PARAGRAPH in on:
            # another event: a town or region of its paragraph, over the place last named
            place, rule = self.paragraph_place(f), PLACE_PARAGRAPH
            if place is not None and self.precision(place) >= PRECISION["country"]:
                place = None
        return place, rule

    def state_acts(self, f: EventCandidate) -> bool:
        """Whether a state, or its capital, does the event's deed in its sentence ("La Turquie a lancé une
        offensive")."""
        if f.token is None:
            return False
        return any(self.acts(f.token, p, s) for i in self.place_starts.starting_within(
            f.sentence.start_char, f.sentence.end_char - 1) for p, s, _ in [self.place_mentions[i]])

    def where_deed(self, deed: Token, place: Place, start: int) -> bool:
        """A place said as where things are ("en Syrie", "à Afrin", "dans le Var"), not a state that does
        the deed: what the deed's sentence gives in place of that state."""
        token = token_covering(self.doc, start)
        if token is None or token.i == 0 or self.acts(deed, place, start):
            return False
        before = self.word_before(token)
        if before is not None and before.pos_ == "ADP" and before.lower_ not in self.where_words:
            # "dans le nord de la Syrie": the part of the place the deed is in
            part = self.word_before(before)
            before = self.word_before(part) if part is not None and part.lower_ in self.area_words else None
        return before is not None and before.lower_ in self.where_words

    def word_before(self, token: Token) -> Token | None:
        """The word before a token, its determiner skipped."""
        if token.i == 0:
            return None
        before = self.doc[token.i - 1]
        return self.doc[token.i - 2] if before.pos_ == "DET" and token.i > 1 else before

    @cached_property
    def area_words(self) -> set[str]:
        return set(language_pack(self.lang).places.AREA_QUALIFIERS)

    @cached_property
    def place_prepositions(self) -> set[str]:
        """The prepositions that say a place is where something is ("à", "dans", "en", "in")."""
        return set(self.locatives) | set(language_pack(self.lang).places.IN_COUNTRY_PREPOSITIONS)

    @cached_property
    def where_words(self) -> set[str]:
        return set(self.locatives) | set(language_pack(self.lang).places.CONTAINER_WORDS)

    def acts(self, deed: Token, place: Place, start: int) -> bool:
        """ "La Turquie a lancé une offensive", "Pyongyang a tiré deux missiles", "Moscou a aidé Damas à
        reprendre Alep": a state, or its capital, that is the subject of the event's verb (or of the verb
        whose object the event's noun is) and that verb acts on something, or its object told to do
        something, is the state acting or acted on, not where the deed happened."""
        if not self.is_state(place):
            return False
        token = token_covering(self.doc, start)
        if token is None:
            return False
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head  # "Les talibans et la Russie ont démenti"
        verb = token.head
        # the event's noun completes the verb: "a lancé une offensive"
        named = deed.head.i == verb.i and deed.dep_ in ("obj", "dobj", "obl", "obl:mod")
        if verb.pos_ not in ("VERB", "AUX") or not (verb.i == deed.i or named):
            return False
        deps = {c.dep_ for c in verb.children}
        if token.dep_ == "nsubj":
            return not deps & {"aux:pass", "auxpass"} and (
                named or bool(deps & {"obj", "dobj", "ccomp", "xcomp"}))
        return token.dep_ in ("obj", "dobj", "iobj") and bool(deps & {"ccomp", "xcomp"})

    def is_state(self, place: Place) -> bool:
        """Whether a place is a country or its capital (a town at its country's point)."""
        if place.feature == "country":
            return True
        if place.feature != "city" or not place.country or place.lat is None or place.lon is None:
            return False
        country = shared_gazetteer().country(place.country)
        return country is not None and km_between(country.lat, country.lon, place.lat, place.lon) \
            <= self.w.capital_km

    def paragraph_place(self, f: EventCandidate) -> str | None:
        """The best ranked place (``place_key``) named before the event's sentence in its paragraph as where
        things are, after a preposition ("A Singapour, ...", "le parquet de Bayonne"), but not as someone's
        origin nor inside parentheses (a container: "Nice (Alpes-Maritimes)")."""
        start = self.paragraph_start(f.sentence.start_char)
        best = None
        for i in self.place_starts.starting_within(start, f.sentence.start_char - 1):
            p, s, e = self.place_mentions[i]
            if self.after_preposition(s) and not self.is_origin(s) and not self.in_parentheses(s):
                key = self.place_key(p, s, e, f.trigger[0])
                if best is None or key < best[0]:
                    best = (key, p.id)
        return (self.town_within(best[1]) or best[1]) if best else None

    def town_within(self, place_id: str) -> str | None:
        """A region or department is a vague place: the first more precise place the article names (not
        as someone's origin) within ``area_km`` of it ("Nice" for "les Alpes-Maritimes"), if any."""
        area = self.place_by_id.get(place_id)
        if area is None or area.lat is None or area.lon is None or not 0 < self.precision(place_id) \
                < PRECISION["country"]:
            return None
        for p, s, _ in sorted(self.place_mentions, key=lambda m: m[1]):
            if self.precision(p.id) < self.precision(place_id) and p.lat is not None and p.lon is not None \
                    and km_between(area.lat, area.lon, p.lat, p.lon) <= self.w.area_km \
                    and not self.is_origin(s):
                return p.id
        return None

    def after_preposition(self, start: int, where: set[str] | None = None) -> bool:
        """Whether a place's mention follows a preposition, with or without an article ("à Lyon", "dans
        le Var", "A Singapour" with its accent left off); with ``where``, one of those prepositions of where
        things are ("à", "au", "dans"; not "par")."""
        token = token_covering(self.doc, start)
        if token is None or token.i == 0:
            return False
        before = self.doc[token.i - 1]
        if before.pos_ == "DET" and token.i > 1:
            before = self.doc[token.i - 2]
        if where is not None:
            return before.lower_ in where
        return before.pos_ == "ADP" or name_key(before.text) in self.locative_keys

    @cached_property
    def locative_keys(self) -> set[str]:
        return {name_key(w) for w in self.locatives}

    def lead_sentences(self, told: int) -> list[Span]:
        """The headline and the body's first ``told`` sentences with a verb, with the pieces without one
        between them ("VIDÉO.", "APPEL À TÉMOINS."), which count for none."""
        out, verbs, body = [], 0, self.headline()
        for sent in self.sentences:
            if verbs >= told:
                break
            out.append(sent)
            verbs += sent.start_char >= body and any(t.pos_ in ("VERB", "AUX") for t in sent)
        return out

    def other_mention_place(self, f: EventCandidate) -> str | None:
        """The place the nearest other mention of the happening gives in its own phrase ("tué dans un raid
        à Bagdad"), else in its sentence, but not a state a verb speaks to ("a appelé les Etats-Unis à
        extrader l'auteur du coup"); the headline's left out (a title names the place loosely)."""
        for start, token in self.other_mentions(f):
            if token is None or start < self.headline():
                continue
            place = self.own_phrase_place(token, start) or self.best_place(
                lambda x: not self.is_argument(x), start, (sentence_of(token).start_char,
                                                          self.sentence_end(sentence_of(token))))
            if place is not None:
                return place
        return None

    def place_same_day(self, f: EventCandidate, place_id: str) -> str | None:
        """A country named in the event's own phrase ("une attaque au Niger") is a vague place: the town of
        that country that another sentence telling violence on the event's day gives ("sept personnes ont
        été tuées dimanche à Kouré"), if any."""
        country = self.place_by_id.get(place_id)
        day = self.time_of(self.whole_sentence(f.sentence), f.trigger[0], f.token)  # its own sentence's
        own = self.time_by_id(day) if day is not None else None
        if country is None or country.feature != "country" or own is None or own.span is None \
                or not DAY.fullmatch(own.value or ""):
            return None
        for i, plover, _ in self.trigger_words:
            token = self.doc[i]
            sent = sentence_of(token)
            if plover != "ASSAULT" or sent == f.sentence or self.in_quote_title(token):
                continue
            time = self.time_of([sent], token.idx, token)
            if time is None or (self.time_by_id(time).value or "")[:10] != own.value:
                continue
            inside = self.own_phrase_place(token, token.idx) or self.sentences_place([sent], token.idx, token)
            found = self.place_by_id.get(inside or "")
            if found is not None and found.country == country.country \
                    and self.precision(found.id) < PRECISION["admin1"]:
                return found.id
        return None

    def place_within_country(self, place_id: str) -> str | None:
        """A country is a vague place for the article's main event: the first town or region of that
        country that the article names (not as someone's origin), if any."""
        country = self.place_by_id.get(place_id)
        if country is None or country.feature != "country":
            return None
        best = None
        for p, s, _ in self.place_mentions:
            if p.country == country.country and self.precision(p.id) < PRECISION["country"] \
                    and not self.is_origin(s) and (best is None or s < best[0]):
                best = (s, p.id)
        return best[1] if best else None

    def own_phrase_place(self, token: Token, trigger: int, deed: Token | None = None) -> str | None:
        """The best ranked place of the trigger's own phrases ("déployés en Irak"), not of the clauses
        hanging on it ("tandis que ... sur Mossoul"), nor a landmark ("tués à 100 km de Niamey": the
        sentence may say where)."""
        children = [c for c in token.children if c.dep_ not in CLAUSE_DEPS]
        if not children:
            return None
        nested = PLACE_NESTED_CLAUSE in self.on
        other_verb = PLACE_OTHER_VERB in self.on
        phrases = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in children]

        def best(leave_out: Callable[[int], bool]) -> str | None:
            return self.best_place(lambda s: any(a <= s < b for a, b in phrases) and not self.is_landmark(s)
                                   and not (nested and self.under_other_verb(s, token)) and not leave_out(s)
                                   and not (other_verb and self.on_other_verb(s, token)),
                                   trigger, (min(a for a, _ in phrases), max(b for _, b in phrases)), deed)

        someones = self.someones_place(token) if PLACE_OF_PARTY in self.on else None
        return (best(someones) if someones else None) or best(lambda s: False)

    def someones_place(self, token: Token) -> Callable[[int], bool] | None:
        """Whether a place's mention is in the phrase of the trigger's subject or agent that names a person,
        not after a preposition of where ("le maire de Lyon"; not "kidnappés par des inconnus armés à Gao");
        None when the trigger has no such phrase."""
        party = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in token.children
                 if self.party_phrase(c)]
        if not party:
            return None
        return lambda s: any(a <= s < b for a, b in party) and not self.after_locative(s)

    def party_phrase(self, child: Token) -> bool:
        """Whether a dependent of the trigger is its subject or agent and names a person ("le maire de
        Lyon", "un habitant de Kidal"; not "le parquet de Lyon", "la ville de Kidal")."""
        if child.dep_ not in SUBJECTS and child.dep_ not in ("obl:agent", "agent"):
            return False
        return child.lemma_.lower() in self.person_words or self.names_person(child)

    @cached_property
    def person_words(self) -> set[str]:
        """The nouns of a person: roles, kinds of people, civilians and armed men."""
        entities, actors = language_pack(self.lang).entities, self.actor_words
        kinds = [w for kind in ("civilians", "armed") for w in actors.ACTOR_NOUNS[kind] if " " not in w]
        return {*entities.ROLE_HEADS, *entities.PERSON_NOUNS, *kinds}

    def located_in(self, place_id: str, trigger: Token) -> bool:
        """Whether the trigger's own complement names the place after a preposition of being in it ("tué au
        Tchad", "killed in Chad"), not as a goal or a side ("towards Peru", "against Ukraine"), nor deeper
        in a noun's phrase ("protesting against the war in Ukraine")."""
        prepositions = language_pack(self.lang).places.IN_COUNTRY_PREPOSITIONS
        sent = sentence_of(trigger)
        for p, s, _ in self.place_mentions:
            if p.id != place_id or not sent.start_char <= s < sent.end_char:
                continue
            word = token_covering(self.doc, s)
            on = word.head.head if word.head.pos_ == "ADP" else word.head  # English: "in" carries the name
            marks = [c.lower_ for c in word.children if c.dep_ == "case"] + [word.head.lower_]
            if on == trigger and any(m in prepositions for m in marks):
                return True
        return False

    @cached_property
    def place_of_name(self) -> dict[str, str]:
        """The article's places by the keys of the names its mentions write ("Barcelone")."""
        return {name_key(self.text[s:e]): p.id for p, s, e in reversed(self.place_mentions)}

    def named_complement_place(self, noun: Token) -> str | None:
        """The place that a capitalised name in the noun's own complement names when the article names it
        as a place elsewhere ("l'attentat de Barcelone", "le massacre de Srebrenica")."""
        if noun.pos_ != "NOUN":
            return None
        for c in noun.children:
            if c.dep_ != "nmod" or not c.text[:1].isupper() or not any(x.dep_ == "case" for x in c.children):
                continue
            words = sorted([c] + [x for x in c.children if x.dep_ in NAME_PARTS], key=lambda t: t.i)
            found = self.place_of_name.get(name_key(self.text[words[0].idx:words[-1].idx + len(words[-1])]))
            if found is not None:
                return found
        return None

    def under_other_verb(self, start: int, trigger: Token) -> bool:
        """Whether the word at ``start`` hangs on the trigger through a verb with a clause of its own, finite
        or with its own subject ("tué par un engin qui explosera près de Lyon": Lyon is that verb's)."""
        word = token_covering(self.doc, start)
        if word is None or not trigger.is_ancestor(word):
            return False
        for head in word.ancestors:
            if head == trigger:
                return False
            # a clause of its own; a participle ("l'attaque menée à Gao") is the event's
            if head.pos_ in ("VERB", "AUX") and (
                    "Fin" in head.morph.get("VerbForm") or any(c.dep_ in SUBJECTS for c in head.children)):
                return True
        return False

    def sentences_place(self, sentences: list[Span], trigger: int, token: Token | None = None,
                        deed: Token | None = None, said: bool = False) -> str | None:
        """The best ranked place of the sentences: the most precise, the nearest the trigger among equals;
        with the trigger's ``token``, leaving out the relative clauses of other nouns ("l'ONG Acted, qui va
        porter plainte à Paris": Paris is the ONG's, not the attack's) and, for an act of words (``said``)
        told outside what is said, the places of what is said ("'méfions-nous des voisins du nord', a
        plaidé le ministre")."""
        if not sentences:
            return None
        ends = [self.sentence_end(x) for x in sentences]
        others = self.others_relative_clauses(token) if token is not None and PLACE_OTHER_CLAUSE in self.on \
            else []
        if said and not self.contents.overlapping(trigger, trigger + 1):
            said_spans = self.contents.overlapping(min(x.start_char for x in sentences), max(ends))
            others += [tuple(self.statements[i].content.span) for i in said_spans]

        def inside(s: int) -> bool:
            return any(x.start_char <= s < end for x, end in zip(sentences, ends)) \
                and not any(a <= s < b for a, b in others)

        within = (min(x.start_char for x in sentences), max(ends))
        if PLACE_STATE_ARGUMENT in self.on and token is not None:
            # "La tuerie avait indigné le Mali et la Suisse ... l'enlèvement au Mali"
            where = self.best_place(lambda s: inside(s) and not self.moved_by(token, s), trigger, within,
                                    deed)
            if where is not None:
                return where
        return self.best_place(inside, trigger, within, deed)

    def moved_by(self, trigger: Token, start: int) -> bool:
        """Whether a country's mention is the object of a verb whose subject is the event's own noun ("le
        massacre a choqué la France"): a state the event moved, not where it happened."""
        place = next((p for p, s, _ in self.place_mentions if s == start), None)
        token = token_covering(self.doc, start)
        if place is None or place.feature != "country" or token is None or token.idx != start:
            return False
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head  # "la France et le Niger"
        return token.dep_ in ("obj", "dobj") and any(c.i == trigger.i and c.dep_ in SUBJECTS
                                                     for c in token.head.children)

    def others_relative_clauses(self, token: Token) -> list[tuple[int, int]]:
        """The character spans of the relative clauses of the trigger's sentence that describe a named
        person or body ("l'ONG Acted, qui va porter plainte à Paris") and do not hold the trigger."""
        out = []
        for t in sentence_of(token):
            if t.dep_ not in ("acl:relcl", "relcl") or t.head.i == token.i:
                continue
            # the noun it hangs on, or the one before its comma, which a parse may hang it further off
            left = t.left_edge
            before = t.doc[left.i - 2] if left.i >= 2 and t.doc[left.i - 1].text == "," else None
            if self.names_party(t.head) or (before is not None and self.names_party(before)):
                a, b = left.idx, t.right_edge.idx + len(t.right_edge)
                if not a <= token.idx < b:
                    out.append((a, b))
        return out

    def names_party(self, head: Token) -> bool:
        """Whether a noun, with the parts of its name, is a mention of a person or an organisation."""
        for t in [head] + [c for c in head.children if c.dep_ in NAME_PARTS or c.dep_ == "appos"]:
            for i in self.entity_index.overlapping(t.idx, t.idx + len(t)):
                ent = self.entity_by_id.get(self.entity_mentions[i][0])
                if ent is not None and ent.type in ("PER", "ORG"):
                    return True
        return False

    def sentence_end(self, sent: Span) -> int:
        """Where a sentence ends, with the parentheses the splitter cut off after it: "on Hays (coded
        to district level) (Al Hudaydah)." """
        m = self.cut_parenthesis.match(self.text[sent.end_char:sent.end_char + self.w.cut_parenthesis_window])
        return sent.end_char + m.end() if m else sent.end_char

    def best_place(self, inside: Callable[[int], bool], trigger: int, within: tuple[int, int],
                   deed: Token | None = None) -> str | None:
        """The id of the best ranked place (``place_key``) among the mentions that start ``inside``, which
        lies ``within`` these characters (with a state's ``deed``, only where things are: ``where_deed``)."""
        best = None
        for i in self.place_starts.starting_within(within[0], within[1] - 1):
            p, s, e = self.place_mentions[i]
            if inside(s) and not self.is_origin(s) and (deed is None or self.where_deed(deed, p, s)) \
                    and not (WIDE_PLACE_WHERE in self.on and self.wide_named_apart(p, s)):
                key = self.place_key(p, s, e, trigger)
                if best is None or key < best[0]:
                    best = (key, p.id)
        return best[1] if best else None

    def place_outside_clauses(self, f: EventCandidate, deed: Token | None = None,
                              parties: bool = False) -> str | None:
        """The most precise place of the sentence, leaving out the clauses that hang on the trigger
        ("déployés en Irak tandis que ... une offensive sur Mossoul": Mossoul is the other clause's) and,
        with ``parties`` (its own phrase named the place), its subject's and agent's phrases ("un habitant
        de Kidal a été enlevé dans le centre du Niger")."""
        hanging = f.token.children if f.token is not None else []
        clauses = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in hanging
                   if c.dep_ in CLAUSE_DEPS and c.dep_ not in ("punct", "cc")]
        if f.token is not None and PLACE_OTHER_CLAUSE in self.on:
            clauses += self.others_relative_clauses(f.token)
        someones = self.someones_place(f.token) if parties and PLACE_OF_PARTY in self.on \
            and f.token is not None else None
        end = self.sentence_end(f.sentence)
        other_verb = PLACE_OTHER_VERB in self.on and f.token is not None
        return self.best_place(lambda s: f.sentence.start_char <= s < end and not any(
            a <= s < b for a, b in clauses) and not (someones and someones(s))
            and not (other_verb and self.on_other_verb(s, f.token)), f.trigger[0],
            (f.sentence.start_char, end), deed)

    def on_other_verb(self, start: int, trigger: Token) -> bool:
        """Whether the word at ``start`` hangs on an infinitive of another deed ("à assister") that hangs on
        the trigger through no other verb ("un soldat blessé lors d'une opération au Mali à assister au
        match à Moscou": Moscou is the match's)."""
        word = token_covering(self.doc, start)
        if word is None:
            return False
        verbs = [t for t in word.ancestors if t.pos_ in ("VERB", "AUX")]
        if len(verbs) < 2 or verbs[1] != trigger or "Inf" not in verbs[0].morph.get("VerbForm"):
            return False
        return any(c.dep_ == "mark" and c.lower_ in self.words.OTHER_DEED_MARKS for c in verbs[0].children)

    def place_key(self, place: Place, start: int, end: int, trigger: int) -> tuple:
        """How a mention ranks as the event's place (the lowest first): the most precise, in a country
        whose regions the article names, followed by its containers ("in Dunedin (Otago)"), outside
        parentheses, not a landmark the news is measured from ("à 60 km de la capitale Niamey"), not a
        modifier of another noun ("Satun residents", "the Orange Democratic Movement"), after a locative
        preposition ("in Bangkok"), the nearest to the trigger."""
        foreign = bool(self.home) and place.country not in self.home
        contained = bool(CONTAINERS_AFTER.match(self.text, end, end + self.w.containers_window))
        return (PRECISION.get(place.feature or "", self.w.unknown_precision), foreign, not contained,
                self.in_parentheses(start), self.is_landmark(start), self.is_modifier(start, end),
                not self.after_locative(start), abs(start - trigger))

    @cached_property
    def time_spans(self) -> SpanIndex:
        return SpanIndex([tuple(t.span[:2]) for t in self.times])

    def is_origin(self, start: int) -> bool:
        """ "originaire de Tunisie", "born in Lyon": a place named as someone's origin, not the event's; and
        a name the times read as a date ("à Noël"), not a place."""
        if PLACE_NOT_ORIGIN not in self.on:
            return False
        if self.time_spans.covers(start) or self.names_agent(start):
            return True
        if PLACE_PARTNER in self.on and self.names_partner(start):
            return True
        if PLACE_OF_CARE in self.on and self.names_care(start):
            return True
        before = self.text[max(0, start - self.w.origin_window):start].lower().replace("’", "'")
        return bool(origin_before(self.lang).search(before))

    def names_partner(self, start: int) -> bool:
        """ "un affrontement avec la Chine", "talks with Iran": a place after a preposition of company is a
        party to the deed (its state, its people), not where it was done."""
        token = token_covering(self.doc, start)
        if token is None or token.idx != start:
            return False
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head  # "avec la Chine et l'Inde"
        return self.preposition(token) in self.words.PARTNER_PREPOSITIONS

    def names_care(self, start: int) -> bool:
        """ "décédé à l'hôpital militaire de Clamart", "transporté au CHU de Nantes": a place that is the
        complement of a noun of care, a step or two up the parse, that a verb of dying or of care governs
        (not "une manifestation devant l'hôpital de Verin", "des frappes sur l'hôpital de Marioupol")."""
        token = token_covering(self.doc, start)
        for _ in range(2):
            if token is None or token.head.i == token.i or token.dep_ not in (
                    "nmod", "flat", "flat:name", "compound", "appos", "pobj", "prep"):
                return False
            token = token.head
            if token.lemma_.lower() in self.words.CARE_NOUNS or token.lower_ in self.words.CARE_NOUNS:
                verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
                return verb is not None and verb.lemma_.lower() in self.words.CARE_VERBS
        return False

    def is_argument(self, start: int) -> bool:
        """Whether a place's mention is a verb's subject or object: a state that acts or is acted on."""
        token = token_covering(self.doc, start)
        return token is not None and token.idx == start and token.dep_ in (
            "nsubj", "obj", "dobj", "iobj", "nsubj:pass", "nsubjpass") and token.head.pos_ in ("VERB", "AUX")

    def names_agent(self, start: int) -> bool:
        """ "dénoncée par Niamey et Paris", "condemned by Washington": a place that is the agent of a
        passive verb or participle stands for its government, not where an event happened."""
        token = token_covering(self.doc, start)
        if token is None or token.idx != start:
            return False
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        verb = token.head
        if verb.pos_ == "ADP" and verb.lower_ in self.words.AGENT_PREPOSITIONS:
            verb = verb.head  # English: "by" carries the name
        elif self.preposition(token) not in self.words.AGENT_PREPOSITIONS:
            return False
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        deps = {c.dep_ for c in verb.children}
        return bool(deps & {"aux:pass", "auxpass"}) or (
            "Part" in verb.morph.get("VerbForm") and not deps & {"aux", "aux:tense"})

    def is_landmark(self, start: int) -> bool:
        """ "à 60 km au sud-est de Niamey", "near Kabul": a place the news is measured from, not its own."""
        if PLACE_LANDMARK not in self.on:
            return False
        before = self.text[max(0, start - self.w.landmark_window):start].lower().replace("’", "'")
        return bool(self.landmark_before.search(before))

    def is_modifier(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        return root.dep_ in ("compound", "amod", "poss", "nmod:poss") \
            and not (span.start <= root.head.i < span.end) and root.head.pos_ in ("NOUN", "PROPN") \
            and root.head.i > root.i

    def wide_named_apart(self, place: Place, start: int) -> bool:
        """Whether a continent or a union of states is named otherwise than as where things are ("la
        Communauté des Etats d'Afrique de l'Ouest", "l'Union européenne a condamné"; not "en Afrique")."""
        if place.feature != "continent" and place.geonameid not in UNION_PLACES:
            return False
        token = token_covering(self.doc, start)
        return token is None or self.opening(token) not in self.place_prepositions

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
        wide = WIDE_PLACE_WHERE in self.on
        before = bisect_left(self.mentioned_places, (f.sentence.start_char,))
        for start, place_id in reversed(self.mentioned_places[:before]):
            if not self.is_origin(start) and not (
                    wide and self.wide_named_apart(self.place_by_id[place_id], start)):
                return place_id
        counts: dict[str, list[int]] = {}
        for p, s, _ in self.place_mentions:
            count = counts.setdefault(p.id, [0, -s])
            count[0] += not self.is_origin(s) and not (wide and self.wide_named_apart(p, s))
            count[1] = max(count[1], -s)
        most = max(((n, first, place_id) for place_id, (n, first) in counts.items()), default=None)
        return most[2] if most and most[0] else None

    def time(self, f: EventCandidate, primary: bool) -> tuple[str | None, str | None]:
        """The event's time and the rule that chose it: its sentence's date, else the date of another
        mention of the happening (the nearest), else (the primary event) the first sentence's, else the
        last date before it in its paragraph, else the article's own date. An event to come takes no date
        before the article, and with none of its own the date to come of the sentence after it."""
        time = None
        to_come = TIME_TO_COME in self.on and self.to_come(f)
        if TIME_AFTER in self.on:
            time = self.time_after(f)
            if time is not None:
                return time, TIME_AFTER
        if TIME_SENTENCE in self.on:
            time = self.time_of(self.whole_sentence(f.sentence), f.trigger[0], f.token)
            relative = self.time_by_id(time) if time is not None else None
            if relative is not None and relative.anchor not in (None, "published") \
                    and self.later_than_article(f, time):
                time = None  # "en début d'après-midi" read on a day to come: what happened is not dated so
            if time is not None and to_come and self.before_article(time):
                time = None
            if time is not None:
                reported = self.before_report(f, time) if REPORT_DATE_LAST in self.on else None
                shift = self.day_shift(f.token, time) if not reported else 0
                if shift:
                    return time, TIME_DAY_BEFORE if shift < 0 else TIME_DAY_AFTER
                return (reported, REPORT_DATE_LAST) if reported else (time, TIME_SENTENCE)
        if TIME_THEN in self.on:
            time = self.time_then(f.sentence)
            if time is not None and not (to_come and self.before_article(time)):
                return time, TIME_THEN
        later = None  # a date of the context after the article's: the last but one resort
        if TIME_CONTEXT in self.on:
            for start, token in self.other_mentions(f):
                time = self.time_of([sentence_of(token)] if token is not None else [], start, token)
                if time is not None and to_come and self.before_article(time):
                    continue
                if time is not None and self.later_than_article(f, time):
                    later = later or time
                elif time is not None:
                    shift = self.day_shift(token, time)
                    return time, TIME_DAY_BEFORE if shift < 0 else TIME_DAY_AFTER if shift else TIME_CONTEXT
        if primary and TIME_LEAD in self.on:
            time = self.time_of(self.sentences[:self.w.lead_time_sentences], f.trigger[0], f.token)
            if time is not None and not self.later_than_article(f, time) \
                    and not (to_come and self.before_article(time)):
                return time, TIME_LEAD
        if to_come:
            time = self.time_next(f)
            if time is not None:
                return time, TIME_TO_COME
        if primary and TIME_PARAGRAPH in self.on:
            time = self.time_in_paragraph(f, to_come)
            if time is not None:
                return time, TIME_PARAGRAPH
        if primary and TIME_RETOLD in self.on and f.modality == "asserted":
            time = self.time_retold(f)
            if time is not None:
                return time, TIME_RETOLD
        if later is not None:
            return later, TIME_CONTEXT
        # ... a deed of violence told in a retrospective (words and plans of today are not: "ont dénoncé")
        violent = EVENT_TYPE_OF.get(f.acled or "") in VIOLENT and f.modality == "asserted"
        past = self.past_context(f) if PAST_CONTEXT in self.on and violent else None
        if past is not None:
            return past, TIME_CONTEXT
        if primary and TIME_BODY_LEAD in self.on and not to_come:
            time, rule = self.time_body_lead(f)
            if time is not None:
                return time, rule
        if primary and TIME_ANNIVERSARY in self.on and EVENT_TYPE_OF.get(f.acled or "") in VIOLENT:
            dated = self.anniversary(f)
            if dated is not None:
                return dated
        if TIME_ARTICLE in self.on and self.article_time is not None:
            return self.article_time, TIME_ARTICLE
        return None, None

    def anniversary(self, f: EventCandidate) -> tuple[str, str] | None:
        """A headline that opens on a lapse of years ("40 ans après, un survivant raconte"): the article
        looks back on its main deed, dated by the text's first date of that year, else that lapse before
        the article."""
        end = self.headline()
        for i in self.time_starts.starting_within(0, end - 1):
            t = self.times[i]
            years = re.fullmatch(r"P(\d+)Y", t.value or "") if t.type == "DURATION" else None
            after = token_covering(self.doc, t.span[1] - 1) if years else None
            if after is None or after.i + 1 >= len(self.doc) \
                    or self.doc[after.i + 1].lower_ not in self.words.RETOLD_MARKS:
                continue
            year = str(self.published_day.year - int(years.group(1))) if self.published_day else None
            same = next((x.id for x in self.times
                         if x.type == "DATE" and year and (x.value or "")[:4] == year), None)
            return (same, TIME_ANNIVERSARY) if same else (t.id, TIME_AFTER)
        return None

    def day_shift(self, token: Token | None, time_id: str) -> int:
        """The days between the day its sentence dates and the event a noun of the day after or before
        names ("au lendemain des explosions": -1), 0 when it is named so by no such noun or is no day."""
        time = self.time_by_id(time_id)
        if token is None or token.dep_ not in ("nmod", "pobj") or time is None \
                or not DAY.fullmatch(time.value or ""):
            return 0
        head = token.head if token.dep_ == "nmod" else token.head.head
        shift = self.words.DAY_SHIFT_NOUNS.get(head.lemma_.lower(), 0)
        return shift if shift and (TIME_DAY_BEFORE if shift < 0 else TIME_DAY_AFTER) in self.on else 0

    def told_as_past(self, f: EventCandidate) -> bool:
        """Whether an asserted event is told as done before the time of its clause: its verb, the verb its
        noun is the subject or object of, or a relative clause on its noun in the pluperfect ("avaient été
        assassinés", "le massacre avait choqué", "l'attaque qui avait coûté la vie à"), or its noun after a
        preposition of sequence ("après l'assassinat de")."""
        token = f.token
        if token is None or f.modality != "asserted":
            return False
        words = self.words
        verbs = [token]
        if token.pos_ == "NOUN":
            if any(c.dep_ == "case" and c.lower_ in words.RETOLD_MARKS for c in token.children) or (
                    token.dep_ == "pobj" and token.head.lower_ in words.RETOLD_MARKS):
                return True
            verbs = [c for c in token.children if c.dep_ in ("acl:relcl", "relcl")]
            if token.dep_ in SUBJECTS or token.dep_ in ("obj", "dobj"):
                verbs.append(token.head)
        return any(v.pos_ in ("VERB", "AUX") and any(
            c.dep_.startswith("aux") and c.lower_ in words.PAST_PERFECT_AUXILIARIES for c in v.children)
            for v in verbs)

    def date_retold(self, found: list[EventCandidate], primary: EventCandidate) -> None:
        """A happening told again as done before (``told_as_past``) that only its article, or a date on the
        article's own day, dates: the date before the article of another of its mentions, else of the
        nearest event of its type the text dates before the article at no other place (the happening it
        tells again, told elsewhere in the article); with none, an event other than the primary is past
        context (background)."""
        if TIME_RETOLD_HAPPENING not in self.on or self.published_day is None:
            return
        dated = [g for g in found if g.time is not None and TIME_SOURCE.get(g.rules.get("time", "")) == "text"
                 and self.before_article(g.time)]
        for f in found:
            time = self.time_by_id(f.time) if f.time is not None else None
            own_day = time is not None and bool(time.value) and first_day(time.value) == self.published_day
            # a noun's sentence dated outside its phrase: the date of the clause it is told in
            # (not the clause the noun is the subject of: "une autre attaque avait fait 20 morts en janvier")
            clause = f.token is not None and f.token.pos_ == "NOUN" and f.rules.get("time") == TIME_SENTENCE \
                and time is not None and time.span is not None and not (
                    f.token.left_edge.idx <= time.span[0] <= f.token.right_edge.idx) \
                and not (OWN_SUBJECT_CLAUSE in self.on and f.token.dep_ in SUBJECTS)
            if not (f.rules.get("time") == TIME_ARTICLE or own_day or clause) or not self.told_as_past(f):
                continue
            others = sorted((int(m[0]) for m in f.mentions
                             if not f.sentence.start_char <= m[0] < f.sentence.end_char),
                            key=lambda start: abs(start - f.trigger[0]))
            tokens = ((start, token_covering(self.doc, start)) for start in others)
            mentioned = ((self.time_of([sentence_of(token)], start, token), token) for start, token in tokens
                         if token is not None)
            # ... not the date of a report of it ("avait indiqué le 12 août que l'attaque ...")
            told = next((t for t, token in mentioned if t is not None and self.before_article(t)
                         and not self.reports_date(token, self.time_by_id(t).span or [0, 0])), None)
            if told is not None:
                f.set("time", told, TIME_RETOLD_HAPPENING)
                continue
            kind = [g for g in dated if g is not f and g.type == f.type and self.same_family(g, f)
                    and not self.places_differ(g.place, f.place)]
            if kind:
                nearest = min(kind, key=lambda g: abs(g.trigger[0] - f.trigger[0]))
                f.set("time", nearest.time, TIME_RETOLD_HAPPENING)
            elif RETOLD_UNDATED in self.on and f is not primary:  # its day unknown: context, not news
                f.rules["background"] = RETOLD_UNDATED
        if PAST_SENTENCE in self.on:
            for f in found:
                # (a deed of a clause within the sentence: the main clause's verb is today's news)
                main = f.token is None or f.token.dep_ == "ROOT" \
                    or f.token.dep_ == "conj" and f.token.head.dep_ == "ROOT"
                if f is not primary and f.rules.get("time") == TIME_ARTICLE and "background" not in f.rules \
                        and not main and self.told_in_the_past(f.sentence, self.w.stale_days):
                    f.rules["background"] = PAST_SENTENCE  # undated among dates of long ago: long ago too

    def time_retold(self, f: EventCandidate) -> str | None:
        """The date of the nearest mention that only tells the event again (its victims, its charge), if no
        later than the article."""
        retold = sorted((int(m[0]), token_covering(self.doc, int(m[0]))) for m in f.told_again)
        for start, token in sorted(retold, key=lambda m: abs(m[0] - f.trigger[0])):
            time = self.time_of([sentence_of(token)], start, token) if token is not None else None
            if time is not None and not self.later_than_article(f, time):
                return time
        return None

    def time_body_lead(self, f: EventCandidate) -> tuple[str | None, str]:
        """The first day the body's first sentences with a verb give, when it is no later than the article
        nor more than ``background_days`` older, and no day counted from another ("la veille"), else that of
        the next few within ``body_recent_days`` (``TIME_BODY_RECENT``); none in a text with no headline. With
        the rule that found it."""
        body = self.headline()
        if not body:  # no headline: the event's own sentence is the lead
            return None, TIME_BODY_LEAD
        told = [x for x in self.sentences
                if x.start_char >= body and any(t.pos_ in ("VERB", "AUX") for t in x) and not (
                    BODY_OUTSIDE_QUOTES in self.on and self.quoted_whole(x))]
        first = self.lead_day(f, told[:self.w.body_lead_sentences], self.w.background_days)
        if first is not None or TIME_BODY_RECENT not in self.on:
            return first, TIME_BODY_LEAD
        for x in told[self.w.body_lead_sentences:self.w.body_recent_sentences]:
            recent = self.lead_day(f, [x], self.w.body_recent_days)  # (past a day of the background)
            if recent is not None:
                return recent, TIME_BODY_RECENT
        return None, TIME_BODY_RECENT

    def lead_day(self, f: EventCandidate, sentences: list[Span], within_days: int) -> str | None:
        """The first day the sentences give, when it is no later than the article nor more than
        ``within_days`` older, and no day counted from another ("la veille")."""
        times = [self.time_by_id(self.time_of([x], x.end_char)) for x in sentences]
        found = next((t for t in times if t is not None and t.rules.get("type") != "times.anaphoric"), None)
        if found is None:  # "la veille": the day before another
            return None
        time, value = found.id, found.value
        part = REPORT_DAY_ELSEWHERE in self.on and bool(DAY_PART.match(value or ""))  # "samedi soir": a day
        if not (DAY.fullmatch(value or "") or part) or self.later_than_article(f, time):
            return None
        last = last_day(value)
        if last is None or self.published_day is None or (self.published_day - last).days > within_days:
            return None
        return time

    def whole_sentence(self, sent: Span, comma: bool = False) -> list[Span]:
        """The sentence with the pieces the parse cut from it where no punctuation ends it and the next piece
        starts in lower case (or, ``comma``, with a comma), in one paragraph ("L'attaque survenue" |
        "vendredi a coûté la vie à ...")."""
        if CUT_SENTENCE not in self.on:
            return [sent]
        at = self.sentence_number.get(sent.start)
        if at is None:
            return [sent]
        first = last = at
        while first > 0 and self.cut_between(self.sentences[first - 1], self.sentences[first], comma):
            first -= 1
        while last + 1 < len(self.sentences) and self.cut_between(self.sentences[last],
                                                                  self.sentences[last + 1], comma):
            last += 1
        return list(self.sentences[first:last + 1])

    @cached_property
    def sentence_starts(self) -> list[int]:
        """The first character of each sentence, in order."""
        return [x.start_char for x in self.sentences]

    def sentence_at(self, char: int) -> int:
        """The number of the sentence a character is in."""
        return max(0, bisect_right(self.sentence_starts, char) - 1)

    @cached_property
    def sentence_number(self) -> dict[int, int]:
        """Each sentence's number, by its first token."""
        return {x.start: i for i, x in enumerate(self.sentences)}

    def cut_between(self, before: Span, after: Span, comma: bool = False) -> bool:
        """Whether the parse cut one sentence in two between ``before`` and ``after`` (``comma``: also
        where ``after`` starts with one)."""
        end = span_text(before).rstrip()
        between = self.text[before.end_char:after.start_char]
        first = span_text(after)[:1]
        return bool(end) and end[-1].isalnum() and "\n" not in between \
            and (first.islower() or comma and first == ",")

    @cached_property
    def published_day(self) -> date | None:
        """The article's date as a day, when it has one."""
        published = self.doc._.veille_published
        return Published.parse(published).date if published else None

    def paragraph_start(self, char: int) -> int:
        """Where the paragraph holding ``char`` begins (after the last blank line before it)."""
        return self.text.rfind("\n\n", 0, char) + 1

    def before_article(self, time_id: str) -> bool:
        """Whether a date ends before the article's day."""
        time = self.time_by_id(time_id)
        last = last_day(time.value) if time is not None else None
        return self.published_day is not None and last is not None and last < self.published_day

    def future_tense(self, verb: Token) -> bool:
        """Whether a verb is in the future tense or under a future auxiliary ("vont rendre", "will march")."""
        future = self.words.FUTURE_AUXILIARIES
        auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
        return "Fut" in verb.morph.get("Tense") or any(c.lemma_.lower() in future or c.lower_ in future
                                                       for c in auxiliaries)

    def future_word(self, token: Token) -> bool:
        """Whether a trigger is told in the future: a future tense, a future auxiliary ("vont rendre",
        "will march") or a verb of planning above it ("prévoient de manifester")."""
        words = self.words
        verb = token.head if token.pos_ not in ("VERB", "AUX") and token.dep_ in ("obj", "dobj") else token
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if self.future_tense(verb):
            return True
        head = infinitive_head(verb)
        return head is not None and (head.lemma_.lower() in words.FUTURE_AUXILIARIES
                                     or head.lemma_.lower() in words.PLANNING)

    def under_future_auxiliary(self, verb: Token) -> bool:
        """Whether an infinitive hangs on a simple form of the future auxiliary ("vont quadriller", "allait
        durcir"), not on a compound one, which is a motion ("est allé chercher")."""
        head = infinitive_head(verb)
        return FUTURE_AUXILIARY_HEAD in self.on and head is not None \
            and head.lemma_.lower() in self.words.FUTURE_AUXILIARIES \
            and not any(c.dep_.startswith("aux") for c in head.children)

    def to_come(self, f: EventCandidate) -> bool:
        """Whether the happening is still to come: planned, or one of its mentions told in the future."""
        if f.modality == "planned":
            return True
        return any(token is not None and self.future_word(token)
                   for token in [f.token, *(t for _, t in self.other_mentions(f))])

    def time_next(self, f: EventCandidate) -> str | None:
        """An event to come that no words of its own date: the first date to come of the sentence after
        one of its mentions told in the future ("vont rendre hommage ... Une représentation sera donnée le 23
        janvier"), in its paragraph."""
        mentions = sorted(t for t in [f.token, *(t for _, t in self.other_mentions(f))] if t is not None)
        for token in mentions:
            if not (f.modality == "planned" and token == f.token or self.future_word(token)):
                continue
            sent = sentence_of(token)
            after = [x for x in self.sentences if x.start_char >= sent.end_char and x.text.strip()]
            if not after or PARAGRAPH_BREAK.search(self.text[sent.end_char:after[0].start_char]):
                continue
            time = self.time_of([after[0]], after[0].start_char)
            if time is not None and not self.before_article(time):
                return time
        return None

    def time_in_paragraph(self, f: EventCandidate, to_come: bool) -> str | None:
        """The last date told before the event in its paragraph ("embrasé dans la soirée du mercredi 6 mars.
        Des voitures ont été incendiées"): none when it is later than the article for what has happened,
        earlier for what is to come, or more than ``background_days`` old (a retrospective's, which
        ``past_context`` reads)."""
        start = self.paragraph_start(f.sentence.start_char)
        before = [x for x in self.sentences
                  if x.start_char >= start and x.end_char <= f.sentence.start_char and x.text.strip()]
        for sent in reversed(before):
            whole = self.whole_sentence(sent, comma=True) if CUT_AT_COMMA in self.on else [sent]
            time = self.time_of(whole, sent.end_char)
            value = self.time_by_id(time).value if time is not None else ""
            if not re.match(r"\d{4}-\d{2}-\d{2}", value or ""):
                continue  # a week, a month ("la semaine précédente"): a figure's, not a narrative's day
            last = last_day(value)
            if self.later_than_article(f, time) or (to_come and self.before_article(time)) or (
                    last is not None and self.published_day is not None
                    and (self.published_day - last).days > self.w.background_days):
                return None
            return time
        return None

    def past_context(self, f: EventCandidate) -> str | None:
        """The last date told before the event in its paragraph, when it ends more than ``background_days``
        before the article: a retrospective's narrative present ("prend le pouvoir le 17 avril 1975 ...
        deux millions de Cambodgiens meurent") dates its events in their past."""
        published = self.published_day
        if published is None:
            return None
        for t in self.times:  # a recent date in the event's own sentence: not a retrospective's
            last = last_day(t.value) if f.sentence.start_char <= t.span[0] < f.sentence.end_char else None
            if last is not None and (published - last).days <= self.w.background_days:
                return None
        start = self.paragraph_start(f.sentence.start_char)
        # dates in words, not bare figures ("Mirage 2000", "(1861-1865)"), and no bounds
        before = [t for t in self.times if t.span and start <= t.span[0] < f.sentence.start_char
                  and t.type == "DATE" and not t.value.endswith("_REF")
                  and any(c.isalpha() for c in t.text or "") and not self.is_bound(t.span[0], t.text)]
        nearest = max(before, key=lambda t: t.span[0]) if before else None
        last = last_day(nearest.value) if nearest is not None else None
        if last is None or (published - last).days <= self.w.background_days:
            return None
        return nearest.id

    def time_by_id(self, time_id: str | None) -> Time | None:
        return next((t for t in self.times if t.id == time_id), None)

    def later_than_article(self, f: EventCandidate, time_id: str) -> bool:
        """Whether a date read in the event's context begins after its article, the event being asserted
        (what has happened is dated by what is to come only when nothing else dates it: "samedi" of a
        march announced for Sunday)."""
        if NO_LATER_CONTEXT not in self.on or f.modality != "asserted":
            return False
        published = self.published_day
        time = self.time_by_id(time_id)
        first = first_day(time.value) if time is not None else None
        return published is not None and first is not None and first > published

    def before_report(self, f: EventCandidate, time_id: str) -> str | None:
        """When the event's sentence dates only its report ("mis en examen ..., a annoncé vendredi le
        procureur"): the date of another mention of the happening, else of the trigger's word in the next
        sentence ("... mis en examen jeudi"), if it is no later than the report's."""
        time = self.time_by_id(time_id)
        if f.token is None or time is None or not self.reports_date(f.token, time.span):
            return None
        report = last_day(time.value)
        candidates = [(start, token) for start, token in self.other_mentions(f) if token is not None]
        if REPORT_DATE_TOLD_AGAIN in self.on:  # ("ont été assassinés dimanche", told again after the lead)
            candidates += [(start, token) for start, token in self.other_mentions(f, told_again=True)
                           if token is not None]
        after = [x for x in self.sentences if x.start_char >= f.sentence.end_char and x.text.strip()]
        if after:
            lemma = f.token.lemma_.lower()
            candidates += [(t.idx, t) for t in after[0]
                           if t.lemma_.lower() == lemma and t.pos_ == f.token.pos_]
        for start, token in candidates:
            other = self.time_by_id(self.time_of([sentence_of(token)], start, token))
            if other is None or other.id == time_id or other.span is None \
                    or self.reports_date(token, other.span):
                continue
            day = last_day(other.value)
            if day is not None and report is not None and day <= report:
                return other.id
        return None

    def time_after(self, f: EventCandidate) -> str | None:
        """A lapse the event's noun phrase follows ("cinq jours après l'attaque", "un mois après"), or that
        of another mention of its happening that nothing else dates ("Trois jours après l'attaque, le
        gouvernement a annoncé"): its time id (the component dates the event that lapse before the
        article)."""
        if self.published_day is None:
            return None
        own = self.lapse_before_mention(f.sentence.start_char, f.trigger[0])
        if own is not None or TIME_AFTER_MENTION not in self.on:
            return own
        for start, token in self.other_mentions(f):
            if token is not None and token.pos_ == "NOUN":
                sent = sentence_of(token)
                lapse = self.lapse_before_mention(sent.start_char, start)
                if lapse is not None:
                    return lapse
        return None

    def lapse_before_mention(self, start: int, trigger: int) -> str | None:
        """The lapse between ``start`` and a trigger that it precedes with "après" ("cinq jours après
        l'attaque"): its time id."""
        # (from its line's start: a lapse right before "après" and the trigger is the trigger's, whatever
        # sentence the parse cut it into: "...38 ans après\n\nPrès | de quatre décennies après l'attentat")
        start = min(start, self.text.rfind("\n", 0, trigger) + 1)
        for i in self.time_starts.starting_within(start, trigger - 1):
            t = self.times[i]
            if t.type != "DURATION" or not is_lapse(t.value):
                continue
            m = self.cues.time_after.match(self.text[t.span[1]:trigger])
            if m and trigger - (t.span[1] + m.end()) <= self.w.after_trigger_window:
                return t.id
        return None

    def time_then(self, sentence: Span) -> str | None:
        """The date of the sentence before ``sentence`` in its paragraph, when ``sentence`` points back to
        it ("alors", "ce jour-là")."""
        if not self.cues.time_then.search(span_text(sentence).lower()):
            return None
        before = [x for x in self.sentences if x.end_char <= sentence.start_char and x.text.strip()]
        if not before:
            return None
        between = self.text[before[-1].start_char:sentence.start_char]
        if PARAGRAPH_BREAK.search(between[len(between.rstrip()):]):  # a paragraph ends between them
            return None
        return self.time_of([before[-1]], before[-1].end_char)

    def other_mentions(self, f: EventCandidate, told_again: bool = False) -> list[tuple[int, Token | None]]:
        """The other mentions of the event's happening outside its sentence, the nearest first: those that
        tell more of it, or (``told_again``) those that only tell it again."""
        own = (f.sentence.start_char, f.sentence.end_char)
        out = []
        for m in (f.told_again if told_again else getattr(f, "mentions", None) or []):
            span = getattr(m, "span", m)
            start = int(span[0])
            if own[0] <= start < own[1] or not told_again and tuple(span) in f.told_again:
                continue
            out.append((start, token_covering(self.doc, start)))
        return sorted(out, key=lambda m: abs(m[0] - f.trigger[0]))

    def time_of(self, sentences: list[Span], trigger: int, token: Token | None = None) -> str | None:
        """The sentences' date nearest the trigger (a day over a month over a vaguer one), leaving out
        dates that are not the event's: those of a relative clause ("the war, which began on 24
        February"), of a noun ("this year's budget"), bounds ("until 26 March"), and a time of day on the
        article's own day (the event is dated by the day); the date of the verb that reports the event
        ("a-t-on appris samedi") comes last."""
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
            if t.type == "TIME" and (not t.value[:4].isdigit()
                                     or t.value[:10] == published and not self.named_day_part(t)):
                continue
            # "samedi", "hier": a day the article's date resolves, in words of its own (no figures)
            # ... or a part of one ("vendredi soir")
            day = DEICTIC_DAY in self.on and (t.type == "DATE" and len(t.value) == 10 or bool(
                DAY_PART.match(t.value))) and t.anchor == "published" \
                and not any(c.isdigit() for c in t.text or "0")
            if self.is_bound(s, t.text):
                continue
            if token is not None and LATER_DEATH_DATE in self.on and self.later_death_date(token, t.span):
                continue
            own = token is not None and OWN_PHRASE_DATE in self.on and self.own_phrase_date(token, t.span)
            if token is not None and not own and OTHER_CLAUSE_DATE in self.on \
                    and self.other_clause_date(token, t.span):
                continue
            # a weekday the parse hangs on a noun dates the event only when no other date does
            loose = token is not None and not own and not self.dates_the(token, t.span)
            if loose and not (day and self.dates_the(token, t.span, day)):
                continue
            # a date of the event over one of its report, a date over a time of day, a date the text gives
            # whole over one read relative to another, a day over a month, then the nearest
            reported = self.reports_date(token, t.span) if token is not None else False
            if not reported and REPORT_DAY_ELSEWHERE in self.on and (
                    token is None or not any(x.start <= token.i < x.end for x in sentences)):
                reported = self.report_verb_date(t.span)
            if not reported and SOURCE_PHRASE_DATE in self.on:
                reported = self.source_phrase_date(t.span)
            key = (not own, reported, loose, t.type != "DATE",
                   t.anchor not in (None, "published"), -min(len(t.value), 10), abs(s - trigger))
            if best is None or key < best[0]:
                best = (key, t)
        if best is None:
            return None
        night = night_ended(self.times, best[1], self.w.night_end_window) if NIGHT_START in self.on else None
        return (night or best[1]).id

    def named_day_part(self, time: Time) -> bool:
        """Whether a time of day is the part of a weekday the text names ("samedi matin"), not a bare part
        of the article's day ("ce matin")."""
        return NAMED_DAY_PART in self.on and time.anchor == "published" and bool(DAY_PART.match(time.value)) \
            and any(w in self.weekdays for w in (time.text or "").lower().split())

    @cached_property
    def weekdays(self) -> set[str]:
        return set(language_pack(self.lang).times.WEEKDAYS)

    def other_clause_date(self, trigger: Token, span: list[int]) -> bool:
        """Whether a date hangs on a verb that the trigger's own clause, a past participle or an adverbial
        clause that is no relative one, hangs from only through other words ("son frère, abattu dans les
        affrontements, elle a été jugée en 2019"; "a arrêté lundi un homme soupçonné d'avoir tué"): the
        date is that verb's deed's. A date that opens the sentence ("Lundi, ...") dates all of it; the date
        of a verb of reporting is left to the report's rules."""
        words = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        if words is None:
            return False
        # the verb it hangs on, past nouns ("en vigueur mardi"), or the participle the parse reads as an
        # adjective ("et jugée en 2019")
        head = words.root.head
        verb = head if head.pos_ == "ADJ" else next(
            (t for t in [head, *head.ancestors] if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb == trigger or verb.sent != trigger.sent or verb in trigger.subtree \
                or words.start - verb.sent.start <= 1:
            return False
        if verb.lemma_.lower() in self.words.REPORT_VERBS or self.is_saying_cue(verb):
            return False
        while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head != verb and not (
                CONJUNCT_OWN_SUBJECT in self.on and any(c.dep_.startswith("nsubj") for c in verb.children)):
            verb = verb.head
        token = trigger
        while token != verb and token.head != token:
            if token.pos_ in ("VERB", "AUX") and token.dep_ in OTHER_CLAUSES and token.head != verb \
                    and not self.relative(token) and (token.dep_ != "acl" or self.past_participle(token)):
                return True
            token = token.head
        return False

    @staticmethod
    def past_participle(verb: Token) -> bool:
        """Whether a verb is a past participle ("tué", "soupçonné"), which tells a state of its own time,
        not one of the time of the noun's clause (as "accédant", "tuant" do)."""
        return "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")

    @staticmethod
    def relative(verb: Token) -> bool:
        """Whether a verb heads a relative clause, also one the parse hangs elsewhere ("..., qui l'a")."""
        return verb.dep_ in RELATIVE_CLAUSES or any(
            "Rel" in c.morph.get("PronType") for c in verb.children if c.dep_ != "conj")

    def later_death_date(self, trigger: Token, span: list[int]) -> bool:
        """Whether a date hangs on a verb of dying other than the trigger whose subject holds the trigger
        ("une des victimes blessées dans l'attentat est décédée vendredi"): a victim's later death. The
        subject is a victim or the trigger tells it within two words of the parse."""
        words = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        if words is None:
            return False
        verb = words.root.head
        if verb.i == trigger.i or verb.pos_ not in ("VERB", "AUX") \
                or verb.lemma_.lower() not in self.words.DYING_VERBS:
            return False
        # its subject or, the parse giving it none, a noun before it ("une des victimes, hospitalisée
        # depuis lundi, est décédée")
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj")] or [
            c for c in verb.children
            if c.i < verb.i and c.pos_ in ("NOUN", "PRON") and c.dep_.startswith("obl")]
        # ... a victim ("une des victimes de l'attentat"), or someone the trigger tells ("un passant blessé
        # dans l'attaque"), not a name the trigger is a word of ("le régiment de chars de combat")
        near = (trigger.i, trigger.head.i, trigger.head.head.i)
        return any(c.left_edge.i <= trigger.i <= c.right_edge.i
                   and (c.lemma_.lower() in self.words.VICTIM_NOUNS or c.i in near) for c in subjects)

    def event_noun_date(self, trigger: Token, words: Span) -> bool:
        """Whether a date completes the noun of an event that the trigger hangs in, after a preposition of
        being inside it ("tué dans l'attaque du 2 mai 2016", "blessé lors des heurts de samedi"): the
        deed was done in that event, on its date (not "arrêté après l'attentat du 2 mai")."""
        noun = next((t for t in words.root.ancestors if t.pos_ != "ADP"), None)
        if noun is None or noun.i not in self.event_nouns or noun.head != trigger or noun.i == trigger.i:
            return False
        return any(c.dep_ == "case" and c.lower_ in self.words.DURING_PREPOSITIONS for c in noun.children)

    def own_phrase_date(self, trigger: Token, span: list[int]) -> bool:
        """Whether a date hangs on the trigger itself: its noun's complement ("les émeutes de 2016") or its
        participle's ("tué en mai 2013"), also when the parse hangs it on the participle's agent or object
        ("tué par un inconnu en mai 2013": a person is not dated), or on that of its noun's relative
        clause ("qui a fait trois morts en 1984"), or on a complement of its complement ("une explosion sur
        le quai du port le 2 mai"), or, a date in figures right after the noun or its phrase, on another
        word ("l'assassinat en 2005 du ministre")."""
        words = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        if words is None or words.root == trigger:
            return False
        if EVENT_NOUN_DATE in self.on and self.event_noun_date(trigger, words):
            return True
        if trigger.i in self.event_nouns and words[0].i in (trigger.i + 1, trigger.right_edge.i + 1) \
                and any(t.like_num for t in words):
            return True  # "l'assassinat en 2005 du ministre", "une explosion dans le port le 4 août"
        if words.root.dep_.split(":")[0] not in OWN_DATE_DEPS:
            return False
        head = words.root.head
        if head == trigger or FRAME_DATE in self.on and self.time_frame_of(head, trigger):
            return True
        noun = head  # "une explosion sur le quai du port le 2 mai": on a complement of the noun's
        while noun.dep_ == "nmod" and noun.pos_ in ("NOUN", "PROPN") and noun.head != noun:
            noun = noun.head
            if noun == trigger:
                return True
        while head.dep_ == "conj" and head.head != head:  # "trois morts et dix blessés en 1984"
            head = head.head
        if head.pos_ not in ("NOUN", "PROPN") or head.i in self.event_nouns \
                or head.dep_ not in ("obl:agent", "obj", "dobj", "agent"):
            return False
        # ... or on the object of the verb of the noun's own relative clause ("l'attentat qui avait fait
        # trois morts en 1984")
        verb = head.head
        return verb == trigger and trigger.pos_ == "VERB" or verb.dep_ in ("acl:relcl", "relcl") \
            and verb.head == trigger and verb.lemma_.lower() not in self.words.REPORT_VERBS

    def time_frame_of(self, noun: Token, trigger: Token) -> bool:
        """Whether a noun names the time frame of the trigger's deed: after a word of time frame, on the
        trigger ("tués pendant les combats") or on such a word that hangs on it ("lors des émeutes", "au
        cours des affrontements")."""
        frame = self.words.TIME_FRAME_WORDS
        if noun.pos_ not in ("NOUN", "PROPN") or trigger.pos_ not in ("VERB", "AUX"):
            return False
        if noun.head == trigger:
            return any(c.dep_ == "case" and c.lower_ in frame for c in noun.children)
        return noun.head.lower_ in frame and noun.head.head == trigger

    def is_bound(self, start: int, text: str | None) -> bool:
        """Whether the date at ``start`` is a bound ("until 26 March", "depuis le 10"), not a day."""
        if TIME_BOUNDS not in self.on:
            return False
        before = (self.text[max(0, start - self.w.time_bound_window):start] + " ").lower()
        return bool(self.cues.time_bounds.search(before)
                    or self.cues.time_bounds_inside.match((text or "").lower()))

    def is_background(self, f: EventCandidate, source: str | None) -> bool:
        """Whether the text dates the event well before its article ("en 1995", "il y a 25 ans", "le 4 août"
        in October): the last day its date can mean is more than ``stale_days`` before the article's."""
        if BACKGROUND not in self.on or source not in ("text", "context"):
            return False
        published = self.published_day
        time = next((t for t in self.times if t.id == f.time), None)
        value = time.value if time is not None else None
        if time is not None and time.type == "DURATION" and published is not None:
            value = lapse_before(value, published)  # "75 ans après les bombardements": that lapse before
        last = last_day(value)
        if published is None or last is None or (published - last).days <= self.w.stale_days:
            return False
        f.rules["background"] = BACKGROUND
        return True

    def dates_the(self, trigger: Token, span: list[int], day: bool = False) -> bool:
        """Whether a time phrase can date the trigger's event: not inside a relative clause or a noun
        phrase that leaves the trigger out (a ``day`` read against the article, "samedi", dates its
        clause whatever noun the parse hangs it on, but one that names another event)."""
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
            if t.pos_ in ("NOUN", "PROPN") and not (day and t.i not in self.event_nouns):
                return False
            break
        for t in [head, *head.ancestors]:
            if t == trigger:
                return True
            if t.dep_ in ("relcl", "acl", "acl:relcl") or t.dep_ == "amod" and t.pos_ == "VERB":
                # (a participle the parse hangs on a noun as an adjective: "les réponses, attendues jeudi")
                # the trigger's own clause dates it ("l'attentat qui a frappé lundi", "the attack that took
                # place on Sunday"), not one that reports it
                return trigger in t.subtree or OWN_CLAUSE_DATE in self.on and t.head == trigger \
                    and t.lemma_.lower() not in self.words.REPORT_VERBS and not self.is_saying_cue(t)
        return True

    @cached_property
    def event_nouns(self) -> set[int]:
        """The tokens of the nouns that name an event ("l'explosion", "the shooting")."""
        return {i for i, _, rule in self.trigger_words if rule == TRIGGER_NOUN}

    def report_verb_date(self, span: list[int]) -> bool:
        """Whether a date hangs on a verb that reports news ("a annoncé lundi la télévision"; not a verb of
        saying that is an act of its own: "a fustigé lundi")."""
        words = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        if words is None:
            return False
        verb = next((t for t in [words.root, *words.root.ancestors] if t.pos_ in ("VERB", "AUX")), None)
        return verb is not None and verb.lemma_.lower() in self.words.REPORT_VERBS

    def source_phrase_date(self, span: list[int]) -> bool:
        """Whether a date is in a source phrase ("selon l'édition du 24 décembre du JDD", "d'après Le
        Parisien de dimanche"): a noun above it, below its verb, opens with "selon", "d'après"."""
        words = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        if words is None:
            return False
        for t in [words.root, *words.root.ancestors]:
            if t.pos_ in ("VERB", "AUX"):
                return False
            for c in t.children:
                if c.dep_ == "case" and c.i < t.i:
                    last = max([c, *(f for f in c.children if f.dep_ == "fixed")], key=lambda x: x.i)
                    if source_pattern(self.lang).fullmatch(self.text[c.idx:last.idx + len(last)].lower()):
                        return True
        return False

    def reports_date(self, trigger: Token, span: list[int]) -> bool:
        """Whether a date is that of the verb of saying that reports the trigger's event ("un policier a
        été tué vendredi soir, a-t-on appris samedi"): the first verb above it is a statement's cue and the
        trigger is inside that statement's content."""
        if SAYING_DATE not in self.on:
            return False
        words = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        if words is None:
            return False
        verb = next((t for t in [words.root, *words.root.ancestors] if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb == trigger:
            return False
        if REPORT_DATE_LAST in self.on and verb.lemma_.lower() in self.words.REPORT_VERBS \
                and sentence_of(verb) == sentence_of(trigger):  # "tué vendredi, a-t-on appris samedi"
            return True
        if not self.is_saying_cue(verb):
            return False
        return bool(self.contents.overlapping(trigger.idx, trigger.idx + 1))

    def modality(self, f: EventCandidate) -> tuple[str, str | None]:
        """How surely the event happened, and the rule that says so (none: asserted)."""
        token = f.token
        words, on = self.words, self.on
        if token is None:
            return "asserted", None
        chain = [token] + list(token.ancestors)[:self.w.modality_ancestors]
        if QUOTE_NOT_CUES in on and not self.quoted(token.idx):
            # "« Il n'était pas placé au QPR », dénonce X": the quote's negation is not the cue's
            inside = next((k for k, t in enumerate(chain) if self.quoted(t.idx)), None)
            chain = chain[:inside] if inside else chain
        if PLANNED in on and self.asked_for(token):
            return "planned", PLANNED  # "appellent à la grève jeudi": called for, not yet done
        if self.presupposed(token):
            # "il ne s'est jamais remis de cette attaque": what the verb above says is not said of it
            if NEGATED in on and any(t.lemma_.lower() in words.DENIALS for t in chain[1:]):
                return "negated", NEGATED
            return "asserted", None
        verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), token)
        children = [c for t in chain[:self.w.modality_child_levels] for c in t.children]
        own = list(children)  # (the trigger clause's words, not its subject's: "les éventuels témoins")
        # "aucun policier n'a attaqué": the negation is the subject's determiner
        children += [g for c in children if c.dep_.startswith("nsubj") for g in c.children]
        # a negation word, not a noun of the same spelling ("à deux pas de l'Opéra")
        if NEGATED in on and (any(c.lower_ in words.NEGATIONS and c.pos_ not in ("NOUN", "PROPN") and not (
                c.i > 0 and self.doc[c.i - 1].pos_ in ("NUM", "DET")) for c in children)
                              or any(t.lemma_.lower() in words.DENIALS for t in chain[1:])):
            return "negated", NEGATED
        if HYPOTHETICAL in on and any(c.lower_ in words.HYPOTHETICAL and c.dep_ == "mark" for c in children):
            return "hypothetical", HYPOTHETICAL
        if FEARED_EVENT in on and token.pos_ == "VERB" and self.feared(token):
            return "hypothetical", FEARED_EVENT  # "de peur d'être arrêtés": feared, not done
        if CONDITION in on and token.pos_ == "NOUN" and token.dep_ in ("nmod", "pobj") \
                and self.governor(token)[0].lemma_.lower() in words.CONDITION_NOUNS:
            return "hypothetical", CONDITION  # "en cas de grève", "in the event of an attack"
        moods = set(verb.morph.get("Mood")).union(*(c.morph.get("Mood") for c in verb.children
                                                     if c.dep_.startswith("aux")))
        # (a verb's lemma, not an adverb that the lemmatizer reads as one: "interpellés puis mis en examen")
        if POSSIBLE in on and (any(t.lower_ in words.POSSIBILITY or t.lemma_.lower() in words.POSSIBILITY
                                   and t.pos_ not in ("ADV", "CCONJ", "SCONJ") for t in [*chain, *own])
                               or "Cnd" in moods and REPORTED_CONDITIONAL not in on):
            # (the conditional of the press reports what is said, unconfirmed: "il aurait été interpellé")
            return "possible", POSSIBLE
        if PLANNED in on and (
                # "avant l'assaut": it has not happened yet (told from the past, it has since)
                token.pos_ == "NOUN" and any(c.lower_ in words.BEFORE for c in token.children)
                and not (BEFORE_IN_THE_PAST in on and self.frame_in_the_past(token))
                or any(t.lemma_.lower() in words.PLANNING and self.plans(chain[:k + 1])
                       for k, t in enumerate(chain[1:]))
                or self.future_tense(verb)):
            return "planned", PLANNED
        if PLANNED in on and self.under_future_auxiliary(verb):
            return "planned", FUTURE_AUXILIARY_HEAD
        return "asserted", None

    @staticmethod
    def frame_in_the_past(token: Token) -> bool:
        """Whether the clause a noun hangs on is told in the past: its verb, or an auxiliary of it, in a past
        tense or the imperfect ("s'étaient entraînés peu avant un affrontement")."""
        verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
        tenses = set(verb.morph.get("Tense")).union(*(c.morph.get("Tense") for c in verb.children
                                                      if c.dep_.startswith("aux")))
        return bool(tenses & {"Past", "Imp"})

    def plans(self, below: list[Token]) -> bool:
        """Whether a word of planning plans the trigger, ``below`` being the trigger's chain up to it: not
        through a relative, a clause of its own tense other than what is promised or threatened ("a promis
        que l'armée allait arrêter"), or an adverbial that is no infinitive ("en menant les manifestations"),
        all of which the parse may hang on it ("que comptait le pays, 102.000 ont été tués", "comptait 300
        habitants quand les soldats ont tué"); an infinitive ("prête à servir d'appât pour faire
        arrêter", "envisager de fermer les bars et instaurer un couvre-feu") or a noun is planned."""
        return PLAN_COMPLEMENT not in self.on or not any(
            finite_verb(t) and t.dep_.split(":")[0] != "ccomp" or t.dep_ in ("acl:relcl", "relcl")
            or t.dep_.split(":")[0] in ("advcl", "parataxis") and "Inf" not in t.morph.get("VerbForm")
            for t in below)

    def presupposed(self, token: Token) -> bool:
        """An event noun told before ("cette attaque", "l'attentat") as the complement of another verb or of a
        predicate with its copula ("n'était pas en cause dans cette agression"): the happening is taken as
        known, whatever that verb's negation or mood ("n'a pas commenté l'attaque")."""
        return PRESUPPOSED in self.on and self.is_anaphor(token) and not any(
            c.dep_ == "case" and c.lower_ in self.words.BEFORE for c in token.children) \
            and not token.dep_.startswith(("nsubj", "csubj", "ROOT", "root")) \
            and (token.head.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in token.head.children))

    # -- fatalities -------------------------------------------------------------------------------------
    def fatalities(self, sentences: list[Span], apart: tuple[tuple[int, int], ...] = ()) \
            -> tuple[int | None, str | None]:
        """The dead of the event, counted the ACLED way, and the rule of the first figure counted: the first
        of these sentences (its own first) with a toll ("8 morts", "2 fatalities") gives it, else the first
        with victims of a verb of killing ("tuant trois civils"), else with one death; the distinct figures
        of one sentence are summed ("five civilians and three soldiers"), those of different sentences
        never; a toll since a date is no one event's, nor one ``apart`` (another happening's words); a
        range is its least, a vague plural its base ("des dizaines" 10, "dozens" 12, "hundreds" 100:
        ACLED's codebook). None when the text counts no dead."""
        every = (KILLED_COUNT, KILL_VERB_COUNT, VICTIM_COUNT, LIVES_TAKEN)
        if OWN_DEAD_FIRST not in self.on:
            total, rule = self.dead_in(sentences, every, apart)
            one = next((r for r in map(self.one_dead, sentences) if r), None) if total == 0 else None
            return (1, one) if one else (total, rule) if total else (None, None)
        raised = self.raised_toll(sentences, apart) if TOLL_RAISED in self.on else None
        if raised:
            return raised, TOLL_RAISED
        tiers = [(KILLED_COUNT,), (KILL_VERB_COUNT, VICTIM_COUNT, LIVES_TAKEN)]
        for rules in [(TOLL_FIRST,)] * (TOLL_FIRST in self.on) + tiers:
            for i, sent in enumerate(sentences):
                if self.dead_in([sent], rules, apart)[0]:
                    found = self.dead_in([sent], every, apart)
                    if NATIONALS_PART in self.on and self.nationals_toll(sent, found[0]):
                        # "six humanitaires français": the whole toll may be told further on
                        later = sentences[i + 1:] + [x for x in self.sentences if x not in sentences
                                                     and x.start_char > sent.start_char
                                                     and self.attack_named_in(x)]
                        more = (self.dead_in([x], every, apart) for x in later)
                        return next((r for r in more if r[0] > found[0]), found)
                    return found
        one = next((r for r in map(self.one_dead, sentences) if r), None)
        return (1, one) if one else (None, None)

    def raised_toll(self, sentences: list[Span], apart: tuple[tuple[int, int], ...] = ()) -> int | None:
        """The last figure of these sentences the text raises the toll to ("portant à quatre le nombre de
        personnes tuées"): a number after ``TOLL_RAISED_TO`` counting a ``TOLL_COUNT_NOUNS`` of the dead
        (not of victims, who may be wounded or taken); none within the spans ``apart`` nor a toll of many
        events."""
        words = self.words
        # (the dead, not victims alone: "le nombre des victimes de l'enlèvement" counts no death)
        dead = words.TOLL_NOUNS - words.VICTIM_NOUNS
        last = None
        for sent in sentences:
            for i in self.quantity_starts.starting_within(sent.start_char, sent.end_char - 1):
                q = self.quantities[i]
                if q.value is None or q.counted is None or not q.counted.text \
                        or any(a <= q.span[0] < b for a, b in apart):
                    continue
                first = token_covering(self.doc, q.span[0])
                counted = self.doc.char_span(q.counted.span[0], q.counted.span[1], alignment_mode="expand")
                if first is None or first.i == 0 or self.doc[first.i - 1].lower_ not in words.TOLL_RAISED_TO \
                        or counted is None or counted[0].lower_ not in words.TOLL_COUNT_NOUNS:
                    continue
                if not any(t.lower_ in dead or t.lemma_.lower() in words.KILL_VERBS for t in counted[1:]) \
                        or self.cumulative(q) or self.scoped_tally(counted[0]):
                    continue
                if last is None or q.span[0] > last.span[0]:
                    last = q
        return int(last.value) if last is not None else None

    def scoped_tally(self, noun: Token) -> bool:
        """Whether a count ("le nombre de militaires tués au Sahel", "depuis 2013") is scoped by a place or a
        time: a tally over many events, not one's toll."""
        first, last = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
        return any(t.ent_type_ in ("LOC", "GPE") for t in noun.subtree) \
            or any(t.span and first <= t.span[0] < last for t in self.times)

    def attack_named_in(self, sent: Span) -> bool:
        """Whether a sentence names an attack told before ("l'attaque qui a fauché onze gardes du
        poste")."""
        return any(t.pos_ == "NOUN" and t.lemma_.lower() in self.words.ATTACK_NOUNS and self.is_anaphor(t)
                   for t in sent)

    def other_happenings_words(self, f: EventCandidate, found: list[EventCandidate],
                               sentences: list[Span]) -> tuple[tuple[int, int], ...]:
        """The phrases of the nouns of other happenings of violence, events or attack nouns of these
        sentences, placed apart from ``f`` ("l'explosion de Rouen, qui avait fait neuf morts"):
        their tolls are theirs."""
        if DEAD_OF_ANOTHER not in self.on:
            return ()
        own = {m[0] for m in f.mentions} | {f.trigger[0]}
        nouns = [g.token for g in found if g is not f and g.token is not None and g.type == "ASSAULT"
                 and g.modality == "asserted" and self.places_differ(f.place, g.place)]
        nouns += [t for x in sentences for t in x if t.pos_ == "NOUN" and t.idx not in own
                  and t.lemma_.lower() in self.words.ATTACK_NOUNS
                  and self.places_differ(f.place, self.own_phrase_place(t, t.idx))]
        return tuple((t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in nouns
                     if t.pos_ == "NOUN" and t.idx not in own)

    def nationals_toll(self, sent: Span, total: int) -> bool:
        """Whether a sentence's toll counts only people of one nationality ("six jeunes humanitaires
        français", "five Britons")."""
        for i in self.quantity_starts.starting_within(sent.start_char, sent.end_char - 1):
            q = self.quantities[i]
            if q.value != total:
                continue
            words = q.counted.text.split() if q.counted is not None and q.counted.text else []
            token = token_covering(self.doc, q.span[1] - 1)
            if token is not None and token.dep_ == "nummod":  # the counted noun and its adjectives
                words += [token.head.text] + [c.text for c in token.head.children if c.dep_ == "amod"]
            if any(name_key(w) in demonyms() for w in words):
                return True
        return False

    def dead_sentences(self, f: EventCandidate, primary: bool,
                       found: list[EventCandidate] | None = None) -> list[Span]:
        """Where the event's dead are counted, in the order asked: its sentence, those of its other
        mentions (the nearest first), then, for the primary event ACLED codes or an accident, the lead's,
        but not those that tell another of the ``found`` happenings of violence, placed apart."""
        out = [f.sentence]
        for _, token in self.other_mentions(f):
            if token is not None and sentence_of(token) not in out:
                out.append(sentence_of(token))
        if primary and (f.acled or f.type is None and ACCIDENT_DEAD_LEAD in self.on):  # ... the lead's (an
            # accident's too: "22 morts dans le crash"): a toll told further down is another happening's
            lead = self.sentences[:self.w.dead_lead_sentences] if DEAD_LEAD in self.on else self.sentences
            apart = {(g.sentence.start, g.sentence.end) for g in found or [] if DEAD_OF_ANOTHER in self.on
                     and g is not f and g.type == "ASSAULT" and g.modality == "asserted"
                     and self.places_differ(f.place, g.place)}
            out += [x for x in lead if x not in out and (x.start, x.end) not in apart]
        if DEAD_DATED_APART in self.on:
            out = out[:1] + [x for x in out[1:] if not self.dated_apart(x, f)]
        return out

    def dated_apart(self, sentence: Span, f: EventCandidate) -> bool:
        """Whether a toll of a sentence has in its clause a date more than ``dead_date_gap_days`` from the
        event's (the article's when the text does not date the event): "Entre décembre 2019 et janvier 2020,
        près de 200 soldats ont été tués"."""
        own = self.time_by_id(f.time)
        day = self.published_day
        value = own.value if own is not None else day.isoformat() if day is not None else None
        first, last = first_day(value), last_day(value)
        if first is None or last is None:
            return False
        for i in self.quantity_starts.starting_within(sentence.start_char, sentence.end_char - 1):
            q = self.quantities[i]
            if not (q.counted is not None and q.counted.category == "killed" or self.counts_the_dead(q)):
                continue
            clause = self.clause_of(token_covering(self.doc, q.span[1] - 1))
            for t in self.times:
                at = token_covering(self.doc, t.span[0]) if t.span else None
                if at is None or at.i not in clause or t.type != "DATE":
                    continue
                o_first, o_last = first_day(t.value), last_day(t.value)
                if o_first is not None and o_last is not None and \
                        max((o_first - last).days, (first - o_last).days) > self.w.dead_date_gap_days:
                    return True
        return False

    @staticmethod
    def clause_of(token: Token | None) -> set[int]:
        """The token indices of the clause of the verb above ``token``, short of its conjoined clauses."""
        if token is None:
            return set()
        verb = token
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        out, stack = set(), [verb]
        while stack:
            t = stack.pop()
            out.add(t.i)
            stack += [c for c in t.children
                      if c.dep_ not in ("conj", "parataxis") or c.pos_ not in ("VERB", "AUX")]
        return out

    def dead_in(self, sentences: list[Span], rules: tuple[str, ...],
                apart: tuple[tuple[int, int], ...] = ()) -> tuple[int, str | None]:
        """The dead the figures of these sentences count by these rules, distinct figures summed, and the
        first's rule; none within the spans ``apart``."""
        seen, total, rule, parts = set(), 0, None, DEAD_PARTS in self.on
        summed, joined = set(), {}
        changed = {q.change.from_ for q in self.quantities if q.change is not None}
        near = self.quantity_starts.starting_within(
            min(x.start_char for x in sentences), max(x.end_char for x in sentences) - 1) if sentences else []
        for q in (self.quantities[i] for i in near):
            if q.counted is not None and q.counted.category == "killed":
                counted_by = KILLED_COUNT
                if rules == (TOLL_FIRST,):  # "7 fatalities", "8 morts": the toll as such
                    words = (q.counted.text or "").lower().split()
                    counted_by = TOLL_FIRST if words and words[0] in self.words.TOLL_NOUNS else None
            else:
                counted_by = self.counts_the_dead(q)
            if counted_by not in rules or counted_by not in self.on:
                continue
            if not any(sent.start_char <= q.span[0] < sent.end_char for sent in sentences) \
                    or any(a <= q.span[0] < b for a, b in apart):
                continue
            if self.cumulative(q) or self.war_toll(q) or self.plural_toll(q) \
                    or counted_by == KILLED_COUNT and self.not_the_dead(q):
                continue
            if CASUALTIES in self.on and self.with_wounded(q) or CHANGED_TOLL in self.on and q.id in changed:
                continue
            if VICTIMS_WOUNDED in self.on and self.victims_wounded(q):
                continue
            if LAPSE_TOLL in self.on and self.lapse_toll(q):
                continue
            if SEVERAL_DEEDS_TOLL in self.on and self.several_deeds_toll(q):
                continue
            if self.epidemic_toll(q) or YEAR_TOLL in self.on and \
                    events_pattern(self.lang, "YEAR_TOLLS").search(self.after_toll(q)):
                continue
            before = self.text[max(0, q.span[0] - 20):q.span[0]].lower()
            if parts and events_pattern(self.lang, "DEAD_PART").search(before):
                continue  # "huit morts, dont six Français": a part of the toll before it
            if q.approx == "vague":
                n = q.low // self.w.vague_dead_divisor if q.low else 0
            else:
                n = q.value if q.value is not None else (q.low if q.low is not None else q.high)
            if n is None or n in seen:
                continue
            seen.add(n)
            total += int(n)
            summed.add(q.id)
            if JOINED_DEAD in self.on:  # "un soldat ainsi que dix assaillants ont péri": all the dead
                joined.update((p.i if isinstance(p, Token) else p.id, p) for p in self.joined_parts(q))
            rule = rule or counted_by
        for part in joined.values():
            if isinstance(part, Token):
                total += 1
            elif part.id not in summed:
                total += int(part.value or part.low)
        if parts and len(seen) > 2 and 2 * max(seen) == total:
            total = max(seen)  # "huit personnes, six Français et deux Nigériens": the toll and its parts
        return total, rule if total else None

    def joined_parts(self, q: Quantity) -> list[Quantity | Token]:
        """The other parts of the subject a figure of the dead ends, joined before it by "et", "ainsi que" or
        a comma ("Au moins 12 personnes, dont des gardes, ainsi que 5 assaillants ont péri"; "un soldat
        ainsi que dix assaillants"): each part's figure, or its noun when it names one person with none."""
        first, last = token_covering(self.doc, q.span[0]), token_covering(self.doc, q.span[1] - 1)
        if first is None or last is None:
            return []
        noun = last.head if last.dep_ == "nummod" else last
        if not (noun.dep_ in SUBJECTS or noun.dep_ == "conj" and noun.head.dep_ in SUBJECTS):
            return []  # not "dix morts, dont sept Maliens et trois Tchadiens": no verb's subject
        start = sentence_of(first).start
        if start > 0 and not self.doc[start - 1].is_punct:  # a sentence cut short by the parse
            start = sentence_of(self.doc[start - 1]).start
        out, at = [], first.i
        while at > start:
            join = next((at - n for n in (3, 2, 1) if at - n > start and " ".join(
                t.lower_ for t in self.doc[at - n:at]) in self.words.JOINED_DEAD_WORDS), None)
            if join is None and self.doc[at - 1].lower_ == ",":
                join = at - 1
            if join is None:
                break
            before = join - 1 if self.doc[join - 1].lower_ == "," and join - 1 > start else join
            noun = self.doc[before - 1]
            while noun.head.i < before and noun.head.i != noun.i and noun.head.i >= start:
                noun = noun.head  # "le chef du village", "12 personnes, dont des gardes": its head noun
            # the subject of the verb after it (or a misparsed root), a noun of people
            if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("LOC", "GPE") \
                    or noun.i in self.event_nouns or any(c.dep_ == "case" for c in noun.children) \
                    or not (noun.head.i == noun.i or noun.head.i >= first.i):
                break
            figures = [self.quantities[i] for i in self.quantity_starts.starting_within(
                noun.left_edge.idx, noun.idx + len(noun.text))]
            figure = next((f for f in figures if f.unit is None and (f.value or f.low)), None)
            if figure is not None:
                out.append(figure)
            elif not figures and (noun.pos_ == "NOUN" and "Sing" in noun.morph.get("Number")
                                  or noun.ent_type_ in ("PER", "PERSON")):
                out.append(noun)
            else:
                break
            at = max(noun.left_edge.i, start)
        return out

    def after_toll(self, q: Quantity) -> str:
        """The words after a toll in its sentence, up to ``year_toll_window`` characters ("morts au Mali, au
        Niger et au Burkina Faso l'an dernier")."""
        sent = sentence_of(token_covering(self.doc, q.span[0]) or self.doc[0])
        after = self.text[q.span[1]:min(sent.end_char, q.span[1] + self.w.year_toll_window)]
        return re.split(r"[;(]", after)[0].lower()

    def cumulative(self, q: Quantity) -> bool:
        """ "plus de 100 000 morts depuis 2011", "245 victimes au total": a toll of many events."""
        if CUMULATIVE_TOLL not in self.on:
            return False
        sent = sentence_of(token_covering(self.doc, q.span[0]) or self.doc[0])
        start = max(sent.start_char, q.span[0] - self.w.toll_window_before)
        around = self.text[start:min(sent.end_char, q.span[1] + self.w.toll_window_after)].lower()
        own_total = ONE_DEED_TOTAL in self.on and self.one_deed_counts(q)
        if any(not self.cue_of_another_verb(start + m.start(), q)
               and not (own_total and m.group(0) in self.words.TOTAL_WORDS)
               for m in events_pattern(self.lang, "CUMULATIVE_TOLLS").finditer(around)):
            return True
        return CUMULATIVE_CLAUSE in self.on and self.cumulative_time_in_clause(q)

    def one_deed_counts(self, q: Quantity) -> bool:
        """Whether the verb that counts a toll, or the verb whose clause it ends ("Le raid a visé un convoi,
        tuant 9 personnes"), has for subject one happening: an event noun or a noun of violence
        (``MEANS_NOUNS``) in the singular."""
        verb = token_covering(self.doc, q.span[1] - 1)
        while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        verbs = [verb] if verb is not None else []
        if verb is not None and verb.dep_ in ("advcl", "xcomp", "conj") \
                and verb.head.pos_ in ("VERB", "AUX"):
            verbs.append(verb.head)
        return any(c.dep_.startswith("nsubj") and c.morph.get("Number") == ["Sing"] and (
            c.i in self.event_nouns or c.lemma_.lower() in self.actor_words.MEANS_NOUNS)
            for v in verbs for c in v.children)

    def cue_of_another_verb(self, char: int, q: Quantity) -> bool:
        """Whether a preposition read as a cue of a cumulative toll opens a phrase of another verb than the
        toll's: "des obus tirés depuis Gaza ont tué trois personnes" (whence, not since when)."""
        cue = token_covering(self.doc, char)
        figure = token_covering(self.doc, q.span[1] - 1)
        if CUE_OF_ANOTHER_VERB not in self.on or cue is None or figure is None or cue.pos_ != "ADP" \
                or cue.head.i == cue.i:
            return False
        attached = cue.head.head
        verb = figure
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return attached.pos_ == "VERB" and attached.i not in (verb.i, figure.i, figure.head.i)

    def cumulative_time_in_clause(self, q: Quantity) -> bool:
        """Whether the verb of the toll has a time told as a lapse of many events, with the words just before
        it ("depuis le début de l'année", "ces dernières années", "over the past decade")."""
        verb = token_covering(self.doc, q.span[1] - 1)
        if verb is None:
            return False
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        sent = sentence_of(verb)
        before = self.w.toll_time_cue_chars
        for t in self.times:
            if not t.span or not sent.start_char <= t.span[0] < sent.end_char:
                continue
            head = token_covering(self.doc, t.span[0])
            while head is not None and head.head.i != head.i and t.span[0] <= head.head.idx < t.span[1]:
                head = head.head
            if head is None or head.head.i != verb.i:
                continue  # the verb's own time, not one of a phrase ("la plus meurtrière depuis 2015")
            words = self.text[max(sent.start_char, t.span[0] - before):t.span[1]].lower()
            if events_pattern(self.lang, "CUMULATIVE_TOLLS").search(words):
                return True
        return False

    def lapse_toll(self, q: Quantity) -> bool:
        """Whether the toll's clause spans more than ``toll_lapse_days``: a lapse ("en plus de quatre ans",
        "over three months") or a range of dates ("d'octobre à fin mai", "between January and March")."""
        clause = self.clause_of(token_covering(self.doc, q.span[1] - 1))
        dated = []
        for t in self.times:
            at = token_covering(self.doc, t.span[0])
            if at is None or at.i not in clause:
                continue
            days = duration_days(t.value) if t.type == "DURATION" else None
            words = re.findall(r"[\w']+", self.text[max(0, t.span[0] - 12):t.span[0]].lower())[-1:] + \
                (t.text or "").lower().split()
            if days is not None and days > self.w.toll_lapse_days and any(w in self.words.LAPSE_WORDS
                                                                          for w in words):
                return True  # "en plus de quatre ans", not "under 10 years old"
            if t.type == "DATE" and re.match(r"\d{4}", t.value or ""):  # not a decade ("in their 70s")
                dated.append(t)
        for a, b in zip(dated, dated[1:]):
            between = self.text[a.span[1]:b.span[0]].strip().lower()
            first, last = first_day(a.value), last_day(b.value)
            if between in self.words.RANGE_WORDS and first is not None and last is not None \
                    and (last - first).days > self.w.toll_lapse_days:
                return True
        return False

    def several_deeds_toll(self, q: Quantity) -> bool:
        """Whether the toll's clause counts several happenings ("tués jeudi dans deux attaques", "two
        attacks killed ten"): an event noun in the plural with a number of its own."""
        figure = token_covering(self.doc, q.span[1] - 1)
        for i in self.clause_of(figure):
            t = self.doc[i]
            if i in self.event_nouns and t.morph.get("Number") == ["Plur"] and any(
                    c.dep_ == "nummod" and not q.span[0] <= c.idx < q.span[1] for c in t.children):
                if DEAD_NO_DEEDS in self.on and self.among_the_dead(t):
                    continue  # "trois assaillants et deux policiers ont été tués": people, no happenings
                return True
        return False

    def among_the_dead(self, noun: Token) -> bool:
        """Whether a noun is counted among the dead: a figure of killed people counts it."""
        return any(o.counted is not None and o.counted.category == "killed" and o.counted.span
                   and o.counted.span[0] <= noun.idx < o.counted.span[1] for o in self.quantities)

    def epidemic_toll(self, q: Quantity) -> bool:
        """In an article whose lead tells an epidemic, a toll in a sentence with no one armed and no violence
        done is the epidemic's ("le Royaume-Uni avec 38 000 morts")."""
        if not self.epidemic_article:
            return False
        sent = sentence_of(token_covering(self.doc, q.span[0]) or self.doc[0])
        low = span_text(sent).lower()
        return not self.cues.armed_actors.search(low) and not self.cues.violence_done.search(low)

    def war_toll(self, q: Quantity) -> bool:
        """Whether a toll is a war's, a conflict's, an epidemic's: the dead are "of" one ("les morts de la
        Seconde Guerre mondiale"), or one is the subject of the verb that counts them ("la guerre a fait
        380 000 morts", "un conflit qui a fait huit millions de victimes")."""
        if WAR_TOLL not in self.on:
            return False
        wars = self.words.WAR_NOUNS | (self.words.DISEASE_NOUNS if NATURAL_CAUSE in self.on else set())
        token = token_covering(self.doc, q.span[1] - 1)
        if token is None:
            return False
        noun = token.head if token.dep_ in ("nummod", "det") else token
        for t in noun.subtree:  # the noun phrase, short of its clauses
            if t.dep_ != "nmod" or t.lemma_.lower() not in wars:
                continue
            path = [t]
            while path[-1].head.i != noun.i and path[-1].head.i != path[-1].i:
                path.append(path[-1].head)
            if not any(a.dep_ in CLAUSE_DEPS | {"acl"} for a in path):
                return True
        verb = noun
        while verb.dep_ in ("conj", "nmod", "appos") and verb.head.i != verb.i:
            verb = verb.head
        return self.by_war(verb.head)

    def plural_toll(self, q: Quantity) -> bool:
        """Whether a toll is that of happenings in the plural that no day dates: the dead are "of" them ("les
        milliers de victimes des attaques jihadistes"), or they are the subject of the verb that counts them
        ("les combats ont fait plus de 3.000 morts", "the clashes have killed 3,000")."""
        token = token_covering(self.doc, q.span[1] - 1)
        if PLURAL_TOLL not in self.on or token is None:
            return False
        sent = sentence_of(token)
        noun = token.head if token.dep_ in ("nummod", "det") else token
        if SERIES_TOLL in self.on and self.series_told_by(self.toll_subject(noun)):
            return True
        if self.dated_by_day(sent.start_char, sent.end_char):
            return False  # "les attaques de dimanche ont fait 290 morts": one day's
        near = []
        for t in noun.subtree:  # the noun phrase, short of its clauses
            path = [t]
            while path[-1].head.i not in (noun.i, path[-1].i):
                path.append(path[-1].head)
            if t.dep_ == "nmod" and not any(a.dep_ in CLAUSE_DEPS | {"acl"} for a in path):
                near.append(t)
        verb = noun
        while verb.dep_ in ("conj", "nmod", "appos") and verb.head.i != verb.i:
            verb = verb.head
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            near += [c for c in verb.children if c.dep_ in SUBJECTS]
        return any(self.many_happenings(t) for t in near)

    def dated_by_day(self, start: int, end: int) -> bool:
        """Whether a time that gives a day begins between these characters."""
        return any(t.span and start <= t.span[0] < end and DAY.fullmatch(t.value or "") for t in self.times)

    @staticmethod
    def toll_subject(noun: Token) -> Token | None:
        """The subject of the verb that counts a toll ("elles" in "elles ont fait 395 morts")."""
        verb = noun
        while verb.dep_ in ("conj", "nmod", "appos") and verb.head.i != verb.i:
            verb = verb.head
        verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        return next((c for c in verb.children if c.dep_ in SUBJECTS), None)

    def series_told_by(self, subject: Token) -> bool:
        """Whether the subject of a toll is a pronoun for violent happenings in the plural: "elles" after "les
        attaques ont été perpétrées par 65 assaillants", unless a number or a day makes them one happening;
        "qui" after "des attaques" (not "les attentats de Trèbes", told as one)."""
        if subject is None or subject.pos_ != "PRON":
            return False
        verb = subject.head
        sent = sentence_of(verb)
        if "Rel" in subject.morph.get("PronType"):  # its antecedent as the subject, in an undated sentence
            return verb.dep_ in ("acl:relcl", "relcl") and self.many_happenings(verb.head) \
                and not self.dated_by_day(sent.start_char, sent.end_char)
        if "Plur" not in subject.morph.get("Number") or "3" not in subject.morph.get("Person"):
            return False
        noun = self.plural_antecedent(subject)
        if noun is None or self.words.EVENT_NOUNS.get(noun.lemma_.lower()) != "ASSAULT" \
                or any(c.dep_ == "nummod" for c in noun.children):
            return False
        return not any(self.dated_by_day(x.start_char, x.end_char) for x in (sentence_of(noun), sent))

    def plural_antecedent(self, pronoun: Token) -> Token | None:
        """The noun a plural pronoun stands for: the nearest plural noun before it, in its sentence or the
        one before, of its gender where both have one."""
        sent = sentence_of(pronoun)
        start = sentence_of(self.doc[sent.start - 1]).start if sent.start > 0 else sent.start
        gender = set(pronoun.morph.get("Gender"))
        for t in reversed(self.doc[start:pronoun.i]):
            if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") and (
                    not gender or not t.morph.get("Gender") or gender & set(t.morph.get("Gender"))):
                return t
        return None

    def many_happenings(self, noun: Token) -> bool:
        """A noun of violence in the plural, listed with others ("les combats, mais aussi les exactions") or
        not told before ("des attaques", not "the explosions" nor "ces attaques")."""
        if noun.pos_ != "NOUN" or "Plur" not in noun.morph.get("Number") \
                or self.words.EVENT_NOUNS.get(noun.lemma_.lower()) != "ASSAULT":
            return False
        listed = any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in noun.children)
        told = any(c.dep_ == "det" and ("Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType"))
                   for c in noun.children)
        return listed or not told

    def by_war(self, verb: Token) -> bool:
        """Whether the subject of a verb that counts or takes lives is a war, a conflict, an epidemic ("la
        guerre a fait 380 000 morts", "un conflit qui a fait ...", "le coronavirus a tué")."""
        wars = self.words.WAR_NOUNS | (self.words.DISEASE_NOUNS if NATURAL_CAUSE in self.on else set())
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if verb.dep_ in ("acl:relcl", "relcl"):  # "un conflit qui a fait ...": the relative's antecedent
            subjects.append(verb.head)  # ... or what it is of ("six décennies d'une guerre qui a fait ...")
            subjects += [c for c in verb.head.children if c.dep_ == "nmod" and c.i < verb.i]
        elif verb.dep_ == "acl" and verb.i > verb.head.i and any(c.dep_.startswith("aux")
                                                                  for c in verb.children):
            subjects.append(verb.head)  # "le coronavirus a tué ..." parsed as the noun's clause
        return any(s.lemma_.lower() in wars or s.lower_ in wars for s in subjects)

    def counts_the_dead(self, q: Quantity) -> str | None:
        """The rule by which a number counts the dead: governed by a verb of killing ("killing two", "tuant
        trois"), or counting the victims of one ("deux personnes ont été tuées", "three soldiers died"; not
        the killers: "two gunmen shot a man")."""
        token = token_covering(self.doc, q.span[1] - 1)
        if token is None:
            return None
        while token.dep_ == "conj" and q.span[0] <= token.head.idx < token.idx:
            token = token.head  # "entre 10 et 15": the range's first number counts the victims
        head = token.head
        if head.lemma_.lower() in self.words.KILL_VERBS and token.dep_ in (
                "obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass", "nummod"):
            return KILL_VERB_COUNT
        partitive = token.dep_ != "nummod" and token.pos_ in ("NUM", "PRON") and any(
            c.dep_ == "nmod" and c.i > token.i for c in token.children)  # "six de nos compatriotes"
        victim = token if partitive else head
        while victim.dep_ == "conj" and victim.head.i != victim.i:  # "five soldiers and three civilians"
            victim = victim.head
        verb = victim.head
        if (token.dep_ == "nummod" or partitive) and LIVES_TAKEN in self.on and self.lives_taken(victim):
            return LIVES_TAKEN
        if token.dep_ == "nummod" and KILL_NOUN in self.on and victim.dep_ == "nmod" \
                and verb.lemma_.lower() in self.words.KILL_NOUNS \
                and not any(c.dep_ == "nummod" for c in verb.children):  # not "huit morts: deux Nigériens"
            return VICTIM_COUNT  # "l'assassinat de huit personnes"
        if token.dep_ != "nummod" or not self.kills(verb):
            return None
        if victim.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") or \
                victim.dep_ == "nsubj" and verb.lemma_.lower() in self.words.DYING_VERBS:
            return VICTIM_COUNT
        if victim.dep_ == "obl:arg" and all(q.span[0] <= c.idx < q.span[1] for c in victim.children
                                            if c.dep_ == "case"):
            return VICTIM_COUNT  # "ont tué entre 10 et 15 villageois": the range's word is no preposition
        return None

    def lives_taken(self, victim: Token) -> bool:
        """Whether a verb took the lives of these victims: "a coûté la vie à quatre fonctionnaires" (the
        verb's other complement is a noun of life), "claimed the lives of four people" (that noun's)."""
        words = self.words
        head = victim.head
        while head.pos_ == "ADP" and head.i != head.head.i:  # "of" heads its noun in some parses
            head = head.head
        if head.lemma_.lower() in words.LIFE_NOUNS and head.head.lemma_.lower() in words.LIFE_VERBS:
            head = head.head  # "the lives of four people"
        elif head.lemma_.lower() not in words.LIFE_VERBS or not any(
                c.lemma_.lower() in words.LIFE_NOUNS or c.lower_ in words.LIFE_NOUNS for c in head.children):
            return False
        return not any(c.lower_ in words.NEGATIONS for c in head.children)

    def victims_wounded(self, q: Quantity) -> bool:
        """Whether a count of victims ("les deux victimes") is as many as the wounded the article counts
        ("a fait deux blessés"): the wounded, not the dead."""
        words = (q.counted.text or "").lower().split() if q.counted is not None else []
        return bool(words) and words[0] in self.words.VICTIM_NOUNS and q.value is not None and any(
            o.counted is not None and o.counted.category == "injured" and o.value == q.value
            for o in self.quantities)

    def not_the_dead(self, q: Quantity) -> bool:
        """A figure read as killed that the parse says is not: the killers ("two gunmen shot and killed a
        man"), or people a verb that may only wound did not kill ("three students were shot and injured")."""
        if VICTIM_COUNT not in self.on:
            return False
        token = token_covering(self.doc, q.span[1] - 1)
        if token is None:
            return False
        noun = token.head if token.dep_ == "nummod" else token
        while noun.dep_ == "conj" and noun.head.i != noun.i:
            noun = noun.head
        verb = noun.head
        if verb.lemma_.lower() not in self.words.KILL_VERBS:
            return False
        verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]  # "shot and killed a man"
        killers = noun.dep_ == "nsubj" and any(c.dep_ in ("obj", "dobj") for v in verbs for c in v.children)
        return killers or not self.kills(verb)

    def kills(self, verb: Token) -> bool:
        """Whether a verb says someone was killed: a verb of killing, not negated; one that may only wound
        with a word of death ("shot dead", "shot and killed")."""
        lemma = verb.lemma_.lower()
        if lemma not in self.words.KILL_VERBS or any(c.lower_ in self.words.NEGATIONS for c in verb.children):
            return False
        if NO_KILL in self.on and (self.aimed_at(verb) or self.or_wounded(verb)):
            return False
        if FEARED_DEATH in self.on and self.feared(verb):
            return False
        return lemma not in self.words.MAY_WOUND_VERBS or any(
            c.lemma_.lower() in self.words.KILL_VERBS - self.words.MAY_WOUND_VERBS
            or c.lower_ in self.words.DEAD_WORDS for c in verb.children)

    def aimed_at(self, verb: Token) -> bool:
        """Whether a verb in the infinitive is the aim of a word of intent ("destinée à tuer", "pour tuer",
        "meant to kill"), not a deed."""
        if "Inf" not in verb.morph.get("VerbForm") and verb.tag_ != "VB":
            return False
        intent = self.words.INTENT_WORDS
        return verb.head.i != verb.i and verb.head.lemma_.lower() in intent or any(
            c.dep_ in ("mark", "case") and c.lower_ in intent for c in verb.children)

    def feared(self, verb: Token) -> bool:
        """Whether a verb in the infinitive (or its passive, "d'être tués") is what someone fears ("de peur
        d'être tués", "craignant d'être abattus", "for fear of being killed"): no deed."""
        infinitive = "Inf" in verb.morph.get("VerbForm") or verb.tag_ in ("VB", "VBG") or any(
            c.dep_.startswith("aux") and ("Inf" in c.morph.get("VerbForm") or c.tag_ == "VBG")
            for c in verb.children)
        if not infinitive:
            return False
        fear = self.words.FEAR_WORDS
        before = verb.left_edge.i - 1  # the word before "d'être tués": "peur", "crainte"
        return verb.head.lemma_.lower() in fear or before >= 0 and (
            self.doc[before].lower_ in fear or self.doc[before].lemma_.lower() in fear)

    def or_wounded(self, verb: Token) -> bool:
        """Whether a verb of killing is told with one of wounding by "ou", "or" ("tués ou blessés")."""
        pair = [verb.head] if verb.dep_ == "conj" and verb.head.i != verb.i else []
        pair += [c for c in verb.children if c.dep_ == "conj"]
        return any(v.lemma_.lower() in self.words.WOUND_VERBS and any(
            c.dep_ == "cc" and c.lower_ in ("ou", "or") for c in [*v.children, *verb.children]) for v in pair)

    def with_wounded(self, q: Quantity) -> bool:
        """Whether a figure counts the killed together with the wounded: the word of death that follows it
        (or that it counts) is joined by "ou", "et" to a word of wounding with no figure of its own ("40
        soldats ont été tués ou grièvement blessés", "6 tués et blessés", "killed or injured")."""
        token = token_covering(self.doc, q.span[1] - 1)
        if token is None:
            return False
        sent_end = sentence_of(token).end
        words = self.words
        reach = min(sent_end, token.i + 1 + self.w.casualty_reach_tokens)
        death = next((t for t in self.doc[token.i + 1:reach] if t.lemma_.lower() in words.KILL_VERBS
                      or t.lower_ in words.TOLL_NOUNS or t.lower_ in words.DEAD_WORDS), None)
        if death is None:
            return False
        rest = [t for t in self.doc[death.i + 1:min(sent_end, death.i + 4)] if t.pos_ != "ADV"]
        if len(rest) < 2 or rest[0].lower_ not in words.CASUALTY_JOINS or not (
                rest[1].lemma_.lower() in words.WOUND_VERBS or rest[1].lower_ in words.WOUND_VERBS):
            return False
        wounded = rest[1]  # with no figure of its own: not "faisant 191 morts et blessant 6.500 personnes"
        after = next((t for t in self.doc[wounded.i + 1:min(sent_end, wounded.i + 4)] if t.is_punct),
                     self.doc[min(sent_end, wounded.i + 4) - 1])
        return not self.quantity_starts.starting_within(wounded.idx, after.idx)

    def one_dead(self, sent: Span) -> str | None:
        """ "killed a civilian", "a man was shot dead": one death with no number; and the rule that read it
        ("Arnaud Beltrame, tué", "a tué son compagnon", "le policier est décédé": a single victim)."""
        for t in sent:
            if SELF_BLAST in self.on and self.blows_oneself_up(t):
                return SELF_BLAST
            if t.lemma_.lower() not in self.words.KILL_VERBS:
                continue
            if any(c.lower_ in self.words.NEGATIONS for c in t.children):
                continue
            if FEARED_DEATH in self.on and self.feared(t):
                continue
            if WAR_TOLL in self.on and self.by_war(t):
                continue  # "le virus a tué des milliers de personnes": no one event's dead
            for c in t.children:
                if ONE_DEAD in self.on and c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") and \
                        self.cues.singular_victim.match(c.left_edge.lower_) and not self.counted(c):
                    return ONE_DEAD
            if SINGLE_VICTIM in self.on and self.kills(t) and "Inf" not in t.morph.get("VerbForm") and any(
                    (v.pos_ == "PROPN" or v.pos_ in ("NOUN", "PRON") and "Sing" in v.morph.get("Number")
                     and not self.counted(v)) and not self.told_time(v) for v in self.victims(t)):
                return SINGLE_VICTIM
        return None

    def blows_oneself_up(self, verb: Token) -> bool:
        """Whether a verb tells one who blows oneself up, unnegated: "s'est fait exploser" (a reflexive
        causative), "blew himself up" (a reflexive object), its subject one person."""
        words = self.words
        if verb.lemma_.lower() not in words.SELF_BLAST_VERBS or any(
                c.lower_ in words.NEGATIONS for c in verb.children):
            return False
        if words.SELF_BLAST_CAUSATIVES:
            reflexive = any(c.lemma_.lower() in words.SELF_BLAST_CAUSATIVES for c in verb.children) and any(
                c.lower_ in words.REFLEXIVE_CLITICS for c in verb.children)
        else:
            reflexive = any(c.dep_ in ("obj", "dobj") and c.lower_.endswith("self") for c in verb.children)
        return reflexive and any(c.dep_.startswith("nsubj") and c.morph.get("Number") == ["Sing"]
                                 and not self.counted(c) for c in verb.children)

    def counted(self, noun: Token) -> bool:
        """Whether a figure begins in a noun's phrase: "une vingtaine d'employés" are not one."""
        return bool(self.quantity_starts.starting_within(noun.left_edge.idx, noun.idx + len(noun.text)))

    def told_time(self, token: Token) -> bool:
        """Whether a word opens a time the article tells ("Lundi à Kora, 40 soldats ont été tués", whose
        "Lundi" the parse may make the passive subject): no victim."""
        return bool(self.time_starts.starting_within(token.idx, token.idx))

    def victims(self, verb: Token) -> list[Token]:
        """Who a verb of killing killed: its object, its passive subject, the subject of a verb of dying,
        the name its participle qualifies ("Arnaud Beltrame, tué dans une attaque")."""
        dying = verb.lemma_.lower() in self.words.DYING_VERBS
        out = [c for c in verb.children if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")
               or dying and c.dep_ == "nsubj"]
        participle = "Part" in verb.morph.get("VerbForm")
        if verb.dep_ == "acl" and participle and verb.head.pos_ in ("NOUN", "PROPN"):
            out.append(verb.head)
        return out

    def not_coded(self, f: EventCandidate) -> str | None:
        """The rule by which ACLED would not code this event: denied or hypothetical, done to an animal or a
        plant."""
        if UNASSERTED_NOT_CODED in self.on and f.modality in UNASSERTED:
            return UNASSERTED_NOT_CODED
        if PLANT_TARGET in self.on and self.aims_at_plant(f):
            return PLANT_TARGET
        if ANIMAL_TARGET in self.on and (self.aims_at_animal(f) or self.animal_story
                                         and not self.aims_at_people(f)):
            return ANIMAL_TARGET
        if DENIED_HEADLINE in self.on and f.token is not None and self.denied_in_headline(f):
            return DENIED_HEADLINE
        if COURT_CASE in self.on and self.court_case(f):
            return COURT_CASE
        if PRIVATE_VIOLENCE in self.on and self.private_violence(f):
            return PRIVATE_VIOLENCE
        if LONE_OFFENDER in self.on and self.lone_offender(f):
            return LONE_OFFENDER
        if TRIAL_STORY in self.on and self.trial_story(f):
            return TRIAL_STORY
        if STRIKE_NO_DEMONSTRATION in self.on and self.strike_alone(f):
            return STRIKE_NO_DEMONSTRATION
        if DIED_IN_ACCIDENT in self.on and f.type == "ASSAULT" and self.died_in_accident(f):
            return DIED_IN_ACCIDENT
        if CAMPAIGN_NOT_CODED in self.on and self.campaign(f):
            return CAMPAIGN_NOT_CODED
        if PROTEST_AS_AIM in self.on and f.type == "PROTEST" and self.protest_as_aim(f):
            return PROTEST_AS_AIM
        return None

    def protest_as_aim(self, f: EventCandidate) -> bool:
        """Whether every mention of a protest is a verb that says the aim of another deed ("a signé une
        tribune pour protester"), that deed no march, rally or blockade."""
        words = [token_from(self.doc, m[0]) for m in f.mentions or [f.trigger]]
        demonstration = events_pattern(self.lang, "STRIKE_DEMONSTRATION")
        return bool(words) and all(
            t is not None and t.pos_ == "VERB" and "Inf" in t.morph.get("VerbForm") and
            marked_by(t, self.words.PURPOSE_MARKS) and t.head.i != t.i and
            not demonstration.search(t.head.lower_) for t in words)

    def campaign(self, f: EventCandidate) -> bool:
        """Whether every mention of an event is a noun of a campaign ("l'offensive", "la guerre"), in
        sentences that tell no assault in other words ("une offensive ..., où des combats les opposent":
        the day's clash)."""
        units = language_pack(self.lang).times.UNITS

        def campaign_noun(t: Token | None) -> bool:
            return t is not None and (t.lower_ in self.words.CAMPAIGN_NOUNS or
                                      t._.get(LEMMA) in self.words.CAMPAIGN_NOUNS or
                                      CAMPAIGN_SPAN in self.on and self.lasting(t, units))

        words = [token_from(self.doc, m[0]) for m in f.mentions or [f.trigger]]
        return bool(words) and all(campaign_noun(t) for t in words) and not any(
            plover == "ASSAULT" and not campaign_noun(other)
            for sent in {t.sent for t in words} for other, plover, _ in self.triggers(sent))

    @staticmethod
    def lasting(t: Token, units: dict[str, tuple[str, int]]) -> bool:
        """Whether a noun of violence is what a span of weeks or more is made of ("après plus d'un an de
        combats", "des mois de guerre"): a campaign, not a day's clash."""
        head = t.head
        return t.pos_ == "NOUN" and head.i != t.i and head.lower_ in units and \
            units[head.lower_][0] in ("W", "M", "Y") and any(c.dep_ == "case" for c in t.children)

    def died_in_accident(self, f: EventCandidate) -> bool:
        """Whether a phrase of circumstance after the deed, before any other verb of its sentence ("tués au
        Mali dans la collision ...", "killed in a crash"), names an accident (an "incident" alone may be a
        clash). The parse may hang that phrase on the sentence's main verb."""
        if f.token is None:
            return False
        deeds = [f.token]
        if ACCIDENT_ANY_MENTION in self.on:
            # (or another mention's: "Un Marine tué, huit disparus lors d'un accident" in the headline, of
            # the deed the body tells "a été tué et huit autres étaient portés disparus")
            deeds += [t for t in (token_from(self.doc, m[0]) for m in f.mentions if m[0] != f.trigger[0])
                      if t is not None]
        return any(self.deed_in_accident(t) for t in deeds)

    def deed_in_accident(self, deed: Token) -> bool:
        """Whether the phrase of circumstance after a deed's word names an accident (``died_in_accident``)."""
        for t in self.doc[deed.i + 1:deed.sent.end]:
            if t.pos_ in ("VERB", "AUX"):
                return False
            if t.lower_ not in self.words.CIRCUMSTANCE_PREPOSITIONS:
                continue
            # (the preposition heads its noun in English, hangs on it in French)
            words = list(t.subtree) if t.n_rights else list(t.head.subtree) if t.head.i > t.i else [t]
            phrase = span_text(self.doc[min(t.i, words[0].i):words[-1].i + 1]).lower()
            if any(m.group(0) != "incident" for m in self.cues.accident.finditer(phrase)):
                return True
        return False

    def crimes(self, found: list[EventCandidate]) -> None:
        """In an article that names no military, political or organised group, the events of ordinary crime
        take no ACLED type, and then its arrests, unless a riot or a protest keeps its own."""
        if CRIME_ARTICLE not in self.on or not self.words.CRIME_NEEDS_NO_GROUP or not self.crime_article:
            return
        for f in found:
            if f.acled != "Arrests" and self.ordinary_crime(f):
                f.set("acled", None, CRIME_ARTICLE)
        if all(f.acled in (None, "Arrests") for f in found):
            for f in found:
                if f.acled == "Arrests":
                    f.set("acled", None, CRIME_ARTICLE)

    def ordinary_crime(self, f: EventCandidate) -> bool:
        """Whether an event of an article that names no group is a crime's: not a protest, nor violence on
        the public at large ("a tiré sur la foule", a shooting its sentence or the headline names), nor a
        bomb, nor violence that the police or someone armed suffer or do in its sentence."""
        event_type = EVENT_TYPE_OF.get(f.acled or "")
        if f.token is None or event_type not in self.w.crime_types \
                or f.acled in self.w.political_without_group:
            return False
        words = [*f.sentence, *self.headline_words]
        lemmas = {t._.get(LEMMA) for t in words} | {t.lower_ for t in words}
        if lemmas & (self.words.PUBLIC_VICTIMS | self.words.MASS_VIOLENCE):
            return False
        sentence = span_text(f.sentence).lower()
        if events_pattern(self.lang, "WAR_WEAPONS").search(sentence):
            return False  # "une bombe a explosé"
        return event_type not in self.w.violence_on_people or not (
            self.cues.armed_actors.search(sentence) or events_pattern(self.lang, "POLICE").search(sentence))

    def strike_alone(self, f: EventCandidate) -> bool:
        """Whether a protest's word is a strike's (not "air strike": no protest), in a sentence that names no
        demonstration."""
        if f.token is None or f.type != "PROTEST":
            return False
        strike = self.words.STRIKE_NOUNS
        return (f.token.lower_ in strike or f.token._.get(LEMMA) in strike) \
            and not events_pattern(self.lang, "STRIKE_DEMONSTRATION").search(span_text(f.sentence).lower())

    @cached_property
    def group_named(self) -> bool:
        """Whether the article names a military, political or organised group, or violence no lone criminal
        does, anywhere (read once)."""
        low = self.text.lower().replace("’", "'")
        groups = (self.cues.military, events_pattern(self.lang, "POLITICAL_GROUPS"),
                  events_pattern(self.lang, "ORGANISED_VIOLENCE"))
        return any(pattern.search(low) for pattern in groups)

    @cached_property
    def crime_article(self) -> bool:
        """Whether the article names no military, political or organised group, nor armed forces (read
        once)."""
        return not self.group_named and not events_pattern(self.lang, "ARMED_FORCES").search(
            self.text.lower().replace("’", "'"))

    @cached_property
    def headline_words(self) -> Span | list[Token]:
        """The headline's words, none where the article has no headline (read once)."""
        end = self.headline()
        return (self.doc.char_span(0, end, alignment_mode="expand") if end else None) or []

    def trial_story(self, f: EventCandidate) -> bool:
        """Whether violence with no one armed in its sentence is told in an article whose headline names
        a trial."""
        violence = EVENT_TYPE_OF.get(f.acled or "") in ("Violence against civilians", "Riots")
        return f.token is not None and violence and self.trial_headline and \
            not self.cues.armed_actors.search(span_text(f.sentence).lower())

    @cached_property
    def trial_headline(self) -> bool:
        """Whether the headline names a trial (the pack's ``TRIAL_WORDS``: "assises", "procès")."""
        return any(t.lower_ in self.words.TRIAL_WORDS for t in self.headline_words)

    def unarmed_civilian_violence(self, f: EventCandidate) -> bool:
        """Violence against civilians in a sentence that names no armed actor."""
        return f.token is not None and EVENT_TYPE_OF.get(f.acled or "") == "Violence against civilians" \
            and not self.cues.armed_actors.search(span_text(f.sentence).lower())

    def private_violence(self, f: EventCandidate) -> bool:
        """Whether the event's victim is the agent's partner or relative, or its agent the victim's, named
        with a possessive ("a tué son amant", "his wife", "tuées par leur conjoint"), in a sentence that
        names no armed actor."""
        if not self.unarmed_civilian_violence(f):
            return False
        relatives = getattr(self.words, "RELATIVES", set())
        agents = [a for a in self.agents(f.token) if a.dep_ in ("obl:agent", "agent", "pobj")]
        victims = [*self.victims(f.token), self.trigger_roles(f.token)[1], *agents]
        return any(v is not None and (v.lower_ in relatives or v.lemma_.lower() in relatives) and any(
            "Yes" in c.morph.get("Poss") or c.dep_ in ("poss", "nmod:poss") for c in v.children)
            for v in victims)

    @cached_property
    def lone_crime_article(self) -> bool:
        """Whether an article may tell one person's crime: its lead names no one armed, and the whole text no
        military, political or organised group, nor violence no lone criminal does (read once)."""
        lead = self.text[:self.lead_end()].lower().replace("’", "'")
        return not self.cues.armed_actors.search(lead) and not self.group_named

    def lone_offender(self, f: EventCandidate) -> bool:
        """Whether violence against civilians is one person's, with no one armed in its sentence, the headline
        or the lead, and no political, military or organised group in the article: a crime ACLED does not
        code."""
        if f.token is None or f.acled not in self.w.lone_offender_types:
            return False
        if not self.lone_crime_article or self.cues.armed_actors.search(span_text(f.sentence).lower()):
            return False  # "policiers" near it; "terroriste", "preneur d'otages", "jihadistes" anywhere
        agent = self.trigger_roles(f.token)[0]
        if agent is None:
            return False  # "deux touristes ont été enlevés": by anyone, armed groups too
        if any(t.lemma_.lower() in self.words.PUBLIC_VICTIMS for t in f.sentence):
            return False  # "a attaqué des passants": anyone, as terror strikes
        if agent.ent_type_ in ("PER", "PERSON"):
            return True  # "Nordahl Lelandais a tué" (not "the KIA", "Zaire-FPAC": groups)
        if agent.pos_ == "PRON":
            return agent.lower_ in self.words.SINGULAR_PRONOUNS
        # one person: "un homme", "un individu", "son mari" (not "un policier", "un tireur", "an armed
        # individual", "un groupe", "a bomb", "the chief of the SNR")
        lemma = agent.lemma_.lower()
        qualifiers = [c.lemma_.lower() for c in agent.children if c.dep_ == "amod"]  # "an armed individual"
        return agent.pos_ == "NOUN" and "Sing" in agent.morph.get("Number") \
            and (kind_of_words(lemma, qualifiers) == "civilians" or lemma in self.words.RELATIVES) \
            and lemma not in self.words.GROUP_NOUNS \
            and not any(c.pos_ == "PROPN" or c.ent_type_ for c in agent.children)

    def court_case(self, f: EventCandidate) -> bool:
        """Whether violence against someone is the object of a word of the courts ("accusé de viol", "une
        enquête pour agression sexuelle", "convicted of murder") in a sentence that names no armed actor."""
        if f.token is None or EVENT_TYPE_OF.get(f.acled or "") not in ("Violence against civilians",
                                                                         "Riots") \
                or self.cues.armed_actors.search(span_text(f.sentence).lower()):
            return False
        above = list(f.token.ancestors)[:self.w.court_case_ancestors]
        return any(t.lemma_.lower() in self.words.JUDICIAL or t.lower_ in self.words.JUDICIAL for t in above)

    def denied_in_headline(self, f: EventCandidate) -> bool:
        """Whether the headline negates the event's word ("Aucun policier n'a attaqué" for "qui avaient
        attaqué"): a quote there is no event of its own, but says what the article reports."""
        end = self.headline()
        lemma = f.token.lemma_.lower()
        for t in self.doc.char_span(0, end, alignment_mode="expand") or [] if end else []:
            if t.lemma_.lower() == lemma and t.i != f.token.i and self.modality(EventCandidate(
                    f.type, (t.idx, t.idx + len(t)), sentence_of(t), token=t))[0] == "negated":
                return True
        return False

    def crime_arrests(self, found: list[EventCandidate], primary: EventCandidate) -> None:
        """Arrests beside a main act of violence or accident that ACLED does not code, where nothing else is
        coded, follow a crime or an accident: they take no ACLED type either (those beside a statement or a
        decision may be a government's arrests of its opponents)."""
        if ARRESTS_OF_CRIME not in self.on or primary.acled is not None or primary.type not in (
                "ASSAULT", None) or any(f.acled not in (None, "Arrests") for f in found):
            return
        for f in found:
            if f.acled == "Arrests":
                f.set("acled", None, ARRESTS_OF_CRIME)

    def not_political(self, found: list[EventCandidate]) -> None:
        """Events ACLED would not code: a word of arrest in another sense, a verb of protest that shows a
        feeling, then, where the article codes nothing but arrests and names no political or armed group,
        the arrests of ordinary crime."""
        for f in found:
            if f.acled == "Arrests" and NOT_AN_ARREST in self.on and self.arrests_no_one(f):
                f.set("acled", None, NOT_AN_ARREST)
            elif f.acled and SHOWN_FEELING in self.on and self.shows_feeling(f.token):
                f.set("acled", None, SHOWN_FEELING)
        arrests = [f for f in found if f.acled == "Arrests"]
        if ORDINARY_ARRESTS not in self.on or not arrests or any(f.acled not in (None, "Arrests")
                                                                 for f in found):
            return
        groups = events_pattern(self.lang, "POLITICAL_GROUPS")
        head = self.text[:self.headline()].lower()
        if groups.search(head) or any(groups.search(span_text(f.sentence).lower()) for f in arrests):
            return
        for f in arrests:
            f.set("acled", None, ORDINARY_ARRESTS)

    def arrests_no_one(self, f: EventCandidate) -> bool:
        """Whether a word of arrest arrests no one: a noun of decree, a verb of stopping followed by an
        infinitive, a verb of calling out (or its noun, where the article has such a verb) aimed at an office
        holder by someone unarmed."""
        token = f.token
        if token is None:
            return False
        words, lemma = self.words, token._.get(LEMMA)
        if (token.lower_ in words.DECREE_NOUNS or token.pos_ == "NOUN" and lemma in words.DECREE_NOUNS) \
                and any(c.dep_ in ("det", "case") for c in token.children):
            # "un arrêté", "par arrêté", "son propre arrêté" (a determiner, even on a word read as a
            # verb); not a participle read as a noun ("Arrêté en 2015, ...")
            return True
        if lemma in words.STOP_VERBS and token.pos_ == "VERB" and any(
                c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" for c in token.children):
            return True  # "arrêter de terroriser", "ont arrêté de fonctionner"
        if lemma in words.ADDRESS_NOUNS or token.lower_ in words.ADDRESS_NOUNS:
            return bool(self.office_called_out)
        return lemma in words.ADDRESS_VERBS and token.i in self.office_called_out

    def shows_feeling(self, token: Token | None) -> bool:
        """Whether a verb of protest ("manifester") takes an object of one's own and a subject that is no
        crowd ("le sénateur a manifesté son inquiétude"; "un groupe a manifesté sa colère" is a protest)."""
        words = self.words
        if token is None or token.pos_ != "VERB" or token._.get(LEMMA) not in words.SHOW_VERBS \
                or not any(c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN" and any(
                    "Yes" in d.morph.get("Poss") or d.dep_ in ("poss", "nmod:poss") for d in c.children)
                    for c in token.children):
            return False
        crowd = words.CROWD_NOUNS | words.PEOPLE_NOUNS
        return not any(c.dep_ in SUBJECTS and c.lemma_.lower() in crowd for c in token.children)

    @cached_property
    def office_called_out(self) -> set[int]:
        """The verbs of calling out ("interpeller") whose object, or passive subject, is an office holder and
        whose agent, named, is someone unarmed ("un député interpelle la ministre", "le ministre interpellé
        par des grévistes")."""
        words, out = self.words, set()
        if not words.ADDRESS_VERBS:
            return out
        for token in self.doc:
            if token._.get(LEMMA) not in words.ADDRESS_VERBS or token.pos_ != "VERB":
                continue
            passive = self.is_passive(token)
            args = [c for c in token.children if c.dep_ in ARGUMENT_DEPS]
            if token.dep_ in ("acl", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
                args.append(token.head)  # "le ministre interpellé par ..."
                passive = True
            agent_deps = ("obl:agent", "agent") if passive else SUBJECTS
            agents = [c for c in token.children if c.dep_ in agent_deps]
            office = any(a.lemma_.lower() in words.OFFICE_NOUNS or a.lower_ in words.OFFICE_NOUNS
                         for a in args)
            armed = any(kind_of_words(a.lemma_.lower(), []) in ("military", "police", "armed")
                        or self.cues.armed_actors.search(" ".join(t.lower_ for t in a.subtree))
                        for a in agents)
            if office and agents and not armed:
                out.add(token.i)
        return out

    @cached_property
    def animal_story(self) -> bool:
        """Whether the headline tells of animals ("Attaques de chevaux : un poney tué"): its violence with no
        one named as the victim is done to them."""
        end = self.headline()
        return bool(end) and any(self.animal_word(t)
                                 for t in self.doc.char_span(0, end, alignment_mode="expand") or [])

    def aims_at_people(self, f: EventCandidate) -> bool:
        """Whether the event's target, as the parse names it, is a person or an actor."""
        target = self.trigger_roles(f.token)[1] if f.token is not None else None
        return target is not None and (kind_of_words(target.lemma_.lower(), []) is not None
                                       or self.actor_entity(target) is not None)

    def aims_at_animal(self, f: EventCandidate) -> bool:
        """Violence done to an animal: the trigger's object or patient, or the noun it describes ("un poney
        tué par balle"), is one."""
        return self.aims_at(f, self.animal_word, AIMED_ROLES)

    def aims_at_plant(self, f: EventCandidate) -> bool:
        """A deed done to a tree or a plant, its patient ("arbres et végétation décapités", "des arbres
        abattus"): not a plant that does it."""
        return self.aims_at(f, self.plant_word, PATIENT_ROLES)

    def aims_at(self, f: EventCandidate, kind: Callable[[Token], bool], roles: tuple[str, ...]) -> bool:
        """Whether the trigger's word in one of ``roles``, or the noun it describes, is of ``kind``; with
        ``events.participle_noun_before``, the noun right before a participle too; with
        ``events.counted_target``, a noun that counts things of that kind ("des dizaines d'arbres")."""
        token = f.token
        if token is None:
            return False
        near = list(token.children)
        if token.dep_ in ("acl", "amod", "conj", "advcl", "xcomp", "acl:relcl", "relcl"):
            near += [token.head, *token.head.children]
        aimed = [t for t in near if t.i == token.head.i or t.dep_ in roles]
        before = self.doc[token.i - 1] if token.i else None
        if before is not None and before.pos_ == "NOUN" and "Part" in token.morph.get("VerbForm") and \
                PARTICIPLE_NOUN_BEFORE in self.on:
            # (the noun right before a participle, which the parse may hang elsewhere: "lignes arrachées,
            # arbres et végétation décapités")
            aimed.append(before)
        counted = COUNTED_TARGET in self.on
        groups = self.words.GROUP_NOUNS
        return any(kind(t) or counted and t.lemma_.lower() in groups and any(
            kind(c) for c in t.children if c.dep_ == "nmod") for t in aimed)

    def headline(self) -> int:
        """Where the body starts: after a first paragraph of one sentence (the headline), else 0."""
        m = PARAGRAPH_BREAK.search(self.text[:self.w.headline_window])
        return m.end() if m and m.end() < len(self.text) else 0

    def happening_of(self, f: EventCandidate, kept: list[EventCandidate], index: dict[tuple[int, int], int],
                     hints: dict[int, tuple[str | None, str | None]]) -> EventCandidate | None:
        """The event told before whose happening the mention ``f`` tells: the last one that may be, but an
        anaphoric noun ("l'attaque") is the one told before by the same noun, when one may be."""
        fits = [k for k in reversed(kept) if self.same_happening(k, f, index, hints)]
        if len(fits) > 1 and ANAPHOR_NAMES in self.on and self.is_anaphor(f.token):
            return next((k for k in fits if self.named_alike(k, f)), fits[0])
        return fits[0] if fits else None

    def named_alike(self, k: EventCandidate, f: EventCandidate) -> bool:
        """Whether a mention of the event ``k`` is the noun ``f`` is, in the same number ("une attaque" ...
        "l'attaque", not "les attaques")."""
        noun = f.token
        if noun is None:
            return False
        mentions = [k.token] + [token_covering(self.doc, m[0]) for m in k.mentions[1:]]
        return any(t is not None and t.lemma_.lower() == noun.lemma_.lower() and t.pos_ == noun.pos_
                   and t.morph.get("Number") == noun.morph.get("Number") for t in mentions)

    def merged(self, found: list[EventCandidate], headline: int) -> list[EventCandidate]:
        """One event per happening: a mention merges into the last event told before it of the same type and
        modality, with no other place or date, in the same or the next sentence, or farther when it is an
        anaphoric noun ("l'attaque") or the same word; the headline's events into the body's first of their
        type. Each event keeps the spans of its mentions, its trigger first."""
        if SAME_HAPPENING not in self.on:
            return self.merged_by_word(found, headline)
        index = {(x.start, x.end): i for i, x in enumerate(self.sentences)}
        hints: dict[int, tuple[str | None, str | None]] = {}
        self.merged_places = {}
        kept: list[EventCandidate] = []
        heads = [f for f in found if f.sentence.start_char < headline]
        for f in found:
            f.mentions = [f.trigger]
            if f.sentence.start_char < headline:
                continue
            into = self.happening_of(f, kept, index, hints)
            if into is None:
                kept.append(f)
            else:
                if MERGED_PLACE in self.on:
                    self.place_by_mention(into, f, hints)
                # victims told again far from their attack say nothing of its kind
                far = abs(index.get((f.sentence.start, f.sentence.end), 0) - index.get(
                    (into.sentence.start, into.sentence.end), 0)) > self.w.merge_sentences
                self.absorb(into, f, typed=not (far and self.retold(f) or self.riot_damage(into, f)
                                                or self.violence_told_again(into, f)
                                                and not self.same_family(into, f)))
        if TOLL_BEFORE_DEED in self.on:
            kept = self.tolls_into_deeds(kept, index, hints)
        for f in heads:
            into = next((k for k in kept if k.type == f.type and self.same_family(k, f)), None)
            if into is None:
                kept.append(f)
            else:
                self.absorb(into, f)
        return sorted(kept, key=lambda f: f.trigger[0])

    def tolls_into_deeds(self, kept: list[EventCandidate], index: dict[tuple[int, int], int],
                         hints: dict[int, tuple[str | None, str | None]]) -> list[EventCandidate]:
        """A toll told before its deed ("Des dizaines de blessés ont été évacués. Mardi, des jihadistes ont
        attaqué un camp"): the next deed of violence, in the same or the next sentences, at no other place
        or date, takes it as a mention."""
        out = list(kept)
        for t in kept:
            deed = next((k for k in out if k.trigger[0] > t.trigger[0] and k.type == "ASSAULT"), None)
            if deed is None or t.type != "ASSAULT" or deed.token is None or t.token is None \
                    or self.retold(deed) or not self.toll_of_deed(deed, t) or self.toll_of_deed(t, deed):
                continue
            if t.token.pos_ != "NOUN" and not self.is_passive(t.token):
                continue  # "un homme ayant tué 17 passants": a deed of its own, not a toll
            apart = index.get((deed.sentence.start, deed.sentence.end), 0) - index.get(
                (t.sentence.start, t.sentence.end), 0)
            (place_t, time_t), (place_d, time_d) = self.hint(t, hints), self.hint(deed, hints)
            if apart <= self.w.merge_sentences and not self.places_differ(place_t, place_d) \
                    and not self.times_differ(time_t, time_d):
                self.absorb(deed, t, typed=False)
                out.remove(t)
        return out

    def same_family(self, k: EventCandidate, f: EventCandidate) -> bool:
        return not (k.acled and f.acled and EVENT_TYPE_OF[k.acled] != EVENT_TYPE_OF[f.acled])

    def same_happening(self, k: EventCandidate, f: EventCandidate, index: dict[tuple[int, int], int],
                       hints: dict[int, tuple[str | None, str | None]]) -> bool:
        """Whether the mention ``f`` tells the happening of the event ``k`` told before it."""
        damage = self.riot_damage(k, f) or self.damage_state(k, f)
        anaphor = self.is_anaphor(f.token)
        apart = abs(index.get((f.sentence.start, f.sentence.end), 0) - index.get((k.sentence.start,
                                                                                    k.sentence.end), 0))
        if LAST_MENTION_NEAR in self.on and len(k.mentions) > 1 and self.told_on(f.token):
            here = self.sentence_at(f.trigger[0])
            apart = min(apart, *(abs(here - self.sentence_at(m[0])) for m in k.mentions))
        if not damage and not (apart <= self.w.merge_sentences and self.violence_told_again(k, f)) and (
                k.type != f.type or not self.same_family(k, f)):
            return False
        same_word = f.token is not None and k.token is not None and (
            f.token.lemma_.lower() == k.token.lemma_.lower() or {f.token._.get(LEMMA), k.token._.get(LEMMA)}
            <= self.words.JUSTICE_VERBS)  # "l'enquête a été ouverte" ... "le parquet s'est saisi"
        if k.modality != f.modality and not (anaphor and "negated" not in (k.modality, f.modality)):
            return False
        (place_k, time_k), (place_f, time_f) = self.hint(k, hints), self.hint(f, hints)
        if apart > self.w.merge_sentences and not anaphor and not same_word and not (
                place_k and place_f and self.restated(k, f)) and not self.same_count(k, f) \
                and not self.retold(f) and not damage:
            return False  # a restatement far from what it sums up names where both happened
        if MERGED_PLACE in self.on and self.placed_elsewhere(k, f):
            return False
        if SAME_VERB_DATED_APART in self.on and same_word and apart > self.w.merge_sentences and not anaphor \
                and time_k is None and f.type in VERBAL and f.token.pos_ == "VERB" \
                and self.well_before_article(time_f):
            return False  # "a demandé" ... "le 3 mars 2015, il avait demandé": an older request of its own
        return not self.places_differ(place_k, place_f) and not self.times_differ(time_k, time_f)

    def well_before_article(self, time_id: str | None) -> bool:
        """Whether a time of the text ends more than ``background_days`` before the article's day."""
        value = next((t.value for t in self.times if t.id == time_id), None)
        last, published = last_day(value), self.published_day
        return last is not None and published is not None and (published - last).days > self.w.background_days

    @staticmethod
    def told_on(token: Token | None) -> bool:
        """Whether a verb's subject is a personal pronoun ("Il a ensuite tué un passant"): the story of the
        one told before goes on."""
        return token is not None and token.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.pos_ == "PRON" and "Rel" not in c.morph.get("PronType") and c.i < token.i
            and not (token.dep_ in RELATIVE_CLAUSES and c.i == token.left_edge.i) for c in token.children)

    def retold(self, f: EventCandidate) -> bool:
        """Whether an assault's mention only tells again one told before: its victims, with no agent of their
        own ("huit autres personnes sont blessées"), or the charge of a step of the justice ("placé en garde
        à vue pour assassinat", "l'enquête a été ouverte pour meurtre")."""
        token = f.token
        if RETOLD not in self.on or f.type != "ASSAULT" or token is None:
            return False
        if token.pos_ == "VERB" and RESULT_GERUND in self.on and self.result_gerund(token):
            return True  # "..., tuant deux personnes et en blessant des dizaines": the toll of a deed
        if token.pos_ == "VERB":
            return token._.get(LEMMA) in self.words.KILL_VERBS | self.words.WOUND_VERBS \
                and "Part" in token.morph.get("VerbForm") and not any(
                    c.dep_ in ("obl:agent", "agent", "obj", "dobj") for c in token.children) \
                and self.counted_victims(token)  # "deux femmes ont été tuées", not "ils ont tué deux femmes"
        return token.pos_ == "NOUN" and self.charge(token)

    def violence_told_again(self, k: EventCandidate, f: EventCandidate) -> bool:
        """Whether ``f`` tells again the asserted deed of violence ``k``, whatever kind of violence each is
        read as: as its toll (``toll_of_deed``) or by another word for an attack (``attack_named_again``)."""
        if {k.type, f.type} != {"ASSAULT"} or {k.modality, f.modality} != {"asserted"} or f.token is None \
                or not (k.acled is None or EVENT_TYPE_OF[k.acled] in VIOLENT):
            return False
        return self.toll_of_deed(k, f) or self.attack_named_again(k, f)

    def toll_of_deed(self, k: EventCandidate, f: EventCandidate) -> bool:
        """Whether ``f`` names only the dead or the wounded, with no agent of its own ("plus de 4.000
        blessés", "deux policiers ont été tués"), and ``k`` is an asserted deed of violence: its toll."""
        token = f.token
        if TOLL_OF_DEED not in self.on:
            return False
        hurt = self.words.KILL_VERBS | self.words.WOUND_VERBS
        if token._.get(LEMMA) not in hurt and token.lower_ not in self.words.TOLL_NOUNS:
            return False
        if token.pos_ == "NOUN":
            return not any(c.dep_ in ("nmod", "obl:agent", "agent") and any(
                g.dep_ == "case" and g.lower_ in self.words.AGENT_PREPOSITIONS for g in c.children)
                for c in token.children)
        # a participle counts its victims ("huit personnes ont été blessées"), not one person's fate
        return "Part" in token.morph.get("VerbForm") and not any(
            c.dep_ in ("obl:agent", "agent") or c.dep_ in SUBJECTS and not self.is_passive(token)
            for c in token.children) and self.counted_victims(token)

    def attack_named_again(self, k: EventCandidate, f: EventCandidate) -> bool:
        """Whether ``k`` and ``f`` are asserted deeds of violence named by nouns, one of them a word for any
        attack ("l'assaut", "les assaillants"): one attack that two sentences read as two kinds."""
        if ATTACK_NAMED_AGAIN not in self.on or k.token is None or \
                f.acled is not None and EVENT_TYPE_OF[f.acled] not in VIOLENT:
            return False
        # nouns both ("l'attaque" ... "l'assaut"): a verb tells a deed of its own ("une policière a été tuée")
        return k.token.pos_ == f.token.pos_ == "NOUN" and bool(
            {k.token.lemma_.lower(), f.token.lemma_.lower()} & self.words.ATTACK_NOUNS)

    def result_gerund(self, verb: Token) -> bool:
        """A verb of killing or wounding in the present participle with no subject of its own ("tuant deux
        personnes", "en blessant plusieurs dizaines"): the toll of the deed of the clause it hangs on."""
        return verb._.get(LEMMA) in self.words.KILL_VERBS | self.words.WOUND_VERBS \
            and "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense") \
            and not any(c.dep_ in SUBJECTS for c in verb.children)

    def riot_damage(self, k: EventCandidate, f: EventCandidate) -> bool:
        """Whether ``f`` is damage to property told with no agent of its own ("plusieurs enseignes ont été
        vandalisées") after the protest ``k``: the protest's rioting, not an assault of its own."""
        token = f.token
        return RIOT_DAMAGE in self.on and k.type == "PROTEST" and f.type == "ASSAULT" \
            and f.acled == "Looting/property destruction" and token is not None and not any(
                c.dep_ in ("obl:agent", "agent") or c.dep_ in SUBJECTS and not self.is_passive(token)
                for c in token.children)

    def damage_state(self, k: EventCandidate, f: EventCandidate) -> bool:
        """Whether ``f`` is a thing told as damaged, a participle on its noun with no agent of its own ("les
        corps gisant près d'un 4X4 à moitié incendié"), after the asserted deed of violence ``k``: the state
        that deed left, told again."""
        token = f.token
        if DAMAGE_STATE not in self.on or token is None or k.modality != "asserted" or not (
                k.type == "ASSAULT" and (k.acled is None or EVENT_TYPE_OF[k.acled] in VIOLENT)):
            return False
        hurt = self.words.KILL_VERBS | self.words.WOUND_VERBS
        if f.acled not in DAMAGE_READINGS or token._.get(LEMMA) in hurt:
            return False  # a person told as killed or wounded ("le général tué") is a victim, no damage
        return f.type in ("ASSAULT", "PROTEST") and token.pos_ in ("VERB", "ADJ") \
            and "Part" in token.morph.get("VerbForm") and token.dep_ in ("amod", "acl") \
            and token.head.pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ in ("obl:agent", "agent") or c.dep_.startswith("aux") or c.dep_ in SUBJECTS
                for c in token.children)

    def counted_victims(self, verb: Token) -> bool:
        """Whether the participle's victims are counted ("huit personnes sont blessées", "deux policiers se
        retrouvent blessés"): a toll told again, not someone's own fate ("avant d'être abattu")."""
        victims = self.victims(verb)
        if verb.dep_ == "xcomp":  # "se retrouvent blessés": the subject of the verb it completes
            victims += [c for c in verb.head.children if c.dep_ in SUBJECTS]
        return any(c.dep_ == "nummod" for v in victims for c in v.children)

    def charge(self, noun: Token) -> bool:
        """Whether the noun (or the noun it is part of: "tentative d'assassinat") is the charge of a step of
        the justice: marked "pour" under an arrest, an accusation or a word of the courts."""
        judicial = self.words.JUDICIAL
        steps = {i for i, plover, _ in self.trigger_words if plover in ("COERCE", "ACCUSE")}
        for n in [noun, *list(noun.ancestors)[:self.w.court_case_ancestors]]:
            if n.pos_ not in ("NOUN", "PROPN"):
                return False
            if n.lemma_.lower() in self.words.CHARGE_NOUNS and n.i != noun.i and (
                    n.head.i in steps or n.head.lemma_.lower() in judicial):
                return True  # "une enquête ouverte des chefs de violences avec guet-apens"
            if any(c.dep_ == "case" and c.lower_ in self.words.CHARGE_MARKS for c in n.children):
                heads = [n.head, n.head.head]
                return any(h.i in steps or h.lemma_.lower() in judicial or any(
                    c.lemma_.lower() in judicial for c in h.children if c.dep_.startswith(("obl", "obj")))
                    for h in heads)
        return False

    @cached_property
    def standfirst(self) -> tuple[int, int]:
        """The paragraph after the headline that sums up the body below it (empty when no body follows)."""
        start = self.headline()
        m = PARAGRAPH_BREAK.search(self.text, start) if start else None
        end = m.end() if m and m.end() < len(self.text) else start
        return start, end

    def restated(self, k: EventCandidate, f: EventCandidate) -> bool:
        """Whether ``f`` is the body's first telling of the happening ``k`` its standfirst sums up ("roués de
        coups" in the standfirst, "agressés" in the body): no event of ``f``'s type came between."""
        if SAME_HAPPENING not in self.on:
            return False
        start, end = self.standfirst
        return start <= k.sentence.start_char < end <= f.sentence.start_char and not any(
            end <= m[0] < f.trigger[0] for m in k.mentions)

    def same_count(self, k: EventCandidate, f: EventCandidate) -> bool:
        """Whether the two mentions' sentences count the same large number ("60.000 gendarmes mobilisés" ...
        "déployé 60.000 policiers"): the same people, one happening."""
        def counts(x: EventCandidate) -> set[float]:
            found = self.quantity_starts.starting_within(x.sentence.start_char, x.sentence.end_char - 1)
            return {q.value for i in found for q in [self.quantities[i]]
                    if q.value is not None and q.value >= self.w.merge_count_min}
        return SAME_HAPPENING in self.on and bool(counts(k) & counts(f))

    def hint(self, f: EventCandidate, hints: dict[int, tuple[str | None, str | None]]) -> tuple:
        """The place and date of a mention's sentence, to tell two happenings apart."""
        if id(f) not in hints:
            # an anaphor ("ces renforts") is placed by its own phrase only, not by what its sentence adds
            own = self.own_phrase_place(f.token, f.trigger[0]) if f.token is not None else None
            place = own if own is not None or self.is_anaphor(f.token) else \
                self.sentences_place([f.sentence], f.trigger[0])
            anaphor = ANAPHOR_OWN_TIME in self.on and self.is_anaphor(f.token)
            hints[id(f)] = (place, self.own_time(f) if anaphor else self.time_of([f.sentence], f.trigger[0],
                                                                                   f.token))
        return hints[id(f)]

    def place_by_mention(self, k: EventCandidate, f: EventCandidate,
                         hints: dict[int, tuple[str | None, str | None]]) -> None:
        """An event that its first mention does not place takes the place of the first mention it absorbs
        that a town places, so that a later mention is weighed against where the event happened."""
        place_f = self.hint(f, hints)[0]
        if self.hint(k, hints)[0] is None and id(k) not in self.merged_places and place_f is not None \
                and self.precision(place_f) <= PRECISION["admin2"]:
            self.merged_places[id(k)] = place_f

    def placed_elsewhere(self, k: EventCandidate, f: EventCandidate) -> bool:
        """Whether a mention's own phrase names a town far from the place the event ``k`` took from its
        mentions ("des pillages à Detroit" after riots placed in Newark): another happening."""
        where = self.merged_places.get(id(k))
        own = self.own_phrase_place(f.token, f.trigger[0]) if f.token is not None and where else None
        return own is not None and self.precision(own) <= PRECISION["admin2"] \
            and self.places_differ(where, own)

    def own_time(self, f: EventCandidate) -> str | None:
        """The date of an anaphoric noun's own phrase ("l'attaque du 9 août"), not of the verb it completes
        ("a demandé dimanche ... après l'attentat"): the happening it names was dated when first told."""
        token = f.token
        phrase = (token.left_edge.idx, token.right_edge.idx + len(token.right_edge))
        time = self.time_of([f.sentence], f.trigger[0], token)
        span = self.time_by_id(time).span if time is not None else None
        return time if span and phrase[0] <= span[0] < phrase[1] else None

    def places_differ(self, a: str | None, b: str | None) -> bool:
        """Two places of different countries, or two towns or districts far apart."""
        pa, pb = self.place_by_id.get(a or ""), self.place_by_id.get(b or "")
        if pa is None or pb is None or a == b:
            return False
        if pa.country and pb.country and pa.country != pb.country:
            return True
        if max(self.precision(pa.id), self.precision(pb.id)) > PRECISION["admin2"]:
            return False
        return km_between(pa.lat, pa.lon, pb.lat, pb.lon) > self.w.merge_km

    def times_differ(self, a: str | None, b: str | None) -> bool:
        """Two dates of which neither is within the other ("2019-03-06", "2019-03-02")."""
        if a is None or b is None or a == b:
            return False
        va = next((t.value for t in self.times if t.id == a), None)
        vb = next((t.value for t in self.times if t.id == b), None)
        return bool(va and vb) and not (va.startswith(vb) or vb.startswith(va))

    def is_anaphor(self, token: Token | None) -> bool:
        """An event noun with a definite or demonstrative determiner: one told before ("l'attaque")."""
        return token is not None and token.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_.replace("’", "'") in self.words.ANAPHORIC_DETERMINERS
            for c in token.children)

    def absorb(self, k: EventCandidate, f: EventCandidate, typed: bool = True) -> None:
        """``f`` is another mention of ``k``: its span is evidence; its ACLED type counts when ``k`` has none
        (and its sentence tells no accident); unless ``typed`` is false, when it only tells ``k`` again."""
        k.mentions.extend(f.mentions or [f.trigger])
        if not typed:
            k.told_again.update(f.mentions or [f.trigger])
        if typed and f.acled and k.acled is None and not self.accident_near(k):
            k.set("acled", f.acled, f.rules.get("acled"))
        k.rules.setdefault("mentions", SAME_HAPPENING)

    def accident_near(self, f: EventCandidate) -> bool:
        """Whether the event's sentence tells an accident: its other mentions do not make it an attack."""
        return ACCIDENT in self.on and bool(self.cues.accident.search(span_text(f.sentence).lower()))

    def merged_by_word(self, found: list[EventCandidate], headline: int) -> list[EventCandidate]:
        """An event named again ("l'offensive" after "une offensive sur Mossoul") is the same event; the
        headline's events of a kind the body tells are the body's."""
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
        body_types = {(f.type, f.acled) for f in out if f.sentence.start_char >= headline}
        return [f for f in out if f.sentence.start_char >= headline or (f.type, f.acled) not in body_types
                and f.type not in {t for t, _ in body_types}]

    def article_reading(self, lead: Span) -> tuple[str | None, int]:
        """The article's ACLED sub-event type and its weight: the lead weighs double, the whole text once,
        so that its context reads as one ("people demonstrated ... One person was arrested": the police
        intervened in a protest)."""
        reading = self.read_in_article(lead.start_char, lead.end_char, self.w.lead_cue_weight)
        read_acled(self.unnamed_text, self.text_cues, self.on, self.w, self.w.text_cue_weight, reading,
                   self.accident_article, self.armed_article, self.riot_article, self.epidemic_article)
        sub = reading.best(self.w)
        if sub == "Peaceful protest" and INTERVENTION_IN_PROTEST in self.on and not self.headline():
            # "people demonstrated ... One person was arrested": in a report of no headline (a note of a few
            # sentences, which tells one event), the police's intervention told just after the lead makes
            # the protest one with intervention; an article's arrests told after may be another happening
            # (the demonstrators' own violence, "threw bottles at police officers", makes it a violent one)
            near = self.read_in_article(lead.start_char, self.sentences_end(
                lead.start_char, 1 + self.w.intervention_sentences))
            told = next((s for s in ("Violent demonstration", "Protest with intervention")
                         if near.scores.get(s, 0) > 0), None)
            if told is not None:
                peaceful, sub = reading.scores["Peaceful protest"], told
                reading.rule_of.setdefault(sub, INTERVENTION_IN_PROTEST)
                reading.scores[sub] = max(reading.scores.get(sub, 0), peaceful)
        return sub, reading.scores.get(sub, 0) if sub else 0

    def primary(self, found: list[EventCandidate], headline: int) -> EventCandidate:
        """The article's primary event: the happening its headline names, else the lead's event that ACLED
        codes, else its first asserted one, typed on the article's reading (or given way to the ACLED event
        the article strongly reads as). An accident is the primary event only when the lead tells no event
        of a type: then it is the setting of what is reported ("l'explosion ... le geste de Dany Boon")."""
        if UNTYPED_HAPPENING in self.on:
            breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(self.text) if m.end() > headline]
            # ... or, in a text whose paragraphs the feed ran together, the first sentences after its last
            # paragraph break
            lead_end = breaks[self.w.setting_paragraphs - 1] if len(breaks) >= self.w.setting_paragraphs \
                else self.sentences_end(breaks[-1] if breaks else headline, self.w.setting_sentences) \
                if SENTENCE_LEAD in self.on else len(self.text)
            if any(f.type is not None and f.modality == "asserted" and f.trigger[0] < lead_end
                   for f in found):
                found = [f for f in found if f.type is not None or f.rules.get("type") == ACCIDENT_HEADLINE]
        # a state of suspicion is the setting of the deeds told (an arrest, a search), not what happened
        found = [f for f in found if not self.suspected(f)] or found
        headed = [f for f in found if f.modality not in UNASSERTED
                  and any(m[0] < headline and not self.anniversary_of(m[0]) for m in f.mentions)] \
            if HEADLINE_PRIMARY in self.on else []
        accident = next((f for f in headed if f.rules.get("type") == ACCIDENT_HEADLINE), None)
        if accident is not None:
            return accident
        if headed:
            # of the headline's happenings, the one of the kind the article reads as ("des arrestations lors
            # d'une manifestation": the protest), else the first told
            article_sub = self.article_reading(headed[0].sentence)[0] if ARTICLE_READING in self.on else None
            # ... but the event of its own predicate over violence named in its complement
            primary = next((f for f in headed if article_sub and f.type == PLOVER_OF[article_sub]), headed[0])
            own = self.predicate_event(headed, headline)
            if own is not None and own is not primary:
                primary = own
                primary.rules["primary"] = HEADLINE_PREDICATE
            if primary.acled is not None and article_sub is not None \
                    and PLOVER_OF[article_sub] == primary.type:
                primary.set("acled", article_sub, ARTICLE_READING)
            elif primary.acled is None and primary.type == "ASSAULT" and HEADLINE_READING in self.on \
                    and article_sub is not None and EVENT_TYPE_OF[article_sub] in VIOLENT:
                # "deux policiers violemment agressés": the violence the article reads (mob violence)
                primary.set("acled", article_sub, HEADLINE_READING)
            return primary
        body = [f for f in found if f.sentence.start_char >= headline] or found
        lead = [f for f in body if f.sentence == body[0].sentence]
        primary = next((f for f in lead if f.acled and f.modality == "asserted"), None) or next(
            (f for f in body if f.modality == "asserted"), body[0])
        # the lead: the body's first sentence with a verb (not a fragment the parser cut off: "Radio")
        # (a body of no words: the text's first sentence with a verb)
        told = [x for x in self.sentences
                if x.start_char >= headline and span_text(x).strip()] or self.sentences
        lead_sentence = self.body_first_verb_sentence or next(
            (x for x in told if any(t.pos_ in ("VERB", "AUX") for t in x)), told[0])
        lead_has_event = any(f.sentence == lead_sentence for f in found)
        if primary.acled is not None or not lead_has_event:
            if ARTICLE_READING not in self.on:
                return primary
            article_sub, _ = self.article_reading(primary.sentence if lead_has_event else lead_sentence)
            if article_sub is not None:
                if not lead_has_event:  # a lead with no trigger: the article's first event of that kind
                    primary = next((f for f in found if f.type == PLOVER_OF[article_sub]), primary)
                if PLOVER_OF[article_sub] == primary.type and not self.not_coded(primary):
                    primary.set("acled", article_sub, ARTICLE_READING)
        elif STRONG_READING in self.on:
            # the lead's event is one ACLED does not code ("forces deploy on the highway"); when the lead
            # and the text read strongly as an ACLED event that the next sentence tells ("... seized
            # control of the town"), that event is what the article is about
            article_sub, weight = self.article_reading(lead_sentence)
            if article_sub is not None and weight >= self.w.strong_article_score:
                near = [x for x in self.sentences if x.start_char >= headline and span_text(x).strip()][
                    :self.w.strong_article_sentences]
                other = next((f for f in body if f.type == PLOVER_OF[article_sub] and f.sentence in near
                              and f.modality == "asserted"), None)
                if other is not None:
                    primary = other
                    primary.set("acled", article_sub, STRONG_READING)
        return primary

    def headline_participle(self, token: Token) -> bool:
        """Whether the word is the participle of a headline made of a noun and it ("Un maire visé par une
        enquête", or after a colon: "Attentat de Carvin : le frère du suspect mis en examen"): its predicate,
        no mere description."""
        if HEADLINE_PREDICATE not in self.on or token.idx >= self.headline() or token.dep_ != "acl" \
                or token.head.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = token.head
        colon = self.headline_colon[1] if noun.dep_ != "ROOT" else None
        return noun.dep_ == "ROOT" or colon is not None and noun.head.i < colon < noun.i

    def predicate_event(self, headed: list[EventCandidate], headline: int) -> EventCandidate | None:
        """The headline's event whose trigger is its own predicate (its root, or the root of the part after
        "X :"), when each other event the headline names lies in that predicate's complement, not as its
        time frame ("désolé après le meurtre", "accusé d'agression"; not "des arrestations lors d'une
        manifestation"), or, the predicate being a deed, before the colon ("Agression au centre de détention :
        les gardiens se mobilisent"; not "Attaque au couteau : une enquête ouverte")."""
        if HEADLINE_PREDICATE not in self.on:
            return None
        tokens, colon = self.headline_colon
        roots = self.headline_roots(tokens, colon)

        def headline_tokens(f: EventCandidate) -> list[Token]:
            found = [token_covering(self.doc, m[0]) for m in f.mentions if m[0] < headline]
            return [t for t in found if t is not None]

        own = next((f for f in headed if any(t.i in roots for t in headline_tokens(f))), None)
        if own is None:
            return None
        predicate = next(t for t in headline_tokens(own) if t.i in roots)
        frames = self.words.TIME_FRAME_WORDS

        def complement(t: Token) -> bool:
            path = []  # the words from the mention up to the predicate
            while t.i != predicate.i and t.head.i != t.i:
                path.append(t)
                t = t.head
            if t.i != predicate.i or not path or any(w.dep_ in JOINED_DEPS for w in path):
                return False  # a happening joined to the predicate ("Attaque à Lyon et deux interpellations")
            edge = path[-1].left_edge.i
            if edge > 0 and self.doc[edge - 1].text == "," and edge > predicate.i:
                return False  # ... or set off after a comma ("Attaque à Lyon, deux interpellations")
            # "lors d'une manifestation", "au cours des combats": the frame of the predicate's deed
            return not any(w.lower_ in frames or any(
                g.dep_ == "case" and (g.lower_ in frames or any(x.lower_ in frames for x in g.children))
                for g in w.children) for w in path)

        for f in headed:
            if f is own:
                continue
            if not all(complement(t) or colon is not None and t.i < colon and own.type not in VERBAL
                       for t in headline_tokens(f)):
                return None
        return own

    @cached_property
    def headline_colon(self) -> tuple[list[Token], int | None]:
        """The headline's words, and where its last colon outside quotes stands (None: it has none)."""
        headline = self.headline()
        tokens = []
        for t in self.doc:
            if t.idx >= headline:
                break
            tokens.append(t)
        return tokens, next((t.i for t in reversed(tokens) if t.text == ":" and not self.quoted(t.idx)), None)

    def headline_roots(self, tokens: list[Token], colon: int | None) -> set[int]:
        """The headline's predicates: the roots of its part after the colon (or of the whole), and the
        participle of a headline made of a noun and it ("Un maire visé par une enquête")."""
        part = [t for t in tokens if colon is None or t.i > colon] or tokens
        inside = {t.i for t in part}
        roots = {t.i for t in part if t.pos_ not in ("PUNCT", "SPACE") and (t.head.i == t.i
                                                                            or t.head.i not in inside)}
        return roots | {c.i for i in roots for c in self.doc[i].children
                        if c.dep_ == "acl" and c.pos_ == "VERB" and "Part" in c.morph.get("VerbForm")
                        and self.doc[i].pos_ in ("NOUN", "PROPN")}

    def follow_up_over_deed(self, found: list[EventCandidate], primary: EventCandidate,
                            headline: int) -> EventCandidate:
        """The primary event when the one chosen is a deed the headline names before its colon, dated in the
        text ``follow_up_days`` or more before the article ("Attentat dans l'Aude : la compagne de Lakdim
        mise en examen", four days after the attack): the asserted event of the headline's predicate after
        the colon, placed and dated anew as the primary."""
        if FOLLOW_UP not in self.on or self.published_day is None:
            return primary
        tokens, colon = self.headline_colon
        if colon is None or not any(m[0] < self.doc[colon].idx for m in primary.mentions) \
                or any(self.doc[colon].idx < m[0] < headline for m in primary.mentions):
            return primary
        time = self.time_by_id(primary.time)
        day = last_day(time.value) if time is not None and TIME_SOURCE.get(primary.rules.get("time", "")) in (
            "text", "context") else None
        if day is None or (self.published_day - day).days < self.w.follow_up_days:
            return primary
        roots = self.headline_roots(tokens, colon)

        def predicate(t: Token | None) -> bool:
            # the part's root or a word the parse hangs on it, no preposition's complement on the way
            # ("la compagne de X mise en examen": "mise"; not "pour association")
            while t is not None and colon < t.i < len(tokens) and \
                    not any(c.dep_ == "case" for c in t.children):
                if t.i in roots:
                    return True
                t = t.head if t.head.i != t.i else None
            return False

        news = next((f for f in found if f is not primary and f.modality not in UNASSERTED and any(
            predicate(token_covering(self.doc, m[0])) for m in f.mentions)), None)
        if news is None:
            return primary
        news.set("place", *self.place(news, True))
        news.set("time", *self.time(news, True))
        news.rules["primary"] = FOLLOW_UP
        return news

    def anniversary_of(self, char: int) -> bool:
        """Whether the headline's event word at ``char`` is what its news is dated from ("le commissariat
        rouvre, deux mois après l'attaque"): a lapse and "après" before it, in the headline."""
        return HEADLINE_ANNIVERSARY in self.on and self.lapse_before_mention(0, char) is not None

    def news_over_background(self, found: list[EventCandidate], primary: EventCandidate,
                             headline: int) -> EventCandidate:
        """The primary event when the one chosen is background ("le procès de l'attentat de 2015",
        "commémorent le massacre de 1994"): the article's primary among its asserted events that are not
        (nor violence the text does not date itself, likely the same past told again), placed and dated
        anew as the primary, unless that dates it in the past too."""
        if BACKGROUND_NOT_PRIMARY not in self.on or not (
                self.is_background(primary, TIME_SOURCE.get(primary.rules.get("time", "")))
                or primary.rules.get("background") == SETTING_ONLY):
            return primary
        news = [f for f in found if f is not primary and f.modality not in UNASSERTED
                and not self.is_background(f, TIME_SOURCE.get(f.rules.get("time", "")))
                and f.rules.get("background") not in CONTEXT_RULES
                and not self.told_in_the_past(f.sentence)
                and not (f.type == "ASSAULT" and TIME_SOURCE.get(f.rules.get("time", "")) != "text")]
        if not news:
            return primary
        before = {f.id: (f.acled, f.rules.get("acled")) for f in news}
        new = self.primary(news, headline)
        kept = (new.place, new.rules.get("place"), new.time, new.rules.get("time"))
        new.set("place", *self.place(new, True))
        new.set("time", *self.time(new, True))
        if self.is_background(new, TIME_SOURCE.get(new.rules.get("time", ""))):
            new.rules.pop("background", None)  # dated as the primary, it is past context too
            new.set("place", kept[0], kept[1])
            new.set("time", kept[2], kept[3])
            new.set("acled", *before[new.id])
            return primary
        new.rules["primary"] = BACKGROUND_NOT_PRIMARY
        return new

    def setting_only(self, f: EventCandidate) -> bool:
        """Whether every mention of a happening is a noun of the body named only as the cause or the setting
        of another clause: the complement of a phrase of cause or frame ("en raison des manifestations",
        "dans le cadre des manifestations") or of a preposition of the time since ("depuis la mort de")."""
        words = self.words
        frames, since = words.SETTING_FRAMES, words.SETTING_PREPOSITIONS
        headline = self.headline()
        for start, _ in [f.trigger, *f.mentions]:
            token = token_covering(self.doc, int(start))
            if token is None or token.pos_ != "NOUN" or start < headline:
                return False
            # the time since, on the word itself: "depuis la mort de", not "depuis le début des grèves"; or
            # after a month or more: "deux mois après l'explosion"
            framed = self.opening(token) in since or SETTING_AFTER_MONTH in self.on and \
                self.opening(token) in words.SETTING_AFTER_LAPSE and self.long_lapse_before(token)
            while not framed:
                frame = token.head
                framed = token.dep_ in ("nmod", "pobj", "prep", "pcomp") and (
                    frame.lemma_.lower() in frames or frame.lower_ in frames) and (
                    frame.pos_ in ("ADP", "SCONJ") or self.opening(frame) is not None)  # not "une cause des"
                if token.dep_ not in ("nmod", "pobj", "prep", "pcomp") or frame.pos_ not in ("NOUN", "ADP"):
                    break
                token = frame
            if not framed:
                return False
        return True

    def long_lapse_before(self, noun: Token) -> bool:
        """Whether a lapse of a month or more stands right before the preposition of an event noun ("près de
        deux mois après l'explosion")."""
        found = self.lapse_before_mention(noun.sent.start_char, noun.idx)
        days = duration_days(self.time_by_id(found).value) if found is not None else None
        return days is not None and days >= self.w.setting_lapse_days

    def told_in_the_past(self, sentence: Span, days: int | None = None) -> bool:
        """Whether a sentence's dates are all well before the article (more than ``days``, by default
        ``background_days``): "des soldats tombés au front en mai 1945" is past context, whatever word the
        parse hangs the date on."""
        published = self.published_day
        if published is None:
            return False
        days = self.w.background_days if days is None else days
        ends = [last_day(self.times[i].value) for i in self.time_starts.starting_within(
            sentence.start_char, sentence.end_char - 1) if self.times[i].type == "DATE"]
        ends = [end for end in ends if end is not None]
        return bool(ends) and all((published - end).days > days for end in ends)

    def suspected(self, f: EventCandidate) -> bool:
        """Whether the event is someone's state of suspicion, suspected by no one named ("il est soupçonné
        d'avoir transféré de l'argent")."""
        token = f.token
        return SUSPECTED_STATE in self.on and token is not None \
            and token._.get(LEMMA) in self.words.SUSPICION_VERBS and self.is_passive(token) \
            and not any(c.dep_ in ("obl:agent", "agent") for c in token.children)

    def killed_not_taken(self, found: list[EventCandidate]) -> None:
        """An event that a verb of killing or wounding tells is the attack, not the hostage-taking its
        sentence or its article names ("le lieutenant Marc Dorval, tué après s'être substitué à un otage",
        "blessé au bras par un preneur d'otages"): the best other kind of violence its sentence reads, else an
        attack."""
        if KILLED_NOT_TAKEN not in self.on:
            return
        abduction = "Abduction/forced disappearance"
        hurt = self.words.KILL_VERBS | self.words.WOUND_VERBS
        for f in found:
            if f.acled != abduction or f.token is None or f.token._.get(LEMMA) not in hurt:
                continue
            sent = f.sentence
            reading = self.read_in_article(sent.start_char, sent.end_char)
            reading.drop(abduction)
            f.set("acled", reading.best(self.w, "ASSAULT") or "Attack", KILLED_NOT_TAKEN)

    def riot_over_arrests(self, found: list[EventCandidate], primary: EventCandidate) -> EventCandidate:
        """Arrests are the primary event only when the article tells no riot they end: ACLED codes the riot
        ("249 interpellations" on a day of clashes)."""
        if primary.acled != "Arrests":
            return primary
        if ARRESTS_AFTER_RIOT in self.on:
            riot = next((f for f in found if f.modality == "asserted" and f.acled and not self.not_coded(f)
                         and EVENT_TYPE_OF[f.acled] == "Riots"), None)
            if riot is not None:
                return riot
        if VIOLENCE_OVER_ARRESTS not in self.on:
            return primary
        # "Attaque au hachoir à Paris, deux interpellations" | "Une attaque a blessé trois passants ..., puis
        # deux hommes ont été arrêtés": the arrests follow the attack, which the body tells first (not
        # "Les quatre hommes interpellés sont des proches du tireur")
        headline = self.headline()
        arrested = min((m[0] for m in primary.mentions if m[0] >= headline), default=len(self.text))
        return next((f for f in found if f.modality == "asserted" and f.acled and not self.not_coded(f)
                     and EVENT_TYPE_OF[f.acled] in VIOLENT and any(m[0] < headline for m in f.mentions)
                     and any(headline <= m[0] < arrested for m in f.mentions)), primary)

    # -- all --------------------------------------------------------------------------------------------
    @cached_property
    def body_first_verb_sentence(self) -> Span | None:
        """The body's first sentence with a verb (after the headline), if any (read once)."""
        headline = self.headline()
        return next((x for x in self.sentences if x.start_char >= headline and span_text(x).strip()
                     and any(t.pos_ in ("VERB", "AUX") for t in x)), None)

    def lead_happening(self) -> list[EventCandidate]:
        """The main happening of an article that tells no event: the main verb of its body's first sentence
        with one (in the lead), an event of no type, asserted; a verb of saying or one that carries another's
        as done ("vient de", "a commencé à", "a dû") gives way to it. A modal, a plan or a future ("doit",
        "va présenter", "sera votée") tells none; nor does a state ("sont les champions", "il vaut mieux")
        unless its sentence gives it a day ("ce dimanche 7 mai, le taux de participation était de 65 %"). A
        word of an event's kind that was read as none (a toll, a figure) stays none."""
        if LEAD_HAPPENING not in self.on:
            return []
        words, sent = self.words, self.body_first_verb_sentence
        if sent is None or sent.start_char >= self.lead_end():
            return []
        verb = sent.root if sent.root.pos_ in ("VERB", "AUX") else next(
            (c for c in sent.root.children if c.dep_ == "cop"), None)
        def carries(v: Token) -> bool:  # "vient de", "a dit que", a modal in the past ("a dû atterrir")
            return v.lemma_.lower() in words.LIGHT_VERBS or self.is_saying_cue(v) \
                or v.lemma_.lower() in words.MODAL_VERBS and any(c.dep_ == "aux:tense" for c in v.children)

        while verb is not None and carries(verb):
            carried = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"),
                           None)
            if carried is None:
                break
            verb = carried
        if verb is None:
            return []  # "Le conseil municipal, réuni mardi, ...": a noun's phrase, no verb of its own
        lemma = verb.lemma_.lower()
        not_done = words.MODAL_VERBS | words.PLANNING | words.POSSIBILITY | words.FUTURE_AUXILIARIES
        if lemma in not_done or any(c.lemma_.lower() in not_done or "Fut" in c.morph.get("Tense")
                                    for c in verb.children if c.dep_.startswith("aux")):
            return []
        state = verb.dep_ == "cop" or lemma in words.STATE_VERBS
        dated = any(self.times[i].type in ("DATE", "TIME")
                    for i in self.time_starts.starting_within(sent.start_char, sent.end_char - 1))
        if verb.i in self.trigger_token_set or self.quoted(verb.idx) or state and not dated:
            return []
        event = EventCandidate(None, (verb.idx, verb.idx + len(verb)), sent, token=verb,
                               rules={"type": LEAD_HAPPENING})
        event.set("modality", *self.modality(event))
        return [event] if event.modality == "asserted" else []  # "devrait afficher": what may be

    def one_per_listed_place(self, found: list[EventCandidate]) -> list[EventCandidate]:
        """Each protest whose place is one of a list of towns of its sentence ("à Paris, Lyon et Marseille",
        "à Grasse (Alpes-Maritimes), au Muret ou encore à Foix"), followed by the same protest in each other
        town of the list (more than ``merge_km`` from the others), in the order of the text; and in each
        town of a list that a sentence just after tells a protest in ("Des blocages ont été signalés à
        Grasse, au Muret ou encore à Foix")."""
        out, near = [], LISTED_NEAR in self.on
        for f in found:
            out.append(f)
            if f.type != "PROTEST" or f.place is None:
                continue
            towns = self.listed_with(f.place, f.sentence)
            if near:  # (the article's lists, once: with its first protest)
                towns += self.listed_near(f)
                near = False
            kept = [self.place_by_id[f.place]]
            for place_id in towns:
                p = self.place_by_id[place_id]
                if all(km_between(p.lat, p.lon, k.lat, k.lon) > self.w.merge_km for k in kept
                       if k.lat is not None and k.lon is not None):
                    kept.append(p)
                    out.append(replace(f, place=place_id, rules={**f.rules, "place": LISTED_PLACES},
                                       mentions=[f.trigger], told_again=set()))
        for i, f in enumerate(out):
            f.id = f"v{i + 1}"
        return out

    def listed_with(self, place_id: str, sentence: Span) -> list[str]:
        """The other towns of the list of places of ``sentence`` that names ``place_id``."""
        run = next((r for r in self.town_lists(sentence) if any(p.id == place_id for p, _ in r)), [])
        return [p.id for p, _ in run if p.id != place_id and self.precision(p.id) <= PRECISION["admin2"]
                and p.lat is not None and p.lon is not None]

    def listed_near(self, f: EventCandidate) -> list[str]:
        """The towns of the lists of the body's sentences that tell a protest of their own words ("Des
        blocages ... ont également été signalés ... à Grasse, au Muret ou encore Nantes", "des appels à
        manifester ont été lancés à Paris, mais aussi à Nice, Marseille, Lyon"), but the protest's own."""
        headline = self.headline()
        out = []
        for sent in self.sentences:
            if sent.start_char < headline or sent == f.sentence or not self.cues.peaceful.search(
                    span_text(sent).lower()):
                continue
            out += [p.id for run in self.town_lists(sent) for p, _ in run
                    if self.precision(p.id) <= PRECISION["admin2"] and p.lat is not None]
        return out

    def town_lists(self, sentence: Span) -> list[list[tuple[Place, int]]]:
        """The lists of places of ``sentence`` of two towns or more: mentions one after another with a comma,
        "et" or "ou" between them, and only "encore", "mais aussi", a preposition or a region in parentheses
        besides ("à Grasse (Alpes-Maritimes), au Muret"; not "de Liberty City à Miami"), one of them after a
        preposition of where things are ("par Séoul et Washington": states that act), none of them
        someone's origin."""
        mentions = [self.place_mentions[i] for i in self.place_starts.starting_within(
            sentence.start_char, sentence.end_char - 1)]
        mentions = sorted((m for m in mentions if not self.in_parentheses(m[1])), key=lambda m: m[1])
        gap = events_pattern(self.lang, "PLACE_LIST_GAP")
        runs, run, end = [], [], None
        for p, s, e in mentions:
            if run and not gap.fullmatch(self.text[end:s].lower()):
                runs.append(run)
                run = []
            run.append((p, s))
            end = e
        runs.append(run)
        where = self.words.WHERE_PREPOSITIONS
        return [r for r in runs if len([p for p, _ in r if self.precision(p.id) <= PRECISION["admin2"]]) >= 2
                and (self.after_preposition(r[0][1], where) or LISTED_NEAR in self.on and any(
                    self.after_preposition(s, where) for _, s in r[1:]))
                and not any(self.is_origin(s) for _, s in r)]

    def records(self) -> list[Event]:
        found = self.find() or self.lead_happening()
        if not found:
            return []
        headline = self.headline()
        for f in found:
            f.set("modality", *self.modality(f))
        # the headline announces what the body tells: its events of a kind the body has are the body's
        found = self.merged(found, headline)
        if FIGURATIVE in self.on:
            found = [f for f in found if f.type != "ASSAULT" or not self.lone_figure(f)] \
                or self.lead_happening()
            if not found:
                return []
        for f in found:
            rule = self.not_coded(f) if f.acled else None
            if rule is not None:
                f.set("acled", None, rule)
        primary = self.riot_over_arrests(found, self.primary(found, headline))
        self.killed_not_taken(found)
        rule = self.not_coded(primary) if primary.acled else None
        if rule is not None:  # the article's reading types no event ACLED would not code
            primary.set("acled", None, rule)
        self.crimes(found)
        if primary.rules.get("acled") == PRIVATE_VIOLENCE:  # the article tells a private crime
            for f in found:
                if self.unarmed_civilian_violence(f):
                    f.set("acled", None, PRIVATE_VIOLENCE)
        self.crime_arrests(found, primary)
        self.not_political(found)
        for i, f in enumerate(found):
            f.id = f"v{i + 1}"
            self.roles(f)
            if ARMED_TARGET in self.on and f.acled == "Attack" and self.armed_target(f):
                f.set("acled", "Armed clash", ARMED_TARGET)
            f.set("place", *self.place(f, f is primary))
            f.set("time", *self.time(f, f is primary))
        self.date_retold(found, primary)
        if LISTED_PLACES in self.on:
            found = self.one_per_listed_place(found)
        if SETTING_ONLY in self.on:
            for f in found:
                if self.setting_only(f):
                    f.rules["background"] = SETTING_ONLY
        primary = self.news_over_background(found, primary, headline)
        primary = self.follow_up_over_deed(found, primary, headline)
        out = []
        for f in found:
            is_primary = f is primary
            time_source = TIME_SOURCE.get(f.rules.get("time", ""))
            background = self.is_background(f, time_source) \
                or f.rules.get("background") in CONTEXT_RULES
            etype = EVENT_TYPE_OF.get(f.acled or "")
            if (etype in VIOLENT or f.type in ("ASSAULT", None)) and f.rules.get("place") != LISTED_PLACES:
                # (None: an accident's dead; a town of a list: the dead are the first town's event's)
                sentences = self.dead_sentences(f, is_primary, found)
                f.set("fatalities", *self.fatalities(sentences, self.other_happenings_words(f, found,
                                                                                            sentences)))
            f.quantities = [self.quantities[i].id for i in self.quantity_starts.starting_within(
                f.sentence.start_char, f.sentence.end_char - 1)]
            saying = self.contents.overlapping(f.trigger[0], f.trigger[0] + 1)
            f.statement = self.statements[saying[0]].id if saying else None
            out.append(Event(
                id=f.id, type=f.type,
                acled=self.acled_type(f, etype) if f.acled else None,
                trigger=TextSpan(list(f.trigger), self.text[f.trigger[0]:f.trigger[1]]),
                mentions=[TextSpan(list(m), self.text[m[0]:m[1]])
                          for m in [f.trigger] + sorted(set(f.mentions) - {f.trigger})],
                agent=f.agent, target=f.target, place=f.place, time=f.time,
                modality=f.modality, fatalities=f.fatalities, quantities=f.quantities,
                statement=f.statement, sentence=[f.sentence.start_char, f.sentence.end_char],
                time_source=time_source, background=background,
                primary=is_primary, rules=dict(f.rules),
            ))
        return out


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two points, in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlon = math.radians(lon2 - lon1)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(a)))


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
        date_by_day(doc, doc._.veille_events, self.weights)
        return doc


def night_end(times: list[Time], night: Time, window: int) -> Time | None:
    """The day a night ends on when the text names it just after the night ("dans la nuit du lundi 4 au
    mardi 5", "de samedi à dimanche 30 juin"): the next day, in words, within ``window`` characters."""
    match = DAY_PART.match(night.value or "")
    if not night.span or not match or not (night.value or "").endswith("NI"):
        return None
    after = date.fromisoformat(match.group(1)).toordinal() + 1
    for t in times:
        if t.span and night.span[1] <= t.span[0] <= night.span[1] + window and t.type == "DATE" \
                and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value or "") \
                and date.fromisoformat(t.value or "").toordinal() == after:
            return None if RULES.on(NIGHT_START) and not any(c.isdigit() for c in t.text or "") else t
    return None


def night_ended(times: list[Time], day: Time, window: int) -> Time | None:
    """The night a bare weekday ends ("dans la nuit de jeudi à vendredi": the night of Thursday, for
    "vendredi"): a night of the day before, told just before it."""
    if not day.span or day.type != "DATE" or not DAY.fullmatch(day.value or "") \
            or any(c.isdigit() for c in day.text or ""):
        return None
    before = date.fromordinal(date.fromisoformat(day.value).toordinal() - 1).isoformat()
    for t in times:
        if t.span and t.span[1] <= day.span[0] <= t.span[1] + window and t.value == f"{before}TNI":
            return t
    return None


def date_by_day(doc: Doc, events: list[Event], weights: EventWeights = EVENT_WEIGHTS) -> None:
    """Days that no words give: an event dated by a part of a day ("vendredi soir": 2020-09-04TEV) points
    to that day instead, anchored on the part of the day (an event's date is a day), and a night the text
    ends on a named next day to that day's words; an event dated by a lapse after it ("cinq jours après
    l'attaque") to the article's date less the lapse."""
    by_id = {t.id: t for t in doc._.veille_times or []}
    wanted: dict[str, tuple[str, str, str]] = {}  # the time an event points to -> (day, anchor, rule)
    days: dict[str, str] = {}
    if RULES.on(TIME_DAY):
        parts = {e.time for e in events if e.time in by_id and DAY_PART.match(by_id[e.time].value or "")}
        for part_id in parts:
            end = night_end(list(by_id.values()), by_id[part_id], weights.night_end_window)
            if end is not None:
                days[part_id] = end.id
            else:
                wanted[part_id] = (DAY_PART.match(by_id[part_id].value or "").group(1), part_id, TIME_DAY)
    if RULES.on(TIME_DAYS_LISTED):
        listed = days_listed(doc.lang_)
        for e in events:
            t = by_id.get(e.time)
            if t is not None and t.span and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value or "") \
                    and listed.search(doc_text(doc)[max(0, t.span[0] - weights.days_list_window):t.span[0]]):
                wanted[t.id] = (t.value[:7], t.id, TIME_DAYS_LISTED)
    published = Published.parse(doc._.veille_published).date if doc._.veille_published else None
    for e in events:
        lapse = lapse_before(by_id[e.time].value, published) if e.time in by_id and published else None
        if e.rules.get("time") == TIME_AFTER and lapse is not None:
            wanted[e.time] = (lapse, "published", TIME_AFTER)
    shifted: dict[int, tuple[str, str]] = {}  # an event of the day before or after its date: (day, anchor)
    for i, e in enumerate(events):
        t, shift = by_id.get(e.time), DAY_SHIFT_OF.get(e.rules.get("time", ""))
        if shift and t is not None and DAY.fullmatch(t.value or ""):
            day = date.fromordinal(date.fromisoformat(t.value).toordinal() + shift)
            shifted[i] = (day.isoformat(), t.id)
    if wanted or shifted:
        add_article_time(doc)  # the article's own date keeps the id its events point to
    for time_id in sorted(wanted, key=lambda i: by_id[i].span or [0]):
        value, anchor, rule = wanted[time_id]
        day = Time(id=f"t{len(doc._.veille_times) + 1}", span=None, text=None, type="DATE", value=value,
                   anchor=anchor)
        day.rules["value"] = rule
        doc._.veille_times = [*doc._.veille_times, day]
        days[time_id] = day.id
    for e in events:
        if e.time in days:
            e.time = days[e.time]
    made: dict[str, str] = {}  # a shifted day -> the id of its time
    for i, (value, anchor) in shifted.items():
        if value not in made:
            day = Time(id=f"t{len(doc._.veille_times) + 1}", span=None, text=None, type="DATE", value=value,
                       anchor=anchor)
            day.rules["value"] = events[i].rules["time"]
            doc._.veille_times = [*doc._.veille_times, day]
            made[value] = day.id
        events[i].time = made[value]


@cache
def days_listed(lang: str) -> re.Pattern:
    """Days numbered before a date, joined by a comma or a word of range ("4, 5 et ", "4 au ", "4 and ")."""
    joiners = "|".join(re.escape(w) for w in sorted({",", *language_pack(lang).events.RANGE_WORDS}, key=len,
                                                     reverse=True))
    return re.compile(rf"(?:\b\d{{1,2}}(?:er|st|nd|rd|th)?\s*(?:{joiners})\s*)+$", re.IGNORECASE)


def duration_days(value: str | None) -> int | None:
    """The days a TIMEX3 duration lasts, roughly ("P4Y": 1460, "P3M": 90, "PT48H": 2), else None."""
    match = re.fullmatch(r"P(?:T(\d+)H|(\d+)([YMWD]))", value or "")
    if match is None:
        return None
    if match.group(1):
        return int(match.group(1)) // 24
    return int(match.group(2)) * {"Y": 365, "M": 30, "W": 7, "D": 1}[match.group(3)]


def lapse_days(value: str | None) -> int | None:
    """The days of a lapse in days or weeks ("P5D": 5, "P2W": 14), else None."""
    match = re.fullmatch(r"P(\d+)([DW])", value or "")
    return int(match.group(1)) * (7 if match.group(2) == "W" else 1) if match else None


def is_lapse(value: str | None) -> bool:
    """Whether a duration is a lapse of whole days, weeks, months or years ("P5D", "P2M")."""
    return re.fullmatch(r"P\d+[DWMY]", value or "") is not None


def lapse_before(value: str | None, published: date | None) -> str | None:
    """The date a lapse before ``published`` points to: a day for a lapse in days or weeks ("P5D"), the
    month for one in months or years, which says no day ("P1M" from 2020-09-08: 2020-08); none for an
    article with no date."""
    if published is None:
        return None
    days = lapse_days(value)
    if days is not None:
        return date.fromordinal(published.toordinal() - days).isoformat()
    match = re.fullmatch(r"P(\d+)([MY])", value or "")
    if match is None:
        return None
    months = published.year * 12 + published.month - 1 - int(match.group(1)) * (12 if match.group(2) == "Y"
                                                                                  else 1)
    return f"{months // 12:04d}-{months % 12 + 1:02d}" if months >= 12 else None


@Language.factory("veille_events", assigns=["doc._.veille_events"],
                  requires=["doc._.veille_entities", "doc._.veille_places", "doc._.veille_times",
                            "doc._.veille_quantities", "doc._.veille_statements", "token.pos", "token.lemma",
                            "token.dep", "token.morph"])
def make_event_recognizer(nlp: Language, name: str) -> EventRecognizer:
    return EventRecognizer(nlp, name)
