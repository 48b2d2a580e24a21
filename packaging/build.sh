#!/usr/bin/env bash
# Build the one-folder app with PyInstaller and smoke-test what was built.
#
#   bash packaging/build.sh            # from the repository root, after scripts/demo.sh or test.sh
#
# Needs PyInstaller in the project's venv (`.venv/bin/pip install pyinstaller`); it is a
# build tool, not a dependency of the app or its tests. Leaves dist/haart-archive/ (and
# build/, PyInstaller's work folder). Runs by hand: too slow for the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}

"$PYTHON" -m PyInstaller --version >/dev/null 2>&1 || {
    echo "PyInstaller is missing: $PYTHON -m pip install pyinstaller" >&2; exit 2; }
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN packaging/haart-archive.spec

APP=dist/haart-archive
EXE="$APP/haart-archive"
[ -x "$EXE" ] || EXE="$APP/haart-archive.exe"
echo "Built $APP: $(du -sh "$APP" | cut -f1)"

# Smoke test, in a private folder that is removed afterwards. The built program derives keys
# as it will for staff (calibrated Argon2id, no test shortcut), so this takes some seconds.
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen TMPDIR="$WORK"

echo "== version";  "$EXE" --version
echo "== demo";     "$EXE" demo "$WORK/demo" > "$WORK/demo.txt"
head -n 20 "$WORK/demo.txt"
# The demo prints "  ROLE  NAME  passphrase: PASSPHRASE" per user; take the custodian.
IFS=$'\t' read -r USER_NAME PASSPHRASE < <("$PYTHON" - "$WORK/demo.txt" <<'PY'
import re, sys
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"^\s*custodian\s+(.+?)\s+passphrase: (.+)$", line.rstrip("\n"))
    if m:
        print(f"{m[1]}\t{m[2]}")
        break
PY
)
echo "== list (as $USER_NAME)"
HAART_USER="$USER_NAME" HAART_PASSPHRASE="$PASSPHRASE" "$EXE" list "$WORK/demo" | head -n 5
echo "== import --dry-run"
mkdir -p "$WORK/intake"
printf 'The agent promised hotel work in Doha and kept my passport.\n' > "$WORK/intake/case 1.txt"
"$EXE" import "$WORK/demo" "$WORK/intake" --dry-run
echo "== selftest-vision (OCR and face models, ONNX Runtime inside the build)"
"$EXE" selftest-vision tests/media/data/portrait_cc0_006.jpg
echo "== check"
HAART_USER="$USER_NAME" HAART_PASSPHRASE="$PASSPHRASE" "$EXE" check "$WORK/demo" | tail -n 3

# The desktop app: start it off-screen on the demo and let it run a few seconds. The UI has
# no quit-at-once flag, so "still running after 8 s, no traceback" is the pass mark.
echo "== gui (offscreen, 8 s)"
set +e
timeout 8 "$EXE" gui --demo > "$WORK/gui.txt" 2>&1
status=$?
set -e
if [ "$status" -ne 124 ] || grep -q Traceback "$WORK/gui.txt"; then
    cat "$WORK/gui.txt"; echo "GUI smoke test FAILED (exit $status)" >&2; exit 1
fi
echo "GUI started and kept running."
echo "Smoke test passed."
