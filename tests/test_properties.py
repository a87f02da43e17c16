"""Properties that hold for any text at all (issue 14's checks): no exception escapes the analysis, every
output is strict JSON, every span indexes the text. Bounded so that ``make test`` stays fast."""
from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.ingest import IngestFailure, read_paths
from veille.schemas import Input

# news words the extractors react to, so that random text reaches their rules and not only the tokenizer
NEWS = ["Le colonel John Dorrian, porte-parole de la coalition, a déclaré jeudi", "à Mossoul (Irak)",
        "environ 4000 soldats", "entre 3000 et 4000 combattants", "« Nous avançons », a-t-il dit.",
        "selon l'AFP,", "Des hommes armés ont tué trois soldats lundi à Niamey.", "il y a une semaine",
        "The spokesman said on Tuesday that 12 people were killed in Kabul.", "plus de 400", "\n\n",
        "d'ici la fin de l'année 2016", "1,5 million d'euros", "M. Macron", "9" * 320, "−", "«", "»"]

# every code point: controls, format characters and lone surrogates (which hypothesis leaves out unless asked)
any_char = st.characters(codec=None) | st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
# what broke veille before: lone surrogates, escape sequences, NUL, bidi overrides, huge numbers
ODD = ["\ud800", "x\udfffy", "\x1b]0;titre\x07\x1b[2J", "\x00", "\u202eevil", "\x14", "\ufeff", "1e400"]
texts = st.lists(st.one_of(st.text(any_char, max_size=60), st.sampled_from(NEWS), st.sampled_from(ODD)),
                 max_size=40).map(" ".join)
long_texts = st.tuples(st.sampled_from(NEWS[:8]), st.integers(200, 2000)).map(lambda t: (t[0] + " ") * (
    20_000 // (len(t[0]) + 1)) if t[1] > 1000 else (t[0] + " ") * (t[1] // 10))


def _spans(value, text_len: int, where: str = "") -> None:
    """Every [start, end] pair under a key that holds spans lies within the text."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k in ("span", "sentence") and v is not None:
                _check_span(v, text_len, f"{where}.{k}")
            elif k == "mentions":  # an entity's or place's are spans; an event's are {span, text}
                for mention in v:
                    _check_span(mention["span"] if isinstance(mention, dict) else mention, text_len,
                                f"{where}.mentions")
            else:
                _spans(v, text_len, f"{where}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _spans(v, text_len, f"{where}[{i}]")


def _check_span(span, text_len: int, where: str) -> None:
    assert isinstance(span, list) and len(span) == 2, where
    start, end = span
    assert isinstance(start, int) and isinstance(end, int), where
    assert 0 <= start <= end <= text_len, (where, span, text_len)


def _strict(name):
    raise AssertionError(f"{name} is not JSON")


def _check_output(article, text: str) -> None:
    line = json.dumps(article.as_dict(), ensure_ascii=False, allow_nan=False)
    line.encode("utf-8")  # no lone surrogate left
    record = json.loads(line, parse_constant=_strict)
    assert len(record["text"]) == len(text)
    _spans({k: record[k] for k in ("entities", "places", "times", "quantities", "statements", "events")},
           len(record["text"]))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(texts, long_texts), lang=st.sampled_from(["fr", "en", None]),
       published=st.sampled_from([None, "2016", "2016-09", "2016-09-08"]))
def test_any_text_gives_an_article_with_strict_json_and_valid_spans(text, lang, published):
    from veille.process import analyse

    (article,) = analyse([Input(id="p", text=text, lang=lang, published=published)])
    if article.error:  # a refusal (no language found...) is an answer, not a crash
        assert article.error["code"] != "processing_failed", article.error
    _check_output(article, text)


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(st.binary(max_size=80) | st.text(any_char, max_size=40).map(
    lambda t: json.dumps({"text": t}).encode()), max_size=6))
def test_any_bytes_on_stdin_give_one_record_per_nonblank_line(lines):
    data = b"\n".join(lines) + b"\n"
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape")
    items = list(read_paths(["-"], stdin=stdin))
    assert all(isinstance(i, (Input, IngestFailure)) for i in items)
    assert len(items) <= len(data.split(b"\n"))
    for item in items:
        (item.text if isinstance(item, Input) else item.error.message).encode("utf-8")
