"""``veille evaluate``: precision, recall and F1 per category against a user's gold file.

A gold file is JSON Lines, one article a line (``GOLD_FORMAT``): ``id``, ``text`` (``published``,
``title``, ``lang`` as for ``veille extract``), ``scope``: the categories annotated exhaustively, and
``gold``: the expected records of each, e.g. ``{"entities": [{"text": "John Dorrian", "type": "PER"}],
"places": [{"text": "Mossoul", "lat": 36.34, "lon": 43.12}], "times": [{"text": "jeudi", "value":
"2016-09-08"}], "quantities": [{"text": "4460", "value": 4460}], "statements": [{"content": "..."}],
"events": [{"plover": "MOBILIZE"}]}``; offsets ``start``/``end`` are optional. Matching is lenient on
spans (overlap) and strict on values, so that a figure means "found the same thing and read it the
same way".
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BadGoldFile
from .geo.distance import distance_km
from .schemas import Article

CATEGORIES = ("entities", "places", "times", "quantities", "statements", "events")
# fields the scorer reads as text, besides "text"
STRING_FIELDS = {"times": ("value",), "statements": ("content",), "events": ("plover",)}
GOLD_FORMAT = ('each line: {"id": ..., "text": ..., "scope": ["entities", "places", ...], '
               '"gold": {"entities": [{"text": ..., "type": "PER"}], "places": [...], ...}} '
               "(see 'veille evaluate --help')")


def _fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    return re.sub(r"\s+", " ", "".join(c for c in s if not unicodedata.combining(c)).lower()).strip()


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    extra: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]

    def tally(self, name: str, ok: bool) -> None:
        right, total = self.extra.setdefault(name, [0, 0])
        self.extra[name] = [right + int(ok), total + 1]

    def figures(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
               "tp": self.tp, "fp": self.fp, "fn": self.fn}
        for name, (right, total) in self.extra.items():
            out[name] = round(right / total, 4) if total else None
        return out


def _span(item: dict, text: str) -> tuple[int, int] | None:
    s, e = item.get("start"), item.get("end")
    if isinstance(s, int) and isinstance(e, int):
        return s, e
    t = item.get("text")
    if t and (i := text.find(t)) >= 0:
        return i, i + len(t)
    return None


def _overlap(a, b) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _pair(golds: list, preds: list, same) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            if j not in used and same(g, p):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


class Evaluation:
    def __init__(self) -> None:
        self.counts = {c: Counts() for c in CATEGORIES}
        self.articles = 0
        self.failed = 0

    def add(self, gold: dict, pred: Article) -> None:
        self.articles += 1
        if pred.error:
            self.failed += 1
        text = gold["text"]
        g = gold.get("gold") or {}
        for cat in gold.get("scope") or []:
            if cat in CATEGORIES:
                getattr(self, f"_{cat}")(text, g.get(cat) or [], pred)

    def _entities(self, text, gold, pred: Article) -> None:
        coarse = {"GPE": "LOC"}
        gs = {(s[0], s[1], coarse.get(x["type"], x["type"])) for x in gold if (s := _span(x, text))}
        ps = {(m[0], m[1], coarse.get(e.type, e.type)) for e in pred.entities for m in e.mentions}
        ps = {p for p in ps if p[2] in ("PER", "ORG", "LOC")}
        c = self.counts["entities"]
        c.tp += len(gs & ps)
        c.fp += len(ps - gs)
        c.fn += len(gs - ps)

    def _places(self, text, gold, pred: Article) -> None:
        golds = {}
        for x in gold:
            golds.setdefault(_fold(x.get("text")), (x, _span(x, text)))
        preds = {}
        for p in pred.places:
            for m in p.mentions:
                preds.setdefault(_fold(text[m[0]:m[1]]), (p, tuple(m)))
        gk, pk = list(golds), list(preds)
        c = self.counts["places"]
        matched_g = set()
        matched_p = set()
        for i, j in _pair(gk, pk, lambda a, b: a == b or _overlap(golds[a][1], preds[b][1])):
            matched_g.add(i)
            matched_p.add(j)
            gx, p = golds[gk[i]][0], preds[pk[j]][0]
            if isinstance(gx.get("lat"), (int, float)):
                ok = p.geonameid is not None and p.geonameid == gx.get("geonameid")
                if not ok and p.lat is not None:
                    ok = distance_km(gx["lat"], gx["lon"], p.lat, p.lon) <= 161
                c.tally("acc161", ok)
        c.tp += len(matched_g)
        c.fp += len(pk) - len(matched_p)
        c.fn += len(gk) - len(matched_g)

    def _times(self, text, gold, pred: Article) -> None:
        c = self.counts["times"]
        gs = [(x, _span(x, text)) for x in gold]
        ps = [(t, tuple(t.span) if t.span else None) for t in pred.times]
        pairs = _pair(gs, ps, lambda a, b: _overlap(a[1], b[1]))
        c.tp += len(pairs)
        c.fp += len(ps) - len(pairs)
        c.fn += len(gs) - len(pairs)
        for i, j in pairs:
            if gs[i][0].get("value"):
                c.tally("value", _fold(str(ps[j][0].value)) == _fold(gs[i][0]["value"]))

    def _quantities(self, text, gold, pred: Article) -> None:
        def nums(q):
            bounds = (q.get(k) for k in ("value", "low", "high"))
            return sorted({float(n) for n in bounds if isinstance(n, (int, float))})

        c = self.counts["quantities"]
        gs = [(x, _span(x, text), nums(x)) for x in gold if nums(x)]
        ps = [(q, tuple(q.span), nums(q.as_dict())) for q in pred.quantities]
        pairs = _pair(gs, ps, lambda a, b: a[2] == b[2] and (a[1] is None or _overlap(a[1], b[1])))
        c.tp += len(pairs)
        c.fp += len(ps) - len(pairs)
        c.fn += len(gs) - len(pairs)

    def _statements(self, text, gold, pred: Article) -> None:
        def words(s):
            return set(re.findall(r"\w+", _fold(s)))

        def similar(a, b):
            wa, wb = words(a), words(b)
            if not wa or not wb:
                return False
            common = len(wa & wb)
            return common and 2 * common / (len(wa) + len(wb)) >= 0.5

        c = self.counts["statements"]
        gs = [x.get("content") or "" for x in gold]
        ps = [s.content.text for s in pred.statements]
        pairs = _pair(gs, ps, similar)
        c.tp += len(pairs)
        c.fp += len(ps) - len(pairs)
        c.fn += len(gs) - len(pairs)

    def _events(self, text, gold, pred: Article) -> None:
        c = self.counts["events"]
        gs = [x for x in gold if x.get("plover")]
        ps = list(pred.events)
        pairs = _pair(gs, ps, lambda a, b: _fold(a["plover"]) == _fold(b.type))
        c.tp += len(pairs)
        c.fp += len(ps) - len(pairs)
        c.fn += len(gs) - len(pairs)

    def report(self) -> dict:
        out: dict = {"articles": self.articles, "failed": self.failed}
        for cat, c in self.counts.items():
            if c.tp + c.fp + c.fn:
                out[cat] = c.figures()
        return out


def read_gold(path: str | Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise BadGoldFile(f"{path}:{n}: not JSON ({e.msg}): fix the line") from e
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or "id" not in rec:
                raise BadGoldFile(f"{path}:{n}: each line needs 'id' and 'text' (and 'gold', 'scope'): "
                                  + GOLD_FORMAT)
            _check_gold(rec, f"{path}:{n}")
            out.append(rec)
    if not any(rec.get("scope") for rec in out):
        raise BadGoldFile(f"{path} holds no gold records (no line has a 'scope' naming what it annotates, "
                          f"nothing to score): {GOLD_FORMAT}")
    return out


def _check_gold(rec: dict, where: str) -> None:
    """A line's scope and gold as the format has them; a category outside it would be ignored silently."""
    scope = rec.get("scope")
    if scope is None:
        return
    if not isinstance(scope, list) or not all(isinstance(c, str) for c in scope):
        raise BadGoldFile(f"{where}: 'scope' must be a list of category names: {GOLD_FORMAT}")
    unknown = sorted(set(scope) - set(CATEGORIES))
    if unknown:
        raise BadGoldFile(f"{where}: scope {', '.join(map(repr, unknown))} is not a category: give some of "
                          f"{', '.join(CATEGORIES)}")
    gold = rec.get("gold") or {}
    if not isinstance(gold, dict):
        raise BadGoldFile(f"{where}: 'gold' must map each category of the scope to its records: "
                          + GOLD_FORMAT)
    for cat in scope:
        items = gold.get(cat) or []
        if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
            raise BadGoldFile(f"{where}: gold {cat!r} must be a list of records (JSON objects): "
                              + GOLD_FORMAT)
        for x in items:
            texts = ("text",) + STRING_FIELDS.get(cat, ())
            if any(not isinstance(x.get(k) or "", str) for k in texts) or any(
                    x.get(k) is not None and (isinstance(x[k], bool) or not isinstance(x[k], int))
                    for k in ("start", "end")):
                raise BadGoldFile(f"{where}: in a gold {cat} record, {', '.join(texts)} must be text and "
                                  "start, end whole numbers (or null)")
            if cat == "entities" and not isinstance(x.get("type"), str):
                raise BadGoldFile(f"{where}: each gold entity needs a 'type' (PER, ORG, LOC...)")
            if cat == "places" and isinstance(x.get("lat"), (int, float)) \
                    and not isinstance(x.get("lon"), (int, float)):
                raise BadGoldFile(f"{where}: a gold place with 'lat' needs 'lon' too")


def evaluate(gold_path: str | Path, workers: int = 1) -> dict:
    """Extract every gold article and score the result; returns figures per category."""
    from .ingest.readers import IngestFailure, input_from_json
    from .process import analyse
    from .settings import Settings

    settings = Settings()
    golds = read_gold(gold_path)
    items = []
    for g in golds:
        try:
            items.append(input_from_json(g, str(g["id"]), str(gold_path), settings))
        except Exception as e:  # noqa: BLE001  (a bad gold line is scored as a failed article)
            from .errors import VeilleError
            error = e if isinstance(e, VeilleError) else BadGoldFile(str(e))
            items.append(IngestFailure(str(g["id"]), error))
    ev = Evaluation()
    for g, article in zip(golds, analyse(items, settings, workers)):
        ev.add(g, article)
    return ev.report()
