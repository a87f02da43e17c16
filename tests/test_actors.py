"""The actor table: its content, its lookups, and the entities it names and ties together."""
from __future__ import annotations

import re

import pytest

from veille.data import read_rows
from veille.extractors.actors import ActorTable, actor_table
from veille.settings import SUPPORTED_LANGS


def test_actor_table_covers_states_forces_organisations_and_armed_groups():
    table = actor_table()
    kinds = {a.kind for a in table.actors}
    assert kinds == {"state", "military", "police", "organisation", "armed_group"}
    assert len(table) >= 300
    ids = [a.wikidata for a in table.actors if a.wikidata]
    assert len(ids) >= 300
    assert all(re.fullmatch(r"Q[1-9]\d*", q) for q in ids)
    assert len(ids) == len(set(ids)), "one Wikidata id names one actor"
    for actor in table.actors:  # one name per language
        assert sorted(lang for lang, _ in actor.names) == sorted(SUPPORTED_LANGS), actor
        assert all(name for _, name in actor.names), actor
    assert sum(a.kind == "state" for a in table.actors) >= 190


@pytest.mark.parametrize("name, qid", [
    ("Daech", "Q2429253"), ("EI", "Q2429253"), ("ISIS", "Q2429253"), ("l'Etat islamique", "Q2429253"),
    ("le groupe État islamique", "Q2429253"), ("Islamic State of Iraq and the Levant", "Q2429253"),
    ("ONU", "Q1065"), ("U.N.", "Q1065"), ("Nations unies", "Q1065"), ("OTAN", "Q7184"), ("NATO", "Q7184"),
    ("Union africaine", "Q7159"), ("CEDEAO", "Q193272"), ("AIEA", "Q41984"), ("IAEA", "Q41984"),
    ("Al-Qaïda", "Q34490"), ("PKK", "Q152220"),
    ("Irak", "Q796"), ("Iraq", "Q796"), ("Syrie", "Q858"), ("Etats-Unis", "Q30"), ("Russie", "Q159"),
])
def test_actor_found_by_its_french_and_english_names(name, qid):
    actor = actor_table().find(name)
    assert actor is not None and actor.wikidata == qid


def test_actor_lookup_of_forces_and_short_acronyms():
    table = actor_table()
    army = table.find("l'armée irakienne")
    assert army.kind == "military" and army.country == "IQ" and army.name("en") == "Military Forces of Iraq"
    assert army.name("fr") == "forces armées irakiennes" and army.id == "military-forces-of-iraq"
    assert table.find("Turkish troops").country == "TR"
    assert table.find("police malienne").kind == "police"
    # a short acronym matches only as written in capitals: "ei", "Is" and "un" are words
    assert table.find("ei") is None and table.find("Is") is None and table.find("un") is None
    assert table.find("Jean Dupont") is None
    assert table.state("FR").wikidata == "Q142"


def test_actor_table_rejects_a_malformed_row_and_an_actor_without_a_name():
    with pytest.raises(ValueError, match="actors.tsv line 2: 2 columns"):
        read_rows("# header\nalpha\tQ1\n", "actors.tsv", (4, 5))
    table = ActorTable(read_rows("alpha-front\tQ1\torganisation\t\tAF|Alpha\n", "actors.tsv", (4, 5)),
                       [["alpha-front", "en", "Alpha Front"], ["alpha-front", "fr", "Front Alpha"]])
    assert table.find("front alpha").wikidata == "Q1" and table.find("AF").name("en") == "Alpha Front"
    assert table.find("Alpha Front").name("fr") == "Front Alpha"
    assert table.find("AF").name("de") == "Alpha Front"  # no name in that language: the first one
    with pytest.raises(ValueError, match="no name for"):
        ActorTable([["beta", "", "organisation", ""]], [])
    with pytest.raises(ValueError, match="lacks"):
        ActorTable([], [["gamma", "en", "Gamma"]])


def test_entities_carry_wikidata_ids_and_tie_an_actor_s_names(analyse_text):
    a = analyse_text("Daech a revendiqué l'attaque. Le groupe Etat islamique contrôle encore la ville, "
                     "selon l'ONU. L'Etat islamique avait perdu Mossoul.", "fr", "2017-07-10")
    isil = [e for e in a.entities if e.wikidata == "Q2429253"]
    assert len(isil) == 1, [(e.name, e.wikidata) for e in a.entities]
    assert {a.text[s:t] for s, t in isil[0].mentions} >= {"Daech", "Etat islamique"}
    assert any(e.wikidata == "Q1065" for e in a.entities)


def test_reference_article_entities_are_linked(example_article):
    by_name = {e.name: e.wikidata for e in example_article.entities}
    assert by_name["Etat islamique"] == "Q2429253"
    assert by_name["Irak"] == "Q796" and by_name["Etats-Unis"] == "Q30"
    assert by_name["John Dorrian"] is None  # persons are not in the table


def test_country_places_get_the_state_id(analyse_text):
    a = analyse_text("U.S. forces struck targets near Kandahar, officials in the U.S. said.", "en",
                     "2019-05-02")
    us = [e for e in a.entities if a.text[e.mentions[0][0]:e.mentions[0][1]] == "U.S."]
    assert us and us[0].wikidata == "Q30"


def test_fact_sheet_shows_wikidata_ids(example_article):
    from veille.cli.sheet import fact_sheet

    sheet = fact_sheet(example_article)
    assert "Etat islamique [Q2429253]" in sheet and "John Dorrian [" not in sheet


def test_national_organisations_name_their_country():
    table = actor_table()
    homes = [table.home_country(name) for name in ("UGT", "CGT", "Fratelli d'Italia")]
    assert homes == ["ES", "FR", "IT"]
    assert table.home_country("ONU") is None  # an international body has no home
    assert table.home_country("Taliban") is None  # an armed group fights where it is, not only at home


@pytest.mark.parametrize("text, town, country", [
    ("On 21 April 2022, around 100 persons demonstrated in Bayonne at the call of unions, including the CGT "
     "and LDH.", "Bayonne", "FR"),
    ("On 21 February 2022, university staff belonging to the UCU gathered in York to strike.", "York", "GB"),
])
def test_national_organisations_place_the_towns_they_act_in(analyse_text, text, town, country):
    article = analyse_text(text, "en", "2022-04-21")
    place = next(p for p in article.places if p.name == town)
    assert place.country == country


# -- military operations and ACLED's names of actors ---------------------------------------------------

@pytest.mark.parametrize("name, country, force", [
    ("Barkhane", "ML", "military-forces-of-france"),
    ("l'opération Serval", "ML", "military-forces-of-france"),
    ("Operation Inherent Resolve", "IQ", "military-forces-of-united-states"),
    ("opération Sentinelle", "FR", "military-forces-of-france"),
])
def test_operations_table_names_the_country_and_the_force(name, country, force):
    from veille.extractors.actors import operation_table

    operation = operation_table().find(name)
    assert operation is not None and country in operation.countries and operation.force == force
    assert any(a.id == force for a in actor_table().actors), "the force is an actor of the table"
    assert operation_table().find("Paris") is None


def test_operations_table_rows_are_well_formed():
    from veille.extractors.actors import operation_table

    for operation in operation_table().operations:
        assert re.fullmatch(r"\d{4}-(\d{4})?", operation.years), operation
        assert all(re.fullmatch(r"[A-Z]{2}", c) for c in operation.countries), operation
        assert any(a.id == operation.force for a in actor_table().actors), operation


def test_acled_names_of_unnamed_actors_and_their_interaction_codes():
    from veille.extractors.actors import acled_actor

    assert acled_actor("military", "NE").name == "Military Forces of Niger"
    assert acled_actor("military", "US").name == "Military Forces of the United States"
    assert acled_actor("police", "TR").name == "Police Forces of Turkey"  # ACLED's spelling
    assert (acled_actor("protesters", "FR").name, acled_actor("protesters", "FR").inter) == \
        ("Protesters (France)", 6)
    assert (acled_actor("civilians", "CD").name, acled_actor("civilians", "CD").inter) == \
        ("Civilians (Democratic Republic of Congo)", 7)
    assert acled_actor("armed", "ML").name == "Unidentified Armed Group (Mali)"
    assert acled_actor("rioters", None) is None  # no country, no name


def test_acled_names_of_named_actors():
    from veille.extractors.actors import acled_named

    table = actor_table()
    assert acled_named(table.find("l'armée malienne"), violent=True).name == "Military Forces of Mali"
    assert acled_named(table.find("Etats-Unis"), violent=True).name == "Military Forces of the United States"
    assert acled_named(table.find("Etats-Unis"), violent=False).name == "Government of the United States"
    assert acled_named(table.find("Daech"), violent=True).inter == 2


@pytest.mark.parametrize("lemma, qualifiers, kind", [
    ("homme", ["armé"], "armed"), ("homme", [], "civilians"), ("force", ["de", "ordre"], "police"),
    ("soldat", ["français"], "military"), ("gunman", [], "armed"), ("protester", [], "protesters"),
    ("maison", [], None),
    # an English qualifier comes first: "armed man", "security force"
    ("man", ["armed"], "armed"), ("individual", ["armed"], "armed"), ("force", ["security"], "police"),
])
def test_nouns_name_a_kind_of_actor_in_either_language(lemma, qualifiers, kind):
    from veille.extractors.actors import kind_of_words

    assert kind_of_words(lemma, qualifiers) == kind


def test_state_forces_are_named_with_acled_s_period():
    from veille.extractors.actors import acled_actor, regime_period, with_period

    assert regime_period("NE", "2022-05-01", as_of="2022-05-02") == "(2021-)"
    assert regime_period("NE", "2022-05-01") == "(2021-2023)"  # ended since: as ACLED names it now
    assert regime_period("NE", "2024-01-01") == "(2023-)"
    assert regime_period("AQ", "2022-05-01") is None  # no period known: the name alone
    named = with_period(acled_actor("military", "NE"), "2021-08-09", "2021-08-10")
    assert named.name == "Military Forces of Niger (2021-)"
    assert with_period(acled_actor("civilians", "NE"), "2021-08-09").name == "Civilians (Niger)"


def _acled(events):
    primary = next(e for e in events if e.primary)
    return primary.acled


def test_the_party_an_event_noun_qualifies_is_its_actor_not_the_verb_s_subject(analyse_text):
    article = analyse_text("L'armée traquait lundi les auteurs de l'attaque qui a tué huit civils dimanche "
                           "près de Gao.", "fr", "2021-03-02")
    acled = _acled(article.events)
    assert acled.actor1 == "Unidentified Armed Group (Mali)"  # the attackers, not the army hunting them
    assert acled.actor2 == "Civilians (Mali)"


def test_a_nationality_on_the_means_names_the_agent_and_a_rank_the_victim(analyse_text):
    article = analyse_text("Le général iranien Qassem Soleimani a été tué dans un raid américain vendredi à "
                           "Bagdad.", "fr", "2020-01-04")
    acled = _acled(article.events)
    assert acled.actor1.startswith("Military Forces of the United States")
    assert acled.actor2.startswith("Military Forces of Iran")


def test_the_noun_a_passive_participle_follows_is_the_target(analyse_text):
    article = analyse_text("Dans une lettre à propos du colonel Jean Dupuis, tué dans une attaque "
                           "djihadiste le 24 mars dans l'Aude, le ministre se dit ému.", "fr", "2021-03-30")
    acled = _acled(article.events)
    assert acled.actor1 == "Unidentified Armed Group (France)"  # "une attaque djihadiste"
    assert acled.actor2.startswith("Military Forces of France")  # a colonel, not a civilian


def test_a_place_that_is_the_agent_of_a_passive_is_not_the_event_s_place(analyse_text):
    article = analyse_text("L'attaque, condamnée par Niamey et Paris, a tué dimanche huit personnes au "
                           "Niger.", "fr", "2020-08-10")
    places = {p.id: p.name for p in article.places}
    primary = next(e for e in article.events if e.primary)
    assert places[primary.place] == "Niger"  # not Niamey, which speaks for the government


def test_an_event_unplaced_in_its_sentence_takes_the_place_another_mention_gives(analyse_text):
    article = analyse_text("Une fusillade a fait trois morts samedi. Les victimes, des employés de "
                           "l'entreprise Durand, qui a son siège à Lyon, sont mortes dans la fusillade de "
                           "Nîmes.", "fr", "2021-06-07")
    places = {p.id: p.name for p in article.places}
    primary = next(e for e in article.events if e.primary)
    assert places[primary.place] == "Nîmes"


def test_a_place_in_another_noun_s_relative_clause_is_not_the_event_s(analyse_text):
    article = analyse_text("Une fusillade a fait trois morts samedi dans le Gard, parmi les employés de la "
                           "société Durand, qui a son siège à Lyon.", "fr", "2021-06-07")
    places = {p.id: p.name for p in article.places}
    primary = next(e for e in article.events if e.primary)
    assert places[primary.place] == "Gard"  # not the more precise Lyon, the company's seat


def test_a_place_the_news_is_measured_from_is_not_the_event_s(analyse_text):
    article = analyse_text("Trois soldats ont été tués lundi à 100 km au nord de Niamey, dans la commune "
                           "d'Ouallam.", "fr", "2021-03-16")
    places = {p.id: p.name for p in article.places}
    primary = next(e for e in article.events if e.primary)
    assert places[primary.place] == "Ouallam"  # Niamey is only the landmark


def test_a_site_s_name_is_not_a_namesake_region(analyse_text):
    article = analyse_text("Des manifestants se sont rassemblés dimanche à Washington devant l'église Saint "
                           "John, que la police a fait évacuer.", "fr", "2020-06-02")
    site = next(p for p in article.places if p.name == "Saint John")
    assert site.country == "US" and site.feature == "vicinity"  # not a parish of Antigua


def test_a_village_is_placed_by_the_town_of_any_sentence_that_names_it(analyse_text):
    article = analyse_text("Les girafes de Boukandaré attirent les touristes. Six humanitaires ont été tués "
                           "dimanche à Boukandaré, à 60 km de Niamey.", "fr", "2020-08-10")
    village = next(p for p in article.places if p.name == "Boukandaré")
    assert village.country == "NE" and village.feature == "vicinity"
    places = {p.id: p.name for p in article.places}
    primary = next(e for e in article.events if e.primary)
    assert places[primary.place] == "Boukandaré"


def test_a_place_s_name_is_no_weapon(analyse_text):
    named = analyse_text("Deux touristes ont été blessés mardi par un homme armé d'un couteau à "
                         "l'Alhambra de Grenade.", "fr", "2021-03-16")
    assert all((e.acled.sub_event_type if e.acled else None) != "Grenade" for e in named.events)
    thrown = analyse_text("Une grenade a été lancée mardi contre le commissariat de Grenoble, blessant deux "
                          "policiers.", "fr", "2021-03-16")
    assert any(e.acled and e.acled.sub_event_type == "Grenade" for e in thrown.events)


def test_a_clash_whose_fighters_are_not_named_is_an_unidentified_group_s(analyse_text, rules_off):
    rules_off("events.crime_article")  # (one sentence names no armed group, as an article about a war would)
    article = analyse_text("De violents combats ont éclaté lundi près de Mopti, au Mali.", "fr", "2021-03-16")
    acled = _acled(article.events)
    assert acled.sub_event_type == "Armed clash"
    assert acled.actor1 == "Unidentified Armed Group (Mali)"
