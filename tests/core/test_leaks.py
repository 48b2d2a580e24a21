"""Invariant 1: nothing descriptive touches the disk in plain.

Unique canary strings go into every descriptive field, a blob, a photo's metadata and a
file name; whole API and command-line workflows run; then every byte under the archive
folder and a private TMPDIR is scanned for the canaries (plain, lower/upper case, UTF-16).
"""

from __future__ import annotations

import io
import json

from haart_archive.archive import Archive
from haart_archive.cli import main
from haart_archive.consent import ConsentGrant
from haart_archive.types.people import PersonIdentity, PersonProfile
from haart_archive.types.testimonies import PersonInput, Tags, TestimonyDraft
from tests.conftest import PASSPHRASES
from tests.leakscan import scan

CANARIES = {
    "custodian": "Qxcustodianzeta",
    "title": "Qxtitlekappa",
    "text": "Qxnarrativelambda",
    "notes": "Qxnotesmu",
    "place": "Qxplacenu",
    "taken_by": "Qxtakerxi",
    "name": "Qxsurvivoromicron",
    "alias": "Qxaliaspi",
    "village": "Qxvillagerho",
    "phone": "0799 314 159",
    "id_number": "31415926",
    "route": "Qxroutesigma",
    "consenter": "Qxconsentertau",
    "conditions": "Qxconditionsupsilon",
    "exif": "Qxcameraownerphi",
    "file_name": "Qxfilenamechi",
    "saved_search": "Qxsavedpsi",
    "cli_title": "Qxclititleomega",
    "cli_person": "Qxclipersonalpha",
    "new_user": "Qxnewuserbeta",
}


def _photo_with_metadata() -> bytes:
    from PIL import Image

    image = Image.new("RGB", (40, 30), (200, 10, 10))
    exif = Image.Exif()
    exif[0x013B] = CANARIES["exif"]  # Artist
    exif[0x010E] = CANARIES["exif"]  # ImageDescription
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def _api_workflow(folder) -> str:
    archive, _ = Archive.create(folder, CANARIES["custodian"], PASSPHRASES["custodian"])
    with archive:
        testimony_id = archive.testimonies.add(TestimonyDraft(
            title=CANARIES["title"], text=f"I met {CANARIES['name']} in {CANARIES['village']}. {CANARIES['text']}",
            notes=CANARIES["notes"], place_told=CANARIES["place"], taken_by=CANARIES["taken_by"], county="kilifi",
            tags=Tags(routes=(CANARIES["route"],)),
            people=(PersonInput("survivor", PersonIdentity(
                CANARIES["name"], aliases=(CANARIES["alias"],), phones=(CANARIES["phone"],),
                id_numbers=(CANARIES["id_number"],), home_village=CANARIES["village"]),
                PersonProfile(gender="female")),),
        ))
        archive.consent.grant(
            testimony_id,
            ConsentGrant.from_dict(
                {
                    "consented_on": "2025-03-01",
                    "consenter_name": CANARIES["consenter"],
                    "taken_by": "Officer",
                    "method": "written_form",
                    "language": "en",
                    "anonymity": "anonymous",
                    "uses": {
                        "case_work": True,
                        "research": True,
                        "training": False,
                        "partner_sharing": True,
                        "anonymous_publication": True,
                        "media_press": False,
                        "named_publication": False,
                        "donor_report": False,
                    },
                    "media": {
                        "text": True,
                        "photo_hidden_face": True,
                        "photo_visible_face": False,
                        "voice": False,
                        "video": False,
                    },
                    "conditions": CANARIES["conditions"],
                    "review_before_publication": False,
                }
            ),
        )
        media_id = archive.media.add(testimony_id, _photo_with_metadata(), file_name=f"{CANARIES['file_name']}.jpg")
        archive.media.thumbnail(media_id)
        derived = archive.media.redact(media_id, [])
        archive.media.approve(derived)
        assert archive.search.search(CANARIES["name"]).total == 1
        archive.search.save_search(CANARIES["saved_search"], CANARIES["saved_search"])
        archive.testimonies.update(testimony_id, TestimonyDraft(
            title=CANARIES["title"] + " edited", text=CANARIES["text"] + " edited", county="kilifi"))
        archive.search.rebuild()
        archive.consent.withdraw(testimony_id)
        archive.consent.receipt_html(testimony_id, "sw")
        archive.users.add(CANARIES["new_user"], "advocate", "silent marimba plays at sunrise")
        archive.users.remove(CANARIES["new_user"])
        archive.check()
    return testimony_id


def _cli_workflow(folder, tmp_path, monkeypatch, testimony_id) -> None:
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["custodian"])
    record = tmp_path / "input" / "record.json"
    record.parent.mkdir()
    record.write_text(json.dumps({"title": CANARIES["cli_title"], "text": "Fictional.",
                                  "people": [{"role": "survivor", "name": CANARIES["cli_person"]}]}))
    assert main(["add", str(folder), "--json", str(record)]) == 0
    record.unlink()
    for argv in (["list", str(folder)], ["show", str(folder), testimony_id, "--identities"],
                 ["audit", str(folder), "--verify"], ["consent", "show", str(folder), testimony_id]):
        main(argv)


def test_no_canary_reaches_the_disk(tmp_path, private_tmpdir, monkeypatch, capsys):
    folder = tmp_path / "archive"
    testimony_id = _api_workflow(folder)
    _cli_workflow(folder, tmp_path, monkeypatch, testimony_id)
    output = capsys.readouterr().out
    assert CANARIES["cli_title"] in output  # the workflow really showed the text on screen ...
    hits = scan([folder, private_tmpdir], CANARIES.values())
    assert hits == []  # ... and none of it is on disk
