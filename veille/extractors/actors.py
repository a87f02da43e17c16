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


def read_rows(text: str, table: str, widths: tuple[int, ...]) -> list[list[str]]:
    """The rows of a table, each of one of the widths given (blank lines and # comments left out)."""
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        if len(row) not in widths:
            expected = " or ".join(map(str, widths))
            raise ValueError(f"{table} line {number}: {len(row)} columns, expected {expected}")
        rows.append(row)
    return rows


@lru_cache(maxsize=1)
def actor_table() -> ActorTable:
    return ActorTable(_shipped("actors.tsv", (4, 5)), _shipped("actor_names.tsv", (3,)))


def _shipped(name: str, widths: tuple[int, ...]) -> list[list[str]]:
    text = resources.files("veille.data").joinpath(name).read_text(encoding="utf-8")
    return read_rows(text, name, widths)
