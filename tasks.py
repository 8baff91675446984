#!/usr/bin/env python3
"""Project tasks that need nothing but Python 3.11+.

    python3 tasks.py demo    build the demo from the bundled sample corpus into output/
    python3 tasks.py test    run the test suite
    python3 tasks.py bench   run the benchmarks

Each task first makes sure ``.venv`` exists and holds exactly the pinned
``requirements.lock`` (re-installed only when the lock file changes).
"""

from __future__ import annotations

import hashlib
import os
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


def run(*cmd: str) -> int:
    return subprocess.call([str(PY), *cmd], cwd=ROOT)


def task_demo(args: list[str]) -> int:
    out = ROOT / "output"
    out.mkdir(exist_ok=True)
    return run("generate.py", "tag", str(ROOT / "timeline" / "samples" / "aleppo-2016.jsonl"),
               "-o", str(out / "aleppo-2016.timex.jsonl"), *args)


def task_test(args: list[str]) -> int:
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
