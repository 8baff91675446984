"""Arabic temporal lexicon: the TOML tables, folded, checked and compiled.

Each word family becomes a :class:`WordClass`: a dictionary from folded
spelling to value, and a regular-expression alternation (longest spelling
first) that the grammar drops into its rule patterns. Nothing here knows any
word; the words live in ``timeline/data/ar``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Mapping

from timeline.data import DataError, load_table
from timeline.text.normalize import fold
from timeline.text.words import WordClass, build, by_value, by_word, words

__all__ = ["Lexicon", "lexicon"]

def _ordinal_days(table: Mapping[str, Any]) -> list[tuple[str, int]]:
    """Compose the ordinal day words 1..31 from their parts."""
    units = {int(k): v for k, v in table["units"].items()}
    compound = {int(k): v for k, v in table["compound_units"].items()}
    tens = {int(k): v for k, v in table["tens"].items()}
    pairs: list[tuple[str, int]] = []
    for n, spellings in units.items():
        pairs += [(s, n) for s in spellings]
    pairs += [(s, 10) for s in table["ten"]]
    for u, spellings in compound.items():
        for s in spellings:
            for teen in table["teen"]:
                pairs.append((f"{s} {teen}", 10 + u))
            for t, tens_spellings in tens.items():
                if t + u > 31:
                    continue
                for ts in tens_spellings:
                    for link in table["and"]:
                        pairs.append((f"{s} {link}{ts}", t + u))
    for t, spellings in tens.items():
        pairs += [(s, t) for s in spellings]
    return pairs


@dataclass(frozen=True, eq=False)
class Lexicon:
    weekdays: WordClass
    weekdays_bare: WordClass
    relative_days: WordClass
    guarded_relative: frozenset[str]
    guarded_relative_copulas: frozenset[str]
    companion_relative: frozenset[str]
    day_word: WordClass
    day_word_tomorrow: WordClass
    today_blockers: frozenset[str]
    greg_months: WordClass
    hijri_months: WordClass
    strict_months: frozenset[str]
    that: WordClass
    of_it: WordClass
    quarter_word: WordClass
    quarters: WordClass
    minute_words: WordClass
    clock_names: WordClass
    guarded_parts: frozenset[str]
    guarded_signals: frozenset[str]
    offset_from_before: WordClass
    offset_adverbs: WordClass
    offset_now: WordClass
    bare_year_range: tuple[int, int]
    year_range_open: WordClass
    year_range_links: WordClass
    month_word: WordClass
    year_words: WordClass
    hijri_markers: WordClass
    greg_markers: WordClass
    day_month_link: WordClass
    range_links: WordClass
    day_chain_links: WordClass
    same: WordClass
    same_before: WordClass
    corresponding: WordClass
    equivalence_links: WordClass
    last_day_words: WordClass
    month_topic_heads: frozenset[str]
    date_name_heads: frozenset[str]
    holiday_topic_heads: frozenset[str]
    holiday_occasion: frozenset[str]
    name_phrases: tuple[str, ...]
    name_heads: frozenset[str]
    hijri_holidays: WordClass
    holiday_days: WordClass
    hijri_epithets: WordClass
    modifiers: WordClass
    this: WordClass
    period_nouns: WordClass
    boundaries: WordClass
    weekend_heads: WordClass
    anaphoric_days: WordClass
    anaphoric_nights: WordClass
    stretch_day_heads: WordClass
    stretch_last: WordClass
    stretch_to_today: frozenset[str]
    same_periods: WordClass
    that_times: WordClass
    eve_days: WordClass
    anaphoric_offsets: WordClass
    anaphoric_offset_suffixes: WordClass
    night_links: WordClass
    offset_from: WordClass
    cardinals: WordClass
    multipliers: WordClass
    fractions: WordClass
    ordinals: WordClass
    hour_ordinals: WordClass
    clock_fractions: WordClass
    unit_info: Mapping[str, tuple[str, int]]
    units_singular: WordClass
    units_dual: WordClass
    units_plural: WordClass
    units_article: WordClass
    quantifiers: WordClass
    duration_signals: WordClass
    few: WordClass
    offset_signals: WordClass
    stretch_modifiers: WordClass
    period_words: WordClass
    period_modifiers: WordClass
    recent_period_modifiers: frozenset[str]
    recent_period_signals: frozenset[str]
    sets: WordClass
    every: WordClass
    parts_construct: WordClass
    parts_standalone: WordClass
    night_before_in_past: frozenset[str]
    last_night: frozenset[str]
    hour_word: WordClass
    zones: WordClass
    clock_periods: WordClass
    late_early: WordClass
    vague: tuple[dict[str, Any], ...]
    signals: WordClass
    month_context: WordClass
    year_context: WordClass
    since: WordClass
    cues: Mapping[str, Any]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    cal = load_table("ar", "calendar")
    rel = load_table("ar", "relative")
    num = load_table("ar", "numbers")
    uni = load_table("ar", "units")
    pod = load_table("ar", "parts_of_day")
    vag = load_table("ar", "vague")
    cues = load_table("ar", "cues")
    names = load_table("ar", "names")

    units = uni["units"]
    unit_info = {k: (v["iso"], int(v.get("factor", 1))) for k, v in units.items()}
    singular = [(s, k) for k, v in units.items() for s in v["singular"]]
    dual = [(s, k) for k, v in units.items() for s in v["dual"]]
    plural = [(s, k) for k, v in units.items() for s in v["plural"]]
    article = [("ال" + s, k) for s, k in singular + dual + plural]

    modifiers = [(s, kind) for kind, spellings in rel["modifiers"].items() for s in spellings]
    boundaries = [(s, mod) for mod, spellings in rel["boundaries"].items() for s in spellings]
    anaphoric_offsets = [(s, d) for d, spellings in rel["anaphoric_offsets"].items() for s in spellings]
    stretch = [(s, d) for d, spellings in uni["stretch_modifiers"].items() for s in spellings]
    offsets = [(s, d) for d, spellings in uni["offset_signals"].items() for s in spellings]
    clock_periods = [(s, k) for k, spellings in pod["clock_periods"].items() for s in spellings]
    late_early = [(s, m) for m, spellings in pod["late_early"].items() for s in spellings]
    multipliers = [(s, int(k)) for k, spellings in num["multipliers"].items() for s in spellings]
    fractions = [(s, float(k)) for k, spellings in num["fractions"].items() for s in spellings]
    holidays = [(s, tuple(v)) for s, v in cal["hijri_holidays"].items()]

    vague = []
    for entry in vag["vague"]:
        if entry["value"] not in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
            raise DataError(f"vague: unknown value {entry['value']!r}")
        vague.append({
            "value": entry["value"],
            "span": " ".join(fold(entry["span"]).split()),
            "after": frozenset(fold(w) for w in entry.get("after", [])),
            "not_before": tuple(fold(w) for w in entry.get("not_before", [])),
            "in_past": entry.get("in_past"),
        })

    return Lexicon(
        weekdays=by_value("weekdays", cal["weekdays"]),
        weekdays_bare=build(
            "weekdays_bare",
            ((s[2:], int(k)) for k, v in cal["weekdays"].items() for s in v),
        ),
        relative_days=by_word("relative_days", rel["relative_days"]),
        guarded_relative=frozenset(fold(s) for s in rel["guarded_relative_days"]),
        guarded_relative_copulas=frozenset(fold(s) for s in rel["guarded_relative_copulas"]),
        companion_relative=frozenset(fold(s) for s in rel["companion_relative_days"]),
        day_word=words("day_word", rel["day_word"]),
        day_word_tomorrow=words("day_word_tomorrow", rel["day_word_tomorrow"]),
        today_blockers=frozenset(fold(s) for s in rel["today_blockers"]),
        greg_months=by_value("gregorian_months", cal["gregorian_months"]),
        hijri_months=by_value("hijri_months", cal["hijri_months"]),
        strict_months=frozenset(fold(s) for s in cal["strict_months"]),
        that=words("that", cal["that"]),
        of_it=words("of_it", cal["of_it"]),
        quarter_word=words("quarter_word", rel["quarter_word"]),
        quarters=by_value("quarters", rel["quarters"]),
        minute_words=build("minute_words", ((s, "MIN") for s in units["MIN"]["singular"]
                                            + units["MIN"]["plural"])),
        clock_names=by_word("clock_names", pod["clock_names"]),
        guarded_parts=frozenset(fold(s) for v in pod["standalone_after_signal"].values() for s in v),
        guarded_signals=frozenset(fold(s) for s in pod["guarded_signals"]["words"]),
        offset_from_before=words("offset_from_before", rel["offset_from_before"]),
        offset_adverbs=words("offset_adverbs", rel["offset_adverbs"]),
        offset_now=words("offset_now", rel["offset_now"]),
        bare_year_range=(int(cues["signals"]["bare_year_past"]), int(cues["signals"]["bare_year_future"])),
        year_range_open=words("year_range_open", cues["signals"]["year_range_open"]),
        year_range_links=words("year_range_links", cues["signals"]["year_range_links"]),
        month_word=words("month_word", cal["month_word"]),
        year_words=words("year_words", cal["year_words"]),
        hijri_markers=words("hijri_markers", cal["hijri_year_markers"]),
        greg_markers=words("greg_markers", cal["gregorian_year_markers"]),
        day_month_link=words("day_month_link", cal["day_month_link"]),
        range_links=words("range_links", cal["range_links"]),
        day_chain_links=words("day_chain_links", cal["day_chain_links"]),
        same=words("same", cal["same"]),
        same_before=words("same_before", cal["same_before"]),
        corresponding=words("corresponding", cal["corresponding"]),
        equivalence_links=words("equivalence_links", cal["equivalence_links"]),
        last_day_words=words("last_day_words", cal["last_day_words"]),
        month_topic_heads=frozenset(fold(s) for s in cal["month_topic_heads"]),
        date_name_heads=frozenset(fold(s) for s in cal["date_name_heads"]),
        holiday_topic_heads=frozenset(fold(s) for s in cal["holiday_topic_heads"]),
        holiday_occasion=frozenset(fold(s) for s in cal["holiday_occasion"]),
        name_phrases=tuple(" ".join(fold(s).split()) for s in names["phrases"]),
        name_heads=frozenset(fold(s) for s in names["heads"]),
        hijri_holidays=build("hijri_holidays", holidays),
        holiday_days=by_word("holiday_days", cal["holiday_days"]),
        hijri_epithets=words("hijri_epithets", cal["hijri_month_epithets"]),
        modifiers=build("modifiers", modifiers),
        this=words("this", rel["this"]),
        period_nouns=by_word("period_nouns", rel["period_nouns"]),
        boundaries=build("boundaries", boundaries),
        weekend_heads=words("weekend_heads", rel["weekend_heads"]),
        anaphoric_days=by_word("anaphoric_days", rel["anaphoric_days"]),
        anaphoric_nights=by_word("anaphoric_nights", rel["anaphoric_nights"]),
        stretch_day_heads=words("stretch_day_heads", rel["stretch_day_heads"]),
        stretch_last=words("stretch_last", rel["stretch_last"]),
        stretch_to_today=frozenset(fold(s) for s in rel["stretch_to_today"]),
        same_periods=by_word("same_periods", rel["same_periods"]),
        that_times=by_word("that_times", rel["that_times"]),
        eve_days=by_word("eve_days", rel["eve_days"]),
        anaphoric_offsets=build("anaphoric_offsets", anaphoric_offsets),
        anaphoric_offset_suffixes=words(
            "anaphoric_offset_suffixes", rel["anaphoric_offset_suffixes"]
        ),
        night_links=words("night_links", rel["night_links"]),
        offset_from=words("offset_from", rel["offset_from"]),
        cardinals=by_value("cardinals", num["cardinals"]),
        multipliers=build("multipliers", multipliers),
        fractions=build("fractions", fractions),
        ordinals=build("ordinals", _ordinal_days(num["ordinals"])),
        hour_ordinals=by_value("hour_ordinals", num["hour_ordinals"]),
        clock_fractions=by_value("clock_fractions", num["clock_fractions"]),
        unit_info=unit_info,
        units_singular=build("units_singular", singular),
        units_dual=build("units_dual", dual),
        units_plural=build("units_plural", plural),
        units_article=build("units_article", article),
        quantifiers=by_word("quantifiers", uni["quantifiers"]),
        duration_signals=words("duration_signals", uni["duration_signals"]),
        few=words("few", uni["few"]),
        offset_signals=build("offset_signals", offsets),
        stretch_modifiers=build("stretch_modifiers", stretch),
        period_words=words("period_words", uni["period_words"]),
        period_modifiers=words("period_modifiers", uni["period_modifiers"]),
        recent_period_modifiers=frozenset(fold(s) for s in uni["recent_period_modifiers"]),
        recent_period_signals=frozenset(fold(s) for s in uni["recent_period_signals"]),
        sets=by_word("sets", {k: v for k, v in uni["sets"].items() if k != "every"}),
        every=words("every", uni["sets"]["every"]),
        parts_construct=by_value("parts_construct", pod["construct"], cast=str),
        parts_standalone=build("parts_standalone", [
            (s, k) for k, v in list(pod["standalone"].items()) + list(pod["standalone_after_signal"].items())
            for s in v]),
        night_before_in_past=frozenset(fold(s) for s in pod["night_before_in_past"]),
        last_night=frozenset(fold(s) for s in pod["last_night"]),
        hour_word=words("hour_word", pod["hour_word"]),
        zones=by_word("zones", pod["zones"]),
        clock_periods=build("clock_periods", clock_periods),
        late_early=build("late_early", late_early),
        vague=tuple(vague),
        signals=words("signals", cues["signals"]["words"]),
        month_context=words("month_context", cues["signals"]["month_context"]),
        year_context=words("year_context", cues["signals"]["year_context"]),
        since=words("since", cues["since"]["words"]),
        cues=cues,
    )
