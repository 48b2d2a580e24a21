"""Rule families of the fourth round of issue 14: each with cases that must be found and cases
that must be left alone (the examples are invented; none comes from an evaluation set)."""

from __future__ import annotations

import pytest

from haart_archive.redaction import EntityType, detect


def _covered(text: str, part: str, kind=None) -> bool:
    start = text.index(part)
    found = [s for s in detect(text) if kind is None or s.type == kind]
    return all(any(s.start <= i < s.end for s in found) for i in range(start, start + len(part))
               if text[i].isalnum())


def _touched(text: str, part: str, kind=None) -> bool:
    start = text.index(part)
    end = start + len(part)
    return any(s.start < end and s.end > start and (kind is None or s.type == kind) for s in detect(text))


@pytest.mark.parametrize("text, age", [
    ("wasichana wa Juma ni Amina na Zuhura, wako kumi na tano na kumi na mbili.", "kumi na tano"),
    ("wasichana wa Juma ni Amina na Zuhura, wako kumi na tano na kumi na mbili.", "kumi na mbili"),
    ("Tuko kumi na saba sote, hatuna kazi.", "kumi na saba"),
    ("mimi na wendo. wendo ni 15 tu, msaidie", "15"),
    ("boss alisema: mwambie aseme ni 19 akifika", "19"),
    ("Then there is Rosa who is only sixteen but the card says 21. She is scared.", "sixteen"),
    ("Then there is Rosa who is only sixteen but the card says 21. She is scared.", "21"),
    ("2. Kelvin (\"Kev\"), 17, from Busia, was taken in May.", "17"),
    ("as told by Ann Wambui (\"Shiko\", 19) who stayed in Kawangware", "19"),
    ("He took her to the beach bars at fifteen and left her there.", "fifteen"),
    ("and a boy, Otieno, kumi na nne, who herds the goats", "kumi na nne"),
    ("Wa kwanza ana miaka kumi, wa pili nane na mdogo mitano.", "nane"),
    ("Wa kwanza ana miaka kumi, wa pili nane na mdogo mitano.", "mitano"),
    ("My eldest is 12 and the youngest nine.", "nine"),
    ("The agent changed her age to 23 on the passport.", "23"),
    ("They listed his age as nineteen.", "nineteen"),
])
def test_ages_in_lists_appositions_and_chats(text, age):
    assert _covered(text, age, EntityType.AGE)


@pytest.mark.parametrize("text, number", [
    ("We met at eleven at night near the stage.", "eleven"),
    ("The bus left at fourteen past six.", "fourteen"),
    ("wako 15 watoto kwa nyumba moja", "15"),
    ("ni 20 tu shillings", "20"),
    ("The receipt says 300.50 for the meal.", "300"),
    ("He came at twenty to nine.", "twenty"),
])
def test_times_amounts_and_counts_are_not_ages(text, number):
    assert not _touched(text, number, EntityType.AGE)


_CHAT = """12/05/2024, 20:01 - wanjiku: hi zawadi its wanjiku from the centre. are you ok?
12/05/2024, 20:03 - zawadi: nimefika lakini niko na nani? niko na tessy na bobbi. tessy ni mgonjwa
12/05/2024, 20:04 - wanjiku: sawa lolo tuma location
12/05/2024, 20:05 - wanjiku: lolo!!! uko wapi
12/05/2024, 20:06 - zawadi: asante sana. nimefika salama
12/05/2024, 20:07 - wanjiku: Pole sana. Hope you are safe. Sawa kesho.
"""


@pytest.mark.parametrize("name", ["zawadi its", "tessy na", "bobbi.", "tessy ni", "sawa lolo", "lolo!!!"])
def test_lower_case_names_addressed_and_listed_in_a_chat(name):
    word = name.replace("sawa ", "").split()[0].strip(".!")
    at = _CHAT.index(name) + (5 if name.startswith("sawa ") else 0)
    found = detect(_CHAT)
    assert any(s.start <= at and s.end >= at + len(word) and s.type == EntityType.PERSON for s in found), word


@pytest.mark.parametrize("word", ["salama", "kesho", "Hope", "Pole"])
def test_ordinary_words_after_greetings_in_a_chat_are_not_names(word):
    assert not _touched(_CHAT, word + ("." if word == "kesho" else ""), EntityType.PERSON)


def test_sms_dump_lines_name_the_other_side_not_the_number():
    text = ("2024-03-01 08:11 FROM 0712345678: Habari, kazi iko.\n"
            "2024-03-01 08:30 TO 0712345678: sawa dedan nitakuja\n"
            "2024-03-01 09:02 from Boss Kim: uko wapi?\n")
    found = detect(text)
    assert _covered(text, "dedan", EntityType.PERSON)
    assert _covered(text, "Boss Kim")
    assert not any(s.type == EntityType.PERSON and "0712" in s.text for s in found)


@pytest.mark.parametrize("text, code", [
    ("The laptop had the serial K4M9X2T7Q on its base.", "K4M9X2T7Q"),
    ("Interim file code for A.N.: 7RT3LX9Q2.", "7RT3LX9Q2"),
    ("RE: ADM. NO. KHS 2231, FORM 2 EAST", "KHS 2231"),
    ("Student number: STU 88412", "STU 88412"),
])
def test_codes_of_letters_and_digits_and_labelled_numbers_with_a_prefix(text, code):
    assert _covered(text, code)


@pytest.mark.parametrize("text, word", [
    ("She caught COVID19 in the camp.", "COVID19"),
    ("The phone was an itel A70 with a cracked screen.", "A70"),
    ("They played MP3 songs all night.", "MP3"),
    ("Guards from G4S stood at the gate.", "G4S"),
])
def test_model_names_and_short_codes_are_not_identifiers(text, word):
    start = text.index(word)
    assert not any(s.start < start + len(word) and s.end > start and s.type.value in
                   ("ACCOUNT_NUMBER", "NATIONAL_ID", "PHONE", "MPESA_CODE") for s in detect(text))


@pytest.mark.parametrize("text, detail", [
    ("She has a keloid on her right earlobe and short hair.", "keloid on her right earlobe"),
    ("The boy has vitiligo on his face and arms.", "vitiligo"),
    ("He has one leg since the bus crash in 2019; he uses a stick.", "one leg since the bus crash in 2019"),
    ("mmoja wao ana kidole tatu tu mkono wa kulia", "kidole tatu tu"),
    ("Alikuwa wa kwanza katika kaunti mwaka 2021.", "wa kwanza katika kaunti mwaka 2021"),
    ("She came first in her class at Tumaini Girls in 2020.", "first in her class"),
    ("Everyone knows me: I am the girl who sings at the Sunday market in Kibra.",
     "the girl who sings at the Sunday market in Kibra"),
    ("Ana alama usoni, za kipekee katika kijiji chao.", "za kipekee katika kijiji chao"),
    ("She was the only girl in her school to play rugby, at the national games in 2022.",
     "at the national games in 2022"),
    ("a burn scar on the left forearm, about 5 cm long", "about 5 cm long"),
    ("He lost two fingers of his right hand in the sugar cane crusher.", "in the sugar cane crusher"),
])
def test_distinctive_details_and_their_tails(text, detail):
    assert _covered(text, detail)


@pytest.mark.parametrize("text, part", [
    ("I am the one who called you yesterday, at 5 pm.", "the one who called"),
    ("She said it was the man who paid, with cash.", "with cash"),
    ("He came first, in a matatu, with his bag.", "in a matatu"),
    ("mtoto mmoja tu alikuja", "mtoto mmoja tu"),
])
def test_ordinary_descriptions_are_not_quasi_identifiers(text, part):
    assert not _touched(text, part, EntityType.QUASI_IDENTIFIER)


@pytest.mark.parametrize("text, name", [
    ("The boys fished off Mageta island for a month.", "Mageta island"),
    ("We waited at Tuskys parking until dark.", "Tuskys parking"),
    ("tukutane kamukunji sports ground saa nne", "kamukunji sports ground"),
    ("niko al nahda district bado", "al nahda district"),
    ("The Directorate of Immigration Services kept her passport.", "Directorate of Immigration Services"),
    ("She was referred to Wanawake for Legal Rights in Kisumu.", "Wanawake for Legal Rights"),
])
def test_places_and_bodies_with_heads_in_either_case(text, name):
    assert _covered(text, name)


@pytest.mark.parametrize("text, part", [
    ("He spoke about human rights and justice at length.", "human rights"),
    ("We played on the ground near the island.", "the ground"),
    ("They met in the parking and left.", "the parking"),
])
def test_ordinary_heads_alone_are_not_names(text, part):
    assert not _touched(text, part)


@pytest.mark.parametrize("text, name", [
    ('The driver was a man we only knew as "the Captain", who wore a red cap.', "Captain"),
    ('Kiprop Bett, "KB", also "Simba", owned the lorry.', "Simba"),
    ("Wanamwita 'Kadogo' kwa sababu ni mfupi.", "Kadogo"),
    ("Sina zaidi ya kusema.\nSahihi: W.W.\nImeandikwa na: PC Otieno", "W.W."),
    ("I have nothing to add.\nSigned: Dr. Halima Abdi\nDate: 3/4/2024", "Halima Abdi"),
    ("Alipofika, JN alichukua pasipoti yangu.", "JN"),
    ("Later PW said we would be paid on Friday.", "PW"),
])
def test_nicknames_signatures_and_capitals_that_act(text, name):
    assert _covered(text, name, EntityType.PERSON)


@pytest.mark.parametrize("text, part", [
    ("Signed: Dr. Halima Abdi", "Dr"),
    ('She was known to all as "Madam Rose".', "Madam"),
    ("KRA alichukua mzigo wote pale mpakani.", "KRA"),
    ("The OCS said the file was closed.", "OCS"),
    ("ID ilipotea njiani.", "ID"),
])
def test_titles_and_offices_stay_out_of_nicknames_and_initials(text, part):
    assert not _touched(text, part, EntityType.PERSON)
