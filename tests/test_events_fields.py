"""The fields of an event told in a whole article: its own dead, its date, its actors; a figure is no
event."""
from __future__ import annotations


def primary_of(article):
    return next(e for e in article.events if e.primary)


def test_violence_counted_or_told_as_a_trend_is_no_event(analyse_text):
    text = ("Le nombre d'attaques contre les civils a doublé l'an dernier dans le centre du pays, selon "
            "l'ONU. Les agressions physiques sont en forte hausse.")
    a = analyse_text(text, "fr", "2020-03-04")
    assert not [e for e in a.events if e.acled is not None]
    text = "Les agressions se multiplient. La société a recensé 870 agressions verbales en 2016."
    assert not [e for e in analyse_text(text, "fr", "2018-09-22").events if e.acled is not None]
    text = "Au moins 90 femmes ont été tuées par leur conjoint en Espagne en 2018, selon le ministère."
    assert "tuées" not in [e.trigger.text for e in analyse_text(text, "fr", "2019-02-01").events]
    a = analyse_text("Lundi, des hommes armés ont attaqué un village près de Mopti.", "fr", "2020-03-04")
    assert primary_of(a).acled is not None and primary_of(a).rules.get("type") != "events.tallied"


def test_a_toll_of_another_attack_in_the_lead_is_not_the_events(analyse_text):
    text = ("Au moins six personnes ont été tuées samedi soir lors d'une attaque dans le centre de "
            "Lille. Ce nouvel attentat survient trois semaines après l'attentat de Rouen qui avait "
            "fait 22 morts.")
    e = primary_of(analyse_text(text, "fr", "2017-06-04"))
    assert e.fatalities == 6


def test_a_range_of_victims_counts_its_least(analyse_text):
    e = primary_of(analyse_text("Des hommes armés ont tué entre 10 et 15 villageois mardi à Kaura.", "fr",
                                "2021-03-10"))
    assert e.fatalities == 10


def test_a_toll_of_one_nationality_gives_way_to_the_whole_toll(analyse_text):
    text = ("Cinq ingénieurs français ont été tués samedi lors d'une attaque au Tchad. Le ministre a "
            "convoqué une cellule de crise. Il a juré de riposter à l'attaque, qui a tué cinq "
            "Français et trois Tchadiens.")
    e = primary_of(analyse_text(text, "fr", "2020-08-11"))
    assert e.fatalities == 8


def test_a_lapse_after_another_mention_dates_the_event_and_its_verb_names_no_actor(analyse_text):
    text = ("Le gouvernement avait relevé le niveau d'alerte après la fusillade de Strasbourg. Trois jours "
            "après l'attaque, il a annoncé vendredi l'avoir abaissé.")
    a = analyse_text(text, "fr", "2018-12-14")
    times = {t.id: t for t in a.times}
    e = next(e for e in a.events if e.trigger.text == "fusillade")
    assert times[e.time].value == "2018-12-11"
    assert e.acled is not None and not e.acled.actor1.startswith(("Military", "Government"))


def test_wounded_told_before_their_deed_are_its_toll(analyse_text):
    text = ("Des dizaines de blessés ont été conduits au centre de santé de Gao. Mardi, des jihadistes ont "
            "attaqué un camp militaire près de Gao, tuant cinq soldats.")
    a = analyse_text(text, "fr", "2021-03-10")
    violent = [e for e in a.events if e.type == "ASSAULT"]
    assert len(violent) == 1 and "blessés" in [m.text for m in violent[0].mentions]


def test_another_attack_is_dated_by_its_own_clause(analyse_text):
    text = ("Seize villageois ont été abattus dimanche par des hommes armés dans un hameau de l'Etat de "
            "Kano. En janvier, une autre attaque avait fait 20 morts à Kura.")
    a = analyse_text(text, "fr", "2021-03-10")
    times = {t.id: t for t in a.times}
    e = next(e for e in a.events if e.trigger.text == "attaque")
    assert times[e.time].value == "2021-01"


def test_a_deed_placed_in_a_country_takes_the_town_where_its_day_is_told(analyse_text):
    text = ("Le gouvernement a condamné mardi la mort de six ingénieurs dimanche lors d'une attaque au "
            "Niger. Le ministre a convoqué une cellule de crise. Sept personnes ont été abattues dimanche "
            "par des hommes armés à Agadez, pendant une visite.")
    a = analyse_text(text, "fr", "2020-08-11")
    places = {p.id: p for p in a.places}
    e = next(e for e in a.events if e.trigger.text == "attaque")
    assert places[e.place].name == "Agadez"


def test_an_act_of_words_is_not_placed_by_what_is_said(analyse_text):
    text = ("Le président français a reçu samedi à Paris son homologue. « La Chine et la Russie nous "
            "menacent », a dénoncé le président.")
    a = analyse_text(text, "fr", "2018-11-10")
    places = {p.id: p for p in a.places}
    e = next(e for e in a.events if e.trigger.text == "dénoncé")
    assert places[e.place].country == "FR"


def test_violence_told_as_recurring_is_no_event(analyse_text):
    a = analyse_text("La province subit des attaques armées récurrentes.", "fr", "2020-09-08")
    assert not [e for e in a.events if e.type == "ASSAULT"]


def test_a_country_a_verb_acts_on_does_not_place_the_event(analyse_text):
    text = ("Le massacre avait indigné la Belgique, mais la milice a revendiqué mardi le meurtre au Niger de "
            "neuf touristes.")
    a = analyse_text(text, "fr", "2020-09-17")
    places = {p.id: p for p in a.places}
    e = next(e for e in a.events if e.trigger.text == "massacre")
    assert places[e.place].country == "NE"


def test_a_headline_opening_on_years_dates_the_deed_it_looks_back_on(analyse_text):
    text = ("30 ans après, un rescapé de l'attentat raconte\n\nCe soir du 12 mai 1990, Paul est à la fête. "
            "Puis c'est l'explosion.")
    a = analyse_text(text, "fr", "2020-05-12")
    times = {t.id: t for t in a.times}
    e = next(e for e in a.events if e.primary)
    assert times[e.time].value == "1990-05-12" and e.background


def test_a_strike_in_a_passive_agent_phrase_keeps_its_nationality_as_actor(analyse_text):
    text = "Le commandant, visé par une frappe américaine près de Mossoul, a été tué le 14 février."
    e = next(e for e in analyse_text(text, "fr", "2020-05-07").events if e.trigger.text == "frappe")
    assert e.acled.actor1.startswith("Military Forces of the United States")
