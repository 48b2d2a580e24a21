"""Every string of the interface has a Swahili translation, and Swahili shows."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.ui.conftest import CUSTODIAN, unlock

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "haart_sw.ts"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name"), message.findtext("source"))] = message.find("translation")
    return found


def test_every_interface_string_is_translated_into_swahili(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted((ROOT / "ui").rglob("*.py"))]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    shipped = _messages(TS)
    missing = [key for key in _messages(fresh) if key not in shipped]
    assert not missing, f"run resources/translations/update.py; new strings: {missing[:5]}"
    unfinished = [key for key, t in shipped.items() if t is None or t.get("type") or not (t.text or "").strip()]
    assert not unfinished
    assert TS.with_suffix(".qm").stat().st_mtime >= TS.stat().st_mtime - 1, "compile with update.py"


def test_the_window_speaks_swahili(make_window, archive_folder):
    window = make_window(archive_folder, language="sw")
    assert window.lock_screen.unlock_button.text() == "Fungua"
    unlock(window, *CUSTODIAN)
    names = [window.workspace.nav.item(i).text() for i in range(window.workspace.nav.count())]
    assert names[:4] == ["Mwanzo", "Shuhuda", "Tafuta", "Ridhaa"]
    assert window.windowTitle() == "HAART Archive"
    testimonies = window.workspace.pages["testimonies"]
    testimonies.shown()
    county = testimonies.model.index(0, 1).data()
    assert county == "Kiingereza"  # the language column, with the vocabulary's Swahili label
