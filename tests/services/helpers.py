"""Builders for service tests: consent forms and approved versions in a copied archive."""

from __future__ import annotations

import datetime as dt
import io

from haart_archive.consent import ConsentGrant, Media, Use

ALL_USES = {u.value for u in Use}


def consent_form(*, uses=("case_work", "research", "anonymous_publication", "media_press", "partner_sharing"),
                 media=("text", "photo_hidden_face"), anonymity="pseudonym", on=None, expires=None,
                 review=False, minor=False, risk=False) -> ConsentGrant:
    on = on or dt.date.today() - dt.timedelta(days=30)
    form = {
        "consented_on": on.isoformat(),
        "consenter_name": "Fictional Consenter",
        "taken_by": "Fictional Officer",
        "method": "written_form",
        "language": "en",
        "uses": {u: u in uses for u in ALL_USES},
        "anonymity": anonymity,
        "media": {m.value: m.value in media for m in Media},
        "review_before_publication": review,
    }
    if expires:
        form["expires_on"] = expires.isoformat()
    if minor:
        form.update(is_minor=True, guardian_granted=True, minor_assent=True, consenter_relation="aunt")
    if risk:
        form.update(risk_flag=True, risk_details="Open court case (fictional)")
    return ConsentGrant.from_dict(form)


def approved_version(archive, testimony_id: str) -> str:
    desk = archive.redaction
    version_id = desk.create_version(testimony_id, desk.default_plan(testimony_id))
    desk.approve(version_id)
    return version_id


def photo(colour=(10, 120, 200), size=(120, 90)) -> bytes:
    from PIL import Image

    image = Image.new("RGB", size, colour)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG")
    return buffer.getvalue()
