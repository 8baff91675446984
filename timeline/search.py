"""``search_dates``: dateparser's ``search_dates``, with Arabic read by our tagger.

A dateparser user changes one import::

    from timeline import search_dates          # was: from dateparser.search import search_dates

    search_dates("قال مسؤول أمس الأربعاء إن ...", settings={"RELATIVE_BASE": datetime(2016, 12, 8)})
    # [('أمس الأربعاء', datetime.datetime(2016, 12, 7, 0, 0))]

The signature and the return shape are dateparser's: a list of ``(matched text,
datetime)`` tuples in text order, or ``None`` when nothing is found.
``add_period`` and ``add_detected_language`` add the period and ``"ar"`` to each
tuple, in dateparser's order.

Which text goes where
    Text goes through ``timeline.temporal`` when ``languages`` is ``["ar"]``, when
    it holds ``"ar"`` among others and the text is in Arabic, or, with
    ``languages=None``, when the text is detected as Arabic
    (``timeline.readers.language``: mostly Arabic letters, no Persian or Urdu
    letter). Everything else goes to ``dateparser.search.search_dates`` with the
    very arguments given: for English, French ... this function *is* dateparser's.
    Its other keywords (``strategy``, ``date_formats``,
    ``detect_languages_function``) are used on that path only.

Matched text
    The expression as the tagger spans it (``أمس الأربعاء``, ``15 نوفمبر/تشرين
    الثاني الماضي``), always ``text[start:end]`` of the original text: no
    normalisation shifts it. Signals (في، منذ، خلال) stay outside, where dateparser
    often takes in a word either side (``في 15 يناير في``).

Settings read on the Arabic path (a dict or a ``dateparser.conf.Settings``)
    ``RELATIVE_BASE``
        the anchor (the publication date), default now (in ``TIMEZONE``, as
        dateparser). Its time of day is the publication moment (``منذ ساعتين``).
        An aware one is read at its wall-clock time.
    ``PREFER_DATES_FROM``
        not given: the tagger's own reading of the context decides which side of
        the anchor a bare weekday, a day and month, or a month lies on (past-tense
        report, future verb, المقبل/الماضي, a forecast ...), which is the point of
        this layer. Given, it decides where the text leaves the side open: a
        weekday under the unmarked (past) tense, a day and month or a month with no
        cue. ``past``: on or before the anchor; ``future``: on or after it;
        ``current_period``: the weekday of the anchor's week (Monday to Sunday), the
        anchor's year. A cue word or a future verb keeps its reading (``الأحد
        المقبل`` is next Sunday whatever is preferred). Hijri dates keep theirs.
    ``PREFER_DAY_OF_MONTH``, ``PREFER_MONTH_OF_YEAR``
        fill what a month, year or quarter leaves out, as dateparser does:
        ``current`` takes the anchor's day (the month's last when it has fewer) and
        month (a quarter: the month in the anchor's place in its quarter),
        ``first``/``last`` the first/last. A value with ``mod`` START or END
        (``مطلع الشهر المقبل``, ``نهاية العام``) takes the first/last instead. A week
        takes the anchor's weekday (dateparser's "last week"), or Monday/Sunday for
        START/END; a weekend its Saturday.
    ``PARTS_OF_DAY``
        the clock time of صباح/ظهر/مساء/ليلة (morning, afternoon, evening, night;
        dateparser's defaults 09:00, 15:00, 18:00, 20:00).
    ``TIMEZONE``, ``TO_TIMEZONE``, ``RETURN_AS_TIMEZONE_AWARE``
        applied by dateparser's own ``apply_timezone_from_settings``, so the
        results are naive or aware exactly when dateparser's would be.
    ``RETURN_TIME_AS_PERIOD``
        with ``add_period``: ``time`` and ``part_of_day`` instead of ``day``.

    Other settings (``DATE_ORDER``, ``STRICT_PARSING``, ``REQUIRE_PARTS`` ...) are
    dateparser's parsing knobs and are not read for Arabic.

Time of day
    As dateparser: a value counted from the anchor (``أمس``, ``اليوم``, ``الشهر
    الماضي``, ``قبل أسبوع``, ``منذ ثلاثة أيام``) keeps the anchor's time of day; a
    named day, month or year (``الأربعاء``, ``3 كانون الأول 2016``) is at
    midnight; a clock time is itself.

What is not a point in time
    Durations (``لمدة ثلاثة أيام``: dateparser reads "3 days" as three days ago),
    sets (``كل يوم اثنين``) and ``PAST_REF``/``FUTURE_REF`` (``مؤخرا``, ``لاحقا``,
    which dateparser does not find either) are left out. ``PRESENT_REF``
    (``الآن``, ``حاليا``) is the anchor itself, as dateparser's "now". A range keeps
    each end as its own match (``من 10 إلى 15 ديسمبر``: ``10`` and ``15 ديسمبر``).
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any, Iterable, Optional

__all__ = ["search_dates"]

#: resolutions counted from the anchor: their datetime keeps its time of day (dateparser's
#: "yesterday", "last month", "3 days ago")
_COUNTED = ("relative-day", "period:", "offset:dct", "since:ago")
#: resolutions where the text leaves the side of the anchor open (see PREFER_DATES_FROM)
_OPEN_WEEKDAY = frozenset({"weekday:past-tense"})
_OPEN_DATE = frozenset({"date:year-nearest"})
_OPEN_MONTH = frozenset({"month:year-nearest", "month:year-past-tense"})
#: TIMEX part of day -> dateparser's PartsOfDay field, and its default clock time
_PARTS = {"MO": ("morning", 9), "AF": ("afternoon", 15), "EV": ("evening", 18), "NI": ("night", 20)}
_SIDES = {"past": "on_or_before", "future": "on_or_after"}


def search_dates(text: str, languages: Optional[Iterable[str]] = None, settings: Any = None,
                 **options: Any) -> Optional[list[tuple]]:
    """The dates in ``text``: ``[(matched text, datetime), ...]`` in text order, or None.

    dateparser's call (``dateparser.search.search_dates``) for text it reads; Arabic
    through ``timeline.temporal`` (see the module's documentation for what each
    setting does there).
    """
    if languages is not None:
        languages = list(languages)
    lang = _ours(text, languages)
    if lang is None:
        from dateparser.search import search_dates as dateparser_search

        return dateparser_search(text, languages=languages, settings=settings, **options)
    conf = _settings(settings)
    return _search_ours(text, conf, _preference(settings, conf), bool(options.get("add_period")),
                        lang if options.get("add_detected_language") else None)


def _ours(text: str, languages: Optional[list[str]]) -> Optional[str]:
    """The language our tagger reads (the default pack's: Arabic) when the text goes to it, else None."""
    from timeline.lang import DEFAULT_LANG

    if languages is not None and DEFAULT_LANG not in languages:
        return None
    if languages == [DEFAULT_LANG]:
        return DEFAULT_LANG
    if not any("\u0600" <= c <= "\u06ff" for c in text):
        return None             # no Arabic letter: no need to ask the detector
    from timeline.readers.language import detect_language

    return DEFAULT_LANG if detect_language(text) == DEFAULT_LANG else None


def _settings(settings: Any):
    """dateparser's settings object for ``settings``, made as its own ``apply_settings`` does
    (so a bad value fails as it would there)."""
    from dateparser.conf import Settings, check_settings, settings as defaults

    if settings is None:
        return defaults
    if isinstance(settings, dict):
        settings = defaults.replace(mod_settings=settings, **settings)
    if not isinstance(settings, Settings):
        raise TypeError("settings can only be either dict or instance of Settings class")
    check_settings(settings)
    return settings


def _preference(given: Any, conf) -> Optional[str]:
    """PREFER_DATES_FROM when the caller set it (a Settings object: also when it is not
    dateparser's default), else None: the tagger's reading of the context decides."""
    from dateparser.conf import settings as defaults

    if isinstance(given, dict):
        return conf.PREFER_DATES_FROM if "PREFER_DATES_FROM" in given else None
    if given is not None and ("PREFER_DATES_FROM" in getattr(given, "_mod_settings", {})
                              or conf.PREFER_DATES_FROM != defaults.PREFER_DATES_FROM):
        return conf.PREFER_DATES_FROM
    return None


def _base(conf) -> dt.datetime:
    if conf.RELATIVE_BASE:
        return conf.RELATIVE_BASE.replace(tzinfo=None)
    if "local" in conf.TIMEZONE.lower():
        return dt.datetime.now()
    from dateparser.utils import apply_timezone

    return apply_timezone(dt.datetime.now(dt.timezone.utc), conf.TIMEZONE).replace(tzinfo=None)


def _search_ours(text: str, conf, prefer: Optional[str], add_period: bool,
                 add_language: Optional[str]) -> Optional[list[tuple]]:
    from dateparser.utils import apply_timezone_from_settings

    from timeline.temporal import Tagger

    base = _base(conf)
    found = []
    for t in Tagger().tag(text, base.strftime("%Y-%m-%dT%H:%M")):
        point = _point(t, base, conf, prefer)
        if point is None:
            continue
        when, period = point
        item: tuple = (text[t.start:t.end], apply_timezone_from_settings(when, conf))
        if add_period:
            if period in ("time", "part_of_day") and not conf.RETURN_TIME_AS_PERIOD:
                period = "day"
            item += (period,)
        if add_language:
            item += (add_language,)
        found.append(item)
    return found or None


def _point(t, base: dt.datetime, conf, prefer: Optional[str]) -> Optional[tuple[dt.datetime, str]]:
    """The datetime standing for a timex and its dateparser period, or None when it is no point in time."""
    from timeline.values import Kind, Precision, TimeValue

    v = TimeValue.parse(t.value)
    if v.kind is Kind.REFERENCE:
        return (base, "time") if v.text == "PRESENT_REF" else None
    if not v.is_calendar:
        return None                     # a duration, a set
    clock = base.time() if t.resolution.startswith(_COUNTED) else dt.time()
    edge = {"START": "first", "END": "last"}.get(t.mod or "")
    if v.at_least(Precision.DAY):
        day = v.day if prefer is None else _preferred_day(t.resolution, v.day, base.date(), prefer)
        if v.clock is not None:
            zone = dt.datetime.strptime(v.zone, "%z").tzinfo if v.zone else None
            return dt.datetime.combine(day, v.clock, zone), "time"
        if v.part is not None:
            name, hour = _PARTS[v.part]
            return dt.datetime.combine(day, getattr(getattr(conf, "PARTS_OF_DAY", None), name, dt.time(hour))), \
                "part_of_day"
        return dt.datetime.combine(day, clock), "day"
    if v.precision is Precision.WEEKEND:
        return dt.datetime.combine(v.start, clock), "week"           # its Saturday
    if v.precision is Precision.WEEK:
        weekday = {"first": 1, "last": 7}.get(edge, base.isoweekday())
        return dt.datetime.combine(v.start + dt.timedelta(days=weekday - 1), clock), "week"
    year = v.year
    if v.precision is Precision.MONTH:
        month, period = v.month, "month"
        if prefer is not None and t.resolution in _OPEN_MONTH:
            year = _preferred_year(month, base.date(), prefer)
    elif v.precision is Precision.QUARTER:
        first = v.start.month
        month = {"first": first, "last": first + 2}.get(edge or conf.PREFER_MONTH_OF_YEAR,
                                                         first + (base.month - 1) % 3)
        period = "month"
    else:
        month = {"first": 1, "last": 12}.get(edge or conf.PREFER_MONTH_OF_YEAR, base.month)
        period = "year"
    last = calendar.monthrange(year, month)[1]
    day = {"first": 1, "last": last}.get(edge or conf.PREFER_DAY_OF_MONTH, min(base.day, last))
    return dt.datetime.combine(dt.date(year, month, day), clock), period


def _preferred_day(resolution: str, day: dt.date, anchor: dt.date, prefer: str) -> dt.date:
    """``day`` moved to the preferred side of the anchor, where the text left the side open
    (a bare weekday, a day and month)."""
    from timeline.temporal import calendar as C

    side = _SIDES.get(prefer)
    if resolution in _OPEN_WEEKDAY:
        weekday = day.isoweekday()
        if side is None:            # current_period: that weekday in the anchor's week
            return anchor + dt.timedelta(days=weekday - anchor.isoweekday())
        return C.weekday_near(anchor, weekday, side)
    if resolution in _OPEN_DATE:
        if side is None:            # current_period: the anchor's year
            try:
                return day.replace(year=anchor.year)
            except ValueError:      # 29 February outside a leap year: the tagger's year stands
                return day
        return C.infer_year(anchor, day.month, day.day, side) or day
    return day


def _preferred_year(month: int, anchor: dt.date, prefer: str) -> int:
    """The year of a month named alone, on the preferred side of the anchor."""
    from timeline.temporal import calendar as C

    side = _SIDES.get(prefer)
    return anchor.year if side is None else C.infer_month_year(anchor, month, side)
