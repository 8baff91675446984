"""Finding publication dates: datelines, and inference from the text's own evidence."""

from timeline.dating.dateline import Dateline, find_dateline
from timeline.values import Period
from timeline.dating.infer import Inference, infer_date

__all__ = ["Dateline", "find_dateline", "Inference", "infer_date", "Period"]
