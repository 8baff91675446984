"""Decoding is strict: UTF-8 with a few invalid bytes is one problem naming
the file and the byte, never another code page's mojibake."""

from __future__ import annotations

import pytest

from timeline.model import InputError
from timeline.articles import read_sources
from timeline.readers import ReadOptions
from timeline.readers.decode import decode

AR = "قتل 5 أشخاص أمس الأربعاء في قصف على حلب، وقال الدفاع المدني إن فرقه انتشلت الجثث من تحت الأنقاض."


@pytest.mark.parametrize("bad", [b"\xff", b"\xc3", b"\x80\x80", b"\xed\xa0\x80"])
@pytest.mark.parametrize("at", [0, 17, -1])
def test_utf8_with_invalid_bytes_is_refused_with_its_offset(bad, at):
    good = AR.encode("utf-8")
    if at == -1:
        data = good + bad
        offset = len(good)
    else:
        # between two characters (Arabic letters are two bytes, so even offsets are boundaries)
        cut = len(AR[:at].encode("utf-8"))
        data = good[:cut] + bad + good[cut:]
        offset = cut
    with pytest.raises(InputError) as err:
        decode(data, "story.txt")
    message = str(err.value)
    assert message.startswith("story.txt: ") and f"byte {offset}" in message and "\n" not in message


def test_the_reader_reports_it_as_one_problem_and_keeps_the_other_files(tmp_path):
    cut = len(AR[:20].encode("utf-8"))
    (tmp_path / "bad.txt").write_bytes(AR[:20].encode("utf-8") + b"\xff" + AR[20:].encode("utf-8"))
    (tmp_path / "good.txt").write_text(AR, encoding="utf-8")
    result = read_sources([str(tmp_path)], ReadOptions(published="2016-12-14"))
    assert [a.id for a in result.articles] == ["good"]
    problems = [str(p) for p in result.problems]
    assert len(problems) == 1 and "bad.txt" in problems[0] and f"byte {cut}" in problems[0], problems
    assert not any("ظ" in a.text for a in result.articles)


@pytest.mark.parametrize("codec", ["cp1256", "iso8859_6"])
def test_real_legacy_arabic_is_still_read(codec):
    assert decode(AR.encode(codec), "old.txt") == AR


def test_latin1_with_accents_is_still_read():
    text = "Le cessez-le-feu a été annoncé à Alep jeudi, a déclaré le ministère."
    assert decode(text.encode("latin-1"), "fr.txt") == text
