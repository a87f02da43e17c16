"""scripts/join_annotations.py joins annotations kept as offsets with their articles into a gold file."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import unicodedata

import pytest

from .conftest import ROOT, SHARED

SCRIPT = ROOT / "scripts" / "join_annotations.py"
spec = importlib.util.spec_from_file_location("join_annotations", SCRIPT)
join_annotations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(join_annotations)

TEXT = ("Grève à Lille\n\nLe maire a parlé.\n\n"
        "Des grévistes ont bloqué le dépôt lundi à Lille. \"Nous resterons\", a déclaré Paul Martin.")
ARTICLE = {"id": "x:1", "lang": "fr", "published": "2020-01-07", "title": "Grève à Lille", "text": TEXT}


def span(words: str) -> list[int]:
    start = TEXT.index(words)
    return [start, start + len(words)]


ANNOTATION = {
    "id": "x:1", "set": "orangesum-random", "line": 0, "rank": 0,
    "sha256": join_annotations.fingerprint(TEXT),
    "statements": [{"content": span("Nous resterons"), "cue": span("a déclaré"), "kind": "direct",
                    "speaker": "Paul Martin"}],
    "events": [
        {"primary": False, "plover": "SUPPORT", "event_type": None, "sub_event_type": None,
         "modality": "asserted", "date": None, "location": None, "location_span": None, "geonameid": None,
         "lat": None, "lon": None, "admin1": None, "country": "FR", "fatalities": None,
         "actor1": span("Le maire"), "actor2": None, "trigger": span("a parlé")},
        {"primary": True, "plover": "PROTEST", "event_type": "Protests", "sub_event_type": "Peaceful protest",
         "modality": "asserted", "date": "2020-01-06", "location": "Lille",
         "location_span": [TEXT.index("Lille."), TEXT.index("Lille.") + 5], "geonameid": 2998324,
         "lat": 50.63297, "lon": 3.05858, "admin1": "Hauts-de-France", "country": "FR", "fatalities": None,
         "actor1": span("Des grévistes"), "actor2": None, "trigger": span("ont bloqué")},
    ],
}


def test_join_puts_the_words_at_the_offsets_and_the_primary_first():
    record = join_annotations.join(ANNOTATION, ARTICLE)
    assert record["text"] == TEXT and record["set"] == "fr-fresh"
    assert record["scope"] == ["statements", "events"] and record["published"] == "2020-01-07"
    statement, = record["gold"]["statements"]
    assert statement == {"speaker": "Paul Martin", "content": "Nous resterons", "content_start": 84,
                         "content_end": 98, "cue": "a déclaré", "kind": "direct"}
    primary, other = record["gold"]["events"]
    assert primary["primary"] and primary["plover"] == "PROTEST" and primary["actor1"] == "Des grévistes"
    assert primary["location"] == "Lille" and primary["date"] == "2020-01-06"
    assert "primary" not in other and other["actor1"] == "Le maire" and other["actor2"] is None


def test_an_article_whose_text_changed_is_refused():
    changed = dict(ARTICLE, text=TEXT.replace("lundi", "mardi"))
    with pytest.raises(ValueError, match="not the one annotated"):
        join_annotations.join(ANNOTATION, changed)


def _plain(text: str) -> str:
    """Casefolded, accents left out ("État" and "Etat" alike)."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def test_a_set_of_statements_only_says_so_in_its_scope():
    only = dict(ANNOTATION, scope=["statements"], events=[])
    record = join_annotations.join(only, ARTICLE)
    assert record["scope"] == ["statements"] and record["gold"]["events"] == []


def test_the_gold_set_is_named_by_the_caller():
    assert join_annotations.join(ANNOTATION, ARTICLE, gold_set="fr-more")["set"] == "fr-more"


ANNOTATION_FILES = [ROOT / "scripts" / "data" / f"{name}.jsonl"
                    for name in ("fr-fresh", "fr-more", "fr-unseen", "fr-more2", "fr-more3", "fr-unseen2",
                                 "fr-unseen3", "fr-unseen4", "fr-unseen5", "fr-unseen6", "fr-unseen7",
                                 "fr-unseen8", "fr-unseen9")]


@pytest.mark.skipif(not (SHARED / "data" / "orangesum-fr").is_dir(),
                    reason="needs ../shared/data/orangesum-fr")
@pytest.mark.parametrize("path", ANNOTATION_FILES, ids=lambda p: p.stem)
def test_annotations_join_and_land_on_their_words(tmp_path, path):
    annotations = join_annotations.read_jsonl(path)
    assert sorted(a["rank"] for a in annotations) == list(range(len(annotations)))
    found = join_annotations.articles(SHARED, annotations)
    for annotation in annotations:
        text = found[annotation["id"]]["text"]
        record = join_annotations.join(annotation, found[annotation["id"]])
        primaries = sum(bool(e.get("primary")) for e in record["gold"]["events"])
        assert primaries == (1 if annotation["events"] else 0), annotation["id"]
        for statement in record["gold"]["statements"]:
            for words in (statement["content"], statement["cue"]):
                assert words is None or (words and words == words.strip()), (annotation["id"], words)
            # a speaker is named with the article's own words ("préfecture du Pas-de-Calais", "Paul Martin",
            # "X, Y et Z" for several together)
            for word in _plain(statement["speaker"] or "").replace("'", " ").replace(",", " ").split():
                assert word in _plain(text), (annotation["id"], statement["speaker"])
        for event in annotation["events"]:
            if event["location_span"]:
                assert text[slice(*event["location_span"])] == event["location"], annotation["id"]
            for key in ("actor1", "actor2", "trigger"):
                if event[key]:
                    words = text[slice(*event[key])]
                    assert words and words == words.strip(), (annotation["id"], key, words)
    gold = tmp_path / "joined.gold.jsonl"
    done = subprocess.run([sys.executable, str(SCRIPT), "-o", str(gold), "--shared", str(SHARED),
                           "--annotations", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert {r["set"] for r in join_annotations.read_jsonl(gold)} == {path.stem}
    scorer = SHARED / "eval" / "score.py"
    if scorer.is_file():  # score.py reads the joined file; no predictions, so every article is missing
        empty = tmp_path / "none.jsonl"
        empty.write_text("", encoding="utf-8")
        report = subprocess.run([sys.executable, str(scorer), str(gold), str(empty), "--json"],
                                capture_output=True, text=True, check=True)
        figures = json.loads(report.stdout)
        assert figures["records"] == len(annotations) == figures["missing"]
        if "statements" in annotations[0].get("scope", ["statements"]):  # (fr-unseen6 holds events only)
            assert figures["statements"]["fn"] == sum(len(a["statements"]) for a in annotations)
