"""Run every benchmark in this folder (``python3 tasks.py bench``), one after the other.

``--quick`` runs each at a small size (a check that they work, not a measurement).
The full run takes about half an hour on two cores, most of it the 100k-article build.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = {
    "tagger.py": [],
    "pdf.py": [],
    "extraction.py": [],
    "build.py": [],
    "duplicates.py": [],
    "adversarial.py": [],
    "fuzz.py": [],
    "places.py": [],
}
QUICK = {
    "tagger.py": ["--repeats", "1", "--limit", "10"],
    "pdf.py": ["--repeats", "1", "--articles", "40"],
    "extraction.py": ["--articles", "300"],
    "build.py": ["--sizes", "60,300"],
    "duplicates.py": ["--articles", "400", "--outlets", "20", "--rows", "100,200"],
    "adversarial.py": ["--scale", "0.02", "--articles", "500"],
    "fuzz.py": ["--examples", "200", "--cli", "3"],
    "places.py": ["--articles", "60", "--rounds", "1"],
}

if __name__ == "__main__":
    quick = "--quick" in sys.argv[1:]
    only = [a for a in sys.argv[1:] if a.endswith(".py")]
    sys.path.insert(0, str(HERE))
    for name in BENCHMARKS:
        if only and name not in only:
            continue
        print(f"== {name}", flush=True)
        sys.argv = [name, *(QUICK[name] if quick else BENCHMARKS[name])]
        try:
            runpy.run_path(str(HERE / name), run_name="__main__")
        except SystemExit as done:      # each script ends with sys.exit(main())
            if done.code not in (None, 0):
                print(f"{name} failed: {done.code}", file=sys.stderr)
                sys.exit(1)
        print(flush=True)
