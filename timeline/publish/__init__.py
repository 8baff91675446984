"""Publishing: putting rendered outputs where they belong (files; later, newsletter state)."""

from timeline.publish.files import Staging, write_outputs

__all__ = ["Staging", "write_outputs"]
