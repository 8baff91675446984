"""A chart of entries and figures per day, drawn at build time as inline SVG.

No script, no web font lookup, no external file: the SVG is part of the
page (and of the PDF). Time runs right to left, as Arabic is read; days
without reports are not drawn, and a wider gap marks skipped days. Every
label is escaped; each column links to its day.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from markupsafe import Markup, escape

from timeline.merge.build import period_start
from timeline.render.arabic import figure_label, load_display, month_name

__all__ = ["chart_svg", "chart_rows", "ChartRow"]

#: figure kinds drawn (at most this many rows besides the entries row)
MAX_FIGURE_ROWS = 3
ROW_HEIGHT = 64
LABEL_GUTTER = 96
MARGIN = 10
AXIS_HEIGHT = 34
GAP = 0.6           # extra space, in columns, before a day that does not follow its neighbour


#: bar colours per row (presentation attributes: WeasyPrint does not style inline SVG from CSS)
COLOURS = {"entries": "#0b5563", "killed": "#a4262c", "injured": "#c87f0a", "displaced": "#4a5fa8",
           "evacuated": "#4a5fa8", "arrested": "#6b4c9a", "missing": "#5b5f66"}
TEXT = "#1c1c1e"
MUTED = "#5b5f66"
LINE = "#d9dde3"
FONT = "Noto Sans Arabic, Amiri, sans-serif"


@dataclass(frozen=True)
class ChartRow:
    label: str
    values: tuple[int, ...]
    css: str
    colour: str


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def chart_rows(days: Sequence) -> tuple[ChartRow, ...]:
    """The rows drawn for ``days``: entries per day, then the largest kinds of figures."""
    days = [d for d in days if len(d.date) == 10]
    if not days:
        return ()
    labels = load_display()["chart"]
    totals: dict[str, int] = {}
    for d in days:
        for kind, n in d.counts:
            totals[kind] = totals.get(kind, 0) + n
    kinds = [k for k, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])) if totals[k] > 0]
    rows = [ChartRow(labels["entries"], tuple(getattr(d, "size", len(d.entries)) for d in days), "entries",
                     COLOURS["entries"])]
    for kind in kinds[:MAX_FIGURE_ROWS]:
        counts = [dict(d.counts).get(kind, 0) for d in days]
        rows.append(ChartRow(figure_label(kind), tuple(counts), f"fig-{kind}", COLOURS.get(kind, TEXT)))
    return tuple(rows)


def chart_svg(days: Sequence, month_system: str = "egyptian",
              href: Optional[Callable[[object], str]] = None, words: bool = True) -> Markup:
    """The chart for ``days`` (DayView-like: date, heading, entries, counts) in date order.

    ``words=False`` draws no Arabic words (row names, month names) inside the
    SVG, for WeasyPrint, which neither shapes nor reorders Arabic in SVG text:
    the PDF names the rows in an HTML legend and months as 12/2016.
    """
    rows = chart_rows(days)
    days = [d for d in days if len(d.date) == 10]
    if not rows:
        return Markup("")
    labels = load_display()["chart"]
    gutter = LABEL_GUTTER if words else 0

    # column positions (in column units from the right), with gaps between non-adjacent days
    pos = []
    x = 0.0
    prev = None
    for d in days:
        day = period_start(d.date)
        if prev is not None and (day - prev).days > 1:
            x += GAP
        pos.append(x)
        x += 1
        prev = day
    ncols = x
    col = max(5.0, min(34.0, 620.0 / max(ncols, 1)))
    plot_w = ncols * col
    width = gutter + plot_w + 2 * MARGIN
    height = MARGIN + len(rows) * ROW_HEIGHT + AXIS_HEIGHT
    right = width - gutter - MARGIN      # the plot's right edge (first day)

    def col_x(i: int) -> float:
        return right - (pos[i] + 1) * col

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
           f'viewBox="0 0 {_fmt(width)} {_fmt(height)}" width="{_fmt(width)}" height="{_fmt(height)}" '
           f'font-family="{FONT}" font-size="11" aria-label="{escape(labels["title"])}">',
           f"<title>{escape(labels['title'])}</title>"]
    show_values = col >= 14
    for r, row in enumerate(rows):
        top = MARGIN + r * ROW_HEIGHT
        base = top + ROW_HEIGHT - 8
        peak = max(row.values) or 1
        usable = ROW_HEIGHT - 24
        out.append(f'<g class="row {row.css}">')
        if words:
            out.append(f'<text class="row-label" x="{_fmt(width - MARGIN)}" y="{_fmt(base - usable / 2)}" '
                       f'text-anchor="start" direction="rtl" font-size="12" font-weight="bold" fill="{TEXT}">'
                       f'{escape(row.label)}</text>')
        out.append(f'<line class="base" x1="{_fmt(right)}" x2="{_fmt(right - plot_w)}" '
                   f'y1="{_fmt(base)}" y2="{_fmt(base)}" stroke="{LINE}" stroke-width="1"/>')
        for i, (d, v) in enumerate(zip(days, row.values)):
            if not v:
                continue
            h = max(2.0, usable * v / peak)
            x0 = col_x(i) + col * 0.15
            tip = f"{d.heading} — {row.label}: {v}"
            bar = (f'<rect x="{_fmt(x0)}" y="{_fmt(base - h)}" width="{_fmt(col * 0.7)}" '
                   f'height="{_fmt(h)}" fill="{row.colour}"><title>{escape(tip)}</title></rect>')
            if href is not None:
                bar = f'<a href="{escape(href(d))}">{bar}</a>'
            out.append(bar)
            if show_values:
                out.append(f'<text class="value" x="{_fmt(col_x(i) + col / 2)}" y="{_fmt(base - h - 3)}" '
                           f'text-anchor="middle" font-size="10" fill="{TEXT}">{v}</text>')
        out.append("</g>")

    # the axis: day numbers (when there is room) and a month label where the month changes
    axis_y = MARGIN + len(rows) * ROW_HEIGHT
    out.append(f'<g class="axis" fill="{MUTED}">')
    last_month = None
    for i, d in enumerate(days):
        day = period_start(d.date)
        cx = col_x(i) + col / 2
        if col >= 12:
            out.append(f'<text x="{_fmt(cx)}" y="{_fmt(axis_y + 10)}" text-anchor="middle">{day.day}</text>')
        if (day.year, day.month) != last_month:
            last_month = (day.year, day.month)
            if words:
                label = f"{month_name(day.month, month_system)} {day.year}"
                out.append(f'<text class="month" x="{_fmt(col_x(i) + col)}" y="{_fmt(axis_y + 24)}" '
                           f'text-anchor="start" direction="rtl" fill="{TEXT}">{escape(label)}</text>')
            else:
                out.append(f'<text class="month" x="{_fmt(col_x(i) + col)}" y="{_fmt(axis_y + 24)}" '
                           f'text-anchor="end" fill="{TEXT}">{day.month}/{day.year}</text>')
    out.append("</g></svg>")
    return Markup("".join(out))
