"""Places (PLACE-SPEC): the gazetteer, mentions as written, homonyms, event places, floors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.lang import default_pack
from timeline.model import Article
from timeline.pipeline import extract
from timeline.places import find_places, gazetteer_of, load_gazetteer
from timeline.places.score import distance_km, score_places
from timeline.temporal import Tagger

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
REAL = ROOT / "tests" / "data" / "real"


@pytest.fixture(scope="module")
def pack():
    return default_pack()


@pytest.fixture(scope="module")
def gaz(pack):
    return gazetteer_of(pack)


@pytest.fixture(scope="module")
def tagger():
    return Tagger()


def places(text, pack, gaz, **kw):
    return find_places(text, pack.normalize(text), gaz, **kw)


def spans(text, pack, gaz):
    return [(m.text, m.kind) for m in places(text, pack, gaz)]


# -- the gazetteer --------------------------------------------------------------------------


def test_the_index_is_built_once_and_read_back_from_the_cache(tmp_path, pack, monkeypatch):
    monkeypatch.setenv("ARABIC_TIMELINE_CACHE", str(tmp_path))
    table = pack.table("places")
    built = load_gazetteer(table, pack.fold)
    files = list(tmp_path.glob("gazetteer-*.pickle"))
    assert len(files) == 1
    again = load_gazetteer(table, pack.fold)
    assert again.names == built.names and again.entries == built.entries
    # another table is another index
    changed = dict(table, countries={**table["countries"], "SY": {"names": ["سوريا"], "point": [35.0, 38.0]}})
    load_gazetteer(changed, pack.fold)
    assert len(list(tmp_path.glob("gazetteer-*.pickle"))) == 2


def test_an_unwritable_cache_folder_costs_only_the_build(tmp_path, pack, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("ARABIC_TIMELINE_CACHE", str(blocked / "cache"))
    g = load_gazetteer(pack.table("places"), pack.fold)
    assert g.lookup(pack.fold("حلب"))


def test_a_point_off_the_globe_in_the_table_is_one_line_naming_it(tmp_path, pack, monkeypatch):
    from timeline.data import DataError

    monkeypatch.setenv("ARABIC_TIMELINE_CACHE", str(tmp_path))
    table = dict(pack.table("places"))
    table["sites"] = {"SY": [["مطار وهمي", 95.0, 36.0]]}
    with pytest.raises(DataError, match=r"sites\.SY\[0\].*off the globe"):
        load_gazetteer(table, pack.fold, "my-pack/places.toml")
    table["sites"] = {"ZZ": [["مطار وهمي", 35.0, 36.0]]}
    with pytest.raises(DataError, match="ZZ.*not an ISO 3166-1"):
        load_gazetteer(table, pack.fold, "my-pack/places.toml")
    table.pop("sites")
    table["towns"] = {"SY": [["بلدة وهمية", 35.0]]}
    with pytest.raises(DataError, match=r"towns\.SY\[0\]: must be \[name, lat, lon"):
        load_gazetteer(table, pack.fold, "my-pack/places.toml")
    table.pop("towns")
    table["geonames"] = {"999999999": ["مدينة وهمية"]}
    with pytest.raises(DataError, match=r"my-pack/places.toml: geonames\.999999999: no such place"):
        load_gazetteer(table, pack.fold, "my-pack/places.toml")


def test_a_town_geonames_lacks_is_a_place_where_the_text_says_where(pack, gaz):
    (m,) = places("قتل شخصان في الكفرة جنوب شرق البلاد", pack, gaz)
    assert m.kind == "city" and m.country == "LY" and m.lat is not None
    assert spans("وقال إن الكفرة بعيدة", pack, gaz) == []         # a small town, named bare


def test_the_table_names_a_geonames_place_the_way_news_does(gaz, pack):
    khartoum = [e for e in gaz.lookup(pack.fold("الخرطوم")) if e.kind == "city"]
    assert khartoum and khartoum[0].geonameid == 379252 and khartoum[0].name == "الخرطوم"


def test_geonames_gives_ids_and_points(gaz, pack):
    aleppo = [e for e in gaz.lookup(pack.fold("حلب")) if e.kind == "city"]
    assert aleppo and aleppo[0].geonameid == 170063 and aleppo[0].country == "SY"
    assert abs(aleppo[0].lat - 36.2) < 0.1


def test_a_country_the_table_gives_no_point_is_marked_at_its_capital(gaz):
    hk = gaz.country("HK")
    assert hk is not None and distance_km(hk.lat, hk.lon, 22.28, 114.17) < 10
    countries = [e for e in gaz.entries if e.kind == "country"]
    assert sum(e.lat is not None for e in countries) / len(countries) > 0.9


# -- mentions as written ----------------------------------------------------------------------


def test_clitics_stay_outside_the_span(pack, gaz):
    text = "قصف على حلب وبحلب ولحلب والحسكة"
    got = places(text, pack, gaz)
    assert [m.text for m in got] == ["حلب", "حلب", "حلب", "الحسكة"]
    for m in got:
        assert text[m.start:m.end] == m.text


def test_offsets_are_the_original_texts_with_diacritics_and_tatweel(pack, gaz):
    text = "وقُتل ثلاثة في إدْلـب أمس"
    (m,) = places(text, pack, gaz)
    assert text[m.start:m.end] == m.text == "إدْلـب"


def test_a_classifier_joins_the_mention_and_names_a_place_the_gazetteer_lacks(pack, gaz):
    text = "استهدفت الغارات بلدة زعفرانة المتخيلة في ريف حمص"
    got = places(text, pack, gaz)
    unknown = got[0]
    assert unknown.text == "بلدة زعفرانة" and unknown.kind == "city"
    assert unknown.lat is None and unknown.geonameid is None and unknown.rule == "unknown"
    assert unknown.country == "SY"          # the country its sentence names (ريف حمص)


def test_directions_make_areas(pack, gaz):
    got = spans("اشتباكات في شرق حلب وفي ريف إدلب الجنوبي وفي الأحياء الشرقية من حلب وشمال حماة", pack, gaz)
    assert ("شرق حلب", "area") in got
    assert ("ريف إدلب الجنوبي", "area") in got
    assert ("الأحياء الشرقية من حلب", "area") in got
    assert ("شمال حماة", "area") in got


def test_an_area_point_lies_off_its_place_towards_its_direction(pack, gaz):
    (m,) = places("قصف في شمال حماة", pack, gaz)
    hama = [e for e in gaz.lookup(pack.fold("حماة")) if e.kind == "city"][0]
    assert m.lat > hama.lat and distance_km(m.lat, m.lon, hama.lat, hama.lon) < 150


def test_not_places_outlets_organisations_titles(pack, gaz):
    text = ("وقالت قناة الجزيرة إن مبعوث الأمم المتحدة إلى سوريا ومحافظ حلب ومركز إدلب الإعلامي "
            "وصلوا الساعة 10 بتوقيت غرينتش")
    assert spans(text, pack, gaz) == []


def test_demonyms_are_not_places(pack, gaz):
    assert spans("قال الجيش السوري ووزير الخارجية الروسي إن هيئة إغاثية سورية وصلت", pack, gaz) == []


def test_a_countrys_name_as_its_adjective_is_no_mention(pack, gaz):
    assert spans("وقالت القوات السعودية إن السلطات السعودية ردت، فيما شهدت محافظات سورية ومدن سودانية احتجاجات",
                 pack, gaz) == []
    # with a preposition it is the country again
    assert [k for _, k in spans("عند الحدود الجنوبية للسعودية", pack, gaz)] == ["country"]


def test_idioms_and_bodies_with_place_names_in_them_are_no_mentions(pack, gaz):
    text = ("أعاده الله على الأمة باليمن والبركات، ويمكن رؤية الهلال بالعين المجردة، "
            "وقالت قوات سوريا الديمقراطية إن قوات فجر ليبيا انسحبت")
    assert spans(text, pack, gaz) == []
    assert ("اليمن", "country") in spans("وصلت الطائرة إلى اليمن والسعودية", pack, gaz)


def test_a_table_of_places_and_numbers_is_a_list(pack, gaz):
    got = [t for t, _ in spans("وسجلت الحرارة: أربيل 29، نينوى وكركوك 31، صلاح الدين والأنبار 32", pack, gaz)]
    assert got == ["أربيل", "نينوى", "كركوك", "صلاح الدين", "الأنبار"]


def test_a_list_ends_with_its_sentence_and_and_after_a_classifier_is_no_name(pack, gaz):
    got = spans("استهدف القصف بلدات زعفرانة وكفرعويد. وقال المراسل إن قرية وقتلت القوات", pack, gaz)
    assert got == [("زعفرانة", "city"), ("كفرعويد", "city")]


def test_an_area_the_gazetteer_lacks_is_named_after_where_and_takes_the_city_it_lies_in(pack, gaz):
    got = places('قصفت الطائرات منزلا في منطقة "الزنبقية" في دير البلح، وأقامت منطقة آمنة', pack, gaz)
    assert [m.text for m in got] == ['منطقة "الزنبقية"', "دير البلح"]
    area, city = got
    assert area.rule == "unknown-in" and (area.lat, area.lon) == (city.lat, city.lon)
    # not after "where", or a common noun after it: no mention
    assert spans("وقالت إن منطقة الزنبقية هادئة", pack, gaz) == []


def test_everyday_words_need_a_place_context(pack, gaz):
    assert spans("نشرت الوكالة صور الدمار", pack, gaz) == []
    assert ("صور", "city") in spans("وقع انفجار في صور جنوب لبنان", pack, gaz)


def test_a_list_opened_by_a_plural_classifier_names_every_place(pack, gaz):
    got = places("شهدت بلدات زعفرانة وكفرعويد وتفتناز قصفا", pack, gaz)
    assert [m.text for m in got] == ["زعفرانة", "كفرعويد", "تفتناز"]
    assert got[2].geonameid is not None          # the one GeoNames has keeps its point


def test_actors(pack, gaz):
    got = places("وأعلنت موسكو أمس أن روسيا ستواصل، وطالبت تركيا بوقف القصف في سوريا", pack, gaz)
    roles = {m.text: m.role for m in got}
    assert roles["موسكو"] == "actor" and roles["تركيا"] == "actor"
    assert roles["سوريا"] is None


# -- homonyms ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, country", [
    ("اشتباكات في طرابلس الليبية بعد يوم من معارك في بنغازي ومصراتة", "LY"),
    ("اشتباكات في طرابلس شمال لبنان بين باب التبانة وجبل محسن", "LB"),
])
def test_a_homonym_is_resolved_from_the_other_places_of_the_article(pack, gaz, text, country):
    m = next(m for m in places(text, pack, gaz) if m.text == "طرابلس")
    assert m.country == country
    assert m.rule in ("nearby-country", "article-country", "article-places")


def test_a_capital_named_as_one_is_the_city(pack, gaz):
    (m,) = places("وصل الوزير إلى العاصمة الأردنية عمان في مستهل جولة", pack, gaz)
    assert m.kind == "city" and m.country == "JO" and m.rule == "capital"


def test_the_outlets_country_decides_when_the_text_does_not(pack, gaz):
    lb = next(m for m in places("انفجار في طرابلس صباح اليوم", pack, gaz, outlet_country="LB") if m.text == "طرابلس")
    ly = next(m for m in places("انفجار في طرابلس صباح اليوم", pack, gaz, outlet_country="LY") if m.text == "طرابلس")
    assert (lb.country, lb.rule) == ("LB", "outlet-country")
    assert ly.country == "LY"


def test_a_district_goes_with_the_city_the_article_names(pack, gaz):
    m = next(m for m in places("قصف على حلب، وسقط قتلى في حي صلاح الدين", pack, gaz) if "صلاح" in m.text)
    assert m.kind == "district" and m.country == "SY" and m.rule == "article-places"


# -- event places -----------------------------------------------------------------------------


def _event_places(text, tagger, published="2016-12-08", **kw):
    ex = extract(Article("t", published, text, **kw), tagger)
    return [(e.text[:20], e.place.text if e.place else None) for e in ex.events if e.date]


def test_events_take_their_place_and_carry_it_and_never_an_actor(tagger):
    text = ("قتل خمسة مدنيين أمس الأربعاء في قصف على حي الشعار في حلب. "
            "وأصيب عشرون آخرون في القصف نفسه أمس. "
            "وقال لافروف اليوم الخميس في هامبورغ إن العمليات توقفت. "
            "وطالبت روسيا اليوم الخميس بهدنة.")
    got = _event_places(text, tagger)
    assert got[0][1] == "حي الشعار"          # the most specific place of the occurrence
    assert got[1][1] == "حي الشعار"          # carried over to the next sentence
    assert got[2][1] == "هامبورغ"            # a statement takes where it was made
    assert got[3][1] is None                 # an actor is never the place


def test_a_statement_does_not_take_the_places_of_what_it_says(tagger):
    got = _event_places("قال المتحدث باسم الوزارة اليوم الخميس إن الوضع في حلب صعب.", tagger)
    assert got == [(got[0][0], None)]


def test_a_country_an_event_took_carries_on_and_one_named_in_passing_does_not(tagger):
    got = _event_places("أرجأت محكمة الاستئناف في تونس أمس الاثنين النظر في القضية. "
                        "وحكم على المتهمين في أبريل الماضي بالسجن.", tagger, published="2025-10-28")
    assert [p for _, p in got] == ["تونس", "تونس"]
    got = _event_places("وقعت الحكومة أمس الاثنين اتفاقا مع تونس. "
                        "وارتفعت الأسعار في أبريل الماضي.", tagger, published="2025-10-28")
    assert [p for _, p in got] == [None, None]


def test_a_head_line_with_a_place_and_a_dash_is_a_dateline(tagger):
    text = "النجف - سعدون الجابري\n\nتوقع المكتب أن يكون العيد يوم الجمعة المقبل.\n\nوقال بيان أمس إن الرؤية ستكون مساء الجمعة."
    got = _event_places(text, tagger, published="2026-03-17")
    assert got and all(p == "النجف" for _, p in got)
    # a place that opens a sentence of the story is no dateline
    got = _event_places("النجف مدينة كبيرة.\n\nوقال بيان أمس إن الرؤية ستكون مساء الجمعة.", tagger,
                        published="2026-03-17")
    assert [p for _, p in got][-1] is None


def test_the_speaker_of_an_announcement_named_again_speaks_from_its_place(tagger):
    text = ("أعلنت لجنة الأطباء المركزية في الخرطوم اليوم الأحد عن مقتل أربعة متظاهرين. "
            "وقالت اللجنة في بيان لها اليوم إن الوفيات وقعت فجر اليوم.")
    assert [p for _, p in _event_places(text, tagger, published="2019-04-07")] == ["الخرطوم", "الخرطوم"]
    # another speaker is not placed by it
    text = text.replace("وقالت اللجنة", "وقال شهود")
    assert [p for _, p in _event_places(text, tagger, published="2019-04-07")] == ["الخرطوم", None]


def test_a_statement_made_in_a_place_with_its_date_between_commas(tagger):
    got = _event_places("أعلنت وزارة الصحة في غزة، الثلاثاء، أن الحصيلة ارتفعت.", tagger, published="2025-07-29")
    assert [p for _, p in got] == ["غزة"]


def test_a_statement_that_reports_dead_or_wounded_takes_their_place(tagger):
    text = "وذكر المرصد الذي يتخذ من لندن مقرا له في بيان اليوم السبت أن 20 شخصا قتلوا برصاص القناصة في ريف دمشق."
    assert [p for _, p in _event_places(text, tagger, published="2012-10-27")] == ["ريف دمشق"]
    # a plan is no occurrence: its places stay out
    text = "وقال المسؤول اليوم السبت إن الاجتماع سيبحث إجلاء المقاتلين من حلب."
    assert [p for _, p in _event_places(text, tagger, published="2012-10-27")] == [None]


def test_the_extraction_json_follows_the_spec(tagger):
    ex = extract(Article("t", "2016-12-08", "قتل خمسة مدنيين أمس في قصف على مدينة إدلب."), tagger)
    out = ex.to_json()
    (m,) = out["places"]
    assert set(m) == {"start", "end", "text", "kind", "lat", "lon", "country", "geonameid", "rule"}
    assert out["events"][0]["place"] == {k: m[k] for k in ("text", "kind", "lat", "lon", "country", "geonameid")}
    assert json.dumps(out, ensure_ascii=False) == json.dumps(ex.to_json(), ensure_ascii=False)


# -- floors on the gold sets ------------------------------------------------------------------


def _score(gold_path: Path, texts_path: Path, tagger):
    texts = {json.loads(l)["id"]: json.loads(l) for l in texts_path.read_text(encoding="utf-8").splitlines()}
    gold = [json.loads(l) for l in gold_path.read_text(encoding="utf-8").splitlines()]
    pred = {g["id"]: extract(Article(g["id"], texts[g["id"]]["published"], texts[g["id"]]["text"]), tagger).to_json()
            for g in gold}
    return score_places(gold, pred)


def test_floors_on_the_shared_sample(tagger):
    s = _score(SHARED / "gold" / "places-aleppo-2016.jsonl", SHARED / "gold" / "aleppo-2016.jsonl", tagger)
    assert s.f1 >= 0.95, s.to_json()
    assert s.resolved_share >= 0.95, s.to_json()
    assert s.events >= 0.95, s.to_json()
    assert s.nulls >= 0.50, s.to_json()


def test_floors_on_the_real_corpus(tagger):
    total = None
    for b in range(1, 6):
        s = _score(REAL / f"places-batch{b}.jsonl", REAL / f"batch{b}.jsonl", tagger)
        if total is None:
            total = s
        else:
            for k in ("tp", "fp", "fn", "resolved", "placed_right", "placed_total", "null_right", "null_total"):
                setattr(total, k, getattr(total, k) + getattr(s, k))
    # the figures the rules reach now (README of tests/data/real): floors, to be raised
    assert total.f1 >= 0.90, total.to_json()
    assert total.resolved_share >= 0.86, total.to_json()
    assert total.events >= 0.64, total.to_json()
    assert total.nulls >= 0.80, total.to_json()


def test_the_place_gold_is_built_from_its_sources():
    out = subprocess.run([sys.executable, "build_places.py", "--check"], cwd=REAL, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    sys.path.insert(0, str(REAL))
    try:
        import build_places
        built = build_places.build()
    finally:
        sys.path.remove(str(REAL))
    for batch, docs in built.items():
        committed = [json.loads(l) for l in (REAL / f"places-batch{batch}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert sorted(docs, key=lambda d: d["id"]) == sorted(committed, key=lambda d: d["id"])


def test_evaluate_scores_places(tmp_path):
    out = subprocess.run([sys.executable, "generate.py", "evaluate", str(SHARED / "gold" / "aleppo-2016.jsonl"),
                          "--places", str(SHARED / "gold" / "places-aleppo-2016.jsonl"), "--json"],
                         cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)["places"]
    assert figures["mentions"]["f1"] >= 0.95
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "nope", "places": []}\n', encoding="utf-8")
    out = subprocess.run([sys.executable, "generate.py", "evaluate", str(SHARED / "gold" / "aleppo-2016.jsonl"),
                          "--places", str(bad)], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode != 0
    assert "bad.jsonl" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    # place gold given where the articles' gold belongs: the error says which file goes where
    out = subprocess.run([sys.executable, "generate.py", "evaluate", str(SHARED / "gold" / "places-aleppo-2016.jsonl")],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode != 0 and len(out.stderr.strip().splitlines()) == 1
    assert "place gold" in out.stderr and "--places" in out.stderr


# -- merging ----------------------------------------------------------------------------------


def _entries(texts, tagger):
    from timeline.merge.build import build_timeline

    exs = [extract(Article(f"a{i}", "2016-12-08", t, source=f"outlet {i}"), tagger) for i, t in enumerate(texts)]
    tl = build_timeline(exs, tagger.pack)
    return [e for d in tl.days for e in d.entries]


def test_two_reports_of_one_strike_in_two_places_are_two_entries(tagger):
    same = "قتل خمسة مدنيين وأصيب عشرة آخرون أمس الأربعاء في غارات جوية استهدفت الأحياء السكنية في مدينة {}."
    entries = _entries([same.format("إدلب"), same.format("حلب")], tagger)
    assert len(entries) == 2
    assert sorted(e.place.text for e in entries) == ["مدينة إدلب", "مدينة حلب"]
    one = _entries([same.format("حلب"), same.format("حلب").replace("مدينة حلب", "حي الشعار في حلب")], tagger)
    assert len(one) == 1
    assert one[0].place.text == "حي الشعار"          # the most specific place of its sources
    assert one[0].to_json()["place"]["kind"] == "district"
