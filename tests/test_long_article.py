"""Long articles: the look-ups the extractors repeat per mention read only what lies near it, and answer
exactly what a scan of everything would (issue 14, item 9). Timing is the bench's business
(bench/long_article.py), not the tests'."""
from __future__ import annotations

import math
import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extractors import entities as entities_module
from veille.extractors.docs import SpanIndex, TakenSpans
from veille.extractors.entities import _is_shouting, _WordIndex
from veille.extractors.places.resolve import PLACE_WEIGHTS, Context, OthersPoints, PointIndex
from veille.geo.gazetteer import Candidate

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda se: (se[0], se[0] + se[1])),
                 max_size=25)


@settings(max_examples=300, deadline=None)
@given(spans, st.integers(-5, 80), st.integers(-5, 80))
def test_span_index_answers_as_a_scan_of_every_span(given_spans, a, b):
    index = SpanIndex(given_spans)
    assert index.overlapping(a, b) == [i for i, (s, e) in enumerate(given_spans) if s < b and a < e]
    assert index.starting_within(a, b) == [i for i, (s, _) in enumerate(given_spans) if a <= s <= b]
    assert index.covers(a) == any(s <= a < e for s, e in given_spans)


@settings(max_examples=300, deadline=None)
@given(spans, st.integers(0, 70), st.integers(1, 12))
def test_taken_spans_answer_as_a_scan_of_every_span(taken, start, length):
    occupied = TakenSpans(100)
    for s, e in taken:
        occupied.add(s, e)
    end = start + length
    assert occupied.overlaps(start, end) == any(s < end and start < e for s, e in taken)


def _accepted(name: str, text: str, spans) -> list[tuple[int, int]]:
    """The hits ``_propagate`` keeps: the name as written, or in all caps."""
    return [(s, e) for s, e in spans if text[s:e] == name or (_is_shouting(text[s:e]) and len(name) >= 3)]


# letters whose case pairs are odd (Kelvin sign, long s, dotless i, Greek iota and its combining form)
ALPHABET = list("aAbBeéÉkKsS -'.\n") + ["\u212a", "\u017f", "\u0131", "\u0130", "\u03b9", "\u0399",
                                        "\u0345"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=2, max_size=6),
       st.lists(st.sampled_from(ALPHABET + ["NAME", "UPPER"]), max_size=30))
def test_name_occurrences_are_those_of_a_scan_of_the_whole_text(name, pieces):
    text = "".join(name if p == "NAME" else name.upper() if p == "UPPER" else p for p in pieces)
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)
    found = _WordIndex(text).occurrences(name, shouting=len(name) >= 3)
    assert _accepted(name, text, found) == _accepted(name, text, (h.span() for h in pattern.finditer(text)))


def test_name_occurrences_overlapping_keep_the_scan_order():
    # "a-a" twice over in "a-a-a": a scan takes the first and skips the one it overlaps
    hits = _WordIndex("a-a-a a-a").occurrences("a-a", shouting=True)
    assert list(hits) == [(0, 3), (6, 9)]


class _NoScan:
    """A pattern that may be matched at a position but refuses a scan of the whole text."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        self.matched_at: list[int] = []

    def finditer(self, text):
        raise AssertionError("the whole text was scanned")

    def match(self, text, pos):
        self.matched_at.append(pos)
        return self.pattern.match(text, pos)


def test_a_name_is_looked_for_only_where_its_first_word_stands(monkeypatch):
    text = " ".join(["Le président Macron a parlé à Paris."] * 200 + ["MACRON et l'ONU."])
    pattern = _NoScan(re.compile(r"(?<!\w)Macron(?!\w)", re.IGNORECASE))
    monkeypatch.setattr(entities_module, "_name_pattern", lambda name: pattern)
    hits = list(_WordIndex(text).occurrences("Macron", shouting=True))
    assert len(hits) == 201 and text[slice(*hits[-1])] == "MACRON"
    # the name spelled as it is needs no pattern: only its other spellings are matched
    assert pattern.matched_at == [text.index("MACRON")]


def _candidate(lat: float, lon: float) -> Candidate:
    return Candidate(geonameid=1, name="x", lat=lat, lon=lon, country="FR", admin1=None, feature="city",
                     population=1000, main=1)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abc"), st.floats(-89, 89), st.floats(-180, 180)), max_size=20),
       st.floats(-89, 89), st.floats(-180, 180), st.sampled_from("abc"))
def test_nearest_point_within_reach_is_that_of_a_scan_of_every_point(points, lat, lon, place_id):
    own: dict[str, Context] = {}
    for owner, plat, plon in points:
        own.setdefault(owner, Context(Counter(), Counter(), [])).points.append((plat, plon))
    c = _candidate(lat, lon)
    others = [(plat, plon) for owner, plat, plon in points if owner != place_id]
    view = OthersPoints(PointIndex(own), place_id)
    assert bool(view) == bool(others)
    scanned = min((c.distance_km(plat, plon) for plat, plon in others), default=math.inf)
    found = view.nearest_km(c)
    if scanned < PLACE_WEIGHTS.near_km:
        assert found == scanned
    else:
        assert found >= PLACE_WEIGHTS.near_km


# -- memory: long texts are parsed in pieces ---------------------------------------------------------

def test_pieces_cover_the_text_and_cut_at_paragraphs():
    from veille.nlp.pieces import pieces

    text = "\n\n".join(f"Paragraphe {i}. " + "Des mots encore. " * (i % 7 + 3) for i in range(400))
    bounds = pieces(text, 1000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert all(e - s <= 1000 for s, e in bounds)
    assert all(text[e - 2:e] == "\n\n" for _, e in bounds[:-1])
    assert pieces("court", 1000) == [(0, 5)]
    assert pieces("x" * 2500, 1000) == [(0, 1000), (1000, 2000), (2000, 2500)]  # no space: hard cuts


def test_a_text_parsed_in_pieces_is_analysed_as_one_article():
    from veille.extractors import doc_to_article
    from veille.extractors.pipeline import analyse_in_pieces, load_pipeline
    from veille.schemas import Input

    paragraph = ("Le colonel John Dorrian, porte-parole de la coalition, a déclaré jeudi à Bagdad que "
                 "environ 4000 soldats américains étaient en Irak.")
    text = "\n\n".join([paragraph] * 40)
    nlp = load_pipeline("fr")
    doc = analyse_in_pieces(nlp, text, "2016-09-08", size=1500)
    article = doc_to_article(doc, Input(id="x", text=text, lang="fr", published="2016-09-08"), "fr")
    whole = doc_to_article(nlp(text), Input(id="x", text=text, lang="fr", published="2016-09-08"), "fr")
    assert doc.text == text
    assert {e.name for e in article.entities} == {e.name for e in whole.entities}
    assert len(article.quantities) == len(whole.quantities) == 40
    assert [p.name for p in article.places] == [p.name for p in whole.places]
