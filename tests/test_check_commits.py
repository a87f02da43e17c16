"""scripts/check_commits.py names the commits whose subject is over 72 characters."""
from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT

SCRIPT = ROOT / "scripts" / "check_commits.py"


def commit(repo, subject: str) -> None:
    subprocess.run(["git", "-C", str(repo), "commit", "-q", "--allow-empty", "-m", subject, "-m", "body"],
                   check=True)


def test_lists_long_subjects_after_the_ref(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    for key, value in (("user.name", "t"), ("user.email", "t@example.org")):
        subprocess.run(["git", "-C", str(tmp_path), "config", key, value], check=True)
    commit(tmp_path, "base " + "x" * 80)
    subprocess.run(["git", "-C", str(tmp_path), "tag", "start"], check=True)
    commit(tmp_path, "Short: fits")
    commit(tmp_path, "y" * 72)
    commit(tmp_path, "Long: " + "z" * 67)

    def run(*args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, str(SCRIPT), *args]
        return subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)

    found = run("start")
    assert found.returncode == 1
    assert found.stdout.splitlines()[0].split()[1:] == ["73", "Long:", "z" * 67]
    assert len(found.stdout.splitlines()) == 1  # 72 characters is allowed; the base is before the ref
    assert run("HEAD~2..HEAD~1").returncode == 0
    assert run("start", "--limit", "73").returncode == 0
    assert "no upstream" in run().stderr
