"""Bad input costs the article that holds it, never the batch: surrogates, broken bytes, huge numbers,
special files, impossible dates, wrong argument types (issue 14, items 1-4, 8, 10, 13)."""
from __future__ import annotations

import io
import json
import math
import os
import subprocess
import sys
import threading

import pytest

from veille.errors import BadArgument, BadDate, InputNotRegular, VeilleError
from veille.ingest import IngestFailure, read_paths
from veille.schemas import Input
from veille.store import content_hash

from .conftest import ROOT

VEILLE = [sys.executable, "-m", "veille.cli"]


def _lines(*rows) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in rows)


# -- 1. lone surrogates ------------------------------------------------------------------------------

def test_a_lone_surrogate_is_replaced_at_the_input_boundary():
    item = Input(id="a\ud800", text="Texte \ud800 fin.", title="T\udfff")
    assert item.text == "Texte \ufffd fin." and item.title == "T\ufffd" and item.id == "a\ufffd"
    assert len(item.text) == len("Texte \ud800 fin.")  # offsets keep their meaning
    content_hash(item.text, None)  # encodable now


def test_a_surrogate_in_a_json_line_costs_nothing(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_bytes(_lines({"id": "ok1", "text": "Bonjour."}, b'{"id": "bad", "text": "x \\ud800 y"}',
                         {"id": "ok2", "text": "Au revoir."}))
    items = list(read_paths([str(f)]))
    assert [i.id for i in items] == ["ok1", "bad", "ok2"]
    assert all(isinstance(i, Input) for i in items)
    assert items[1].text == "x \ufffd y"


def test_extract_cli_survives_surrogates_on_stdin_and_prints_strict_json():
    data = _lines({"id": "a", "text": "Des combats \ud800 ont eu lieu à Mossoul.", "lang": "fr"},
                  {"id": "b", "text": "Les forces irakiennes avancent vers Mossoul.", "lang": "fr"})
    run = subprocess.run([*VEILLE, "extract", "-", "--format", "jsonl"], input=data, capture_output=True,
                         cwd=ROOT, timeout=300)
    lines = run.stdout.decode("utf-8").splitlines()
    records = [json.loads(line, parse_constant=_no_constant) for line in lines]
    assert [r["id"] for r in records] == ["a", "b"]
    assert "Traceback" not in run.stderr.decode("utf-8", "replace")


def _no_constant(name):
    raise AssertionError(f"{name} is not JSON")


# -- 2. invalid UTF-8 costs one line ------------------------------------------------------------------

def test_invalid_utf8_in_one_jsonl_line_costs_that_line_alone(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_bytes(_lines({"id": "ok1", "text": "Bonjour."}, b'{"id": "bad", "text": "caf\xe9"}',
                         {"id": "ok2", "text": "Au revoir."}))
    items = list(read_paths([str(f)]))
    assert [i.id for i in items if isinstance(i, Input)] == ["ok1", "ok2"]
    (bad,) = [i for i in items if isinstance(i, IngestFailure)]
    assert bad.error.code == "bad_json_line" and ":2" in bad.id and "UTF-8" in bad.error.message


def test_invalid_utf8_on_binary_stdin_costs_that_line_alone():
    stdin = io.TextIOWrapper(io.BytesIO(_lines({"id": "ok", "text": "Bonjour."}, b'{"text": "\xff"}')),
                             encoding="utf-8", errors="surrogateescape")
    items = list(read_paths(["-"], stdin=stdin))
    assert isinstance(items[0], Input) and isinstance(items[1], IngestFailure)


# -- 3. the public API does not share a name with a subpackage ---------------------------------------

def test_veille_extract_can_be_called_twice_in_a_fresh_interpreter():
    code = ("import veille\n"
            "a = veille.extract('Les forces irakiennes avancent vers Mossoul.', lang='fr')\n"
            "b = veille.extract('Iraqi forces advance on Mosul.', lang='en')\n"
            "print(a.lang, b.lang)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split() == ["fr", "en"]


# -- 4. no NaN or Infinity ever leaves veille --------------------------------------------------------

def test_a_number_too_large_to_hold_is_not_a_quantity(analyse_text):
    huge = "9" * 400
    a = analyse_text(f"Le bilan fait état de {huge} morts dans l'attaque de Mossoul, selon la police.", "fr",
                     "2016-09-08")
    line = json.dumps(a.as_dict(), allow_nan=False)  # strict JSON
    assert huge not in {q["text"] for q in a.as_dict()["quantities"]}
    assert all(e.fatalities is None or math.isfinite(e.fatalities) for e in a.events)
    assert line


def test_article_json_has_no_nan_even_when_a_record_holds_one():
    from veille.records import Quantity
    from veille.schemas import Article

    a = Article(id="x", lang="fr", published=None, title=None, text="t",
                quantities=[Quantity.from_dict({"id": "q1", "span": [0, 1], "text": "t",
                                                "value": float("inf"), "low": float("nan"), "high": 3.0,
                                                "approx": "exact"})])
    d = a.as_dict()
    json.dumps(d, allow_nan=False)
    assert d["quantities"][0]["value"] is None and d["quantities"][0]["high"] == 3.0


# -- 8. special files and empty directories ----------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_among_the_inputs_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    ok = tmp_path / "ok.txt"
    ok.write_text("Un texte.", encoding="utf-8")
    result: list = []
    reader = threading.Thread(target=lambda: result.extend(read_paths([str(fifo), str(ok)])), daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # unblock the reader so that the test run can end
        with open(fifo, "w"):
            pass
        pytest.fail("reading a FIFO hung")
    assert isinstance(result[0], IngestFailure) and result[0].error.code == InputNotRegular.code
    assert isinstance(result[1], Input)


def test_a_directory_with_nothing_readable_says_so(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    items = list(read_paths([str(tmp_path)]))
    assert len(items) == 1 and isinstance(items[0], IngestFailure)
    assert "no article" in items[0].error.message


def test_an_unreadable_file_is_a_per_article_error(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    f = tmp_path / "secret.txt"
    f.write_text("Un texte.", encoding="utf-8")
    f.chmod(0)
    (item,) = read_paths([str(f)])
    assert isinstance(item, IngestFailure)


# -- 10. one validation of published, lang and argument types ----------------------------------------

@pytest.mark.parametrize("bad", ["2016-02-30", "2016-13-45", "garbage", "2016-9", "0000", "2016-00"])
def test_impossible_dates_are_refused_everywhere(bad, tmp_path):
    with pytest.raises(BadDate):
        Input(id="a", text="Texte.", published=bad)
    f = tmp_path / "a.jsonl"
    f.write_bytes(_lines({"id": "a", "text": "Texte.", "published": bad}))
    (item,) = read_paths([str(f)])
    assert isinstance(item, IngestFailure) and item.error.code == "bad_date"
    with pytest.raises(BadDate):
        list(read_paths([str(f)], published=bad))


def test_good_dates_and_timestamps_are_kept():
    assert Input(id="a", text="t", published="2016-02-29").published == "2016-02-29"
    assert Input(id="a", text="t", published="2016-09-08T10:00:00Z").published == "2016-09-08"
    assert Input(id="a", text="t", published=" 2016-09 ").published == "2016-09"


def test_lang_is_read_whatever_its_case():
    assert Input(id="a", text="t", lang="FR").lang == "fr"
    assert Input(id="a", text="t", lang=" En ").lang == "en"


@pytest.mark.parametrize("text", [None, b"Bonjour", 42, ["a"]])
def test_extract_refuses_what_is_not_text_with_a_catalogued_error(text):
    import veille

    with pytest.raises(BadArgument) as info:
        veille.extract(text, lang="fr")
    assert isinstance(info.value, (TypeError, VeilleError))
    assert "str" in str(info.value)


def test_extract_refuses_a_bad_date_before_analysis():
    import veille

    with pytest.raises(BadDate):
        veille.extract("Texte.", lang="fr", published="2016-02-30")


def test_the_length_limit_is_one_clear_error(monkeypatch):
    from veille.process import analyse
    from veille.settings import Settings

    text = "Les forces irakiennes avancent vers Mossoul. " * 30
    (article,) = analyse([Input(id="long", text=text, lang="fr")], Settings(max_chars=500))
    assert article.error["code"] == "input_too_large"
    assert "VEILLE_MAX_CHARS" in article.error["message"]


def test_the_pipeline_never_refuses_what_veille_accepts():
    from veille.extractors.pipeline import load_pipeline
    from veille.settings import Settings

    assert load_pipeline("fr").max_length > Settings().max_chars


# -- 13. names without control characters ------------------------------------------------------------

def test_names_hold_no_control_characters(analyse_text):
    a = analyse_text("L'Agence du \x14 médicament a publié un rapport jeudi à Paris. "
                     "Le ministre Jean \x1bDupont a réagi.", "fr", "2020-01-02")
    for name in [e.name for e in a.entities] + [p.name for p in a.places] + \
            [r for e in a.entities for r in e.roles]:
        assert not any(ord(c) < 32 or 0x7f <= ord(c) < 0xa0 for c in name), name


def test_a_bad_setting_is_one_line_not_a_traceback(tmp_path):
    env = {**os.environ, "VEILLE_MAX_CHARS": "beaucoup"}
    run = subprocess.run([*VEILLE, "extract", "-", "-f", "jsonl"], input=b"", capture_output=True, cwd=ROOT,
                         env=env, timeout=120)
    err = run.stderr.decode()
    assert run.returncode == 2 and "bad_setting" in err and "Traceback" not in err


def test_ingest_with_a_bad_option_leaves_no_store_behind(tmp_path):
    db = tmp_path / "new.db"
    for option in (["--published", "garbage"], ["--lang", "xx"]):
        run = subprocess.run([*VEILLE, "ingest", str(ROOT / "examples"), "--db", str(db), *option],
                             capture_output=True, cwd=ROOT, timeout=120)
        assert run.returncode == 2 and not db.exists()


def test_when_detection_cannot_answer_the_message_says_how_to_give_the_language():
    from veille.errors import UnsupportedLanguage
    from veille.ingest.language import detect_language

    with pytest.raises(UnsupportedLanguage) as info:
        detect_language("12 34 ?!")
    assert "--lang" in info.value.message and "lang=" in info.value.message
