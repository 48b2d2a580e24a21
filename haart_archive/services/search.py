"""Search over the archive: one sealed Whoosh index per tier, fed from the store.

The `story` index (originals and people's names) is for editors and custodians; the
`public` index (approved, current redacted versions, with tags and consent state) is for
everyone. Each is sealed under a key derived from its own tier key, so an advocate's
session cannot even open the story index. The index is a cache: when it is missing,
damaged or from an older schema it is rebuilt from the store, and `rebuild_notice` says so.
"""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select

from haart_archive.context import Context
from haart_archive.errors import InvalidInput, NotFound, NotPermitted
from haart_archive.messages import Message
from haart_archive.search.errors import IndexNeedsRebuild
from haart_archive.search.index import Cancelled, Progress, SearchIndex, SearchResults
from haart_archive.search.schema import IndexedDocument
from haart_archive.services.search_terms import expand_query, honest_suggestion, years_in_order
from haart_archive.store.models import RedactedVersion, SavedSearch, Testimony, new_id
from haart_archive.types.search import PublicText
from haart_archive.vault.keys import Tier

INDEX_FOLDER = "index"
SEARCHABLE_TIERS = (Tier.STORY, Tier.PUBLIC)


@dataclass(frozen=True)
class SavedQuery:
    id: str
    name: str
    query: str
    tier: str
    filters: dict


class SearchService:
    """Searching, indexing as records change, rebuilding, and saved searches.

    Safe to call from a worker thread while the UI thread waits: `open_indexes` (after
    unlock), `rebuild` and `verify_indexes` are the long tasks, each with progress and
    cancellation; everything else is quick once the indexes are open.
    """

    def __init__(self, context: Context, documents: Callable[[Tier, list[str] | None], Iterator[IndexedDocument]]):
        self._ctx = context
        self._documents = documents
        self._indexes: dict[Tier, SearchIndex] = {}
        self._deferred: set[str] | None = None
        self._lock = threading.RLock()  # opening and swapping indexes
        self._build_lock = threading.Lock()  # one rebuild at a time
        self.rebuild_notice: str | None = None

    # -- searching ------------------------------------------------------------------------
    def default_tier(self) -> Tier:
        return Tier.STORY if self._ctx.can_read(Tier.STORY) else Tier.PUBLIC

    def search(self, query: str, *, tier: Tier | str | None = None, filters: dict[str, list[str]] | None = None,
               sort: str = "relevance", page: int = 1, page_size: int = 20) -> SearchResults:
        """Search one tier's index (by default the richest the user's keys open).

        Damage found while searching (a chunk that fails authentication, a missing file)
        rebuilds the index from the store, says so in `rebuild_notice`, and searches again.
        """
        chosen = self._tier(tier)
        typed = query
        query, expansions = expand_query(query)  # Swahili and English words of the same meaning
        try:
            results = self._index(chosen).search(query, filters=filters, sort=sort, page=page, page_size=page_size)
        except IndexNeedsRebuild as why:
            self._rebuild_damaged(chosen, why)
            results = self._index(chosen).search(query, filters=filters, sort=sort, page=page, page_size=page_size)
        return years_in_order(honest_suggestion(results, typed, expansions))

    def public_text(self, testimony_id: str) -> PublicText:
        """The whole public text behind a search result (its approved, current redacted
        version), for every role whose keys open the public tier; NotFound when there is none."""
        self._ctx.ensure_open()
        if not self._ctx.can_read(Tier.PUBLIC):
            raise NotPermitted(self._ctx.user.role.value, Message("read public texts"))
        with self._ctx.read() as session:
            testimony = session.get(Testimony, testimony_id)
            version = _current_approved_versions(session, [testimony_id]).get(testimony_id) if testimony else None
        if version is None or version.source_revision != testimony.revision:
            raise NotFound(Message(
                "This testimony has no public text yet: no redacted version of its current text is approved.",
            ))
        content = self._ctx.sealer.open_json(version, "content_sealed")
        document = next(iter(self._documents(Tier.PUBLIC, [testimony_id])), None)
        return PublicText(
            testimony_id=testimony_id, version_id=version.id, title=content["title"], text=content["text"],
            language=document.language if document else "", county=document.county if document else "",
            told_on=document.told_on if document else None, anonymity=content.get("anonymity", ""),
            consent_state=document.consent_state if document else "", approved_at=version.approved_at,
        )

    def open_indexes(self, progress: Progress | None = None, cancelled: Cancelled | None = None) -> str | None:
        """Open every index the user's keys open, rebuilding any that cannot be used, and
        read what the first search needs; returns the rebuild notice, if any.

        Meant to run on a worker thread right after unlock, so the first search answers at
        once; a search that comes first simply opens the index itself. `progress` and
        `cancelled` apply to a rebuild (`RebuildCancelled` leaves the old index as it was).
        """
        for tier in self._readable_tiers():
            if cancelled is not None and cancelled():
                break
            try:
                self._index(tier, progress, cancelled).warm()
            except IndexNeedsRebuild as why:  # damage in what warming reads
                self._rebuild_damaged(tier, why, progress, cancelled)
                self._index(tier).warm()
        return self.rebuild_notice

    def verify_indexes(self, progress: Progress | None = None, cancelled: Cancelled | None = None) -> bool:
        """Authenticate every chunk of every open index, rebuilding one that fails.

        Searching checks only the chunks it reads; this background check finds damage
        elsewhere. Returns True if everything was intact.
        """
        intact = True
        tiers = self._readable_tiers()
        for done, tier in enumerate(tiers):
            if cancelled is not None and cancelled():
                break
            try:
                self._index(tier).verify()
            except IndexNeedsRebuild as why:
                intact = False
                self._rebuild_damaged(tier, why, progress, cancelled)
            if progress is not None:
                progress(done + 1, len(tiers))
        return intact

    def rebuild(self, tier: Tier | str | None = None, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> None:
        """Rebuild one index (or every index the user can open) from the store.

        The old index keeps answering searches from other threads until the new one is
        complete; a cancelled rebuild (`RebuildCancelled`) leaves it in place.
        """
        self._ctx.require("rebuild the search index")
        tiers = [self._tier(tier)] if tier else self._readable_tiers()
        for each in tiers:
            self._build(each, progress, cancelled)
        with self._ctx.transaction() as session:
            self._ctx.audit.record(session, "search index rebuilt", detail={"tiers": [str(t) for t in tiers]})

    # -- following the store --------------------------------------------------------------
    def record_changed(self, testimony_id: str, kind: str) -> None:
        """Called after a testimony, consent or redacted version changed."""
        if self._deferred is not None:
            self._deferred.add(testimony_id)
            return
        self._apply([testimony_id])

    @contextmanager
    def deferred(self) -> Iterator[None]:
        """Batch index updates (bulk import, demo): one commit per index at the end."""
        self._deferred = set()
        try:
            yield
        finally:
            pending, self._deferred = self._deferred, None
            if pending:
                self._apply(sorted(pending))

    def _apply(self, testimony_ids: list[str]) -> None:
        existing = set(self._all_ids())
        for tier in self._readable_tiers():
            try:
                self._update(tier, testimony_ids, existing)
            except IndexNeedsRebuild as why:  # the store has the change; the index follows it
                self._rebuild_damaged(tier, why)

    def _update(self, tier: Tier, testimony_ids: list[str], existing: set[str]) -> None:
        index = self._index(tier)
        gone = [tid for tid in testimony_ids if tid not in existing]
        present = [tid for tid in testimony_ids if tid in existing]
        docs = list(self._documents(tier, present)) if present else []
        if tier is Tier.PUBLIC:
            listed = {doc.id for doc in docs}
            gone += [tid for tid in present if tid not in listed]
        if gone:
            index.delete_many(gone)
        if docs:
            index.update_many(docs)

    def forget_index(self, tier: Tier) -> None:
        """Drop an index made with a key that was rotated away; it rebuilds on next use."""
        with self._lock:
            self._close_index(tier)
            shutil.rmtree(self._folder(tier), ignore_errors=True)

    def close(self) -> None:
        with self._lock:
            for tier in list(self._indexes):
                self._close_index(tier)

    # -- saved searches -------------------------------------------------------------------
    def save_search(self, name: str, query: str, *, tier: Tier | str | None = None, filters: dict | None = None) -> str:
        if not name.strip():
            raise InvalidInput(Message("A saved search needs a name."))
        tier = self._tier(tier)
        with self._ctx.transaction() as session:
            row = SavedSearch(id=new_id(), user_id=self._ctx.user.id, tier=tier.value)
            saved = {"name": name.strip(), "query": query, "filters": filters or {}}
            self._ctx.sealer.seal_json(row, "query_sealed", saved)
            session.add(row)
        return row.id

    def saved_searches(self) -> list[SavedQuery]:
        with self._ctx.read() as session:
            rows = session.scalars(select(SavedSearch).where(SavedSearch.user_id == self._ctx.user.id)).all()
        result = []
        for row in rows:
            if self._ctx.can_read(Tier(row.tier)):
                data = self._ctx.sealer.open_json(row, "query_sealed")
                result.append(SavedQuery(row.id, data["name"], data["query"], row.tier, data.get("filters", {})))
        return result

    def delete_saved_search(self, saved_id: str) -> None:
        with self._ctx.transaction() as session:
            row = session.get(SavedSearch, saved_id)
            if row is None or row.user_id != self._ctx.user.id:
                raise NotFound(Message("There is no such saved search."))
            session.delete(row)

    # -- indexes --------------------------------------------------------------------------
    def _tier(self, tier: Tier | str | None) -> Tier:
        chosen = Tier(tier) if tier else self.default_tier()
        if chosen not in SEARCHABLE_TIERS:
            raise InvalidInput(Message("Search the 'story' or the 'public' index."))
        if not self._ctx.can_read(chosen):
            raise NotPermitted(self._ctx.user.role.value, Message("search the {chosen} index", chosen=chosen))
        return chosen

    def _readable_tiers(self) -> list[Tier]:
        return [tier for tier in SEARCHABLE_TIERS if self._ctx.can_read(tier)]

    def _index(self, tier: Tier, progress: Progress | None = None, cancelled: Cancelled | None = None) -> SearchIndex:
        self._ctx.ensure_open()
        with self._lock:
            index = self._indexes.get(tier)
            if index is not None:
                return index
            try:
                index = SearchIndex.open(self._folder(tier), self._key(tier), tier, self._index_id(tier))
            except IndexNeedsRebuild as why:
                damaged = why
            else:
                self._indexes[tier] = index
                return index
        self._rebuild_damaged(tier, damaged, progress, cancelled)
        with self._lock:
            return self._indexes[tier]

    def _build(self, tier: Tier, progress: Progress | None, cancelled: Cancelled | None) -> None:
        """Build beside the open index (which keeps answering), then swap it in."""
        folder, key, index_id = self._folder(tier), self._key(tier), self._index_id(tier)
        with self._build_lock:
            staging = SearchIndex.stage(
                folder, key, tier, index_id, self._documents(tier, None), len(self._all_ids()), progress, cancelled
            )
            with self._lock:
                self._close_index(tier)
                self._indexes[tier] = SearchIndex.install(staging, folder, key, tier, index_id)

    def _rebuild_damaged(self, tier: Tier, why: IndexNeedsRebuild, progress: Progress | None = None,
                         cancelled: Cancelled | None = None) -> None:
        # Locks are always taken build lock first, then the index lock.
        with self._lock:
            self._close_index(tier)
        self._build(tier, progress, cancelled)
        self._notice_rebuilt(tier, why)

    def _notice_rebuilt(self, tier: Tier, why: IndexNeedsRebuild) -> None:
        self.rebuild_notice = why.message
        with self._ctx.transaction() as session:
            detail = {"tier": str(tier), "reason": str(why.reason)}
            self._ctx.audit.record(session, "search index rebuilt", detail=detail)

    def _close_index(self, tier: Tier) -> None:
        index = self._indexes.pop(tier, None)
        if index is not None:
            index.close()

    def _folder(self, tier: Tier):
        return self._ctx.folder / INDEX_FOLDER / tier.value

    def _key(self, tier: Tier) -> bytes:
        return self._ctx.keyring.current(tier).subkey("search-index")

    def _index_id(self, tier: Tier) -> str:
        return f"{tier.value}-v{self._ctx.keyring.current(tier).version}"

    def _all_ids(self) -> list[str]:
        with self._ctx.read() as session:
            return list(session.scalars(select(Testimony.id)))


def indexed_documents(ctx: Context, consent_state: Callable[[str], str],
                      consent_states: Callable[[list[str]], dict[str, str]] | None = None):
    """A function giving the documents of a tier, for all testimonies or for some ids."""

    def documents(tier: Tier, ids: list[str] | None) -> Iterator[IndexedDocument]:
        with ctx.read() as session:
            query = select(Testimony)
            if ids is not None:
                query = query.where(Testimony.id.in_(ids))
            testimonies = session.scalars(query).all()
            versions = _current_approved_versions(session, [t.id for t in testimonies]) if tier is Tier.PUBLIC else {}
        states = consent_states([t.id for t in testimonies]) if consent_states is not None else None
        for testimony in testimonies:
            profile = ctx.sealer.open_json(testimony, "profile_sealed")
            state = states[testimony.id] if states is not None else consent_state(testimony.id)
            if tier is Tier.STORY:
                yield _story_document(ctx, testimony, profile, state)
            else:
                version = versions.get(testimony.id)
                if version is not None and version.source_revision == testimony.revision:
                    yield _public_document(ctx, version, testimony.id, profile, state)

    return documents


def _current_approved_versions(session, testimony_ids: list[str]) -> dict[str, RedactedVersion]:
    rows = session.scalars(
        select(RedactedVersion)
        .where(RedactedVersion.testimony_id.in_(testimony_ids), RedactedVersion.state == "approved")
        .order_by(RedactedVersion.approved_at)
    ).all()
    return {row.testimony_id: row for row in rows}


def _common(profile: dict, state: str) -> dict:
    tags = profile.get("tags", {})
    told_on = dt.date.fromisoformat(profile["told_on"]) if profile.get("told_on") else None
    return {
        "language": profile.get("language", "en"),
        "exploitation": tuple(tags.get("exploitation", ())),
        "indicators": tuple(tags.get("indicators", ())),
        "sectors": tuple(tags.get("sectors", ())),
        "routes": tuple(tags.get("routes", ())),
        "push_factors": tuple(tags.get("push_factors", ())),
        "county": profile.get("county", ""),
        "told_on": told_on,
        "event_dates": tuple(dt.date(int(y), 1, 1) for y in profile.get("event_years", ())),
        "consent_state": state,
    }


def _story_document(ctx: Context, testimony: Testimony, profile: dict, state: str) -> IndexedDocument:
    from haart_archive.services.people import People

    content = ctx.sealer.open_json(testimony, "content_sealed")
    with ctx.read() as session:
        people = People(ctx).linked(testimony.id, with_identity=ctx.can_read(Tier.IDENTITY), session=session)
    names = tuple(name for p in people if p.identity for name in (p.identity.legal_name, *p.identity.aliases))
    return IndexedDocument(
        id=testimony.id, title=ctx.sealer.open_text(testimony, "title_sealed"), body=content["text"],
        people=names, **_common(profile, state),
    )


def _public_document(
    ctx: Context, version: RedactedVersion, testimony_id: str, profile: dict, state: str
) -> IndexedDocument:
    content = ctx.sealer.open_json(version, "content_sealed")
    return IndexedDocument(id=testimony_id, title=content["title"], body=content["text"], **_common(profile, state))
