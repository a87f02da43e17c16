"""Events: which words tell a happening at all (not a ban, a trend, a request, a condition or a figure), and
which happening is the primary one."""
from __future__ import annotations

import pytest

import veille.nlp.lang.en.events as english_events


def events_of(analyse_text, text, plover=None):
    article = analyse_text(text, "fr", "2020-08-06")
    return [e for e in article.events if plover is None or e.type == plover]


def sub_of(event):
    return event.acled.sub_event_type if event.acled else None


@pytest.mark.parametrize("text,plover", [
    ("La préfecture a prolongé l'interdiction des grands rassemblements contre la réforme.", "PROTEST"),
    ("Les cortèges et manifestations de plus de cinquante participants resteront interdits.", "PROTEST"),
    ("Les organisateurs ont renoncé à organiser une manifestation l'an prochain.", "PROTEST"),
    ("Selon les militaires, la caserne reste à l'abri d'un attentat.", "ASSAULT"),
])
def test_a_happening_banned_prevented_or_given_up_is_no_event(analyse_text, monkeypatch, text, plover):
    assert not events_of(analyse_text, text, plover)
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.blocked_happening")
    assert events_of(analyse_text, text, plover)


@pytest.mark.parametrize("text,plover", [
    ("Le rapport relève une forte hausse des agressions physiques.", "ASSAULT"),
    ("La province subit des attaques armées récurrentes.", "ASSAULT"),
    ("Les pompiers dénoncent six mois de manifestations dans la ville.", "PROTEST"),
    ("Le bilan dépasse déjà le nombre de marins tués durant la guerre de Crimée.", "ASSAULT"),
])
def test_happenings_named_as_a_class_are_no_event(analyse_text, monkeypatch, text, plover):
    assert not events_of(analyse_text, text, plover)
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.counted_happenings")
    assert events_of(analyse_text, text, plover)


def test_one_happening_is_still_an_event(analyse_text):
    e = events_of(analyse_text, "Des hommes armés ont attaqué jeudi le village, tuant trois civils.",
                  "ASSAULT")
    assert e and sub_of(e[0]) == "Attack"
    e = events_of(analyse_text, "La police a interpellé deux opposants mercredi à Lyon.", "COERCE")
    assert e and sub_of(e[0]) == "Arrests"


@pytest.mark.parametrize("text,plover", [
    # someone addressed in a letter is not arrested
    ("Le député a interpellé la ministre mercredi dans un courrier.", "COERCE"),
    # a rule or a pact broken is no rape
    ("Des soignants ont été arrêtés pour avoir violé le couvre-feu à Lagos.", "ASSAULT"),
    ("Les rebelles ont violé le cessez-le-feu lundi près de Goma.", "ASSAULT"),
])
def test_a_deed_aimed_at_words_or_rules_is_a_figure(analyse_text, monkeypatch, text, plover):
    assert not events_of(analyse_text, text, plover)
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.figure_of_words")
    assert events_of(analyse_text, text, plover)


def test_a_happening_asked_for_is_no_event_and_a_strike_called_is_planned(analyse_text):
    assert not events_of(analyse_text, "Les pompiers se sont réunis pour réclamer des renforts.", "MOBILIZE")
    assert not events_of(analyse_text, "Il a rejeté les demandes d'un cessez-le-feu.", "AGREE")
    strike = events_of(analyse_text, "Les syndicats appellent à la grève jeudi.", "PROTEST")
    assert strike and strike[0].modality == "planned"


def test_a_happening_under_a_condition_is_hypothetical_and_not_coded(analyse_text):
    strike = events_of(analyse_text, "En cas de grève, la cantine restera ouverte.", "PROTEST")
    assert strike and strike[0].modality == "hypothetical" and strike[0].acled is None


def test_a_threat_faced_is_no_assault(analyse_text):
    assert not events_of(analyse_text, "Le pays est prêt à affronter la menace terroriste.", "ASSAULT")


def test_someone_expelled_from_an_assembly_is_no_displacement(analyse_text):
    assert not [e for e in events_of(analyse_text, "Le député a été expulsé de l'hémicycle mercredi.")
                if sub_of(e) == "Other"]


def test_people_taking_to_the_streets_protest(analyse_text):
    e = events_of(analyse_text, "Des centaines d'étudiants sont descendus dans les rues samedi à Lyon.",
                  "PROTEST")
    assert e and sub_of(e[0]) == "Peaceful protest"


def test_the_attack_told_first_is_primary_over_its_arrests(analyse_text, monkeypatch):
    text = ("Attaque au couteau à Lyon, deux interpellations\n\nVendredi, une attaque au couteau a fait "
            "trois blessés à Lyon, et deux hommes ont été interpellés par les gendarmes.")
    primary = next(e for e in analyse_text(text, "fr", "2020-08-07").events if e.primary)
    assert primary.type == "ASSAULT"
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.violence_over_arrests")
    primary = next(e for e in analyse_text(text, "fr", "2020-08-07").events if e.primary)
    assert primary.type == "COERCE"


def test_arrests_told_first_stay_primary(analyse_text):
    text = ("Attentat à Lyon : quatre interpellations\n\nLes quatre hommes interpellés lundi connaissaient "
            "le tireur de l'attentat commis il y a dix jours.")
    primary = next(e for e in analyse_text(text, "fr", "2020-08-07").events if e.primary)
    assert primary.type == "COERCE"


def test_rioting_told_as_a_court_case_is_not_coded(analyse_text, monkeypatch):
    text = "Le jeune homme a été reconnu coupable d'incendie criminel par le tribunal de Lyon."
    assert not [e for e in events_of(analyse_text, text) if e.acled]
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.court_case,events.crime_article")
    assert [e for e in events_of(analyse_text, text) if e.acled]


def test_acts_counted_by_a_trend_are_no_event(analyse_text):
    assert not events_of(analyse_text, "Les actes de vandalisme ont fortement augmenté en un an.", "ASSAULT")


def test_in_combat_is_a_manner_not_a_fight(analyse_text):
    assert not events_of(analyse_text, "La mission doit appuyer les troupes alliées au combat.", "ASSAULT")


def test_mortars_of_a_night_of_rioting_are_no_shelling(analyse_text, monkeypatch):
    text = ("Des jeunes ont affronté les policiers à Trappes\n\nDes jeunes ont affronté les policiers jeudi "
            "soir à Trappes. Les policiers ont essuyé des tirs de mortiers.")

    def subs():
        return {sub_of(e) for e in analyse_text(text, "fr", "2020-08-07").events}

    assert "Shelling/artillery/missile attack" not in subs()
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.rioters_fireworks,events.crime_article")
    assert "Shelling/artillery/missile attack" in subs()


def test_a_bare_plural_after_a_noun_names_a_kind_of_happening(analyse_text):
    assert not events_of(analyse_text, "Bien des exilés furent victimes de massacres au Soudan.", "ASSAULT")
    # ... but not after a noun of the time or setting they give
    assert events_of(analyse_text, "Le ministre a parlé mardi, au lendemain de manifestations à Paris.",
                     "PROTEST")


def test_a_ban_told_by_a_participle_on_the_noun_blocks_it(analyse_text):
    text = "Des mesures strictes (rassemblements interdits, commerces fermés) sont appliquées depuis samedi."
    assert not events_of(analyse_text, text, "PROTEST")


def test_a_happening_a_story_tells_is_no_news(analyse_text):
    text = "Le film est le récit sombre du meurtre d'un fermier par son voisin."
    assert not events_of(analyse_text, text, "ASSAULT")


def test_a_child_hit_by_a_reckless_driver_is_no_attack(analyse_text):
    e = events_of(analyse_text, "Un enfant a été tué lundi par un chauffard à Lorient.")
    assert e and not [x for x in e if x.acled]


def test_a_campaign_meeting_is_no_protest(analyse_text):
    text = ("Peu avant l'ouverture de ce rassemblement, trois conseillers de son équipe de campagne sont "
            "tombés malades.")
    assert not [e for e in events_of(analyse_text, text, "PROTEST") if e.acled]


def test_stopping_an_action_arrests_no_one(analyse_text):
    text = "La préfecture a choisi d'arrêter la distribution gratuite de brochures."
    assert not events_of(analyse_text, text, "COERCE")


def test_a_killing_beside_a_hostage_taking_is_an_attack(analyse_text, monkeypatch):
    text = "Le boulanger a été tué mardi à Vierzon après s'être livré à la place d'un otage."

    def subs():
        return {sub_of(e) for e in events_of(analyse_text, text, "ASSAULT")}

    assert "Attack" in subs() and "Abduction/forced disappearance" not in subs()
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.killed_not_taken")
    assert "Abduction/forced disappearance" in subs()


def test_a_counterattack_of_words_is_no_assault(analyse_text):
    text = "L'association lance une contre-attaque après les critiques du maire."
    assert not events_of(analyse_text, text, "ASSAULT")


def test_ready_to_fight_is_planned(analyse_text):
    e = events_of(analyse_text, "Le guide se dit prêt à combattre.", "ASSAULT")
    assert e and e[0].modality == "planned"


@pytest.mark.parametrize("text", [
    "Le ministère des Armées a commandé douze hélicoptères de combat.",
    "Trois chars d'assaut défileront samedi devant la mairie.",
    "Deux hélicoptères se sont heurtés lors d'une opération de combat, a annoncé l'armée.",
    "La ministre a assisté mercredi à Ambala à une démonstration de l'avion de combat français piloté par un "
    "aviateur indien.",
])
def test_a_bare_kind_of_a_thing_is_no_happening(analyse_text, monkeypatch, text):
    assert not events_of(analyse_text, text, "ASSAULT")
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.kind_of_thing")
    assert events_of(analyse_text, text, "ASSAULT")


def test_a_thing_s_kind_leaves_the_happening_itself(analyse_text):
    assert events_of(analyse_text, "Des rebelles ont lancé un assaut contre la caserne.", "ASSAULT")


@pytest.mark.parametrize("text,plover", [
    ("Le pays refuse de reculer devant l'offensive diplomatique de Washington.", "ASSAULT"),
    ("La jauge des manifestations sportives ou culturelles sera fixée jeudi.", "PROTEST"),
])
def test_fighting_or_protest_of_a_peaceful_domain_is_none(analyse_text, monkeypatch, text, plover):
    assert not events_of(analyse_text, text, plover)
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.peaceful_domain")
    assert events_of(analyse_text, text, plover)


def test_a_peaceful_domain_that_turned_violent_is_violence(analyse_text, monkeypatch):
    text = ("On 3 May 2021, a verbal altercation between two shopkeepers turned violent in Kandahar city, "
            "injuring two.")
    assert [e.type for e in analyse_text(text, "en", "2021-05-04").events] == ["PROTEST"]
    monkeypatch.setattr(english_events, "ESCALATION_VERBS", set())
    assert not [e for e in analyse_text(text, "en", "2021-05-04").events if e.type]


def test_someone_sentenced_by_a_court_is_coerced_not_blamed(analyse_text, monkeypatch):
    text = "Le tribunal de Rouen a condamné mardi un ancien gardien à dix ans de prison."
    assert [e.type for e in events_of(analyse_text, text)] == ["COERCE"]
    assert [e.type for e in events_of(analyse_text, "La ministre a condamné l'agression du gardien.")
            if e.type in ("ACCUSE", "COERCE")] == ["ACCUSE"]
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.court_sentence")
    assert [e.type for e in events_of(analyse_text, text)] == ["ACCUSE"]


def test_a_headline_s_happening_after_a_lapse_is_what_the_news_is_dated_from(analyse_text, monkeypatch):
    text = ("Lille : le maire rend hommage aux policiers, deux mois après l'attaque\n\nLe maire de Lille a "
            "rendu hommage lundi aux policiers du commissariat central. Le 3 juin, un homme armé avait "
            "attaqué le commissariat et blessé deux policiers.")

    def primary_type():
        return next(e.type for e in events_of(analyse_text, text) if e.primary)

    assert primary_type() == "SUPPORT"
    # (an article with no date: the lapse is read by its form alone)
    assert [e.type for e in analyse_text(text, "fr", None).events if e.primary] == ["SUPPORT"]
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.headline_anniversary,events.headline_predicate")
    assert primary_type() == "ASSAULT"


@pytest.mark.parametrize("text", [
    "Les soupçons des enquêteurs ont été renforcés par un document.",
    "Le tribun a parlé une heure, déployant ses talents d'orateur.",
])
def test_mobilizing_what_is_no_force_is_no_mobilization(analyse_text, monkeypatch, text):
    assert not events_of(analyse_text, text, "MOBILIZE")
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.mobilized_force")
    assert events_of(analyse_text, text, "MOBILIZE")


def test_forces_mobilized_are_still_a_mobilization(analyse_text):
    assert events_of(analyse_text, "L'armée a déployé trois navires au large de la côte.", "MOBILIZE")
    assert events_of(analyse_text, "Le pays a renforcé le déploiement de ses soldats.", "MOBILIZE")


@pytest.mark.parametrize("text,plover,rule", [
    ("Des centaines de proches assistent aux funérailles du maire.", "AID", "events.attended"),
    ("Le ministre, invité de l'émission du soir, a défendu la réforme.", "REQUEST", "events.guest"),
])
def test_attending_or_being_a_guest_is_no_aid_nor_request(analyse_text, monkeypatch, text, plover, rule):
    assert not events_of(analyse_text, text, plover)
    monkeypatch.setenv("VEILLE_RULES_OFF", rule)
    assert events_of(analyse_text, text, plover)


def test_help_given_and_a_request_made_are_still_events(analyse_text):
    assert events_of(analyse_text, "Les secouristes ont assisté les blessés toute la nuit.", "AID")
    assert events_of(analyse_text, "Les témoins sont invités à contacter la police.", "REQUEST")


def test_stopping_a_happening_arrests_no_one(analyse_text, monkeypatch):
    text = "Deux agents sont venus arrêter la bagarre des supporters."
    assert not events_of(analyse_text, text, "COERCE")
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.stopped_happening")
    assert events_of(analyse_text, text, "COERCE")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le musée rouvre\n\nSa réouverture a été repoussée en raison des manifestations contre les "
           "violences policières."),
    ("fr", "Le groupe change de logo\n\nLe groupe a changé son logo dans le cadre des manifestations "
           "antiracistes aux Etats-Unis."),
    ("en", "Museum reopens\n\nThe reopening was delayed in the wake of the protests against police "
           "violence."),
    ("en", "Museum reopens\n\nThe reopening was delayed because of the riots in the city."),
])
def test_a_happening_named_only_as_a_cause_or_setting_is_background(analyse_text, rules_off, lang, text):
    protests = [e for e in analyse_text(text, lang, "2020-06-10").events if e.type == "PROTEST"]
    assert len(protests) == 1 and protests[0].background and protests[0].acled is not None
    rules_off("events.setting_only")
    protests = [e for e in analyse_text(text, lang, "2020-06-10").events if e.type == "PROTEST"]
    assert not protests[0].background


def test_a_happening_reported_and_then_named_as_a_cause_is_news(analyse_text):
    text = ("Le musée rouvre\n\nDes manifestations ont réuni 2.000 personnes samedi à Paris. La réouverture "
            "du musée a été repoussée en raison des manifestations.")
    protests = [e for e in analyse_text(text, "fr", "2020-06-10").events if e.type == "PROTEST"]
    assert protests and not any(e.background for e in protests)
    cause = "Thaïlande\n\nAutre cause des manifestations, la Thaïlande connaît une crise."  # their cause
    assert not any(e.background for e in analyse_text(cause, "fr", "2020-06-10").events)
    ongoing = ("Iran\n\nDepuis le début des manifestations en septembre, 300 personnes ont été tuées, selon "
               "une ONG.")  # the protests go on: news, not the time since
    protests = [e for e in analyse_text(ongoing, "fr", "2020-10-10").events if e.type == "PROTEST"]
    assert protests and not any(e.background for e in protests)
    amid = "Bangkok\n\nPolice fired tear gas amid protests in Bangkok on Saturday."
    protests = [e for e in analyse_text(amid, "en", "2020-06-10").events if e.type == "PROTEST"]
    assert protests and not any(e.background for e in protests)
