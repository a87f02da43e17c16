"""Cold start: the wall time of `veille extract` on one short article in a fresh process, and where it goes.

    .venv/bin/python bench/cold_start.py [--repeat 3] [--lang fr] [--text FILE]

Two fresh processes per repeat:
- whole: ``python -m veille.cli extract ARTICLE -o OUT``, timed from outside (interpreter start included);
- breakdown: the same work in stages, each timed inside: import (the CLI and the pipeline's modules,
  spaCy among them), language (detection, skipped when ``--lang`` is given), model (the spaCy model and
  veille's components), gazetteer (opening the place index, one lookup), first doc (the article analysed
  and its record written).
The article is a short French text written for this bench (or ``--text FILE``). Wall and CPU seconds are
printed; over repeats, the median with the lowest and highest.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (
    "Manifestation à Lyon contre la réforme des retraites\n\n"
    "Plusieurs milliers de personnes ont défilé mardi à Lyon contre la réforme des retraites, a indiqué "
    "la préfecture du Rhône. « Nous ne lâcherons rien », a déclaré Marie Dupont, secrétaire départementale "
    "du syndicat. Deux policiers ont été légèrement blessés en fin de journée près de la place Bellecour, "
    "selon la police. Une nouvelle journée de mobilisation est prévue le 12 mars.\n"
)
STAGES = ("import", "language", "model", "gazetteer", "first doc")
TARGET_S = 5.0


def breakdown(path: str, lang: str | None) -> None:
    """Run in a fresh process: the stages of a cold `veille extract`, timed one by one."""
    times: dict[str, tuple[float, float]] = {}
    clock = (time.perf_counter(), time.process_time())

    def lap(stage: str) -> None:
        nonlocal clock
        now = (time.perf_counter(), time.process_time())
        times[stage] = (now[0] - clock[0], now[1] - clock[1])
        clock = now

    import veille.cli  # noqa: F401  (what the command imports before it runs)
    from veille.cli import json_line
    from veille.extractors.pipeline import load_pipeline
    from veille.geo.gazetteer import shared_gazetteer
    from veille.ingest.language import detect_language
    from veille.process import analyse
    from veille.schemas import Input
    lap("import")
    text = Path(path).read_text(encoding="utf-8")
    lang = lang or detect_language(text)
    lap("language")
    load_pipeline(lang)
    lap("model")
    shared_gazetteer().lookup("Lyon")
    lap("gazetteer")
    article = next(iter(analyse([Input(id="cold", text=text, lang=lang)])))
    json_line(article.as_dict())
    lap("first doc")
    print(json.dumps({stage: [round(w, 3), round(c, 3)] for stage, (w, c) in times.items()}))


def whole(path: str, lang: str | None) -> tuple[float, float]:
    """Wall and CPU seconds of `veille extract` on the article in a fresh process."""
    with tempfile.TemporaryDirectory(prefix="veille-cold-") as scratch:
        command = [sys.executable, "-m", "veille.cli", "extract", path, "-o", f"{scratch}/out.jsonl"]
        command += ["--lang", lang] if lang else []
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
        wall = time.perf_counter() - start
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    return wall, cpu


def spread(values: list[float]) -> str:
    if len(values) == 1:
        return f"{values[0]:6.2f}"
    return f"{statistics.median(values):6.2f} ({min(values):.2f}-{max(values):.2f})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--lang", choices=["fr", "en"], help="give the language (no detection)")
    ap.add_argument("--text", help="a plain-text article instead of the bench's own")
    ap.add_argument("--stages", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.stages:
        breakdown(args.stages, args.lang)
        return 0
    with tempfile.TemporaryDirectory(prefix="veille-cold-") as scratch:
        path = args.text or f"{scratch}/article.txt"
        if not args.text:
            Path(path).write_text(ARTICLE, encoding="utf-8")
        walls, cpus = [], []
        stages: dict[str, list[tuple[float, float]]] = {stage: [] for stage in STAGES}
        for _ in range(args.repeat):
            wall, cpu = whole(path, args.lang)
            walls.append(wall)
            cpus.append(cpu)
            command = [sys.executable, __file__, "--stages", path]
            command += ["--lang", args.lang] if args.lang else []
            out = subprocess.run(command, check=True, cwd=ROOT, capture_output=True, text=True).stdout
            for stage, pair in json.loads(out.strip().splitlines()[-1]).items():
                stages[stage].append(pair)
    print(f"{'':10s} {'wall s':>18s} {'CPU s':>18s}")
    for stage, pairs in stages.items():
        print(f"{stage:10s} {spread([w for w, _ in pairs]):>18s} {spread([c for _, c in pairs]):>18s}")
    print(f"{'whole':10s} {spread(walls):>18s} {spread(cpus):>18s}   (veille extract, fresh process; "
          f"target <= {TARGET_S:.0f} s wall)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
