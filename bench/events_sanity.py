"""Can the events table be counted? Ingest the first OrangeSum articles into a temporary store and read
its ACLED rows (one per corpus event) the way an analyst would.

    .venv/bin/python bench/events_sanity.py [--set random|conflict] [--limit 1000] [--db PATH] [--rebuild]

Prints: ACLED rows (a few hundred at most expected on 1,000 random articles), the sum and the largest of
fatalities, rows dated more than a year before their first article (0 expected), rows whose actor1 is
empty or not an actor (20% at most), rows in a country that no source article names or implies (0; each
is listed), corpus events reported by more than one article, pairs of rows that look like one happening
(same date, sub-event type and location: 2% of rows at most), and every row whose sources mention Kouré
(the attack of 9 August 2020). ``--db`` keeps the store (an existing one is reused, not ingested
again); ``--rebuild`` merges its article events again first (after a change to ``veille.corpus.events``).

An actor is a name ACLED's way ("Military Forces of Niger", "Unidentified Armed Group (Niger)"), an
actor of the shipped actor table, or a person's or organisation's name of two words or more. A country is
named when one of its names (or a word that begins like its name: "nigérien") is in a source article, and
implied when a source article names a place whose best-known bearer (the gazetteer's own name, then the
largest) is in that country. A row without a country counts as not named.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "orangesum-fr"
# ACLED's ways of naming an actor: "Military Forces of Niger (2021-)", "Protesters (France)"
ACLED_WAY = re.compile(r"^(?:Military Forces|Police Forces|Government) of |\([^()]+\)$")
MARK = "Kouré"


def ingest_first(path: Path, limit: int, db: str) -> None:
    from veille.process import ingest

    lines = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                lines.append(line)
            if len(lines) >= limit:
                break
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as tmp:
        tmp.writelines(lines)
    try:
        counts = ingest([tmp.name], db, progress=False)
    finally:
        Path(tmp.name).unlink()
    print(f"ingested             {counts}")


def _first_day(value: str | None) -> date | None:
    from veille.store.merge import day_span

    span = day_span(value or "")
    return span[0] if span else None


def _is_actor(name: str, entities: list[tuple]) -> bool:
    from veille.extractors.actors import actor_table

    if not name:
        return False
    if ACLED_WAY.search(name) or actor_table().find(name) is not None:
        return True
    return any(n == name and t in ("PER", "ORG") and len(n.split()) >= 2 for _, n, t in entities)


def _country_words(iso2: str) -> list[str]:
    """Folded names of a country (4 letters or more) and the 5-letter stem of its usual name."""
    import pycountry

    from veille.geo.gazetteer import shared_gazetteer
    from veille.store.dedup import fold

    gaz = shared_gazetteer()
    country = gaz.country(iso2)
    keys = set(gaz.keys_of([country.geonameid]).get(country.geonameid, set())) if country else set()
    c = pycountry.countries.get(alpha_2=iso2)
    names = {fold(n) for n in (country.name if country else "", getattr(c, "name", ""),
                              getattr(c, "common_name", "")) if n}
    words = {fold(k) for k in keys | names if len(k) >= 4}
    words |= {n[:5] for n in names if len(n) >= 5}
    return sorted(w for w in words if w)


def _named_or_implied(iso2: str, texts: list[str], places: list[str]) -> bool:
    from veille.geo.gazetteer import shared_gazetteer
    from veille.store.dedup import fold

    if not iso2:
        return False
    folded = [fold(t) for t in texts]
    for word in _country_words(iso2):
        pattern = re.compile(rf"\b{re.escape(word)}")
        if any(pattern.search(t) for t in folded):
            return True
    gaz = shared_gazetteer()
    for name in places:
        found = gaz.lookup(name)
        if found and max(found, key=lambda c: (c.main, c.population)).country == iso2:
            return True
    return False


def report(db_path: str, limit_rows: int = 40) -> None:
    from veille.corpus.events import corpus_events
    from veille.corpus.export import export
    from veille.store import Database

    with Database.open_readonly(db_path) as db, tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "events.csv"
        export(db, "csv", out)
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
        events = {e.id: e for e in corpus_events(db)}
        background = len(corpus_events(db, include_background=True)) - len(events)
        from veille.corpus.export import event_id_cnty

        by_cnty = {event_id_cnty(e): e for e in events.values() if e.acled}
        articles: dict[str, tuple] = {}

        def article(art_id: str) -> tuple:
            if art_id not in articles:
                published, text = db.con.execute("SELECT published, text FROM articles WHERE id = ?",
                                                 (art_id,)).fetchone()
                articles[art_id] = (published, text, db.entity_names(art_id),
                                    [n for _, n, _ in db.place_names(art_id)])
            return articles[art_id]

        fatalities = [int(r["fatalities"] or 0) for r in rows]
        stale = not_actor = foreign = multi = 0
        marked, unnamed = [], []
        for r in rows:
            event = by_cnty[r["event_id_cnty"]]
            sources = list(dict.fromkeys(s.article for s in event.sources))
            infos = [article(a) for a in sources]
            multi += len(sources) > 1
            first = min((i[0] for i in infos if i[0]), default=None)
            told, reported = _first_day(r["event_date"]), _first_day(first)
            if told and reported:
                stale += (reported - told).days > 365
            not_actor += not _is_actor(r["actor1"], [e for i in infos for e in i[2]])
            iso2 = event.place.country if event.place else None
            named = _named_or_implied(iso2, [i[1] for i in infos], [n for i in infos for n in i[3]])
            foreign += not named
            if not named:
                unnamed.append((r, sources))
            if any(MARK in i[1] for i in infos):
                marked.append((r, len(sources)))
        same = Counter((r["event_date"], r["sub_event_type"], r["location"], r["country"]) for r in rows)
        pairs = sum(n * (n - 1) // 2 for n in same.values())
        n = len(rows) or 1
        all_multi = sum(len({s.article for s in e.sources}) > 1 for e in events.values())
        print(f"articles             {db.article_count()}")
        print(f"corpus events        {len(events)} ({all_multi} reported by more than one article; "
              f"{background} background events left out)")
        print(f"ACLED rows           {len(rows)}")
        print(f"fatalities           sum {sum(fatalities)}, largest {max(fatalities, default=0)}")
        print(f"dated > 1 year early {stale}")
        print(f"actor1 not an actor  {not_actor} ({100 * not_actor / n:.0f}%)")
        print(f"country not named    {foreign}")
        for r, sources in unnamed[:limit_rows]:
            print(f"  {r['event_id_cnty']:14s} {r['location']}, {r['country'] or '-'} | {', '.join(sources)}")
        print(f"rows of > 1 article  {multi}")
        print(f"look-alike pairs     {pairs} ({100 * pairs / n:.1f}% of rows)")
        print(f"rows about {MARK}     {len(marked)}")
        for r, k in marked[:limit_rows]:
            print(f"  {r['event_id_cnty']:14s} {r['event_date']:10s} p{r['time_precision']} "
                  f"{r['event_type']} / {r['sub_event_type']} | {r['actor1'] or '-'} | "
                  f"{r['actor2'] or '-'} | {r['location']}, {r['country']} | killed {r['fatalities']} | "
                  f"{k} article(s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("random", "conflict"), default="random")
    parser.add_argument("--limit", type=int, default=1000, help="How many of the first articles to ingest.")
    parser.add_argument("--db", help="Keep the store here (reused when it exists).")
    parser.add_argument("--rebuild", action="store_true", help="Merge the stored events again first.")
    args = parser.parse_args()
    path = DATA / f"{args.set}.jsonl"
    if not path.exists():
        sys.exit(f"{path} is not here (../shared beside the checkout)")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "events.db")
        reused = Path(db).exists()
        if not reused:
            ingest_first(path, args.limit, db)
        if args.rebuild:
            from veille.corpus.events import rebuild
            from veille.store import Database

            with Database.open_writable(db) as store:
                print(f"rebuilt              {rebuild(store)} corpus events")
        print(f"set                  {args.set}, " + (f"store {db} reused" if reused
                                                      else f"first {args.limit} articles"))
        report(db)


if __name__ == "__main__":
    main()
