"""The layers point one way: read -> tag -> place -> merge -> render -> publish.

A module may use its own layer and the layers below it, never one above: the
store and the engine sit beside extraction (below merge), the shared values
(articles, files, settings, the names of formats) below everything, and the
commands on top. Reading files is below tagging; dating the documents and
making them articles (``timeline.articles``) reads the text with the tagger,
so it sits with the per-article pipeline. The engine runs extraction and, on
Dask, each day's merge on its workers: it sits with merge, below rendering.
Two checks:

- importing a module in a fresh interpreter loads no module of a higher layer
  (what a user of that layer really pays: ``timeline.publish.files`` without
  the renderers and their nh3);
- no file of a layer imports a higher layer anywhere, imports inside functions
  included (those a fresh import does not see).
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "timeline"

#: layer rank of a module, by its longest matching prefix; modules not listed (the
#: package's entry points, the public API, evaluation, samples) are not ranked
RANKS = {
    # below everything: plain values and files
    "timeline.model": 0, "timeline.values": 0, "timeline.text": 0, "timeline.data": 0, "timeline.formats": 0,
    "timeline.io": 0, "timeline.manifest": 0, "timeline.dbfile": 0, "timeline.resources": 0,
    "timeline.issue": 0, "timeline.config": 0,
    "timeline.readers": 1,                                   # read
    "timeline.temporal": 2, "timeline.dating": 2,            # tag
    "timeline.events": 3, "timeline.pipeline": 3,            # place (pipeline: tag + place, one article)
    "timeline.articles": 3,                                  # documents dated with the tagger: articles
    "timeline.store": 3,                                     # beside extraction
    "timeline.merge": 4, "timeline.engine": 4,               # the engine runs extraction and the days' merge
    "timeline.render": 5,
    "timeline.publish": 6,
    "timeline.commands": 7,
}
LAYERS = ("timeline.readers", "timeline.temporal", "timeline.dating", "timeline.events", "timeline.pipeline",
          "timeline.articles", "timeline.store", "timeline.engine", "timeline.merge", "timeline.render", "timeline.publish",
          "timeline.commands")


def rank(module: str) -> int | None:
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        found = RANKS.get(".".join(parts[:n]))
        if found is not None:
            return found
    return None


def above(module: str) -> list[str]:
    """The layer packages above ``module``'s."""
    own = rank(module)
    return [name for name in LAYERS if RANKS[name] > own]


def _alone(module: str, forbidden: list[str] | None = None):
    """A case: ``module`` imported alone must load none of ``forbidden`` (the layers above its own)."""
    return pytest.param(module, forbidden if forbidden is not None else above(module),
                        id=module.removeprefix("timeline."))


#: publishing files, the state, the lock, the mail and the planning render nothing
RENDERS_NOTHING = ["timeline.render", "timeline.commands", "nh3"]

#: (module imported alone, what it must not load)
FRESH_IMPORTS = [
    *(_alone(m) for m in ("timeline.model", "timeline.formats", "timeline.io", "timeline.issue", "timeline.config",
                          "timeline.readers", "timeline.articles", "timeline.temporal", "timeline.events",
                          "timeline.store", "timeline.merge", "timeline.render")),
    _alone("timeline.render.newsletter", above("timeline.render")),
    *(_alone(f"timeline.publish{m}", RENDERS_NOTHING) for m in ("", ".files", ".state", ".mail", ".newsletter")),
    _alone("timeline.commands.newsletter", ["timeline.commands.build"]),
]


def _loaded(module: str) -> list[str]:
    code = f"import json, sys, {module}; print(json.dumps(sorted(sys.modules)))"
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


@pytest.fixture(scope="module")
def fresh() -> dict[str, list[str]]:
    """What importing each module alone loads, each in an interpreter of its own (run side by side)."""
    modules = [case.values[0] for case in FRESH_IMPORTS]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(zip(modules, pool.map(_loaded, modules)))


@pytest.mark.parametrize(("module", "forbidden"), FRESH_IMPORTS)
def test_a_fresh_import_loads_no_higher_layer(fresh, module, forbidden):
    assert forbidden, module
    loaded = fresh[module]
    assert module in loaded
    higher = sorted(m for m in loaded for f in forbidden if m == f or m.startswith(f + "."))
    assert not higher, f"import {module} loads {higher}"


def _module_of(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imports_of(path: Path, root: Path = ROOT) -> list[tuple[int, str]]:
    """(line, module) of every import in the file, in functions too; not those under
    ``if TYPE_CHECKING:`` (annotations only, never run)."""
    found: list[tuple[int, str]] = []
    here = _module_of(path, root)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                for rest in child.orelse:
                    visit(rest)
                continue
            if isinstance(child, ast.Import):
                found.extend((child.lineno, alias.name) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    parts = package.split(".")
                    base = ".".join(parts[:len(parts) - child.level + 1] + ([base] if base else []))
                found.append((child.lineno, base))
                # from timeline.render import newsletter: the submodule, if it is one
                found.extend((child.lineno, f"{base}.{alias.name}") for alias in child.names
                             if (root / (base + "." + alias.name).replace(".", "/")).with_suffix(".py").is_file())
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return found


def upward_imports(layer: str, root: Path = ROOT) -> list[str]:
    """Every import, in the files of ``layer`` (under ``root``), of a layer above it."""
    folder = root.joinpath(*layer.split("."))
    files = sorted(folder.rglob("*.py")) if folder.is_dir() else [folder.with_suffix(".py")]
    assert all(path.is_file() for path in files), files
    bad = []
    for path in files:
        own = rank(_module_of(path, root))
        for line, module in imports_of(path, root):
            other = rank(module) if module.startswith("timeline.") else None
            if other is not None and other > own:
                bad.append(f"{path.relative_to(root)}:{line} imports {module}")
    return bad


@pytest.mark.parametrize("layer", [
    pytest.param("timeline.model", id="model"),
    pytest.param("timeline.text", id="text"),
    pytest.param("timeline.data", id="data"),
    pytest.param("timeline.formats", id="formats"),
    pytest.param("timeline.io", id="io"),
    pytest.param("timeline.manifest", id="manifest"),
    pytest.param("timeline.dbfile", id="dbfile"),
    pytest.param("timeline.issue", id="issue"),
    pytest.param("timeline.config", id="config"),
    pytest.param("timeline.readers", id="readers"),
    pytest.param("timeline.temporal", id="temporal"),
    pytest.param("timeline.dating", id="dating"),
    pytest.param("timeline.articles", id="articles"),
    pytest.param("timeline.events", id="events"),
    pytest.param("timeline.pipeline", id="pipeline"),
    pytest.param("timeline.store", id="store"),
    pytest.param("timeline.engine", id="engine"),
    pytest.param("timeline.merge", id="merge"),
    pytest.param("timeline.render", id="render"),
    pytest.param("timeline.publish", id="publish"),
])
def test_no_file_imports_a_higher_layer(layer):
    assert not upward_imports(layer)


def test_only_the_scheduled_run_renders():
    """Of the publisher, only the scheduled newsletter run (which renders its issue)
    imports the renderers; files, state, lock, mail and planning do not."""
    renders = sorted(str(path.relative_to(ROOT)) for path in (PACKAGE / "publish").glob("*.py")
                     if any(rank(m) == RANKS["timeline.render"] for _, m in imports_of(path)))
    assert renders == ["timeline/publish/scheduled.py"]


def test_no_command_imports_another():
    """Commands share helpers through timeline.commands.common (and .engine), not by
    importing each other."""
    from timeline.commands import COMMANDS

    commands = set(COMMANDS.values())
    bad = []
    for module in sorted(commands):
        path = ROOT / (module.replace(".", "/") + ".py")
        bad += [f"{module}:{line} imports {other}" for line, other in imports_of(path)
                if other in commands and other != module]
    assert not bad


def test_the_names_of_formats_are_the_renderers():
    """timeline.formats names what the renderers make (the config checks against it
    without loading them)."""
    from timeline import formats
    from timeline.render import exports
    from timeline.render.arabic import MONTH_SYSTEMS

    assert formats.EXPORT_FORMATS == exports.EXPORTS
    assert formats.MONTH_SYSTEMS == MONTH_SYSTEMS


def test_the_static_check_sees_an_import_in_a_function(tmp_path):
    """An import of a higher layer inside a function is found; one under
    ``if TYPE_CHECKING`` (never run) is not; nor is one of a lower layer."""
    probe = tmp_path / "timeline" / "events" / "probe.py"
    probe.parent.mkdir(parents=True)
    probe.write_text("from typing import TYPE_CHECKING\n"
                     "from timeline.temporal import Tagger\n"
                     "if TYPE_CHECKING:\n    import timeline.render\n"
                     "def f():\n    from timeline.merge.build import Day\n    return Day, Tagger\n",
                     encoding="utf-8")
    assert [m for _, m in imports_of(probe, tmp_path)] == ["typing", "timeline.temporal", "timeline.merge.build"]
    assert upward_imports("timeline.events", tmp_path) == ["timeline/events/probe.py:6 imports timeline.merge.build"]
