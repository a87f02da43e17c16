"""The actor table: states, armed and police forces, international organisations and armed groups.

Shipped as ``veille/data/actors.tsv`` (see ``scripts/build_actors.py``), with aliases and, where
checked, Wikidata ids, and ``actor_names.tsv``, the actors' names, one per language. Entities find
their actor by name ("Daech", "EI", "ISIS" and "Etat islamique" are one actor), which gives them a
Wikidata id and ties the different names of one actor within an article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..data import read_rows
from ..geo.names import name_key
from ..nlp.lang import every_pack


def _leading_words() -> re.Pattern:
    """Words that open a name without being part of it ("le groupe Etat islamique", "the Taliban"), in
    any language: a name is looked up whatever the language of the text it comes from."""
    articles = "|".join(word for words in every_pack("actors", "NAME_ARTICLES") for word in words)
    bodies = "|".join(word for words in every_pack("actors", "BODY_WORDS") for word in words)
    return re.compile(rf"^(?:(?:{articles})\s*)?(?:(?:{bodies})\s+)?", re.I)


LEADING_WORDS = _leading_words()
# an alias this short and in capitals ("EI", "UN", "AA") matches only as written
SHORT_ACRONYM = 4


@dataclass(frozen=True)
class Actor:
    id: str  # its key in actors.tsv and actor_names.tsv ("military-forces-of-iraq")
    wikidata: str | None
    kind: str  # state | military | police | organisation | armed_group
    country: str | None  # ISO 3166-1 alpha-2 of a state's or a national actor's country
    names: tuple[tuple[str, str], ...]  # (language, name), one per language

    def name(self, lang: str) -> str:
        """The actor's name in that language, else its first name."""
        return next((name for code, name in self.names if code == lang), self.names[0][1])


def _fold(name: str) -> str:
    return name_key(LEADING_WORDS.sub("", name.strip()))


def _acronym(name: str) -> str | None:
    """The name as an acronym ("EI" of "le groupe EI", "UN" of "U.N."), if it is one."""
    compact = LEADING_WORDS.sub("", name.strip()).replace(".", "")
    return compact if compact.isupper() and len(compact) <= SHORT_ACRONYM else None


class ActorTable:
    """Lookups of actors by any of their names, folded (no case, accents or leading article)."""

    def __init__(self, rows: list[list[str]], name_rows: list[list[str]]) -> None:
        self.actors: list[Actor] = []
        self._by_name: dict[str, Actor] = {}
        self._by_acronym: dict[str, Actor] = {}
        self._states: dict[str, Actor] = {}
        self._by_wikidata: dict[str, Actor] = {}
        # every name and alias of each actor, as written in the table
        self.names: dict[Actor, list[str]] = {}
        # the countries of the national organisations each name may mean ("CGT": France, Spain, ...)
        self._homes: dict[str, set[str]] = {}
        names_of: dict[str, list[tuple[str, str]]] = {}
        for key, lang, name in name_rows:
            names_of.setdefault(key, []).append((lang, name))
        unnamed = [row[0] for row in rows if row[0] not in names_of]
        if unnamed or len(names_of) > len(rows):
            raise ValueError(f"actor_names.tsv: no name for {unnamed}" if unnamed else
                             f"actor_names.tsv names actors that actors.tsv lacks: "
                             f"{sorted(names_of.keys() - {row[0] for row in rows})}")
        for key, wikidata, kind, country, *rest in rows:
            actor = Actor(key, wikidata or None, kind, country or None, tuple(names_of[key]))
            self.actors.append(actor)
            if actor.wikidata:
                self._by_wikidata.setdefault(actor.wikidata, actor)
            if kind == "state":
                self._states[country] = actor
            names = [name for _, name in actor.names] + [a for a in (rest[0].split("|") if rest else []) if a]
            self.names.setdefault(actor, []).extend(names)
            for alias in names:
                acronym = _acronym(alias)
                if acronym:
                    self._by_acronym.setdefault(acronym, actor)
                else:
                    self._by_name.setdefault(_fold(alias), actor)
                if kind == "organisation":
                    self._homes.setdefault(acronym or _fold(alias), set()).add(country)

    def __len__(self) -> int:
        return len(self.actors)

    def find(self, name: str) -> Actor | None:
        """The actor so named ("Daech", "l'armée irakienne", "UN"), else None."""
        acronym = _acronym(name)
        if acronym:
            return self._by_acronym.get(acronym)
        return self._by_name.get(_fold(name))

    def with_wikidata(self, qid: str) -> Actor | None:
        """The actor of that Wikidata id ("Q2429253"), else None."""
        return self._by_wikidata.get(qid)

    def home_country(self, name: str) -> str | None:
        """The country of the national organisation so named ("UGT", "Fratelli d'Italia"): where the
        news that names it most likely happens; None for an international body or a name that
        organisations of several countries bear."""
        homes = self._homes.get(_acronym(name) or _fold(name), set())
        return next(iter(homes)) if len(homes) == 1 and "" not in homes else None

    def state(self, iso2: str) -> Actor | None:
        return self._states.get(iso2)


@lru_cache(maxsize=1)
def actor_table() -> ActorTable:
    return ActorTable(_shipped("actors.tsv", (4, 5)), _shipped("actor_names.tsv", (3,)))


def _shipped(name: str, widths: tuple[int, ...]) -> list[list[str]]:
    text = resources.files("veille.data").joinpath(name).read_text(encoding="utf-8")
    return read_rows(text, name, widths)


@dataclass(frozen=True)
class Operation:
    """A military operation ("Barkhane"): its names, where it was conducted, whose forces, and when."""

    names: tuple[str, ...]
    countries: tuple[str, ...]  # ISO 3166-1 alpha-2
    force: str  # the id of the actor (actors.tsv) whose forces conduct it
    years: str  # "2014-2022", "2015-" (ongoing)


def _operation_words() -> re.Pattern:
    """The word for an operation before its name, in any language ("l'opération Barkhane")."""
    words = "|".join(word for words in every_pack("actors", "OPERATION_WORDS") for word in words)
    return re.compile(rf"^(?:(?:{words})\s+)", re.I)


OPERATION_WORDS = _operation_words()


class OperationTable:
    """Military operations by any of their names, folded, with or without the word "opération"."""

    def __init__(self, rows: list[list[str]]) -> None:
        self.operations: list[Operation] = []
        self._by_name: dict[str, Operation] = {}
        for names, countries, force, years in rows:
            operation = Operation(tuple(names.split("|")), tuple(countries.split("|")), force, years)
            self.operations.append(operation)
            for name in operation.names:
                self._by_name.setdefault(name_key(name), operation)

    def find(self, name: str) -> Operation | None:
        """The operation so named ("Barkhane", "l'opération Serval", "Operation Inherent Resolve")."""
        bare = LEADING_WORDS.sub("", name.strip())
        return self._by_name.get(name_key(OPERATION_WORDS.sub("", bare)))


@lru_cache(maxsize=1)
def operation_table() -> OperationTable:
    return OperationTable(_shipped("operations.tsv", (4,)))


# ACLED's interaction codes of the kinds of actors: 1 state forces, 2 rebels, 3 political militias,
# 5 rioters, 6 protesters, 7 civilians, 8 external or other forces
INTER = {"military": 1, "police": 1, "government": 1, "rebels": 2, "armed": 3, "rioters": 5,
         "protesters": 6, "civilians": 7, "external": 8}
# how ACLED names an actor of a kind that the text does not name, for a country
ACLED_TEMPLATES = {
    "military": "Military Forces of {the}{country}", "police": "Police Forces of {the}{country}",
    "government": "Government of {the}{country}", "armed": "Unidentified Armed Group ({country})",
    "rioters": "Rioters ({country})", "protesters": "Protesters ({country})",
    "civilians": "Civilians ({country})",
}
# ACLED's spelling of country names where it differs from the table's English names (ISO 3166's)
ACLED_COUNTRY_NAMES = {
    "BN": "Brunei", "BO": "Bolivia", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
    "CI": "Ivory Coast", "CV": "Cape Verde", "CW": "Curacao", "CZ": "Czech Republic", "FM": "Micronesia",
    "GG": "Bailiwick of Guernsey", "JE": "Bailiwick of Jersey", "IR": "Iran", "KP": "North Korea",
    "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "PS": "Palestine", "RE": "Reunion", "RU": "Russia",
    "SY": "Syria", "SZ": "eSwatini", "TR": "Turkey", "TW": "Taiwan", "TZ": "Tanzania", "VA": "Vatican City",
    "VE": "Venezuela", "VN": "Vietnam", "XK": "Kosovo", "BL": "Saint-Barthelemy", "MF": "Saint-Martin",
}
# the kinds that are a state's forces (or its government)
STATE_KINDS = {"military", "police", "government"}
# country names ACLED writes with "the" after "of" ("Military Forces of the United States")
WITH_THE = re.compile(r"^(?:United |Democratic |Republic |Central African|Czech|Dominican)|"
                      r"(?:Islands|Philippines|Netherlands)$")


@dataclass(frozen=True)
class AcledActor:
    """An actor as ACLED names it ("Military Forces of Niger"), with its kind and interaction code."""

    name: str
    kind: str
    inter: int | None
    country: str | None = None  # ISO 3166-1 alpha-2 of a national actor


def acled_country(iso2: str | None) -> str | None:
    """A country's name as ACLED spells it ("Democratic Republic of Congo", "Turkey")."""
    if not iso2:
        return None
    spelled = ACLED_COUNTRY_NAMES.get(iso2)
    if spelled:
        return spelled
    state = actor_table().state(iso2)
    return state.name("en") if state else None


def acled_actor(kind: str, iso2: str | None) -> AcledActor | None:
    """The ACLED actor of a kind in a country ("Protesters (France)"); None without a country."""
    country = acled_country(iso2)
    template = ACLED_TEMPLATES.get(kind)
    if country is None or template is None:
        return None
    the = "the " if WITH_THE.search(country) else ""
    return AcledActor(template.format(the=the, country=country), kind, INTER.get(kind), iso2)


def acled_named(actor: Actor, violent: bool) -> AcledActor | None:
    """A named actor of the table as ACLED names it: a state's forces (its military for violence, else its
    government), an armed group or an organisation by its English name."""
    if actor.kind == "state":
        return acled_actor("military" if violent else "government", actor.country)
    if actor.kind in ("military", "police"):
        return acled_actor(actor.kind, actor.country)
    kind = "rebels" if actor.kind == "armed_group" else "external"
    return AcledActor(actor.name("en"), kind, INTER[kind], actor.country)


# the kinds of ACLED's actors for each sub-event type where the text names none (ACLED's codebook: a
# peaceful protest's protesters, an attack's civilians, the police that arrest), actor1 then actor2
DEFAULT_KINDS = {
    "Peaceful protest": ("protesters", None),
    "Protest with intervention": ("protesters", "police"),
    "Excessive force against protesters": ("protesters", "police"),
    "Violent demonstration": ("rioters", None),
    "Mob violence": ("rioters", "civilians"),
    "Attack": ("armed", "civilians"),
    "Abduction/forced disappearance": ("armed", "civilians"),
    "Sexual violence": ("armed", "civilians"),
    "Arrests": ("police", "civilians"),
    "Looting/property destruction": (None, "civilians"),
    "Armed clash": ("armed", None),
    "Shelling/artillery/missile attack": ("armed", None),
    "Remote explosive/landmine/IED": ("armed", None),
    "Grenade": ("armed", None),
    "Suicide bomb": ("armed", None),
}


def _actor_nouns() -> dict[str, str]:
    """The nouns (and noun-qualifier pairs) of every pack that name an actor's kind: words -> kind."""
    kinds: dict[str, str] = {}
    for table in every_pack("actors", "ACTOR_NOUNS"):
        for kind, words in table.items():
            for word in words:
                kinds.setdefault(name_key(word), kind)
    return kinds


ACTOR_NOUNS = _actor_nouns()


def kind_of_words(lemma: str, qualifiers: list[str]) -> str | None:
    """The kind of actor a noun names, with the words that qualify it ("homme armé": armed; "homme":
    civilians), in any language: the pair in either order ("armed man", "force de sécurité")."""
    for word in qualifiers:
        kind = ACTOR_NOUNS.get(name_key(f"{lemma} {word}")) or ACTOR_NOUNS.get(name_key(f"{word} {lemma}"))
        if kind:
            return kind
    return ACTOR_NOUNS.get(name_key(lemma))


@lru_cache(maxsize=1)
def regimes() -> dict[str, list[tuple[str, str]]]:
    """The periods by which ACLED names each state's forces: iso2 -> [(from, to)] (``to`` empty: ongoing)."""
    periods: dict[str, list[tuple[str, str]]] = {}
    for iso2, start, *end in _shipped("regimes.tsv", (2, 3)):
        periods.setdefault(iso2, []).append((start, end[0] if end else ""))
    return periods


def regime_period(iso2: str | None, day: str | None, as_of: str | None = None) -> str | None:
    """ACLED's period of a state's forces on a day ("(2021-)", "(2011-2021)"), when the table has it: as
    ACLED named it on the day ``as_of`` (a report's date), when a period that has ended since was open."""
    if not iso2 or not day or not day[:4].isdigit():
        return None
    for start, end in regimes().get(iso2, []):
        if start[:len(day)] <= day[:10] and (not end or day[:10] < end):
            ended = end and not (as_of and as_of[:10] < end)
            return f"({start[:4]}-{end[:4] if ended else ''})"
    return None


def with_period(actor: AcledActor | None, day: str | None, as_of: str | None = None) -> AcledActor | None:
    """A state's forces or government named with ACLED's period for that day (as of a report's date)."""
    if actor is None or actor.kind not in STATE_KINDS:
        return actor
    period = regime_period(actor.country, day, as_of)
    if period is None or actor.name.endswith(")"):
        return actor
    return AcledActor(f"{actor.name} {period}", actor.kind, actor.inter, actor.country)
