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
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ...nlp.lang import language_data
from ...schemas import Place
from .gazetteer import Candidate, Gazetteer, name_key, shared_gazetteer

if not Doc.has_extension("veille_places"):
    Doc.set_extension("veille_places", default=None)

PLACE_TYPES = {"LOC", "GPE"}
# feature priors, in log10-population units: a country or region named by its own name is what a
# reporter means far more often than a hamlet of the same name
FEATURE_BONUS = {"continent": 3.0, "country": 3.0, "admin1": 1.5, "admin2": 0.0, "city": 0.0}
ABBREVIATIONS = [(r"^st\b", "saint"), (r"^ste\b", "sainte"), (r"^mt\b", "mount"), (r"^ft\b", "fort")]


@dataclass
class Context:
    countries: Counter
    admin1s: Counter
    points: list[tuple[float, float]]


def variants(name: str, data) -> list[str]:
    out = [name]
    low = name.lower()
    for det in data.DETERMINERS:
        if low.startswith(det):
            out.append(name[len(det):])
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            out.append(name[: -len(suffix)])
    key = name_key(name)
    for pat, rep in ABBREVIATIONS:
        if re.match(pat, key):
            out.append(re.sub(pat, rep, key))
    return out


def candidates_for(name: str, gazetteer: Gazetteer, data) -> list[Candidate]:
    for v in variants(name, data):
        found = gazetteer.lookup(v)
        if found:
            return found
    return []


def prior(c: Candidate) -> float:
    s = math.log10(c.population + 10) + FEATURE_BONUS.get(c.feature, 0.0)
    return s if c.main else s - 1.0


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
        s += 2.5 + min(ctx.countries[c.country], 3) * 0.5
    if c.admin1 and ctx.admin1s.get(c.admin1) and c.feature != "admin1":
        s += 3.0
    if ctx.points and c.feature in ("city", "admin2"):
        d = min(c.distance_km(lat, lon) for lat, lon in ctx.points)
        if d < 50:
            s += 2.0
        elif d < 250:
            s += 1.0
    return s


class PlaceResolver:
    """Pipeline component ``veille_places``: sets ``doc._.veille_places`` (list of Place)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.data = language_data(nlp.lang)

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = shared_gazetteer()
        entities = doc._.veille_entities or []
        text = doc.text
        groups = [e for e in entities if e.type in PLACE_TYPES]
        cands = {e.id: candidates_for(e.name, gazetteer, self.data) for e in groups}
        containers = {e.id: self._container(text, e, groups, cands) for e in groups}

        # pass 1: prominence alone; what it resolves with confidence becomes the article's context
        ctx = Context(Counter(), Counter(), [])
        for e in groups:
            cs = cands[e.id]
            if not cs:
                continue
            best = max(cs, key=lambda c: score(c, ctx, containers[e.id]))
            n = len(e.mentions)
            if best.feature == "country":
                ctx.countries[best.country] += n
            elif best.feature == "admin1":
                ctx.admin1s[best.geonameid] += n
                ctx.countries[best.country] += n
            elif len(cs) == 1 or containers[e.id] is not None:
                ctx.countries[best.country] += n
                ctx.points.append((best.lat, best.lon))
        places = []
        for e in groups:
            cs = cands[e.id]
            best = max(cs, key=lambda c: score(c, ctx, containers[e.id])) if cs else None
            if best is None and name_key(e.name) not in self.data.REGIONS and e.type != "GPE":
                # an unknown LOC that is not a known region: the model's guess is weak evidence
                if not self._looks_like_place(e.name):
                    continue
            e.type = "GPE" if best is not None and best.feature in ("country", "admin1", "admin2", "city") \
                else "LOC"
            places.append(Place(
                id=f"p{len(places) + 1}", entity=e.id, name=best.name if best else e.name,
                mentions=[list(m) for m in e.mentions],
                geonameid=best.geonameid if best else None,
                lat=round(best.lat, 5) if best else None, lon=round(best.lon, 5) if best else None,
                country=best.country if best else None, feature=best.feature if best else None,
            ))
        doc._.veille_places = places
        return doc

    @staticmethod
    def _looks_like_place(name: str) -> bool:
        return bool(name[:1].isupper())

    def _container(self, text: str, e, groups, cands) -> Candidate | None:
        """The place that an explicit pattern puts this one in: 'X, Y', 'X (Y)', 'X en Y'."""
        for s, end in e.mentions:
            after = text[end:end + 40]
            for other in groups:
                if other is e or not cands[other.id]:
                    continue
                for os_, _oe in other.mentions:
                    gap = text[end:os_]
                    if os_ <= end or os_ - end > 6:
                        continue
                    if re.fullmatch(r",\s*|\s*\(\s*", gap) or re.fullmatch(
                            r"\s+(?:" + "|".join(self.data.CONTAINER_WORDS) + r")\s+", gap):
                        big = max(cands[other.id], key=prior)
                        if big.feature in ("country", "admin1", "admin2"):
                            return big
            del after
        return None


@Language.factory("veille_places", assigns=["doc._.veille_places"], requires=["doc._.veille_entities"])
def make_place_resolver(nlp: Language, name: str) -> PlaceResolver:
    return PlaceResolver(nlp, name)
