"""Import testimonies from intake documents and spreadsheets.

    plan = plan_import(Path("intake notes"))             # the dry run; touches nothing
    for line in plan.summary(): ...                       # what will be created, what not
    result = archive.run_import(plan, progress=..., cancelled=...)   # through the facade
    result.source_files                                   # what the user may delete now

Sources are a folder of .docx, .pdf (text layer), .txt and .md documents (one testimony
each, photos and recordings named after the document attached), a single document, or an
.xlsx/.csv spreadsheet with one testimony per row and a column mapping (see `mapping`).
"""

from haart_archive.importing.mapping import FIELDS, guess_mapping, load_mapping, mapping_from_dict
from haart_archive.importing.model import (
    ImportPlan,
    ImportProblem,
    ImportResult,
    PlannedTestimony,
)
from haart_archive.importing.plan import plan_import

__all__ = [
    "FIELDS",
    "ImportPlan",
    "ImportProblem",
    "ImportResult",
    "PlannedTestimony",
    "guess_mapping",
    "load_mapping",
    "mapping_from_dict",
    "plan_import",
]
