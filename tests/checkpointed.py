"""Run a command with the crash tests' hook in its named checkpoints.

    python tests/checkpointed.py --report-fd FD [--stop-at NAME] SCRIPT ARGS...

Puts a hook in ``timeline.publish.checkpoints.HOOKS`` that writes the name of
every checkpoint the run passes to the pipe ``FD`` (one line each, as it
happens) and, at ``NAME``, stops the run there until it is killed. Then runs
``SCRIPT ARGS...`` as ``python SCRIPT ARGS...`` would (``generate.py``: the
real command, its real ``main``). The test reads the pipe (``killing.Checkpointed``)
and kills the run once it has reported the named point: never after a sleep.
"""

from __future__ import annotations

import argparse
import os
import runpy
import sys
import threading
from pathlib import Path


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--report-fd", type=int, required=True)
    p.add_argument("--stop-at")
    p.add_argument("script")
    p.add_argument("args", nargs=argparse.REMAINDER)
    opts = p.parse_args()

    script = Path(opts.script).resolve()
    sys.argv = [str(script), *opts.args]
    sys.path[0] = str(script.parent)          # as `python SCRIPT` has it (not this folder)

    from timeline.publish import checkpoints

    if opts.stop_at is not None and opts.stop_at not in checkpoints.NAMES:
        sys.exit(f"checkpointed.py: no checkpoint {opts.stop_at!r} (known: {', '.join(checkpoints.NAMES)})")
    os.set_inheritable(opts.report_fd, False)     # what the run starts does not keep the pipe open
    report = os.fdopen(opts.report_fd, "w", buffering=1, encoding="utf-8")

    def hook(name: str) -> None:
        report.write(name + "\n")                  # line-buffered: the test reads it at once
        if name == opts.stop_at:
            threading.Event().wait()               # stopped here (locks held, files as they are) until killed

    checkpoints.HOOKS.append(hook)
    runpy.run_path(str(script), run_name="__main__")


if __name__ == "__main__":
    main()
