"""Near-duplicates: edited copies of a real article are found, distinct articles on its topic are not."""
from __future__ import annotations

import json
import random
import re

from veille.ingest import read_paths
from veille.schemas import Article
from veille.store import Database
from veille.store.dedup import Fingerprint, fold

from .conftest import EXAMPLE, shared_file

# another article on the same offensive, written separately: same names, places and numbers
SAME_TOPIC = (
    "Mossoul: la coalition envoie des renforts\n\n"
    "Les Etats-Unis vont envoyer davantage de soldats en Irak, où l'armée irakienne se prépare à reprendre "
    "Mossoul au groupe Etat islamique. Selon le Pentagone, le contingent américain compte désormais 4460 "
    "militaires, contre environ 4000 la semaine dernière.\n\n"
    "Le colonel John Dorrian, porte-parole de la coalition, a déclaré que les nouveaux arrivants "
    "aideraient les forces irakiennes pour la logistique. La date de l'assaut n'a pas été annoncée. "
    "Les Nations unies craignent un exode massif des civils de la deuxième ville d'Irak."
)


def _reference():
    return next(iter(read_paths([str(EXAMPLE)])))


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def _pieces(text: str, size: int = 2) -> list[str]:
    """The body cut into pieces of ``size`` sentences, as an editor moves them."""
    sentences = re.split(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])", text)
    return [" ".join(sentences[i:i + size]) for i in range(0, len(sentences), size)]


def edited_copies(text: str) -> dict[str, str]:
    headline, body = text.split("\n\n", 1)
    pieces = _pieces(body)
    shuffled = pieces[:]
    random.Random(7).shuffle(shuffled)
    assert shuffled != pieces
    return {
        "reordered": "\n\n".join([headline, *shuffled]),
        "new headline": "\n\n".join(["Irak: Washington envoie 400 soldats de plus avant Mossoul", body]),
        "truncated": "\n\n".join([headline, *pieces[:len(pieces) * 2 // 3]]),
        "agency footer": text + "\n\n(AFP) Tous droits de reproduction réservés.",
        "retyped": text.replace("Etats-Unis", "États-Unis").replace("'", "’"),
    }


def test_edited_copies_of_the_reference_article_are_near_duplicates():
    original = Fingerprint.of(_reference().text)
    for kind, copy in edited_copies(_reference().text).items():
        assert original.copies(Fingerprint.of(copy)), kind


def test_a_distinct_article_on_the_same_topic_is_not_a_copy():
    original = Fingerprint.of(_reference().text)
    other = Fingerprint.of(SAME_TOPIC)
    assert not original.copies(other)
    assert original.containment(other) < 0.3


def test_fold_drops_case_and_accents():
    assert fold("État islamique, MOSSOUL") == "etat islamique, mossoul"


def _bare(art_id: str, text: str, published: str | None = "2016-09") -> Article:
    return Article(id=art_id, lang="fr", published=published, title=None, text=text)


def test_the_store_keeps_one_article_with_all_its_sources(tmp_path):
    text = _reference().text
    copies = edited_copies(text)
    with Database(tmp_path / "d.db") as db:
        assert db.write([_bare("afp", text)], {"afp": "afp.txt"}) == (1, 0, 0, 0)
        batch = [_bare(f"copy-{i}", t) for i, t in enumerate(copies.values())] + [_bare("other", SAME_TOPIC)]
        assert db.write(batch, {"copy-0": "lemonde.txt"}) == (1, len(copies), 0, 0)
        assert db.stats()["articles"] == 2
        sources = db.sources("afp")
        assert [s["id"] for s in sources][0] == "afp" and len(sources) == 1 + len(copies)
        assert all(0.8 <= s["similarity"] <= 1.0 for s in sources)
        assert "lemonde.txt" in {s["source"] for s in sources}
        # receiving a copy again is a no-op
        assert db.write([_bare("copy-0", copies["reordered"])]).already == 1


def test_real_articles_on_one_topic_stay_apart_and_their_copies_are_found():
    path = shared_file("data", "orangesum-fr", "conflict.jsonl")
    articles = [json.loads(line) for line in path.open(encoding="utf-8")][:600]
    prints = [Fingerprint.of(a["text"]) for a in articles]
    rng = random.Random(3)
    for a, fp in rng.sample(list(zip(articles, prints)), 30):
        headline, body = a["text"].split("\n\n", 1)
        pieces = _pieces(body)
        rng.shuffle(pieces)
        assert fp.copies(Fingerprint.of("\n\n".join(pieces[:max(2, len(pieces) * 3 // 4)]))), a["id"]
    titles = [set(re.findall(r"\w+", fold(a["title"]))) for a in articles]
    names = [set(re.findall(r"\b[A-Z]\w{3,}", a["title"][1:])) for a in articles]
    same_topic = merged = 0
    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            # different headlines: articles of their own, even when they name the same people and places
            if len(titles[i] & titles[j]) / len(titles[i] | titles[j]) < 0.5:
                same_topic += bool(names[i] & names[j])
                merged += prints[i].copies(prints[j])
    assert same_topic > 500 and merged == 0
