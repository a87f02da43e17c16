"""Events: ACLED and PLOVER typing, modality, fatalities, place and time, the primary event."""
from __future__ import annotations

import pytest

from veille.extractors.events import ACLED_TYPES, EVENT_TYPE_OF, PLOVER_OF

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

# (lang, text, PLOVER, ACLED sub-event type or None, modality, fatalities)
CASES = [
    ("fr", "Des hommes armés ont attaqué jeudi le village de Kouka, tuant trois civils.", "ASSAULT", "Attack",
     "asserted", 3),
    ("fr", "Les forces irakiennes préparent une offensive sur Mossoul.", "ASSAULT", "Armed clash", "planned", 0),
    ("fr", "Le gouvernement a démenti que des frappes aériennes aient visé la ville.", "ASSAULT", "Air/drone strike",
     "negated", 0),
    ("fr", "Des milliers de manifestants ont défilé samedi à Paris contre la réforme.", "PROTEST", "Peaceful protest",
     "asserted", None),
    ("en", "On 3 May 2022, Russian forces shelled the town, killing one civilian and wounding four others.",
     "ASSAULT", "Shelling/artillery/missile attack", "asserted", 1),
    ("en", "Hundreds of protesters rallied in Paris on Saturday; police fired tear gas and arrested 12 people.",
     "PROTEST", "Protest with intervention", "asserted", None),
    ("en", "At least 12 people were killed when a roadside bomb exploded in Kabul.", "ASSAULT",
     "Remote explosive/landmine/IED", "asserted", 12),
    ("en", "Dozens of people were killed in an air strike on the market.", "ASSAULT", "Air/drone strike",
     "asserted", 12),
    ("en", "A bomb placed in a rubbish bin exploded near a bus station in Izmir on Thursday, wounding several "
     "people.", "ASSAULT", "Remote explosive/landmine/IED", "asserted", 0),
    ("en", "An anti-government protester throws a Molotov cocktail at police during a demonstration in Hong Kong.",
     "PROTEST", "Violent demonstration", "asserted", 0),
    ("en", "Militants attacked the headquarters of the peacekeeping force in Mogadishu, the army said.",
     "ASSAULT", "Armed clash", "asserted", 0),
    ("en", "Police discovered a cache of rifles, grenades and ammunition in a farmhouse near the border on Monday.",
     "COERCE", "Disrupted weapons use", "asserted", None),
    ("en", "Soldiers were deployed on Tuesday to help residents trapped by heavy snowfall in the north of the "
     "country.", "MOBILIZE", None, "asserted", None),
    ("en", "Army troops drove the militants out of the village after two days of fighting, the ministry said.",
     "ASSAULT", "Government regains territory", "asserted", 0),
    ("en", "On 2 June 2022, army troops set fire to houses in the village of Kyin Dway.", "ASSAULT",
     "Looting/property destruction", "asserted", 0),
    ("en", "On 2 June 2022, settlers hurled stones at passing cars near the town.", "PROTEST", "Mob violence",
     "asserted", 0),
    ("en", "On 7 June 2022, residents barricaded roads with burning tires over a lack of water.", "PROTEST",
     "Violent demonstration", "asserted", 0),
    ("en", "On 9 May 2022, unidentified gunmen fired gunshots at fish traders near the river.", "ASSAULT", "Attack",
     "asserted", 0),
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
    a = analyse_text("Le président américain Donald Trump a violemment critiqué son homologue français.", "fr",
                     "2018-11-13")
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
        from veille.extractors.events import event_data

        for sub in event_data(lang).ACLED_CUES:
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
