"""Geoparsing: the reference article, containers, context, and honest non-answers."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from veille.extractors.places.resolve import (
    CONTAINER,
    EVIDENCE,
    PROMINENCE,
    Context,
    PlaceWeights,
    score,
    winning_evidence,
)
from veille.geo.gazetteer import Candidate, shared_gazetteer

from .conftest import shared_file


def _place(article, surface):
    for p in article.places:
        if any(article.text[s:e] == surface for s, e in p.mentions):
            return p
    return None


def test_places_reference_article(example_article):
    got = {p.name: (p.geonameid, p.country, p.feature) for p in example_article.places}
    assert got["Mosul"] == (99072, "IQ", "city")
    assert got["Iraq"] == (99237, "IQ", "country")
    assert got["Syria"] == (163843, "SY", "country")
    assert got["United States"] == (6252001, "US", "country")
    assert _place(example_article, "Moyen-Orient").feature == "region"
    assert len(example_article.places) == 5


@pytest.mark.parametrize("text, lang, surface, country", [
    ("The storm hit Paris, Texas, on Monday before moving east.", "en", "Paris", "US"),
    ("Police in Athens, Ga., arrested two men after the robbery near the campus.", "en", "Athens", "US"),
    ("Le festival s'est ouvert à Paris samedi en présence du ministre.", "fr", "Paris", "FR"),
    ("Le sommet s'est tenu à Dakar, au Sénégal, la semaine dernière.", "fr", "Dakar", "SN"),
])
def test_places_containers_and_prominence(analyse_text, text, lang, surface, country):
    p = _place(analyse_text(text, lang), surface)
    assert p is not None and p.country == country


def test_places_city_over_region_of_the_same_name(analyse_text):
    p = _place(analyse_text("Une manifestation a eu lieu à Dakar jeudi.", "fr"), "Dakar")
    assert p.feature == "city"


def test_places_unknown_place_stays_unresolved(analyse_text):
    a = analyse_text("Les habitants de Zqwertyville ont manifesté devant la mairie de Lyon.", "fr")
    lyon = _place(a, "Lyon")
    assert lyon is not None and lyon.country == "FR"
    unknown = _place(a, "Zqwertyville")
    assert unknown is None or unknown.geonameid is None


def test_places_reference_gold_scores(example_article):
    gold_file = shared_file("examples", "fr-2016-09-mossoul-renforts.gold.jsonl")
    gold = json.loads(gold_file.read_text().splitlines()[0])
    found = 0
    for g in gold["gold"]["places"]:
        p = _place(example_article, g["text"])
        assert p is not None, g["text"]
        if g["geonameid"]:
            found += p.geonameid == g["geonameid"]
    assert found == sum(1 for g in gold["gold"]["places"] if g["geonameid"])


@pytest.mark.parametrize("text, surface, country, feature", [
    # names the small English model reads as persons or groups, in positions only places take
    ("On 7 April 2022, Israeli forces shelled Ghadir al Bostan (Quneitra). No casualties.",
     "Quneitra", "SY", "admin1"),
    ("On 3 June 2022, in Kanki village (Uttar Dinajpur, West Bengal), BJP supporters clashed with police.",
     "Uttar Dinajpur", "IN", "admin2"),
    ("On 28 March 2022, around 30 striking health workers demonstrated in Bourg-de-Peage to call for "
     "an increase in their salaries.", "Bourg-de-Peage", "FR", "city"),
    ("On 10 January 2022, about 80 people took part in a walk in Schwanewede to protest.",
     "Schwanewede", "DE", "city"),
    # a word for a region after the name: the region, not its namesake town
    ("On 2 May 2022, in Chan Thar village (Ye-U township, Shwebo district, Sagaing region), the military "
     "burned houses.", "Sagaing", "MM", "admin1"),
    # a place the model ran into its containers ("Windsor (Ontario", "Gomez Palacio, Durango")
    ("On 14 February 2022, 3 protestors gathered in Windsor (Ontario) to demonstrate against mandates.",
     "Windsor", "CA", "city"),
    ("On 8 June 2022, in Gomez Palacio, Durango, people block the streets in the city center.",
     "Gomez Palacio", "MX", "city"),
    # a town read as a person, or left untagged after "central" or "the hospital of"
    ("On 19 April 2022, Russian forces continued shelling Kharkiv, using multiple rocket launchers.",
     "Kharkiv", "UA", "city"),
    ("On 6 April 2022, workers rallied outside the Labour Center and then marched in central Heraklion.",
     "Heraklion", "GR", "city"),
    ("On 7 June 2022, health workers demonstrated at the hospital of Alencon to denounce their working "
     "conditions.", "Alencon", "FR", "city"),
])
def test_places_the_model_missed_or_mislabelled(analyse_text, text, surface, country, feature):
    article = analyse_text(text, "en", "2022-05")
    place = _place(article, surface)
    assert place is not None and (place.country, place.feature) == (country, feature)


def test_an_event_is_at_the_village_not_at_the_regions_in_its_parentheses(analyse_text):
    article = analyse_text("On 2 May 2022, in Chan Thar village (Ye-U township, Shwebo district, Sagaing "
                           "region), the military burned houses.", "en", "2022-05")
    (event,) = [e for e in article.events if e.primary]
    place = next(p for p in article.places if p.id == event.place)
    assert place.name == "Chan Thar" and place.feature == "vicinity" and place.country == "MM"


def test_places_transliterations_of_arabic_names(analyse_text):
    # ACLED's spellings drop the apostrophes and ayns of GeoNames' ("Ma’rib", "Dar‘ā") and final letters
    a = analyse_text("On 3 May 2022, Houthi forces shelled positions near the city of Marib (Marib).", "en",
                     "2022-05-03")
    assert [p.country for p in a.places] == ["YE"]
    b = analyse_text("On 4 May 2022, clashes were reported in Ar Rutba (Al Anbar).", "en", "2022-05-04")
    assert {p.country for p in b.places} == {"IQ"} and len(b.places) == 2


def test_places_acronyms_read_only_as_curated_names(analyse_text):
    # a union's acronym ("SUD") is not Haiti's Sud region, and does not push the town out of France
    a = analyse_text("On 31 May 2022, at the call of CGT and SUD, around 70 health workers demonstrated in "
                     "Cahors.", "en", "2022-05-31")
    assert _place(a, "Cahors").country == "FR"
    assert all(p.country != "HT" for p in a.places)
    # provinces' postal abbreviations are curated names
    b = analyse_text("Protesters gathered in Victoria, B.C., on Saturday.", "en", "2022-05-31")
    assert (_place(b, "B.C.").name, _place(b, "Victoria").country) == ("British Columbia", "CA")


def test_places_rivers_and_names_the_model_cut_in_two(analyse_text):
    a = analyse_text("On 24 June 2022, in Port of Spain, around 200 workers gathered in front of the "
                     "Ministry of Labour.", "en", "2022-06-24")
    assert (_place(a, "Port of Spain").country, [p.name for p in a.places]) == ("TT", ["Port of Spain"])
    # "the Po river" is a river, not the Chinese town the gazetteer spells Po
    b = analyse_text("On 17 February 2022, activists staged a protest on the Po river, in Torino (Torino, "
                     "Piemonte).", "en", "2022-02-17")
    assert all(p.country in (None, "IT") for p in b.places)


def test_places_name_the_model_cut_short_and_modern_spellings(analyse_text):
    a = analyse_text("On 14 February 2022, QSD detained a man in Shiheil town in Deir ez Zor countryside.",
                     "en", "2022-02-14")
    assert _place(a, "Deir ez Zor").country == "SY"
    b = analyse_text("On 3 March 2022, the Russian military forces shelled Bashtanka, Mykolaiv.", "en",
                     "2022-03-03")
    assert _place(b, "Mykolaiv").country == "UA"


def test_places_a_town_s_container_is_the_region_it_lies_in(analyse_text):
    a = analyse_text("Mary Ann from a cake studio in Tacoma, Washington shares tips for decorating cookies.",
                     "en")
    assert (_place(a, "Washington").feature, _place(a, "Tacoma").country) == ("admin1", "US")


def test_places_a_part_of_a_country_the_gazetteer_lacks_is_the_country(analyse_text):
    a = analyse_text("Heavy rain is expected across South Venezuela this week, forecasters said.", "en")
    assert (_place(a, "South Venezuela").feature, _place(a, "South Venezuela").country) == ("country", "VE")


def test_places_abbreviated_saints_find_the_city_spelled_out(analyse_text):
    a = analyse_text("Officials in St. Petersburg said the ship would sail on Monday.", "en")
    assert _place(a, "St. Petersburg").country == "RU"


def test_places_a_name_listed_with_regions_is_a_region(analyse_text):
    a = analyse_text("Tech workers are leaving western states such as California or Washington because of "
                     "housing costs.", "en")
    assert (_place(a, "Washington").feature, _place(a, "Washington").country) == ("admin1", "US")


def test_places_a_site_named_after_a_town_is_placed_there(analyse_text):
    a = analyse_text("Mexico announced new sewage works on Friday. Volunteers cleaned the banks of the "
                     "Tijuana River on Saturday.", "en")
    site = next(p for p in a.places if p.name == "Tijuana River")
    tijuana = next(c for c in shared_gazetteer().lookup("Tijuana") if c.feature == "city")
    assert (site.geonameid, site.feature, site.country) == (None, "vicinity", "MX")
    assert (site.lat, site.lon) == (round(tijuana.lat, 5), round(tijuana.lon, 5))


def test_places_a_linking_word_written_for_another_still_finds_the_town(analyse_text, rules_off):
    text = "Un incendie a détruit mardi une grange à Saint-Julien-de-Sault, dans l'Yonne."
    town = _place(analyse_text(text, "fr"), "Saint-Julien-de-Sault")
    assert (town.name, town.feature, town.country) == ("Saint-Julien-du-Sault", "city", "FR")
    rules_off("places.linking_variant")
    assert not any(p.name == "Saint-Julien-du-Sault" for p in analyse_text(text, "fr").places)


def test_places_a_square_named_after_a_country_is_in_the_town(analyse_text):
    a = analyse_text("Des heurts ont éclaté samedi place d'Italie, à Paris, entre des manifestants et la "
                     "police.", "fr")
    square = next(p for p in a.places if p.name == "Italie")
    assert (square.feature, square.country) == ("vicinity", "FR")


def test_places_case_parties_and_provinces_named_after_their_city(analyse_text):
    a = analyse_text("On 8 May 2022, demonstrators gathered in Saint Petersburg (Florida) after the leak of "
                     "the Dobbs v. Jackson draft opinion.", "en", "2022-05-08")
    assert not any(a.text[s:e] == "Jackson" for p in a.places for s, e in p.mentions)
    b = analyse_text("On 2 June 2022, students protested outside the university in Torino (Piemonte).", "en",
                     "2022-06-02")
    torino = next(p for p in b.places if b.text[p.mentions[0][0]:p.mentions[0][1]] == "Torino")
    assert torino.feature == "city" and torino.country == "IT"


LISTED_STATES = ("Tech workers are leaving western states such as California or Washington because of "
                 "housing costs.")


def test_places_trace_the_evidence_that_won_their_reading(analyse_text):
    a = analyse_text("The storm hit Paris, Texas, on Monday before moving east.", "en")
    assert _place(a, "Paris").rules == {"geonameid": "places.container"}
    b = analyse_text(LISTED_STATES, "en")
    assert _place(b, "Washington").rules == {"geonameid": "places.listed_with_regions"}
    c = analyse_text("Une manifestation a eu lieu à Dakar jeudi.", "fr")
    dakar = _place(c, "Dakar")
    assert dakar.rules == {"geonameid": "places.city_of_region"}
    # the model read Dakar as a LOC; read as a town, its entity is a GPE
    entity = next(e for e in c.entities if e.id == dakar.entity)
    assert (entity.type, entity.rules["type"]) == ("GPE", "places.entity_type")


def test_places_rules_switched_off_produce_nothing(analyse_text, monkeypatch):
    monkeypatch.setenv("VEILLE_RULES_OFF", "places.listed_with_regions")
    washington = _place(analyse_text(LISTED_STATES, "en"), "Washington")
    assert washington.feature != "admin1"
    assert washington.rules.get("geonameid") != "places.listed_with_regions"


def test_places_a_country_s_entity_takes_its_state_s_wikidata_id(analyse_text, monkeypatch):
    text = "The U.S. sent more troops on Monday."
    us = next(e for e in analyse_text(text, "en").entities if e.name == "U.S.")
    assert (us.wikidata, us.rules["wikidata"]) == ("Q30", "links.country_state")
    monkeypatch.setenv("VEILLE_RULES_OFF", "links.country_state")
    us = next(e for e in analyse_text(text, "en").entities if e.name == "U.S.")
    assert us.wikidata is None and "wikidata" not in us.rules


def test_place_scores_add_named_evidence_with_named_weights():
    texas = Candidate(4736286, "Texas", 31.25, -99.25, "US", "admin1", 22_875_689, None, 1)
    capital = Candidate(2988507, "Paris", 48.85, 2.35, "FR", "city", 2_138_551, 3012874, 1)
    town = Candidate(4717560, "Paris", 33.66, -95.56, "US", "city", 24_782, texas.geonameid, 1)
    ctx, every = Context(Counter(), Counter(), []), frozenset(EVIDENCE)

    def best(container, on=every, w=None):
        return max([capital, town], key=lambda c: score(c, ctx, container, on, w or PlaceWeights()))

    assert best(None) is capital
    assert winning_evidence(capital, [capital, town], ctx, None, every) == PROMINENCE
    assert best(texas) is town
    assert winning_evidence(town, [capital, town], ctx, texas, every) == CONTAINER
    # a container that weighs nothing, or is not read, leaves the capital first
    assert best(texas, w=PlaceWeights(container_bonus=0)) is capital
    assert best(texas, on=every - {CONTAINER}) is capital


# -- directions, operations ------------------------------------------------------------------------

def test_places_a_direction_alone_is_a_region_only_of_a_country_the_article_names(analyse_text):
    # a direction of another country than the regions so named: no place
    a = analyse_text("La Corée du Sud a accusé lundi le Nord d'avoir tiré deux missiles. Séoul s'inquiète.",
                     "fr", "2021-03-01")
    north = _place(a, "Nord")
    assert north is None or north.lat is None
    # the article names the country whose region it is: that region
    a = analyse_text("En Haïti, des inondations ont frappé le Nord, où des routes sont coupées. "
                     "Port-au-Prince est épargnée.", "fr", "2021-03-01")
    north = _place(a, "Nord")
    assert north is not None and (north.country, north.feature) == ("HT", "admin1")
    assert north.rules.get("geonameid") != "places.direction"


def test_places_a_direction_is_the_country_named_whose_name_holds_it(analyse_text):
    # the article names North Korea by its capital and South Korea by name: "le Nord" is the one, "le Sud"
    # the other
    a = analyse_text("Pyongyang a menacé mardi de rompre avec la Corée du Sud. Le Nord reproche au Sud "
                     "des envois de tracts.", "fr", "2021-03-01")
    north, south = _place(a, "Nord"), _place(a, "Sud")
    assert north is not None and (north.country, north.feature) == ("KP", "country")
    assert south is not None and (south.country, south.feature) == ("KR", "country")


def test_places_a_direction_left_unplaced_is_no_village_of_its_sentence(analyse_text):
    # no country named holds "Sud": no place, not the town its sentence names
    a = analyse_text("Des soldats venus du Sud sont arrivés lundi à Tombouctou.", "fr", "2021-03-01")
    south = _place(a, "Sud")
    assert south is None or south.lat is None


def test_places_a_direction_takes_the_region_of_the_country_named(analyse_text):
    a = analyse_text("Dans le Nord, des agriculteurs ont bloqué une route près de Lille lundi.", "fr",
                     "2021-03-01")
    north = _place(a, "Nord")
    assert north is not None and north.country == "FR"


@pytest.mark.parametrize("text, name", [
    ("Les soldats de Barkhane ont neutralisé dix jihadistes lundi au Mali.", "Barkhane"),
    ("Les militaires de Sangaris ont quitté Bangui samedi.", "Sangaris"),
])
def test_places_a_military_operation_is_no_place(analyse_text, text, name):
    a = analyse_text(text, "fr", "2021-03-01")
    assert _place(a, name) is None



# a place inside a group's name that its acronym abbreviates is part of the name; a country's acronym
# keeps the country
@pytest.mark.parametrize("off, kept", [("", False), ("places.abbreviated_name", True)])
def test_places_a_place_inside_an_abbreviated_name_is_no_place(analyse_text, monkeypatch, off, kept):
    monkeypatch.setenv("VEILLE_RULES_OFF", off)
    a = analyse_text("Des combattants d'Al-Qaïda au Maghreb islamique (Aqmi) ont attaqué un poste près de "
                     "Tombouctou.", "fr", "2021-03-01")
    assert (_place(a, "Maghreb") is not None) is kept
    assert _place(a, "Tombouctou") is not None


def test_places_a_country_before_its_own_acronym_stays_a_place(analyse_text):
    a = analyse_text("Des soldats ont été tués dans le Nord-Kivu, à l'est du Congo (RDC).", "fr",
                     "2021-03-01")
    assert any(p.country in ("CD", "CG") and p.feature == "country" for p in a.places)



# a name the article gives a company is no town that bears it; a place after "de" stays the place
@pytest.mark.parametrize("off, kept", [("", False), ("places.company_name", True)])
def test_places_a_company_named_so_is_no_place(analyse_text, monkeypatch, off, kept):
    monkeypatch.setenv("VEILLE_RULES_OFF", off)
    a = analyse_text("L'enseigne de distribution Carrefour va fermer trois magasins en France d'ici l'été.",
                     "fr", "2021-03-01")
    assert (_place(a, "Carrefour") is not None) is kept
    assert _place(a, "France") is not None


def test_places_a_place_after_de_is_no_company(analyse_text):
    a = analyse_text("Les chercheurs du laboratoire de Los Alamos ont travaillé à la bombe.", "fr",
                     "2021-03-01")
    assert _place(a, "Los Alamos") is not None


# -- a city of millions and its village namesakes ----------------------------------------------------

def test_places_a_metropolis_beats_a_village_namesake_favoured_only_by_a_region_named(analyse_text):
    # an article on Iran that names Florida in passing: Baghdad, not the village of Florida
    a = analyse_text("L'Iran a promis de riposter après la frappe de drone qui a tué vendredi un général "
                     "iranien à Bagdad. Le président américain a suivi l'opération depuis sa résidence de "
                     "Floride.", "fr", "2021-03-01")
    city = _place(a, "Bagdad")
    assert city is not None and city.country == "IQ"
    assert city.rules.get("geonameid") == "places.metropolis"
    # an article that names only Florida's country: its village keeps its reading
    a = analyse_text("Une tempête a frappé la Floride lundi. À Bagdad, les routes sont coupées et l'école "
                     "est fermée.", "fr", "2021-03-01")
    village = _place(a, "Bagdad")
    assert village is not None and village.country == "US"


def test_places_the_region_of_a_large_city_is_its_area_not_a_namesake_region_abroad(analyse_text):
    a = analyse_text("Des manifestants ont défilé lundi dans l'Oregon. La région de Portland a connu de "
                     "nouveaux heurts avec la police.", "fr", "2020-09-08")
    city = _place(a, "Portland")
    assert city is not None and city.country == "US"
    # a region that bears the name in the same country as the city is still read as the region
    a = analyse_text("Des combats ont éclaté lundi dans la province de Kandahar, en Afghanistan.", "fr",
                     "2021-03-01")
    region = _place(a, "Kandahar")
    assert region is not None and (region.country, region.feature) == ("AF", "admin1")


def test_places_a_name_the_article_gives_a_newspaper_is_no_place_anywhere(analyse_text, monkeypatch):
    text = ("La région a commandé dix millions de masques en Chine, a indiqué lundi son président au "
            "quotidien Libération. \"Nous attendons toujours la livraison\", a-t-il résumé à Libération.")
    assert _place(analyse_text(text, "fr", "2020-04-01"), "Libération") is None
    assert _place(analyse_text(text, "fr", "2020-04-01"), "Chine") is not None
    monkeypatch.setenv("VEILLE_RULES_OFF", "places.media_title")
    assert _place(analyse_text(text, "fr", "2020-04-01"), "Libération") is not None


def test_places_a_name_after_an_article_is_no_namesake_town(analyse_text, monkeypatch):
    # places.article_led: "dans le Golan" is a region, not a town of Iran; "au Havre" is the French town
    text = "Des combats ont éclaté lundi dans le Golan. Un navire est arrivé mardi au Havre."
    a = analyse_text(text, "fr", "2021-03-01")
    assert _place(a, "Golan") is None
    port = _place(a, "au Havre")
    assert port is not None and port.country == "FR"
    monkeypatch.setenv("VEILLE_RULES_OFF", "places.article_led")
    town = _place(analyse_text(text, "fr", "2021-03-01"), "Golan")
    assert town is not None and town.feature == "city"


# regions of conflict the news names by their usual French name resolve to the subdivision that holds them
@pytest.mark.parametrize("text, name, country", [
    ("Des obus sont tombés mardi sur deux villages du Donbass.", "Donbass", "UA"),
    ("Des drones ont frappé mercredi une position dans le Haut-Karabakh.", "Haut-Karabakh", "AZ"),
    ("Des cavaliers armés ont pillé un marché au Darfour, selon une agence.", "Darfour", "SD"),
    ("Le gouvernement a envoyé des renforts dans le Tigré jeudi.", "Tigré", "ET"),
    ("Un engin piégé a visé un convoi dans le nord du Sinaï lundi.", "Sinaï", "EG"),
])
def test_places_regions_of_conflict_resolve(analyse_text, text, name, country):
    a = analyse_text(text, "fr", "2021-03-01")
    place = _place(a, name)
    assert place is not None and (place.country, place.feature) == (country, "admin1")


# a name the article gives a model of craft or weapon is no namesake place, in all its mentions
@pytest.mark.parametrize("off, kept", [("", False), ("places.model_name", True)])
def test_places_a_model_of_craft_is_no_place(analyse_text, monkeypatch, off, kept):
    monkeypatch.setenv("VEILLE_RULES_OFF", off)
    a = analyse_text("Deux hélicoptères Tigre ont décollé de la base.", "fr", "2021-03-01")
    assert (_place(a, "Tigre") is not None) is kept


def test_a_region_named_with_its_kind_word_is_the_region(analyse_text):
    # "la région du Sahel": the region (of no known GeoNames id), not Burkina Faso's province of that
    # name, nor a village of the town the article names with it
    text = "Trois soldats ont été tués dans la région du Sahel. Un blessé a été soigné à Clamart."
    [sahel] = [p for p in analyse_text(text, "fr", "2021-03-10").places if p.name == "Sahel"]
    assert sahel.feature == "region" and sahel.country is None and sahel.geonameid is None
    assert (sahel.lat, sahel.lon) == (15.0, 0.0)


def test_a_persons_surname_is_no_small_town_of_that_name(analyse_text, rules_off):
    text = ("Le candidat a répondu aux questions. HOLLANDE, UN \"MENTEUR\" SELON FILLON François Fillon a "
            "accusé le président de mentir.")
    assert not [p for p in analyse_text(text, "fr", "2016-10-13").places if p.country == "GR"]
    rules_off("places.person_name")
    assert [p for p in analyse_text(text, "fr", "2016-10-13").places if p.country == "GR"]


def test_a_region_the_gazetteer_lacks_is_no_village_of_the_towns_named_with_it(analyse_text):
    # "le Caucase": a known region of no reading; left unplaced, not put at the town of its sentence
    text = "Des combats ont eu lieu dans le Caucase, selon un témoin arrivé à Lyon."
    caucasus = [p for p in analyse_text(text, "fr", "2021-03-10").places if p.name == "Caucase"]
    assert all(p.feature != "vicinity" and p.lat is None for p in caucasus)


def test_a_surname_named_as_a_place_stays_the_town(analyse_text):
    text = "L'historien Paul Lorient a donné une conférence mardi à Lorient."
    assert [p.country for p in analyse_text(text, "fr", "2021-03-10").places if p.name == "Lorient"] == ["FR"]


def test_a_site_the_model_names_in_small_letters_is_placed_by_the_name_it_holds(analyse_text, rules_off):
    text = "En Irak, un général a été tué en janvier dans une frappe à l'aéroport de Bagdad, selon l'armée."
    airport = _place(analyse_text(text, "fr", "2020-08-10"), "aéroport de Bagdad")
    assert airport is not None and airport.country == "IQ" and airport.lat is not None
    rules_off("places.site_kind")
    assert _place(analyse_text(text, "fr", "2020-08-10"), "aéroport de Bagdad") is None


def test_a_site_named_for_its_town_is_placed_there_not_at_a_town_near_it(analyse_text, rules_off):
    # the article names Washington and no Iraqi place: the airport is Baghdad's, not at Washington
    text = ("Washington a tué le général iranien dans une frappe près de l'aéroport de Bagdad le 3 janvier. "
            "Téhéran a promis de se venger.")
    airport = _place(analyse_text(text, "fr", "2020-08-10"), "aéroport de Bagdad")
    assert airport is not None and airport.country == "IQ" and round(airport.lon) == 44
    rules_off("places.site_of_town")
    airport = _place(analyse_text(text, "fr", "2020-08-10"), "aéroport de Bagdad")
    assert airport is None or airport.country != "IQ"


def test_a_site_of_a_town_of_several_countries_is_in_the_one_the_article_names_most(analyse_text):
    text = ("Le prince Harry a quitté le palais de Windsor. Au Royaume-Uni, à Londres, la reine a réagi. "
            "Il vit désormais en Californie.")
    palace = _place(analyse_text(text, "fr", "2020-08-10"), "palais de Windsor")
    assert palace is not None and palace.country == "GB"


@pytest.mark.parametrize("text, name, country", [
    # a camp named for a person holds no town ("Keïta" is one in Niger, which the article names)
    ("Les mutins ont pris le contrôle du camp Soundiata Keïta, à Kati, près de Bamako au Mali. Le Niger a "
     "condamné la mutinerie.", "camp Soundiata Keïta", "ML"),
    # a church named for a saint holds no town either ("Saint-Pierre" is one on La Réunion)
    ("Un incendie a touché l'église Saint-Pierre de Montmartre, à Paris. La Réunion a envoyé des pompiers.",
     "église Saint-Pierre de Montmartre", "FR"),
])
def test_a_site_named_for_a_person_is_placed_by_the_town_near_it(analyse_text, text, name, country):
    site = _place(analyse_text(text, "fr", "2020-08-18"), name)
    assert site is not None and site.country == country


def test_a_site_is_placed_at_the_town_after_an_elided_article_not_on_a_road(analyse_text):
    text = ("En Turquie, un avion a raté son atterrissage mardi à l'aéroport d'Istanbul, selon les autorités "
            "locales.")
    airport = _place(analyse_text(text, "fr", "2020-02-05"), "aéroport d'Istanbul")
    assert airport is not None and airport.country == "TR" and round(airport.lat) == 41
    road = _place(analyse_text("Un camion s'est renversé sur l'autoroute A7 près de Valence.", "fr",
                               "2021-03-10"), "autoroute A7")
    assert road is None or road.lat is None
