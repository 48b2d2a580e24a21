"""Refresh the Swahili translation after interface strings change.

    .venv/bin/python resources/translations/update.py            # lupdate + lrelease
    .venv/bin/python resources/translations/update.py --fill t.json  # also take translations
                                                                      # {english: swahili}

lupdate collects every self.tr()/QCoreApplication.translate() string of ui/ into
haart_sw.ts (keeping translations already there); translators then work in Qt Linguist
(`pyside6-linguist haart_sw.ts`); lrelease compiles haart_sw.qm, which the app loads.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS = HERE / "haart_sw.ts"


def tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    return str(beside_python) if beside_python.exists() else (shutil.which(name) or name)


def lupdate() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-target-language", "sw", "-ts", str(TS)],
                   cwd=ROOT, check=True)


def fill(mapping: dict[str, str]) -> int:
    """Put translations into unfinished messages; returns how many were filled."""
    tree = ET.parse(TS)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in mapping and translation is not None and translation.get("type") == "unfinished":
            translation.text = mapping[source]
            del translation.attrib["type"]
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return filled


def unfinished() -> list[str]:
    tree = ET.parse(TS)
    return [m.findtext("source") for m in tree.iter("message")
            if m.find("translation") is None or m.find("translation").get("type") == "unfinished"
            or not (m.find("translation").text or "").strip()]


def lrelease() -> None:
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", type=Path, help="JSON file of {english: swahili}")
    args = parser.parse_args()
    lupdate()
    if args.fill:
        print(f"filled {fill(json.loads(args.fill.read_text(encoding='utf-8')))} translations")
    lrelease()
    missing = unfinished()
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
