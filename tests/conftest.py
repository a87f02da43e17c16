"""Shared fixtures: the models and the place index are loaded once per session.

Tests run at two speeds: the unit tests of each stage on small documents (`make test-fast`, that is
`pytest -m "not slow"`), and the end-to-end files below, marked `slow` here by file (`make test` runs both).
"""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "fr-2016-09-mossoul-renforts.txt"
SHARED = ROOT.parent / "shared"

# whole commands and processes: the CLI, real processes side by side or killed, the figures on the dev sets
END_TO_END = {"test_cli.py", "test_cli_safety.py", "test_input_safety.py", "test_process.py",
              "test_resume.py", "test_store_safety.py", "test_figures.py"}


def pytest_collection_modifyitems(items):
    for item in items:
        if item.path.name in END_TO_END:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def example_article():
    from veille.ingest import read_paths
    from veille.process import analyse

    return next(iter(analyse(read_paths([str(EXAMPLE)]))))


@pytest.fixture(scope="session")
def gazetteer():
    from veille.geo.gazetteer import shared_gazetteer

    return shared_gazetteer()


@pytest.fixture(scope="session")
def analyse_text():
    from veille.process import extract

    def run(text: str, lang: str, published: str | None = None):
        return extract(text, lang=lang, published=published)

    return run


@pytest.fixture
def rules_off(monkeypatch):
    """Switch off the named rules (``VEILLE_RULES_OFF``) for the rest of a test."""
    def switch(*names: str) -> None:
        monkeypatch.setenv("VEILLE_RULES_OFF", ",".join(names))
    return switch


def shared_file(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared is only beside a development checkout)")
    return path
