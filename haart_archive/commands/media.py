"""`haart-archive media ...`: add files, see what they reveal, make and export redacted images."""

from __future__ import annotations

import argparse
from pathlib import Path

from haart_archive.commands.common import add_path, add_user_option, open_archive, print_json
from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.types.media import Rect


def register(subparsers: argparse._SubParsersAction) -> None:
    media = subparsers.add_parser("media", help="photos, scans and recordings").add_subparsers(
        dest="media_command", metavar="ACTION"
    )

    add = media.add_parser("add", help="attach a file to a testimony (prints the media id)")
    add_path(add)
    add.add_argument("testimony_id")
    add.add_argument("file", type=Path)
    add.add_argument("--consent-form", action="store_true", help="a signed consent form (identity tier)")
    add_user_option(add)
    add.set_defaults(handler=media_add)

    info = media.add_parser("info", help="what a file reveals (camera, GPS, author, ...)")
    add_path(info)
    info.add_argument("media_id")
    add_user_option(info)
    info.add_argument("--json", action="store_true")
    info.set_defaults(handler=media_info)

    listing = media.add_parser("list", help="the media of a testimony")
    add_path(listing)
    listing.add_argument("testimony_id")
    add_user_option(listing)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=media_list)

    suggest = media.add_parser("suggest", help="faces and lines of text found in an image: boxes to cover "
                                               "(X,Y,W,H, for 'media redact --box')")
    add_path(suggest)
    suggest.add_argument("media_id")
    add_user_option(suggest)
    suggest.add_argument("--json", action="store_true")
    suggest.set_defaults(handler=media_suggest)

    redact = media.add_parser("redact", help="make a redacted image with opaque boxes (prints the version id)")
    add_path(redact)
    redact.add_argument("media_id")
    redact.add_argument(
        "--box", action="append", default=[], metavar="X,Y,W,H", help="a region to fill, in upright pixels"
    )
    redact.add_argument("--format", default="PNG", choices=["PNG", "JPEG"])
    redact.add_argument("--max-size", type=int, help="shrink so the longest side is at most this")
    redact.add_argument("--shows-face", action="store_true", help="a face stays visible (needs that consent)")
    redact.add_argument("--out-version", action="store_true", help="store the result as a new version (the default)")
    add_user_option(redact)
    redact.set_defaults(handler=media_redact)

    export = media.add_parser("export", help="write an approved redacted image (or a recording) to a file")
    add_path(export)
    export.add_argument("version_id")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--use", default="anonymous_publication", help="the use it is exported for")
    add_user_option(export)
    export.set_defaults(handler=media_export)


def media_add(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        media_id = archive.media.add(args.testimony_id, args.file, consent_form=args.consent_form)
        info = archive.media.info(media_id)
    print(f"Stored {info.kind} ({info.format}, {info.size:,} bytes) sealed in the {info.tier} tier.")
    print(media_id)
    return 0


def media_info(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        info = archive.media.info(args.media_id)
        facts = archive.media.facts(args.media_id) if info.derived_from is None else []
    if args.json:
        print_json(
            {**info.to_json(), "facts": [{"label": f.label, "value": f.value, "risk": f.risk.value} for f in facts]}
        )
        return 0
    size = (
        f"{info.width}x{info.height}"
        if info.width
        else (f"{info.duration_seconds:.1f} s" if info.duration_seconds else "")
    )
    print(f"{info.kind}, {info.format}, {size}, {info.size:,} bytes, {info.state}")
    if not facts:
        print("The file carries no metadata that identifies anyone." if info.derived_from else "No metadata found.")
    for fact in facts:
        print(f"  [{fact.risk.value:>6}] {fact.label}: {fact.value}")
    return 0


def media_list(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        items = archive.media.list(args.testimony_id)
    if args.json:
        print_json([item.to_json() for item in items])
        return 0
    for item in items:
        origin = f" from {item.derived_from}" if item.derived_from else ""
        print(f"{item.id}  {item.kind:<6} {item.format:<5} {item.state:<9}{origin}")
    return 0


def media_suggest(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        boxes = archive.media.suggested_boxes(args.media_id)
    if args.json:
        print_json([box.to_json() for box in boxes])
        return 0
    if not boxes:
        print("No face or text found. Detectors miss faces: look at the picture too.")
    for box in boxes:
        x, y, w, h = box.to_json()["box"]
        print(f"{x},{y},{w},{h}\t{box.kind}\t{box.confidence:.2f}\t{box.text}".rstrip())
    return 0


def _box(text: str) -> Rect:
    try:
        x, y, w, h = (int(part) for part in text.split(","))
    except ValueError:
        raise InvalidInput(Message(
            "'{text}' is not a box; write X,Y,W,H in whole pixels.",
            text=text,
        )) from None
    return Rect(x, y, w, h)


def media_redact(args: argparse.Namespace) -> int:
    regions = [_box(text) for text in args.box]
    with open_archive(args) as archive:
        version_id = archive.media.redact(args.media_id, regions, output_format=args.format,
                                          max_size=args.max_size, shows_face=args.shows_face)
    print(f"Made a redacted image with {len(regions)} filled region(s) and no metadata; approve it with "
          "'haart-archive redact approve'.")
    print(version_id)
    return 0


def media_export(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        archive.media.export(args.version_id, args.out, use=args.use)
    print(f"Wrote {args.out}.")
    return 0
