"""Places: every place mention resolved to GeoNames, or left unresolved rather than guessed.

Strategies, in order (dateparser's habit of ordered parsers):
  1. name variants: as written, without a determiner or possessive, abbreviations expanded;
  2. explicit containers: "X, Y", "X (Y)", "X en Y" put X inside Y;
  3. article context: countries and first-level regions the article names, and places near the
     ones already resolved;
  4. prominence: population and feature kind (a country over a village of the same name).

Each kind of evidence is a named rule; a place's ``rules`` trace names the one that won its reading.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import ModuleType

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ...data import demonyms
from ...geo.distance import distance_km
from ...geo.gazetteer import Candidate, Gazetteer, known_id, shared_gazetteer
from ...geo.names import name_key
from ...nlp.lang import every_pack, language_pack, words_in_every_pack
from ...records import Entity, Place
from ..actors import OPERATION_WORDS, actor_table, operation_table
from ..docs import doc_text, sentence_of
from ..rules import RULES

if not Doc.has_extension("veille_places"):
    Doc.set_extension("veille_places", default=None)

PLACE_TYPES = {"LOC", "GPE"}
REGION_FEATURES = {"continent", "region", "sea"}


def _feature_bonus() -> dict[str, float]:
    return {"continent": 3.0, "region": 3.0, "sea": 3.0, "country": 3.0, "admin1": 1.5, "admin2": -0.5,
            "city": 0.0}


def _name_bonus() -> dict[int, float]:
    return {0: -2.0, 1: 0.0, 2: 3.0}


@dataclass(frozen=True)
class PlaceWeights:
    """The numbers that weigh and bound the place resolver's decisions: what each weighs, what tuned it."""

    # prominence (the prior): weight of log10(population), so that a world city (Rome, London) outweighs
    # a small namesake in a country the article merely mentions (geo-gwn, geo-lgl; 02752d9)
    population_weight: float = 1.3
    # added to the population before its log, so that a place of no known population counts (set by hand)
    population_offset: int = 10
    # feature priors, in log10-population units: a country or region named by its own name is what a
    # reporter means far more often than a hamlet of the same name (set by hand)
    feature_bonus: dict[str, float] = field(default_factory=_feature_bonus)
    # veille's curated usual names (2: "Washington" is the capital) over the packages' (1), and a name
    # that is only another town's alternate name (0) weighs less (ACLED, geo-gwn, geo-lgl; 792d560)
    name_bonus: dict[int, float] = field(default_factory=_name_bonus)
    # an explicit container ("X, Y", "X (Y)"): a reading in the country or region it names (set by hand)
    container_bonus: float = 10
    # ... or within this distance of a container that is a town (set by hand)
    container_near_km: float = 150
    container_near_bonus: float = 6
    # a reading in a country the article names (set by hand), and more per mention of it, up to a few
    # (set by hand, 02752d9)
    country_bonus: float = 1.0
    country_mention_bonus: float = 0.25
    country_max_mentions: int = 4
    # a town in a first-level region the article names (set by hand)
    region_bonus: float = 2.5
    # a town this near a point of the article's other places (set by hand) ...
    close_km: float = 50
    close_bonus: float = 2.0
    # ... or only this near (geo-lgl acc161 0.840 -> 0.843; a232708)
    near_km: float = 250
    near_bonus: float = 1.5
    # a town's reading is evidence for its neighbours when it wins by this much (set by hand, 02752d9)
    confident_margin: float = 2.0
    # rounds of re-reading each place in the light of the others (set by hand, 02752d9)
    context_rounds: int = 3
    # a region named after its city means the city, a city this near it (set by hand, 02752d9) ...
    city_of_region_km: float = 60
    # ... and this populous, or a tenth of the region's population when that is less (set by hand)
    city_of_region_min_population: int = 50_000
    city_of_region_population_share: int = 10
    # a province named after its city ("Torino") means a city this populous (ACLED loc161; 35b8ba2)
    city_of_province_min_population: int = 100_000
    # a town abroad this populous stands on its own, whatever countries the article names (ACLED
    # loc161 0.802 -> 0.834; d6c7597)
    foreign_town_min_population: int = 100_000
    # a town abroad smaller than this, in a note placed in another country, is a namesake (ACLED; d6c7597)
    small_town_population: int = 30_000
    # a city this populous outweighs a namesake smaller than ``small_town_population`` that only the
    # article's countries or regions favour, with no container and no place near it, when it lies in or
    # this near another country the article names ("Bagdad" in an article on Iran that names Florida;
    # fr-events; set by hand, local news of geo-lgl keeps its towns)
    metropolis_min_population: int = 1_000_000
    metropolis_country_km: float = 1000
    # a town this near a region's centre may lie in it (the largest first-level regions span about that;
    # geo-gwn acc161 0.883 -> 0.889; 9776f37)
    region_radius_km: float = 500
    # a name the model missed is taken as a place only when a town or region this big bears it (ACLED
    # loc161 0.792 -> 0.801; dba0af1)
    missed_min_population: int = 1000
    # names this long are also looked up with a final letter changed ("Mogoke", "Ar Rutba"), and this long
    # without their Arabic article (ACLED loc161, geo-lgl; 61c4f78)
    transliteration_min_chars: int = 5
    bare_name_min_chars: int = 4
    # a name in capitals this short is an acronym: only its curated alias (set by hand, 442e248)
    acronym_max_chars: int = 4
    # characters after and before a name in which a word for its kind is looked for: a town ("X city",
    # "the town of X"; set by hand, 4b2fda2), a region ("Sagaing region"; ACLED loc161, dba0af1)
    city_after_window: int = 12
    city_before_window: int = 16
    admin_after_window: int = 16
    admin_before_window: int = 20
    # characters before a name in which "v." makes it a party to a case (ACLED loc161, geo-gwn; ec78caa)
    case_party_window: int = 5
    # characters after a name in which "river", "lake" make it a natural feature (set by hand)
    natural_after_window: int = 16
    # characters before a name searched for a definite article ("dans le Donbass"): set by hand
    article_window: int = 5
    # characters before a name in which the word "opération" makes it an operation (set by hand)
    operation_window: int = 14
    # ... and in which a word for a site ("l'église") makes it the site's name (set by hand)
    site_window: int = 16
    # ... and in which a word for a medium ("le quotidien régional") makes it a title (set by hand)
    media_window: int = 32
    # the characters before a name read for a word that calls it a company's
    company_window: int = 48
    # ... and for a word that calls it a model of craft or weapon ("les hélicoptères de combat ")
    model_window: int = 28
    # a site whose name holds a place's: the part has this many characters at least, and a town this many
    # people (geo-gwn, geo-lgl, ACLED; 788bd32)
    named_within_min_chars: int = 4
    named_within_town_min_population: int = 10_000
    # ... a site named for its town ("l'aéroport de Bagdad") in a country the article does not name: a town
    # this many people (fr-unseen6, fr-unseen8)
    site_town_abroad_min_population: int = 100_000
    # ... and of towns of a like size (within this factor of the largest), the one in the country named most
    site_town_like_size: int = 2
    # the containers listed in parentheses after a place: at most this many characters, this many words
    # each, after a place named within this many characters; or at least this many of them (ACLED loc161
    # 0.834 -> 0.845; 70a5d50)
    container_list_max_chars: int = 80
    container_list_max_words: int = 4
    container_list_before_window: int = 30
    container_list_min_parts: int = 2
    # tokens after "in" that a name the model missed may take (ACLED; dba0af1)
    missed_name_max_tokens: int = 7
    # the characters before a name read for the words an acronym after it abbreviates, and the longest
    # lower-case word ("de", "pour") that an acronym skips
    abbreviated_window: int = 120
    abbreviated_small_word: int = 4
    # parentheses after a name, at most this many words after it and this many characters long, that
    # hold its places ("Ghadir al Bostan (Quneitra)"; ACLED; dba0af1)
    parentheses_max_words_before: int = 2
    parentheses_max_chars: int = 120
    # characters after a name in which such parentheses are looked for (ACLED; dba0af1)
    parentheses_window: int = 140
    # characters after a name in which a word for a kind of place is looked for ("Uttar Dinajpur
    # district"; set by hand), before it for "in", and after it for the "(" or "," of a list (ACLED; dba0af1)
    kind_after_window: int = 20
    in_before_window: int = 10
    list_after_window: int = 3
    # characters after a place within which its container starts ("Al Hazm district (Al Jawf)"; ACLED
    # loc161 0.864 -> 0.865; f5e6557)
    container_window: int = 24
    # a town abroad gives way to a reading this many times as populous in the country the headline opens
    # with ("Bélarus : ... Minsk"; set by hand)
    headline_country_ratio: int = 10


PLACE_WEIGHTS = PlaceWeights()

# the named rules of the place stage. The evidence a reading's score adds up, in the order it adds it:
PROMINENCE = RULES.define("places.prominence", "a reading's population, kind and curated name: its prior")
CONTAINER = RULES.define("places.container", "'X, Y', 'X (Y)', 'X en Y': Y contains X, and is a region")
ARTICLE_COUNTRIES = RULES.define(
    "places.article_countries", "a reading in a country the article names (or its national organisations)")
ARTICLE_REGIONS = RULES.define("places.article_regions", "a town in a first-level region the article names")
NEARBY = RULES.define("places.nearby", "a town near the article's other places")
EVIDENCE = (PROMINENCE, CONTAINER, ARTICLE_COUNTRIES, ARTICLE_REGIONS, NEARBY)
# ... what the candidates are, and what overrides the score:
ONLY_READING = RULES.define("places.only_reading", "a name the gazetteer reads one way only takes that one")
MISSED_NAME = RULES.define(
    "places.missed_name", "a capitalised name the model missed after 'in', 'à' or in a place's parentheses")
PLACE_POSITION = RULES.define(
    "places.place_position", "a name typed otherwise where only a place fits ('in Kalaiya (Bara, Madhesh)')")
ACRONYM = RULES.define("places.acronym", "an acronym reads only as a curated alias or a country ('EU')")
KIND_WORD = RULES.define("places.kind_word", "'X city', 'the town of X', 'Sagaing region': the kind it names")
NOT_A_PLACE = RULES.define(
    "places.not_a_place", "an institution's seat ('Kremlin'), a people ('English'), a party to a case, a "
    "medium's title ('le quotidien Libération')")
PERSON_NAME = RULES.define(
    "places.person_name", "a name the article gives a person ('François Fillon', then 'FILLON' in a heading) "
    "is no small town that bears it")
REGION_NAME = RULES.define("places.region_name", "a region GeoNames lacks ('Sahel') reads only as a region")
NATURAL_FEATURE = RULES.define("places.natural_feature", "'the Po river': a river or mountain, not the town")
CITY_OF_REGION = RULES.define("places.city_of_region", "a region named after its city ('Dakar') is the city")
LISTED_WITH_REGIONS = RULES.define(
    "places.listed_with_regions", "a name listed with a region ('California or Washington') is a region")
KEEP_IN_COUNTRY = RULES.define(
    "places.keep_in_country", "a small town abroad in a note placed in another country is the namesake there")
VICINITY = RULES.define(
    "places.vicinity", "a place the gazetteer lacks goes to a town of its sentence, a site at the main one")
NAMED_WITHIN = RULES.define(
    "places.named_within", "a site whose name holds a place's ('Tijuana River') is placed at that place")
ENTITY_TYPE = RULES.define(
    "places.entity_type", "a place's entity is a GPE when it reads as a country, region or town, else a LOC")
DIRECTION = RULES.define(
    "places.direction", "a direction alone ('le Nord') is a region only of a country the article names")
OPERATION = RULES.define(
    "places.operation", "a military operation's name ('Barkhane', 'l'opération X') is no place")
OPERATION_IN_NAME = RULES.define(
    "places.operation_in_name", "a name that ends on a military operation's ('la force Sahel Serval') is "
    "that operation's, no place")
ABBREVIATED_NAME = RULES.define(
    "places.abbreviated_name", "a place inside a longer name that the acronym after it abbreviates ('l'Etat "
    "islamique au Grand Sahara (EIGS)', 'Al-Qaïda au Maghreb islamique (Aqmi)') is part of that name")
COMPANY_NAME = RULES.define(
    "places.company_name", "a name the article gives a company ('le groupe de grande distribution "
    "Carrefour', 'l'opérateur Orange') is no place, unless a country's")
SITE_NAME = RULES.define(
    "places.site_name", "a name after a word for a site ('l'église Saint John') is the site's, placed at the "
    "article's town, not a namesake region")
METROPOLIS = RULES.define(
    "places.metropolis", "a city of millions outweighs a village namesake favoured only by the article's "
    "countries or regions")
MEDIA_TITLE = RULES.define(
    "places.media_title", "a name the article gives a medium anywhere ('le quotidien Libération') is that "
    "title in all its mentions ('résume à Libération'), not a namesake village")
HEADLINE_COUNTRY = RULES.define(
    "places.headline_country", "a headline that opens on a country ('Bélarus : ...') says where the news "
    "is: a namesake town abroad gives way to a far more populous reading in that country")
MODEL_NAME = RULES.define(
    "places.model_name", "a name the article gives a model of craft or weapon anywhere ('un hélicoptère de "
    "combat Tigre', 'the frigate Aurora') is that model in all its mentions, not a namesake place")
ARTICLE_LED = RULES.define(
    "places.article_led", "a name after a definite article ('le Sinaï', 'au Tigré') is a region or a "
    "country, not a namesake town, unless the gazetteer knows the name with its article ('au Havre')")
LINKING_VARIANT = RULES.define(
    "places.linking_variant", "a place's name the gazetteer does not know, with a linking word ('de', 'du', "
    "'des') between its parts: looked up with the others too ('Saint-Germain-de-Prés' written for "
    "'-des-'), as writers and wires mix them up")
SITE_KIND = RULES.define(
    "places.site_kind", "a name the model read as a place that opens on a small word for its kind "
    "('l'aéroport de Bagdad', 'le district de Seyagird', 'les monts Sinjar') is a place, placed by the "
    "name it holds")
SITE_OF_TOWN = RULES.define(
    "places.site_of_town", "a site named for its town ('l'aéroport de Bagdad', 'la province de Kandahar') is "
    "placed at that town, not at a town near it in the text, and abroad where the town is a large one; a "
    "street or a station ('la rue de Paris', 'la gare de Lyon') is not")
PLACE_RULES = (*EVIDENCE, ONLY_READING, MISSED_NAME, PLACE_POSITION, ACRONYM, KIND_WORD, NOT_A_PLACE,
               REGION_NAME, NATURAL_FEATURE, CITY_OF_REGION, LISTED_WITH_REGIONS, KEEP_IN_COUNTRY, VICINITY,
               NAMED_WITHIN, ENTITY_TYPE, DIRECTION, OPERATION, METROPOLIS, SITE_NAME, MEDIA_TITLE,
               ABBREVIATED_NAME, COMPANY_NAME, HEADLINE_COUNTRY, OPERATION_IN_NAME, ARTICLE_LED, MODEL_NAME,
               PERSON_NAME, LINKING_VARIANT, SITE_KIND, SITE_OF_TOWN)


# a name's words, an elided article apart ("d'Istanbul": "Istanbul")
ELIDED_WORDS = re.compile(r"[^\s'’]{2,}")
# a headline's opening name before a colon ("Bélarus : ...", "Mali: ...")
HEADLINE_OPENING = re.compile(r"\s*([^\W\d][^:\n]{1,40}?)\s*:")


@dataclass
class Context:
    countries: Counter
    admin1s: Counter
    points: list[tuple[float, float]] | OthersPoints


# chord between two points on the unit sphere ``near_km`` apart, with a margin: the side of a grid cell
CELL = 1.25 * 2 * math.sin(PLACE_WEIGHTS.near_km / (2 * 6371.0))


# a grid cell and the 26 around it, as offsets
ADJACENT = [(dx, dy, dz) for dx in (-1, 0, 1) for dy in (-1, 0, 1) for dz in (-1, 0, 1)]


def _cell(lat: float, lon: float) -> tuple[int, int, int]:
    """The grid cell, on the unit sphere, of a point: points under ``near_km`` apart are in adjacent cells."""
    p, q = math.radians(lat), math.radians(lon)
    return (math.floor(math.cos(p) * math.cos(q) / CELL), math.floor(math.cos(p) * math.sin(q) / CELL),
            math.floor(math.sin(p) / CELL))


class PointIndex:
    """The points the resolved places contribute, with the place each is of, by the grid cells around
    them: ``near[cell]`` holds the points in that cell and the 26 adjacent ones."""

    def __init__(self, own: dict[str, Context]) -> None:
        cells: dict[tuple[int, int, int], list[tuple[float, float, str]]] = {}
        self.count: Counter = Counter()
        for place_id, ctx in own.items():
            for lat, lon in ctx.points:
                cells.setdefault(_cell(lat, lon), []).append((lat, lon, place_id))
                self.count[place_id] += 1
        self.total = sum(self.count.values())
        self.near: dict[tuple[int, int, int], list[tuple[float, float, str]]] = {}
        for (x, y, z), points in cells.items():
            for dx, dy, dz in ADJACENT:
                self.near.setdefault((x + dx, y + dy, z + dz), []).extend(points)


@dataclass
class OthersPoints:
    """The points of every place but one: what a place's context knows of where the others are."""
    index: PointIndex
    place_id: str

    def __bool__(self) -> bool:
        return self.index.total > self.index.count[self.place_id]

    def nearest_km(self, c: Candidate) -> float:
        """The distance to the nearest point where it is under ``near_km``, else infinity."""
        d = math.inf
        for lat, lon, place_id in self.index.near.get(_cell(c.lat, c.lon), ()):
            if place_id != self.place_id:
                d = min(d, c.distance_km(lat, lon))
        return d


ARABIC_ARTICLE = re.compile(r"^(?:a[lrsdntz]|ash|el)[- ]", re.I)
# where place names carry the Arabic article: the Arab League's members, and their neighbours that
# keep Arabic names (Iran, Israel, Turkey's south-east, Chad, Mali, Niger)
ARABIC_ARTICLE_COUNTRIES = {"DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM",
                            "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "IR", "IL", "TR", "TD",
                            "ML", "NE"}


class NameLookup:
    """A place's name looked up in the gazetteer: as written, then in the variants a language writes it in."""

    def __init__(self, words: ModuleType, w: PlaceWeights = PLACE_WEIGHTS) -> None:
        self.words, self.w = words, w
        self.possessives = words_in_every_pack("entities", "POSSESSIVES")
        self.city_words = words_in_every_pack("places", "CITY_IN_NAMES")
        abbreviations = {short: full for table in every_pack("places", "ABBREVIATIONS")
                         for short, full in table.items()}
        self.abbreviations = [(re.compile(rf"^{re.escape(short)}\b"), full)
                              for short, full in abbreviations.items()]

    def variants(self, name: str) -> list[str]:
        out = [name]
        low = name.lower()
        # "Zmiivka village", "Taze township", "ville de Lyon": the name without the word for its kind
        words = name.split()
        if len(words) > 1 and words[-1].lower() in self.words.FEATURE_WORDS:
            out.append(" ".join(words[:-1]))
        for prefix in self.words.FEATURE_PREFIXES:
            if low.startswith(prefix) and len(name) > len(prefix) + 1:
                out.append(name[len(prefix):].strip())
        for det in self.words.DETERMINERS:
            if low.startswith(det):
                out.append(name[len(det):])
        for suffix in self.possessives:
            if name.endswith(suffix):
                out.append(name[: -len(suffix)])
        if " - " in name:
            # "Seoul City - Jongno", "Rio de Janeiro - North Zone": a district of a city, named the city first
            city = name.split(" - ")[0].strip()
            out.append(city)
            out += [city[:-len(word) - 1] for word in self.city_words if city.endswith(" " + word)][:1]
        # transliterations that differ by a final letter: "Ar Rutba" (Ar Ruţbah), "Mogoke" (Mogok)
        if len(name) >= self.w.transliteration_min_chars:
            out.append(name[:-1] if name[-1] in "he" else name + "h")
        if RULES.on(LINKING_VARIANT):
            key, links = f" {name_key(name)} ", self.words.LINKING_WORDS
            out += [key.replace(f" {link} ", f" {other} ", 1).strip() for link in links if f" {link} " in key
                    for other in links if other != link]
        return out

    def spelled_out(self, gazetteer: Gazetteer, name: str) -> list[Candidate]:
        """The places so named, and those whose own name spells its abbreviation out ("St. Petersburg":
        "Saint Petersburg", "Mt Kenya": "Mount Kenya")."""
        found = gazetteer.lookup(name)
        key = name_key(name)
        for pattern, full in self.abbreviations:
            if pattern.match(key):
                have = {c.geonameid for c in found}
                found = found + [c for c in gazetteer.lookup(pattern.sub(full, key))
                                 if c.geonameid not in have]
        return found

    def candidates(self, name: str, gazetteer: Gazetteer) -> list[Candidate]:
        """The readings of a place's name: of its first variant the gazetteer knows, else of the whole it
        is a part of, else of the name without its Arabic article."""
        for v in self.variants(name):
            found = self.spelled_out(gazetteer, v)
            if found:
                return found
        # "South Venezuela", "Western US", "Nazi Germany": a part or an era of a country or region, read
        # as the whole where the gazetteer has no name for the part
        words = name.split(maxsplit=1)
        if len(words) == 2 and words[0].lower() in self.words.AREA_QUALIFIERS:
            whole = [c for c in gazetteer.lookup(words[1]) if c.feature in ("country", "admin1", "continent")]
            if whole:
                return whole
        # "Ar Rutba", "Al-Hawayij": the name without its Arabic article, in a country that writes it
        bare = ARABIC_ARTICLE.sub("", name)
        if bare != name and len(bare) >= self.w.bare_name_min_chars:
            for v in self.variants(bare):
                found = [c for c in gazetteer.lookup(v) if c.country in ARABIC_ARTICLE_COUNTRIES]
                if found:
                    return found
        return []


def prior(c: Candidate, w: PlaceWeights = PLACE_WEIGHTS) -> float:
    return w.population_weight * math.log10(c.population + w.population_offset) \
        + w.feature_bonus.get(c.feature, 0.0) + w.name_bonus.get(c.main, 0.0)


def evidence(c: Candidate, ctx: Context, container: Candidate | None,
             on: frozenset[str] = frozenset(EVIDENCE),
             w: PlaceWeights = PLACE_WEIGHTS) -> list[tuple[str, float]]:
    """What each kind of evidence (its rule, if on) adds to a reading's score, in the order the score adds
    them up."""
    near = 0.0
    if container is not None and CONTAINER in on:
        if container.feature == "country" and c.country == container.country:
            near = w.container_bonus
        elif container.feature == "admin1" and c.admin1 == container.geonameid:
            near = w.container_bonus
        elif c.distance_km(container.lat, container.lon) < w.container_near_km:
            near = w.container_near_bonus
    country = 0.0
    if c.country and ctx.countries.get(c.country) and ARTICLE_COUNTRIES in on:
        mentions = min(ctx.countries[c.country], w.country_max_mentions)
        country = w.country_bonus + mentions * w.country_mention_bonus
    region = 0.0
    if c.admin1 and ctx.admin1s.get(c.admin1) and c.feature != "admin1" and ARTICLE_REGIONS in on:
        region = w.region_bonus
    nearby = 0.0
    if ctx.points and c.feature in ("city", "admin2") and NEARBY in on:
        d = ctx.points.nearest_km(c)
        if d < w.close_km:
            nearby = w.close_bonus
        elif d < w.near_km:
            nearby = w.near_bonus
    return [(PROMINENCE, prior(c, w) if PROMINENCE in on else 0.0), (CONTAINER, near),
            (ARTICLE_COUNTRIES, country), (ARTICLE_REGIONS, region), (NEARBY, nearby)]


def score(c: Candidate, ctx: Context, container: Candidate | None,
          on: frozenset[str] = frozenset(EVIDENCE), w: PlaceWeights = PLACE_WEIGHTS) -> float:
    """A reading's score: the sum of its evidence."""
    points = evidence(c, ctx, container, on, w)
    s = points[0][1]
    for _rule, p in points[1:]:
        s += p
    return s


def winning_evidence(best: Candidate, cs: list[Candidate], ctx: Context, container: Candidate | None,
                     on: frozenset[str], w: PlaceWeights = PLACE_WEIGHTS) -> str:
    """The rule of the evidence that most set the best reading above the next best one."""
    others = [c for c in cs if c is not best]
    if not others:
        return ONLY_READING
    rival = max(others, key=lambda c: score(c, ctx, container, on, w))
    mine, theirs = evidence(best, ctx, container, on, w), dict(evidence(rival, ctx, container, on, w))
    return max(mine, key=lambda rule_points: rule_points[1] - theirs[rule_points[0]])[0]


def _contribution(best: Candidate, cs: list[Candidate], ctx: Context, container, n: int, on: frozenset[str],
                  w: PlaceWeights = PLACE_WEIGHTS) -> Context:
    """What one resolved place tells about the others: its country, its region, its point."""
    mine = Context(Counter(), Counter(), [])
    if best.feature == "country":
        mine.countries[best.country] += n
    elif best.feature == "admin1":
        mine.admin1s[best.geonameid] += n
        mine.countries[best.country] += n
    elif best.feature in ("city", "admin2"):
        scores = sorted((score(c, ctx, container, on, w) for c in cs), reverse=True)
        # only a confident reading of a town is evidence for its neighbours; a name whose every
        # reading is in one country ("Al Hazm", Yemen) says that country at least
        if len({c.country for c in cs}) == 1:
            mine.countries[best.country] += n
        if len(scores) == 1 or scores[0] - scores[1] >= w.confident_margin or container is not None:
            mine.countries[best.country] += n
            if best.admin1:
                mine.admin1s[best.admin1] += 1
            mine.points.append((best.lat, best.lon))
    return mine


def _prefer_city(best: Candidate, cs: list[Candidate], w: PlaceWeights = PLACE_WEIGHTS) -> Candidate:
    """'Paris', 'Dakar': a region named after its city means the city."""
    if best.feature not in ("admin1", "admin2"):
        return best
    for c in cs:
        if c.feature == "city" and c.main and (
                c.admin1 == best.geonameid or c.distance_km(best.lat, best.lon) < w.city_of_region_km) \
                and c.population >= min(w.city_of_region_min_population,
                                        best.population // w.city_of_region_population_share):
            return c
    if best.feature == "admin2":
        # "Torino", "Napoli": a province named after its city, which GeoNames calls Turin, Naples
        for c in cs:
            if c.feature == "city" and c.country == best.country \
                    and c.population >= w.city_of_province_min_population \
                    and c.distance_km(best.lat, best.lon) < w.city_of_region_km:
                return c
    return best


def _metropolis(top: Candidate, cs: list[Candidate], ctx: Context, container: Candidate | None,
                w: PlaceWeights = PLACE_WEIGHTS) -> Candidate:
    """'Bagdad' in an article on Iran that names Florida: a village namesake that no container places and
    no nearby place supports loses to the city of millions of the same name in or near another country
    the article names."""
    if top.feature != "city" or top.population >= w.small_town_population or container is not None:
        return top
    if ctx.points and ctx.points.nearest_km(top) < w.near_km:
        return top
    cities = [c for c in cs if c.feature == "city" and c.population >= w.metropolis_min_population]
    if not cities:
        return top
    gazetteer = shared_gazetteer()
    others = [gazetteer.country(iso) for iso in ctx.countries if iso != top.country]
    for city in sorted(cities, key=lambda c: -c.population):
        if any(o is not None and (o.country == city.country or
                                  city.distance_km(o.lat, o.lon) < w.metropolis_country_km)
               for o in others):
            return city
    return top


def resolve_in_context(groups, cands, containers, known: Counter | None = None,
                       on: frozenset[str] = frozenset(PLACE_RULES),
                       w: PlaceWeights = PLACE_WEIGHTS) -> tuple[dict[str, Candidate], dict[str, str]]:
    """Best candidate of every place: prominence first, then re-read in the light of the others; and the
    rule that won each one's reading.

    Each round's context for a place is what the *other* places resolved to in the round before
    ("Athens" in an article that also names Georgia the state, after "Georgia" was read as the state).
    ``known`` counts the countries the article points to otherwise (its national organisations).
    """
    empty = Context(Counter(known or {}), Counter(), [])
    best_of: dict[str, Candidate] = {}
    why: dict[str, str] = {}
    contexts = {e.id: empty for e in groups}
    for round_ in range(w.context_rounds):
        own: dict[str, Context] = {}
        for e in groups:
            cs = cands[e.id]
            if not cs or (len(cs) == 1 and ONLY_READING not in on):
                continue
            top = max(cs, key=lambda c: score(c, contexts[e.id], containers[e.id], on, w))
            best = _prefer_city(top, cs, w) if CITY_OF_REGION in on else top
            overridden = CITY_OF_REGION
            if METROPOLIS in on and best is top:
                best, overridden = _metropolis(top, cs, contexts[e.id], containers[e.id], w), METROPOLIS
            best_of[e.id] = best
            if round_ == w.context_rounds - 1:
                why[e.id] = overridden if best is not top else winning_evidence(
                    top, cs, contexts[e.id], containers[e.id], on, w)
            own[e.id] = _contribution(best, cs, contexts[e.id], containers[e.id], len(e.mentions), on, w)
        # each place's context is what all the others contribute: the sum of all, less its own
        countries, admin1s = Counter(known or {}), Counter()
        for c in own.values():
            countries.update(c.countries)
            admin1s.update(c.admin1s)
        points = PointIndex(own)
        for e in groups:
            mine = own.get(e.id)
            contexts[e.id] = Context(+(countries - mine.countries) if mine else +countries,
                                     +(admin1s - mine.admin1s) if mine else +admin1s,
                                     OthersPoints(points, e.id))
    return best_of, why


def missed_name_matcher(vocab: Vocab, words: ModuleType) -> Matcher:
    """The words after which a name the model missed is looked up ("in", "in central"), as a matcher of
    the rule ``places.missed_name`` when it is on."""
    patterns = [[{"LOWER": {"IN": sorted(words.PLACE_PREPOSITIONS)}}]]
    if words.LOCAL_ADJECTIVES:
        patterns.append([{"LOWER": {"IN": sorted(words.PLACE_PREPOSITIONS)}},
                         {"LOWER": {"IN": sorted(words.LOCAL_ADJECTIVES)}}])
    return RULES.matcher(vocab, {MISSED_NAME: patterns})


def standalone_starts(name: str, text: str) -> Iterator[int]:
    """Where ``name`` stands in ``text`` not inside a longer word (``(?<!\\w)name(?!\\w)``, left to right,
    without overlaps), found with ``str.find``: no pattern compiled for each name."""
    start = text.find(name) if name else -1
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not _is_word_char(text[start - 1])) and (end == len(text) or
                                                                   not _is_word_char(text[end])):
            yield start
            start = text.find(name, end)
        else:
            start = text.find(name, start + 1)


def _is_word_char(c: str) -> bool:
    """Whether re reads ``c`` as ``\\w``."""
    return c.isalnum() or c == "_"


def _either(words: tuple[str, ...]) -> str:
    """A regex alternation of words; one that matches nothing when there are none."""
    return f"(?:{'|'.join(map(re.escape, words))})" if words else "(?!)"


class PlaceResolver:
    """Pipeline component ``veille_places``: sets ``doc._.veille_places`` (list of Place)."""

    def __init__(self, nlp: Language, name: str, weights: PlaceWeights = PLACE_WEIGHTS) -> None:
        self.words = language_pack(nlp.lang).places
        self.w = w = weights
        self.names = NameLookup(self.words, w)
        self.regions = {name_key(r) for r in self.words.REGIONS}
        self.not_places = {name_key(r) for r in self.words.NOT_PLACES}
        kinds = "|".join(sorted(self.words.FEATURE_WORDS))
        # between a place and its container: ", ", " (", " district (", " village, ", " in "
        self.container_gap = re.compile(
            rf"(?:\s+(?:{kinds}))?\s*(?:,|\()\s*|\s+(?-i:{'|'.join(self.words.CONTAINER_WORDS)})\s+", re.I)
        self.natural_after = re.compile(self.words.NATURAL_AFTER, re.I)
        self.region_article_before = re.compile(self.words.REGION_ARTICLE_BEFORE, re.I)
        self.town_preposition_before = re.compile(self.words.TOWN_PREPOSITION_BEFORE, re.I)
        self.facility_words = re.compile(self.words.FACILITY_WORDS, re.I)
        self.site_kind = re.compile(self.words.SITE_KINDS)
        self.street_kind = re.compile(self.words.STREET_KINDS, re.I)
        # "l'aéroport de Bagdad", "la base aérienne de Fürstenfeldbruck": a kind, its small words, the town
        self.site_of_town = re.compile(
            rf"{self.words.SITE_KINDS}(?:\s+[^\W\d_A-ZÀ-Þ][\w-]*)*?\s+{self.words.TOWN_OF}\s*(?P<town>[A-ZÀ-Þ].*)$")
        self.site_before = re.compile(self.words.SITE_BEFORE, re.I)
        self.media_before = re.compile(self.words.MEDIA_BEFORE, re.I)
        self.company_before = re.compile(self.words.COMPANY_BEFORE)
        self.model_before = re.compile(self.words.MODEL_BEFORE, re.I)
        # a word for a kind of place after a name ("Uttar Dinajpur district")
        self.kind_after = re.compile(rf"\s+(?:{kinds})\b", re.I)
        # a name after these words, then "(" or ",", is an event's place ("in Kalaiya (Bara, Madhesh)")
        event_prepositions = _either(words_in_every_pack("places", "EVENT_PREPOSITIONS"))
        self.place_before = re.compile(rf"\b{event_prepositions}\s+$")
        self.list_after = re.compile(r"\s*[(,]")
        # endings of a people's or a language's name ("English", "Iraqi", "français"), never a place
        self.people_or_language = re.compile(rf"{_either(words_in_every_pack('places', 'PEOPLE_ENDINGS'))}$")
        self.case_party = re.compile(rf"\b{_either(words_in_every_pack('places', 'CASE_PARTIES'))}\.\s*$")
        # what lies between the names of a list ("California or Washington", "Ohio, Michigan and Texas"),
        # and every character that it may hold
        joiners = words_in_every_pack("places", "LIST_JOINERS")
        self.listed = re.compile(rf"\s*(?:,|,?\s+{_either(joiners)})\s*")
        self.listed_letters = "".join(sorted(set("".join(joiners))))
        self.listed_chars = re.compile(rf"[\s,{re.escape(self.listed_letters)}]*")
        self.parentheses = re.compile(rf"\s*(?:\w+\s+){{0,{w.parentheses_max_words_before}}}?"
                                      rf"\(([^()]{{1,{w.parentheses_max_chars}}})\)")
        self.missed_after = missed_name_matcher(nlp.vocab, self.words)
        self.directions = set(words_in_every_pack("places", "DIRECTIONS"))
        self.determiner_keys = sorted({name_key(d) + " " for d in words_in_every_pack("places", "DETERMINERS")
                                       if name_key(d)}, key=len, reverse=True)
        operation_words = _either(words_in_every_pack("actors", "OPERATION_WORDS"))
        self.operation_before = re.compile(rf"\b{operation_words}\s+$", re.I)

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = shared_gazetteer()
        on = frozenset(rule for rule in PLACE_RULES if RULES.on(rule))
        w = self.w
        entities = doc._.veille_entities or []
        if MISSED_NAME in on:
            entities.extend(self._missed_names(doc, entities, gazetteer))
        doc._.veille_entities = entities
        weak = doc._.veille_weak or set()  # kept as places only when the gazetteer knows them
        text = doc_text(doc)
        groups = [e for e in entities if e.type in PLACE_TYPES]
        cands = {e.id: self.names.candidates(e.name, gazetteer) for e in groups}
        narrowed: dict[str, str] = {}  # the rule that narrowed a place's readings, by place
        for e, features, min_population in self._named_in_place_lists(text, entities, groups, on):
            # a name the model read as a person or an organisation where only a place fits
            found = [c for c in self.names.candidates(e.name, gazetteer)
                     if c.feature in features and c.population >= min_population]
            if found:
                groups.append(e)
                cands[e.id] = found
                narrowed[e.id] = PLACE_POSITION
        for e in groups:
            # an acronym ("EU", "UE") means what the curated aliases say, not a town spelled the same ("Eu")
            if ACRONYM in on and e.name.isupper() and len(e.name) <= w.acronym_max_chars:
                cands[e.id] = [c for c in cands[e.id] if c.main == 2 or c.feature == "country"]
                narrowed[e.id] = ACRONYM
            if KIND_WORD not in on or REGION_NAME in on and name_key(e.name) in self.regions:
                continue  # "la région du Sahel": the region, not Burkina Faso's province of its name
            # "Amara city", "the town of Bougouni": the word for its kind says which namesake
            if any(re.match(self.words.CITY_AFTER, text[m[1]:m[1] + w.city_after_window].lower())
                   or re.search(self.words.CITY_BEFORE,
                                text[max(0, m[0] - w.city_before_window):m[0]].lower())
                   for m in e.mentions):
                towns = [c for c in cands[e.id] if c.feature == "city"]
                if towns:
                    cands[e.id], narrowed[e.id] = towns, KIND_WORD
            # "Sagaing region", "la province de Herat": the region, not its namesake town
            elif any(re.match(self.words.ADMIN_AFTER, text[m[1]:m[1] + w.admin_after_window].lower())
                     or re.search(self.words.ADMIN_BEFORE,
                                  text[max(0, m[0] - w.admin_before_window):m[0]].lower())
                     for m in e.mentions):
                regions = [c for c in cands[e.id] if c.feature == "admin1"]
                # "la région de Portland": the area of a large city, not a namesake region abroad
                cities = {c.country for c in cands[e.id]
                          if c.feature == "city" and c.population >= w.foreign_town_min_population}
                if regions and not (cities and cities.isdisjoint(c.country for c in regions)):
                    cands[e.id], narrowed[e.id] = regions, KIND_WORD
        nearby = _MentionStarts(groups, cands)
        container_of = {e.id: self._container(text, e, nearby, cands) if CONTAINER in on else None
                        for e in groups}
        containers = {eid: c[0] if c else None for eid, c in container_of.items()}

        unresolved: dict[str, str] = {}  # the rule that left a place without a reading, by place
        sites: set[str] = set()  # the names of sites, placed at a town of the article
        # the surnames of the article's people named in full, in words of a capital then small letters
        surnames = {name_key(e.name.split()[-1]) for e in entities if e.type == "PER" and " " in e.name
                    and all(w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha()
                            for w in e.name.split())} if PERSON_NAME in on else set()
        for e in groups:
            # no reading, or only small towns, which a name the text gives as a place keeps ("à Lorient")
            small_towns = all(c.feature == "city" and c.population < w.foreign_town_min_population
                              for c in cands[e.id])
            placed = bool(cands[e.id]) and any(self.after_place_preposition(text, s) for s, _ in e.mentions)
            if name_key(e.name) in surnames and small_towns and not placed:
                cands[e.id] = []  # "SELON FILLON" after "François Fillon": him, not Fýllo in Greece
                weak.add(e.id)
                unresolved[e.id] = PERSON_NAME
                continue
            if NOT_A_PLACE in on and (
                    name_key(e.name) in self.not_places or self._demonym(e.name, cands[e.id])
                    or all(self.case_party.search(text[max(0, s - w.case_party_window):s])
                           for s, _ in e.mentions)
                    or self._media_title(text, e, MEDIA_TITLE in on and not any(
                        c.feature == "country" for c in cands[e.id]))):
                # "Dobbs v. Jackson": a party to a case; "le quotidien Libération": a newspaper
                cands[e.id] = []
                weak.add(e.id)
                unresolved[e.id] = NOT_A_PLACE
            elif COMPANY_NAME in on and self._company(text, e, cands[e.id]):
                cands[e.id] = []  # "le groupe de distribution Carrefour": a company, not a town of Haiti
                weak.add(e.id)
                unresolved[e.id] = COMPANY_NAME
            elif MODEL_NAME in on and self._model(text, e, cands[e.id]):
                cands[e.id] = []  # "l'hélicoptère Tigre": a model of craft, not a town or a region
                weak.add(e.id)
                unresolved[e.id] = MODEL_NAME
            elif ABBREVIATED_NAME in on and all(
                    self._abbreviated(text, s, end, gazetteer) for s, end in e.mentions):
                cands[e.id] = []  # "l'Etat islamique au Grand Sahara (EIGS)": an organisation's name
                weak.add(e.id)
                unresolved[e.id] = ABBREVIATED_NAME
            elif SITE_NAME in on and all(self.site_before.search(text[max(0, s - w.site_window):s])
                                         for s, _ in e.mentions):
                cands[e.id] = []  # "l'église Saint John": the church's name, not Antigua's parish
                sites.add(e.id)
                unresolved[e.id] = SITE_NAME
            elif OPERATION in on and self._operation(text, e, OPERATION_IN_NAME in on):
                cands[e.id] = []  # "Barkhane", "l'opération Serval": an operation, not the town Barkhan
                weak.add(e.id)
                unresolved[e.id] = OPERATION
            elif REGION_NAME in on and name_key(e.name) in self.regions:
                cands[e.id] = [c for c in cands[e.id] if c.feature in REGION_FEATURES]
                narrowed[e.id] = REGION_NAME
            elif ARTICLE_LED in on and (
                    led := self._article_led(text, e, cands[e.id], gazetteer)) is not None:
                # "le Sinaï", "au Tigré": a region the gazetteer lacks, not a village abroad that bears its
                # name; "au Havre": the town whose name holds the article
                cands[e.id] = led or [c for c in cands[e.id] if c.feature != "city"]
                narrowed[e.id] = ARTICLE_LED
                if not cands[e.id]:
                    weak.add(e.id)
                    unresolved[e.id] = ARTICLE_LED
            elif NATURAL_FEATURE in on and all(
                    self.natural_after.match(text, m[1], m[1] + w.natural_after_window) for m in e.mentions):
                # "the Po river", "Kivu lake": a river or a mountain, which the gazetteer does not hold;
                # not the town that bears the name
                cands[e.id] = []
                unresolved[e.id] = NATURAL_FEATURE
        # "at the call of the CGT", "UGT union members": a national organisation points to its country
        table = actor_table()
        known = Counter(home for e in entities if e.type not in PLACE_TYPES
                        for home in [table.home_country(e.name)] if home) if ARTICLE_COUNTRIES in on else None
        best_of, why = resolve_in_context(groups, cands, containers, known=known, on=on, w=w)
        # a single reading left by a rule that narrowed the readings is that rule's
        why.update({eid: narrowed[eid] for eid, rule in why.items()
                    if rule == ONLY_READING and eid in narrowed})
        if LISTED_WITH_REGIONS in on:
            self._listed_with_regions(text, groups, cands, best_of, why)
        self._containers_are_regions(container_of, best_of, why)
        if HEADLINE_COUNTRY in on:
            self._headline_country(text, groups, cands, best_of, why)
        if KEEP_IN_COUNTRY in on:
            self._keep_in_country(best_of, cands, why)
        if DIRECTION in on:
            self._directions(groups, cands, best_of, why)
        # names that open on a word for their kind ("l'aéroport de Bagdad"): places, set by the name they hold
        kinds = {e.id for e in groups if self.site_kind.match(e.name)} if SITE_KIND in on else set()
        places = []
        for e in groups:
            best = best_of.get(e.id)
            if best is None and name_key(e.name) not in self.regions and e.type != "GPE":
                # an unknown LOC that is not a known region: the model's guess is weak evidence
                if not (self._looks_like_place(e.name) or e.id in kinds):
                    continue
            if best is None and e.id in weak:
                continue
            town_or_region = best is not None and best.feature in ("country", "admin1", "admin2", "city")
            kind = "GPE" if town_or_region else "LOC"
            if ENTITY_TYPE in on and kind != e.type:
                e.type = kind
                e.rules["type"] = ENTITY_TYPE
            rule = why.get(e.id) or unresolved.get(e.id)
            places.append(Place(
                id=f"p{len(places) + 1}", entity=e.id, name=best.name if best else e.name,
                mentions=[list(m) for m in e.mentions],
                geonameid=known_id(best.geonameid) if best else None,
                lat=round(best.lat, 5) if best else None, lon=round(best.lon, 5) if best else None,
                country=best.country if best else None, feature=best.feature if best else None,
                rules={"geonameid": rule} if rule else {},
            ))
        facilities = set(doc._.veille_facilities or set()) | sites | {
            e.id for e in groups if self.facility_words.search(e.name)}
        if SITE_OF_TOWN in on:
            self._site_of_town(places, gazetteer)
        if VICINITY in on:
            self._vicinity(doc, places, facilities)
        if NAMED_WITHIN in on:
            self._named_within(places, gazetteer, kinds)
        doc._.veille_places = places
        return doc

    @staticmethod
    def _containers_are_regions(container_of: dict, best_of: dict[str, Candidate],
                                why: dict[str, str]) -> None:
        """ "Tacoma, Washington": a container is the region the town lies in, not its namesake city."""
        for eid, found in container_of.items():
            if found is None or eid not in best_of or found[1] not in best_of:
                continue
            region, town = found[0], best_of[eid]
            if (region.feature == "admin1" and town.admin1 == region.geonameid) or (
                    region.feature == "country" and town.country == region.country):
                best_of[found[1]] = region
                why[found[1]] = CONTAINER

    def _listed_with_regions(self, text: str, groups, cands, best_of: dict[str, Candidate],
                             why: dict[str, str]) -> None:
        """A name listed with a region ("states such as California or Washington", "Ohio and
        Michigan") is the region of that name in the same country, not the city."""
        regions = [(s, e, best_of[g.id]) for g in groups
                   if g.id in best_of and best_of[g.id].feature == "admin1" for s, e in g.mentions]
        # what lies between listed names is only the characters ``listed`` holds: the regions named that
        # near are found by where they start or end
        by_start = sorted((rs, i) for i, (rs, _, _) in enumerate(regions))
        by_end = sorted((rend, i) for i, (_, rend, _) in enumerate(regions))
        for g in groups:
            best = best_of.get(g.id)
            if best is None or best.feature == "admin1":
                continue
            for s, e in g.mentions:
                after = self.listed_chars.match(text, e).end()  # a region after: "Ohio and Michigan"
                before = self._listed_run_start(text, s)  # a region before: "California or Washington"
                starting = by_start[bisect_left(by_start, (e, -1)):bisect_right(by_start, (after, math.inf))]
                ending = by_end[bisect_left(by_end, (before, -1)):bisect_right(by_end, (s, math.inf))]
                near_ids = {i for _, i in starting if self.listed.fullmatch(text[e:regions[i][0]])}
                near_ids |= {i for _, i in ending if self.listed.fullmatch(text[regions[i][1]:s])}
                near = [regions[i][2] for i in sorted(near_ids)]
                same = [c for c in cands[g.id]
                        if c.feature == "admin1" and any(c.country == r.country for r in near)]
                if same:
                    best_of[g.id] = max(same, key=lambda c: prior(c, self.w))
                    why[g.id] = LISTED_WITH_REGIONS
                    break

    def _listed_run_start(self, text: str, end: int) -> int:
        """Where the run of characters that ``listed`` may match and that ends at ``end`` starts."""
        start = end
        while start > 0 and (text[start - 1].isspace() or text[start - 1] in "," + self.listed_letters):
            start -= 1
        return start

    def _media_title(self, text: str, e: Entity, anywhere: bool) -> bool:
        """Whether a name is a medium's title: every mention follows a word of the media ("le quotidien
        Libération"), or, ``anywhere`` (a name that is no country's), the article calls it one anywhere
        ("résume à Libération")."""
        def after_media(s: int) -> bool:
            return bool(self.media_before.search(text[max(0, s - self.w.media_window):s]))

        if all(after_media(s) for s, _ in e.mentions):
            return True
        if not anywhere or not e.name[:1].isupper():
            return False
        return any(after_media(start) for start in standalone_starts(e.name, text))

    def _operation(self, text: str, e: Entity, ending: bool = False) -> bool:
        """Whether a name is a military operation's: one of the table's (or, ``ending``, ends on one), or
        every mention after the word "opération" ("l'opération Wuambushu")."""
        if operation_table().find(e.name) is not None or OPERATION_WORDS.match(e.name):
            return True
        words = e.name.split()
        if ending and any(operation_table().find(" ".join(words[i:])) is not None
                          for i in range(1, len(words))):
            return True  # "la force Sahel Serval": the operation's name after the region it works in
        return all(self.operation_before.search(text[max(0, s - self.w.operation_window):s])
                   for s, _ in e.mentions)

    def _article_led(self, text: str, e: Entity, cands: list[Candidate], gazetteer: Gazetteer) \
            -> list[Candidate] | None:
        """For a name read as a town that follows a definite article in one of its mentions ("dans le
        Donbass", "au Tigré") and a town's bare preposition in none ("à", "de"), as regions and countries
        do in French: none where it reads as a region too
        ("le Montana"), else the towns whose name holds the article ("au Havre", "à La Rochelle"). None for
        a name that no article leads or that reads as no town."""
        if not any(c.feature == "city" for c in cands):
            return None
        name = e.name.strip()
        first = re.match(r"\S+\s+|l['’]", name, re.I)
        if first and first.end() < len(name) and self.region_article_before.search(name[:first.end()]):
            name = name[first.end():]  # the entity holds the article: "le Sinaï", "au Havre"
        elif not any(self.region_article_before.search(text[max(0, s - self.w.article_window):s])
                     for s, _ in e.mentions) or any(
                self.town_preposition_before.search(text[max(0, s - self.w.article_window):s])
                for s, _ in e.mentions):
            return None  # no article, or a town's preposition too ("au Texas ... le lycée de Santa Fe")
        if any(c.feature != "city" for c in cands):
            return []  # "le Montana": its region
        return [c for article in self.words.REGION_ARTICLE_FORMS
                for c in gazetteer.lookup(f"{article}{name}") if c.feature == "city"]

    def _company(self, text: str, e: Entity, cands: list[Candidate]) -> bool:
        """Whether the article calls the name a company's anywhere ("le groupe de grande distribution
        Carrefour"), and it is no country's."""
        if any(c.feature == "country" for c in cands) or not e.name[:1].isupper():
            return False
        return any(self.company_before.search(text[max(0, s - self.w.company_window):s])
                   for s in [m[0] for m in e.mentions] + list(standalone_starts(e.name, text)))

    def _model(self, text: str, e: Entity, cands: list[Candidate]) -> bool:
        """Whether the article calls the name a model of craft or weapon anywhere ("un hélicoptère de
        combat Tigre"), and it is no country's."""
        if any(c.feature == "country" for c in cands) or not e.name[:1].isupper():
            return False
        return any(self.model_before.search(text[max(0, s - self.w.model_window):s])
                   for s in [m[0] for m in e.mentions] + list(standalone_starts(e.name, text)))

    def _abbreviated(self, text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
        """Whether the name at ``start:end`` is inside a longer name that the acronym in parentheses after it
        abbreviates: the acronym's letters are the initials of the name's words, of words before it and of
        those up to the acronym, and the acronym names no place ("(RDC)")."""
        m = ACRONYM_AFTER.match(text, end)
        if m is None or self.names.candidates(m.group(2), gazetteer):
            return False

        def initials(part: str) -> list[str]:
            return [w[0].lower() for w in INITIAL_WORDS.findall(part)
                    if not (w.islower() and len(w) <= self.w.abbreviated_small_word)]
        own, after = initials(text[start:end]), initials(m.group(1))
        letters = m.group(2).lower()
        n = len(letters)
        words = initials(text[max(0, start - self.w.abbreviated_window):start]) + own + after
        return len(own) + len(after) <= n <= len(words) and len(own) < n and "".join(words[-n:]) == letters

    def bare_direction(self, name: str) -> bool:
        """Whether a name is a direction alone, after its determiner ("le Nord", "du Sud-Est")."""
        return self.direction_key(name) in self.directions

    def direction_key(self, name: str) -> str:
        """A name's key without its determiner ("nord" for "le Nord")."""
        key = name_key(name)
        for det in self.determiner_keys:
            if key.startswith(det):
                return key[len(det):]
        return key

    @staticmethod
    def country_of_direction(key: str, countries: set[str]) -> Candidate | None:
        """The one country among ``countries`` whose name holds the direction ("Corée du Nord" for "le
        Nord"), if exactly one does."""
        gazetteer = shared_gazetteer()
        found = [c for c in (gazetteer.country(iso) for iso in sorted(countries)) if c is not None]
        named = [c for c in found if any(key in k.split() for k in gazetteer.country_keys(c.geonameid))]
        return named[0] if len(named) == 1 else None

    def _directions(self, groups, cands: dict[str, list[Candidate]], best_of: dict[str, Candidate],
                    why: dict[str, str]) -> None:
        """ "le Nord", "the South": a direction alone is the region so named in a country the article names
        by its other places (Haiti's Nord in an article about Haiti), else the country the article names
        whose name holds it (North Korea's "le Nord" in an article naming Pyongyang), else no place
        (Yemen's "Sud")."""
        directions = {e.id for e in groups if self.bare_direction(e.name)}
        if not directions:
            return
        named = {b.country for eid, b in best_of.items() if eid not in directions and b.country}
        for eid in directions:
            inside = [c for c in cands[eid] if c.country in named and c.feature not in ("city", "vicinity")]
            best = best_of.get(eid)
            if best is not None and best in inside:
                continue
            if inside:
                best_of[eid] = max(inside, key=lambda c: prior(c, self.w))
            else:
                name = next(e.name for e in groups if e.id == eid)
                country = self.country_of_direction(self.direction_key(name), named)
                if country is not None:
                    best_of[eid] = country
                else:
                    best_of.pop(eid, None)
            why[eid] = DIRECTION

    def _headline_country(self, text: str, groups, cands: dict[str, list[Candidate]],
                          best_of: dict[str, Candidate], why: dict[str, str]) -> None:
        """A headline that opens on a country and a colon ("Bélarus : des milliers de manifestants"): a town
        read abroad gives way to a reading in that country ``headline_country_ratio`` times as populous
        ("Minsk", not a namesake near Warsaw that the article's other places favour)."""
        colon = HEADLINE_OPENING.match(text)
        if colon is None:
            return
        opening = next((best_of.get(e.id) for e in groups if any(m[0] == colon.start(1) for m in e.mentions)),
                       None)
        if opening is None or opening.feature != "country":
            return
        for e in groups:
            best = best_of.get(e.id)
            if best is None or best.country == opening.country or best.feature != "city":
                continue
            home = [c for c in cands.get(e.id, []) if c.country == opening.country and c.feature == "city"
                    and c.population >= self.w.headline_country_ratio * max(best.population, 1)]
            if home:
                best_of[e.id] = max(home, key=lambda c: c.population)
                why[e.id] = HEADLINE_COUNTRY

    def after_place_preposition(self, text: str, start: int) -> bool:
        """Whether the word before ``start`` is a preposition of where ("à Lorient", "near Jackson"; not "to"
        or "from", which name people too)."""
        before = text[max(0, start - self.w.city_before_window):start].split()
        return bool(before) and before[-1].lower() in self.words.LOCATIVE_PREPOSITIONS

    @staticmethod
    def _demonym(name: str, cands: list[Candidate]) -> bool:
        """"English", "Emirati": a people or a language, not the town spelled the same."""
        return not name.isupper() and name_key(name) in demonyms() and not any(
            c.feature in ("country", "admin1") for c in cands)

    def _keep_in_country(self, best_of: dict[str, Candidate], cands: dict[str, list[Candidate]],
                         why: dict[str, str]) -> None:
        """A small town abroad ("Winder", Georgia) in a note that places itself in another country
        ("Las Bela district, Balochistan") is a namesake: the one in that country if the gazetteer has
        it, else unresolved rather than a wrong guess. The note places itself by the regions it names
        (a country it names may be its topic: "a rally for Ukraine in Cetinje"); a town in a country the
        article names, or where it names a large city, keeps its reading."""
        w = self.w
        countries = {b.country for b in best_of.values() if b.feature == "admin1"}
        if not countries:
            return
        named = countries | {b.country for b in best_of.values() if b.feature == "country"
                             or b.population >= w.foreign_town_min_population}
        for eid, best in list(best_of.items()):
            # the town itself is small, so it is not among the large cities that name a country
            if best.feature not in ("city", "admin2") or best.population >= w.small_town_population \
                    or best.country in named:
                continue
            at_home = [c for c in cands[eid] if c.country in countries and c.feature in ("city", "admin2")]
            if at_home:
                best_of[eid] = max(at_home, key=lambda c: prior(c, w))
            else:
                del best_of[eid]
            why[eid] = KEEP_IN_COUNTRY

    def _named_within(self, places: list[Place], gazetteer: Gazetteer, kinds: set[str]) -> None:
        """A site the gazetteer lacks whose name holds a place's ("Old Town Manassas", "British
        Embassy Tokyo", "Tijuana River") is placed at that place: one the article resolved, else the
        gazetteer's most prominent town or region of that name in one of the article's countries (by
        any of its names where a word for its kind opens the site's, ``kinds``: "l'aéroport de Bagdad").
        Its id stays null and its feature says ``vicinity``."""
        w = self.w
        resolved = {name_key(p.name): p for p in places if p.geonameid is not None}
        countries = {p.country for p in places if p.country}
        for p in places:
            if p.geonameid is not None or p.feature is not None:
                continue
            # the words, an elided article apart ("aéroport d'Istanbul": "Istanbul" is one)
            words = [m.span() for m in ELIDED_WORDS.finditer(p.name)] if p.entity in kinds else \
                [m.span() for m in re.finditer(r"\S+", p.name)]
            spans = sorted(((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                            if (i, j) != (0, len(words))), key=lambda ij: ij[0] - ij[1])
            for i, j in spans:
                part = p.name[words[i][0]:words[j - 1][1]]
                if not part[:1].isupper() or name_key(part) in self.not_places \
                        or len(part) < w.named_within_min_chars or part.lower() in self.words.AREA_QUALIFIERS:
                    continue
                known = resolved.get(name_key(part))
                if known is None:
                    found = [c for c in gazetteer.lookup(part) if (c.main or p.entity in kinds)
                             and c.country in countries and (
                        c.feature in ("country", "admin1")
                        or (c.feature == "city" and c.population >= w.named_within_town_min_population))]
                    if not found:
                        continue
                    known = max(found, key=lambda c: prior(c, w))
                p.lat, p.lon = round(known.lat, 5), round(known.lon, 5)
                p.country, p.feature = known.country, "vicinity"
                p.rules["feature"] = NAMED_WITHIN
                break

    def _site_of_town(self, places: list[Place], gazetteer: Gazetteer) -> None:
        """A site the gazetteer lacks named for its town ("l'aéroport de Bagdad", "la prison de
        Fleury-Mérogis") is placed at that town, before any town near it in the text: one the article
        resolved, else the gazetteer's most prominent town of that name in one of the article's countries,
        else a large one abroad. Of towns of a like size, the one in the country the article names most
        ("le palais de Windsor" in an article on the British royals). A street or a station ("la rue de
        Paris", "la gare de Lyon") is often named for another town, and is left to the others. Its id stays
        null and its feature says ``vicinity``."""
        w = self.w
        resolved = {name_key(p.name): p for p in places if p.geonameid is not None}
        named_in = Counter(p.country for p in places if p.country for _ in p.mentions)
        for p in places:
            if p.geonameid is not None or p.feature is not None or self.street_kind.match(p.name) or \
                    (site := self.site_of_town.match(p.name)) is None:
                continue
            town = site.group("town")
            known = resolved.get(name_key(town))
            if known is None:
                readings = [c for c in gazetteer.lookup(town) if c.feature == "city"]
                found = [c for c in readings if c.country in named_in
                         and c.population >= w.named_within_town_min_population] or \
                    [c for c in readings if c.population >= w.site_town_abroad_min_population]
                if not found:
                    continue
                largest = max(c.population for c in found)
                like = [c for c in found if c.population * w.site_town_like_size >= largest]
                known = max(like, key=lambda c: (named_in[c.country], prior(c, w)))
            p.lat, p.lon = round(known.lat, 5), round(known.lon, 5)
            p.country, p.feature = known.country, "vicinity"
            p.rules["feature"] = SITE_OF_TOWN

    def _vicinity(self, doc: Doc, places: list[Place], facilities: set[str]) -> None:
        """A village the gazetteer lacks, named with a known town or district in one sentence ("les
        communes de Calais, Fresnes-les-Montauban et Gavrelle"), is placed at that town; a
        building or street ("Barclays Center") at the town the article names most. Its id stays null
        and its feature says ``vicinity``."""
        anchors = [(m, p) for p in places if p.feature in ("city", "admin2") for m in p.mentions]
        if not anchors:
            return
        towns = [p for p in places if p.feature in ("city", "admin2")]
        regions = [p for p in places if p.feature == "admin1"]

        def in_named_region(p: Place) -> bool:
            return any(distance_km(p.lat, p.lon, r.lat, r.lon) < self.w.region_radius_km for r in regions)

        # the town the article names most, among those in a region it names ("New Orleans" in an
        # article on Louisiana, over a namesake elsewhere named twice)
        main_town = max(towns, key=lambda p: (in_named_region(p), len(p.mentions), -p.mentions[0][0]))
        for p in places:
            if p.geonameid is not None or p.feature is not None or self.bare_direction(p.name) \
                    or name_key(p.name) in self.regions:
                # a direction alone is no village ("le Sud" unplaced is no town of its sentence), nor is a
                # region ("le Sahel" unplaced is no town of Paris)
                continue
            near = []
            # the town nearest its first mention in a sentence that names one
            for s, e in p.mentions:
                sent = doc.char_span(s, e, alignment_mode="expand")
                if sent is None:
                    continue
                sentence = sentence_of(sent[0])
                bounds = (sentence.start_char, sentence.end_char)
                near = [(abs(m[0] - s), q) for m, q in anchors if bounds[0] <= m[0] < bounds[1]]
                if near:
                    break
            q = min(near, key=lambda x: x[0])[1] if near else main_town if p.entity in facilities else None
            if q is not None:
                p.lat, p.lon, p.country, p.feature = q.lat, q.lon, q.country, "vicinity"
                p.rules["feature"] = VICINITY

    def _container_list(self, text: str, index: int, placed: list[tuple[int, int]]) -> bool:
        """Whether the "(" or "," at ``index`` opens or continues a list of a place's containers:
        "Taze township (Shwebo district, Sagaing region)", "Kolbiyow village (Badhaadhe, Lower Juba)"."""
        w = self.w
        opening = text.rfind("(", text.rfind("\n", 0, index) + 1, index + 1)
        if opening < 0 or text.rfind(")", opening, index) >= 0:
            return False
        closing = text.find(")", opening)
        if closing < 0 or closing - opening > w.container_list_max_chars:
            return False
        parts = [p.split() for p in text[opening + 1:closing].split(",")]
        if not all(1 <= len(p) <= w.container_list_max_words for p in parts):
            return False
        before = text[max(0, opening - w.container_list_before_window):opening].split()
        after_place = bool(before) and (before[-1].lower() in self.words.FEATURE_WORDS or any(
            a < opening <= b + 1 for a, b in placed))
        return after_place or len(parts) >= w.container_list_min_parts

    def _missed_names(self, doc: Doc, entities: list[Entity], gazetteer: Gazetteer) -> list[Entity]:
        """Capitalised names after "in", "at", "near" ("protested in Schwanewede") that the model did not
        tag and the gazetteer knows as a town or region: new GPE entities, at every mention."""
        covered = [(s, e) for ent in entities for s, e in ent.mentions]
        placed = [(s, e) for ent in entities if ent.type in PLACE_TYPES for s, e in ent.mentions]
        after = {end - 1 for _match_id, _start, end in self.missed_after(doc)}  # "in", "in central"
        found: dict[str, list[list[int]]] = {}
        # a missed name opens after those words or after a "(" or ",": only they are made Tokens
        marks = {doc.vocab.strings[mark] for mark in ("(", ",")}
        opening = after.union(i for i, orth in enumerate(doc.to_array([ORTH]).tolist()) if orth in marks)
        for i in sorted(i for i in opening if i < len(doc) - 1):
            tok = doc[i]
            if not doc[i + 1].text[:1].isupper():
                continue
            # "in X", and the containers listed in parentheses after a place: "(Shwebo district, Sagaing
            # region)"
            if i not in after and not (tok.text in ("(", ",") and self._container_list(doc_text(doc), tok.idx,
                                                                                         placed)):
                continue
            end = i + 1
            for k in range(i + 1, min(len(doc), i + 1 + self.w.missed_name_max_tokens)):
                t = doc[k]
                if t.ent_type_:
                    break
                if t.text[:1].isupper() and t.is_alpha:
                    end = k + 1
                elif not (t.lower_ in self.words.NAME_JOINERS or t.text == "-"):
                    break
            for stop in range(end, i + 1, -1):
                span = doc[i + 1:stop]
                start, stop_char = span.start_char, span.end_char
                if any(a < stop_char and start < b for a, b in covered) or span.text in found:
                    continue
                if span.text.isupper() or (len(span) == 1 and (span[0].is_stop or sum(
                        c.isupper() for c in span.text) >= 2)):
                    continue  # "(MoD)", "(On second thought": an acronym or a word, not a place
                towns = [c for c in self.names.candidates(span.text, gazetteer)
                         if c.feature in ("city", "admin1", "admin2")
                         and c.population >= self.w.missed_min_population]
                if towns:
                    found[span.text] = [[start, stop_char]]
                    break
        entities_out = []
        for name, mentions in found.items():
            for start in standalone_starts(name, doc_text(doc)):
                end = start + len(name)
                if [start, end] not in mentions and not any(a < end and start < b for a, b in covered):
                    mentions.append([start, end])
            entities_out.append(Entity(id=f"e{len(entities) + len(entities_out) + 1}", type="GPE", name=name,
                                       mentions=sorted(mentions), rules={"type": MISSED_NAME}))
        return entities_out

    def _named_in_place_lists(self, text: str, entities: list[Entity], groups: list[Entity],
                              on: frozenset[str]) -> list[tuple[Entity, tuple, int]]:
        """Entities of other types in a position only places take, with the kinds of place they may be:
        inside the parentheses that follow a place ("in Kalaiya (Bara, Madhesh)") or any name
        ("Ghadir al Bostan (Quneitra)": regions only), before a word for a kind of place ("Uttar
        Dinajpur district"), or as the place an event is "in" before its parentheses."""
        if PLACE_POSITION not in on:
            return []
        w = self.w
        place_ids = {g.id for g in groups}
        opens = []  # (start, end, after a known place) of parentheses that open right after a name
        for g in entities:
            for _s, end in g.mentions:
                m = self.parentheses.match(text[end:end + w.parentheses_window])
                if m:
                    opens.append((end + m.start(1), end + m.end(1), g.id in place_ids))
        found = []
        for e in entities:
            if e.type in PLACE_TYPES or e.type not in ("PER", "ORG", "MISC", "NORP") \
                    or not e.name[:1].isupper():
                continue
            if e.type == "NORP" and NOT_A_PLACE in on and self.people_or_language.search(e.name.lower()):
                continue  # "in English", "the English city of": a language or a people
            for start, end in e.mentions:
                inside = [known for a, b, known in opens if a <= start and end <= b]
                kind_after = self.kind_after.match(text, end, end + w.kind_after_window)
                in_before = self.place_before.search(text[max(0, start - w.in_before_window):start])
                listed = in_before and self.list_after.match(text, end, end + w.list_after_window)
                if any(inside) or kind_after or listed:
                    found.append((e, ("country", "admin1", "admin2", "city"), 0))
                    break
                if inside:
                    found.append((e, ("admin1", "admin2"), 0))
                    break
                if in_before:  # "demonstrated in Schwanewede", read as a group: a town of some size
                    found.append((e, ("admin1", "admin2", "city"), w.missed_min_population))
                    break
        return found

    @staticmethod
    def _looks_like_place(name: str) -> bool:
        return bool(name[:1].isupper())

    def _container(self, text: str, e, nearby: _MentionStarts, cands) -> tuple[Candidate, str] | None:
        """The place that an explicit pattern puts this one in ('X, Y', 'X (Y)', 'X en Y'), with the id
        of the entity that names it: a place with candidates named at most ``container_window``
        characters after it."""
        for _start, end in e.mentions:
            for other, os_ in nearby.starting(end + 1, end + self.w.container_window):
                if other is e or not self.container_gap.fullmatch(text[end:os_]):
                    continue
                # "Oleksandrivka, Kharkiv", "Al Hazm district (Al Jawf)": a container is a country or a
                # region, even where a city of that name is better known, and one of the countries where
                # the contained name is found
                regions = [c for c in cands[other.id] if c.feature in ("country", "admin1", "admin2")]
                if regions:
                    homes = {c.country for c in cands[e.id]}
                    return max(regions, key=lambda c: (c.country in homes, prior(c, self.w))), other.id
        return None


# an acronym in parentheses right after a name ("(EIGS)", "(Aqmi)"), and the words whose initials make one
ACRONYM_AFTER = re.compile(r"((?:\s+[^\W\d_]+){0,3})\s*\(([A-Z][A-Za-z]{2,9})\)")
INITIAL_WORDS = re.compile(r"[^\W\d_]+")


class _MentionStarts:
    """The mentions of the places that have candidates, by where they start."""

    def __init__(self, groups, cands) -> None:
        rows = sorted((s, gi, mi, g) for gi, g in enumerate(groups) if cands[g.id]
                      for mi, (s, _e) in enumerate(g.mentions))
        self.starts = [r[0] for r in rows]
        self.rows = rows

    def starting(self, first: int, last: int) -> list[tuple[Entity, int]]:
        """(place, start) of the mentions that start at ``first`` to ``last``, in the order of the places
        and of their mentions."""
        rows = self.rows[bisect_left(self.starts, first):bisect_right(self.starts, last)]
        return [(g, s) for s, _gi, _mi, g in sorted(rows, key=lambda r: (r[1], r[2]))]


# the place stage adds to the entities the places the model missed, and types the entities it reads as
# places (GPE or LOC): the stages after it (quantities, statements, events) read those types
@Language.factory("veille_places", assigns=["doc._.veille_places", "doc._.veille_entities"],
                  requires=["doc._.veille_entities", "doc._.veille_weak", "doc._.veille_facilities",
                            "token.ent_type", "doc.sents"])
def make_place_resolver(nlp: Language, name: str) -> PlaceResolver:
    return PlaceResolver(nlp, name)
