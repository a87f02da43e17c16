"""Fields of an event read the ACLED way on fresh news: whose forces did the deed (a nationality written
with a hyphen), where it happened (not in a clause nested in its own phrase, not outside the country its
own phrase names, the place in its noun's own complement, the namesake in the country a headline opens
on), when (the date of the happening its verb names as time frame) and how many died (victims as many as
the wounded are the wounded)."""
from __future__ import annotations


def primary(article):
    return next(e for e in article.events if e.primary)


def place_of(article, event) -> str | None:
    return next((p.name for p in article.places if p.id == event.place), None)


def test_a_nationality_with_a_hyphen_names_the_forces_country(analyse_text):
    article = analyse_text("Un pêcheur a été abattu mardi au large par des soldats nord-coréens.", "fr",
                           "2020-07-26")
    assert primary(article).acled.actor1 == "Military Forces of North Korea"


def test_a_nationality_of_a_country_the_old_table_lacked(analyse_text):
    article = analyse_text("Un militant a été arrêté mercredi par la police norvégienne à Oslo.", "fr",
                           "2020-07-26")
    assert primary(article).acled.actor1 == "Police Forces of Norway"


# the parse hangs the main verb ("recevra") under the deed's agent: Lyon is that verb's, not the deed's
NESTED = ("Un gendarme d'origine corse tué samedi au Tchad par une voiture piégée recevra un hommage "
          "national mercredi à Lyon.")


def test_a_place_in_a_clause_nested_in_the_deed_s_phrase_is_not_its_place(analyse_text, monkeypatch):
    article = analyse_text(NESTED, "fr", "2020-07-26")
    assert (place_of(article, primary(article)), primary(article).rules["place"]) == \
        ("Chad", "events.place_own_phrase")
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.place_nested_clause")
    article = analyse_text(NESTED, "fr", "2020-07-26")
    assert place_of(article, primary(article)) == "Lyon"


def test_a_country_of_the_deed_s_own_phrase_gives_way_only_to_a_town_within_it(analyse_text, monkeypatch):
    text = "Le soldat tué mardi au Niger par un engin explosif recevra un hommage lundi à Lyon."
    article = analyse_text(text, "fr", "2020-07-26")
    assert place_of(article, primary(article)) == "Niger"
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.place_own_country")
    article = analyse_text(text, "fr", "2020-07-26")
    assert place_of(article, primary(article)) == "Lyon"
    town = analyse_text("Le soldat tué mardi au Niger lors d'une embuscade près de Tillabéri a été "
                        "enterré.", "fr", "2020-07-26")
    assert place_of(town, primary(town)) == "Tillabéri"


def test_a_happening_named_as_the_deed_s_time_frame_dates_it(analyse_text, monkeypatch):
    def date_of(text: str) -> tuple[str | None, str | None]:
        article = analyse_text(text, "fr", "2020-06-01")
        event = primary(article)
        return next((t.value for t in article.times if t.id == event.time), None), event.rules.get("time")

    lors = ("Cent vingt habitants ont été tués lors des troubles de mars 2019, selon un décompte publié "
            "lundi.")
    pendant = ("Trois villageois ont été tués pendant les combats du 3 mars près de Gao, a indiqué vendredi "
               "l'armée.")
    assert date_of(lors) == ("2019-03", "events.time_sentence")
    assert date_of(pendant) == ("2020-03-03", "events.time_sentence")
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.frame_date,events.event_noun_date")
    assert date_of(lors)[0] == "2020-06-01"
    assert date_of(pendant)[0] == "2020-05-29"


# the model takes "Attentat de Barcelone" as one name, so "Barcelone" is a place only where it stands alone
NAMED = ("Attentat de Barcelone : des réactions qui indignent\n\nAprès l'attentat de Barcelone qui a coûté "
         "la vie à 13 personnes jeudi, les messages affluent. Un élu de Sens a réagi. Le maire de Barcelone "
         "a remercié.")


def test_a_place_named_in_the_event_noun_s_complement_is_its_place(analyse_text, monkeypatch):
    article = analyse_text(NAMED, "fr", "2017-08-18")
    event = primary(article)
    assert (event.trigger.text, place_of(article, event), event.rules["place"]) == \
        ("attentat", "Barcelona", "events.place_named_complement")
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.place_named_complement")
    article = analyse_text(NAMED, "fr", "2017-08-18")
    assert place_of(article, primary(article)) == "Sens"


# the article's other places (Poland, Warsaw) favour a small namesake of Minsk near Warsaw
HEADLINE = ("Bélarus: des milliers de manifestants à Minsk\n\nPlusieurs milliers d'opposants ont marché "
            "dimanche à Minsk contre le président. La Pologne et la Lituanie, voisines, ont dénoncé la "
            "répression. A Varsovie, le gouvernement polonais a réagi.")


def test_a_headline_that_opens_on_a_country_says_which_namesake(analyse_text, monkeypatch):
    def minsk() -> tuple[str, str | None]:
        article = analyse_text(HEADLINE, "fr", "2020-09-06")
        place = next(p for p in article.places if p.name.startswith(("Minsk", "Mińsk")))
        return place.country, place.rules.get("geonameid")

    assert minsk() == ("BY", "places.headline_country")
    monkeypatch.setenv("VEILLE_RULES_OFF", "places.headline_country")
    assert minsk()[0] == "PL"


def test_as_many_victims_as_wounded_are_the_wounded(analyse_text, monkeypatch):
    text = ("L'attaque jihadiste de vendredi à Lyon a laissé deux blessés. Les deux victimes travaillent "
            "dans une banque.")
    assert primary(analyse_text(text, "fr", "2020-07-26")).fatalities is None
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.victims_wounded")
    assert primary(analyse_text(text, "fr", "2020-07-26")).fatalities == 2
    killed = ("L'attaque jihadiste de vendredi à Lyon a laissé deux morts. Les deux victimes travaillent "
              "dans une banque.")
    assert primary(analyse_text(killed, "fr", "2020-07-26")).fatalities == 2
