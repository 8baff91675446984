"""One module per command; ``generate.py`` only parses and dispatches.

Exit codes, for every command:

====  =====================================================================
0     success (including "nothing to do")
1     bad input: a file is missing, unreadable or malformed (one-line error)
2     usage error: unknown command or option (argparse)
3     build, newsletter: another run held the lock past the timeout
4     newsletter: the issue was published, but sending it failed
====  =====================================================================
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3

#: command name -> module path; each module has add_arguments(p) and run(args) -> int
COMMANDS = {
    "tag": "timeline.commands.tag",
    "extract": "timeline.commands.extract",
    "timeline": "timeline.commands.timeline_cmd",
    "evaluate": "timeline.commands.evaluate",
    "build": "timeline.commands.build",
    "newsletter": "timeline.commands.newsletter",
}
