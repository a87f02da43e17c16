"""The pipeline: factories registered on a cold import, order kept across workers."""
from __future__ import annotations

import subprocess
import sys

from veille.process import analyse
from veille.schemas import Input


def test_load_pipeline_from_a_cold_interpreter_has_veille_components():
    code = "from veille.extractors.pipeline import load_pipeline; print(load_pipeline('en').pipe_names)"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert "veille_entities" in out and "veille_places" in out


def test_analyse_keeps_input_order_with_two_workers():
    texts = ["Des frappes ont visé Alep jeudi.", "Protesters gathered in Boston on Monday.",
             "Le président s'est rendu à Lyon.", "Flooding hit Houston, Texas."]
    items = [Input(id=str(i), text=t) for i, t in enumerate(texts)]
    from veille.settings import Settings

    out = list(analyse(items, Settings(batch_size=1), workers=2))
    assert [a.id for a in out] == ["0", "1", "2", "3"]
    assert [a.lang for a in out] == ["fr", "en", "fr", "en"]
    assert any(p.country == "US" for p in out[3].places)
