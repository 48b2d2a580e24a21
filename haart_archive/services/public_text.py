"""One public (redacted, approved) text out of the archive as a PDF or a Word file, for
printing or for staff who edit in Word, through the same gates as a publication.

The gates are `Publishing.check` on a one-item publication of the version for the chosen
channel: the version approved and current, consent for that channel's use on the day,
survivor and safety review where consent asks for them, and the leak check of the rendered
output (an editor's session runs it; communications staff need the same output cleared by
an editor, see services/clearances.py). A Word file is made from the very text the gates
passed; an editor's session leak-checks the Word file's own text too, metadata included.
Exports are audited; they are not releases (nothing is entered in the register).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from haart_archive.context import Context
from haart_archive.errors import InvalidInput, PublicationRefused
from haart_archive.messages import Message
from haart_archive.services.publishing import Publishing
from haart_archive.services.redaction import RedactionDesk
from haart_archive.types.publishing import PublicationSpec, SpecItem
from haart_archive.vault.keys import Tier

EXPORT_FORMATS = ("pdf", "docx")


def export_public_text(ctx: Context, publishing: Publishing, redaction: RedactionDesk, version_id: str,
                       fmt: str, *, channel: str = "report", on: dt.date | None = None) -> bytes:
    """The file's bytes, or PublicationRefused with every reason a gate gave."""
    ctx.require("build publications")
    if fmt not in EXPORT_FORMATS:
        raise InvalidInput(Message("A public text can be exported as pdf or docx, not {fmt}.", fmt=fmt))
    version = redaction.version(version_id)
    spec = public_text_spec(version.title, version_id, channel, on)
    report = publishing.check(spec)
    if not report.ok:
        raise PublicationRefused(Message("This public text cannot be exported."), report.reasons())
    if fmt == "pdf":
        data = publishing.preview(spec).pdf
    else:
        data = docx_bytes(version.title, version.text)
        if ctx.can_read(Tier.IDENTITY):
            leaks = redaction.leak_check(version_id, text=docx_text(data)).leaks
            if leaks:
                raise PublicationRefused(Message("This public text cannot be exported."), [
                    Message("{kind} found ({reason}) at line {line}", kind=leak.kind, reason=leak.reason,
                            line=leak.line) for leak in leaks])
    with ctx.transaction() as session:
        ctx.audit.record(session, "public text exported", "redacted_version", version_id,
                         {"kind": fmt, "channel": channel})
    return data


def public_text_spec(title: str, version_id: str, channel: str = "report", on: dt.date | None = None) \
        -> PublicationSpec:
    """The one-item publication whose gates an export passes (and an editor clears)."""
    data = {"title": title or "Public text", "channel": channel, "items": [{"version": version_id}],
            "file_name": "haart-public-text"}
    if on is not None:
        data["planned_date"] = on.isoformat()
    spec = PublicationSpec.from_dict(data)
    assert spec.items == (SpecItem("text", version_id),)
    return spec


def docx_bytes(title: str, text: str) -> bytes:
    """A plain Word file: the title as a heading and one paragraph per paragraph of text;
    its properties name no person (python-docx's template would say 'python-docx')."""
    from docx import Document

    document = Document()
    properties = document.core_properties
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.keywords = ""
    properties.subject = ""
    properties.title = title
    properties.created = properties.modified = dt.datetime(2000, 1, 1)
    # The template's thumbnail (a JPEG with its own metadata) and application properties
    # ("Microsoft Macintosh Word") say nothing true about this file: leave them out.
    package_rels = document.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype.endswith(("/thumbnail", "/extended-properties")):
            del package_rels[rel_id]
    document.add_heading(title, level=1)
    for paragraph in text.split("\n\n"):
        if paragraph.strip():
            document.add_paragraph(" ".join(paragraph.split()))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_text(data: bytes) -> str:
    """Everything a reader of a .docx could see: its body and every XML part (properties)."""
    from docx import Document

    parts = [paragraph.text for paragraph in Document(io.BytesIO(data)).paragraphs]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("docProps/") and name.endswith(".xml"):
                xml = archive.read(name).decode("utf-8", "replace")
                parts.append(" ".join(re.sub(r"<[^>]+>", " ", xml).split()))
    return "\n".join(parts)
