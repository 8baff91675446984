"""Text encodings and publication-date formats."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import InputError
from timeline.readers.dates import DateError, normalize_date
from timeline.readers.decode import decode

AR = "قال الدفاع المدني أمس الأربعاء إن 60 شخصا قتلوا في حلب.\nوأضاف أن القصف مستمر."


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1256",
                                   "iso8859_6"])
def test_arabic_decodes_right(codec):
    assert decode(AR.encode(codec), "f").lstrip("\ufeff") == AR


def test_french_in_a_western_code_page():
    text = "Le président a déclaré mercredi que la trêve était rompue à Alep. Élection prévue."
    assert decode(text.encode("cp1252"), "f") == text


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"), (b" \n\t", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300), "a binary file"),
    (b"PK\x03\x04" + bytes(range(256)) * 4, "a binary file"),
])
def test_refused(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "f")


@pytest.mark.parametrize("value, expected", [
    ("2016-12-08", "2016-12-08"),
    ("2016-12-08T10:30", "2016-12-08T10:30:00"),
    ("2016-12-08T01:00:00+03:00", "2016-12-08T01:00:00+03:00"),
    ("2016-12-08 10:30Z", "2016-12-08T10:30:00+00:00"),
    ("Thu, 08 Dec 2016 01:30:00 +0300", "2016-12-08T01:30:00+03:00"),
    (dt.date(2016, 12, 8), "2016-12-08"),
    (dt.datetime(2016, 12, 8, 9, 5), "2016-12-08T09:05:00"),
])
def test_dates_accepted(value, expected):
    assert normalize_date(value) == expected


@pytest.mark.parametrize("value, message", [
    ("2016-02-30", "impossible"), ("Tue, 30 Feb 2016 10:00:00 +0000", "impossible"),
    ("08/12/2016", "unknown format"), ("أمس", "unknown format"), ("2016-1-5", "not YYYY-MM-DD"), (20161208, "not a date"),
])
def test_dates_refused(value, message):
    with pytest.raises(DateError, match=message):
        normalize_date(value)
