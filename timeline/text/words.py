"""Word families as data: folded spellings, their values, and a regex.

A :class:`WordClass` is what a language table becomes once loaded: a map
from folded spelling to value and an alternation (longest spelling first)
for rule patterns. Used by the temporal grammar and by figure extraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from timeline.data import DataError
from timeline.text.normalize import fold

__all__ = ["WordClass", "SPACE", "word_regex", "trie_regex", "build", "by_value", "by_word", "words"]

SPACE = r"[ \t]+"
#: between the words of one phrase: blanks, or a line break a page put there (كانون\nالثاني)
_WORD_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"


def word_regex(folded: str) -> str:
    """Regex for one folded spelling.

    Words are separated by runs of blanks. A leading article ``ال`` also
    matches its assimilated form after the preposition ``ل`` (للأسبوع).
    """
    words = folded.split()
    parts = [re.escape(w) for w in words]
    if words and words[0].startswith("ال") and len(words[0]) > 2:
        parts[0] = "(?:ال|(?<=ل)ل)" + re.escape(words[0][2:])
    return SPACE.join(parts)


_AL = "\x00AL"        # the article, as one trie step (it also matches its assimilated form)
_GAP = "\x00GAP"      # a run of blanks between words


def _atoms(folded: str) -> list[str]:
    words = folded.split()
    atoms: list[str] = []
    for k, w in enumerate(words):
        if k:
            atoms.append(_GAP)
        if k == 0 and w.startswith("ال") and len(w) > 2:
            atoms.append(_AL)
            w = w[2:]
        atoms.extend(w)
    return atoms


def trie_regex(forms: Iterable[str]) -> str:
    """An alternation of folded spellings shaped as a trie (one test per step).

    The same language as ``"|".join(word_regex(f) for f in forms)``, longest
    spelling first, but a failing match costs one test per character instead
    of one per spelling: the rules try these classes at every candidate word.
    """
    trie: dict = {}
    for f in forms:
        node = trie
        for atom in _atoms(f):
            node = node.setdefault(atom, {})
        node[""] = {}

    def step(atom: str) -> str:
        if atom == _AL:
            return "(?:ال|(?<=ل)ل)"
        if atom == _GAP:
            return _WORD_GAP
        return re.escape(atom)

    def emit(node: dict) -> str:
        end = "" in node
        branches = [step(a) + emit(child) for a, child in sorted(node.items()) if a]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return emit(trie)


_MISSING = object()


@dataclass(frozen=True, eq=False)
class WordClass:
    """Folded spellings of one word family and their values."""

    name: str
    forms: Mapping[str, Any]
    pattern: str = field(init=False)

    def __post_init__(self) -> None:
        if not self.forms:
            object.__setattr__(self, "pattern", "(?!)")
            return
        ordered = sorted(self.forms, key=lambda f: (-len(f), f))
        object.__setattr__(
            self,
            "pattern",
            "(?:" + trie_regex(ordered) + ")"
            + (r"(?!\w)" if all(f[-1:].isalnum() for f in ordered) else ""),
        )

    @property
    def pattern_before_digits(self) -> str:
        """The pattern, also matching where a digit follows with no blank
        (``حزيران2024``): only a letter may not follow."""
        if self.pattern.endswith(r"(?!\w)"):
            return self.pattern[: -len(r"(?!\w)")] + r"(?![^\W\d])"
        return self.pattern

    def get(self, surface: str) -> Any:
        value = self.forms.get(surface, _MISSING)     # the usual case: a matched spelling as is
        if value is not _MISSING:
            return value
        key = " ".join(surface.split())
        if key in self.forms:
            return self.forms[key]
        if key.startswith("ل") and ("ا" + key) in self.forms:
            return self.forms["ا" + key]
        raise KeyError(f"{self.name}: {surface!r}")

    def __contains__(self, surface: str) -> bool:
        if surface in self.forms:
            return True
        try:
            self.get(surface)
        except KeyError:
            return False
        return True


def build(name: str, pairs: Iterable[tuple[str, Any]], fold=fold) -> WordClass:
    forms: dict[str, Any] = {}
    for spelling, value in pairs:
        key = " ".join(fold(spelling).split())
        if not key:
            raise DataError(f"{name}: empty spelling")
        if key in forms and forms[key] != value:
            raise DataError(
                f"{name}: {spelling!r} means both {forms[key]!r} and {value!r}"
            )
        forms[key] = value
    return WordClass(name, forms)


def by_value(name: str, table: Mapping[str, list[str]], cast=int, fold=fold) -> WordClass:
    return build(name, ((s, cast(k)) for k, spellings in table.items() for s in spellings), fold=fold)


def by_word(name: str, table: Mapping[str, Any], fold=fold) -> WordClass:
    return build(name, table.items(), fold=fold)


def words(name: str, spellings: Iterable[str], value: Any = True, fold=fold) -> WordClass:
    return build(name, ((s, value) for s in spellings), fold=fold)
