"""One module per command; ``generate.py`` only parses and dispatches.

The exit codes of every command are the ``EXIT_*`` below, defined here only.
"""

from __future__ import annotations

#: success (including "nothing to do")
EXIT_OK = 0
#: bad input: a file is missing, unreadable or malformed (one-line error)
EXIT_INPUT = 1
#: usage error: unknown command or option (argparse's own code)
EXIT_USAGE = 2
#: build, newsletter: another run held the lock past the timeout
EXIT_LOCKED = 3
#: newsletter: the issue was published, but sending it failed (the next ``--send`` run sends it)
EXIT_DELIVERY = 4

#: command name -> module path; each module has add_arguments(p) and run(args) -> int
COMMANDS = {
    "tag": "timeline.commands.tag",
    "extract": "timeline.commands.extract",
    "timeline": "timeline.commands.timeline_cmd",
    "evaluate": "timeline.commands.evaluate",
    "build": "timeline.commands.build",
    "newsletter": "timeline.commands.newsletter",
    "serve": "timeline.commands.serve",
}
