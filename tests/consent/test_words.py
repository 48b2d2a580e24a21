"""Plain words for people: describe() for staff and the survivor's receipt."""

from __future__ import annotations

from datetime import date

import pytest

from haart_archive.consent import (
    ConsentEvent,
    Media,
    Use,
    current_consent,
    describe,
    render_receipt_html,
)
from haart_archive.errors import InvalidInput
from tests.consent.builders import WHO, grant, minor_grant

ON = date(2025, 6, 1)
MAY3 = date(2025, 5, 3)


def _history():
    return [
        grant(conditions="Not <b>before</b> the trial"),
        ConsentEvent.partly_withdrawn(MAY3, {Use.MEDIA_PRESS}, {Media.VOICE}),
    ]


def test_describe_in_english() -> None:
    text = " ".join(describe(current_consent(_history(), ON), "en"))
    assert "Consent is partly withdrawn, given on 10 January 2025 by a thumbprint" in text
    assert "until 10 January 2028" in text
    assert "Withdrawn on 3 May 2025: media and press, voice recordings." in text
    assert "Not allowed: staff training" in text
    assert "review any text" in text
    assert "conditions in their own words" in text
    assert "trial" not in text  # the conditions themselves are identity-tier


def test_describe_in_swahili() -> None:
    text = " ".join(describe(current_consent(_history(), ON), "sw"))
    assert "Ridhaa imeondolewa kwa sehemu; ilitolewa tarehe 10 Januari 2025" in text
    assert "iliondolewa tarehe 3 Mei 2025 kwa: vyombo vya habari, rekodi za sauti" in text


def test_describe_other_states() -> None:
    assert "No consent has been recorded" in describe(current_consent([], ON))[0]
    withdrawn = [grant(), ConsentEvent.withdrawn(MAY3, WHO)]
    assert "withdrawn on 3 May 2025" in describe(current_consent(withdrawn, ON))[0]
    soon = describe(current_consent([grant(expires_on="2025-06-21")], ON))
    assert "It expires soon: 20 days left." in soon
    minor = " ".join(describe(current_consent([minor_grant()], ON)))
    assert "with the minor's own assent" in minor


def test_unknown_language_is_refused() -> None:
    with pytest.raises(InvalidInput, match="'en'"):
        describe(current_consent([], ON), "fr")


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        (
            "en",
            [
                "Your consent receipt",
                "You did not agree to:",
                "media and press",
                "Your consent lasts until 9 January 2028",
                "withdraw all or part",
                "will not change the help you receive",
                "HAART-2025-0042",
            ],
        ),
        (
            "sw",
            [
                "Stakabadhi ya ridhaa yako",
                "Hukukubali:",
                "hadi tarehe 9 Januari 2028",
                "Unaweza kuondoa ridhaa yako",
                "Taja namba hii ya kumbukumbu: HAART-2025-0042",
            ],
        ),
    ],
)
def test_receipt_says_what_was_agreed_until_when_and_how_to_withdraw(language, phrases) -> None:
    page = render_receipt_html(
        _history(), language, "0800 000 000 <hotline>", "HAART-2025-0042", on=ON
    )
    for phrase in phrases:
        assert phrase in page
    assert page.startswith("<!DOCTYPE html>") and f'lang="{language}"' in page
    assert "&lt;hotline&gt;" in page and "<hotline>" not in page
    assert "&lt;b&gt;before&lt;/b&gt;" in page
    assert "<script" not in page and "http" not in page


def test_receipt_names_the_consenter_only_with_the_identity_part() -> None:
    full = render_receipt_html(_history(), "en", "0800", "REF-1", on=ON)
    assert "Zawadi Fictional Achieng" in full
    public_only = [ConsentEvent.from_json(event.public_json()) for event in _history()]
    page = render_receipt_html(public_only, "en", "0800", "REF-1", on=ON)
    assert "Zawadi" not in page and "trial" not in page
    assert "You did not agree to:" in page


def test_receipt_after_withdrawal_says_consent_has_ended() -> None:
    history = [grant(), ConsentEvent.withdrawn(MAY3, WHO)]
    page = render_receipt_html(history, "sw", "0800", "REF-1", on=ON)
    assert "Ridhaa hii imekwisha" in page
    assert "Jinsi ya kuondoa ridhaa" in page
