"""Durations of voice recordings, read from their headers without decoding the sound.

MP3, OGG (Vorbis, Opus), M4A/3GP and WAV go through `mutagen`, which reads only headers
and seeks, so a long recording is never read whole. AMR, the format many Android phones
record calls and voice notes in, is read here: a file is a magic line followed by frames of
20 ms each, and each frame's first byte gives its mode and therefore its length.
"""

from __future__ import annotations

from typing import BinaryIO

from mutagen.mp3 import MP3
from mutagen.mp4 import MP4
from mutagen.oggopus import OggOpus
from mutagen.oggvorbis import OggVorbis
from mutagen.wave import WAVE

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message

AMR_NB_MAGIC = b"#!AMR\n"
AMR_WB_MAGIC = b"#!AMR-WB\n"
AMR_FRAME_SECONDS = 0.02
# Speech bytes after the one-byte frame header, by frame type (3GPP TS 26.101 / 26.201).
# None marks a reserved frame type, which a real recording never holds.
AMR_NB_FRAME_BYTES = (12, 13, 15, 17, 19, 20, 26, 31, 5, None, None, None, None, None, None, 0)
AMR_WB_FRAME_BYTES = (17, 23, 32, 36, 40, 46, 50, 58, 60, 5, None, None, None, None, 0, 0)
READ_BYTES = 64 * 1024

_MUTAGEN_TYPES = {"MP3": (MP3,), "OGG": (OggVorbis, OggOpus), "M4A": (MP4,), "WAV": (WAVE,)}


def audio_duration(stream: BinaryIO, audio_format: str) -> float:
    """Length in seconds of a recording in `audio_format` (MP3, OGG, M4A, WAV or AMR).

    Raises `InvalidInput` with one sentence when the file is damaged or holds no sound.
    The stream is left at its start.
    """
    stream.seek(0)
    try:
        seconds = amr_duration(stream) if audio_format == "AMR" else _mutagen_duration(stream, audio_format)
    finally:
        stream.seek(0)
    if not seconds or seconds <= 0:
        raise InvalidInput(Message(
            "The {audio_format} recording holds no sound: it is empty or damaged.",
            audio_format=audio_format,
        ))
    return seconds


def _mutagen_duration(stream: BinaryIO, audio_format: str) -> float:
    for kind in _MUTAGEN_TYPES[audio_format]:
        stream.seek(0)
        try:
            return float(kind(stream).info.length)
        except Exception:  # a parser fed a hostile file can fail in any way
            continue
    raise InvalidInput(
        Message(
            "The {audio_format} recording could not be read: it is damaged or not really "
            "{audio_format}.",
            audio_format=audio_format,
        )
    )


def amr_duration(stream: BinaryIO) -> float:
    """Length in seconds of an AMR or AMR-WB file, counted from its frame headers."""
    head = stream.read(len(AMR_WB_MAGIC))
    if head.startswith(AMR_WB_MAGIC):
        sizes = AMR_WB_FRAME_BYTES
    elif head.startswith(AMR_NB_MAGIC):
        sizes = AMR_NB_FRAME_BYTES
        stream.seek(len(AMR_NB_MAGIC))
    else:
        raise InvalidInput(Message("The AMR recording does not start with the AMR header."))
    return _count_amr_frames(stream, sizes) * AMR_FRAME_SECONDS


def _count_amr_frames(stream: BinaryIO, sizes: tuple[int | None, ...]) -> int:
    frames, skip = 0, 0  # skip: bytes of the last frame that run into the next block
    while block := stream.read(READ_BYTES):
        position = skip
        while position < len(block):
            header = block[position]
            size = sizes[(header >> 3) & 0x0F]
            if size is None or header & 0x83:  # padding bits must be zero
                raise InvalidInput(Message(
                    "The AMR recording is damaged: a frame header is not valid.",
                ))
            frames += 1
            position += 1 + size
        skip = position - len(block)
    if skip:
        raise InvalidInput(Message("The AMR recording was cut short in the middle of a frame."))
    return frames
