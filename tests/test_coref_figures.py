"""scripts/coref_figures.py scores veille's references against gold coreference links."""
from __future__ import annotations

import importlib.util
import json

from .conftest import ROOT

SCRIPT = ROOT / "scripts" / "coref_figures.py"
spec = importlib.util.spec_from_file_location("coref_figures", SCRIPT)
coref_figures = importlib.util.module_from_spec(spec)
spec.loader.exec_module(coref_figures)

# "La ministre Anne Dupont a parlé. Elle a ajouté que le maire, Paul Martin, viendra, a dit la ministre."
LINKS = [
    {"id": "a1", "split": "tune", "links": [
        {"start": 33, "end": 37, "kind": "pronoun", "referent": "Anne Dupont"},          # Elle
        {"start": 89, "end": 100, "kind": "description", "referent": "Anne Dupont"},     # la ministre
    ]},
    # another article, invented: offsets only
    {"id": "a2", "split": "check", "links": [
        {"start": 0, "end": 2, "kind": "pronoun", "referent": "Paul Martin"},
        {"start": 10, "end": 18, "kind": "description", "referent": "Paul Martin"},
    ]},
]


def entity(name, mentions, references=()):
    return {"name": name, "mentions": [list(m) for m in mentions],
            "references": [{"span": list(s), "kind": "pronoun", "rule": "test"} for s in references]}


def test_right_wrong_and_unresolved_by_split_and_kind():
    predictions = {
        # a1: "Elle" is linked to the minister (by her surname alone), "la ministre" to the mayor
        "a1": {"entities": [entity("Dupont", [(12, 23)], references=[(33, 37)]),
                            entity("Paul Martin", [(61, 72)], references=[(89, 100)])]},
        # a2: nothing refers to the pronoun; a mention that covers the description resolves it
        "a2": {"entities": [entity("Paul Martin", [(8, 20)])]},
    }
    counts = coref_figures.score(LINKS, predictions)
    assert counts[("tune", "pronoun")] == {"right": 1}
    assert counts[("tune", "description")] == {"wrong": 1}
    assert counts[("check", "pronoun")] == {"unresolved": 1}
    assert counts[("check", "description")] == {"right": 1}
    assert counts[("all", "description")] == {"right": 1, "wrong": 1}
    lines = coref_figures.table(counts)
    assert any(line.split()[:3] == ["all", "description", "2"] and line.split()[3:5] == ["0.500", "0.500"]
               for line in lines)


def test_largest_overlap_wins_and_missing_articles_stay_unresolved():
    predictions = {"a1": {"entities": [entity("Paul Martin", [], references=[(36, 40)]),
                                       entity("Anne Dupont", [], references=[(30, 37)])]}}
    counts = coref_figures.score(LINKS, predictions)
    assert counts[("tune", "pronoun")] == {"right": 1}
    assert counts[("check", "pronoun")] == {"unresolved": 1}  # a2 has no prediction
    # at equal overlap, the words themselves win over a longer phrase that holds them
    nested = [entity("Anne Dupont", [], references=[(20, 40)]),
              entity("Paul Martin", [], references=[(33, 37)])]
    assert coref_figures.resolved_entity(nested, 33, 37)["name"] == "Paul Martin"
    # a mention that only overlaps, without covering the words, resolves nothing
    assert coref_figures.resolved_entity([entity("X Y", [(30, 35)])], 33, 37) is None


def test_surname_ignores_case_and_soft_hyphens():
    assert coref_figures.surname("Bernard de la Villar\xaddière") == "villardière"
    link = {"start": 0, "end": 4, "kind": "pronoun", "referent": "Bernard de la Villardière"}
    assert coref_figures.outcome([entity("VILLARDIÈRE", [], references=[(0, 4)])], link) == "right"


def test_skips_without_the_shared_articles(tmp_path):
    import subprocess
    import sys

    links = tmp_path / "links.jsonl"
    links.write_text(json.dumps(LINKS[0]) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCRIPT), "--gold", str(tmp_path / "absent.jsonl"),
                           "--links", str(links)], capture_output=True, text=True)
    assert done.returncode == 0
    assert "skipped" in done.stderr and "absent" in done.stderr


def test_another_set_of_links_is_scored_under_its_own_split():
    more = [{"id": "b1", "split": "more", "links": [LINKS[0]["links"][0]]},
            {"id": "b2", "links": [LINKS[0]["links"][1]]}]  # no split: counted in "all" only
    predictions = {"b1": {"entities": [entity("Anne Dupont", [], references=[(33, 37)])]}}
    counts = coref_figures.score(more, predictions)
    assert counts[("more", "pronoun")] == {"right": 1}
    assert counts[("all", "description")] == {"unresolved": 1}
    assert [line.split()[0] for line in coref_figures.table(counts)[1:]] == ["more", "more", "all", "all"]
