"""Find every temporal expression in an article and give its value.

    >>> from timeline.temporal import tag
    >>> [t.value for t in tag("وقال أمس الأربعاء إن ...", "2016-12-08")]
    ['2016-12-07']

Pipeline: fold the text for matching (offsets kept), scan it with the
grammar (frames), resolve the frames in document order (values), and map the
spans back to the original text.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from timeline.model import Timex, parse_published
from timeline.temporal import frames as F
from timeline.temporal.context import Scan
from timeline.temporal.grammar import Grammar, grammar as default_grammar
from timeline.temporal.resolve import EXPLICIT, LATE, Anchor, Context, Resolved, resolve
from timeline.text.normalize import normalize

__all__ = ["tag", "Tagger"]


class Tagger:
    """A reusable tagger; ``Tagger(disabled={"bare-year"})`` turns rules off."""

    def __init__(self, grammar: Optional[Grammar] = None, disabled: frozenset[str] = frozenset()):
        self.grammar = grammar or (Grammar(disabled=disabled) if disabled else default_grammar())

    def tag(self, text: str, published: str | dt.date) -> list[Timex]:
        dct = published if isinstance(published, dt.date) else parse_published(published)
        norm = normalize(text)
        scan = Scan(norm, self.grammar.lex)
        hits = self.grammar.scan(scan)
        ctx = Context(dct, scan)
        results: list[Optional[Resolved]] = [None] * len(hits)

        def record(i: int, r: Resolved) -> None:
            h = hits[i]
            if r.day is None:
                return
            sentence = scan.sentence_index(h.start)
            ctx.days.append((h.start, sentence, r.day))
            ctx.anchors.append(Anchor(r.day, h.start, sentence, isinstance(h.frame, EXPLICIT)))

        for i, h in enumerate(hits):
            if isinstance(h.frame, LATE):
                continue
            ctx.following = None
            if isinstance(h.frame, F.Offset) and h.frame.direction > 0 and i + 1 < len(hits):
                nxt = hits[i + 1]
                between = scan.text[h.end:nxt.start].split()
                if between in (["من"], ["علي"]) and isinstance(nxt.frame, EXPLICIT):
                    later = resolve(nxt.frame, ctx, nxt.start)
                    if later is not None and later.day is not None:
                        ctx.following = (nxt.start, later.day)
            surface = " ".join(scan.text[h.start:h.end].split())
            r = resolve(h.frame, ctx, h.start, surface)
            results[i] = r
            if r is not None:
                record(i, r)
        ctx.following = None
        for i, h in enumerate(hits):
            if isinstance(h.frame, LATE):
                r = resolve(h.frame, ctx, h.start)
                results[i] = r

        out: list[Timex] = []
        signals = self.grammar.lex.signals
        for h, r in zip(hits, results):
            if r is None:
                continue
            start, end = norm.span(h.start, h.end)
            out.append(Timex(
                start=start, end=end, text=text[start:end], type=r.type, value=r.value,
                mod=r.mod, note=r.note, rule=h.rule, resolution=r.rule, anchor=r.anchor,
                signal=scan.preceding_phrase(h.start, signals),
            ))
        return out


def tag(text: str, published: str | dt.date) -> list[Timex]:
    """Temporal expressions of ``text`` published on ``published`` (the DCT)."""
    return Tagger().tag(text, published)
