"""Kept for callers not yet moved: the lexicon is the language pack (:mod:`timeline.lang`)."""

from timeline.lang import Pack as Lexicon, default_pack as lexicon

__all__ = ["Lexicon", "lexicon"]
