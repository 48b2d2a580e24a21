"""Every Kenyan number type is caught in every format we could think of."""

from __future__ import annotations

import pytest

from haart_archive.redaction import EntityType, detect

CASES = {
    EntityType.PHONE: [
        "0712345678", "0712 345 678", "0712-345-678", "+254712345678", "+254 712 345 678",
        "+254-712-345-678", "254712345678", "(+254) 712 345678", "+254 (0) 712 345 678",
        "00254712345678", "0110 234 567", "+254 110 234567", "020 2345678", "(020) 234 5678",
        "+971 50 123 4567", "00971501234567", "+966 55 123 4567",
    ],
    EntityType.NATIONAL_ID: ["ID No. 23456789", "ID number: 2345678", "kitambulisho 23456789",
                             "national ID 23 456 789", "namba ya kitambulisho ni 34567890"],
    EntityType.KRA_PIN: ["A012345678Z", "P051234567K", "a012345678z"],
    EntityType.PASSPORT: ["passport AK0123456", "passport no. A1234567", "pasipoti BK1234567",
                          "P<KENOCHIENG<<ACHIENG<AWINO<<<<<<<<<<<<<<<<<<<"],
    EntityType.MPESA_CODE: ["QGT4ABC12X Confirmed.", "M-Pesa code RKL2MN3OPQ", "muamala SBK7XY9Z1A"],
    EntityType.EMAIL: ["achieng.test@example.com", "j_kamau+work@mail.co.ke", "kamau at gmail dot com"],
    EntityType.ACCOUNT_NUMBER: ["account number 0123456789012", "a/c 1100 2233 4455", "Paybill account 9876543210",
                                "card 4111 1111 1111 1111", "akaunti ya benki 01109876543200"],
    EntityType.VEHICLE_PLATE: ["KCB 123X", "KDA123A", "KBZ 456", "KMDA 123B", "GK 123A", "UAX 123B", "T 123 ABC"],
    EntityType.LOCATION: ["P.O. Box 1234-80100, Mombasa", "P O Box 55 Kilifi", "S.L.P. 123", "House No. 12"],
    EntityType.DATE: ["12 March 2019", "March 12, 2019", "12/03/2019", "2019-03-12", "12.03.2019",
                      "tarehe 12 Machi 2019", "3rd of June 2021", "Juni 2020"],
    EntityType.AGE: ["16 years old", "16-year-old", "aged 16", "age: 16", "sixteen years old",
                     "umri wa miaka 16", "msichana wa miaka 15"],
}


@pytest.mark.parametrize(
    "kind, value", [(kind, value) for kind, values in CASES.items() for value in values]
)
def test_number_is_caught_with_its_type(kind, value):
    text = f"She said:\n{value}\nand left."
    found = detect(text)
    start = text.index(value)
    words = [w for w in value.split() if any(c.isdigit() for c in w)] or [value]
    first = start + value.index(words[0])
    digits = [i for i in range(first, start + len(value)) if text[i].isalnum()
              and (any(c.isdigit() for c in value) is False or text[i].isdigit() or i >= first)]
    hits = [s for s in found if s.start <= digits[-1] < s.end]
    assert hits and all(any(s.start <= i < s.end for s in found) for i in digits), value
    assert any(s.type == kind for s in hits), (value, [s.type for s in hits])
