"""The extraction store: what each article gave, kept in SQLite between builds.

An article is keyed by its content (id, publication date, language, text)
and the extractor's version (a hash of the code and language tables that
make an extraction, and of the versions of the libraries they call). A
build extracts only the articles whose key the store does not hold; the
timeline is then assembled month by month from the stored stories, so a
large archive never has to be in memory at once.
"""

from timeline.store.extractions import ExtractionStore, article_key, extractor_version

__all__ = ["ExtractionStore", "article_key", "extractor_version"]
