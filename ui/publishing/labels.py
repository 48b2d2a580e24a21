"""Publishing's words: channels, kinds of release, a release's status, anonymity levels and
the consent policy's reasons, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from haart_archive.messages import Message
from haart_archive.types.publishing import PublicationRecord
from ui.i18n import core_text


def channel_words(channel: str) -> str:
    return {
        "web": QCoreApplication.translate("Publications", "Website"),
        "report": QCoreApplication.translate("Publications", "Printed or PDF report"),
        "press": QCoreApplication.translate("Publications", "Press and media"),
        "social_media": QCoreApplication.translate("Publications", "Social media"),
        "donor_report": QCoreApplication.translate("Publications", "Donor report"),
        "partner": QCoreApplication.translate("Publications", "Partner organisation"),
    }.get(channel, channel)


CHANNELS = ("web", "report", "press", "social_media", "donor_report")


def consent_reason(problem: str) -> str:
    """The policy's reason inside a 'consent: …' problem, in the interface language."""
    if isinstance(problem, Message) and "reason" in problem.params:
        return core_text(problem.params["reason"])
    return problem.removeprefix("consent:").strip()


def kind_words(kind: str) -> str:
    return {
        "publication": QCoreApplication.translate("Publications", "Publication"),
        "partner_export": QCoreApplication.translate("Publications", "Partner export"),
    }.get(kind, kind)


def release_words(record: PublicationRecord) -> str:
    if record.taken_down_at is not None:
        return QCoreApplication.translate("Publications", "Taken down %1").replace(
            "%1", record.taken_down_at.date().isoformat())
    if record.needs_takedown:
        return QCoreApplication.translate("Publications", "TAKE DOWN")
    return QCoreApplication.translate("Publications", "Released")


def anonymity_words(level: str) -> str:
    words = {
        "anonymous": QCoreApplication.translate("PublicTexts", "Anonymous"),
        "pseudonym": QCoreApplication.translate("PublicTexts", "Pseudonym"),
        "first_name": QCoreApplication.translate("PublicTexts", "First name only"),
        "full_name": QCoreApplication.translate("PublicTexts", "Full name"),
    }
    return words.get(level, level)
