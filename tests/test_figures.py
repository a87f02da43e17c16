"""The gate on the figures: a fast slice of each dev set is extracted and scored; no key figure may
fall below the floor that tests/figures/floors.toml pins (read its header to raise a floor).

Needs ../shared (the dev sets and their scorer, ../shared/eval/score.py); skipped without it.
`.venv/bin/python -m tests.test_figures [SET...]` prints each slice's figures beside their floors.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import pytest

from .conftest import SHARED

SCORER = SHARED / "eval" / "score.py"
FLOORS_FILE = Path(__file__).resolve().parent / "figures" / "floors.toml"


def load_floors() -> dict[str, dict]:
    """Per dev set: ``records`` (how many of its first records make the slice, or "all") and
    ``floors`` (a figure's dotted path in score.py's JSON report -> its floor)."""
    with FLOORS_FILE.open("rb") as f:
        return tomllib.load(f)


def gold_file(name: str) -> Path:
    """The gold file of a dev set (the input to extract, too), named as ../shared/eval/dev.sh names it."""
    if name == "example":
        examples = sorted((SHARED / "examples").glob("*.gold.jsonl"))
        return examples[0] if examples else SHARED / "examples" / "*.gold.jsonl"
    return SHARED / "data" / name / "dev.jsonl"


def write_slice(name: str, records: int | str, folder: Path) -> Path:
    """The first ``records`` lines of the set's gold file (all of them for "all"), as a file of its own."""
    lines = gold_file(name).read_text(encoding="utf-8").splitlines(keepends=True)
    target = folder / f"{name}.gold.jsonl"
    target.write_text("".join(lines if records == "all" else lines[:records]), encoding="utf-8")
    return target


def extract(gold: Path, target: Path) -> None:
    """What `veille extract GOLD -o TARGET` writes, through the Python API (models loaded once)."""
    from veille.ingest import read_paths
    from veille.process import analyse
    from veille.settings import Settings

    settings = Settings.from_env()
    with target.open("w", encoding="utf-8") as out:
        for article in analyse(read_paths([str(gold)], settings), settings, workers=1):
            out.write(json.dumps(article.as_dict(), ensure_ascii=False) + "\n")


def score(gold: Path, predicted: Path) -> dict:
    """score.py's JSON report of one slice."""
    done = subprocess.run([sys.executable, str(SCORER), str(gold), str(predicted), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def figure(report: dict, path: str) -> float | None:
    """A figure of the report by its dotted path ("statements.speaker.acc"); None when not measured."""
    found = report
    for key in path.split("."):
        found = found.get(key) if isinstance(found, dict) else None
    return found


def slice_name(records: int | str) -> str:
    return "all records" if records == "all" else f"first {records} records"


def measure(name: str, records: int | str, folder: Path) -> dict:
    """Extract and score the slice of one dev set."""
    gold = write_slice(name, records, folder)
    predicted = folder / f"{name}.pred.jsonl"
    extract(gold, predicted)
    return score(gold, predicted)


FLOORS = load_floors()
CHECKS = [(name, path) for name, pinned in FLOORS.items() for path in pinned["floors"]]


@pytest.fixture(scope="session")
def slice_report(tmp_path_factory):
    """The score report of a set's slice, extracted once per session on first use."""
    if not SCORER.is_file():
        pytest.skip(f"{SCORER} is not here (the dev sets are only beside a development checkout)")
    folder = tmp_path_factory.mktemp("figures")
    reports: dict[str, dict] = {}

    def report(name: str) -> dict:
        if name not in reports:
            if not gold_file(name).is_file():
                pytest.skip(f"{gold_file(name)} is not here")
            reports[name] = measure(name, FLOORS[name]["records"], folder)
        return reports[name]

    return report


@pytest.mark.parametrize(("name", "path"), CHECKS, ids=[f"{name}:{path}" for name, path in CHECKS])
def test_figure_stays_above_its_floor(slice_report, name, path):
    report = slice_report(name)
    floor = FLOORS[name]["floors"][path]
    value = figure(report, path)
    where = f"{name} ({slice_name(FLOORS[name]['records'])}): {path}"
    assert value is not None, f"{where} was not measured; the report: {json.dumps(report)}"
    assert value >= floor, f"{where} = {value}, below its floor {floor} (tests/figures/floors.toml)"


def test_floors_file_pins_a_slice_and_floors_for_each_set():
    for name, pinned in FLOORS.items():
        assert set(pinned) == {"records", "floors"}, name
        records = pinned["records"]
        assert records == "all" or (isinstance(records, int) and records > 0), name
        assert pinned["floors"] and all(isinstance(floor, float) and 0 < floor <= 1
                                        for floor in pinned["floors"].values()), name


def test_slices_extract_without_failures(slice_report):
    failed = {name: (report["errors"], report["missing"]) for name in FLOORS
              if (report := slice_report(name))["errors"] or report["missing"]}
    assert not failed, f"articles failed or missing (errors, missing) per set: {failed}"


def main(names: list[str]) -> None:
    """Print each slice's figures beside their floors (for measuring before raising a floor)."""
    with tempfile.TemporaryDirectory() as folder:
        for name in names or FLOORS:
            report = measure(name, FLOORS[name]["records"], Path(folder))
            print(f"== {name} ({slice_name(FLOORS[name]['records'])})")
            for path, floor in FLOORS[name]["floors"].items():
                value = figure(report, path)
                below = "  BELOW" if value is None or value < floor else ""
                print(f"  {path:28s} {value!s:8s} floor {floor}{below}")


if __name__ == "__main__":
    main(sys.argv[1:])
