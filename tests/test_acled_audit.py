"""scripts/acled_audit.py scores veille's ACLED events against hand judgements of the events it coded."""
from __future__ import annotations

import importlib.util

import pytest

from .conftest import ROOT, SHARED

SCRIPT = ROOT / "scripts" / "acled_audit.py"
spec = importlib.util.spec_from_file_location("acled_audit", SCRIPT)
acled_audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(acled_audit)

PROTEST = ["Protests", "Peaceful protest"]
JUDGED = [{"id": "x:1", "split": "tune", "events": [
    {"trigger": [10, 16], "acled": PROTEST, "verdict": "yes", "reason": "ok"},
    {"trigger": [40, 45], "acled": PROTEST, "verdict": "no", "reason": "strike_no_demo"},
    {"trigger": [60, 66], "acled": PROTEST, "verdict": "background", "reason": "background"},
]}]


def event(start: int, end: int, acled: bool = True, background: bool = False) -> dict:
    return {"trigger": {"span": [start, end]}, "acled": {"event_type": "Protests"} if acled else None,
            "background": background}


def test_an_event_counts_as_coded_by_its_trigger_with_a_type_and_not_background():
    record = {"id": "x:1", "events": [event(10, 16), event(40, 45, acled=False),
                                      event(60, 66, background=True), event(80, 90)]}
    counts = acled_audit.score(JUDGED, {"x:1": record})
    assert counts["yes", True] == 1  # still coded, rightly
    assert counts["no", False] == 2  # no ACLED type now; background now
    assert counts["unjudged", True] == 1  # an event no judgement covers


def test_an_event_lost_is_counted_as_lost():
    counts = acled_audit.score(JUDGED, {"x:1": {"id": "x:1", "events": [event(40, 45)]}})
    assert counts["yes", False] == 1 and counts["no", True] == 1


@pytest.mark.skipif(not (SHARED / "data" / "orangesum-fr").is_dir(),
                    reason="needs ../shared/data/orangesum-fr")
def test_the_judged_articles_are_found_with_their_texts():
    audit = acled_audit.read_jsonl(acled_audit.AUDIT)
    found = acled_audit.articles(audit, acled_audit.ARTICLES)
    assert len(found) == len(audit) and {a["split"] for a in audit} == {"tune", "check"}
    texts = {a["id"]: a["text"] for a in found}
    for judged in audit:
        for e in judged["events"]:
            start, end = e["trigger"]
            assert 0 <= start < end <= len(texts[judged["id"]]), judged["id"]
