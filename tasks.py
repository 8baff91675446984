#!/usr/bin/env python3
"""Project tasks that need nothing but Python 3.11+.

    python3 tasks.py demo    build the demo briefing (HTML, PDF, Markdown) from the
                             bundled sample corpus into output/
    python3 tasks.py test    run the test suite
    python3 tasks.py bench   run the benchmarks

Each task first makes sure ``.venv`` exists and holds exactly the pinned
``requirements.lock`` (re-installed only when the lock file changes), and
that the system libraries it needs are there: Pango for WeasyPrint (PDF),
and for the tests Debian's chromium (the browser test), strace (the
kill-at-every-file-operation tests) and poppler-utils (pdfinfo, pdftotext
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
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".requirements.sha256"
PY = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def say(msg: str) -> None:
    print(f"tasks.py: {msg}", flush=True)


def ensure_venv() -> None:
    if sys.version_info < (3, 11):
        sys.exit("tasks.py: Python 3.11 or newer is needed (tomllib)")
    if not PY.exists():
        say(f"creating {VENV.relative_to(ROOT)}")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    digest = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == digest:
        return
    say("installing pinned dependencies from requirements.lock")
    subprocess.check_call([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    subprocess.check_call([str(PY), "-m", "pip", "install", "--quiet", "-r", str(LOCK)])
    STAMP.write_text(digest + "\n")


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
    ensure_system(PANGO)
    return run("generate.py", "build", "-o", str(ROOT / "output"), *args)


def task_test(args: list[str]) -> int:
    ensure_system(PANGO, CHROMIUM, STRACE, POPPLER)
    return run("-m", "pytest", *(args or ["-q"]))


def task_bench(args: list[str]) -> int:
    return run(str(ROOT / "benchmarks" / "run.py"), *args)


TASKS = {"demo": task_demo, "test": task_test, "bench": task_bench}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in TASKS:
        print(__doc__)
        return 2
    ensure_venv()
    return TASKS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
