"""ACLED dev with each note's leading "On <date>," removed: are events dated from the text?

    .venv/bin/python bench/acled_undated.py [--data ../shared/data/acled/dev.jsonl]

Writes the stripped notes and veille's output under $TMPDIR/veille-undated/, then prints the scorer's
events line (``date`` is the figure: the event date must come from the text's other dates or the
article's, not from the removed lead).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
LEAD = re.compile(r"^((?:[\w/ -]+: )?)(?:On|Around|Between|About)\s+(?:\d{1,2}(?:-\d{1,2})?\s+)?\w+\s+\d{4}"
                  r"(?:\s*\([^)]*\))?,\s*")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(SHARED / "data" / "acled" / "dev.jsonl"))
    args = parser.parse_args()
    if not Path(args.data).exists():
        sys.exit(f"{args.data} is not here: give the ACLED dev file with --data")
    out = Path(tempfile.gettempdir()) / "veille-undated"
    out.mkdir(exist_ok=True)
    gold, pred = out / "gold.jsonl", out / "pred.jsonl"
    stripped = 0
    with open(args.data, encoding="utf-8") as src, open(gold, "w", encoding="utf-8") as dst:
        for line in src:
            record = json.loads(line)
            text = LEAD.sub(r"\1", record["text"], count=1)
            stripped += text != record["text"]
            record["text"] = text[:1].upper() + text[1:]
            dst.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{stripped} notes without their leading date -> {gold}")
    command = [sys.executable, "-m", "veille.cli", "extract", str(gold), "-o", str(pred), "--workers", "2"]
    subprocess.run(command, stderr=subprocess.DEVNULL, check=False)
    scored = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(pred)],
                            capture_output=True, text=True, check=True).stdout
    print(next((line for line in scored.splitlines() if line.startswith("events")), scored))


if __name__ == "__main__":
    main()
