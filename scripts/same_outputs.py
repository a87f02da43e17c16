"""Prove a refactoring changed no output: extract every dev set and compare with a baseline, byte for byte.

    python scripts/same_outputs.py record BASE            # extract every dev set into BASE/ (before a change)
    python scripts/same_outputs.py check BASE [SET...]    # extract again and compare with BASE/ (after it)

Sets are the folders of ../shared/data (orangesum excepted) and "example", as in ../shared/eval/dev.sh.
`check` prints, per set, how many records differ and, for the first few, which CONTRACT fields; it exits 1
when any record differs. `check --sets-from BASE` compares what BASE holds, whatever was recorded.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SHOWN_PER_SET = 5


def dev_sets() -> dict[str, Path]:
    """Every dev set beside the checkout, by name, with its gold file (the input we extract from)."""
    sets = {}
    examples = sorted((SHARED / "examples").glob("*.gold.jsonl"))
    if examples:
        sets["example"] = examples[0]
    for folder in sorted((SHARED / "data").iterdir()):
        if (folder / "dev.jsonl").is_file():
            sets[folder.name] = folder / "dev.jsonl"
    return sets


def extract(source: Path, target: Path, workers: int) -> float:
    """Run this checkout's `veille extract` on one dev set; return the seconds it took."""
    start = time.monotonic()
    command = [sys.executable, "-m", "veille.cli", "extract", str(source), "-o", str(target),
               "--format", "jsonl", "--workers", str(workers)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0 or not target.is_file():
        sys.exit(f"veille extract failed on {source} (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return time.monotonic() - start


def records(path: Path) -> dict[str, tuple[str, dict]]:
    """The lines of one output file, by article id: the exact line and its parsed record."""
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        found[str(record.get("id"))] = (line, record)
    return found


def differences(before: dict, after: dict, prefix: str = "") -> list[str]:
    """The dotted paths of the CONTRACT fields whose values differ (lists compared whole)."""
    paths = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if isinstance(old, dict) and isinstance(new, dict):
            paths += differences(old, new, f"{prefix}{key}.")
        else:
            paths.append(f"{prefix}{key}")
    return paths


def compare(name: str, base: Path, new: Path) -> int:
    """Print how one set's outputs differ; return the number of records that differ."""
    old_records, new_records = records(base), records(new)
    differing = []
    for key in sorted(set(old_records) | set(new_records)):
        old, new_ = old_records.get(key), new_records.get(key)
        if old is None or new_ is None:
            differing.append((key, ["(missing before)" if old is None else "(missing after)"]))
        elif old[0] != new_[0]:
            differing.append((key, differences(old[1], new_[1]) or ["(same values, other bytes)"]))
    verdict = "identical" if not differing else f"{len(differing)} of {len(old_records)} records differ"
    print(f"== {name}: {verdict}")
    for key, fields in differing[:SHOWN_PER_SET]:
        print(f"   {key}: {', '.join(fields[:8])}")
    return len(differing)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["record", "check"])
    parser.add_argument("base", type=Path, help="folder of the baseline outputs")
    parser.add_argument("sets", nargs="*", help="dev sets to run (default: all)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"no {SHARED}: the dev sets must be beside the checkout")
    available = dev_sets()
    unknown = [name for name in args.sets if name not in available]
    if unknown:
        sys.exit(f"unknown dev sets {unknown}; choose among {sorted(available)}")
    chosen = args.sets or sorted(available)
    if args.action == "record":
        args.base.mkdir(parents=True, exist_ok=True)
        for name in chosen:
            seconds = extract(available[name], args.base / f"{name}.jsonl", args.workers)
            print(f"== {name}: recorded in {seconds:.0f} s")
        return
    missing = [name for name in chosen if not (args.base / f"{name}.jsonl").is_file()]
    if missing:
        sys.exit(f"{args.base} has no baseline for {missing}: run `record` on the code before the change")
    total = 0
    with tempfile.TemporaryDirectory(prefix="veille-same-") as scratch:
        for name in chosen:
            target = Path(scratch) / f"{name}.jsonl"
            extract(available[name], target, args.workers)
            total += compare(name, args.base / f"{name}.jsonl", target)
    print("all outputs identical" if not total else f"{total} records differ")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
