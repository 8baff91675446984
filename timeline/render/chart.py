"""A chart of entries and figures per day, week or month, drawn at build time as inline SVG.

No script, no web font lookup, no external file: the SVG is part of the
page (and of the PDF). Time runs right to left, as Arabic is read; periods
without reports are not drawn, and a wider gap marks skipped ones. Every
label is escaped; each column links to its first day.

How a column is chosen, by the days that have reports (not the calendar span,
so a few days spread over months keep a column each):

- up to ``DAY_COLUMNS`` days: a column per day; up to ``SHORT_COLUMNS`` days
  are drawn as one compact strip (a cell per day, a short horizontal bar and its
  number per row) instead of bars as tall as a page;
- more days: a column per ISO week (Monday to Sunday), unless that makes more
  than ``WEEK_COLUMNS`` columns (two years of weeks): then a column per month.

Each bar and value carries ``data-col``, ``data-start``, ``data-end`` and
``data-row`` (and its scale), so the page's script can redraw it for the entries
a filter leaves; :func:`chart_table` is the chart as an HTML table, its text
alternative, with the same attributes on its rows and cells.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from markupsafe import Markup, escape

from timeline.data import briefing_table
from timeline.render.arabic import day_heading, figure_label, load_display, month_heading, month_name
from timeline.values import Precision, TimeValue

__all__ = ["chart_svg", "chart_rows", "chart_table", "chart_columns", "column_unit", "Chart", "ChartRow",
           "Column", "DAY_COLUMNS", "WEEK_COLUMNS", "SHORT_COLUMNS"]

#: figure kinds drawn (at most this many rows besides the entries row)
MAX_FIGURE_ROWS = 3
#: more days with reports than this: a column per ISO week
DAY_COLUMNS = 60
#: more weeks with reports than this (two years): a column per month
WEEK_COLUMNS = 104
#: this many day columns or fewer: one compact strip
SHORT_COLUMNS = 3

ROW_HEIGHT = 64
PRINT_ROW_HEIGHT = 44   # the PDF scales the chart to the page's width: lower rows keep it short
PRINT_WIDTH = 620       # ... and at least this wide, so a few days do not become page-tall bars
LABEL_GUTTER = 96
MARGIN = 10
AXIS_HEIGHT = 34
GAP = 0.6           # extra space, in columns, before a column that does not follow its neighbour
STRIP_CELL = 180    # the strip's cell per day in a browser (the PDF's strip is PRINT_WIDTH wide)
STRIP_HEAD = 22     # the strip's line of day names
STRIP_ROW = 18
STRIP_BAR = 10
STRIP_NUMBER = 44   # room kept for the number beside the longest bar
STRIP_PAD = 8


#: bar colours per row (presentation attributes: WeasyPrint does not style inline SVG from CSS)
COLOURS = {"entries": "#0b5563", "killed": "#a4262c", "injured": "#9a5b00", "displaced": "#4a5fa8",
           "evacuated": "#4a5fa8", "arrested": "#6b4c9a", "missing": "#5b5f66"}
TEXT = "#1c1c1e"
MUTED = "#5b5f66"
LINE = "#d9dde3"
FONT = "Noto Sans Arabic, Amiri, sans-serif"


@dataclass(frozen=True)
class ChartRow:
    label: str
    values: tuple[int, ...]   # one per column
    css: str
    colour: str
    key: str = ""             # "entries", or the figure kind ("killed")


@dataclass(frozen=True)
class Column:
    """One drawn column: a day, an ISO week or a month, and the days with reports in it."""

    key: str                  # 2016-12-08, 2016-W49 or 2016-12
    start: dt.date
    end: dt.date
    days: tuple               # day views (date, heading, anchor, entries, counts), in date order

    @property
    def first(self):
        return self.days[0]


class Chart(Markup):
    """The chart's SVG (as markup), with what a page shows beside it: its data table
    (``table``), the column unit (``unit``: day, week, month), its title and caption."""

    table: Markup = Markup("")
    unit: str = "day"
    title: str = ""
    caption: str = ""


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _words() -> dict:
    return briefing_table("chart")


def _drawn(days: Sequence) -> list:
    """The days a chart can place: those of one calendar day (not a month or a week)."""
    return [d for d in days if TimeValue.parse(d.date).precision is Precision.DAY]


def _size(d) -> int:
    return getattr(d, "size", len(d.entries))


def column_unit(days: Sequence) -> str:
    """"day", "week" or "month": what one column of the chart of ``days`` covers."""
    dates = {TimeValue.parse(d.date).day for d in _drawn(days)}
    if len(dates) <= DAY_COLUMNS:
        return "day"
    weeks = {x.isocalendar()[:2] for x in dates}
    return "week" if len(weeks) <= WEEK_COLUMNS else "month"


def chart_columns(days: Sequence) -> tuple[Column, ...]:
    """The drawn columns of ``days``, earliest first."""
    days = _drawn(days)
    unit = column_unit(days)
    precision = {"day": Precision.DAY, "week": Precision.WEEK, "month": Precision.MONTH}[unit]
    groups: dict[str, list] = {}
    bounds: dict[str, tuple[dt.date, dt.date]] = {}
    for d in days:
        column = TimeValue.holding(TimeValue.parse(d.date).day, precision)
        groups.setdefault(column.text, []).append(d)
        bounds[column.text] = (column.first_day, column.last_day)
    return tuple(Column(key, *bounds[key], tuple(sorted(groups[key], key=lambda d: d.date)))
                 for key in sorted(groups, key=lambda k: bounds[k][0]))


def _rows(columns: Sequence[Column]) -> tuple[ChartRow, ...]:
    if not columns:
        return ()
    labels = load_display()["chart"]
    totals: dict[str, int] = {}
    for c in columns:
        for d in c.days:
            for kind, n in d.counts:
                totals[kind] = totals.get(kind, 0) + n
    kinds = [k for k, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])) if totals[k] > 0]
    rows = [ChartRow(labels["entries"], tuple(sum(_size(d) for d in c.days) for c in columns), "entries",
                     COLOURS["entries"], "entries")]
    for kind in kinds[:MAX_FIGURE_ROWS]:
        counts = tuple(sum(dict(d.counts).get(kind, 0) for d in c.days) for c in columns)
        rows.append(ChartRow(figure_label(kind), counts, f"fig-{kind}", COLOURS.get(kind, TEXT), kind))
    return tuple(rows)


def chart_rows(days: Sequence) -> tuple[ChartRow, ...]:
    """The rows drawn for ``days``: entries per column, then the largest kinds of figures."""
    return _rows(chart_columns(days))


def _heading(c: Column, unit: str, month_system: str) -> str:
    if unit == "day":
        return c.first.heading
    if unit == "week":
        return day_heading(c.key, month_system)
    return month_heading(c.start.year, c.start.month, month_system)


def _gaps(columns: Sequence[Column]) -> list[float]:
    """Each column's position, in column units from the right, with a gap before one
    that does not follow its neighbour."""
    pos, x, prev = [], 0.0, None
    for c in columns:
        if prev is not None and (c.start - prev.end).days > 1:
            x += GAP
        pos.append(x)
        x += 1
        prev = c
    return pos


def _data(i: int, c: Column, key: str) -> str:
    return f'data-col="{i}" data-start="{c.start.isoformat()}" data-end="{c.end.isoformat()}" data-row="{key}"'


def _link(bar: str, c: Column, href: Optional[Callable[[object], str]]) -> str:
    return f'<a href="{escape(href(c.first))}">{bar}</a>' if href is not None else bar


def _open(width: float, height: float, title: str, css: str) -> list[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" class="{css}" role="group" '
            f'viewBox="0 0 {_fmt(width)} {_fmt(height)}" width="{_fmt(width)}" height="{_fmt(height)}" '
            f'font-family="{FONT}" font-size="11" aria-label="{escape(title)}">',
            f"<title>{escape(title)}</title>"]


def _row_label(x: float, y: float, label: str) -> str:
    return (f'<text class="row-label" x="{_fmt(x)}" y="{_fmt(y)}" text-anchor="start" direction="rtl" '
            f'font-size="12" font-weight="bold" fill="{TEXT}">{escape(label)}</text>')


def _axis_labels(columns: Sequence[Column], unit: str, month_system: str, words: bool,
                 col_x: Callable[[int], float], col: float, axis_y: float) -> list[str]:
    """Tick numbers when there is room, and a label where the month (the year, for
    monthly columns) changes, skipped when it would overlap the one before it."""
    out = []
    tick_room = 12 if unit != "week" else 14
    last_left = None          # the left end of the last group label drawn (labels run right to left)
    last_group = None
    for i, c in enumerate(columns):
        cx = col_x(i) + col / 2
        if col >= tick_room:
            tick = c.start.month if unit == "month" else c.start.day
            out.append(f'<text x="{_fmt(cx)}" y="{_fmt(axis_y + 10)}" text-anchor="middle">{tick}</text>')
        group = c.start.year if unit == "month" else (c.start.year, c.start.month)
        if group == last_group:
            continue
        last_group = group
        if unit == "month":
            label = str(c.start.year)
        elif words:
            label = f"{month_name(c.start.month, month_system)} {c.start.year}"
        else:
            label = f"{c.start.month}/{c.start.year}"
        room = len(label) * 6.2 + 6
        x = max(col_x(i) + col, room)      # a label at the left end is kept inside the chart
        if last_left is not None and x > last_left:
            continue
        last_left = x - room
        if words:
            out.append(f'<text class="month" x="{_fmt(x)}" y="{_fmt(axis_y + 24)}" '
                       f'text-anchor="start" direction="rtl" fill="{TEXT}">{escape(label)}</text>')
        else:
            out.append(f'<text class="month" x="{_fmt(x)}" y="{_fmt(axis_y + 24)}" '
                       f'text-anchor="end" direction="ltr" fill="{TEXT}">{label}</text>')
    return out


def _bars(columns: Sequence[Column], rows: Sequence[ChartRow], unit: str, month_system: str,
          href: Optional[Callable[[object], str]], words: bool, title: str) -> str:
    """A column of bars per period, a row per measure, the earliest on the right."""
    gutter = LABEL_GUTTER if words else 0
    row_height = ROW_HEIGHT if words else PRINT_ROW_HEIGHT
    pos = _gaps(columns)
    ncols = pos[-1] + 1
    col = max(5.0, min(34.0, 620.0 / ncols)) if words else max(5.0, (PRINT_WIDTH - 2 * MARGIN) / ncols)
    plot_w = ncols * col
    width = gutter + plot_w + 2 * MARGIN
    height = MARGIN + len(rows) * row_height + AXIS_HEIGHT
    right = width - gutter - MARGIN      # the plot's right edge (first column)

    def col_x(i: int) -> float:
        return right - (pos[i] + 1) * col

    out = _open(width, height, title, f"chart bars by-{unit}")
    show_values = col >= 14
    for r, row in enumerate(rows):
        top = MARGIN + r * row_height
        base = top + row_height - 8
        peak = max(row.values) or 1
        usable = row_height - 24
        scale = usable / peak
        out.append(f'<g class="row {row.css}">')
        if words:
            out.append(_row_label(width - MARGIN, base - usable / 2, row.label))
        out.append(f'<line class="base" x1="{_fmt(right)}" x2="{_fmt(right - plot_w)}" '
                   f'y1="{_fmt(base)}" y2="{_fmt(base)}" stroke="{LINE}" stroke-width="1"/>')
        for i, (c, v) in enumerate(zip(columns, row.values)):
            if not v:
                continue
            h = max(2.0, scale * v)
            tip = f"{_heading(c, unit, month_system)} — {row.label}: {v}"
            bar = (f'<rect x="{_fmt(col_x(i) + col * 0.15)}" y="{_fmt(base - h)}" width="{_fmt(col * 0.7)}" '
                   f'height="{_fmt(h)}" fill="{row.colour}" class="bar" {_data(i, c, row.key)} '
                   f'data-value="{v}" data-base="{_fmt(base)}" data-scale="{scale:.6g}">'
                   f'<title>{escape(tip)}</title></rect>')
            out.append(_link(bar, c, href))
            if show_values:
                out.append(f'<text class="value" aria-hidden="true" {_data(i, c, row.key)} x="{_fmt(col_x(i) + col / 2)}" '
                           f'y="{_fmt(base - h - 3)}" text-anchor="middle" font-size="10" fill="{TEXT}">{v}</text>')
        out.append("</g>")
    axis_y = MARGIN + len(rows) * row_height
    out.append(f'<g class="axis" fill="{MUTED}">')
    out.extend(_axis_labels(columns, unit, month_system, words, col_x, col, axis_y))
    out.append("</g></svg>")
    return "".join(out)


def _strip(columns: Sequence[Column], rows: Sequence[ChartRow], href: Optional[Callable[[object], str]],
           words: bool, title: str) -> str:
    """A few days as one compact strip: a cell per day (the earliest on the right) with
    the day's name, then a short horizontal bar and its number per row."""
    gutter = LABEL_GUTTER if words else 0
    n = len(columns)
    cell = STRIP_CELL if words else (PRINT_WIDTH - 2 * MARGIN) / n
    width = gutter + n * cell + 2 * MARGIN
    height = MARGIN + STRIP_HEAD + len(rows) * STRIP_ROW + MARGIN / 2
    right = width - gutter - MARGIN
    reach = cell - 2 * STRIP_PAD - STRIP_NUMBER      # the longest bar of a row
    out = _open(width, height, title, "chart strip")
    out.append(f'<g class="days" fill="{TEXT}" font-weight="bold">')
    for i, c in enumerate(columns):
        edge = right - i * cell
        if i:
            out.append(f'<line class="cell" x1="{_fmt(edge)}" x2="{_fmt(edge)}" y1="{_fmt(MARGIN)}" '
                       f'y2="{_fmt(height - MARGIN / 2)}" stroke="{LINE}" stroke-width="1"/>')
        if words:
            out.append(f'<text x="{_fmt(edge - STRIP_PAD)}" y="{_fmt(MARGIN + 12)}" text-anchor="start" '
                       f'direction="rtl">{escape(c.first.heading)}</text>')
        else:
            out.append(f'<text x="{_fmt(edge - STRIP_PAD)}" y="{_fmt(MARGIN + 12)}" text-anchor="end" direction="ltr">'
                       f"{c.start.day}/{c.start.month}/{c.start.year}</text>")
    out.append("</g>")
    for r, row in enumerate(rows):
        top = MARGIN + STRIP_HEAD + r * STRIP_ROW
        peak = max(row.values) or 1
        scale = reach / peak
        out.append(f'<g class="row {row.css}">')
        if words:
            out.append(_row_label(width - MARGIN, top + STRIP_BAR, row.label))
        for i, (c, v) in enumerate(zip(columns, row.values)):
            edge = right - i * cell - STRIP_PAD
            w = scale * v
            if v:
                tip = f"{c.first.heading} — {row.label}: {v}"
                bar = (f'<rect x="{_fmt(edge - w)}" y="{_fmt(top)}" width="{_fmt(w)}" height="{STRIP_BAR}" '
                       f'fill="{row.colour}" class="bar" {_data(i, c, row.key)} data-value="{v}" '
                       f'data-edge="{_fmt(edge)}" data-scale="{scale:.6g}"><title>{escape(tip)}</title></rect>')
                out.append(_link(bar, c, href))
                out.append(f'<text class="value" aria-hidden="true" {_data(i, c, row.key)} x="{_fmt(edge - w - 4)}" '
                           f'y="{_fmt(top + STRIP_BAR - 1)}" text-anchor="end" direction="ltr" font-size="10" '
                           f'fill="{TEXT}">{v}</text>')
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)


def chart_svg(days: Sequence, month_system: str = "egyptian",
              href: Optional[Callable[[object], str]] = None, words: bool = True) -> Chart:
    """The chart for ``days`` (DayView-like: date, heading, anchor, entries, counts) in date order.

    ``href`` gives a day's link (each column links to its first day).
    ``words=False`` draws no Arabic words (row names, month names) inside the
    SVG, for WeasyPrint, which neither shapes nor reorders Arabic in SVG text:
    the PDF names the rows in an HTML legend and months as 12/2016. The result is
    markup, with the chart's table, unit, title and caption as attributes.
    """
    columns = chart_columns(days)
    rows = _rows(columns)
    if not rows:
        return Chart("")
    unit = column_unit(days)
    title = _words()["title"][unit]
    if unit == "day" and len(columns) <= SHORT_COLUMNS:
        svg = _strip(columns, rows, href, words, title)
    else:
        svg = _bars(columns, rows, unit, month_system, href, words, title)
    chart = Chart(svg)
    chart.unit, chart.title, chart.caption = unit, title, _words()["caption"][unit]
    if words:
        chart.table = _table(columns, rows, unit, month_system, href, title)
    return chart


def _table(columns: Sequence[Column], rows: Sequence[ChartRow], unit: str, month_system: str,
           href: Optional[Callable[[object], str]], title: str) -> Markup:
    words = _words()["table"]
    out = [f'<table class="chart-table by-{unit}"><caption>{escape(title)}</caption><thead><tr>'
           f'<th scope="col">{escape(words["period"])}</th>']
    out.extend(f'<th scope="col" data-row="{row.key}">{escape(row.label)}</th>' for row in rows)
    out.append("</tr></thead><tbody>")
    for i, c in enumerate(columns):
        name = escape(_heading(c, unit, month_system))
        if href is not None:
            name = Markup(f'<a href="{escape(href(c.first))}">{name}</a>')
        out.append(f'<tr data-col="{i}" data-start="{c.start.isoformat()}" data-end="{c.end.isoformat()}">'
                   f'<th scope="row">{name}</th>')
        out.extend(f'<td data-row="{row.key}" data-value="{row.values[i]}">{row.values[i]}</td>' for row in rows)
        out.append("</tr>")
    out.append("</tbody></table>")
    return Markup("".join(out))


def chart_table(days: Sequence, month_system: str = "egyptian",
                href: Optional[Callable[[object], str]] = None) -> Markup:
    """The chart as an HTML table, its text alternative: a caption, then a row per
    drawn column (the period, its entries and its figures, one cell per chart row)."""
    columns = chart_columns(days)
    rows = _rows(columns)
    if not rows:
        return Markup("")
    unit = column_unit(days)
    return _table(columns, rows, unit, month_system, href, _words()["title"][unit])
