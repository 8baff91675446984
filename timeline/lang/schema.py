"""The pack manifest (``pack.toml``): its schema, checks and the composers.

Every word class is declared once in the manifest; :func:`parse_specs`
checks the declarations, and the pack (:class:`timeline.lang.Pack`) reads each
class from its table, checks its words against the declaration and builds the
lookup. Mistakes are :class:`DataError` lines that name the file and the key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from timeline.data import DataError
from timeline.text.words import WordClass, build, word_regex

__all__ = ["ClassSpec", "StemSet", "PrefixSet", "WordSet", "Vague", "COMPOSERS", "SHAPES", "VALUES", "MATCHES", "parse_specs"]

SHAPES = ("list", "values", "words", "set", "phrases", "number", "composed")
VALUES = ("int", "float", "str", "ints", "any", "true")
MATCHES = ("clitics", "whole", "prefix", "stem")
_KEYS = {"from", "shape", "value", "match", "placeholder", "compose", "constant", "field", "exclude",
         "within", "guard", "suffixes", "min_length", "before_digits", "doc"}
_PLACEHOLDER_NAME = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class ClassSpec:
    """One word class as the manifest declares it."""

    name: str
    sources: tuple[str, ...]
    shape: str
    value: str = "true"
    match: str = "clitics"
    placeholder: str | None = None
    compose: str | None = None
    constant: Any = None
    field: str | None = None
    exclude: tuple[str, ...] = ()
    within: str | None = None
    guard: str | None = None
    #: a stem class's own suffixes (else the pack's [match].stem_suffixes)
    suffixes: tuple[str, ...] | None = None
    min_length: int = 1
    before_digits: bool = False


def parse_specs(manifest: Mapping[str, Any], where: str) -> dict[str, ClassSpec]:
    """The class declarations of a manifest, checked for shape (not yet for words)."""
    classes = manifest.get("class")
    if not isinstance(classes, dict) or not classes:
        raise DataError(f"{where}: no [class.*] tables")
    specs: dict[str, ClassSpec] = {}
    placeholders: dict[str, str] = {}
    for name, raw in classes.items():
        key = f"class.{name}"
        if not isinstance(raw, dict):
            raise DataError(f"{where}: {key}: must be a table")
        unknown = sorted(set(raw) - _KEYS)
        if unknown:
            raise DataError(f"{where}: {key}: unknown setting {unknown[0]!r}")
        src = raw.get("from")
        sources = (src,) if isinstance(src, str) else tuple(src or ())
        if not sources or not all(isinstance(s, str) and "." in s for s in sources):
            raise DataError(f"{where}: {key}.from: must name table.key (or a list of them)")
        shape = raw.get("shape")
        if shape not in SHAPES:
            raise DataError(f"{where}: {key}.shape: {shape!r} is not one of {', '.join(SHAPES)}")
        value = raw.get("value", "true")
        if value not in VALUES:
            raise DataError(f"{where}: {key}.value: {value!r} is not one of {', '.join(VALUES)}")
        match = raw.get("match", "clitics")
        if match not in MATCHES:
            raise DataError(f"{where}: {key}.match: {match!r} is not one of {', '.join(MATCHES)}")
        compose = raw.get("compose")
        if (shape == "composed") != (compose is not None):
            raise DataError(f"{where}: {key}: `compose` goes with shape = \"composed\" (and only with it)")
        if compose is not None and compose not in COMPOSERS:
            raise DataError(f"{where}: {key}.compose: no composer {compose!r} "
                            f"(known: {', '.join(sorted(COMPOSERS))})")
        placeholder = raw.get("placeholder")
        if placeholder is not None:
            if not isinstance(placeholder, str) or not _PLACEHOLDER_NAME.fullmatch(placeholder):
                raise DataError(f"{where}: {key}.placeholder: {placeholder!r} must be a lower-case name")
            if shape in ("set", "phrases", "number") or compose == "unit_info":
                raise DataError(f"{where}: {key}.placeholder: a {shape} class has no pattern to place")
            if placeholder in placeholders:
                raise DataError(f"{where}: {key}.placeholder: {placeholder!r} is already "
                                f"class.{placeholders[placeholder]}'s")
            placeholders[placeholder] = name
        min_length = raw.get("min_length", 1)
        if match == "prefix" and "min_length" not in raw:
            raise DataError(f"{where}: {key}: a prefix class needs min_length (short prefixes hide real words)")
        if not isinstance(min_length, int) or min_length < 1:
            raise DataError(f"{where}: {key}.min_length: must be a positive integer")
        within, guard = raw.get("within"), raw.get("guard")
        for setting, value_ in (("within", within), ("guard", guard)):
            if value_ is not None and (not isinstance(value_, str) or "." not in value_):
                raise DataError(f"{where}: {key}.{setting}: must name table.key")
        suffixes = raw.get("suffixes")
        if suffixes is not None and (match != "stem" or not isinstance(suffixes, list)):
            raise DataError(f"{where}: {key}.suffixes: a list, for a stem class only")
        if guard is not None and shape != "set":
            raise DataError(f"{where}: {key}.guard: only a set class can be guarded")
        specs[name] = ClassSpec(name, sources, shape, value, match, placeholder, compose,
                                raw.get("constant"), raw.get("field"), tuple(raw.get("exclude", ())),
                                within, guard, tuple(suffixes) if suffixes is not None else None,
                                min_length, bool(raw.get("before_digits", False)))
    return specs


class StemSet(frozenset):
    """Folded words matched whole or followed by one of the pack's noun suffixes
    (``stem`` classes: يوم matches يوم، يوما، يومين but never يومض)."""

    suffixes: tuple[str, ...] = ()

    @classmethod
    def of(cls, words, suffixes) -> "StemSet":
        out = cls(words)
        out.suffixes = tuple(sorted(set(suffixes), key=len, reverse=True))
        return out

    def matches(self, word: str) -> bool:
        if word in self:
            return True
        return any(word.endswith(s) and word[: -len(s)] in self for s in self.suffixes)


class WordSet(frozenset):
    """Folded words matched whole (``whole`` and ``clitics`` set classes)."""

    def matches(self, word: str) -> bool:
        return word in self


class PrefixSet(frozenset):
    """Folded word starts (``prefix`` classes)."""

    def __init__(self, starts=()) -> None:
        super().__init__()
        self._starts = tuple(sorted(self))   # str.startswith takes a tuple, built once

    def matches(self, word: str) -> bool:
        return word.startswith(self._starts)


@dataclass(frozen=True, eq=False)
class Vague:
    """Vague references (مؤخرا، حاليا، قريبا): entries with their conditions, and a pattern."""

    name: str
    entries: tuple[dict[str, Any], ...]
    pattern: str

    @property
    def forms(self) -> dict[str, Any]:
        return {e["span"]: e["value"] for e in self.entries}

    def __iter__(self):
        return iter(self.entries)


# -- composers: classes whose words are built from their tables ------------------

Fold = Callable[[str], str]


def _without_article(name: str, table: Mapping[str, list[str]], fold: Fold, spec: ClassSpec) -> WordClass:
    """The spellings without their article (الخميس -> خميس: كل خميس)."""
    pairs = []
    for k, spellings in table.items():
        for s in spellings:
            if not s.startswith("ال"):
                raise DataError(f"{name}: {s!r} has no article to take off")
            pairs.append((s[2:], _cast(spec, k, name)))
    return build(name, pairs, fold=fold)


def _ordinal_days(name: str, table: Mapping[str, Any], fold: Fold, spec: ClassSpec) -> WordClass:
    """The ordinal day words 1..31, composed from units, tens and the link."""
    try:
        units = {int(k): v for k, v in table["units"].items()}
        compound = {int(k): v for k, v in table["compound_units"].items()}
        tens = {int(k): v for k, v in table["tens"].items()}
        ten, teens, links = table["ten"], table["teen"], table["and"]
    except KeyError as exc:
        raise DataError(f"{name}: missing key {exc.args[0]!r}") from None
    pairs: list[tuple[str, int]] = []
    for n, spellings in units.items():
        pairs += [(s, n) for s in spellings]
    pairs += [(s, 10) for s in ten]
    for u, spellings in compound.items():
        for s in spellings:
            for teen in teens:
                pairs.append((f"{s} {teen}", 10 + u))
            for t, tens_spellings in tens.items():
                if t + u > 31:
                    continue
                for ts in tens_spellings:
                    for link in links:
                        pairs.append((f"{s} {link}{ts}", t + u))
    for t, spellings in tens.items():
        pairs += [(s, t) for s in spellings]
    return build(name, pairs, fold=fold)


def _unit_info(name: str, table: Mapping[str, Any], fold: Fold, spec: ClassSpec) -> dict[str, tuple[str, int]]:
    """unit -> (its ISO 8601 letter, how many of them one is): a week is P1W, a decade P10Y."""
    out = {}
    for unit, info in table.items():
        if "iso" not in info:
            raise DataError(f"{name}: unit {unit!r} has no iso")
        out[unit] = (info["iso"], int(info.get("factor", 1)))
    return out


def _units_with_article(name: str, table: Mapping[str, Any], fold: Fold, spec: ClassSpec) -> WordClass:
    """Every unit spelling with the article (الساعات، الأيام)."""
    return build(name, (("ال" + s, unit) for unit, info in table.items()
                        for form in ("singular", "dual", "plural") for s in info.get(form, ())), fold=fold)


_REFS = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")


def _vague(name: str, entries: list[dict[str, Any]], fold: Fold, spec: ClassSpec) -> Vague:
    out = []
    for i, entry in enumerate(entries):
        if entry.get("value") not in _REFS:
            raise DataError(f"{name}[{i}].value: {entry.get('value')!r} is not one of {', '.join(_REFS)}")
        if not entry.get("span"):
            raise DataError(f"{name}[{i}].span: missing")
        out.append({
            "value": entry["value"],
            "span": " ".join(fold(entry["span"]).split()),
            "after": frozenset(fold(w) for w in entry.get("after", [])),
            "not_before": tuple(fold(w) for w in entry.get("not_before", [])),
            "in_past": entry.get("in_past"),
        })
    spans = sorted({e["span"] for e in out}, key=len, reverse=True)
    pattern = "(?P<v>" + "|".join(word_regex(s) for s in spans) + r")(?!\w)"
    return Vague(name, tuple(out), pattern)


COMPOSERS: dict[str, Callable[..., Any]] = {
    "without_article": _without_article,
    "ordinal_days": _ordinal_days,
    "unit_info": _unit_info,
    "units_with_article": _units_with_article,
    "vague": _vague,
}


def _cast(spec: ClassSpec, raw: Any, where: str) -> Any:
    kind = spec.value
    try:
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind == "str":
            if not isinstance(raw, str):
                raise ValueError
            return raw
        if kind == "ints":
            if not isinstance(raw, list):
                raise ValueError
            return tuple(int(x) for x in raw)
        if kind == "true":
            return True
        return raw
    except (TypeError, ValueError):
        raise DataError(f"{where}: {raw!r} is not a value of type {kind}") from None
