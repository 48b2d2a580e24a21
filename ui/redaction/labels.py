"""The redaction desk's words and colours: kinds of detail, operators and statuses in the
interface language, and the colour group each kind of detail is highlighted in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from haart_archive.types.redaction import IDENTIFIER_TYPES, EntityType, Operator, Status

# Numbers, phones and emails share a colour; quasi-identifiers (also identifiers to the core)
# are shown as "other detail", the words an editor reads for them.
IDENTIFIERS = IDENTIFIER_TYPES - {EntityType.QUASI_IDENTIFIER}


# Highlight colours by kind of detail; chosen to stay apart for common colour blindness
# (hue and lightness both differ) and readable under black text.
GROUP_COLOURS = {
    "person": "#f7b6b0", "place": "#b9e4b4", "organisation": "#d6c8f0",
    "identifier": "#a9cff5", "time": "#ffd59a", "other": "#fff07a",
}


CURRENT_COLOUR = "#ffbf47"


LEAK_COLOUR = "#e53935"


def group_of(entity: EntityType) -> str:
    if entity == EntityType.PERSON:
        return "person"
    if entity == EntityType.LOCATION:
        return "place"
    if entity == EntityType.ORGANIZATION:
        return "organisation"
    if entity in IDENTIFIERS:
        return "identifier"
    if entity in (EntityType.DATE, EntityType.AGE):
        return "time"
    return "other"


def group_words() -> dict[str, str]:
    return {
        "person": QCoreApplication.translate("RedactionReview", "Person"),
        "place": QCoreApplication.translate("RedactionReview", "Place"),
        "organisation": QCoreApplication.translate("RedactionReview", "Organisation"),
        "identifier": QCoreApplication.translate("RedactionReview", "Number, phone or email"),
        "time": QCoreApplication.translate("RedactionReview", "Date or age"),
        "other": QCoreApplication.translate("RedactionReview", "Other detail"),
    }


def entity_words(entity: EntityType) -> str:
    words = {
        EntityType.PERSON: QCoreApplication.translate("RedactionReview", "Person"),
        EntityType.LOCATION: QCoreApplication.translate("RedactionReview", "Place"),
        EntityType.ORGANIZATION: QCoreApplication.translate("RedactionReview", "Organisation"),
        EntityType.PHONE: QCoreApplication.translate("RedactionReview", "Phone"),
        EntityType.NATIONAL_ID: QCoreApplication.translate("RedactionReview", "National ID"),
        EntityType.PASSPORT: QCoreApplication.translate("RedactionReview", "Passport"),
        EntityType.KRA_PIN: QCoreApplication.translate("RedactionReview", "KRA PIN"),
        EntityType.MPESA_CODE: QCoreApplication.translate("RedactionReview", "M-Pesa code"),
        EntityType.EMAIL: QCoreApplication.translate("RedactionReview", "Email"),
        EntityType.ACCOUNT_NUMBER: QCoreApplication.translate("RedactionReview", "Account number"),
        EntityType.VEHICLE_PLATE: QCoreApplication.translate("RedactionReview", "Number plate"),
        EntityType.DATE: QCoreApplication.translate("RedactionReview", "Date"),
        EntityType.AGE: QCoreApplication.translate("RedactionReview", "Age"),
        EntityType.QUASI_IDENTIFIER: QCoreApplication.translate("RedactionReview", "Other detail"),
    }
    return words[EntityType(entity)]


def operator_words(operator: Operator) -> str:
    words = {
        Operator.MASK: QCoreApplication.translate("RedactionReview", "Mask (█████)"),
        Operator.LABEL: QCoreApplication.translate("RedactionReview", "Type label ([PERSON])"),
        Operator.PSEUDONYM: QCoreApplication.translate("RedactionReview", "Pseudonym (Survivor A)"),
        Operator.GENERALISE: QCoreApplication.translate("RedactionReview", "Generalise (village → county)"),
        Operator.KEEP: QCoreApplication.translate("RedactionReview", "Keep as written"),
    }
    return words[Operator(operator)]


def operator_short(operator: Operator) -> str:
    words = {
        Operator.MASK: QCoreApplication.translate("RedactionReview", "mask"),
        Operator.LABEL: QCoreApplication.translate("RedactionReview", "type label"),
        Operator.PSEUDONYM: QCoreApplication.translate("RedactionReview", "pseudonym"),
        Operator.GENERALISE: QCoreApplication.translate("RedactionReview", "generalise"),
        Operator.KEEP: QCoreApplication.translate("RedactionReview", "keep"),
    }
    return words[Operator(operator)]


def status_words(status: Status) -> str:
    words = {
        Status.PENDING: QCoreApplication.translate("RedactionReview", "waiting"),
        Status.ACCEPTED: QCoreApplication.translate("RedactionReview", "redact"),
        Status.REJECTED: QCoreApplication.translate("RedactionReview", "leave in"),
        Status.MANUAL: QCoreApplication.translate("RedactionReview", "marked by hand"),
    }
    return words[Status(status)]
