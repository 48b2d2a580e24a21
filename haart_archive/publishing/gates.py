"""What the publication gates read, and what they refuse: free text, text in images, faces.

Pure functions; the services feed them the testimony's known people, the strings editors
reviewed and the identifiers consent allows.

- A free-text field (title, framing text, caption, alt text) was written for the publication
  and never went through a redaction plan, so any detection fails it, whatever its
  confidence, unless an editor reviewed that exact string. It is read as a reader may be
  shown it: character references decoded (a web editor or CMS may decode them), then the
  leak check's normal form (look-alike letters, wide digits, invisible characters undone).
- Text read in an image (OCR) is checked the same way: a name on a sign is a name.
- Faces found in an image must be covered, unless consent allows a visible face and the
  editor marked the image as showing one; a minor's face, never.

A finding quotes what it found: show it to the editor who runs the check, never log it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from haart_archive.messages import Message
from haart_archive.redaction import KnownPerson, leak_check, normalise

# html.unescape once per layer: "&amp;#77;" is "&#77;" after one and "M" after two.
_MAX_DECODING = 4


@dataclass(frozen=True)
class Finding:
    """An identifying detail found: where (a field or an image), the form found, what it is."""

    where: str
    form: str
    kind: str
    reason: str

    def message(self) -> Message:
        return Message('{where}: "{form}" ({kind}: {reason})', where=self.where, form=self.form,
                       kind=self.kind, reason=self.reason)


def as_read(text: str) -> str:
    """`text` with every layer of HTML character references decoded."""
    for _ in range(_MAX_DECODING):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


def free_text_findings(where: str, text: str, known: Sequence[KnownPerson], reviewed: Sequence[str] = (),
                       allowed: Sequence[str] = ()) -> list[Finding]:
    """Every known identifier and every detection, of any confidence, in a free-text field
    that is not excused by a reviewed string or by the consented anonymity."""
    if not text.strip():
        return []
    seen = as_read(text)
    report = leak_check(seen, known, reviewed, allowed, min_confidence=0.0)
    return [Finding(where, _readable(leak.form), leak.kind, leak.reason) for leak in report.leaks]


def face_problems(faces: int, *, minor: bool, face_allowed: bool, confirmed_no_face: bool) -> list[Message]:
    """Why an image with `faces` detected faces may not be published (empty when it may).

    `face_allowed`: consent allows a visible face and the editor marked the image as showing
    one. A minor's image also needs the editor's confirmation that no face or identifying
    feature is visible, because detectors miss faces."""
    problems = []
    if minor and faces:
        problems.append(Message(
            "the face detector found {count} uncovered face(s); a minor's face is never published: "
            "cover it ('haart-archive media suggest' shows where).", count=faces))
    elif faces and not face_allowed:
        problems.append(Message(
            "the face detector found {count} uncovered face(s); cover them ('haart-archive media suggest' "
            "shows where), or mark the image as showing a face if consent allows a visible face.", count=faces))
    if minor and not confirmed_no_face:
        problems.append(Message(
            "this is a minor's image: an editor must confirm that no face or identifying feature is visible "
            "('haart-archive redact approve ID --confirm-no-face')."))
    return problems


def _readable(form: str) -> str:
    """The form found, as the detector read it (no invisible characters), on one line."""
    return " ".join(normalise(form).text.split())
