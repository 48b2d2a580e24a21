"""The consent policy: may this use of this testimony happen, on this day, in this form?

`may()` is pure and total: for any sequence of well-formed `ConsentEvent`s it returns a
`Decision` and never raises. The rules, in the order they are applied:

1. No consent in force on the day: nothing but internal case work. With no consent ever
   recorded, case work is allowed (the organisation must be able to help the survivor).
   After withdrawal or expiry, only case work already under way may continue (an
   obligation says so), and only if the last terms allowed case work.
2. A minor's consent counts only with the guardian's grant and the minor's own assent;
   without both it is treated as no consent.
3. The use must have been allowed and not withdrawn since (a partial withdrawal removes
   only what it names). Named publication also needs the survivor's agreement to be named
   in full.
4. A minor is never published under their name and their face is never shown.
5. Every medium requested must be allowed and not withdrawn.
6. The anonymity applied must protect at least as well as the level the survivor asked
   for (anonymous > pseudonym > first name > full name). Sharing with partners is always
   of de-identified data, so it must be fully anonymous.

A yes carries obligations: anonymise to the level required; survivor review before any
publication when asked; hide faces when photos or video are used without consent to show
faces (always for a minor); disguise the voice when the survivor is not to be named; a
risk flag (open court case, safety concern) requires an extra safety review by a second
editor before any use beyond case work; written conditions must be checked by an editor.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from haart_archive.consent.events import ConsentEvent
from haart_archive.consent.history import CurrentConsent, current_consent
from haart_archive.consent.terms import (
    Anonymity,
    Channel,
    ConsentState,
    Media,
    Use,
    format_date,
    label,
    parse_enum,
)
from haart_archive.errors import ConsentRefused
from haart_archive.messages import Message

PUBLICATION_USES = frozenset(
    {Use.ANONYMOUS_PUBLICATION, Use.MEDIA_PRESS, Use.NAMED_PUBLICATION, Use.DONOR_REPORT}
)
_FACE_MEDIA = frozenset({Media.PHOTO_HIDDEN_FACE, Media.VIDEO})


class ObligationKind(StrEnum):
    """What must be done when a use is allowed."""

    ONGOING_CASE_WORK_ONLY = "ongoing_case_work_only"
    ANONYMISE = "anonymise"
    SURVIVOR_REVIEW = "survivor_review"
    HIDE_FACES = "hide_faces"
    DISGUISE_VOICE = "disguise_voice"
    SAFETY_REVIEW = "safety_review"
    CHECK_CONDITIONS = "check_conditions"


@dataclass(frozen=True)
class Obligation:
    """One thing that must be done before or while using the testimony.

    `anonymity` is set for ANONYMISE: the weakest level the output may use.
    """

    kind: ObligationKind
    text: str
    anonymity: Anonymity | None = None


@dataclass(frozen=True)
class Decision:
    """The answer of the policy: allowed or not, why, and what a yes obliges."""

    allowed: bool
    use: Use
    on: date
    state: ConsentState
    reasons: tuple[str, ...]
    obligations: tuple[Obligation, ...] = ()

    def obliges(self, kind: ObligationKind) -> bool:
        """True when this decision carries an obligation of that kind."""
        return any(obligation.kind is kind for obligation in self.obligations)

    def raise_if_refused(self) -> Decision:
        """Return self when allowed; otherwise raise ConsentRefused carrying the reasons."""
        if not self.allowed:
            raise ConsentRefused(
                Message(
                    "Consent does not allow {label} on {format_date}.",
                    label=label(self.use),
                    format_date=format_date(self.on),
                ),
                list(self.reasons),
            )
        return self


def channel_use(channel: Channel | str, anonymity: Anonymity | str | None = None) -> Use:
    """The use a publication channel needs (raises InvalidInput for an unknown channel).

    web, report, social_media -> anonymous_publication, or named_publication when the
    survivor is to be named in full; press -> media_press; donor_report -> donor_report;
    partner -> partner_sharing.
    """
    channel = parse_enum(Channel, channel, "publication channel")
    level = None if anonymity is None else parse_enum(Anonymity, anonymity, "anonymity level")
    if channel in (Channel.WEB, Channel.REPORT, Channel.SOCIAL_MEDIA):
        if level is Anonymity.FULL_NAME:
            return Use.NAMED_PUBLICATION
        return Use.ANONYMOUS_PUBLICATION
    return {
        Channel.PRESS: Use.MEDIA_PRESS,
        Channel.DONOR_REPORT: Use.DONOR_REPORT,
        Channel.PARTNER: Use.PARTNER_SHARING,
    }[channel]


def may(
    use: Use | str,
    history: Sequence[ConsentEvent] | Iterable[ConsentEvent],
    *,
    on: date,
    media: Iterable[Media | str] | None = None,
    anonymity: Anonymity | str | None = None,
) -> Decision:
    """Decide whether `use` may happen on `on`, with these `media` and this `anonymity`.

    `media` and `anonymity` describe what the use will actually contain; leave them None
    when not yet known (the obligations then say what must be respected). Identifiers
    given as text are parsed strictly (InvalidInput when unknown); the history itself
    never makes this raise.
    """
    use = parse_enum(Use, use, "use")
    requested_media = (
        None
        if media is None
        else frozenset(parse_enum(Media, medium, "medium") for medium in media)
    )
    level = None if anonymity is None else parse_enum(Anonymity, anonymity, "anonymity level")
    now = current_consent(list(history), on)
    return _Judgement(use, now, requested_media, level).decide()


@dataclass(frozen=True)
class _Judgement:
    use: Use
    now: CurrentConsent
    media: frozenset[Media] | None
    anonymity: Anonymity | None

    def decide(self) -> Decision:
        if not self.now.in_force or self.now.terms is None:
            return self._out_of_force()
        if self.now.taking is not None and not self.now.taking.minor_consent_complete:
            return self._incomplete_minor_consent()
        refusals = self._refusals()
        if refusals:
            return self._answer(False, refusals)
        return self._answer(True, [self._yes_reason()], self._obligations())

    def _answer(
        self, allowed: bool, reasons: list[str], obligations: Iterable[Obligation] = ()
    ) -> Decision:
        return Decision(
            allowed, self.use, self.now.on, self.now.state, tuple(reasons), tuple(obligations)
        )

    # -- no consent in force --------------------------------------------------------------

    def _out_of_force(self) -> Decision:
        now = self.now
        if now.state is ConsentState.NONE:
            return self._only_case_work(
                Message(
                    "No consent has been recorded for this testimony, so nothing but internal "
                    "case work is allowed."
                ),
                ongoing=False,
            )
        if now.state is ConsentState.WITHDRAWN:
            ended = Message(
                "Consent was withdrawn on {day}", day=format_date(now.withdrawn_on or now.on)
            )
        else:
            ended = Message("Consent expired on {day}", day=format_date(now.expired_on or now.on))
        if self.use is Use.CASE_WORK and not self._case_work_was_allowed():
            return self._answer(False, [Message("{ended}, and internal case work was not allowed.", ended=ended)])
        return self._only_case_work(
            Message(
                "{ended}, so nothing but internal case work already under way is allowed.",
                ended=ended,
            ),
            ongoing=True,
        )

    def _case_work_was_allowed(self) -> bool:
        terms = self.now.terms
        if terms is None:
            return True
        return Use.CASE_WORK in terms.uses and Use.CASE_WORK not in self.now.withdrawn_uses

    def _only_case_work(self, reason: str, *, ongoing: bool) -> Decision:
        if self.use is not Use.CASE_WORK:
            return self._answer(False, [reason])
        obligations = []
        if ongoing:
            obligations.append(
                Obligation(
                    ObligationKind.ONGOING_CASE_WORK_ONLY,
                    Message(
                        "Only internal case work already under way may continue; start nothing new."
                    ),
                )
            )
        return self._answer(True, [reason], obligations)

    def _incomplete_minor_consent(self) -> Decision:
        taking = self.now.taking
        assert taking is not None
        missing = []
        if not taking.guardian_granted:
            missing.append(Message("the grant of a parent or guardian"))
        if not taking.minor_assent:
            missing.append(Message("the minor's own assent"))
        if len(missing) == 2:
            lacks = Message("{a} and {b}", a=missing[0], b=missing[1])
        else:
            lacks = missing[0] if missing else ""
        reason = Message(
            "This consent for a minor lacks {lacks}, so it does not count "
            "and nothing but internal case work is allowed.",
            lacks=lacks,
        )
        return self._only_case_work(reason, ongoing=False)

    # -- consent in force -----------------------------------------------------------------

    def _refusals(self) -> list[str]:
        refusals = self._use_refusals()
        if self.use is Use.CASE_WORK:
            return refusals
        return (
            refusals + self._minor_refusals() + self._media_refusals() + self._anonymity_refusals()
        )

    def _use_refusals(self) -> list[str]:
        now, terms = self.now, self.now.terms
        assert terms is not None
        if self.use in now.withdrawn_uses:
            day = format_date(now.withdrawn_uses[self.use])
            return [Message("Consent for {use} was withdrawn on {day}.", use=label(self.use), day=day)]
        if self.use not in terms.uses:
            return [Message("The survivor did not allow {use}.", use=label(self.use))]
        if self.use is Use.NAMED_PUBLICATION and terms.anonymity is not Anonymity.FULL_NAME:
            return [
                Message(
                    "Named publication needs the survivor's agreement to be named in full, but "
                    "they asked for {anonymity}.",
                    anonymity=label(terms.anonymity),
                )
            ]
        return []

    def _is_minor(self) -> bool:
        return self.now.taking is not None and self.now.taking.is_minor

    def _minor_refusals(self) -> list[str]:
        if not self._is_minor():
            return []
        found = []
        if self.use is Use.NAMED_PUBLICATION or self.anonymity is Anonymity.FULL_NAME:
            found.append(
                Message("The survivor was a minor when consent was given: never named in full.")
            )
        if self.media and Media.PHOTO_VISIBLE_FACE in self.media:
            found.append(
                Message(
                    "The survivor was a minor when consent was given: their face is never shown."
                )
            )
        return found

    def _media_refusals(self) -> list[str]:
        found = []
        terms = self.now.terms
        assert terms is not None
        for medium in sorted(self.media or (), key=list(Media).index):
            if medium is Media.PHOTO_VISIBLE_FACE and self._is_minor():
                continue  # already refused with the minor rule
            if medium in self.now.withdrawn_media:
                day = format_date(self.now.withdrawn_media[medium])
                found.append(
                    Message("Consent for {use} was withdrawn on {day}.", use=label(medium), day=day)
                )
            elif medium not in terms.media:
                found.append(Message("The survivor did not allow {use}.", use=label(medium)))
        return found

    def _required_anonymity(self) -> Anonymity:
        terms = self.now.terms
        assert terms is not None
        if self.use is Use.PARTNER_SHARING:
            return Anonymity.ANONYMOUS
        if self._is_minor() and terms.anonymity is Anonymity.FULL_NAME:
            return Anonymity.FIRST_NAME
        return terms.anonymity

    def _anonymity_refusals(self) -> list[str]:
        required = self._required_anonymity()
        if self.anonymity is None or self.anonymity.at_least_as_strong_as(required):
            return []
        if self.use is Use.PARTNER_SHARING:
            return [Message("Data shared with partners must be fully anonymous (de-identified).")]
        return [
            Message(
                "The survivor asked for {required}; using {anonymity} "
                "would identify them more than they allowed.",
                required=label(required),
                anonymity=label(self.anonymity),
            )
        ]

    def _yes_reason(self) -> str:
        now, terms = self.now, self.now.terms
        assert terms is not None and now.granted_on is not None
        return Message(
            "The survivor allowed {use} on {granted_on}; the consent runs until {expires_on}.",
            use=label(self.use),
            granted_on=format_date(now.granted_on),
            expires_on=format_date(terms.expires_on),
        )

    # -- obligations ----------------------------------------------------------------------

    def _obligations(self) -> list[Obligation]:
        terms = self.now.terms
        assert terms is not None
        found = []
        if self.use is not Use.CASE_WORK:
            found += self._anonymise() + self._review() + self._faces() + self._voice()
            if terms.risk_flag:
                found.append(_SAFETY_REVIEW)
        if terms.has_conditions:
            found.append(_CHECK_CONDITIONS)
        return found

    def _anonymise(self) -> list[Obligation]:
        required = self._required_anonymity()
        if self.use is Use.NAMED_PUBLICATION or required is Anonymity.FULL_NAME:
            return []
        return [
            Obligation(
                ObligationKind.ANONYMISE,
                Message("Anonymise to at least this level: {level}.", level=label(required)),
                required,
            )
        ]

    def _review(self) -> list[Obligation]:
        terms = self.now.terms
        assert terms is not None
        if not (terms.review_before_publication and self.use in PUBLICATION_USES):
            return []
        text = Message(
            "The survivor asked to review the text before it is published: get their approval "
            "first."
        )
        return [Obligation(ObligationKind.SURVIVOR_REVIEW, text)]

    def _used_media(self) -> frozenset[Media]:
        return self.media if self.media is not None else self.now.allowed_media

    def _faces(self) -> list[Obligation]:
        faces_allowed = Media.PHOTO_VISIBLE_FACE in self.now.allowed_media and not self._is_minor()
        if faces_allowed or not (self._used_media() & _FACE_MEDIA):
            return []
        text = Message(
            "Hide every face in photos and video: the survivor did not allow faces to be shown."
        )
        if self._is_minor():
            text = Message("Hide every face in photos and video: the survivor was a minor.")
        return [Obligation(ObligationKind.HIDE_FACES, text)]

    def _voice(self) -> list[Obligation]:
        hidden = self._required_anonymity().strength >= Anonymity.PSEUDONYM.strength
        if Media.VOICE not in self._used_media() or not hidden:
            return []
        text = Message("Disguise the voice in recordings: the survivor is not to be recognisable.")
        return [Obligation(ObligationKind.DISGUISE_VOICE, text)]


_SAFETY_REVIEW = Obligation(
    ObligationKind.SAFETY_REVIEW,
    Message(
        "A risk was flagged (open court case or safety concern): a second editor must review "
        "this use for the survivor's safety before it goes ahead."
    ),
)
_CHECK_CONDITIONS = Obligation(
    ObligationKind.CHECK_CONDITIONS,
    Message(
        "The survivor set conditions in their own words: an editor must check this use against "
        "them."
    ),
)
