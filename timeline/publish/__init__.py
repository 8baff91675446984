"""Publishing: putting rendered outputs where they belong (files; later, newsletter state)."""

from timeline.publish.files import write_outputs

__all__ = ["write_outputs"]
