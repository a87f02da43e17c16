"""The article's main event and what ACLED codes around it: the headline's violence typed by the article's
reading, a happening the headline denies, a court case, arrests that only follow a crime, a trap set for
someone, one person's crime."""
from __future__ import annotations

import pytest

# a passenger's assault, which ACLED does not code, and the arrest that follows it
CRIME = ("Nantes : un contrôleur agressé dans un tramway\n\nUn contrôleur a été agressé lundi soir dans un "
         "tramway à Nantes par un passager qui refusait de présenter son billet. Il souffre d'une "
         "fracture du nez.\n\nDeux hommes ont été interpellés mardi et placés en garde à vue, selon le "
         "parquet.")

# the headline's assault, which its own sentence does not type, in an article that reads as a mob's violence
MOB = ("Rennes : deux policiers agressés lors d'une fête\n\nDeux policiers ont été agressés samedi soir à "
       "Rennes lors d'une fête qui a dégénéré. Des jets de projectiles ont visé les agents, lynchés par une "
       "foule d'une cinquantaine de personnes.")

def coded(article) -> list[str]:
    return [e.acled.sub_event_type for e in article.events if e.acled and not e.background]


def test_arrests_after_a_crime_are_not_coded(analyse_text, monkeypatch):
    assert coded(analyse_text(CRIME, "fr", "2021-03-16")) == []
    monkeypatch.setenv("VEILLE_RULES_OFF",
                       "events.arrests_of_crime,events.ordinary_arrests,events.crime_article")
    assert "Arrests" in coded(analyse_text(CRIME, "fr", "2021-03-16"))


def test_headline_violence_takes_the_article_reading(analyse_text, monkeypatch):
    primary = next(e for e in analyse_text(MOB, "fr", "2021-03-14").events if e.primary)
    assert primary.type == "ASSAULT" and primary.acled is not None
    assert primary.acled.sub_event_type == "Mob violence"
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.headline_reading")
    primary = next(e for e in analyse_text(MOB, "fr", "2021-03-14").events if e.primary)
    assert primary.acled is None


def test_a_trap_set_for_someone_is_an_attack(analyse_text):
    text = ("Guet-apens tendu à un gendarme dans le Gard : une enquête ouverte\n\nUn gendarme a été victime "
            "d'un guet-apens mardi soir à Alès en rentrant chez lui, a indiqué le parquet de Nîmes.")
    primary = next(e for e in analyse_text(text, "fr", "2021-03-17").events if e.primary)
    assert primary.type == "ASSAULT" and primary.acled is not None
    assert primary.acled.sub_event_type == "Attack"


def test_a_happening_the_headline_denies_is_not_coded(analyse_text, monkeypatch):
    text = ("Le préfet : \"Aucun gendarme n'a attaqué des manifestants\"\n\nLe préfet a affirmé mardi à "
            "Rennes qu'il n'avait pas eu connaissance de gendarmes qui avaient attaqué des manifestants "
            "lors de la marche de samedi.")
    assert coded(analyse_text(text, "fr", "2021-03-16")) == []
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.denied_headline")
    assert coded(analyse_text(text, "fr", "2021-03-16")) == ["Attack"]


def test_violence_told_as_a_court_case_is_not_coded(analyse_text, monkeypatch):
    text = ("Séoul : peines réduites pour deux chanteurs condamnés pour viol\n\nLes peines de deux "
            "chanteurs, condamnés pour le viol en réunion de deux femmes, ont été réduites mardi par la "
            "Haute Cour de Séoul.")
    assert coded(analyse_text(text, "fr", "2021-03-16")) == []
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.court_case,events.crime_article")
    assert coded(analyse_text(text, "fr", "2021-03-16")) == ["Sexual violence"]


def test_violence_done_to_a_partner_is_a_private_crime(analyse_text, monkeypatch):
    text = ("Lyon : il tue sa compagne\n\nUn homme de 40 ans a tué sa compagne dimanche soir à Lyon. Elle a "
            "été poignardée dans leur appartement. Il a été interpellé peu après par la police.")
    assert coded(analyse_text(text, "fr", "2021-03-15")) == []
    assert coded(analyse_text("A man killed his wife in Lagos on Saturday.", "en", "2021-03-15")) == []
    # a relative of the victim, not of the killers: an attack
    assert coded(analyse_text("Gunmen killed a farmer and his son in Zamfara on Saturday.", "en",
                              "2021-03-15")) == ["Attack"]
    # ... and the one done by a partner, told in the passive
    told = "Mardi, une femme a été poignardée par son mari à Nantes."
    assert coded(analyse_text(told, "fr", "2021-03-15")) == []
    # (all three read it)
    monkeypatch.setenv("VEILLE_RULES_OFF",
                       "events.private_violence,events.lone_offender,events.crime_article")
    assert "Attack" in coded(analyse_text(text, "fr", "2021-03-15"))
    assert coded(analyse_text(told, "fr", "2021-03-15")) != []


def test_the_lead_is_the_first_sentence_with_a_verb(analyse_text):
    text = ("Budget : les syndicats reçus à Bercy\n\nBercy.\n\nLes syndicats ont négocié lundi avec le "
            "ministre du Budget. Le mois dernier, des grévistes avaient manifesté à Paris contre la réforme.")
    primary = next(e for e in analyse_text(text, "fr", "2020-05-28").events if e.primary)
    assert primary.trigger.text == "négocié"


def test_a_deadline_does_not_date_the_event(analyse_text):
    text = ("Le groupe, qui était en train de négocier en interne un plan de départs, va suspendre les "
            "négociations et l'ajuster d'ici la rentrée pour tenir compte de la crise, a annoncé lundi sa "
            "présidente.")
    article = analyse_text(text, "fr", "2020-05-28")
    primary = next(e for e in article.events if e.primary)
    assert next(t.value for t in article.times if t.id == primary.time) == "2020-05-25"


def test_an_event_dated_by_a_list_of_days_is_dated_by_their_month(analyse_text, monkeypatch):
    text = "Les cheminots manifesteront à Lyon les 4, 5 et 6 juin prochains contre la réforme."

    def month(article):
        primary = next(e for e in article.events if e.primary)
        return next(t.value for t in article.times if t.id == primary.time)

    assert month(analyse_text(text, "fr", "2018-05-18")) == "2018-06"
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.time_days_listed")
    assert month(analyse_text(text, "fr", "2018-05-18")) == "2018-06-06"


def test_a_toll_to_date_is_no_one_event_s(analyse_text, monkeypatch):
    fr = ("Burkina : les attaques jihadistes ont fait plus de 2 000 morts à ce jour\n\nUne nouvelle attaque "
          "a frappé lundi la ville de Djibo, ont indiqué des sources locales.")
    en = ("Boko Haram attacks have killed 8,000 people to date in Borno. Gunmen attacked Konduga village on "
          "Monday.")

    def dead(text, lang):
        return next(e for e in analyse_text(text, lang, "2020-05-28").events if e.primary).fatalities

    assert dead(fr, "fr") is None and dead(en, "en") is None
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.cumulative_toll")
    assert dead(fr, "fr") == 2000


def test_the_event_s_own_clause_dates_it(analyse_text, monkeypatch):
    text = "La police enquête sur l'attentat qui a frappé lundi une mosquée de Kaboul."

    def day(article):
        primary = next(e for e in article.events if e.primary)
        return next(t.value for t in article.times if t.id == primary.time)

    assert day(analyse_text(text, "fr", "2020-08-12")) == "2020-08-10"
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.own_clause_date")
    assert day(analyse_text(text, "fr", "2020-08-12")) == "2020-08-12"


def test_the_toll_of_many_happenings_is_no_one_event_s(analyse_text, monkeypatch):
    text = "Des attaques jihadistes ont fait plus de 2.000 morts dans le nord du pays, selon l'ONU."
    told = ("Three men hurled two grenades at soldiers in front of the school on Monday. The explosions "
            "killed five soldiers.")

    def dead(text, lang):
        return next(e for e in analyse_text(text, lang, "2020-06-04").events if e.primary).fatalities

    assert dead(text, "fr") is None
    assert dead(told, "en") == 5  # the explosions told before: one happening's
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.plural_toll")
    assert dead(text, "fr") == 2000


def test_diplomats_expelled_are_diplomacy_not_coded(analyse_text):
    assert coded(analyse_text("Norway has expelled three embassy staff members in a retaliatory move.", "en",
                              "2021-04-15")) == []
    assert coded(analyse_text("Le Mali a expulsé mardi deux diplomates français.", "fr", "2021-04-15")) == []
    assert coded(analyse_text("Gunmen expelled hundreds of villagers from their homes in Tillaberi on "
                              "Monday.", "en", "2021-04-15")) == ["Other"]


def test_a_cue_inside_another_word_is_none(analyse_text):
    # "merg" in "emergency"
    assert coded(analyse_text("Emergency services were called after a car overturned on a road near Leeds "
                              "this evening.", "en", "2021-04-15")) == []


# a trader suspected (by no one named) in the headline and the standfirst, and his arrest told in the lead
SUSPECT = ("Un boulanger soupçonné de \"soutien à une entreprise terroriste\"\n\nIl est soupçonné d'avoir "
           "versé des fonds à un groupe armé au Sahel.\n\nUn boulanger de Nantes a été placé en garde à "
           "vue lundi, selon une source proche de l'enquête.")


def test_a_state_of_suspicion_gives_way_to_the_deed_told(analyse_text, monkeypatch):
    primary = next(e for e in analyse_text(SUSPECT, "fr", "2021-03-17").events if e.primary)
    assert primary.type == "COERCE"
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.suspected_state")
    primary = next(e for e in analyse_text(SUSPECT, "fr", "2021-03-17").events if e.primary)
    assert primary.type == "ACCUSE"


def primary_type(article) -> str | None:
    return next(e.type for e in article.events if e.primary)


# a leader's regret, the headline's predicate, over the killing named in its complement
REGRET = ("Le général « sincèrement désolé » après l'assassinat d'un pêcheur\n\nLe général a présenté ses "
          "excuses mardi après qu'un pêcheur a été tué par des soldats près de la frontière. Les soldats ont "
          "tiré sur son bateau.")
# guards who protest, after the colon, over the assault named before it
GUARDS = ("Agression au centre de détention de Brest : les gardiens se mobilisent contre l'insécurité\n\n"
          "Un détenu a poignardé un gardien lundi au centre de détention de Brest. Mardi matin, les gardiens "
          "ont bloqué l'entrée du centre. Ils réclament plus de moyens.")


def test_the_headline_s_predicate_is_the_primary_over_violence_in_its_complement(analyse_text, monkeypatch):
    assert primary_type(analyse_text(REGRET, "fr", "2021-03-17")) == "CONCEDE"
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.headline_predicate")
    assert primary_type(analyse_text(REGRET, "fr", "2021-03-17")) == "ASSAULT"


def test_a_headline_s_participle_is_its_predicate(analyse_text, monkeypatch):
    text = ("Un maire du Gers visé par une enquête pour agression\n\nLe maire d'Auch est visé par une "
            "enquête pour agression après la plainte d'un employé municipal, a indiqué lundi le parquet.")
    assert primary_type(analyse_text(text, "fr", "2021-03-17")) == "ACCUSE"
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.headline_predicate")
    assert primary_type(analyse_text(text, "fr", "2021-03-17")) == "ASSAULT"


def test_a_deed_after_the_colon_is_the_primary_over_violence_before_it(analyse_text, monkeypatch):
    primary = next(e for e in analyse_text(GUARDS, "fr", "2021-03-17").events if e.primary)
    assert primary.type == "PROTEST" and primary.acled is not None
    assert primary.acled.event_type == "Protests"
    # (the stabbing two days old, the follow-up rule would make the guards' protest the news as well)
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.headline_predicate,events.follow_up")
    assert primary_type(analyse_text(GUARDS, "fr", "2021-03-17")) == "ASSAULT"


def test_words_after_the_colon_or_a_frame_leave_the_headline_s_violence_first(analyse_text):
    knife = ("Attaque au couteau à Lille : une enquête ouverte\n\nUn passant a été poignardé mardi soir à "
             "Lille par un inconnu, a indiqué le parquet.")
    assert primary_type(analyse_text(knife, "fr", "2021-03-17")) == "ASSAULT"
    frame = ("Des arrestations pendant une manifestation à Minsk\n\nLa police a arrêté des centaines de "
             "femmes pendant une manifestation dimanche à Minsk.")
    assert primary_type(analyse_text(frame, "fr", "2021-03-17")) == "PROTEST"


def test_someone_called_out_in_words_is_not_arrested(analyse_text, monkeypatch):
    text = ("Le député et la taxe\n\n« Vous avez trahi les communes », l'a-t-il ensuite interpellé. Le "
            "ministre n'a pas répondu.")
    article = analyse_text(text, "fr", "2021-03-17")
    assert coded(article) == [] and primary_type(article) == "ACCUSE"
    matter = "Le conseil\n\nLe maire a interpellé le préfet sur la propreté des rues du centre."
    assert [e.type for e in analyse_text(matter, "fr", "2021-03-17").events] == ["ACCUSE"]
    arrest = "Le vol\n\nLes gendarmes ont interpellé deux militants sur le parking de la gare mardi."
    assert coded(analyse_text(arrest, "fr", "2021-03-17")) == ["Arrests"]
    monkeypatch.setenv("VEILLE_RULES_OFF",
                       "events.addressed,events.ordinary_arrests,events.not_an_arrest,events.crime_article")
    assert "Arrests" in coded(analyse_text(text, "fr", "2021-03-17"))


def test_a_burst_of_anger_a_scene_of_combat_a_fight_on_a_disease_are_no_violence(analyse_text, monkeypatch):
    anger = "La fête annulée\n\nUne explosion de colère a suivi l'annonce de l'annulation du concert."
    assert coded(analyse_text(anger, "fr", "2021-03-17")) == []
    scene = "Le tournage reprend\n\nLe réalisateur tournera des scènes de combat dans le désert en mai."
    assert [e.type for e in analyse_text(scene, "fr", "2021-03-17").events if e.type] == []
    disease = "Les hôpitaux\n\nLe combat contre le coronavirus se poursuit dans les services de Lyon."
    assert [e.type for e in analyse_text(disease, "fr", "2021-03-17").events if e.type] == []
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.figure_of_rise,events.crime_article")
    assert coded(analyse_text(anger, "fr", "2021-03-17")) != []


def test_a_blocking_where_no_protest_is_told_is_none(analyse_text, monkeypatch):
    text = ("Le site fermé\n\nLe tribunal a ordonné la fermeture du site. Les coûts de blocage seront "
            "remboursés aux opérateurs.")
    assert coded(analyse_text(text, "fr", "2021-03-17")) == []
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.blocking_needs_protest")
    assert coded(analyse_text(text, "fr", "2021-03-17")) == ["Peaceful protest"]


def test_someone_s_attacks_on_a_named_state_in_a_clause_of_no_violence_are_words(analyse_text, monkeypatch):
    text = ("Les alliés\n\nDes soldats restent stationnés dans le pays. La décision de Jean Dupont et ses "
            "attaques contre Madrid ont tendu les relations entre les deux capitales.")
    assert coded(analyse_text(text, "fr", "2021-03-17")) == []
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.figure_of_words")
    assert coded(analyse_text(text, "fr", "2021-03-17")) == ["Attack"]


def test_forces_deployed_in_an_epidemic_make_no_change_to_armed_activity(analyse_text, monkeypatch):
    text = ("Grippe : la ville de Perth confinée\n\nL'épidémie de grippe gagne du terrain en Australie. Les "
            "hôpitaux de Perth sont pleins. Les écoles ferment lundi.\n\nL'armée a annoncé lundi le "
            "déploiement de 500 soldats à Perth après l'apparition d'un foyer.")
    assert coded(analyse_text(text, "fr", "2021-03-17")) == []
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.epidemic_forces")
    assert coded(analyse_text(text, "fr", "2021-03-17")) == ["Change to group/activity"]


def test_a_light_verbs_complement_may_be_the_noun_its_relative_clause_hangs_on(analyse_text, monkeypatch):
    text = ("Madrid salue la présence des soldats que Washington veut réduire\n\nLe ministre a parlé "
            "mardi de la présence de soldats.")
    assert "RETREAT" in [e.type for e in analyse_text(text, "fr", "2021-03-16").events]
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.relative_complement")
    assert "RETREAT" not in [e.type for e in analyse_text(text, "fr", "2021-03-16").events]


# a request told today, and the same verb sentences later for a request of years before
REQUESTS = ("Une ONG réclame une enquête sur la mort d'un berger\n\nUne organisation de défense des droits a "
            "demandé à l'armée d'ouvrir une enquête sur la mort d'un berger. Le berger gardait ses moutons "
            "près de la frontière. Sa famille vit dans un village voisin. Les soldats patrouillent souvent "
            "dans cette zone. Le 4 mai 2015, l'organisation avait déjà demandé une enquête sur un autre "
            "drame.")


def test_the_same_verb_dated_years_before_is_another_happening(analyse_text, rules_off):
    primary = next(e for e in analyse_text(REQUESTS, "fr", "2021-03-17").events if e.primary)
    assert primary.type == "REQUEST" and not primary.background and len(primary.mentions) == 2
    rules_off("events.same_verb_dated_apart")
    requests = [e for e in analyse_text(REQUESTS, "fr", "2021-03-17").events if e.type == "REQUEST"]
    assert len(requests) == 1 and requests[0].background


def test_a_headline_verb_tagged_as_a_noun_is_that_verb(analyse_text, rules_off):
    text = ("Sahel : une juge presse la police d'agir vite\n\nUne juge a demandé mardi à la police d'agir "
            "vite après la disparition d'un enfant, a-t-elle déclaré.")
    primary = next(e for e in analyse_text(text, "fr", "2021-03-17").events if e.primary)
    assert primary.type == "REQUEST" and "presse" in [m.text for m in primary.mentions]
    rules_off("events.headline_verb_form")
    primary = next(e for e in analyse_text(text, "fr", "2021-03-17").events if e.primary)
    assert "presse" not in [m.text for m in primary.mentions]


@pytest.mark.parametrize("text", [
    "Un homme a tué son voisin de 19 ans à coups de couteau samedi à Lomme, parce qu'il écoutait sa musique "
    "trop fort.",
    "Un individu a poignardé un livreur dimanche soir à Marseille, après une dispute.",
])
def test_one_persons_crime_is_not_coded(analyse_text, monkeypatch, text):
    assert coded(analyse_text(text, "fr", "2021-03-15")) == []
    monkeypatch.setenv("VEILLE_RULES_OFF", "events.lone_offender,events.crime_article")
    assert coded(analyse_text(text, "fr", "2021-03-15")) == ["Attack"]


@pytest.mark.parametrize("text", [
    "Des hommes armés ont tué trois civils lundi près de Niamey.",  # a group
    "Un jihadiste a tué un prêtre mardi à Saint-Etienne-du-Rouvray.",  # a political one
    "Un homme a attaqué au couteau des passants samedi à Lyon.",  # anyone, in public
])
def test_violence_of_groups_or_in_public_stays_coded(analyse_text, text):
    assert coded(analyse_text(text, "fr", "2021-03-15")) == ["Attack"]


# an article that tells no event of a type: a lorry's load spilled on a motorway
SPILL = ("Des heures de bouchons sur l'A7\n\nUn camion a déversé sa cargaison de tomates sur l'autoroute A7, "
         "mardi 9 mars, à hauteur de Valence. La circulation a repris dans la soirée.")


def test_the_lead_of_an_article_with_no_event_is_its_main_happening(analyse_text, rules_off):
    article = analyse_text(SPILL, "fr", "2021-03-10")
    [event] = article.events
    assert event.primary and event.type is None and event.acled is None
    assert event.trigger.text == "déversé" and event.rules["type"] == "events.lead_happening"
    assert next(p.name for p in article.places if p.id == event.place) == "Valence"
    assert next(t.value for t in article.times if t.id == event.time) == "2021-03-09"
    rules_off("events.lead_happening")
    assert analyse_text(SPILL, "fr", "2021-03-10").events == []


@pytest.mark.parametrize("text", [
    # a state no date makes news; a forecast; a verb of a kind read as none (a yearly toll)
    "Les vacances\n\nLes Français sont les champions d'Europe des vacances à la mer.",
    "La météo\n\nLe Sud-Ouest devrait afficher les températures les plus hautes.",
    "Un bilan\n\nAu moins 90 femmes ont été tuées par leur conjoint en Espagne en 2018.",
])
def test_a_lead_of_a_state_a_forecast_or_a_toll_tells_no_happening(analyse_text, text):
    assert analyse_text(text, "fr", "2021-03-10").events == []


def test_a_state_the_lead_dates_is_news(analyse_text):
    text = "Le vote\n\nCe dimanche 7 mars, le taux de participation était de 52 % à midi."
    [event] = analyse_text(text, "fr", "2021-03-08").events
    assert event.type is None and event.trigger.text == "était"


@pytest.mark.parametrize("lang, text", [
    # a modal, a plan, a future or a wish: nothing told as done
    ("fr", "La réforme\n\nLe ministre doit présenter jeudi la réforme des retraites."),
    ("fr", "La réforme\n\nLe ministre va présenter jeudi la réforme des retraites."),
    ("fr", "Le club\n\nLe club espère gagner le championnat."),
    ("en", "The reform\n\nThe minister will present the pension reform on Thursday."),
    # a state given a lapse, not a day
    ("en", "Holidays\n\nFor ten years the French have been the champions of holidays."),
    # the figurative fight left no event; its sentence's verb is a conditional
    ("fr", "La réforme\n\nLe ministre devrait présenter jeudi la réforme, un combat mené par les élus."),
])
def test_a_lead_told_as_not_done_has_no_main_happening(analyse_text, lang, text):
    assert analyse_text(text, lang, "2021-03-10").events == []


@pytest.mark.parametrize("lang, text, trigger", [
    # a verb that carries another's happening as done, a verb of saying, a modal in the past
    ("fr", "Licencié\n\nL'ancien candidat vient d'annoncer avoir été licencié de l'usine de Blanquefort.",
     "licencié"),
    ("fr", "Atterrissage\n\nL'avion a dû atterrir mardi à Lyon après une alerte.", "atterrir"),
    ("en", "Spill\n\nA lorry spilled its load of tomatoes on the motorway near Valence on Tuesday.",
     "spilled"),
])
def test_the_lead_happening_is_the_verb_told_as_done(analyse_text, lang, text, trigger):
    [event] = analyse_text(text, lang, "2021-03-10").events
    assert event.type is None and event.trigger.text == trigger



# the attack, days before, named before the headline's colon; the news after it
FOLLOW_UP = ("Attentat de Carvin : le frère du suspect mis en examen\n\nL'attentat commis vendredi 12 mars à "
             "Carvin a fait deux morts. Le frère du suspect a été mis en examen {day} pour association de "
             "malfaiteurs.")


@pytest.mark.parametrize("published, day, primary", [
    ("2021-03-16", "mardi", "ACCUSE"),  # four days after the attack: its follow-up is the news
    ("2021-03-13", "samedi", "ASSAULT"),  # the day after: the attack still is
])
def test_a_headline_deed_days_old_is_the_setting_of_its_follow_up(analyse_text, rules_off, published, day,
                                                                   primary):
    text = FOLLOW_UP.format(day=day)
    assert next(e for e in analyse_text(text, "fr", published).events if e.primary).type == primary
    rules_off("events.follow_up")
    assert next(e for e in analyse_text(text, "fr", published).events if e.primary).type == "ASSAULT"


def test_a_killing_by_an_armed_individual_is_no_lone_crime(analyse_text):
    text = ("On 26 May 2022, in Guadalajara, Jalisco, a man was shot dead by an armed individual in a "
            "vehicle in a drive-by incident. 1 fatality.")
    primary = next(e for e in analyse_text(text, "en", "2022-05-27").events if e.primary)
    assert primary.acled is not None and primary.acled.sub_event_type == "Attack"
