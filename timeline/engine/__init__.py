"""Engines: where extraction (and, on Dask, the per-day grouping) runs.

``local``: this machine, ``--jobs N`` processes (default: every core);
``dask``: a Dask cluster (``--engine dask --scheduler ADDRESS``). Both give
the same timeline for the same input.
"""

from timeline.engine.local import ExtractStats, extract_into

__all__ = ["ExtractStats", "extract_into"]
