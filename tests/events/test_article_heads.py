"""The head of an article: headline lines are titles, not events; datelines and
agency credits are no part of an event's text, and name the outlet when the
metadata does not (issue 14, "Entries a reader reads")."""

import pytest

from timeline.dating.dateline import credit_of, read_head
from timeline.model import Article
from timeline.pipeline import extract, with_head
from timeline.temporal import Tagger

STORY = ("استعاد الجيش اليوم الأحد السيطرة على بلدة القصير بعد معارك استمرت أسبوعين.\n"
         "وقال مصدر عسكري إن وحدات الهندسة بدأت تفكيك الألغام في الشوارع.")


def run(text, published="2015-03-08", **meta):
    return extract(Article("t", published, text, **meta))


def spans_ok(ex):
    """Every event's text is the slice of the original text its offsets name."""
    return all(ex.article.text[e.start:e.end] == e.text for e in ex.events)


# -- headlines ------------------------------------------------------------------------------

def test_a_headline_line_is_the_title_and_no_event():
    headline = "الجيش يستعيد السيطرة على القصير بعد معارك عنيفة"
    ex = run(headline + "\n" + STORY)
    assert ex.article.title == headline
    assert all(e.start > len(headline) for e in ex.events)
    assert ex.events[0].text.startswith("استعاد الجيش") and ex.events[0].placement == "expression"
    assert spans_ok(ex)


def test_a_headline_of_several_parts_joined_by_two_dots():
    headline = ("الحصار يشتد على المدينة.. والأمم المتحدة تحذر من كارثة إنسانية.. "
                "ووزير الخارجية: لا حل قريبا للأزمة")
    ex = run(headline + "\n" + STORY)
    assert ex.article.title == headline
    assert [e.text[:12] for e in ex.events] == ["استعاد الجيش", "وقال مصدر عس"]


def test_its_expressions_are_still_tagged():
    # the tag output does not change: only the events leave the headline out
    headline = "القصف يتواصل لليوم الثالث على التوالي"
    text = headline + "\n" + STORY
    assert [t.text for t in run(text).timex] == [t.text for t in Tagger().tag(text, "2015-03-08")]


def test_a_first_line_that_ends_its_sentence_is_an_event_and_no_title():
    first = "قتل خمسة أشخاص في انفجار سيارة مفخخة وسط المدينة."
    ex = run(first + "\n" + STORY)
    assert ex.article.title is None
    assert ex.events[0].start == 0 and ex.events[0].text == first


def test_a_one_line_article_is_its_story():
    ex = run("استعاد الجيش اليوم الأحد السيطرة على بلدة القصير")
    assert ex.article.title is None and len(ex.events) == 1 and ex.events[0].date == "2015-03-08"


def test_two_sentences_on_a_line_with_one_stop_are_no_headline():
    first = ("وصل الوفد إلى المدينة صباح اليوم. وبدأ على الفور جولة على المستشفيات والمدارس "
             "التي تضررت من القصف في الأحياء الشمالية")
    ex = run(first + "\n" + STORY)
    assert ex.article.title is None and ex.events[0].start == 0


def test_the_metadata_title_wins():
    ex = run("الجيش يستعيد السيطرة على القصير بعد معارك عنيفة\n" + STORY, title="عنوان من المصدر")
    assert ex.article.title == "عنوان من المصدر"
    assert ex.events[0].text.startswith("استعاد الجيش")


@pytest.mark.parametrize("line", ["حمص - سامر خليل", "صوت المدينة", "نشر بتاريخ: 12/03/2015",
                                  "الأحد 8 مارس 2015 | 10:42", "آخر تحديث: 08/03/2015 الساعة 11:05"])
def test_bylines_outlet_names_and_date_lines_are_neither_events_nor_titles(line):
    ex = run(line + "\n" + STORY)
    assert ex.article.title is None
    assert ex.events[0].text.startswith("استعاد الجيش") and all(e.start > len(line) for e in ex.events)


def test_a_headline_under_a_date_line_is_the_title():
    ex = run("الأحد 8 مارس 2015\nالجيش يستعيد القصير\n\n" + STORY)
    assert ex.article.title == "الجيش يستعيد القصير"
    assert ex.events[0].text.startswith("استعاد الجيش")


# -- datelines and credits --------------------------------------------------------------------

@pytest.mark.parametrize("head, outlet, city", [
    ("دمشق - (رويترز) - ", "رويترز", "دمشق"),
    ("حلب (أ ف ب) - ", "فرانس برس", "حلب"),
    ("حمص (ا ف ب) - ", "فرانس برس", "حمص"),
    ("بيروت - «الحياة» - ", "الحياة", "بيروت"),
    ("(سانا) - ", "سانا", None),
    ("أنقرة - الأناضول - ", "الأناضول", "أنقرة"),
    ("القدس - د ب أ - ", "الألمانية", "القدس"),
    ("عمّان - أ.ف.ب - ", "فرانس برس", "عمّان"),
    ("درعا 8 مارس (رويترز) - ", "رويترز", "درعا"),
    ("القاهرة في 8 مارس /أ ش أ/ ", "وكالة أنباء الشرق الأوسط", "القاهرة"),
    ("الرقة، 8 مارس (إفي): ", "إفي", "الرقة"),
    ("الموصل (شبكة الرافدين) - ", "شبكة الرافدين", "الموصل"),
    ("صحيفة الوادي (تكريت): ", "صحيفة الوادي", "تكريت"),
])
def test_the_credit_leaves_the_text_and_names_the_outlet(head, outlet, city):
    ex = run(head + STORY)
    first = ex.events[0]
    assert first.start == len(head) and first.text.startswith("استعاد الجيش")
    assert first.date == "2015-03-08"
    assert spans_ok(ex)
    assert (ex.article.source, ex.article.dateline_place) == (outlet, city)


def test_offsets_stay_offsets_into_the_original_text():
    head = "دمشق - (رويترز) - "
    text = head + STORY
    ex = run(text)
    e = ex.events[0]
    assert (e.start, e.end) == (len(head), text.index(".") + 1)
    assert e.expression is not None and text[e.expression.start:e.expression.end] == "اليوم الأحد"


def test_the_metadata_source_wins():
    ex = run("دمشق - (رويترز) - " + STORY, source="وكالة الشمال")
    assert ex.article.source == "وكالة الشمال" and ex.article.dateline_place == "دمشق"
    assert ex.events[0].text.startswith("استعاد الجيش")


def test_a_credit_on_a_line_of_its_own():
    ex = run("بغداد - أ.ف.ب\n" + STORY)
    assert (ex.article.title, ex.article.source, ex.article.dateline_place) == (None, "فرانس برس", "بغداد")
    assert ex.events[0].text.startswith("استعاد الجيش")


def test_a_byline_with_its_agency():
    ex = run("مراد يلماز/ الأناضول\n" + STORY)
    assert (ex.article.source, ex.article.dateline_place) == ("الأناضول", None)   # a name, not a city


def test_a_credit_naming_no_outlet_is_stripped_and_names_nothing():
    ex = run("غزة - وكالات - " + STORY)
    assert ex.events[0].text.startswith("استعاد الجيش")
    assert ex.article.source is None


def test_a_place_and_a_date_between_dashes():
    ex = run("حمص - 8 مارس 2015 - " + STORY)
    assert ex.events[0].text.startswith("استعاد الجيش")
    assert (ex.article.source, ex.article.dateline_place) == (None, "حمص")


def test_a_short_name_and_a_dash_is_taken_off_and_names_nothing():
    ex = run("نبض الشارع - " + STORY)
    assert ex.events[0].text.startswith("استعاد الجيش")
    assert (ex.article.source, ex.article.dateline_place) == (None, None)


@pytest.mark.parametrize("text", [
    "قالت رويترز إن الجيش استعاد اليوم الأحد السيطرة على بلدة القصير.",
    "ونقلت الأناضول عن مصدر أن الجيش استعاد اليوم الأحد السيطرة على بلدة القصير.",
    "الجيش السوري والقوات الرديفة - بحسب مصادر - استعادوا اليوم الأحد بلدة القصير.",
    "استعاد الجيش (بحسب رويترز) اليوم الأحد السيطرة على بلدة القصير.",
])
def test_a_credit_inside_the_story_stays(text):
    ex = run(text)
    assert ex.events[0].start == 0 and ex.article.source is None


def test_the_head_does_not_depend_on_the_publication_day():
    text = "حلب (أ ف ب) - " + STORY
    assert read_head(text) == read_head(text)
    a = with_head(Article("a", "2015-03-08", text))
    b = with_head(Article("a", "2019-07-01", text))
    assert (a.source, a.dateline_place) == (b.source, b.dateline_place) == ("فرانس برس", "حلب")


def test_credit_forms_fold_spelling():
    assert credit_of("أ.ف.ب") == credit_of("ا ف ب") == credit_of("أف ب") == "فرانس برس"
    assert credit_of("رويترز") == "رويترز" and credit_of("Reuters") == "رويترز"
    assert credit_of("متابعات") is None
