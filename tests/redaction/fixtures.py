"""Fictional testimonies, annotated inline as {TYPE|text}. Nobody here is real."""

from __future__ import annotations

import re

from haart_archive.redaction.types import EntityType, KnownPerson

_MARK = re.compile(r"\{([A-Z_]+)\|([^{}]*)\}")


def annotated(source: str) -> tuple[str, list[tuple[int, int, EntityType, str]]]:
    """Plain text and gold spans from '{PERSON|Achieng} went to {LOCATION|Malindi}'."""
    out, gold, pos = [], [], 0
    length = 0
    for m in _MARK.finditer(source):
        out.append(source[pos:m.start()])
        length += m.start() - pos
        gold.append((length, length + len(m.group(2)), EntityType(m.group(1)), m.group(2)))
        out.append(m.group(2))
        length += len(m.group(2))
        pos = m.end()
    out.append(source[pos:])
    return "".join(out), gold


SURVIVOR = KnownPerson(
    role="survivor",
    names=("Achieng Awino Ochieng'",),
    aliases=("Mama Baraka", "Shiro"),
    places=("Kaloleni", "Majengo Mapya"),
    identifiers=("0712 345 678", "28765432", "AK0456789"),
    key="survivor-1",
)
RECRUITER = KnownPerson(role="recruiter", names=("Josphat Kiprono Langat",), aliases=("JK",), key="recruiter-1")
EMPLOYER = KnownPerson(role="employer", names=("Salem Al-Harbi",), key="employer-1")
PEOPLE = (SURVIVOR, RECRUITER, EMPLOYER)

ENGLISH = """\
Intake notes, {DATE|14 February 2023}. Interviewer: case worker.
My name is {PERSON|Achieng Awino Ochieng'} and I was {AGE|16 years old} when I left {LOCATION|Kaloleni}.
People at home call me {PERSON|Mama Baraka}. {PERSON|Achieng's} mother sold mandazi in {LOCATION|Majengo Mapya}.
A man called {PERSON|Josphat Kiprono Langat} came to our church. He said his agency, {ORGANIZATION|Bright Future Recruitment Agency},
had work in {LOCATION|Riyadh}. He gave me his number {PHONE|0722 111 333} and later called from {PHONE|+254 733 222 444}.
I paid him through M-Pesa, code {MPESA_CODE|QGT4ABC12X} Confirmed, and again to Paybill account {ACCOUNT_NUMBER|1234567890}.
My ID number is {NATIONAL_ID|28765432}, my KRA PIN {KRA_PIN|A012345678Z} and my passport number {PASSPORT|AK0456789}.
We travelled in a car, registration {VEHICLE_PLATE|KCB 123X}, to the airport.
In {LOCATION|Riyadh} the employer, {PERSON|Salem Al-Harbi}, took my passport. My email was {EMAIL|achieng.test@example.com}.
Letters went to {LOCATION|P.O. Box 1234-80100, Mombasa}. I had faith that God would help me. {PERSON|Faith}, another girl, told me to run.
"""

CODE_SWITCHED = """\
Nilikuwa na {AGE|miaka 17} nilipotoka kijiji cha {LOCATION|Kaloleni}, kaunti ya {LOCATION|Kilifi}.
Rafiki yangu {PERSON|Wanjiru} aliniambia kuna kazi {LOCATION|Dubai}. Agent {PERSON|JK} aliniambia nilipe.
Nilimtumia pesa kwa M-Pesa, {MPESA_CODE|SBK7XY9Z1A} imethibitishwa, tarehe {DATE|03/05/2022}.
Simu yake ni {PHONE|0799 555 121}, na nyingine {PHONE|254 110 234 567}. Mama yangu, Bi. {PERSON|Nafula}, alilia sana.
Then Mzee {PERSON|Kazungu} said we would fly via {LOCATION|Mombasa}. {PERSON|Achieng} alienda na {PERSON|Kiprono} to the office.
Baraka ni ya Mungu, lakini {PERSON|Baraka} alisema nisiende.
"""
