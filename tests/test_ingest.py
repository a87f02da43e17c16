"""Reading every input form, and a clear per-article error for every kind of bad input."""
from __future__ import annotations

import io
import json

import pytest

from veille.errors import BadDate, UnsupportedLanguage
from veille.ingest import IngestFailure, read_paths, read_text_article
from veille.ingest.decode import decode_bytes
from veille.ingest.language import detect_language
from veille.settings import Settings

from .conftest import EXAMPLE


def test_ingest_wire_format_gives_date_title_and_text():
    item = next(read_paths([str(EXAMPLE)]))
    assert item.published == "2016-09"
    assert item.title.startswith("AVANT L'ASSAUT")
    assert item.text.startswith(item.title + "\n\nPlus de 400 militaires")


def test_ingest_plain_text_has_no_date_unless_given(tmp_path):
    f = tmp_path / "note.txt"
    f.write_text("Des combats ont eu lieu à Mossoul.\n", encoding="utf-8")
    assert next(read_paths([str(f)])).published is None
    assert next(read_paths([str(f)], published="2016-09-08")).published == "2016-09-08"


@pytest.mark.parametrize("raw, text", [
    ("\ufeffÉté à Paris".encode("utf-8"), "Été à Paris"),
    ("Été à Paris, «\u00a0déjà\u00a0» – 5 €".encode("cp1252"), "Été à Paris, «\u00a0déjà\u00a0» – 5 €"),
    (b"ligne un\r\nligne deux", "ligne un\nligne deux"),
    ("E\u0301te\u0301".encode("utf-8"), "Été"),  # decomposed accents become NFC
])
def test_decode_utf8_bom_cp1252_crlf_nfc(raw, text):
    assert decode_bytes(raw)[0] == text


def test_ingest_jsonl_aliases_and_order(tmp_path):
    f = tmp_path / "a.jsonl"
    rows = [{"id": "x", "article": "Texte un.", "date": "2020-01-02", "lang": "fr"},
            {"id": "y", "body": "Text two.", "published": None, "title": "T", "lang": "en"}]
    f.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    items = list(read_paths([str(f)]))
    assert [(i.id, i.text, i.published, i.lang) for i in items] == [
        ("x", "Texte un.", "2020-01-02", "fr"), ("y", "Text two.", None, "en")]


def test_ingest_directory_recursive_and_stdin(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Un texte.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Another text.", encoding="utf-8")
    assert sorted(i.id for i in read_paths([str(tmp_path)])) == ["a", "b"]
    stdin = io.StringIO(json.dumps({"id": "s", "text": "Bonjour."}) + "\n")
    assert [i.id for i in read_paths(["-"], stdin=stdin)] == ["s"]


def test_bad_inputs_fail_one_by_one_and_the_rest_is_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 64)
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)
    (tmp_path / "lines.jsonl").write_text(
        '{"id": "ok1", "text": "Bonjour."}\n{broken\n["not", "an", "object"]\n'
        '{"id": "nodate", "text": "x", "published": "hier"}\n{"id": "ok2", "text": "Salut."}\n',
        encoding="utf-8")
    (tmp_path / "good.txt").write_text("Un bon article.", encoding="utf-8")
    out = list(read_paths([str(tmp_path), str(tmp_path / "missing.txt")], Settings()))
    failures = {f.id: f.error.code for f in out if isinstance(f, IngestFailure)}
    read = {i.id for i in out if not isinstance(i, IngestFailure)}
    assert read == {"ok1", "ok2", "good"}
    assert failures == {"big": "input_too_large", "binary": "binary_input", "empty": "empty_input",
                        "lines:2": "bad_json_line", "lines:3": "bad_json_line", "nodate": "bad_date",
                        "missing": "input_not_found"}
    for f in out:
        if isinstance(f, IngestFailure):
            assert len(f.error.message) > 20  # says what to do, not just what broke


def test_language_detection_and_refusal():
    assert detect_language("Les forces irakiennes préparent une offensive sur Mossoul, a indiqué jeudi "
                           "un porte-parole de la coalition.") == "fr"
    assert detect_language("Iraqi forces are preparing an offensive on Mosul, a coalition spokesman said "
                           "on Thursday.") == "en"
    with pytest.raises(UnsupportedLanguage):
        detect_language("Die irakischen Streitkräfte bereiten eine Offensive auf Mossul vor, sagte ein "
                        "Sprecher der Koalition am Donnerstag.")


def test_read_text_article_rejects_bad_date_in_jsonl(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_text('{"id": "a", "text": "x", "published": "2016-13"}\n', encoding="utf-8")
    (item,) = read_paths([str(f)])
    assert isinstance(item, IngestFailure) and isinstance(item.error, BadDate)
    assert read_text_article("date 2016-09-08 TITRE\n\nCorps.", "a").published == "2016-09-08"
