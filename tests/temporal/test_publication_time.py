"""An article's publication time reaches the tagger (منذ ساعتين counts from it)."""

from timeline.model import Article
from timeline.temporal import tag_article


def test_hours_ago_count_from_the_publication_time():
    article = Article("a", "2021-03-18T14:30", "قال مصدر إن القصف بدأ منذ ساعتين.")
    assert [t.value for t in tag_article(article)] == ["2021-03-18T12:30"]


def test_a_date_only_article_keeps_day_values():
    article = Article("a", "2021-03-18", "وقال المتحدث أمس الأربعاء إن القصف توقف.")
    assert [t.value for t in tag_article(article)] == ["2021-03-17"]
