"""Each ILO indicator of forced labour, in English and in Swahili: found where the text shows
it, with the sentence as evidence, and not found where the text negates it or says the opposite.

These sentences are not in the development set the rules were written against."""

from __future__ import annotations

import pytest

from haart_archive.screening import screen

# (indicator, language, text that shows it, text that negates it or shows the opposite)
CASES = [
    ("abuse_of_vulnerability", "en",
     "The employer took advantage of her situation: she was an orphan with nowhere to go, "
     "and he made her work without pay.",
     "She is an orphan and lives with her grandmother, who pays her school fees."),
    ("abuse_of_vulnerability", "sw",
     "Mwajiri alitumia shida zake kwa sababu alijua hana mahali pa kwenda, akamlazimisha kufanya kazi bila malipo.",
     "Yeye ni yatima na anaishi na bibi yake ambaye humlipia karo."),
    ("deception", "en",
     "The recruiter lied to him about the job: it was not a security post at a mall but herding camels in the desert.",
     "The job in the hotel was exactly as promised in her contract, and she was paid as agreed."),
    ("deception", "sw",
     "Alidanganywa na wakala kwamba angefanya kazi ya hoteli Qatar, kumbe alipelekwa kufanya kazi za nyumbani.",
     "Kazi ya hoteli ilikuwa kama alivyoahidiwa na alilipwa kila mwezi."),
    ("restriction_of_movement", "en",
     "At the farm the workers were locked inside the compound every night and a guard watched the gate.",
     "She worked as a cook and was free to leave the house whenever she wanted."),
    ("restriction_of_movement", "sw",
     "Kazini alifungiwa ndani ya nyumba na hakuruhusiwa kutoka nje hata siku moja.",
     "Kazini alikuwa huru kuondoka na alienda nyumbani kila jioni."),
    ("isolation", "en",
     "The madam confiscated her phone and she was not allowed to speak to her family for a year.",
     "At the job she phoned her mother every week and visited her family at Christmas."),
    ("isolation", "sw",
     "Mwajiri alimnyang'anya simu yake na hakuruhusiwa kuwasiliana na wazazi wake.",
     "Kazini aliruhusiwa kuwasiliana na wazazi wake na alizungumza na familia yake kila wiki."),
    ("physical_sexual_violence", "en",
     "The supervisor slapped her and burned her arm with a hot iron when she broke a plate.",
     "She says the employer never beat her or hurt her in any way."),
    ("physical_sexual_violence", "sw",
     "Bosi wake wa shamba alimpiga kwa fimbo na kumchoma kwa pasi.",
     "Alisema mwajiri hakuwahi kumpiga."),
    ("intimidation_threats", "en",
     "The boss threatened to report her to immigration if she complained about the work.",
     "The employer was polite and never threatened the workers."),
    ("intimidation_threats", "sw",
     "Wakala alimtishia kwamba atamuua akijaribu kutoroka kazini.",
     "Mwajiri hakumtishia kamwe wakati wa kazi."),
    ("retention_of_documents", "en",
     "The agency kept his passport and work permit for the whole two years.",
     "He kept his own passport and ID card throughout the contract."),
    ("retention_of_documents", "sw",
     "Mwajiri alishikilia pasipoti yake na kitambulisho chake tangu alipofika.",
     "Hakunyang'anywa pasipoti; alibaki na pasipoti yake muda wote."),
    ("withholding_wages", "en",
     "The owner kept his wages for six months, saying he would pay him when the season ended.",
     "He was paid in full every month and sent money home."),
    ("withholding_wages", "sw",
     "Hakulipwa mshahara wowote kwa miezi minane aliyofanya kazi.",
     "Alilipwa mshahara wake wote kila mwezi kwa wakati."),
    ("debt_bondage", "en",
     "The agent said she owed him 80,000 shillings for the visa and ticket and had to work it off "
     "before she could leave.",
     "She borrowed money from a bank to open a shop and is repaying the loan."),
    ("debt_bondage", "sw",
     "Aliambiwa ana deni la nauli na chakula kwa mwajiri na lazima afanye kazi hadi alimalize.",
     "Alichukua mkopo wa benki kununua ng'ombe na anaulipa kila mwezi."),
    ("abusive_conditions", "en",
     "At the employer's house she slept on the floor of the storeroom and was given only leftovers to eat.",
     "At work she had her own room, a bed and three meals a day."),
    ("abusive_conditions", "sw",
     "Kwa mwajiri alilala sakafuni jikoni na hakupewa chakula cha kutosha.",
     "Kwa mwajiri alikuwa na chumba chake na alipewa chakula cha kutosha."),
    ("excessive_overtime", "en",
     "He worked on the construction site 16 hours a day, seven days a week, with no day off.",
     "He works eight hours a day at the factory and has weekends off."),
    ("excessive_overtime", "sw",
     "Alifanya kazi za nyumbani kuanzia alfajiri hadi usiku wa manane bila kupumzika.",
     "Kazini anafanya kazi masaa manane kwa siku na ana siku ya mapumziko kila wiki."),
]


def _codes(text: str) -> set[str]:
    return {finding.code for finding in screen(text).indicators}


@pytest.mark.parametrize(("code", "language", "shown", "negated"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_an_indicator_is_found_with_its_sentence_and_not_found_when_negated(code, language, shown, negated):
    found = [finding for finding in screen(shown).indicators if finding.code == code]
    assert found, f"{code} not found in: {shown}"
    finding = found[0]
    assert 0 <= finding.start < finding.end <= len(shown)
    assert finding.reason
    assert code not in _codes(negated), f"{code} found in: {negated}"


def test_every_indicator_is_covered_in_both_languages():
    from haart_archive.vocabulary import ILO_INDICATORS

    covered = {(code, language) for code, language, _, _ in CASES}
    assert covered == {(term.code, language) for term in ILO_INDICATORS for language in ("en", "sw")}


@pytest.mark.parametrize(("text", "code"), [
    ("She kept her passport.", "retention_of_documents"),
    ("hakunyang'anywa pasipoti", "retention_of_documents"),
    ("He was free to leave the job.", "restriction_of_movement"),
    ("Kazini alilipwa mshahara wake wote.", "withholding_wages"),
])
def test_the_counter_evidence_named_in_the_issue_is_read_as_counter_evidence(text, code):
    result = screen(text)
    assert code not in {finding.code for finding in result.indicators}
    assert code in {finding.code for finding in result.counter_evidence}


def test_whose_passport_was_kept_decides():
    assert "retention_of_documents" in _codes("The madam kept her passport in a locked drawer.")
    assert "retention_of_documents" not in _codes("She kept her passport in a locked drawer.")


def test_mixed_english_and_swahili():
    text = "Madam alichukua passport yangu na boss hakunilipa salary kwa miezi mitano. Nilikuwa locked ndani ya house."
    assert {"retention_of_documents", "withholding_wages", "restriction_of_movement"} <= _codes(text)


def test_a_labour_dispute_is_not_withholding_of_wages():
    text = ("The cleaner says her salary was paid two weeks late in March and April. She is free to leave and "
            "has complained to the labour office.")
    result = screen(text)
    assert result.verdict == "none" and not result.indicators


def test_late_pay_with_control_is_withholding_of_wages():
    text = "Her salary was always paid late, and the employer kept her passport so that she could not leave."
    assert "withholding_wages" in _codes(text)


def test_a_threat_to_do_something_is_not_the_thing_done():
    codes = _codes("At work the boss threatened to take her passport if she complained.")
    assert "intimidation_threats" in codes and "retention_of_documents" not in codes


def test_hedged_evidence_is_marked_as_said_with_doubt():
    result = screen("She worked for a family in Kiambu. Maybe the madam kept her ID card, she is not sure.")
    finding = next(f for f in result.indicators if f.code == "retention_of_documents")
    assert finding.hedged and "doubt" in finding.reason
