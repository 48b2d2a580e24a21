"""Detection without the linked people: the forms the issue names, in English and Swahili.

Each case is a fictional sentence and the part of it that must be covered (every letter and
digit inside suggestions), or must be left alone.
"""

from __future__ import annotations

import pytest

from haart_archive.redaction import EntityType, detect


def _covered(text: str, part: str, found=None) -> bool:
    found = detect(text) if found is None else found
    start = text.index(part)
    return all(any(s.start <= i < s.end for s in found) for i in range(start, start + len(part))
               if text[i].isalnum())


@pytest.mark.parametrize("text, age", [
    ("She was 15 years old when she left.", "15 years old"),
    ("A 17-year-old boy was among them.", "17-year-old"),
    ("My sister, aged about 9, stayed behind.", "aged about 9"),
    ("He turned 14 in the camp.", "turned 14"),
    ("Client: Ruth, 14 yrs, from the village.", "14 yrs"),
    ("Otieno, 16, said nothing.", "16"),
    ("The youngest (12) cried all night.", "12"),
    ("I was twenty-two years old then.", "twenty-two years old"),
    ("Nilikuwa na miaka kumi na sita.", "miaka kumi na sita"),
    ("Alikuwa mtoto wa 13 tu.", "mtoto wa 13"),
    ("Nikiwa na miaka 19 niliondoka.", "miaka 19"),
    ("Niko na 18, sina kazi.", "Niko na 18"),
    ("Her son is seven.", "seven"),
    ("Umri: 21", "21"),
])
def test_ages_in_every_form(text, age):
    assert _covered(text, age)
    assert any(s.type == EntityType.AGE for s in detect(text))


@pytest.mark.parametrize("text, place", [
    ("We stayed in Mathare 4A for a month.", "Mathare 4A"),
    ("Her aunt lives in Kayole Phase 3.", "Kayole Phase 3"),
    ("The office is on Tom Mboya Street.", "Tom Mboya Street"),
    ("We met at the Githurai 44 stage.", "Githurai 44 stage"),
    ("She sold tomatoes at Kongowea market.", "Kongowea market"),
    ("They waited outside Pumwani Maternity Hospital.", "Pumwani Maternity Hospital"),
    ("He was taken to Kilimani Police Station.", "Kilimani Police Station"),
    ("Tulikutana soko la Gikomba.", "soko la Gikomba"),
    ("Alisoma shule ya msingi ya Mwembe Tayari.", "shule ya msingi ya Mwembe Tayari"),
    ("Tuliomba msikiti wa Sakina.", "msikiti wa Sakina"),
    ("Nilipelekwa kituo cha polisi cha Makadara.", "kituo cha polisi cha Makadara"),
    ("The bus left from Machakos Country Bus station.", "Machakos Country Bus"),
])
def test_places_with_their_head_words(text, place):
    assert _covered(text, place)


@pytest.mark.parametrize("text, org", [
    ("She was helped by Kituo cha Sheria Mombasa.", "Kituo cha Sheria Mombasa"),
    ("Walimpeleka Shirika la Msaada wa Wasichana.", "Shirika la Msaada wa Wasichana"),
    ("The pastor runs Living Waters Ministries.", "Living Waters Ministries"),
    ("Funding came from the Pwani Girls Initiative.", "Pwani Girls Initiative"),
    ("She was treated at Kakamega Level 5 Hospital.", "Kakamega Level 5 Hospital"),
    ("He studied at Mwembeni Primary School.", "Mwembeni Primary School"),
    ("The matatu belongs to Kinatwa Sacco.", "Kinatwa Sacco"),
    ("They recruited through Desert Pearl Recruitment Agency.", "Desert Pearl Recruitment Agency"),
    ("We travelled with Modern Coast Express.", "Modern Coast Express"),
    ("She complained to the Embassy of Kenya in Kuwait.", "Embassy of Kenya in Kuwait"),
])
def test_organisations_with_english_and_swahili_heads(text, org):
    assert _covered(text, org)


@pytest.mark.parametrize("text, number", [
    ("Call 0722 11 22 33 tonight.", "0722 11 22 33"),
    ("The receipt shows 0711****42 only.", "0711****42"),
    ("Her number: 07XX XXX 450.", "07XX XXX 450"),
    ("Text me on ０７２２ ３３４ ５５６.", "０７２２ ３３４ ５５６"),
    ("He wrote O72l 9O4 118 on the wall.", "O72l 9O4 118"),
    ("Number ni sifuri saba moja moja, tatu tano tisa, mbili mbili nane.",
     "sifuri saba moja moja, tatu tano tisa, mbili mbili nane"),
    ("It is zero seven three three, four five six, seven eight nine.",
     "zero seven three three, four five six, seven eight nine"),
    ("ID 3124\u200b5678 was on the form.", "3124\u200b5678"),
    ("Booked under OB 12/03/04/2024 at the station.", "OB 12/03/04/2024"),
])
def test_numbers_as_people_write_them(text, number):
    assert _covered(text, number)


@pytest.mark.parametrize("text, detail", [
    ("She is the only girl from Kwa Jomvu who studied law.", "the only girl from Kwa Jomvu who studied law"),
    ("Yeye ndiye mwanamke pekee anayeendesha tuktuk mtaani.", "mwanamke pekee anayeendesha tuktuk mtaani"),
    ("He came top in KCSE 2015 at Mombasa Baptist High.", "top in KCSE 2015 at Mombasa Baptist High"),
    ("The agent has a scar above his right eye.", "a scar above his right eye"),
    ("Her arms carry burn marks from the iron.", "burn marks from the iron"),
    ("He has a tattoo of a snake on his arm.", "a tattoo of a snake on his arm"),
    ("She lost two fingers in the machine.", "lost two fingers"),
    ("The boy has albinism.", "albinism"),
    ("The driver walks with a limp.", "walks with a limp"),
    ("Alikuwa na jino la dhahabu.", "jino la dhahabu"),
    ("Ana kovu shingoni.", "kovu shingoni"),
    ("They are the only triplets in the ward.", "the only triplets in the ward"),
    ("Her father is the chairman of the boda boda group.", "chairman of the boda boda group"),
])
def test_quasi_identifiers_with_their_reasons(text, detail):
    found = detect(text)
    assert _covered(text, detail, found)
    quasi = [s for s in found if s.type == EntityType.QUASI_IDENTIFIER]
    assert quasi and all(s.reason for s in quasi)


@pytest.mark.parametrize("text, name", [
    ("Mercy escaped first.", "Mercy"),
    ("Precious added that she was hungry.", "Precious"),
    ("Present: Patience, Gift and Joy.", "Patience"),
    ("Present: Patience, Gift and Joy.", "Gift"),
    ("Neema alisema atarudi.", "Neema"),
    ("I told Furaha to wait.", "Furaha"),
    ("Joy's baby was sick.", "Joy's"),
    ("The man they called \"Simba Mbaya\" came back.", "Simba Mbaya"),
    ("Signed by W. K. Kamande.", "W. K. Kamande"),
    ("The recruiter, Hassan Said Bwana, left.", "Hassan Said Bwana"),
    ("Mama Atieno sold us mandazi.", "Mama Atieno"),
    ("Then Sgt. Wafula took the statement.", "Wafula"),
    ("[3/4/24, 10:02] Chiku: niko njiani\n[3/4/24, 10:05] Zawadi: sawa chiku", "chiku"),
])
def test_names_without_the_linked_people(text, name):
    assert _covered(text, name)


@pytest.mark.parametrize("text", [
    "Ahadi ya kazi Dubai", "Safari ya Dubai", "Kurudi nyumbani kutoka Dubai", "Kazi ya Dubai haikuwa real",
    "A promise of work in Dubai", "Coming home from Dubai", "Sold a job in Dubai",
    "Hatimaye nilirudi nyumbani.", "Mwanzo wa safari ulikuwa mgumu.", "However, nothing changed.",
    "Signed: the interviewer.", "Baada ya hapo tulienda kulala.", "I had faith that it would end.",
    "We came back on Sunday.", "Tulifika Alhamisi jioni.", "Mama aliuza mbuzi wawili.", "Nataka kurudi nyumbani.",
])
def test_sentence_opening_words_and_titles_are_not_names(text):
    assert not [s for s in detect(text) if s.type == EntityType.PERSON]
