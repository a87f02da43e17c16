"""Workers made ready before the first partition: a Dask worker plugin that analyses one sample article
of the job on each worker as it joins (those of the cluster now and any added later).

That one article loads what a worker's first partition would otherwise load while it holds a partition:
the language detector when the article has no language, the language's pipeline, the place index, the
buffers of the first document. The workers do it side by side while the client sends the partitions, and
the partitions then take the time of their articles alone. Nothing of the sample is kept but the loaded
pipeline (``load_pipeline`` keeps it for the process); a sample that fails is a failure of the warm-up
alone, never of the job.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

from distributed import WorkerPlugin

from ..ingest import IngestFailure
from ..schemas import Input
from ..settings import Settings
from . import plan as planning
from .plan import Partition

log = logging.getLogger(__name__)
PLUGIN_NAME = "veille-warm-up"


def sample_article(parts: list[Partition], settings: Settings, published: str | None,
                   lang: str | None) -> Input | None:
    """The first readable article of the first of ``parts`` that has one (read on the client)."""
    for part in parts[:3]:  # a partition of failures alone is rare; three are enough to look at
        for item in planning.read(part, settings, published, lang):
            if not isinstance(item, IngestFailure) and item.text.strip():
                return item
    return None


def warm_up(sample: Input, settings: Settings) -> None:
    """Analyse the sample article once, for what it loads; its record is dropped."""
    from ..process import analyse

    for _article in analyse([replace(sample)], settings, 1):
        pass


class WarmUp(WorkerPlugin):
    """On each worker, at start (or when registered): the sample article analysed, in a thread of its own
    so that the worker keeps answering the scheduler meanwhile."""

    name = PLUGIN_NAME

    def __init__(self, sample: Input, settings: Settings) -> None:
        self.sample, self.settings = sample, settings

    async def setup(self, worker) -> None:
        try:
            await asyncio.to_thread(warm_up, self.sample, self.settings)
        except Exception as e:  # noqa: BLE001  (the partitions load what they need themselves)
            log.warning("warm-up of worker %s failed: %s: %s", worker.address, type(e).__name__, e)
