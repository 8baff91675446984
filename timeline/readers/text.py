"""Plain-text and Markdown articles, with or without YAML front matter.

Front matter (between ``---`` lines at the top) may give id, title,
published, source, url and language; without it, the id is the file's name
and the publication date comes from the text (a dateline) or inference.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, Union

import frontmatter
import yaml

from timeline.model import InputError
from timeline.readers.base import Document, Problem, ReadOptions, document_from_fields, register
from timeline.readers.decode import decode

__all__ = ["read_text_file", "parse_text"]


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader in Python, not libyaml's C one: nesting too deep for it is
    a RecursionError to report, where the C loader overflows its stack and takes
    the process down. Dates stay text (``published: 2016-02-30`` is refused by the
    date check with the file's name, not by the YAML library with a traceback)."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _FrontMatterHandler(frontmatter.YAMLHandler):
    def load(self, fm: str, **kwargs: object):
        return yaml.load(fm, Loader=_FrontMatterLoader)  # noqa: S506 (a SafeLoader)


def parse_text(text: str, where: str, group: str, default_id: str) -> Document:
    if text.startswith("\ufeff"):
        text = text[1:]
    if text.lstrip().startswith("---"):
        try:
            post = frontmatter.loads(text, handler=_FrontMatterHandler())
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f" (line {mark.line + 1})" if mark is not None else ""
            raise InputError(f"{where}: front matter is not valid YAML{line}") from None
        except RecursionError:
            raise InputError(f"{where}: front matter is nested too deeply") from None
        if not isinstance(post.metadata, dict):
            raise InputError(f"{where}: front matter is not a mapping of fields")
        body = post.content
        fields = dict(post.metadata)
    else:
        body, fields = text, {}
    if not body.strip():
        raise InputError(f"{where}: no article text")
    if "title" not in fields:
        first = body.lstrip().split("\n", 1)[0]
        if first.startswith("# "):
            fields["title"] = first[2:].strip()
    return document_from_fields(fields, body, where, group, default_id)


@register("text", extensions=(".txt", ".md", ".markdown", ".text"))
def read_text_file(path: Path, data: bytes, options: ReadOptions) -> Iterator[Union[Document, Problem]]:
    text = decode(data, str(path))
    yield parse_text(text, str(path), str(path.parent), path.stem)
