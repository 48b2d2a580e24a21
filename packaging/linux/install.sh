#!/usr/bin/env bash
# Install the one-folder build for all users: /opt/haart-archive, a `haart-archive` command,
# the desktop entry and the icon. Run as root after packaging/build.sh:
#   sudo bash packaging/linux/install.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PREFIX=${PREFIX:-/opt/haart-archive}
rm -rf "$PREFIX"
cp -a dist/haart-archive "$PREFIX"
ln -sf "$PREFIX/haart-archive" /usr/local/bin/haart-archive
install -Dm644 packaging/linux/haart-archive.desktop /usr/share/applications/haart-archive.desktop
install -Dm644 resources/icons/haart-archive.svg /usr/share/icons/hicolor/scalable/apps/haart-archive.svg
install -Dm644 resources/icons/haart-archive.png /usr/share/icons/hicolor/256x256/apps/haart-archive.png
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
echo "Installed in $PREFIX; run 'haart-archive' or open HAART Archive from the menu."
