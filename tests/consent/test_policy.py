"""The consent policy, rule by rule and in combination (table-driven)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from haart_archive.consent import (
    Anonymity,
    Channel,
    ConsentEvent,
    ConsentState,
    EventKind,
    Media,
    ObligationKind,
    Use,
    channel_use,
    may,
)
from haart_archive.errors import ConsentRefused, InvalidInput
from tests.consent.builders import WHO, grant, media_table, minor_grant, uses_table

ON = date(2025, 6, 1)
MAY3 = date(2025, 5, 3)
Ob = ObligationKind


def granted():
    return [grant()]


def partly_press():
    return [grant(), ConsentEvent.partly_withdrawn(MAY3, {Use.MEDIA_PRESS}, {Media.VOICE})]


def withdrawn():
    return [grant(), ConsentEvent.withdrawn(MAY3, WHO)]


def expired_by_date():
    return [grant(expires_on="2025-05-03")]


def expired_event():
    return [grant(), ConsentEvent.expired(MAY3)]


def regranted_after_withdrawal():
    return [*withdrawn(), grant(consented_on="2025-05-20")]


def renewed_after_expiry():
    renewal = ConsentEvent.renewed(date(2025, 5, 20), date(2028, 5, 20), grant().taking, WHO)
    return [*expired_by_date(), renewal]


def renewed_after_partial():
    renewal = ConsentEvent.renewed(date(2025, 5, 20), date(2028, 5, 20), grant().taking, WHO)
    return [*partly_press(), renewal]


def amended_after_withdrawal():
    """A stray amendment never revives a withdrawn consent."""
    amendment = replace(grant(consented_on="2025-05-20"), kind=EventKind.AMENDED)
    return [*withdrawn(), amendment]


def amended_narrower():
    amendment = grant(consented_on="2025-05-20", uses=uses_table(Use.CASE_WORK, Use.RESEARCH))
    return [grant(), replace(amendment, kind=EventKind.AMENDED)]


def minor():
    return [minor_grant(uses=uses_table(*Use.__members__.values()) | {"named_publication": False})]


def minor_without_assent():
    event = minor_grant()
    return [replace(event, taking=replace(event.taking, minor_assent=False))]


def minor_without_guardian():
    event = minor_grant()
    return [replace(event, taking=replace(event.taking, guardian_granted=False))]


def minor_with_forbidden_terms():
    """Stored terms that validation would refuse: the policy still protects the minor."""
    event = minor_grant()
    terms = replace(
        event.terms,
        uses=frozenset(Use),
        anonymity=Anonymity.FULL_NAME,
        media=frozenset(Media),
    )
    return [replace(event, terms=terms)]


def no_case_work_then_withdrawn():
    return [grant(uses=uses_table(Use.RESEARCH)), ConsentEvent.withdrawn(MAY3, WHO)]


def risky():
    return [grant(risk_flag=True, risk_details="Open court case", conditions="Not before trial")]


def named():
    return [
        grant(
            anonymity="full_name",
            uses=uses_table(Use.NAMED_PUBLICATION, Use.ANONYMOUS_PUBLICATION),
            media=media_table(Media.PHOTO_VISIBLE_FACE, Media.VOICE),
            review_before_publication=False,
        )
    ]


def partner_only():
    return [grant(uses=uses_table(Use.PARTNER_SHARING))]


def press_withdrawn_later():
    return [grant(), ConsentEvent.partly_withdrawn(date(2025, 7, 1), {Use.MEDIA_PRESS})]


def future_withdrawal():
    return [grant(), ConsentEvent.withdrawn(date(2025, 7, 1), WHO)]


R = Use.RESEARCH
CASE = Use.CASE_WORK
PRESS = Use.MEDIA_PRESS
ANON_PUB = Use.ANONYMOUS_PUBLICATION
NAMED = Use.NAMED_PUBLICATION

# (id, history, use, media, anonymity, allowed, reason fragment, obligations that must be there)
TABLE = [
    ("none: case work", list, CASE, None, None, True, "No consent has been recorded", set()),
    ("none: research", list, R, None, None, False, "No consent has been recorded", set()),
    (
        "granted: research",
        granted,
        R,
        None,
        None,
        True,
        "allowed research and statistics",
        {Ob.ANONYMISE},
    ),
    (
        "granted: not asked",
        granted,
        Use.TRAINING,
        None,
        None,
        False,
        "did not allow staff training",
        set(),
    ),
    (
        "granted: publication needs review",
        granted,
        ANON_PUB,
        None,
        None,
        True,
        "",
        {Ob.SURVIVOR_REVIEW, Ob.ANONYMISE, Ob.HIDE_FACES, Ob.DISGUISE_VOICE},
    ),
    ("granted: research needs no review", granted, R, [Media.TEXT], None, True, "", {Ob.ANONYMISE}),
    (
        "granted: stronger anonymity fine",
        granted,
        ANON_PUB,
        None,
        Anonymity.ANONYMOUS,
        True,
        "",
        set(),
    ),
    (
        "granted: equal anonymity fine",
        granted,
        ANON_PUB,
        None,
        Anonymity.PSEUDONYM,
        True,
        "",
        set(),
    ),
    (
        "granted: weaker anonymity refused",
        granted,
        ANON_PUB,
        None,
        Anonymity.FULL_NAME,
        False,
        "asked for a pseudonym",
        set(),
    ),
    (
        "granted: first name refused",
        granted,
        ANON_PUB,
        None,
        Anonymity.FIRST_NAME,
        False,
        "identify them more",
        set(),
    ),
    (
        "granted: media not allowed",
        granted,
        ANON_PUB,
        [Media.VIDEO],
        None,
        False,
        "did not allow video",
        set(),
    ),
    (
        "granted: visible face refused",
        granted,
        ANON_PUB,
        [Media.PHOTO_VISIBLE_FACE],
        None,
        False,
        "did not allow photos showing the face",
        set(),
    ),
    (
        "granted: hidden face ok",
        granted,
        ANON_PUB,
        [Media.PHOTO_HIDDEN_FACE],
        None,
        True,
        "",
        {Ob.HIDE_FACES},
    ),
    (
        "granted: named not allowed",
        granted,
        NAMED,
        None,
        None,
        False,
        "did not allow named publication",
        set(),
    ),
    (
        "granted: partner must be anonymous",
        partner_only,
        Use.PARTNER_SHARING,
        None,
        Anonymity.PSEUDONYM,
        False,
        "fully anonymous",
        set(),
    ),
    (
        "partly: withdrawn use",
        partly_press,
        PRESS,
        None,
        None,
        False,
        "consent for media and press was withdrawn on 3 May 2025",
        set(),
    ),
    ("partly: other use kept", partly_press, R, None, None, True, "", set()),
    (
        "partly: withdrawn medium",
        partly_press,
        ANON_PUB,
        [Media.VOICE],
        None,
        False,
        "voice recordings was withdrawn on 3 May 2025",
        set(),
    ),
    ("partly: before it takes effect", press_withdrawn_later, PRESS, None, None, True, "", set()),
    (
        "withdrawn: case work under way",
        withdrawn,
        CASE,
        None,
        None,
        True,
        "withdrawn on 3 May 2025",
        {Ob.ONGOING_CASE_WORK_ONLY},
    ),
    (
        "withdrawn: research",
        withdrawn,
        R,
        None,
        None,
        False,
        "Consent was withdrawn on 3 May 2025",
        set(),
    ),
    (
        "withdrawn: case work never allowed",
        no_case_work_then_withdrawn,
        CASE,
        None,
        None,
        False,
        "internal case work was not allowed",
        set(),
    ),
    (
        "expired by date: research",
        expired_by_date,
        R,
        None,
        None,
        False,
        "Consent expired on 3 May 2025",
        set(),
    ),
    (
        "expired by date: case work",
        expired_by_date,
        CASE,
        None,
        None,
        True,
        "already under way",
        {Ob.ONGOING_CASE_WORK_ONLY},
    ),
    (
        "expired event: press",
        expired_event,
        PRESS,
        None,
        None,
        False,
        "Consent expired on 3 May 2025",
        set(),
    ),
    ("regranted after withdrawal", regranted_after_withdrawal, R, None, None, True, "", set()),
    ("renewed after expiry", renewed_after_expiry, R, None, None, True, "", set()),
    (
        "renewal keeps partial withdrawal",
        renewed_after_partial,
        PRESS,
        None,
        None,
        False,
        "withdrawn on 3 May 2025",
        set(),
    ),
    (
        "amendment does not revive",
        amended_after_withdrawal,
        R,
        None,
        None,
        False,
        "withdrawn",
        set(),
    ),
    (
        "amendment narrows: latest wins",
        amended_narrower,
        ANON_PUB,
        None,
        None,
        False,
        "did not allow anonymous",
        set(),
    ),
    ("amendment keeps what it names", amended_narrower, R, None, None, True, "", set()),
    (
        "minor: anonymous publication",
        minor,
        ANON_PUB,
        None,
        None,
        True,
        "",
        {Ob.HIDE_FACES, Ob.ANONYMISE},
    ),
    (
        "minor: no assent",
        minor_without_assent,
        R,
        None,
        None,
        False,
        "lacks the minor's own assent",
        set(),
    ),
    (
        "minor: no guardian",
        minor_without_guardian,
        R,
        None,
        None,
        False,
        "lacks the grant of a parent or guardian",
        set(),
    ),
    ("minor: no assent, case work", minor_without_assent, CASE, None, None, True, "", set()),
    (
        "minor: never named",
        minor_with_forbidden_terms,
        NAMED,
        None,
        None,
        False,
        "never named in full",
        set(),
    ),
    (
        "minor: never full name",
        minor_with_forbidden_terms,
        ANON_PUB,
        None,
        Anonymity.FULL_NAME,
        False,
        "never named in full",
        set(),
    ),
    (
        "minor: never a face",
        minor_with_forbidden_terms,
        ANON_PUB,
        [Media.PHOTO_VISIBLE_FACE],
        None,
        False,
        "face is never shown",
        set(),
    ),
    (
        "minor: faces hidden even if terms allow",
        minor_with_forbidden_terms,
        ANON_PUB,
        [Media.VIDEO],
        None,
        True,
        "",
        {Ob.HIDE_FACES},
    ),
    ("risk: extra review", risky, R, None, None, True, "", {Ob.SAFETY_REVIEW, Ob.CHECK_CONDITIONS}),
    (
        "risk: case work needs no safety review",
        risky,
        CASE,
        None,
        None,
        True,
        "",
        {Ob.CHECK_CONDITIONS},
    ),
    (
        "named: allowed with full name",
        named,
        NAMED,
        [Media.PHOTO_VISIBLE_FACE],
        Anonymity.FULL_NAME,
        True,
        "",
        set(),
    ),
    ("future withdrawal not yet in effect", future_withdrawal, R, None, None, True, "", set()),
]


@pytest.mark.parametrize(
    ("history", "use", "media", "anonymity", "allowed", "reason", "obligations"),
    [row[1:] for row in TABLE],
    ids=[row[0] for row in TABLE],
)
def test_policy_table(history, use, media, anonymity, allowed, reason, obligations) -> None:
    decision = may(use, history(), on=ON, media=media, anonymity=anonymity)
    assert decision.allowed is allowed, decision.reasons
    assert decision.reasons, "every decision says why"
    if reason:
        assert any(reason.lower() in text.lower() for text in decision.reasons), decision.reasons
    assert obligations <= {obligation.kind for obligation in decision.obligations}
    if not allowed:
        assert decision.obligations == ()


def test_no_obligation_of_review_when_survivor_did_not_ask() -> None:
    decision = may(NAMED, named(), on=ON, anonymity=Anonymity.FULL_NAME)
    assert not decision.obliges(Ob.SURVIVOR_REVIEW)
    assert not decision.obliges(Ob.ANONYMISE)
    assert not decision.obliges(Ob.HIDE_FACES)


def test_anonymise_obligation_names_the_level() -> None:
    decision = may(ANON_PUB, granted(), on=ON)
    (anonymise,) = [o for o in decision.obligations if o.kind is Ob.ANONYMISE]
    assert anonymise.anonymity is Anonymity.PSEUDONYM
    assert "pseudonym" in anonymise.text


def test_all_refusal_reasons_are_given_together() -> None:
    decision = may(PRESS, partly_press(), on=ON, media=[Media.VIDEO], anonymity="full_name")
    assert len(decision.reasons) == 3


def test_state_is_reported_with_the_decision() -> None:
    assert may(R, partly_press(), on=ON).state is ConsentState.PARTLY_WITHDRAWN
    assert may(R, withdrawn(), on=ON).state is ConsentState.WITHDRAWN
    assert may(R, [], on=ON).state is ConsentState.NONE


def test_refusal_raises_consent_refused_with_reasons() -> None:
    with pytest.raises(ConsentRefused) as caught:
        may(PRESS, withdrawn(), on=ON).raise_if_refused()
    assert caught.value.reasons == [
        "Consent was withdrawn on 3 May 2025, so nothing but "
        "internal case work already under way is allowed."
    ]


def test_identifiers_as_text_are_accepted_and_unknown_ones_refused() -> None:
    assert may("research", granted(), on=ON, media=["text"]).allowed
    with pytest.raises(InvalidInput, match="not a known use"):
        may("gossip", granted(), on=ON)


def test_policy_works_on_public_parts_only() -> None:
    public_only = [ConsentEvent.from_json(event.public_json()) for event in partly_press()]
    assert may(R, public_only, on=ON).allowed
    assert not may(PRESS, public_only, on=ON).allowed


@pytest.mark.parametrize(
    ("channel", "anonymity", "use"),
    [
        (Channel.WEB, None, ANON_PUB),
        ("report", "pseudonym", ANON_PUB),
        ("social_media", "first_name", ANON_PUB),
        ("web", "full_name", NAMED),
        ("press", None, PRESS),
        ("donor_report", None, Use.DONOR_REPORT),
        ("partner", None, Use.PARTNER_SHARING),
    ],
)
def test_channel_use(channel, anonymity, use) -> None:
    assert channel_use(channel, anonymity) is use


def test_unknown_channel_is_refused() -> None:
    with pytest.raises(InvalidInput, match="publication channel"):
        channel_use("billboard")
