"""Screening values: the verdict, elements and indicators of a screening, and their labels
(defined in `haart_archive.screening`)."""

from __future__ import annotations

from haart_archive.screening import Screening
from haart_archive.screening.explain import indicator_label, kind_label
from haart_archive.screening.model import SuggestedTags

__all__ = ["Screening", "SuggestedTags", "indicator_label", "kind_label"]
