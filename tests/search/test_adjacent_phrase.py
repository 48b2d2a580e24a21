"""The fast phrase matcher finds exactly the documents Whoosh's own phrase matcher finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import fields, query
from whoosh.filedb.filestore import RamStorage

from haart_archive.search.analysis import english_analyzer
from haart_archive.search.queries import AdjacentPhrase

WORDS = ["agent", "took", "my", "passport", "riyadh", "house", "work", "paid", "never", "the"]


def _index(texts: list[str]):
    schema = fields.Schema(id=fields.ID(stored=True), body=fields.TEXT(analyzer=english_analyzer(), chars=True))
    ix = RamStorage().create_index(schema)
    with ix.writer() as writer:
        for number, text in enumerate(texts):
            writer.add_document(id=str(number), body=text)
    return ix


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(st.lists(st.sampled_from(WORDS), min_size=0, max_size=30).map(" ".join), min_size=1, max_size=25),
    phrase=st.lists(st.sampled_from(WORDS), min_size=2, max_size=4),
)
def test_same_documents_as_whoosh(texts, phrase):
    ix = _index(texts)
    analyzed = [token.text for token in english_analyzer()(" ".join(phrase))]
    if len(analyzed) < 2:
        return
    with ix.searcher() as searcher:
        expected = set(searcher.docs_for_query(query.Phrase("body", analyzed)))
        found = set(searcher.docs_for_query(AdjacentPhrase("body", analyzed)))
        assert found == expected
        if expected:
            ranked = searcher.search(AdjacentPhrase("body", analyzed), limit=None)
            assert {hit.docnum for hit in ranked} == expected
