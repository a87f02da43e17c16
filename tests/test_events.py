"""Events: ACLED and PLOVER typing, modality, fatalities, place and time, the primary event."""
from __future__ import annotations

import pytest

from veille.extractors.events import ACLED_TYPES, EVENT_TYPE_OF, PLOVER_OF
from veille.nlp.lang import language_pack

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

# (lang, text, PLOVER, ACLED sub-event type or None, modality, fatalities: None when the text counts none)
CASES = [
    ("fr", "Des hommes armés ont attaqué jeudi le village de Kouka, tuant trois civils.", "ASSAULT", "Attack",
     "asserted", 3),
    # an offensive is a campaign, no one happening ACLED codes (events.campaign_not_coded)
    ("fr", "Les forces irakiennes préparent une offensive sur Mossoul.", "ASSAULT", None, "planned", None),
    ("fr", "Les forces irakiennes ont lancé jeudi une offensive sur Mossoul, où des combats les opposent aux "
     "jihadistes.", "ASSAULT", "Armed clash", "asserted", None),
    # a denied event is no ACLED event (events.unasserted_not_coded)
    ("fr", "Le gouvernement a démenti que des frappes aériennes aient visé la ville.", "ASSAULT", None,
     "negated", None),
    ("fr", "Des milliers de manifestants ont défilé samedi à Paris contre la réforme.", "PROTEST",
     "Peaceful protest", "asserted", None),
    ("en", "On 3 May 2022, Russian forces shelled the town, killing one civilian and wounding four others.",
     "ASSAULT", "Shelling/artillery/missile attack", "asserted", 1),
    ("en", "Hundreds of protesters rallied in Paris on Saturday; police fired tear gas and arrested 12 "
     "people.", "PROTEST", "Protest with intervention", "asserted", None),
    ("en", "At least 12 people were killed when a roadside bomb exploded in Kabul.", "ASSAULT",
     "Remote explosive/landmine/IED", "asserted", 12),
    ("en", "Dozens of people were killed in an air strike on the market.", "ASSAULT", "Air/drone strike",
     "asserted", 12),
    ("en", "A bomb placed in a rubbish bin exploded near a bus station in Izmir on Thursday, wounding "
     "several people.", "ASSAULT", "Remote explosive/landmine/IED", "asserted", None),
    ("en", "An anti-government protester throws a Molotov cocktail at police during a demonstration in "
     "Hong Kong.", "PROTEST", "Violent demonstration", "asserted", None),
    ("en", "Militants attacked the headquarters of the peacekeeping force in Mogadishu, the army said.",
     "ASSAULT", "Armed clash", "asserted", None),
    ("en", "Police discovered a cache of rifles, grenades and ammunition in a farmhouse near the border on "
     "Monday.", "COERCE", "Disrupted weapons use", "asserted", None),
    ("en", "Soldiers were deployed on Tuesday to help residents trapped by heavy snowfall in the north of "
     "the country.", "MOBILIZE", None, "asserted", None),
    ("en", "Army troops drove the militants out of the village after two days of fighting, the ministry "
     "said.", "ASSAULT", "Government regains territory", "asserted", None),
    ("en", "On 2 June 2022, army troops set fire to houses in the village of Kyin Dway.", "ASSAULT",
     "Looting/property destruction", "asserted", None),
    ("en", "On 2 June 2022, settlers hurled stones at passing cars near the town.", "PROTEST", "Mob violence",
     "asserted", None),
    ("en", "On 7 June 2022, residents barricaded roads with burning tires over a lack of water.", "PROTEST",
     "Violent demonstration", "asserted", None),
    ("en", "On 9 May 2022, unidentified gunmen fired gunshots at fish traders near the river.", "ASSAULT",
     "Attack", "asserted", None),
]


@pytest.mark.parametrize("lang,text,plover,sub,modality,fatalities", CASES)
def test_events_typed_and_qualified(analyse_text, lang, text, plover, sub, modality, fatalities):
    article = analyse_text(text, lang, "2022-05-05")
    assert len([e for e in article.events if e.primary]) == 1
    e = next(e for e in article.events if e.type == plover)
    assert (e.acled.sub_event_type if e.acled else None) == sub
    if sub is not None:
        assert e.acled.event_type == EVENT_TYPE_OF[sub]
    assert e.modality == modality
    assert e.fatalities == fatalities
    s, t = e.trigger.span
    assert article.text[s:t] == e.trigger.text


def test_events_diplomacy_has_no_acled_type(analyse_text):
    a = analyse_text("Le président américain Donald Trump a violemment critiqué son homologue français.",
                     "fr", "2018-11-13")
    e = next(e for e in a.events if e.primary)
    assert e.type == "ACCUSE" and e.acled is None


def test_events_date_from_the_text_else_from_the_article(analyse_text):
    a = analyse_text("Hundreds of protesters rallied in Paris on Saturday.", "en", "2022-05-05")
    times = {t.id: t for t in a.times}
    e = next(e for e in a.events if e.primary)
    assert times[e.time].value == "2022-04-30"
    a = analyse_text("Hundreds of protesters rallied in Paris.", "en", "2022-05-05")
    times = {t.id: t for t in a.times}
    e = next(e for e in a.events if e.primary)
    dated = times[e.time]
    assert dated.value == "2022-05-05" and dated.span is None and dated.text is None


def test_an_event_named_by_its_next_day_or_eve_is_dated_the_day_before_or_after(analyse_text):
    text = "Les secouristes cherchaient mercredi des victimes, au lendemain de l'explosion du port."
    a = analyse_text(text, "fr", "2020-08-06")
    times = {t.id: t for t in a.times}
    e = next(e for e in a.events if "explosion" in e.trigger.text)
    assert times[e.time].value == "2020-08-04" and e.rules["time"] == "events.time_day_before"
    a = analyse_text("Le ministre a parlé jeudi, à la veille de la manifestation des agriculteurs.", "fr",
                     "2020-08-07")
    times = {t.id: t for t in a.times}
    e = next(e for e in a.events if e.type == "PROTEST")
    assert times[e.time].value == "2020-08-07"


def test_an_event_a_long_lapse_ago_is_background(analyse_text):
    text = "Soixante-quinze ans après les bombardements de la ville, les survivants témoignent."
    a = analyse_text(text, "fr", "2020-08-04")
    e = next(e for e in a.events if e.type == "ASSAULT")
    assert e.background and e.rules["time"] == "events.time_after"


def test_events_on_the_reference_article(example_article):
    places = {p.id: p for p in example_article.places}
    primary = [e for e in example_article.events if e.primary]
    assert len(primary) == 1
    assert primary[0].type == "MOBILIZE"
    assert places[primary[0].place].country == "IQ"
    types = {(e.type, e.acled.sub_event_type if e.acled else None) for e in example_article.events}
    assert ("ASSAULT", "Air/drone strike") in types
    assert ("ASSAULT", "Non-state actor overtakes territory") in types
    offensive = next(e for e in example_article.events if e.trigger.text == "offensive")
    assert offensive.modality == "planned"
    for e in example_article.events:
        assert e.type in PLOVER
        assert e.acled is None or e.acled.sub_event_type in ACLED_TYPES[e.acled.event_type]


def test_events_tables_name_acled_types_exactly():
    for lang in ("fr", "en"):
        for sub in language_pack(lang).events.ACLED_CUES:
            assert sub in EVENT_TYPE_OF, sub
            assert PLOVER_OF[sub] in PLOVER


@pytest.mark.parametrize("text, value", [
    # dates of something else: a relative clause, a noun, a bound, a time of day on the article's day
    ("Protesters gathered in Novosibirsk to oppose the war, which began on 24 February.", "2022-03-01"),
    ("Activists held a demonstration in Karachi, demanding justice for the victims of the killings of 2014.",
     "2022-03-01"),
    ("Truck drivers protested at the border crossing, which they had blockaded since Feb. 10.", "2022-03-01"),
    ("The military shelled two houses in Min Saw village at around 11 am, injuring a woman.", "2022-03-01"),
    # the event's own date
    ("On 26 February 2022, protesters gathered in Novosibirsk to oppose the war.", "2022-02-26"),
])
def test_events_are_dated_by_their_own_dates(analyse_text, text, value):
    article = analyse_text(text, "en", "2022-03-01")
    (event,) = [e for e in article.events if e.primary]
    time = next(t for t in article.times if t.id == event.time)
    assert time.value == value


@pytest.mark.parametrize("text, place", [
    # the place followed by its containers is the one coded, not a place of the same rank further on
    ("On 12 February 2022, about 200 people gathered in Dunedin (Otago) in solidarity with the "
     "demonstrators camped in Wellington.", "Dunedin"),
    # a place after "in" over one that only qualifies a noun ("Satun residents")
    ("On 23 March 2022, Satun residents staged a demonstration in front of the United Nations in Bangkok "
     "against a mining concession.", "Bangkok"),
    # the containers the sentence splitter cut off, over the country of the actor's coalition
    ("On 21 March 2022, anti-Houthi forces (coded as Saudi-led coalition) conducted 2 air raids on Hays "
     "(coded to district level) (Al Hudaydah). Casualties unknown.", "Al Hudaydah"),
])
def test_events_place_is_where_it_happened(analyse_text, text, place):
    a = analyse_text(text, "en", "2022-03-23")
    primary = next(e for e in a.events if e.primary)
    chosen = next(p for p in a.places if p.id == primary.place)
    assert a.text[chosen.mentions[0][0]:chosen.mentions[0][1]] == place


# -- rules: named, traced, switched off --------------------------------------------------------------

ATTACK = "Des hommes armés ont attaqué jeudi le village de Kouka, tuant trois civils."


OFFENSIVE = "Les forces irakiennes préparent une offensive sur Mossoul."


def primary_event(article):
    return next(e for e in article.events if e.primary)


def primary_day(article) -> tuple[str | None, str | None]:
    """The value of the primary event's date, and where it came from."""
    e = primary_event(article)
    return {t.id: t.value for t in article.times}.get(e.time), e.time_source


def offensive_of(article):
    return next(e for e in article.events if e.trigger.text == "offensive")


def test_events_trace_the_rules_that_produced_their_fields(analyse_text):
    e = primary_event(analyse_text(ATTACK, "fr", "2022-05-05"))
    assert e.rules["type"] == "events.trigger_verb"
    assert e.rules["acled"] == "events.article_reading"
    assert e.rules["fatalities"] == "events.killed_count"
    assert e.rules["time"] == "events.time_sentence"
    assert "modality" not in e.rules  # asserted: no rule made it otherwise
    offensive = offensive_of(analyse_text(OFFENSIVE, "fr", "2022-05-05"))
    assert offensive.rules["type"] == "events.trigger_noun"
    assert offensive.modality == "planned" and offensive.rules["modality"] == "events.planned"
    assert offensive.rules["time"] == "events.time_article"


@pytest.mark.parametrize("text", [
    "Le village comptait encore 300 habitants quand les soldats ont tué douze civils.",  # a relative
    "Il prévoyait de quitter la ville lorsque l'explosion a tué trois passants.",  # an adverbial clause
])
def test_a_verb_of_planning_plans_only_its_complement(analyse_text, rules_off, text):
    assert [e.modality for e in analyse_text(text, "fr", "2021-03-16").events] == ["asserted"]
    rules_off("events.plan_complement")
    assert [e.modality for e in analyse_text(text, "fr", "2021-03-16").events] == ["planned"]
    assert offensive_of(analyse_text(OFFENSIVE, "fr", "2022-05-05")).modality == "planned"


@pytest.mark.parametrize("text,modality", [
    ("Le maire a pris un arrêté.\n\nLes policiers vont quadriller les quartiers de la ville.", "planned"),
    ("Le gouvernement a annoncé lundi qu'il allait durcir le confinement à Leicester.", "planned"),
    ("Le suspect est allé attaquer un policier mardi à Lyon.", "asserted"),  # a motion, not a future
])
def test_an_infinitive_under_the_future_auxiliary_is_planned(analyse_text, rules_off, text, modality):
    assert [e.modality for e in analyse_text(text, "fr", "2021-03-16").events][-1] == modality
    rules_off("events.future_auxiliary_head")
    assert [e.modality for e in analyse_text(text, "fr", "2021-03-16").events][-1] == "asserted"


def test_the_conditional_of_the_press_reports_an_event_it_does_not_doubt(analyse_text, rules_off):
    text = "Un lycéen a tiré sur ses camarades. Une seconde personne aurait été interpellée mardi à Lyon."
    assert [e.modality for e in analyse_text(text, "fr", "2021-03-16").events if e.type == "COERCE"] == [
        "asserted"]
    # (a word of possibility on the subject is not the event's: "les éventuels témoins sont invités")
    text = "Les éventuels témoins sont invités à contacter le commissariat de Biarritz."
    assert [e.modality for e in analyse_text(text, "fr", "2021-03-16").events] == ["asserted"]
    text = "Un lycéen a tiré sur ses camarades. Une seconde personne aurait été interpellée mardi à Lyon."
    rules_off("events.reported_conditional")
    assert [e.modality for e in analyse_text(text, "fr", "2021-03-16").events if e.type == "COERCE"] == [
        "possible"]


def test_a_happening_before_which_a_past_deed_was_done_has_happened(analyse_text, rules_off):
    text = ("Les soldats chinois s'étaient entraînés avec des combattants peu de temps avant un affrontement "
            "meurtrier avec l'Inde.")
    assert [e.modality for e in analyse_text(text, "fr", "2021-03-16").events] == ["asserted"]
    # (told in the present, it is yet to come)
    text = "Les forces irakiennes se préparent avant l'assaut sur Mossoul."
    assert [e.modality for e in analyse_text(text, "fr", "2021-03-16").events] == ["planned"]
    rules_off("events.before_in_the_past")
    text = ("Les soldats chinois s'étaient entraînés avec des combattants peu de temps avant un affrontement "
            "meurtrier avec l'Inde.")
    assert [e.modality for e in analyse_text(text, "fr", "2021-03-16").events] == ["planned"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Quatorze membres des forces de sécurité ont été tués jeudi par des talibans dans la province de "
           "Farah."),
    ("en", "An IS sniper injured a Peshmerga fighter near Erbil."),
    # (their posts)
    ("fr", "Des jihadistes ont attaqué mardi un poste de l'armée près de Ménaka."),
    ("en", "IS militants attacked an Iraqi Federal Police position with small arms near Kirkuk on Monday."),
])
def test_an_attack_on_armed_men_is_an_armed_clash(analyse_text, rules_off, lang, text):
    def sub() -> str | None:
        e = next(e for e in analyse_text(text, lang, "2021-03-16").events if e.primary)
        return e.acled.sub_event_type if e.acled else None

    assert sub() == "Armed clash"
    # (civilians killed are violence against civilians)
    civilians = analyse_text("Trois membres d'une même famille ont été tués par des hommes armés à Kidal.",
                             "fr", "2021-03-16")
    assert [e.acled.sub_event_type for e in civilians.events if e.primary] == ["Attack"]
    rules_off("events.armed_target")
    assert sub() == "Attack"


def test_a_negation_in_a_quote_is_not_the_cues_after_it(analyse_text, rules_off):
    text = ("« Il n'était pas placé au quartier de prévention », dénonce au micro de BFMTV Gregory, "
            "surveillant.")
    assert [e.modality for e in analyse_text(text, "fr", "2021-03-16").events if e.type == "ACCUSE"] == [
        "asserted"]
    rules_off("events.quote_not_cues")
    assert [e.modality for e in analyse_text(text, "fr", "2021-03-16").events if e.type == "ACCUSE"] == [
        "negated"]


def test_an_event_with_no_trigger_word_is_triggered_by_its_cues(analyse_text):
    a = analyse_text("On 12 March 2022, an IED planted by the roadside went off near the market in Kabul.",
                     "en", "2022-03-12")
    e = primary_event(a)
    assert e.rules["type"] == "events.trigger_cue"
    assert e.acled.sub_event_type == "Remote explosive/landmine/IED"


def test_a_rule_switched_off_stops_producing_its_field(analyse_text, monkeypatch):
    analyse_text(ATTACK, "fr", "2022-05-05")  # the pipeline is built with every rule on
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.killed_count,events.time_sentence")
    e = primary_event(analyse_text(ATTACK, "fr", "2022-05-05"))
    assert e.fatalities is None and "fatalities" not in e.rules
    assert e.rules["time"] == "events.time_lead"
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.planned")
    offensive = offensive_of(analyse_text(OFFENSIVE, "fr", "2022-05-05"))
    assert offensive.modality == "asserted" and "modality" not in offensive.rules
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.acled_cues")
    e = primary_event(analyse_text(ATTACK, "fr", "2022-05-05"))
    assert e.type == "ASSAULT" and e.acled is None and "acled" not in e.rules


def test_the_trigger_matcher_holds_only_the_rules_that_are_on(monkeypatch):
    from veille.extractors.events import TRIGGER_NOUN, trigger_matcher
    from veille.extractors.pipeline import load_pipeline
    from veille.extractors.rules import RULES

    nlp = load_pipeline("en")
    doc = nlp("Rebels attacked the base before the offensive.")
    words = language_pack("en").events
    matched = {(doc[s].text, RULES.name_of(m)) for m, s, _ in trigger_matcher(nlp.vocab, words)(doc)}
    assert matched == {("attacked", "events.trigger_verb"), ("offensive", TRIGGER_NOUN)}
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.trigger_verb")
    matched = {(doc[s].text, RULES.name_of(m)) for m, s, _ in trigger_matcher(nlp.vocab, words)(doc)}
    assert matched == {("offensive", TRIGGER_NOUN)}


# -- the ACLED reading of a text, rule by rule -------------------------------------------------------

def acled_reading(text, lang="en", off=(), **weights):
    from veille.extractors.events import EVENT_RULES, EventWeights, event_cues, read_acled

    w = EventWeights(**weights)
    return read_acled(text, event_cues(lang), frozenset(EVENT_RULES) - set(off), w), w


PROTEST_ARRESTS = "Hundreds of people protested outside parliament; 12 of them were arrested."


def test_arrests_at_a_protest_are_an_intervention_in_it():
    reading, w = acled_reading(PROTEST_ARRESTS)
    assert reading.best(w) == "Protest with intervention"
    assert reading.rule_of["Protest with intervention"] == "events.arrests_at_protest"
    reading, w = acled_reading(PROTEST_ARRESTS, off={"events.arrests_at_protest"})
    assert "Arrests" in reading.scores and "Protest with intervention" not in reading.scores


def test_rules_that_read_cues_otherwise():
    # tear gas with no protest named is no intervention in a protest
    reading, _ = acled_reading("Police fired tear gas in the market.")
    assert "Protest with intervention" not in reading.scores
    reading, _ = acled_reading("Police fired tear gas in the market.", off={"events.force_needs_protest"})
    assert "Protest with intervention" in reading.scores
    # a gas explosion with no armed actor is an accident
    text = "A gas cylinder explosion killed two workers at a restaurant."
    reading, _ = acled_reading(text)
    assert "Remote explosive/landmine/IED" not in reading.scores
    assert "Remote explosive/landmine/IED" in acled_reading(text, off={"events.accident"})[0].scores
    # victims named with no violence done to them are no attack
    reading, _ = acled_reading("Journalists and civilians visited the town.")
    assert "Attack" not in reading.scores
    assert "Attack" in acled_reading("Journalists and civilians visited the town.",
                                     off={"events.attack_needs_violence"})[0].scores


def test_french_news_words_of_other_senses_are_no_acled_cues():
    # a shooting told in French words types an attack
    reading, w = acled_reading("Un homme a ouvert le feu dans une gare, tuant deux voyageurs.", "fr")
    assert reading.best(w) == "Attack"
    assert acled_reading("Une fusillade a éclaté devant le bar.", "fr")[0].best(w) == "Attack"
    # a deal between a firm and its unions is no agreement of a conflict; a ceasefire is
    deal = "La direction a signé un accord avec les syndicats."
    assert "Agreement" not in acled_reading(deal, "fr")[0].scores
    assert "Agreement" in acled_reading("Les deux camps ont conclu un cessez-le-feu.", "fr")[0].scores
    # a verb, a water bomber, a stamp and a parade are no mine, shelling, looting nor protest
    for text, sub in [("Le conflit qui mine le pays depuis des années.", "Remote explosive/landmine/IED"),
                      ("Trois bombardiers d'eau luttent contre les flammes.",
                       "Shelling/artillery/missile attack"),
                      ("Des fruits estampillés français.", "Looting/property destruction"),
                      ("Le défilé militaire du 14 juillet est annulé.", "Peaceful protest"),
                      ("Moins de soldats qu'au traditionnel défilé du 14 juillet.", "Peaceful protest")]:
        assert sub not in acled_reading(text, "fr")[0].scores, text
    mine = "Une mine a explosé sous le camion."
    assert "Remote explosive/landmine/IED" in acled_reading(mine, "fr")[0].scores


def test_a_deed_a_noun_governs_or_a_stop_is_no_event(analyse_text):
    a = analyse_text("Des appels à manifester circulent sur les réseaux sociaux.", "fr", "2020-08-06")
    assert not [e for e in a.events if e.type == "PROTEST"]
    a = analyse_text("Une collision l'a contraint à s'arrêter sur la chaussée.", "fr", "2020-08-06")
    assert not [e for e in a.events if e.type == "COERCE"]
    # the deed told through an aspect ("en train de") is one
    a = analyse_text("La direction était en train de négocier avec les syndicats.", "fr", "2020-08-06")
    assert [e for e in a.events if e.type == "CONSULT"]


@pytest.mark.parametrize("gathered_for", ["ses obsèques", "un moment de recueillement", "une veillée"])
def test_a_gathering_for_a_funeral_is_no_protest(gathered_for):
    funeral = f"Des centaines de proches se sont rassemblés jeudi à l'église pour {gathered_for}."
    assert "Peaceful protest" not in acled_reading(funeral, "fr")[0].scores
    assert "Peaceful protest" in acled_reading(funeral, "fr", off={"events.ceremony_not_protest"})[0].scores
    claim = "Des centaines de proches se sont rassemblés après ses obsèques pour réclamer justice."
    assert "Peaceful protest" in acled_reading(claim, "fr")[0].scores


def test_armed_men_who_burn_a_school_are_no_rioters():
    armed = "Des jihadistes ont incendié une école et tué deux enseignants."
    reading, w = acled_reading(armed, "fr")
    assert reading.best(w) == "Attack"
    reading, w = acled_reading(armed, "fr", off={"events.armed_not_rioters"})
    assert reading.best(w) == "Mob violence"
    reading, w = acled_reading("Des manifestants ont incendié un commissariat et blessé deux agents.", "fr")
    assert reading.best(w) in ACLED_TYPES["Riots"]


@pytest.mark.parametrize("text, sub", [
    ("Des manifestations violentes ont éclaté jeudi soir dans le centre de Lyon.", "Violent demonstration"),
    ("De violentes manifestations ont éclaté jeudi soir à Lyon pour dénoncer la réforme.",
     "Violent demonstration"),  # the adjective before its noun
    ("Un prêtre a été égorgé mardi dans son église par deux hommes.", "Attack"),
    ("Une femme a été étranglée lundi dans son appartement de Nantes.", "Attack"),
])
def test_the_plural_and_the_verbs_of_a_killing_are_cues(text, sub):
    reading, w = acled_reading(text, "fr")
    assert reading.best(w) == sub


def test_a_fighter_jet_that_flies_is_no_air_strike():
    flown = "La zone est survolée par des avions de chasse."
    struck = "Des avions de chasse ont bombardé le village."
    assert "Air/drone strike" not in acled_reading(flown, "fr")[0].scores
    assert "Air/drone strike" in acled_reading(struck, "fr")[0].scores


def test_a_group_change_needs_someone_armed_in_french_news():
    text = "Le déploiement de la fibre optique sera accéléré."
    assert "Change to group/activity" not in acled_reading(text, "fr")[0].scores
    assert "Change to group/activity" in acled_reading(
        text, "fr", off={"events.group_change_needs_armed", "events.movement_needs_war"})[0].scores
    assert "Change to group/activity" in acled_reading("Des soldats ont été déployés à la frontière.", "fr")[
        0].scores
    # ACLED's notes name the group itself
    assert "Change to group/activity" in acled_reading("The militia held a recruitment meeting.")[0].scores


def test_forces_moved_where_no_war_is_named_are_not_coded_in_french_news():
    police = "Des centaines de policiers ont été déployés mardi autour du stade."
    assert "Change to group/activity" not in acled_reading(police, "fr")[0].scores
    assert "Change to group/activity" in acled_reading(police, "fr", off={"events.movement_needs_war"})[
        0].scores
    assert "Change to group/activity" in acled_reading("Des soldats ont été déployés à la frontière.", "fr")[
        0].scores
    # ACLED's notes code police deployed
    assert "Change to group/activity" in acled_reading("Police were deployed around the stadium.")[0].scores


def test_the_weights_bound_the_acled_reading():
    reading, w = acled_reading("Hundreds of people protested outside parliament.")
    assert reading.best(w) == "Peaceful protest" and reading.scores["Peaceful protest"] == 3
    reading, w = acled_reading("Hundreds of people protested outside parliament.", acled_min_score=4)
    assert reading.best(w) is None


# -- actors the ACLED way, places that are places -----------------------------------------------------

GUNMEN = "Des hommes armés ont tué trois soldats lundi près de Niamey, au Niger."


def acled_actors_of(article):
    e = primary_event(article)
    return e.acled.actor1, e.acled.actor2, e.acled.inter1, e.acled.inter2


def test_events_actors_from_the_parse_never_a_place(analyse_text):
    a = analyse_text(GUNMEN, "fr", "2022-03-01")
    e = primary_event(a)
    names = {ent.id: ent.name for ent in a.entities}
    assert names.get(e.target) != "Niamey" and names.get(e.agent) != "Niamey"
    # the state's forces named with their period, as ACLED named them when the article appeared
    assert acled_actors_of(a) == ("Unidentified Armed Group (Niger)", "Military Forces of Niger (2021-)",
                                  3, 1)


def test_events_civilian_targets_and_nationalities(analyse_text):
    a = analyse_text("Un homme a attaqué au couteau des passants samedi à Lyon.", "fr", "2021-03-01")
    actor1, actor2, _, inter2 = acled_actors_of(a)
    assert (actor1, actor2, inter2) == ("Unidentified Armed Group (France)", "Civilians (France)", 7)
    a = analyse_text("Des jihadistes ont tué deux soldats français lundi dans le nord du Mali.", "fr",
                     "2021-03-01")
    assert acled_actors_of(a)[1] == "Military Forces of France (2017-)"


def test_events_protesters_are_actor1_and_the_police_actor2(analyse_text):
    a = analyse_text("Samedi à Lyon, la police a dispersé les manifestants avec du gaz lacrymogène.", "fr",
                     "2021-03-01")
    e = primary_event(a)
    assert e.acled.event_type == "Protests"
    assert (e.acled.actor1, e.acled.actor2) == ("Protesters (France)", "Police Forces of France (2017-)")
    a = analyse_text("On Monday, protesters marched through the streets of Lyon, France.", "en", "2021-03-01")
    assert acled_actors_of(a)[:1] == ("Protesters (France)",)


def test_events_place_is_not_an_origin(analyse_text):
    a = analyse_text("Un homme originaire de Tunisie a été interpellé lundi après une attaque.", "fr",
                     "2021-03-01")
    for e in a.events:
        place = next((p for p in a.places if p.id == e.place), None)
        assert place is None or place.country != "TN"


def test_events_actor_rules_switched_off(analyse_text, monkeypatch):
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.acled_actors")
    a = analyse_text(GUNMEN, "fr", "2021-03-01")
    assert acled_actors_of(a) == (None, None, None, None)


# -- events, not words; one event per happening (issue 18, items 1-2) ------------------------------------
FIGURES_OF_SPEECH = [
    ("fr", "La majorité veut s'attaquer à la loi sur le logement dès la rentrée."),
    ("fr", "La pandémie a infligé un coup d'arrêt brutal aux petits commerces de la ville."),
    ("fr", "Le maire a mené un combat contre le racisme pendant tout son mandat."),
    ("en", "The minister suffered a heart attack in London on Monday."),
    ("fr", "Des familles ont attaqué le ministère en justice mardi."),
    ("fr", "Le sénateur a violemment attaqué le gouvernement dans un tweet lundi."),
    ("fr", "La députée Anne Morel a attaqué Marc Petit lors du débat de lundi."),
    ("en", "The senator attacked the governor in a tweet on Monday."),
    ("fr", "Le ministre a promis de rendre coup pour coup à ses adversaires."),
    ("fr", "Il a évoqué les crises que le pays aura à affronter cet hiver."),
    ("fr", "Le vent a tourné d'un coup mardi soir au large de Brest."),
    ("fr", "Licencié en mai, le cuisinier a choisi de l'attaquer devant les prud'hommes."),  # the court hung
    # on the verb that governs the deed
]


@pytest.mark.parametrize("lang,text,withdrawal", [
    ("fr", "Les rescapés ont quitté la salle en pleurs.", False),
    ("fr", "Les troupes russes se sont retirées de la ville lundi.", True),
    ("fr", "La France a retiré ses soldats du Mali en 2022.", True),
    ("en", "The survivors left the room in tears.", False),
    ("en", "Russian troops withdrew from the town on Monday.", True),
])
def test_events_a_withdrawal_is_an_actors(analyse_text, lang, text, withdrawal):
    article = analyse_text(text, lang, "2022-05-05")
    assert bool([e for e in article.events if e.type == "RETREAT"]) is withdrawal


@pytest.mark.parametrize("text,meeting", [
    ("Le Canada a reçu des lettres de soutien de la Maison Blanche.", False),
    ("Le mouvement réunit plus de 10.000 manifestants à Bangkok.", False),
    ("Le président a reçu Angela Merkel jeudi à Paris.", True),
    ("Le ministre a rencontré son homologue allemand lundi.", True),
])
def test_events_a_meeting_is_with_someone(analyse_text, text, meeting):
    article = analyse_text(text, "fr", "2022-05-05")
    assert bool([e for e in article.events if e.type == "CONSULT"]) is meeting


def test_events_a_participle_that_names_a_noun_is_no_aid(analyse_text):
    named = analyse_text("Ils visent un réseau formé en vue de commettre des vols.", "fr", "2022-05-05")
    assert not [e for e in named.events if e.type == "AID"]
    done = analyse_text("L'association a formé trente médecins à Bamako en mars.", "fr", "2022-05-05")
    assert [e for e in done.events if e.type == "AID"]


def test_events_a_toll_in_a_gerund_is_the_deed_told_before(analyse_text):
    text = ("Des policiers ont été visés mercredi à Londres.\n\nUn homme a attaqué des passants mercredi à "
            "Londres. La police a bouclé le quartier dans la soirée. Les secours sont arrivés très vite sur "
            "place. Le suspect avait foncé avec sa voiture sur le trottoir, tuant deux personnes.")
    article = analyse_text(text, "fr", "2022-05-05")
    assaults = [e for e in article.events if e.type == "ASSAULT"]
    assert [[m.text for m in e.mentions] for e in assaults] == [["attaqué", "tuant"]]


def test_events_a_rule_in_force_is_no_deed(analyse_text):
    rule = analyse_text("Il est interdit de faire voler des drones la nuit au-dessus des villes.", "fr",
                        "2022-05-05")
    assert not [e for e in rule.events if e.type == "COERCE"]
    ban = analyse_text("La préfecture a interdit la manifestation samedi à Nantes.", "fr", "2022-05-05")
    assert [e for e in ban.events if e.type == "COERCE"]


def test_events_a_charge_named_by_its_noun_is_the_deed_told_before(analyse_text):
    text = ("Des policiers ont été attaqués lundi à Lyon.\n\nDes jeunes ont attaqué une patrouille lundi "
            "soir à Lyon. Les renforts sont arrivés vite. Le calme est revenu vers minuit. Une enquête a été "
            "ouverte des chefs de \"violences avec guet-apens\" et \"outrages\".")
    article = analyse_text(text, "fr", "2022-05-05")
    assaults = [e for e in article.events if e.type == "ASSAULT"]
    assert len(assaults) == 1 and "guet" in [m.text for m in assaults[0].mentions]


@pytest.mark.parametrize("text,request_", [
    ("Ces plats sont parmi les plus demandés de la ville.", False),
    ("Le patron se montre particulièrement exigeant avec ses cuisiniers.", False),
    ("Les syndicats ont demandé une hausse des salaires lundi.", True),
])
def test_events_a_graded_participle_is_a_quality(analyse_text, text, request_):
    article = analyse_text(text, "fr", "2022-05-05")
    assert bool([e for e in article.events if e.type == "REQUEST"]) is request_


def test_events_a_drone_flying_is_no_strike(analyse_text):
    flight = analyse_text("Un drone a survolé la centrale nucléaire lundi soir.", "fr", "2022-05-05")
    assert not [e for e in flight.events if e.acled or e.type == "ASSAULT"]
    strike = analyse_text("Un drone a frappé un convoi de l'armée lundi près de Gao.", "fr", "2022-05-05")
    assert [e.acled.sub_event_type for e in strike.events if e.acled] == ["Air/drone strike"]


@pytest.mark.parametrize("lang,text", FIGURES_OF_SPEECH)
def test_events_figures_of_speech_are_no_assault(analyse_text, lang, text):
    article = analyse_text(text, lang, "2022-05-05")
    assert not [e for e in article.events if e.type == "ASSAULT"]
    assert not [e for e in article.events if e.acled]


@pytest.mark.parametrize("text", [
    "Les symptômes ont continué à se manifester pendant dix jours chez le patient.",  # to show oneself
    "Ces nouvelles taxes grèvent lourdement le budget des ménages depuis janvier.",  # to burden
])
def test_events_showing_oneself_and_burdening_are_no_protest(analyse_text, text):
    assert not [e for e in analyse_text(text, "fr", "2022-05-05").events if e.type == "PROTEST"]


def test_events_a_leak_is_no_flight(analyse_text):
    leak = "Les mesures du budget ont fuité mardi dans la presse, a indiqué le ministère."
    flight = "Des milliers de civils ont fui mardi la ville assiégée."
    assert not [e for e in analyse_text(leak, "fr", "2022-05-05").events if e.trigger.text == "ont fui"]
    assert [e for e in analyse_text(flight, "fr", "2022-05-05").events if e.trigger.text == "ont fui"]


def test_events_light_verb_needs_its_complement(analyse_text):
    went = analyse_text("Le préfet s'est rendu sur place jeudi soir.", "fr", "2022-05-05")
    assert not [e for e in went.events if e.type == "SUPPORT"]
    tribute = analyse_text("Les élus ont rendu hommage jeudi aux deux pompiers.", "fr", "2022-05-05")
    assert [e for e in tribute.events if e.type == "SUPPORT"]


def test_events_denied_violence_is_negated_and_not_coded(analyse_text):
    article = analyse_text("Aucun policier n'a attaqué des manifestants samedi à Lyon, affirme le ministre.",
                           "fr", "2022-05-05")
    assaults = [e for e in article.events if e.type == "ASSAULT"]
    assert assaults and all(e.modality == "negated" and e.acled is None for e in assaults)


def test_events_mentions_of_one_attack_are_one_event(analyse_text):
    article = analyse_text("Des hommes armés ont attaqué jeudi le village de Kouka, dans le nord du Niger. "
                           "L'attaque a fait trois morts parmi les civils, selon un élu local.", "fr",
                           "2022-05-05")
    assaults = [e for e in article.events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert [m.text for m in assaults[0].mentions] == ["attaqué", "attaque"]
    assert assaults[0].mentions[0] == assaults[0].trigger
    for m in assaults[0].mentions:
        assert article.text[m.span[0]:m.span[1]] == m.text


def test_events_attacks_far_apart_stay_two(analyse_text):
    article = analyse_text("Des rebelles ont attaqué lundi une base militaire à Gao. Mardi, des hommes armés "
                           "ont attaqué un marché à Niamey.", "fr", "2022-05-05")
    assert len([e for e in article.events if e.type == "ASSAULT"]) == 2


def test_events_same_happening_switched_off_keeps_each_mention(analyse_text, monkeypatch):
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.same_happening")
    article = analyse_text("Des hommes armés ont attaqué jeudi le village de Kouka, dans le nord du Niger. "
                           "Les assaillants ont tué trois civils.", "fr", "2022-05-05")
    assert len([e for e in article.events if e.type == "ASSAULT"]) == 2


def test_events_headline_names_the_primary_event(analyse_text):
    text = ("Lyon : des centaines de personnes manifestent contre la fermeture de l'hôpital\n\n"
            "Le maire a salué jeudi l'engagement des soignants. Des centaines de personnes ont manifesté "
            "jeudi devant l'hôpital pour dénoncer sa fermeture.")
    primary = next(e for e in analyse_text(text, "fr", "2022-05-05").events if e.primary)
    assert primary.type == "PROTEST"
    assert len(primary.mentions) == 2


def test_events_accident_is_no_attack(analyse_text):
    text = ("Explosion dans une usine de Rouen\n\n"
            "Une explosion provoquée par une fuite de gaz a fait deux blessés mardi dans une usine de Rouen.")
    article = analyse_text(text, "fr", "2022-05-05")
    assert not [e for e in article.events if e.type == "ASSAULT" or e.acled]


def test_events_bombs_in_the_lead_tell_no_accident(analyse_text, rules_off):
    text = ("Somalie : trois passants blessés par des explosions à Mogadiscio\n\nDeux explosions ont secoué "
            "le centre de Mogadiscio mardi soir, blessant trois passants. Deux bombes artisanales ont "
            "explosé près du marché, a indiqué la police. L'incident n'a pas été revendiqué.")
    primary = next(e for e in analyse_text(text, "fr", "2020-05-11").events if e.primary)
    assert primary.type == "ASSAULT"
    rules_off("events.weapons_not_accident")
    assert next(e for e in analyse_text(text, "fr", "2020-05-11").events if e.primary).type is None


def test_events_a_bomb_ruled_out_beside_a_gas_leak_is_still_an_accident(analyse_text):
    text = ("Explosion dans un immeuble à Lyon : la piste d'une bombe écartée\n\nUne explosion a soufflé un "
            "immeuble de Lyon mardi. Une fuite de gaz serait à l'origine de l'accident, selon les pompiers.")
    assert next(e for e in analyse_text(text, "fr", "2020-05-11").events if e.primary).type is None


def test_events_an_event_told_before_under_a_negated_predicate_is_not_denied(analyse_text, rules_off):
    text = ("Un arbitre agressé lors d'un match à Nantes\n\nUn arbitre a été violemment agressé dimanche "
            "lors d'un match de rugby à Nantes par des supporters. Selon le président du club, la couleur de "
            "son maillot n'était pas en cause dans cette agression.")
    assert [e.modality for e in analyse_text(text, "fr", "2018-11-05").events] == ["asserted"]
    rules_off("events.presupposed")
    assert "negated" in [e.modality for e in analyse_text(text, "fr", "2018-11-05").events]


def test_events_violence_to_an_animal_is_not_coded(analyse_text):
    article = analyse_text("Un poney a été abattu d'une balle dans la tête lundi dans un pré près d'Albi.",
                           "fr", "2022-05-05")
    assaults = [e for e in article.events if e.type == "ASSAULT"]
    assert assaults and all(e.acled is None for e in assaults)


@pytest.mark.parametrize("text, lang", [
    ("Dans les zones rurales, les récoltes sont pillées par des bandes de singes.", "fr"),
    ("Des images montrant des centaines de macaques affamés en train de se bagarrer en pleine rue ont "
     "fait le tour des médias.", "fr"),
    ("Une mère et son fils ont été mis en examen samedi après que leur chien, un pitbull, a attaqué et "
     "grièvement blessé une septuagénaire jeudi.", "fr"),
    ("Un surfeur a été tué par un requin samedi au large de la Réunion.", "fr"),
    ("Une baleine a attaqué mardi un bateau de pêche au large de Tromsø, blessant un marin.", "fr"),
    ("A surfer was killed by a shark on Saturday off the coast of Sydney.", "en"),
])
def test_violence_done_by_animals_is_no_event(analyse_text, rules_off, text, lang):
    def violent(article):
        return [e for e in article.events if e.type in ("ASSAULT", "PROTEST")]

    assert not violent(analyse_text(text, lang, "2020-06-01"))
    rules_off("events.animal_agent")
    assert violent(analyse_text(text, lang, "2020-06-01"))  # the rule, not the lexicon, drops it


def test_violence_done_by_people_near_animals_stays(analyse_text):
    article = analyse_text("Le propriétaire du chien a été tué samedi par des hommes armés près de Niamey.",
                           "fr", "2020-06-01")
    assert [e for e in article.events if e.type == "ASSAULT" and e.acled]


@pytest.mark.parametrize("text", [
    "Cette motorisation permettra à la Mustang d'abattre le 0 à 96 km/h en 4,5 secondes.",
    "Le T-Roc R promet le 0 à 100 km/h abattu en 4,9 s tandis que la vitesse maximale est limitée.",
])
def test_violence_done_to_a_measure_is_a_figure(analyse_text, rules_off, text):
    assert not [e for e in analyse_text(text, "fr", "2020-06-01").events if e.type == "ASSAULT"]
    rules_off("events.figure_of_measure")
    assert [e for e in analyse_text(text, "fr", "2020-06-01").events if e.type == "ASSAULT"]


def test_events_people_named_are_no_protest(analyse_text):
    article = analyse_text("Selon la militante, ces menaces sont l'oeuvre d'autres manifestants.", "fr",
                           "2022-05-05")
    assert not [e for e in article.events if e.type == "PROTEST"]


# -- dates, background and deaths, the ACLED way ---------------------------------------------------------
def dated(article, event):
    return next(t for t in article.times if t.id == event.time)


@pytest.mark.parametrize("text, value", [
    # a weekday the parse hangs on a noun still dates its clause
    ("Trois jeunes ont été mis en examen samedi pour des violences et placés en détention.", "2021-03-13"),
    ("Une centaine de manifestants se sont rassemblés pendant une heure mardi devant la mairie.",
     "2021-03-09"),
])
def test_a_weekday_in_the_sentence_dates_the_event(analyse_text, text, value):
    article = analyse_text(text, "fr", "2021-03-14")
    e = next(e for e in article.events if e.primary)
    assert dated(article, e).value == value and e.time_source == "text"


def test_the_time_source_says_when_the_article_dated_the_event(analyse_text):
    article = analyse_text("Des manifestants ont défilé à Lyon contre la réforme.", "fr", "2021-03-14")
    e = next(e for e in article.events if e.primary)
    assert dated(article, e).value == "2021-03-14" and e.time_source == "published"
    assert not e.background


@pytest.mark.parametrize("text, background", [
    ("Il y a vingt ans, des soldats ont massacré les habitants du village de Kora.", True),
    ("En juin 2014, des rebelles ont attaqué la ville de Kora.", True),
    ("En janvier, des rebelles ont attaqué la ville de Kora.", False),
    ("Lundi, des rebelles ont attaqué la ville de Kora.", False),
    ("Après l'attaque du 4 décembre contre la ville de Kora, les rebelles se sont retirés.", True),
    ("Après l'attaque du 4 février contre la ville de Kora, les rebelles se sont retirés.", False),
])
def test_an_event_dated_well_before_the_article_is_background(analyse_text, text, background):
    article = analyse_text(text, "fr", "2021-03-14")
    e = next(e for e in article.events if e.type == "ASSAULT")
    assert e.background is background
    assert ("background" in e.rules) is background


@pytest.mark.parametrize("lang, text, dead", [
    # a toll since a date is no one event's; the figures of different sentences are never summed
    ("fr", "La guerre a fait plus de 50 000 morts depuis 2012. Lundi, une frappe aérienne a tué six civils "
     "à Kora.", 6),
    ("fr", "Des hommes armés ont attaqué le village lundi. Huit personnes ont été tuées. Deux mille "
     "habitants ont fui. Au total, le conflit a fait 3000 morts.", 8),
    # victims of a verb of killing, summed within their sentence
    ("en", "On 3 May 2022, gunmen attacked an army post, killing four soldiers and two civilians.", 6),
    # the toll as such over a count of the victims told before it
    ("en", "On 3 May 2022, gunmen shot and killed six people at a bar in the town. 7 fatalities.", 7),
    # the killers are not the dead; wounded is not killed
    ("en", "On 3 May 2022, two gunmen shot and killed a shopkeeper in the town.", 1),
    ("en", "On 3 May 2022, three students were shot and injured by police in the town.", None),
    # a single victim with no number; a vague plural by ACLED's codebook
    ("fr", "Lundi, un homme a tué son voisin à coups de couteau à Kora.", 1),
    ("fr", "Des dizaines de personnes ont été tuées dans une frappe aérienne sur le marché de Kora lundi.",
     10),
    # nobody counted: unknown, not zero
    ("fr", "Des rebelles ont attaqué lundi la ville de Kora.", None),
])
def test_fatalities_are_this_events_dead_only(analyse_text, lang, text, dead):
    article = analyse_text(text, lang, "2022-05-05")
    e = next(e for e in article.events if e.primary)
    assert e.fatalities == dead


def test_last_day_of_a_date_value():
    from datetime import date

    from veille.extractors.events import last_day
    assert last_day("2014-06") == date(2014, 6, 30)
    assert last_day("199") == date(1999, 12, 31)
    assert last_day("2014-Q1") == date(2014, 3, 31)
    assert last_day("2020-09-04TEV") == date(2020, 9, 4)
    assert last_day("P5D") is None and last_day(None) is None



def test_events_a_country_read_around_the_event_stands_for_the_town_named_in_it(analyse_text):
    a = analyse_text("Une attaque au couteau a fait quatre blessés samedi en Allemagne. Les enquêteurs "
                     "privilégient la piste terroriste. Le suspect, arrêté à Dortmund, était connu de la "
                     "police.", "fr", "2022-03-06")
    e = primary_event(a)
    place = next(p for p in a.places if p.id == e.place)
    assert (place.name, e.rules.get("place")) == ("Dortmund", "events.place_within_country")
    # a country the trigger's own phrase names stays the event's place ("déployés en Irak")
    a = analyse_text("Des soldats français seront déployés en Irak. Mossoul est aux mains des jihadistes.",
                     "fr", "2022-03-06")
    e = next(e for e in a.events if e.trigger.text == "déployés")
    assert next(p for p in a.places if p.id == e.place).country == "IQ"
    assert e.rules.get("place") != "events.place_within_country"


@pytest.mark.parametrize("text, value", [
    # a part of a day dates the event by its day: a time no words give, anchored on the part of the day
    ("Un gendarme a été blessé vendredi soir à Rodez lors d'un contrôle routier.", "2021-03-12"),
    ("Des rebelles ont attaqué samedi après-midi le village de Kora.", "2021-03-13"),
])
def test_an_event_dated_by_a_part_of_a_day_takes_the_day(analyse_text, text, value):
    article = analyse_text(text, "fr", "2021-03-14")
    e = next(e for e in article.events if e.primary)
    day = dated(article, e)
    assert (day.value, day.span, day.type, day.rules.get("value")) == (value, None, "DATE", "events.time_day")
    part = next(t for t in article.times if t.id == day.anchor)
    assert part.value.startswith(value + "T") and part.span is not None
    assert e.time_source == "text"
    # the article's own date, when another event points to it, keeps its id
    assert len({t.id for t in article.times}) == len(article.times)


def test_a_night_from_one_day_to_the_next_is_dated_by_the_second_day(analyse_text):
    article = analyse_text("Une femme a tué son voisin à Rodez dans la nuit du lundi 8 au mardi 9 mars.",
                           "fr", "2021-03-14")
    e = next(e for e in article.events if e.primary)
    day = dated(article, e)
    assert day.value == "2021-03-09" and day.span is not None


def test_a_date_in_a_source_phrase_is_the_reports(analyse_text, rules_off):
    text = ("Rodez : le maire met en garde son équipe\n\nPOLITIQUE. Le nouveau maire de Rodez a présenté "
            "sa nouvelle équipe. Il n'a pas attendu pour se mettre au travail.\n\nLe président de "
            "l'agglomération a tenu mardi soir 9 mars un premier bureau avec sa nouvelle équipe, selon "
            "l'édition du 14 mars du Journal du Centre. Une réunion durant laquelle le nouveau patron a "
            "appelé ses collaborateurs à la prudence.")
    article = analyse_text(text, "fr", "2021-03-14")
    e = next(e for e in article.events if e.type == "REQUEST")
    assert dated(article, e).value == "2021-03-09"
    rules_off("events.source_phrase_date")
    article = analyse_text(text, "fr", "2021-03-14")
    assert dated(article, next(e for e in article.events if e.type == "REQUEST")).value == "2021-03-14"


@pytest.mark.parametrize("text", [
    "Une femme a tué son voisin à Rodez dans la nuit de lundi à mardi.",
    "Dans la nuit de lundi à mardi, des inconnus ont incendié des voitures à Rodez.",
])
def test_a_night_between_two_bare_weekdays_is_dated_by_the_first(analyse_text, rules_off, text):
    article = analyse_text(text, "fr", "2021-03-12")
    e = next(e for e in article.events if e.primary)
    assert dated(article, e).value == "2021-03-08"
    rules_off("events.night_start")
    article = analyse_text(text, "fr", "2021-03-12")
    assert dated(article, next(e for e in article.events if e.primary)).value == "2021-03-09"


@pytest.mark.parametrize("lang, text, value", [
    # "alors" ("then") dates its sentence by the sentence before it, in the same paragraph
    ("fr", "Le maire de Rodez a parlé à la radio mardi 9 mars. Un gendarme avait alors été blessé par un "
     "inconnu.", "2021-03-09"),
    ("en", "The mayor spoke on the radio on Tuesday 9 March. A policeman had then been wounded by a gunman.",
     "2021-03-09"),
])
def test_then_dates_an_event_by_the_sentence_before(analyse_text, lang, text, value):
    article = analyse_text(text, lang, "2021-03-14")
    e = next(e for e in article.events if e.type == "ASSAULT")
    assert dated(article, e).value == value and e.rules.get("time") == "events.time_then"
    assert e.time_source == "context"
    # no "then": not this rule
    article = analyse_text(text.replace(" alors", "").replace(" then", ""), lang, "2021-03-14")
    e = next(e for e in article.events if e.type == "ASSAULT")
    assert e.rules.get("time") != "events.time_then"
    # a paragraph between: not the date of the sentence before
    article = analyse_text(text.replace(". ", ".\n\n", 1), lang, "2021-03-14")
    e = next(e for e in article.events if e.type == "ASSAULT")
    assert e.rules.get("time") != "events.time_then"


@pytest.mark.parametrize("lang, text, value", [
    # a lapse after the event dates it that long before the article
    ("fr", "Trois jours après l'attaque du commissariat de Rodez, le suspect reste introuvable.",
     "2021-03-11"),
    ("en", "Two weeks after the bombing of the market in Kora, the town is still in mourning.", "2021-02-28"),
    # a lapse in months or years says the month, not the day
    ("fr", "Un mois après l'attaque du commissariat de Rodez, le suspect reste introuvable.", "2021-02"),
    ("en", "Two years after the bombing of the market in Kora, the town is still in mourning.", "2019-03"),
])
def test_a_lapse_after_the_event_dates_it_before_the_article(analyse_text, lang, text, value):
    article = analyse_text(text, lang, "2021-03-14")
    e = next(e for e in article.events if e.type == "ASSAULT")
    day = dated(article, e)
    assert (day.value, day.span, day.anchor) == (value, None, "published")
    assert e.rules.get("time") == "events.time_after" and e.time_source == "text"


@pytest.mark.parametrize("lang, text, value", [
    # a happening told again after a word of sequence, dated by the clause it is told in ("lundi") or by
    # nothing: the date another of its mentions gives
    ("fr", "Après l'attaque de la mairie, le maire a démissionné lundi. Des hommes armés avaient attaqué la "
     "mairie de Gao, au Mali, le 2 mars.", "2021-03-02"),
    # the subject of a verb in the pluperfect, on the day of the article's report
    ("fr", "Le massacre avait choqué le pays : le groupe a revendiqué dimanche l'assassinat de huit "
     "personnes. Le 2 mars, des hommes armés avaient tué huit personnes à Gao, au Mali.", "2021-03-02"),
    ("en", "After the attack on the town hall, the mayor resigned on Monday. Gunmen had attacked the town "
     "hall of Gao, in Mali, on 2 March.", "2021-03-02"),
])
def test_a_happening_told_again_takes_the_date_it_was_told_with(analyse_text, lang, text, value):
    article = analyse_text(text, lang, "2021-03-14")
    e = next(e for e in article.events if e.type == "ASSAULT")
    assert dated(article, e).value == value and e.time_source == "context"


def test_a_happening_told_again_that_nothing_dates_is_background(analyse_text):
    text = ("Des milliers de manifestants ont défilé dimanche à Gao, au Mali, après l'assassinat de deux "
            "journalistes.")
    events = analyse_text(text, "fr", "2021-03-14").events
    attack = next(e for e in events if e.type == "ASSAULT")
    assert attack.background and attack.rules.get("background") == "events.retold_undated"
    assert not any(e.background for e in events if e.type == "PROTEST")


def test_an_undated_happening_among_dates_of_long_ago_is_background(analyse_text, rules_off):
    text = ("Une Française implore l'aide de Paris\n\nElle implore la France de la laisser rentrer. Après la "
            "mort de son mari, tué dans les combats, elle a été arrêtée et jugée en 2018 à Bagdad.")
    killing = next(e for e in analyse_text(text, "fr", "2019-04-13").events if e.trigger.text == "tué")
    assert killing.background and killing.rules.get("background") == "events.past_sentence"
    rules_off("events.past_sentence")
    killing = next(e for e in analyse_text(text, "fr", "2019-04-13").events if e.trigger.text == "tué")
    assert not killing.background


def test_the_main_clause_among_dates_of_long_ago_is_the_news(analyse_text):
    text = "La police a arrêté à Lyon un homme condamné en 2019 pour vol."
    arrest = next(e for e in analyse_text(text, "fr", "2021-03-10").events if e.trigger.text == "arrêté")
    assert not arrest.background


def test_a_happening_of_the_day_is_not_dated_by_an_older_one(analyse_text):
    # told in the passé composé, not as done before: its own day stays
    article = analyse_text("Des hommes armés ont attaqué dimanche la mairie de Gao, au Mali. Le 2 mars, des "
                           "hommes armés avaient attaqué la mairie.", "fr", "2021-03-14")
    e = next(e for e in article.events if e.type == "ASSAULT")
    assert dated(article, e).value == "2021-03-14"


@pytest.mark.parametrize("lang, text, dead", [
    # a verb that takes lives with a noun of life counts its victims (events.lives_taken)
    ("fr", "Lundi, des hommes armés ont attaqué le marché de Kora. L'attaque a coûté la vie à cinq civils.",
     5),
    ("en", "On 3 May 2022, gunmen attacked the market in Kora. The attack claimed the lives of four people.",
     4),
    ("en", "On 3 May 2022, a bomb exploded at the market in Kora, a blast that cost two soldiers their "
     "lives.", 2),
    # a number glued to the point of the sentence before it is still read
    ("fr", "Lundi, des hommes armés ont attaqué le marché de Kora, a annoncé l'armée.\"Trois civils ont été "
     "tués.", 3),
])
def test_fatalities_of_lives_taken_and_of_glued_sentences(analyse_text, lang, text, dead):
    article = analyse_text(text, lang, "2022-05-05")
    e = next(e for e in article.events if e.primary)
    assert e.fatalities == dead


@pytest.mark.parametrize("lang, text, place", [
    # an accident the lead tells is the article's main happening, of no type (events.untyped_happening)
    ("fr", "Explosion dans une usine de Rouen\n\nUne forte explosion s'est produite mardi dans une usine de "
     "Rouen, due à une fuite de gaz. Un ouvrier a été tué sur le coup.", "Rouen"),
    ("en", "Blast at a plant in Leeds\n\nA gas tank exploded on Tuesday at a chemical plant in Leeds, "
     "killing one worker.", "Leeds"),
])
def test_an_accident_is_an_untyped_primary_event(analyse_text, lang, text, place):
    article = analyse_text(text, lang, "2021-03-17")
    e = next(e for e in article.events if e.primary)
    assert e.type is None and e.acled is None and e.rules.get("type") == "events.untyped_happening"
    assert next(p.name for p in article.places if p.id == e.place) == place
    assert e.fatalities == 1 and e.background is False
    assert [x for x in article.events if x.type is None] == [e]  # its mentions are one event


def test_an_accident_that_sets_the_scene_is_not_the_primary_event(analyse_text):
    text = ("Explosion à Rouen : le geste des pompiers\n\nMardi, une explosion due à une fuite de gaz a "
            "détruit un immeuble de Rouen.\n\nLes pompiers ont manifesté jeudi devant la mairie de Rouen "
            "pour réclamer des moyens.")
    article = analyse_text(text, "fr", "2021-03-19")
    primary = next(e for e in article.events if e.primary)
    assert primary.type == "PROTEST"
    assert any(e.type is None for e in article.events)


def test_arrests_are_not_the_primary_event_of_a_riot(analyse_text, monkeypatch):
    text = ("Lyon : douze personnes interpellées après une nuit de violences\n\nDouze personnes ont été "
            "interpellées mardi soir à Lyon, où des émeutiers ont incendié des voitures et lancé des pierres "
            "sur les policiers.")
    primary = next(e for e in analyse_text(text, "fr", "2021-03-17").events if e.primary)
    assert primary.acled is not None and primary.acled.event_type == "Riots"
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.arrests_after_riot")
    primary = next(e for e in analyse_text(text, "fr", "2021-03-17").events if e.primary)
    assert primary.acled is not None and primary.acled.sub_event_type == "Arrests"


@pytest.mark.parametrize("lang, text", [
    # "manifestement" (obviously) tells no demonstration; riot police are no riot
    ("fr", "Un homme manifestement ivre a été interpellé lundi à Paris après avoir percuté une voiture."),
    ("fr", "Les forces anti-émeutes ont arrêté samedi des dizaines de personnes lors d'une marche à Minsk."),
    ("en", "On Saturday, anti-riot police arrested dozens of people at a march in Minsk."),
])
def test_words_that_only_look_like_protest_cues(analyse_text, lang, text):
    article = analyse_text(text, lang, "2021-03-17")
    assert not any(e.acled and e.acled.sub_event_type in ("Peaceful protest", "Violent demonstration")
                   for e in article.events)


@pytest.mark.parametrize("lang, text, dead", [
    # the toll of a war or a conflict is no one event's (events.war_toll)
    ("fr", "Lundi, une frappe aérienne a tué six civils à Kora. La guerre a fait plus de 50 000 "
     "victimes.", 6),
    ("fr", "Lundi, des soldats ont abattu un homme à Kora, dans un pays meurtri par un conflit qui a fait "
     "plus de deux millions de morts.", 1),
    ("fr", "Le président a rendu hommage lundi à Kora aux 27 millions de morts de la Seconde Guerre "
     "mondiale, devant des soldats armés.", None),
])
def test_fatalities_leave_out_the_toll_of_a_war(analyse_text, lang, text, dead):
    article = analyse_text(text, lang, "2022-05-05")
    assert all(e.fatalities is None or e.fatalities < 1000 for e in article.events)
    primary = next(e for e in article.events if e.primary)
    if primary.type == "ASSAULT":
        assert primary.fatalities == dead


@pytest.mark.parametrize("text, value, rule", [
    # a date on the verb that reports the event is the report's: the same word in the next sentence dates it
    ("Deux hommes ont été mis en examen à Lyon, a annoncé vendredi le procureur. Ils ont été mis en examen "
     "jeudi après leur interpellation.", "2021-03-11", "events.report_date_last"),
    # ... and a part of a day hung on a noun dates the event before the day it was learnt
    ("Un policier a été tué vendredi soir au cours d'une intervention à Lille, a-t-on appris samedi de "
     "sources concordantes.", "2021-03-12", "events.time_sentence"),
])
def test_the_report_date_is_taken_last(analyse_text, text, value, rule):
    article = analyse_text(text, "fr", "2021-03-13")
    e = article.events[0]  # (the charge, then the arrest it followed; the killing)
    assert (dated(article, e).value, e.rules.get("time")) == (value, rule)
    assert e.time_source in ("text", "context")


def test_a_weekday_fixes_the_year_of_a_day_and_month():
    from veille.process import extract
    article = extract("Les réponses du président sont attendues jeudi 25 avril.", lang="fr",
                      published="2019-04-20")
    assert [t.value for t in article.times if t.text == "jeudi 25 avril"] == ["2019-04-25"]


NATURAL_CAUSES = [
    # a disease kills no one in an attack (events.natural_cause); its toll is no event's
    ("fr", "Le nouveau virus a tué plus de 90.000 personnes à travers le monde depuis janvier."),
    ("fr", "Les hôpitaux luttent contre la grippe, qui a déjà tué 4.000 personnes dans le pays cet hiver."),
    ("fr", "Grippe: la région de Tarbes est la plus durement frappée avec 1.200 morts cet hiver."),
    ("fr", "Le Portugal, durement frappé par la canicule, compte 300 morts depuis juin."),
    ("en", "The virus has killed more than 90,000 people worldwide since January."),
    # a price, a number or demand that "explodes" rises (events.figure_of_rise)
    ("fr", "Avec la sécheresse, le prix des légumes a explosé à Lyon cet été."),
    ("fr", "Depuis le confinement, les ventes de farine ont explosé dans les supermarchés."),
    ("en", "Prices exploded in Lagos last month after the border was closed."),
]


@pytest.mark.parametrize("lang, text", NATURAL_CAUSES)
def test_a_disease_or_a_price_is_no_violence(analyse_text, lang, text):
    article = analyse_text(text, lang, "2022-05-05")
    assert not [e for e in article.events if e.type == "ASSAULT" or e.acled]
    assert all(e.fatalities is None for e in article.events)


def test_a_disease_does_not_hide_an_attack_in_the_same_article(analyse_text):
    text = ("Coronavirus: le pays compte 2.000 morts\n\nLe pays compte 2.000 morts de la maladie. Les "
            "écoles restent fermées. Les commerces rouvriront en juin. Lundi, des hommes armés ont tué trois "
            "soldats à Kora, près de la frontière.")
    article = analyse_text(text, "fr", "2022-05-05")
    primary = next(e for e in article.events if e.primary)
    assert primary.type == "ASSAULT" and primary.acled is not None and primary.fatalities == 3


def test_natural_cause_switched_off_types_the_virus_killing_again(analyse_text, monkeypatch):
    text = "La grippe a tué 300 personnes à Kora."
    assert not [e for e in analyse_text(text, "fr", "2022-05-05").events if e.type == "ASSAULT"]
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.natural_cause")
    assert [e for e in analyse_text(text, "fr", "2022-05-05").events if e.type == "ASSAULT"]


# (lang, text): a possessive event noun tells the happening told before it ("son arrestation"), one event
POSSESSIVE_MENTIONS = [
    ("fr", "La police a arrêté un homme mardi à Lyon. Le parquet a ouvert une enquête. Les voisins ont été "
     "entendus. Son arrestation a eu lieu devant la gare."),
    ("en", "Police arrested a man in Leeds on Tuesday. Prosecutors opened an inquiry. Neighbours were "
     "questioned. His arrest took place outside the station."),
]


@pytest.mark.parametrize("lang, text", POSSESSIVE_MENTIONS)
def test_a_possessive_event_noun_is_a_mention_of_the_happening(analyse_text, lang, text):
    arrests = [e for e in analyse_text(text, lang, "2022-05-05").events if e.type == "COERCE"]
    assert len(arrests) == 1 and len(arrests[0].mentions) == 2


def test_a_participle_that_restricts_a_noun_is_no_event_of_words(analyse_text):
    # "les policiers incriminés", "le prix réclamé": the words name the noun; set off by a comma, the
    # participle tells an accusation
    text = "Le maire a reçu les policiers incriminés et payé le prix réclamé par le vendeur."
    assert not [e for e in analyse_text(text, "fr", "2022-05-05").events if e.type in ("ACCUSE", "REQUEST")]
    text = "Le ministre, accusé d'avoir menti aux députés, a quitté Paris."
    assert [e for e in analyse_text(text, "fr", "2022-05-05").events if e.type == "ACCUSE"]


def test_the_body_restating_the_standfirst_tells_one_happening(analyse_text):
    # the standfirst sums up what the body then tells: its assault and the body's first are one, both placed
    text = ("Villeurbanne : deux agents blessés lors d'une fête\n\nDeux agents ont été roués de coups lors "
            "d'une fête qui a dégénéré dans le Rhône. Le maire a réuni son conseil.\n\nDeux agents ont été "
            "violemment agressés samedi soir à Villeurbanne lors d'une soirée privée. La salle avait été "
            "louée par une association. Les voisins avaient entendu de la musique toute la soirée.")
    assaults = [e for e in analyse_text(text, "fr", "2022-05-08").events if e.type == "ASSAULT"]
    assert len(assaults) == 1 and {m.text for m in assaults[0].mentions} >= {"coups", "agressés"}


@pytest.mark.parametrize("text", [
    "Les élus du Rassemblement national ont quitté la séance du conseil régional à Perpignan.",
    "Le Rassemblement national de la candidate n'a pas été convié au congrès de Lyon.",
])
def test_an_event_word_capitalized_within_a_sentence_is_a_name(analyse_text, text):
    # a party named after a gathering is no protest, told by a trigger word or by the ACLED cues
    assert not [e for e in analyse_text(text, "fr", "2022-05-05").events if e.type == "PROTEST"]


def test_in_a_story_of_animals_an_attack_on_no_one_named_takes_no_acled_type(analyse_text):
    text = ("Attaques de chevaux : une jument blessée dans le Jura\n\nUne jument a été retrouvée blessée "
            "dimanche dans un pré du Jura. En août, un haras de la Nièvre avait été touché par une attaque.")
    events = analyse_text(text, "fr", "2022-05-05").events
    assert [e for e in events if e.type == "ASSAULT"] and not [e for e in events if e.acled]
    # the same attack in a story of people keeps its type
    text = ("Agressions à Nevers : un commerçant blessé\n\nUn commerçant a été retrouvé blessé dimanche "
            "dans sa boutique de Nevers. En août, des hommes armés avaient attaqué le maire de la ville.")
    assert [e for e in analyse_text(text, "fr", "2022-05-05").events if e.acled]


def test_mentions_that_count_the_same_people_tell_one_happening(analyse_text):
    text = ("Le gouvernement a mobilisé 12.000 policiers samedi à Paris. La circulation était difficile. Les "
            "commerces avaient fermé. Les autorités avaient déployé ces 12.000 hommes autour des gares.")
    mobilized = [e for e in analyse_text(text, "fr", "2022-05-08").events if e.type == "MOBILIZE"]
    assert len(mobilized) == 1 and len(mobilized[0].mentions) == 2
    text = text.replace("ces 12.000 hommes", "300 gendarmes")
    assert len([e for e in analyse_text(text, "fr", "2022-05-08").events if e.type == "MOBILIZE"]) == 2


def test_an_event_noun_split_at_its_hyphens_is_a_trigger(analyse_text):
    text = "Un policier est tombé dans un guet-apens samedi soir près de Metz."
    events = analyse_text(text, "fr", "2022-05-08").events
    assert [e.trigger.text for e in events if e.type == "ASSAULT"] == ["guet"]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Deux hommes qui transportaient des couteaux, des mortiers et des grenades ont été arrêtés à "
     "Lyon."),
    ("en", "Two men carrying knives, mortars and grenades were arrested in Leeds on Tuesday."),
    # a weapon joined to the object, which the parse hangs on the verb
    ("fr", "Un homme a été interpellé mardi à Reims. Il ne portait \"aucune arme ou engin explosif\", "
     "a-t-on ajouté de même source."),
])
def test_a_weapon_carried_is_no_attack_with_it(analyse_text, lang, text):
    events = analyse_text(text, lang, "2022-05-05").events
    assert [e for e in events if e.type == "COERCE"] and not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Cette prime avait été annoncée par l'exécutif pour calmer la colère des salariés à Lyon.",
    "La benjamine de l'Assemblée a rappelé son soutien au maire de Béziers.",
])
def test_a_cue_inside_another_word_types_nothing(analyse_text, text):
    # "exécutif" is no execution, "benjamine" holds no mine
    assert not [e for e in analyse_text(text, "fr", "2022-05-05").events if e.acled]


def test_a_cue_word_in_a_name_gives_way_to_the_sentences_other_cue_words(analyse_text):
    text = ("On Monday the army's Mortar Company 12 fired mortars at the village near Kabul, wounding two "
            "farmers.")
    primary = next(e for e in analyse_text(text, "en", "2022-05-05").events if e.primary)
    assert primary.type == "ASSAULT" and primary.acled.sub_event_type == "Shelling/artillery/missile attack"
    assert primary.trigger.text == "mortars"


@pytest.mark.parametrize("lang, text, dead", [
    # the parts of a toll are not added to it (events.dead_parts)
    ("fr", "Neuf personnes, cinq Belges et quatre Maliens, ont été tuées lundi par des hommes armés "
           "à Kora.", 9),
    ("fr", "Des hommes armés ont tué lundi neuf personnes dont cinq Belges à Kora.", 9),
    ("en", "Gunmen killed nine people, including five Belgians, in Kora on Monday.", 9),
    # a noun of killing counts its dead (events.kill_noun)
    ("fr", "Un groupe armé a revendiqué lundi l'assassinat de sept villageois à Kora.", 7),
    # killed or wounded counts no dead (events.no_kill)
    ("fr", "Lundi, des rebelles ont tué ou blessé plus de 40 soldats lors d'une attaque à Kora.", None),
    ("en", "On Monday, rebels killed or wounded more than 40 soldiers in an attack on Kora.", None),
])
def test_fatalities_leave_out_parts_and_wounded(analyse_text, lang, text, dead):
    article = analyse_text(text, lang, "2022-05-05")
    assert next(e for e in article.events if e.primary).fatalities == dead


@pytest.mark.parametrize("lang, text, dead", [
    # the dead told past a phrase inserted after them (quantities.outcome_past_insert)
    ("fr", "Au moins 14 villageois, pour la plupart des éleveurs, ont été tués lundi lors d'une attaque de "
           "rebelles à Kora.", 14),
    ("fr", "Lundi à Kora, des rebelles ont attaqué un poste. Douze gardes, parmi lesquels un officier, sont "
           "morts.", 12),
    # a toll told by a pronoun of attacks in the plural is many events' (events.series_toll)
    ("fr", "Lundi, des rebelles ont tué trois soldats à Kora. Les attaques ont été menées par 40 hommes, "
           "elles ont fait 250 morts.", 3),
    ("fr", "La région de Kora connaît des attaques rebelles qui ont déjà fait des dizaines de morts.", None),
    # the killed counted with the wounded (events.casualties)
    ("fr", "Lundi à Kora, au moins 40 soldats ont été tués ou grièvement blessés par des rebelles.", None),
    ("en", "On Monday in Kora, 12 people were killed and injured when rebels attacked a post.", None),
    ("fr", "Lundi, une bombe a détruit le marché de Kora, faisant 19 morts et blessant plus de 60 personnes.",
     19),
    # the figure a toll changed from (events.changed_toll)
    ("fr", "Lundi à Kora, le bilan de l'attaque des rebelles est passé de trois morts à 20 morts.", 20),
    # a lapse on the toll's verb, however far from the figure (events.cumulative_clause); "une vingtaine" is
    # not one victim
    ("fr", "Au moins 85 rebelles, 31 soldats et 12 civils ont été tués depuis le début de l'année dans la "
           "région de Kora.", None),
    ("fr", "Une vingtaine de gardes ont été tués à Kora ces dernières années.", None),
    # a partitive count of the lives taken (quantities.partitive, events.lives_taken)
    ("fr", "Lundi à Kora, l'attaque des rebelles a coûté la vie à cinq de nos soldats et à trois civils.", 8),
    # "depuis" that tells whence is no cue of a lapse (events.cue_of_another_verb)
    ("fr", "Lundi, des obus tirés depuis la colline ont tué trois personnes à Kora.", 3),
    ("fr", "Les combats ont fait 300 morts depuis janvier dans la région de Kora.", None),
])
def test_fatalities_leave_out_series_casualties_and_lapses(analyse_text, lang, text, dead):
    article = analyse_text(text, lang, "2022-05-05")
    assert next(e for e in article.events if e.primary).fatalities == dead


@pytest.mark.parametrize("lang, text", [
    # a killing aimed at is no toll (events.no_kill)
    ("fr", "Des rebelles ont attaqué lundi un convoi près de Kora. L'embuscade était destinée à tuer des "
     "soldats, a déclaré un officier."),
    # a toll over a year is many events' (events.year_toll)
    ("fr", "Des rebelles ont attaqué lundi un convoi près de Kora. Les violences ont fait 3.000 morts dans "
     "la région l'an dernier."),
    ("en", "Rebels attacked a convoy near Kora on Monday. The violence killed 3,000 people in the region "
     "in 2021."),
])
def test_fatalities_leave_out_aims_and_tolls_of_a_year(analyse_text, lang, text):
    article = analyse_text(text, lang, "2022-05-05")
    assert all(e.fatalities is None for e in article.events)


def test_fatalities_leave_out_a_toll_dated_apart(analyse_text):
    # events.dead_dated_apart: the toll of other months is another happening's
    text = ("Des hommes armés ont attaqué dimanche le village de Kora. Entre janvier et février 2022, près "
            "de 90 soldats ont été tués dans une série d'attaques dans la région.")
    article = analyse_text(text, "fr", "2022-09-05")
    assert next(e for e in article.events if e.primary).fatalities is None


def test_fatalities_of_the_primary_come_from_the_lead(analyse_text):
    # events.dead_lead: a toll told far down the article is not the primary event's
    lead = "Des hommes armés ont attaqué dimanche un poste de police à Kora, selon les autorités. "
    filler = "Les habitants ont quitté le quartier dans la soirée. " * 8
    text = lead + filler + "La région compte 5.000 victimes du paludisme."
    article = analyse_text(text, "fr", "2022-09-05")
    assert next(e for e in article.events if e.primary).fatalities is None


def test_an_event_told_after_an_old_date_of_its_paragraph_is_background(analyse_text):
    # events.past_context: a retrospective's narrative present is dated by its paragraph's old date
    text = ("Retour sur une guerre oubliée\n\nLes rebelles prennent la ville de Kora le 12 mars 1978. Ils "
            "attaquent ensuite les villages voisins et massacrent des centaines de paysans.")
    article = analyse_text(text, "fr", "2022-09-05")
    old = [e for e in article.events if e.type == "ASSAULT"]
    assert old and all(e.background for e in old)


def test_opposer_without_a_refusal_only_contrasts(analyse_text):
    text = "Le président parle du nihilisme moderne, qu'il oppose au courage du gendarme tué à Trèbes."
    assert not [e for e in analyse_text(text, "fr", "2022-05-05").events if e.type == "REJECT"]
    text = "Le ministre a opposé un refus net aux syndicats réunis à Paris."
    assert [e for e in analyse_text(text, "fr", "2022-05-05").events if e.type == "REJECT"]


# -- dates of the happening, not of the article (issue 18, item 4) ---------------------------------------
LEAD_DATED_BEFORE = [
    ("fr", "Nuit de violences à Lyon\n\nLe quartier s'est embrasé dans la soirée du mercredi 6 mars. Des "
     "voitures ont été incendiées par des émeutiers.", "2019-03-08", "2019-03-06"),
    ("en", "Night of violence in Leeds\n\nThe estate erupted on the evening of Wednesday 6 March. Cars were "
     "set on fire by rioters.", "2019-03-08", "2019-03-06"),
]


@pytest.mark.parametrize("lang,text,published,day", LEAD_DATED_BEFORE)
def test_events_primary_takes_the_last_day_of_its_paragraph(analyse_text, monkeypatch, lang, text,
                                                            published, day):
    # events.time_paragraph: the sentence before it in the lead dates the primary event
    def primary_date() -> tuple[str | None, str | None]:
        return primary_day(analyse_text(text, lang, published))

    assert primary_date() == (day, "context")
    # (the body's lead would date it too)
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.time_paragraph,events.time_body_lead")
    assert primary_date() == (published, "published")


@pytest.mark.parametrize("before", ["Le nombre de blessés a doublé par rapport à la semaine précédente.",
                                    "Le maire tiendra une conférence de presse jeudi 14 mars."])
def test_events_paragraph_gives_no_week_nor_a_day_to_come(analyse_text, before):
    # events.time_paragraph: a week is a figure's, a day after the article's is another thing's
    text = f"Nuit de violences à Lyon\n\n{before} Des voitures ont été incendiées par des émeutiers."
    article = analyse_text(text, "fr", "2019-03-08")
    e = next(e for e in article.events if e.primary)
    assert e.time_source == "published"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Hommage aux pompiers\n\nDeux pompiers sont morts samedi dernier dans un incendie. Leurs "
     "collègues vont manifester devant la mairie de Lyon. Le cortège partira de la place Bellecour le 23 "
     "janvier prochain."),
    ("en", "Tribute to firefighters\n\nTwo men died last Saturday in a fire at Leeds. Their colleagues will "
     "march to the town hall of Leeds in their memory. They will leave the station on 23 January."),
])
def test_events_to_come_take_the_next_day_to_come_not_a_past_one(analyse_text, monkeypatch, lang, text):
    # events.time_to_come: a march to come is dated by the next sentence's day, never by last Saturday
    def march_day() -> str | None:
        article = analyse_text(text, lang, "2019-01-15")
        e = next(e for e in article.events if e.type == "PROTEST")
        return {t.id: t.value for t in article.times}.get(e.time)

    assert march_day() == "2019-01-23"
    # (with both off: "vont manifester" read as planned dates it as a plan is dated)
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.time_to_come,events.future_auxiliary_head")
    assert march_day() != "2019-01-23"


@pytest.mark.parametrize("lang,text", [
    ("fr", "En plus de quatre ans, les attentats dans le pays ont fait 256 morts."),
    ("fr", "L'enquête continue.En plus de quatre ans, les attentats dans le pays ont fait 256 morts."),
    ("en", "Over the past three years, attacks by militants have killed 2,000 people in the region."),
])
def test_fatalities_leave_out_a_toll_over_a_lapse(analyse_text, monkeypatch, lang, text):
    # events.lapse_toll: the dead of four years are many events'
    def dead() -> list[int | None]:
        return [e.fatalities for e in analyse_text(text, lang, "2020-06-05").events if e.type == "ASSAULT"]

    assert dead() == [None]
    # ("attacks" in the plural, undated, are many events too)
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.lapse_toll,events.plural_toll")
    assert dead() != [None]


def test_fatalities_of_a_few_days_still_count(analyse_text):
    text = "Des hommes armés ont tué 12 civils en trois jours dans la région de Kora."
    article = analyse_text(text, "fr", "2020-06-05")
    assert [e.fatalities for e in article.events if e.type == "ASSAULT"] == [12]


# -- what is an event: asked for, aimed at, stopped, habitual; reactions and violent arrests (issue 18) ----
def plover_types(analyse_text, text: str, lang: str) -> list[str | None]:
    return [e.type for e in analyse_text(text, lang, "2022-05-05").events]


@pytest.mark.parametrize("lang,text,kept,gone", [
    # events.asked_or_aimed: the deed a request asks for is the request's
    ("fr", "Le syndicat a appelé le gouvernement à interdire la vente du pesticide.", "REQUEST", "COERCE"),
    ("en", "The union urged the government to ban the sale of the pesticide.", "REQUEST", "COERCE"),
    # ... the aim of another event is that event's
    ("fr", "Des centaines d'habitants se sont rassemblés devant la mairie de Brest pour rendre hommage au "
     "maire.", "PROTEST", "SUPPORT"),
])
def test_a_deed_asked_for_or_aimed_at_is_no_event_of_its_own(analyse_text, monkeypatch, lang, text, kept,
                                                              gone):
    types = plover_types(analyse_text, text, lang)
    assert kept in types and gone not in types
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.asked_or_aimed")
    assert gone in plover_types(analyse_text, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les rebelles ont cessé d'attaquer les convois humanitaires."),
    ("fr", "Des primes ont été versées à des miliciens pour tuer des soldats."),
])
def test_violence_stopped_or_only_aimed_at_is_no_assault(analyse_text, monkeypatch, lang, text):
    assert "ASSAULT" not in plover_types(analyse_text, text, lang)
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.asked_or_aimed")
    assert "ASSAULT" in plover_types(analyse_text, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Trois policiers ont interpellé violemment un jeune homme samedi à Lille."),
    ("en", "Police officers violently arrested a young man in Leeds on Saturday."),
])
def test_an_arrest_made_violently_is_an_assault(analyse_text, monkeypatch, lang, text):
    assert plover_types(analyse_text, text, lang) == ["ASSAULT"]
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.violent_arrest")
    assert plover_types(analyse_text, text, lang) == ["COERCE"]


@pytest.mark.parametrize("lang, text, plover", [
    ("fr", "Le rassemblement des motards contre les radars suscite chaque année des débats entre les "
           "riverains.", "PROTEST"),
    # an adverb of frequency: a habit, no one happening
    ("fr", "La ville est encerclée par les rebelles, qui la bombardent fréquemment depuis les collines.",
     "ASSAULT"),
    ("en", "The town is surrounded by rebels who regularly shell it from the hills.", "ASSAULT"),
])
def test_an_event_told_as_a_habit_is_no_happening(analyse_text, monkeypatch, lang, text, plover):
    assert plover not in plover_types(analyse_text, text, lang)
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.habitual")
    assert plover in plover_types(analyse_text, text, lang)


@pytest.mark.parametrize("lang, text, plover", [
    # the adverb of frequency qualifies a word of the phrase, not the verb of the event
    ("fr", "Des rebelles ont attaqué lundi un village souvent visé par l'armée, près de Gao.", "ASSAULT"),
    ("en", "Protesters, often very young, blocked the main road to the port on Monday.", "PROTEST"),
])
def test_an_adverb_of_frequency_in_a_phrase_leaves_the_event(analyse_text, lang, text, plover):
    assert plover in plover_types(analyse_text, text, lang)


def test_a_killing_told_aside_in_a_protest_sentence_is_its_own_event(analyse_text):
    # a participle with its own agent tells what befell the noun it describes
    text = ("Des milliers de personnes ont manifesté samedi à Nantes après la mort de Paul Marchand, un "
            "jeune homme étranglé par un vigile.")
    assert {"PROTEST", "ASSAULT"} <= set(plover_types(analyse_text, text, "fr"))


@pytest.mark.parametrize("lang,text,plover", [
    ("fr", "La région se félicite de pouvoir livrer les masques dès lundi.", "SUPPORT"),
    ("fr", "L'avocat du gardien de la paix accusé d'avoir menti a pris la parole hier.", "ACCUSE"),
    ("fr", "Soudain, la colère l'envahit.", "ASSAULT"),
    ("fr", "Les soldats ont traversé la ville à coups de klaxon.", "ASSAULT"),
])
def test_words_of_events_that_tell_none_here(analyse_text, lang, text, plover):
    assert plover not in plover_types(analyse_text, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le maire a réagi avec fermeté sur son compte Twitter après les dégradations."),
    ("en", "The mayor reacted angrily on Twitter after the damage."),
])
def test_a_reaction_told_alone_is_a_reproach(analyse_text, lang, text):
    assert "ACCUSE" in plover_types(analyse_text, text, lang)


def test_fatalities_leave_out_what_an_epidemic_killed(analyse_text):
    # events.war_toll: "le coronavirus a tué", even parsed as the noun's clause, counts no one event's dead
    text = "Le point sur le virus\n\nLa pandémie provoquée par le coronavirus a tué plus de 162.000 " \
        "personnes."
    assert all(e.fatalities is None for e in analyse_text(text, "fr", "2020-08-10").events)


@pytest.mark.parametrize("text,plover", [
    ("Il se demande si la réforme passera avant l'été.", "REQUEST"),
    ("L'entretien du vieux pont coûte cher à la commune.", "CONSULT"),
])
def test_french_words_of_events_in_another_sense(analyse_text, text, plover):
    assert plover not in plover_types(analyse_text, text, "fr")


def test_police_who_quadrillent_a_district_are_deployed(analyse_text):
    text = "Les gendarmes ont quadrillé le quartier de la gare dès lundi."
    assert plover_types(analyse_text, text, "fr") == ["MOBILIZE"]


@pytest.mark.parametrize("text,plover,present", [
    ("Le directeur était soupçonné de fraude par les enquêteurs.", "ACCUSE", True),
    ("Le gouvernement a fini par accéder aux revendications des grévistes.", "CONCEDE", True),
    ("Il a accédé au pouvoir en 2010.", "CONCEDE", False),
])
def test_french_verbs_of_suspicion_and_concession(analyse_text, text, plover, present):
    assert (plover in plover_types(analyse_text, text, "fr")) is present


@pytest.mark.parametrize("lang,text,present", [
    ("fr", "Une enquête pour violences a été ouverte lundi par le parquet de Nantes.", True),
    ("fr", "Le parquet de Lyon a été saisi après la rixe.", True),
    ("fr", "La police a saisi des armes dans un garage de Lille.", False),
    ("en", "An investigation was opened by prosecutors in Ohio on Monday.", True),
    ("en", "Gunmen opened fire on a bus in Kano on Monday.", False),
])
def test_the_justice_taking_up_a_case_is_an_accusation(analyse_text, lang, text, present):
    assert ("ACCUSE" in plover_types(analyse_text, text, lang)) is present


def test_a_light_verb_of_another_type_still_tells_its_cue(analyse_text):
    # "opened fire": "open" needs an investigation only to be an accusation, not to tell the attack
    assert "ASSAULT" in plover_types(analyse_text, "Gunmen opened fire on a bus in Kano on Monday.", "en")


def test_the_mentions_of_one_inquiry_are_one_event(analyse_text):
    text = ("Un homme a poignardé deux passants samedi à Nantes. Le parquet antiterroriste a décidé de se "
            "saisir de l'enquête. Les voisins sont sous le choc. Le maire a exprimé sa tristesse. Une "
            "enquête a été ouverte pour assassinat.")
    accusations = [e for e in analyse_text(text, "fr", "2022-05-05").events if e.type == "ACCUSE"]
    assert len(accusations) == 1 and len(accusations[0].mentions) == 2


@pytest.mark.parametrize("text,present", [
    ("Le monument honore les soldats des armées britanniques et alliées tombés en 1944.", False),
    ("Le régime, allié de Moscou depuis dix ans, a perdu le contrôle du nord.", False),
    ("Les deux partis se sont alliés en mars pour les élections.", True),
])
def test_a_bond_told_by_a_bare_participle_is_no_cooperation(analyse_text, text, present):
    assert ("COOPERATE" in plover_types(analyse_text, text, "fr")) is present


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les policiers sont intervenus à Bron lors d'une opération visant à interpeller des suspects."),
    ("en", "Police launched an operation in Leeds aimed at arresting the suspects."),
])
def test_the_aim_of_an_operation_is_no_arrest(analyse_text, lang, text):
    assert "COERCE" not in plover_types(analyse_text, text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un homme a poignardé trois passants samedi à Nantes. Le suspect a pris la fuite. La police le "
           "recherche activement. Selon les pompiers, deux personnes sont blessées."),
    ("fr", "Un homme a poignardé un passant samedi à Nantes. Les voisins sont choqués. Le maire a exprimé sa "
           "tristesse. Le suspect a été placé en garde à vue pour meurtre."),
    ("en", "Gunmen attacked a market in Kano on Monday. The traders fled. Police arrived later. Hospital "
           "sources said four people were wounded."),
])
def test_victims_or_charge_told_again_are_the_attack_told_before(analyse_text, lang, text):
    assaults = [e for e in analyse_text(text, lang, "2022-05-05").events if e.type == "ASSAULT"]
    assert len(assaults) == 1 and len(assaults[0].mentions) == 2


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des rebelles ont attaqué un village lundi. Les habitants ont fui vers la ville. L'armée est "
           "arrivée sur place. Des soldats ont ensuite tué deux civils."),
    ("en", "Gunmen attacked a market in Kano on Monday. The traders fled. Police arrived later. Soldiers "
           "then killed two civilians."),
])
def test_a_later_killing_with_its_own_agent_is_another_event(analyse_text, lang, text):
    assert plover_types(analyse_text, text, lang).count("ASSAULT") == 2


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont attaqué le village de Kouka lundi. Les habitants ne se sont jamais remis de "
           "cette attaque."),
    ("en", "Gunmen attacked the village of Kouka on Monday. The governor did not comment on the attack."),
])
def test_an_event_told_before_is_not_negated_by_the_verb_above_it(analyse_text, lang, text):
    assaults = [e for e in analyse_text(text, lang, "2022-05-05").events if e.type == "ASSAULT"]
    assert all(e.modality == "asserted" for e in assaults)
    assert len(assaults) == 1 and len(assaults[0].mentions) == 2


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des milliers de manifestants ont défilé samedi à Nantes contre la réforme. Le cortège a rejoint "
           "la préfecture. Des heurts ont éclaté en fin de journée. Plusieurs vitrines ont été vandalisées."),
    ("en", "Thousands of protesters marched in Nantes on Saturday against the reform. The march reached the "
           "town hall. Clashes broke out in the evening. Several shops were looted."),
])
def test_damage_told_after_a_protest_is_its_rioting(analyse_text, lang, text):
    events = analyse_text(text, lang, "2022-05-05").events
    assert [e.type for e in events] == ["PROTEST"] and len(events[0].mentions) == 3


def test_a_thing_told_as_damaged_after_an_attack_is_the_attack_told_again(analyse_text):
    text = ("Cinq personnes ont été tuées lundi par des hommes armés près de Gao, au Mali. Un témoin a "
            "décrit les corps étendus près d'un camion à moitié incendié.")
    events = analyse_text(text, "fr", "2022-05-05").events
    assert [e.type for e in events] == ["ASSAULT"] and [m.text for m in events[0].mentions] == ["tuées",
                                                                                                 "incendié"]
    assert events[0].fatalities == 5
    # with no deed of violence before it, the burning stays an event of its own
    events = analyse_text(text.split(". ")[1], "fr", "2022-05-05").events
    assert [m.text for e in events for m in e.mentions] == ["incendié"]


def test_damage_told_alone_is_still_an_assault(analyse_text):
    text = "Un entrepôt a été pillé lundi à Goma. La police a ouvert une enquête."
    assert "ASSAULT" in plover_types(analyse_text, text, "fr")


@pytest.mark.parametrize("lang,text,present", [
    ("fr", "Un homme a fauché volontairement trois piétons avec sa voiture à Nice.", True),
    ("fr", "Le policier percuté volontairement par un fourgon à Bron est décédé.", True),
    ("fr", "Un cycliste a été percuté par une voiture à Lyon.", False),
    ("en", "A man rammed his car into a crowd in Nice on Sunday.", True),
])
def test_a_vehicle_driven_into_people_on_purpose_is_an_assault(analyse_text, lang, text, present):
    assert ("ASSAULT" in plover_types(analyse_text, text, lang)) is present


@pytest.mark.parametrize("lang,text,present", [
    ("fr", "L'assaillant a été maîtrisé par la police samedi soir à Lyon.", True),
    ("en", "The assailant was shot by police in Leeds on Saturday night.", True),
    ("fr", "L'attaquant du PSG a marqué deux buts samedi soir à Lyon.", False),
    ("fr", "L'attaquant a été maîtrisé par les policiers samedi soir à Lyon.", True),
])
def test_an_attacker_noun_is_the_trace_of_an_attack_not_a_player(analyse_text, lang, text, present):
    assert ("ASSAULT" in plover_types(analyse_text, text, lang)) is present


@pytest.mark.parametrize("lang,text,present", [
    ("fr", "La production des mines de cuivre a fortement augmenté au Chili cette année.", False),
    ("fr", "Le président a fait mine de ne rien entendre lors de la conférence de lundi.", False),
    ("fr", "Deux soldats ont été tués par l'explosion d'une mine lundi près de Gao.", True),
    ("en", "Two soldiers were killed when their vehicle hit a mine near Gao on Monday.", True),
])
def test_a_mine_that_is_dug_or_a_face_is_no_explosive(analyse_text, lang, text, present):
    assert ("ASSAULT" in plover_types(analyse_text, text, lang)) is present


def test_events_primary_dated_by_victims_told_again(analyse_text, monkeypatch):
    # events.time_retold: the victims told apart, with their day, date the attack nothing else dates
    text = ("Attentat à Lyon : un groupe revendique l'attaque\n\nMoins d'un jour après l'attaque, un groupe "
            "armé a revendiqué l'attentat dans la ville. C'est la première attaque revendiquée par ce "
            "groupe en France.\n\nTrois personnes ont été tuées mercredi à Lyon, et dix blessées.")

    def primary_date() -> tuple[str | None, str | None]:
        return primary_day(analyse_text(text, "fr", "2017-03-23"))

    assert primary_date() == ("2017-03-22", "context")
    # ... the happening told again after "après" takes the same day (events.time_retold_happening)
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.time_retold_happening")
    assert primary_date() == ("2017-03-22", "context")
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.time_retold,events.time_retold_happening,"
                       "events.time_body_recent")
    assert primary_date() == ("2017-03-23", "published")


def test_events_headline_primary_dated_by_the_body_lead(analyse_text, monkeypatch):
    # events.time_body_lead: the headline's event takes the first day of the body's first sentences
    text = ("Un avocat lyonnais soupçonné de fraude\n\nIl est soupçonné d'avoir détourné des fonds vers "
            "l'étranger.\n\nUn avocat lyonnais a été placé en garde à vue mardi 15 janvier, a-t-on appris.")

    def primary_date() -> tuple[str | None, str | None]:
        return primary_day(analyse_text(text, "fr", "2019-01-16"))

    assert primary_date() == ("2019-01-15", "context")
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.time_body_lead")
    assert primary_date() == ("2019-01-16", "published")


def test_events_headline_primary_dated_by_a_recent_day_further_on(analyse_text, rules_off):
    # events.time_body_recent: no day in the body's first two sentences; a recent one in the fourth
    lead = ("Un avocat lyonnais soupçonné de fraude\n\nIl est soupçonné d'avoir détourné des fonds vers "
            "l'étranger. Ses clients sont inquiets. ")
    recent = lead + "Le cabinet a fermé ses portes. L'avocat a été placé en garde à vue mardi 15 janvier."
    old = lead + "Le cabinet a fermé ses portes. L'avocat avait été placé en garde à vue le 15 octobre."

    def primary_date(text: str) -> tuple[str | None, str | None]:
        return primary_day(analyse_text(text, "fr", "2019-01-18"))

    assert primary_date(recent) == ("2019-01-15", "context")
    assert primary_date(old) == ("2019-01-18", "published")  # months before: the background
    past_old = lead + ("Le cabinet avait ouvert le 15 octobre. L'avocat a été placé en garde à vue mardi 15 "
                       "janvier.")
    assert primary_date(past_old) == ("2019-01-15", "context")  # (past a day of the background)
    rules_off("events.time_body_recent")
    assert primary_date(recent) == ("2019-01-18", "published")


def test_events_a_witness_s_quoted_sentences_are_not_the_body_s_lead(analyse_text, rules_off):
    # events.body_outside_quotes: the six sentences of the passenger's account do not push the day the
    # writer gives past the body's first sentences
    text = ("Etats-Unis : l'explosion d'un moteur en plein vol tue une passagère\n\nSur CNN, un passager "
            "témoigne\n\n« Tout allait bien depuis le décollage. Puis il y a eu un bruit sourd. Les masques "
            "sont tombés. Une vitre a explosé. Tout le monde criait autour de moi. Nous pensions tous "
            "mourir. » Selon la compagnie, une passagère a été aspirée vers l'extérieur de l'appareil. Elle "
            "a été transportée à l'hôpital. Elle est décédée peu après. L'avion s'est posé en urgence à "
            "l'aéroport de Columbus mardi, selon les autorités.")

    def primary_date() -> tuple[str | None, str | None]:
        return primary_day(analyse_text(text, "fr", "2018-04-19"))

    assert primary_date() == ("2018-04-17", "context")
    rules_off("events.body_outside_quotes")
    assert primary_date() == ("2018-04-19", "published")


def test_events_accident_stays_primary_in_a_text_run_together(analyse_text, monkeypatch):
    # events.sentence_lead: paragraphs run together, a late event of a type does not outweigh the crash
    text = ("Belgique : 12 morts dans le crash d'un avion\n\nDouze personnes ont été tuées dans le crash "
            "d'un avion vendredi près de Liège.\n\nUn journaliste a vu l'appareil en flammes. Les pompiers "
            "arrosent ses débris. Les secours sont sur place.L'enquête débute.Le ministre a dénoncé l'état "
            "de la flotte.")

    def primary() -> tuple[str | None, str | None]:
        e = next(e for e in analyse_text(text, "fr", "2020-09-26").events if e.primary)
        return e.type, e.trigger.text

    assert primary() == (None, "tuées")
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.sentence_lead")
    assert primary() == ("ACCUSE", "dénoncé")


def test_events_accident_dead_counted_in_the_headline(analyse_text, monkeypatch):
    # events.accident_dead_lead: the headline's toll is the primary accident's when its sentence has none
    text = ("Belgique : 12 morts dans le crash d'un avion\n\nDes passagers, pour la plupart des étudiants "
            "d'une école de pilotage, ont été tués dans le crash d'un avion vendredi près de Liège.")

    def primary_dead() -> int | None:
        return next(e for e in analyse_text(text, "fr", "2020-09-26").events if e.primary).fatalities

    assert primary_dead() == 12
    # (the headline's accident, primary by events.accident_headline, counts the toll its own sentence gives)
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.accident_dead_lead,events.accident_headline")
    assert primary_dead() is None


# an army's strikes named with no weapon are from the air; a crisis that "frappe" a country is no strike
@pytest.mark.parametrize("text, sub", [
    ("L'armée a mené mardi des frappes contre des positions rebelles près de Idleb.", "Air/drone strike"),
    ("Des rebelles ont tué trois civils près de Idleb, dans une région que la crise frappe durement.",
     "Attack"),
])
def test_strikes_with_no_weapon_named_are_air_strikes(analyse_text, text, sub):
    article = analyse_text(text, "fr", "2021-03-17")
    primary = next(e for e in article.events if e.primary)
    assert primary.acled is not None and primary.acled.sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Une ville ravagée par une crue\n\nAu moins 40 personnes ont été tuées et des dizaines blessées mardi "
    "dans la province de Parwan, où une crue a emporté des centaines de maisons.",
    "Intempéries dans le Var\n\nDeux personnes ont été tuées et une autre blessée lundi par des pluies "
    "torrentielles dans le Var.",
])
def test_the_dead_of_a_natural_hazard_are_no_attack(analyse_text, text):
    article = analyse_text(text, "fr", "2020-08-26")
    assert not [e for e in article.events if e.type == "ASSAULT" or e.acled]


def test_talks_are_a_consultation(analyse_text):
    text = ("Pourparlers de paix au Qatar\n\nLe gouvernement et les rebelles poursuivent dimanche à Doha "
            "leurs pourparlers de paix. Le conflit a tué des dizaines de milliers de personnes depuis 2001.")
    article = analyse_text(text, "fr", "2020-09-13")
    primary = next(e for e in article.events if e.primary)
    assert primary.type == "CONSULT" and primary.acled is None


def test_a_wildfire_is_no_riot(analyse_text, rules_off):
    text = ("Plus de 9.000 km2 incendiés en Oregon, un record depuis 1990\n\nLe feu a ravagé cette année "
            "plus de 9.000 km2 en Oregon, soit près de 90 fois la superficie de Lyon, ont annoncé lundi les "
            "pompiers qui luttent toujours contre de nombreux incendies, notamment dans le nord où l'ampleur "
            "du sinistre rend difficiles les évacuations.")
    assert not [e for e in analyse_text(text, "fr", "2020-09-09").events if e.acled or e.type == "PROTEST"]
    rules_off("events.accident_not_riot")
    assert [e for e in analyse_text(text, "fr", "2020-09-09").events if e.type == "PROTEST"]


def test_a_lapse_after_a_headline_dates_the_attack_the_enquiry_is_about(analyse_text):
    text = ("L'enquête sur l'attentat de la rue Pavée relancée, 38 ans après\n\nPrès de quatre décennies "
            "après l'attentat de la rue Pavée, l'enquête judiciaire a été relancée cette semaine avec "
            "l'arrestation d'un suspect en Norvège.")
    article = analyse_text(text, "fr", "2020-09-11")
    attack = next(e for e in article.events if e.type == "ASSAULT")
    assert attack.background and not attack.primary


def test_a_union_or_a_continent_named_as_a_body_is_no_event_s_place(analyse_text, rules_off):
    text = ("Le chef de la junte malienne a enjoint mardi la Communauté des Etats d'Afrique de l'Ouest de "
            "lever ses sanctions.")
    article = analyse_text(text, "fr", "2020-09-22")
    event = next(e for e in article.events if e.type == "REQUEST")
    assert next((p.name for p in article.places if p.id == event.place), None) != "Africa"
    rules_off("events.wide_place_where")
    article = analyse_text(text, "fr", "2020-09-22")
    event = next(e for e in article.events if e.type == "REQUEST")
    assert next(p.name for p in article.places if p.id == event.place) == "Africa"


def test_an_accident_one_mention_names_makes_the_deed_no_violence(analyse_text, rules_off):
    text = ("Un soldat tué, trois disparus lors d'un accident au large de la Bretagne\n\nUn soldat "
            "français a été tué et trois autres étaient toujours portés disparus vendredi après le "
            "naufrage de leur navire, a annoncé l'armée.")
    primary = next(e for e in analyse_text(text, "fr").events if e.primary)
    assert primary.trigger.text == "tué" and primary.acled is None
    rules_off("events.accident_any_mention")
    assert next(e for e in analyse_text(text, "fr").events if e.primary).acled is not None


@pytest.mark.parametrize("text, rule", [
    ("Des hommes armés ont abattu des dizaines d'arbres lundi près d'Albi.", "events.plant_target"),
    # the parse hangs the participle on "tension": its patient is the noun right before it
    ("Routes coupées, lignes à haute tension arrachées, arbres et palmiers décapités par des hommes armés "
     "lundi près d'Albi.", "events.participle_noun_before"),
])
def test_what_is_done_to_plants_is_not_coded(analyse_text, rules_off, text, rule):
    primary = next(e for e in analyse_text(text, "fr").events if e.primary)
    assert primary.type == "ASSAULT" and primary.acled is None
    rules_off(rule)
    assert next(e for e in analyse_text(text, "fr").events if e.primary).acled is not None


def test_a_happening_named_only_as_the_time_after_it_is_background(analyse_text, rules_off):
    text = ("Liban: le Premier ministre désigné renonce à former un gouvernement\n\nLe Premier ministre "
            "libanais désigné a annoncé samedi renoncer à former un nouveau gouvernement, près de deux mois "
            "après l'explosion au port de Beyrouth.")
    events = analyse_text(text, "fr", "2020-09-26").events
    assert next(e for e in events if e.trigger.text == "explosion").background
    rules_off("events.setting_after_lapse")
    events = analyse_text(text, "fr", "2020-09-26").events
    assert not next(e for e in events if e.trigger.text == "explosion").background


def test_the_fights_of_a_cause_are_no_violence(analyse_text):
    text = ("Affaire Dupont : « Je n'ai de leçons de féminisme à recevoir de personne », s'indigne Claire "
            "Morel\n\nInterrogée sur sa prétendue trahison envers les combats féministes en acceptant un "
            "poste auprès de Paul Dupont, visé par des accusations de viol, la ministre déléguée a répondu "
            "jeudi.")
    assert not any(e.trigger.text == "combats" for e in analyse_text(text, "fr", "2020-07-16").events)


def test_a_death_the_headline_says_is_an_accidents_is_the_primary_event(analyse_text):
    text = ("Un soldat français meurt dans un accident au Mali\n\nLe militaire, âgé de 23 ans, appartenait "
            "au 1er régiment de chasseurs. Dans un communiqué, l'armée de Terre précise que le caporal est "
            "mort mercredi à Gao, alors qu'il effectuait une opération de maintenance sur un camion. Un pneu "
            "du véhicule a explosé, projetant le militaire au sol.")
    primary = next(e for e in analyse_text(text, "fr", "2018-10-18").events if e.primary)
    assert primary.trigger.text == "meurt" and primary.type is None and primary.acled is None


def test_a_counted_target_is_read_through(analyse_text, rules_off):
    text = "Des hommes armés ont abattu des dizaines d'arbres lundi près d'Albi."
    assert next(e for e in analyse_text(text, "fr").events if e.primary).acled is None
    rules_off("events.counted_target")
    assert next(e for e in analyse_text(text, "fr").events if e.primary).acled is not None


@pytest.mark.parametrize("text, lang", [
    ("La branche armée du Hamas a attaqué un poste militaire mardi près de Gaza.", "fr"),
    ("Gunmen attacked the bank branch on Tuesday in Lagos.", "en"),
])
def test_a_word_of_plants_with_other_senses_leaves_the_deed_coded(analyse_text, text, lang):
    assert next(e for e in analyse_text(text, lang).events if e.primary).acled is not None


@pytest.mark.parametrize("text, plover, rule", [
    ("La rougeole est une maladie contagieuse qui touche surtout les enfants, attaquant les poumons et "
     "pouvant provoquer des séquelles graves.", "ASSAULT", "events.participle_agent"),
    ("Le gouverneur a déclaré l'état d'urgence lundi, ce qui autorise le déblocage de fonds fédéraux pour "
     "les sinistrés.", "PROTEST", "events.cue_opens_word"),
    # ("privés" is read as of "priver": the adjective is known by its form too)
    ("Grippe : un relâchement chez les étudiants ?\n\nCes derniers jours, des cas de grippe ont été recensés "
     "dans une dizaine d'universités du pays, \"majoritairement liés à des rassemblements privés\", selon le "
     "ministère. Les étudiants dénoncent eux les conditions d'accueil des établissements.", "PROTEST",
     "events.domain_inflected"),
])
def test_a_rule_keeps_words_from_an_event_of_their_type(analyse_text, rules_off, text, plover, rule):
    assert not any(e.type == plover for e in analyse_text(text, "fr", "2020-08-25").events)
    rules_off(rule)
    assert any(e.type == plover for e in analyse_text(text, "fr", "2020-08-25").events)


def test_praise_is_support(analyse_text):
    text = "La ministre des Armées a loué mardi le travail des soldats de l'opération Sentinelle."
    assert "SUPPORT" in plover_types(analyse_text, text, "fr")


def test_thanks_for_something_are_support(analyse_text):
    text = "Le maire a remercié les pompiers pour leur engagement pendant les inondations."
    assert "SUPPORT" in plover_types(analyse_text, text, "fr")


@pytest.mark.parametrize("text", [
    "Le suspect avait loué une voiture à Nice la veille de l'attaque.",  # "louer": to rent
    "Le club a remercié son entraîneur après la défaite.",  # "remercier": to dismiss
])
def test_a_verb_of_praise_or_thanks_in_another_sense_is_no_support(analyse_text, rules_off, text):
    assert "SUPPORT" not in plover_types(analyse_text, text, "fr")
    rules_off("events.praise_object")
    assert "SUPPORT" in plover_types(analyse_text, text, "fr")


def test_a_disease_named_right_before_a_killing_is_its_cause(analyse_text, rules_off):
    # the parse makes "Covid-19" a verb: the subject of "a tué" is missed
    text = "Depuis le 1er mars, Covid-19 a tué 4.503 personnes dans les hôpitaux français."
    assert "ASSAULT" not in plover_types(analyse_text, text, "fr")
    rules_off("events.disease_before_verb")
    assert "ASSAULT" in plover_types(analyse_text, text, "fr")


@pytest.mark.parametrize("lang, text, plover, trigger", [
    ("fr", "Le ministre des Armées a exprimé mardi sa solidarité aux familles des marins disparus.",
     "SUPPORT", "exprimé"),
    ("fr", "Le maire de Tulle présente ses condoléances à la famille du pompier.", "SUPPORT", "présente"),
    ("fr", "Le gouverneur a décrété jeudi le confinement de la ville de Sorvan.", "COERCE", "décrété"),
    ("en", "The foreign minister offered his condolences to the families of the sailors.", "SUPPORT",
     "offered"),
    ("en", "The governor ordered a curfew in the city of Sorvan on Thursday.", "COERCE", "ordered"),
])
def test_support_voiced_and_a_measure_decreed_are_events(analyse_text, lang, text, plover, trigger):
    a = analyse_text(text, lang, "2021-03-16")
    assert [(e.type, e.trigger.text) for e in a.events] == [(plover, trigger)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le ministre des Armées a exprimé mardi sa colère devant les députés."),
    ("fr", "Le gouverneur a ordonné jeudi une réunion des maires de la région."),
    ("en", "The foreign minister offered his help to the mayors of the region."),
])
def test_the_light_verbs_of_support_and_measures_need_their_nouns(analyse_text, lang, text):
    assert [e.type for e in analyse_text(text, lang, "2021-03-16").events] == []


@pytest.mark.parametrize("text, trigger", [
    ("Les soldats ont encerclé le village puis ont tué trois civils.", "tué"),
    ("Le ministre a reçu les syndicats puis a dénoncé les violences.", "dénoncé"),
])
def test_then_is_no_word_of_possibility(analyse_text, text, trigger):
    # the lemmatizer reads "puis" (then) as a form of "pouvoir" (can)
    a = analyse_text(text, "fr", "2020-03-01")
    assert next(e for e in a.events if e.trigger.text == trigger).modality == "asserted"


@pytest.mark.parametrize("text, plover", [
    ("La compagne du suspect a été mise en examen mardi pour association de malfaiteurs.", ["ACCUSE"]),
    ("Le maire a été interrogé sur sa prochaine mise en examen.", ["ACCUSE"]),
    ("La mairie a mis en place un plan de circulation.", []),
])
def test_a_charge_laid_is_an_accusation(analyse_text, text, plover):
    assert [e.type for e in analyse_text(text, "fr", "2020-03-01").events] == plover


def test_a_charge_s_words_cue_no_arrest_beside_it(analyse_text, rules_off):
    text = "Deux hommes ont été mis en examen samedi à Lyon pour association de malfaiteurs."
    assert [e.type for e in analyse_text(text, "fr", "2021-03-14").events] == ["ACCUSE"]
    rules_off("events.cue_of_trigger")
    assert [e.type for e in analyse_text(text, "fr", "2021-03-14").events] == ["ACCUSE", "COERCE"]
