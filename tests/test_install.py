"""``pip install`` of the checkout gives the whole tool (issue 15).

The fast tests (default run) check what the packaging declares against the code:
every folder of ``timeline/`` is a listed package, every module the code imports
is a declared dependency, and the files are found through ``timeline.resources``.

The ``install`` tests (``-m install``; ``python3 tasks.py test`` runs them after
the default run) do what a new user does, in fresh venvs outside the checkout
(no ``--system-site-packages``): build the sdist and wheel and ``twine check``
them; ``pip install <checkout>``, then ``arabic-timeline build`` of the sample,
``arabic-timeline tag`` and ``python -m timeline`` from another folder; then
``pip install <checkout>[dask]`` and a build on Dask.

Dependencies come from a wheelhouse, ``.venv/wheelhouse``, that ``tasks.py``
fills when it installs the locks: pip runs with ``--no-index``, so the tests
need no network. A wheelhouse that lacks a locked wheel (a venv not made by
``tasks.py``) is filled once with ``pip wheel``, which does need the index.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import venv
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from filelock import FileLock
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
TEST_LOCK = ROOT / "requirements" / "test.txt"
EPOCH = "1481760000"             # a fixed build time: the installed tool and the checkout give the same bytes
BRIEFING = ("timeline.html", "briefing.pdf", "briefing.md", "timeline.json", "events.csv", "timelinejs.json")


def _requirements(specs: list[str]) -> set[str]:
    return {canonicalize_name(Requirement(s).name) for s in specs}


def _folders(base: Path) -> set[Path]:
    """Folders under ``base`` that hold a file (``__pycache__`` aside), relative to ``base``."""
    return {f.parent.relative_to(base) for f in base.rglob("*")
            if f.is_file() and "__pycache__" not in f.parts}


# -- what the packaging declares, against the code (fast) --------------------------------

def test_every_folder_of_the_package_and_of_templates_is_listed():
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    assert PYPROJECT["tool"]["setuptools"]["package-dir"] == {"timeline.templates": "templates"}
    wanted = {".".join(("timeline", *d.parts)) for d in _folders(ROOT / "timeline")}
    wanted |= {".".join(("timeline", "templates", *d.parts)) for d in _folders(ROOT / "templates")}
    assert sorted(wanted - listed) == [], "folders the wheel would leave out (add them to pyproject.toml)"
    assert sorted(listed - wanted) == [], "listed packages with no folder"


def _imported_modules() -> dict[str, set[str]]:
    """Top-level module -> the files of timeline/ that import it (absolute imports only)."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / "timeline").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_imported_library_is_a_declared_dependency():
    declared = _requirements(PROJECT["dependencies"])
    optional = _requirements(PROJECT["optional-dependencies"]["dask"])
    owners = packages_distributions()
    missing, local = {}, set()
    for module, files in _imported_modules().items():
        if module == "timeline" or module in sys.stdlib_module_names:
            continue
        dists = {canonicalize_name(d) for d in owners.get(module, [])}
        assert dists, f"{module} (imported by {sorted(files)}) is not installed in this venv"
        if not dists & (declared | optional):
            missing[module] = sorted(files)
        if dists & optional:
            local.update(files)
    assert missing == {}, "imported at run time but not in [project].dependencies"
    # the dask extra is optional: only the Dask engine may import it
    assert local <= {"timeline/engine/dask_engine.py"}, local


def test_dependencies_test_extra_and_script_are_declared():
    assert PYPROJECT["build-system"]["build-backend"] == "setuptools.build_meta"
    assert PROJECT["scripts"] == {"arabic-timeline": "timeline.__main__:main"}
    test = _requirements(PROJECT["optional-dependencies"]["test"])
    assert {"pytest", "pytest-xdist", "build", "twine"} <= test
    assert not test & _requirements(PROJECT["dependencies"]), "the test extra repeats a run-time dependency"


def test_the_locks_pin_every_declared_requirement():
    """requirements/run.txt pins the run-time set, requirements/test.txt that set (the same
    versions) with the dask and test extras; both name pyproject.toml as their source."""
    def pins(path: Path) -> dict[str, str]:
        text = path.read_text(encoding="utf-8")
        assert "pyproject.toml" in text.splitlines()[1], f"{path.name} is not compiled from pyproject.toml"
        return {canonicalize_name(m[1]): m[2] for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==(\S+)", text, re.M)}
    run, test = pins(ROOT / "requirements" / "run.txt"), pins(TEST_LOCK)
    assert _requirements(PROJECT["dependencies"]) <= set(run)
    extras = PROJECT["optional-dependencies"]
    assert _requirements(extras["dask"] + extras["test"]) <= set(test)
    assert {name: test.get(name) for name in run} == run, "the test lock moves a run-time pin"
    assert not {"pytest", "dask", "build"} & set(run), "test or optional packages in the run-time lock"


# -- timeline.resources in the checkout (fast) ---------------------------------------------

def test_resources_are_the_checkout_files_here():
    from timeline.resources import package_dir, samples_dir, templates_dir
    assert package_dir() == ROOT / "timeline"
    assert templates_dir() == ROOT / "templates", "the checkout's templates/ stays the source of truth"
    assert (samples_dir() / "aleppo-2016.jsonl").is_file()


def test_resources_refuse_a_package_that_is_not_on_disk(tmp_path, monkeypatch):
    from timeline.resources import ResourceError, package_path
    archive = tmp_path / "zipped.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("zippedpkg/__init__.py", "")
        z.writestr("zippedpkg/files/a.txt", "a")
    monkeypatch.syspath_prepend(str(archive))
    with pytest.raises(ResourceError, match="zippedpkg: installed as .*not as files on disk"):
        package_path("zippedpkg", "files")


def test_no_path_arithmetic_from_file_left_in_the_package():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "timeline").rglob("*.py")
                 if re.search(r"__file__\)?\.resolve\(\)\.parents?\b", p.read_text(encoding="utf-8"))]
    assert offenders == []


# -- the install tests (slow: -m install) --------------------------------------------------

def _run(*cmd, cwd: Path, env: dict | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    return subprocess.run([str(c) for c in cmd], cwd=cwd, env={**clean, **(env or {})}, capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def _ok(p: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert p.returncode == 0, f"{' '.join(p.args)} -> {p.returncode}\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}"
    return p


def _checkout_copy(dest: Path) -> Path:
    """The checkout's files (what git tracks, and new files it does not ignore), so that
    building does not leave build/ and *.egg-info in the working tree."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    return dest


@pytest.fixture(scope="session")
def wheelhouse(tmp_path_factory) -> Path:
    """Wheels of every locked run-time and dask package and of the build backend."""
    in_venv = sys.prefix != sys.base_prefix
    house = Path(sys.prefix) / "wheelhouse" if in_venv else tmp_path_factory.mktemp("wheelhouse")
    house.mkdir(exist_ok=True)
    wanted = [*PROJECT["dependencies"], *PROJECT["optional-dependencies"]["dask"],
              *PYPROJECT["build-system"]["requires"]]
    fill = [sys.executable, "-m", "pip", "wheel", "--quiet", "--wheel-dir", house, "--find-links", house,
            "-c", TEST_LOCK, *wanted]
    with FileLock(str(house) + ".lock"):
        if _run(*fill[:4], "--no-index", *fill[4:], cwd=house).returncode != 0:
            _ok(_run(*fill, cwd=house))       # something is missing: this once, from the index
    return house


def _pip_install(python: Path, house: Path, *what, cwd: Path) -> subprocess.CompletedProcess:
    return _ok(_run(python, "-m", "pip", "install", "--quiet", "--no-index", "--find-links", house,
                    "-c", TEST_LOCK, *what, cwd=cwd))


@pytest.mark.install
def test_wheel_and_sdist_hold_the_tool_and_pass_twine(tmp_path, wheelhouse):
    src = _checkout_copy(tmp_path / "src")
    offline = {"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(wheelhouse)}   # build's isolated env
    _ok(_run(sys.executable, "-m", "build", "--outdir", tmp_path / "dist", src, cwd=tmp_path, env=offline))
    [wheel] = (tmp_path / "dist").glob("*.whl")
    [sdist] = (tmp_path / "dist").glob("*.tar.gz")

    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        **{f"timeline/templates/{f.relative_to(ROOT / 'templates').as_posix()}": f
           for f in (ROOT / "templates").rglob("*") if f.is_file()},
        **{f"timeline/{f.relative_to(ROOT / 'timeline').as_posix()}": f
           for f in (ROOT / "timeline").rglob("*") if f.is_file() and "__pycache__" not in f.parts},
    }
    assert sorted(set(shipped) - names) == []
    assert {"timeline/templates/base.html", "timeline/templates/assets/timeline.css",
            "timeline/templates/newsletter/issue.html", "timeline/samples/aleppo-2016.jsonl"} <= names
    with zipfile.ZipFile(wheel) as z:
        assert z.read("timeline/templates/assets/briefing.css") == (ROOT / "templates/assets/briefing.css").read_bytes()
        info = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        assert "arabic-timeline = timeline.__main__:main" in z.read(info).decode()
        meta = z.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    required = {canonicalize_name(Requirement(line.split(":", 1)[1]).name)
                for line in meta.splitlines() if line.startswith("Requires-Dist:") and "extra ==" not in line}
    assert required == _requirements(PROJECT["dependencies"])
    assert {"dask", "test"} <= set(re.findall(r"^Provides-Extra: (\S+)", meta, re.M))
    with tarfile.open(sdist) as t:
        members = {m.split("/", 1)[1] for m in t.getnames() if "/" in m}
    assert {"pyproject.toml", "templates/base.html", "templates/assets/filters.js",
            "timeline/samples/aleppo-2016.jsonl"} <= members

    p = _ok(_run(sys.executable, "-m", "twine", "check", "--strict", wheel, sdist, cwd=tmp_path))
    assert p.stdout.count("PASSED") == 2, p.stdout


@pytest.mark.install
def test_pip_install_in_a_fresh_venv_gives_the_whole_tool(tmp_path, wheelhouse):
    src = _checkout_copy(tmp_path / "checkout")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(env_dir)
    python, script = env_dir / "bin" / "python", env_dir / "bin" / "arabic-timeline"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    _pip_install(python, wheelhouse, src, cwd=elsewhere)
    _ok(_run(python, "-m", "pip", "check", cwd=elsewhere))
    shutil.rmtree(src)                        # the install stands alone
    where = _ok(_run(python, "-c", "import timeline, timeline.resources as r; "
                     "print(timeline.__file__); print(r.templates_dir()); print(r.samples_dir())", cwd=elsewhere))
    site = _ok(_run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=elsewhere))
    purelib = Path(site.stdout.strip())
    assert [Path(line) for line in where.stdout.split()] == [
        purelib / "timeline" / "__init__.py", purelib / "timeline" / "templates", purelib / "timeline" / "samples"]
    assert _run(python, "-c", "import dask", cwd=elsewhere).returncode != 0, "dask is the [dask] extra's"

    # the sample briefing, from a folder that is not the checkout, with a relative -o
    _ok(_run(script, "build", "-o", "out/", cwd=elsewhere, env={"SOURCE_DATE_EPOCH": EPOCH}))
    out = elsewhere / "out"
    assert (out / "timeline.html").read_text(encoding="utf-8").count('<html lang="ar" dir="rtl">') == 1
    assert (out / "briefing.pdf").read_bytes().startswith(b"%PDF-")
    import pypdf
    assert len(pypdf.PdfReader(out / "briefing.pdf").pages) >= 3
    assert len((out / "briefing.md").read_text(encoding="utf-8").splitlines()) >= 20
    assert (out / "assets" / "timeline.css").read_bytes() == (ROOT / "templates/assets/timeline.css").read_bytes()
    # ... the same bytes as the checkout's own generate.py gives
    _ok(_run(sys.executable, ROOT / "generate.py", "build", "-o", tmp_path / "reference", cwd=tmp_path,
             env={"SOURCE_DATE_EPOCH": EPOCH}))
    for name in BRIEFING:     # the PDF too: its identifier does not depend on where the fonts are installed
        assert (out / name).read_bytes() == (tmp_path / "reference" / name).read_bytes(), name

    article = elsewhere / "article.txt"
    article.write_text("وقالت الوزارة أمس الأربعاء إن المفاوضات ستستأنف السبت المقبل في جنيف.\n", encoding="utf-8")
    tagged = json.loads(_ok(_run(script, "tag", "--published", "2016-12-08", "article.txt", cwd=elsewhere)).stdout)
    assert [(t["text"], t["value"]) for t in tagged["timex"]] == [("أمس الأربعاء", "2016-12-07"),
                                                                  ("السبت المقبل", "2016-12-10")]

    helped = _ok(_run(python, "-m", "timeline", "--help", cwd=elsewhere)).stdout
    assert helped.startswith("usage: python -m timeline") and all(c in helped for c in ("build", "tag", "newsletter"))
    assert _ok(_run(script, "--version", cwd=elsewhere)).stdout.strip() == f"arabic-timeline {PROJECT['version']}"
    failed = _run(script, "tag", "nowhere.jsonl", cwd=elsewhere)
    assert failed.returncode == 1 and failed.stderr.startswith("arabic-timeline tag: error: ")

    # the dask extra: the same timeline, extracted and merged on a local Dask cluster
    src = _checkout_copy(tmp_path / "checkout")
    _pip_install(python, wheelhouse, f"{src}[dask]", cwd=elsewhere)
    _ok(_run(script, "build", "--engine", "dask", "-j", "1", "--formats", "json", "-o", "out-dask",
             cwd=elsewhere, env={"SOURCE_DATE_EPOCH": EPOCH}))
    assert (elsewhere / "out-dask" / "timeline.json").read_bytes() == (out / "timeline.json").read_bytes()
    shutil.rmtree(env_dir)                    # a few hundred MB; kept only when a check above failed

