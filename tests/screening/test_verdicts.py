"""Verdicts, the child rule, trafficking hidden inside other crimes, hard negatives, and the
shape of what `screen` returns. None of these notes is in the development set."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from haart_archive.errors import InvalidInput
from haart_archive.screening import screen
from haart_archive.vocabulary import codes

STRONG = [
    # a recruited domestic worker in the Gulf
    "Client reports that she went to Lebanon through an agency in Nairobi. The sponsor took her passport and "
    "residence card 'for safekeeping'. She was only allowed one meal a day and the house was locked whenever "
    "the family went out.",
    # Swahili: promised a hotel job, made to sleep with men, debt
    "Aliahidiwa kazi ya mhudumu Malindi lakini alipofika alilazimishwa kulala na wageni, na mwenye nyumba "
    "alisema ana deni la nauli.",
    # Sheng: promised a job, taken to a flower farm, unpaid, ID held
    "Jamaa alikuja kunipromise job ya watchman kwa Nairobi, lakini nilipofika alinipeleka kwa shamba ya maua "
    "Naivasha. Hatukuwa tunalipwa, na supervisor alikuwa anatushika ID zetu.",
]
HARD_NEGATIVES = [
    # labour dispute
    "A casual labourer at a construction site says he was paid 200 shillings less than promised last Friday. "
    "He has reported the foreman to the site manager.",
    # theft with no control
    "Mfanyakazi wa nyumbani alishtakiwa kwa kuiba vito vya mwajiri wake. Alikuwa akilipwa kila mwezi na alikuwa "
    "na siku ya mapumziko kila Jumapili.",
    # voluntary migration
    "The applicant, 28, worked as a cleaner in Doha on a two-year contract arranged by a licensed agency. She had "
    "her own phone, kept her documents and was paid monthly. She returned home when the contract ended.",
    # domestic violence
    "Mama huyu analalamika kwamba mumewe humpiga na hampi pesa za matumizi. Anataka kurudi kwa wazazi wake.",
    "She says her boyfriend took her phone and would not let her see her friends.",
    # a job fraud that went nowhere
    "He paid 20,000 shillings to a man who promised him a job in Germany; the man disappeared with the money and "
    "he never travelled.",
]
DISGUISED = [
    # theft by a house help
    ("Theft case, Kasarani: a house help, 17, is accused of taking 3,000 shillings from her employer. She says she "
     "was brought from Siaya by a neighbour, has not been paid since January and is locked in when the family "
     "travels.", "strong", True),
    # a rape report from a girl kept in a lodging
    ("Rape case, Nakuru: the complainant, aged 14, says she had been living with a woman who collected her from "
     "Eldoret bus station and told her she would work in a salon. Instead, men were brought to the house at night "
     "and the woman took the money they paid.", "strong", True),
    # a boy arrested for pickpocketing for a gang
    ("Kijana wa miaka 13 alikamatwa akiiba mifukoni Kisumu. Anasema jamaa mmoja alimleta kutoka Busia na "
     "humtuma kuiba kila siku, na humpiga asipoleta pesa zote.", "strong", True),
    # drugs carried under threat
    ("Alikamatwa JKIA akiwa na heroin. Anasema mwanaume mmoja alimlipia tiketi ya ndege na kumtishia kwamba familia "
     "yake itauawa akikataa kubeba dawa hizo.", "strong", None),
]


FIRST_PERSON = [
    ("I was 17 when a lady at church told me about a job in a restaurant in Mombasa. When I got there, the restaurant "
     "was a bar and she said I must dance for customers and go with them. I could not go home because I had no fare "
     "and she said I owed her for the bus.", "strong", True),
    ("My brother-in-law took me to Saudi through an office in Eastleigh. The madam hid my passport. I washed, cooked "
     "and looked after four children from morning to 1am. They paid me for two months then stopped.", "strong", None),
    ("I worked as a waitress in Westlands for two years. The manager sometimes shouted at us, but we were paid every "
     "end month and I left when I got a better job.", "none", None),
    ("Niliajiriwa kama mfanyakazi wa ndani Kilimani. Mama alikuwa ananilipa elfu nane kila mwezi na Jumapili nilikuwa "
     "napumzika. Niliacha kazi kwa sababu nilitaka kurudi shule.", "none", None),
    ("Nilipokuwa na miaka 14, baba yangu alinipeleka kwa mzee mmoja Narok ili nimwoe. Alipewa ng'ombe na mbuzi. Mzee "
     "huyo alikuwa ananipiga kila siku.", "strong", True),
    ("The client was approached by a man on Facebook who said he could get her a job as a nanny in Poland. She paid "
     "him 150,000 but he blocked her and she is still in Nairobi.", "none", None),
    ("He was 12 when his uncle sent him to Nairobi to live with a family who made him sell sweets in the streets "
     "until late at night and took all the money.", "strong", True),
]


@pytest.mark.parametrize(("text", "verdict", "child"), FIRST_PERSON)
def test_first_person_testimonies(text, verdict, child):
    result = screen(text)
    assert (result.verdict, result.child) == (verdict, child)


@pytest.mark.parametrize("text", STRONG)
def test_the_elements_together_are_a_strong_verdict(text):
    result = screen(text)
    assert result.verdict == "strong"
    assert all(result.elements[name].present for name in ("act", "means", "purpose"))


def test_indicators_without_the_elements_are_some():
    result = screen("She says her employer confiscated her phone and she has not spoken to her family for months.")
    assert result.verdict == "some"
    assert not result.elements["act"].present
    assert "act" in result.explanation["en"].lower() and "Ask:" in result.explanation["en"]
    assert "Uliza:" in result.explanation["sw"]


def test_nothing_is_none_and_says_it_does_not_rule_trafficking_out():
    result = screen("The committee met on Tuesday to plan the youth football tournament.")
    assert result.verdict == "none" and not result.indicators
    assert "does not rule trafficking out" in result.explanation["en"]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_are_none(text):
    assert screen(text).verdict == "none", text


@pytest.mark.parametrize(("text", "verdict", "child"), DISGUISED)
def test_trafficking_inside_other_crimes_is_surfaced(text, verdict, child):
    result = screen(text)
    assert (result.verdict, result.child) == (verdict, child)
    assert result.indicators or result.elements["purpose"].present


def test_for_a_child_act_and_purpose_are_enough():
    text = "A 13-year-old girl from Siaya was brought to Nairobi by a neighbour to work as a house girl for a family."
    result = screen(text)
    assert result.child is True and not result.elements["means"].present
    assert result.verdict == "strong"
    assert "child" in result.explanation["en"] and "mtoto" in result.explanation["sw"]
    adult = screen(text.replace("A 13-year-old girl", "A 25-year-old woman"))
    assert adult.child is False and adult.verdict == "none"


def test_is_child_given_overrides_the_text():
    text = "A man brought her from Kitale to Eldoret to work as a house help."
    assert screen(text).verdict == "none"
    assert screen(text, is_child=True).verdict == "strong"


@pytest.mark.parametrize(("text", "child"), [
    ("Msichana wa darasa la sita alipelekwa mjini.", True),
    ("She was in form two when she left home.", True),
    ("Kijana wa miaka kumi na sita alikamatwa.", True),
    ("She has a 3-year-old son and lives in Kibera.", None),
    ("Mtoto wake ana miaka minne.", None),
    ("The woman, 34, works in a salon.", False),
])
def test_age_of_the_person_not_of_their_children(text, child):
    assert screen(text).child is child


def test_suggested_tags_come_from_the_vocabularies():
    text = ("Because of poverty and to pay her school fees, she accepted an offer from her aunt of a job as a house "
            "help in Nairobi. The employer never paid her and she slept on the kitchen floor.")
    tags = screen(text).suggested_tags
    assert "domestic_servitude" in tags.exploitation
    assert {"poverty", "education_costs"} <= set(tags.push_factors)
    assert tags.recruiter_relation == ("family",)
    assert "domestic_work" in tags.sectors
    assert set(tags.exploitation) <= set(codes("exploitation"))
    assert set(tags.indicators) <= set(codes("ilo_indicator"))
    assert set(tags.push_factors) <= set(codes("push_factor"))
    assert set(tags.sectors) <= set(codes("sector"))


def test_to_dict_is_the_cli_json_schema():
    data = screen(STRONG[0]).to_dict()
    assert set(data) == {"verdict", "elements", "child", "indicators", "suggested_tags", "explanation", "disclaimer"}
    assert data["verdict"] in ("strong", "some", "none")
    assert set(data["elements"]) == {"act", "means", "purpose"}
    for element in data["elements"].values():
        assert set(element) == {"present", "evidence"}
        assert all(set(item) == {"start", "end", "reason"} for item in element["evidence"])
    assert all(set(item) == {"code", "start", "end", "reason"} for item in data["indicators"])
    assert set(data["suggested_tags"]) == {
        "exploitation", "indicators", "push_factors", "recruiter_relation", "sectors"}
    assert set(data["explanation"]) == set(data["disclaimer"]) == {"en", "sw"}
    assert "not a legal finding" in data["disclaimer"]["en"]
    assert "si uamuzi wa kisheria" in data["disclaimer"]["sw"].lower()
    json.dumps(data)


def test_evidence_spans_are_the_sentences_of_the_input():
    text = "Intake notes.\n\nThe madam took her passport. She worked 18 hours a day!  Nobody paid her for a year."
    result = screen(text)
    sentences = {text[f.start:f.end] for f in result.indicators}
    assert sentences == {"The madam took her passport.", "She worked 18 hours a day!", "Nobody paid her for a year."}


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_screens_with_valid_offsets(text):
    data = screen(text).to_dict()
    spans = [(i["start"], i["end"]) for i in data["indicators"]]
    spans += [(e["start"], e["end"]) for el in data["elements"].values() for e in el["evidence"]]
    assert all(0 <= start < end <= len(text) for start, end in spans)


def test_offsets_survive_curly_apostrophes_and_non_latin_letters():
    text = "Ιωάννα 🙂. Mwajiri alinyang\u2019anya pasipoti yake."
    finding = screen(text).indicators[0]
    assert finding.code == "retention_of_documents"
    assert text[finding.start:finding.end] == "Mwajiri alinyang\u2019anya pasipoti yake."


def test_text_that_is_not_text_is_a_clear_error():
    with pytest.raises(InvalidInput):
        screen(5)  # type: ignore[arg-type]


def test_the_language_is_a_hint_that_changes_nothing():
    text = "Madam alichukua passport yangu."
    assert screen(text, language="sw") == screen(text, language="mixed") == screen(text)
