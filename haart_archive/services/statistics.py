"""Statistics for advocacy: counts of testimonies from the public tier, small cells suppressed.

Only public-tier values are read (the testimony's profile, the survivor's de-identified
profile, consent events' public part), so every role may make them, advocates included.
Only testimonies whose consent allows research and statistics on the day are counted: the
consent form names statistics as a use a survivor can refuse.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from sqlalchemy import select

from haart_archive.consent.policy import may
from haart_archive.consent.terms import Use
from haart_archive.context import Context
from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.services.consent import ConsentRecords
from haart_archive.statistics.counting import count_by
from haart_archive.statistics.suppression import DEFAULT_K
from haart_archive.store.models import Person, Testimony, TestimonyPerson
from haart_archive.types.statistics import NOT_RECORDED, StatisticsTable, parse_fields

_TAG_FIELDS = {
    "exploitation": "exploitation", "push_factor": "push_factors", "recruitment": "recruitment",
    "indicator": "indicators", "sector": "sectors",
}
_AGE_BANDS = ((12, "0_11"), (18, "12_17"), (25, "18_24"), (35, "25_34"))


class Statistics:
    """Counts by one or two fields, through the signed-in user's public key."""

    def __init__(self, context: Context, consent: ConsentRecords):
        self._ctx = context
        self._consent = consent

    def table(self, by: str | Sequence[str], k: int = DEFAULT_K, *, on: dt.date | None = None) -> StatisticsTable:
        """Counts of testimonies by `by` ("sex", "sex,year" or a list of one or two names)."""
        fields = parse_fields(by)
        if not isinstance(k, int) or isinstance(k, bool) or k < 2:
            raise InvalidInput(Message("The smallest publishable count (k) must be a whole number of at least 2."))
        facts, left_out = self.facts(on=on)
        return StatisticsTable(fields, k, count_by(facts, fields, k), len(facts), left_out)

    def facts(self, *, on: dt.date | None = None) -> tuple[list[dict[str, tuple[str, ...]]], int]:
        """Every countable testimony's values for every field, and how many were left out
        because consent does not allow research and statistics on the day."""
        on = on or dt.date.today()
        histories = self._consent.all_histories()
        allowed = {tid for tid, history in histories.items() if may(Use.RESEARCH, history, on=on).allowed}
        sealer = self._ctx.sealer
        with self._ctx.read() as session:
            rows = session.execute(select(Testimony.id, Testimony.profile_sealed)).all()
            survivors = session.execute(
                select(TestimonyPerson.testimony_id, Person.id, Person.profile_sealed)
                .join(Person, Person.id == TestimonyPerson.person_id)
                .where(TestimonyPerson.role == "survivor")
            ).all()
        survivor_profile: dict[str, dict] = {}
        for testimony_id, person_id, sealed in survivors:
            if testimony_id in allowed and testimony_id not in survivor_profile:
                survivor_profile[testimony_id] = json.loads(
                    sealer.open_column(Person, "profile_sealed", person_id, sealed))
        facts = []
        for testimony_id, sealed in rows:
            if testimony_id not in allowed:
                continue
            profile = json.loads(sealer.open_column(Testimony, "profile_sealed", testimony_id, sealed))
            facts.append(_facts(profile, survivor_profile.get(testimony_id, {})))
        return facts, len(rows) - len(facts)


def _facts(profile: dict, survivor: dict) -> dict[str, tuple[str, ...]]:
    tags = profile.get("tags", {})
    year = _year(profile)
    facts = {name: tuple(tags.get(group, ())) or (NOT_RECORDED,) for name, group in _TAG_FIELDS.items()}
    facts["county"] = _one(profile.get("county"))
    facts["destination_country"] = _one(profile.get("destination_country"))
    facts["route"] = _one(profile.get("route"))
    facts["year"] = _one(str(year) if year else "")
    # Testimonies taken in before the case facts existed: the survivor's profile tells sex and age.
    gender = survivor.get("gender", "")
    facts["sex"] = _one(profile.get("sex") or (gender if gender in ("female", "male", "other") else ""))
    band = profile.get("age_band", "")
    birth_year = survivor.get("birth_year")
    if not band and year and isinstance(birth_year, int) and 0 <= year - birth_year <= 120:
        band = _age_band(year - birth_year)
    facts["age_band"] = _one(band)
    return facts


def _one(value: str | None) -> tuple[str, ...]:
    return (value,) if value else (NOT_RECORDED,)


def _year(profile: dict) -> int | None:
    """The year the exploitation began, or else the year the testimony was told."""
    if profile.get("event_years"):
        return int(profile["event_years"][0])
    if profile.get("told_on"):
        return int(profile["told_on"][:4])
    return None


def _age_band(age: int) -> str:
    return next((code for limit, code in _AGE_BANDS if age < limit), "35_plus")
