"""Media of testimonies in the store: import, metadata view, previews, redacted images.

Originals are sealed byte for byte (metadata included, since they can be evidence) in the
story tier, or the identity tier for consent forms. Derived images are new pixels with no
metadata, sealed in the public tier, and need an editor's approval before export.

Approval reads the derived image as a reader would: the text in its pixels (OCR) goes
through detection and the leak check, and the face detector looks for uncovered faces
(publishing/gates.py says what refuses). The publication gate reads it again.
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from haart_archive.consent import Media
from haart_archive.context import Context
from haart_archive.errors import (
    ConsentRefused,
    DetectorUnavailable,
    InvalidInput,
    NotFound,
    NotPermitted,
    PublicationRefused,
)
from haart_archive.fileutil import atomic_write_chunks
from haart_archive.media.blobs import blob_associated_data
from haart_archive.media.images import Polygon, Rect, RedactionStyle, preview_image, redact_image
from haart_archive.media.metadata import MetadataFact, Risk, describe_metadata
from haart_archive.media.probe import DEFAULT_SIZE_LIMIT, MediaKind, MediaProbe, probe
from haart_archive.media.vision import FaceBox, TextRegion, detect_faces, read_text, text_in_reading_order
from haart_archive.messages import Message
from haart_archive.publishing.gates import face_problems, free_text_findings
from haart_archive.services.consent import ConsentRecords
from haart_archive.store.models import MediaAsset, Testimony, new_id, utc_now
from haart_archive.types.media import MediaInfo, SuggestedBox
from haart_archive.vault.keys import Tier

METADATA_READ_LIMIT = 64 * 1024**2

# What the image gate needs to check text read in an image of a testimony: its known people,
# the strings editors reviewed for it, and the identifiers its consent lets appear.
TextContext = Callable[[str], tuple[list, list[str], list[str]]]


class MediaLibrary:
    """Photos, scans and recordings attached to testimonies and consent records."""

    def __init__(self, context: Context, consent: ConsentRecords | None=None, size_limit: int = DEFAULT_SIZE_LIMIT,
                 text_context: TextContext | None = None):
        self._ctx = context
        self._consent = consent
        self.size_limit = size_limit
        self._text_context = text_context

    # -- import ---------------------------------------------------------------------------
    def add(self, testimony_id: str, source: Path | str | bytes, *, file_name: str | None = None,
            consent_form: bool = False) -> str:
        """Import a file (checked to be what its name says) and return the new media id."""
        self._ctx.require("add media")
        name = file_name or Path(str(source)).name
        if isinstance(source, bytes):
            found = probe(source, name, self.size_limit)
            return self._store(testimony_id, io.BytesIO(source), name, found, consent_form, source)
        path = Path(source)
        if not path.is_file():
            raise InvalidInput(Message("That file does not exist or is not a file."))
        found = probe(path, name, self.size_limit)
        with open(path, "rb") as stream:
            head = _metadata_sample(path, found)
            return self._store(testimony_id, stream, name, found, consent_form, head)

    def _store(
        self,
        testimony_id: str,
        stream: BinaryIO,
        name: str,
        found: MediaProbe,
        consent_form: bool,
        sample: bytes | None,
    ) -> str:
        tier = Tier.IDENTITY if consent_form else Tier.STORY
        asset_id = new_id()
        key = self._ctx.keyring.current(tier)
        with self._ctx.read() as session:
            if session.get(Testimony, testimony_id) is None:
                raise NotFound(Message(
                    "There is no testimony with id {testimony_id}.",
                    testimony_id=testimony_id,
                ))
        blob = self._ctx.blobs.write(stream, key.subkey("blobs"), key.version, blob_associated_data(asset_id, tier))
        try:
            facts = _facts(sample) if found.kind in (MediaKind.IMAGE, MediaKind.PDF) and sample else []
            info = {
                "file_name": name, "format": found.format, "mime": found.mime, "width": found.width,
                "height": found.height, "duration_seconds": found.duration_seconds, "pages": found.pages,
                "sha256": blob.sha256, "facts": [[f.label, f.value, f.risk.value] for f in facts],
                "shows_face": False,
            }
            with self._ctx.transaction() as session:
                asset = MediaAsset(
                    id=asset_id, testimony_id=testimony_id, kind=found.kind.value, tier=tier.value,
                    blob_name=blob.name, size=found.size, created_by=self._ctx.user_row_id, state="original",
                )
                self._ctx.sealer.seal_json(asset, "info_sealed", info)
                session.add(asset)
                self._ctx.audit.record(
                    session, "media added", "media", asset_id, {"testimony": testimony_id, "kind": found.kind.value}
                )
        except BaseException:
            self._ctx.blobs.delete(blob.name)
            raise
        return asset_id

    # -- reading --------------------------------------------------------------------------
    def list(self, testimony_id: str) -> list[MediaInfo]:
        """Media of a testimony that the user's keys can open (others are not listed)."""
        with self._ctx.read() as session:
            rows = session.scalars(
                select(MediaAsset).where(MediaAsset.testimony_id == testimony_id).order_by(MediaAsset.created_at)
            ).all()
        return [self._info(row) for row in rows if self._visible(row)]

    def info(self, media_id: str) -> MediaInfo:
        return self._info(self._row(media_id))

    def facts(self, media_id: str) -> list[MetadataFact]:
        """What the original file reveals about itself, in plain words, riskiest first."""
        row = self._row(media_id)
        info = self._ctx.sealer.open_json(row, "info_sealed")
        return [MetadataFact(label, value, Risk(risk)) for label, value, risk in info.get("facts", [])]

    def stream(self, media_id: str) -> Iterator[bytes]:
        row = self._row(media_id)
        tier = Tier(row.tier)
        return self._ctx.blobs.read(
            row.blob_name, lambda version: self._ctx.keyring.version(tier, version).subkey("blobs"),
            blob_associated_data(row.id, tier),
        )

    def read(self, media_id: str) -> bytes:
        """The whole file in memory (for images and previews; stream large recordings)."""
        return b"".join(self.stream(media_id))

    def thumbnail(self, media_id: str, max_side: int = 256) -> bytes:
        """A JPEG preview made in memory; never written anywhere."""
        row = self._row(media_id)
        if row.kind != MediaKind.IMAGE.value:
            raise InvalidInput(Message("Only images have previews."))
        return preview_image(self.read(media_id), max_side=max_side)

    # -- derived images -------------------------------------------------------------------
    def redact(self, media_id: str, regions: Sequence[Rect | Polygon], *, output_format: str = "PNG",
               style: RedactionStyle = RedactionStyle.SOLID, crop: Rect | None = None,
               max_size: int | None = None, shows_face: bool = False) -> str:
        """Make a derived image (opaque fills, new pixels, no metadata); returns its id."""
        self._ctx.require("redact testimonies")
        source = self._row(media_id)
        if source.kind != MediaKind.IMAGE.value or source.derived_from is not None:
            raise InvalidInput(Message(
                "Only an original photo or scan can be redacted into a new image.",
            ))
        output = redact_image(self.read(media_id), regions, output_format=output_format,
                              style=style, crop=crop, max_size=max_size)
        derived_id = new_id()
        key = self._ctx.keyring.current(Tier.PUBLIC)
        blob = self._ctx.blobs.write(io.BytesIO(output), key.subkey("blobs"), key.version,
                                     blob_associated_data(derived_id, Tier.PUBLIC))
        width, height = _image_size(output)
        info = {
            "file_name": f"redacted-image.{output_format.lower()}", "format": output_format,
            "mime": "image/png" if output_format == "PNG" else "image/jpeg", "width": width,
            "height": height, "duration_seconds": None, "pages": None, "sha256": blob.sha256,
            "facts": [], "shows_face": shows_face, "regions": len(regions),
        }
        try:
            with self._ctx.transaction() as session:
                asset = MediaAsset(
                    id=derived_id, testimony_id=source.testimony_id, kind="image", tier=Tier.PUBLIC.value,
                    blob_name=blob.name, size=len(output), created_by=self._ctx.user_row_id,
                    derived_from=source.id, state="draft",
                )
                self._ctx.sealer.seal_json(asset, "info_sealed", info)
                session.add(asset)
                self._ctx.audit.record(session, "redacted image made", "media", derived_id, {"from": source.id})
        except BaseException:
            self._ctx.blobs.delete(blob.name)
            raise
        return derived_id

    def approve(self, derived_id: str, *, no_face_confirmed: bool = False) -> None:
        """An editor approves a derived image for publication, after the image gate passes:
        no identifying text in its pixels, no uncovered face unless consent allows it, and
        for a minor no face at all plus `no_face_confirmed`, the editor's confirmation that no
        face or identifying feature is visible (stored with the approval)."""
        self._ctx.require("approve redacted versions")
        with self._ctx.read() as session:
            row = session.get(MediaAsset, derived_id)
        if row is None or row.derived_from is None:
            raise NotFound(Message("There is no redacted image with that id."))
        problems = self.gate_problems(derived_id, no_face_confirmed=no_face_confirmed)
        if problems:
            raise PublicationRefused(Message(
                "The redacted image {media_id} cannot be approved.", media_id=derived_id), problems)
        with self._ctx.transaction() as session:
            row = session.get(MediaAsset, derived_id)
            info = self._ctx.sealer.open_json(row, "info_sealed")
            info["approval"] = {"no_face_or_identifying_feature_visible": bool(no_face_confirmed)}
            self._ctx.sealer.seal_json(row, "info_sealed", info)
            row.state = "approved"
            row.approved_by = self._ctx.user_row_id
            row.approved_at = utc_now()
            self._ctx.audit.record(session, "redacted image approved", "media", derived_id,
                                   {"no_face_confirmed": bool(no_face_confirmed)})

    # -- what an image shows a reader -------------------------------------------------------
    def read_image_text(self, media_id: str) -> list[TextRegion]:
        """The lines of text OCR reads in an image (cached per content)."""
        return _text(self._image_bytes(media_id))

    def faces(self, media_id: str) -> list[FaceBox]:
        """The faces the detector finds in an image (cached per content)."""
        return _faces(self._image_bytes(media_id))

    def suggested_boxes(self, media_id: str) -> list[SuggestedBox]:
        """Boxes the redaction desk suggests covering: every face found and every line of text
        read, in the upright image's pixels. Detectors miss faces: a suggestion, not proof."""
        data = self._image_bytes(media_id)
        faces, lines = _faces(data), _text(data)
        boxes = [SuggestedBox("face", _rect(face.box, FACE_MARGIN), face.confidence) for face in faces]
        return boxes + [SuggestedBox("text", _rect(line.box, TEXT_MARGIN), line.confidence, line.text)
                        for line in lines]

    def gate_problems(self, image_id: str, *, no_face_confirmed: bool | None = None,
                      reviewed: Sequence[str] = (), where: str | None = None) -> list[str]:
        """Why this derived image may not leave the archive now (empty when it may).

        Faces: none uncovered unless consent allows a visible face and the image is marked as
        showing one; a minor's never, and a minor's image needs the editor's confirmation
        (`no_face_confirmed`; None reads the one stored with the approval). Text read in the
        image: no known identifier and no detection an editor did not review (`reviewed` adds
        strings, e.g. those of the publication's texts). Text is checked only with the
        identity key; without it the editor's clearance covers it.
        """
        row = self._row(image_id)
        info = self._ctx.sealer.open_json(row, "info_sealed")
        if no_face_confirmed is None:
            no_face_confirmed = bool(info.get("approval", {}).get("no_face_or_identifying_feature_visible"))
        data = self.read(image_id)
        read_text_too = self._text_context is not None and self._ctx.can_read(Tier.IDENTITY)
        try:
            faces = _faces(data)
            lines = _text(data) if read_text_too else []
        except DetectorUnavailable as error:
            return [error.message]
        current = self._consent.current(row.testimony_id) if self._consent and row.testimony_id else None
        minor = bool(current and current.taking and current.taking.is_minor)
        shows_face = bool(info.get("shows_face"))
        face_allowed = shows_face and current is not None and Media.PHOTO_VISIBLE_FACE in current.allowed_media
        problems: list[str] = []
        if minor and shows_face:
            problems.append(Message("the image is marked as showing a face, and a minor's face is never published."))
        problems += face_problems(len(faces), minor=minor, face_allowed=face_allowed,
                                  confirmed_no_face=no_face_confirmed)
        if lines and self._text_context is not None:
            known, testimony_reviewed, allowed = self._text_context(row.testimony_id)
            found = free_text_findings(where or Message("text read in the image"), text_in_reading_order(lines),
                                       known, [*testimony_reviewed, *info.get("reviewed", []), *reviewed], allowed)
            problems += [finding.message() for finding in found]
        return problems

    def reviewed_strings(self, image_id: str) -> list[str]:
        """Strings read in (or written about) this image that an editor reviewed and left."""
        row = self._row(image_id)
        return list(self._ctx.sealer.open_json(row, "info_sealed").get("reviewed", []))

    def mark_reviewed(self, image_id: str, text: str) -> None:
        """An editor marks a finding of the image gate as reviewed: not identifying (audited)."""
        self._ctx.require("approve redacted versions")
        if not text.strip():
            raise InvalidInput(Message("Say which text was reviewed."))
        with self._ctx.transaction() as session:
            row = session.get(MediaAsset, image_id)
            if row is None or row.derived_from is None:
                raise NotFound(Message("There is no redacted image with that id."))
            info = self._ctx.sealer.open_json(row, "info_sealed")
            info["reviewed"] = sorted(set(info.get("reviewed", [])) | {text})
            self._ctx.sealer.seal_json(row, "info_sealed", info)
            self._ctx.audit.record(session, "image finding marked reviewed", "media", image_id)

    def _image_bytes(self, media_id: str) -> bytes:
        if self._row(media_id).kind != MediaKind.IMAGE.value:
            raise InvalidInput(Message("Only images are read for text and faces."))
        return self.read(media_id)

    def export(self, version_id: str, out: Path, *, use: str = "anonymous_publication") -> Path:
        """Write an approved derived image, or a recording, to `out` for `use`, only when the
        testimony's consent allows that use with that medium today. Streams, so a long
        recording never sits whole in memory; a failure leaves no file."""
        row = self._row(version_id)
        info = self._ctx.sealer.open_json(row, "info_sealed")
        if row.kind == MediaKind.IMAGE.value:
            if row.derived_from is None or row.state != "approved":
                raise ConsentRefused(
                    Message(
                        "Only an approved redacted image can leave the archive; redact and approve "
                        "it first.",
                    ))
            medium = "photo_visible_face" if info.get("shows_face") else "photo_hidden_face"
        elif row.kind == MediaKind.AUDIO.value:
            medium = "voice"
        else:
            raise InvalidInput(Message(
                "Scanned documents cannot be exported; make a redacted image of them.",
            ))
        self._check_consent(row.testimony_id, use, medium)
        atomic_write_chunks(Path(out), self.stream(version_id))
        with self._ctx.transaction() as session:
            self._ctx.audit.record(session, "media exported", "media", version_id, {"medium": medium, "use": use})
        return Path(out)

    def _check_consent(self, testimony_id: str | None, use: str, medium: str) -> None:
        from haart_archive.consent import ObligationKind

        if testimony_id is None or self._consent is None:
            raise ConsentRefused(Message(
                "This file belongs to no testimony, so no consent covers its export.",
            ))
        decision = self._consent.check(testimony_id, use, media=[medium])
        if not decision.allowed:
            raise ConsentRefused(Message("Consent does not allow this export."), list(decision.reasons))
        if decision.obliges(ObligationKind.DISGUISE_VOICE):
            raise ConsentRefused(
                Message(
                    "Consent requires the survivor's voice to be disguised, and the archive "
                    "cannot disguise voices; the recording cannot be exported.",
                ), list(decision.reasons))

    # -- helpers --------------------------------------------------------------------------
    def _row(self, media_id: str) -> MediaAsset:
        with self._ctx.read() as session:
            row = session.get(MediaAsset, media_id)
        if row is None:
            raise NotFound(Message("There is no media with id {media_id}.", media_id=media_id))
        if not self._visible(row):
            raise NotPermitted(
                self._ctx.user.role.value, Message("open this file (it needs the {tier} key)", tier=row.tier)
            )
        return row

    def _visible(self, row: MediaAsset) -> bool:
        if not self._ctx.can_read(Tier(row.tier)):
            return False
        # Communications staff and advocates see approved derived images only.
        return self._ctx.can_read(Tier.STORY) or row.state == "approved"

    def _info(self, row: MediaAsset) -> MediaInfo:
        info = self._ctx.sealer.open_json(row, "info_sealed")
        return MediaInfo(
            id=row.id, testimony_id=row.testimony_id, kind=row.kind, format=info["format"], mime=info["mime"],
            size=row.size, tier=row.tier, state=row.state, file_name=info.get("file_name"),
            width=info.get("width"), height=info.get("height"), duration_seconds=info.get("duration_seconds"),
            pages=info.get("pages"), derived_from=row.derived_from, shows_face=bool(info.get("shows_face")),
            created_at=row.created_at, approved_by=row.approved_by,
        )


# OCR takes seconds per image and an image is read at approval and at every check of a
# publication: results are kept per content hash (the engines give the same answer for the
# same bytes), for the last few images only.
_VISION_CACHE: OrderedDict[tuple[str, str], list] = OrderedDict()
_VISION_CACHE_SIZE = 32
_VISION_LOCK = threading.Lock()


def _cached(kind: str, data: bytes, engine: Callable[[bytes], list]) -> list:
    key = (kind, hashlib.sha256(data).hexdigest())
    with _VISION_LOCK:
        if key in _VISION_CACHE:
            _VISION_CACHE.move_to_end(key)
            return _VISION_CACHE[key]
    found = engine(data)
    with _VISION_LOCK:
        _VISION_CACHE[key] = found
        while len(_VISION_CACHE) > _VISION_CACHE_SIZE:
            _VISION_CACHE.popitem(last=False)
    return found


def _faces(data: bytes) -> list[FaceBox]:
    return _cached("faces", data, detect_faces)


def _text(data: bytes) -> list[TextRegion]:
    return _cached("text", data, read_text)


# A detected face box covers the face tightly; covering only it leaves hair, ears and the
# outline of the head, and the detector (like a reader) still sees a face there. A quarter
# of the box on each side is enough on the test portraits (tests/media/data).
FACE_MARGIN = 0.25
TEXT_MARGIN = 0.1


def _rect(box: tuple[int, int, int, int], margin: float) -> Rect:
    """The box grown by `margin` of its size on each side (never below 0; the redaction
    clips the other sides to the image)."""
    left, top, right, bottom = box
    dx, dy = round((right - left) * margin), round((bottom - top) * margin)
    left, top = max(0, left - dx), max(0, top - dy)
    return Rect(left, top, right + dx - left, bottom + dy - top)


def _metadata_sample(path: Path, found: MediaProbe) -> bytes | None:
    if found.kind not in (MediaKind.IMAGE, MediaKind.PDF) or found.size > METADATA_READ_LIMIT:
        return None
    return path.read_bytes()


def _facts(data: bytes) -> list[MetadataFact]:
    try:
        return describe_metadata(data)
    except Exception:  # a metadata view must never block an import
        return [MetadataFact("Metadata", "could not be read", Risk.MEDIUM)]


def _image_size(data: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        return image.size
