"""scripts/event_dates.py: the date of every matched event, not only the primary's, matched as score.py
matches them."""
from __future__ import annotations

import importlib.util

from .conftest import ROOT, shared_file

SCRIPT = ROOT / "scripts" / "event_dates.py"
spec = importlib.util.spec_from_file_location("event_dates", SCRIPT)
event_dates = importlib.util.module_from_spec(spec)
spec.loader.exec_module(event_dates)

GOLD = {"id": "a1", "gold": {"events": [
    {"plover": "PROTEST", "location": "Lyon", "lat": 45.75, "lon": 4.85, "date": "2022-05-07",
     "primary": True},
    {"plover": "COERCE", "location": "Lyon", "lat": 45.75, "lon": 4.85, "date": "2022-05-06"},
    {"plover": "ASSAULT", "location": None, "date": None},  # no date: not counted
]}}
PRED = {
    "places": [{"id": "p1", "name": "Lyon", "lat": 45.76, "lon": 4.84}],
    "times": [{"id": "t1", "value": "2022-05-07"}],
    "events": [
        {"type": "PROTEST", "place": "p1", "time": "t1", "primary": True},
        {"type": "COERCE", "place": "p1", "time": "t1"},  # dated by the protest's day, not its own
        {"type": "ASSAULT", "place": None, "time": None},
    ],
}


def test_each_matched_dated_event_is_right_or_wrong():
    shared_file("eval", "score.py")  # skips without the shared scorer
    score = event_dates.scorer()
    found = [(g["plover"], right) for g, _, right in event_dates.matched_dates(score, GOLD, PRED)]
    assert sorted(found) == [("COERCE", False), ("PROTEST", True)]
