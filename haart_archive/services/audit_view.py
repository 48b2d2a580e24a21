"""The audit log in words: who did what to which record, named by title rather than id.

The log stores only ids (it never carries field values); this view looks the ids up with
the reader's keys when it is shown. A record that is gone, or that the reader's keys do not
open, is named by its kind and a short id.
"""

from __future__ import annotations

from sqlalchemy import select

from haart_archive.context import Context
from haart_archive.errors import NotPermitted, TamperedRecord
from haart_archive.messages import Message, joined
from haart_archive.services.integrity import audit_entries
from haart_archive.store.models import Clearance, MediaAsset, Publication, RedactedVersion, Testimony, User
from haart_archive.types.audit import AuditLine, AuditRecord
from haart_archive.vault.keys import Tier

# Settings by name, in words (the names are stored; the words are shown).
SETTING_WORDS = {
    "idle_minutes": Message("idle lock minutes"),
    "second_approval": Message("second approval of redactions"),
    "backup_reminder_days": Message("days between backup reminders"),
}
# Detail keys in words.
DETAIL_WORDS = {
    "role": Message("role"), "ok": Message("intact"), "problems": Message("problems found"),
    "files": Message("files"), "created_at": Message("made on"), "tiers": Message("keys"),
    "testimony": Message("testimony"), "kind": Message("kind"), "event": Message("consent event"),
    "from": Message("made from"), "medium": Message("medium"), "use": Message("use"),
    "channel": Message("channel"), "items": Message("items"), "k": Message("smallest group size"),
    "records": Message("records"), "suppressed": Message("records held back"), "reason": Message("reason"),
    "typed_user": Message("name typed"), "approved": Message("approved"), "revision": Message("revision"),
    "request": Message("clearance request"), "tier": Message("search index"),
}

# Codes that appear as detail values (key tiers, why an index was rebuilt), in words.
CODE_WORDS = {
    "identity": Message("identities"), "story": Message("original stories"), "public": Message("public texts"),
    "store": Message("database"), "missing": Message("it did not exist yet"),
    "damaged": Message("it was damaged or incomplete"), "tampered": Message("one of its files was changed"),
    "wrong_key": Message("it was made with another key"), "old_schema": Message("an older version made it"),
}


def audit_lines(ctx: Context, *, newest_first: bool = True) -> list[AuditLine]:
    """The whole audit log (custodian only), ordered by entry number as a number."""
    entries = sorted(audit_entries(ctx), key=lambda entry: entry.seq, reverse=newest_first)
    names = _Names(ctx)
    return [
        AuditLine(
            seq=entry.seq, at=entry.at.replace("T", " ").rstrip("Z"), who=names.user(entry.actor),
            what=Message(entry.action) if entry.action else "", record=names.record(entry),
            details=_details(entry, names), entry=entry,
        )
        for entry in entries
    ]


class _Names:
    """Looks up, once per view, what the reader's keys can name."""

    def __init__(self, ctx: Context):
        self._ctx = ctx
        sealer = ctx.sealer
        with ctx.read() as session:
            self.users = {row.id: _open(lambda r=row: sealer.open_text(r, "name_sealed")) for row in session.scalars(
                select(User))}
            self.titles = {}
            if ctx.can_read(Tier.STORY):
                self.titles = {row.id: _open(lambda r=row: sealer.open_text(r, "title_sealed"))
                               for row in session.scalars(select(Testimony))}
            self.versions = dict(session.execute(select(RedactedVersion.id, RedactedVersion.testimony_id)).all())
            self.media = dict(session.execute(select(MediaAsset.id, MediaAsset.testimony_id)).all())
            self.publications = {row.id: _open(lambda r=row: sealer.open_json(r, "record_sealed").get("title", ""))
                                 for row in session.scalars(select(Publication))}
            self.clearances = {row.id: _open(lambda r=row: sealer.open_json(r, "record_sealed").get("title", ""))
                               for row in session.scalars(select(Clearance))}
            self.requests = _request_titles(ctx, session)

    def user(self, user_id: str) -> str:
        if user_id == "recovery":
            return Message("the recovery key")
        if user_id == "(unknown)":
            return Message("someone unknown")
        return self.users.get(user_id) or Message("a removed user ({short})", short=user_id[:8])

    def testimony(self, testimony_id: str) -> str:
        title = self.titles.get(testimony_id)
        if title:
            return Message("testimony “{title}”", title=title)
        if testimony_id in self.titles or not self._ctx.can_read(Tier.STORY):
            return Message("testimony {short}", short=testimony_id[:8])
        return Message("a deleted testimony ({short})", short=testimony_id[:8])

    def record(self, entry: AuditRecord) -> str:
        kind, target = entry.target_type, entry.target_id
        if not kind:
            return ""
        if kind == "testimony":
            return self.testimony(target)
        if kind == "setting":
            return Message("setting: {name}", name=SETTING_WORDS.get(target, target.replace("_", " ")))
        if kind == "user":
            return Message("user {name}", name=self.user(target))
        if kind == "redacted_version":
            owner = self.versions.get(target)
            return Message("redacted version of {testimony}", testimony=self.testimony(owner)) if owner else \
                Message("a deleted redacted version ({short})", short=target[:8])
        if kind == "media":
            if target not in self.media:
                return Message("a deleted file ({short})", short=target[:8])
            owner = self.media[target]
            return Message("a file of {testimony}", testimony=self.testimony(owner)) if owner else \
                Message("file {short}", short=target[:8])
        if kind == "publication":
            return Message("publication “{title}”", title=self.publications[target]) \
                if self.publications.get(target) else Message("publication {short}", short=target[:8])
        if kind == "clearance":
            return Message("clearance of “{title}”", title=self.clearances[target]) \
                if self.clearances.get(target) else Message("clearance {short}", short=target[:8])
        if kind == "clearance_request":
            return Message("clearance request for “{title}”", title=self.requests[target]) \
                if self.requests.get(target) else Message("clearance request {short}", short=target[:8])
        if kind == "person":
            return Message("a person ({short})", short=target[:8])
        return f"{kind.replace('_', ' ')} {target[:8]}"


def _details(entry: AuditRecord, names: _Names) -> str:
    parts = []
    for key, value in sorted(entry.detail.items()):
        if key == "testimony" and isinstance(value, str):
            shown = names.testimony(value)
        elif isinstance(value, bool):
            shown = Message("yes") if value else Message("no")
        elif isinstance(value, list):
            shown = joined([CODE_WORDS.get(str(v), str(v)) for v in value], ", ")
        else:
            shown = CODE_WORDS.get(str(value), str(value))
        word = DETAIL_WORDS.get(key, key.replace("_", " "))
        parts.append(Message("{key}: {value}", key=word, value=shown))
    return joined(parts, "; ") if parts else ""


def _request_titles(ctx: Context, session) -> dict[str, str]:
    try:
        from haart_archive.store.models import ClearanceRequest
    except ImportError:  # pragma: no cover - before the clearance queue
        return {}
    return {row.id: _open(lambda r=row: ctx.sealer.open_json(r, "request_sealed").get("title", ""))
            for row in session.scalars(select(ClearanceRequest))}


def _open(read) -> str:
    try:
        return read()
    except (TamperedRecord, NotPermitted, KeyError, ValueError):  # damaged, or a key the reader lacks
        return ""
