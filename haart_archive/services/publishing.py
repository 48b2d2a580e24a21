"""Publishing: gated publication packages, the publication register, partner exports.

The gates live here, in the core. For every item: consent must allow this channel's use on
the release date with the media and anonymity used; the redacted version or image must be
approved and current; survivor review must be recorded where consent asked for it; and the
leak check must pass on the rendered output (text extracted back from the PDF, HTML and
Markdown, their metadata, alt text and file names). Nothing is written before all pass.

Every free-text field (title, framing text, captions, alt text, file name) blocks on any
detection, whatever its confidence, unless an editor reviewed that exact string; every
image is read again (OCR, faces: publishing/gates.py). A testimony's text and images are
read with the same reviewed strings: those of all its redacted versions and of the images
used (RedactionDesk.testimony_reviewed).

The leak check needs the identity tier. Communications staff do not hold it, so an editor
clears a rendered publication (`clear`); the clearance holds the hash of every file of the
package (publishing/clearance.py), and communications staff can then release exactly those
bytes and nothing else.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from haart_archive.consent import Release, ReleaseKind, TakedownNotice, channel_use
from haart_archive.consent.policy import Decision, ObligationKind
from haart_archive.context import Context
from haart_archive.errors import ArchiveError, InvalidInput, NotFound, PublicationRefused
from haart_archive.messages import Message
from haart_archive.publishing import (
    PartnerExport,
    PublicationContent,
    PublicationItem,
    RenderedFile,
    SuppressionReport,
    build_partner_export,
    extract_html_text,
    extract_markdown_text,
    extract_pdf_text,
    output_file_name,
    render_package,
    safe_slug,
    write_atomically,
)
from haart_archive.publishing.clearance import ClearanceRecord, file_hashes
from haart_archive.publishing.ctdc import CaseRecord
from haart_archive.publishing.gates import free_text_findings
from haart_archive.publishing.partner_files import write_csv, write_json
from haart_archive.redaction import KnownPerson, leak_check
from haart_archive.services.consent import ConsentRecords
from haart_archive.services.media import MediaLibrary
from haart_archive.services.people import People
from haart_archive.services.redaction import RedactionDesk
from haart_archive.services.testimonies import Testimonies
from haart_archive.store.models import (
    Clearance,
    Publication,
    PublicationUse,
    SurvivorReview,
    new_id,
    utc_now,
)
from haart_archive.types.publishing import (
    GateReport,
    ItemCheck,
    PublicationRecord,
    PublicationSpec,
    RenderedPublication,
    SpecItem,
)
from haart_archive.types.redaction import VersionRecord
from haart_archive.vault.keys import Tier

FORMATS = ("pdf", "html", "md")
DESTINATION_COUNTRIES = {
    "riyadh": "SA", "jeddah": "SA", "dammam": "SA", "mecca": "SA", "dubai": "AE", "abu dhabi": "AE",
    "sharjah": "AE", "doha": "QA", "muscat": "OM", "beirut": "LB", "kuwait": "KW", "manama": "BH",
    "amman": "JO", "kampala": "UG", "dar es salaam": "TZ", "juba": "SS", "nairobi": "KE", "mombasa": "KE",
}
# What checking one item gives: the gates' answer, the item to render and how it is used.
_ItemOutcome = tuple[ItemCheck, PublicationItem | None, dict | None]


@dataclass
class _Prepared:
    content: PublicationContent
    testimony_ids: list[str]
    used: list[dict]


@dataclass
class _Reading:
    """What reading a publication for identifiers needs (identity key holders only): the
    strings editors reviewed for its testimonies and images, and per testimony its known
    people and the identifiers its anonymity lets appear."""

    reviewed: list[str]
    people: dict[str, tuple[list[KnownPerson], list[str]]]

    @property
    def excused(self) -> list[str]:
        """Strings that excuse a detection (never a known identifier): the reviewed ones and
        what any testimony's consent lets appear (its survivor's first name, say)."""
        return self.reviewed + [form for _known, allowed in self.people.values() for form in allowed]


@dataclass
class _Gate:
    report: GateReport
    prepared: _Prepared
    files: list[RenderedFile]


class Publishing:
    """Building and releasing publications, the register, takedowns and partner exports."""

    def __init__(
        self,
        context: Context,
        testimonies: Testimonies,
        consent: ConsentRecords,
        redaction: RedactionDesk,
        media: MediaLibrary,
        people: People,
    ):
        self._ctx = context
        self._testimonies = testimonies
        self._consent = consent
        self._redaction = redaction
        self._media = media
        self._people = people

    # -- gates ----------------------------------------------------------------------------
    def check(self, spec: PublicationSpec) -> GateReport:
        """Run every gate; write nothing. Items and free-text fields are checked first, then
        the rendered output."""
        self._ctx.require("build publications")
        return self._gate(spec).report

    def _gate(self, spec: PublicationSpec) -> _Gate:
        reading = self._reading(spec)
        checks, prepared = self._check_items(spec, reading)
        checks = self._with_fields(spec, checks, reading)
        if not all(item.ok for item in checks):
            return _Gate(GateReport(tuple(checks)), prepared, [])
        try:
            files = render_package(prepared.content, spec.file_name)
        except ArchiveError as error:
            return _Gate(GateReport(tuple(checks), (error.message,)), prepared, [])
        digest = _package_digest(files)
        problems, done = self._output_problems(spec, reading, _rendered_text(files), files)
        report = GateReport(tuple(checks), tuple(problems), digest, done, tuple(f.name for f in files))
        return _Gate(report, prepared, files)

    def clear(self, spec: PublicationSpec) -> str:
        """An editor runs every gate on the rendered package and records a clearance that
        binds the bytes of each of its files."""
        self._ctx.require("approve redacted versions")
        self._ctx.require("build publications")
        gate = self._gate(spec)
        if not gate.report.ok:
            raise PublicationRefused(Message("This publication cannot be cleared."), gate.report.reasons())
        record = ClearanceRecord.of(spec.title, spec.to_dict(), gate.files)
        with self._ctx.transaction() as session:
            row = Clearance(id=new_id(), created_by=self._ctx.user_row_id)
            self._ctx.sealer.seal_json(row, "record_sealed", record.to_json())
            session.add(row)
            self._ctx.audit.record(session, "publication cleared by leak check", "clearance", row.id)
        return row.id

    def record_survivor_review(self, version_id: str, note: str = "") -> str:
        """The survivor read this redacted version and agreed to its publication."""
        self._ctx.require("record consent")
        self._redaction.version(version_id)
        with self._ctx.transaction() as session:
            row = SurvivorReview(id=new_id(), version_id=version_id, recorded_by=self._ctx.user_row_id)
            self._ctx.sealer.seal_text(row, "note_sealed", note)
            session.add(row)
            self._ctx.audit.record(session, "survivor review recorded", "redacted_version", version_id)
        return row.id

    def preview(self, spec: PublicationSpec) -> RenderedPublication:
        """The PDF and HTML a release of `spec` would write, rendered in memory from the very
        items the gates accept (nothing is written or registered). While an item's gate
        refuses, PublicationRefused carries every reason."""
        self._ctx.require("build publications")
        checks, prepared = self._check_items(spec, None, read_images=False)
        if not all(item.ok for item in checks):
            raise PublicationRefused(Message("This publication cannot be previewed yet."),
                                     GateReport(tuple(checks)).reasons())
        files = render_package(prepared.content, spec.file_name)
        by_format = {_format_of(f.name): f.data for f in files if f.name.endswith((".pdf", ".html"))}
        return RenderedPublication(pdf=by_format["pdf"], html=by_format["html"])

    # -- release --------------------------------------------------------------------------
    def build(
        self, spec: PublicationSpec, out_dir: Path | None, formats: tuple[str, ...] = FORMATS
    ) -> tuple[str, list[Path]]:
        """Release a publication: every gate must pass; then the chosen files are written
        and the release is entered in the register. Returns (publication id, files).
        With `out_dir` None nothing is written: the release is only registered (the demo
        uses this; so can staff who publish the checked text through another system)."""
        self._ctx.require("release publications")
        unknown = set(formats) - set(FORMATS)
        if unknown or not formats:
            raise InvalidInput(Message(
                "Formats are pdf, html and md; not {value}.",
                value=', '.join(sorted(unknown)) or 'none',
            ))
        self._ctx.require("build publications")
        gate = self._gate(spec)
        if not gate.report.ok:
            raise PublicationRefused(Message(
                "A publication gate refused this release; nothing was written.",
            ), gate.report.reasons())
        # Exactly the bytes the gates read (and an editor's clearance bound) are written.
        prepared, report = gate.prepared, gate.report
        files = [f for f in gate.files if _format_of(f.name) in formats]
        written: list[Path] = []
        if out_dir is not None:
            out_dir = Path(out_dir)
            out_dir.mkdir(parents=True, exist_ok=True)
            written = [write_atomically(out_dir, f.name, f.data) for f in files]
        publication_id = self._register(spec, prepared, [f.name for f in files], report.rendered_sha256)
        return publication_id, written

    def _register(self, spec: PublicationSpec, prepared: _Prepared, files: list[str], digest: str) -> str:
        with self._ctx.transaction() as session:
            row = Publication(id=new_id(), kind=ReleaseKind.PUBLICATION.value, released_at=utc_now(),
                              released_by=self._ctx.user_row_id)
            self._ctx.sealer.seal_json(row, "record_sealed", {
                "title": spec.title, "channel": spec.channel, "planned_date": spec.planned_date.isoformat(),
                "where": spec.where, "items": prepared.used, "files": files, "rendered_sha256": digest,
            })
            session.add(row)
            for used in prepared.used:
                session.add(PublicationUse(id=new_id(), publication_id=row.id, testimony_id=used["testimony_id"],
                                           version_id=used["version"]))
            self._ctx.audit.record(session, "publication released", "publication", row.id,
                                   {"channel": spec.channel, "items": len(prepared.used)})
        return row.id

    # -- the register ---------------------------------------------------------------------
    def list(self, kind: str | None = None) -> list[PublicationRecord]:
        with self._ctx.read() as session:
            query = select(Publication).order_by(Publication.created_at.desc())
            if kind:
                query = query.where(Publication.kind == kind)
            rows = session.scalars(query).all()
        return [self._record(row) for row in rows]

    def get(self, publication_id: str) -> PublicationRecord:
        with self._ctx.read() as session:
            row = session.get(Publication, publication_id)
        if row is None:
            raise NotFound(Message(
                "There is no publication with id {publication_id}.",
                publication_id=publication_id,
            ))
        return self._record(row)

    def takedown_list(self) -> list[PublicationRecord]:
        """Publications and exports a withdrawal asked to take down, not yet taken down."""
        return [record for record in self.list() if record.needs_takedown]

    def record_takedown(self, publication_id: str, note: str = "") -> None:
        """Staff took the publication down (or asked the partner to delete the export)."""
        self._ctx.require("record takedowns")
        with self._ctx.transaction() as session:
            row = session.get(Publication, publication_id)
            if row is None:
                raise NotFound(Message(
                    "There is no publication with id {publication_id}.",
                    publication_id=publication_id,
                ))
            row.taken_down_at = utc_now()
            record = self._ctx.sealer.open_json(row, "record_sealed")
            record["takedown_note"] = note
            self._ctx.sealer.seal_json(row, "record_sealed", record)
            self._ctx.audit.record(session, "publication taken down", "publication", publication_id)

    def releases_for(self, testimony_id: str) -> list[Release]:
        """Everything released that used a testimony (for withdrawal notices)."""
        with self._ctx.read() as session:
            rows = session.execute(
                select(Publication, PublicationUse)
                .join(PublicationUse, PublicationUse.publication_id == Publication.id)
                .where(PublicationUse.testimony_id == testimony_id, Publication.released_at.is_not(None))
            ).all()
        releases = {}
        for publication, _use in rows:
            record = self._ctx.sealer.open_json(publication, "record_sealed")
            item = next((i for i in record.get("items", []) if i.get("testimony_id") == testimony_id), {})
            releases[publication.id] = Release(
                release_id=publication.id, kind=ReleaseKind(publication.kind), channel=record["channel"],
                released_on=publication.released_at.date(), anonymity=item.get("anonymity"),
                media=frozenset(item.get("media", ["text"])),
            )
        return list(releases.values())

    def request_takedowns(self, notices: list[TakedownNotice]) -> None:
        """Mark the publications a withdrawal touched as 'take down'."""
        if not notices:
            return
        with self._ctx.transaction() as session:
            for notice in notices:
                row = session.get(Publication, notice.release_id)
                if row is None:
                    continue
                row.takedown_requested_at = row.takedown_requested_at or utc_now()
                record = self._ctx.sealer.open_json(row, "record_sealed")
                record.setdefault("takedown_reasons", []).append(notice.reason)
                self._ctx.sealer.seal_json(row, "record_sealed", record)
                self._ctx.audit.record(session, "takedown requested", "publication", row.id)

    # -- partner exports ------------------------------------------------------------------
    def partner_records(self, on: dt.date | None = None) -> tuple[list[CaseRecord], list[str]]:
        """Case records of every testimony whose consent allows partner sharing today."""
        on = on or dt.date.today()
        records, used = [], []
        for testimony_id in self._testimonies.ids():
            if not self._consent.check(testimony_id, "partner_sharing", on=on, anonymity="anonymous").allowed:
                continue
            records.append(self._case_record(testimony_id))
            used.append(testimony_id)
        return records, used

    def preview_partner_export(self, k: int = 11, *, aggregate_only: bool = False) -> PartnerExport:
        """The partner export as it would be made now, in memory: its rows, its tables and
        the suppression report (nothing is written or registered)."""
        return self._partner_export(k, aggregate_only)[0]

    def export_partner(self, out_dir: Path, k: int = 11, *, aggregate_only: bool = False,
                       formats: tuple[str, ...] = ("csv", "json"),
                       where: str = "") -> tuple[str, list[Path], SuppressionReport]:
        """Write a k-anonymous partner export (no free text) and register it; returns the
        register entry's id, the files written and the suppression report."""
        self._ctx.require("export partner data")
        export, used = self._partner_export(k, aggregate_only)
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        paths = []
        if "csv" in formats:
            paths += write_csv(export, out_dir)
        if "json" in formats:
            paths += write_json(export, out_dir)
        with self._ctx.transaction() as session:
            row = Publication(id=new_id(), kind=ReleaseKind.PARTNER_EXPORT.value, released_at=utc_now(),
                              released_by=self._ctx.user_row_id)
            self._ctx.sealer.seal_json(
                row,
                "record_sealed",
                {
                    "title": f"Partner export (k={k})",
                    "channel": "partner",
                    "where": where,
                    "items": [
                        {"testimony_id": tid, "version": None, "media": ["text"], "anonymity": "anonymous"}
                        for tid in used
                    ],
                    "files": [p.name for p in paths],
                    "report": export.report.__dict__,
                },
            )
            session.add(row)
            for testimony_id in used:
                session.add(PublicationUse(id=new_id(), publication_id=row.id, testimony_id=testimony_id))
            self._ctx.audit.record(session, "partner export", "publication", row.id,
                                   {"k": k, "records": export.report.total, "suppressed": export.report.suppressed})
        return row.id, paths, export.report

    # -- helpers --------------------------------------------------------------------------
    def _partner_export(self, k: int, aggregate_only: bool) -> tuple[PartnerExport, list[str]]:
        if k < 2:
            raise InvalidInput(Message("k must be at least 2 (CTDC uses 11)."))
        records, used = self.partner_records()
        export = build_partner_export(records, k)
        if aggregate_only:
            export = PartnerExport([], export.aggregates, export.report)
        return export, used

    def _check_items(self, spec: PublicationSpec, reading: _Reading | None,
                     read_images: bool = True) -> tuple[list[ItemCheck], _Prepared]:
        checks, items, testimony_ids, used = [], [], [], []
        for number, item in enumerate(spec.items, start=1):
            check, built, usage = self._check_item(spec, number, item, reading, read_images)
            checks.append(check)
            if built is not None:
                items.append(built)
                used.append(usage)
                testimony_ids.append(usage["testimony_id"])
        try:
            content = PublicationContent(spec.title, spec.channel, spec.planned_date, spec.framing_text,
                                         tuple(items), spec.language)
        except ArchiveError as error:
            checks.append(ItemCheck(0, "Publication", None, (error.message,)))
            content = None
        return checks, _Prepared(content, sorted(set(testimony_ids)), used)

    def _check_item(self, spec: PublicationSpec, number: int, item: SpecItem, reading: _Reading | None,
                    read_images: bool) -> _ItemOutcome:
        label = Message("Item {number}", number=number)
        try:
            if item.kind == "image":
                label = Message("Item {number} (image {media_id})", number=number, media_id=item.version)
                return self._check_image(spec, number, label, item, reading if read_images else None, read_images)
            return self._check_text(spec, number, label, item)
        except ArchiveError as error:
            return ItemCheck(number, label, None, (error.message,)), None, None

    def _check_text(self, spec: PublicationSpec, number: int, label: Message, item: SpecItem) -> _ItemOutcome:
        version = self._redaction.version(item.version)
        problems = []
        if version.state != "approved":
            problems.append(Message("the redacted version is not approved yet."))
        if version.stale:
            problems.append(Message("the redacted version is stale: the original changed after it was made."))
        decision = self._consent.check(version.testimony_id, channel_use(spec.channel, version.anonymity),
                                       on=spec.planned_date, media=["text"], anonymity=version.anonymity)
        problems += self._consent_problems(decision, version)
        text = version.text
        if item.kind == "excerpt":
            if " ".join(item.excerpt.split()) not in " ".join(version.text.split()):
                problems.append(Message("the excerpt is not a passage of the approved redacted version."))
            text = item.excerpt
        check = ItemCheck(number, label, version.testimony_id, tuple(problems),
                          tuple(o.text for o in decision.obligations), tuple(decision.reasons))
        built = PublicationItem.from_text(text, source_id=version.id, caption=item.caption) if item.kind == "text" \
            else PublicationItem.excerpt(text, source_id=version.id, caption=item.caption)
        usage = {"kind": item.kind, "version": version.id, "testimony_id": version.testimony_id,
                 "revision": version.source_revision, "anonymity": version.anonymity, "media": ["text"]}
        return check, built, usage

    def _check_image(self, spec: PublicationSpec, number: int, label: Message, item: SpecItem,
                     reading: _Reading | None, read_images: bool) -> _ItemOutcome:
        info = self._media.info(item.version)
        problems = []
        if info.derived_from is None:
            problems.append(Message("only a redacted image can be published, never an original."))
        elif info.state != "approved":
            problems.append(Message("the redacted image is not approved yet."))
        medium = "photo_visible_face" if info.shows_face else "photo_hidden_face"
        decision = self._consent.check(info.testimony_id, channel_use(spec.channel), on=spec.planned_date,
                                       media=[medium])
        problems += (
            [Message("consent: {reason}", reason=reason) for reason in decision.reasons] if not decision.allowed else []
        )
        if info.derived_from is not None and read_images:
            # Read again at publication: faces, and the text in the pixels with this
            # publication's reviewed strings (the same ones its texts are read with).
            problems += self._media.gate_problems(info.id, reviewed=reading.excused if reading else ())
        check = ItemCheck(number, label, info.testimony_id, tuple(problems),
                          tuple(o.text for o in decision.obligations), tuple(decision.reasons))
        if problems:
            return check, None, None
        built = PublicationItem.picture(self._media.read(item.version), source_id=info.id,
                                        alt_text=item.alt_text or "A photograph", caption=item.caption)
        usage = {"kind": "image", "version": info.id, "testimony_id": info.testimony_id, "revision": None,
                 "anonymity": None, "media": [medium]}
        return check, built, usage

    def _consent_problems(self, decision: Decision, version: VersionRecord) -> list[str]:
        if not decision.allowed:
            return [Message("consent: {reason}", reason=reason) for reason in decision.reasons]
        problems = []
        if decision.obliges(ObligationKind.SURVIVOR_REVIEW) and not self._reviewed(version.id):
            problems.append(Message("the survivor asked to review the text first, and no review is recorded."))
        if decision.obliges(ObligationKind.SAFETY_REVIEW) and version.second_approved_by is None:
            problems.append(
                Message("the consent carries a risk flag: a second editor must approve the version (safety review).")
            )
        return problems

    def _reviewed(self, version_id: str) -> bool:
        with self._ctx.read() as session:
            return (
                session.scalars(select(SurvivorReview.id).where(SurvivorReview.version_id == version_id)).first()
                is not None
            )

    def _reading(self, spec: PublicationSpec) -> _Reading | None:
        """The reviewed strings and people of the publication's testimonies (None without
        the identity key: then an editor's clearance stands for the reading)."""
        if not self._ctx.can_read(Tier.IDENTITY):
            return None
        anonymity: dict[str, str | None] = {}
        reviewed: set[str] = set()
        for item in spec.items:
            try:
                if item.kind == "image":
                    info = self._media.info(item.version)
                    if info.testimony_id:
                        anonymity.setdefault(info.testimony_id, None)
                    if info.derived_from is not None:
                        reviewed.update(self._media.reviewed_strings(item.version))
                else:
                    version = self._redaction.version(item.version)
                    if anonymity.get(version.testimony_id) is None:
                        anonymity[version.testimony_id] = version.anonymity
            except ArchiveError:
                continue  # the item's own check says what is wrong with it
        people = {}
        for testimony_id, level in anonymity.items():
            known, testimony_reviewed, allowed = self._redaction.text_context(testimony_id, level)
            reviewed.update(testimony_reviewed)
            people[testimony_id] = (known, allowed)
        return _Reading(sorted(reviewed), people)

    def _with_fields(self, spec: PublicationSpec, checks: list[ItemCheck], reading: _Reading | None) -> list[ItemCheck]:
        """The items' checks with the findings in their free-text fields, and a check of the
        publication's own fields (title, framing text, file name) when they have findings."""
        if reading is None:
            return checks
        out = []
        for check in checks:
            if 1 <= check.number <= len(spec.items):
                item = spec.items[check.number - 1]
                found = self._field_findings(reading, Message("the caption"), item.caption)
                found += self._field_findings(reading, Message("the alt text"), item.alt_text)
                if found:
                    check = dataclasses.replace(check, problems=check.problems + tuple(found))
            out.append(check)
        found = self._field_findings(reading, Message("the title"), spec.title)
        found += self._field_findings(reading, Message("the framing text"), spec.framing_text)
        found += self._field_findings(reading, Message("the file name"), spec.file_name)
        if found:
            out.append(ItemCheck(0, Message("The publication"), None, tuple(found)))
        return out

    def _field_findings(self, reading: _Reading, where: str, text: str) -> list[str]:
        found: dict[tuple[str, str], str] = {}
        for known, allowed in list(reading.people.values()) or [([], [])]:
            for finding in free_text_findings(where, text, known, reading.excused, allowed):
                found.setdefault((finding.form.casefold(), finding.kind), finding.message())
        return list(found.values())

    def _output_problems(self, spec: PublicationSpec, reading: _Reading | None, rendered: str,
                         files: list[RenderedFile]) -> tuple[list[str], bool]:
        if reading is None:
            return self._clearance_problems(spec, files), False
        problems = []
        for known, allowed in reading.people.values():
            report = leak_check(rendered, known, reading.excused, allowed)
            problems += [
                Message('"{form}": {kind} found ({reason}) at line {line}', form=" ".join(leak.form.split()),
                        kind=leak.kind, reason=leak.reason, line=leak.line)
                for leak in report.leaks
            ]
        return sorted(set(problems)), True

    def _clearance_problems(self, spec: PublicationSpec, files: list[RenderedFile]) -> list[str]:
        """None when an editor cleared exactly these files for this spec; else why not,
        naming the files that differ from the nearest clearance of the same title."""
        records = []
        with self._ctx.read() as session:
            rows = session.scalars(select(Clearance).order_by(Clearance.created_at)).all()
            for row in rows:
                record = ClearanceRecord.from_json(self._ctx.sealer.open_json(row, "record_sealed"))
                if record is not None:
                    records.append(record)
        if any(record.covers(spec.to_dict(), files) for record in records):
            return []
        problems = [Message(
            "the leak check of the rendered output needs an editor: ask an editor to clear this "
            "publication (it checks the PDF, HTML, metadata and file names for identifiers)."
        )]
        nearest = [r for r in records if r.title == spec.title or {n for n, _ in r.files} == {f.name for f in files}]
        if nearest:
            changed = nearest[-1].changed_files(files)
            images = _image_items(spec)
            named = [
                Message("{file} (the image of item {number})", file=name, number=images[index])
                if index is not None else name
                for name, index in ((name, _image_index(name, spec.file_name, len(images))) for name in changed)
            ]
            problems.append(Message(
                "an editor cleared a publication of this title, but these files differ from the ones cleared, "
                "so it needs a new clearance: {files}.", files=", ".join(named) or Message("the specification")))
        return problems

    def _case_record(self, testimony_id: str) -> CaseRecord:
        profile = self._testimonies.profile(testimony_id)
        survivors = [p for p in self._people.linked(testimony_id, with_identity=False) if p.role == "survivor"]
        person = survivors[0].profile if survivors else None
        tags = profile.get("tags", {})
        year = _year(profile)
        age = year - person.birth_year if person and person.birth_year and year - person.birth_year >= 0 else None
        return CaseRecord(
            year=year, gender=person.gender if person else "unknown", age=age,
            citizenship=(person.citizenship if person else "ZZ") or "ZZ",
            country_of_exploitation=_country(tags.get("routes", [])),
            exploitation=frozenset(tags.get("exploitation", [])), sectors=frozenset(tags.get("sectors", [])),
            indicators=frozenset(tags.get("indicators", [])),
        )

    def _record(self, row: Publication) -> PublicationRecord:
        record = self._ctx.sealer.open_json(row, "record_sealed")
        return PublicationRecord(
            id=row.id, kind=row.kind, title=record.get("title", ""), channel=record.get("channel", ""),
            released_at=row.released_at, released_by=row.released_by, where=record.get("where", ""),
            items=tuple(record.get("items", [])), files=tuple(record.get("files", [])),
            takedown_requested_at=row.takedown_requested_at, takedown_reasons=tuple(record.get("takedown_reasons", [])),
            taken_down_at=row.taken_down_at,
        )


def _rendered_text(files: list[RenderedFile]) -> str:
    """Everything a reader of the outputs could see: text, metadata, alt text, file names."""
    parts = []
    for rendered in files:
        parts.append(rendered.name)
        if rendered.name.endswith(".pdf"):
            parts.append(extract_pdf_text(rendered.data))
        elif rendered.name.endswith(".html"):
            parts.append(extract_html_text(rendered.data))
        elif rendered.name.endswith(".md"):
            parts.append(extract_markdown_text(rendered.data))
    return "\n".join(" ".join(part.split()) for part in parts)


def _package_digest(files: list[RenderedFile]) -> str:
    """One hash of the whole package: of every file's name and bytes."""
    return hashlib.sha256("\n".join(f"{name} {digest}" for name, digest in file_hashes(files)).encode()).hexdigest()


def _image_items(spec: PublicationSpec) -> list[int]:
    """The item numbers of the images, in the order their files are numbered."""
    return [number for number, item in enumerate(spec.items, start=1) if item.kind == "image"]


def _image_index(name: str, neutral_name: str, count: int) -> int | None:
    """Which of the package's `count` image files `name` is (0 for the first), or None."""
    stem = safe_slug(neutral_name)
    for index in range(count):
        if name == output_file_name(stem, "png", suffix=f"{index + 1:02d}"):
            return index
    return None


def _format_of(name: str) -> str:
    if name.endswith(".pdf"):
        return "pdf"
    if name.endswith(".html"):
        return "html"
    return "md"


def _year(profile: dict) -> int:
    if profile.get("event_years"):
        return int(profile["event_years"][0])
    if profile.get("told_on"):
        return int(profile["told_on"][:4])
    return dt.date.today().year


def _country(routes: list[str]) -> str:
    for route in routes:
        destination = route.split("-")[-1].strip().lower()
        if destination in DESTINATION_COUNTRIES:
            return DESTINATION_COUNTRIES[destination]
    return "ZZ"


