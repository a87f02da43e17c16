"""The command line under hostile input and careless use: whole outputs or none, no formula in the CSV,
no escape sequence on the terminal, no traceback, and the options a user looks for."""
from __future__ import annotations

import ast
import csv
import json
import os
import re
import stat
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from veille.cli import app

from .conftest import EXAMPLE, ROOT

runner = CliRunner()

HOSTILE_TITLE = '=HYPERLINK("http://evil.example","click") \x1b]0;pwned\x07\x1b[2J Protest in Bamako'
HOSTILE = [
    {"id": "bamako-1", "title": HOSTILE_TITLE, "lang": "en", "published": "2021-06-07",
     "text": "Protesters gathered in Bamako, Mali, on Monday to denounce the army. "
             "Police fired tear gas at the crowd."},
    {"id": "de-\x1b[31m1", "text": "Das ist ein deutscher Text über die Stadt Berlin und ihre Geschichte."},
]
TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    """A store with the reference article, an article with a hostile title, and one failure."""
    folder = tmp_path_factory.mktemp("store")
    db = str(folder / "v.db")
    hostile = _jsonl(folder / "hostile.jsonl", HOSTILE)
    result = runner.invoke(app, ["ingest", str(EXAMPLE), str(hostile), "--db", db])
    assert "added 2" in result.output, result.output
    return db


def _no_traceback(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


# item 6: outputs appear whole or not at all


def test_export_with_a_rejected_filter_keeps_the_existing_file(store, tmp_path):
    keep = tmp_path / "keep.jsonl"
    keep.write_text("precious\n", encoding="utf-8")
    result = runner.invoke(app, ["export", "--db", store, "-o", str(keep), "--since", "garbage"])
    assert result.exit_code == 2 and "bad_filter" in result.output
    assert keep.read_text(encoding="utf-8") == "precious\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.jsonl"]  # no temporary file left


def test_extract_with_a_bad_date_keeps_the_existing_file(tmp_path):
    keep = tmp_path / "keep.jsonl"
    keep.write_text("precious\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(EXAMPLE), "--published", "garbage", "-o", str(keep)])
    _no_traceback(result)
    assert result.exit_code == 2 and "bad_date" in result.stderr and len(result.stderr.splitlines()) == 1
    assert keep.read_text(encoding="utf-8") == "precious\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.jsonl"]


def test_atomic_output_replaces_only_on_success_and_keeps_permissions(tmp_path):
    from veille.output import atomic_output

    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    with pytest.raises(RuntimeError):
        with atomic_output(target) as out:
            out.write("half")
            raise RuntimeError("the command failed")
    assert target.read_text(encoding="utf-8") == "old" and os.listdir(tmp_path) == ["out.txt"]
    with atomic_output(target) as out:
        out.write("new")
    assert target.read_text(encoding="utf-8") == "new" and os.listdir(tmp_path) == ["out.txt"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    with atomic_output(link) as out:
        out.write("through the link")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "through the link"


def test_parquet_into_an_existing_folder_replaces_its_tables_and_nothing_else(store, tmp_path):
    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    (folder / "articles.parquet").write_text("stale", encoding="utf-8")
    result = runner.invoke(app, ["export", "--db", store, "-f", "parquet", "-o", str(folder)])
    assert result.exit_code == 0, result.output
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (folder / "articles.parquet").read_bytes()[:4] == b"PAR1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]


# item 11: CSV injection


def test_spreadsheet_safe_neutralises_text_cells_only():
    from veille.corpus.export import spreadsheet_safe

    for cell in ("=1+1", "+33 1", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert spreadsheet_safe(cell) == "'" + cell
    for cell in ("Mossoul", "", "'quoted", -7.97522, -3, 0, None):
        assert spreadsheet_safe(cell) == cell


def test_acled_csv_neutralises_formulas_and_keeps_negative_coordinates(store, tmp_path):
    out = tmp_path / "events.csv"
    assert runner.invoke(app, ["export", "--db", store, "-f", "csv", "-o", str(out)]).exit_code == 0
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    bamako = [r for r in rows if r["country"] == "Mali"]
    assert bamako and all(r["source"] == "'" + HOSTILE_TITLE for r in bamako)
    assert all(float(r["longitude"]) < 0 for r in bamako)
    for r in rows:
        for value in r.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value
            assert not value.startswith("-") or re.fullmatch(r"-\d+(\.\d+)?", value), value


# item 12: no control character reaches a terminal


def test_printable_removes_escape_sequences_controls_and_bidi_overrides():
    from veille.cli.terminal import printable

    assert printable("a\x1b]0;pwned\x07b\x1b[2Jc\x1b[31md\x9b2Je\x1bPq#0\x1b\\f") == "abcdef"
    assert printable("x\x00y\x7fz\x85\u202eevil\u2066\r") == "xyzevil"
    assert printable("Mossoul\n\tDamas é") == "Mossoul\n\tDamas é"


def test_json_lines_keep_the_text_but_escape_what_a_terminal_obeys():
    from veille.cli.terminal import json_line

    text = "t\x1b]0;x\x07 \x9b2J \u202eabc é"
    line = json_line({"title": text})
    assert json.loads(line) == {"title": text}
    assert not TERMINAL_CONTROLS.search(line) and "é" in line


def test_search_stories_and_failures_print_no_control_characters(store):
    for args in (["search", "Bamako"], ["stories", "--min-size", "1"], ["failures"]):
        result = runner.invoke(app, [*args, "--db", store])
        assert result.exit_code == 0, result.output
        assert not TERMINAL_CONTROLS.search(result.output), (args, result.output)
    assert "Protest in Bamako" in runner.invoke(app, ["search", "Bamako", "--db", store]).output
    as_json = runner.invoke(app, ["search", "Bamako", "--db", store, "--json"])
    assert json.loads(as_json.stdout.splitlines()[0])["title"] == HOSTILE_TITLE


def test_fact_sheet_and_error_messages_print_no_control_characters(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", HOSTILE)
    result = runner.invoke(app, ["extract", str(src), "--format", "sheet"])
    assert result.exit_code == 1  # the German article fails
    assert "Protest in Bamako" in result.stdout and "de-1" in result.stderr
    assert not TERMINAL_CONTROLS.search(result.output), result.output


FORBIDDEN_PRINTERS = {"print", "typer.echo", "typer.secho", "click.echo", "click.secho", "sys.stdout.write",
                      "sys.stderr.write", "rich.print"}


def test_every_cli_print_goes_through_the_terminal_helpers():
    """A new print cannot forget to strip control characters: only terminal.py may call a printer."""
    def dotted(node) -> str:
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Attribute):
            return f"{dotted(node.value)}.{node.attr}"
        return ""

    found = []
    for path in (ROOT / "veille" / "cli").glob("*.py"):
        if path.name == "terminal.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and dotted(node.func) in FORBIDDEN_PRINTERS:
                found.append(f"{path.name}:{node.lineno} {dotted(node.func)}")
    assert not found, f"print through say()/say_json() (veille/cli/terminal.py): {found}"


# item 14: a user's error is one line, never a traceback


@pytest.mark.parametrize("args, code, words", [
    (["export", "-o", "/missing/dir/x.csv", "-f", "csv"], 2, "does not exist"),
    (["export", "-o", "{tmp}", "-f", "csv"], 2, "is a folder"),
    (["export", "-o", "{tmp}/file", "-f", "parquet"], 2, "is a file"),
    (["export", "-o", "/dev/full"], 2, "no space left"),
    (["export", "-o", "{tmp}/x.csv", "-f", "xls"], 2, "choose one of"),
    (["export"], 2, "-o"),
    (["extract", str(EXAMPLE), "-o", "/missing/x.jsonl"], 2, "does not exist"),
    (["extract", str(EXAMPLE), "--published", "garbage"], 2, "bad_date"),
    (["ingest", str(EXAMPLE), "--published", "garbage", "--db", "{tmp}/new.db"], 2, "bad_date"),
    (["extract", str(EXAMPLE), "--lang", "de"], 2, "--lang"),
    (["figures", "--plot", "/missing/dir/f.png"], 2, "does not exist"),
])
def test_user_errors_end_in_one_line_without_traceback(store, tmp_path, args, code, words):
    if "/dev/full" in args and not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if args[0] in ("export", "figures"):
        args += ["--db", store]
    result = runner.invoke(app, args)
    _no_traceback(result)
    assert result.exit_code == code, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("veille: ") and words in lines[0], result.stderr


@pytest.mark.parametrize("command", ["search", "stories"])
def test_a_huge_limit_means_all(store, command):
    result = runner.invoke(app, [command, "--db", store, "--limit", "99999999999999999999", "--min-size", "1"]
                           if command == "stories" else [command, "Bamako", "--db", store, "--limit",
                                                         "99999999999999999999"])
    _no_traceback(result)
    assert result.exit_code == 0 and (command == "stories" or "Bamako" in result.stdout)
    assert runner.invoke(app, [command, "--db", store, "--limit", "0"]).exit_code == 2  # not silently 1


# item 16: what a user looks for


def test_version():
    from veille import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"veille {__version__}"


def test_failures_lists_the_store_failures_with_their_errors(store):
    result = runner.invoke(app, ["failures", "--db", store])
    assert result.exit_code == 0
    (line,) = result.stdout.splitlines()
    assert line.startswith("de-1 ") and "unsupported_language" in line and "--lang" in line
    as_json = runner.invoke(app, ["failures", "--db", store, "--json"])
    (row,) = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert row["article_id"] == "de-\x1b[31m1" and row["code"] == "unsupported_language"


def test_extract_on_a_terminal_ends_with_a_summary(tmp_path, monkeypatch):
    monkeypatch.setattr("veille.cli._on_terminal", lambda: True)
    result = runner.invoke(app, ["extract", str(EXAMPLE), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0
    assert result.stderr.splitlines()[-1] == "veille: read 1, analysed 1, failed 0"


def test_count_articles_knows_files_and_lines_cheaply(tmp_path):
    from veille.cli import count_articles

    (tmp_path / "a.txt").write_text("un", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{"text": "z"}', encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.html").write_text("<p>x</p>", encoding="utf-8")
    assert count_articles([str(tmp_path)]) == 5
    assert count_articles([str(tmp_path / "b.jsonl"), str(tmp_path / "none.txt")]) == 4
    assert count_articles([str(tmp_path), "-"]) is None
    (sub / "d.rss").write_text("<rss/>", encoding="utf-8")
    assert count_articles([str(tmp_path)]) is None
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    assert count_articles([str(fifo)]) == 1  # counted, never opened: it would wait forever


def test_ingest_passes_lang_and_its_total_on_a_terminal(tmp_path, monkeypatch):
    seen = {}

    def fake_ingest(paths, db, settings, workers, **options):
        seen.update(options)
        return {"read": 0, "added": 0, "skipped": 0, "copies": 0, "failed": 0}

    monkeypatch.setattr("veille.process.ingest", fake_ingest)
    monkeypatch.setattr("veille.cli._on_terminal", lambda: True)
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n', encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "b.jsonl"), "--lang", "en", "--db",
                                 str(tmp_path / "v.db")])
    assert result.exit_code == 0, result.output
    assert seen["total"] == 2 and seen["lang"] == "en"


def test_lang_option_sets_the_language_of_plain_text(tmp_path):
    from veille.ingest import read_paths

    txt = tmp_path / "a.txt"
    txt.write_text("Protesters gathered in Bamako on Monday.", encoding="utf-8")
    (item,) = read_paths([str(txt)], lang="FR")
    assert item.lang == "fr"
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(txt), "--lang", "fr", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["lang"] == "fr"


def test_export_writes_nowhere_without_output(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["export", "--db", store])
    assert result.exit_code == 2 and "-o" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_unsupported_language_message_tells_how_to_give_the_language():
    from veille.errors import unsupported_language

    message = unsupported_language("de").message
    assert "--lang" in message and "'lang'" in message


def _readme_section(title: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_readme_lists_every_option_of_every_command():
    """Each command's line in the README's 'Command line' block names every option its --help shows."""
    command_line = _readme_section("Command line")
    block = command_line.split("```")[1]
    filters = re.search(r"FILTERS, the same.*?\n\n", _readme_section("A corpus"), re.S).group()
    group = typer.main.get_command(app)
    entries = {}
    for line in block.splitlines():
        m = re.match(r"veille (\S+)", line)
        if m:
            name = m.group(1)
            entries[name] = ""
        if line.strip():
            entries[name] += line + "\n"
    missing = []
    for name, command in group.commands.items():
        text = entries.get(name, "")
        if "[FILTERS]" in text:
            text += filters
        words = set(re.findall(r"(?<![\w-])--?[a-z][a-z-]*", text))
        for param in command.params:
            for opt in [*param.opts, *param.secondary_opts]:
                if opt.startswith("--") and opt != "--help" and opt not in words:
                    missing.append(f"{name} {opt}")
                if not opt.startswith("--") and opt.startswith("-") and f"`{opt}`" not in command_line:
                    missing.append(f"{name} {opt} (short form)")
    for param in group.params:
        for opt in param.opts:
            if opt != "--help" and opt not in entries.get(opt, ""):
                missing.append(f"veille {opt}")
    assert not missing, f"the README's command line omits: {missing}"
