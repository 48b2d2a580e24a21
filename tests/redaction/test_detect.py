"""The detector finds what a leak would be made of, and leaves ordinary words alone."""

from __future__ import annotations

import pytest

from haart_archive.redaction import EntityType, KnownPerson, detect
from tests.redaction.fixtures import CODE_SWITCHED, ENGLISH, PEOPLE, annotated


def _covered(found, start, end):
    return all(any(s.start <= i < s.end for s in found) for i in range(start, end))


@pytest.mark.parametrize("source", [ENGLISH, CODE_SWITCHED], ids=["english", "code-switched"])
def test_every_annotated_detail_of_a_fictional_testimony_is_suggested(source):
    text, gold = annotated(source)
    found = detect(text, known=PEOPLE)
    missed = [(kind, value) for start, end, kind, value in gold if not _covered(found, start, end)]
    assert missed == []


@pytest.mark.parametrize("source", [ENGLISH, CODE_SWITCHED], ids=["english", "code-switched"])
def test_identifiers_get_their_own_type(source):
    text, gold = annotated(source)
    found = detect(text, known=PEOPLE)
    for start, _end, kind, value in gold:
        if kind in (EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.AGE, EntityType.DATE):
            continue
        hit = next(s for s in found if s.start <= start < s.end)
        assert hit.type == kind, value


def test_suggestions_are_sorted_and_do_not_overlap():
    text, _ = annotated(ENGLISH)
    found = detect(text, known=PEOPLE)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert all(0 <= s.confidence <= 1 and s.reason for s in found)


@pytest.mark.parametrize("sentence, word", [
    ("I had faith that things would change.", "faith"),
    ("There was no hope left in that house.", "hope"),
    ("Nilikuwa na imani kwamba nitarudi.", "imani"),
    ("Ni baraka kubwa kupata kazi.", "baraka"),
    ("She showed mercy to nobody.", "mercy"),
])
def test_ordinary_words_that_are_also_names_are_left_alone(sentence, word):
    found = detect(sentence)
    start = sentence.index(word)
    assert not any(s.start <= start < s.end for s in found)


@pytest.mark.parametrize("sentence, word", [
    ("Faith told me the agent had lied.", "Faith"),
    ("I met Mercy at the bus stage.", "Mercy"),
    ("Baraka alisema nisiende Dubai.", "Baraka"),
    ("My friend named imani came later.", "imani"),
])
def test_the_same_words_are_flagged_when_the_context_makes_them_names(sentence, word):
    found = detect(sentence)
    start = sentence.index(word)
    assert any(s.start <= start < s.end and s.type == EntityType.PERSON for s in found)


@pytest.mark.parametrize("sentence, name", [
    ("then wanjiru kamau came to the house", "wanjiru kamau"),
    ("WANJIRU KAMAU TOLD ME TO WAIT", "WANJIRU KAMAU"),
    ("Bw. Otieno alituchukua", "Otieno"),
    ("mzee kazungu alisema", "kazungu"),
])
def test_lower_case_and_all_caps_names_are_found(sentence, name):
    found = detect(sentence)
    start = sentence.index(name)
    assert _covered(found, start, start + len(name))


def test_villages_and_gulf_cities_from_the_gazetteer_are_locations():
    text = "She went from Mtwapa to Jeddah, then to Doha."
    found = {s.text: s.type for s in detect(text)}
    assert found == {"Mtwapa": EntityType.LOCATION, "Jeddah": EntityType.LOCATION, "Doha": EntityType.LOCATION}


def test_known_strings_work_without_a_person():
    text = "Kadzo Mwero and KADZO met in Kadzo's village."
    found = detect(text, known_strings=["Kadzo Mwero"])
    assert [s.text for s in found][:3] == ["Kadzo Mwero", "KADZO", "Kadzo's"]
    assert all(s.confidence >= 0.99 for s in found[:3])


def test_known_person_without_names_is_harmless():
    assert detect("Nothing here.", known=[KnownPerson(role="witness")]) == []


@pytest.mark.parametrize("sentence", [
    "I paid KSh 60,000 to the agent.",
    "Alinilipa Ksh 5,000 tu na Kshs 200 za nauli.",
    "The fee was KES 300 and later KES 450.",
    "Nililipa shilingi elfu sitini.",
])
def test_amounts_are_not_people_or_plates(sentence):
    found = detect(sentence)
    assert not any(s.type in (EntityType.PERSON, EntityType.VEHICLE_PLATE) for s in found), found


@pytest.mark.parametrize("sentence, org", [
    ("I went to Sunrise Global Placements in Nairobi.", "Sunrise Global Placements"),
    ("The agent from Bright Future Recruiters took my passport.", "Bright Future Recruiters"),
    ("Tulienda kwa Baraka Manpower Services mjini Mombasa.", "Baraka Manpower Services"),
])
def test_recruitment_agencies_are_organisations(sentence, org):
    found = detect(sentence)
    start = sentence.index(org)
    hit = next(s for s in found if s.start <= start < s.end)
    assert hit.type == EntityType.ORGANIZATION and hit.end >= start + len(org)


@pytest.mark.parametrize("sentence, name", [
    ("Akinyi Odera alisema hakujua.", "Akinyi Odera"),
    ("Mwangi ambaye ni dereva alinipeleka.", "Mwangi"),
    ("Said Barre alikuja jana.", "Said Barre"),
    ("Rais Ali bin Salim alisema hayo.", "Ali bin Salim"),
    ("Askofu Jackson ole Sapit alisema.", "Jackson ole Sapit"),
    ("Kipchumba alifika na Chepkoech.", "Kipchumba"),
    ("Aliondoka na Jepkemboi kwenda Eldoret.", "Jepkemboi"),
    ("Mwakideu, dereva wa lori, alinipeleka Malaba.", "Mwakideu"),
    ("Alimwona Juma hamisi Otieno sokoni.", "Juma hamisi Otieno"),
])
def test_names_at_the_start_of_a_sentence_and_with_particles_are_found(sentence, name):
    found = detect(sentence)
    start = sentence.index(name)
    assert _covered(found, start, start + len(name))


@pytest.mark.parametrize("sentence", [
    "Wakenya wengi wanafanya kazi Uarabuni.",
    "Mkenya huyo alizungumza Kiingereza na Kifaransa.",
    "Wanafunzi walirudi nyumbani jana.",
    "Mkutano ulifanyika asubuhi.",
    "Kipindi hicho kilikuwa kigumu.",
])
def test_swahili_words_made_from_places_or_noun_classes_are_not_names(sentence):
    found = detect(sentence)
    first = sentence.split()[0]
    assert not any(s.start == 0 for s in found), (first, found)


@pytest.mark.parametrize("sentence, place, expected", [
    ("Alisafiri hadi Sudan Kusini mwaka jana.", "Sudan Kusini", "Sudan Kusini"),
    ("Walivuka Mlima Kenya usiku.", "Mlima Kenya", "Mlima Kenya"),
    ("Alizaliwa kaunti ya Kilifi.", "Kilifi", "Kilifi"),
    ("She worked in New York and in Port Sudan.", "New York", "New York"),
])
def test_place_names_take_in_feature_and_compass_words_but_not_administrative_ones(sentence, place, expected):
    found = [s for s in detect(sentence) if s.type == EntityType.LOCATION]
    assert expected in [s.text for s in found]
