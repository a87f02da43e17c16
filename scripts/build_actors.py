"""Rebuild veille/data/actors.tsv: states, their armed and police forces, and the curated rows.

States come from package data: ISO 3166-1 codes and names from pycountry (French names from its
iso-codes translations), Wikidata ids from the `coordinates2country` package (Apache-2.0,
resources/countries.csv: index, ISO alpha-2, numeric Wikidata id). Armed and police forces are
derived from veille/data/demonyms.tsv (no Wikidata id: the forces' own items were not verifiable
offline, and a guessed id is worse than none). The hand-written rows (international
organisations, armed groups; kinds other than state/military/police of a demonym) are kept as
they are.

    pip download --no-deps coordinates2country==1.0.9 -d /tmp/c2c && unzip -o /tmp/c2c/*.whl -d /tmp/c2c
    python scripts/build_actors.py /tmp/c2c/coordinates2country/resources/countries.csv
"""
from __future__ import annotations

import csv
import gettext
import sys
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parents[1] / "veille" / "data"
ACTORS = DATA / "actors.tsv"
HEADER = [
    "# Actors: states, their armed and police forces, international organisations and armed groups,",
    "# with French and English names and aliases. Generated rows (kind state, and military/police with",
    "# a name 'Military Forces of ...'/'Police Forces of ...') come from scripts/build_actors.py:",
    "# pycountry names, Wikidata ids of states from the coordinates2country package (Apache-2.0);",
    "# the other rows were written for veille (CC0). A Wikidata id is given only where it was checked;",
    "# an empty id means 'not verified', never 'none exists'.",
    "# wikidata\tkind\tcountry\tname_en\tname_fr\taliases (|-separated, French and English)",
]


# English short names where pycountry has only the formal one
ENGLISH_SHORT = {"RU": "Russia", "VA": "Vatican City"}


def french_names() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)


def short_and_full(name: str) -> tuple[str, str]:
    """iso-codes inverts some names ("Iran, République islamique d'"): the short and the full form."""
    if ", " not in name:
        return name, name
    head, tail = name.split(", ", 1)
    tail = tail[0].upper() + tail[1:]
    if tail.startswith("The "):
        tail = tail[4:]
    return head, (tail + head if tail.endswith("'") else f"{tail} {head}")


def aliases_fr() -> dict[str, str]:
    """Common French names of countries from veille/data/place_aliases.tsv (first one per country)."""
    names: dict[str, str] = {}
    for line in (DATA / "place_aliases.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and not line.startswith("#") and parts[2] == "fr" and len(parts[1]) == 2:
            names.setdefault(parts[1], parts[0])
    return names


def feminine(masculine: str, following: list[str]) -> str:
    for form in following:  # an irregular feminine written next to its masculine ("grec|grecque")
        if form[:3] == masculine[:3] and form != masculine and form.endswith("e"):
            return form
    if masculine.endswith("e"):
        return masculine
    if masculine.endswith(("ien", "éen")):
        return masculine + "ne"
    return masculine + "e"


def plural(word: str) -> str:
    return word if word.endswith(("s", "x")) else word + "s"


def state_rows(qids: dict[str, str]) -> list[list[str]]:
    fr = french_names()
    common_fr = aliases_fr()
    countries = [c for c in pycountry.countries if c.alpha_2 in qids]
    heads_en = [short_and_full(c.name)[0] for c in countries]
    heads_fr = [short_and_full(fr.gettext(c.name))[0] for c in countries]
    rows = []
    for country in countries:
        short_en, full_en = short_and_full(country.name)
        short_fr, full_fr = short_and_full(fr.gettext(country.name))
        name_en = (ENGLISH_SHORT.get(country.alpha_2) or getattr(country, "common_name", None)
                   or (short_en if heads_en.count(short_en) == 1 else full_en))
        name_fr = common_fr.get(country.alpha_2) or (short_fr if heads_fr.count(short_fr) == 1 else full_fr)
        aliases = {country.name, full_en, country.alpha_3, full_fr if short_fr in name_fr else ""}
        official = getattr(country, "official_name", None)
        if official:
            aliases |= {official, fr.gettext(official)}
        aliases -= {"", name_en, name_fr}
        aliases = {a for a in aliases if ", " not in a and not a.startswith(("Province", "province"))}
        rows.append([qids[country.alpha_2], "state", country.alpha_2, name_en, name_fr,
                     "|".join(sorted(aliases))])
    return rows


def force_rows() -> list[list[str]]:
    rows = []
    for line in (DATA / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso2, forms = line.split("\t")
        forms = forms.split("|")
        country = pycountry.countries.get(alpha_2=iso2)
        if country is None:
            continue
        name = getattr(country, "common_name", None) or country.name
        masc = forms[0]
        fem = feminine(masc, forms[1:])
        english = next(f for f in reversed(forms) if len(f) > 2).title()
        military_aliases = [
            f"armée {fem}", f"forces {plural(fem)}", f"forces armées {plural(fem)}",
            f"troupes {plural(fem)}", f"soldats {plural(masc)}", f"militaires {plural(masc)}",
            f"{english} army", f"{english} forces", f"{english} armed forces", f"{english} military",
            f"{english} troops", f"{english} soldiers"]
        police_aliases = [f"police {fem}", f"policiers {plural(masc)}", f"{english} police",
                          f"{english} police forces"]
        rows.append(["", "military", iso2, f"Military Forces of {name}", f"forces armées {plural(fem)}",
                     "|".join(military_aliases)])
        rows.append(["", "police", iso2, f"Police Forces of {name}", f"police {fem}",
                     "|".join(police_aliases)])
    return rows


def curated_rows() -> list[list[str]]:
    if not ACTORS.exists():
        return []
    rows = []
    for line in ACTORS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        generated = row[1] == "state" or (row[1] in ("military", "police")
                                          and row[3].startswith(("Military Forces of ", "Police Forces of ")))
        if not generated:
            rows.append(row)
    return rows


def main(countries_csv: str) -> None:
    with open(countries_csv, encoding="utf-8") as f:
        qids = {row[1]: "Q" + row[2] for row in csv.reader(f) if len(row) == 3}
    rows = state_rows(qids) + force_rows() + curated_rows()
    ACTORS.write_text("\n".join(HEADER + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} actors, {sum(1 for r in rows if r[0])} with a Wikidata id -> {ACTORS}")


if __name__ == "__main__":
    main(sys.argv[1])
