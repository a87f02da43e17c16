"""Stories: articles about the same events over a few days, grouped.

Two articles belong to one story when they were published within ``WINDOW_DAYS`` of each other and
are similar enough in what they name: the cosine of their TF-IDF weighted features (named actors,
precise places, countries, and the content words of headline and lead) passes ``THRESHOLD``. Stories
are the connected groups of such pairs, rebuilt over the whole store by ``build_stories``.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from ..store.dedup import fold
from .figures import moment_date
from .search import Filters, Found, selection

WINDOW_DAYS = 3
THRESHOLD = 0.3
# a feature found in more articles than this says nothing about which story an article belongs to
MAX_SHARE = 0.05
LEAD_CHARS = 600
_WORD = re.compile(r"[^\W\d_]{5,}")
# the weight of each kind of feature in the similarity
WEIGHTS = {"e": 2.0, "p": 2.0, "c": 0.5, "w": 1.0}


@dataclass
class Story:
    id: int
    articles: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # id, published, title
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)

    @property
    def first(self) -> str | None:
        return min((a[1] for a in self.articles if a[1]), default=None)

    @property
    def last(self) -> str | None:
        return max((a[1] for a in self.articles if a[1]), default=None)


def _day(published: str | None) -> date | None:
    """The day an article was published, to a month at least; None for a year alone or no date."""
    if not published or len(published) < 7:
        return None
    return moment_date(published)


def _features(db) -> dict[str, set[str]]:
    feats: dict[str, set[str]] = defaultdict(set)
    for art_id, title, text in db.leads():
        lead = fold(f"{title or ''} {text[:LEAD_CHARS]}")
        feats[art_id].update("w:" + w for w in _WORD.findall(lead))
    for art_id, folded, etype in db.folded_entities():
        if etype in ("PER", "ORG", "MISC", "NORP") and folded:
            feats[art_id].add("e:" + folded)
    for art_id, gid, country, feature in db.resolved_places():
        feats[art_id].add(("c:" if feature == "country" else "p:") + str(gid))
        if country:
            feats[art_id].add("c:" + country)
    return feats


def _similar_pairs(feats: dict[str, set[str]], days: dict[str, date]) -> list[tuple[str, str, float]]:
    n = len(feats)
    df = Counter(f for fs in feats.values() for f in fs)
    cap = max(5, int(n * MAX_SHARE))
    idf = {f: math.log(n / c) for f, c in df.items()}

    def weight(f: str) -> float:
        return WEIGHTS[f[0]] * idf[f]

    norms = {a: math.sqrt(sum(weight(f) ** 2 for f in fs)) or 1.0 for a, fs in feats.items()}
    index: dict[str, list[str]] = defaultdict(list)
    for a, fs in feats.items():
        if a in days:
            for f in fs:
                if 1 < df[f] <= cap and f[0] in "ep":
                    index[f].append(a)
    candidates: set[tuple[str, str]] = set()
    for members in index.values():
        members.sort(key=days.get)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if (days[b] - days[a]).days > WINDOW_DAYS:
                    break
                candidates.add((a, b) if a < b else (b, a))
    pairs = []
    for a, b in candidates:
        shared = feats[a] & feats[b]
        score = sum(weight(f) ** 2 for f in shared) / (norms[a] * norms[b])
        if score >= THRESHOLD:
            pairs.append((a, b, score))
    return pairs


def build_stories(db) -> int:
    """Group the store's articles into stories (replacing earlier ones); returns how many stories."""
    days = {a: d for a, p in db.dates() if (d := _day(p))}
    feats = _features(db)
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    linked: set[str] = set()
    for a, b, _ in sorted(_similar_pairs(feats, days), key=lambda t: -t[2]):
        linked.update((a, b))
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for art in linked:
        groups[root(art)].append(art)
    ordered = sorted(groups.values(), key=lambda g: (min(days[a] for a in g), min(g)))
    db.replace_stories([(art, n) for n, group in enumerate(ordered, 1) for art in group])
    return len(ordered)


def stories(db, filters: Filters | None = None, min_size: int = 2, limit: int | None = None) -> Found:
    """Stored stories with at least ``min_size`` articles (one of them selected by ``filters``),
    biggest first, each with its articles, main actors and places; ``.total`` counts them before
    ``limit``."""
    out = []
    for story_id in db.story_numbers(selection(filters or Filters())):
        members = db.story_articles(story_id)
        if len(members) < min_size:
            continue
        ids = [m[0] for m in members]
        out.append(Story(story_id, [tuple(m) for m in members], db.main_actors(ids), db.main_places(ids)))
    out.sort(key=lambda s: (-len(s.articles), s.first or ""))
    return Found(out[:limit] if limit else out, len(out))


def why_no_story(db, filters: Filters | None = None, min_size: int = 2) -> str:
    """Why ``stories`` found nothing, and what to do, in one line."""
    articles = db.article_count()
    if not articles:
        return "the store holds no article: add some with 'veille ingest'"
    sizes = db.story_sizes()
    held = f"{articles} article{'s' if articles != 1 else ''}"
    if not sizes:
        return (f"{held}, no story: a story is 2 or more articles published within {WINDOW_DAYS} days of "
                "each other that name the same actors or places: ingest more articles")
    if max(sizes) < min_size:
        return f"{held}, no story of {min_size} or more (the largest has {max(sizes)}): lower --min-size"
    return f"{held}, {len(sizes)} stories, none of {min_size} or more articles matches the filters: " \
        "loosen them"
