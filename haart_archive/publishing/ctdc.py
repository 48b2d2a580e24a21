"""Case records and the variables of a partner export, aligned with the CTDC standard.

The Counter Trafficking Data Collaborative (CTDC) publishes case-level data with a fixed
set of variables: year of registration, gender, broad age band, majority status,
citizenship, country of exploitation, and 0/1 flags for the form of exploitation
(``is...``), type of labour, means of control and recruiter relation. A CaseRecord holds
the finest values the archive may share; ``to_row`` turns it into one export row at a
chosen level of generalisation. There is no free text anywhere: every value is a code
from the package's vocabularies, an ISO 3166-1 country code, a region name or a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.vocabulary import (
    EXPLOITATION_FORMS,
    ILO_INDICATORS,
    RECRUITER_RELATIONS,
    SECTORS,
    Term,
    codes,
)

GENDERS = {"female": "Female", "male": "Male", "other": "Other", "unknown": "Unknown"}
UNKNOWN_COUNTRY = "ZZ"  # ISO 3166 user-assigned code, used here for "not known"
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")

# CTDC's broad age bands (ageBroad), lower bound inclusive.
AGE_BANDS: tuple[tuple[int, str], ...] = (
    (0, "0--8"), (9, "9--17"), (18, "18--20"), (21, "21--23"), (24, "24--26"),
    (27, "27--29"), (30, "30--38"), (39, "39--47"), (48, "48+"),
)  # fmt: skip
ADULT_AGE = 18
PERIOD_YEARS = 5

# UN M49 regions (sub-regions for Africa and Asia, where most of HAART's cases are).
_REGION_MEMBERS = {
    "Eastern Africa": "KE UG TZ RW BI SO ET ER DJ SS MG MW MZ ZM ZW MU SC KM RE YT",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Southern Africa": "BW LS NA ZA SZ",
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG",
    "Western Asia": "SA AE QA KW BH OM YE IQ JO LB SY IL PS TR AM AZ GE CY",
    "Southern Asia": "IN PK BD LK NP AF BT MV IR",
    "South-eastern Asia": "ID MY PH TH VN MM KH LA SG BN TL",
    "Eastern Asia": "CN JP KR KP MN TW HK MO",
    "Central Asia": "KZ KG TJ TM UZ",
    "Europe": (
        "GB IE FR DE IT ES PT NL BE LU CH AT PL CZ SK HU RO BG GR SE NO DK FI IS EE LV LT "
        "UA BY RU MD RS HR SI BA ME MK AL MT"
    ),
    "Northern America": "US CA",
    "Latin America and the Caribbean": "MX BR AR CL CO PE VE EC BO PY UY GT HN SV NI CR PA CU DO HT JM TT",
    "Oceania": "AU NZ PG FJ",
}
COUNTRY_REGION = {
    code: region for region, members in _REGION_MEMBERS.items() for code in members.split()
}
OTHER_REGION = "Other region"
UNKNOWN_REGION = "Unknown"
REGIONS = (*_REGION_MEMBERS, OTHER_REGION, UNKNOWN_REGION)


def _flags(terms: tuple[Term, ...]) -> tuple[str, ...]:
    """The distinct CTDC flags of a vocabulary, in vocabulary order."""
    return tuple(dict.fromkeys(entry.ctdc_flag for entry in terms))


EXPLOITATION_FLAGS = _flags(EXPLOITATION_FORMS)
LABOUR_FLAGS = _flags(SECTORS)
MEANS_FLAGS = _flags(ILO_INDICATORS)
RECRUITER_FLAGS = _flags(RECRUITER_RELATIONS)


class Generalisation(StrEnum):
    """One step of coarsening an export may take to reach k-anonymity."""

    AGE_TO_MAJORITY = "age band withheld; majority status (adult or minor) kept"
    YEAR_TO_PERIOD = f"year of registration replaced by a {PERIOD_YEARS}-year period"
    CITIZENSHIP_TO_REGION = "citizenship replaced by world region"
    COUNTRY_TO_REGION = "country of exploitation replaced by world region"
    MEANS_WITHHELD = "means of control withheld"
    LABOUR_WITHHELD = "type of labour withheld"
    RECRUITER_WITHHELD = "recruiter relation withheld"


@dataclass(frozen=True)
class CaseRecord:
    """The shareable facts of one testimony, derived by the archive from its metadata.

    ``age`` is the age at exploitation in years (never exported as such, only as a band);
    ``minor`` may say whether the person was under 18 when the age is not known.
    Countries are ISO 3166-1 alpha-2 codes ("KE", "SA"; "ZZ" when not known). The sets
    hold codes from haart_archive.vocabulary. Raises InvalidInput on any other value, so
    no free text can slip into an export.
    """

    year: int
    gender: str
    age: int | None
    citizenship: str
    country_of_exploitation: str
    exploitation: frozenset[str] = field(default_factory=frozenset)
    sectors: frozenset[str] = field(default_factory=frozenset)
    indicators: frozenset[str] = field(default_factory=frozenset)
    recruiter_relation: str = "unknown"
    minor: bool | None = None

    def __post_init__(self) -> None:
        for name in ("exploitation", "sectors", "indicators"):
            object.__setattr__(self, name, frozenset(getattr(self, name)))
        _check(isinstance(self.year, int) and 1990 <= self.year <= 2100, "year")
        _check(self.gender in GENDERS, "gender")
        _check(self.age is None or (isinstance(self.age, int) and 0 <= self.age <= 120), "age")
        for name in ("citizenship", "country_of_exploitation"):
            _check(bool(_COUNTRY_CODE.match(getattr(self, name))), name.replace("_", " "))
        _check(self.exploitation <= set(codes("exploitation")), "form of exploitation")
        _check(self.sectors <= set(codes("sector")), "sector")
        _check(self.indicators <= set(codes("ilo_indicator")), "ILO indicator")
        _check(self.recruiter_relation in codes("recruiter_relation"), "recruiter relation")
        if self.age is not None and self.minor is not None:
            _check(self.minor == (self.age < ADULT_AGE), "minor status (it contradicts the age)")

    def is_minor(self) -> bool | None:
        return self.age < ADULT_AGE if self.age is not None else self.minor


def _check(ok: bool, what: str) -> None:
    if not ok:
        raise InvalidInput(Message(
            "A case record for the partner export has an invalid {what}.",
            what=what,
        ))


def age_band(age: int | None) -> str:
    if age is None:
        return "Unknown"
    return [label for lower, label in AGE_BANDS if age >= lower][-1]


def period(year: int) -> str:
    start = year - year % PERIOD_YEARS
    return f"{start}-{start + PERIOD_YEARS - 1}"


def region(country: str) -> str:
    if country == UNKNOWN_COUNTRY:
        return UNKNOWN_REGION
    return COUNTRY_REGION.get(country, OTHER_REGION)


def _flag_values(
    codes_held: frozenset[str], terms: tuple[Term, ...], flags: tuple[str, ...], withheld: bool
) -> dict[str, int | None]:
    if withheld:
        return dict.fromkeys(flags)
    raised = {entry.ctdc_flag for entry in terms if entry.code in codes_held}
    return {flag: int(flag in raised) for flag in flags}


def to_row(record: CaseRecord, steps: frozenset[Generalisation] = frozenset()) -> dict:
    """One export row, with the given generalisation steps applied.

    A withheld value is None (empty in CSV, null in JSON).
    """
    step = steps.__contains__
    minor = record.is_minor()
    row: dict = {
        "yearOfRegistration": period(record.year)
        if step(Generalisation.YEAR_TO_PERIOD)
        else str(record.year),
        "gender": GENDERS[record.gender],
        "ageBroad": None if step(Generalisation.AGE_TO_MAJORITY) else age_band(record.age),
        "majorityStatus": "Unknown" if minor is None else ("Minor" if minor else "Adult"),
        "citizenship": _place(record.citizenship, step(Generalisation.CITIZENSHIP_TO_REGION)),
        "CountryOfExploitation": _place(
            record.country_of_exploitation, step(Generalisation.COUNTRY_TO_REGION)
        ),
    }
    row |= _flag_values(record.exploitation, EXPLOITATION_FORMS, EXPLOITATION_FLAGS, False)
    row |= _flag_values(record.sectors, SECTORS, LABOUR_FLAGS, step(Generalisation.LABOUR_WITHHELD))
    row |= _flag_values(
        record.indicators, ILO_INDICATORS, MEANS_FLAGS, step(Generalisation.MEANS_WITHHELD)
    )
    row |= _flag_values(
        frozenset({record.recruiter_relation}),
        RECRUITER_RELATIONS,
        RECRUITER_FLAGS,
        step(Generalisation.RECRUITER_WITHHELD),
    )
    return row


def _place(country: str, generalise: bool) -> str:
    if generalise:
        return region(country)
    return "Unknown" if country == UNKNOWN_COUNTRY else country


@dataclass(frozen=True)
class DictionaryEntry:
    """One variable of the export: its name, what it means, and the values it takes."""

    variable: str
    description: str
    values: str


_FLAG_VALUES = "1 = yes, 0 = no; empty when withheld to protect anonymity"
_COUNTRY_VALUES = "ISO 3166-1 alpha-2 code, 'Unknown', or when generalised a region: " + "; ".join(
    REGIONS
)


def _flag_entries(
    flags: tuple[str, ...], terms: tuple[Term, ...], what: str
) -> list[DictionaryEntry]:
    entries = []
    for flag in flags:
        labels = ", ".join(entry.label for entry in terms if entry.ctdc_flag == flag)
        entries.append(DictionaryEntry(flag, f"{what}: {labels}", _FLAG_VALUES))
    return entries


DATA_DICTIONARY: tuple[DictionaryEntry, ...] = (
    DictionaryEntry(
        "yearOfRegistration",
        "Year the testimony was registered with HAART",
        f"a year such as 2023, or when generalised a {PERIOD_YEARS}-year period such as 2020-2024",
    ),
    DictionaryEntry("gender", "Gender of the survivor", ", ".join(GENDERS.values())),
    DictionaryEntry(
        "ageBroad",
        "Age band at exploitation (CTDC bands)",
        ", ".join(label for _, label in AGE_BANDS) + ", Unknown; empty when withheld",
    ),
    DictionaryEntry(
        "majorityStatus", "Adult (18 or over) or minor at exploitation", "Adult, Minor, Unknown"
    ),
    DictionaryEntry("citizenship", "Citizenship of the survivor", _COUNTRY_VALUES),
    DictionaryEntry(
        "CountryOfExploitation", "Country where the exploitation took place", _COUNTRY_VALUES
    ),
    *_flag_entries(
        EXPLOITATION_FLAGS,
        EXPLOITATION_FORMS,
        "Form of exploitation (Counter-Trafficking in Persons Act 2010)",
    ),
    *_flag_entries(LABOUR_FLAGS, SECTORS, "Type of labour"),
    *_flag_entries(
        MEANS_FLAGS, ILO_INDICATORS, "Means of control (ILO indicator of forced labour)"
    ),
    *_flag_entries(
        RECRUITER_FLAGS, RECRUITER_RELATIONS, "Relation of the recruiter to the survivor"
    ),
)
COLUMNS: tuple[str, ...] = tuple(entry.variable for entry in DATA_DICTIONARY)


def allowed(variable: str, value) -> bool:
    """Whether a value is one the data dictionary allows for that variable."""
    if variable in ("citizenship", "CountryOfExploitation"):
        return value in REGIONS or value == "Unknown" or bool(_COUNTRY_CODE.match(str(value)))
    if variable == "yearOfRegistration":
        return bool(re.fullmatch(r"\d{4}(-\d{4})?", str(value)))
    if variable == "gender":
        return value in GENDERS.values()
    if variable == "ageBroad":
        return value is None or value == "Unknown" or value in {label for _, label in AGE_BANDS}
    if variable == "majorityStatus":
        return value in ("Adult", "Minor", "Unknown")
    return value in (0, 1, None) and variable in COLUMNS
