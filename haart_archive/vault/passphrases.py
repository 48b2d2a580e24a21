"""How strong a passphrase must be before a key slot is made with it."""

from __future__ import annotations

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message

MIN_PASSPHRASE_LENGTH = 10


def check_passphrase(passphrase: str) -> None:
    """Refuse passphrases a guesser would find quickly, with advice (zxcvbn)."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInput(
            Message(
                "A passphrase needs at least {min_passphrase_length} characters; four or "
                "five unrelated words are easy to remember and hard to guess.",
                min_passphrase_length=MIN_PASSPHRASE_LENGTH,
            )
        )
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:100])
    if result["score"] < 3:
        advice = result["feedback"].get("warning") or "It would be guessed too quickly."
        raise InvalidInput(
            Message(
                "That passphrase is too weak. {rstrip}. Use four or five unrelated words, or "
                "a longer sentence.",
                rstrip=advice.rstrip('.'),
            )
        )
