"""Layers import downwards only; no private name crosses modules; only the store runs SQL on it.

The stages run ingest -> nlp -> extractors -> store -> corpus (and process, which runs the stages, and
batch, which runs process on a Dask cluster) ->
evaluate, cli, the HTTP API (api) and the package's public API; a module may import from its own stage
or the ones before it. The foundations (checks, errors, settings, schemas, records, data, output, the
page's files in web), the language packs
(nlp/lang: tables and patterns, no spaCy) and the geo service may be imported by any stage, and
import only each other. Read from the source with ``ast``: nothing is
imported, so an import made inside a function, or by ``import_module("veille...")``, counts too.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "veille"
FOUNDATIONS = ("checks", "errors", "settings", "schemas", "records", "data", "output", "nlp.lang", "geo",
               "web")
STAGES = (("ingest",), ("nlp",), ("extractors",), ("store",), ("process", "corpus", "batch"),
          ("evaluate", "cli", "api", "__init__"))
RANK = {part: 0 for part in FOUNDATIONS} | {part: rank for rank, parts in enumerate(STAGES, 1)
                                             for part in parts}


def module_name(path: Path) -> str:
    """``veille/corpus/search.py`` -> ``veille.corpus.search``; a package is named by its folder."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def part_of(module: str) -> str:
    """The layer a module belongs to: a declared package (``nlp.lang``), else the first name under
    veille (``__init__`` for veille itself)."""
    under = module.split(".")[1:]
    declared = [part for part in RANK if part.split(".") == under[:part.count(".") + 1]]
    return max(declared, key=len) if declared else (under[0] if under else "__init__")


def _is_module(name: str) -> bool:
    path = PACKAGE.parent / name.replace(".", "/")
    return path.is_dir() or path.with_suffix(".py").is_file()


def _imported(tree: ast.Module, module: str, is_package: bool) -> list[tuple[int, str, list[str]]]:
    """(line, module imported, names taken from it) of every import of a veille module."""
    package = module if is_package else module.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [alias.name for alias in node.names]
            if target == "veille" or (not node.module and node.level):
                # "from . import x": x may be a module of that package
                for name in names:
                    submodule = f"{target}.{name}"
                    found.append((node.lineno, submodule if _is_module(submodule) else target, [name]))
                continue
            found.append((node.lineno, target, names))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name, []) for alias in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) \
                == "import_module" and node.args:
            first = node.args[0]
            text = first.value if isinstance(first, ast.Constant) else (
                first.values[0].value if isinstance(first, ast.JoinedStr) and first.values
                and isinstance(first.values[0], ast.Constant) else "")
            if isinstance(text, str) and text.startswith("veille."):
                found.append((node.lineno, text.rstrip("."), []))
    return [(line, target, names) for line, target, names in found
            if target == "veille" or target.startswith("veille.")]


def violations(module: str, source: str, is_package: bool = False) -> list[str]:
    """What in ``source`` (the text of ``module``) imports upwards, or a private name of another module."""
    tree = ast.parse(source)
    rank = RANK.get(part_of(module))
    if rank is None:
        return [f"{module}: its layer {part_of(module)!r} is not declared: add it to tests/test_layers.py"]
    out = []
    for line, target, names in _imported(tree, module, is_package):
        target_rank = RANK.get(part_of(target))
        if target_rank is not None and target_rank > rank:
            out.append(f"{module}:{line} imports {target} ({part_of(target)}), a later layer than "
                       f"{part_of(module)}")
        private = [n for n in names if n.startswith("_") and not n.startswith("__")]
        if private and target != module:
            out.append(f"{module}:{line} imports the private {', '.join(private)} of {target}")
    return out


def test_the_layers_import_downwards_only_and_no_private_name_crosses_a_module():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found += violations(module_name(path), path.read_text(encoding="utf-8"), path.name == "__init__.py")
    assert not found, "\n".join(found)


def test_only_the_store_touches_a_store_connection():
    """Corpus, CLI and evaluation ask the store through its methods; they never run SQL on ``db.con``."""
    found = sorted((module_name(path), node.lineno)
                   for path in PACKAGE.rglob("*.py") if part_of(module_name(path)) != "store"
                   for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                   if isinstance(node, ast.Attribute) and node.attr == "con")
    assert not found, "\n".join(f"{module}:{line} uses .con" for module, line in found)


@pytest.mark.parametrize(("module", "is_package", "source", "expected"), [
    ("veille.store", True, "from ..corpus.dedup import fold", "imports veille.corpus.dedup (corpus)"),
    ("veille.nlp", True, "import importlib\nimportlib.import_module('veille.extractors.components')",
     "imports veille.extractors.components (extractors)"),
    ("veille.geo.gazetteer", False, "def f():\n    from ..nlp import load_model", "imports veille.nlp (nlp)"),
    ("veille.evaluate", False, "from .ingest.readers import _from_json", "imports the private _from_json"),
])
def test_an_upward_import_or_a_private_name_is_named(module, is_package, source, expected):
    (found,) = violations(module, source, is_package)
    assert found.startswith(f"{module}:") and expected in found


@pytest.mark.parametrize(("module", "source"), [
    ("veille.corpus.search", "from ..store.dedup import fold\nfrom ..geo.names import name_key"),
    ("veille.extractors.times", "import_module(f'veille.nlp.lang.{lang}.times')"),
    ("veille.cli", "from .. import __version__\nfrom .terminal import say"),
    ("veille.store", "from .migrations import MIGRATIONS\nfrom ..errors import NotAStore"),
    ("veille.data", "from ..nlp.lang import language_pack"),
])
def test_a_downward_import_passes(module, source):
    assert violations(module, source, is_package=True) == []
