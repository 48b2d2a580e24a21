"""Controlled vocabularies that ship with the package.

Codes are stable identifiers stored in records and used on the command line; labels are
what people read (English and Swahili).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """One entry of a controlled vocabulary."""

    code: str
    label: str
    label_sw: str = ""
    ctdc_flag: str = ""

    def label_in(self, language: str) -> str:
        return self.label_sw if language == "sw" and self.label_sw else self.label


# The 11 ILO indicators of forced labour (ILO, 2012).
ILO_INDICATORS: tuple[Term, ...] = (
    Term("abuse_of_vulnerability", "Abuse of vulnerability", "Kutumia udhaifu", "meansAbuseOfVulnerability"),
    Term("deception", "Deception", "Udanganyifu", "meansFalsePromises"),
    Term("restriction_of_movement", "Restriction of movement", "Kuzuiwa kutembea", "meansRestrictsMovement"),
    Term("isolation", "Isolation", "Kutengwa", "meansIsolation"),
    Term(
        "physical_sexual_violence",
        "Physical and sexual violence",
        "Ukatili wa kimwili na kingono",
        "meansPhysicalAbuse",
    ),
    Term("intimidation_threats", "Intimidation and threats", "Vitisho", "meansThreats"),
    Term(
        "retention_of_documents", "Retention of identity documents", "Kunyang'anywa vitambulisho", "meansWithholdsDocs"
    ),
    Term("withholding_wages", "Withholding of wages", "Kuzuiliwa mshahara", "meansWithholdsNecessities"),
    Term("debt_bondage", "Debt bondage", "Utumwa wa madeni", "meansDebtBondageEarnings"),
    Term(
        "abusive_conditions",
        "Abusive working and living conditions",
        "Mazingira mabaya ya kazi na makazi",
        "meansExcessiveWorkingHours",
    ),
    Term("excessive_overtime", "Excessive overtime", "Saa nyingi za ziada", "meansExcessiveWorkingHours"),
)

# Forms of exploitation in Kenya's Counter-Trafficking in Persons Act 2010 (s. 2 and 3),
# mapped to the Counter Trafficking Data Collaborative's `is...` flags.
EXPLOITATION_FORMS: tuple[Term, ...] = (
    Term("forced_labour", "Forced labour", "Kazi ya kulazimishwa", "isForcedLabour"),
    Term("domestic_servitude", "Domestic servitude", "Utumwa wa kazi za nyumbani", "isForcedLabour"),
    Term("sexual_exploitation", "Sexual exploitation", "Unyonyaji wa kingono", "isSexualExploit"),
    Term("child_sexual_exploitation", "Child sexual exploitation", "Unyonyaji wa kingono wa watoto", "isSexualExploit"),
    Term("forced_marriage", "Forced or early marriage", "Ndoa ya kulazimishwa au ya mapema", "isForcedMarriage"),
    Term("slavery", "Slavery or practices similar to slavery", "Utumwa", "isSlaveryAndPractices"),
    Term("servitude", "Servitude", "Utwana", "isForcedLabour"),
    Term("forced_begging", "Forced begging", "Kuombaomba kwa kulazimishwa", "isForcedLabour"),
    Term("forced_criminality", "Use in criminal activity", "Kutumiwa katika uhalifu", "isForcedCriminality"),
    Term("organ_removal", "Removal of organs or body parts", "Kuondolewa kwa viungo", "isOrganRemoval"),
    Term("child_soldiers", "Use of children in armed conflict", "Kutumiwa kwa watoto vitani", "isForcedMilitary"),
    Term("pornography", "Pornography", "Ponografia", "isSexualExploit"),
)

SECTORS: tuple[Term, ...] = (
    Term("domestic_work", "Domestic work", "Kazi za nyumbani", "typeOfLabourDomesticWork"),
    Term("agriculture", "Agriculture", "Kilimo", "typeOfLabourAgriculture"),
    Term("fishing", "Fishing", "Uvuvi", "typeOfLabourFishing"),
    Term("construction", "Construction", "Ujenzi", "typeOfLabourConstruction"),
    Term("hospitality", "Hospitality (hotels, bars, restaurants)", "Hoteli na mikahawa", "typeOfLabourHospitality"),
    Term("manufacturing", "Manufacturing", "Viwanda", "typeOfLabourManufacturing"),
    Term("mining", "Mining and quarrying", "Uchimbaji madini", "typeOfLabourMiningOrDrilling"),
    Term("begging", "Begging", "Kuombaomba", "typeOfLabourBegging"),
    Term("sex_industry", "Sex industry", "Biashara ya ngono", "typeOfSexProstitution"),
    Term("transport", "Transport", "Usafiri", "typeOfLabourTransportation"),
    Term("retail", "Retail and street vending", "Biashara ndogondogo", "typeOfLabourPeddling"),
    Term("other", "Other", "Nyingine", "typeOfLabourOther"),
)

RECRUITER_RELATIONS: tuple[Term, ...] = (
    Term("intimate_partner", "Intimate partner", "Mpenzi", "recruiterRelationIntimatePartner"),
    Term("friend", "Friend", "Rafiki", "recruiterRelationFriend"),
    Term("family", "Family member or relative", "Ndugu", "recruiterRelationFamily"),
    Term("employment_agency", "Employment agency", "Wakala wa ajira", "recruiterRelationOther"),
    Term("other", "Other", "Mwingine", "recruiterRelationOther"),
    Term("unknown", "Unknown", "Haijulikani", "recruiterRelationUnknown"),
)

PUSH_FACTORS: tuple[Term, ...] = (
    Term("poverty", "Poverty", "Umaskini"),
    Term("unemployment", "Unemployment or search for work", "Ukosefu wa ajira"),
    Term("family_pressure", "Family pressure or obligations", "Shinikizo la familia"),
    Term("education_costs", "School fees and education costs", "Karo na gharama za elimu"),
    Term("violence_at_home", "Violence at home", "Ukatili nyumbani"),
    Term("displacement", "Displacement, drought or conflict", "Kuhama kwa sababu ya ukame au vita"),
    Term("debt", "Debt", "Madeni"),
)

# The 47 counties of Kenya (Constitution of Kenya 2010, First Schedule), in schedule order.
COUNTIES: tuple[Term, ...] = tuple(
    Term(name.lower().replace(" ", "_").replace("-", "_").replace("'", ""), name, name)
    for name in (
        "Mombasa", "Kwale", "Kilifi", "Tana River", "Lamu", "Taita-Taveta", "Garissa", "Wajir",
        "Mandera", "Marsabit", "Isiolo", "Meru", "Tharaka-Nithi", "Embu", "Kitui", "Machakos",
        "Makueni", "Nyandarua", "Nyeri", "Kirinyaga", "Murang'a", "Kiambu", "Turkana",
        "West Pokot", "Samburu", "Trans-Nzoia", "Uasin Gishu", "Elgeyo-Marakwet", "Nandi",
        "Baringo", "Laikipia", "Nakuru", "Narok", "Kajiado", "Kericho", "Bomet", "Kakamega",
        "Vihiga", "Bungoma", "Busia", "Siaya", "Kisumu", "Homa Bay", "Migori", "Kisii",
        "Nyamira", "Nairobi",
    )
)

PERSON_ROLES: tuple[Term, ...] = (
    Term("survivor", "Survivor", "Manusura"),
    Term("relative", "Relative", "Ndugu"),
    Term("recruiter", "Recruiter", "Mwajiri wa kuajiri"),
    Term("employer", "Employer", "Mwajiri"),
    Term("witness", "Witness", "Shahidi"),
    Term("officer", "Officer", "Afisa"),
)

LANGUAGES: tuple[Term, ...] = (
    Term("en", "English", "Kiingereza"),
    Term("sw", "Swahili", "Kiswahili"),
    Term("mixed", "Mixed English and Swahili", "Mchanganyiko"),
)

# Case facts kept for statistics (public tier): the survivor's sex, age band when the
# exploitation began, the country of destination and the route taken there.
SEXES: tuple[Term, ...] = (
    Term("female", "Female", "Mwanamke"),
    Term("male", "Male", "Mwanamume"),
    Term("other", "Other", "Nyingine"),
)

AGE_BANDS: tuple[Term, ...] = (
    Term("0_11", "Under 12", "Chini ya miaka 12"),
    Term("12_17", "12 to 17", "Miaka 12 hadi 17"),
    Term("18_24", "18 to 24", "Miaka 18 hadi 24"),
    Term("25_34", "25 to 34", "Miaka 25 hadi 34"),
    Term("35_plus", "35 and over", "Miaka 35 na zaidi"),
)

# ISO 3166-1 alpha-2 codes of the destinations HAART sees most; "other" for the rest.
DESTINATION_COUNTRIES: tuple[Term, ...] = (
    Term("KE", "Kenya (within the country)", "Kenya (ndani ya nchi)"),
    Term("SA", "Saudi Arabia", "Saudi Arabia"),
    Term("AE", "United Arab Emirates", "Falme za Kiarabu"),
    Term("QA", "Qatar", "Qatar"),
    Term("OM", "Oman", "Oman"),
    Term("KW", "Kuwait", "Kuwait"),
    Term("BH", "Bahrain", "Bahrain"),
    Term("LB", "Lebanon", "Lebanon"),
    Term("JO", "Jordan", "Jordan"),
    Term("IQ", "Iraq", "Iraq"),
    Term("UG", "Uganda", "Uganda"),
    Term("TZ", "Tanzania", "Tanzania"),
    Term("SS", "South Sudan", "Sudan Kusini"),
    Term("ET", "Ethiopia", "Ethiopia"),
    Term("SO", "Somalia", "Somalia"),
    Term("CN", "China", "China"),
    Term("other", "Another country", "Nchi nyingine"),
)

ROUTES: tuple[Term, ...] = (
    Term("internal", "Within Kenya", "Ndani ya Kenya"),
    Term("air_nairobi", "By air from Nairobi", "Kwa ndege kutoka Nairobi"),
    Term("air_mombasa", "By air from Mombasa", "Kwa ndege kutoka Mombasa"),
    Term("overland_uganda", "Overland through Uganda", "Kwa barabara kupitia Uganda"),
    Term("overland_tanzania", "Overland through Tanzania", "Kwa barabara kupitia Tanzania"),
    Term("overland_ethiopia", "Overland through Ethiopia", "Kwa barabara kupitia Ethiopia"),
    Term("sea", "By sea", "Kwa bahari"),
    Term("other", "Another route", "Njia nyingine"),
)

VOCABULARIES: dict[str, tuple[Term, ...]] = {
    "ilo_indicator": ILO_INDICATORS,
    "exploitation": EXPLOITATION_FORMS,
    "sector": SECTORS,
    "recruiter_relation": RECRUITER_RELATIONS,
    "push_factor": PUSH_FACTORS,
    "county": COUNTIES,
    "person_role": PERSON_ROLES,
    "language": LANGUAGES,
    "sex": SEXES,
    "age_band": AGE_BANDS,
    "destination_country": DESTINATION_COUNTRIES,
    "route": ROUTES,
}


def term(vocabulary: str, code: str) -> Term:
    """Look up one term; raise KeyError naming the vocabulary when the code is unknown."""
    for entry in VOCABULARIES[vocabulary]:
        if entry.code == code:
            return entry
    raise KeyError(f"'{code}' is not a known {vocabulary.replace('_', ' ')}")


def codes(vocabulary: str) -> list[str]:
    return [entry.code for entry in VOCABULARIES[vocabulary]]
