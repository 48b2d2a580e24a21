"""The dry run: read every source file, and say what an import would create and why not.

`plan_import` never touches an archive and never writes a file. It reads each source in
place and keeps the testimonies it found in memory, in the plan the import then runs.
"""

from __future__ import annotations

from pathlib import Path

from haart_archive.errors import InvalidInput
from haart_archive.importing.attachments import belongs_to, media_problem, media_suffixes
from haart_archive.importing.documents import DOCUMENT_SUFFIXES, OLD_FORMATS, read_document
from haart_archive.importing.language import guess_language
from haart_archive.importing.mapping import FIELDS, check_mapping, guess_mapping
from haart_archive.importing.model import ImportPlan, ImportProblem, PlannedTestimony
from haart_archive.importing.rows import RowContext, plan_row
from haart_archive.importing.tables import OLD_TABLES, TABLE_SUFFIXES, Table, read_table
from haart_archive.messages import Message
from haart_archive.tasks import Progress
from haart_archive.types.testimonies import TestimonyDraft


def plan_import(source: Path | str, mapping: dict[str, str] | None = None, *, sheet: str | None = None,
                progress: Progress | None = None) -> ImportPlan:
    """Plan the import of a folder of documents, one document, or a spreadsheet.

    Raises InvalidInput only when the source as a whole cannot be used (no such path, a
    spreadsheet that cannot be opened, a mapping that names a missing column); anything
    wrong with one file or row is listed in the plan's `problems` instead.
    """
    path = Path(source)
    if path.is_dir():
        return _plan_folder(path, progress)
    if not path.is_file():
        raise InvalidInput(Message("There is no file or folder at '{path}'.", path=path))
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES or suffix in OLD_TABLES:
        return _plan_spreadsheet(path, mapping, sheet, progress)
    if suffix in DOCUMENT_SUFFIXES or suffix in OLD_FORMATS:
        try:
            planned = _document_testimony(path, path.name)
        except InvalidInput as error:
            raise InvalidInput(Message(
                "'{name}' cannot be imported: {message}",
                name=path.name,
                message=error.message,
            )) from None
        return ImportPlan(path, "document", (planned,), whole_source_used=True)
    raise InvalidInput(
        Message(
            "The import reads a folder of documents (.docx, .pdf, .txt, .md) or a "
            "spreadsheet (.xlsx, .csv).",
        )
    )


# -- a spreadsheet --------------------------------------------------------------------------
def _plan_spreadsheet(path: Path, mapping: dict[str, str] | None, sheet: str | None,
                      progress: Progress | None) -> ImportPlan:
    try:
        table = read_table(path, sheet)
    except InvalidInput as error:
        raise InvalidInput(Message(
            "The spreadsheet '{name}' cannot be read: {message}",
            name=path.name,
            message=error.message,
        )) from None
    guessed = mapping is None
    chosen = guess_mapping(table.headers) if guessed else dict(mapping)
    columns = check_mapping(chosen, table.headers)
    context = RowContext(table.headers, columns, path.parent, path.stem)
    planned, problems, missing = [], [], []
    problems += [ImportProblem(Message("row {number}", number=number), reason) for number, reason in table.bad_rows]
    for done, row in enumerate(table.rows, start=1):
        item, skipped, absent = plan_row(row, context)
        if item is not None:
            planned.append(item)
        problems += skipped
        missing += absent
        if progress:
            progress(done, len(table.rows))
    problems.sort(key=lambda p: _row_number(p.where))
    unmapped = _unmapped_with_data(table, set(columns.values()))
    return ImportPlan(
        source=path, kind="spreadsheet", testimonies=tuple(planned), problems=tuple(problems),
        missing=tuple(missing), mapping={name: chosen[name] for name in FIELDS if name in chosen},
        mapping_guessed=guessed, unmapped_columns=tuple(unmapped), encoding=table.encoding,
        sheet=table.sheet, whole_source_used=not problems and not unmapped and bool(planned),
    )


def _unmapped_with_data(table: Table, used: set[int]) -> list[str]:
    unmapped = []
    for index, header in enumerate(table.headers):
        if index in used:
            continue
        if any(index < len(row.cells) and str(row.cells[index] or "").strip() for row in table.rows):
            unmapped.append(header or f"(column {index + 1}, no header)")
    return unmapped


def _row_number(where: str) -> int:
    digits = where.split()[1].rstrip(",") if where.startswith("row ") else ""
    return int(digits) if digits.isdigit() else 0


# -- a folder of documents ------------------------------------------------------------------
def _plan_folder(folder: Path, progress: Progress | None) -> ImportPlan:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not _ignored(p, folder))
    media = media_suffixes()
    documents = [p for p in files if p.suffix.lower() in DOCUMENT_SUFFIXES]
    pictures = [p for p in files if p.suffix.lower() in media]
    problems: list[ImportProblem] = []
    for path in files:
        suffix = path.suffix.lower()
        if suffix in DOCUMENT_SUFFIXES or suffix in media:
            continue
        if suffix in TABLE_SUFFIXES or suffix in OLD_TABLES:
            reason = "a spreadsheet is imported on its own: run the import with this file as the source."
        else:
            reason = OLD_FORMATS.get(suffix, "this kind of file is not imported (use .docx, .pdf, .txt or .md).")
        problems.append(ImportProblem(_relative(path, folder), reason))
    owners = _attachment_owners(documents, pictures)
    planned, missing = [], []
    for done, path in enumerate(documents, start=1):
        where = _relative(path, folder)
        try:
            item = _document_testimony(path, where)
        except InvalidInput as error:
            problems.append(ImportProblem(where, error.message))
            continue
        attachments = []
        for picture in owners.get(path, []):
            reason = media_problem(picture)
            if reason:
                missing.append(ImportProblem(_relative(picture, folder), reason))
            else:
                attachments.append(picture)
        planned.append(PlannedTestimony(item.source, item.draft, tuple(attachments), item.source_files, item.notes))
        if progress:
            progress(done, len(documents))
    owned = {p for group in owners.values() for p in group}
    for picture in pictures:
        if picture not in owned:
            problems.append(
                ImportProblem(
                    _relative(picture, folder),
                    "no document in its folder has a name it starts with, so it is not imported.",
                )
            )
    problems.sort(key=lambda p: p.where)
    return ImportPlan(folder, "folder", tuple(planned), tuple(problems), tuple(missing))


def _document_testimony(path: Path, where: str) -> PlannedTestimony:
    document = read_document(path)
    language = guess_language(document.text)
    notes = [Message("language guessed: {language}", language=language)]
    if document.encoding:
        notes.append(Message("read as {encoding}", encoding=document.encoding))
    draft = TestimonyDraft(title=document.title, text=document.text, language=language)
    draft.validate()
    return PlannedTestimony(where, draft, (), (path,), tuple(notes))


def _attachment_owners(documents: list[Path], pictures: list[Path]) -> dict[Path, list[Path]]:
    """Each photo or recording goes to the document in its folder with the longest
    matching name, so 'case 3-2.jpg' goes to 'case 3-2.docx' rather than 'case 3.docx'."""
    owners: dict[Path, list[Path]] = {}
    for picture in pictures:
        candidates = [d for d in documents if d.parent == picture.parent and belongs_to(d.stem, picture.name)]
        if candidates:
            owner = max(candidates, key=lambda d: len(d.stem))
            owners.setdefault(owner, []).append(picture)
    return owners


def _ignored(path: Path, root: Path) -> bool:
    parts = path.relative_to(root).parts
    # Hidden files, Word's "~$" lock files and the OS's thumbnail caches hold no testimony.
    return any(part.startswith((".", "~$")) for part in parts) or path.name.lower() in {"thumbs.db", "desktop.ini"}


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()
