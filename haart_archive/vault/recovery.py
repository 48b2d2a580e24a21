"""Recovery keys: random, shown once, copied by hand.

The key is 10 groups of 4 characters from Crockford's base-32 alphabet. In each group the
last character is a check character over the group's position and its three data
characters, so a mistyped or swapped character is caught and the group is named.
Confusable letters (I, L, O, U) are read as the digits they look like.
"""

from __future__ import annotations

import os

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 10
DATA_PER_GROUP = 3
CONFUSABLE = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})


def _check_char(group_index: int, data: str) -> str:
    # Weighted sum modulo the prime 31 (then mapped into the alphabet): catches any single
    # substitution and any swap of neighbouring characters within a group.
    total = group_index + 1
    for weight, char in enumerate(data, start=2):
        total += weight * (ALPHABET.index(char) + 1)
    return ALPHABET[total % 31]


def generate_recovery_key() -> str:
    """A new recovery key (150 random bits) in its printed form."""
    value = int.from_bytes(os.urandom(19), "big") >> 2  # 150 bits
    data = ""
    for _ in range(GROUPS * DATA_PER_GROUP):
        data = ALPHABET[value & 31] + data
        value >>= 5
    groups = [data[i : i + DATA_PER_GROUP] for i in range(0, len(data), DATA_PER_GROUP)]
    return "-".join(group + _check_char(index, group) for index, group in enumerate(groups))


def normalise_recovery_key(typed: str) -> str:
    """The canonical form of a typed recovery key, or InvalidInput naming the bad group."""
    cleaned = "".join(ch for ch in typed.upper() if ch.isalnum()).translate(CONFUSABLE)
    if len(cleaned) != GROUPS * (DATA_PER_GROUP + 1):
        raise InvalidInput(
            Message(
                "A recovery key has {groups} groups of 4 characters; {count_cleaned} "
                "characters were typed.",
                groups=GROUPS,
                count_cleaned=len(cleaned),
            )
        )
    groups = [cleaned[i : i + 4] for i in range(0, len(cleaned), 4)]
    for index, group in enumerate(groups):
        if any(ch not in ALPHABET for ch in group) or _check_char(index, group[:3]) != group[3]:
            raise InvalidInput(Message(
                "Group {value} of the recovery key ('{group}') has a typing mistake.",
                value=index + 1,
                group=group,
            ))
    return "-".join(groups)
