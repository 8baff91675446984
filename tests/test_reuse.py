"""Another outlet's copy of an article (same text, date and language) is not extracted
again: its extraction is the first one's under its own id and metadata, exactly what
extracting it would give."""

from __future__ import annotations

import dataclasses
import json

import pytest

from timeline.engine import local
from timeline.model import Article
from timeline.pipeline import copy_for, extract
from timeline.resources import samples_dir


def _articles():
    with open(samples_dir() / "aleppo-2016.jsonl", encoding="utf-8") as fh:
        return [Article(**{k: v for k, v in json.loads(line).items()
                           if k in ("id", "published", "text", "language", "title", "source", "url")})
                for line in fh]


def _copies(a: Article):
    yield dataclasses.replace(a, id=a.id + "-copy")
    yield dataclasses.replace(a, id=a.id + "-titled", title="عنوان آخر", source="وكالة أخرى", url="https://example.org/x")
    yield dataclasses.replace(a, id=a.id + "-bare", title=None, source=None)


@pytest.mark.parametrize("a", _articles(), ids=lambda a: a.id)
def test_a_copy_is_what_extracting_it_gives(a):
    first = extract(a)
    for copy in _copies(a):
        assert copy_for(first, copy).to_json() == extract(copy).to_json()


def test_extracting_copies_reuses_the_first_extraction(monkeypatch):
    a = _articles()[0]
    calls = []
    real = local.extract
    monkeypatch.setattr(local, "extract", lambda article, tagger=None: calls.append(article.id) or real(article, tagger))
    local._init()
    got = [local.extract_reusing(c).to_json() for c in [a, *_copies(a)]]
    assert calls == [a.id]
    assert got == [extract(c).to_json() for c in [a, *_copies(a)]]
    # a different date is a different extraction ("أمس" is another day)
    local.extract_reusing(dataclasses.replace(a, id="later", published="2017-01-05"))
    assert calls == [a.id, "later"]


def test_a_copy_must_have_the_same_text():
    a, b = _articles()[:2]
    with pytest.raises(ValueError, match=b.id):
        copy_for(extract(a), b)
