#!/usr/bin/env bash
# Install the app into .venv and open it on a fresh, fictional demo archive.
set -euo pipefail
cd "$(dirname "$0")/.."
# Qt 6.5+ loads its xcb platform plugin only with libxcb-cursor; without it Qt's own message
# ("Could not load the Qt platform plugin xcb") does not say what to install.
LDCONFIG="$(command -v ldconfig || echo /sbin/ldconfig)"  # /sbin is not on every user's PATH
if [ "$(uname -s)" = "Linux" ] && [ "${QT_QPA_PLATFORM:-xcb}" = "xcb" ] && [ -x "$LDCONFIG" ]; then
  if ! "$LDCONFIG" -p 2>/dev/null | grep -q 'libxcb-cursor\.so'; then
    echo "HAART Archive needs the XCB cursor library, which Qt 6.5+ uses to open windows on Linux." >&2
    echo "Install it, then run this again:" >&2
    echo "  Debian/Ubuntu:  sudo apt install libxcb-cursor0" >&2
    echo "  Fedora:         sudo dnf install xcb-util-cursor" >&2
    echo "  Arch:           sudo pacman -S xcb-util-cursor" >&2
    exit 3
  fi
fi
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
exec .venv/bin/haart-archive gui --demo "$@"
