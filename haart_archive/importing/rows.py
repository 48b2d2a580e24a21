"""One spreadsheet row -> one planned testimony, or the reason it cannot be one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from haart_archive.errors import InvalidInput
from haart_archive.importing import values
from haart_archive.importing.attachments import check_attachment
from haart_archive.importing.language import guess_language
from haart_archive.importing.model import ImportProblem, PlannedTestimony
from haart_archive.importing.tables import Cell, TableRow
from haart_archive.messages import Message
from haart_archive.types.people import PersonIdentity, PersonProfile
from haart_archive.types.testimonies import PersonInput, Tags, TestimonyDraft

MAX_TITLE_CHARS = 300
MAX_NAME_CHARS = 300


@dataclass(frozen=True)
class RowContext:
    """What every row of one sheet shares."""

    headers: tuple[str, ...]
    columns: dict[str, int]  # field -> column index
    folder: Path  # where attachment file names are looked up
    source_name: str


def plan_row(
    row: TableRow, ctx: RowContext
) -> tuple[PlannedTestimony | None, list[ImportProblem], list[ImportProblem]]:
    """(planned testimony or None, problems that skip the row, missing attachments)."""
    where = Message("row {number}", number=row.number)
    try:
        draft, notes = _draft(row, ctx)
    except InvalidInput as error:
        return None, [ImportProblem(where, error.message)], []
    attachments, missing = [], []
    for name in values.file_names(_cell(row, ctx, "attachments")):
        path, reason = check_attachment(ctx.folder, name)
        if reason:
            missing.append(ImportProblem(Message("{where}, attachment '{name}'", where=where, name=name[:80]), reason))
        elif path not in attachments:
            attachments.append(path)
    planned = PlannedTestimony(where, draft, tuple(attachments), (), tuple(notes))
    return planned, [], missing


def _cell(row: TableRow, ctx: RowContext, name: str) -> Cell:
    index = ctx.columns.get(name)
    if index is None or index >= len(row.cells):
        return None
    return row.cells[index]


def _header(ctx: RowContext, name: str) -> str:
    return ctx.headers[ctx.columns[name]] if name in ctx.columns else name


def _draft(row: TableRow, ctx: RowContext) -> tuple[TestimonyDraft, list[str]]:
    notes: list[str] = []
    body = values.text(_cell(row, ctx, "text"))
    if not body:
        raise InvalidInput(Message(
            "the testimony text ('{header}') is empty.",
            header=_header(ctx, 'text'),
        ))
    title = " ".join(values.text(_cell(row, ctx, "title")).split())
    if not title:
        title = f"{ctx.source_name}, row {row.number}"
        notes.append("no title: named after the file and row")
    if len(title) > MAX_TITLE_CHARS:
        raise InvalidInput(Message(
            "the title ('{header}') is longer than {max_title_chars} characters.",
            header=_header(ctx, 'title'),
            max_title_chars=MAX_TITLE_CHARS,
        ))
    language = values.language(_cell(row, ctx, "language"), _header(ctx, "language"))
    if language is None:
        language = guess_language(body)
        notes.append(Message("language guessed: {language}", language=language))
    tags = Tags(**{
        group: values.tags(_cell(row, ctx, f"tags.{group}"), group, _header(ctx, f"tags.{group}"))
        for group in ("exploitation", "indicators", "sectors", "push_factors", "routes")
    })
    draft = TestimonyDraft(
        title=title,
        text=body,
        language=language,
        county=values.county(_cell(row, ctx, "county"), _header(ctx, "county")),
        told_on=values.date(_cell(row, ctx, "told_on"), _header(ctx, "told_on")),
        place_told=values.text(_cell(row, ctx, "place_told")),
        taken_by=values.text(_cell(row, ctx, "taken_by")),
        notes=values.text(_cell(row, ctx, "notes")),
        tags=tags,
        people=tuple(_people(row, ctx, notes)),
    )
    draft.validate()
    return draft, notes


def _people(row: TableRow, ctx: RowContext, notes: list[str]) -> list[PersonInput]:
    people = []
    name = " ".join(values.text(_cell(row, ctx, "survivor_name")).split())
    phones = values.phones(_cell(row, ctx, "survivor_phone"))
    gender = values.gender(_cell(row, ctx, "survivor_gender"), _header(ctx, "survivor_gender"))
    year = values.birth_year(_cell(row, ctx, "survivor_birth_year"), _header(ctx, "survivor_birth_year"))
    if name:
        _check_name(name, ctx, "survivor_name")
        profile = PersonProfile(gender=gender or "unknown", birth_year=year)
        people.append(PersonInput("survivor", PersonIdentity(legal_name=name, phones=phones), profile))
    elif phones:
        raise InvalidInput(Message(
            "it has a survivor's phone number but no survivor name; add the name or "
            "clear the phone.",
        ))
    elif gender or year:
        notes.append("survivor's gender or birth year not kept: the row names no survivor")
    recruiter = " ".join(values.text(_cell(row, ctx, "recruiter_name")).split())
    if recruiter:
        _check_name(recruiter, ctx, "recruiter_name")
        people.append(PersonInput("recruiter", PersonIdentity(legal_name=recruiter)))
    return people


def _check_name(name: str, ctx: RowContext, field: str) -> None:
    if len(name) > MAX_NAME_CHARS:
        raise InvalidInput(Message(
            "the name in '{header}' is longer than {max_name_chars} characters.",
            header=_header(ctx, field),
            max_name_chars=MAX_NAME_CHARS,
        ))
