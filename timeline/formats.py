"""The names of what can be made: output formats, PDF variants, month-name systems.

Plain names, imported by the settings (``timeline.config``), the commands'
options and the renderers alike; they live here, below all of them, so that
checking a config file does not load the renderers.
"""

from __future__ import annotations

__all__ = ["DEFAULT_FORMATS", "EXPORT_FORMATS", "FORMATS", "PDF_VARIANTS", "MONTH_SYSTEMS"]

#: what the build writes by default (the HTML brings the exports with it)
DEFAULT_FORMATS = ("html", "pdf", "md")
#: the data exports (``timeline.render.exports`` writes them), in the order the pages list them
EXPORT_FORMATS = ("json", "csv", "timelinejs")
FORMATS = (*DEFAULT_FORMATS, *EXPORT_FORMATS)
#: --pdf-variant: "none" is the default tagged PDF; pdf/a-3u carries timeline.json inside
PDF_VARIANTS = ("none", "pdf/a-3u", "pdf/ua-1")
#: --month-names: the month names of headings (``paired``: Egyptian/Levantine)
MONTH_SYSTEMS = ("egyptian", "levantine", "maghrebi", "paired")
