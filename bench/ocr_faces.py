"""Recall and speed of the text reader (OCR) and the face detector, haart_archive.media.vision.

    .venv/bin/python bench/ocr_faces.py                 # both parts
    .venv/bin/python bench/ocr_faces.py --ocr-only      # or --faces-only; --quick for a short run
    .venv/bin/python bench/ocr_faces.py --faces-dir "/path/to/interfaces/1000 x 1000"

OCR: images made here (nothing real): fictional Kenyan names, phone numbers and ID numbers in
several fonts and sizes, slightly rotated, on noise, gradients, textures and the camera photos
in ../shared/data/images (read in place), as a phone chat screenshot, an ID-card-like layout,
a T-shirt and a sign. An identifier counts as read when the OCR text (lines in reading order)
contains it after case folding and removing white space. The baseline in the same run is
RapidOCR's own default confidence cut (0.5) instead of ours (0.3).

Faces: the 100 portraits of inter-faces 1.4 (github.com/cjdowner/interfaces, declared CC0;
not in this repository: pass --faces-dir or set HAART_FACES_DIR) with our skin-tone labels and
face boxes in bench/data/interfaces_faces.tsv, as they are and made harder: shrunk into group
pictures (small faces), darkened with noise (low light), rotated, and JPEG-compressed. A face
counts as found when a detection overlaps its box by IoU >= 0.3. False positives are counted
on images without faces: the camera photos of ../shared/data/images, generated textures and
the OCR test images. The baseline in the same run is a stricter score threshold (0.5).
"""

from __future__ import annotations

import argparse
import io
import math
import os
import random
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pillow_heif  # noqa: E402
import reportlab  # noqa: E402

from haart_archive.media.vision import detect_faces, read_text, text_in_reading_order  # noqa: E402

pillow_heif.register_heif_opener()

SHARED_IMAGES = Path(os.environ.get("HAART_SHARED_DIR", ROOT.parent / "shared")) / "data" / "images"
PHOTOS = ("iptc.jpg", "flower.webp", "IMG_5195.HEIC", "flower2.webp", "exif.png")
FACES_TSV = ROOT / "bench" / "data" / "interfaces_faces.tsv"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
VERA = Path(reportlab.__file__).resolve().parent / "fonts"

# Fictional people: common Kenyan given names and surnames, combined at random.
GIVEN = ["Wanjiru", "Achieng", "Nafula", "Mwanajuma", "Chebet", "Akinyi", "Njeri", "Zawadi",
         "Kiprono", "Otieno", "Mutua", "Baraka", "Omondi", "Kamau", "Wekesa", "Juma"]
FAMILY = ["Kamau", "Otieno", "Wekesa", "Hamisi", "Cheruiyot", "Musyoka", "Odhiambo", "Wambui",
          "Njoroge", "Barasa", "Mohamed", "Kiptoo", "Atieno", "Mwangi", "Onyango", "Chege"]


def fonts() -> dict[str, Callable[[int], ImageFont.FreeTypeFont]]:
    """Fonts the tests can count on: DejaVu (fonts-dejavu-core), reportlab's Vera, Pillow's own."""
    found: dict[str, Callable[[int], ImageFont.FreeTypeFont]] = {}
    for name, path in [("DejaVuSans", DEJAVU / "DejaVuSans.ttf"), ("DejaVuSerif", DEJAVU / "DejaVuSerif.ttf"),
                       ("DejaVuSansMono", DEJAVU / "DejaVuSansMono.ttf"),
                       ("DejaVuSans-Bold", DEJAVU / "DejaVuSans-Bold.ttf"),
                       ("DejaVuSerif-Bold", DEJAVU / "DejaVuSerif-Bold.ttf"),
                       ("Vera", VERA / "Vera.ttf"), ("VeraBd", VERA / "VeraBd.ttf")]:
        if path.exists():
            found[name] = lambda size, path=path: ImageFont.truetype(str(path), size)
    found["Pillow default"] = lambda size: ImageFont.load_default(size)  # type: ignore[return-value]
    return found


# -- identifiers --------------------------------------------------------------------------


@dataclass
class Person:
    name: str
    phone: str
    id_number: str

    def planted(self) -> dict[str, str]:
        return {"name": self.name, "phone": self.phone, "id": self.id_number}


def person(rng: random.Random) -> Person:
    name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    digits = "".join(rng.choice("0123456789") for _ in range(6))
    prefix = rng.choice(["07", "07", "01"]) + rng.choice("0129") + rng.choice("0123456789")
    if rng.random() < 0.35:
        phone = f"+254 {prefix[1:]} {digits[:3]} {digits[3:]}"
    else:
        phone = f"{prefix} {digits[:3]} {digits[3:]}"
    id_number = str(rng.randint(20_000_000, 39_999_999))
    return Person(name, phone, id_number)


def normalise(text: str) -> str:
    return re.sub(r"\s+", "", text.casefold())


# -- OCR scenes ---------------------------------------------------------------------------


@dataclass
class Scene:
    condition: str
    image: Image.Image
    planted: dict[str, str]
    size_class: str = "small"
    also: tuple[str, ...] = ()  # further conditions the same image counts under


def text_block(lines: list[str], font: ImageFont.FreeTypeFont, ink: str = "black",
               paper: tuple[int, int, int, int] = (255, 255, 255, 255), pad: int = 20) -> Image.Image:
    probe = ImageDraw.Draw(Image.new("RGBA", (1, 1)))
    boxes = [probe.textbbox((0, 0), line, font=font) for line in lines]
    line_height = max(b[3] - b[1] for b in boxes)
    width = max(b[2] - b[0] for b in boxes) + 2 * pad
    height = (line_height + line_height // 2) * len(lines) + 2 * pad
    block = Image.new("RGBA", (width, height), paper)
    draw = ImageDraw.Draw(block)
    for index, line in enumerate(lines):
        draw.text((pad, pad + index * (line_height + line_height // 2)), line, font=font, fill=ink)
    return block


def card_lines(who: Person) -> list[str]:
    return [who.name, f"Tel {who.phone}", f"ID {who.id_number}"]


def photo(name: str, size: tuple[int, int]) -> Image.Image | None:
    path = SHARED_IMAGES / name
    if not path.exists():
        return None
    with Image.open(path) as opened:
        upright = ImageOps.exif_transpose(opened).convert("RGB")
    return ImageOps.fit(upright, size, Image.Resampling.LANCZOS)


def texture(kind: str, size: tuple[int, int], rng: random.Random) -> Image.Image:
    width, height = size
    np_rng = np.random.default_rng(rng.randrange(1 << 30))
    if kind == "noise":
        base = np_rng.normal(170, 40, (height // 4, width // 4, 3)).clip(0, 255).astype(np.uint8)
        return Image.fromarray(base).resize(size, Image.Resampling.BICUBIC)
    if kind == "gradient":
        x = np.linspace(0, 1, width)[None, :, None]
        y = np.linspace(0, 1, height)[:, None, None]
        colours = np.array([[230, 200, 120]]) * (1 - x) + np.array([[90, 140, 200]]) * y
        return Image.fromarray(colours.clip(0, 255).astype(np.uint8))
    if kind == "fabric":  # woven cloth: fine stripes, colour noise, soft folds
        yy, xx = np.mgrid[0:height, 0:width]
        weave = 12 * np.sin(xx / 1.7) * np.sin(yy / 1.9)
        folds = 35 * np.sin(xx / 90 + 2 * np.sin(yy / 140))
        base = np.stack([150 + weave + folds, 40 + weave + folds / 2, 50 + weave], axis=-1)
        base += np_rng.normal(0, 10, base.shape)
        return Image.fromarray(base.clip(0, 255).astype(np.uint8))
    if kind == "bricks":
        image = Image.new("RGB", size, (150, 75, 50))
        draw = ImageDraw.Draw(image)
        for row, top in enumerate(range(0, height, 40)):
            shift = 45 if row % 2 else 0
            draw.line([(0, top), (width, top)], fill=(200, 190, 180), width=4)
            for left in range(-shift, width, 90):
                draw.line([(left, top), (left, top + 40)], fill=(200, 190, 180), width=4)
        noise = np_rng.normal(0, 18, (height, width, 3))
        return Image.fromarray((np.asarray(image, dtype=np.float64) + noise).clip(0, 255).astype(np.uint8))
    raise ValueError(kind)


def place(background: Image.Image, block: Image.Image, rng: random.Random, angle: float = 0.0) -> Image.Image:
    if angle:
        block = block.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    canvas = background.convert("RGB").copy()
    left = rng.randint(0, max(0, canvas.width - block.width))
    top = rng.randint(0, max(0, canvas.height - block.height))
    canvas.paste(block, (left, top), block)
    return canvas


def plain_scenes(rng: random.Random, quick: bool) -> Iterator[Scene]:
    sizes = (12, 24) if quick else (12, 16, 24, 40, 64)
    for font_name, make in fonts().items():
        for size in sizes:
            who = person(rng)
            yield Scene(f"font {font_name}", text_block(card_lines(who), make(size)).convert("RGB"), who.planted(),
                        also=(f"size {size:>2} px",))


def rotated_scenes(rng: random.Random, quick: bool) -> Iterator[Scene]:
    make = fonts()["DejaVuSans"]
    for angle in (-8, -3, 3, 8):
        for _ in range(1 if quick else 3):
            who = person(rng)
            block = text_block(card_lines(who), make(24))
            canvas = place(Image.new("RGB", (block.width + 120, block.height + 160), "white"), block, rng, angle)
            yield Scene(f"rotated {abs(angle)} deg", canvas, who.planted())


def background_scenes(rng: random.Random, quick: bool, size: tuple[int, int], size_class: str) -> Iterator[Scene]:
    make = fonts()["DejaVuSans-Bold"]
    text_px = round(30 * size[0] / 1600)
    kinds: list[tuple[str, Image.Image | None]] = [
        (kind, texture(kind, size, rng)) for kind in ("noise", "gradient", "bricks")
    ]
    kinds += [(f"photo {name}", photo(name, size)) for name in PHOTOS[: 2 if quick else len(PHOTOS)]]
    for kind, background in kinds:
        if background is None:
            continue
        who = person(rng)
        grey = np.asarray(background.convert("L"), dtype=np.float64).mean()
        ink = "black" if grey > 110 else "white"
        block = text_block(card_lines(who), make(text_px), ink=ink, paper=(0, 0, 0, 0))
        angle = rng.uniform(-3, 3)
        condition = "photo background" if kind.startswith("photo") else f"{kind} background"
        yield Scene(condition, place(background, block, rng, angle), who.planted(), size_class)


def chat_screenshot(who: Person, rng: random.Random) -> Image.Image:
    """A phone screenshot of a chat: contact name and number in the header, bubbles below."""
    width, height = 1080, 2340
    screen = Image.new("RGB", (width, height), (236, 229, 221))
    draw = ImageDraw.Draw(screen)
    make_bold, make = fonts()["DejaVuSans-Bold"], fonts()["DejaVuSans"]
    draw.rectangle((0, 0, width, 90), fill=(7, 94, 84))
    draw.text((40, 22), f"{rng.randint(7, 22)}:{rng.randint(10, 59)}", font=make(38), fill="white")
    draw.rectangle((0, 90, width, 300), fill=(7, 94, 84))
    draw.ellipse((40, 130, 170, 260), fill=(180, 190, 200))
    draw.text((200, 130), who.name, font=make_bold(52), fill="white")
    draw.text((200, 205), who.phone, font=make(40), fill=(220, 240, 235))
    messages = [
        (False, "Habari, niko Mombasa sasa"),
        (True, "Uko salama? Nipigie"),
        (False, f"Namba yangu mpya ni {who.phone}"),
        (True, "Sawa, nitakupigia jioni"),
        (False, "Asante sana dada"),
    ]
    top = 380
    for mine, message in messages:
        font = make(42)
        box = draw.textbbox((0, 0), message, font=font)
        bubble_w = box[2] - box[0] + 60
        left = width - bubble_w - 40 if mine else 40
        draw.rounded_rectangle((left, top, left + bubble_w, top + 110), 24,
                               fill=(220, 248, 198) if mine else (255, 255, 255))
        draw.text((left + 30, top + 28), message, font=font, fill=(20, 20, 20))
        top += 160
    return screen


def id_card(who: Person, rng: random.Random) -> Image.Image:
    """An ID-card-like layout (not a copy of any real card): header, photo box, fields."""
    width, height = 1012, 638
    card = Image.new("RGB", (width, height), (222, 232, 214))
    draw = ImageDraw.Draw(card)
    for y in range(0, height, 6):  # guilloche-like background lines
        points = [(x, y + 8 * math.sin(x / 37 + y / 50)) for x in range(0, width, 8)]
        draw.line(points, fill=(200, 214, 196), width=1)
    bold, regular = fonts()["DejaVuSans-Bold"], fonts()["DejaVuSans"]
    draw.text((250, 24), "JAMHURI YA KENYA   REPUBLIC OF KENYA", font=bold(30), fill=(20, 60, 20))
    draw.rectangle((40, 110, 250, 380), fill=(150, 150, 150))
    fields = [("SERIAL NUMBER:", str(rng.randint(200_000_000, 299_999_999))),
              ("ID NUMBER:", who.id_number), ("FULL NAMES", who.name.upper()),
              ("DATE OF BIRTH", f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1980, 2006)}"),
              ("SEX", rng.choice(["FEMALE", "MALE"])), ("DISTRICT OF BIRTH", "KILIFI")]
    top = 110
    for label, value in fields:
        draw.text((290, top), label, font=regular(22), fill=(60, 60, 60))
        draw.text((290, top + 26), value, font=bold(30), fill=(10, 10, 10))
        top += 78
    return card


def tshirt(who: Person, rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """Big bold print on cloth, bent by folds (a sine warp)."""
    cloth = texture("fabric", size, rng)
    scale = size[0] / 1600
    block = text_block(["JUSTICE FOR", who.name.upper(), who.phone], fonts()["DejaVuSans-Bold"](round(70 * scale)),
                       ink="white", paper=(0, 0, 0, 0))
    shirt = place(cloth, block, rng)
    pixels = np.asarray(shirt)
    rows = np.arange(pixels.shape[0])[:, None]
    cols = np.arange(pixels.shape[1])[None, :]
    shift = (6 * scale * np.sin(cols / (60 * scale))).astype(int)
    return Image.fromarray(pixels[np.clip(rows + shift, 0, pixels.shape[0] - 1), cols])


def sign(who: Person, rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """A painted board with a name and number, photographed at a slant in front of a wall."""
    scale = size[0] / 1600
    board = text_block([f"{who.name.split()[0].upper()} SALON", f"Call {who.phone}"],
                       fonts()["DejaVuSerif-Bold"](round(60 * scale)), ink=(150, 20, 20), paper=(245, 215, 90, 255),
                       pad=round(40 * scale))
    return place(texture("bricks", size, rng), board, rng, rng.uniform(-8, 8))


def document_scenes(rng: random.Random, quick: bool, size: tuple[int, int], size_class: str) -> Iterator[Scene]:
    scale = size[0] / 1600
    table = photo("iptc.jpg", size) or texture("noise", size, rng)
    for _ in range(1 if quick else 2):
        who = person(rng)
        screenshot = chat_screenshot(who, rng)
        if size_class == "small":
            yield Scene("phone screenshot", screenshot, {"name": who.name, "phone": who.phone})
        shot = screenshot.resize((round(480 * scale), round(1040 * scale))).convert("RGBA")
        yield Scene("photo of a phone screen", place(table, shot, rng, rng.uniform(-6, 6)),
                    {"name": who.name, "phone": who.phone}, size_class)
        who = person(rng)
        card = id_card(who, rng).resize((round(760 * scale), round(479 * scale))).convert("RGBA")
        yield Scene("ID card on a table", place(table, card, rng, rng.uniform(-8, 8)),
                    {"name": who.name, "id": who.id_number}, size_class)
        who = person(rng)
        yield Scene("T-shirt print", tshirt(who, rng, size), {"name": who.name, "phone": who.phone}, size_class)
        who = person(rng)
        yield Scene("sign", sign(who, rng, size), {"name": who.name.split()[0], "phone": who.phone}, size_class)


def hard_scenes(rng: random.Random, quick: bool) -> Iterator[Scene]:
    """Where OCR is expected to struggle: blur, low contrast, heavy JPEG, small print, 15 deg."""
    make = fonts()["DejaVuSans"]
    for index in range(2 if quick else 4):
        name = PHOTOS[index % len(PHOTOS)]
        background = photo(name, (1600, 1200)) or texture("noise", (1600, 1200), rng)
        grey = np.asarray(background.convert("L"), dtype=np.float64).mean()
        ink = "black" if grey > 110 else "white"
        who = person(rng)
        block = text_block(card_lines(who), make(26), ink=ink, paper=(0, 0, 0, 0))
        blurred = place(background, block, rng).filter(ImageFilter.GaussianBlur(2))
        yield Scene("defocus blur (2 px)", blurred, who.planted(), "1600x1200")
        who = person(rng)
        faint = (150, 150, 150) if grey > 110 else (110, 110, 110)
        paper = Image.new("RGB", (1600, 1200), (175, 175, 175) if grey > 110 else (90, 90, 90))
        yield Scene("low contrast", place(paper, text_block(card_lines(who), make(26), ink=faint,
                                                              paper=(0, 0, 0, 0)), rng), who.planted(), "1600x1200")
        who = person(rng)
        buffer = io.BytesIO()
        place(background, block_for(who, make(22), ink), rng).save(buffer, "JPEG", quality=12)
        yield Scene("JPEG quality 12", Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), who.planted(),
                    "1600x1200")
        who = person(rng)
        large = photo(name, (4000, 3000)) or texture("noise", (4000, 3000), rng)
        yield Scene("18 px print in 4000x3000", place(large, block_for(who, make(18), ink), rng), who.planted(),
                    "4000x3000")
        who = person(rng)
        block = text_block(card_lines(who), make(26))
        canvas = place(Image.new("RGB", (block.width + 300, block.height + 300), "white"), block, rng, 15)
        yield Scene("rotated 15 deg", canvas, who.planted())


def block_for(who: Person, font: ImageFont.FreeTypeFont, ink: str) -> Image.Image:
    return text_block(card_lines(who), font, ink=ink, paper=(0, 0, 0, 0))


def ocr_scenes(quick: bool) -> list[Scene]:
    rng = random.Random(15)
    scenes = [*plain_scenes(rng, quick), *rotated_scenes(rng, quick)]
    for size, size_class in (((1600, 1200), "1600x1200"), ((4000, 3000), "4000x3000")):
        scenes += [*background_scenes(rng, quick, size, size_class), *document_scenes(rng, quick, size, size_class)]
    scenes += hard_scenes(rng, quick)
    return scenes


# -- OCR measurement ----------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)]


def run_ocr(quick: bool) -> list[Scene]:
    scenes = ocr_scenes(quick)
    print(f"load average at start: {os.getloadavg()[0]:.1f} (other work on the machine slows the timings)")
    read_text(Image.new("RGB", (64, 32), "white"))  # load the models before timing
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # read, read by baseline, planted
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    times: dict[str, list[float]] = defaultdict(list)
    misses: list[str] = []
    for scene in scenes:
        started = time.perf_counter()
        regions = read_text(scene.image)
        times[scene.size_class].append(time.perf_counter() - started)
        ours = normalise(text_in_reading_order(regions))
        strict = normalise(text_in_reading_order(r for r in regions if r.confidence >= 0.5))
        for kind, value in scene.planted.items():
            hit, strict_hit = normalise(value) in ours, normalise(value) in strict
            keys = [(found, c) for c in (scene.condition, *scene.also)] + [(kinds, kind)]
            for table, key in keys:
                table[key][0] += hit
                table[key][1] += strict_hit
                table[key][2] += 1
            if not hit:
                misses.append(f"{scene.condition} [{scene.size_class}]: {kind} not read")
    print("\n== OCR: planted identifiers read (ours: confidence >= 0.3; baseline: >= 0.5)")
    print(f"{'condition':<28} {'planted':>7} {'ours':>7} {'baseline':>9}")
    for table in (found, kinds):
        for key, (hit, strict_hit, total) in sorted(table.items()):
            print(f"{key:<28} {total:>7} {hit / total:>7.0%} {strict_hit / total:>9.0%}")
        print()
    total_hit = sum(v[0] for v in kinds.values())
    total = sum(v[2] for v in kinds.values())
    print(f"all: {total_hit}/{total} = {total_hit / total:.1%} read; {len(scenes)} images")
    print("\n== OCR: seconds per image (models loaded)")
    for size_class, values in times.items():
        print(f"{size_class:<10} n={len(values):<3} median {statistics.median(values):.2f}  "
              f"p95 {percentile(values, 0.95):.2f}")
    big = [s for s in scenes if s.size_class == "4000x3000"]
    if big:
        print("what the size limit costs, on the 4000x3000 images:")
        for max_side in (1600, 2000, 3000):
            hit = total = 0
            started = time.perf_counter()
            for scene in big:
                text = normalise(text_in_reading_order(read_text(scene.image, max_side=max_side)))
                hit += sum(normalise(value) in text for value in scene.planted.values())
                total += len(scene.planted)
            seconds = (time.perf_counter() - started) / len(big)
            print(f"  max_side {max_side}: {hit}/{total} read, {seconds:.2f} s per image")
    print("\nmissed:")
    for miss in misses:
        print("  " + miss)
    return scenes


# -- faces --------------------------------------------------------------------------------


@dataclass
class Portrait:
    file: str
    group: str
    flags: set[str]
    box: tuple[int, int, int, int]


@dataclass
class FaceCase:
    condition: str
    image: Image.Image
    faces: list[tuple[Portrait, tuple[float, float, float, float]]] = field(default_factory=list)


def portraits() -> list[Portrait]:
    rows = []
    for line in FACES_TSV.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("file"):
            continue
        file, group, flags, *box = line.split("\t")
        rows.append(Portrait(file, group, set() if flags == "-" else set(flags.split(",")),
                             tuple(int(v) for v in box)))  # type: ignore[arg-type]
    return rows


def iou(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    inter_w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    inter_h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = inter_w * inter_h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union else 0.0


def load(folder: Path, portrait: Portrait) -> Image.Image:
    with Image.open(folder / portrait.file) as opened:
        return opened.convert("RGB")


def scaled(box: tuple[int, ...], factor: float, left: float = 0, top: float = 0) -> tuple[float, float, float, float]:
    return (box[0] * factor + left, box[1] * factor + top, box[2] * factor + left, box[3] * factor + top)


def group_pictures(folder: Path, people: list[Portrait], rng: random.Random, size: tuple[int, int],
                   face_px: tuple[int, int], condition: str) -> Iterator[FaceCase]:
    """Portraits shrunk so faces are `face_px` wide, 12 to a picture, on a camera photo."""
    backgrounds = [b for b in (photo(n, size) for n in PHOTOS) if b is not None] or [texture("noise", size, rng)]
    order = people[:]
    rng.shuffle(order)
    for start in range(0, len(order), 12):
        canvas = rng.choice(backgrounds).copy()
        case = FaceCase(condition, canvas)
        cell_w, cell_h = size[0] // 4, size[1] // 3
        for index, portrait in enumerate(order[start:start + 12]):
            face_w = portrait.box[2] - portrait.box[0]
            factor = rng.uniform(*face_px) / face_w
            side = max(8, round(1000 * factor))
            tile = load(folder, portrait).resize((side, side), Image.Resampling.LANCZOS)
            left = (index % 4) * cell_w + rng.randint(0, max(0, cell_w - side))
            top = (index // 4) * cell_h + rng.randint(0, max(0, cell_h - side))
            canvas.paste(tile, (left, top))
            case.faces.append((portrait, scaled(portrait.box, side / 1000, left, top)))
        yield case


def single_variants(folder: Path, people: list[Portrait], rng: random.Random) -> Iterator[FaceCase]:
    for portrait in people:
        image = load(folder, portrait)
        yield FaceCase("as photographed", image, [(portrait, portrait.box)])
        small = image.resize((640, 640), Image.Resampling.LANCZOS)
        pixels = np.asarray(small, dtype=np.float64) / 255
        dark = (pixels ** 1.8) * 0.25 * 255 + np.random.default_rng(int(portrait.file[:3])).normal(0, 5, pixels.shape)
        yield FaceCase("low light", Image.fromarray(dark.clip(0, 255).astype(np.uint8)),
                       [(portrait, scaled(portrait.box, 0.64))])
        angle = rng.choice([-25, 25])
        turned = small.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=(128, 128, 128))
        yield FaceCase("rotated 25 deg", turned, [(portrait, rotated_box(scaled(portrait.box, 0.64), angle, 640))])
        buffer = io.BytesIO()
        image.resize((320, 320), Image.Resampling.LANCZOS).save(buffer, "JPEG", quality=15)
        yield FaceCase("320 px, JPEG q15", Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"),
                       [(portrait, scaled(portrait.box, 0.32))])


def rotated_box(box: tuple[float, ...], angle: float, side: int) -> tuple[float, float, float, float]:
    """The axis-aligned box around `box` after PIL's rotate(angle) about the image centre."""
    centre = side / 2
    theta = math.radians(angle)
    corners = [(box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])]
    moved = [(centre + (x - centre) * math.cos(theta) + (y - centre) * math.sin(theta),
              centre - (x - centre) * math.sin(theta) + (y - centre) * math.cos(theta)) for x, y in corners]
    xs, ys = [p[0] for p in moved], [p[1] for p in moved]
    return (min(xs), min(ys), max(xs), max(ys))


def run_faces(folder: Path, quick: bool, no_face_images: list[Image.Image]) -> None:
    people = portraits()
    if quick:
        people = people[::3]
    rng = random.Random(15)
    detect_faces(Image.new("RGB", (64, 64)))  # load the model before timing
    cases = [*single_variants(folder, people, rng)]
    cases += group_pictures(folder, people, rng, (1600, 1200), (28, 48), "group 1600x1200, faces 28-48 px")
    cases += group_pictures(folder, people, rng, (4000, 3000), (50, 90), "group 4000x3000, faces 50-90 px")
    cases += group_pictures(folder, people, rng, (1600, 1200), (14, 22), "group 1600x1200, faces 14-22 px")
    print(f"\nload average before faces: {os.getloadavg()[0]:.1f}")
    thresholds = (0.2, 0.5)
    hits: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    flagged: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    times: dict[str, list[float]] = defaultdict(list)
    extra = [0, 0]
    missed: list[str] = []
    for case in cases:
        started = time.perf_counter()
        found = detect_faces(case.image, threshold=min(thresholds))
        times[f"{case.image.width}x{case.image.height}"].append(time.perf_counter() - started)
        matched: set[int] = set()
        for portrait, truth in case.faces:
            best = max(range(len(found)), key=lambda i: iou(found[i].box, truth), default=None)
            ok = best is not None and iou(found[best].box, truth) >= 0.3
            strict_ok = ok and any(iou(f.box, truth) >= 0.3 and f.confidence >= 0.5 for f in found)
            if ok:
                matched.add(best)  # type: ignore[arg-type]
            for key in ((case.condition, portrait.group), (case.condition, "all")):
                hits[key][0] += ok
                hits[key][1] += strict_ok
                hits[key][2] += 1
            for flag in portrait.flags or {"frontal, clear"}:
                flagged[flag][0] += ok
                flagged[flag][1] += strict_ok
                flagged[flag][2] += 1
            if not ok:
                flags = ",".join(portrait.flags) or "-"
                missed.append(f"{case.condition}: {portrait.file} ({portrait.group}, {flags})")
        unmatched = [f for i, f in enumerate(found) if i not in matched]
        extra[0] += len(unmatched)
        extra[1] += sum(f.confidence >= 0.5 for f in unmatched)
    print("\n== Faces: recall by our skin-tone label (ours: score >= 0.2; baseline: >= 0.5)")
    print("   L = Monk 1-4, M = Monk 5-7, D = Monk 8-10 (our labels, by eye)")
    conditions = sorted({c for c, _ in hits}, key=lambda c: [k.condition for k in cases].index(c))
    print(f"{'condition':<34}" + "".join(f"{g:>20}" for g in ("L", "M", "D", "all")))
    for condition in conditions:
        cells = []
        for group in ("L", "M", "D", "all"):
            hit, strict_hit, total = hits[(condition, group)]
            cells.append(f"{hit}/{total} {hit / total:4.0%} ({strict_hit / total:4.0%})" if total else "-")
        print(f"{condition:<34}" + "".join(f"{c:>20}" for c in cells))
    print("\nby pose or picture (all conditions):")
    for flag, (hit, strict_hit, total) in sorted(flagged.items()):
        print(f"  {flag:<16} {hit}/{total} = {hit / total:.0%}  (baseline {strict_hit / total:.0%})")
    print(f"\nboxes not on a labelled face in face images: {extra[0]} at >= 0.2, {extra[1]} at >= 0.5 "
          f"({len(cases)} images; includes nested boxes on the same face)")
    fp = [0, 0]
    for image in no_face_images:
        found = detect_faces(image, threshold=0.2)
        fp[0] += len(found)
        fp[1] += sum(f.confidence >= 0.5 for f in found)
    if no_face_images:
        print(f"false positives on {len(no_face_images)} images without faces: {fp[0]} at >= 0.2 "
              f"({fp[0] / len(no_face_images):.3f} per image), {fp[1]} at >= 0.5")
    print("\n== Faces: seconds per image (model loaded)")
    for size, values in times.items():
        print(f"{size:<10} n={len(values):<4} median {statistics.median(values):.3f}  "
              f"p95 {percentile(values, 0.95):.3f}")
    print("\nmissed:")
    for miss in missed:
        print("  " + miss)


def no_face_images(ocr_images: list[Image.Image]) -> list[Image.Image]:
    rng = random.Random(16)
    images = [photo(name, (1600, 1200)) for name in PHOTOS]
    images += [texture(kind, (1600, 1200), rng) for kind in ("noise", "gradient", "fabric", "bricks") for _ in range(3)]
    images += ocr_images
    return [image.filter(ImageFilter.SMOOTH) if index % 2 else image
            for index, image in enumerate(i for i in images if i is not None)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ocr-only", action="store_true")
    parser.add_argument("--faces-only", action="store_true")
    parser.add_argument("--quick", action="store_true", help="fewer images, for a smoke run")
    parser.add_argument("--faces-dir", type=Path, default=os.environ.get("HAART_FACES_DIR"),
                        help="folder with inter-faces 1.4's '1000 x 1000' portraits (001.jpg ... 100.jpg)")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores; shared images: {'yes' if SHARED_IMAGES.exists() else 'absent'}")
    scenes = ocr_scenes(args.quick) if args.faces_only else []
    if not args.faces_only:
        scenes = run_ocr(args.quick)
    if args.ocr_only:
        return
    if not args.faces_dir or not (Path(args.faces_dir) / "001.jpg").exists():
        print("\nfaces: skipped: no portraits (pass --faces-dir or HAART_FACES_DIR; see the module docstring)")
        return
    run_faces(Path(args.faces_dir), args.quick, no_face_images([s.image for s in scenes]))


if __name__ == "__main__":
    main()
