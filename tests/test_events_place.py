"""Where the article's main event happened when its own sentence names no place: the lead's place, with
the headline and pieces without a verb counting for none of its sentences; the place named before it in
its paragraph, a department standing for the town the article names in it; and a trigger verb the
lemmatizer left as its present form."""
from __future__ import annotations

# the main event's sentence names no place; the lead's third sentence does, the body names another more
FUNERAL = ("Obsèques d'un chanteur : ses amis réunis pour un dernier adieu\n\nVIDÉO. Des amis et de nombreux "
           "admirateurs étaient présents jeudi pour saluer une dernière fois le chanteur. Plusieurs "
           "centaines de personnes sont venues. Ils se sont rassemblés sous la pluie dans une église à "
           "Lyon.\n\nLe chanteur avait vécu à Marseille. Sa famille habite toujours à Marseille.")

# the event's paragraph names a country before it; the headline and the lead a continent
COOKS = ("Des cuisiniers en difficulté en Asie\n\nLes marchés de rue souffrent en Asie depuis le "
         "confinement. Les clients restent chez eux. Les stands ferment les uns après les autres. "
         "Les cuisiniers cherchent des solutions. A Singapour, les centres de restauration sont "
         "désertés depuis des semaines. Un cuisinier aide ses collègues à vendre en ligne.")

# the paragraph names the department after a preposition, and the town earlier as a subject
CURFEW = ("Un couvre-feu plus tôt\n\nLe week-end a vu un relâchement face au confinement. Nice a vu des "
          "passants flâner sur ses plages samedi. Dans les Alpes-Maritimes, les contrôles ont augmenté de "
          "30%. Le maire a décidé que le couvre-feu serait étendu à 20 heures.")

# the lead places the deed in a country; another mention of it names the town
FORESTERS = ("Deux forestiers tués au Mali\n\nDeux forestiers maliens ont été tués mardi au Mali, a "
             "annoncé mercredi le ministère de l'Environnement. Les deux hommes ont été tués par des hommes "
             "armés lors d'une patrouille dans la forêt de Ségou, à 230 km de Bamako. Le ministre a dénoncé "
             "une attaque.")


def primary_place(article) -> tuple[str, str | None]:
    primary = next(e for e in article.events if e.primary)
    place = next(p for p in article.places if p.id == primary.place)
    return place.name, primary.rules.get("place")


def test_the_lead_counts_its_sentences_with_a_verb(analyse_text):
    assert primary_place(analyse_text(FUNERAL, "fr", "2019-05-03")) == ("Lyon", "events.place_lead")


def test_the_place_named_before_in_the_paragraph(analyse_text, monkeypatch):
    article = analyse_text(COOKS, "fr", "2020-05-04")
    assert primary_place(article) == ("Singapore", "events.place_paragraph")
    assert next(e for e in article.events if e.primary).trigger.text == "aide"
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.place_paragraph")
    assert primary_place(analyse_text(COOKS, "fr", "2020-05-04"))[0] == "Asia"


def test_a_department_stands_for_the_town_named_in_it(analyse_text):
    assert primary_place(analyse_text(CURFEW, "fr", "2020-04-06")) == ("Nice", "events.place_paragraph")


def test_a_verb_left_as_its_present_form_is_a_trigger(analyse_text):
    article = analyse_text("Le syndicat demande la libération des militants à Lyon.", "fr", "2020-04-06")
    assert [(e.type, e.trigger.text) for e in article.events] == [("REQUEST", "demande")]


# the arrests' sentence names no place: their paragraph's town, not the country named last
ARRESTS = ("Réforme : des manifestants à Lyon\n\nDes manifestants ont défilé samedi à Lyon contre la "
           "réforme, comme dans toute la France. La police a interpellé deux personnes.")


def test_another_event_takes_the_town_of_its_paragraph(analyse_text, monkeypatch):
    def arrests_place(article) -> str:
        event = next(e for e in article.events if e.type == "COERCE")
        return next(p.name for p in article.places if p.id == event.place)

    assert arrests_place(analyse_text(ARRESTS, "fr", "2020-01-12")) == "Lyon"
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.place_paragraph")
    assert arrests_place(analyse_text(ARRESTS, "fr", "2020-01-12")) == "France"


def event_place(article, trigger: str) -> str:
    event = next(e for e in article.events if e.trigger.text == trigger)
    return next(p.name for p in article.places if p.id == event.place)


def test_a_capital_that_does_the_deed_gives_way_to_where_it_did_it(analyse_text, monkeypatch):
    # the capital stands for its state: a town, it would rank before the country where the deed was done
    text = "Oslo a mené jeudi des frappes aériennes en Bolivie contre des rebelles."
    assert event_place(analyse_text(text, "fr", "2021-03-05"), "frappes") == "Bolivia"
    # (a country after "en" on the deed's noun holds against a town of its sentence in another country too)
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.place_not_actor,events.place_own_country")
    assert event_place(analyse_text(text, "fr", "2021-03-05"), "frappes") == "Oslo"


def test_a_capital_that_does_the_deed_gives_way_to_the_part_of_a_place(analyse_text):
    text = "Oslo a déployé des troupes dans le nord de la Bolivie pour sécuriser la frontière."
    assert event_place(analyse_text(text, "fr", "2021-03-05"), "déployé") == "Bolivia"


def test_a_state_that_speaks_stays_the_place_of_what_it_says(analyse_text):
    # what a state says, it says at home: the place named as the statement's topic is not its place
    text = "La Norvège a dénoncé jeudi les violences commises en Bolivie."
    assert event_place(analyse_text(text, "fr", "2021-03-05"), "dénoncé") == "Norway"


def test_a_state_that_does_the_deed_with_no_other_place_stays_its_place(analyse_text):
    text = "La Norvège a renforcé ses troupes jeudi."
    assert event_place(analyse_text(text, "fr", "2021-03-05"), "renforcé") == "Norway"


def test_a_place_after_avec_is_a_party_not_the_place(analyse_text, monkeypatch):
    # events.place_partner: the country the soldiers clashed with is not where they died
    text = ("Inde : vingt soldats tués\n\nVingt soldats indiens ont été tués lundi lors d'un affrontement "
            "avec la Chine, a annoncé l'armée.")

    def places() -> set[str]:
        article = analyse_text(text, "fr", "2020-06-16")
        names = {p.id: p.name for p in article.places}
        return {names[e.place] for e in article.events if e.acled and e.place}

    assert places() == {"India"}
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.place_partner")
    assert "China" in places()


def test_a_hospital_s_place_is_not_the_event_s(analyse_text, monkeypatch):
    # events.place_of_care: the soldier was wounded in Mali and died in a hospital near Paris
    text = ("Mali : mort d'un légionnaire\n\nLe brigadier a succombé à ses blessures, après avoir été touché "
            "par une explosion le 23 avril.\n\nL'Elysée a annoncé samedi la mort d'un légionnaire blessé le "
            "23 avril au Mali. Il est décédé vendredi à l'hôpital militaire de Clamart.")

    def place() -> str:
        article = analyse_text(text, "fr", "2020-05-02")
        names = {p.id: p.name for p in article.places}
        return next(names[e.place] for e in article.events if e.primary)

    assert place() == "Mali"
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.place_of_care")
    assert place() == "Clamart"


def test_a_place_on_an_infinitive_is_that_verb_s(analyse_text, monkeypatch):
    # events.place_other_verb: the match is in Madrid, the soldier was wounded in Chad
    text = ("Le président a invité un soldat gravement blessé lors d'une opération au Tchad à assister au "
            "match dimanche à Madrid.")

    def place() -> str:
        article = analyse_text(text, "fr", "2019-05-20")
        names = {p.id: p.name for p in article.places}
        return next(names[e.place] for e in article.events if e.trigger.text == "blessé")

    assert place() == "Chad"
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.place_other_verb")
    assert place() == "Madrid"


def test_a_place_in_an_organisation_s_name_is_not_where_it_happened(analyse_text, rules_off):
    text = ("Des marcheurs ont été blessés mardi soir lors d'un défilé, selon France Info. Ils réclamaient "
            "la démission du conseil.")

    def place_of_attack() -> str | None:
        article = analyse_text(text, "fr", "2021-03-04")
        attack = next(e for e in article.events if e.trigger.text == "blessés")
        return next((p.name for p in article.places if p.id == attack.place), None)

    assert place_of_attack() is None
    # in English a name may open with its seat: that place stays the event's
    seat = analyse_text("Kabul Police said a roadside bomb killed two soldiers on Monday.", "en",
                        "2021-03-04")
    assert [p.name for e in seat.events for p in seat.places if p.id == e.place] == ["Kabul"]
    rules_off("events.place_in_name")
    assert place_of_attack() == "France"


def test_another_mention_names_the_town_of_the_country(analyse_text, rules_off):
    assert primary_place(analyse_text(FORESTERS, "fr", "2021-03-10")) == ("Ségou", "events.place_by_mention")
    rules_off("events.place_by_mention")
    assert primary_place(analyse_text(FORESTERS, "fr", "2021-03-10")) == ("Mali", "events.place_own_phrase")


def test_a_protest_told_in_a_list_of_towns_is_one_in_each(analyse_text, rules_off):
    text = ("Retraites : nouvelle journée de mobilisation\n\nDes milliers de personnes ont manifesté samedi "
            "à Paris, à Lyon et à Marseille contre la réforme des retraites.")

    def protests(article) -> list[tuple[str, bool]]:
        names = {p.id: p.name for p in article.places}
        return [(names[e.place], e.primary) for e in article.events if e.type == "PROTEST"]

    assert protests(analyse_text(text, "fr", "2019-03-09")) == [
        ("Paris", True), ("Lyon", False), ("Marseille", False)]
    # a march from one town to the next is one protest
    march = "Des centaines de lycéens ont défilé samedi de Lyon à Grenoble contre la réforme."
    assert len(protests(analyse_text(march, "fr", "2019-03-09"))) == 1
    rules_off("events.listed_places")
    assert protests(analyse_text(text, "fr", "2019-03-09")) == [("Paris", True)]



def test_a_list_of_towns_in_another_sentence_of_protest_is_one_protest_in_each(analyse_text, rules_off):
    text = ("Retraites : nouvelle journée de mobilisation\n\nDes milliers de personnes ont manifesté samedi "
            "à Paris contre la réforme des retraites. Des appels à manifester avaient aussi été lancés à "
            "Nice, Marseille et Lille.")

    def towns() -> list[str]:
        article = analyse_text(text, "fr", "2019-03-09")
        names = {p.id: p.name for p in article.places}
        return [names[e.place] for e in article.events if e.type == "PROTEST"]

    assert towns() == ["Paris", "Nice", "Marseille", "Lille"]
    rules_off("events.listed_near")
    assert towns() == ["Paris"]
