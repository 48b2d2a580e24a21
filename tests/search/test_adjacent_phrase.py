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


@settings(max_examples=40, deadline=None)
@given(
    texts=st.lists(st.lists(st.sampled_from(WORDS), min_size=0, max_size=40).map(" ".join), min_size=1, max_size=30),
    phrase=st.lists(st.sampled_from(WORDS), min_size=2, max_size=4),
    split=st.integers(min_value=0, max_value=30),
)
def test_packed_positions_and_segments_match_whoosh(tmp_path_factory, texts, phrase, split):
    """The archive's own index (packed positions, arrays compared with numpy), built in two
    segments with a deletion, finds exactly what Whoosh's phrase matcher finds."""
    import os

    from haart_archive.search import IndexedDocument, SearchIndex
    from haart_archive.search.docsets import MatchingDocs
    from haart_archive.search.phrases import PlacesCache

    docs = [IndexedDocument(id=f"D{n}", title="t", body=text) for n, text in enumerate(texts)]
    folder = tmp_path_factory.mktemp("phrase") / "ix"
    index = SearchIndex.build(folder, os.urandom(32), "public", "phrase-test", docs[:split])
    index.add_many(docs[split:])
    index.delete("D0")
    analyzed = [token.text for token in english_analyzer()(" ".join(phrase))]
    if len(analyzed) >= 2:
        searcher = index._searcher
        expected = set(searcher.docs_for_query(query.Phrase("body_en", analyzed)))
        fast = AdjacentPhrase("body_en", analyzed)
        assert fast.matching_docs(MatchingDocs(searcher, PlacesCache())) == expected
        assert set(fast.phrase_scores(MatchingDocs(searcher, PlacesCache()))) == expected
    index.close()


def test_a_testimony_longer_than_64_kib_keeps_exact_positions(tmp_path):
    """Positions past 65,535 words need 32 bits; phrases and highlights still work there."""
    import os

    from haart_archive.search import IndexedDocument, SearchIndex

    filler = " ".join(f"neno{n}" for n in range(70_000))
    body = f"{filler} the agent took my passport at the very end"
    docs = [IndexedDocument(id="long", title="t", body=body),
            IndexedDocument(id="short", title="t", body="my passport the agent took")]
    index = SearchIndex.build(tmp_path / "ix", os.urandom(32), "public", "long-test", docs)
    results = index.search('"agent took my passport"')
    assert [hit.id for hit in results.hits] == ["long"]
    assert "<b>agent</b>" in " ".join(results.hits[0].fragments)
    assert index.search('"neno69999 agent"').total == 1
    assert {hit.id for hit in index.search('"passport agent"').hits} == {"short"}
    index.close()
