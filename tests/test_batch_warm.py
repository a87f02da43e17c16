"""`veille batch`'s worker warm-up: the sample article taken from the job, and the plugin that loads a
worker's pipeline with it and never fails the job."""
from __future__ import annotations

import asyncio
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from veille.batch import plan as planning
from veille.batch.warm import WarmUp, sample_article
from veille.schemas import Input
from veille.settings import Settings


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_the_sample_is_the_first_article_that_can_be_read(tmp_path):
    rows = [{"id": "blank", "text": "   "}, "not an object", {"id": "a2", "text": "Le maire a parlé jeudi.",
                                                               "lang": "fr"}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join((json.dumps(r) if isinstance(r, dict) else r) + "\n" for r in rows),
                    encoding="utf-8")
    parts = planning.plan([str(path)], 1)
    sample = sample_article(parts, Settings(), None, None)
    assert sample is not None and sample.id == "a2" and sample.lang == "fr"


def test_a_job_of_failures_alone_has_no_sample(tmp_path):
    path = _jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ""}, {"id": "b", "text": " "}])
    assert sample_article(planning.plan([str(path)], 1), Settings(), None, None) is None


@pytest.mark.slow
def test_the_warm_up_loads_the_pipeline_and_leaves_the_sample_as_it_was():
    from veille.extractors.pipeline import load_pipeline

    sample = Input(id="w1", text="La police a arrêté deux hommes mardi à Lyon, a indiqué la préfecture.")
    asyncio.run(WarmUp(sample, Settings()).setup(SimpleNamespace(address="here")))
    assert sample.lang is None  # the language was detected on a copy
    before = load_pipeline.cache_info()
    load_pipeline("fr")
    assert load_pipeline.cache_info().hits == before.hits + 1  # already loaded: not loaded again


def test_a_warm_up_that_fails_does_not_fail_the_worker(monkeypatch, caplog):
    import veille.batch.warm as warm

    def broken(sample, settings):
        raise OSError("no model here")

    monkeypatch.setattr(warm, "warm_up", broken)
    asyncio.run(WarmUp(Input(id="w2", text="Un texte."), Settings()).setup(SimpleNamespace(address="w")))
    assert "warm-up of worker w failed: OSError: no model here" in caplog.text
