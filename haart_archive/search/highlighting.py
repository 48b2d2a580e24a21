"""Highlighted fragments, with Whoosh's fragmenter, scorer and formatter.

Whoosh's default highlighter re-analyses each hit's whole text, which costs several
milliseconds per testimony. Here only the words that begin like a matched term are
looked at in the stored text (`OnePassAnalyzer.spans`, a regular expression in C and
the analyser on each candidate), or, for a field whose postings keep character offsets,
those offsets are read (as Whoosh's own "pinpoint" mode does); Whoosh's
`PinpointFragmenter`, fragment scorer and formatter then cut and mark the fragments.
"""

from __future__ import annotations

from html import escape

from whoosh import highlight
from whoosh.analysis import Token
from whoosh.query import MultiTerm, Query
from whoosh.searching import Searcher

FRAGMENT_CHARS = 220
SURROUND_CHARS = 60
MAX_FRAGMENTS = 3


class BoldFormatter(highlight.Formatter):
    """Marks matched words with <b>..</b> and escapes everything else as HTML."""

    between = " … "

    def format_token(self, text, token, replace=False):
        return f"<b>{escape(highlight.get_text(text, token, replace))}</b>"

    def _text(self, text):
        return escape(text)


class Highlights:
    """Makes fragments for the hits of one query."""

    def __init__(self, searcher, wanted_terms: dict[str, list[str]]):
        self._reader = searcher.reader()
        self._wanted = wanted_terms
        # No character limit: a match deep in a long testimony still gets its fragment.
        self._fragmenter = highlight.PinpointFragmenter(
            maxchars=FRAGMENT_CHARS, surround=SURROUND_CHARS, autotrim=True, charlimit=None
        )
        self._scorer = highlight.BasicFragmentScorer()
        self._formatter = BoldFormatter()
        self.prepare([])

    @classmethod
    def for_query(cls, searcher: Searcher, parsed_query: Query, fieldnames: tuple[str, ...],
                  expansions: dict[int, set[bytes]] | None = None) -> Highlights:
        """Collect the query terms (prefixes and fuzzy terms expanded) of each field.

        `expansions` gives the words a prefix or fuzzy leaf was already found to match
        (by `id` of the leaf, see `docsets.MatchingDocs`), so it is not expanded again.
        """
        reader = searcher.reader()
        known = expansions or {}
        terms = set(parsed_query.iter_all_terms(phrases=True))
        for leaf in parsed_query.leaves():
            if isinstance(leaf, MultiTerm) and leaf.field() in fieldnames:
                # Whoosh's `existing_terms(expand=True)` skips fuzzy terms; expand directly.
                words = known.get(id(leaf))
                terms.update((leaf.field(), text) for text in (words if words is not None else leaf._btexts(reader)))
        wanted: dict[str, set[str]] = {name: set() for name in fieldnames}
        for fieldname, text in terms:
            if fieldname in wanted:
                wanted[fieldname].add(text.decode("utf-8") if isinstance(text, bytes) else text)
        return cls(searcher, {name: sorted(texts) for name, texts in wanted.items()})

    def fragments(self, docnum: int, fieldname: str, text: str) -> list[str]:
        """Up to three highlighted fragments; the opening of the text if nothing matched."""
        tokens = self._matched_tokens(docnum, fieldname, text)
        if not tokens:
            return [self._opening(text)] if text else []
        fragments = self._fragmenter.fragment_matches(text, tokens)
        best = highlight.top_fragments(fragments, MAX_FRAGMENTS, self._scorer, highlight.SCORE)
        if not best:
            return [self._opening(text)]
        best.sort(key=lambda fragment: fragment.startchar)
        return [self._formatter.format_fragment(fragment, replace=False) for fragment in best]

    def _matched_tokens(self, docnum: int, fieldname: str, text: str) -> list[Token]:
        wanted = self._wanted.get(fieldname, ())
        analyzer = self._reader.schema[fieldname].analyzer if fieldname in self._reader.schema else None
        if wanted and hasattr(analyzer, "spans"):
            places = analyzer.spans(text, set(wanted))
            tokens = [Token(text=term, pos=0, startchar=start, endchar=end, matched=True)
                      for term, start, end in places]
        else:
            tokens = [
                Token(text=term, pos=pos, startchar=start, endchar=end, matched=True)
                for term in wanted
                for pos, start, end in self._places(fieldname, term).get(docnum, ())
            ]
        tokens.sort(key=lambda token: token.startchar)
        return tokens

    def prepare(self, docnums: list[int]) -> None:
        """Read the places of every wanted term in these documents, term by term."""
        self._docnums = sorted(docnums)
        self._cache: dict[tuple[str, str], dict[int, list]] = {}

    def _places(self, fieldname: str, term: str) -> dict[int, list]:
        key = (fieldname, term)
        if key not in self._cache:
            self._cache[key] = self._read_places(fieldname, term)
        return self._cache[key]

    def _read_places(self, fieldname: str, term: str) -> dict[int, list]:
        places = {}
        if fieldname not in self._reader.schema:
            return places
        if not self._reader.schema[fieldname].format.supports("characters") or (fieldname, term) not in self._reader:
            return places
        matcher = self._reader.postings(fieldname, term)
        for docnum in self._docnums:
            if not matcher.is_active():
                break
            if matcher.id() < docnum:
                matcher.skip_to(docnum)
            if matcher.is_active() and matcher.id() == docnum:
                places[docnum] = matcher.value_as("characters")
        return places

    @staticmethod
    def _opening(text: str) -> str:
        cut = text[:FRAGMENT_CHARS]
        if len(text) > FRAGMENT_CHARS and " " in cut:
            cut = cut[: cut.rfind(" ")] + " …"
        return escape(cut)
