"""What an import plans (the dry run) and what it did: plain values the CLI and UI show."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from haart_archive.messages import Message
from haart_archive.types.testimonies import TestimonyDraft


@dataclass(frozen=True)
class ImportProblem:
    """One file, row or attachment that cannot be read or used, and why.

    `where` is what the user looks for (a file path relative to the source, or a row
    number as the spreadsheet program shows it); `reason` is one sentence that never
    repeats a cell's text.
    """

    where: str
    reason: str

    def sentence(self) -> str:
        return Message("{where}: {reason}", where=self.where, reason=self.reason)


@dataclass(frozen=True)
class PlannedTestimony:
    """A testimony the import will create, read from one document or one row."""

    source: str
    draft: TestimonyDraft
    attachments: tuple[Path, ...] = ()
    source_files: tuple[Path, ...] = ()
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict:
        draft = self.draft
        return {
            "source": self.source,
            "title": draft.title,
            "language": draft.language,
            "county": draft.county,
            "told_on": draft.told_on.isoformat() if draft.told_on else "",
            "words": len(draft.text.split()),
            "people": [person.role for person in draft.people],
            "tags": draft.tags.to_dict(),
            "attachments": [path.name for path in self.attachments],
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class ImportPlan:
    """The dry run: what will be created, what is missing, what cannot be read.

    `problems` are files or rows that will be skipped; `missing` are attachments named
    but not found (the testimony is still created, without them). `mapping` is the column
    mapping used for a spreadsheet, and `mapping_guessed` says whether it was guessed from
    the headers. Nothing here has touched the archive.
    """

    source: Path
    kind: str  # "folder", "spreadsheet" or "document"
    testimonies: tuple[PlannedTestimony, ...] = ()
    problems: tuple[ImportProblem, ...] = ()
    missing: tuple[ImportProblem, ...] = ()
    mapping: dict[str, str] = field(default_factory=dict)
    mapping_guessed: bool = False
    unmapped_columns: tuple[str, ...] = ()
    encoding: str | None = None
    sheet: str | None = None
    whole_source_used: bool = False

    @property
    def attachment_count(self) -> int:
        return sum(len(item.attachments) for item in self.testimonies)

    @property
    def steps(self) -> int:
        """Units of progress: one per testimony and one per attachment."""
        return len(self.testimonies) + self.attachment_count

    def source_files(self) -> list[Path]:
        """The files that hold nothing the import leaves behind, once it has finished.

        A spreadsheet is listed only when every row was imported and every column with
        data was mapped; a document only when it was imported; attachments that were
        imported are listed with it.
        """
        files: list[Path] = []
        for item in self.testimonies:
            files += [path for path in item.source_files if path not in files]
            files += [path for path in item.attachments if path not in files]
        if self.kind == "spreadsheet" and self.whole_source_used:
            files.insert(0, self.source)
        return files

    def summary(self) -> list[str]:
        """The dry run in plain sentences, for the command line and the UI."""
        if len(self.testimonies) == 1:
            will = "Will create {count} testimony with {attachments} attachment(s)."
        else:
            will = "Will create {count} testimonies with {attachments} attachment(s)."
        lines = [Message(will, count=len(self.testimonies), attachments=self.attachment_count)]
        if self.encoding:
            lines.append(Message("Read the file as {encoding}.", encoding=self.encoding))
        if self.mapping:
            pairs = ", ".join(f"{name} <- '{header}'" for name, header in self.mapping.items())
            if self.mapping_guessed:
                lines.append(Message("Guessed the column mapping: {pairs}.", pairs=pairs))
            else:
                lines.append(Message("Using the column mapping: {pairs}.", pairs=pairs))
        if self.unmapped_columns:
            columns = ", ".join(f"'{c}'" for c in self.unmapped_columns)
            lines.append(Message("Columns not imported: {columns}.", columns=columns))
        for problem in self.missing:
            lines.append(Message("Missing: {problem}", problem=problem.sentence()))
        for problem in self.problems:
            lines.append(Message("Cannot import: {problem}", problem=problem.sentence()))
        return lines

    def to_json(self) -> dict:
        return {
            "source": str(self.source),
            "kind": self.kind,
            "will_create": len(self.testimonies),
            "attachments": self.attachment_count,
            "encoding": self.encoding,
            "sheet": self.sheet,
            "mapping": dict(self.mapping),
            "mapping_guessed": self.mapping_guessed,
            "unmapped_columns": list(self.unmapped_columns),
            "testimonies": [item.to_json() for item in self.testimonies],
            "missing": [{"where": p.where, "reason": p.reason} for p in self.missing],
            "problems": [{"where": p.where, "reason": p.reason} for p in self.problems],
        }


@dataclass(frozen=True)
class ImportResult:
    """What a finished import created, and the source files the user may now delete."""

    testimony_ids: tuple[str, ...]
    media_ids: tuple[str, ...]
    skipped: tuple[ImportProblem, ...]
    missing: tuple[ImportProblem, ...]
    source_files: tuple[Path, ...]

    def to_json(self) -> dict:
        return {
            "created": list(self.testimony_ids),
            "media": list(self.media_ids),
            "skipped": [{"where": p.where, "reason": p.reason} for p in self.skipped],
            "missing": [{"where": p.where, "reason": p.reason} for p in self.missing],
            "source_files_you_may_delete": [str(path) for path in self.source_files],
        }
