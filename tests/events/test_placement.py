"""Each sentence lands on the day of the occurrence it reports (TIMEX-SPEC, Events)."""

import datetime as dt

import pytest

from timeline.model import Article
from timeline.pipeline import extract


def placed(text, published="2016-12-08"):
    ex = extract(Article("t", published, text))
    return [(e.text, e.date, e.placement) for e in ex.events]


def dates(text, published="2016-12-08"):
    return [d for _, d, _ in placed(text, published)]


def test_a_statement_about_yesterday_with_a_cumulative_toll():
    text = ("وأعلن الدفاع المدني أمس الأربعاء مقتل 40 مدنيا في غارات على الأحياء الشرقية، "
            "ليرتفع عدد القتلى منذ 15 نوفمبر الماضي إلى 900 قتيل.")
    ex = extract(Article("t", "2016-12-08", text))
    [event] = ex.events
    assert event.date == "2016-12-07"          # yesterday, not 15 November
    figures = {f.count: f for f in event.figures}
    assert figures[40].kind == "killed" and not figures[40].cumulative
    assert figures[900].cumulative and figures[900].since == "2016-11-15"


def test_a_forecast_is_placed_on_the_day_it_was_made():
    text = ("وقال المبعوث الدولي أمس إن الأحياء الشرقية قد تدمر بالكامل بحلول نهاية العام. "
            "وتوقع أن تبدأ المفاوضات الأحد المقبل.")
    assert dates(text) == ["2016-12-07", "2016-12-07"]


def test_a_one_line_article():
    text = ("واصلت القوات قصف الأحياء الشرقية. وقتل اليوم الخميس 12 مدنيا في غارات جوية. "
            "وأضاف المرصد أن الغارات استهدفت مستشفى ميدانيا. وكان الجيش قد أعلن أمس سيطرته على حي جديد.")
    assert placed(text) == [
        ("واصلت القوات قصف الأحياء الشرقية.", "2016-12-08", "lede"),
        ("وقتل اليوم الخميس 12 مدنيا في غارات جوية.", "2016-12-08", "expression"),
        ("وأضاف المرصد أن الغارات استهدفت مستشفى ميدانيا.", "2016-12-08", "follow-up"),
        ("وكان الجيش قد أعلن أمس سيطرته على حي جديد.", "2016-12-07", "expression"),
    ]


def test_two_things_on_two_days_are_two_clauses():
    text = ("وقال الوزير: في الثالث من ديسمبر وافقوا على الخطة، "
            "ولكن بعد 3 أيام نقضوا الاتفاق.")
    result = placed(text, "2016-12-14")
    assert [(d, rule) for _, d, rule in result] == [("2016-12-03", "expression"), ("2016-12-06", "expression")]
    assert result[1][0].startswith("ولكن")


def test_a_relative_clause_with_its_own_day_is_split_off():
    text = "وواصلت فرق الإنقاذ اليوم الأحد انتشال جثث ضحايا الطائرة التي سقطت صباح أمس السبت في سيناء."
    assert dates(text, "2015-11-01") == ["2015-11-01", "2015-10-31"]


def test_the_main_clause_date_wins_over_a_relative_clause():
    text = ("ارتفعت حصيلة ضحايا الانفجار الذي هز المرفأ مساء أمس الثلاثاء إلى 100 قتيل، "
            "وفق ما أعلن الصليب الأحمر اليوم الأربعاء.")
    assert dates(text, "2020-08-05") == ["2020-08-05"]


def test_same_speaker_continues_across_other_sentences():
    text = ("وقال دي ميستورا في جنيف أمس إن الأحياء قد تدمر. "
            "ويتعرض الحي منذ أيام لقصف عنيف. "
            "وتابع دي ميستورا مخاطبا المقاتلين: اخرجوا بكرامة.")
    assert placed(text, "2016-10-07")[2][1:] == ("2016-10-06", "speaker")


def test_background_without_a_date_is_left_out():
    text = "وقتل 20 شخصا أمس. وكان المجلس قد دعا إلى هدنة في مناسبات عدة."
    assert dates(text) == ["2016-12-07", None]


def test_a_topic_shift_breaks_the_chain():
    text = "وقتل 20 شخصا أمس في حلب. من جهة أخرى، تراجعت أسعار النفط."
    assert dates(text) == ["2016-12-07", None]


def test_present_reporting_is_the_publication_day():
    text = "قتل 20 شخصا أمس. ولا يزال الحصار مفروضا على الأحياء الشرقية."
    assert placed(text)[1][1:] == ("2016-12-08", "present")


def test_a_since_date_alone_is_not_the_event_day():
    text = "قال المرصد اليوم إن القصف لم يتوقف. ومنذ 15 نوفمبر الماضي قتل 800 مدني."
    assert dates(text) == ["2016-12-08", "2016-12-08"]


def test_a_wire_paragraph_from_the_day_before_keeps_its_weekday():
    text = "وتوقف القصف في وقت متأخر اليوم الثلاثاء بعد التوصل إلى اتفاق."
    assert dates(text, "2016-12-14") == ["2016-12-13"]


def test_a_year_does_not_date_the_current_season_but_a_past_year_does():
    text = ("وقال الوزير اليوم إن موسم قطف الزيتون لهذا العام جيد. "
            "وكان المهرجان قد نظم لأول مرة عام 2005 في رام الله.")
    assert dates(text, "2015-10-10") == ["2015-10-10", "2005"]


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_text_has_no_events(text):
    assert dates(text) == []
