"""Language packs: the words of one language, declared, checked and compiled once.

A pack is a folder of TOML tables plus a manifest, ``pack.toml``, that
declares every word class the engine reads (see the built-in
``timeline/data/ar/pack.toml`` for the schema). :func:`load_pack` reads a
folder (or the built-in pack of a language), checks every declared class
against its table and builds the lookups; a bad or missing entry is one
:class:`DataError` line naming the file and the key. Every stage that reads
words (the grammar, the context scan, placement, similarity, normalisation)
takes the pack as a parameter::

    pack = load_pack("ar")                 # the built-in Arabic pack
    pack = load_pack(Path("my-pack/"))     # a folder laid out the same way
    pack.weekdays.get("الخميس")            # 4
    pack.pattern("weekday")                # the regex a rule's %{weekday} stands for

Adding a word class is a data edit (a table key and a ``[class.NAME]`` entry)
plus the rule that uses it.
"""

from __future__ import annotations

import tomllib
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

from timeline.data import DataError
from timeline.lang.schema import COMPOSERS, ClassSpec, PrefixSet, StemSet, Vague, WordSet, _cast, parse_specs
from timeline.text.normalize import Normalizer
from timeline.text.words import WordClass, build

__all__ = ["Pack", "DataError", "load_pack", "default_pack", "DEFAULT_LANG", "MANIFEST"]

#: the language of the built-in pack
DEFAULT_LANG = "ar"
#: the manifest's file name inside a pack folder
MANIFEST = "pack.toml"


class Pack:
    """One language's word classes (attributes: ``pack.weekdays``), its raw
    tables (``pack.table("events")``), its normaliser and rule placeholders."""

    def __init__(self, folder: Any, label: str) -> None:
        self.folder = folder          # a Path or an importlib.resources Traversable
        self.label = label            # how error messages name the folder
        self._tables: dict[str, dict[str, Any]] = {}
        manifest = self.table("pack")
        meta = manifest.get("pack", {})
        if not isinstance(meta.get("lang"), str):
            raise DataError(f"{self._where('pack')}: pack.lang: missing (the language code)")
        self.lang: str = meta["lang"]
        match = manifest.get("match", {})
        self.conjunctions = tuple(match.get("conjunctions", ()))
        self.prepositions = tuple(match.get("prepositions", ()))
        self.stem_suffixes = tuple(match.get("stem_suffixes", ()))
        self.normalizer = Normalizer(self.table("normalization"), self._where("normalization"))
        self.fold = self.normalizer.fold
        self.normalize = self.normalizer.normalize
        self.specs: dict[str, ClassSpec] = parse_specs(manifest, self._where("pack"))
        self.classes: dict[str, Any] = {name: self._build(spec) for name, spec in self.specs.items()}
        #: placeholder name -> the class it stands for
        self.placeholder_classes: dict[str, str] = {
            s.placeholder: name for name, s in self.specs.items() if s.placeholder}

    def __repr__(self) -> str:
        return f"Pack({self.lang!r}, {self.label})"

    # -- tables ---------------------------------------------------------------

    def _where(self, name: str) -> str:
        return f"{self.label}/{name}.toml"

    def table(self, name: str) -> dict[str, Any]:
        """A raw TOML table of the pack (``pack.table("events")``)."""
        cached = self._tables.get(name)
        if cached is None:
            path = self.folder.joinpath(f"{name}.toml")
            try:
                with path.open("rb") as fh:
                    cached = tomllib.load(fh)
            except FileNotFoundError:
                raise DataError(f"{self._where(name)}: missing") from None
            except tomllib.TOMLDecodeError as exc:
                raise DataError(f"{self._where(name)}: {exc}") from None
            self._tables[name] = cached
        return cached

    def _source(self, spec: ClassSpec, source: str) -> Any:
        table, _, path = source.partition(".")
        node: Any = self.table(table)
        for part in path.split("."):
            if not isinstance(node, dict) or part not in node:
                raise DataError(f"{self._where(table)}: {path}: missing (class.{spec.name} reads it)")
            node = node[part]
        return node

    # -- classes --------------------------------------------------------------

    def _build(self, spec: ClassSpec) -> Any:
        where = f"{self._where(spec.sources[0].partition('.')[0])}: {spec.sources[0].partition('.')[2]}"
        raws = [self._source(spec, s) for s in spec.sources]
        if spec.shape == "composed":
            return COMPOSERS[spec.compose](where, raws[0], self.fold, spec)
        if spec.shape == "number":
            if len(raws) != 1 or not isinstance(raws[0], int) or isinstance(raws[0], bool):
                raise DataError(f"{where}: must be an integer")
            return raws[0]
        pairs: list[tuple[str, Any]] = []
        for raw in raws:
            pairs += self._pairs(spec, raw, where)
        if spec.shape in ("set", "phrases"):
            folded = [" ".join(self.fold(s).split()) for s, _ in pairs]
            self._check_words(spec, folded, [s for s, _ in pairs], where)
            if spec.shape == "phrases":
                return tuple(folded)
            if spec.match == "stem":
                suffixes = spec.suffixes if spec.suffixes is not None else self.stem_suffixes
                built = StemSet.of(folded, (self.fold(s) for s in suffixes))
            elif spec.match == "prefix":
                built = PrefixSet(folded)
            else:
                built = WordSet(folded)
            if spec.guard is not None:
                self._check_guard(spec, built, dict(zip(folded, (s for s, _ in pairs))), where)
            return built
        self._check_words(spec, [" ".join(self.fold(s).split()) for s, _ in pairs], [s for s, _ in pairs], where)
        return build(spec.name, pairs, fold=self.fold)

    def _pairs(self, spec: ClassSpec, raw: Any, where: str) -> list[tuple[str, Any]]:
        def spellings(items: Any, key: str) -> list[str]:
            if not isinstance(items, list) or not all(isinstance(s, str) for s in items):
                raise DataError(f"{where}{key}: must be a list of spellings")
            return items

        shape = spec.shape
        if shape in ("list", "phrases") or (shape == "set" and isinstance(raw, list)):
            value = spec.constant if spec.constant is not None else True
            return [(s, value) for s in spellings(raw, "")]
        if not isinstance(raw, dict):
            raise DataError(f"{where}: must be a table")
        if shape == "set":
            return [(s, True) for k, v in raw.items() for s in spellings(v, f".{k}")]
        if shape == "values":
            out = []
            for k, v in raw.items():
                if spec.field is not None:
                    if not isinstance(v, dict) or spec.field not in v:
                        raise DataError(f"{where}.{k}: missing {spec.field!r}")
                    v = v[spec.field]
                value = _cast(spec, k, f"{where}.{k}")
                out += [(s, value) for s in spellings(v, f".{k}")]
            return out
        # words: spelling -> value
        return [(s, _cast(spec, v, f"{where}.{s}")) for s, v in raw.items() if s not in spec.exclude]

    def _check_words(self, spec: ClassSpec, folded: list[str], written: list[str], where: str) -> None:
        for f, w in zip(folded, written):
            if not f:
                raise DataError(f"{where}: empty spelling {w!r}")
            if spec.match == "prefix" and len(f) < spec.min_length:
                raise DataError(f"{where}: {w!r} is shorter than {spec.min_length} letters: as a prefix "
                                "it would hide real words")
        if spec.within is not None:
            gate = self._source(spec, spec.within)
            starts = tuple(self.fold(g) for g in (gate if isinstance(gate, list) else [gate]))
            never = [w for f, w in zip(folded, written) if not f.startswith(starts)]
            if never:
                raise DataError(f"{where}: {never[0]!r} can never match: only words starting with "
                                f"{' / '.join(starts)} ({spec.within}) are checked against it")

    def _check_guard(self, spec: ClassSpec, built: Any, written: dict[str, str], where: str) -> None:
        guard = self._source(spec, spec.guard)
        if not isinstance(guard, list) or not all(isinstance(w, str) for w in guard):
            raise DataError(f"{where}: the guard {spec.guard} must be a list of words")
        for real in guard:
            word = " ".join(self.fold(real).split())
            if built.matches(word):
                entry = next((w for f, w in written.items() if f == word or word.startswith(f)), word)
                raise DataError(f"{where}: {entry!r} would hide the real word {real!r} ({spec.guard})")

    def __getattr__(self, name: str) -> Any:
        classes = self.__dict__.get("classes")
        if classes is not None and name in classes:
            return classes[name]
        raise AttributeError(f"the {self.__dict__.get('lang', '?')} pack has no word class {name!r}")

    # -- conveniences over the classes ----------------------------------------

    @property
    def cues(self) -> dict[str, Any]:
        """The cue table (tense, roles, clauses), read by the context scan."""
        return self.table("cues")

    @cached_property
    def numbers(self):
        """Number words (cardinals, multipliers, fractions) and the number pattern."""
        from timeline.text.numbers import NumberWords

        return NumberWords.from_table(self.table("numbers"), self.fold)

    def pattern(self, placeholder: str) -> str:
        """The regex a rule's ``%{placeholder}`` stands for."""
        if placeholder == "number":
            return self.numbers.pattern
        if placeholder == "cardinal":
            return self.numbers.cardinals.pattern
        name = self.placeholder_classes.get(placeholder)
        if name is None:
            raise DataError(f"{self._where('pack')}: no class has the placeholder {placeholder!r}")
        cls = self.classes[name]
        return cls.pattern_before_digits if self.specs[name].before_digits else cls.pattern

    def first_words(self, placeholder: str) -> list[str]:
        """Every spelling a placeholder stands for (what a rule beginning with it can begin with)."""
        if placeholder in ("number", "cardinal"):
            return list(self.numbers.cardinals.forms)
        return list(self.classes[self.placeholder_classes[placeholder]].forms)


def _builtin(lang: str):
    return resources.files("timeline.data").joinpath(lang)


@lru_cache(maxsize=None)
def _load(key: str, is_path: bool) -> Pack:
    if is_path:
        folder = Path(key)
        if not folder.joinpath(MANIFEST).is_file():
            raise DataError(f"{folder}/{MANIFEST}: missing (not a language pack)")
        return Pack(folder, str(folder))
    folder = _builtin(key)
    if not folder.joinpath(MANIFEST).is_file():
        raise DataError(f"no built-in language pack {key!r}")
    return Pack(folder, f"timeline/data/{key}")


def load_pack(source: str | Path = DEFAULT_LANG) -> Pack:
    """The pack of a language code (built in) or of a folder; loaded and checked once."""
    if isinstance(source, Path):
        return _load(str(source.resolve()), True)
    return _load(source, False)


def default_pack() -> Pack:
    """The built-in pack (Arabic)."""
    return load_pack(DEFAULT_LANG)
