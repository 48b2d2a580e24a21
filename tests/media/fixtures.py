"""Fictional media made in memory for the media tests (nothing real, nothing on disk)."""

from __future__ import annotations

import io
import struct
import wave

from mutagen.ogg import OggPage
from PIL import Image

# Canary values planted in metadata; none may survive redaction.
CANARY_ARTIST = "CANARY-Artist-Akinyi-Wambui"
CANARY_CAPTION = "CANARY-Caption-Kakamega-safehouse"
CANARY_XMP = "CANARY-XMP-Creator-Otieno"
CANARY_IPTC_CITY = "CANARY-IPTC-City-Mombasa"
CANARY_COMMENT = "CANARY-Comment-0712345678"
CANARY_THUMB = "CANARY-Thumbnail-comment"
CANARY_SERIAL = "CANARY-SN-998877"
CANARY_PNG_TEXT = "CANARY-PNG-Author-Njeri"
GPS_LATITUDE = (1.0, 17.0, 31.41)  # 1 deg 17' 31.41" S: a fictional spot
GPS_LONGITUDE = (36.0, 49.0, 12.34)


def gradient(width: int, height: int) -> Image.Image:
    """A picture where every pixel differs, so orientation mistakes show."""
    image = Image.new("RGB", (width, height))
    image.putdata(
        [
            (x * 255 // width, y * 255 // height, (x * 7 + y * 13) % 256)
            for y in range(height)
            for x in range(width)
        ]
    )
    return image


def iptc_segment(city: str) -> bytes:
    """An APP13 Photoshop IRB holding IPTC City (what newsroom tools write)."""
    record = b"\x1c\x02\x5a" + struct.pack(">H", len(city)) + city.encode()
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(record)) + record
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def tagged_jpeg(width: int = 64, height: int = 48, orientation: int = 6) -> bytes:
    """A JPEG with EXIF (GPS, author, serial, rotation), XMP, IPTC, COM and a trailing preview."""
    image = gradient(width, height)
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x013B] = CANARY_ARTIST
    exif[0x010E] = CANARY_CAPTION
    exif[0x010F] = "FictionalCam"
    exif.get_ifd(0x8769)[0xA431] = CANARY_SERIAL
    gps = exif.get_ifd(0x8825)
    gps.update({1: "S", 2: GPS_LATITUDE, 3: "E", 4: GPS_LONGITUDE})
    xmp = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq>'
        f"<rdf:li>{CANARY_XMP}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
    ).encode()
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=95, exif=exif, xmp=xmp, comment=CANARY_COMMENT)
    data = buffer.getvalue()
    data = data[:2] + iptc_segment(CANARY_IPTC_CITY) + data[2:]
    thumb = io.BytesIO()
    image.resize((16, 12)).save(thumb, "JPEG", comment=CANARY_THUMB)
    return data + thumb.getvalue()  # a preview image appended after EOI, as MPF files do


def texty_png(width: int = 40, height: int = 30) -> bytes:
    """A PNG with tEXt, iTXt and zTXt chunks and an ICC profile."""
    from PIL import ImageCms, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", CANARY_PNG_TEXT)
    info.add_itxt("Description", CANARY_CAPTION)
    info.add_text("Comment", CANARY_COMMENT, zip=True)
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buffer = io.BytesIO()
    gradient(width, height).save(buffer, "PNG", pnginfo=info, icc_profile=icc)
    return buffer.getvalue()


def encoded(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


# -- audio -----------------------------------------------------------------------------------


def wav_bytes(seconds: float = 2.0, rate: int = 8000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"\x00\x01" * int(seconds * rate))
    return buffer.getvalue()


def amr_bytes(frames: int = 150, wideband: bool = False) -> bytes:
    """AMR as phones record it: magic line, then 20 ms frames (mode 7 NB / mode 8 WB)."""
    if wideband:
        return b"#!AMR-WB\n" + (bytes([8 << 3 | 0x04]) + b"\x11" * 60) * frames
    return b"#!AMR\n" + (bytes([7 << 3 | 0x04]) + b"\x22" * 31) * frames


def mp3_bytes(frames: int = 100) -> bytes:
    """MPEG-1 Layer III frames at 128 kbit/s, 44.1 kHz (417 bytes, 1152 samples each)."""
    return (b"\xff\xfb\x90\x00" + b"\x00" * 413) * frames


def ogg_vorbis_bytes(seconds: int = 3, rate: int = 8000) -> bytes:
    identification = b"\x01vorbis" + struct.pack("<IBIiiiBB", 0, 1, rate, 0, 32000, 0, 0xB8, 1)
    comments = b"\x03vorbis" + struct.pack("<I", 4) + b"test" + struct.pack("<I", 0) + b"\x01"
    pages = []
    for sequence, (packets, position) in enumerate(
        [([identification], 0), ([comments], 0), ([b"\x00" * 50], seconds * rate)]
    ):
        page = OggPage()
        page.serial, page.sequence, page.position, page.packets = 1, sequence, position, packets
        page.first, page.last = sequence == 0, sequence == 2
        pages.append(page.write())
    return b"".join(pages)


def m4a_bytes(seconds: int = 4, timescale: int = 1000) -> bytes:
    """A minimal MP4 audio file: ftyp, then moov with an audio track's mdhd and hdlr."""

    def box(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", 8 + len(payload)) + kind + payload

    mvhd = box(
        b"mvhd",
        b"\x00" * 4 + struct.pack(">IIII", 0, 0, timescale, seconds * timescale) + b"\x00" * 80,
    )
    mdhd = box(
        b"mdhd", b"\x00" * 4 + struct.pack(">IIIIHH", 0, 0, timescale, seconds * timescale, 0, 0)
    )
    hdlr = box(b"hdlr", b"\x00" * 8 + b"soun" + b"\x00" * 12 + b"\x00")
    trak = box(b"trak", box(b"mdia", mdhd + hdlr))
    ftyp = box(b"ftyp", b"M4A \x00\x00\x00\x00M4A mp42isom")
    return ftyp + box(b"moov", mvhd + trak) + box(b"mdat", b"\x00" * 100)
