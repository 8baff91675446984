"""The typed time value (timeline.values): every TIMEX-SPEC format, bounds, comparisons, bad strings."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from timeline.model import Timex, published_clock
from timeline.temporal.values import valid_value
from timeline.values import Kind, Precision, TimeValue, month_of, order_key, period_end, period_start

D = dt.date


@pytest.mark.parametrize("text, precision, first, last", [
    ("2016", Precision.YEAR, D(2016, 1, 1), D(2016, 12, 31)),
    ("2016-Q1", Precision.QUARTER, D(2016, 1, 1), D(2016, 3, 31)),
    ("2016-Q4", Precision.QUARTER, D(2016, 10, 1), D(2016, 12, 31)),
    ("2016-02", Precision.MONTH, D(2016, 2, 1), D(2016, 2, 29)),
    ("2015-02", Precision.MONTH, D(2015, 2, 1), D(2015, 2, 28)),
    ("2016-12", Precision.MONTH, D(2016, 12, 1), D(2016, 12, 31)),
    ("2016-W49", Precision.WEEK, D(2016, 12, 5), D(2016, 12, 11)),
    ("2015-W53", Precision.WEEK, D(2015, 12, 28), D(2016, 1, 3)),     # an ISO week across the year's end
    ("2016-W49-WE", Precision.WEEKEND, D(2016, 12, 10), D(2016, 12, 11)),
    ("2016-12-08", Precision.DAY, D(2016, 12, 8), D(2016, 12, 8)),
    ("2016-02-29", Precision.DAY, D(2016, 2, 29), D(2016, 2, 29)),
    ("2016-12-08TMO", Precision.PART_OF_DAY, D(2016, 12, 8), D(2016, 12, 8)),
    ("2016-12-08TNI", Precision.PART_OF_DAY, D(2016, 12, 8), D(2016, 12, 8)),
    ("2016-12-08T03:00", Precision.MINUTE, D(2016, 12, 8), D(2016, 12, 8)),
    ("2016-12-08T23:59Z", Precision.MINUTE, D(2016, 12, 8), D(2016, 12, 8)),
    ("2016-12-08T10:30+02:00", Precision.MINUTE, D(2016, 12, 8), D(2016, 12, 8)),
])
def test_calendar_values_parse_with_their_precision_and_bounds(text, precision, first, last):
    v = TimeValue.parse(text)
    assert v.kind is Kind.CALENDAR and v.valid and v.is_calendar
    assert v.precision is precision
    assert (v.first_day, v.last_day) == (first, last)
    assert (period_start(text), period_end(text)) == (first, last)
    assert v.text == text


def test_the_parts_of_a_value_as_written():
    t = TimeValue.parse("2016-12-08T10:30+02:00")
    assert (t.year, t.month, t.day, t.clock, t.zone, t.part) == (2016, 12, D(2016, 12, 8), dt.time(10, 30),
                                                                "+02:00", None)
    assert t.time_of_day == "10:30"
    p = TimeValue.parse("2016-12-08TEV")
    assert (p.part, p.clock, p.zone, p.time_of_day) == ("EV", None, None, "EV")
    w = TimeValue.parse("2015-W01")                # the ISO year as written; its first day is in 2014
    assert (w.year, w.month, w.first_day) == (2015, None, D(2014, 12, 29))
    assert (w.month_key, w.year_key) == ("2014-12", "2014")
    assert TimeValue.parse("2016-Q3").month is None


def test_day_only_from_a_day_or_finer():
    assert TimeValue.parse("2016-12-08").day == D(2016, 12, 8)
    assert TimeValue.parse("2016-12-08TAF").day == D(2016, 12, 8)
    assert TimeValue.parse("2016-12-08T10:00").day_key == "2016-12-08"
    for coarse in ("2016", "2016-Q4", "2016-12", "2016-W49", "2016-W49-WE", "PAST_REF", "P3D"):
        v = TimeValue.parse(coarse)
        assert v.day is None and v.day_key is None, coarse
    assert TimeValue.parse("2016-12-08").at_least(Precision.DAY)
    assert not TimeValue.parse("2016-W49-WE").at_least(Precision.DAY)
    assert TimeValue.parse("2016-W49-WE").at_least(Precision.WEEK)
    assert not TimeValue.parse("PRESENT_REF").at_least(Precision.YEAR)


@pytest.mark.parametrize("text", ["PAST_REF", "PRESENT_REF", "FUTURE_REF"])
def test_references_are_not_on_the_calendar(text):
    v = TimeValue.parse(text)
    assert v.kind is Kind.REFERENCE and v.valid and not v.is_calendar
    assert v.precision is None and v.first_day is None and v.month_key is None
    assert not v.before(D(2016, 12, 8)) and not v.after(D(2016, 12, 8))
    with pytest.raises(ValueError):
        period_start(text)
    with pytest.raises(ValueError):
        v.truncate(Precision.YEAR)


@pytest.mark.parametrize("text, quantities", [
    ("P7D", ((7, "day"),)),
    ("P2W", ((2, "week"),)),
    ("P5M", ((5, "month"),)),
    ("P1Y", ((1, "year"),)),
    ("PT3H", ((3, "hour"),)),
    ("PT90M", ((90, "minute"),)),
    ("PXD", ((None, "day"),)),
    ("PTXH", ((None, "hour"),)),
    ("P2.5M", ((2.5, "month"),)),
    ("P1Y1M8DT1H1M", ((1, "year"), (1, "month"), (8, "day"), (1, "hour"), (1, "minute"))),
])
def test_durations_keep_their_quantities(text, quantities):
    v = TimeValue.parse(text)
    assert v.kind is Kind.DURATION and v.precision is None and v.first_day is None
    assert v.quantities == quantities
    assert v.quantity == (quantities[0] if len(quantities) == 1 else None)


def test_a_duration_counts_days_unless_it_is_of_hours_alone():
    assert TimeValue.parse("P3D").counts_days and TimeValue.parse("PXW").counts_days
    assert TimeValue.parse("P1DT2H").counts_days
    assert not TimeValue.parse("PT48H").counts_days and not TimeValue.parse("PTXH").counts_days
    assert not TimeValue.parse("2016-12-08").counts_days


@pytest.mark.parametrize("text, weekday, time_of_day", [
    ("XXXX-WXX-4", 4, None), ("XXXX-WXX-7", 7, None),
    ("XXXX-XX-XXTMO", None, "MO"), ("XXXX-XX-XXT08:00", None, "08:00"),
])
def test_sets(text, weekday, time_of_day):
    v = TimeValue.parse(text)
    assert v.kind is Kind.SET and v.precision is None and v.first_day is None
    assert (v.weekday, v.time_of_day) == (weekday, time_of_day)


@pytest.mark.parametrize("bad", [
    "", "2016-13", "2016-00", "2016-02-30", "2015-02-29", "2016-W00", "2016-W53", "2016-Q5", "2016-Q0",
    "2016-12-08T24:00", "2016-12-08T10:60", "2016-12-08TXX", "2016-12-08T10", "16-12-08", "2016-1-5",
    "12/08/2016", "0000", "P", "PT", "P3DT", "P3", "PD", "XXXX-WXX-8", "present_ref", " 2016", "2016-12-08 ",
    "2016-12-08T10:30:00", "٢٠١٦", "2016-SU", "2016-H1", "201X",
])
def test_strings_no_format_admits_are_unknown(bad):
    v = TimeValue.parse(bad)
    assert v.kind is Kind.UNKNOWN and not v.valid and not v.is_calendar
    assert v.precision is None and v.day is None and v.first_day is None and v.quantities == ()
    with pytest.raises(ValueError):
        order_key(bad)
    with pytest.raises(ValueError):
        month_of(bad)


def test_parse_rejects_what_is_not_a_string():
    with pytest.raises(TypeError):
        TimeValue.parse(20161208)


DCT = D(2016, 12, 8)


@pytest.mark.parametrize("text, before, after", [
    ("2016-12-07", True, False), ("2016-12-08", False, False), ("2016-12-09", False, True),
    ("2016-12-07TNI", True, False), ("2016-12-08T23:00", False, False),
    ("2016-11", True, False), ("2016-12", False, False), ("2017-01", False, True),
    ("2015", True, False), ("2016", False, False), ("2017", False, True),
    ("2016-W48", True, False), ("2016-W49", False, False), ("2016-W50", False, True),
    ("2016-W49-WE", False, True),                   # Saturday 10 and Sunday 11 December
    ("2016-W48-WE", True, False),
    ("2016-Q3", True, False), ("2016-Q4", False, False), ("2017-Q1", False, True),
])
def test_before_and_after_a_publication_date_at_the_value_precision(text, before, after):
    v = TimeValue.parse(text)
    assert v.before(DCT) is before
    assert v.after(DCT) is after
    assert v.contains(DCT) is (not before and not after)


def test_overlaps_a_period_open_on_either_side():
    month = TimeValue.parse("2016-12")
    assert month.overlaps(D(2016, 12, 31), None) and month.overlaps(None, D(2016, 12, 1))
    assert not month.overlaps(D(2017, 1, 1), None) and not month.overlaps(None, D(2016, 11, 30))
    assert month.overlaps(None, None)
    assert not TimeValue.parse("PAST_REF").overlaps(None, None)


@pytest.mark.parametrize("text, precision, expected", [
    ("2016-12-08T10:30", Precision.DAY, "2016-12-08"),
    ("2016-12-08TMO", Precision.DAY, "2016-12-08"),
    ("2016-12-08", Precision.WEEK, "2016-W49"),
    ("2016-12-08", Precision.MONTH, "2016-12"),
    ("2016-12-08", Precision.QUARTER, "2016-Q4"),
    ("2016-12-08", Precision.YEAR, "2016"),
    ("2016-01-01", Precision.WEEK, "2015-W53"),
    ("2016-W49-WE", Precision.WEEK, "2016-W49"),
    ("2016-W48", Precision.MONTH, "2016-11"),      # the month of its first day (28 November)
    ("2015-W01", Precision.YEAR, "2014"),
    ("2016-12", Precision.QUARTER, "2016-Q4"),
    ("2016-12", Precision.MONTH, "2016-12"),
])
def test_truncation_gives_the_coarser_value_holding_the_first_day(text, precision, expected):
    assert TimeValue.parse(text).truncate(precision) == TimeValue.parse(expected)


@pytest.mark.parametrize("text, precision", [
    ("2016-12", Precision.DAY), ("2016", Precision.MONTH), ("2016-Q4", Precision.WEEK),
    ("2016-12-08", Precision.WEEKEND), ("2016-12-08T10:30", Precision.PART_OF_DAY), ("P3D", Precision.DAY),
])
def test_truncation_never_makes_a_finer_value(text, precision):
    with pytest.raises(ValueError):
        TimeValue.parse(text).truncate(precision)


def test_holding_a_day():
    day = D(2016, 12, 8)
    assert [TimeValue.holding(day, p).text for p in (Precision.YEAR, Precision.QUARTER, Precision.MONTH,
                                                     Precision.WEEK, Precision.DAY)] == \
        ["2016", "2016-Q4", "2016-12", "2016-W49", "2016-12-08"]
    with pytest.raises(ValueError):
        TimeValue.holding(day, Precision.MINUTE)


def test_order_puts_a_period_before_the_finer_values_it_starts_with():
    values = ["2016-12-08", "2016-12", "2016-W49", "2016", "2016-12-05", "2016-11-30", "2016-W48", "2017"]
    assert sorted(values, key=order_key) == ["2016", "2016-W48", "2016-11-30", "2016-12", "2016-W49",
                                             "2016-12-05", "2016-12-08", "2017"]


def test_month_of_is_the_page_of_a_value():
    assert [month_of(v) for v in ("2016-12-08", "2016-12", "2016", "2016-W48", "2015-W01", "2016-Q4")] == \
        ["2016-12", "2016-12", "2016-01", "2016-11", "2014-12", "2016-10"]


def test_parsing_is_memoised_and_values_compare_by_content():
    assert TimeValue.parse("2016-12-08") is TimeValue.parse("2016-12-08")
    assert TimeValue.parse("2016-12") != TimeValue.parse("2016-12-01")
    assert len({TimeValue.parse("2016"), TimeValue.parse("2016")}) == 1


def test_a_timex_keeps_its_parsed_value_and_pickles_without_it():
    t = Timex(0, 3, "أمس", "DATE", "2016-12-07")
    assert t.time is t.time and t.time.day == D(2016, 12, 7)
    fast = Timex.fast(0, 4, "صباح", "TIME", "2016-12-08TMO", None, None, "", "", None, None, "", "")
    assert fast.time.precision is Precision.PART_OF_DAY
    again = pickle.loads(pickle.dumps(t))
    assert "time" not in again.__dict__ and again == t and again.time == t.time


@pytest.mark.parametrize("type_, value, day", [
    ("DATE", "2016-12-08", "2016-12-08"), ("TIME", "2016-12-08T10:00", "2016-12-08"),
    ("TIME", "2016-12-08TMO", "2016-12-08"), ("DATE", "2016-12", "2016-12"), ("DATE", "2016", "2016"),
    ("DATE", "2016-Q4", "2016"), ("DATE", "2016-W49", None), ("DATE", "2016-W49-WE", None),
    ("DATE", "PAST_REF", None), ("DURATION", "P3D", None), ("SET", "XXXX-WXX-4", None),
])
def test_timex_day(type_, value, day):
    assert Timex(0, 1, "x", type_, value).day == day


@pytest.mark.parametrize("published, clock", [
    ("2020-03-15T21:40", dt.time(21, 40)), ("2020-03-15 21:40:05+0200", dt.time(21, 40, 5)),
    ("2020-03-15T21:40Z", dt.time(21, 40)), ("2020-03-15", None), ("2020-03-15T25:00", None), ("15/03/2020", None),
])
def test_the_clock_of_a_publication_date(published, clock):
    assert published_clock(published) == clock


@pytest.mark.parametrize("type_, value, valid", [
    ("DATE", "2016-12-08", True), ("DATE", "2016-W49-WE", True), ("DATE", "2016-Q4", True), ("DATE", "PAST_REF", True),
    ("DATE", "2016-12-08TMO", False), ("DATE", "2016-02-30", False), ("DATE", "2016-W54", False),
    ("TIME", "2016-12-08TMO", True), ("TIME", "2016-12-08T10:30+02:00", True), ("TIME", "2016-12-08", False),
    ("TIME", "2016-12-08T24:10", False),
    ("DURATION", "P3D", True), ("DURATION", "PXD", True), ("DURATION", "P1Y1M8DT1H1M", True),
    ("DURATION", "P", False), ("DURATION", "2016", False),
    ("SET", "XXXX-WXX-4", True), ("SET", "XXXX-XX-XXTEV", True), ("SET", "P1W", True), ("SET", "PXD", False),
    ("NAME", "2016", False),
])
def test_which_values_a_type_admits(type_, value, valid):
    """The type check reads values through TimeValue: a real day, week or time only."""
    assert valid_value(type_, value) is valid
    assert valid_value(type_, value, "APPROX") is valid and not valid_value(type_, value, "ABOUT")
