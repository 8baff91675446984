"""Figures as claims: who gives a count, what it covers and where (sentences of our own)."""

from __future__ import annotations

import pytest

from timeline.model import Article
from timeline.pipeline import extract


def figures(text: str, published: str = "2023-05-10"):
    """The figures of a one-sentence article, read as the pipeline reads them."""
    events = extract(Article(id="t", published=published, text=text)).events
    return [f for e in events for f in e.figures]


@pytest.mark.parametrize("text, claimant", [
    ("قالت وزارة الصحة في غزة إن 12 شخصا قتلوا في غارة على خان يونس.", "وزارة الصحة"),
    ("وأفاد المرصد السوري لحقوق الإنسان بمقتل 7 مدنيين في قصف على مدينة دوما.", "المرصد السوري"),
    ("وكان الهلال الأحمر قد أعلن إجلاء 300 مدني من الحي.", "الهلال الأحمر"),
    ("أسفر القصف عن مقتل 15 شخصا، وفق الدفاع المدني.", "الدفاع المدني"),
    ("أسفر القصف عن مقتل 15 شخصا، حسب حصيلة للمرصد.", "المرصد السوري"),
    ("ونقلت وكالة الأنباء عن مصادر طبية أن 4 أشخاص أصيبوا.", "مصادر طبية"),
])
def test_the_claimant_is_who_reports_the_count(text, claimant):
    (f,) = figures(text)
    assert f.claimant == claimant


def test_an_actor_is_not_a_claimant():
    (f,) = figures("وأدى قصف الجيش على بلدة سراقب إلى مقتل 9 مدنيين.")
    assert f.claimant is None                    # the army shelled; nobody is said to report it
    assert f.place == "سراقب" and f.areas == ("إدلب",)


def test_a_preposition_after_a_name_does_not_make_it_the_claimant():
    (f,) = figures("وقالت الحكومة إن الهجوم جاء بعد كمين نصبه الجيش وأسفر عن مقتل 12 شخصا في الجبال.")
    assert f.claimant is None


def test_the_nearest_reporter_wins():
    fs = figures("قال الدفاع المدني إن القصف خلف 20 قتيلا، في حين قال ناشطون إن حصيلة القتلى تجاوزت 26.")
    assert [(f.count, f.claimant) for f in fs] == [(20, "الدفاع المدني"), (26, "ناشطون")]


def test_scope_last_hours_day_and_running_total():
    hours, = figures("وقتل 40 شخصا خلال الساعات الـ24 الماضية في ريف حماة الشمالي.")
    assert hours.scope == "hours" and hours.place == "ريف حماة الشمالي" and hours.areas == ("حماة",)
    day, = figures("قتل 5 أشخاص أمس الثلاثاء في قصف على إدلب.")
    assert day.scope == "day" and day.areas == ("إدلب",)
    running, = figures("ومنذ 3 أبريل الماضي ارتفع عدد القتلى في درعا إلى 210 قتلى.")
    assert running.scope == "cumulative" and running.cumulative and running.since == "2023-04-03"
    assert running.areas == ("درعا",)


def test_places_with_a_direction_a_suffix_and_clitics():
    f, = figures("قتل 11 مدنيا في غارات على الأحياء الشرقية وبمدينة حلب الشرقية.")
    assert f.areas == ("حلب",) and "حلب الشرقية" in f.place
    mixed, = figures("قتل عشرات المدنيين في غارات على ريف إدلب، وحلب.")
    assert mixed.areas == ("إدلب", "حلب")       # one toll over two provinces


def test_the_json_says_scope_claimant_place_and_as_of():
    f, = figures("وقالت الأمم المتحدة إن 2000 شخص نزحوا من الموصل.")
    out = f.to_json("2023-05-09")
    assert out["claimant"] == "الأمم المتحدة" and out["scope"] == "day" and out["as_of"] == "2023-05-09"
    assert out["place"] == "الموصل" and out["areas"] == ["نينوى"]
