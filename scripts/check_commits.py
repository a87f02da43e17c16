"""List the commits whose subject is longer than 72 characters, before pushing them.

    python scripts/check_commits.py REF          # the commits of REF..HEAD
    python scripts/check_commits.py A..B         # any git revision range
    python scripts/check_commits.py              # the commits not yet on the branch's upstream

Prints one line per long subject (short hash, length, subject) and exits 1 when there is any, 0
otherwise. Figures and details belong in the commit's body. History is not rewritten here: mend a
subject with `git rebase -i` before the commit is pushed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

LIMIT = 72


def git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], capture_output=True, text=True)


def revision_range(given: str | None) -> str:
    """The range to read: REF..HEAD for a single ref, the range itself, or the upstream's."""
    if given:
        return given if ".." in given else f"{given}..HEAD"
    if git("rev-parse", "--abbrev-ref", "@{upstream}").returncode != 0:
        sys.exit("this branch has no upstream: name the ref the commits start after (e.g. origin/main)")
    return "@{upstream}..HEAD"


def long_subjects(revisions: str, limit: int = LIMIT) -> list[tuple[str, str]]:
    """(short hash, subject) of each commit of the range whose subject is longer than ``limit``."""
    done = git("log", "--format=%h%x00%s", revisions)
    if done.returncode != 0:
        sys.exit(f"git log {revisions}: {done.stderr.strip()}")
    commits = [line.split("\0", 1) for line in done.stdout.splitlines() if line]
    return [(sha, subject) for sha, subject in commits if len(subject) > limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revisions", nargs="?", help="a ref (its commits up to HEAD) or a range A..B")
    parser.add_argument("--limit", type=int, default=LIMIT, help=f"longest subject allowed (default {LIMIT})")
    args = parser.parse_args(argv)
    found = long_subjects(revision_range(args.revisions), args.limit)
    for sha, subject in found:
        print(f"{sha} {len(subject):4d}  {subject}")
    if found:
        print(f"{len(found)} subject(s) over {args.limit} characters", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
