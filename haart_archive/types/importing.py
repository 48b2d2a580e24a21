"""Import values: what an import plans (the dry run) and what it did (defined in
`haart_archive.importing`), and the archive fields a spreadsheet column can map to."""

from __future__ import annotations

from haart_archive.importing import (
    FIELDS,
    ImportPlan,
    ImportProblem,
    ImportResult,
    PlannedTestimony,
)

__all__ = ["FIELDS", "ImportPlan", "ImportProblem", "ImportResult", "PlannedTestimony"]
