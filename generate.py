#!/usr/bin/env python3
"""Arabic news timeline and briefing generator: the command line, from a checkout.

The same as the installed ``arabic-timeline`` and ``python -m timeline``:
everything is in :func:`timeline.__main__.main`.
"""

import sys

from timeline.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
