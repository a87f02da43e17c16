"""Places: every place mention resolved to GeoNames, or left unresolved rather than guessed.

Strategies, in order (dateparser's habit of ordered parsers):
  1. name variants: as written, without a determiner or possessive, abbreviations expanded;
  2. explicit containers: "X, Y", "X (Y)", "X en Y" put X inside Y;
  3. article context: countries and first-level regions the article names, and places near the
     ones already resolved;
  4. prominence: population and feature kind (a country over a village of the same name).
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ...data import demonyms
from ...geo.distance import distance_km
from ...geo.gazetteer import Candidate, Gazetteer, shared_gazetteer
from ...geo.names import name_key
from ...nlp.lang import language_data
from ...records import Entity, Place
from ..actors import actor_table
from ..docs import doc_text, sentence_of

if not Doc.has_extension("veille_places"):
    Doc.set_extension("veille_places", default=None)

PLACE_TYPES = {"LOC", "GPE"}
# a name the model missed is taken as a place only when a town or region this big bears it
MISSED_MIN_POPULATION = 1000
# a name after these words, then "(" or ",", holds the place of an event ("in Kalaiya (Bara, Madhesh)")
PLACE_BEFORE = re.compile(r"\b(?:in|near|at|to|à|près de)\s+$")
LIST_AFTER = re.compile(r"\s*[(,]")
# endings of a people's or a language's name ("English", "Iraqi", "français"), never promoted to a place
PEOPLE_OR_LANGUAGE = re.compile(r"(?:ish|ese|ian|ean|an|i|ic|ch|que|ais|ois)$")
REGION_FEATURES = {"continent", "region", "sea"}
# feature priors, in log10-population units: a country or region named by its own name is what a
# reporter means far more often than a hamlet of the same name
FEATURE_BONUS = {"continent": 3.0, "region": 3.0, "sea": 3.0, "country": 3.0, "admin1": 1.5, "admin2": -0.5,
                 "city": 0.0}
# veille's curated usual names ("Washington" is the capital; "Va." is Virginia) over the packages'
NAME_BONUS = {0: -2.0, 1: 0.0, 2: 3.0}
ABBREVIATIONS = [(re.compile(p), full) for p, full in
                 ((r"^st\b", "saint"), (r"^ste\b", "sainte"), (r"^mt\b", "mount"), (r"^ft\b", "fort"))]


@dataclass
class Context:
    countries: Counter
    admin1s: Counter
    points: list[tuple[float, float]] | OthersPoints


# a town this near a point of the article's other places weighs more
NEAR_KM = 250
# chord between two points on the unit sphere NEAR_KM apart, with a margin: the side of a grid cell
CELL = 1.25 * 2 * math.sin(NEAR_KM / (2 * 6371.0))


def _cell(lat: float, lon: float) -> tuple[int, int, int]:
    """The grid cell, on the unit sphere, of a point: points under NEAR_KM apart are in adjacent cells."""
    p, l = math.radians(lat), math.radians(lon)
    return (math.floor(math.cos(p) * math.cos(l) / CELL), math.floor(math.cos(p) * math.sin(l) / CELL),
            math.floor(math.sin(p) / CELL))


class PointIndex:
    """The points the resolved places contribute, with the place each is of, in grid cells."""

    def __init__(self, own: dict[str, Context]) -> None:
        self.cells: dict[tuple[int, int, int], list[tuple[float, float, str]]] = {}
        self.count: Counter = Counter()
        for place_id, ctx in own.items():
            for lat, lon in ctx.points:
                self.cells.setdefault(_cell(lat, lon), []).append((lat, lon, place_id))
                self.count[place_id] += 1
        self.total = sum(self.count.values())


@dataclass
class OthersPoints:
    """The points of every place but one: what a place's context knows of where the others are."""
    index: PointIndex
    place_id: str

    def __bool__(self) -> bool:
        return self.index.total > self.index.count[self.place_id]

    def nearest_km(self, c: Candidate) -> float:
        """The distance to the nearest point where it is under NEAR_KM, else infinity."""
        x, y, z = _cell(c.lat, c.lon)
        d = math.inf
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for dz in (-1, 0, 1):
                    for lat, lon, place_id in self.index.cells.get((x + dx, y + dy, z + dz), ()):
                        if place_id != self.place_id:
                            d = min(d, c.distance_km(lat, lon))
        return d


def variants(name: str, data) -> list[str]:
    out = [name]
    low = name.lower()
    # "Zmiivka village", "Taze township", "ville de Lyon": the name without the word for its kind
    words = name.split()
    if len(words) > 1 and words[-1].lower() in data.FEATURE_WORDS:
        out.append(" ".join(words[:-1]))
    for prefix in data.FEATURE_PREFIXES:
        if low.startswith(prefix) and len(name) > len(prefix) + 1:
            out.append(name[len(prefix):].strip())
    for det in data.DETERMINERS:
        if low.startswith(det):
            out.append(name[len(det):])
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            out.append(name[: -len(suffix)])
    if " - " in name:
        # "Seoul City - Jongno", "Rio de Janeiro - North Zone": a district of a city, named the city first
        city = name.split(" - ")[0].strip()
        out += [city, city[:-5]] if city.endswith(" City") else [city]
    # transliterations that differ by a final letter: "Ar Rutba" (Ar Ruţbah), "Mogoke" (Mogok)
    if len(name) >= 5:
        out.append(name[:-1] if name[-1] in "he" else name + "h")
    return out


def lookup_spelled_out(gazetteer: Gazetteer, name: str) -> list[Candidate]:
    """The places so named, and those whose own name spells its abbreviation out ("St. Petersburg":
    "Saint Petersburg", "Mt Kenya": "Mount Kenya")."""
    found = gazetteer.lookup(name)
    key = name_key(name)
    for pattern, full in ABBREVIATIONS:
        if pattern.match(key):
            have = {c.geonameid for c in found}
            found = found + [c for c in gazetteer.lookup(pattern.sub(full, key)) if c.geonameid not in have]
    return found


def candidates_for(name: str, gazetteer: Gazetteer, data) -> list[Candidate]:
    for v in variants(name, data):
        found = lookup_spelled_out(gazetteer, v)
        if found:
            return found
    # "South Venezuela", "Western US", "Nazi Germany": a part or an era of a country or region, read
    # as the whole where the gazetteer has no name for the part
    words = name.split(maxsplit=1)
    if len(words) == 2 and words[0].lower() in data.AREA_QUALIFIERS:
        whole = [c for c in gazetteer.lookup(words[1]) if c.feature in ("country", "admin1", "continent")]
        if whole:
            return whole
    # "Ar Rutba", "Al-Hawayij": the name without its Arabic article, in a country that writes it
    bare = ARABIC_ARTICLE.sub("", name)
    if bare != name and len(bare) >= 4:
        for v in variants(bare, data):
            found = [c for c in gazetteer.lookup(v) if c.country in ARABIC_ARTICLE_COUNTRIES]
            if found:
                return found
    return []


ARABIC_ARTICLE = re.compile(r"^(?:a[lrsdntz]|ash|el)[- ]", re.I)
# where place names carry the Arabic article: the Arab League's members, and their neighbours that
# keep Arabic names (Iran, Israel, Turkey's south-east, Chad, Mali, Niger)
ARABIC_ARTICLE_COUNTRIES = {"DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS",
                            "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "IR", "IL", "TR", "TD", "ML", "NE"}

# weight of log10(population): tuned on geo-gwn/geo-lgl dev so that a world city (Rome, London)
# outweighs a small namesake in a country the article merely mentions
POPULATION_WEIGHT = 1.3
# a town abroad this populous stands on its own, whatever countries the article names
FOREIGN_TOWN_MIN_POPULATION = 100_000
# a town abroad smaller than this, in a note placed in another country, is a namesake
SMALL_TOWN_POPULATION = 30_000
# what lies between the names of a list ("California or Washington", "Ohio, Michigan and Texas")
LISTED = re.compile(r"\s*(?:,|,?\s+(?:and|or|et|ou))\s*")
LISTED_CHARS = re.compile(r"[\s,adenortu]*")  # every character that LISTED may match


def _listed_run_start(text: str, end: int) -> int:
    """Where the run of characters that LISTED may match and that ends at ``end`` starts."""
    start = end
    while start > 0 and (text[start - 1].isspace() or text[start - 1] in ",adenortu"):
        start -= 1
    return start
# a town this near a region's centre may lie in it (the largest first-level regions span about that)
REGION_RADIUS_KM = 500


def prior(c: Candidate) -> float:
    return POPULATION_WEIGHT * math.log10(c.population + 10) + FEATURE_BONUS.get(c.feature, 0.0) + NAME_BONUS.get(c.main, 0.0)


def score(c: Candidate, ctx: Context, container: Candidate | None) -> float:
    s = prior(c)
    if container is not None:
        if container.feature == "country" and c.country == container.country:
            s += 10
        elif container.feature == "admin1" and c.admin1 == container.geonameid:
            s += 10
        elif c.distance_km(container.lat, container.lon) < 150:
            s += 6
    if c.country and ctx.countries.get(c.country):
        s += 1.0 + min(ctx.countries[c.country], 4) * 0.25
    if c.admin1 and ctx.admin1s.get(c.admin1) and c.feature != "admin1":
        s += 2.5
    if ctx.points and c.feature in ("city", "admin2"):
        d = ctx.points.nearest_km(c)
        if d < 50:
            s += 2.0
        elif d < NEAR_KM:
            s += 1.5
    return s


def _contribution(best: Candidate, cs: list[Candidate], ctx: Context, container, n: int) -> Context:
    """What one resolved place tells about the others: its country, its region, its point."""
    mine = Context(Counter(), Counter(), [])
    if best.feature == "country":
        mine.countries[best.country] += n
    elif best.feature == "admin1":
        mine.admin1s[best.geonameid] += n
        mine.countries[best.country] += n
    elif best.feature in ("city", "admin2"):
        scores = sorted((score(c, ctx, container) for c in cs), reverse=True)
        # only a confident reading of a town is evidence for its neighbours; a name whose every
        # reading is in one country ("Al Hazm", Yemen) says that country at least
        if len({c.country for c in cs}) == 1:
            mine.countries[best.country] += n
        if len(scores) == 1 or scores[0] - scores[1] >= 2.0 or container is not None:
            mine.countries[best.country] += n
            if best.admin1:
                mine.admin1s[best.admin1] += 1
            mine.points.append((best.lat, best.lon))
    return mine


def _prefer_city(best: Candidate, cs: list[Candidate]) -> Candidate:
    """'Paris', 'Dakar': a region named after its city means the city."""
    if best.feature not in ("admin1", "admin2"):
        return best
    for c in cs:
        if c.feature == "city" and c.main and (c.admin1 == best.geonameid or c.distance_km(best.lat, best.lon) < 60) \
                and c.population >= min(50_000, best.population // 10):
            return c
    if best.feature == "admin2":
        # "Torino", "Napoli": a province named after its city, which GeoNames calls Turin, Naples
        for c in cs:
            if c.feature == "city" and c.country == best.country and c.population >= 100_000 \
                    and c.distance_km(best.lat, best.lon) < 60:
                return c
    return best


def resolve_in_context(groups, cands, containers, rounds: int = 3, known: Counter | None = None) -> dict[str, Candidate]:
    """Best candidate of every place: prominence first, then re-read in the light of the others.

    Each round's context for a place is what the *other* places resolved to in the round before
    ("Athens" in an article that also names Georgia the state, after "Georgia" was read as the state).
    ``known`` counts the countries the article points to otherwise (its national organisations).
    """
    empty = Context(Counter(known or {}), Counter(), [])
    best_of: dict[str, Candidate] = {}
    contexts = {e.id: empty for e in groups}
    for _ in range(rounds):
        own: dict[str, Context] = {}
        for e in groups:
            cs = cands[e.id]
            if not cs:
                continue
            best = _prefer_city(max(cs, key=lambda c: score(c, contexts[e.id], containers[e.id])), cs)
            best_of[e.id] = best
            own[e.id] = _contribution(best, cs, contexts[e.id], containers[e.id], len(e.mentions))
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
    return best_of


class PlaceResolver:
    """Pipeline component ``veille_places``: sets ``doc._.veille_places`` (list of Place)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.data = language_data(nlp.lang)
        self.regions = {name_key(r) for r in self.data.REGIONS}
        self.not_places = {name_key(r) for r in self.data.NOT_PLACES}
        # between a place and its container: ", ", " (", " district (", " village, ", " in "
        self.container_gap = re.compile(
            rf"(?:\s+(?:{'|'.join(sorted(self.data.FEATURE_WORDS))}))?\s*(?:,|\()\s*"
            rf"|\s+(?-i:{'|'.join(self.data.CONTAINER_WORDS)})\s+", re.I)
        self.natural_after = re.compile(self.data.NATURAL_AFTER, re.I)
        self.facility_words = re.compile(self.data.FACILITY_WORDS, re.I)
        # a word for a kind of place after a name ("Uttar Dinajpur district")
        self.kind_after = re.compile(rf"\s+(?:{'|'.join(sorted(self.data.FEATURE_WORDS))})\b", re.I)

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = shared_gazetteer()
        entities = doc._.veille_entities or []
        entities.extend(self._missed_names(doc, entities, gazetteer))
        doc._.veille_entities = entities
        weak = doc._.veille_weak or set()  # kept as places only when the gazetteer knows them
        text = doc_text(doc)
        groups = [e for e in entities if e.type in PLACE_TYPES]
        cands = {e.id: candidates_for(e.name, gazetteer, self.data) for e in groups}
        for e, features, min_population in self._named_in_place_lists(text, entities, groups):
            # a name the model read as a person or an organisation where only a place fits
            found = [c for c in candidates_for(e.name, gazetteer, self.data)
                     if c.feature in features and c.population >= min_population]
            if found:
                groups.append(e)
                cands[e.id] = found
        for e in groups:
            # an acronym ("EU", "UE") means what the curated aliases say, not a town spelled the same ("Eu")
            if e.name.isupper() and len(e.name) <= 4:
                cands[e.id] = [c for c in cands[e.id] if c.main == 2 or c.feature == "country"]
            # "Amara city", "the town of Bougouni": the word for its kind says which namesake
            if any(re.match(self.data.CITY_AFTER, text[m[1]:m[1] + 12].lower()) or re.search(
                    self.data.CITY_BEFORE, text[max(0, m[0] - 16):m[0]].lower()) for m in e.mentions):
                towns = [c for c in cands[e.id] if c.feature == "city"]
                cands[e.id] = towns or cands[e.id]
            # "Sagaing region", "la province de Herat": the region, not its namesake town
            elif any(re.match(self.data.ADMIN_AFTER, text[m[1]:m[1] + 16].lower()) or re.search(
                    self.data.ADMIN_BEFORE, text[max(0, m[0] - 20):m[0]].lower()) for m in e.mentions):
                regions = [c for c in cands[e.id] if c.feature == "admin1"]
                cands[e.id] = regions or cands[e.id]
        nearby = _MentionStarts(groups, cands)
        container_of = {e.id: self._container(text, e, nearby, cands) for e in groups}
        containers = {eid: c[0] if c else None for eid, c in container_of.items()}

        for e in groups:
            if name_key(e.name) in self.not_places or self._demonym(e.name, cands[e.id]) or all(
                    re.search(r"\bvs?\.\s*$", text[max(0, s - 5):s]) for s, _ in e.mentions):
                # "Dobbs v. Jackson": a party to a case
                cands[e.id] = []
                weak.add(e.id)
            elif name_key(e.name) in self.regions:
                cands[e.id] = [c for c in cands[e.id] if c.feature in REGION_FEATURES]
            elif all(self.natural_after.match(text, m[1], m[1] + 16) for m in e.mentions):
                # "the Po river", "Kivu lake": a river or a mountain, which the gazetteer does not hold;
                # not the town that bears the name
                cands[e.id] = []
        # "at the call of the CGT", "UGT union members": a national organisation points to its country
        table = actor_table()
        known = Counter(home for e in entities if e.type not in PLACE_TYPES
                        for home in [table.home_country(e.name)] if home)
        best_of = resolve_in_context(groups, cands, containers, known=known)
        self._listed_with_regions(text, groups, cands, best_of)
        self._containers_are_regions(container_of, best_of)
        self._keep_in_country(best_of, cands)
        places = []
        for e in groups:
            best = best_of.get(e.id)
            if best is None and name_key(e.name) not in self.regions and e.type != "GPE":
                # an unknown LOC that is not a known region: the model's guess is weak evidence
                if not self._looks_like_place(e.name):
                    continue
            if best is None and e.id in weak:
                continue
            e.type = "GPE" if best is not None and best.feature in ("country", "admin1", "admin2", "city") \
                else "LOC"
            if best is not None and best.feature == "country" and e.wikidata is None:
                state = actor_table().state(best.country)  # "U.S.", "l'Hexagone": the state's Wikidata id
                e.wikidata = state.wikidata if state else None
            places.append(Place(
                id=f"p{len(places) + 1}", entity=e.id, name=best.name if best else e.name,
                mentions=[list(m) for m in e.mentions],
                geonameid=best.geonameid if best else None,
                lat=round(best.lat, 5) if best else None, lon=round(best.lon, 5) if best else None,
                country=best.country if best else None, feature=best.feature if best else None,
            ))
        facilities = set(doc._.veille_facilities or set()) | {
            e.id for e in groups if self.facility_words.search(e.name)}
        self._vicinity(doc, places, facilities)
        self._named_within(places, gazetteer)
        doc._.veille_places = places
        return doc

    @staticmethod
    def _containers_are_regions(container_of: dict, best_of: dict[str, Candidate]) -> None:
        """ "Tacoma, Washington": a container is the region the town lies in, not its namesake city."""
        for eid, found in container_of.items():
            if found is None or eid not in best_of or found[1] not in best_of:
                continue
            region, town = found[0], best_of[eid]
            if (region.feature == "admin1" and town.admin1 == region.geonameid) or (
                    region.feature == "country" and town.country == region.country):
                best_of[found[1]] = region

    @staticmethod
    def _listed_with_regions(text: str, groups, cands, best_of: dict[str, Candidate]) -> None:
        """A name listed with a region ("states such as California or Washington", "Ohio and
        Michigan") is the region of that name in the same country, not the city."""
        regions = [(s, e, best_of[g.id]) for g in groups if g.id in best_of and best_of[g.id].feature == "admin1"
                   for s, e in g.mentions]
        # what lies between listed names is only the characters LISTED holds: the regions named that
        # near are found by where they start or end
        by_start = sorted((rs, i) for i, (rs, _, _) in enumerate(regions))
        by_end = sorted((rend, i) for i, (_, rend, _) in enumerate(regions))
        for g in groups:
            best = best_of.get(g.id)
            if best is None or best.feature == "admin1":
                continue
            for s, e in g.mentions:
                after = LISTED_CHARS.match(text, e).end()  # a region after: "Ohio and Michigan"
                before = _listed_run_start(text, s)  # a region before: "California or Washington"
                starting = by_start[bisect_left(by_start, (e, -1)):bisect_right(by_start, (after, math.inf))]
                ending = by_end[bisect_left(by_end, (before, -1)):bisect_right(by_end, (s, math.inf))]
                near_ids = {i for _, i in starting if LISTED.fullmatch(text[e:regions[i][0]])}
                near_ids |= {i for _, i in ending if LISTED.fullmatch(text[regions[i][1]:s])}
                near = [regions[i][2] for i in sorted(near_ids)]
                same = [c for c in cands[g.id] if c.feature == "admin1" and any(c.country == r.country for r in near)]
                if same:
                    best_of[g.id] = max(same, key=prior)
                    break

    @staticmethod
    def _demonym(name: str, cands: list[Candidate]) -> bool:
        """"English", "Emirati": a people or a language, not the town spelled the same."""
        return not name.isupper() and name_key(name) in demonyms() and not any(
            c.feature in ("country", "admin1") for c in cands)

    @staticmethod
    def _keep_in_country(best_of: dict[str, Candidate], cands: dict[str, list[Candidate]]) -> None:
        """A small town abroad ("Winder", Georgia) in a note that places itself in another country
        ("Las Bela district, Balochistan") is a namesake: the one in that country if the gazetteer has
        it, else unresolved rather than a wrong guess. The note places itself by the regions it names
        (a country it names may be its topic: "a rally for Ukraine in Cetinje"); a town in a country the
        article names, or where it names a large city, keeps its reading."""
        countries = {b.country for b in best_of.values() if b.feature == "admin1"}
        if not countries:
            return
        named = countries | {b.country for b in best_of.values() if b.feature == "country"
                             or b.population >= FOREIGN_TOWN_MIN_POPULATION}
        for eid, best in list(best_of.items()):
            # the town itself is small, so it is not among the large cities that name a country
            if best.feature not in ("city", "admin2") or best.population >= SMALL_TOWN_POPULATION \
                    or best.country in named:
                continue
            at_home = [c for c in cands[eid] if c.country in countries and c.feature in ("city", "admin2")]
            if at_home:
                best_of[eid] = max(at_home, key=prior)
            else:
                del best_of[eid]

    def _named_within(self, places: list[Place], gazetteer: Gazetteer) -> None:
        """A site the gazetteer lacks whose name holds a place's ("Old Town Manassas", "British
        Embassy Tokyo", "Tijuana River") is placed at that place: one the article resolved, else the
        gazetteer's most prominent town or region of that name in one of the article's countries.
        Its id stays null and its feature says ``vicinity``."""
        resolved = {name_key(p.name): p for p in places if p.geonameid is not None}
        countries = {p.country for p in places if p.country}
        for p in places:
            if p.geonameid is not None or p.feature is not None:
                continue
            words = p.name.split()
            spans = sorted(((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                            if (i, j) != (0, len(words))), key=lambda ij: ij[0] - ij[1])
            for i, j in spans:
                part = " ".join(words[i:j])
                if not part[:1].isupper() or name_key(part) in self.not_places or len(part) < 4 \
                        or part.lower() in self.data.AREA_QUALIFIERS:
                    continue
                known = resolved.get(name_key(part))
                if known is None:
                    found = [c for c in gazetteer.lookup(part) if c.main and c.country in countries and (
                        c.feature in ("country", "admin1") or (c.feature == "city" and c.population >= 10_000))]
                    if not found:
                        continue
                    known = max(found, key=prior)
                p.lat, p.lon, p.country, p.feature = round(known.lat, 5), round(known.lon, 5), known.country, "vicinity"
                break

    @staticmethod
    def _vicinity(doc: Doc, places: list[Place], facilities: set[str]) -> None:
        """A village the gazetteer lacks, listed with a known town or district in the same sentence
        ("les communes de Calais, Fresnes-les-Montauban et Gavrelle"), is placed at that town; a
        building or street ("Barclays Center") at the town the article names most. Its id stays null
        and its feature says ``vicinity``."""
        anchors = [(m, p) for p in places if p.feature in ("city", "admin2") for m in p.mentions]
        if not anchors:
            return
        towns = [p for p in places if p.feature in ("city", "admin2")]
        regions = [p for p in places if p.feature == "admin1"]

        def in_named_region(p: Place) -> bool:
            return any(distance_km(p.lat, p.lon, r.lat, r.lon) < REGION_RADIUS_KM for r in regions)

        # the town the article names most, among those in a region it names ("New Orleans" in an
        # article on Louisiana, over a namesake elsewhere named twice)
        main_town = max(towns, key=lambda p: (in_named_region(p), len(p.mentions), -p.mentions[0][0]))
        for p in places:
            if p.geonameid is not None or p.feature is not None:
                continue
            s, e = p.mentions[0]
            sent = doc.char_span(s, e, alignment_mode="expand")
            if sent is None:
                continue
            sentence = sentence_of(sent[0])
            bounds = (sentence.start_char, sentence.end_char)
            near = [(abs(m[0] - s), q) for m, q in anchors if bounds[0] <= m[0] < bounds[1]]
            q = min(near, key=lambda x: x[0])[1] if near else main_town if p.entity in facilities else None
            if q is not None:
                p.lat, p.lon, p.country, p.feature = q.lat, q.lon, q.country, "vicinity"

    def _container_list(self, text: str, index: int, placed: list[tuple[int, int]]) -> bool:
        """Whether the "(" or "," at ``index`` opens or continues a list of a place's containers:
        "Taze township (Shwebo district, Sagaing region)", "Kolbiyow village (Badhaadhe, Lower Juba)"."""
        opening = text.rfind("(", text.rfind("\n", 0, index) + 1, index + 1)
        if opening < 0 or text.rfind(")", opening, index) >= 0:
            return False
        closing = text.find(")", opening)
        if closing < 0 or closing - opening > 80:
            return False
        parts = [p.split() for p in text[opening + 1:closing].split(",")]
        if not all(1 <= len(p) <= 4 for p in parts):
            return False
        before = text[max(0, opening - 30):opening].split()
        after_place = bool(before) and (before[-1].lower() in self.data.FEATURE_WORDS or any(
            a < opening <= b + 1 for a, b in placed))
        return after_place or len(parts) >= 2

    def _missed_names(self, doc: Doc, entities, gazetteer: Gazetteer) -> list[Entity]:
        """Capitalised names after "in", "at", "near" ("protested in Schwanewede") that the model did not
        tag and the gazetteer knows as a town or region: new GPE entities, at every mention."""
        covered = [(s, e) for ent in entities for s, e in ent.mentions]
        placed = [(s, e) for ent in entities if ent.type in PLACE_TYPES for s, e in ent.mentions]
        found: dict[str, list[list[int]]] = {}
        for i, tok in enumerate(doc[:-1]):
            if not doc[i + 1].text[:1].isupper():
                continue
            # "in X", and the containers listed in parentheses after a place: "(Shwebo district, Sagaing region)"
            if tok.lower_ not in self.data.PLACE_PREPOSITIONS and not (
                    tok.text in ("(", ",") and self._container_list(doc_text(doc), tok.idx, placed)) and not (
                    tok.lower_ in self.data.LOCAL_ADJECTIVES and i > 0
                    and doc[i - 1].lower_ in self.data.PLACE_PREPOSITIONS):
                continue
            end = i + 1
            for k in range(i + 1, min(len(doc), i + 8)):
                t = doc[k]
                if t.ent_type_:
                    break
                if t.text[:1].isupper() and t.is_alpha:
                    end = k + 1
                elif not (t.lower_ in self.data.NAME_JOINERS or t.text == "-"):
                    break
            for stop in range(end, i + 1, -1):
                span = doc[i + 1:stop]
                start, stop_char = span.start_char, span.end_char
                if any(a < stop_char and start < b for a, b in covered) or span.text in found:
                    continue
                if span.text.isupper() or (len(span) == 1 and (span[0].is_stop or sum(
                        c.isupper() for c in span.text) >= 2)):
                    continue  # "(MoD)", "(On second thought": an acronym or a word, not a place
                towns = [c for c in candidates_for(span.text, gazetteer, self.data)
                         if c.feature in ("city", "admin1", "admin2") and c.population >= MISSED_MIN_POPULATION]
                if towns:
                    found[span.text] = [[start, stop_char]]
                    break
        entities_out = []
        for name, mentions in found.items():
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc_text(doc)):
                if [m.start(), m.end()] not in mentions and not any(
                        a < m.end() and m.start() < b for a, b in covered):
                    mentions.append([m.start(), m.end()])
            entities_out.append(Entity(id=f"e{len(entities) + len(entities_out) + 1}", type="GPE", name=name,
                                       mentions=sorted(mentions)))
        return entities_out

    def _named_in_place_lists(self, text: str, entities, groups) -> list[tuple[Entity, tuple, int]]:
        """Entities of other types in a position only places take, with the kinds of place they may be:
        inside the parentheses that follow a place ("in Kalaiya (Bara, Madhesh)") or any name
        ("Ghadir al Bostan (Quneitra)": regions only), before a word for a kind of place ("Uttar
        Dinajpur district"), or as the place an event is "in" before its parentheses."""
        place_ids = {g.id for g in groups}
        opens = []  # (start, end, after a known place) of parentheses that open right after a name
        for g in entities:
            for _s, end in g.mentions:
                m = re.match(r"\s*(?:\w+\s+){0,2}?\(([^()]{1,120})\)", text[end:end + 140])
                if m:
                    opens.append((end + m.start(1), end + m.end(1), g.id in place_ids))
        found = []
        for e in entities:
            if e.type in PLACE_TYPES or e.type not in ("PER", "ORG", "MISC", "NORP") or not e.name[:1].isupper():
                continue
            if e.type == "NORP" and PEOPLE_OR_LANGUAGE.search(e.name.lower()):
                continue  # "in English", "the English city of": a language or a people
            for start, end in e.mentions:
                inside = [known for a, b, known in opens if a <= start and end <= b]
                kind_after = self.kind_after.match(text, end, end + 20)
                in_before = PLACE_BEFORE.search(text[max(0, start - 10):start])
                if any(inside) or kind_after or (in_before and LIST_AFTER.match(text, end, end + 3)):
                    found.append((e, ("country", "admin1", "admin2", "city"), 0))
                    break
                if inside:
                    found.append((e, ("admin1", "admin2"), 0))
                    break
                if in_before:  # "demonstrated in Schwanewede", read as a group: a town of some size
                    found.append((e, ("admin1", "admin2", "city"), MISSED_MIN_POPULATION))
                    break
        return found

    @staticmethod
    def _looks_like_place(name: str) -> bool:
        return bool(name[:1].isupper())

    def _container(self, text: str, e, nearby: _MentionStarts, cands) -> tuple[Candidate, str] | None:
        """The place that an explicit pattern puts this one in ('X, Y', 'X (Y)', 'X en Y'), with the id
        of the entity that names it: a place with candidates named at most 24 characters after it."""
        for _start, end in e.mentions:
            for other, os_ in nearby.starting(end + 1, end + 24):
                if other is e or not self.container_gap.fullmatch(text[end:os_]):
                    continue
                # "Oleksandrivka, Kharkiv", "Al Hazm district (Al Jawf)": a container is a country or a
                # region, even where a city of that name is better known, and one of the countries where
                # the contained name is found
                regions = [c for c in cands[other.id] if c.feature in ("country", "admin1", "admin2")]
                if regions:
                    homes = {c.country for c in cands[e.id]}
                    return max(regions, key=lambda c: (c.country in homes, prior(c))), other.id
        return None


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


@Language.factory("veille_places", assigns=["doc._.veille_places"], requires=["doc._.veille_entities"])
def make_place_resolver(nlp: Language, name: str) -> PlaceResolver:
    return PlaceResolver(nlp, name)
