"""Rule families of the third round of issue 14: each with cases that must be found and cases
that must be left alone (the examples are invented; none comes from an evaluation set)."""

from __future__ import annotations

import pytest

from haart_archive.redaction import EntityType, detect


def _covered(text: str, part: str) -> bool:
    start = text.index(part)
    found = detect(text)
    return all(any(s.start <= i < s.end for s in found) for i in range(start, start + len(part))
               if text[i].isalnum())


def _touched(text: str, part: str, kinds=None) -> bool:
    start = text.index(part)
    end = start + len(part)
    return any(s.start < end and s.end > start and (kinds is None or s.type in kinds) for s in detect(text))


@pytest.mark.parametrize("text, number", [
    ("Her ID reads 2l 448 903 on the copy.", "2l 448 903"),
    ("ID nos. 27 118 430 and 3O 551 2l7 were kept.", "3O 551 2l7"),
    ("The card says 2O-417-338 in pen.", "2O-417-338"),
    ("CALL RX-23-0411-002 | 11/04/2023 10:02", "RX-23-0411-002"),
    ("Referred under case MWD-KE-2023-118.", "MWD-KE-2023-118"),
    ("Miscellaneous application E1187 of 2023 was filed.", "E1187 of 2023"),
    ("The trailer ZC 3318 was parked at the weighbridge.", "ZC 3318"),
    ("Birth certificate no.: C 5512098", "C 5512098"),
    ("Imeandikwa na Konstebo Wairimu, Na. 88214.", "88214"),
])
def test_reference_numbers_in_the_shapes_offices_write_them(text, number):
    assert _covered(text, number)


@pytest.mark.parametrize("text, part", [
    ("She was in Form 2 in 2019 when COVID-19 came.", "COVID-19"),
    ("The A-104 road to Eldoret was closed.", "A-104"),
    ("He paid 3 of 20 instalments.", "3 of 20"),
    ("Bring Form 3O 12 and the rest.", "Bring"),
])
def test_short_codes_and_counts_are_not_reference_numbers(text, part):
    assert not _touched(text, part, {EntityType.ACCOUNT_NUMBER, EntityType.NATIONAL_ID, EntityType.VEHICLE_PLATE})


@pytest.mark.parametrize("text, age", [
    ("Binti yake, mwenye miaka minane, alibaki nyumbani.", "minane"),
    ("Alikuwa na umri wa miaka ishirini na mitano wakati ule.", "ishirini na mitano"),
    ("Umri: miaka 31 (thelathini na moja)", "thelathini na moja"),
    ("Age: 15 years (fifteen)", "fifteen"),
    ("the smallest one is about 9\nnext line", "9"),
    ("a Turkana girl, perhaps 14, from Lodwar", "14"),
    ("niache. mimi ni 20 sasa", "20"),
    ("ur 16 na hujui kitu", "16"),
    ("i'm 17 still, i can't sign", "17"),
    ("She will turn 16 in June.", "16"),
    ("Wanted: girls, age 18-25, for hotels.", "25"),
    ("Akoth (claims 19, looks about 14) was there.", "19"),
    ('The boy known as "Kadogo" (11) sells water.', "11"),
])
def test_ages_as_chats_forms_and_adverts_write_them(text, age):
    assert _covered(text, age)


@pytest.mark.parametrize("text, number", [
    ("I am 5 minutes away from the stage.", "5"),
    ("I am 2 and a half hours late.", "2"),
    ("We met at about 11\nthen left.", "11"),
    ("She says 3 men came at night.", "3"),
    ("Nilirudi baada ya miaka mitatu iliyopita.", "mitatu"),
])
def test_times_counts_and_durations_stay_out_of_ages(text, number):
    assert not _touched(text, number, {EntityType.AGE})


@pytest.mark.parametrize("text, detail", [
    ("Marks: a scar across the right palm, from a panga in 2019 (see notes)", "from a panga in 2019"),
    ("She smiles with a gap where two front teeth were pulled.", "gap where two front teeth"),
    ("He has two missing front teeth since the fight.", "missing front teeth"),
    ("Wanjiku alipigwa hadi akavunjika, sasa hana meno ya mbele.", "hana meno"),
    ("On examination: absence of the right little finger.", "absence of the right little finger"),
    ("Amina hawezi kusikia vizuri tangu alipopigwa.", "hawezi kusikia"),
    ("The boy has tribal marks on both cheeks.", "tribal marks"),
    ("Lokiru ana alama za kimila kwenye mashavu.", "alama za kimila"),
    ("She is the wife of the pastor of the local church.", "wife of the pastor"),
    ("Binti wa chifu wa kata hiyo alimsaidia.", "Binti wa chifu"),
    ("Mume wake ni mkuu wa kituo cha polisi hapo.", "mkuu wa kituo"),
    ("Yeye ni mpishi pekee wa kiume katika hoteli hiyo.", "mpishi pekee wa kiume"),
])
def test_quasi_identifiers_of_teeth_hearing_marks_kin_and_sole_roles(text, detail):
    assert _covered(text, detail)


@pytest.mark.parametrize("text", [
    "There was no gap in her schedule and she brushed her teeth.",
    "Hii ndiyo njia pekee ya kutoka.",
    "The son of a farmer went to school in town.",
    "Nilimpeleka mtoto wa dada yangu sokoni.",
])
def test_ordinary_teeth_ways_and_kin_are_not_quasi_identifiers(text):
    assert not [s for s in detect(text) if s.type == EntityType.QUASI_IDENTIFIER]


@pytest.mark.parametrize("text, name", [
    ("Jina: AMINA HALIMA SAID\nMajina mengine: Mimi; Mama Zuri\nUmri: 30", "Mimi"),
    ("Full name: Rose Atieno\nOther names: Baby, Rosie", "Baby"),
    ("Alias: \"Chalo\" (on the street)", "Chalo"),
    ("Jina la utani: Kabaka\n", "Kabaka"),
    ("My friends call me Simba, not Peter.", "Simba"),
    ("Mtaani wananiita Bara tangu utotoni.", "Bara"),
    ("At the stage, Tommy K, as the drivers called him, took our fare.", "Tommy K"),
    ("I stayed with Wanjiru and joy in one room.", "joy"),
    ("> Please ask Abdi Mo-\n> hamed to call the office.", "Abdi Mo-\n> hamed"),
])
def test_names_from_fields_callings_initials_lists_and_broken_lines(text, name):
    assert _covered(text, name)


@pytest.mark.parametrize("text, word", [
    ("Name: unknown (a tall man in a red cap)", "unknown"),
    ("Faith and hope kept me going.", "hope"),
    ("I will call her tomorrow.", "tomorrow"),
    ("Please call me Monday morning.", "Monday"),
])
def test_empty_fields_virtues_and_call_times_are_not_names(text, word):
    assert not _touched(text, word, {EntityType.PERSON})


def test_a_linked_persons_name_cut_short_is_found():
    from haart_archive.redaction.types import KnownPerson
    person = KnownPerson("survivor", names=("Wanjiru Precious Atieno",), aliases=("Tiffany",), key="p1")
    text = "Wanji, uko wapi? Tiff said she saw you. precious came too."
    found = detect(text, known=[person])
    for part in ("Wanji", "Tiff"):
        start = text.index(part)
        assert any(s.start <= start < s.end and s.person_key == "p1" for s in found), part
    # a short form must be four letters or more, and at most three letters short
    assert not any(s.text == "Wa" for s in found)


CHAT = (
    "12/03/2024, 21:01 - Zawadi: hope yuko wapi?\n"
    "12/03/2024, 21:02 - Wema: hii simu ni ya hope, Hope Chebet wa Eldoret\n"
    "12/03/2024, 21:03 - Wema: I hope she is safe. nakupenda sana wanjiru\n"
    "12/03/2024, 21:04 - Zawadi: huyu kk amefunga mlango. kuna msee anaitwa Baba Tim\n"
    "12/03/2024, 21:05 - Zawadi: umefika salama?\n"
)


@pytest.mark.parametrize("name, occurrence", [("hope", 0), ("hope", 1), ("wanjiru", 0), ("kk", 0)])
def test_lower_case_names_in_a_chat(name, occurrence):
    found = detect(CHAT)
    start = -1
    for _ in range(occurrence + 1):
        start = CHAT.index(name, start + 1)
    assert any(s.start <= start < s.end and s.type == EntityType.PERSON for s in found), (name, occurrence)


@pytest.mark.parametrize("word", ["I hope", "salama", "msee"])
def test_words_in_a_chat_are_not_names(word):
    start = CHAT.index(word) + (2 if word == "I hope" else 0)
    found = detect(CHAT)
    assert not any(s.start <= start < s.end and s.type == EntityType.PERSON for s in found), word


@pytest.mark.parametrize("text, word", [
    ("The statement was read to me in Kiswahili and Lubukusu.", "Lubukusu"),
    ("She saw the advert and wrote to him on WhatsApp.", "WhatsApp"),
    ("Alisema kwa Kikamba kwamba ameumia.", "Kikamba"),
])
def test_languages_and_apps_are_not_names_or_places(text, word):
    assert not _touched(text, word)


@pytest.mark.parametrize("text, name, kind", [
    ("Alipata msaada kutoka shirika la Mwanga Mpya Wasichana.", "Mwanga Mpya Wasichana", EntityType.ORGANIZATION),
    ("ANNUAL VISIT: GREENLEAF FLOWERS (EPZ) LIMITED, NAIVASHA", "GREENLEAF FLOWERS (EPZ) LIMITED",
     EntityType.ORGANIZATION),
    ("Listen to RADIO MWANGAZA YA PWANI 91.2 FM tonight.", "RADIO MWANGAZA YA PWANI 91.2 FM",
     EntityType.ORGANIZATION),
    ("Regards,\nAmina\nTumaini Letu Centre | Nairobi", "Tumaini Letu Centre", EntityType.ORGANIZATION),
    ("She was a pupil at Gatwikira Primary until 2019.", "Gatwikira Primary", EntityType.ORGANIZATION),
    ("Tulilala nje ya ubalozi mdogo wa Kenya mjini Jeddah.", "ubalozi mdogo wa Kenya", EntityType.LOCATION),
    ("Alifika uwanja wa ndege wa Malindi usiku.", "uwanja wa ndege wa Malindi", EntityType.LOCATION),
    ("Walikutana karibu na soko la mifugo la Kiamaiko.", "soko la mifugo la Kiamaiko", EntityType.LOCATION),
    ("We lived in Mukuru kwa Reuben for a year.", "Mukuru kwa Reuben", EntityType.LOCATION),
    ("Tarehe: 14 Shaaban 1445 (24 Februari 2024)", "14 Shaaban 1445", EntityType.DATE),
])
def test_bodies_places_and_dates_named_in_more_ways(text, name, kind):
    start = text.index(name)
    assert _covered(text, name)
    assert any(s.type == kind and s.start <= start < s.end for s in detect(text)), kind


@pytest.mark.parametrize("text, word", [
    ("The oil pipeline was built in 2010.", "pipeline"),
    ("Alikuwa ananionea huruma sana.", "huruma"),
    ("The Primary School was closed for a week.", "Primary School"),
])
def test_words_that_are_also_places_or_heads_stay_words(text, word):
    assert not _touched(text, word)


@pytest.mark.parametrize("text, part", [
    ("Alifanya kazi Dubai kwa miaka mitano kabla ya kurudi.", "miaka mitano"),
    ("Mkuu wa polisi wa kaunti alitoa taarifa kwa wanahabari.", "Mkuu wa polisi"),
    ("Timu ya basketiboli ilishinda mechi jana.", "basketiboli"),
])
def test_durations_officials_in_the_news_and_unknown_words_stay_out(text, part):
    assert not _touched(text, part, {EntityType.AGE, EntityType.QUASI_IDENTIFIER, EntityType.PERSON})


@pytest.mark.parametrize("text, title, name", [
    ("The OCS, Chief Inspector Lemaiyan, raided the lodging.", "Chief Inspector", "Lemaiyan"),
    ("Statement recorded by Cpl. Wanjala Simiyu at the post.", "Cpl", "Wanjala Simiyu"),
    ("Alisaidiwa na Wakili Beatrice Chepngetich jana.", "Wakili", "Beatrice Chepngetich"),
    ("We were received by Madam Rukia in Riyadh.", "Madam", "Rukia"),
])
def test_titles_and_ranks_stay_outside_names(text, title, name):
    assert _covered(text, name)
    assert not _touched(text, title)


@pytest.mark.parametrize("text, name", [
    ("Mama Wanjiku aliniuzia chai.", "Mama Wanjiku"),
    ("Auntie Carol put me on the bus.", "Auntie Carol"),
])
def test_teknonyms_and_kinship_names_stay_whole(text, name):
    assert _covered(text, name)


@pytest.mark.parametrize("text, word", [
    ("Patient states that she was beaten.", "Patient"),
    ("Mteja alipelekwa Muscat na wakala.", "Mteja"),
    ("Wasikilizaji, namba ya msaada ni 1195.", "Wasikilizaji"),
    ("Regards,\nAmina", "Regards"),
])
def test_words_that_open_forms_and_call_logs_are_not_names(text, word):
    assert not _touched(text, word, {EntityType.PERSON})
