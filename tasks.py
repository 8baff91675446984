#!/usr/bin/env python3
"""Project tasks that need nothing but Python 3.11+.

    python3 tasks.py demo    build the demo briefing (HTML, PDF, Markdown) from the
                             bundled sample corpus into output/
    python3 tasks.py test    run the test suite, then the install test (-m install)
    python3 tasks.py bench   run the benchmarks
    python3 tasks.py lock    regenerate requirements/*.txt from pyproject.toml
                             (uv pip compile; --upgrade to move every pin)

Each task first makes sure ``.venv`` exists and holds the pinned set it needs,
re-installed only when a lock file or ``pyproject.toml`` changes: ``demo`` the
run-time set (``requirements/run.txt``), ``test`` and ``bench`` the test set
(``requirements/test.txt``: the run-time pins, the ``dask`` extra and the ``test``
extra), and the checkout itself, editable, so that ``arabic-timeline`` is on
``.venv/bin``. The wheels go through ``.venv/wheelhouse`` (pip wheel, then pip
install --no-index from it), which the install test reuses: it needs no network
once this has run.

It also makes sure that the system libraries it needs are there: Pango for
WeasyPrint (PDF), and for the tests Debian's chromium (the browser test), strace
(the kill-at-every-file-operation tests) and poppler-utils (pdfinfo, pdftotext
and pdftoppm read the PDF back as a reader's viewer does). Missing ones are
installed with apt-get when running as root (or with passwordless sudo);
otherwise the task stops and names the packages to install.
"""

from __future__ import annotations

import ctypes.util
import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYPROJECT = ROOT / "pyproject.toml"
RUN_LOCK = ROOT / "requirements" / "run.txt"
TEST_LOCK = ROOT / "requirements" / "test.txt"
#: what each set installs; the test lock holds the run-time pins too (compiled under them)
SETS = {"run": (RUN_LOCK,), "test": (RUN_LOCK, TEST_LOCK)}
#: the wheels of every locked package (and of the build backend): pip installs from here
WHEELHOUSE = VENV / "wheelhouse"
STAMP = VENV / ".requirements.sha256"
PY = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def say(msg: str) -> None:
    print(f"tasks.py: {msg}", flush=True)


def _digest(name: str) -> str:
    h = hashlib.sha256(name.encode())
    for path in (PYPROJECT, *SETS[name]):
        h.update(path.read_bytes())
    return h.hexdigest()


def _build_requires() -> list[str]:
    import tomllib   # here, so that Python 3.10 gets ensure_venv's message, not an ImportError

    with PYPROJECT.open("rb") as fh:
        return tomllib.load(fh)["build-system"]["requires"]


def pip(*args: str) -> None:
    subprocess.check_call([str(PY), "-m", "pip", *args], cwd=ROOT)


def ensure_venv(name: str) -> None:
    """``.venv`` with the locked set ``name`` and the checkout (editable) installed."""
    if sys.version_info < (3, 11):
        sys.exit("tasks.py: Python 3.11 or newer is needed (tomllib)")
    if not PY.exists():
        say(f"creating {VENV.relative_to(ROOT)}")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    installed = STAMP.read_text().strip() if STAMP.exists() else ""
    # the test set holds the run-time set: a venv made for the tests runs the demo as it is
    enough = {_digest(n) for n in SETS if n == name or (name == "run" and n == "test")}
    if installed in enough:
        return
    locks = [a for lock in SETS[name] for a in ("-r", str(lock.relative_to(ROOT)))]
    say(f"installing the pinned {name} set ({', '.join(str(p.relative_to(ROOT)) for p in SETS[name])}) "
        "and the checkout")
    pip("install", "--quiet", "--upgrade", "pip")
    WHEELHOUSE.mkdir(exist_ok=True)
    pip("wheel", "--quiet", "--wheel-dir", str(WHEELHOUSE), "--find-links", str(WHEELHOUSE),
        *locks, *_build_requires())
    offline = ("--no-index", "--find-links", str(WHEELHOUSE))
    pip("install", "--quiet", *offline, *locks)
    # setuptools warns at length about every editable install of a mapped package: shown on failure only
    editable = subprocess.run([str(PY), "-m", "pip", "install", "--quiet", *offline, "--no-deps", "--editable", "."],
                              cwd=ROOT, capture_output=True, text=True)
    if editable.returncode:
        sys.exit(f"tasks.py: pip install --editable . failed:\n{editable.stdout}{editable.stderr}")
    pip("check")
    STAMP.write_text(_digest(name) + "\n")


#: what each task needs from the system: (check, Debian packages)
PANGO = (lambda: all(ctypes.util.find_library(lib) for lib in ("pango-1.0", "pangoft2-1.0", "harfbuzz")),
         ("libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz-subset0", "fontconfig"))
CHROMIUM = (lambda: bool(os.environ.get("CHROMIUM") or shutil.which("chromium")), ("chromium",))
#: the kill-at-every-file-operation tests inject SIGKILL with strace
STRACE = (lambda: bool(shutil.which("strace")), ("strace",))
#: the PDF tests read the briefing back with pdfinfo, pdftotext and pdftoppm
POPPLER = (lambda: all(shutil.which(tool) for tool in ("pdfinfo", "pdftotext", "pdftoppm")), ("poppler-utils",))


def ensure_system(*needs: tuple) -> None:
    missing = [pkg for check, pkgs in needs if not check() for pkg in pkgs]
    if not missing:
        return
    if shutil.which("apt-get") is None:
        sys.exit(f"tasks.py: please install the system packages {' '.join(missing)} (no apt-get here)")
    sudo: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") and subprocess.call(["sudo", "-n", "true"], stderr=subprocess.DEVNULL) == 0:
            sudo = ["sudo", "-n"]
        else:
            sys.exit(f"tasks.py: please run: sudo apt-get install -y {' '.join(missing)}")
    say(f"installing system packages: {' '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.check_call([*sudo, "apt-get", "update", "-qq"], env=env)
    subprocess.check_call([*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=env)


def run(*cmd: str) -> int:
    return subprocess.call([str(PY), *cmd], cwd=ROOT)


def task_demo(args: list[str]) -> int:
    ensure_venv("run")
    ensure_system(PANGO)
    return run("generate.py", "build", "-o", str(ROOT / "output"), *args)


def task_test(args: list[str]) -> int:
    ensure_venv("test")
    ensure_system(PANGO, CHROMIUM, STRACE, POPPLER)
    if args:
        return run("-m", "pytest", *args)
    # the default run, then what it deselects: the install test (it installs the checkout
    # into fresh venvs, over a minute on its own), the crash tests' full sweeps (a kill at
    # every file call, minutes) and the benchmark scripts at toy sizes
    return (run("-m", "pytest", "-q") or run("-m", "pytest", "-q", "-m", "install")
            or run("-m", "pytest", "-q", "-m", "sweep") or run("-m", "pytest", "-q", "-m", "benchmark"))


def task_bench(args: list[str]) -> int:
    ensure_venv("test")
    return run(str(ROOT / "benchmarks" / "run.py"), *args)


def task_lock(args: list[str]) -> int:
    """Both lock files from pyproject.toml with uv's pip compile, each keeping its current
    pins unless they no longer fit (or ``--upgrade``); the test set is compiled under the
    run-time pins, so the two never disagree."""
    ensure_venv("run")
    pip("install", "--quiet", "uv")
    compile_ = [str(PY), "-m", "uv", "pip", "compile", "--quiet", "--python-version", "3.11", *args,
                "pyproject.toml"]
    return (subprocess.call([*compile_, "-o", "requirements/run.txt"], cwd=ROOT)
            or subprocess.call([*compile_, "--extra", "dask", "--extra", "test", "-c", "requirements/run.txt",
                                "-o", "requirements/test.txt"], cwd=ROOT))


TASKS = {"demo": task_demo, "test": task_test, "bench": task_bench, "lock": task_lock}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in TASKS:
        print(__doc__)
        return 2
    return TASKS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
