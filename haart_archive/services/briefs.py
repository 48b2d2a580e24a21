"""Evidence briefs: statistics with approved quotes, through the publication gates and register.

The gates are the publications' own, reused rather than copied:

* the quotes go through `Publishing.check` as an ordinary publication of the same channel and
  date, so consent (on the planned date, for that channel and anonymity), approval, staleness,
  survivor review and safety review are decided exactly as for any publication;
* the brief's own rendered output (PDF and HTML read back, file names included) goes through
  the leak check of every quoted testimony (`RedactionDesk.leak_check`), or, for staff without
  the identity key, must carry an editor's clearance of exactly that output (the clearance
  record publications use). The leak check reads the brief as rendered without its generated
  figures: their titles, tables, notes and charts hold only vocabulary labels and counts, which
  the detectors mistake for organisations and ages ("By air from Mombasa", "Under 12"), while
  everything people wrote (title, framing, captions, quotes) and the file names are checked;
* the statistics are counted on the planned date from testimonies whose consent allows
  research and statistics, and suppressed with k.

A released brief is entered in the publication register as an "evidence_brief" with a use
per quoted testimony, so a withdrawal lists it for takedown like any publication.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select

from haart_archive.consent import ReleaseKind
from haart_archive.context import Context
from haart_archive.errors import ArchiveError, InvalidInput, PublicationRefused
from haart_archive.messages import Message
from haart_archive.publishing import extract_html_text, extract_pdf_text, write_atomically
from haart_archive.publishing.brief import BriefContent, BriefFigure, render_brief
from haart_archive.publishing.model import PublicationItem
from haart_archive.publishing.render import RenderedFile
from haart_archive.services.publishing import Publishing
from haart_archive.services.redaction import RedactionDesk
from haart_archive.services.statistics import Statistics
from haart_archive.statistics.charts import draw_chart, table_cells, title
from haart_archive.store.models import Clearance, Publication, PublicationUse, new_id, utc_now
from haart_archive.types.briefs import BriefSpec
from haart_archive.types.publishing import GateReport, ItemCheck, RenderedPublication
from haart_archive.vault.keys import Tier

FORMATS = ("pdf", "html")


class Briefs:
    """Checking, clearing, previewing and releasing evidence briefs."""

    def __init__(self, context: Context, publishing: Publishing, redaction: RedactionDesk, statistics: Statistics):
        self._ctx = context
        self._publishing = publishing
        self._redaction = redaction
        self._statistics = statistics

    def check(self, spec: BriefSpec) -> GateReport:
        """Run every gate on the brief; write nothing."""
        self._ctx.require("build publications")
        items = self._item_checks(spec)
        if not all(item.ok for item in items):
            return GateReport(items)
        try:
            content = self._content(spec)
            files = render_brief(content, spec.file_name)
            written_by_people = _rendered_text(render_brief(content.without_generated(), spec.file_name))
        except ArchiveError as error:
            return GateReport(items, (error.message,))
        digest = hashlib.sha256(_rendered_text(files).encode("utf-8")).hexdigest()
        problems, done = self._output_problems(spec, written_by_people, digest)
        return GateReport(items, tuple(problems), digest, done, tuple(f.name for f in files))

    def clear(self, spec: BriefSpec) -> str:
        """An editor runs the leak check on the rendered brief and records the clearance."""
        self._ctx.require("approve redacted versions")
        report = self.check(spec)
        if not report.ok:
            raise PublicationRefused(Message("This evidence brief cannot be cleared."), report.reasons())
        with self._ctx.transaction() as session:
            row = Clearance(id=new_id(), created_by=self._ctx.user_row_id)
            self._ctx.sealer.seal_json(row, "record_sealed",
                                       {"rendered_sha256": report.rendered_sha256, "title": spec.title})
            session.add(row)
            self._ctx.audit.record(session, "evidence brief cleared by leak check", "clearance", row.id)
        return row.id

    def preview(self, spec: BriefSpec) -> RenderedPublication:
        """The PDF and HTML a release would write, in memory (the item gates must pass)."""
        self._ctx.require("build publications")
        items = self._item_checks(spec)
        if not all(item.ok for item in items):
            raise PublicationRefused(Message("This evidence brief cannot be previewed yet."),
                                     GateReport(items).reasons())
        files = {f.name.rsplit(".", 1)[-1]: f.data for f in self._render(spec)}
        return RenderedPublication(pdf=files["pdf"], html=files["html"])

    def build(self, spec: BriefSpec, out_dir: Path | None,
              formats: tuple[str, ...] = FORMATS) -> tuple[str, list[Path]]:
        """Release a brief: every gate must pass; then the files are written and the release
        is entered in the register. Returns (publication id, files written)."""
        self._ctx.require("release publications")
        if not formats or set(formats) - set(FORMATS):
            raise InvalidInput(Message("An evidence brief is written as pdf and html."))
        report = self.check(spec)
        if not report.ok:
            raise PublicationRefused(Message("A publication gate refused this evidence brief; nothing was written."),
                                     report.reasons())
        files = [f for f in self._render(spec) if f.name.rsplit(".", 1)[-1] in formats]
        written: list[Path] = []
        if out_dir is not None:
            Path(out_dir).mkdir(parents=True, exist_ok=True)
            written = [write_atomically(Path(out_dir), f.name, f.data) for f in files]
        return self._register(spec, [f.name for f in files], report.rendered_sha256), written

    # -- helpers --------------------------------------------------------------------------
    def _item_checks(self, spec: BriefSpec) -> tuple[ItemCheck, ...]:
        if not spec.quotes:
            return ()
        return self._publishing.check(spec.publication_spec()).items

    def _render(self, spec: BriefSpec) -> list[RenderedFile]:
        return render_brief(self._content(spec), spec.file_name)

    def _content(self, spec: BriefSpec) -> BriefContent:
        figures = []
        for wanted in spec.tables:
            table = self._statistics.table(wanted.by, wanted.k, on=spec.planned_date)
            rows, header = table_cells(table, spec.language)
            chart = draw_chart(table, "png", language=spec.language, table_beside=False)  # the brief prints it
            figures.append(BriefFigure(title(table, spec.language), chart, tuple(header),
                                       tuple(tuple(row) for row in rows), table.note(spec.language), wanted.caption))
        quotes = []
        for quote in spec.quotes:
            version = self._redaction.version(quote.version)
            text = quote.excerpt if quote.kind == "excerpt" else version.text
            maker = PublicationItem.excerpt if quote.kind == "excerpt" else PublicationItem.from_text
            quotes.append(maker(text, source_id=version.id, caption=quote.caption))
        return BriefContent(spec.title, spec.framing_text, tuple(figures), tuple(quotes), spec.language,
                            spec.planned_date)

    def _output_problems(self, spec: BriefSpec, rendered: str, digest: str) -> tuple[list[str], bool]:
        if not spec.quotes:
            return [], True  # counts and the staff's own text: nobody's identifiers to look for
        if not self._ctx.can_read(Tier.IDENTITY):
            if self._cleared(digest):
                return [], True
            return ["the leak check of the rendered brief needs an editor: ask an editor to clear this evidence "
                    "brief (it checks the PDF, HTML and file names for identifiers)."], False
        problems = set()
        for quote in spec.quotes:
            for leak in self._redaction.leak_check(quote.version, text=rendered).leaks:
                problems.add(Message("{kind} found ({reason}) at line {line}", kind=leak.kind, reason=leak.reason,
                                     line=leak.line))
        return sorted(problems), True

    def _cleared(self, digest: str) -> bool:
        with self._ctx.read() as session:
            rows = session.scalars(select(Clearance)).all()
        return any(self._ctx.sealer.open_json(row, "record_sealed").get("rendered_sha256") == digest for row in rows)

    def _register(self, spec: BriefSpec, files: list[str], digest: str) -> str:
        used = []
        for quote in spec.quotes:
            version = self._redaction.version(quote.version)
            used.append({"kind": quote.kind, "version": version.id, "testimony_id": version.testimony_id,
                         "revision": version.source_revision, "anonymity": version.anonymity, "media": ["text"]})
        with self._ctx.transaction() as session:
            row = Publication(id=new_id(), kind=ReleaseKind.EVIDENCE_BRIEF.value, released_at=utc_now(),
                              released_by=self._ctx.user_row_id)
            self._ctx.sealer.seal_json(row, "record_sealed", {
                "title": spec.title, "channel": spec.channel, "planned_date": spec.planned_date.isoformat(),
                "where": spec.where, "items": used, "files": files, "rendered_sha256": digest,
                "statistics": [{"by": list(t.by), "k": t.k} for t in spec.tables],
            })
            session.add(row)
            for item in used:
                session.add(PublicationUse(id=new_id(), publication_id=row.id, testimony_id=item["testimony_id"],
                                           version_id=item["version"]))
            self._ctx.audit.record(session, "evidence brief released", "publication", row.id,
                                   {"channel": spec.channel, "quotes": len(used), "tables": len(spec.tables)})
        return row.id


def _rendered_text(files: list[RenderedFile]) -> str:
    """Everything a reader of the brief could see: text, metadata, alt text, file names."""
    parts = []
    for rendered in files:
        parts.append(rendered.name)
        if rendered.name.endswith(".pdf"):
            parts.append(extract_pdf_text(rendered.data))
        elif rendered.name.endswith(".html"):
            parts.append(extract_html_text(rendered.data))
    return "\n".join(" ".join(part.split()) for part in parts)
