"""The offline place index: names in French and English, abbreviations, regions."""
from __future__ import annotations

import pytest

from veille.geo.names import name_key


@pytest.mark.parametrize("name, key", [("États-Unis", "etats unis"), ("Etats-Unis", "etats unis"),
                                       ("N.J.", "n j"), ("L’Aquila", "laquila"), ("Ma'rib", "marib"),
                                       ("Dar‘ā", "dara")])
def test_name_key_folds_accents_case_and_punctuation(name, key):
    assert name_key(name) == key


@pytest.mark.parametrize("name, geonameid", [
    ("Mossoul", 99072), ("Irak", 99237), ("Syrie", 163843), ("Etats-Unis", 6252001),
    ("Allemagne", 2921044), ("Louisiane", 4331987), ("Calif.", 5332921), ("Londres", 2643743),
])
def test_gazetteer_knows_french_and_english_names(gazetteer, name, geonameid):
    assert geonameid in {c.geonameid for c in gazetteer.lookup(name)}


def test_gazetteer_country_point_is_its_capital(gazetteer):
    (iraq,) = [c for c in gazetteer.lookup("Iraq") if c.feature == "country"]
    assert iraq.distance_km(33.34, 44.40) < 20  # Baghdad


def test_gazetteer_unknown_name_gives_nothing(gazetteer):
    assert gazetteer.lookup("Zzyzxqwv") == []


@pytest.mark.parametrize("name, country", [("Donbass", "UA"), ("Haut-Karabakh", "AZ"), ("Darfour", "SD"),
                                           ("Tigré", "ET"), ("Sinaï", "EG"), ("Crimée", "UA")])
def test_gazetteer_knows_regions_of_conflict_as_subdivisions(gazetteer, name, country):
    assert (gazetteer.lookup(name)[0].country, gazetteer.lookup(name)[0].feature) == (country, "admin1")


def test_gazetteer_a_region_row_never_names_another_place(gazetteer):
    assert all(c.feature != "city" for c in gazetteer.lookup("Sahel"))
