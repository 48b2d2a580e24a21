"""Search as advocates use it: Swahili and English words find each other, a result opens to
its whole public text, years are in order, and "did you mean" never offers a name or a scrap."""

from __future__ import annotations

import datetime as dt

import pytest

from haart_archive.errors import NotFound
from haart_archive.search.index import SearchResults
from haart_archive.services.search_terms import expand_query, honest_suggestion, is_dictionary_word
from haart_archive.types.testimonies import TestimonyDraft
from tests.services.helpers import approved_version, consent_form

ORIGINAL_ONLY = ("Zuhura", "Kadzo", "Jabari", "0712 345 678", "Kaloleni")


@pytest.fixture()
def published(archive_copy):
    with archive_copy.open("editor") as editor:
        for testimony_id in archive_copy.testimony_ids:
            editor.consent.grant(testimony_id, consent_form())
            approved_version(editor, testimony_id)
    return archive_copy


def test_swahili_and_english_words_find_each_other(published):
    english, swahili = published.testimony_ids
    with published.open("advocate") as advocate:
        assert {h.id for h in advocate.search.search("pasipoti").hits} == {english, swahili}
        assert {h.id for h in advocate.search.search("passport").hits} == {english, swahili}
        assert {h.id for h in advocate.search.search("mshahara").hits} >= {swahili}
        assert [h.id for h in advocate.search.search('"pasipoti yangu"').hits] == [swahili]  # a phrase stays a phrase
        assert advocate.search.search("pasipoti", filters={"language": ["en"]}).total == 1


def test_an_advocate_opens_the_whole_public_text_of_a_result(published):
    english = published.testimony_ids[0]
    with published.open("advocate") as advocate:
        hit = advocate.search.search("passport", filters={"language": ["en"]}).hits[0]
        text = advocate.open_public_text(hit.id)
        assert text.testimony_id == english and "passport" in text.text and text.title
        assert text.language == "en" and text.county == "kilifi" and text.consent_state == "active"
        for identifier in ORIGINAL_ONLY:
            assert identifier not in text.text and identifier not in text.title


def test_a_testimony_without_an_approved_version_has_no_public_text(archive_copy):
    with archive_copy.open("advocate") as advocate, pytest.raises(NotFound):
        advocate.open_public_text(archive_copy.testimony_ids[0])
    with archive_copy.open("editor") as editor:
        testimony_id = archive_copy.testimony_ids[0]
        editor.consent.grant(testimony_id, consent_form())
        approved_version(editor, testimony_id)
        editor.testimonies.update(testimony_id, TestimonyDraft(title="Changed", text="A changed text."))
        with pytest.raises(NotFound):  # the approved version is stale
            editor.open_public_text(testimony_id)


def test_years_are_ordered_by_year(archive_copy):
    with archive_copy.open("editor") as editor:
        for year, copies in ((2019, 1), (2023, 3), (2021, 2)):
            for number in range(copies):
                editor.testimonies.add(TestimonyDraft(title=f"Year {year} {number}", text="Worked on a farm.",
                                                      told_on=dt.date(year, 3, 1)))
        years = [value for value, _count in editor.search.search("farm").facets["year"]]
    assert years == sorted(years, reverse=True) and len(years) == 3


def test_did_you_mean_offers_only_dictionary_words(archive_copy):
    with archive_copy.open("editor") as editor:
        assert editor.search.search("pasport").suggestion == "passport"
        assert editor.search.search("passport").suggestion is None  # it found something
        assert editor.search.search("Amx").suggestion is None
    assert not is_dictionary_word("am") and not is_dictionary_word("zuhura") and is_dictionary_word("passport")
    tiny = SearchResults((), 0, 1, 20, {}, "am")
    assert honest_suggestion(tiny, "Amina", {}).suggestion is None
    name = SearchResults((), 0, 1, 20, {}, "Halima")
    assert honest_suggestion(name, "Halimu", {}).suggestion is None
    found = SearchResults((), 3, 1, 20, {}, "passport")
    assert honest_suggestion(found, "pasport", {}).suggestion is None


def test_expansion_keeps_syntax_alone():
    assert expand_query("pasipoti")[0] == "(pasipoti OR passport)"
    assert expand_query("job")[0] == "(job OR kazi)", "English words gain only Swahili ones"
    assert expand_query('"pasipoti yangu" AND county:kilifi')[0] == '"pasipoti yangu" AND county:kilifi'
    assert expand_query("(Wakala OR boat)")[0] == "((Wakala OR agent OR agents OR broker) OR boat)"
