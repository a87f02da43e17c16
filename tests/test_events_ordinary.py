"""What ACLED would not code in a news article: arrests of ordinary crime, a word of arrest that arrests no
one (a decree, a stop, an office holder called out), a feeling shown, a machine that bursts, a story that
moves a country."""
from __future__ import annotations

import pytest

# a theft and its thief's arrest: no protester, opponent nor armed group named
THIEF = ("Lyon : un voleur de vélos arrêté après une course-poursuite\n\nUn homme de 30 ans a été arrêté "
         "mardi à Lyon par la police après avoir volé trois vélos dans un garage.")
# opponents arrested: a political arrest, which ACLED codes
OPPONENTS = ("Minsk : deux opposants arrêtés\n\nDeux opposants au président ont été arrêtés mardi à Minsk "
             "par la police.")
# a decree ("un arrêté") about opponents, who are not arrested
DECREE = ("Toulouse : le maire prend un arrêté\n\nLe maire de Toulouse a pris mardi un arrêté contre les "
          "opposants au projet.")
# ... and one read as a verb, after a determiner
OWN_DECREE = ("Toulouse : le maire et les opposants\n\nLe maire a pris mardi son propre arrêté contre les "
              "opposants au projet.")
# "arrêter de" + infinitive: a stop, no one arrested
STOP = ("Un médecin veut arrêter de faire peur\n\nUn médecin de Lille a dit mardi qu'il fallait arrêter de "
        "faire peur aux habitants.")
# a member of parliament calls out a minister in words
OFFICE = ("Assemblée : une députée interpelle le ministre de la Santé\n\nMardi, une députée a vivement "
          "interpellé le ministre de la Santé dans l'hémicycle.")
# a senator shows a feeling; a group of residents shows its anger in the street
FEELING = ("Brest : le sénateur inquiet\n\nLe sénateur de Brest a manifesté son inquiétude mardi après la "
           "fermeture de l'usine.")
CROWD = ("Moscou : un groupe manifeste sa colère\n\nUn petit groupe d'habitants a manifesté sa colère mardi "
         "devant la mairie de Moscou.")
# a story that moves a country is no riot
MOVED = ("Incendie à Lyon : les derniers messages d'un couple\n\nUn couple est mort dans l'incendie d'un "
         "immeuble à Lyon. Leur histoire émeut tout le pays.")
# an engine that bursts in flight: an accident
ENGINE = ("Un moteur explose en plein vol\n\nMardi, l'explosion d'un moteur d'un avion de ligne a blessé "
          "deux passagers au-dessus de l'Atlantique.")


def coded(article) -> list[str]:
    return [e.acled.sub_event_type for e in article.events if e.acled and not e.background]


def primary_sub(article) -> str | None:
    """The ACLED sub-event type of the article's primary event (None: not coded)."""
    e = next(e for e in article.events if e.primary)
    return e.acled.sub_event_type if e.acled else None


def test_arrests_of_ordinary_crime_are_not_coded(analyse_text, rules_off):
    assert coded(analyse_text(THIEF, "fr", "2021-03-16")) == []
    assert coded(analyse_text(OPPONENTS, "fr", "2021-03-16")) == ["Arrests"]
    rules_off("events.ordinary_arrests", "events.crime_article")
    assert coded(analyse_text(THIEF, "fr", "2021-03-16")) == ["Arrests"]


def test_a_stop_is_no_arrest(analyse_text, rules_off):
    rules_off("events.ordinary_arrests", "events.crime_article")
    assert coded(analyse_text(STOP, "fr", "2021-03-16")) == []
    rules_off("events.ordinary_arrests", "events.not_an_arrest", "events.crime_article")
    assert coded(analyse_text(STOP, "fr", "2021-03-16")) == ["Arrests"]


@pytest.mark.parametrize("text", [DECREE, OWN_DECREE])
def test_a_decree_is_no_arrest(analyse_text, rules_off, text):
    assert coded(analyse_text(text, "fr", "2021-03-16")) == []
    rules_off("events.not_an_arrest", "events.crime_article")
    assert coded(analyse_text(text, "fr", "2021-03-16")) == ["Arrests"]


def test_an_office_holder_called_out_is_not_arrested(analyse_text, rules_off):
    rules_off("events.ordinary_arrests", "events.crime_article")
    assert coded(analyse_text(OFFICE, "fr", "2021-03-16")) == []
    rules_off("events.ordinary_arrests", "events.not_an_arrest", "events.crime_article")
    assert coded(analyse_text(OFFICE, "fr", "2021-03-16")) == ["Arrests"]


def test_a_feeling_shown_is_no_protest(analyse_text, rules_off):
    assert coded(analyse_text(FEELING, "fr", "2021-03-16")) == []
    assert coded(analyse_text(CROWD, "fr", "2021-03-16")) == ["Peaceful protest"]
    rules_off("events.shown_feeling")
    assert coded(analyse_text(FEELING, "fr", "2021-03-16")) == ["Peaceful protest"]


def test_a_town_moved_is_no_riot(analyse_text):
    assert coded(analyse_text(MOVED, "fr", "2021-03-16")) == []


def test_a_burst_engine_is_an_accident(analyse_text, rules_off):
    assert coded(analyse_text(ENGINE, "fr", "2021-03-16")) == []
    rules_off("events.accident", "events.crime_article")
    assert coded(analyse_text(ENGINE, "fr", "2021-03-16")) != []


@pytest.mark.parametrize("text", [
    "Aulnay\n\nUne personne est morte et deux pompiers ont été blessés dans l'incendie d'un immeuble.",
    "Aulnay\n\nDeux habitants ont été blessés en sautant par la fenêtre pour échapper aux flammes.",
    "Aulnay\n\nUn mort dans l'incendie de l'immeuble. Deux soldats du feu ont été grièvement blessés.",
    "Floride\n\nUne capsule Crew Dragon a explosé au sol lors d'un test des propulseurs.",
])
def test_a_building_on_fire_or_a_machine_on_trial_is_an_accident(analyse_text, rules_off, text):
    assert coded(analyse_text(text, "fr", "2021-03-16")) == []
    rules_off("events.accident", "events.crime_article", "events.died_in_accident")
    assert coded(analyse_text(text, "fr", "2021-03-16")) != []


# a lynching told at a trial, with no one armed named: a court case
TRIAL = ("Aux assises, les images d'une rixe en prison\n\nLa cour d'assises a montré mercredi les images du "
         "lynchage d'un gardien dans une cour de la prison de Brest.")


def test_violence_told_at_a_trial_is_not_coded(analyse_text, rules_off):
    violence = ("Mob violence", "Attack")
    assert not any(sub in violence for sub in coded(analyse_text(TRIAL, "fr", "2021-03-16")))
    rules_off("events.trial_story", "events.crime_article")
    assert any(sub in violence for sub in coded(analyse_text(TRIAL, "fr", "2021-03-16")))


# a strike that stops the buses, with no march, rally or picket: a work stoppage
STOPPAGE = ("Transports : au troisième jour de grève, le trafic reste perturbé\n\nAu troisième jour de "
            "grève, le trafic restait très perturbé mardi sur les lignes de bus de Rennes, a indiqué la "
            "direction.")
# strikers who march: a demonstration, which ACLED codes
MARCH = ("Rennes : les grévistes défilent\n\nEn grève depuis lundi, les chauffeurs de bus ont défilé mardi "
         "dans le centre de Rennes.")
# a stabbing outside a bar and its suspects' arrest, in an article that names no group: ordinary crime
STABBING = ("Nantes : un homme poignardé devant un bar\n\nUn homme a été poignardé mardi soir devant un bar "
            "de Nantes. Deux suspects ont été interpellés mercredi matin par la police.")
# a shooting in a school: violence on the public at large, which ACLED codes whoever did it
SHOOTING = ("Lille : trois morts dans une école\n\nUn tireur a tué trois personnes mardi lors d'une "
            "fusillade dans une école de Lille.")


@pytest.mark.parametrize("rule, not_coded, coded_as, sub", [
    ("events.strike_no_demonstration", STOPPAGE, MARCH, "Peaceful protest"),
    ("events.crime_article", STABBING, SHOOTING, "Attack"),
])
def test_a_work_stoppage_and_a_crime_are_not_coded(analyse_text, rules_off, rule, not_coded, coded_as, sub):
    assert coded(analyse_text(not_coded, "fr", "2021-03-16")) == []
    assert sub in coded(analyse_text(coded_as, "fr", "2021-03-16"))
    rules_off(rule)
    assert coded(analyse_text(not_coded, "fr", "2021-03-16")) != []


# an offensive told only as such: days or weeks of violence, no one happening ACLED codes
OFFENSIVE = ("Nord du pays : l'offensive de l'armée se poursuit\n\nL'offensive de l'armée contre les "
             "rebelles dans le nord du pays se poursuit, a indiqué mardi le ministère de la Défense.")
# the same offensive with a day's clash: that clash is ACLED's event
CLASH = ("Nord du pays : combats meurtriers\n\nDes combats ont opposé mardi l'armée aux rebelles près de "
         "Kalané, dans le nord du pays, faisant douze morts.")


def test_an_offensive_told_only_as_such_is_not_coded(analyse_text, rules_off):
    assert coded(analyse_text(OFFENSIVE, "fr", "2021-03-16")) == []
    assert "Armed clash" in coded(analyse_text(CLASH, "fr", "2021-03-16"))
    rules_off("events.campaign_not_coded")
    assert coded(analyse_text(OFFENSIVE, "fr", "2021-03-16")) != []


# an offensive whose sentence names violence only as what a year was made of: a campaign still
SPANNED = ("Le maréchal reçu au Caire\n\nSamedi, alors que l'offensive de son armée dans l'ouest faisait "
           "long feu, après plus d'un an de combats aux portes de la capitale, le maréchal a rencontré le "
           "président.")


def test_violence_a_span_of_weeks_is_made_of_is_a_campaign(analyse_text, rules_off):
    assert coded(analyse_text(SPANNED, "fr", "2021-03-16")) == []
    rules_off("events.campaign_span")
    assert "Armed clash" in coded(analyse_text(SPANNED, "fr", "2021-03-16"))


# a protest that is only the aim of another deed (a letter signed): no demonstration
SIGNED = ("Vierzon : tribune des médecins\n\nUne centaine de médecins de Vierzon ont signé mardi une "
          "tribune pour protester contre les fermetures de lits.")
# a march made to protest: the demonstration ACLED codes
MARCHED = ("Hôpital de Vierzon : les médecins défilent\n\nUne centaine de médecins ont défilé mardi dans "
           "le centre de Vierzon pour protester contre la fermeture de la maternité.")


def test_a_protest_that_is_only_a_deed_s_aim_is_not_coded(analyse_text, rules_off):
    assert "Peaceful protest" not in coded(analyse_text(SIGNED, "fr", "2021-03-16"))
    assert "Peaceful protest" in coded(analyse_text(MARCHED, "fr", "2021-03-16"))
    rules_off("events.protest_as_aim")
    assert "Peaceful protest" in coded(analyse_text(SIGNED, "fr", "2021-03-16"))


@pytest.mark.parametrize("text,arrested", [
    ("On 30 April 2022, hundreds of people marched in Leeds. The march was held by a local group.", False),
    ("On 30 April 2022, twelve migrants were held by the police in Calais.", True),
])
def test_held_is_an_arrest_only_when_someone_holds_people(analyse_text, text, arrested):
    article = analyse_text(text, "en", "2022-05-01")
    assert any(e.acled and e.acled.sub_event_type == "Arrests" for e in article.events) is arrested


# notes as ACLED writes them, the rule that codes each, and what it gives with the rule and without
NOTES_BY_RULE = [
    ("On 24 January 2022, people demonstrated in Gladenbach against coronavirus-related measures. One person "
     "was arrested.", "events.intervention_in_protest", "Protest with intervention", "Peaceful protest"),
    ("On 3 January 2022, around 2,500 people demonstrated in Magdeburg against coronavirus-related "
     "measures. Demonstrators threw bottles and used pyrotechnics at police officers.",
     "events.intervention_in_protest", "Violent demonstration", "Peaceful protest"),
    ("On 12 June 2022, Levant Front fighters detained a civilian over allegations of collaboration with the "
     "Kurdish forces in Afrin city in Aleppo governorate.", "events.armed_group_detains",
     "Abduction/forced disappearance", "Arrests"),
    # (the Syrian Democratic Forces by ACLED's name for them)
    ("On 14 February 2022, QSD started a security operation and detained an IDP man in Shiheil town in Deir "
     "ez Zor countryside on charges of dealing with IS.", "events.armed_group_detains",
     "Abduction/forced disappearance", "Arrests"),
    ("On 27 April 2022, TTP militants fired at an off-duty policeman in a targeted attack at Wana town. He "
     "was killed in the attack.", "events.off_duty_victim", "Attack", "Armed clash"),
    ("On 19 February 2022, in Rio de Janeiro, armed suspects in a car shot and killed an off-duty military "
     "police officer in the Iraja neighborhood.", "events.off_duty_victim", "Attack", "Armed clash"),
]


@pytest.mark.parametrize("text,rule,coded_with,coded_without", NOTES_BY_RULE)
def test_a_rule_of_acled_notes_gives_their_sub_event_type(analyse_text, rules_off, text, rule, coded_with,
                                                           coded_without):
    assert primary_sub(analyse_text(text, "en", "2022-06-30")) == coded_with
    rules_off(rule)
    assert primary_sub(analyse_text(text, "en", "2022-06-30")) == coded_without


@pytest.mark.parametrize("text,protest", [
    ("On 23 May 2022, three activists occupied the Stiftswald forest near Kassel against the construction of "
     "the highway A44.", True),
    ("On 12 February 2022, an unknown number of people assembled in Heerlen to support the health care "
     "sector.", True),
    ("On 5 May 2022, the army occupied the town of Kidal.", False),
])
def test_an_occupation_or_a_gathering_of_people_is_a_protest(analyse_text, text, protest):
    article = analyse_text(text, "en", "2022-05-24")
    assert any(e.acled and e.acled.sub_event_type == "Peaceful protest" for e in article.events) is protest


def test_a_remote_explosive_is_an_explosive_device(analyse_text):
    text = ("On 15 June 2022, PKK militants carried out a remote explosive attack targeting a Turkish army "
            "vehicle in Suke area in Avasin region of Duhok. There were no casualties.")
    assert primary_sub(analyse_text(text, "en", "2022-06-16")) == "Remote explosive/landmine/IED"
