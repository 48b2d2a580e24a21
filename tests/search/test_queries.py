"""Every query kind users expect, in English and Swahili, plus facets and paging."""

from __future__ import annotations

import datetime as dt

import pytest

from haart_archive.errors import InvalidInput


def ids(results) -> set[str]:
    return {hit.id for hit in results.hits}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("passport", {"T1"}),
        ("pasipoti", {"T2"}),
        ("recruiter", {"T1", "T5"}),  # stems to recruit: T1 says recruiting
        ("MOMBASA", {"T2"}),  # title of T2; case folded
        ("wanjiku", {"T1"}),  # accent folded name
        ("debt boss", {"T3"}),  # all words must match
        ("wakala mshahara", {"T2"}),
        ("debt OR pasipoti", {"T2", "T3"}),
        ("wakala OR madam", {"T2", "T4"}),
        ("money NOT boat", {"T5"}),
        ("dubai NOT mama", {"T4"}),
        ('"took my passport"', {"T1"}),
        ('"took passport my"', set()),
        ('"alichukua pasipoti yangu"', {"T2"}),
        ("county:Kilifi", {"T1"}),
        ('county:"Homa Bay"', set()),
        ("county:mombasa wakala", {"T2"}),
        ("exploitation:domestic_servitude", {"T1", "T4"}),
        ("indicator:debt_bondage", {"T2", "T3"}),
        ("ilo:deception", {"T5"}),
        ("title:boat", {"T3"}),
        ("title:ushuhuda", {"T2"}),
        ("people:achieng", {"T2"}),
        ("Nairobbi~", {"T5"}),
        ("pasipotti~", {"T2"}),
        ("recruit*", {"T1", "T2", "T5"}),
        ("wasich*", {"T2"}),
        ("told:2019", {"T1"}),
        ("told:[2021 to 2022]", {"T2", "T3"}),
        ("date:>2023", {"T4"}),
        ("event:[2020-01-01 to 2020-12-31]", {"T3"}),
        ("language:sw", {"T2"}),
        ("consent:withdrawn", {"T4"}),
    ],
)
def test_query_kinds(story, query, expected):
    assert ids(story.search(query, page_size=50)) == expected


def test_english_stemming_only_on_english_text(story):
    # T1 (English) and T2 (Swahili) both say "recruiting"; only T1 was stemmed.
    assert ids(story.search("recruit")) == {"T1", "T5"}
    assert ids(story.search("recruiting")) == {"T1", "T2", "T5"}


def test_swahili_stop_words_are_not_indexed(story):
    reader = story._searcher.reader()
    words = {term.decode() for term in reader.lexicon("body_sw")}
    assert "na" not in words and "kwa" not in words and "ya" not in words
    assert "wakala" in words


def test_fragments_mark_matches_and_escape_html(story):
    hit = story.search("passport").hits[0]
    assert any("<b>passport</b>" in fragment for fragment in hit.fragments)
    swahili = story.search("pasipoti").hits[0]
    assert any("<b>pasipoti</b>" in fragment for fragment in swahili.fragments)


def test_sort_by_date_newest_first(story):
    results = story.search("", sort="date", page_size=50)
    told = [hit.told_on for hit in results.hits]
    assert told == sorted(told, reverse=True)
    assert told[0] == dt.date(2023, 11, 30)


def test_relevance_puts_title_matches_first(story):
    assert story.search("boat").hits[0].id == "T3"


def test_facets_count_and_filter(story):
    results = story.search("")
    assert results.total == 5
    facets = {name: dict(pairs) for name, pairs in results.facets.items()}
    assert facets["county"] == {"mombasa": 2, "kilifi": 1, "kisumu": 1, "nairobi": 1}
    assert facets["exploitation"]["domestic_servitude"] == 2
    assert facets["indicator"]["retention_of_documents"] == 2
    assert facets["year"] == {"2018": 1, "2019": 1, "2021": 1, "2022": 1, "2023": 1}
    assert facets["language"] == {"en": 3, "sw": 1, "mixed": 1}
    assert facets["consent"]["granted"] == 2
    filtered = story.search("", filters={"county": ["Mombasa"], "consent": ["limited", "granted"]})
    assert ids(filtered) == {"T2"}
    assert dict(filtered.facets["county"]) == {"mombasa": 1}
    either = story.search("", filters={"exploitation": ["forced_labour", "forced_begging"]})
    assert ids(either) == {"T2", "T3", "T5"}


def test_pagination(story):
    first = story.search("", sort="date", page=1, page_size=2)
    second = story.search("", sort="date", page=2, page_size=2)
    third = story.search("", sort="date", page=3, page_size=2)
    assert first.total == second.total == 5 and first.pages == 3
    seen = [hit.id for page in (first, second, third) for hit in page.hits]
    assert len(seen) == 5 and set(seen) == {"T1", "T2", "T3", "T4", "T5"}


@pytest.mark.parametrize(
    ("query", "suggestion"),
    [
        ("pasport", "passport"),
        ("nairobbi", "nairobi"),
        ("wakalla", "wakala"),
        ("recruter", "recruiter"),
    ],
)
def test_did_you_mean(story, query, suggestion):
    assert story.search(query).suggestion == suggestion


def test_no_suggestion_for_known_words(story):
    assert story.search("passport wakala").suggestion is None


@pytest.mark.parametrize(
    "query", ['"unclosed', "((((", "county:", "told:[2019 to", "a AND", "*", "~", "^2"]
)
def test_malformed_queries_never_raise_a_traceback(story, query):
    try:
        story.search(query)
    except InvalidInput as error:
        assert error.message


def test_bad_arguments_are_typed_errors(story):
    with pytest.raises(InvalidInput):
        story.search("x", sort="alphabetical")
    with pytest.raises(InvalidInput):
        story.search("x", page=0)
    with pytest.raises(InvalidInput):
        story.search("x", filters={"colour": ["red"]})
    with pytest.raises(InvalidInput):
        story.search("x" * 2000)


def test_json_results(story):
    data = story.search("passport").to_json()
    hit = data["hits"][0]
    assert set(hit) >= {"id", "title", "score", "fragments"}
    assert hit["id"] == "T1" and hit["told_on"] == "2019-03-14"
    assert data["total"] == 1 and "county" in data["facets"]
